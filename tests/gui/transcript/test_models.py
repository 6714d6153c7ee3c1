"""The tab's table models pass Qt's model checks."""
from __future__ import annotations

from hearing_desk.domain import SignatureStatus
from hearing_desk.services.interchange import read_file
from hearing_desk.ui.transcript.model import ChangedRole, Column, OpinionsRole, TurnTableModel
from hearing_desk.ui.transcript.signoff import ChangeLogModel, SignatureModel


def test_turn_model(qtmodeltester, full_hearing_path):
    h = read_file(full_hearing_path)
    model = TurnTableModel()
    model.reset(h)
    qtmodeltester.check(model)
    assert model.rowCount() == len(h.transcript)
    first = model.index(0, Column.SPEAKER)
    assert first.data() == h.speaker_label(h.transcript[0])
    assert model.index(1, Column.SPEAKER).data() == "工作人员"
    note = next(i for i, t in enumerate(h.transcript) if t.is_note)
    assert model.index(note, Column.SPEAKER).data() == "程序记录"
    refs = {seq for o in h.opinions for seq in o.transcript_refs}
    for row, turn in enumerate(h.transcript):
        assert bool(model.index(row, Column.TEXT).data(OpinionsRole)) == (turn.seq in refs)
        assert model.index(row, 0).data(ChangedRole) is False or h.turn_changes
    assert model.row_of(h.transcript[-1].seq) == len(h.transcript) - 1
    assert model.row_of(10_000) is None
    model.remove_turn(h.transcript[0].seq)
    qtmodeltester.check(model)


def test_signature_and_change_models(qtmodeltester, full_hearing_path):
    h = read_file(full_hearing_path)
    signers = h.officials() + h.participants()
    model = SignatureModel()
    model.reset(h, signers)
    qtmodeltester.check(model)
    counts = model.counts()
    assert counts[SignatureStatus.REFUSED] == 1 and sum(counts.values()) == len(signers)
    log = ChangeLogModel()
    log.reset(h.turn_changes)
    qtmodeltester.check(log)
