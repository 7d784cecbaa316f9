"""coachkit's Voila template: laid out from the package, Font Awesome from fontawesomefree,
no CDN address left in what it renders."""

from __future__ import annotations

import json
import re

from coachkit import voila_template
from coachkit.cli import voila_command, workbooks_dir


def test_install_lays_out_the_template_with_local_font_awesome(tmp_path):
    root = voila_template.install(tmp_path / "share" / "jupyter")
    folder = root / "voila" / "templates" / "coachkit"
    assert json.loads((folder / "conf.json").read_text()) == {"base_template": "lab"}
    css = folder / "static" / "fontawesome" / "css"
    assert (css / "all.min.css").is_file() and (css / "v4-shims.min.css").is_file()
    assert not css.is_symlink()  # Voila's static handler refuses links out of its folders
    fonts = folder / "static" / "fontawesome" / "webfonts"
    assert (fonts / "fa-solid-900.woff2").is_file()
    # every font the CSS asks for is there, relative to the CSS
    wanted = set(re.findall(r"url\(\.\./webfonts/([^)]+)\)", (css / "all.min.css").read_text()))
    assert wanted and all((fonts / name).is_file() for name in wanted)
    index = (folder / "index.html.j2").read_text()
    assert "voila/templates/coachkit/static/fontawesome/css/" in index


def test_the_page_template_names_no_server_but_this_one():
    page = (voila_template.resources.files("coachkit") / "voila_template" / "page.html")
    assert not re.search(r"https?://", page.read_text())


def test_binder_install_makes_it_voilas_default(tmp_path, capsys):
    assert voila_template.main(["--prefix", str(tmp_path)]) == 0
    conf = tmp_path / "etc/jupyter/jupyter_server_config.d/coachkit-voila.json"
    assert json.loads(conf.read_text()) == {"VoilaConfiguration": {"template": "coachkit"}}
    assert (tmp_path / "share/jupyter/voila/templates/coachkit/index.html.j2").is_file()


def test_coachkit_serve_uses_the_template_and_finds_it(monkeypatch):
    assert "--template=coachkit" in voila_command(workbooks_dir(), 1, "t")
    monkeypatch.delenv("JUPYTER_PATH", raising=False)
    voila_template.use_in_this_process()
    from voila.paths import collect_template_paths

    paths = collect_template_paths(["voila", "nbconvert"], "coachkit", prune=True)
    assert str(voila_template.ensure_installed() / "voila" / "templates" / "coachkit") in paths


def _lay_out(cache: str) -> str:
    import os

    from coachkit import config
    from coachkit import voila_template as template

    os.environ[config.CACHE_ENV] = cache
    return str(template.ensure_installed())


def test_dashboards_started_at_once_on_a_new_machine_all_find_the_template(tmp_path):
    """Four servers laying out the template into an empty cache at the same moment (two
    dashboards opened together, the browser suite's two workers) all start: before, the
    second copy of the fonts hit "File exists" and its Voila stopped."""
    from concurrent.futures import ProcessPoolExecutor

    cache = str(tmp_path / "cache")
    with ProcessPoolExecutor(max_workers=4) as pool:
        roots = list(pool.map(_lay_out, [cache] * 8))
    assert set(roots) == {str(tmp_path / "cache" / "jupyter")}
    static = tmp_path / "cache" / "jupyter" / "voila" / "templates" / "coachkit" / "static"
    assert (static / "fontawesome" / "css" / "all.min.css").is_file()
    assert not [p for p in (static / "fontawesome").iterdir() if p.name.startswith(".")]
