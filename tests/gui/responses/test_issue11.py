"""Issue 11 on the answering page: the editor shows the current row's opinion after a
multi-selection, bulk answers over different answers ask, one undo step per save."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt

from hearing_desk.domain import Decision, Response
from hearing_desk.ui.opinions.model import Column

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
