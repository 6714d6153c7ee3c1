"""Playback for correcting by listening: a recording played from a position in ms.

:class:`Player` wraps ``QMediaPlayer`` (FFmpeg backend) with what a clerk needs: play a
passage from its start (and stop at its end), pause and resume a few seconds back,
jump ±10 s, 0.75–1.5× speed. A recording is a list of :class:`Piece` – one FLAC file
when it is finished, its WAV segments while it is still being recorded (the last one
growing: it is opened again for every passage, so the newest sound can be heard).
Positions are the recording's, across pieces. A seek asked for before a file is
loaded is applied once it is.

QtMultimedia (FFmpeg, the sound server: ~0.2 s and ~20 MB) is loaded when a recording
is first played, not when the window opens: the ``QMediaPlayer`` is made on first real
use (:attr:`Player.media`), and until then a recording chosen, a seek, the position,
the speed and a stop are only remembered.
"""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, QUrl, Signal

from .pcm import Piece
from .wrappers import answer_disconnect_hook_now

if TYPE_CHECKING:
    from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer

SPEEDS = (0.75, 0.9, 1.0, 1.1, 1.25, 1.5)
MIN_SPEED, MAX_SPEED = SPEEDS[0], SPEEDS[-1]
#: how far back a resume goes (the setting ``audio/back_on_resume_ms`` chooses within it)
BACK_ON_RESUME_RANGE_MS = (2000, 5000)
JUMP_MS = 10_000


def _has_output_device() -> bool:
    """Is there a device to play into? Without one the player is given no audio output:
    it still plays (by its clock; positions, passages and their ends work the same), and
    FFmpeg's audio thread has no "No audio device detected" to tell. That warning reaches
    the program's Python message handler from that thread, which needs the GIL – held by
    the GUI thread while ``QMediaPlayer.stop()`` waits for that thread: a freeze (seen in a
    test on a machine without sound)."""
    from PySide6.QtMultimedia import QMediaDevices

    return bool(QMediaDevices.audioOutputs())


class Player(QObject):
    position_changed = Signal(int)
    playing_changed = Signal(bool)
    #: a file could be played: its length in ms
    loaded = Signal(int)
    failed = Signal(str)

    def __init__(self, parent=None, *, with_output: bool = True):
        super().__init__(parent)
        self._media: QMediaPlayer | None = None    # made on first real use (:attr:`media`)
        self._with_output = with_output
        self._rate = 1.0
        self.output: QAudioOutput | None = None
        self.path: Path | None = None          # the piece loaded
        self.pieces: list[Piece] = []
        self.live = False                       # the last piece is still growing
        self._base = 0                          # start of the loaded piece in the recording
        self.back_on_resume_ms = 3000
        self._pending: int | None = None            # a seek waiting for the file to load
        self._untouched = False                     # opened and not played since
        self._play_when_loaded = False
        self._until: int | None = None
        self._stop_check = QTimer(self)
        self._stop_check.setInterval(25)
        self._stop_check.timeout.connect(self._check_until)

    @property
    def media(self) -> QMediaPlayer:
        """The ``QMediaPlayer`` (and its ``QAudioOutput``), made the first time it is
        needed: QtMultimedia is loaded then, with the file chosen and the speed set."""
        if self._media is None:
            from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer

            media = QMediaPlayer(self)
            if self._with_output and _has_output_device():
                self.output = QAudioOutput(self)
                media.setAudioOutput(self.output)
            media.setPlaybackRate(self._rate)
            media.mediaStatusChanged.connect(self._on_status)
            media.positionChanged.connect(self._on_position)
            media.playbackStateChanged.connect(
                lambda s: self.playing_changed.emit(s == QMediaPlayer.PlaybackState.PlayingState))
            media.errorOccurred.connect(lambda _e, text: self.failed.emit(text))
            answer_disconnect_hook_now(media.sourceChanged)
            if self.output is not None:
                answer_disconnect_hook_now(self.output.volumeChanged)
            self._media = media
            if self.path is not None:
                media.setSource(QUrl.fromLocalFile(str(self.path)))
        return self._media

    @property
    def started(self) -> bool:
        """Has the ``QMediaPlayer`` been made (QtMultimedia loaded for playing)?"""
        return self._media is not None

    # ------------------------------------------------------------------ state
    @property
    def playing(self) -> bool:
        if self._media is None:
            return False
        from PySide6.QtMultimedia import QMediaPlayer
        return self._media.playbackState() == QMediaPlayer.PlaybackState.PlayingState

    @property
    def ready(self) -> bool:
        if self._media is None:
            return False
        from PySide6.QtMultimedia import QMediaPlayer
        return self._media.mediaStatus() in (QMediaPlayer.MediaStatus.LoadedMedia,
                                             QMediaPlayer.MediaStatus.BufferedMedia,
                                             QMediaPlayer.MediaStatus.BufferingMedia,
                                             QMediaPlayer.MediaStatus.EndOfMedia)

    def position(self) -> int:
        """Where playback is in the recording (ms)."""
        if self._pending is not None:
            return self._base + self._pending
        return self._base + (self._media.position() if self._media is not None else 0)

    def duration(self) -> int:
        """The recording's length as far as known (ms; the loaded piece's end)."""
        return self._base + max(0, self._media.duration() if self._media is not None else 0)

    @property
    def speed(self) -> float:
        return round(self._media.playbackRate(), 2) if self._media is not None else self._rate

    # ------------------------------------------------------------------ control
    def load(self, path: Path | None) -> None:
        """A finished recording (one file) to play; None: nothing."""
        self.set_pieces([Piece(path, 0)] if path else [], live=False)

    def set_pieces(self, pieces: list[Piece], *, live: bool) -> None:
        """The recording to play, as its pieces in order (``live``: still being recorded)."""
        if pieces == self.pieces and live == self.live and not live:
            return
        self.stop()
        self.pieces, self.live = list(pieces), live
        self._open(self.pieces[0] if self.pieces else None)

    def _open(self, piece: Piece | None, *, again: bool = False) -> None:
        path = piece.path if piece else None
        if path == self.path and (not again or self._untouched):
            return                      # the same file, and nothing played since it was opened
        self._untouched = path is not None
        self.path = path
        self._base = piece.start_ms if piece else 0
        self._pending = None
        if self._media is None:
            return                      # opened when the player is made (:attr:`media`)
        self._media.setSource(QUrl())
        if path is not None:
            self._media.setSource(QUrl.fromLocalFile(str(path)))

    def _piece_at(self, ms: int) -> Piece | None:
        found = None
        for p in self.pieces:
            if p.start_ms <= ms:
                found = p
        return found

    def play_range(self, start_ms: int, end_ms: int | None = None) -> None:
        """Play from ``start_ms``; stop at ``end_ms`` when given (a turn's passage)."""
        if not self.pieces:
            return
        self._until = end_ms
        self.media.stop()
        # the file is opened again: after a stop Qt's FFmpeg renderer may still hand out
        # a few blocks from where it was (heard as a blip of the wrong passage)
        self._seek(max(0, start_ms), fresh=True)
        self._play()

    def toggle(self) -> None:
        """Play / pause; playing again starts a few seconds back (the last words again)."""
        if self.playing:
            self.pause()
            return
        if self.path is None:
            return
        self._until = None
        at = self.position()
        if at > 0:
            self._seek(max(0, at - self.back_on_resume_ms))
        self._play()

    def pause(self) -> None:
        self._stop_check.stop()
        if self._media is not None:
            self._media.pause()

    def stop(self) -> None:
        self._until = None
        self._stop_check.stop()
        self._play_when_loaded = False
        if self._media is not None:
            self._media.stop()

    def skip(self, delta_ms: int) -> None:
        """Jump forward (or back, negative) from where playback is."""
        if self.path is None:
            return
        target = max(0, self.position() + delta_ms)
        known = self._media is not None and self._media.duration() > 0
        if not self.live and known and self._piece_at(target) is self.pieces[-1]:
            target = min(target, self.duration())
        self._seek(target)

    def seek(self, ms: int) -> None:
        self._seek(max(0, ms))

    def set_speed(self, rate: float) -> float:
        rate = min(MAX_SPEED, max(MIN_SPEED, round(rate, 2)))
        self._rate = rate
        if self._media is not None:
            self._media.setPlaybackRate(rate)
        return rate

    def step_speed(self, step: int) -> float:
        """The next speed up (1) or down (-1) in :data:`SPEEDS`."""
        now = self.speed
        if step > 0:
            faster = [s for s in SPEEDS if s > now + 1e-6]
            return self.set_speed(faster[0] if faster else MAX_SPEED)
        slower = [s for s in SPEEDS if s < now - 1e-6]
        return self.set_speed(slower[-1] if slower else MIN_SPEED)

    # ------------------------------------------------------------------ inside
    def _seek(self, ms: int, *, fresh: bool = False) -> None:
        piece = self._piece_at(ms)
        if piece is None:
            return
        self._open(piece, again=fresh)
        local = ms - piece.start_ms
        if self.ready:
            self._pending = None
            self.media.setPosition(local)
        else:
            self._pending = local
        self.position_changed.emit(ms)

    def _play(self) -> None:
        self._untouched = False
        media = self.media              # made now (QtMultimedia loaded), the file opened
        if self.ready:
            media.play()
            if self._until is not None:
                self._stop_check.start()
        else:
            self._play_when_loaded = True

    def _on_status(self, status) -> None:
        from PySide6.QtMultimedia import QMediaPlayer
        if status == QMediaPlayer.MediaStatus.LoadedMedia:
            self.loaded.emit(self.duration())
        if status == QMediaPlayer.MediaStatus.EndOfMedia:
            later = [p for p in self.pieces if p.start_ms > self._base]
            if later:                           # on into the next segment
                self._open(later[0])
                self._play()
                return
        if self.ready and self._pending is not None:
            pending, self._pending = self._pending, None
            self.media.setPosition(pending)
        if self.ready and self._play_when_loaded:
            self._play_when_loaded = False
            self._play()
        if status == QMediaPlayer.MediaStatus.InvalidMedia:
            self.failed.emit(self.media.errorString())

    def _on_position(self, ms: int) -> None:
        self.position_changed.emit(self._base + ms)

    def _check_until(self) -> None:
        if self._until is None or not self.playing:
            self._stop_check.stop()
            return
        if self.position() >= self._until:
            self._until = None
            self.pause()
