"""Tests for coachkit.analysis.rubric: the packaged rubric and refusing broken files."""

from __future__ import annotations

from pathlib import Path

import pytest

from coachkit.analysis.rubric import (
    LEVELS,
    Criterion,
    Rubric,
    RubricError,
    default_rubric_text,
    load_rubric,
    parse_rubric,
    weighted_score,
)

EXPECTED_IDS = ["answers_question", "structure", "evidence", "result", "concision", "delivery"]

TWO = """\
title = "Small"

[[criteria]]
id = "structure"
label = "Structure"
weight = 2
description = "In order."
[criteria.anchors]
1 = "No story."
2 = "Parts missing."
3 = "All parts."
4 = "All parts, mostly action."
5 = "Tight and complete."

[[criteria]]
id = "result"
label = "Result"
weight = 1
description = "What changed."
[criteria.anchors]
1 = "No ending."
2 = "Vague ending."
3 = "Concrete ending."
4 = "Measured ending."
5 = "Measured ending and a lesson."
"""


def _line_of(text: str, needle: str, occurrence: int = 1) -> int:
    hits = [i + 1 for i, line in enumerate(text.splitlines()) if needle in line]
    return hits[occurrence - 1]


# ------------------------------------------------------------------------ the packaged one


def test_packaged_rubric_has_the_six_criteria() -> None:
    rubric = load_rubric()
    assert isinstance(rubric, Rubric)
    assert rubric.ids == EXPECTED_IDS
    for c in rubric.criteria:
        assert isinstance(c, Criterion)
        assert c.label and c.description and c.weight > 0
        assert sorted(c.anchors) == list(LEVELS)
        assert all(len(text) > 15 for text in c.anchors.values())


def test_packaged_rubric_is_readable_by_candidates() -> None:
    # Anchors are meant to be recognised by the candidate, so they speak as "I".
    for c in load_rubric().criteria:
        assert sum("I " in text or "My " in text for text in c.anchors.values()) >= 3, c.id


def test_load_from_a_path(tmp_path: Path) -> None:
    path = tmp_path / "coach.toml"
    path.write_text(TWO, encoding="utf-8")
    rubric = load_rubric(path)
    assert rubric.title == "Small"
    assert rubric.ids == ["structure", "result"]
    assert rubric.criterion("result").anchors[5] == "Measured ending and a lesson."
    assert load_rubric(str(path)) == rubric


def test_default_text_round_trips() -> None:
    assert parse_rubric(default_rubric_text()) == load_rubric()


# --------------------------------------------------------------------------- scoring


def test_weighted_score_is_a_weighted_average() -> None:
    rubric = parse_rubric(TWO)
    assert rubric.weighted_score({"structure": 5, "result": 2}) == pytest.approx(4.0)
    assert rubric.weighted_score({"structure": 3, "result": 3}) == 3.0


def test_unrated_criteria_are_left_out_not_counted_as_zero() -> None:
    rubric = parse_rubric(TWO)
    assert rubric.weighted_score({"result": 4}) == 4.0


def test_module_level_weighted_score_uses_the_packaged_rubric() -> None:
    all_fours = {cid: 4 for cid in EXPECTED_IDS}
    assert weighted_score(all_fours) == pytest.approx(4.0)
    mixed = dict(all_fours, delivery=1)
    delivery = load_rubric().criterion("delivery").weight
    total = sum(c.weight for c in load_rubric().criteria)
    assert weighted_score(mixed) == pytest.approx(4 - 3 * delivery / total)


@pytest.mark.parametrize(
    ("scores", "match"),
    [
        ({}, "at least one"),
        ({"nonsense": 3}, "no criterion called"),
        ({"result": 0}, "1 to 5"),
        ({"result": 6}, "1 to 5"),
        ({"result": 3.5}, "whole number"),
        ({"result": True}, "whole number"),
    ],
)
def test_bad_scores_are_refused(scores: dict, match: str) -> None:
    with pytest.raises(ValueError, match=match):
        parse_rubric(TWO).weighted_score(scores)


# -------------------------------------------------------------------- refusing bad files


def test_toml_syntax_error_names_the_line() -> None:
    broken = TWO.replace('label = "Result"', 'label = "Result')
    line = _line_of(broken, 'label = "Result')
    with pytest.raises(RubricError, match=rf"^coach.toml, line {line}: this is not valid TOML"):
        parse_rubric(broken, "coach.toml")


def test_missing_anchor_names_the_level_and_line() -> None:
    broken = TWO.replace('4 = "Measured ending."\n', "")
    anchors_line = _line_of(broken, "[criteria.anchors]", 2)
    with pytest.raises(RubricError) as info:
        parse_rubric(broken, "coach.toml")
    message = str(info.value)
    assert message.startswith(f"coach.toml, line {anchors_line}:")
    assert "'result'" in message and "level 4" in message


def test_missing_anchor_table_is_refused() -> None:
    broken = TWO.split("[criteria.anchors]\n1 = \"No ending.\"")[0]
    with pytest.raises(RubricError, match=r"line 15: criterion 'result': add a \[criteria"):
        parse_rubric(broken)


def test_extra_anchor_level_is_refused() -> None:
    broken = TWO.replace('5 = "Tight and complete."', '5 = "Tight."\n6 = "Beyond."')
    with pytest.raises(RubricError, match=r"line 8: .*levels 1 to 5 \(found '6'\)"):
        parse_rubric(broken)


def test_empty_anchor_is_refused() -> None:
    broken = TWO.replace('3 = "Concrete ending."', '3 = "  "')
    with pytest.raises(RubricError, match="level 3 is empty"):
        parse_rubric(broken)


def test_duplicate_id_names_the_second_occurrence() -> None:
    broken = TWO.replace('id = "result"', 'id = "structure"')
    line = _line_of(broken, 'id = "structure"', 2)
    with pytest.raises(RubricError, match=rf"line {line}: criterion 'structure': .*already"):
        parse_rubric(broken)


@pytest.mark.parametrize("bad", ["0", "-1", '"heavy"', "true", "nan", "inf"])
def test_bad_weight_names_its_line(bad: str) -> None:
    broken = TWO.replace("weight = 1\n", f"weight = {bad}\n")
    line = _line_of(broken, f"weight = {bad}")
    with pytest.raises(RubricError, match=rf"line {line}: criterion 'result': weight must"):
        parse_rubric(broken)


def test_missing_weight_points_at_the_criterion() -> None:
    broken = TWO.replace("weight = 1\n", "")
    header = _line_of(broken, "[[criteria]]", 2)
    with pytest.raises(RubricError, match=rf"line {header}: .*found missing"):
        parse_rubric(broken)


def test_bad_id_is_refused() -> None:
    with pytest.raises(RubricError, match=r"line 4: .*lower-case"):
        parse_rubric(TWO.replace('id = "structure"', 'id = "Structure Score"'))


def test_missing_label_is_refused() -> None:
    with pytest.raises(RubricError, match=r"line 15: criterion 'result': label is missing"):
        parse_rubric(TWO.replace('label = "Result"\n', ""))


def test_file_without_criteria_is_refused() -> None:
    with pytest.raises(RubricError, match="line 1: no criteria"):
        parse_rubric('title = "Empty"\n')


def test_inline_tables_still_get_line_numbers() -> None:
    text = (
        'title = "Inline"\n'
        "criteria = [\n"
        '  {id = "a", label = "A", weight = 1, description = "d", '
        'anchors = {1 = "x", 2 = "x", 3 = "x", 4 = "x", 5 = "x"}},\n'
        '  {id = "b", label = "B", weight = 0, description = "d", '
        'anchors = {1 = "x", 2 = "x", 3 = "x", 4 = "x", 5 = "x"}},\n'
        "]\n"
    )
    with pytest.raises(RubricError, match=r"line 4: criterion 'b': weight"):
        parse_rubric(text)


def test_unreadable_file_is_a_rubric_error(tmp_path: Path) -> None:
    with pytest.raises(RubricError, match="Cannot read"):
        load_rubric(tmp_path / "missing.toml")


def test_rubric_error_is_a_user_facing_value_error() -> None:
    from coachkit.domain.errors import CoachkitError

    assert issubclass(RubricError, CoachkitError)
    assert issubclass(RubricError, ValueError)


# ------------------------------------------------------- sizes and counts (the rubric schema)


def test_an_id_longer_than_a_rating_can_name_is_refused() -> None:
    long_id = "s" * 81
    with pytest.raises(RubricError, match=r"line 4: criterion 's+': the id is 81 characters "
                                          r"long; the limit is 80"):
        parse_rubric(TWO.replace('id = "structure"', f'id = "{long_id}"'))


def test_an_oversized_anchor_names_its_level_and_line() -> None:
    text = TWO.replace('3 = "Concrete ending."', f'3 = "{"w" * 2001}"')
    with pytest.raises(RubricError, match=r"line 20: criterion 'result': the anchor for level 3 "
                                          r"is 2,001 characters long; the limit is 2,000"):
        parse_rubric(text)


def test_more_than_thirty_criteria_are_refused_at_the_first_one_too_many() -> None:
    block = TWO.split("[[criteria]]")[1]
    text = 'title = "Many"\n' + "".join(
        "[[criteria]]" + block.replace('id = "structure"', f'id = "c{i}"')
        for i in range(31))
    with pytest.raises(RubricError, match=r"the rubric has 31 criteria; the limit is 30"):
        parse_rubric(text)
    head = _line_of(text, "[[criteria]]", 31)
    with pytest.raises(RubricError, match=rf"line {head}:"):
        parse_rubric(text)


def test_a_title_that_is_not_text_is_refused_on_its_line() -> None:
    with pytest.raises(RubricError, match=r"line 1: title must be text, not the number 3"):
        parse_rubric(TWO.replace('title = "Small"', "title = 3"))


def test_a_huge_weight_is_refused() -> None:
    with pytest.raises(RubricError, match=r"criterion 'structure': weight must be a "
                                          r"positive number such as 0.2 or 1, at most 1000 "
                                          r"\(found 1e\+30\)"):
        parse_rubric(TWO.replace("weight = 2", "weight = 1e30"))


def test_a_file_over_a_megabyte_is_refused_before_it_is_parsed(tmp_path: Path) -> None:
    path = tmp_path / "rubric.toml"
    path.write_text(TWO + "#" * 1_100_000)
    with pytest.raises(RubricError, match=r"1\.0 MB; a rubric is at most 1 MB"):
        load_rubric(path)


def test_the_packaged_rubric_loads_as_the_schema_reads_it() -> None:
    assert load_rubric() == parse_rubric(default_rubric_text(), "rubric.toml (packaged)")
