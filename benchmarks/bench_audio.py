#!/usr/bin/env python3
"""The hearing's sound, measured:

* **loss on kill -9**: a real process records from a real QAudioSource (a private
  PulseAudio null sink fed the fixture WAV, tests/tools/pulse.py) and is killed; the
  sound it had captured by then is compared with what the repaired segment holds;
* **seek accuracy**: every turn of the recorded test hearing (tests/data/recorded) is
  played from its start; the first block the player sends out (QAudioBufferOutput) is
  located in the sound by cross-correlation and compared with the turn's start;
* **finishing**: joining one hour of 16 kHz mono segments into FLAC, and its size.

    .venv/bin/python benchmarks/bench_audio.py [--kills N]

Needs pulseaudio and pulseaudio-utils for the first part (./hd test installs them).
"""
from __future__ import annotations

import argparse
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import numpy as np  # noqa: E402
import soundfile as sf  # noqa: E402

WAV = ROOT / "tests" / "data" / "audio" / "hearing-12s.wav"


def kill_loss(runs: int) -> list[float]:
    from hearing_desk.audio import pcm
    from hearing_desk.services.hearings import HearingService
    from hearing_desk.services.recordings import RecordingService
    from hearing_desk.storage.database import Database
    from tests.tools.pulse import SINK, pulse_server

    losses = []
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        os.environ["HEARING_DESK_DATA_DIR"] = str(tmp / "data")
        db_path = tmp / "bench.sqlite3"
        db = Database(str(db_path))
        hid = HearingService(db).add_demo()
        with pulse_server(tmp) as env:
            env = {**env, "HEARING_DESK_DATA_DIR": str(tmp / "data")}
            for i in range(runs):
                player = subprocess.Popen(["paplay", f"--device={SINK}", str(WAV)], env=env)
                child = subprocess.Popen([sys.executable, "-m", "tests.tools.record_child", str(db_path), str(hid)],
                                         env=env, cwd=ROOT, text=True, stdout=subprocess.PIPE,
                                         stderr=subprocess.DEVNULL)
                wanted = 2000 + 700 * i                   # kill at different phases of the sync
                last: list[str] = []
                assert child.stdout is not None
                while True:
                    line = child.stdout.readline().split()
                    if line and line[0] == "pos":
                        last = line
                        if int(line[1]) >= wanted:
                            break
                child.send_signal(signal.SIGKILL)
                killed = time.time()
                child.wait()
                child.stdout.close()
                player.terminate()
                player.wait()
                at_kill = int(last[1]) + (killed - float(last[3])) * 1000
                service = RecordingService(db)
                (_, left), = service.unfinished()
                repaired = pcm.repair(service.parts(left))
                losses.append(at_kill - repaired)
                service.recover()
        db.close()
    return losses


def seek_errors() -> list[float]:
    import shutil

    from PySide6.QtCore import QCoreApplication
    from PySide6.QtMultimedia import QAudioBufferOutput, QAudioFormat

    from hearing_desk.audio.playback import Player
    from hearing_desk.domain.audio import passage
    from hearing_desk.formats.interchange import read_file

    app = QCoreApplication.instance() or QCoreApplication([])
    source, rate = sf.read(str(WAV), dtype="int16")
    hearing = read_file(ROOT / "tests" / "data" / "recorded" / "hearing.json")
    flac = ROOT / "tests" / "data" / "recorded" / hearing.recordings[0].file
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / flac.name
        shutil.copyfile(flac, copy)
        player = Player(with_output=False)
        player.load(copy)
        errors = []
        for turn in hearing.transcript:
            p = passage(hearing.transcript, turn.seq)
            assert p is not None
            got: list[np.ndarray] = []
            player.play_range(p.start_ms, p.end_ms)
            fmt = QAudioFormat()
            fmt.setSampleRate(rate)
            fmt.setChannelCount(1)
            fmt.setSampleFormat(QAudioFormat.SampleFormat.Int16)
            out = QAudioBufferOutput(fmt, player)

            def take(b, want=p.start_ms, got=got):
                if b.isValid() and b.byteCount() and b.startTime() // 1000 >= want - 1000:
                    got.append(np.frombuffer(bytes(b.constData()), dtype="<i2").copy())
            out.audioBufferReceived.connect(take)
            player.media.setAudioBufferOutput(out)
            end = time.monotonic() + 5
            while not got and time.monotonic() < end:
                app.processEvents()
            out.audioBufferReceived.disconnect(take)
            player.stop()
            corr = np.correlate(source.astype(float), got[0][:1600].astype(float), mode="valid")
            errors.append(float(np.argmax(corr)) * 1000 / rate - p.start_ms)
        player.media.setAudioBufferOutput(None)  # type: ignore[arg-type]  # None detaches it (Qt's nullptr)
    return errors


def finishing() -> tuple[float, float, float]:
    from hearing_desk.audio import pcm

    rng = np.random.default_rng(1)
    t = np.arange(16000 * 60) / 16000
    minute = (0.2 * np.sin(2 * np.pi * 180 * t) * (0.5 + 0.5 * np.sin(2 * np.pi * 2 * t))
              + 0.02 * rng.standard_normal(t.size))              # speech-like: voiced tone, a little noise
    block = (minute * 32767).astype("<i2").tobytes()
    with tempfile.TemporaryDirectory() as tmp:
        writer = pcm.SegmentWriter(Path(tmp) / "r.parts", pcm.PcmFormat())
        for _ in range(60):
            writer.write(block)
        writer.close_segment()
        raw = 60 * len(block)
        start = time.perf_counter()
        done = pcm.finish(Path(tmp) / "r.parts", Path(tmp) / "r.flac")
        seconds = time.perf_counter() - start
        return seconds, raw / 1e6, done.path.stat().st_size / 1e6


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--kills", type=int, default=5)
    args = parser.parse_args()
    losses = kill_loss(args.kills)
    print(f"kill -9 while recording ({len(losses)} runs): sound lost "
          f"mean {statistics.mean(losses):.0f} ms, max {max(losses):.0f} ms "
          f"(segments fsynced every 500 ms): {', '.join(f'{x:.0f}' for x in losses)}")
    errors = seek_errors()
    print(f"play a turn from its start ({len(errors)} turns of the recorded hearing): first sound "
          f"{min(errors):.0f} … {max(errors):.0f} ms from the turn's start (mean {statistics.mean(errors):.0f}; "
          "negative: early)")
    seconds, raw, flac = finishing()
    print(f"finishing one hour of 16 kHz mono: {seconds:.1f} s; {raw:.0f} MB of PCM → {flac:.0f} MB FLAC")


if __name__ == "__main__":
    main()
