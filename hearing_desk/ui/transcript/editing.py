"""The transcript tab's work on turns already recorded: select, show, correct in
place, change the speaker, delete, make an opinion of, search. Every change is
an undo command on ``ctx.undo_stack``; a locked transcript asks to be unlocked."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu

from ...domain import TurnKind
from ...domain.turns import find_turns
from ...errors import HearingDeskError
from .commands import CorrectTurn, DeleteTurn, MarkOpinion
from .document import STAFF_LABEL
from .model import Column, OpinionsRole, turn_at


class TurnEditing:
    """Mixed into :class:`TranscriptTab` (uses its ``doc``, ``turns``, ``delegate``,
    ``search``, ``ctx``, ``focus_typing``, ``_ask_unlock`` and ``_error``)."""

    def current_turn(self):
        index = self.turns.currentIndex()
        if not index.isValid() and self.doc.model.rowCount():
            index = self.doc.model.index(self.doc.model.rowCount() - 1, Column.TEXT)
        return turn_at(index)

    def _select_row(self, row: int | None) -> None:
        if row is not None and row >= 0:
            self.turns.select_row(row)

    def move_current(self, step: int) -> None:
        count = self.doc.model.rowCount()
        if not count:
            return
        index = self.turns.currentIndex()
        row = (index.row() if index.isValid() else count) + step
        self._select_row(max(0, min(count - 1, row)))

    def show_turn(self, seq: int) -> None:
        """Select and show turn ``seq`` (the opinions tab jumps back here)."""
        row = self.doc.model.row_of(seq)
        if row is None:
            self.ctx.events.status.emit(self.tr("笔录中已没有这一段，它可能已被删除。"))
            return
        self._select_row(row)

    def edit_current(self) -> None:
        turn = self.current_turn()
        if turn is None:
            return
        row = self.doc.model.row_of(turn.seq)
        self._select_row(row)
        self.turns.edit(self.doc.model.index(row, Column.TEXT))

    def correct_text(self, seq: int, text: str) -> None:
        number = self.doc.model.number_of(seq)
        if not text.strip():
            self._error(self.tr("无法修改"), HearingDeskError(
                self.tr("第 {0} 段的内容不能为空；如要去掉这段，请用“删除”。").format(number)))
            return
        self._correct(seq, {"text": text}, self.tr("修改第 {0} 段的文字").format(number))

    def change_speaker(self, seq: int, person_id: str | None, label: str | None,
                       kind: TurnKind | None = None) -> None:
        self._correct(seq, {"speaker": person_id, "speaker_label": label, "kind": kind},
                      self.tr("更改第 {0} 段的发言人").format(self.doc.model.number_of(seq)))

    def _correct(self, seq: int, after: dict, text: str) -> None:
        if self.doc.locked and not self._ask_unlock():
            return
        try:
            before, _ = self.doc.correct(self.hearing_id, seq, **after)
        except HearingDeskError as exc:
            self._error(self.tr("无法修改"), exc)
            return
        old = {k: getattr(before, k) for k in after}
        if old != after:
            self.ctx.undo_stack.push(CorrectTurn(self.doc, self.hearing_id, seq, old, after, text))
        self.focus_typing()

    def delete_turn(self, seq: int | None = None) -> None:
        """Delete turn ``seq`` (default: the current turn); Ctrl+Z brings it back."""
        if seq is None:
            turn = self.current_turn()
            if turn is None:
                return
            seq = turn.seq
        row = self.doc.model.row_of(seq)
        if row is None or (self.doc.locked and not self._ask_unlock()):
            return
        number = row + 1
        try:
            deleted = self.doc.delete(self.hearing_id, seq)
        except HearingDeskError as exc:
            self._error(self.tr("无法删除"), exc)
            return
        self.ctx.undo_stack.push(DeleteTurn(self.doc, self.hearing_id, deleted, number))
        self.ctx.events.status.emit(self.tr("已删除第 {0} 段（Ctrl+Z 撤销）").format(number))
        self._select_row(min(row, self.doc.model.rowCount() - 1))

    def mark_opinion(self) -> None:
        """Ctrl+M: the selected text of the turn being edited, or the selected turn, becomes an opinion."""
        editor, seq, text = self.delegate.editor, None, None
        if editor is not None and editor.textCursor().hasSelection():
            seq = self.delegate.editing_seq
            text = editor.textCursor().selectedText().replace("\u2029", "\n")
        else:
            turn = self.current_turn()
            seq = turn.seq if turn else None
        if seq is None:
            self.ctx.events.status.emit(self.tr("请先在笔录中选中一段发言，再标为意见。"))
            return
        try:
            opinion = self.doc.mark_opinion(self.hearing_id, seq, text)
        except HearingDeskError as exc:
            self._error(self.tr("无法标为意见"), exc)
            return
        self.ctx.undo_stack.push(MarkOpinion(self.doc, self.hearing_id, seq, opinion, text))
        person = self.doc.hearing.person(opinion.speaker)
        articles = self.tr("，涉及{0}").format("、".join(opinion.articles)) if opinion.articles else ""
        self.ctx.events.status.emit(self.tr("已登记为{0}的第 {1} 条意见{2}").format(
            person.name if person else opinion.speaker, opinion.seq, articles))

    def _show_opinions_of(self, seq: int) -> None:
        row = self.doc.model.row_of(seq)
        ids = self.doc.model.data(self.doc.model.index(row, Column.TEXT), OpinionsRole) \
            if row is not None else []
        if ids:
            self.ctx.events.show_opinion.emit(ids[0])

    def _turn_menu(self, pos) -> None:
        index = self.turns.indexAt(pos)
        turn = turn_at(index)
        if turn is None:
            return
        self._select_row(index.row())
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.addAction(self.tr("修改文字\tCtrl+E"), self.edit_current)
        menu.addAction(self.tr("更改发言人…"), lambda: self.open_picker(turn.seq))
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
        menu.addAction(self.tr("删除这一段\tDel"), lambda: self.delete_turn(turn.seq))
        menu.popup(self.turns.viewport().mapToGlobal(pos))

    def eventFilter(self, obj, event) -> bool:
        if obj is self.turns and event.type() == event.Type.KeyPress and self.delegate.editor is None:
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
        cursor = self.typing.textCursor()
        self.search.open_bar(cursor.selectedText() if cursor.hasSelection() else "")

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
        index = self.turns.currentIndex()
        current = index.row() if index.isValid() else -1
        if step < 0:
            before = [r for r in rows if r < current]
            row = before[-1] if before else rows[-1]
        else:
            after = [r for r in rows if r > current or (step == 0 and r == current)]
            row = after[0] if after else rows[0]
        self._select_row(row)
        self.search.count.setText(f"{rows.index(row) + 1}/{len(rows)}")
        return row
