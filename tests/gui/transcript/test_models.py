"""The tab's table models pass Qt's model checks."""
from __future__ import annotations

from hearing_desk.domain.signing import SignState, signature_counts, signers
from hearing_desk.formats.interchange import read_file
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
        assert model.index(row, 0).data(ChangedRole) is False
        assert model.index(row, Column.SEQ).data() == row + 1 == model.number(row)
    assert model.row_of(h.transcript[-1].seq) == len(h.transcript) - 1
    assert model.row_of(10_000) is None
    model.remove_turn(h.transcript[0].seq)
    qtmodeltester.check(model)
    assert model.index(0, Column.SEQ).data() == 1          # numbers close the gap


def test_changed_turns_are_marked(qtmodeltester, signed_hearing_path):
    h = read_file(signed_hearing_path)
    model = TurnTableModel()
    model.reset(h)
    changed = [t.seq for row, t in enumerate(h.transcript) if model.index(row, 0).data(ChangedRole)]
    assert changed == [8]


def test_signature_and_change_models(qtmodeltester, signed_hearing_path):
    h = read_file(signed_hearing_path)
    lines = signers(h)
    model = SignatureModel()
    model.reset(h, lines)
    qtmodeltester.check(model)
    assert model.rowCount() == len(lines) == signature_counts(h).lines
    states = [st.state for st in model.statuses]
    counts = signature_counts(h)
    assert states.count(SignState.SIGNED) == counts.signed and states.count(SignState.PENDING) == counts.pending
    log = ChangeLogModel()
    log.reset(h.changes)
    qtmodeltester.check(log)
    assert log.rowCount() == 2 and log.index(0, 2).data() == "第 8 段"
