"""The main window: the hearing list and the four tabs."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QMainWindow, QSplitter, QTabWidget

from .context import AppContext

TAB_NAMES = ("setup", "transcript", "opinions", "responses")


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.hearing_id: int | None = None
        self.setWindowTitle(self.tr("Hearing Desk 听证会记录"))
        self.hearing_list = QListWidget()
        self.tabs = QTabWidget()
        from .opinions import OpinionsTab
        from .responses import ResponsesTab
        from .setup import SetupTab
        from .transcript import TranscriptTab
        self.tab_widgets = {
            "setup": SetupTab(ctx), "transcript": TranscriptTab(ctx),
            "opinions": OpinionsTab(ctx), "responses": ResponsesTab(ctx),
        }
        titles = {"setup": self.tr("听证会设置"), "transcript": self.tr("现场笔录"),
                  "opinions": self.tr("意见登记"), "responses": self.tr("意见处理")}
        for name in TAB_NAMES:
            self.tabs.addTab(self.tab_widgets[name], titles[name])
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.hearing_list)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(1, 1)
        self.setCentralWidget(splitter)
        self.hearing_list.itemSelectionChanged.connect(self._on_list_selection)
        self.refresh_list()
        self.resize(1280, 800)

    def refresh_list(self) -> None:
        self.hearing_list.blockSignals(True)
        self.hearing_list.clear()
        for h in self.ctx.hearings.list():
            item = QListWidgetItem(h.title)
            item.setData(Qt.ItemDataRole.UserRole, h.id)
            self.hearing_list.addItem(item)
        self.hearing_list.blockSignals(False)

    def _on_list_selection(self) -> None:
        items = self.hearing_list.selectedItems()
        if items:
            self.open_hearing(items[0].data(Qt.ItemDataRole.UserRole))

    def open_hearing(self, hearing_id: int | None, tab: str | None = None) -> None:
        if hearing_id is None:
            summaries = self.ctx.hearings.list()
            if not summaries:
                return
            hearing_id = summaries[0].id
        self.ctx.hearings.get(hearing_id)   # raises NotFound with a message for the user
        self.hearing_id = hearing_id
        for widget in self.tab_widgets.values():
            widget.set_hearing(hearing_id)
        if tab:
            self.tabs.setCurrentIndex(TAB_NAMES.index(tab))
