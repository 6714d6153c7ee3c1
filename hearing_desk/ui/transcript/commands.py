"""Undo commands of the transcript tab. Each stores ids and values and calls the
document (which calls the services); the change is made before the command is
pushed, so its first ``redo`` does nothing.

A command that would change a locked transcript asks to unlock it first; if the
user says no, the command leaves the stack (``setObsolete``) and nothing changes.
"""
from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from ...domain import Opinion, Signature
from ...errors import HearingDeskError, TranscriptLocked
from ...services.transcript import DeletedTurn

translate = QCoreApplication.translate


class _Command(QUndoCommand):
    def __init__(self, doc, hearing_id: int, text: str):
        super().__init__(text)
        self.doc = doc
        self.hearing_id = hearing_id
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._run(self._redo)

    def undo(self) -> None:
        self._run(self._undo)

    def _run(self, action) -> None:
        try:
            try:
                action()
            except TranscriptLocked:
                if not self.doc.ask_unlock(self.hearing_id):
                    raise
                action()
        except HearingDeskError as exc:
            self.setObsolete(True)
            self.doc.ctx.events.status.emit(
                translate("TranscriptCommands", "无法{0}：{1}").format(self.actionText(), exc))

    def _redo(self) -> None:
        raise NotImplementedError

    def _undo(self) -> None:
        raise NotImplementedError


class CorrectTurn(_Command):
    """Text or speaker of turn ``seq`` changed from ``before`` to ``after`` (field dicts)."""

    def __init__(self, doc, hearing_id: int, seq: int, before: dict, after: dict, text: str):
        super().__init__(doc, hearing_id, text)
        self.seq, self.before, self.after = seq, dict(before), dict(after)

    def _redo(self) -> None:
        self.doc.correct(self.hearing_id, self.seq, **self.after)

    def _undo(self) -> None:
        self.doc.correct(self.hearing_id, self.seq, **self.before)


class DeleteTurn(_Command):
    def __init__(self, doc, hearing_id: int, deleted: DeletedTurn, number: int | None = None):
        super().__init__(doc, hearing_id, translate("TranscriptCommands", "删除第 {0} 段").format(
            number if number is not None else deleted.turn.seq))
        self.deleted = replace(deleted, turn=replace(deleted.turn), opinion_ids=list(deleted.opinion_ids))

    def _redo(self) -> None:
        self.deleted = self.doc.delete(self.hearing_id, self.deleted.turn.seq)

    def _undo(self) -> None:
        self.doc.restore(self.hearing_id, self.deleted)


class MarkOpinion(_Command):
    def __init__(self, doc, hearing_id: int, seq: int, opinion: Opinion, text: str):
        super().__init__(doc, hearing_id, translate("TranscriptCommands", "标为意见"))
        self.seq, self.text = seq, text
        self.opinion_id, self.opinion_seq = opinion.id, opinion.seq

    def _redo(self) -> None:
        self.doc.mark_opinion(self.hearing_id, self.seq, self.text, opinion_id=self.opinion_id,
                              opinion_seq=self.opinion_seq)

    def _undo(self) -> None:
        self.doc.unmark_opinion(self.hearing_id, self.opinion_id)


class SetSignature(_Command):
    """A signature recorded for a person (on every record of a person in two roles);
    undo puts back exactly what each record had, of whatever version."""

    def __init__(self, doc, hearing_id: int, person_id: str, name: str,
                 before: dict[str, Signature | None], after: Signature | None):
        super().__init__(doc, hearing_id, translate("TranscriptCommands", "登记{0}的签字").format(name))
        self.person_id = person_id
        self.before = {k: replace(v) if v else None for k, v in before.items()}
        self.after = replace(after) if after else None

    def _redo(self) -> None:
        self.doc.set_signature(self.hearing_id, self.person_id, self.after)

    def _undo(self) -> None:
        self.doc.restore_signatures(self.hearing_id, self.before)
