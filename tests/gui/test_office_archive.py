"""Two windows on one hearing of the office archive (an SQLite file and a real
PostgreSQL server: BOTH_DATABASES in tests/conftest.py): the first edits it and holds
its editing lease; the second shows it read-only under a bar saying who has it, and its
saves are refused; once the lease has run out the second takes over; a window whose
lease ran out while a second edited and gave the hearing back has its stale save
refused. Nothing either window stored is lost; a refused answer stays typed (until a
read-only window shows the holder's next change)."""
from __future__ import annotations

import pytest

from hearing_desk.domain import Decision, Response
from hearing_desk.services.opinions import OpinionService

OPINION = "a6-1"


@pytest.fixture(autouse=True)
def _boxes_recorded(message_boxes):
    return message_boxes


@pytest.fixture(autouse=True)
def _finish_background_work(qapp):
    yield
    from hearing_desk.ui import background
    background.wait_for_all()


@pytest.fixture
def second_ctx(qapp, db_url, tmp_path):
    """A second window's context: its own connection to the same database, its settings."""
    from hearing_desk.storage.database import Database
    from hearing_desk.ui.context import AppContext
    from hearing_desk.ui.settings import Settings

    db = Database(db_url)
    yield AppContext(db=db, settings=Settings(tmp_path / "config2" / "settings.ini"))
    db.close()


def _window(ctx, hearing_id, qtbot):
    from hearing_desk.ui.main_window import MainWindow

    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.resize(1250, 820)
    win.show()
    qtbot.waitExposed(win)
    win.open_hearing(hearing_id, "responses")
    return win


def _answer(win, decision: Decision, text: str) -> bool:
    page = win.tab_widgets.built()["responses"].answer
    assert page.go_to(OPINION)
    page.set_decision(decision)
    page.analysis.selectAll()
    page.analysis.insertPlainText(text)
    return page.save()


def _page(win):
    return win.tab_widgets.built()["responses"].answer


def test_two_windows_one_hearing(ctx, second_ctx, sample_id, qtbot):
    ctx.db.actor, second_ctx.db.actor = "王记录@office-1", "李陈述@office-2"
    stored = OpinionService(ctx.db)
    first = _window(ctx, sample_id, qtbot)
    assert first.lease.lease is not None and first.lease.lease.mine
    assert not first.lease.bar.isVisibleTo(first) and "只读" not in first.windowTitle()

    # the second window: read-only, and it says who has the hearing
    second = _window(second_ctx, sample_id, qtbot)
    assert second.lease.read_only and second.lease.bar.isVisibleTo(second)
    assert "王记录@office-1" in second.lease.message.text() and "只能查看" in second.lease.message.text()
    assert "（只读）" in second.windowTitle()
    assert not second.lease.take_button.isEnabled()         # the lease runs: nothing to take over
    assert not _answer(second, Decision.NOT_ADOPTED, "李：不予采纳，理由另述。")
    assert "正由 王记录@office-1" in _page(second).error_label.text()
    assert _page(second).analysis.toPlainText() == "李：不予采纳，理由另述。"   # still typed, not lost
    before = stored.get(sample_id, OPINION).response

    # the holder answers
    assert _answer(first, Decision.ADOPTED, "王：经研究，予以采纳。")
    assert stored.get(sample_id, OPINION).response == Response(Decision.ADOPTED, "王：经研究，予以采纳。")
    assert before != stored.get(sample_id, OPINION).response
    # the read-only window follows what the holder stored (once, until it changes again)
    assert second.lease.follow() and not second.lease.follow()
    qtbot.waitUntil(lambda: _page(second).model.opinion_at(_page(second).model.row_of(OPINION)).response
                    == Response(Decision.ADOPTED, "王：经研究，予以采纳。"))
    assert _page(second).analysis.toPlainText() == "王：经研究，予以采纳。"

    # the first window's heartbeats stop (its computer sleeps): its lease runs out
    first.lease.timer.stop()
    ctx.leases.seconds = -1
    first.lease.beat()
    assert first.lease.lease is not None and first.lease.lease.expired
    second.lease.timer.timeout.emit()          # the second's next heartbeat takes it over
    assert not second.lease.read_only and not second.lease.bar.isVisibleTo(second)
    assert "只读" not in second.windowTitle()
    qtbot.waitUntil(lambda: _page(second).model.opinion_at(_page(second).model.row_of(OPINION)).response
                    == Response(Decision.ADOPTED, "王：经研究，予以采纳。"))
    # the second window now edits what the first stored
    assert _answer(second, Decision.PARTIALLY_ADOPTED, "李：部分采纳，第二十三条另作说明。")
    theirs = Response(Decision.PARTIALLY_ADOPTED, "李：部分采纳，第二十三条另作说明。")
    assert stored.get(sample_id, OPINION).response == theirs
    second._set_no_hearing()                   # the second closes the hearing: the lease goes back
    assert stored.db is ctx.db and ctx.leases.current(sample_id) is None

    # the first wakes up: the lease is free again, but what it shows is stale
    ctx.leases.seconds = 90
    first.lease.beat()
    assert first.lease.lease is not None and first.lease.lease.mine
    assert not _answer(first, Decision.NOT_ADOPTED, "王：改为不予采纳，理由如下。")
    assert "已被另一个窗口或程序修改" in _page(first).error_label.text()
    assert _page(first).analysis.toPlainText() == "王：改为不予采纳，理由如下。"   # kept for the clerk
    assert stored.get(sample_id, OPINION).response == theirs                        # the other's answer stands
    # the change log says who answered, in order; the refused saves left no entry
    answers = [(e.who, e.what) for e in ctx.events_log.events(sample_id) if e.kind == "answer"]
    assert [who for who, _ in answers] == ["李陈述@office-2", "王记录@office-1"]
    assert "李：部分采纳" in answers[0][1] and "王：经研究，予以采纳。" in answers[1][1]
    first.close()
    second.close()


def test_the_change_log_from_the_menu_and_the_bar(ctx, second_ctx, sample_id, qtbot, monkeypatch):
    from hearing_desk.ui.event_log import EventLogDialog

    ctx.db.actor = "王记录@office-1"
    first = _window(ctx, sample_id, qtbot)
    assert _answer(first, Decision.ADOPTED, "王：经研究，予以采纳。")
    shown = []
    monkeypatch.setattr(EventLogDialog, "ask", classmethod(lambda cls, parent, title, events: shown.append(
        (title, events))))
    first.window_actions.event_log.trigger()
    assert len(shown) == 1 and shown[0][0] == first._title
    events = shown[0][1]
    assert events[0].who == "王记录@office-1" and events[0].what.startswith(f"答复意见 {OPINION}：采纳")
    # the dialog itself: one row per entry, newest first
    dialog = EventLogDialog(first._title, events)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == len(events)
    assert dialog.table.item(0, 1).text() == "王记录@office-1" and dialog.table.item(0, 2).text() == "答复"
    assert dialog.table.item(0, 3).text() == events[0].what
    assert dialog.table.item(dialog.table.rowCount() - 1, 3).text().startswith("新建听证会")
    # the read-only bar of a second window opens the same log
    second = _window(second_ctx, sample_id, qtbot)
    assert second.lease.read_only
    second.lease.ui.log_button.click()
    assert len(shown) == 2 and [e.what for e in shown[1][1]] == [e.what for e in events]
    first.close()
    second.close()


def test_the_people_page_and_the_register_name_the_version_they_show(ctx, second_ctx, sample_id, qtbot):
    """A person's field and an opinion edited in a window that shows an older version:
    the command is refused (nothing on the undo stack), the other's change stands."""
    from hearing_desk.errors import StaleEdit
    from hearing_desk.services.hearings import HearingService
    from hearing_desk.ui.opinions.commands import EditOpinion
    from hearing_desk.ui.setup.commands import EditPersonCommand
    from hearing_desk.ui.undo import perform

    shown = HearingService(ctx.db).get(sample_id)
    person, opinion = shown.people[0], shown.opinions[0]
    second_ctx.people.update_person(sample_id, person.id, affiliation="另一窗口的单位")
    second_ctx.opinions.edit(sample_id, opinion.id, topic="另一窗口的议题")
    with pytest.raises(StaleEdit):
        perform(ctx, EditPersonCommand(ctx, sample_id, person.id, {"affiliation": "旧视图的单位"}, "修改单位",
                                       seen=person.version))
    with pytest.raises(StaleEdit):
        perform(ctx, EditOpinion(ctx, sample_id, opinion.id, {"topic": "旧视图的议题"}, seen=opinion.version))
    assert ctx.undo_stack.count() == 0
    now = HearingService(ctx.db).get(sample_id)
    assert now.people[0].affiliation == "另一窗口的单位" and now.opinions[0].topic == "另一窗口的议题"
    # the window reads again: the same edits go through, and undo puts the other's values back
    perform(ctx, EditPersonCommand(ctx, sample_id, person.id, {"affiliation": "新视图的单位"}, "修改单位",
                                   seen=now.people[0].version))
    perform(ctx, EditOpinion(ctx, sample_id, opinion.id, {"topic": "新视图的议题"}, seen=now.opinions[0].version))
    assert HearingService(ctx.db).get(sample_id).opinions[0].topic == "新视图的议题"
    ctx.undo_stack.undo()
    ctx.undo_stack.undo()
    back = HearingService(ctx.db).get(sample_id)
    assert back.people[0].affiliation == "另一窗口的单位" and back.opinions[0].topic == "另一窗口的议题"
