"""签到: toggle with a click or the space bar, 应到 / 实到, the quorum rule, quick search, undo."""
from __future__ import annotations

from PySide6.QtCore import Qt

from hearing_desk.ui.setup.attendance_model import STATE_ROLE, AttendanceColumn


def row_of(page, name):
    for r in range(page.proxy.rowCount()):
        if page.proxy.index(r, AttendanceColumn.NAME).data() == name:
            return r
    raise LookupError(name)


def test_the_sample_everyone_came(tab):
    """The reference file says nothing of attendance: the format's default, present."""
    page = tab.pages["attendance"]
    assert page.ui.counts.text() == "应到 9 人　　实到 9 人"
    assert page.ui.quorum.property("quorum") == "met" and "符合要求" in page.ui.quorum.text()


def test_lists_participants_then_officials(unchecked_tab):
    page = unchecked_tab.pages["attendance"]
    model = page.model
    assert model.rowCount() == 12                       # 9 participants + host, recorder, presenter
    assert [model.index(r, AttendanceColumn.ROLE).data() for r in (0, 9, 10, 11)] == [
        "听证参加人", "听证主持人", "听证记录员", "听证陈述人"]
    # before 签到 nobody is counted: 实到 counts only people checked in
    assert page.ui.counts.text() == "应到 9 人　　实到 0 人"
    assert page.ui.unchecked.text() == "其中 9 人尚未核对，不计入实到。"
    assert page.ui.quorum.property("quorum") == "open" and "签到尚未完成" in page.ui.quorum.text()
    assert "#7a4a00" in page.ui.quorum.styleSheet()           # amber: not decided yet


def test_space_toggles_and_counts_update(tab, ctx, stored, sample_hid, qtbot):
    tab.show_page("attendance")
    page = tab.pages["attendance"]
    page.ui.all_absent.click()
    assert all(p.attended is False for p in stored(sample_hid).people if p.role.value != "observer")
    assert page.ui.counts.text() == "应到 9 人　　实到 0 人"
    assert page.ui.quorum.property("quorum_met") is False
    assert "不符合要求" in page.ui.quorum.text() and "至少需 6 人" in page.ui.quorum.text()
    page.ui.view.setFocus()
    page.ui.view.setCurrentIndex(page.proxy.index(0, AttendanceColumn.NAME))
    for _ in range(6):
        qtbot.keyClick(page.ui.view, Qt.Key.Key_Space)
        qtbot.keyClick(page.ui.view, Qt.Key.Key_Down)
    assert page.ui.counts.text() == "应到 9 人　　实到 6 人"
    assert page.ui.quorum.property("quorum_met") is True
    assert page.ui.quorum.text() == "到会人数达到应到人数的三分之二（至少 6 人），符合要求"
    assert "#137333" in page.ui.quorum.styleSheet()           # green
    assert [p.attended for p in stored(sample_hid).participants()] == [True] * 6 + [False] * 3
    # space again on the sixth: absent
    page.ui.view.setCurrentIndex(page.proxy.index(5, AttendanceColumn.NAME))
    qtbot.keyClick(page.ui.view, Qt.Key.Key_Space)
    assert stored(sample_hid).participants()[5].attended is False
    assert "#a50e0e" in page.ui.quorum.styleSheet()           # red
    ctx.undo_stack.undo()
    assert stored(sample_hid).participants()[5].attended is True
    assert page.ui.quorum.property("quorum_met") is True


def test_click_on_the_status_cell_toggles(unchecked_tab, stored, unchecked_hid, qtbot):
    tab, sample_hid = unchecked_tab, unchecked_hid
    tab.show_page("attendance")
    page = tab.pages["attendance"]
    r = row_of(page, "杨成")
    index = page.proxy.index(r, AttendanceColumn.STATUS)
    rect = page.ui.view.visualRect(index)
    qtbot.mouseClick(page.ui.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert stored(sample_hid).person("host").attended is True
    assert page.proxy.index(r, AttendanceColumn.STATUS).data(STATE_ROLE) is True
    assert page.proxy.index(r, AttendanceColumn.STATUS).data() == "已到"
    qtbot.mouseClick(page.ui.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert stored(sample_hid).person("host").attended is False
    assert page.ui.counts.text() == "应到 9 人　　实到 0 人"       # officials are not counted


def test_quick_search_by_pinyin_initials_and_enter(tab, stored, sample_hid, qtbot):
    tab.show_page("attendance")
    page = tab.pages["attendance"]
    page.ui.all_absent.click()
    page.ui.filter.setText("cd")                        # 蔡鼎 (cd) and 陈德福 (cdf): Enter takes the exact one
    assert {page.proxy.index(r, AttendanceColumn.NAME).data() for r in range(2)} == {"蔡鼎", "陈德福"}
    qtbot.keyClick(page.ui.filter, Qt.Key.Key_Return)
    cai = next(p for p in stored(sample_hid).participants() if p.name == "蔡鼎")
    assert cai.attended is True and page.ui.filter.text() == ""
    page.ui.filter.setText("7")                         # 序号
    assert page.proxy.index(0, AttendanceColumn.NAME).data() == "谷琼泉" and page.proxy.rowCount() == 1
    page.ui.filter.setText("wu")                        # 吴仪, 吴亦乐: several, Enter goes to the list
    assert page.proxy.rowCount() == 2
    qtbot.keyClick(page.ui.filter, Qt.Key.Key_Return)
    assert page.ui.view.hasFocus()


def test_full_hearing_absent_participant_and_labels(full_tab):
    page = full_tab.pages["attendance"]
    assert page.ui.counts.text() == "应到 5 人　　实到 3 人"       # 黄丽萍 absent, 马骏 not checked
    assert page.ui.unchecked.text() == "其中 1 人尚未核对，不计入实到。"
    assert page.ui.quorum.property("quorum_met") is False and page.ui.quorum.property("quorum") == "open"
    assert page.model.index(0, AttendanceColumn.ROLE).data() == "听证代表"
    r = row_of(page, "黄丽萍")
    assert page.proxy.index(r, AttendanceColumn.STATUS).data() == "未到"
    roles = {page.proxy.index(i, AttendanceColumn.ROLE).data() for i in range(page.proxy.rowCount())}
    assert roles == {"听证代表", "听证主持人", "听证员", "听证记录员", "决策发言人", "听证监察人"}


def test_search_says_how_many_it_found(tab):
    page = tab.pages["attendance"]
    page.ui.filter.setText("xyz")
    assert page.proxy.rowCount() == 0 and page.ui.found.text() == "没有找到"
    page.ui.filter.setText("wu")
    assert page.ui.found.text() == "找到 2 人"
    page.ui.filter.clear()
    assert page.ui.found.text() == "" and page.proxy.rowCount() == 12
