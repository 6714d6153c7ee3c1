"""Sign-off: lock (fingerprint fixed and shown), then each signature: signed, refused
with a real note, left before signing; undoable; absent people only after a confirmed
correction of 签到; the unlock-edit-relock story (old signatures belong to the old
version, the annex tells both locks); drafts exported as drafts."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from hearing_desk.domain import Role, SignatureStatus, fingerprint, short_fingerprint
from hearing_desk.domain.signing import SignState, signature_counts
from hearing_desk.ui.hearing_list import status_text
from hearing_desk.ui.transcript.dialogs import RefusalNote, SaveTranscriptPdf
from hearing_desk.ui.transcript.model import SignatureColumn

from .conftest import say, stored, type_text


@pytest.fixture
def locked(qtbot, tab, answers):
    say(qtbot, tab, Qt.Key.Key_F1, "现在宣布听证会开始。")
    tab.doc.set_speaker("a5")
    type_text(tab.typing, "我的意见已经说完。")
    qtbot.keyClick(tab.typing, Qt.Key.Key_Return)
    tab.show_page(1)
    tab.signoff.lock_button.click()
    assert tab.doc.locked
    return tab


def _sign(tab, person_id, status):
    tab.signoff.select_person(person_id)
    tab.signoff.sign_buttons[status].click()


def _row(tab, person_id):
    return next(i for i, s in enumerate(tab.signoff.signatures.signers) if person_id in s.ids)


def _export(qtbot, tab, ctx, monkeypatch, target):
    monkeypatch.setattr(SaveTranscriptPdf, "ask", classmethod(lambda cls, parent, suggested: str(target)))
    with qtbot.waitSignal(ctx.events.status, timeout=30000) as signal:
        tab.signoff.export_button.click()
    assert "已导出" in signal.args[0]


def test_lock_fixes_and_shows_the_fingerprint(qtbot, locked, hearings, answers):
    tab = locked
    h = stored(tab, hearings)
    assert answers.asked == ["锁定笔录"]
    assert h.current_lock.number == 1 and h.current_lock.fingerprint == fingerprint(h)
    assert tab.signoff.fingerprint.text() == short_fingerprint(h.current_lock.fingerprint)
    assert h.current_lock.fingerprint in tab.signoff.fingerprint.toolTip()
    assert tab.pages.currentIndex() == 1 and tab.signoff_mode.isChecked()
    assert not tab.signoff.lock_button.isEnabled() and tab.signoff.unlock_button.isEnabled()
    assert tab.banner.isVisible() and "已锁定" in tab.banner.text()
    assert "供签字" in tab.signoff.export_button.text()


def test_lock_is_refused_while_the_box_holds_text(qtbot, tab, answers):
    say(qtbot, tab, Qt.Key.Key_F1, "开始。")
    type_text(tab.typing, "还没说完")
    tab.signing.lock_transcript()
    assert not tab.doc.locked
    assert "未提交" in answers.shown[-1][1]


def test_an_empty_transcript_cannot_be_locked(qtbot, tab, answers):
    tab.show_page(1)
    tab.signoff.lock_button.click()
    assert not tab.doc.locked and "笔录还是空的" in answers.shown[-1][1]


def test_lock_waits_for_attendance(qtbot, tab, answers, db):
    from hearing_desk.services.attendance import AttendanceService
    say(qtbot, tab, Qt.Key.Key_F1, "开始。")
    AttendanceService(db).set_attendance(tab.hearing_id, {"a3": None})
    tab.doc.reload()
    tab.signing.lock_transcript()
    assert not tab.doc.locked
    assert "未核对签到" in answers.shown[-1][1] and "吴仪" in answers.shown[-1][1]


def test_signatures_signed_refused_left_and_undo(qtbot, locked, ctx, hearings, monkeypatch):
    tab = locked
    panel = tab.signoff
    signers = [s.id for s in panel.signatures.signers]
    assert signers[:3] == ["host", "recorder", "presenter"] and "a5" in signers
    assert all(s.role.is_official or s.role is Role.PARTICIPANT for s in panel.signatures.signers)
    _sign(tab, "host", SignatureStatus.SIGNED)
    assert panel.selected_signer().id == "recorder"               # moves on to the next person

    monkeypatch.setattr(RefusalNote, "ask", classmethod(lambda cls, parent, name, note="": None))
    _sign(tab, "a5", SignatureStatus.REFUSED)                     # cancelled: nothing recorded
    assert stored(tab, hearings).person("a5").signature is None
    monkeypatch.setattr(RefusalNote, "ask", classmethod(lambda cls, parent, name, note="": "认为第2段记录不全。"))
    _sign(tab, "a5", SignatureStatus.REFUSED)
    _sign(tab, "a9", SignatureStatus.ABSENT)
    h = stored(tab, hearings)
    assert h.person("host").signature.status is SignatureStatus.SIGNED and h.person("host").signature.lock == 1
    assert (h.person("a5").signature.status, h.person("a5").signature.note) == (
        SignatureStatus.REFUSED, "认为第2段记录不全。")
    assert h.person("a9").signature.status is SignatureStatus.ABSENT
    row = _row(tab, "a5")
    assert panel.signatures.index(row, SignatureColumn.STATUS).data() == "拒绝签字"
    assert panel.signatures.index(row, SignatureColumn.NOTE).data() == "认为第2段记录不全。"
    assert "已签字 1，拒绝签字 1，离场未签 1" in panel.summary.text()

    ctx.undo_stack.undo()
    assert stored(tab, hearings).person("a9").signature is None
    ctx.undo_stack.undo()
    assert stored(tab, hearings).person("a5").signature is None
    ctx.undo_stack.redo()
    assert stored(tab, hearings).person("a5").signature.status is SignatureStatus.REFUSED


def test_the_refusal_needs_a_real_reason(qtbot):
    dialog = RefusalNote("马超", "")
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert dialog.edit.toPlainText() == "" and not ok.isEnabled()      # no template to accept
    for template in ("马超拒绝签字，理由：", "拒绝签字", "理由："):
        dialog.edit.setPlainText(template)
        assert not ok.isEnabled(), template
    dialog.edit.setPlainText("当场拒绝签字，未说明理由")
    assert ok.isEnabled()


def test_signatures_wait_for_the_lock(qtbot, tab, answers):
    say(qtbot, tab, Qt.Key.Key_F1, "开始。")
    tab.show_page(1)
    tab.signoff.select_person("host")
    assert not tab.signoff.sign_buttons[SignatureStatus.SIGNED].isEnabled()
    assert "锁定笔录后才能登记签字" in tab.signoff.summary.text()
    assert "草稿" in tab.signoff.export_button.text()


def test_an_absent_person_signs_only_after_a_confirmed_correction(qtbot, tab, answers, hearings, db, ctx):
    from hearing_desk.services.attendance import AttendanceService
    AttendanceService(db).set_attendance(tab.hearing_id, {"a9": False})
    say(qtbot, tab, Qt.Key.Key_F1, "开始。")
    tab.doc.reload()
    tab.show_page(1)
    tab.signoff.lock_button.click()
    row = _row(tab, "a9")
    assert tab.signoff.signatures.index(row, SignatureColumn.STATUS).data() == "未出席"
    answers.yes = False
    _sign(tab, "a9", SignatureStatus.SIGNED)
    assert answers.asked[-1] == "更正签到"
    h = stored(tab, hearings)
    assert h.person("a9").signature is None and h.person("a9").attended is False and h.is_locked
    answers.yes = True
    _sign(tab, "a9", SignatureStatus.SIGNED)
    assert answers.asked[-2:] == ["更正签到", "解锁笔录"]
    h = stored(tab, hearings)
    assert h.person("a9").attended is True and h.person("a9").signature is None
    assert not h.is_locked and any(c.key == "person:a9" for c in h.changes)      # logged
    assert "重新锁定" in answers.shown[-1][1]
    ctx.undo_stack.undo()                                      # the correction is undoable
    assert stored(tab, hearings).person("a9").attended is False


def test_unlock_edit_relock_the_old_signatures_belong_to_the_old_version(
        qtbot, locked, ctx, hearings, answers, monkeypatch, tmp_path):
    """The signed record's story: lock, 8 sign, unlock, edit a turn, relock."""
    from tests.export.conftest import pdf_text, squash

    tab = locked
    panel = tab.signoff
    first = stored(tab, hearings).current_lock
    eight = ["host", "recorder", "presenter", "a1", "a2", "a3", "a4", "a5"]
    for pid in eight:
        _sign(tab, pid, SignatureStatus.SIGNED)
    assert signature_counts(stored(tab, hearings)).signed == 8

    tab.signoff.unlock_button.click()                          # the question says what happens
    assert answers.asked[-1] == "解锁笔录"
    assert not tab.doc.locked
    tab.editing.correct_text(tab.doc.model.turns[1].seq, "我的意见已经说完，请记录在案。")
    tab.show_page(1)
    panel.lock_button.click()
    assert tab.doc.locked

    h = stored(tab, hearings)
    second = h.current_lock
    assert [k.number for k in h.locks] == [1, 2] and second.fingerprint != first.fingerprint
    counts = signature_counts(h)
    assert (counts.signed, counts.old, counts.pending) == (0, 8, 12)
    for pid in eight:                                          # shown as belonging to the old version
        row = _row(tab, pid)
        assert panel.signatures.index(row, SignatureColumn.STATUS).data() == "待签字"
        assert "第 1 次锁定的旧版本" in panel.signatures.index(row, SignatureColumn.NOTE).data()
        assert panel.signatures.statuses[row].state is SignState.PENDING
    assert "已签字 0" in panel.summary.text() and "8 人的签字属于旧版本" in panel.summary.text()
    summary = hearings.list()[0]
    assert "签字已完成" not in status_text(summary) and "待签字 12" in status_text(summary)
    assert "第 1 次锁定" in panel.history.text() and "第 2 次锁定" in panel.history.text()

    target = tmp_path / "笔录.pdf"
    _export(qtbot, tab, ctx, monkeypatch, target)
    text = pdf_text(target)
    annex = text[text.index("附：笔录锁定与修改记录"):]
    assert squash("第 1 次锁定：") in annex and short_fingerprint(first.fingerprint) in annex
    assert "已有8人就该版本签字、拒签或登记离场，该版本的签字不适用于此后的版本" in annex
    assert "第2段" in annex and "我的意见已经说完，请记录在案。" in annex
    assert squash(f"指纹 {short_fingerprint(second.fingerprint)}，即本笔录。") in annex


def test_export_an_unlocked_transcript_as_a_draft(qtbot, tab, ctx, monkeypatch, tmp_path, answers):
    from tests.export.conftest import pdf_pages
    say(qtbot, tab, Qt.Key.Key_F1, "开始。")
    tab.show_page(1)
    target = tmp_path / "草稿.pdf"
    _export(qtbot, tab, ctx, monkeypatch, target)
    assert answers.asked[-1] == "导出草稿"
    pages = pdf_pages(target)
    assert all("草稿（未锁定）" in page for page in pages)
    text = "".join(pages)
    assert "以上笔录经核对无误" not in text and "笔录指纹" not in text and "以下空白" in text


def test_export_the_transcript_pdf(qtbot, locked, tmp_path, monkeypatch, ctx):
    target = tmp_path / "笔录.pdf"
    _export(qtbot, locked, ctx, monkeypatch, target)
    assert target.read_bytes().startswith(b"%PDF")
