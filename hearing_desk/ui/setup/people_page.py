"""人员: the people of each role, the hearing's role labels, the sign-up sheet import."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QTabBar,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain import CATEGORY_CHOICES, ROLE_ORDER, SELECTION_CHOICES, Hearing, Person, Role, default_agenda
from ...errors import HearingDeskError
from ..autosave import AutoSave, Edit
from ..cleaninput import keep_clean
from .commands import (
    AddPeopleCommand,
    ChangeRoleCommand,
    DeletePeopleCommand,
    EditPersonCommand,
    MovePersonCommand,
    RenumberCommand,
    RoleLabelCommand,
)
from .models import PEOPLE_FIELDS, PeopleColumn, PeopleModel
from .signup_dialog import SignupDialog
from .widgets import confirm, hint_label, warn

#: columns shown for officials, observers and staff (participants show all)
_OTHER_COLUMNS = (PeopleColumn.NAME, PeopleColumn.AFFILIATION, PeopleColumn.DESCRIPTION,
                  PeopleColumn.PHONE, PeopleColumn.EMAIL)


class ComboDelegate(QStyledItemDelegate):
    """An editable combo box with the usual values; free text is allowed."""

    def __init__(self, choices: tuple[str, ...], parent=None):
        super().__init__(parent)
        self.choices = choices

    def createEditor(self, parent, option, index):
        combo = QComboBox(parent)
        combo.setEditable(True)
        combo.addItems(self.choices)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        return combo

    def setEditorData(self, editor: QComboBox, index) -> None:
        editor.setCurrentText(index.data(Qt.ItemDataRole.EditRole) or "")

    def setModelData(self, editor: QComboBox, model, index) -> None:
        model.setData(index, editor.currentText().strip(), Qt.ItemDataRole.EditRole)


class PeoplePage(QWidget):
    def __init__(self, tab, parent: QWidget | None = None):
        super().__init__(parent)
        self.tab = tab
        self.hearing: Hearing | None = None
        self.role = Role.PARTICIPANT

        self.roles = QTabBar()
        self.roles.setExpanding(False)
        self.roles.setDrawBase(True)
        for role in ROLE_ORDER:
            self.roles.addTab(role.usual_label)
        self.roles.currentChanged.connect(self._on_role_row)

        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.label_edit = QLineEdit()
        self.label_edit.setMaximumWidth(220)
        self.label_saver = AutoSave(self.label_edit, self._store_label, edits=tab.ctx.edits,
                                    read=lambda: self.label_edit.text().strip() or None)
        self.label_hint = hint_label("")
        head = QHBoxLayout()
        head.addWidget(self.heading)
        head.addStretch(1)
        head.addWidget(QLabel(self.tr("本听证会的称谓：")))
        head.addWidget(self.label_edit)

        # quick add: type a name (and unit), Enter, next
        self.new_name = QLineEdit()
        self.new_name.setPlaceholderText(self.tr("姓名"))
        self.new_name.setMaximumWidth(160)
        self.new_affiliation = QLineEdit()
        self.new_affiliation.setPlaceholderText(self.tr("工作单位"))
        self.new_description = QLineEdit()
        self.new_description.setPlaceholderText(self.tr("基本情况（如“某公司企业单位代表”）"))
        self.add_button = QPushButton(self.tr("添加"))
        self.add_button.setDefault(False)
        for edit in (self.new_name, self.new_affiliation, self.new_description):
            edit.returnPressed.connect(self.add_person)
            keep_clean(edit)
        self.add_button.clicked.connect(self.add_person)
        add_bar = QHBoxLayout()
        add_bar.addWidget(QLabel(self.tr("新增：")))
        add_bar.addWidget(self.new_name)
        add_bar.addWidget(self.new_affiliation, 1)
        add_bar.addWidget(self.new_description, 1)
        add_bar.addWidget(self.add_button)

        self.model = PeopleModel(self)
        self.model.edit_requested.connect(self._on_edit)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.view.verticalHeader().hide()
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setDefaultSectionSize(28)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        for column, width in ((PeopleColumn.SEQ, 44), (PeopleColumn.SELECTION, 76), (PeopleColumn.NAME, 80),
                              (PeopleColumn.DESCRIPTION, 220), (PeopleColumn.CATEGORY, 96),
                              (PeopleColumn.AFFILIATION, 150), (PeopleColumn.PHONE, 136),
                              (PeopleColumn.ID_NUMBER, 166), (PeopleColumn.EMAIL, 150)):
            header.resizeSection(column, width)
        self.view.setItemDelegate(tab.typed_cell(self.view, lambda index: (
            self.hearing.id if self.hearing else None, self.model.item(index.row()).id, index.column())))
        self.view.setItemDelegateForColumn(PeopleColumn.SELECTION, ComboDelegate(SELECTION_CHOICES, self.view))
        self.view.setItemDelegateForColumn(PeopleColumn.CATEGORY, ComboDelegate(CATEGORY_CHOICES, self.view))
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)

        self.up_button = QPushButton(self.tr("上移"))
        self.down_button = QPushButton(self.tr("下移"))
        self.delete_button = QPushButton(self.tr("删除"))
        self.renumber_button = QPushButton(self.tr("重新编号"))
        self.role_button = QPushButton(self.tr("改为其他角色…"))
        self.role_button.setToolTip(self.tr("所选人员登记错了角色时，改为其他角色（如听证参加人改为听证员）"))
        self.role_button.clicked.connect(lambda: self.change_role())
        self.renumber_button.setToolTip(self.tr("按当前顺序把序号改为 1、2、3……"))
        self.import_button = QPushButton(self.tr("从报名表导入…"))
        self.import_button.setToolTip(self.tr("从 Excel 报名表（.xlsx）导入听证参加人，导入前先预览每一行的问题"))
        self.up_button.clicked.connect(lambda: self.move(-1))
        self.down_button.clicked.connect(lambda: self.move(+1))
        self.delete_button.clicked.connect(self.delete_selected)
        self.renumber_button.clicked.connect(self.renumber)
        self.import_button.clicked.connect(self.import_signup)
        self.view.installEventFilter(self)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        for text, slot in ((self.tr("上移（Alt+↑）"), lambda: self.move(-1)),
                           (self.tr("下移（Alt+↓）"), lambda: self.move(+1)),
                           (self.tr("改为其他角色…"), lambda: self.change_role()),
                           (self.tr("删除（Delete）"), self.delete_selected)):
            action = QAction(text, self.view)
            action.triggered.connect(slot)
            self.view.addAction(action)
        self.up_button.setToolTip(self.tr("上移（Alt+↑）"))
        self.down_button.setToolTip(self.tr("下移（Alt+↓）"))
        self.delete_button.setToolTip(self.tr("删除所选人员（Delete）"))
        buttons = QHBoxLayout()
        for b in (self.up_button, self.down_button, self.renumber_button, self.role_button, self.delete_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)

        self.privacy = hint_label(self.tr(
            "淡黄底色的列（联系电话、身份证号、邮箱、地址）是个人信息：只保存在本机数据库中，"
            "不会出现在听证报告、听证笔录或意见汇总表里；身份证号在屏幕上只显示首尾几位。双击单元格可修改。"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(self.roles)
        layout.addSpacing(4)
        layout.addLayout(head)
        layout.addWidget(self.label_hint)
        layout.addLayout(add_bar)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.privacy)
        self.roles.setCurrentIndex(ROLE_ORDER.index(Role.PARTICIPANT))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Delete removes the selected people, Alt+↑ / Alt+↓ move one (while no cell is edited)."""
        if watched is self.view and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            alt = event.modifiers() & Qt.KeyboardModifier.AltModifier
            if event.key() == Qt.Key.Key_Delete and not event.modifiers():
                self.delete_selected()
                return True
            if alt and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                self.move(-1 if event.key() == Qt.Key.Key_Up else +1)
                return True
        return super().eventFilter(watched, event)

    # ------------------------------------------------------------ showing
    def show_hearing(self, hearing: Hearing | None) -> None:
        self.hearing = hearing
        keep = self.selected_ids()
        current = self.current_id()
        if hearing is None:
            self.model.set_items([])
            return
        for i, role in enumerate(ROLE_ORDER):
            count = len(hearing.people_in(role))
            self.roles.setTabText(i, f"{hearing.label(role)}（{count}）" if count else hearing.label(role))
            self.roles.setTabToolTip(i, self.tr("通常称“{0}”").format(role.usual_label))
        self._show_role(keep, current)

    def _on_role_row(self, row: int) -> None:
        if row < 0:
            return
        self.role = ROLE_ORDER[row]
        self._show_role([], None)

    def _show_role(self, keep: list[str], current: str | None) -> None:
        role = self.role
        participants = role is Role.PARTICIPANT
        for column in PeopleColumn:
            self.view.setColumnHidden(column, not participants and column not in _OTHER_COLUMNS)
        self.import_button.setVisible(participants)
        self.renumber_button.setVisible(participants)
        if self.hearing is None:
            return
        people = self.hearing.people_in(role)
        self.model.set_items(people)
        label = self.hearing.label(role)
        self.heading.setText(self.tr("{0}（{1} 人）").format(label, len(people)))
        self.label_saver.show((self.hearing.id, role), self.hearing.role_labels.get(role))
        self.label_edit.setPlaceholderText(role.usual_label)
        self.label_hint.setText(self.tr(
            "通常称“{0}”；本地另有称谓（如“听证代表”“决策发言人”）时填在右上角，报告、笔录、议程都会使用。")
            .format(role.usual_label))
        self.new_name.setPlaceholderText(self.tr("{0}姓名").format(label))
        self._select(keep, current)
        self._update_buttons()

    def _select(self, ids: list[str], current: str | None) -> None:
        sm = self.view.selectionModel()
        sm.clearSelection()
        for pid in ids:
            row = self.model.row_of(pid)
            if row >= 0:
                sm.select(self.model.index(row, 0), QItemSelectionModel.SelectionFlag.Select
                          | QItemSelectionModel.SelectionFlag.Rows)
        if current is not None and (row := self.model.row_of(current)) >= 0 \
                and self.view.currentIndex().row() != row:      # a cell being edited stays open
            sm.setCurrentIndex(self.model.index(row, PeopleColumn.NAME), QItemSelectionModel.SelectionFlag.NoUpdate)

    def selected_ids(self) -> list[str]:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        return [self.model.item(r).id for r in rows if r < self.model.rowCount()]

    def current_id(self) -> str | None:
        index = self.view.currentIndex()
        return self.model.item(index.row()).id if index.isValid() else None

    def _update_buttons(self, *_: Any) -> None:
        n = len(self.selected_ids())
        self.delete_button.setEnabled(n > 0)
        self.up_button.setEnabled(n == 1)
        self.down_button.setEnabled(n == 1)
        self.role_button.setEnabled(n == 1)

    def commit_pending(self) -> None:
        self.commit_label()

    # ------------------------------------------------------------ changes
    def _command(self, cls, *args, **kwargs):
        return cls(self.tab.ctx, self.hearing.id, *args, **kwargs)

    def commit_label(self) -> None:
        self.label_saver.end_session()

    def _store_label(self, target: tuple[int, Role], text: str | None, edit: Edit) -> bool:
        """The role label as typed, for the hearing and role it was typed for. An agenda
        that is still the default follows the new label, in the same undo step."""
        hearing_id, role = target
        hearing = self.hearing if self.hearing is not None and self.hearing.id == hearing_id \
            else self.tab.ctx.hearing_fields.load(hearing_id)
        follows = [a.title for a in hearing.agenda] == [a.title for a in default_agenda(hearing)]
        command = RoleLabelCommand(self.tab.ctx, hearing_id, role, text, follow_agenda=follows)
        done = self.tab.perform(command, edit=edit, target=target)
        if done and (self.tab.hearing is None or self.tab.hearing.role_labels.get(role) != command.stored_label):
            self.tab.reload()        # the tab is hidden: show our own change anyway
        return done

    def add_person(self) -> None:
        if self.hearing is None:
            return
        name = self.new_name.text().strip()
        if not name:
            warn(self, self.tr("请先填写姓名，再点“添加”。"))
            self.new_name.setFocus()
            return
        person = Person(id="", role=self.role, name=name,
                        affiliation=self.new_affiliation.text().strip() or None,
                        description=self.new_description.text().strip() or None)
        command = self._command(AddPeopleCommand, [person],
                                self.tr("添加{0}“{1}”").format(self.hearing.label(self.role), name))
        if self.tab.perform(command):
            for edit in (self.new_name, self.new_affiliation, self.new_description):
                edit.clear()
            self._select([command.added[0].id], command.added[0].id)
            self.new_name.setFocus()

    def delete_selected(self) -> None:
        if self.hearing is None:
            return
        ids = self.selected_ids()
        if not ids:
            return
        names = "、".join(self.hearing.person(pid).name for pid in ids)
        if not confirm(self, self.tr("删除 {0} 人：{1}？\n删除后可用“撤销”恢复。").format(len(ids), names)):
            return
        self.tab.perform(self._command(DeletePeopleCommand, ids, self.tr("删除 {0}").format(names)))

    def move(self, delta: int) -> None:
        ids = self.selected_ids()
        if self.hearing is None or len(ids) != 1:
            return
        person = self.hearing.person(ids[0])
        text = self.tr("上移“{0}”").format(person.name) if delta < 0 else self.tr("下移“{0}”").format(person.name)
        self.tab.perform(self._command(MovePersonCommand, ids[0], delta, text))
        self._select(ids, ids[0])

    def change_role(self, role: Role | None = None) -> bool:
        """The selected person goes to another role (asked for when ``role`` is None)."""
        ids = self.selected_ids()
        if self.hearing is None or len(ids) != 1:
            return False
        person = self.hearing.person(ids[0])
        if role is None:
            choices = [r for r in ROLE_ORDER if r is not person.role]
            labels = [self.hearing.label(r) for r in choices]
            label, ok = QInputDialog.getItem(
                self, self.tr("改为其他角色"), self.tr("把“{0}”（{1}）改为：").format(person.name, self.hearing.label(person.role)),
                labels, 0, False)
            if not ok:
                return False
            role = choices[labels.index(label)]
        done = self.tab.perform(self._command(ChangeRoleCommand, person.id, role, self.tr("把“{0}”改为{1}").format(
            person.name, self.hearing.label(role))))
        if done:
            self.roles.setCurrentIndex(ROLE_ORDER.index(role))
            self._select([person.id], person.id)
        return done

    def renumber(self) -> None:
        if self.hearing is None:
            return
        self.tab.perform(self._command(RenumberCommand, self.role,
                                       self.tr("重新编号{0}").format(self.hearing.label(self.role))))

    def _on_edit(self, person_id: str, field: str, value: Any) -> None:
        if self.hearing is None:
            return
        person = self.hearing.person(person_id)
        column = next(c for c, f in PEOPLE_FIELDS.items() if f == field)
        text = self.tr("修改“{0}”的{1}").format(person.name if person else person_id,
                                              self.model.header(column).split("（")[0])
        self.tab.perform(self._command(EditPersonCommand, person_id, {field: value}, text))

    def import_signup(self) -> None:
        if self.hearing is None:
            return
        path = SignupDialog.ask_file(self, self.tab.import_folder())
        if not path:
            return
        self.tab.remember_folder(path)
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            sheet = self.tab.ctx.people.read_signup(self.hearing.id, path)
        except HearingDeskError as exc:
            QApplication.restoreOverrideCursor()
            warn(self, str(exc))
            return
        QApplication.restoreOverrideCursor()
        rows = SignupDialog.ask(self, sheet, self.hearing.label(Role.PARTICIPANT))
        if not rows:
            return
        rows = [r for r in rows if r.ok]      # rows with errors are never stored
        command = self._command(AddPeopleCommand, [r.to_person() for r in rows],
                                self.tr("从报名表导入 {0} 人").format(len(rows)), unique_names=True)
        if self.tab.perform(command):
            skipped = len(sheet.rows) - len(rows)
            self.tab.status(self.tr("已从报名表导入 {0} 人{1}。").format(
                len(rows), self.tr("，未导入 {0} 行").format(skipped) if skipped else ""))
            self._select([p.id for p in command.added], command.added[0].id)
