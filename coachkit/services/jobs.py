"""Jobs under consideration: their duties, requirements and the questions to ask."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import func, select

from coachkit.domain import rules, vocab
from coachkit.domain.errors import MissingEntry
from coachkit.domain.records import DutyRecord, JobRecord
from coachkit.services.workbook import Workbook
from coachkit.storage import tables as t

MAX_AD = 50_000


def _job(row: t.Job) -> JobRecord:
    return JobRecord(id=row.id, title=row.title, organisation=row.organisation, link=row.link,
                     ad_text=row.ad_text, decision=row.decision, decision_note=row.decision_note)


def _duty(row: t.Duty) -> DutyRecord:
    return DutyRecord(id=row.id, job_id=row.job_id, kind=row.kind, text=row.text,
                      share_pct=row.share_pct, skill=row.skill, energy=row.energy,
                      develop=row.develop, tags=tuple(row.tags or ()),
                      requirement_status=row.requirement_status)


def add_job(wb: Workbook, title: str, organisation: str = "", link: str = "",
            ad_text: str = "") -> JobRecord:
    values = dict(
        title=rules.required_text(title, "the job title"),
        organisation=rules.optional_text(organisation, "the organisation", rules.MAX_SHORT),
        link=rules.optional_text(link, "the link", 2_000),
        ad_text=rules.optional_text(ad_text, "the ad text", MAX_AD),
    )
    with wb.store.write() as s:
        row = t.Job(**values)
        s.add(row)
        s.flush()
        return _job(row)


def _clean_duty(fields: dict[str, Any]) -> dict[str, Any]:
    out = dict(fields)
    if "text" in out:
        out["text"] = rules.required_text(out["text"], "the duty", rules.MAX_QUESTION)
    if "share_pct" in out:
        out["share_pct"] = rules.percent(out["share_pct"], "the share of the week")
    if "skill" in out:
        out["skill"] = rules.score(out["skill"], "your skill")
    if "energy" in out:
        out["energy"] = rules.one_of(out["energy"], vocab.ENERGY, "energy")
    if "develop" in out:
        out["develop"] = rules.one_of(out["develop"], vocab.DEVELOP, "wanting to develop")
    if out.get("requirement_status") is not None:
        out["requirement_status"] = rules.one_of(out["requirement_status"],
                                                 vocab.REQUIREMENT_STATUS, "status")
    if "tags" in out:
        out["tags"] = sorted({str(tag).strip() for tag in out["tags"] if str(tag).strip()})
    return out


def add_duties(wb: Workbook, job_id: int, items: Iterable[dict[str, Any]]) -> list[DutyRecord]:
    cleaned = [_clean_duty({"kind": "duty", **item}) for item in items]
    with wb.store.write() as s:
        if s.get(t.Job, job_id) is None:
            raise MissingEntry("That job no longer exists.")
        start = s.scalar(select(func.coalesce(func.max(t.Duty.position), -1))
                         .where(t.Duty.job_id == job_id)) + 1
        rows = [t.Duty(job_id=job_id, position=start + i, **item)
                for i, item in enumerate(cleaned)]
        s.add_all(rows)
        s.flush()
        return [_duty(r) for r in rows]


def list_duties(wb: Workbook, job_id: int, kind: str = "duty") -> list[DutyRecord]:
    with wb.store.read() as s:
        rows = s.scalars(select(t.Duty).where(t.Duty.job_id == job_id, t.Duty.kind == kind)
                         .order_by(t.Duty.position))
        return [_duty(r) for r in rows]


def list_jobs(wb: Workbook) -> list[JobRecord]:
    with wb.store.read() as s:
        return [_job(r) for r in s.scalars(select(t.Job).order_by(t.Job.id.desc()))]


def set_tolerances(wb: Workbook, person_id: int | None, *, max_public_facing_pct=None,
                   max_interruptions_per_hour=None, deal_breakers: Iterable[str] = ()) -> None:
    public = rules.percent(max_public_facing_pct, "the most public-facing time")
    breakers = [rules.required_text(b, "the deal-breaker") for b in deal_breakers]
    with wb.store.write() as s:
        row = s.scalar(select(t.Tolerance).where(t.Tolerance.person_id == person_id))
        if row is None:
            row = t.Tolerance(person_id=person_id)
            s.add(row)
        row.max_public_facing_pct = public
        row.max_interruptions_per_hour = max_interruptions_per_hour
        row.deal_breakers = breakers


def plan_question_to_ask(wb: Workbook, job_id: int, text: str, why: str = "",
                         priority: float = 0.0, source: str = "user") -> int:
    body = rules.required_text(text, "the question", rules.MAX_QUESTION)
    with wb.store.write() as s:
        if s.get(t.Job, job_id) is None:
            raise MissingEntry("That job no longer exists.")
        row = t.QuestionToAsk(job_id=job_id, text=body, why=rules.optional_text(why, "why"),
                              priority=priority, source=source)
        s.add(row)
        s.flush()
        return row.id
