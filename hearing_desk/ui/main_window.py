"""The main window (forms/main_window.ui): the hearing list (a dock on the left) and
the four tabs, each built when first shown (ui/tab_pages.py, where the tab contract is).
"""
from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, SignalInstance
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QMessageBox, QPushButton, QWidget
from shiboken6 import isValid

from ..domain import HearingSummary
from ..errors import HearingDeskError, NotFound
from ..services.changes import Changes
from . import background
from .actions import TAB_NAMES, Actions, icon, tab_labels
from .backup.scheduler import BackupScheduler
from .context import AppContext
from .event_log import EventLogDialog
from .external import ExternalChanges
from .generated.ui_main_window import Ui_MainWindow
from .hearing_list import SHOWS as LIST_SHOWS
from .hearing_ops import HearingOperations
from .lease import LeaseKeeper
from .tab_pages import TabPages

if TYPE_CHECKING:
    from .search_dialog import SearchDialog

__all__ = ["TAB_NAMES", "MainWindow"]

log = logging.getLogger(__name__)

# changes arriving within this many ms refresh the list once
REFRESH_DELAY_MS = 250


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.hearing_id: int | None = None
        self._title = ""
        self._search_dialog: SearchDialog | None = None
        self._tabs_closed = False
        self._closing = False
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.stack, self.tabs, self.empty_page = self.ui.stack, self.ui.tabs, self.ui.empty_page
        self.dock, self.hearing_list = self.ui.hearing_list_dock, self.ui.hearing_list
        self.setWindowIcon(icon("hearing-desk"))

        self.window_actions = Actions(self, ctx.undo_stack)
        self.ops = HearingOperations(ctx, self)
        self.backups = BackupScheduler(ctx, self)     # automatic backups (ui/backup)

        # the four tabs by name, each built when first needed
        self.tab_widgets = TabPages(ctx, {name: getattr(self.ui, f"{name}_page") for name in TAB_NAMES})
        titles = tab_labels()
        for number, name in enumerate(TAB_NAMES, start=1):
            index = self.tabs.indexOf(self.tab_widgets.page(name))
            self.tabs.setTabToolTip(index, f"{titles[name]}（Ctrl+{number}）")
        self._bind_button(self.ui.new_button, self.window_actions.new_hearing)
        self._bind_button(self.ui.import_button, self.window_actions.import_hearing)
        font = self.ui.empty_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.ui.empty_label.setFont(font)

        self.hearing_list.set_actions(self.window_actions.list_actions(), self.window_actions.list_context_actions())
        list_toggle = self.dock.toggleViewAction()
        list_toggle.setText(self.tr("显示听证会列表"))
        list_toggle.setStatusTip(self.tr("显示或隐藏左侧的听证会列表"))
        self.window_actions.build_menus(self.menuBar(), list_toggle=list_toggle)
        self.db_label = QLabel(self.tr("数据库：{0}").format(ctx.db.path.name if ctx.db.path else ctx.db.describe()))
        self.db_label.setToolTip(self.tr("所有修改即时存入数据库 {0}").format(ctx.db.describe()))
        self.statusBar().addPermanentWidget(self.db_label)

        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(REFRESH_DELAY_MS)
        self._refresh_timer.timeout.connect(self._refresh_in_background)
        self._refresh_task: background.Task | None = None
        self._refresh_again = False
        self._list_generation = 0       # bumped by every direct refresh: older background results are dropped

        # the command line and other programs change the database too (ui/external.py)
        self.external = ExternalChanges(self)
        # one window edits a hearing; others read it (ui/lease.py)
        self.lease = LeaseKeeper(self)
        # keyboard order: the list, the bar, then the tab bar and the page shown. A tab
        # built later joins the window's focus chain at its end: right after the tab bar
        # (the form creates the tab widget last, the bar's buttons are moved before it)
        QWidget.setTabOrder(self.hearing_list.view, self.external.reload_button)
        QWidget.setTabOrder(self.external.reload_button, self.external.ui.dismiss_button)
        self._connect()
        self.refresh_list()
        self._set_no_hearing()
        self._restore_layout()
        QTimer.singleShot(0, self, self.backups.start)       # the backup on opening, after the first paint
        self.tabs.tabBar().setFocus()       # the window opens with the keys on the tab bar

    # ---------------------------------------------------------------- construction
    @staticmethod
    def _bind_button(button: QPushButton, action: QAction) -> None:
        """A button of the empty page that does what ``action`` does and says so."""
        button.setText(action.text())
        button.setIcon(action.icon())
        button.setToolTip(action.statusTip())
        button.clicked.connect(action.trigger)

    def _connect(self) -> None:
        a, ev = self.window_actions, self.ctx.events
        a.new_hearing.triggered.connect(self.ops.new)
        a.duplicate_hearing.triggered.connect(lambda: self.hearing_id and self.ops.duplicate(self.hearing_id))
        a.delete_hearing.triggered.connect(self._delete_current)
        a.import_hearing.triggered.connect(lambda: self.ops.import_file())
        a.export_hearing.triggered.connect(lambda: self.hearing_id and self.ops.export_file(self.hearing_id))
        a.checkout_hearing.triggered.connect(lambda: self.hearing_id and self.ops.checkout(self.hearing_id))
        a.checkin_hearing.triggered.connect(lambda: self.ops.checkin())
        a.backup_restore.triggered.connect(self.show_backups)
        a.event_log.triggered.connect(self.show_event_log)
        self.lease.ui.log_button.clicked.connect(self.show_event_log)
        a.quit.triggered.connect(self.close)
        a.find.triggered.connect(self._find)
        a.search_all.triggered.connect(lambda: self.search_all())
        self.hearing_list.filter.returnPressed.connect(lambda: self.search_all(self.hearing_list.filter.text()))
        for name, action in a.show_tab.items():
            action.triggered.connect(lambda _checked=False, n=name: self.show_tab(n))
        language = self.ctx.settings.get("ui/language")
        a.language.get(language, a.language["zh_CN"]).setChecked(True)
        a.language_group.triggered.connect(self._choose_language)
        a.document_font.triggered.connect(lambda: self.choose_document_font())
        a.default_font.triggered.connect(self._default_document_font)
        a.about.triggered.connect(self._about)
        a.about_qt.triggered.connect(lambda: QMessageBox.aboutQt(self, self.tr("关于 Qt")))

        self.ops.open_requested.connect(self._open_from_ops)
        self.ops.list_changed.connect(self._after_list_change)
        self.hearing_list.hearing_selected.connect(self._open_from_list)
        self.tabs.currentChanged.connect(self._on_tab_changed)

        # bound methods (not lambdas): disconnected by Qt when the window is destroyed
        ev.show_turn.connect(self._on_show_turn)
        ev.show_opinion.connect(self._on_show_opinion)
        ev.answer_opinion.connect(self._on_answer_opinion)
        ev.status.connect(self._on_status)
        ev.changed.connect(self._on_changed)
        self.ctx.undo_stack.cleanChanged.connect(self._on_clean_changed)

    def _about(self) -> None:
        from .about import show_about  # html and the box: loaded when first asked for

        show_about(self, self.ctx)

    def _on_show_turn(self, seq: int) -> None:
        self._show_for("transcript", self.ctx.events.show_turn, seq)

    def _on_show_opinion(self, opinion_id: str) -> None:
        self._show_for("opinions", self.ctx.events.show_opinion, opinion_id)

    def _on_answer_opinion(self, opinion_id: str) -> None:
        self._show_for("responses", self.ctx.events.answer_opinion, opinion_id)

    def _show_for(self, name: str, signal: SignalInstance, *args) -> None:
        """Show tab ``name`` for an event it handles itself; a tab built by this very
        event was not listening yet, so it is told again (only it has not heard it)."""
        fresh = self.hearing_id is not None and not self.tab_widgets.is_built(name)
        self.show_tab(name)
        if fresh:
            signal.emit(*args)

    def _on_status(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    def _on_changed(self, changes: Changes) -> None:
        if changes.any(*LIST_SHOWS):
            self.refresh_list_soon()

    def refresh_list_soon(self) -> None:
        """Reload the hearing list shortly, in the background (changes arriving together: once)."""
        if not self._closing:
            self._refresh_timer.start()

    def _on_clean_changed(self, clean: bool) -> None:
        self.setWindowModified(not clean)

    # ---------------------------------------------------------------- the hearing list
    def refresh_list(self) -> None:
        """Reload the summaries (where each hearing stands) and the window title."""
        self._refresh_timer.stop()
        self._list_generation += 1
        summaries = self.ctx.hearings.list()
        self.hearing_list.set_summaries(summaries)
        current = next((s for s in summaries if s.id == self.hearing_id), None)
        if current is not None:
            self._title = current.title
        self._update_title()

    def _refresh_in_background(self) -> None:
        """After a change the list shows: the summaries are counted off the GUI thread (a full-day
        hearing takes tens of milliseconds), so typing never waits for the list."""
        if self._closing:
            return
        if self._refresh_task is not None:
            self._refresh_again = True
            return
        generation = self._list_generation

        def done(summaries: list[HearingSummary]) -> None:
            if not isValid(self) or generation != self._list_generation:
                return              # the list was reloaded meanwhile: this result is older
            self.hearing_list.set_summaries(summaries)
            current = next((s for s in summaries if s.id == self.hearing_id), None)
            if current is not None:
                self._title = current.title
            self._update_title()

        def failed(exc: BaseException) -> None:
            log.warning("hearing list not refreshed: %s", exc)

        def finished() -> None:
            if not isValid(self):
                return
            self._refresh_task = None
            if self._refresh_again:
                self._refresh_again = False
                self._refresh_timer.start()

        self._refresh_task = background.run_in_background(
            self, self.ctx.hearings.list, on_done=done, on_error=failed, description="hearing list")
        self._refresh_task.finished.connect(finished)

    def _after_list_change(self) -> None:
        self.refresh_list()
        if self.hearing_id is not None and self.hearing_list.model.row_of(self.hearing_id) < 0:
            # the open hearing was deleted: open the newest one left, or none
            self.hearing_id = None
            self.open_hearing(None)

    def _delete_current(self) -> None:
        if self.hearing_id is not None:
            self.ops.delete(self.hearing_id)

    def _open_from_list(self, hearing_id: int) -> None:
        try:
            self.open_hearing(hearing_id)
        except NotFound as exc:         # deleted meanwhile (by the command line, say)
            self.open_hearing(self.hearing_id)
            self.statusBar().showMessage(str(exc), 8000)

    def _open_from_ops(self, hearing_id: int) -> None:
        self.refresh_list()
        self.open_hearing(hearing_id, "setup")

    # ---------------------------------------------------------------- opening
    def default_hearing(self) -> int | None:
        """The hearing to open when none was asked for: the last one, else the newest."""
        rows = self.hearing_list.model.summaries()
        last = self.ctx.settings.get("window/last_hearing")
        if any(s.id == last for s in rows):
            return last
        return rows[0].id if rows else None

    def open_hearing(self, hearing_id: int | None, tab: str | None = None) -> None:
        """Show ``hearing_id`` (None: the default one) and switch to ``tab``; the tabs
        built so far open it now, the others when they are built.

        Raises :class:`NotFound` (message in Chinese) for an id not in the database.
        """
        if tab is not None and tab not in TAB_NAMES:
            raise ValueError(f"unknown tab {tab!r}; one of {', '.join(TAB_NAMES)}")
        if hearing_id is None:
            hearing_id = self.default_hearing()
            if hearing_id is None:
                self._set_no_hearing()
                return
        if hearing_id != self.hearing_id or self.hearing_list.model.row_of(hearing_id) < 0:
            self.refresh_list()         # the database may have changed under the list
            if self.hearing_list.model.row_of(hearing_id) < 0:
                raise NotFound(self.tr("数据库中没有编号为 {0} 的听证会。").format(hearing_id))
        if hearing_id != self.hearing_id:
            self.ctx.undo_stack.clear()     # undo commands belong to the hearing they were made in
            self.hearing_id = hearing_id
            self.lease.open(hearing_id)
            self._tell_if_lent(hearing_id)
            self.external.watch(hearing_id)
            summary = self.hearing_list.model.summaries()[self.hearing_list.model.row_of(hearing_id)]
            self._title = summary.title
            self.tab_widgets.set_hearing(hearing_id)
            self.ctx.settings.set("window/last_hearing", hearing_id)
        self.hearing_list.select_hearing(hearing_id)
        self.window_actions.set_hearing_open(True)
        if tab is not None:
            self.show_tab(tab)
        self.stack.setCurrentWidget(self.tabs)
        self._on_tab_changed(self.tabs.currentIndex())
        self._update_title()

    def _tell_if_lent(self, hearing_id: int) -> None:
        """A hearing checked out of this archive cannot be changed here until it is back."""
        summary = self.hearing_list.model.summaries()[self.hearing_list.model.row_of(hearing_id)]
        if summary.lent_by:
            self.statusBar().showMessage(self.tr(
                "这场听证会已借出（{0}），交回（checkin）之前在档案库中不能修改。").format(summary.lent_by), 15000)

    def _set_no_hearing(self) -> None:
        self.hearing_id = None
        self.lease.open(None)
        self._title = ""
        self.ctx.undo_stack.clear()
        self.tab_widgets.set_hearing(None)
        self.hearing_list.select_hearing(None)
        self.stack.setCurrentWidget(self.empty_page)
        self.window_actions.set_hearing_open(False)
        self.window_actions.find.setEnabled(False)
        self._update_title()

    def show_tab(self, name: str) -> None:
        if self.hearing_id is None:
            return
        self.tab_widgets[name]             # built before its page is shown
        self.tabs.setCurrentWidget(self.tab_widgets.page(name))

    def current_tab(self) -> str:
        return self.tab_widgets.name_of(self.tabs.currentWidget()) or TAB_NAMES[0]

    def _on_tab_changed(self, index: int) -> None:
        name = self.tab_widgets.name_of(self.tabs.widget(index))
        if name is None:
            return
        self.window_actions.show_tab[name].setChecked(True)
        if self.hearing_id is None:
            self.window_actions.find.setEnabled(False)
            return
        tab = self.tab_widgets[name]        # chosen on the tab bar: built now
        self.window_actions.find.setEnabled(callable(getattr(tab, "start_find", None)))
        self.ctx.settings.set("window/last_tab", name)

    def _find(self) -> None:
        tab = self.tab_widgets.built().get(self.current_tab())
        start = getattr(tab, "start_find", None)
        if callable(start):
            start()

    # ---------------------------------------------------------------- across hearings
    def search_all(self, text: str = "") -> None:
        """在所有听证会中查找 (the Edit menu, Ctrl+Shift+F, Enter in the list's filter box)."""
        if self._search_dialog is None or not isValid(self._search_dialog):
            from .search_dialog import SearchDialog  # built when first asked for

            self._search_dialog = SearchDialog(self.ctx.search, self)
            self._search_dialog.open_hit.connect(self.open_hit)
        self._search_dialog.start(text)

    def open_hit(self, hearing_id: int, kind: str, ref: str) -> None:
        """Open a search hit's hearing at its place: the turn, the opinion, the answer;
        a person or the hearing's own fields on the setup tab."""
        self.flush_tabs()
        try:
            self.open_hearing(hearing_id)
        except NotFound as exc:
            self.statusBar().showMessage(str(exc), 8000)
            return
        events = self.ctx.events
        if kind == "transcript" and ref.isdigit():
            events.show_turn.emit(int(ref))
        elif kind == "opinion":
            events.show_opinion.emit(ref)
        elif kind == "answer":
            events.answer_opinion.emit(ref)
        else:
            self.show_tab("setup")
        self.activateWindow()

    def _update_title(self) -> None:
        if self._title and self.lease.read_only:
            self.setWindowTitle(self.tr("{0}（只读）[*] — Hearing Desk 听证会记录").format(
                self._title.replace("[*]", "[＊]")))
        elif self._title:
            self.setWindowTitle(self.tr("{0}[*] — Hearing Desk 听证会记录").format(self._title.replace("[*]", "[＊]")))
        else:
            self.setWindowTitle(self.tr("Hearing Desk 听证会记录[*]"))
        self.setWindowModified(not self.ctx.undo_stack.isClean())

    # ---------------------------------------------------------------- settings
    def _choose_language(self, action: QAction) -> None:
        code = action.data()
        if code == self.ctx.settings.get("ui/language"):
            return
        self.ctx.settings.set("ui/language", code)
        self.ctx.settings.sync()
        # in both languages: whoever chose it may not read the current one
        QMessageBox.information(self, "语言 / Language",
                                "界面语言将在重新启动 Hearing Desk 后生效。\n"
                                "The new language takes effect when Hearing Desk is started again.")

    def choose_document_font(self, path: str | None = None) -> bool:
        """Settings → 文书字体: a TrueType font file for the PDFs (stored in ``export/font_path``)."""
        settings = self.ctx.settings
        if path is None:
            current = settings.get("export/font_path")
            from .file_dialogs import open_file_name
            path = open_file_name(
                self, self.tr("选择文书字体"), current or "",
                self.tr("TrueType 字体 (*.ttf *.ttc);;所有文件 (*)"))
            if not path:
                return False
        from ..services.documents import check_font
        problem = check_font(path)
        if problem:
            QMessageBox.warning(self, self.tr("文书字体"), self.tr(
                "不能使用这个字体：{0}\n请选择含中文字符的 TrueType 字体（.ttf 或 .ttc），如仿宋、宋体。"
            ).format(problem))
            return False
        settings.set("export/font_path", path)
        settings.sync()
        self.statusBar().showMessage(self.tr("文书字体：{0}（下次导出或预览时生效）").format(path), 8000)
        return True

    def _default_document_font(self) -> None:
        self.ctx.settings.set("export/font_path", "")
        self.ctx.settings.sync()
        self.statusBar().showMessage(self.tr("文书字体：按系统已安装的字体自动选择"), 8000)

    def _restore_layout(self) -> None:
        settings = self.ctx.settings
        geometry = settings.get("window/geometry")
        if geometry.isEmpty() or not self.restoreGeometry(geometry):
            screen = QGuiApplication.primaryScreen()
            available = screen.availableGeometry() if screen else None
            width, height = 1280, 800
            if available is not None and available.width() > 0:
                width, height = min(width, available.width()), min(height, available.height())
            self.resize(width, height)
            self.resizeDocks([self.dock], [300], Qt.Orientation.Horizontal)
        state = settings.get("window/state")
        if not state.isEmpty():
            self.restoreState(state)

    def save_layout(self) -> None:
        settings = self.ctx.settings
        if self.isVisible():        # a hidden window's layout is not the one the user sees
            settings.set("window/geometry", self.saveGeometry())
            settings.set("window/state", self.saveState())
        settings.set("window/last_tab", self.current_tab())
        if self.hearing_id is not None:
            settings.set("window/last_hearing", self.hearing_id)
        settings.sync()

    def flush_tabs(self) -> None:
        """Every tab stores what it holds now (before the hearing is read whole, e.g. to export)."""
        for widget in self.tab_widgets.built().values():
            flush = getattr(widget, "flush", None)
            if callable(flush):
                flush()

    # ---------------------------------------------------------------- backups
    def show_backups(self) -> None:
        """文件 → 备份与恢复…"""
        from .backup.dialog import BackupDialog
        BackupDialog.show_for(self, self.backups)

    def show_event_log(self) -> None:
        """修改记录: who changed the open hearing, what and when."""
        if self.hearing_id is None:
            return
        try:
            events = self.ctx.events_log.events(self.hearing_id)
        except HearingDeskError as exc:
            QMessageBox.warning(self, self.tr("修改记录"), str(exc))
            return
        EventLogDialog.ask(self, self._title, events)

    def replace_database_content(self, change):
        """Run ``change()``, which replaces what the database holds (a restore), with every
        tab detached and everything typed stored first; then show what it holds now."""
        previous = self.hearing_id
        self.flush_tabs()
        self._set_no_hearing()          # tabs store what they hold, then let go of the hearing
        self.flush_tabs()
        background.wait_for_all()
        try:
            return change()
        finally:
            self.refresh_list()
            ids = {s.id for s in self.hearing_list.model.summaries()}
            self.open_hearing(previous if previous in ids else None)

    def _close_tabs(self) -> None:
        """Let every tab store what it holds and stop its threads (once)."""
        if self._tabs_closed:
            return
        self._tabs_closed = True
        titles = tab_labels()
        self.flush_tabs()
        for name, widget in self.tab_widgets.built().items():
            shutdown = getattr(widget, "shutdown", None)
            if callable(shutdown) and shutdown() is False:
                log.error("tab %s could not store everything before closing", name)
                QMessageBox.warning(self, self.tr("退出"), self.tr(
                    "“{0}”中有内容未能存入数据库 {1}（数据库可能被占用或无法写入）。详细情况已写入日志。").format(
                        titles[name], self.ctx.db.describe()))

    def closeEvent(self, event: QCloseEvent) -> None:
        self._closing = True
        self._refresh_timer.stop()
        self.save_layout()
        # hide first: tabs store what they hold when hidden, and must still be able to
        self.hide()
        self._close_tabs()
        if background.running_tasks():
            self.statusBar().showMessage(self.tr("正在等待后台工作完成……"))
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                background.wait_for_all()
            finally:
                QApplication.restoreOverrideCursor()
        self.lease.close()              # everything is stored now: the lease goes back
        self.backups.at_close()         # everything is stored now: the backup on closing
        super().closeEvent(event)
