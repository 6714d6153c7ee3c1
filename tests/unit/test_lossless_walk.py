"""Issue 11: the hearing file is lossless for everything the window can change. Every
editable field of every tab's data (setup, transcript, register, responses, report
settings) is changed through the services the tabs call; the hearing is exported,
imported into a new database and exported again; the two files are compared field by
field, and each change is looked for in the second."""
from __future__ import annotations

import json
from datetime import date, datetime, timedelta, timezone
from typing import Any

from hearing_desk.domain import Decision, Dispute, Milestone, ProcedureSettings, Role
from hearing_desk.services.agenda import AgendaService
from hearing_desk.services.attendance import AttendanceService
from hearing_desk.services.disputes import DisputeService
from hearing_desk.services.documents import DocumentService, Target
from hearing_desk.services.hearing_fields import HearingFieldsService
from hearing_desk.services.hearings import HearingService
from hearing_desk.services.opinions import OpinionService
from hearing_desk.services.people import PeopleService
from hearing_desk.services.responses import ResponseService
from hearing_desk.services.transcript import TranscriptService
from hearing_desk.storage.database import Database

CST = timezone(timedelta(hours=8))


def walk(db, hid):
    """Change every field a tab edits; return what was set, by where it shows in the file."""
    fields, people, agenda = HearingFieldsService(db), PeopleService(db), AgendaService(db)
    transcript, opinions, answers = TranscriptService(db), OpinionService(db), ResponseService(db)
    disputes, attendance = DisputeService(db), AttendanceService(db)
    # ------------------------------------------------------------ 听证会设置
    fields.set_field(hid, "title", "改过的听证会名称")
    fields.set_field(hid, "matter", "《改过的事项（征求意见稿）》")
    fields.set_field(hid, "organizer", "改过的组织机关")
    fields.set_field(hid, "legal_bases", ["《依据甲》", "《依据乙》"])
    fields.set_field(hid, "purpose", "改过的目的")
    fields.set_field(hid, "starts_at", datetime(2026, 3, 12, 9, 0, tzinfo=CST))
    fields.set_field(hid, "ends_at", datetime(2026, 3, 12, 17, 45, tzinfo=CST))
    fields.set_field(hid, "venue", "改过的地点")
    fields.set_field(hid, "milestones", [Milestone(date(2026, 2, 1), "发布听证公告（改）")])
    fields.set_field(hid, "report_issuer", "改过的落款单位")
    fields.set_field(hid, "report_date", date(2026, 3, 20))
    fields.set_field(hid, "attachments", ["听证意见汇总表", "改过的附件"])
    fields.set_role_label(hid, Role.PARTICIPANT, "听证代表（改）")
    fields.set_settings(hid, ProcedureSettings(
        speaking_limit_minutes=7, quorum_numerator=3, quorum_denominator=4, materials_days_before=9,
        report_deadline_working_days=12, show_turn_times=True, report_decision_counts=True,
        answer_numbering="question"))
    newcomer = people.add_person(hid, Role.PARTICIPANT, "新代表", selection="抽签", category="公民",
                                 description="新代表的基本情况")
    contact: dict[str, Any] = {"contact.phone": "13800000000", "contact.email": "a2@example.cn"}
    people.update_person(hid, "a2", name="改名代表", affiliation="改过的单位", description="改过的基本情况",
                         selection="邀请", category="领域专家", **contact)
    attendance.set_attendance(hid, {"a2": False, newcomer.id: True})
    agenda.set_agenda(hid, [(1, "改过的第一步"), (2, "决策发言人介绍决策草案、依据和有关情况"),
                            (3, "听证代表发表意见，询问、质证和辩论"), (4, "听证代表核对听证笔录并签字"),
                            (None, "新增的议程步骤")])
    agenda.set_draft_title(hid, "改过的草案标题")
    # ------------------------------------------------------------ 现场笔录
    transcript.correct_turn(hid, 1, text="改过的第一段发言。")
    # ------------------------------------------------------------ 意见登记
    added = opinions.add(hid, newcomer.id, "新代表的意见：建议第八条增加说明。", basis="因为需要说明")
    opinions.edit(hid, "op1", text="改过的意见正文。", basis="改过的依据", topic="改过的主题",
                  articles=["第九条"], transcript_refs=[1])
    disputes.set_disputes(hid, [Dispute("改过的争论问题。", ["op1", added.id]), Dispute("第二个问题。", [])])
    disputes.set_other_notes(hid, "改过的其他情况。")
    # ------------------------------------------------------------ 意见处理, 听证报告
    answers.answer(hid, "op1", Decision.NOT_ADOPTED, "与上位法不符，故不予采纳。")
    answers.answer(hid, added.id, Decision.ADOPTED, "予以采纳，已在第八条补充说明。")
    answers.set_basic_info(hid, "改过的基本情况段落。")
    return newcomer.id, added.id


def export(db, hid, path):
    DocumentService(db).export(hid, {Target.HEARING_FILE: path})
    return json.loads(path.read_text(encoding="utf-8"))


def test_every_editable_field_survives_export_and_import(db, hearings, full_hearing_path, tmp_path):
    hid = hearings.import_file(full_hearing_path)
    newcomer, added = walk(db, hid)
    first = export(db, hid, tmp_path / "first.json")
    other = Database(str(tmp_path / "other.sqlite3"))
    try:
        second = export(other, HearingService(other).import_file(tmp_path / "first.json"), tmp_path / "second.json")
    finally:
        other.close()
    # field by field: every key of every part is the same
    assert set(first) == set(second)
    for key in first:
        if isinstance(first[key], list):
            assert len(first[key]) == len(second[key]), key
            for i, (a, b) in enumerate(zip(first[key], second[key])):
                assert a == b, f"{key}[{i}]"
        elif isinstance(first[key], dict):
            for sub in set(first[key]) | set(second[key]):
                assert first[key].get(sub) == second[key].get(sub), f"{key}.{sub}"
        else:
            assert first[key] == second[key], key
    # and each change is there
    h = second["hearing"]
    assert (h["title"], h["matter"], h["organizer"], h["purpose"], h["venue"]) == (
        "改过的听证会名称", "《改过的事项（征求意见稿）》", "改过的组织机关", "改过的目的", "改过的地点")
    assert h["legal_bases"] == ["《依据甲》", "《依据乙》"]
    assert h["starts_at"].startswith("2026-03-12T09:00") and h["ends_at"].startswith("2026-03-12T17:45")
    assert h["milestones"] == [{"date": "2026-02-01", "event": "发布听证公告（改）"}]
    assert h["role_labels"]["participant"] == "听证代表（改）"
    assert second["report"] == {"issuer": "改过的落款单位", "date": "2026-03-20",
                                "attachments": ["听证意见汇总表", "改过的附件"], "basic_info": "改过的基本情况段落。"}
    assert second["settings"]["answer_numbering"] == "question" and second["settings"]["report_decision_counts"]
    assert second["settings"]["speaking_limit_minutes"] == 7 and second["settings"]["show_turn_times"]
    people = {p["id"]: p for p in second["people"]}
    assert people[newcomer]["name"] == "新代表" and people[newcomer]["selection"] == "抽签"
    assert people[newcomer].get("attended", True) is True and people["a2"]["attended"] is False
    assert people["a2"]["contact"]["phone"] == "13800000000" and people["a2"]["contact"]["email"] == "a2@example.cn"
    assert (people["a2"]["name"], people["a2"]["affiliation"], people["a2"]["category"]) == (
        "改名代表", "改过的单位", "领域专家")
    assert [a["title"] for a in second["agenda"]][0] == "改过的第一步" and len(second["agenda"]) == 5
    assert second["draft"]["title"] == "改过的草案标题"
    assert second["transcript"][0]["text"] == "改过的第一段发言。"
    ops = {o["id"]: o for o in second["opinions"]}
    assert ops["op1"]["text"] == "改过的意见正文。" and ops["op1"]["basis"] == "改过的依据"
    assert ops["op1"]["topic"] == "改过的主题" and ops["op1"]["articles"] == ["第九条"]
    assert ops["op1"]["transcript_refs"] == [1]
    assert ops["op1"]["response"] == {"decision": "not_adopted", "analysis": "与上位法不符，故不予采纳。"}
    assert ops[added]["response"]["decision"] == "adopted" and ops[added]["basis"] == "因为需要说明"
    assert second["disputes"] == ["改过的争论问题。", "第二个问题。"]
    assert second["dispute_opinions"] == [["op1", added], []]
    assert second["other_notes"] == "改过的其他情况。"
