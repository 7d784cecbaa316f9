"""Working with a coach without a server: a bundle out, a review back.

1. The candidate exports a *bundle*: the shared interviews and, as chosen, their
   questions, answers and ratings; optionally with organisation and interviewer names
   replaced by stable aliases ("Library A", "Interviewer 1") everywhere, free text included.
2. The coach opens the bundle into a workbook file of their own (a *coach copy*, which
   always opens in the coach role), rates and comments, and exports a *review*.
3. The candidate imports the review: the coach's ratings, comments, presentation ratings and
   practice suggestions are added, signed as the coach's; nothing of the candidate's is
   overwritten, and importing the same review again changes nothing.

Both files are gzip'd JSON with a header {"format", "version", "bundle_id", "workbook_id"}.
Every file is fully read and checked before the workbook is touched, so a bad file leaves
the workbook exactly as it was: first its wrapping (size, gzip, JSON, kind, version), then
every field against its schema (coachkit.domain.schemas): types, lengths, counts, and the
ids and criteria it names. A review may only name the interviews, questions and answer
versions that were in the bundle it answers (recorded when the bundle was exported) and
criteria of the rubric in use. The first bad field is named in the refusal.
"""

from __future__ import annotations

import datetime as dt
import gzip
import json
import re
import uuid
import zlib
from collections.abc import Iterable
from pathlib import Path

from pydantic import ValidationError
from sqlalchemy import select

from coachkit import config
from coachkit.domain import schemas
from coachkit.domain.errors import CoachkitError, InvalidEntry
from coachkit.domain.schemas import BUNDLE_FORMAT, FORMAT_VERSION, PARTS, REVIEW_FORMAT
from coachkit.services.workbook import Workbook
from coachkit.storage import tables as t

__all__ = ["BUNDLE_FORMAT", "FORMAT_VERSION", "PARTS", "REVIEW_FORMAT", "BadFile",
           "export_bundle", "import_review", "open_bundle", "read_file"]
MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_JSON_BYTES = 200 * 1024 * 1024  # a small gzip can unpack to a huge file: stop early
GZIP_MAGIC = b"\x1f\x8b"


class BadFile(CoachkitError):
    """A bundle or review that cannot be used; the workbook was not touched."""


class _TwiceNamed(ValueError):
    pass


def _no_key_twice(pairs: list[tuple[str, object]]) -> dict:
    out = dict(pairs)
    if len(out) != len(pairs):
        seen: set[str] = set()
        twice = next(k for k, _ in pairs if k in seen or seen.add(k))
        raise _TwiceNamed(twice)
    return out


def _checked(model: type, payload: dict, what: str, context: dict):
    """The payload as a validated schema object, or BadFile naming the first bad field."""
    try:
        return model.model_validate(payload, context=context)
    except ValidationError as exc:
        raise BadFile(f"That {what} cannot be used: {schemas.refusal(exc, what)}. "
                      "Nothing was changed.") from None


# --------------------------------------------------------------------- workbook identity


def workbook_id(wb: Workbook, create: bool = False) -> str | None:
    """The workbook's own id (made the first time a bundle is exported)."""
    with wb.store.read() as s:
        row = s.get(t.WorkbookInfo, "workbook_id")
        if row is not None or not create:
            return None if row is None else row.value
    with wb.store.write() as s:
        row = s.get(t.WorkbookInfo, "workbook_id")
        if row is None:
            row = t.WorkbookInfo(key="workbook_id", value=uuid.uuid4().hex)
            s.add(row)
        return row.value


def _info(wb: Workbook, key: str) -> str | None:
    with wb.store.read() as s:
        row = s.get(t.WorkbookInfo, key)
        return None if row is None else row.value


# ---------------------------------------------------------------------------- redaction

GENERIC_WORDS = {"the", "of", "and", "&", "library", "libraries", "public", "college",
                 "university", "regional", "county", "city", "school", "council", "trust",
                 "ltd", "inc", "services", "service", "branch", "central", "community"}
LIBRARY_WORDS = ("library", "libraries", "librar")


def _letters(n: int) -> str:
    out = ""
    n += 1
    while n:
        n, rem = divmod(n - 1, 26)
        out = chr(65 + rem) + out
    return out


def _interviewer_names(field: str) -> list[str]:
    parts = re.split(r"[;,\n/]|\band\b|&", field)
    return [p.strip(" .()") for p in parts if len(p.strip(" .()")) >= 2]


class Redactor:
    """Replaces each organisation and interviewer name with an alias, in any text."""

    def __init__(self, organisations: Iterable[str], interviewer_fields: Iterable[str]):
        self.aliases: dict[str, str] = {}
        kinds: dict[str, int] = {"Library": 0, "Organisation": 0}
        for name in dict.fromkeys(o.strip() for o in organisations if o.strip()):
            if name.casefold() in self.aliases:
                continue
            kind = "Library" if any(w in name.casefold() for w in LIBRARY_WORDS) \
                else "Organisation"
            alias = f"{kind} {_letters(kinds[kind])}"
            kinds[kind] += 1
            self.aliases[name.casefold()] = alias
            core = " ".join(w for w in re.findall(r"[\w'&-]+", name)
                            if w.casefold() not in GENERIC_WORDS)
            if len(core) >= 3:
                self.aliases.setdefault(core.casefold(), alias)
        people = 0
        for field in interviewer_fields:
            for person in _interviewer_names(field):
                if person.casefold() in self.aliases:
                    continue
                people += 1
                alias = f"Interviewer {people}"
                self.aliases[person.casefold()] = alias
                words = person.split()
                # A surname on its own ("Ms Okafor said...") is the same person.
                if len(words) > 1 and words[-1][:1].isupper() and len(words[-1]) >= 3:
                    self.aliases.setdefault(words[-1].casefold(), alias)
        names = sorted(self.aliases, key=len, reverse=True)
        self._pattern = (re.compile(r"(?<!\w)(" + "|".join(re.escape(n) for n in names)
                                    + r")(?!\w)", re.IGNORECASE) if names else None)

    def __call__(self, value):
        if isinstance(value, str) and self._pattern is not None:
            return self._pattern.sub(lambda m: self.aliases[m.group(0).casefold()], value)
        if isinstance(value, dict):
            return {k: self(v) for k, v in value.items()}
        if isinstance(value, list):
            return [self(v) for v in value]
        return value

    def interviewers(self, field: str) -> str:
        return "; ".join(self(p) for p in _interviewer_names(field))


# ---------------------------------------------------------------------------- the files


def _write_file(path: Path, payload: dict) -> Path:
    path = Path(path).expanduser()
    if path.is_dir():
        raise InvalidEntry(f"{path} is a folder; give a file name.")
    path.parent.mkdir(parents=True, exist_ok=True)
    data = gzip.compress(json.dumps(payload, ensure_ascii=False, default=str).encode("utf-8"))
    tmp = path.with_name(path.name + ".part")
    tmp.write_bytes(data)
    tmp.replace(path)
    return path


def read_file(source: Path | str | bytes, expected: str) -> dict:
    """Read and check a bundle or review (a path or the uploaded bytes); raise BadFile."""
    what = "coach bundle" if expected == BUNDLE_FORMAT else "coach review"
    if isinstance(source, (bytes, bytearray)):
        if len(source) > MAX_FILE_BYTES:
            raise BadFile(f"That file is {len(source) / 2**20:.0f} MB; a {what} is never "
                          "larger than 50 MB. Nothing was changed.")
        raw = bytes(source)
    else:
        path = Path(source).expanduser()
        if not path.is_file():
            raise BadFile(f"There is no file at {path}.")
        if path.stat().st_size > MAX_FILE_BYTES:
            raise BadFile(f"{path.name} is {path.stat().st_size / 2**20:.0f} MB; a {what} is "
                          "never larger than 50 MB. Nothing was changed.")
        raw = path.read_bytes()
    if not raw.startswith(GZIP_MAGIC):
        raise BadFile(f"That is not a {what} (coachkit writes them as .json.gz files). "
                      "Nothing was changed.")
    try:
        unpacker = zlib.decompressobj(wbits=31)
        text = unpacker.decompress(raw, MAX_JSON_BYTES)
        if unpacker.unconsumed_tail:
            raise BadFile(f"That {what} unpacks to more than 200 MB; it cannot be right. "
                          "Nothing was changed.")
        if not unpacker.eof:
            raise EOFError
        payload = json.loads(text.decode("utf-8"), object_pairs_hook=_no_key_twice)
    except BadFile:
        raise
    except _TwiceNamed as twice:
        raise BadFile(f"That {what} cannot be used: it gives the field {str(twice)[:80]!r} "
                      "twice in one place. Nothing was changed.") from None
    except (EOFError, zlib.error, OSError):
        raise BadFile(f"That {what} is damaged or was cut short (perhaps the download did "
                      "not finish). Ask for it again. Nothing was changed.") from None
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        raise BadFile(f"That {what} is damaged: its contents cannot be read. "
                      "Nothing was changed.") from None
    if not isinstance(payload, dict) or payload.get("format") not in (BUNDLE_FORMAT,
                                                                      REVIEW_FORMAT):
        raise BadFile(f"That file is not a {what} from coachkit. Nothing was changed.")
    if payload["format"] != expected:
        other = "coach bundle" if payload["format"] == BUNDLE_FORMAT else "coach review"
        raise BadFile(f"That file is a {other}, not a {what}. Nothing was changed.")
    version = payload.get("version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise BadFile(f"That {what} has no readable version. Nothing was changed.")
    if version > FORMAT_VERSION:
        raise BadFile(f"That {what} was made by a newer coachkit (file version {version}). "
                      "Upgrade coachkit (update your coachkit folder: git pull, then make "
                      "run) and try again. Nothing was changed.")
    for key in ("bundle_id", "workbook_id"):
        if not isinstance(payload.get(key), str) or not payload[key]:
            raise BadFile(f"That {what} is incomplete (no {key}). Nothing was changed.")
        if not re.fullmatch(r"[A-Za-z0-9_-]{1,120}", payload[key]):
            raise BadFile(f"That {what} cannot be used: {key} is not an id coachkit writes. "
                          "Nothing was changed.")
    return payload


# ------------------------------------------------------------------------------ export


def _row(obj, names: Iterable[str]) -> dict:
    out = {}
    for name in names:
        value = getattr(obj, name)
        out[name] = value.isoformat() if isinstance(value, (dt.date, dt.datetime)) else value
    return out


INTERVIEW_FIELDS = ("id", "organisation", "role_title", "interview_date", "stage", "format",
                    "interviewers", "length_minutes", "connection", "connection_note",
                    "outcome", "regret_heard", "feedback")
QUESTION_FIELDS = ("id", "interview_id", "position", "text", "category", "recall_confidence",
                   "answer_notes", "family_key", "bank_id")
RATING_FIELDS = ("id", "answer_version_id", "rater_role", "rater_name", "criterion", "score",
                 "comment")


def build_bundle(wb: Workbook, parts: Iterable[str] = PARTS, redact: bool = False) -> dict:
    """What a bundle holds, as a dict (``export_bundle`` writes it)."""
    parts = set(parts)
    unknown = parts - set(PARTS)
    if unknown:
        raise InvalidEntry(f"Unknown part(s) to share: {', '.join(sorted(unknown))}.")
    if not parts:
        raise InvalidEntry("Choose at least one thing to share with the coach.")
    wid = workbook_id(wb, create=True)
    with wb.store.read() as s:
        ivs = list(s.scalars(select(t.Interview).where(t.Interview.shared.is_(True))
                             .order_by(t.Interview.interview_date.nulls_last(),
                                       t.Interview.id)))
        shared_ids = {iv.id for iv in ivs}
        redactor = Redactor([iv.organisation for iv in ivs], [iv.interviewers for iv in ivs])
        interviews = [_row(iv, INTERVIEW_FIELDS) for iv in ivs] if "interviews" in parts \
            else []
        questions, answers, ratings, presentation, comments = [], [], [], [], []
        question_ids: set[int] = set()
        if "questions" in parts or "answers" in parts:
            for q in s.scalars(select(t.Question).order_by(t.Question.id)):
                if q.interview_id is not None and q.interview_id not in shared_ids:
                    continue
                question_ids.add(q.id)
                if "questions" in parts:
                    row = _row(q, QUESTION_FIELDS)
                    if "interviews" not in parts:
                        row["interview_id"] = None
                    questions.append(row)
        version_ids: set[int] = set()
        if "answers" in parts:
            for a in s.scalars(select(t.Answer).order_by(t.Answer.id)):
                if a.question_id is not None and a.question_id not in question_ids:
                    continue
                versions = [dict(_row(v, ("id", "version_no", "text")), star=v.star)
                            for v in s.scalars(select(t.AnswerVersion)
                                               .where(t.AnswerVersion.answer_id == a.id)
                                               .order_by(t.AnswerVersion.version_no))]
                version_ids.update(v["id"] for v in versions)
                answers.append({"id": a.id, "question_id": a.question_id if "questions" in parts
                                else None, "question_text": a.question_text or
                                _question_text(s, a.question_id), "bank_id": a.bank_id,
                                "versions": versions})
        if "ratings" in parts:
            ratings = [_row(r, RATING_FIELDS) for r in s.scalars(
                select(t.Rating).order_by(t.Rating.id)) if r.answer_version_id in version_ids]
            if "interviews" in parts:
                presentation = [_row(p, ("id", "interview_id", "factor", "rater_role",
                                         "rater_name", "score", "note"))
                                for p in s.scalars(select(t.PresentationRating)
                                                   .order_by(t.PresentationRating.id))
                                if p.interview_id in shared_ids]
        targets = {"interview": shared_ids if "interviews" in parts else set(),
                   "question": question_ids if "questions" in parts else set(),
                   "answer_version": version_ids}
        comments = [_row(c, ("id", "target_kind", "target_id", "author_role", "author_name",
                             "text")) for c in s.scalars(select(t.Comment).order_by(t.Comment.id))
                    if c.target_id in targets.get(c.target_kind, set())]
    body = {"interviews": interviews, "questions": questions, "answers": answers,
            "ratings": ratings, "presentation": presentation, "comments": comments}
    if redact:
        for iv in body["interviews"]:
            iv["interviewers"] = redactor.interviewers(iv["interviewers"])
        body = redactor(body)
    return {"format": BUNDLE_FORMAT, "version": FORMAT_VERSION, "bundle_id": uuid.uuid4().hex,
            "workbook_id": wid, "created_at": dt.datetime.now().isoformat(timespec="seconds"),
            "redacted": redact, "parts": sorted(parts), **body}


def _question_text(s, question_id: int | None) -> str:
    if question_id is None:
        return ""
    q = s.get(t.Question, question_id)
    return q.text if q is not None else ""


def export_bundle(wb: Workbook, path: Path | str, parts: Iterable[str] = PARTS,
                  redact: bool = False) -> tuple[Path, dict]:
    """Write a bundle for a coach; remember its id so the coach's review can come back."""
    bundle = build_bundle(wb, parts, redact)
    written = _write_file(Path(path), bundle)
    contents = {"interview": [iv["id"] for iv in bundle["interviews"]],
                "question": [q["id"] for q in bundle["questions"]],
                "answer_version": [v["id"] for a in bundle["answers"] for v in a["versions"]]}
    summary = (f"{len(bundle['interviews'])} interviews, {len(bundle['questions'])} questions, "
               f"{len(bundle['answers'])} answers, {len(bundle['ratings'])} ratings"
               + (", names replaced" if redact else ""))
    with wb.store.write() as s:
        s.add(t.ImportRecord(kind="bundle_out", file_id=bundle["bundle_id"],
                             bundle_id=bundle["bundle_id"], summary=summary))
        # What the coach was sent: a review may only rate, comment on or suggest these.
        s.add(t.WorkbookInfo(key=_contents_key(bundle["bundle_id"]),
                             value=json.dumps(contents)))
    return written, bundle


def _contents_key(bundle_id: str) -> str:
    return f"bundle:{bundle_id}"


def default_bundle_path() -> Path:
    return config.data_dir() / f"coach-bundle-{dt.date.today():%Y-%m-%d}.json.gz"


# ------------------------------------------------------------------ the coach's side


def _date(value):
    return dt.date.fromisoformat(value) if value else None


def open_bundle(source: Path | str | bytes, target: Path | str) -> Path:
    """Make a coach copy of a bundle at ``target`` (a new file); it opens in coach role."""
    payload = read_file(source, BUNDLE_FORMAT)
    bundle = _checked(schemas.CoachBundle, payload, "coach bundle", schemas.bundle_context())
    target = Path(target).expanduser()
    if target.exists() and target.stat().st_size > 0:
        raise InvalidEntry(f"{target} already exists; choose a new file name for the coach's "
                           "copy (coachkit never writes over a file).")
    wb = Workbook(config.url_for_path(target), role="candidate")
    try:
        ref = f"bundle:{bundle.bundle_id}"
        with wb.store.write() as s:
            for key, value in (("kind", "coach_copy"), ("bundle_id", bundle.bundle_id),
                               ("source_workbook_id", bundle.workbook_id),
                               ("workbook_id", uuid.uuid4().hex),
                               ("redacted", "yes" if bundle.redacted else "no")):
                s.add(t.WorkbookInfo(key=key, value=value))
            _fill_copy(s, bundle, ref)
            s.add(t.WorkbookInfo(key="role", value="coach"))
    except CoachkitError:
        wb.close()
        for suffix in ("", "-wal", "-shm"):
            Path(f"{target}{suffix}").unlink(missing_ok=True)
        raise
    wb.close()
    return target


def _fill_copy(s, bundle: schemas.CoachBundle, ref: str) -> None:
    for iv in bundle.interviews:
        s.add(t.Interview(**{**iv.model_dump(), "interview_date": _date(iv.interview_date),
                             "shared": True}))
    s.flush()
    for q in bundle.questions:
        s.add(t.Question(**q.model_dump()))
    s.flush()
    for a in bundle.answers:
        s.add(t.Answer(id=a.id, question_id=a.question_id, question_text=a.question_text,
                       bank_id=a.bank_id))
        s.flush()
        for v in a.versions:
            s.add(t.AnswerVersion(answer_id=a.id, **v.model_dump()))
    s.flush()
    for r in bundle.ratings:
        s.add(t.Rating(**r.model_dump(), source_ref=f"{ref}:rating:{r.id}"))
    for p in bundle.presentation:
        s.add(t.PresentationRating(**p.model_dump(), source_ref=f"{ref}:presentation:{p.id}"))
    for c in bundle.comments:
        s.add(t.Comment(**c.model_dump(), source_ref=f"{ref}:comment:{c.id}"))


def is_coach_copy(wb: Workbook) -> bool:
    return _info(wb, "kind") == "coach_copy"


def build_review(wb: Workbook, coach_name: str = "") -> dict:
    """Everything the coach added to a coach copy (not what came in the bundle)."""
    if not is_coach_copy(wb):
        raise InvalidEntry("This workbook is not a coach's copy of a bundle, so there is no "
                           "review to export. Open the candidate's bundle first.")
    own = _info(wb, "workbook_id")
    ref = f"review:{own}"
    with wb.store.read() as s:
        ratings = [dict(_row(r, ("answer_version_id", "rater_name", "criterion", "score",
                                 "comment")), ref=f"{ref}:rating:{r.id}")
                   for r in s.scalars(select(t.Rating).where(t.Rating.source_ref.is_(None),
                                                             t.Rating.rater_role == "coach"))]
        comments = [dict(_row(c, ("target_kind", "target_id", "author_name", "text")),
                         ref=f"{ref}:comment:{c.id}")
                    for c in s.scalars(select(t.Comment).where(t.Comment.source_ref.is_(None),
                                                               t.Comment.author_role == "coach"))]
        presentation = [dict(_row(p, ("interview_id", "factor", "rater_name", "score", "note")),
                             ref=f"{ref}:presentation:{p.id}")
                        for p in s.scalars(select(t.PresentationRating).where(
                            t.PresentationRating.source_ref.is_(None),
                            t.PresentationRating.rater_role == "coach"))]
        practice = [{"question_id": c.question_id, "note": c.note,
                     "ref": f"{ref}:practice:{c.id}"}
                    for c in s.scalars(select(t.PracticeCard).where(
                        t.PracticeCard.added_by == "coach",
                        t.PracticeCard.question_id.is_not(None)))]
    return {"format": REVIEW_FORMAT, "version": FORMAT_VERSION,
            "bundle_id": _info(wb, "bundle_id"), "workbook_id": _info(wb, "source_workbook_id"),
            "review_id": uuid.uuid4().hex, "coach_name": coach_name.strip(),
            "created_at": dt.datetime.now().isoformat(timespec="seconds"),
            "ratings": ratings, "comments": comments, "presentation": presentation,
            "practice": practice}


def export_review(wb: Workbook, path: Path | str, coach_name: str = "") -> tuple[Path, dict]:
    review = build_review(wb, coach_name)
    return _write_file(Path(path), review), review


def default_review_path() -> Path:
    return config.data_dir() / f"coach-review-{dt.date.today():%Y-%m-%d}.json.gz"


# --------------------------------------------------------------- the candidate's side


def _what_the_bundle_held(wb: Workbook, bundle_id: str) -> tuple[dict[str, set[int]], str]:
    """The ids a review of this bundle may name, and where they come from, in words.

    Bundles exported before coachkit recorded their contents: whatever is in the workbook."""
    with wb.store.read() as s:
        row = s.get(t.WorkbookInfo, _contents_key(bundle_id))
        if row is not None:
            held = json.loads(row.value)
            return ({kind: set(held.get(kind, [])) for kind in schemas.TARGET_KINDS},
                    "that was in the bundle this review answers")
        return ({"interview": set(s.scalars(select(t.Interview.id))),
                 "question": set(s.scalars(select(t.Question.id))),
                 "answer_version": set(s.scalars(select(t.AnswerVersion.id)))},
                "in this workbook")


def import_review(wb: Workbook, source: Path | str | bytes) -> str:
    """Merge a coach's review; returns a sentence saying what was added.

    All or nothing: the whole file is checked first, then everything is added in one
    transaction. Items about something the candidate has deleted since are left out."""
    from coachkit.services.answers import active_rubric

    payload = read_file(source, REVIEW_FORMAT)
    if wb.role == "coach":
        raise InvalidEntry("Only the candidate can import a coach's review into their "
                           "workbook.")
    if workbook_id(wb) != payload["workbook_id"]:
        raise BadFile("That review is for a different workbook (it answers a bundle that was "
                      "not exported from this one). Nothing was changed.")
    with wb.store.read() as s:
        if s.scalar(select(t.ImportRecord.id).where(
                t.ImportRecord.kind == "bundle_out",
                t.ImportRecord.bundle_id == payload["bundle_id"])) is None:
            raise BadFile("That review answers a bundle this workbook does not know (it was "
                          "not exported from here). Nothing was changed.")
    known, where = _what_the_bundle_held(wb, payload["bundle_id"])
    review = _checked(schemas.CoachReview, payload, "coach review",
                      schemas.review_context(active_rubric().ids, known, where))
    coach = review.coach_name.strip() or "Coach"
    with wb.store.read() as s:
        done = s.scalar(select(t.ImportRecord).where(t.ImportRecord.file_id == review.review_id))
        if done is not None:
            return (f"This review was already imported on {done.imported_at:%d %b %Y}; "
                    "nothing was changed.")
    added = {"ratings": 0, "comments": 0, "presentation ratings": 0, "practice questions": 0}
    skipped = 0
    with wb.store.write() as s:
        def fresh(model, ref: str) -> bool:
            return s.scalar(select(model.id).where(model.source_ref == ref)) is None

        for r in review.ratings:
            if not fresh(t.Rating, r.ref) or s.get(t.AnswerVersion, r.answer_version_id) is None:
                skipped += 1
                continue
            s.add(t.Rating(answer_version_id=r.answer_version_id, rater_role="coach",
                           rater_name=coach, criterion=r.criterion, score=r.score,
                           comment=r.comment, source_ref=r.ref))
            added["ratings"] += 1
        kinds = {"interview": t.Interview, "question": t.Question,
                 "answer_version": t.AnswerVersion}
        for c in review.comments:
            if not fresh(t.Comment, c.ref) or s.get(kinds[c.target_kind], c.target_id) is None:
                skipped += 1
                continue
            s.add(t.Comment(target_kind=c.target_kind, target_id=c.target_id,
                            author_role="coach", author_name=coach, text=c.text,
                            source_ref=c.ref))
            added["comments"] += 1
        for p in review.presentation:
            if not fresh(t.PresentationRating, p.ref) or s.get(t.Interview,
                                                               p.interview_id) is None:
                skipped += 1
                continue
            s.add(t.PresentationRating(interview_id=p.interview_id, factor=p.factor,
                                       rater_role="coach", rater_name=coach, score=p.score,
                                       note=p.note, source_ref=p.ref))
            added["presentation ratings"] += 1
        for p in review.practice:
            if not fresh(t.PracticeCard, p.ref) or s.get(t.Question, p.question_id) is None \
                    or s.scalar(select(t.PracticeCard.id).where(
                        t.PracticeCard.question_id == p.question_id)):
                skipped += 1  # already being practised: keep the candidate's schedule
                continue
            s.add(_coach_card(p.question_id, p.note, p.ref))
            s.flush()  # a second suggestion of the same question in this file finds it
            added["practice questions"] += 1
        summary = ", ".join(f"{n} {what}" for what, n in added.items())
        s.add(t.ImportRecord(kind="review", file_id=review.review_id,
                             bundle_id=review.bundle_id, summary=f"from {coach}: {summary}"))
    tail = f" ({skipped} left out: already there or no longer in the workbook)" if skipped else ""
    return f"Imported the review from {coach}: {summary}{tail}."


def _coach_card(question_id: int, note: str, ref: str) -> t.PracticeCard:
    from fsrs import Card

    now = dt.datetime.now(dt.UTC)
    return t.PracticeCard(question_id=question_id, card=Card(due=now).to_dict(),
                          due=now.replace(tzinfo=None), added_by="coach", note=note,
                          source_ref=ref)


