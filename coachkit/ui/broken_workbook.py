"""The one page every dashboard shows for a damaged workbook, instead of a database error:
what is wrong, where the last backup is, and how to put it back."""

from __future__ import annotations

import shlex
from pathlib import Path

import ipywidgets as widgets

from coachkit.storage.integrity import Backup, latest_backup
from coachkit.ui.common import esc


def _command(*words: str | Path) -> str:
    return f'<pre class="ck-command">{esc(" ".join(shlex.quote(str(w)) for w in words))}</pre>'


def _backup_html(path: Path, backup: Backup | None) -> str:
    if backup is None:
        return ("<p>coachkit found no backup beside it (it writes one before every upgrade, "
                f"named <span class='ck-path'>{esc(path.stem)}.backup-&lt;date&gt;"
                f"{esc(path.suffix)}</span>). If you keep copies elsewhere, such as a sync "
                "folder or an external disk, restore the newest one as below.</p>")
    when = f", made {backup.made:%d %b %Y at %H:%M}" if backup.made else ""
    verdict = ("It passes the same checks. Anything you added after it was made is not in "
               "it." if not backup.problems else
               "It is damaged too (" + esc(" ".join(backup.problems)) + "); restore it only "
               "if you have nothing better.")
    return (f"<p><span class='ck-path ck-backup-path'>{esc(backup.path)}</span>{esc(when)}. "
            f"{verdict}</p>")


def _steps_html(path: Path, backup: Backup | None) -> str:
    aside = path.with_name(f"{path.stem}.damaged{path.suffix}")
    companions = [Path(f"{path}{end}") for end in ("-wal", "-shm") if Path(f"{path}{end}")
                  .exists()]
    move = _command("mv", path, aside) + "".join(
        _command("mv", c, Path(f"{aside}{str(c)[len(str(path)):]}")) for c in companions)
    source = backup.path if backup is not None else Path("YOUR-COPY.sqlite")
    return (
        "<ol>"
        "<li>Stop coachkit: press Ctrl-C in the terminal where it runs, and close any "
        "JupyterLab window that uses this workbook.</li>"
        "<li>Move the damaged file aside; keep it, since it may still hold what you added "
        "after the backup" + (" (its <span class='ck-path'>-wal</span> and <span "
                              "class='ck-path'>-shm</span> files go with it, or SQLite would "
                              "apply them to the restored copy)" if companions else "")
        + ":" + move + "</li>"
        "<li>Copy the backup into its place:" + _command("cp", source, path) + "</li>"
        "<li>Start coachkit again (<span class='ck-path'>coachkit serve</span>) and reopen "
        "this page.</li></ol>"
        "<p class='ck-muted'>Or start a fresh workbook under a new name and leave this one as "
        "it is: " + _command("coachkit", "serve", "--db", path.with_name("new-workbook.sqlite"))
        + "</p>")


def broken_workbook_page(path: Path | str, problems: list[str]) -> widgets.HTML:
    """What is wrong with the workbook at ``path``, its last backup, and how to restore it."""
    path = Path(path)
    backup = latest_backup(path)
    items = "".join(f"<li>{esc(p)}</li>" for p in problems)
    page = widgets.HTML(
        '<div class="ck-error ck-broken">'
        "<h2>This workbook is damaged, so coachkit has not opened it</h2>"
        f"<p>The file <span class='ck-path'>{esc(path)}</span> is not as coachkit left it. "
        "coachkit only read it: nothing in it has been changed.</p>"
        f"<h3>What is wrong</h3><ul class='ck-problems'>{items}</ul>"
        f"<h3>The last backup</h3>{_backup_html(path, backup)}"
        f"<h3>How to restore it</h3>{_steps_html(path, backup)}</div>")
    page.add_class("ck-broken-workbook")
    return page
