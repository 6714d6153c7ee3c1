"""One set of rules: the 签到 page, the sign-off panel, the hearing list, the procedure
checks, the transcript PDF and the report say the same 应到 / 实到, the same signers
and the same signature counts – on the sample (nobody checked in), on the every-field
hearing (a person in two roles, an absent participant with a signature record, one
participant not checked), on the signed hearing (two locks, signatures of both versions)
and on a locked hearing where an absent participant has a 已签字 record.

The counts themselves are the domain's (tests/unit/test_rules.py); here every screen and
document is held to them."""
from __future__ import annotations

import copy
from datetime import datetime, timedelta, timezone
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox

from hearing_desk.domain import Role, Signature, SignatureStatus, TranscriptLock, fingerprint
from hearing_desk.domain.attendance import Quorum, attendance
from hearing_desk.domain.locking import is_final
from hearing_desk.domain.signing import SignState, sign_status, signature_counts, signers
from hearing_desk.export import export_documents
from hearing_desk.formats.interchange import read_file
from hearing_desk.services import checks
from hearing_desk.services.checks import CheckService
from hearing_desk.ui.hearing_list import status_text
from hearing_desk.ui.transcript.model import SignatureColumn
from tests.export.conftest import pdf_text, squash

TZ = timezone(timedelta(hours=8))


def _absent_signed(full_hearing_path):
    """full-hearing locked, with the absent participant carrying a 已签字 record."""
    h = read_file(full_hearing_path)
    h.person("a5").attended = True
    h.person("a4").signature = Signature(SignatureStatus.SIGNED, lock=1)
    h.person("h1").signature = Signature(SignatureStatus.SIGNED, lock=1)      # the host, also on the panel
    h.locks = [TranscriptLock(1, fingerprint(h), datetime(2026, 3, 12, 12, 0, tzinfo=TZ))]
    return h


CASES = {
    "sample: nobody checked in": lambda paths: read_file(paths["sample"]),
    "every field: two roles, absent with a signature record, one unchecked": lambda paths: read_file(paths["full"]),
    "signed: two locks": lambda paths: read_file(paths["signed"]),
    "locked: absent participant with 已签字": lambda paths: _absent_signed(paths["full"]),
}


@pytest.fixture(params=list(CASES))
def case(request, ctx, sample_path, full_hearing_path, signed_hearing_path, monkeypatch):
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Ok))
    paths = {"sample": sample_path, "full": full_hearing_path, "signed": signed_hearing_path}
    hearing = CASES[request.param](paths)
    hid = ctx.hearings.add(copy.deepcopy(hearing))
    return hid, ctx.hearings.get(hid)


def test_every_screen_check_and_document_agrees(qtbot, ctx, case, tmp_path):
    from hearing_desk.ui.setup import SetupTab
    from hearing_desk.ui.transcript import TranscriptTab

    hid, h = case
    a = attendance(h)
    counts = signature_counts(h)
    lines = signers(h)

    # ---- 签到 page
    setup = SetupTab(ctx)
    qtbot.addWidget(setup)
    setup.set_hearing(hid)
    page: Any = setup.pages["attendance"]
    assert page.ui.counts.text() == f"应到 {a.expected} 人　　实到 {a.present} 人"
    assert page.ui.quorum.property("quorum") == str(a.quorum)

    # ---- sign-off panel
    transcript = TranscriptTab(ctx)
    qtbot.addWidget(transcript)
    transcript.set_hearing(hid)
    panel = transcript.signoff
    assert [s.ids for s in panel.signatures.signers] == [s.ids for s in lines]
    assert f"应签 {counts.expected} 人：已签字 {counts.signed}，拒绝签字 {counts.refused}，" \
           f"离场未签 {counts.left}，待签字 {counts.pending}" in panel.summary.text()
    for row, s in enumerate(lines):
        shown = panel.signatures.index(row, SignatureColumn.STATUS).data()
        assert shown == panel.signatures.state_word(sign_status(h, s).state)
    transcript.shutdown()

    # ---- hearing list
    [summary] = [s for s in ctx.hearings.list() if s.id == hid]
    if h.is_locked:
        assert summary.signatures_pending == counts.pending
        assert (f"待签字 {counts.pending}" if counts.pending else "签字已完成") in status_text(summary)
    else:
        assert "待签字" not in status_text(summary) and "签字已完成" not in status_text(summary)

    # ---- procedure checks
    found = CheckService(ctx.db).run(hid)
    kinds = [c.kind for c in found]
    assert (checks.QUORUM in kinds) == (a.quorum is Quorum.SHORT)
    assert (checks.ATTENDANCE_OPEN in kinds) == (a.quorum is Quorum.OPEN)
    assert kinds.count(checks.NO_SIGNATURE) == (counts.pending if h.is_locked else 0)
    assert kinds.count(checks.SIGNATURE_CONFLICT) == counts.conflicts

    # ---- the documents
    out = {"transcript_pdf": tmp_path / "t.pdf", "report_pdf": tmp_path / "r.pdf"}
    export_documents(h, **out)
    text = pdf_text(out["transcript_pdf"])
    label = h.label(Role.PARTICIPANT)
    assert squash(f"{label}：{a.counts_text()}") in text
    assert text.count("未核对") >= a.unchecked
    if is_final(h):
        table = text[text.index("签名："):]
        table = table[:table.index("附：")] if "附：" in table else table[:table.index("日期：")]
        for n, s in enumerate(lines, 1):
            # (a name outside the BMP, 赵𠮷, may be drawn from a font text extraction cannot read)
            name = s.name if all(ord(c) < 0x10000 for c in s.name) else ""
            assert squash(f"{n}{s.label}{name}") in table, s.name
        assert f"{len(lines) + 1}听证" not in table                       # one line per person, no more
        assert table.count("未出席") == counts.not_attended
    else:
        assert "以上笔录经核对无误" not in text and "草稿（未锁定）" in text
    report = pdf_text(out["report_pdf"])
    absent = [p for p in h.participants() if p.attended is False]
    assert report.count("（缺席）") == len(absent)
    for p in absent:
        assert f"{p.name}" in report and squash(f"{label}{p.name}未出席听证会。") in report or p.name in (
            h.other_notes or "")
    refused = [s for s in lines if sign_status(h, s).state is SignState.REFUSED]
    assert report.count("拒绝在听证笔录上签字") == len([s for s in refused if s.name not in (h.other_notes or "")])
