"""意见登记: the disputed questions and the other notes are stored as they are typed,
to the question they were typed for; one undo step per edit."""
from __future__ import annotations

import time

from hearing_desk.domain import Dispute
from hearing_desk.services.disputes import DisputeService

from ..keys import leave, type_text


def test_dispute_text_stored_within_a_second_of_the_last_key(register, svc, sample_id, qtbot):
    panel = register.disputes
    panel.list.setCurrentRow(0)
    panel.edit_selected()
    type_text(panel.text, "（需再研究）")
    last_key = time.monotonic()
    qtbot.waitUntil(lambda: DisputeService(svc.db).disputes(sample_id)[0].text.endswith("（需再研究）"), timeout=1000)
    assert time.monotonic() - last_key < 1.0


def test_a_new_question_typed_in_place_is_one_step(register, svc, sample_id, ctx, qtbot, fast_autosave):
    panel = register.disputes
    before = DisputeService(svc.db).disputes(sample_id)
    panel.add()
    type_text(panel.text, "收费")
    qtbot.waitUntil(lambda: len(DisputeService(svc.db).disputes(sample_id)) == 2, timeout=1000)
    type_text(panel.text, "是否合理")
    qtbot.waitUntil(lambda: DisputeService(svc.db).disputes(sample_id)[1].text == "收费是否合理", timeout=1000)
    leave(panel.text)
    assert ctx.undo_stack.count() == 1 and ctx.undo_stack.undoText() == "新增争论的主要问题"
    assert panel.list.count() == 2 and panel.list.currentRow() == 1
    ctx.undo_stack.undo()
    assert DisputeService(svc.db).disputes(sample_id) == before


def test_switching_question_mid_debounce_stores_to_the_one_typed_in(register, svc, sample_id, qtbot):
    disputes = DisputeService(svc.db)
    disputes.set_disputes(sample_id, disputes.disputes(sample_id) + [Dispute("第二个问题", [])])
    register.reload()
    panel = register.disputes
    panel.list.setCurrentRow(0)
    first = DisputeService(svc.db).disputes(sample_id)[0].text
    type_text(panel.text, "甲")
    panel.list.setCurrentRow(1)                        # before the timer fired
    assert panel.text.toPlainText() == "第二个问题"
    qtbot.wait(700)
    assert [d.text for d in DisputeService(svc.db).disputes(sample_id)] == ["甲" + first, "第二个问题"]


def test_other_notes_one_undo_step_per_edit(register, svc, sample_id, ctx, qtbot, fast_autosave):
    notes = register.notes
    notes.editor.moveCursor(notes.editor.textCursor().MoveOperation.End)
    type_text(notes.editor, "甲")
    qtbot.waitUntil(lambda: svc.load(sample_id).other_notes.endswith("甲"), timeout=1000)
    type_text(notes.editor, "乙")
    leave(notes.editor)
    type_text(notes.editor, "丙")                       # a second edit: a second step
    leave(notes.editor)
    assert svc.load(sample_id).other_notes.endswith("甲乙丙")
    assert ctx.undo_stack.count() == 2
    ctx.undo_stack.undo()
    assert svc.load(sample_id).other_notes.endswith("甲乙")
