"""The tab's table models: the committed turns (one row per turn), and on the
sign-off page who signs and the changes made after a lock."""
from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from ...domain import Hearing, RecordChange, SignatureStatus, Turn
from ...domain.signing import Signer, SignerStatus, SignState, sign_status
from ..names import QT_TRANSLATE_NOOP, hearing_role, role_text

UserRole = Qt.ItemDataRole.UserRole
#: opinion ids that refer to the turn (list of str)
OpinionsRole = UserRole + 1
#: True when the turn was changed after a lock (it is in the change annex)
ChangedRole = UserRole + 2


class Column(IntEnum):
    """Only TEXT is shown (the delegate draws the whole turn). It comes first: the other
    rows' first column must not change when a row is removed (Qt's model tester), and
    the printed number (SEQ) does change for every turn after a deleted one."""
    TEXT = 0
    SEQ = 1
    TIME = 2
    SPEAKER = 3
    OPINIONS = 4


_NO_FLAGS = Qt.ItemFlag.NoItemFlags
_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_TEXT_FLAGS = _FLAGS | Qt.ItemFlag.ItemIsEditable
_TEXT_COLUMN = int(Column.TEXT)

_HEADERS = {Column.SEQ: QT_TRANSLATE_NOOP("TurnTableModel", "序号"),
            Column.TIME: QT_TRANSLATE_NOOP("TurnTableModel", "时间"),
            Column.SPEAKER: QT_TRANSLATE_NOOP("TurnTableModel", "发言人"),
            Column.TEXT: QT_TRANSLATE_NOOP("TurnTableModel", "内容"),
            Column.OPINIONS: QT_TRANSLATE_NOOP("TurnTableModel", "意见")}


class TurnTableModel(QAbstractTableModel):
    """Rows are ``hearing.transcript`` (ordered by seq); the Turn is under ``UserRole``."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.hearing: Hearing | None = None
        self.turns: list[Turn] = []
        self._opinions: dict[int, list[str]] = {}
        self._changed: set[int] = set()
        self._labels: dict[tuple, str] = {}
        self._note_word = self.tr("程序记录")
        self._nobody = self.tr("（未选发言人）")

    # ------------------------------------------------------------ Qt API
    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.turns)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(Column):
            return QCoreApplication.translate("TurnTableModel", _HEADERS[Column(section)])
        return None

    def flags(self, index):
        if not index.isValid():
            return _NO_FLAGS
        return _TEXT_FLAGS if index.column() == _TEXT_COLUMN else _FLAGS

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.turns):
            return None
        turn = self.turns[index.row()]
        column = Column(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column is Column.SEQ:
                return self.number(index.row())
            if column is Column.TIME:
                return turn.at.strftime("%H:%M:%S") if turn.at else ""
            if column is Column.SPEAKER:
                return self.speaker_text(turn)
            if column is Column.TEXT:
                return turn.text
            if column is Column.OPINIONS:
                return len(self._opinions.get(turn.seq, ()))
        elif role == Qt.ItemDataRole.ToolTipRole and column is Column.TEXT:
            return f"{self.speaker_text(turn)}：{turn.text}" if not turn.is_note else turn.text
        elif role == UserRole:
            return turn
        elif role == OpinionsRole:
            return list(self._opinions.get(turn.seq, ()))
        elif role == ChangedRole:
            return turn.seq in self._changed
        return None

    def _speaker_of(self, turn: Turn) -> str:
        """The speaker's role (the hearing's name for it, the usual one translated) and name: what
        ``Hearing.speaker_label`` prints, in the window's language. A label stored on the turn is
        the record's own words and is shown as recorded."""
        person = self.hearing.person(turn.speaker) if self.hearing is not None and turn.speaker else None
        if person is None:
            return ""
        return self.tr("{0}（{1}）").format(hearing_role(self.hearing, person.role), person.name)

    def speaker_text(self, turn: Turn) -> str:
        """``听证主持人（杨成）`` (cached per speaker: the list asks for 3,000 rows)."""
        if turn.is_note:
            return self._note_word
        key = (turn.speaker, turn.speaker_label)
        label = self._labels.get(key)
        if label is None:
            label = turn.speaker_label or self._speaker_of(turn) or self._nobody
            self._labels[key] = label
        return label

    def line(self, row: int) -> tuple[str, int]:
        """Row ``row`` as it is drawn (``听证主持人（杨成）：……``, ``〔程序记录〕休会。``)
        and the length of its speaker prefix."""
        turn = self.turns[row]
        prefix = f"〔{self._note_word}〕" if turn.is_note else self.speaker_text(turn) + "："
        return prefix + turn.text, len(prefix)

    def number(self, row: int) -> int:
        """The turn's printed number (``domain.turns``: its place among the committed
        turns, without gaps): the rows are exactly the committed turns in seq order."""
        return row + 1

    def number_of(self, seq: int) -> int | None:
        """The printed number of turn ``seq`` (None when it is not there)."""
        row = self.row_of(seq)
        return None if row is None else row + 1

    def badges(self, row: int) -> tuple[int, bool]:
        """How many opinions refer to row ``row``, and whether it changed after the lock."""
        seq = self.turns[row].seq
        return len(self._opinions.get(seq, ())), seq in self._changed

    # ------------------------------------------------------------ changes
    def reset(self, hearing: Hearing | None) -> None:
        self.beginResetModel()
        self.hearing = hearing
        self.turns = hearing.transcript if hearing is not None else []
        self._labels = {}
        self._index_links()
        self.endResetModel()

    def follow(self, hearing: Hearing) -> None:
        """The same hearing read again: the rows stay (``hearing.transcript`` becomes this
        model's list); labels and links are taken from ``hearing``."""
        hearing.transcript = self.turns
        self.hearing = hearing
        self._labels = {}
        self.refresh_links()

    def relabel(self) -> None:
        """People or what the hearing calls them changed: every row's speaker is drawn anew."""
        self._labels = {}
        if self.turns:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.turns) - 1, len(Column) - 1))

    def sync_turns(self, turns: list[Turn]) -> None:
        """Make the rows equal ``turns`` (ordered by seq) row by row: removed turns leave,
        new ones come in at their place, changed ones are replaced; the rest (and the
        selection on them) stays."""
        wanted = {t.seq for t in turns}
        first = len(self.turns) + len(turns)        # the first row whose printed number changed
        for row in range(len(self.turns) - 1, -1, -1):
            if self.turns[row].seq not in wanted:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self.turns[row]
                self.endRemoveRows()
                first = row
        for turn in turns:
            found = self.row_of(turn.seq)
            if found is None:
                first = min(first, self._insert(turn) + 1)
                continue
            row = found
            if self.turns[row] != turn:
                self.turns[row] = turn
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(Column) - 1))
        self._numbers_changed(first)

    def refresh_links(self) -> None:
        """Opinions or the change log changed: update the badges."""
        before = (self._opinions, self._changed)
        self._index_links()
        touched = {seq for seq in set(before[0]) | set(self._opinions)
                   if before[0].get(seq) != self._opinions.get(seq)} | (before[1] ^ self._changed)
        for seq in touched:
            self._row_changed(seq)

    def _index_links(self) -> None:
        self._opinions = {}
        self._changed = set()
        if self.hearing is None:
            return
        for o in self.hearing.opinions:
            for seq in o.transcript_refs:
                self._opinions.setdefault(seq, []).append(o.id)
        self._changed = {c.turn_seq for c in self.hearing.changes if c.before and c.turn_seq is not None}

    def row_of(self, seq: int) -> int | None:
        """Row of the turn numbered ``seq`` (binary search: rows are ordered by seq)."""
        lo, hi = 0, len(self.turns)
        while lo < hi:
            mid = (lo + hi) // 2
            if self.turns[mid].seq < seq:
                lo = mid + 1
            else:
                hi = mid
        return lo if lo < len(self.turns) and self.turns[lo].seq == seq else None

    def insert_turn(self, turn: Turn) -> int:
        row = self._insert(turn)
        self._numbers_changed(row + 1)
        return row

    def _insert(self, turn: Turn) -> int:
        row = len(self.turns)
        while row > 0 and self.turns[row - 1].seq > turn.seq:
            row -= 1
        self.beginInsertRows(QModelIndex(), row, row)
        self.turns.insert(row, turn)
        self.endInsertRows()
        return row

    def _numbers_changed(self, first: int) -> None:
        """The turns from row ``first`` on have new printed numbers."""
        if first < len(self.turns):
            self.dataChanged.emit(self.index(first, Column.SEQ), self.index(len(self.turns) - 1, Column.SEQ))

    def _row_changed(self, seq: int) -> None:
        row = self.row_of(seq)
        if row is not None:
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(Column) - 1))


def turn_at(index: QModelIndex | QPersistentModelIndex) -> Turn | None:
    return index.data(UserRole) if index.isValid() else None


# ====================================================================== sign-off

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

    HEADERS = (QT_TRANSLATE_NOOP("SignatureModel", "身份"),
               QT_TRANSLATE_NOOP("SignatureModel", "姓名"),
               QT_TRANSLATE_NOOP("SignatureModel", "出席"),
               QT_TRANSLATE_NOOP("SignatureModel", "签字"),
               QT_TRANSLATE_NOOP("SignatureModel", "说明"))

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
            return QCoreApplication.translate(type(self).__name__, self.HEADERS[section])
        return None

    def state_word(self, state: SignState) -> str:
        return {SignState.PENDING: self.tr("待签字"), SignState.SIGNED: self.tr("已签字"),
                SignState.REFUSED: self.tr("拒绝签字"), SignState.LEFT: self.tr("离场未签"),
                SignState.NOT_ATTENDED: self.tr("未出席")}[state]

    def recorded_word(self, status: SignatureStatus) -> str:
        return {SignatureStatus.PENDING: self.tr("待签字"), SignatureStatus.SIGNED: self.tr("已签字"),
                SignatureStatus.REFUSED: self.tr("拒绝签字"), SignatureStatus.ABSENT: self.tr("离场未签")}[status]

    def _note(self, status: SignerStatus) -> str:
        if status.conflict and status.old is not None:
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

    def role_text(self, signer: Signer) -> str:
        """听证主持人、听证员 / 听证参加人 3号, in the window's language (the hearing's own labels as typed)."""
        names = [role_text(p.role, label) for p, label in zip(signer.people, signer.labels)]
        seq = signer.person.seq
        if seq is not None and len(names) == 1:
            return self.tr("{0} {1}号").format(names[0], seq)
        return self.tr("、").join(names)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.signers):
            return None
        signer = self.signers[index.row()]
        status = self.statuses[index.row()]
        column = SignatureColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            if column is SignatureColumn.ROLE:
                return self.role_text(signer)
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

    HEADERS = (QT_TRANSLATE_NOOP("ChangeLogModel", "时间"),
               QT_TRANSLATE_NOOP("ChangeLogModel", "锁定"),
               QT_TRANSLATE_NOOP("ChangeLogModel", "项目"),
               QT_TRANSLATE_NOOP("ChangeLogModel", "修改前"),
               QT_TRANSLATE_NOOP("ChangeLogModel", "修改后"))

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
            return QCoreApplication.translate(type(self).__name__, self.HEADERS[section])
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
