"""The example workbook: a librarian's interviews, answers and one job to weigh.

The situations follow the user research (a reference librarian passed over again and again,
then told the libraries "regret" it; an introvert weighing a job with a front-desk share).
Names of people and organisations are invented.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from pathlib import Path

from coachkit import config
from coachkit.domain.errors import InvalidEntry
from coachkit.services import answers, interviews, jobs, people, practice, questions
from coachkit.services.workbook import Workbook
from coachkit.storage import tables as t

CANDIDATE = "Robin Ashby"
COACH = "Dana Whitfield"

INTERVIEWS = [
    dict(organisation="Millbrook Public Library", role_title="Young Adult & Reference Librarian",
         interview_date=dt.date(2026, 6, 4), stage="first", format="panel",
         interviewers="Branch manager; head of youth services", length_minutes=25, connection=2,
         connection_note="Short and polite. I tried, but there wasn't any spark.",
         outcome="rejected", regret_heard=True,
         feedback="Heard from a former colleague that they regret the hire they made.",
         questions=[
             ("Tell me about yourself", "about_you", "sure"),
             ("How would you get teenagers to come to library programmes?", "role_knowledge",
              "sure"),
             ("Describe a time a patron was upset with you", "customer_service", "roughly"),
             ("What do you know about our community?", "motivation_fit", "roughly"),
             ("something about working on a small team", "behavioural", "vague"),
         ]),
    dict(organisation="Hartwell College Library", role_title="Instruction & Outreach Librarian",
         interview_date=dt.date(2026, 4, 17), stage="final", format="in_person",
         interviewers="Library director; two faculty; search committee chair",
         length_minutes=240, connection=4,
         connection_note="Long day, good conversations with faculty. I wanted this one badly.",
         outcome="rejected", regret_heard=True,
         feedback="The chair later said they wish they had hired me.",
         questions=[
             ("Walk us through your background", "about_you", "sure"),
             ("How would you teach information literacy to first-year students?",
              "role_knowledge", "sure"),
             ("How do you work with faculty who don't see the value of library instruction?",
              "situational", "roughly"),
             ("What is your greatest weakness?", "about_you", "sure"),
             ("Why do you want to work in an academic library?", "motivation_fit", "sure"),
             ("Tell us about a time you failed", "behavioural", "roughly"),
         ]),
    dict(organisation="Eastgate Regional Libraries", role_title="Reference Librarian",
         interview_date=dt.date(2026, 2, 9), stage="second", format="video",
         interviewers="Reference coordinator", length_minutes=45, connection=3,
         connection_note="Friendly, a bit scripted.", outcome="rejected", regret_heard=True,
         feedback="Told through a friend that they regret passing me over.",
         questions=[
             ("Tell me a bit about yourself", "about_you", "sure"),
             ("How do you handle an angry patron?", "customer_service", "sure"),
             ("Walk me through a reference interview", "role_knowledge", "sure"),
             ("What's your biggest weakness", "about_you", "roughly"),
             ("How do you decide what to weed from the collection?", "role_knowledge", "vague"),
         ]),
    dict(organisation="Cedar Falls Library", role_title="Library Assistant",
         interview_date=dt.date(2026, 10, 28), stage="first", format="phone",
         interviewers="", length_minutes=20, connection=3, connection_note="",
         outcome="waiting", regret_heard=False, feedback="",
         questions=[
             ("So tell me about yourself", "about_you", "sure"),
             ("How comfortable are you working at a busy front desk?", "customer_service",
              "sure"),
             ("Why are you interested in this role?", "motivation_fit", "sure"),
         ]),
]

ANSWER = (
    "At my last library a regular patron was upset that his holds had been cancelled. "
    "I needed to calm him down and fix the holds before he left. "
    "I listened without interrupting, checked his account, and found a renewal error, "
    "so I restored the three holds and showed him how to set up alerts. "
    "He thanked me and came back the next week to a programme."
)

JOB_AD = """Library Assistant, Cedar Falls Library

Responsibilities
- Staff the reception and circulation desk, greeting visitors and answering phone enquiries
- Provide customer service to patrons of all ages
- Proofread documents, newsletters and the events calendar
- Post to the library's social media accounts
- Design flyers and promotional materials for programmes

Qualifications
- Experience in a library or similar public setting
- Strong written communication and attention to detail
- Familiarity with design software and social media
"""

DUTIES = [
    # The part she dreads, and the one the ad gives no share for.
    dict(text="Reception and customer service at the circulation desk, answering phone "
              "enquiries", share_pct=None, skill=3, energy="drains", develop="maybe",
         tags=["public_facing", "interruptions"]),
    dict(text="Proofread documents, newsletters and the events calendar", share_pct=20,
         skill=5, energy="energises", develop="yes", tags=["detail", "own_pace"]),
    dict(text="Social media posts", share_pct=15, skill=4, energy="energises",
         develop="yes", tags=["own_pace"]),
    dict(text="Flyers and promotional materials", share_pct=15, skill=4, energy="energises",
         develop="yes", tags=["detail", "own_pace"]),
]

REQUIREMENTS = [
    ("Experience in a library or similar public setting", True, "met"),
    ("Strong written communication and attention to detail", True, "met"),
    ("Familiarity with design software and social media", True, "partly"),
]


def _refuse_user_workbook(path: Path) -> None:
    protected = {config.default_db_path().resolve()}
    env_url = os.environ.get(config.DB_ENV, "")
    if env_url.startswith("sqlite:///"):
        protected.add(Path(env_url.removeprefix("sqlite:///")).resolve())
    if path.resolve() in protected:
        raise InvalidEntry(
            f"{path} is your own workbook; the example is written to a file of its own. "
            "Choose another path."
        )


EXAMPLE_MARK = ("kind", "example")


def _refuse_other_file(path: Path) -> None:
    """Only an earlier example workbook may be replaced; any other file is left alone."""
    if not path.exists() or (path.is_file() and path.stat().st_size == 0):
        return
    if path.is_file():
        with path.open("rb") as fh:
            is_sqlite = fh.read(16) == b"SQLite format 3\x00"
        if is_sqlite:
            conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
            try:
                row = conn.execute("SELECT value FROM workbook_info WHERE key = ?",
                                   (EXAMPLE_MARK[0],)).fetchone()
            except sqlite3.DatabaseError:
                row = None
            finally:
                conn.close()
            if row and row[0] == EXAMPLE_MARK[1]:
                return
    raise InvalidEntry(
        f"{path} already exists and is not an example workbook, so coachkit will not "
        "replace it. Choose another path for the example."
    )


def write_demo(path: Path | str | None = None) -> Path:
    """Write a fresh example workbook to ``path`` (default: the demo file) and return it."""
    target = Path(path) if path else config.demo_db_path()
    _refuse_user_workbook(target)
    _refuse_other_file(target)
    for suffix in ("", "-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    wb = Workbook(config.url_for_path(target))
    try:
        with wb.store.write() as s:
            s.add(t.WorkbookInfo(key=EXAMPLE_MARK[0], value=EXAMPLE_MARK[1]))
        _fill(wb)
    finally:
        wb.close()
    return target


def _fill(wb: Workbook) -> None:
    people.ensure_person(wb, CANDIDATE, "candidate")
    people.ensure_person(wb, COACH, "coach")
    for spec in INTERVIEWS:
        spec = dict(spec)
        asked = spec.pop("questions")
        iv = interviews.log_interview(wb, **spec)
        saved = questions.add_questions(wb, iv.id, [
            {"text": q, "category": c, "recall_confidence": r} for q, c, r in asked])
        if iv.organisation == "Eastgate Regional Libraries":
            _rate_demo_answer(wb, saved[1].id)
        if iv.organisation == "Hartwell College Library":
            # Robin put the two she dreads in her practice queue: due today
            for q in saved:
                if "weakness" in q.text or "failed" in q.text:
                    practice.add_to_queue(wb, question_id=q.id)
    job = jobs.add_job(wb, "Library Assistant", "Cedar Falls Library", ad_text=JOB_AD)
    jobs.add_duties(wb, job.id, DUTIES)
    for text, essential, status in REQUIREMENTS:
        jobs.add_requirement(wb, job.id, text, essential, status)
    jobs.set_tolerances(wb, max_public_facing_pct=40, max_interruptions_per_hour=6,
                        deal_breakers=["reception all day"])
    jobs.regenerate_questions(wb, job.id)
    jobs.plan_question_to_ask(
        wb, job.id, "Would I ever be alone on the desk, for example at evening opening?",
        why="Being the only person at the desk is the hardest case for me.")
    _coach_demo(wb)


# How the candidate and the coach saw each interview, 1-5 (factor: (candidate, coach)).
PRESENTATION = {
    "Millbrook Public Library": {"cv_tailored": (3, 2), "research": (3, 2), "attire": (4, 4),
                                 "posture": (3, 2), "eye_contact": (3, 2), "rapport": (2, 2),
                                 "questions_asked": (2, 1)},
    "Hartwell College Library": {"cv_tailored": (4, 4), "research": (5, 4), "attire": (4, 4),
                                 "posture": (4, 3), "eye_contact": (4, 3), "rapport": (4, 4),
                                 "questions_asked": (4, 3)},
    "Eastgate Regional Libraries": {"cv_tailored": (3, 3), "research": (3, 3),
                                    "attire": (4, 4), "posture": (3, 3), "eye_contact": (2, 2),
                                    "rapport": (3, 3), "questions_asked": (3, 2)},
}


def _coach_demo(wb: Workbook) -> None:
    by_org = {iv.organisation: iv for iv in interviews.list_interviews(wb)}
    with wb.store.write() as s:
        for org, factors in PRESENTATION.items():
            for factor, (own, coach) in factors.items():
                s.add(t.PresentationRating(interview_id=by_org[org].id, factor=factor,
                                           rater_role="candidate", rater_name=CANDIDATE,
                                           score=own))
                s.add(t.PresentationRating(interview_id=by_org[org].id, factor=factor,
                                           rater_role="coach", rater_name=COACH, score=coach))
        s.add(t.Comment(target_kind="interview", target_id=by_org["Millbrook Public Library"].id,
                        author_role="coach", author_name=COACH,
                        text="A 25-minute panel usually means they decided early. Next time, "
                             "open with why this branch and have two questions ready."))
        s.add(t.WatchItem(organisation="Hartwell College Library",
                          interview_id=by_org["Hartwell College Library"].id,
                          check_on=dt.date(2026, 12, 1),
                          note="The chair said they wish they had hired me: check their "
                               "openings page and write to her."))


def _rate_demo_answer(wb: Workbook, question_id: int) -> None:
    _, version = answers.save_answer(wb, ANSWER, question_id=question_id)
    for criterion, own, coach in (("answers_question", 4, 4), ("structure", 4, 3),
                                  ("evidence", 3, 3), ("result", 3, 2)):
        answers.rate_answer(wb, version, criterion, own, rater_role="candidate",
                            rater_name=CANDIDATE)
        answers.rate_answer(wb, version, criterion, coach, rater_role="coach",
                            rater_name=COACH, comment="Say what you learned from it.")
    _revise_demo_answer(wb, version)


# Two later rewrites of the same answer, each rated by Robin and then by the coach, so the
# "Self vs coach" and "Progress" charts have a history: (text, days ago, {criterion: (own,
# coach)}). Criteria left out were not rated that time.
REVISIONS = [
    ("At my last library a regular patron came to the desk upset because his holds had "
     "been cancelled. I had to calm him down and get the holds back before he left. I let "
     "him finish without interrupting, then checked his account and found that a renewal "
     "error had cancelled them. I restored all three holds and showed him how to turn on "
     "email alerts so it would not happen again. He thanked me and came back the next week "
     "for a programme.", 21,
     {"answers_question": (4, 4), "structure": (4, 4), "evidence": (4, 3), "result": (4, 4),
      "concision": (4, 4)}),
    ("At my last library a regular patron came to the desk upset because his holds had "
     "been cancelled. I had to calm him down and get the holds back before he left. I let "
     "him finish without interrupting, then checked his account and found that a renewal "
     "error had cancelled them. I restored all three holds and showed him how to turn on "
     "email alerts. I also reported the error to the systems team: 40 other accounts had "
     "the same problem, and all of them were fixed within two days. He came back the next "
     "week for a programme. What I learned is to look at the account before "
     "explaining the rules, because most upset patrons have a real problem I can fix.", 4,
     {"answers_question": (4, 5), "structure": (5, 5), "evidence": (4, 4), "result": (5, 5),
      "concision": (4, 4), "delivery": (3, 3)}),
]
FIRST_RATED_DAYS_AGO = 42


def _revise_demo_answer(wb: Workbook, first_version: int) -> None:
    now = t.utcnow()
    answer_id = answers.answer_of_version(wb, first_version)[0]
    dated = [(first_version, FIRST_RATED_DAYS_AGO)]
    for text, days_ago, scores in REVISIONS:
        saved = answers.save_version(wb, text, answer_id=answer_id)
        answers.rate_version(wb, saved.version_id, {c: own for c, (own, _) in scores.items()},
                             rater_role="candidate", rater_name=CANDIDATE)
        answers.rate_version(wb, saved.version_id, {c: co for c, (_, co) in scores.items()},
                             rater_role="coach", rater_name=COACH)
        dated.append((saved.version_id, days_ago))
    with wb.store.write() as s:  # back-date the history (the services stamp "now")
        for version_id, days_ago in dated:
            when = now - dt.timedelta(days=days_ago)
            s.get(t.AnswerVersion, version_id).created_at = when - dt.timedelta(hours=2)
            for rating in s.query(t.Rating).filter_by(answer_version_id=version_id):
                rating.created_at = when + (dt.timedelta(days=1) if rating.rater_role ==
                                            "coach" else dt.timedelta(0))


def ensure_demo() -> Path:
    """The example workbook, written once; opening it again keeps what was tried in it."""
    target = config.demo_db_path()
    return target if target.exists() else write_demo(target)
