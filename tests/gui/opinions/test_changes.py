"""The presenter's tabs follow what operations changed (``ui/follow.py``): each change
of their hearing that touches what they show is shown once — at once while the tab is
visible, when it is next shown otherwise — and a change that touches nothing they show
reads nothing. A refused store never becomes part of an edit's undo step."""
from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QWidget

from hearing_desk.errors import BadInput
from hearing_desk.services.changes import Changes
from hearing_desk.services.disputes import DisputeService
from hearing_desk.services.opinions import OpinionService
from hearing_desk.ui.autosave import Cause, Edit
from hearing_desk.ui.follow import ChangeFollower
from hearing_desk.ui.opinions.commands import EditOpinion, SetOtherNotes
from hearing_desk.ui.opinions.model import Column
from hearing_desk.ui.undo import perform


@pytest.fixture
def page(ctx, qtbot):
    """A page following hearing 7's opinions and responses, with what it was handed."""
    widget: Any = QWidget()
    qtbot.addWidget(widget)
    widget.seen = []
    widget.follower = ChangeFollower(ctx, widget, ("opinions", "responses"), widget.seen.append, lambda: 7)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_a_shown_page_gets_the_changes_of_its_hearing_that_it_shows(page, ctx):
    ctx.events.changed.emit(Changes(7, opinions=True))
    ctx.events.changed.emit(Changes(7, fields=True))          # not shown here
    ctx.events.changed.emit(Changes(8, opinions=True))        # another hearing
    ctx.events.changed.emit(Changes(None, listing=True))
    assert [c.touched for c in page.seen] == [{"opinions"}]


def test_a_hidden_page_gets_what_changed_meanwhile_once_when_shown(page, ctx, qtbot):
    page.hide()
    ctx.events.changed.emit(Changes(7, opinions=True))
    ctx.events.changed.emit(Changes(7, responses=True, listing=True))
    assert page.seen == [] and page.follower.pending is not None
    page.show()
    qtbot.waitExposed(page)
    assert [c.touched for c in page.seen] == [{"opinions", "responses", "listing"}]
    assert page.follower.pending is None


def test_each_change_is_handed_over_once(page, ctx):
    ctx.events.changed.emit(Changes.everything(7))                 # a hearing replaced wholesale
    assert page.seen == [Changes.everything(7)]
    ctx.events.changed.emit(Changes(7, responses=True))
    assert page.seen[1:] == [Changes(7, responses=True)]


def counting_loads(monkeypatch):
    loads = []
    original = OpinionService.load
    monkeypatch.setattr(OpinionService, "load", lambda self, hid: loads.append(hid) or original(self, hid))
    return loads


def test_the_register_reads_the_hearing_once_per_change_it_shows(register, ctx, sample_id, monkeypatch):
    loads = counting_loads(monkeypatch)
    numbers = []
    original = OpinionService.turn_numbers
    monkeypatch.setattr(OpinionService, "turn_numbers", lambda self, hid: numbers.append(hid) or original(self, hid))
    perform(ctx, EditOpinion(ctx, sample_id, "a5-1", {"topic": "原则"}))
    assert loads == [sample_id] and numbers == []       # once, though the bridge re-emitted it
    assert register.model.index(0, Column.TOPIC).data() == "原则"
    ctx.events.changed.emit(Changes(sample_id, fields=True, settings=True, record=True))
    assert loads == [sample_id]                          # nothing the register shows
    ctx.events.changed.emit(Changes(sample_id, transcript=True))
    assert numbers == [sample_id]                        # the turns' printed numbers read again
    ctx.undo_stack.undo()
    assert register.model.index(0, Column.TOPIC).data() != "原则"


def test_a_refused_store_is_not_merged_into_the_edit(ctx, sample_id, monkeypatch, qapp):
    """The second store of a typed edit is refused: the edit's undo step keeps the
    value that was stored, and redo does not store the refused one."""
    svc = ctx.opinions
    before = svc.load(sample_id).other_notes
    edit = Edit(1, Cause.TICK)
    perform(ctx, SetOtherNotes(ctx, sample_id, "第一次").merging(edit, sample_id))
    original = DisputeService.set_other_notes

    def refuse(self, hid, text):
        if text == "被拒绝的":
            raise BadInput("不能保存")
        return original(self, hid, text)
    monkeypatch.setattr(DisputeService, "set_other_notes", refuse)
    with pytest.raises(BadInput):
        perform(ctx, SetOtherNotes(ctx, sample_id, "被拒绝的").merging(edit, sample_id))
    assert ctx.undo_stack.count() == 1 and svc.load(sample_id).other_notes == "第一次"
    ctx.undo_stack.undo()
    assert svc.load(sample_id).other_notes == before
    ctx.undo_stack.redo()
    assert svc.load(sample_id).other_notes == "第一次"
