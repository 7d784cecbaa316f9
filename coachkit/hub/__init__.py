"""coachkit for a career centre on JupyterHub.

- ``spawner``: each hub user's server runs as its own operating-system user, with the
  database login the hub hands it (never typed, never in a notebook) and the dashboard for
  their role as the default page.
- ``postgres``: a throwaway PostgreSQL cluster in a folder, for ``coachkit hub`` and tests.
- ``launch``: ``coachkit hub``, the whole centre on 127.0.0.1 in one command.

The JupyterHub configuration itself is ``deploy/hub/jupyterhub_config.py``.
"""
