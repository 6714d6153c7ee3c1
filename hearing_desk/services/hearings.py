"""Use cases on whole hearings: list, get, create, import, demo, duplicate, delete.

The command line and the GUI call these; each method owns its transaction. Writing a
hearing file or a document is :mod:`.documents`' business.
"""
from __future__ import annotations

import builtins
import copy
from dataclasses import replace
from pathlib import Path

from ..domain import Hearing, HearingSummary, Turn, default_agenda
from ..domain.text import clean_line
from ..errors import BadInput
from ..formats import interchange
from ..paths import sample_hearing_path
from ..storage.database import Database
from ..storage.repository import hearings, turns
from .recordings import RecordingService


class HearingService:
    def __init__(self, db: Database):
        self.db = db

    # ------------------------------------------------------------ reading
    def list(self) -> list[HearingSummary]:
        with self.db.session() as s:
            return hearings.list_hearings(s)

    def get(self, hearing_id: int) -> Hearing:
        """The whole hearing (committed turns); NotFound."""
        with self.db.session() as s:
            return hearings.load_hearing(s, hearing_id)

    def unfinished_turn(self, hearing_id: int) -> Turn | None:
        """What the typing box holds and was not yet committed with Enter (None when empty)."""
        with self.db.session() as s:
            draft = turns.draft_turn(s, hearing_id)
        return draft if draft is not None and draft.text.strip() else None

    def get_for_export(self, hearing_id: int) -> Hearing:
        """The hearing as a hearing file carries it: the typing box's unfinished turn, if
        any, goes in as the last turn, so nothing typed is left behind (the format has no
        place for an uncommitted turn; importing the file makes it an ordinary turn)."""
        hearing = self.get(hearing_id)
        draft = self.unfinished_turn(hearing_id)
        if draft is not None:
            top = max((t.seq for t in hearing.transcript), default=0)
            hearing.transcript.append(replace(draft, seq=max(draft.seq, top + 1), text=draft.text.strip()))
        return hearing

    # ------------------------------------------------------------ writing
    def add(self, hearing: Hearing) -> int:
        """Store a new hearing whole (one transaction); return its id."""
        if not clean_line(hearing.title or "").strip():     # NULs, control and zero-width characters alone
            raise BadInput("听证会名称不能为空。")
        with self.db.session() as s:
            return hearings.add_hearing(s, hearing)

    def create(self, title: str) -> int:
        """A new, empty hearing; it gets the default agenda (713号令 第十七条). A hearing
        imported from a file keeps the agenda the file has, none included."""
        hearing = Hearing(title=clean_line(title or "").strip())
        hearing.agenda = default_agenda(hearing)
        return self.add(hearing)

    def import_file(self, path: str | Path, warnings: builtins.list[str] | None = None) -> int:
        """Check a hearing file and store it; a bad file is refused whole, nothing stored.
        Its recordings are taken from beside it (services.recordings); what could not be
        is added to ``warnings``."""
        hearing = interchange.read_file(path)
        audio = RecordingService(self.db)
        told = audio.check_beside(hearing, Path(path))
        hearing = audio.import_beside(hearing, Path(path))
        if warnings is not None:
            warnings.extend(told)
        return self.add(hearing)

    def add_demo(self) -> int:
        """Add the sample hearing (the Guangming public-data hearing of 2024-07-16)."""
        return self.import_file(sample_hearing_path())

    def duplicate(self, hearing_id: int, title: str | None = None) -> int:
        """A new hearing with the same contents; not its signed record (locks, changes,
        signatures): the copy has not been signed by anyone."""
        hearing = copy.deepcopy(self.get(hearing_id))
        hearing.id = None
        hearing.title = clean_line(title).strip() if title else f"{hearing.title}（副本）"
        hearing.locks, hearing.changes = [], []
        for p in hearing.people:
            p.signature = None
        return self.add(hearing)

    def delete(self, hearing_id: int) -> None:
        with self.db.session() as s:
            hearings.delete_hearing(s, hearing_id)
