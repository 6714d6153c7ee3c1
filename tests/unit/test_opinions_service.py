"""The opinion register's use cases on the stored sample hearing (no Qt)."""
from __future__ import annotations

import pytest

from hearing_desk.domain import Decision, Dispute, Response
from hearing_desk.domain.register import article_sort_key, join_texts
from hearing_desk.errors import BadInput, NotFound
from hearing_desk.services.disputes import DisputeService
from hearing_desk.services.opinions import OpinionService


@pytest.fixture
def svc(db):
    return OpinionService(db)


def seqs(svc, hid, speaker):
    return [(o.id, o.seq) for o in svc.all(hid) if o.speaker == speaker]


def test_load_has_people_and_opinions_without_turns(svc, sample_id):
    h = svc.load(sample_id)
    assert len(h.opinions) == 21
    assert h.person("a8").name == "高朝阳"
    assert h.transcript == []
    assert h.disputes[0].text.startswith("针对第三十七条")


def test_add_reads_articles_and_numbers_after_the_participant(svc, sample_id):
    o = svc.add(sample_id, "a5", "第二十三条应当修改。第3条也是。", basis="理由")
    assert (o.seq, o.articles, o.basis) == (3, ["第二十三条", "第三条"], "理由")
    ids = [x.id for x in svc.all(sample_id)]
    assert ids.index(o.id) == ids.index("a5-2") + 1
    assert svc.add(sample_id, "a9", "刘炜胤的意见").seq == 1


def test_add_refuses_empty_text_unknown_speaker_and_taken_number(svc, sample_id):
    with pytest.raises(BadInput, match="意见内容不能为空"):
        svc.add(sample_id, "a5", "  ")
    with pytest.raises(BadInput, match="找不到"):
        svc.add(sample_id, "nobody", "意见")
    with pytest.raises(BadInput, match="不是听证参加人"):
        svc.add(sample_id, "host", "意见")
    with pytest.raises(BadInput, match="已有第 1 条意见"):
        svc.add(sample_id, "a5", "意见", seq=1)


def test_edit_changes_fields_and_refuses_a_taken_number(svc, sample_id):
    o = svc.edit(sample_id, "a5-1", text="新的意见文本", basis="", articles=["第四条"], topic="原则")
    assert (o.text, o.basis, o.articles, o.topic) == ("新的意见文本", None, ["第四条"], "原则")
    assert svc.get(sample_id, "a5-1").topic == "原则"
    with pytest.raises(BadInput, match="已有第 2 条意见"):
        svc.edit(sample_id, "a5-1", seq=2)
    with pytest.raises(BadInput, match="不能为空"):
        svc.edit(sample_id, "a5-1", text="")
    with pytest.raises(NotFound):
        svc.edit(sample_id, "zz", text="x")


def test_delete_unlinks_disputes_and_restore_puts_back(svc, sample_id):
    DisputeService(svc.db).set_disputes(sample_id, [Dispute("第三十七条", ["a8-7", "a8-6"])])
    before = [o.id for o in svc.all(sample_id)]
    snap = svc.snapshot(sample_id, ["a8-7"])
    svc.delete(sample_id, "a8-7")
    assert "a8-7" not in [o.id for o in svc.all(sample_id)]
    assert DisputeService(svc.db).disputes(sample_id)[0].opinion_ids == ["a8-6"]
    svc.restore(sample_id, snap)
    assert [o.id for o in svc.all(sample_id)] == before
    assert DisputeService(svc.db).disputes(sample_id)[0].opinion_ids == ["a8-7", "a8-6"]


def test_merge_joins_texts_unites_articles_and_refs(svc, sample_id):
    svc.edit(sample_id, "a3-1", transcript_refs=[5])
    svc.edit(sample_id, "a3-3", transcript_refs=[9, 5])
    DisputeService(svc.db).set_disputes(sample_id, [Dispute("问题", ["a3-3"])])
    a, b = svc.get(sample_id, "a3-1"), svc.get(sample_id, "a3-3")
    snap = svc.snapshot(sample_id, ["a3-1", "a3-3"])
    merged = svc.merge(sample_id, "a3-1", "a3-3")
    assert merged.text == a.text + b.text       # the first ends with ？: no extra mark
    assert merged.articles == ["第五条", "第六条", "第十八条"]
    assert merged.transcript_refs == [5, 9]
    assert merged.seq == 1 and merged.decision is Decision.EXPLAINED
    assert a.response.analysis in merged.response.analysis and b.response.analysis in merged.response.analysis
    assert [o.seq for o in svc.all(sample_id) if o.speaker == "a3"] == [1, 2, 4]
    assert DisputeService(svc.db).disputes(sample_id)[0].opinion_ids == ["a3-1"]
    svc.restore(sample_id, snap)
    assert svc.get(sample_id, "a3-1") == a and svc.get(sample_id, "a3-3") == b
    assert DisputeService(svc.db).disputes(sample_id)[0].opinion_ids == ["a3-3"]


def test_merge_refuses_two_participants(svc, sample_id):
    with pytest.raises(BadInput, match="只能合并同一位听证参加人的意见"):
        svc.merge(sample_id, "a5-1", "a6-1")
    with pytest.raises(BadInput):
        svc.merge(sample_id, "a5-1", "a5-1")


def test_split_shifts_later_numbers_and_undoes(svc, sample_id):
    before = svc.all(sample_id)
    snap = svc.snapshot(sample_id, [o.id for o in before if o.speaker == "a8"])
    first, second = svc.split(sample_id, "a8-2", "因为公共数据不仅具备经济社会价值。", "所以建议第三条第二项调整。",
                              new_id="a8-2b")
    assert (first.seq, second.seq, second.id) == (2, 3, "a8-2b")
    assert second.articles == ["第三条"] and first.articles == ["第三条"]
    assert second.decision is Decision.PENDING and second.response is None     # not copied: unanswered
    assert [s for _, s in seqs(svc, sample_id, "a8")] == [1, 2, 3, 4, 5, 6, 7, 8]
    with pytest.raises(BadInput, match="都不能为空"):
        svc.split(sample_id, "a8-1", "全部", "")
    svc.restore(sample_id, snap, remove_ids=["a8-2b"])
    assert svc.all(sample_id) == before


def test_move_to_another_participant(svc, sample_id):
    snap = svc.snapshot(sample_id, ["a2-2"])
    before = svc.all(sample_id)
    moved = svc.move(sample_id, "a2-2", "a7")
    assert (moved.speaker, moved.seq) == ("a7", 2)
    ids = [o.id for o in svc.all(sample_id)]
    assert ids.index("a2-2") == ids.index("a7-1") + 1
    with pytest.raises(BadInput):
        svc.move(sample_id, "a2-2", "host")
    svc.restore(sample_id, snap)
    assert svc.all(sample_id) == before


def test_renumber_closes_gaps_in_the_given_order(svc, sample_id):
    svc.delete(sample_id, "a8-2")
    assert svc.renumber(sample_id) == 5
    assert [s for _, s in seqs(svc, sample_id, "a8")] == [1, 2, 3, 4, 5, 6]
    order = ["a6-3", "a6-1", "a6-2"]
    assert svc.renumber(sample_id, order) == 3
    assert dict(seqs(svc, sample_id, "a6")) == {"a6-3": 1, "a6-1": 2, "a6-2": 3}


def test_disputes_and_other_notes(svc, sample_id):
    previous = DisputeService(svc.db).set_disputes(
        sample_id, [Dispute(" 第一个问题 ", ["a8-7", "a8-7"]), Dispute("第二个", [])])
    assert previous[0].text.startswith("针对第三十七条")
    assert DisputeService(svc.db).disputes(sample_id) == [Dispute("第一个问题", ["a8-7"]), Dispute("第二个", [])]
    with pytest.raises(BadInput, match="没有内容"):
        DisputeService(svc.db).set_disputes(sample_id, [Dispute("", [])])
    with pytest.raises(BadInput, match="不存在"):
        DisputeService(svc.db).set_disputes(sample_id, [Dispute("x", ["nope"])])
    assert DisputeService(svc.db).set_other_notes(sample_id, "  新说明 ").startswith("听证会中所有")
    assert svc.load(sample_id).other_notes == "新说明"


def test_add_with_response_and_restore_removes_created(svc, sample_id):
    snap = svc.snapshot(sample_id, [])
    o = svc.add(sample_id, "a9", "意见", response=Response(Decision.ADOPTED, "好"))
    assert svc.get(sample_id, o.id).decision is Decision.ADOPTED
    svc.restore(sample_id, snap, remove_ids=[o.id])
    assert o.id not in [x.id for x in svc.all(sample_id)]


def test_turns_by_seq(svc, hearings):
    from tests.tools.generate import generate_hearing
    hid = hearings.add(generate_hearing(turns=50, opinions=10, participants=5))
    assert [t.seq for t in svc.turns(hid, [7, 3, 99])] == [3, 7]
    assert svc.turns(hid, []) == []


def test_helpers():
    assert join_texts("甲。", "乙") == "甲。乙"
    assert join_texts("甲", "乙") == "甲；乙"
    assert join_texts(None, "乙") == "乙" and join_texts(None, None) is None
    assert sorted(["第二十三条", "第三条", "附则"], key=article_sort_key) == ["第三条", "第二十三条", "附则"]


def test_ids_in_register_order(svc, sample_id):
    assert svc.ids(sample_id) == [o.id for o in svc.all(sample_id)]
