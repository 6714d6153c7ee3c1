"""Undoable edits of the opinion register (QUndoCommand on ``ctx.undo_stack``).

Commands call services and keep ids and values (snapshots of opinions), never
widgets or ORM rows. Each command is *prepared* before it is pushed: ``prepare()``
runs the operation once, so that a refusal (:class:`BadInput` with its Chinese
message) reaches the user and nothing lands on the undo stack; the first
``redo()`` that ``push`` calls then only announces the change.

Every redo and undo emits ``ctx.events.hearing_changed`` so the tabs redraw.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from ...domain import Dispute
from ...errors import BadInput, HearingDeskError
from ...services.opinions import OpinionService, RegisterSnapshot
from ..autosave import MergesEdits


class ServiceCommand(MergesEdits, QUndoCommand):
    """Base of the presenter's commands: ``_do()`` and ``_undo()`` call services.
    Those made by a field being typed merge per edit (``merging``, ``ui/autosave.py``)."""

    def __init__(self, ctx, hearing_id: int, text: str):
        super().__init__(text)
        self.ctx = ctx
        self.hearing_id = hearing_id
        self._skip_redo = False

    def prepare(self) -> None:
        """Run the operation the first time; raises HearingDeskError when refused."""
        self._first()
        self._skip_redo = True

    def _first(self) -> None:
        self._do()

    def _do(self) -> None:
        raise NotImplementedError

    def _undo(self) -> None:
        raise NotImplementedError

    def redo(self) -> None:
        if self._skip_redo:
            self._skip_redo = False
        else:
            self._guard(self._do, "重做")
        self.ctx.events.hearing_changed.emit(self.hearing_id)

    def undo(self) -> None:
        self._guard(self._undo, "撤销")
        self.ctx.events.hearing_changed.emit(self.hearing_id)

    def _guard(self, fn: Callable[[], None], what: str) -> None:
        try:
            fn()
        except HearingDeskError as exc:
            # the stored hearing changed under us (deleted elsewhere ...): drop the command
            self.setObsolete(True)
            self.ctx.events.status.emit(f"无法{what}“{self.text()}”：{exc}")


def push(ctx, command: ServiceCommand) -> None:
    """Prepare ``command`` (may raise HearingDeskError: show it) and push it."""
    command.prepare()
    ctx.undo_stack.push(command)


class RegisterCommand(ServiceCommand):
    """An operation on some opinions: snapshots of them before and after; undo puts the
    before-state back and removes what the operation created; redo puts the after-state
    back and removes what it deleted."""

    def __init__(self, ctx, hearing_id: int, text: str, affected: list[str]):
        super().__init__(ctx, hearing_id, text)
        self.affected = list(affected)
        self.before: RegisterSnapshot | None = None
        self.after: RegisterSnapshot | None = None
        self.created: list[str] = []
        self.removed: list[str] = []
        self.result = None

    @property
    def svc(self) -> OpinionService:
        return self.ctx.opinions

    def operate(self, svc: OpinionService):
        raise NotImplementedError

    def _first(self) -> None:
        svc = self.svc
        ids_before = svc_ids(svc, self.hearing_id)
        self.before = svc.snapshot(self.hearing_id, self.affected)
        self.result = self.operate(svc)
        ids_after = svc_ids(svc, self.hearing_id)
        self.created = [i for i in ids_after if i not in set(ids_before)]
        self.removed = [i for i in ids_before if i not in set(ids_after)]
        kept = [i for i in self.affected if i not in self.removed] + self.created
        self.after = svc.snapshot(self.hearing_id, kept)

    def _do(self) -> None:
        self.svc.restore(self.hearing_id, self.after, remove_ids=self.removed)

    def _undo(self) -> None:
        self.svc.restore(self.hearing_id, self.before, remove_ids=self.created)


def svc_ids(svc: OpinionService, hearing_id: int) -> list[str]:
    return svc.ids(hearing_id)


class AddOpinion(RegisterCommand):
    def __init__(self, ctx, hearing_id: int, speaker: str, fields: dict):
        super().__init__(ctx, hearing_id, "新增意见", [])
        self.speaker, self.fields = speaker, dict(fields)

    def operate(self, svc):
        return svc.add(self.hearing_id, self.speaker, **self.fields)


class EditOpinion(RegisterCommand):
    def __init__(self, ctx, hearing_id: int, opinion_id: str, changes: dict):
        super().__init__(ctx, hearing_id, "修改意见", [opinion_id])
        self.opinion_id, self.changes = opinion_id, dict(changes)

    def operate(self, svc):
        return svc.edit(self.hearing_id, self.opinion_id, **self.changes)


class DeleteOpinions(RegisterCommand):
    def __init__(self, ctx, hearing_id: int, opinion_ids: list[str]):
        super().__init__(ctx, hearing_id, f"删除 {len(opinion_ids)} 条意见" if len(opinion_ids) > 1
                         else "删除意见", opinion_ids)

    def operate(self, svc):
        for oid in self.affected:
            svc.delete(self.hearing_id, oid)


class MergeOpinions(RegisterCommand):
    def __init__(self, ctx, hearing_id: int, keep_id: str, other_id: str):
        super().__init__(ctx, hearing_id, "合并意见", [keep_id, other_id])
        self.keep_id, self.other_id = keep_id, other_id

    def operate(self, svc):
        return svc.merge(self.hearing_id, self.keep_id, self.other_id)


class SplitOpinion(RegisterCommand):
    def __init__(self, ctx, hearing_id: int, opinion_id: str, speaker_opinions: list[str],
                 first_text: str, second_text: str):
        # the participant's later opinions change number: they are affected too
        super().__init__(ctx, hearing_id, "拆分意见", speaker_opinions)
        self.opinion_id, self.first_text, self.second_text = opinion_id, first_text, second_text

    def operate(self, svc):
        return svc.split(self.hearing_id, self.opinion_id, self.first_text, self.second_text)


class MoveOpinions(RegisterCommand):
    def __init__(self, ctx, hearing_id: int, opinion_ids: list[str], to_speaker: str, name: str = ""):
        super().__init__(ctx, hearing_id, f"移至{name}" if name else "移至其他参加人", opinion_ids)
        self.to_speaker = to_speaker

    def operate(self, svc):
        return [svc.move(self.hearing_id, oid, self.to_speaker) for oid in self.affected]


class RenumberOpinions(RegisterCommand):
    def __init__(self, ctx, hearing_id: int, all_ids: list[str], ordered_ids: list[str]):
        super().__init__(ctx, hearing_id, "重新编号", all_ids)
        self.ordered_ids = list(ordered_ids)

    def operate(self, svc):
        return svc.renumber(self.hearing_id, self.ordered_ids)


class SetDisputes(ServiceCommand):
    """The disputed questions as a whole list, before and after. ``expect``: (index,
    text) the question being typed must still have (else the list changed under the
    typing, and the command is refused rather than write over another question)."""

    def __init__(self, ctx, hearing_id: int, disputes: list[Dispute], text: str = "修改争论的主要问题",
                 expect: tuple[int, str | None] | None = None):
        super().__init__(ctx, hearing_id, text)
        self.new = [Dispute(d.text, list(d.opinion_ids)) for d in disputes]
        self.old: list[Dispute] | None = None
        self.expect = expect

    def prepare(self) -> None:
        if self.expect is not None:
            index, text = self.expect
            current = self.ctx.disputes.disputes(self.hearing_id)
            now = current[index].text if index < len(current) else None
            if now != text:
                raise BadInput("争论的主要问题已在别处修改（撤销、另一个程序），正在输入的内容没有保存到其他问题上。")
        super().prepare()

    def absorb(self, other: SetDisputes) -> None:
        self.new = other.new

    def unchanged(self) -> bool:
        return self.new == self.old

    def _first(self) -> None:
        self.old = self.ctx.disputes.set_disputes(self.hearing_id, self.new)

    def _do(self) -> None:
        self.ctx.disputes.set_disputes(self.hearing_id, self.new)

    def _undo(self) -> None:
        self.ctx.disputes.set_disputes(self.hearing_id, self.old)


class SetOtherNotes(ServiceCommand):
    """其他需要说明的情况; the stores of one edit of the text merge into one undo step."""

    def __init__(self, ctx, hearing_id: int, text: str | None):
        super().__init__(ctx, hearing_id, "修改其他需要说明的情况")
        self.new = text
        self.old: str | None = None

    def absorb(self, other: SetOtherNotes) -> None:
        self.new = other.new

    def unchanged(self) -> bool:
        return (self.new or None) == (self.old or None)

    def _first(self) -> None:
        self.old = self.ctx.disputes.set_other_notes(self.hearing_id, self.new)

    def _do(self) -> None:
        self.ctx.disputes.set_other_notes(self.hearing_id, self.new)

    def _undo(self) -> None:
        self.ctx.disputes.set_other_notes(self.hearing_id, self.old)
