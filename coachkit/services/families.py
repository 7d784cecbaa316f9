"""Recurring questions: families of questions that ask the same thing, across interviews.

The grouping engine (coachkit.analysis.grouping) decides which questions belong together;
the user's own choices (merge two families, move a question out of one) are stored in the
``family_choices`` table and applied on top, in the order they were made, every time the
families are built, so they survive regrouping and a better engine.

A family is named by its anchor, ``q:<id>`` of its first question. A merge stores the two
anchors and means "the family that holds question A joins the family that holds question B".
"""

from __future__ import annotations

import datetime as dt
import re
import threading
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from sqlalchemy import select

from coachkit import config
from coachkit.domain.errors import InvalidEntry, MissingEntry
from coachkit.domain.records import FamilyChoiceRecord, FamilyRecord, MergeSuggestion
from coachkit.services.answers import family_score
from coachkit.services.workbook import Workbook
from coachkit.storage import tables as t

PUBLIC_MIN_ORGANISATIONS = 3
PUBLIC_FILE = "public-safe-questions.txt"
SUGGESTIONS_SHOWN = 5
# Questions the suggestions embed on the spot with the sentence model (about 3-7 ms each);
# more than this (a big workbook opened for the first time) are worked out in the
# background while the suggestions use words only, and the model's are offered from the
# next refresh on.
EMBED_NOW = 300


@dataclass(frozen=True)
class _Asked:
    id: int
    text: str
    interview_id: int
    organisation: str
    date: dt.date | None
    category: str


def _asked(wb: Workbook) -> list[_Asked]:
    with wb.store.read() as s:
        rows = s.execute(
            select(t.Question.id, t.Question.text, t.Question.interview_id,
                   t.Interview.organisation, t.Interview.interview_date, t.Question.category)
            .join(t.Interview, t.Interview.id == t.Question.interview_id)
            .order_by(t.Question.id)).all()
    return [_Asked(*row) for row in rows]


class _Grouping:
    """The engine's labels for a workbook's questions, kept between calls.

    When the only change since last time is new questions at the end (the usual case:
    a paste), they are added to the existing index instead of regrouping everything.
    """

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.index = None
        self.seen: list[tuple[int, str]] = []
        self.representatives: dict[tuple[str, ...], str] = {}
        self.suggested: tuple[object, list[tuple[int, int, float]]] | None = None

    def representative(self, texts: tuple[str, ...]) -> str:
        """The family's wording, remembered while its members stay the same."""
        from coachkit.analysis.grouping import representative

        found = self.representatives.get(texts)
        if found is None:
            if len(self.representatives) > 20_000:
                self.representatives.clear()
            found = self.representatives[texts] = representative(texts)
        return found

    def labels(self, items: list[tuple[int, str]]) -> list[int]:
        from coachkit.analysis.grouping import GroupingIndex

        with self.lock:
            n = len(self.seen)
            if self.index is None or items[:n] != self.seen:
                self.index, self.seen, n = GroupingIndex(), [], 0
            fresh = items[n:]
            if fresh:
                self.index.extend([text for _, text in fresh])
                self.seen.extend(fresh)
            return self.index.labels() if items else []


_groupings: dict[str, _Grouping] = {}
_groupings_lock = threading.Lock()


def _grouping_for(wb: Workbook) -> _Grouping:
    with _groupings_lock:
        return _groupings.setdefault(wb.url, _Grouping())


class _Sets:
    """Union-find over family nodes."""

    def __init__(self) -> None:
        self.parent: list[int] = []

    def new(self) -> int:
        self.parent.append(len(self.parent))
        return len(self.parent) - 1

    def find(self, a: int) -> int:
        while self.parent[a] != a:
            self.parent[a] = self.parent[self.parent[a]]
            a = self.parent[a]
        return a

    def union(self, a: int, b: int) -> None:
        a, b = self.find(a), self.find(b)
        if a != b:
            self.parent[max(a, b)] = min(a, b)


def _anchor(key: str) -> int | None:
    match = re.fullmatch(r"q:(\d+)", key or "")
    return int(match.group(1)) if match else None


@dataclass(frozen=True)
class _Choice:
    id: int
    action: str
    question_id: int | None
    family_a: str
    family_b: str


def _choices(wb: Workbook) -> list[_Choice]:
    with wb.store.read() as s:
        rows = s.execute(select(t.FamilyChoice.id, t.FamilyChoice.action,
                                t.FamilyChoice.question_id, t.FamilyChoice.family_a,
                                t.FamilyChoice.family_b).order_by(t.FamilyChoice.id)).all()
    return [_Choice(*row) for row in rows]


def _members(asked: list[_Asked], labels: list[int], choices: list[_Choice]
             ) -> list[list[_Asked]]:
    sets = _Sets()
    by_label: dict[int, int] = {}
    node: dict[int, int] = {}
    for q, label in zip(asked, labels, strict=True):
        if label not in by_label:
            by_label[label] = sets.new()
        node[q.id] = by_label[label]
    for choice in choices:
        if choice.action == "move_out" and choice.question_id in node:
            node[choice.question_id] = sets.new()
        elif choice.action == "merge":
            a, b = _anchor(choice.family_a), _anchor(choice.family_b)
            if a in node and b in node:
                sets.union(node[a], node[b])
    _teach(asked, labels, choices, sets, node)
    groups: dict[int, list[_Asked]] = defaultdict(list)
    for q in asked:
        groups[sets.find(node[q.id])].append(q)
    return list(groups.values())


def suggestions_improving() -> bool:
    """Whether the sentence model is still working out vectors in the background, so the
    merge suggestions on screen use words alone and better ones come with a refresh."""
    from coachkit.analysis import embedding

    return embedding.warming()


def _sentences_ready(texts: list[str]) -> bool:
    """Whether the sentence model can be used for these texts now: it is installed and at
    most EMBED_NOW of them lack a vector; otherwise they are worked out in the background
    and words alone are used this time."""
    from coachkit.analysis import embedding

    if not embedding.available():
        return False
    if embedding.missing(texts) > EMBED_NOW:
        embedding.warm(texts)
        return False
    return True


def _teach(asked: list[_Asked], labels: list[int], choices: list[_Choice], sets: _Sets,
           node: dict[int, int]) -> None:
    """Corrections teach: a question the engine left on its own joins a family the user
    merged when it is worded like one of that family's members (see
    `grouping.taught_families`). Questions the user moved out stay where they were put."""
    from coachkit.analysis.grouping import _SUGGEST_MEMBERS, taught_families

    merged_nodes = {sets.find(node[a]) for c in choices if c.action == "merge"
                    for a in (_anchor(c.family_a), _anchor(c.family_b)) if a in node}
    if not merged_nodes:
        return
    moved = {c.question_id for c in choices if c.action == "move_out"}
    size = Counter(labels)
    taught: dict[int, list[str]] = defaultdict(list)
    loners: list[_Asked] = []
    for q, label in zip(asked, labels, strict=True):
        root = sets.find(node[q.id])
        if root in merged_nodes:
            taught[root].append(q.text)
        elif size[label] == 1 and q.id not in moved:
            loners.append(q)
    roots = list(taught)
    texts = [q.text for q in loners]
    families = [taught[r] for r in roots]
    joins = taught_families(texts, families, sentences=_sentences_ready(
        texts + [t for fam in families for t in fam[:_SUGGEST_MEMBERS]]))
    for q, k in zip(loners, joins, strict=True):
        if k >= 0:
            sets.union(node[q.id], roots[k])


def _latest_ratings(wb: Workbook, question_ids: set[int]) -> dict[int, tuple[int, float]]:
    """question id -> (newest rated version id, its score): `answers.rated_answers`."""
    from coachkit.services.answers import rated_answers

    return {qid: got for qid, got in rated_answers(wb).items() if qid in question_ids}


def _family(members: list[_Asked], ratings: dict[int, tuple[int, float]],
            grouping: _Grouping) -> FamilyRecord:
    dates = [q.date for q in members if q.date is not None]
    categories = Counter(q.category for q in members if q.category)
    return FamilyRecord(
        key=f"q:{members[0].id}",
        representative=grouping.representative(tuple(q.text for q in members)),
        question_ids=tuple(q.id for q in members),
        interviews=len({q.interview_id for q in members}),
        organisations=len({" ".join(q.organisation.split()).casefold() for q in members}),
        last_asked=max(dates) if dates else None,
        latest_rating=family_score([q.id for q in members], ratings),
        category=categories.most_common(1)[0][0] if categories else "",
    )


def _sort_key(f: FamilyRecord) -> tuple:
    return (-f.interviews, -f.organisations, -(f.last_asked or dt.date.min).toordinal(),
            f.key)


def recurring_questions(wb: Workbook, min_interviews: int = 1) -> list[FamilyRecord]:
    """Every family of asked questions, most often asked first (ties: more organisations,
    then most recently asked). ``min_interviews=2`` keeps only the ones that recur."""
    asked = _asked(wb)
    if not asked:
        return []
    grouping = _grouping_for(wb)
    labels = grouping.labels([(q.id, q.text) for q in asked])
    groups = _members(asked, labels, _choices(wb))
    groups = [g for g in groups if len({q.interview_id for q in g}) >= min_interviews]
    ratings = _latest_ratings(wb, {q.id for g in groups for q in g})
    return sorted((_family(g, ratings, grouping) for g in groups), key=_sort_key)


def question_texts(wb: Workbook, question_ids: Sequence[int]) -> dict[int, str]:
    """The wording of some questions (e.g. a family's members), by id."""
    with wb.store.read() as s:
        return dict(s.execute(select(t.Question.id, t.Question.text)
                              .where(t.Question.id.in_(list(question_ids)))).all())


@lru_cache(maxsize=4096)
def really_asking(text: str) -> str:
    """The question bank's "what they are really asking" line for a wording, or ''."""
    from coachkit.analysis.grouping import intent_of
    from coachkit.analysis.question_bank import get_entry

    intent = intent_of(text) if text and text.strip() else None
    entry = get_entry(intent) if intent else None
    return entry.asks if entry else ""


# ---------------------------------------------------------------- the user's choices


def _families_of(wb: Workbook, *keys: str) -> list[FamilyRecord]:
    by_key = {f.key: f for f in recurring_questions(wb)}
    if any(key not in by_key for key in keys):
        raise MissingEntry("That family has changed since the list was shown (a question "
                           "was added, moved or deleted). Look at the list again and retry.")
    return [by_key[key] for key in keys]


def _pair_choice(wb: Workbook, action: str, key_a: str, key_b: str) -> FamilyChoiceRecord:
    """Store a choice about two families ('merge': a into b; 'apart': they differ)."""
    if key_a == key_b:
        raise InvalidEntry("Choose two different families"
                           + (" to merge." if action == "merge" else "."))
    first, second = _families_of(wb, key_a, key_b)
    with wb.store.write() as s:
        row = t.FamilyChoice(action=action, family_a=first.key, family_b=second.key)
        s.add(row)
        s.flush()
        choice_id = row.id
    words = _merge_words if action == "merge" else _apart_words
    return FamilyChoiceRecord(choice_id, action, words(first.representative,
                                                       second.representative))


def merge_families(wb: Workbook, key_from: str, key_into: str) -> FamilyChoiceRecord:
    """Fold one family into another; stored, so it holds after regrouping."""
    return _pair_choice(wb, "merge", key_from, key_into)


def move_out(wb: Workbook, question_id: int) -> FamilyChoiceRecord:
    """Take one question out of its family: from now on it is a family of its own."""
    family = next((f for f in recurring_questions(wb) if question_id in f.question_ids), None)
    if family is None:
        raise MissingEntry("That question no longer exists (deleted in another window?).")
    if len(family.question_ids) == 1:
        raise InvalidEntry("That question is already on its own; there is nothing to move "
                           "it out of.")
    with wb.store.write() as s:
        question = s.get(t.Question, question_id)
        row = t.FamilyChoice(action="move_out", question_id=question_id, family_a=family.key)
        s.add(row)
        question.family_key = f"own:{question_id}"  # seen by views that read the column
        s.flush()
        return FamilyChoiceRecord(row.id, "move_out",
                                  _move_words(question.text, family.representative))


def _merge_words(a: str, b: str) -> str:
    return f"Merged \u201c{a}\u201d into \u201c{b}\u201d"


def _apart_words(a: str, b: str) -> str:
    return f"Kept \u201c{a}\u201d apart from \u201c{b}\u201d"


def _move_words(q: str, family: str) -> str:
    return f"Moved \u201c{q}\u201d out of \u201c{family}\u201d"


def list_choices(wb: Workbook) -> list[FamilyChoiceRecord]:
    """The user's grouping choices in the order made, described in words."""
    with wb.store.read() as s:
        texts = dict(s.execute(select(t.Question.id, t.Question.text)).all())
    out = []
    for c in _choices(wb):
        if c.action in ("merge", "apart"):
            a, b = (texts.get(_anchor(k) or -1, "(a deleted question)")
                    for k in (c.family_a, c.family_b))
            words = _merge_words(a, b) if c.action == "merge" else _apart_words(a, b)
            out.append(FamilyChoiceRecord(c.id, c.action, words))
        else:
            out.append(FamilyChoiceRecord(c.id, c.action, _move_words(
                texts.get(c.question_id or -1, "(a deleted question)"),
                texts.get(_anchor(c.family_a) or -1, "its family"))))
    return out


def undo_choice(wb: Workbook, choice_id: int) -> None:
    """Forget one grouping choice; the engine's grouping applies again."""
    with wb.store.write() as s:
        row = s.get(t.FamilyChoice, choice_id)
        if row is None:
            raise MissingEntry("That choice was already undone.")
        if row.action == "move_out" and row.question_id is not None:
            question = s.get(t.Question, row.question_id)
            if question is not None and question.family_key == f"own:{question.id}":
                question.family_key = None
        s.delete(row)


# ---------------------------------------------------------------- merge suggestions


def merge_suggestions(wb: Workbook, limit: int = SUGGESTIONS_SHOWN,
                      within: Sequence[FamilyRecord] | None = None,
                      less_likely: bool = False) -> list[MergeSuggestion]:
    """Families the engine kept apart that may ask the same thing, likeliest first.

    The engine would rather miss a rewording than lump different questions together, so
    it leaves some families split; these are the pairs worth a glance. Pairs the user
    already turned down (`keep_apart`) are not suggested again. `within`: the families
    just returned by `recurring_questions` (saves reading and grouping them again).
    `less_likely`: also the pairs under the likely floor, down to
    `grouping.SENTENCE_MAYBE_FLOOR` (only when the sentence model is ready).
    """
    from coachkit.analysis.grouping import (
        _SUGGEST_MEMBERS,
        SENTENCE_MAYBE_FLOOR,
        suggest_merges,
    )

    grouping = _grouping_for(wb)
    if within is None:
        within = recurring_questions(wb)
    with grouping.lock:
        texts = dict(grouping.seen)
    groups = [f for f in within if all(q in texts for q in f.question_ids)]
    if len(groups) < 2:
        return []
    where = {q: k for k, f in enumerate(groups) for q in f.question_ids}
    apart = set()
    for c in _choices(wb):
        if c.action == "apart":
            a, b = where.get(_anchor(c.family_a) or -1), where.get(_anchor(c.family_b) or -1)
            if a is not None and b is not None and a != b:
                apart.add((min(a, b), max(a, b)))
    described = [[texts[q] for q in f.question_ids] for f in groups]
    sentences = _sentences_ready([t for fam in described for t in fam[:_SUGGEST_MEMBERS]])
    floor = SENTENCE_MAYBE_FLOOR if (less_likely and sentences) else None
    state = (tuple(f.question_ids for f in groups), frozenset(apart), limit, sentences, floor)
    with grouping.lock:
        cached = grouping.suggested
    if cached is not None and cached[0] == state:
        pairs = cached[1]
    else:
        pairs = suggest_merges(described, limit=limit, exclude=apart, sentences=sentences,
                               min_score=floor)
        with grouping.lock:
            grouping.suggested = (state, pairs)
    out = []
    for a, b, score in pairs:
        fa, fb = groups[a], groups[b]
        if _sort_key(fb) < _sort_key(fa):
            fa, fb = fb, fa
        out.append(MergeSuggestion(fa.key, fb.key, fa.representative, fb.representative,
                                   score))
    return out


def keep_apart(wb: Workbook, key_a: str, key_b: str) -> FamilyChoiceRecord:
    """Record that two families ask different things: never suggest merging them again."""
    return _pair_choice(wb, "apart", key_a, key_b)


# ---------------------------------------------------------------- the public-safe list


def _generic_wording(family: FamilyRecord, texts: list[str], private: list[str]) -> str:
    """The bank's own wording when the family matches a bank intent; else the family's
    wording with every organisation and interviewer name blanked out."""
    from coachkit.analysis.grouping import intent_of
    from coachkit.analysis.question_bank import get_entry

    for text in [family.representative, *texts]:
        intent = intent_of(text)
        entry = get_entry(intent) if intent else None
        if entry is not None:
            return entry.phrasings[0]
    wording = family.representative
    for name in sorted(private, key=len, reverse=True):
        wording = re.sub(re.escape(name), "[organisation or person]", wording,
                         flags=re.IGNORECASE)
    return wording


def _private_names(wb: Workbook) -> list[str]:
    with wb.store.read() as s:
        rows = s.execute(select(t.Interview.organisation, t.Interview.interviewers)).all()
        people = s.scalars(select(t.Person.name)).all()
    names = {org.strip() for org, _ in rows}
    for _, interviewers in rows:
        names.update(part.strip() for part in re.split(r"[;,\n]|\band\b", interviewers or ""))
    names.update(p.strip() for p in people)
    return [n for n in names if len(n) >= 3]


def public_safe_list(wb: Workbook) -> list[tuple[str, str]]:
    """(category id, generic wording) of every family asked by at least three different
    organisations. Nothing else leaves the workbook: no organisation, person, date or answer.
    """
    with wb.store.read() as s:
        texts = dict(s.execute(select(t.Question.id, t.Question.text)).all())
    private = _private_names(wb)
    out: list[tuple[str, str]] = []
    seen: set[str] = set()
    for family in recurring_questions(wb):
        if family.organisations < PUBLIC_MIN_ORGANISATIONS:
            continue
        wording = _generic_wording(family, [texts[i] for i in family.question_ids[:20]],
                                   private)
        if wording.casefold() not in seen:
            seen.add(wording.casefold())
            out.append((family.category, wording))
    return out


def public_safe_text(items: list[tuple[str, str]]) -> str:
    from coachkit.domain.vocab import QUESTION_CATEGORIES

    lines = ["Interview questions that keep coming back",
             f"(each was asked by at least {PUBLIC_MIN_ORGANISATIONS} different organisations; "
             "no organisations, people, dates or answers are included)", ""]
    if not items:
        lines.append("No question has been asked by three different organisations yet.")
    by_category: dict[str, list[str]] = defaultdict(list)
    for category, wording in items:
        by_category[category].append(wording)
    for category, label in [*QUESTION_CATEGORIES.items(), ("", "Other")]:
        if by_category.get(category):
            lines.append(label)
            lines.extend(f"- {w}" for w in by_category[category])
            lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def export_public_safe(wb: Workbook, folder: Path | None = None) -> tuple[Path, str]:
    """Write the public-safe list to a text file in the data folder; (path, its text)."""
    text = public_safe_text(public_safe_list(wb))
    target = (folder or config.data_dir()) / PUBLIC_FILE
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_suffix(".tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(target)
    return target, text
