"""意见登记: the table, grouping, filters, and every edit undoable."""
from __future__ import annotations

from PySide6.QtCore import Qt

from hearing_desk.domain import Decision, Dispute
from hearing_desk.services.changes import Changes
from hearing_desk.services.disputes import DisputeService
from hearing_desk.ui.opinions.dialogs import MoveDialog, OpinionDialog, OpinionInput, SplitDialog
from hearing_desk.ui.opinions.model import (
    Column,
    GroupBy,
    GroupingProxy,
    OpinionFilterProxy,
    OpinionRole,
    OpinionTableModel,
)


def ids(tab):
    return tab.display_order()


def stored(svc, hid):
    return {o.id: o for o in svc.all(hid)}


# ------------------------------------------------------------------ models

def test_models_pass_the_model_tester(qtmodeltester, sample_hearing):
    model = OpinionTableModel()
    model.set_contents(sample_hearing.opinions, sample_hearing.people_by_id(), {"a8-7": [1]})
    qtmodeltester.check(model)
    assert model.index(0, Column.PARTICIPANT).data() == "蔡鼎"
    assert model.index(0, Column.TEXT).data(OpinionRole).id == "a5-1"
    assert model.index(20, Column.DISPUTED).data() == ""
    row = model.row_of("a8-7")
    assert row is not None
    assert model.index(row, Column.DISPUTED).data() == "问题1"
    assert model.index(row, Column.DECISION).data() == "另行研究"
    filt = OpinionFilterProxy()
    filt.setSourceModel(model)
    qtmodeltester.check(filt)
    for mode in GroupBy:
        groups = GroupingProxy()
        groups.setSourceModel(filt)
        groups.set_mode(mode)
        qtmodeltester.check(groups)


def test_model_updates_changed_rows_only(qtbot, sample_hearing):
    import copy
    model = OpinionTableModel()
    model.set_contents(sample_hearing.opinions, sample_hearing.people_by_id(), {})
    changed = copy.deepcopy(sample_hearing.opinions)
    changed[3].text = "新的文本"
    with qtbot.assertNotEmitted(model.modelReset), qtbot.waitSignal(model.dataChanged) as blocker:
        model.set_contents(changed, sample_hearing.people_by_id(), {})
    assert blocker.args[0].row() == 3
    with qtbot.waitSignal(model.modelReset):
        model.set_contents(changed[:-1], sample_hearing.people_by_id(), {})


# ------------------------------------------------------------------ grouping and filters

def test_grouped_by_participant_in_the_order_opinions_were_raised(register):
    assert register.groups.mode() is GroupBy.PARTICIPANT
    assert register.groups.groups() == [("蔡鼎", 2), ("龚健", 3), ("汪曼", 1), ("陈德福", 2), ("吴仪", 4),
                                        ("谷琼泉", 1), ("高朝阳", 7), ("吴亦乐", 1)]
    header = register.groups.index(0, 0)
    assert "蔡鼎" in header.data() and "2 条，已答复 2 条" in header.data()
    assert not header.flags() & Qt.ItemFlag.ItemIsSelectable
    assert register.view.isFirstColumnSpanned(0, header.parent())
    assert ids(register)[:3] == ["a5-1", "a5-2", "a6-1"]


def test_grouped_by_article(register):
    register.set_group_by(GroupBy.ARTICLE)
    groups = dict(register.groups.groups())
    assert list(groups)[:3] == ["第二条", "第三条", "第四条"]
    assert groups["第三条"] == 5 and groups["第五条"] == 1 and groups["第六条"] == 1
    assert list(groups)[-1] == "未涉及具体条款" and groups["未涉及具体条款"] == 7
    register.set_group_by(GroupBy.NONE)
    assert register.groups.rowCount() == 21 and register.groups.groups() == []


def test_filters_by_decision_unanswered_category_and_text(register, svc, sample_id):
    register.decision_combo.setCurrentIndex(register.decision_combo.findData(Decision.ALREADY_REFLECTED))
    assert register.groups.groups() == [("高朝阳", 5)]
    assert "显示 5 / 21 条" in register.count_label.text()
    register.decision_combo.setCurrentIndex(register.decision_combo.findData(OpinionFilterProxy.UNANSWERED))
    assert register.groups.groups() == []
    register.decision_combo.setCurrentIndex(0)
    register.category_combo.setCurrentIndex(register.category_combo.findData("公民"))
    assert register.groups.groups() == [("谷琼泉", 1), ("高朝阳", 7)]
    register.category_combo.setCurrentIndex(0)
    register.search.setText("数据交易所")
    assert [t for t, _ in register.groups.groups()] == ["汪曼"]
    register.search.setText("高朝阳")          # the participant's name finds their opinions
    assert register.groups.groups() == [("高朝阳", 7)]
    register.search.clear()
    assert register.filter.rowCount() == 21
    # an unanswered opinion shows under 未答复
    from hearing_desk.services.responses import ResponseService
    ResponseService(register.ctx.db).answer(sample_id, "a2-1", Decision.PENDING, "")
    register.reload()
    register.decision_combo.setCurrentIndex(register.decision_combo.findData(OpinionFilterProxy.UNANSWERED))
    assert register.groups.groups() == [("陈德福", 1)]


def test_show_opinion_event_selects_it_and_clears_hiding_filters(register, ctx):
    register.search.setText("数据交易所")
    ctx.events.show_opinion.emit("a8-7")
    assert register.search.text() == ""
    assert register.selected_ids() == ["a8-7"]
    assert "第 7 条意见" in register.detail.toPlainText()


def test_source_turn_click_jumps_to_the_transcript(register, svc, sample_id, ctx, qtbot):
    """The register shows the turns' printed numbers (their place, without gaps), and the
    click leads to the turn itself (its seq)."""
    from hearing_desk.domain import Turn
    from hearing_desk.services.transcript import TranscriptService
    transcript = TranscriptService(ctx.db)
    for seq in range(10, 17):                      # seqs 10 … 16 are printed as 1 … 7
        transcript.append_turn(sample_id, Turn(seq, f"第{seq}号发言。", "a6"), Turn(seq + 1, ""))
    svc.edit(sample_id, "a6-1", transcript_refs=[12, 15])
    register.reload()
    register.select_opinion("a6-1")
    idx = register.view.currentIndex().siblingAtColumn(Column.SOURCE)
    assert idx.data() == "#3、#6"
    assert "第 3 段" in register.detail.toPlainText() and "第 6 段" in register.detail.toPlainText()
    with qtbot.waitSignal(ctx.events.show_turn) as blocker:
        register.view.clicked.emit(idx)
    assert blocker.args == [12]
    with qtbot.waitSignal(ctx.events.show_turn) as blocker:
        register._anchor_clicked(__import__("PySide6.QtCore", fromlist=["QUrl"]).QUrl("turn:15"))
    assert blocker.args == [15]


# ------------------------------------------------------------------ edits, each undoable

def test_add_is_undoable(register, svc, sample_id, monkeypatch, ctx):
    register.select_opinion("a7-1")
    def ask(cls, parent, hearing, opinion=None, speaker=None, numbers=None):
        return OpinionInput(speaker, "建议第十八条增加跨区合作。", None, ["第十八条"], "跨区", [3], None)
    monkeypatch.setattr(OpinionDialog, "ask", classmethod(ask))
    register.add()
    added = [o for o in svc.all(sample_id) if o.speaker == "a7"]
    assert [(o.seq, o.text) for o in added] == [(1, added[0].text), (2, "建议第十八条增加跨区合作。")]
    assert register.selected_ids() == [added[1].id]
    assert ("谷琼泉", 2) in register.groups.groups()
    ctx.undo_stack.undo()
    assert len(svc.all(sample_id)) == 21 and ("谷琼泉", 1) in register.groups.groups()
    ctx.undo_stack.redo()
    assert stored(svc, sample_id)[added[1].id].topic == "跨区"


def test_edit_is_undoable(register, svc, sample_id, monkeypatch, ctx):
    register.select_opinion("a1-1")
    before = svc.get(sample_id, "a1-1")
    monkeypatch.setattr(OpinionDialog, "ask", classmethod(
        lambda cls, parent, hearing, opinion=None, speaker=None, numbers=None:
        OpinionInput(opinion.speaker, opinion.text, "新的理由", ["第二十三条", "第二十四条"], "交易", [], 1)))
    register.edit_selected()
    after = svc.get(sample_id, "a1-1")
    assert (after.basis, after.articles, after.topic) == ("新的理由", ["第二十三条", "第二十四条"], "交易")
    ctx.undo_stack.undo()
    assert svc.get(sample_id, "a1-1") == before
    assert "交易" not in register.model.index(register.model.row_of("a1-1"), Column.TOPIC).data()


def test_delete_is_undoable(register, svc, sample_id, ctx):
    register._select_ids(["a3-2", "a3-3"])
    register.delete_selected()
    assert {"a3-2", "a3-3"}.isdisjoint(stored(svc, sample_id))
    assert ("吴仪", 2) in register.groups.groups()
    assert "吴仪（1、4）" in register.numbering_label.text()
    ctx.undo_stack.undo()
    assert [o.id for o in svc.all(sample_id)][8:12] == ["a3-1", "a3-2", "a3-3", "a3-4"]
    assert register.numbering_label.isHidden()


def test_merge_is_undoable(register, svc, sample_id, ctx):
    before = svc.all(sample_id)
    register._select_ids(["a8-4", "a8-5"])
    assert register.actions_by_name["merge"].isEnabled()
    register.merge_selected()
    merged = svc.get(sample_id, "a8-4")
    assert "a8-5" not in stored(svc, sample_id)
    assert merged.text.startswith("第三条第四项应追加") and "建议在第三条第四项之后追加第五项" in merged.text
    assert register.selected_ids() == ["a8-4"]
    ctx.undo_stack.undo()
    assert svc.all(sample_id) == before
    ctx.undo_stack.redo()
    assert "a8-5" not in stored(svc, sample_id)


def test_merge_refuses_two_participants_with_a_message(register, svc, sample_id, message_boxes, ctx):
    register._select_ids(["a5-1", "a6-1"])
    register.merge_selected()
    assert "只能合并同一位听证参加人的意见" in message_boxes.texts()[-1]
    assert ctx.undo_stack.count() == 0 and len(svc.all(sample_id)) == 21
    register._select_ids(["a5-1"])
    register.merge_selected()
    assert "请在登记表中选中同一位参加人的两条意见" in message_boxes.texts()[-1]


def test_split_is_undoable(register, svc, sample_id, monkeypatch, ctx):
    before = svc.all(sample_id)
    register.select_opinion("a6-1")
    monkeypatch.setattr(SplitDialog, "ask", classmethod(lambda cls, parent, opinion, cursor=None:
                                                        ("授权主体是否是排他性的？", "是否必须是国资企业？")))
    register.split_selected()
    ops = [o for o in svc.all(sample_id) if o.speaker == "a6"]
    assert [(o.seq, o.text) for o in ops][:2] == [(1, "授权主体是否是排他性的？"), (2, "是否必须是国资企业？")]
    assert [o.seq for o in ops] == [1, 2, 3, 4]
    assert len(register.selected_ids()) == 2
    ctx.undo_stack.undo()
    assert svc.all(sample_id) == before


def test_split_dialog_splits_at_the_cursor(qtbot, sample_hearing):
    o = next(o for o in sample_hearing.opinions if o.id == "a6-1")
    dialog = SplitDialog(o, cursor=len("授权主体是否是排他性的？"))
    qtbot.addWidget(dialog)
    assert dialog.parts() == ("授权主体是否是排他性的？", "是否必须是国资企业？")
    assert dialog.second.text() == "是否必须是国资企业？"
    cursor = dialog.editor.textCursor()
    cursor.setPosition(0)
    dialog.editor.setTextCursor(cursor)
    assert not dialog._ok.isEnabled()
    guess = SplitDialog(o)
    qtbot.addWidget(guess)
    assert guess.parts()[0].endswith("？")     # a sentence end near the middle


def test_move_is_undoable(register, svc, sample_id, monkeypatch, ctx):
    before = svc.all(sample_id)
    register.select_opinion("a2-2")
    monkeypatch.setattr(MoveDialog, "ask", classmethod(lambda cls, parent, hearing, current: "a9"))
    register.move_selected()
    moved = svc.get(sample_id, "a2-2")
    assert (moved.speaker, moved.seq) == ("a9", 1)
    assert ("刘炜胤", 1) in register.groups.groups() and ("陈德福", 1) in register.groups.groups()
    assert register.selected_ids() == ["a2-2"]
    ctx.undo_stack.undo()
    assert svc.all(sample_id) == before


def test_renumber_in_display_order_is_undoable(register, svc, sample_id, ctx):
    svc.delete(sample_id, "a8-1")
    register.reload()
    assert register.numbering_label.isVisible()
    register.set_group_by(GroupBy.NONE)
    register.view.sortByColumn(Column.TEXT, Qt.SortOrder.DescendingOrder)
    order = [i for i in register.display_order() if i.startswith("a8-")]
    register.renumber()
    assert [svc.get(sample_id, i).seq for i in order] == [1, 2, 3, 4, 5, 6]
    assert register.numbering_label.isHidden()
    ctx.undo_stack.undo()
    assert [o.seq for o in svc.all(sample_id) if o.speaker == "a8"] == [2, 3, 4, 5, 6, 7]


def test_keys_trigger_the_actions(register, qtbot, monkeypatch):
    calls = []
    monkeypatch.setattr(SplitDialog, "ask", classmethod(lambda cls, *a, **k: calls.append("split")))
    register.select_opinion("a6-1")
    register.view.setFocus()
    qtbot.keyClick(register.view, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert calls == ["split"]


def test_answer_link_emits_answer_opinion(register, ctx, qtbot):
    register.select_opinion("a8-2")
    with qtbot.waitSignal(ctx.events.answer_opinion) as blocker:
        register.actions_by_name["answer"].trigger()
    assert blocker.args == ["a8-2"]


def test_reloads_when_another_tab_changes_the_hearing(register, svc, sample_id, ctx):
    svc.edit(sample_id, "a5-1", topic="原则")
    ctx.events.changed.emit(Changes.everything(sample_id))
    assert register.model.index(0, Column.TOPIC).data() == "原则"
    register.hide()
    svc.edit(sample_id, "a5-1", topic="总则")
    ctx.events.changed.emit(Changes.everything(sample_id))
    assert register._stale
    register.show()
    assert register.model.index(0, Column.TOPIC).data() == "总则"


# ------------------------------------------------------------------ disputes and other notes

def test_disputes_linked_to_opinions_undoable(register, svc, sample_id, monkeypatch, ctx):
    panel = register.disputes
    assert panel.list.count() == 1
    register.select_opinion("a8-7")
    panel.list.setCurrentRow(0)
    panel.link_selected()
    assert DisputeService(svc.db).disputes(sample_id)[0].opinion_ids == ["a8-7"]
    assert register.model.index(register.model.row_of("a8-7"), Column.DISPUTED).data() == "问题1"
    assert panel.links.count() == 1 and "高朝阳的第7条意见" in panel.links.item(0).text()
    # a new dispute takes the selected opinions
    register._select_ids(["a3-4", "a1-1"])
    panel.add()
    stored = DisputeService(svc.db).disputes(sample_id)
    assert panel.list.count() == 2 and len(stored) == 1     # nothing typed, nothing stored
    panel.text.insertPlainText("审核是否应为必经环节")                       # typed below the list
    panel.text_saver.end_session()
    assert DisputeService(svc.db).disputes(sample_id)[1] == Dispute("审核是否应为必经环节", ["a1-1", "a3-4"])
    assert "问题2" in register.model.index(register.model.row_of("a3-4"), Column.DISPUTED).data()
    # clicking a linked opinion selects it in the register
    panel.links.setCurrentRow(1)
    panel._link_activated(panel.links.item(1))
    assert register.selected_ids() == ["a3-4"]
    panel.list.setCurrentRow(1)
    panel.links.setCurrentRow(0)
    panel.unlink_selected()
    assert DisputeService(svc.db).disputes(sample_id)[1].opinion_ids == ["a3-4"]
    panel.edit_selected()
    panel.text.selectAll()
    panel.text.insertPlainText("改过的问题")
    panel.text_saver.end_session()
    assert DisputeService(svc.db).disputes(sample_id)[1].text == "改过的问题"
    panel.delete_selected()
    assert len(DisputeService(svc.db).disputes(sample_id)) == 1
    for _ in range(5):
        ctx.undo_stack.undo()
    assert DisputeService(svc.db).disputes(sample_id) == [
        Dispute("针对第三十七条，是否需要对权益保障作进一步规定。", [])]
    assert panel.list.count() == 1


def test_deleting_a_linked_opinion_unlinks_and_undo_relinks(register, svc, sample_id, ctx):
    DisputeService(svc.db).set_disputes(sample_id, [Dispute("问题", ["a8-7"])])
    register.reload()
    register.select_opinion("a8-7")
    register.delete_selected()
    assert DisputeService(svc.db).disputes(sample_id)[0].opinion_ids == []
    ctx.undo_stack.undo()
    assert DisputeService(svc.db).disputes(sample_id)[0].opinion_ids == ["a8-7"]


def test_other_notes_stored_after_typing_and_undoable(register, svc, sample_id, ctx, qtbot):
    notes = register.notes
    notes.editor.selectAll()
    notes.editor.insertPlainText("各听证参加人的意见均已得到回应。")
    qtbot.waitUntil(lambda: svc.load(sample_id).other_notes == "各听证参加人的意见均已得到回应。", timeout=3000)
    notes.editor.insertPlainText("另附说明。")
    notes.commit()
    assert svc.load(sample_id).other_notes.endswith("另附说明。")
    assert ctx.undo_stack.count() == 1            # consecutive edits are one undo step
    ctx.undo_stack.undo()
    assert svc.load(sample_id).other_notes.startswith("听证会中所有听证参加人")
    assert notes.editor.toPlainText().startswith("听证会中所有听证参加人")


def test_no_hearing_clears_the_tab(register):
    register.set_hearing(None)
    assert register.model.rowCount() == 0
    assert not register.actions_by_name["add"].isEnabled()


def test_flush_stores_pending_notes_and_find_focuses_the_search(register, svc, sample_id, qtbot):
    register.notes.editor.selectAll()
    register.notes.editor.insertPlainText("未保存的说明。")
    register.flush()
    assert svc.load(sample_id).other_notes == "未保存的说明。"
    register.start_find()
    qtbot.waitUntil(register.search.hasFocus)


def test_the_dialog_reads_and_writes_printed_numbers(qtbot, sample_hearing):
    """The user types the numbers printed in the transcript's margin; opinions keep seqs."""
    from hearing_desk.domain import Opinion
    opinion = Opinion("x", "a5", "意见", transcript_refs=[12])
    dialog = OpinionDialog(sample_hearing, opinion, numbers={10: 1, 12: 2, 15: 3})
    qtbot.addWidget(dialog)
    assert dialog.refs.text() == "2"
    dialog.refs.setText("第3段、#1")
    assert dialog.value().transcript_refs == [15, 10]
    dialog.refs.setText("4")                         # no such turn
    assert dialog._refs() is None
