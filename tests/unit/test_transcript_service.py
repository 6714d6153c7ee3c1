"""The transcript's use cases: the unfinished turn, appending, corrections, lock and
change log, opinions from turns, signatures, and the background writer."""
from __future__ import annotations

import threading
from datetime import datetime

import pytest
from sqlalchemy import event, select

from hearing_desk.domain import SignatureStatus, Turn, TurnKind, transcript_digest
from hearing_desk.services.errors import BadInput
from hearing_desk.services.interchange import to_document, validate
from hearing_desk.services.transcript import (
    DeletedTurn, TranscriptLocked, TranscriptService, TranscriptWriter, next_seq, now_local, turn_line,
)
from hearing_desk.storage.models import TurnRow

AT = datetime.fromisoformat("2024-07-16T15:00:00+08:00")


@pytest.fixture
def svc(db):
    return TranscriptService(db)


def _type(svc, hid, *turns):
    """Append ``(speaker, text)`` turns as Enter does; return the hearing afterwards."""
    for speaker, text in turns:
        state = svc.load(hid)
        seq = next_seq(state.hearing, state.draft)
        svc.append_turn(hid, Turn(seq, text, speaker, at=AT), Turn(seq + 1, "", speaker))
    return svc.load(hid).hearing


def test_draft_is_one_row_updated_in_place(svc, sample_id, db):
    svc.save_draft(sample_id, Turn(1, "现在宣布", "host", at=AT))
    svc.save_draft(sample_id, Turn(1, "现在宣布听证会开始", "host", at=AT, agenda_item=None))
    with db.session() as s:
        rows = s.scalars(select(TurnRow).where(TurnRow.hearing_id == sample_id)).all()
    assert [(r.draft, r.text, r.speaker) for r in rows] == [(True, "现在宣布听证会开始", "host")]
    assert svc.draft(sample_id).at == AT
    assert svc.load(sample_id).hearing.transcript == []       # a draft is not in the transcript


def test_saving_the_draft_is_one_update_statement(svc, sample_id, db):
    svc.save_draft(sample_id, Turn(1, "一", "host"))
    statements = []

    def record(conn, cursor, statement, *args):
        statements.append(statement.split()[0])
    event.listen(db.engine, "before_cursor_execute", record)
    try:
        svc.save_draft(sample_id, Turn(1, "一二", "host"))
    finally:
        event.remove(db.engine, "before_cursor_execute", record)
    assert statements == ["UPDATE"]


def test_append_commits_and_moves_the_draft(svc, sample_id):
    svc.save_draft(sample_id, Turn(1, "现在宣布听证会开始。", "host", at=AT))
    svc.append_turn(sample_id, Turn(1, "现在宣布听证会开始。", "host", at=AT), Turn(2, "", "host"))
    state = svc.load(sample_id)
    assert [(t.seq, t.text) for t in state.hearing.transcript] == [(1, "现在宣布听证会开始。")]
    assert state.draft == Turn(2, "", "host")
    # a note goes in before the typed turn, which keeps its text
    svc.save_draft(sample_id, Turn(2, "请陈述人", "host"))
    svc.append_turn(sample_id, Turn(2, "宣读听证纪律。", None, kind=TurnKind.NOTE),
                    Turn(3, "请陈述人", "host"))
    state = svc.load(sample_id)
    assert [t.seq for t in state.hearing.transcript] == [1, 2]
    assert state.hearing.transcript[1].is_note
    assert (state.draft.seq, state.draft.text) == (3, "请陈述人")
    assert next_seq(state.hearing, state.draft) == 3
    validate(to_document(state.hearing))


def test_empty_turn_is_refused(svc, sample_id):
    with pytest.raises(BadInput):
        svc.append_turn(sample_id, Turn(1, "  ", "host"), Turn(2, ""))


def test_correct_delete_restore(svc, sample_id, hearings):
    h = _type(svc, sample_id, ("host", "请第5号发言。"), ("a5", "建议修改第23条。"))
    before, after = svc.correct_turn(sample_id, 2, text="建议修改第二十三条。")
    assert (before.text, after.text) == ("建议修改第23条。", "建议修改第二十三条。")
    svc.correct_turn(sample_id, 2, speaker="a6")
    assert svc.load(sample_id).hearing.transcript[1].speaker == "a6"
    with pytest.raises(BadInput):
        svc.correct_turn(sample_id, 2, text=" ")
    with pytest.raises(BadInput):
        svc.correct_turn(sample_id, 2, speaker="nobody")
    op = svc.mark_opinion(sample_id, 2)
    deleted = svc.delete_turn(sample_id, 2)
    assert deleted.opinion_ids == [op.id]
    h = hearings.get(sample_id)
    assert [t.seq for t in h.transcript] == [1]
    assert next(o for o in h.opinions if o.id == op.id).transcript_refs == []
    validate(to_document(h))
    svc.restore_turn(sample_id, deleted)
    h = hearings.get(sample_id)
    assert [t.seq for t in h.transcript] == [1, 2]
    assert next(o for o in h.opinions if o.id == op.id).transcript_refs == [2]
    assert h.turn_changes == []            # never locked: nothing logged


def test_mark_opinion_from_a_turn(svc, sample_id, hearings):
    _type(svc, sample_id, ("a5", "我认为第23条和第二十四条应当合并。"), ("host", "好的。"))
    before = len(hearings.get(sample_id).opinions_of("a5"))
    op = svc.mark_opinion(sample_id, 1)
    assert (op.speaker, op.seq, op.transcript_refs) == ("a5", before + 1, [1])
    assert op.articles == ["第二十三条", "第二十四条"]
    part = svc.mark_opinion(sample_id, 1, "第二十四条应当合并")
    assert part.text == "第二十四条应当合并" and part.id != op.id and part.seq == before + 2
    with pytest.raises(BadInput, match="听证参加人"):
        svc.mark_opinion(sample_id, 2)
    svc.unmark_opinion(sample_id, part.id)
    assert part.id not in {o.id for o in hearings.get(sample_id).opinions}


def test_lock_refuses_changes_and_unlock_logs_them(svc, sample_id, hearings):
    _type(svc, sample_id, ("host", "开始。"), ("a5", "第一句。"))
    svc.save_draft(sample_id, Turn(3, "还没说完", "a5"))
    with pytest.raises(BadInput, match="未提交"):
        svc.lock(sample_id)
    svc.save_draft(sample_id, Turn(3, "", "a5"))
    locked = svc.lock(sample_id)
    h = hearings.get(sample_id)
    assert h.transcript_locked_at is not None
    assert h.transcript_fingerprint == transcript_digest(h) == locked.transcript_fingerprint
    with pytest.raises(TranscriptLocked):
        svc.correct_turn(sample_id, 2, text="改过的句子。")
    with pytest.raises(TranscriptLocked):
        svc.delete_turn(sample_id, 1)
    with pytest.raises(TranscriptLocked):
        svc.append_turn(sample_id, Turn(3, "补充", "a5"), Turn(4, ""))
    svc.unlock(sample_id)
    svc.correct_turn(sample_id, 2, text="改过的句子。")
    svc.append_turn(sample_id, Turn(3, "补充。", "a5"), Turn(4, ""))
    deleted = svc.delete_turn(sample_id, 1)
    changes = svc.changes(sample_id)
    assert [(c.turn_seq, c.before, c.after) for c in changes] == [
        (2, "听证参加人（蔡鼎）：第一句。", "听证参加人（蔡鼎）：改过的句子。"),
        (3, "", "听证参加人（蔡鼎）：补充。"),
        (1, "听证主持人（杨成）：开始。", ""),
    ]
    assert all(c.changed_at.tzinfo is not None for c in changes)
    assert isinstance(deleted, DeletedTurn)
    h = hearings.get(sample_id)
    assert h.transcript_locked_at is None and h.transcript_fingerprint == locked.transcript_fingerprint
    assert len(h.turn_changes) == 3
    relocked = svc.lock(sample_id)
    assert relocked.transcript_fingerprint != locked.transcript_fingerprint


def test_signatures(svc, sample_id, hearings):
    assert svc.set_signature(sample_id, "a5", SignatureStatus.SIGNED) is None
    with pytest.raises(BadInput, match="拒绝签字"):
        svc.set_signature(sample_id, "a6", SignatureStatus.REFUSED, "  ")
    svc.set_signature(sample_id, "a6", SignatureStatus.REFUSED, "龚健认为第3段记录不全，拒绝签字。")
    previous = svc.set_signature(sample_id, "a5", SignatureStatus.ABSENT)
    assert previous.status is SignatureStatus.SIGNED
    h = hearings.get(sample_id)
    assert h.person("a6").signature.note.startswith("龚健")
    assert h.person("a5").signature.status is SignatureStatus.ABSENT
    svc.restore_signature(sample_id, "a5", None)
    assert hearings.get(sample_id).person("a5").signature is None


def test_turn_line_uses_the_hearings_labels(sample_hearing):
    assert turn_line(sample_hearing, Turn(1, "开始。", "host")) == "听证主持人（杨成）：开始。"
    assert turn_line(sample_hearing, Turn(2, "休会。", None, kind=TurnKind.NOTE)) == "休会。"
    assert turn_line(sample_hearing, Turn(3, "宣读纪律。", None, speaker_label="工作人员")) == "工作人员：宣读纪律。"
    assert now_local().tzinfo is not None


def test_writer_merges_saves_and_keeps_order(svc, sample_id):
    saved = []
    writer = TranscriptWriter(svc, on_saved=lambda kind, hid, turn: saved.append((kind, turn.text)))
    try:
        gate, entered = threading.Event(), threading.Event()
        original = svc.save_draft

        def slow_save(hid, turn):
            entered.set()
            gate.wait(5)
            original(hid, turn)
        svc.save_draft = slow_save
        writer.save_draft(sample_id, Turn(1, "a", "host"))     # in flight, waiting at the gate
        assert entered.wait(5)
        for text in ("ab", "abc", "abcd"):
            writer.save_draft(sample_id, Turn(1, text, "host"))
        writer.append(sample_id, Turn(1, "abcd。", "host"), Turn(2, "", "host"))
        writer.save_draft(sample_id, Turn(2, "x", "host"))
        gate.set()
        assert writer.flush(10)
    finally:
        writer.close()
    assert saved == [("draft", "a"), ("draft", "abcd"), ("append", "abcd。"), ("draft", "x")]
    state = svc.load(sample_id)
    assert [t.text for t in state.hearing.transcript] == ["abcd。"]
    assert (state.draft.seq, state.draft.text) == (2, "x")


def test_writer_retries_a_failed_write(svc, sample_id, monkeypatch):
    errors = []
    monkeypatch.setattr(TranscriptWriter, "RETRY_SECONDS", 0.01)
    writer = TranscriptWriter(svc, on_error=errors.append)
    original = svc.save_draft
    failures = iter([OSError("disk full")])

    def flaky(hid, turn):
        for exc in failures:
            raise exc
        original(hid, turn)
    svc.save_draft = flaky
    try:
        writer.save_draft(sample_id, Turn(1, "不能丢", "host"))
        assert writer.flush(10)
    finally:
        writer.close()
    assert [str(e) for e in errors] == ["disk full"]
    assert svc.draft(sample_id).text == "不能丢"


def test_short_fingerprint_groups_and_missing_digest():
    from hearing_desk.domain import short_fingerprint

    assert short_fingerprint("0123456789abcdef" + "0" * 48) == "0123-4567-89AB-CDEF"
    assert short_fingerprint(None) == short_fingerprint("") == "—"


def test_the_hearing_file_carries_the_unfinished_turn(svc, sample_id, hearings, tmp_path):
    """Export writes what the typing box holds as the last turn; an empty box adds nothing."""
    import json

    svc.append_turn(sample_id, Turn(1, "现在宣布听证会开始。", "host", at=AT), Turn(2, "", "a5"))
    out = tmp_path / "h.json"
    hearings.export_file(sample_id, out)
    assert [t["seq"] for t in json.loads(out.read_text(encoding="utf-8"))["transcript"]] == [1]
    svc.save_draft(sample_id, Turn(2, "我认为第二十三条 ", "a5", at=AT))
    hearings.export_file(sample_id, out)
    turns = json.loads(out.read_text(encoding="utf-8"))["transcript"]
    assert [(t["seq"], t["speaker"], t["text"]) for t in turns] == [(1, "host", "现在宣布听证会开始。"),
                                                                    (2, "a5", "我认为第二十三条")]
    assert hearings.get(sample_id).transcript[-1].seq == 1      # the database keeps it unfinished
    again = hearings.import_file(out)
    assert [t.text for t in hearings.get(again).transcript][-1] == "我认为第二十三条"
