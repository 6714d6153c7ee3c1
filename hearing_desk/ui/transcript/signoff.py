"""Sign-off (核对签字): lock the transcript (its fingerprint is fixed and shown), then
record each person's signature for that version; the lock history and the changes
made between locks are listed. What is counted and how comes from the domain
(``domain.signing``, ``domain.locking``)."""
from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain import Hearing, RecordChange, SignatureStatus, short_fingerprint
from ...domain.locking import lock_intact
from ...domain.signing import Signer, SignerStatus, SignState, sign_status, signature_counts

_STATE_COLORS = {SignState.SIGNED: "#1d6b3a", SignState.REFUSED: "#c62828", SignState.LEFT: "#6b7280",
                 SignState.PENDING: "#a15c00", SignState.NOT_ATTENDED: "#6b7280"}


class SignatureColumn(IntEnum):
    ROLE = 0
    NAME = 1
    ATTENDED = 2
    STATUS = 3
    NOTE = 4


class SignatureModel(QAbstractTableModel):
    """One line per person who signs (a person in two roles once, ``domain.signing``),
    with where the signature stands for the version now locked. The Signer is under
    ``UserRole``."""

    HEADERS = ("身份", "姓名", "出席", "签字", "说明")

    def __init__(self, parent=None):
        super().__init__(parent)
        self.hearing: Hearing | None = None
        self.signers: list[Signer] = []
        self.statuses: list[SignerStatus] = []

    def reset(self, hearing: Hearing | None, signers: list[Signer]) -> None:
        self.beginResetModel()
        self.hearing, self.signers = hearing, list(signers)
        self.statuses = [sign_status(hearing, s) for s in self.signers] if hearing is not None else []
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.signers)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(SignatureColumn)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(SignatureColumn):
            return self.tr(self.HEADERS[section])
        return None

    def state_word(self, state: SignState) -> str:
        return {SignState.PENDING: self.tr("待签字"), SignState.SIGNED: self.tr("已签字"),
                SignState.REFUSED: self.tr("拒绝签字"), SignState.LEFT: self.tr("离场未签"),
                SignState.NOT_ATTENDED: self.tr("未出席")}[state]

    def recorded_word(self, status: SignatureStatus) -> str:
        return {SignatureStatus.PENDING: self.tr("待签字"), SignatureStatus.SIGNED: self.tr("已签字"),
                SignatureStatus.REFUSED: self.tr("拒绝签字"), SignatureStatus.ABSENT: self.tr("离场未签")}[status]

    def _note(self, status: SignerStatus) -> str:
        if status.conflict:
            return self.tr("记为未到，却登记有“{0}”：请更正签到或签字记录").format(
                self.recorded_word(status.old.status))
        if status.state is SignState.NOT_ATTENDED:
            return self.tr("签到记为未到，不签字")
        if status.old is not None:
            if status.old.lock is None:
                return self.tr("“{0}”属于未注明版本的笔录，须就现版本重新签字").format(
                    self.recorded_word(status.old.status))
            return self.tr("“{0}”属于第 {1} 次锁定的旧版本，须就现版本重新签字").format(
                self.recorded_word(status.old.status), status.old.lock)
        return status.note or ""

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.signers):
            return None
        signer = self.signers[index.row()]
        status = self.statuses[index.row()]
        column = SignatureColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            if column is SignatureColumn.ROLE:
                seq = signer.person.seq
                return f"{signer.label} {seq}号" if seq is not None and len(signer.labels) == 1 else signer.label
            if column is SignatureColumn.NAME:
                return signer.name
            if column is SignatureColumn.ATTENDED:
                return {True: self.tr("已到"), False: self.tr("未到")}.get(signer.attended, self.tr("未核对"))
            if column is SignatureColumn.STATUS:
                return self.state_word(status.state)
            if column is SignatureColumn.NOTE:
                return self._note(status)
        elif role == Qt.ItemDataRole.ForegroundRole:
            if column is SignatureColumn.STATUS:
                return QColor(_STATE_COLORS[status.state])
            if column is SignatureColumn.NOTE and (status.old is not None or status.conflict):
                return QColor("#a15c00")
            if column is SignatureColumn.ATTENDED and signer.attended is not True:
                return QColor("#6b7280")
        elif role == Qt.ItemDataRole.ToolTipRole and column is SignatureColumn.NOTE:
            return self._note(status) or None
        elif role == Qt.ItemDataRole.UserRole:
            return signer
        return None


class ChangeColumn(IntEnum):
    WHEN = 0
    LOCK = 1
    WHAT = 2
    BEFORE = 3
    AFTER = 4


class ChangeLogModel(QAbstractTableModel):
    """Changes of the printed record made after a lock; the RecordChange is under ``UserRole``."""

    HEADERS = ("时间", "锁定", "项目", "修改前", "修改后")

    def __init__(self, parent=None):
        super().__init__(parent)
        self.changes: list[RecordChange] = []

    def reset(self, changes: list[RecordChange]) -> None:
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
            if column is ChangeColumn.LOCK:
                return self.tr("第 {0} 次后").format(c.lock)
            if column is ChangeColumn.WHAT:
                return c.what
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
    #: a turn of the change log was double-clicked (its seq)
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
        self.lock_button.setToolTip(self.tr("固定笔录内容并计算指纹，之后才能打印供签字、登记签字（Ctrl+Shift+L）"))
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
                             (SignatureStatus.ABSENT, self.tr("离场未签")),
                             (SignatureStatus.PENDING, self.tr("待签字"))):
            b = QPushButton(text)
            b.clicked.connect(lambda _=False, s=status: self.signature_requested.emit(s))
            self.sign_buttons[status] = b
            row.addWidget(b)
        self.sign_buttons[SignatureStatus.ABSENT].setToolTip(
            self.tr("到会但签字时已离场；没有到会的人在“签到”中记为未到，不在此登记"))
        row.addStretch(1)
        sign_layout = QVBoxLayout(sign_box)
        sign_layout.addWidget(self.summary)
        sign_layout.addWidget(self.table, 1)
        sign_layout.addLayout(row)

        self.log_box = QGroupBox(self.tr("锁定与修改记录"))
        self.history = QLabel()
        self.history.setWordWrap(True)
        self.history.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
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
        log_layout.addWidget(self.history)
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
        self.log_table.doubleClicked.connect(self._change_clicked)
        self._locked = False
        self._hearing: Hearing | None = None

    def _change_clicked(self, index) -> None:
        seq = self.change_log.changes[index.row()].turn_seq
        if seq is not None:
            self.turn_requested.emit(seq)

    def show_hearing(self, hearing: Hearing | None, signers: list[Signer]) -> None:
        selected = self.selected_signer()
        self.signatures.reset(hearing, signers)
        self.show_lock(hearing)
        self.show_counts()
        if selected is not None:
            self.select_person(selected.id)

    def show_lock(self, hearing: Hearing | None) -> None:
        self._hearing = hearing
        lock = hearing.current_lock if hearing else None
        last = hearing.last_lock if hearing else None
        self._locked = lock is not None
        if lock is not None:
            when = lock.locked_at.strftime("%Y-%m-%d %H:%M") if lock.locked_at else self.tr("（时间不详）")
            if lock_intact(hearing):
                self.state.setText(self.tr("笔录已于 {0} 锁定（第 {1} 次锁定）。打印或导出的笔录每页都印有下面的指纹，"
                                           "签字人据此核对。").format(when, lock.number))
            else:
                self.state.setText(self.tr("笔录已锁定（第 {0} 次），但内容与锁定时的指纹不符：只能打印草稿。"
                                           "请解锁后重新锁定。").format(lock.number))
            self.fingerprint.setText(short_fingerprint(lock.fingerprint))
            self.fingerprint.setToolTip(self.tr("完整指纹（SHA-256）：{0}").format(lock.fingerprint))
        elif last is not None:
            self.state.setText(self.tr("笔录第 {0} 次锁定后已解锁修改（修改都记录在下方）。已登记的签字属于旧版本；"
                                       "请在修改完成后重新锁定，重新打印，重新签字。").format(last.number))
            self.fingerprint.setText(self.tr("上次：{0}").format(short_fingerprint(last.fingerprint)))
            self.fingerprint.setToolTip(last.fingerprint)
        else:
            self.state.setText(self.tr("笔录尚未锁定，导出的是草稿。记录完成后先锁定笔录，再打印、登记签字。"))
            self.fingerprint.setText("")
            self.fingerprint.setToolTip("")
        self.lock_button.setEnabled(hearing is not None and lock is None)
        self.unlock_button.setEnabled(lock is not None)
        self.export_button.setEnabled(hearing is not None)
        self.export_button.setText(self.tr("导出笔录 PDF（供签字）…") if lock is not None
                                   else self.tr("导出草稿 PDF…"))
        changes = hearing.changes if hearing else []
        self.change_log.reset(changes)
        self.history.setText(self._history_text(hearing))
        self.history.setVisible(bool(hearing and hearing.locks))
        self.log_box.setTitle(self.tr("锁定与修改记录（锁定 {0} 次，修改 {1} 处）").format(
            len(hearing.locks) if hearing else 0, len(changes)))
        self.log_empty.setVisible(not changes)
        self.log_table.setVisible(bool(changes))
        self._layout.setStretchFactor(self.log_box, 2 if changes else 0)
        self._update_buttons()

    def _history_text(self, hearing: Hearing | None) -> str:
        if hearing is None:
            return ""
        lines = []
        for k in hearing.locks:
            when = k.locked_at.strftime("%m-%d %H:%M") if k.locked_at else "?"
            line = self.tr("第 {0} 次锁定 {1}，指纹 {2}").format(k.number, when, short_fingerprint(k.fingerprint))
            if k.unlocked_at is not None:
                line += self.tr("，{0} 解锁").format(k.unlocked_at.strftime("%m-%d %H:%M"))
            elif k is hearing.current_lock:
                line += self.tr("（现行）")
            lines.append(line)
        return "\n".join(lines)

    def show_counts(self) -> None:
        hearing = self._hearing
        c = signature_counts(hearing) if hearing is not None else None
        if c is None:
            self.summary.setText("")
            return
        text = self.tr("应签 {0} 人：已签字 {1}，拒绝签字 {2}，离场未签 {3}，待签字 {4}").format(
            c.expected, c.signed, c.refused, c.left, c.pending)
        if c.not_attended:
            text += self.tr("；未出席 {0} 人不签字").format(c.not_attended)
        if c.old:
            text += self.tr("；其中 {0} 人的签字属于旧版本，须重新签字").format(c.old)
        if not self._locked:
            text += self.tr("。锁定笔录后才能登记签字。")
        self.summary.setText(text)

    def selected_signer(self) -> Signer | None:
        rows = self.table.selectionModel().selectedRows()
        return self.signatures.signers[rows[0].row()] if rows else None

    def selected_person(self) -> Signer | None:
        return self.selected_signer()

    def select_person(self, person_id: str) -> None:
        for row, signer in enumerate(self.signatures.signers):
            if person_id in signer.ids:
                self.table.selectRow(row)
                return

    def _update_buttons(self, *_) -> None:
        enabled = self._locked and self.selected_signer() is not None
        for b in self.sign_buttons.values():
            b.setEnabled(enabled)
