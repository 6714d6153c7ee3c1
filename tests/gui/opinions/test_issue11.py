"""Issue 11 in the register: a merge of different decisions asks which stands; a split
cuts at a sentence or clause end, trims the punctuation there, leaves the new part unanswered."""
from __future__ import annotations

import pytest

from hearing_desk.domain import Decision, Response
from hearing_desk.domain.register import split_parts, split_point
from hearing_desk.errors import BadInput
from hearing_desk.services.responses import ResponseService, counts_by_decision, progress
from hearing_desk.ui.opinions.dialogs import MergeDecisionDialog, SplitDialog


def test_merge_of_different_decisions_asks_which_stands(register, svc, sample_id, ctx, monkeypatch):
    answers = ResponseService(svc.db)
    answers.answer(sample_id, "a8-4", Decision.ALREADY_REFLECTED, "已在第三章体现。")
    answers.answer(sample_id, "a8-5", Decision.NOT_ADOPTED, "与上位法不符，故不予采纳。")
    register.reload()
    before = counts_by_decision(svc.all(sample_id))
    asked: list[list[Decision]] = []
    choice: dict[str, Decision | None] = {"d": None}
    monkeypatch.setattr(MergeDecisionDialog, "ask",
                        classmethod(lambda cls, parent, ds: asked.append(ds) or choice["d"]))
    register._select_ids(["a8-4", "a8-5"])
    register.merge_selected()                      # cancelled: nothing merged
    assert asked == [[Decision.ALREADY_REFLECTED, Decision.NOT_ADOPTED]]
    assert "a8-5" in [o.id for o in svc.all(sample_id)] and ctx.undo_stack.count() == 0
    choice["d"] = Decision.NOT_ADOPTED
    register._select_ids(["a8-4", "a8-5"])
    register.merge_selected()
    merged = svc.get(sample_id, "a8-4")
    assert merged.decision is Decision.NOT_ADOPTED
    after = counts_by_decision(svc.all(sample_id))
    assert after[Decision.NOT_ADOPTED] == before[Decision.NOT_ADOPTED]
    assert after[Decision.ALREADY_REFLECTED] == before[Decision.ALREADY_REFLECTED] - 1


def test_service_refuses_a_merge_of_different_decisions_without_a_choice(svc, sample_id):
    answers = ResponseService(svc.db)
    answers.answer(sample_id, "a8-4", Decision.ALREADY_REFLECTED, "已体现。")
    answers.answer(sample_id, "a8-5", Decision.NOT_ADOPTED, "故不予采纳，因为与上位法不符。")
    with pytest.raises(BadInput, match="处理意见不同"):
        svc.merge(sample_id, "a8-4", "a8-5")
    with pytest.raises(BadInput, match="只能是两条意见之一"):
        svc.merge(sample_id, "a8-4", "a8-5", Decision.ADOPTED)
    assert len(svc.all(sample_id)) == 21
    assert svc.merge(sample_id, "a8-4", "a8-5", Decision.ALREADY_REFLECTED).decision is Decision.ALREADY_REFLECTED


@pytest.mark.parametrize(("text", "first", "second"), [
    ("建议明确授权主体，是否必须是国有企业需要说明", "建议明确授权主体", "是否必须是国有企业需要说明"),
    ("第一句话很长很长。第二句话也很长很长，还有从句", "第一句话很长很长。", "第二句话也很长很长，还有从句"),
    ("甲、乙、丙、丁", "甲、乙", "丙、丁"),
])
def test_split_point_is_a_sentence_or_clause_end_and_the_cut_is_trimmed(text, first, second):
    assert split_parts(text, split_point(text)) == (first, second)


def test_split_dialog_starts_at_a_clause_end(qtbot, sample_hearing):
    o = next(o for o in sample_hearing.opinions if o.id == "a6-1")
    o.text = "建议明确授权主体，是否必须是国有企业需要说明"
    dialog = SplitDialog(o)
    qtbot.addWidget(dialog)
    assert dialog.parts() == ("建议明确授权主体", "是否必须是国有企业需要说明")


def test_split_leaves_the_new_part_unanswered(register, svc, sample_id, monkeypatch):
    answered_before = progress(svc.all(sample_id)).answered
    register.select_opinion("a6-1")
    monkeypatch.setattr(SplitDialog, "ask", classmethod(lambda cls, parent, opinion, cursor=None:
                                                        ("授权主体是否是排他性的？", "是否必须是国资企业？")))
    register.split_selected()
    ops = [o for o in svc.all(sample_id) if o.speaker == "a6"]
    assert ops[0].response is not None and ops[0].response.decision.is_answered
    assert ops[1].response is None                       # no copied answer
    p = progress(svc.all(sample_id))
    assert (p.answered, p.total) == (answered_before, 22)   # the new part is not counted as answered
    assert ops[0].response != Response(Decision.PENDING, None)
