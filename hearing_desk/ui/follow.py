"""A page follows what operations change (``services/changes.py``), composed rather
than mixed in: a :class:`ChangeFollower` owned by the page hands it the changes of
its hearing that touch what it shows — at once while the page is visible, gathered
into one and handed over when it is next shown otherwise (a change made in another
tab is there when the clerk looks).
"""
from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget

from ..services.changes import Changes


class ChangeFollower(QObject):
    """Calls ``refresh(changes)`` for the changes of ``hearing_id()`` that touch any of
    the flags in ``shows`` (``Changes`` field names)."""

    def __init__(self, ctx, page: QWidget, shows: Iterable[str], refresh: Callable[[Changes], None],
                 hearing_id: Callable[[], int | None]):
        super().__init__(page)
        self._events = ctx.events
        self._page = page
        self.shows = frozenset(shows)
        self._refresh = refresh
        self._hearing_id = hearing_id
        #: what changed while the page was hidden (None: nothing)
        self.pending: Changes | None = None
        ctx.events.changed.connect(self._on_changed)
        page.installEventFilter(self)

    def clear(self) -> None:
        """The page has just read its hearing whole: nothing is pending."""
        self.pending = None

    def deliver(self) -> None:
        """Hand over what is pending now (the page needs it before it is shown)."""
        if self.pending is not None:
            changes, self.pending = self.pending, None
            if changes.hearing_id == self._hearing_id():
                self._refresh(changes)

    def _on_changed(self, changes: Changes) -> None:
        if changes.hearing_id is None or changes.hearing_id != self._hearing_id() or not changes.any(*self.shows):
            return
        if self._page.isVisible():
            self._refresh(changes)
        else:
            self.pending = changes if self.pending is None else self.pending | changes

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._page and event.type() == QEvent.Type.Show:
            self.deliver()
        return False
