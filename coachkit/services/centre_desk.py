"""The centre admin's desk: people and coach assignments, on the admin's own login.

A centre admin's database role may read the list of people and add or remove coach
assignments, nothing else (coachkit/centre.py). ``Centre`` opens its database through the
workbook store, which checks the schema by reading tables an admin may not read; the desk
connects plainly and uses only the queries an admin is allowed.
"""

from __future__ import annotations

from sqlalchemy import Engine, create_engine

from coachkit.centre import Centre


class AdminDesk(Centre):
    """``Centre.people / assignments / assign / unassign`` for a centre admin's login."""

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            self._engine = create_engine(self.admin_url, pool_pre_ping=True, pool_size=1)
        return self._engine
