"""听证会设置: the hearing's fields, people, agenda and procedure, the draft, attendance.

A list of sub-pages on the left and the page on the right (forms/setup_tab.ui). Every
edit is an undo command (``commands.py``) that calls the setup's services; the command
says what it changed (``Changes``), and the tab shows the stored hearing again on
the pages that show that – at once while it is shown, else when it is shown next.
Changes made elsewhere (another tab, another program's commit reloaded) arrive the
same way, on ``ctx.events.changed``.
"""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from ...domain import Hearing
from ...errors import HearingDeskError, NotFound
from ...services.changes import Changes
from ..autosave import Edit, TypedCellDelegate
from ..generated.ui_setup_tab import Ui_SetupTab
from ..undo import perform
from .agenda_page import AgendaPage
from .attendance_page import AttendancePage
from .basic_page import BasicPage
from .commands import SetupCommand, Unchanged
from .draft_page import DraftPage
from .people_page import PeoplePage
from .widgets import warn

if TYPE_CHECKING:
    from ..context import AppContext

#: the pages, in the order of the list on the left (forms/setup_tab.ui)
PAGES = ("basic", "people", "agenda", "draft", "attendance")


class Page(Protocol):
    #: the ``Changes`` flags of what the page shows: it is shown again when one is touched
    SHOWS: frozenset[str]

    def show_hearing(self, hearing: Hearing | None) -> None: ...

    def commit_pending(self) -> None: ...


class SetupTab(QWidget):
    """The setup tab (contract: ``__init__(ctx, parent)``, ``set_hearing(id)``, ``flush()``)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_SetupTab()
        self.ui.setupUi(self)
        self.ctx = ctx
        self.hearing_id: int | None = None
        self.hearing: Hearing | None = None
        #: what changed while the tab was hidden: shown when it is shown
        self._unseen: Changes | None = None
        #: storing what was typed for the hearing being left: nothing is pushed or shown
        self._switching = False
        #: a table cell being typed in: (edit, target) for the command its setData leads to
        self._typed: tuple[Edit, object] | None = None
        self._typed_done = True

        pages = (BasicPage(self), PeoplePage(self), AgendaPage(self), DraftPage(self), AttendancePage(self))
        for page in pages:
            self.ui.stack.addWidget(page)
        self.pages: dict[str, Page] = dict(zip(PAGES, pages))
        ctx.events.changed.connect(self._on_changed)
        self._show_loaded(False)
        self._fit_nav()

    def _fit_nav(self) -> None:
        """The page list keeps the form's width (the window must fit a 1440 px screen in English
        too); a page name longer than it (English "Agenda and Procedure") wraps instead of being cut."""
        nav = self.ui.nav
        nav.setWordWrap(True)
        nav.setTextElideMode(Qt.TextElideMode.ElideNone)

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
        # opening a hearing changes nothing: only a new hearing gets the default agenda
        # (services/hearings.py: create); an imported one keeps the agenda its file has
        self.hearing_id = hearing_id
        self.hearing = None
        self.reload()

    def show_page(self, name: str) -> None:
        self.ui.nav.setCurrentRow(PAGES.index(name))

    def current_page(self) -> str:
        return PAGES[self.ui.stack.currentIndex()]

    def flush(self) -> None:
        """The window is closing: store what is typed but not yet finished."""
        self.commit_pending()

    def commit_pending(self) -> None:
        """Store what is typed but not yet finished (a field that still has the focus)."""
        if self.hearing is None:
            return
        for page in self.pages.values():
            page.commit_pending()

    # ------------------------------------------------------------ showing
    def reload(self) -> None:
        """Show the stored hearing on every page."""
        self.refresh(Changes.everything(self.hearing_id))

    def refresh(self, changes: Changes) -> None:
        """Show the stored hearing again on the pages that show what ``changes`` touched."""
        self._unseen = None
        pages = [page for page in self.pages.values() if changes.any(*page.SHOWS)]
        if not pages:
            return
        hearing = None
        if self.hearing_id is not None:
            try:
                hearing = self.ctx.hearing_fields.load(self.hearing_id)
            except NotFound:
                self.hearing_id = None
        self.hearing = hearing
        self._show_loaded(hearing is not None)
        for page in pages if hearing is not None else self.pages.values():
            page.show_hearing(hearing)

    def _on_changed(self, changes: Changes) -> None:
        if self._switching or self.hearing_id is None or changes.hearing_id != self.hearing_id:
            return
        if self.isVisible():
            self.refresh(changes if self._unseen is None else self._unseen | changes)
        else:
            self._unseen = changes if self._unseen is None else self._unseen | changes

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._unseen is not None:
            self.refresh(self._unseen)

    def _show_loaded(self, loaded: bool) -> None:
        self.ui.body.setVisible(loaded)
        self.ui.empty.setVisible(not loaded)

    # ------------------------------------------------------------ changes
    def perform(self, command: SetupCommand, *, edit: Edit | None = None, target: object = None) -> bool:
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
            if self._switching:
                command.redo()         # the stack already belongs to the next hearing
                if command.error is not None:
                    raise command.error
            else:
                perform(self.ctx, command)
        except Unchanged:
            return False
        except HearingDeskError as exc:
            if edit is not None and edit.quiet:
                return False
            self.reload()            # put the fields back to what is stored
            warn(self, str(exc))
            return False
        self._typed_done = True
        if self._unseen is not None and not self._switching:
            self.refresh(self._unseen)          # our own change: shown even while hidden
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
