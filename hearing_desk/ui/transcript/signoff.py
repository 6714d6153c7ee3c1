"""Sign-off (核对签字): lock the transcript (its fingerprint is fixed and shown),
then record each person's signature; the changes made after the lock are listed."""
from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView, QGroupBox, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableView,
    QVBoxLayout, QWidget,
)

from ...domain import Hearing, Person, SignatureStatus, TurnChange, short_fingerprint

_STATUS_COLORS = {SignatureStatus.SIGNED: "#1d6b3a", SignatureStatus.REFUSED: "#c62828",
                  SignatureStatus.ABSENT: "#6b7280", SignatureStatus.PENDING: "#a15c00"}


class SignatureColumn(IntEnum):
    ROLE = 0
    NAME = 1
    ATTENDED = 2
    STATUS = 3
    NOTE = 4


class SignatureModel(QAbstractTableModel):
    """The people who sign the transcript; the Person is under ``UserRole``."""

    HEADERS = ("身份", "姓名", "出席", "签字", "说明")

    def __init__(self, parent=None):
        super().__init__(parent)
        self.hearing: Hearing | None = None
        self.people: list[Person] = []

    def reset(self, hearing: Hearing | None, people: list[Person]) -> None:
        self.beginResetModel()
        self.hearing, self.people = hearing, list(people)
        self.endResetModel()

    def person_changed(self, person_id: str) -> None:
        for row, p in enumerate(self.people):
            if p.id == person_id:
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(SignatureColumn) - 1))

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.people)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(SignatureColumn)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(SignatureColumn):
            return self.tr(self.HEADERS[section])
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.people):
            return None
        p = self.people[index.row()]
        column = SignatureColumn(index.column())
        status = p.signature.status if p.signature else SignatureStatus.PENDING
        if role == Qt.ItemDataRole.DisplayRole:
            if column is SignatureColumn.ROLE:
                label = self.hearing.label(p.role) if self.hearing else p.role.usual_label
                return f"{label} {p.seq}号" if p.seq is not None else label
            if column is SignatureColumn.NAME:
                return p.name
            if column is SignatureColumn.ATTENDED:
                return self.tr("出席") if p.is_present else self.tr("未出席")
            if column is SignatureColumn.STATUS:
                return status.label
            if column is SignatureColumn.NOTE:
                return (p.signature.note if p.signature else None) or ""
        elif role == Qt.ItemDataRole.ForegroundRole:
            if column is SignatureColumn.STATUS:
                return QColor(_STATUS_COLORS[status])
            if column is SignatureColumn.ATTENDED and not p.is_present:
                return QColor("#6b7280")
        elif role == Qt.ItemDataRole.ToolTipRole and column is SignatureColumn.NOTE and p.signature:
            return p.signature.note
        elif role == Qt.ItemDataRole.UserRole:
            return p
        return None

    def counts(self) -> dict[SignatureStatus, int]:
        out = {s: 0 for s in SignatureStatus}
        for p in self.people:
            out[p.signature.status if p.signature else SignatureStatus.PENDING] += 1
        return out


class ChangeColumn(IntEnum):
    WHEN = 0
    SEQ = 1
    BEFORE = 2
    AFTER = 3


class ChangeLogModel(QAbstractTableModel):
    """Changes made to turns after the first lock; the TurnChange is under ``UserRole``."""

    HEADERS = ("时间", "段", "修改前", "修改后")

    def __init__(self, parent=None):
        super().__init__(parent)
        self.changes: list[TurnChange] = []

    def reset(self, changes: list[TurnChange]) -> None:
        self.beginResetModel()
        self.changes = list(changes)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.changes)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(ChangeColumn)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(ChangeColumn):
            return self.tr(self.HEADERS[section])
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.changes):
            return None
        c = self.changes[index.row()]
        column = ChangeColumn(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column is ChangeColumn.WHEN:
                return c.changed_at.strftime("%m-%d %H:%M:%S")
            if column is ChangeColumn.SEQ:
                return c.turn_seq
            if column is ChangeColumn.BEFORE:
                return c.before or self.tr("（新增）")
            if column is ChangeColumn.AFTER:
                return c.after or self.tr("（删除）")
        elif role == Qt.ItemDataRole.UserRole:
            return c
        return None


class SignOffPanel(QWidget):
    lock_requested = Signal()
    unlock_requested = Signal()
    export_requested = Signal()
    #: SignatureStatus for the selected person
    signature_requested = Signal(object)
    #: a turn of the change log was double-clicked
    turn_requested = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.signatures = SignatureModel(self)
        self.change_log = ChangeLogModel(self)

        lock_box = QGroupBox(self.tr("锁定笔录"))
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.fingerprint = QLabel()
        self.fingerprint.setObjectName("fingerprint")
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fingerprint.setStyleSheet("#fingerprint { font-family: monospace; font-size: 24px; font-weight: bold; }")
        self.lock_button = QPushButton(self.tr("锁定笔录"))
        self.lock_button.setToolTip(self.tr("固定笔录内容并计算指纹，之后才能登记签字（Ctrl+Shift+L）"))
        self.unlock_button = QPushButton(self.tr("解锁修改…"))
        self.export_button = QPushButton(self.tr("导出笔录 PDF…"))
        buttons = QHBoxLayout()
        for b in (self.lock_button, self.unlock_button, self.export_button):
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            buttons.addWidget(b)
        buttons.addStretch(1)
        lock_layout = QVBoxLayout(lock_box)
        lock_layout.addWidget(self.state)
        lock_layout.addWidget(self.fingerprint)
        lock_layout.addLayout(buttons)

        sign_box = QGroupBox(self.tr("签字"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.table = QTableView()
        self.table.setModel(self.signatures)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setToolTip(self.tr("选中一人，再点下面的按钮登记签字情况；双击记为“已签字”"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.sign_buttons: dict[SignatureStatus, QPushButton] = {}
        row = QHBoxLayout()
        for status, text in ((SignatureStatus.SIGNED, self.tr("已签字")),
                             (SignatureStatus.REFUSED, self.tr("拒绝签字…")),
                             (SignatureStatus.ABSENT, self.tr("缺席")),
                             (SignatureStatus.PENDING, self.tr("待签字"))):
            b = QPushButton(text)
            b.clicked.connect(lambda _=False, s=status: self.signature_requested.emit(s))
            self.sign_buttons[status] = b
            row.addWidget(b)
        row.addStretch(1)
        sign_layout = QVBoxLayout(sign_box)
        sign_layout.addWidget(self.summary)
        sign_layout.addWidget(self.table, 1)
        sign_layout.addLayout(row)

        self.log_box = QGroupBox(self.tr("锁定后的修改记录"))
        self.log_table = QTableView()
        self.log_table.setModel(self.change_log)
        self.log_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.log_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.log_table.verticalHeader().hide()
        self.log_table.setWordWrap(True)
        self.log_table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        log_header = self.log_table.horizontalHeader()
        log_header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        log_header.setSectionResizeMode(ChangeColumn.BEFORE, QHeaderView.ResizeMode.Stretch)
        log_header.setSectionResizeMode(ChangeColumn.AFTER, QHeaderView.ResizeMode.Stretch)
        self.log_empty = QLabel(self.tr("锁定后没有修改过笔录。"))
        log_layout = QVBoxLayout(self.log_box)
        log_layout.addWidget(self.log_empty)
        log_layout.addWidget(self.log_table)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(lock_box)
        layout.addWidget(sign_box, 3)
        layout.addWidget(self.log_box, 2)
        self._layout = layout

        self.lock_button.clicked.connect(self.lock_requested)
        self.unlock_button.clicked.connect(self.unlock_requested)
        self.export_button.clicked.connect(self.export_requested)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _: self.signature_requested.emit(SignatureStatus.SIGNED))
        self.log_table.doubleClicked.connect(
            lambda index: self.turn_requested.emit(self.change_log.changes[index.row()].turn_seq))
        self._locked = False

    def show_hearing(self, hearing: Hearing | None, signers: list[Person]) -> None:
        selected = self.selected_person()
        self.signatures.reset(hearing, signers)
        self.show_lock(hearing)
        self.show_counts()
        if selected is not None:
            self.select_person(selected.id)

    def show_lock(self, hearing: Hearing | None) -> None:
        locked = bool(hearing and hearing.transcript_locked_at)
        self._locked = locked
        fingerprint = hearing.transcript_fingerprint if hearing else None
        if locked:
            when = hearing.transcript_locked_at.strftime("%Y-%m-%d %H:%M")
            self.state.setText(self.tr("笔录已于 {0} 锁定。打印或导出的笔录每页都印有下面的指纹，"
                                       "签字人据此核对。").format(when))
            self.fingerprint.setText(short_fingerprint(fingerprint))
        elif fingerprint:
            self.state.setText(self.tr("笔录曾经锁定，已解锁修改（修改都记录在下方）。"
                                       "请在修改完成后重新锁定，并重新打印。"))
            self.fingerprint.setText(self.tr("上次：{0}").format(short_fingerprint(fingerprint)))
        else:
            self.state.setText(self.tr("笔录尚未锁定。记录完成后先锁定笔录，再打印、登记签字。"))
            self.fingerprint.setText("")
        self.lock_button.setEnabled(hearing is not None and not locked)
        self.unlock_button.setEnabled(locked)
        self.export_button.setEnabled(hearing is not None)
        changes = hearing.turn_changes if hearing else []
        self.change_log.reset(changes)
        self.log_box.setTitle(self.tr("锁定后的修改记录（{0} 处）").format(len(changes)))
        self.log_empty.setVisible(not changes)
        self.log_table.setVisible(bool(changes))
        self._layout.setStretchFactor(self.log_box, 2 if changes else 0)
        self._update_buttons()

    def show_counts(self) -> None:
        c = self.signatures.counts()
        total = len(self.signatures.people)
        self.summary.setText(self.tr("应签 {0} 人：已签字 {1}，拒绝签字 {2}，缺席 {3}，待签字 {4}").format(
            total, c[SignatureStatus.SIGNED], c[SignatureStatus.REFUSED], c[SignatureStatus.ABSENT],
            c[SignatureStatus.PENDING]) + ("" if self._locked else self.tr("。锁定笔录后才能登记签字。")))

    def selected_person(self) -> Person | None:
        rows = self.table.selectionModel().selectedRows()
        return self.signatures.people[rows[0].row()] if rows else None

    def select_person(self, person_id: str) -> None:
        for row, p in enumerate(self.signatures.people):
            if p.id == person_id:
                self.table.selectRow(row)
                return

    def _update_buttons(self, *_) -> None:
        enabled = self._locked and self.selected_person() is not None
        for b in self.sign_buttons.values():
            b.setEnabled(enabled)
