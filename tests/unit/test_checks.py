"""Procedure checks: none on the complete sample hearing, each problem on a hearing that has it."""
from __future__ import annotations

import copy
from datetime import date, datetime, timedelta, timezone

import pytest

from hearing_desk.domain import (
    Decision,
    Milestone,
    ReportMeta,
    Response,
    Signature,
    SignatureStatus,
    TranscriptLock,
    fingerprint,
)
from hearing_desk.domain.deadlines import report_deadline
from hearing_desk.services import checks
from hearing_desk.services.checks import CheckService, run_checks

TODAY = date(2026, 5, 11)


def kinds(found):
    return [c.kind for c in found]


def checked_in(hearing):
    for p in hearing.people:
        p.attended = True
    return hearing


def locked(hearing):
    """Lock 1 in force, its fingerprint the record's."""
    hearing.locks = [TranscriptLock(1, fingerprint(hearing), datetime(2024, 7, 16, 17, 30, tzinfo=TZ))]
    return hearing


TZ = timezone(timedelta(hours=8))


def test_the_sample_hearing_as_shipped_has_no_problem(sample_hearing):
    """The reference file says nothing of attendance: the format's default, everyone came."""
    assert run_checks(sample_hearing, TODAY) == []
    # also right after the hearing, and on the deadline day itself
    assert run_checks(sample_hearing, date(2024, 7, 17)) == []


def test_attendance_not_yet_taken_is_a_reminder(sample_hearing):
    h = copy.deepcopy(sample_hearing)
    for p in h.people:
        p.attended = None                    # as a hearing entered in the program, before 签到
    found = run_checks(h, TODAY)
    assert kinds(found) == [checks.ATTENDANCE_OPEN]
    assert "应到 9 人，已签到 0 人，9 人尚未核对" in found[0].message_zh and found[0].is_warning


def test_the_stored_sample_is_checked_whole(db, sample_id):
    assert CheckService(db).run(sample_id, TODAY) == []


@pytest.fixture
def h(sample_hearing):
    return checked_in(copy.deepcopy(sample_hearing))


def test_unanswered_opinion(h):
    h.opinions[2].response = None
    h.opinions[3].response = Response(Decision.PENDING, "草稿")
    found = run_checks(h, date(2024, 7, 17))
    assert kinds(found) == [checks.UNANSWERED, checks.UNANSWERED]
    assert found[0].target == checks.Target("responses", opinion_id="a6-1")
    assert "龚健的第1条意见尚未答复" in found[0].message_zh


@pytest.mark.parametrize("decision", [Decision.NOT_ADOPTED, Decision.PARTIALLY_ADOPTED])
def test_not_adopted_without_reason(h, decision):
    o = next(o for o in h.opinions if o.id == "a8-2")
    o.response = Response(decision, " ")
    found = run_checks(h, date(2024, 7, 17))
    assert kinds(found) == [checks.MISSING_REASON]
    assert found[0].target.opinion_id == "a8-2" and decision.label in found[0].message_zh


def test_answered_with_empty_analysis(h):
    h.opinions[0].response = Response(Decision.ADOPTED, None)
    assert kinds(run_checks(h, TODAY)) == [checks.EMPTY_ANALYSIS]


def test_signatures_only_after_the_lock(h):
    locked(h)
    found = run_checks(h, TODAY)
    # three officials + nine participants, nobody's signature recorded
    assert kinds(found) == [checks.NO_SIGNATURE] * 12
    assert found[0].target == checks.Target("transcript", person_id="host", field="signatures")
    for p in h.people:
        p.signature = Signature(SignatureStatus.SIGNED, lock=1)
    h.person("a9").attended = False
    h.person("a9").signature = None                      # absent: no signature needed
    h.locks[0].fingerprint = fingerprint(h)              # (attendance is printed: locked after it)
    h.person("a7").signature = Signature(SignatureStatus.PENDING)
    h.person("a8").signature = Signature(SignatureStatus.REFUSED, "拒绝签字", lock=1)    # no real note
    found = run_checks(h, TODAY)
    assert kinds(found) == [checks.NO_SIGNATURE, checks.REFUSAL_NOTE]
    assert "听证参加人谷琼泉" in found[0].message_zh and found[1].target.person_id == "a8"
    h.person("a7").signature = Signature(SignatureStatus.SIGNED, lock=1)
    h.person("a8").signature = Signature(SignatureStatus.REFUSED, "本人拒绝签字，主持人当场记明。", lock=1)
    assert run_checks(h, TODAY) == []


def test_a_signature_of_an_earlier_version_does_not_count(h):
    locked(h)
    for p in h.people:
        p.signature = Signature(SignatureStatus.SIGNED, lock=1)
    assert run_checks(h, TODAY) == []
    h.locks[0].unlocked_at = datetime(2024, 7, 16, 17, 40, tzinfo=TZ)
    h.venue = "另一间会议室"
    h.locks.append(TranscriptLock(2, fingerprint(h), datetime(2024, 7, 16, 17, 45, tzinfo=TZ)))
    found = run_checks(h, TODAY)
    assert kinds(found) == [checks.NO_SIGNATURE] * 12
    assert "旧版本" in found[0].message_zh


def test_absent_with_a_signature_and_speaking(h):
    from hearing_desk.domain import Turn
    h.person("a9").attended = False
    h.person("a9").signature = Signature(SignatureStatus.SIGNED)
    h.transcript = [Turn(1, "我有意见。", "a9")]
    found = run_checks(h, TODAY)
    assert kinds(found) == [checks.SIGNATURE_CONFLICT, checks.ABSENT_SPEAKER]
    assert "第 1 段的发言人刘炜胤在签到中记为未到" in found[1].message_zh


def test_a_lock_that_no_longer_matches_the_record(h):
    locked(h)
    for p in h.people:
        p.signature = Signature(SignatureStatus.SIGNED, lock=1)
    h.venue = "改过的地点"             # behind the lock's back (a file edited by hand)
    assert kinds(run_checks(h, TODAY)) == [checks.RECORD_MISMATCH]


def test_quorum(h):
    for pid in ("a1", "a2", "a3", "a4"):
        h.person(pid).attended = False
    found = run_checks(h, TODAY)
    assert kinds(found) == [checks.QUORUM]
    assert "（至少 三分之二，即 6 人）" in found[0].message_zh or "即 6 人" in found[0].message_zh
    assert "应到 9 人，实到 5 人" in found[0].message_zh and "即 6 人" in found[0].message_zh
    assert found[0].target == checks.Target("setup", field="attendance")
    h.person("a4").attended = True
    assert run_checks(h, TODAY) == []
    h.settings.quorum_numerator = 0
    h.person("a4").attended = False
    assert run_checks(h, TODAY) == []


def test_materials_sent_late(h):
    h.milestones = [Milestone(date(2024, 7, 1), "发布听证会公告"),
                    Milestone(date(2024, 7, 12), "向听证参加人送达听证材料")]
    found = run_checks(h, TODAY)
    assert kinds(found) == [checks.MATERIALS_LATE]
    assert "仅 4 天" in found[0].message_zh and "7 天" in found[0].message_zh
    h.milestones[1].date = date(2024, 7, 9)
    assert run_checks(h, TODAY) == []
    h.settings.materials_days_before = 10
    assert kinds(run_checks(h, TODAY)) == [checks.MATERIALS_LATE]


def test_report_deadline(h):
    # 2024-07-16 is a Tuesday; 10 working days later is Tuesday 2024-07-30
    assert report_deadline(h) == date(2024, 7, 30)
    h.opinions[0].response = None                        # the report is not finished
    at = {d: kinds(run_checks(h, d)) for d in (date(2024, 7, 25), date(2024, 7, 26),
                                               date(2024, 7, 30), date(2024, 7, 31))}
    assert at[date(2024, 7, 25)] == [checks.UNANSWERED]                       # 3 working days left
    assert at[date(2024, 7, 26)] == [checks.UNANSWERED, checks.DEADLINE_NEAR]  # Fri: Mon, Tue left
    assert at[date(2024, 7, 30)] == [checks.UNANSWERED, checks.DEADLINE_NEAR]  # the day itself
    assert at[date(2024, 7, 31)] == [checks.UNANSWERED, checks.DEADLINE_PAST]
    near = run_checks(h, date(2024, 7, 30))[-1]
    assert "2024年7月30日" in near.message_zh and "今天" in near.message_zh
    assert near.target == checks.Target("responses", field="report")
    # a dated report is compared with the deadline instead
    h.report = ReportMeta(issuer="x", date=date(2024, 8, 2))
    assert kinds(run_checks(h, TODAY)) == [checks.UNANSWERED, checks.DEADLINE_PAST]
    h.report.date = date(2024, 7, 29)
    assert kinds(run_checks(h, TODAY)) == [checks.UNANSWERED]
    # the deadline counts from the end of the hearing, and the number of days is a setting
    h.report.date = None
    h.ends_at = datetime(2024, 7, 19, 18, 0, tzinfo=timezone(timedelta(hours=8)))
    h.settings.report_deadline_working_days = 5
    assert report_deadline(h) == date(2024, 7, 26)


def test_every_problem_at_once_is_listed(h):
    h.opinions[0].response = None
    h.opinions[1].response = Response(Decision.NOT_ADOPTED, "")
    for p in h.people:
        p.signature = Signature(SignatureStatus.SIGNED, lock=1)
    h.person("a1").signature = None
    for pid in ("a2", "a3", "a4", "a5"):
        h.person(pid).attended = False
        h.person(pid).signature = None
    locked(h)
    h.milestones = [Milestone(date(2024, 7, 15), "送达听证材料")]
    found = kinds(run_checks(h, date(2024, 8, 30)))
    assert found == [checks.UNANSWERED, checks.MISSING_REASON, checks.NO_SIGNATURE, checks.QUORUM,
                     checks.MATERIALS_LATE, checks.DEADLINE_PAST]
