"""Issue 11 on the answering page: the editor shows the current row's opinion after a
multi-selection, bulk answers over different answers ask, one undo step per save."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt

from hearing_desk.domain import Decision, Response
from hearing_desk.services.responses import ResponseService
from hearing_desk.ui.opinions.model import Column
from hearing_desk.ui.responses.overwrite import OverwriteDialog
from tests.gui.keys import type_text


def row_rect_centre(page, oid):
    index = page.proxy.mapFromSource(page.model.index(page.model.row_of(oid), Column.TEXT))
    page.list.scrollTo(index)
    return page.list.visualRect(index).center()


def click_row(qtbot, page, oid, modifier=Qt.KeyboardModifier.NoModifier):
    qtbot.mouseClick(page.list.viewport(), Qt.MouseButton.LeftButton, modifier, row_rect_centre(page, oid))


def header(page) -> str:
    return "".join(page.context.toPlainText().split())


@pytest.mark.parametrize("how", ["ctrl_a", "shift_click"])
def test_click_after_multi_selection_shows_that_row_and_saves_there(tab, svc, sample_id, qtbot, how, monkeypatch):

    page = tab.answer
    page.go_to("a8-2")
    page.list.setFocus()
    if how == "ctrl_a":
        qtbot.keyClick(page.list, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    else:
        click_row(qtbot, page, "a8-5", Qt.KeyboardModifier.ShiftModifier)
        assert page.current_id == "a8-5"            # the editor follows the current row
    assert len(page.list.selectionModel().selectedRows()) > 1
    click_row(qtbot, page, "a8-1")
    assert [page._opinion_at(r).id for r in page.list.selectionModel().selectedRows()] == ["a8-1"]
    assert page.current_id == "a8-1"
    assert "第1条意见" in header(page) and "高朝阳" in header(page)
    before_2 = svc.get(sample_id, "a8-2").response
    page.set_decision(Decision.EXPLAINED)
    page.analysis.setFocus()
    page.analysis.selectAll()
    type_text(page.analysis, "新的说明。")
    qtbot.keyClick(page.analysis, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert svc.get(sample_id, "a8-1").response == Response(Decision.EXPLAINED, "新的说明。")
    assert svc.get(sample_id, "a8-2").response == before_2


def test_click_after_multi_selection_in_english(tab, svc, sample_id, qtbot, qapp):
    from hearing_desk import app as app_module
    installed = app_module.install_translators(qapp, "en")
    try:
        page = tab.answer
        page.go_to("a8-2")
        page.list.setFocus()
        qtbot.keyClick(page.list, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        click_row(qtbot, page, "a8-3")
        assert page.current_id == "a8-3"
        page.analysis.selectAll()
        type_text(page.analysis, "英文界面下的说明。")
        page.set_decision(Decision.EXPLAINED)
        assert page.save()
        assert svc.get(sample_id, "a8-3").response.analysis == "英文界面下的说明。"
        assert svc.get(sample_id, "a8-2").response.analysis != "英文界面下的说明。"
    finally:
        app_module.remove_translators(qapp, installed)


def test_bulk_answer_over_different_answers_asks_and_cancel_changes_nothing(
        tab, svc, sample_id, qtbot, monkeypatch, fast_autosave):
    asked: list[list] = []
    answer = {"ok": False}
    monkeypatch.setattr(OverwriteDialog, "ask",
                        classmethod(lambda cls, parent, rows: asked.append(rows) or answer["ok"]))
    page = tab.answer
    page.go_to("a8-1")
    before = {o.id: o.response for o in svc.all(sample_id)}
    page.list.setFocus()
    qtbot.keyClick(page.list, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    n = len(page.target_ids())
    assert n == len(before)
    page.analysis.setFocus()
    page.analysis.selectAll()
    type_text(page.analysis, "统一答复。")
    # a pause in typing stores nothing over the different answers
    qtbot.wait(300)
    assert {o.id: o.response for o in svc.all(sample_id)} == before
    qtbot.keyClick(page.analysis, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert len(asked) == 1
    listed = [label for label, _decision, _analysis in asked[0]]
    differing = [o for o in svc.all(sample_id) if o.id != "a8-1" and o.response is not None
                 and o.response != before["a8-1"]]
    assert len(listed) == len(differing) > 1
    assert "高朝阳的第2条意见" in listed
    assert {o.id: o.response for o in svc.all(sample_id)} == before        # cancelled: nothing changed
    answer["ok"] = True
    qtbot.keyClick(page.analysis, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert len(asked) == 2
    assert all(o.response.analysis == "统一答复。" for o in svc.all(sample_id))


def test_bulk_answer_over_equal_or_empty_answers_does_not_ask(tab, svc, sample_id, monkeypatch):
    monkeypatch.setattr(OverwriteDialog, "ask", classmethod(lambda cls, parent, rows: pytest.fail("asked")))
    for oid in ("a8-3", "a8-4"):
        svc_resp = ResponseService(svc.db)
        svc_resp.answer(sample_id, oid, Decision.PENDING, None)
    tab.reload()
    page = tab.answer
    page.go_to("a8-3")
    sm = page.list.selectionModel()
    row = page.proxy.mapFromSource(page.model.index(page.model.row_of("a8-4"), 0))
    sm.select(row, QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)
    page.set_decision(Decision.ADOPTED)
    page.analysis.setPlainText("采纳。")
    assert page.save()
    assert svc.get(sample_id, "a8-4").response == Response(Decision.ADOPTED, "采纳。")


def test_ctrl_z_after_a_save_undoes_the_save_not_the_typing(tab, svc, sample_id, ctx, qtbot):
    page = tab.answer
    page.go_to("a6-1")
    original = svc.get(sample_id, "a6-1").response
    page.analysis.setFocus()
    page.analysis.moveCursor(page.analysis.textCursor().MoveOperation.End)
    type_text(page.analysis, "补充一句。")
    qtbot.keyClick(page.analysis, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    saved = svc.get(sample_id, "a6-1").response
    assert saved.analysis.endswith("补充一句。")
    steps = ctx.undo_stack.count()
    qtbot.keyClick(page.analysis, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert svc.get(sample_id, "a6-1").response == original          # the save undone, whole
    assert page.analysis.toPlainText() == original.analysis          # the editor shows it
    assert ctx.undo_stack.index() == steps - 1
    page.step(1)                                                     # moving on stores nothing half-undone
    assert svc.get(sample_id, "a6-1").response == original
    qtbot.keyClick(page.analysis, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert svc.get(sample_id, "a6-1").response == saved



def test_answers_by_participant_as_the_report_prints_them(tab, svc, sample_id, ctx, hearings, tmp_path):
    from hearing_desk.domain.numbering import QUESTION, YISHI
    from hearing_desk.services.documents import DocumentService, Target
    page = tab.answer
    page.go_to("a8-2")
    view = page.by_participant
    assert view.participant.currentText() == "高朝阳"
    opinions, answers = view.texts()
    assert len(opinions) == 7 and answers[0].startswith("1.办法第二条")
    assert answers[6].startswith("7.一是数源单位")                 # the writer's own list keeps the number
    view.numbering.setCurrentIndex(view.numbering.findData(YISHI))
    view.numbering.activated.emit(view.numbering.currentIndex())
    assert hearings.get(sample_id).settings.answer_numbering == YISHI       # stored for the hearing
    _o, answers = view.texts()
    assert answers[0].startswith("一是办法第二条") and answers[1].startswith("二是公共数据")
    assert "一是办法第二条" in view.view.toPlainText()
    ctx.undo_stack.undo()
    assert hearings.get(sample_id).settings.answer_numbering == "arabic"
    ctx.undo_stack.redo()
    # the report (PDF and Word, through the export code) prints them the same way
    import docx
    word = tmp_path / "r.docx"
    DocumentService(ctx.db).export(sample_id, {Target.REPORT_DOCX: word})
    text = "\n".join(p.text for p in docx.Document(str(word)).paragraphs)
    text += "\n".join(c.text for t in docx.Document(str(word)).tables for row in t.rows for c in row.cells)
    assert "一是办法第二条" in text and "二是公共数据产品" in text
    view.numbering.setCurrentIndex(view.numbering.findData(QUESTION))
    view.numbering.activated.emit(view.numbering.currentIndex())
    _o, answers = view.texts()
    assert answers[2].startswith("第三个问题，办法第三条")
