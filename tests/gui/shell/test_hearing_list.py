"""The hearing list: model, where each hearing stands, new / duplicate / delete / import / export."""
from __future__ import annotations

import json
from datetime import datetime
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from hearing_desk.domain import HearingSummary
from hearing_desk.ui import background
from hearing_desk.ui.dialogs import ConfirmDelete, OpenHearingFile, PersonalDataChoice, SaveHearingFile, TitleDialog
from hearing_desk.ui.hearing_list import Column, HearingListModel, status_text


def summary(id_, title="听证会", **kw) -> HearingSummary:
    base = dict(id=id_, title=title, starts_at=None, participants=0, turns=0, opinions=0, answered=0,
                signatures_pending=0, locked=False, updated_at="")
    base.update(kw)
    return HearingSummary(**base)


# ------------------------------------------------------------------ model
def test_model_passes_qtmodeltester_through_merges(qtmodeltester):
    model = HearingListModel()
    qtmodeltester.check(model, force_py=True)
    model.set_summaries([summary(1, "甲"), summary(2, "乙"), summary(3, "丙")])
    assert [model.index(r, Column.TITLE).data() for r in range(3)] == ["丙", "乙", "甲"]   # newest first
    model.set_summaries([summary(1, "甲"), summary(3, "丙（改）"), summary(4, "丁")])
    assert [model.index(r, Column.TITLE).data() for r in range(3)] == ["丁", "丙（改）", "甲"]
    assert model.index(0, Column.TITLE).data(Qt.ItemDataRole.UserRole).id == 4
    model.set_summaries([])
    assert model.rowCount() == 0
    qtmodeltester.check(model, force_py=True)


def test_merge_keeps_rows_and_signals_only_changes(qtbot):
    model = HearingListModel()
    model.set_summaries([summary(1), summary(2)])
    with qtbot.assertNotEmitted(model.modelReset), qtbot.waitSignal(model.dataChanged) as changed:
        model.set_summaries([summary(1), summary(2, turns=5)])
    assert changed.args[0].row() == 0 and changed.args[1].column() == Column.STATUS
    assert model.index(0, Column.STATUS).data() == "笔录 5 段"


@pytest.mark.parametrize("kw, text", [
    ({}, "筹备中"),
    ({"participants": 9, "opinions": 21, "answered": 21}, "筹备中 · 参加人 9 人 · 意见已答复 21/21"),
    ({"turns": 120, "opinions": 4, "answered": 1}, "笔录 120 段 · 意见已答复 1/4"),
    ({"turns": 120, "locked": True, "opinions": 21, "answered": 12, "signatures_pending": 3},
     "笔录已锁定 · 意见已答复 12/21 · 待签字 3"),
    ({"turns": 120, "locked": True}, "笔录已锁定 · 签字已完成"),
])
def test_where_a_hearing_stands(kw, text):
    assert status_text(summary(1, **kw)) == text


def test_date_and_tooltip():
    model = HearingListModel()
    model.set_summaries([summary(1, "光明区听证会", starts_at=datetime(2024, 7, 16, 15, 0)), summary(2, "未定")])
    assert model.index(1, Column.DATE).data() == "2024-07-16"
    assert model.index(0, Column.DATE).data() == "日期未定"
    assert "光明区听证会" in model.index(1, Column.STATUS).data(Qt.ItemDataRole.ToolTipRole)


def test_sample_hearing_row(window):
    model = window.hearing_list.model
    index = model.index(0, Column.STATUS)
    assert index.data() == "筹备中 · 参加人 9 人 · 意见已答复 21/21"
    assert model.index(0, Column.DATE).data() == "2024-07-16"


def test_delegate_paints_two_lines(window):
    view = window.hearing_list.view
    hint = view.itemDelegate().sizeHint(_option(view), window.hearing_list.proxy.index(0, 0))
    assert hint.height() >= 2 * view.fontMetrics().height()
    assert not view.grab().isNull()


def _option(view):
    from PySide6.QtWidgets import QStyleOptionViewItem
    option = QStyleOptionViewItem()
    option.initFrom(view)
    return option


# ------------------------------------------------------------------ new, duplicate, delete
def test_title_dialog_needs_a_name(qtbot):
    dialog = TitleDialog("新建听证会", "听证会名称：")
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    dialog.edit.setText("   ")
    assert not ok.isEnabled()
    dialog.edit.setText("  新的听证会 ")
    assert ok.isEnabled() and dialog.title() == "新的听证会"


def test_new_hearing(window, ctx, monkeypatch):
    monkeypatch.setattr(TitleDialog, "ask", classmethod(lambda cls, *a, **k: "新的听证会"))
    window.open_hearing(window.hearing_id, "opinions")
    window.window_actions.new_hearing.trigger()
    titles = [s.title for s in window.hearing_list.model.summaries()]
    assert titles[0] == "新的听证会" and len(titles) == 2
    new_id = window.hearing_list.model.summaries()[0].id
    assert window.hearing_id == new_id
    assert window.current_tab() == "setup"
    assert window.hearing_list.selected_id() == new_id
    assert "新的听证会" in window.windowTitle()


def test_new_hearing_cancelled(window, ctx, monkeypatch):
    monkeypatch.setattr(TitleDialog, "ask", classmethod(lambda cls, *a, **k: None))
    window.window_actions.new_hearing.trigger()
    assert len(ctx.hearings.list()) == 1


def test_duplicate(window, ctx, monkeypatch):
    asked = {}

    def ask(cls, parent, title, prompt, initial=""):
        asked["initial"] = initial
        return initial
    monkeypatch.setattr(TitleDialog, "ask", classmethod(ask))
    original = window.hearing_id
    window.window_actions.duplicate_hearing.trigger()
    assert asked["initial"].endswith("（副本）")
    assert len(ctx.hearings.list()) == 2
    assert window.hearing_id != original
    copy = ctx.hearings.get(window.hearing_id)
    assert copy.title == asked["initial"]
    assert len(copy.opinions) == len(ctx.hearings.get(original).opinions) == 21


def test_delete_asks_and_opens_the_next(window, ctx, monkeypatch):
    asked, answer = [], {"yes": False}

    def ask(cls, parent, title, text, informative=""):
        asked.append(text + "\n" + informative)
        return answer["yes"]
    monkeypatch.setattr(ConfirmDelete, "ask", classmethod(ask))
    first = window.hearing_id
    second = ctx.hearings.create("第二场听证会")
    window.refresh_list()
    window.open_hearing(second)
    window.window_actions.delete_hearing.trigger()
    assert {s.id for s in ctx.hearings.list()} == {first, second}
    assert "第二场听证会" in asked[0] and "无法恢复" in asked[0]

    answer["yes"] = True
    window.window_actions.delete_hearing.trigger()
    assert [s.id for s in ctx.hearings.list()] == [first]
    assert window.hearing_list.model.rowCount() == 1
    assert window.hearing_id == first

    window.window_actions.delete_hearing.trigger()
    assert "意见 21 条" in asked[-1]
    assert ctx.hearings.list() == []
    assert window.hearing_id is None
    assert window.stack.currentWidget() is window.empty_page
    assert not window.window_actions.delete_hearing.isEnabled()


def test_confirm_delete_defaults_to_cancel(qtbot):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    seen: dict[str, Any] = {}

    def look():
        box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible())
        seen["buttons"] = sorted(b.text() for b in box.buttons())
        seen["default"] = box.defaultButton().text()
        box.defaultButton().click()
    QTimer.singleShot(0, look)
    assert ConfirmDelete.ask(None, "删除听证会", "确定要删除吗？") is False
    assert seen == {"buttons": sorted(["删除", "Cancel"]), "default": "Cancel"}     # no Qt translator in tests


def test_delete_key_works_only_in_the_list(window):
    action = window.window_actions.delete_hearing
    assert action.shortcutContext() == Qt.ShortcutContext.WidgetWithChildrenShortcut
    assert action in window.hearing_list.view.actions()


# ------------------------------------------------------------------ hearing files
def _wait_tasks(qtbot):
    qtbot.waitUntil(lambda: not background.running_tasks(), timeout=10000)


def test_import_bad_file_shows_every_problem_and_stores_nothing(window, ctx, tmp_path, qtbot, monkeypatch,
                                                                 message_boxes, sample_path):
    doc = json.loads(sample_path.read_text(encoding="utf-8"))
    doc["opinions"][0]["speaker"] = "nobody"
    doc["transcript"] = [{"seq": 1, "speaker": "ghost", "text": "你好"}]
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    monkeypatch.setattr(OpenHearingFile, "ask", classmethod(lambda cls, parent, folder="": str(bad)))
    window.window_actions.import_hearing.trigger()
    _wait_tasks(qtbot)
    assert len(ctx.hearings.list()) == 1
    assert message_boxes.kinds() == ["warning"]
    text = message_boxes.texts()[0]
    assert "未导入任何内容" in text
    assert 'opinions[0].speaker：找不到 id 为 "nobody" 的人员' in text
    assert 'transcript[0].speaker：找不到 id 为 "ghost" 的人员' in text
    assert ctx.settings.get("hearing_file/folder") == str(tmp_path)


def test_import_not_json(window, ctx, tmp_path, qtbot, message_boxes):
    bad = tmp_path / "notes.json"
    bad.write_text("这不是 JSON", encoding="utf-8")
    window.ops.import_file(str(bad))
    _wait_tasks(qtbot)
    assert len(ctx.hearings.list()) == 1
    assert "不是合法的 JSON" in message_boxes.texts()[0]


def test_import_good_file_opens_it(window, ctx, qtbot, full_hearing_path, message_boxes):
    task = window.ops.import_file(str(full_hearing_path))
    with qtbot.waitSignal(task.finished, timeout=10000):
        pass
    assert message_boxes.calls == []
    assert len(ctx.hearings.list()) == 2
    assert window.hearing_id == task.result
    assert window.hearing_list.selected_id() == task.result


@pytest.mark.parametrize("personal", [True, False])
def test_export_writes_valid_json(window, ctx, tmp_path, qtbot, monkeypatch, personal, message_boxes,
                                  full_hearing_path):
    from hearing_desk.formats import interchange

    hid = ctx.hearings.import_file(full_hearing_path)
    window.refresh_list()
    window.open_hearing(hid)
    target = tmp_path / "out" / "archive.json"
    target.parent.mkdir()
    suggested: dict[str, str] = {}
    monkeypatch.setattr(PersonalDataChoice, "ask", classmethod(lambda cls, parent: personal))
    monkeypatch.setattr(SaveHearingFile, "ask",
                        classmethod(lambda cls, parent, path: suggested.setdefault("path", path) and str(target)))
    window.window_actions.export_hearing.trigger()
    _wait_tasks(qtbot)
    assert message_boxes.calls == []
    assert suggested["path"].endswith(".json")
    doc = json.loads(target.read_text(encoding="utf-8"))
    interchange.validate(doc)
    assert doc["hearing"]["title"] == ctx.hearings.get(hid).title
    has_contacts = any("contact" in p for p in doc["people"])
    assert has_contacts is personal
    assert window.statusBar().currentMessage().startswith("已导出到")


def test_export_cancelled_writes_nothing(window, tmp_path, monkeypatch):
    monkeypatch.setattr(PersonalDataChoice, "ask", classmethod(lambda cls, parent: None))
    assert window.ops.export_file(window.hearing_id) is None
    monkeypatch.setattr(PersonalDataChoice, "ask", classmethod(lambda cls, parent: True))
    monkeypatch.setattr(SaveHearingFile, "ask", classmethod(lambda cls, parent, path: None))
    assert window.ops.export_file(window.hearing_id) is None
    assert background.running_tasks() == []


def test_export_to_unwritable_place_is_told(window, tmp_path, qtbot, message_boxes):
    (tmp_path / "a-file").write_text("")
    window.ops.export_file(window.hearing_id, str(tmp_path / "a-file" / "x.json"), personal_data=True)
    _wait_tasks(qtbot)
    assert message_boxes.kinds() == ["warning"]
    assert "a-file/x.json" in message_boxes.texts()[0]


def test_export_marks_the_window_clean(window, ctx, tmp_path, qtbot):
    from PySide6.QtGui import QUndoCommand

    ctx.undo_stack.push(QUndoCommand("修改"))
    assert window.isWindowModified()
    window.ops.export_file(window.hearing_id, str(tmp_path / "x.json"), personal_data=False)
    _wait_tasks(qtbot)
    assert not window.isWindowModified()


def test_long_titles_wrap_and_status_parts_stay_whole(qapp):
    from PySide6.QtGui import QFont, QFontMetrics

    from hearing_desk.ui.hearing_list import SEPARATOR, flow_parts, wrap_text

    font = QFont()
    metrics = QFontMetrics(font)
    title = "《光明区公共数据授权运营暂行管理办法（征求意见稿）》听证会" * 3
    width = metrics.horizontalAdvance("光" * 12)
    lines = wrap_text(title, font, width, 2)
    assert len(lines) == 2 and lines[1].endswith("…")
    assert all(metrics.horizontalAdvance(line) <= width for line in lines)
    assert wrap_text("短标题", font, width, 2) == ["短标题"]

    parts = ["2024-07-16", "笔录已锁定", "意见已答复 12/21", "待签字 3"]
    lines = flow_parts(parts, metrics, metrics.horizontalAdvance("2024-07-16 · 笔录已锁定 · 意"), 2)
    assert lines == ["2024-07-16 · 笔录已锁定", "意见已答复 12/21 · 待签字 3"]
    assert flow_parts(parts, metrics, 10_000, 2) == [SEPARATOR.join(parts)]


def test_delete_key_in_the_list_asks_but_not_in_the_filter(window, qtbot, monkeypatch):
    asked = []
    monkeypatch.setattr(ConfirmDelete, "ask", classmethod(lambda cls, *a, **k: asked.append(a) or False))
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    panel = window.hearing_list
    panel.filter.setFocus()
    qtbot.keyClick(panel.filter, Qt.Key.Key_Delete)
    assert asked == []
    panel.view.setFocus()
    qtbot.keyClick(panel.view, Qt.Key.Key_Delete)
    assert len(asked) == 1
