"""意见处理: the answer being written is stored as it is typed, for the opinions it was
typed for; one undo step per answer; a decision that needs a reason waits for one."""
from __future__ import annotations

import time

from PySide6.QtCore import Qt

from hearing_desk.domain import Decision, Response
from hearing_desk.services.changes import Changes

from ..keys import leave, type_text


def test_analysis_stored_within_a_second_of_the_last_key(tab, svc, sample_id, qtbot):
    page = tab.answer
    page.go_to("a6-1")
    page.analysis.moveCursor(page.analysis.textCursor().MoveOperation.End)
    before = svc.get(sample_id, "a6-1").response
    type_text(page.analysis, "另行补充说明")
    last_key = time.monotonic()
    assert svc.get(sample_id, "a6-1").response == before
    qtbot.waitUntil(lambda: svc.get(sample_id, "a6-1").response.analysis.endswith("另行补充说明"), timeout=1000)
    assert time.monotonic() - last_key < 1.0
    assert svc.get(sample_id, "a6-1").decision is before.decision


def test_one_answer_is_one_undo_step(tab, svc, sample_id, ctx, qtbot, fast_autosave):
    page = tab.answer
    page.go_to("a6-1")
    before = svc.get(sample_id, "a6-1").response
    page.set_decision(Decision.ADOPTED)
    page.analysis.selectAll()
    type_text(page.analysis, "经研究")
    qtbot.waitUntil(lambda: svc.get(sample_id, "a6-1").response == Response(Decision.ADOPTED, "经研究"), timeout=1000)
    type_text(page.analysis, "，予以采纳。")
    qtbot.waitUntil(lambda: svc.get(sample_id, "a6-1").response.analysis == "经研究，予以采纳。", timeout=1000)
    assert page.save()
    assert ctx.undo_stack.count() == 1 and ctx.undo_stack.undoText() == "答复意见（采纳）"
    assert not page.is_dirty() and page.state_label.text() == "已保存"
    ctx.undo_stack.undo()
    assert svc.get(sample_id, "a6-1").response == before
    assert (page.decision(), page.analysis.toPlainText()) == (before.decision, before.analysis)


def test_moving_on_mid_debounce_stores_to_the_opinion_typed_for(tab, svc, sample_id, qtbot):
    page = tab.answer
    page.go_to("a6-1")
    other = svc.get(sample_id, "a8-2").response
    page.analysis.selectAll()
    type_text(page.analysis, "只属于第一条的答复")
    page.step(1)                                        # Alt+↓ before the timer fired
    assert page.current_id != "a6-1"
    assert svc.get(sample_id, "a6-1").response.analysis == "只属于第一条的答复"
    qtbot.wait(700)
    assert svc.get(sample_id, "a8-2").response == other
    assert all(o.response is None or o.response.analysis != "只属于第一条的答复"
               for o in svc.all(sample_id) if o.id != "a6-1")


def test_a_decision_that_needs_a_reason_waits_quietly(tab, svc, sample_id, qtbot, fast_autosave):
    page = tab.answer
    page.go_to("a6-1")
    before = svc.get(sample_id, "a6-1").response
    page.analysis.selectAll()
    page.analysis.cut()
    page.set_decision(Decision.NOT_ADOPTED)
    qtbot.wait(250)
    assert svc.get(sample_id, "a6-1").response == before      # refused, and nobody was told yet
    assert not page.error_label.isVisible() and "须写明理由" in page.state_label.text()
    type_text(page.analysis, "与上位法不符")
    qtbot.waitUntil(lambda: svc.get(sample_id, "a6-1").response == Response(Decision.NOT_ADOPTED, "与上位法不符"),
                    timeout=1000)


def test_one_answer_for_several_keeps_its_scope_while_typing(tab, svc, sample_id, qtbot, fast_autosave):
    """A ticked similar opinion stays ticked when the first store reloads the page,
    so the whole answer reaches both."""
    first = svc.get(sample_id, "a6-1")
    twin = svc.add(sample_id, first.speaker, first.text)
    tab.reload()
    page = tab.answer
    page.go_to("a6-1")
    [item] = [page.similar.item(i) for i in range(page.similar.count())
              if page.similar.item(i).data(Qt.ItemDataRole.UserRole) == twin.id]
    item.setCheckState(Qt.CheckState.Checked)
    page.set_decision(Decision.EXPLAINED)
    page.analysis.selectAll()
    type_text(page.analysis, "统一答复")
    qtbot.waitUntil(lambda: svc.get(sample_id, twin.id).response == Response(Decision.EXPLAINED, "统一答复"),
                    timeout=1000)
    ticked = [page.similar.item(i).data(Qt.ItemDataRole.UserRole) for i in range(page.similar.count())
              if page.similar.item(i).checkState() == Qt.CheckState.Checked]
    assert ticked == [twin.id]                          # the list was rebuilt, the tick kept
    type_text(page.analysis, "：见第三条")
    leave(page.analysis)
    assert [svc.get(sample_id, i).response.analysis for i in ("a6-1", twin.id)] == ["统一答复：见第三条"] * 2


def test_selected_rows_answered_together_while_typing(tab, svc, sample_id, qtbot, fast_autosave):
    from PySide6.QtCore import QItemSelectionModel

    from hearing_desk.services.responses import ResponseService

    # a8-2 unanswered: nothing to replace, so the answer is stored as typed (a different
    # answer would wait for the question, test_issue11.py)
    ResponseService(svc.db).answer(sample_id, "a8-2", Decision.PENDING, None)
    tab.reload()
    page = tab.answer
    page.go_to("a6-1")
    row = page.proxy.mapFromSource(page.model.index(page.model.row_of("a8-2"), 0))
    page.list.selectionModel().select(row, QItemSelectionModel.SelectionFlag.Select
                                      | QItemSelectionModel.SelectionFlag.Rows)
    page.set_decision(Decision.EXPLAINED)
    page.analysis.selectAll()
    type_text(page.analysis, "统一答复")
    qtbot.waitUntil(lambda: svc.get(sample_id, "a8-2").response == Response(Decision.EXPLAINED, "统一答复"),
                    timeout=1000)
    type_text(page.analysis, "二")
    leave(page.analysis)
    assert [svc.get(sample_id, i).response.analysis for i in ("a6-1", "a8-2")] == ["统一答复二"] * 2


def test_basic_info_stored_as_typed(tab, ctx, sample_id, hearings, qtbot, fast_autosave):
    tab.show_page("report")
    view = tab.report
    view.basic_info.moveCursor(view.basic_info.textCursor().MoveOperation.End)
    type_text(view.basic_info, "另有说明。")
    qtbot.waitUntil(lambda: (hearings.get(sample_id).basic_info_override or "").endswith("另有说明。"), timeout=1000)
    type_text(view.basic_info, "二")
    leave(view.basic_info)
    assert hearings.get(sample_id).basic_info_override.endswith("另有说明。二")
    assert ctx.undo_stack.count() == 1
    ctx.undo_stack.undo()
    assert hearings.get(sample_id).basic_info_override is None


def test_typing_under_unanswered_only_keeps_the_row_and_reads_nothing_again(tab, svc, sample_id, ctx, db, qtbot,
                                                                           monkeypatch, fast_autosave):
    """A pause in typing stores the answer and updates the row, the counts and the
    charts in place: the hearing is not read again (a tenth of a second on a
    full-day hearing), and the answered row does not vanish from 只显示未答复."""
    from hearing_desk.services.opinions import OpinionService
    from hearing_desk.services.responses import ResponseService

    ResponseService(db).answer(sample_id, "a7-1", Decision.PENDING, "")
    ctx.events.changed.emit(Changes.everything(sample_id))
    page = tab.answer
    page.unanswered_only.setChecked(True)
    page.go_to("a7-1")
    total = len(svc.all(sample_id))
    assert tab.progress_label.text() == f"已答复 {total - 1} / {total}"
    loads = []
    original = OpinionService.load
    monkeypatch.setattr(OpinionService, "load", lambda self, *a: loads.append(a) or original(self, *a))
    page.set_decision(Decision.ADOPTED)
    type_text(page.analysis, "予以采纳")
    qtbot.waitUntil(lambda: svc.get(sample_id, "a7-1").response == Response(Decision.ADOPTED, "予以采纳"),
                    timeout=1000)
    assert loads == []
    assert page.current_id == "a7-1" and page.proxy.rowCount() == 1
    assert tab.progress_label.text() == f"已答复 {total} / {total}"
    assert page.model.opinion_at(page.model.row_of("a7-1")).decision is Decision.ADOPTED
