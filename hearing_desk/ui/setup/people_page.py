"""人员: the people of each role, the hearing's role labels, the sign-up sheet import
(forms/setup_people_page.ui)."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QInputDialog, QStyledItemDelegate, QWidget

from ...domain import CATEGORY_CHOICES, ROLE_ORDER, SELECTION_CHOICES, Hearing, Person, Role, default_agenda
from ...domain.signup import SignupSheet
from ...errors import HearingDeskError
from ..autosave import AutoSave, Edit
from ..background import Task, run_in_background, show_error
from ..cleaninput import keep_clean
from ..generated.ui_setup_people_page import Ui_PeoplePage
from ..names import hearing_role, role_text
from .commands import (
    AddPeopleCommand,
    ChangeRoleCommand,
    DeletePeopleCommand,
    EditPersonCommand,
    MovePersonCommand,
    RenumberCommand,
    RoleLabelCommand,
    stored_id,
)
from .models import PEOPLE_FIELDS, PeopleColumn, PeopleModel
from .signup_dialog import SignupDialog
from .widgets import confirm, warn

if TYPE_CHECKING:
    from .tab import SetupTab

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

    def setEditorData(self, editor: QWidget, index) -> None:
        if isinstance(editor, QComboBox):
            editor.setCurrentText(index.data(Qt.ItemDataRole.EditRole) or "")

    def setModelData(self, editor: QWidget, model, index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentText().strip(), Qt.ItemDataRole.EditRole)


class PeoplePage(QWidget):
    """The people of one role at a time (forms/setup_people_page.ui)."""

    #: who takes part, and what the hearing calls each role
    SHOWS = frozenset({"people", "fields"})

    def __init__(self, tab: SetupTab, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_PeoplePage()
        self.ui.setupUi(self)
        self.tab = tab
        self.hearing: Hearing | None = None
        self.role = Role.PARTICIPANT
        ui = self.ui

        for role in ROLE_ORDER:
            ui.roles.addTab(role_text(role))
        ui.roles.currentChanged.connect(self._on_role_row)
        self.label_saver = AutoSave(ui.label_edit, self._store_label, edits=tab.ctx.edits,
                                    read=lambda: ui.label_edit.text().strip() or None)

        # quick add: type a name (and unit), Enter, next
        for edit in (ui.new_name, ui.new_affiliation, ui.new_description):
            edit.returnPressed.connect(self.add_person)
            keep_clean(edit)
        ui.add_button.clicked.connect(self.add_person)

        self.model = PeopleModel(self)
        self.model.edit_requested.connect(self._on_edit)
        view = ui.view
        view.setModel(self.model)
        header = view.horizontalHeader()
        for column, width in ((PeopleColumn.SEQ, 44), (PeopleColumn.SELECTION, 76), (PeopleColumn.NAME, 80),
                              (PeopleColumn.DESCRIPTION, 220), (PeopleColumn.CATEGORY, 96),
                              (PeopleColumn.AFFILIATION, 150), (PeopleColumn.PHONE, 136),
                              (PeopleColumn.ID_NUMBER, 166), (PeopleColumn.EMAIL, 150)):
            header.resizeSection(column, width)
        view.setItemDelegate(tab.typed_cell(view, lambda index: (
            self.hearing.id if self.hearing else None, self.model.item(index.row()).id, index.column())))
        view.setItemDelegateForColumn(PeopleColumn.SELECTION, ComboDelegate(SELECTION_CHOICES, view))
        view.setItemDelegateForColumn(PeopleColumn.CATEGORY, ComboDelegate(CATEGORY_CHOICES, view))
        view.selectionModel().selectionChanged.connect(self._update_buttons)
        view.installEventFilter(self)

        for button, action, slot in ((ui.up_button, ui.move_up_action, lambda: self.move_selected(-1)),
                                     (ui.down_button, ui.move_down_action, lambda: self.move_selected(+1)),
                                     (ui.role_button, ui.change_role_action, lambda: self.change_role()),
                                     (ui.delete_button, ui.delete_action, self.delete_selected)):
            button.clicked.connect(slot)
            action.triggered.connect(slot)
        ui.renumber_button.clicked.connect(self.renumber)
        ui.import_button.clicked.connect(self.import_signup)
        ui.roles.setCurrentIndex(ROLE_ORDER.index(Role.PARTICIPANT))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Delete removes the selected people, Alt+↑ / Alt+↓ move one (while no cell is edited)."""
        if watched is self.ui.view and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            alt = event.modifiers() & Qt.KeyboardModifier.AltModifier
            if event.key() == Qt.Key.Key_Delete and not event.modifiers():
                self.delete_selected()
                return True
            if alt and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                self.move_selected(-1 if event.key() == Qt.Key.Key_Up else +1)
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
            name = hearing_role(hearing, role)
            self.ui.roles.setTabText(i, self.tr("{0}（{1}）").format(name, count) if count else name)
            self.ui.roles.setTabToolTip(i, self.tr("通常称“{0}”").format(role_text(role)))
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
            self.ui.view.setColumnHidden(column, not participants and column not in _OTHER_COLUMNS)
        self.ui.import_button.setVisible(participants)
        self.ui.renumber_button.setVisible(participants)
        if self.hearing is None:
            return
        people = self.hearing.people_in(role)
        self.model.set_items(people)
        label = hearing_role(self.hearing, role)
        self.ui.heading.setText(self.tr("{0}（{1} 人）").format(label, len(people)))
        self.label_saver.show((self.hearing.id, role), self.hearing.role_labels.get(role))
        self.ui.label_edit.setPlaceholderText(role_text(role))
        self.ui.label_hint.setText(self.tr(
            "通常称“{0}”；本地另有称谓（如“听证代表”“决策发言人”）时填在右上角，报告、笔录、议程都会使用。")
            .format(role_text(role)))
        self.ui.new_name.setPlaceholderText(self.tr("{0}姓名").format(label))
        self._select(keep, current)
        self._update_buttons()

    def _select(self, ids: list[str], current: str | None) -> None:
        sm = self.ui.view.selectionModel()
        sm.clearSelection()
        for pid in ids:
            row = self.model.row_of(pid)
            if row >= 0:
                sm.select(self.model.index(row, 0), QItemSelectionModel.SelectionFlag.Select
                          | QItemSelectionModel.SelectionFlag.Rows)
        if current is not None and (row := self.model.row_of(current)) >= 0 \
                and self.ui.view.currentIndex().row() != row:      # a cell being edited stays open
            sm.setCurrentIndex(self.model.index(row, PeopleColumn.NAME), QItemSelectionModel.SelectionFlag.NoUpdate)

    def selected_ids(self) -> list[str]:
        rows = sorted({i.row() for i in self.ui.view.selectionModel().selectedRows()})
        return [self.model.item(r).id for r in rows if r < self.model.rowCount()]

    def current_id(self) -> str | None:
        index = self.ui.view.currentIndex()
        return self.model.item(index.row()).id if index.isValid() else None

    def _update_buttons(self, *_: Any) -> None:
        n = len(self.selected_ids())
        self.ui.delete_button.setEnabled(n > 0)
        self.ui.up_button.setEnabled(n == 1)
        self.ui.down_button.setEnabled(n == 1)
        self.ui.role_button.setEnabled(n == 1)

    def commit_pending(self) -> None:
        self.label_saver.end_session()

    # ------------------------------------------------------------ changes
    def _store_label(self, target: Any, text: str | None, edit: Edit) -> bool:
        """The role label as typed, for the hearing and role it was typed for. An agenda
        that is still the default follows the new label, in the same undo step."""
        hearing_id, role = target
        hearing = self.hearing if self.hearing is not None and self.hearing.id == hearing_id \
            else self.tab.ctx.hearing_fields.load(hearing_id)
        follows = [a.title for a in hearing.agenda] == [a.title for a in default_agenda(hearing)]
        command = RoleLabelCommand(self.tab.ctx, hearing_id, role, text, follow_agenda=follows)
        return self.tab.perform(command, edit=edit, target=target)

    def add_person(self) -> None:
        if self.hearing is None:
            return
        name = self.ui.new_name.text().strip()
        if not name:
            warn(self, self.tr("请先填写姓名，再点“添加”。"))
            self.ui.new_name.setFocus()
            return
        person = Person(id="", role=self.role, name=name,
                        affiliation=self.ui.new_affiliation.text().strip() or None,
                        description=self.ui.new_description.text().strip() or None)
        command = AddPeopleCommand(self.tab.ctx, stored_id(self.hearing), [person],
                                   self.tr("添加{0}“{1}”").format(self.hearing.label(self.role), name))
        if self.tab.perform(command):
            for edit in (self.ui.new_name, self.ui.new_affiliation, self.ui.new_description):
                edit.clear()
            self._select([command.added[0].id], command.added[0].id)
            self.ui.new_name.setFocus()

    def _selected_person(self) -> Person | None:
        """The one selected person (None when none or several are selected)."""
        ids = self.selected_ids()
        if self.hearing is None or len(ids) != 1:
            return None
        return self.hearing.person(ids[0])

    def delete_selected(self) -> None:
        if self.hearing is None:
            return
        people = [p for pid in self.selected_ids() if (p := self.hearing.person(pid)) is not None]
        if not people:
            return
        names = "、".join(p.name for p in people)
        if not confirm(self, self.tr("删除 {0} 人：{1}？\n删除后可用“撤销”恢复。").format(len(people), names)):
            return
        self.tab.perform(DeletePeopleCommand(self.tab.ctx, stored_id(self.hearing),
                                             [p.id for p in people], self.tr("删除 {0}").format(names)))

    def move_selected(self, delta: int) -> None:
        """The selected person one place up (-1) or down (+1) within the role."""
        person = self._selected_person()
        if self.hearing is None or person is None:
            return
        text = self.tr("上移“{0}”").format(person.name) if delta < 0 else self.tr("下移“{0}”").format(person.name)
        self.tab.perform(MovePersonCommand(self.tab.ctx, stored_id(self.hearing), person.id,
                                           delta, text))
        self._select([person.id], person.id)

    def change_role(self, role: Role | None = None) -> bool:
        """The selected person goes to another role (asked for when ``role`` is None)."""
        person = self._selected_person()
        if self.hearing is None or person is None:
            return False
        if role is None:
            choices = [r for r in ROLE_ORDER if r is not person.role]
            labels = [self.hearing.label(r) for r in choices]
            label, ok = QInputDialog.getItem(
                self, self.tr("改为其他角色"),
                self.tr("把“{0}”（{1}）改为：").format(person.name, self.hearing.label(person.role)),
                labels, 0, False)
            if not ok:
                return False
            role = choices[labels.index(label)]
        text = self.tr("把“{0}”改为{1}").format(person.name, self.hearing.label(role))
        if not self.tab.perform(ChangeRoleCommand(self.tab.ctx, stored_id(self.hearing), person.id,
                                                  role, text)):
            return False
        self.ui.roles.setCurrentIndex(ROLE_ORDER.index(role))
        self._select([person.id], person.id)
        return True

    def renumber(self) -> None:
        if self.hearing is None:
            return
        self.tab.perform(RenumberCommand(self.tab.ctx, stored_id(self.hearing), self.role,
                                         self.tr("重新编号{0}").format(self.hearing.label(self.role))))

    def _on_edit(self, person_id: str, field: str, value: Any) -> None:
        if self.hearing is None:
            return
        person = self.hearing.person(person_id)
        column = next(c for c, f in PEOPLE_FIELDS.items() if f == field)
        text = self.tr("修改“{0}”的{1}").format(person.name if person else person_id,
                                              self.model.header(column).split("（")[0])
        self.tab.perform(EditPersonCommand(self.tab.ctx, stored_id(self.hearing), person_id,
                                           {field: value}, text, seen=person.version if person else None))

    def import_signup(self) -> Task | None:
        """Read the chosen sheet off the GUI thread (a large or hostile file never freezes
        the window), then show its rows; the returned task is the reading."""
        if self.hearing is None:
            return None
        path = SignupDialog.ask_file(self, self.tab.import_folder())
        if not path:
            return None
        self.tab.remember_folder(path)
        hearing_id = stored_id(self.hearing)
        self.ui.import_button.setEnabled(False)

        def failed(exc: BaseException) -> None:
            self.ui.import_button.setEnabled(True)
            if isinstance(exc, HearingDeskError):
                warn(self, str(exc))
            else:
                show_error(self, task, exc)

        def done(sheet: SignupSheet) -> None:
            self.ui.import_button.setEnabled(True)
            if self.hearing is not None and stored_id(self.hearing) == hearing_id:
                self._show_signup(sheet)

        task = run_in_background(self, self.tab.ctx.people.read_signup, hearing_id, path,
                                 on_done=done, on_error=failed, description=self.tr("读取报名表"))
        self.tab.status(self.tr("正在读取报名表……"))
        return task

    def _show_signup(self, sheet: SignupSheet) -> None:
        assert self.hearing is not None
        rows = SignupDialog.ask(self, sheet, self.hearing.label(Role.PARTICIPANT))
        if not rows:
            return
        rows = [r for r in rows if r.ok]      # rows with errors are never stored
        command = AddPeopleCommand(self.tab.ctx, stored_id(self.hearing),
                                   [r.to_person() for r in rows],
                                   self.tr("从报名表导入 {0} 人").format(len(rows)), unique_names=True)
        if self.tab.perform(command):
            skipped = len(sheet.rows) - len(rows)
            self.tab.status(self.tr("已从报名表导入 {0} 人{1}。").format(
                len(rows), self.tr("，未导入 {0} 行").format(skipped) if skipped else ""))
            self._select([p.id for p in command.added], command.added[0].id)
