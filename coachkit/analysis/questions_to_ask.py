"""Which questions to ask at interview, ranked by how much the answer could change the decision.

The question texts live in ``coachkit/data/ask_bank.json``. Each entry carries one
``when:<situation>`` tag saying what brings it up (an unknown share, a draining duty,
a limit that cannot be judged, "always"...) and a base priority. Here we look at the
worksheet, list the situations that apply (each with a weight), and multiply:

    weight = base priority x situation weight (x 1.3 for a topic the user's limits touch)

Each entry also names the *concern* it settles (``concern:<name>``: how much of the week
the desk takes, how busy it gets, how work is divided...). The list asks one question per
concern before a second on the same concern, so the printed top ten is not spent on two
wordings of one worry. The topics readers of seed 004 told the introvert to ask about
(CORE_CONCERNS: the desk's share, how busy it gets, busy and quiet times, the division of
tasks, interruptions, a typical day) are kept on the printed ten whenever the duties or
limits call for them. Questions about the desk itself wait behind the candidate's own
worries when they set no public-facing or interruption limit (DESK_NOT_A_WORRY).

Only the order matters; the numbers are comparable within one call.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from coachkit.analysis.job_fit import (
    CANNOT_JUDGE,
    INTERRUPTIONS,
    PUBLIC_FACING,
    TOLERANCE_BREACHED,
    Duty,
    FitReport,
    Tolerances,
    assess_fit,
    deal_breaker_matches,
    effective_tags,
    normalise_words,
    suggest_tags,
)

ASK_BANK_PATH = Path(__file__).resolve().parent.parent / "data" / "ask_bank.json"

# A draining duty smaller than this is a nuisance, not a reason to ask about it.
DRAINING_SHARE_THRESHOLD = 15.0
# Skill at or below this, with willingness to learn, brings up the training question.
SKILL_GAP_MAX = 2
TOPIC_BOOST = 1.3
# A deal-breaker naming a time of day or week ("night shifts", "after 2.45pm on school
# days") makes the rota question one to settle before accepting.
_TIME_WORDS = frozenset(normalise_words(
    "night evening weekend saturday sunday morning early late shift rota hours overtime "
    "o'clock holiday christmas overnight").split())
_CLOCK_TIME = re.compile(r"\d\s*(?:am|pm)\b|\b\d{1,2}[.:]\d{2}\b", re.IGNORECASE)
# A deal-breaker about the body ("lifting heavy boxes", "standing all day", "kneeling")
# names physical work even when the worksheet's tag keywords do not.
_BODY_WORDS = re.compile(r"\b(?:lift|heavy|stand|feet|kneel|carry|carrie|bend)", re.IGNORECASE)
# A kind of duty the user finds draining or is not yet good at is their own worry: its
# questions (calls, shifts, lifting, cash...) weigh this much more than for other duties
# (1.5 until the seventh round).
PERSONAL_BOOST = 2.0
# A deal-breaker about the body ("lifting heavy boxes", "standing all day") brings up the
# question on lifting and being on your feet at this weight: it can end the job.
BODY_DEAL_BREAKER_WEIGHT = 3.0
# A deal-breaker naming a time of day or week ("working past 2.45pm", "more than three days
# a week") brings up the question on the usual hours and days at this weight, whether or not
# a duty was tagged as shift work (eighth round, a8; 1.0-3.0 tried: writers a4 and a6 would
# rather have the deadlines question, a2, a3 and a8 the hours; 1.5 and 2.0 tie).
TIME_DEAL_BREAKER_WEIGHT = 1.5
# A deal-breaker about working alone ("lone working", "the only member of staff on site
# overnight", "angry clients on my own") brings up who else is on shift and what back-up
# there is, at this weight (a10: coaches asked for it on 6 of the 12 sheets with such a
# deal-breaker over a1-a10, and called it a waste on none; 1.5 x priority 8 never reached
# the printed ten; 3.0 does on a6 and a8 and costs no sheet a must-ask).
ALONE_DEAL_BREAKER_WEIGHT = 3.0
_ALONE = re.compile(r"\b(?:alone|on my own|by myself|lone[- ]working|lone worker|(?:only|single) "
                    r"(?:member of staff|person|staff member|one on)|single[- ]staffed|without "
                    r"(?:back-?up|support|anyone else|another))\b", re.IGNORECASE)
# Duty texts are quoted inside questions; a whole paragraph there would be unreadable.
MAX_QUOTED_CHARS = 80
# The interview-day sheet prints this many questions.
PRINTED_QUESTIONS = 10
# Questions about the desk itself (its share, how busy it gets, how it is covered,
# interruptions, a quiet place) weigh this much when the user set no public-facing or
# interruption limit: on six sets of coaches' worksheets (a1-a6) the desk's concerns were
# insisted on 89 times and called a waste 5 times on the 35 sheets with a limit, but
# insisted on 5 times and called a waste 93 times on the 55 without. The one exception is
# the hours question for a desk that drains the user (see _unknown_share_situations).
DESK_NOT_A_WORRY = 0.35
# A duty the user enjoys and wants to get better at brings up the two-part question on
# what success looks like and where it leads, at this weight (the candidate who wants to
# grow; coaches asked for progression on 29 of 90 sheets, 18 of them with no next step
# filled in).
GROWTH_WEIGHT = 2.5
# What the readers of seed 004 told a front-desk candidate to find out, most telling first.
CORE_CONCERNS = (
    "desk_share", "desk_busyness", "busy_slow", "task_division", "interruptions", "typical_day",
)
# Core concerns that matter only when the job has a desk or interruptions to weigh.
_DESK_CORE = frozenset({"desk_share", "desk_busyness", "busy_slow", "task_division",
                        "interruptions"})
# Concerns of questions about the desk itself (see DESK_NOT_A_WORRY).
_DESK_CONCERNS = frozenset({"desk_share", "desk_busyness", "desk_pattern", "desk_and_focus",
                            "interruptions", "quiet_space", "cover", "desk_requests"})
# Concerns asked once per source: two deal-breakers are two different worries.
_PER_SOURCE_CONCERNS = frozenset({"deal_breaker"})

_DETAIL_TAGS = frozenset({"detail", "own_pace"})
_FIXED_SITUATIONS = frozenset(
    {
        "unknown_share_public",
        "unknown_share",
        "unknown_share_draining",
        "draining_share",
        "draining_no_develop",
        "draining_public_facing",
        "cannot_judge:max_public_facing_pct",
        "cannot_judge:max_interruptions_per_hour",
        "breached:max_public_facing_pct",
        "breached:max_interruptions_per_hour",
        "deal_breaker",
        "deal_breaker_unlisted",
        "deal_breaker_kind",
        "deal_breaker_body",
        "deal_breaker_time",
        "deal_breaker_alone",
        "grows",
        "grows_steady",
        "desk_and_detail",
        "skill_gap",
        "requirement_gap",
        "requirement_partly",
        "next_step",
        "always",
        "always_desk",
    }
)


class AskBankError(ValueError):
    """The question bank file is malformed; the message names the entry."""


@dataclass(frozen=True)
class BankEntry:
    """One question from ask_bank.json (texts may hold {duty}, {share}... slots)."""

    id: str
    text: str
    why: str
    tags: tuple[str, ...]
    priority: float

    @property
    def situation(self) -> str:
        return next(tag.removeprefix("when:") for tag in self.tags if tag.startswith("when:"))

    @property
    def concern(self) -> str:
        """The worry this question settles (its first 'concern:' tag, or its id if none)."""
        return self.concerns[0]

    @property
    def concerns(self) -> tuple[str, ...]:
        """Every worry it settles: a question that asks two things at once ("how busy
        does the desk get, and when?") carries two 'concern:' tags, the main one first."""
        found = [tag.removeprefix("concern:") for tag in self.tags if tag.startswith("concern:")]
        return tuple(found) or (self.id,)

    @property
    def topics(self) -> frozenset[str]:
        return frozenset(t.removeprefix("topic:") for t in self.tags if t.startswith("topic:"))


@dataclass(frozen=True)
class AskQuestion:
    """A question to ask at interview.

    text: the question, ready to read out.
    why: one or two sentences on what the answer would tell you.
    priority: higher first; only the order within one list matters. It is the question's
        weight after the diversity rule, so a second question on a concern can score
        below a first question on another concern that weighs less.
    source: what brought it up: "duty:<duty text>", "tolerance:<limit name>",
        "deal_breaker:<phrase>", "requirement:<text>", "mix:desk+detail", "next_step" or
        "always".
    bank_id: the entry's id in ask_bank.json.
    concern: the worry it settles (the entry's first 'concern:' tag).
    also: the other worries a two-part question settles too (its further 'concern:' tags).
    """

    text: str
    why: str
    priority: float
    source: str
    bank_id: str
    concern: str = ""
    also: tuple[str, ...] = ()

    @property
    def covers(self) -> tuple[str, ...]:
        """Every concern this question settles, the main one first."""
        return (self.concern, *self.also)


@dataclass(frozen=True)
class _Situation:
    name: str
    source: str
    weight: float
    slots: dict[str, str]
    # The desk's hours for a desk that drains the user: asked even when the desk's other
    # questions wait (DESK_NOT_A_WORRY).
    own_worry: bool = False


# ---------------------------------------------------------------------------
# The bank
# ---------------------------------------------------------------------------


def _entry(raw: object, position: int) -> BankEntry:
    if not isinstance(raw, dict):
        raise AskBankError(f"Question {position} in the bank is not an object.")
    missing = {"id", "text", "why", "tags", "priority"} - raw.keys()
    if missing:
        raise AskBankError(f"Question {position} is missing {', '.join(sorted(missing))}.")
    entry = BankEntry(
        str(raw["id"]), str(raw["text"]), str(raw["why"]), tuple(raw["tags"]), raw["priority"]
    )
    whens = [tag for tag in entry.tags if tag.startswith("when:")]
    if len(whens) != 1:
        raise AskBankError(f"Question {entry.id!r} needs exactly one 'when:' tag.")
    if entry.situation not in _FIXED_SITUATIONS and not entry.situation.startswith("tag:"):
        raise AskBankError(f"Question {entry.id!r} has an unknown situation {whens[0]!r}.")
    if not isinstance(entry.priority, (int, float)) or entry.priority <= 0:
        raise AskBankError(f"Question {entry.id!r} needs a positive priority.")
    return entry


def parse_ask_bank(data: object) -> tuple[BankEntry, ...]:
    """Validate the bank's JSON (already parsed) and return its entries in file order."""
    questions = data.get("questions") if isinstance(data, dict) else None
    if not isinstance(questions, list):
        raise AskBankError("The question bank needs a 'questions' list.")
    entries = tuple(_entry(raw, i) for i, raw in enumerate(questions, start=1))
    ids = [entry.id for entry in entries]
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    if duplicates:
        raise AskBankError(f"Question ids must be unique; repeated: {', '.join(duplicates)}.")
    return entries


@lru_cache(maxsize=4)
def load_ask_bank(path: Path = ASK_BANK_PATH) -> tuple[BankEntry, ...]:
    """Read and validate the question bank (cached per path)."""
    return parse_ask_bank(json.loads(path.read_text(encoding="utf-8")))


# ---------------------------------------------------------------------------
# Situations on the worksheet
# ---------------------------------------------------------------------------


def _quoted(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= MAX_QUOTED_CHARS else text[: MAX_QUOTED_CHARS - 1] + "…"


def _duty_slots(duty: Duty) -> dict[str, str]:
    share = "" if duty.share is None else f"{duty.share:g}"
    return {"duty": _quoted(duty.text), "share": share}


def unknown_share_weight(duty: Duty, tolerances: Tolerances) -> float:
    """How much knowing this duty's share could change the decision.

    Public-facing work and interruptions weigh most (they are what people most often
    cannot stand for long), then draining work; a limit that hinges on the share adds
    more. Energising work weighs a little less: finding out it is big is good news.
    """
    tags = effective_tags(duty)
    facing = PUBLIC_FACING in tags
    # Public-facing work and interruptions weigh fully when they are this user's worry;
    # for someone who does not mind them they are still worth knowing, at a quarter.
    worry = 1.0 if _desk_worry(duty, tolerances) else 0.25
    weight = 1.0 + (2.0 * facing + 1.0 * (INTERRUPTIONS in tags)) * worry
    weight += {"drains": 1.5, "neutral": 0.0, "energises": -0.5}[duty.energy]
    weight += 1.0 * (duty.energy == "drains" and duty.develop == "no")
    weight += 1.0 * (facing and tolerances.max_public_facing_pct is not None)
    weight += 1.0 * any(deal_breaker_matches(p, duty) for p in tolerances.deal_breakers)
    return weight


def _desk_worry(duty: Duty, tolerances: Tolerances) -> bool:
    """A public-facing or interrupted duty this user has to weigh (see desk_is_a_worry)."""
    if not effective_tags(duty) & {PUBLIC_FACING, INTERRUPTIONS}:
        return False
    return _limit_set(tolerances)


def _limit_set(tolerances: Tolerances) -> bool:
    return (tolerances.max_public_facing_pct is not None
            or tolerances.max_interruptions_per_hour is not None)


def _unknown_share_situations(duty: Duty, tolerances: Tolerances) -> Iterator[_Situation]:
    """An unknown share. A public-facing duty's is asked as the desk's hours when the user
    set a limit or the duty drains them (that number can decide the job); otherwise it is
    an ordinary duty whose share is unknown."""
    weight = unknown_share_weight(duty, tolerances)
    source, slots = f"duty:{duty.text}", _duty_slots(duty)
    drains = duty.energy == "drains"
    if PUBLIC_FACING in effective_tags(duty) and (_limit_set(tolerances) or drains):
        yield _Situation("unknown_share_public", source, weight, slots, own_worry=drains)
    else:
        yield _Situation("unknown_share", source, weight, slots)
    if duty.energy == "drains":
        yield _Situation("unknown_share_draining", source, weight, slots)


def _draining_situations(duty: Duty) -> Iterator[_Situation]:
    if duty.energy != "drains" or (duty.share or 0) < DRAINING_SHARE_THRESHOLD:
        return
    facing = PUBLIC_FACING in effective_tags(duty)
    weight = 1.0 + (duty.share or 0) / 50 + 0.5 * (duty.develop == "no") + 0.5 * facing
    source, slots = f"duty:{duty.text}", _duty_slots(duty)
    yield _Situation("draining_share", source, weight, slots)
    if duty.develop == "no":
        yield _Situation("draining_no_develop", source, weight, slots)
    if facing:
        yield _Situation("draining_public_facing", source, weight, slots)


def _skill_gap_situations(duty: Duty) -> Iterator[_Situation]:
    if duty.skill is not None and duty.skill <= SKILL_GAP_MAX and duty.develop != "no":
        share = 20.0 if duty.share is None else duty.share  # unknown: assume a middling share
        # Learning a duty from scratch is what a new starter most needs settled.
        weight = 1.5 + share / 100
        yield _Situation("skill_gap", f"duty:{duty.text}", weight, _duty_slots(duty))


def _personal(duty: Duty) -> bool:
    """The duty drains the user or they are not yet good at it: their own worry."""
    return duty.energy == "drains" or (duty.skill is not None and duty.skill <= SKILL_GAP_MAX)


def _tag_situations(duty: Duty) -> Iterator[_Situation]:
    weight = 1.5 if duty.share is None else 1.0 + duty.share / 100
    weight *= PERSONAL_BOOST if _personal(duty) else 1.0
    for tag in sorted(effective_tags(duty)):
        yield _Situation(f"tag:{tag}", f"duty:{duty.text}", weight, _duty_slots(duty))


def _duty_situations(duties: Sequence[Duty], tolerances: Tolerances) -> Iterator[_Situation]:
    for duty in duties:
        if duty.share is None:
            yield from _unknown_share_situations(duty, tolerances)
        yield from _draining_situations(duty)
        yield from _skill_gap_situations(duty)
        yield from _tag_situations(duty)


def _mix_situations(duties: Sequence[Duty], tolerances: Tolerances) -> Iterator[_Situation]:
    """Front-desk work beside concentrated work: ask how the two coexist."""
    desk = [d for d in duties if effective_tags(d) & {PUBLIC_FACING, INTERRUPTIONS}]
    focused = [d for d in duties if effective_tags(d) & _DETAIL_TAGS and d not in desk]
    if not desk or not focused:
        return
    weight = 1.5 + 0.5 * (tolerances.max_interruptions_per_hour is not None)
    if not any(_desk_worry(d, tolerances) for d in desk):
        weight = 1.0  # the desk does not trouble this user: a smaller worry
    # Quote the largest piece of focused work: it is the one most at risk.
    biggest = max(focused, key=lambda d: -1 if d.share is None else d.share)
    yield _Situation("desk_and_detail", "mix:desk+detail", weight, _duty_slots(biggest))


def _flag_situations(report: FitReport, tolerances: Tolerances) -> Iterator[_Situation]:
    prefixes = {CANNOT_JUDGE: "cannot_judge", TOLERANCE_BREACHED: "breached"}
    for flag in report.flags:
        # Deal-breakers are handled per duty instead, so the question can name the duty.
        prefix = prefixes.get(flag.kind)
        if prefix is None:
            continue
        limit = getattr(tolerances, flag.subject)
        slots = {"limit": f"{limit:g}", "share": f"{report.public_facing_pct:g}"}
        yield _Situation(f"{prefix}:{flag.subject}", f"tolerance:{flag.subject}", 2.0, slots)


def _deal_breaker_situations(
    duties: Sequence[Duty], tolerances: Tolerances
) -> Iterator[_Situation]:
    for phrase in tolerances.deal_breakers:
        if not phrase.strip():
            continue
        matched = [duty for duty in duties if deal_breaker_matches(phrase, duty)]
        for duty in matched:
            slots = {**_duty_slots(duty), "phrase": phrase.strip()}
            yield _Situation("deal_breaker", f"deal_breaker:{phrase.strip()}", 1.5, slots)
        if not matched:  # the ad is silent on it: ask whether it happens at all
            yield _Situation("deal_breaker_unlisted", f"deal_breaker:{phrase.strip()}", 1.5,
                             {"phrase": _quoted(phrase.strip())})


def _names_a_time(phrase: str) -> bool:
    """The phrase names a time of day or week ("nights", "past 3pm", "every weekend")."""
    return bool(_TIME_WORDS & set(normalise_words(phrase).split()) or _CLOCK_TIME.search(phrase))


def deal_breaker_kinds(phrase: str) -> frozenset[str]:
    """The kinds of duty (worksheet tags) a deal-breaker's words name: the worksheet's own
    tag keywords ("every weekend" -> shifts, "phone" -> phones), words about the body
    ("standing all day", "lifting heavy totes" -> physical) and times of day or week
    ("working past 3pm", "night shifts" -> shifts)."""
    kinds = set(suggest_tags(phrase))
    if _BODY_WORDS.search(phrase):
        kinds.add("physical")
    if _names_a_time(phrase):
        kinds.add("shifts")
    return frozenset(kinds)


def _deal_breaker_kind_situations(
    duties: Sequence[Duty], tolerances: Tolerances
) -> Iterator[_Situation]:
    """A deal-breaker that names a kind of duty ("lifting heavy boxes on my own", "night
    shifts") touches the duties of that kind the user would rather not do more of: ask
    whether someone else could take them on. One about the body also asks how physical
    the job is, whether or not a duty was tagged physical."""
    for phrase in (p.strip() for p in tolerances.deal_breakers):
        if not phrase:
            continue
        kinds = deal_breaker_kinds(phrase)
        alone = bool(_ALONE.search(phrase))
        if alone:
            # "the only member of staff on site overnight": the worry is being alone; the
            # night only says when (a10), so the hours question does not come with it
            yield _Situation("deal_breaker_alone", f"deal_breaker:{phrase}",
                             ALONE_DEAL_BREAKER_WEIGHT, {"phrase": _quoted(phrase)})
        if _names_a_time(phrase) and "physical" not in kinds and not alone:
            # "working past 2.45pm", "more than three days a week": the usual hours and
            # days, whether or not a duty was tagged as shift work (eighth round, a8)
            yield _Situation("deal_breaker_time", f"deal_breaker:{phrase}",
                             TIME_DEAL_BREAKER_WEIGHT, {"phrase": _quoted(phrase)})
        if "physical" in kinds:
            yield _Situation("deal_breaker_body", f"deal_breaker:{phrase}",
                             BODY_DEAL_BREAKER_WEIGHT, {"phrase": _quoted(phrase)})
        for duty in duties:
            if effective_tags(duty) & kinds and duty.develop == "no":
                yield _Situation("deal_breaker_kind", f"duty:{duty.text}", 1.5,
                                 {**_duty_slots(duty), "phrase": _quoted(phrase)})


def _growth_situations(duties: Sequence[Duty], tolerances: Tolerances) -> Iterator[_Situation]:
    """A duty the user enjoys and wants to get better at: they mean to grow in the job.

    Eighteenth round (a31 spent): without a next step named, where the role leads is left
    out of that question (over a1-a32 coaches called progression a waste on 180 of the 257
    sheets with no next step, and insisted on it on 18)."""
    name = "grows" if tolerances.next_step.strip() else "grows_steady"
    for duty in duties:
        if duty.energy == "energises" and duty.develop == "yes":
            yield _Situation(name, f"duty:{duty.text}", GROWTH_WEIGHT, _duty_slots(duty))


def _requirement_situations(report: FitReport) -> Iterator[_Situation]:
    for position, text in enumerate(report.requirements_not_yet):
        # Essential gaps come first in requirements_not_yet; keep that order.
        weight = 1.0 + 0.5 / (1 + position)
        yield _Situation(
            "requirement_gap", f"requirement:{text}", weight, {"requirement": _quoted(text)}
        )
    # Fourteenth round (a19 spent): a requirement met only in part ("some customer-facing
    # experience", "still learning the county's roads") is one the coaches of a19 wanted
    # asked about on every sheet that had one; it weighs a little less than a plain gap
    for position, text in enumerate(report.requirements_partly):
        weight = 0.9 + 0.4 / (1 + position)
        yield _Situation(
            "requirement_partly", f"requirement:{text}", weight, {"requirement": _quoted(text)}
        )


def _next_step_situations(tolerances: Tolerances) -> Iterator[_Situation]:
    goal = " ".join(tolerances.next_step.split()).rstrip(".!?")
    if goal:
        yield _Situation("next_step", "next_step", 1.5, {"goal": _quoted(goal)})


def _always_situations(duties: Sequence[Duty]) -> Iterator[_Situation]:
    yield _Situation("always", "always", 1.0, {})
    if any(PUBLIC_FACING in effective_tags(duty) for duty in duties):
        yield _Situation("always_desk", "always", 1.0, {})


def _situations(
    duties: Sequence[Duty], tolerances: Tolerances, report: FitReport
) -> list[_Situation]:
    return [
        *_duty_situations(duties, tolerances),
        *_mix_situations(duties, tolerances),
        *_flag_situations(report, tolerances),
        *_deal_breaker_situations(duties, tolerances),
        *_deal_breaker_kind_situations(duties, tolerances),
        *_growth_situations(duties, tolerances),
        *_requirement_situations(report),
        *_next_step_situations(tolerances),
        *_always_situations(duties),
    ]


# ---------------------------------------------------------------------------
# Ranking
# ---------------------------------------------------------------------------


def _boosted_topics(duties: Sequence[Duty], tolerances: Tolerances,
                    report: FitReport) -> frozenset[str]:
    """Topics the user's own limits make more pressing."""
    topics = set()
    if tolerances.max_public_facing_pct is not None or (
            report.public_facing_unknown and desk_is_a_worry(duties, tolerances)):
        topics.add("desk")
    if tolerances.max_interruptions_per_hour is not None:
        topics.add("interruptions")
    if any(_names_a_time(p) for p in tolerances.deal_breakers):
        topics.add("schedule")
    return frozenset(topics)


class _Slots(dict):
    def __missing__(self, key: str) -> str:
        return "this"  # a template slot the situation cannot fill reads naturally


def _question(entry: BankEntry, situation: _Situation, boost: float) -> AskQuestion:
    slots = _Slots(situation.slots)
    return AskQuestion(
        text=entry.text.format_map(slots),
        why=entry.why.format_map(slots),
        priority=round(entry.priority * situation.weight * boost, 3),
        source=situation.source,
        bank_id=entry.id,
        concern=entry.concern,
        also=entry.concerns[1:],
    )


def _dedupe_key(question: AskQuestion, situation: _Situation) -> str:
    """Ask each question once: the same text from two situations is one question, and a
    question about a kind of duty (deadlines for own-pace work) is asked about one duty,
    the one with the largest share, not repeated for each."""
    if situation.name.startswith("tag:"):
        return f"tag-question:{question.bank_id}"
    return question.text


def _concern_key(question: AskQuestion) -> str:
    if question.concern in _PER_SOURCE_CONCERNS:
        return f"{question.concern}|{question.source}"
    return question.concern


def desk_is_a_worry(duties: Sequence[Duty], tolerances: Tolerances) -> bool:
    """Front-desk work or interruptions are something this user has to weigh: they set a
    limit on public-facing time or on interruptions. Then seed 004's core questions (the
    desk's share, how busy it gets, busy and quiet times, how work is divided,
    interruptions) belong on the printed sheet whatever else weighs more; without a limit
    the desk questions wait behind the user's own worries (DESK_NOT_A_WORRY).

    Until the seventh round a draining desk, one the user would rather not grow in, or
    one touching a deal-breaker counted too; the coaches of worksheets a1-a6 asked about
    the desk's share, its busyness, interruptions or how it is covered only when a limit
    was set (seventh round, docs/job_fit.md)."""
    return _limit_set(tolerances)


def _guaranteed_concerns(duties: Sequence[Duty], tolerances: Tolerances,
                         report: FitReport | None = None) -> frozenset[str]:
    """Concerns the printed sheet must cover for this job: a typical day always, every
    deal-breaker (and the usual hours when one names a time, how physical the job is when
    one is about the body), where the role leads when the user said where they want to go,
    a requirement the user does not fully meet, the share and rota of a draining
    public-facing duty whose share is unknown, and the desk's core when the desk is a worry
    for this user
    (`desk_is_a_worry`); otherwise the desk questions compete by weight with the user's
    own worries."""
    if not duties:
        return frozenset()
    desk = desk_is_a_worry(duties, tolerances)
    core = {c for c in CORE_CONCERNS if desk or c not in _DESK_CORE}
    if any(p.strip() for p in tolerances.deal_breakers):
        core.add("deal_breaker")  # each deal-breaker's first question: it can end the job
    if tolerances.next_step.strip():
        core.add("progression")  # a step on their way, or a dead end
    if any("physical" in deal_breaker_kinds(p) for p in tolerances.deal_breakers if p.strip()):
        # sixteenth round (a24 spent): a deal-breaker about the body ("lifting over 15 kg")
        # keeps the question on how physical the job is beside it, as one naming a time
        # keeps the hours question
        core.add("physical")
    if any(_names_a_time(p) for p in tolerances.deal_breakers):
        # twelfth round (a16 spent): a deal-breaker naming a time ("working every
        # Saturday") keeps the usual-hours question on the sheet beside it
        core.add("schedule")
    if any(d.skill is not None and d.skill <= SKILL_GAP_MAX and d.develop == "yes"
           for d in duties):
        core.add("training")  # a duty they cannot do yet and want to learn
    if any(PUBLIC_FACING in effective_tags(d) and d.energy == "drains" and d.share is None
           for d in duties):
        # fifteenth round (a21, a22 spent): a public-facing duty that drains the user, of
        # unknown share: how much of it there is and how it is rostered are asked together.
        # Over a1-a22 coaches insisted on the rota question in 89 of the 128 such sheets
        # whose share question was printed; it fell off 4 of them (#11-#12)
        core |= {"desk_share", "desk_pattern"}
    if any(PUBLIC_FACING in effective_tags(d) and d.energy == "drains" and d.share is not None
           for d in duties):
        # twentieth round (a39 spent): ... and of a known share, when the busy and quiet
        # times come. Over a1-a39 coaches insisted on that question on 24 of the 35 such
        # sheets and called it a waste on 1
        core.add("desk_pattern")
    if report is not None and (report.requirements_not_yet or report.requirements_partly):
        # fourteenth round (a19 spent): every a19 sheet with a requirement not fully met
        # had the coach insist on asking about it (15 of 15); it fell off 9 of them
        core.add("requirements")
    return frozenset(core)


def _diverse_order(ranked: list[AskQuestion], guaranteed: frozenset[str]) -> list[AskQuestion]:
    """One question per concern before a second on any concern; the guaranteed core
    concerns' first questions are moved onto the printed ten if they fell off it.

    A two-part question counts for every concern it settles: after "how busy does the desk
    get, and when are the busy and quiet times?", a question on either concern alone is a
    second question, and both concerns are on the sheet."""
    seen: dict[str, int] = {}
    rounds = []
    for question in ranked:
        key = _concern_key(question)
        rounds.append(seen.get(key, 0))
        for concern in {key, *question.also}:
            seen[concern] = seen.get(concern, 0) + 1
    order = [q for _, _, q in sorted(zip(rounds, range(len(ranked)), ranked, strict=True),
                                     key=lambda item: item[:2])]
    first_round = {id(q) for r, q in zip(rounds, ranked, strict=True) if r == 0}

    # Seventeenth round (a27, a29, a30 spent): who covers the desk is kept on the sheet
    # whenever a question on cover alone applies (the job has a public-facing duty, a
    # deal-breaker about working alone, or an interruptions limit the ad cannot settle).
    # Over a1-a30 coaches insisted on it on 151 of 450 sheets and called it a waste on 7.
    cover_only = next((id(q) for q in order if set(q.covers) == {"cover"}), None)

    def kept(question: AskQuestion) -> set[str]:
        """The guaranteed concerns this question would keep on the sheet."""
        if id(question) == cover_only:
            return {"cover"}
        return set(question.covers) & guaranteed if id(question) in first_round else set()

    top = order[:PRINTED_QUESTIONS]
    for question in [q for q in order if kept(q)]:
        on_sheet = set().union(*(kept(q) for q in top))
        if any("cover" in q.covers for q in top):
            on_sheet.add("cover")  # asked already, beside another concern
        if question in top or kept(question) <= on_sheet:
            continue
        # Give up the least weighty place that is not itself a guaranteed question.
        spare = [q for q in top if not kept(q)]
        if not spare:
            break
        top.remove(min(spare, key=lambda q: (q.priority, -order.index(q))))
        top.append(question)
    top.sort(key=lambda q: (-q.priority, order.index(q)))
    rest = [q for q in order if q not in top]
    return _monotonic([*top, *rest])


def _monotonic(questions: list[AskQuestion]) -> list[AskQuestion]:
    """Priorities that never rise down the list, so stored lists sort the same way."""
    out: list[AskQuestion] = []
    ceiling = math.inf
    for question in questions:
        priority = round(min(question.priority, ceiling), 3)
        if out and priority >= out[-1].priority:
            priority = round(out[-1].priority - 0.001, 3)
        out.append(replace(question, priority=priority))
        ceiling = priority
    return out


def questions_to_ask(
    duties: Sequence[Duty],
    tolerances: Tolerances,
    report: FitReport | None = None,
    limit: int | None = None,
    bank: Sequence[BankEntry] | None = None,
) -> list[AskQuestion]:
    """Interview questions for this job, the most decision-changing first.

    report: the FitReport for the same duties and tolerances (computed if omitted).
    limit: keep only the first ``limit`` questions.
    bank: entries to draw from (defaults to coachkit/data/ask_bank.json).
    The result is deterministic: ties keep the bank's order, then the duties' order on
    the worksheet (the front desk the user typed first is asked about first).
    """
    duties = list(duties)
    place = {f"duty:{duty.text}": i for i, duty in reversed(list(enumerate(duties)))}
    report = report if report is not None else assess_fit(duties, tolerances)
    entries = list(bank if bank is not None else load_ask_bank())
    order = {entry.id: position for position, entry in enumerate(entries)}
    boosted = _boosted_topics(duties, tolerances, report)
    desk_damp = 1.0 if desk_is_a_worry(duties, tolerances) else DESK_NOT_A_WORRY
    best: dict[str, AskQuestion] = {}
    for situation in _situations(duties, tolerances, report):
        for entry in entries:
            if entry.situation != situation.name:
                continue
            boost = TOPIC_BOOST if entry.topics & boosted else 1.0
            desk_question = entry.concern in _DESK_CONCERNS or entry.situation == "always_desk"
            own_hours = situation.own_worry and entry.concern == "desk_share"
            if desk_question and not own_hours:
                boost *= desk_damp  # the desk's own questions, when it is no worry
            question = _question(entry, situation, boost)
            key = _dedupe_key(question, situation)
            kept = best.get(key)
            if kept is None or question.priority > kept.priority:
                best[key] = question
    ranked = sorted(best.values(), key=lambda q: (-q.priority, order[q.bank_id],
                                                  place.get(q.source, len(duties)), q.source))
    ranked = _diverse_order(ranked, _guaranteed_concerns(duties, tolerances, report))
    return ranked[:limit] if limit is not None else ranked
