"""The dashboard server's log: no access token in it, readable by its owner only.

Tornado logs the request URL of every failed request (and Voila some successful ones), and
the link coachkit prints carries ``?token=...``; a log holding it hands the dashboards to
whoever reads the file. So every log record made in the server process is redacted as it
is created (``install_redaction``, called by ``coachkit.voila_main``): whichever logger or
handler writes it, ``token=...`` (and ``_xsrf=``) becomes ``token=[hidden]``. The file is
created with mode 0600, an existing one is set to 0600, and tokens an older coachkit wrote
into it are redacted when the server starts (``private_log``).
"""

from __future__ import annotations

import logging
import os
import re
from pathlib import Path
from typing import BinaryIO

SECRET = re.compile(r"((?:access_token|token|_xsrf)=)[^&\s\"'<>#;,)]+", re.IGNORECASE)
HEADER = re.compile(r"(Authorization[\"']?\s*:?\s*[\"']?\s*(?:token|bearer)\s+)[^\s\"',]+",
                    re.IGNORECASE)
HIDDEN = "[hidden]"
OWNER_ONLY = 0o600


def redact(text: str) -> str:
    """``...?token=abc&x=1`` -> ``...?token=[hidden]&x=1``."""
    return HEADER.sub(rf"\g<1>{HIDDEN}", SECRET.sub(rf"\g<1>{HIDDEN}", text))


def _needs_redaction(text: str) -> bool:
    lowered = text.lower()
    return ("token" in lowered or "xsrf" in lowered) and redact(text) != text


def install_redaction() -> None:
    """Redact every log record made in this process from now on (idempotent)."""
    make = logging.getLogRecordFactory()
    if getattr(make, "coachkit_redacts", False):
        return

    def redacting_record(*args, **kwargs) -> logging.LogRecord:
        record = make(*args, **kwargs)
        try:
            message = record.getMessage()
        except Exception:  # noqa: BLE001 - a malformed record is logging's to report
            return record
        if _needs_redaction(message):
            record.msg, record.args = redact(message), ()
        return record

    redacting_record.coachkit_redacts = True  # type: ignore[attr-defined]
    logging.setLogRecordFactory(redacting_record)


def private_log(path: Path) -> BinaryIO:
    """Open ``path`` for appending, readable and writable by its owner only (0600);
    tokens an older coachkit left in it are redacted first."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.is_file():
        os.chmod(path, OWNER_ONLY)
        old = path.read_text(encoding="utf-8", errors="surrogateescape")
        if _needs_redaction(old):
            tmp = path.with_name(path.name + ".redacting")
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, OWNER_ONLY)
            with os.fdopen(fd, "w", encoding="utf-8", errors="surrogateescape") as out:
                out.write(redact(old))
            os.replace(tmp, path)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, OWNER_ONLY)
    os.fchmod(fd, OWNER_ONLY)  # the umask may have taken bits away, never added them
    return os.fdopen(fd, "ab")
