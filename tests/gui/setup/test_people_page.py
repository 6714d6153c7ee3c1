"""人员: add, edit, delete (refused when referenced), reorder, renumber, role labels — with undo."""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from hearing_desk.domain import ROLE_ORDER, Role
from hearing_desk.ui.setup.models import PRIVATE_BACKGROUND, PeopleColumn


def type_text(widget, text):
    """Chinese text through a key event that carries it (keyClicks aborts on CJK)."""
    widget.setFocus()
    QApplication.sendEvent(widget, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_unknown,
                                             Qt.KeyboardModifier.NoModifier, text))


def show_role(page, role):
    page.ui.roles.setCurrentIndex(ROLE_ORDER.index(role))


def names(page):
    return [page.model.item(r).name for r in range(page.model.rowCount())]


def test_all_eight_roles_listed_with_counts(full_tab):
    page = full_tab.pages["people"]
    texts = [page.ui.roles.tabText(i) for i in range(page.ui.roles.count())]
    assert len(texts) == 8
    assert texts[ROLE_ORDER.index(Role.HEARING_OFFICER)] == "听证员（3）"
    assert texts[ROLE_ORDER.index(Role.PARTICIPANT)] == "听证代表（5）"         # the hearing's label
    assert texts[ROLE_ORDER.index(Role.PRESENTER)] == "决策发言人（2）"
    show_role(page, Role.HEARING_OFFICER)
    assert names(page) == ["周明远", "钱晓岚", "孙立群"]
    assert page.ui.view.isColumnHidden(PeopleColumn.SELECTION)
    show_role(page, Role.PARTICIPANT)
    assert not page.ui.view.isColumnHidden(PeopleColumn.SELECTION)
    assert "赵𠮷" in names(page) and "刘䶮" in names(page)


def test_quick_add_with_enter_and_undo(tab, ctx, stored, sample_hid, qtbot):
    page = tab.pages["people"]
    tab.show_page("people")
    before = len(stored(sample_hid).participants())
    type_text(page.ui.new_name, "蔡鼎新")
    page.ui.new_affiliation.setText("某公司")
    qtbot.keyClick(page.ui.new_affiliation, Qt.Key.Key_Return)
    h = stored(sample_hid)
    added = h.participants()[-1]
    assert (added.name, added.affiliation, added.seq) == ("蔡鼎新", "某公司", before + 1)
    assert len({p.id for p in h.people}) == len(h.people)
    assert page.ui.new_name.text() == "" and page.ui.new_name.hasFocus()
    assert page.selected_ids() == [added.id]
    ctx.undo_stack.undo()
    assert len(stored(sample_hid).participants()) == before
    ctx.undo_stack.redo()
    assert stored(sample_hid).person(added.id).name == "蔡鼎新"           # the same id again


def test_add_official_to_an_empty_role(tab, stored, sample_hid):
    page = tab.pages["people"]
    show_role(page, Role.SUPERVISOR)
    assert page.model.rowCount() == 0
    page.ui.new_name.setText("陈光")
    page.add_person()
    assert [p.name for p in stored(sample_hid).people_in(Role.SUPERVISOR)] == ["陈光"]
    assert page.ui.roles.tabText(ROLE_ORDER.index(Role.SUPERVISOR)) == "听证监察人（1）"


def test_add_without_name_is_refused(tab, messages, ctx):
    tab.pages["people"].add_person()
    assert "请先填写姓名" in messages.last
    assert ctx.undo_stack.count() == 0


def test_delete_refused_when_referenced(full_tab, stored, full_hid, messages):
    page = full_tab.pages["people"]
    page.ui.view.selectRow(names(page).index("李国栋"))
    page.delete_selected()
    assert "李国栋" in messages.last and "1 段笔录" in messages.last and "2 条意见" in messages.last
    assert stored(full_hid).person("a1") is not None


def test_delete_with_confirmation_and_undo(full_tab, ctx, stored, full_hid, messages):
    page = full_tab.pages["people"]
    order = [p.id for p in stored(full_hid).people]
    show_role(page, Role.OBSERVER)
    page.ui.view.selectRow(0)
    messages.answer = messages.answer.No
    page.delete_selected()
    assert "邓晓" in messages.questions[-1]
    assert stored(full_hid).person("ob1") is not None
    messages.answer = messages.answer.Yes
    page.delete_selected()
    assert stored(full_hid).person("ob1") is None and page.model.rowCount() == 0
    ctx.undo_stack.undo()
    h = stored(full_hid)
    assert h.person("ob1").name == "邓晓"
    assert [p.id for p in h.people] == order                    # back in its place


def test_delete_key_deletes_selected(full_tab, stored, full_hid, qtbot):
    page = full_tab.pages["people"]
    show_role(page, Role.STAFF)
    page.ui.view.setFocus()
    page.ui.view.selectRow(0)
    qtbot.keyClick(page.ui.view, Qt.Key.Key_Delete)
    assert stored(full_hid).person("st1") is None


def test_reorder_up_down_with_undo(tab, ctx, stored, sample_hid, qtbot):
    page = tab.pages["people"]
    first, second = names(page)[:2]
    page.ui.view.selectRow(1)
    page.ui.up_button.click()
    assert names(page)[:2] == [second, first]
    assert [p.seq for p in stored(sample_hid).participants()][:2] == [1, 2]
    assert stored(sample_hid).participants()[0].name == second
    assert page.selected_ids() == [stored(sample_hid).participants()[0].id]     # follows the person
    page.ui.view.setFocus()
    qtbot.keyClick(page.ui.view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert names(page)[:2] == [first, second]
    ctx.undo_stack.undo()
    assert names(page)[:2] == [second, first]
    page.ui.view.selectRow(0)
    assert not page.ui.up_button.isEnabled() or page.move_selected(-1) is None
    count = ctx.undo_stack.count()
    page.move_selected(-1)                          # already first: nothing pushed
    assert ctx.undo_stack.count() == count


def test_renumber(full_tab, ctx, stored, full_hid):
    page = full_tab.pages["people"]
    model = page.model
    assert model.setData(model.index(0, PeopleColumn.SEQ), 7, Qt.ItemDataRole.EditRole)
    assert [p.seq for p in stored(full_hid).participants()] == [2, 3, 4, 5, 7]
    page.ui.renumber_button.click()
    assert [p.seq for p in stored(full_hid).participants()] == [1, 2, 3, 4, 5]
    assert stored(full_hid).participants()[4].name == "李国栋"
    ctx.undo_stack.undo()
    assert [p.seq for p in stored(full_hid).participants()] == [2, 3, 4, 5, 7]


def test_inline_edits_and_private_columns(tab, ctx, stored, sample_hid, messages):
    page = tab.pages["people"]
    model = page.model
    pid = model.item(0).id
    assert model.setData(model.index(0, PeopleColumn.SELECTION), "随机抽取", Qt.ItemDataRole.EditRole)
    assert model.setData(model.index(0, PeopleColumn.PHONE), "13800001111", Qt.ItemDataRole.EditRole)
    assert model.setData(model.index(0, PeopleColumn.ID_NUMBER), "11010519491231002X", Qt.ItemDataRole.EditRole)
    p = stored(sample_hid).person(pid)
    assert p.selection == "随机抽取" and p.contact.phone == "13800001111"
    assert model.index(0, PeopleColumn.ID_NUMBER).data() == "110105********002X"
    assert model.index(0, PeopleColumn.PHONE).data(Qt.ItemDataRole.BackgroundRole) == PRIVATE_BACKGROUND
    assert "不会出现在听证报告" in model.headerData(PeopleColumn.PHONE, Qt.Orientation.Horizontal,
                                                   Qt.ItemDataRole.ToolTipRole)
    assert "不打印" in model.headerData(PeopleColumn.PHONE, Qt.Orientation.Horizontal)
    assert ctx.undo_stack.undoText() == f"修改“{p.name}”的身份证号"
    ctx.undo_stack.undo()
    assert stored(sample_hid).person(pid).contact.id_number is None
    model.setData(model.index(0, PeopleColumn.NAME), "", Qt.ItemDataRole.EditRole)
    assert "姓名不能为空" in messages.last


def test_selection_combo_delegate_allows_free_text(tab, stored, sample_hid):
    page = tab.pages["people"]
    index = page.model.index(1, PeopleColumn.SELECTION)
    delegate = page.ui.view.itemDelegateForColumn(PeopleColumn.SELECTION)
    editor = delegate.createEditor(page.ui.view.viewport(), None, index)
    assert [editor.itemText(i) for i in range(editor.count())] == ["报名", "邀请", "推荐", "抽签", "随机抽取", "指定"]
    editor.setCurrentText("社区推选")
    delegate.setModelData(editor, page.model, index)
    editor.deleteLater()
    assert stored(sample_hid).person(page.model.item(1).id).selection == "社区推选"


def test_role_label_edit_with_agenda_following_and_undo(tab, ctx, stored, sample_hid):
    page = tab.pages["people"]
    assert stored(sample_hid).agenda[2].title.startswith("听证参加人")      # the default agenda
    page.ui.label_edit.setText("听证代表")
    page.ui.label_edit.editingFinished.emit()
    h = stored(sample_hid)
    assert h.label(Role.PARTICIPANT) == "听证代表"
    assert h.agenda[2].title.startswith("听证代表") and h.agenda[3].title == "听证代表核对听证笔录并签字"
    assert page.ui.heading.text() == "听证代表（9 人）"
    assert tab.pages["attendance"].model.index(0, 1).data() == "听证代表"
    ctx.undo_stack.undo()                                               # one step undoes both
    h = stored(sample_hid)
    assert h.label(Role.PARTICIPANT) == "听证参加人" and h.agenda[2].title.startswith("听证参加人")
    assert page.ui.label_edit.text() == ""


def test_role_label_for_presenter_without_agenda_change(full_tab, stored, full_hid):
    page = full_tab.pages["people"]
    show_role(page, Role.PRESENTER)
    assert page.ui.label_edit.text() == "决策发言人"
    page.ui.label_edit.setText("")
    page.ui.label_edit.editingFinished.emit()
    h = stored(full_hid)
    assert h.label(Role.PRESENTER) == "听证陈述人"
    assert h.agenda[1].title == "决策发言人介绍决策草案、依据和有关情况"     # their own agenda is kept


def test_change_role_with_undo(tab, ctx, stored, sample_hid, messages, monkeypatch):
    """A person entered under the wrong role moves to another (asked in a list), last of
    that role; someone with opinions stays a participant; undo puts everything back."""
    from PySide6.QtWidgets import QInputDialog

    page = tab.pages["people"]
    show_role(page, Role.PARTICIPANT)
    before = stored(sample_hid)
    page.ui.view.selectRow(0)                                   # 汪曼: an opinion in the register
    assert page.ui.role_button.isEnabled()
    assert page.change_role(Role.HEARING_OFFICER) is False
    assert "名下登记有 1 条意见" in messages.last
    assert stored(sample_hid).people == before.people

    page.ui.new_name.setText("林听证")
    page.add_person()
    added = stored(sample_hid).participants()[-1]
    asked = []

    def get_item(parent, title, label, items, current, editable):
        asked.append((label, list(items)))
        return "听证员", True
    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(get_item))
    page.ui.role_button.click()
    assert "林听证" in asked[0][0] and "听证参加人" not in asked[0][1] and len(asked[0][1]) == 7
    after = stored(sample_hid)
    moved = after.person(added.id)
    assert (moved.role, moved.seq) == (Role.HEARING_OFFICER, None)
    assert [p.name for p in after.people_in(Role.HEARING_OFFICER)] == ["林听证"]
    assert [p.id for p in after.participants()] == [p.id for p in before.participants()]
    assert page.ui.roles.currentIndex() == ROLE_ORDER.index(Role.HEARING_OFFICER)
    assert page.selected_ids() == [added.id]

    ctx.undo_stack.undo()
    back = stored(sample_hid)
    assert (back.person(added.id).role, back.person(added.id).seq) == (Role.PARTICIPANT, added.seq)
    assert [p.id for p in back.people] == [p.id for p in before.people] + [added.id]
    ctx.undo_stack.redo()
    assert stored(sample_hid).person(added.id).role == Role.HEARING_OFFICER
