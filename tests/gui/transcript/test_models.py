"""The tab's table models pass Qt's model checks."""
from __future__ import annotations

from hearing_desk.domain.signing import SignState, signature_counts, signers
from hearing_desk.formats.interchange import read_file
from hearing_desk.ui.transcript.model import (
    ChangedRole,
    ChangeLogModel,
    Column,
    OpinionsRole,
    SignatureModel,
    TurnTableModel,
)


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
    model.sync_turns(h.transcript[1:])                     # the first turn was deleted
    qtmodeltester.check(model)
    assert model.index(0, Column.SEQ).data() == 1          # numbers close the gap


def test_the_rows_follow_the_stored_turns_one_by_one(qtmodeltester, full_hearing_path):
    """A change read from the database moves only the rows it concerns: no reset."""
    from dataclasses import replace

    h = read_file(full_hearing_path)
    model = TurnTableModel()
    model.reset(h)
    stored = list(h.transcript)
    first, second, last = stored[0], stored[1], stored[-1]
    resets, inserted, removed, changed = [], [], [], []
    model.modelReset.connect(lambda: resets.append(1))
    model.rowsInserted.connect(lambda _p, a, b: inserted.append((a, b)))
    model.rowsRemoved.connect(lambda _p, a, b: removed.append((a, b)))
    model.dataChanged.connect(lambda top, bottom, *_: changed.append((top.row(), bottom.row())))

    corrected = replace(second, text="更正后的文字。")
    model.sync_turns([first, corrected, *stored[2:-1]])      # one corrected, the last deleted
    qtmodeltester.check(model)
    assert resets == [] and removed == [(len(stored) - 1, len(stored) - 1)] and inserted == []
    assert (1, 1) in changed and model.turns[1].text == "更正后的文字。"
    assert model.row_of(last.seq) is None and model.rowCount() == len(stored) - 1

    changed.clear()
    model.sync_turns([first, corrected, *stored[2:]])        # the deletion undone
    assert inserted == [(len(stored) - 1, len(stored) - 1)] and model.turns[-1] == last
    assert changed == []                                     # nothing else was touched
    model.sync_turns([first, corrected, *stored[2:]])        # the same again: nothing happens
    assert len(inserted) == 1 and changed == [] and resets == []


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
