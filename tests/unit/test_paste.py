"""Reading a pasted block of remembered questions the way people really write them."""

from __future__ import annotations

import pytest

from coachkit.domain.errors import InvalidEntry
from coachkit.services.questions import MAX_PASTE_LINES, clean_line, parse_paste


@pytest.mark.parametrize("line, expected", [
    ("- Tell me about yourself", "Tell me about yourself"),
    ("* Why this library?", "Why this library?"),
    ("• How do you handle an angry patron?", "How do you handle an angry patron?"),
    ("•No space after the bullet", "No space after the bullet"),
    ("1. What is your greatest weakness?", "What is your greatest weakness?"),
    ("2) Why do you want to leave?", "Why do you want to leave?"),
    ("(3) something about teamwork", "something about teamwork"),
    ("Q4: Where do you see yourself in five years?",
     "Where do you see yourself in five years?"),
    ("Question 5 - describe a conflict", "describe a conflict"),
    ("a) weeding", "weeding"),
    ("- [ ] reference interview", "reference interview"),
    ("- 1. bullet and number", "bullet and number"),
    ("\u201cWalk me through your background\u201d", "Walk me through your background"),
    ("   indented fragment   ", "indented fragment"),
])
def test_bullets_numbering_and_quotes_are_stripped(line, expected):
    assert clean_line(line) == expected


@pytest.mark.parametrize("line", [
    "1.5 million visits a year: how would you cope?",
    "I'd like to know why you left",
    "Tell me about 2) things",
])
def test_text_that_only_looks_like_a_marker_is_kept(line):
    assert clean_line(line) == line


@pytest.mark.parametrize("line", ["", "   ", "-", "---", "•", "* * *", "1."])
def test_separators_and_empty_lines_are_not_questions(line):
    assert clean_line(line) == ""


def test_blank_lines_and_exact_duplicates_are_ignored_and_counted():
    block = ("- Tell me about yourself\n\n1. Why here?\n   \n- tell me about  yourself\n"
             "something about teamwork\n")
    kept, blank, duplicates = parse_paste(block)
    assert kept == ["Tell me about yourself", "Why here?", "something about teamwork"]
    assert blank == 2
    assert duplicates == ["tell me about  yourself"]


def test_any_unicode_survives_parsing():
    block = "Qu'avez-vous appris à Zürich ? 🙂\n- مرحبا، لماذا هذه المكتبة؟\n日本語の質問"
    kept, _, _ = parse_paste(block)
    assert kept == ["Qu'avez-vous appris à Zürich ? 🙂", "مرحبا، لماذا هذه المكتبة؟",
                    "日本語の質問"]


def test_an_empty_paste_is_refused_with_a_message():
    with pytest.raises(InvalidEntry, match="no question"):
        parse_paste(" \n - \n\n")


def test_a_question_over_1000_characters_is_refused_naming_its_line():
    block = "Tell me about yourself\n" + "x" * 1001
    with pytest.raises(InvalidEntry, match=r"Line 2 is 1,001 characters.*Nothing was saved"):
        parse_paste(block)
    assert parse_paste("y" * 1000)[0] == ["y" * 1000]


def test_a_paste_over_500_lines_is_refused():
    block = "\n".join(f"question {i}" for i in range(MAX_PASTE_LINES + 1))
    with pytest.raises(InvalidEntry, match="501 lines; the limit is 500"):
        parse_paste(block)
    # 500 lines with text plus blank lines between them is fine
    ok = "\n\n".join(f"question {i}" for i in range(MAX_PASTE_LINES))
    assert len(parse_paste(ok)[0]) == MAX_PASTE_LINES
