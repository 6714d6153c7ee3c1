"""The hearing's sound without Qt: segments that survive a crash, FLAC at stop, the
recordings service, the rules on a turn's place in the sound, and the recording and
offsets in the hearing file (beside it)."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

from hearing_desk.audio import pcm
from hearing_desk.domain import Recording, Turn
from hearing_desk.domain.audio import (
    format_ms,
    insertion_index,
    next_recording_id,
    passage,
    start_offset,
)
from hearing_desk.errors import BadInput
from hearing_desk.services.documents import DocumentService, Target
from tests.conftest import DATA, ROOT

WAV = DATA / "audio" / "hearing-12s.wav"
RECORDED = DATA / "recorded" / "hearing.json"


def _fixture_pcm() -> bytes:
    return WAV.read_bytes()[pcm.HEADER_BYTES:]


# ---------------------------------------------------------------- segments

def test_a_segment_cut_off_by_a_crash_is_repaired_and_plays(tmp_path):
    """A segment whose header still says 0 bytes (the program was killed) and whose last
    frame is half-written gets a true header and loses only the half frame."""
    fmt = pcm.PcmFormat(16000, 1)
    writer = pcm.SegmentWriter(tmp_path / "r.parts", fmt)
    data = _fixture_pcm()[:fmt.bytes_for(2500)]
    writer.write(data)
    writer.abandon()
    seg = writer.path
    assert seg is not None
    with open(seg, "ab") as fh:                     # half a frame, as a kill mid-write leaves
        fh.write(b"\x01")
    assert pcm.wav_header(fmt, 0) == seg.read_bytes()[:pcm.HEADER_BYTES]
    assert pcm.repair_wav(seg) == 2500
    samples, rate = sf.read(str(seg), dtype="int16")
    assert rate == 16000 and samples.tobytes() == data


def test_segments_roll_over_and_finish_into_one_flac_losslessly(tmp_path, monkeypatch):
    monkeypatch.setattr(pcm, "SEGMENT_SECONDS", 4)
    fmt = pcm.PcmFormat(16000, 1)
    parts = tmp_path / "r.parts"
    writer = pcm.SegmentWriter(parts, fmt, started_at="2024-07-16T09:00:00+08:00")
    data = _fixture_pcm()
    for i in range(0, len(data), 3001):             # odd chunk sizes, as a device gives them
        writer.write(data[i:i + 3001])
    writer.close_segment()
    assert [p.name for p in pcm.segments(parts)] == ["seg-00001.wav", "seg-00002.wav", "seg-00003.wav"]
    assert pcm.read_meta(parts)["started_at"] == "2024-07-16T09:00:00+08:00"
    done = pcm.finish(parts, tmp_path / "r.flac")
    assert not parts.exists()
    assert done.duration_ms == 12000 and done.sha256 == pcm.sha256_of(done.path)
    back, rate = sf.read(str(done.path), dtype="int16")
    assert back.tobytes() == data
    with open(done.path, "rb") as fh:                # blocks of 1152 samples: seeks land ≤ 72 ms early
        assert fh.read(12)[8:12] == bytes.fromhex("04800480")


def test_a_continued_recording_counts_the_sound_before(tmp_path):
    fmt = pcm.PcmFormat(16000, 1)
    first = pcm.SegmentWriter(tmp_path / "r.parts", fmt)
    first.write(b"\0\0" * 16000)
    first.close_segment()
    again = pcm.SegmentWriter(tmp_path / "r.parts", fmt)
    assert again.position_ms == 1000
    again.write(b"\0\0" * 8000)
    assert again.position_ms == 1500
    again.close_segment()


def test_a_file_that_is_no_segment_is_named(tmp_path):
    bad = tmp_path / "seg-00001.wav"
    bad.write_bytes(b"not a wav file at all, long enough for a header")
    with pytest.raises(ValueError, match="seg-00001.wav"):
        pcm.repair_wav(bad)


# ---------------------------------------------------------------- rules

def _turns():
    return [Turn(1, "a", "p", recording="r1", audio_start_ms=0, audio_end_ms=1000),
            Turn(2, "b", "p", recording="r1", audio_start_ms=1200),
            Turn(3, "c", "p"),                                  # typed with no sound
            Turn(4, "d", "p", recording="r1", audio_start_ms=5000, audio_end_ms=6000),
            Turn(5, "e", "p", recording="r2", audio_start_ms=100)]


def test_start_is_the_first_mark_less_the_typing_lag():
    assert start_offset(5000, 2000) == 3000
    assert start_offset(1500, 2000) == 0
    assert start_offset(1500, -5) == 1500


def test_a_turns_passage_ends_at_enter_or_where_the_next_begins():
    turns = _turns()
    assert passage(turns, 1) == passage(list(reversed(turns)), 1)
    assert (passage(turns, 1).start_ms, passage(turns, 1).end_ms) == (0, 1000)
    assert (passage(turns, 2).start_ms, passage(turns, 2).end_ms) == (1200, 5000)
    assert passage(turns, 3) is None
    assert passage(turns, 5).end_ms == 100 + 30_000
    assert passage(turns, 99) is None


def test_a_turn_typed_from_the_recording_goes_where_it_was_heard():
    turns = _turns()
    recs = [Recording("r1", "a.flac"), Recording("r2", "b.flac")]
    assert insertion_index(turns, recs, "r1", 500) == 1        # after turn 1
    assert insertion_index(turns, recs, "r1", 1200) == 2       # same start: after it
    assert insertion_index(turns, recs, "r1", 4000) == 2       # before the unplaced turn 3
    assert insertion_index(turns, recs, "r1", 7000) == 4       # after turn 4, before r2's turn
    assert insertion_index(turns, recs, "r2", 50) == 4
    assert insertion_index(turns, recs, "r2", 500) == 5        # the end
    assert insertion_index([Turn(1, "a", "p", recording="r1", audio_start_ms=800)], recs, "r1", 10) == 0
    assert insertion_index([Turn(1, "a", "p")], recs, "r1", 10) == 1


def test_recording_ids_and_positions():
    assert next_recording_id([]) == "r1"
    assert next_recording_id([Recording("r1", "a"), Recording("r7", "b"), Recording("x", "c")]) == "r8"
    assert format_ms(3_723_400) == "1:02:03.4"
    assert format_ms(61_050) == "1:01.0"
    assert format_ms(None) == "—"


# ---------------------------------------------------------------- the service

def test_begin_finish_and_recover_a_recording(db, hearings, sample_id):
    from hearing_desk.services.recordings import RecordingService

    service = RecordingService(db)
    first = service.begin(sample_id)
    second = service.begin(sample_id)
    assert (first.id, second.id) == ("r1", "r2") and not first.finished
    for rec, ms in ((first, 1500), (second, 700)):
        writer = pcm.SegmentWriter(service.parts(rec), pcm.PcmFormat())
        writer.write(_fixture_pcm()[:pcm.PcmFormat().bytes_for(ms)])
        writer.abandon()                                # killed: header not written
    assert [p.start_ms for p in service.pieces(first)] == [0]
    done = service.finish(sample_id, "r1")
    assert done.finished and done.duration_ms == 1500 and service.path(done).is_file()
    assert service.pieces(done) == [pcm.Piece(service.path(done), 0)]
    told = service.recover()                            # the next start: r2 was left behind
    assert len(told) == 1 and "已恢复" in told[0]
    assert service.get(sample_id, "r2").duration_ms == 700
    assert service.unfinished() == []
    assert [r.id for r in hearings.get(sample_id).recordings] == ["r1", "r2"]


def test_a_recording_whose_sound_is_gone_is_told_not_hidden(db, sample_id):
    from hearing_desk.services.recordings import RecordingService

    service = RecordingService(db)
    rec = service.begin(sample_id)
    told = service.recover()
    assert len(told) == 1 and rec.file in told[0] and "无法恢复" in told[0]
    assert service.get(sample_id, rec.id).sha256 is None      # the reference is kept


# ---------------------------------------------------------------- the hearing file

def _copy_recorded(tmp_path) -> Path:
    folder = tmp_path / "in"
    shutil.copytree(RECORDED.parent, folder)
    return folder / "hearing.json"


def _as_written(path: Path) -> dict:
    """The file as the program writes it (the fixture says ``"speaker": null``, which
    the program leaves out)."""
    from hearing_desk.formats import interchange

    return interchange.to_document(interchange.read_file(path))


def test_the_recording_and_the_offsets_survive_export_and_import(hearings, tmp_path):
    from hearing_desk.paths import recordings_dir

    source = _copy_recorded(tmp_path)
    hid = hearings.import_file(source)
    hearing = hearings.get(hid)
    flac = recordings_dir() / hearing.recordings[0].file
    assert flac.read_bytes() == (source.parent / hearing.recordings[0].file).read_bytes()
    assert [(t.recording, t.audio_start_ms, t.audio_end_ms) for t in hearing.transcript][3:5] == [
        ("r1", 5020, 6600), ("r1", 6650, None)]
    out = tmp_path / "out" / "again.json"
    out.parent.mkdir()
    assert DocumentService(hearings.db).export(hid, {Target.HEARING_FILE: out}) == []
    assert json.loads(out.read_text(encoding="utf-8")) == _as_written(source)
    assert (out.parent / hearing.recordings[0].file).read_bytes() == flac.read_bytes()
    # imported again from the export: the same file already in the folder is not copied twice
    again = hearings.get(hearings.import_file(out))
    assert again.recordings == hearing.recordings
    assert sorted(p.name for p in recordings_dir().iterdir()) == [hearing.recordings[0].file]


def test_a_recording_that_does_not_match_its_hash_is_refused(hearings, tmp_path):
    source = _copy_recorded(tmp_path)
    doc = json.loads(source.read_text(encoding="utf-8"))
    flac = source.parent / doc["recordings"][0]["file"]
    flac.write_bytes(flac.read_bytes()[:-10] + b"0123456789")
    before = len(hearings.list())
    with pytest.raises(BadInput) as info:
        hearings.import_file(source)
    assert "recordings[0].sha256" in str(info.value)
    assert len(hearings.list()) == before


def test_a_missing_recording_is_told_and_its_reference_kept(hearings, tmp_path):
    source = _copy_recorded(tmp_path)
    doc = json.loads(source.read_text(encoding="utf-8"))
    (source.parent / doc["recordings"][0]["file"]).unlink()
    told: list[str] = []
    hid = hearings.import_file(source, told)
    assert len(told) == 1 and doc["recordings"][0]["file"] in told[0]
    assert hearings.get(hid).recordings[0].sha256 == doc["recordings"][0]["sha256"]


@pytest.mark.parametrize("change, problem", [
    (lambda d: d["transcript"][0]["audio"].update(recording="r9"), 'transcript[0].audio.recording：找不到 id 为 "r9"'),
    (lambda d: d["transcript"][0]["audio"].update(end_ms=-1), "transcript[0].audio.end_ms"),
    (lambda d: d["transcript"][1]["audio"].update(start_ms=900, end_ms=100),
     "transcript[1].audio.end_ms：结束位置早于"),
    (lambda d: d["recordings"].append(dict(d["recordings"][0])), 'recordings[1].id：id "r1" 与 recordings[0] 重复'),
    (lambda d: d["recordings"][0].update(file="../etc/passwd"), "recordings[0].file"),
])
def test_audio_fields_that_cannot_be_are_refused(change, problem):
    from hearing_desk.formats import interchange

    doc = json.loads(RECORDED.read_text(encoding="utf-8"))
    change(doc)
    with pytest.raises(BadInput) as info:
        interchange.from_document(doc)
    assert problem in str(info.value)


def test_command_line_carries_the_recording_beside_the_file(tmp_path):
    source = _copy_recorded(tmp_path)
    db = tmp_path / "cli.sqlite3"
    env_run = [sys.executable, "-m", "hearing_desk", "--db", str(db)]
    imported = subprocess.run([*env_run, "import", str(source)], capture_output=True, text=True, cwd=ROOT)
    assert imported.returncode == 0, imported.stderr
    out = tmp_path / "exported" / "h.json"
    out.parent.mkdir()
    exported = subprocess.run([*env_run, "export", imported.stdout.strip(), "--json", str(out)],
                              capture_output=True, text=True, cwd=ROOT)
    assert exported.returncode == 0, exported.stderr
    doc = json.loads(out.read_text(encoding="utf-8"))
    name = doc["recordings"][0]["file"]
    assert pcm.sha256_of(out.parent / name) == doc["recordings"][0]["sha256"]
    assert doc == _as_written(source)
    assert [t.get("audio") for t in doc["transcript"]] == [
        t.get("audio") for t in json.loads(source.read_text(encoding="utf-8"))["transcript"]]


def test_offsets_are_not_printed_so_they_do_not_touch_the_fingerprint(hearings, tmp_path):
    from hearing_desk.domain.fingerprint import fingerprint

    hearing = hearings.get(hearings.import_file(_copy_recorded(tmp_path)))
    moved = replace(hearing, transcript=[replace(t, audio_start_ms=None, recording=None, audio_end_ms=None)
                                         for t in hearing.transcript], recordings=[])
    assert fingerprint(moved) == fingerprint(hearing)


def test_the_fixture_sound_is_what_the_tests_think(tmp_path):
    data, rate = sf.read(str(WAV), dtype="int16")
    assert rate == 16000 and len(data) == 12 * 16000 and np.abs(data).max() > 10_000
