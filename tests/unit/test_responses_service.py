"""Answering opinions, progress and counts (no Qt)."""
from __future__ import annotations

import pytest

from hearing_desk.domain import Decision, Opinion, Response
from hearing_desk.errors import BadInput
from hearing_desk.services.opinions import OpinionService
from hearing_desk.services.responses import (
    DECISION_ORDER,
    NO_ARTICLE,
    ResponseService,
    counts_by_article,
    counts_by_decision,
    next_unanswered,
    progress,
    reason_problem,
    similar_opinions,
)


@pytest.fixture
def svc(db):
    return ResponseService(db)


def test_answer_stores_and_returns_previous(svc, db, sample_id):
    prev = svc.answer(sample_id, "a6-1", Decision.ADOPTED, " 采纳。 ")
    assert prev == Response(Decision.EXPLAINED,
                            "授权主体没有排他性，但会综合企业的资历、能力等因素来选取，并报区政府审议后确定。")
    assert OpinionService(db).get(sample_id, "a6-1").response == Response(Decision.ADOPTED, "采纳。")
    svc.restore(sample_id, {"a6-1": prev})
    assert OpinionService(db).get(sample_id, "a6-1").response == prev


@pytest.mark.parametrize("decision", [Decision.NOT_ADOPTED, Decision.PARTIALLY_ADOPTED])
def test_refuses_without_reason(svc, db, sample_id, decision):
    with pytest.raises(BadInput, match=f"选择“{decision.label}”时必须写明理由") as info:
        svc.answer(sample_id, "a8-2", decision, "  ")
    assert "高朝阳的第2条意见" in str(info.value)
    assert OpinionService(db).get(sample_id, "a8-2").decision is Decision.NOT_ADOPTED   # unchanged


def test_pending_without_analysis_clears_the_answer(svc, db, sample_id):
    svc.answer(sample_id, "a6-1", Decision.PENDING, "")
    assert OpinionService(db).get(sample_id, "a6-1").response is None
    svc.answer(sample_id, "a6-1", Decision.PENDING, "草稿")
    assert OpinionService(db).get(sample_id, "a6-1").response == Response(Decision.PENDING, "草稿")


def test_answer_many_in_one_go(svc, db, sample_id):
    prev = svc.answer_many(sample_id, ["a8-3", "a8-4", "a8-5"], Decision.ADOPTED, "一并采纳。")
    assert set(prev) == {"a8-3", "a8-4", "a8-5"}
    ops = {o.id: o for o in OpinionService(db).all(sample_id)}
    assert all(ops[i].response == Response(Decision.ADOPTED, "一并采纳。") for i in prev)
    with pytest.raises(BadInput, match="等 4 条意见"):
        svc.answer_many(sample_id, ["a8-3", "a8-4", "a8-5", "a8-6"], Decision.NOT_ADOPTED, "")
    with pytest.raises(BadInput, match="请先选择"):
        svc.answer_many(sample_id, [], Decision.ADOPTED, "x")
    svc.restore(sample_id, prev)
    assert OpinionService(db).get(sample_id, "a8-3").decision is Decision.ALREADY_REFLECTED


def test_clearing_every_answer_and_basic_info(svc, db, sample_id):
    svc.restore(sample_id, {o.id: None for o in OpinionService(db).all(sample_id)})
    assert progress(OpinionService(db).all(sample_id)).answered == 0
    assert svc.set_basic_info(sample_id, "  自己写的基本情况。 ") is None
    assert OpinionService(db).load(sample_id).basic_info_override == "自己写的基本情况。"
    assert svc.set_basic_info(sample_id, "") == "自己写的基本情况。"
    assert OpinionService(db).load(sample_id).basic_info_override is None


def test_progress_and_counts(sample_hearing):
    ops = sample_hearing.opinions
    p = progress(ops)
    assert (p.answered, p.total, str(p), p.done) == (21, 21, "已答复 21 / 21", True)
    counts = counts_by_decision(ops)
    assert list(counts) == list(DECISION_ORDER)
    assert counts[Decision.EXPLAINED] == 8 and counts[Decision.ALREADY_REFLECTED] == 5
    assert counts[Decision.NOT_ADOPTED] == 1 and counts[Decision.PENDING] == 0
    assert sum(counts.values()) == 21
    arts = dict(counts_by_article(ops))
    assert arts["第三条"] == 5 and arts["第十八条"] == 2
    labels = [label for label, _ in counts_by_article(ops)]
    assert labels.index("第二条") < labels.index("第三条") < labels.index("第三十七条")
    assert labels[-1] == NO_ARTICLE


def test_next_unanswered_wraps_around():
    ops = [Opinion(f"o{i}", "p", "t", response=Response(Decision.ADOPTED, "a") if i in (1, 3) else None)
           for i in range(5)]
    assert next_unanswered(ops, None) == "o0"
    assert next_unanswered(ops, "o0") == "o2"
    assert next_unanswered(ops, "o4") == "o0"
    assert next_unanswered([ops[1], ops[3]], "o1") is None


def test_reason_problem():
    assert reason_problem(Decision.ADOPTED, "") is None
    assert reason_problem(Decision.NOT_ADOPTED, "因为") is None
    assert "为什么不予采纳" in (reason_problem(Decision.NOT_ADOPTED, None) or "")


def test_similar_opinions_finds_identical_and_close_texts():
    ops = [Opinion("a", "p1", "建议明确数据安全责任。", articles=["第五条"]),
           Opinion("b", "p2", "建议明确数据安全责任", articles=[]),
           Opinion("c", "p3", "建议进一步明确数据安全的责任。", articles=["第五条"]),
           Opinion("d", "p4", "收益分配机制需要研究。")]
    found = similar_opinions(ops, "a")
    assert [o.id for o, _ in found] == ["b", "c"]
    assert found[0][1] == 1.0
    assert similar_opinions(ops, "missing") == []
