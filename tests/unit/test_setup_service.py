"""The setup's services: hearing fields, people, role labels, agenda, settings, attendance (no Qt)."""
from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from hearing_desk.domain import AgendaItem, Draft, DraftArticle, Milestone, ProcedureSettings, Role, default_agenda
from hearing_desk.domain.attendance import Quorum, attendance
from hearing_desk.errors import BadInput
from hearing_desk.services.hearing_fields import field_value

TZ = timezone(timedelta(hours=8))


@pytest.fixture
def full_id(hearings, full_hearing_path):
    return hearings.import_file(full_hearing_path)


# ---------------------------------------------------------------- fields

def test_set_field_returns_old_value_and_persists(setup, hearings, sample_id):
    old = setup.fields.set_field(sample_id, "venue", "  第二会议室 ")
    assert old == "深圳市光明区公共服务平台103会议室"
    assert hearings.get(sample_id).venue == "第二会议室"
    setup.fields.set_field(sample_id, "venue", "")
    assert hearings.get(sample_id).venue is None


def test_empty_title_is_refused_and_nothing_written(setup, hearings, sample_id):
    before = hearings.get(sample_id).title
    with pytest.raises(BadInput, match="听证会名称不能为空"):
        setup.fields.set_field(sample_id, "title", "   ")
    assert hearings.get(sample_id).title == before


def test_lists_dates_and_report_fields(setup, hearings, sample_id):
    setup.fields.set_field(sample_id, "legal_bases", ["《甲》", " ", "《乙》"])
    start = datetime(2024, 7, 16, 15, 0, tzinfo=TZ)
    setup.fields.set_field(sample_id, "ends_at", start + timedelta(hours=2))
    with pytest.raises(BadInput, match="早于开始时间"):
        setup.fields.set_field(sample_id, "ends_at", start - timedelta(hours=1))
    setup.fields.set_field(sample_id, "milestones", [Milestone(date(2024, 7, 1), "公告"),
                                               Milestone(date(2024, 6, 1), "立项")])
    with pytest.raises(BadInput, match="筹备过程第 1 项"):
        setup.fields.set_field(sample_id, "milestones", [Milestone(date(2024, 7, 1), " ")])
    setup.fields.set_field(sample_id, "report_issuer", "某局")
    setup.fields.set_field(sample_id, "report_date", date(2024, 7, 30))
    setup.fields.set_field(sample_id, "attachments", ["听证意见汇总表", "听证笔录", "名单"])
    h = hearings.get(sample_id)
    assert h.legal_bases == ["《甲》", "《乙》"]
    assert h.ends_at == start + timedelta(hours=2)
    assert [m.event for m in h.milestones] == ["立项", "公告"]   # kept in date order
    assert (h.report.issuer, h.report.date) == ("某局", date(2024, 7, 30))
    assert h.attachments == ["听证意见汇总表", "听证笔录", "名单"]
    assert field_value(h, "report_issuer") == "某局"


def test_role_labels(setup, hearings, sample_id):
    assert setup.fields.set_role_label(sample_id, Role.PARTICIPANT, "听证代表") is None
    assert hearings.get(sample_id).label(Role.PARTICIPANT) == "听证代表"
    assert setup.fields.set_role_label(sample_id, Role.PARTICIPANT, "听证参加人") == "听证代表"  # usual name clears
    assert Role.PARTICIPANT not in hearings.get(sample_id).role_labels


# ---------------------------------------------------------------- people

def test_add_person_gets_new_id_and_next_seq(setup, hearings, sample_id):
    p = setup.people.add_person(sample_id, Role.PARTICIPANT, "蔡鼎", selection="邀请")
    h = hearings.get(sample_id)
    assert p.id not in {q.id for q in h.people if q is not p} or h.person(p.id).name == "蔡鼎"
    assert len({q.id for q in h.people}) == len(h.people)
    assert p.seq == max(q.seq for q in h.participants() if q.id != p.id) + 1
    assert h.participants()[-1].name == "蔡鼎"
    officer = setup.people.add_person(sample_id, Role.HEARING_OFFICER, "钱晓岚")
    h = hearings.get(sample_id)
    assert officer.seq is None
    # grouped with the officials, before the participants
    roles = [q.role for q in h.people]
    assert roles.index(Role.HEARING_OFFICER) < roles.index(Role.PARTICIPANT)


def test_delete_refused_when_turns_or_opinions_point_to_person(setup, hearings, full_id):
    with pytest.raises(BadInput) as err:
        setup.people.delete_people(full_id, ["a1"])
    assert "1 段笔录" in str(err.value) and "2 条意见" in str(err.value) and "李国栋" in str(err.value)
    assert hearings.get(full_id).person("a1") is not None
    [(person, position)] = setup.people.delete_people(full_id, ["ob1"])
    assert hearings.get(full_id).person("ob1") is None
    setup.people.restore_people(full_id, [(person, position)])
    h = hearings.get(full_id)
    assert h.people[position].id == "ob1"


def test_new_ids_never_reuse_referenced_ids(setup, full_id):
    new = setup.people.add_people(full_id, [])
    assert new == []
    ids = {setup.people.add_person(full_id, Role.STAFF, f"工作人员{i}").id for i in range(3)}
    assert len(ids) == 3
    assert not ids & {"h1", "a1", "a2", "a3", "pr1", "pr2"}


def test_update_person_fields_and_contact(setup, hearings, sample_id):
    old = setup.people.update_person(sample_id, "a1", name="汪曼曼", **{"contact.phone": "13800001111"})
    assert old == {"name": "汪曼", "contact.phone": None}
    p = hearings.get(sample_id).person("a1")
    assert p.name == "汪曼曼" and p.contact.phone == "13800001111"
    setup.people.update_person(sample_id, "a1", **{"contact.phone": ""})
    assert hearings.get(sample_id).person("a1").contact is None
    with pytest.raises(BadInput, match="姓名不能为空"):
        setup.people.update_person(sample_id, "a1", name=" ")
    with pytest.raises(BadInput, match="不是数字"):
        setup.people.update_person(sample_id, "a1", seq="abc")


def test_move_and_renumber(setup, hearings, sample_id):
    names = [p.name for p in hearings.get(sample_id).participants()]
    assert setup.people.move_person(sample_id, "a2", -1)
    h = hearings.get(sample_id)
    assert [p.name for p in h.participants()][:2] == [names[1], names[0]]
    assert [p.seq for p in h.participants()][:2] == [1, 2]
    assert not setup.people.move_person(sample_id, "a2", -1)     # already first
    first = setup.people.add_person(sample_id, Role.PARTICIPANT, "甲")
    setup.people.add_person(sample_id, Role.PARTICIPANT, "乙")
    setup.people.delete_people(sample_id, [first.id])
    assert [p.seq for p in hearings.get(sample_id).participants()][-1] == len(names) + 2
    old = setup.people.renumber(sample_id, Role.PARTICIPANT)
    assert [p.seq for p in hearings.get(sample_id).participants()] == list(range(1, len(names) + 2))
    setup.people.set_seqs(sample_id, old)
    assert [p.seq for p in hearings.get(sample_id).participants()][-1] == len(names) + 2


def test_move_officials_without_seq(setup, hearings, full_id):
    assert setup.people.move_person(full_id, "o3", -1)
    assert [p.id for p in hearings.get(full_id).people_in(Role.HEARING_OFFICER)] == ["o1", "o3", "o2"]


# ---------------------------------------------------------------- agenda, settings

def test_default_agenda_uses_role_labels(hearings, full_hearing_path):
    from hearing_desk.formats.interchange import read_file
    h = read_file(full_hearing_path)
    steps = [a.title for a in default_agenda(h)]
    assert steps[0].startswith("听证主持人宣布听证会开始")
    assert "决策发言人介绍决策草案" in steps[1]
    assert steps[3] == "听证代表核对听证笔录并签字"
    assert [a.seq for a in default_agenda()] == [1, 2, 3, 4]


def test_fill_default_agenda_only_when_empty(setup, hearings, sample_id, full_id):
    assert setup.agenda.fill_default_agenda(sample_id)
    assert len(hearings.get(sample_id).agenda) == 4
    assert not setup.agenda.fill_default_agenda(sample_id)
    assert not setup.agenda.fill_default_agenda(full_id)


def test_set_agenda_renumbers_and_moves_turns(setup, hearings, full_id):
    h = hearings.get(full_id)
    steps = [(a.seq, a.title) for a in h.agenda]
    # swap steps 3 and 4, add a new one at the start
    new = [(None, "签到")] + [steps[0], steps[1], steps[3], steps[2]]
    old, mapping = setup.agenda.set_agenda(full_id, new)
    assert old == h.agenda and mapping == {1: 2, 2: 3, 4: 4, 3: 5}
    h2 = hearings.get(full_id)
    assert [a.title for a in h2.agenda][0] == "签到"
    assert {t.seq: t.agenda_item for t in h2.transcript}[4] == 5     # was step 3
    assert {t.seq: t.agenda_item for t in h2.transcript}[10] == 4    # was step 4
    with pytest.raises(BadInput, match="不能删除"):
        setup.agenda.set_agenda(full_id, [(2, "x")])
    with pytest.raises(BadInput, match="没有内容"):
        setup.agenda.set_agenda(full_id, [(1, "")])


def test_settings_validation(setup, hearings, sample_id):
    old = setup.fields.set_settings(sample_id, ProcedureSettings(speaking_limit_minutes=3, quorum_numerator=1,
                                                          quorum_denominator=2))
    assert old == ProcedureSettings()
    assert hearings.get(sample_id).settings.speaking_limit_minutes == 3
    with pytest.raises(BadInput, match="分子不能大于分母"):
        setup.fields.set_settings(sample_id, ProcedureSettings(quorum_numerator=4, quorum_denominator=3))


def test_draft_roundtrip(setup, hearings, sample_id):
    d = Draft("办法", [DraftArticle("第一条", "为了……", 1, "第一章　总则")])
    assert setup.agenda.set_draft(sample_id, d) is None
    assert hearings.get(sample_id).draft == d
    assert setup.agenda.set_draft_title(sample_id, "新办法") == "办法"
    assert setup.agenda.set_draft(sample_id, None).title == "新办法"


# ---------------------------------------------------------------- attendance

def test_attendance_is_stored_and_counted_by_the_domain(setup, hearings, unchecked_sample_id):
    """The service stores attendance; the counting is ``domain.attendance`` (test_rules)."""
    sample_id = unchecked_sample_id
    h = hearings.get(sample_id)
    n = len(h.participants())
    assert attendance(h).present == 0 and attendance(h).quorum is Quorum.OPEN     # nobody checked in
    old = setup.attendance.set_attendance(sample_id, {p.id: True for p in h.participants()})
    assert set(old.values()) == {None}
    a = attendance(hearings.get(sample_id))
    assert (a.expected, a.present, a.quorum) == (n, n, Quorum.MET)
    setup.attendance.set_attendance(sample_id, old)
    assert attendance(hearings.get(sample_id)).present == 0


def test_attendance_of_a_person_in_two_roles_is_kept_equal(setup, hearings, unchecked_sample_id):
    sample_id = unchecked_sample_id
    twin = setup.people.add_person(sample_id, Role.HEARING_OFFICER, "杨成", affiliation="深圳市光明区教育局")
    old = setup.attendance.set_attendance(sample_id, {twin.id: False})
    assert old == {twin.id: None, "host": None}
    h = hearings.get(sample_id)
    assert h.person("host").attended is False and h.person(twin.id).attended is False
    setup.people.update_person(sample_id, "host", attended=True)
    assert hearings.get(sample_id).person(twin.id).attended is True


def test_agenda_item_roundtrip_type(setup, hearings, sample_id):
    setup.agenda.set_agenda(sample_id, [(None, "第一步"), (None, "第二步")])
    assert hearings.get(sample_id).agenda == [AgendaItem(1, "第一步"), AgendaItem(2, "第二步")]


def test_change_role_numbers_the_newcomer_and_restores(setup, hearings, sample_id):
    observer = setup.people.add_person(sample_id, Role.OBSERVER, "周旁听")
    before = hearings.get(sample_id)
    top = max(p.seq for p in before.participants())
    old = setup.people.change_role(sample_id, observer.id, Role.PARTICIPANT)
    h = hearings.get(sample_id)
    assert (h.person(observer.id).role, h.person(observer.id).seq) == (Role.PARTICIPANT, top + 1)
    assert h.participants()[-1].id == observer.id and not h.people_in(Role.OBSERVER)
    assert setup.people.change_role(sample_id, observer.id, Role.PARTICIPANT) is None     # already there
    setup.people.restore_role(sample_id, observer.id, old)
    assert hearings.get(sample_id).people == before.people
    with pytest.raises(BadInput, match="意见"):
        setup.people.change_role(sample_id, before.participants()[0].id, Role.STAFF)
