"""Writes tests/data/recorded/: a recorded test hearing (full-hearing.json's first turns,
each placed in a recording) with its recording beside it, as ``export --json`` leaves
them. The sound is tests/data/audio/hearing-12s.wav made a FLAC file the way a finished
recording is (audio.pcm.finish).

    .venv/bin/python -m tests.tools.make_recorded
"""
from __future__ import annotations

import json
import shutil
import tempfile
from pathlib import Path

from hearing_desk.audio import pcm

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "tests" / "data" / "recorded"
WAV = ROOT / "tests" / "data" / "audio" / "hearing-12s.wav"
SAMPLE = ROOT / "tests" / "data" / "full-hearing.json"
FLAC = "听证会1-20240716-090000-r1.flac"
#: where each of the first turns starts and ends in the 12 s of sound (ms); the fifth
#: has no end (it ends where the next one starts)
PLACES = [(0, 1480), (1500, 3100), (3150, 4900), (5020, 6600), (6650, None), (8230, 9900), (10010, 11950)]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        parts = Path(tmp) / "r1.parts"
        writer = pcm.SegmentWriter(parts, pcm.read_header(WAV), started_at="2024-07-16T09:00:00+08:00")
        writer.write(WAV.read_bytes()[pcm.HEADER_BYTES:])
        writer.close_segment()
        done = pcm.finish(parts, OUT / FLAC)
    doc = json.loads(SAMPLE.read_text(encoding="utf-8"))
    doc["transcript"] = doc["transcript"][:len(PLACES)]
    for turn, (start, end) in zip(doc["transcript"], PLACES):
        turn["audio"] = {"recording": "r1", "start_ms": start}
        if end is not None:
            turn["audio"]["end_ms"] = end
    doc["opinions"] = [o for o in doc.get("opinions", [])
                       if set(o.get("transcript_refs", [])) <= {t["seq"] for t in doc["transcript"]}]
    doc["recordings"] = [{"id": "r1", "file": FLAC, "sha256": done.sha256, "duration_ms": done.duration_ms,
                          "started_at": "2024-07-16T09:00:00+08:00", "sample_rate": done.sample_rate,
                          "channels": done.channels}]
    (OUT / "hearing.json").write_text(json.dumps(doc, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(OUT / "hearing.json", done)


if __name__ == "__main__":
    shutil.rmtree(OUT, ignore_errors=True)
    main()
