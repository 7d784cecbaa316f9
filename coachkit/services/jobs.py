"""Jobs under consideration: their duties, requirements, the fit and the questions to ask.

A requirement is a Duty row with kind='requirement'. Tolerances belong to the candidate
(the first Person with role 'candidate') and are the same for every job. Questions to ask
are generated from the stored worksheet; regenerating keeps what the user changed.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import delete, func, select

from coachkit.domain import rules, vocab
from coachkit.domain.errors import InvalidEntry, MissingEntry
from coachkit.domain.records import (
    AdDraft,
    AskRecord,
    DutyRecord,
    JobComparison,
    JobRecord,
    TolerancesRecord,
)
from coachkit.services.workbook import Workbook
from coachkit.storage import tables as t

MAX_AD = 50_000
MAX_DEAL_BREAKERS = 30
# Where the candidate wants the job to lead: a phrase, printed inside a question.
MAX_NEXT_STEP = 120
# The interruptions an hour the employer mentioned has no column of its own (the schema is
# fixed); it is kept in the workbook's key/value table under this prefix plus the job id.
INTERRUPTIONS_KEY = "job_interruptions:"


def _job(row: t.Job) -> JobRecord:
    return JobRecord(id=row.id, title=row.title, organisation=row.organisation, link=row.link,
                     ad_text=row.ad_text, decision=row.decision, decision_note=row.decision_note)


def _duty(row: t.Duty) -> DutyRecord:
    return DutyRecord(id=row.id, job_id=row.job_id, kind=row.kind, text=row.text,
                      share_pct=row.share_pct, skill=row.skill, energy=row.energy,
                      develop=row.develop, tags=tuple(row.tags or ()),
                      requirement_status=row.requirement_status,
                      essential=bool(row.essential), position=row.position)


def _ask(row: t.QuestionToAsk) -> AskRecord:
    return AskRecord(id=row.id, job_id=row.job_id, text=row.text, why=row.why,
                     priority=row.priority, status=row.status, heard=row.heard,
                     source=row.source, bank_id=row.bank_id, position=row.position,
                     edited=bool(row.edited))


def _get(s, table, key: int, what: str):
    row = s.get(table, key)
    if row is None:
        raise MissingEntry(f"That {what} no longer exists (deleted in another window?).")
    return row


# ----------------------------------------------------------------------------- jobs


def _clean_job(fields: dict[str, Any]) -> dict[str, Any]:
    checks = {
        "title": lambda v: rules.required_text(v, "the job title"),
        "organisation": lambda v: rules.optional_text(v, "the organisation", rules.MAX_SHORT),
        "link": lambda v: rules.optional_text(v, "the link", 2_000),
        "ad_text": lambda v: rules.optional_text(v, "the ad text", MAX_AD),
    }
    unknown = set(fields) - set(checks)
    if unknown:
        raise InvalidEntry(f"A job has no field called {', '.join(sorted(unknown))}.")
    return {key: checks[key](value) for key, value in fields.items()}


def add_job(wb: Workbook, title: str, organisation: str = "", link: str = "",
            ad_text: str = "") -> JobRecord:
    values = _clean_job(dict(title=title, organisation=organisation, link=link,
                             ad_text=ad_text))
    with wb.store.write() as s:
        row = t.Job(**values)
        s.add(row)
        s.flush()
        return _job(row)


def update_job(wb: Workbook, job_id: int, **fields: Any) -> JobRecord:
    """Change the title, organisation, link or ad text of a job."""
    values = _clean_job(fields)
    with wb.store.write() as s:
        row = _get(s, t.Job, job_id, "job")
        for key, value in values.items():
            setattr(row, key, value)
        s.flush()
        return _job(row)


def get_job(wb: Workbook, job_id: int) -> JobRecord:
    with wb.store.read() as s:
        return _job(_get(s, t.Job, job_id, "job"))


def list_jobs(wb: Workbook) -> list[JobRecord]:
    with wb.store.read() as s:
        return [_job(r) for r in s.scalars(select(t.Job).order_by(t.Job.id.desc()))]


def delete_job(wb: Workbook, job_id: int) -> None:
    with wb.store.write() as s:
        row = _get(s, t.Job, job_id, "job")
        s.execute(delete(t.Duty).where(t.Duty.job_id == job_id))
        s.execute(delete(t.QuestionToAsk).where(t.QuestionToAsk.job_id == job_id))
        info = s.get(t.WorkbookInfo, f"{INTERRUPTIONS_KEY}{job_id}")
        if info is not None:
            s.delete(info)
        s.delete(row)


def decide(wb: Workbook, job_id: int, decision: str | None, note: str = "") -> JobRecord:
    """Record the decision (take it / stepping stone / decline, or None = undecided)."""
    if decision is not None:
        rules.one_of(decision, vocab.DECISIONS, "the decision")
    clean_note = rules.optional_text(note, "the decision note")
    with wb.store.write() as s:
        row = _get(s, t.Job, job_id, "job")
        row.decision, row.decision_note = decision, clean_note
        s.flush()
        return _job(row)


def set_interruptions_heard(wb: Workbook, job_id: int, per_hour: float | None) -> None:
    """How many interruptions an hour the employer described (None = not known)."""
    value = rules.rate(per_hour, "the interruptions an hour you heard about")
    key = f"{INTERRUPTIONS_KEY}{job_id}"
    with wb.store.write() as s:
        _get(s, t.Job, job_id, "job")
        row = s.get(t.WorkbookInfo, key)
        if value is None:
            if row is not None:
                s.delete(row)
        elif row is None:
            s.add(t.WorkbookInfo(key=key, value=f"{value:g}"))
        else:
            row.value = f"{value:g}"


def interruptions_heard(wb: Workbook, job_id: int) -> float | None:
    with wb.store.read() as s:
        row = s.get(t.WorkbookInfo, f"{INTERRUPTIONS_KEY}{job_id}")
        return None if row is None else float(row.value)


# ----------------------------------------------------------------------------- the ad


def draft_from_ad(ad_text: str) -> AdDraft:
    """Split pasted ad text (plain, Markdown or HTML) into lines to confirm; saves nothing."""
    from coachkit.analysis.job_ad import AdTooLong, EmptyAd, clean_ad_text, split_ad

    try:
        split = split_ad(ad_text or "")
        cleaned = clean_ad_text(ad_text or "")
    except (AdTooLong, EmptyAd) as exc:
        raise InvalidEntry(str(exc)) from None
    desirable = set(split.desirable)
    return AdDraft(duties=tuple(split.duties),
                   requirements=tuple((r, r not in desirable) for r in split.requirements),
                   other=tuple(split.other), cleaned_text=cleaned)


def save_confirmed_lines(wb: Workbook, job_id: int, duties: Sequence[str],
                         requirements: Sequence[tuple[str, bool]],
                         ad_text: str | None = None) -> tuple[list[DutyRecord], list[DutyRecord]]:
    """Store the duties and requirements the user kept from a draft, in one transaction.

    Duties get the tags their wording suggests (the user changes them afterwards); their
    share starts as unknown.
    """
    from coachkit.analysis.job_fit import suggest_tags

    allowed = set(vocab.DUTY_TAGS)
    duty_items = [_clean_duty({"kind": "duty", "text": text,
                               "tags": sorted(suggest_tags(text) & allowed)})
                  for text in duties if text.strip()]
    req_items = [_clean_duty({"kind": "requirement", "text": text, "essential": bool(essential)})
                 for text, essential in requirements if text.strip()]
    if not duty_items and not req_items:
        raise InvalidEntry("No lines are ticked, so there is nothing to add.")
    ad = None if ad_text is None else rules.optional_text(ad_text, "the ad text", MAX_AD)
    with wb.store.write() as s:
        job = _get(s, t.Job, job_id, "job")
        if ad is not None:
            job.ad_text = ad
        rows = _append(s, job_id, duty_items + req_items)
        saved = [_duty(r) for r in rows]
    return ([d for d in saved if d.kind == "duty"],
            [d for d in saved if d.kind == "requirement"])


# ----------------------------------------------------------------------------- duties


def _clean_duty(fields: dict[str, Any]) -> dict[str, Any]:
    out = dict(fields)
    what = "the requirement" if out.get("kind") == "requirement" else "the duty"
    if "kind" in out and out["kind"] not in ("duty", "requirement"):
        raise InvalidEntry("A line is either a duty or a requirement.")
    if "text" in out:
        out["text"] = rules.required_text(out["text"], what, rules.MAX_QUESTION)
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
    if "essential" in out:
        out["essential"] = bool(out["essential"])
    known = {"kind", "text", "share_pct", "skill", "energy", "develop", "requirement_status",
             "tags", "essential"}
    if set(out) - known:
        raise InvalidEntry(f"A duty has no field called {', '.join(sorted(set(out) - known))}.")
    return out


def _append(s, job_id: int, items: list[dict[str, Any]]) -> list[t.Duty]:
    start = s.scalar(select(func.coalesce(func.max(t.Duty.position), -1))
                     .where(t.Duty.job_id == job_id)) + 1
    rows = [t.Duty(job_id=job_id, position=start + i, **item) for i, item in enumerate(items)]
    s.add_all(rows)
    s.flush()
    return rows


def add_duties(wb: Workbook, job_id: int, items: Iterable[dict[str, Any]]) -> list[DutyRecord]:
    cleaned = [_clean_duty({"kind": "duty", **item}) for item in items]
    with wb.store.write() as s:
        _get(s, t.Job, job_id, "job")
        return [_duty(r) for r in _append(s, job_id, cleaned)]


def add_duty(wb: Workbook, job_id: int, text: str, **fields: Any) -> DutyRecord:
    return add_duties(wb, job_id, [{"text": text, **fields}])[0]


def add_requirement(wb: Workbook, job_id: int, text: str, essential: bool = True,
                    requirement_status: str | None = None) -> DutyRecord:
    return add_duties(wb, job_id, [{"kind": "requirement", "text": text,
                                    "essential": essential,
                                    "requirement_status": requirement_status}])[0]


def update_duty(wb: Workbook, duty_id: int, **fields: Any) -> DutyRecord:
    """Change any of a duty's (or requirement's) fields; share_pct=None means unknown."""
    if "kind" in fields:
        raise InvalidEntry("Use move_line to turn a duty into a requirement or back.")
    with wb.store.write() as s:
        row = _get(s, t.Duty, duty_id, "line")
        cleaned = _clean_duty({"kind": row.kind, **fields})
        cleaned.pop("kind")
        for key, value in cleaned.items():
            setattr(row, key, value)
        s.flush()
        return _duty(row)


def move_line(wb: Workbook, duty_id: int, kind: str) -> DutyRecord:
    """A line the split put in the wrong list becomes a duty or a requirement."""
    if kind not in ("duty", "requirement"):
        raise InvalidEntry("A line is either a duty or a requirement.")
    with wb.store.write() as s:
        row = _get(s, t.Duty, duty_id, "line")
        row.kind = kind
        s.flush()
        return _duty(row)


def delete_duty(wb: Workbook, duty_id: int) -> None:
    with wb.store.write() as s:
        s.delete(_get(s, t.Duty, duty_id, "line"))


def merge_duties(wb: Workbook, keep_id: int, other_id: int) -> DutyRecord:
    """Fold ``other`` into ``keep``: texts joined, tags united, shares added.

    If either share is unknown the merged share is unknown: adding a known share to an
    unknown one would pretend to know the total.
    """
    if keep_id == other_id:
        raise InvalidEntry("Pick two different lines to merge.")
    with wb.store.write() as s:
        keep = _get(s, t.Duty, keep_id, "line")
        other = _get(s, t.Duty, other_id, "line")
        if keep.job_id != other.job_id or keep.kind != other.kind:
            raise InvalidEntry("Only two duties (or two requirements) of the same job merge.")
        text = f"{keep.text}; {other.text}"
        keep.text = rules.required_text(text, "the merged duty", rules.MAX_QUESTION)
        if keep.share_pct is None or other.share_pct is None:
            keep.share_pct = None
        else:
            keep.share_pct = rules.percent(keep.share_pct + other.share_pct,
                                           "the merged share")
        keep.tags = sorted(set(keep.tags or ()) | set(other.tags or ()))
        if keep.skill is None:
            keep.skill = other.skill
        s.delete(other)
        s.flush()
        return _duty(keep)


def get_duty(wb: Workbook, duty_id: int) -> DutyRecord:
    with wb.store.read() as s:
        return _duty(_get(s, t.Duty, duty_id, "line"))


def list_duties(wb: Workbook, job_id: int, kind: str = "duty") -> list[DutyRecord]:
    with wb.store.read() as s:
        rows = s.scalars(select(t.Duty).where(t.Duty.job_id == job_id, t.Duty.kind == kind)
                         .order_by(t.Duty.position, t.Duty.id))
        return [_duty(r) for r in rows]


def share_total_text(duties: Sequence[DutyRecord]) -> str:
    """'Adds up to 85% — 15% unaccounted for', never rescaled."""
    known = [d.share_pct for d in duties if d.share_pct is not None]
    unknown = len(duties) - len(known)
    total = round(sum(known), 1)
    if not duties:
        return "No duties yet."
    if abs(total - 100) <= 0.5:
        text = "The shares add up to 100%."
    elif total < 100:
        text = f"The shares add up to {total:g}% — {100 - total:g}% unaccounted for."
    else:
        text = f"The shares add up to {total:g}% — {total - 100:g}% more than a whole week."
    if unknown:
        text += f" {unknown} {'duty has' if unknown == 1 else 'duties have'} an unknown share."
    return text


# ----------------------------------------------------------------------------- tolerances


def candidate_id(wb: Workbook) -> int | None:
    """The workbook's candidate (the first Person with role 'candidate'), if any."""
    with wb.store.read() as s:
        return s.scalar(select(t.Person.id).where(t.Person.role == "candidate")
                        .order_by(t.Person.id).limit(1))


def _tolerance_row(s, person_id: int | None) -> t.Tolerance | None:
    row = None
    if person_id is not None:
        row = s.scalar(select(t.Tolerance).where(t.Tolerance.person_id == person_id))
    # Limits saved before the candidate had a name belong to the candidate.
    return row or s.scalar(select(t.Tolerance).where(t.Tolerance.person_id.is_(None))
                           .order_by(t.Tolerance.id).limit(1))


def set_tolerances(wb: Workbook, person_id: int | None = None, *, max_public_facing_pct=None,
                   max_interruptions_per_hour=None, deal_breakers: Iterable[str] = (),
                   next_step: str = "") -> TolerancesRecord:
    """Save the candidate's limits (they apply to every job). person_id None = the candidate.

    next_step: where the candidate wants this kind of job to lead ("team leader"), or "".
    """
    public = rules.percent(max_public_facing_pct, "the most public-facing time")
    rate = rules.rate(max_interruptions_per_hour, "the interruptions an hour")
    breakers = [rules.required_text(b, "the deal-breaker") for b in deal_breakers if b.strip()]
    breakers = list(dict.fromkeys(breakers))
    goal = " ".join(rules.optional_text(next_step, "where you want the job to lead",
                                        MAX_NEXT_STEP).split())
    if len(breakers) > MAX_DEAL_BREAKERS:
        raise InvalidEntry(f"Keep to {MAX_DEAL_BREAKERS} deal-breakers at most; the list has "
                           f"{len(breakers)}.")
    owner = person_id if person_id is not None else candidate_id(wb)
    with wb.store.write() as s:
        row = _tolerance_row(s, owner)
        if row is None:
            row = t.Tolerance(person_id=owner)
            s.add(row)
        elif row.person_id is None and owner is not None:
            row.person_id = owner
        row.max_public_facing_pct = public
        row.max_interruptions_per_hour = rate
        row.deal_breakers = breakers
        row.next_step = goal
    return TolerancesRecord(public, rate, tuple(breakers), goal)


def get_tolerances(wb: Workbook) -> TolerancesRecord:
    owner = candidate_id(wb)
    with wb.store.read() as s:
        row = _tolerance_row(s, owner)
        if row is None:
            return TolerancesRecord()
        return TolerancesRecord(row.max_public_facing_pct, row.max_interruptions_per_hour,
                                tuple(row.deal_breakers or ()), row.next_step or "")


# ----------------------------------------------------------------------------- fit


def _worksheet(wb: Workbook, job_id: int):
    from coachkit.analysis.job_fit import Duty, Requirement, Tolerances

    get_job(wb, job_id)
    records = list_duties(wb, job_id)
    duties = [Duty(d.text, d.share_pct, d.skill, d.energy, d.develop, d.tags) for d in records]
    # A requirement the user has not rated yet is left out rather than counted as a gap.
    requirements = [Requirement(r.text, r.requirement_status, r.essential)
                    for r in list_duties(wb, job_id, "requirement") if r.requirement_status]
    limits = get_tolerances(wb)
    tolerances = Tolerances(limits.max_public_facing_pct, limits.max_interruptions_per_hour,
                            list(limits.deal_breakers), limits.next_step)
    return records, duties, requirements, tolerances


def fit_report(wb: Workbook, job_id: int):
    """The job's FitReport (coachkit.analysis.job_fit), computed from the stored rows."""
    from coachkit.analysis.job_fit import assess_fit

    _, duties, requirements, tolerances = _worksheet(wb, job_id)
    return assess_fit(duties, tolerances, requirements, interruptions_heard(wb, job_id))


_FLAG_KINDS = {"tolerance_breached": "over your limit", "cannot_judge": "cannot judge yet",
               "deal_breaker": "deal-breaker"}
_FLAG_SUBJECTS = {"max_public_facing_pct": "public-facing time",
                  "max_interruptions_per_hour": "interruptions"}


def _flag_label(flag) -> str:
    """A few words for the comparison table; the dashboard's fit tab has the full sentence."""
    subject = _FLAG_SUBJECTS.get(flag.subject, flag.subject.removeprefix("deal_breaker:"))
    if flag.kind == "deal_breaker":
        return f"deal-breaker: {subject}"
    return f"{subject}: {_FLAG_KINDS.get(flag.kind, flag.kind)}"


def compare_jobs(wb: Workbook) -> list[JobComparison]:
    rows = []
    for job in list_jobs(wb):
        report = fit_report(wb, job.id)
        rows.append(JobComparison(
            job_id=job.id, title=job.title, organisation=job.organisation,
            duties=report.duty_count, weighted_skill=report.weighted_skill,
            drains_pct=report.drains_pct, drains_is_lower_bound=report.drains_is_lower_bound,
            public_facing_pct=report.public_facing_pct,
            unknown_shares=len(report.unknown_share_duties),
            flags=tuple(_flag_label(f) for f in report.flags), decision=job.decision,
            public_facing_is_lower_bound=bool(report.public_facing_unknown)))
    return rows


# ----------------------------------------------------------------------------- questions


def _source_key(source: str, duty_ids: dict[str, int]) -> str:
    """Duty sources are stored by id so a question survives a rewording of its duty."""
    if source.startswith("duty:"):
        duty_id = duty_ids.get(source.removeprefix("duty:"))
        if duty_id is not None:
            return f"duty#{duty_id}"
    return source


def regenerate_questions(wb: Workbook, job_id: int) -> list[AskRecord]:
    """Generate the questions from the worksheet and merge them with the stored list.

    Kept as the user left them: wording they edited, questions they dropped, asked or
    answered, and questions they added. Updated: the rank of every generated question and
    the wording of unedited ones. Removed: untouched generated questions whose reason is
    gone (e.g. the share they asked about is now known).
    """
    from coachkit.analysis.job_fit import assess_fit
    from coachkit.analysis.questions_to_ask import questions_to_ask

    records, duties, requirements, tolerances = _worksheet(wb, job_id)
    report = assess_fit(duties, tolerances, requirements, interruptions_heard(wb, job_id))
    generated = questions_to_ask(duties, tolerances, report)
    duty_ids: dict[str, int] = {}
    for record in records:
        duty_ids.setdefault(record.text, record.id)
    with wb.store.write() as s:
        _get(s, t.Job, job_id, "job")
        stored = list(s.scalars(select(t.QuestionToAsk).where(t.QuestionToAsk.job_id == job_id)))
        by_key = {(r.bank_id, r.source): r for r in stored if r.bank_id}
        seen = set()
        for rank, question in enumerate(generated):
            key = (question.bank_id, _source_key(question.source, duty_ids))
            seen.add(key)
            row = by_key.get(key)
            if row is None:
                row = t.QuestionToAsk(job_id=job_id, bank_id=key[0], source=key[1],
                                      status="planned", heard="", edited=False)
                s.add(row)
                by_key[key] = row
            if not row.edited:
                row.text, row.why = question.text, question.why
            row.priority, row.position = question.priority, rank
        for key, row in by_key.items():
            untouched = not row.edited and row.status == "planned" and not row.heard
            if key not in seen and untouched:
                s.delete(row)
        top = max((q.priority for q in generated), default=0.0)
        for row in stored:
            if not row.bank_id and row.priority <= 0:
                row.priority = top + 1  # an addition of the user's goes above the generated
    return list_questions(wb, job_id)


_STATUS_ORDER = {"planned": 0, "asked": 0, "dropped": 1}


def list_questions(wb: Workbook, job_id: int) -> list[AskRecord]:
    """Questions to ask, best first; dropped ones last."""
    with wb.store.read() as s:
        rows = s.scalars(select(t.QuestionToAsk).where(t.QuestionToAsk.job_id == job_id))
        records = [_ask(r) for r in rows]
    return sorted(records, key=lambda q: (_STATUS_ORDER.get(q.status, 0), -q.priority,
                                          q.position, q.id))


def plan_question_to_ask(wb: Workbook, job_id: int, text: str, why: str = "",
                         priority: float | None = None, source: str = "user") -> int:
    """Add a question of the user's own; by default it goes above the generated ones."""
    body = rules.required_text(text, "the question", rules.MAX_QUESTION)
    reason = rules.optional_text(why, "why", rules.MAX_QUESTION)
    with wb.store.write() as s:
        _get(s, t.Job, job_id, "job")
        if priority is None:
            top = s.scalar(select(func.max(t.QuestionToAsk.priority))
                           .where(t.QuestionToAsk.job_id == job_id))
            priority = (top or 0.0) + 1.0
        row = t.QuestionToAsk(job_id=job_id, text=body, why=reason, priority=float(priority),
                              source=source, status="planned", heard="")
        s.add(row)
        s.flush()
        return row.id


def edit_question(wb: Workbook, question_id: int, text: str) -> AskRecord:
    body = rules.required_text(text, "the question", rules.MAX_QUESTION)
    with wb.store.write() as s:
        row = _get(s, t.QuestionToAsk, question_id, "question")
        if body != row.text:
            row.text, row.edited = body, True
        s.flush()
        return _ask(row)


def set_question_status(wb: Workbook, question_id: int, status: str) -> AskRecord:
    rules.one_of(status, vocab.ASK_STATUS, "the status")
    with wb.store.write() as s:
        row = _get(s, t.QuestionToAsk, question_id, "question")
        row.status = status
        s.flush()
        return _ask(row)


def record_heard(wb: Workbook, question_id: int, heard: str) -> AskRecord:
    """What the interviewer said; a planned question with an answer counts as asked."""
    text = rules.optional_text(heard, "what you heard")
    with wb.store.write() as s:
        row = _get(s, t.QuestionToAsk, question_id, "question")
        row.heard = text
        if text and row.status == "planned":
            row.status = "asked"
        s.flush()
        return _ask(row)


def delete_question(wb: Workbook, question_id: int) -> None:
    """Remove a question the user added (generated ones are dropped, so they stay gone)."""
    with wb.store.write() as s:
        row = _get(s, t.QuestionToAsk, question_id, "question")
        if row.bank_id:
            row.status = "dropped"
        else:
            s.delete(row)
