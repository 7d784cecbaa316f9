"""Weigh how a job's duties fit the person: time, energy, skill and limits.

The worksheet asks, for each duty in the ad: roughly what share of the week it takes,
how good you are at it, whether it drains or energises you, and whether you want to
get better at it. ``assess_fit`` turns those answers into a report. It never guesses
a missing share and never rescales shares that do not add up to 100: an unknown is
reported as unknown, because the point is to find out what to ask at interview.

All dataclasses are plain and frozen so a storage layer can build them from rows
and a dashboard can read their fields directly.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace

ENERGY_LEVELS = ("drains", "neutral", "energises")
DEVELOP_CHOICES = ("yes", "maybe", "no")
REQUIREMENT_STATUSES = ("met", "partly", "not_yet")

# Energy as a number for the time-weighted average: -1 drains ... +1 energises.
ENERGY_SCORE = {"drains": -1.0, "neutral": 0.0, "energises": 1.0}
REQUIREMENT_CREDIT = {"met": 1.0, "partly": 0.5, "not_yet": 0.0}

# Shares typed by hand rarely add up exactly; half a point either way still counts.
SHARE_SUM_SLACK = 0.5

PUBLIC_FACING = "public_facing"
INTERRUPTIONS = "interruptions"


class FitInputError(ValueError):
    """A value on the worksheet is out of range; the message says which and why."""


# ---------------------------------------------------------------------------
# Tags
# ---------------------------------------------------------------------------

# Keyword -> tag, "|" between keywords. Keywords match at the start of a word, so
# "enquir" also catches "enquiries" and "phone" catches "phones" but not "telephone"
# (listed separately).
_TAG_KEYWORDS: dict[str, str] = {
    PUBLIC_FACING: (
        "reception|front desk|front-desk|circulation|customer|patron|phone|telephone|"
        "enquir|inquir|visitor|member of the public|members of the public|the public|"
        "service desk|help desk|helpdesk|help point|reference desk|enquiry desk|counter|"
        "greet|welcom|walk-in|switchboard|front of house|borrower|client|user queries"
    ),
    INTERRUPTIONS: (
        "reception|front desk|front-desk|circulation|phone|telephone|switchboard|"
        "walk-in|drop-in|help desk|helpdesk|service desk|enquiry desk|counter|on call|"
        "ad hoc|as needed|when needed|cover|queries|inbox"
    ),
    "phones": "phone|telephone|switchboard|calls",
    "detail": (
        "proofread|proof-read|copy-edit|copyedit|edit|catalogu|catalog|metadata|"
        "data entry|entering data|records|accura|check|invoice|spreadsheet|statistic|"
        "filing|audit"
    ),
    "own_pace": (
        "proofread|newsletter|flyer|poster|leaflet|social media|design|writ|research|"
        "report|catalogu|metadata|project|back office|back-office|behind the scenes|"
        "web page|guide"
    ),
    "creative": (
        "design|flyer|poster|leaflet|social media|newsletter|display|promot|marketing|"
        "content|publicity"
    ),
    "presenting": (
        "storytime|story time|workshop|training session|teach|instruction|presentation|"
        "presenting|tour|outreach|classes"
    ),
    "cash": "cash|till|payment|fines|fees|money",
    "conflict": "complaint|difficult|security|incident|behaviour|behavior|aggress|abusive|"
                "angry|dispute|confront|de-escalat",
    "physical": "shelv|lifting|trolley|boxes|moving stock|set up the room|setting up the room",
    "shifts": "evening|weekend|saturday|sunday|rota|shift|late shift|late opening|lates",
}

KNOWN_TAGS = frozenset(_TAG_KEYWORDS)

_TAG_PATTERNS = {
    tag: re.compile(r"\b(?:" + "|".join(map(re.escape, words.split("|"))) + r")")
    for tag, words in _TAG_KEYWORDS.items()
}


def suggest_tags(duty_text: str) -> set[str]:
    """Tags suggested by keywords in a duty, for the user to confirm or change.

    >>> sorted(suggest_tags("Staff the reception desk and answer phones"))
    ['interruptions', 'phones', 'public_facing']
    """
    lowered = duty_text.lower().replace("’", "'")
    return {tag for tag, pattern in _TAG_PATTERNS.items() if pattern.search(lowered)}


# ---------------------------------------------------------------------------
# Worksheet inputs
# ---------------------------------------------------------------------------


def _check_percent(value: float | None, what: str) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)) or math.isnan(value):
        raise FitInputError(f"{what} must be a number of percent (0 to 100), not {value!r}.")
    if not 0 <= value <= 100:
        raise FitInputError(
            f"{what} is {value:g}%; it must be between 0 and 100 percent of the working week."
        )
    return float(value)


def _check_choice(value: str, choices: Sequence[str], what: str) -> None:
    if value not in choices:
        raise FitInputError(f"{what} must be one of {', '.join(choices)}; got {value!r}.")


@dataclass(frozen=True)
class Duty:
    """One duty from the ad, as the user rated it.

    text: the duty in the ad's or the user's words.
    share: percent of the working week (0-100), or None when not known yet.
    skill: how good you are at it today, 1 (not yet) to 5 (very), or None.
    energy: "drains", "neutral" or "energises".
    develop: whether you want to get better at it: "yes", "maybe" or "no".
    tags: labels such as "public_facing", "interruptions", "detail", "own_pace"
        (see KNOWN_TAGS; any other string is allowed and matched by deal-breakers).
        Any iterable is accepted and stored as a frozenset.
    """

    text: str
    share: float | None = None
    skill: int | None = None
    energy: str = "neutral"
    develop: str = "maybe"
    tags: frozenset[str] = frozenset()

    def __post_init__(self) -> None:
        if not self.text.strip():
            raise FitInputError("A duty needs a few words saying what it is.")
        label = f"The share for “{self.text.strip()}”"
        object.__setattr__(self, "share", _check_percent(self.share, label))
        if self.skill is not None and self.skill not in (1, 2, 3, 4, 5):
            raise FitInputError(f"Skill for “{self.text}” must be 1 to 5; got {self.skill!r}.")
        _check_choice(self.energy, ENERGY_LEVELS, f"Energy for “{self.text}”")
        _check_choice(self.develop, DEVELOP_CHOICES, f"“Want to develop” for “{self.text}”")
        object.__setattr__(self, "tags", frozenset(self.tags))


@dataclass(frozen=True)
class Tolerances:
    """Limits the user set for themselves before looking at the job.

    max_public_facing_pct: most of the week you are willing to spend facing the
        public (front desk, phones, customers), or None for no limit set.
    max_interruptions_per_hour: how many interruptions an hour you can work with,
        or None for no limit set.
    deal_breakers: words or tags that rule a job out ("cold calling", "phones").
    next_step: where the user wants this kind of job to lead ("team leader",
        "collections work"), or "" if they did not say.
    """

    max_public_facing_pct: float | None = None
    max_interruptions_per_hour: float | None = None
    deal_breakers: list[str] = field(default_factory=list)
    next_step: str = ""

    def __post_init__(self) -> None:
        limit = _check_percent(self.max_public_facing_pct, "The limit for public-facing time")
        object.__setattr__(self, "max_public_facing_pct", limit)
        _check_rate(self.max_interruptions_per_hour, "The limit for interruptions an hour")


def _check_rate(value: float | None, what: str) -> None:
    if value is None:
        return
    if isinstance(value, bool) or not isinstance(value, (int, float)) or math.isnan(value):
        raise FitInputError(f"{what} must be a number, not {value!r}.")
    if value < 0:
        raise FitInputError(f"{what} cannot be negative; got {value:g}.")


@dataclass(frozen=True)
class Requirement:
    """One requirement from the ad and where the user stands on it.

    status: "met", "partly" or "not_yet".
    essential: False for the ad's desirable / nice-to-have items.
    """

    text: str
    status: str = "not_yet"
    essential: bool = True

    def __post_init__(self) -> None:
        _check_choice(self.status, REQUIREMENT_STATUSES, f"Status for “{self.text}”")


# ---------------------------------------------------------------------------
# Report
# ---------------------------------------------------------------------------

TOLERANCE_BREACHED = "tolerance_breached"
CANNOT_JUDGE = "cannot_judge"
DEAL_BREAKER = "deal_breaker"


@dataclass(frozen=True)
class Flag:
    """Something the user should look at before deciding.

    kind: "tolerance_breached", "cannot_judge" or "deal_breaker".
    subject: what it is about: "max_public_facing_pct", "max_interruptions_per_hour"
        or "deal_breaker:<phrase>".
    message: one plain sentence for the dashboard.
    duties: texts of the duties involved, if any.
    """

    kind: str
    subject: str
    message: str
    duties: tuple[str, ...] = ()


@dataclass(frozen=True)
class FitReport:
    """What the worksheet adds up to. Percentages are of the working week (0-100).

    known_share_total: sum of the shares the user entered; shown as is, never rescaled.
    shares_add_up: True when every duty has a share and they total 100 (+/- 0.5).
    unknown_share_duties: duties with no share yet.
    weighted_skill: time-weighted average skill (1-5) over duties with a known share
        and a skill rating; None if there are none.
    weighted_energy: time-weighted average energy, -1 (all drains) to +1 (all
        energises), over duties with a known share; None if there are none.
    drains_pct / energises_pct: known share of the week that drains / energises you.
    drains_is_lower_bound: some draining duty has no share, so drains_pct may be higher.
    drains_no_develop_pct: known share that drains you AND that you do not want to get
        better at; training can build a skill but not make you enjoy it.
    public_facing_pct: known share of public-facing duties (a lower bound when
        public_facing_unknown is not empty).
    public_facing_unknown: public-facing duties with no share yet.
    public_facing_upper_bound: the most public-facing time could be if every unassigned
        percent went to those duties; None when it cannot be bounded (shares already
        reach 100 although some are missing).
    public_facing_could_exceed: a limit is set, the known part is within it, and the
        unknown part could push it over.
    public_facing_limit: the user's limit, copied from Tolerances for display.
    flags: limits breached, limits that cannot be judged yet, deal-breakers matched.
    requirements_met_pct: met counts 1, partly 0.5, over all requirements; None if none.
    essential_met_pct: the same over essential requirements only; None if none.
    requirements_not_yet: requirements marked "not_yet", essential ones first.
    requirements_partly: requirements marked "partly", essential ones first.
    requirements_note: a sober sentence on what the requirement share means.
    guessed_tags: duties entered without tags whose tags were taken from suggest_tags.
    summary: the report in two or three plain sentences.
    """

    duty_count: int
    known_share_total: float
    shares_add_up: bool
    unknown_share_duties: tuple[str, ...]
    weighted_skill: float | None
    weighted_energy: float | None
    drains_pct: float
    energises_pct: float
    drains_is_lower_bound: bool
    drains_no_develop_pct: float
    public_facing_pct: float
    public_facing_unknown: tuple[str, ...]
    public_facing_upper_bound: float | None
    public_facing_could_exceed: bool
    public_facing_limit: float | None
    flags: tuple[Flag, ...]
    requirements_met_pct: float | None
    essential_met_pct: float | None
    requirements_not_yet: tuple[str, ...]
    requirements_note: str
    guessed_tags: tuple[str, ...]
    summary: str
    requirements_partly: tuple[str, ...] = ()


# ---------------------------------------------------------------------------
# Scoring
# ---------------------------------------------------------------------------


def effective_tags(duty: Duty) -> frozenset[str]:
    """The duty's own tags, or keyword suggestions when the user gave none.

    Falling back keeps an untagged "Staff the front desk" from counting as 0%
    public-facing, which would be the most misleading answer the worksheet could give.
    """
    return duty.tags or frozenset(suggest_tags(duty.text))


def _known(duties: Iterable[Duty]) -> list[Duty]:
    return [duty for duty in duties if duty.share is not None]


def _share_sum(duties: Iterable[Duty]) -> float:
    return round(float(sum(duty.share or 0.0 for duty in duties)), 2)


def _weighted_mean(pairs: Iterable[tuple[float, float]]) -> float | None:
    pairs = list(pairs)
    weight = sum(share for share, _ in pairs)
    if weight <= 0:
        return None
    return round(sum(share * value for share, value in pairs) / weight, 2)


def _public_facing_bounds(
    duties: Sequence[Duty], known_total: float
) -> tuple[float, tuple[str, ...], float | None]:
    facing = [duty for duty in duties if PUBLIC_FACING in effective_tags(duty)]
    lower = _share_sum(facing)
    unknown = tuple(duty.text for duty in facing if duty.share is None)
    if not unknown:
        return lower, unknown, lower
    unassigned = 100.0 - known_total
    # With shares already at 100 yet a duty unaccounted for, the known shares are
    # wrong somewhere; any bound would be false comfort.
    upper = round(lower + unassigned, 2) if unassigned > 0 else None
    return lower, unknown, upper


def _public_facing_flags(
    limit: float | None, lower: float, unknown: tuple[str, ...], upper: float | None
) -> list[Flag]:
    subject = "max_public_facing_pct"
    if limit is None:
        return []
    if lower > limit:
        # "At least" only while a public-facing share is missing; once every share is
        # known the figure is the whole of it.
        amount = "At least" if unknown else "About"
        message = f"{amount} {lower:g}% of the week faces the public; your limit is {limit:g}%."
        return [Flag(TOLERANCE_BREACHED, subject, message, unknown)]
    if unknown and (upper is None or upper > limit):
        names = ", ".join(f"“{text}”" for text in unknown)
        message = (
            f"Your limit of {limit:g}% public-facing time cannot be judged yet: "
            f"the share of {names} is unknown."
        )
        return [Flag(CANNOT_JUDGE, subject, message, unknown)]
    return []


def _interruption_flags(
    limit: float | None, rate: float | None, duties: Sequence[Duty]
) -> list[Flag]:
    subject = "max_interruptions_per_hour"
    involved = tuple(d.text for d in duties if INTERRUPTIONS in effective_tags(d))
    if limit is None:
        return []
    if rate is None:
        message = (
            f"Your limit of {limit:g} interruptions an hour cannot be judged yet: "
            "you do not know how often people would interrupt you in this job."
        )
        return [Flag(CANNOT_JUDGE, subject, message, involved)]
    if rate > limit:
        message = f"About {rate:g} interruptions an hour is above your limit of {limit:g}."
        return [Flag(TOLERANCE_BREACHED, subject, message, involved)]
    return []


def normalise_words(text: str) -> str:
    words = re.findall(r"[a-z0-9']+", text.lower().replace("’", "'"))
    # A trailing plural "s" should not stop "phones" from matching "phone".
    return " ".join(word[:-1] if len(word) > 3 and word.endswith("s") else word for word in words)


def deal_breaker_matches(phrase: str, duty: Duty) -> bool:
    """True when a deal-breaker phrase appears in the duty's text or names one of its tags."""
    wanted = normalise_words(phrase)
    if not wanted:
        return False
    tag_form = phrase.strip().lower().replace(" ", "_").replace("-", "_")
    if tag_form in effective_tags(duty):
        return True
    return f" {wanted} " in f" {normalise_words(duty.text)} "


def _deal_breaker_flags(phrases: Sequence[str], duties: Sequence[Duty]) -> list[Flag]:
    flags = []
    for phrase in phrases:
        matched = tuple(duty.text for duty in duties if deal_breaker_matches(phrase, duty))
        if matched:
            names = ", ".join(f"“{text}”" for text in matched)
            message = f"You marked “{phrase.strip()}” as a deal-breaker; it appears in {names}."
            flags.append(Flag(DEAL_BREAKER, f"deal_breaker:{phrase.strip()}", message, matched))
    return flags


def _requirement_shares(
    requirements: Sequence[Requirement],
) -> tuple[float | None, float | None]:
    def pct(items: Sequence[Requirement]) -> float | None:
        if not items:
            return None
        return round(100 * sum(REQUIREMENT_CREDIT[r.status] for r in items) / len(items), 1)

    return pct(requirements), pct([r for r in requirements if r.essential])


def requirements_note(requirements: Sequence[Requirement]) -> str:
    """What the requirement share means for applying, without invented statistics."""
    if not requirements:
        return "No requirements entered yet; add them from the ad to see how you line up."
    gaps = [r for r in requirements if r.status == "not_yet"]
    essential_gaps = [r for r in gaps if r.essential]
    essential_partly = [r for r in requirements if r.essential and r.status == "partly"]
    caution = (
        "This share describes how your background lines up with the ad's wording; "
        "it is not a chance of being hired, and ads often mix must-haves with wishes."
    )
    one = len(essential_partly) == 1
    partly = (
        f"{_count(len(essential_partly), 'essential requirement')} "
        f"{'is' if one else 'are'} only partly met"
    )
    close = f"Be ready to show how you would close {'it' if one else 'them'}."
    if essential_gaps:
        return (
            f"{len(essential_gaps)} essential requirement(s) are not met yet. {caution} "
            "Before applying, check whether each gap is a hard rule (a licence, a degree "
            "named in law) or something you could show you are learning."
            + (f" {partly.capitalize()}; {close[0].lower()}{close[1:]}" if essential_partly
               else "")
        )
    if essential_partly:
        desirable = ", and some desirable items are not met yet" if gaps else ""
        return f"No essential requirement is missing, but {partly}{desirable}. {caution} {close}"
    if not gaps:
        return f"You meet or partly meet every listed requirement. {caution}"
    return (
        f"The only gaps are desirable items. {caution} Be ready to say how you would pick them up."
    )


def _count(number: int, noun: str) -> str:
    words = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five"}
    return f"{words.get(number, str(number))} {noun}{'' if number == 1 else 's'}"


def _requirements_not_yet(requirements: Sequence[Requirement]) -> tuple[str, ...]:
    gaps = [r for r in requirements if r.status == "not_yet"]
    return tuple(r.text for r in sorted(gaps, key=lambda r: not r.essential))


def _requirements_partly(requirements: Sequence[Requirement]) -> tuple[str, ...]:
    partly = [r for r in requirements if r.status == "partly"]
    return tuple(r.text for r in sorted(partly, key=lambda r: not r.essential))


EMPTY_JOB_SUMMARY = (
    "Add the duties from the ad first, one line each, then estimate roughly what share "
    "of the week each one takes. Until then there is nothing to weigh."
)


def assess_fit(
    duties: Sequence[Duty],
    tolerances: Tolerances,
    requirements: Sequence[Requirement] = (),
    interruptions_per_hour: float | None = None,
) -> FitReport:
    """Weigh the duties against the user's limits and return a FitReport.

    interruptions_per_hour: what the employer said (or the user observed), if known.
    Raises FitInputError (a ValueError) for out-of-range inputs.
    """
    _check_rate(interruptions_per_hour, "Interruptions an hour")
    duties = list(duties)
    requirements = list(requirements)
    known = _known(duties)
    known_total = _share_sum(known)
    unknown = tuple(duty.text for duty in duties if duty.share is None)
    pf_lower, pf_unknown, pf_upper = _public_facing_bounds(duties, known_total)
    limit = tolerances.max_public_facing_pct
    flags = (
        _public_facing_flags(limit, pf_lower, pf_unknown, pf_upper)
        + _interruption_flags(tolerances.max_interruptions_per_hour, interruptions_per_hour, duties)
        + _deal_breaker_flags(tolerances.deal_breakers, duties)
    )
    met_pct, essential_pct = _requirement_shares(requirements)
    draining = [duty for duty in duties if duty.energy == "drains"]
    report = FitReport(
        duty_count=len(duties),
        known_share_total=known_total,
        shares_add_up=not unknown and bool(duties) and abs(known_total - 100) <= SHARE_SUM_SLACK,
        unknown_share_duties=unknown,
        weighted_skill=_weighted_mean(
            (d.share, d.skill) for d in known if d.skill is not None and d.share
        ),
        weighted_energy=_weighted_mean((d.share, ENERGY_SCORE[d.energy]) for d in known if d.share),
        drains_pct=_share_sum(d for d in known if d.energy == "drains"),
        energises_pct=_share_sum(d for d in known if d.energy == "energises"),
        drains_is_lower_bound=any(d.share is None for d in draining),
        drains_no_develop_pct=_share_sum(
            d for d in known if d.energy == "drains" and d.develop == "no"
        ),
        public_facing_pct=pf_lower,
        public_facing_unknown=pf_unknown,
        public_facing_upper_bound=pf_upper,
        public_facing_could_exceed=bool(
            limit is not None
            and pf_unknown
            and pf_lower <= limit
            and (pf_upper is None or pf_upper > limit)
        ),
        public_facing_limit=limit,
        flags=tuple(flags),
        requirements_met_pct=met_pct,
        essential_met_pct=essential_pct,
        requirements_not_yet=_requirements_not_yet(requirements),
        requirements_partly=_requirements_partly(requirements),
        requirements_note=requirements_note(requirements),
        guessed_tags=tuple(d.text for d in duties if not d.tags and suggest_tags(d.text)),
        summary="",
    )
    return _with_summary(report)


# ---------------------------------------------------------------------------
# Summary
# ---------------------------------------------------------------------------


def _energy_clause(report: FitReport) -> str:
    if report.known_share_total <= 0:
        return "No duty has a share yet, so how the week would feel is unknown"
    if report.drains_pct > 0:
        at_least = "At least" if report.drains_is_lower_bound else "About"
        clause = f"{at_least} {report.drains_pct:g}% of this job drains you"
    elif report.drains_is_lower_bound:
        clause = "How much of this job drains you is unknown"
    else:
        clause = "None of the duties with a known share drains you"
    if report.energises_pct > 0:
        clause += f"; about {report.energises_pct:g}% energises you"
    return clause


def _public_facing_clause(report: FitReport) -> str | None:
    limit = report.public_facing_limit
    if report.public_facing_unknown:
        if report.public_facing_pct > 0:
            # Name what is still missing: "the front-desk share" would be wrong once the
            # desk's own share is known and only, say, the phones are not.
            names = ", ".join(f"“{text}”" for text in report.public_facing_unknown)
            over = ""
            if limit is not None and report.public_facing_pct > limit:
                over = f", already above your limit of {limit:g}%"
            return (
                f"at least {report.public_facing_pct:g}% faces the public{over}; the share "
                f"of {names} is still unknown"
            )
        return "the front-desk (public-facing) share is unknown"
    if report.public_facing_pct <= 0:
        return None
    clause = f"about {report.public_facing_pct:g}% faces the public"
    if limit is not None:
        side = "above" if report.public_facing_pct > limit else "within"
        clause += f", {side} your limit of {limit:g}%"
    return clause


def _shares_sentence(report: FitReport) -> str | None:
    missing = len(report.unknown_share_duties)
    named = len(report.public_facing_unknown) if report.public_facing_pct > 0 else 0
    if missing:
        if missing == named:
            return None  # the public-facing clause has already named each of them
        other = " other" if named else ""
        duty_word = "duty has" if missing - named == 1 else "duties have"
        return f"{missing - named}{other} {duty_word} no share yet."
    if not report.shares_add_up:
        return (
            f"The shares you entered add up to {report.known_share_total:g}%, not 100%; "
            "they have not been rescaled, so check them."
        )
    return None


def _flags_sentence(report: FitReport) -> str | None:
    sentences = [
        flag.message
        for flag in report.flags
        if flag.kind in (TOLERANCE_BREACHED, DEAL_BREAKER)
        # A public-facing breach is already stated in the opening clause.
        and flag.subject != "max_public_facing_pct"
    ]
    return " ".join(sentences) or None


def _develop_sentence(report: FitReport) -> str | None:
    if report.drains_no_develop_pct <= 0:
        return None
    return (
        f"{report.drains_no_develop_pct:g}% of the week is work that drains you and that you "
        "do not want to get better at; training can build a skill, not a liking for it."
    )


def _advice(report: FitReport) -> str:
    if report.unknown_share_duties or any(f.kind == CANNOT_JUDGE for f in report.flags):
        return "Ask before deciding."
    if report.flags:
        return "Weigh this carefully and ask whether those duties could be shared or reduced."
    if report.drains_pct >= 50:
        return "No limit is crossed, but most of the week would drain you; weigh that too."
    return "Nothing you entered rules it out; check the details at interview."


def _summary(report: FitReport) -> str:
    if report.duty_count == 0:
        return EMPTY_JOB_SUMMARY
    clauses = [_energy_clause(report), _public_facing_clause(report)]
    opening = "; ".join(clause for clause in clauses if clause)
    unknowns = bool(report.unknown_share_duties) or any(
        f.kind == CANNOT_JUDGE for f in report.flags
    )
    if unknowns and not _flags_sentence(report):
        # Keep the short form the worksheet is built around:
        # "About 60% of this job drains you; the front-desk share is unknown; ask ..."
        rest = [_shares_sentence(report), _develop_sentence(report)]
        tail = " ".join(s for s in rest if s)
        return f"{opening}; ask before deciding." + (f" {tail}" if tail else "")
    sentences = [
        opening + ".",
        _shares_sentence(report),
        _flags_sentence(report),
        _develop_sentence(report),
        _advice(report),
    ]
    return " ".join(s for s in sentences if s)


def flags_beyond_summary(report: FitReport) -> tuple[Flag, ...]:
    """The flags whose fact the summary does not already state, for a view that shows
    the summary and a list of flags together (each fact said once)."""
    shown = []
    for flag in report.flags:
        if flag.subject == "max_public_facing_pct":
            continue  # the summary's public-facing clause states the share against the limit
        if flag.kind in (TOLERANCE_BREACHED, DEAL_BREAKER) and flag.message in report.summary:
            continue
        shown.append(flag)
    return tuple(shown)


def _with_summary(report: FitReport) -> FitReport:
    return replace(report, summary=_summary(report))
