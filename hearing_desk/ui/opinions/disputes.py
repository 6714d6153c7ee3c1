"""The disputed questions (争论的主要问题), each linked to the opinions behind it,
and the other notes (其他需要说明的情况) — edited beside the register, in place:
what is typed is stored as it is typed (``ui/autosave.py``)."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QListWidgetItem, QMessageBox, QWidget

from ...domain import Dispute, Hearing
from ...domain.register import opinion_label
from ...errors import HearingDeskError
from ..autosave import AutoSave, Edit
from ..generated.ui_disputes_panel import Ui_DisputesPanel
from ..generated.ui_other_notes import Ui_OtherNotesEditor
from ..undo import perform
from .commands import SetDisputes, SetOtherNotes


class DisputesPanel(QWidget):
    """List of disputed questions; the selected one's text is edited below the list
    (stored as it is typed) and its linked opinions are listed under it."""

    #: an opinion id the user clicked among the linked opinions
    opinion_clicked = Signal(str)

    def __init__(self, ctx, selected_opinions: Callable[[], list[str]], parent: QWidget | None = None):
        """``selected_opinions()`` gives the ids selected in the register."""
        super().__init__(parent)
        self.ui = Ui_DisputesPanel()
        self.ui.setupUi(self)
        self.ctx = ctx
        self.hearing_id: int | None = None
        self._selected_opinions = selected_opinions
        self._disputes: list[Dispute] = []
        self._hearing: Hearing | None = None
        self._adding: int | None = None           # the row of a new question not stored yet
        self._new_links: list[str] = []
        ui = self.ui
        self.list, self.text, self.links, self.links_title = ui.list, ui.text, ui.links, ui.links_title
        self.add_button, self.edit_button, self.delete_button = ui.add_button, ui.edit_button, ui.delete_button
        self.link_button, self.unlink_button = ui.link_button, ui.unlink_button
        self.text_saver = AutoSave(self.text, self._store_text, edits=ctx.edits,
                                   read=lambda: self.text.toPlainText().strip())
        self.list.itemDoubleClicked.connect(lambda _: self.edit_selected())
        self.list.currentRowChanged.connect(lambda _: self._show_current())
        self.links.itemActivated.connect(self._link_activated)
        self.links.itemClicked.connect(self._link_activated)
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.link_button.clicked.connect(self.link_selected)
        self.unlink_button.clicked.connect(self.unlink_selected)
        self._update_buttons()

    # ------------------------------------------------------------ contents
    def set_contents(self, hearing_id: int | None, hearing: Hearing | None) -> None:
        if hearing_id != self.hearing_id:
            self._adding = None
        self.hearing_id = hearing_id
        self._hearing = hearing
        disputes = list(hearing.disputes) if hearing else []
        if self._adding is not None and self._adding < len(disputes):
            self._adding = None                  # the new question is stored now
        row = self.list.currentRow()
        self._disputes = disputes
        self.list.blockSignals(True)
        self.list.clear()
        for i, d in enumerate(disputes, start=1):
            n = len(d.opinion_ids)
            suffix = self.tr("（关联 {0} 条意见）").format(n) if n else self.tr("（尚未关联意见）")
            item = QListWidgetItem(f"{i}. {d.text}{suffix}")
            item.setData(Qt.ItemDataRole.UserRole, i - 1)
            self.list.addItem(item)
        if self._adding is not None:
            item = QListWidgetItem(self.tr("{0}.（新问题，在下方输入）").format(len(disputes) + 1))
            item.setData(Qt.ItemDataRole.UserRole, len(disputes))
            self.list.addItem(item)
            row = self._adding
        self.list.blockSignals(False)
        if self.list.count():
            self.list.setCurrentRow(min(max(row, 0), self.list.count() - 1))
        self._show_current()

    def disputes(self) -> list[Dispute]:
        return [Dispute(d.text, list(d.opinion_ids)) for d in self._disputes]

    def _show_current(self) -> None:
        i = self.list.currentRow()
        if self.hearing_id is None or not 0 <= i < self.list.count():
            self.text_saver.show(None, "")
        elif i < len(self._disputes):
            self.text_saver.show((self.hearing_id, i), self._disputes[i].text)
        else:
            self.text_saver.show((self.hearing_id, i), "")
        self.text.setEnabled(self.hearing_id is not None and 0 <= i < self.list.count())
        self._show_links()

    def _show_links(self) -> None:
        self.links.clear()
        i = self.list.currentRow()
        if self._hearing is not None and 0 <= i < len(self._disputes):
            people = self._hearing.people_by_id()
            opinions = {o.id: o for o in self._hearing.opinions}
            for oid in self._disputes[i].opinion_ids:
                o = opinions.get(oid)
                text = (opinion_label(o, people) + "：" + " ".join(o.text.split())[:60]) if o else oid
                item = QListWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, oid)
                item.setToolTip(self.tr("单击在登记表中选中这条意见"))
                self.links.addItem(item)
        self._update_buttons()

    def _update_buttons(self) -> None:
        has = 0 <= self.list.currentRow() < len(self._disputes)
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)
        self.link_button.setEnabled(has)
        self.unlink_button.setEnabled(has and self.links.count() > 0)
        self.add_button.setEnabled(self.hearing_id is not None and self._adding is None)

    def _link_activated(self, item: QListWidgetItem) -> None:
        self.opinion_clicked.emit(item.data(Qt.ItemDataRole.UserRole))

    # ------------------------------------------------------------ typing
    def _store_text(self, target: tuple[int, int], text: str, edit: Edit) -> bool:
        """The question as typed, for the hearing and question it was typed for (a new
        question is created by its first store; later stores of the edit merge)."""
        hearing_id, index = target
        current = self.ctx.disputes.disputes(hearing_id)
        creating = index >= len(current)
        if not text:
            if creating:
                return True                      # nothing typed yet: nothing to create
            if not edit.quiet:
                QMessageBox.warning(self, self.tr("无法保存争论的主要问题"),
                                    self.tr("争论的主要问题不能为空；如要去掉这个问题，请点“删除”。"))
            return False
        disputes = [Dispute(d.text, list(d.opinion_ids)) for d in current]
        if creating:
            disputes.append(Dispute(text, list(self._new_links)))
            label, expect = self.tr("新增争论的主要问题"), (len(current), None)
        else:
            disputes[index].text = text
            label, expect = self.tr("修改争论的主要问题"), (index, self.text_saver.stored_value())
        try:
            perform(self.ctx, SetDisputes(self.ctx, hearing_id, disputes, label, expect=expect).merging(edit, target))
        except HearingDeskError as exc:
            if not edit.quiet:
                QMessageBox.warning(self, self.tr("无法保存争论的主要问题"), str(exc))
            return False
        return True

    # ------------------------------------------------------------ edits
    def _apply(self, disputes: list[Dispute], text: str) -> bool:
        if self.hearing_id is None:
            return False
        try:
            perform(self.ctx, SetDisputes(self.ctx, self.hearing_id, disputes, text))
        except HearingDeskError as exc:
            QMessageBox.warning(self, self.tr("无法保存争论的主要问题"), str(exc))
            return False
        return True

    def add(self) -> None:
        """A new question: a row for it, and the editor below takes what is typed."""
        if self.hearing_id is None:
            return
        self.text_saver.end_session()
        self._new_links = list(self._selected_opinions())
        self._adding = len(self._disputes)
        self.set_contents(self.hearing_id, self._hearing)
        self.text.setFocus()

    def edit_selected(self) -> None:
        """The selected question's text, ready to be changed below the list."""
        if not 0 <= self.list.currentRow() < self.list.count():
            return
        self.text.setFocus()
        self.text.moveCursor(QTextCursor.MoveOperation.End)

    def delete_selected(self) -> None:
        i = self.list.currentRow()
        self.text_saver.end_session()
        if not 0 <= i < len(self._disputes):
            return
        disputes = self.disputes()
        del disputes[i]
        self._apply(disputes, self.tr("删除争论的主要问题"))

    def link_selected(self) -> None:
        i = self.list.currentRow()
        self.text_saver.end_session()
        ids = list(self._selected_opinions())
        if not 0 <= i < len(self._disputes):
            return
        if not ids:
            QMessageBox.information(self, self.tr("关联意见"), self.tr("请先在上方登记表中选中要关联的意见。"))
            return
        disputes = self.disputes()
        new = [oid for oid in ids if oid not in disputes[i].opinion_ids]
        if new:
            disputes[i].opinion_ids += new
            self._apply(disputes, self.tr("关联意见与争论问题"))

    def unlink_selected(self) -> None:
        i = self.list.currentRow()
        self.text_saver.end_session()
        item = self.links.currentItem()
        if not 0 <= i < len(self._disputes) or item is None:
            return
        disputes = self.disputes()
        disputes[i].opinion_ids.remove(item.data(Qt.ItemDataRole.UserRole))
        self._apply(disputes, self.tr("取消关联"))

    def flush(self) -> None:
        self.text_saver.end_session()


class OtherNotesEditor(QWidget):
    """其他需要说明的情况: stored as it is typed (``ui/autosave.py``)."""

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_OtherNotesEditor()
        self.ui.setupUi(self)
        self.ctx = ctx
        self.hearing_id: int | None = None
        self.editor = self.ui.editor
        self.saver = AutoSave(self.editor, self._store, edits=ctx.edits,
                              read=lambda: self.editor.toPlainText().strip() or None)

    def set_contents(self, hearing_id: int | None, text: str | None) -> None:
        self.hearing_id = hearing_id
        self.saver.show(hearing_id, text or None)
        self.editor.setEnabled(hearing_id is not None)

    def _store(self, hearing_id: int, text: str | None, edit: Edit) -> bool:
        try:
            perform(self.ctx, SetOtherNotes(self.ctx, hearing_id, text).merging(edit, hearing_id))
        except HearingDeskError as exc:
            if not edit.quiet:
                QMessageBox.warning(self, self.tr("无法保存"), str(exc))
            return False
        return True

    def commit(self) -> None:
        self.saver.end_session()
