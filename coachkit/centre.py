"""A career centre: many candidates and their coaches in one PostgreSQL database.

Each person is a login role of their own. What keeps one candidate from another is
PostgreSQL itself, so it holds whatever code runs in a person's kernel:

- candidates (members of ``coachkit_candidate``) may read and change only rows whose
  ``owner`` is their own role: row-level security on every table of a workbook;
- coaches (``coachkit_coach``) have no rights on those tables at all. They read through
  the views of schema ``coach_view`` (their role's search_path), which show only the shared
  interviews of a candidate assigned to them, the one they have open
  (``SET coachkit.candidate``), with organisations and interviewers replaced by aliases when
  the candidate asked for that. They may INSERT ratings, comments, presentation ratings and
  practice suggestions through those views, signed as the coach's (a trigger refuses
  anything else), and never UPDATE or DELETE;
- centre admins (``coachkit_admin``) assign coaches to candidates and nothing more.

Roles, grants, policies and views are (re)made by ``Centre.init()``, idempotently. Adding
people and handing out credentials needs a role that may create roles (the hub's).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
import secrets
from collections import defaultdict
from dataclasses import dataclass
from urllib.parse import quote

from sqlalchemy import Engine, text
from sqlalchemy.engine import make_url

from coachkit.domain.errors import InvalidEntry, MissingEntry
from coachkit.storage.engine import open_store

CANDIDATES, COACHES, ADMINS = "coachkit_candidate", "coachkit_coach", "coachkit_admin"
GROUPS = {"candidate": CANDIDATES, "coach": COACHES, "admin": ADMINS}
OWNED = ("workbook_info", "people", "interviews", "questions", "answers", "answer_versions",
         "ratings", "jobs", "duties", "tolerances", "questions_to_ask", "family_choices",
         "practice_cards", "practice_reviews", "presentation_ratings", "comments",
         "watchlist", "imports")
# What a coach may add, and the column that must say it is the coach's.
COACH_ADDS = {"ratings": "rater_role", "comments": "author_role",
              "presentation_ratings": "rater_role", "practice_cards": "added_by"}
ALIASES_KEY = "coach_sees_aliases"  # workbook_info, the candidate's choice
OPT_OUT_KEY = "centre_opt_out"  # workbook_info: keep my questions out of the centre's counts
K_ANONYMITY = 3
_USERNAME = re.compile(r"^[a-z0-9][a-z0-9._-]{0,50}$")


def role_name(username: str) -> str:
    """The database role of a hub user: ``ck_`` and the name, lower case."""
    name = username.strip().lower()
    if not _USERNAME.match(name):
        raise InvalidEntry(f"{username!r} cannot be a centre user name: use 1-51 letters, "
                           "digits, '.', '_' or '-', starting with a letter or digit.")
    return "ck_" + re.sub(r"[^a-z0-9_]", "_", name)


def scram_verifier(password: str, iterations: int = 4096) -> str:
    """A SCRAM-SHA-256 verifier, so the password itself never reaches the server or its log."""
    salt = secrets.token_bytes(16)
    salted = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, iterations)
    client_key = hmac.new(salted, b"Client Key", "sha256").digest()
    server_key = hmac.new(salted, b"Server Key", "sha256").digest()
    b64 = base64.b64encode
    return (f"SCRAM-SHA-256${iterations}:{b64(salt).decode()}$"
            f"{b64(hashlib.sha256(client_key).digest()).decode()}:{b64(server_key).decode()}")


@dataclass(frozen=True)
class CentrePerson:
    name: str
    kind: str
    role: str


# ------------------------------------------------------------------------- the SQL

_FUNCTIONS = f"""
CREATE OR REPLACE FUNCTION coachkit_is_coach_of(candidate text) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT EXISTS (SELECT 1 FROM public.coach_assignments a
                 WHERE a.coach = session_user::text AND a.candidate = $1)
$$;
--
CREATE OR REPLACE FUNCTION coachkit_open_candidate() RETURNS text
  LANGUAGE sql STABLE AS $$
  SELECT nullif(current_setting('coachkit.candidate', true), '')
$$;
--
CREATE OR REPLACE FUNCTION coachkit_aliases(candidate text)
  RETURNS TABLE(real_name text, alias text)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  WITH wanted AS (
    SELECT 1 FROM public.workbook_info w
    WHERE w.owner = $1 AND w.key = '{ALIASES_KEY}' AND w.value = 'yes'),
  orgs AS (
    SELECT trim(organisation) AS real_name, min(id) AS first_id FROM public.interviews
    WHERE owner = $1 AND shared AND trim(organisation) <> '' GROUP BY trim(organisation)),
  people AS (
    SELECT trim(p) AS real_name, min(i.id) AS first_id FROM public.interviews i,
      regexp_split_to_table(i.interviewers, '\\s*(,|;|\\n|\\s&\\s|\\sand\\s)\\s*') AS p
    WHERE i.owner = $1 AND i.shared AND trim(p) <> '' GROUP BY trim(p))
  SELECT real_name, 'Organisation ' || chr(64 + (row_number() OVER (ORDER BY first_id,
         real_name))::int) FROM orgs WHERE EXISTS (SELECT 1 FROM wanted)
  UNION ALL
  SELECT real_name, 'Interviewer ' || row_number() OVER (ORDER BY first_id, real_name)
    FROM people WHERE EXISTS (SELECT 1 FROM wanted)
$$;
--
CREATE OR REPLACE FUNCTION coachkit_redact(candidate text, value text) RETURNS text
  LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  item record;
  result text := value;
BEGIN
  IF value IS NULL OR value = '' THEN RETURN value; END IF;
  FOR item IN SELECT * FROM coachkit_aliases(candidate) ORDER BY length(real_name) DESC LOOP
    result := regexp_replace(result,
      '\\m' || regexp_replace(item.real_name, '([.^$*+?()\\[\\]{{}}|\\\\-])', '\\\\\\1', 'g')
      || '\\M', item.alias, 'gi');
  END LOOP;
  RETURN result;
END $$;
--
CREATE OR REPLACE FUNCTION coachkit_sign_coach_rows() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  IF pg_has_role(session_user, '{COACHES}', 'MEMBER')
     AND to_jsonb(NEW) ->> TG_ARGV[0] IS DISTINCT FROM 'coach' THEN
    RAISE EXCEPTION 'a coach''s additions are signed as the coach''s'
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END $$;
"""

_CAND = "coachkit_open_candidate()"
_OK = f"owner = {_CAND} AND coachkit_is_coach_of(owner)"


def _coach_views(columns: dict[str, list[str]]) -> list[str]:
    """One view per workbook table, shaped like the table, showing what a coach may see."""

    def cols(table: str, redacted: tuple[str, ...] = ()) -> str:
        return ", ".join(f"coachkit_redact(owner, {c}) AS {c}" if c in redacted else c
                         for c in columns[table])

    where = {
        "workbook_info": "owner = ''",
        "people": _OK,
        "interviews": f"{_OK} AND shared",
        "questions": f"{_OK} AND (interview_id IS NULL OR interview_id IN "
                     "(SELECT id FROM coach_view.interviews))",
        "answers": f"{_OK} AND (question_id IS NULL OR question_id IN "
                   "(SELECT id FROM coach_view.questions))",
        "answer_versions": f"{_OK} AND answer_id IN (SELECT id FROM coach_view.answers)",
        "ratings": f"{_OK} AND answer_version_id IN (SELECT id FROM coach_view.answer_versions)",
        "presentation_ratings": f"{_OK} AND interview_id IN "
                                "(SELECT id FROM coach_view.interviews)",
        "comments": f"{_OK} AND ((target_kind = 'interview' AND target_id IN "
                    "(SELECT id FROM coach_view.interviews)) OR (target_kind = 'question' AND "
                    "target_id IN (SELECT id FROM coach_view.questions)) OR "
                    "(target_kind = 'answer_version' AND target_id IN "
                    "(SELECT id FROM coach_view.answer_versions)))",
        "practice_cards": f"{_OK} AND (question_id IN (SELECT id FROM coach_view.questions) "
                          "OR answer_id IN (SELECT id FROM coach_view.answers))",
        "practice_reviews": f"{_OK} AND card_id IN (SELECT id FROM coach_view.practice_cards)",
        "family_choices": _OK,
    }
    redacted = {
        "interviews": ("organisation", "interviewers", "connection_note", "feedback"),
        "questions": ("text", "answer_notes"),
        "answers": ("question_text",),
        "answer_versions": ("text",),
    }
    statements = []
    for table in OWNED:
        condition = where.get(table, "false")  # jobs, limits, watchlist...: the candidate's own
        check = " WITH CASCADED CHECK OPTION" if table in COACH_ADDS else ""
        statements.append(
            f"CREATE VIEW coach_view.{table} WITH (security_barrier) AS SELECT "
            f"{cols(table, redacted.get(table, ()))} FROM public.{table} WHERE {condition}"
            f"{check}")
    return statements


class Centre:
    """Set up and run a centre's database, as a role that may create roles."""

    def __init__(self, admin_url: str) -> None:
        if make_url(admin_url).get_backend_name() != "postgresql":
            raise InvalidEntry("A career centre needs a PostgreSQL database "
                               "(postgresql+psycopg://...); SQLite serves one person.")
        self.admin_url = admin_url
        self._engine: Engine | None = None

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            self._engine, _ = open_store(self.admin_url)
        return self._engine

    def close(self) -> None:
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None

    # ------------------------------------------------------------------ set-up

    def init(self) -> None:
        """Migrate, then (re)make roles, grants, row-level security and the coach's views."""
        from sqlalchemy import inspect

        with self.engine.begin() as conn:
            conn.execute(text("SELECT pg_advisory_xact_lock(7424242)"))
            for group in GROUPS.values():
                conn.execute(text(
                    "DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = "
                    f"'{group}') THEN CREATE ROLE {group} NOLOGIN; END IF; END $$"))
            columns = {t: [c["name"] for c in inspect(conn).get_columns(t)] for t in OWNED}
            conn.execute(text("DROP SCHEMA IF EXISTS coach_view CASCADE"))
            conn.execute(text("CREATE SCHEMA coach_view"))
            for statement in _FUNCTIONS.split("\n--\n"):
                conn.execute(text(statement))
            everyone = ", ".join(GROUPS.values())
            sql = [
                "REVOKE ALL ON SCHEMA public FROM PUBLIC",
                f"GRANT USAGE ON SCHEMA public TO {everyone}",
                f"GRANT USAGE ON SCHEMA coach_view TO {COACHES}",
                "REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC",
                f"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {everyone}",
                f"GRANT SELECT ON alembic_version, centre_recurring TO {everyone}",
                f"GRANT SELECT ON coach_assignments TO {everyone}",
                f"GRANT INSERT, DELETE ON coach_assignments TO {ADMINS}",
                f"GRANT SELECT ON centre_people TO {ADMINS}",
                f"GRANT SELECT, INSERT, UPDATE, DELETE ON {', '.join(OWNED)} TO {CANDIDATES}",
                f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {CANDIDATES}, "
                f"{COACHES}",
                "REVOKE ALL ON FUNCTION coachkit_aliases(text), coachkit_redact(text, text) "
                "FROM PUBLIC",
                f"GRANT EXECUTE ON FUNCTION coachkit_redact(text, text) TO {COACHES}",
                *_coach_views(columns),
                f"GRANT SELECT ON ALL TABLES IN SCHEMA coach_view TO {COACHES}",
                f"GRANT INSERT ON {', '.join('coach_view.' + t for t in COACH_ADDS)} "
                f"TO {COACHES}",
            ]
            for table in (*OWNED, "coach_assignments", "centre_people"):
                sql += [f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY"]
                sql += [f"DROP POLICY IF EXISTS {p} ON {table}"
                        for p in ("own_rows", "shared_marks", "own_assignments",
                                  "admin_assigns")]
            for table in OWNED:
                sql.append(f"CREATE POLICY own_rows ON {table} TO {CANDIDATES} "
                           "USING (owner = current_user) WITH CHECK (owner = current_user)")
            sql += [
                "CREATE POLICY shared_marks ON workbook_info FOR SELECT TO PUBLIC "
                "USING (owner = '')",
                "CREATE POLICY own_assignments ON coach_assignments FOR SELECT TO PUBLIC "
                "USING (coach = current_user OR candidate = current_user)",
                f"CREATE POLICY admin_assigns ON coach_assignments TO {ADMINS} "
                "USING (true) WITH CHECK (true)",
                f"CREATE POLICY admin_assigns ON centre_people FOR SELECT TO {ADMINS} "
                "USING (true)",
            ]
            for table, column in COACH_ADDS.items():
                sql += [f"DROP TRIGGER IF EXISTS coachkit_sign ON {table}",
                        f"CREATE TRIGGER coachkit_sign BEFORE INSERT ON {table} FOR EACH ROW "
                        f"EXECUTE FUNCTION coachkit_sign_coach_rows('{column}')"]
            for statement in sql:
                conn.execute(text(statement))
            # every coach's role reads the views first (a role setting, set per login role)
            for role in conn.scalars(text("SELECT role_name FROM centre_people "
                                          "WHERE kind = 'coach'")):
                conn.execute(text(f'ALTER ROLE "{role}" SET search_path = coach_view, public'))

    # ----------------------------------------------------------------- people

    def _add(self, username: str, kind: str) -> CentrePerson:
        role = role_name(username)
        name = username.strip().lower()
        with self.engine.begin() as conn:
            known = conn.execute(text("SELECT kind FROM centre_people WHERE username = :u"),
                                 {"u": name}).scalar()
            if known is not None and known != kind:
                raise InvalidEntry(f"{name} is already a {known} of this centre.")
            exists = conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"),
                                  {"r": role}).scalar()
            if not exists:
                conn.execute(text(f'CREATE ROLE "{role}" LOGIN'))
            conn.execute(text(f'GRANT {GROUPS[kind]} TO "{role}"'))
            if kind == "coach":
                conn.execute(text(f'ALTER ROLE "{role}" SET search_path = coach_view, public'))
            if known is None:
                conn.execute(text("INSERT INTO centre_people (username, role_name, kind, "
                                  "created_at) VALUES (:u, :r, :k, now())"),
                             {"u": name, "r": role, "k": kind})
        return CentrePerson(name, kind, role)

    def add_candidate(self, username: str) -> CentrePerson:
        return self._add(username, "candidate")

    def add_coach(self, username: str) -> CentrePerson:
        return self._add(username, "coach")

    def add_admin(self, username: str) -> CentrePerson:
        return self._add(username, "admin")

    def people(self) -> list[CentrePerson]:
        with self.engine.connect() as conn:
            rows = conn.execute(text("SELECT username, kind, role_name FROM centre_people "
                                     "ORDER BY kind, username"))
            return [CentrePerson(*row) for row in rows]

    def person(self, username: str) -> CentrePerson:
        for person in self.people():
            if person.name == username.strip().lower():
                return person
        raise MissingEntry(f"{username} is not a member of this centre.")

    def login_url(self, username: str) -> str:
        """A fresh password for this person's role, and the URL that logs in with it."""
        person = self.person(username)
        password = secrets.token_urlsafe(24)
        with self.engine.begin() as conn:
            conn.exec_driver_sql(f"ALTER ROLE \"{person.role}\" PASSWORD "
                                 f"'{scram_verifier(password)}'")
        url = make_url(self.admin_url)
        host = url.host or "127.0.0.1"
        port = f":{url.port}" if url.port else ""
        return (f"postgresql+psycopg://{quote(person.role, safe='')}:"
                f"{quote(password, safe='')}@{host}{port}/{url.database}")

    # -------------------------------------------------------------- coaching

    def assign(self, coach: str, candidate: str) -> None:
        c, k = self.person(coach), self.person(candidate)
        if c.kind != "coach" or k.kind != "candidate":
            raise InvalidEntry(f"Assign a coach to a candidate ({c.name} is a {c.kind}, "
                               f"{k.name} is a {k.kind}).")
        with self.engine.begin() as conn:
            conn.execute(text("INSERT INTO coach_assignments (coach, candidate, assigned_at) "
                              "VALUES (:c, :k, now()) ON CONFLICT DO NOTHING"),
                         {"c": c.role, "k": k.role})

    def unassign(self, coach: str, candidate: str) -> None:
        c, k = self.person(coach), self.person(candidate)
        with self.engine.begin() as conn:
            conn.execute(text("DELETE FROM coach_assignments WHERE coach = :c AND "
                              "candidate = :k"), {"c": c.role, "k": k.role})

    def assignments(self) -> list[tuple[str, str]]:
        with self.engine.connect() as conn:
            rows = conn.execute(text(
                "SELECT c.username, k.username FROM coach_assignments a "
                "JOIN centre_people c ON c.role_name = a.coach "
                "JOIN centre_people k ON k.role_name = a.candidate ORDER BY 1, 2"))
            return [tuple(row) for row in rows]

    # ------------------------------------------------------- across the board

    def refresh_across_the_board(self) -> int:
        """Count the bank questions asked across the centre; keep only k-anonymous ones.

        A question (as the bank words it, never anyone's own wording) is kept for a role
        type and kind of organisation only when at least K_ANONYMITY candidates at
        K_ANONYMITY organisations were asked it. Candidates who opted out are left out.
        Returns the number of rows stored.
        """
        from coachkit.analysis.grouping import intent_of
        from coachkit.analysis.question_bank import get_entry

        with self.engine.begin() as conn:
            rows = conn.execute(text(
                "SELECT q.owner, q.text, q.bank_id, i.organisation, i.role_title "
                "FROM questions q JOIN interviews i ON i.id = q.interview_id "
                "WHERE q.owner IN (SELECT role_name FROM centre_people WHERE kind = "
                "'candidate') AND q.owner NOT IN (SELECT owner FROM workbook_info WHERE "
                f"key = '{OPT_OUT_KEY}' AND value = 'yes')")).all()
            groups: dict[tuple[str, str, str], dict[str, set | int]] = defaultdict(
                lambda: {"who": set(), "orgs": set(), "n": 0})
            for owner, question, bank_id, organisation, role_title in rows:
                intent = bank_id or intent_of(question)
                if not intent or get_entry(intent) is None:
                    continue
                org = organisation.strip().casefold()
                for key in ((intent, role_type(role_title), ""),
                            (intent, "", org_type(organisation)), (intent, "", "")):
                    g = groups[key]
                    g["who"].add(owner)
                    g["orgs"].add(org)
                    g["n"] += 1
            conn.execute(text("DELETE FROM centre_recurring"))
            kept = 0
            for (intent, role, org_kind), g in sorted(groups.items()):
                if len(g["who"]) < K_ANONYMITY or len(g["orgs"]) < K_ANONYMITY:
                    continue
                conn.execute(text(
                    "INSERT INTO centre_recurring (question, role_type, org_type, candidates, "
                    "organisations, times_asked, refreshed_at) VALUES (:q, :r, :o, :c, :g, :n, "
                    "now())"), {"q": get_entry(intent).phrasings[0], "r": role, "o": org_kind,
                                "c": len(g["who"]), "g": len(g["orgs"]), "n": g["n"]})
                kept += 1
            return kept


ROLE_TYPES = (
    ("library", ("librar", "reference", "circulation", "catalog", "archiv")),
    ("front desk and reception", ("reception", "front desk", "front-desk", "customer service",
                                  "concierge")),
    ("administration", ("admin", "office", "secretar", "clerk", "coordinator", "assistant")),
    ("teaching", ("teach", "lecturer", "tutor", "instructor")),
    ("IT", ("developer", "engineer", "it ", "analyst", "technician", "support")),
    ("management", ("manager", "director", "head of", "lead")),
)
ORG_TYPES = (
    ("library", ("librar",)),
    ("university or college", ("universit", "college", "school of", "institute")),
    ("school", ("school", "academy")),
    ("public body", ("council", "county", "city of", "ministry", "department", "agency")),
    ("health", ("hospital", "clinic", "health", "nhs")),
    ("charity", ("charity", "foundation", "trust")),
)


def _kind(value: str, table: tuple[tuple[str, tuple[str, ...]], ...]) -> str:
    low = f" {value.casefold()} "
    for label, words in table:
        if any(w in low for w in words):
            return label
    return "other"


def role_type(role_title: str) -> str:
    return _kind(role_title or "", ROLE_TYPES)


def org_type(organisation: str) -> str:
    return _kind(organisation or "", ORG_TYPES)
