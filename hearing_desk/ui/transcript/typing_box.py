"""The typing box, where the recorder types the live transcript – and every key of
the tab, in one place:

- :class:`TypingBox`, the editor: Enter records the turn, Shift+Enter breaks a line;
  an input method's open composition is committed before a key acts on it
  (``ui/ime.py``), and the placeholder is not drawn under a composition;
- :class:`KeyRouter`, which gives the tab's keys precedence over the window's
  shortcuts while the typing box or the turn list has the focus;
- :func:`tab_keys`, the table of those keys (the router binds it, the key map shows it);
- :class:`UndoOrder`, Ctrl+Z in the box: the last thing done, typing or a change;
- :class:`TypingController`, what the box does: the focus (back in the box whenever
  the tab is shown and nothing else is being done, after a click anywhere in the
  tab and after a menu closed with Esc), the speaker keys and the picker,
  procedural notes, common phrases, the agenda step, the speaking timer, storing
  what is typed (within half a second, never waiting for the disk) and recording
  the turn.
"""
from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QKeyCombination, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeySequence, QUndoStack
from PySide6.QtWidgets import QApplication, QMenu, QMenuBar, QMessageBox, QPlainTextEdit, QWidget

from ...domain import Role, TurnKind
from ...errors import HearingDeskError
from ...services.speakers import Candidate
from ..cleaninput import keep_clean
from ..ime import commit_composition, preedit
from ..names import shown
from ..phrases import PhrasesDialog
from .document import SPEAKER_KEYS, SpeakerKey, TranscriptDocument
from .lock import LockKeeper
from .picker import SpeakerPicker

if TYPE_CHECKING:
    from ..generated.ui_transcript_tab import Ui_TranscriptTab
    from .editing import TurnEditor
    from .signoff import SignOffController

#: milliseconds from the first unsaved keystroke to the save (it is not pushed back by
#: further keys, so a recorder who never pauses is still saved every half second)
SAVE_DELAY_MS = 400


class TypingBox(QPlainTextEdit):
    """Enter commits the turn; Shift+Enter breaks a line inside it.

    The placeholder is set with :meth:`set_placeholder`: it is hidden while an input
    method's composition is shown (Qt would draw the composition over it) and drawn
    anew whenever it changes (Qt repaints it only when it appears or goes)."""

    commit_requested = Signal()
    focus_lost = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self._placeholder = ""

    def set_placeholder(self, text: str) -> None:
        self._placeholder = text
        self._show_placeholder()

    def _show_placeholder(self) -> None:
        shown = "" if preedit(self) else self._placeholder
        if shown != self.placeholderText():
            self.setPlaceholderText(shown)
            self.viewport().update()

    def inputMethodEvent(self, event):
        super().inputMethodEvent(event)
        self._show_placeholder()

    def commit_composition(self) -> None:
        """The input method's open composition becomes text of the box."""
        commit_composition(self)

    def keyPressEvent(self, event):
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.commit_composition()
            if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                self.insertPlainText("\n")
            elif not self.isReadOnly():
                self.commit_requested.emit()
            event.accept()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event):
        super().focusOutEvent(event)
        self.focus_lost.emit()


class KeyRouter(QObject):
    """The tab's keys, bound to functions, for the widgets it watches.

    The watched widget accepts the ``ShortcutOverride`` of a bound key, so the
    key reaches the tab even where the main window has a shortcut on it (F1 help,
    Ctrl+F find): while the recorder types, the transcript's keys win."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._keys: dict[QKeyCombination, Callable[[], None]] = {}

    def bind(self, keys: str, fn: Callable[[], None]) -> None:
        seq = QKeySequence(keys)
        for i in range(seq.count()):
            self._keys[seq[i]] = fn                     # type: ignore[index]  # QKeySequence.operator[]

    def watch(self, *widgets: QWidget) -> None:
        for w in widgets:
            w.installEventFilter(self)

    def keys(self) -> list[QKeyCombination]:
        return list(self._keys)

    def lookup(self, event) -> Callable[[], None] | None:
        combo = event.keyCombination()
        mods = combo.keyboardModifiers() & ~Qt.KeyboardModifier.KeypadModifier
        return self._keys.get(QKeyCombination(mods, combo.key()))

    def eventFilter(self, obj, event) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            fn = self.lookup(event)
            if fn is not None:
                event.accept()
                if kind == QEvent.Type.KeyPress:
                    fn()
                return True
        return False


def tab_keys(typing: TypingController, editing: TurnEditor, signing: SignOffController) \
        -> dict[str, Callable[[], None]]:
    """Every key of the tab (besides Enter and Shift+Enter, which are the box's own)."""
    keys: dict[str, Callable[[], None]] = {sk.key: partial(typing.pick_key, sk) for sk in SPEAKER_KEYS}
    keys.update({
        "F5": typing.open_picker, "Ctrl+K": typing.open_picker,
        "F7": typing.open_note_menu,
        "F8": lambda: typing.step_agenda(1), "Shift+F8": lambda: typing.step_agenda(-1),
        "Ctrl+T": typing.restart_timer,
        "Ctrl+M": editing.mark_opinion, "Ctrl+E": editing.edit_current, "Ctrl+F": editing.start_find,
        "Alt+Up": lambda: editing.move_current(-1), "Alt+Down": lambda: editing.move_current(1),
        "Ctrl+Shift+L": signing.lock_transcript,
        "Ctrl+Z": typing.undo, "Ctrl+Shift+Z": typing.redo, "Ctrl+Y": typing.redo,
    })
    keys.update({f"Alt+{n}": partial(typing.insert_phrase, n) for n in range(1, 10)})
    return keys


class UndoOrder(QObject):
    """Ctrl+Z in the typing box undoes the last thing done: a step of the box's typing
    (its own undo) or a change of the record (the window's undo stack, ``ui/undo.py``)
    – after 删除 says "Ctrl+Z 撤销", Ctrl+Z brings the turn back even while the box
    holds text; the next Ctrl+Z undoes the typing before it. Ctrl+Shift+Z redoes in
    the same order."""

    BOX, STACK = "box", "stack"

    def __init__(self, box: QPlainTextEdit, stack: QUndoStack, parent=None):
        super().__init__(parent)
        self.box = box
        self.stack = stack
        self._done: list[str] = []          # oldest first
        self._undone: list[str] = []        # the last undone last
        self._index = stack.index()
        self._moving = False
        document = box.document()
        document.undoCommandAdded.connect(self._typed)
        document.undoAvailable.connect(self._undo_available)
        document.redoAvailable.connect(self._redo_available)
        stack.indexChanged.connect(self._stack_moved)

    def _typed(self) -> None:
        self._done.append(self.BOX)
        self._forget(self._undone)          # a new step of typing ends the box's redo

    def _undo_available(self, there: bool) -> None:
        if not there:
            self._forget(self._done)

    def _redo_available(self, there: bool) -> None:
        if not there:
            self._forget(self._undone)

    def _forget(self, entries: list[str]) -> None:
        """The box has no more steps for ``entries`` (emptied by Enter, undone, redone)."""
        entries[:] = [e for e in entries if e != self.BOX]

    def _stack_moved(self, index: int) -> None:
        step, self._index = index - self._index, index
        if self._moving or step == 0:
            return
        source, target = (self._undone, self._done) if step > 0 else (self._done, self._undone)
        for _ in range(abs(step)):          # the menu's undo or redo, or a new change
            if self.STACK in source:
                del source[len(source) - 1 - source[::-1].index(self.STACK)]
            target.append(self.STACK)

    @staticmethod
    def _keep(entries: list[str], source: str, count: int) -> list[str]:
        """``entries`` with only the newest ``count`` of ``source`` (the others can no longer be undone)."""
        extra = entries.count(source) - count
        kept = []
        for entry in entries:
            if entry == source and extra > 0:
                extra -= 1
                continue
            kept.append(entry)
        return kept

    def _prune(self) -> None:
        """Changes the stack no longer has (cleared when another hearing was opened) are forgotten."""
        stack = self.stack
        self._done = self._keep(self._done, self.STACK, stack.index())
        self._undone = self._keep(self._undone, self.STACK, stack.count() - stack.index())

    def undo(self) -> None:
        self._prune()
        self._step(self._done, self._undone, box_can=self.box.document().isUndoAvailable,
                   box_step=self.box.undo, stack_can=self.stack.canUndo, stack_step=self.stack.undo)

    def redo(self) -> None:
        self._prune()
        self._step(self._undone, self._done, box_can=self.box.document().isRedoAvailable,
                   box_step=self.box.redo, stack_can=self.stack.canRedo, stack_step=self.stack.redo)

    def _step(self, source: list[str], target: list[str], *, box_can, box_step, stack_can, stack_step) -> None:
        """Undo (or redo) the newest entry of ``source`` that can be, and move it to ``target``."""
        while source:
            entry = source.pop()
            if entry == self.BOX and box_can():
                box_step()
            elif entry == self.STACK and stack_can():
                self._move(stack_step)
            else:
                continue
            target.append(entry)
            return
        if stack_can():                     # nothing recorded here (made before the tab was built)
            self._move(stack_step)
            target.append(self.STACK)
        elif box_can():
            box_step()
            target.append(self.BOX)

    def _move(self, step: Callable[[], None]) -> None:
        self._moving = True
        try:
            step()
        finally:
            self._moving = False
            self._index = self.stack.index()


class TypingController(QObject):
    """What the typing box does (see the module). ``window`` is the tab: the box takes
    the focus only while it is shown and nothing else (the picker, the note menu, the
    search bar, a turn being corrected) has it."""

    def __init__(self, ctx, doc: TranscriptDocument, keeper: LockKeeper, window: QWidget,
                 ui: Ui_TranscriptTab, picker: SpeakerPicker):
        super().__init__(window)
        self.ctx = ctx
        self.doc = doc
        self.keeper = keeper
        self.window = window
        self.ui = ui
        self.box: TypingBox = ui.typing
        self.picker = picker
        self.note_menu = QMenu(window)
        self.undo_order = UndoOrder(self.box, ctx.undo_stack, self)
        self._menu_bar: QMenuBar | None = None
        self._menu_closing = False
        self.save_timer = QTimer(self)
        self.save_timer.setSingleShot(True)
        self.save_timer.setInterval(SAVE_DELAY_MS)

        font = QFont(self.box.font())
        font.setPointSizeF(max(font.pointSizeF(), 10.5) + 3)
        self.box.setFont(font)
        keep_clean(self.box)             # pasted control and direction characters go at once

        doc.opened.connect(self._on_opened)
        doc.context_changed.connect(self._on_context_changed)
        doc.draft_changed.connect(self._on_draft_changed)
        doc.record_changed.connect(self._on_record_changed)
        doc.saved.connect(lambda when: ui.speaker_line.set_state(self.tr("已自动保存 {0}").format(when)))
        doc.save_failed.connect(self._on_save_failed)
        self.box.textChanged.connect(self._on_text_changed)
        self.box.commit_requested.connect(self.commit)
        self.box.focus_lost.connect(self.save_now)
        self.save_timer.timeout.connect(self.save_now)
        ui.agenda.activated.connect(lambda i: doc.set_agenda(ui.agenda.itemData(i)))
        ui.next_step.clicked.connect(lambda: self.step_agenda(1))
        ui.phrases_button.clicked.connect(self.edit_phrases)
        picker.dismissed.connect(self.focus)
        self.note_menu.aboutToHide.connect(lambda: QTimer.singleShot(0, self, self.focus))

    # ================================================================ the focus
    def focus(self) -> None:
        """Back into the typing box, unless something else is being done in the tab."""
        delegate = self.ui.turns.delegate
        if self.window.isVisible() and not self.picker.isVisible() and not self.ui.search.edit.hasFocus() \
                and delegate.editor is None and not self.note_menu.isVisible():
            self.box.setFocus(Qt.FocusReason.OtherFocusReason)

    def watch_menu_bar(self) -> None:
        """A menu of the window's menu bar closed with Esc leaves the bar holding the keys
        (Qt's keyboard navigation of menus): they come back to the box. Alt pressed
        alone still gives the bar the keys."""
        top = self.window.window()
        bar = top.findChild(QMenuBar) if top is not self.window else None
        if bar is None or bar is self._menu_bar:
            return
        self._menu_bar = bar
        bar.installEventFilter(self)
        for action in bar.actions():
            menu = action.menu()
            if isinstance(menu, QMenu):
                menu.aboutToHide.connect(self._menu_hiding)

    def _menu_hiding(self) -> None:
        self._menu_closing = True
        QTimer.singleShot(0, self, self._menu_hidden)

    def _menu_hidden(self) -> None:
        self._menu_closing = False

    def _leave_menu_bar(self) -> None:
        bar = self._menu_bar
        if bar is not None and bar.hasFocus() and QApplication.activePopupWidget() is None:
            self.focus()

    def eventFilter(self, obj, event) -> bool:
        if obj is self._menu_bar and event.type() == QEvent.Type.FocusIn and self._menu_closing \
                and event.reason() == Qt.FocusReason.MenuBarFocusReason:
            QTimer.singleShot(0, self, self._leave_menu_bar)
        return False

    # ================================================================ the keys
    def composed(self, action: Callable[[], None]) -> Callable[[], None]:
        """``action`` after the box's open composition is committed (a key or a click of the key map)."""
        def run() -> None:
            self.box.commit_composition()
            action()
        return run

    def undo(self) -> None:
        """Ctrl+Z: the last thing done, typing in the box or a change (:class:`UndoOrder`)."""
        self.undo_order.undo()

    def redo(self) -> None:
        self.undo_order.redo()

    # ================================================================ showing the document
    def _on_opened(self) -> None:
        doc = self.doc
        self.box.blockSignals(True)
        self.box.setPlainText(doc.draft.text if doc.draft else "")
        self.box.blockSignals(False)
        self.box.moveCursor(self.box.textCursor().MoveOperation.End)
        self._fill_agenda()
        self.show_keymap()
        self._on_record_changed()
        self._on_draft_changed()
        self.save_timer.stop()              # what is shown is what is stored
        if doc.draft and (doc.draft.speaker or doc.draft.speaker_label):
            # the clock goes on from the turn's first key (a restart, or back from another hearing)
            self.ui.timer.start(doc.speaker_text(), doc.speaking_limit_seconds(), doc.draft_elapsed())
        else:
            self.ui.timer.stop()
        self.ui.speaker_line.set_state(self.tr("已恢复上次未提交的内容") if doc.draft and doc.draft.text else "")

    def _on_context_changed(self) -> None:
        """People, labels, agenda or settings changed: the box keeps its text and its clock."""
        self._fill_agenda()
        self.show_keymap()
        draft = self.doc.draft
        if draft is None or not (draft.speaker or draft.speaker_label or draft.kind):
            self.ui.timer.stop()
        elif self.ui.timer.started is not None:
            self.ui.timer.retitle(self.doc.speaker_text(), self.doc.speaking_limit_seconds())

    def _fill_agenda(self) -> None:
        agenda = self.ui.agenda
        agenda.clear()
        hearing = self.doc.hearing
        if hearing is None or not hearing.agenda:
            agenda.addItem(self.tr("（未设置议程，可在“听证会设置”中添加）"), None)
            agenda.setEnabled(False)
            self.ui.next_step.setEnabled(False)
            return
        for a in hearing.agenda:
            agenda.addItem(f"{a.seq}. {a.title}", a.seq)
        agenda.setEnabled(True)
        self.ui.next_step.setEnabled(True)
        if self.doc.draft is not None:
            i = agenda.findData(self.doc.draft.agenda_item)
            if i >= 0:
                agenda.setCurrentIndex(i)

    def show_keymap(self) -> None:
        doc, keymap = self.doc, self.ui.keymap
        for sk in SPEAKER_KEYS:
            usable = bool(doc.people_for(sk)) or sk.role is Role.STAFF
            title = shown(sk.title)      # marked in document.py (context "names"), translated here
            keymap.set_line(sk.key, f"{title}　{doc.key_target(sk)}".strip(), usable)
        keymap.show_phrases(self.phrases())

    def _on_draft_changed(self) -> None:
        doc = self.doc
        draft = doc.draft
        if draft is None:
            self.ui.speaker_line.set_speaker([])
            return
        i = self.ui.agenda.findData(draft.agenda_item)
        if i >= 0:
            self.ui.agenda.setCurrentIndex(i)
        if draft.kind is TurnKind.NOTE:
            who, color = self.tr("程序记录（回车记入笔录）"), "#6b6b6b"
        elif draft.speaker or draft.speaker_label:
            person = doc.speaker_person()
            who = doc.speaker_text()
            color = "#1d6b3a" if person and person.role is Role.PARTICIPANT else "#1f4e8c"
        else:
            who, color = self.tr("未选定 —— 按 F1/F2… 或 F5 选择"), "#a15c00"
        began = self.tr("　开始于 {0}").format(draft.at.strftime("%H:%M:%S")) if draft.at else ""
        self.ui.speaker_line.set_speaker([(self.tr("发言人："), "#374151", False), (who, color, True),
                                          (began, "#6b7280", False)])
        self._schedule_save()

    def _on_record_changed(self) -> None:
        locked = self.doc.locked
        self.box.setReadOnly(locked)
        self.box.set_placeholder(
            self.tr("笔录已锁定待签字，不能再记录。如需修改，请在“核对签字”中解锁。") if locked
            else self.tr("在这里输入发言内容，回车记入笔录，Shift+回车换行。"))

    # ================================================================ typing and saving
    def _on_text_changed(self) -> None:
        if self.doc.text_changed(self.box.document().isEmpty()):
            self._on_draft_changed()
        self._schedule_save()

    def _schedule_save(self) -> None:
        if not self.save_timer.isActive() and self.doc.draft is not None:
            self.save_timer.start()

    def save_now(self) -> None:
        """Queue the typing box for the database now (the write happens off this thread)."""
        self.save_timer.stop()
        if self.doc.draft is not None:
            self.doc.save_draft(self.box.toPlainText())

    def text(self) -> str:
        return self.box.toPlainText()

    def selected_text(self) -> str:
        cursor = self.box.textCursor()
        return cursor.selectedText() if cursor.hasSelection() else ""

    def _on_save_failed(self, reason: str) -> None:
        self.ui.speaker_line.set_state(self.tr("自动保存失败，正在重试：{0}").format(reason), "#c62828", True)
        self.ctx.events.status.emit(self.tr("笔录自动保存失败，正在重试：{0}").format(reason))

    def commit(self) -> None:
        """Enter: the typed turn is recorded; the box starts the next turn of the same speaker."""
        text = self.box.toPlainText()
        if not text.strip():
            return
        if self.doc.locked and not self.keeper.ask_unlock():
            return
        try:
            turn = self.doc.commit(text)
        except HearingDeskError as exc:
            self._error(self.tr("无法记入笔录"), exc)
            return
        if turn is None:
            return
        self.save_timer.stop()
        self.box.blockSignals(True)
        self.box.clear()
        self.box.blockSignals(False)
        self.ui.turns.selectionModel().clear()      # Ctrl+M, Ctrl+E now act on the newest turn

    # ================================================================ speakers
    def pick_key(self, key: SpeakerKey) -> None:
        choice = self.doc.key_choice(key)
        if choice is None or (choice[0] and not self.keeper.confirm_present(choice[0])):
            return
        if self.doc.set_speaker(*choice):
            self.speaker_picked()

    def speaker_picked(self) -> None:
        """A new speaker: the clock starts again."""
        self.ui.timer.start(self.doc.speaker_text(), self.doc.speaking_limit_seconds())
        self.focus()

    def open_picker(self) -> None:
        """F5: find the speaker by number, name or pinyin initials."""
        if self.doc.hearing is not None:
            self.picker.open(self.doc.candidates(), self.box, self._picked)

    def _picked(self, candidate: Candidate) -> None:
        if self.keeper.confirm_present(candidate.person.id) and self.doc.set_speaker(candidate.person.id):
            self.speaker_picked()
        self.focus()

    def restart_timer(self) -> None:
        self.ui.timer.restart()

    def step_agenda(self, step: int) -> None:
        self.doc.step_agenda(step)

    # ================================================================ notes and phrases
    def open_note_menu(self) -> None:
        """F7: the procedural notes by number, or the box's text as a note."""
        menu = self.note_menu
        menu.clear()
        for n, text in enumerate(self.ctx.settings.get("transcript/notes")[:9], start=1):
            action = menu.addAction(f"&{n}  {text}")
            action.triggered.connect(lambda _=False, t=text: self.add_note(t))
        menu.addSeparator()
        own = menu.addAction(self.tr("自行输入：输入框中的文字作为程序记录"))
        own.triggered.connect(self.doc.set_note_mode)
        rect = self.box.rect()
        menu.popup(self.box.mapToGlobal(QPoint(rect.left() + 20, rect.top() - menu.sizeHint().height())))

    def add_note(self, text: str) -> None:
        if self.doc.locked and not self.keeper.ask_unlock():
            return
        try:
            note = self.doc.add_note(text, self.box.toPlainText())
        except HearingDeskError as exc:
            self._error(self.tr("无法添加程序记录"), exc)
            return
        if note is not None:
            self.ui.turns.selectionModel().clear()
            self.ctx.events.status.emit(self.tr("已记入程序记录：{0}").format(note.text))

    def phrases(self) -> list[str]:
        return self.ctx.settings.get("transcript/phrases")

    def insert_phrase(self, n: int) -> None:
        """Alt+n: the n-th common phrase, into the turn being corrected or the typing box."""
        phrases = self.phrases()
        if not 1 <= n <= len(phrases):
            return
        editor = self.ui.turns.delegate.editor
        target = editor if editor is not None and editor.hasFocus() else self.box
        if not target.isReadOnly():
            target.insertPlainText(phrases[n - 1])

    def edit_phrases(self) -> None:
        settings = self.ctx.settings
        result = PhrasesDialog.ask(self.window, self.tr("常用语和程序记录"), [
            (self.tr("常用语，每行一条；前九条可用 Alt+1 … Alt+9 插入到输入框："), settings.get("transcript/phrases")),
            (self.tr("程序记录（按 F7 选用），每行一条，例如：休会十分钟。"), settings.get("transcript/notes"))])
        if result is not None:
            settings.set("transcript/phrases", result[0])
            settings.set("transcript/notes", result[1])
            self.show_keymap()
        self.focus()

    def _error(self, title: str, exc: Exception) -> None:
        QMessageBox.warning(self.window, title, str(exc))
        self.focus()
