"""Ranking the questions to ask at interview."""

from __future__ import annotations

import re

import pytest

from coachkit.analysis.job_fit import KNOWN_TAGS, Duty, Requirement, Tolerances, assess_fit
from coachkit.analysis.questions_to_ask import (
    PRINTED_QUESTIONS,
    AskBankError,
    AskQuestion,
    load_ask_bank,
    parse_ask_bank,
    questions_to_ask,
)
from coachkit.domain import vocab

FRONT_DESK = "Reception and customer service at the front desk"


def seed_job() -> tuple[list[Duty], Tolerances]:
    """The letter: a front-desk share nobody has stated, detail work she is good at,
    and a limit on public-facing time she has set for herself."""
    duties = [
        Duty(FRONT_DESK, None, 2, "drains", "maybe", {"public_facing", "interruptions"}),
        Duty("Proofread documents", 25, 5, "energises", "yes", {"detail", "own_pace"}),
        Duty("Post on the library's social media", 20, 4, "energises", "yes", {"creative"}),
        Duty("Put together flyers and newsletters", 20, 4, "energises", "yes", {"creative"}),
    ]
    return duties, Tolerances(max_public_facing_pct=30)


def ask(duties: list[Duty], tolerances: Tolerances, **kwargs: object) -> list[AskQuestion]:
    return questions_to_ask(duties, tolerances, assess_fit(duties, tolerances), **kwargs)


def ids(questions: list[AskQuestion]) -> list[str]:
    return [q.bank_id for q in questions]


# --- the seed situation ---------------------------------------------------------------


def test_unknown_front_desk_share_is_asked_first() -> None:
    questions = ask(*seed_job())
    first = questions[0]
    assert first.bank_id == "share_front_desk"
    assert first.source == f"duty:{FRONT_DESK}"
    assert FRONT_DESK in first.text
    assert "hours" in first.text


def test_seed_list_has_the_questions_readers_recommend() -> None:
    found = set(ids(ask(*seed_job())))
    for bank_id in (
        "typical_day",
        "desk_busy",
        "busy_slow",
        "task_division",
        "people_per_hour",
        "interruptions_handled",
        "training_new_starters",
        "success_six_months",
        "why_open",
        "talk_to_someone",
        "observe_desk",
    ):
        assert bank_id in found, bank_id


def test_the_limit_that_cannot_be_judged_is_asked_about() -> None:
    questions = ask(*seed_job())
    tolerance = [q for q in questions if q.source == "tolerance:max_public_facing_pct"]
    assert tolerance and "30%" in tolerance[0].why


def test_desk_and_proofreading_together_raise_the_interruption_question() -> None:
    questions = ask(*seed_job())
    mix = next(q for q in questions if q.bank_id == "detail_when_busy")
    assert "Proofread documents" in mix.text
    assert mix.source == "mix:desk+detail"


def test_ranking_is_deterministic() -> None:
    duties, tolerances = seed_job()
    assert ask(duties, tolerances) == ask(duties, tolerances)
    assert ask(duties, tolerances) == ask(list(duties), Tolerances(max_public_facing_pct=30))


def test_sorted_by_priority_and_no_duplicates() -> None:
    questions = ask(*seed_job())
    priorities = [q.priority for q in questions]
    assert priorities == sorted(priorities, reverse=True)
    texts = [q.text for q in questions]
    assert len(texts) == len(set(texts))


def test_all_slots_are_filled() -> None:
    duties, _ = seed_job()
    tolerances = Tolerances(30, 3, ["newsletter"])
    requirements = [Requirement("Library degree", "not_yet")]
    report = assess_fit(duties, tolerances, requirements, interruptions_per_hour=9)
    for question in questions_to_ask(duties, tolerances, report):
        assert not re.search(r"[{}]", question.text + question.why), question


def test_limit_keeps_the_top_questions() -> None:
    duties, tolerances = seed_job()
    assert ask(duties, tolerances, limit=5) == ask(duties, tolerances)[:5]


def test_report_is_optional() -> None:
    duties, tolerances = seed_job()
    assert questions_to_ask(duties, tolerances) == ask(duties, tolerances)


# --- ranking rules --------------------------------------------------------------------


def test_front_desk_outranks_other_unknown_draining_duties_and_deal_breakers() -> None:
    """With a limit on public-facing time, the desk's unknown share decides the job and
    comes first, ahead of draining duties and a deal-breaker."""
    duties = [
        Duty("Chase overdue loans by email", None, 3, "drains", "no"),
        Duty("Run the children's storytime", None, 2, "drains", "no"),
        Duty("Staff the circulation desk", None, 3, "neutral", "maybe"),
        Duty("Catalogue donations", 40, 5, "energises"),
    ]
    tolerances = Tolerances(30, deal_breakers=["storytime"])
    questions = ask(duties, tolerances)
    assert questions[0].bank_id == "share_front_desk"
    assert questions[0].source == "duty:Staff the circulation desk"
    assert {"duty:Chase overdue loans by email", "duty:Run the children's storytime"} <= {
        q.source for q in questions if q.bank_id == "share_duty"
    }


def test_a_desk_the_user_does_not_mind_gives_way_to_their_own_worries() -> None:
    """Held-out worksheets a1 (issue 16): coaches put a deal-breaker and draining work
    ahead of the share of a desk the candidate is happy to staff (neutral, no limit).
    Seventh round: over a1-a6 the coaches insisted on the desk's share only when the
    candidate set a public-facing limit (22 of 24 such sheets with the share unknown, none
    without a limit, and 24 sheets without one called it a waste). With no limit, and a
    desk that does not drain them, its share is asked like any other duty's, after the
    printed ten; with a limit its hours come first."""
    duties = [
        Duty("Chase overdue loans by email", None, 3, "drains", "no"),
        Duty("Run the children's storytime", None, 2, "drains", "no"),
        Duty("Staff the circulation desk", None, 3, "neutral", "maybe"),
        Duty("Catalogue donations", 40, 5, "energises"),
    ]
    questions = ask(duties, Tolerances(deal_breakers=["storytime"]))
    rank = {(q.bank_id, q.source): i for i, q in enumerate(questions)}
    desk = rank[("share_duty", "duty:Staff the circulation desk")]
    assert questions[0].source == "duty:Run the children's storytime"  # the deal-breaker
    assert questions[0].bank_id == "share_duty"
    assert desk >= PRINTED_QUESTIONS  # still asked, after the candidate's own worries
    assert not any(q.bank_id == "share_front_desk" for q in questions)
    limited = ask(duties, Tolerances(30, deal_breakers=["storytime"]))
    assert limited[0].bank_id == "share_front_desk"
    assert limited[0].source == "duty:Staff the circulation desk"


def test_a_deal_breaker_no_duty_mentions_is_still_asked_about() -> None:
    duties = [Duty("Pick and pack orders", 70, 4, "neutral", "no", {"physical"}),
              Duty("Check deliveries in", None, 3, "energises", "yes", {"detail"})]
    questions = ask(duties, Tolerances(deal_breakers=["night shifts", "  "]))
    asked = [q for q in questions if q.concern == "deal_breaker"]
    assert [q.text for q in asked] == [
        "Does the role ever involve night shifts, and if so, how often?"]
    assert asked[0].source == "deal_breaker:night shifts"
    assert questions.index(asked[0]) < 3
    assert "night shifts a deal-breaker" in asked[0].why


def test_more_draining_unknown_share_ranks_higher() -> None:
    duties = [
        Duty("Process holds", None, 3, "neutral"),
        Duty("Deal with complaints", None, 2, "drains", "no"),
    ]
    questions = [q for q in ask(duties, Tolerances()) if q.bank_id == "share_duty"]
    assert [q.source for q in questions] == [
        "duty:Deal with complaints",
        "duty:Process holds",
    ]


def test_draining_duty_above_threshold_is_asked_about() -> None:
    duties = [
        Duty("Answer the phones", 40, 3, "drains", "no", {"public_facing", "phones"}),
        Duty("Sort the post", 10, 3, "drains"),
        Duty("Edit reports", 50, 5, "energises"),
    ]
    questions = ask(duties, Tolerances())
    shared = [q.source for q in questions if q.bank_id == "draining_shared"]
    assert shared == ["duty:Answer the phones"]  # 10% is under the threshold
    assert "40%" in next(q.why for q in questions if q.bank_id == "draining_shared")
    assert "draining_progression" in ids(questions)
    assert "phones_volume" in ids(questions)


def test_interruption_limit_that_cannot_be_judged() -> None:
    duties, _ = seed_job()
    questions = ask(duties, Tolerances(max_interruptions_per_hour=4))
    rate = next(q for q in questions if q.bank_id == "tolerance_interruption_rate")
    assert rate.source == "tolerance:max_interruptions_per_hour"
    assert "4 interruptions an hour" in rate.why
    assert ids(questions).index("tolerance_interruption_rate") < ids(questions).index("typical_day")


def test_breached_limits_and_deal_breakers() -> None:
    duties = [
        Duty(FRONT_DESK, 60, 3, "drains", "maybe", {"public_facing"}),
        Duty("Make cold calls to lapsed members", 10, 2, "drains", "no"),
        Duty("Proofread documents", 30, 5, "energises", "yes", {"detail"}),
    ]
    tolerances = Tolerances(30, 2, ["cold calls"])
    report = assess_fit(duties, tolerances, interruptions_per_hour=6)
    questions = questions_to_ask(duties, tolerances, report)
    found = ids(questions)
    assert "breached_public_swap" in found and "breached_interruption_focus" in found
    swap = next(q for q in questions if q.bank_id == "breached_public_swap")
    assert "60%" in swap.why and "30%" in swap.why
    deal = next(q for q in questions if q.bank_id == "deal_breaker_reality")
    assert deal.source == "deal_breaker:cold calls"
    assert "Make cold calls" in deal.text


def test_requirement_gaps_are_asked_essential_first() -> None:
    duties, tolerances = seed_job()
    requirements = [
        Requirement("Canva", "not_yet", essential=False),
        Requirement("Library degree", "not_yet"),
        Requirement("Customer service experience", "met"),
    ]
    report = assess_fit(duties, tolerances, requirements)
    gaps = [
        q.source
        for q in questions_to_ask(duties, tolerances, report)
        if q.bank_id == "requirement_gap"
    ]
    assert gaps == ["requirement:Library degree", "requirement:Canva"]


def test_job_without_a_desk_gets_no_desk_questions() -> None:
    duties = [Duty("Catalogue new stock", 70, 5, "energises"), Duty("Write reports", 30, 4)]
    found = ids(ask(duties, Tolerances()))
    assert "typical_day" in found and "busy_slow" in found and "task_division" in found
    assert "desk_busy" not in found and "observe_desk" not in found


def test_no_duties_still_gives_the_always_useful_questions() -> None:
    questions = ask([], Tolerances())
    assert questions[0].bank_id == "typical_day"
    assert {q.source for q in questions} == {"always"}


def test_kind_of_duty_questions_are_asked_once() -> None:
    duties = [
        Duty("Write the newsletter", 30, tags={"own_pace"}),
        Duty("Write the annual report", 10, tags={"own_pace"}),
    ]
    deadlines = [q for q in ask(duties, Tolerances()) if q.bank_id == "own_pace_deadlines"]
    assert [q.source for q in deadlines] == ["duty:Write the newsletter"]


def test_long_duty_text_is_shortened_inside_the_question() -> None:
    long_text = "Staff the front desk " + "and do many other things " * 10
    question = next(q for q in ask([Duty(long_text)], Tolerances())
                    if q.source.startswith("duty:"))
    assert question.source == f"duty:{long_text}"
    assert "…" in question.text and len(question.text) < 150


# --- diversity and the printed ten (seed 004) -------------------------------------------

PHONES = "Answer the phones and email enquiries"


def seed_job_with_phones(**limits: object) -> tuple[list[Duty], Tolerances]:
    """The letter's job as a reader would enter it from a real ad: the desk and the
    phones both public-facing with no share yet, and every tag the user ticked."""
    duties = [
        Duty(FRONT_DESK, None, 2, "drains", "maybe", {"public_facing", "interruptions"}),
        Duty(PHONES, None, 2, "drains", "maybe", {"public_facing", "interruptions", "phones"}),
        Duty("Proofread documents", 25, 5, "energises", "yes", {"detail", "own_pace"}),
        Duty("Post on the library's social media", 20, 4, "energises", "yes", {"creative"}),
        Duty("Put together flyers and newsletters", 20, 4, "energises", "yes", {"creative"}),
    ]
    return duties, Tolerances(max_public_facing_pct=30, **limits)  # type: ignore[arg-type]


SEED_CORE = ("desk_share", "desk_busyness", "busy_slow", "task_division", "interruptions",
             "typical_day")


@pytest.mark.parametrize("limits", [{}, {"max_interruptions_per_hour": 4},
                                    {"deal_breakers": ["cold calling"]}])
def test_seed_core_topics_are_on_the_printed_ten(limits: dict[str, object]) -> None:
    printed = ask(*seed_job_with_phones(**limits))[:PRINTED_QUESTIONS]
    concerns = [c for q in printed for c in q.covers]  # a two-part question settles two
    for concern in SEED_CORE:
        assert concern in concerns, (concern, [q.bank_id for q in printed])
    assert "typical_day" in ids(printed)
    assert printed[0].bank_id == "share_front_desk" and FRONT_DESK in printed[0].text


def test_one_question_per_concern_before_a_second() -> None:
    questions = ask(*seed_job_with_phones())
    seen: set[str] = set()
    repeated = False
    firsts = 0
    for q in questions:
        if q.concern in seen:
            repeated = True
        else:
            assert not repeated, f"{q.bank_id} is a first on its concern after a repeat"
            firsts += 1
        seen.update(q.covers)  # after a two-part question, both its concerns are asked
    # The same hours question for the second public-facing duty waits its turn.
    shares = [i for i, q in enumerate(questions) if q.bank_id == "share_front_desk"]
    assert shares[0] == 0 and shares[1] >= firsts


def _content_words(text: str) -> set[str]:
    filler = set("a an the to of and or in on at by for is are do does would could i me my "
                 "this that what how when who which there it be".split())
    text = re.sub(r"“[^”]*”", " ", text)  # a quoted duty is a slot, not the question's words
    return {w[:5] for w in re.findall(r"[a-z]+", text.lower()) if w not in filler}


@pytest.mark.parametrize("job", ["seed", "phones", "breached", "no_desk"])
def test_no_near_duplicates_on_the_printed_ten(job: str) -> None:
    jobs = {
        "seed": seed_job(),
        "phones": seed_job_with_phones(max_interruptions_per_hour=4),
        "breached": ([Duty(FRONT_DESK, 60, 3, "drains", "no", {"public_facing"}),
                      Duty(PHONES, 20, 3, "drains", "no", {"public_facing", "phones"}),
                      Duty("Proofread documents", 20, 5, "energises", "yes", {"detail"})],
                     Tolerances(30, 2)),
        "no_desk": ([Duty("Catalogue new stock", 70, 5, "energises", tags={"detail"}),
                     Duty("Write reports", None, 4, tags={"own_pace"})], Tolerances()),
    }
    duties, tolerances = jobs[job]
    report = assess_fit(duties, tolerances, interruptions_per_hour=6)
    printed = questions_to_ask(duties, tolerances, report)[:PRINTED_QUESTIONS]
    assert len({q.concern for q in printed}) == len(printed)
    for i, a in enumerate(printed):
        for b in printed[i + 1:]:
            wa, wb = _content_words(a.text), _content_words(b.text)
            overlap = len(wa & wb) / min(len(wa), len(wb))
            assert overlap < 0.5, (a.text, b.text)


@pytest.mark.parametrize("tag", sorted(KNOWN_TAGS))
def test_every_tag_the_user_gives_brings_up_a_question(tag: str) -> None:
    duty = Duty("Duty X", 30, 3, "neutral", "maybe", {tag})
    questions = ask([duty, Duty("Other work", 70, 3)], Tolerances())
    about = {q.concern for q in questions if q.source == "duty:Duty X"}
    about |= {q.concern for q in questions[:PRINTED_QUESTIONS]}
    wanted = {"public_facing": "desk_busyness", "interruptions": "interruptions",
              "phones": "phones", "detail": "checking", "own_pace": "deadlines",
              "creative": "creative", "presenting": "presenting", "cash": "cash",
              "conflict": "conflict", "physical": "physical", "shifts": "schedule"}
    assert wanted[tag] in about


def test_the_worksheet_offers_every_tag_the_questions_use() -> None:
    assert set(vocab.DUTY_TAGS) == KNOWN_TAGS


def test_priorities_follow_the_diverse_order() -> None:
    questions = ask(*seed_job_with_phones())
    assert [q.priority for q in questions] == sorted((q.priority for q in questions),
                                                     reverse=True)
    assert all(q.priority > 0 for q in questions)


# --- the bank -------------------------------------------------------------------------


def test_bank_has_at_least_40_well_formed_entries() -> None:
    bank = load_ask_bank()
    assert len(bank) >= 40
    assert len({entry.id for entry in bank}) == len(bank)
    for entry in bank:
        assert entry.text.endswith("?"), entry.id
        assert entry.why and entry.priority > 0
        assert entry.situation


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({}, "'questions' list"),
        ({"questions": ["x"]}, "not an object"),
        ({"questions": [{"id": "a", "text": "?"}]}, "missing priority, tags, why"),
        (
            {"questions": [{"id": "a", "text": "?", "why": "", "tags": [], "priority": 1}]},
            "exactly one 'when:'",
        ),
        (
            {"questions": [{"id": "a", "text": "?", "why": "", "tags": ["when:x"], "priority": 1}]},
            "unknown situation",
        ),
        (
            {
                "questions": [
                    {"id": "a", "text": "?", "why": "", "tags": ["when:always"], "priority": 0}
                ]
            },
            "positive priority",
        ),
        (
            {
                "questions": [
                    {"id": "a", "text": "?", "why": "", "tags": ["when:always"], "priority": 1}
                ]
                * 2
            },
            "repeated: a",
        ),
    ],
)
def test_bank_errors_name_the_problem(data: object, message: str) -> None:
    with pytest.raises(AskBankError, match=re.escape(message)):
        parse_ask_bank(data)


def test_custom_bank() -> None:
    bank = parse_ask_bank(
        {
            "questions": [
                {
                    "id": "only",
                    "text": "Why?",
                    "why": "Because.",
                    "tags": ["when:always"],
                    "priority": 1,
                }
            ]
        }
    )
    duties, tolerances = seed_job()
    assert ids(ask(duties, tolerances, bank=bank)) == ["only"]


def test_the_printed_sheet_prints_the_ten_the_ranking_plans_for() -> None:
    from coachkit.ui.interview_sheet import TOP_QUESTIONS

    assert TOP_QUESTIONS == PRINTED_QUESTIONS


def test_a_duty_to_learn_from_scratch_puts_training_on_the_printed_sheet() -> None:
    """Held-out worksheets a1 and a2: coaches wanted the training question whenever the
    candidate is new to a duty they mean to learn; it used to fall to 12th-17th."""
    duties = [Duty("Staff the box office", None, 3, "neutral", "maybe", {"public_facing"}),
              Duty("Run school workshops", None, 1, "energises", "yes", {"presenting"}),
              Duty("Update the visitor database", 20, 4, "neutral", "maybe", {"detail"})]
    printed = ask(duties, Tolerances())[:PRINTED_QUESTIONS]
    training = [q for q in printed if q.bank_id == "duty_training"]
    assert training and training[0].source == "duty:Run school workshops"


def test_a_deal_breaker_about_working_alone_asks_who_else_is_on_shift() -> None:
    """a10: "the only member of staff on site overnight" is about being alone, not about the
    hours; the back-up question is on the printed ten, and the night alone does not bring up
    the hours question."""
    duties = [Duty("Check in late arrivals at the front desk", None, 3, "neutral", "no",
                   {"public_facing", "phones"}),
              Duty("Run the night audit", None, 5, "energises", "no", {"detail"}),
              Duty("Walk the car park at closing", None, 3, "neutral", "no", {"physical"})]
    breakers = ["being the only member of staff on site overnight"]
    questions = ask(duties, Tolerances(deal_breakers=breakers))
    printed = [q.bank_id for q in questions[:PRINTED_QUESTIONS]]
    assert "alone_deal_breaker" in printed
    alone = next(q for q in questions if q.bank_id == "alone_deal_breaker")
    assert "only member of staff on site overnight" in alone.why
    assert "hours_deal_breaker" not in [q.bank_id for q in questions]
    assert "hours_deal_breaker" in [
        q.bank_id for q in ask(duties, Tolerances(deal_breakers=["overnight shifts"]))]
    assert "alone_deal_breaker" not in [
        q.bank_id for q in ask(duties, Tolerances(deal_breakers=["overnight shifts"]))]


def test_a_deal_breaker_about_hours_brings_the_rota_question_up() -> None:
    duties = [Duty("Serve customers on the tills", None, 3, "neutral", "maybe",
                   {"public_facing", "cash", "shifts"}),
              Duty("Restock shelves", None, 4, "neutral", "maybe", {"physical"})]

    def rota_rank(breakers: list[str]) -> int:
        questions = ask(duties, Tolerances(deal_breakers=breakers))
        return next(i for i, q in enumerate(questions) if q.bank_id == "shifts_rota")

    assert rota_rank(["working past 2.45pm on school days"]) < rota_rank(["cold calling"])
    assert rota_rank(["night shifts"]) < rota_rank(["cold calling"])
    assert rota_rank(["night shifts"]) < PRINTED_QUESTIONS


@pytest.mark.parametrize(("name", "at_least"), [("ask_a1", 0.78), ("ask_a2", 0.72),
                                                ("ask_a3", 0.76), ("ask_a4", 0.75),
                                                ("ask_a5", 0.77), ("ask_a6", 0.83),
                                                ("ask_a7", 0.85), ("ask_a8", 0.86),
                                                ("ask_a9", 0.88), ("ask_a10", 0.88),
                                                ("ask_a11", 0.81), ("ask_a12", 0.92),
                                                ("ask_a13", 0.79), ("ask_a14", 0.84),
                                                ("ask_a15", 0.81), ("ask_a16", 0.85),
                                                ("ask_a17", 0.84), ("ask_a18", 0.86),
                                                ("ask_a19", 0.99), ("ask_a20", 0.99),
                                                ("ask_a21", 0.98), ("ask_a22", 0.99),
                                                ("ask_a23", 0.98), ("ask_a24", 0.98),
                                                ("ask_a25", 0.97), ("ask_a26", 0.97),
                                                ("ask_a27", 0.98), ("ask_a28", 0.98),
                                                ("ask_a29", 0.98), ("ask_a30", 0.99),
                                                ("ask_a31", 0.99), ("ask_a32", 0.97),
                                                ("ask_a33", 1.00), ("ask_a34", 0.98),
                                                ("ask_a35", 1.00), ("ask_a36", 1.00),
                                                ("ask_a37", 0.99), ("ask_a38", 0.93),
                                                ("ask_a39", 0.99), ("ask_a40", 1.00),
                                                ("ask_a41", 0.99), ("ask_a42", 1.00),
                                                ("ask_a43", 0.98), ("ask_a44", 0.97),
                                                ("ask_a45", 0.97), ("ask_a46", 1.00),
                                                ("ask_a47", 0.97), ("ask_a48", 0.98),
                                                ("ask_a49", 1.00), ("ask_a50", 0.99),
                                                ("ask_a51", 1.00), ("ask_a52", 0.99),
                                                ("ask_a53", 0.99), ("ask_a54", 0.98),
                                                ("ask_a55", 1.00), ("ask_a56", 0.94),
                                                ("ask_a57", 1.00), ("ask_a58", 0.99),
                                                ("ask_a59", 0.99), ("ask_a60", 0.97),
                                                ("ask_a61", 1.00), ("ask_a62", 0.98),
                                                ("ask_a63", 0.98), ("ask_a64", 0.99),
                                                ("ask_a65", 1.00), ("ask_a66", 1.00),
                                                ("ask_a67", 1.00), ("ask_a68", 0.99)])
def test_held_out_worksheets_keep_what_coaches_insisted_on(name: str, at_least: float) -> None:
    """Worksheets by five separate writers (issue 16), each scored once after a freeze:
    the share of the concerns a coach insisted on that the printed ten cover, as measured
    then (a3, a4 and a5 0.61 at first scoring), now with the two-part questions that came
    after them (0.59, 0.61, 0.65, 0.62, 0.69, in sample), with no concern asked twice on
    the sheet. a5 is the first with "where I want this job to lead" filled in (0.57
    without the route question it brings up); a6 was scored once on the two-part ranking
    (0.69; 0.61 without the two-part questions, 0.55 without the route question either).
    Seventh round, every set in sample, each rule chosen with one set left out: 0.88,
    0.76, 0.81, 0.80, 0.77, 0.83 (docs/job_fit.md); a7 by a seventh writer, scored once
    at freeze fa60edc after the seventh round: 0.84. Eighth round (a7 spent): a duty rated
    low and wanted keeps its training question on the sheet: a4 0.80 -> 0.82, a7 0.84 ->
    0.85, the rest unchanged. a8 by an eighth writer, scored once at freeze 3758fc6: 0.80.
    Then (a8 spent) a deal-breaker naming a time brings up the hours question: a2 0.76 ->
    0.77, a3 0.81 -> 0.82, a8 0.80 -> 0.83, and a4 0.82 -> 0.80, a6 0.83 -> 0.82 (their
    writers wanted the deadlines question in that place; docs/job_fit.md). a9 by a ninth
    writer, scored once at freeze 48d24f0: 0.88. a10 by a tenth writer, scored once at
    freeze 6534432: 0.88; then (a10 spent) a deal-breaker about working alone brings up who
    else is on shift: a6 0.82 -> 0.83, a8 0.83 -> 0.86, the rest unchanged. a11 by an
    eleventh writer (banking, utilities, optician, vet, pharmacy, housing, student
    services), scored once at freeze e0eeaec: 0.815; its misses are mostly a requirement the
    candidate lacks (only told in prose, not on the worksheet) and "who covers" under an
    interruptions limit, which earlier writers asked for in 9 of 28 such worksheets. a16
    (beauty, wellbeing and pet services), scored once at freeze ef53cdd: 0.85; a17 (health
    and care front desks) at freeze ae6a4fa: 0.84; a18 (retail and food retail) at freeze
    dd696fe: 0.86; a19 (travel, transport and visitor desks) at freeze f6d54ca: 0.82, then
    (a19 spent) 0.99 once a requirement met only in part is asked about and any requirement
    not fully met keeps its question on the sheet; a20 (hospitality, leisure and venues) at
    freeze e0100c5: 0.99; a21 (charity, community and advice services) at freeze cecebd8:
    0.98; a22 (call centres, IT help desks and contact centres) at freeze a3aa870: 0.99, then
    1.00 once a draining public duty of unknown share keeps its rota question; a23 (care
    homes, home care, hospital support and social care) at freeze 064d6c6: 0.98; a24
    (warehouses, logistics, delivery, manufacturing and trades counters) at freeze 13fbe25:
    0.97, then 0.98 once a deal-breaker about the body keeps the physical question; a25
    (pharmacies, opticians, vets and hearing care) at freeze 2e62cf9: 0.97; a26 (bank
    branches, post offices and money counters) at freeze df6fdb0: 0.99; a27 (leisure
    centres, gyms, pools and sports clubs) at freeze e07c3bd: 0.91; a28 (museums, galleries,
    theatres, cinemas and visitor attractions) at freeze a11110e: 0.93; a29 (council,
    library, court, motor-registry and passport counters) at freeze 58a5fc7: 0.86; a30 (car
    dealerships, garages, MOT and tyre centres, parts counters, breakdown desks and driving
    schools) at freeze fa463d1: 0.90. Since the seventeenth round (who covers the desk
    is on the ten) a27 0.99, a28 0.99, a29 0.99, a30 1.00, a1 0.87 (0.89 before)
    and a26 0.97 (0.99 before): a must-ask pushed to the eleventh place on one or two
    sheets each; the mean over a1-a29 went 0.901 -> 0.913. Since the eighteenth round
    (where the job leads is asked only when a next step is named) a1 0.79, a2 0.72, a3 0.76,
    a4 0.75: the first four writers insisted on it for a duty the candidate wants to grow in
    (17 sheets), every later writer called it a waste there (46 sheets); a5-a32 unchanged
    at 0.936, not-needed printed per ten 0.16 -> 0.07. a31 (funeral, crematorium,
    cemetery and register offices, wedding venues, memorial masons) at freeze 94cdf87:
    0.99; a32 (police front counters, prison visits, probation and youth-justice receptions,
    victim-support helplines) at freeze a975949: 0.97; a33 (dry cleaners, tailors, shoe
    repair and key cutting, photo and print shops) at freeze 401c71d: 1.00; a34
    (universities and colleges: student services, halls receptions, admissions, students'
    union shops and cafés, security lodges, accommodation and finance offices) at freeze
    e0d504a: 0.98; a35 (holiday parks, campsites, marinas, golf clubs and racecourses) at
    freeze 395ce33: 1.00; a36 (self-storage, van and car hire, removals offices, courier
    depots and parcel shops, tool hire) at freeze 531581c: 1.00; a37 (visa centres,
    embassy and consulate counters, immigration advice, translation offices) at freeze
    7fc4e6e: 0.99; a38 (farm supply counters, livestock marts, show offices, plant
    nurseries) at freeze dcf4e5b: 0.93; a39 (theatre box offices, concert halls, arenas,
    cinemas, stadium ticket offices) at freeze 757feb7: 0.99; a40 (recycling centres, waste
    depots, weighbridges, skip hire, builders' merchants) at freeze e34dcef: 1.00; a41 (zoos,
    aquariums, wildlife parks, botanic gardens) at freeze ba5243e: 0.99; a42 (forecourts,
    convenience stores, car washes, motorway services) at freeze f7504db: 1.00; a43 (job
    centres, agency front desks, careers centres) at freeze 8725e48: 0.98; a44 (coworking
    spaces, serviced offices, business centres, office-building receptions) at freeze 7299e3b:
    0.97; a45 (community centres, village halls, youth clubs, parish offices) at freeze
    1b2a0ce: 0.97; a46 (energy, water and broadband walk-in centres, phone stores, council
    customer service points) at freeze 8b9d8c2: 1.00; a47 (student halls, hostels,
    build-to-rent reception desks) at freeze 11aef49: 0.97; a48 (car park offices, permit
    counters, toll plazas, park-and-ride kiosks, appeals desks) at freeze 8b3f8b7: 0.98; a49
    (opticians, hearing-aid centres, dental lab counters, blood-donation and vaccination
    clinics) at freeze ec3fa42: 1.00; a50 (pawnbrokers, money-transfer counters, bureaux de
    change, jewellery and watch repair counters) at freeze ede1e45: 0.99; a51 (builders'
    merchants, plumbing and electrical trade counters, timber yards and paint trade desks) at
    freeze 328f4f7: 1.00; a52 (bicycle shops and repair counters, ski and outdoor-equipment
    hire desks, boat and kayak rental kiosks) at freeze c833229: 0.99; a53 (walk-in IT help
    desks, computer and phone repair shops, electronics returns counters) at freeze c4053f8:
    0.99; a54 (wedding venues, banqueting suites, event-hire and party-supply counters) at
    freeze c2493f9: 0.98; a55 (casinos, bingo halls, bookmakers and betting shops, amusement
    arcades) at freeze 0222cd6: 1.00; a56 (shopmobility schemes, disability equipment loan
    stores, wheelchair service centres, mobility scooter shops) at freeze a4ead1c: 0.94; a57
    (security gatehouses, site-induction offices and visitor reception at construction, port
    and industrial sites) at freeze 863f8c4: 1.00; a58 (butcher, deli, fishmonger and
    bakery counters, farmers' markets and food halls) at freeze 312718e: 0.99; a59 (music
    shops, art-supply and craft stores, picture framers, instrument repair counters) at freeze
    b95bc85: 0.99; a60 (hostels, campsites, courier depots and utility companies' walk-in
    shops) at freeze ef2b440: 0.97; a61 (hotel night reception, overnight concierge and
    24-hour front desks) at freeze 1ed4ea9: 1.00; a62 (public libraries, archives and
    museums' front desks) at freeze de74bba: 0.98; a63 (leisure centres, pools, gyms and
    sports clubs) at freeze fd4ce4f: 0.98; a64 (garden centres, DIY stores, hardware shops
    and builders' yards) at freeze 3e65250: 0.99; a65 (zoos, aquariums, wildlife and theme
    parks) at freeze cd2acc1: 1.00; a66 (coworking spaces, serviced offices and corporate
    receptions) at freeze be61796: 1.00; a67 (solicitors', accountants' and insurance
    brokers' front offices) at freeze 33f2055: 1.00; a68 (visa centres, passport offices and
    immigration advice) at freeze b9567dc: 0.99."""
    import importlib.util
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    spec = importlib.util.spec_from_file_location(
        "eval_questions_to_ask", root / "benchmarks" / "eval_questions_to_ask.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    figures = module.measure_file(root / "tests" / "data" / f"{name}.json",
                                  questions_to_ask)
    assert figures["must"] >= at_least - 0.005
    assert figures["dupes"] == 0
    assert figures["tags"] == 1.0


def test_where_the_user_wants_to_go_puts_the_route_on_the_printed_ten() -> None:
    # The hotel receptionist who wants to run the front office within three years: the
    # route question is on the sheet even beside a worrying desk and a deal-breaker.
    duties = [Duty("Check guests in and out at the front desk", None, 4, "drains", "maybe",
                   frozenset({"public_facing", "interruptions"})),
              Duty("Night audit and end-of-day reports", None, 2, "neutral", "yes",
                   frozenset({"detail", "shifts"})),
              Duty("Answer the reservations line", None, 3, "neutral", "maybe",
                   frozenset({"phones"}))]
    limits = Tolerances(30, 6, ["permanent nights"], next_step="front office manager.")
    printed = questions_to_ask(duties, limits)[:PRINTED_QUESTIONS]
    route = [q for q in printed if q.concern == "progression"]
    assert len(route) == 1 and route[0].source == "next_step"
    assert "“front office manager”?" in route[0].text  # the trailing full stop dropped
    assert "front office manager" in route[0].why
    without = questions_to_ask(duties, Tolerances(30, 6, ["permanent nights"]))
    assert not any(q.source == "next_step" for q in without)
    assert {q.concern for q in printed} >= {"deal_breaker", "desk_share", "typical_day"}


def test_a_two_part_question_frees_a_place_on_the_printed_sheet() -> None:
    # The desk's busyness and its busy and quiet times are asked in one question, and how
    # the desk is covered with how the rest of the work is divided: the seed's core topics
    # take four places, not six, and the candidate's own worries get the other two.
    duties, limits = seed_job_with_phones()
    printed = ask(duties, limits)[:PRINTED_QUESTIONS]
    busy = next(q for q in printed if q.bank_id == "desk_busy")
    assert busy.covers == ("desk_busyness", "busy_slow")
    rota = next(q for q in printed if q.bank_id == "desk_rota")
    assert rota.covers == ("desk_pattern", "task_division")
    assert not any(q.bank_id in ("busy_slow", "task_division") for q in printed)
    asked = [c for q in printed for c in q.covers]
    assert len(asked) == len(set(asked))  # still no concern asked twice
    whole = ask(duties, limits)
    later = [q.bank_id for q in whole[PRINTED_QUESTIONS:]]
    assert "busy_slow" in later and "task_division" in later  # kept for the full list


# --- seventh round: the candidate's own worries before generic and desk questions -------


def test_a_duty_the_user_wants_to_grow_in_asks_what_success_is_and_where_it_leads() -> None:
    # a1-a6: coaches asked where the job leads for a duty the candidate enjoys and wants to
    # grow in; since the eighteenth round only when they named a next step (a5-a32: called
    # a waste on 46 such sheets without one, insisted on none), otherwise the question asks
    # what success looks like and how they could get better at the duty.
    duties = [Duty("Lead school workshops and gallery tours", 30, 4, "energises", "yes",
                   frozenset({"presenting", "public_facing"})),
              Duty("Enter visitor evaluation data", None, 2, "drains", "maybe",
                   frozenset({"detail"}))]
    printed = ask(duties, Tolerances(next_step="museum learning officer"))[:PRINTED_QUESTIONS]
    grow = [q for q in printed if q.bank_id == "growth_success"]
    assert len(grow) == 1 and grow[0].covers == ("expectations", "progression")
    assert "Lead school workshops" in grow[0].why
    steady = ask(duties, Tolerances())[:PRINTED_QUESTIONS]
    grow = [q for q in steady if q.bank_id == "growth_success_steady"]
    assert len(grow) == 1 and grow[0].covers == ("expectations",)
    assert "Lead school workshops" in grow[0].text
    assert not any("progression" in q.covers for q in steady)
    flat = [Duty(d.text, d.share, d.skill, "neutral", d.develop, d.tags) for d in duties]
    assert not any(q.bank_id == "growth_success" for q in ask(flat, Tolerances()))


def test_a_deal_breaker_about_the_body_asks_about_the_body_and_who_else_could_do_it() -> None:
    duties = [Duty("Dispense and label prescriptions", None, 4, "energises", "yes",
                   frozenset({"detail"})),
              Duty("Receive the daily delivery and put stock away", None, 3, "drains", "no",
                   frozenset({"physical"}))]
    questions = ask(duties, Tolerances(deal_breakers=["lifting heavy totes"]))
    swap = [q for q in questions[:PRINTED_QUESTIONS] if q.concern == "duty_sharing"]
    assert len(swap) == 1 and "Receive the daily delivery" in swap[0].text
    assert "lifting heavy totes" in swap[0].why
    body = [q for q in questions[:PRINTED_QUESTIONS] if q.bank_id == "body_deal_breaker"]
    assert len(body) == 1 and "lifting heavy totes" in body[0].why


@pytest.mark.parametrize(("phrase", "kind"), [("standing all day", "physical"),
                                              ("lifting over 15 kg", "physical"),
                                              ("working past 3pm on school days", "shifts"),
                                              ("every weekend", "shifts"),
                                              ("full days on the phone line", "phones")])
def test_deal_breaker_kinds(phrase: str, kind: str) -> None:
    from coachkit.analysis.questions_to_ask import deal_breaker_kinds

    assert kind in deal_breaker_kinds(phrase)
    assert not deal_breaker_kinds("cold calling") & {"physical", "shifts"}


def test_without_a_limit_the_desk_questions_wait_behind_the_users_worries() -> None:
    # An outgoing hotel receptionist who loves the desk: no limit, so the desk's hours,
    # rota and interruptions are not printed; the rota, training and what success looks
    # like are (where the job leads only with a next step, eighteenth round).
    duties = [Duty("Check guests in and out and take payments", None, 4, "energises", "yes",
                   frozenset({"public_facing", "cash", "shifts", "interruptions"})),
              Duty("Run the night audit reports", None, 2, "drains", "maybe",
                   frozenset({"detail", "shifts"}))]
    printed = ask(duties, Tolerances(deal_breakers=["permanent night shifts"]))
    on_sheet = {c for q in printed[:PRINTED_QUESTIONS] for c in q.covers}
    assert {"schedule", "training", "expectations", "deal_breaker"} <= on_sheet
    assert not on_sheet & {"desk_share", "interruptions", "desk_and_focus", "quiet_space"}
    assert "interruptions" in {c for q in printed for c in q.covers}  # later in the list


def test_a_draining_desk_still_asks_its_hours_first_without_a_limit() -> None:
    # The hours of a desk that drains the user can decide the job even without a limit
    # (the dashboard's seed job); who covers the desk while they proofread is asked too
    # (seventeenth round), by a question on cover alone; the desk's other questions wait.
    duties = [Duty(FRONT_DESK, None, 2, "drains", "maybe", {"public_facing", "interruptions"}),
              Duty("Proofread documents", 45, 5, "energises", "maybe", {"detail"})]
    questions = ask(duties, Tolerances())
    assert questions[0].bank_id == "share_front_desk"
    printed = {c for q in questions[:PRINTED_QUESTIONS] for c in q.covers}
    assert not printed & {"desk_and_focus", "quiet_space", "interruptions"}
    assert "cover" in printed


def test_a_draining_duty_they_want_to_learn_keeps_training_on_a_busy_desk_sheet() -> None:
    """Worksheet a7 (a coroner's office): with a desk limit and an interruption limit the
    desk's questions filled the ten and the training question for the calls she wants to
    get better at fell to 11th. A duty rated low that the user wants to learn always gets
    its training question on the printed sheet."""
    duties = [Duty("Prepare case files for the hearings", None, 5, "energises", "no",
                   {"detail"}),
              Duty("Take calls from grieving families and solicitors", None, 2, "drains",
                   "yes", {"phones", "interruptions"}),
              Duty("Meet families at the counter and issue certificates", None, 3, "drains",
                   "maybe", {"public_facing"}),
              Duty("Type statements and records accurately", None, 5, "energises", "no",
                   {"detail", "own_pace"}),
              Duty("Set up the hearing room and greet witnesses", None, 3, "neutral", "no",
                   {"public_facing", "physical"})]
    tolerances = Tolerances(max_public_facing_pct=30, max_interruptions_per_hour=4)
    printed = ask(duties, tolerances)[:PRINTED_QUESTIONS]
    assert "duty_training" in [q.bank_id for q in printed]


def test_a_deal_breaker_about_hours_brings_up_the_usual_hours_without_a_shift_duty() -> None:
    """Worksheet a8: "working past 2.45pm" with no duty tagged as shift work asked only
    whether the role ever involves it; the usual hours and how far ahead the rota is set
    were never asked. A deal-breaker about the body that names an hour is not one."""
    duties = [Duty("Greet parents and visitors at the school office", None, 3, "neutral",
                   "maybe", {"public_facing"}),
              Duty("Keep attendance records up to date", 30, 4, "energises", "no",
                   {"detail"})]
    printed = ask(duties, Tolerances(deal_breakers=["working past 2.45pm"]))[:PRINTED_QUESTIONS]
    assert "hours_deal_breaker" in [q.bank_id for q in printed]
    body = ask(duties, Tolerances(deal_breakers=["standing for more than an hour"]))
    assert "hours_deal_breaker" not in [q.bank_id for q in body]


def test_a_deal_breaker_about_abusive_callers_touches_the_conflict_duties() -> None:
    """Worksheet a9: "handling abusive callers without backup" named no kind of duty, so the
    calls with complaints in them were never asked about in its light."""
    duties = [Duty("Handle incoming calls about council tax and bins", None, 3, "drains", "no",
                   {"phones", "conflict"}),
              Duty("Process permit forms", 40, 4, "energises", "no", {"detail"})]
    asked = ask(duties, Tolerances(deal_breakers=["handling abusive callers without backup"]))
    assert any(q.bank_id == "kind_swap" and "council tax" in q.text for q in asked)


def test_an_interruption_limit_asks_who_covers_on_the_printed_sheet() -> None:
    """Tenth round (a13 spent): with a limit on interruptions, who else picks up the phone
    and the door is part of the one question about how often they come (a13's writer asked
    for cover on every such sheet; it had fallen to 11th or 12th)."""
    duties = [
        Duty("Greet visitors and parents at reception", 40, 4, "neutral", "no",
             {"public_facing", "interruptions", "phones"}),
        Duty("Keep attendance records", 30, 4, "energises", "no", {"detail", "own_pace"}),
        Duty("Design the newsletter", 30, 3, "energises", "yes", {"creative"}),
    ]
    printed = ask(duties, Tolerances(max_public_facing_pct=40,
                                     max_interruptions_per_hour=6))[:PRINTED_QUESTIONS]
    covers = [q for q in printed if "cover" in (q.concern, *q.also)]
    assert covers and covers[0].bank_id == "tolerance_interruption_rate"
    assert "who else" in covers[0].text


@pytest.mark.parametrize("sheet", ["ask-a15-05", "ask-a15-07", "ask-a15-11"])
def test_who_covers_rides_on_the_question_about_being_interrupted(sheet: str) -> None:
    """Eleventh round (a15 spent): "how are interruptions handled here" also asks who picks
    up the desk or the phone; a15's writer wanted "who covers" on these three sheets, where
    it had ranked 12th to 15th."""
    import importlib.util
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    spec = importlib.util.spec_from_file_location(
        "eval_questions_to_ask", root / "benchmarks" / "eval_questions_to_ask.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    scenario = next(s for s in module.load_scenarios(root / "tests" / "data" / "ask_a15.json")
                    if s["id"] == sheet)
    assert "cover" in scenario["must_ask"]
    printed = ask(*scenario["built"])[:PRINTED_QUESTIONS]
    assert any("cover" in (q.concern, *q.also) for q in printed)


def test_a_deal_breaker_naming_a_day_keeps_the_usual_hours_on_the_printed_ten() -> None:
    """Twelfth round (a16 spent): a salon receptionist who cannot work every Saturday, with
    a desk she finds draining and limits set, still gets the usual-hours question on the
    sheet beside the deal-breaker's own (the desk's questions filled the ten before)."""
    duties = [
        Duty("Greet clients and check them in", None, 3, "drains", "maybe",
             frozenset({"public_facing", "interruptions"})),
        Duty("Answer the phone and the booking messages", None, 3, "neutral", "yes",
             frozenset({"phones", "interruptions", "detail"})),
        Duty("Take payments and cash up", None, 4, "neutral", "no",
             frozenset({"cash", "detail"})),
        Duty("Chase no-shows and late cancellations", None, 2, "drains", "maybe",
             frozenset({"phones", "conflict"})),
    ]
    limits = Tolerances(50, 6, ["working every Saturday"])
    printed = ask(duties, limits)[:PRINTED_QUESTIONS]
    concerns = {q.concern for q in printed} | {c for q in printed for c in q.also}
    assert "schedule" in concerns and "deal_breaker" in concerns


def test_the_held_out_measure_reads_the_requirements_a_worksheet_records(tmp_path) -> None:
    """From a18's format on, a worksheet records the ad's requirements and where the
    candidate stands; the measure passes them to the ranking, so a lacking requirement's
    question can reach the sheet (before, such a lack was told only in the description and
    is reported apart as what "the worksheet shows")."""
    import importlib.util
    import json
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    spec = importlib.util.spec_from_file_location(
        "eval_questions_to_ask", root / "benchmarks" / "eval_questions_to_ask.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    scenario = {
        "id": "t-1", "job": "Dental receptionist", "who": "",
        "duties": [{"text": "Greet patients and book appointments", "share": None, "skill": 4,
                    "energy": "energises", "develop": "no", "tags": ["public_facing"]},
                   {"text": "Take payments", "share": None, "skill": 4, "energy": "neutral",
                    "develop": "no", "tags": ["cash"]}],
        "limits": {"max_public_facing_pct": None, "max_interruptions_per_hour": None,
                   "deal_breakers": [], "next_step": None},
        "must_ask": ["requirements"], "not_needed": []}
    bare = tmp_path / "bare.json"
    bare.write_text(json.dumps({"scenarios": [scenario]}), encoding="utf-8")
    told = tmp_path / "told.json"
    told.write_text(json.dumps({"scenarios": [{**scenario, "requirements": [
        {"text": "Experience with dental software", "essential": True,
         "status": "not_yet"}]}]}), encoding="utf-8")
    assert module.measure_file(bare, questions_to_ask)["must"] == 0.0
    assert module.measure_file(bare, questions_to_ask)["shown"] == 1.0  # nothing to show
    figures = module.measure_file(told, questions_to_ask)
    assert figures["must"] == 1.0 and figures["shown"] == 1.0


def test_a_draining_desk_with_a_known_share_still_asks_how_its_hours_fall() -> None:
    """Thirteenth round (a17 spent): the ad says the counter is 30% of the week and the
    candidate finds it draining; the share is known, but whether it comes in set blocks or
    all day long is what she needs to know (the desk's pattern was asked only while the
    share was unknown)."""
    duties = [
        Duty("Check patients in at the front counter", 30, 3, "drains", "no",
             frozenset({"public_facing", "interruptions"})),
        Duty("Build the clinic templates", None, 4, "energises", "yes",
             frozenset({"detail", "own_pace"})),
        Duty("Book appointments by phone", None, 4, "neutral", "no", frozenset({"phones"})),
    ]
    printed = ask(duties, Tolerances(50))[:PRINTED_QUESTIONS]
    assert "desk_known_blocks" in ids(printed)
    assert "desk_pattern" in {q.concern for q in printed} | {c for q in printed for c in q.also}


def test_a_requirement_met_only_in_part_is_asked_and_stays_on_the_printed_sheet() -> None:
    """Fourteenth round (a19 spent): a requirement the candidate meets only in part is a
    question a coach wants on the interview-day sheet, even on a crowded sheet (a drained
    desk with an unknown share, a deal-breaker, a next step and a skill to learn)."""
    duties = [
        Duty("Answer passenger questions at the enquiry window", None, 3, "drains", "maybe",
             {"public_facing", "interruptions", "shifts"}),
        Duty("Announce platform changes over the tannoy", None, 2, "drains", "yes",
             {"presenting", "public_facing"}),
        Duty("Answer the travel line", None, 3, "drains", "no", {"phones", "interruptions"}),
        Duty("Update the timetable boards", None, 5, "energises", "no", {"detail", "own_pace"}),
        Duty("Take payments for season tickets", None, 4, "neutral", "no", {"cash"}),
    ]
    tolerances = Tolerances(max_public_facing_pct=40, max_interruptions_per_hour=5,
                            deal_breakers=("night shifts",), next_step="station supervisor")
    requirements = [Requirement("Customer service experience", "met"),
                    Requirement("Knowledge of the local bus routes", "partly")]
    report = assess_fit(duties, tolerances, requirements)
    sheet = questions_to_ask(duties, tolerances, report)[:PRINTED_QUESTIONS]
    partly = [q for q in sheet if q.bank_id == "requirement_partly"]
    assert [q.source for q in partly] == ["requirement:Knowledge of the local bus routes"]
    assert "Knowledge of the local bus routes" in partly[0].text
    assert "partly" in partly[0].why and "not meet" not in partly[0].why
    # a requirement fully met is not asked about
    report = assess_fit(duties, tolerances,
                        [Requirement("Knowledge of the local bus routes", "met")])
    assert not any(q.concern == "requirements"
                   for q in questions_to_ask(duties, tolerances, report))


def test_a_draining_public_duty_of_unknown_share_brings_its_rota_question_onto_the_sheet() -> None:
    """Fifteenth round (a21, a22 spent): a public-facing duty that drains the user, its share
    unknown: how much of the week it takes and how it is rostered are both printed, even
    when the user set no limit and other worries compete for the ten."""
    duties = [
        Duty("Post updates and answer messages on the garden centre's pages", None, 4,
             "energises", "yes", {"public_facing", "creative", "interruptions"}),
        Duty("Handle refund requests by private message", None, 3, "neutral", "yes",
             {"public_facing", "conflict"}),
        Duty("Write the monthly newsletter", None, 4, "energises", "yes", {"creative"}),
        Duty("Compile the weekly sales figures", None, 2, "drains", "yes", {"detail"}),
        Duty("Take the phone orders when the tills are queuing", None, 3, "drains", "no",
             {"public_facing", "phones", "interruptions"}),
        Duty("Work a rota of early and late shifts", None, 3, "neutral", "no", {"shifts"}),
    ]
    tolerances = Tolerances(deal_breakers=["finishing after 8pm"],
                            next_step="Online marketing lead")
    report = assess_fit(duties, tolerances,
                        [Requirement("Spreadsheet skills", "not_yet", False)])
    printed = questions_to_ask(duties, tolerances, report)[:PRINTED_QUESTIONS]
    concerns = {c for q in printed for c in q.covers}
    assert {"desk_share", "desk_pattern"} <= concerns
    assert {"deal_breaker", "progression", "training", "requirements"} <= concerns


def test_a_deal_breaker_about_the_body_keeps_the_physical_question_on_the_sheet() -> None:
    """Sixteenth round (a24 spent): "lifting over 15 kg" as a deal-breaker brings the
    question on how physical the job is onto the printed ten, beside the deal-breaker's own
    question, even when desk limits and a next step compete for the places."""
    duties = [
        Duty("Check parcels against the delivery notes", None, 4, "neutral", "maybe",
             {"detail", "own_pace"}),
        Duty("Book courier collections by phone", None, 3, "neutral", "maybe", {"phones"}),
        Duty("Hand parcels over to customers at the hatch", None, 3, "drains", "no",
             {"public_facing", "interruptions"}),
        Duty("Log damaged items and chase the carrier", None, 3, "neutral", "maybe",
             {"detail", "conflict"}),
        Duty("Help unload the van when it is busy", None, 3, "neutral", "no", {"physical"}),
    ]
    tolerances = Tolerances(20, None, deal_breakers=["lifting over 12 kg"],
                            next_step="Stock controller")
    report = assess_fit(duties, tolerances, [Requirement("Forklift licence", "not_yet", True)])
    printed = questions_to_ask(duties, tolerances, report)[:PRINTED_QUESTIONS]
    concerns = {c for q in printed for c in q.covers}
    assert {"physical", "deal_breaker", "progression", "requirements"} <= concerns


def test_a_draining_desk_of_known_share_keeps_its_busy_times_on_a_crowded_sheet() -> None:
    """Twentieth round (a39 spent): calls are 80% of the week and drain the candidate; with
    a deal-breaker on short-notice overtime, a next step to reach and other worries on the
    sheet, when the phones are busiest still belongs on the printed ten (over a1-a39
    coaches insisted on it on 24 of 35 such sheets, a waste on 1)."""
    duties = [
        Duty("Answer inbound calls and chats from patrons", 80, 4, "drains", "no",
             frozenset({"phones", "public_facing", "interruptions", "shifts"})),
        Duty("Process mailed orders and seat changes", 15, 5, "energises", "no",
             frozenset({"detail", "own_pace"})),
        Duty("Reconcile daily card payment batches", 5, 3, "energises", "yes",
             frozenset({"cash", "detail", "own_pace"})),
        Duty("Work extended hours in the renewal campaign", None, 3, "drains", "no",
             frozenset({"shifts"})),
    ]
    tolerances = Tolerances(deal_breakers=["overtime at less than a day's notice"],
                            next_step="Box office accounting assistant")
    printed = ask(duties, tolerances)[:PRINTED_QUESTIONS]
    assert "desk_pattern" in {q.concern for q in printed} | {c for q in printed for c in q.also}
