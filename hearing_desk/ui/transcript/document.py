"""The transcript tab's state, apart from its widgets: the hearing, the turn model,
the typing box's unfinished turn (speaker, agenda step, when it began) and the
writes of the typing box.

Typing never waits for the disk: the unfinished turn and committed turns go
through :class:`~hearing_desk.services.writer.TranscriptWriter` (a thread of
its own), and the model shows a committed turn at once. Every other change
(corrections, deletions, opinions, lock, signatures – ``commands.py`` and the
controllers) first waits for the writer (:meth:`sync`), then calls a service, and
announces its :class:`~hearing_desk.services.changes.Changes`; the document then
reads again only what they name (:meth:`refresh`), so what it holds is what the
database holds, whoever changed it.
"""
from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace

from PySide6.QtCore import QObject, Signal

from ...domain import Hearing, Person, Role, Turn, TurnKind
from ...domain.signing import Signer, signers
from ...domain.turns import needs_speaker, next_seq
from ...errors import BadInput, HearingDeskError, TranscriptLocked, describe_failure
from ...services.changes import Changes
from ...services.record import now_local
from ...services.speakers import Candidate, candidates, preload_pinyin
from ...services.writer import TranscriptWriter
from ..names import QT_TRANSLATE_NOOP
from ..startup import after_first_paint
from .model import TurnTableModel


@contextmanager
def _gc_paused() -> Iterator[None]:
    """Reading 3,000 turns makes tens of thousands of objects, all kept: a full
    garbage collection in the middle would only add a pause to opening the tab."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


@dataclass(frozen=True)
class SpeakerKey:
    """A fixed key for an official's role (pressed again: the next person of that role)."""
    key: str
    role: Role
    title: str           # shown in the key map


SPEAKER_KEYS = (
    SpeakerKey("F1", Role.HOST, QT_TRANSLATE_NOOP("names", "主持人")),
    SpeakerKey("F2", Role.PRESENTER, QT_TRANSLATE_NOOP("names", "陈述人")),
    SpeakerKey("F3", Role.HEARING_OFFICER, QT_TRANSLATE_NOOP("names", "听证员")),
    SpeakerKey("F4", Role.RECORDER, QT_TRANSLATE_NOOP("names", "记录员")),
    SpeakerKey("F6", Role.STAFF, QT_TRANSLATE_NOOP("names", "工作人员")),
)
#: the label of a staff member who is not in the people list
STAFF_LABEL = "工作人员"

#: what the tab shows of a hearing apart from its turns, opinions and record: who takes
#: part and what they are called, the agenda, the procedure settings
_CONTEXT = ("people", "attendance", "fields", "settings", "agenda")


class TranscriptDocument(QObject):
    #: another hearing (or none) was opened: everything is new, the typing box's text too
    opened = Signal()
    #: people, what they are called, the agenda or the settings changed
    context_changed = Signal()
    #: the typing box's speaker, kind, agenda step or start time changed
    draft_changed = Signal()
    #: the lock, the change log or a signature changed
    record_changed = Signal()
    #: a write of the typing box reached the database (text: when)
    saved = Signal(str)
    #: a write failed and is being retried (text: the reason)
    save_failed = Signal(str)

    _written = Signal(str, int, object)
    _write_error = Signal(object)

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.service = ctx.transcript
        self.opinions = ctx.opinions
        self.model = TurnTableModel(self)
        self.hearing_id: int | None = None
        self.hearing: Hearing | None = None
        self.draft: Turn | None = None          # the typing box's turn; its text is in the box
        self.closed = False
        self._before_note: tuple[str | None, str | None] | None = None
        self._candidates: list[Candidate] | None = None
        self._pending: Changes | None = None    # changes not yet read (the tab was hidden)
        self._announcing = False
        after_first_paint(preload_pinyin)      # the speaker picker's pinyin tables (ui/startup.py)
        self._written.connect(self._on_written)
        self._write_error.connect(self._on_write_error)
        self.writer = TranscriptWriter(self.service, on_saved=self._from_writer(self._written),
                                       on_error=self._from_writer(self._write_error))
        self.audio_marks = None        # see use_audio_marks

    # ================================================================ opening
    def use_audio_marks(self, marks) -> None:
        """The audio bar's clock (``ui/audio/hook.TurnMarks``): the typing box's turn gets
        its offsets into the recording – the speaker key or first key starts it, emptying
        the box forgets it, Enter ends it – and they are stored with the turn."""
        self.audio_marks = marks

    def open(self, hearing_id: int | None) -> None:
        self.writer.flush()
        self.hearing_id = hearing_id
        self._candidates = None
        self._before_note = None
        self._pending = None
        if hearing_id is None:
            self.hearing, self.draft = None, None
            self.model.reset(None)
            self.opened.emit()
            return
        with _gc_paused():
            state = self.service.load(hearing_id)
        self.hearing = state.hearing
        draft = state.draft
        if draft is None:
            last = self.hearing.transcript[-1] if self.hearing.transcript else None
            agenda = last.agenda_item if last and last.agenda_item is not None else \
                (self.hearing.agenda[0].seq if self.hearing.agenda else None)
            draft = Turn(next_seq(self.hearing), "", agenda_item=agenda)
        else:
            draft.seq = next_seq(self.hearing, draft)
        self.draft = draft
        self.model.reset(self.hearing)
        self.opened.emit()

    def reload(self) -> None:
        """Read the whole hearing again (it was replaced, or changed in every part); the
        typing box's turn stays."""
        if self.hearing_id is None:
            return
        self.writer.flush()
        self._pending = None
        with _gc_paused():
            self.hearing = self.service.load(self.hearing_id).hearing
        self._candidates = None
        self._fit_draft()
        self.model.reset(self.hearing)
        self.context_changed.emit()
        self.record_changed.emit()
        self.draft_changed.emit()

    def close(self) -> bool:
        """Store what is queued and stop the writer (when the program ends)."""
        if self.closed:
            return True
        self.closed = True
        return self.writer.close()

    @staticmethod
    def _from_writer(signal):
        """A callback for the writer's thread: the signal is delivered in the GUI thread."""
        def emit(*args):
            try:
                signal.emit(*args)
            except RuntimeError:        # the document is gone (the program is closing)
                pass
        return emit

    # ================================================================ what changed elsewhere
    def concerns(self, changes: Changes) -> bool:
        """Do ``changes`` touch what this document holds (and were not its own news)?"""
        return not self._announcing and self.hearing_id is not None and changes.hearing_id == self.hearing_id \
            and changes.any("transcript", "opinions", "record", *_CONTEXT)

    def defer(self, changes: Changes) -> None:
        """Remember ``changes`` to read them when the tab is shown again."""
        self._pending = changes if self._pending is None else self._pending | changes

    @property
    def stale(self) -> bool:
        """Were changes deferred and not yet read?"""
        return self._pending is not None

    def refresh_pending(self) -> None:
        if self._pending is not None:
            pending, self._pending = self._pending, None
            self.refresh(pending)

    def refresh(self, changes: Changes) -> None:
        """Read again what ``changes`` name and show it; the rest stays as it is."""
        if self.hearing is None or self.hearing_id is None or changes.hearing_id != self.hearing_id:
            return
        if changes.touched >= Changes.everything(self.hearing_id).touched:
            self.reload()
            return
        context = changes.any(*_CONTEXT)
        if changes.transcript or context:
            self.writer.flush()             # the turns as typed, before they are read
            with _gc_paused():
                fresh = self.service.load(self.hearing_id).hearing
            turns = fresh.transcript
            self.model.follow(fresh)        # the rows stay; everything else is as read
            self.hearing = fresh
            if changes.transcript:
                self.model.sync_turns(turns)
        else:
            if changes.opinions:
                self.hearing.opinions = self.opinions.all(self.hearing_id)
            if changes.record:
                history = self.service.history(self.hearing_id)
                self.hearing.locks, self.hearing.changes = history.locks, history.changes
                self.hearing.people = self.ctx.signatures.people(self.hearing_id)
            self.model.refresh_links()
        if context:
            self._candidates = None
            self._fit_draft()
            self.model.relabel()
            self.context_changed.emit()
            self.draft_changed.emit()
        if changes.record or context:
            self.record_changed.emit()

    def _fit_draft(self) -> None:
        """The typing box's turn after a new reading: after every turn, with a speaker
        and an agenda step that still exist."""
        if self.draft is None or self.hearing is None:
            return
        self.draft.seq = next_seq(self.hearing, self.draft)
        if self.draft.speaker and self.hearing.person(self.draft.speaker) is None:
            self.draft.speaker = None
        if self.draft.agenda_item not in {a.seq for a in self.hearing.agenda}:
            self.draft.agenda_item = self.hearing.agenda[0].seq if self.hearing.agenda else None

    def _announce(self, changes: Changes) -> None:
        """Tell the other tabs of a change this document shows already."""
        self._announcing = True
        try:
            self.ctx.events.changed.emit(changes)
        finally:
            self._announcing = False

    # ================================================================ state
    @property
    def locked(self) -> bool:
        return bool(self.hearing and self.hearing.is_locked)

    @property
    def ever_locked(self) -> bool:
        """Locked now, or locked before and unlocked: changes are being logged."""
        return bool(self.hearing and self.hearing.ever_locked)

    def speaker_text(self) -> str:
        if self.draft is None:
            return ""
        return self.model.speaker_text(self.draft)

    def speaker_person(self) -> Person | None:
        if self.hearing is None or self.draft is None:
            return None
        return self.hearing.person(self.draft.speaker)

    #: a turn begun longer ago than this is not timed from its first key (a clock set wrong)
    MAX_SPEAKING_SECONDS = 12 * 3600

    def draft_elapsed(self) -> float:
        """Seconds since the typing box's turn began (its first key), 0 when it has none:
        the speaking clock goes on from there when the turn is shown again."""
        at = self.draft.at if self.draft is not None else None
        if at is None:
            return 0.0
        now = now_local()
        seconds = ((now if at.tzinfo is not None else now.replace(tzinfo=None)) - at).total_seconds()
        return seconds if 0 <= seconds <= self.MAX_SPEAKING_SECONDS else 0.0

    def speaking_limit_seconds(self) -> int | None:
        """The limit for the current speaker: participants only."""
        person = self.speaker_person()
        if person is None or person.role is not Role.PARTICIPANT or self.hearing is None:
            return None
        minutes = self.hearing.settings.speaking_limit_minutes
        return minutes * 60 if minutes and minutes > 0 else None

    def candidates(self) -> list[Candidate]:
        if self._candidates is None:
            self._candidates = candidates(self.hearing) if self.hearing else []
        return self._candidates

    def people_for(self, key: SpeakerKey) -> list[Person]:
        return self.hearing.people_in(key.role) if self.hearing else []

    def key_target(self, key: SpeakerKey) -> str:
        """Who a speaker key gives now (``杨成``), or why it gives nobody."""
        people = self.people_for(key)
        if people:
            return "、".join(p.name for p in people)
        return "" if key.role is Role.STAFF else self.tr("（本场没有）")

    def signers(self) -> list[Signer]:
        """Who signs the transcript: one line per person, officials first (domain rule)."""
        return signers(self.hearing) if self.hearing is not None else []

    # ================================================================ the typing box
    def key_choice(self, key: SpeakerKey) -> tuple[str | None, str | None] | None:
        """(person id, label) a fixed key gives now – pressed again, the next person of
        that role – or None when the hearing has nobody in that role."""
        people = self.people_for(key)
        if not people:
            return (None, STAFF_LABEL) if key.role is Role.STAFF else None
        ids = [p.id for p in people]
        current = self.draft.speaker if self.draft else None
        person = people[(ids.index(current) + 1) % len(ids)] if current in ids else people[0]
        return person.id, None

    def set_speaker(self, person_id: str | None, label: str | None = None) -> bool:
        """Who speaks in the typing box's turn. Returns True when the speaker changed."""
        if self.draft is None:
            return False
        was = (self.draft.speaker, self.draft.speaker_label, self.draft.kind)
        self.draft.speaker, self.draft.speaker_label = person_id, (None if person_id else label)
        self.draft.kind = None
        self._before_note = None
        if self.audio_marks is not None and (person_id or label):       # the speaker key starts it
            self.audio_marks.start(self.draft)
        self.draft_changed.emit()
        return was != (self.draft.speaker, self.draft.speaker_label, self.draft.kind)

    def set_note_mode(self) -> None:
        """The typing box's turn becomes a procedural note (Enter records it as one)."""
        if self.draft is None or self.draft.kind is TurnKind.NOTE:
            return
        self._before_note = (self.draft.speaker, self.draft.speaker_label)
        self.draft.speaker, self.draft.speaker_label, self.draft.kind = None, None, TurnKind.NOTE
        self.draft_changed.emit()

    def set_agenda(self, seq: int | None) -> None:
        if self.draft is not None and self.draft.agenda_item != seq:
            self.draft.agenda_item = seq
            self.draft_changed.emit()

    def step_agenda(self, step: int) -> None:
        if self.hearing is None or not self.hearing.agenda or self.draft is None:
            return
        seqs = [a.seq for a in self.hearing.agenda]
        current = seqs.index(self.draft.agenda_item) if self.draft.agenda_item in seqs else -1
        self.set_agenda(seqs[max(0, min(len(seqs) - 1, current + step))])

    def text_changed(self, empty: bool) -> bool:
        """The typing box's text changed: a turn's time is the first key of its text, so
        it is set when the box stops being empty and forgotten when it is emptied (cleared
        and typed again: the time of the new first key). True when the time changed."""
        if self.draft is None:
            return False
        if self.audio_marks is not None:           # the first key starts it in the sound, emptying forgets
            (self.audio_marks.forget if empty else self.audio_marks.start)(self.draft)
        if empty and self.draft.at is not None:
            self.draft.at = None
            return True
        if not empty and self.draft.at is None:
            self.draft.at = now_local()
            return True
        return False

    def save_draft(self, text: str) -> None:
        """Queue the typing box for the database (returns at once)."""
        if self.draft is None or self.hearing_id is None or self.closed:
            return
        self.draft.text = text
        self.writer.save_draft(self.hearing_id, self.draft)

    def commit(self, text: str) -> Turn | None:
        """Enter: the typed turn goes into the transcript; the box starts a new turn."""
        text = text.strip()
        if self.draft is None or self.hearing_id is None or not text:
            return None
        if self.locked:
            raise TranscriptLocked(self.tr("笔录已锁定待签字，修改前请先解锁。"))
        if needs_speaker(self.draft):
            raise BadInput(self.tr("这段发言还没有发言人：请先选定发言人（F1 主持人、F2 陈述人、F5 参加人…），"
                                   "或按 F7 记为程序记录。输入的文字仍在输入框中。"))
        turn = replace(self.draft, text=text, at=self.draft.at or now_local())
        if self.audio_marks is not None:           # Enter ends the turn in the sound
            turn = self.audio_marks.end(turn)
        after = Turn(turn.seq + 1, "", turn.speaker, turn.speaker_label, agenda_item=turn.agenda_item)
        if turn.is_note:
            after.speaker, after.speaker_label = self._before_note or (None, None)
            self._before_note = None
        self.writer.append(self.hearing_id, turn, after)
        self.draft = after
        self.model.insert_turn(turn)
        self.draft_changed.emit()
        return turn

    def add_note(self, text: str, box_text: str) -> Turn | None:
        """A procedural note goes into the transcript now, before the typed turn."""
        text = text.strip()
        if self.draft is None or self.hearing_id is None or not text:
            return None
        if self.locked:
            raise TranscriptLocked(self.tr("笔录已锁定待签字，修改前请先解锁。"))
        note = Turn(self.draft.seq, text, None, at=now_local(), kind=TurnKind.NOTE,
                    agenda_item=self.draft.agenda_item)
        self.draft.seq += 1
        self.draft.text = box_text
        self.writer.append(self.hearing_id, note, self.draft)
        self.model.insert_turn(note)
        return note

    def _on_written(self, kind: str, hearing_id: int, turn) -> None:
        if hearing_id == self.hearing_id:       # (not the last words of the hearing shown before)
            self.saved.emit(now_local().strftime("%H:%M:%S"))
        if kind != "append":
            return                          # the typing box's own text is no change of the record
        if hearing_id == self.hearing_id:
            # the model shows the turn already; after a lock the change log grew
            logged = self.ever_locked
            if logged:
                self.refresh(Changes(hearing_id, record=True))
        else:
            logged = True                   # written after another hearing was opened
        self._announce(Changes(hearing_id, transcript=True, record=logged))

    def _on_write_error(self, exc) -> None:
        self.save_failed.emit(describe_failure(exc))     # never the SQL or the typed text

    # ================================================================ other writes
    def sync(self) -> None:
        """Wait until the typing box's writes are stored (before any other write)."""
        if not self.writer.flush():
            raise HearingDeskError(self.tr("数据库暂时无法写入（自动保存仍在重试），请稍后再试。"))
