"""A person's server in the centre's hub: ``python -m coachkit.hub.singleuser``.

The same as ``python -m jupyterhub.singleuser``, with the optional ``rfc3987_syntax`` module
kept from loading (it builds a Lark grammar at import: about 1.8 s of every server start,
for a format check Jupyter's event schemas never need; see coachkit/voila_main.py).
"""

from __future__ import annotations

import sys


def main() -> None:
    sys.modules.setdefault("rfc3987_syntax", None)
    from jupyterhub.singleuser import main as singleuser_main

    singleuser_main()


if __name__ == "__main__":
    main()
