"""Sign-off: lock (fingerprint fixed and shown), then each signature: signed,
refused with the recorder's note, absent; undoable; the PDF export button."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from hearing_desk.domain import Role, SignatureStatus, short_fingerprint, transcript_digest
from hearing_desk.ui.transcript.dialogs import RefusalNote, SaveTranscriptPdf
from hearing_desk.ui.transcript.signoff import SignatureColumn

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


def test_lock_fixes_and_shows_the_fingerprint(qtbot, locked, hearings, answers):
    tab = locked
    h = stored(tab, hearings)
    assert answers.asked == ["锁定笔录"]
    assert h.transcript_fingerprint == transcript_digest(h)
    assert tab.signoff.fingerprint.text() == short_fingerprint(h.transcript_fingerprint)
    assert tab.pages.currentIndex() == 1 and tab.signoff_mode.isChecked()
    assert not tab.signoff.lock_button.isEnabled() and tab.signoff.unlock_button.isEnabled()
    assert tab.banner.isVisible() and "已锁定" in tab.banner.text()


def test_lock_is_refused_while_the_box_holds_text(qtbot, tab, answers):
    say(qtbot, tab, Qt.Key.Key_F1, "开始。")
    type_text(tab.typing, "还没说完")
    tab.lock_transcript()
    assert not tab.doc.locked
    assert "未提交" in answers.shown[-1][1]


def test_signatures_signed_refused_absent_and_undo(qtbot, locked, ctx, hearings, monkeypatch):
    tab = locked
    panel = tab.signoff
    signers = [p.id for p in panel.signatures.people]
    assert signers[:3] == ["host", "recorder", "presenter"] and "a5" in signers
    assert all(p.role.is_official or p.role is Role.PARTICIPANT for p in panel.signatures.people)
    _sign(tab, "host", SignatureStatus.SIGNED)
    assert panel.selected_person().id == "recorder"               # moves on to the next person

    monkeypatch.setattr(RefusalNote, "ask", classmethod(lambda cls, parent, name, note="": None))
    _sign(tab, "a5", SignatureStatus.REFUSED)                     # cancelled: nothing recorded
    assert stored(tab, hearings).person("a5").signature is None
    monkeypatch.setattr(RefusalNote, "ask", classmethod(
        lambda cls, parent, name, note="": f"{name}认为第2段记录不全，拒绝签字。"))
    _sign(tab, "a5", SignatureStatus.REFUSED)
    _sign(tab, "a9", SignatureStatus.ABSENT)
    h = stored(tab, hearings)
    assert h.person("host").signature.status is SignatureStatus.SIGNED
    assert (h.person("a5").signature.status, h.person("a5").signature.note) == (
        SignatureStatus.REFUSED, "蔡鼎认为第2段记录不全，拒绝签字。")
    assert h.person("a9").signature.status is SignatureStatus.ABSENT
    row = signers.index("a5")
    assert panel.signatures.index(row, SignatureColumn.STATUS).data() == "拒绝签字"
    assert panel.signatures.index(row, SignatureColumn.NOTE).data().startswith("蔡鼎")
    assert "已签字 1，拒绝签字 1，缺席 1" in panel.summary.text()

    ctx.undo_stack.undo()
    assert stored(tab, hearings).person("a9").signature is None
    ctx.undo_stack.undo()
    assert stored(tab, hearings).person("a5").signature is None
    ctx.undo_stack.redo()
    assert stored(tab, hearings).person("a5").signature.status is SignatureStatus.REFUSED


def test_signatures_wait_for_the_lock(qtbot, tab, answers):
    say(qtbot, tab, Qt.Key.Key_F1, "开始。")
    tab.show_page(1)
    tab.signoff.select_person("host")
    assert not tab.signoff.sign_buttons[SignatureStatus.SIGNED].isEnabled()
    assert "锁定笔录后才能登记签字" in tab.signoff.summary.text()


def test_unlock_from_the_panel_warns_about_signatures(qtbot, locked, answers, hearings):
    tab = locked
    _sign(tab, "host", SignatureStatus.SIGNED)
    tab.signoff.unlock_button.click()
    assert answers.asked[-1] == "解锁笔录"
    assert not tab.doc.locked and tab.pages.currentIndex() == 0
    h = stored(tab, hearings)
    assert h.transcript_locked_at is None and h.transcript_fingerprint
    assert "上次" in tab.signoff.fingerprint.text()


def test_export_the_transcript_pdf(qtbot, locked, tmp_path, monkeypatch, ctx):
    target = tmp_path / "笔录.pdf"
    monkeypatch.setattr(SaveTranscriptPdf, "ask", classmethod(lambda cls, parent, suggested: str(target)))
    with qtbot.waitSignal(ctx.events.status, timeout=30000) as signal:
        locked.signoff.export_button.click()
    assert "已导出" in signal.args[0]
    assert target.read_bytes().startswith(b"%PDF")
