"""What every window and tab is given: the database, the services, settings,
the undo stack, the edits still being typed and the event bus that keeps the tabs
in step."""
from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from ..services.hearings import HearingService
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
    db: Database
    settings: Settings
    hearings: HearingService = field(init=False)
    events: HearingEvents = field(default_factory=HearingEvents)
    #: every field being typed in (``ui/autosave.py``): stored before undo, redo, clear
    edits: PendingEdits = field(default_factory=PendingEdits)
    undo_stack: QUndoStack = field(default=None)     # a FlushingUndoStack over ``edits``

    def __post_init__(self) -> None:
        self.hearings = HearingService(self.db)
        if self.undo_stack is None:
            self.undo_stack = FlushingUndoStack(self.edits)
