"""The transcript's use cases: the unfinished turn, appending, corrections, lock and
change log, opinions from turns, signatures, and the background writer."""
from __future__ import annotations

import threading
from datetime import datetime

import pytest
from sqlalchemy import event, select

from hearing_desk.domain import Role, Signature, SignatureStatus, Turn, TurnKind, fingerprint
from hearing_desk.domain.signing import SignState, sign_status, signature_counts, signers
from hearing_desk.domain.turns import next_seq
from hearing_desk.errors import BadInput, TranscriptLocked
from hearing_desk.formats.interchange import to_document, validate
from hearing_desk.services.documents import DocumentService, Target
from hearing_desk.services.record import now_local
from hearing_desk.services.signatures import SignatureService
from hearing_desk.services.transcript import TranscriptService
from hearing_desk.services.writer import TranscriptWriter
from hearing_desk.storage.models import TurnRow
from tests.conftest import setup_services

AT = datetime.fromisoformat("2024-07-16T15:00:00+08:00")


@pytest.fixture
def svc(db):
    return TranscriptService(db)


def check_in(db, hid, absent=()):
    """Everyone who signs is checked in (a lock needs attendance), except ``absent``."""
    setup = setup_services(db)
    people = setup.fields.load(hid).people
    setup.attendance.set_attendance(hid, {p.id: p.id not in absent for p in people
                                          if p.role.is_official or p.role is Role.PARTICIPANT})


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
    assert h.changes == []                 # never locked: nothing logged


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


def test_lock_refuses_changes_and_unlock_logs_them(svc, sample_id, hearings, db):
    _type(svc, sample_id, ("host", "开始。"), ("a5", "第一句。"))
    check_in(db, sample_id)
    svc.save_draft(sample_id, Turn(3, "还没说完", "a5"))
    with pytest.raises(BadInput, match="未提交"):
        svc.lock(sample_id)
    svc.save_draft(sample_id, Turn(3, "", "a5"))
    locked = svc.lock(sample_id)
    h = hearings.get(sample_id)
    assert [k.number for k in h.locks] == [1] and h.is_locked and h.current_lock.locked_at is not None
    assert h.current_lock.fingerprint == fingerprint(h) == locked.current_lock.fingerprint
    with pytest.raises(TranscriptLocked):
        svc.correct_turn(sample_id, 2, text="改过的句子。")
    with pytest.raises(TranscriptLocked):
        svc.delete_turn(sample_id, 1)
    with pytest.raises(TranscriptLocked):
        svc.append_turn(sample_id, Turn(3, "补充", "a5"), Turn(4, ""))
    with pytest.raises(BadInput, match="已经锁定"):
        svc.lock(sample_id)
    assert hearings.get(sample_id).changes == []
    svc.unlock(sample_id)
    svc.correct_turn(sample_id, 2, text="改过的句子。")
    svc.append_turn(sample_id, Turn(3, "补充。", "a5"), Turn(4, ""))
    deleted = svc.delete_turn(sample_id, 1)
    changes = svc.history(sample_id).changes
    assert [(c.lock, c.key, c.what, c.before, c.after) for c in changes] == [
        (1, "turn:2", "第 2 段", "听证参加人（蔡鼎）：第一句。", "听证参加人（蔡鼎）：改过的句子。"),
        (1, "turn:3", "第 3 段", "", "听证参加人（蔡鼎）：补充。"),
        (1, "turn:1", "第 1 段", "听证主持人（杨成）：开始。", ""),
    ]
    assert all(c.changed_at.tzinfo is not None for c in changes)
    assert deleted.turn.seq == 1 and deleted.turn.text == "开始。"
    h = hearings.get(sample_id)
    assert not h.is_locked and h.locks[0].unlocked_at is not None
    assert h.locks[0].fingerprint == locked.current_lock.fingerprint
    relocked = svc.lock(sample_id)
    assert [k.number for k in relocked.locks] == [1, 2]
    assert relocked.current_lock.fingerprint != locked.current_lock.fingerprint


def test_changes_before_the_first_lock_are_not_logged(svc, sample_id, hearings, db):
    _type(svc, sample_id, ("host", "开始。"), ("a5", "第一句。"))
    svc.correct_turn(sample_id, 2, text="改了。")
    svc.delete_turn(sample_id, 1)
    setup_services(db).fields.set_field(sample_id, "venue", "另一间会议室")
    assert hearings.get(sample_id).changes == []


def test_while_locked_nothing_printed_changes_anywhere(svc, sample_id, hearings, db):
    """The setup tab's writes obey the lock too: the venue, a name, an attendance."""
    setup = setup_services(db)
    _type(svc, sample_id, ("host", "开始。"))
    check_in(db, sample_id)
    svc.lock(sample_id)
    before = hearings.get(sample_id)
    for change in (lambda: setup.fields.set_field(sample_id, "venue", "另一间会议室"),
                   lambda: setup.people.update_person(sample_id, "host", name="杨晨"),
                   lambda: setup.attendance.set_attendance(sample_id, {"a3": False}),
                   lambda: setup.fields.set_role_label(sample_id, Role.PARTICIPANT, "听证代表"),
                   lambda: setup.people.add_person(sample_id, Role.PARTICIPANT, "新来的")):
        with pytest.raises(TranscriptLocked, match="解锁"):
            change()
    after = hearings.get(sample_id)
    assert fingerprint(after) == fingerprint(before) == after.current_lock.fingerprint
    # what the transcript does not print may change while it is locked
    setup.people.update_person(sample_id, "a3", **{"contact.phone": "13900000000"})
    setup.agenda.set_agenda(sample_id, [(None, "开始")])
    assert hearings.get(sample_id).person("a3").contact.phone == "13900000000"


def test_after_an_unlock_setup_changes_are_logged(svc, sample_id, hearings, db):
    setup = setup_services(db)
    _type(svc, sample_id, ("host", "开始。"))
    check_in(db, sample_id)
    svc.lock(sample_id)
    svc.unlock(sample_id)
    setup.fields.set_field(sample_id, "venue", "另一间会议室")
    setup.people.update_person(sample_id, "host", name="杨晨")
    whats = [(c.what, c.before, c.after) for c in hearings.get(sample_id).changes]
    assert ("听证地点", "深圳市光明区公共服务平台103会议室", "另一间会议室") in whats
    assert ("第 1 段", "听证主持人（杨成）：开始。", "听证主持人（杨晨）：开始。") in whats
    assert any(w[0] == "听证主持人" for w in whats)


def test_lock_needs_turns_and_attendance(svc, unchecked_sample_id, db):
    sample_id = unchecked_sample_id
    with pytest.raises(BadInput) as info:
        svc.lock(sample_id)
    assert "笔录还是空的" in str(info.value) and "未核对签到" in str(info.value)
    _type(svc, sample_id, ("host", "开始。"), ("a5", "我来了。"))
    check_in(db, sample_id, absent={"a5"})
    with pytest.raises(BadInput, match="第 2 段的发言人蔡鼎在签到中记为未到"):
        svc.lock(sample_id)
    check_in(db, sample_id)
    svc.lock(sample_id)


def test_a_turn_needs_a_speaker_or_a_label(svc, sample_id):
    with pytest.raises(BadInput, match="发言人"):
        svc.append_turn(sample_id, Turn(1, "谁说的？"), Turn(2, ""))
    svc.append_turn(sample_id, Turn(1, "宣读纪律。", speaker_label="工作人员"), Turn(2, ""))
    svc.append_turn(sample_id, Turn(2, "休会", kind=TurnKind.NOTE), Turn(3, ""))
    with pytest.raises(BadInput, match="需要发言人"):
        svc.correct_turn(sample_id, 1, speaker_label=None)
    assert len(svc.load(sample_id).hearing.transcript) == 2


def test_absent_person_cannot_become_a_speaker(svc, sample_id, db):
    _type(svc, sample_id, ("host", "开始。"), ("a5", "第一句。"))
    check_in(db, sample_id, absent={"a6"})
    with pytest.raises(BadInput, match="龚健在签到中记为未到"):
        svc.correct_turn(sample_id, 2, speaker="a6")


def test_messages_name_turns_by_their_printed_number(svc, sample_id):
    _type(svc, sample_id, ("host", "一。"), ("host", "二。"), ("a5", "三。"))
    svc.delete_turn(sample_id, 1)
    with pytest.raises(BadInput, match="第 1 段的内容不能为空"):
        svc.correct_turn(sample_id, 2, text=" ")         # seq 2 is printed as 第 1 段 now
    with pytest.raises(BadInput, match="第 1 段是程序记录或没有对应的人员|第 1 段的发言人是"):
        svc.mark_opinion(sample_id, 2)


def test_signatures_belong_to_the_lock(svc, sample_id, hearings, db):
    _type(svc, sample_id, ("host", "开始。"))
    with pytest.raises(BadInput, match="尚未锁定"):
        SignatureService(svc.db).set_signature(sample_id, "a5", SignatureStatus.SIGNED)
    check_in(db, sample_id, absent={"a9"})
    svc.lock(sample_id)
    assert SignatureService(svc.db).set_signature(sample_id, "a5", SignatureStatus.SIGNED) == {"a5": None}
    with pytest.raises(BadInput, match="理由"):
        SignatureService(svc.db).set_signature(sample_id, "a6", SignatureStatus.REFUSED, "  ")
    with pytest.raises(BadInput, match="理由"):
        SignatureService(svc.db).set_signature(sample_id, "a6", SignatureStatus.REFUSED, "龚健拒绝签字，理由：")
    with pytest.raises(BadInput, match="记为未到"):
        SignatureService(svc.db).set_signature(sample_id, "a9", SignatureStatus.SIGNED)
    SignatureService(svc.db).set_signature(sample_id, "a6", SignatureStatus.REFUSED, "认为第3段记录不全。")
    previous = SignatureService(svc.db).set_signature(sample_id, "a5", SignatureStatus.ABSENT)
    assert previous["a5"].status is SignatureStatus.SIGNED and previous["a5"].lock == 1
    h = hearings.get(sample_id)
    assert h.person("a6").signature == Signature(SignatureStatus.REFUSED, "认为第3段记录不全。", 1)
    assert h.person("a5").signature.status is SignatureStatus.ABSENT
    SignatureService(svc.db).restore_signatures(sample_id, {"a5": None})
    assert hearings.get(sample_id).person("a5").signature is None
    # unlock: the signatures stay, as belonging to lock 1, and count as not signed for lock 2
    SignatureService(svc.db).set_signature(sample_id, "a5", SignatureStatus.SIGNED)
    assert svc.unlock(sample_id).signatures == 2
    svc.correct_turn(sample_id, 1, text="现在开始。")
    svc.lock(sample_id)
    h = hearings.get(sample_id)
    status = sign_status(h, next(s for s in signers(h) if s.id == "a5"))
    assert status.state is SignState.PENDING and status.old.lock == 1
    counts = signature_counts(h)
    assert (counts.signed, counts.refused, counts.old, counts.not_attended) == (0, 0, 2, 1)
    summary = hearings.list()[0]
    assert summary.locked and summary.signatures_pending == counts.pending == 11


def test_a_person_in_two_roles_signs_once(svc, hearings, db):
    hid = hearings.add_demo()
    setup = setup_services(db)
    twin = setup.people.add_person(hid, Role.HEARING_OFFICER, "杨成", affiliation="深圳市光明区教育局")
    setup.attendance.set_attendance(hid, {"host": True})                  # checks in both records
    assert hearings.get(hid).person(twin.id).attended is True
    _type(svc, hid, ("host", "开始。"))
    check_in(db, hid)
    svc.lock(hid)
    before = SignatureService(svc.db).set_signature(hid, twin.id, SignatureStatus.SIGNED)
    assert set(before) == {"host", twin.id}
    h = hearings.get(hid)
    assert h.person("host").signature == h.person(twin.id).signature
    lines = signers(h)
    assert [s.name for s in lines].count("杨成") == 1 and lines[0].label == "听证主持人、听证员"
    assert signature_counts(h).signed == 1


def test_the_time_is_local():
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
    errors: list[Exception] = []
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
    DocumentService(svc.db).export(sample_id, {Target.HEARING_FILE: out})
    assert [t["seq"] for t in json.loads(out.read_text(encoding="utf-8"))["transcript"]] == [1]
    svc.save_draft(sample_id, Turn(2, "我认为第二十三条 ", "a5", at=AT))
    DocumentService(svc.db).export(sample_id, {Target.HEARING_FILE: out})
    turns = json.loads(out.read_text(encoding="utf-8"))["transcript"]
    assert [(t["seq"], t["speaker"], t["text"]) for t in turns] == [(1, "host", "现在宣布听证会开始。"),
                                                                    (2, "a5", "我认为第二十三条")]
    assert hearings.get(sample_id).transcript[-1].seq == 1      # the database keeps it unfinished
    again = hearings.import_file(out)
    assert [t.text for t in hearings.get(again).transcript][-1] == "我认为第二十三条"
