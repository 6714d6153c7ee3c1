"""The list of recorded turns: a QTableView showing the text column, drawn by
:class:`TurnDelegate`, with row heights that this view sets itself.

Why a table: a QListView with rows of different heights lays out every row
again when one is added (3,000 delegate calls, half a second, on each Enter);
a table keeps its row heights in its vertical header, so adding a turn costs
one row.

The list never takes the keyboard: a click selects a turn and the keys stay in the
typing box (a stray Delete or letter never reaches the list). It shows the latest
turn when a hearing is opened and while the recorder has not scrolled away, however
the row heights settle as rows are drawn.
"""
from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from .delegate import TurnDelegate
from .model import Column, TurnTableModel


class TurnView(QTableView):
    """Shows a :class:`TurnTableModel` given with :meth:`show_turns`."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._appended = False          # (set first: Qt calls doItemsLayout while building)
        self._dirty = False
        self.delegate = TurnDelegate(self)
        self.setItemDelegateForColumn(Column.TEXT, self.delegate)
        self.horizontalHeader().hide()
        self.horizontalHeader().setStretchLastSection(True)
        header = self.verticalHeader()
        header.hide()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setMinimumSectionSize(10)
        self.setShowGrid(False)
        self.setWordWrap(True)
        self.setTabKeyNavigation(False)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)   # a constant width
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._follow = True             # keep the latest turn in view
        bar = self.verticalScrollBar()
        bar.rangeChanged.connect(self._range_changed)
        bar.valueChanged.connect(self._value_changed)
        font = self.font()
        font.setPointSizeF(max(font.pointSizeF(), 10.5) + 1)
        self.setFont(font)
        self._width = 0
        self._pending: dict[int, int] = {}
        self._apply = QTimer(self)
        self._apply.setSingleShot(True)
        self._apply.setInterval(0)
        self._apply.timeout.connect(self._apply_heights)
        self._refit = QTimer(self)
        self._refit.setSingleShot(True)
        self._refit.setInterval(80)
        self._refit.timeout.connect(self.size_all)

    def show_turns(self, model: TurnTableModel) -> None:
        self.setModel(model)
        for column in Column:
            self.setColumnHidden(column, column is not Column.TEXT)
        model.modelReset.connect(self._follow_end)
        model.modelReset.connect(self.size_all)
        model.rowsInserted.connect(self._rows_inserted)
        model.dataChanged.connect(lambda top, bottom, *_: self.size_rows(top.row(), bottom.row()))

    # ------------------------------------------------------------ following the latest turn
    def _follow_end(self) -> None:
        self._follow = True
        self.scrollToBottom()

    def _range_changed(self, _minimum: int, maximum: int) -> None:
        if self._follow:
            self.verticalScrollBar().setValue(maximum)

    def _value_changed(self, value: int) -> None:
        self._follow = value >= self.verticalScrollBar().maximum()

    def following(self) -> bool:
        """Is the list kept at the latest turn?"""
        return self._follow

    # ------------------------------------------------------------ heights
    def size_rows(self, first: int, last: int) -> None:
        """Give rows their heights: a few rows (a turn added or changed) exactly, many
        rows (a hearing opened) by estimate, corrected when they are drawn."""
        model, header, width = self.model(), self.verticalHeader(), self.viewport().width()
        exact = last - first < 20
        for row in range(first, last + 1):
            header.resizeSection(row, self.delegate.row_height(model, row, width, exact=exact))

    def _rows_inserted(self, _parent, first: int, last: int) -> None:
        """A turn was added: it gets its exact height at once."""
        if last - first >= 20:
            self.size_rows(first, last)
            return
        self._appended = last == self.model().rowCount() - 1
        self.size_rows(first, last)

    def doItemsLayout(self) -> None:
        """After a turn is appended, only the scroll range changes: the rows on screen
        stay where they are, so the list is not repainted whole (as Qt would do) but
        scrolled to the new turn, which is the only row drawn."""
        if self._appended:
            self._appended = False
            self.updateGeometries()
            bar = self.verticalScrollBar()
            bar.setValue(bar.maximum())
            return
        super().doItemsLayout()

    def size_all(self) -> None:
        """Every row's height for the present width (when the view is hidden, its width
        is not yet known: done when it is shown)."""
        if not self.isVisible():
            self._dirty = True
            return
        self._dirty = False
        self._refit.stop()
        self._width = self.viewport().width()
        self.delegate.clear_cache()
        if self.model().rowCount():
            self.size_rows(0, self.model().rowCount() - 1)

    def fix_height(self, row: int, height: int) -> None:
        """The delegate drew ``row`` and found its exact height (applied after painting)."""
        self._pending[row] = height
        self._apply.start()

    def _apply_heights(self) -> None:
        pending, self._pending = self._pending, {}
        at_bottom = self.verticalScrollBar().value() >= self.verticalScrollBar().maximum()
        header = self.verticalHeader()
        for row, height in pending.items():
            if row < self.model().rowCount() and header.sectionSize(row) != height:
                header.resizeSection(row, height)
        if at_bottom:
            self.scrollToBottom()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self._dirty:
            self.size_all()
        elif self.viewport().width() != self._width:
            self._refit.start()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._dirty:
            self.size_all()
            self.scrollToBottom()

    # ------------------------------------------------------------ selection
    def select_row(self, row: int) -> None:
        """Make ``row`` the current turn and show it in the middle of the list."""
        if not 0 <= row < self.model().rowCount():
            return
        index = self.model().index(row, Column.TEXT)
        self.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
