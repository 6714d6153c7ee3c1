"""Use cases of the live transcript (现场笔录): the typing box's turn, appending and
correcting turns, marking opinions, and the lock for signing.

The typing box's unfinished turn is stored as the hearing's draft turn (at most one,
its ``seq`` above every committed turn's): saving it is one UPDATE. Appending a turn
(Enter, or a procedural note) inserts the committed turn and moves the draft to the
next ``seq`` in one transaction. :class:`~.writer.TranscriptWriter` does these two
writes off the GUI thread, in order, so that typing never waits for the disk.

Locking fixes a version of the record for signing: a new lock (time, fingerprint over
everything printed) is added to the hearing's lock history. While locked, every change
of what the transcript prints is refused; after unlocking, each change is logged until
the next lock (:mod:`.record`). Signatures: :mod:`.signatures`. Messages name turns by
their printed number (第 6 段), not by their stored seq.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from ..domain import Hearing, Opinion, Role, TranscriptLock, Turn, TurnKind
from ..domain.attendance import marked_absent
from ..domain.fingerprint import SCHEME, fingerprint
from ..domain.locking import lock_problems
from ..domain.signing import given_for
from ..domain.text import clean_line, clean_text
from ..domain.turns import needs_speaker
from ..errors import BadInput, TranscriptLocked
from ..storage.database import Database
from ..storage.repository import events, hearings, leases, opinions, people, record, turns
from .opinions import OpinionService
from .record import guarded, locked_message, now_local


@dataclass
class TranscriptState:
    """What the transcript tab opens: the hearing (committed turns) and the typing box's turn."""
    hearing: Hearing
    draft: Turn | None


@dataclass
class DeletedTurn:
    """What :meth:`TranscriptService.restore_turn` needs to put a deleted turn back."""
    turn: Turn
    opinion_ids: list[str] = field(default_factory=list)   # opinions that referred to it


@dataclass
class Unlocked:
    """What unlocking left behind: the lock lifted and the signatures given for it, which
    now belong to that version."""
    lock: int
    fingerprint: str
    signatures: int


def _cleaned(turn: Turn) -> Turn:
    """The turn with its text and speaker label as stored (``domain.text``)."""
    text = clean_text(turn.text or "")
    label = clean_line(turn.speaker_label) if turn.speaker_label else turn.speaker_label
    if text == turn.text and label == turn.speaker_label:
        return turn
    return replace(turn, text=text, speaker_label=label)


class TranscriptService:
    def __init__(self, db: Database):
        self.db = db
        self.opinions = OpinionService(db)

    # ------------------------------------------------------------------ reading
    def load(self, hearing_id: int) -> TranscriptState:
        with self.db.session() as s:
            return TranscriptState(hearings.load_hearing(s, hearing_id), turns.draft_turn(s, hearing_id))

    def draft(self, hearing_id: int) -> Turn | None:
        with self.db.session() as s:
            return turns.draft_turn(s, hearing_id)

    def turn(self, hearing_id: int, seq: int) -> Turn | None:
        """The committed turn ``seq`` of the hearing, or None."""
        with self.db.session() as s:
            found = turns.turns_with_seqs(s, hearing_id, [seq])
        return found[0] if found else None

    def history(self, hearing_id: int) -> Hearing:
        """The hearing's locks and logged changes (the hearing's own fields too)."""
        with self.db.session() as s:
            h = hearings.load_fields(s, hearing_id)
            h.locks = record.load_locks(s, hearing_id)
            h.changes = record.load_changes(s, hearing_id)
            return h

    # ------------------------------------------------------------------ typing
    def save_draft(self, hearing_id: int, turn: Turn) -> None:
        """Store the typing box's turn: one UPDATE of the draft row (an INSERT the first time).
        Refused (``HearingLeased``) in a window that does not hold the hearing's lease: the
        typing box's row is the editing window's."""
        turn = _cleaned(turn)
        with self.db.session() as s:
            leases.check_may_write(s, hearing_id)
            if not turns.update_draft(s, hearing_id, turn):
                hearings.require_hearing(s, hearing_id)
                turns.store_draft(s, hearing_id, turn)

    def append_turn(self, hearing_id: int, turn: Turn, draft: Turn) -> None:
        """Add a committed turn and move the typing box's turn to ``draft`` (its next
        ``seq`` and contents), in one transaction. Enter commits the typed turn this
        way (``draft`` empty); a procedural note goes in before the typed turn."""
        turn, draft = _cleaned(turn), _cleaned(draft)
        if not turn.text.strip():
            raise BadInput("发言内容为空，没有记入笔录。")
        if needs_speaker(turn):
            raise BadInput("这段发言还没有发言人：请先选定发言人（F1 主持人、F5 参加人…），"
                           "或按 F7 记为程序记录。")
        if draft.seq <= turn.seq:
            raise ValueError("the typing box's turn must come after the appended turn")
        with self.db.session() as s:       # Core statements only: this runs on every Enter
            hearings.require_exists(s, hearing_id)
            lock = record.last_lock_state(s, hearing_id)
            if lock is not None and lock.unlocked_at is None:
                raise TranscriptLocked(locked_message(lock.fingerprint))
            if lock is None:
                turns.append_turn(s, hearing_id, turn, draft)    # never locked: nothing is logged
            else:
                with guarded(s, hearing_id):
                    turns.append_turn(s, hearing_id, turn, draft)
            hearings.touch(s, hearing_id)
            # the change log (a Core insert is past the log's flush hook)
            events.log(s, hearing_id, "transcript", f"笔录新增第 {turn.seq} 段：{events.short(turn.text)}")

    # ------------------------------------------------------------------ corrections
    def correct_turn(self, hearing_id: int, seq: int, **changes: Any) -> tuple[Turn, Turn]:
        """Change some of ``text, speaker, speaker_label, kind, agenda_item`` of a
        committed turn; returns the turn before and after. Refused while locked."""
        allowed = {"text", "speaker", "speaker_label", "kind", "agenda_item"}
        if set(changes) - allowed:
            raise TypeError(f"cannot change {sorted(set(changes) - allowed)}")
        with self.db.session() as s:
            hearings.require_hearing(s, hearing_id)
            number = turns.number_of(s, hearing_id, seq)
            with guarded(s, hearing_id):
                row = turns.turn_row(s, hearing_id, seq)
                before = turns.row_to_turn(row)
                after = replace(before, **changes)
                after.text = clean_text(after.text or "").strip()
                after.speaker_label = clean_line(after.speaker_label).strip() or None if after.speaker_label else None
                if not after.text:
                    raise BadInput(f"第 {number} 段的内容不能为空；如要去掉这段，请用“删除”。")
                if after.kind is TurnKind.NOTE:
                    after.speaker, after.speaker_label = None, None
                if needs_speaker(after):
                    raise BadInput(f"第 {number} 段需要发言人：请选择发言人，或改为程序记录。")
                if after.speaker is not None:
                    person = people.find_person(s, hearing_id, after.speaker)
                    if person is None:
                        raise BadInput(f"找不到发言人（{after.speaker}），他可能已从人员名单中删除。")
                    if marked_absent(person) and after.speaker != before.speaker:
                        raise BadInput(f"{person.name}在签到中记为未到，不能作为第 {number} 段的发言人；"
                                       "如其实际到会，请先更正签到。")
                if after == before:
                    return before, after
                turns.write_turn(row, after)
            hearings.touch(s, hearing_id)
            return before, after

    def insert_turn(self, hearing_id: int, turn: Turn, index: int) -> Turn:
        """Put a turn typed later (from the recording) at place ``index`` among the
        committed turns (0: first); the turns after it, the typing box's turn and the
        opinions' references move up by one seq. Refused once the transcript has been
        locked: the lock history and the signed versions name turns by their seq."""
        turn = _cleaned(turn)
        if not turn.text.strip():
            raise BadInput("发言内容为空，没有记入笔录。")
        if needs_speaker(turn):
            raise BadInput("这段发言还没有发言人：请先选定发言人（F1 主持人、F5 参加人…），或按 F7 记为程序记录。")
        with self.db.session() as s:
            hearings.require_hearing(s, hearing_id)
            if record.last_lock_row(s, hearing_id) is not None:
                raise TranscriptLocked("笔录已经锁定过：补记的发言只能按回车加在末尾，不能插到中间"
                                       "（各版笔录和修改记录按发言的位置记载）。")
            seq = turns.make_room(s, hearing_id, index)
            opinions.shift_turn_references(s, hearing_id, seq)
            placed = replace(turn, seq=seq)
            turns.add_committed(s, hearing_id, placed)
            hearings.touch(s, hearing_id)
            return placed

    def delete_turn(self, hearing_id: int, seq: int) -> DeletedTurn:
        """Remove a committed turn; opinions no longer refer to it."""
        with self.db.session() as s:
            hearings.require_hearing(s, hearing_id)
            with guarded(s, hearing_id):
                row = turns.turn_row(s, hearing_id, seq)
                deleted = DeletedTurn(turns.row_to_turn(row), opinions.drop_turn_references(s, hearing_id, seq))
                turns.delete_turn_row(s, row)
            hearings.touch(s, hearing_id)
            return deleted

    def restore_turn(self, hearing_id: int, deleted: DeletedTurn) -> Turn:
        """Put a deleted turn back with its seq (and so its place), and the opinions'
        references to it."""
        turn = deleted.turn
        with self.db.session() as s:
            hearings.require_hearing(s, hearing_id)
            with guarded(s, hearing_id):
                if turns.seq_taken(s, hearing_id, turn.seq):
                    raise BadInput("笔录中那一段的位置已被占用，无法恢复被删除的那一段。")
                turns.add_committed(s, hearing_id, turn)
                opinions.add_turn_references(s, hearing_id, turn.seq, deleted.opinion_ids)
            hearings.touch(s, hearing_id)
            return turn

    # ------------------------------------------------------------------ opinions
    def mark_opinion(self, hearing_id: int, seq: int, text: str | None = None, *,
                     opinion_id: str | None = None, opinion_seq: int | None = None) -> Opinion:
        """Register ``text`` (default: the whole turn) as an opinion of the turn's
        speaker, referring back to the turn; articles are read from the text."""
        with self.db.session() as s:
            turn = turns.row_to_turn(turns.turn_row(s, hearing_id, seq))
            number = turns.number_of(s, hearing_id, seq)
            person = people.find_person(s, hearing_id, turn.speaker) if turn.speaker else None
        if turn.is_note or person is None:
            raise BadInput(f"第 {number} 段是程序记录或没有对应的人员，不能标为意见。")
        if person.role is not Role.PARTICIPANT:
            raise BadInput(f"只有听证参加人的发言可以标为意见；第 {number} 段的发言人是"
                           f"{person.role.usual_label}{person.name}。")
        text = (text if text is not None else turn.text).strip()
        if not text:
            raise BadInput("选中的文字为空，请先选中要标为意见的文字。")
        return self.opinions.add(hearing_id, person.id, text, transcript_refs=[seq],
                                 opinion_id=opinion_id, seq=opinion_seq)

    def unmark_opinion(self, hearing_id: int, opinion_id: str) -> None:
        self.opinions.delete(hearing_id, opinion_id)

    # ------------------------------------------------------------------ lock
    def lock(self, hearing_id: int) -> Hearing:
        """Fix the transcript for signing: a new lock with the time and the fingerprint of
        everything printed. Refused for an empty transcript, an unfinished turn in the
        typing box, attendance not yet checked, or a speech of someone recorded absent."""
        with self.db.session() as s:
            hearing = hearings.load_hearing(s, hearing_id)
            if hearing.is_locked:
                raise BadInput("笔录已经锁定。")
            draft = turns.draft_turn(s, hearing_id)
            if draft is not None and draft.text.strip():
                raise BadInput("输入框中还有未提交的发言。请先按回车把它记入笔录（或清空输入框），再锁定笔录。")
            problems = lock_problems(hearing)
            if problems:
                raise BadInput("笔录暂时不能锁定：", problems)
            number = (hearing.last_lock.number if hearing.last_lock else 0) + 1
            lock = TranscriptLock(number=number, fingerprint=fingerprint(hearing), locked_at=now_local(),
                                  scheme=SCHEME)
            hearing.locks.append(record.add_lock(s, hearing_id, lock))
            hearings.touch(s, hearing_id)
            return hearing

    def unlock(self, hearing_id: int) -> Unlocked:
        """Lift the lock in force; changes are allowed again and logged until the next
        lock. The signatures given for this lock stay, as belonging to this version."""
        with self.db.session() as s:
            hearings.require_hearing(s, hearing_id)
            row = record.last_lock_row(s, hearing_id)
            if row is None or row.unlocked_at is not None:
                raise BadInput("笔录没有锁定。")
            row.unlocked_at = now_local().isoformat()
            signed = Hearing(title="", people=people.load_people(s, hearing_id))
            hearings.touch(s, hearing_id)
            return Unlocked(row.number, row.fingerprint, given_for(signed, row.number))

