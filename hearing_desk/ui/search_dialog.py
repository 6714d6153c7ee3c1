"""在所有听证会中查找: search across every hearing of the database (titles, people,
opinions, answers, transcripts – ``services/search.py``) and counts across hearings
(forms/search_dialog.ui). Not modal: it stays open while the clerk opens hit after
hit; ``open_hit(hearing_id, kind, ref)`` asks the window to open the hearing there."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QTreeWidgetItem, QWidget
from shiboken6 import isValid

from ..domain.search import HitKind, SearchHit
from ..errors import HearingDeskError
from ..services.search import SearchService
from . import background
from .generated.ui_search_dialog import Ui_SearchDialog

HIT = Qt.ItemDataRole.UserRole


class SearchDialog(QDialog):
    open_hit = Signal(int, str, str)        # hearing id, HitKind value, ref

    def __init__(self, search: SearchService, parent: QWidget | None = None):
        super().__init__(parent)
        self.search = search
        self.ui = Ui_SearchDialog()
        self.ui.setupUi(self)
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)
        self.ui.query.returnPressed.connect(self.run)
        self.ui.go.clicked.connect(self.run)
        self.ui.hits.itemActivated.connect(self._activated)
        self.ui.pages.currentChanged.connect(self._page_changed)
        header = self.ui.hits.header()
        header.resizeSection(0, 220)
        header.resizeSection(1, 50)
        header.resizeSection(2, 200)
        self.hits: list[SearchHit] = []
        self.task: background.Task | None = None
        self.again = False

    def start(self, text: str = "") -> None:
        """Show the dialog (raised if already open) with ``text`` searched, if any."""
        self.show()
        self.raise_()
        self.activateWindow()
        self.ui.query.setFocus()
        if text.strip():
            self.ui.query.setText(text)
            self.run()

    def run(self) -> None:
        """Search off the GUI thread (the first search after many changes indexes them:
        about a second per full-day hearing); the answer fills the list."""
        self.ui.pages.setCurrentWidget(self.ui.hits_page)
        self.ui.hits.clear()
        self.hits = []
        if self.task is not None:
            self.again = True
            return
        query = self.ui.query.text()
        self.ui.count.setText(self.tr("正在查找……（有听证会改动过时先更新索引，可能需要一些时间）"))
        self.task = background.run_in_background(self, self.search.search, query, on_done=self._show,
                                                 on_error=self._refused, description="search")
        self.task.finished.connect(self._finished)

    def _finished(self) -> None:
        if not isValid(self):
            return
        self.task = None
        if self.again:
            self.again = False
            self.run()

    def _refused(self, exc: BaseException) -> None:
        if not isValid(self):
            return
        self.ui.count.setText(str(exc) if isinstance(exc, HearingDeskError) else self.tr("查找失败：{0}").format(exc))

    def _show(self, hits: list[SearchHit]) -> None:
        if not isValid(self) or self.again:
            return                       # closed, or the query changed meanwhile: its answer comes next
        self.hits = hits
        for hit in self.hits:
            item = QTreeWidgetItem([hit.hearing_title, kind_label(hit.kind), hit.place, hit.snippet])
            item.setData(0, HIT, hit)
            item.setToolTip(0, hit.hearing_title)
            item.setToolTip(3, hit.snippet)
            self.ui.hits.addTopLevelItem(item)
        hearings = len({h.hearing_id for h in self.hits})
        if self.hits:
            self.ui.count.setText(self.tr("找到 {0} 处，在 {1} 场听证会中。双击一条结果打开该听证会的相应位置。")
                                  .format(len(self.hits), hearings))
            first = self.ui.hits.topLevelItem(0)
            if first is not None:
                self.ui.hits.setCurrentItem(first)
        else:
            self.ui.count.setText(self.tr("没有找到“{0}”。").format(self.ui.query.text().strip()))

    def _activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        hit = item.data(0, HIT)
        if isinstance(hit, SearchHit):
            self.open_hit.emit(hit.hearing_id, str(hit.kind), hit.ref)

    def _page_changed(self, _index: int) -> None:
        if self.ui.pages.currentWidget() is self.ui.tally_page:
            self.show_tally()

    def show_tally(self) -> None:
        tally = self.search.tally()
        self.ui.tally.clear()
        for heading, rows in ((self.tr("听证会（按年份）"), tally.hearings_by_year),
                              (self.tr("意见（按处理结果）"), tally.opinions_by_decision),
                              (self.tr("听证参加人（按类别）"), tally.people_by_category),
                              (self.tr("意见（按提出人类别）"), tally.opinions_by_category)):
            group = QTreeWidgetItem([heading, str(sum(n for _, n in rows))])
            for label, n in rows:
                group.addChild(QTreeWidgetItem([label, str(n)]))
            self.ui.tally.addTopLevelItem(group)
            group.setExpanded(True)
        self.ui.tally.resizeColumnToContents(0)


def kind_label(kind: HitKind) -> str:
    from PySide6.QtCore import QCoreApplication
    translate = QCoreApplication.translate
    return {HitKind.TITLE: translate("search", "听证会"), HitKind.PERSON: translate("search", "人员"),
            HitKind.OPINION: translate("search", "意见"), HitKind.ANSWER: translate("search", "答复"),
            HitKind.TRANSCRIPT: translate("search", "笔录")}[kind]
