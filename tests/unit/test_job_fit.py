"""Scoring the job-fit worksheet."""

from __future__ import annotations

import re

import pytest

from coachkit.analysis.job_fit import (
    CANNOT_JUDGE,
    DEAL_BREAKER,
    EMPTY_JOB_SUMMARY,
    TOLERANCE_BREACHED,
    Duty,
    FitInputError,
    FitReport,
    Requirement,
    Tolerances,
    assess_fit,
    deal_breaker_matches,
    effective_tags,
    flags_beyond_summary,
    requirements_note,
    suggest_tags,
)

FRONT_DESK = "Staff the reception desk and help patrons with enquiries"


def seed_duties(front_desk_share: float | None = None) -> list[Duty]:
    """The letter writer's job: a front-desk share she fears, detail work she enjoys."""
    return [
        Duty(
            FRONT_DESK,
            front_desk_share,
            2,
            "drains",
            "maybe",
            frozenset({"public_facing", "interruptions"}),
        ),
        Duty(
            "Proofread documents and reports",
            25,
            5,
            "energises",
            "yes",
            frozenset({"detail", "own_pace"}),
        ),
        Duty(
            "Run the library's social media",
            20,
            4,
            "energises",
            "yes",
            frozenset({"creative", "own_pace"}),
        ),
        Duty(
            "Put together flyers and newsletters",
            15,
            4,
            "energises",
            "yes",
            frozenset({"creative", "own_pace"}),
        ),
    ]


def flag_kinds(report: FitReport) -> list[tuple[str, str]]:
    return [(flag.kind, flag.subject) for flag in report.flags]


# --- shares ---------------------------------------------------------------------------


def test_unknown_front_desk_share_is_reported_not_guessed() -> None:
    report = assess_fit(seed_duties(), Tolerances(max_public_facing_pct=30))
    assert report.known_share_total == 60
    assert not report.shares_add_up
    assert report.unknown_share_duties == (FRONT_DESK,)
    assert report.public_facing_pct == 0
    assert report.public_facing_unknown == (FRONT_DESK,)
    assert report.public_facing_upper_bound == 40
    assert report.public_facing_could_exceed
    assert flag_kinds(report) == [(CANNOT_JUDGE, "max_public_facing_pct")]
    assert "front-desk" in report.summary and "unknown" in report.summary
    assert report.summary.endswith("ask before deciding. 1 duty has no share yet.")


def test_shares_that_do_not_add_up_are_shown_not_rescaled() -> None:
    duties = [Duty("Front desk", 70, energy="drains"), Duty("Proofreading", 50)]
    report = assess_fit(duties, Tolerances())
    assert report.known_share_total == 120
    assert not report.shares_add_up
    assert report.drains_pct == 70  # not 70/120
    assert "add up to 120%" in report.summary and "not been rescaled" in report.summary


def test_shares_within_half_a_point_of_100_add_up() -> None:
    duties = [Duty("A", 33.3), Duty("B", 33.3), Duty("C", 33.3)]
    assert assess_fit(duties, Tolerances()).shares_add_up


def test_zero_share_duty_counts_as_known() -> None:
    report = assess_fit([Duty("Front desk", 0, 1, "drains"), Duty("Edit", 100, 5)], Tolerances())
    assert report.unknown_share_duties == ()
    assert report.weighted_skill == 5
    assert report.drains_pct == 0


# --- weighting ------------------------------------------------------------------------


def test_time_weighted_skill_and_energy() -> None:
    duties = [
        Duty("Front desk", 60, skill=2, energy="drains", tags={"public_facing"}),
        Duty("Proofreading", 30, skill=5, energy="energises"),
        Duty("Filing", 10, skill=None, energy="neutral"),
    ]
    report = assess_fit(duties, Tolerances())
    assert report.shares_add_up
    assert report.weighted_skill == pytest.approx((60 * 2 + 30 * 5) / 90, abs=0.01)
    assert report.weighted_energy == pytest.approx((-60 + 30) / 100, abs=0.01)
    assert report.drains_pct == 60
    assert report.energises_pct == 30
    assert report.summary.startswith("About 60% of this job drains you")


def test_unknown_draining_share_makes_drain_a_lower_bound() -> None:
    duties = [Duty("Phones", None, energy="drains"), Duty("Desk", 20, energy="drains")]
    report = assess_fit(duties, Tolerances())
    assert report.drains_is_lower_bound
    assert report.summary.startswith("At least 20% of this job drains you")


def test_no_weights_gives_none_not_zero() -> None:
    report = assess_fit([Duty("Something", None, skill=3)], Tolerances())
    assert report.weighted_skill is None
    assert report.weighted_energy is None


def test_draining_work_you_do_not_want_to_develop_is_called_out() -> None:
    duties = [
        Duty("Cold calling", 40, 2, "drains", "no"),
        Duty("Reports", 60, 4, "neutral", "yes"),
    ]
    report = assess_fit(duties, Tolerances())
    assert report.drains_no_develop_pct == 40
    assert "training can build a skill" in report.summary


# --- public-facing limit --------------------------------------------------------------


def test_known_public_facing_share_above_limit_is_breached() -> None:
    report = assess_fit(seed_duties(40), Tolerances(max_public_facing_pct=25))
    assert report.public_facing_pct == 40
    assert not report.public_facing_could_exceed
    assert flag_kinds(report) == [(TOLERANCE_BREACHED, "max_public_facing_pct")]
    assert "above your limit of 25%" in report.summary


def test_known_public_facing_share_within_limit() -> None:
    report = assess_fit(seed_duties(40), Tolerances(max_public_facing_pct=50))
    assert report.flags == ()
    assert "within your limit of 50%" in report.summary


def test_unknown_share_that_cannot_reach_the_limit_is_judged() -> None:
    # 60% is accounted for elsewhere, so the desk is at most 40%: within a 50% limit.
    report = assess_fit(seed_duties(), Tolerances(max_public_facing_pct=50))
    assert report.public_facing_upper_bound == 40
    assert not report.public_facing_could_exceed
    assert CANNOT_JUDGE not in [flag.kind for flag in report.flags]


def test_unknown_share_with_shares_already_at_100_cannot_be_bounded() -> None:
    duties = seed_duties()[:1] + [Duty("Proofreading", 100, 5, "energises")]
    report = assess_fit(duties, Tolerances(max_public_facing_pct=50))
    assert report.public_facing_upper_bound is None
    assert flag_kinds(report) == [(CANNOT_JUDGE, "max_public_facing_pct")]


def test_untagged_front_desk_duty_still_counts_as_public_facing() -> None:
    report = assess_fit([Duty("Cover the front desk", 50)], Tolerances(max_public_facing_pct=20))
    assert report.public_facing_pct == 50
    assert report.guessed_tags == ("Cover the front desk",)
    assert flag_kinds(report) == [(TOLERANCE_BREACHED, "max_public_facing_pct")]


def test_user_tags_win_over_suggestions() -> None:
    duty = Duty("Cover the front desk", 50, tags={"detail"})
    assert effective_tags(duty) == frozenset({"detail"})


# --- interruptions and deal-breakers --------------------------------------------------


def test_interruption_limit_without_a_rate_cannot_be_judged() -> None:
    report = assess_fit(seed_duties(30), Tolerances(max_interruptions_per_hour=3))
    assert flag_kinds(report) == [(CANNOT_JUDGE, "max_interruptions_per_hour")]
    assert report.flags[0].duties == (FRONT_DESK,)
    assert "ask before deciding" in report.summary.lower()


def test_interruption_rate_above_limit_is_breached() -> None:
    report = assess_fit(seed_duties(30), Tolerances(max_interruptions_per_hour=3), (), 8)
    assert flag_kinds(report) == [(TOLERANCE_BREACHED, "max_interruptions_per_hour")]
    assert "8 interruptions an hour" in report.summary


def test_deal_breakers_match_text_and_tags() -> None:
    duties = [
        Duty("Make cold calls to lapsed members", 10),
        Duty("Answer the switchboard", 20),
        Duty("Catalogue donations", 70),
    ]
    tolerances = Tolerances(deal_breakers=["cold call", "phones", "night shifts"])
    report = assess_fit(duties, tolerances)
    assert flag_kinds(report) == [
        (DEAL_BREAKER, "deal_breaker:cold call"),
        (DEAL_BREAKER, "deal_breaker:phones"),
    ]
    # Cold calls are phone calls, so the "phones" tag catches them too.
    assert report.flags[1].duties == ("Make cold calls to lapsed members", "Answer the switchboard")
    assert "deal-breaker" in report.summary


def test_deal_breaker_matches_whole_words_only() -> None:
    assert not deal_breaker_matches("till", Duty("Distill the minutes"))
    assert deal_breaker_matches("Till", Duty("Balance the till at closing"))
    assert not deal_breaker_matches("  ", Duty("Anything"))


# --- requirements ---------------------------------------------------------------------


def test_requirement_share_counts_partly_as_half() -> None:
    requirements = [
        Requirement("Experience with the public", "partly"),
        Requirement("Excellent written English", "met"),
        Requirement("Canva", "not_yet", essential=False),
        Requirement("Library degree", "not_yet"),
    ]
    report = assess_fit(seed_duties(30), Tolerances(), requirements)
    assert report.requirements_met_pct == 37.5
    assert report.essential_met_pct == 50
    assert report.requirements_not_yet == ("Library degree", "Canva")
    assert "not a chance of being hired" in report.requirements_note
    assert "1 essential requirement" in report.requirements_note
    assert "%" not in report.requirements_note  # no invented statistics


def test_no_requirements_gives_guidance() -> None:
    report = assess_fit(seed_duties(30), Tolerances())
    assert report.requirements_met_pct is None
    assert report.requirements_note.startswith("No requirements entered")


def test_only_desirable_gaps() -> None:
    report = assess_fit(
        seed_duties(30), Tolerances(), [Requirement("Canva", "not_yet", essential=False)]
    )
    assert report.essential_met_pct is None
    assert report.requirements_note.startswith("The only gaps are desirable items")


# --- empty job and bad input ----------------------------------------------------------


def test_no_duties_returns_guidance() -> None:
    report = assess_fit([], Tolerances(max_public_facing_pct=30))
    assert report.summary == EMPTY_JOB_SUMMARY
    assert report.summary.startswith("Add the duties from the ad first")
    assert report.duty_count == 0
    assert report.flags == ()
    assert not report.shares_add_up


@pytest.mark.parametrize("share", [-1, 100.5, 250, float("nan")])
def test_share_outside_0_to_100_raises_value_error(share: float) -> None:
    with pytest.raises(ValueError, match="share for “Front desk”"):
        Duty("Front desk", share)


def test_share_message_is_plain() -> None:
    with pytest.raises(FitInputError) as caught:
        Duty("Front desk", 120)
    assert str(caught.value) == (
        "The share for “Front desk” is 120%; "
        "it must be between 0 and 100 percent of the working week."
    )


@pytest.mark.parametrize(
    "kwargs",
    [{"skill": 0}, {"skill": 6}, {"energy": "tiring"}, {"develop": "perhaps"}, {"text": " "}],
)
def test_other_bad_duty_fields_raise(kwargs: dict[str, object]) -> None:
    fields: dict[str, object] = {"text": "Front desk", **kwargs}
    with pytest.raises(ValueError):
        Duty(**fields)  # type: ignore[arg-type]


def test_bad_tolerances_and_rates_raise() -> None:
    with pytest.raises(ValueError, match="public-facing"):
        Tolerances(max_public_facing_pct=150)
    with pytest.raises(ValueError, match="negative"):
        Tolerances(max_interruptions_per_hour=-2)
    with pytest.raises(ValueError, match="negative"):
        assess_fit(seed_duties(), Tolerances(), interruptions_per_hour=-1)
    with pytest.raises(ValueError):
        Requirement("Degree", "almost")


def test_tags_accept_any_iterable() -> None:
    assert Duty("Desk", tags=["public_facing"]).tags == frozenset({"public_facing"})


# --- suggest_tags ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Staff the reception desk", {"public_facing", "interruptions"}),
        ("Circulation desk cover", {"public_facing", "interruptions"}),
        ("Answer customer phone enquiries", {"public_facing", "interruptions", "phones"}),
        ("Help patrons find books", {"public_facing"}),
        ("Proofread reports", {"detail", "own_pace"}),
        ("Design flyers", {"creative", "own_pace"}),
        # worksheet a9: aggression and abuse are conflict as much as complaints are
        ("Deal with aggressive or abusive callers", {"conflict"}),
        ("Resolve disputes between tenants", {"conflict"}),
    ],
)
def test_suggest_tags(text: str, expected: set[str]) -> None:
    assert expected <= suggest_tags(text)


def test_suggest_tags_keeps_detail_work_off_the_desk() -> None:
    assert "public_facing" not in suggest_tags("Proofread the newsletter")


def test_report_is_deterministic() -> None:
    args = (seed_duties(), Tolerances(30, 3, ["phones"]))
    assert assess_fit(*args) == assess_fit(*args)


# --- each fact once, in plain words (issue 16) ---------------------------------------


def _after_interview(desk_share: float | None, phones_share: float | None = 10):
    duties = [
        Duty("Reception and customer service", desk_share, 2, "drains", "maybe",
             {"public_facing", "interruptions"}),
        Duty("Answer the phones", phones_share, 2, "drains", "maybe", {"public_facing"}),
        Duty("Proofread documents", 20, 5, "energises", "yes", {"detail"}),
        Duty("Flyers and newsletters", 20, 4, "energises", "yes", {"creative"}),
    ]
    return assess_fit(duties, Tolerances(max_public_facing_pct=30))


def test_a_breach_with_every_share_known_is_not_a_lower_bound() -> None:
    report = _after_interview(50)
    assert "at least" not in report.summary.lower()
    assert "unknown" not in report.summary
    assert report.flags[0].message.startswith("About 60% of the week faces the public")
    assert report.summary.count("faces the public") == 1
    assert report.summary.count("your limit of 30%") == 1
    assert flags_beyond_summary(report) == ()


def test_a_known_desk_share_is_not_called_unknown_when_only_the_phones_are() -> None:
    report = _after_interview(50, None)
    assert "front-desk" not in report.summary
    assert "the share of “Answer the phones” is still unknown" in report.summary
    assert "at least 50% faces the public, already above your limit of 30%" in report.summary
    # the duty is named once, not again as "1 duty has no share yet"
    assert "no share yet" not in report.summary
    assert report.summary.count("faces the public") == 1


def test_no_sentence_of_the_summary_is_said_twice() -> None:
    for desk, phones in ((None, None), (None, 10), (50, None), (50, 10), (5, 5)):
        report = _after_interview(desk, phones)
        sentences = [s.strip() for s in re.split(r"[.;]", report.summary) if s.strip()]
        assert len(sentences) == len(set(sentences)), report.summary


def test_essential_items_only_partly_met_are_not_called_desirable_gaps() -> None:
    note = requirements_note([
        Requirement("Library qualification", "partly"),
        Requirement("Customer service experience", "partly"),
        Requirement("Welsh speaker", "not_yet", essential=False),
    ])
    assert "only gaps are desirable" not in note
    assert "two essential requirements are only partly met" in note
    assert "close them" in note
    one = requirements_note([Requirement("Degree", "partly"), Requirement("IT", "met")])
    assert "one essential requirement is only partly met" in one and "close it" in one
