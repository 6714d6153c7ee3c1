"""The domain's rules, each tested here once: attendance and quorum, who signs and where
each signature stands, refusals, initials on every page, deadlines, turn numbers, what
a turn needs, what the transcript prints and its fingerprint, the lock."""
from __future__ import annotations

import copy
from datetime import date, datetime, timedelta, timezone

import pytest

from hearing_desk.domain import (
    Contact,
    Decision,
    Milestone,
    Opinion,
    Person,
    Response,
    Role,
    Signature,
    SignatureStatus,
    TranscriptLock,
    Turn,
    TurnKind,
    fingerprint,
    short_fingerprint,
)
from hearing_desk.domain.attendance import Quorum, attendance, attendance_word, fraction_text, quorum_met
from hearing_desk.domain.deadlines import (
    add_working_days,
    materials_days_short,
    materials_due,
    report_deadline,
    working_days_left,
)
from hearing_desk.domain.fingerprint import grouped_fingerprint, turns_digest_v1, verify
from hearing_desk.domain.locking import is_final, lock_intact, lock_problems
from hearing_desk.domain.printed import differences, printed_record
from hearing_desk.domain.signing import (
    PAGE_INITIALS_MAX_PARTICIPANTS,
    SignState,
    can_sign,
    given_for,
    page_initials,
    refusal_line,
    refusal_problem,
    refusal_reason,
    same_person_ids,
    sign_status,
    signature_counts,
    signer_of,
    signers,
)
from hearing_desk.domain.turns import (
    absent_speakers,
    needs_speaker,
    note_text,
    number_of,
    numbering,
    refs_text,
    turn_numbers,
)

TZ = timezone(timedelta(hours=8))
AT = datetime(2024, 7, 16, 15, 0, tzinfo=TZ)


@pytest.fixture
def h(sample_hearing):
    """The sample with a short transcript, everyone checked in."""
    h = copy.deepcopy(sample_hearing)
    for p in h.people:
        p.attended = True
    h.transcript = [Turn(1, "现在宣布听证会开始。", "host", at=AT),
                    Turn(2, "宣读听证纪律。", speaker_label="工作人员", at=AT + timedelta(minutes=1)),
                    Turn(4, "休会十分钟", kind=TurnKind.NOTE, at=AT + timedelta(minutes=30)),
                    Turn(7, "建议第二十三条修改。\n理由如下。", "a5", at=AT + timedelta(minutes=40))]
    return h


def lock(h, number=1, *, open_=True):
    h.locks.append(TranscriptLock(number, fingerprint(h), AT + timedelta(hours=2),
                                  None if open_ else AT + timedelta(hours=2, minutes=5)))
    return h


# ---------------------------------------------------------------- attendance

def test_present_counts_only_people_checked_in(h):
    for p in h.participants():
        p.attended = None
    a = attendance(h)
    assert (a.expected, a.present, a.unchecked, a.quorum) == (9, 0, 9, Quorum.OPEN)
    assert not a.quorum_met and "签到尚未完成" in a.message
    assert a.counts_text() == "应到 9 人，实到 0 人（另有 9 人未核对）"
    h.participants()[0].attended = True
    assert attendance(h).present == 1


def test_quorum_by_the_hearings_rule(h):
    a = attendance(h)
    assert (a.expected, a.present, a.quorum, a.needed, a.rule) == (9, 9, Quorum.MET, 6, "三分之二")
    assert a.message == "到会人数达到应到人数的三分之二（至少 6 人），符合要求"
    for p in h.participants()[:4]:
        p.attended = False
    a = attendance(h)
    assert (a.present, a.absent, a.quorum) == (5, 4, Quorum.SHORT) and "还差 1 人" in a.message
    h.participants()[4].attended = None          # even if the unchecked one came: 5 < 6
    assert attendance(h).quorum is Quorum.SHORT
    h.settings.quorum_numerator, h.settings.quorum_denominator = 1, 2
    assert attendance(h).quorum is Quorum.OPEN and attendance(h).needed == 5     # 4 here, 1 unknown
    h.participants()[4].attended = True
    assert attendance(h).quorum is Quorum.MET
    h.settings.quorum_numerator = 0
    assert attendance(h).quorum is Quorum.NO_RULE and attendance(h).quorum_met


def test_no_participants_and_the_words(h):
    h.people = [p for p in h.people if p.role is not Role.PARTICIPANT]
    assert attendance(h).quorum is Quorum.NOBODY
    assert fraction_text(2, 3) == "三分之二" and fraction_text(3, 4) == "四分之三"
    assert quorum_met(h.settings, 0, 0)
    p = Person("x", Role.PARTICIPANT, "某")
    assert [attendance_word(Person("x", Role.PARTICIPANT, "某", attended=v)) for v in (True, False, None)] == [
        "出席", "缺席", "未核对"] and attendance_word(p) == "未核对"


# ---------------------------------------------------------------- who signs

def test_one_line_per_person_officials_first_two_roles_merged(h):
    h.people.append(Person("o1", Role.HEARING_OFFICER, "杨成", affiliation="深圳市光明区教育局", attended=True))
    lines = signers(h)
    assert [s.name for s in lines][:3] == ["杨成", "刘麒麟", "李奇翰"]
    assert lines[0].label == "听证主持人、听证员" and lines[0].ids == ("host", "o1")
    assert len(lines) == 12 and [s.role for s in lines[3:]] == [Role.PARTICIPANT] * 9
    assert signer_of(h, "o1") is lines[0] or signer_of(h, "o1").ids == ("host", "o1")
    assert same_person_ids(h, "o1") == ["host", "o1"] and same_person_ids(h, "a1") == ["a1"]
    # a namesake in another unit is another person; observers and staff do not sign
    h.people.append(Person("o2", Role.HEARING_OFFICER, "杨成", affiliation="深圳大学"))
    h.people.append(Person("ob", Role.OBSERVER, "旁听者"))
    assert len(signers(h)) == 13 and signer_of(h, "ob") is None


def test_signature_states_for_the_version_in_force(h):
    lock(h)
    a1, a2, a3, a4, a9 = (h.person(pid) for pid in ("a1", "a2", "a3", "a4", "a9"))
    a1.signature = Signature(SignatureStatus.SIGNED, lock=1)
    a2.signature = Signature(SignatureStatus.REFUSED, "认为记录不全", lock=1)
    a3.signature = Signature(SignatureStatus.ABSENT, lock=1)
    a4.signature = Signature(SignatureStatus.SIGNED)                 # no version: an older file
    a9.attended = False
    a9.signature = Signature(SignatureStatus.SIGNED, lock=1)         # absent, yet a signature
    st = {s.id: sign_status(h, s) for s in signers(h)}
    assert st["a1"].state is SignState.SIGNED and st["a2"] == type(st["a2"])(SignState.REFUSED, "认为记录不全")
    assert st["a3"].state is SignState.LEFT
    assert st["a4"].state is SignState.PENDING and st["a4"].old == a4.signature
    assert st["a9"].state is SignState.NOT_ATTENDED and st["a9"].conflict
    assert not can_sign(_signer(h, "a9")) and can_sign(_signer(h, "a1"))
    c = signature_counts(h)
    assert (c.lines, c.expected, c.signed, c.refused, c.left, c.pending, c.old, c.not_attended, c.conflicts) == (
        12, 11, 1, 1, 1, 8, 1, 1, 1)
    assert given_for(h, 1) == 4 and c.pending > 0


def test_unlocking_makes_the_signatures_belong_to_the_old_version(h):
    lock(h)
    for s in signers(h):
        s.person.signature = Signature(SignatureStatus.SIGNED, lock=1)
    assert signature_counts(h).pending == 0 and signature_counts(h).signed == 12
    h.locks[0].unlocked_at = AT + timedelta(hours=3)
    assert signature_counts(h).pending == 12                  # no version in force: nobody has signed it
    h.transcript[0].text = "现在宣布听证会正式开始。"
    lock(h, 2)
    c = signature_counts(h)
    assert (c.signed, c.old, c.pending) == (0, 12, 12)
    assert all(sign_status(h, s).old.lock == 1 for s in signers(h))


def test_a_person_in_two_roles_has_one_signature(h):
    lock(h)
    h.people.append(Person("o1", Role.HEARING_OFFICER, "杨成", affiliation="深圳市光明区教育局", attended=True,
                           signature=Signature(SignatureStatus.SIGNED, lock=1)))
    host = _signer(h, "host")
    assert host.signature.status is SignatureStatus.SIGNED          # the record that says something
    assert sign_status(h, host).state is SignState.SIGNED and signature_counts(h).signed == 1
    h.person("host").attended = None
    assert host.attended is True                                    # checked in on one record


def test_a_refusal_needs_a_real_note_and_prints_once():
    for template in ("", "  ", "马超拒绝签字，理由：", "拒绝签字", "拒签。", "理由：", "马超"):
        assert refusal_problem(template, "马超"), template
    for note in ("认为第5段未完整记录其意见", "当场拒绝签字，未说明理由", "马超拒绝签字，理由：记录不全"):
        assert refusal_problem(note, "马超") is None, note
    assert refusal_reason("马超拒绝签字，理由：记录不全", "马超") == "记录不全"
    assert refusal_line("认为记录不全。") == "拒绝签字：认为记录不全。"
    assert refusal_line("认为记录不全，当场拒绝签字。") == "认为记录不全，当场拒绝签字。"
    assert refusal_line("马超拒绝签字，理由：记录不全").count("拒绝签字") == 1


def test_who_initials_every_page(h):
    groups, each_page = page_initials(h)
    assert [(g.label, g.names) for g in groups] == [("听证主持人", ("杨成",)), ("听证记录员", ("刘麒麟",))]
    assert not each_page                                            # nine participants: the last page
    for p in h.participants()[PAGE_INITIALS_MAX_PARTICIPANTS:]:
        p.attended = False                                          # absent people do not initial
    groups, each_page = page_initials(h)
    assert each_page and groups[-1].names == tuple(p.name for p in h.participants()[:PAGE_INITIALS_MAX_PARTICIPANTS])


# ---------------------------------------------------------------- deadlines

def test_working_days_and_the_report_deadline(h):
    fri = date(2024, 7, 26)
    assert add_working_days(fri, 1) == date(2024, 7, 29) and add_working_days(fri, 0) == fri
    assert working_days_left(fri, date(2024, 7, 30)) == 2
    assert working_days_left(date(2024, 7, 31), date(2024, 7, 30)) == -1
    assert working_days_left(date(2024, 8, 5), date(2024, 7, 30)) == -4
    assert report_deadline(h) == date(2024, 7, 30)                  # Tuesday + 10 working days
    h.settings.report_deadline_working_days = 5
    assert report_deadline(h) == date(2024, 7, 23)
    h.ends_at = datetime(2024, 7, 19, 18, 0, tzinfo=TZ)             # counted from the end
    assert report_deadline(h) == date(2024, 7, 26)
    h.starts_at = h.ends_at = None
    assert report_deadline(h) is None and materials_due(h) is None


def test_materials_are_due_seven_days_before(h):
    assert materials_due(h) == date(2024, 7, 9)                     # 713号令 第十六条
    assert materials_days_short(h, date(2024, 7, 9)) == 0
    assert materials_days_short(h, date(2024, 7, 12)) == 3
    h.settings.materials_days_before = 10
    assert materials_due(h) == date(2024, 7, 6)


# ---------------------------------------------------------------- turns

def test_numbers_have_no_gaps(h):
    assert turn_numbers(h.transcript) == {1: 1, 2: 2, 4: 3, 7: 4}
    assert numbering([7, 2, 4, 1]) == turn_numbers(h.transcript)
    assert number_of(h, 7) == 4 and number_of(h, 3) is None
    assert refs_text([4, 7, 99], turn_numbers(h.transcript)) == "#3、#4、#?"


def test_a_turn_needs_a_speaker_or_a_label():
    assert needs_speaker(Turn(1, "谁说的？"))
    assert not needs_speaker(Turn(1, "纪律。", speaker_label="工作人员"))
    assert not needs_speaker(Turn(1, "休会", kind=TurnKind.NOTE))
    assert Turn(1, "没有发言人。").is_note                           # printed as a note, never nameless
    assert note_text("休会十分钟。") == "（休会十分钟）" and note_text("（复会）") == "（复会）"


def test_absent_speakers(h):
    h.person("a5").attended = False
    assert [(n, p.id) for n, _t, p in absent_speakers(h)] == [(4, "a5")]


# ---------------------------------------------------------------- what is printed, and its fingerprint

def _unlabelled(h):
    h.matter = None
    return h


def _retitled(h):
    _unlabelled(h)
    h.title = "别的听证会"


def _renamed_ids(h):
    for p in h.people:
        p.id += "x"


PRINTED_CHANGES = {
    "matter": lambda h: setattr(h, "matter", "另一个事项"),
    "title (printed when there is no matter)": _retitled,
    "starts_at": lambda h: setattr(h, "starts_at", h.starts_at + timedelta(minutes=30)),
    "ends_at": lambda h: setattr(h, "ends_at", h.starts_at + timedelta(hours=3)),
    "venue": lambda h: setattr(h, "venue", "另一间会议室"),
    "organizer": lambda h: setattr(h, "organizer", "另一个机关"),
    "a role's label": lambda h: h.role_labels.update({Role.PARTICIPANT: "听证代表"}),
    "the host's name (on every turn)": lambda h: setattr(h.person("host"), "name", "杨晨"),
    "an official's unit": lambda h: setattr(h.person("recorder"), "affiliation", "别的单位"),
    "an official's attendance": lambda h: setattr(h.person("presenter"), "attended", False),
    "a participant's name": lambda h: setattr(h.person("a3"), "name", "吴宜"),
    "a participant's 序号": lambda h: setattr(h.person("a3"), "seq", 30),
    "a participant's description": lambda h: setattr(h.person("a3"), "description", "公民"),
    "a participant's attendance": lambda h: setattr(h.person("a3"), "attended", False),
    "a participant added": lambda h: h.people.append(Person("a10", Role.PARTICIPANT, "新人", seq=10, attended=True)),
    "a turn's text": lambda h: setattr(h.transcript[0], "text", "现在宣布听证会开始！"),
    "a turn's speaker": lambda h: setattr(h.transcript[3], "speaker", "a6"),
    "a turn's time": lambda h: setattr(h.transcript[0], "at", AT + timedelta(minutes=1)),
    "a turn's label": lambda h: setattr(h.transcript[1], "speaker_label", "主持人助理"),
    "a turn made a note": lambda h: setattr(h.transcript[0], "kind", TurnKind.NOTE),
    "a note's text": lambda h: setattr(h.transcript[2], "text", "休会十五分钟"),
    "a turn deleted (numbers)": lambda h: h.transcript.pop(1),
    "a turn added": lambda h: h.transcript.append(Turn(9, "补充。", "host")),
    "times printed": lambda h: setattr(h.settings, "show_turn_times", True),
}


@pytest.mark.parametrize("name", list(PRINTED_CHANGES))
def test_every_printed_field_changes_the_fingerprint(h, name):
    locked = fingerprint(h)
    lock(h)
    before = printed_record(h)
    PRINTED_CHANGES[name](h)
    assert fingerprint(h) != locked, name
    assert not lock_intact(h) and not is_final(h)
    assert differences(before, printed_record(h)), name          # and the change log sees it


@pytest.mark.parametrize("change", [
    lambda h: setattr(h.person("a3"), "contact", Contact(phone="13900000000")),   # never printed
    lambda h: h.opinions.append(Opinion("x", "a3", "意见")),
    lambda h: setattr(h.opinions[0], "response", Response(Decision.ADOPTED, "采纳。")),
    lambda h: setattr(h, "purpose", "别的目的"),
    lambda h: setattr(h, "milestones", [Milestone(date(2024, 7, 1), "公告")]),
    lambda h: setattr(h.person("a3"), "signature", Signature(SignatureStatus.SIGNED, lock=1)),
    lambda h: setattr(h.transcript[0], "agenda_item", 2),
    _renamed_ids,
])
def test_what_is_not_printed_leaves_it_alone(h, change):
    before = fingerprint(h)
    change(h)
    for t in h.transcript:                      # (ids renamed: the turns follow, as an import would)
        if t.speaker and h.person(t.speaker) is None:
            t.speaker += "x"
    assert fingerprint(h) == before


def test_renumbering_after_a_deletion_is_not_a_change_of_the_turns_that_follow(h):
    before = printed_record(h)
    del h.transcript[0]
    diffs = differences(before, printed_record(h))
    assert [(d.key, d.what, d.after) for d in diffs if d.key.startswith("turn:")] == [("turn:1", "第 1 段", "")]


def test_short_and_whole_forms(h):
    digest = fingerprint(h)
    assert len(digest) == 64 and short_fingerprint(digest) == "-".join(
        digest[:16].upper()[i:i + 4] for i in (0, 4, 8, 12))
    assert grouped_fingerprint(digest).replace(" ", "") == digest.upper()
    assert short_fingerprint(None) == "—"


def test_verify_against_the_record_and_its_locks(h):
    lock(h, open_=False)
    first = h.locks[0].fingerprint
    assert verify(h, short_fingerprint(first)).matches
    assert verify(h, first.upper()).whole
    h.venue = "另一间会议室"
    result = verify(h, short_fingerprint(first))
    assert not result.matches and result.lock == 1
    assert verify(h, short_fingerprint(fingerprint(h))).matches
    assert verify(h, turns_digest_v1(h)[:16]).scheme == 1          # a page printed before scheme 2
    for bad in ("1234", "zzzz-zzzz-zzzz-zzzz", "0" * 65):
        with pytest.raises(ValueError):
            verify(h, bad)


# ---------------------------------------------------------------- the lock

def test_what_a_lock_needs(h):
    assert lock_problems(h) == []
    h.transcript = []
    h.person("a3").attended = None
    problems = lock_problems(h)
    assert "笔录还是空的" in problems[0] and "还有 1 人未核对签到（吴仪）" in problems[1]


def test_a_lock_in_force_and_intact_prints_for_signing(h):
    assert not is_final(h)                          # never locked: a draft
    lock(h)
    assert is_final(h) and lock_intact(h)
    h.locks[0].unlocked_at = AT + timedelta(hours=3)
    assert not is_final(h)                          # unlocked: a draft again
    lock(h, 2)
    assert is_final(h) and h.current_lock.number == 2


def _signer(h, person_id: str):
    signer = signer_of(h, person_id)
    assert signer is not None, person_id
    return signer


def test_a_phrase_alone_is_no_reason():
    """Issue 11: a reason must add something to the phrase it starts from."""
    from hearing_desk.domain import Decision
    from hearing_desk.domain.answers import has_reason, reason_missing
    assert not has_reason("故不予采纳。") and not has_reason("  不予采纳 ") and not has_reason("经研究，予以采纳。")
    assert has_reason("与《数据安全法》第二十一条不符，故不予采纳。")
    assert not has_reason("该问题将在后续工作中另行研究。", ["该问题将在后续工作中另行研究。"])
    assert has_reason("涉及收费权限，该问题将在后续工作中另行研究。", ["该问题将在后续工作中另行研究。"])
    assert reason_missing(Decision.NOT_ADOPTED, "故不予采纳。")
    assert reason_missing(Decision.PARTIALLY_ADOPTED, "部分采纳。")
    assert not reason_missing(Decision.ADOPTED, "采纳。")


def test_service_and_check_refuse_a_phrase_alone(db, sample_id):
    import pytest

    from hearing_desk.domain import Decision
    from hearing_desk.errors import BadInput
    from hearing_desk.services.checks import MISSING_REASON, run_checks
    from hearing_desk.services.hearings import HearingService
    from hearing_desk.services.responses import ResponseService
    with pytest.raises(BadInput, match="只写了处理结论"):
        ResponseService(db).answer(sample_id, "a6-1", Decision.NOT_ADOPTED, "故不予采纳。")
    hearing = HearingService(db).get(sample_id)
    o = next(o for o in hearing.opinions if o.id == "a6-1")
    o.response.decision, o.response.analysis = Decision.NOT_ADOPTED, "故不予采纳。"
    assert any(c.kind == MISSING_REASON for c in run_checks(hearing))
