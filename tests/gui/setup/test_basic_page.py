"""基本信息: field edits are stored at once, undo and redo work, bad values are refused whole."""
from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, Qt, QTime

from hearing_desk.domain import Milestone


def finish(qtbot, edit, text):
    edit.setFocus()
    edit.selectAll() if hasattr(edit, "selectAll") else None
    edit.setText(text) if hasattr(edit, "setText") else edit.setPlainText(text)
    edit.editingFinished.emit()


def test_field_edit_persists_undo_redo(tab, ctx, stored, sample_hid):
    page = tab.pages["basic"]
    finish(None, page.ui.venue, "光明区政务服务中心一楼大厅")
    assert stored(sample_hid).venue == "光明区政务服务中心一楼大厅"
    assert ctx.undo_stack.undoText() == "修改地点"
    ctx.undo_stack.undo()
    assert stored(sample_hid).venue == "深圳市光明区公共服务平台103会议室"
    assert page.ui.venue.text() == "深圳市光明区公共服务平台103会议室"
    ctx.undo_stack.redo()
    assert stored(sample_hid).venue == "光明区政务服务中心一楼大厅"
    assert page.ui.venue.text() == "光明区政务服务中心一楼大厅"


def test_unchanged_field_pushes_nothing(tab, ctx):
    page = tab.pages["basic"]
    page.ui.matter.editingFinished.emit()
    page.commit_pending()
    assert ctx.undo_stack.count() == 0


def test_empty_title_refused_with_message(tab, ctx, stored, sample_hid, messages):
    page = tab.pages["basic"]
    before = stored(sample_hid).title
    finish(None, page.ui.title, "   ")
    assert "听证会名称不能为空" in messages.last
    assert stored(sample_hid).title == before
    assert page.ui.title.text() == before                  # the field shows what is stored
    assert ctx.undo_stack.count() == 0


def test_purpose_and_legal_bases_lines(tab, stored, sample_hid):
    page = tab.pages["basic"]
    page.ui.legal_bases.setPlainText("《重大行政决策程序暂行条例》\n\n  《深圳市行政听证办法》  \n")
    page.ui.legal_bases.editingFinished.emit()
    assert stored(sample_hid).legal_bases == ["《重大行政决策程序暂行条例》", "《深圳市行政听证办法》"]
    page.ui.purpose.setPlainText("为了听取意见")
    page.ui.purpose.editingFinished.emit()
    assert stored(sample_hid).purpose == "为了听取意见"


def test_times_and_refused_end_before_start(tab, ctx, stored, sample_hid, messages):
    page = tab.pages["basic"]
    start = stored(sample_hid).starts_at
    page.ui.ends_at.check.setChecked(True)                 # takes the start as the default, stored at once
    assert stored(sample_hid).ends_at == start
    page.ui.ends_at.edit.setDateTime(QDateTime(QDate(2024, 7, 16), QTime(17, 30)))
    page.ui.ends_at.edit.editingFinished.emit()
    ends = stored(sample_hid).ends_at
    assert (ends.hour, ends.minute, ends.utcoffset()) == (17, 30, start.utcoffset())
    page.ui.ends_at.edit.setDateTime(QDateTime(QDate(2024, 7, 16), QTime(14, 0)))
    page.ui.ends_at.edit.editingFinished.emit()
    assert "早于开始时间" in messages.last
    assert stored(sample_hid).ends_at == ends
    assert page.ui.ends_at.value() == ends
    page.ui.ends_at.check.setChecked(False)
    assert stored(sample_hid).ends_at is None
    ctx.undo_stack.undo()
    assert stored(sample_hid).ends_at == ends


def test_deadline_hints_follow_the_hearing(tab):
    page = tab.pages["basic"]
    assert "2024年7月9日" in page.ui.materials_hint.text()
    assert "10 个工作日" in page.ui.deadline_hint.text() and "2024年7月30日" in page.ui.deadline_hint.text()


def test_milestones_add_edit_remove_undo(tab, ctx, stored, sample_hid, messages):
    page = tab.pages["basic"]
    page.ui.new_date.setDate(QDate(2024, 6, 20))
    page.ui.new_event.setText("发布听证会公告")
    page.add_milestone()
    page.ui.new_date.setDate(QDate(2024, 7, 1))
    page.ui.new_event.setText("公布听证参加人名单")
    page.ui.new_event.returnPressed.emit()
    assert stored(sample_hid).milestones == [Milestone(date(2024, 6, 20), "发布听证会公告"),
                                             Milestone(date(2024, 7, 1), "公布听证参加人名单")]
    assert page.ui.new_event.text() == ""
    model = page.milestones
    assert model.setData(model.index(1, 1), "公布名单", Qt.ItemDataRole.EditRole)
    assert stored(sample_hid).milestones[1].event == "公布名单"
    assert model.setData(model.index(0, 0), QDate(2024, 6, 21), Qt.ItemDataRole.EditRole)
    assert stored(sample_hid).milestones[0].date == date(2024, 6, 21)
    page.ui.milestone_view.selectRow(0)
    page.remove_milestones()
    assert [m.event for m in stored(sample_hid).milestones] == ["公布名单"]
    ctx.undo_stack.undo()
    assert len(stored(sample_hid).milestones) == 2 and model.rowCount() == 2
    page.ui.new_event.clear()
    page.add_milestone()
    assert "请先填写筹备事项" in messages.last


def test_report_fields(tab, stored, sample_hid):
    page = tab.pages["basic"]
    assert page.ui.report_issuer.placeholderText() == "深圳市光明区政务服务和数据管理局"
    page.ui.report_issuer.setText("深圳市光明区政务服务和数据管理局")
    page.ui.report_issuer.editingFinished.emit()
    page.ui.report_date.check.setChecked(True)
    page.ui.report_date.edit.setDate(QDate(2024, 7, 25))
    page.ui.report_date.edit.editingFinished.emit()
    page.ui.attachments.setPlainText("听证意见汇总表\n听证笔录\n听证参加人名单")
    page.ui.attachments.editingFinished.emit()
    report = stored(sample_hid).report
    assert report.date == date(2024, 7, 25)
    assert report.attachments == ["听证意见汇总表", "听证笔录", "听证参加人名单"]


def test_switching_hearing_stores_pending_edit_in_the_old_one(tab, ctx, stored, sample_hid):
    other = ctx.hearings.create("另一个听证会")
    page = tab.pages["basic"]
    page.ui.organizer.setText("某局")                       # typed, not yet finished
    tab.set_hearing(other)
    assert stored(sample_hid).organizer == "某局"
    assert ctx.undo_stack.count() == 0                   # the main window cleared it for the new hearing
    assert stored(other).organizer is None
    assert page.ui.organizer.text() == ""
    page.ui.organizer.editingFinished.emit()                # a late signal changes nothing
    assert stored(other).organizer is None


def test_no_hearing_shows_a_hint(tab):
    tab.set_hearing(None)
    assert tab.ui.empty.isVisible() and not tab.ui.body.isVisible()


def test_lazy_reload_when_another_tab_changed_things(tab, ctx, stored, sample_hid, qtbot):
    from hearing_desk.services.changes import Changes
    tab.hide()
    ctx.hearing_fields.set_field(sample_hid, "venue", "别处")
    ctx.events.changed.emit(Changes(sample_hid, fields=True))
    assert tab.pages["basic"].ui.venue.text() != "别处"      # not reloaded while hidden
    tab.show()
    qtbot.waitUntil(lambda: tab.pages["basic"].ui.venue.text() == "别处")


def test_full_hearing_fields_shown(full_tab):
    page = full_tab.pages["basic"]
    assert page.ui.title.text() == "《临江市城市停车收费管理办法（草案）》听证会"
    assert page.ui.ends_at.value() == datetime.fromisoformat("2026-03-12T12:05:00+08:00")
    assert page.milestones.rowCount() == 3
    assert page.ui.attachments.lines() == ["听证意见汇总表", "听证笔录", "听证代表名单"]
    assert "听证代表" in page.ui.materials_hint.text()


def test_report_date_after_deadline_is_pointed_out(tab):
    page = tab.pages["basic"]
    page.ui.report_date.check.setChecked(True)
    page.ui.report_date.edit.setDate(QDate(2024, 8, 30))
    page.ui.report_date.edit.editingFinished.emit()
    assert "成文日期已超过期限" in page.ui.deadline_hint.text()


def test_hearing_deleted_elsewhere(tab, ctx, sample_hid, messages):
    page = tab.pages["basic"]
    ctx.hearings.delete(sample_hid)
    page.ui.venue.setText("别处")
    page.ui.venue.editingFinished.emit()                  # the change is refused with a message
    assert "没有编号为" in messages.last
    assert tab.hearing_id is None and tab.ui.empty.isVisible()


def test_undo_after_the_hearing_went_away_reports_it(tab, ctx, sample_hid, qtbot):
    page = tab.pages["basic"]
    page.ui.venue.setText("别处")
    page.ui.venue.editingFinished.emit()
    ctx.hearings.delete(sample_hid)
    with qtbot.waitSignal(ctx.events.status) as status:
        ctx.undo_stack.undo()
    assert status.args[0].startswith("无法撤销“修改地点”")


def test_flush_on_close_stores_the_typed_text(tab, stored, sample_hid):
    tab.pages["basic"].ui.venue.setText("闭窗前输入的地点")
    tab.flush()
    assert stored(sample_hid).venue == "闭窗前输入的地点"
