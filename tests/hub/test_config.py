"""deploy/hub/jupyterhub_config.py read the way JupyterHub reads it, with a centre's settings."""

from __future__ import annotations

import json
import os
from pathlib import Path

from traitlets.config import Config

CONFIG = Path(__file__).resolve().parents[2] / "deploy" / "hub" / "jupyterhub_config.py"


def load(monkeypatch, tmp_path, **settings: str) -> Config:
    for name in [n for n in os.environ if n.startswith("COACHKIT_HUB_")]:
        monkeypatch.delenv(name)
    monkeypatch.delenv("COACHKIT_ADMIN_URL", raising=False)
    monkeypatch.setenv("COACHKIT_HUB_STATE", str(tmp_path / "state"))
    for name, value in settings.items():
        monkeypatch.setenv(name, value)
    c = Config()
    code = compile(CONFIG.read_text(), str(CONFIG), "exec")
    exec(code, {"get_config": lambda: c, "__file__": str(CONFIG), "__name__": "config"})
    return c


def test_by_default_the_hub_listens_on_this_computer_only(monkeypatch, tmp_path):
    c = load(monkeypatch, tmp_path)
    assert c.JupyterHub.bind_url == "http://127.0.0.1:8000/"
    assert c.JupyterHub.hub_bind_url.startswith("http://127.0.0.1:")
    assert c.ConfigurableHTTPProxy.api_url.startswith("http://127.0.0.1:")
    assert c.Spawner.ip == "127.0.0.1"
    assert (tmp_path / "state").stat().st_mode & 0o077 == 0  # the hub's secrets: root only


def test_a_certificate_turns_on_https(monkeypatch, tmp_path):
    c = load(monkeypatch, tmp_path, COACHKIT_HUB_SSL_CERT="/etc/ssl/centre.pem",
             COACHKIT_HUB_SSL_KEY="/etc/ssl/centre.key", COACHKIT_HUB_IP="192.0.2.10",
             COACHKIT_HUB_PORT="443")
    assert c.JupyterHub.bind_url == "https://192.0.2.10:443/"
    assert c.JupyterHub.ssl_cert == "/etc/ssl/centre.pem"
    assert c.JupyterHub.ssl_key == "/etc/ssl/centre.key"


def test_sign_ups_wait_for_an_admin_and_roles_are_groups(monkeypatch, tmp_path):
    groups = tmp_path / "groups.json"
    groups.write_text('{"coach": ["cora"]}')
    c = load(monkeypatch, tmp_path, COACHKIT_HUB_ADMINS="ada", COACHKIT_HUB_GROUPS=str(groups))
    assert c.JupyterHub.authenticator_class == "nativeauthenticator.NativeAuthenticator"
    assert c.NativeAuthenticator.open_signup is False
    assert c.Authenticator.admin_users == {"ada"}
    assert c.JupyterHub.load_groups["coach"]["users"] == ["cora"]
    assert c.JupyterHub.load_groups["centre-admin"]["users"] == ["ada"]
    assert {"name": "admin", "groups": ["centre-admin"]} in c.JupyterHub.load_roles


def test_idle_servers_are_culled_and_the_board_is_recounted(monkeypatch, tmp_path):
    c = load(monkeypatch, tmp_path, COACHKIT_ADMIN_URL="postgresql+psycopg://x:y@h/db",
             COACHKIT_HUB_CULL_SECONDS="900")
    services = {s["name"]: s for s in c.JupyterHub.services}
    assert services["idle-culler"]["command"][1:] == ["-m", "jupyterhub_idle_culler",
                                                      "--timeout=900"]
    board = services["across-the-board"]
    assert "coachkit.hub.refresh_board" in board["command"]
    # the admin URL goes to the service's environment, never onto a command line
    assert board["environment"]["COACHKIT_ADMIN_URL"].startswith("postgresql")
    assert not any("postgresql" in part for s in services.values()
                   for part in s.get("command", []))
    assert "COACHKIT_ADMIN_URL" not in c.Spawner.environment


def test_servers_start_on_the_voila_dashboard_with_voila_enabled(monkeypatch, tmp_path):
    c = load(monkeypatch, tmp_path)
    assert c.Spawner.default_url == "/voila/render/00_start_here.ipynb"
    assert c.Spawner.cmd[1:] == ["-m", "coachkit.hub.singleuser"]
    folder = Path(c.Spawner.environment["JUPYTER_CONFIG_PATH"].split(":")[0])
    server = json.loads((folder / "jupyter_server_config.json").read_text())
    assert server["ServerApp"]["jpserver_extensions"]["voila.server_extension"] is True
    assert server["VoilaConfiguration"]["show_tracebacks"] is False


