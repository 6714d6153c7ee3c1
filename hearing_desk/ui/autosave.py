"""Every edit is stored: the text of a field reaches the database within a second of
the last key, as the typing box's does.

One :class:`AutoSave` per editor (a QLineEdit, a QPlainTextEdit, a table cell's
editor). It knows the *target* the editor shows (a hearing and field, an opinion,
a person and column) and calls the page's ``store(target, value, edit)`` — the
same undo command, through the same service, as an explicit save:

- ``DELAY_MS`` after the last key (and at the latest ``MAX_DELAY_MS`` after the
  first unsaved one, for someone who never pauses), quietly: a refusal (an empty
  title, an analysis a decision needs) waits for more typing;
- when the editor loses the focus or is hidden (another tab, the window closing),
  when the editor is about to show another target, before undo, redo and switching
  hearings (``PendingEdits.flush_all``), and on Enter — then a refusal is said.

The save is bound to the target the text was typed for, never to what is shown
when the timer fires: showing another target stores what was typed for the old
one first. A keystroke only restarts a timer; the database is written when the
user pauses, not per key.

Undo: the commands of one *edit session* (from the first key until the editor
loses the focus or the edit is committed) carry its number and merge
(:class:`MergesEdits`), so one field edit is one undo step however many times it
was stored on the way.
"""
from __future__ import annotations

import itertools
import time
import weakref
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from enum import Enum
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QStyledItemDelegate, QTextEdit, QWidget

from .cleaninput import keep_clean

_sessions = itertools.count(1)

#: ``QUndoCommand.id()`` of commands made by edits that merge (one id for all kinds:
#: ``mergeWith`` compares the session and target)
MERGE_ID = 0x4153   # "AS"


class Cause(Enum):
    TICK = "tick"        # the user paused: store quietly
    LEAVE = "leave"      # focus left, the tab or hearing changes, undo, the window closes
    COMMIT = "commit"    # Enter, a save button


@dataclass(frozen=True)
class Edit:
    """How a store came about: the edit session it belongs to, and why now."""
    session: int
    cause: Cause

    @property
    def quiet(self) -> bool:
        """A pause in typing: a refusal is not shown (the user is still typing)."""
        return self.cause is Cause.TICK


class MergesEdits:
    """Mixed into an undo command (before ``QUndoCommand``): the commands of one edit
    session of one target merge into the first, which keeps the value before the
    session and takes the newest value. ``merging(edit, target)`` turns it on;
    subclasses define ``absorb(other)`` (take the other's new value) and may define
    ``unchanged()`` (the session ended where it began: the step is dropped). A command
    whose own redo was refused (obsolete: ``ui/undo.py``) is never absorbed: its value
    was not stored, and a later redo must not store it."""

    edit_session: int | None = None
    edit_target: Hashable = None

    def merging(self, edit: Edit | None, target: Hashable):
        if edit is not None:
            self.edit_session = edit.session
            self.edit_target = target
        return self

    def id(self) -> int:
        return MERGE_ID if self.edit_session is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if (self.edit_session is None or type(other) is not type(self) or other.isObsolete()
                or getattr(other, "edit_session", None) != self.edit_session
                or getattr(other, "edit_target", None) != self.edit_target):
            return False
        self.absorb(other)
        if self.unchanged():
            self.setObsolete(True)
        return True

    def absorb(self, other) -> None:
        raise NotImplementedError

    def unchanged(self) -> bool:
        return False


class PendingEdits:
    """Every AutoSave of the window (weakly): ``flush_all`` stores what is typed anywhere."""

    def __init__(self):
        self._savers: weakref.WeakSet[AutoSave] = weakref.WeakSet()
        #: the window's undo stack (set by FlushingUndoStack): Esc in a cell takes an edit back
        self.stack: QUndoStack | None = None

    def add(self, saver: AutoSave) -> None:
        self._savers.add(saver)

    def pending(self) -> list[AutoSave]:
        return [s for s in list(self._savers) if s.is_pending()]

    def flush_all(self, cause: Cause = Cause.LEAVE) -> bool:
        """Store every pending edit and end every edit session; False if one was refused."""
        ok = True
        for saver in list(self._savers):
            ok = saver.end_session(cause) and ok
        return ok


class FlushingUndoStack(QUndoStack):
    """The window's undo stack: pending edits are stored (and their sessions ended)
    before undo, redo and clear, so that Ctrl+Z undoes the whole field edit, with
    its last keys. The menu's undo and redo actions must call these methods
    (``route_to(action, stack.undo)``): the C++ connection of ``createUndoAction``
    would bypass them."""

    def __init__(self, edits: PendingEdits | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.edits = edits or PendingEdits()
        self.edits.stack = self

    def undo(self) -> None:
        self.edits.flush_all()
        super().undo()

    def redo(self) -> None:
        self.edits.flush_all()
        super().redo()

    def clear(self) -> None:
        self.edits.flush_all()
        super().clear()


def route_to(action, slot: Callable[[], None]) -> None:
    """Make ``action`` (from ``QUndoStack.createUndoAction``) call ``slot`` instead of
    the stack's C++ slot."""
    action.triggered.disconnect()
    action.triggered.connect(lambda _checked=False: slot())


def _default_read(editor: QWidget) -> Callable[[], Any]:
    if isinstance(editor, QLineEdit):
        return editor.text
    if isinstance(editor, (QPlainTextEdit, QTextEdit)):
        return editor.toPlainText
    raise TypeError(f"AutoSave needs read= for {type(editor).__name__}")


def _default_write(editor: QWidget) -> Callable[[Any], None]:
    if isinstance(editor, QLineEdit):
        def write(value):
            if editor.text() != (value or ""):
                editor.setText(value or "")
        return write
    if isinstance(editor, (QPlainTextEdit, QTextEdit)):
        def write(value):
            if editor.toPlainText() != (value or ""):
                editor.setPlainText(value or "")
        return write
    raise TypeError(f"AutoSave needs write= for {type(editor).__name__}")


class AutoSave(QObject):
    """Stores one editor's text within a second of the last key (see the module)."""

    DELAY_MS = 500
    MAX_DELAY_MS = 1500

    #: the pending text was stored (by any cause)
    stored = Signal()

    def __init__(self, editor: QLineEdit | QPlainTextEdit | QTextEdit, store: Callable[[Any, Any, Edit], bool], *,
                 edits: PendingEdits | None = None, read: Callable[[], Any] | None = None,
                 write: Callable[[Any], None] | None = None, capture: Callable[[], Hashable] | None = None,
                 revert_refused: bool = True, changed=None):
        """``store(target, value, edit)`` makes the change (True) or refuses it (False,
        having told the user unless ``edit.quiet``). ``read()`` gives the editor's value
        as it would be stored, ``write(value)`` shows a value. ``capture()`` gives the
        target at the first key of an edit, when it is more than the shown target (the
        several opinions one answer is for). ``revert_refused``: after a refusal that
        was said (not quiet) the editor shows the stored value again. ``changed`` is
        the signal of a user edit (default: the editor's ``textChanged``)."""
        super().__init__(editor)
        self.editor = editor
        self._store = store
        self._read = read or _default_read(editor)
        self._write_fn = write or _default_write(editor)
        self._capture = capture
        self._revert = revert_refused
        self._target: Hashable = None          # what the editor shows
        self._stored_value: Any = None         # the stored value of that target (as read() gives it)
        self._pending: Hashable = None         # the target of unsaved typing, or None
        self._first_key = 0.0
        self._session: int | None = None
        self._writing = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(lambda: self.flush(Cause.TICK))
        (changed or editor.textChanged).connect(self.touch)
        finished = getattr(editor, "editingFinished", None)
        if finished is not None:
            finished.connect(lambda: self.end_session(Cause.LEAVE))
        if isinstance(editor, QLineEdit):
            editor.returnPressed.connect(lambda: self.end_session(Cause.COMMIT))
        editor.installEventFilter(self)
        keep_clean(editor)
        if edits is not None:
            edits.add(self)

    # ------------------------------------------------------------ what is shown
    @property
    def target(self) -> Hashable:
        return self._target

    def stored_value(self) -> Any:
        return self._stored_value

    def show(self, target: Hashable, value: Any) -> None:
        """Show ``value``, the stored value of ``target``. Another target: what was
        typed for the old one is stored first. The same target while typing is
        pending: the typed text stays (it is newer than the database)."""
        if target != self._target:
            self.end_session(Cause.LEAVE)
            self._timer.stop()
            self._target, self._pending, self._session = target, None, None
            self._stored_value = value
            self._write(value)
            return
        self._stored_value = value
        if self._pending is None and self._read() != value:
            self._write(value)

    def _write(self, value: Any) -> None:
        self._writing = True
        try:
            self._write_fn(value)
        finally:
            self._writing = False

    def is_pending(self) -> bool:
        return self._pending is not None

    # ------------------------------------------------------------ typing
    def touch(self, *_args) -> None:
        """A user edit: (re)start the timer; nothing else happens per key."""
        if self._writing or self._target is None:
            return
        now = time.monotonic()
        if self._pending is None:
            self._pending = self._capture() if self._capture is not None else self._target
            self._first_key = now
            if self._session is None:
                self._session = next(_sessions)
        left = self.MAX_DELAY_MS - (now - self._first_key) * 1000
        self._timer.start(int(max(0, min(self.DELAY_MS, left))))

    def flush(self, cause: Cause = Cause.LEAVE) -> bool:
        """Store what is typed and not stored yet; False when it was refused."""
        self._timer.stop()
        if self._pending is None:
            return True
        target = self._pending
        value = self._read()
        if value == self._stored_value and target == self._target and self._capture is None:
            self._pending = None
            return True
        if self._session is None:
            self._session = next(_sessions)
        edit = Edit(self._session, cause)
        ok = self._store(target, value, edit)
        if ok:
            self._pending = None
            if target == self._target:
                self._stored_value = value
            self.stored.emit()
        elif not edit.quiet and self._revert:
            self.discard()
        return ok

    def end_session(self, cause: Cause = Cause.LEAVE) -> bool:
        """Store what is pending; the next key starts a new undo step."""
        ok = self.flush(cause)
        if cause is not Cause.TICK:
            self._session = None
        return ok

    def discard(self) -> None:
        """Forget what is typed: show the stored value again."""
        self._timer.stop()
        self._pending = None
        self._write(self._stored_value)

    def cancel(self, stack: QUndoStack | None) -> None:
        """Esc: forget what is typed, and take back what this edit stored already (its
        undo step, when it is the last one)."""
        self._timer.stop()
        self._pending = None
        session, self._session = self._session, None
        if stack is not None and session is not None and stack.index() > 0:
            top = stack.command(stack.index() - 1)
            if getattr(top, "edit_session", None) == session:
                stack.undo()

    def take_session(self, cause: Cause = Cause.COMMIT) -> Edit:
        """For a page that stores the value itself (an explicit save): the pending
        typing is its to store; returns the edit to merge its command with."""
        self._timer.stop()
        self._pending = None
        if self._session is None:
            self._session = next(_sessions)
        return Edit(self._session, cause)

    def mark_stored(self, value: Any) -> None:
        """The page stored ``value`` for the shown target (after ``take_session``)."""
        self._stored_value = value
        self._pending = None

    # ------------------------------------------------------------ leaving
    def eventFilter(self, obj, event) -> bool:
        kind = event.type()
        if obj is self.editor:
            if kind == QEvent.Type.FocusOut:
                if event.reason() == Qt.FocusReason.PopupFocusReason:
                    self.flush(Cause.LEAVE)          # a context menu: the edit goes on
                else:
                    self.end_session(Cause.LEAVE)
            elif kind == QEvent.Type.Hide:
                self.end_session(Cause.LEAVE)
        return False


class TypedCellDelegate(QStyledItemDelegate):
    """Table cells edited in a line edit are stored as they are typed, through the
    model's ``setData`` and the page's own undo command: ``store_cell(index, text,
    edit, target)`` calls ``setData`` so that the command it leads to merges.
    ``target(index)`` names the cell by what it shows (a hearing, a person's id, a
    column), never by its row alone. Enter stores; Esc takes the edit back."""

    def __init__(self, view, edits: PendingEdits, target: Callable[[QModelIndex], Hashable],
                 store_cell: Callable[[QModelIndex, str, Edit, Hashable], bool], columns: set[int] | None = None):
        super().__init__(view)
        self.edits = edits
        self._target = target
        self._store_cell = store_cell
        self.columns = columns

    def createEditor(self, parent, option, index):
        editor = super().createEditor(parent, option, index)
        if isinstance(editor, QLineEdit) and (self.columns is None or index.column() in self.columns):
            cell = QPersistentModelIndex(index)

            def store(target, text: str, edit: Edit) -> bool:
                if not cell.isValid():
                    return False                 # the row went away (deleted meanwhile)
                return self._store_cell(cell.model().index(cell.row(), cell.column(), cell.parent()),
                                        text, edit, target)

            AutoSave(editor, store, edits=self.edits, read=editor.text, write=editor.setText)
        return editor

    @staticmethod
    def saver(editor) -> AutoSave | None:
        return editor.findChild(AutoSave)

    def setEditorData(self, editor, index) -> None:
        saver = self.saver(editor)
        if saver is None:
            super().setEditorData(editor, index)
            return
        value = index.data(Qt.ItemDataRole.EditRole)
        saver.show(self._target(index), "" if value is None else str(value))

    def setModelData(self, editor, model, index) -> None:
        saver = self.saver(editor)
        if saver is None:
            super().setModelData(editor, model, index)
        else:
            saver.end_session(Cause.COMMIT)

    def eventFilter(self, editor, event) -> bool:
        if event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Escape:
            saver = self.saver(editor)
            if saver is not None:
                saver.cancel(self.edits.stack)
        return super().eventFilter(editor, event)

    def destroyEditor(self, editor, index) -> None:
        saver = self.saver(editor)
        if saver is not None:
            saver.end_session(Cause.LEAVE)
        super().destroyEditor(editor, index)
