"""Work on turns already recorded: select, show, correct in place, change the
speaker, delete, make an opinion of, search. Every change is an undo command
(``commands.py``) pushed with ``perform``; a locked transcript is unlocked only
after the recorder says so (:class:`~.lock.LockKeeper`)."""
from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from ...domain import Turn, TurnKind
from ...domain.turns import find_turns
from ...errors import HearingDeskError
from ...services.speakers import Candidate
from ..undo import perform
from .commands import CorrectTurn, DeleteTurn, MarkOpinion, TurnCommand, speaker_change
from .dialogs import Confirm
from .document import STAFF_LABEL, TranscriptDocument
from .lock import LockKeeper
from .model import Column, OpinionsRole, turn_at
from .picker import SpeakerPicker

if TYPE_CHECKING:
    from ..generated.ui_transcript_tab import Ui_TranscriptTab


class TurnEditor(QObject):
    """``focus_typing`` puts the focus back in the typing box when a piece of work is
    done; ``box_selection`` is the text selected in it (what Ctrl+F looks for first)."""

    def __init__(self, ctx, doc: TranscriptDocument, keeper: LockKeeper, window: QWidget,
                 ui: Ui_TranscriptTab, picker: SpeakerPicker, *,
                 focus_typing: Callable[[], None], box_selection: Callable[[], str]):
        super().__init__(window)
        self.ctx = ctx
        self.doc = doc
        self.keeper = keeper
        self.window = window
        self.view = ui.turns
        self.search = ui.search
        self.picker = picker
        self.delegate = ui.turns.delegate
        self.focus_typing = focus_typing
        self.box_selection = box_selection

        self.delegate.text_edited.connect(self.correct_text)
        self.delegate.opinions_clicked.connect(self._show_opinions_of)
        self.delegate.closeEditor.connect(lambda *_: QTimer.singleShot(0, self, self.focus_typing))
        self.delegate.editor_opened.connect(self._say_editor_keys)
        self.view.customContextMenuRequested.connect(self._turn_menu)
        self.view.installEventFilter(self)
        self.search.find_requested.connect(self.find)
        self.search.closed.connect(self.focus_typing)
        ctx.events.show_turn.connect(self.show_turn)

    # ================================================================ which turn
    def current_turn(self) -> Turn | None:
        """The selected turn, else the newest."""
        model = self.doc.model
        index = self.view.currentIndex()
        if not index.isValid() and model.rowCount():
            index = model.index(model.rowCount() - 1, Column.TEXT)
        return turn_at(index)

    def select_row(self, row: int | None) -> None:
        if row is not None and row >= 0:
            self.view.select_row(row)

    def move_current(self, step: int) -> None:
        """Alt+↑/↓: the turn before or after the selected one (from the newest)."""
        count = self.doc.model.rowCount()
        if not count:
            return
        index = self.view.currentIndex()
        row = (index.row() if index.isValid() else count) + step
        self.select_row(max(0, min(count - 1, row)))

    def show_turn(self, seq: int) -> None:
        """Select and show turn ``seq`` (the opinions tab jumps back here)."""
        row = self.doc.model.row_of(seq)
        if row is None:
            self.ctx.events.status.emit(self.tr("笔录中已没有这一段，它可能已被删除。"))
            return
        self.select_row(row)

    # ================================================================ changes
    def edit_current(self) -> None:
        """Ctrl+E: correct the text of the current turn in place."""
        turn = self.current_turn()
        if turn is None:
            return
        row = self.doc.model.row_of(turn.seq)
        if row is not None:
            self.select_row(row)
            self.view.edit(self.doc.model.index(row, Column.TEXT))

    def _say_editor_keys(self, seq: int) -> None:
        """The correction editor's keys are the typing box's: said when it opens."""
        self.ctx.events.status.emit(self.tr("修改第 {0} 段：回车保存，Shift+回车换行，Esc 放弃").format(
            self.doc.model.number_of(seq)))

    def correct_text(self, seq: int, text: str) -> None:
        number = self.doc.model.number_of(seq)
        if not text.strip():
            self._error(self.tr("无法修改"), HearingDeskError(
                self.tr("第 {0} 段的内容不能为空；如要去掉这段，请用“删除”。").format(number)))
            return
        self._correct(seq, {"text": text}, self.tr("修改第 {0} 段的文字").format(number))

    def change_speaker(self, seq: int, person_id: str | None, label: str | None,
                       kind: TurnKind | None = None) -> None:
        self._correct(seq, speaker_change(person_id, label, kind),
                      self.tr("更改第 {0} 段的发言人").format(self.doc.model.number_of(seq)))

    def _correct(self, seq: int, after: dict[str, Any], text: str) -> None:
        row = self.doc.model.row_of(seq)
        turn = self.doc.model.turns[row] if row is not None else None
        if turn is not None and all(getattr(turn, k) == v for k, v in after.items()):
            self.focus_typing()
            return
        self._perform(CorrectTurn(self.ctx, self.doc, self.keeper.ask_unlock_of, self._hearing_id(), seq,
                                  after, text), self.tr("无法修改"))
        self.focus_typing()

    def open_speaker_picker(self, seq: int) -> None:
        """Another speaker for turn ``seq``, found as in the typing box."""
        title = self.tr("更改第 {0} 段的发言人：输入序号或拼音首字母（也可输入全拼），回车确定").format(
            self.doc.model.number_of(seq))

        def picked(candidate: Candidate) -> None:
            if self.keeper.confirm_present(candidate.person.id):
                self.change_speaker(seq, candidate.person.id, None)
            else:
                self.focus_typing()
        self.picker.open(self.doc.candidates(), self.view, picked, title)

    def delete_turn(self, seq: int | None = None) -> None:
        """Delete turn ``seq`` (default: the current turn) after asking; Ctrl+Z brings it back."""
        if seq is None:
            turn = self.current_turn()
            if turn is None:
                return
            seq = turn.seq
        row = self.doc.model.row_of(seq)
        if row is None:
            return
        number = row + 1
        line, _ = self.doc.model.line(row)
        shown = line if len(line) <= 60 else line[:60] + "……"
        asked = Confirm.ask(self.window, self.tr("删除发言"), self.tr(
            "删除第 {0} 段吗？\n\n{1}\n\n删除后可按 Ctrl+Z 撤销。").format(number, shown))
        self.focus_typing()
        if not asked:
            return
        if self._perform(DeleteTurn(self.ctx, self.doc, self.keeper.ask_unlock_of, self._hearing_id(), seq, number),
                         self.tr("无法删除")):
            self.ctx.events.status.emit(self.tr("已删除第 {0} 段（Ctrl+Z 撤销）").format(number))
            self.select_row(min(row, self.doc.model.rowCount() - 1))

    def mark_opinion(self) -> None:
        """Ctrl+M: the selected text of the turn being edited, or the selected turn, becomes an opinion."""
        editor, seq, text = self.delegate.editor, None, None
        if editor is not None and editor.textCursor().hasSelection():
            seq = self.delegate.editing_seq
            text = editor.textCursor().selectedText().replace("\u2029", "\n")
        else:
            turn = self.current_turn()
            seq = turn.seq if turn else None
        if seq is None or self.doc.hearing is None:
            self.ctx.events.status.emit(self.tr("请先在笔录中选中一段发言，再标为意见。"))
            return
        command = MarkOpinion(self.ctx, self.doc, self.keeper.ask_unlock_of, self._hearing_id(), seq, text)
        if not self._perform(command, self.tr("无法标为意见"), unlock_first=False) or command.opinion is None:
            return
        opinion = command.opinion
        person = self.doc.hearing.person(opinion.speaker)
        articles = self.tr("，涉及{0}").format("、".join(opinion.articles)) if opinion.articles else ""
        self.ctx.events.status.emit(self.tr("已登记为{0}的第 {1} 条意见{2}").format(
            person.name if person else opinion.speaker, opinion.seq, articles))

    def _perform(self, command: TurnCommand, failed: str, *, unlock_first: bool = True) -> bool:
        """Push ``command``; a locked transcript is unlocked first (after asking)."""
        if unlock_first and self.doc.locked and not self.keeper.ask_unlock():
            return False
        try:
            return perform(self.ctx, command)
        except HearingDeskError as exc:
            self._error(failed, exc)
            return False

    def _hearing_id(self) -> int:
        assert self.doc.hearing_id is not None
        return self.doc.hearing_id

    # ================================================================ the list
    def _show_opinions_of(self, seq: int) -> None:
        row = self.doc.model.row_of(seq)
        ids = self.doc.model.data(self.doc.model.index(row, Column.TEXT), OpinionsRole) \
            if row is not None else []
        if ids:
            self.ctx.events.show_opinion.emit(ids[0])

    def _turn_menu(self, pos) -> None:
        index = self.view.indexAt(pos)
        turn = turn_at(index)
        if turn is None:
            return
        self.select_row(index.row())
        menu = QMenu(self.window)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.addAction(self.tr("修改文字\tCtrl+E"), self.edit_current)
        menu.addAction(self.tr("更改发言人…"), lambda: self.open_speaker_picker(turn.seq))
        menu.addAction(self.tr("改为工作人员发言"), lambda: self.change_speaker(turn.seq, None, STAFF_LABEL))
        if not turn.is_note:
            menu.addAction(self.tr("改为程序记录"),
                           lambda: self.change_speaker(turn.seq, None, None, TurnKind.NOTE))
        menu.addSeparator()
        menu.addAction(self.tr("标为意见\tCtrl+M"), self.mark_opinion)
        ids = index.data(OpinionsRole)
        if ids:
            menu.addAction(self.tr("查看关联的意见"), lambda: self.ctx.events.show_opinion.emit(ids[0]))
        menu.addSeparator()
        menu.addAction(self.tr("删除这一段…"), lambda: self.delete_turn(turn.seq))
        menu.popup(self.view.viewport().mapToGlobal(pos))

    def eventFilter(self, obj, event) -> bool:
        """The turn list's own keys, should it ever have the focus (it takes none): Del
        deletes (after asking), Enter corrects, Esc goes back to typing."""
        if obj is self.view and event.type() == QEvent.Type.KeyPress and self.delegate.editor is None:
            if event.key() == Qt.Key.Key_Delete:
                self.delete_turn()
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.edit_current()
                return True
            if event.key() == Qt.Key.Key_Escape:
                self.focus_typing()
                return True
        return super().eventFilter(obj, event)

    # ================================================================ search
    def start_find(self) -> None:
        self.search.open_bar(self.box_selection())

    def find(self, text: str, step: int = 1) -> int | None:
        """Select the turn containing ``text`` after the current one (``step`` 1), before
        it (-1), or the current one if it matches (0, while the text is being typed);
        round the end. Returns its row."""
        if self.doc.hearing is None:
            return None
        rows = find_turns(self.doc.hearing, self.doc.model.turns, text)
        if not rows:
            self.search.count.setText(self.tr("无结果") if text.strip() else "")
            return None
        index = self.view.currentIndex()
        current = index.row() if index.isValid() else -1
        if step < 0:
            before = [r for r in rows if r < current]
            row = before[-1] if before else rows[-1]
        else:
            after = [r for r in rows if r > current or (step == 0 and r == current)]
            row = after[0] if after else rows[0]
        self.select_row(row)
        self.search.count.setText(f"{rows.index(row) + 1}/{len(rows)}")
        return row

    def _error(self, title: str, exc: Exception) -> None:
        QMessageBox.warning(self.window, title, str(exc))
        self.focus_typing()
