"""JupyterHub for a career centre running coachkit.

Start it with `coachkit hub` (a local demo centre on 127.0.0.1, one command) or, on the
centre's server, `jupyterhub -f deploy/hub/jupyterhub_config.py` as root with the settings
below in the environment. docs/centre.md explains every choice.

- Log in with NativeAuthenticator: people sign up, a centre admin approves them.
- Roles are hub groups: `candidate` (also: no group), `coach`, `centre-admin`.
- Each person's server runs as its own system user `ck-<name>` and opens on the dashboard
  for their role (`/user/<name>/voila/render/00_start_here.ipynb` for a candidate);
  JupyterLab stays at `/user/<name>/lab`.
- With COACHKIT_ADMIN_URL set, the hub hands each server a fresh database login for that
  person (COACHKIT_DB_URL); nobody types one and no notebook holds one.
- Idle servers are stopped by the idle culler after COACHKIT_HUB_CULL_SECONDS (1 hour).
- With a centre, the `across-the-board` service recounts the questions asked across the
  centre every COACHKIT_BOARD_SECONDS (1 hour), keeping only k-anonymous counts.
- Listens on 127.0.0.1 unless COACHKIT_HUB_IP says otherwise; give it a certificate
  (COACHKIT_HUB_SSL_CERT / COACHKIT_HUB_SSL_KEY) or put it behind a TLS proxy before
  opening it to a network.

Settings (environment):
  COACHKIT_HUB_STATE        folder for the hub's own database and cookie secret (./state)
  COACHKIT_HUB_IP / _PORT   public address (127.0.0.1:8000)
  COACHKIT_HUB_INTERNAL_PORT, COACHKIT_PROXY_API_PORT   the hub's and proxy's own ports
  COACHKIT_HUB_ADMINS       comma-separated hub names of centre admins
  COACHKIT_HUB_GROUPS       optional JSON file {"coach": ["cora"], "centre-admin": ["ada"]}
  COACHKIT_HUB_USER_PREFIX  prefix of the system users (ck-)
  COACHKIT_ADMIN_URL        the centre's PostgreSQL admin URL (the hub's secret)
  COACHKIT_HUB_SERVICE_TOKEN  optional token of an admin service (set-up scripts, tests)
"""

import json
import os
import sys
from pathlib import Path

from coachkit.hub import accounts
from coachkit.hub.runtime import server_python
from coachkit.hub.spawner import CentreSpawner, pre_spawn_hook

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
env = os.environ.get
c = get_config()  # noqa: F821 - provided by JupyterHub when it loads this file

state = Path(env("COACHKIT_HUB_STATE") or HERE / "state")
state.mkdir(mode=0o700, parents=True, exist_ok=True)

# ---------------------------------------------------------------- addresses and HTTPS
ip = env("COACHKIT_HUB_IP", "127.0.0.1")
ssl_cert, ssl_key = env("COACHKIT_HUB_SSL_CERT"), env("COACHKIT_HUB_SSL_KEY")
scheme = "https" if ssl_cert and ssl_key else "http"
c.JupyterHub.bind_url = f"{scheme}://{ip}:{env('COACHKIT_HUB_PORT', '8000')}/"
if ssl_cert and ssl_key:
    c.JupyterHub.ssl_cert = ssl_cert
    c.JupyterHub.ssl_key = ssl_key
c.JupyterHub.hub_bind_url = f"http://127.0.0.1:{env('COACHKIT_HUB_INTERNAL_PORT', '8081')}"
c.ConfigurableHTTPProxy.api_url = f"http://127.0.0.1:{env('COACHKIT_PROXY_API_PORT', '8001')}"
c.ConfigurableHTTPProxy.command = [str(HERE / "node_modules" / ".bin" / "configurable-http-proxy")]
c.ConfigurableHTTPProxy.pid_file = str(state / "proxy.pid")
c.JupyterHub.db_url = f"sqlite:///{state / 'jupyterhub.sqlite'}"
c.JupyterHub.cookie_secret_file = str(state / "jupyterhub_cookie_secret")

# ---------------------------------------------------------------- who may log in
c.JupyterHub.authenticator_class = "nativeauthenticator.NativeAuthenticator"
c.NativeAuthenticator.open_signup = False  # a centre admin approves each sign-up
c.NativeAuthenticator.minimum_password_length = 10
c.NativeAuthenticator.check_common_password = True
c.NativeAuthenticator.allowed_failed_logins = 5
c.NativeAuthenticator.seconds_before_next_try = 600
c.Authenticator.allow_all = True  # approval, not a list, decides who gets in
c.Authenticator.username_pattern = accounts.USERNAME_PATTERN
admins = {n.strip() for n in env("COACHKIT_HUB_ADMINS", "").split(",") if n.strip()}
c.Authenticator.admin_users = admins

groups = {g: [] for g in accounts.GROUPS}
if env("COACHKIT_HUB_GROUPS"):
    for group, users in json.loads(Path(env("COACHKIT_HUB_GROUPS")).read_text()).items():
        groups.setdefault(group, []).extend(users)
groups[accounts.GROUP_ADMIN] = sorted(set(groups[accounts.GROUP_ADMIN]) | admins)
c.JupyterHub.load_groups = {g: {"users": sorted(set(u))} for g, u in groups.items()}

# ---------------------------------------------------------------- each person's server
c.JupyterHub.spawner_class = CentreSpawner
c.CentreSpawner.system_user_prefix = env("COACHKIT_HUB_USER_PREFIX", accounts.DEFAULT_PREFIX)
c.CentreSpawner.workbooks_dir = str(REPO / "workbooks")
c.Spawner.pre_spawn_hook = pre_spawn_hook
python_for_servers, server_env = server_python(HERE / ".server-python")
c.Spawner.cmd = [python_for_servers, "-m", "coachkit.hub.singleuser"]
c.Spawner.ip = "127.0.0.1"
c.Spawner.default_url = accounts.default_url("candidate")  # set per role when it starts
config_path = [str(HERE / "singleuser"), server_env.pop("JUPYTER_CONFIG_PATH", "")]
c.Spawner.environment = {**server_env,
                         "JUPYTER_CONFIG_PATH": os.pathsep.join(p for p in config_path if p)}
c.Spawner.start_timeout = 180
c.Spawner.http_timeout = 180

# ---------------------------------------------------------------- roles and services
cull_seconds = int(env("COACHKIT_HUB_CULL_SECONDS", "3600"))
services = [{"name": "idle-culler",
             "command": [sys.executable, "-m", "jupyterhub_idle_culler",
                         f"--timeout={cull_seconds}"]}]
roles = [
    {"name": "admin", "groups": [accounts.GROUP_ADMIN]},
    {"name": "idle-culler", "services": ["idle-culler"],
     "scopes": ["list:users", "read:users:activity", "read:servers", "delete:servers"]},
]
if env("COACHKIT_ADMIN_URL"):
    # Across the board: recount the centre's shared questions every hour (k-anonymous only).
    services.append({"name": "across-the-board",
                     "command": [sys.executable, "-m", "coachkit.hub.refresh_board",
                                 f"--every={env('COACHKIT_BOARD_SECONDS', '3600')}"],
                     "environment": {"COACHKIT_ADMIN_URL": env("COACHKIT_ADMIN_URL")}})
if env("COACHKIT_HUB_SERVICE_TOKEN"):
    services.append({"name": "coachkit-setup", "api_token": env("COACHKIT_HUB_SERVICE_TOKEN")})
    roles.append({"name": "coachkit-setup", "services": ["coachkit-setup"],
                  "scopes": ["admin:users", "admin:servers", "admin:groups", "tokens",
                             "list:services", "read:services", "access:servers",
                             "list:users", "read:users"]})
c.JupyterHub.services = services
c.JupyterHub.load_roles = roles
