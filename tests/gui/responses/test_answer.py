"""意见处理, answering page: context, decision and analysis, required reason, phrases,
bulk answers, progress, next-unanswered key, charts — every answer undoable."""
from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt

from hearing_desk.domain import Decision, Response
from hearing_desk.services.changes import Changes
from hearing_desk.services.responses import ResponseService
from hearing_desk.ui.phrases import PhrasesDialog


def flat(text):
    """Text without any spaces (the browser turns 　 into a plain space)."""
    return "".join(text.split())


def type_analysis(page, text):
    page.analysis.selectAll()
    page.analysis.insertPlainText(text)


def test_shows_the_opinion_with_its_context_and_answer(tab, ctx):
    ctx.events.answer_opinion.emit("a8-2")
    page = tab.answer
    assert page.current_id == "a8-2"
    assert "高朝阳 · 第 2 条意见" in page.context.toPlainText()
    assert "第三条" in page.context.toPlainText() and "尚未导入征求意见稿" in page.context.toPlainText()
    assert page.decision() is Decision.NOT_ADOPTED
    assert page.analysis.toPlainText().startswith("公共数据产品和服务更关注的是经济社会价值")
    assert "须写明理由" in page.reason_hint.text()


def test_context_has_the_draft_articles_and_the_transcript_passage(make_tab, hearings, full_hearing_path):
    hid = hearings.import_file(full_hearing_path)
    tab = make_tab(hid)
    tab.answer.go_to("op3")
    text = flat(tab.answer.context.toPlainText())
    assert "第八条（第二章收费标准）停车收费实行区域差别化和时段差别化。" in text
    hearing = hearings.get(hid)
    for seq in (8, 9):
        turn = next(t for t in hearing.transcript if t.seq == seq)
        assert flat(f"#{seq}{hearing.speaker_label(turn)}：{turn.text}") in text
    tab.answer.go_to("op6")
    assert "征求意见稿中没有这一条" in tab.answer.context.toPlainText()


def test_transcript_link_emits_show_turn(make_tab, hearings, full_hearing_path, ctx, qtbot):
    from PySide6.QtCore import QUrl
    tab = make_tab(hearings.import_file(full_hearing_path))
    with qtbot.waitSignal(ctx.events.show_turn) as blocker:
        tab.answer._anchor_clicked(QUrl("turn:4"))
    assert blocker.args == [4]


def test_answer_saved_and_undoable(tab, svc, sample_id, ctx):
    page = tab.answer
    page.go_to("a6-1")
    page.set_decision(Decision.ADOPTED)
    type_analysis(page, "经研究，予以采纳。")
    assert page.is_dirty() and "未保存" in page.state_label.text()
    assert page.save()
    assert svc.get(sample_id, "a6-1").response == Response(Decision.ADOPTED, "经研究，予以采纳。")
    assert page.model.opinion_at(page.model.row_of("a6-1")).decision is Decision.ADOPTED
    assert not page.is_dirty()
    ctx.undo_stack.undo()
    assert svc.get(sample_id, "a6-1").decision is Decision.EXPLAINED
    assert page.decision() is Decision.EXPLAINED          # the editor follows the undo
    ctx.undo_stack.redo()
    assert svc.get(sample_id, "a6-1").decision is Decision.ADOPTED


def test_not_adopted_and_partially_adopted_need_a_reason(tab, svc, sample_id, ctx):
    page = tab.answer
    page.go_to("a6-1")
    for decision in (Decision.NOT_ADOPTED, Decision.PARTIALLY_ADOPTED):
        page.set_decision(decision)
        type_analysis(page, "   ")
        assert not page.save()
        assert page.error_label.isVisible()
        assert f"选择“{decision.label}”时必须写明理由" in page.error_label.text()
        assert svc.get(sample_id, "a6-1").decision is Decision.EXPLAINED
    assert ctx.undo_stack.count() == 0
    # moving on is refused too: the typed answer is not lost
    assert not page.go_to("a6-2") and page.current_id == "a6-1"
    type_analysis(page, "部分内容已在第四条中体现，其余不予采纳。")
    assert not page.error_label.isVisible()
    assert page.save()
    assert svc.get(sample_id, "a6-1").response == Response(Decision.PARTIALLY_ADOPTED,
                                                           "部分内容已在第四条中体现，其余不予采纳。")


def test_moving_on_saves_the_answer_at_hand(tab, svc, sample_id):
    page = tab.answer
    page.go_to("a2-1")
    type_analysis(page, "改写的说明。")
    page.step(1)
    assert page.current_id == "a2-2"
    assert svc.get(sample_id, "a2-1").response.analysis == "改写的说明。"


def test_decision_and_phrase_keys(tab, svc, sample_id, ctx, qtbot):
    page = tab.answer
    page.go_to("a6-1")
    page.analysis.setFocus()
    qtbot.keyClick(page.analysis, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    assert page.decision() is Decision.ADOPTED
    qtbot.keyClick(page.analysis, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    assert page.decision() is Decision.NOT_ADOPTED
    type_analysis(page, "")
    qtbot.keyClick(page.analysis, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
    assert page.analysis.toPlainText() == "该问题将在后续工作中另行研究。"
    qtbot.keyClick(page.analysis, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert svc.get(sample_id, "a6-1").decision is Decision.EXPLAINED     # a phrase alone is no reason
    page.analysis.moveCursor(page.analysis.textCursor().MoveOperation.Start)
    page.analysis.insertPlainText("授权主体须经公开遴选，")
    qtbot.keyClick(page.analysis, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert svc.get(sample_id, "a6-1").response == Response(Decision.NOT_ADOPTED,
                                                           "授权主体须经公开遴选，该问题将在后续工作中另行研究。")


def test_phrases_are_editable_and_kept_in_the_settings(tab, ctx, monkeypatch):
    page = tab.answer
    monkeypatch.setattr(PhrasesDialog, "ask",
                        classmethod(lambda cls, parent, title, lists: [lists[0][1] + ["已在第四条中完善表述。"]]))
    page.edit_phrases()
    assert ctx.settings.get("responses/phrases")[-1] == "已在第四条中完善表述。"
    assert page.phrases.item(3).text() == "Ctrl+Alt+4　已在第四条中完善表述。"
    page.go_to("a5-1")
    type_analysis(page, "将根据所提意见")
    page.insert_phrase(3)
    assert page.analysis.toPlainText() == "将根据所提意见已在第四条中完善表述。"
    page.phrases.itemDoubleClicked.emit(page.phrases.item(0))
    assert page.analysis.toPlainText().endswith("经研究，予以采纳。")
    dialog = PhrasesDialog("编辑常用答复语", [("每行一条", ["甲", "乙"])])
    dialog.editors[0].setPlainText("甲\n\n 丙 \n")
    assert dialog.values() == [["甲", "丙"]]
    dialog.deleteLater()


def test_one_answer_for_several_selected_opinions_undoable(tab, svc, sample_id, ctx, monkeypatch):
    from hearing_desk.ui.responses.overwrite import OverwriteDialog
    asked = []
    monkeypatch.setattr(OverwriteDialog, "ask", classmethod(lambda cls, parent, rows: asked.append(rows) or True))
    page = tab.answer
    page.go_to("a8-3")
    sm = page.list.selectionModel()
    for oid in ("a8-4", "a8-5"):
        row = page.proxy.mapFromSource(page.model.index(page.model.row_of(oid), 0))
        sm.select(row, QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)
    assert page.current_id == "a8-3"                  # several selected: the editor stays
    assert page.target_ids() == ["a8-3", "a8-4", "a8-5"]
    assert "同时应用于 3 条意见" in page.scope_label.text()
    page.set_decision(Decision.ALREADY_REFLECTED)
    type_analysis(page, "已在办法第三章中体现。")
    assert page.save()
    assert [len(rows) for rows in asked] == [2]        # a8-4 and a8-5 had other answers: asked first
    ops = {o.id: o for o in svc.all(sample_id)}
    assert all(ops[i].response == Response(Decision.ALREADY_REFLECTED, "已在办法第三章中体现。")
               for i in ("a8-3", "a8-4", "a8-5"))
    assert ctx.undo_stack.count() == 1
    ctx.undo_stack.undo()
    ops = {o.id: o for o in svc.all(sample_id)}
    assert ops["a8-4"].response.analysis == ("已在办法第三章内容中包含运营协议内容。"
                                            "具体的运营管理办法将由运营管理单位制定。")


def test_apply_to_similar_opinions(tab, svc, sample_id, ctx):
    for speaker in ("a7", "a9"):
        svc.add(sample_id, speaker, "授权主体是否是排他性的？是否必须是国资企业？")
    svc.add(sample_id, "a9", "授权主体是否具有排他性，是否必须是国有企业？")
    ctx.events.changed.emit(Changes.everything(sample_id))
    page = tab.answer
    page.go_to("a6-1")
    found = [page.similar.item(i).data(Qt.ItemDataRole.UserRole) for i in range(page.similar.count())]
    assert found[:2] == ["a7-2", "a9-1"] and "a9-2" in found
    assert "相似 100%" in page.similar.item(0).text()
    for i in range(page.similar.count()):
        page.similar.item(i).setCheckState(Qt.CheckState.Checked)
    assert "同时应用于 4 条意见" in page.scope_label.text()
    type_analysis(page, "授权主体没有排他性。")
    assert page.save()
    answered = {o.id: o.response for o in svc.all(sample_id)}
    assert all(answered[i] == Response(Decision.EXPLAINED, "授权主体没有排他性。") for i in ["a6-1", *found])
    ctx.undo_stack.undo()
    assert svc.get(sample_id, "a9-1").response is None


def test_progress_next_unanswered_key_and_charts(tab, sample_id, ctx, qtbot, db):
    ResponseService(db).answer_many(sample_id, ["a2-2", "a7-1", "a8-6"], Decision.PENDING, "")
    ctx.events.changed.emit(Changes.everything(sample_id))
    assert tab.progress_label.text() == "已答复 18 / 21"
    assert tab.progress_bar.value() == 18 and tab.progress_bar.maximum() == 21
    chart = dict(tab.answer.decision_chart.data())
    assert chart["待处理"] == 3 and chart["解释说明"] == 6 and chart["已体现"] == 4
    articles = dict(tab.answer.article_chart.data())
    assert articles["第三条"] == 5 and articles["未涉及具体条款"] == 7
    tab.answer.go_to("a5-1")
    tab.answer.analysis.setFocus()
    qtbot.keyClick(tab.answer.analysis, Qt.Key.Key_F8)
    assert tab.answer.current_id == "a2-2"
    tab.answer.set_decision(Decision.EXPLAINED)
    type_analysis(tab.answer, "区里也在制定软信行业的一些政策。")
    qtbot.keyClick(tab.answer.analysis, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)   # saves, moves on
    assert tab.answer.current_id == "a7-1"
    assert tab.progress_label.text() == "已答复 19 / 21"
    assert dict(tab.answer.decision_chart.data())["待处理"] == 2
    qtbot.keyClick(tab.answer.analysis, Qt.Key.Key_F8)
    assert tab.answer.current_id == "a8-6"
    qtbot.keyClick(tab.answer.analysis, Qt.Key.Key_F8)
    assert tab.answer.current_id == "a7-1"             # wraps around


def test_unanswered_only_filter_and_search(tab, sample_id, ctx, db):
    ResponseService(db).answer(sample_id, "a7-1", Decision.PENDING, "")
    ctx.events.changed.emit(Changes.everything(sample_id))
    page = tab.answer
    page.unanswered_only.setChecked(True)
    assert page.proxy.rowCount() == 1
    page.unanswered_only.setChecked(False)
    page.search.setText("福田")
    assert page.proxy.rowCount() == 1


def test_find_key_of_the_main_window_focuses_the_search(tab, qtbot):
    tab.start_find()
    qtbot.waitUntil(lambda: tab.answer.search.hasFocus())


def test_flush_saves_unsaved_answer(tab, svc, sample_id):
    tab.answer.go_to("a6-2")
    type_analysis(tab.answer, "留待保存。")
    tab.flush()
    assert svc.get(sample_id, "a6-2").response.analysis == "留待保存。"
