"""Use cases of the live transcript (现场笔录) and its sign-off.

The typing box's unfinished turn is a ``TurnRow`` with ``draft=True``; there is at
most one per hearing and its ``seq`` is above every committed turn's. Saving it is
one UPDATE of that row. Appending a turn (Enter, or a procedural note) inserts
the committed row and moves the draft row to the next ``seq`` in one transaction.
:class:`TranscriptWriter` does these writes off the GUI thread, in order, so that
typing never waits for the disk.

Locking fixes a version of the record for signing: a new lock (time, fingerprint over
everything printed) is added to the hearing's lock history. While locked, every change
of what the transcript prints is refused; after unlocking, each change is logged until
the next lock (:mod:`.record`). Signatures are recorded for the lock in force; those of
an earlier lock stay, as belonging to that version (:mod:`hearing_desk.domain.signing`).
Messages name turns by their printed number (第 6 段), not by their stored seq.
"""
from __future__ import annotations

import itertools
import logging
import threading
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from types import SimpleNamespace

from sqlalchemy import bindparam, func, insert, select, update

from ..domain import (
    Hearing,
    Opinion,
    Person,
    Role,
    Signature,
    SignatureStatus,
    Turn,
    TurnKind,
)
from ..domain.attendance import marked_absent
from ..domain.fingerprint import SCHEME, fingerprint
from ..domain.locking import lock_intact, lock_problems
from ..domain.signing import can_sign, given_for, refusal_problem, sign_status, signer_of
from ..domain.text import clean_line, clean_text
from ..domain.turns import needs_speaker
from ..storage import repository as repo
from ..storage.database import Database
from ..storage.models import HearingRow, OpinionRow, PersonRow, TranscriptLockRow, TurnRow
from .errors import BadInput, HearingDeskError, NotFound, TranscriptLocked
from .record import guarded, locked_message, now_local

log = logging.getLogger(__name__)

__all__ = ["TranscriptLocked", "TranscriptService", "TranscriptWriter", "now_local", "turn_line"]


def turn_line(hearing: Hearing, turn: Turn) -> str:
    """A turn as the transcript prints it: ``听证主持人（杨成）：……``; a note is its text."""
    if turn.is_note:
        return turn.text
    label = hearing.speaker_label(turn)
    return f"{label}：{turn.text}" if label else turn.text


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


# ====================================================================== the service

class TranscriptService:
    def __init__(self, db: Database):
        self.db = db

    # ------------------------------------------------------------------ reading
    def load(self, hearing_id: int) -> TranscriptState:
        with self.db.session() as s:
            hearing = repo.load_hearing(s, hearing_id)
            if hearing is None:
                raise NotFound(f"数据库中没有编号为 {hearing_id} 的听证会，它可能已被删除。")
            return TranscriptState(hearing, repo.load_draft_turn(s, hearing_id))

    def draft(self, hearing_id: int) -> Turn | None:
        with self.db.session() as s:
            return repo.load_draft_turn(s, hearing_id)

    # ------------------------------------------------------------------ typing
    def save_draft(self, hearing_id: int, turn: Turn) -> None:
        """Store the typing box's turn: one UPDATE of the draft row (an INSERT the first time)."""
        turn = _cleaned(turn)
        with self.db.session() as s:
            if _update_draft(s, hearing_id, turn) == 0:
                self._hearing_row(s, hearing_id)
                s.add(TurnRow(hearing_id=hearing_id, draft=True, **_turn_values(turn)))

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
        with self.db.session() as s:       # Core statements: this runs on every Enter
            if s.execute(select(_HEARINGS.c.id).where(_HEARINGS.c.id == hearing_id)).one_or_none() is None:
                raise NotFound(f"数据库中没有编号为 {hearing_id} 的听证会，它可能已被删除。")
            lock = s.execute(select(_LOCKS.c.number, _LOCKS.c.unlocked_at, _LOCKS.c.fingerprint)
                             .where(_LOCKS.c.hearing_id == hearing_id)
                             .order_by(_LOCKS.c.number.desc()).limit(1)).one_or_none()
            if lock is not None and lock.unlocked_at is None:
                raise TranscriptLocked(locked_message(lock.fingerprint))

            def write():
                if _update_draft(s, hearing_id, draft) == 0:
                    s.execute(insert(_TURNS).values(hearing_id=hearing_id, draft=True, **_turn_values(draft)))
                s.execute(insert(_TURNS).values(hearing_id=hearing_id, draft=False, **_turn_values(turn)))

            if lock is None:
                write()                    # never locked: nothing is logged
            else:
                with guarded(s, hearing_id):
                    write()
            s.execute(update(_HEARINGS).where(_HEARINGS.c.id == hearing_id).values(updated_at=repo.now_iso()))

    # ------------------------------------------------------------------ corrections
    def correct_turn(self, hearing_id: int, seq: int, **changes) -> tuple[Turn, Turn]:
        """Change some of ``text, speaker, speaker_label, kind, agenda_item`` of a
        committed turn; returns the turn before and after. Refused while locked."""
        allowed = {"text", "speaker", "speaker_label", "kind", "agenda_item"}
        if set(changes) - allowed:
            raise TypeError(f"cannot change {sorted(set(changes) - allowed)}")
        with self.db.session() as s:
            row = self._hearing_row(s, hearing_id)
            number = self._number(s, hearing_id, seq)
            with guarded(s, hearing_id):
                turn_row = self._turn_row(s, hearing_id, seq)
                before = repo.row_to_turn(turn_row)
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
                    person = self._person(s, hearing_id, after.speaker)
                    if person is None:
                        raise BadInput(f"找不到发言人（{after.speaker}），他可能已从人员名单中删除。")
                    if marked_absent(person) and after.speaker != before.speaker:
                        raise BadInput(f"{person.name}在签到中记为未到，不能作为第 {number} 段的发言人；"
                                       "如其实际到会，请先更正签到。")
                if after == before:
                    return before, after
                repo.write_turn(turn_row, after)
            row.updated_at = repo.now_iso()
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
            row = self._hearing_row(s, hearing_id)
            if repo.last_lock_row(s, hearing_id) is not None:
                raise TranscriptLocked("笔录已经锁定过：补记的发言只能按回车加在末尾，不能插到中间"
                                       "（各版笔录和修改记录按发言的位置记载）。")
            seqs = list(s.scalars(select(TurnRow.seq).where(TurnRow.hearing_id == hearing_id,
                                                              TurnRow.draft.is_(False)).order_by(TurnRow.seq)))
            index = max(0, min(index, len(seqs)))
            seq = seqs[index] if index < len(seqs) else (seqs[-1] + 1 if seqs else 1)
            later = (TurnRow.hearing_id == hearing_id) & (TurnRow.seq >= seq)
            # two steps: SQLite checks the unique (hearing, seq) row by row
            s.execute(update(TurnRow).where(later).values(seq=-(TurnRow.seq + 1)))
            s.execute(update(TurnRow).where(TurnRow.hearing_id == hearing_id, TurnRow.seq < 0)
                      .values(seq=-TurnRow.seq))
            for o in s.scalars(select(OpinionRow).where(OpinionRow.hearing_id == hearing_id)):
                if any(r >= seq for r in o.transcript_refs or []):
                    o.transcript_refs = [r + 1 if r >= seq else r for r in o.transcript_refs]
            placed = replace(turn, seq=seq)
            s.add(TurnRow(hearing_id=hearing_id, draft=False, **_turn_values(placed)))
            row.updated_at = repo.now_iso()
            return placed

    def delete_turn(self, hearing_id: int, seq: int) -> DeletedTurn:
        """Remove a committed turn; opinions no longer refer to it."""
        with self.db.session() as s:
            row = self._hearing_row(s, hearing_id)
            with guarded(s, hearing_id):
                turn_row = self._turn_row(s, hearing_id, seq)
                deleted = DeletedTurn(repo.row_to_turn(turn_row))
                for o in s.scalars(select(OpinionRow).where(OpinionRow.hearing_id == hearing_id)):
                    if seq in (o.transcript_refs or []):
                        o.transcript_refs = [r for r in o.transcript_refs if r != seq] or None
                        deleted.opinion_ids.append(o.key)
                s.delete(turn_row)
            row.updated_at = repo.now_iso()
            return deleted

    def restore_turn(self, hearing_id: int, deleted: DeletedTurn) -> Turn:
        """Put a deleted turn back with its seq (and so its place), and the opinions'
        references to it."""
        turn = deleted.turn
        with self.db.session() as s:
            row = self._hearing_row(s, hearing_id)
            with guarded(s, hearing_id):
                if s.scalar(select(TurnRow.id).where(TurnRow.hearing_id == hearing_id, TurnRow.seq == turn.seq)):
                    raise BadInput("笔录中那一段的位置已被占用，无法恢复被删除的那一段。")
                s.add(TurnRow(hearing_id=hearing_id, draft=False, **_turn_values(turn)))
                wanted = set(deleted.opinion_ids)
                for o in s.scalars(select(OpinionRow).where(OpinionRow.hearing_id == hearing_id)):
                    if o.key in wanted:
                        o.transcript_refs = sorted(set(o.transcript_refs or []) | {turn.seq})
            row.updated_at = repo.now_iso()
            return turn

    # ------------------------------------------------------------------ opinions
    def mark_opinion(self, hearing_id: int, seq: int, text: str | None = None, *,
                     opinion_id: str | None = None, opinion_seq: int | None = None) -> Opinion:
        """Register ``text`` (default: the whole turn) as an opinion of the turn's
        speaker, referring back to the turn; articles are read from the text."""
        from .opinions import OpinionService

        with self.db.session() as s:
            turn = repo.row_to_turn(self._turn_row(s, hearing_id, seq))
            number = self._number(s, hearing_id, seq)
            person = self._person(s, hearing_id, turn.speaker) if turn.speaker else None
        if turn.is_note or person is None:
            raise BadInput(f"第 {number} 段是程序记录或没有对应的人员，不能标为意见。")
        if person.role is not Role.PARTICIPANT:
            raise BadInput(f"只有听证参加人的发言可以标为意见；第 {number} 段的发言人是"
                           f"{person.role.usual_label}{person.name}。")
        text = (text if text is not None else turn.text).strip()
        if not text:
            raise BadInput("选中的文字为空，请先选中要标为意见的文字。")
        return OpinionService(self.db).add(hearing_id, person.id, text, transcript_refs=[seq],
                                           opinion_id=opinion_id, seq=opinion_seq)

    def unmark_opinion(self, hearing_id: int, opinion_id: str) -> None:
        from .opinions import OpinionService

        OpinionService(self.db).delete(hearing_id, opinion_id)

    # ------------------------------------------------------------------ lock
    def lock(self, hearing_id: int) -> Hearing:
        """Fix the transcript for signing: a new lock with the time and the fingerprint of
        everything printed. Refused for an empty transcript, an unfinished turn in the
        typing box, attendance not yet checked, or a speech of someone recorded absent."""
        with self.db.session() as s:
            self._hearing_row(s, hearing_id)
            hearing = repo.load_hearing(s, hearing_id)
            if hearing.is_locked:
                raise BadInput("笔录已经锁定。")
            draft = repo.load_draft_turn(s, hearing_id)
            if draft is not None and draft.text.strip():
                raise BadInput("输入框中还有未提交的发言。请先按回车把它记入笔录（或清空输入框），再锁定笔录。")
            problems = lock_problems(hearing)
            if problems:
                raise BadInput("笔录暂时不能锁定：", problems)
            number = (hearing.last_lock.number if hearing.last_lock else 0) + 1
            row = TranscriptLockRow(hearing_id=hearing_id, number=number, locked_at=now_local().isoformat(),
                                    fingerprint=fingerprint(hearing), scheme=SCHEME)
            s.add(row)
            repo.touch(s, hearing_id)
            s.flush()
            hearing.locks.append(repo.row_to_lock(row))
            return hearing

    def unlock(self, hearing_id: int) -> Unlocked:
        """Lift the lock in force; changes are allowed again and logged until the next
        lock. The signatures given for this lock stay, as belonging to this version."""
        with self.db.session() as s:
            self._hearing_row(s, hearing_id)
            row = repo.last_lock_row(s, hearing_id)
            if row is None or row.unlocked_at is not None:
                raise BadInput("笔录没有锁定。")
            row.unlocked_at = now_local().isoformat()
            people = Hearing(title="", people=[repo.row_to_person(r) for r in s.scalars(
                select(PersonRow).where(PersonRow.hearing_id == hearing_id).order_by(PersonRow.position))])
            repo.touch(s, hearing_id)
            return Unlocked(row.number, row.fingerprint, given_for(people, row.number))

    def people(self, hearing_id: int) -> list[Person]:
        """The people with their attendance and signatures (cheap: no turns)."""
        with self.db.session() as s:
            self._hearing_row(s, hearing_id)
            return [repo.row_to_person(r) for r in s.scalars(
                select(PersonRow).where(PersonRow.hearing_id == hearing_id).order_by(PersonRow.position))]

    def history(self, hearing_id: int) -> Hearing:
        """The hearing's locks and logged changes (people too, for the signatures)."""
        with self.db.session() as s:
            h = repo.load_hearing_fields(self._hearing_row(s, hearing_id))
            h.locks = repo.load_locks(s, hearing_id)
            h.changes = repo.load_changes(s, hearing_id)
            return h

    # ------------------------------------------------------------------ signatures
    def set_signature(self, hearing_id: int, person_id: str, status: SignatureStatus,
                      note: str | None = None) -> dict[str, Signature | None]:
        """Record a signature for the lock in force, on every record of that person (a
        person in two roles signs once). Returns what each record had before (for undo).
        待签字 (``PENDING``) clears it."""
        note = clean_text(note or "").strip() or None
        with self.db.session() as s:
            hearing = repo.load_hearing(s, hearing_id)
            if hearing is None:
                raise NotFound(f"数据库中没有编号为 {hearing_id} 的听证会，它可能已被删除。")
            signer = signer_of(hearing, person_id)
            if signer is None:
                raise NotFound(f"找不到签字人（{person_id}），他可能已从名单中删除或不需签字。")
            lock = hearing.current_lock
            if lock is None:
                raise BadInput("笔录尚未锁定，不能登记签字：请先锁定笔录，打印后再登记。")
            if not lock_intact(hearing):
                raise BadInput("笔录内容与锁定时的指纹不符，不能登记签字：请解锁后重新锁定、重新打印。")
            if status is not SignatureStatus.PENDING and not can_sign(signer):
                raise BadInput(f"{signer.name}在签到中记为未到，笔录上印为缺席，不能登记签字；"
                               "如其实际到会，请先更正签到（笔录随之改变，需重新锁定和打印）。")
            if status is SignatureStatus.REFUSED:
                problem = refusal_problem(note, signer.name)
                if problem:
                    raise BadInput(problem)
            elif status is not SignatureStatus.ABSENT:
                note = None
            after = None if status is SignatureStatus.PENDING else Signature(status, note, lock.number)
            rows = self._signer_rows(s, hearing_id, signer.ids)
            before = {r.key: repo.row_to_person(r).signature for r in rows}
            for r in rows:
                _write_signature(r, after)
            repo.touch(s, hearing_id)
            return before

    def restore_signatures(self, hearing_id: int, signatures: dict[str, Signature | None]) -> None:
        """Put back signatures exactly as they were (undo), record by record."""
        with self.db.session() as s:
            rows = self._signer_rows(s, hearing_id, tuple(signatures))
            for r in rows:
                _write_signature(r, signatures[r.key])
            repo.touch(s, hearing_id)

    def signature_state(self, hearing_id: int, person_id: str):
        """Where one person's signature stands for the lock in force (domain rule)."""
        with self.db.session() as s:
            hearing = repo.load_hearing(s, hearing_id)
        signer = signer_of(hearing, person_id) if hearing else None
        return sign_status(hearing, signer) if signer else None

    # ------------------------------------------------------------------ helpers
    @staticmethod
    def _hearing_row(s, hearing_id: int) -> HearingRow:
        row = s.get(HearingRow, hearing_id)
        if row is None:
            raise NotFound(f"数据库中没有编号为 {hearing_id} 的听证会，它可能已被删除。")
        return row

    @staticmethod
    def _number(s, hearing_id: int, seq: int) -> int:
        """The printed number of turn ``seq``: its place among the committed turns."""
        return s.scalar(select(func.count()).select_from(TurnRow).where(
            TurnRow.hearing_id == hearing_id, TurnRow.draft.is_(False), TurnRow.seq <= seq)) or 0

    def _turn_row(self, s, hearing_id: int, seq: int) -> TurnRow:
        row = s.scalar(select(TurnRow).where(TurnRow.hearing_id == hearing_id, TurnRow.seq == seq,
                                             TurnRow.draft.is_(False)))
        if row is None:
            raise NotFound("笔录中没有这一段，它可能已被删除。")
        return row

    @staticmethod
    def _person(s, hearing_id: int, person_id: str) -> Person | None:
        row = s.scalar(select(PersonRow).where(PersonRow.hearing_id == hearing_id,
                                               PersonRow.key == person_id))
        return repo.row_to_person(row) if row is not None else None

    @staticmethod
    def _signer_rows(s, hearing_id: int, ids) -> list[PersonRow]:
        rows = list(s.scalars(select(PersonRow).where(PersonRow.hearing_id == hearing_id,
                                                      PersonRow.key.in_(list(ids)))))
        if len(rows) != len(set(ids)):
            raise NotFound("找不到签字人，他可能已从名单中删除。")
        return rows


def _write_signature(row: PersonRow, signature: Signature | None) -> None:
    row.signature_status = str(signature.status) if signature else None
    row.signature_note = signature.note if signature else None
    row.signature_lock = signature.lock if signature else None


_TURN_COLUMNS = ("seq", "speaker", "speaker_label", "at", "kind", "agenda_item", "text",
                 "recording", "audio_start_ms", "audio_end_ms")
#: the one statement of an autosave, built once (the writer runs it every half second)
_TURNS = TurnRow.__table__
_HEARINGS = HearingRow.__table__
_LOCKS = TranscriptLockRow.__table__
_UPDATE_DRAFT = update(_TURNS).where(_TURNS.c.hearing_id == bindparam("hearing"), _TURNS.c.draft.is_(True)) \
    .values({c: bindparam(f"new_{c}") for c in _TURN_COLUMNS})


def _cleaned(turn: Turn) -> Turn:
    """The turn with its text and speaker label as stored (``domain.text``)."""
    text = clean_text(turn.text or "")
    label = clean_line(turn.speaker_label) if turn.speaker_label else turn.speaker_label
    if text == turn.text and label == turn.speaker_label:
        return turn
    return replace(turn, text=text, speaker_label=label)


def _turn_values(turn: Turn) -> dict:
    """The turn's column values, converted as the repository stores them."""
    row = SimpleNamespace()
    repo.write_turn(row, turn)
    return {c: getattr(row, c) for c in _TURN_COLUMNS}


def _update_draft(s, hearing_id: int, turn: Turn) -> int:
    """Overwrite the draft row with ``turn``; returns the number of rows changed (0 or 1)."""
    params = {f"new_{c}": v for c, v in _turn_values(turn).items()}
    return s.execute(_UPDATE_DRAFT, {"hearing": hearing_id, **params}).rowcount


def next_seq(hearing: Hearing, draft: Turn | None = None) -> int:
    """The ``seq`` for the typing box's turn: after every committed turn."""
    top = max((t.seq for t in hearing.transcript), default=0)
    return draft.seq if draft is not None and draft.seq > top else top + 1


# ====================================================================== finding

def find_turns(hearing: Hearing, turns: list[Turn], query: str) -> list[int]:
    """Row numbers of ``turns`` whose text or speaker label contains ``query`` (case-insensitive)."""
    needle = query.strip().casefold()
    if not needle:
        return []
    return [i for i, t in enumerate(turns)
            if needle in t.text.casefold() or needle in hearing.speaker_label(t).casefold()]


_MAX_READINGS = 32
_preloading: threading.Thread | None = None


def preload_pinyin() -> None:
    """Import pypinyin in a thread, once. Its dictionaries take about half a second
    to load and hold Python's lock while they do: call this once the first window is
    painted (``ui/startup.py``), not when the recorder first presses F5."""
    global _preloading
    if _preloading is None:
        _preloading = threading.Thread(target=lambda: __import__("pypinyin"), name="pinyin-preload",
                                       daemon=True)
        _preloading.start()


def initials(name: str) -> list[str]:
    """A name's pinyin initials, the usual reading first: 蔡鼎 → ['cd', …], 曾磊 →
    ['zl', 'cl'] or ['cl', 'zl'] as pypinyin reads 曾 by itself.

    Heteronyms (曾 ceng/zeng, 单 dan/shan, 乐 le/yue) add the other combinations (at
    most 32); characters without pinyin (𠮷) stand for themselves."""
    from pypinyin import Style, lazy_pinyin, pinyin

    keep = {"errors": lambda chars: [[c] for c in chars]}
    usual = "".join(r[:1] or ch for ch, r in zip(name, lazy_pinyin(
        name, style=Style.FIRST_LETTER, errors=lambda chars: list(chars)))).lower()
    letters = [sorted({(r[:1] or ch).lower() for r in readings})
               for ch, readings in zip(name, pinyin(name, style=Style.FIRST_LETTER, heteronym=True, **keep))]
    others = ("".join(combo) for combo in itertools.product(*letters))
    return [usual] + [i for i in itertools.islice(others, _MAX_READINGS) if i != usual]


def full_pinyin(name: str) -> str:
    from pypinyin import lazy_pinyin

    return "".join(lazy_pinyin(name)).lower()


@dataclass
class Candidate:
    """A person the quick picker can offer, with what a query may match (lower case)."""
    person: Person
    label: str
    name: str
    initials: str                 # the usual reading: 蔡鼎 → cd
    pinyin: str                   # caiding
    other_initials: list[str]     # other readings of heteronyms

    @classmethod
    def of(cls, hearing: Hearing, person: Person) -> Candidate:
        usual, *others = initials(person.name)
        def bare(text: str) -> str:
            return text.lower().replace(" ", "")
        return cls(person, f"{hearing.label(person.role)}（{person.name}）", bare(person.name), bare(usual),
                   bare(full_pinyin(person.name)), [bare(i) for i in others])

    def score(self, q: str) -> int | None:
        """How well ``q`` matches (0 best), or None."""
        if q.isdigit():
            seq = str(self.person.seq) if self.person.role is Role.PARTICIPANT and self.person.seq else ""
            return 0 if seq == q else 1 if seq.startswith(q) else None
        if q in (self.name, self.initials):
            return 0
        if q in self.other_initials:
            return 1
        if self.name.startswith(q) or self.initials.startswith(q) or self.pinyin.startswith(q):
            return 2
        if any(i.startswith(q) for i in self.other_initials):
            return 3
        return 4 if q in self.name else None


def candidates(hearing: Hearing) -> list[Candidate]:
    """Participants first (by 序号), then the officials and the others."""
    order = [Role.PARTICIPANT, Role.HOST, Role.PRESENTER, Role.HEARING_OFFICER, Role.RECORDER,
             Role.SUPERVISOR, Role.STAFF, Role.OBSERVER]
    return [Candidate.of(hearing, p) for role in order for p in hearing.people_in(role)]


def match(cands: list[Candidate], query: str) -> list[Candidate]:
    """Candidates for ``query``: a 序号 (``5``), a name or part of it (``蔡``), pinyin
    initials (``cd``) or pinyin (``caid``). Best matches first, then in list order."""
    q = query.strip().lower().replace(" ", "")
    if not q:
        return list(cands)
    scored = [(score, i, c) for i, c in enumerate(cands) if (score := c.score(q)) is not None]
    return [c for _, _, c in sorted(scored, key=lambda x: (x[0], x[1]))]


# ====================================================================== the writer

@dataclass
class _Op:
    kind: str                     # "draft" or "append"
    hearing_id: int
    turn: Turn                    # the draft (kind "draft") or the appended turn
    draft: Turn | None = None     # kind "append": the typing box's turn afterwards


class TranscriptWriter:
    """Writes the typing box's turn, and turns appended from it, in a thread of its own.

    The GUI thread only puts the latest state in a queue (microseconds), so typing
    never waits for the disk; consecutive saves of the typing box are merged. The
    writes happen in order; one that fails (disk full, database locked) is retried
    every second and ``on_error`` is called, so nothing queued is dropped.
    ``flush()`` waits until everything queued is stored: call it before any other
    write to the transcript, and before closing.
    """

    RETRY_SECONDS = 1.0
    #: a write starts this long after it was queued (or at once when flushed): the
    #: GUI thread has painted by then, so the two do not take turns at Python's lock
    SETTLE_SECONDS = 0.05

    def __init__(self, service: TranscriptService, *,
                 on_saved: Callable[[str, int, Turn], None] | None = None,
                 on_error: Callable[[Exception], None] | None = None):
        self.service = service
        self.on_saved = on_saved
        self.on_error = on_error
        self._cond = threading.Condition()
        self._queue: deque[_Op] = deque()
        self._busy = False
        self._closed = False
        self._hurry = False
        self._thread = threading.Thread(target=self._run, name="transcript-writer", daemon=True)
        self._thread.start()

    def save_draft(self, hearing_id: int, turn: Turn) -> None:
        self._put(_Op("draft", hearing_id, replace(turn)))

    def append(self, hearing_id: int, turn: Turn, draft: Turn) -> None:
        self._put(_Op("append", hearing_id, replace(turn), replace(draft)))

    def pending(self) -> int:
        with self._cond:
            return len(self._queue) + self._busy

    def flush(self, timeout: float = 10.0) -> bool:
        """Wait until everything queued is stored; False if that took longer than ``timeout``."""
        with self._cond:
            self._hurry = True
            self._cond.notify_all()
            done = self._cond.wait_for(lambda: not self._queue and not self._busy, timeout)
            self._hurry = False
            return done

    def close(self, timeout: float = 10.0) -> bool:
        done = self.flush(timeout)
        with self._cond:
            self._closed = True
            self._cond.notify_all()
        self._thread.join(1.0)
        return done

    def _put(self, op: _Op) -> None:
        with self._cond:
            if self._closed:
                raise RuntimeError("the transcript writer is closed")
            last = self._queue[-1] if self._queue else None
            if op.kind == "draft" and last is not None and last.kind == "draft" \
                    and last.hearing_id == op.hearing_id:
                self._queue[-1] = op
            else:
                self._queue.append(op)
            self._cond.notify_all()

    def _run(self) -> None:
        while True:
            with self._cond:
                self._cond.wait_for(lambda: self._queue or self._closed)
                self._cond.wait_for(lambda: self._closed or self._hurry, self.SETTLE_SECONDS)
                if not self._queue:
                    return
                op = self._queue.popleft()
                self._busy = True
            error = None
            try:
                if op.kind == "draft":
                    self.service.save_draft(op.hearing_id, op.turn)
                else:
                    self.service.append_turn(op.hearing_id, op.turn, op.draft)
            except NotFound:
                pass                                # the hearing was deleted: nothing to keep
            except TranscriptLocked as exc:         # kept and retried until it is unlocked
                error = exc
            except HearingDeskError as exc:         # refused for good (an empty turn): report, drop
                self._call(self.on_error, exc)
            except Exception as exc:                # noqa: BLE001 - reported, then retried
                log.warning("transcript write failed, will retry: %s", exc)
                error = exc
            with self._cond:
                self._busy = False
                if error is not None:
                    newer = self._queue[0] if self._queue else None
                    if not (op.kind == "draft" and newer is not None and newer.kind == "draft"
                            and newer.hearing_id == op.hearing_id):
                        self._queue.appendleft(op)
                self._cond.notify_all()
            if error is None:
                self._call(self.on_saved, op.kind, op.hearing_id, op.turn)
            else:
                self._call(self.on_error, error)
                with self._cond:
                    self._cond.wait_for(lambda: self._closed, self.RETRY_SECONDS)
                    if self._closed:
                        return

    @staticmethod
    def _call(callback, *args) -> None:
        if callback is None:
            return
        try:
            callback(*args)
        except Exception:                           # noqa: BLE001 - the writer must go on
            log.exception("transcript writer callback failed")
