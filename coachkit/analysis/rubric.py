"""The rating rubric: criteria with weights and words for each level from 1 to 5.

The rubric lives in a TOML file so a coach can adapt it without touching code. The
packaged copy is coachkit/data/rubric.toml; `load_rubric(path)` reads a coach's own.
A broken file is refused with a RubricError that names the line to fix, because the
person editing it is a coach with a text editor, not a programmer with a debugger.
"""

from __future__ import annotations

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
MAX_RUBRIC_BYTES = 1_000_000  # a rubric is a page or two of text; anything bigger is wrong
MAX_RUBRIC_CHARS = MAX_RUBRIC_BYTES  # the same bound once decoded


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
        return _packaged_rubric()
    path = Path(path)
    try:
        if path.stat().st_size > MAX_RUBRIC_BYTES:
            raise RubricError(f"{path}: the file is {path.stat().st_size / 2**20:.1f} MB; a "
                              "rubric is at most 1 MB. Is it the right file?")
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise RubricError(f"Cannot read the rubric file {path}: {exc}") from exc
    return parse_rubric(text, str(path))


def _packaged_rubric() -> Rubric:
    """The packaged rubric, built without the schema: it ships with coachkit and
    tests/unit/test_rubric.py checks it equals ``parse_rubric`` of the same text, so a rating
    dashboard need not import pydantic (0.1-0.4 s here) at every start to check it again."""
    data = tomllib.loads(default_rubric_text())
    return Rubric(tuple(Criterion(c["id"], c["label"].strip(), float(c["weight"]),
                                  c["description"].strip(),
                                  {int(k): c["anchors"][k].strip() for k in sorted(c["anchors"])})
                        for c in data["criteria"]), str(data.get("title", Rubric.title)))


def parse_rubric(text: str, source: str = "rubric.toml") -> Rubric:
    """Build a Rubric from TOML text; `source` names the file in error messages.

    The fields are checked by the rubric schema (coachkit.domain.rubric_schema.RubricFile);
    this function finds the line each problem is on."""
    if len(text) > MAX_RUBRIC_CHARS:
        raise RubricError(f"{source}: the file is {len(text):,} characters long; a rubric is "
                          f"at most {MAX_RUBRIC_CHARS:,}.")
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        line = _decode_error_line(exc)
        raise RubricError(f"{source}, line {line}: this is not valid TOML ({exc}).") from exc
    from pydantic import ValidationError  # here: the packaged rubric never needs it

    from coachkit.domain import rubric_schema as schemas

    lines = _Lines(text, source)
    raw = data.get("criteria")
    if not isinstance(raw, list) or not raw or not all(isinstance(c, dict) for c in raw):
        raise lines.error(1, "no criteria found; each one starts with a [[criteria]] line.")
    if len(raw) > schemas.MAX_CRITERIA:
        raise lines.error(lines.headers[schemas.MAX_CRITERIA] + 1 if len(lines.headers) >
                          schemas.MAX_CRITERIA else 1, f"the rubric has {len(raw)} criteria; "
                          f"the limit is {schemas.MAX_CRITERIA}.")
    try:
        checked = schemas.RubricFile.model_validate(data, context=schemas.rubric_context())
    except ValidationError as exc:
        raise _located(exc, raw, lines) from None
    criteria = tuple(Criterion(c.id, c.label, c.weight, c.description, c.anchors)
                     for c in checked.criteria)
    return Rubric(criteria, checked.title)


def _located(exc: Any, raw: list[dict], lines: _Lines) -> RubricError:
    """The first problem (of a pydantic ValidationError), with the line it is on and the
    criterion it belongs to."""
    from coachkit.domain import rubric_schema as schemas

    error = exc.errors(include_url=False)[0]
    loc = error["loc"]
    if loc[:1] == ("criteria",) and len(loc) >= 3 and isinstance(loc[1], int):
        index, key = loc[1], str(loc[2])
        cid = raw[index].get("id")
        occurrence = sum(1 for c in raw[: index + 1] if c.get("id") == cid)
        block = lines.block(index, cid, occurrence)
        name = f"criterion {cid!r}" if isinstance(cid, str) else f"criterion number {index + 1}"
        return lines.error(lines.key_line(block, key), f"{name}: {error['msg']}")
    return lines.error(lines.top_key_line(str(loc[0]) if loc else ""),
                       f"{schemas.where(loc)} {schemas.plain(error, 'rubric')}.")


def _decode_error_line(exc: Exception) -> int:
    # Python 3.14 adds exc.lineno; older versions only put it in the message.
    lineno = getattr(exc, "lineno", None)
    if isinstance(lineno, int):
        return lineno
    match = re.search(r"at line (\d+)", str(exc))
    return int(match.group(1)) if match else 1


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

    def top_key_line(self, key: str) -> int:
        """1-based line of a top-level `key = ...` (1 when it is not written)."""
        pattern = re.compile(rf"^\s*{re.escape(key)}\s*=")
        end = self.headers[0] if self.headers else len(self.lines)
        return next((i + 1 for i in range(end) if pattern.match(self.lines[i])), 1)

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
