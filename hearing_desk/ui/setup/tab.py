"""听证会设置: the hearing's fields, people, agenda and procedure, the draft, attendance.

A list of sub-pages on the left and the page on the right. Every edit goes
through an undo command on ``ctx.undo_stack`` that calls the setup's services; the
tab then reloads from the database (lazily when another tab changed things).
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain import Hearing
from ...errors import HearingDeskError, NotFound
from ..autosave import Edit, TypedCellDelegate
from ..stale import ReloadsWhenShown
from .commands import SetupCommand, Unchanged
from .widgets import warn

PAGES = ("basic", "people", "agenda", "draft", "attendance")


class SetupTab(ReloadsWhenShown, QWidget):
    """The setup tab (contract: ``__init__(ctx, parent)``, ``set_hearing(id)``)."""

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.hearing_id: int | None = None
        self.hearing: Hearing | None = None
        self._stale = False
        self._switching = False
        #: a table cell being typed in: (edit, target) for the command its setData leads to
        self._typed: tuple | None = None
        self._typed_done = True

        from .agenda_page import AgendaPage
        from .attendance_page import AttendancePage
        from .basic_page import BasicPage
        from .draft_page import DraftPage
        from .people_page import PeoplePage

        self.nav = QListWidget()
        self.nav.setObjectName("setupNav")
        self.nav.setFrameShape(QFrame.Shape.NoFrame)
        self.nav.setFixedWidth(132)
        self.nav.setIconSize(QSize(0, 0))
        self.nav.setStyleSheet(
            "#setupNav { background: palette(window); font-size: 11pt; outline: 0; padding: 6px 4px; }"
            "#setupNav::item { padding: 9px 10px; margin: 1px 2px; border-radius: 4px; }"
            "#setupNav::item:selected { background: palette(highlight); color: palette(highlighted-text); }")
        self.stack = QStackedWidget()
        self.pages = {
            "basic": BasicPage(self), "people": PeoplePage(self), "agenda": AgendaPage(self),
            "draft": DraftPage(self), "attendance": AttendancePage(self),
        }
        titles = {"basic": self.tr("基本信息"), "people": self.tr("人员"), "agenda": self.tr("议程与程序"),
                  "draft": self.tr("征求意见稿"), "attendance": self.tr("签到")}
        for name in PAGES:
            QListWidgetItem(titles[name], self.nav)
            self.stack.addWidget(self.pages[name])
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.nav.setCurrentRow(0)

        self.empty = QLabel(self.tr("请在左侧的听证会列表中选择一个听证会，或新建一个听证会。"))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet("color: palette(placeholder-text); font-size: 12pt;")

        body = QWidget()
        row = QHBoxLayout(body)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.nav)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.VLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        row.addWidget(line)
        row.addWidget(self.stack, 1)
        self.body = body

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty)
        layout.addWidget(body)
        ctx.events.hearing_changed.connect(self._on_hearing_changed)
        self._show_loaded(False)

    # ------------------------------------------------------------ the contract
    def set_hearing(self, hearing_id: int | None) -> None:
        """Show another hearing (None: none). Pending edits of the old one are stored first."""
        if hearing_id == self.hearing_id and self.hearing is not None:
            return
        # the main window has already cleared the undo stack: store, but push nothing
        self._switching = True
        try:
            self.commit_pending()
        finally:
            self._switching = False
        self.hearing_id = hearing_id
        self.hearing = None
        if hearing_id is not None:
            try:
                filled = self.ctx.agenda.fill_default_agenda(hearing_id)
            except NotFound:
                filled = False
            if filled:
                self.ctx.events.status.emit(self.tr(
                    "已按《重大行政决策程序暂行条例》第十七条填入默认议程，可在“议程与程序”中修改。"))
                self.ctx.events.hearing_changed.emit(hearing_id)
        self.reload()

    def show_page(self, name: str) -> None:
        self.nav.setCurrentRow(PAGES.index(name))

    def current_page(self) -> str:
        return PAGES[self.stack.currentIndex()]

    # ------------------------------------------------------------ loading
    def reload(self) -> None:
        self._stale = False
        hearing = None
        if self.hearing_id is not None:
            try:
                hearing = self.ctx.hearing_fields.load(self.hearing_id)
            except NotFound:
                self.hearing_id = None
        self.hearing = hearing
        self._show_loaded(hearing is not None)
        for page in self.pages.values():
            page.show_hearing(hearing)

    def _show_loaded(self, loaded: bool) -> None:
        self.body.setVisible(loaded)
        self.empty.setVisible(not loaded)

    def flush(self) -> None:
        """The window is closing: store what is typed but not yet finished."""
        self.commit_pending()

    def commit_pending(self) -> None:
        """Store what is typed but not yet finished (a field that still has the focus)."""
        if self.hearing is None:
            return
        for page in self.pages.values():
            page.commit_pending()

    # ------------------------------------------------------------ changes
    def perform(self, command: SetupCommand, *, edit: Edit | None = None, target=None) -> bool:
        """Make a change and put it on the undo stack; a refusal is shown and nothing is kept.

        ``edit``: the change is a field being typed (``ui/autosave.py``); the commands of
        one edit session merge into one undo step, and a refusal while the user is
        still typing (``edit.quiet``) is not shown yet."""
        if edit is None and self._typed is not None:
            edit, target = self._typed
        if edit is not None:
            command.merging(edit, target)
        self._typed_done = False
        try:
            command.apply()
        except Unchanged:
            return False
        except HearingDeskError as exc:
            if edit is not None and edit.quiet:
                return False
            self.reload()            # put the fields back to what is stored
            warn(self, str(exc))
            return False
        self._typed_done = True
        if self._switching:
            self.ctx.events.hearing_changed.emit(command.hid)
            return True
        self.ctx.undo_stack.push(command)
        if self._stale:              # our own change: show it even while hidden
            self.reload()
        return True

    def typed_cell(self, view, target) -> TypedCellDelegate:
        """The delegate of a table whose cells are stored as they are typed (``target(index)``
        names a cell by the hearing, the row's key and the column)."""
        return TypedCellDelegate(view, self.ctx.edits, target, self._store_cell)

    def _store_cell(self, index, text: str, edit: Edit, target) -> bool:
        """A cell's text as typed, through the model's ``setData`` and the page's command."""
        if self.hearing is None or target[0] != self.hearing.id:
            return False
        self._typed = (edit, target)
        self._typed_done = True
        try:
            index.model().setData(index, text.strip(), Qt.ItemDataRole.EditRole)
        finally:
            self._typed = None
        return self._typed_done

    def import_folder(self) -> str:
        """Where the last sign-up sheet or draft came from (file dialogs start there)."""
        return self.ctx.settings.get("setup/import_folder") or ""

    def remember_folder(self, path: str) -> None:
        self.ctx.settings.set("setup/import_folder", str(Path(path).parent))

    def status(self, text: str) -> None:
        self.ctx.events.status.emit(text)
