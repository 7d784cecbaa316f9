"""The rating rubric: criteria with weights and words for each level from 1 to 5.

The rubric lives in a TOML file so a coach can adapt it without touching code. The
packaged copy is coachkit/data/rubric.toml; `load_rubric(path)` reads a coach's own.
A broken file is refused with a RubricError that names the line to fix, because the
person editing it is a coach with a text editor, not a programmer with a debugger.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from coachkit.domain.errors import CoachkitError

try:  # Python 3.11+
    import tomllib
except ModuleNotFoundError:  # pragma: no cover - Python 3.10 with tomli installed
    import tomli as tomllib  # type: ignore[no-redef]

LEVELS: tuple[int, ...] = (1, 2, 3, 4, 5)
_ID = re.compile(r"^[a-z][a-z0-9_]*$")


class RubricError(CoachkitError, ValueError):
    """A rubric file that cannot be used; the message names the file and line."""


@dataclass(frozen=True)
class Criterion:
    """One thing to rate, with a description of each level (1 = weak, 5 = strong)."""

    id: str
    label: str
    weight: float
    description: str
    anchors: dict[int, str]


@dataclass(frozen=True)
class Rubric:
    criteria: tuple[Criterion, ...]
    title: str = "Interview answer rubric"

    @property
    def ids(self) -> list[str]:
        return [c.id for c in self.criteria]

    def criterion(self, criterion_id: str) -> Criterion:
        for c in self.criteria:
            if c.id == criterion_id:
                return c
        raise KeyError(criterion_id)

    def weighted_score(self, scores: Mapping[str, int]) -> float:
        """Weighted average of the levels given, on the same 1-5 scale.

        Criteria missing from `scores` are left out (not counted as zero), so an answer
        practised only in writing can be scored without the delivery criterion.
        """
        weights = {c.id: c.weight for c in self.criteria}
        if not scores:
            raise ValueError("Give a level (1 to 5) for at least one criterion.")
        for criterion_id, level in scores.items():
            if criterion_id not in weights:
                raise ValueError(f"There is no criterion called {criterion_id!r} in this "
                                 f"rubric. Known: {', '.join(weights)}.")
            if isinstance(level, bool) or not isinstance(level, int) or level not in LEVELS:
                raise ValueError(f"The level for {criterion_id!r} must be a whole number "
                                 f"from 1 to 5, not {level!r}.")
        total = sum(weights[k] for k in scores)
        return sum(weights[k] * level for k, level in scores.items()) / total


def weighted_score(scores: Mapping[str, int], rubric: Rubric | None = None) -> float:
    """`Rubric.weighted_score` on the given rubric (default: the packaged one)."""
    return (rubric or load_rubric()).weighted_score(scores)


def default_rubric_text() -> str:
    """The packaged rubric.toml, e.g. to give a coach a copy to edit."""
    return (resources.files("coachkit") / "data" / "rubric.toml").read_text(encoding="utf-8")


def load_rubric(path: str | Path | None = None) -> Rubric:
    """Read and check a rubric file; the packaged rubric when `path` is None."""
    if path is None:
        return parse_rubric(default_rubric_text(), "rubric.toml (packaged)")
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise RubricError(f"Cannot read the rubric file {path}: {exc}") from exc
    return parse_rubric(text, str(path))


def parse_rubric(text: str, source: str = "rubric.toml") -> Rubric:
    """Build a Rubric from TOML text; `source` names the file in error messages."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        line = _decode_error_line(exc)
        raise RubricError(f"{source}, line {line}: this is not valid TOML ({exc}).") from exc
    lines = _Lines(text, source)
    raw = data.get("criteria")
    if not isinstance(raw, list) or not raw or not all(isinstance(c, dict) for c in raw):
        raise lines.error(1, "no criteria found; each one starts with a [[criteria]] line.")
    criteria: list[Criterion] = []
    seen: dict[str, int] = {}
    for index, entry in enumerate(raw):
        criterion = _criterion(entry, index, seen, lines)
        criteria.append(criterion)
    title = data.get("title", Rubric.title)
    return Rubric(tuple(criteria), str(title))


def _decode_error_line(exc: Exception) -> int:
    # Python 3.14 adds exc.lineno; older versions only put it in the message.
    lineno = getattr(exc, "lineno", None)
    if isinstance(lineno, int):
        return lineno
    match = re.search(r"at line (\d+)", str(exc))
    return int(match.group(1)) if match else 1


def _criterion(entry: dict[str, Any], index: int, seen: dict[str, int],
               lines: _Lines) -> Criterion:
    cid = entry.get("id")
    occurrence = seen.get(cid, 0) + 1 if isinstance(cid, str) else 1
    block = lines.block(index, cid, occurrence)
    name = f"criterion {cid!r}" if isinstance(cid, str) else f"criterion number {index + 1}"
    if not isinstance(cid, str) or not _ID.match(cid):
        raise lines.error(lines.key_line(block, "id"), f"{name}: the id must be lower-case "
                          "letters, digits and underscores, starting with a letter.")
    if cid in seen:
        raise lines.error(lines.key_line(block, "id"), f"{name}: this id is already used "
                          "by an earlier criterion; ids must be unique.")
    seen[cid] = occurrence
    for key in ("label", "description"):
        if not isinstance(entry.get(key), str) or not entry[key].strip():
            raise lines.error(lines.key_line(block, key), f"{name}: {key} is missing or empty.")
    return Criterion(
        id=cid,
        label=entry["label"].strip(),
        weight=_weight(entry.get("weight"), name, block, lines),
        description=entry["description"].strip(),
        anchors=_anchors(entry.get("anchors"), name, block, lines),
    )


def _weight(value: Any, name: str, block: tuple[int, int], lines: _Lines) -> float:
    ok = isinstance(value, int | float) and not isinstance(value, bool)
    if not ok or not math.isfinite(value) or value <= 0:
        shown = "missing" if value is None else repr(value)
        raise lines.error(lines.key_line(block, "weight"), f"{name}: weight must be a "
                          f"positive number such as 0.2 or 1 (found {shown}).")
    return float(value)


def _anchors(value: Any, name: str, block: tuple[int, int], lines: _Lines) -> dict[int, str]:
    line = lines.key_line(block, "anchors")
    if not isinstance(value, dict):
        raise lines.error(line, f"{name}: add a [criteria.anchors] table with levels 1 to 5.")
    anchors: dict[int, str] = {}
    for key, text in value.items():
        if key not in {str(level) for level in LEVELS}:
            raise lines.error(line, f"{name}: anchors may only be the levels 1 to 5 "
                              f"(found {key!r}).")
        if not isinstance(text, str) or not text.strip():
            raise lines.error(line, f"{name}: the anchor for level {key} is empty.")
        anchors[int(key)] = text.strip()
    missing = [str(level) for level in LEVELS if level not in anchors]
    if missing:
        raise lines.error(line, f"{name}: the anchor for level {', '.join(missing)} is "
                          "missing; describe every level from 1 to 5.")
    return dict(sorted(anchors.items()))


class _Lines:
    """Finds where a criterion's keys are written, since TOML parsers only report
    line numbers for syntax errors, not for values that are wrong."""

    _HEADER = re.compile(r"^\s*\[\[\s*criteria\s*\]\]")

    def __init__(self, text: str, source: str) -> None:
        self.lines = text.splitlines()
        self.source = source
        self.headers = [i for i, line in enumerate(self.lines) if self._HEADER.match(line)]

    def error(self, line: int, message: str) -> RubricError:
        return RubricError(f"{self.source}, line {line}: {message}")

    def block(self, index: int, cid: Any, occurrence: int) -> tuple[int, int]:
        """0-based [start, end) lines of the index-th criterion."""
        start = self._id_line(cid, occurrence) if isinstance(cid, str) else None
        if start is not None:
            # Back up to the criterion's own header, if it has one above the id.
            start = max((h for h in self.headers if h <= start), default=start)
        elif index < len(self.headers):
            start = self.headers[index]
        else:
            return (0, len(self.lines))
        end = min((h for h in self.headers if h > start), default=len(self.lines))
        return (start, end)

    def key_line(self, block: tuple[int, int], key: str) -> int:
        """1-based line of `key = ...` (or a [criteria.key] table) in the block."""
        pattern = re.compile(rf"^\s*(?:{key}\s*=|\[\s*criteria\.{key}\s*\])")
        for i in range(*block):
            if pattern.match(self.lines[i]):
                return i + 1
        return block[0] + 1

    def _id_line(self, cid: str, occurrence: int) -> int | None:
        # Also matches inline tables: criteria = [{id = "a", ...}, ...]
        pattern = re.compile(rf"""(?:^\s*|[{{,]\s*)id\s*=\s*["']{re.escape(cid)}["']""")
        hits = [i for i, line in enumerate(self.lines) if pattern.search(line)]
        return hits[occurrence - 1] if len(hits) >= occurrence else None
