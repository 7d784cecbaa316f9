"""The hub's `across-the-board` service: recount the centre's shared questions now and then.

    python -m coachkit.hub.refresh_board --every 3600

Runs beside the hub with the centre's admin URL (``COACHKIT_ADMIN_URL``), the only login
that may read every candidate's questions; it stores k-anonymous counts and nothing else
(``Centre.refresh_across_the_board``). A failed round is logged and retried next time.
"""

from __future__ import annotations

import argparse
import logging
import os
import time

log = logging.getLogger("coachkit.hub.refresh_board")


def refresh_once(admin_url: str) -> int:
    from coachkit.centre import Centre

    centre = Centre(admin_url)
    try:
        return centre.refresh_across_the_board()
    finally:
        centre.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--every", type=int, default=3600, help="seconds between counts")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="[%(levelname)1.1s %(asctime)s %(name)s] "
                                                   "%(message)s")
    url = os.environ.get("COACHKIT_ADMIN_URL")
    if not url:
        log.error("COACHKIT_ADMIN_URL is not set; nothing to count.")
        return 2
    while True:
        try:
            log.info("across the board: %d questions kept", refresh_once(url))
        except Exception:  # noqa: BLE001 - a service keeps going; the log says why
            log.exception("across the board: counting failed, trying again later")
        time.sleep(max(60, args.every))


if __name__ == "__main__":
    raise SystemExit(main())
