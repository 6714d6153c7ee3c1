"""Text is stored clean, whichever way it comes in: every service that stores typed
text, hearing files, sign-up sheets and drafts call ``domain.text.clean_text`` (or
``clean_line`` for one-line fields). A sweep over every text column of the database
afterwards finds nothing left."""
from __future__ import annotations

import json

import docx
from openpyxl import Workbook
from sqlalchemy import String, Text, select

from hearing_desk.domain import Decision, Dispute, Person, Role, SignatureStatus, Turn
from hearing_desk.domain.text import clean_text
from hearing_desk.formats.drafts import read_draft
from hearing_desk.formats.signup import read_signup
from hearing_desk.services.disputes import DisputeService
from hearing_desk.services.opinions import OpinionService
from hearing_desk.services.responses import ResponseService
from hearing_desk.services.signatures import SignatureService
from hearing_desk.services.transcript import TranscriptService
from hearing_desk.storage import models
from tests.conftest import setup_services

#: what a paste from a web page, a terminal or a spoofing e-mail may carry
DIRT = "\ufeff\u202e\u200b\x07\x1b\u2066"


def _clean(text: str) -> bool:
    return clean_text(text) == text


def dirty(text: str) -> str:
    """``text`` with invisible characters before, inside and after it."""
    return DIRT + text[:1] + "\u202d\x00" + text[1:] + "\u2069\ufeff"


def test_setup_fields_and_people(db, sample_id):
    svc = setup_services(db)
    svc.fields.set_field(sample_id, "venue", dirty("光明区103会议室") + "\r\n二楼")
    svc.fields.set_field(sample_id, "purpose", dirty("第一段") + "\r\n第二段\r第三段")
    svc.fields.set_field(sample_id, "legal_bases", [dirty("《条例》"), "\ufeff"])
    svc.fields.set_role_label(sample_id, Role.PARTICIPANT, dirty("听证代表"))
    svc.fields.set_field(sample_id, "milestones", [])
    svc.agenda.set_draft_title(sample_id, dirty("某办法"))
    [added] = svc.people.add_people(sample_id, [Person("", Role.PARTICIPANT, dirty("蔡鼎"),
                                                affiliation=dirty("某公司"), description=dirty("公民"))])
    svc.people.update_person(sample_id, added.id, description=dirty("企业代表"))
    svc.agenda.set_agenda(sample_id, [(None, dirty("主持人宣布开会"))])
    h = svc.fields.load(sample_id)
    assert h.venue == "光明区103会议室 二楼"                # one line: the pasted break is a space
    assert h.purpose == "第一段\n第二段\n第三段"
    assert h.legal_bases == ["《条例》"]
    assert h.role_labels[Role.PARTICIPANT] == "听证代表"
    assert h.draft.title == "某办法"
    person = h.person(added.id)
    assert (person.name, person.affiliation, person.description) == ("蔡鼎", "某公司", "企业代表")
    assert [a.title for a in h.agenda] == ["主持人宣布开会"]


def test_typing_box_turns_corrections_signatures(db, sample_id):
    svc = TranscriptService(db)
    top = max((t.seq for t in svc.load(sample_id).hearing.transcript), default=0)
    svc.save_draft(sample_id, Turn(top + 1, dirty("正在输入") + "\r\n下一行"))
    assert svc.draft(sample_id).text == "正在输入\n下一行"
    svc.append_turn(sample_id, Turn(top + 1, dirty("记入笔录"), "host"), Turn(top + 2, dirty("下一段")))
    svc.correct_turn(sample_id, top + 1, text=dirty("改正后的文字"))
    state = svc.load(sample_id)
    assert state.hearing.transcript[-1].text == "改正后的文字"
    assert state.draft.text == "下一段"
    person = state.hearing.participants()[0]
    svc.save_draft(sample_id, Turn(top + 2, ""))
    unchecked = {p.id: True for p in state.hearing.people if p.attended is None}
    if unchecked:                            # people added by the setup test: check them in
        setup_services(db).attendance.set_attendance(sample_id, unchecked)
    svc.lock(sample_id)                      # signatures are recorded for a locked version
    SignatureService(db).set_signature(sample_id, person.id, SignatureStatus.REFUSED, dirty("认为笔录未完整记录其意见"))
    assert svc.load(sample_id).hearing.person(person.id).signature.note == "认为笔录未完整记录其意见"


def test_opinions_disputes_notes_answers(db, sample_id):
    ops, answers = OpinionService(db), ResponseService(db)
    speaker = ops.load(sample_id).participants()[0].id
    o = ops.add(sample_id, speaker, dirty("建议第三条明确范围"), basis=dirty("依据"), topic=dirty("范围"),
                articles=[dirty("第三条")])
    assert (o.text, o.basis, o.topic, o.articles) == ("建议第三条明确范围", "依据", "范围", ["第三条"])
    ops.edit(sample_id, o.id, text=dirty("改后的意见"))
    first, second = ops.split(sample_id, o.id, dirty("前半"), dirty("后半"))
    DisputeService(db).set_disputes(sample_id, [Dispute(dirty("争论的问题"), [first.id])])
    DisputeService(db).set_other_notes(sample_id, dirty("其他情况"))
    answers.answer_many(sample_id, [first.id, second.id], Decision.NOT_ADOPTED, dirty("理由"))
    answers.set_basic_info(sample_id, dirty("基本情况"))
    h = ops.load(sample_id)
    assert [d.text for d in h.disputes] == ["争论的问题"]
    assert h.other_notes == "其他情况" and h.basic_info_override == "基本情况"
    assert {x.response.analysis for x in h.opinions if x.id in (first.id, second.id)} == {"理由"}
    assert (ops.get(sample_id, first.id).text, ops.get(sample_id, second.id).text) == ("前半", "后半")


def test_hearing_file(hearings, sample_path, tmp_path):
    doc = json.loads(sample_path.read_text(encoding="utf-8"))
    doc["hearing"]["title"] = dirty(doc["hearing"]["title"])
    doc["people"][0]["name"] = dirty(doc["people"][0]["name"])
    doc["transcript"] = [{"seq": 1, "speaker": doc["people"][0]["id"],
                          "text": dirty("开会") + "\r\n第二行\x0b第三行"}]
    doc["opinions"][0]["text"] = dirty(doc["opinions"][0]["text"])
    path = tmp_path / "dirty.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    h = hearings.get(hearings.import_file(path))
    assert _clean(h.title) and h.title.startswith("《")
    assert h.people[0].name == json.loads(sample_path.read_text(encoding="utf-8"))["people"][0]["name"]
    assert h.transcript[0].text == "开会\n第二行\n第三行"
    assert _clean(h.opinions[0].text)


def test_signup_sheet(tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.append(["\ufeff姓名", "工作单位", "基本情况"])
    ws.append(["\u202e蔡\u200b鼎\u202c", "某\u2066公司\u2069", "企业\ufeff代表"])
    wb.save(tmp_path / "s.xlsx")
    [row] = read_signup(tmp_path / "s.xlsx").rows
    assert (row.name, row.affiliation, row.description) == ("蔡鼎", "某公司", "企业代表")


def test_drafts(tmp_path):
    text = "\ufeff某办法\r\n第一条\u3000为了\u202e规范\u200b。\x0c第二条\u3000施行\x07。\r\n"
    (tmp_path / "d.txt").write_text(text, encoding="utf-8")
    document = docx.Document()
    for line in ("某办法", "第一条\u3000为了\u202e规范\u200b。", "第二条\u3000施行。"):
        document.add_paragraph(line)
    document.save(tmp_path / "d.docx")
    for name in ("d.txt", "d.docx"):
        draft = read_draft(tmp_path / name)
        assert draft.title == "某办法"
        assert [a.text for a in draft.articles][0].endswith("为了规范。"), name
        assert all(_clean(a.text) for a in draft.articles)


def test_nothing_unclean_left_in_any_text_column(db, sample_id):
    """After every path above, one sweep over every text column of every table."""
    test_setup_fields_and_people(db, sample_id)
    test_typing_box_turns_corrections_signatures(db, sample_id)
    test_opinions_disputes_notes_answers(db, sample_id)
    with db.session() as s:
        for table in models.Base.metadata.sorted_tables:
            columns = [c for c in table.columns
                       if isinstance(c.type, (String, Text)) or c.type.python_type in (dict, list)]
            if not columns:                 # search_stale: hearing ids only
                continue
            for row in s.execute(select(*columns)):
                for column, value in zip(columns, row):
                    for text in _strings(value):
                        assert _clean(text), f"{table.name}.{column.name}: {text!r}"


def _strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for v in value.values():
            yield from _strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from _strings(v)
