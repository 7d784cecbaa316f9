"""Start Voila the way `coachkit serve` wants it: ``python -m coachkit.voila_main ARGS``.

The only difference from ``python -m voila``: the optional ``rfc3987_syntax`` package is
kept from loading. jsonschema imports it when present (jupyter-events pulls it in) and it
builds a Lark grammar at import, which cost ~1.8 s of every server start on this stack. It
only checks the "iri" string format inside Jupyter's own event schemas, which the dashboards
never use; jsonschema skips that one check when the package is missing.

It also redacts the access token from every log line the server writes (see
``coachkit.serve_logs``).
"""

from __future__ import annotations

import sys


def main() -> int:
    sys.modules.setdefault("rfc3987_syntax", None)  # makes `import rfc3987_syntax` fail fast
    from coachkit.serve_logs import install_redaction
    from coachkit.voila_template import use_in_this_process

    install_redaction()
    use_in_this_process()  # coachkit's template: Font Awesome from this server, not a CDN
    from voila.app import main as voila_main

    return voila_main()


if __name__ == "__main__":
    raise SystemExit(main())
