"""The recording bar and the listening controls below the typing box (forms/audio_bar.ui).

Recording: the microphone (or 不录音), a level meter, start / pause / stop. The sound
goes into crash-safe segments (hearing_desk.audio.pcm); stop makes the FLAC file in the
background. Listening: the hearing's recordings, play the current turn from its start,
play/pause (a few seconds back on resume), ±10 s, speed. The keys are F-keys and media
keys, which foot pedals (USB transcription pedals) can be set to send, and work in the
typing box, the turn list and the Ctrl+E editor alike.

The bar is made before the window's first paint, QtMultimedia is not: the microphones
are listed after the first paint (``ui/startup.py``), or at once when the list is opened
or the recording started before that, and the player makes its ``QMediaPlayer`` when a
recording is first played (``audio/playback.py``).
"""
from __future__ import annotations

import logging
import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QKeyCombination, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QFrame, QMessageBox, QWidget
from shiboken6 import isValid

from ...audio.capture import Recorder, inputs
from ...audio.playback import JUMP_MS, SPEEDS, Player
from ...domain.audio import format_ms, passage
from ...errors import HearingDeskError
from ..background import Task, run_in_background
from ..generated.ui_audio_bar import Ui_AudioBar
from ..ime import commit_composition
from ..startup import after_first_paint
from .hook import TranscriptHost, TurnMarks, insert_heard
from .options import AudioOptions

log = logging.getLogger(__name__)

NO_INPUT = "none"
#: a WAV file offered as a microphone (machines without a sound card: demos, tests)
FEED_VARIABLE = "HEARING_DESK_AUDIO_FEED"


class AudioKeys(QObject):
    """The listening keys wherever the focus is inside the transcript tab – the typing
    box, the turn list, the Ctrl+E editor (made and gone as corrections come) – as an
    application event filter that looks only at key events for widgets in the tab. A
    bound key's ``ShortcutOverride`` is accepted, so no window shortcut takes it."""

    def __init__(self, host: TranscriptHost, keys: dict, parent=None):
        super().__init__(parent)
        self.host = host
        self._keys: dict[QKeyCombination, Callable[[], object]] = {}
        for key, fn in keys.items():
            seq = QKeySequence(key)
            self._keys[seq[0]] = fn  # type: ignore[index]  # QKeySequence has __getitem__, not in the stubs
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self.destroyed.connect(lambda *_: None)

    def remove(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def eventFilter(self, obj, event) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride) or not isinstance(obj, QWidget):
            return False
        combo = event.keyCombination()
        mods = combo.keyboardModifiers() & ~Qt.KeyboardModifier.KeypadModifier
        fn = self._keys.get(QKeyCombination(mods, combo.key()))
        if fn is None or not (obj is self.host or self.host.isAncestorOf(obj)):
            return False
        event.accept()
        if kind == QEvent.Type.KeyPress:
            commit_composition(obj)         # an input method's open composition first becomes text
            fn()
        return True


class AudioBar(QFrame):
    #: the recording started or stopped (True: recording or paused)
    recording_changed = Signal(bool)

    def __init__(self, ctx, parent: QWidget | None = None, *, with_output: bool = True):
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_AudioBar()
        self.ui.setupUi(self)
        self.service = ctx.recordings
        self.recorder = Recorder(self)
        self.player = Player(self, with_output=with_output)
        self.host: TranscriptHost | None = None
        self.hearing_id: int | None = None
        self.recording_id: str | None = None          # the one being recorded
        self.marks = TurnMarks(self.clock, lambda: self.ctx.settings.get("audio/typing_lag_ms"))
        self._finishing: Task | None = None            # the background task making the FLAC
        self._clock_timer = QTimer(self)
        self._clock_timer.setInterval(200)
        self._clock_timer.timeout.connect(self._show_time)
        self._inputs_listed = False
        self._fill_inputs(microphones=False)     # the microphones after the first paint
        self.ui.inputCombo.installEventFilter(self)
        for rate in SPEEDS:
            self.ui.speedCombo.addItem(f"{rate:g}×", rate)
        self.ui.speedCombo.setCurrentIndex(SPEEDS.index(1.0))
        self._connect()
        self._apply_options()
        self._show_state()
        after_first_paint(self._list_inputs)

    # ================================================================ wiring
    def _connect(self) -> None:
        ui = self.ui
        ui.recordButton.clicked.connect(self.start_recording)
        ui.pauseButton.clicked.connect(self.toggle_pause)
        ui.stopButton.clicked.connect(self.stop_recording)
        ui.inputCombo.activated.connect(self._input_chosen)
        ui.recordingCombo.activated.connect(lambda _i: self._load_chosen())
        ui.playTurnButton.clicked.connect(self.play_current_turn)
        ui.playButton.clicked.connect(self.toggle_play)
        ui.backButton.clicked.connect(lambda: self.jump(-1))
        ui.forwardButton.clicked.connect(lambda: self.jump(1))
        ui.speedCombo.activated.connect(lambda i: self.player.set_speed(ui.speedCombo.itemData(i)))
        ui.insertButton.clicked.connect(self.insert_here)
        ui.optionsButton.clicked.connect(self.edit_options)
        self.recorder.level.connect(lambda v: ui.levelMeter.setValue(int(v * 100)))
        self.recorder.state_changed.connect(lambda _s: self._show_state())
        self.recorder.failed.connect(self._recorder_failed)
        self.player.position_changed.connect(lambda _ms: self._show_position())
        self.player.playing_changed.connect(lambda _p: self._show_state())
        self.player.failed.connect(lambda text: self._status(self.tr("无法播放录音：{0}").format(text)))

    def attach(self, host: TranscriptHost) -> None:
        """Work with the transcript tab: its typing box's turns get offsets, its keys
        control playback, and in 核对签字 selecting a turn plays it."""
        self.host = host
        host.doc.use_audio_marks(self.marks)
        keys = {
            "F9": self.play_current_turn, "F10": self.toggle_play,
            "F11": lambda: self.jump(-1), "F12": lambda: self.jump(1),
            "Shift+F11": lambda: self.step_speed(-1), "Shift+F12": lambda: self.step_speed(1),
            "Ctrl+I": self.insert_here,
            QKeySequence(Qt.Key.Key_MediaTogglePlayPause): self.toggle_play,
            QKeySequence(Qt.Key.Key_MediaPlay): self.toggle_play,
            QKeySequence(Qt.Key.Key_MediaPause): self.player.pause,
            QKeySequence(Qt.Key.Key_MediaPrevious): lambda: self.jump(-1),
            QKeySequence(Qt.Key.Key_MediaNext): lambda: self.jump(1),
        }
        self.keys = AudioKeys(host, keys, self)
        host.turns.selectionModel().currentChanged.connect(self._turn_selected)

    # ================================================================ the hearing
    def set_hearing(self, hearing_id: int | None) -> None:
        if hearing_id != self.hearing_id and self.recorder.state != "stopped":
            self.stop_recording()
        self.hearing_id = hearing_id
        self.player.stop()
        self._fill_recordings()
        self._show_state()

    def shutdown(self) -> None:
        """The program is closing: a recording is stopped and made its FLAC file now."""
        if getattr(self, "keys", None) is not None:
            self.keys.remove()
        self.player.stop()
        if self.recorder.state != "stopped":
            hid, key = self.hearing_id, self.recording_id
            self.recorder.stop()
            self.recording_id = None
            if self._finishing is not None:
                self._finishing.wait()
            try:
                self.service.finish(hid, key)
            except (HearingDeskError, OSError, ValueError):
                log.exception("finishing the recording on close failed; recovered at the next start")
        elif self._finishing is not None:
            self._finishing.wait()

    # ================================================================ the clock
    def clock(self) -> tuple[str, int, bool] | None:
        """Where in the sound the recorder is now: the recording being made, else the
        place being listened to (a turn typed while listening), else None (hook.Clock)."""
        if self.recorder.state == "recording" and self.recording_id:
            return self.recording_id, self.recorder.position_ms(), True
        chosen = self.ui.recordingCombo.currentData()
        if chosen and self.player.path is not None and (self.player.playing or self.player.position() > 0):
            return chosen, self.player.position(), self.player.playing
        return None

    # ================================================================ recording
    def _list_inputs(self) -> None:
        """The microphones, once (asking for them loads QtMultimedia)."""
        if not self._inputs_listed and isValid(self):
            self._fill_inputs()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The input list opened (clicked, a key, the wheel) before the microphones were
        listed: they are listed now, and the list opens with them."""
        if (watched is self.ui.inputCombo and not self._inputs_listed
                and event.type() in (QEvent.Type.MouseButtonPress, QEvent.Type.KeyPress, QEvent.Type.Wheel)):
            self._list_inputs()
        return super().eventFilter(watched, event)

    def _fill_inputs(self, *, microphones: bool = True) -> None:
        """The inputs offered, the one of the setting ``audio/input`` chosen (without
        ``microphones``: only 不录音 and a test feed, QtMultimedia not asked)."""
        combo = self.ui.inputCombo
        combo.clear()
        combo.addItem(self.tr("不录音"), NO_INPUT)
        if microphones:
            self._inputs_listed = True
            for choice in inputs():
                combo.addItem(choice.name, choice.key)
        feed = os.environ.get(FEED_VARIABLE)
        if feed and Path(feed).is_file():
            combo.addItem(self.tr("测试音频：{0}").format(Path(feed).name), f"file:{feed}")
        wanted = self.ctx.settings.get("audio/input")
        i = combo.findData(wanted) if wanted else -1
        if i < 0 and not wanted:
            i = 1 if combo.count() > 1 else 0      # the default microphone, when there is one
        combo.setCurrentIndex(max(0, i))
        if microphones:
            self._show_state()

    def _input_chosen(self, i: int) -> None:
        self.ctx.settings.set("audio/input", self.ui.inputCombo.itemData(i))
        self._show_state()

    def start_recording(self) -> None:
        self._list_inputs()
        key = self.ui.inputCombo.currentData()
        if self.hearing_id is None or key in (None, NO_INPUT) or self.recorder.state != "stopped":
            return
        try:
            recording = self.service.begin(self.hearing_id)
            self.recording_id = recording.id
            self.recorder.start(self.service.parts(recording), key,
                                started_at=recording.started_at.isoformat() if recording.started_at else None)
        except (HearingDeskError, OSError) as exc:
            self.recording_id = None
            QMessageBox.warning(self, self.tr("无法开始录音"), str(exc))
            return
        self._clock_timer.start()
        self._fill_recordings(select=recording.id)
        self.recording_changed.emit(True)
        self._status(self.tr("开始录音：{0}").format(recording.file))

    def toggle_pause(self) -> None:
        if self.recorder.state == "recording":
            self.recorder.pause()
        elif self.recorder.state == "paused":
            try:
                self.recorder.resume()
            except OSError as exc:
                QMessageBox.warning(self, self.tr("无法继续录音"), str(exc))
        self._show_state()

    def stop_recording(self) -> None:
        if self.recorder.state == "stopped":
            return
        hid, key = self.hearing_id, self.recording_id
        self.recorder.stop()
        self.recording_id = None
        self._clock_timer.stop()
        self.recording_changed.emit(False)
        self._status(self.tr("录音已停止，正在压缩保存……"))

        def done(recording) -> None:
            self._finishing = None
            self._status(self.tr("录音已保存：{0}（{1}）").format(recording.file, format_ms(recording.duration_ms)))
            if hid == self.hearing_id:
                self._fill_recordings(select=recording.id)

        def failed(exc: BaseException) -> None:
            self._finishing = None
            QMessageBox.warning(self, self.tr("录音未能压缩"),
                                self.tr("录音的分段已保存，下次启动时会再试：{0}").format(exc))

        self._finishing = run_in_background(self, self.service.finish, hid, key, on_done=done, on_error=failed,
                                             description=self.tr("压缩录音"))

    def _recorder_failed(self, text: str) -> None:
        self._status(self.tr("录音出错：{0}").format(text))

    # ================================================================ listening
    def _fill_recordings(self, select: str | None = None) -> None:
        combo = self.ui.recordingCombo
        keep = select or combo.currentData()
        combo.clear()
        if self.hearing_id is None:
            self.player.load(None)
            return
        for r in self.service.all(self.hearing_id):
            label = f"{r.id}  {format_ms(r.duration_ms)}" if r.finished else self.tr("{0}  录音中").format(r.id)
            combo.addItem(label, r.id)
        i = combo.findData(keep) if keep else -1
        combo.setCurrentIndex(i if i >= 0 else combo.count() - 1)
        self._load_chosen()

    def _load_chosen(self, key: str | None = None) -> bool:
        """Load recording ``key`` (default: the one chosen) into the player."""
        combo = self.ui.recordingCombo
        if key is not None and combo.currentData() != key:
            i = combo.findData(key)
            if i < 0:
                self._fill_recordings(select=key)
                i = combo.findData(key)
                if i < 0:
                    return False
            combo.setCurrentIndex(i)
        key = combo.currentData()
        if key is None or self.hearing_id is None:
            self.player.load(None)
            return False
        try:
            recording = self.service.get(self.hearing_id, key)
        except HearingDeskError:
            return False
        pieces = self.service.pieces(recording)
        if not pieces:
            self.player.load(None)
            self._status(self.tr("录音 {0} 的文件不在本机（{1}）。").format(recording.file, self.service.folder))
            return False
        self.player.set_pieces(pieces, live=not recording.finished)
        return True

    def play_current_turn(self) -> None:
        """F9: the current turn (selected, else the last) from its start to its end."""
        if self.host is None or self.host.doc.hearing is None:
            return
        turn = self.host.current_turn()
        if turn is None:
            return
        self.play_turn(turn.seq)

    def play_turn(self, seq: int) -> bool:
        hearing = self.host.doc.hearing if self.host else None
        found = passage(hearing.transcript, seq) if hearing else None
        if found is None:
            self._status(self.tr("这一段没有录音位置（记录时没有录音）。"))
            return False
        if not self._load_chosen(found.recording):
            return False
        self.player.play_range(found.start_ms, found.end_ms)
        return True

    def listen_to_current(self) -> None:
        """Ctrl+E: the turn being corrected plays (when it has a place in the sound)."""
        if self.host is None:
            return
        turn = self.host.current_turn()
        if turn is not None and turn.audio_start_ms is not None:
            self.play_turn(turn.seq)

    def _turn_selected(self, current, _previous) -> None:
        """In 核对签字 the selected turn's passage plays."""
        if self.host is None or self.host.pages.currentIndex() != 1 or not current.isValid():
            return
        turn = self.host.current_turn()
        if turn is not None and turn.audio_start_ms is not None:
            self.play_turn(turn.seq)

    def toggle_play(self) -> None:
        if self.player.path is None and not self._load_chosen():
            return
        self.player.toggle()

    def jump(self, direction: int) -> None:
        if self.player.path is None and not self._load_chosen():
            return
        self.player.skip(direction * JUMP_MS)

    def step_speed(self, step: int) -> None:
        rate = self.player.step_speed(step)
        self.ui.speedCombo.setCurrentIndex(self.ui.speedCombo.findData(rate))

    def insert_here(self) -> None:
        """Ctrl+I: the typing box's turn goes where it was heard in the recording."""
        if self.host is None:
            return
        chosen = self.ui.recordingCombo.currentData()
        if chosen is None or self.player.path is None:
            QMessageBox.information(self, self.tr("补记"), self.tr(
                "补记要按录音中的位置插入：请先选择录音并播放到这段发言处。"))
            return
        at = self.player.position()
        try:
            placed = insert_heard(self.host, chosen, at, at)
        except HearingDeskError as exc:
            QMessageBox.warning(self, self.tr("无法补记"), str(exc))
            return
        number = self.host.doc.model.number_of(placed.seq)
        self._status(self.tr("已补记为第 {0} 段（录音位置 {1}）").format(number, format_ms(placed.audio_start_ms)))

    # ================================================================ options
    def edit_options(self) -> None:
        s = self.ctx.settings
        chosen = AudioOptions.ask(self, s.get("audio/typing_lag_ms"), s.get("audio/back_on_resume_ms"))
        if chosen is not None:
            s.set("audio/typing_lag_ms", chosen[0])
            s.set("audio/back_on_resume_ms", chosen[1])
            self._apply_options()

    def _apply_options(self) -> None:
        self.player.back_on_resume_ms = self.ctx.settings.get("audio/back_on_resume_ms")

    # ================================================================ showing
    def _show_state(self) -> None:
        ui = self.ui
        state = self.recorder.state
        has_hearing = self.hearing_id is not None
        can_record = has_hearing and ui.inputCombo.currentData() not in (None, NO_INPUT)
        ui.recordButton.setEnabled(can_record and state == "stopped")
        ui.inputCombo.setEnabled(state == "stopped")
        ui.pauseButton.setEnabled(state != "stopped")
        ui.pauseButton.setChecked(state == "paused")
        ui.pauseButton.setText(self.tr("继续") if state == "paused" else self.tr("暂停"))
        ui.stopButton.setEnabled(state != "stopped")
        texts = {"recording": (self.tr("● 录音中"), "#c62828"), "paused": (self.tr("录音已暂停"), "#a15c00"),
                 "stopped": ("", "#6b7280")}
        text, color = texts[state]
        ui.recordState.setText(text)
        ui.recordState.setStyleSheet(f"color: {color}; font-weight: bold;")
        listening = ui.recordingCombo.count() > 0
        for b in (ui.playTurnButton, ui.playButton, ui.backButton, ui.forwardButton, ui.insertButton):
            b.setEnabled(listening)
        ui.playButton.setText(self.tr("暂停 F10") if self.player.playing else self.tr("播放 F10"))
        self._show_time()
        self._show_position()

    def _show_time(self) -> None:
        self.ui.recordTime.setText(format_ms(self.recorder.position_ms()) if self.recorder.state != "stopped"
                                   else "--:--")

    def _show_position(self) -> None:
        self.ui.positionLabel.setText(format_ms(self.player.position()) if self.player.path else "--:--")

    def _status(self, text: str) -> None:
        self.ctx.events.status.emit(text)


def recover_recordings(ctx, parent) -> None:
    """At start-up: finish in the background what a killed program was recording."""
    service = ctx.recordings
    if not service.unfinished():
        return

    def done(told: list[str]) -> None:
        for line in told:
            log.info("%s", line)
            ctx.events.status.emit(line)

    run_in_background(parent, service.recover, on_done=done, on_error=lambda exc: log.error("recovery: %s", exc),
                      description=QCoreApplication.translate("AudioBar", "恢复中断的录音"))
