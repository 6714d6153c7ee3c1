"""The one undo vocabulary: work in redo(), a refusal drops the command and reaches the
caller, a failed undo says so, and every step announces what it changed."""
from __future__ import annotations

from typing import Any

import pytest

from hearing_desk.errors import BadInput
from hearing_desk.services.changes import Changes
from hearing_desk.ui.undo import Command, perform


class Append(Command):
    def __init__(self, ctx, target: list, value, refuse_redo=False, refuse_undo=False):
        super().__init__(ctx, Changes(7, opinions=True), f"添加 {value}")
        self.target, self.value = target, value
        self.refuse_redo, self.refuse_undo = refuse_redo, refuse_undo

    def do(self):
        if self.refuse_redo:
            raise BadInput("不能添加")
        self.target.append(self.value)

    def undo_do(self):
        if self.refuse_undo:
            raise BadInput("已被其他程序删除")
        self.target.remove(self.value)


def test_work_happens_in_redo_and_changes_are_announced(ctx, qtbot):
    seen: list[Any] = []
    target: list[str] = []
    ctx.events.changed.connect(seen.append)
    assert perform(ctx, Append(ctx, target, "甲"))
    assert target == ["甲"] and ctx.undo_stack.count() == 1
    ctx.undo_stack.undo()
    assert target == []
    ctx.undo_stack.redo()
    assert target == ["甲"]
    assert [c.touched for c in seen] == [frozenset({"opinions"})] * 3


def test_a_refusal_reaches_the_caller_and_not_the_stack(ctx, qtbot):
    seen: list[Any] = []
    target: list[str] = []
    ctx.events.changed.connect(seen.append)
    with pytest.raises(BadInput, match="不能添加"):
        perform(ctx, Append(ctx, target, "乙", refuse_redo=True))
    assert target == [] and ctx.undo_stack.count() == 0 and seen == []


def test_an_undo_that_fails_later_drops_the_command_and_says_why(ctx, qtbot):
    status: list[str] = []
    target: list[str] = []
    ctx.events.status.connect(status.append)
    perform(ctx, Append(ctx, target, "丙", refuse_undo=True))
    ctx.undo_stack.undo()
    assert target == ["丙"] and ctx.undo_stack.count() == 0
    assert status and "无法撤销" in status[0] and "已被其他程序删除" in status[0]


def test_changes_merge_and_name_what_they_touch():
    a = Changes(3, people=True) | Changes(3, attendance=True)
    assert a.touched == {"people", "attendance"} and a.any("attendance", "opinions")
    assert not a.any("opinions") and Changes.everything(3).any("record")
    with pytest.raises(ValueError):
        Changes(3) | Changes(4)
