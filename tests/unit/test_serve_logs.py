"""Log redaction and private log files, without a server (the live check is in
tests/browser/test_serve_logs.py)."""

from __future__ import annotations

import logging
import os
import stat

import pytest

from coachkit import serve_logs


def test_redact_hides_tokens_and_keeps_the_rest():
    line = ('403 GET /voila/render/a.ipynb?workbook=demo&token=abc-DEF_1&x=2 (127.0.0.1) '
            'referer=http://localhost:8866/?token=zzz {"Authorization": "token qqq"} _xsrf=2|x')
    out = serve_logs.redact(line)
    for secret in ("abc-DEF_1", "zzz", "qqq", "2|x"):
        assert secret not in out
    assert "a.ipynb?workbook=demo&token=[hidden]&x=2 (127.0.0.1)" in out
    assert serve_logs.redact("GET /voila/render/a.ipynb 200") == "GET /voila/render/a.ipynb 200"


@pytest.fixture
def restore_factory():
    factory = logging.getLogRecordFactory()
    yield
    logging.setLogRecordFactory(factory)


def test_every_record_is_redacted_whatever_the_logger(restore_factory, caplog):
    serve_logs.install_redaction()
    serve_logs.install_redaction()  # twice: still one layer
    assert logging.getLogRecordFactory().coachkit_redacts
    with caplog.at_level(logging.INFO):
        logging.getLogger("tornado.access").warning("%d %s", 403, "GET /x?token=secret1")
        logging.getLogger("anything").info("plain %s", "words")
    assert "secret1" not in caplog.text and "/x?token=[hidden]" in caplog.text
    assert "plain words" in caplog.text


def test_a_new_log_is_owner_only_even_with_a_lax_umask(tmp_path):
    old = os.umask(0o000)
    try:
        with serve_logs.private_log(tmp_path / "logs" / "voila.log") as fh:
            fh.write(b"hello\n")
    finally:
        os.umask(old)
    path = tmp_path / "logs" / "voila.log"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    with serve_logs.private_log(path) as fh:  # appends
        fh.write(b"again\n")
    assert path.read_text() == "hello\nagain\n"


def test_an_old_log_is_made_private_and_its_tokens_redacted(tmp_path):
    path = tmp_path / "voila.log"
    path.write_bytes(b"GET /?token=leaked1 \xff\nok line\n")
    os.chmod(path, 0o644)
    with serve_logs.private_log(path):
        pass
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert path.read_bytes() == b"GET /?token=[hidden] \xff\nok line\n"
