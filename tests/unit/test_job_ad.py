"""Splitting pasted job ads into duties and requirements."""

from __future__ import annotations

import importlib.util
import json
import re
from pathlib import Path
from types import ModuleType

import pytest

from coachkit.analysis import job_ad
from coachkit.analysis.job_ad import (
    MAX_AD_CHARS,
    AdSplit,
    AdTooLong,
    EmptyAd,
    classify_line,
    clean_ad_text,
    split_ad,
    split_sentences,
)

ADS = Path(__file__).resolve().parents[1] / "data" / "job_ads"


def read_ad(name: str) -> str:
    return (ADS / name).read_text(encoding="utf-8")


def split_file(name: str) -> AdSplit:
    return split_ad(read_ad(name))


def contains(lines: list[str], fragment: str) -> bool:
    return any(fragment.lower() in line.lower() for line in lines)


# --- the public library ad (front desk plus detail work, like the seed letter) ----


def test_public_library_duties_keep_front_desk_and_detail_work() -> None:
    split = split_file("public_library_assistant.txt")
    assert len(split.duties) >= 8
    for fragment in (
        "reception and enquiry desk",
        "telephone",
        "Proofread",
        "social media",
        "flyers",
        "e-newsletter",
    ):
        assert contains(split.duties, fragment), fragment


def test_public_library_essential_and_desirable_criteria() -> None:
    split = split_file("public_library_assistant.txt")
    assert contains(split.requirements, "working with the public")
    assert contains(split.requirements, "Canva")
    assert split.desirable == [
        "Experience of working in a library or information service",
        "Experience with Canva or a similar design tool",
        "A qualification in librarianship or information management",
    ]
    assert all(line in split.requirements for line in split.desirable)
    assert not contains(split.desirable, "working with the public")


def test_public_library_benefits_and_pay_are_not_duties() -> None:
    split = split_file("public_library_assistant.txt")
    assert not contains(split.duties, "annual leave")
    assert contains(split.other, "annual leave")
    assert contains(split.other, "Salary: £24,180")
    assert contains(split.other, "Apply online")


# --- academic library ad in Markdown ------------------------------------------------


def test_academic_markdown_sections() -> None:
    split = split_file("academic_library.md")
    assert split.duties[0].startswith("Check and correct metadata")
    assert contains(split.duties, "Research Help Point")
    assert len(split.duties) == 6
    assert contains(split.requirements, "A degree")
    assert split.desirable == [
        "Familiarity with DSpace, EPrints or another repository platform",
        "Knowledge of copyright and open access policies",
    ]


def test_markdown_bold_and_rules_are_not_items() -> None:
    split = split_file("academic_library.md")
    everything = split.duties + split.requirements + split.other
    assert not any("*" in line for line in everything)
    assert "Required" not in everything and "Preferred" not in everything
    assert contains(split.other, "Northfield University Library")


# --- an HTML paste ------------------------------------------------------------------


def test_html_is_reduced_to_visible_text() -> None:
    text = clean_ad_text(read_ad("html_paste.html"))
    assert "dataLayer" not in text and "console.log" not in text
    assert "font-family" not in text
    assert "<" not in text and "&amp;" not in text and "&nbsp;" not in text
    assert "Home" not in text.split("\n")  # navigation is page furniture
    assert "• Welcome visitors at the front desk and check materials in and out" in text
    assert "1. Experience in a public library" in text


def test_html_list_item_with_line_break_stays_one_line() -> None:
    text = clean_ad_text(read_ad("html_paste.html"))
    assert "• Answer phone calls and direct enquiries to the right colleague" in text


def test_html_split() -> None:
    split = split_file("html_paste.html")
    assert split.duties == [
        "Welcome visitors at the front desk and check materials in and out",
        "Answer phone calls and direct enquiries to the right colleague",
        "Proofread the quarterly events guide & other print materials",
        "Update the library’s Facebook and Instagram pages",
    ]
    assert contains(split.requirements, "Knowledge of basic graphic design (Canva is fine)")
    assert split.desirable == ["Experience in a public library", "A second language"]
    # A closing paragraph after a "nice to have" list is not a wish.
    assert contains(split.other, "Apply by June 30")


# --- an ad written only as paragraphs -----------------------------------------------


def test_paragraph_ad_sorted_by_sentence_cues() -> None:
    split = split_file("paragraph_only.txt")
    assert contains(split.duties, "greet patrons at the circulation desk")
    assert contains(split.duties, "write our monthly newsletter")
    assert contains(split.requirements, "experience with customer service")
    assert contains(split.requirements, "Microsoft Office")
    assert split.desirable == ["Familiarity with Canva is helpful."]
    assert contains(split.other, "town of 18,000 people")
    assert contains(split.other, "cover letter")


def test_paragraph_ad_with_windows_line_endings_and_nbsp() -> None:
    text = clean_ad_text(read_ad("paragraph_only.txt"))
    assert "\r" not in text and "\u00a0" not in text and "  " not in text


# --- numbered lists with wrapped lines and a desirable section ----------------------


def test_numbered_duties_with_wrapped_lines_and_lettered_subitems() -> None:
    split = split_file("numbered_desirable.txt")
    assert split.duties[0].startswith("Provide a customer service at the counter")
    assert split.duties[0].endswith("the loan of stock.")
    assert contains(split.duties, "referring them to the Branch Manager where necessary")
    assert "entering data on the library management system" in split.duties
    assert contains(split.duties, "rota for evening and weekend opening")
    assert len(split.duties) == 9


def test_numbered_essential_and_desirable_criteria() -> None:
    split = split_file("numbered_desirable.txt")
    assert len(split.requirements) == 6
    assert split.desirable == [
        "Experience of using a library management system.",
        "Experience of producing promotional material.",
        "A current driving licence.",
    ]
    assert contains(split.other, "To deliver a welcoming library service")


# --- empty and oversized pastes -----------------------------------------------------


@pytest.mark.parametrize("raw", ["", "   \n\t", "<div><script>var x = 1;</script></div>", "• \n-"])
def test_empty_ads_raise_with_a_readable_message(raw: str) -> None:
    with pytest.raises(EmptyAd, match="The ad is empty"):
        split_ad(raw)


def test_empty_file() -> None:
    with pytest.raises(EmptyAd):
        split_file("empty.txt")
    assert clean_ad_text(read_ad("empty.txt")) == ""


def test_oversized_ad_is_refused_with_the_limit_in_the_message() -> None:
    raw = read_ad("oversized_100kb.txt")
    assert len(raw.encode("utf-8")) >= 100_000
    with pytest.raises(AdTooLong, match="limit is 50,000") as caught:
        split_ad(raw)
    assert caught.value.length > MAX_AD_CHARS
    assert isinstance(caught.value, ValueError)


def test_huge_paste_is_refused_before_parsing() -> None:
    with pytest.raises(AdTooLong):
        clean_ad_text("<p>x</p>" * 200_000)


def test_html_markup_does_not_count_towards_the_limit() -> None:
    ad = "<div><p>Answer phones at the front desk.</p></div>" + "<span></span>" * 5_000
    assert len(ad) > MAX_AD_CHARS
    assert split_ad(ad).duties == ["Answer phones at the front desk."]


# --- smaller pieces -----------------------------------------------------------------


def test_bullets_are_normalised() -> None:
    raw = (
        "Duties\n● Shelve returns\n▪ Tidy the stacks\n*  Cover the desk\n"
        "-\tAnswer phones\n•\nProcess holds"
    )
    assert clean_ad_text(raw).split("\n")[1:] == [
        "• Shelve returns",
        "• Tidy the stacks",
        "• Cover the desk",
        "• Answer phones",
        "• Process holds",
    ]


def test_letter_and_roman_bullets_and_inline_heading() -> None:
    raw = (
        "Duties: greet visitors; sort the post\n"
        "What you'll do\n(a) Staff the desk\nb. Write the newsletter\nii) Shelve books\n"
        "Requirements\nA) U.S. citizenship\n"
    )
    split = split_ad(raw)
    assert split.duties == [
        "greet visitors",
        "sort the post",
        "Staff the desk",
        "Write the newsletter",
        "Shelve books",
    ]
    assert split.requirements == ["U.S. citizenship"]


def test_heading_words_inside_sentences_do_not_open_sections() -> None:
    split = split_ad("Experience with Canva\nYou will answer phones.")
    assert split.requirements == ["Experience with Canva"]
    assert split.duties == ["You will answer phones."]


def test_lead_in_line_with_colon_opens_a_section() -> None:
    split = split_ad(
        "In this job you will be expected to:\n- Cover the counter\n"
        "The successful applicant will have:\n- Patience"
    )
    assert split.duties == ["Cover the counter"]
    assert split.requirements == ["Patience"]


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("You will staff the enquiry desk.", "duties"),
        ("Answering phones and emails", "duties"),
        ("You will have excellent written English.", "requirements"),
        ("Experience with social media scheduling tools", "requirements"),
        ("A degree in any subject", "requirements"),
        ("Knowledge of Dewey would be an advantage", "desirable"),
        ("Our branch opened in 1904.", None),
    ],
)
def test_classify_line(line: str, kind: str | None) -> None:
    assert classify_line(line) == kind


def test_split_sentences_keeps_abbreviations() -> None:
    assert split_sentences("Use tools, e.g. Canva. Then post it. Ask Dr. Lee.") == [
        "Use tools, e.g. Canva.",
        "Then post it.",
        "Ask Dr. Lee.",
    ]


def test_split_is_deterministic() -> None:
    raw = read_ad("public_library_assistant.txt")
    assert split_ad(raw) == split_ad(raw)


def test_initials_are_not_list_letters() -> None:
    assert split_ad("Requirements\nU.S. work authorisation").requirements == [
        "U.S. work authorisation"
    ]


# --- the formats people really paste (held-out corpus, issue 16) ----------------------

HELDOUT = json.loads((ADS / "expected_heldout.json").read_text(encoding="utf-8"))["ads"]


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("’", "'")).strip().lower().rstrip(".;, ")


@pytest.mark.parametrize("ad", HELDOUT, ids=[ad["file"] for ad in HELDOUT])
def test_each_corpus_ad_gives_its_duties_and_requirements(ad: dict) -> None:
    split = split_file(ad["file"])
    assert sorted(map(_norm, split.duties)) == sorted(_norm(d) for d in ad["duties"])
    desirable = {_norm(t) for t in split.desirable}
    got = {_norm(t): _norm(t) not in desirable for t in split.requirements}
    assert got == {_norm(r["text"]): r["essential"] for r in ad["requirements"]}


def test_the_corpus_covers_the_styles_people_paste() -> None:
    styles = {ad["style"] for ad in HELDOUT}
    assert len(HELDOUT) >= 12
    for needed in ("uk_person_specification", "us_essential_functions", "html_job_board",
                   "plain_paragraphs"):
        assert needed in styles
    assert any(style.startswith("academic") for style in styles)


US_AD = """Library Clerk
POSITION SUMMARY
Performs public service duties at the circulation desk.

ESSENTIAL FUNCTIONS
- Checks materials in and out.
- Answers patron questions by telephone.

MINIMUM QUALIFICATIONS
- High school diploma or GED.

PREFERRED QUALIFICATIONS
- Bilingual in English and Spanish.
"""


def test_us_essential_functions_are_duties_not_requirements() -> None:
    split = split_ad(US_AD)
    assert split.duties == ["Checks materials in and out.",
                            "Answers patron questions by telephone."]
    assert split.requirements == ["High school diploma or GED.",
                                  "Bilingual in English and Spanish."]
    assert split.desirable == ["Bilingual in English and Spanish."]
    # the summary above the listed functions is not a further duty
    assert "Performs public service duties at the circulation desk." in split.other


def test_a_person_specification_table_is_read_by_its_columns() -> None:
    html = ("<h2>Person specification</h2><table><tr><th>Criteria</th><th>Essential</th>"
            "<th>Desirable</th></tr><tr><td>GCSE Maths</td><td>X</td><td></td></tr>"
            "<tr><td>Experience in a school</td><td></td><td>✓</td></tr></table>")
    split = split_ad(html)
    assert split.requirements == ["GCSE Maths", "Experience in a school"]
    assert split.desirable == ["Experience in a school"]


def test_must_have_with_ideally_is_essential_and_is_essential_beats_you_will() -> None:
    assert classify_line("You must have experience with the public, ideally in a shop.") \
        == "requirements"
    assert classify_line("A friendly telephone manner is essential, as you will often be "
                         "the first contact.") == "requirements"
    assert classify_line("Ideally you will have used Canva.") == "desirable"


# --- a second writer's corpus (job_ads_b3), scored once before these rules were written ---

B3 = ADS.parent / "job_ads_b3"


def _eval_job_ads() -> ModuleType:
    path = Path(__file__).resolve().parents[2] / "benchmarks" / "eval_job_ads.py"
    spec = importlib.util.spec_from_file_location("eval_job_ads", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


B2 = ADS.parent / "job_ads_b2"
B4 = ADS.parent / "job_ads_b4"
B5 = ADS.parent / "job_ads_b5"
B6 = ADS.parent / "job_ads_b6"
B7 = ADS.parent / "job_ads_b7"
B8 = ADS.parent / "job_ads_b8"
B9 = ADS.parent / "job_ads_b9"
B10 = ADS.parent / "job_ads_b10"
B11 = ADS.parent / "job_ads_b11"
B12 = ADS.parent / "job_ads_b12"
B13 = ADS.parent / "job_ads_b13"
B14 = ADS.parent / "job_ads_b14"
B15 = ADS.parent / "job_ads_b15"
B16 = ADS.parent / "job_ads_b16"
B17 = ADS.parent / "job_ads_b17"
B18 = ADS.parent / "job_ads_b18"
B19 = ADS.parent / "job_ads_b19"
B20 = ADS.parent / "job_ads_b20"
B21 = ADS.parent / "job_ads_b21"
B22 = ADS.parent / "job_ads_b22"
B23 = ADS.parent / "job_ads_b23"
B24 = ADS.parent / "job_ads_b24"
B25 = ADS.parent / "job_ads_b25"
B26 = ADS.parent / "job_ads_b26"
B27 = ADS.parent / "job_ads_b27"
B28 = ADS.parent / "job_ads_b28"
B29 = ADS.parent / "job_ads_b29"
B30 = ADS.parent / "job_ads_b30"
B31 = ADS.parent / "job_ads_b31"
B32 = ADS.parent / "job_ads_b32"
B33 = ADS.parent / "job_ads_b33"
B34 = ADS.parent / "job_ads_b34"
B35 = ADS.parent / "job_ads_b35"
B36 = ADS.parent / "job_ads_b36"
B37 = ADS.parent / "job_ads_b37"
B38 = ADS.parent / "job_ads_b38"
B39 = ADS.parent / "job_ads_b39"
B40 = ADS.parent / "job_ads_b40"
B41 = ADS.parent / "job_ads_b41"
B42 = ADS.parent / "job_ads_b42"
B43 = ADS.parent / "job_ads_b43"
B44 = ADS.parent / "job_ads_b44"
B45 = ADS.parent / "job_ads_b45"
B46 = ADS.parent / "job_ads_b46"
B47 = ADS.parent / "job_ads_b47"
B48 = ADS.parent / "job_ads_b48"
B49 = ADS.parent / "job_ads_b49"
B50 = ADS.parent / "job_ads_b50"
B51 = ADS.parent / "job_ads_b51"
B52 = ADS.parent / "job_ads_b52"
B53 = ADS.parent / "job_ads_b53"
B54 = ADS.parent / "job_ads_b54"
B55 = ADS.parent / "job_ads_b55"
B56 = ADS.parent / "job_ads_b56"
B57 = ADS.parent / "job_ads_b57"
B58 = ADS.parent / "job_ads_b58"
B59 = ADS.parent / "job_ads_b59"
B60 = ADS.parent / "job_ads_b60"
B61 = ADS.parent / "job_ads_b61"
B62 = ADS.parent / "job_ads_b62"
B63 = ADS.parent / "job_ads_b63"
B64 = ADS.parent / "job_ads_b64"
B65 = ADS.parent / "job_ads_b65"
B66 = ADS.parent / "job_ads_b66"
B67 = ADS.parent / "job_ads_b67"
B68 = ADS.parent / "job_ads_b68"
B69 = ADS.parent / "job_ads_b69"
B70 = ADS.parent / "job_ads_b70"
B71 = ADS.parent / "job_ads_b71"
B72 = ADS.parent / "job_ads_b72"
B73 = ADS.parent / "job_ads_b73"
B74 = ADS.parent / "job_ads_b74"
B75 = ADS.parent / "job_ads_b75"
B76 = ADS.parent / "job_ads_b76"
B77 = ADS.parent / "job_ads_b77"
B78 = ADS.parent / "job_ads_b78"
B79 = ADS.parent / "job_ads_b79"
B80 = ADS.parent / "job_ads_b80"
B81 = ADS.parent / "job_ads_b81"
B82 = ADS.parent / "job_ads_b82"
B83 = ADS.parent / "job_ads_b83"
B84 = ADS.parent / "job_ads_b84"
B85 = ADS.parent / "job_ads_b85"
B86 = ADS.parent / "job_ads_b86"
B87 = ADS.parent / "job_ads_b87"
B88 = ADS.parent / "job_ads_b88"
B89 = ADS.parent / "job_ads_b89"
B90 = ADS.parent / "job_ads_b90"
B91 = ADS.parent / "job_ads_b91"
B92 = ADS.parent / "job_ads_b92"
B93 = ADS.parent / "job_ads_b93"
B94 = ADS.parent / "job_ads_b94"
B95 = ADS.parent / "job_ads_b95"
B96 = ADS.parent / "job_ads_b96"
B97 = ADS.parent / "job_ads_b97"
B98 = ADS.parent / "job_ads_b98"
B99 = ADS.parent / "job_ads_b99"
B100 = ADS.parent / "job_ads_b100"
B101 = ADS.parent / "job_ads_b101"
B102 = ADS.parent / "job_ads_b102"
B103 = ADS.parent / "job_ads_b103"
B104 = ADS.parent / "job_ads_b104"
B105 = ADS.parent / "job_ads_b105"
B106 = ADS.parent / "job_ads_b106"
B107 = ADS.parent / "job_ads_b107"
B108 = ADS.parent / "job_ads_b108"
B109 = ADS.parent / "job_ads_b109"
B110 = ADS.parent / "job_ads_b110"
B111 = ADS.parent / "job_ads_b111"
B112 = ADS.parent / "job_ads_b112"
B113 = ADS.parent / "job_ads_b113"
B114 = ADS.parent / "job_ads_b114"
B115 = ADS.parent / "job_ads_b115"
B116 = ADS.parent / "job_ads_b116"
B117 = ADS.parent / "job_ads_b117"
B118 = ADS.parent / "job_ads_b118"
# Corpora guarded at their first score, before their misses were read, or whose duty
# misses were read and left (B71: a recruiter's wrapped duty list, a store's rhythm told
# over its duties): looser floors
# (B96: its physical requirements, an Indeed summary's facts and running-text checks, read
# and left as conventions writers do not share)
# (B25, B69: since wave 67 a "Physical Requirements" list is read as essential criteria, as
# the format the writers get says of any requirements-type heading and as twenty of the
# writers who met one did; B25's writer, like most before B41, did not count them, and
# B69's marked one of them desirable)
_AT_FIRST_SCORE: set[Path] = {B25, B69, B71, B96}
# Catch-all items of a duty list ("Any other duties as assigned"): B27's and B28's writers
# (and B9's, B25's) count them as neither, most earlier writers as duties; since B28's
# fixes the reader keeps them out (a candidate cannot weigh them) and the guard reads every
# corpus that way


@pytest.mark.parametrize(("folder", "allowed_misses"),
                         [(B3, 5), (B2, 0), (B4, 3), (B5, 0), (B6, 0), (B7, 2), (B8, 0),
                          (B9, 6), (B10, 1), (B11, 14), (B12, 1), (B13, 6), (B14, 3),
                          (B15, 5), (B16, 6), (B17, 2), (B18, 5), (B19, 3), (B20, 0),
                          (B21, 0), (B22, 4), (B23, 8), (B24, 4), (B25, 12), (B26, 4),
                          (B27, 1), (B28, 4), (B29, 0),
                          (B30, 6), (B31, 3), (B32, 3), (B33, 17),
                          (B34, 0), (B35, 2), (B36, 8), (B37, 1), (B38, 3), (B39, 0), (B40, 2),
                          (B41, 0), (B42, 2), (B43, 2),
                          (B44, 0), (B45, 3), (B46, 7),
                          (B47, 6), (B48, 0), (B49, 0), (B50, 4), (B51, 1),
                          (B52, 2), (B53, 0), (B54, 3), (B55, 0),
                          (B56, 1), (B57, 4), (B58, 1),
                          (B59, 1), (B60, 0),
                          (B61, 1), (B62, 0),
                          (B63, 4), (B64, 1), (B65, 1),
                          (B66, 0), (B67, 2), (B68, 1),
                          (B69, 2), (B70, 5), (B71, 6),
                          (B72, 0), (B73, 3),
                          (B74, 1), (B75, 1),
                          (B76, 0), (B77, 5),
                          (B78, 5), (B79, 1),
                          (B80, 1), (B81, 7), (B82, 6),
                          (B83, 5), (B84, 2),
                          (B85, 5), (B86, 3), (B87, 4), (B88, 0), (B89, 0),
                          (B90, 0), (B91, 2), (B92, 2), (B93, 2), (B94, 5),
                          (B95, 0), (B96, 8), (B97, 2), (B98, 0), (B99, 7), (B100, 5),
                          (B101, 4), (B102, 3),
                          (B103, 3), (B104, 4),
                          (B105, 3), (B106, 5),
                          (B107, 3), (B108, 0),
                          (B109, 4), (B110, 1),
                          (B111, 1), (B112, 4),
                          (B113, 3), (B114, 1),
                          (B115, 3), (B116, 3),
                          (B117, 4), (B118, 1)],
                         ids=["b3", "b2", "b4", "b5", "b6", "b7", "b8", "b9", "b10", "b11",
                              "b12", "b13", "b14", "b15", "b16", "b17", "b18", "b19", "b20",
                              "b21", "b22", "b23", "b24", "b25", "b26", "b27", "b28",
                              "b29", "b30", "b31", "b32", "b33", "b34", "b35", "b36",
                              "b37", "b38", "b39", "b40", "b41", "b42", "b43",
                              "b44", "b45", "b46", "b47", "b48", "b49",
                              "b50", "b51", "b52", "b53", "b54", "b55", "b56",
                              "b57", "b58", "b59", "b60", "b61", "b62", "b63", "b64",
                              "b65", "b66", "b67", "b68", "b69", "b70",
                              "b71", "b72", "b73", "b74", "b75", "b76",
                              "b77", "b78", "b79", "b80", "b81", "b82", "b83", "b84", "b85",
                              "b86", "b87", "b88", "b89", "b90", "b91", "b92", "b93", "b94",
                              "b95", "b96", "b97", "b98", "b99", "b100", "b101", "b102",
                              "b103", "b104", "b105", "b106",
                              "b107", "b108", "b109", "b110",
                              "b111", "b112", "b113", "b114", "b115", "b116",
                              "b117", "b118"])
def test_the_later_corpora_read_as_well_as_when_their_misses_were_fixed(
        folder: Path, allowed_misses: int) -> None:
    """First scores: B3 duties F1 0.92, requirements F1 0.64 (reader aca61e6); B2 0.98 /
    0.99, marked right 0.96 (reader 4c47fa3); B4 0.91 / 0.88 / 1.00 (reader 6cceb51);
    B5 0.97 / 0.79 / 0.96 (reader a08fd7a); B6 0.97 / 0.70 / 0.99 (reader 06f9ed4);
    B7 0.92 / 0.89 / 0.93 (reader 9aaf31d); B8 0.95 / 0.77 / 0.98 (reader 8347ae8);
    B9 0.90 / 0.69 / 0.97 (reader 40a5f39), 0.99 / 0.97 / 0.99 after its fixes, with 13
    lines left where its writer's conventions differ (10 after B10's fixes); B10 0.94 /
    0.79 / 0.98 (reader 737315b), one recruiter's aside left; B11 0.72 / 0.53 / 0.94
    (reader 2113126), 0.99 / 0.92 / 1.00 after its fixes, 20 lines left where its writer
    kept "(essential)" / "(required)" in the text; B12 0.98 / 0.97 / 1.00 (reader
    c61666e), one recruiter's aside left; B13 0.98 / 0.96 / 0.99 (reader 68108a5), one
    NHS Jobs summary line left (docs/job_fit.md); B14 0.96 / 0.90 / 0.96 (reader 0fabaab),
    then all right; B15 0.98 / 0.93 / 1.00 (reader 92f33b5), six lines left (four where its
    writer kept "(preferred)" in the text, two sentences of an intro read as requirements);
    B16 0.93 / 0.88 / 1.00 (reader b28cb18), 0.99 / 0.98 / 1.00 after its fixes, nine lines
    left; B17 0.98 / 0.96 / 0.98 (reader d8182f1), two lines left where its writer kept
    "(desirable)" in the text; B18 0.93 / 0.90 / 0.98 (reader 0bca448, freeze e6b0581),
    four lines left where its writer kept "(preferred)" in the text; B19 0.95 / 0.89 / 0.94
    (reader 693f842), 1.00 / 0.99 / 1.00 after its fixes, two lines left (one item whose
    writer kept "(preferred)" in the text: missed as written, found without it); B20 0.98 /
    0.88 / 0.96 (reader ef0d116), 1.00 / 1.00 / 1.00 after its fixes, no lines left. B3 has
    one line left now, B11 16; B20's rules also fixed one line each in B15 (now 5: a
    "This position ... requires ..." sentence), B16 (now 6: text under "About Cedarvale"),
    B9 (now 9) and B6 (now none: both a wish with a subject of its own after ";"); B7 two,
    the Indeed summary lines its writer (alone of three) counted as requirements; B21 0.94 /
    0.89 / 0.92 (reader d877f42), 1.00 / 1.00 / 1.00 after its fixes, no lines left (its
    writer's "preferred" / "a plus" items kept their words and were marked right already);
    B22 0.92 / 0.85 / 0.99 (reader f8c11ab), 1.00 / 0.99 / 1.00 after its fixes, three lines
    left (one item whose writer kept "(preferred)" in the text: missed as written, found
    without it; a programme's eligibility paragraph, "you must be ...", which its writer
    alone counts as neither); B23 0.88 / 0.89 / 0.94 (reader bc95e6b), 1.00 / 0.98 / 1.00
    after its fixes, eight lines left (two context sentences, "The post holder will work
    under ..." and "You'll work under the direction of ...", read by their wording; a
    "No experience necessary" bullet in a requirement list; a document date under a person
    specification; a class specification's DEFINITION paragraph; an item wrapped before a
    capitalised line of seven words, counted twice; "... would have a head start", a wish
    in words of its own); B24 0.96 / 0.88 / 1.00 (reader 26306c4), 1.00 / 0.99 / 1.00
    after its fixes, two lines left (one item whose writer kept "(desirable)" in the text:
    missed as written, found without it and marked desirable); B25 0.95 / 0.87 / 1.00
    (reader ed34ca0), 0.99 / 0.94 / 1.00 after its fixes, 15 lines left (14 where its
    writer kept "(ESSENTIAL)", "(desirable)" or a job board's "(required)" / "(preferred)"
    in the text: missed as written, found without them and marked right; one "Performs
    other duties as assigned." bullet its writer counts as neither, as B9's did, where most
    earlier writers counted it a duty); B25's rules also fixed two lines of B11 (now 14: a "Right
    to work ... (essential) – ..." item under "What you'll need:" after the duties); B26
    1.00 / 0.96 / 1.00 (reader e9ac2cc), 1.00 / 0.99 / 1.00 after its fixes, 4 lines left
    (two items whose writer kept "(desirable)" in the text: missed as written, found
    without it and marked desirable); B26's rules also fixed one line of B23 (now 7: its
    class specification's DEFINITION paragraph); B27 0.77 / 0.99 / 0.97 (reader 124eba8),
    0.98 / 1.00 / 1.00 after its fixes, 9 lines left (eight catch-all "... any other duties
    ..." items of a duty list, which its writer counts as neither where most earlier writers
    counted them duties; one sentence of an "About the role" paragraph, "... so a calm,
    patient approach is essential", read as a requirement by its wording); B27's rules also
    fixed two lines of B23 (now 5: an item wrapped before a capitalised line of seven words,
    counted twice); B28 0.84 / 0.87 / 0.97 (reader e4c80ba, scored once at freeze fa60edc),
    0.95 / 0.98 / 1.00 after its fixes (job-alert e-mails laid out in nested tables, bullet
    glyphs in a cell of their own, a layout cell holding the whole ad, "Essential<tab>
    Desirable" columns, emoji bullets with a variation selector, "Here's what the job looks
    like", a "distinct advantage", "Basic DBS check (E)" read as a heading, page furniture),
    14 lines left (ten catch-all items of a duty list its writer counts as neither; a
    "Similar jobs" line, "None required", an agency's sentence about its client and a
    newspaper's copyright line). Then catch-all items were kept out of the duties for
    every corpus (the expected duties are read the same way here): B27 9 lines -> 1, B28
    14 -> 4, B25 15 -> 14, B9 9 -> 8. B29 0.97 / 0.91 / 0.96 (reader bf4bfa4, scored once at
    freeze 3758fc6), 1.00 / 1.00 / 1.00 after its fixes (a government posting laid out as a
    label | content table with one item per <br>, "Criteria / Essential / Desirable" cells one
    per line with "N/A" for an empty one, "1.2 ..." criteria wrapped before their mark,
    "Other jobs you might like", a note on the duty percentages). B30 0.99 / 0.95 / 0.98
    (reader 17aceac, scored once at freeze 48d24f0), 21 lines; 0.99 / 0.98 / 0.99 after its
    fixes (an Essential | Desirable HTML table with no label column, "Factor / Essential /
    Desirable" rows of three cells across a page break, notes on shortlisting), 11 lines
    left; then 9 (a "Pay range:" line in the job-meta list, "Helping out with anything else
    the practice manager asks"); then 5 (a dental practice's paragraph: "... is needed for
    handling payments", "You will also need a satisfactory DBS check", "would also be
    useful"). B31 0.96 / 0.98 / 0.98 (reader 0873675, scored once at freeze c0590b2), 0.99 /
    0.99 / 1.00 after its fixes (a cookie banner's "Some are essential", a US duty list's
    lead-in "... are normal for this position. These are not to be construed as ...", an item
    wrapped under its own text however long the wrapped line, "Bonus if you have ⭐", and
    Indeed's "Application question(s):"), 3 lines left (an intro's "You will be the first and
    last face our passengers see", and the two job facts of Indeed's summary its writer alone
    counts as requirements); B31's rules also fixed five lines of B25 (now 9). B32 0.90 /
    0.84 / 0.97 (reader at freeze, scored once), 62 lines; 1.00 / 0.99 / 1.00 after its
    fixes (an ASCII grid person specification, an Irish council's two-column specification,
    bold sub-headings inside a duty list, Oracle's job facts, a recruiter's questions, a
    Gumtree menu, pay and vetting sentences, a class specification's "; and" and its
    boilerplate), 3 lines left; they also fixed a line of B9 (now 7) and two of B16 (now 4).
    B33 0.82 / 0.79 / 1.00 (reader at freeze b4fffbf, scored once), 101 lines; 1.00 / 0.96
    / 1.00 after its fixes (USAJOBS specialized-experience lists, Success Profiles
    behaviours and stage tables, an accordion's Benefits panel, a "You need:" post, an
    Australian selection criteria lead-in wrapped by a PDF), 11 lines left. Its writer
    counts the Civil Service behaviours as requirements, B3's as neither: the reader follows
    B33 (a candidate is asked for an example of each), so B3 has 5 lines left. B34 0.88 /
    0.95 / 1.00 (reader at freeze 16901e4, scored once); 1.00 / 1.00 / 1.00 after its fixes
    (a "Must have | Nice to have" table of lists, a "% of Time" duty table, a typed glyph
    in list items, wrapped prose, "Required Documents"), 1 line left. B35 0.95 / 0.96 /
    1.00 (reader at freeze 3c55dbb, scored once), 21 lines; 8 after its fixes (a "Required /
    Asset" column, sub-heading list items, a share in words, a wrap after "the"). B36 0.98 /
    0.89 / 1.00 (reader at freeze effa12e, scored once), 35 lines; 11 after its fixes (a mark
    on a criterion's last line, an unlabelled Essential | Desirable text table, an item after
    a page break), which also fixed three lines of B9 (now 4). B37 0.91 / 0.80 / 0.97
    (reader at freeze ef53cdd, scored once; beauty, wellbeing and pet services), 74 lines;
    1 after its fixes (a tick typed in a list item, an area | list text table, a stacked
    table named by letters, "You must have | Nice to have", DSC codes, a recruiter's note
    over a forwarded ad, Indeed's screening summary), which also fixed six lines of B35
    (now 2: its key result areas are read the same way). B38 0.92 / 0.94 / 1.00 (reader at
    freeze ae6a4fa, scored once; health and care front desks), 34 lines; 3 after its fixes
    (a table whose header cells name two sections, competency categories named like duties,
    a legend wrapped after "at", a commitment statement): NHS Jobs' "Main duties of the job"
    summary, which its writer (as B13's and B23's) counts as neither and B12's, B15's and
    B17's as duties, and a paragraph of conditions under "Other". B40 (travel, transport and
    visitor desks, reader at freeze f6d54ca) 42 lines, 11 after its first fixes, 2 after
    its second (a US exam under "How you will be evaluated", an "Equal Opportunity
    Statement" heading, page footers, a bracket wrapped onto its own line, a recruiter's
    opening line): an item printed with "(desirable)" after it. B41 (hospitality, leisure
    and venues, reader at freeze e0100c5, scored once) 0.93 / 0.96 / 0.98, 22 lines; 2
    after its fixes ("would be considered assets", "What they're after", an "Area | What
    you'll do" table grouped by a spanning label, a condition told in running text,
    "Applicant Documents"): two items under "Physical Requirements", which its writer
    counts as requirements and the writers of B4, B9, B13, B14, B16, B18, B19, B22-B25 as
    neither. B42 (charity, community and advice services, reader at freeze cecebd8, scored
    once) 1.00 / 0.98 / 1.00, 6 lines; 2 after its fixes (a recruiter's "really strong fit"
    and "If this sounds interesting", "at the link below", a check required before the start
    date told in running text): a recruiter's line on the start date and contract, and a
    sentence on what the adviser will need to recognise, which its writer leaves out.
    B43 (call centres, IT help desks and contact centres, reader at freeze a3aa870, scored
    once) 0.94 / 0.95 / 0.98, 25 lines; 3 after its fixes ("About the mahi", a marked
    criterion wrapped after a comma, "WORKING FOR ..." and "WHY ..." over perks, an
    employer describing its service, documents marked essential, "Operational
    requirements" after the assets): a language line under a Canadian poster's "assessed
    at a later date" and a "you do need to like ..." in the role's prose, which its writer
    counts as neither. B44 (care homes, home care and hospital support, reader at freeze
    064d6c6, scored once) 0.97 / 0.94 / 1.00, 18 lines; 2 after its fixes ("To be
    considered you'll need:", a wrapped criterion marked before its text with its
    assessment code on the wrap, emoji bullets past a wrapped item, a "Checks:" job fact):
    two items under "Physical Requirements", which this writer, like B41's, counts as
    requirements and most writers as neither. B45 (warehouses, logistics, delivery,
    manufacturing and trades counters, reader at freeze 13fbe25, scored once) 0.92 / 0.85 /
    0.98, 58 lines; 8 after its fixes (a bullet glyph in a span of its own, a "gdpr-notice"
    banner, a "Label | criterion" table under a requirements heading, "Even better if you
    have", a bulleted part of the job with its share): three "Physical Requirements" items
    its writer counts as requirements, two conditions in running text under "CONDITIONS OF
    EMPLOYMENT", a benefits line and a sentence of prose in a PDF pack, and a commenter's
    "I have auto licence only" under a social post. B46 (pharmacies, opticians, vets and
    hearing care, reader at freeze 2e62cf9, scored once) 0.98 / 0.79 / 1.00, 43 lines; 8
    after its fixes ("&raquo;" bullets, "Advantageous", assessment codes with commas, rows
    of an Attribute | Criteria | E/D table kept apart): a recruiter's e-mail written as
    prose (4), a DBS line wrapped in running text, an agency's closing line, a sentence of
    the role's prose and a catch-all its writer leaves out. B47 (bank branches, post
    offices and money counters, reader at freeze 8a073b5, scored once) 0.99 / 0.97 / 0.99,
    10 lines, not yet read. B48 (leisure centres, gyms, pools and sports clubs, reader at
    freeze e07c3bd, scored once) 0.99 / 0.92 / 0.98, 24 lines; 2 after its fixes (columns
    with no bullets under "Required   Assets", "Nice but not necessary", a recruiter's
    remark on the candidate's note, the candidate's quoted message, a bullet naming the
    group under it): two items under "Physical Requirements" its writer counts as
    requirements B49 (museums, galleries, theatres, cinemas and visitor attractions,
    reader at freeze a11110e, scored once) 0.99 / 0.98 / 0.98, 9 lines; 1 after its fixes
    ("What the client needs", "It's a bonus if you", "Training: 2 paid induction days" as
    a job fact, the site's own <header>, "Applicants must attach ..."), and none after
    B50's (a right-to-work condition in running text). B50 (council, library, court,
    motor-registry and passport counters, reader at freeze 58a5fc7, scored once) 0.99 / 0.91
    / 1.00, 25 lines; 9 after its fixes (E/D marks alone under wrapped criteria, "*QUESTION
    2" over supplemental answers, an e-mail's legal footer, right-to-work, citizenship and
    vetting conditions in running text): the Civil Service behaviours listed under how
    candidates are assessed (4), two eligibility items under "Eligibility to Compete" (a
    heading B33's writer reads the other way), two recruiters' sentences of prose and a
    clause cut from "Each candidate must, on the latest date ...". B51 (car dealerships,
    garages, MOT and tyre centres, parts counters, breakdown desks and driving schools,
    reader at freeze fa463d1, scored once) 0.98 / 0.96 / 1.00, 14 lines; 2 after its fixes
    ("What they're asking for", "They don't require ... vetting", the employer described at
    the top of the role, how it shortlists): a licence row in the job's facts table and a
    right-to-work line after the lists, which its writer leaves out and B28's counts. B52
    (funeral, crematorium, cemetery and register offices, wedding venues and memorial
    masons, reader at freeze 94cdf87, scored once) 0.96 / 0.89 / 1.00, 37 lines; 4 after its
    fixes ("Criteria | E | D" tick columns, "Type and proofread", "Upload", "Be the first
    point of contact", "Follow up with", "Hand ... over", a catch-all under requirements,
    the job's title over a posting): a licence in a job board's details block and a
    residency condition (conventions other writers read the other way), a recruiter's
    sentence and the employer's remark on who does well. B53 (police front counters, prison
    visits, probation and youth-justice receptions, victim-support helplines, reader at
    freeze a975949, scored once) 0.97 / 0.98 / 1.00, 13 lines; 1 after its fixes ("Key
    result area  Key tasks", "Relationships and information sharing" as a result area,
    "<li>Knowledge of:" over a nested list, terms and selection rules told in running text,
    "Bargaining Unit:"): a recruiter's opening sentence. B54 (dry cleaners, tailors, shoe
    repair and key cutting, photo and print shops, reader at freeze 401c71d, scored once)
    0.96 / 0.96 / 0.98, 19 lines; 3 after its fixes (a label at the bullets' indent, "The
    client needs someone who", "Nice if you've got", "Desirable criteria may be addressed",
    "Visa:"): three sentences of the employer's or recruiter's prose. B55 (universities and
    colleges: student services, halls receptions, admissions, students' union shops and
    cafés, security lodges, accommodation and finance offices, reader at freeze e0d504a,
    scored once) 1.00 / 1.00 / 1.00, one line: a sentence of the employer's prose on what
    the job is like, read as a requirement; none after its fix ("Much of the job is ...").
    B56 (holiday parks, campsites, marinas, golf clubs and racecourses, reader at freeze
    395ce33, scored once) 0.93 / 0.96 / 1.00, 21 lines; 1 after its fixes ("They're
    after:", a "PAY RATES" table, a job board's "Work type" and "Pay" facts, a criterion
    that reached its E/D column, "The successful candidate will report to ...", a numbered
    list's first item closed on a capitalised line; B39 two lines fewer): a job board's
    "Availability ... essential" fact, which most writers' lists use for a requirement.
    B57 (self-storage, van and car hire, removals offices, courier depots and parcel shops,
    tool hire, reader at freeze 531581c, scored once) 0.97 / 0.92 / 1.00, 22 lines; 6
    after its fixes ("They're looking for someone with:", "Duties include -", an
    "Essential   Desirable" table with no label column and cells wrapped in their column,
    a short criterion between two marked ones): two sentences of the employer's prose, a
    PDF row wrapped after its mark, and "(desirable)" its writer kept in the text. B58
    (visa centres, embassy and consulate counters, immigration advice, translation
    offices, reader at freeze 7fc4e6e, scored once) 1.00 / 0.98 / 1.00, 5 lines: a
    USAJOBS grade rule, three sentences of terms under a consular ad's conditions and a
    job board's tag line, each read as a requirement; 1 after its fixes (the grade rule and
    the terms are neither): the tag line. B59 (farm supply counters, livestock marts, show
    offices, plant nurseries, reader at freeze dcf4e5b, scored once) 0.98 / 0.85 / 1.00, 44
    lines; 9 after its fixes (a spaced Essential/Desirable table whose cells start with
    "- " and wrap onto the next row, a job board's "Pay Range" and "Schedule" facts): a
    "Physical Requirements" list (two items), a caps sub-heading inside a numbered duty
    list, a catch-all, two comments under a social post, a recruiter's reassurance and a
    residency condition. B60 (theatre box offices, concert halls, arenas, cinemas, stadium
    ticket offices, reader at freeze 757feb7, scored once) 0.99 / 0.99 / 1.00, 6 lines; 2
    after its fixes (a bold label over a nested list, a facts table's "Police clearance |
    Required", a lead-in under "How to apply", a recruiter's "so you have it in front of
    you"): a "Physical Requirements" list (two items). B61 (recycling centres, waste depots,
    weighbridges, skip hire, builders' merchants, reader at freeze e34dcef, scored once)
    0.96 / 0.93 / 1.00, 25 lines; none after its fixes (ASCII arrows as bullets, a wrapped
    lead-in under an Irish "Qualifications for the post", Indeed's "Job details" box, a
    licence and a car asked for in a recruiter's prose, "pick", "You'll split your time
    between ...", a capitalised wrap in a spaced E/D table). B62 (zoos, aquariums, wildlife
    parks, botanic gardens, reader at freeze ba5243e, scored once) 1.00 / 0.97 / 0.99, 8
    lines; 3 after its fixes (how to set out an application, "the preferred candidate", a
    weekend condition in running text, a facts table's "Languages | English", a recruiter's
    rejection): a "Physical Requirements" list (three items). B63 (forecourts, convenience
    stores, car washes, motorway services, reader at freeze f7504db, scored once) 0.99 / 0.90
    / 1.00, 22 lines; 7 after its fixes (a box table's criterion wrapped onto a row of its
    own, a lower-case wrap that reads like a heading, "allocate" and "deputise", "• Basic DBS
    check" among the other requirements, a reply that sets a worry aside): a "Physical
    Requirements" list (three items) and "(required)" / "(preferred)" kept in the text by
    its writer (four lines). B64 (job centres, agency front desks, careers centres, reader at
    freeze 8725e48, scored once) 0.99 / 0.87 / 1.00, 34 lines; 6 after its fix (an ASCII
    grid whose Essential and Desirable columns hold the criteria themselves, several to a
    cell, B64's 28 lines). B65 (coworking spaces, serviced offices, business centres,
    office-building receptions, reader at freeze 7299e3b, scored once) 0.99 / 0.90 / 1.00, 26
    lines; 1 after its fix (assessment codes without brackets under a key that spells them
    out, a two-word label over numbered duties, "Contact officer", "Our hiring process", a
    statement's word limit, a start date in running text); left: "The desk is steady ...,
    so you will need to be comfortable switching between tasks" under "About the role". B66
    (community centres, village halls, youth clubs, parish offices, reader at freeze 1b2a0ce,
    scored once) 0.99 / 0.88 / 1.00, 31 lines; none after its fix (a spaced person
    specification whose cells wrap onto the lines under them, "Any other duties as agreed",
    a check "required" among a job board's facts or in running text, the vacancy and why it
    is open told in an intro), which also put right a line each of B39 and B64. B67 (energy,
    water and broadband walk-in centres, phone stores, council customer service points,
    reader at freeze 8b9d8c2, scored once) 0.98 / 0.94 / 1.00, 17 lines; 2 after its fix (an
    Irish council's numbered titles over indented sentences, "Here's what you'll do", "Good to
    know", customers described over the duties, a recruiter's "could be a strong match", a
    post's "DM me" and "That's fine", residency or a work visa asked for in running text, a
    lone emoji item whose emoji leads the ad's other lists), which also put right three lines
    of B47 and one of B59. Left: "Full product training in your first three weeks" in the
    duty list, and "What matters is that you enjoy helping people, ..." under "About you",
    which its writer did not count. B68 (student halls, hostels, build-to-rent reception
    desks, reader at freeze 11aef49, scored once) 0.98 / 0.88 / 1.00, 29 lines; 2 after its
    fix (a "Category  Criteria  E/D  Assessed" specification typed with spaces, whose labels
    at the same column as the job facts' had made the duty list above it a label column; a
    post's "You:"; Indeed's "Profile insights"; "This post is subject to", "consent to a
    police vet" and "if it sounds interesting" in running text), which also put right a line
    of B46. Left: a "Physical Requirements" item and a lone "⭐ Bonus if you've used ..."
    line, which its writer counted as a criterion. B69 (car park offices, permit counters,
    toll plazas, park-and-ride kiosks, appeals desks, reader at freeze 8b3f8b7, scored once)
    0.99 / 0.98 / 0.98, 10 lines; 5 after its fix ("Criteria  E/D  A/I/T" as a
    specification's header, "* Essential" / "* Desirable" bullets over nested criteria,
    "What you'd need:", "will be offered an interview"). Left: two "Physical Requirements"
    items, two sentences on how busy the kiosk is among the duties, and a lunch-break rota
    wrapped in running text. B70 (opticians, hearing-aid centres, dental lab counters,
    blood-donation and vaccination clinics, reader at freeze ec3fa42, scored once) 0.98 /
    0.98 / 0.98, 10 lines; 7 after its fix (a capitalised word wrapped under a lower-case
    line that hangs under a numbered duty, "with anything else they need"). Left: the right
    to work in running text (B28's writer counted it), a recruiter's asides, a "Nice if you
    have them:" lead-in under an e-mail, a desk's rhythm described among the requirements
    and a labelled bullet table's first row. B71 (pawnbrokers, money-transfer counters,
    bureaux de change, jewellery and watch repair counters, reader at freeze ede1e45, scored
    once) 0.93 / 0.94 / 1.00, 28 lines; 14 after its fix ("1. Store operations" over
    lettered duties, "What I need from you", a reply header itself quoted). Left, for lack of
    time this session: a wrapped duty list under a recruiter's e-mail, "How you will be
    assessed" over the steps of a selection (B16 read it over criteria; mended with B72,
    11 lines), and a store's rhythm told over its duties. B72 (builders' merchants, plumbing
    and electrical trade counters, timber yards and paint trade desks, reader at freeze
    328f4f7, scored once) 0.99 / 0.98 / 1.00, 6 lines; 1 after its fix (the steps of a
    selection under "How you will be assessed", "Tell us about a time ..." asked in the
    application). Left: a residency condition in a sentence of its own (B13's writer
    counted it, B72's did not). B73 (bicycle shops and repair counters, ski and
    outdoor-equipment hire desks, boat and kayak rental kiosks, reader at freeze c833229,
    scored once) 0.96 / 0.97 / 1.00, 15 lines; 6 after its fix (a day's timetable,
    "7:00am – 10:00am" beside each task; "Training: All new staff complete our in-house
    ..." given, not asked). Left: listed physical abilities (writers split), a recruiter's
    "Must be available through closing day" among the job's facts, the encouragement of a
    careers page's "About you" paragraph. B74 (walk-in IT help desks, computer and phone
    repair shops, electronics returns counters, reader at freeze c4053f8, scored once) 1.00 /
    0.99 / 0.98, 8 lines; 1 after its fix ("Not required, but great if you have:", times
    offered for a call, "All staff have a duty to comply with Trust policies ..."). Left: a
    careers page's "What matters most is patience ..." in running text. B75 (wedding venues,
    banqueting suites, event-hire and party-supply counters, reader at freeze c2493f9, scored
    once) 1.00 / 0.94 / 1.00, 14 lines; 4 after its fix (a spaced Essential / Desirable
    table whose first cells wrap in both columns, "OPERATIONAL REQUIREMENTS" under it, the
    key "Criteria marked E are essential ..." in running text). Left: listed physical
    abilities (writers split), a vacancy sentence hard-wrapped before a capital (joining
    such lines changed 145 other ads), a reply under a social post. B76 (casinos, bingo
    halls, bookmakers and betting shops, amusement arcades, reader at freeze 0222cd6, scored
    once) 0.97 / 0.95 / 1.00, 16 lines; none after its fix ("What we look for:", an age limit
    or weekend work told in running text, shortlisting and a case study exercise under "How
    you will be assessed"). B77 (shopmobility schemes, disability equipment loan stores,
    wheelchair service centres, mobility scooter shops, reader at freeze a4ead1c, scored
    once) 0.96 / 0.90 / 1.00, 32 lines; 8 after its fix (an "AREA  ESSENTIAL  DESIRABLE"
    header over a spaced table, "Other:" among the terms, sub-headings set in italics inside
    a duty list, a cookieconsent banner, "Application Materials"). Left: driving licences
    and checks in running text, listed physical abilities, a group label spaced over its
    duties, "such other duties as the board may reasonably require". B78 (security
    gatehouses, site-induction offices and visitor reception at construction, port and
    industrial sites, reader at freeze 863f8c4, scored once) 1.00 / 0.97 / 1.00, 9 lines; 6
    after its fix ("SUMMARY OF TERMS AND CONDITIONS" ends a spaced table, "* Basic computer
    skills" after a bullet that wrapped). Left: a criterion wrapped onto a capitalised word
    under its E/D marks, sentences of running text, a reply under a post. B79 (butcher, deli,
    fishmonger and bakery counters, farmers' markets and food halls, reader at freeze
    312718e, scored once) 0.99 / 0.95 / 1.00, 13 lines; 1 after its fix (an "ESSENTIAL
    DESIRABLE" table whose rows stand apart by blank lines, a catch-all "reasonably asked of
    you by the management", "If you have never gutted a fish before, that is fine"). Left: a
    recruiter's aside after the list. B80 (music shops, art-supply and craft stores, picture
    framers, instrument repair counters, reader at freeze b95bc85, scored once) 0.99 / 0.96 /
    1.00, 11 lines; 2 after its fix ("CONDITIONS OF EMPLOYMENT" at the margin ends a
    spaced table read to two blank lines; "... questions; and" ends its lettered duty, so
    the group label "Health and safety" under it is not its wrap). Left: a licence "useful"
    in running text, "Candidates should show clearly how they meet the essential criteria".
    B81 (veterinary practices, pet shops, groomers, kennels, animal charities, reader at
    freeze 2a11254, scored once) 0.97 / 0.88 / 1.00, 38 lines; 7 after its fix (a dash typed
    glued inside each list item, "Application Requirements" over the documents to send,
    "could you send me:", "Te tūranga – the role", "The successful candidate will be
    responsible for:" under "THE ROLE"). B82 (garden centres, nurseries, florists, parks and
    grounds offices, same freeze, scored once) 1.00 / 0.93 / 1.00, 19 lines; 7 after its fix
    ("(a)" inside list items, "PARTICULARS OF EMPLOYMENT", "Canvassing will disqualify";
    B69 loses a line with it). Left: running-text conditions, a social post's aside, a
    sentence hard-wrapped before a capital, a list of competencies under "HOW YOU WILL BE
    ASSESSED" (B16's writer put criteria under that heading). B83 (driving schools, vehicle
    test centres, tyre fitters, car washes, reader at freeze 2ad900b, scored once) 0.97 / 0.97
    / 0.98, 15 lines; B84 (print shops, photo studios, key-cutting and shoe repair, community
    pharmacies, same freeze, scored once) 1.00 / 0.93 / 1.00, 17 lines; 11 and 3 after their
    fixes ("Would be good if you have:", catch-alls in the third person, a category column
    typed with spaces under "WHAT YOU'LL BRING"). Left: physical abilities (B83's writer
    counted them), running-text conditions, a job title and a college's blurb in a US page's
    header, a recruiter's aside. B85 (courier depots, parcel shops, removals, reader at freeze
    b8f456b, scored once) 0.98 / 0.93 / 1.00, 21 lines; B86 (tourist information, heritage
    sites, university student services, same freeze, scored once) 0.98 / 0.96 / 1.00, 14
    lines; 8 and 5 after their fixes (category rows a blank line apart, a nested HTML list
    renumbered under its group's title, "You are:", "Eligibility (this position is funded
    ...)"). Left: physical abilities, a licence in an intro's running text, a recruiter's
    asides, "Conditions: current Queensland Blue Card required" in running text, the
    selection steps of an academic post. B87 (box offices, council contact centres and
    helplines, reader at freeze 7b04a4a, scored once) 1.00 / 0.98 / 1.00, 5 lines; B88
    (supermarkets, click-and-collect, hotel night reception, same freeze, scored once) 0.99 /
    0.99 / 1.00, 4 lines; B88 2 after its fixes (the post introduced in an opening
    paragraph, "Support other departments as required"). Left: B87's writer's conventions
    (a bilingual post's "French (required)" beside "Bilingual (English and French)", a
    vetting or background-check sentence in running text, "Welsh language: Level 1
    essential" among the facts at the top), B88's physical requirements.
    B89 (GP surgeries, hospital reception, patient advice offices, reader at freeze
    dd8e262, scored once) 0.99 / 0.84 / 1.00, 53 lines; B90 (car rental, railway ticket
    offices, bus stations, same freeze, scored once) 0.99 / 0.98 / 1.00, 6 lines; 3 and 1
    after their fixes (a text table's "| E | D |" columns, one paragraph a criterion in an
    HTML table's cell with its code dropped, a criterion wrapped above the next marked row,
    "Key result area: ...", an agency's company-registration footer, "The role in a
    nutshell", "What the hiring manager is looking for", a second criterion under a spaced
    label a blank line down). Left: "the right to work in New Zealand" and vetting in
    running text, both writers' conventions.
    B91 (banks, building societies, museums and galleries, reader at freeze 18dc9bd, scored
    once) 0.90 / 0.99 / 1.00, 20 lines; B92 (estate and letting agents, housing offices,
    same freeze, scored once) 0.95 / 0.97 / 0.98, 19 lines; 2 and 3 after their fixes
    (numbered caps titles under an unnumbered duty heading, "A quick snapshot of the role:",
    a capitalised wrap under a lettered item's lower-case wrap, "<li class='group'>",
    "Preferred assets", "we're after an experienced property manager to take over ...", a
    recruiter's "your profile came up" and "I think you're a strong match"). Left: a time
    share kept in a duty by B91's writer, a screening fact and a selection step in B92.
    B93 (gyms, spas, beauty salons, dental and physiotherapy clinics, reader at freeze
    e484898, scored once) 0.97 / 0.90 / 1.00, 30 lines; B94 (school and college offices,
    exam offices, nursery receptions, same freeze, scored once) 0.96 / 0.85 / 0.99, 46 lines;
    3 and 5 after their fixes ("Required | Asset" columns, a spaced table's rows a blank line
    apart with capitalised wraps, a group title inside a numbered duty list, labels left of
    an "ESSENTIAL   DESIRABLE" header, a job board's classification among its facts, a
    bracket left open over a wrap, "Eligibility to Compete"). Left: running-text sentences
    about the successful candidate, a wrap beside a wrapped cell, right-to-work lines.
    B95 (restaurants, cafés, food delivery, charity shops, food banks, advice centres,
    reader at freeze 85fe873, scored once) 0.97 / 0.96 / 0.98, 16 lines; none after its fixes
    ("Minimum/Required Qualifications", "Preferred (Special) Qualifications", "Extra points if
    you have").
    B96 (post offices, newsagents, council one-stop shops, citizens' advice, reader at
    freeze 33db380, scored once) 0.99 / 0.96 / 0.97, 15 lines; 12 after "They'd love it if
    you also had:" (left: physical requirements, an Indeed summary's facts, running-text
    checks and shortlisting notes).
    B97 (university student services, research offices, academic libraries, reader at
    freeze ef9dbcd, scored once) 0.99 / 0.93 / 1.00, 17 lines; 2 after its fixes (a social
    post ends at its reactions bar, the thread under it is not the ad, which also took
    wrong lines out of B36, B39, B45, B53, B59, B64, B75, B78 and B82; a recruiter's "I came
    across your profile", "As promised, I've got ...", an e-mail's "To:" line, "Posting
    closes:"; left: a time share and a wrapped phrase read as a line). B98 (hospital
    outpatient reception, GP surgeries, dental practices, same freeze, scored once) 0.95 /
    0.98 / 1.00, 14 lines; none after its fixes (a role description's facts table, a label
    and its value a wide gap apart; "Following up on ..."; "a written application (...)"
    and "a panel interview, which may ..." under "How you will be assessed"; "Posted 3 days
    ago | Permanent | ..."; "The post holder will report to ..." under "Reporting
    Arrangements"; "1. (a) Have obtained ...": the lettered alternative's letter). B99
    (charities, volunteer centres, community organisations, reader at freeze ef2b440,
    scored once) 0.98 / 0.96 / 1.00, 15 lines. B100 (warehouse front offices, courier
    depots, goods-in desks, same freeze, scored once) 0.97 / 0.97 / 0.99, 15 lines. After
    their fixes ("2.1 Community engagement" over "(a) ..." items; "Returns processing:" over
    nested duties; "Sound like you?"; a recruiter's "The role in brief:" and "What my client
    is looking for:", which also put B71's duties right once "What the hiring manager
    needs:" heads its requirements, 11 -> 6; a sentence wrapped after "&"; "... came
    straight to mind"; "Guaranteed interview scheme"): B99 9 (left: checks and right to
    work as job facts, a three-column table whose columns wrap beside each other), B100 5.
    B101 (museums, galleries, heritage sites and visitor attractions, reader at freeze
    1ed4ea9, scored once) 0.98 / 0.97 / 1.00, 11 lines. B102 (courts, tribunals, police front
    counters and legal advice centres, same freeze, scored once) 0.98 / 0.94 / 1.00, 18
    lines. After their fixes (a social post's facts each after its own emoji; a bilingual
    "Diolch / Thanks," over the signature; the Civil Service behaviours left out of the
    criteria, as B3's, B27's, B50's and B102's writers do and B33's does not: B33 9 -> 17,
    B50 8 -> 4; a bold title over an ordered sub-list; "Hudson, NY 12534 (Required)" under
    "Ability to Commute"; an offer of adjustments; "you'll love it here"; "will be sifted
    against the criteria"; "other duties appropriate to this level of classification"):
    B101 6, B102 7, B64 4 -> 1 (its facts after emoji). Left: checks, residence and the
    right to work as job facts, a criterion whose text keeps its "(desirable)".
    B103 (hotels, holiday parks, spas and leisure resorts, reader at freeze de74bba, scored
    once) 0.98 / 0.96 / 1.00, 13 lines. B104 (local councils and government service
    centres, same freeze, scored once) 0.99 / 0.97 / 1.00, 9 lines. After their fixes (a
    wrap one column past a wide bullet's text; "I'm working on a new ... position" and
    "I'd really like to talk to you"; "What matters is that you:"; "You'll be happy to
    hear:" over the perks): B103 6, B104 4. Left: physical demands and the right to work
    told as job facts, a three-column table whose columns wrap, a table row wrapped
    without its marks.
    B105 (retail stores, supermarkets and shopping centres, reader at freeze 7529851, scored
    once) 1.00 / 0.97 / 1.00, 6 lines. B106 (hospitals, GP surgeries, dental and
    physiotherapy clinics, same freeze, scored once) 0.99 / 0.99 / 1.00, 5 lines.
    B107 (veterinary practices, animal hospitals and welfare charities, reader at freeze
    fd4ce4f, scored once) 1.00 / 0.94 / 1.00, 17 lines. B108 (airports, ferry ports and
    railway stations, same freeze, scored once) 1.00 / 1.00 / 1.00, no line wrong. B107
    read: a capital label ("IT") in a spaced specification, a share of the shift, a pitch
    ("we want to meet you!"), an applicant's quoted message and a dash-wrapped "attach
    your CV" put right (17 -> 3; B70 7 -> 6 by the same share-of-time rule). Left: a
    three-column specification whose cells wrap (b107_10).
    B109 (estate and letting agents, reader at freeze 3e65250, scored once) 0.99 / 0.98 /
    1.00, 8 lines. B110 (university and college student services, same freeze, scored
    once) 0.96 / 0.96 / 1.00, 15 lines. B111 (cinemas, theatres and arts venues, reader at
    freeze cd2acc1, scored once) 1.00 / 1.00 / 0.98, 4 lines. B112 (charities, food banks
    and advice centres, same freeze, scored once) 0.99 / 1.00 / 1.00, 4 lines. B113 (car
    dealerships, garages and tyre fitters, reader at freeze be61796, scored once) 1.00 /
    0.97 / 1.00, 6 lines. B114 (pharmacies, opticians, hearing-care and dental practices,
    same freeze, scored once) 0.94 / 0.99 / 0.99, 17 lines; once read, B113 3 lines (a
    recruiter's licence wish in running text, an item whose writer kept "(desirable)" in
    its text) and B114 1 (a police certificate's name wrapped onto a line of its own). B115
    (restaurants, cafés, pubs and caterers, reader at freeze 33f2055, scored once) 0.95 /
    0.99 / 1.00, 13 lines. B116 (IT service desks, computer repair and phone shops, same
    freeze, scored once) 0.92 / 0.93 / 1.00, 33 lines; once read, B115 3 lines (a
    one-word row label read as a duty, two duties the writer split otherwise) and B116 3
    (a licence in a facts list, a recruiter's aside, "Ireland (Required)"). B117 (recruitment
    agencies and staffing firms, reader at freeze b9567dc, scored once) 1.00 / 0.97 / 1.00, 7
    lines. B118 (wedding venues, conference centres and event spaces, same freeze, scored
    once) 0.93 / 0.99 / 1.00, 16 lines; once read, B117 4 lines (an agency's purpose
    paragraph, a wrapped specification row, a country line) and B118 1 (availability told
    in running text).
    The B3 lines
    still wrong
    are recorded in docs/job_fit.md; any new miss fails."""
    ev = _eval_job_ads()
    ads = ev.load_expected(folder / "expected.json")
    assert len(ads) >= 12
    # The reader keeps catch-all lines ("Other duties as assigned") out of the duties, as
    # the format's writers since b27 do; earlier writers' catch-all duties are read so too
    for ad in ads:
        ad["duties"] = [d for d in ad["duties"]
                        if not job_ad._CATCH_ALL_ITEM.search(d.lower().replace("’", "'"))]
    result = ev.evaluate(lambda raw: ev._parser_output(job_ad, raw), ads, folder)
    overall = result["rows"]["all ads"]
    if allowed_misses <= 2 and folder not in _AT_FIRST_SCORE:
        assert overall["duty_f1"] >= (0.99 if allowed_misses else 1.0), result["misses"]
        assert overall["req_f1"] >= 0.99, result["misses"]
        assert overall["marked"] >= (0.99 if allowed_misses else 1.0), result["misses"]
    elif allowed_misses <= 13 and folder not in _AT_FIRST_SCORE:
        assert overall["duty_f1"] >= 0.98, result["misses"]
        assert overall["req_f1"] >= 0.96, result["misses"]
    else:  # a corpus recorded at its first score, before its misses were read
        assert overall["duty_f1"] >= 0.95, result["misses"]
        assert overall["req_f1"] >= 0.88, result["misses"]
    assert len(result["misses"]) <= allowed_misses, result["misses"]


def test_criteria_marked_at_the_end_of_the_line_are_sorted_and_unmarked() -> None:
    ad = ("Person specification\n"
          "Criteria\tEssential/Desirable\tAssessed by\n"
          "Experience\n"
          "Two years on a hotel front desk\tEssential\tApplication/Interview\n"
          "Experience with Opera PMS\tDesirable\tApplication\n"
          "Skills\n"
          "Calm with upset guests - Essential\n"
          "French or German – Desirable\n"
          "Good written English   E\n"
          "First aid certificate\tD\n"
          "Full driving licence (E)\n"
          "\n"
          "Visits to the hotel before applying are warmly welcomed.\n")
    split = split_ad(ad)
    essential = [r for r in split.requirements if r not in split.desirable]
    assert essential == ["Two years on a hotel front desk", "Calm with upset guests",
                         "Good written English", "Full driving licence"]
    assert split.desirable == ["Experience with Opera PMS", "French or German",
                               "First aid certificate"]
    assert split.duties == []
    assert not any("Criteria" in r or r in ("Experience", "Skills") for r in split.requirements)


def test_a_sentence_ending_in_essential_is_not_read_as_a_mark() -> None:
    split = split_ad("Requirements\n- A full driving licence is essential\n- Vitamin d\n")
    assert "A full driving licence is essential" in split.requirements
    assert "Vitamin d" in split.requirements


def test_a_text_table_with_tick_columns_marks_each_criterion() -> None:
    ad = ("Person specification\n"
          "Criteria\tEssential\tDesirable\n"
          "Experience of dealing with the public\t✓\t\n"
          "Level 2 food hygiene certificate\t\t✓\n"
          "| Able to lift 15 kg | X | |\n")
    split = split_ad(ad)
    assert split.requirements == ["Experience of dealing with the public",
                                  "Level 2 food hygiene certificate", "Able to lift 15 kg"]
    assert split.desirable == ["Level 2 food hygiene certificate"]


def test_us_class_specification_examples_and_working_conditions() -> None:
    ad = ("DISTINGUISHING CHARACTERISTICS:\n"
          "This is the entry-level class in the clerical series.\n\n"
          "EXAMPLES OF ESSENTIAL FUNCTIONS:\n"
          "(Any one position may not include all of the duties listed.)\n"
          "> Greets visitors at the permit counter.\n"
          "> Files building plans.\n\n"
          "MINIMUM QUALIFICATIONS:\n"
          "i. High school diploma.\n\n"
          "PHYSICAL DEMANDS AND WORKING CONDITIONS:\n"
          "Must be able to lift 25 pounds.\n\n"
          "Other duties as assigned.\n")
    split = split_ad(ad)
    assert split.duties == ["Greets visitors at the permit counter.", "Files building plans."]
    assert split.requirements == ["High school diploma."]


def test_job_board_facts_and_equal_opportunity_lines_are_neither() -> None:
    ad = ("<ul><li>Posted 3 days ago</li><li><strong>Closing date:</strong> 6 April</li>"
          "<li>Permanent, full-time</li></ul>"
          "<h2>Responsibilities</h2><ul><li>Answer the phones</li></ul>"
          "<p>We know great people don&#39;t always tick every box. You should have:</p>"
          "<ul><li>Experience in a busy office</li></ul>"
          "<p>All qualified applicants will receive consideration without regard to race.</p>")
    split = split_ad(ad)
    assert split.duties == ["Answer the phones"]
    assert split.requirements == ["Experience in a busy office"]


def test_pdf_copies_lose_page_furniture_clause_numbers_and_time_shares() -> None:
    ad = ("Key duties\n"
          "1.1 Keep the appointment book up to date\n"
          "Page 2 of 3\n"
          "1.2 Order stationery for the front office\n"
          "Responsibilities\n"
          "40% - Answer the phones and greet visitors\n"
          "\uf0b7 Sort the post\n"
          "Pluses\n"
          "- Spanish\n")
    split = split_ad(ad)
    assert split.duties == ["Keep the appointment book up to date",
                            "Order stationery for the front office",
                            "Answer the phones and greet visitors", "Sort the post"]
    assert split.desirable == ["Spanish"]


def test_a_wish_after_a_comma_only_narrows_an_essential_requirement() -> None:
    split = split_ad("What we're looking for\n- Two years in retail, ideally in a pharmacy\n"
                     "- You will have a calm phone manner, ideally with call-centre experience\n"
                     "- Ideally, a first aid certificate\n")
    assert split.desirable == ["Ideally, a first aid certificate"]
    assert len(split.requirements) == 3


def test_bonus_points_if_heads_the_wishes_and_reporting_lines_are_facts() -> None:
    split = split_ad("Responsible to: Front of house manager\n"
                     "The role\n- Keep the visitor log\n- Make up welcome packs\n"
                     "Bonus points if\n- You speak Welsh\n")
    assert split.duties == ["Keep the visitor log", "Make up welcome packs"]
    assert split.desirable == ["You speak Welsh"]


def test_a_person_spec_table_whose_columns_hold_the_criteria() -> None:
    ad = ("<p><strong>Person specification</strong></p><table>"
          "<tr><th>Criteria</th><th>Essential</th><th>Desirable</th></tr>"
          "<tr><td>Experience</td><td><ul><li>A year on a busy reception desk</li>"
          "<li>Booking appointments on a computer system</li></ul></td>"
          "<td>Work in a dental practice</td></tr>"
          "<tr><td>Personal qualities</td><td>Calm under pressure</td><td>&ndash;</td></tr>"
          "<tr><td>Tick row</td><td>&#10003;</td><td></td></tr></table>")
    split = split_ad(ad)
    assert split.requirements == ["A year on a busy reception desk",
                                  "Booking appointments on a computer system",
                                  "Work in a dental practice", "Calm under pressure", "Tick row"]
    assert split.desirable == ["Work in a dental practice"]


def test_a_lead_in_under_a_duties_heading_leads_into_duties() -> None:
    split = split_ad("Duties and responsibilities\nThe successful candidate will:\n"
                     "- Provide advice to researchers\n- Represent the library at meetings\n"
                     "Essential\n- A degree\n")
    assert split.duties == ["Provide advice to researchers", "Represent the library at meetings"]
    assert split.requirements == ["A degree"]


def test_a_numbered_job_description_from_a_pdf() -> None:
    ad = ("Post title:     Exams Officer          Grade:     Scale 5\n"
          "Responsible to:  Exams Manager          Hours:     37 per week\n"
          "1. Purpose of the post\nTo run the college's exams.\n"
          "2. Main duties and responsibilities\n"
          "2.1 Recruit and train a team of invigilators, and keep their training\n"
          "records up to date.\n"
          "Ref: HR/114                                        Page 1 of 3\n"
          "2.2 Receive and securely store exam papers.\n"
          "3. General\n3.1 Comply with the college's safeguarding policy.\n")
    split = split_ad(ad)
    assert split.duties == [
        "Recruit and train a team of invigilators, and keep their training records up to "
        "date.", "Receive and securely store exam papers.",
        "Comply with the college's safeguarding policy."]
    assert split.requirements == []


def test_a_text_table_with_one_essential_or_desirable_column() -> None:
    ad = ("The table below has been copied from our recruitment pack.\n"
          "E/D shows whether a criterion is essential (E) or desirable (D).\n"
          "| Area | Criterion | E/D | Method |\n"
          "| Skills | Confident with a till and card reader | E | I |\n"
          "| Experience | Work in a box office | D | A |\n")
    split = split_ad(ad)
    assert split.requirements == ["Confident with a till and card reader",
                                  "Work in a box office"]
    assert split.desirable == ["Work in a box office"]


def test_criterion_codes_mark_essential_and_desirable() -> None:
    ad = ("Person specification\nE1 Registered nurse with current registration\n"
          "E2 Experience of teaching students\nD1 A recognised teaching qualification\n"
          "Assessment methods\nCriteria E1 and D1 will be assessed from your application.\n")
    split = split_ad(ad)
    assert split.requirements == ["Registered nurse with current registration",
                                  "Experience of teaching students",
                                  "A recognised teaching qualification"]
    assert split.desirable == ["A recognised teaching qualification"]
    assert split_ad("Requirements\n- D1 licence holder for the minibus\n").requirements == [
        "D1 licence holder for the minibus"]


def test_duties_named_as_nouns_under_areas_of_responsibility() -> None:
    ad = ("Key areas of responsibility\n"
          "• Registration of new patients, including checking identity\n"
          "• Upkeep of a tidy waiting room\n"
          "Skills that will help you\n- Spanish\n"
          "PHYSICAL DEMANDS / WORK ENVIRONMENT\nMust be able to lift 20 pounds.\n")
    split = split_ad(ad)
    assert split.duties == ["Registration of new patients, including checking identity",
                            "Upkeep of a tidy waiting room"]
    assert split.requirements == ["Spanish"]
    assert split.desirable == ["Spanish"]


# --- corpus B6's layouts ----------------------------------------------------------------


def test_a_tick_table_aligned_with_spaces_marks_each_criterion() -> None:
    ad = ("PERSON SPECIFICATION\n"
          "Criteria                                        Essential   Desirable\n"
          "----------------------------------------------  ---------   ---------\n"
          "Experience of handling cash and card payments       \u2713\n"
          "Experience of a booking system                                  \u2713\n"
          "A friendly telephone manner                         \u2713\n"
          "\nWHAT'S IN IT FOR YOU\nFree use of the gym\n")
    split = split_ad(ad)
    assert split.requirements == ["Experience of handling cash and card payments",
                                  "Experience of a booking system",
                                  "A friendly telephone manner"]
    assert split.desirable == ["Experience of a booking system"]


def test_reference_codes_dot_leaders_and_assessment_columns_are_stripped() -> None:
    ad = ("Post title:          Customer Contact Adviser\n"
          "Post number:         RS/CC/0112 - 0117 (6 posts)\n\n"
          "PERSON SPECIFICATION\n"
          "E = Essential   D = Desirable\n"
          "Ref   Criteria                                           E/D   Assessed\n"
          "QUALIFICATIONS\n"
          "Q1    GCSE grade C/4 or above in English and Maths ......  E     AF\n"
          "Q2    NVQ Level 2 or above in Customer Service ..........  D     AF/I\n"
          "K1    Good keyboard skills, typing while talking to a customer    E     T\n")
    split = split_ad(ad)
    assert split.requirements == ["GCSE grade C/4 or above in English and Maths",
                                  "NVQ Level 2 or above in Customer Service",
                                  "Good keyboard skills, typing while talking to a customer"]
    assert split.desirable == ["NVQ Level 2 or above in Customer Service"]
    assert not split.duties  # the post number is a fact about the post, not a duty


def test_job_board_required_and_preferred_suffixes_and_questions() -> None:
    ad = ("Experience:\n\nCustomer service: 1 year (Required)\nCall center: 1 year (Preferred)\n"
          "Language:\n\nSpanish (Preferred)\nWork Location: In person\n\nReport job\n\n"
          "Your application will include the following questions:\n"
          "- How many years' experience do you have as a receptionist?\n")
    split = split_ad(ad)
    assert split.requirements == ["Customer service: 1 year", "Call center: 1 year", "Spanish"]
    assert split.desirable == ["Call center: 1 year", "Spanish"]
    assert not split.duties


def test_required_heading_why_us_benefits_and_footnote_marks() -> None:
    ad = ("What you'll do\n- Set up laptops for new hires\n\n"
          "What we're looking for\nStudies show that some people only apply when they meet "
          "every criterion. We still want to hear from you.\n\n"
          "Required\n  * Two years on a service desk\n"
          "  * A calm way of explaining technical things*\n\n"
          "Why Brightwater?\n * Free uniform\n * A workplace pension\n")
    split = split_ad(ad)
    assert split.duties == ["Set up laptops for new hires"]
    assert split.requirements == ["Two years on a service desk",
                                  "A calm way of explaining technical things"]
    assert "Free uniform" in split.other


# --- corpus B7's layouts ----------------------------------------------------------------


def test_a_word_table_with_one_cell_per_line_alternates_essential_and_desirable() -> None:
    ad = ("PERSON SPECIFICATION\n\nESSENTIAL\nDESIRABLE\nQualifications\n"
          "GCSE English and maths at grade 4/C\nA dental reception certificate\n"
          "Experience\nA year in a reception role\nWork in a dental practice\n\n"
          "Use of a dental booking system\nPersonal qualities\nReliable and punctual\n\n"
          "Calm with nervous patients\n\n\n\nWhat we offer\n• Free dental treatment\n")
    split = split_ad(ad)
    assert split.requirements == [
        "GCSE English and maths at grade 4/C", "A dental reception certificate",
        "A year in a reception role", "Work in a dental practice",
        "Use of a dental booking system", "Reliable and punctual", "Calm with nervous patients"]
    assert split.desirable == ["A dental reception certificate", "Work in a dental practice",
                               "Use of a dental booking system"]


def test_the_us_template_and_a_usajobs_page_are_read() -> None:
    ad = ("Essential  Duties  and  Responsibilities include the following.  Other duties may "
          "be assigned.\n   •   Pick customer orders using RF scanners\n"
          "   •   Perform cycle counts\n\nQualifications\nTo perform this job successfully, an "
          "individual must be able to perform each essential duty satisfactorily.\n\n"
          "Education and/or Experience\nHigh school diploma or GED.\n\nLanguage Skills\n"
          "Ability to read simple instructions in English.\n\nRequirements\nHelp\n"
          "Conditions of Employment\nU.S. Citizenship is required.\n")
    split = split_ad(ad)
    assert split.duties == ["Pick customer orders using RF scanners", "Perform cycle counts"]
    assert split.requirements == ["High school diploma or GED.",
                                  "Ability to read simple instructions in English.",
                                  "U.S. Citizenship is required."]


def test_labels_lead_ins_unbulleted_lines_and_assets() -> None:
    ad = ("Key Responsibilities\nReporting to the Chair, School of Business, the Part-Time "
          "Professor will:\n- Deliver lessons\n\nJob responsibilities\nReception\n"
          "- Checking in patients at the desk\n\nQualifications\n"
          "- Knowledge of French is considered an asset\n\n"
          "It would be great if you also have:\n"
          "experience of Raiser's Edge or another supporter database\n"
          "knowledge of Gift Aid\n")
    split = split_ad(ad)
    assert split.duties == ["Deliver lessons", "Checking in patients at the desk"]
    assert split.requirements == ["Knowledge of French is considered an asset",
                                  "experience of Raiser's Edge or another supporter database",
                                  "knowledge of Gift Aid"]
    assert split.desirable == split.requirements


# --- corpus B8's layouts ----------------------------------------------------------------


def test_a_mark_before_the_criterion_and_a_page_footer() -> None:
    ad = ("PERSON SPECIFICATION\n"
          "Ref   E/D   Criterion                                            Assessed by\n"
          "Q1    E     National 5 English and Maths (or equivalent)         AF\n"
          "Q2    D     SVQ Level 2 or above in Customer Service             AF / I\n"
          "Each criterion is labelled Essential or Desirable.\n"
          "Essential - Practical experience of handling fragile objects\n"
          "Desirable - IPAF or PASMA certificate for working at height\n"
          "University of Northcastle - Further particulars - CC-25-0391 Page 2 of 2\n")
    split = split_ad(ad)
    assert split.requirements == ["National 5 English and Maths (or equivalent)",
                                  "SVQ Level 2 or above in Customer Service",
                                  "Practical experience of handling fragile objects",
                                  "IPAF or PASMA certificate for working at height"]
    assert split.desirable == ["SVQ Level 2 or above in Customer Service",
                               "IPAF or PASMA certificate for working at height"]


def test_nested_list_labels_accordion_titles_and_wrapped_pdf_items() -> None:
    page = ("<h3><button type='button'>Key responsibilities</button></h3><div hidden><ul>"
            "<li>On the shop floor<ul><li>Serving customers at the till</li>"
            "<li>Merchandising rails and window displays</li></ul></li>"
            "<li>Running the shop<ul><li>Opening and closing the shop</li></ul></li>"
            "</ul></div>")
    split = split_ad(page)
    assert split.duties == ["Serving customers at the till",
                            "Merchandising rails and window displays",
                            "Opening and closing the shop"]
    ad = ("Desirable criteria\n"
          "• GCSE English and maths at grade 4/C or above, or equivalent Level 2\n"
          "qualifications\n"
          "• Experience of using a patient administration system such as Lorenzo,\n"
          "Cerner or Epic\n")
    assert split_ad(ad).requirements == [
        "GCSE English and maths at grade 4/C or above, or equivalent Level 2 qualifications",
        "Experience of using a patient administration system such as Lorenzo, Cerner or Epic"]


def test_would_be_nice_and_bonus_points_for_are_wishes() -> None:
    ad = ("About you\n- A friendly, upbeat manner\n"
          "- CPR/AED certification would be nice, but we'll pay for it\n\n"
          "Bonus points for:\n- Spanish language skills\n")
    split = split_ad(ad)
    assert split.requirements == ["A friendly, upbeat manner",
                                  "CPR/AED certification would be nice, but we'll pay for it",
                                  "Spanish language skills"]
    assert split.desirable == ["CPR/AED certification would be nice, but we'll pay for it",
                               "Spanish language skills"]


# --- corpus B9's layouts ----------------------------------------------------------------


def test_a_forwarded_email_and_emoji_headings() -> None:
    ad = ("---------- Forwarded message ---------\n\n> New job match\n>\n> The role\n"
          "> * Greeting patients on arrival and checking that their medical history\n"
          "> forms are up to date\n> * Keeping the waiting room tidy\n>\n"
          "> It would be lovely if you also had:\n> * Experience of a dental practice\n>\n"
          "> To apply, send your CV to the practice manager.\n> Closing date Friday.\n>\n"
          "## What you'll need \u2705\n- Confidence on the phone\n")
    split = split_ad(ad)
    assert split.duties == ["Greeting patients on arrival and checking that their medical "
                            "history forms are up to date", "Keeping the waiting room tidy"]
    assert split.requirements == ["Experience of a dental practice", "Confidence on the phone"]
    assert split.desirable == ["Experience of a dental practice"]


def test_pdf_columns_run_together_and_job_bank_blocks() -> None:
    ad = ("PERSON SPECIFICATION\nCriteria Essential/ Desirable How identified\nQualifications\n"
          "GCSE English and maths at grade 4/C or above Essential Application/ Certificates\n"
          "Experience of working in a library Desirable Application/ Interview\n")
    split = split_ad(ad)
    assert split.requirements == ["GCSE English and maths at grade 4/C or above",
                                  "Experience of working in a library"]
    assert split.desirable == ["Experience of working in a library"]
    ad = ("Tasks\nLoad and unload trucks\nSupervision\nNo supervisory responsibilities\n\n"
          "Credentials\nCertificates, licences, memberships, and courses\nForklift Certificate\n"
          "\nWork setting\nWarehouse\n\nPersonal suitability\nReliability\nTeam player\n")
    split = split_ad(ad)
    assert split.duties == ["Load and unload trucks"]
    assert split.requirements == ["Forklift Certificate", "Reliability", "Team player"]


# --- B10 (2026-12-03): layouts a tenth writer brought ---------------------------------------


def test_a_table_whose_essential_and_desirable_columns_hold_the_criteria() -> None:
    ad = ("Main duties\n- Run the front office\n\nPerson specification\n"
          "Area | Essential | Desirable\n"
          "Experience | Experience of a busy reception desk | Experience in a dental practice\n"
          "Skills |  | Basic Welsh\n"
          "Qualities | A calm manner with anxious callers | \n")
    split = split_ad(ad)
    assert split.requirements == ["Experience of a busy reception desk",
                                  "Experience in a dental practice", "Basic Welsh",
                                  "A calm manner with anxious callers"]
    assert split.desirable == ["Experience in a dental practice", "Basic Welsh"]


def test_a_two_column_form_with_a_label_cell_before_each_block() -> None:
    ad = ("Duties\n- Book patients in for their clinic appointments\n\n"
          "Post Specific Requirements\tExperience of a busy booking office\n"
          "Other requirements specific to the post\tWillingness to cover Saturday clinics\n"
          "Code of Practice\tThe board runs this campaign under its published code.\n")
    split = split_ad(ad)
    assert split.requirements == ["Experience of a busy booking office",
                                  "Willingness to cover Saturday clinics"]
    assert all("code" not in r.lower() for r in split.requirements + split.duties)


def test_an_item_split_by_a_pdf_page_break_is_one_item_without_the_running_header() -> None:
    ad = ("Riverside College                          Library\n"
          "Main duties\n"
          "1.   Issue and return books at the counter, referring questions to the\n\n"
          "Ref LIB-7 (2025)                                   Page 1 of 2\n"
          "Riverside College                          Library\n\n"
          "     subject librarians when needed.\n"
          "2.   Shelve returned stock.\n")
    assert split_ad(ad).duties == [
        "Issue and return books at the counter, referring questions to the subject "
        "librarians when needed.", "Shelve returned stock."]


def test_assessment_codes_after_each_criterion_are_dropped() -> None:
    ad = ("Essential criteria\n"
          "1. Experience of handling cash (A)\n"
          "2. Good written English (A/T)\n"
          "3. Ability to stay calm with upset visitors (I)\n"
          "4. A full driving licence (A)\n")
    assert split_ad(ad).requirements == [
        "Experience of handling cash", "Good written English",
        "Ability to stay calm with upset visitors", "A full driving licence"]


def test_the_job_sites_profile_insights_box_is_not_a_requirement_list() -> None:
    ad = ("Pharmacy Assistant\nApply now\n\nProfile insights\n"
          "See how your skills match this job\nSkills\nStock control\n"
          "Do you have experience in Stock control?\nYes\nNo\nJob details\n"
          "Full job description\nWhat you'll do\n- Serve customers at the counter\n\n"
          "What you'll need\n- Six months in retail\n\nJob Types: Part-time\n"
          "Expected hours: 16 per week\n")
    split = split_ad(ad)
    assert split.requirements == ["Six months in retail"]
    assert split.duties == ["Serve customers at the counter"]


def test_a_list_item_wrapped_onto_an_indented_capitalised_line_is_one_item() -> None:
    ad = ("THE ROLE\n"
          "- Answering the phones and taking messages for the sales team\n"
          "- Ordering stationery and keeping the post room tidy\n"
          "- Typing up quotes and invoices for the Sales\n"
          "  Director\n"
          "- Admin cover for the Finance Manager\n\n"
          "MANDATORY REQUIREMENTS\nA current driving licence\n"
          "Basic maths skills and experience handling cash\n"
          "Willingness to work Saturdays\n")
    split = split_ad(ad)
    assert "Typing up quotes and invoices for the Sales Director" in split.duties
    # a neutral line in a list of duties under "The role" goes with its list
    assert "Admin cover for the Finance Manager" in split.duties
    assert split.requirements == ["A current driving licence",
                                  "Basic maths skills and experience handling cash",
                                  "Willingness to work Saturdays"]
    assert split.desirable == []


# --- B11 (2026-12-03): layouts an eleventh writer brought -----------------------------------


def test_a_box_drawn_table_with_a_mark_column_and_empty_area_cells() -> None:
    ad = ("Main duties\n- Greet visitors\n\nPerson specification\n"
          "┌──────────┬──────────────────────────┬─────┐\n"
          "│ Area     │ Criteria                 │ E/D │\n"
          "├──────────┼──────────────────────────┼─────┤\n"
          "│ Skills   │ Clear telephone manner   │  E  │\n"
          "│          │ Experience of Arbor      │  D  │\n"
          "└──────────┴──────────────────────────┴─────┘\n")
    split = split_ad(ad)
    assert split.requirements == ["Clear telephone manner", "Experience of Arbor"]
    assert split.desirable == ["Experience of Arbor"]


def test_a_specification_laid_out_in_columns_of_spaces() -> None:
    ad = ("PERSON SPECIFICATION\n\n"
          "                    Essential                               Desirable\n\n"
          "Experience          Experience of a busy front desk         Experience in a council\n"
          "Skills and          Good listening skills\n"
          "abilities           Calm with upset callers                 Basic Gaelic\n\n"
          "WHAT WE OFFER\nA pension and 27 days' leave.\n")
    split = split_ad(ad)
    assert split.requirements == ["Experience of a busy front desk", "Experience in a council",
                                  "Good listening skills", "Calm with upset callers",
                                  "Basic Gaelic"]
    assert split.desirable == ["Experience in a council", "Basic Gaelic"]


def test_emoji_that_start_several_lines_are_bullets() -> None:
    ad = ("🌱 We're hiring! Shop Assistant\n\nWhat you'll be doing\n"
          "👉 Serving customers on the till\n👉 Pricing donated books\n\n"
          "It would be lovely if you also had:\n⭐ A first aid certificate\n⭐ Retail experience\n")
    split = split_ad(ad)
    assert split.duties == ["Serving customers on the till", "Pricing donated books"]
    assert split.desirable == ["A first aid certificate", "Retail experience"]


def test_tab_panels_are_titled_by_their_tab_buttons() -> None:
    ad = ("<div role='tablist'><button role='tab' id='a'>The role</button>"
          "<button role='tab' id='b'>About you</button>"
          "<button role='tab' id='c'>Perks</button></div>"
          "<section role='tabpanel' aria-labelledby='a'><ul><li>Checking guests in and out</li>"
          "<li>Taking payments at the desk</li><li>Answering calls and emails</li></ul></section>"
          "<section role='tabpanel' aria-labelledby='b'><ul><li>Six months in a hotel</li>"
          "</ul></section>"
          "<section role='tabpanel' aria-labelledby='c' hidden><ul><li>Meals on duty</li>"
          "</ul></section>")
    split = split_ad(ad)
    assert split.duties == ["Checking guests in and out", "Taking payments at the desk",
                            "Answering calls and emails"]
    assert split.requirements == ["Six months in a hotel"]


def test_numbered_capital_sections_and_form_columns() -> None:
    nhs = ("6.  KEY RESULT AREAS\n\n    1.  Greet patients arriving on the ward.\n"
           "    2.  Answer the ward telephone.\n\n8.  DECISIONS AND JUDGEMENTS\n\n"
           "    The post holder organises their own daily workload.\n\n"
           "12. KNOWLEDGE, TRAINING AND EXPERIENCE REQUIRED TO DO THE JOB\n\n"
           "    •   Previous experience of clerical work\n")
    split = split_ad(nhs)
    assert split.duties == ["Greet patients arriving on the ward.", "Answer the ward telephone."]
    assert split.requirements == ["Previous experience of clerical work"]
    form = ("POST                :  Administration Clerk\n"
            "REQUIREMENTS        :  Grade 12 certificate or an equivalent qualification at NQF\n"
            "                       Level 4. Good telephone skills.\n"
            "DUTIES              :  Receive clients at the front desk. Compile weekly statistics\n"
            "                       for the Office Manager.\n")
    split = split_ad(form)
    assert split.requirements == [
        "Grade 12 certificate or an equivalent qualification at NQF Level 4.",
        "Good telephone skills."]
    assert split.duties == ["Receive clients at the front desk.",
                            "Compile weekly statistics for the Office Manager."]


# --- B12 (2026-12-03): a twelfth writer -----------------------------------------------------


def test_a_heading_asked_as_a_question_and_a_boards_skill_chips() -> None:
    ad = ("<h2>What you'll do</h2><ul><li>Visit clients at home</li></ul>"
          "<p><strong>What's in it for you?</strong></p><ul><li>Paid mileage</li>"
          "<li>28 days' holiday</li></ul>"
          "<h2>Required skills</h2><ul class='tags'><li>Personal Care</li>"
          "<li>Driving Licence</li></ul>"
          "<h2>What you'll need</h2><ul><li>A full driving licence</li></ul>")
    split = split_ad(ad)
    assert split.duties == ["Visit clients at home"]
    assert split.requirements == ["A full driving licence"]


def test_other_duties_after_a_paragraph_of_duties_keep_the_paragraph() -> None:
    ad = ("The role\n"
          "You will be the first point of contact for tenants at the branch. "
          "You will arrange viewings for the negotiators.\n\n"
          "Other duties will include:\n- Carrying out right to rent checks\n"
          "- Filing safety certificates\n")
    assert split_ad(ad).duties == [
        "You will be the first point of contact for tenants at the branch.",
        "You will arrange viewings for the negotiators.",
        "Carrying out right to rent checks", "Filing safety certificates"]


def test_looking_for_someone_leads_into_a_list_but_is_not_a_criterion_itself() -> None:
    intro = ("About the job\nWe are a family garden centre, and we're looking for someone who "
             "loves helping customers to join our team.\n\nWhat you'll need\n"
             "- Retail experience\n")
    assert split_ad(intro).requirements == ["Retail experience"]
    lead = ("Main duties\n- Prepare practicals\n\n"
            "We are looking for someone with:\n- A science A level\n- Lab experience\n")
    assert split_ad(lead).requirements == ["A science A level", "Lab experience"]


# --- B13 (2026-12-03): a thirteenth writer ------------------------------------------------


def test_benefits_after_a_tick_table_and_an_it_would_be_great_list() -> None:
    ad = ("Main duties\n- Answer the school phone\n\n"
          "Criteria\tEssential\tDesirable\n"
          "GCSE English and maths\t✓\t\n"
          "Experience of Arbor\t\t✓\n\n"
          "Benefits\n•\tLocal Government Pension Scheme\n•\tFree on-site parking\n\n"
          "What we can offer you\n- Flexible working once trained\n\n"
          "It'd be great if you have\n- A first aid certificate\n")
    split = split_ad(ad)
    assert split.requirements == ["GCSE English and maths", "Experience of Arbor",
                                  "A first aid certificate"]
    assert split.desirable == ["Experience of Arbor", "A first aid certificate"]


# --- B14 (2026-12-03): a fourteenth writer ------------------------------------------------

def test_a_pdf_table_with_every_cell_on_a_line_of_its_own() -> None:
    ad = ("Main duties\n1. To answer the phones.\n\n"
          "PERSON SPECIFICATION\nCriteria\nEssential\n/Desirable\nAssessed by\n"
          "Qualifications and training\n"
          "GCSE grade 4/C or above (or equivalent) in\nEnglish and Maths\nE\nA\n"
          "NVQ Level 2 in Customer Service or equivalent\nD\nA\n"
          "Experience\n"
          "Experience of handling cash and card payments\naccurately\nE\nA / I\n"
          "Satisfactory basic DBS check\nE\nPre-employment check\n\n"
          "Key: E = Essential  D = Desirable  A = Application form  I = Interview\n")
    split = split_ad(ad)
    assert split.requirements == [
        "GCSE grade 4/C or above (or equivalent) in English and Maths",
        "NVQ Level 2 in Customer Service or equivalent",
        "Experience of handling cash and card payments accurately",
        "Satisfactory basic DBS check"]
    assert split.desirable == ["NVQ Level 2 in Customer Service or equivalent"]
    # "ESSENTIAL" / "DESIRABLE" alone head a two-column table, read as before
    two = split_ad("Person specification\nESSENTIAL\nDESIRABLE\nExperience\n"
                   "Six months on a till\nExperience of Arbor\n")
    assert two.desirable == ["Experience of Arbor"]


def test_selection_criteria_codes_markdown_and_title_case_labels() -> None:
    ad = ("## What you'll do\n"
          "- Leading our Saturday *rhyme time* sessions for babies\n\n"
          "## What you'll bring\n"
          "- Familiarity with a library system such as [Koha](https://koha-community.org/)\n\n"
          "Key Selection Criteria\n"
          "KSC1. Demonstrated experience in a customer service role.\n"
          "KSC2. Sound organisational skills and attention to detail.\n\n"
          "Skills, competencies and/or knowledge\n"
          "Commitment to a Quality Service\n"
          "\u2022 Demonstrate a high level of accuracy\n"
          "Registered charity no. 1184277\n")
    split = split_ad(ad)
    assert split.duties == ["Leading our Saturday rhyme time sessions for babies"]
    assert split.requirements == [
        "Familiarity with a library system such as Koha",
        "Demonstrated experience in a customer service role.",
        "Sound organisational skills and attention to detail.",
        "Demonstrate a high level of accuracy"]


def test_a_list_mixing_duties_and_the_person_and_an_agency_email() -> None:
    ad = ("About the role and you\n"
          "* Serving customers on the till\n"
          "* A cheerful, chatty personality and a genuine interest in interiors\n"
          "* Packing online orders for collection or courier\n"
          "* Reliable, punctual and happy to work on your own on quieter days\n"
          "* Good with numbers, as you'll be cashing up at the end of the day\n"
          "* Keeping displays full and clean\n\n"
          "Start: ASAP (ideally before half term)\n\n"
          "The role:\n"
          "\u00b7         Updating pupil records on Arbor\n"
          "\u00b7         Looking after children who come to the office unwell "
          "(first aid training will be provided)\n"
          "\u00b7         Ordering stationery\n\n"
          "What they're looking for:\n"
          "\u00b7         Understanding of confidentiality\n"
          "Bonus if you've got first aid\n")
    split = split_ad(ad)
    assert split.duties == [
        "Serving customers on the till", "Packing online orders for collection or courier",
        "Keeping displays full and clean", "Updating pupil records on Arbor",
        "Looking after children who come to the office unwell "
        "(first aid training will be provided)", "Ordering stationery"]
    assert split.requirements == [
        "A cheerful, chatty personality and a genuine interest in interiors",
        "Reliable, punctual and happy to work on your own on quieter days",
        "Good with numbers, as you'll be cashing up at the end of the day",
        "Understanding of confidentiality", "Bonus if you've got first aid"]
    assert split.desirable == ["Bonus if you've got first aid"]


# --- B15 (2026-12-03): a fifteenth writer ------------------------------------------------

def test_question_headings_a_page_break_inside_an_item_and_a_reassurance() -> None:
    ad = ("JOB DESCRIPTION\n"
          "8.  Check that the self-service machines are working, fixing simple faults\n"
          "    and reporting others to IT\n\n"
          "Library Assistant \u2013 LLS0126                          Page 1 of 3\n\n"
          "Kestrel University \u2013 Job Description\n\n"
          "    Services.\n"
          "9.  Process new stock.\n\n"
          "Kestrel University \u2013 Job Description\n\n"
          "What will I be doing?\n"
          "- Encouraging customers to Gift Aid their donations\n\n"
          "Who are we looking for?\n"
          "You don't need to have worked in a charity shop before.\n"
          "- Cash handling skills\n\n"
          "What's in it for me?\n"
          "- Join our pension scheme\n\n"
          "We can offer you\n"
          "- A supportive staff team\n")
    split = split_ad(ad)
    assert split.duties == [
        "Check that the self-service machines are working, fixing simple faults and "
        "reporting others to IT Services.", "Process new stock.",
        "Encouraging customers to Gift Aid their donations"]
    assert split.requirements == ["Cash handling skills"]


# --- B16 (2026-12-03): a sixteenth writer ------------------------------------------------

def test_a_canadian_poster_a_queensland_role_description_and_irish_conditions() -> None:
    ad = ("Role description\nQueensland Government\n\n"
          "Your key responsibilities\n\u2022 Book and cancel clinic appointments.\n\n"
          "Qualifications/Professional registration/Other requirements\n"
          "\u2022 This position requires a criminal history check.\n\n"
          "How you will be assessed\n"
          "\u2022 Well-developed oral and written communication skills.\n\n"
          "Information you must provide\nYour r\u00e9sum\u00e9.\n\n"
          "In order to be considered, your application must clearly explain how you meet "
          "the following (essential qualifications)\n\n"
          "EXPERIENCE:\nExperience providing in-person services to the public.\n\n"
          "Other information\nAcknowledgement of applications will not be sent.\n\n"
          "Eligibility\n1. Character\nEach candidate must be of good character.\n\n"
          "Probation: The successful candidate will serve a probationary period of one year.\n")
    split = split_ad(ad)
    assert split.duties == ["Book and cancel clinic appointments."]
    assert split.requirements == [
        "This position requires a criminal history check.",
        "Well-developed oral and written communication skills.",
        "Experience providing in-person services to the public.",
        "Each candidate must be of good character."]


def test_other_duties_a_reason_clause_and_a_trailing_and() -> None:
    ad = ("Main duties\n\u00b7  Booking appointments\n\nOther\n"
          "\u00b7  Completing all mandatory training\n\n"
          "The post holder will be part of a team of 14 receptionists.\n\n"
          "Minimum qualifications\n"
          "Graduation from high school or possession of a GED certificate; and\n"
          "One year of customer service experience.\n\n"
          "About you\nExperience of sorting donated stock would also be useful but is not "
          "essential, as full training is given.\n")
    split = split_ad(ad)
    assert split.duties == ["Booking appointments", "Completing all mandatory training"]
    assert "and" not in split.requirements
    assert ("Experience of sorting donated stock would also be useful but is not essential, "
            "as full training is given.") in split.desirable


# --- B17 (2026-12-03): a seventeenth writer ----------------------------------------------

def test_what_we_need_nice_if_you_have_and_an_intro_question() -> None:
    ad = ("Job summary\nAre you organised, friendly and able to keep a cool head when the "
          "waiting room is full? We are looking for a receptionist.\n\n"
          "What you'll do:\n- Ring up sales on our POS system\n\n"
          "What we need:\n- Able to lift 50 lbs\n- Available at least one weekend day\n\n"
          "Nice if you have:\nCashier or retail experience\n\n"
          "Stop by the store and ask for Dale, or apply here with your resume.\n")
    split = split_ad(ad)
    assert split.duties == ["Ring up sales on our POS system"]
    assert split.requirements == ["Able to lift 50 lbs", "Available at least one weekend day",
                                  "Cashier or retail experience"]
    assert split.desirable == ["Cashier or retail experience"]


def test_indeeds_summary_block_is_not_read_as_requirements() -> None:
    """B18: Indeed repeats the ad under "Job Type:" as "Experience: Front desk: 1 year
    (Required)"; the ad's own lists are what the candidate weighs."""
    ad = ("What you need:\n• 1+ year of front desk experience\n• Bilingual English/Spanish "
          "(preferred)\n\nJob Type: Full-time\n\nExperience:\n* Front desk: 1 year (Required)\n\n"
          "Language:\n* Spanish (Preferred)\n\nAbility to Commute:\n* Austin, TX 78701 "
          "(Required)\n")
    split = split_ad(ad)
    assert split.requirements == ["1+ year of front desk experience", "Bilingual English/Spanish"]
    assert split.desirable == ["Bilingual English/Spanish"]


def test_a_pipe_table_category_row_and_a_desirable_heading_with_an_aside() -> None:
    ad = ("| Requirement | Essential | Desirable |\n|---|---|---|\n| Experience | | |\n"
          "| Experience of handling cash | X | |\n| Experience of a library system | | X |\n\n"
          "What we need from you\n- An enhanced DBS check, which we will apply for and pay for\n"
          "Desirable (but we'll train you!)\n- Care Certificate\n")
    split = split_ad(ad)
    assert "Experience" not in " ".join(r for r in split.requirements if "|" in r)
    assert all("|" not in r for r in split.requirements)
    assert "An enhanced DBS check, which we will apply for and pay for" in split.requirements
    assert split.desirable == ["Experience of a library system", "Care Certificate"]


def test_a_pdf_page_break_with_a_running_footer_and_an_open_bracket_wrap() -> None:
    footer = "Wexham Hospitals NHS Trust      JD - Receptionist, Band 2"
    ad = (f"MAIN DUTIES\n● Greet patients on arrival and check them in on the\nsystem.\n\n"
          f"{footer}\n                 Page 1 of 2\n\n● Make follow-up appointments.\n\n"
          f"{footer}\n                 Page 2 of 2\n\nPERSON SPECIFICATION – Receptionist\n"
          "Essential\n● GCSE English and Maths (grade\nC/4 or above) or equivalent\n")
    split = split_ad(ad)
    assert split.duties == ["Greet patients on arrival and check them in on the system.",
                            "Make follow-up appointments."]
    assert split.requirements == ["GCSE English and Maths (grade C/4 or above) or equivalent"]


def test_a_job_board_page_laid_out_in_a_table_is_read_as_a_page() -> None:
    """B19: the whole ad in one cell of a layout table (a heading inside the cell), a sidebar
    of other jobs in the next; not one row of table data."""
    html = ("<table><tr><td><h1>Hotel Receptionist</h1><div><b>The Job</b></div>"
            "<div>&#8226;&nbsp;Checking guests in and out<br>&#8226;&nbsp;Taking reservations "
            "by phone</div><div><b>What We're Looking For</b></div><ul><li><p>Experience on a "
            "hotel reception</p></li><li><p>Knowledge of Opera PMS is a plus</p></li></ul></td>"
            "<td><b>Latest jobs</b><br><a href='/j/1'>Night Porter</a></td></tr></table>")
    split = split_ad(html)
    assert split.duties == ["Checking guests in and out", "Taking reservations by phone"]
    assert split.requirements == ["Experience on a hotel reception",
                                  "Knowledge of Opera PMS is a plus"]
    assert split.desirable == ["Knowledge of Opera PMS is a plus"]


def test_a_word_table_row_under_the_last_rows_category_keeps_its_columns() -> None:
    """B19: "<tab>Experience of handling cash<tab>...<tab>A/I": the empty first cell is the
    category of the row above, so the criteria stay in their Essential / Desirable columns."""
    ad = ("Person specification\nAttribute\tEssential\tDesirable\tAssessed by\n"
          "Experience\tExperience of working with the public\tExperience in a library\tA/I\n"
          "\tExperience of handling cash\tExperience of running children's activities\tA/I\n"
          "\tAbility to work accurately when busy\t\tI/T\n")
    split = split_ad(ad)
    assert split.requirements == [
        "Experience of working with the public", "Experience in a library",
        "Experience of handling cash", "Experience of running children's activities",
        "Ability to work accurately when busy"]
    assert split.desirable == ["Experience in a library",
                               "Experience of running children's activities"]


def test_bilingual_headings_and_a_label_over_criteria_marked_at_the_start() -> None:
    """B19: "Hanfodol / Essential" (Welsh, then English) heads a list as "Essential" does;
    "Attitude and circumstances" over "Essential: ..." lines is a label, not a criterion."""
    ad = ("Prif ddyletswyddau / Main duties\n• Patrol the galleries, keeping visitors safe\n\n"
          "Hanfodol / Essential\n• Enthusiasm for history and heritage\n\n"
          "Dymunol / Desirable\n• Knowledge of the history of the valley\n\n"
          "Gofynion y Gymraeg / Welsh language requirements\n• Level 3 Welsh\n\n"
          "Skills\nEssential: Confident using booking systems\n\n"
          "Attitude and circumstances\nEssential: Willing to wear the uniform\n"
          "Desirable: A first aid certificate\n")
    split = split_ad(ad)
    assert split.duties == ["Patrol the galleries, keeping visitors safe"]
    assert split.requirements == ["Enthusiasm for history and heritage",
                                  "Knowledge of the history of the valley", "Level 3 Welsh",
                                  "Confident using booking systems",
                                  "Willing to wear the uniform", "A first aid certificate"]
    assert split.desirable == ["Knowledge of the history of the valley",
                               "A first aid certificate"]


def test_a_us_posting_catch_all_duty_narrowing_wish_purpose_and_skill_chips() -> None:
    """B19: "Performs related duties as required." ends duties given a sentence a line;
    "(veterinary office preferred)" narrows a requirement without making it a wish; a
    "To provide ..." purpose and LinkedIn's "Skills: ..., +8 more" are neither."""
    ad = ("Skills: Customer Service, Cash Handling, +8 more\n\nPosition Objectives\n"
          "To provide a first point of contact, so that customers have a positive experience "
          "of Council.\n\nExamples of Duties\nChecks library materials in and out.\n"
          "Collects fines and fees.\nPerforms related duties as required.\n\n"
          "What you bring\n• 1+ year of customer service experience (veterinary office "
          "preferred)\n")
    split = split_ad(ad)
    # (since B28, a catch-all line is not a duty: the candidate cannot weigh it)
    assert split.duties == ["Checks library materials in and out.", "Collects fines and fees."]
    assert "Performs related duties as required." in split.other
    assert split.requirements == [
        "1+ year of customer service experience (veterinary office preferred)"]
    assert split.desirable == []


def test_a_wish_with_a_subject_of_its_own_after_a_semicolon_or_dash_leaves_it_essential() -> None:
    """B20: "X; a Diploma in Y will be an advantage", "X – Microsoft Office, Canva a bonus":
    the wish covers only its own part, so the item is essential (as B6's and B9's writers
    had it); a wish that is the whole item, before or after the dash, is still a wish."""
    ad = ("What we are looking for\n"
          "• Diploma in any discipline; a Diploma in Information Studies will be an advantage\n"
          "• Good computer skills – Microsoft Office, Canva a bonus\n"
          "• An interest in local history – desirable, but not essential\n"
          "• Palaeography or Latin skills are a bonus – not essential!\n")
    split = split_ad(ad)
    assert len(split.requirements) == 4
    assert split.desirable == ["An interest in local history – desirable, but not essential",
                               "Palaeography or Latin skills are a bonus – not essential!"]


def test_a_sites_link_menu_a_form_legend_and_the_employers_about_heading_are_not_the_ad(
        ) -> None:
    """B20: a list of nothing but links is the site's menu; "* Required" over an
    application form is its legend, not a "Required" heading; "What the role is", "What you
    will be working on" and "About Northshore Polytechnic" are headings."""
    html = ("<ul class='top'><li><a href='/planning'>Planning</a></li>"
            "<li><a href='/report'>Report it</a></li></ul>"
            "<h2>What the role is</h2><p>You will be the first point of contact at the "
            "counter.</p><h2>What you will be working on</h2><ul><li>Manage the service "
            "counter</li></ul><h2>What we are looking for</h2><ul><li>At least 2 years of "
            "customer service experience</li></ul><h2>About Northshore Polytechnic</h2>"
            "<p>Northshore Polytechnic offers more than 40 diploma courses.</p>"
            "<h2>Apply for this Job</h2><p>* Required</p><form><label>First Name *</label>"
            "<input><label>Cover Letter</label><input></form>")
    split = split_ad(html)
    assert split.duties == ["Manage the service counter"]
    assert split.requirements == ["At least 2 years of customer service experience"]


def test_naukris_highlights_candidate_profile_and_summary_block() -> None:
    """B20: Naukri's "1 - 3 years" and "Job highlights" are the site's summary; "Desired
    Candidate Profile" is its heading over the requirements (not a wish); after "Role
    Category:" its "Education" and "Key Skills" are job facts and tags."""
    ad = ("Front Office Executive\n1 - 3 years\n\nJob highlights\nGraduate with 1-3 years of "
          "front office experience\n\nRoles and Responsibilities\n1. Greet and receive "
          "visitors\n\nDesired Candidate Profile\n• Pleasant personality and well-groomed "
          "appearance\n• Immediate joiners preferred\n\nRole Category: Front Office\n"
          "Education\nUG: Any Graduate\n\nKey Skills\nFront Office* Reception* EPABX\n\n"
          "About company\nKestrel Softech is a software company with 1,200 employees.\n")
    split = split_ad(ad)
    assert split.duties == ["Greet and receive visitors"]
    assert split.requirements == ["Pleasant personality and well-groomed appearance",
                                  "Immediate joiners preferred"]
    assert split.desirable == ["Immediate joiners preferred"]


def test_an_intro_before_a_lead_in_a_sentence_about_the_post_and_recommendations() -> None:
    """B20: the sentence before "We'd love to hear from you if you have:" introduces the
    list; "The position works ...; ... is required" describes the post; South Africa's
    "RECOMMENDATIONS" are wishes; "What's on offer?" is benefits; a reply "Send us a
    message if you have any questions" is neither."""
    ad = ("POSITION SUMMARY\nThe position works mostly behind the scenes; occasional "
          "coverage of the circulation desk is required.\n\nAbout you\nYou'll be a people "
          "person with a calm manner. We'd love to hear from you if you have:\n"
          "• Experience in customer service\n\nRECOMMENDATIONS\n• A valid driver's licence\n\n"
          "What's on offer?\n• Salary packaging options\n\n"
          "Send us a message if you have any questions 😊\n")
    split = split_ad(ad)
    assert split.requirements == ["Experience in customer service", "A valid driver's licence"]
    assert split.desirable == ["A valid driver's licence"]


def test_a_sentence_on_what_much_of_the_job_is_like_asks_nothing_of_the_applicant() -> None:
    """B55: "Much of the job is routine ... but officers must be ready to take charge" under
    "Purpose of the role" describes the post, as "The position works ..." does."""
    ad = ("Purpose of the role\nThe hall desk is the first stop for residents. Much of the "
          "work is routine, but staff must be ready to deal with an emergency.\n\n"
          "Main duties\n• Issue keys and log visitors\n\n"
          "Essential criteria\n• Experience of customer service\n")
    split = split_ad(ad)
    assert split.requirements == ["Experience of customer service"]
    assert split.duties == ["Issue keys and log visitors"]


def test_b56_recruiter_headings_pay_tables_facts_and_wrapped_rows() -> None:
    """B56: "They're after:" heads requirements; a "PAY RATES" table and a job board's "Work
    type" / "Pay $..." facts are neither; a criterion that reached its mark's column ("...
    organisation D     A/I") is still marked; "The successful candidate will report to ..."
    is where the post sits; a numbered list's first item goes on in "Channel 80."."""
    ad = ("Main responsibilities\n  * Take bookings for the campsite\n\n"
          "They're after:\n  * At least a year on a front desk\n")
    split = split_ad(ad)
    assert split.duties == ["Take bookings for the campsite"]
    assert split.requirements == ["At least a year on a front desk"]
    ad = ("PAY RATES\n  Fixture type                     Hourly rate\n"
          "  Weekday fixture                  £12.60\nPaid weekly via PAYE.\n\n"
          "What you'd be doing:\n- Selling admission badges at the ticket office\n")
    assert split_ad(ad).duties == ["Selling admission badges at the ticket office"]
    ad = ("<ul><li><span>Work type</span> Casual/Vacation</li>"
          "<li><span>Pay</span> $31.20 per hour + super</li></ul>"
          "<h2>Duties</h2><ul><li>Check guests in and out</li></ul>")
    split = split_ad(ad)
    assert split.duties == ["Check guests in and out"] and split.requirements == []
    ad = ("PERSON SPECIFICATION\nEXPERIENCE\n"
          "Experience of working in a busy office or reception environment  E     A/I\n"
          "Experience of working in a sports club or membership organisation D     A/I\n")
    split = split_ad(ad)
    assert split.desirable == ["Experience of working in a sports club or membership organisation"]
    ad = ("About the role\nThe successful candidate will report to the Office Manager and "
          "will be the first point of contact for members.\n\nMain Duties\n\n"
          "1.  Welcome berth holders at reception, by telephone and on VHF\n"
          "Channel 80.\n2.  Manage berthing bookings and renewals.\n")
    split = split_ad(ad)
    assert split.requirements == []
    assert split.duties == ["Welcome berth holders at reception, by telephone and on VHF "
                            "Channel 80.", "Manage berthing bookings and renewals."]


def test_b57_dash_headings_looking_for_someone_and_a_two_column_table() -> None:
    """B57: "Duties include -" heads duties; "They're looking for someone with:" heads
    requirements; an "Essential   Desirable" header over two columns with no label column
    marks each cell, joins a cell wrapped in its column and keeps "Basic computer skills"
    as a criterion, not a heading."""
    ad = ("Duties include -\n\n  - Booking home surveys\n  - Sending out quotes\n\n"
          "They're looking for someone with:\n\n  o Strong admin skills\n")
    split = split_ad(ad)
    assert split.duties == ["Booking home surveys", "Sending out quotes"]
    assert split.requirements == ["Strong admin skills"]
    ad = ("PERSON SPECIFICATION\n\n"
          "Essential                                    Desirable\n"
          "Customer service experience                  Hire, trade or building supplies\n"
          "                                             experience\n"
          "Basic computer skills                        Test and tag certificate\n"
          "Good communicator who can explain\n"
          "things simply\n")
    split = split_ad(ad)
    assert split.requirements == [
        "Customer service experience", "Hire, trade or building supplies experience",
        "Basic computer skills", "Test and tag certificate",
        "Good communicator who can explain things simply"]
    assert split.desirable == ["Hire, trade or building supplies experience",
                               "Test and tag certificate"]


def test_b58_a_grade_rule_and_a_consular_posts_terms_are_neither() -> None:
    """B58: "To qualify at the GS-6 level, you must have ..." is the grade's rule; "The
    successful applicant will be employed under local conditions", "Appointment is subject
    to a security check" and "Locally engaged staff do not have diplomatic status" are
    terms told in running text under "Conditions of employment"."""
    ad = ("Qualifications\n• One year of experience at a public counter\n\n"
          "To qualify at the GS-6 level, you must have one year of specialized experience "
          "equivalent to at least the GS-5 level, as described above.\n\n"
          "CONDITIONS OF EMPLOYMENT\n\nThe successful applicant will be employed under local "
          "conditions. Appointment is subject to a satisfactory security check. Locally "
          "engaged staff do not have diplomatic status.\n")
    assert split_ad(ad).requirements == ["One year of experience at a public counter"]


def test_b59_a_spaced_table_whose_cells_start_with_dashes_and_wrap() -> None:
    """B59: in a spaced Essential/Desirable table whose cells start with "- ", a line of a
    column without one goes on from the cell above, whatever its first letter; a job board's
    "Pay Range $..." and "Schedule 40 hrs/week" are facts, not duties."""
    ad = ("PERSON SPECIFICATION\n\n"
          "                ESSENTIAL                               DESIRABLE\n"
          + "-" * 80 + "\n"
          "Qualifications  - GCSE (or equivalent) in English and   - A qualification in "
          "administration\n"
          "                  Maths at grade 4/C or above             or event management\n\n"
          "Experience      - At least one year in an office or     - Working for a show, event or\n"
          "                  administrative role                     membership organisation\n")
    split = split_ad(ad)
    assert split.requirements == [
        "GCSE (or equivalent) in English and Maths at grade 4/C or above",
        "A qualification in administration or event management",
        "At least one year in an office or administrative role",
        "Working for a show, event or membership organisation"]
    assert split.desirable == ["A qualification in administration or event management",
                               "Working for a show, event or membership organisation"]
    ad = ("<ul><li><span>Schedule</span> 40 hrs/week, Mon-Sat rotation</li>"
          "<li><span>Pay Range</span> $16.00 - $18.50/hr</li></ul>"
          "<h2>Duties</h2><ul><li>Load feed for customers</li></ul>")
    assert split_ad(ad).duties == ["Load feed for customers"]


def test_a_noticeboard_posts_headings_and_what_you_dont_need() -> None:
    """B21: "What you'd be doing:", "You'd be great for this if you:", "It would also help if
    you:" and "Highly regarded" are headings; "What you don't need" lists what is not asked."""
    ad = ("What you'd be doing:\n• Greeting customers and running the till\n\n"
          "You'd be great for this if you:\n• Are reliable and on time\n\n"
          "It would also help if you:\n• Speak Punjabi, Tagalog or Cantonese\n\n"
          "Highly regarded\n• Experience in aged care\n\n"
          "What you don't need\n• A CV – our application takes about 10 minutes\n")
    split = split_ad(ad)
    assert split.duties == ["Greeting customers and running the till"]
    assert split.requirements == ["Are reliable and on time", "Speak Punjabi, Tagalog or Cantonese",
                                  "Experience in aged care"]
    assert split.desirable == ["Speak Punjabi, Tagalog or Cantonese", "Experience in aged care"]


def test_a_word_table_whose_header_starts_with_an_empty_cell() -> None:
    """B21: "<tab>Essential<tab>Desirable" over "Label<tab>criterion<tab>criterion" rows: the
    columns line up with the rows; a footer split by bars after the table is not a row."""
    ad = ("Person Specification\n\tEssential\tDesirable\n"
          "Qualifications\tNCEA Level 2 or equivalent\tNZQA certificate in medical reception\n"
          "\tConfident computer user\t\n\nCareer breaks are welcome here.\n\n"
          "Tōtara Bay Medical Centre | PD Medical Receptionist | v3 May 2025\n")
    split = split_ad(ad)
    assert split.requirements == ["NCEA Level 2 or equivalent",
                                  "NZQA certificate in medical reception",
                                  "Confident computer user"]
    assert split.desirable == ["NZQA certificate in medical reception"]


def test_a_broken_heading_a_bullet_that_reads_as_a_heading_and_a_duty_label() -> None:
    """B21: "include the following. Other duties may be assigned." under "ESSENTIAL DUTIES
    AND RESPONSIBILITIES" is the rest of the heading; "* Basic computer skills" among the
    requirements is one of them; "Reception and patient flow" over duties is a label; "The
    Ward Clerk is the first point of contact ..." says what the post is."""
    ad = ("ESSENTIAL DUTIES AND RESPONSIBILITIES\ninclude the following. Other duties may be "
          "assigned.\n1. Greets visitors at the front counter.\n\nRequirements:\n"
          "* High school diploma or GED\n* Basic computer skills\n* Excellent phone manner\n\n"
          "Main duties of the job\nThe Ward Clerk is the first point of contact for visitors "
          "and provides an administrative service to the ward.\n\nKey Responsibilities\n"
          "Reception and patient flow\n• Book, change and cancel appointments\n")
    split = split_ad(ad)
    assert split.duties == ["Greets visitors at the front counter.",
                            "Book, change and cancel appointments"]
    assert split.requirements == ["High school diploma or GED", "Basic computer skills",
                                  "Excellent phone manner"]


def test_offers_notes_and_invitations_in_prose_are_not_requirements() -> None:
    """B21: a cookie banner, "We have an opportunity for ...", "Please note: ...", "we
    would love to hear from you", "requests are welcome", "we offer a paid induction", "We
    will use the criteria below to shortlist" and "... is retiring in July" are neither."""
    ad = ("We use some essential cookies to make this website work.\n\n"
          "We have an opportunity for an officer to join the team, working with an "
          "experienced colleague.\n\nRequirements\nWe will use the criteria below to "
          "shortlist.\n• Good standard of literacy\n\nPlease note: if your qualification "
          "was awarded abroad, you will need to have it recognised.\nIf you have been a "
          "carer before, we would love to hear from you.\nFlexible working requests are "
          "welcome from day one.\nWe offer a paid two-week induction alongside an "
          "experienced receptionist.\nTheir receptionist has been with them 11 years and is "
          "retiring in July.\n")
    split = split_ad(ad)
    assert split.requirements == ["Good standard of literacy"]


def test_an_agencys_a_portals_and_a_german_ads_headings() -> None:
    """B22: "What the client is looking for:", "To be successful you'll have:" and "Your
    profile" open requirements; "Application instructions" and "Locations: ... preferred
    regions" are neither."""
    ad = ("Locations: stores across England – choose up to three preferred regions\n\n"
          "What you'll be doing:\n  * Answering inbound calls\n\n"
          "What the client is looking for:\n  * Confident typing (around 35 wpm)\n\n"
          "To be successful you'll have:\n• Good knowledge of latte art\n\n"
          "Your profile\n• You speak fluent English and German at B1 level\n\n"
          "Assets\n• Valid first aid certification\n\n"
          "Application instructions\nUpload your résumé and a cover letter.\n")
    split = split_ad(ad)
    assert split.duties == ["Answering inbound calls"]
    assert split.requirements == ["Confident typing (around 35 wpm)",
                                  "Good knowledge of latte art",
                                  "You speak fluent English and German at B1 level",
                                  "Valid first aid certification"]
    assert split.desirable == ["Valid first aid certification"]


def test_offers_inductions_and_requests_in_prose_are_neither() -> None:
    """B22: "In return we offer ...", the paid induction every new starter completes, "show
    how you meet the criteria below", "Please share ...", an emoji before the pay and the
    job's title above the first heading are neither; "will be given priority" is a wish;
    "You will hold 20-minute drop-in appointments" is no requirement."""
    ad = ("Online GCSE Maths & English Tutor (flexible, 3–15 hours per week)\n\n"
          "💷 £12.85 per hour (£13.35 after you complete your Care Certificate)\n\n"
          "Job Description\nYou will hold 20-minute drop-in appointments and staff our "
          "front desk.\n\nResponsibilities\n• Greet students at the front desk\n\n"
          "Person specification\nPlease use your application to show how you meet the "
          "criteria below.\n• Able to commit to at least 6 event days\n"
          "• Candidates with prior events experience will be given priority\n\n"
          "Training\nAll new assistants complete a paid three-hour induction in the week "
          "before term starts.\n\nIn return we offer staff coffee, above-award pay for "
          "experienced baristas and a friendly team. Please share with anyone you think "
          "would be great!\n")
    split = split_ad(ad)
    assert split.duties == ["Greet students at the front desk"]
    assert split.requirements == ["Able to commit to at least 6 event days",
                                  "Candidates with prior events experience will be given "
                                  "priority"]
    assert split.desirable == ["Candidates with prior events experience will be given priority"]


def test_a_wrap_that_starts_with_a_number_or_a_requirement_word_goes_on() -> None:
    """B22: "1. Currently enrolled ... in at least" / "   6 units." is one item; a sentence
    already wrapped over lines goes on at "qualification with the Insurance Institute", though
    that line alone would start a requirement."""
    ad = ("About the programme\nYou will be supported by a\nbuddy from last year's intake, "
          "and we will fund your Certified Insurance Practitioner (CIP)\nqualification "
          "with the Insurance Institute of Ireland.\n\n"
          "MINIMUM QUALIFICATIONS\n1. Currently enrolled at the college in at least\n"
          "   6 units.\n2. Cumulative GPA of 3.0 or higher.\n")
    split = split_ad(ad)
    assert split.requirements == ["Currently enrolled at the college in at least 6 units.",
                                  "Cumulative GPA of 3.0 or higher."]


def test_bullets_typed_without_their_space_are_bullets() -> None:
    """B23: "-Clean ..." and "*Ability to ..." on two or more lines in a row are bullets; a
    lone "-Free parking" is not."""
    ad = ("RESPONSIBILITIES:\n-Clean and service assigned guest rooms daily\n"
          "-Restock guest amenities and towels\n\n"
          "REQUIREMENTS:\n*High school diploma or GED preferred\n"
          "*Must be able to work weekends and holidays\n")
    split = split_ad(ad)
    assert split.duties == ["Clean and service assigned guest rooms daily",
                            "Restock guest amenities and towels"]
    assert split.requirements == ["High school diploma or GED preferred",
                                  "Must be able to work weekends and holidays"]
    assert clean_ad_text("Perks\n-Free parking\n") == "Perks\n-Free parking"


def test_lead_ins_and_headings_of_a_shop_an_email_and_a_post() -> None:
    """B23: "We'd love to hear from you if you:" leads into requirements; "What we'd need
    from the person:" and "Pre-employment requirements" open them; "It would be great if you
    also have…" and "Bonus points if you've got 🌟" open the desirable ones."""
    ad = ("What you'll be doing\n• Serving customers on the tills\n\n"
          "What we're looking for\nYou don't need any experience. We'd love to hear from "
          "you if you:\n• Enjoy chatting to people\n\n"
          "It would be great if you also have…\n• A Level 2 food hygiene certificate\n\n"
          "What we'd need from the person:\n• Reliable and on time for shifts\n\n"
          "Bonus points if you've got 🌟\n• Previous kitchen experience\n\n"
          "Pre-employment requirements\n• A satisfactory National Police Check\n")
    split = split_ad(ad)
    assert split.duties == ["Serving customers on the tills"]
    assert split.requirements == ["Enjoy chatting to people",
                                  "A Level 2 food hygiene certificate",
                                  "Reliable and on time for shifts",
                                  "Previous kitchen experience",
                                  "A satisfactory National Police Check"]
    assert split.desirable == ["A Level 2 food hygiene certificate",
                               "Previous kitchen experience"]


def test_a_duty_runs_on_over_a_page_footer_with_a_dashed_rule() -> None:
    """B23: "... secure at the" / footer / "-----" / repeated header / "end of the shift."
    is one duty."""
    ad = ("COUNTY OF SAN ARDEN          CLASS SPECIFICATION\n\n"
          "EXAMPLES OF ESSENTIAL DUTIES\n"
          "\u25cf  Empties trash and recycling containers.\n"
          "\u25cf  Locks doors and checks that exits are secure at the\n\n"
          "County of San Arden - Custodian I (6201)            Page 1 of 2\n"
          "------------------------------------------------------------\n"
          "COUNTY OF SAN ARDEN          CLASS SPECIFICATION\n\n"
          "   end of the shift.\n"
          "\u25cf  Maintains an inventory of cleaning supplies.\n")
    split = split_ad(ad)
    assert split.duties == ["Empties trash and recycling containers.",
                            "Locks doors and checks that exits are secure at the end of the "
                            "shift.",
                            "Maintains an inventory of cleaning supplies."]


def test_a_job_specification_laid_out_as_label_and_content_cells() -> None:
    """B24: a table of label | content rows whose content holds a lead-in and a list: each
    label heads its content, so the lists are duties and requirements; the table's later
    rows ("Annual leave" | ...) close the last list's section."""
    ad = ("<table border='1'>"
          "<tr><td><b>Post title</b></td><td>Records Assistant</td></tr>"
          "<tr><td><b>Main Duties</b></td><td><p>The post holder will:</p><ul>"
          "<li>Scan and index incoming referral letters</li>"
          "<li>Track case files between departments</li></ul>"
          "<p>This list of duties is not exhaustive.</p></td></tr>"
          "<tr><td><b>Eligibility<br>Qualifications</b></td><td><ol>"
          "<li>Five passes in the Junior Certificate or equivalent</li></ol></td></tr>"
          "<tr><td><b>Skills and knowledge</b></td><td><ul>"
          "<li>Accurate keyboard skills</li>"
          "<li>Experience of a filing system would be an advantage</li></ul></td></tr>"
          "<tr><td><b>Annual leave</b></td><td>Staff earn 25 days' leave, and you will "
          "be offered flexible hours.</td></tr>"
          "</table>")
    text = clean_ad_text(ad)
    assert "Main Duties:\nThe post holder will:\n• Scan and index" in text
    assert "Eligibility:\nQualifications:\n• Five passes" in text
    split = split_ad(ad)
    assert split.duties == ["Scan and index incoming referral letters",
                            "Track case files between departments"]
    assert split.requirements == ["Five passes in the Junior Certificate or equivalent",
                                  "Accurate keyboard skills",
                                  "Experience of a filing system would be an advantage"]
    assert split.desirable == ["Experience of a filing system would be an advantage"]


def test_a_table_of_facts_without_lists_keeps_its_rows() -> None:
    """B24: only a table whose content cells hold a list is read as label | content; a
    table of job facts stays one line a row."""
    ad = ("<p>Library Assistant</p><table><tr><td>Salary</td><td>£23,500</td></tr>"
          "<tr><td>Hours</td><td><p>Part time</p><p>20 hours a week</p></td></tr></table>")
    lines = clean_ad_text(ad).split("\n")
    assert "Salary | £23,500" in lines
    assert "Hours | Part time 20 hours a week" in lines


def test_selection_criteria_codes_without_a_stop_are_dropped() -> None:
    """B24: "SC1 Demonstrated ..." (no stop after the code) is a criterion like "SC1. ...";
    a bare "C1" with no stop may be a language level and is kept."""
    ad = ("Selection Criteria\nSC1 Demonstrated experience handling cash\n"
          "KSC2 Sound knowledge of first aid\n\nResponsibilities\n• Count the float\n")
    split = split_ad(ad)
    assert split.requirements == ["Demonstrated experience handling cash",
                                  "Sound knowledge of first aid"]
    assert clean_ad_text("C1 French or better") == "C1 French or better"


def test_victorian_school_vacancy_headings_hold_neither() -> None:
    """B24: "Location Profile", "Role", "Who May Apply", "EEO AND OHS Commitment" and
    "Child Safe Standards" head the boilerplate of a school vacancy, not the criteria."""
    ad = ("Location Profile\nOur school has a strong reading program and a caring staff.\n\n"
          "Selection Criteria\n• Demonstrated skills in stock control\n\n"
          "Role\nStaff in this stream support the school with clerical tasks.\n\n"
          "Responsibilities\n• Order classroom supplies\n\n"
          "Who May Apply\nPeople who meet the selection criteria and can work Fridays.\n\n"
          "EEO AND OHS Commitment\nWe are committed to a safe workplace with excellent "
          "support.\n\n"
          "Child Safe Standards\nAll staff must be committed to child safety.\n")
    split = split_ad(ad)
    assert split.requirements == ["Demonstrated skills in stock control"]
    assert split.duties == ["Order classroom supplies"]


def test_a_category_label_over_essential_criteria_is_not_a_criterion() -> None:
    """B24: NHS Jobs sorts its person specification into categories ("Values", "Behaviours")
    each over "Essential criteria"; the category is a label. A short criterion right above
    "Desirable criteria" is still a criterion."""
    ad = ("Person Specification\nSkills\nEssential criteria\nClear telephone manner\n\n"
          "Attitudes\nEssential criteria\nShows kindness to patients\n"
          "Desirable criteria\nUses plain English\n")
    split = split_ad(ad)
    assert split.requirements == ["Clear telephone manner", "Shows kindness to patients",
                                  "Uses plain English"]
    assert split.desirable == ["Uses plain English"]


def test_a_requirement_label_among_job_facts_is_a_fact() -> None:
    """B24: "Minimum Experience<tab>None" between "Employment Type" and "Pay" is a fact about
    the job; "Education<tab>..." under a requirements heading is still a requirement."""
    ad = ("Department\tVisitor Services\nEmployment Type\tPart-Time\n"
          "Minimum Experience\tNone\nPay\t$19 per hour\n\n"
          "Responsibilities\n• Greet visitors at the door\n\n"
          "Minimum Requirements\nEducation\tHigh school diploma\n"
          "Experience\tSix months of retail work\n")
    split = split_ad(ad)
    assert split.requirements == ["High school diploma", "Six months of retail work"]
    assert "None" in split.other


def test_a_role_summary_over_a_duty_list_is_not_a_duty() -> None:
    """B24: "As Front Desk Officer you will ..." followed by a lead-in and a list of duties
    sums the role up; with no list after it, the paragraph is the duties in prose (B5)."""
    ad = ("What you'll do\nAs Front Desk Officer you will run the reception of a busy "
          "sports centre.\n\nYour main tasks include:\n• Take bookings for courts\n"
          "• Handle membership payments\n")
    assert split_ad(ad).duties == ["Take bookings for courts", "Handle membership payments"]
    prose = ("What you'll do\nAs Front Desk Officer you will take bookings for courts. You "
             "will handle membership payments.\n\nWho you are\n• Friendly and calm\n")
    assert split_ad(prose).duties == [
        "As Front Desk Officer you will take bookings for courts.",
        "You will handle membership payments."]
    part = ("Duties\nAs part of the team you will open the building.\n"
            "Key tasks include:\n• Unlock the doors\n")
    assert "As part of the team you will open the building." in split_ad(part).duties


def test_usajobs_and_university_boilerplate_is_neither() -> None:
    """B24: "There is no substitution of education ...", "The College is committed to ..."
    and the text under "Application Information" are neither."""
    ad = ("The College is committed to providing excellent service to every learner.\n\n"
          "Qualifications\n• One year of specialized experience\n"
          "Education\nThere is no substitution of education for experience at this grade.\n\n"
          "Application Information\nIt is important that you show how you meet the "
          "essential criteria.\n")
    split = split_ad(ad)
    assert split.requirements == ["One year of specialized experience"]
    assert split.duties == []


def test_you_will_need_to_opens_requirements() -> None:
    """B25: a community post's "You'll need to:" over items in the person's own verbs ("Be
    ...", "Have ...") asks for requirements, though "you'll" usually leads into duties."""
    ad = ("What you'll be doing:\n👉 Stocking the shelves before opening\n"
          "👉 Serving customers at the till\n\n"
          "You'll need to:\n✅ Be free on Friday evenings\n✅ Have steady hands for the "
          "slicer\n\nYou will need to have:\n- A food hygiene certificate\n")
    split = split_ad(ad)
    assert split.duties == ["Stocking the shelves before opening", "Serving customers at the till"]
    assert split.requirements == ["Be free on Friday evenings", "Have steady hands for the slicer",
                                  "A food hygiene certificate"]
    assert split.desirable == []


def test_a_requirements_heading_over_a_marked_item_still_leaves_the_duties() -> None:
    """B25: "WHAT YOU NEED:" after the duties, whose first item carries its own mark ("...
    (ESSENTIAL)"), opens the requirements: the unmarked items after it are not duties.
    Inside a marked person specification such a line stays a sub-heading."""
    ad = ("YOUR DUTIES WILL INCLUDE:\n* Walking dogs twice a day\n* Cleaning the kennels\n\n"
          "WHAT YOU NEED:\n* Own transport (ESSENTIAL)\n* Confidence with large dogs\n"
          "* Happy to work outdoors in all weathers\n")
    split = split_ad(ad)
    assert split.duties == ["Walking dogs twice a day", "Cleaning the kennels"]
    assert split.requirements == ["Own transport", "Confidence with large dogs",
                                  "Happy to work outdoors in all weathers"]
    spec = ("Person specification\nQualifications\nFirst aid certificate (Essential)\n"
            "Experience\nWork in a kennel (Desirable)\n")
    split = split_ad(spec)
    assert split.requirements == ["First aid certificate", "Work in a kennel"]
    assert split.desirable == ["Work in a kennel"]


def test_total_rewards_commitment_and_package_headings_are_neither() -> None:
    """B25: "Our total rewards", "Our commitment to you" and a recruiter's "PACKAGE" head the
    pay and benefits, not requirements."""
    ad = ("Responsibilities\n- Process returns at the service desk\n\n"
          "Requirements\n- Two years in retail\n\nOur total rewards\n"
          "A starting rate of $19/hour, dental cover and preferred rates on staff loans.\n\n"
          "Our commitment to you\n- Paid study leave\n- Free eye tests\n\n"
          "PACKAGE\n- Company car after six months\n- Private medical insurance\n")
    split = split_ad(ad)
    assert split.duties == ["Process returns at the service desk"]
    assert split.requirements == ["Two years in retail"]
    assert contains(split.other, "Free eye tests") and contains(split.other, "medical insurance")


def test_cookie_banners_and_accommodation_offers_are_neither() -> None:
    """B25: a site's cookie banner ("We use cookies to improve your experience ...") and "If
    you require accommodation ..." in the closing paragraph are not requirements."""
    ad = ("This website uses cookies to give you the best experience of our pages.\n"
          "We use cookies to remember your experience with our site.\n\n"
          "Requirements\n- Experience with point-of-sale systems\n\n"
          "We are an equal opportunity employer. If you need an accommodation during the "
          "interview process, tell our recruiter. If you require adjustments, let us know.\n")
    split = split_ad(ad)
    assert split.requirements == ["Experience with point-of-sale systems"]


def test_an_email_signature_after_the_sign_off_is_neither() -> None:
    """B25: after "Kind regards," come the sender's name, title, numbers and the agency's
    licence ("Licence No. ..."), none of them requirements; a message forwarded below a
    friend's sign-off starts afresh."""
    ad = ("Hi Tom,\n\nHere is the role we talked about.\n\nDUTIES\n- Answer the switchboard\n\n"
          "REQUIREMENTS\n- Clear phone manner\n\nSend me your CV if you are keen.\n\n"
          "Best regards,\nAlice Moran\nRecruitment Consultant | Harbour Staffing\n"
          "Employment agency licence number: 77-AB-2020\n"
          "Experience of many sectors since 2004\n")
    split = split_ad(ad)
    assert split.duties == ["Answer the switchboard"]
    assert split.requirements == ["Clear phone manner"]
    forwarded = ("Saw this and thought of you!\n\nCheers,\nBea\n\n"
                 "---------- Forwarded message ---------\n"
                 "Our new team member will have experience with Excel.\n\n"
                 "Duties\n- Keep the stock list up to date\n")
    split = split_ad(forwarded)
    assert split.requirements == ["Our new team member will have experience with Excel."]
    assert split.duties == ["Keep the stock list up to date"]


def test_an_agency_licence_number_is_not_a_requirement() -> None:
    """B25: a recruitment agency's licence under its details is job-board furniture,
    though "licence" is a requirement word; a driving licence is still asked for."""
    ad = ("Requirements\n- Full driving licence\n\nMeridian Recruitment\n"
          "EA Licence No. 19C4821\n")
    split = split_ad(ad)
    assert split.requirements == ["Full driving licence"]


def test_an_irish_qualifications_block_with_short_titles_and_a_lead_in() -> None:
    """B26: an Irish public-service "Qualifications" block: "Character" and "Health" title
    a paragraph each, "Education, Training and Experience" lists the kinds in one heading,
    and "Candidates must, by ...:" leads into items that finish its sentence."""
    ad = ("Duties\n- Staff the lending desk\n\nQUALIFICATIONS FOR THE POST\n\n"
          "Character\nEach applicant shall be of good character.\n\n"
          "Health\nEach applicant shall be in a state of health fit to give regular and "
          "efficient service.\n\n"
          "Education, Training and Experience\n"
          "Each applicant must, by the closing date for applications:\n"
          "(a) hold a Leaving Certificate or an equivalent qualification,\n"
          "(b) be resident in the county,\n"
          "(c) have experience of customer service.\n\n"
          "Benefits\n- Paid study leave\n")
    split = split_ad(ad)
    assert split.duties == ["Staff the lending desk"]
    assert split.requirements == [
        "Each applicant shall be of good character.",
        "Each applicant shall be in a state of health fit to give regular and efficient "
        "service.",
        "hold a Leaving Certificate or an equivalent qualification",
        "be resident in the county",
        "have experience of customer service.",
    ]
    assert split.desirable == []
    assert not contains(split.other, "Character") and not contains(split.other, "by the closing")


def test_a_lead_in_finished_by_its_items_keeps_their_section() -> None:
    """B26: a lead-in that its lower-case items finish ("Applicants must, before the panel
    is formed:") is not a heading of its own, wherever it stands in the section: items that
    say nothing by their own words ("be resident in the county") stay requirements."""
    ad = ("Requirements\nApplicants shall be of good character and sound health.\n"
          "Applicants must, before the panel is formed:\n"
          "(i) be resident in the county,\n(ii) speak Irish to a good standard.\n")
    split = split_ad(ad)
    assert split.requirements == ["Applicants shall be of good character and sound health.",
                                  "be resident in the county",
                                  "speak Irish to a good standard."]
    assert not contains(split.other, "before the panel")


def test_a_numbered_heading_ending_in_etc_is_a_heading() -> None:
    """B26's heading that lists kinds of requirement, numbered as B16 and B18 wrote it: "3.
    Education, Training, Experience, etc." is still a heading, not a requirement; a list
    of kinds that are not all requirements is no requirements heading."""
    assert job_ad._heading_kind("education, training, experience, etc.") == job_ad.REQUIREMENTS
    assert job_ad._heading_kind("pay, benefits and holidays") is None
    ad = ("QUALIFICATIONS\n1. Character\nEach applicant shall be of good character.\n\n"
          "2. Education, Training, Experience, etc.\n"
          "Each applicant must hold a Leaving Certificate or equivalent.\n")
    split = split_ad(ad)
    assert split.requirements == ["Each applicant shall be of good character.",
                                  "Each applicant must hold a Leaving Certificate or equivalent."]


def test_a_title_over_a_paragraph_only_drops_in_the_requirements() -> None:
    """B26: the short title over a paragraph is dropped only among the requirements; a short
    line with a criterion's own words ("Driving licence") is a criterion."""
    ad = ("Requirements\nDriving licence\nApplicants will be asked to drive the mobile "
          "library van.\n")
    split = split_ad(ad)
    assert contains(split.requirements, "Driving licence")


def test_a_class_specification_definition_is_neither() -> None:
    """B26: a US class specification's DEFINITION sums the class up in one sentence ("Under
    direct supervision, performs ...; and performs related work as required") over its own
    list of duties: neither a duty nor (for its "as required") a requirement."""
    ad = ("MUSEUM AIDE\n\nDEFINITION\nUnder direct supervision, performs routine work in "
          "the galleries; assists visitors; and performs related work as required.\n\n"
          "EXAMPLES OF DUTIES\n- Opens and closes the galleries each day.\n"
          "- Answers visitors' questions about the exhibits.\n\n"
          "MINIMUM QUALIFICATIONS\n- Six months of experience working with the public.\n")
    split = split_ad(ad)
    assert split.duties == ["Opens and closes the galleries each day.",
                            "Answers visitors' questions about the exhibits."]
    assert split.requirements == ["Six months of experience working with the public."]
    assert contains(split.other, "Under direct supervision")


def test_a_license_label_in_front_of_a_requirement_is_dropped() -> None:
    """B26: "License:" (like "Education:") labels its requirement in a class specification's
    minimum qualifications; the requirement is the text after it."""
    ad = ("EXAMPLES OF DUTIES\n- Drives the bookmobile to rural stops.\n\n"
          "MINIMUM QUALIFICATIONS\n"
          "Education: High school diploma or GED.\n"
          "License: Possession of a valid Class B commercial driver's license.\n"
          "Licensing: A forklift certificate within three months of hire.\n")
    split = split_ad(ad)
    assert split.requirements == ["High school diploma or GED.",
                                  "Possession of a valid Class B commercial driver's license.",
                                  "A forklift certificate within three months of hire."]


def test_a_sentence_selling_the_opportunity_is_neither() -> None:
    """B26: "This is a great opportunity for a new archivist to gain experience ..." sells
    the post; its words ("experience with") do not make it a requirement."""
    ad = ("Hello all,\n\nWe are hiring a collections assistant. This is a great opportunity "
          "for a recent graduate to gain experience with a varied collection. It's a rare "
          "chance to work with our textile archive.\n\n"
          "REQUIRED QUALIFICATIONS\n* Experience with a collections database\n")
    split = split_ad(ad)
    assert split.requirements == ["Experience with a collections database"]
    assert contains(split.other, "great opportunity") and contains(split.other, "rare chance")


def test_a_symbol_font_bullet_from_a_pdf_is_a_bullet() -> None:
    """B27: a PDF copy gives Wingdings' arrow bullet as "Ø " (wrapped lines between the
    items); the titles over its groups of duties ("Welcoming visitors", "Shop and income")
    are labels, not duties. One "Ø" alone is left as written."""
    ad = ("Key tasks\n\nWelcoming visitors\n"
          "Ø Welcome visitors at the admissions desk, selling tickets and\n"
          "memberships.\nØ Give visitors information about exhibitions.\n\n"
          "Shop and income\nØ Serve customers in the museum shop.\n")
    split = split_ad(ad)
    assert split.duties == [
        "Welcome visitors at the admissions desk, selling tickets and memberships.",
        "Give visitors information about exhibitions.",
        "Serve customers in the museum shop."]
    assert "Ø Oresund Bridge" in clean_ad_text("Ø Oresund Bridge\nDuties\n")


def test_a_capitalised_wrap_under_a_symbol_bullet_is_joined() -> None:
    """B27: an item after a private-use bullet ("\\uf0b7") whose wrapped line, indented
    under its text, starts with a capital ("... including Did" / "  Not Attend (DNA)
    episodes.") is one item, as after "•"."""
    ad = ("Main duties\n"
          "\uf0b7 Record outcomes of clinic attendances accurately, including Did\n"
          "  Not Attend (DNA) episodes.\n"
          "\uf0b7 Keep patients informed of waiting times.\n")
    assert split_ad(ad).duties == [
        "Record outcomes of clinic attendances accurately, including Did Not Attend (DNA) "
        "episodes.", "Keep patients informed of waiting times."]


def test_a_word_hyphenated_at_a_line_break_is_rejoined() -> None:
    """B27: "appoint-" / "ment." and "ac-" / "cordance" are one word again; a compound
    broken at its own hyphen ("follow-" / "up", a word the ad uses on its own) keeps it."""
    ad = ("Main duties\n"
          "\uf0b7 Book appointments, giving patients written confirmation of their appoint-\n"
          "  ment.\n"
          "\uf0b7 Record cash payments from private patients in ac-\n"
          "  cordance with the standing financial instructions.\n"
          "\uf0b7 Ring patients who miss a follow-\n"
          "  up call, and follow up letters.\n")
    assert split_ad(ad).duties == [
        "Book appointments, giving patients written confirmation of their appointment.",
        "Record cash payments from private patients in accordance with the standing "
        "financial instructions.",
        "Ring patients who miss a follow-up call, and follow up letters."]


def test_page_headers_and_footers_of_a_job_pack_are_dropped() -> None:
    """B27: a footer with its page number first ("Page 2 of 2<tab>... JD Template v4"), a
    running header whose page number stands apart with no total ("... Recruitment Pack
    page 2") and a UK public body's protective marking ("OFFICIAL", alone or at the end of
    a heading) are page furniture, not duties or requirements."""
    ad = ("OFFICIAL\nKey tasks\n- Welcome visitors to the museum.\n\n"
          "BRAMLEY MUSEUMS TRUST - Recruitment Pack          page 2\n\n"
          "- Serve customers in the shop.\n\nOFFICIAL\n- Front counter cover on Saturdays.\n\n"
          "PERSON SPECIFICATION          OFFICIAL\n- Experience of handling cash\n"
          "- A calm manner with upset visitors\n\n"
          "Page 2 of 2\tThree Rivers Learning Trust - Support Staff JD Template v4 (2024)\n"
          "OFFICIAL\n")
    split = split_ad(ad)
    assert split.duties == ["Welcome visitors to the museum.", "Serve customers in the shop.",
                            "Front counter cover on Saturdays."]
    assert split.requirements == ["Experience of handling cash",
                                  "A calm manner with upset visitors"]
    assert not contains(split.other, "page 2") and not contains(split.other, "OFFICIAL")
    # a duty that runs on over the page break, between the markings, is still one duty
    ad = ("Main responsibilities\n- Handle card payments for services such as firearms\n\n"
          "OFFICIAL\nSevernvale Police - Role Profile CM-PS-0217 - Page 1 of 3\nOFFICIAL\n\n"
          "licensing, keeping accurate records.\n- Arrange for interpreters.\n")
    assert split_ad(ad).duties == [
        "Handle card payments for services such as firearms licensing, keeping accurate "
        "records.", "Arrange for interpreters."]


def test_job_pack_headings_of_duties_and_requirements() -> None:
    """B27: "Generic duties" and a housing association's "What you will be accountable for"
    head duties; a Canadian profile's "Preference may be given to applicants with:"
    heads wishes and its "Provisos" essential conditions; "Main purpose of the job" heads
    the job's purpose, neither."""
    ad = ("1. Main purpose of the job\nTo recruit and support volunteer befrienders.\n\n"
          "About Greenway Homes\nWe own 9,800 homes.\n\n"
          "What you will be accountable for\n- Carry out new tenancy sign-ups.\n\n"
          "Job requirements\n- Grade 12 diploma or equivalent\n\n"
          "Preference may be given to applicants with:\n- Experience with cash handling\n\n"
          "Provisos\n- Successful completion of a Criminal Record Check\n\n"
          "Generic duties\n- Comply with the council's health and safety policies.\n")
    split = split_ad(ad)
    assert split.duties == ["Carry out new tenancy sign-ups.",
                            "Comply with the council's health and safety policies."]
    assert split.requirements == ["Grade 12 diploma or equivalent",
                                  "Experience with cash handling",
                                  "Successful completion of a Criminal Record Check"]
    assert split.desirable == ["Experience with cash handling"]
    assert contains(split.other, "To recruit and support")


def test_an_unknown_numbered_section_between_known_ones_holds_neither() -> None:
    """B27: "4. Working with us" between "3. Key tasks" and "5. Person specification" is a
    section of the pack the reader does not know; it and its policy paragraph are neither."""
    ad = ("3. Key tasks\n- Welcome visitors to the museum.\n\n4. Working with us\n"
          "All staff are expected to follow the Trust's policies on health and safety.\n\n"
          "5. Person specification\nEssential\n- Experience of handling cash\n")
    split = split_ad(ad)
    assert split.duties == ["Welcome visitors to the museum."]
    assert split.requirements == ["Experience of handling cash"]
    assert contains(split.other, "All staff are expected")


def test_a_lettered_title_over_roman_numbered_duties_is_a_label() -> None:
    """B27: "A. Reception and communication" over "i.<tab>..." items titles their group; a
    lettered item over no sub-items is still an item."""
    ad = ("Main duties and responsibilities\n\nA. Reception and communication\n"
          "i.\tWelcome visitors to the school office.\n"
          "ii.\tAnswer the telephone.\n\nB. Pupil administration\n"
          "i.\tMaintain pupil records on Arbor.\n\nC. Office supplies\n")
    split = split_ad(ad)
    assert split.duties == ["Welcome visitors to the school office.", "Answer the telephone.",
                            "Maintain pupil records on Arbor.", "Office supplies"]


def test_an_item_cut_before_a_capitalised_line_that_closes_it() -> None:
    """B27: in a list whose items end with a full stop, "3.3 ... the UK GDPR, the Data" /
    "Protection Act 2018 and council policies." is one item, though the wrapped line starts
    with a capital; in a list without stops a capitalised line stays apart."""
    ad = ("Main duties\n3.2 To promote equality in all aspects of your work.\n"
          "3.3 To handle personal information in accordance with the UK GDPR, the Data\n"
          "Protection Act 2018 and council policies.\n"
          "3.4 To take part in training.\n")
    assert split_ad(ad).duties == [
        "To promote equality in all aspects of your work.",
        "To handle personal information in accordance with the UK GDPR, the Data "
        "Protection Act 2018 and council policies.", "To take part in training."]
    ad = "Duties\n- Answer the phone\n- Issue books\nAbout us.\n"
    assert split_ad(ad).duties == ["Answer the phone", "Issue books"]


def test_a_table_of_result_areas_with_lines_of_duties() -> None:
    """B27: a "Key result area | What this involves" table whose second cells list duties
    one per <br>: each line is a duty, the area's name titles them and the header row goes;
    the note under the table ("Other duties may be required from time to time ...") is
    neither, as a catch-all sentence after a list is."""
    ad = ("<h3>Key result areas</h3><table>"
          "<tr><th>Key result area</th><th>What this involves</th></tr>"
          "<tr><td>Customer service</td><td>Welcome customers at reception<br>"
          "Answer phone and email enquiries</td></tr>"
          "<tr><td>Cash handling and systems</td><td>Process payments accurately<br>"
          "Balance the till at the end of each shift</td></tr></table>"
          "<p><i>Other duties may be required from time to time.</i></p>"
          "<h3>What you'll bring</h3><ul><li>Experience in a customer-facing role</li></ul>")
    split = split_ad(ad)
    assert split.duties == ["Welcome customers at reception", "Answer phone and email enquiries",
                            "Process payments accurately",
                            "Balance the till at the end of each shift"]
    assert split.requirements == ["Experience in a customer-facing role"]
    assert not contains(split.other, "What this involves")


def test_how_a_role_is_assessed_is_neither() -> None:
    """B27: under "Competencies and values", "This role is assessed at Level 1 of the
    ... Framework (CVF)." and "Details of the CVF are included in the candidate information
    pack." say how applicants are assessed, not what is asked of them."""
    ad = ("Main responsibilities\n- Take reports of crime at the front counter.\n\n"
          "Competencies and values\nThis role is assessed at Level 1 of the national "
          "Competency and Values Framework (CVF).\nDetails of the CVF are included in the "
          "candidate information pack.\n\nEssential\n- Experience of customer service\n")
    split = split_ad(ad)
    assert split.requirements == ["Experience of customer service"]
    assert contains(split.other, "assessed at Level 1") and contains(split.other, "Details of")


def test_a_job_alert_email_laid_out_in_nested_tables_keeps_its_sections_and_items() -> None:
    """An HTML job alert puts the whole ad in one cell of a layout table, with the duties
    as a table of its own (a bullet glyph in one cell, the duty in the next): the headings
    and paragraphs of the cell stay apart and each row is one duty (B28)."""
    ad = ("<table><tr><td class='desc'>"
          "<p><b>Full job description</b></p>"
          "<p>We run a 140-room hotel and need friendly agents for day and night shifts.</p>"
          "<p><b>What you&rsquo;ll do</b></p>"
          "<table>"
          "<tr><td>&bull;</td><td>Check guests in and out and take payments.</td></tr>"
          "<tr><td>&bull;</td><td>Answer phones and emails from guests.</td></tr>"
          "<tr><td>&bull;</td><td>Balance your cash drawer at the end of a shift.</td></tr>"
          "</table>"
          "<p><b>Required</b></p><ul><li>Six months of customer service experience.</li>"
          "<li>Available to work weekends.</li></ul>"
          "<p><b>Nice to have</b></p><ul><li>Spanish language skills.</li></ul>"
          "</td></tr></table>")
    split = split_ad(ad)
    assert split.duties == ["Check guests in and out and take payments.",
                            "Answer phones and emails from guests.",
                            "Balance your cash drawer at the end of a shift."]
    assert split.requirements == ["Six months of customer service experience.",
                                  "Available to work weekends.", "Spanish language skills."]
    assert split.desirable == ["Spanish language skills."]


def test_essential_and_desirable_side_by_side_in_tab_columns_are_each_an_item() -> None:
    ad = ("Key tasks\n- Welcome guests and check them in\n\n"
          "Person specification\n"
          "Essential\tDesirable\n"
          "A year on a hotel front desk\tExperience of Opera PMS\n"
          "Excellent spoken English\tFluent German or French\n"
          "Eligibility to work in Ireland\t\n")
    split = split_ad(ad)
    assert split.requirements == ["A year on a hotel front desk", "Experience of Opera PMS",
                                  "Excellent spoken English", "Fluent German or French",
                                  "Eligibility to work in Ireland"]
    assert split.desirable == ["Experience of Opera PMS", "Fluent German or French"]


@pytest.mark.parametrize("line", [
    "Any other duties as assigned by the Front Office Manager",
    "Undertake such other duties as may reasonably be required, commensurate with the grade",
    "Pitch in on other admin tasks as needed – we’re a small team!",
    "Perform other related duties as assigned.",
    "Other tasks as directed by the Lifestyle Coordinator.",
    "Helping out with anything else the practice manager asks",
])
def test_a_catch_all_item_of_a_duty_list_is_not_a_duty_to_weigh(line: str) -> None:
    split = split_ad(f"Key tasks\n- Welcome guests and check them in\n- {line}\n"
                     "- Take payments and balance the till\n")
    assert split.duties == ["Welcome guests and check them in",
                            "Take payments and balance the till"]
    assert line.rstrip(".") in [o.rstrip(".") for o in split.other]


def test_a_real_duty_that_mentions_other_tasks_stays_a_duty() -> None:
    split = split_ad("Key tasks\n- Cover the front desk while other staff take breaks\n"
                     "- Support other teams with filing when the office is busy\n")
    assert split.duties == ["Cover the front desk while other staff take breaks",
                            "Support other teams with filing when the office is busy"]


def test_a_posting_laid_out_as_a_label_table_with_one_item_a_line() -> None:
    """B29: a government careers page puts each section in a row, the label in a <th> and
    the items in the <td>, one per <br>."""
    html = ("<table><tr><th>Location</th><td>Regina</td></tr>"
            "<tr><th>Duties</th><td>Answer calls about tax accounts.<br>"
            "Explain filing deadlines in plain language.<br>"
            "Update addresses after verifying identity.</td></tr>"
            "<tr><th>Essential qualifications</th><td>Grade 12 diploma.<br>"
            "Call centre experience.</td></tr>"
            "<tr><th>Asset qualifications</th><td>Knowledge of tax law.<br>"
            "Ability to communicate in French.</td></tr>"
            "<tr><th>How to apply</th><td>Apply online with a resume.</td></tr></table>")
    split = split_ad(html)
    assert split.duties == ["Answer calls about tax accounts.",
                            "Explain filing deadlines in plain language.",
                            "Update addresses after verifying identity."]
    assert split.requirements == ["Grade 12 diploma.", "Call centre experience.",
                                  "Knowledge of tax law.", "Ability to communicate in French."]
    assert split.desirable == ["Knowledge of tax law.", "Ability to communicate in French."]


def test_criteria_essential_desirable_cells_one_a_line_with_an_empty_cell() -> None:
    ad = ("Main duties\n1. Greet visitors and parents\n2. Answer the phone\n\n"
          "PERSON SPECIFICATION\nCriteria\nEssential\nDesirable\n"
          "Qualifications\nGCSE English and Maths\nNVQ Level 2 in Business Administration\n"
          "Personal qualities\nA calm and friendly manner\nN/A\n"
          "Other\nEnhanced DBS check\nPaediatric first aid certificate\n\n"
          "The school is committed to safeguarding and promoting the welfare of children "
          "and expects all staff to share this commitment.\n")
    split = split_ad(ad)
    assert split.requirements == ["GCSE English and Maths",
                                  "NVQ Level 2 in Business Administration",
                                  "A calm and friendly manner", "Enhanced DBS check",
                                  "Paediatric first aid certificate"]
    assert split.desirable == ["NVQ Level 2 in Business Administration",
                               "Paediatric first aid certificate"]


def test_a_numbered_criterion_wrapped_before_its_mark_is_one_item() -> None:
    ad = ("PERSON SPECIFICATION\n\n1. Education\n"
          "1.1 Educated to A level standard or equivalent experience (E)\n"
          "1.2 Postgraduate qualification in archives and records management, or currently\n"
          "    studying towards one (D)\n")
    split = split_ad(ad)
    assert split.requirements == [
        "Educated to A level standard or equivalent experience",
        "Postgraduate qualification in archives and records management, or currently "
        "studying towards one"]
    assert split.desirable == split.requirements[1:]


def test_an_essential_desirable_html_table_with_no_label_column() -> None:
    """B30: a pharmacy's "What we are looking for" table has just two columns, Essential and
    Desirable, each cell a list; the first column is the essential one, not a label."""
    html = ("<h3>What you will do</h3><ul><li>Assemble and label prescriptions</li></ul>"
            "<h3>What we are looking for</h3><table><tr><th>Essential</th><th>Desirable</th>"
            "</tr><tr><td><ul><li>Good numeracy and literacy</li><li>Available to work "
            "Saturdays</li></ul></td><td><ul><li>Pharmacy experience</li></ul></td></tr>"
            "</table>")
    split = split_ad(html)
    assert split.requirements == ["Good numeracy and literacy", "Available to work Saturdays",
                                  "Pharmacy experience"]
    assert split.desirable == ["Pharmacy experience"]


def test_factor_essential_desirable_rows_of_three_cells_across_a_page_break() -> None:
    """B30: "Factor / Essential / Desirable" one cell a line, every row three lines, "—" for
    an empty cell, a blank line from a page break inside a row, and notes after the table."""
    ad = ("Main duties\n1. Keep the centre's membership records\n\n"
          "PERSONNEL SPECIFICATION\n\nFactor\nEssential\nDesirable\n"
          "Qualifications\nFour GCSEs including English and Maths\nOCN Level 2 in Youth Work\n"
          "Skills\n\nCompetent in Word and Excel\nExperience of a booking database\n"
          "Finance\nAbility to keep petty cash records\nExperience of Sage\n"
          "Other\nEnhanced Disclosure check\n—\n"
          "Other\n—\nFull driving licence\n\n"
          "Shortlisting may be carried out on the basis of the desirable criteria.\n")
    split = split_ad(ad)
    assert split.requirements == [
        "Four GCSEs including English and Maths", "OCN Level 2 in Youth Work",
        "Competent in Word and Excel", "Experience of a booking database",
        "Ability to keep petty cash records", "Experience of Sage", "Enhanced Disclosure check",
        "Full driving licence"]
    assert split.desirable == ["OCN Level 2 in Youth Work", "Experience of a booking database",
                               "Experience of Sage", "Full driving licence"]


def test_a_pay_line_in_the_job_meta_list_is_not_a_duty() -> None:
    html = ("<ul class='job-meta'><li>Location: Dayton, OH</li>"
            "<li>Pay range: $18.25 - $24.10 per hour, plus $2.50/hr night differential</li>"
            "</ul><h2>Essential Duties</h2><ul><li>Register patients arriving at the "
            "emergency department</li><li>Verify insurance and collect co-payments</li></ul>")
    split = split_ad(html)
    assert split.duties == ["Register patients arriving at the emergency department",
                            "Verify insurance and collect co-payments"]


def test_requirements_in_a_paragraph_in_words_of_their_own() -> None:
    """B30: a dental practice writes its person specification as one paragraph; "is needed
    for" and "would also be useful" say which is which. (Wave 69: a condition told in
    running text, "You will also need a satisfactory DBS check", is neither, as the writers'
    format says and as most writers since B34 counted it.)"""
    ad = ("You will greet patients and book appointments on the practice computer.\n\n"
          "Previous reception experience is essential. A good standard of spelling and "
          "arithmetic is needed for handling payments and correspondence. A dental nursing "
          "qualification would also be useful, but full training on our systems is provided. "
          "You will also need a satisfactory DBS check before starting.\n")
    split = split_ad(ad)
    assert split.requirements == [
        "Previous reception experience is essential.",
        "A good standard of spelling and arithmetic is needed for handling payments and "
        "correspondence.",
        "A dental nursing qualification would also be useful, but full training on our "
        "systems is provided."]
    assert split.desirable == [split.requirements[2]]
    assert split.duties == ["You will greet patients and book appointments on the practice "
                            "computer."]


def test_a_cookie_banner_is_not_part_of_the_ad() -> None:
    """B31: an applicant-tracking page's cookie dialog ("Some are essential; others help us
    understand how you use the site") says nothing about the job."""
    html = ("<div data-automation-id='cookieBanner' role='dialog'><div><p>We use cookies on "
            "our careers site. Some are essential; others help us understand how you use the "
            "site.</p><button>Accept</button></div></div>"
            "<h2>What you'll need</h2><ul><li>A full driving licence</li></ul>"
            "<div class='x'><p>Some experience of cash handling is essential.</p></div>")
    split = split_ad(html)
    assert split.requirements == ["A full driving licence",
                                  "Some experience of cash handling is essential."]


def test_a_numbered_duty_wrapped_under_its_own_text_is_one_duty() -> None:
    """B31: a US "ESSENTIAL FUNCTIONS" list hard-wrapped with a hanging indent, the wrapped
    line starting with a capital and running past six words; the lead-in and disclaimer
    above it are neither duties nor requirements."""
    ad = ("ESSENTIAL FUNCTIONS\n"
          "The following duties are normal for this position. These are not to be\n"
          "construed as exclusive or all-inclusive.\n\n"
          "  1. Staffs the vehicle checkpoints to the Air\n"
          "     Operations Area and the Security Identification Display Area, checking\n"
          "     badges and property.\n"
          "  2. Patrols the terminal and the car parks on foot.\n\n"
          "MINIMUM QUALIFICATIONS\n"
          "  1. High school diploma or GED.\n")
    split = split_ad(ad)
    assert split.duties == [
        "Staffs the vehicle checkpoints to the Air Operations Area and the Security "
        "Identification Display Area, checking badges and property.",
        "Patrols the terminal and the car parks on foot."]
    assert split.requirements == ["High school diploma or GED."]


def test_a_heading_ending_in_a_star_and_indeed_screening_questions() -> None:
    """B31: "Bonus if you have ⭐" heads the wishes; Indeed's "Application question(s):"
    are questions to the applicant, not requirements."""
    ad = ("What you'll bring 💪\n🔹 Current First Aid certificate\n🔹 A Working With Children "
          "Check\n\nBonus if you have ⭐\n➕ Les Mills certification\n➕ Boxing coaching "
          "experience\n\n"
          "Application question(s):\n- Do you hold a current First Aid certificate?\n")
    split = split_ad(ad)
    assert split.requirements == ["Current First Aid certificate",
                                  "A Working With Children Check", "Les Mills certification",
                                  "Boxing coaching experience"]
    assert split.desirable == ["Les Mills certification", "Boxing coaching experience"]


# --- B32 (scored once at its freeze): the layouts it brought ------------------------------


def test_a_person_specification_drawn_as_an_ascii_grid() -> None:
    """B32: "+----+" rules and "| cell |" rows, each criterion wrapped over rows of its
    cell, its mark in an E/D column, an "assessed by" column beside it."""
    ad = ("PERSON SPECIFICATION\n\n"
          "+-------------+----------------------------------+-----+----------+\n"
          "| Area        | Requirement                      | E/D | Assessed |\n"
          "+-------------+----------------------------------+-----+----------+\n"
          "| Experience  | Experience of serving customers  |  E  | A / I    |\n"
          "|             | at a till                        |     |          |\n"
          "|             | Experience of a pharmacy         |  D  | A        |\n"
          "|             | dispensary                       |     |          |\n"
          "+-------------+----------------------------------+-----+----------+\n"
          "| Other       | Basic DBS check                  |  E  | C        |\n"
          "+-------------+----------------------------------+-----+----------+\n\n"
          "Benefits: staff discount.\n")
    split = split_ad(ad)
    assert split.requirements == ["Experience of serving customers at a till",
                                  "Experience of a pharmacy dispensary", "Basic DBS check"]
    assert split.desirable == ["Experience of a pharmacy dispensary"]


def test_a_two_column_job_specification_with_labels_at_the_left() -> None:
    """B32: an Irish council's specification copied as text: the labels wrap in their own
    column ("Principal Duties and" / "Responsibilities"), the text beside them is wrapped
    at the column's width, and the job facts are not duties."""
    ad = ("Closing Date             12 noon, Thursday 27th June\n\n"
          "Taking up Appointment    A start date will be indicated at job offer stage.\n\n"
          "Reporting Relationship   The Clerk will report to the Staff\n"
          "                         Officer, Customer Services.\n\n"
          "Principal Duties and     The Clerk will:\n"
          "Responsibilities\n"
          "                         •  Deal with customers at the public counter, by\n"
          "                            telephone and by email\n"
          "                         •  Record complaints on the Council's\n"
          "                            CRM system and route them to the right section\n\n"
          "Eligibility Criteria     Candidates must, on the closing date:\n"
          "Qualifications and/\n"
          "or experience            (a) have passed the Leaving Certificate; or\n"
          "                         (b) have relevant experience of an\n"
          "                             equivalent standard.\n\n"
          "Annual Leave             22 days per annum.\n")
    split = split_ad(ad)
    assert split.duties == [
        "Deal with customers at the public counter, by telephone and by email",
        "Record complaints on the Council's CRM system and route them to the right section"]
    assert split.requirements == ["have passed the Leaving Certificate; or",
                                  "have relevant experience of an equivalent standard."]


def test_bold_sub_headings_inside_a_duty_list_are_not_duties() -> None:
    """B32: "<li><b>In store</b></li>" groups the duties under it."""
    ad = ("<h3>What you'll do</h3><ul><li><b>In store</b></li>"
          "<li>Greet patients and book eye tests</li><li><b>Behind the scenes</b></li>"
          "<li>Order frames and <b>track</b> repairs</li></ul>")
    assert split_ad(ad).duties == ["Greet patients and book eye tests",
                                   "Order frames and track repairs"]


def test_job_facts_questions_and_pay_lines_are_neither() -> None:
    """B32: an Oracle page's "<span>Posting Date</span> <span>05/20/2024</span>", a
    recruiter's questions for the candidate, "Bonus: up to 10% annual", "It would be an
    advantage to have", a menu row copied with the page, the pay and a condition on the
    appointee told in running text."""
    html_ad = ("<ul><li><span>Posting Date</span> <span>05/20/2024</span></li></ul>"
               "<h3>Key Responsibilities</h3><ul><li>Process loan applications</li></ul>")
    assert split_ad(html_ad).duties == ["Process loan applications"]
    ad = ("Post an ad    My Gumtree    Messages    Saved\n\n"
          "The basics:\nBonus: up to 10% annual\n\n"
          "What they're looking for:\n- 2+ years of claims experience\n\n"
          "It would be an advantage to have\n- A CIP designation\n\n"
          "Pay is per the award plus super.\n"
          "The successful applicant will need to provide a police certificate before "
          "starting.\n\n"
          "Could you reply with quick answers to these?\n"
          "- What's your notice period?\n- Are you licensed with FSRA?\n")
    split = split_ad(ad)
    assert split.duties == []
    assert split.requirements == ["2+ years of claims experience", "A CIP designation"]
    assert split.desirable == ["A CIP designation"]


def test_a_class_specification_keeps_its_joiner_and_drops_its_boilerplate() -> None:
    """B32: "...; and" between two required items stays, as "; or" does; "Any combination
    of education and experience ... is qualifying. A typical way to obtain ..." is neither."""
    ad = ("MINIMUM QUALIFICATIONS\n\n"
          "Any combination of education and experience that would likely provide the\n"
          "required knowledge is qualifying. A typical way to\n"
          "obtain the knowledge would be:\n\n"
          "  * Graduation from high school or possession of a GED certificate; and\n"
          "  * Two (2) years of experience in customer service.\n")
    assert split_ad(ad).requirements == [
        "Graduation from high school or possession of a GED certificate; and",
        "Two (2) years of experience in customer service."]


# --- B33 (scored once at its freeze): the public-sector layouts it brought -----------------


def test_usajobs_specialized_experience_lists_are_requirements_not_duties() -> None:
    """B33: the gerund bullets after "Specialized experience ... is experience that
    demonstrates:" under Qualifications are what the applicant must have done; the
    substitution and closing-date sentences around them are rules, not criteria."""
    ad = ("Duties\n\n"
          "• Answer taxpayer calls about refunds and notices.\n"
          "• Adjust accounts and set up payment plans.\n\n"
          "Qualifications\n\n"
          "You must meet the following requirements by the closing date of this announcement.\n\n"
          "SPECIALIZED EXPERIENCE – GS-05 LEVEL: You must have 1 year of specialized experience "
          "equivalent to the GS-04 level. Specialized experience for this grade is experience "
          "that demonstrates:\n\n"
          "• Providing customer service by telephone or in person;\n"
          "• Using a computer to search for and update customer records.\n\n"
          "For the GS-07 level, examples of specialized experience include:\n"
          "  -  Explaining rules to members of the public in person or by telephone.\n\n"
          "EDUCATION SUBSTITUTION: A 4-year course of study above high school may be "
          "substituted for the GS-05 specialized experience.\n")
    split = split_ad(ad)
    assert split.duties == ["Answer taxpayer calls about refunds and notices.",
                            "Adjust accounts and set up payment plans."]
    assert "Providing customer service by telephone or in person" in [
        r.rstrip(";") for r in split.requirements]
    assert ("Explaining rules to members of the public in person or by telephone."
            in split.requirements)
    assert not any("substituted" in r or "closing date" in r for r in split.requirements)


def test_success_profiles_behaviours_and_the_stage_table_are_no_criteria() -> None:
    """A Civil Service advert lists the behaviours it will assess ("Managing a Quality
    Service"): B33's writer counted them as requirements, B3's, B27's, B50's and B102's did
    not (a name with nothing to weigh a candidate against), and since B102 the reader leaves
    them out; the "Stage / Elements assessed / Method" table under "How you will be
    assessed" names the selection stages (B33)."""
    ad = ("Responsibilities\n\n- Answer calls from court users.\n- Update case records.\n\n"
          "Behaviours\n\n"
          "We'll assess you against these behaviours during the selection process:\n\n"
          "- Managing a Quality Service\n- Working Together\n\n"
          "How you will be assessed\n\n"
          "Stage           Elements assessed                    Method\n"
          "-----------     ---------------------------------    ------------------------\n"
          "Sift            Experience                           CV and personal statement\n"
          "Interview       Behaviours, Technical skills         Video interview\n\n"
          "Benefits\n\n- Civil Service pension\n")
    split = split_ad(ad)
    assert split.requirements == []
    assert split.duties == ["Answer calls from court users.", "Update case records."]


def test_an_accordion_panel_is_titled_by_the_button_that_opens_it() -> None:
    """B33: a council page's "Benefits of working for us" is the text of the accordion's
    button; its panel (a list of benefits) is not more desirable requirements."""
    ad = ("<h2>About you</h2><ul><li>Experience of customer service.</li></ul>"
          "<p>It would be an advantage to have:</p><ul><li>Knowledge of council tax.</li></ul>"
          '<div class="accordion"><button aria-controls="acc-b">Benefits of working for us'
          '</button><div id="acc-b" hidden><ul><li>26 days\' annual leave</li>'
          "<li>Free parking at the Civic Centre</li></ul></div></div>")
    split = split_ad(ad)
    assert split.requirements == ["Experience of customer service.", "Knowledge of council tax."]
    assert split.desirable == ["Knowledge of council tax."]


def test_a_short_post_with_you_need_and_a_wrapped_selection_criteria_lead_in() -> None:
    """B33: "You need:" on a noticeboard post heads the requirements; an Australian
    position description's lead-in wrapped by the PDF ("... in your" / "cover letter (no
    more than two pages):") is not a heading of its own, and "POSITION REQUIREMENTS" is
    one."""
    post = ("You'll:\n→ greet students at the front counter\n→ scan documents\n\n"
            "You need:\n✔ to be a registered student\n✔ great communication skills\n\n"
            "Bonus if you have:\n✔ French\n")
    split = split_ad(post)
    assert split.duties == ["greet students at the front counter", "scan documents"]
    assert split.requirements == ["to be a registered student", "great communication skills",
                                  "French"]
    pd = ("KEY ACCOUNTABILITIES\n\n1.  Respond to enquiries from electors.\n\n"
          "KEY SELECTION CRITERIA\n\n"
          "To be considered, please address the following key selection criteria in your\n"
          "cover letter (no more than two pages):\n\n"
          "1.  Demonstrated experience in customer service.\n"
          "2.  Strong computer skills.\n\n"
          "POSITION REQUIREMENTS\n\n•   Availability to work during election periods.\n")
    split = split_ad(pd)
    assert split.duties == ["Respond to enquiries from electors."]
    assert split.requirements == ["Demonstrated experience in customer service.",
                                  "Strong computer skills.",
                                  "Availability to work during election periods."]


def test_a_criterion_whose_last_word_wrapped_and_a_dash_for_no_assessment() -> None:
    """B33: "procedures" alone on the line under "Ability to ... using policies and    E   I"
    finishes that criterion; "E   –" marks a criterion with no assessment method."""
    ad = ("SKILLS AND ABILITIES\n"
          "Ability to make sound decisions using policies and     E       I\n"
          "procedures\n"
          "Keyboard skills of at least 30 words per minute        E       T\n"
          "Must pass Police Recruitment Vetting                   E       –\n")
    split = split_ad(ad)
    assert split.requirements == [
        "Ability to make sound decisions using policies and procedures",
        "Keyboard skills of at least 30 words per minute",
        "Must pass Police Recruitment Vetting"]


def test_the_role_described_over_its_duties_is_not_a_duty() -> None:
    """B33: "Contact Representatives work in ...", "Work Coaches are at the heart of ...",
    "The work is performed mainly by telephone", "DMV is looking for ... to join our team"
    describe the job or the employer; "Use your knowledge of ..." is a duty."""
    ad = ("Duties\n\n"
          "Contact Representatives work in the Accounts Management function. The work is "
          "performed mainly by telephone in a contact center environment. Work Coaches are "
          "at the heart of our jobcentres. DMV is looking for customer-focused individuals to "
          "join our team.\n\n"
          "• Answer inquiries about refunds.\n"
          "• Use your knowledge of the local labour market to match customers to vacancies.\n"
          "• Perform other related duties.\n")
    split = split_ad(ad)
    assert split.duties == [
        "Answer inquiries about refunds.",
        "Use your knowledge of the local labour market to match customers to vacancies."]
    assert split.requirements == []


# --- B34 (scored once at its freeze): education, childcare, sport and leisure ------------


def test_a_must_have_and_nice_to_have_table_with_lists_in_its_cells() -> None:
    """B34: a council's "Must have | Nice to have" table, each cell a list: the items are
    requirements, essential and desirable by column, not one run-together line."""
    ad = ("<h2>About you</h2><table><thead><tr><th>Must have</th><th>Nice to have</th></tr>"
          "</thead><tbody><tr><td><ul><li>A youth work qualification</li>"
          "<li>A full driver licence</li></ul></td><td><ul><li>Te reo M&#257;ori</li>"
          "<li>First aid training</li></ul></td></tr></tbody></table>")
    split = split_ad(ad)
    assert split.requirements == ["A youth work qualification", "A full driver licence",
                                  "Te reo Māori", "First aid training"]
    assert split.desirable == ["Te reo Māori", "First aid training"]


def test_a_duty_table_with_a_share_of_time_column() -> None:
    """B34: "Duty/Responsibility | % of Time" over rows of a duty and its share: each row
    is a duty without its number, and the header is not one."""
    ad = ("<h3>Essential Functions</h3><table><thead><tr><th>Duty/Responsibility</th>"
          "<th>% of Time</th></tr></thead><tbody>"
          "<tr><td>Staff the information desk and answer phone questions.</td><td>40</td></tr>"
          "<tr><td>Train and supervise the student employees.</td><td>15</td></tr>"
          "</tbody></table><h3>Required Documents</h3><ol><li>Resume</li></ol>")
    split = split_ad(ad)
    assert split.duties == ["Staff the information desk and answer phone questions.",
                            "Train and supervise the student employees."]
    assert split.requirements == []


def test_a_glyph_typed_inside_a_list_item_is_not_part_of_it() -> None:
    """B34: "<li>&#9658; Run drop-in sessions</li>" is the bullet twice."""
    split = split_ad("<h2>What you'll be doing</h2><ul><li>&#9658; Run drop-in sessions</li>"
                     "<li>&#9658; Take room bookings</li></ul>")
    assert split.duties == ["Run drop-in sessions", "Take room bookings"]


def test_wrapped_prose_about_checks_and_authority_is_not_a_requirement() -> None:
    """B34: "... including a" / "New Zealand Police vet." is one sentence about the
    appointee's checks; "Refunds over $50 require approval" under "ACCOUNTABILITY AND
    EXTENT OF AUTHORITY" describes the post."""
    ad = ("What you'll bring\n- Experience with children\n\n"
          "The successful applicant will be safety checked under the Children's Act 2014, "
          "including a\nNew Zealand Police vet.\n\n"
          "ACCOUNTABILITY AND EXTENT OF AUTHORITY\n"
          "The position works within set procedures. Refunds over $50 require approval by the "
          "Duty Manager.\n")
    split = split_ad(ad)
    assert split.requirements == ["Experience with children"]


# --- B35 (scored once at its freeze): property, housing and facilities ------------------


def test_a_required_or_asset_column_marks_each_qualification() -> None:
    """B35: a job board's "Qualification | Required / Asset" table: "Required" rows are
    essential, "Asset" rows desirable, and the mark is not part of the text."""
    ad = ("<p><b>Qualifications</b></p><table><tr><th>Qualification</th>"
          "<th>Required / Asset</th></tr>"
          "<tr><td>1&ndash;2 years of dispatch experience</td><td>Required</td></tr>"
          "<tr><td>Bilingual (English/French)</td><td>Asset</td></tr></table>")
    split = split_ad(ad)
    assert split.requirements == ["1–2 years of dispatch experience",
                                  "Bilingual (English/French)"]
    assert split.desirable == ["Bilingual (English/French)"]


def test_a_list_item_styled_as_a_sub_heading_is_not_a_duty() -> None:
    """B35: '<li class="subhead">Packages &amp; Deliveries</li>' groups the duties after it."""
    ad = ("<p><strong>Essential Functions</strong></p><ul>"
          '<li class="subhead">Front Desk &amp; Residents</li>'
          "<li>Greet residents and guests</li>"
          '<li class="subhead">Packages &amp; Deliveries</li>'
          "<li>Log and release packages against photo ID</li></ul>")
    assert split_ad(ad).duties == ["Greet residents and guests",
                                   "Log and release packages against photo ID"]


def test_a_group_label_with_its_share_in_words_and_a_capitalised_wrap() -> None:
    """B35: "Front Desk (about half your day)" labels the duties under it; a criterion
    that stops at "including the" goes on in "Housing Act 1988" on the next line."""
    ad = ("RESPONSIBILITIES\n\nFront Desk (about half your day)\n"
          "  1. Greet clients and agents\n  2. Answer the main office line\n\n"
          "KNOWLEDGE\n"
          "Working knowledge of tenancy law, including the       E      I/T\n"
          "Housing Act 1988\n"
          "Knowledge of Universal Credit                          D      I\n")
    split = split_ad(ad)
    assert split.duties == ["Greet clients and agents", "Answer the main office line"]
    assert split.requirements == [
        "Working knowledge of tenancy law, including the Housing Act 1988",
        "Knowledge of Universal Credit"]


# --- B36 (scored once at its freeze): professional and business services -----------------


def test_a_criterion_whose_mark_stands_on_its_last_line() -> None:
    """B36: a PDF table wraps the criterion and prints E/D on its last line: "Experience of
    residential conveyancing files from" / "instruction to post-completion   E   A/I" is one
    criterion; a sub-heading over the next one ("Working arrangements") is not part of it."""
    ad = ("EXPERIENCE\n"
          "At least two years' experience as a legal secretary             E     A/I\n"
          "Experience of residential conveyancing files from\n"
          "instruction to post-completion                                  E     A/I\n"
          "Ability to prioritise work for more than one fee earner\n"
          "and meet completion deadlines                                   E     I\n")
    split = split_ad(ad)
    assert split.requirements == [
        "At least two years' experience as a legal secretary",
        "Experience of residential conveyancing files from instruction to post-completion",
        "Ability to prioritise work for more than one fee earner and meet completion deadlines"]


def test_an_essential_desirable_text_table_with_no_label_column() -> None:
    """B36: "Essential   Desirable" ruled off, then a criterion in each column per row; the
    table ends at its first blank line (the next section is not more criteria)."""
    ad = ("4. QUALIFICATIONS\n\n"
          "   Essential                                       Desirable\n"
          "   ----------------------------------------------  --------------------------------\n"
          "   2+ years of reception experience                Previous law firm experience\n"
          "   Typing speed of at least 50 wpm                 Mandarin or Cantonese\n"
          "   Excellent spelling and grammar\n\n"
          "Vacation: three weeks, rising to four after three years.\n")
    split = split_ad(ad)
    assert split.requirements == ["2+ years of reception experience",
                                  "Previous law firm experience",
                                  "Typing speed of at least 50 wpm", "Mandarin or Cantonese",
                                  "Excellent spelling and grammar"]
    assert split.desirable == ["Previous law firm experience", "Mandarin or Cantonese"]


def test_an_item_after_a_page_break_is_not_joined_to_the_one_before() -> None:
    """B36: "▪ Receipt premiums ..." ends a page; "▪ Follow up outstanding premiums" after
    the footer and header is the next duty."""
    ad = ("KEY RESPONSIBILITIES\n\nAccounts\n"
          "  ▪ Receipt premiums and reconcile daily banking\n\n"
          "-------------------------------------------------------------------------\n"
          "Uncontrolled when printed          ABN 00 000 000 000    Page 1 of 3\n"
          "-------------------------------------------------------------------------\n\n"
          "  ▪ Follow up outstanding premiums in line with the credit control\n"
          "    procedure\n\n"
          "Uncontrolled when printed          ABN 00 000 000 000    Page 2 of 3\n")
    assert split_ad(ad).duties == [
        "Receipt premiums and reconcile daily banking",
        "Follow up outstanding premiums in line with the credit control procedure"]


# --- B37 (scored once at its freeze): beauty, wellbeing and pet services -------------------


def test_a_tick_typed_inside_a_list_item_is_its_bullet() -> None:
    """B37: "<li>&#10003; Blow-dry clients ...": the tick is the item's bullet, not its text."""
    ad = ("<h2>What you'll do</h2><ul><li>&#10003; Blow-dry clients for the senior team</li>"
          "<li>&#10004; Restock the retail shelf</li></ul>"
          "<h2>What you'll bring</h2><ul><li>&#10003; A Level 2 in hairdressing</li></ul>")
    split = split_ad(ad)
    assert split.duties == ["Blow-dry clients for the senior team", "Restock the retail shelf"]
    assert split.requirements == ["A Level 2 in hairdressing"]


def test_an_area_table_whose_second_column_is_a_list() -> None:
    """B37 (and B35): "Area | What success looks like" laid out in text, each area's label
    beside the first bullet of its list, the bullets' wrapped lines under their text, a
    page break between two rows and a label wrapped beside a wrapped bullet; a details
    block above uses a column of its own."""
    ad = ("Hours:         30 hours a week on a roster, including late\n"
          "               nights and one weekend in two\n\n"
          "KEY ACCOUNTABILITIES\n\n"
          "Area                    What success looks like\n"
          "--------------------------------------------------------------------\n"
          "Treatments              • Deliver facials and waxing to the studio's\n"
          "                          standard\n"
          "                        • Keep a record card for every client\n"
          "--------------------------------------------------------------------\n"
          "Reception               • Greet walk-in clients and book them in\n"
          "                        • Take payments and gift vouchers\n\n"
          "Studio Ltd | Position Description | Page 1 of 2\n\n"
          "--------------------------------------------------------------------\n"
          "Health, safety and      • Report hazards promptly and follow\n"
          "wellbeing                 the studio's safety procedures\n\n"
          "PERSON SPECIFICATION\n"
          "Experience with an online booking system                 E\n")
    split = split_ad(ad)
    assert split.duties == ["Deliver facials and waxing to the studio's standard",
                            "Keep a record card for every client",
                            "Greet walk-in clients and book them in",
                            "Take payments and gift vouchers",
                            "Report hazards promptly and follow the studio's safety procedures"]
    assert split.requirements == ["Experience with an online booking system"]


def test_a_stacked_table_whose_columns_are_named_by_letters() -> None:
    """B37: "Attribute" / "Criteria" / "E/D" / "How assessed" on lines of their own, then
    each criterion, its mark and its assessment code ("A", "A/I") one per line; a code "A"
    is not the first word of the next criterion."""
    ad = ("PERSON SPECIFICATION\n\nKey: E = Essential   D = Desirable\n"
          "How assessed: A = Application form   I = Interview\n\n"
          "Attribute\nCriteria\nE/D\nHow assessed\n\n"
          "Qualifications\nLevel 3 in beauty therapy or equivalent\nE\nA\n"
          "Level 3 certificate in massage\nE\nA\n"
          "Experience\nExperience of working on a reception desk\nD\nA/I\n"
          "Smart appearance in line with the uniform policy\nE\nI\n")
    split = split_ad(ad)
    assert split.requirements == ["Level 3 in beauty therapy or equivalent",
                                  "Level 3 certificate in massage",
                                  "Experience of working on a reception desk",
                                  "Smart appearance in line with the uniform policy"]
    assert split.desirable == ["Experience of working on a reception desk"]


def test_a_you_must_have_nice_to_have_table_and_the_perks_under_the_good_stuff() -> None:
    """B37: an HTML table headed "You must have | Nice to have" holds one criterion per cell;
    "The good stuff" lists perks, not requirements."""
    ad = ("<h3>Who we're looking for</h3><table><thead><tr><th>You must have</th>"
          "<th>Nice to have</th></tr></thead><tbody>"
          "<tr><td>Experience in a customer-facing role</td><td>A regular yoga practice</td></tr>"
          "<tr><td>Confidence with EFTPOS</td><td></td></tr></tbody></table>"
          "<h3>The good stuff</h3><ul><li>Unlimited free classes</li>"
          "<li>Paid training and a small team</li></ul>")
    split = split_ad(ad)
    assert split.requirements == ["Experience in a customer-facing role",
                                  "A regular yoga practice", "Confidence with EFTPOS"]
    assert split.desirable == ["A regular yoga practice"]
    assert split.duties == []


def test_desirable_selection_codes_and_how_shortlisting_works() -> None:
    """B37: "DSC1  ..." codes a desirable criterion as "KSC1" codes an essential one; under
    "How you will be assessed" the sentences on shortlisting and referees are not criteria;
    a sentence about the clinic wrapped after "of" is one sentence, and not a requirement."""
    ad = ("ABOUT THE CLINIC\n"
          "Clients are treated by supervised students of the Diploma of\n"
          "Remedial Massage at a reduced cost.\n\n"
          "KEY SELECTION CRITERIA\n"
          "KSC1  Demonstrated experience in a busy reception role.\n"
          "Desirable\n"
          "DSC1  Experience in an allied health clinic.\n\n"
          "HOW YOU WILL BE ASSESSED\n"
          "Shortlisted applicants will be interviewed and may be asked to complete a short\n"
          "booking exercise. Referees will be contacted for the preferred applicant.\n")
    split = split_ad(ad)
    assert split.requirements == ["Demonstrated experience in a busy reception role.",
                                  "Experience in an allied health clinic."]
    assert split.desirable == ["Experience in an allied health clinic."]
    assert split.duties == []


def test_the_last_item_of_a_list_reads_as_an_item_though_its_words_make_a_heading() -> None:
    """B37: "• Basic computer skills" closes the requirements before "Preferred
    Qualifications"; a bracket that names which part may be missing ("(salon experience not
    essential)") does not make the requirement a wish."""
    ad = ("<p><strong>Qualifications</strong></p><ul>"
          "<li>Previous reception or retail experience (salon experience not essential)</li>"
          "<li>Basic computer skills</li></ul>"
          "<p><strong>Preferred Qualifications</strong></p><ul><li>Pet first aid</li></ul>")
    split = split_ad(ad)
    assert split.requirements == [
        "Previous reception or retail experience (salon experience not essential)",
        "Basic computer skills", "Pet first aid"]
    assert split.desirable == ["Pet first aid"]


def test_a_recruiters_note_over_a_forwarded_ad_and_indeeds_screening_summary() -> None:
    """B37: a recruiter's own running text above the ad she forwards ("You'd need a full
    driving licence ...") is her aside; after Indeed's "Application question(s):" the
    summary's "Experience:" / "- customer service: 1 year (required)" repeats the ad."""
    note = ("Hi Sam,\n\nHere's the role I mentioned. The client is flexible on experience.\n"
            "You'd need a full driving licence as there's no bus out there.\n\n"
            "Kind regards,\nNiamh\n\n"
            "From: Declan Foley <bookings@example.org>\nSubject: Kennel Assistant\n\n"
            "What you need:\n- Experience with dogs\n")
    split = split_ad(note)
    assert split.requirements == ["Experience with dogs"]
    board = ("WHAT WE NEED\n\n- A year in customer service\n\n"
             "Application question(s):\n- Are you available on Saturdays?\n\n"
             "Experience:\n- customer service: 1 year (required)\n\n"
             "Language:\n- English (required)\n\nWork Location: In person\n")
    assert split_ad(board).requirements == ["A year in customer service"]


def test_work_rights_in_a_job_summary_box_is_a_job_fact() -> None:
    """B37: "Work rights: Australian citizens ..." among "Location:" and "Salary:" in a job
    board's summary box is neither a duty nor a requirement."""
    ad = ("<h5>Job summary</h5><ul><li>Location: New Farm</li><li>Work type: Full time</li>"
          "<li>Work rights: Australian citizens or visa holders with full work rights</li>"
          "</ul><h4>What you'll do</h4><ul><li>Answer the salon phone</li></ul>")
    split = split_ad(ad)
    assert split.duties == ["Answer the salon phone"]
    assert split.requirements == []


# --- B38 (scored once at its freeze): health and care front desks --------------------------


def test_a_table_whose_header_cells_name_two_sections() -> None:
    """B38: "Your responsibilities | Your qualifications" over one row of two lists: the
    first list is the duties, the second the requirements with "Required" and "Nice to have"
    sub-headings inside it; the perks under "Why you'll like it here" are neither."""
    ad = ("<table><thead><tr><th>Your responsibilities</th><th>Your qualifications</th></tr>"
          "</thead><tbody><tr><td><ul><li>Check patients in for eye exams</li>"
          "<li>Bill insurers for eyewear</li></ul></td>"
          "<td><ul><li class='subhead'><strong>Required</strong></li>"
          "<li>Secondary school diploma</li><li>Evening availability</li>"
          "<li class='subhead'><strong>Nice to have</strong></li>"
          "<li>French</li></ul></td></tr></tbody></table>"
          "<h2>Why you'll like it here</h2><ul><li>Free eye exams for your family</li></ul>")
    split = split_ad(ad)
    assert split.duties == ["Check patients in for eye exams", "Bill insurers for eyewear"]
    assert split.requirements == ["Secondary school diploma", "Evening availability", "French"]
    assert split.desirable == ["French"]


def test_a_competency_named_like_a_duty_heads_criteria_not_duties() -> None:
    """B38: "Planning and organising:" and "Professional knowledge:" among a person
    specification's competencies name categories of criteria; the items under them stay
    requirements."""
    ad = ("Skills, competencies and/or knowledge\n\nCandidates must demonstrate:\n\n"
          "Communication skills:\n\n- Clear written communication\n\n"
          "Planning and organising:\n\n- The ability to meet clinic deadlines\n\n"
          "Professional knowledge:\n\n- A working knowledge of GDPR\n")
    split = split_ad(ad)
    assert split.duties == []
    assert split.requirements == ["Clear written communication",
                                  "The ability to meet clinic deadlines",
                                  "A working knowledge of GDPR"]


def test_a_legend_wrapped_after_at_and_a_commitment_heading_are_not_criteria() -> None:
    """B38: "Criteria are marked ... will be assessed at" / "A (application), I (interview)
    or T (test)." is one legend; "Our commitment to Te Tiriti o Waitangi" heads a statement;
    "This position description is a guide ..." closes the pack."""
    ad = ("Our commitment to Te Tiriti o Waitangi\n"
          "The centre is committed to partnership, participation and protection.\n\n"
          "Person specification\n"
          "Criteria are marked E (essential) or D (desirable) and will be assessed at\n"
          "A (application), I (interview) or T (test).\n\n"
          "Essential\n- Two years in reception\n\n"
          "This position description is a guide to the main responsibilities of the role.\n")
    split = split_ad(ad)
    assert split.requirements == ["Two years in reception"]
    assert split.duties == []


# --- B39 (scored once at its freeze dd696fe): retail and food retail ---------------------


def test_two_lists_side_by_side_in_plain_text_are_read_one_under_the_other() -> None:
    """B39: a job board's two-column block copied as text, "THE JOB        ABOUT YOU" over
    rows of a duty and a requirement; a wrapped line stays with its column's item."""
    ad = ("Console Operator\n\n"
          "THE JOB                                       ABOUT YOU\n"
          "• Process fuel, shop and barista sales        • Retail or hospitality experience\n"
          "• Authorise pumps and watch the forecourt     • Confident working alone at night\n"
          "• Restock fridges, shelves and the counter    • Available for weekend and night\n"
          "                                                shifts\n"
          "• Handle cash and close off the till\n\n"
          "Bonus if you have:\n• Barista experience\n")
    split = split_ad(ad)
    assert split.duties == ["Process fuel, shop and barista sales",
                            "Authorise pumps and watch the forecourt",
                            "Restock fridges, shelves and the counter",
                            "Handle cash and close off the till"]
    assert split.requirements == ["Retail or hospitality experience",
                                  "Confident working alone at night",
                                  "Available for weekend and night shifts",
                                  "Barista experience"]
    assert split.desirable == ["Barista experience"]


def test_a_wide_gap_in_a_sentence_is_not_two_columns() -> None:
    """Only two known headings side by side open two columns: a line of prose with a wide
    gap, or a header whose rows never hold two cells, is left as written."""
    ad = ("Duties\n"
          "- Serve customers at the deli counter        (mornings)\n"
          "- Slice and weigh cheeses\n\n"
          "Requirements\n- Food hygiene certificate\n")
    split = split_ad(ad)
    assert split.duties == ["Serve customers at the deli counter (mornings)",
                            "Slice and weigh cheeses"]
    assert split.requirements == ["Food hygiene certificate"]


def test_what_you_need_to_bring_heads_the_requirements() -> None:
    """B39: "WHAT YOU NEED TO BRING" over a supermarket service desk's requirements."""
    ad = ("THE ROLE\nIn this role you will:\n  - Process refunds and exchanges\n\n"
          "WHAT YOU NEED TO BRING\n  - At least one year of customer service experience\n"
          "  - Confidence with cash handling\n")
    split = split_ad(ad)
    assert split.duties == ["Process refunds and exchanges"]
    assert split.requirements == ["At least one year of customer service experience",
                                  "Confidence with cash handling"]


def test_fitting_and_sharing_are_duties_under_a_lead_in_the_reader_does_not_know() -> None:
    """B39: a recruiter's numbered list under "Here's a quick overview of what the role
    looks like day to day:" starts with "Fitting ..." and ends with "Sharing ..."."""
    ad = ("Here's a quick overview of what the role looks like day to day:\n\n"
          "1) Fitting hiking boots and helping customers find the right size\n"
          "2) Running the till and processing rentals\n"
          "3) Sharing gear knowledge through our in-store clinics\n")
    assert split_ad(ad).duties == ["Fitting hiking boots and helping customers find the right size",
                                   "Running the till and processing rentals",
                                   "Sharing gear knowledge through our in-store clinics"]


def test_undertaking_other_duties_and_a_consent_banner_are_neither() -> None:
    """B36, B39: "Undertaking any other duties commensurate with the post" is a catch-all;
    "This website stores data such as cookies ..." is a consent manager's banner."""
    ad = ("<html><body><div class='osano-cm-content'>This website stores data such as "
          "cookies to enable essential site functionality, as well as marketing.</div>"
          "<h2>Key responsibilities</h2><ul><li>Serving customers at the tills</li>"
          "<li>Undertaking any other duties commensurate with the post</li></ul>"
          "<h2>What we need</h2><ul><li>Retail experience</li></ul></body></html>")
    split = split_ad(ad)
    assert split.duties == ["Serving customers at the tills"]
    assert split.requirements == ["Retail experience"]


# --- B40 (scored once at its freeze f6d54ca): travel, transport and visitor desks ---------


def test_a_person_specification_typed_with_its_mark_first_gives_each_criterion_its_mark() -> None:
    """B40: "E/D   Assessed   Criteria" over rows "E     A/I        Experience of ...", the
    criterion wrapped to its column, under category labels; the footer after the closing
    rule is not a criterion."""
    ad = ("MAIN DUTIES\n1.  Sell rail tickets and railcards.\n2.  Accept cash, card and warrant\n"
          "    payments and balance the till.\n\n"
          "PERSON SPECIFICATION\n\nE/D   Assessed   Criteria\n"
          "--------------------------------------------------\n\nEXPERIENCE\n"
          "E     A/I        Experience of dealing with the public face to face, ideally in\n"
          "                 a busy environment\n"
          "D     A          Experience of cash handling\n\nSKILLS AND ABILITIES\n"
          "E     I/T        Good numeracy\n\n"
          "--------------------------------------------------\n"
          "Ashbourne Vale Railway Limited, Station House, Mill Lane\n")
    split = split_ad(ad)
    assert split.duties == ["Sell rail tickets and railcards.",
                            "Accept cash, card and warrant payments and balance the till."]
    assert split.requirements == [
        "Experience of dealing with the public face to face, ideally in a busy environment",
        "Experience of cash handling", "Good numeracy"]
    assert split.desirable == ["Experience of cash handling"]


def test_a_post_giving_each_item_its_own_emoji_is_a_list() -> None:
    """B40: a visitor centre's post, "🗺️ Helping visitors plan ...", "🎟️ Booking tours ...",
    each item with a different emoji."""
    ad = ("📣 WE'RE HIRING! 📣\n\nWhat you'll be doing:\n"
          "🗺️ Helping visitors plan their trip\n🎟️ Booking accommodation and bus tickets\n"
          "🛍️ Selling souvenirs\n📸 Sharing what's on around town\n")
    assert split_ad(ad).duties == ["Helping visitors plan their trip",
                                   "Booking accommodation and bus tickets",
                                   "Selling souvenirs", "Sharing what's on around town"]


def test_a_recruiters_quick_snapshot_is_job_detail_not_duties() -> None:
    """B40: "Quick snapshot:" over pay, hours and contract in a recruiter's message."""
    ad = ("Quick snapshot:\n- $19.75/hr + $1.50/hr night shift premium\n"
          "- Full-time, 40 hrs/week, rotating shifts\n\n"
          "In this role you'd:\n- Help customers at the parking office\n"
          "- Answer intercom calls from the exit lanes\n")
    assert split_ad(ad).duties == ["Help customers at the parking office",
                                   "Answer intercom calls from the exit lanes"]


def test_how_you_will_be_evaluated_names_the_exam_not_duties() -> None:
    """B40 (read after scoring): a US civil-service ad's "HOW YOU WILL BE EVALUATED" over the
    subjects of its written exam is neither duties nor requirements."""
    ad = ("DUTIES\n- Sell bus passes at the depot window\n- Answer route questions\n\n"
          "MINIMUM QUALIFICATIONS\n- One year of cash handling experience\n\n"
          "HOW YOU WILL BE EVALUATED\nCandidates who qualify will sit a written test "
          "(weighted 50%) covering:\n- Counting change\n- Reading a route map\n"
          "followed by an interview (weighted 50%).\n\nHOW TO APPLY\nApply online.\n")
    split = split_ad(ad)
    assert split.duties == ["Sell bus passes at the depot window", "Answer route questions"]
    assert split.requirements == ["One year of cash handling experience"]


def test_an_equal_opportunity_statement_and_a_page_footer_are_not_requirements() -> None:
    """B40: "Equal Opportunity Statement" over the EEO text and its accommodation line, then
    the site footer "College · 12 Main Street · Privacy · Title IX" and "Powered by ..."."""
    ad = ("<h3>Qualifications</h3><ul><li>High school diploma</li>"
          "<li>Six months of customer service experience</li></ul>"
          "<h3>Supplemental Questions</h3><p>Required fields are indicated with an asterisk "
          "(*).</p><ol><li>* Do you have a year of cashiering experience?<ul><li>Yes</li>"
          "<li>No</li></ul></li><li>* How did you hear about this job?<ul><li>Indeed</li>"
          "<li>Other</li></ul></li></ol>"
          "<h3>Equal Opportunity Statement</h3><p>Prairie College is an equal opportunity "
          "employer and does not discriminate on the basis of race, color or religion. "
          "Persons needing accommodation in the application process may contact "
          "Human Resources at (555) 555-0100.</p>"
          "<div id='footer'><p>Prairie College &middot; 12 Main Street &middot; Elm Falls, KS "
          "&middot; <a href='/privacy'>Privacy</a> &middot; <a href='/t9'>Title IX</a></p>"
          "<p>Powered by PeopleAdmin</p></div>")
    assert split_ad(ad).requirements == ["High school diploma",
                                         "Six months of customer service experience"]


def test_a_bracket_wrapped_onto_its_own_line_stays_with_its_item() -> None:
    """B40: "• Ability to obtain ... Identification Card" / "(ASIC)" is one requirement."""
    ad = ("POSITION REQUIREMENTS\n"
          "• Ability to obtain and keep a Maritime Security Identification Card\n(MSIC)\n"
          "• Current driver licence\n")
    assert split_ad(ad).requirements == [
        "Ability to obtain and keep a Maritime Security Identification Card (MSIC)",
        "Current driver licence"]


def test_a_recruiters_opening_line_is_not_a_requirement() -> None:
    """B40: "My client ... is hiring ..., and I think you'd be a strong fit" opens the
    message; it asks nothing of the applicant."""
    ad = ("Hi Sam,\n\nMy client, a regional hotel group, is hiring night receptionists for "
          "their airport hotel, and I think you'd be a strong fit.\n\n"
          "What they need:\n- Experience on a hotel front desk\n- Happy to work nights\n")
    assert split_ad(ad).requirements == ["Experience on a hotel front desk",
                                         "Happy to work nights"]


# --- B41 (scored once at its freeze e0100c5): hospitality, leisure and venues -------------


def test_a_lead_in_saying_what_would_be_assets_opens_the_desirable_items() -> None:
    ad = ("<h2>What you bring</h2><ul><li>A year of ticketing or retail experience</li></ul>"
          "<p>The following would be considered assets:</p>"
          "<ul><li>Experience with a box office system</li><li>Fluency in French</li></ul>")
    split = split_ad(ad)
    assert split.requirements == ["A year of ticketing or retail experience",
                                  "Experience with a box office system", "Fluency in French"]
    assert split.desirable == ["Experience with a box office system", "Fluency in French"]


def test_what_theyre_after_in_a_recruiters_email_lists_requirements() -> None:
    ad = ("Hi Sam,\n\nHere are the details of the gym receptionist role.\n\n"
          "The role involves:\n- checking members in\n- selling day passes\n\n"
          "What they're after:\n- previous customer service experience\n"
          "- confident on the phone\n\nWould be a bonus:\n- a first aid certificate\n")
    split = split_ad(ad)
    assert split.duties == ["checking members in", "selling day passes"]
    assert split.requirements == ["previous customer service experience",
                                  "confident on the phone", "a first aid certificate"]
    assert split.desirable == ["a first aid certificate"]


def test_a_duty_table_grouped_by_a_spanning_area_label_gives_each_duty_alone() -> None:
    """B41: "Area | What you'll do", the area's cell spanning its rows."""
    ad = ("<p><strong>Responsibilities</strong></p><table><thead><tr><th>Area</th>"
          "<th>What you&rsquo;ll do</th></tr></thead><tbody>"
          "<tr><td rowspan='2'>Bookings</td><td>Take function enquiries</td></tr>"
          "<tr><td>Show clients round the rooms</td></tr>"
          "<tr><td rowspan='2'>On the day</td><td>Lead the set-up crew</td></tr>"
          "<tr><td>Handle guests' requests</td></tr></tbody></table>"
          "<p><strong>Must-haves</strong></p><ul><li>Two years in events</li></ul>")
    split = split_ad(ad)
    assert split.duties == ["Take function enquiries", "Show clients round the rooms",
                            "Lead the set-up crew", "Handle guests' requests"]
    assert split.requirements == ["Two years in events"]


def test_a_condition_told_in_running_text_and_the_documents_to_send_are_not_requirements(
        ) -> None:
    ad = ("<h2>Requirements</h2><ul><li>Pool lifeguard qualification</li></ul>"
          "<p>The successful candidate will be required to complete a Police vet.</p>"
          "<h3>Applicant Documents</h3><p>Required: Resume, Cover Letter. Optional: List of "
          "References.</p>")
    assert split_ad(ad).requirements == ["Pool lifeguard qualification"]


# --- B42 (scored once at its freeze cecebd8): charity, community and advice services -------


def test_a_recruiters_message_around_the_ad_and_a_check_told_in_prose_are_not_requirements(
        ) -> None:
    ad = ("Hi Sam, I came across your profile and your years on the issue desk stood out - I "
          "think you'd be a really strong fit for a role I'm recruiting for.\n\n"
          "Requirements:\n- Experience on a busy reception\n- Good IT skills\n\n"
          "A police check is required before the start date, and the charity pays for it.\n\n"
          "Full job pack at the link below, please share with anyone who might be interested.\n"
          "If this sounds interesting, would you have ten minutes on Friday for a call?\n")
    assert split_ad(ad).requirements == ["Experience on a busy reception", "Good IT skills"]


# --- B43 (call centres and IT help desks), read after it was scored once ----------------


def test_te_reo_mahi_heading_is_the_duties() -> None:
    ad = split_ad("Tenancy Support Worker\n\nAbout the mahi\n"
                  "• Visit tenants in their homes each week\n"
                  "• Keep case notes up to date\n\n"
                  "What you'll bring\n• A full driver licence\n")
    assert ad.duties == ["Visit tenants in their homes each week", "Keep case notes up to date"]
    assert ad.requirements == ["A full driver licence"]


def test_a_marked_criterion_that_stops_on_a_comma_goes_on_over_its_wrap() -> None:
    ad = split_ad("Person specification\n"
                  "Experience\n"
                  "Experience of a booking system such as Opera,                E\n"
                  "Mews or Protel\n"
                  "Experience in a hotel                                         D\n")
    assert ad.requirements == ["Experience of a booking system such as Opera, Mews or Protel",
                               "Experience in a hotel"]
    assert ad.desirable == ["Experience in a hotel"]  # the rest are essential


def test_benefits_under_working_for_the_employer_and_why_the_employer_are_not_duties() -> None:
    ad = split_ad("Main duties\n• Log every call on the ticket system\n\n"
                  "WORKING FOR ASHDOWN HOSPITALS\n• Staff pension scheme\n"
                  "• Free parking on site\n\n"
                  "WHY BRIGHTWAVE\n• Four-day week in summer\n• Free fruit on Fridays\n")
    assert ad.duties == ["Log every call on the ticket system"]
    assert ad.requirements == []


def test_an_employer_describing_its_service_sets_no_requirement() -> None:
    assert classify_line("Our bookings team handles 4,000 calls a week from drivers renewing "
                         "a licence or booking a test.") is None
    assert classify_line("A full driving licence.") == "requirements"


def test_documents_marked_essential_under_applicant_documents_are_not_requirements() -> None:
    ad = split_ad("Required Qualifications\n• Two years on a help desk\n\n"
                  "Applicant Documents\n• Resume (Essential)\n• Cover Letter (Essential)\n")
    assert ad.requirements == ["Two years on a help desk"]


def test_operational_requirements_after_the_assets_are_essential_again() -> None:
    ad = split_ad("Asset qualifications\n• Experience in a bilingual call centre\n\n"
                  "Operational requirements\n• Willingness to work overtime at short notice\n")
    assert ad.requirements == ["Experience in a bilingual call centre",
                               "Willingness to work overtime at short notice"]
    assert ad.desirable == ["Experience in a bilingual call centre"]  # the rest essential


# --- B44 (care homes, home care and hospital support), read after it was scored once ------


def test_to_be_considered_you_will_need_heads_the_requirements() -> None:
    ad = split_ad("What the job involves\n• Help residents wash and dress\n\n"
                  "To be considered you'll need:\n• A caring attitude\n• A full licence\n")
    assert ad.duties == ["Help residents wash and dress"]
    assert ad.requirements == ["A caring attitude", "A full licence"]


def test_a_wrapped_criterion_marked_before_its_text_loses_its_assessment_code() -> None:
    ad = split_ad("PERSON SPECIFICATION\n"
                  "SKILLS\n"
                  "  E   Able to take bookings accurately over the phone and in\n"
                  "      person                                              I/T\n"
                  "  D   Knowledge of Cerner                                 A\n"
                  "  E   Calm when the ward is busy                          I\n\n"
                  "We will contact shortlisted applicants within two weeks.\n")
    assert ad.requirements == ["Able to take bookings accurately over the phone and in person",
                               "Knowledge of Cerner", "Calm when the ward is busy"]
    assert ad.desirable == ["Knowledge of Cerner"]


def test_emoji_bullets_count_past_a_wrapped_item() -> None:
    ad = split_ad("What we're looking for:\n"
                  "✅ A food hygiene certificate or a catering\n"
                  "qualification (or working towards one)\n"
                  "✅ Two years in a busy kitchen\n")
    assert ad.requirements == [
        "A food hygiene certificate or a catering qualification (or working towards one)",
        "Two years in a busy kitchen"]


def test_a_checks_fact_in_the_job_details_is_not_a_duty() -> None:
    ad = split_ad("• Location: Telford\n• Checks: Enhanced DBS (we pay)\n\n"
                  "Your duties\n• Serve meals to residents\n")
    assert ad.duties == ["Serve meals to residents"]
    assert ad.requirements == []


# --- B45 (warehouses, logistics and trades counters), read after it was scored once ------


def test_a_bullet_glyph_in_its_own_span_is_not_part_of_the_duty() -> None:
    ad = split_ad("<h2>Key responsibilities</h2><ul>"
                  "<li><span class='sq'>&#9642;</span>Load the vans in drop order.</li>"
                  "<li><span class='sq'>&#9642;</span>Scan every parcel out.</li></ul>")
    assert ad.duties == ["Load the vans in drop order.", "Scan every parcel out."]


def test_a_gdpr_notice_is_a_cookie_banner() -> None:
    page = ("<div class='gdpr-notice'><p>Some cookies are essential to make the site "
            "work.</p></div><h2>Requirements</h2><ul><li>A forklift licence</li></ul>")
    assert "cookies" not in clean_ad_text(page)
    assert split_ad(page).requirements == ["A forklift licence"]


def test_a_label_cell_table_under_a_requirements_heading_reads_as_its_criteria() -> None:
    ad = split_ad("<h3>What you'll bring</h3><table>"
                  "<tr><th>Education</th><td>High school diploma or GED</td></tr>"
                  "<tr><th>Experience</th><td>One year in a busy shipping office</td></tr>"
                  "<tr><th>Preferred</th><td>Experience with a warehouse system</td></tr>"
                  "</table><h3>Location</h3><p>Leeds</p>")
    assert ad.requirements == ["High school diploma or GED",
                               "One year in a busy shipping office",
                               "Experience with a warehouse system"]
    assert ad.desirable == ["Experience with a warehouse system"]


def test_even_better_if_you_have_heads_the_desirable_list() -> None:
    ad = split_ad("What you bring\n• A good eye for detail\n\n"
                  "Even better if you have\n• A forklift licence\n")
    assert ad.requirements == ["A good eye for detail", "A forklift licence"]
    assert ad.desirable == ["A forklift licence"]


def test_a_bulleted_part_of_the_job_with_its_share_heads_the_duties_under_it() -> None:
    ad = split_ad("Duties\n"
                  "Receiving (about 45%):\n• Check deliveries against the order.\n"
                  "• Shipping (approximately 20%)\n• Book courier pickups.\n")
    assert ad.duties == ["Check deliveries against the order.", "Book courier pickups."]


# --- B46 (pharmacies, opticians, vets and hearing care), read after it was scored once ----


def test_guillemet_bullets_and_an_advantageous_heading() -> None:
    ad = split_ad("<p><strong>Requirements</strong><br>&raquo; Retail experience<br>"
                  "&raquo; Good IT skills<br></p><p><strong>Advantageous</strong><br>"
                  "&raquo; Optical experience<br></p>")
    assert ad.requirements == ["Retail experience", "Good IT skills", "Optical experience"]
    assert ad.desirable == ["Optical experience"]


def test_assessment_codes_written_with_commas_are_dropped() -> None:
    ad = split_ad("Person specification\n"
                  "• Experience with animals (A, I)\n"
                  "• Calm handling of animals (I, T)\n"
                  "• Good record keeping (A, T)\n")
    assert ad.requirements == ["Experience with animals", "Calm handling of animals",
                               "Good record keeping"]


def test_criteria_rows_beside_an_attribute_column_stay_one_criterion_each() -> None:
    ad = split_ad(
        "PERSON SPECIFICATION\n\n"
        "Attribute            Criteria                                        E/D\n"
        "------------------------------------------------------------------------\n"
        "QUALIFICATIONS       Level 2 certificate in animal care              E\n"
        "                     First aid certificate                           D\n\n"
        "EXPERIENCE           Work in a kennel or cattery                     E\n"
        "                     Work on a busy reception desk                   D\n"
        "                     Use of a practice booking system                D\n\n"
        "SKILLS               Calm handling of nervous animals                E\n"
        "                     Clear telephone manner                          E\n\n"
        "KNOWLEDGE            Common parasites and how to spot them           D\n"
        "                     Safe use of cleaning products                   E\n"
        "                     Signs that an animal is in pain                 E\n\n"
        "OTHER                Weekend rota                                    E\n")
    assert ad.requirements == [
        "Level 2 certificate in animal care", "First aid certificate",
        "Work in a kennel or cattery", "Work on a busy reception desk",
        "Use of a practice booking system", "Calm handling of nervous animals",
        "Clear telephone manner", "Common parasites and how to spot them",
        "Safe use of cleaning products", "Signs that an animal is in pain", "Weekend rota"]
    assert ad.desirable == ["First aid certificate", "Work on a busy reception desk",
                            "Use of a practice booking system",
                            "Common parasites and how to spot them"]


def test_two_unbulleted_columns_under_required_and_assets_are_items_each() -> None:
    """B48: a Canadian posting's "Required      Assets" table pasted as text, one criterion a
    row in each column and no bullets: every row is its own item, the right column wished."""
    ad = ("DUTIES\n"
          "  • Opens and closes the arena and checks the ice plant.\n"
          "  • Cleans the dressing rooms between bookings.\n"
          "\n"
          "QUALIFICATIONS\n"
          "\n"
          "Required                                   Assets\n"
          "High school diploma                        Zamboni driving experience\n"
          "Able to lift 20 kg                         First aid certificate\n"
          "Friendly with the public                   Ice plant course\n"
          "\n"
          "HOW TO APPLY\n"
          "Send your resume by 30 April.\n")
    split = split_ad(ad)
    assert split.requirements == ["High school diploma", "Able to lift 20 kg",
                                  "Friendly with the public", "Zamboni driving experience",
                                  "First aid certificate", "Ice plant course"]
    assert split.desirable == ["Zamboni driving experience", "First aid certificate",
                               "Ice plant course"]


def test_a_recruiters_reply_keeps_the_job_and_drops_the_candidates_quoted_note() -> None:
    """B48: a recruiter's e-mail with "Nice but not necessary:", a remark on what the
    candidate said, and the candidate's own message quoted under "On ... wrote:"."""
    ad = ("Hi Sam,\n\nThanks for your note. Here is more about the job.\n\n"
          "What the job involves:\n"
          "* Checking members in at the desk\n"
          "* Answering the phone\n"
          "* Cleaning the rental skates\n\n"
          "What we need:\n"
          "* Customer service experience\n"
          "* Weekend availability\n\n"
          "Nice but not necessary:\n"
          "* First aid certificate\n\n"
          "You mentioned you ran the library's book club, so that's a real plus.\n\n"
          "Best,\nDana\n\n"
          "On Mon, Apr 7, 2025 at 8:02 PM Sam Reid <sam@example.com> wrote:\n"
          "> Hello,\n"
          "> I have five years at a library desk and I'm comfortable with\n"
          "> routine questions, but I'd like to know how busy it gets.\n"
          "> Thanks,\n> Sam\n")
    split = split_ad(ad)
    assert split.duties == ["Checking members in at the desk", "Answering the phone",
                            "Cleaning the rental skates"]
    assert split.requirements == ["Customer service experience", "Weekend availability",
                                  "First aid certificate"]
    assert split.desirable == ["First aid certificate"]


def test_a_short_bullet_naming_the_group_under_it_is_no_duty() -> None:
    """B48: "• Poolside" over indented "o" duties is a sub-heading inside the list; a bullet
    that starts with a verb over its own sub-points stays a duty."""
    ad = ("Key Duties:\n\n"
          "• Poolside\n"
          "    o Supervise bathers during public sessions\n"
          "    o Test the pool water every hour\n"
          "• Dry side & customer care\n"
          "    o Clean the changing rooms to the schedule\n"
          "• Run the reception desk\n"
          "    o answering calls\n"
          "    o taking bookings\n"
          "\nEssential Requirements:\n• Pool lifeguard qualification\n")
    duties = split_ad(ad).duties
    assert "Poolside" not in duties and "Dry side & customer care" not in duties
    assert "Supervise bathers during public sessions" in duties
    assert "Clean the changing rooms to the schedule" in duties
    assert any(d.startswith("Run the reception desk") for d in duties)


def test_an_agencys_client_needs_and_its_a_bonus_if_you_head_their_lists() -> None:
    """B49: "What the client needs:" heads the requirements and "It's a bonus if you:" the
    wishes, so a duty with no duty verb stays with its list; "Training: 3 paid induction
    days" among the job's facts is what the employer gives, not a criterion."""
    ad = ("Hi Alex,\n\nI have a temp booking that would suit you.\n\n"
          "Dates: 1 March - 30 June\n"
          "Training: 3 paid induction days before you start\n\n"
          "The role:\n\n"
          "  > Greet visitors and check their tickets at the door\n"
          "  > Invigilate the galleries so nobody touches the paintings\n"
          "  > Answer questions about the collection\n\n"
          "What the client needs:\n\n"
          "  > Six months of front-of-house experience\n"
          "  > Good spoken English\n\n"
          "It's a bonus if you:\n\n"
          "  > speak Italian\n"
          "  > have worked in a museum before\n\n"
          "Reply with your CV by Friday.\n")
    split = split_ad(ad)
    assert "Invigilate the galleries so nobody touches the paintings" in split.duties
    assert split.requirements == ["Six months of front-of-house experience",
                                  "Good spoken English", "speak Italian",
                                  "have worked in a museum before"]
    assert split.desirable == ["speak Italian", "have worked in a museum before"]


def test_the_sites_own_header_and_how_to_attach_an_application_are_not_the_job() -> None:
    """B49: opening hours in the site's <header> are no duty, even for an ad whose duties
    are told in prose; "Applicants must attach a resume ..." under "Special Instructions"
    is how to apply, not a requirement."""
    page = ("<html><body><header class='site-head'><div class='hours'>Open daily 9am - 5pm, "
            "tours on the hour</div><a href='/'>Castle Gardens</a></header>"
            "<main><h1>Visitor Host</h1><h2>About the role</h2><p>You will welcome visitors "
            "to the castle and sell tickets and guidebooks.</p>"
            "<h2>Requirements</h2><ul><li>Customer service experience</li></ul></main>"
            "</body></html>")
    split = split_ad(page)
    assert split.duties == ["You will welcome visitors to the castle and sell tickets and "
                            "guidebooks."]
    text = ("About the job\n\nYou will welcome visitors and sell tickets.\n\n"
            "Minimum qualifications\n  - One year of customer service experience.\n\n"
            "Preferred qualifications\n  - Experience with Mailchimp.\n\n"
            "Special Instructions Summary\n\n"
            "Applicants must attach a resume and a cover letter that describes their\n"
            "experience with customer service. Finalists will be asked to consent to a\n"
            "background check.\n")
    assert split_ad(text).requirements == ["One year of customer service experience.",
                                           "Experience with Mailchimp."]


def test_marks_alone_under_wrapped_criteria_mark_the_lines_above() -> None:
    """B50: a person specification copied out of a PDF, each criterion wrapped over two
    lines and its E/D mark (and how it is assessed) alone on the line under it."""
    ad = ("PERSON SPECIFICATION\n\n"
          "Criteria                                                     E/D    Assessed\n\n"
          "Experience of serving the public face to face in a\n"
          "busy office\n"
          "                                                             E      A/I\n"
          "Experience of taking card payments at a counter\n"
          "                                                             D      A\n"
          "Calm and courteous with people who are upset or\n"
          "angry\n"
          "                                                             E      I\n"
          "Knowledge of how the local courts work\n"
          "                                                             D      I\n")
    split = split_ad(ad)
    assert split.requirements == [
        "Experience of serving the public face to face in a busy office",
        "Experience of taking card payments at a counter",
        "Calm and courteous with people who are upset or angry",
        "Knowledge of how the local courts work"]
    assert split.desirable == ["Experience of taking card payments at a counter",
                               "Knowledge of how the local courts work"]


def test_supplemental_question_answers_and_an_email_footer_are_not_the_job() -> None:
    """B50: the answer options under "*QUESTION 2" are no requirements; "... Ltd is not
    responsible for any changes made to this message" is no duty."""
    ad = ("DUTIES\n- Check out library books\n- Answer the phone\n\n"
          "MINIMUM QUALIFICATIONS\n- One year of customer service experience\n\n"
          "SUPPLEMENTAL QUESTIONS\n\n"
          "*QUESTION 1\nDo you have a high school diploma?\n   Yes\n   No\n\n"
          "*QUESTION 2\nHow many years of customer service experience do you have?\n"
          "   Less than 1 year\n   1 to 2 years\n   More than 2 years\n\n"
          "* Required Question\n")
    split = split_ad(ad)
    assert split.duties == ["Check out library books", "Answer the phone"]
    assert split.requirements == ["One year of customer service experience"]
    footer = ("Harbourside Recruitment Ltd is not responsible for any changes made to this "
              "message after it was sent.")
    assert classify_line(footer) is None
    assert classify_line("Be responsible for the cash office at weekends.") == job_ad.DUTIES


def test_conditions_told_in_running_text_under_the_requirements_are_not_criteria() -> None:
    """B50: under the requirements, "You must have the right to work in New Zealand ...",
    "Applicants must be NZ citizens or residents ..." and "Candidates will be required to
    complete and return a Garda vetting form" are conditions of employment, not criteria a
    candidate weighs against their strengths."""
    ad = ("What you'll do\n- Check passports and photos at the counter\n- Take payments\n\n"
          "What you'll bring\n- Two years of customer service experience\n"
          "- Accurate data entry\n\n"
          "You must have the right to work in New Zealand, and all roles need a police check.\n"
          "Applicants must be NZ citizens or residents, or hold a valid work visa.\n"
          "Candidates will be required to complete and return a Garda vetting form before "
          "appointment.\n")
    split = split_ad(ad)
    assert split.requirements == ["Two years of customer service experience",
                                  "Accurate data entry"]
    assert split.duties == ["Check passports and photos at the counter", "Take payments"]


def test_what_theyre_asking_for_heads_a_recruiters_requirements() -> None:
    """B51: in a recruiter's e-mail, "What they're asking for:" heads the criteria, so the
    items under it are not more duties; "They don't require a police check for this
    role" is no condition at all."""
    ad = ("Hi Sam,\n\nHere's the detail from the client:\n\n"
          "What you'd be doing:\n  - Answering calls from stranded drivers\n"
          "  - Sending out the nearest tow truck\n\n"
          "What they're asking for:\n  - A year of phone-based customer service\n"
          "  - Quick, accurate typing\n\n"
          "The pay is $24 an hour. They don't require a police check for this role.\n")
    split = split_ad(ad)
    assert split.duties == ["Answering calls from stranded drivers",
                            "Sending out the nearest tow truck"]
    assert split.requirements == ["A year of phone-based customer service",
                                  "Quick, accurate typing"]


def test_the_employer_described_and_how_it_shortlists_are_not_criteria() -> None:
    """B51: "Hilltop Motors is a family-run garage with four mechanics ..." at the top of
    the role describes the employer; "We shortlist against the essential criteria above"
    and "You don't need to prepare anything for the role-play" say how applicants are
    chosen. None of them is a requirement."""
    ad = ("THE ROLE\n\nHilltop Motors is a family-run garage with four mechanics and a busy "
          "MOT bay built up over 30 years.\n\n"
          "What you'll do\n- Book cars in for servicing\n- Take payments at the counter\n\n"
          "Essential criteria\n- Two years of reception experience\n\n"
          "How you will be assessed\nWe shortlist against the essential criteria above. "
          "You don't need to prepare anything for the role-play.\n")
    split = split_ad(ad)
    assert split.requirements == ["Two years of reception experience"]
    assert split.duties == ["Book cars in for servicing", "Take payments at the counter"]


def test_a_person_specification_with_e_and_d_tick_columns() -> None:
    """B52: "Criteria | E | D | Assessed by" over rows ticked in the E or the D column (the
    empty cell kept, so the tick's column says which)."""
    page = ("<h2>Person specification</h2><table><thead><tr><th>Criteria</th><th>E</th>"
            "<th>D</th><th>Assessed by</th></tr></thead><tbody>"
            "<tr><td>Experience of serving the public at a counter.</td><td>&#10003;</td>"
            "<td></td><td>A/I</td></tr>"
            "<tr><td>Experience of leading ceremonies.</td><td></td><td>&#10003;</td>"
            "<td>I</td></tr>"
            "<tr><td>Neat handwriting and accurate records.</td><td>&#10003;</td><td></td>"
            "<td>T</td></tr></tbody></table>")
    split = split_ad(page)
    assert split.requirements == ["Experience of serving the public at a counter.",
                                  "Experience of leading ceremonies.",
                                  "Neat handwriting and accurate records."]
    assert split.desirable == ["Experience of leading ceremonies."]


def test_a_plain_duty_list_under_about_the_role_and_its_catch_all() -> None:
    """B52: under "About the role", "Be the first point of contact ...", "Type and
    proofread ...", "Upload ...", "Follow up with ..." and "Hand ... over" are duties;
    "General office tasks as required" is a catch-all, not a requirement; the job's title
    over the posting is not a criterion, and "Type: Full-time" is no duty."""
    ad = ("Memorial Enquiries Clerk\n\nType: Full-time\n\nAbout the role\n\n"
          "- Be the first point of contact for families who phone or call in\n"
          "- Type and proofread memorial cards\n"
          "- Upload notices to our website\n"
          "- Follow up with families after their visit\n"
          "- Hand signed orders over to the workshop with clear notes\n"
          "- General office tasks as required\n\n"
          "About you\n\n- Reception experience\n")
    split = split_ad(ad)
    assert split.duties == ["Be the first point of contact for families who phone or call in",
                            "Type and proofread memorial cards",
                            "Upload notices to our website",
                            "Follow up with families after their visit",
                            "Hand signed orders over to the workshop with clear notes"]
    assert split.requirements == ["Reception experience"]


def test_a_position_descriptions_result_areas_and_lead_in_labels() -> None:
    """B53: "Key result area      Key tasks" heads the tasks; "Relationships and information
    sharing" is a result area over more tasks, not the list of contacts; "<li>Knowledge
    of:<ul>..." labels the items under it; the terms told in running text ("The successful
    applicant must provide a satisfactory police check", "Full paid training is provided",
    "An equivalent combination of education and experience may be considered", "Your
    application should include a cover letter ...") and "Bargaining Unit: ..." are not
    criteria or duties."""
    text = ("Key accountabilities\n\nKey result area       Key tasks\n\nBookings\n"
            "• Take visit bookings by phone\n\nRelationships and information sharing\n"
            "• Meet weekly with the prison's visits team\n\nPerson specification\n\n"
            "• Two years of reception experience\n")
    split = split_ad(text)
    assert split.duties == ["Take visit bookings by phone",
                            "Meet weekly with the prison's visits team"]
    assert split.requirements == ["Two years of reception experience"]
    page = ("<p>Bargaining Unit: AFSCME Local 12</p><h3>Duties</h3><ul><li>Answer the hotline"
            "</li></ul><h3>Knowledge, Skills and Abilities</h3><ul><li>Knowledge of:<ul>"
            "<li>Local support services</li></ul></li></ul><p>An equivalent combination of "
            "education and experience may be considered.</p><h3>Key selection criteria</h3>"
            "<p>Your application should include a cover letter that addresses the following "
            "criteria.</p><ul><li>Experience on a busy phone line</li></ul><p>The successful "
            "applicant must provide a satisfactory police check before starting. Full paid "
            "training is provided.</p>")
    split = split_ad(page)
    assert split.duties == ["Answer the hotline"]
    assert split.requirements == ["Local support services", "Experience on a busy phone line"]


def test_a_label_at_the_bullets_indent_and_an_agencys_someone_who() -> None:
    """B54: "  Assembly & dispatch" at the bullets' own indent starts the next group, not
    the wrapped end of the bullet above; "The client needs someone who:" heads the
    requirements and "Nice if you've got ✨" the wishes; "Desirable criteria may be
    addressed in the same statement" and "Visa: applicants must have full working rights"
    are neither."""
    text = ("YOUR DAY\n  Pressing\n  - Press shirts on the form finisher\n"
            "  - Hand-finish silks with the steam iron\n  Assembly & dispatch\n"
            "  - Bag and tag finished orders\n\n"
            "The client needs someone who:\n* can stand for a full shift\n"
            "* is available Saturdays\n\nNice if you've got ✨\n"
            "➕ Laundry experience\n➕ Know-how for unjamming coin slots\n\n"
            "Applicants must address each essential criterion. Desirable criteria may be "
            "addressed in the same statement.\n\n"
            "Visa: applicants must have full working rights in Australia\n")
    split = split_ad(text)
    assert split.duties == ["Press shirts on the form finisher",
                            "Hand-finish silks with the steam iron",
                            "Bag and tag finished orders"]
    wishes = ["Laundry experience", "Know-how for unjamming coin slots"]
    assert split.requirements == ["can stand for a full shift", "is available Saturdays",
                                  *wishes]
    assert split.desirable == wishes


def test_b60_labels_facts_and_application_prompts_are_neither() -> None:
    """B60: a bold label over a nested list labels it (seven words); "Police clearance |
    Required" in a facts table is a job fact; what a covering letter should say, under "How
    to apply", is neither; "so you have it in front of you" is a recruiter's note."""
    ad = ("<h2>What you'll do</h2><ul><li><strong>At the counter and on the phone</strong>\n"
          "  <ul><li>Sell tickets and vouchers</li><li>Balance the till</li></ul></li></ul>"
          "<h2>How to apply</h2><p>Please send your CV to jobs@example.org. In your letter, "
          "tell us:</p><ul><li>why you would like to work in our Box Office</li></ul>")
    assert split_ad(ad).duties == ["Sell tickets and vouchers", "Balance the till"]
    ad = ("<table><tr><th>Salary</th><td>$78,450</td></tr><tr><th>Location</th><td>Perth"
          "</td></tr><tr><th>Police clearance</th><td>Required</td></tr></table>"
          "<h2>Selection criteria</h2><ul><li>Experience in a box office</li></ul>")
    assert split_ad(ad).requirements == ["Experience in a box office"]
    ad = ("Hi Priya,\n\nAs promised, I've pasted the role summary below so you have it in "
          "front of you before the interview.\n\nYou'll need\n- Solid cash handling "
          "experience\n")
    assert split_ad(ad).requirements == ["Solid cash handling experience"]


def test_b61_arrows_wrapped_lead_ins_indeed_facts_and_capital_wraps() -> None:
    """B61: "-> " starts a list item; "Each candidate must, on the latest date for receipt
    of completed" / "application forms:" leads into the criteria and is none of them;
    Indeed's "Job details" box lists a licence as a job fact; a licence and a car asked for
    in running text are a condition; "Pick and prepare orders" is a duty and "You'll split
    your time between the counter and the yard" is not; "Operations" alone under a marked
    criterion finishes it."""
    ad = ("The role:\n\n-> Serving builders over the counter and on\n    the phone\n"
          "-> Handling cash and trade account sales\n\nTo be considered you'll need:\n\n"
          "-> Previous trade counter experience\n")
    split = split_ad(ad)
    assert split.duties == ["Serving builders over the counter and on the phone",
                            "Handling cash and trade account sales"]
    assert split.requirements == ["Previous trade counter experience"]
    ad = ("QUALIFICATIONS FOR THE POST\n\n1. Education\n\n"
          "   Each candidate must, on the latest date for receipt of completed\n"
          "   application forms:\n\n   (a) have satisfactory experience of manual work;\n\n"
          "   (b) have a good standard of literacy and numeracy.\n")
    assert split_ad(ad).requirements == ["have satisfactory experience of manual work",
                                         "have a good standard of literacy and numeracy."]
    ad = ("Job details\nHere's how the job details align with your profile.\n\nPay\n"
          "$22 an hour\n\nLicence/Certification\nDriver's Licence (Required)\n\n"
          "Full job description\nQualifications\n- Two years on a trade counter\n")
    assert split_ad(ad).requirements == ["Two years on a trade counter"]
    ad = ("Hi Sam,\n\nThe site is out the Stradbally road with no bus, so they'll want you "
          "to have a full licence and your own car.\n\nThey're after:\n- Weighbridge "
          "experience\n")
    assert split_ad(ad).requirements == ["Weighbridge experience"]
    ad = ("No two days are the same. You'll split your time between the counter and the "
          "yard, so it suits someone who likes being kept busy.\n\nThe job\n\n"
          "- Help customers load timber\n- Pick and prepare orders ready for collection\n")
    assert split_ad(ad).duties == ["Help customers load timber",
                                   "Pick and prepare orders ready for collection"]
    ad = ("PERSON SPECIFICATION\n\nCriteria                                          E/D   "
          "Assessed\n\nWAMITAB Level 2 Certificate in Waste Management    D     A\n"
          "Operations\n\nExperience of manual work outdoors                 E     A/I\n")
    split = split_ad(ad)
    assert split.desirable == ["WAMITAB Level 2 Certificate in Waste Management Operations"]


def test_b62_application_advice_preferred_candidate_facts_rows_and_a_rejection() -> None:
    """B62: how to set out an application is neither; "the preferred candidate" is whoever
    is chosen, not a wish; weekend availability asked for in running text is a condition;
    "Languages | English" among a facts table's rows does not start the requirements; a
    recruiter's "we have offered the position to another candidate, who had ... experience
    of ..." is no requirement."""
    ad = ("Requirements\n- Experience at a ticket desk\n\nShortlisting\n\nIt is therefore "
          "important that you set out clearly how your experience meets each of the essential "
          "requirements.\n")
    assert split_ad(ad).requirements == ["Experience at a ticket desk"]
    ad = ("Special requirements\n- A national police check will be conducted for the "
          "preferred candidate\n")
    split = split_ad(ad)
    assert split.requirements == ["A national police check will be conducted for the "
                                  "preferred candidate"]
    assert split.desirable == []
    ad = ("About the role\nThis is a part-time post. You must be available to work weekends "
          "during major events.\n\nWhat you'll bring\n- Experience with a membership "
          "database\n")
    assert split_ad(ad).requirements == ["Experience with a membership database"]
    ad = ("<table><tr><td>Job type</td><td>Seasonal</td></tr><tr><td>Start date</td><td>May 1"
          "</td></tr><tr><td>Languages</td><td>English</td></tr><tr><td>Vacancies</td><td>8"
          "</td></tr></table><h2>What you'll do</h2><ul><li>Sell admission tickets</li></ul>")
    split = split_ad(ad)
    assert split.requirements == [] and split.duties == ["Sell admission tickets"]
    ad = ("Dear Jess,\n\nI'm sorry to say that we have offered the position to another "
          "candidate, who had a little more experience of running paid social campaigns.\n\n"
          "Kind regards,\nMarta\n")
    assert split_ad(ad).requirements == []


def test_b63_box_table_wraps_heading_like_wraps_dbs_bullets_and_reassurance() -> None:
    """B63: a box table's criterion wrapped onto a row of its own ("| setting (shop, café,
    reception, library, volunteering) | | |") goes on from the row above; "... when no
    manager is" / "on site" is one criterion; "Allocate ..." and "Deputise ... when
    required" are duties; "• Basic DBS check" among the other requirements is one of them;
    "You don't need to be the life of the party" sets a worry aside."""
    ad = ("PERSON SPECIFICATION\n\n+------------------------------------------+-----------+"
          "-----------+\n| Criteria                                 | Essential | Desirable |\n"
          "+------------------------------------------+-----------+-----------+\n"
          "| Experience of serving customers face to  |     ✓     |           |\n"
          "| face in any setting (shop, café, library) |           |           |\n"
          "| Experience in a busy food outlet          |           |     ✓     |\n"
          "+------------------------------------------+-----------+-----------+\n")
    split = split_ad(ad)
    assert split.requirements == [
        "Experience of serving customers face to face in any setting (shop, café, library)",
        "Experience in a busy food outlet"]
    ad = ("SKILLS AND ABILITIES\n"
          "Able to stay calm and make sound decisions when no manager is   E     I\n"
          "on site\n"
          "Good written English for incident reports                       E     A/T\n")
    assert split_ad(ad).requirements == [
        "Able to stay calm and make sound decisions when no manager is on site",
        "Good written English for incident reports"]
    ad = ("The Role | The Person\n\n• Supervise the shop and forecourt teams\n"
          "• Allocate staff and breaks at peak times\n"
          "• Deputise for the Duty Manager when required\nEssential\n"
          "• Working knowledge of HACCP\n")
    split = split_ad(ad)
    assert split.duties == ["Supervise the shop and forecourt teams",
                            "Allocate staff and breaks at peak times",
                            "Deputise for the Duty Manager when required"]
    assert split.requirements == ["Working knowledge of HACCP"]
    ad = ("Other requirements\n\n• Full UK driving licence\n• Basic DBS check\n\n"
          "Desirable\n\n• NVQ Level 2 in Vehicle Valeting\n")
    split = split_ad(ad)
    assert split.requirements == ["Full UK driving licence", "Basic DBS check",
                                  "NVQ Level 2 in Vehicle Valeting"]
    assert split.desirable == ["NVQ Level 2 in Vehicle Valeting"]
    ad = ("Jess: I'm quite shy, would I still be considered?\n\nNot at all Jess! Plenty of our "
          "best staff were quiet ones. You don't need to be the life of the party, just "
          "friendly and willing to learn.\n\nWhat you'll need\n- Weekend availability\n")
    assert split_ad(ad).requirements == ["Weekend availability"]


def test_b64_a_grid_whose_essential_and_desirable_columns_hold_the_criteria() -> None:
    """B64: "| Area | Essential | Desirable |" drawn as an ASCII grid, each criterion wrapped
    over the rows of its cell, two criteria in one cell split by an empty row; a grid whose
    Essential and Desirable cells hold only ticks is read as before."""
    ad = ("PERSON SPECIFICATION\n\n"
          "+-------------+----------------------------+----------------------------+\n"
          "| Area        | Essential                  | Desirable                  |\n"
          "+-------------+----------------------------+----------------------------+\n"
          "| Experience  | Experience of dealing with | Experience of working in   |\n"
          "|             | the public face to face.   | an advice setting.         |\n"
          "|             |                            |                            |\n"
          "|             | Experience of using a      |                            |\n"
          "|             | booking system.            |                            |\n"
          "+-------------+----------------------------+----------------------------+\n"
          "| Other       | Able to work one Saturday  |                            |\n"
          "|             | morning a month.           |                            |\n"
          "+-------------+----------------------------+----------------------------+\n")
    split = split_ad(ad)
    assert split.requirements == ["Experience of dealing with the public face to face.",
                                  "Experience of working in an advice setting.",
                                  "Experience of using a booking system.",
                                  "Able to work one Saturday morning a month."]
    assert split.desirable == ["Experience of working in an advice setting."]
    ad = ("+----------------------------------+-----------+-----------+\n"
          "| Criteria                         | Essential | Desirable |\n"
          "+----------------------------------+-----------+-----------+\n"
          "| Level 2 Food Hygiene certificate |           |     ✓     |\n"
          "| Experience of serving customers  |     ✓     |           |\n"
          "+----------------------------------+-----------+-----------+\n")
    split = split_ad(ad)
    assert split.requirements == ["Level 2 Food Hygiene certificate",
                                  "Experience of serving customers"]
    assert split.desirable == ["Level 2 Food Hygiene certificate"]


def test_b65_bare_assessment_codes_a_two_word_label_and_the_notes_around_the_criteria() -> None:
    """B65: "A/I" after each criterion without brackets, under a key that spells the codes
    out; "Post room" over a numbered group of duties; "Contact officer", "Our hiring
    process", a statement's word limit and a start date told around the criteria."""
    ad = ("Person specification\n\n"
          "How each criterion will be assessed: A = application form, I = interview, "
          "T = test.\n\n"
          "Essential criteria\n"
          "- GCSE (or equivalent) in English and Maths A\n"
          "- Experience of working in a reception role A/I\n"
          "- Good IT skills, including Outlook and Excel A/T\n")
    assert split_ad(ad).requirements == ["GCSE (or equivalent) in English and Maths",
                                         "Experience of working in a reception role",
                                         "Good IT skills, including Outlook and Excel"]
    # without the key, a capital at the end is the criterion's own ("Grade A")
    ad = ("Essential criteria\n"
          "- Maths at Grade A\n- Experience of working in a reception role A/I\n"
          "- Good IT skills A/T\n")
    assert split_ad(ad).requirements[0] == "Maths at Grade A"
    assert split_ad(ad).requirements[1].endswith("A/I")
    ad = ("Main duties and responsibilities\n\n"
          "Post room\n"
          "1. Collect, open, date-stamp and sort incoming post each morning.\n"
          "2. Frank and dispatch outgoing mail.\n\n"
          "Reception\n"
          "3. Cover the main reception on a rota basis.\n")
    assert split_ad(ad).duties == ["Collect, open, date-stamp and sort incoming post each "
                                   "morning.", "Frank and dispatch outgoing mail.",
                                   "Cover the main reception on a rota basis."]
    ad = ("Selection criteria\n\n"
          "In a statement of no more than 750 words, tell us how your skills and experience "
          "meet the following criteria.\n\n"
          "1. Demonstrated experience delivering front-line customer service.\n"
          "2. Strong organisational skills.\n\n"
          "Desirable\n\n"
          "- A current First Aid certificate\n\n"
          "Candidates must be available to start within two weeks and have full working "
          "rights in Australia.\n\n"
          "Our hiring process\n"
          "1. A 20-minute phone call with our Centre Manager\n"
          "2. An in-person interview\n\n"
          "Contact officer\n\n"
          "For more information about the role, call Dale on (02) 6100 5522.\n")
    assert split_ad(ad).requirements == [
        "Demonstrated experience delivering front-line customer service.",
        "Strong organisational skills.", "A current First Aid certificate"]


def test_b66_spaced_cells_that_wrap_checks_told_as_facts_and_the_vacancy_told() -> None:
    """B66: a person specification laid out with spaces whose cells wrap onto the lines
    under them (told by how the line above stops: a lower-case start, a bracket, a comma or
    a word that cannot end a criterion); "Police vetting required" among a job board's
    facts and "Background check required." in running text are job facts; "Any other
    duties as agreed with ..." is a catch-all; the vacancy and why it is open are neither."""
    ad = ("PERSON SPECIFICATION\n\n"
          "                  ESSENTIAL                          DESIRABLE\n\n"
          "Experience        At least one year in an office     Experience in a community or\n"
          "                  or reception role                  not-for-profit organisation\n\n"
          "Skills            Competent with Microsoft Word,     Experience with Canva\n"
          "                  Excel and Outlook\n\n"
          "Qualifications    NCEA Level 2 or equivalent         NZ Certificate in Business\n"
          "                                                     (Administration and\n"
          "                                                     Technology) Level 3\n")
    split = split_ad(ad)
    assert split.requirements == [
        "At least one year in an office or reception role",
        "Experience in a community or not-for-profit organisation",
        "Competent with Microsoft Word, Excel and Outlook", "Experience with Canva",
        "NCEA Level 2 or equivalent",
        "NZ Certificate in Business (Administration and Technology) Level 3"]
    assert split.desirable == ["Experience in a community or not-for-profit organisation",
                               "Experience with Canva",
                               "NZ Certificate in Business (Administration and Technology) "
                               "Level 3"]
    ad = ("<ul class='job-facts'><li>Porirua, Wellington</li><li>Part time, 24 hours per "
          "week</li><li>$28 &ndash; $31 per hour</li><li>Police vetting required</li>"
          "<li>Posted 3d ago</li></ul>\n"
          "<p>We have a CE position available for a Receptionist / Administrator, with "
          "on-the-job training and support towards a QQI qualification.</p>"
          "<h2>Main duties</h2><ul><li>Answer the phone and greet visitors.</li>"
          "<li>Any other duties as agreed with the Chair of Trustees.</li></ul>"
          "<h2>What you need</h2><ul><li>Good people skills</li></ul>"
          "<p>Background check required. Email a resume to the office by Friday.</p>")
    split = split_ad(ad)
    assert split.requirements == ["Good people skills"]
    assert split.duties == ["Answer the phone and greet visitors."]
    ad = ("Hi Jess,\n\nAs promised, here is the spec. It's St Mark's in Clifton - a big, "
          "busy parish church - and their administrator of 11 years is moving away at "
          "Easter.\n\nWhat they need:\n- Two years of office experience\n")
    assert split_ad(ad).requirements == ["Two years of office experience"]


def test_b67_numbered_titles_headings_a_recruiters_pitch_and_a_lone_emoji_item() -> None:
    """B67: "1. Character" over an indented sentence of its own; "Here's what you'll do"
    heads the duties, "Good to know" holds job facts; "Customers come into our store ..."
    describes the job; a recruiter's "could be a strong match", a post's "That's fine - ..."
    and "DM me", and residency asked for in running text are no requirements; a lone item
    under "Nice to have" led by the emoji of the ad's other lists is an item."""
    ad = ("QUALIFICATIONS FOR THE POST\n\n"
          "1. Character\n"
          "   Candidates shall be of good character.\n\n"
          "2. Education\n"
          "   Candidates shall have a good standard of education.\n")
    assert split_ad(ad).requirements == ["Candidates shall be of good character.",
                                         "Candidates shall have a good standard of education."]
    ad = ("<h2>Your role</h2><p>Customers come into our store to pay a bill or replace a "
          "cracked phone.</p>"
          "<h2>Here&rsquo;s what you&rsquo;ll do</h2><ul><li>Set up new phones and "
          "transfer data.</li></ul>"
          "<h2>What you bring</h2><ul><li>Retail experience</li></ul>"
          "<h2>Good to know</h2><ul><li>This is a full-time role with rotating shifts.</li>"
          "</ul><p>Applicants must hold New Zealand residency or a valid work visa.</p>")
    split = split_ad(ad)
    assert split.duties == ["Set up new phones and transfer data."]
    assert split.requirements == ["Retail experience"]
    ad = ("Hi Priya,\n\nBased on the profile you registered with us, we think this role "
          "could be a strong match.\n\n"
          "What you'll need 👇\n"
          "➡️ Great with people\n➡️ Comfortable on a till\n➡️ Happy to work weekends\n\n"
          "Nice to have 👀\n"
          "➡️ Experience in telecoms or mobile retail\n\n"
          "Not a natural chatterbox? That's fine - some of our best advisers are quiet "
          "listeners.\n\nDM me or apply via the link in the comments.\n")
    split = split_ad(ad)
    assert split.requirements == ["Great with people", "Comfortable on a till",
                                  "Happy to work weekends",
                                  "Experience in telecoms or mobile retail"]
    assert split.desirable == ["Experience in telecoms or mobile retail"]


def test_b68_a_four_column_specification_typed_with_spaces_under_job_facts() -> None:
    """B68: job facts ("Job title:        ...") and a "Category  Criteria  E/D  Assessed"
    specification whose categories stand at the same column: the duties between them stay
    as written, and each criterion, wrapped over lines of its column, gets its mark; a
    post's "You:" heads what the applicant brings; "This post is subject to an enhanced DBS
    check." and Indeed's "Profile insights" are no criteria."""
    ad = ("Job title:        Resident Services Host\n"
          "Building:         The Forge, Manchester\n"
          "Reports to:       General Manager\n"
          "Hours:            40 hours per week\n"
          "Salary:           £25,500 per annum\n"
          "Ref:              AQ-RSH-068\n\n"
          "MAIN DUTIES AND RESPONSIBILITIES\n"
          "1.  Welcome residents and guests to The Forge from the front desk.\n"
          "6.  Take bookings for the residents' lounge, co-working space and guest suite.\n\n"
          "PERSON SPECIFICATION\n"
          "Category          Criteria                                           E/D    Assessed\n"
          "----------------------------------------------------------------------------------\n"
          "Qualifications    GCSEs (or equivalent) in English and Maths at      E      A\n"
          "                  grade 4/C or above\n"
          "                  Level 2 Award in Health and Safety in the          D      A\n"
          "                  Workplace or similar\n\n"
          "Other             Satisfactory basic DBS check                       E      –\n\n"
          "This post is subject to an enhanced DBS check.\n")
    split = split_ad(ad)
    assert split.duties == [
        "Welcome residents and guests to The Forge from the front desk.",
        "Take bookings for the residents' lounge, co-working space and guest suite."]
    assert split.requirements == [
        "GCSEs (or equivalent) in English and Maths at grade 4/C or above",
        "Level 2 Award in Health and Safety in the Workplace or similar",
        "Satisfactory basic DBS check"]
    assert split.desirable == ["Level 2 Award in Health and Safety in the Workplace or similar"]
    ad = ("Concierge\nMetro Rentals\n\nProfile insights\nLicences\nOntario Security Guard "
          "Licence (Preferred)\n\nJob details\nPay\n$21.50 an hour\n\nFull job description\n"
          "What you'll do\n- Greet residents and visitors\n\nWhat you bring\n- Customer "
          "service experience\n")
    assert split_ad(ad).requirements == ["Customer service experience"]
    ad = ("📋 The job:\n✔️ Check in late arrivals\n"
          "✔️ Do the night audit and set up the breakfast room\n\n"
          "🙋 You:\n✔️ Have some hostel, hotel or bar experience\n"
          "✔️ Are happy working 10pm–6am\n")
    split = split_ad(ad)
    assert split.duties[0] == "Check in late arrivals"
    assert split.requirements == ["Have some hostel, hotel or bar experience",
                                  "Are happy working 10pm–6am"]


def test_b69_a_header_naming_assessment_codes_and_bulleted_essential_desirable_labels() -> None:
    """B69: "Criteria   E/D   A/I/T" heads a specification; "* Essential" and "* Desirable"
    bullets over indented criteria head them; "What you'd need:" heads the requirements;
    "... will be offered an interview" is no criterion."""
    ad = ("PERSON SPECIFICATION\n\n"
          "Criteria                                                    E/D   A/I/T\n\n"
          "At least one year's experience on a public counter          E     A/I\n"
          "NVQ Level 2 in Customer Service                             D     A\n\n"
          "Applicants with a disability who meet the essential criteria will be offered an "
          "interview.\n")
    split = split_ad(ad)
    assert split.requirements == ["At least one year's experience on a public counter",
                                  "NVQ Level 2 in Customer Service"]
    assert split.desirable == ["NVQ Level 2 in Customer Service"]
    ad = ("What they need from you:\n\n"
          "  * Essential\n"
          "      - Fast, accurate data entry\n"
          "      - Strong written English\n"
          "  * Desirable\n"
          "      - Previous experience of PCN processing\n")
    split = split_ad(ad)
    assert split.requirements == ["Fast, accurate data entry", "Strong written English",
                                  "Previous experience of PCN processing"]
    assert split.desirable == ["Previous experience of PCN processing"]
    ad = ("What you'd do:\n"
          "🚗 Sell and renew parking permits at our front counter\n"
          "🚗 Answer the parking inbox and phone line\n\n"
          "What you'd need:\n"
          "✅ 1+ year of front-line customer service\n"
          "✅ Confidence with Excel and comfort learning new software\n"
          "✅ The ability to stay pleasant and firm\n")
    assert split_ad(ad).requirements == [
        "1+ year of front-line customer service",
        "Confidence with Excel and comfort learning new software",
        "The ability to stay pleasant and firm"]


def test_b70_a_capital_wrapped_under_a_hanging_line_and_anything_else_they_need() -> None:
    """B70: "5) Answer general questions about the" / "   immunization programs and refer
    clinical questions to the Public Health" / "   Nurse": the capitalised last word goes on
    the duty, though the line above it is itself a wrap; "Help the site team with anything
    else they need on the day" is a catch-all."""
    ad = ("Duties\n"
          "4) Take payments and issue receipts\n"
          "5) Answer general questions about the school-based and community\n"
          "   immunization programs and refer clinical questions to the Public Health\n"
          "   Nurse\n"
          "6) Monitor the waiting area\n"
          "7) Help the site team with anything else they need on the day\n")
    assert split_ad(ad).duties == [
        "Take payments and issue receipts",
        "Answer general questions about the school-based and community immunization "
        "programs and refer clinical questions to the Public Health Nurse",
        "Monitor the waiting area"]


def test_b71_numbered_group_labels_over_lettered_duties_and_a_quoted_reply_header() -> None:
    """B71: "1. Store operations" over "(a) Lead the day-to-day running ..." labels a group
    of duties; "What I need from you" heads the requirements; the candidate's message quoted
    under "> On Apr 16, 2025, at 9:03 PM, ... wrote:" is not the ad."""
    ad = ("KEY RESPONSIBILITIES\n\n"
          "1. Store operations\n"
          "   (a) Lead the day-to-day running of the store.\n"
          "   (b) Approve loans above team members' authority limits.\n\n"
          "2. People\n"
          "   (c) Recruit, train and coach the store team.\n")
    assert split_ad(ad).duties == ["Lead the day-to-day running of the store.",
                                   "Approve loans above team members' authority limits.",
                                   "Recruit, train and coach the store team."]
    ad = ("Hi Priya,\n\nThe role:\n- Replace watch batteries\n- Log every repair\n"
          "- Call customers when jobs are ready\n\n"
          "What I need from you\n- Retail experience\n\nMarcus\n\n"
          "> On Apr 16, 2025, at 9:03 PM, Priya <priya@example.com> wrote:\n>\n"
          "> Hi Marcus, yes, I'm still looking and would love to hear more.\n"
          "> Thanks for thinking of me!\n")
    split = split_ad(ad)
    assert split.requirements == ["Retail experience"]


def test_b72_selection_steps_and_a_question_put_as_a_request_are_not_the_job() -> None:
    """B72: "How you will be assessed" over the steps of a selection ("Referee checks",
    "Panel interview with ...") names no criterion, where B16's heading stood over the
    criteria themselves; "Tell us about a time ..." in the application is a question."""
    ad = ("Selection criteria\n1. Demonstrated experience in a customer service role.\n\n"
          "HOW YOU WILL BE ASSESSED\n"
          "- Written application addressing the selection criteria\n"
          "- Panel interview with the Branch Coordinator and Operations Manager\n"
          "- A short practical exercise identifying common fittings from samples\n"
          "- Referee checks\n")
    assert split_ad(ad).requirements == [
        "Demonstrated experience in a customer service role."]
    ad = ("How you will be assessed\n"
          "- Demonstrated ability to provide high-quality customer service.\n"
          "- Satisfactory referee checks\n")
    assert split_ad(ad).requirements == [
        "Demonstrated ability to provide high-quality customer service.",
        "Satisfactory referee checks"]
    ad = ("Responsibilities\n- Serve contractors at the counter\n\n"
          "How to apply\nAs part of your application you will be asked:\n"
          "1. Why are you interested in a counter sales role?\n"
          "2. Tell us about a time you dealt with a customer who needed something urgently.\n")
    assert split_ad(ad).duties == ["Serve contractors at the counter"]


def test_b73_a_days_timetable_gives_its_tasks_and_training_given_is_no_requirement() -> None:
    """B73: a table of the day hour by hour ("7:00am – 10:00am" | "Fit customers with
    skis ...") lists duties without their hours; "Training: All new staff complete our
    in-house ... training" among the terms is given to the reader, not asked of them."""
    ad = ("<h3>A day on the hire desk</h3><table>"
          "<tr><th>Time</th><th>What you&rsquo;ll be doing</th></tr>"
          "<tr><td>6:30am</td><td>Set up the hire desk and lay out online orders</td></tr>"
          "<tr><td>7:00am &ndash; 10:00am</td><td>Fit customers with skis, boards and boots"
          "</td></tr></table><h3>About you</h3><ul><li>Hire or retail experience</li></ul>")
    split = split_ad(ad)
    assert split.duties == ["Set up the hire desk and lay out online orders",
                            "Fit customers with skis, boards and boots"]
    assert split.requirements == ["Hire or retail experience"]
    ad = ("PERSON SPECIFICATION\n- Experience of handling small boats\n\n"
          "Training: All new staff complete our in-house boat handling and jetty safety "
          "training in their first two weeks.\n")
    assert split_ad(ad).requirements == ["Experience of handling small boats"]


def test_b74_not_required_but_great_call_slots_and_what_all_staff_must_do() -> None:
    """B74: a recruiter's "Not required, but great if you have:" heads the wishes; the times
    offered for a call ("Monday 19 May, 10:00 AST") are not requirements; "All staff have a
    duty to comply with Trust policies ..." under "General" is asked of every employee, not
    a duty of this job."""
    ad = ("What they need:\n-> 2+ years of phone repair experience\n\n"
          "Not required, but great if you have:\n-> Microsoldering skills\n"
          "-> Bilingual English/French\n\n"
          "Would any of these times work for a 20-minute phone call with Ravi?\n"
          "  - Monday 19 May, 10:00 AST\n  - Tuesday 20 May, 13:30 AST\n")
    split = split_ad(ad.replace("->", "\u2192"))
    assert split.requirements == ["2+ years of phone repair experience",
                                  "Microsoldering skills", "Bilingual English/French"]
    assert split.desirable == ["Microsoldering skills", "Bilingual English/French"]
    ad = ("MAIN DUTIES\n1. Log and triage walk-up requests.\n\nGENERAL\n\n"
          "All staff have a duty to comply with Trust policies on information governance, "
          "health and safety, and infection prevention and control.\n")
    assert split_ad(ad).duties == ["Log and triage walk-up requests."]


def test_b75_a_spaced_table_wrapped_in_both_columns_and_the_list_under_it() -> None:
    """B75: in a person specification typed with spaces, "Current Duty Manager's" /
    "Certificate" and, beside it, "Licence Controller" / "Qualification (LCQ)" are one
    criterion each; "OPERATIONAL REQUIREMENTS" at the left margin ends the table and its
    bullets are requirements too; "Criteria marked E are essential ..." is the key."""
    ad = ("PERSON SPECIFICATION\n\n"
          "                     Essential                       Desirable\n"
          "  Qualifications     Current Duty Manager's          Licence Controller\n"
          "                     Certificate                     Qualification (LCQ)\n"
          "                                                     Current first aid\n"
          "                                                     certificate\n"
          "  Experience         At least 2 years supervising    Experience managing\n"
          "                     in a licensed venue             weddings of 150+ guests\n"
          "  Skills             Confident decision-making       Basic te reo Maori\n"
          "                     under pressure\n\n"
          "OPERATIONAL REQUIREMENTS\n"
          "  \u2022  Satisfactory Ministry of Justice criminal record check\n"
          "  \u2022  NZ citizenship, residency or a valid work visa\n")
    split = split_ad(ad)
    assert split.requirements == [
        "Current Duty Manager's Certificate", "Licence Controller Qualification (LCQ)",
        "Current first aid certificate", "At least 2 years supervising in a licensed venue",
        "Experience managing weddings of 150+ guests",
        "Confident decision-making under pressure", "Basic te reo Maori",
        "Satisfactory Ministry of Justice criminal record check",
        "NZ citizenship, residency or a valid work visa"]
    assert split.desirable == ["Licence Controller Qualification (LCQ)",
                               "Current first aid certificate",
                               "Experience managing weddings of 150+ guests",
                               "Basic te reo Maori"]
    ad = ("Person specification\n"
          "How you will be assessed: A = application form, I = interview. Criteria marked E "
          "are essential and criteria marked D are desirable.\n"
          "- Supervisory experience in hospitality (E)\n- Food hygiene certificate (D)\n")
    assert split_ad(ad).requirements == ["Supervisory experience in hospitality",
                                         "Food hygiene certificate"]


def test_b76_what_we_look_for_and_an_age_limit_in_running_text() -> None:
    """B76: "What we look for:" heads the requirements; "Must be 18+ to work in the hall."
    told among the hours, and "You must be over 18 and have full working rights" in a
    closing note, are conditions in running text, not requirements (B9's "Must be 16 years
    of age or older." on a line of its own under "What we're looking for" is one);
    shortlisting and a case study exercise are steps of the selection."""
    ad = ("Tuesday and Friday evenings, 5pm to 11pm. $14/hr plus tips. Must be 18+ to work in "
          "the hall.\n\nWhat the role involves:\n  * Dealing blackjack and roulette\n\n"
          "What we look for:\n  * Good mental arithmetic\n  * Steady hands\n\n"
          "Please note: the centre runs 24/7. You must be over 18 and have full working "
          "rights in Australia.\n\nHow you will be assessed\n\n"
          "-   Shortlisting against the essential criteria, based on your CV.\n"
          "-   A 45-minute case study exercise reviewing an anonymised customer file.\n")
    split = split_ad(ad)
    assert split.duties == ["Dealing blackjack and roulette"]
    assert split.requirements == ["Good mental arithmetic", "Steady hands"]
    ad = ("What we're looking for\nMust be 16 years of age or older.\n"
          "Friendly and patient with customers.\n")
    assert split_ad(ad).requirements == ["Must be 16 years of age or older.",
                                         "Friendly and patient with customers."]


def test_b77_an_area_header_over_a_spaced_table_and_italic_group_labels() -> None:
    """B77: "AREA   ESSENTIAL   DESIRABLE" heads a person specification typed with spaces,
    its criteria dashed and wrapped; "Other: Free parking; ..." among the terms is no
    requirement; "<li class='sub'><em>Technical</em></li>" labels the duties under it;
    "Application Materials" lists papers to send, not duties."""
    ad = ("4. PERSON SPECIFICATION\n\n"
          "  AREA          ESSENTIAL                               DESIRABLE\n"
          "  " + "-" * 70 + "\n"
          "  Experience    \u2013 At least two years' experience of     \u2013 Experience of"
          " working in a charity\n"
          "                  managing a service, team or project     or social enterprise\n\n"
          "  Other         \u2013 Able to work some Saturdays         \u2013 Full driving "
          "licence\n\n"
          "5. TERMS AND CONDITIONS\n\nPension:        6% employer contribution\n"
          "Other:          Free parking; paid time off for training\n")
    split = split_ad(ad)
    assert split.requirements == [
        "At least two years' experience of managing a service, team or project",
        "Experience of working in a charity or social enterprise",
        "Able to work some Saturdays", "Full driving licence"]
    assert split.desirable == ["Experience of working in a charity or social enterprise",
                               "Full driving licence"]
    ad = ("<h2>Main duties</h2><ul><li class='sub'><em>Technical</em></li>"
          "<li>Carry out basic repairs on wheelchairs and hoists</li>"
          "<li class='sub'><em>Customer care</em></li>"
          "<li>Explain the safe use of equipment to clients</li></ul>"
          "<h2>Application Materials</h2><p>Please upload the following:</p>"
          "<ul><li>Cover letter describing your experience</li><li>Curriculum vitae</li></ul>")
    assert split_ad(ad).duties == ["Carry out basic repairs on wheelchairs and hoists",
                                   "Explain the safe use of equipment to clients"]


def test_b78_the_terms_end_a_spaced_table_and_a_bullet_after_a_wrapped_one() -> None:
    """B78: "SUMMARY OF TERMS AND CONDITIONS" ends a person specification typed in spaced
    columns (the salary under it is not the last criterion's wrap); "* Basic computer
    skills" under "* Required:" is a requirement after a bullet that wrapped onto a line of
    its own, though its words could head a section."""
    ad = ("PERSON SPECIFICATION\n\n"
          "                 Essential                                Desirable\n\n"
          "Other            \u2022 Full UK driving licence                \u2022 First aid\n"
          "                 \u2022 Willing to be on call one weekend\n"
          "                   in four\n\n"
          "SUMMARY OF TERMS AND CONDITIONS\n\n"
          "Salary:           \u00a334,500 per annum plus on-call allowance\n"
          "Holidays:         25 days plus 8 public holidays\n")
    assert split_ad(ad).requirements == ["Full UK driving licence", "First aid",
                                         "Willing to be on call one weekend in four"]
    ad = ("Qualifications:\n* Required:\n   * High school diploma or equivalent\n"
          "   * Valid security officer license, or able to obtain one\n"
          "     before the first shift\n   * Basic computer skills\n"
          "   * Able to pass a drug screen\n")
    assert split_ad(ad).requirements == [
        "High school diploma or equivalent",
        "Valid security officer license, or able to obtain one before the first shift",
        "Basic computer skills", "Able to pass a drug screen"]


def test_b79_a_spaced_table_with_blank_lines_between_rows_and_a_catch_all() -> None:
    """B79: "ESSENTIAL   DESIRABLE" at the margin over rows that stand apart by blank lines
    (each wrapped in its column) is a person specification; "Carry out any other tasks
    reasonably asked of you by the management" is a catch-all; "If you have never gutted a
    fish before, that is fine" reassures, asks nothing."""
    ad = ("WHAT YOU'LL DO\n- Fillet and portion fish to order\n"
          "- Carry out any other tasks reasonably asked of you by the management\n\n"
          "PERSON SPECIFICATION\n\n"
          "ESSENTIAL                                  DESIRABLE\n\n"
          "Some experience of working with the        Experience in a fishmonger's,\n"
          "public, in any setting                     butcher's or fish processing\n"
          "                                           unit\n\n"
          "Able to start at 6.30am, Tuesday to        Full UK driving licence\n"
          "Saturday\n\n"
          "Careful with knives and keen to learn\n\n\n"
          "If you have never gutted a fish before, that is fine. We will teach you.\n")
    split = split_ad(ad)
    assert split.duties == ["Fillet and portion fish to order"]
    assert split.requirements == [
        "Some experience of working with the public, in any setting",
        "Experience in a fishmonger's, butcher's or fish processing unit",
        "Able to start at 6.30am, Tuesday to Saturday", "Full UK driving licence",
        "Careful with knives and keen to learn"]
    assert split.desirable == [
        "Experience in a fishmonger's, butcher's or fish processing unit",
        "Full UK driving licence"]


def test_b80_a_heading_ends_a_spaced_table_and_a_duty_ending_in_and() -> None:
    """B80: "CONDITIONS OF EMPLOYMENT" at the margin after an "ESSENTIAL   DESIRABLE" table
    ends it, so its conditions are read and "WHAT WE OFFER" is not a criterion; "(e) Act as
    the first point of contact ...; and" ends its duty, so "Health and safety" under it
    labels the next group."""
    ad = ("KEY RESPONSIBILITIES\n\nPeople\n  (d) Supervise and train a team of four framers;\n"
          "  (e) Act as the first point of contact for store staff with technical or production\n"
          "      questions; and\nHealth and safety\n"
          "  (f) Ensure glass is handled and stored safely.\n\n"
          "SELECTION CRITERIA\n\nESSENTIAL                                       DESIRABLE\n\n"
          "\u2022 Minimum 5 years' experience as a              \u2022 Certificate III in "
          "Picture Framing\n  commercial picture framer\n"
          "\u2022 At least 2 years' experience supervising      \u2022 Experience with "
          "computerised mount\n  staff in a production environment               cutting "
          "(CMC) software\n"
          "\u2022 Competent computer skills (Microsoft 365\n  and job tracking software)\n\n"
          "CONDITIONS OF EMPLOYMENT\n\n\u2022 Satisfactory National Police Check\n\n"
          "WHAT WE OFFER\n\n\u2022 Salary above award, reviewed every year\n")
    split = split_ad(ad)
    assert split.duties == [
        "Supervise and train a team of four framers",
        "Act as the first point of contact for store staff with technical or production "
        "questions; and", "Ensure glass is handled and stored safely."]
    assert split.requirements == [
        "Minimum 5 years' experience as a commercial picture framer",
        "Certificate III in Picture Framing",
        "At least 2 years' experience supervising staff in a production environment",
        "Experience with computerised mount cutting (CMC) software",
        "Competent computer skills (Microsoft 365 and job tracking software)",
        "Satisfactory National Police Check"]


def test_b81_a_glued_dash_a_documents_heading_and_lead_ins_under_the_role() -> None:
    """B81: a dash typed glued inside each list item is a bullet; "Application Requirements"
    lists the documents to send and "could you send me:" what a recruiter wants back, not the
    applicant's qualities; "Te tūranga – the role" is a bilingual heading; "The successful
    candidate will be responsible for:" under "THE ROLE" leads into the duties."""
    html = ("<h2>What you&rsquo;ll bring</h2><ul>"
            "<li><span class=\"dash\">&ndash;</span>At least 2 years of grooming experience</li>"
            "<li><span class=\"dash\">&ndash;</span>Patience with senior pets</li></ul>"
            "<h2>Application Requirements</h2><p>Please submit the following as one PDF:</p>"
            "<ul><li>Cover letter</li><li>Curriculum vitae</li></ul>")
    split = split_ad(html)
    assert split.requirements == ["At least 2 years of grooming experience",
                                  "Patience with senior pets"]
    assert split.duties == []
    text = ("THE ROLE\nThe successful candidate will be responsible for:\n"
            "* Exercising dogs in our paddocks, in small groups or one at a time\n"
            "* Bathing dogs before they go home (full training given)\n\n"
            "REQUIREMENTS\n* Previous experience working with dogs\n\n"
            "If you're interested, could you send me:\n  1) an updated resume\n"
            "  2) your notice period\n")
    split = split_ad(text)
    assert split.duties == ["Exercising dogs in our paddocks, in small groups or one at a time",
                            "Bathing dogs before they go home (full training given)"]
    assert split.requirements == ["Previous experience working with dogs"]
    html = ("<h2>Te tūranga – the role</h2><p>You'll split your time between the field and "
            "the office:</p><ul><li>Seize or take custody of animals where necessary</li>"
            "<li>Give evidence in the District Court when cases go to hearing</li></ul>"
            "<h2>What you&rsquo;ll bring</h2><ul><li>Sound judgement</li></ul>")
    split = split_ad(html)
    assert split.duties == ["Seize or take custody of animals where necessary",
                            "Give evidence in the District Court when cases go to hearing"]


def test_b82_letters_inside_list_items_and_an_irish_councils_close() -> None:
    """B82: "<li>(a) hold a Level 7 degree ...</li>" keeps the criterion without its letter;
    "PARTICULARS OF EMPLOYMENT" in running text and "Canvassing will disqualify." are
    neither duties nor requirements."""
    html = ("<h2>QUALIFICATIONS FOR THE POST</h2>"
            "<p>Each candidate must, on the latest date for receipt of completed application "
            "forms:</p><ul style=\"list-style:none\">"
            "<li>(a) hold a Level 7 degree in Horticulture;</li>"
            "<li>(b) hold a full, clean driving licence for Category B vehicles.</li></ul>"
            "<p>Application forms are available from the Human Resources Department. "
            "Canvassing will disqualify.</p>"
            "<h2>PARTICULARS OF EMPLOYMENT</h2><p>The post is whole-time and pensionable. "
            "The successful candidate will be required to have the use of a car.</p>")
    split = split_ad(html)
    assert split.requirements == ["hold a Level 7 degree in Horticulture",
                                  "hold a full, clean driving licence for Category B vehicles."]
    assert split.duties == []


def test_b83_a_wish_without_it_and_catch_alls_in_the_third_person() -> None:
    """B83: "Would be good if you have:" (the "it" left out) heads the wishes; "Undertakes
    other duties as directed." and "Help out with whatever else needs doing on the day" are
    catch-alls, neither duties nor requirements."""
    ad = ("Duties\n- Tests cars and light vans to the MOT standard\n"
          "- Undertakes other duties as directed.\n"
          "- Help out with whatever else needs doing on the day\n\n"
          "What they need:\n- At least 12 months' tyre fitting experience\n\n"
          "Would be good if you have:\n- NTDA or ATS tyre technician training certificate\n")
    split = split_ad(ad)
    assert split.duties == ["Tests cars and light vans to the MOT standard"]
    assert split.requirements == ["At least 12 months' tyre fitting experience",
                                  "NTDA or ATS tyre technician training certificate"]
    assert split.desirable == ["NTDA or ATS tyre technician training certificate"]


def test_b84_a_category_column_typed_with_spaces() -> None:
    """B84: under "WHAT YOU'LL BRING", "  Experience      At least two years' ..." with its
    wrap under the text: the category goes and the requirement is read whole; a table of
    two columns of criteria (B75) and E/D marks at the left (B38) are not such rows."""
    ad = ("WHAT YOU'LL BRING\n\n"
          "  Experience      At least two years' experience running or supervising a\n"
          "                  retail shop, service counter or small team\n"
          "  Customer care   A warm, confident manner with customers, including those\n"
          "                  who are unhappy about a repair\n\n"
          "Desirable\n\n"
          "  Trade           An SVQ or City & Guilds qualification in footwear repair\n"
          "                  or locksmithing\n"
          "  Languages       Polish or Italian, as many of our regulars speak these\n")
    split = split_ad(ad)
    assert split.requirements == [
        "At least two years' experience running or supervising a retail shop, service "
        "counter or small team",
        "A warm, confident manner with customers, including those who are unhappy about a "
        "repair",
        "An SVQ or City & Guilds qualification in footwear repair or locksmithing",
        "Polish or Italian, as many of our regulars speak these"]
    assert split.desirable == split.requirements[2:]


def test_b85_category_rows_a_blank_line_apart_and_a_nested_list_renumbered() -> None:
    """B85: category rows typed with spaces stand a blank line apart, and a new sentence in
    the text column is a requirement of its own; an HTML list nested in a numbered one, its
    letters lost ("2. Operations" over "1. Carry out ..."), has its group's title dropped."""
    ad = ("POSITION REQUIREMENTS\n\n"
          "  Education        Grade 12 or equivalent.\n\n"
          "  Experience       Minimum two years in sales, estimating or customer\n"
          "                   service, preferably in moving or storage.\n\n"
          "  Skills           Able to estimate volume from a walk-through or video survey.\n"
          "                   Confident presenting quotes and following up to close the\n"
          "                   sale.\n")
    assert split_ad(ad).requirements == [
        "Grade 12 or equivalent.",
        "Minimum two years in sales, estimating or customer service, preferably in moving "
        "or storage.",
        "Able to estimate volume from a walk-through or video survey.",
        "Confident presenting quotes and following up to close the sale."]
    html = ("<p><strong>Key responsibilities</strong></p><ol><li>Sales &amp; customers"
            "<ol type=\"a\"><li>Show prospective customers around the store</li>"
            "<li>Sell packing materials and padlocks</li></ol></li><li>Operations"
            "<ol type=\"a\"><li>Carry out daily lock checks and site walks</li></ol></li></ol>")
    assert split_ad(html).duties == ["Show prospective customers around the store",
                                     "Sell packing materials and padlocks",
                                     "Carry out daily lock checks and site walks"]


def test_b86_you_are_and_a_long_aside_after_eligibility() -> None:
    """B86: "You are:" over the person a post wants lists requirements, not duties;
    "Eligibility (this position is funded through Young Canada Works):" is Eligibility."""
    ad = ("What you'll do:\n\u2705 Lead school groups through hands-on activities\n"
          "\u2705 Open, tidy and close the historic buildings each day\n\n"
          "You are:\n\U0001f449 Curious about history and willing to research your character\n"
          "\U0001f449 Reliable and a team player\n\n"
          "Eligibility (this position is funded through Young Canada Works):\n"
          "\u2022 Aged 16 to 30 at the start of employment\n")
    split = split_ad(ad)
    assert split.duties == ["Lead school groups through hands-on activities",
                            "Open, tidy and close the historic buildings each day"]
    assert split.requirements == ["Curious about history and willing to research your character",
                                  "Reliable and a team player",
                                  "Aged 16 to 30 at the start of employment"]


def test_b88_the_post_introduced_and_support_other_departments() -> None:
    """B88: "We are looking for an experienced Night Manager to take charge of the hotel
    overnight" in the employer's opening paragraph introduces the post, it is no requirement;
    "Support other departments as required" is a catch-all, no duty a candidate can weigh."""
    ad = ("<p>The Corrib Quay is a 4-star hotel on the banks of the river. We are looking for "
          "an experienced Night Manager to take charge of the hotel overnight.</p>"
          "<h2>THE ROLE</h2><ul><li>Lead the night porter and night security team</li>"
          "<li>Support other departments as required</li></ul>"
          "<h2>ABOUT YOU</h2><ul><li>Two years as a night manager or duty manager</li></ul>")
    split = split_ad(ad)
    assert split.duties == ["Lead the night porter and night security team"]
    assert split.requirements == ["Two years as a night manager or duty manager"]


def test_b89_a_text_table_with_a_column_for_each_mark() -> None:
    """B89: "| Criteria | E | D | Assessed |" over rows ticked in the E or D column, a
    criterion wrapped onto the row under it; the category rows go."""
    ad = ("PERSON SPECIFICATION\n\n"
          "+------------------------------------------+---+---+----------+\n"
          "| Criteria                                 | E | D | Assessed |\n"
          "+------------------------------------------+---+---+----------+\n"
          "| QUALIFICATIONS                           |   |   |          |\n"
          "| Educated to A level standard             | \u2713 |   | A        |\n"
          "| Level 3 qualification in customer        |   | \u2713 | A        |\n"
          "| service or advice work                   |   |   |          |\n"
          "| EXPERIENCE                               |   |   |          |\n"
          "| Experience of dealing with the public    | \u2713 |   | A/I      |\n")
    split = split_ad(ad)
    assert split.requirements == ["Educated to A level standard",
                                  "Level 3 qualification in customer service or advice work",
                                  "Experience of dealing with the public"]
    assert split.desirable == ["Level 3 qualification in customer service or advice work"]


def test_b89_paragraphs_in_a_table_cell_are_criteria_of_their_own() -> None:
    html = ("<h2>Person specification</h2><table><tr><th></th><th>Essential</th>"
            "<th>Desirable</th></tr><tr><th>Knowledge</th><td>"
            "<p><span class='code'>A1</span> Higher or A level, or equivalent experience.</p>"
            "<p><span class='code'>A2</span> Working knowledge of Microsoft 365.</p></td>"
            "<td><p><span class='code'>A3</span> Knowledge of EMIS Web.</p></td></tr></table>")
    split = split_ad(html)
    assert split.requirements == ["Higher or A level, or equivalent experience.",
                                  "Working knowledge of Microsoft 365.",
                                  "Knowledge of EMIS Web."]
    assert split.desirable == ["Knowledge of EMIS Web."]


def test_b89_a_criterion_wrapped_above_the_next_marked_row() -> None:
    ad = ("PERSON SPECIFICATION\n\n"
          "REQUIREMENTS                                              ESSENTIAL/     HOW\n"
          "                                                          DESIRABLE      ASSESSED\n"
          "QUALIFICATIONS\n"
          "GCSE (or equivalent) in English and Maths at grade        E              A\n"
          "C/4 or above\n"
          "NVQ Level 2 in Business Administration or equivalent      D              A\n")
    assert split_ad(ad).requirements == [
        "GCSE (or equivalent) in English and Maths at grade C/4 or above",
        "NVQ Level 2 in Business Administration or equivalent"]


def test_b89_result_area_titles_and_a_company_footer_are_not_duties() -> None:
    ad = ("KEY ACCOUNTABILITIES\n\n"
          "Key result area: Booking and scheduling\n"
          "  \u2022 Book first specialist assessments for orthopaedic clinics\n"
          "  \u2022 Fill clinic cancellations at short notice\n\n"
          "Key result area: Data quality and reporting\n"
          "  \u2022 Produce weekly clinic utilisation reports\n\n"
          "Meridian Recruitment Ltd is acting as an employment business. Registered in "
          "England and Wales No. 08812274.\n")
    assert split_ad(ad).duties == ["Book first specialist assessments for orthopaedic clinics",
                                   "Fill clinic cancellations at short notice",
                                   "Produce weekly clinic utilisation reports"]


def test_b90_a_recruiters_nutshell_and_the_hiring_managers_wishes() -> None:
    """B90: "The role in a nutshell:" heads the duties and "What the hiring manager is
    looking for:" the requirements, so items whose wording says neither are kept; a
    participle summing up the role under such a heading ("Visiting clients in their own
    homes, you'll provide ...", B6) is no duty."""
    ad = ("The role in a nutshell:\n\n"
          "*  Lead a team of 12 Travel Centre Advisors across early and late shifts\n"
          "*  Coach new starters on ticketing, refunds and assisted travel bookings\n\n"
          "What the hiring manager is looking for:\n\n"
          "*  Previous team leader experience in retail or travel\n"
          "*  Confidence using Excel for rostering and reporting\n")
    split = split_ad(ad)
    assert split.duties == [
        "Lead a team of 12 Travel Centre Advisors across early and late shifts",
        "Coach new starters on ticketing, refunds and assisted travel bookings"]
    assert split.requirements == ["Previous team leader experience in retail or travel",
                                  "Confidence using Excel for rostering and reporting"]
    summed = split_ad("Your role in a nutshell\nVisiting clients in their own homes, you'll "
                      "provide the personal care that lets them stay there.\n\n"
                      "Key responsibilities\n1) Help clients with personal care\n"
                      "2) Prepare meals and drinks\n3) Carry out light housework\n")
    assert summed.duties == ["Help clients with personal care", "Prepare meals and drinks",
                             "Carry out light housework"]


def test_b90_a_second_criterion_under_a_spaced_label() -> None:
    ad = ("QUALIFICATIONS\n\n"
          "Education             Secondary school diploma or equivalent.\n\n"
          "Skills                Strong verbal communication skills and the ability to\n"
          "                      remain courteous under pressure.\n\n"
          "                      Working knowledge of a reservation or point-of-sale\n"
          "                      system.\n\n"
          "Physical              Ability to lift and carry baggage weighing up to 32 kg.\n")
    assert split_ad(ad).requirements == [
        "Secondary school diploma or equivalent.",
        "Strong verbal communication skills and the ability to remain courteous under "
        "pressure.",
        "Working knowledge of a reservation or point-of-sale system.",
        "Ability to lift and carry baggage weighing up to 32 kg."]


def test_b91_numbered_caps_titles_under_an_unnumbered_duty_heading() -> None:
    """B91: "KEY RESPONSIBILITIES" / "1. COLLECTION MANAGEMENT" / "2. ACCESS, EXHIBITIONS
    AND PUBLIC PROGRAMS": in an ad whose sections are not numbered, numbered titles the
    reader does not know are groups of the duties (in an NHS job description numbered
    throughout, "4. COMMUNICATIONS AND WORKING RELATIONSHIPS" is still a section of its own)."""
    ad = ("ROLE PURPOSE\n\nThe Collections Officer looks after the collection.\n\n"
          "KEY RESPONSIBILITIES\n\n1.  COLLECTION MANAGEMENT\n"
          "    \u2022  Catalogues new acquisitions in the collection management system.\n"
          "    \u2022  Monitors environmental conditions in display and storage areas.\n\n"
          "2.  ACCESS, EXHIBITIONS AND PUBLIC PROGRAMS\n"
          "    \u2022  Prepares objects for display.\n")
    assert split_ad(ad).duties == [
        "Catalogues new acquisitions in the collection management system.",
        "Monitors environmental conditions in display and storage areas.",
        "Prepares objects for display."]
    numbered = ("1. JOB PURPOSE\n\nTo run the ward's reception.\n\n"
                "3. MAIN DUTIES AND RESPONSIBILITIES\n\n"
                "3.1 Answer the ward telephone promptly.\n\n"
                "4. COMMUNICATIONS AND WORKING RELATIONSHIPS\n\n"
                "Ward nursing and medical staff; patients, relatives and carers.\n")
    assert split_ad(numbered).duties == ["Answer the ward telephone promptly."]


def test_b91_b92_a_snapshot_of_the_role_and_a_recruiters_approach() -> None:
    ad = ("Hi Aroha, your profile came up when I was searching for people with tenancy "
          "experience in the Wellington region.\n\n"
          "A snapshot of the role:\n\n"
          "1. Manage around 90 tenancies in Porirua East, from sign-up\n"
          "   to exit\n"
          "2. Prepare and present applications to the Tenancy Tribunal\n\n"
          "Given your four years on a housing desk, I think you're a strong match on paper.\n")
    split = split_ad(ad)
    assert split.duties == ["Manage around 90 tenancies in Porirua East, from sign-up to exit",
                            "Prepare and present applications to the Tenancy Tribunal"]
    assert split.requirements == []


def test_b92_group_items_preferred_assets_and_a_hanging_capital_wrap() -> None:
    html = ("<h2>What you'll do</h2><ul><li class='group'>Tenant support</li>"
            "<li>Meet new tenants at move-in</li><li class='group'>Building operations</li>"
            "<li>Schedule annual unit inspections</li></ul>"
            "<h3>Preferred assets</h3><ul><li>Bilingual (English/French)</li></ul>")
    split = split_ad(html)
    assert split.duties == ["Meet new tenants at move-in", "Schedule annual unit inspections"]
    assert split.desirable == ["Bilingual (English/French)"]
    ad = ("Essential requirements\n\n"
          "   (a) have obtained at least Grade D in Higher or Ordinary Level in\n"
          "       five subjects from the approved list of subjects in the Leaving\n"
          "       Certificate Examination, including English or Irish and Mathematics, or\n"
          "   (b) have satisfactory experience as a Clerical Officer.\n")
    assert split_ad(ad).requirements[0] == (
        "have obtained at least Grade D in Higher or Ordinary Level in five subjects from the "
        "approved list of subjects in the Leaving Certificate Examination, including English "
        "or Irish and Mathematics, or")


def test_b93_required_and_asset_columns_and_a_spaced_table_with_capital_wraps() -> None:
    html = ("<h2>Qualifications</h2><table><thead><tr><th>Qualification</th><th>Required</th>"
            "<th>Asset</th></tr></thead><tbody>"
            "<tr><td>Bachelor's degree in Kinesiology</td><td>&#10004;</td><td></td></tr>"
            "<tr><td>Experience with Jane App</td><td></td><td>&#10004;</td></tr>"
            "</tbody></table>")
    split = split_ad(html)
    assert split.requirements == ["Bachelor's degree in Kinesiology", "Experience with Jane App"]
    assert split.desirable == ["Experience with Jane App"]
    ad = ("PERSON SPECIFICATION\n\n"
          "ESSENTIAL                                    DESIRABLE\n\n"
          "Experience as a dental assistant in New      NZQA New Zealand Certificate in Dental\n"
          "Zealand or overseas                          Assisting (Level 4)\n\n"
          "Excellent communication skills with          Experience with Exact dental software\n"
          "patients of all ages\n")
    split = split_ad(ad)
    assert split.requirements == [
        "Experience as a dental assistant in New Zealand or overseas",
        "NZQA New Zealand Certificate in Dental Assisting (Level 4)",
        "Excellent communication skills with patients of all ages",
        "Experience with Exact dental software"]


def test_b93_a_group_title_inside_a_numbered_duty_list() -> None:
    ad = ("KEY RESPONSIBILITIES\nClinical practice\n"
          "1. Provide assessment and treatment to adults with persistent pain.\n"
          "2. Deliver the hydrotherapy group programs.\n"
          "Supervision and education\n"
          "3. Provide clinical supervision to Grade 1 physiotherapists.\n"
          "4. Participate in the in-service education program.\n")
    assert split_ad(ad).duties == [
        "Provide assessment and treatment to adults with persistent pain.",
        "Deliver the hydrotherapy group programs.",
        "Provide clinical supervision to Grade 1 physiotherapists.",
        "Participate in the in-service education program."]


def test_b94_labels_left_of_an_essential_desirable_header() -> None:
    ad = ("PERSON SPECIFICATION\n\n"
          "                 ESSENTIAL                          DESIRABLE\n\n"
          "Qualifications   Level 2 English and maths          Level 3 Business\n"
          "                 (GCSE 4/C or equivalent)           qualification\n\n"
          "Experience       Experience of administration in    Experience of invigilation or\n"
          "                 an education or office setting     exams administration\n")
    split = split_ad(ad)
    assert split.requirements == [
        "Level 2 English and maths (GCSE 4/C or equivalent)",
        "Level 3 Business qualification",
        "Experience of administration in an education or office setting",
        "Experience of invigilation or exams administration"]
    assert split.desirable == ["Level 3 Business qualification",
                               "Experience of invigilation or exams administration"]


def test_b94_a_job_boards_classification_and_notes_around_the_lists() -> None:
    html = ("<ul class='job-meta'><li>Ringwood, Melbourne VIC</li>"
            "<li>Education &amp; Training (Administration)</li>"
            "<li>Contract/Temp &ndash; fixed term to 31 January 2026</li></ul>"
            "<p>We are a college of 1,100 students (Years 10 to 12, ages\n15 to 18).</p>"
            "<p><strong>Responsibilities include:</strong></p>"
            "<ul><li>Coordinate the VCE examination timetable</li>"
            "<li>Recruit, roster and brief exam supervisors</li></ul>"
            "<h3>Eligibility to Compete</h3>"
            "<ul><li>Candidates must be eligible to work in the State.</li></ul>")
    split = split_ad(html)
    assert split.duties == ["Coordinate the VCE examination timetable",
                            "Recruit, roster and brief exam supervisors"]
    assert split.requirements == ["Candidates must be eligible to work in the State."]
    assert split.desirable == []
    ad = ("The role in a nutshell: permanent, 30 hours a week (Tuesday to Friday plus one\n"
          "Saturday a month), $27 - $29 per hour.\n\n"
          "What you'll do:\n\u2022 Greet families at drop-off\n\u2022 Manage the waitlist\n\n"
          "Bonus if you have:\n\u2022 Experience with HiMama or a similar app\n\n"
          "(All of our team need a clear Police Information Check before starting.)\n")
    split = split_ad(ad)
    assert split.duties == ["Greet families at drop-off", "Manage the waitlist"]
    assert split.requirements[0] == "Experience with HiMama or a similar app"


def test_b95_two_words_for_one_and_a_word_in_brackets_in_a_heading() -> None:
    html = ("<h2>Essential Duties</h2><ul><li>Run the campus food pantry</li></ul>"
            "<h2>Minimum/Required Qualifications</h2><ul><li>Two years of experience in food "
            "access or social services.</li></ul>"
            "<h2>Preferred (Special) Qualifications</h2><ul><li>Bilingual in English and "
            "Spanish.</li></ul><h3>Extra points if you have</h3><ul><li>Knowledge of antiques"
            "</li></ul>")
    split = split_ad(html)
    assert split.duties == ["Run the campus food pantry"]
    assert split.requirements == [
        "Two years of experience in food access or social services.",
        "Bilingual in English and Spanish.", "Knowledge of antiques"]
    assert split.desirable == ["Bilingual in English and Spanish.", "Knowledge of antiques"]


def test_b96_theyd_love_it_if_you_also_had() -> None:
    ad = ("What you'll need:\n  \u2022 A year of customer service experience\n\n"
          "They'd love it if you also had:\n  \u2022 Local government experience\n"
          "  \u2022 Some te reo M\u0101ori\n")
    split = split_ad(ad)
    assert split.requirements == ["A year of customer service experience",
                                  "Local government experience", "Some te reo M\u0101ori"]
    assert split.desirable == ["Local government experience", "Some te reo M\u0101ori"]


# --- B97 and B98 (wave 63) ---------------------------------------------------------------


def test_a_role_descriptions_facts_table_is_no_duty_list() -> None:
    ad = ("ROLE DESCRIPTION\n\n"
          "Job ad reference       BCHHS-612/25\n"
          "Role title             Administration Officer - Outpatients Reception\n"
          "Status                 Permanent full-time (rotating roster, Monday to Friday,\n"
          "                       7.00am - 6.00pm)\n"
          "Classification level   AO2\n"
          "Contact                Kylie Brennan, Reception Team Leader, (07) 4799 0000\n\n"
          "YOUR KEY RESPONSIBILITIES\n"
          "  •  Book, reschedule and cancel appointments.\n"
          "  •  Contact patients by phone and SMS to confirm appointments.\n\n"
          "HOW YOU WILL BE ASSESSED\n"
          "  •  a written application (a maximum two-page response to the criteria)\n"
          "  •  a panel interview, which may include a short keyboard skills test\n\n"
          "KEY SELECTION CRITERIA\n"
          "  1. Demonstrated experience in a busy front counter.\n")
    split = split_ad(ad)
    assert split.duties == ["Book, reschedule and cancel appointments.",
                            "Contact patients by phone and SMS to confirm appointments."]
    assert split.requirements == ["Demonstrated experience in a busy front counter."]


def test_the_thread_under_a_social_post_is_not_the_ad() -> None:
    ad = ("We're hiring a counter assistant!\n\nWe're looking for:\n"
          "✅ Experience on a till\n✅ Weekend availability\n\n"
          "👍❤️ 148 · 23 comments · 41 reposts\n\nLike    Comment    Repost    Send\n\n"
          "Jordan Ferreira • 1st\nMy niece would be great for this!\nLike · Reply\n")
    assert split_ad(ad).requirements == ["Experience on a till", "Weekend availability"]


def test_a_recruiters_e_mail_headers_and_approach_are_not_requirements() -> None:
    ad = ("From: Dana Kowalczyk <dkowalczyk@stacksearch.com>\n"
          "To: Ruth Abernathy <ruth.abernathy.mlis@gmail.com>\n"
          "Subject: Head of Technical Services\n\nHi Ruth,\n\n"
          "I came across your profile on LinkedIn and your background in cataloging.\n\n"
          "What they need:\n- ALA-accredited MLS/MLIS\n- 5+ years in technical services\n")
    assert split_ad(ad).requirements == ["ALA-accredited MLS/MLIS",
                                         "5+ years in technical services"]


def test_a_board_summary_line_a_reporting_line_and_a_follow_up_duty() -> None:
    ad = ("Dental Receptionist\nPosted 3 days ago | Permanent | Full time | €28,000 - €32,000\n\n"
          "THE ROLE\n- Meeting and greeting patients in a warm manner\n"
          "- Following up on missed appointments and recalls by phone, text and email\n\n"
          "Main duties\nThe post holder will report to the Outpatient Services Manager.\n"
          "- Booking outpatient appointments\n\n"
          "Eligibility Criteria\n1. (a) Have obtained a pass in at least five subjects; or\n"
          "(b) Have completed a relevant QQI Level 5 major award\n")
    split = split_ad(ad)
    assert split.duties == [
        "Meeting and greeting patients in a warm manner",
        "Following up on missed appointments and recalls by phone, text and email",
        "Booking outpatient appointments"]
    assert "Have obtained a pass in at least five subjects; or" in split.requirements


def test_b99_b100_group_titles_headings_and_a_recruiters_wrapped_opening() -> None:
    ad = ("2. KEY RESPONSIBILITIES\n\n2.1 Community engagement\n"
          "  (a) Build trusted relationships with community leaders.\n"
          "  (b) Identify community needs through consultations.\n\n"
          "2.2 Program delivery\n  (c) Plan and deliver group programs.\n\n"
          "Sound like you?\n- Experience in a goods inwards role\n"
          "- Great attention to detail\n")
    split = split_ad(ad)
    assert split.duties == ["Build trusted relationships with community leaders.",
                            "Identify community needs through consultations.",
                            "Plan and deliver group programs."]
    assert split.requirements == ["Experience in a goods inwards role",
                                  "Great attention to detail"]
    mail = ("Kia ora Lucy,\n\nI'm recruiting a Communications &\nEngagement Advisor for one "
            "of my clients, and your background in community newspapers came straight to "
            "mind.\n\nThe role in brief:\n  • Write and edit content for the website\n"
            "  • Gather and tell stories from clients, with their consent\n\n"
            "What my client is looking for:\n  • 3+ years' experience in communications\n"
            "  • Confidence building relationships with people from all walks of life\n")
    split = split_ad(mail)
    assert split.duties == ["Write and edit content for the website",
                            "Gather and tell stories from clients, with their consent"]
    assert split.requirements == [
        "3+ years' experience in communications",
        "Confidence building relationships with people from all walks of life"]


def test_a_nested_lists_title_is_no_duty() -> None:
    ad = ("<h2>Your day-to-day</h2><ol><li>Book in supplier deliveries</li>"
          "<li>Returns processing:<ul><li>Receive store and online customer returns</li>"
          "<li>Raise supplier return authorisations</li></ul></li></ol>"
          "<h2>What you bring</h2><ul><li>Warehouse experience</li></ul>")
    assert split_ad(ad).duties == ["Book in supplier deliveries",
                                   "Receive store and online customer returns",
                                   "Raise supplier return authorisations"]


def test_b101_b102_a_posts_facts_behaviours_a_signature_and_a_titled_ordered_list() -> None:
    """B101-B102 read: a social post's facts, each after its own emoji (pay, hours, place),
    are no criteria; the Civil Service behaviours a panel assesses, a bilingual sign-off's
    signature and "Registered in Wales", a numbered group title with its time share, a town
    to commute to, an offer of adjustments, "you'll love it here", how applicants are sifted
    and a catch-all duty are none of the ad's duties or criteria."""
    post = ("We're hiring! Intake Worker\n\nWhat you'll do 👇\n"
            "🔹 Answer calls and screen for eligibility\n🔹 Book appointments\n"
            "🔹 Open files in our case system\n\nYou bring ✅\n"
            "✔️ A year in a front-line role\n✔️ Calm with people in crisis\n"
            "✔️ Fast, accurate note-taking\n\n"
            "💰 $48,000–$52,000 + benefits\n🕘 35 hrs/week, Mon–Fri\n"
            "📍 Brampton, in person\n")
    split = split_ad(post)
    assert split.requirements == ["A year in a front-line role", "Calm with people in crisis",
                                  "Fast, accurate note-taking"]
    spec = ("Person specification\n- Experience of working with the public\n"
            "- Good written English\n\nHow you will be assessed\n"
            "At interview you will be assessed against these behaviours:\n"
            "  • Communicating and Influencing\n  • Working Together\n"
            "  • Delivering at Pace\n")
    assert split_ad(spec).requirements == ["Experience of working with the public",
                                           "Good written English"]
    mail = ("Hi Sam,\n\nMy client is a criminal defence firm in Swansea.\n\nThe role:\n"
            "→ Attend custody suites to advise clients\n→ Take detailed attendance notes\n\n"
            "What they need:\n→ PSRAS accreditation\n→ A full driving licence\n\n"
            "If it sounds interesting, give me a call.\n\n"
            "Diolch / Thanks,\nRhys\n\nRhys Morgan\nSenior Consultant\nExample Recruitment Ltd\n"
            "Direct: 029 2000 1111 | Mobile: 07700 900 111\nwww.example-recruit.co.uk\n\n"
            "Example Recruitment Ltd is acting as an employment agency in relation to\n"
            "this vacancy. Registered in Wales no. 10400000. This email is confidential.\n")
    assert split_ad(mail).duties == ["Attend custody suites to advise clients",
                                     "Take detailed attendance notes"]
    page = ("<h2>Main responsibilities</h2><ol>"
            "<li><strong>Front desk (around 70% of the role)</strong><ol>"
            "<li>Sell admission tickets and guidebooks</li><li>Answer phone enquiries</li>"
            "</ol></li><li><strong>Social media (around 30% of the role)</strong><ol>"
            "<li>Schedule posts for our accounts</li>"
            "<li>Undertake other duties appropriate to this level of classification</li>"
            "</ol></li></ol>"
            "<p>If you like a day where no two hours are the same, you'll love it here.</p>"
            "<h2>Requirements</h2><ul><li>Retail or ticketing experience</li></ul>"
            "<p>Applicants who require accommodation at any stage of the recruitment "
            "process are invited to contact HR.</p>"
            "<p>Applicants will be sifted against the criteria above.</p>")
    split = split_ad(page)
    assert split.duties == ["Sell admission tickets and guidebooks", "Answer phone enquiries",
                            "Schedule posts for our accounts"]
    assert split.requirements == ["Retail or ticketing experience"]
    board = ("Museum Store Associate\n\nQualifications:\n* Retail experience (Required)\n\n"
             "Ability to Commute:\n* Hudson, NY 12534 (Required)\n\nWork Location: In person\n")
    assert split_ad(board).requirements == ["Retail experience"]


def test_b103_b104_a_wide_bullets_wrap_a_recruiters_lines_what_matters_and_the_perks() -> None:
    """B103-B104 read: a wrap indented one column past a wide bullet's text ("➢ ..." /
    "   6 months ...") goes on the item; a recruiter's "I'm working on a new ... position"
    and "I'd really like to talk to you" are no criteria; "What matters is that you:" leads
    into the criteria, in the person's own verbs; "You'll be happy to hear:" heads the
    perks, not more duties."""
    mail = ("Hi Aoife,\n\nI'm working on a new front office supervisor position with a "
            "long-standing client of ours, a busy hotel in Galway.\n\nEssential:\n"
            "➢ 2+ years' front office experience in a 4* hotel, including at least\n"
            "   6 months at supervisor level\n➢ Strong working knowledge of Opera PMS\n\n"
            "If you have most of the essentials, I'd really like to talk to you.\n")
    assert split_ad(mail).requirements == [
        "2+ years' front office experience in a 4* hotel, including at least 6 months at "
        "supervisor level", "Strong working knowledge of Opera PMS"]
    page = ("<h2>What you'll do</h2><ul><li>Answer council tax enquiries by phone</li>"
            "<li>Set up and amend accounts</li></ul><h2>About you</h2>"
            "<p>You don't need to know council tax inside out. What matters is that you:</p>"
            "<ul><li>can stay calm when customers are upset</li>"
            "<li>write clear, correct English for emails</li></ul>"
            "<p><strong>You'll be happy to hear:</strong></p>"
            "<ul><li>Subsidised staff accommodation</li><li>Three meals a day in the staff "
            "café</li></ul>")
    split = split_ad(page)
    assert split.duties == ["Answer council tax enquiries by phone", "Set up and amend accounts"]
    assert split.requirements == ["can stay calm when customers are upset",
                                  "write clear, correct English for emails"]


def test_a_physical_requirements_list_is_essential_criteria() -> None:
    """Wave 67: the writers' format counts list items under any requirements-type heading
    as essential criteria; twenty writers who met "Physical Requirements" counted its items
    (B41-B105, three of the last four waves), most before B41 did not. The reader now
    follows the format: standing and lifting are what a candidate weighs too."""
    ad = ("<h2>What you'll do</h2><ul><li>Greet guests at the admissions desk</li></ul>"
          "<h2>Qualifications</h2><ul><li>Cash handling experience</li></ul>"
          "<h3>Physical Requirements</h3><ul><li>Ability to stand for up to 8 hours per "
          "shift</li><li>Ability to lift up to 25 pounds</li></ul>"
          "<h2>Benefits</h2><ul><li>Free parking</li></ul>")
    split = split_ad(ad)
    assert split.requirements == ["Cash handling experience",
                                  "Ability to stand for up to 8 hours per shift",
                                  "Ability to lift up to 25 pounds"]
    assert split.desirable == []


def test_b107_capital_labels_a_time_share_a_pitch_and_an_applicants_quoted_message() -> None:
    """Wave 68 (B107): a spaced two-column specification whose last label is in capitals
    ("IT") loses its labels like the others; "roughly 70% of your shift is spent at the front
    desk" after "A typical day:" says how the time divides, not a duty; "..., we want to meet
    you!" is a pitch; an applicant's quoted message ("I've worked at a garden centre ...")
    and "- just attach your CV" wrapped after a dash are no criteria."""
    spec = ("ABOUT YOU\n\nESSENTIAL\n"
            "Experience       Two years in a client care or reception role, including some\n"
            "                 time as a supervisor\n"
            "Leadership       Able to motivate a small team\n"
            "IT               Good working knowledge of Microsoft Office and practice\n"
            "                 management systems\n\n"
            "DESIRABLE\n"
            "Sector           Experience in a veterinary or healthcare setting\n"
            "Languages        A second language spoken by our clients\n")
    split = split_ad(spec)
    assert split.requirements == [
        "Two years in a client care or reception role, including some time as a supervisor",
        "Able to motivate a small team",
        "Good working knowledge of Microsoft Office and practice management systems",
        *split.desirable]
    assert split.desirable == ["Experience in a veterinary or healthcare setting",
                               "A second language spoken by our clients"]
    ad = ("Client Service Coordinator\n\n"
          "A typical day: roughly 70% of your shift is spent at the front desk and on the "
          "phones.\n\n"
          "If you're the kind of person who can calm a worried dog owner and find a lost "
          "vaccine record at the same time, we want to meet you!\n\n"
          "What you'll do:\n- Book appointments for four vets\n- Check patients in and out\n\n"
          "What you need:\n- A year of customer service experience\n- A full driving licence\n\n"
          "You can apply through our careers page\n"
          "- just attach your CV and a few lines on why the role appeals to you.\n\n"
          "-----Original Message-----\nFrom: An Applicant\n\nHi there,\n\n"
          "I've worked in a pet shop for three years, I have a full licence, and I've "
          "fostered cats for two years. Could you tell me more first?\n")
    split = split_ad(ad)
    assert split.duties == ["Book appointments for four vets", "Check patients in and out"]
    assert split.requirements == ["A year of customer service experience",
                                  "A full driving licence"]


def test_b110_the_successful_candidate_will_do_and_a_condition_in_running_text() -> None:
    """Wave 69 (B110): "The successful candidate will:" leads into duties when its items are
    things to do, into requirements when they say what the person is or has (B23's "Be
    reliable ...", "Have a good eye ..."); a condition told in running text ("Applicants must
    be legally entitled to work in Canada.") is neither, as the writers' format says (35
    lines put right over the corpora, 3 lost where older writers counted one)."""
    ad = ("THE ROLE\n\nThe successful candidate will:\n\n"
          "  -  Process applications from mature and non-standard applicants.\n"
          "  -  Answer enquiries at the admissions counter.\n\n"
          "ESSENTIAL CRITERIA\n\n"
          "  -  Two years' experience in an administrative role\n\n"
          "This is a unionised position. Applicants must be legally entitled to work in "
          "Canada. A current driver licence is needed for travel to our other campuses.\n")
    split = split_ad(ad)
    assert split.duties == ["Process applications from mature and non-standard applicants.",
                            "Answer enquiries at the admissions counter."]
    assert split.requirements == ["Two years' experience in an administrative role"]
    ad = ("The successful candidate will:\n\n* Be reliable and punctual\n"
          "* Have a good eye for detail\n* Be able to provide two references\n")
    split = split_ad(ad)
    assert split.requirements == ["Be reliable and punctual", "Have a good eye for detail",
                                  "Be able to provide two references"]


def test_b109_an_offer_to_call_a_licence_the_agency_holds_and_general_office_duties() -> None:
    """Wave 69 (B109): "Happy to do a quick call first ..." is how to apply, "We are licensed
    by ..." the employer describing itself, and "Help out with general office duties as and
    when needed" a catch-all duty."""
    ad = ("We are licensed by the Property Services Regulatory Authority.\n\n"
          "What you'll do:\n-> Book viewings for our negotiators\n"
          "-> Help out with general office duties as and when needed\n\n"
          "What you need:\n-> Confident on the phone\n\n"
          "Happy to do a quick call first if you have questions about the day-to-day.\n")
    split = split_ad(ad)
    assert split.duties == ["Book viewings for our negotiators"]
    assert split.requirements == ["Confident on the phone"]


def test_b111_would_love_to_see_not_dealbreakers_is_a_wish_list() -> None:
    """Wave 70 (B111): a recruiter's "Would love to see (not dealbreakers):" heads
    desirable items."""
    ad = ("What they need:\n  - Two years running a box office\n\n"
          "Would love to see (not dealbreakers):\n  - Spanish\n"
          "  - Experience settling shows with national promoters\n")
    split = split_ad(ad)
    assert split.desirable == ["Spanish", "Experience settling shows with national promoters"]


def test_b114_flag_bullets_group_titles_fact_labels_and_a_recruiters_opening() -> None:
    """Wave 71 (B114): a flag leads a bullet as any emoji does; "1. Reception and patient
    flow" over bullets is their group's title, not a duty; "Role title: ..." and "Status:
    ..." are the role description's facts; "... needs an experienced Dental Receptionist to
    start" opens a recruiter's email; "ideally with Dentrix, is a big plus" is a wish;
    "If you don't have the qualification yet, don't worry" asks nothing."""
    ad = ("What you'll do:\n📞 Answer calls and book appointments\n"
          "💳 Submit insurance claims and explain coverage\n"
          "🇨🇦 Help patients understand the dental care plan\n"
          "🗓️ Manage the recall list\n\n"
          "What we're looking for:\n✅ 1+ year in a front desk role\n"
          "✅ Good with details\n"
          "✅ Dental office experience, ideally with Dentrix, is a big plus\n")
    split = split_ad(ad)
    assert split.duties == ["Answer calls and book appointments",
                            "Submit insurance claims and explain coverage",
                            "Help patients understand the dental care plan",
                            "Manage the recall list"]
    assert split.desirable == ["Dental office experience, ideally with Dentrix, is a big plus"]
    ad = ("KEY RESPONSIBILITIES\n1. Reception and patient flow\n"
          "   • Greet patients and check them in\n   • Send recall letters\n"
          "2. Dispensing support\n   • Take frame measurements\n")
    assert split_ad(ad).duties == ["Greet patients and check them in", "Send recall letters",
                                   "Take frame measurements"]
    ad = ("ROLE DESCRIPTION\n\nOral Health Services – Bundaberg Community Dental Clinic\n\n"
          "Role title: Administration Officer (Dental Reception)\n"
          "Status: Permanent full-time\n\n"
          "Your key responsibilities\n▪ Book general and emergency appointments\n"
          "▪ Receive payments and balance the daily takings\n")
    assert split_ad(ad).duties == ["Book general and emergency appointments",
                                   "Receive payments and balance the daily takings"]
    ad = ("Hi there,\n\nOne of our long-standing clients, a modern four-chair practice, needs "
          "an experienced Dental Receptionist to start on a temp-to-perm basis.\n\n"
          "What they need\n✔ Two years on a dental front desk\n✔ Dentrix or Exact\n\n"
          "If you don't have the counter qualification yet, don't worry – we will enrol you "
          "on a course.\n")
    assert split_ad(ad).requirements == ["Two years on a dental front desk", "Dentrix or Exact"]


def test_b113_running_text_wrapped_after_and_or_after_and_a_thing_that_must_be_done() -> None:
    """Wave 71 (B113): a sentence wrapped after "and" or "after" goes on over the capital
    that starts the next line; "defect notices that must be cleared" and "The counter is
    at its busiest ..." describe the job, and "Applicants are to address each criterion"
    is about applying."""
    ad = ("ABOUT THE ROLE\n\nThe counter is at its busiest between 8.00am and 10.00am and again "
          "after\n3.00pm, when many customers arrive with defect notices that must be\n"
          "cleared. The School of Automotive runs a Service Centre in which Level 3 and\n"
          "Level 4 students carry out servicing under the supervision of\n"
          "qualified tutors.\n\n"
          "SELECTION CRITERIA\n\nApplicants are to address each criterion below in a "
          "statement of no more\nthan two pages.\n\n"
          "1. Demonstrated experience delivering customer service at a busy counter.\n"
          "2. Sound keyboard skills.\n")
    split = split_ad(ad)
    assert split.requirements == [
        "Demonstrated experience delivering customer service at a busy counter.",
        "Sound keyboard skills."]
    assert any(line.startswith("The School of Automotive runs a Service Centre in which "
                               "Level 3 and Level 4 students") for line in split.other)


def test_b116_two_columns_a_job_beside_what_we_need_and_a_recruiters_approach() -> None:
    """Wave 72 (B116): a table headed "THE JOB | WHAT WE NEED FROM YOU" holds the duties in
    its first column and the requirements in its second; "You've got:" heads requirements;
    "Knowledge and improvement" is a key result area over outcomes, not a list of
    knowledge; a recruiter's "I came across your resume ... thought you'd be a strong
    match", "Quick details:" over pay and checks, "... need an experienced bench technician
    to join a team of five" and "we need another set of hands" ask nothing."""
    html = ("<h1>SERVICE COUNTER LEAD</h1><table><thead><tr><th>THE JOB</th>"
            "<th>WHAT WE NEED FROM YOU</th></tr></thead><tbody><tr><td><ul>"
            "<li>Triage incoming repairs and assign them to bench technicians</li>"
            "<li>Order parts from suppliers and track backorders</li></ul></td><td><ul>"
            "<li>3+ years in computer repair or tech retail</li>"
            "<li>Experience supervising or training others</li></ul></td></tr></tbody></table>")
    split = split_ad(html)
    assert split.duties == ["Triage incoming repairs and assign them to bench technicians",
                            "Order parts from suppliers and track backorders"]
    assert split.requirements == ["3+ years in computer repair or tech retail",
                                  "Experience supervising or training others"]
    ad = ("After 9 years of fixing laptops, we need another set of hands.\n\n"
          "You'll:\n🔹 Book in laptops and consoles\n🔹 Do screen and keyboard repairs\n"
          "🔹 Build gaming PCs to order\n\n"
          "You've got:\n✅ Some hands-on repair experience\n✅ Patience with customers\n"
          "✅ Availability on Saturdays\n")
    split = split_ad(ad)
    assert split.requirements == ["Some hands-on repair experience", "Patience with customers",
                                  "Availability on Saturdays"]
    assert split.duties == ["Book in laptops and consoles", "Do screen and keyboard repairs",
                            "Build gaming PCs to order"]
    ad = ("KEY ACCOUNTABILITIES\n\nKnowledge and improvement\n"
          "• Knowledge articles and user guides are accurate and written in plain English.\n"
          "• Recurring issues are raised with the team leader.\n\n"
          "PERSON SPECIFICATION\n\n• Two years on an IT service desk\n")
    split = split_ad(ad)
    assert split.requirements == ["Two years on an IT service desk"]
    assert len(split.duties) == 2
    ad = ("Hi Marcus,\n\nI came across your resume on Dice. I'm working on a Desktop Support "
          "opening with one of our clients and thought you'd be a strong match. They're "
          "growing their workshop and need an experienced bench technician to join a team "
          "of five.\n\nQuick details:\n• Pay: $24-27/hr\n"
          "• Background check and drug screen required before start\n\n"
          "Must haves:\n• 2+ years desktop support experience\n")
    assert split_ad(ad).requirements == ["2+ years desktop support experience"]


def test_b115_a_label_over_paragraphs_catch_alls_and_public_service_boilerplate() -> None:
    """Wave 72 (B115): a table row "Reporting" | two paragraphs gives two duties; "Helping
    with any other reasonable tasks your manager asks of you" and "Assist the General
    Manager with other duties as required" are catch-alls; "Competition #:", "Employee
    group:" and "Appointment:" are facts; "Desirable criteria do not need to be addressed
    individually", "Referee checks will be conducted ..." and "Canadians and permanent
    residents will be given priority" are about applying."""
    html = ("<h2>The job</h2><table><tr><th>Reporting</th><td><p>Produce a weekly covers "
            "forecast for the kitchen</p><p>Track no-shows and booking sources</p></td></tr>"
            "</table><h2>Skills</h2><ul><li>Two years in restaurant reservations</li></ul>")
    split = split_ad(html)
    assert "Produce a weekly covers forecast for the kitchen" in split.duties
    assert "Track no-shows and booking sources" in split.duties
    ad = ("Competition #: HS-2024-118\nEmployee group: CUPE Local 3912, grade 5\n"
          "Appointment: Permanent, full-time\n\n"
          "Duties\n• Take reservations by phone and email\n"
          "• Helping with any other reasonable tasks your manager asks of you\n"
          "• Assist the General Manager with other duties as required\n\n"
          "Qualifications\n• One year of hosting experience\n\n"
          "Desirable criteria do not need to be addressed individually. Referee checks will "
          "be conducted for the preferred applicant. However, Canadians and permanent "
          "residents will be given priority.\n")
    split = split_ad(ad)
    assert split.duties == ["Take reservations by phone and email"]
    assert split.requirements == ["One year of hosting experience"]
    assert split.desirable == []


def test_b117_b118_facts_rows_a_result_area_of_enquiries_and_emoji_facts() -> None:
    """Wave 73 (B117, B118): "Direct reports      Nil" is a row of the position's facts;
    "Enquiries and sales" (or "Enquiries & sales") is a key result area over its tasks, not
    whom to ask about the post; "Applicants are asked to address each of the key selection
    criteria" is about applying; pay, place and benefits each under its own emoji, most of
    them emoji of job facts, are no list of criteria."""
    ad = ("POSITION DETAILS\nPosition title      Venue Sales Coordinator\n"
          "Reports to          Venue Sales Manager\nDirect reports      Nil\n"
          "Delegations         Nil\n\n"
          "KEY RESULT AREAS\n\nEnquiries and sales\n"
          "• Respond to all venue enquiries within one working day\n"
          "• Host site visits for conference organisers\n"
          "Reporting\n• Produce the weekly pipeline report\n\n"
          "PERSON SPECIFICATION\n• Two years in a sales or events role\n\n"
          "Applicants are asked to address each of the key selection criteria in a statement "
          "of no more than two pages.\n")
    split = split_ad(ad)
    assert split.duties == ["Respond to all venue enquiries within one working day",
                            "Host site visits for conference organisers",
                            "Produce the weekly pipeline report"]
    assert split.requirements == ["Two years in a sales or events role"]
    html = ("<p><strong>About the role</strong></p><ul><li><strong>Enquiries &amp; sales"
            "</strong></li><li>Respond to wedding enquiries within one business day</li>"
            "<li>Run venue tours on weekdays</li></ul>")
    assert split_ad(html).duties == ["Respond to wedding enquiries within one business day",
                                     "Run venue tours on weekdays"]
    ad = ("What you need:\n✅ A year of sales experience\n✅ A clear phone manner\n\n"
          "Bonus:\n⭐ Healthcare staffing experience\n⭐ Familiarity with nurse licensing\n\n"
          "💰 $50K base + uncapped commission\n📍 Downtown Nashville, Mon–Fri, 8–5\n"
          "🏥 Medical, dental, vision + 401(k) match from day one\n")
    split = split_ad(ad)
    assert split.requirements == ["A year of sales experience", "A clear phone manner",
                                  "Healthcare staffing experience",
                                  "Familiarity with nurse licensing"]
    assert split.desirable == ["Healthcare staffing experience",
                               "Familiarity with nurse licensing"]
    assert "🏥 Medical, dental, vision + 401(k) match from day one" in split.other
