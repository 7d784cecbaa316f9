"""Turn a pasted job ad into plain text and split it into duties and requirements.

Pure functions only: the dashboard passes in whatever the user pasted (plain text,
Markdown, or the HTML of a web page) and gets back lists of lines it can show for
editing. Nothing here is final; the user corrects the split before scoring.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from html.parser import HTMLParser
from itertools import groupby

MAX_AD_CHARS = 50_000
# Parsing a huge paste (a whole saved web page) is still cheap up to this size; beyond
# it we refuse before doing any work so a stray paste cannot freeze the kernel.
MAX_RAW_CHARS = 20 * MAX_AD_CHARS

BULLET = "• "


class AdTooLong(ValueError):
    """The pasted ad is longer than anyone's job ad; probably a whole web page."""

    def __init__(self, length: int, limit: int = MAX_AD_CHARS) -> None:
        self.length = length
        self.limit = limit
        super().__init__(
            f"This ad is about {length:,} characters long; the limit is {limit:,}. "
            "Paste only the job description (the duties and what they are looking for), "
            "not the whole web page."
        )


class EmptyAd(ValueError):
    """Nothing readable was pasted."""

    def __init__(self) -> None:
        super().__init__(
            "The ad is empty. Paste the text of the job ad (or its web page) and it will "
            "be split into duties and requirements for you to check."
        )


@dataclass
class AdSplit:
    """A job ad split into lines the user can check and edit.

    duties: what the job holder would do, one line each.
    requirements: what the employer asks for (essential and desirable alike).
    desirable: the requirements the ad marks as nice-to-have; each is also in
        ``requirements``, so ``requirements`` alone is a complete list.
    other: everything else worth keeping (title, pay, about-us text, sentences that
        gave no clue either way) so the user can move a line that was misfiled.
    """

    duties: list[str] = field(default_factory=list)
    requirements: list[str] = field(default_factory=list)
    other: list[str] = field(default_factory=list)
    desirable: list[str] = field(default_factory=list)


# ---------------------------------------------------------------------------
# Cleaning
# ---------------------------------------------------------------------------

_HTML_HINT = re.compile(
    r"<!doctype html|<(?:html|body|p|div|br|li|ul|ol|h[1-6]|span|strong|em|b|table|section"
    r"|article)\b[^>]*>",
    re.IGNORECASE,
)

# Newlines each tag asks for: 2 opens a new paragraph (blank line), 1 a new line.
# Tags that do not appear here are inline (<a>, <strong>, <span>...).
_BREAKS = {
    **dict.fromkeys("li br tr dt dd".split(), 1),
    **dict.fromkeys(
        "p div h1 h2 h3 h4 h5 h6 ul ol table section article header blockquote pre hr "
        "main aside".split(),
        2,
    ),
}
# Navigation, footers and buttons are page furniture, not part of the ad.
_SKIP_TAGS = frozenset("script style noscript template head svg iframe nav footer button".split())
_VOID_TAGS = frozenset("area base br col embed hr img input link meta source track wbr".split())
# an element whose id, class or label names a cookie banner or consent dialog
# "gdpr-notice" (B45); the cookieconsent script's "cc-window" (B77)
_BANNER = re.compile(r"cookie|consent|gdpr|\bcc-(?:window|banner)\b", re.IGNORECASE)
_SITE_HEADER = re.compile(r"\bsite|masthead|global", re.IGNORECASE)
_HEADING_TAGS = frozenset("h1 h2 h3 h4 h5 h6".split())


# Marks where a list item or line break fell inside a table cell (not whitespace, so it
# survives the cell's whitespace being collapsed).
_CELL_ITEM = "\u2063"
# Where a paragraph or list began or ended inside a cell, and where a list item's bullet
# stood: only a job specification laid out as label | content rows reads them (B24).
_CELL_BLOCK = "\u2062"
_CELL_BULLET = "\u2064"
_CELL_BLOCK_TAGS = frozenset("p div ul ol".split())
_SHARE_HEADER = re.compile(r"^(?:%|percent(?:age)?)(?: of (?:time|the time|work))?$"
                           r"|^(?:approx\.? )?% of (?:time|the time|work)")
_COLUMN_MARKS = {"must have": "essential", "must haves": "essential",
                 "you must have": "essential",  # "You must have | Nice to have" (B37)
                 "essential criteria": "essential", "required": "essential",
                 "nice to have": "desirable", "nice to haves": "desirable",
                 "desirable criteria": "desirable", "preferred": "desirable",
                 # "Qualification | Required | Asset", a Canadian clinic's table (B93)
                 "asset": "desirable", "assets": "desirable"}
_TICK_CELL = re.compile(r"^(?:[✓✔☑✗✘xX*•+]|yes|y|e|d|essential|desirable)$", re.IGNORECASE)


def _cell_items(cell: str) -> list[str]:
    """The criteria in one cell: '–' or '-' alone means the cell is empty."""
    items = [" ".join(part.split()) for part in cell.split(_CELL_ITEM)]
    return [item for item in items if item and item not in ("-", "–", "—", "n/a", "N/A")]


# "A1 Scottish Credit and Qualifications Framework level 6 ...": a criterion's code in a
# specification's table cell (B89)
_CELL_CODE = re.compile(r"^\(?[A-H][1-9]\d?\)?[.:)]?\s+(?=[A-Z])")


def _plain_cell(cell: str) -> str:
    """A cell's text without the paragraph and bullet marks only label rows read."""
    return cell.replace(_CELL_BLOCK, " ").replace(_CELL_BULLET, "")


# "6:30am", "7:00am – 10:00am", "9 a.m. to noon": the hours of a day's timetable
_CLOCK = r"(?:\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?|noon|midday|midnight)"
_TIME_CELL = re.compile(rf"{_CLOCK}(?:\s*(?:[-–—]|to|until|till)\s*(?:{_CLOCK}|close|closing))?",
                        re.IGNORECASE)
_BULLET_CELL = re.compile(r"^(?:[•·▪◦●○■□►▶➤➢→✓✔*–-]|&bull;|\d{1,2}[.)])$")


def _cell_lines(rich: str, bullets: bool = False) -> list[str]:
    """A cell's paragraphs, <br> lines and list items, one a line; list items (or, with
    `bullets`, every line) keep a bullet."""
    lines = []
    for part in re.split(f"[{_CELL_ITEM}{_CELL_BLOCK}]", rich):
        text = " ".join(part.replace(_CELL_BULLET, " ").split())
        if text:
            lines.append(BULLET + text if bullets or part.lstrip().startswith(_CELL_BULLET)
                         else text)
    return lines


def _section_columns(cells: list[str]) -> bool:
    """Every header cell names a section of a different kind (duties, requirements,
    desirable): "Your responsibilities | Your qualifications"."""
    kinds = [_heading_kind(_heading_key(" ".join(c.split()))) for c in cells]
    # (B116: "THE JOB | WHAT WE NEED FROM YOU": a heading of mixed content beside one of
    # requirements holds the duties)
    if MIXED in kinds and kinds.count(MIXED) == 1 and REQUIREMENTS in kinds:
        kinds = [DUTIES if k == MIXED else k for k in kinds]
    return (all(k in (DUTIES, REQUIREMENTS, DESIRABLE) for k in kinds)
            and len(set(kinds)) == len(kinds))


def _is_tick(cell: str) -> bool:
    return bool(_TICK_CELL.match(cell.replace(_CELL_ITEM, "").strip()))


class _TextExtractor(HTMLParser):
    """Collects visible text, one block element or list item per line.

    Table cells are kept apart. A person-specification table whose header row has
    "Essential" and "Desirable" columns (a mark such as "X" in one of them) becomes a
    list under an "Essential criteria:" or "Desirable criteria:" heading, which is how
    the rest of the reader understands it.
    """

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip_depth = 0
        self._pending_breaks = 0
        self._table_depth = 0
        self._row: list[str] | None = None
        self._rich_row: list[str] = []  # the row's cells with their paragraphs and bullets
        self._label_table = False  # the table lays out a job specification, label | content
        self._cell: list[str] | None = None
        self._columns: list[str] = []  # header cells of the current table, lower-cased
        self._section_cols: list[str] = []  # header cells naming a section each (B38)
        self._last_mark = ""
        self._share_col: int | None = None  # the "% of time" column of a duty table
        # One counter per open list: None for <ul>, the next number for <ol>, so
        # numbered lists keep their numbers (split_ad reads them as list items).
        self._lists: list[int | None] = []
        self._headings = 0
        self._kept_buttons = 0
        self._li_at: int | None = None  # where the last list item's bullet stands
        self.tab_titles: dict[str, str] = {}
        self.panel_titles: dict[str, str] = {}
        self._tag_lists: list[bool] = []  # per open list: a job board's skill tags?
        self._row_heads: list[bool] = []  # per cell of the current row: a <th>?
        # where the table's header row of <th> cells was written, and what it said
        self._head_row: tuple[int, str] | None = None
        self._area_table = False  # "Area | What you'll do" over rows led by a group label
        # a cookie banner or consent dialog being skipped: its tag and how deep it nests
        self._banner: tuple[str, int] | None = None
        # where a bold run opening a list item began and ended ("<li><b>In store</b></li>")
        self._bold_at: int | None = None
        self._bold_end: int | None = None

    def _bold_item_as_label(self) -> None:
        """A list item that is only a few bold words ("<li><b>In store</b></li>" inside a
        duty list) labels the items after it; it loses its bullet and ends with a colon
        (B32)."""
        at = self._li_at
        if at is not None and self._bold_at == at + 1 and self._bold_end == len(self.parts):
            self._item_as_label(4, (".", ":", ",", ";"))

    def _item_as_label(self, max_words: int, not_after: tuple[str, ...]) -> bool:
        """The open list item's text, if it is one short line, loses its bullet and ends
        with a colon: it labels what follows. True when it did."""
        at = self._li_at
        # (an ordered list's item too: "<ol><li><strong>Visitor services (around 60% of the
        # role)</strong><ol>...", B101)
        if at is None or at >= len(self.parts) or not (
                self.parts[at] == BULLET or _ORDINAL_MARK.fullmatch(self.parts[at])):
            return False
        text = " ".join("".join(self.parts[at + 1:]).split())
        if (text and "\n" not in "".join(self.parts[at + 1:]).strip()
                and len(text.split()) <= max_words and not text.endswith(not_after)):
            del self.parts[at:]
            self.parts.append(text if text.endswith(":") else text + ":")
            self._li_at = None
            return True
        return False

    def _label_parent_item(self) -> None:
        """A list nested in a list item: the item's own text ("On the shop floor") labels
        the sub-list; it loses its bullet and ends with a colon (B8)."""
        # ("<li>Knowledge of:<ul>...": its colon already says so, B53; a label set in bold
        # may be longer: "<li><strong>At the counter and on the phone</strong><ul>", B60)
        at = self._li_at
        bold = (at is not None and self._bold_at == at + 1 and self._bold_end is not None
                and not "".join(self.parts[self._bold_end:]).strip())
        # (not a question over its answers: "<li>Do you have a high school diploma or GED?
        # <ul><li>Yes</li>...", B33)
        self._item_as_label(10 if bold else 6, (".", "?"))
        self._li_at = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self._banner is not None:
            if tag == self._banner[0] and tag not in _VOID_TAGS:
                self._banner = (tag, self._banner[1] + 1)
            return
        if tag not in _VOID_TAGS and (_BANNER.search(" ".join(v or "" for _, v in attrs)) or (
                # B49: "<header class='site-head'><div class='opening-hours'>Open daily
                # 10am - 5.30pm ...": the site's own header, or the ARIA banner landmark
                dict(attrs).get("role") == "banner" or (tag == "header" and _SITE_HEADER.search(
                    " ".join(v or "" for k, v in attrs if k in ("class", "id")))))):
            # B31: "<div data-automation-id='cookieBanner' role='dialog'>We use cookies ...
            # Some are essential; others help us ...": the site's, not the employer's
            self._banner = (tag, 1)
            return
        if tag in _HEADING_TAGS:
            self._headings += 1
            if self._cell is not None and not self._skip_depth and not self._columns:
                self._leave_layout_cell()
        if tag == "button" and self._headings and not self._skip_depth:
            self._kept_buttons += 1  # an accordion's section title (B8)
            return
        if tag in ("ul", "ol"):
            # a job board's keyword chips ("<ul class='tags'><li>Personal Care</li>"): the
            # site's own tags, not the employer's criteria (B12)
            chips = bool(_TAG_LIST.search(dict(attrs).get("class") or ""))
            self._tag_lists.append(chips)
            if chips:
                self._skip_depth += 1
                return
        if tag in ("ul", "ol") and self._lists and self._cell is None and not self._skip_depth:
            self._label_parent_item()
        if tag in _SKIP_TAGS:
            self._skip_depth += 1
            return
        # (or in italics: "<li class='sub'><em>Deliveries and collections</em></li>", B77)
        if tag in ("b", "strong", "em", "i") and self._li_at is not None and self._cell is None:
            self._bold_at = len(self.parts)
        found = dict(attrs)
        if not self._skip_depth and (
                (found.get("role") == "tabpanel"
                 and (title := self.tab_titles.get(found.get("aria-labelledby") or "")))
                # an accordion's panel, titled by the button that opens it (B33)
                or (title := self.panel_titles.get(found.get("id") or ""))):
            self._break(2)
            self._flush_breaks()
            self.parts.append(html.unescape(title))
            self._break(2)
            return
        if tag == "table":
            if self._cell is not None and not self._skip_depth and not self._columns:
                # a table inside a cell: the outer one lays out the page, as in a job
                # alert e-mail (B28); what the cell said so far is page text
                self._leave_layout_cell()
            self._table_depth += 1
            self._columns, self._last_mark, self._label_table = [], "", False
            self._section_cols = []
            self._head_row = None
            self._area_table = False
            self._share_col = None
        elif tag == "tr" and self._table_depth:
            self._row, self._rich_row, self._row_heads = [], [], []
        elif tag in ("td", "th") and self._row is not None:
            self._cell = []
            self._row_heads.append(tag == "th")
            return
        elif tag in ("td", "th") and self._table_depth:
            self._break(2)  # the next column of a page laid out in a table (B19)
        if tag in _CELL_BLOCK_TAGS and self._cell is not None and not self._skip_depth:
            self._cell.append(_CELL_BLOCK)
        if tag == "br" and self._cell is not None:
            self._cell.append(_CELL_ITEM)
            return
        self._break(_BREAKS.get(tag, 0))
        if tag in ("ul", "ol"):
            self._lists.append(1 if tag == "ol" else None)
        elif tag == "li" and self._skip_depth == 0:
            if self._cell is not None:
                self._cell.append(_CELL_ITEM + _CELL_BULLET)  # a list inside a table cell
                return
            self._flush_breaks()
            self._li_at = len(self.parts)
            marker = self._next_marker()
            if _SUBHEAD_CLASS.search(found.get("class") or ""):
                # "<li class="subhead">Packages &amp; Deliveries</li>": a sub-heading the
                # page styles inside the list, over the items after it (B35)
                self._li_at = None
                return
            self.parts.append(marker)

    def handle_endtag(self, tag: str) -> None:
        if self._banner is not None:
            if tag == self._banner[0]:
                depth = self._banner[1] - 1
                self._banner = (tag, depth) if depth else None
            return
        if tag in _HEADING_TAGS:
            self._headings = max(0, self._headings - 1)
        if tag == "button" and self._kept_buttons:
            self._kept_buttons -= 1
            return
        if tag in _SKIP_TAGS:
            self._skip_depth = max(0, self._skip_depth - 1)
            return
        if tag in ("ul", "ol") and self._tag_lists and self._tag_lists.pop():
            self._skip_depth = max(0, self._skip_depth - 1)
            return
        if tag in ("td", "th") and self._cell is not None and self._row is not None:
            rich = " ".join("".join(self._cell).split())
            self._rich_row.append(rich.strip(_CELL_ITEM + _CELL_BLOCK + " "))
            self._row.append(" ".join(_plain_cell(rich).split()).strip(_CELL_ITEM + " "))
            self._cell = None
            return
        if tag == "tr" and self._row is not None:
            self._end_row(self._row, self._rich_row)
            self._row = None
        elif tag == "table":
            self._table_depth = max(0, self._table_depth - 1)
        if tag in _CELL_BLOCK_TAGS and self._cell is not None and not self._skip_depth:
            self._cell.append(_CELL_BLOCK)
        if tag in ("ul", "ol") and self._lists:
            self._lists.pop()
        if tag in ("b", "strong", "em", "i") and self._bold_at is not None:
            self._bold_end = len(self.parts)
        if tag == "li" and self._cell is None and not self._skip_depth:
            self._bold_item_as_label()
            self._bold_at = self._bold_end = None
        self._break(_BREAKS.get(tag, 0))

    def handle_data(self, data: str) -> None:
        if self._banner is not None:
            return
        if self._cell is not None and not self._skip_depth:
            self._cell.append(data)
            return
        if self._skip_depth:
            return
        if not data.strip():
            # "<span>Posting Date</span> <span>05/20/2024</span>": the space between two
            # inline runs is kept (B32)
            if (" " in data and self.parts and not self._pending_breaks
                    and not self.parts[-1].endswith((" ", "\n")) and self.parts[-1] != BULLET):
                self.parts.append(" ")
            return
        self._flush_breaks()
        # Whitespace in HTML source (indentation, line wraps) carries no meaning.
        self.parts.append(re.sub(r"\s+", " ", data))

    def _leave_layout_cell(self) -> None:
        """A heading inside a table cell: the table lays out the page (the whole ad in one
        cell, a sidebar in the next), it holds no data. The row's text so far is written
        out, and the rest of the row is read as ordinary page text (B19)."""
        cells = [*(self._row or []), _plain_cell("".join(self._cell or []))]
        own = "".join(self._cell or [])
        self._cell, self._row = None, None
        for cell in cells[:-1]:
            for text in cell.split(_CELL_ITEM):
                if text.strip():
                    self._break(1)
                    self._flush_breaks()
                    self.parts.append(" ".join(text.split()))
        self._write_blocks(own)
        self._break(2)

    def _write_blocks(self, rich: str) -> None:
        """A cell's text as page text (`_cell_lines`), a line each."""
        for line in _cell_lines(rich):
            self._break(1)
            self._flush_breaks()
            self.parts.append(line)

    def _end_row(self, cells: list[str], rich: list[str] | None = None) -> None:
        if not any(cells):
            return
        lowered = [c.lower().rstrip(":") for c in cells]
        # "Must have | Nice to have" heads the two columns as "Essential | Desirable" does
        # (a New Zealand council's specification, B34)
        lowered = [_COLUMN_MARKS.get(" ".join(c.replace("-", " ").split()), c) for c in lowered]
        if not self._columns and {"e", "d"} <= set(lowered) and len(cells) >= 3:
            # "Criteria | E | D | Assessed by" over ticks in the E or D column (B52)
            lowered = [{"e": "essential", "d": "desirable"}.get(c, c) for c in lowered]
        if not self._columns and {"essential", "desirable"} <= set(lowered):
            self._columns = lowered
            return
        # "Your responsibilities | Your qualifications" over one row of two lists: each
        # column is a section of its own, its heading over its list (B38)
        if (not self._columns and not self._section_cols and len(cells) in (2, 3)
                and all(self._row_heads[:len(cells)]) and len(self._row_heads) == len(cells)
                and _section_columns(cells)):
            self._section_cols = [" ".join(c.split()) for c in cells]
            # (B116: the column of mixed content beside the requirements holds the duties,
            # and is headed so: "THE JOB" reads as the job's whole description)
            self._section_cols = [
                "Duties" if _heading_kind(_heading_key(c)) == MIXED else c
                for c in self._section_cols]
            return
        if self._section_cols and len(cells) == len(self._section_cols) and rich:
            for head, cell in zip(self._section_cols, rich, strict=True):
                lines = _cell_lines(cell)
                if lines:
                    self.parts.append("\n\n" + head + "\n\n" + "\n".join(lines))
            self._pending_breaks = 2
            return
        # "Duty/Responsibility | % of Time" over "Staff the Information Desk ... | 40": each
        # row is a duty; its share (which the worksheet asks the user for) is dropped (B34)
        if (not self._columns and len(cells) == 2
                and (share := next((i for i, c in enumerate(lowered) if _SHARE_HEADER.search(c)),
                                   None)) is not None):
            self._share_col = share
            self._break(1)
            return
        if (self._share_col is not None and len(cells) == 2
                and re.fullmatch(r"\d{1,3}\s?%?", cells[self._share_col].strip())):
            self._break(1)
            self._flush_breaks()
            self.parts.append(BULLET + " ".join(cells[1 - self._share_col].split()))
            self._pending_breaks = 1
            return
        # no label column when the header starts with a mark ("Essential | Desirable", B30)
        first = 0 if self._columns[:1] in (["essential"], ["desirable"]) else 1
        rich_cells = rich if rich and len(rich) == len(cells) else cells
        marks = [(name, cell, rich_cell) for name, cell, rich_cell
                 in zip(self._columns[first:], cells[first:], rich_cells[first:], strict=False)
                 if _cell_items(cell) and name in ("essential", "desirable")]
        self._break(1)
        self._flush_breaks()
        criteria: list[tuple[str, str]] = []
        for mark, cell, rich_cell in marks:
            if _is_tick(cell):  # a tick in the column marks the row's first cell
                criteria += [(mark, text) for text in _cell_items(cells[0])[:1]]
            else:  # the cell holds the criteria themselves ("Qualifications" | ... | ...)
                # (B89: one paragraph a criterion, "<p><span class='code'>A1</span>
                # Scottish Credit ...</p><p>A2 Working knowledge of ...</p>", each numbered
                # by a code the reader drops)
                items = (_cell_lines(rich_cell) if _CELL_BLOCK in rich_cell
                         else _cell_items(cell))
                criteria += [(mark, _CELL_CODE.sub("", text)) for text in items]
        if self._columns and criteria:
            for mark, text in criteria:
                if mark != self._last_mark:
                    self.parts.append(f"{mark.capitalize()} criteria:\n")
                    self._last_mark = mark
                self.parts.append(BULLET + text + "\n")
            self.parts[-1] = self.parts[-1].rstrip("\n")
        elif not self._columns and (text := self._bullet_row(cells)):
            self.parts.append(BULLET + text)  # "•" | "Check guests in and out" (B28)
        elif not self._columns and (text := self._time_row(cells)):
            # "7:00am – 10:00am" | "Fit customers with skis ...": a day told hour by hour,
            # the task in the second cell (B73)
            self.parts.append(BULLET + text)
        elif not self._columns and (self._layout_row(rich or [])
                                    or self._label_blocks_row(rich or [])):
            for cell in rich or []:
                self._write_blocks(cell)
            self._break(2)
            return
        elif not self._columns and (lines := self._list_row(cells, rich or [])):
            self.parts.append("\n".join(lines))
        elif not self._columns and (lines := self._area_row(cells)):
            self.parts.append("\n".join(lines))
        elif not self._columns and (lines := self._label_row(cells, rich or [])):
            self.parts.append("\n" + "\n".join(lines))
            self._pending_breaks = 2
            return
        else:
            row = " | ".join(" ".join(_cell_items(c)) for c in cells if c)
            if (not self._columns and self._head_row is None and len(cells) == 2
                    and len(self._row_heads) == 2 and all(self._row_heads)):
                self._head_row = (len(self.parts), row)
            self.parts.append(row)
        self._pending_breaks = 1

    @staticmethod
    def _bullet_row(cells: list[str]) -> str:
        """A list laid out as a table, a bullet glyph in one cell and the item in the
        next, as HTML e-mails do: the item's text, or ""."""
        filled = [cell for cell in cells if cell]
        if len(filled) == 2 and _BULLET_CELL.match(filled[0]) and _meaningful(filled[1]):
            return filled[1]
        return ""

    @staticmethod
    def _time_row(cells: list[str]) -> str:
        """A row of a day's timetable, a time or a span of hours in one cell and what
        happens then in the next: that text, or ""."""
        filled = [" ".join(cell.split()) for cell in cells if cell.strip()]
        if len(filled) == 2 and _TIME_CELL.fullmatch(filled[0]) and _meaningful(filled[1]):
            return filled[1]
        return ""

    @staticmethod
    def _layout_row(rich: list[str]) -> bool:
        """A row one of whose cells holds a page of its own (several paragraphs or a list
        among paragraphs, 25 words or more): the table lays out the page (B28)."""
        for cell in rich:
            parts = [p for p in re.split(f"[{_CELL_ITEM}{_CELL_BLOCK}]", cell) if p.strip()]
            if len(parts) >= 3 and len(cell.split()) >= 25 and _CELL_BLOCK in cell:
                return True
        return False

    @staticmethod
    def _label_blocks_row(rich: list[str]) -> bool:
        """A short label and a cell of two or more paragraphs, one task each ("Reporting" |
        "<p>Produce a weekly covers forecast ...</p><p>Track no-shows ...</p>", B115): the
        label over its lines, as a page without the table would show them."""
        if len(rich) != 2 or _CELL_BLOCK in rich[0] or _CELL_ITEM in rich[0]:
            return False
        label = " ".join(rich[0].split())
        blocks = [p for p in rich[1].split(_CELL_BLOCK) if p.strip()]
        # (each paragraph a task of some words: not "Hours" | "Part time" / "20 hours a week",
        # a fact told in two lines)
        return (0 < len(label.split()) <= 4 and not label.endswith((".", "!", "?"))
                and len(blocks) >= 2 and _CELL_BULLET not in rich[1]
                and all(len(block.split()) >= 4 for block in blocks))

    def _list_row(self, cells: list[str], rich: list[str]) -> list[str]:
        """A two-column table under a header row of its own ("Key result area" | "What this
        involves"), whose second cell lists several lines, one per <br>: each line is an
        item, and the first cell ("Customer service") is the title of their group, a line
        of its own. The header row, written before, goes (B27). Returns the lines to
        write, or []."""
        if (self._head_row is None or len(cells) != 2 or not all(cells)
                or _CELL_ITEM in cells[0] or len(cells[0].split()) > 6
                or cells[0].endswith((".", ":"))):
            return []
        parts = [" ".join(part.split()) for part in cells[1].split(_CELL_ITEM)]
        parts = [part for part in parts if part]
        if len(parts) < 2 or any(_CELL_BLOCK in part for part in rich[1:]):
            return []
        at, head = self._head_row
        if 0 <= at < len(self.parts) and self.parts[at] == head:
            del self.parts[at]  # "Key result area | What this involves"
            self._head_row = (-1, "")
        return [cells[0], *(BULLET + part for part in parts)]

    def _area_row(self, cells: list[str]) -> list[str]:
        """A table under a header "Area | What you'll do" whose first cell spans several
        rows ("Sales & planning" over three duties): the label is the title of its group, a
        line of its own, and each row's last cell an item; the header row goes (B41).
        Returns the lines to write, or []."""
        filled = [" ".join(cell.split()) for cell in cells if cell.strip()]
        if not self._area_table:
            if self._head_row is None or self._head_row[0] < 0 or len(filled) != 2:
                return []
            at, head = self._head_row
            heads = head.split(" | ")
            if len(heads) != 2 or heads[0].strip().lower() not in _AREA_HEADS:
                return []
            if 0 <= at < len(self.parts) and self.parts[at] == head:
                del self.parts[at]
            self._head_row, self._area_table = (-1, ""), True
        if (len(filled) == 2 and len(filled[0].split()) <= 6
                and not filled[0].endswith((".", ":", "!", "?"))):
            return [filled[0], BULLET + filled[1]]
        if len(filled) == 1:
            return [BULLET + filled[0]]
        return []

    def _label_row(self, cells: list[str], rich: list[str]) -> list[str]:
        """A job specification laid out as a table of label | content rows ("Principal
        Duties and Responsibilities" | a lead-in and a list): the label becomes a heading
        line over the content's own paragraphs and bullets, as on a page without the
        table. Once a row's content holds a list, the table's later rows are read so too
        ("Remuneration" | its sentence), so that they close the list's section (B24).
        Returns the lines to write, or [] for a row to be written as before."""
        filled = [i for i, cell in enumerate(cells) if cell]
        if len(filled) != 2 or len(rich) != len(cells):
            return []
        label, content = (rich[i] for i in filled)
        # "Eligibility Criteria<br>Qualifications and/or experience": a heading a line
        heads = [" ".join(part.split())
                 for part in re.split(f"[{_CELL_ITEM}{_CELL_BLOCK}]", label)]
        heads = [head for head in heads if head]
        if (not heads or _CELL_BULLET in label
                or len(" ".join(heads).split()) > 10 or heads[-1].endswith((".", "!", "?"))):
            return []
        # "Duties" | one duty a line, split by <br> (a government posting's table, B29)
        br_lines = [p for p in content.split(_CELL_ITEM) if p.strip()]
        br_list = (_CELL_BULLET not in content and _CELL_BLOCK not in content
                   and len(br_lines) >= 2 and len(heads) == 1
                   and _heading_kind(_heading_key(heads[0])) in (DUTIES, REQUIREMENTS, DESIRABLE))
        if _CELL_BULLET not in content and not self._label_table and not br_list:
            return []
        self._label_table = True
        lines = [head if head.endswith(":") else head + ":" for head in heads]
        return lines + _cell_lines(content, bullets=br_list)

    def _break(self, newlines: int) -> None:
        # Adjacent closing and opening tags ask for breaks twice; keep the larger.
        self._pending_breaks = max(self._pending_breaks, newlines)

    def _flush_breaks(self) -> None:
        if self.parts:
            self.parts.append("\n" * self._pending_breaks)
        self._pending_breaks = 0

    def _next_marker(self) -> str:
        if not self._lists or self._lists[-1] is None:
            return BULLET
        number = self._lists[-1]
        self._lists[-1] = number + 1
        return f"{number}. "


# "Hudson, NY 12534", "Austin, TX": a US town, its state and perhaps its ZIP code
_US_PLACE = re.compile(r"[A-Z][A-Za-z .'-]{1,40}, [A-Z]{2}(?: \d{5}(?:-\d{4})?)?")
_ORDINAL_MARK = re.compile(r"\d{1,3}\. ")


def looks_like_html(raw: str) -> bool:
    """True when the paste contains HTML tags that shape the text (not just a '<')."""
    return _HTML_HINT.search(raw) is not None


_TAG_LIST = re.compile(r"\b(?:tags?|chips?|pills?|skill-?tags?|keywords?)\b", re.IGNORECASE)
_TAB_BUTTON = re.compile(r"<button\b[^>]*\bid=[\"']([^\"']+)[\"'][^>]*>(.*?)</button>",
                         re.IGNORECASE | re.DOTALL)


_SUBHEAD_CLASS = re.compile(r"(?:^|[\s_-])(?:sub-?head(?:ing|er)?|heading|group-?title"
                            # (B92: "<li class='group'>Building operations</li>")
                            r"|list-?title|label|group)(?:$|[\s_-])", re.IGNORECASE)
_TOGGLE_BUTTON = re.compile(
    r"<button\b[^>]*\baria-controls=[\"']([^\"']+)[\"'][^>]*>(.*?)</button>",
    re.IGNORECASE | re.DOTALL)


# A list whose every item is only a link: a site's menu ("Bins and recycling", "Planning",
# "Report it"), breadcrumbs, share buttons or "Similar jobs", never the employer's own list
# (B20)
_LINK_LIST = re.compile(
    r"<(ul|ol)\b[^>]*>(?:\s*<li\b[^>]*>\s*<a\b[^>]*>[^<]*</a>\s*</li>){2,}\s*</\1\s*>",
    re.IGNORECASE)


def _html_to_text(raw: str) -> str:
    raw = _LINK_LIST.sub("", raw)
    parser = _TextExtractor()
    # a tabbed page: each panel is titled only by its tab's button ("About you", "Perks"),
    # which the panel names with aria-labelledby (B11)
    parser.tab_titles = {key: " ".join(re.sub(r"<[^>]+>", " ", label).split())
                         for key, label in _TAB_BUTTON.findall(raw)}
    # an accordion: "<button aria-controls="acc-benefits">Benefits of working for us" opens
    # the panel whose id it names (B33)
    parser.panel_titles = {key: " ".join(re.sub(r"<[^>]+>", " ", label).split())
                           for key, label in _TOGGLE_BUTTON.findall(raw)}
    parser.feed(raw)
    parser.close()
    return "".join(parser.parts)


_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"))
_SPACES = dict.fromkeys(map(ord, "\u00a0\u2007\u202f\t\u3000"), " ")
_LINE_BREAKS = re.compile(r"\r\n|\r|\u2028|\u2029|\x0c|\x0b")
# Typographic bullets may touch their text; ASCII ones ("-", "*", "+", "o") need a
# space after them, as in Markdown, so "**Bold heading**" is not read as a bullet.
# Word documents copied as text bring private-use bullets ("\uf0b7", "\uf0a7"), and some
# boards use ">" or "§" (which need a space after them, like "-").
# The typographic glyphs a job board types before a list item (a tick: "&#10003;", B37);
# _BULLET_SYMBOL adds dots and dashes, "»" (B46: "&raquo; Optical experience<br>") and the
# private-use bullets of Word.
_GLYPHS = "•●◦▪▫■□‣►▶➢➤→▸◆◇♦❖✓✔"
_BULLET_SYMBOL = re.compile(
    rf"^(?:[{_GLYPHS}⁃∙·–—»›\uf0b7\uf0a7\uf076\uf0d8\uf0fc]\ufe0f?(?:\s*|$)"
    r"|[-*+o>§](?:\s+|$)"
    # an arrow typed in ASCII: "-> Serving builders ..." (B61)
    r"|(?:-{1,2}>|=>)(?:\s+|$))")


# (B45: "<span class="sq">&#9642;</span>Assemble ...": the glyph in a span of its own,
# no space before the text)
# (B81: "<li><span class="dash">&ndash;</span>At least 2 years ...": a dash typed so)
_TYPED_GLYPH = re.compile(rf"^(?:[{_GLYPHS}]\ufe0f?|[–—])(?:\s+|(?=[A-Z]))")
_LETTER_IN_ITEM = re.compile(r"^\((?:[a-z]|i{1,3}|iv|vi{0,3}|ix|x)\)\s+")
_RULE_LINE = re.compile(r"[-=_*~#.·─━═┌┐└┘├┤┬┴┼╔╗╚╝╠╣╦╩╬│|+]{3,}")
# Box-drawing tables from a Word or PDF export (B11): their bars are column separators.
_BOX_BARS = str.maketrans({"│": "|", "┃": "|", "║": "|"})
# Page furniture from a PDF: "Page 2 of 3", "2 of 3", "- 2 -".
_PAGE_LINE = re.compile(
    r"(?:page \d+(?:\s*(?:of|/)\s*\d+)?|\d+\s*(?:of|/)\s*\d+|[-–]\s*\d+\s*[-–])", re.IGNORECASE)


# "University of Northcastle - Further particulars - CC-25-0391 Page 2 of 2" (B8); the
# page number first, "Page 2 of 2<tab>Three Rivers Learning Trust - JD Template v4" (B27)
_FOOTER_LINE = re.compile(r"^.{0,100}\S\s+page \d+ of \d+$|^page \d+ of \d+\s+\S.{0,100}$",
                          re.IGNORECASE)
# "BRAMLEY MUSEUMS TRUST - Recruitment Pack          page 2": a page number with no total,
# set apart from the running header's text by a run of spaces or a tab (B27)
_SPACED_PAGE_FOOTER = re.compile(r"^.{0,100}\S(?: {2,}|\t)\s*page \d+$", re.IGNORECASE)
# The protective marking of a UK public body's documents, printed at the top and the
# bottom of every page ("OFFICIAL", "OFFICIAL - SENSITIVE"), alone on its line or set to
# the right of a heading after a run of spaces (B27)
_PROTECTIVE_MARKING = (r"(?:OFFICIAL(?:\s*[-–—]?\s*SENSITIVE)?|NOT PROTECTIVELY MARKED"
                       r"|UNCLASSIFIED)")
_MARKING_LINE = re.compile(rf"^\s*{_PROTECTIVE_MARKING}\s*$")
_MARKING_AFTER = re.compile(rf"(?<=\S)(?: {{2,}}|\t)\s*{_PROTECTIVE_MARKING}\s*$")


def _is_page_footer(line: str) -> bool:
    text = re.sub(r"\s+", " ", line).strip()
    return bool(text) and bool(_FOOTER_LINE.match(text) or _PAGE_LINE.fullmatch(text)
                               or _SPACED_PAGE_FOOTER.match(line.strip()))


# (B36: "▪" and the other glyphs start items after a page break too)
_LIST_START = re.compile(r"^\s*(?:\d{1,2}[.)]|[•*·▪▫●◦■□‣►▶➢➤–-])\s")


def _is_running_footer(line: str, seen: Counter[str]) -> bool:
    """A line printed on every page above its number: repeated, long, not a list item."""
    text = re.sub(r"\s+", " ", line).strip()
    return len(text) >= 20 and seen[text] >= 2 and not _LIST_START.match(line)


def _drop_page_breaks(lines: list[str]) -> list[str]:
    """A PDF copy's page break: the footer ("... Page 1 of 3"), then the next page's
    running header (lines that repeat across the ad), is dropped; when a list item or a
    sentence runs on over the break ("liaising with the British Library and" / "partner
    libraries to obtain items"), the blank lines around the break go too, so the wrapped
    line is joined as usual (B10)."""
    seen = Counter(re.sub(r"\s+", " ", line).strip() for line in lines)
    out: list[str] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        if not _is_page_footer(line):
            out.append(line)
            index += 1
            continue
        blanks = 0
        while out and not out[-1].strip():
            out.pop()
            blanks += 1
        while out and _is_running_footer(out[-1], seen):
            # the running footer above the page number ("Trust name   JD - title, Band 2"
            # / "Page 2 of 3", B18), and the blank lines above it
            out.pop()
            while out and not out[-1].strip():
                out.pop()
                blanks += 1
        index += 1
        # a dashed rule under the footer goes with it ("... Page 1 of 2" / "-----", B23)
        while index < len(lines) and (not lines[index].strip() or (
                seen[re.sub(r"\s+", " ", lines[index]).strip()] >= 2
                and not _is_page_footer(lines[index]))
                or _RULE_LINE.fullmatch(lines[index].replace(" ", ""))):
            index += 1
        following = lines[index].strip() if index < len(lines) else ""
        open_end = bool(out) and not out[-1].rstrip().endswith((".", ":", ";", "!", "?"))
        if (open_end and following and lines[index][:1] in (" ", "\t")
                and (_LIST_START.match(out[-1]) or out[-1][:1] in (" ", "\t"))
                # (not when the line after the break starts an item of its own, B36)
                and not _RAW_LIST_ITEM.match(lines[index])):
            # a numbered item whose wrapped lines are indented goes on over the break:
            # "8.  ... reporting others to IT" / (footer, header) / "    Services." (B15)
            out[-1] = f"{out[-1].rstrip()} {following}"
            index += 1
            continue
        runs_on = open_end and following[:1].islower()
        if not runs_on and (blanks or out):
            out.append("")
    return out


# How each criterion is assessed, as a code at the end of its line: "(A)", "(A/I)", "(I/T)"
# after a legend "Application form (A), Interview (I), Test (T)" (B10). Dropped when at
# least three lines of the ad end so, never on a line of its own.
# (B46: "(A, I)", "(I, T)", with commas)
_ASSESS_CODE = re.compile(r"(?<=\S)\s+\((?:[AIPRST])(?:\s*[/,]\s*[AIPRST]){0,3}\)\.?\s*$")


# (B114: a flag is two code points, "🇨🇦 Help patients understand ...", and a skin tone or a
# joined emoji follows its first)
_EMOJI_LEAD = re.compile(
    r"^\s*([\u2190-\u21ff\u2600-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff]"
    r"[\U0001f1e6-\U0001f1ff\U0001f3fb-\U0001f3ff]?"
    r"(?:[\ufe0f\u20e3]|\u200d[\u2600-\u27bf\U0001f000-\U0001faff])*\u200d?)"
    r"\s+(?=\S)")


_FORM_LABEL = re.compile(r"^(?P<label>[A-Z][A-Z /&()'-]{1,30}?)\s*:\s+(?P<text>\S)")


def _join_form_columns(lines: list[str]) -> list[str]:
    """A government form laid out in two columns, "REQUIREMENTS        :  Grade 12 ..."
    with its text wrapped onto lines indented to the text's column (South Africa's
    public service, B11): each field becomes one line."""
    out: list[str] = []
    column: int | None = None
    for line in lines:
        match = _FORM_LABEL.match(line)
        if match and match.start("text") >= 12:
            column = match.start("text")
            out.append(line)
            continue
        indent = len(line) - len(line.lstrip(" "))
        if column is not None and line.strip() and abs(indent - column) <= 2 and out:
            out[-1] = out[-1].rstrip() + " " + line.strip()
            continue
        column = None
        out.append(line)
    return out


def _repeated_leads(lines: list[str], pattern: re.Pattern[str],
                    keep: Callable[[str], bool] = lambda line: True) -> list[str]:
    """A mark (`pattern`'s group 1 at the start of a line, where `keep` allows it) that
    starts two or more lines in a row is a list bullet: the match gives way to one."""
    leads = [(m.group(1) if (m := pattern.match(line)) and keep(line) else None)
             for line in lines]

    def neighbour(i: int, step: int) -> str | None:
        # the next line with a mark, past the lower-case wrap of an item ("✅ ... or
        # Therapeutic Recreation" / "diploma (or currently enrolled)", B44)
        j = i + step
        while 0 <= j < len(lines) and leads[j] is None and lines[j][:1].islower():
            j += step
        return leads[j] if 0 <= j < len(lines) else None

    out = []
    for i, line in enumerate(lines):
        lead = leads[i]
        if lead and (neighbour(i, -1) == lead or neighbour(i, 1) == lead):
            line = BULLET + pattern.sub("", line, count=1)
        out.append(line)
    return out


# The nine behaviours of the UK Civil Service's Success Profiles
_SUCCESS_PROFILE_BEHAVIOUR = re.compile(
    r"seeing the big picture|changing and improving|making effective decisions|leadership"
    r"|communicating and influencing|working together|developing self and others"
    r"|managing a quality service|delivering at pace")


# The emoji a social post puts before its facts, each its own: pay, hours, place, dates
# ("💰 $58,000–$63,000 + benefits" / "🕘 35 hrs/week" / "📍 Mississauga, in person", B102)
_FACT_EMOJI = re.compile(
    r"^\s*(?:[💰💵-💸💲🕐-🕧⏰⏱⏲"
    r"⏳⌚⌛📍📌📅📆🗓🏠🏢"
    r"💼📝🚗🚌🚇])[\ufe0f\u200d]*\s+(?=\S)")


def _emoji_bullets(lines: list[str]) -> list[str]:
    """"👉 Serving customers", "✅ Experience of...": an emoji that starts two or more
    lines in a row is a list bullet (B11); one emoji before a heading is decoration. A
    social post may give each item of a list its own emoji ("🗺️ Helping visitors plan
    ...", "🎟️ Booking tours ...", B40): three or more lines in a row that each start with
    an emoji are a list too."""
    out: list[str] = []
    # the emoji that lead three or more lines of the ad
    leads = Counter(m.group(1) for line in lines if (m := _EMOJI_LEAD.match(line)))
    listed = {emoji for emoji, count in leads.items() if count >= 3}
    for led, run in groupby(_repeated_leads(lines, _EMOJI_LEAD),
                            key=lambda line: bool(_EMOJI_LEAD.match(line))):
        run = list(run)
        # (B117: "💰 $50K base ..." / "📍 Downtown Nashville ..." / "🏥 Medical, dental ...":
        # job facts, most of them under an emoji of pay, place or hours, are no list)
        if led and len(run) >= 3 and sum(
                1 for line in run if _FACT_EMOJI.match(line)) * 2 <= len(run):
            run = [BULLET + _EMOJI_LEAD.sub("", line, count=1) for line in run]
        out += run
    # ... and the same emoji before a lone item under a heading of its own ("Nice to have 👀"
    # / "➡️ Experience in telecoms or mobile retail", B67) leads an item too
    return [BULLET + _EMOJI_LEAD.sub("", line, count=1)
            if (m := _EMOJI_LEAD.match(line)) and m.group(1) in listed else line
            for line in out]


# "-Clean and service assigned guest rooms", "*High school diploma": a job board's ASCII
# bullet typed without its space (B23)
_GLUED_BULLET = re.compile(r"^\s*([-*])(?=[A-Z][a-z])")


def _glued_bullets(lines: list[str]) -> list[str]:
    """"-Clean ...", "*Ability to ...": a "-" or "*" touching a capitalised word that starts
    two or more lines in a row is a list bullet (B23); one such line ("-Free parking") or
    a starred word with its closing star ("*Note*") is left as written."""
    return _repeated_leads(lines, _GLUED_BULLET, lambda line: line.count("*") <= 1)


# A bullet from a symbol font (Wingdings, Symbol) that a PDF copy gives as the letter in
# the same place of a text font: "Ø " (Wingdings' arrow), "Ÿ " and "§ " (its bullets),
# "ü " (its tick), "ð " / "è " / "Þ " (arrows)
_SYMBOL_FONT_LEAD = re.compile(r"^\s*([ØŸüðèÞ])[ \t]+(?=[A-Z(\d\"'‘“])")


def _symbol_font_bullets(lines: list[str]) -> list[str]:
    """"Ø Welcome visitors at the admissions desk, ...": a symbol-font letter before a
    capital, starting two or more lines of the ad (the items of a PDF's list, whose wrapped
    lines come between them), is a list bullet (B27)."""
    leads = Counter(m.group(1) for line in lines if (m := _SYMBOL_FONT_LEAD.match(line)))
    return [BULLET + _SYMBOL_FONT_LEAD.sub("", line, count=1)
            if (m := _SYMBOL_FONT_LEAD.match(line)) and leads[m.group(1)] >= 2 else line
            for line in lines]


# A word broken at the end of a PDF's line: "... written confirmation of their appoint-" /
# "  ment.", "... private patients in ac-" / "  cordance with the Trust's ..."
_BROKEN_WORD = re.compile(r"(?<![\w-])(?P<head>[A-Za-z]*[a-z])-$")
_WORD_START = re.compile(r"^(?P<lead>\s*)(?P<tail>[a-z]+)(?P<rest>\S*)\s*")


def _rejoin_broken_words(lines: list[str]) -> list[str]:
    """A word hyphenated at a line break is put back together on the first line ("appoint-"
    / "ment." -> "appointment."); a compound broken at its own hyphen keeps it ("follow-" /
    "up" -> "follow-up"): the part after the break is then a word the ad uses on its own
    elsewhere, or the ad writes the compound elsewhere (B27)."""
    words = Counter(re.findall(r"[a-z]+(?:-[a-z]+)*", "\n".join(lines).lower()))
    out = list(lines)
    emptied: set[int] = set()
    for i in range(len(out) - 1):
        head = _BROKEN_WORD.search(out[i].rstrip())
        tail = _WORD_START.match(out[i + 1])
        if not head or not tail:
            continue
        part, rest = tail.group("tail"), out[i + 1][tail.end():]
        compound = words[part] >= 2 or words[f"{head.group('head')}-{part}".lower()]
        out[i] = out[i].rstrip()[: None if compound else -1] + part + tail.group("rest")
        if rest.strip():
            out[i + 1] = tail.group("lead") + rest
        else:
            emptied.add(i + 1)  # the whole line was the word's end
    return [line for i, line in enumerate(out) if i not in emptied]


# B65: the same codes without brackets, "... customer service role A/I", under a key that
# spells them out ("A = application form, I = interview, T = test")
_BARE_ASSESS_CODE = re.compile(r"(?<=[a-z.)]) [AIPRST](?:/[AIPRST]){0,3}$")
_ASSESS_KEY = re.compile(r"\b[AIT]\s*(?:=|:|-|–)\s*(?:application|interview|test)\b", re.I)


def _drop_assessment_codes(lines: list[str]) -> list[str]:
    if sum(1 for line in lines if _ASSESS_CODE.search(line)) >= 3:
        return [_ASSESS_CODE.sub("", line) for line in lines]
    if (any(_ASSESS_KEY.search(line) for line in lines)
            and sum(1 for line in lines if _BARE_ASSESS_CODE.search(line)) >= 3):
        return [_BARE_ASSESS_CODE.sub("", line) for line in lines]
    return lines


# (any typographic bullet, as in _BULLET_SYMBOL: "\uf0b7 Record outcomes ... including Did" /
# "  Not Attend (DNA) episodes." from a PDF, B27)
_RAW_LIST_ITEM = re.compile(
    r"^\s*(?:[-*•●▪▫◦·o■□‣⁃∙►▶➢➤✓✔→–—▸◆◇♦❖\uf0b7\uf0a7\uf076\uf0d8\uf0fc]\s"
    r"|\d{1,2}[.)]\s|\d{1,2}\.\d{1,2}\.?\s|\(?[a-z]\)\s)")


def _hangs_under(line: str, item: str) -> bool:
    """The line starts exactly under the item's text, past its number or bullet: "  1. Staffs
    access control points ... to the Air" / "     Operations Area (AOA) and Security
    Identification Display Area" is one item however long the wrapped line (B31)."""
    marker = _RAW_LIST_ITEM.match(item)
    if marker is None:
        return False
    body = marker.end() + len(item[marker.end():]) - len(item[marker.end():].lstrip())
    indent = len(line) - len(line.lstrip())
    # (a wide symbol bullet takes two columns on screen: "➢ 2+ years' ..., including at
    # least" / "   6 months at supervisor ... level", B103)
    wide = not item.lstrip()[:1].isascii()
    return indent == body or (wide and indent == body + 1)


def _numbered_title(line: str) -> bool:
    marker = re.match(r"^\s*\d{1,2}\.\s+", line)
    return marker is not None and _is_numbered_label(line.strip(), line[marker.end():]) and len(
        line[marker.end():].split()) <= 3


def _join_indented_wraps(lines: list[str]) -> list[str]:
    """A hard-wrapped list item whose next line is indented under its text ("- General
    admin support to the Managing Director and the Contracts" / "  Manager"): one item,
    even when the wrapped line starts with a capital (B10). Lower-case wraps are joined
    later whatever their indent."""
    out: list[str] = []
    hanging = False  # out[-1] is a list item, or a lower-case line hanging under one
    item = ""  # the last list item (its start is all that is read)
    for line in lines:
        # "1. Currently enrolled at ... in at least" / "   6 units." goes on as well (B22)
        if (out and line[:2].isspace() and line.strip()
                # ... and "1.2 Postgraduate qualification ..., or currently" / "    studying
                # towards one (D)", whose mark would keep it apart later (B29)
                and (line.strip()[0].isupper() or line.strip()[0].isdigit()
                     or (line.strip()[0].islower() and _TRAILING_MARK.search(line)))
                and not _RAW_LIST_ITEM.match(line)
                # (or under a lower-case line hanging under it: "5) Answer general questions
                # about the" / "   immunization programs and refer ... to the Public Health" /
                # "   Nurse", B70)
                and (_RAW_LIST_ITEM.match(out[-1]) or (hanging and out[-1][:2].isspace()))
                and not out[-1].rstrip().endswith((".", ":", ";", "!", "?"))
                # (or under a lower-case line hanging under it: "(a) have obtained ... in"
                # / "five subjects ... in the Leaving" / "Certificate Examination, ...", B92)
                and (len(line.strip().split()) <= 6 or _hangs_under(line, out[-1])
                     or (hanging and not _RAW_LIST_ITEM.match(out[-1])
                         and _hangs_under(line, item)))
                # ("1. Character" / "   Candidates shall be of good character.": a numbered
                # title over a sentence of its own, an Irish council's qualifications, B67)
                and not (_numbered_title(out[-1]) and len(line.split()) >= 5)
                # ("  - Hand-finish silks ..." / "  Assembly & dispatch": a label at the
                # bullet's own indent starts the next group, B54)
                and len(line) - len(line.lstrip()) > len(item) - len(item.lstrip())
                and _heading_kind(_heading_key(line)) is None):  # "  Desirable" heads a list
            out[-1] = out[-1].rstrip() + " " + line.strip()
        else:
            if _RAW_LIST_ITEM.match(line):
                item, hanging = line, True
            else:
                hanging = (hanging and line[:2].isspace() and line.strip()[:1].islower()
                           and _hangs_under(line, item))
            out.append(line)
    return out


# Markdown inside a line: "[Koha](https://...)" is its link text, "*rhyme time*" its words
_MD_LINK = re.compile(r"\[([^\]\n]+)\]\((?:https?://|www\.|mailto:)[^)\s]*\)")
_MD_STAR = re.compile(r"(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])")


_SHARE_SUBHEAD = re.compile(
    r"^[A-Z][\w,&/' -]{2,40}? \((?:approx(?:imately|\.)? |about |around |c\. )?\d{1,3} ?%\)$")


def _clean_line(line: str) -> str:
    if _MARKING_LINE.match(line):
        return ""  # "OFFICIAL" at the top of a page (B27)
    line = _MARKING_AFTER.sub("", line)  # "PERSON SPECIFICATION          OFFICIAL"
    line = re.sub(r" {2,}", " ", line.translate(_SPACES).translate(_INVISIBLE)).strip()
    line = _MD_STAR.sub(r"\1", _MD_LINK.sub(r"\1", line))
    if (_RULE_LINE.fullmatch(line.replace(" ", "")) or _PAGE_LINE.fullmatch(line)
            or _FOOTER_LINE.search(line)):
        return ""  # "-----" or "***" under a heading is decoration, not a bullet
    if _FORM_LEGEND.match(line):
        return ""  # "* Required" over an application form: not a bullet, nor a heading (B20)
    # A leading hyphen glued to a number ("-5 degrees") is not a bullet; everything
    # else that starts with a bullet symbol gets one canonical marker.
    if _BULLET_SYMBOL.match(line):
        body = _BULLET_SYMBOL.sub("", line, count=1)
        # "<li>&#9658; Run drop-in sessions ...": a glyph typed inside a list item is the
        # same bullet again (B34)
        body = _TYPED_GLYPH.sub("", body, count=1)
        # "<li>(a) hold a Level 7 degree ...": the list's own letters inside its items (B82)
        body = _LETTER_IN_ITEM.sub("", body, count=1)
        if _SHARE_SUBHEAD.match(body):
            # "• Shipping and stores (approximately 20%)": a part of the job and its share,
            # heading the duties under it like its siblings written with a colon (B45)
            return body + ":"
        return BULLET + body if body else BULLET.strip()
    if code := _SELECTION_CODE.match(line):
        return BULLET + line[code.end():]  # "KSC1. Demonstrated experience in ..." (B14)
    if _SHARE_SUBHEAD.match(line):
        return line + ":"  # ... or styled as the list's group title (B45's, with B92's rule)
    return line


# The key to an application form's starred fields: "* Required", "* indicates a required field"
_FORM_LEGEND = re.compile(
    r"^\*\s*(?:=\s*)?(?:required(?: fields?| questions?)?|(?:indicates|denotes) (?:an? )?required"
    r"\b.{0,30})$", re.IGNORECASE)


# The code of a selection criterion before its text, in Australian ads: "KSC1. ", "SC3: "
# "SC1 Demonstrated ..." with no stop after the code (Victoria's school vacancies, B24);
# a bare "C1" without one may be a language level
# ... and desirable ones: "DSC1  Experience in an allied health ..." (B37)
_SELECTION_CODE = re.compile(
    r"^(?:(?:KSC|DSC|SC|KC|C)\d{1,2}[.:)]|(?:KSC|DSC|SC|KC)\d{1,2})\s+(?=[A-Z])")


# A person specification pasted from a table or a form marks each criterion at the end
# of its line: a tab or a run of spaces and "E" / "D", " - Essential", "(D)", sometimes
# followed by how it is assessed ("Essential<tab>Application/Interview"). The mark is
# rewritten as one canonical suffix, " (Essential)" or " (Desirable)", which the splitter
# reads (and strips) whatever section the line sits in.
_ASSESSED_BY = (r"(?:application(?: form)?|interview|test|tests|assessment|references?|"
                r"certificates?|presentation|cv|task|exercise|shortlisting|portfolio|"
                r"supporting statement|qualifications?|af|a|i|t|r|p)")
_ASSESS_LIST = rf"{_ASSESSED_BY}(?:\s*(?:/|,|&|and|or)\s*{_ASSESSED_BY})*"
_SEPARATOR = r"(?:\s*\t\s*|\s{2,}|\s+[-–—:|]\s*|\s*\|\s*)"
_TRAILING_MARK = re.compile(
    rf"^(?P<body>.*?[^\s\-–—|:(\[])"
    # (B35: "... dispatch experience | Required", "Bilingual (English/French) | Asset")
    rf"(?:{_SEPARATOR}(?P<word>essential|desirable|required|asset|preferred)"
    rf"|{_SEPARATOR}(?P<letter>E|D)"
    rf"|\s+[(\[](?P<inner>essential|desirable|required|preferred|E|D)[)\]])"
    # "E  –": a dash where a criterion has no assessment method (B33)
    rf"(?:{_SEPARATOR}(?:{_ASSESS_LIST}|[–—-])\.?)?\s*$", re.IGNORECASE)
MARKED_ESSENTIAL, MARKED_DESIRABLE = " (Essential)", " (Desirable)"
# The header row of such a table: "Criteria<tab>Essential/Desirable<tab>Assessed by".
_SPEC_HEADER_WORDS = frozenset(
    "criteria criterion essential desirable e d e/d assessed by method of assessment how "
    "identified evidenced measured requirements requirement attributes attribute area ref no"
    # (B69: "Criteria     E/D   A/I/T", the assessment codes named in the header)
    " a i t"
    .split())


# A PDF table whose columns ran together with single spaces: "... or equivalent Essential
# Application/ Certificates" (B9); the assessment column after the mark is required.
_RUN_TOGETHER_MARK = re.compile(
    rf"^(?P<body>.*\S) (?P<word>Essential|Desirable) {_ASSESS_LIST}\.?\s*$", re.IGNORECASE)
# ... or a long criterion that reached its mark's column: "... membership organisation D     A/I"
# (B56); the assessment column after the capital letter is required.
_RUN_TOGETHER_LETTER = re.compile(
    rf"^(?P<body>.*[a-z)]) (?P<letter>E|D)(?:\t|\s{{2,}})(?i:{_ASSESS_LIST})\.?\s*$")
_CRITERION_CODE = re.compile(r"^\s*(?P<code>[ED])\d{1,2}[.):]?\s+(?P<body>[A-Z]\S*(?: \S+){2,})$")
# Any other reference code before a criterion whose mark stands at the end of the line:
# "Q1    GCSE English ....  E     AF", "K3<tab>Ability to ... <tab>D" (B6).
_ROW_CODE = re.compile(r"^\s*[A-Z]{1,2}\d{1,2}[.):]?(?:\t|\s{2,})(?=[A-Z])")
# Dot leaders between a criterion and its mark: "English and Maths .......  E"
_DOT_LEADER = re.compile(r"\s*\.{4,}\s*")


# The mark before the criterion: "Q1    E     National 5 English ...     AF" (a Scottish
# council form), "Essential - Practical experience of handling objects" (B8).
_LEADING_MARK = re.compile(
    rf"^\s*(?:[A-Z]{{1,2}}\d{{1,2}}[.):]?(?:\t|\s{{2,}}))?"
    rf"(?:(?P<letter>E|D)(?:\t|\s{{2,}})|(?P<word>Essential|Desirable)\s*[-–—]\s+)"
    rf"(?P<body>[A-Z(\d].*?)(?:(?:\t|\s{{2,}}){_ASSESS_LIST}\.?)?\s*$", re.IGNORECASE)


# The wrapped second line of a criterion marked before its text ("  E   Keyboard skills ...
# at" / "      speed        A/T"): the assessment code at its end goes (B44)
_WRAP_ASSESSED = re.compile(r"^(?P<body>\s{2,}\S.*?\S)(?:\t|\s{2,})[AIT](?:\s*/\s*[AIT]){0,3}\s*$")


def _leading_mark_wraps(lines: list[str]) -> list[str]:
    out: list[str] = []
    for line in lines:
        wrap = _WRAP_ASSESSED.match(line)
        if (wrap and out and _LEADING_MARK.match(out[-1])
                and not _LEADING_MARK.match(line)):
            line = wrap.group("body")
        out.append(line)
    return out


def _canonical_mark(line: str) -> str:
    """'Good IT skills<tab>E' -> 'Good IT skills (Essential)'; 'D2 A doctorate' ->
    'A doctorate (Desirable)'; other lines unchanged."""
    if _DOT_LEADER.search(line):
        line = _DOT_LEADER.sub("  ", line)
    run = _RUN_TOGETHER_MARK.match(line)
    if run and not _TRAILING_MARK.match(line):
        return run.group("body").rstrip() + (
            MARKED_ESSENTIAL if run.group("word").lower() == "essential" else MARKED_DESIRABLE)
    run = _RUN_TOGETHER_LETTER.match(line)
    if run and not _TRAILING_MARK.match(line):
        return run.group("body").rstrip() + (
            MARKED_ESSENTIAL if run.group("letter") == "E" else MARKED_DESIRABLE)
    lead = _LEADING_MARK.match(line)
    if lead and (lead.group("word") or lead.group("letter").isupper()):
        mark = (lead.group("word") or lead.group("letter")).lower()
        return lead.group("body").rstrip() + (
            MARKED_ESSENTIAL if mark.startswith("e") else MARKED_DESIRABLE)
    code = _CRITERION_CODE.match(line)
    if _ROW_CODE.match(line) and _TRAILING_MARK.match(_ROW_CODE.sub("", line)):
        line, code = _ROW_CODE.sub("", line), None
    if code and not _TRAILING_MARK.match(line):
        suffix = MARKED_ESSENTIAL if code.group("code") == "E" else MARKED_DESIRABLE
        return code.group("body").rstrip() + suffix
    match = _TRAILING_MARK.match(line)
    if not match:
        return line
    mark = match.group("word") or match.group("letter") or match.group("inner") or ""
    if len(mark) == 1 and not mark.isupper():
        return line  # "vitamin d": a lone letter counts only as a capital
    suffix = (MARKED_ESSENTIAL if mark.lower().startswith(("e", "r")) else MARKED_DESIRABLE)
    return match.group("body").rstrip() + suffix


def _is_spec_header(line: str) -> bool:
    words = re.findall(r"[a-z/]+", line.lower())
    return (len(words) >= 2 and ("essential" in " ".join(words) or "e/d" in words)
            and all(w in _SPEC_HEADER_WORDS or all(p in _SPEC_HEADER_WORDS for p in
                                                   w.split("/") if p) for w in words))


_FACT_COLUMNS = re.compile(r"^[A-Z][A-Za-z ]{1,25}:\s")


def _split_fact_columns(lines: list[str]) -> list[str]:
    """'Post title:   Examinations Officer        Grade:   Scale 5' (job facts in two
    columns, from a PDF) -> one line per column."""
    out: list[str] = []
    for line in lines:
        parts = [part for part in re.split(r" {4,}", line.strip()) if part]
        if (_FACT_COLUMNS.match(line.strip()) and len(parts) > 1
                and sum(bool(_FACT_COLUMNS.match(part + " ")) for part in parts) > 1):
            out.extend(parts)  # "Post title:   X   Grade:   Y"; not "Post number:   X"
        else:
            out.append(line)
    return out


_ED_COLUMN = frozenset({"e/d", "essential/desirable", "essentialordesirable", "eord", "e/d?"})
_CRITERION_COLUMN = frozenset(
    "criterion criteria requirement requirements attribute attributes description".split())
_TICKS = frozenset("✓ ✔ ☑ ☒ ✗ ✘ x * • + y yes e d".split())
# "Criteria          Essential   Desirable" over rows with a tick under one of them (B6)
_SPACED_HEADER = re.compile(r"\S\s{2,}(?P<e>essential)\s{2,}(?P<d>desirable)\s*$"
                            r"|\S\s{2,}(?P<d2>desirable)\s{2,}(?P<e2>essential)\s*$",
                            re.IGNORECASE)
_SPACED_ROW = re.compile(r"^(?P<text>\S.*?\S)\s{2,}(?P<tick>\S+)\s*$")


# (B77: the label column named over its labels, "AREA      ESSENTIAL      DESIRABLE")
_SPACED_ED_HEADER = re.compile(r"^(?P<lead>\s*(?:(?:area|category|criteria|attribute|heading)"
                               r"\s{2,})?)(?P<e>essential)(?P<gap>\s{4,})(?P<d>desirable)\s*$",
                               re.IGNORECASE)


def _spaced_cells(line: str) -> list[tuple[int, str]]:
    return [(m.start(), m.group()) for m in re.finditer(r"\S+(?: \S+)*", line)]


def _spaced_columns(lines: list[str]) -> list[str]:
    """A person specification laid out with spaces (a Word table pasted as text): a header
    with only "Essential" and "Desirable" over their columns, then rows of an area label at
    the left and the criteria under each header (B11). Each criterion gets its mark; the
    area labels go."""
    out: list[str] = []
    at: tuple[int, int] | None = None
    blanks = 0
    short = False
    last: dict[bool, int] = {}  # per column (desirable?), where its last criterion went
    row_of: dict[bool, int] = {}  # ... and the line it came from
    bulleted = False  # the table's cells start with "- "
    rows_apart = False  # the table's rows stand apart by blank lines
    for index, line in enumerate(lines):
        head = _SPACED_ED_HEADER.match(line) if "\t" not in line and "|" not in line else None
        # (or no label column, the header ruled off under it: "   Essential     Desirable" /
        # "   ---------     ---------", B36)
        ruled = _ruled_under(lines, index)
        apart = False  # its rows stand apart by blank lines ("ESSENTIAL   DESIRABLE", B79)
        if head and (len(head.group("lead")) >= 4 or ruled
                     or _both_columns_below(lines, index, head.start("d"))
                     or (apart := _both_columns_below(lines, index, head.start("d"),
                                                      through_blanks=True))):
            at = (head.start("e"), head.start("d"))
            # a table with no label column ends at its first blank line, unless its rows
            # stand apart by blank lines; then at two
            short = len(head.group("lead")) < 4 and not apart
            rows_apart = apart
            out.append("Criteria:")
            blanks = 0
            last, bulleted = {}, False
            continue
        if at is None:
            out.append(line)
            continue
        if not line.strip():
            blanks += 1
            if blanks >= 2 or short:
                at = None
            out.append(line)
            continue
        blanks = 0
        if rows_apart and not line[:1].isspace() and line.isupper() and _heading_kind(
                _heading_key(line)) is not None:
            # "CONDITIONS OF EMPLOYMENT" at the margin after a table read to two blank
            # lines: the table is over (B80)
            at = None
            out.append(line)
            continue
        if _TABLE_RULE.fullmatch(line):
            continue  # the rule under the header
        cells = _spaced_cells(line)
        placed = [(col, text) for col, text in cells if col >= at[0] - 3]
        if not placed:
            # (a pack's numbered heading, "5. TERMS AND CONDITIONS", B77)
            kind = _heading_kind(_heading_key(re.sub(r"^\s*\d{1,2}\.\s+", "", line)))
            if kind not in (None, REQUIREMENTS, DESIRABLE) or (
                    kind and not line[:1].isspace() and _looks_marked_as_heading(line)
                    and _left_of_columns_below(lines, index, at[0])):
                # "WHAT WE OFFER": the table is over; so is it at "OPERATIONAL
                # REQUIREMENTS" over a list of its own, left of the columns (B75)
                at = None
                out.append(line)
            continue  # an area label on its own ("abilities")
        wrapped_row = False  # a cell of this line went on from the one above
        for col, text in placed:
            desirable = abs(col - at[1]) < abs(col - at[0])
            mark = MARKED_DESIRABLE if desirable else MARKED_ESSENTIAL
            bullet = _BULLET_SYMBOL.match(text)
            if bullet:
                bulleted, text = True, text[bullet.end():]
            before = out[last[desirable]].removesuffix(mark) if desirable in last else ""
            if desirable in last and ((short and text[:1].islower())
                                      or (bulleted and not bullet)
                                      # B66: a cell wrapped onto the line right under it,
                                      # told by how the line above stops ("At least one
                                      # year in an office" / "or reception role",
                                      # "Competent with Microsoft Word," / "Excel and
                                      # Outlook", "(Administration and" / "Technology)")
                                      or (not bulleted and row_of.get(desirable) == index - 1
                                          # (B93: in a table whose rows stand apart by blank
                                          # lines, any line right under a cell goes on with
                                          # it: "... dental assistant in New" / "Zealand or
                                          # overseas")
                                          and (rows_apart or text[:1].islower()
                                               or text[:1] == "("
                                               or before.endswith((",", "'s", "’s"))
                                               or before.rsplit(" ", 1)[-1].lower()
                                               in _DANGLING
                                               # B75: "Current Duty Manager's" /
                                               # "Certificate" beside "Licence
                                               # Controller" / "Qualification (LCQ)":
                                               # the row goes on in both columns
                                               or (wrapped_row and desirable
                                                   and not before.endswith(".")
                                                   and _is_title_label(before))))):
                # a cell wrapped onto the next row of its column: "Hire, trade or building
                # supplies" / "experience" (B57); in a table whose cells start with "- ",
                # any line without one goes on from the cell above ("- GCSE ... in English
                # and" / "Maths at grade 4/C or above", B59)
                where = last[desirable]
                out[where] = f"{out[where].removesuffix(mark)} {text}{mark}"
                row_of[desirable] = index
                wrapped_row = True
                continue
            out.append(text + mark)
            last[desirable] = len(out) - 1
            row_of[desirable] = index
    return out


def _left_of_columns_below(lines: list[str], index: int, left: int) -> bool:
    """The next line with text under `index` holds nothing as far right as the table's
    first column, which starts at `left`: a list of its own, not the table's rows."""
    for row in lines[index + 1:]:
        if row.strip():
            return all(col < left - 3 for col, _ in _spaced_cells(row))
    return False


def _both_columns_below(lines: list[str], index: int, right: int,
                        through_blanks: bool = False) -> bool:
    """At least two of the rows under a header (up to the first blank line) hold text both
    left of the right column, which starts at `right`, and in it: an "Essential   Desirable"
    header with no label column and no rule under it is then a table header (B57), and two
    headings side by side head two lists (B39). through_blanks: the rows may stand apart by
    single blank lines, up to two blank lines in a row (B79)."""
    both = 0
    blanks = 0
    for row in lines[index + 1:]:
        if not row.strip():
            blanks += 1
            if not through_blanks or blanks >= 2:
                break
            continue
        blanks = 0
        placed = _spaced_cells(row)
        both += (any(col < right - 3 for col, _ in placed)
                 and any(col >= right - 3 for col, _ in placed))
    return both >= 2


def _side_by_side_split(lines: list[str], index: int) -> int | None:
    """The column where a header of two headings side by side starts its right heading
    ("THE JOB            ABOUT YOU"), when two or more rows under it hold text in both
    columns; None otherwise."""
    line = lines[index]
    if "\t" in line or "|" in line or _SPACED_ED_HEADER.match(line):
        return None
    cells = _spaced_cells(line)
    if (len(cells) != 2 or cells[0][0] > 3 or cells[1][0] < 20
            or cells[1][0] - (cells[0][0] + len(cells[0][1])) < 4
            or any(_heading_kind(_heading_key(text)) is None for _, text in cells)):
        return None
    right = cells[1][0]
    return right if _both_columns_below(lines, index, right) else None


def _side_by_side_lists(lines: list[str]) -> list[str]:
    """Two lists laid side by side with spaces under a heading each ("THE JOB   ABOUT YOU",
    then "• Process fuel sales      • Retail experience", a job board's two-column block
    copied as text, B39): the right list is moved under the left one, each under its
    heading; a wrapped line continues its column's item."""
    out: list[str] = []
    index = 0
    while index < len(lines):
        right = _side_by_side_split(lines, index)
        if right is None:
            out.append(lines[index])
            index += 1
            continue
        columns: tuple[list[str], list[str]] = ([], [])
        for col, text in _spaced_cells(lines[index]):
            columns[col >= right - 3].append(text)
        index += 1
        end = next((i for i in range(index, len(lines)) if not lines[i].strip()), len(lines))
        # (B48: "Required      Assets" over rows with no bullets: each row is an item, and
        # only a line that starts in lower case continues the one above)
        bulleted = any(_LIST_START.match(text) for row in lines[index:end]
                       for _, text in _spaced_cells(row))
        while index < end:
            for col, text in _spaced_cells(lines[index]):
                column = columns[col >= right - 3]
                wrapped = not _LIST_START.match(text) if bulleted else text[:1].islower()
                if len(column) > 1 and wrapped:
                    column[-1] += " " + text  # the item's wrapped line
                else:
                    column.append(text)
            index += 1
        out += columns[0] + [""] + columns[1]
    return out


_GRID_RULE = re.compile(r"^\s*\+(?:[-=]+\+)+\s*$")
_GRID_MARK_HEADERS = frozenset({"e/d", "e / d", "essential/desirable", "essential / desirable",
                                "e or d", "ed"})


def _grid_cells(line: str, cuts: list[int]) -> list[str]:
    return [line[a + 1:b].strip() if len(line) > a else ""
            for a, b in zip(cuts, cuts[1:], strict=False)]


def _grid_table(block: list[str]) -> list[str] | None:
    """The rows of one ASCII grid table ("+----+----+" rules, "| cell | cell |" rows) with an
    "E/D" column, as marked criteria; None when it is some other table."""
    cuts = [m.start() for m in re.finditer(r"\+", block[0])]
    rules = [i for i, line in enumerate(block) if _GRID_RULE.match(line)]
    if len(cuts) < 3 or len(rules) < 2:
        return None
    header_rows = [_grid_cells(line, cuts) for line in block[rules[0] + 1:rules[1]]]
    heads = [" ".join(r[c] for r in header_rows if r[c]).lower() for c in range(len(cuts) - 1)]
    mark = next((c for c, h in enumerate(heads) if h in _GRID_MARK_HEADERS), None)
    if mark is None:
        return _grid_columns(block, cuts, rules, heads)
    named = [c for c, h in enumerate(heads)
             if re.search(r"requirement|criteri|description|specification|detail", h)]
    widths = [b - a for a, b in zip(cuts, cuts[1:], strict=False)]
    text = named[0] if named else max((c for c in range(len(widths)) if c != mark),
                                      key=widths.__getitem__)
    out = ["Criteria:"]
    item: list[str] = []
    flag = ""

    def flush() -> None:
        if item:
            out.append(BULLET + " ".join(item) + (MARKED_DESIRABLE if flag.upper().startswith("D")
                                         else MARKED_ESSENTIAL))
        item.clear()

    for line in block[rules[1] + 1:]:
        if _GRID_RULE.match(line):
            flush()
            continue
        cells = _grid_cells(line, cuts)
        if cells[mark]:
            flush()
            flag = cells[mark]
        if cells[text] and (item or cells[mark]):
            item.append(cells[text])
    flush()
    return [*out, ""]


def _grid_columns(block: list[str], cuts: list[int], rules: list[int],
                  heads: list[str]) -> list[str] | None:
    """An ASCII grid with an Essential and a Desirable column of criteria ("| Area |
    Essential | Desirable |", B64): each criterion, wrapped over the rows of its cell and
    ended by an empty row of that cell or by a rule, becomes one marked line."""
    columns = {c: (MARKED_ESSENTIAL if h == "essential" else MARKED_DESIRABLE)
               for c, h in enumerate(heads) if h in ("essential", "desirable")}
    if len(columns) != 2:
        return None
    rows = [_grid_cells(line, cuts) for line in block[rules[1] + 1:] if not _GRID_RULE.match(line)]
    if not any(len(row[c].split()) >= 3 for row in rows for c in columns):
        return None  # ticks in those columns, the criteria in another (`_tick_columns`)
    out = ["Criteria:"]
    items: dict[int, list[str]] = {c: [] for c in columns}

    def flush(column: int) -> None:
        if items[column]:
            out.append(BULLET + " ".join(items[column]) + columns[column])
        items[column] = []

    for line in block[rules[1] + 1:]:
        cells = _grid_cells(line, cuts) if not _GRID_RULE.match(line) else None
        for column in columns:
            if cells is not None and cells[column]:
                items[column].append(cells[column])
            else:
                flush(column)
    for column in columns:
        flush(column)
    return [*out, ""]


def _grid_tables(lines: list[str]) -> list[str]:
    """A person specification drawn as an ASCII grid (B32): each criterion, wrapped over
    several rows of its cell, becomes one line marked essential or desirable from its E/D
    cell; the area labels and the "assessed by" codes go."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        if _GRID_RULE.match(lines[i]):
            j = i
            while j < len(lines) and (_GRID_RULE.match(lines[j])
                                      or lines[j].lstrip().startswith("|")):
                j += 1
            converted = _grid_table(lines[i:j])
            if converted is not None:
                out.extend(converted)
                i = j
                continue
        out.append(lines[i])
        i += 1
    return out


# "E     A/I        Experience of dealing with the public ...": a person specification's row
# typed with spaces, its E/D mark first, then how it is assessed, then the criterion (B40)
_MARK_FIRST_ROW = re.compile(
    r"^(?P<mark>[ED])\s{2,}(?:(?P<how>[AIT](?:\s*/\s*[AIT])*)\s{2,})?(?P<text>\S.*)$")
_MARK_FIRST_HEADER = re.compile(
    r"^\s*E\s*/\s*D\s{2,}(?:assessed(?: by)?|how assessed|assessment)?\s*(?:criteria|requirements?"
    r"|attributes?)?\s*$", re.IGNORECASE)


def _mark_first_rows(lines: list[str]) -> list[str]:
    """A person specification typed as a table with spaces: a header "E/D   Assessed
    Criteria", then rows of a mark, an assessment code and the criterion, its wrapped lines
    indented to the criterion's column (B40). Each criterion becomes one line with its mark;
    the header gives way to "Criteria:" and a rule under it goes."""
    if not any(_MARK_FIRST_HEADER.match(line) for line in lines):
        return lines
    out: list[str] = []
    column: int | None = None
    for line in lines:
        if _MARK_FIRST_HEADER.match(line):
            out.append("Criteria:")
            column = 0
            continue
        if column is None:
            out.append(line)
            continue
        if _TABLE_RULE.fullmatch(line) and column == 0:
            continue
        row = _MARK_FIRST_ROW.match(line)
        if row:
            column = row.start("text")
            mark = MARKED_ESSENTIAL if row.group("mark") == "E" else MARKED_DESIRABLE
            out.append(row.group("text").rstrip() + mark)
            continue
        indent = len(line) - len(line.lstrip(" "))
        if column and line.strip() and indent >= column - 1 and out and out[-1].endswith(
                (MARKED_ESSENTIAL, MARKED_DESIRABLE)):
            text, mark = out[-1].rsplit(" (", 1)
            out[-1] = f"{text} {line.strip()} ({mark}"
            continue
        if _TABLE_RULE.fullmatch(line):
            column = None  # the rule under the table closes it
        out.append(line)
    return out


def _label_column_at(lines: list[str]) -> int | None:
    """The column where the text of a two-column job specification starts (labels at the
    left, "Principal Duties and     The Clerical Officer will:"), or None."""
    starts: Counter[int] = Counter()
    for line in lines:
        match = re.match(r"^(\S(?:.*?\S)?)\s{3,}(?=\S)", line)
        if match and len(match.group(1)) <= 30 and "\t" not in line and "|" not in line:
            starts[match.end()] += 1
    if not starts:
        return None
    column, count = starts.most_common(1)[0]
    under = sum(1 for line in lines if line.startswith(" " * column) and line.strip())
    exact = sum(1 for line in lines
                if line.startswith(" " * column) and line[column:column + 1].strip())
    return column if count >= 6 and column >= 16 and under >= 6 and exact >= 3 else None


_WRAP_MARK = re.compile(r"^(?:[•*·–-]\s+|\(?[a-z0-9]{1,3}[.)]\s+)", re.IGNORECASE)
_ROW_END_MARK = re.compile(r"\S\s{2,}[ED]\s*$")


def _reflow(body: list[str]) -> list[str]:
    """The text of one row of a two-column layout, wrapped at the column's width: a line
    goes on the one above unless it starts a list item, follows a blank line or a lead-in
    ending in a colon, or stands left of the text above it."""
    out: list[str] = []
    for line in body:
        text = line.strip()
        # (B46: "Attribute  Criteria  E/D" rows: a criterion marked at its end is a row of
        # its own, not the wrap of the one above)
        marked_rows = bool(out and _ROW_END_MARK.search(out[-1]) and _ROW_END_MARK.search(line))
        if out and out[-1].strip() and text and not _WRAP_MARK.match(text) \
                and not out[-1].rstrip().endswith(":") and not marked_rows:
            above = out[-1].lstrip()
            mark = _WRAP_MARK.match(above)
            text_at = len(out[-1]) - len(above) + (mark.end() if mark else 0)
            if len(line) - len(line.lstrip()) >= text_at - 1 and (
                    mark or not re.search(r"[.!?]$", out[-1].rstrip())):
                out[-1] = out[-1].rstrip() + " " + text
                continue
        out.append(line)
    return out


# "Client services           • Deliver manicures, pedicures ...": an area's label, then the
# first bullet of its list in a column of its own (a position description's key
# accountabilities, B35 and B37)
_LABELLED_BULLET = re.compile(r"^(\S(?:.{0,28}\S)?)\s{3,}([•●▪◦·]\s+\S.*)$")


# "  Experience      At least two years' experience running or supervising a" / "
# retail shop, ...": a requirement's category at the left, the requirement beside it in a
# column of its own and wrapped under it (a candidate pack typed with spaces, B84)
# (one column of text: a second run of spaces is a table of two columns, B75; a mark, "E",
# is no category, B38)
_SPACED_LABEL_ROW = re.compile(
    # (B107: or a short capital label, "IT      Good working knowledge of ...")
    r"^ {0,4}(?P<label>(?:[A-Z][a-z]+|[A-Z]{2,4})(?: [A-Za-z&/'-]+){0,2}) {3,}"
    r"(?P<text>\S(?:(?! {3}).)*)$")


def _section_under(line: str, under: str | None) -> str | None:
    """The section a table's rows stand under after `line`: the kind of a heading line, or
    the one before it."""
    kind = _heading_kind(_heading_key(line)) if len(line) <= 80 else None
    return kind if kind is not None else under


def _spaced_label_rows(lines: list[str]) -> list[str]:
    """Two or more such rows standing alone under a requirements or desirable heading (one
    blank line may stand between rows, B85) become bullets, each row's wrapped lines joined
    to it and a new sentence in its column a bullet of its own; the categories go."""
    out: list[str] = []
    under = None
    index = 0
    while index < len(lines):
        line = lines[index]
        first = _SPACED_LABEL_ROW.match(line)
        if first is None or under not in (REQUIREMENTS, DESIRABLE):
            if line.strip() and first is None:
                under = _section_under(line, under)
            out.append(line)
            index += 1
            continue
        column = first.start("text")
        rows: list[str] = []
        labels = 0
        end = index
        while end < len(lines):
            if not lines[end].strip():
                after = lines[end + 1] if end + 1 < len(lines) else ""
                following = _SPACED_LABEL_ROW.match(after)
                # (B90: or a second criterion under the same label, a paragraph of its own
                # at the text's column: "Skills   Strong verbal communication ..." / "" /
                # "         Working knowledge of a reservation or point-of-sale")
                unlabelled = (rows and after.startswith(" " * column) and len(after) > column
                              and after[column] != " " and "   " not in after.strip())
                if not unlabelled and (following is None or following.start("text") != column):
                    break
                end += 1
                continue
            row = _SPACED_LABEL_ROW.match(lines[end])
            if row and row.start("text") == column:
                rows.append(row.group("text").strip())
                labels += 1
            elif (rows and lines[end].startswith(" " * column) and lines[end][column] != " "
                  and "   " not in lines[end].strip()):
                text = lines[end].strip()
                if (rows[-1].endswith(".") or not lines[end - 1].strip()) and text[0].isupper():
                    rows.append(text)  # "... video survey." / "Confident presenting ..."
                else:
                    rows[-1] += " " + text
            else:
                break
            end += 1
        if labels >= 2 and (end == len(lines) or not lines[end].strip()):
            out.extend(BULLET + row for row in rows)
            index = end
            continue
        out.append(line)
        index += 1
    return out


_LABEL_CELL_ROW = re.compile(
    r"^\s*(?P<label>[A-Z][A-Za-z &/'()-]{1,28}?) \| (?P<text>[A-Z(\d].{14,})$")
_LABEL_WISH = re.compile(r"^(?:preferred|desirable|nice to have|assets?|bonus|advantage)$", re.I)
_LABEL_MUST = re.compile(r"^(?:required|essential|must have|minimum)$", re.I)


def _label_cell_rows(lines: list[str]) -> list[str]:
    """A requirements table of two cells a row, the first a label ("Education | High school
    diploma or GED", "Preferred | Experience with a TMS", B45): three or more such rows
    under a requirements heading become bullets; a "Preferred" label marks its row
    desirable, a "Required" one essential, any other label goes."""
    out: list[str] = []
    under = None
    matches = [_LABEL_CELL_ROW.match(line) if line.count(" | ") == 1 else None
               for line in lines]
    rows = [match is not None for match in matches]
    for index, line in enumerate(lines):
        if not rows[index] and line.strip():
            under = _section_under(line, under)
        run = rows[index] and sum(rows[max(0, index - 2): index + 3]) >= 3
        if run and under in (REQUIREMENTS, DESIRABLE) and (match := matches[index]):
            label = match.group("label").strip()
            mark = (MARKED_DESIRABLE if _LABEL_WISH.match(label)
                    else MARKED_ESSENTIAL if _LABEL_MUST.match(label) else "")
            line = BULLET + match.group("text").strip() + mark
        out.append(line)
    return out


def _labelled_bullet_rows(lines: list[str]) -> list[str]:
    """Rows of an "Area | What success looks like" text table whose second column is a list:
    each area's label becomes a line of its own over its bullets, and the bullets and their
    wrapped lines move to the left margin. The table's header row, two cells at the same
    columns, goes. Only a column that at least three rows' bullets start at is read."""
    columns = Counter(match.start(2) for line in lines
                      if (match := _LABELLED_BULLET.match(line)))
    column = next((c for c, n in columns.most_common(1) if n >= 3 and c >= 12), None)
    # a second column of bullets is a label | essential | desirable table (B30)
    if column is None or any(re.search(r"\S\s{3,}[•●▪◦·]\s", line[column + 2:])
                             for line in lines):
        return lines
    out: list[str] = []
    first, label_at, in_row = True, -1, False
    for line in lines:
        match = _LABELLED_BULLET.match(line)
        if match and match.start(2) == column:
            if first:
                # "Area                      What success looks like" over the first row
                index = len(out) - 1
                while index >= 0 and (not out[index].strip()
                                      or _RULE_LINE.fullmatch(out[index].replace(" ", ""))):
                    index -= 1
                if (index >= 0 and len(out[index]) > column
                        and out[index][column - 1] == " " and out[index][column] != " "
                        and re.match(r"^\S.*?\S\s{3,}$", out[index][:column])):
                    del out[index]
                first = False
            label_at, in_row = len(out), True
            out.append(match.group(1))
            out.append(match.group(2))
        elif in_row and line.startswith(" " * column) and line.strip():
            out.append(line[column:] if line[column] != " " else "  " + line.strip())
        elif (in_row and len(line) > column + 1
              and line[:column + 1].endswith(" ") and not line[0].isspace()
              and line[column + 1:].strip()
              and line[column + 1:].lstrip()[:1] not in "•●▪◦·"):
            # "Health, safety and       • Report hazards ... and follow" / "wellbeing
            #   Council's health and safety procedures": the label wrapped beside the text
            out[label_at] += " " + line[:column].strip()
            out.append("  " + line[column:].strip())
        else:
            in_row = False
            out.append(line)
    return out


_CATEGORY_HEADER = re.compile(
    r"^(?:category|area|attribute|heading)\s{2,}(?P<crit>criteria|criterion|requirements?)"
    r"\s{2,}(?P<mark>e\s*/\s*d)\b", re.IGNORECASE)


_CATEGORY_ROW_END = re.compile(r"\s{2,}([EDed])(?:\s{2,}\S+)?\s*$")


def _category_criteria_rows(lines: list[str]) -> list[str]:
    """A person specification typed with spaces in four columns, "Category   Criteria   E/D
    Assessed", each criterion wrapped over lines of its own column and its E or D on its
    first line, the category named once at the left of its first row (B68): each criterion
    becomes a line of its own with its mark; the categories and the assessment codes go."""
    out: list[str] = []
    index = 0
    while index < len(lines):
        head = _CATEGORY_HEADER.match(lines[index])
        if head is None:
            out.append(lines[index])
            index += 1
            continue
        crit, mark_at = head.start("crit"), head.start("mark")
        out.append("Criteria:")
        index += 1
        current: list[str] = []
        while index < len(lines):
            line = lines[index]
            if not line.strip() or _TABLE_RULE.fullmatch(line):
                index += 1
                continue
            if len(line) > crit and not line[:crit].endswith("  ") and line[:crit].strip():
                break  # text across the criteria's column: the table is over
            # (the mark is found at the row's end: a wrap joined onto its row earlier moves
            # it right of its column)
            found = _CATEGORY_ROW_END.search(line, mark_at - 8)
            cell = line[crit:found.start() if found else None].strip()
            if not cell:
                break
            if found:
                current.append(cell + (MARKED_ESSENTIAL if found.group(1) in "Ee"
                                       else MARKED_DESIRABLE))
            elif current:
                text, _, suffix = current[-1].rpartition(" (")
                current[-1] = f"{text} {cell} ({suffix}"
            else:
                break
            index += 1
        out.extend(current)
        out.append("")
    return out


def _label_column(lines: list[str]) -> list[str]:
    """A job specification laid out in two columns (an Irish council's, B32): each row's
    label, wrapped over lines of its own column ("Principal Duties and" / "Responsibilities"),
    becomes a heading line ending in a colon, and the text beside it follows, moved to the
    left margin."""
    column = _label_column_at(lines)
    if column is None:
        return lines
    if any((head := _SPACED_ED_HEADER.match(line)) and abs(head.start("e") - column) <= 3
           for line in lines):
        # (B94: the labels stand left of an "ESSENTIAL   DESIRABLE" header whose columns
        # start where the text does: a person specification with a column a mark, which
        # _spaced_columns reads, labels and all)
        return lines
    out: list[str] = []
    label: list[str] = []
    body: list[str] = []
    blank_before = True

    def flush() -> None:
        if label:
            # "Eligibility Criteria" / "Qualifications and/" / "or experience": two labels
            # over one row; the first that is a heading names it
            named = " ".join(label)
            if _heading_kind(_heading_key(named)) is None:
                named = next((" ".join(label[:end]) for end in range(len(label) - 1, 0, -1)
                              if _heading_kind(_heading_key(" ".join(label[:end]))) is not None),
                             named)
            out.append(named.rstrip(":") + ":")
        out.extend(_reflow(body))
        label.clear()
        body.clear()

    for line in lines:
        if not line.strip():
            body.append("")
            blank_before = True
            continue
        head = line[:column]
        # (a label ends at least two spaces short of the column: "6.  Take bookings for the
        # residents' lounge" in the duty list above a specification whose labels stand at
        # the same column is a line of text, B68)
        fits = not line[0].isspace() and (len(line) <= column or head.endswith("  "))
        if fits:
            if blank_before:
                flush()
            label.append(head.strip())
            if len(line) > column:
                body.append(line[column:])
        elif line.startswith(" " * column) and (label or body):
            body.append(line[column:])
        else:
            flush()
            out.append(line)
        blank_before = False
    flush()
    return out


# A row of dashes (with the gaps between columns) ruling off a table's header (B33, B36)
_TABLE_RULE = re.compile(r"[-=_\s]{6,}")


def _ruled_under(lines: list[str], index: int) -> bool:
    """The line after `index` rules it off: it is a table's header row."""
    return index + 1 < len(lines) and bool(_TABLE_RULE.fullmatch(lines[index + 1]))


_MENU_CELL = re.compile(r"^[A-Z][\w'&-]*(?: [\w'&-]+){0,2}$")


def _site_menus(lines: list[str]) -> list[str]:
    """A job board's menu or button row copied with the ad, near its top ("Post an ad    My
    Gumtree    Messages    Saved", "Send message    Save    Share    Report ad"): three or
    more short capitalised cells apart by wide gaps, no digits, no criteria marks (B32)."""
    out: list[str] = []
    seen = 0
    for index, line in enumerate(lines):
        if line.strip():
            seen += 1
        cells = [c for c in re.split(r"\s{3,}", line.strip()) if c]
        # (a row ruled off under it is a table's header: "Stage   Elements assessed
        # Method" over "-----   -------   ------", B33)
        ruled = _ruled_under(lines, index)
        if (seen <= 12 and len(cells) >= 3 and "\t" not in line and "|" not in line
                and not ruled
                # (nor a criterion marked before its text: "D   Knowledge of Cerner   A")
                and not _LEADING_MARK.match(line)
                and not re.search(r"\d|essential|desirable|criteri", line, re.IGNORECASE)
                and all(_MENU_CELL.match(c) for c in cells)
                # (nor a row under an "Essential   Desirable" header near the top of a
                # short ad: "Qualifications   Current Duty Manager's   Licence
                # Controller", B75)
                and not any(_SPACED_ED_HEADER.match(above) for above in lines[:index])):
            continue
        out.append(line)
    return out


def _tick_columns(lines: list[str]) -> list[str]:
    """A text table with separate Essential and Desirable columns ("Criteria<tab>Essential
    <tab>Desirable", then a tick in one column per row) becomes marked lines."""
    out: list[str] = []
    columns: tuple[int, int] | None = None
    mark_column: int | None = None
    text_column: int | None = None
    at: tuple[int, int] | None = None  # a table aligned with spaces: where each column is
    bar = False  # the table's cells are split by bars, not tabs
    for line in lines:
        if (columns and not bar and "|" in line and "\t" not in line
                and not line.lstrip().startswith("|")):
            # "Tōtara Bay Medical Centre | PD Medical Receptionist | v3 May 2025": a page
            # footer split by bars (with no outer bar, as a row has) under a table split by
            # tabs is not one of its rows (B21)
            columns = None
        if "\t" not in line and "|" not in line:
            if line.strip() and _heading_kind(_heading_key(line)) in (OTHER, DUTIES):
                columns, mark_column = None, None  # "Benefits" after the table (B13)
            head = _SPACED_HEADER.search(line)
            if head:
                at = ((head.start("e"), head.start("d")) if head.group("e")
                      else (head.start("e2"), head.start("d2")))
                out.append("Criteria:")
                continue
            row = _SPACED_ROW.match(line) if at else None
            if at and row and row.group("tick").lower() in _TICKS:
                where = row.start("tick")
                essential = abs(where - at[0]) <= abs(where - at[1])
                out.append(row.group("text").strip()
                           + (MARKED_ESSENTIAL if essential else MARKED_DESIRABLE))
                continue
            out.append(line)
            continue
        # a row under the last one's category starts with an empty cell: "<tab>Experience
        # of handling cash<tab>...", so inside a table a leading tab is kept (B19)
        body = line.strip(" \r\n") if columns else line.strip()
        # one outer bar each side: "|   | Level 2 ... | D |" keeps its empty first cell
        body = body[1:] if body.startswith("|") else body
        body = body[:-1] if body.endswith("|") else body
        cells = [c.strip() for c in re.split(r"\t|\|", body)]
        cells += [""] * (max(columns or (0,)) + 1 - len(cells))
        lowered = [c.lower().rstrip(":") for c in cells]
        # (B89: "| Criteria | E | D | Assessed |", a column for each letter)
        pair = (("essential", "desirable") if "essential" in lowered and "desirable" in lowered
                else ("e", "d") if "e" in lowered and "d" in lowered
                and lowered.index("e") + 1 == lowered.index("d") else None)
        if pair:
            # "<tab>Essential<tab>Desirable": a Word table's header row whose first cell
            # (over the row labels) is empty keeps that cell, so the columns line up with
            # the rows' "Qualifications<tab>NCEA Level 2<tab>NZQA certificate" (B21)
            lowered = [c.strip().lower().rstrip(":")
                       for c in re.split(r"\t|\|", line.strip(" \r\n").strip("|"))]
            columns, mark_column = (lowered.index(pair[0]), lowered.index(pair[1])), None
            bar = "\t" not in line
            out.append("Criteria:")
            continue
        marker = [i for i, c in enumerate(lowered) if c.replace(" ", "") in _ED_COLUMN]
        if marker and len(cells) >= 2:
            # "| Area | Criterion | E/D | Method |": one column says which
            mark_column = marker[0]
            named = [i for i, c in enumerate(lowered) if c in _CRITERION_COLUMN]
            text_column = named[0] if named else None
            columns = None
            out.append("Criteria:")
            continue
        if mark_column is not None and len(cells) > mark_column:
            mark = lowered[mark_column]
            texts = [c for i, c in enumerate(cells) if i != mark_column]
            text = (cells[text_column] if text_column is not None and text_column < len(cells)
                    else max(texts, key=len) if texts else "")
            if mark in ("e", "essential", "d", "desirable") and text:
                out.append(text + (MARKED_ESSENTIAL if mark.startswith("e") else MARKED_DESIRABLE))
                continue
        if (columns and 0 not in columns and cells[0] and not any(cells[1:])
                and (len(cells[0].split()) <= 5 or cells[0][0].islower())):
            # "| Qualifications | | | |": a category row over its criteria (B18); "| setting
            # (shop, café, reception, library, volunteering) | | |": a criterion wrapped
            # onto a row of its own, which goes on from the row above (B63)
            out.append(cells[0])
            continue
        if columns and len(cells) > max(columns) and (cells[0] or any(cells[1:])):
            ticks = [lowered[i] in _TICKS for i in columns]
            if ticks.count(True) == 1 and cells[0]:
                out.append(cells[0] + (MARKED_ESSENTIAL if ticks[0] else MARKED_DESIRABLE))
                continue
            # "Area | Essential | Desirable" whose cells are the criteria themselves:
            # "Skills | Confident user of Word | Experience of a budget" (B10)
            wanted = [(cells[i], mark) for i, mark in
                      zip(columns, (MARKED_ESSENTIAL, MARKED_DESIRABLE), strict=True)]
            if (not any(ticks) and any(len(text.split()) >= 2 for text, _ in wanted)
                    and not _BULLET_SYMBOL.match(cells[0])):
                out.extend(text + mark for text, mark in wanted if text)
                continue
        out.append(line)
    return out


# A form laid out in two columns, a label cell then its text: "Post Specific Requirements
# <tab>Demonstrate depth and breadth of experience..." (Ireland's HSE, B10). When the label
# is a heading the reader knows, it becomes a heading line over its text.
_TAB_LABEL = re.compile(r"^(?P<label>[A-Z][^\t]{2,70}?)\t+(?P<text>\S.*)$")


def _split_tab_labels(lines: list[str]) -> list[str]:
    out: list[str] = []
    for line in lines:
        match = _TAB_LABEL.match(line)
        # "Essential<tab>Desirable" heads a table's two columns (`_tick_columns`, B28)
        if (match and "\t" not in match.group("text") and len(match.group("label").split()) <= 8
                and _heading_kind(_heading_key(match.group("label")))
                and match.group("text").strip().lower().rstrip(":") != "desirable"):
            out.extend((match.group("label"), match.group("text")))
        else:
            out.append(line)
    return out


_CELL_CATEGORIES = frozenset(
    "qualifications education experience skills knowledge abilities attributes availability "
    "other training circumstances aptitudes competencies qualities".split()) | {
    "personal qualities", "personal attributes", "skills and abilities", "knowledge and skills",
    "education and training", "qualifications and training", "skills and knowledge",
    "other requirements", "special requirements", "physical requirements",
    "work-related circumstances", "knowledge, skills and abilities"}


_EMPTY_CELLS = frozenset({"n/a", "-", "–", "—", "none", "n/a."})
# The first header cell of a table whose first column groups the rows (B41)
_AREA_HEADS = frozenset({"area", "areas", "area of work", "category", "theme", "focus",
                         "focus area", "key area", "responsibility area", "function"})
_LABEL_COLUMN_HEADS = frozenset({"factor", "factors", "criteria", "criterion", "area", "attribute",
                                 "attributes", "category", "requirement", "requirements"})


def _alternating_cells(lines: list[str]) -> list[str]:
    """A two-column Essential | Desirable table copied from Word with every cell on a line
    of its own: the header cells "ESSENTIAL" and "DESIRABLE" on two lines, then under each
    category row its cells in turn, essential first, an empty cell left as an empty line
    (B7). Each criterion is given its mark; the category rows stay as sub-headings."""
    out: list[str] = []
    inside, cell, blanks = False, 0, 0
    triples = False  # "Factor", "Essential", "Desirable": rows of label, E cell, D cell
    for index, line in enumerate(lines):
        key = line.strip().lower().rstrip(":")
        nxt = lines[index + 1].strip().lower().rstrip(":") if index + 1 < len(lines) else ""
        if not inside and key == "essential" and nxt == "desirable":
            inside, cell, blanks = True, 0, 0
            before = out[-1].strip().lower().rstrip(":") if out else ""
            # (B30: a three-column table read strictly as rows of three cells, blank lines
            # from page breaks and "—" for an empty cell)
            triples = before in _LABEL_COLUMN_HEADS
            if triples:
                out.pop()
                cell = -1
            out.append("Criteria:")
            continue
        if inside and triples:
            if key == "desirable" and out and out[-1] == "Criteria:":
                continue  # the header's last cell
            if not key:
                blanks += 1
                if blanks >= 2 and cell % 3 == 2:
                    inside = triples = False
                out.append(line)
                continue
            if cell % 3 == 2 and len(key.split()) >= 6:
                inside = triples = False  # a sentence where a row's label would be: a note
                out.append(line)
                continue
            blanks = 0
            cell += 1
            if cell % 3 == 0:
                out.append(line)  # the row's label
            elif key not in _EMPTY_CELLS:
                out.append(line.strip() + (MARKED_ESSENTIAL if cell % 3 == 1
                                           else MARKED_DESIRABLE))
            continue
        if inside and key == "desirable" and cell == 0 and out and out[-1] == "Criteria:":
            continue
        if not inside:
            out.append(line)
            continue
        if not key:
            blanks += 1
            cell += 1
            if blanks >= 3:
                inside = False
            out.append(line)
            continue
        if blanks and len(key.split()) >= 12 and key.endswith("."):
            # a paragraph after the table ("... is committed to safeguarding ...", B29)
            inside = False
            out.append(line)
            continue
        blanks = 0
        if key in _CELL_CATEGORIES:
            cell = 0
            out.append(line)
            continue
        if _heading_kind(_heading_key(line)) == OTHER:
            inside = False
            out.append(line)
            continue
        if key in _EMPTY_CELLS:  # an empty cell written out (B29)
            cell += 1
            continue
        out.append(line.strip() + (MARKED_ESSENTIAL if cell % 2 == 0 else MARKED_DESIRABLE))
        cell += 1
    return out


_STACKED_MARK = re.compile(r"^(?:E|D|essential|desirable)$", re.IGNORECASE)
# ... or its code from the table's key: "A", "A/I", "I/T" (B37)
_STACKED_ASSESSED = re.compile(
    rf"^(?:{_ASSESS_LIST}|pre-employment checks?|dbs(?: check)?|self-declaration"
    r"|[AIPRT](?:\s*[/,&]\s*[AIPRT]){0,3})\.?$",
    re.IGNORECASE)
_STACKED_JOINER = re.compile(r"\b(?:a|an|and|as|at|for|in|of|or|such as|the|to|with|when|"
                             r"while|who|on|by|from|dealing|including)$", re.IGNORECASE)


def _stacked_header(lines: list[str], index: int) -> int:
    """How many lines the header of a one-cell-per-line table takes at ``index`` ("Criteria",
    "Essential", "/Desirable", "Assessed by" on lines of their own), or 0."""
    end = index
    while end < len(lines) and end - index < 5:
        words = re.findall(r"[a-z]+", lines[end].lower())
        if not words or len(words) > 4 or not all(w in _SPEC_HEADER_WORDS for w in words):
            break
        end += 1
    said = " ".join(lines[index:end]).lower()
    cells = [line.strip().lower().rstrip(":") for line in lines[index:end]]
    # "ESSENTIAL" / "DESIRABLE" alone head a two-column table (`_alternating_cells`), also
    # after a "Criteria" cell over the category column (B29)
    if "essential" in cells and "desirable" in cells and "assessed by" not in said \
            and not any("assess" in cell for cell in cells):
        return 0
    # "Attribute" / "Criteria" / "E/D" / "How assessed": the mark column named by its
    # letters (B37)
    return end - index if (end - index >= 2 and ("essential" in said or "e/d" in cells)
                           and ("criteri" in said or "assess" in said)) else 0


def _stacked_cells(lines: list[str]) -> list[str]:
    """A person specification table copied from a PDF with every cell on a line of its own:
    the criterion (long ones wrapped over several lines), its mark "E" or "D" alone on the
    next line, then how it is assessed ("A / I"), with the category rows ("Experience",
    "Skills and abilities") as cells of their own (B14). Each criterion becomes one line
    with its mark; the categories stay as sub-headings; the header cells and the
    assessment cells go."""
    out: list[str] = []
    index, inside, buffer, assessed = 0, False, [], False

    def flush_plain() -> None:
        out.extend(buffer)
        buffer.clear()

    while index < len(lines):
        line = lines[index].strip()
        header = _stacked_header(lines, index) if line else 0
        if header:
            index += header
            if not inside:
                out.append("Criteria:")
            flush_plain()
            inside, assessed = True, False
            continue
        if not inside:
            out.append(lines[index])
            index += 1
            continue
        if _STACKED_MARK.match(line) and buffer:
            while len(buffer) > 1 and (
                    buffer[0].lower().rstrip(":") in _CELL_CATEGORIES
                    or (len(buffer[0].split()) <= 3 and buffer[1][:1].isupper()
                        and not _STACKED_JOINER.search(buffer[0])
                        and not buffer[0].endswith((",", ";")))):
                out.append(buffer.pop(0))
            out.append(" ".join(buffer) + (
                MARKED_ESSENTIAL if line[0].lower() == "e" else MARKED_DESIRABLE))
            buffer.clear()
            assessed = True
            index += 1
            continue
        if assessed and _STACKED_ASSESSED.match(line):
            assessed = False
            index += 1
            continue
        assessed = False
        if not line:
            index += 1
            continue
        if (buffer and len(buffer) >= 6) or re.match(r"^key\b", line, re.IGNORECASE):
            flush_plain()
            inside = False
            out.append("")
            continue
        buffer.append(line)
        index += 1
    flush_plain()
    return out


def _join_orphan_bullets(lines: list[str]) -> list[str]:
    """Copies from PDFs often put the bullet on its own line; glue it to its text."""
    joined: list[str] = []
    pending = False
    for line in lines:
        if line == BULLET.strip():
            pending = True
            continue
        if pending and line:
            line = BULLET + line.removeprefix(BULLET)
            pending = False
        joined.append(line)
    return joined


def _collapse_blank_lines(lines: list[str]) -> list[str]:
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    while out and not out[-1]:
        out.pop()
    return out


_QUOTED = re.compile(r"^>[ \t]?", re.MULTILINE)


def _unquote_email(text: str) -> str:
    """An ad forwarded by email ("> " before every line, "> " alone between paragraphs)
    loses the quoting; a list with ">" bullets has no bare ">" lines (B9)."""
    lines = text.splitlines()
    bare = sum(1 for line in lines if line.strip() == ">")
    if bare >= 3 and sum(1 for line in lines if line.startswith(">")) >= 10:
        return _QUOTED.sub("", text)
    return text


# (B71: the header itself quoted, "> On Apr 16, 2025, at 9:03 PM, Priya ... wrote:")
_REPLY_HEADER = re.compile(r"^\s*(?:>\s*)?On .{6,200}\bwrote:\s*$")
_LISTED = re.compile(r"^\s*(?:[-*•·▪●◦]|\d{1,2}[.)])\s+\S")


def _drop_quoted_reply(lines: list[str]) -> list[str]:
    """The candidate's own message quoted under a recruiter's reply ("On Sun, Mar 9 ...
    Jess wrote:" then "> I've just submitted my application ...", B48) is not the ad: it
    goes when the reply above it already lists the job (three list items or more)."""
    for index, line in enumerate(lines):
        if not _REPLY_HEADER.match(line):
            continue
        rest = [row for row in lines[index + 1:] if row.strip()]
        if (rest and all(row.lstrip().startswith(">") for row in rest)
                and sum(bool(_LISTED.match(row)) for row in lines[:index]) >= 3):
            return lines[:index]
    return lines


def _group_label_bullets(lines: list[str]) -> list[str]:
    """A short bullet that only names a group of the indented bullets under it ("• Poolside"
    over "o Supervise the pool ...", B48) is a sub-heading inside the list: it goes. One that
    starts with a verb or leads in with a colon is an item of its own."""
    out: list[str] = []
    for index, line in enumerate(lines):
        bullet = _BULLET_SYMBOL.match(line.lstrip())
        text = line.lstrip()[bullet.end():].strip() if bullet else ""
        following = next((row for row in lines[index + 1:index + 3] if row.strip()), "")
        under = _BULLET_SYMBOL.match(following.lstrip())
        if (bullet and text and under and len(following) - len(following.lstrip())
                > len(line) - len(line.lstrip()) + 1
                and len(text.split()) <= 5 and not re.search(r"[:.;,]$", text)
                and _first_word(text.lower()) not in _DUTY_VERB_FORMS):
            # ... but "* Essential" / "* Desirable" over their criteria heads them (B69)
            if _heading_kind(_heading_key(text)) in (REQUIREMENTS, DESIRABLE):
                out.append(text.rstrip(":") + ":")
            continue
        out.append(line)
    return out


# "                                   E      A/I": a row's E/D mark (and how it is assessed)
# alone on the line under its criterion, the criterion's text wrapped above it (B50, a
# person specification copied out of a PDF)
_MARK_ONLY_ROW = re.compile(r"^\s{20,}(?P<mark>[ED])(?:\s{2,}(?:[AIT](?:\s*/\s*[AIT]){0,3}))?\s*$")


def _marks_under_rows(lines: list[str]) -> list[str]:
    """Criteria whose E/D mark stands alone on the line under them: the lines above the mark,
    back to a blank line or the previous mark, are one criterion with that mark. Only read
    when three or more rows are marked so."""
    if sum(1 for line in lines if _MARK_ONLY_ROW.match(line)) < 3:
        return lines
    out: list[str] = []
    start = 0  # where the current criterion's lines begin in out
    for line in lines:
        mark = _MARK_ONLY_ROW.match(line)
        if mark is None:
            if not line.strip():
                start = len(out) + 1
            out.append(line)
            continue
        text = " ".join(row.strip() for row in out[start:] if row.strip())
        if text:
            del out[start:]
            out.append(BULLET + text + (MARKED_ESSENTIAL if mark.group("mark") == "E"
                                        else MARKED_DESIRABLE))
        start = len(out)
    return out


def _capital_wraps_under_marks(lines: list[str]) -> list[str]:
    """A criterion of a spaced E/D table wrapped onto a short line of its own that starts
    with a capital: "WAMITAB Level 2 Certificate in Waste Management    D     A" /
    "Operations" (B61). The short line, at the criterion's indent, with no mark and a blank
    line (the end, or the next marked row) after it, goes on from the criterion, before its
    mark."""
    out: list[str] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        nxt = lines[index + 1] if index + 1 < len(lines) else ""
        after = lines[index + 2] if index + 2 < len(lines) else ""
        match = _TRAILING_MARK.match(line)
        # (or a marked row after it: "GCSE (or equivalent) in English and Maths at grade
        # E   A" / "C/4 or above" / "NVQ Level 2 ...   D   A", B89)
        if (match and match.group("letter") and nxt.strip()
                and (not after.strip() or (_TRAILING_MARK.match(after)
                                           and _TRAILING_MARK.match(after).group("letter")))
                and nxt.strip()[0].isupper() and not nxt.strip().isupper()
                and len(nxt.split()) <= 4 and not _TRAILING_MARK.match(nxt)
                and len(nxt) - len(nxt.lstrip()) == len(line) - len(line.lstrip())
                and not nxt.rstrip().endswith(":")
                and _heading_kind(_heading_key(nxt)) is None):
            body_end = match.end("body")
            out.append(line[:body_end] + " " + nxt.strip() + line[body_end:])
            index += 2
            continue
        out.append(line)
        index += 1
    return out


# A job's facts table, label and value: "Salary | $78,450", "Location | Perth", "Police
# clearance | Required" (B60). A "Required" there is a job fact, not a criterion's mark.
_MARK_VALUE = re.compile(r"^(?:required|essential|desirable|preferred)$", re.I)


def _names_a_job_fact(label: str) -> bool:
    """"Salary", "Start date", "Job type": a label the reader knows as a heading of job
    facts (neither duties nor requirements)."""
    return _heading_kind(_heading_key(label.strip())) == OTHER


def _in_fact_table(lines: list[str], index: int) -> bool:
    """A "label | value" row beside a job fact laid out the same way ("Start date | May 1",
    "Languages | English", "Vacancies | 8", B62): a fact, not a heading."""
    if lines[index].count(" | ") != 1:
        return False
    near = [lines[i] for i in (index - 2, index - 1, index + 1, index + 2)
            if 0 <= i < len(lines)]
    return any(_names_a_job_fact(line.split(" | " if " | " in line else ":")[0])
               for line in near if " | " in line or ": " in line)


def _fact_table_marks(lines: list[str]) -> list[str]:
    """In a facts table (three or more "label | value" rows, two labels job facts), a
    row whose value is only "Required" is written "label: Required", no criterion."""
    rows = [line.strip().split(" | ") if line.count(" | ") == 1 else None for line in lines]
    out = list(lines)
    for index, row in enumerate(rows):
        if row is None or not _MARK_VALUE.match(row[1].strip()):
            continue
        near = [r for r in rows[max(0, index - 4): index + 5] if r is not None]
        if len(near) >= 3 and sum(_names_a_job_fact(r[0]) for r in near) >= 2:
            out[index] = f"{row[0].strip()}: {row[1].strip()}"
    return out


# What clean_ad_text does to the lines of an ad, in order, before each line is cleaned
# A role description's facts table, a label and its value a wide gap apart, the value's
# wraps under it: "Job ad reference       BCHHS-612/25", "Classification level   AO2",
# "Contact                Kylie Brennan, ..." (B98: read as seven duties under "ROLE
# DESCRIPTION")
_FACT_ROW = re.compile(
    r"^ {0,4}(?:job (?:ad )?reference|reference(?: number| no\.?)?|role title|job title|"
    r"position (?:title|number|no\.?)|status|unit(?:/branch)?|branch|division|department|"
    r"directorate|classification(?: level)?|salary(?: level| range)?|closing date|closes|"
    r"contact(?: person)?|location|hours(?: per week)?|grade|employment type|work type|"
    r"reports to|award|tenure|duration"
    # (B118: "Business unit", "Direct reports      Nil", "Delegations", "Date")
    r"|business unit|direct reports|delegations?|date) {3,}(?=\S)", re.I)


def _drop_fact_rows(lines: list[str]) -> list[str]:
    """Three or more facts rows in a run, their values in one column, go with their wraps."""
    out: list[str] = []
    index = 0
    while index < len(lines):
        first = _FACT_ROW.match(lines[index])
        if first is None:
            out.append(lines[index])
            index += 1
            continue
        column, rows, end = first.end(), 0, index
        while end < len(lines):
            row = _FACT_ROW.match(lines[end])
            if row and row.end() == column:
                rows += 1
            elif not (rows and lines[end].startswith(" " * column)
                      and len(lines[end]) > column and lines[end][column] != " "):
                break
            end += 1
        if rows >= 3:
            index = end
            continue
        out.append(lines[index])
        index += 1
    return out


# The bar under a social post, its reactions or its buttons: "👍❤️ 148 · 23 comments · 41
# reposts", "Like    Comment    Repost    Send"
_REACTIONS_BAR = re.compile(
    r"^\W*(?:\d[\d,.]*k?\s*(?:·|•|\|)?\s*)?\d[\d,.]*k? comments?\b"
    r"|^\W*like\s{2,}comment\s{2,}(?:repost|share)\b", re.I)


def _drop_social_thread(lines: list[str]) -> list[str]:
    """The comments under a social post are other people's words, not the ad (B97: a
    reader's question and the poster's reply were read as requirements): the post ends at
    its reactions bar."""
    for index, line in enumerate(lines):
        if index and _REACTIONS_BAR.match(line.strip()):
            return lines[:index]
    return lines


_LINE_STEPS: tuple[Callable[[list[str]], list[str]], ...] = (
    _drop_quoted_reply, _drop_social_thread, _drop_fact_rows, _fact_table_marks,
    _capital_wraps_under_marks, _group_label_bullets,
    _marks_under_rows, _labelled_bullet_rows, _mark_first_rows, _category_criteria_rows,
    _label_column, _grid_tables, _site_menus,
    _label_cell_rows, _spaced_label_rows,
    _rejoin_broken_words, _join_form_columns, _side_by_side_lists, _emoji_bullets,
    _symbol_font_bullets,
    _glued_bullets, _join_indented_wraps, _drop_page_breaks, _stacked_cells,
    _drop_assessment_codes, _leading_mark_wraps, _split_tab_labels, _spaced_columns,
    _tick_columns,
    _alternating_cells, _split_fact_columns,
)


def clean_ad_text(raw: str) -> str:
    """Return the ad as plain text: one paragraph, heading or bullet per line.

    HTML is reduced to its visible text (list items become lines, scripts and styles
    are dropped). Whitespace is normalised and every bullet symbol becomes "• ";
    numbered and lettered items keep their numbers. Blank input gives "".

    Raises AdTooLong when the paste, or the text left after cleaning, is too long.
    """
    if len(raw) > MAX_RAW_CHARS:
        raise AdTooLong(len(raw))
    text = _html_to_text(raw) if looks_like_html(raw) else raw
    text = _unquote_email(text).translate(_BOX_BARS)
    lines = _LINE_BREAKS.sub("\n", text).split("\n")
    for step in _LINE_STEPS:
        lines = step(lines)
    lines = [_clean_line("Criteria:" if _is_spec_header(line) else _canonical_mark(line))
             for line in lines]
    cleaned = "\n".join(_collapse_blank_lines(_join_orphan_bullets(lines)))
    if len(cleaned) > MAX_AD_CHARS:
        raise AdTooLong(len(cleaned))
    return cleaned


# ---------------------------------------------------------------------------
# Headings
# ---------------------------------------------------------------------------

# Section kinds. "mixed" sections (e.g. "About the role") hold both duties and
# requirements, so their sentences are classified one by one; "other" sections
# (pay, benefits, how to apply) are kept whole because their "you will" sentences
# ("you will receive 25 days' leave") are not duties.
DUTIES, REQUIREMENTS, DESIRABLE, OTHER, MIXED = (
    "duties",
    "requirements",
    "desirable",
    "other",
    "mixed",
)

_HEADING_CORES: tuple[tuple[str, str], ...] = (
    (
        DESIRABLE,
        r"desirable(?: criteria| requirements| skills| qualifications)?"
        r"|preferred(?: qualifications| skills| experience)?|nice[ -]to[ -]haves?"
        # a recruiter's "Would love to see (not dealbreakers):" (B111)
        r"|(?:(?:we|they|i)(?:'d| would) )?(?:love|like) to see(?: \(not (?:deal-?breakers|"
        r"essential|required)\))?|would (?:love|like) to see(?: \(not (?:deal-?breakers|"
        r"essential|required)\))?"
        # a recruiter's "Nice but not necessary:" (B48)
        r"|(?:nice|good|great|helpful|useful)(?:,| but) not (?:necessary|essential|required)"
        # ... and the other way round, a recruiter's "Not required, but great if you have:"
        # (B74)
        r"|not (?:required|essential|necessary),? but (?:great|nice|good|helpful|useful|handy"
        r"|a (?:bonus|plus))(?: if you(?: also)?(?: have| had|'ve got)?| to have)?"
        r"|bonus(?: points)?(?: (?:if|for)(?: you)?(?: also)?(?: have)?)?"
        r"|nice if you(?: have| have got|'ve got)"  # "Nice if you've got ✨" (B54)
        # "It's a bonus if you:" (B49)
        r"|it'?s (?:a|an(?: added)?) (?:bonus|plus|advantage) if(?: you)?(?: also)?(?: have)?"
        # a Facebook post's "Bonus points if you've got 🌟" (B23)
        r"|bonus(?: points)? if you(?:'ve| have)? got"
        r"|(?:it(?: would|'d)|would) (?:also )?be (?:great|nice|good|helpful|useful|lovely"
        r"|brilliant|fantastic"
        r"|an advantage|a bonus|a plus) if(?: you)?(?: also)?(?: have| had)?"
        # (a recruiter's "Would be good if you have:", the "it" left out, B83)
        # "It would be an advantage to have:" (B32)
        r"|it(?: would|'d) (?:also )?be (?:an advantage|a bonus|a plus|desirable|useful|helpful)"
        r" to have"
        r"|assets?(?: qualifications| criteria)?|additional qualifications"
        # a Canadian theatre's "The following would be considered assets:" (B41)
        r"|(?:the following )?(?:would|will) be (?:considered )?(?:an? )?assets?"
        r"|pluses|(?:a )?plus(?:es)?|extras?|bonus (?:skills|experience)"
        r"|(?:skills|things|experience) that (?:will|would|could|might) help(?: you)?"
        # a New Zealand careers page's "What you'll bring" / "Also valued" (B19)
        r"|also valued|we(?:'d| would) also value"
        # a South African university's "MINIMUM REQUIREMENTS" / "RECOMMENDATIONS" (B20)
        r"|recommendations?"
        # a careers page's "Highly regarded", a noticeboard post's "It would also help if
        # you:" (B21)
        r"|highly (?:regarded|valued)|it(?: would|'d)(?: also)? help(?: if you(?: also)?)?"
        # a New Zealand careers page's "Even better if you have" (B45)
        r"|even better if you(?: also)?(?: have| had| bring| are)?"
        r"|advantageous"  # an Irish job board's "Advantageous" over the wishes (B46)
        # a charity shop's "Extra points if you have" (B95); a recruiter's "They'd love it if
        # you also had:" (B96)
        r"|extra points if you(?: have| bring| are)?"
        r"|(?:they|we)(?:'d| would) love it if you(?: also)?(?: had| have| are| were| bring)?"
        # a Canadian housing provider's "Preferred assets" (B92)
        r"|preferred assets"
        # a Canadian job profile's "Preference may be given to applicants with:" (B27)
        r"|preference (?:may|will|could) be given to (?:applicants|candidates)"
        r"(?: (?:with|who(?: have)?))?",
    ),
    (
        REQUIREMENTS,
        r"requirements?|qualifications?|essential(?: criteria)?|criteria"
        r"|person spec(?:ification)?|skills|experience|knowledge|competenc(?:y|ies)"
        r"|about you|who you are|what you(?:'ll|'d| will| would)? (?:need|bring|have)"
        # a careers page's "Sound like you?" over what it wants (B100)
        r"|sounds? like you"
        # a post's "You are:" over the person it wants (B86)
        r"|you(?:'re| are)"
        # a post's "🙋 You:" over what the applicant must bring (B68)
        r"|you"
        r"|you (?:will|should|must) have|you(?:'ll) (?:need|have|bring)|you (?:need|bring)"
        # (B116: a post's "You've got:" over what the applicant has)
        r"|you(?:'ve| have) got"
        # a community post's "You'll need to:" over "Be available ..." (B25); a job
        # board's "WHAT YOU NEED TO BRING" (B39)
        r"|(?:what )?you(?:'ll| will)? need to(?: (?:have|be|bring))?"
        r"|(?:the )?ideal candidate(?: will have)?|what (?:we|they)(?:'re| are) looking for"
        # a recruiter's e-mail: "What they're after:" (B41)
        r"|what (?:we|they|the (?:client|employer))(?:'re| are|'s| is) after"
        # (B99: "What my client is looking for:")
        r"|what (?:my|our) client(?:'s| is) (?:looking for|after)"
        # ... and "They're after:" (B56)
        r"|(?:we|they|the (?:client|employer))(?:'re| are|'s| is) after"
        r"|who (?:are (?:we|they)|(?:we|they)(?:'re| are)) looking for"
        # "They're looking for someone with:" (B57)
        r"|(?:we|they)(?:'re| are) looking for (?:someone|somebody|a person|people)"
        r"(?: (?:with|who))?"
        # a recruitment agency's email: "What the client is looking for:" (B22)
        r"|(?:what|who) (?:the|our) (?:client|employer|company|team"
        # (B90: "What the hiring manager is looking for:")
        r"|hiring manager|manager|panel)(?:'s| is) looking for"
        # (B71, once "The role in brief" heads the duties: "What the hiring manager needs:")
        r"|what (?:the|our|my) (?:client|employer|hiring manager|manager|team) (?:needs|wants)"
        r"|how you will be assessed|key attributes|what (?:we|they|i) need(?: from you)?"
    # "What we look for:" (B76)
    r"|what (?:we|they|i)(?:'re| are)? look(?:ing)? for(?: in you| in (?:a|the) candidate)?"
        # an agency's "What the client needs:" (B49); a recruiter's "What they're asking
        # for:" (B51)
        r"|what (?:the|our) (?:client|employer|hirer) needs(?: from you)?"
        r"|what (?:we|they|the (?:client|employer))(?:'re| are|'s| is) asking for"
        # "The client needs someone who:" (B54)
        r"|(?:the|our) (?:client|employer|hirer|company) needs someone who|we need someone who"
        r"|physical requirements"
        # the Civil Service Success Profiles' "Behaviours" and "Technical skills" lists: the
        # criteria of the post (B33)
        r"|behaviou?rs|technical skills"
        # an employer's e-mail: "What we'd need from the person:" (B23)
        r"|what (?:we|they)(?:'d| would) need from (?:you|the (?:person|candidate|applicant))"
        r"|to (?:be successful|succeed)(?: in (?:this|the) (?:role|job|position))?,? "
        r"you(?:'ll| will) (?:need|have|bring)"  # "To be successful you'll have:" (B22)
        # a recruiter's reply: "To be considered you'll need:" (B44)
        r"|to be considered,? you(?:'ll| will) (?:need|have|bring)"
        r"|(?:we|they)(?:'re| are) looking for|must[- ]haves?|minimum qualifications"
        # (B94: "Eligibility to Compete")
        r"|(?:key )?selection criteria"
        r"|eligibility(?: to (?:compete|apply)| criteria| requirements)?"
        r"|education|training|competencies|abilities"
        r"|conditions? of employment|(?:[a-z]+ )?language requirements?"
        # a Canadian poster's "Operational requirements" after its assets (B43)
        r"|operational requirements?"
        # an Australian council's "Pre-employment requirements", after the desirable (B23)
        r"|pre-?employment requirements?"
        r"|knowledge,? skills,? (?:and|&) abilities|ksas?"
        # a US class specification's "License:" in front of its licence requirement (B26)
        r"|licen[cs](?:e|es|ing|ure)"
        r"|required(?: skills| qualifications| experience)?"
        r"|personal (?:qualities|attributes|skills|characteristics)|other"
        r"|(?:language|mathematical|math|computer|reasoning) skills"
        r"|education,? (?:and|or|and/or) (?:experience|training)|availability"
        r"|examples(?: of (?:specialized|specialised|qualifying) experience)? include"
        # Canada's Job Bank (B9): its requirement blocks under "Overview" and below
        r"|credentials|certificates,? licences,? memberships,? and courses|languages?"
        r"|experience and speciali[sz]ation|area of work experience|security and safety"
        r"|transportation/travel information|personal suitability"
        # NHS Scotland's job description (B11)
        r"|knowledge,? training,? and experience(?: required(?: to do the job)?)?"
        # Ireland's HSE job specifications (B10)
        r"|(?:post[- ]specific|other) requirements(?: specific to the (?:post|role))?"
        r"|skills,? competencies,? (?:and/or|and|or) knowledge"
        r"|qualifications,? (?:and/or|and|or) experience"
        # Naukri's generic heading over the requirement list, not a wish (B20)
        r"|(?:desired )?candidate profile"
        # a German ad's "Ihr Profil" in English, over the requirements (B22)
        r"|your profile"
        # a noticeboard post's "You'd be great for this if you:" (B21)
        r"|you(?:'d| would) be (?:great|perfect|ideal|a great fit) for (?:this|the|us)"
        r"(?: (?:role|job|position))? if(?: you)?(?: have| are)?"
        # a Canadian job profile's "Provisos" (a criminal record check, evening work, B27)
        r"|provisos?",
    ),
    (
        DUTIES,
        r"responsibilities|duties|what you(?:'ll| will) (?:actually )?(?:do|be doing)"
        r"|what you(?:'d| would) be doing"  # a noticeboard post (B21)
        r"|key tasks|tasks"
        # a position description's column headings "Key result area       Key tasks" (B53)
        r"|key result areas?\s+(?:and\s+)?key (?:tasks|activities)"
        r"|what will (?:i|you) be doing|what (?:i|you)'ll be doing"
        r"|(?:job )?functions|examples of (?:essential |typical |the )?(?:job )?(?:duties|work"
        r"|functions|tasks|responsibilities)(?: performed)?|typical duties"
        r"|your role|role description|accountabilit(?:y|ies)|day[- ]to[- ]day"
        r"|a typical day|in this role,? you(?:'ll| will)"
        # a recruiter's "The role in a nutshell:" over the duties (B90); "A quick snapshot
        # of the role:" (B91, B92; a bare "Quick snapshot:" is over pay and hours, B40)
        r"|(?:the )?(?:role|job) in a nutshell"
        # (B99: a recruiter's "The role in brief:")
        r"|(?:the )?(?:role|job) in brief"
        r"|(?:a |the )?(?:quick )?snapshot of (?:the|this|your) (?:role|job|position)"
        # a community post's "Here's what the job looks like 👇" (B28)
        r"|(?:here's |here is )?what (?:the|this) (?:job|role|work) (?:involves|looks like"
        r"|entails)"
        r"|you will|the work|general"
        # a housing association's role profile: "What you will be accountable for" (B27)
        r"|what you(?:'ll| will) be (?:accountable|responsible) for"
        r"|(?:areas?|scope) of responsibility|(?:key )?result areas|your impact"
        r"|a (?:typical )?day in the (?:role|job|life)(?: (?:might|will|could|would) "
        r"(?:include|involve|look like))?"
        # Singapore's Careers@Gov and Naukri (B20)
        r"|what you(?:'ll| will) (?:be )?working on|roles? (?:and|&) responsibilities"
        # a New Zealand charity's "About the mahi" (te reo Maori: the work) (B43)
        r"|(?:about )?(?:the |your )?mahi",
    ),
    (
        MIXED,
        r"about (?:the|this) (?:role|job|position|post|opportunity)"
        r"|(?:job|role|position) (?:summary|overview|purpose|description|objectives?)"
        # "Role" alone over the summary of a Victorian school vacancy (B24); "Main purpose
        # of the job" over the one sentence of the job's purpose, not over duties (B27)
        r"|overview|summary|purpose|the (?:role|job|position|post|opportunity)|role"
        r"|job description|description"
        r"|what the (?:role|job) is",  # Singapore's Careers@Gov (B20)
    ),
    (
        OTHER,
        r"about (?:us|(?:the |our )?(?:library|organi[sz]ation|company|team|council|university"
        r"|employer|department|service|trust"
        # a massage clinic's "ABOUT THE CLINIC", a salon's "About the salon" (B37)
        r"|clinic|salon|spa|studio|practice|kennels|shop|store|business))"
        r"|who we are|benefits|what we offer"
        # "You'll be happy to hear:" over staff housing, meals and a ferry (B103)
        r"|you(?:'ll| will) (?:be )?(?:happy|pleased|glad|delighted) to (?:hear|know|learn)"
        # a recruiter's message: "Quick snapshot:" over pay, hours and contract (B40)
        r"|(?:a |the )?(?:quick )?(?:snapshot|(?:role |job )?at a glance|quick facts"
        r"|key (?:facts|details)"
        # (B116: a recruiter's "Quick details:" over client, pay, shift and checks)
        r"|quick (?:details|info|rundown|overview))"
        r"|benefits of (?:working|joining) (?:for |with |at )?[\w' ]{1,30}"  # (B33)
        # an NHS candidate pack's "WORKING FOR WESTMOOR" over its pension and leave (B43)
        r"|working (?:for|at) [\w' ]{2,30}"
        # a New Zealand job board's "WHY SOUTHERN ALPS IT" over hours and perks (B43)
        r"|why (?!you\b)[\w' ]{2,30}"
        # a job board's facts: "Checks: Enhanced DBS (paid for by us)" (B44)
        r"|checks?"
        r"|we offer|perks|salary(?: and benefits)?|pay|compensation|hours(?: of work)?"
        # a racecourse's "PAY RATES" table (B56)
        r"|pay rates?|rates? of pay|pay scales?"
        # a yoga studio's "The good stuff" over its perks, a nail bar's "TRADE TEST" over
        # how shortlisted people are tested (B37)
        r"|the good stuff|(?:trade|practical|skills) test"
        # an optician's "Why you'll like it here" over its perks (B38)
        r"|why you(?:'ll| will) (?:like|love|enjoy) (?:it|working) (?:here|with us)"
        # a New Zealand practice's "Our commitment to Te Tiriti o Waitangi" (B38)
        r"|our commitment(?: to [\w' ]{1,40})?"
        r"|working hours|work hours|location|how to apply|to apply|application(?: process)?"
        # "Application Requirements" over the documents to send, not the applicant's (B81)
        r"|application (?:requirements|documents|package|checklist)"
        # "Our hiring process" over its steps: a call, an interview, a shadow shift (B65)
        r"|(?:our )?(?:hiring|recruitment|selection|interview) process|good to know"
        r"|closing date|deadline|contract(?: type)?"
        r"|equal (?:employment )?opportunit(?:y|ies)(?: (?:statement|employer|policy))?"
        r"|posting date|date posted|posted on"  # Oracle Recruiting's job facts (B32)
        r"|safety tips?|stay safe(?: online)?|similar (?:ads|jobs|listings)"  # Gumtree (B32)
        r"|diversity(?: and inclusion)?|why (?:join|work (?:for|with)) us|contact(?: us| officer)?"
        r"|further (?:information|details)|additional information|start(?: date)?|duration"
        # a Government of Canada poster (B16)
        r"|other information|information you must provide|intent of the process|preference"
        r"|important messages|assessment accommodation|information on [\w ,]+"
        # an Irish council's conditions of service (B16)
        r"|superannuation|garda vetting|probation(?:ary period)?|pension(?: scheme)?|work type"
        # an Irish council's terms of the post in running text (B82)
        r"|particulars of (?:employment|the post|the position)"
        # an Irish council's two-column job specification (B32)
        r"|taking up appointment|reporting relationship|tenure|annual leave|working week"
        r"|details of service|campaign reference|informal enquiries"
        # a Civil Service pack's "Nationality requirements": who may apply, in running
        # text (B27, B33)
        r"|nationality(?: requirements| rules)?"
        # an Australian council's position description (B34); a board's list of the
        # documents to upload
        r"|accountability(?: and extent of authority)?|extent of authority"
        r"|(?:key |working )?relationships"
        r"|(?:required |optional |supporting |applicant |application )?documents"
        r"(?: needed| required)?(?: to apply)?"
        # (B77: "Application Materials" over a cover letter, a CV and referees)
        r"|(?:required |supporting )?application materials|materials to (?:submit|include)"
        r"|location of (?:the )?post|proposed interview date(?:\(s\)|s)?"
        # (B78: "SUMMARY OF TERMS AND CONDITIONS" in a candidate pack)
        r"|(?:(?:a )?summary of (?:the )?(?:main )?)?terms and conditions(?: of employment)?"
        r"|important dates|interviews?"
        # working conditions and the like describe the job's setting, not what to do or
        # to bring; job-board meta ("Closing: continuous", "Job type: part-time")
        r"|physical (?:demands|activities|effort|abilities|environment)"
        r"|(?:working|work|environmental) (?:conditions|environment)"
        r"|distinguishing characteristics|(?:supplemental|supplementary) information"
        # a US class specification's "DEFINITION": the class summed up in one sentence
        # ("Under general supervision, provides ...; and performs related work as
        # required") over its own list of duties (B26; B5, B13, B23 had it too)
        r"|(?:class |position |job )?definition"
        r"|(?:employer|contact|company|practice|job|vacancy) (?:details|information)"
        r"|similar jobs|safeguarding|closing|closes|posted|(?:job|employment) type"
        r"|(?:job |vacancy )?ref(?:erence)?(?: (?:no|number))?|grade|band|reports to"
        r"|(?:work )?schedule|salary range|job id|requisition(?: (?:id|number))?"
        r"|(?:responsible|accountable|reporting) to|line manager"
        r"|what'?s in it for (?:you|me)|what you(?:'ll)? get|how we(?:'ll)? support you"
        # a careers page's "Our total rewards", a council's "Our commitment to you" (B25)
        r"|(?:total )?rewards?(?: package)?|commitment to you"
        # a recruiter's "PACKAGE" over the pay and benefits (B25)
        r"|(?:salary |benefits |remuneration )?package"
        r"|our offer|in return|we can offer(?: you)?|why you'll love (?:it|working) here"
        r"|in return,? we(?:'ll| will)? offer(?: you)?|what we (?:can )?offer(?: you)?"
        r"|(?:post|job|position) title|department|directorate|substitutions?"
        r"|applicant requirements|(?:employer )?(?:certification|accreditation)s?(?: badges)?"
        r"|assessment(?: methods?| process)?|method of assessment"
        r"|why (?!you\b)[a-z][\w'&-]*(?: [a-z][\w'&-]*){0,4}\?"
        r"|about the recruiter|jobs like this|similar jobs|profile insights"
        r"|(?:other |more )?jobs you (?:might|may) (?:also )?like|you (?:might|may) also like"
        r"|post (?:number|no\.?)|number of posts"
        r"|application (?:will include|questions)(?: the following questions)?"
        # Indeed's screening questions: "Application question(s):" (B31)
        r"|application question\(s\)|screening questions?"
        r"|(?:employer|screening) questions"
        r"|required from|disclosure and barring service(?: check)?|dbs(?: check)?|pvg(?: scheme)?"
        r"|work setting|on site|remote|hybrid|supervision|supervisory responsibilities"
        r"|work conditions and physical capabilities|who can apply(?: to this job)?\??"
        r"|certificate of sponsorship|(?:visa )?sponsorship|working for us|apply(?: now)?"
        r"|(?:campaign specific )?selection process|code of practice"
        # a US civil-service ad's "HOW YOU WILL BE EVALUATED" over the exam it sets (B40)
        r"|how you will be evaluated|(?:examination|evaluation|selection) (?:process|procedure"
        r"|information)|examination"
        # a job pack's contents list and letter (B11)
        r"|(?:table of )?contents|welcome(?: from (?:the|our) [a-z ]{3,30})?"
        r"|job description agreement|organisational position|dimensions|job identification"
        # US state and NEOGOV pages (B11)
        r"|supplemental questions|required question|agency|address|website|working title"
        # "*QUESTION 2" over a supplemental question and its answers (B50)
        r"|question \d{1,2}"
        r"|work (?:shift|week|days)"
        r"|(?:a )?(?:letter|message) from (?:the|our) [a-z ]{3,30}"
        # a US district posting's meta block: "WORK YEAR: 203 days", "OPEN: ... CLOSE: ..."
        r"|work year|open|opens|opening date|close|posting (?:#|no\.?|number)"
        r"|(?:job|employment) types|expected hours"
        r"|ranking ?(?:/|and|or) ?shortlisting(?: ?/ ?interview)?"
        # Indeed's summary block under the ad (B18)
        r"|ability to (?:commute|relocate)|work location|shift availability"
        # a US university's posting: what to attach, and how (B19)
        r"|(?:required )?(?:applicant|application) documents|documents? required"
        r"|(?:special )?instructions (?:to|for) applicants"
        # a SEEK ad's benefits, a South African university's closing blocks, Naukri's
        # site summary over the ad and its company blocks (B20)
        r"|what'?s on offer|application procedures?|enquiries|inquiries|job highlights"
        r"|company info(?:rmation)?"
        # a careers page's list of what is not asked for: "What you don't need" (B21)
        r"|what you (?:don't|do not) need(?: to (?:have|bring))?"
        # a student portal's "Application instructions", a graduate scheme's "Locations:
        # stores across England ... – choose up to three preferred regions" (B22)
        r"|application instructions|locations"
        # the rows of an Irish job specification's table after its lists (B24)
        r"|remuneration|working (?:week|pattern|days)|informal (?:enquiries|inquiries)"
        # a university's "Application Information"; the boilerplate headings of
        # Victoria's school vacancies: "Location Profile", "Who May Apply", "EEO AND OHS
        # Commitment", "Child Safe Standards" (B24)
        r"|application information|location profile|who may apply"
        r"|eeo(?: and ohs)?(?: commitment| statement)?|child safe(?:ty)? standards",
    ),
)

_HEADING_PREFIX = (
    r"(?:(?:key|main|core|principal|primary|general|generic|our|your|the|job|role|position"
    r"|specific|special"
    r"|additional|minimum|basic|required|essential|other|mandatory|marginal)\s+)*"
)
_HEADING_SUFFIX = (
    # "... and experience", "... / abilities": at most two more words ("Basic math skills
    # and experience handling cash" is a criterion, B10)
    r"(?:(?:\s+(?:and|&)\s+|\s*/\s*)[a-z']{2,20}(?: [a-z']{2,20})?)?"
    r"(?:\s+(?:of|for) (?:the|this) (?:post|role|job|position))?"
    r"(?:\s+\((?:essential|desirable|required|preferred)\))?"
    r"(?:\s+\((?:percentage of time|% of time|time spent)\))?"
)
_HEADING_RES = tuple(
    (kind, re.compile(rf"^{_HEADING_PREFIX}(?:{core}){_HEADING_SUFFIX}$"))
    for kind, core in _HEADING_CORES
)
# (B31: "Bonus if you have ⭐": the star and other symbols of U+2B00-U+2BFF as well)
_SYMBOLS = re.compile("[\u2600-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff\ufe0f\u200d]+")
_MARKUP_AROUND = re.compile(r"^[#*_=\s]+|[*_=\s]+$")


# "Duties include -": a dash where a heading's colon would be (B57)
_DASH_FOR_COLON = re.compile(r"\s+[-–—]$")


def _heading_key(line: str) -> str:
    line = _SYMBOLS.sub("", line)  # "## What you'll need ✅", "Nice to have ⭐" (B9)
    # "It would be great if you also have…": a trailing ellipsis leads into the list (B23)
    text = _MARKUP_AROUND.sub("", line).rstrip(":").rstrip("…").strip()
    text = _DASH_FOR_COLON.sub("", text)  # "Duties include -" (B57)
    text = re.sub(r"\band/ or\b", "and/or", text)  # "Qualifications and/ or experience"
    key = _MARKUP_AROUND.sub("", text).lower().replace("’", "'")
    # "Here's what you'll do" heads the duties as "What you'll do" does (B67)
    return re.sub(r"^here(?:'s| is) (?=what you)", "", key)


_TITLED_HEADING = re.compile(
    r"^(person specification|job description(?: and person specification)?)\s+[–—-]\s+\S")


# "education, training and experience": the words of a heading that lists its kinds
_LISTED_WORDS = re.compile(r"\s*,\s*(?:(?:and|&|or)\s+)?|\s+(?:and|&|or)\s+")
_ETC = re.compile(r",?\s+etc\.?$", re.IGNORECASE)


def _heading_kind(key: str) -> str | None:
    if titled := _TITLED_HEADING.match(key):  # "PERSON SPECIFICATION - Outpatient Receptionist"
        return _heading_kind(titled.group(1))
    if " | " in key:  # "He aha ō mahi | What you'll be doing": a bilingual heading (B11)
        return next((k for part in key.split(" | ") if (k := _heading_kind(part.strip()))),
                    None)
    for kind, pattern in _HEADING_RES:
        if pattern.match(key):
            if kind == OTHER and (pair := re.fullmatch(r"(key |working )?relationships and (.+)",
                                                         key)) and not _heading_kind(pair[2]):
                # "Relationships and information sharing": a key result area of a position
                # description over its tasks, not the list of contacts (B53)
                return None
            if kind == OTHER and (pair := re.fullmatch(
                    r"(?:enquiries|inquiries) (?:and|&) (.+)", key)) and not _heading_kind(pair[1]):
                # "Enquiries and sales": a key result area over its tasks, not whom to ask
                # about the post (B118)
                return None
            if kind == REQUIREMENTS and (pair := re.fullmatch(r"knowledge and (.+)", key)) \
                    and not _heading_kind(pair[1]) and not re.match(
                        r"understanding|awareness|expertise|abilit|competenc|attribute|qualit"
                        r"|aptitude|behaviou?r|know-how|insight", pair[1]):
                # "Knowledge and improvement": a key result area over its outcomes (B116)
                return None
            return kind
    if key.count(" – ") == 1 or key.count(" — ") == 1:
        # "Te tūranga – the role": a bilingual heading set apart by a dash, as by " | " or
        # " / " (B81); one part known, the other the other language
        kinds = {k for part in re.split(" [–—] ", key) if (k := _heading_kind(part.strip()))}
        if len(kinds) == 1:
            return kinds.pop()
    if key.count(" / ") == 1:
        # "Hanfodol / Essential", "Prif ddyletswyddau / Main duties": a bilingual heading,
        # Welsh then English; the part the reader does not know is the other language (B19)
        kinds = {k for part in key.split(" / ") if (k := _heading_kind(part.strip()))}
        if len(kinds) == 1:
            return kinds.pop()
    if key.endswith("?"):  # "What's in it for you?" (B12)
        return _heading_kind(key.rstrip("?").rstrip())
    # (B95, a US university's "Minimum/Required Qualifications" and "Preferred (Special)
    # Qualifications": two words for one, or a word in brackets, inside the heading)
    if (slash := re.fullmatch(r"(\w+)/(\w+) (\w+(?: \w+)?)", key)):
        kinds = {_heading_kind(f"{slash[1]} {slash[3]}"), _heading_kind(f"{slash[2]} {slash[3]}")}
        if len(kinds) == 1 and (kind := kinds.pop()) in (DESIRABLE, REQUIREMENTS):
            return kind
    if (inner := re.fullmatch(r"(\w+) \(\w+\) (\w+(?: \w+)?)", key)):
        kind = _heading_kind(f"{inner[1]} {inner[2]}")
        if kind in (DESIRABLE, REQUIREMENTS):
            return kind
    if (aside := re.fullmatch(r"(.+?) \(([^()]{3,60})\)", key)) and not re.search(
            r"\d|%|\btime\b", aside.group(2)):
        # "Desirable (but we'll train you!)" (B18), "Eligibility (this position is funded
        # through Young Canada Works)" (B86)
        kind = _heading_kind(aside.group(1))
        return kind if kind in (DESIRABLE, REQUIREMENTS) else None
    if (parts := _LISTED_WORDS.split(_ETC.sub("", key))) and len(parts) >= 2 and all(
            _heading_kind(part) == REQUIREMENTS for part in parts):
        # "Education, Training and Experience", "Education, Training, Experience, etc.":
        # the kinds of requirement an Irish public-service ad sorts its qualifications
        # into, listed in one heading (B26)
        return REQUIREMENTS
    if "/" in key:
        # "Qualifications/Professional registration/Other requirements": one kind for all
        # the parts it knows (a Queensland role description, B16)
        kinds = [_heading_kind(part.strip()) for part in key.split("/")]
        known = {k for k in kinds if k}
        return REQUIREMENTS if known == {REQUIREMENTS} and kinds.count(REQUIREMENTS) >= 2 else None
    return None


def _looks_marked_as_heading(line: str) -> bool:
    """Markdown '#', bold, a trailing colon or ALL CAPS: the writer meant a heading."""
    stripped = line.strip()
    letters = [c for c in stripped if c.isalpha()]
    all_caps = len(letters) >= 4 and all(c.isupper() for c in letters)
    bold = stripped.startswith("**") and stripped.endswith("**")
    return (stripped.startswith("#") or bold or stripped.endswith(":") or all_caps
            or bool(_DASH_FOR_COLON.search(stripped)))


# "Essential Duties and Responsibilities include the following. Other duties may be
# assigned." (the US template's heading, B7)
_INCLUDE_THE_FOLLOWING = re.compile(
    r"\s+(?:include|includes|are|is) (?:the following|as follows|but (?:are|is) not limited to)"
    r"\b.*$")


# the second line of such a heading, broken after its first words (B21)
_HEADING_TAIL = re.compile(
    r"^(?:include|includes|are|is) (?:the following|as follows|but (?:are|is) not limited to)\b")


def _section_of_heading(line: str) -> str | None:
    """The section a heading line opens, or None when the line is not a heading."""
    key = _heading_key(line)
    if _heading_kind(short := _INCLUDE_THE_FOLLOWING.sub("", key)) is not None:
        key = short
    if not key or len(key) > 80 or len(key.split()) > 10:
        return None
    kind = _heading_kind(key)
    if kind is not None:
        return kind
    if (about := _ABOUT_EMPLOYER.match(_MARKUP_AROUND.sub("", line).rstrip(":").strip())) and (
            _heading_kind(about.group(1).lower()) is None):
        return OTHER  # "About Northshore Polytechnic": the employer describing itself (B20)
    if re.fullmatch(r"\s*\([^()]*\)\s*", line):
        return None  # "(ASIC)" wrapped under "... Identification Card": not a heading (B40)
    if _looks_marked_as_heading(line):
        # "In this role you'll:" or "The successful applicant will have:" lead into
        # a list; the cues in the lead-in tell us which kind.
        if _SEND_US.search(key):
            return OTHER  # "If you're interested, could you send me:" (B81)
        if _RESPONSIBLE_FOR.search(key):
            return DUTIES  # "The successful candidate will be responsible for:" (B81)
        if _LOOKING_FOR.search(key):
            return REQUIREMENTS  # "We are looking for someone with:"
        if _IF_YOU_LEAD.search(key):
            return REQUIREMENTS  # "We'd love to hear from you if you:" (B23)
        if _EXPERIENCE_LEAD.search(key):
            # "Specialized experience for this grade is experience that demonstrates:",
            # "For the GS-07 level, examples of specialized experience include:": the
            # experience asked of the applicant, in a USAJOBS ad's Qualifications (B33)
            return REQUIREMENTS
        return classify_line(key) or MIXED
    return None


# "About Northshore Polytechnic", "About Lakeshore Discovery Center": a heading over the
# employer's own text, named in title case ("About you", "About the role" are known kinds;
# "About Your Role" is not the employer)
_ABOUT_EMPLOYER = re.compile(
    r"^About ((?!(?:You|Your|The|This|It)\b)[A-Z][\w&'’.-]*"
    r"(?: (?:[A-Z][\w&'’.-]*|of|the|and|&|for|in|at)){0,5})$")


# "We are looking for someone with:" leads into requirements; in a sentence of an intro
# ("we're looking for someone who loves helping customers to join our team") it is not
# one itself (B3, B12)
_LOOKING_FOR = re.compile(r"\bwe(?:'re| are) looking for (?:someone|a person|people)\b")
# a lead-in that stops at "if you:" goes on in the list with the person's own verbs
# ("We'd love to hear from you if you:" / "Enjoy chatting to people", B23)
_EXPERIENCE_LEAD = re.compile(
    r"\bexperience (?:that|which) (?:demonstrates|shows|includes|has (?:equipped|provided))\b"
    r"|\bexamples of (?:[\w-]+ )?experience (?:include|are)\b"
    r"|\bexperience (?:includes|is experience)\b")
# (and "What matters is that you:" over "have experience of ...", "can stay calm ...", B104)
_IF_YOU_LEAD = re.compile(r"\b(?:if|is that) you(?:'re| are)?$")
# what the job holder will answer for, however the lead-in names them (B81)
_RESPONSIBLE_FOR = re.compile(r"\b(?:will be|are|is|be) responsible for$"
                              r"|\b(?:duties|responsibilities|tasks) (?:will )?include$")
# a lead-in asking for what to send: a CV, a salary, a notice period (B81)
_SEND_US = re.compile(r"\b(?:(?:could|can|would|will) you(?: please)?|please|kindly|just) "
                      r"(?:send|submit|e-?mail|attach|forward|upload)\b")


_PAY_OR_VETTING = re.compile(
    r"^(?:the )?(?:pay|salary|wages?|remuneration|hourly rate)(?: rate)? (?:is|are|will be)\b"
    r"|^(?:the )?successful (?:applicant|candidate)s? (?:will|may) (?:need to|be required to"
    r"|have to) "
    r"(?:provide|undergo|obtain|pass|complete)\b"
    # "The successful applicant must provide a satisfactory Criminal Record Check ...",
    # "Full paid training (approximately three weeks) is provided, ..." (B53)
    r"|^(?:the )?successful (?:applicant|candidate)s? must "
    r"(?:provide|undergo|obtain|pass|complete)\b"
    # "The successful applicant will be safety checked under the Children's Act 2014" (B34)
    r"|^(?:the )?successful (?:applicant|candidate)s? (?:will|may) be (?:safety |police |fully )?"
    r"(?:checked|vetted)\b"
    # conditions told in running text (B49, B50): "You must have the right to work in New
    # Zealand, and ...", "Applicants must be NZ citizens or residents, or hold a valid work
    # visa", "Candidates will be required to complete and return a Garda vetting form ...",
    # "Full details of the citizenship requirements are set out in Appendix 1" (B33)
    r"|^you must have the right to work\b"
    # "They don't require Garda vetting for this role" (B51): no condition at all
    r"|^(?:they|we|the (?:client|employer)) (?:don't|do not|doesn't|does not) (?:require|need)\b"
    r"|^(?:applicants|candidates) must be (?:[\w-]+ ){0,2}(?:citizens?|residents?)\b"
    r"|^(?:applicants|candidates) will be required to complete (?:and return )?an? (?:[\w-]+ )?"
    r"vetting\b|^full details of the citizenship requirements\b"
    r"|^candidates should (?:also )?note the restrictions on eligibility\b"
    r"|^(?:full |paid |full,? paid )*training\b[^.]{0,60}\bis (?:provided|given)\b"
    # the terms of a consular post told in running text (B58): "The successful applicant will
    # be employed under local ... conditions", "Appointment is subject to a satisfactory
    # security check", "Locally engaged staff do not have diplomatic status"
    r"|^(?:the )?successful (?:applicant|candidate)s? will be employed under\b"
    r"|^(?:the )?appointment (?:is|will be) (?:made )?subject to\b"
    # (B46, B68: "This post is subject to an enhanced DBS check." under the specification)
    r"|^(?:this|the) (?:post|role|position|job) is subject to\b"
    r"|^locally engaged staff\b"
    # weekend or evening availability asked for in running text under "About the role"
    # (B62: "You must be available to work weekends during major events")
    r"|^(?:you must|you(?:'ll| will) need to|applicants must|candidates must) be available "
    r"(?:to work )?(?:on )?(?:weekends|evenings|nights|public holidays|bank holidays)\b"
    # ... or to start soon (B65: "Candidates must be available to start within two weeks
    # and have full working rights in Australia", under the desirable list)
    r"|^(?:you must|applicants must|candidates must) be (?:able|available) to start\b"
    # (B67: "Applicants must hold New Zealand residency or a valid work visa", under the
    # desirable list)
    r"|^(?:you must|applicants must|candidates must) (?:hold|have) (?:[\w ]{0,30} )?(?:residency|"
    r"citizenship|(?:a )?(?:valid )?(?:work|working) (?:visa|rights))\b"
    # a licence and a car asked for in running text (B61: "The site is out the Stradbally
    # road with no bus, so they'll want you to have a full licence and your own car")
    r"|^.*\b(?:licen[cs]e and (?:your|a) own (?:car|vehicle|transport)"
    r"|need (?:your|a) own (?:car|vehicle|transport))\b")
# An age limit or the hours told in running text, outside a list of requirements (B76: "Must
# be 18+ to work in the hall.", "You must be over 18 and have full working rights in
# Australia", "The successful candidate must be 19 years of age or older and must obtain ...
# registration", "Weekend and bank holiday work is essential during the season, and you must
# be 18 or over ..."); B9's "Must be 16 years of age or older." on a line of its own under
# "What we're looking for" is one of the requirements
_CONDITION_IN_PROSE = re.compile(
    r"^(?:(?:you|applicants|candidates|staff|(?:the )?successful (?:applicant|candidate)s?) )?"
    r"must be (?:over |aged )?\d{2}(?:\+| years of age| years old| or over| or older|\b)"
    r"|^(?:weekend|evening|night|shift|rota|roster)(?: and [\w ]{1,20})? work is essential\b")
_SELECTION_RULE = re.compile(
    r"\bmay be substituted\b|\bsubstitution\b|^time[- ]in[- ]grade\b"
    r"|\bmust meet (?:all|the following|these) (?:qualification )?requirements by\b"
    # "To qualify at the GS-6 level, you must have one year of specialized experience
    # equivalent to ... as described above" (B58): the grade's rule over the criteria
    r"|^to qualify (?:at|for) (?:the )?gs-?\d+\b"
    r"|^we(?:'ll| will) assess (?:you|your)\b|\bdoes not have an? (?:[\w-]+ ){0,3}requirement"
    r"|^transcripts? must be submitted\b|\brepresentative sample\b"
    r"|^an? (?:short |brief )?(?:written|online|practical|typing|role-play) (?:exercise|test|task)"
    r" in which\b"
    r"|\bapplicants with disabilities\b|\bcommitted to (?:having |building )?an? "
    r"(?:[\w-]+,? ){0,3}(?:diverse|inclusive) workforce\b")
_PLURAL_SUBJECT = re.compile(
    r"^(?:[A-Z][a-z]+ ){0,2}[A-Za-z]+[a-rt-z]s (?:are|work|provide|answer|help|serve|spend|deal"
    # (B67: "Customers come into our Champlain Place store to pay a bill, ...")
    r"|handle|act|come|visit)\b")
_JOB_TITLE_END = re.compile(
    r"\b(?:clerk|officer|assistant|co-?ordinator|receptionist|administrator|advis[eo]r|"
    r"manager|supervisor|consultant|representative|agent|attendant|arranger)s?$")
_JOIN_US = re.compile(
    r"\blooking for [\w ,-]{0,60}\bto join (?:our|the|us)\b"
    # "Riccarton Auto Services is an independent, family-run workshop with six technicians
    # ...": the employer described at the top of the role (B51)
    r"|^(?:we are|we're|[\w&'.-]+(?: [\w&'.-]+){0,5} (?:is|are)) (?:an?|one of the) "
    r"(?:[\w,-]+ ){0,4}(?:workshop|garage|dealership|business|company|firm|practice|group|"
    r"organi[sz]ation|employer|provider|charity|network)s?\b")
_RESULT_AREA = re.compile(r"^(?:key )?(?:result|accountability|performance|responsibility|focus)"
                          r" areas?(?: \d{1,2})?\s*[:\-–—]\s*\S.{0,60}$")
_NOTHING_REQUIRED = re.compile(r"^(?:none|n/a|not applicable)(?: (?:required|needed))?\.?$")
_REPORTING_LINE = re.compile(
    r"^reporting (?:directly )?to (?:the |our |a )?[^,.]{3,80}, "
    r"the successful (?:candidate|applicant)"
    # "The successful candidate will report to the Commercial Manager and will be ..." (B56)
    r"|^the (?:successful )?(?:candidate|applicant|post ?holder|person appointed) will report "
    r"(?:directly )?to\b")
# A day and a time, as a recruiter offers slots for a call: "Monday 19 May, 10:00 AST",
# "Thursday, June 5 at 2pm"
_TIME_SLOT_ITEM = re.compile(
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day,? (?:\d{1,2}(?:st|nd|rd|th)? [a-z]+|[a-z]+ "
    r"\d{1,2}(?:st|nd|rd|th)?),? (?:at )?\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?"
    r"(?:\s*[a-z]{2,4})?\.?")
_SEND_YOUR_CV = re.compile(
    r"\b(?:attach|send|e-?mail|upload|forward) (?:us |me )?(?:your|a) (?:cv|resume|résumé"
    r"|covering letter|cover letter)\b")
_APPLICANT_SAYS = re.compile(r"^(?:(?:hi|hello|dear)\b[^,]{0,30}, )?(?:i've|i have) (?:worked|been"
                             r"|volunteered|done|got|held|had)\b")
_SHARE_OF_TIME = re.compile(
    r"^(?:roughly |about |around |approximately |approx\.? |some |up to |over |nearly )?"
    r"(?:\d{1,3}\s?(?:%|per ?cent)|half|a third|two thirds|a quarter|three quarters|most) of "
    r"(?:your|the|each|every) (?:shift|day|time|week|working (?:day|week)|hours)"
    r"(?: here)? (?:is|are|will be|gets?) (?:spent|taken up)\b")
_JOB_FACT_ITEM = re.compile(
    r"^(?:(?:posting date|date posted|posted on|job (?:identification|id|category|schedule|type)"
    r"|apply before|requisition (?:id|number)) ?\S*\d"
    # a job board's facts list, label and value: "Work type Casual/Vacation", "Pay $31.20 -
    # $33.80 per hour" (B56; not "Availability ...", which most writers' lists use for a
    # requirement: "Availability to work weekends")
    r"|(?:work|job|employment|contract) type \S|classification \S|pay (?:range |rate )?[$£€\d]"
    r"|schedule \d)")


def _split_inline_heading(line: str) -> tuple[str, str] | None:
    """'Duties: shelving; reception' -> (DUTIES, 'shelving; reception')."""
    head, sep, rest = line.partition(":")
    if not sep or not rest.strip() or len(head.split()) > 5:
        return None
    if _heading_key(head) == "role":
        return None  # "Role: Front Office Executive" names the job; "Role" alone heads its summary
    if _heading_key(head) == "other":
        return None  # "Other: Free parking; paid time off for training" among the terms (B77)
    if re.search(r"\bin a nutshell$|\bin brief$|\bsnapshot\b", _heading_key(head)):
        # "The role in a nutshell: permanent, 30 hours a week ..., $27 - $29 per hour": the
        # job's terms in a sentence, where the heading alone is over a duty list (B56, B90)
        return None
    kind = _heading_kind(_heading_key(head))
    if kind == REQUIREMENTS and _heading_key(head) == "training" and re.search(
            r"\b(?:paid|provided|given|induction|on the job|on-the-job|in-house"
            r"|all new (?:staff|starters|employees|hires))\b", rest, re.I):
        # "Training: 2 paid induction days" is given (B49), as is "Training: All new staff
        # complete our in-house boat handling ... training" (B73)
        return (OTHER, rest.strip())
    if kind == DESIRABLE and _heading_key(head).startswith("bonus") and re.search(
            r"\d\s*%|[$£€]\s?\d|\bannual|\bper cent|\bpercent", rest, re.IGNORECASE):
        return (OTHER, rest.strip())  # "Bonus: up to 10% annual" is pay, not a wish (B32)
    return (kind, rest.strip()) if kind else None


# ---------------------------------------------------------------------------
# Classifying a single line or sentence
# ---------------------------------------------------------------------------

_DESIRABLE_CUE = re.compile(
    # (not "the preferred candidate", whoever is chosen: "A national police check will be
    # conducted for the preferred candidate", B62)
    r"\b(?:desirable|preferred(?! (?:candidate|applicant|person)s?\b)|nice[ -]to[ -]have"
    r"|an advantage|advantageous|a plus"
    r"|a (?:distinct|definite|real|great|big) advantage"
    r"|a bonus|^bonus (?:points )?if|would (?:also )?be (?:helpful|useful|welcome|great)|is helpful"
    r"|ideally|preferably|(?:considered |would be )?an asset|would be nice"
    r"|(?:a )?(?:big|huge|real) plus"
    r"|highly regarded|highly desirable|(?:an )?added advantage|(?:would be|is) beneficial"
    # "Candidates with prior events or F&B experience will be given priority" (B22)
    r"|not essential|(?:will be|are|is) given (?:priority|preference))\b"
)
# "You will hold a degree", not "You will hold 20-minute drop-in appointments" (B22)
_HOLD = r"hold(?! (?:[\w-]+ ){0,3}(?:appointments|sessions|meetings|workshops|clinics|events)\b)"
_REQUIREMENT_FIRST = re.compile(
    r"\b(?:(?:is|are) essential|you must"
    rf"|you (?:will|'ll|should|must|would) (?:also )?(?:have|need|bring|{_HOLD}|possess|be able)"
    # (B113: not "defect notices that must be cleared", a thing that must be done)
    rf"|(?:will|must|should) (?:have|{_HOLD}|possess)|(?<!\bthat )(?<!\bwhich )must be"
    r"|you are (?:a|an|someone)"
    # (not "so you have it in front of you", a recruiter's note, B60)
    r"|(?<!so )you have(?! (?:it|them|this|that|these|those)\b)"
    r"|(?:ideal|successful) (?:candidate|applicant) (?:will|has|is|should|must))\b"
)
_DUTY_CUE = re.compile(
    r"\b(?:you will|you'll|you would|(?:the )?(?:post ?holder|job ?holder|successful "
    r"(?:candidate|applicant)|assistant|role) will|responsible for|(?:duties|tasks) "
    r"(?:will )?include|the (?:role|job|post) (?:includes|involves|will involve)"
    r"|you(?:'ll| will) spend|your day)\b"
)
# Duty openings the verb list cannot hold: "Use your knowledge of ..." (B33), "Be the first
# point of contact for families who phone ..." and "Type and proofread ...", "Follow up with
# ..." (B52; "Type: Full-time" is a job fact, "Following our chat" a recruiter's opening)
_DUTY_OPENING = re.compile(
    r"^(?:use|apply|draw on) your (?:knowledge|skills|experience)\b"
    r"|^be (?:the |a )?(?:first|main|friendly|welcoming) (?:point of contact|face)\b"
    r"|^type (?:and |up |out )?(?!of\b)[a-z]|^follow up (?:with|on)\b"
    # (B98: "Following up on missed appointments and recalls by phone, text and email")
    r"|^following up (?:with|on) (?!our |my |your )")
_SOFT_WISHES = frozenset({"ideally", "preferably"})
_MUST = re.compile(r"\b(?:must|essential|required)\b")
# Lines about applying, not about the job: "Applicants must address each criterion..."
_APPLYING = re.compile(
    # (B113: "Applicants are to address each criterion below in a statement ...")
    r"\b(?:applicants (?:must|should|are to|will need to|are asked to) address|to apply|"
    r"please send|"
    # "It is therefore important that you set out clearly how your experience meets each of
    # the essential requirements"; a recruiter's "we have offered the position to another
    # candidate, who had a little more experience of ..." (B62)
    r"set out (?:clearly )?how your (?:experience|skills)|"
    r"offered the (?:position|role|job|post) to (?:another|a different) (?:candidate|applicant)|"
    # "Desirable criteria may be addressed in the same statement" (B54)
    r"criteria (?:may|should|must|can) (?:also )?be addressed\b|"
    # (B115: "Desirable criteria do not need to be addressed individually")
    r"criteria (?:do not|don't|does not|doesn't) need to be addressed\b|"
    # "Applicants must attach a resume and a cover letter ..." (B49)
    r"applicants (?:must|should) (?:attach|submit|include|upload|enclose)|"
    # a US class specification's "Any combination of education and experience that would
    # likely provide the required knowledge ... is qualifying. A typical way to ..." (B32)
    r"^(?:any|an? equivalent) combination of (?:\w+ ){0,3}(?:education|training|experience)\b"
    r"|^a typical way (?:to|of)\b|applications? (?:close|are "
    r"accepted|must be)|we guarantee an interview|preference will be given|"
    # "We shortlist against the essential criteria above", "You don't need to prepare
    # anything for the role-play" (B51)
    r"^we (?:will |'ll )?shortlist\b|\b(?:don't|do not) need to prepare\b"
    # "Your application should include a cover letter ... that addresses the following
    # criteria" (B53)
    r"|^your application (?:should|must) (?:include|address|contain)\b|shortlisted "
    r"(?:candidates|applicants)|referees? (?:will|may) be (?:contacted|asked|approached)"
    # a position description's closing note: "This position description is a guide to the
    # main responsibilities of the role ..." (B38)
    r"|(?:position|job|role) description is (?:a guide|not (?:intended|exhaustive))"
    r"|is committed to safeguarding|equal opportunit\w*|does not discriminate"
    # an Irish council's close: "Application forms are available from the Human Resources
    # Department ...", "Canvassing will disqualify." (B82)
    r"|\bcanvassing (?:will|shall|may) (?:disqualify|result in disqualification)"
    r"|^application forms? (?:is |are |may be |can be )?(?:available|obtained|downloaded)\b"
    # a job board's page footer: "Powered by PeopleAdmin", "University · 1400 College Avenue
    # · Hays Crossing, KS · Privacy · Title IX" (B40)
    r"|^powered by\b|(?:[^·]+·){3}"
    # a recruiter's approach: "your profile came up when I was searching for people with
    # ...", "I think you're a strong match on paper" (B91, B92); encouragement: "some
    # excellent candidates talk themselves out of applying" (B91); a selection step: "A
    # panel interview, which may include a short written exercise" (B92)
    r"|\byour (?:profile|cv|linkedin(?: profile)?)\b.{0,40}\b(?:came up|caught my eye|stood out)"
    # (B97: "I came across your profile on LinkedIn and your background in cataloging ...",
    # "As promised, I've got a temp assignment I think would suit you", the e-mail's "To:"
    # line, "Candidates should ensure that their application clearly demonstrates how they
    # meet the essential criteria", "Candidates may be required to attend a second-round
    # interview")
    r"|\bi came across your (?:profile|cv|details|linkedin|resume|r[ée]sum[ée])\b"
    # (B100: "Guaranteed interview scheme applies to disabled applicants who meet the
    # essential criteria")
    r"|\bguaranteed interview scheme\b"
    # (B99: "I'm recruiting a Communications & Engagement Advisor for one of my clients ...,
    # and your background in community newspapers ... came straight to mind")
    r"|\bcame (?:straight |right )?to mind\b|^i'?m recruiting (?:an? |for )"
    r"|^as promised,? i'?(?:ve| have) (?:got|found)\b"
    r"|^(?:to|cc|sent): [^:]{0,80}\w(?=>?$)"
    r"|\bapplications? (?:clearly )?demonstrates? how (?:they|you) meet\b"
    r"|^(?:candidates|applicants) may be (?:required|asked|invited) to (?:attend|take|complete"
    r"|sit)\b"
    # (B93: "as you registered for practice management roles ..., we thought you would be
    # interested in this new vacancy")
    r"|\bas you registered (?:for|with)\b|\bwe thought you (?:would|might|may) be interested\b"
    r"|\bi think you(?:'re| are|'d be| would be) (?:a )?(?:really )?(?:strong|good|great) "
    r"(?:match|fit)\b|\btalks? (?:themselves|yourself) out of applying\b"
    r"|^an? (?:panel |face-to-face |online |video |short |formal )?interview(?:,| with| which| at)"
    # "Please do not attach copies of certificates" (B94)
    r"|^please do not (?:attach|send|include|enclose)\b"
    # an agency's e-mail footer: "Registered in England and Wales No. 08812274" (B89)
    r"|\bregistered in england(?: (?:and|&) wales)?(?: under)?(?: company)? (?:no|number)\b"
    # a recruiter's opening line: "My client, a national parking company, is hiring ... and
    # I think you'd be a strong fit" (B40)
    r"|\bi think you(?:'d| would) be (?:a |an )?(?:really |very |so )?(?:great|strong|good"
    r"|perfect|ideal)\b"
    # ... and its close: "If this sounds interesting, would you have 15 minutes ...", "Full job
    # pack at the link below, please share" (B42)
    r"|^if (?:this|it|that) sounds (?:interesting|good|like you|of interest)\b"
    r"|\bat the link below\b"
    r"|\bplease share (?:this|it|with)\b"
    # a check told in running text: "a vulnerable sector check is required before the start
    # date" (B42)
    r"|\b(?:check|vetting|clearance|vet) (?:is|will be) (?:required|needed|carried out) "
    r"(?:before|prior to)\b"
    # (B115: "Referee checks will be conducted for the preferred applicant"; "However,
    # Canadians and permanent residents will be given priority")
    r"|\b(?:referee|reference) checks? will be (?:conducted|carried out|undertaken|done)\b"
    r"|\bcanadians?(?: citizens)? and permanent residents (?:will be|are) given (?:priority|"
    r"preference)"
    r"|^my client\b[^.]{0,80}\b(?:is|are) (?:hiring|looking|recruiting)\b"
    # B67: a recruiter's greeting ("we think this role could be a strong match"), a post's
    # close ("DM me or apply via the link in the comments") and training as a perk ("Full
    # product training in your first three weeks" among the duties)
    # (B116: "After 9 years of fixing Winnipeg's laptops ..., we need another set of hands")
    r"|\bwe need (?:another|an extra|a new|one more|an? (?:spare|extra)) (?:set|pair) of hands\b"
    # (B116: "... and thought you'd be a strong match")
    r"|\b(?:could|would|might|you'?d) be an? (?:really |very )?(?:strong|good|great|perfect|ideal) "
    r"(?:match|fit)\b|^dm me\b|\bapply (?:via|through|using) the link\b"
    r"|^(?:full |paid |free )*(?:product |on-the-job |in-store )?training (?:in|during|over) "
    r"(?:your|the) first\b"
    # the vacancy told, and why it is open (B66: "We have a CE position available for a
    # Receptionist / Administrator, with ... support towards a QQI qualification", "their
    # administrator of 11 years is moving away at Easter")
    r"|^we have an? (?:[\w/-]+ ){0,3}(?:position|vacancy|role|opening|post)s? (?:available|open)\b"
    r"|\b(?:administrator|receptionist|secretary|coordinator|manager|post-?holder|predecessor)"
    r"(?: of \d+ years)? (?:is|are) (?:moving (?:away|on)|retiring|leaving|stepping down)\b"
    # a condition told in running text: "The preferred candidate will be asked to complete a
    # pre-employment drug and alcohol test and a Police vet" (B41)
    r"|\b(?:preferred|successful) (?:candidate|applicant|person)s? will (?:be (?:asked|required)"
    r" to|need to|have to) (?:complete|undergo|pass|provide|obtain|consent to)\b"
    # equal-opportunity and contact lines, disclaimers under a duty list, reassurance
    r"|without regard to|qualified applicants|values diversity|welcomes? applications"
    r"|(?:warmly|very) welcome|informal (?:enquiries|inquiries|chat|conversation|discussion|visit)"
    r"|please contact|(?:may|does|do) not include all|not (?:intended to be )?(?:an? )?"
    r"(?:exhaustive|all-inclusive|comprehensive)|tick every box|meet every (?:single )?"
    r"(?:requirement|criterion)|training (?:will be|is) (?:given|provided)"
    r"|^(?:full |all )?training\b[^.,]{0,40}?\b(?:will be|is) (?:given|provided)"
    r"|other (?:related |similar )?duties (?:as|that) (?:may be )?(?:assigned|required|directed"
    r"|reasonably)|(?:undertake|perform|carry out) (?:such )?other duties"
    # a note under a duty table: "Other duties may be required from time to time ..." (B27)
    r"|^other (?:related |similar )?duties may (?:also )?be (?:required|assigned|requested)"
    # how the role is assessed, and where the pack explains it: "This role is assessed at
    # Level 1 of the ... Framework (CVF)", "Details of the CVF are included in the
    # candidate information pack" (police, B27)
    r"|(?:role|post|job|position) is assessed (?:at|against)"
    r"|(?:is|are) (?:included|given|set out|explained) in the (?:[\w-]+ ){0,3}pack"
    r"|performs? (?:other )?(?:related )?duties as (?:assigned|required|directed)"
    r"|received (?:it|this(?: \w+)?) in error"
    # B11: filing rules, shortlisting notes, recruiters' calls to action
    r"|postmarked|class specification|show in your application|used for shortlisting"
    r"|click \"?apply|(?:a|our) consultant will|within (?:three|3) months of the closing date"
    # B13: links to the full pack, the legend of a specification, a US class's caveats
    r"|please (?:read|see) the attached|criteria are marked|incumbents may not perform"
    r"|(?:the following )?duties are typical for this classification"
    # B31: "The following duties are normal for this position. These are not to be
    # construed as exclusive or all-inclusive."
    r"|(?:the following )?duties are (?:normal|typical|representative|illustrative) (?:for|of) "
    r"this (?:position|classification|job|role|post)"
    r"|(?:is|are) not to be construed as (?:an? )?(?:exclusive|all-inclusive|exhaustive|complete)"
    # how the employer will shortlist, and the organisation's own history
    r"|applications will be|invited (?:to|for) (?:an )?interview|please address"
    # (B69: "Applicants with a disability who meet the essential criteria will be offered an
    # interview.")
    r"|\bwill be offered an interview\b"
    r"|address (?:each of )?the (?:following )?(?:selection )?criteria"
    # "In a statement of no more than 750 words, tell us how your skills and experience
    # meet the following criteria." (B65)
    r"|\bhow your [\w ,]{1,60}\bmeets? the (?:following |selection )?criteria\b"
    r"|(?:founded|established) in \d{4}|(?:is|are) (?:best )?known for"
    r"|guarantees? (?:an )?interview|disability confident|please apply|apply online"
    r"|(?:is|are) marked (?:as )?(?:e\b|essential)|this job description"
    r"|for (?:over|more than|nearly|almost) \d+ years"
    r"|to be shortlisted|supporting statement|(?:may|will) shortlist|does not guarantee"
    r"|will be assessed|(?:shows|indicates) (?:whether|how)|(?:table|list) below"
    r"|(?:is|are) shown in brackets|registered charity (?:no|number)"
    r"|(?:more|too many) (?:suitable |eligible )?(?:applicants|candidates) than"
    r"|^you (?:don't|do not) need to have (?:worked|done|had)"
    r"|^you (?:don't|do not) need (?:a |an |any )?(?:degree|formal|qualifications|experience)"
    r"|^(?:honestly,? )?(?:it's|it is|this is) (?:a|an) [\w -]{0,30}\b(?:job|role) as much as"
    # B16: a Government of Canada poster's lead-ins and closing lines
    r"|your application must clearly explain|(?:will|may) be applied / assessed"
    r"|we thank all (?:those )?who apply|only those selected"
    # B17: shortlisting and class notes, "apply here", an intro's question to the reader
    r"|will not be shortlisted|incumbents may advance|will be asked to indicate|apply here"
    r"|^are you [^.?]{0,120}\w(?=\?$)"
    # B20: the employer's answer under a social-media post
    r"|if you have any (?:questions|queries)"
    # B21: cookie banners, intros, notes and reassurance to returners, the offer of an
    # induction, how the list below is used
    r"|\b(?:essential|analytics|necessary|functional) cookies|cookies on your device"
    # B25: a site's cookie banner, the offer of accommodation in the application process
    r"|\bwe use cookies\b|\b(?:site|website) uses cookies\b"
    # B39: a consent manager's "This website stores data such as cookies to enable ..."
    r"|\b(?:site|website) stores data such as cookies\b"
    r"|\bif you (?:require|need) (?:an? |any )?(?:accommodations?|adjustments?)\b"
    # (B101: "Applicants who require accommodation at any stage of the recruitment process
    # are invited to contact ...")
    r"|\b(?:applicants|candidates|anyone) who (?:require|need|may need) (?:an? |any )?"
    r"(?:accommodations?|adjustments?|reasonable adjustments?)\b"
    # (B103: "I'm working on a new front office supervisor position with a long-standing
    # client of ours"; B104: "If you have most of the essentials, I'd really like to talk
    # to you")
    r"|^i'?m (?:currently )?working on (?:an? |this )(?:new |exciting |great )?[\w ,'-]{0,60}"
    r"\b(?:role|position|vacancy|job|opportunity)\b"
    r"|\bi'?d (?:really |love to |like to |be happy to )*(?:talk|chat|speak|hear from you)"
    r"(?: (?:to|with) you)?\b"
    # (B102: "Applicants will be sifted against the criteria below. E = Essential,")
    r"|\b(?:will|may) be (?:sifted|shortlisted|scored) against the (?:criteria|following)\b"
    # (B101: "If you like a day where no two hours are the same, you'll love it here")
    r"|\byou'?ll (?:love|fit right in|feel at home|thrive) (?:it )?(?:here|with us)\b"
    r"|(?:have|is) an? (?:exciting |new )?opportunity for\b|an? [\w -]{0,30}opportunity has arisen"
    # B26: a sentence selling the post ("This is a great opportunity for a new archivist to
    # gain hands-on experience ...", "It's a rare chance to ..."): what the applicant
    # gains, not what is asked of them
    r"|^(?:this|it|this (?:role|position|post|job))(?: is|'s) (?:a|an|the) (?:[\w-]+ ){0,3}"
    r"(?:opportunity|chance) (?:for|to)\b"
    r"|^please note\b|(?:we|i)(?:'d| would) love to hear from you"
    # (B109: "Happy to do a quick call first if you have questions about the day-to-day";
    # "We are licensed by the Property Services Regulatory Authority")
    r"|^(?:(?:i'?m|we'?re) )?happy to (?:do |have )?an? (?:quick |short |informal )?(?:call|chat)\b"
    r"|^we(?:'re| are) (?:licensed|regulated|registered|accredited|authori[sz]ed) (?:by|with)\b"
    # (B107: "If you're the kind of person who can ..., we want to meet you!")
    r"|\b(?:we|i)(?:'d| would)? (?:really )?(?:want|like|love) to (?:meet|hear from) you(?=\W*$)"
    r"|(?:requests|applications) (?:are|will be) (?:always |very |warmly )?welcome"
    r"|\bwe (?:offer|provide|give)(?: you)? (?:a |an )?(?:paid |full |free )?(?:[\w-]+ )?"
    r"(?:induction|training)\b|\bto shortlist\b"
    # B22: the offer after the lists ("In return we offer staff coffee ..."), the paid
    # induction every new starter is given ("All new assistants complete a paid three-hour
    # induction ..."), the lead-in to a person specification, a social post's request
    r"|^in return,? (?:we|you)\b"
    r"|^all (?:new )?[\w -]{1,40}\b(?:complete|attend|receive|get|do) (?:a |an )?(?:paid|free"
    r"|mandatory)\b[^.]{0,40}\b(?:induction|training)\b"
    r"|how you meet (?:the|our|these|each of the) (?:criteria|requirements)"
    r"|^please (?:share|pass (?:this|it) on)\b"
    # B18: a US class's caveat in brackets, a trust's policy line under "General"
    r"|the following are typical (?:duties|tasks)|may not perform all"
    r"|invites applications|application forms? (?:must|should) be"
    r"|^all (?:staff|employees) (?:must|are (?:required|expected) to) comply"
    r"|copied from|\b[a-z] = [a-z]+"
    # B6: lead-ins, encouragement to apply, intros, closing dates and set hours
    r"|to be considered for|(?:will|may) be shortlisted|studies show|still want to hear"
    r"|(?:doesn't|does not|don't|do not) (?:line up|match) (?:perfectly|exactly)"
    # (B114: "One of our long-standing clients, ... needs an experienced Dental Receptionist
    # to start on a temp-to-perm basis", a recruiter's opening)
    # (B116: "they're growing their Deansgate workshop and need an experienced bench
    # technician to join a team of five")
    r"|(?:seeking|looking for|recruiting|(?:we're|we are) after|\bneeds|\b(?:and|we|they) need)"
    r" an? [\w -]{0,40}\bto "
    r"(?:join|teach|lead|deliver|run|start"
    # (B88: "We are looking for an experienced Night Manager to take charge of the hotel
    # overnight", the post introduced in the employer's opening paragraph; B92: "we're after
    # an experienced property manager to take over an established portfolio")
    r"|take charge of|head up|look after|take over)\b"
    r"|prepares (?:graduates|students|learners)"
    r"|closing date (?:for applications )?is"
    r"|will (?:work|be working) (?:either )?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day"
    r"|mon\b|weekdays|\d)"
    # B7: US template boilerplate, school and employer self-descriptions
    r"|to perform this job successfully|(?:are|is) representative of|reasonable accommodations?"
    r"|no two days are|^we(?:'re| are) (?:a|an|one of the)\b"
    r"|specialized experience is|no substitut(?:e|ion) of education|this position is located"
    # B8: encouragement, adjustments, sponsorship, labels and chatty asides
    r"|encourage applications|adjustments? (?:during|to) the recruitment|visa sponsorship"
    r"|(?:is|are) labelled (?:essential|desirable|e\b)|demonstrate the following"
    r"|refer to each (?:point|criterion)|no phone calls|matters more to us than"
    r"|no two (?:days|shifts|weeks)"
    r"|applications (?:in|from) [\w ]{1,40} are (?:welcome|encouraged)"
    r"|recruiting on behalf of|will not be (?:called|invited) (?:for|to) interview"
    r"|is retiring\b|great first step into|demonstrate the criteria"
    r"|interviews will be held|benefits include|^(?:apply for this job|save job)"
    r"|how the job qualifications align|^do you have (?:experience|a)\b.*\?$|^(?:yes|no)$"
    # B28: a saved page's furniture after the ad, and how to send a CV
    r"|\bshortlisting (?:may|will) be (?:carried out|based|made)|\bdemonstrate (?:on|in) (?:the"
    r"|their|your) application\b"  # notes under a person specification (B30)
    r"|©\s*\w+|\ball rights reserved|\b(?:share|save|print|email) this (?:job|ad|advert|vacancy)"
    r"|\bback to (?:search )?results|\bemail to a friend|^(?:terms|privacy)(?: \| [\w ]+)+$"
    r"|^(?:other|more|similar) (?:ads|jobs|vacancies|listings) (?:in|like|from)\b"
    r"|^(?:please )?(?:drop|send|email|post|bring) (?:your|a|in your|us your) "
    r"(?:cv|resume|résumé|application)\b)\b"
    # "Kingsmoor University is a civic university...": the employer describing itself
    r"|^(?:the )?(?:[\w&'-]+ ){0,4}(?:university|college|council|trust|library|museum|school"
    r"|academy|practice|dentistry|hospital|charity|company|group|ltd|limited|inc|department"
    r"|centre|center|service)\b,? (?:is|are) (?:a|an|one of|the|committed to)\b"
)
# Job-board meta that sits in lists as well as in prose: "Posted 3 days ago",
# "Full-time, fixed term for 3 years".
_META_LINE = re.compile(
    r"^(?:(?:posted|updated|closes|closing)\b.{0,40}"
    # (B98: "Posted 3 days ago | Permanent | Full time | €28,000 - €32,000 DOE")
    r"|posted (?:\d+|an?|one|two|three) \w+ ago(?: \| [^|]{1,40}){1,6}"
    # (B97: "Posting closes: March 28, 11:59 p.m. ET")
    r"|posting (?:closes|closing date|deadline):? .{1,40}"
    r"|(?:full[- ]time|part[- ]time|permanent|temporary|fixed[- ]term|casual|seasonal)\b"
    r"[^.]{0,60}"
    r"|report (?:this )?job(?: ad)?|(?:work )?location: .{1,40}|help"
    # "Work rights: Australian citizens, permanent residents or ..." in a job summary box (B37)
    r"|(?:work rights|visa|work visa|visa status|right to work): .{1,120}"
    # "Bargaining Unit: AFSCME Local 2210" among a US posting's facts (B53)
    r"|bargaining unit: .{1,60}"
    # (B114: a role description's facts, "Job ad reference: BC-OH-25-0117", "Role title:
    # Administration Officer (Dental Reception)", "Status: Permanent full-time")
    r"|(?:job (?:ad )?reference|reference (?:no\.?|number)|role title|position title|"
    r"status|classification|unit(?:/branch)?|competition (?:no\.?|#|number)|appointment|"
    r"employee group): .{1,80}"
    r"|recruiting\?|register|sign in|save(?: job)?|share(?: job)?|apply now"
    # "Pay range: $18.25 - $24.10 per hour" in a job-meta list (B30)
    r"|(?:pay|salary|wage|compensation|hourly rate)(?: range| band| scale)?\s*:\s*[$£€]?\d.{0,120}"
    r"|[$£€]\s?\d[\d,.]*(?:\s*[-–]\s*[$£€]?\d[\d,.]*)?\s*(?:per|/|an?)\s*"
    r"(?:hour|hr|year|yr|annum|week)\b.{0,60}"
    # "Grade D, points 7-11 (actual salary ...)" under the job title (B11)
    r"|(?:grade|band|scale|level) [a-z0-9]{1,3}\b[^.]{0,40}"
    r"(?:salary|£|\$|€|points?|per (?:hour|annum)).{0,120}"
    # LinkedIn's skill chips cut short: "Skills: Customer Service, Cash Handling, +8 more"
    # (B19)
    r"|[^.]{1,200},\s*\+\s?\d+ more"
    # Naukri's experience band under the job title: "1 - 3 years" (B20)
    r"|\d{1,2}\s?[-–]\s?\d{1,2}\s?(?:years?|yrs)\.?"
    # a recruitment agency's licence under its name: "EA Licence No. 12C3456" (B25)
    r"|(?:ea |employment agency |recruitment agency |agency )?licen[cs]e (?:no\.?|number)"
    r"\s*:?\s*[a-z0-9-]*\d[a-z0-9-]*\b.{0,80})$")
_REQUIREMENT_CUE = re.compile(
    r"\b(?:experience (?:with|in|of|using|working|as)|experienced|\d+\+? years?|degree"
    r"|diploma|qualification|qualified|certificat\w*|licen[cs]e|ability to|able to"
    r"|knowledge of|proficien\w*|familiar(?:ity)? with|understanding of|skills? in"
    r"|skilled|track record|background in|fluen(?:t|cy)|essential|required|requires?"
    r"|mlis|mls|ala[- ]accredited|gcses?|a[- ]levels?|competent|commitment to"
    r"|willing(?:ness)? to|excellent|strong|proven|demonstrable|demonstrated"
    # "A good standard of spelling and arithmetic is needed for handling payments" (B30)
    r"|(?:is|are) needed for)\b"
)

# A list item that opens by describing the person, in a list of duties and requirements
# mixed together: "Good with numbers, as you'll be cashing up...", "Reliable, punctual and
# happy to work on your own", "A cheerful, chatty personality" (B14)
_PERSON_FIRST = re.compile(
    r"^(?:an? )?(?:(?:cheerful|friendly|reliable|punctual|flexible|organi[sz]ed|confident"
    r"|positive|enthusiastic|motivated|self-motivated|approachable|personable"
    r"|chatty|outgoing|hard-working|hardworking)\b[,\s]|(?:good|great) with\b"
    r"|comfortable (?:with|working)\b)")

_DUTY_VERBS = (
    "administer answer assist staff cover process shelve proofread prepare produce design manage "
    "maintain coordinate co-ordinate create write update deliver support provide handle "
    "greet check issue register organise organize plan promote respond run compile edit "
    "catalogue catalog monitor help welcome open close book order collect liaise "
    "contribute undertake carry ensure lead serve train work draft post schedule deal "
    "operate resolve sort file photocopy input enter record take arrange host develop "
    "oversee supervise direct refer process circulate reshelve tidy make keep meet attend "
    "investigate inspect clean stock count reconcile pay review set teach install test "
    "repair fix advise explain sell research analyse analyze report present facilitate "
    "mentor guide escort complete collate track chase negotiate invoice verify validate "
    "log raise escalate identify build assess recruit put receive act comply conduct "
    "distribute produce represent pack fit share"
    # B52: "Upload funeral notices and livestream links ...", "Hand booked couples over to
    # ..." (other openings in _DUTY_OPENING)
    " upload hand"
    # B61: "Pick and prepare orders ready for collection", "Weigh vehicles in and out"
    " pick load unload weigh"
    # B63: "Allocate staff and breaks ...", "Deputise for the Duty Manager when required"
    " allocate deputise deputize"
).split()


def _verb_forms(verb: str) -> set[str]:
    stem = verb[:-1] if verb.endswith("e") else verb
    forms = {verb, verb + "s", verb + "es", verb + "ed", stem + "ed", stem + "ing"}
    forms.add(verb + verb[-1] + "ing")  # plan -> planning
    return forms


_DUTY_VERB_FORMS = frozenset(form for verb in _DUTY_VERBS for form in _verb_forms(verb))


def _first_word(text: str) -> str:
    match = re.match(r"[a-z][a-z'-]*", text)
    return match.group(0) if match else ""


# "You mentioned you did the newsletter at the library, ... so that's a real plus": what the
# candidate told the recruiter, not a criterion of the job (B48)
_TOLD_US = re.compile(r"(?:as |like )?you (?:mentioned|said|told (?:me|us)|wrote|noted)\b")


# "Harbourside Recruitment Ltd is not responsible for any changes made to this message ..."
_DISCLAIMER = re.compile(r"\b(?:is|are) not responsible for any (?:changes|loss|damage|errors)"
                         r"|\baccepts? no (?:responsibility|liability)\b"
                         r"|\bthis (?:e-?mail|message) and any attachments\b")


def classify_line(text: str) -> str | None:
    """Guess whether one sentence or list item is a duty, requirement or desirable.

    Returns DUTIES, REQUIREMENTS, DESIRABLE or None when the text gives no clue.
    Order matters: "you will have" is a requirement although "you will" usually
    starts a duty, and "ability to" inside a duty sentence should not win over it.
    """
    lowered = text.lower().replace("’", "'")
    if _TOLD_US.match(lowered):
        return None  # a recruiter answering the candidate's own note (B48)
    if _DISCLAIMER.search(lowered):
        return None  # an e-mail's legal footer (B50)
    wishes = list(_DESIRABLE_CUE.finditer(lowered))
    # (B114: "Dental office experience, ideally with Dentrix, is a big plus": a plain wish
    # after a soft one says what the whole item is)
    wish = next((w for w in wishes if w.group(0) not in _SOFT_WISHES),
                wishes[0] if wishes else None)
    # "You must have X, ideally in Y": the must-have is the requirement, "ideally"
    # only qualifies it.
    soft = wish is not None and wish.group(0) in _SOFT_WISHES
    # "Customer service experience, ideally in a contact centre": the wish only narrows
    # a requirement stated before the comma.
    qualifies = soft and (_MUST.search(lowered) or re.search(
        r"\w.{8,},\s*(?:and\s+)?(?:ideally|preferably)\b", lowered))
    # "Previous reception ... experience (salon experience not essential)": the bracket
    # says which part of the requirement may be missing, with words of its own (B37)
    aside = wish is not None and re.search(
        r"^\w.{12,}\((?:[\w'-]+ ){2,}" + re.escape(wish.group(0)) + r"\b[^()]*\)\W*$", lowered)
    if wish and not qualifies and not aside:
        return DESIRABLE
    if _REQUIREMENT_FIRST.search(lowered) or _PERSON_FIRST.match(lowered):
        return REQUIREMENTS
    if (_first_word(lowered) in _DUTY_VERB_FORMS or _DUTY_CUE.search(lowered)
            or _DUTY_OPENING.match(lowered)):
        return DUTIES
    if _REQUIREMENT_CUE.search(lowered) and not _ORGANISATION_SAYS.match(lowered):
        return REQUIREMENTS
    return None


# "Our Customer Contact Centre answers 1.2 million calls ... from people renewing a licence":
# the employer describing its service, whose customers' licences are no requirement (B43)
_ORGANISATION_SAYS = re.compile(
    r"(?:our|the) (?:[\w-]+ ){0,4}(?:centre|center|team|service|helpline|line|desk|company"
    r"|organi[sz]ation|trust|council|department|office|clinic|practice|library|charity"
    # (B113: "The counter is at its busiest between ...", "The School of Automotive runs a
    # public Service Centre in which ... students carry out servicing ...")
    r"|counter|school|garage|workshop|dealership|depot|branch|store|shop)"
    r"(?: of [\w -]{1,30}?)? (?:answers|handles|takes|serves|supports|provides|helps|runs"
    r"|covers|deals|looks after|is|has|works)\b")


# ---------------------------------------------------------------------------
# Splitting
# ---------------------------------------------------------------------------

_LIST_ITEM = re.compile(
    r"^(?:•\s*"
    r"|\d{1,2}\.\d{1,2}\.?\s+"  # "1.2 Keep the rota" in a job description's clauses
    r"|\(?\d{1,2}[.)](?!\d)\s*"
    r"|\(?(?:i{1,3}|iv|vi{0,3}|ix|x)[.)]\s+"
    r"|\(?[a-zA-Z][.)]\s+"  # needs a space after it, so "U.S. citizens" is not a list
    r")(?P<body>\S.*)$"
)
_ABBREVIATIONS = re.compile(r"\b(e\.g|i\.e|etc|approx|incl|dr|mr|mrs|ms|st|no|vs)\.", re.I)
_INITIALS = re.compile(r"\b(?:[A-Z]\.){2,}")  # "U.S. Citizenship is required."
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"'(“‘])")


def split_sentences(paragraph: str) -> list[str]:
    """Split prose into sentences without breaking on 'e.g.' or 'Dr.'."""
    protected = _ABBREVIATIONS.sub(lambda m: m.group(0).replace(".", "\x00"), paragraph)
    protected = _INITIALS.sub(lambda m: m.group(0).replace(".", "\x00"), protected)
    parts = _SENTENCE_END.split(protected)
    return [part.replace("\x00", ".").strip() for part in parts if part.strip()]


@dataclass
class _Item:
    text: str
    section: str | None
    is_list_item: bool


# A list item that stops on one of these words was wrapped onto the next line.
_DANGLING = frozenset(
    "a an the to of and or for with in on by at from as into onto our your their its "
    "including such than that which who &".split()
)


# A sentence of running text that stops on one of these words was wrapped onto the next
# line, though that starts with a capital.
# (B99: "I'm recruiting a Communications &" / "Engagement Advisor for ...": an ampersand
# cannot end a sentence either)
# (B113: "... students at Level 3 and" / "Level 4 ...", "... and again after" / "3.00pm, when
# ...")
_PROSE_DANGLING = frozenset(
    "a an the of to from with for by into onto at in on & and or after before between than"
    .split())


def _continues_previous(line: str, items: list[_Item]) -> bool:
    """A wrapped list item: the line after it starts in lower case or a bracket,
    or the item stopped mid-phrase ("...referring them to the")."""
    if not items or not items[-1].is_list_item:
        return False
    if line.startswith("(") and line.endswith(")") and "=" in line:
        return False  # "(E = essential, D = desirable)": a key of its own
    if re.search(r";\s*(?:and|or)$", items[-1].text):
        return False  # "... production questions; and" ends its item (B80)
    last_word = items[-1].text.rsplit(" ", 1)[-1].lower()
    # "... GCSE English and Maths (grade" / "C/4 or above) or equivalent": a bracket
    # left open goes on over the wrap (B18)
    open_bracket = items[-1].text.count("(") > items[-1].text.count(")")
    # "... such as ServiceNow, (E)" / "TOPdesk or Cherwell": a criterion that stops on a
    # comma, its mark at the end of the first line, goes on over a short wrap (B43)
    comma = (items[-1].text.endswith(",") and len(line.split()) <= 4
             and not line.endswith((":", ".")))
    return (line[0].islower() or line[0] == "(" or last_word in _DANGLING or open_bracket
            or comma)


def _line_parts(line: str) -> list[str]:
    bracketed = line.startswith("(") and line.rstrip().endswith(")")
    if ";" in line and not line.rstrip().endswith(".") and not bracketed:
        parts = [part.strip() for part in line.split(";") if part.strip()]
        if len(parts) == 2 and parts[1].lower() in ("and", "or", "and/or"):
            return [line.strip()]  # "Graduation from high school ...; and" (B32)
        return parts
    return split_sentences(line)


_DOC = (r"(?:(?:a|an|your|one|two|three) )?(?:resume|résumé|cv|cover(?:ing)? letter|(?:list of )?"
        r"references?|(?:official |unofficial )?transcripts?|portfolio|writing sample"
        r"|application form|letters? of (?:reference|recommendation))")
_DOCUMENTS = re.compile(rf"{_DOC}(?:\s*(?:,|and|&|,\s*and)\s*{_DOC})*")
_INLINE_LABEL = re.compile(r"^(?:required|optional|essential|desirable)\s*:\s*", re.I)


def _prose_items(line: str, section: str | None, after_list: bool) -> list[_Item]:
    inline = _split_inline_heading(line)
    if inline is not None:
        kind, rest = inline
        # "Salary: £24,000" keeps its label; "Duties: shelving" does not need one.
        # Either way it labels only its own line.
        parts = [line] if kind == OTHER else _line_parts(rest)
        # "Required: Resume, Cover Letter. Optional: List of References." under "Applicant
        # Documents": what to send, not what to bring (B41)
        parts_kinds = [(part, OTHER if _DOCUMENTS.fullmatch(
            _INLINE_LABEL.sub("", part).strip().rstrip(".").lower()) else kind) for part in parts]
        return [_Item(part, placed, False) for part, placed in parts_kinds]
    # Prose after a list has usually left the section ("Apply by 30 June." under
    # "Nice to have"), so its sentences are judged on their own wording.
    placed = MIXED if after_list and section != OTHER else section
    return [_Item(part, placed, False) for part in _line_parts(line)]


# Sub-headings that only sort requirements by kind, not by how much they matter.
_GENERIC_SUBHEADINGS = frozenset(
    "experience education qualifications skills knowledge competencies abilities training".split()
) | {"skills and experience", "knowledge and skills"}


def _marked(line: str) -> tuple[str, str] | None:
    """'Good IT skills (Essential)' -> ('Good IT skills', REQUIREMENTS); None if unmarked."""
    for suffix, kind in ((MARKED_ESSENTIAL, REQUIREMENTS), (MARKED_DESIRABLE, DESIRABLE)):
        if line.lower().endswith(suffix.lower()) and len(line) > len(suffix):
            body = line[: -len(suffix)].rstrip()
            list_match = _LIST_ITEM.match(body)
            return (list_match.group("body") if list_match else body), kind
    return None


def _leading_mark(line: str) -> bool:
    """'Essential: Experience of handling cash': a criterion whose mark leads its line."""
    inline = _split_inline_heading(line)
    return (inline is not None and inline[0] in (REQUIREMENTS, DESIRABLE)
            and _heading_key(line.partition(":")[0]) in ("essential", "desirable"))


_CLASSIFICATION = re.compile(r"[A-Z][A-Za-z&,' -]+ \([A-Z][A-Za-z&,' /-]+\)")
_CAPS_NUMBERED = re.compile(r"^\d{1,2}[a-z]?\.\s+(?P<body>[A-Z][A-Z ,'&/()-]{2,80}[A-Z)])$")


def _is_numbered_heading(body: str) -> bool:
    body = _ETC.sub("", body.strip())  # "3. Education, Training, Experience, etc."
    kind = _heading_kind(_heading_key(body))
    return kind is not None and len(body.split()) <= 6 and not body.endswith(".")


_SMALL_WORDS = frozenset("a an and & of the to for in on with or".split())


def _title_words(words: list[str]) -> int | None:
    """How many words carry the meaning, when each of them is capitalised (title case:
    'and', 'of', 'to a' may stay small); None when one is not."""
    big = [w for w in words if w.lower() not in _SMALL_WORDS]
    return len(big) if all(w[:1].isupper() for w in big) else None


def _is_title_label(line: str) -> bool:
    """'Communication & Interpersonal Skills', 'Commitment to a Quality Service': a
    competency written in title case over its bullets (an Irish public-service ad, B14)."""
    words = line.split()
    big = _title_words(words)
    return (big is not None and big >= 2 and len(words) <= 6
            and not re.search(r"[.;:!?,]$", line))


def _is_numbered_label(line: str, body: str) -> bool:
    """'1. Character', '3. Education, Training, Experience, etc.': a numbered title."""
    title = re.sub(r",? etc\.?$|\.$", "", body.strip())
    words = [w.strip(",") for w in title.split()]
    big = _title_words(words)
    return (re.match(r"^\s*\d{1,2}\.\s", line) is not None and big is not None
            and 1 <= big <= 5 and len(words) <= 6 and not re.search(r"[;:!?]", title))


def _is_paragraph_label(line: str) -> bool:
    """'Character', 'Health', 'Citizenship': a title of at most three words, each
    capitalised, with no punctuation to end it and no wording of a criterion."""
    words = line.split()
    return (len(words) <= 3 and line[0].isupper() and not _LIST_ITEM.match(line)
            and (_title_words(words) or 0) >= 1 and not re.search(r"[.;:!?,)]$", line)
            and classify_line(line) is None)


def _is_paragraph(line: str) -> bool:
    """A sentence of some length, not a list item: the paragraph under such a title."""
    return (len(line.split()) >= 6 and line[0].isupper() and line.endswith(".")
            and not _LIST_ITEM.match(line))


def _is_subheading(line: str) -> bool:
    """'Qualifications', 'Other', 'Safeguarding': a short label between marked criteria
    (a heading that opens duties or job facts is left to do that)."""
    kind = _heading_kind(_heading_key(line))
    if kind is not None:
        return kind in (REQUIREMENTS, DESIRABLE) or _heading_key(line) == "safeguarding"
    return (len(line.split()) <= 4 and not re.search(r"[.;!?,]$", line)
            and classify_line(line) is None)


# (B35: "Front Desk (about half your day)")
_SHARE_LABEL = re.compile(
    r"\((?:approx\.?\s*|about |around |roughly |c\.\s*)?(?:\d{1,3}\s?%|half|a third|a quarter"
    r"|two[- ]thirds|three[- ]quarters)(?: (?:of )?(?:your|the) (?:day|week|time))?\)$")


_INDEED_LABELS = frozenset({"experience", "education", "language", "languages",
                            "licence/certification", "license/certification",
                            "key skills"})  # Naukri's skill tags (B20)
# The line that starts a job board's summary of the ad: Indeed's "Job Type: Full-time"
# (B18), Naukri's "Industry Type: IT Services" / "Role Category: Front Office" (B20)
# ... and Indeed's screening questions, which its summary follows ("Application
# question(s):" / ... / "Experience:" / "- customer service: 1 year (required)", B37)
_BOARD_SUMMARY = re.compile(r"(?:job types?|industry type|role category): \S"
                            r"|application question\(s\):?$"
                            # Indeed's "Job details" box, its labels on lines of their own
                            # ("Licence/Certification" / "Driver's Licence (Required)", B61)
                            r"|here'?s how the job details align with your profile\.?$"
                            # ... or its "Profile insights" box ("Licences" / "Ontario
                            # Security Guard Licence (Preferred)", B68)
                            r"|profile insights$",
                            re.IGNORECASE)


# The heading over a category's essential criteria, which come first ("Essential criteria"
# comes out of the cleaning as "Criteria:", the header of a specification); a short
# criterion may stand right above "Desirable criteria"
_ESSENTIAL_HEADINGS = frozenset({"essential", "essential criteria", "criteria"})


def _is_fact_value(line: str) -> bool:
    """'Full-Time', 'Entry-level': a short value under a job fact's label."""
    return (len(line.split()) <= 4 and not _LIST_ITEM.match(line)
            and _section_of_heading(line) is None)


def _is_fact_label(lines: list[str], index: int) -> bool:
    """A label over a short value, between job facts laid out the same way: the label
    before it and the label after it are facts about the job ("Employment Type",
    "Compensation"), whatever this one's words would make of it as a heading."""
    if index < 2 or index + 2 >= len(lines):
        return False
    return (_is_fact_value(lines[index + 1]) and _is_fact_value(lines[index - 1])
            and all(_heading_kind(_heading_key(lines[i])) == OTHER
                    for i in (index - 2, index + 2)))


# The sign-off of an email or a letter, alone on its line
_SIGN_OFF = re.compile(
    # (B102: a bilingual close, "Diolch / Thanks,"; "Speak soon,")
    r"^(?:[\w'’]+(?: [\w'’]+)? ?/ ?)?(?:"
    r"(?:(?:kind|best|warm|warmest|many|with (?:kind|best|warm) )\s*)?(?:regards|wishes|thanks)"
    r"[,.!]?$|(?:yours )?(?:sincerely|faithfully)[,.]?$|(?:thanks|cheers|many thanks|thanks again"
    r"|speak soon|talk soon|all the best),$)",
    re.IGNORECASE)
# Where a forwarded email's own text starts: "---------- Forwarded message ---------"
_FORWARDED = re.compile(
    r"^-{2,}\s*(?:forwarded|original) message\s*-{2,}$|^begin forwarded message:?$",
    re.IGNORECASE)


_FORWARD_HEADER = re.compile(r"^from: [^<>@]{1,80}<[^<>@\s]+@[^<>\s]+>$", re.IGNORECASE)


# "A. Reception and communication", "4. Customer care": a short title of a letter or a
# number, with no stop, over items numbered a level down ("i.", "(i)", "4.1")
_STAGE_TABLE_HEAD = re.compile(
    r"^stages?\b[\s|]+(?:[\w ]{0,30}[\s|]+)?(?:elements? assessed|what we(?:'ll| will)? assess"
    r"|assessed|assessment)[\s|]+(?:method|format|how)\b", re.IGNORECASE)
# (B99: "2.1 Community engagement" over "(a) Build and maintain ...", "2.2 Program
# delivery" over "(d) Plan, deliver ...": a decimal title over lettered items)
_GROUP_LABEL = re.compile(
    r"^(?:(?:[A-Z]|\d{1,2})[.)]|\d{1,2}\.\d{1,2}\.?)\s+[A-Z][^.;:!?,]{0,60}$")
_SUB_ITEM = re.compile(r"^(?:\(?i[.)]|\d{1,2}\.1\.?|\([a-z]\))\s")
_GERUND_TITLE = re.compile(r"^[A-Z][a-z]+ing(?: [a-z&'-]+){1,3}$")


def _numbered_section_titles(text: str) -> set[str]:
    """The titles of the ad's numbered sections that the reader does not know, each after a
    blank line, when the sections numbered either side of it are ones it knows: "4. Working
    with us" between "3. Key tasks" and "5. Person specification" (B27)."""
    titles: dict[int, tuple[str, bool]] = {}
    previous = ""
    for line in text.split("\n"):
        match = re.match(r"^(\d{1,2})\.\s+(?P<body>[A-Z][^.;:!?]{0,60})$", line)
        if (match and len(match.group("body").split()) <= 6
                and int(match.group(1)) not in titles):
            known = _is_numbered_heading(match.group("body"))
            if known or not previous:
                titles[int(match.group(1))] = (line, known)
        previous = line
    return {line for number, (line, known) in titles.items() if not known
            and titles.get(number - 1, ("", False))[1] and titles.get(number + 1, ("", False))[1]}


_CANDIDATE_WILL = re.compile(r"^\W*(?:the )?(?:successful|new) (?:candidate|applicant|"
                             r"post ?holder|appointee|person)s? will:\s*$", re.I)
_PERSON_VERB = re.compile(r"^(?:be|have|hold|possess|demonstrate|show|bring|need|ideally)\b", re.I)


def _candidate_will(line: str, following: list[str]) -> str | None:
    """ "The successful candidate will:" leads into duties when the items after it are
    things to do ("Process and assess applications ...", B110), into requirements when
    they say what the person is or has ("Be reliable ...", "Have a good eye ...", B23)."""
    if not _CANDIDATE_WILL.match(line):
        return None
    items = [m.group("body") for n in following if (m := _LIST_ITEM.match(n))]
    if not items:
        return None
    return REQUIREMENTS if sum(bool(_PERSON_VERB.match(i)) for i in items) * 2 >= len(
        items) else DUTIES


def _items_from_text(text: str) -> list[_Item]:
    """Walk the cleaned lines, tracking the current section."""
    items: list[_Item] = []
    section: str | None = None
    after_list = False
    lines = [line for line in text.split("\n") if line]
    # which lines follow a blank line (a paragraph or a list starts there)
    after_blank = [False] * len(lines)
    at = 0
    for line in text.split("\n"):
        if line:
            at += 1
        elif at < len(lines):
            after_blank[at] = True
    # a recruiter's note over an ad forwarded below it ("From: Declan Foley <...>" after
    # her signature): her own running text before any heading is her aside, not the ad (B37)
    forwarded_at = max((i for i, line in enumerate(lines)
                        if i and (_FORWARDED.match(line) or _FORWARD_HEADER.match(line))),
                       default=-1)
    section_titles = _numbered_section_titles(text)
    since_heading = 9  # lines read since the last heading, this one included
    insights = False  # inside Indeed's "Profile insights" box
    numbered_section = False  # the section was opened by a numbered caps heading
    seen_numbered = False  # a numbered heading came before (the ad's sections are numbered)
    duty_subtitles = False  # numbered caps titles are standing as sub-titles of the duties
    indeed = False  # after Indeed's "Job Type:" line (or Naukri's "Industry Type:")
    for index, line in enumerate(lines):
        since_heading += 1
        if _FORWARDED.match(line):
            section, after_list = None, False  # the forwarded ad starts afresh (B25)
            continue
        if _SIGN_OFF.match(line):
            # "Kind regards," ends an email: the name, job title, phone numbers and the
            # agency's licence under it are the signature (a recruiter's email, B25)
            section, after_list = OTHER, False
            items.append(_Item(line, OTHER, False))
            continue
        if _BOARD_SUMMARY.match(line):
            indeed, section = True, OTHER  # Indeed's summary starts here (B18)
        if _STAGE_TABLE_HEAD.match(line):
            # "Stage | Elements assessed | Method": the table of selection stages under
            # "How you will be assessed" names the stages, not criteria (B33)
            section, after_list = OTHER, False
            continue
        list_match = _LIST_ITEM.match(line)
        marked = _marked(line)
        if marked is not None:
            body, kind = marked
            if indeed and section == OTHER:
                kind = OTHER  # "Front desk: 1 year (Required)" in Indeed's summary (B18)
            # "Ability to Commute: / * Hudson, NY 12534 (Required)": a place to get to, under
            # Indeed's summary heading, without its "Job Type:" line (B101)
            if section == OTHER and _US_PLACE.fullmatch(body.strip()):
                kind = OTHER
            # "Resume (Essential)" under "Applicant Documents": a paper to send (B43)
            if section == OTHER and _DOCUMENTS.fullmatch(body.strip().rstrip(".").lower()):
                kind = OTHER
            # ... but "• Basic DBS check (E)" is a criterion, not a section (B28)
            head = _heading_kind(_heading_key(body))
            # (not a criterion between two others of a marked table: "Basic computer
            # skills (Essential)" after "... ability (Essential)" and before "Test and tag
            # certificate (Desirable)", B57)
            between = (items and items[-1].is_list_item and index + 1 < len(lines)
                       and _marked(lines[index + 1]) is not None)
            if head is not None and len(body.split()) <= 5 and not between and not (
                    head == OTHER and list_match):
                # "Qualifications (Essential)" heads a list of essential qualifications
                section = kind
                after_list = False
            else:
                # a criterion carries its own mark; prose after the table is judged on
                # its own wording, as after any list
                if (items and not items[-1].is_list_item and index and not after_blank[index]
                        and lines[index - 1] == items[-1].text
                        and not re.search(r"[.:;!?]$", items[-1].text)
                        and not _is_subheading(items[-1].text)
                        # (not "Working arrangements" over the next criterion, B17)
                        and (body[0].islower() or len(items[-1].text.split()) >= 6
                             or items[-1].text.rsplit(" ", 1)[-1].lower() in _DANGLING)):
                    # "Experience of residential conveyancing files from" / "instruction to
                    # post-completion     E     A/I": the mark stands on the criterion's
                    # last line, so its first line came out as a line of its own (B36)
                    items[-1] = _Item(f"{items[-1].text} {body}", kind, True)
                else:
                    items.append(_Item(body, kind, True))
                after_list = True
            continue
        # a label over what follows: the next line is a criterion (a "Safeguarding" after
        # the last criterion heads a paragraph of its own, B10)
        following = lines[index + 1: index + 2]
        if (not list_match and any(_marked(n) or _leading_mark(n) for n in following)
                and _is_subheading(line.rstrip(":"))
                # "procedures" under "Ability to ... using policies and (Essential)": the
                # criterion's last word wrapped onto a line of its own (B33)
                # ... or after a word that cannot end it: "... including the" / "Housing Act
                # 1988" (B35)
                and not _continues_previous(line, items)):
            # a sub-heading inside a marked person specification; but a requirements
            # heading after the duties ("WHAT YOU NEED:" over "Full driving licence
            # (ESSENTIAL)" and unmarked items) opens its section all the same (B25)
            heading = _section_of_heading(line)
            # (not the job facts of Indeed's summary: "Experience:" / "Front desk: 1 year
            # (Required)", B18)
            if heading in (REQUIREMENTS, DESIRABLE) and (
                    section in (DUTIES, MIXED) or (section == OTHER and not indeed)):
                section, after_list, since_heading = heading, False, 0
            continue
        if (not list_match and section in (REQUIREMENTS, DESIRABLE) and line[0].isupper()
                and any(_heading_key(n) in _ESSENTIAL_HEADINGS for n in following)
                and _is_subheading(line.rstrip(":"))):
            # "Values" over "Essential criteria": NHS Jobs sorts its person specification
            # into categories, each over its own essential and desirable lists (B24)
            continue
        if (not list_match and section == DUTIES and items and items[-1].is_list_item
                and len(line.split()) <= 6 and not line.endswith((".", ";", ","))
                and line[0].isupper() and index + 1 < len(lines)
                and (after := re.match(r"\(?(\d{1,2})[.)]\s", lines[index + 1]))
                and (before := next((m for earlier in reversed(lines[max(0, index - 8):index])
                                     if (m := re.match(r"\(?(\d{1,2})[.)]\s", earlier))),
                                    None))
                and int(after.group(1)) == int(before.group(1)) + 1):
            # "3. Maintain accurate ... documentation" / "Supervision and education" / "4.
            # Provide clinical supervision ...": a group's title inside a duty list whose
            # numbering goes on under it, whatever its words would make of it (B93)
            continue
        wrapped = (not list_match and items and index
                   and lines[index - 1].endswith(items[-1].text)
                   and not re.search(r"[.;:!?]$", items[-1].text)
                   and ((items[-1].is_list_item and line[0].islower())
                        or (items[-1].text.endswith(",") and len(line.split()) <= 4
                            and not line.endswith(":"))))
        if wrapped:
            # a PDF wrapped the item: "...or equivalent Level 2" / "qualifications",
            # "...such as Lorenzo," / "Cerner or Epic" (B8)
            items[-1].text = f"{items[-1].text} {line}"
            continue
        if (not list_match and len(items) >= 2 and items[-1].is_list_item
                and not after_blank[index] and line.endswith(".")
                and (lines[index - 1].endswith(items[-1].text)
                     or items[-1].text.endswith(lines[index - 1]))
                and not re.search(r"[.;:!?]$", items[-1].text)
                and ((items[-2].is_list_item and items[-2].text.endswith(".")
                      and (index + 1 == len(lines) or after_blank[index + 1]
                           or _LIST_ITEM.match(lines[index + 1])))
                     # (the list's first item: "1. ... by telephone and on VHF" / "Channel
                     # 80." with the second item on the next line, B56)
                     or (not items[-2].is_list_item and index + 1 < len(lines)
                         and bool(re.match(r"\d{1,2}[.)]\s", lines[index + 1]))))):
            # in a list whose items end with a full stop, an item that stops short goes
            # on in the line that closes it, though that line starts with a capital: "3.3
            # To handle personal information in accordance with the UK GDPR, the Data" /
            # "Protection Act 2018 and council policies." (a PDF copy, B27)
            items[-1].text = f"{items[-1].text} {line}"
            continue
        if (list_match and index + 1 < len(lines) and not _LIST_ITEM.match(lines[index + 1])
                and _is_numbered_label(line, list_match.group("body"))
                and not _CAPS_NUMBERED.match(line)
                and _heading_kind(_heading_key(list_match.group("body"))) is None):
            continue  # "1. Character" over a paragraph of its own (an Irish ad, B16)
        if (list_match and index + 1 < len(lines)
                and re.match(r"^\s*\(?[a-z]\)\s", lines[index + 1])
                and re.match(r"^\s*\d{1,2}[.)]\s", line)
                and len(list_match.group("body").split()) <= 3
                and not re.search(r"[.;:!?,]$", list_match.group("body"))
                and _first_word(list_match.group("body").lower()) not in _DUTY_VERB_FORMS):
            continue  # "1. Store operations" over "(a) Lead the day-to-day running ..." (B71)
        if (list_match and index + 1 < len(lines)
                and re.match(r"^\s*[•▪\-*●◦]\s", lines[index + 1])
                and re.match(r"^\s*\d{1,2}[.)]\s", line) and not _CAPS_NUMBERED.match(line)
                and _heading_kind(_heading_key(list_match.group("body"))) is None
                and len(list_match.group("body").split()) <= 5
                and not re.search(r"[.;:!?,]$", list_match.group("body"))
                and _first_word(list_match.group("body").lower()) not in _DUTY_VERB_FORMS):
            continue  # "1. Reception and patient flow" over "• Greet patients, ..." (B114)
        # a bullet between bullets of a list of its own kind ("* Basic computer skills" among
        # the requirements) is one of them, though its words would make a heading (B21)
        # ... or the list's last item, before the next heading (B37)
        # (B78: the bullet above wrapped onto a line of its own, "• Valid Louisiana security
        # officer license, or able to obtain one" / "before the first shift")
        in_list = (line.startswith("•") and 0 < index
                   and (bool(_LIST_ITEM.match(lines[index - 1]))
                        or (index > 1 and lines[index - 1][:1].islower()
                            and bool(_LIST_ITEM.match(lines[index - 2]))))
                   and (index == len(lines) - 1 or bool(_LIST_ITEM.match(lines[index + 1]))
                        or (after_blank[index + 1]
                            and _section_of_heading(lines[index + 1]) is not None)))
        # (B63: "• Basic DBS check" among the bullets under "Other requirements" is one of
        # them, though "DBS check" alone could head a section of its own)
        if list_match and _is_numbered_heading(list_match.group("body")) and not (
                in_list and _heading_kind(_heading_key(list_match.group("body"))) in (
                    section, OTHER if section in (REQUIREMENTS, DESIRABLE) else section)) and not (
                # (B94: "• Education & Training (Administration)" among a job board's facts,
                # between "• Ringwood, Melbourne VIC" and "• Contract/Temp": the ad's
                # classification, sector and sub-sector, no heading)
                line.startswith("•") and _CLASSIFICATION.fullmatch(list_match.group("body"))
                and in_list and index + 1 < len(lines)
                and bool(_LIST_ITEM.match(lines[index + 1]))):
            # "2. Main duties and responsibilities" in a numbered job description
            section = _heading_kind(_heading_key(list_match.group("body")))
            after_list, since_heading = False, 0
            seen_numbered, duty_subtitles = True, False
            continue
        if _CAPS_NUMBERED.match(line):
            # "8.  DECISIONS AND JUDGEMENTS", "7a. SYSTEMS": the numbered sections of an NHS
            # job description (B11); one the reader does not know holds neither. Under a
            # heading of its own ("QUALIFICATIONS FOR THE POSITION" / "1. CHARACTER", an
            # Irish council, B18) an unknown one is a sub-title of the requirements.
            body = _CAPS_NUMBERED.match(line).group("body")
            kind = _heading_kind(_heading_key(body))
            # (B91: so are they under a duty heading of an ad whose sections are not
            # numbered, "KEY RESPONSIBILITIES" / "1. COLLECTION MANAGEMENT" / "2. ACCESS,
            # EXHIBITIONS AND PUBLIC PROGRAMS", of the duties)
            sub = kind is None and (
                (section == REQUIREMENTS and not numbered_section)
                or (section == DUTIES and (not seen_numbered or duty_subtitles)))
            duty_subtitles = sub and section == DUTIES
            seen_numbered = True
            if not sub:
                section = kind or OTHER
                numbered_section = True
            after_list, since_heading = False, 0
            continue
        if list_match and line in section_titles:
            # "4. Working with us" between "3. Key tasks" and "5. Person specification": a
            # numbered section the reader does not know holds neither (B27)
            section, after_list, since_heading = OTHER, False, 0
            continue
        if (list_match and index + 1 < len(lines) and _GROUP_LABEL.match(line)
                and _SUB_ITEM.match(lines[index + 1])
                and classify_line(list_match.group("body")) is None):
            # "A. Reception and communication" over "i.<tab>Welcome visitors ...": the
            # title of a group of items numbered a level down (B27)
            continue
        if (list_match and index + 1 < len(lines) and re.match(r"\(?\d{1,2}[.)]\s", line)
                and re.match(r"\(?1[.)]\s", lines[index + 1])
                and len(list_match.group("body").split()) <= 4
                and not re.search(r"[.;:!?,]$", list_match.group("body"))
                and classify_line(list_match.group("body")) is None):
            # "2. Operations" over "1. Carry out daily lock checks ...": an HTML list nested
            # in a numbered one, its letters lost, the numbering starting again under the
            # group's title (B85)
            continue
        if list_match:
            items.append(_Item(list_match.group("body").strip(), section, True))
            after_list = True
        elif (line.endswith(":") and _section_of_heading(line) is None
              and len(parts := split_sentences(line)) > 1
              and (lead := _section_of_heading(parts[-1])) is not None):
            # "We know great candidates don't tick every box. You should have:"; the
            # sentences before the lead-in introduce the list, they are not in it ("You'll
            # be a people person with a calm and warm manner. We'd love to hear from you if
            # you have:", B20)
            items.extend(_prose_items(" ".join(parts[:-1]), OTHER, after_list))
            # (a lead-in of no kind under how to apply stays there: "Please send your CV
            # ... In your letter, tell us:" over what the letter should say, B60)
            if not (section == OTHER and lead == MIXED):
                section = lead
            after_list = False
        elif (line.endswith(":") and line[0].islower() and items
              and not items[-1].is_list_item and index
              and lines[index - 1].endswith(items[-1].text)
              and not re.search(r"[.!?:;]$", items[-1].text)):
            # "To be considered ..., please address the following key selection criteria
            # in your" / "cover letter (no more than two pages):": a lead-in wrapped by a
            # PDF, not a heading of its own (B33); "Each candidate must, on the latest date
            # for receipt of completed" / "application forms:" leads into the criteria, and
            # is none of them (B61)
            items[-1].text = f"{items[-1].text} {line}"
            if items[-1].section in (DUTIES, REQUIREMENTS, DESIRABLE):
                items[-1].section = OTHER
            after_list = False
            continue
        elif (line.endswith(":") and section in (DUTIES, REQUIREMENTS, DESIRABLE)
              and _heading_kind(_heading_key(line)) is None
              and classify_line(_heading_key(line)) is None and len(line.split()) <= 6
              and _section_of_heading(line) in (None, MIXED)
              and index + 1 < len(lines) and _LIST_ITEM.match(lines[index + 1])):
            continue  # "On the shop floor:" over some of the duties: a label (B8)
        elif (line.endswith(":") and section in (DUTIES, REQUIREMENTS, DESIRABLE)
              and _heading_kind(_heading_key(line)) is None
              and _section_of_heading(line) in (None, MIXED)
              and index + 1 < len(lines)
              and (following_item := _LIST_ITEM.match(lines[index + 1]))
              and following_item.group("body")[0].islower()):
            # "Applicants must, by the closing date:" / "(a) hold a degree,": a sentence
            # that the list items finish, each in lower case, leads into them; the items
            # are the criteria, and the section goes on (an Irish public-service ad, B26)
            continue
        elif (not (line[:1].islower() and _continues_previous(line, items))
              and (heading := _candidate_will(line, lines[index + 1: index + 7])
                   or _section_of_heading(line)) is not None):
            # ("... when no manager is" / "on site": a criterion wrapped onto a lower-case
            # line that reads like a heading goes on, B63)
            # "Experience:" under "Asset qualifications" is still an asset.
            generic = _heading_key(line) in _GENERIC_SUBHEADINGS
            lead_in = (_heading_kind(_heading_key(line)) is None and section is not None
                       and since_heading == 1
                       # (under a heading of no one kind, "THE ROLE", a lead-in of one, "The
                       # successful candidate will be responsible for:", says which, B81)
                       and not (section == MIXED and heading in (DUTIES, REQUIREMENTS)
                                and line.endswith(":")))
            # "The successful candidate will:" straight under "Duties" leads into the
            # duties; only a heading of its own changes the section.
            # Indeed's "Profile insights" box lists the site's own "Skills" / "Licenses"
            # with "Do you have experience in ...?" buttons: page furniture until the next
            # heading of another kind (B9, B10)
            furniture = section == OTHER and heading in (REQUIREMENTS, DESIRABLE) and (
                insights)
            insights = (_heading_key(line) == "profile insights") or furniture
            # "Other" over the last few duties of a job description is not the person
            # specification's "Other" (B16)
            other_duties = _heading_key(line) == "other" and section == DUTIES
            # Indeed's summary after "Job Type:" ("Experience: Front desk: 1 year
            # (Required)", "Language: Spanish (Preferred)") repeats the ad as job facts
            # (B18); so does Naukri's after "Role Category:" ("Education" / "UG: Any
            # Graduate", "Key Skills" over the site's skill tags, B20)
            summary = indeed and section == OTHER and _heading_key(line) in _INDEED_LABELS
            # "Minimum Experience" / "Entry-level" among "Employment Type" / "Full-Time"
            # and "Compensation" / "$21.00 - $23.50 per hour": a fact about the job among
            # the others, not the requirements (a BambooHR page's facts, B24)
            fact = section == OTHER and heading != OTHER and (
                _is_fact_label(lines, index) or _in_fact_table(lines, index))
            # "Planning and organising:" among a person specification's competencies
            # names a category of criteria, not the duties (an Irish HSE ad, B38)
            category = (section in (REQUIREMENTS, DESIRABLE) and heading in (DUTIES, MIXED)
                        and _heading_kind(_heading_key(line)) is None
                        and line.endswith(":") and len(line.rstrip(":").split()) <= 5
                        and index + 1 < len(lines) and bool(_LIST_ITEM.match(lines[index + 1]))
                        and not re.search(r"\b(?:you|your|we|will)\b", line, re.IGNORECASE))
            if (not (generic and heading == REQUIREMENTS and section == DESIRABLE)
                    and not lead_in and not furniture and not other_duties
                    and not summary and not fact and not category):
                section = heading
                numbered_section = False

            after_list, since_heading = False, 0
            continue
        elif line.endswith(":") and since_heading == 1 and section is not None:
            continue  # "Reporting to the Chair, the Part-Time Professor will:" leads in
        elif since_heading == 1 and section is not None and _HEADING_TAIL.match(line):
            # "ESSENTIAL DUTIES AND RESPONSIBILITIES" / "include the following. Other duties
            # may be assigned.": the US template's heading broken over two lines by a Word
            # copy; the rest of it is a lead-in, not a duty (B21, B7 had it on one line)
            continue
        elif _continues_previous(line, items) and since_heading > 1 and not (
                # (B94: a bracketed note a blank line under the list, "(All of our team need
                # a clear Police Information Check ...)", is a paragraph of its own)
                after_blank[index] and line.startswith("(")
                and not items[-1].text.count("(") > items[-1].text.count(")")):
            items[-1].text = f"{items[-1].text} {line}"
        elif (items and not items[-1].is_list_item
              # ... or after a comma: "Interview (I)," / "Test (T). Please address" (B10)
              and (line[0].islower() or items[-1].text.endswith(",")
                   # "... including a" / "New Zealand Police vet.", "... for the child
                   # workforce" / "(we can process this ...": a sentence wrapped after a
                   # word that cannot end it, or before a bracket (B34)
                   or line[0] == "("
                   # (B94: ... or inside a bracket left open: "(78 places, ages" / "3 months
                   # to 5 years).")
                   or items[-1].text.count("(") > items[-1].text.count(")")
                   # ... or a preposition: "... massage from supervised Diploma of" /
                   # "Remedial Massage students ..." (B37)
                   or (items[-1].text.rsplit(" ", 1)[-1].lower() in _PROSE_DANGLING
                       # (not "...; and", which closes a criterion of its own, B16, nor
                       # "And" on a line of its own between two criteria, B14)
                       and not re.search(r"(?:[;,]\s*|^)(?:and|or)$", items[-1].text,
                                         re.I)))
              and index and (lines[index - 1].endswith(items[-1].text)
                             or items[-1].text.endswith(lines[index - 1]))
              and not re.search(r"[.!?:;]$", items[-1].text)
              # "experience of Raiser's Edge<br>knowledge of Gift Aid": two lines of a
              # list with no bullets, not one sentence broken in two (B7); a sentence
              # already wrapped over lines before goes on ("... fund your Certified
              # Insurance Practitioner (CIP)" / "qualification with the ...", B22)
              and not (_REQUIREMENT_CUE.match(line) and len(line.split()) > 2
                       and items[-1].text == lines[index - 1]
                       and items[-1].text.rsplit(" ", 1)[-1].lower() not in _DANGLING)):
            # a paragraph copied from a PDF breaks mid-sentence: "...the day-to-day" /
            # "running of the desk. You will also..."
            first, *rest = split_sentences(line)
            items[-1].text = f"{items[-1].text} {first}"
            items.extend(_Item(part, items[-1].section, False) for part in rest)
        elif index + 1 < len(lines) and _LIST_ITEM.match(lines[index + 1]) and (
                # "Reception and patient flow": at most three words that carry meaning (B21)
                (len([w for w in line.split() if w.lower() not in _SMALL_WORDS]) <= 3
                 and len(line.split()) <= 5 and line[0].isupper()
                 and not re.search(r"[.;!?,]$", line)
                 # "Welcoming visitors": a title named by what the group of duties does,
                 # though its first word is a duty's verb (B27)
                 and (classify_line(line) is None or _GERUND_TITLE.match(line)
                      # "Post room" after a blank line: two words are a label, though the
                      # first is a duty's verb (B65)
                      or (len(line.split()) <= 2 and after_blank[index])))
                or _SHARE_LABEL.search(line) or _is_title_label(line)):
            # "Reception" or "Collections care and object handling (approx. 45%)" over
            # a group of duties: a label, not a duty
            continue
        elif (section in (REQUIREMENTS, DESIRABLE) and _is_paragraph_label(line)
              and index + 1 < len(lines) and _is_paragraph(lines[index + 1])):
            # "Character" / "Candidates shall be of good character.": a short title over
            # the paragraph that states one requirement (an Irish public-service ad's
            # qualifications, B26; B16 and B18 numbered theirs)
            continue
        else:
            if section is None and index < forwarded_at and not list_match:
                items.append(_Item(line, OTHER, False))
            else:
                items.extend(_prose_items(line, section, after_list))
    return items


# A statement of the job's purpose: "To deliver a welcoming library service ..."
# (not "To succeed you'll need ...": a sentence that speaks to the reader is judged as usual)
_PURPOSE_LINE = re.compile(r"^to (?!be (?:successful|considered|eligible)\b|succeed\b|apply\b)"
                           r"[a-z]+\b(?!.*\byou(?:'ll|'re|r|rs)?\b)")
_AS_REASON = re.compile(r",\s+as\s[^.]*")
# Where the job sits, not what it does: "The post holder will be part of a team of 14 and
# will report to the supervisor", "You will be based in the main department" (B16)
_CONTEXT_LINE = re.compile(
    r"\b(?:will (?:be part of|join) a team of \d+|you will be based (?:in|at)"
    # "The work is performed mainly by telephone in a contact center environment" (B33)
    r"|^the work is (?:\w+ )?(?:performed|carried out|done|based)"
    r"|(?:will|you'll) work a (?:regular )?(?:roster|rota) of \d+ hours)\b")


_REASSURANCE = re.compile(r"^you (?:don't|do not) (?:need|have) to (?:be|know)\b"
                          # (B67: "Not a natural chatterbox? That's fine - some of our best
                          # advisers are quiet listeners")
                          r"|^(?:that's|that is) (?:totally |absolutely )?(?:fine|ok|okay)\b"
                          # (B79: "If you have never gutted a fish before, that is fine")
                          r"|^if you (?:have never|haven't|have not|don't have|do not have)"
                          r"[^.]{0,80}, (?:that's|that is) (?:totally |absolutely |completely )?"
                          r"(?:fine|ok|okay)\b"
                          # (B114: "If you don't have the counter qualification yet, don't
                          # worry - we will enrol you on ...")
                          r"|^if you (?:have never|haven't|have not|don't have|do not have)"
                          r"[^.]{0,80}, (?:don't|do not|no need to) worry\b")
_SPLIT_TIME = re.compile(r"^you(?:'ll| will)? (?:split|divide) your time between\b")


# What the job holder is, not what they do: "The Ward Clerk is the first point of contact
# for patients ... and provides a full administrative service", the summary over an NHS
# Jobs ad's duty list (B21); "The post holder is responsible for ..." is a duty
_ROLE_IS = re.compile(r"^the (?:[\w-]+ ){1,3}is (?:the|a|an) (?!.*\bresponsible for\b)")


# One step of the selection listed under "How you will be assessed" (B71, B72: "Panel
# interview with the Branch Coordinator", "Referee checks", "A 20-minute online numeracy
# test"), where B16 listed the criteria themselves ("Demonstrated ability to ..."): how
# applicants are sifted, not something they must have
_SELECTION_STEP = re.compile(
    r"^(?:an? |the )?(?:(?:short|brief|final|first|second|informal|formal|panel|telephone|"
    r"phone|video|online|written|practical|competency-based|structured|face-to-face|"
    r"\d+-minute|numeracy|literacy|typing|skills)\s+){0,3}"
    r"(?:(?:case study |role-?play )?(?:interview|referee checks?|reference checks?|test|"
    r"exercise|conversation|assessment centre|trial shift"
    # (B98, under "How you will be assessed": "a written application (a maximum two-page
    # response to the key selection criteria, plus your resume)", "a panel interview, which
    # may include a short keyboard skills test")
    r"|application(?= \())"
    r"(?:\s+(?:with|at|on|of|identifying|including|addressing|reviewing)\b|\s*[.;]?$"
    r"|,\s+(?:which|where) (?:may|will|can)\b|\s+\()"
    r"|application (?:form )?addressing\b"
    # (B76: "Shortlisting against the essential criteria, based on your CV ...")
    r"|shortlisting (?:against|on|based on|from)\b)")


# The key over a person specification, in running text: "Criteria marked E are essential
# and criteria marked D are desirable." (B75)
_MARK_KEY = re.compile(r"^(?:the )?criteria marked \(?[a-z]\)? are (?:essential|desirable)\b")
_EVERY_EMPLOYEE = re.compile(r"^all (?:staff|employees|members of staff|trust staff|colleagues)"
                             r" (?:have a (?:duty|responsibility)|are (?:required|expected)|must)"
                             r"\b")
# A question put to the applicant as a request: "Tell us about a time you ...", "Describe a
# time when you ...", "Give an example of a time ..."
_ASKED_OF_YOU = re.compile(r"^(?:(?:please )?(?:tell us|tell me) about a time|describe a time"
                           r"|give (?:us |me )?an example of a time)\b")


def _place(item: _Item, has_duty_section: bool = False) -> str:
    """Which list an item belongs in, given its section and its own wording.

    has_duty_section: the ad lists its duties under a heading of their own, so a
    sentence elsewhere that reads like a duty ("Provides first-level support to...",
    a job title starting "Help...") is the ad's summary, not another duty.
    """
    lowered = item.text.lower().replace("’", "'")
    # "... would also be useful but is not essential, as full training is given": the
    # reason after ", as" is not what the sentence is about (B16)
    if not item.is_list_item and _APPLYING.search(_AS_REASON.sub("", lowered)):
        return OTHER
    if not item.is_list_item and item.section == DUTIES and (
            _is_title_label(item.text) or _CONTEXT_LINE.search(lowered)
            or _ROLE_IS.match(lowered)
            # (B114: "Oral Health Services – Bundaberg Community Dental Clinic", the unit
            # and the clinic in title case under a role description's heading)
            or (" – " in item.text and all(
                _is_title_label(part) for part in item.text.split(" – ")))):
        return OTHER  # "Queensland Government" over a role description; who you report to
    if _META_LINE.match(_EMOJI_LEAD.sub("", lowered, count=1)):
        return OTHER  # "💷 £12.85 per hour ...": an emoji before job facts (B22)
    if (not item.is_list_item and item.section is None and _ASIDE.search(item.text)
            and _is_title_label(_ASIDE.sub("", item.text))):
        # "Online GCSE Maths & English Tutor (flexible, 3–15 hours per week)": the job's
        # title, with its terms in brackets, above the ad's first heading, though a word of
        # it ("GCSE") is a cue (B22)
        return OTHER
    if item.is_list_item and item.section in (REQUIREMENTS, DESIRABLE) \
            and _SELECTION_STEP.match(lowered):
        return OTHER
    if item.is_list_item and _SUCCESS_PROFILE_BEHAVIOUR.fullmatch(lowered.strip(" .;")):
        # "Communicating and Influencing", "Delivering at Pace": the Civil Service behaviours
        # a panel will assess, named and nothing more; most writers (B3, B27, B50, B102; not
        # B33's) leave them out of the criteria a candidate weighs
        return OTHER
    if not item.is_list_item and _SELECTION_RULE.search(lowered):
        # "Education may be substituted for specialized experience", "You must meet the
        # following requirements by the closing date", "We'll assess you against the
        # behaviours ... at the interview stage": how applicants are sifted, told around
        # the criteria, not one of them (USAJOBS and Civil Service ads, B33)
        return OTHER
    if not item.is_list_item and _RESULT_AREA.match(lowered):
        # "Key result area: Booking and scheduling" over the duties of that area: its title,
        # no duty of its own (B89)
        return OTHER
    if not item.is_list_item and item.section in (DUTIES, MIXED, None) and (
            _PLURAL_SUBJECT.match(item.text) or _JOIN_US.search(lowered)
            # "You'll split your time between the counter and the yard, so it suits
            # someone who ...": how the job is shared out, over its duty lists (B61)
            or _SPLIT_TIME.match(lowered)):
        # "Contact Representatives work in the Accounts Management function", "Work Coaches
        # are at the heart of our jobcentres", "DMV is looking for customer-focused
        # individuals to join our team": the job or the employer described, over the
        # duty list (B33)
        return OTHER
    if not item.is_list_item and _is_title_label(item.text) and (
            (item.section is None and classify_line(item.text) == DUTIES)
            or (item.section in (None, MIXED) and _JOB_TITLE_END.search(lowered))):
        # "Open Competition" on a booklet's cover, before any heading (B33); "Marriage
        # Licence and Civil Ceremonies Clerk", the job's title over a posting (B52)
        return OTHER
    if not item.is_list_item and _REASSURANCE.match(lowered):
        # "You don't need to be the life of the party, just friendly and willing to
        # learn": a reply under a social post that sets a worry aside (B63)
        return OTHER
    if _NOTHING_REQUIRED.match(lowered):
        return OTHER  # "None required." under "Licenses and Certifications:" (B33)
    if _CHECK_REQUIRED.match(lowered) and (item.section is None or not item.is_list_item):
        # "Police vetting required" among a job board's facts (pay, hours, "Posted 3d
        # ago") before the ad's first heading; "Background check required. Email a resume
        # ..." in running text under a post's lists (B66): a condition told as a job fact
        return OTHER
    if (not item.is_list_item and item.section not in (REQUIREMENTS, DESIRABLE)
            and _CONDITION_IN_PROSE.match(lowered)):
        return OTHER
    if not item.is_list_item and _PAY_OR_VETTING.match(lowered):
        # "Pay is per the Pharmacy Industry Award ...", "The successful applicant will need to
        # provide a current National Police Certificate before starting": the terms, and a
        # condition on whoever is appointed told in running text (B32)
        return OTHER
    if (not item.is_list_item and item.section in (MIXED, None, DUTIES)
            and _REPORTING_LINE.match(lowered) and not lowered.rstrip().endswith(":")):
        # (B98: or under a form's "Reporting Arrangements", read with the duties)
        # "Reporting to the Member Services Supervisor, the successful candidate will deliver
        # an excellent service ...": where the role sits, above the duties (B32)
        return OTHER
    if not item.is_list_item and item.section in (MIXED, None) and _PURPOSE_LINE.match(lowered):
        # "To provide a high quality ... customer service for Council, so that customers
        # have a consistently positive experience of Council": the job's purpose under
        # "Position Objectives" or "Job purpose", not a duty or a requirement (B19)
        return OTHER
    inline = _split_inline_heading(item.text) if item.is_list_item else None
    if inline is not None and inline[0] == OTHER:
        return OTHER  # "Closing date: 6 April" in a list of job facts
    if (item.is_list_item and item.section == DUTIES and item.text.rstrip().endswith(":")
            and len(item.text.split()) <= 3 and inline is None):
        # "Returns processing:" over the duties nested under it in the list: their group's
        # title, no duty of its own (B100)
        return OTHER
    if item.text.rstrip().endswith("?"):
        # "Are you currently licensed with FSRA?": a question put to the reader, as a
        # recruiter's e-mail asks before putting someone forward (B32); no writer has
        # counted a question as a duty or a requirement
        return OTHER
    if not item.is_list_item and _MARK_KEY.match(lowered):
        return OTHER
    if _EVERY_EMPLOYEE.match(lowered):
        # "All staff have a duty to comply with Trust policies on information governance
        # ...": what the employer asks of everyone it employs, under "General" (B74; B8's
        # "All staff have a duty to safeguard ..."), not this job's duties
        return OTHER
    if _ASKED_OF_YOU.match(lowered):
        # "Tell us about a time you dealt with a customer who needed something urgently.":
        # a question the application puts, written as a request (B72)
        return OTHER
    if item.is_list_item and _TIME_SLOT_ITEM.fullmatch(lowered.strip()):
        return OTHER  # "Monday 19 May, 10:00 AST": a time offered for a call (B74)
    if item.is_list_item and _JOB_FACT_ITEM.match(lowered):
        return OTHER  # "Posting Date 05/20/2024": a job board's facts, label and value (B32)
    if item.is_list_item and _SEND_YOUR_CV.search(lowered):
        # "- just attach your CV and a few lines on why the role appeals to you": how to
        # apply, wrapped after a dash (B107)
        return OTHER
    if not item.is_list_item and _APPLICANT_SAYS.match(lowered):
        # "I've worked at a garden centre for three years, I have a full licence, ...": an
        # applicant's own message quoted below a recruiter's reply (B107)
        return OTHER
    if not item.is_list_item and _SHARE_OF_TIME.match(lowered):
        # "A typical day: roughly 70% of your shift is spent at the front desk and on the
        # phones.": how the time divides, a fact about the job, not a duty (B107)
        return OTHER
    if item.section in (DUTIES, OTHER):
        return item.section
    if item.section == DESIRABLE:
        return DESIRABLE
    if item.section == REQUIREMENTS:
        # "Experience with Canva is desirable" inside an essential list is still a wish;
        # "1+ year of customer service experience (veterinary or medical office preferred)"
        # is not: the wish in brackets only narrows what is required (B19)
        text = _NARROWING_WISH.sub("", item.text)
        return (DESIRABLE if classify_line(text) == DESIRABLE and not _wish_on_a_part(text)
                else REQUIREMENTS)
    kind = classify_line(item.text) or OTHER
    if kind == DUTIES and has_duty_section and not item.is_list_item:
        return OTHER
    if kind == REQUIREMENTS and not item.is_list_item and _CONDITION.search(
            lowered):
        # "Applicants must be legally entitled to work in Canada.", "A current driver licence
        # is needed for occasional travel ...": a condition told in running text is neither
        # (the writers' format: conditions count only as list items under a requirements
        # heading or as person-specification rows; B110)
        return OTHER
    if kind in (REQUIREMENTS, DESIRABLE) and not item.is_list_item and _ABOUT_THE_POST.match(
            lowered):
        # "The position works mostly behind the scenes; occasional coverage of the
        # circulation desk is required": the summary says what the post is like, it asks
        # nothing of the applicant (B20)
        return OTHER
    return kind


_CONDITION = re.compile(
    r"\b(?:(?:legally )?entitled to work|right to work|eligib\w+ to work|work (?:permit|visa)s?"
    r"|driv(?:er|ing|er's) licen[cs]e|(?:garda |police |security |background |criminal record |"
    r"dbs |pvg |wwcc |working with children )(?:check|vetting|clearance|screening)s?|vetting"
    r"|drug (?:test|screen)\w*|citizenship|permanent residen\w+)\b")


# A sentence about the post itself, not its holder: "The position works ...", "This role
# requires ..." (not "The post holder will ...")
_ABOUT_THE_POST = re.compile(r"^(?:(?:much|most|some|part|all) of )?(?:the|this) (?:position|role|"
                             r"post|job|work)\b(?!\s?holder)")


# Where a requirement's second part starts: "X; Y would be a bonus", "X – Y, Z a bonus"
_PART_BREAK = re.compile(r"\s*;\s+|\s+[-–—]\s+")
# Words that do not make a subject of their own before a wish: "– desirable", "- this would
# be an advantage", "– but is not essential"
_NO_SUBJECT = frozenset(
    "but and or is are would will be also though although it this that which both either "
    "very highly".split())


def _wish_on_a_part(text: str) -> bool:
    """'Diploma in any discipline; a Diploma in Information Studies will be an advantage',
    'Good computer skills – Microsoft Office, Canva a bonus': the wish has a subject of its
    own after a semicolon or dash, so it covers only that part; the requirement stated
    before it, with no wish, makes the whole item essential (B20; B6 and B9 wrote so too).
    'An interest in local history – desirable, but not essential' and 'Latin skills are a
    bonus – not essential!' are wishes as a whole."""
    parts = _PART_BREAK.split(text.lower().replace("’", "'"), maxsplit=1)
    if len(parts) < 2 or len(parts[0].split()) < 2 or _DESIRABLE_CUE.search(parts[0]):
        return False
    wish = _DESIRABLE_CUE.search(parts[1])
    before = re.findall(r"[a-z][a-z'-]*", parts[1][: wish.start()]) if wish else []
    return any(word not in _NO_SUBJECT for word in before)


# A wish in brackets after a requirement, about a part of it: "(medical office preferred)",
# "(ideally in a library)"; not a bracket that is only the mark, "(preferred)".
_NARROWING_WISH = re.compile(
    r"(?<=\w)\s*\((?:[^()]*\w\s+(?:preferred|desirable|an advantage|a plus|a bonus)"
    r"|(?:ideally|preferably)\s[^()]*)\)", re.IGNORECASE)


# "1. (a) Have obtained a pass ...": a lettered alternative opening a numbered item (B98);
# its letter is the list's, not the requirement's
_INNER_LETTER = re.compile(r"^\((?:[a-h]|i{1,3}|iv)\)\s+(?=[A-Z])")
# "40% - Answer the phones": the share of time a duty takes, not part of the duty.
_TIME_SHARE = re.compile(r"^\d{1,3}\s?%(?:\s*[-–—:|]\s*|\s*of (?:the )?time[:,]?\s*|\s+)")
# Markdown bold/italic markers around words are formatting, not part of a duty.
_EMPHASIS = re.compile(r"\*\*|__")


def _meaningful(text: str) -> bool:
    return sum(c.isalpha() for c in text) >= 3


_OTHER_DUTIES = re.compile(r"^(?:other|additional|further) (?:duties|tasks|responsibilities)\b")


_ASIDE = re.compile(r"\s*\([^()]*\)")
_CATCH_ALL_DUTY = re.compile(
    r"^(?:performs?|undertakes?|carr(?:y|ies) out) (?:any |such )?(?:other )?(?:related |similar )?"
    r"duties\b[^.]{0,80}\.?$")


# "Any other duties as assigned by the Front Office Manager", "Undertake such other duties
# as may reasonably be required", "Pitch in on other admin tasks as needed": a line that
# names no duty a candidate could weigh. Earlier writers (b13-b26) counted such list items
# as duties, b9, b25, b27 and b28 as neither; the worksheet would ask the candidate to rate
# them and ask how many hours they take, so they are kept out of the duties.
_CHECK_REQUIRED = re.compile(
    r"^(?:an? )?(?:[\w-]+ ){0,2}(?:vetting|vet|checks?|clearance) (?:is |are )?required\.?$")
_CATCH_ALL_ITEM = re.compile(
    r"^(?:(?:to |and |also )?(?:undertake|undertakes|undertaking|perform|performs|performing"
    r"|carry out"
    r"|carries out|carrying out|complete|completing"
    r"|do|pitch in on|help with|assist with|plus)\s+)?(?:any\s+|such\s+|all\s+)?other\s+"
    r"(?:(?:related|similar|reasonable|ad[- ]hoc|general|admin(?:istrative)?|relevant|"
    r"associated|appropriate|duties and)\s+)*(?:duties|tasks|responsibilities)\b"
    r"(?:[^.;]{0,120})?(?:assigned|required|requested|directed|needed|necessary|grade|role"
    # (B66: "Any other duties as agreed with the Chair of Trustees")
    r"|post|position|team|manager|supervisor|time to time|agreed"
    # (B77: "... such other duties as the board may reasonably require"; B79: "... any other
    # tasks reasonably asked of you by the management")
    r"|require|asked|board|management"
    # (B102: "Undertake other duties appropriate to this level of classification which
    # contribute to the operation of the section")
    r"|classification|section)\b"
    r"|^performs? related (?:duties|work) as (?:assigned|required)"
    # "Perform other related duties." with nothing after it (a GC Jobs poster, B33)
    r"|^(?:performs?|undertakes?|carr(?:y|ies) out) (?:any )?other (?:related |similar )?"
    r"(?:duties|tasks)\.?$"
    # (B109: "Help out with general office duties as and when needed")
    r"|^(?:help(?:ing)?(?: out)?|assist(?:ing)?|support(?:ing)?) with general (?:office |admin"
    r"(?:istrative)? )?(?:duties|tasks) as and when\b"
    # (B115: "Helping with any other reasonable tasks your manager asks of you", "Assist the
    # General Manager with other duties as required")
    r"|^(?:help(?:ing)?|assist(?:ing)?)(?: out)?(?: (?:the|your|our) [\w ]{1,30}?)? with "
    r"(?:any )?other (?:reasonable |related |ad[- ]hoc |similar )*(?:duties|tasks)\b"
    # "Helping out with anything else the practice manager asks" (B30)
    r"|\banything else (?:the|your|our) [\w ]{0,30}(?:asks|needs|requires|requests)\b"
    # (B70: "Help the site team with anything else they need on the day")
    r"|\bwith anything else (?:they|we|you) (?:need|ask)\b"
    # (B83: "Help out with whatever else needs doing on the day")
    r"|\bwith whatever else (?:needs doing|is needed|comes up)\b"
    # "General office tasks as required", "Assist the team with any other reasonable tasks"
    # (B52)
    r"|^general (?:office |admin(?:istrative)? )?(?:duties|tasks) as (?:required|needed|"
    r"directed|assigned)\.?$"
    r"|^assist (?:the|your) (?:team|manager|colleagues) with any other (?:reasonable |related )?"
    r"(?:duties|tasks)\.?$"
    # (B88: "Support other departments as required")
    r"|^(?:support|help|assist|cover) (?:other|any) (?:departments|teams|areas)(?: of the \w+)?"
    r" as (?:required|needed|directed|assigned)\.?$")


# "(Percentages indicate the approximate share of working time.)" over a duty list (B29)
_DUTY_LIST_NOTE = re.compile(r"^\(?percentages? (?:indicate|show|give|are)\b")


# "As Ward Clerk you will ...", "As a Library Assistant, you'll ...", "In this role you
# will ...": a sentence that sums up the role (not "As part of the team you will ...")
_ROLE_SUMMARY = re.compile(
    r"^(?:[Aa]s (?:(?:a|an|the|our|your) (?:[\w'-]+ ){0,3}[\w'-]+|[A-Z][\w'-]*(?: [A-Z][\w'-]*)"
    r"{0,3})|[Ii]n this (?:role|position|post|job)"
    # (B6, under "Your role in a nutshell": "Visiting clients in their own homes, you'll
    # provide the personal care ...")
    r"|[A-Z][a-z]+ing\b[^,.;]{0,60}),? you(?:'ll| will)\b")


def _places(items: list[_Item], has_duty_section: bool) -> list[str]:
    """_place for each item; and in a list under a heading that holds both ("The role",
    "About the job"), an item whose own wording says nothing ("General admin support to
    the Managing Director") goes with the rest of its list when they agree (B10)."""
    places = [_place(item, has_duty_section) for item in items]
    start = 0
    while start < len(items):
        end = start
        while (end < len(items) and items[end].is_list_item
               and items[end].section == items[start].section):
            end += 1
        if end - start >= 3 and items[start].section == MIXED:
            said = {places[i] for i in range(start, end)
                    if classify_line(items[i].text) is not None}
            if len(said) == 1 and (kind := said.pop()) in (DUTIES, REQUIREMENTS):
                for i in range(start, end):
                    # "... contacting parents (first aid training will be provided)" is a
                    # duty with an aside; "Full training will be given" is reassurance (B14)
                    if classify_line(items[i].text) is None and places[i] == OTHER and (
                            not _APPLYING.search(_ASIDE.sub("", items[i].text.lower()))):
                        places[i] = kind
        start = max(end, start + 1)
    # "We are looking for someone who stays calm..." among sentences of requirements is one
    # too; in an intro about the employer it is not (B12)
    for i, item in enumerate(items):
        if (places[i] == OTHER and not item.is_list_item and _LOOKING_FOR.search(
                item.text.lower().replace("’", "'"))
                and any(0 <= j < len(items) and places[j] == REQUIREMENTS
                        and not items[j].is_list_item and items[j].section == item.section
                        for j in (i - 1, i + 1))):
            places[i] = REQUIREMENTS
    # "Performs related duties as required." ending duties given one sentence a line, with
    # no bullets: the list's last item, as a bulleted one would be (B19); after a bulleted
    # list it is a note under the list (B2)
    for i, item in enumerate(items):
        if (i and places[i] == OTHER and not item.is_list_item and item.section == DUTIES
                and _CATCH_ALL_DUTY.match(item.text.lower())
                and not items[i - 1].is_list_item and items[i - 1].section == DUTIES
                and places[i - 1] == DUTIES):
            places[i] = DUTIES
    # "As Ward Clerk you will provide the administrative service for two wards ...", then
    # the duties as a list: the sentence sums the role up over its list (B24); with no
    # list after it, the paragraph is the duties in prose (B5)
    for i, item in enumerate(items):
        if places[i] != DUTIES or item.is_list_item or not _ROLE_SUMMARY.match(
                item.text.replace("’", "'")):
            continue
        j = i + 1
        while j < len(items) and not items[j].is_list_item and items[j].section == item.section:
            j += 1
        if j < len(items) and items[j].is_list_item and places[j] == DUTIES:
            places[i] = OTHER
    # a duty list was found that way: a sentence elsewhere that reads like a duty ("You'll
    # work on a rota of early and late shifts") is the summary, as with a duty heading
    # (a paragraph of several "You will ..." sentences is a duty list in prose, B12)
    if not has_duty_section and sum(1 for item, place in zip(items, places, strict=True)
                                    if item.is_list_item and place == DUTIES) >= 3:
        start = 0
        while start < len(items):
            end = start
            while (end < len(items) and not items[end].is_list_item
                   and items[end].section == items[start].section):
                end += 1
            run = range(start, end)
            if (end > start and items[start].section == MIXED
                    and sum(1 for i in run if places[i] == DUTIES) == 1):
                for i in run:
                    if places[i] == DUTIES:
                        places[i] = OTHER
            start = max(end, start + 1)
    return places


def split_ad(raw: str) -> AdSplit:
    """Split a pasted ad into duties, requirements (with desirable marked) and other.

    Headings ("Responsibilities", "Essential criteria", "What we offer"...) decide
    where list items go; sentences outside such sections are sorted by their
    wording ("you will..." vs "experience with..."). Raises EmptyAd when nothing
    readable was pasted and AdTooLong when the paste is too long.
    """
    text = clean_ad_text(raw)
    if not _meaningful(text):
        raise EmptyAd()
    split = AdSplit()
    items = _items_from_text(text)
    # "Other duties will include:" adds to duties told before it, in prose (B12): only a
    # duty heading of its own makes a duty-like sentence elsewhere the ad's summary
    has_duty_section = any(item.section == DUTIES for item in items) and not any(
        _OTHER_DUTIES.match(_heading_key(line)) for line in text.split("\n")
        if _section_of_heading(line) == DUTIES)
    places = _places(items, has_duty_section)
    for item, place in zip(items, places, strict=True):
        # Sub-items of a list ("a) entering data;") end with the list's punctuation.
        line = _EMPHASIS.sub("", item.text)
        if not re.search(r";\s*(?:and|or)$", line):
            # (but "Graduation from high school ...; and" keeps its joiner, as "; or" does:
            # the items are alternatives or all needed, B32)
            line = line.rstrip(";, ").removesuffix(" and")
        line = _TIME_SHARE.sub("", line)
        line = _INNER_LETTER.sub("", line)
        if line.endswith("*") and line[-2:-1].isalnum():
            line = line.rstrip("*")  # "...upset*": a footnote mark ("assessed at interview")
        if not _meaningful(line) or line.lower() in ("and", "or", "and/or"):
            continue
        # a catch-all ("Other duties as assigned", "General office tasks as required") is
        # neither a duty nor a requirement, wherever it stands (B28, B52)
        catch_all = _CATCH_ALL_ITEM.search(line.lower().replace("’", "'"))
        if place in (DESIRABLE, REQUIREMENTS) and not catch_all:
            split.requirements.append(line)
            if place == DESIRABLE:
                split.desirable.append(line)
        elif place == DUTIES and not catch_all and not _DUTY_LIST_NOTE.search(line.lower()):
            split.duties.append(line)
        else:
            split.other.append(line)
    return split
