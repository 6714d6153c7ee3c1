"""kill -9 during a recording loses at most about a second of sound.

A real process records from a real ``QAudioSource`` (a private PulseAudio server whose
microphone hears what ``paplay`` plays into its null sink: the fixture WAV), reports its
position, and is killed with SIGKILL. What it left – a segment whose header still says
0 bytes – is repaired as the next start does (RecordingService.recover), must play, hold
the fixture's sound, and be within a second of what had been captured at the kill.

Needs pulseaudio and pulseaudio-utils (``./hd test`` installs them on Debian/Ubuntu).
"""
from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

from hearing_desk.audio import pcm
from tests.tools.pulse import SINK, NoPulseAudio, pulse_server

ROOT = Path(__file__).resolve().parents[2]
WAV = ROOT / "tests" / "data" / "audio" / "hearing-12s.wav"
pytestmark = pytest.mark.slow


def _read_lines(proc, until, timeout: float) -> list[str]:
    """Lines from the child until ``until(lines)`` holds (or fail after ``timeout``)."""
    lines: list[str] = []
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        line = proc.stdout.readline()
        if not line:
            pytest.fail("the recording process ended: " + proc.stderr.read())
        lines.append(line.strip())
        if until(lines):
            return lines
    pytest.fail("timed out: " + " | ".join(lines[-5:]))


def _best_match(recorded: np.ndarray, source: np.ndarray) -> float:
    """The highest normalised correlation of half a second of ``recorded`` within ``source``."""
    probe = recorded[len(recorded) // 2: len(recorded) // 2 + 8000].astype(float)
    probe -= probe.mean()
    src = source.astype(float)
    corr = np.correlate(src, probe, mode="valid")
    windows = np.sqrt(np.convolve(src ** 2, np.ones(len(probe)), mode="valid"))
    return float(np.max(corr / (windows * np.linalg.norm(probe) + 1e-9)))


def test_kill9_while_recording_loses_at_most_a_second(tmp_path, hearings, sample_id, db_path):
    try:
        server = pulse_server(tmp_path)
        env = server.__enter__()
    except NoPulseAudio as exc:
        pytest.fail(str(exc))
    try:
        player = subprocess.Popen(["paplay", f"--device={SINK}", str(WAV)], env=env)
        child = subprocess.Popen([sys.executable, "-m", "tests.tools.record_child", str(db_path), str(sample_id)],
                                 env={**env, "QT_QPA_PLATFORM": "offscreen"}, cwd=ROOT, text=True,
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        try:
            lines = _read_lines(child, lambda ls: ls[-1].startswith("pos ") and int(ls[-1].split()[1]) >= 4000, 30)
            last = lines[-1].split()
            child.send_signal(signal.SIGKILL)
            killed_at = time.time()
            child.wait(10)
        finally:
            if child.poll() is None:
                child.kill()
            child.stdout.close()
            child.stderr.close()
            player.wait(30)
    finally:
        server.__exit__(None, None, None)

    captured_ms, synced_ms, reported_at = int(last[1]), int(last[2]), float(last[3])
    at_kill_ms = captured_ms + (killed_at - reported_at) * 1000     # it went on capturing until the kill
    from hearing_desk.services.recordings import RecordingService

    service = RecordingService(hearings.db)
    (hearing_id, left), = service.unfinished()
    segment, = pcm.segments(service.parts(left))
    assert pcm.read_header(segment) == pcm.PcmFormat(16000, 1)
    assert segment.read_bytes()[40:44] == b"\0\0\0\0"                 # the header as the kill left it
    repaired_ms = pcm.repair_wav(segment)                            # what the next start does
    sound, rate = sf.read(str(segment), dtype="int16")               # plays: a true WAV again
    assert rate == 16000 and len(sound) * 1000 // rate == repaired_ms
    assert repaired_ms >= synced_ms                                   # everything reported on disk is
    assert at_kill_ms - repaired_ms <= 1000, f"lost {at_kill_ms - repaired_ms:.0f} ms"
    source, _ = sf.read(str(WAV), dtype="int16")
    assert _best_match(sound, source) > 0.9                           # the fixture's sound, not silence

    told = service.recover()
    assert len(told) == 1 and "已恢复" in told[0]
    recording = service.get(hearing_id, left.id)
    assert recording.finished and recording.duration_ms is not None and abs(recording.duration_ms - repaired_ms) <= 1
    assert pcm.sha256_of(service.path(recording)) == recording.sha256
