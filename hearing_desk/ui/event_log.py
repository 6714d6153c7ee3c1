"""修改记录: a hearing's change log (who changed what, when), newest first, as the
storage wrote it with each change (``services/events.py``). From 文件 → 修改记录… and
from the read-only bar."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QHeaderView, QTableWidgetItem, QWidget

from ..domain.summary import HearingEvent
from .generated.ui_event_log_dialog import Ui_EventLogDialog


def kind_label(kind: str) -> str:
    labels = {
        "hearing": QCoreApplication.translate("EventLogDialog", "听证会信息"),
        "person": QCoreApplication.translate("EventLogDialog", "人员"),
        "opinion": QCoreApplication.translate("EventLogDialog", "意见"),
        "answer": QCoreApplication.translate("EventLogDialog", "答复"),
        "transcript": QCoreApplication.translate("EventLogDialog", "笔录"),
        "record": QCoreApplication.translate("EventLogDialog", "锁定与签字"),
        "recording": QCoreApplication.translate("EventLogDialog", "录音"),
        "lease": QCoreApplication.translate("EventLogDialog", "编辑租约"),
    }
    return labels.get(kind, kind)


def shown_time(at: str) -> str:
    """``2026-12-07T09:30:05+08:00`` → ``2026-12-07 09:30:05`` (the writer's own clock)."""
    return at[:19].replace("T", " ")


class EventLogDialog(QDialog):
    def __init__(self, title: str, events: list[HearingEvent], parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_EventLogDialog()
        self.ui.setupUi(self)
        self.table = self.ui.table
        self.setWindowTitle(self.tr("修改记录 — {0}").format(title))
        people = len({e.who for e in events})
        self.ui.summary.setText(self.tr("“{0}”共有 {1} 条修改记录，来自 {2} 位修改人；最新的在最上面。").format(
            title, len(events), people))
        self.table.setRowCount(len(events))
        for row, e in enumerate(events):
            for column, text in enumerate((shown_time(e.at), e.who, kind_label(e.kind), e.what)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        header = self.table.horizontalHeader()
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

    @classmethod
    def ask(cls, parent: QWidget | None, title: str, events: list[HearingEvent]) -> None:
        """Show the log (modal); tests replace this."""
        cls(title, events, parent).exec()
