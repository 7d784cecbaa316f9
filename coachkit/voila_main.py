"""Start Voila the way `coachkit serve` wants it: ``python -m coachkit.voila_main ARGS``.

Three differences from ``python -m voila``:

- A closed page frees its kernel at once. On ``beforeunload`` Voila 0.5's page posts
  ``/voila/api/shutdown/<kernel>`` with the ``_xsrf`` value it reads from the ``_xsrf``
  cookie, but the render page never sets that cookie, so the post was refused (``403 '_xsrf'
  argument missing``) and each visited page kept a ~200 MB kernel until the idle cull. Here
  the render page sets the cookie, so the shutdown passes the ordinary XSRF check (token
  login and XSRF protection both stay on). The idle cull stays as the safety net.
- ``GET /api/kernels`` (token required, read-only) lists the running kernels, as Jupyter
  Server does, so tests and an operator can see that closed pages left nothing behind.
- The optional ``rfc3987_syntax`` package is kept from loading. jsonschema imports it when
  present (jupyter-events pulls it in) and it builds a Lark grammar at import, which cost
  ~1.8 s of every server start on this stack. It only checks the "iri" string format inside
  Jupyter's own event schemas, which the dashboards never use.
"""

from __future__ import annotations

import json
import sys


def _app_class():
    from jupyter_core.utils import ensure_async
    from jupyter_server.base.handlers import APIHandler
    from jupyter_server.utils import url_path_join
    from tornado import web
    from voila.app import Voila
    from voila.tornado.handler import TornadoVoilaHandler

    class RenderHandler(TornadoVoilaHandler):
        """Voila's page, plus the ``_xsrf`` cookie its shutdown beacon sends back."""

        async def prepare(self):
            await super().prepare()
            if self.current_user is not None:
                self.xsrf_token  # noqa: B018 - reading it sets the cookie

    class KernelListHandler(APIHandler):
        """``GET /api/kernels``: the running kernels (no POST: pages start their own)."""

        @web.authenticated
        async def get(self):
            kernels = await ensure_async(self.kernel_manager.list_kernels())
            self.finish(json.dumps(kernels, default=str))

    class CoachkitVoila(Voila):
        def init_handlers(self) -> list:
            handlers = [
                (pattern, RenderHandler if handler is TornadoVoilaHandler else handler, *rest)
                for pattern, handler, *rest in super().init_handlers()
            ]
            handlers.insert(0, (url_path_join(self.server_url, "/api/kernels"),
                                KernelListHandler))
            return handlers

    return CoachkitVoila


def main() -> int:
    sys.modules.setdefault("rfc3987_syntax", None)  # makes `import rfc3987_syntax` fail fast
    from coachkit.serve_logs import install_redaction
    from coachkit.voila_template import use_in_this_process

    install_redaction()
    use_in_this_process()  # coachkit's template: Font Awesome from this server, not a CDN
    return _app_class().launch_instance()


if __name__ == "__main__":
    raise SystemExit(main())
