"""Sign-up sheet import in the GUI: the preview lists every row with its problems; only the
chosen good rows are stored, in one step that undo removes again; a bad file is refused."""
from __future__ import annotations

import pytest
from openpyxl import Workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from hearing_desk.formats.signup import id_check_digit, read_signup
from hearing_desk.ui.setup.signup_dialog import SignupColumn, SignupDialog


def finish(task) -> None:
    """The file is read off the GUI thread: wait for it, and for what follows in the GUI thread."""
    from hearing_desk.ui.background import wait_for_all

    assert task is not None
    assert wait_for_all(30000)


def valid_id(first17="44030619850615121"):
    return first17 + id_check_digit(first17)


@pytest.fixture
def sheet_path(tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.title = "听证参加人报名"
    ws.append(["光明区公共数据授权运营暂行管理办法听证会报名表"])
    ws.append([" 序 号 ", "姓　名", "工作单位", "手机", "身份证号码", "产生方式", "身份", "类别"])
    ws.append([1, "林小雨", "深圳某科技公司", "13912345678", valid_id(), "报名", "企业代表", "企业代表"])
    ws.append([2, "周 浩", None, "139-1234-0000", None, "抽签", "公民", "公民"])
    ws.append([3, "", "某单位", "13900000000", None, "报名", None, None])              # no name
    ws.append([4, "钱多多", None, "12345", None, "报名", "公民", "公民"])                # bad phone
    ws.append([5, "孙悦", None, "13800000001", valid_id()[:-1] + ("0" if valid_id()[-1] != "0" else "1"),
               "报名", "公民", "公民"])                                                  # bad checksum
    ws.append([6, "林小雨", None, "13800000002", None, "报名", None, None])             # duplicate in sheet
    ws.append([7, "蔡鼎", None, "13800000003", None, "报名", None, None])               # already listed
    ws.append([8, "郑好", "某协会", "13800000004", None, "自荐", "协会代表", None])       # unknown 产生方式
    path = tmp_path / "报名表.xlsx"
    wb.save(path)
    return path


def test_preview_dialog_lists_every_row_with_problems(qtbot, sheet_path, sample_hearing):
    sheet = read_signup(sheet_path, sample_hearing.people)
    dialog = SignupDialog(sheet)
    qtbot.addWidget(dialog)
    model = dialog.model
    assert model.rowCount() == 8
    status = {model.item(r).row: model.index(r, SignupColumn.STATUS).data() for r in range(8)}
    assert status[3] == "可导入" and status[4] == "可导入"
    assert all(status[r] == "有错误，不导入" for r in (5, 6, 7, 8, 9))
    assert status[10] == "可导入（有提醒）"
    problems = {model.item(r).row: model.index(r, SignupColumn.PROBLEMS).data() for r in range(8)}
    assert problems[5] == "姓名为空"
    assert "11 位" in problems[6] and "校验位" in problems[7] and "与第 3 行重复" in problems[8]
    assert "已在听证参加人名单中" in problems[9] and "自荐" in problems[10]
    # rows with errors have no tick box; good rows are ticked
    assert not (model.flags(model.index(2, SignupColumn.STATUS)) & Qt.ItemFlag.ItemIsUserCheckable)
    assert model.index(0, SignupColumn.STATUS).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    ok = dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.text() == "导入 3 人"
    model.setData(model.index(7, SignupColumn.STATUS), Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    assert ok.text() == "导入 2 人"
    dialog.ui.only_problems.setChecked(True)
    assert dialog.proxy.rowCount() == 6
    model.set_all(False)
    assert not ok.isEnabled()
    assert "第 2 行是表头" in dialog.ui.summary.text() and "3 行可导入" in dialog.ui.summary.text()
    assert "5 行有错误" in dialog.ui.summary.text()


def test_import_good_rows_then_undo(tab, ctx, stored, sample_hid, sheet_path, monkeypatch, qtbot):
    page = tab.pages["people"]
    before = [p.id for p in stored(sample_hid).participants()]
    seen = {}

    def ask(parent, sheet, label):
        dialog = SignupDialog(sheet, label, parent)
        qtbot.addWidget(dialog)
        seen["rows"] = dialog.model.rowCount()
        return dialog.chosen_rows()

    monkeypatch.setattr(SignupDialog, "ask_file", classmethod(lambda cls, parent, folder="": str(sheet_path)))
    monkeypatch.setattr(SignupDialog, "ask", classmethod(lambda cls, *a: ask(*a)))
    page.ui.import_button.click()
    from hearing_desk.ui.background import wait_for_all
    assert wait_for_all(30000)                  # the file is read off the GUI thread
    assert seen["rows"] == 8
    h = stored(sample_hid)
    new = h.participants()[len(before):]
    assert [p.name for p in new] == ["林小雨", "周浩", "郑好"]
    assert [p.seq for p in new] == [10, 11, 12]
    assert new[0].contact.id_number == valid_id() and new[1].contact.phone == "13912340000"
    assert new[2].selection == "自荐" and new[2].description == "协会代表"
    assert page.selected_ids() == [p.id for p in new]
    assert ctx.undo_stack.undoText() == "从报名表导入 3 人"
    ctx.undo_stack.undo()
    assert [p.id for p in stored(sample_hid).participants()] == before
    ctx.undo_stack.redo()
    assert [p.name for p in stored(sample_hid).participants()][-3:] == ["林小雨", "周浩", "郑好"]


def test_cancelled_preview_stores_nothing(tab, ctx, stored, sample_hid, sheet_path, monkeypatch):
    monkeypatch.setattr(SignupDialog, "ask_file", classmethod(lambda cls, parent, folder="": str(sheet_path)))
    monkeypatch.setattr(SignupDialog, "ask", classmethod(lambda cls, *a: None))
    before = stored(sample_hid).people
    finish(tab.pages["people"].import_signup())
    assert stored(sample_hid).people == before and ctx.undo_stack.count() == 0


@pytest.mark.parametrize("content, message", [
    (b"this is not a workbook", "不是 Excel 工作簿"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + "EncryptedPackage".encode("utf-16-le"), "打开密码"),
])
def test_unreadable_sheet_refused_with_message(tab, ctx, stored, sample_hid, tmp_path, monkeypatch,
                                               messages, content, message):
    path = tmp_path / "坏.xlsx"
    path.write_bytes(content)
    monkeypatch.setattr(SignupDialog, "ask_file", classmethod(lambda cls, parent, folder="": str(path)))
    monkeypatch.setattr(SignupDialog, "ask", classmethod(lambda cls, *a: pytest.fail("no preview")))
    before = stored(sample_hid).people
    finish(tab.pages["people"].import_signup())
    assert message in messages.last
    assert stored(sample_hid).people == before and ctx.undo_stack.count() == 0


def test_sheet_without_name_column(tab, tmp_path, monkeypatch, messages):
    wb = Workbook()
    wb.active.append(["单位", "电话"])
    wb.active.append(["某公司", "13800001111"])
    wb.save(tmp_path / "x.xlsx")
    monkeypatch.setattr(SignupDialog, "ask_file", classmethod(lambda cls, parent, folder="": str(tmp_path / "x.xlsx")))
    finish(tab.pages["people"].import_signup())
    assert "没有找到“姓名”列" in messages.last


def test_import_button_only_for_participants(tab):
    from hearing_desk.domain import ROLE_ORDER, Role
    page = tab.pages["people"]
    assert not page.ui.import_button.isHidden()
    page.ui.roles.setCurrentIndex(ROLE_ORDER.index(Role.HOST))
    assert page.ui.import_button.isHidden()


def test_the_sheet_is_read_off_the_gui_thread(tab, ctx, sheet_path, monkeypatch):
    """Issue 16: a large or hostile sheet never freezes the window."""
    import threading

    seen: list[int] = []
    real = ctx.people.read_signup
    monkeypatch.setattr(ctx.people, "read_signup", lambda *a: seen.append(threading.get_ident()) or real(*a))
    monkeypatch.setattr(SignupDialog, "ask_file", classmethod(lambda cls, parent, folder="": str(sheet_path)))
    monkeypatch.setattr(SignupDialog, "ask", classmethod(lambda cls, *a: None))
    finish(tab.pages["people"].import_signup())
    assert seen and seen[0] != threading.get_ident()
