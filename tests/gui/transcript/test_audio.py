"""The recording bar and the listening controls in the 现场笔录 tab, headless: the
sound comes from the fixture WAV fed at real speed (HEARING_DESK_AUDIO_FEED: no sound
card here) and is read back through ``QAudioBufferOutput``. A turn played from its start
must begin within 100 ms of the right place in the sound."""
from __future__ import annotations

import shutil

import numpy as np
import pytest
import soundfile as sf
from PySide6.QtCore import Qt
from PySide6.QtMultimedia import QAudioBufferOutput, QAudioFormat

from hearing_desk.audio import pcm
from hearing_desk.domain.audio import passage
from tests.conftest import DATA
from tests.gui.transcript.conftest import say, stored, type_text

WAV = DATA / "audio" / "hearing-12s.wav"
SOURCE, RATE = sf.read(str(WAV), dtype="int16")


def locate_ms(samples: np.ndarray) -> float:
    """Where in the fixture sound ``samples`` begin (ms), by cross-correlation."""
    probe = samples[:1600].astype(float)
    corr = np.correlate(SOURCE.astype(float), probe, mode="valid")
    return float(np.argmax(corr)) * 1000 / RATE


class Tap:
    """The sound a player sends out, buffer by buffer (QAudioBufferOutput). Each playback
    gets an output of its own."""

    def __init__(self, player):
        self.player = player
        self.buffers: list[np.ndarray] = []
        self.output: QAudioBufferOutput | None = None
        self.asked = 0

    def _take(self, buffer) -> None:
        # After a stop Qt's FFmpeg renderer may still hand the next block of the passage
        # played before to the output; a block stamped more than a second before the
        # position asked for cannot belong to a playback that began within 100 ms of it.
        if buffer.isValid() and buffer.byteCount() and buffer.startTime() // 1000 >= self.asked - 1000:
            self.buffers.append(np.frombuffer(bytes(buffer.constData()), dtype="<i2").copy())

    def first_after(self, qtbot, start, asked_ms: int) -> np.ndarray:
        """The first buffer played after ``start()`` (which asks for ``asked_ms``); where
        it really begins is then found from its samples."""
        self.asked = asked_ms
        start()
        if self.output is not None:
            self.output.audioBufferReceived.disconnect(self._take)
        fmt = QAudioFormat()
        fmt.setSampleRate(RATE)
        fmt.setChannelCount(1)
        fmt.setSampleFormat(QAudioFormat.SampleFormat.Int16)
        self.output = QAudioBufferOutput(fmt, self.player)
        self.output.audioBufferReceived.connect(self._take)
        self.player.media.setAudioBufferOutput(self.output)
        self.buffers = []
        qtbot.waitUntil(lambda: bool(self.buffers), timeout=5000)
        return self.buffers[0]

    def close(self) -> None:
        self.player.stop()
        if self.output is not None:
            self.output.audioBufferReceived.disconnect(self._take)
            self.player.media.setAudioBufferOutput(None)
            self.output = None


@pytest.fixture
def tapping():
    """Taps on players, closed before the test's widgets go (no buffer reaches a dead tap)."""
    taps: list[Tap] = []

    def make(player) -> Tap:
        taps.append(Tap(player))
        return taps[-1]

    yield make
    for t in taps:
        t.close()


@pytest.fixture
def feed(monkeypatch, ctx):
    monkeypatch.setenv("HEARING_DESK_AUDIO_FEED", str(WAV))
    ctx.settings.set("audio/input", f"file:{WAV}")
    ctx.settings.set("audio/typing_lag_ms", 300)


@pytest.fixture
def recorded_id(hearings, tmp_path):
    """The recorded test hearing (tests/data/recorded) with its recording."""
    folder = tmp_path / "recorded"
    shutil.copytree(DATA / "recorded", folder)
    return hearings.import_file(folder / "hearing.json")


def test_turns_typed_while_recording_know_their_place_and_play_from_it(qtbot, feed, tab, hearings, answers, tapping):
    bar = tab.audio
    assert bar.ui.inputCombo.currentData() == f"file:{WAV}"
    assert bar.ui.recordButton.isEnabled()
    bar.ui.recordButton.click()
    assert bar.recorder.state == "recording" and bar.ui.recordState.text() == "● 录音中"
    qtbot.waitUntil(lambda: bar.recorder.position_ms() >= 1500, timeout=5000)
    key_at = bar.recorder.position_ms()
    qtbot.keyClick(tab.typing, Qt.Key.Key_F1)                    # the speaker key starts the turn
    type_text(tab.typing, "现在开始听证。")
    qtbot.waitUntil(lambda: bar.recorder.position_ms() >= key_at + 1200, timeout=5000)
    enter_at = bar.recorder.position_ms()
    qtbot.keyClick(tab.typing, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bar.recorder.position_ms() >= enter_at + 600, timeout=5000)
    say(qtbot, tab, Qt.Key.Key_F2, "陈述人介绍决策事项。")
    qtbot.waitUntil(lambda: bar.ui.levelMeter.value() > 10, timeout=3000)      # the meter moves
    qtbot.waitUntil(lambda: bar.recorder.synced_ms() >= enter_at, timeout=3000)
    bar.ui.stopButton.click()
    qtbot.waitUntil(lambda: bar._finishing is None, timeout=10000)

    hearing = stored(tab, hearings)
    first, second = hearing.transcript[-2:]
    assert first.recording == "r1"
    assert abs(first.audio_start_ms - (key_at - 300)) <= 60       # the key, less the typing lag
    assert abs(first.audio_end_ms - enter_at) <= 60
    assert second.audio_start_ms >= first.audio_end_ms - 300
    recording, = hearing.recordings
    assert recording.finished and recording.duration_ms >= second.audio_end_ms
    flac = bar.service.path(recording)
    back, _ = sf.read(str(flac), dtype="int16")
    assert np.array_equal(back, SOURCE[:len(back)])               # the fed sound, every sample

    tap = tapping(bar.player)
    for turn in (first, second):
        tab.show_turn(turn.seq)
        heard = tap.first_after(qtbot, bar.play_current_turn, turn.audio_start_ms)
        error = locate_ms(heard) - turn.audio_start_ms
        assert -100 < error <= 0, f"turn {turn.seq} began {error:.0f} ms off"
        bar.player.stop()


def test_any_turn_of_the_recorded_hearing_plays_from_its_start(qtbot, make_tab, recorded_id, hearings, answers,
                                                                tapping):
    tab = make_tab(recorded_id)
    bar = tab.audio
    assert bar.ui.recordingCombo.currentData() == "r1"
    tap = tapping(bar.player)
    hearing = hearings.get(recorded_id)
    errors = []
    for turn in hearing.transcript:
        tab.show_turn(turn.seq)
        heard = tap.first_after(qtbot, lambda: qtbot.keyClick(tab.typing, Qt.Key.Key_F9), turn.audio_start_ms)
        errors.append(locate_ms(heard) - turn.audio_start_ms)
        bar.player.stop()
    assert all(-100 < e <= 0 for e in errors), errors


def test_a_passage_stops_at_its_end_and_resume_goes_back(qtbot, make_tab, recorded_id, hearings, answers, ctx, tapping):
    tab = make_tab(recorded_id)
    bar = tab.audio
    hearing = hearings.get(recorded_id)
    first = hearing.transcript[0]
    tab.show_turn(first.seq)
    tapping(bar.player)
    qtbot.keyClick(tab.typing, Qt.Key.Key_F9)
    qtbot.waitUntil(lambda: bar.player.playing, timeout=5000)
    qtbot.waitUntil(lambda: not bar.player.playing, timeout=5000)          # stopped at the end (1480 ms)
    assert first.audio_end_ms <= bar.player.position() <= first.audio_end_ms + 150
    ctx.settings.set("audio/back_on_resume_ms", 2000)
    bar._apply_options()
    bar.player.seek(6000)
    qtbot.waitUntil(lambda: bar.player.position() == 6000, timeout=3000)
    qtbot.keyClick(tab.typing, Qt.Key.Key_F10)                              # resume: 2 s back
    qtbot.waitUntil(lambda: bar.player.playing, timeout=5000)
    assert 4000 <= bar.player.position() < 4600
    qtbot.keyClick(tab.typing, Qt.Key.Key_F10)
    qtbot.waitUntil(lambda: not bar.player.playing, timeout=3000)
    at = bar.player.position()
    qtbot.keyClick(tab.typing, Qt.Key.Key_F11)
    assert bar.player.position() == max(0, at - 10_000)
    qtbot.keyClick(tab.typing, Qt.Key.Key_F12)
    qtbot.keyClick(tab.typing, Qt.Key.Key_F12, Qt.KeyboardModifier.ShiftModifier)
    assert bar.player.speed == 1.1 and bar.ui.speedCombo.currentText() == "1.1×"
    for _ in range(6):
        qtbot.keyClick(tab.typing, Qt.Key.Key_F11, Qt.KeyboardModifier.ShiftModifier)
    assert bar.player.speed == 0.75


def test_a_turn_typed_from_the_recording_goes_where_it_was_heard(qtbot, make_tab, recorded_id, hearings, answers):
    tab = make_tab(recorded_id)
    bar = tab.audio
    before = hearings.get(recorded_id)
    refs_before = {o.id: o.transcript_refs for o in before.opinions}
    bar.player.seek(5500)                          # between the fourth turn (5.02 s) and the fifth (6.65 s)
    qtbot.waitUntil(lambda: bar.player.position() == 5500, timeout=3000)
    qtbot.keyClick(tab.typing, Qt.Key.Key_F1)
    type_text(tab.typing, "（补记）请继续。")
    qtbot.keyClick(tab.typing, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    after = stored(tab, hearings)
    texts = [t.text for t in after.transcript]
    assert texts[:4] == [t.text for t in before.transcript[:4]]
    assert texts[4] == "（补记）请继续。" and texts[5:] == [t.text for t in before.transcript[4:]]
    inserted = after.transcript[4]
    assert (inserted.recording, inserted.audio_start_ms) == ("r1", 5500)
    assert [t.seq for t in after.transcript] == list(range(1, len(before.transcript) + 2))
    moved = {t.seq: after.transcript[i + (i >= 4)].seq for i, t in enumerate(before.transcript)}
    for o in after.opinions:                       # the opinions still point at their turns
        assert o.transcript_refs == [moved[r] for r in refs_before[o.id]]
    assert tab.typing.toPlainText() == "" and tab.doc.model.rowCount() == len(before.transcript) + 1
    assert tab.current_turn().seq == inserted.seq
    assert passage(after.transcript, inserted.seq).start_ms == 5500


def test_insertion_is_refused_once_the_transcript_was_locked(qtbot, make_tab, recorded_id, hearings, answers, db):
    from hearing_desk.services.attendance import AttendanceService
    from hearing_desk.services.transcript import TranscriptService

    AttendanceService(db).set_attendance(recorded_id, {p.id: True for p in hearings.get(recorded_id).people})
    TranscriptService(db).lock(recorded_id)
    TranscriptService(db).unlock(recorded_id)
    tab = make_tab(recorded_id)
    tab.audio.player.seek(3000)
    qtbot.keyClick(tab.typing, Qt.Key.Key_F1)
    type_text(tab.typing, "补记")
    count = len(hearings.get(recorded_id).transcript)
    qtbot.keyClick(tab.typing, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    assert answers.shown and "锁定过" in answers.shown[-1][1]
    assert len(hearings.get(recorded_id).transcript) == count
    assert tab.typing.toPlainText() == "补记"


def test_in_signoff_and_in_correction_the_selected_turn_plays(qtbot, make_tab, recorded_id, hearings, answers, tapping):
    tab = make_tab(recorded_id)
    bar = tab.audio
    tap = tapping(bar.player)
    hearing = hearings.get(recorded_id)
    tab.show_page(1)                                                      # 核对签字
    third = hearing.transcript[2]
    heard = tap.first_after(qtbot, lambda: tab.show_turn(third.seq), third.audio_start_ms)
    assert -100 < locate_ms(heard) - third.audio_start_ms <= 0
    bar.player.stop()
    tab.show_page(0)
    sixth = hearing.transcript[5]
    tab.show_turn(sixth.seq)
    ctrl_e = (tab.typing, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    heard = tap.first_after(qtbot, lambda: qtbot.keyClick(*ctrl_e), sixth.audio_start_ms)
    assert tab.delegate.editor is not None                                 # correcting …
    assert -100 < locate_ms(heard) - sixth.audio_start_ms <= 0              # … while it plays
    bar.player.stop()


def test_without_a_microphone_the_bar_offers_no_recording(qtbot, tab, monkeypatch):
    bar = tab.audio
    monkeypatch.delenv("HEARING_DESK_AUDIO_FEED", raising=False)
    bar._fill_inputs()
    assert [bar.ui.inputCombo.itemText(i) for i in range(bar.ui.inputCombo.count())] == ["不录音"]
    bar._show_state()
    assert not bar.ui.recordButton.isEnabled()
    assert not bar.ui.playTurnButton.isEnabled()                          # the sample has no recording
    qtbot.keyClick(tab.typing, Qt.Key.Key_F9)                              # and F9 does nothing harmful


def test_a_recording_segment_in_progress_plays_while_recording(qtbot, feed, tab, hearings, answers, tapping):
    """Ctrl+E during the hearing: the turn plays from the segments still being written."""
    bar = tab.audio
    bar.ui.recordButton.click()
    qtbot.waitUntil(lambda: bar.recorder.position_ms() >= 1000, timeout=5000)
    say(qtbot, tab, Qt.Key.Key_F1, "第一句。")
    qtbot.waitUntil(lambda: bar.recorder.synced_ms() >= bar.recorder.position_ms() - 100 and
                    bar.recorder.position_ms() > 2500, timeout=5000)
    turn = stored(tab, hearings).transcript[-1]
    tap = tapping(bar.player)
    heard = tap.first_after(qtbot, bar.play_current_turn, turn.audio_start_ms)
    assert -100 < locate_ms(heard) - turn.audio_start_ms <= 0
    bar.player.stop()
    bar.ui.stopButton.click()
    qtbot.waitUntil(lambda: bar._finishing is None, timeout=10000)
    assert pcm.sha256_of(bar.service.path(hearings.get(tab.hearing_id).recordings[0])) == \
        hearings.get(tab.hearing_id).recordings[0].sha256



# ---------------------------------------------------------------- QtMultimedia only when needed

def test_the_player_makes_its_media_player_only_to_play(qtbot, make_tab, recorded_id, ctx, answers, tapping):
    """Choosing a recording, a seek, the speed, a stop: remembered without QtMultimedia's
    player; playing makes it, the file opened at the place asked for."""
    tab = make_tab(recorded_id)
    bar = tab.audio
    player = bar.player
    assert player.path is not None and bar.ui.recordingCombo.currentData() == "r1"
    player.seek(6000)
    assert player.position() == 6000 and bar.clock() == ("r1", 6000, False)
    bar.step_speed(1)
    assert player.speed == 1.1 and bar.ui.speedCombo.currentText() == "1.1×"
    bar.step_speed(-1)
    player.pause()
    player.stop()
    assert not player.playing and player.duration() == 0 and player.position() == 6000
    assert not player.started                               # nothing played: no QMediaPlayer yet
    ctx.settings.set("audio/back_on_resume_ms", 2000)
    bar._apply_options()
    heard = tapping(player).first_after(qtbot, lambda: qtbot.keyClick(tab.typing, Qt.Key.Key_F10), 4000)
    assert player.started
    assert -100 < locate_ms(heard) - 4000 <= 0               # 2 s back from the seek made before


def test_the_speed_chosen_before_the_player_is_made_is_its_speed(qtbot):
    from hearing_desk.audio.playback import Player

    player = Player(with_output=False)
    assert player.set_speed(1.25) == 1.25 and player.speed == 1.25 and not player.started
    assert player.media.playbackRate() == pytest.approx(1.25) and player.started
    assert player.speed == 1.25 and player.output is None


@pytest.fixture
def microphones(monkeypatch):
    """Two microphones the bar is told of (this machine has none); the calls counted."""
    from hearing_desk.audio.capture import InputChoice
    from hearing_desk.ui.audio import bar as bar_module

    asked: list[int] = []

    def inputs():
        asked.append(1)
        return [InputChoice("dev:01", "内置麦克风"), InputChoice("dev:02", "USB 麦克风")]

    monkeypatch.setattr(bar_module, "inputs", inputs)
    monkeypatch.delenv("HEARING_DESK_AUDIO_FEED", raising=False)
    return asked


@pytest.fixture
def starting():
    """A start-up in progress (ui/startup.py): work for after the first paint is held."""
    from hearing_desk.ui import startup

    startup.hold()
    yield startup
    startup.drop()


def _offered(bar) -> list[str]:
    return [bar.ui.inputCombo.itemData(i) for i in range(bar.ui.inputCombo.count())]


def test_the_microphones_are_listed_after_the_first_paint_and_the_setting_kept(qtbot, ctx, hearing_id, microphones,
                                                                              starting):
    from hearing_desk.ui.audio.bar import AudioBar

    ctx.settings.set("audio/input", "dev:02")
    bar = AudioBar(ctx, with_output=False)
    qtbot.addWidget(bar)
    bar.set_hearing(hearing_id)
    assert microphones == [] and _offered(bar) == ["none"]  # before the paint: not asked
    assert not bar.ui.recordButton.isEnabled()
    starting.release_after_paint(bar)
    bar.show()
    qtbot.waitUntil(lambda: bool(microphones))
    assert _offered(bar) == ["none", "dev:01", "dev:02"]
    assert bar.ui.inputCombo.currentData() == "dev:02"      # the setting "audio/input" honoured
    assert bar.ui.recordButton.isEnabled()
    assert ctx.settings.get("audio/input") == "dev:02"
    bar._list_inputs()
    assert len(microphones) == 1                            # asked once
    bar.shutdown()


def test_the_input_list_opened_before_the_paint_lists_the_microphones_at_once(qtbot, ctx, hearing_id, microphones,
                                                                              starting):
    from hearing_desk.ui.audio.bar import AudioBar

    ctx.settings.set("audio/input", "")
    bar = AudioBar(ctx, with_output=False)
    qtbot.addWidget(bar)
    bar.set_hearing(hearing_id)
    bar.show()                                              # no paint is waited for: the work stays held
    qtbot.waitExposed(bar)
    assert microphones == []
    qtbot.mouseClick(bar.ui.inputCombo, Qt.MouseButton.LeftButton)
    bar.ui.inputCombo.hidePopup()
    assert len(microphones) == 1 and _offered(bar) == ["none", "dev:01", "dev:02"]
    assert bar.ui.inputCombo.currentData() == "dev:01"      # no setting: the default microphone
    assert bar.ui.recordButton.isEnabled()
    bar.shutdown()
