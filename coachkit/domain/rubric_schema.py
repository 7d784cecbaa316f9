"""The rubric file's schema, and the plain words every schema's errors are told in.

Kept apart from the bundle and review schemas (coachkit.domain.schemas) so that loading a
rubric, which every rating dashboard does at start, builds only the two models it needs.
"""

from __future__ import annotations

import math
import re
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator
from pydantic_core import PydanticCustomError

NAME = 200
CRITERION = 80


def _ctx(info: ValidationInfo) -> dict | None:
    return info.context if isinstance(info.context, dict) else None


# ------------------------------------------------------------------------------ rubric

RUBRIC_ID = re.compile(r"^[a-z][a-z0-9_]*$")
MAX_CRITERIA = 30
RUBRIC_TEXT = 2_000
MAX_WEIGHT = 1_000
LEVELS = ("1", "2", "3", "4", "5")


def _rubric_error(message: str, **values: Any) -> PydanticCustomError:
    return PydanticCustomError("rubric", message, values)


class RubricCriterion(BaseModel):
    """One [[criteria]] block. Unknown keys are ignored (a coach's own notes are harmless);
    the messages are the ones a coach with a text editor needs."""

    model_config = ConfigDict(extra="ignore", frozen=True, validate_default=True)

    id: Any = None
    label: Any = None
    description: Any = None
    weight: Any = None
    anchors: Any = None

    @field_validator("id", mode="before")
    @classmethod
    def _id(cls, v: Any, info: ValidationInfo) -> str:
        if not isinstance(v, str) or not RUBRIC_ID.match(v):
            raise _rubric_error("the id must be lower-case letters, digits and underscores, "
                                "starting with a letter.")
        if len(v) > CRITERION:
            raise _rubric_error("the id is {n} characters long; the limit is {limit} (a rating "
                                "names its criterion in at most {limit}).", n=len(v),
                                limit=CRITERION)
        ctx = _ctx(info)
        if ctx is not None:
            if v in ctx.setdefault("ids", set()):
                raise _rubric_error("this id is already used by an earlier criterion; ids "
                                    "must be unique.")
            ctx["ids"].add(v)
        return v

    @field_validator("label", "description", mode="before")
    @classmethod
    def _words(cls, v: Any, info: ValidationInfo) -> str:
        if not isinstance(v, str) or not v.strip():
            raise _rubric_error("{key} is missing or empty.", key=info.field_name)
        if len(v) > RUBRIC_TEXT:
            raise _rubric_error("{key} is {n} characters long; the limit is {limit}.",
                                key=info.field_name, n=f"{len(v):,}", limit=f"{RUBRIC_TEXT:,}")
        return v.strip()

    @field_validator("weight", mode="before")
    @classmethod
    def _weight(cls, v: Any) -> float:
        ok = isinstance(v, int | float) and not isinstance(v, bool)
        if not ok or not math.isfinite(v) or not 0 < v <= MAX_WEIGHT:
            shown = "missing" if v is None else repr(v)
            raise _rubric_error("weight must be a positive number such as 0.2 or 1, at most "
                                "{limit} (found {shown}).", limit=MAX_WEIGHT, shown=shown)
        return float(v)

    @field_validator("anchors", mode="before")
    @classmethod
    def _anchors(cls, v: Any) -> dict[int, str]:
        if not isinstance(v, dict):
            raise _rubric_error("add a [criteria.anchors] table with levels 1 to 5.")
        for key, text in v.items():
            if key not in LEVELS:
                raise _rubric_error("anchors may only be the levels 1 to 5 (found {key}).",
                                    key=repr(key))
            if not isinstance(text, str) or not text.strip():
                raise _rubric_error("the anchor for level {key} is empty.", key=key)
            if len(text) > RUBRIC_TEXT:
                raise _rubric_error("the anchor for level {key} is {n} characters long; the "
                                    "limit is {limit}.", key=key, n=f"{len(text):,}",
                                    limit=f"{RUBRIC_TEXT:,}")
        missing = [level for level in LEVELS if level not in v]
        if missing:
            raise _rubric_error("the anchor for level {levels} is missing; describe every "
                                "level from 1 to 5.", levels=", ".join(missing))
        return {int(k): v[k].strip() for k in LEVELS}


class RubricFile(BaseModel):
    """A rubric.toml: a title and 1 to 30 criteria."""

    model_config = ConfigDict(extra="ignore", frozen=True)

    title: Annotated[str, Field(strict=True, max_length=NAME)] = "Interview answer rubric"
    criteria: Annotated[list[RubricCriterion], Field(min_length=1, max_length=MAX_CRITERIA)]


def rubric_context() -> dict:
    return {"ids": set()}


# --------------------------------------------------------------------- plain words


def where(loc: tuple) -> str:
    """('ratings', 3, 'criterion') -> 'ratings[3].criterion'."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        elif part != "[key]":
            out += ("." if out else "") + str(part)
    return out or "the file"


def _shown(value: Any) -> str:
    if value is None:
        return "empty (null)"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, str):
        return f"a text of {len(value):,} characters" if len(value) > 40 else \
            f"the text {value!r}"
    if isinstance(value, int | float):
        return f"the number {value!r}"
    if isinstance(value, list):
        return f"a list of {len(value):,} item{'s' if len(value) != 1 else ''}"
    if isinstance(value, dict):
        return "a group of fields"
    return type(value).__name__


def plain(error: dict, kind: str) -> str:
    """One pydantic error in words a candidate or coach can act on."""
    kinds = error["type"]
    value = error.get("input")
    ctx = error.get("ctx") or {}
    if kinds == "missing":
        return "is missing"
    if kinds == "extra_forbidden":
        return f"is not something a {kind} holds"
    if kinds in ("int_type", "int_parsing", "int_from_float"):
        return f"must be a whole number, not {_shown(value)}"
    if kinds in ("string_type", "string_unicode"):
        return f"must be text, not {_shown(value)}"
    if kinds in ("bool_type", "bool_parsing"):
        return f"must be true or false, not {_shown(value)}"
    if kinds == "list_type":
        return f"must be a list, not {_shown(value)}"
    if kinds in ("dict_type", "model_type", "model_attributes_type"):
        return f"must be a group of named fields, not {_shown(value)}"
    if kinds == "string_too_long":
        return f"is {len(value):,} characters long; the limit is {ctx['max_length']:,}"
    if kinds in ("string_too_short", "too_short"):
        return "is empty"
    if kinds == "too_long":
        return f"has {ctx.get('actual_length', 0):,} items; the limit is {ctx['max_length']:,}"
    if kinds == "greater_than_equal":
        return f"must be at least {ctx['ge']}, not {_shown(value)}"
    if kinds == "less_than_equal":
        return f"must be at most {ctx['le']}, not {_shown(value)}"
    if kinds == "literal_error":
        return f"must be one of {ctx['expected']}, not {_shown(value)}"
    if kinds == "string_pattern_mismatch":
        return f"is not in the form coachkit writes ({_shown(value)})"
    return error["msg"]
