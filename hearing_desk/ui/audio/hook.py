"""The contract between the transcript tab and the audio bar.

The tab is the transcript's owner; the bar only needs a few of its parts, listed in
:class:`TranscriptHost`. The tab's side:

* ``document.py``: its audio marks (a :class:`TurnMarks`, given by ``use_audio_marks``) are told when the
  typing box's turn gets its speaker or its first key (:meth:`TurnMarks.start`), when the
  box is emptied (:meth:`TurnMarks.forget`) and when Enter records it
  (:meth:`TurnMarks.end`); the offsets are fields of the turn, so they are stored with
  the typing box and survive a crash;
* ``tab.py``: builds the bar below the typing box, gives it the tab (``attach``), tells
  it the hearing (``set_hearing``), stops it on ``shutdown``, and plays the turn being
  corrected with Ctrl+E (``listen_to_current``).
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication

from ...domain import Turn
from ...domain.audio import insertion_index, start_offset
from ...domain.turns import needs_speaker, next_seq
from ...errors import BadInput, HearingDeskError
from ...services.changes import Changes
from ...services.record import now_local

#: (recording id, position in ms, running) of the sound the recorder hears now, or None;
#: running: the sound goes on (recording, playing) – a paused player's place is exact
Clock = Callable[[], "tuple[str, int, bool] | None"]


class TranscriptHost(Protocol):
    """What the audio bar uses of the transcript tab."""
    ctx: Any
    doc: Any            # TranscriptDocument: hearing, hearing_id, draft, writer, reload(), save_draft(),
                        # use_audio_marks()
    typing: Any         # the typing box (QPlainTextEdit)
    turns: Any          # the turn list (QTableView); its selectionModel() tells the current turn
    pages: Any          # QStackedWidget: page 1 is 核对签字

    def current_turn(self) -> Turn | None: ...
    def show_turn(self, seq: int) -> None: ...
    def isAncestorOf(self, child: Any) -> bool: ...     # the tab is a QWidget


class TurnMarks:
    """Puts the recording's clock into the typing box's turn: its start at the speaker
    key or first key (whichever comes first, less the typing lag while the sound runs on;
    a paused player's place is taken as it is), its end at Enter."""

    def __init__(self, clock: Clock, lag_ms: Callable[[], int]):
        self.clock = clock
        self.lag_ms = lag_ms

    def start(self, turn: Turn | None) -> None:
        now = self.clock()
        if turn is None or now is None or turn.audio_start_ms is not None:
            return
        lag = self.lag_ms() if now[2] else 0
        turn.recording, turn.audio_start_ms, turn.audio_end_ms = now[0], start_offset(now[1], lag), None

    def forget(self, turn: Turn | None) -> None:
        """The box was emptied: the next first key starts the turn again."""
        if turn is not None:
            turn.recording, turn.audio_start_ms, turn.audio_end_ms = None, None, None

    def end(self, turn: Turn) -> Turn:
        """The turn as Enter records it: with its end (when it has a start in this recording)."""
        now = self.clock()
        if now is None or turn.audio_start_ms is None or turn.recording != now[0]:
            return turn
        return replace(turn, audio_end_ms=max(turn.audio_start_ms, now[1]))


def insert_heard(host: TranscriptHost, recording: str, heard_ms: int, now_ms: int) -> Turn:
    """The typing box's turn, typed while listening, goes into the transcript where the
    sound was heard (domain.audio.insertion_index); the box starts a new turn."""
    doc = host.doc
    text = host.typing.toPlainText().strip()
    if doc.draft is None or doc.hearing_id is None:
        raise BadInput(QCoreApplication.translate("AudioBar", "没有打开的听证会。"))
    if not text:
        raise BadInput(QCoreApplication.translate(
            "AudioBar", "输入框是空的：先边听边输入这段发言，再按 Ctrl+I 补记。"))
    if needs_speaker(doc.draft):
        raise BadInput(QCoreApplication.translate(
            "AudioBar", "这段发言还没有发言人：请先选定发言人（F1 主持人、F5 参加人…），"
                        "或按 F7 记为程序记录。输入的文字仍在输入框中。"))
    draft = doc.draft
    start = draft.audio_start_ms if draft.recording == recording and draft.audio_start_ms is not None else heard_ms
    turn = replace(draft, text=text, at=draft.at or now_local(), recording=recording,
                   audio_start_ms=start, audio_end_ms=max(start, now_ms))
    if not doc.writer.flush():
        raise HearingDeskError(QCoreApplication.translate(
            "AudioBar", "数据库暂时无法写入（自动保存仍在重试），请稍后再试。"))
    index = insertion_index(doc.hearing.transcript, doc.hearing.recordings, recording, start)
    placed = doc.ctx.transcript.insert_turn(doc.hearing_id, turn, index)
    host.typing.blockSignals(True)
    host.typing.clear()
    host.typing.blockSignals(False)
    doc.draft = Turn(0, "", draft.speaker, draft.speaker_label, agenda_item=draft.agenda_item, kind=draft.kind)
    changes = Changes(doc.hearing_id, transcript=True, opinions=True, listing=True)
    doc.reload()                                # seqs moved: read the transcript again
    doc.draft.seq = next_seq(doc.hearing)
    doc.save_draft("")
    doc.ctx.events.changed.emit(changes)        # other tabs read what moved
    host.show_turn(placed.seq)
    return placed
