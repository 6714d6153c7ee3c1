"""Capture: a microphone (``QAudioSource``) or a WAV file fed at real speed, into the
crash-safe segments of :mod:`.pcm`.

The GUI thread only reads the device and hands the bytes to a thread of its own that
writes them and fsyncs the segment every :data:`~.pcm.SYNC_SECONDS` (typing never
waits for the disk). ``QMediaRecorder`` is not used: it buffers, and a killed program
leaves an empty or unplayable file.

QtMultimedia (~0.1 s to import, more to ask for the devices) and numpy are imported
where they are used, not with this module: the window makes its :class:`Recorder`
before its first paint and lists the microphones (:func:`inputs`) after it.
"""
from __future__ import annotations

import logging
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QIODevice, QObject, QTimer, Signal

from .pcm import SYNC_SECONDS, PcmFormat, SegmentWriter
from .wrappers import answer_disconnect_hook_now

if TYPE_CHECKING:
    from PySide6.QtMultimedia import QAudioDevice, QAudioFormat, QAudioSource

log = logging.getLogger(__name__)

#: what the recording asks the microphone for (speech: 16 kHz mono is plenty)
WANTED = PcmFormat(16000, 1)


@dataclass(frozen=True)
class InputChoice:
    """A sound source the recording bar offers: a microphone, or a WAV file fed at real
    speed (``HEARING_DESK_AUDIO_FEED``: for machines without a sound card)."""
    key: str              # "dev:<hex id>" or "file:<path>"
    name: str


def inputs() -> list[InputChoice]:
    """The microphones Qt sees, the system's default first."""
    from PySide6.QtMultimedia import QMediaDevices

    default = QMediaDevices.defaultAudioInput()
    devices = QMediaDevices.audioInputs()
    devices.sort(key=lambda d: d.id() != default.id())
    return [InputChoice("dev:" + bytes(d.id().data()).hex(), d.description()) for d in devices]


def device_for(key: str) -> QAudioDevice | None:
    from PySide6.QtMultimedia import QMediaDevices

    for d in QMediaDevices.audioInputs():
        if "dev:" + bytes(d.id().data()).hex() == key:
            return d
    return None


def _format_for(device: QAudioDevice) -> QAudioFormat:
    from PySide6.QtMultimedia import QAudioFormat

    fmt = QAudioFormat()
    fmt.setSampleRate(WANTED.sample_rate)
    fmt.setChannelCount(WANTED.channels)
    fmt.setSampleFormat(QAudioFormat.SampleFormat.Int16)
    if device.isFormatSupported(fmt):
        return fmt
    fmt = device.preferredFormat()
    fmt.setChannelCount(1 if device.minimumChannelCount() <= 1 else fmt.channelCount())
    fmt.setSampleFormat(QAudioFormat.SampleFormat.Int16)
    if device.isFormatSupported(fmt):
        return fmt
    return device.preferredFormat()


def _to_int16(data: bytes, fmt: QAudioFormat) -> bytes:
    """PCM of any sample format Qt gives as signed 16-bit little-endian."""
    import numpy as np
    from PySide6.QtMultimedia import QAudioFormat

    kind = fmt.sampleFormat()
    if kind == QAudioFormat.SampleFormat.Int16:
        return data
    if kind == QAudioFormat.SampleFormat.Float:
        x = np.frombuffer(data, dtype="<f4")
        return (np.clip(x, -1.0, 1.0) * 32767).astype("<i2").tobytes()
    if kind == QAudioFormat.SampleFormat.Int32:
        return (np.frombuffer(data, dtype="<i4") >> 16).astype("<i2").tobytes()
    if kind == QAudioFormat.SampleFormat.UInt8:
        return ((np.frombuffer(data, dtype=np.uint8).astype(np.int16) - 128) << 8).astype("<i2").tobytes()
    raise ValueError(f"unsupported sample format {kind}")


class _DiskThread:
    """Writes queued PCM into the segments and fsyncs them about twice a second."""

    def __init__(self, writer: SegmentWriter, on_error):
        self.writer = writer
        self.on_error = on_error
        self._queue: deque[bytes | None] = deque()
        self._cond = threading.Condition()
        self._closing = False
        self._synced = 0
        self._thread = threading.Thread(target=self._run, name="audio-writer", daemon=True)
        self._thread.start()

    def put(self, data: bytes | None) -> None:
        """Bytes to write; ``None`` ends the current segment (a pause)."""
        with self._cond:
            self._queue.append(data)
            self._cond.notify_all()

    @property
    def synced_bytes(self) -> int:
        return self._synced

    def close(self) -> None:
        with self._cond:
            self._closing = True
            self._cond.notify_all()
        self._thread.join()

    def _run(self) -> None:
        last_sync = time.monotonic()
        while True:
            with self._cond:
                self._cond.wait_for(lambda: self._queue or self._closing,
                                    max(0.0, SYNC_SECONDS - (time.monotonic() - last_sync)))
                items = list(self._queue)
                self._queue.clear()
                closing = self._closing
            try:
                for item in items:
                    if item is None:
                        self.writer.close_segment()
                    else:
                        self.writer.write(item)
                if closing:
                    self.writer.close_segment()
                    self._synced = self.writer.total_bytes
                    return
                if time.monotonic() - last_sync >= SYNC_SECONDS:
                    self.writer.sync()
                    self._synced = self.writer.total_bytes
                    last_sync = time.monotonic()
            except OSError as exc:              # disk full, folder gone: told, and retried
                log.warning("recording write failed: %s", exc)
                self.on_error(str(exc))
                with self._cond:
                    self._queue.extendleft(reversed(items))
                    self._cond.wait_for(lambda: self._closing, 1.0)
                    if self._closing:
                        return


class _FileFeed(QObject):
    """A WAV file played into the recording at real speed, as a microphone would."""

    def __init__(self, path: Path, parent=None):
        super().__init__(parent)
        import soundfile as sf

        data, rate = sf.read(str(path), dtype="int16", always_2d=True)
        self.fmt = PcmFormat(rate, data.shape[1])
        self._pcm = data.astype("<i2").tobytes()
        self._offset = 0
        self._since = 0.0
        self._timer = QTimer(self)
        self._timer.setInterval(20)
        self.on_data: Callable[[bytes], None] | None = None

    def start(self) -> None:
        self._since = time.monotonic()
        self._sent_at_start = self._offset
        self._timer.timeout.connect(self._tick)
        self._timer.start()

    def stop(self) -> None:
        self._tick()
        self._timer.stop()
        try:
            self._timer.timeout.disconnect(self._tick)
        except (RuntimeError, TypeError):
            pass

    def _tick(self) -> None:
        due = self._sent_at_start + self.fmt.bytes_for(int((time.monotonic() - self._since) * 1000))
        due = min(due, len(self._pcm))
        if due > self._offset and self.on_data is not None:
            chunk, self._offset = self._pcm[self._offset:due], due
            self.on_data(chunk)


class Recorder(QObject):
    """Records one recording (a ``.parts`` folder) from an input; pause and resume
    continue it, :meth:`stop` ends it (the caller then makes it a FLAC file)."""

    #: the peak level of the last sound read, 0.0–1.0 (about 20 times a second)
    level = Signal(float)
    #: "recording", "paused" or "stopped"
    state_changed = Signal(str)
    #: the disk refused a write (full, gone); the sound is kept and written again
    failed = Signal(str)
    _failed = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.state = "stopped"
        self.folder: Path | None = None
        self.fmt = WANTED
        self._source: QAudioSource | None = None
        self._io: QIODevice | None = None
        self._feed: _FileFeed | None = None
        self._disk: _DiskThread | None = None
        self._writer: SegmentWriter | None = None
        self._captured = 0                  # bytes handed to the disk thread
        self._base = 0
        self._peak = 0.0
        self._qfmt: QAudioFormat | None = None
        self._level_timer = QTimer(self)
        self._level_timer.setInterval(50)
        self._level_timer.timeout.connect(self._emit_level)
        self._failed.connect(self.failed)

    # ------------------------------------------------------------------ the clock
    def position_ms(self) -> int:
        """Milliseconds of sound captured so far in this recording (pauses not counted)."""
        if self._writer is None:
            return 0
        return self.fmt.ms(self._base + self._captured)

    def synced_ms(self) -> int:
        """Milliseconds of sound certainly on the disk."""
        return self.fmt.ms(self._disk.synced_bytes) if self._disk is not None else 0

    # ------------------------------------------------------------------ control
    def start(self, folder: Path, input_key: str, *, started_at: str | None = None) -> None:
        """Start (or, for a folder that has segments, continue) a recording from an input."""
        if self.state != "stopped":
            raise RuntimeError("already recording")
        self.folder = Path(folder)
        self._input_key = input_key
        self._open_input(input_key)
        writer = SegmentWriter(self.folder, self.fmt, started_at=started_at)
        self._writer = writer
        self._base = writer.bytes_before        # sound of an earlier run of this recording
        self._captured = 0
        self._disk = _DiskThread(writer, self._failed.emit)
        self._run_input()
        self._set_state("recording")

    def pause(self) -> None:
        if self.state != "recording":
            return
        self._stop_input()
        if self._disk is not None:
            self._disk.put(None)
        self._set_state("paused")

    def resume(self) -> None:
        if self.state != "paused":
            return
        self._open_input(self._input_key)
        self._run_input()
        self._set_state("recording")

    def stop(self) -> Path | None:
        """End the recording: everything captured is written and the segments closed."""
        if self.state == "stopped":
            return None
        if self.state == "recording":
            self._stop_input()
        if self._disk is not None:
            self._disk.close()
        self._disk = None
        folder, self.folder = self.folder, None
        self._writer = None
        self._set_state("stopped")
        return folder

    # ------------------------------------------------------------------ inputs
    def _open_input(self, key: str) -> None:
        if key.startswith("file:"):
            self._feed = _FileFeed(Path(key[5:]), self)
            self.fmt = self._feed.fmt
            self._feed.on_data = self._take
            return
        device = device_for(key) if key.startswith("dev:") else None
        if device is None:
            raise OSError("找不到所选的麦克风，它可能已被拔出。")
        self._qfmt = _format_for(device)
        self.fmt = PcmFormat(self._qfmt.sampleRate(), self._qfmt.channelCount())
        from PySide6.QtMultimedia import QAudioSource

        self._source = QAudioSource(device, self._qfmt, self)
        self._source.setBufferSize(self._qfmt.bytesForDuration(100_000))      # 0.1 s
        self._source.stateChanged.connect(self._on_source_state)
        answer_disconnect_hook_now(self._source.stateChanged)

    def _run_input(self) -> None:
        if self._feed is not None:
            self._feed.start()
        elif self._source is not None:
            self._io = self._source.start()
            self._io.readyRead.connect(self._read)
        self._level_timer.start()

    def _stop_input(self) -> None:
        self._level_timer.stop()
        if self._feed is not None:
            self._feed.stop()
            self._feed.deleteLater()
            self._feed = None
        if self._source is not None:
            self._read()
            self._source.stateChanged.disconnect(self._on_source_state)
            self._source.stop()
            self._source.deleteLater()
            self._source, self._io = None, None
        self._peak = 0.0
        self.level.emit(0.0)

    def _read(self) -> None:
        if self._io is None or self._qfmt is None:
            return
        data = bytes(self._io.readAll().data())
        if data:
            self._take(_to_int16(data, self._qfmt))

    def _take(self, data: bytes) -> None:
        if self._disk is None:
            return
        self._disk.put(data)
        self._captured += len(data)
        import numpy as np

        samples = np.frombuffer(data[: len(data) - len(data) % 2], dtype="<i2")
        if samples.size:
            self._peak = max(self._peak, float(np.abs(samples.astype(np.int32)).max()) / 32768.0)

    def _emit_level(self) -> None:
        self._read()
        self.level.emit(min(1.0, self._peak))
        self._peak = 0.0

    def _on_source_state(self, state) -> None:
        if self._source is None:
            return
        from PySide6.QtMultimedia import QAudio

        error = self._source.error()
        if state == QAudio.State.StoppedState and error != QAudio.Error.NoError:
            self.failed.emit(f"麦克风停止工作（{error.name}），录音已暂停。")
            self.pause()

    def _set_state(self, state: str) -> None:
        self.state = state
        self.state_changed.emit(state)
