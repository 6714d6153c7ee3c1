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
    #: the stored hearing changed (argument: hearing id); tabs reload what they show.
    #: Older than ``changed``, which re-emits here until every tab listens to ``changed``.
    hearing_changed = Signal(int)
    #: show this transcript turn (argument: turn seq) — the main window switches tab
    show_turn = Signal(int)
    #: show this opinion (argument: opinion id) in the register
    show_opinion = Signal(str)
    #: show this opinion in the responses tab
    answer_opinion = Signal(str)
    #: a message for the status bar
    status = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        #: True while ``changed`` is re-emitted as ``hearing_changed``: a listener of
        #: both tells the copy from code that only emits ``hearing_changed``
        self.bridging = False
        # until every tab listens to ``changed``: the old whole-hearing reload
        self.changed.connect(self._bridge)

    def _bridge(self, changes) -> None:
        if changes.hearing_id is None:
            return
        outer, self.bridging = self.bridging, True
        try:
            self.hearing_changed.emit(changes.hearing_id)
        finally:
            self.bridging = outer


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
