"""Raw PCM segments that survive a crash, and the FLAC file they become.

A recording in progress is a folder ``<name>.parts/`` in the recordings folder:

    recording.json        the format (rate, channels, 16-bit) and when it started
    seg-00001.wav         PCM as it came from the microphone, one file per ten minutes
    seg-00002.wav         (and one more after every pause)

Each segment is a WAV file whose header is written first with zero sizes; the sound
is appended and the file is flushed and fsynced every :data:`SYNC_SECONDS`, so a
``kill -9`` or a power cut loses at most that much. The header is made true when the
segment is closed – or, after a crash, by :func:`repair_wav` at the next start, which
takes the sizes from the file's length (a half-written last frame is cut off).
:func:`finish` joins the segments into one FLAC file (lossless, about half the size),
checks that it reads back whole, and only then removes the segments.

No Qt here: the capture (:mod:`.capture`) hands bytes to :class:`SegmentWriter`.
"""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import struct
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import BinaryIO

#: how often the segment is flushed and fsynced: the most sound a crash can lose
SYNC_SECONDS = 0.5
#: a new segment after this much sound (a damaged file loses ten minutes at most)
SEGMENT_SECONDS = 600
HEADER_BYTES = 44
#: libsndfile's FLAC compression 0.25 is FLAC level 2: blocks of 1152 samples (72 ms at
#: 16 kHz) instead of level 5's 4096 (256 ms). A player seeks to the start of the block
#: that holds the position, so the block length bounds how early a passage can start;
#: on speech the file is a few per cent larger.
FLAC_LEVEL = 0.25
PARTS_SUFFIX = ".parts"
META_NAME = "recording.json"


@dataclass(frozen=True)
class PcmFormat:
    """Signed 16-bit little-endian PCM."""
    sample_rate: int = 16000
    channels: int = 1

    @property
    def frame_bytes(self) -> int:
        return 2 * self.channels

    @property
    def bytes_per_second(self) -> int:
        return self.sample_rate * self.frame_bytes

    def ms(self, n_bytes: int) -> int:
        """Milliseconds of sound in ``n_bytes`` of PCM."""
        return (n_bytes // self.frame_bytes) * 1000 // self.sample_rate

    def bytes_for(self, ms: int) -> int:
        return (ms * self.sample_rate // 1000) * self.frame_bytes


def wav_header(fmt: PcmFormat, data_bytes: int) -> bytes:
    """The 44-byte header of a PCM WAV file holding ``data_bytes`` of sound."""
    return struct.pack("<4sI4s4sIHHIIHH4sI", b"RIFF", 36 + data_bytes, b"WAVE", b"fmt ", 16, 1,
                       fmt.channels, fmt.sample_rate, fmt.bytes_per_second, fmt.frame_bytes, 16,
                       b"data", data_bytes)


def read_header(path: Path) -> PcmFormat:
    """The format of a WAV segment this module wrote (its sizes may be wrong)."""
    with open(path, "rb") as fh:
        head = fh.read(HEADER_BYTES)
    if len(head) < HEADER_BYTES or head[:4] != b"RIFF" or head[8:16] != b"WAVEfmt ":
        raise ValueError(f"{path.name}：不是本程序写的录音分段（WAV 文件头不对）")
    channels, rate = struct.unpack("<HI", head[22:28])
    return PcmFormat(rate, channels)


def _fsync_dir(folder: Path) -> None:
    """A new file's name reaches the disk with its folder's fsync (POSIX; not on Windows)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


class SegmentWriter:
    """Appends PCM to the segments of one recording (``<name>.parts/``).

    ``write`` only buffers in the OS; ``sync`` (called by the capture about twice a
    second) flushes and fsyncs. ``position_ms`` is the sound written so far, in
    every segment: the recording's clock, which pauses do not advance."""

    def __init__(self, folder: Path, fmt: PcmFormat, *, started_at: str | None = None):
        self.folder = Path(folder)
        self.fmt = fmt
        self.folder.mkdir(parents=True, exist_ok=True)
        meta = self.folder / META_NAME
        if not meta.exists():
            _write_atomic(meta, json.dumps({**asdict(fmt), "started_at": started_at}).encode())
            _fsync_dir(self.folder.parent)
        done = sorted(self.folder.glob("seg-*.wav"))
        self.bytes_before = sum(max(0, p.stat().st_size - HEADER_BYTES) for p in done)
        self._next = len(done) + 1
        self._fh: BinaryIO | None = None
        self._segment_bytes = 0
        self.path: Path | None = None

    @property
    def position_ms(self) -> int:
        return self.fmt.ms(self.bytes_before + self._segment_bytes)

    @property
    def total_bytes(self) -> int:
        return self.bytes_before + self._segment_bytes

    def write(self, data: bytes) -> None:
        if not data:
            return
        fh = self._fh if self._fh is not None else self._open_segment()
        limit = SEGMENT_SECONDS * self.fmt.bytes_per_second
        while data:
            room = limit - self._segment_bytes
            chunk, data = data[:room], data[room:]
            fh.write(chunk)
            self._segment_bytes += len(chunk)
            if self._segment_bytes >= limit:
                self.close_segment()
                if data:
                    fh = self._open_segment()

    def sync(self) -> None:
        """Everything written so far is on the disk when this returns."""
        if self._fh is not None:
            self._fh.flush()
            os.fsync(self._fh.fileno())

    def close_segment(self) -> None:
        """End the current segment with a true header (a pause, the ten-minute mark, stop)."""
        if self._fh is None:
            return
        self._fh.flush()
        self._fh.seek(0)
        self._fh.write(wav_header(self.fmt, self._segment_bytes))
        self._fh.flush()
        os.fsync(self._fh.fileno())
        self._fh.close()
        self._fh = None
        self.bytes_before += self._segment_bytes
        self._segment_bytes = 0

    def abandon(self) -> None:
        """Let go of the open segment as a killed program does: synced, header untouched
        (tests and the benchmark make what :func:`repair_wav` repairs this way)."""
        if self._fh is not None:
            self.sync()
            self._fh.close()
            self._fh = None

    def _open_segment(self) -> BinaryIO:
        self.path = self.folder / f"seg-{self._next:05d}.wav"
        self._next += 1
        fh = self._fh = open(self.path, "wb")
        fh.write(wav_header(self.fmt, 0))
        fh.flush()
        os.fsync(fh.fileno())
        _fsync_dir(self.folder)
        return fh


def repair_wav(path: Path) -> int:
    """Make a segment's header say what the file holds (after a crash); returns its
    length in ms. A half-written last frame is cut off."""
    fmt = read_header(path)
    size = path.stat().st_size
    data = max(0, size - HEADER_BYTES)
    data -= data % fmt.frame_bytes
    with open(path, "r+b") as fh:
        fh.truncate(HEADER_BYTES + data)
        fh.seek(0)
        fh.write(wav_header(fmt, data))
        fh.flush()
        os.fsync(fh.fileno())
    return fmt.ms(data)


def segments(folder: Path) -> list[Path]:
    return sorted(Path(folder).glob("seg-*.wav"))


def read_meta(folder: Path) -> dict:
    try:
        return json.loads((Path(folder) / META_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


@dataclass(frozen=True)
class Piece:
    """A file of a recording and where it begins in the recording (ms)."""
    path: Path
    start_ms: int


@dataclass(frozen=True)
class Finished:
    """A recording made into its file: ``path`` (FLAC), its SHA-256 and length."""
    path: Path
    sha256: str
    duration_ms: int
    sample_rate: int
    channels: int


def repair(folder: Path) -> int:
    """Repair every segment of a recording left by a killed program; returns the
    recording's length in ms."""
    return sum(repair_wav(p) for p in segments(folder))


def _pcm_blocks(folder: Path, fmt: PcmFormat, block: int = 1 << 20) -> Iterator[bytes]:
    for seg in segments(folder):
        if read_header(seg) != fmt:
            raise ValueError(f"{seg.name}：分段的录音格式与其他分段不同")
        with open(seg, "rb") as fh:
            fh.seek(HEADER_BYTES)
            while chunk := fh.read(block - block % fmt.frame_bytes):
                yield chunk


def finish(folder: Path, out: Path) -> Finished:
    """Join the (repaired) segments of ``folder`` into the FLAC file ``out``; the
    segments are removed only after the FLAC file has been read back whole."""
    import numpy as np
    import soundfile as sf

    folder, out = Path(folder), Path(out)
    repair(folder)
    meta = read_meta(folder)
    fmt = PcmFormat(int(meta.get("sample_rate", 16000)), int(meta.get("channels", 1)))
    if segments(folder):
        fmt = read_header(segments(folder)[0])
    tmp = out.with_name(out.name + ".tmp")
    frames = 0
    with sf.SoundFile(tmp, "w", samplerate=fmt.sample_rate, channels=fmt.channels, format="FLAC",
                      subtype="PCM_16", compression_level=FLAC_LEVEL) as flac:
        for chunk in _pcm_blocks(folder, fmt):
            samples = np.frombuffer(chunk, dtype="<i2").reshape(-1, fmt.channels)
            flac.write(samples)
            frames += len(samples)
    with open(tmp, "rb+") as fh:
        os.fsync(fh.fileno())
    if sf.info(str(tmp)).frames != frames:
        tmp.unlink()
        raise OSError(f"{out.name}：压缩后的录音长度不对，分段已保留在 {folder}")
    tmp.replace(out)
    _fsync_dir(out.parent)
    shutil.rmtree(folder)
    return Finished(out, sha256_of(out), frames * 1000 // fmt.sample_rate, fmt.sample_rate, fmt.channels)


def duration_ms(path: Path) -> int:
    """The length of a finished recording (any file libsndfile reads)."""
    import soundfile as sf

    info = sf.info(str(path))
    return info.frames * 1000 // info.samplerate


def sha256_of(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(1 << 20):
            h.update(chunk)
    return h.hexdigest()


def _write_atomic(path: Path, data: bytes) -> None:
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    tmp.replace(path)
