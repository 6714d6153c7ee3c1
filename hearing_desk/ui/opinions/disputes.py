"""The disputed questions (争论的主要问题), each linked to the opinions behind it,
and the other notes (其他需要说明的情况) — edited beside the register."""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QMessageBox, QPlainTextEdit,
    QPushButton, QVBoxLayout, QWidget,
)

from ...domain import Dispute, Hearing
from ...services.errors import HearingDeskError
from ...services.opinions import opinion_label
from .commands import SetDisputes, SetOtherNotes, push
from .dialogs import DisputeDialog


class DisputesPanel(QWidget):
    """List of disputed questions; the selected one's linked opinions are listed below it."""

    #: an opinion id the user clicked among the linked opinions
    opinion_clicked = Signal(str)

    def __init__(self, ctx, selected_opinions, parent=None):
        """``selected_opinions()`` gives the ids selected in the register."""
        super().__init__(parent)
        self.ctx = ctx
        self.hearing_id: int | None = None
        self._selected_opinions = selected_opinions
        self._disputes: list[Dispute] = []
        self._hearing: Hearing | None = None
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.itemDoubleClicked.connect(lambda _: self.edit_selected())
        self.list.currentRowChanged.connect(lambda _: self._show_links())
        self.links = QListWidget()
        self.links.setWordWrap(True)
        self.links.setMaximumHeight(120)
        self.links.itemActivated.connect(self._link_activated)
        self.links.itemClicked.connect(self._link_activated)
        self.add_button = QPushButton(self.tr("新增"))
        self.edit_button = QPushButton(self.tr("修改"))
        self.delete_button = QPushButton(self.tr("删除"))
        self.link_button = QPushButton(self.tr("关联所选意见"))
        self.link_button.setToolTip(self.tr("把登记表中选中的意见关联到这个争论问题"))
        self.unlink_button = QPushButton(self.tr("取消关联"))
        self.unlink_button.setToolTip(self.tr("取消下方选中的意见与这个争论问题的关联"))
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.link_button.clicked.connect(self.link_selected)
        self.unlink_button.clicked.connect(self.unlink_selected)
        row1 = QHBoxLayout()
        for b in (self.add_button, self.edit_button, self.delete_button):
            row1.addWidget(b)
        row1.addStretch(1)
        row2 = QHBoxLayout()
        for b in (self.link_button, self.unlink_button):
            row2.addWidget(b)
        row2.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        title = QLabel(self.tr("<b>争论的主要问题</b>"))
        layout.addWidget(title)
        layout.addWidget(self.list, 1)
        layout.addLayout(row1)
        self.links_title = QLabel(self.tr("关联的意见："))
        layout.addWidget(self.links_title)
        layout.addWidget(self.links)
        layout.addLayout(row2)
        self._update_buttons()

    # ------------------------------------------------------------ contents
    def set_contents(self, hearing_id: int | None, hearing: Hearing | None) -> None:
        self.hearing_id = hearing_id
        self._hearing = hearing
        disputes = list(hearing.disputes) if hearing else []
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
        self.list.blockSignals(False)
        if disputes:
            self.list.setCurrentRow(min(max(row, 0), len(disputes) - 1))
        self._show_links()

    def disputes(self) -> list[Dispute]:
        return [Dispute(d.text, list(d.opinion_ids)) for d in self._disputes]

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
        self.add_button.setEnabled(self.hearing_id is not None)

    def _link_activated(self, item: QListWidgetItem) -> None:
        self.opinion_clicked.emit(item.data(Qt.ItemDataRole.UserRole))

    # ------------------------------------------------------------ edits
    def _apply(self, disputes: list[Dispute], text: str) -> bool:
        try:
            push(self.ctx, SetDisputes(self.ctx, self.hearing_id, disputes, text))
        except HearingDeskError as exc:
            QMessageBox.warning(self, self.tr("无法保存争论的主要问题"), str(exc))
            return False
        return True

    def add(self) -> None:
        if self.hearing_id is None:
            return
        text = DisputeDialog.ask(self)
        if text:
            disputes = self.disputes() + [Dispute(text, list(self._selected_opinions()))]
            if self._apply(disputes, self.tr("新增争论的主要问题")):
                self.list.setCurrentRow(len(disputes) - 1)

    def edit_selected(self) -> None:
        i = self.list.currentRow()
        if not 0 <= i < len(self._disputes):
            return
        text = DisputeDialog.ask(self, self._disputes[i].text)
        if text and text != self._disputes[i].text:
            disputes = self.disputes()
            disputes[i].text = text
            self._apply(disputes, self.tr("修改争论的主要问题"))

    def delete_selected(self) -> None:
        i = self.list.currentRow()
        if not 0 <= i < len(self._disputes):
            return
        disputes = self.disputes()
        del disputes[i]
        self._apply(disputes, self.tr("删除争论的主要问题"))

    def link_selected(self) -> None:
        i = self.list.currentRow()
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
        item = self.links.currentItem()
        if not 0 <= i < len(self._disputes) or item is None:
            return
        disputes = self.disputes()
        disputes[i].opinion_ids.remove(item.data(Qt.ItemDataRole.UserRole))
        self._apply(disputes, self.tr("取消关联"))


class OtherNotesEditor(QWidget):
    """其他需要说明的情况: stored a second after typing stops (and when focus leaves)."""

    DELAY_MS = 1000

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.hearing_id: int | None = None
        self._stored: str = ""
        self.editor = QPlainTextEdit()
        self.editor.setPlaceholderText(self.tr("如：听证会中所有听证参加人提出的意见和建议，均已由听证陈述人作出分析和处理建议……"))
        self._timer = QTimer(self, singleShot=True, interval=self.DELAY_MS)
        self._timer.timeout.connect(self.commit)
        self.editor.textChanged.connect(self._changed)
        self.editor.installEventFilter(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("<b>其他需要说明的情况</b>")))
        layout.addWidget(self.editor)

    def set_contents(self, hearing_id: int | None, text: str | None) -> None:
        self.hearing_id = hearing_id
        text = text or ""
        self._stored = text
        if self.editor.toPlainText() != text and not self._timer.isActive():
            self.editor.blockSignals(True)
            self.editor.setPlainText(text)
            self.editor.blockSignals(False)
        self.editor.setEnabled(hearing_id is not None)

    def _changed(self) -> None:
        self._timer.start()

    def eventFilter(self, obj, event):
        from PySide6.QtCore import QEvent
        if obj is self.editor and event.type() == QEvent.Type.FocusOut and self._timer.isActive():
            self.commit()
        return False

    def commit(self) -> None:
        self._timer.stop()
        text = self.editor.toPlainText().strip()
        if self.hearing_id is None or text == (self._stored or "").strip():
            return
        self._stored = text
        try:
            push(self.ctx, SetOtherNotes(self.ctx, self.hearing_id, text))
        except HearingDeskError as exc:
            QMessageBox.warning(self, self.tr("无法保存"), str(exc))
