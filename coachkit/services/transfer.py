"""Move a whole workbook between stores: a SQLite file into a centre's database and back.

Rows get new ids in the target (a centre's database holds many candidates' rows), so every
reference is carried over: foreign keys, comments' targets and the question ids inside
family keys ("q:12", "own:12"). The copy is one transaction on the target, checked row by
row against the source before it commits: it lands whole or not at all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from sqlalchemy import Table, insert, select
from sqlalchemy.engine import Connection

from coachkit.domain.errors import CoachkitError, InvalidEntry
from coachkit.services.workbook import Workbook
from coachkit.storage import tables as t

# Copied in this order (parents first); comments last, their target depends on the kind.
ORDER = ("people", "interviews", "questions", "answers", "answer_versions", "ratings",
         "jobs", "duties", "tolerances", "questions_to_ask", "family_choices",
         "practice_cards", "practice_reviews", "presentation_ratings", "watchlist",
         "imports", "comments", "workbook_info")
SKIP = {"id", "owner"}
MARKS = {"app", "role"}  # workbook_info rows that describe the store, not the candidate
_FAMILY_KEY = re.compile(r"^(q|own):(\d+)$")
COMMENT_TARGETS = {"interview": "interviews", "question": "questions",
                   "answer_version": "answer_versions"}


class TransferRefused(CoachkitError):
    pass


@dataclass
class TransferReport:
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def describe(self) -> str:
        parts = [f"{n} {name.replace('_', ' ')}" for name, n in self.counts.items() if n]
        return "Copied and checked row by row: " + (", ".join(parts) or "nothing to copy") + "."


def _table(name: str) -> Table:
    return t.Base.metadata.tables[name]


def _source_rows(conn: Connection, name: str) -> list[dict]:
    table = _table(name)
    query = select(table).order_by(*table.primary_key.columns)
    rows = [dict(r._mapping) for r in conn.execute(query)]
    if name == "workbook_info":
        rows = [r for r in rows if r["key"] not in MARKS]
    return rows


def _map_family_key(value, ids: dict[int, int]):
    if not isinstance(value, str):
        return value
    match = _FAMILY_KEY.match(value)
    if match and int(match.group(2)) in ids:
        return f"{match.group(1)}:{ids[int(match.group(2))]}"
    return value


def _mapped(name: str, row: dict, maps: dict[str, dict[int, int]]) -> dict:
    """The row as the target must hold it: references translated, no id, no owner."""
    table = _table(name)
    out = {k: v for k, v in row.items() if k not in SKIP}
    for column in table.columns:
        for fk in column.foreign_keys:
            value = out.get(column.name)
            if value is not None:
                out[column.name] = maps[fk.column.table.name].get(value)
                if out[column.name] is None:  # a dangling reference stays dangling
                    out[column.name] = None
    if name == "comments":
        target = COMMENT_TARGETS.get(row["target_kind"])
        out["target_id"] = maps.get(target, {}).get(row["target_id"], row["target_id"])
    questions = maps.get("questions", {})
    if name == "questions":
        out["family_key"] = _map_family_key(row.get("family_key"), questions)
    if name == "family_choices":
        out["family_a"] = _map_family_key(row.get("family_a"), questions)
        out["family_b"] = _map_family_key(row.get("family_b"), questions)
    return out


def _holds_data(conn: Connection) -> bool:
    for name in ORDER:
        rows = _source_rows(conn, name)
        if name == "workbook_info":
            rows = [r for r in rows if r["key"] != "workbook_id"]
        if rows:
            return True
    return False


def copy_workbook(source: Workbook, target: Workbook) -> TransferReport:
    """Copy everything of ``source`` into the empty ``target``; verify; all or nothing."""
    if source.url == target.url:
        raise InvalidEntry("Choose two different workbooks to copy between.")
    report = TransferReport()
    with source.store.engine.connect() as src, target.store.engine.connect() as dst:
        rows = {name: _source_rows(src, name) for name in ORDER}
        with dst.begin():
            if _holds_data(dst):
                raise TransferRefused(
                    "The target workbook already holds interviews or answers; coachkit copies "
                    "a workbook only into an empty one, so nothing is mixed. Nothing was "
                    "changed.")
            dst.execute(_table("workbook_info").delete().where(
                _table("workbook_info").c.key == "workbook_id"))
            maps: dict[str, dict[int, int]] = {}
            for name in ORDER:
                table = _table(name)
                ids = maps.setdefault(name, {})
                for row in rows[name]:
                    values = _mapped(name, row, maps)
                    if "id" in table.c:
                        ids[row["id"]] = dst.execute(
                            insert(table).values(**values).returning(table.c.id)).scalar_one()
                    else:
                        dst.execute(insert(table).values(**values))
                report.counts[name] = len(rows[name])
            _verify(dst, rows, maps)
    return report


def _verify(dst: Connection, rows: dict[str, list[dict]], maps: dict[str, dict[int, int]]
            ) -> None:
    """Every source row is in the target, field by field, under its new id."""
    for name in ORDER:
        copied = {}
        for r in _source_rows(dst, name):
            key = r["id"] if "id" in r else r["key"]
            copied[key] = {k: v for k, v in r.items() if k not in SKIP}
        for row in rows[name]:
            key = maps[name][row["id"]] if "id" in row else row["key"]
            expected = _mapped(name, row, maps)
            got = copied.get(key)
            if got is None or any(_norm(got.get(k)) != _norm(v) for k, v in expected.items()):
                raise TransferRefused(
                    f"A row of {name.replace('_', ' ')} did not arrive intact, so nothing was "
                    "copied. Please report this; your workbook is unchanged.")


def _norm(value):
    # SQLite hands booleans back as 0/1 and drops microseconds of nothing; compare meaning.
    if isinstance(value, bool):
        return int(value)
    return value
