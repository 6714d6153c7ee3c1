"""Undo commands of the transcript tab, in the program's one vocabulary
(:class:`~hearing_desk.ui.undo.Command`): the work happens in ``do()`` and
``undo_do()``, which call the services with stored ids and values; pushed with
``perform(ctx, command)``; each says what it changed, and the tabs refresh that.

Every command first waits for the typing box's writer, so that it works on the
transcript as typed. A command that meets a locked transcript (an undo after the
lock, say) asks to unlock it – ``ask_unlock(hearing_id)``, given by the caller – and
gives up, with the service's refusal, when the answer is no.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication

from ...domain import Opinion, Signature, SignatureStatus, TurnKind
from ...errors import TranscriptLocked
from ...services.changes import Changes
from ...services.transcript import DeletedTurn
from ..undo import Command
from .document import TranscriptDocument

translate = QCoreApplication.translate

#: asks whether to unlock the locked transcript of a hearing (and unlocks it); True: go on
AskUnlock = Callable[[int], bool]


class TurnCommand(Command):
    """A change of the recorded transcript (or of what it prints) of one hearing."""

    def __init__(self, ctx, doc: TranscriptDocument, ask_unlock: AskUnlock, hearing_id: int,
                 changes: Changes, text: str):
        super().__init__(ctx, changes, text)
        self.doc = doc
        self.service = doc.service
        self.ask_unlock = ask_unlock
        self.hearing_id = hearing_id

    def forward(self) -> None:
        raise NotImplementedError

    def backward(self) -> None:
        raise NotImplementedError

    def do(self) -> None:
        self._unlocked(self.forward)

    def undo_do(self) -> None:
        self._unlocked(self.backward)

    def _unlocked(self, step: Callable[[], None]) -> None:
        self.doc.sync()
        try:
            step()
        except TranscriptLocked:
            if not self.ask_unlock(self.hearing_id):
                raise
            step()


class CorrectTurn(TurnCommand):
    """Some of text, speaker, speaker label and kind of turn ``seq`` set to ``after``;
    undo puts back what they were. A correction that changes nothing leaves the stack."""

    def __init__(self, ctx, doc, ask_unlock, hearing_id: int, seq: int, after: dict[str, Any], text: str):
        super().__init__(ctx, doc, ask_unlock, hearing_id, Changes(hearing_id, transcript=True, record=True), text)
        self.seq, self.after = seq, dict(after)
        self.before: dict[str, Any] | None = None

    def forward(self) -> None:
        before, after = self.service.correct_turn(self.hearing_id, self.seq, **self.after)
        if self.before is None:
            self.before = {k: getattr(before, k) for k in self.after}
            if before == after:
                self.setObsolete(True)

    def backward(self) -> None:
        assert self.before is not None
        self.service.correct_turn(self.hearing_id, self.seq, **self.before)


def speaker_change(person_id: str | None, label: str | None, kind: TurnKind | None = None) -> dict[str, Any]:
    """The fields of a :class:`CorrectTurn` that give a turn another speaker (or make it a note)."""
    return {"speaker": person_id, "speaker_label": label, "kind": kind}


class DeleteTurn(TurnCommand):
    """Turn ``seq`` leaves the transcript (and the opinions that referred to it); undo
    puts it back at its place, with those references."""

    def __init__(self, ctx, doc, ask_unlock, hearing_id: int, seq: int, number: int):
        super().__init__(ctx, doc, ask_unlock, hearing_id,
                         Changes(hearing_id, transcript=True, opinions=True, record=True),
                         translate("TranscriptCommands", "删除第 {0} 段").format(number))
        self.seq = seq
        self.deleted: DeletedTurn | None = None

    def forward(self) -> None:
        deleted = self.service.delete_turn(self.hearing_id, self.seq)
        self.deleted = replace(deleted, turn=replace(deleted.turn), opinion_ids=list(deleted.opinion_ids))

    def backward(self) -> None:
        assert self.deleted is not None
        self.service.restore_turn(self.hearing_id, self.deleted)


class MarkOpinion(TurnCommand):
    """``text`` (None: the whole turn) of turn ``seq`` registered as an opinion of its
    speaker; redone with the same id and number."""

    def __init__(self, ctx, doc, ask_unlock, hearing_id: int, seq: int, text: str | None):
        super().__init__(ctx, doc, ask_unlock, hearing_id, Changes(hearing_id, opinions=True),
                         translate("TranscriptCommands", "标为意见"))
        self.seq, self.selection = seq, text
        self.opinion: Opinion | None = None

    def forward(self) -> None:
        opinion = self.service.mark_opinion(
            self.hearing_id, self.seq, self.selection,
            opinion_id=self.opinion.id if self.opinion else None,
            opinion_seq=self.opinion.seq if self.opinion else None)
        if self.opinion is None:
            self.opinion = opinion

    def backward(self) -> None:
        assert self.opinion is not None
        self.service.unmark_opinion(self.hearing_id, self.opinion.id)


class SetSignature(TurnCommand):
    """A signature recorded for a person, for the lock in force (on every record of a
    person in two roles); undo puts back exactly what each record had, of whatever version."""

    def __init__(self, ctx, doc, ask_unlock, hearing_id: int, person_id: str, name: str,
                 status: SignatureStatus, note: str | None):
        super().__init__(ctx, doc, ask_unlock, hearing_id, Changes(hearing_id, record=True),
                         translate("TranscriptCommands", "登记{0}的签字").format(name))
        self.person_id, self.status, self.note = person_id, status, note
        self.before: dict[str, Signature | None] | None = None

    def forward(self) -> None:
        before = self.ctx.signatures.set_signature(self.hearing_id, self.person_id, self.status, self.note)
        if self.before is None:
            self.before = {k: replace(v) if v else None for k, v in before.items()}

    def backward(self) -> None:
        assert self.before is not None
        self.ctx.signatures.restore_signatures(self.hearing_id, self.before)


class CorrectAttendance(TurnCommand):
    """Someone recorded absent at 签到 was there after all (they speak or sign): the
    attendance the transcript prints is corrected; undo marks them as before."""

    def __init__(self, ctx, doc, ask_unlock, hearing_id: int, person_id: str, text: str):
        super().__init__(ctx, doc, ask_unlock, hearing_id, Changes(hearing_id, attendance=True, record=True), text)
        self.person_id = person_id
        self.before: dict[str, bool | None] | None = None

    def forward(self) -> None:
        before = self.ctx.attendance.set_attendance(self.hearing_id, {self.person_id: True})
        if self.before is None:
            self.before = before

    def backward(self) -> None:
        assert self.before is not None
        self.ctx.attendance.set_attendance(self.hearing_id, self.before)
