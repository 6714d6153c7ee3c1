"""A hearing's change log (who changed what, when), as the window shows it. The log is
written by the storage in the transaction of each change (``storage/repository/events.py``)."""
from __future__ import annotations

from ..domain.summary import HearingEvent
from ..storage.database import Database
from ..storage.repository import events, hearings


class EventService:
    def __init__(self, db: Database):
        self.db = db

    def events(self, hearing_id: int) -> list[HearingEvent]:
        """Newest first; NotFound for a hearing not in the database."""
        with self.db.session() as s:
            hearings.require_exists(s, hearing_id)
            return events.events_of(s, hearing_id)
