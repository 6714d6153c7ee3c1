"""What every window and tab is given: the database, the services (each built once,
here), settings, the undo stack, the edits still being typed and the event bus that
keeps the tabs in step."""
from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from ..services.agenda import AgendaService
from ..services.attendance import AttendanceService
from ..services.backups import BackupService
from ..services.checkout import CheckoutService
from ..services.checks import CheckService
from ..services.disputes import DisputeService
from ..services.documents import DocumentService
from ..services.events import EventService
from ..services.hearing_fields import HearingFieldsService
from ..services.hearings import HearingService
from ..services.leases import LeaseService
from ..services.opinions import OpinionService
from ..services.people import PeopleService
from ..services.recordings import RecordingService
from ..services.responses import ResponseService
from ..services.search import SearchService
from ..services.signatures import SignatureService
from ..services.transcript import TranscriptService
from ..storage.database import Database
from .autosave import FlushingUndoStack, PendingEdits
from .settings import Settings


class HearingEvents(QObject):
    """Signals between tabs. Tabs never call each other directly."""

    #: what an operation changed (a :class:`~hearing_desk.services.changes.Changes`);
    #: each tab refreshes only what the flags say it shows
    changed = Signal(object)
    #: show this transcript turn (argument: turn seq) — the main window switches tab
    show_turn = Signal(int)
    #: show this opinion (argument: opinion id) in the register
    show_opinion = Signal(str)
    #: show this opinion in the responses tab
    answer_opinion = Signal(str)
    #: a message for the status bar
    status = Signal(str)


@dataclass
class AppContext:
    #: the open database, made by the composition root (app.py)
    db: Database
    settings: Settings
    events: HearingEvents = field(default_factory=HearingEvents)
    #: every field being typed in (``ui/autosave.py``): stored before undo, redo, clear
    edits: PendingEdits = field(default_factory=PendingEdits)
    #: the window's undo stack, a FlushingUndoStack over ``edits``
    undo_stack: QUndoStack = field(init=False)
    # the services, one of each, on ``db``
    hearings: HearingService = field(init=False)
    hearing_fields: HearingFieldsService = field(init=False)
    people: PeopleService = field(init=False)
    attendance: AttendanceService = field(init=False)
    agenda: AgendaService = field(init=False)
    transcript: TranscriptService = field(init=False)
    signatures: SignatureService = field(init=False)
    opinions: OpinionService = field(init=False)
    disputes: DisputeService = field(init=False)
    responses: ResponseService = field(init=False)
    checks: CheckService = field(init=False)
    recordings: RecordingService = field(init=False)
    documents: DocumentService = field(init=False)
    backups: BackupService = field(init=False)
    leases: LeaseService = field(init=False)
    events_log: EventService = field(init=False)      # ``events`` is the event bus

    def __post_init__(self) -> None:
        self.hearings = HearingService(self.db)
        self.hearing_fields = HearingFieldsService(self.db)
        self.people = PeopleService(self.db)
        self.attendance = AttendanceService(self.db)
        self.agenda = AgendaService(self.db)
        self.transcript = TranscriptService(self.db)
        self.signatures = SignatureService(self.db)
        self.opinions = OpinionService(self.db)
        self.disputes = DisputeService(self.db)
        self.responses = ResponseService(self.db)
        self.checks = CheckService(self.db)
        self.recordings = RecordingService(self.db)
        self.documents = DocumentService(self.db, self.recordings)
        self.backups = BackupService(self.db)
        self.leases = LeaseService(self.db)
        self.events_log = EventService(self.db)
        name = str(self.settings.get("editor/name") or "").strip()
        if name:                                    # the name others see in the lease and the event log
            self.db.actor = name
        self.search = SearchService(self.db)
        self.checkout = CheckoutService(self.db)
        self.undo_stack = FlushingUndoStack(self.edits)
