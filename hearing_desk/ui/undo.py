"""The one undo vocabulary of the program (Orange ``orangecanvas/document/commands.py``).

A :class:`Command` does its work in ``redo()`` and takes it back in ``undo()``; both
call services, never widgets, and keep ids and plain values, never rows. Pushing it
runs the first ``redo()``: a service that refuses (a :class:`HearingDeskError` with
its Chinese message) makes the command obsolete, so ``QUndoStack.push`` drops it,
and :func:`perform` hands the refusal to the caller to show. A later undo or redo
that fails (the hearing was changed by another program meanwhile) also drops the
command and says so in the status bar.

After every successful redo and undo the command's :class:`Changes` go out on the
event bus (``ctx.events.changed``), and each tab refreshes only what they touch.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from ..errors import HearingDeskError
from ..services.changes import Changes

translate = QCoreApplication.translate


class Command(QUndoCommand):
    """Subclasses implement ``do()`` and ``undo_do()`` and set ``changes``."""

    def __init__(self, ctx, changes: Changes, text: str):
        super().__init__(text)
        self.ctx = ctx
        self.changes = changes
        self.error: HearingDeskError | None = None
        self._done_once = False

    # subclasses -----------------------------------------------------------
    def do(self) -> None:
        """Make the change (and remember what it replaced); raise HearingDeskError to refuse."""
        raise NotImplementedError

    def undo_do(self) -> None:
        """Put back what ``do()`` replaced."""
        raise NotImplementedError

    # QUndoCommand ---------------------------------------------------------
    def redo(self) -> None:
        first = not self._done_once
        if self._run(self.do, translate("Command", "重做"), quiet=first):
            self._done_once = True

    def undo(self) -> None:
        self._run(self.undo_do, translate("Command", "撤销"), quiet=False)

    def _run(self, step, verb: str, *, quiet: bool) -> bool:
        try:
            step()
        except HearingDeskError as exc:
            self.error = exc
            self.setObsolete(True)      # the stack drops it; perform() reports the first refusal
            if not quiet:
                self.ctx.events.status.emit(
                    translate("Command", "无法{0}“{1}”：{2}").format(verb, self.text(), exc))
            return False
        self.ctx.events.changed.emit(self.changes)
        return True


def perform(ctx, command: Command) -> bool:
    """Push ``command``; its first ``redo()`` makes the change. Raises the service's
    refusal (nothing reaches the stack then), so the caller can show it."""
    ctx.undo_stack.push(command)
    if command.error is not None:
        raise command.error
    return True
