"""The sign-up sheet preview: every row with its problems, before anything is stored."""
from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QWidget

from ...domain.signup import FIELD_TITLES, SignupRow, SignupSheet
from ..generated.ui_setup_signup_dialog import Ui_SignupDialog
from .models import DISPLAY, USER, Index, ListTableModel, mask_id_number

ERROR_BACKGROUND = QColor("#fce8e6")
WARNING_BACKGROUND = QColor("#fef7e0")
OK_COLOR = QColor("#1e8e3e")
ERROR_COLOR = QColor("#c5221f")
WARNING_COLOR = QColor("#b06000")


class SignupColumn(IntEnum):
    ROW = 0
    STATUS = 1
    NAME = 2
    AFFILIATION = 3
    DESCRIPTION = 4
    SELECTION = 5
    CATEGORY = 6
    PHONE = 7
    ID_NUMBER = 8
    PROBLEMS = 9


_FIELD_OF = {SignupColumn.NAME: "name", SignupColumn.AFFILIATION: "affiliation",
             SignupColumn.DESCRIPTION: "description", SignupColumn.SELECTION: "selection",
             SignupColumn.CATEGORY: "category", SignupColumn.PHONE: "phone", SignupColumn.ID_NUMBER: "id_number"}


class SignupRowsModel(ListTableModel[SignupRow, SignupColumn]):
    """The rows of the sheet; good rows carry a tick box (ticked: import it)."""

    Column = SignupColumn

    def __init__(self, rows: list[SignupRow], parent=None):
        super().__init__(parent)
        self._items = list(rows)
        self.chosen = {r.row for r in rows if r.ok}

    def key(self, item: SignupRow) -> Any:
        return item.row

    def header(self, column: SignupColumn) -> str:
        return {
            SignupColumn.ROW: self.tr("行号"), SignupColumn.STATUS: self.tr("导入"),
            SignupColumn.NAME: self.tr("姓名"), SignupColumn.AFFILIATION: self.tr("工作单位"),
            SignupColumn.DESCRIPTION: self.tr("基本情况"), SignupColumn.SELECTION: self.tr("产生方式"),
            SignupColumn.CATEGORY: self.tr("类别"), SignupColumn.PHONE: self.tr("联系电话"),
            SignupColumn.ID_NUMBER: self.tr("身份证号"), SignupColumn.PROBLEMS: self.tr("问题"),
        }[column]

    def value(self, r: SignupRow, column: SignupColumn, role: int) -> Any:
        if role == DISPLAY:
            if column == SignupColumn.ROW:
                return str(r.row)
            if column == SignupColumn.STATUS:
                return self.tr("有错误，不导入") if not r.ok else (self.tr("可导入（有提醒）") if r.warnings
                                                              else self.tr("可导入"))
            if column == SignupColumn.PROBLEMS:
                return r.problem_text()
            value = getattr(r, _FIELD_OF[column])
            return mask_id_number(value) if column == SignupColumn.ID_NUMBER and r.ok else (value or "")
        if role == Qt.ItemDataRole.CheckStateRole and column == SignupColumn.STATUS and r.ok:
            return Qt.CheckState.Checked if r.row in self.chosen else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.BackgroundRole:
            if not r.ok:
                return ERROR_BACKGROUND
            if r.warnings and column == SignupColumn.PROBLEMS:
                return WARNING_BACKGROUND
        if role == Qt.ItemDataRole.ForegroundRole and column in (SignupColumn.STATUS, SignupColumn.PROBLEMS):
            return ERROR_COLOR if not r.ok else (WARNING_COLOR if r.warnings else OK_COLOR)
        if role == Qt.ItemDataRole.ToolTipRole and r.problems:
            fields = {p.field for p in r.problems}
            if column == SignupColumn.PROBLEMS or _FIELD_OF.get(column) in fields:
                return "\n".join(p.text for p in r.problems)
        if role == Qt.ItemDataRole.FontRole and _FIELD_OF.get(column) in {p.field for p in r.errors}:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == SignupColumn.STATUS and self._items[index.row()].ok:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or index.column() != SignupColumn.STATUS:
            return False
        r = self._items[index.row()]
        if not r.ok:
            return False
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self.chosen.add(r.row)
        else:
            self.chosen.discard(r.row)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True

    def set_all(self, checked: bool) -> None:
        self.chosen = {r.row for r in self._items if r.ok} if checked else set()
        if self._items:
            col = SignupColumn.STATUS
            self.dataChanged.emit(self.index(0, col), self.index(len(self._items) - 1, col),
                                  [Qt.ItemDataRole.CheckStateRole])

    def chosen_rows(self) -> list[SignupRow]:
        return [r for r in self._items if r.ok and r.row in self.chosen]


class _ProblemFilter(QSortFilterProxyModel):
    only_problems = False

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self.only_problems:
            return True
        return bool(self.sourceModel().index(source_row, 0, source_parent).data(USER).problems)


class SignupDialog(QDialog):
    """The rows of a sheet with their problems; the user ticks what to import (forms/setup_signup_dialog.ui)."""

    def __init__(self, sheet: SignupSheet, participant_label: str = "听证参加人", parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_SignupDialog()
        self.ui.setupUi(self)
        self.sheet = sheet
        self.setWindowTitle(self.tr("导入报名表：{0}").format(sheet.path.name))

        good, bad = len(sheet.good_rows), len(sheet.bad_rows)
        warned = sum(1 for r in sheet.good_rows if r.warnings)
        warned_text = self.tr("（其中 {0} 行有提醒）").format(warned) if warned else ""
        found = "、".join(FIELD_TITLES[f] for f in FIELD_TITLES if f in sheet.columns)
        missing = "、".join(FIELD_TITLES[f] for f in FIELD_TITLES if f not in sheet.columns)
        self.ui.summary.setText(self.tr(
            "工作表“{0}”第 {1} 行是表头，识别到的列：{2}。{3}<br>"
            "共 {4} 行：<b style='color:#1e8e3e'>{5} 行可导入</b>{6}，"
            "<b style='color:#c5221f'>{7} 行有错误，不会导入</b>。请核对后勾选要导入为{8}的行。"
            "在点“导入”之前，不会保存任何内容。").format(
            sheet.sheet, sheet.header_row, found,
            self.tr("未找到的列：{0}。").format(missing) if missing else "",
            len(sheet.rows), good, warned_text, bad, participant_label))

        self.model = SignupRowsModel(sheet.rows, self)
        self.proxy = _ProblemFilter(self)
        self.proxy.setSourceModel(self.model)
        view = self.ui.view
        view.setModel(self.proxy)
        header = view.horizontalHeader()
        for column, width in ((SignupColumn.ROW, 44), (SignupColumn.STATUS, 140), (SignupColumn.NAME, 70),
                              (SignupColumn.AFFILIATION, 130), (SignupColumn.DESCRIPTION, 120),
                              (SignupColumn.SELECTION, 64), (SignupColumn.CATEGORY, 76),
                              (SignupColumn.PHONE, 108), (SignupColumn.ID_NUMBER, 150)):
            header.resizeSection(column, width)
        header.setSectionResizeMode(SignupColumn.PROBLEMS, QHeaderView.ResizeMode.Stretch)
        # the problems are what the clerk reads: wrap them, rows grow to fit
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

        self.ui.only_problems.toggled.connect(self._filter)
        self.ui.all_button.clicked.connect(lambda: self.model.set_all(True))
        self.ui.none_button.clicked.connect(lambda: self.model.set_all(False))
        self.model.dataChanged.connect(self._update_ok)
        self._update_ok()

    def _filter(self, only: bool) -> None:
        self.proxy.only_problems = only
        self.proxy.invalidate()

    def _update_ok(self, *_: Any) -> None:
        n = len(self.model.chosen_rows())
        ok = self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("导入 {0} 人").format(n))
        ok.setEnabled(n > 0)

    def chosen_rows(self) -> list[SignupRow]:
        return self.model.chosen_rows()

    @classmethod
    def ask(cls, parent: QWidget | None, sheet: SignupSheet,
            participant_label: str = "听证参加人") -> list[SignupRow] | None:
        """The rows the user chose to import, or None when cancelled."""
        dialog = cls(sheet, participant_label, parent)
        try:
            return dialog.chosen_rows() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()

    @classmethod
    def ask_file(cls, parent: QWidget | None, folder: str = "") -> str | None:
        from ..file_dialogs import open_file_name
        title = QCoreApplication.translate("SignupDialog", "选择报名表") if parent else "选择报名表"
        return open_file_name(parent, title, folder, "Excel 工作簿 (*.xlsx);;所有文件 (*)")
