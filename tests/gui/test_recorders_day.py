"""Done when (the recorder's issue), end to end: a recorder who has never used the
program sets up a new hearing, checks attendance, types the transcript, marks an
opinion, locks the transcript, exports it and records the signatures — in the real
main window with its four real tabs, through widgets, keys and dialogs; results are
read back from the database, the exported PDF and the hearing file."""
from __future__ import annotations

import json
import threading
from dataclasses import replace
from pathlib import Path

import docx
import jsonschema
import pytest
from openpyxl import Workbook
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QDateTimeEdit, QDialog, QDialogButtonBox

from hearing_desk.domain import ROLE_ORDER, Role, SignatureStatus, TurnKind, fingerprint, short_fingerprint
from hearing_desk.domain.fingerprint import grouped_fingerprint
from hearing_desk.formats.interchange import read_file, to_document, validate
from hearing_desk.formats.signup import id_check_digit
from hearing_desk.paths import resource
from hearing_desk.services.documents import DocumentService, Target, file_name
from hearing_desk.services.hearings import HearingService
from hearing_desk.services.transcript import TranscriptService
from hearing_desk.ui import background
from hearing_desk.ui.dialogs import PersonalDataChoice, SaveHearingFile, TitleDialog
from hearing_desk.ui.hearing_list import Column as ListColumn
from hearing_desk.ui.setup.attendance_model import AttendanceColumn
from hearing_desk.ui.setup.draft_page import DraftPage
from hearing_desk.ui.setup.signup_dialog import SignupColumn, SignupDialog
from hearing_desk.ui.transcript.dialogs import RefusalNote, SaveTranscriptPdf
from hearing_desk.ui.transcript.model import SignatureColumn
from tests.gui.keys import type_text

TITLE = "《光明区公共数据授权运营暂行管理办法（征求意见稿）》听证会"
MATTER = "《光明区公共数据授权运营暂行管理办法（征求意见稿）》"
ORGANIZER = "深圳市光明区政务服务和数据管理局"
VENUE = "光明区公共服务平台103会议室"
OPENING = "现在宣布听证会开始。"          # the first common phrase (Alt+1)
OPINION = "我建议第二条增加数据安全的规定，授权运营单位应当定期报告。"
REFUSAL = "认为自己的发言记录不全。"
ACCEPTED = QDialog.DialogCode.Accepted


def valid_id(first17: str) -> str:
    return first17 + id_check_digit(first17)


def click_ok(dialog) -> None:
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.isEnabled()
    ok.click()


def fill_line(qtbot, edit, text: str) -> None:
    """Select what is in a line edit, type over it, Enter (the field is stored)."""
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def click_row(qtbot, view, row: int, column: int) -> None:
    index = view.model().index(row, column)
    view.scrollTo(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())


def go_to_page(qtbot, setup, name: str) -> None:
    """Click the setup tab's page list on the left."""
    from hearing_desk.ui.setup.tab import PAGES
    item = setup.ui.nav.item(PAGES.index(name))
    qtbot.mouseClick(setup.ui.nav.viewport(), Qt.MouseButton.LeftButton, pos=setup.ui.nav.visualItemRect(item).center())
    assert setup.current_page() == name


def flat(text: str) -> str:
    return "".join(text.split())


# ------------------------------------------------------------------ the files a recorder is given
@pytest.fixture
def signup_sheet(tmp_path):
    """The sign-up sheet as an organizer's office sends it: a title line, then the header;
    six people, two of whom cannot be imported."""
    wb = Workbook()
    ws = wb.active
    ws.title = "报名表"
    ws.append(["光明区公共数据授权运营暂行管理办法听证会报名表"])
    ws.append(["序号", "姓 名", "工作单位", "联系电话", "身份证号", "产生方式", "类别"])
    ws.append([1, "蔡鼎", "深圳某科技有限公司", "13800138001", valid_id("44030619850615121"), "报名", "企业代表"])
    ws.append([2, "王建国", "光明区某社区居委会", "13800138002", None, "抽签", "公民"])
    ws.append([3, None, "某单位", "13800138003", None, "报名", "公民"])                  # no name
    ws.append([4, "李娜", "某律师事务所", "0755-12345678", None, "邀请", "领域专家"])       # a landline: a reminder
    ws.append([5, "赵强", None, "13800138005", "44030619850615121", "报名", "公民"])        # 17-digit ID number
    ws.append([6, "张伟", "某大学法学院", "138 0013 8006", valid_id("44030619900101123"), "推荐", "领域专家"])
    path = tmp_path / "听证参加人报名表.xlsx"
    wb.save(path)
    return path


@pytest.fixture
def draft_docx(tmp_path):
    document = docx.Document()
    for line in ("光明区公共数据授权运营暂行管理办法", "（征求意见稿）", "第一章　总则",
                 "第一条　为了规范公共数据授权运营，促进数据要素流通，制定本办法。",
                 "第二条　本办法适用于光明区行政区域内的公共数据授权运营活动。",
                 "第三条　区政务服务和数据管理局负责统筹公共数据授权运营工作。"):
        document.add_paragraph(line)
    path = tmp_path / "征求意见稿.docx"
    document.save(path)
    return path


# ------------------------------------------------------------------ the dialogs, driven
@pytest.fixture
def dialogs(monkeypatch, qtbot, signup_sheet, draft_docx, tmp_path):
    """The modal dialogs' ``ask`` entry points build the real dialog and drive its widgets
    (file choosers answer with the files above). What each dialog showed is kept."""
    seen: dict = {}

    def ask_title(cls, parent, window_title, prompt, initial=""):
        dialog = cls(window_title, prompt, initial, parent)
        assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
        type_text(dialog.edit, "数据授权运营听证会")
        click_ok(dialog)
        seen["title_dialog"] = window_title
        try:
            return dialog.title() if dialog.result() == ACCEPTED else None
        finally:
            dialog.deleteLater()

    def ask_signup(cls, parent, sheet, label="听证参加人"):
        dialog = cls(sheet, label, parent)
        qtbot.addWidget(dialog)
        model = dialog.model
        seen["signup"] = {
            "summary": dialog.ui.summary.text(),
            "rows": {model.item(r).row: (model.index(r, SignupColumn.NAME).data(),
                                         model.index(r, SignupColumn.STATUS).data(),
                                         model.index(r, SignupColumn.PROBLEMS).data())
                     for r in range(model.rowCount())},
            "ok": dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).text(),
        }
        dialog.ui.only_problems.setChecked(True)           # the clerk looks at the problem rows
        seen["signup"]["problem_rows"] = dialog.proxy.rowCount()
        dialog.ui.only_problems.setChecked(False)
        click_ok(dialog.ui)
        return dialog.chosen_rows() if dialog.result() == ACCEPTED else None

    def ask_refusal(cls, parent, name, note=""):
        dialog = cls(name, note, parent)
        qtbot.addWidget(dialog)
        seen["refusal_prefill"] = dialog.edit.toPlainText()
        dialog.edit.moveCursor(QTextCursor.MoveOperation.End)
        type_text(dialog.edit, "认为自己的发言记录不全。")
        click_ok(dialog)
        return dialog.edit.toPlainText().strip() if dialog.result() == ACCEPTED else None

    monkeypatch.setattr(TitleDialog, "ask", classmethod(ask_title))
    monkeypatch.setattr(SignupDialog, "ask_file", classmethod(lambda cls, parent, folder="": str(signup_sheet)))
    monkeypatch.setattr(SignupDialog, "ask", classmethod(ask_signup))
    monkeypatch.setattr(DraftPage, "ask_file", classmethod(lambda cls, parent, folder="": str(draft_docx)))
    monkeypatch.setattr(RefusalNote, "ask", classmethod(ask_refusal))
    seen["pdf"] = tmp_path / "听证笔录.pdf"
    seen["pdf_suggested"] = []

    def ask_pdf(cls, parent, suggested):
        seen["pdf_suggested"].append(Path(suggested))
        return str(seen["pdf"])

    monkeypatch.setattr(SaveTranscriptPdf, "ask", classmethod(ask_pdf))
    return seen


@pytest.fixture
def window(ctx, qtbot):
    from hearing_desk.ui.main_window import MainWindow

    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.resize(1440, 900)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    yield win
    if win.isVisible():
        win.close()


def test_a_recorders_day_on_a_new_hearing(window, ctx, db, dialogs, message_boxes, tmp_path, qtbot, monkeypatch):
    hearings = HearingService(db)
    assert hearings.list() == []                                   # the program has never seen a hearing

    # ---------------------------------------------------------------- 1. a new hearing
    assert window.stack.currentWidget() is window.empty_page
    window.window_actions.new_hearing.trigger()                           # 文件 → 新建听证会… (Ctrl+N)
    assert dialogs["title_dialog"] == "新建听证会"
    [summary] = hearings.list()
    hid = summary.id
    assert window.hearing_id == hid and window.current_tab() == "setup"
    setup = window.tab_widgets["setup"]
    assert setup.hearing_id == hid and setup.current_page() == "basic"
    assert [a.seq for a in hearings.get(hid).agenda] == [1, 2, 3, 4]     # 713号令 第十七条 order filled in

    # ---------------------------------------------------------------- 2. basic fields
    basic = setup.pages["basic"]
    fill_line(qtbot, basic.ui.title, TITLE)
    fill_line(qtbot, basic.ui.matter, MATTER)
    fill_line(qtbot, basic.ui.organizer, ORGANIZER)
    qtbot.mouseClick(basic.ui.starts_at.check, Qt.MouseButton.LeftButton)   # the time is known now
    editor = basic.ui.starts_at.edit
    editor.setFocus()
    editor.setSelectedSection(QDateTimeEdit.Section.YearSection)
    qtbot.keyClicks(editor, "202509161430")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    fill_line(qtbot, basic.ui.venue, VENUE)
    h = hearings.get(hid)
    assert (h.title, h.matter, h.organizer, h.venue) == (TITLE, MATTER, ORGANIZER, VENUE)
    assert h.starts_at is not None and h.starts_at.tzinfo is not None
    assert (h.starts_at.year, h.starts_at.month, h.starts_at.day, h.starts_at.hour, h.starts_at.minute) == (
        2025, 9, 16, 14, 30)
    assert "2025年9月9日" in basic.ui.materials_hint.text()                  # materials due 7 days before
    qtbot.waitUntil(lambda: window.hearing_list.model.summaries()[0].title == TITLE, timeout=10000)
    assert TITLE in window.windowTitle()

    # ---------------------------------------------------------------- 3. the sign-up sheet
    go_to_page(qtbot, setup, "people")
    people = setup.pages["people"]
    assert people.role is Role.PARTICIPANT and not people.ui.import_button.isHidden()
    qtbot.mouseClick(people.ui.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "signup" in dialogs, timeout=10000)          # the sheet is read off the GUI thread
    preview = dialogs["signup"]
    rows = preview["rows"]
    assert len(rows) == 6 and preview["problem_rows"] == 3              # 2 errors, 1 reminder
    assert "第 2 行是表头" in preview["summary"]
    assert "4 行可导入" in preview["summary"] and "2 行有错误" in preview["summary"]
    assert "其中 1 行有提醒" in preview["summary"]
    assert rows[5] == ("", "有错误，不导入", "姓名为空")
    assert rows[7][:2] == ("赵强", "有错误，不导入") and "应为 18 位" in rows[7][2]
    assert rows[6][1] == "可导入（有提醒）" and "不是手机号码" in rows[6][2]
    assert all(rows[r][1] == "可导入" for r in (3, 4, 8))
    assert preview["ok"] == "导入 4 人"
    h = hearings.get(hid)
    parts = h.participants()
    assert [(p.seq, p.name) for p in parts] == [(1, "蔡鼎"), (2, "王建国"), (3, "李娜"), (4, "张伟")]
    by_name = {p.name: p for p in parts}
    assert by_name["蔡鼎"].contact.id_number == valid_id("44030619850615121")
    assert by_name["蔡鼎"].affiliation == "深圳某科技有限公司" and by_name["蔡鼎"].selection == "报名"
    assert by_name["张伟"].contact.phone == "13800138006"               # spaces taken out
    assert by_name["李娜"].contact.phone == "0755-12345678" and by_name["李娜"].category == "领域专家"
    assert by_name["王建国"].contact.id_number is None
    assert "赵强" not in {p.name for p in h.people}                     # rows with errors are not stored
    assert people.model.rowCount() == 4 and len(people.selected_ids()) == 4
    assert ctx.undo_stack.undoText() == "从报名表导入 4 人"

    # ---------------------------------------------------------------- 4. host, recorder, presenter
    officials = {Role.HOST: ("周明", "深圳市光明区政务服务和数据管理局"),
                 Role.RECORDER: ("刘洋", "深圳市光明区政务服务和数据管理局"),
                 Role.PRESENTER: ("孙立", "深圳市光明区政务服务和数据管理局数据资源科")}
    for role, (name, unit) in officials.items():
        people.ui.roles.setCurrentIndex(ROLE_ORDER.index(role))
        assert people.model.rowCount() == 0 and people.ui.import_button.isHidden()
        type_text(people.ui.new_name, name)
        type_text(people.ui.new_affiliation, unit)
        qtbot.keyClick(people.ui.new_affiliation, Qt.Key.Key_Return)
        assert [people.model.item(r).name for r in range(people.model.rowCount())] == [name]
    h = hearings.get(hid)
    for role, (name, unit) in officials.items():
        assert [(p.name, p.affiliation) for p in h.people_in(role)] == [(name, unit)]
    ids = {p.name: p.id for p in h.people}

    # ---------------------------------------------------------------- 5. the draft
    go_to_page(qtbot, setup, "draft")
    draft_page = setup.pages["draft"]
    qtbot.mouseClick(draft_page.ui.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: hearings.get(hid).draft is not None, timeout=10000)   # read off the GUI thread
    draft = hearings.get(hid).draft
    assert draft.title == "光明区公共数据授权运营暂行管理办法"
    assert [a.label for a in draft.articles] == ["第一条", "第二条", "第三条"]
    assert all(a.chapter == "第一章　总则" for a in draft.articles)
    assert draft.articles[1].text.endswith("本办法适用于光明区行政区域内的公共数据授权运营活动。")
    assert draft_page.model.rowCount() == 3 and draft_page.ui.summary.text() == "共 3 条，分 1 章"

    # ---------------------------------------------------------------- 6. 签到
    go_to_page(qtbot, setup, "attendance")
    attend = setup.pages["attendance"]
    assert attend.model.rowCount() == 7                                  # 4 participants, 3 officials
    assert attend.ui.counts.text() == "应到 4 人　　实到 0 人"           # nobody checked in yet
    assert "其中 4 人尚未核对" in attend.ui.unchecked.text()
    qtbot.mouseClick(attend.ui.all_absent, Qt.MouseButton.LeftButton)       # the doors open: nobody yet
    assert attend.ui.counts.text() == "应到 4 人　　实到 0 人"
    assert attend.ui.quorum.property("quorum_met") is False
    assert "还差 3 人" in attend.ui.quorum.text() and "不符合要求" in attend.ui.quorum.text()
    texts = []
    for typed in ("cd", "ln", "zw", "zm", "ly", "sl"):                  # arrivals, by pinyin initials
        qtbot.keyClicks(attend.ui.filter, typed)
        qtbot.keyClick(attend.ui.filter, Qt.Key.Key_Return)
        assert attend.ui.filter.text() == ""
        texts.append((attend.ui.counts.text(), attend.ui.quorum.text()))
    assert texts[1][0] == "应到 4 人　　实到 2 人" and "还差 1 人" in texts[1][1]
    assert texts[2][0] == "应到 4 人　　实到 3 人"
    assert attend.ui.quorum.text() == "到会人数达到应到人数的三分之二（至少 3 人），符合要求"
    assert attend.ui.quorum.property("quorum_met") is True and "#137333" in attend.ui.quorum.styleSheet()
    assert attend.ui.unchecked.text() == ""
    r = next(r for r in range(attend.proxy.rowCount())
             if attend.proxy.index(r, AttendanceColumn.NAME).data() == "王建国")
    assert attend.proxy.index(r, AttendanceColumn.STATUS).data() == "未到"
    h = hearings.get(hid)
    assert {p.name: p.attended for p in h.people} == {
        "蔡鼎": True, "王建国": False, "李娜": True, "张伟": True, "周明": True, "刘洋": True, "孙立": True}

    # ---------------------------------------------------------------- 7. 现场笔录
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.current_tab() == "transcript"
    tab = window.tab_widgets["transcript"]
    typing = tab.typing
    qtbot.waitUntil(typing.hasFocus)
    assert tab.doc.hearing.title == TITLE and tab.empty_hint.isVisible()
    assert "周明" in tab.keymap.buttons["F1"].text() and "孙立" in tab.keymap.buttons["F2"].text()

    qtbot.keyClick(typing, Qt.Key.Key_F1)                                # host
    qtbot.keyClick(typing, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)  # a common phrase
    qtbot.keyClick(typing, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    type_text(typing, "请工作人员宣读听证纪律。")
    qtbot.keyClick(typing, Qt.Key.Key_Return)
    assert typing.toPlainText() == ""

    qtbot.keyClick(typing, Qt.Key.Key_F7)                                # procedural note, chosen by its number
    assert tab.note_menu.isVisible()
    qtbot.keyClick(tab.note_menu, Qt.Key.Key_1)
    assert not tab.note_menu.isVisible()
    qtbot.waitUntil(typing.hasFocus)

    type_text(typing, "下面请蔡鼎发言。")                                  # still the host
    qtbot.keyClick(typing, Qt.Key.Key_Return)

    qtbot.keyClick(typing, Qt.Key.Key_F5)                                # the participant picker
    assert tab.picker.isVisible()
    qtbot.keyClicks(tab.picker.edit, "cd")
    assert tab.picker.current().person.name == "蔡鼎"
    qtbot.keyClick(tab.picker.edit, Qt.Key.Key_Return)
    assert not tab.picker.isVisible() and "蔡鼎" in tab.speaker_line.text()
    qtbot.waitUntil(typing.hasFocus)
    type_text(typing, OPINION)
    qtbot.keyClick(typing, Qt.Key.Key_Return)

    qtbot.keyClick(typing, Qt.Key.Key_F2)                                # presenter
    type_text(typing, "谢谢，我们会认真研究。")
    qtbot.keyClick(typing, Qt.Key.Key_Return)

    assert tab.doc.writer.flush(10)
    stored = TranscriptService(db).load(hid).hearing.transcript
    assert [(t.seq, t.speaker, t.kind, t.text) for t in stored] == [
        (1, ids["周明"], None, OPENING + "\n请工作人员宣读听证纪律。"),
        (2, None, TurnKind.NOTE, "宣读听证纪律。"),
        (3, ids["周明"], None, "下面请蔡鼎发言。"),
        (4, ids["蔡鼎"], None, OPINION),
        (5, ids["孙立"], None, "谢谢，我们会认真研究。"),
    ]
    assert all(t.at is not None and t.agenda_item == 1 for t in stored)
    assert hearings.get(hid).transcript == stored

    # ---------------------------------------------------------------- 8. an opinion from a turn
    qtbot.keyClick(typing, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)   # the last turn …
    qtbot.keyClick(typing, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)   # … and the one before: 蔡鼎's
    assert tab.editing.current_turn().seq == 4
    with qtbot.waitSignal(ctx.events.changed):
        qtbot.keyClick(typing, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    [opinion] = hearings.get(hid).opinions
    assert (opinion.speaker, opinion.text, opinion.articles, opinion.transcript_refs) == (
        ids["蔡鼎"], OPINION, ["第二条"], [4])
    assert opinion.seq == 1

    # ---------------------------------------------------------------- 9. lock, PDF, signatures
    qtbot.mouseClick(tab.signoff_mode, Qt.MouseButton.LeftButton)       # 核对签字
    assert tab.pages.currentIndex() == 1
    qtbot.mouseClick(tab.signoff.lock_button, Qt.MouseButton.LeftButton)
    assert message_boxes.calls[-1][:2] == ("question", "锁定笔录")
    h = hearings.get(hid)
    assert h.is_locked and h.current_lock.fingerprint == fingerprint(h)
    assert tab.doc.locked and "已锁定" in tab.lock_state.text()
    assert typing.isReadOnly()

    with qtbot.waitSignal(ctx.events.status, timeout=30000,
                          check_params_cb=lambda text: "听证笔录已导出" in text):
        qtbot.mouseClick(tab.signoff.export_button, Qt.MouseButton.LeftButton)
    pdf = dialogs["pdf"]
    [suggested] = dialogs["pdf_suggested"]
    assert suggested.name == file_name(h, Target.TRANSCRIPT_PDF) and "听证笔录" in suggested.name
    assert suggested.parent == Path.home()                               # not the working directory
    assert pdf.read_bytes().startswith(b"%PDF")
    text = flat("".join(page.extract_text() for page in PdfReader(str(pdf)).pages))
    assert "以上笔录经核对无误" in text
    assert "蔡鼎" in text and "张伟" in text and flat(OPINION) in text
    pages = [flat(page.extract_text()) for page in PdfReader(str(pdf)).pages]
    assert all(f"笔录指纹{short_fingerprint(h.current_lock.fingerprint)}" in page for page in pages)
    assert all(f"共{len(pages)}页" in page and "本页核对签名" in page for page in pages)
    assert "草稿" not in text and flat(grouped_fingerprint(h.current_lock.fingerprint)) in pages[-1]

    panel = tab.signoff
    signers = [s.name for s in panel.signatures.signers]
    assert signers == ["周明", "刘洋", "孙立", "蔡鼎", "王建国", "李娜", "张伟"]     # officials, then participants
    assert panel.signatures.index(signers.index("王建国"), SignatureColumn.ATTENDED).data() == "未到"
    assert panel.signatures.index(signers.index("王建国"), SignatureColumn.STATUS).data() == "未出席"

    def sign(name, status):
        click_row(qtbot, panel.table, signers.index(name), 1)
        assert panel.selected_signer().name == name
        qtbot.mouseClick(panel.sign_buttons[status], Qt.MouseButton.LeftButton)

    sign("蔡鼎", SignatureStatus.SIGNED)
    sign("张伟", SignatureStatus.REFUSED)
    assert dialogs["refusal_prefill"] == ""                             # no template to accept
    sign("李娜", SignatureStatus.ABSENT)                                  # left before signing
    h = hearings.get(hid)
    sig = {p.name: p.signature for p in h.people if p.signature is not None}
    assert set(sig) == {"蔡鼎", "张伟", "李娜"}
    assert (sig["蔡鼎"].status, sig["蔡鼎"].note, sig["蔡鼎"].lock) == (SignatureStatus.SIGNED, None, 1)
    assert (sig["张伟"].status, sig["张伟"].note) == (SignatureStatus.REFUSED, REFUSAL)
    assert sig["李娜"].status is SignatureStatus.ABSENT
    assert "应签 6 人：已签字 1，拒绝签字 1，离场未签 1，待签字 3；未出席 1 人不签字" in panel.summary.text()

    signed_pdf = tmp_path / "签字后.pdf"                                # the copy with the signatures
    dialogs["pdf"] = signed_pdf
    with qtbot.waitSignal(ctx.events.status, timeout=30000,
                          check_params_cb=lambda text: "听证笔录已导出" in text):
        qtbot.mouseClick(panel.export_button, Qt.MouseButton.LeftButton)
    assert dialogs["pdf_suggested"][-1].parent == tmp_path               # where the first copy went
    text = flat("".join(page.extract_text() for page in PdfReader(str(signed_pdf)).pages))
    assert "听证参加人王建国未出席" in text and "听证参加人张伟拒绝签字：" + REFUSAL in text
    assert text.count("拒绝签字") == 1                                   # printed once, cleanly
    assert "听证参加人李娜离场未签" in text
    assert f"笔录指纹{short_fingerprint(h.current_lock.fingerprint)}" in text    # signatures do not change it

    # ---------------------------------------------------------------- 10. the hearing file and the list
    out = tmp_path / "听证会.json"
    DocumentService(db).export(hid, {Target.HEARING_FILE: out})         # hearing-desk export ID --json
    doc = json.loads(out.read_text(encoding="utf-8"))
    schema = json.loads(resource("schema", "hearing.schema.json").read_text(encoding="utf-8"))
    jsonschema.validate(doc, schema)
    validate(doc)
    h = hearings.get(hid)
    assert doc == to_document(h)                                        # everything the format carries
    assert [(t["seq"], t.get("speaker"), t.get("kind"), t["text"]) for t in doc["transcript"]] == [
        (t.seq, t.speaker, str(t.kind) if t.kind else None, t.text) for t in stored]
    assert doc["transcript"][1]["kind"] == "note"
    assert "\n" in doc["transcript"][0]["text"]
    [o] = doc["opinions"]
    assert (o["speaker"], o["articles"], o["transcript_refs"]) == (ids["蔡鼎"], ["第二条"], [4])
    people_doc = {p["name"]: p for p in doc["people"]}
    assert people_doc["蔡鼎"]["signature"] == {"status": "signed", "lock": 1}
    assert people_doc["张伟"]["signature"] == {"status": "refused", "note": REFUSAL, "lock": 1}
    assert people_doc["李娜"]["signature"] == {"status": "absent", "lock": 1}
    assert "signature" not in people_doc["王建国"] and people_doc["王建国"]["attended"] is False
    [lock] = doc["record"]["locks"]
    assert lock["fingerprint"] == h.current_lock.fingerprint and "unlocked_at" not in lock
    assert people_doc["张伟"]["contact"]["phone"] == "13800138006"
    assert [a["label"] for a in doc["draft"]["articles"]] == ["第一条", "第二条", "第三条"]
    assert doc["hearing"]["venue"] == VENUE and doc["hearing"]["starts_at"].startswith("2025-09-16T14:30")
    again = read_file(out)                                              # reading it back loses nothing
    assert replace(again, id=None) == replace(h, id=None, settings=again.settings)   # (the program's own)

    archived = tmp_path / "存档.json"                                    # the same from 文件 → 导出听证会文件…
    monkeypatch.setattr(PersonalDataChoice, "ask", classmethod(lambda cls, parent: True))
    monkeypatch.setattr(SaveHearingFile, "ask", classmethod(lambda cls, parent, suggested: str(archived)))
    with qtbot.waitSignal(ctx.events.status, timeout=10000, check_params_cb=lambda text: "已导出到" in text):
        window.window_actions.export_hearing.trigger()
    assert json.loads(archived.read_text(encoding="utf-8")) == doc

    model = window.hearing_list.model

    def status():
        return model.index(model.row_of(hid), ListColumn.STATUS).data()
    qtbot.waitUntil(lambda: status() == "笔录已锁定 · 意见已答复 0/1 · 待签字 3", timeout=5000)
    assert model.index(model.row_of(hid), ListColumn.TITLE).data() == TITLE
    assert model.index(model.row_of(hid), ListColumn.DATE).data() == "2025-09-16"

    # ---------------------------------------------------------------- closing: nothing left running
    window.close()
    assert not window.isVisible()
    assert tab.doc.closed and not tab.doc.writer._thread.is_alive()
    assert background.running_tasks() == []
    # (a thread Qt started that once called Python – QtMultimedia's, which logs through the
    # test's Qt message handler – stays listed as a "Dummy" for ever: it is none of the program's)
    assert [t.name for t in threading.enumerate() if t is not threading.main_thread()
            and not isinstance(t, threading._DummyThread)] == []
    from hearing_desk.export.fonts import FONT_NOTICE
    # only the lock asked; no warnings but the one naming the standard's fonts (仿宋, 小标宋)
    # this machine lacks, said once with each PDF export
    assert [k for k, _title, text in message_boxes.calls if FONT_NOTICE not in text] == ["question"]
