"""A tab that follows changes made elsewhere to its hearing: reloaded at once while
it is shown, or marked stale and reloaded the next time it is shown."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QShowEvent

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget as _Widget
else:
    _Widget = object


class ReloadsWhenShown(_Widget):
    """Mixed in before ``QWidget``; the tab has ``hearing_id``, ``_stale`` and ``reload()``
    and connects ``ctx.events.hearing_changed`` to :meth:`_on_hearing_changed`."""

    hearing_id: int | None
    _stale: bool

    def reload(self) -> None:  # pragma: no cover - every tab defines it
        raise NotImplementedError

    def _on_hearing_changed(self, hearing_id: int) -> None:
        if hearing_id != self.hearing_id:
            return
        if self.isVisible():
            self.reload()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()
