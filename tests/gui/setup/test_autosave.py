"""听证会设置: a field being typed reaches the database within a second of the last key
(without leaving the field), to the hearing it was typed for; one undo step per field
edit; a refusal while typing waits for the field to be left."""
from __future__ import annotations

import time

from PySide6.QtCore import Qt

from hearing_desk.domain import Role

from ..keys import leave, type_text


def test_venue_stored_within_a_second_of_the_last_key(tab, ctx, stored, sample_hid, qtbot):
    page = tab.pages["basic"]
    page.ui.venue.clear()
    ctx.edits.flush_all()
    type_text(page.ui.venue, "政务服务中心一楼")
    last_key = time.monotonic()
    assert stored(sample_hid).venue != "政务服务中心一楼"       # a key writes nothing by itself
    qtbot.waitUntil(lambda: stored(sample_hid).venue == "政务服务中心一楼", timeout=1000)
    assert time.monotonic() - last_key < 1.0                    # and nobody left the field


def test_ticks_of_one_edit_are_one_undo_step(tab, ctx, stored, sample_hid, qtbot, fast_autosave):
    page = tab.pages["basic"]
    before = stored(sample_hid).venue
    type_text(page.ui.venue, "甲")
    qtbot.waitUntil(lambda: stored(sample_hid).venue == before + "甲", timeout=1000)
    type_text(page.ui.venue, "乙")
    qtbot.waitUntil(lambda: stored(sample_hid).venue == before + "甲乙", timeout=1000)
    type_text(page.ui.venue, "丙")
    leave(page.ui.venue)
    assert stored(sample_hid).venue == before + "甲乙丙"
    assert ctx.undo_stack.count() == 1 and ctx.undo_stack.undoText() == "修改地点"
    type_text(page.ui.purpose, "。")                                # another field: its own step
    leave(page.ui.purpose)
    assert ctx.undo_stack.count() == 2
    ctx.undo_stack.undo()
    ctx.undo_stack.undo()
    assert stored(sample_hid).venue == before and page.ui.venue.text() == before
    ctx.undo_stack.redo()
    assert stored(sample_hid).venue == before + "甲乙丙"


def test_undo_while_typing_stores_the_last_keys_first(tab, ctx, stored, sample_hid, qtbot, fast_autosave):
    page = tab.pages["basic"]
    before = stored(sample_hid).organizer
    type_text(page.ui.organizer, "（筹）")
    qtbot.waitUntil(lambda: stored(sample_hid).organizer == before + "（筹）", timeout=1000)
    type_text(page.ui.organizer, "办")                              # pending when Ctrl+Z comes
    ctx.undo_stack.undo()
    assert stored(sample_hid).organizer == before and page.ui.organizer.text() == before
    assert not ctx.edits.pending()
    qtbot.wait(200)                                              # no late tick brings it back
    assert stored(sample_hid).organizer == before
    ctx.undo_stack.redo()
    assert stored(sample_hid).organizer == before + "（筹）办"


def test_typed_for_one_hearing_stored_there_after_switching(tab, ctx, stored, sample_hid, full_hid, qtbot):
    page = tab.pages["basic"]
    other_venue = stored(full_hid).venue
    type_text(page.ui.venue, "（东门）")
    tab.set_hearing(full_hid)                                    # mid-debounce
    assert stored(sample_hid).venue.endswith("（东门）")
    assert stored(full_hid).venue == other_venue
    assert page.ui.venue.text() == (other_venue or "")
    qtbot.wait(700)
    assert stored(full_hid).venue == other_venue                 # no tick lands on the new hearing


def test_refusal_waits_for_leaving_the_field(tab, ctx, stored, sample_hid, qtbot, messages, fast_autosave):
    page = tab.pages["basic"]
    title = stored(sample_hid).title
    page.ui.title.selectAll()
    page.ui.title.del_()                                            # the title is empty for a moment
    qtbot.wait(300)
    assert messages.warnings == [] and stored(sample_hid).title == title
    type_text(page.ui.title, "新名称")
    qtbot.waitUntil(lambda: stored(sample_hid).title == "新名称", timeout=1000)
    page.ui.title.clear()
    leave(page.ui.title)
    assert "听证会名称不能为空" in messages.last
    assert stored(sample_hid).title == "新名称" and page.ui.title.text() == "新名称"


def test_hiding_the_tab_stores(tab, stored, sample_hid, qtbot):
    page = tab.pages["basic"]
    page.ui.legal_bases.moveCursor(page.ui.legal_bases.textCursor().MoveOperation.End)
    qtbot.keyClick(page.ui.legal_bases, Qt.Key.Key_Return)
    type_text(page.ui.legal_bases, "《某某听证规定》")
    tab.hide()
    assert stored(sample_hid).legal_bases[-1] == "《某某听证规定》"


def test_role_label_is_a_typed_field_too(tab, ctx, stored, sample_hid, qtbot, fast_autosave):
    people = tab.pages["people"]
    type_text(people.ui.label_edit, "听证代表")
    qtbot.waitUntil(lambda: stored(sample_hid).label(Role.PARTICIPANT) == "听证代表", timeout=1000)
    leave(people.ui.label_edit)
    h = stored(sample_hid)
    assert h.agenda[2].title.startswith("听证代表")              # the default agenda follows
    assert ctx.undo_stack.count() == 1
    ctx.undo_stack.undo()
    h = stored(sample_hid)
    assert h.label(Role.PARTICIPANT) == "听证参加人" and h.agenda[2].title.startswith("听证参加人")


def test_draft_title_is_a_typed_field_too(full_tab, ctx, stored, full_hid, qtbot, fast_autosave):
    draft = full_tab.pages["draft"]
    type_text(draft.ui.title, "（修改稿）")
    qtbot.waitUntil(lambda: stored(full_hid).draft.title == "临江市城市停车收费管理办法（草案）（修改稿）",
                    timeout=1000)
    leave(draft.ui.title)
    assert ctx.undo_stack.undoText() == "修改征求意见稿标题"


def test_pasted_controls_never_shown_or_stored(tab, stored, sample_hid, qtbot, fast_autosave):
    page = tab.pages["basic"]
    page.ui.venue.clear()
    page.ui.venue.insert("\u202e会议室\u200b103\x07\ufeff")
    assert page.ui.venue.text() == "会议室103"
    page.ui.purpose.clear()
    page.ui.purpose.insertPlainText("为了\u2066听取\u2069意见\x1b\r\n第二行")
    qtbot.waitUntil(lambda: page.ui.purpose.toPlainText() == "为了听取意见\n第二行", timeout=1000)
    leave(page.ui.purpose)
    leave(page.ui.venue)
    h = stored(sample_hid)
    assert (h.venue, h.purpose) == ("会议室103", "为了听取意见\n第二行")


def _cell_editor(view, index):
    view.setCurrentIndex(index)
    view.edit(index)
    editor = view.indexWidget(index)
    assert editor is not None, "no editor opened"
    return editor


def test_a_table_cell_is_stored_as_typed_and_enter_ends_the_step(tab, ctx, stored, sample_hid, qtbot,
                                                                 fast_autosave):
    from hearing_desk.ui.setup.models import PeopleColumn

    people = tab.pages["people"]
    person = people.model.item(0)
    index = people.model.index(0, PeopleColumn.DESCRIPTION)
    editor = _cell_editor(people.ui.view, index)
    editor.end(False)
    type_text(editor, "（已报名）")
    qtbot.waitUntil(lambda: stored(sample_hid).person(person.id).description.endswith("（已报名）"), timeout=1000)
    assert people.ui.view.indexWidget(index) is editor                 # the store did not close the editor
    type_text(editor, "甲")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert stored(sample_hid).person(person.id).description.endswith("（已报名）甲")
    assert ctx.undo_stack.count() == 1
    ctx.undo_stack.undo()
    assert stored(sample_hid).person(person.id).description == person.description


def test_escape_in_a_cell_takes_the_edit_back(tab, ctx, stored, sample_hid, qtbot, fast_autosave):
    from hearing_desk.ui.setup.models import AgendaColumn

    tab.show_page("agenda")
    agenda = tab.pages["agenda"]
    title = stored(sample_hid).agenda[0].title
    index = agenda.model.index(0, AgendaColumn.TITLE)
    editor = _cell_editor(agenda.ui.view, index)
    editor.end(False)
    type_text(editor, "（修改中）")
    qtbot.waitUntil(lambda: stored(sample_hid).agenda[0].title == title + "（修改中）", timeout=1000)
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert stored(sample_hid).agenda[0].title == title
    assert not ctx.undo_stack.canUndo()                            # taken back, not a step to undo


def test_a_milestone_typed_in_its_cell(tab, ctx, stored, sample_hid, qtbot, fast_autosave):
    from datetime import date

    from hearing_desk.domain import Milestone
    from hearing_desk.ui.setup.models import MilestoneColumn

    ctx.hearing_fields.set_field(sample_hid, "milestones", [Milestone(date(2024, 6, 20), "发布公告")])
    tab.reload()
    page = tab.pages["basic"]
    editor = _cell_editor(page.ui.milestone_view, page.milestones.index(0, MilestoneColumn.EVENT))
    editor.end(False)
    type_text(editor, "（网站）")
    qtbot.waitUntil(lambda: stored(sample_hid).milestones[0].event == "发布公告（网站）", timeout=1000)
    type_text(editor, "等")
    leave(editor)
    qtbot.waitUntil(lambda: stored(sample_hid).milestones[0].event == "发布公告（网站）等", timeout=1000)
    assert ctx.undo_stack.count() == 1
