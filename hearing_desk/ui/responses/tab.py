"""意见处理: the presenter's tab. Progress is always visible at the top; below it
three pages: answering the opinions, the report (basic information, preview,
export, print) and the procedure checks."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from ...domain import Hearing
from ...errors import NotFound
from ...services.changes import Changes
from ...services.checks import Check
from ...services.responses import progress
from ..checks.panel import ChecksPanel
from ..follow import ChangeFollower
from ..generated.ui_responses_tab import Ui_ResponsesTab
from ..report.view import ReportView
from .answer import AnswerPage

PAGES = ("answer", "report", "checks")
#: what the tab shows: the procedure checks look at everything but the hearing list
SHOWS = tuple(f.name for f in fields(Changes) if f.name not in ("hearing_id", "listing"))


class ResponsesTab(QWidget):
    """The progress above three pages (forms/responses_tab.ui): answering, the report,
    the procedure checks. Follows the changes of its hearing (``ui/follow.py``)."""

    def __init__(self, ctx, parent: QWidget | None = None, today: Callable[[], date] = date.today):
        super().__init__(parent)
        self.ui = Ui_ResponsesTab()
        self.ui.setupUi(self)
        self.ctx = ctx
        self.hearing_id: int | None = None
        self.hearing: Hearing | None = None
        ui = self.ui
        self.progress_label, self.progress_bar, self.next_button, self.pages = \
            ui.progress_label, ui.progress_bar, ui.next_button, ui.pages
        self.next_button.clicked.connect(self.next_unanswered)

        self.answer = AnswerPage(ctx)
        self.report = ReportView(ctx)
        self.checks = ChecksPanel(ctx, today)
        self.checks.navigate.connect(self.go_to_check)
        self.checks.counted.connect(self._checks_counted)
        self.pages.addTab(self.answer, self.tr("逐条答复"))
        self.pages.addTab(self.report, self.tr("听证报告"))
        self.pages.addTab(self.checks, self.tr("程序检查"))
        self.pages.currentChanged.connect(self._page_changed)

        action = QAction(self.tr("下一条未答复"), self)
        action.setShortcuts([QKeySequence(Qt.Key.Key_F8), QKeySequence("Ctrl+J")])
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(self.next_unanswered)
        self.addAction(action)

        self.follower = ChangeFollower(ctx, self, SHOWS, self.refresh, lambda: self.hearing_id)
        ctx.events.answer_opinion.connect(self.answer_opinion)
        self.answer.answered_in_place.connect(self._answered_in_place)
        self._update_progress()

    @property
    def _stale(self) -> bool:
        """Changes made while the tab was hidden wait for it to be shown."""
        return self.follower.pending is not None

    # ================================================================ loading
    def set_hearing(self, hearing_id: int | None) -> None:
        if hearing_id != self.hearing_id:
            self.flush()
        self.hearing_id = hearing_id
        self.reload()

    def reload(self) -> None:
        """Read the hearing whole and show all of it."""
        self.follower.clear()
        self._show(Changes.everything(self.hearing_id))

    def refresh(self, changes: Changes) -> None:
        """Show again what ``changes`` touched (the follower calls this)."""
        if self.answer.storing_quietly:
            return          # an answer being typed: the answering page shows it already
        self._show(changes)

    def _show(self, changes: Changes) -> None:
        hearing = None
        if self.hearing_id is not None:
            try:
                hearing = self.ctx.opinions.load(self.hearing_id)
            except NotFound:
                self.hearing_id = None
        self.hearing = hearing
        # every page takes the one hearing read; each redraws what the changes touch
        self.answer.set_contents(self.hearing_id, hearing, changes)
        self.report.set_contents(self.hearing_id, hearing, changes)
        self.checks.set_hearing(hearing)
        self._update_progress()

    def _answered_in_place(self, _ids: list) -> None:
        """An answer stored while typing: the counts follow; the report is drawn again when shown."""
        self._update_progress()
        self.report.set_contents(self.hearing_id, self.hearing, Changes(self.hearing_id, responses=True))

    def flush(self) -> None:
        """Store what is typed but not yet stored (the main window calls this on close)."""
        self.report.commit_basic_info()
        if self.answer.is_dirty():
            self.answer.save()

    def start_find(self) -> None:
        """Ctrl+F of the main window: search the opinions."""
        self.show_page("answer")
        self.answer.search.setFocus()
        self.answer.search.selectAll()

    # ================================================================ progress
    def _update_progress(self) -> None:
        p = progress(self.hearing.opinions if self.hearing else [])
        self.progress_label.setText(self.tr("已答复 {0} / {1}").format(p.answered, p.total))
        self.progress_bar.setRange(0, max(1, p.total))
        self.progress_bar.setValue(p.answered)
        colour = "#1b7f3b" if p.total and p.done else "#b3261e" if p.total else "#333"
        self.progress_label.setStyleSheet(f"font-size: 13pt; font-weight: bold; color: {colour};")
        self.next_button.setEnabled(p.total > 0)

    def _checks_counted(self, n: int) -> None:
        self.pages.setTabText(2, self.tr("程序检查（{0}）").format(n) if n else self.tr("程序检查 ✔"))

    # ================================================================ navigation
    def show_page(self, name: str) -> None:
        self.pages.setCurrentIndex(PAGES.index(name))

    def current_page(self) -> str:
        return PAGES[self.pages.currentIndex()]

    def _page_changed(self, index: int) -> None:
        if PAGES[index] == "checks":
            self.checks.refresh()

    def next_unanswered(self) -> bool:
        self.show_page("answer")
        moved = self.answer.next_unanswered()
        self.answer.analysis.setFocus()
        return moved

    def answer_opinion(self, opinion_id: str) -> None:
        """``ctx.events.answer_opinion``: show this opinion on the answering page."""
        self.follower.deliver()
        if self.hearing is None:
            self.reload()
        self.show_page("answer")
        if self.answer.go_to(opinion_id):
            self.answer.analysis.setFocus()

    def go_to_check(self, check: Check) -> None:
        """Lead to where a procedure check's problem is fixed."""
        t = check.target
        if t.tab == "responses":
            if t.opinion_id:
                self.ctx.events.answer_opinion.emit(t.opinion_id)
            elif t.field == "report":
                self.show_page("report")
            return
        if t.tab == "opinions" and t.opinion_id:
            self.ctx.events.show_opinion.emit(t.opinion_id)
            return
        window = self.window()
        show_tab = getattr(window, "show_tab", None)
        if callable(show_tab):
            show_tab(t.tab)
            widget = getattr(window, "tab_widgets", {}).get(t.tab)
            focus = getattr(widget, "focus_target", None)
            if callable(focus):
                focus(field=t.field, person_id=t.person_id)
        self.ctx.events.status.emit(check.message_zh)
