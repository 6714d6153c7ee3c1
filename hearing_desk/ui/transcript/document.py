"""The transcript tab's state, apart from its widgets: the hearing, the turn model,
the typing box's unfinished turn (speaker, agenda step, when it began) and the
writes to the database.

Typing never waits for the disk: the unfinished turn and committed turns go
through :class:`~hearing_desk.services.writer.TranscriptWriter` (a thread of
its own). Every other change (corrections, deletions, opinions, lock,
signatures) first waits for the writer, then calls the service directly; undo
commands call these methods with stored ids and values.
"""
from __future__ import annotations

import gc
from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import dataclass, replace

from PySide6.QtCore import QObject, Signal

from ...domain import Hearing, Opinion, Person, Role, Signature, SignatureStatus, Turn, TurnKind
from ...domain.signing import Signer, signers
from ...domain.turns import needs_speaker, next_seq
from ...errors import BadInput, HearingDeskError, TranscriptLocked
from ...services.record import now_local
from ...services.speakers import Candidate, candidates, preload_pinyin
from ...services.transcript import DeletedTurn, Unlocked
from ...services.writer import TranscriptWriter
from .model import TurnTableModel


@contextmanager
def _gc_paused():
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
    SpeakerKey("F1", Role.HOST, "主持人"),
    SpeakerKey("F2", Role.PRESENTER, "陈述人"),
    SpeakerKey("F3", Role.HEARING_OFFICER, "听证员"),
    SpeakerKey("F4", Role.RECORDER, "记录员"),
    SpeakerKey("F6", Role.STAFF, "工作人员"),
)
#: the label of a staff member who is not in the people list
STAFF_LABEL = "工作人员"


class TranscriptDocument(QObject):
    #: a hearing was opened or reloaded: everything may be different
    loaded = Signal()
    #: the typing box's speaker, kind or agenda step changed
    draft_changed = Signal()
    #: lock state, fingerprint or change log changed
    lock_changed = Signal()
    #: a signature changed
    signatures_changed = Signal()
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
        self.model = TurnTableModel(self)
        self.hearing_id: int | None = None
        self.hearing: Hearing | None = None
        self.draft: Turn | None = None          # the typing box's turn; its text is in the box
        self._before_note: tuple[str | None, str | None] | None = None
        self._candidates: list[Candidate] | None = None
        self._emitting = False
        preload_pinyin()
        self._written.connect(self._on_written)
        self._write_error.connect(self._on_write_error)
        self.writer = TranscriptWriter(self.service, on_saved=self._from_writer(self._written),
                                       on_error=self._from_writer(self._write_error))
        ctx.events.hearing_changed.connect(self._on_hearing_changed)
        self.stale = False
        self.closed = False
        #: asks whether to unlock the locked transcript of a hearing (set by the tab)
        self.ask_unlock: Callable[[int], bool] = lambda hearing_id: False

    # ================================================================ opening
    def open(self, hearing_id: int | None) -> None:
        self.writer.flush()
        self.hearing_id = hearing_id
        self._candidates = None
        self._before_note = None
        self.stale = False
        if hearing_id is None:
            self.hearing, self.draft = None, None
            self.model.reset(None)
            self.loaded.emit()
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
        self.loaded.emit()

    def reload(self) -> None:
        """Read the hearing again (another tab changed it); the typing box's turn stays."""
        if self.hearing_id is None:
            return
        self.writer.flush()
        self.stale = False
        with _gc_paused():
            self.hearing = self.service.load(self.hearing_id).hearing
        self._candidates = None
        if self.draft is not None:
            self.draft.seq = next_seq(self.hearing, self.draft)
            if self.draft.speaker and self.hearing.person(self.draft.speaker) is None:
                self.draft.speaker = None
            if self.draft.agenda_item not in {a.seq for a in self.hearing.agenda}:
                self.draft.agenda_item = self.hearing.agenda[0].seq if self.hearing.agenda else None
        self.model.reset(self.hearing)
        self.loaded.emit()

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

    def _on_hearing_changed(self, hearing_id: int) -> None:
        if not self._emitting and hearing_id == self.hearing_id:
            self.stale = True

    def _changed(self, hearing_id: int | None = None) -> None:
        self._emitting = True
        try:
            self.ctx.events.hearing_changed.emit(hearing_id or self.hearing_id)
        finally:
            self._emitting = False

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

    def pick_key(self, key: SpeakerKey) -> bool:
        """The speaker for a fixed key (see :meth:`key_choice`). True when it changed."""
        choice = self.key_choice(key)
        return self.set_speaker(*choice) if choice is not None else False

    def set_speaker(self, person_id: str | None, label: str | None = None) -> bool:
        """Who speaks in the typing box's turn. Returns True when the speaker changed."""
        if self.draft is None:
            return False
        was = (self.draft.speaker, self.draft.speaker_label, self.draft.kind)
        self.draft.speaker, self.draft.speaker_label = person_id, (None if person_id else label)
        self.draft.kind = None
        self._before_note = None
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
        self.saved.emit(now_local().strftime("%H:%M:%S"))
        if kind == "append" and hearing_id == self.hearing_id:
            if self.ever_locked:
                self._refresh_changes()
            self._changed(hearing_id)

    def _on_write_error(self, exc) -> None:
        self.save_failed.emit(str(exc))

    # ================================================================ corrections (sync)
    def _sync(self) -> None:
        if not self.writer.flush():
            raise HearingDeskError(self.tr("数据库暂时无法写入（自动保存仍在重试），请稍后再试。"))

    def correct(self, hearing_id: int, seq: int, **changes) -> tuple[Turn, Turn]:
        self._sync()
        before, after = self.service.correct_turn(hearing_id, seq, **changes)
        if hearing_id == self.hearing_id:
            self.model.replace_turn(after)
            self._after_edit()
        self._changed(hearing_id)
        return before, after

    def delete(self, hearing_id: int, seq: int) -> DeletedTurn:
        self._sync()
        deleted = self.service.delete_turn(hearing_id, seq)
        if hearing_id == self.hearing_id:
            self.model.remove_turn(seq)
            for o in self.hearing.opinions:
                if o.id in deleted.opinion_ids:
                    o.transcript_refs = [r for r in o.transcript_refs if r != seq]
            self._after_edit()
        self._changed(hearing_id)
        return deleted

    def restore(self, hearing_id: int, deleted: DeletedTurn) -> None:
        self._sync()
        turn = self.service.restore_turn(hearing_id, deleted)
        if hearing_id == self.hearing_id:
            self.model.insert_turn(replace(turn))
            for o in self.hearing.opinions:
                if o.id in deleted.opinion_ids:
                    o.transcript_refs = sorted(set(o.transcript_refs) | {turn.seq})
            self._after_edit()
        self._changed(hearing_id)

    def _after_edit(self) -> None:
        if self.ever_locked:
            self._refresh_changes()
        else:
            self.model.refresh_links()

    def _refresh_changes(self) -> None:
        history = self.service.history(self.hearing_id)
        self.hearing.locks, self.hearing.changes = history.locks, history.changes
        self.model.refresh_links()
        self.lock_changed.emit()

    # ================================================================ opinions
    def mark_opinion(self, hearing_id: int, seq: int, text: str | None = None, *,
                     opinion_id: str | None = None, opinion_seq: int | None = None) -> Opinion:
        self._sync()
        opinion = self.service.mark_opinion(hearing_id, seq, text, opinion_id=opinion_id,
                                            opinion_seq=opinion_seq)
        if hearing_id == self.hearing_id:
            self.hearing.opinions.append(opinion)
            self.model.refresh_links()
        self._changed(hearing_id)
        return opinion

    def unmark_opinion(self, hearing_id: int, opinion_id: str) -> None:
        self.service.unmark_opinion(hearing_id, opinion_id)
        if hearing_id == self.hearing_id:
            self.hearing.opinions = [o for o in self.hearing.opinions if o.id != opinion_id]
            self.model.refresh_links()
        self._changed(hearing_id)

    # ================================================================ lock, signatures
    def lock(self) -> None:
        self._sync()
        locked = self.service.lock(self.hearing_id)
        self.hearing.locks = locked.locks
        self.lock_changed.emit()
        self.signatures_changed.emit()
        self._changed()

    def unlock(self) -> Unlocked:
        self._sync()
        lifted = self.service.unlock(self.hearing_id)
        self.hearing.locks = self.service.history(self.hearing_id).locks
        self.lock_changed.emit()
        self.signatures_changed.emit()
        self._changed()
        return lifted

    def set_signature(self, hearing_id: int, person_id: str, signature: Signature | None) -> dict[str, Signature | None]:
        """Record a signature for the lock in force; returns every record's signature before."""
        status = signature.status if signature else SignatureStatus.PENDING
        before = self.ctx.signatures.set_signature(hearing_id, person_id, status, signature.note if signature else None)
        self._signatures_stored(hearing_id)
        return before

    def restore_signatures(self, hearing_id: int, signatures: dict[str, Signature | None]) -> None:
        self.ctx.signatures.restore_signatures(hearing_id, signatures)
        self._signatures_stored(hearing_id)

    def _signatures_stored(self, hearing_id: int) -> None:
        if hearing_id == self.hearing_id:
            self.hearing.people = self.ctx.signatures.people(hearing_id)
            self._candidates = None
            self.signatures_changed.emit()
        self._changed(hearing_id)

    def signers(self) -> list[Signer]:
        """Who signs the transcript: one line per person, officials first (domain rule)."""
        return signers(self.hearing) if self.hearing is not None else []
