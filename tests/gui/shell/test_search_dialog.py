"""在所有听证会中查找 in the window: Enter in the list's filter box searches every
hearing; a hit opens its hearing at its place; the counts page."""
from __future__ import annotations

from PySide6.QtCore import Qt

from tests.unit.test_search import archive_hearing


def test_enter_in_the_filter_searches_all_hearings_and_a_hit_opens_there(window, ctx, sample_id, qtbot):
    other = ctx.hearings.add(archive_hearing())
    window.refresh_list()
    window.hearing_list.filter.setText("数据")
    qtbot.keyClick(window.hearing_list.filter, Qt.Key.Key_Return)
    dialog = window._search_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.task is None and dialog.ui.count.text().startswith("找到"))
    hits = dialog.ui.hits
    rows = [[hits.topLevelItem(i).text(c) for c in range(4)] for i in range(hits.topLevelItemCount())]
    assert {r[0] for r in rows} == {"《光明区公共数据授权运营暂行管理办法（征求意见稿）》听证会", "听证会甲"}
    assert ["听证会甲", "笔录", "笔录第 2 段 听证参加人（赵六）", "我们掌握的数据显示车位紧张"] in rows
    assert dialog.ui.count.text().startswith(f"找到 {len(rows)} 处，在 2 场听证会中")
    assert window.hearing_id == sample_id

    turn = next(i for i in range(len(rows)) if rows[i][1] == "笔录")
    with qtbot.waitSignal(ctx.events.show_turn) as shown:
        dialog.ui.hits.itemActivated.emit(hits.topLevelItem(turn), 0)
    assert shown.args == [2]
    assert window.hearing_id == other and window.current_tab() == "transcript"
    answer = next(i for i in range(len(rows)) if rows[i][1] == "答复" and rows[i][0] == "听证会甲")
    with qtbot.waitSignal(ctx.events.answer_opinion) as shown:
        dialog.ui.hits.itemActivated.emit(hits.topLevelItem(answer), 0)
    assert shown.args == ["o2"] and window.current_tab() == "responses"

    dialog.ui.query.setText("没有的词")
    dialog.ui.go.click()
    qtbot.waitUntil(lambda: dialog.ui.count.text() == "没有找到“没有的词”。")
    assert hits.topLevelItemCount() == 0
    dialog.ui.query.setText("，")
    dialog.ui.go.click()
    qtbot.waitUntil(lambda: "请输入要查找的字词" in dialog.ui.count.text())


def test_counts_across_hearings_in_the_dialog(window, ctx):
    ctx.hearings.add(archive_hearing())
    window.window_actions.search_all.trigger()
    dialog = window._search_dialog
    dialog.ui.pages.setCurrentWidget(dialog.ui.tally_page)
    tally = dialog.ui.tally
    groups = {tally.topLevelItem(i).text(0): (tally.topLevelItem(i).text(1),
              [(tally.topLevelItem(i).child(j).text(0), tally.topLevelItem(i).child(j).text(1))
               for j in range(tally.topLevelItem(i).childCount())])
              for i in range(tally.topLevelItemCount())}
    assert groups["听证会（按年份）"] == ("2", [("2023", "1"), ("2024", "1")])
    assert groups["意见（按处理结果）"][0] == "23"
    assert ("采纳", "3") in groups["意见（按处理结果）"][1]


def test_a_lent_hearing_says_so_in_the_list_and_when_opened(window, ctx, sample_id, tmp_path):
    from hearing_desk.services.checkout import CheckoutService
    from hearing_desk.ui.hearing_list import status_text

    other = ctx.hearings.add(archive_hearing())
    window.refresh_list()
    window.open_hearing(other)
    CheckoutService(ctx.db).checkout(sample_id, tmp_path / "laptop.sqlite3", by="刘麒麟")
    window.refresh_list()
    summary = window.hearing_list.model.summaries()[window.hearing_list.model.row_of(sample_id)]
    assert status_text(summary).startswith("已借出（刘麒麟），交回前不能修改")
    window.open_hearing(sample_id)
    assert window.statusBar().currentMessage() == "这场听证会已借出（刘麒麟），交回（checkin）之前在档案库中不能修改。"


def test_check_out_and_in_from_the_window_with_a_conflict_chosen(window, ctx, sample_id, tmp_path, monkeypatch,
                                                                  qtbot, message_boxes):
    """文件 → 借出到笔记本文件…, then 从笔记本文件交回…: a conflict is shown with what
    changed, and only the choice made (作为新的听证会存入) is done."""
    from hearing_desk.services.hearing_fields import HearingFieldsService
    from hearing_desk.storage.database import Database
    from hearing_desk.ui import background
    from hearing_desk.ui.dialogs import CheckinFile, CheckoutFile, ConflictChoice

    laptop = tmp_path / "laptop.sqlite3"
    monkeypatch.setattr(CheckoutFile, "ask", classmethod(lambda cls, parent, suggested: str(laptop)))
    monkeypatch.setattr(CheckinFile, "ask", classmethod(lambda cls, parent, folder="": str(laptop)))
    shown: list[str] = []
    monkeypatch.setattr(ConflictChoice, "ask", classmethod(lambda cls, parent, report: shown.append(report) or "new"))

    window.window_actions.checkout_hearing.trigger()
    assert background.wait_for_all()
    qtbot.waitUntil(lambda: ctx.checkout.lent_one(sample_id) is not None)
    assert "已借出" in window.statusBar().currentMessage()
    ctx.checkout.release(sample_id)
    HearingFieldsService(ctx.db).set_field(sample_id, "venue", "档案库改的地点")
    db = Database(str(laptop))
    try:
        HearingFieldsService(db).set_field(1, "venue", "现场改的地点")
    finally:
        db.close()

    before = len(ctx.hearings.list())
    window.window_actions.checkin_hearing.trigger()
    qtbot.waitUntil(lambda: len(ctx.hearings.list()) == before + 1)
    assert background.wait_for_all()
    assert len(shown) == 1 and "档案库中自借出后的改动：听证地点已修改" in shown[0]
    assert ctx.hearings.get(sample_id).venue == "档案库改的地点"
    newest = max(s.id for s in ctx.hearings.list())
    assert ctx.hearings.get(newest).venue == "现场改的地点"
    qtbot.waitUntil(lambda: window.hearing_id == newest)
    assert message_boxes.kinds() == []
