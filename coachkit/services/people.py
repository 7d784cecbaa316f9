"""The candidate and the coaches who work with them."""

from __future__ import annotations

from sqlalchemy import select

from coachkit.domain import rules, vocab
from coachkit.services.workbook import Workbook
from coachkit.storage import tables as t


def ensure_person(wb: Workbook, name: str, role: str = "candidate") -> int:
    name = rules.required_text(name, "the name", 200)
    rules.one_of(role, vocab.PERSON_ROLES, "the role")
    with wb.store.write() as s:
        found = s.scalar(select(t.Person.id).where(t.Person.name == name, t.Person.role == role))
        if found is not None:
            return found
        person = t.Person(name=name, role=role)
        s.add(person)
        s.flush()
        return person.id
