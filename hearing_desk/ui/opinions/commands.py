"""Undoable edits of the opinion register, in the one undo vocabulary (``ui/undo.py``):
the work happens in ``do()`` / ``undo_do()``, which call services and keep ids and
values (snapshots of opinions), never widgets or rows; ``perform(ctx, command)``
pushes a command and raises the service's refusal for the caller to show. Each
command says what it changed (:class:`Changes`); those made by a field being typed
merge per edit (``MergesEdits``, ``ui/autosave.py``)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...domain import Dispute
from ...errors import BadInput
from ...services.changes import Changes
from ...services.opinions import OpinionService, RegisterSnapshot
from ..autosave import MergesEdits
from ..undo import Command

translate = QCoreApplication.translate


class RegisterCommand(Command):
    """An operation on some opinions: snapshots of them before and after. The first
    ``do()`` runs the operation; undo puts the before-state back and removes what the
    operation created; redo puts the after-state back and removes what it deleted."""

    def __init__(self, ctx, hearing_id: int, text: str, affected: list[str], changes: Changes):
        super().__init__(ctx, changes, text)
        self.hearing_id = hearing_id
        self.affected = list(affected)
        self.before: RegisterSnapshot | None = None
        self.after: RegisterSnapshot | None = None
        self.created: list[str] = []
        self.removed: list[str] = []
        self.result: object = None

    @property
    def svc(self) -> OpinionService:
        return self.ctx.opinions

    def operate(self, svc: OpinionService) -> object:
        raise NotImplementedError

    def do(self) -> None:
        svc = self.svc
        if self.after is not None:
            svc.restore(self.hearing_id, self.after, remove_ids=self.removed)
            return
        ids_before = svc.ids(self.hearing_id)
        self.before = svc.snapshot(self.hearing_id, self.affected)
        self.result = self.operate(svc)
        ids_after = svc.ids(self.hearing_id)
        self.created = [i for i in ids_after if i not in set(ids_before)]
        self.removed = [i for i in ids_before if i not in set(ids_after)]
        kept = [i for i in self.affected if i not in self.removed] + self.created
        self.after = svc.snapshot(self.hearing_id, kept)

    def undo_do(self) -> None:
        assert self.before is not None          # undo follows a done command
        self.svc.restore(self.hearing_id, self.before, remove_ids=self.created)


def _register(hearing_id: int, *, count: bool = False, answers: bool = False, links: bool = False) -> Changes:
    """What a register operation touches: the opinions always; the hearing list's counts
    when opinions come or go; answers when two are merged; dispute links when an
    opinion is removed or divided."""
    return Changes(hearing_id, opinions=True, listing=count, responses=answers, disputes=links)


class AddOpinion(RegisterCommand):
    def __init__(self, ctx, hearing_id: int, speaker: str, fields: dict):
        super().__init__(ctx, hearing_id, translate("OpinionCommand", "新增意见"), [],
                         _register(hearing_id, count=True))
        self.speaker, self.fields = speaker, dict(fields)

    def operate(self, svc):
        return svc.add(self.hearing_id, self.speaker, **self.fields)


class EditOpinion(RegisterCommand):
    def __init__(self, ctx, hearing_id: int, opinion_id: str, changes: dict, seen: int | None = None):
        super().__init__(ctx, hearing_id, translate("OpinionCommand", "修改意见"), [opinion_id],
                         _register(hearing_id))
        self.opinion_id, self.fields = opinion_id, dict(changes)
        self.seen = seen        # the opinion's version as shown: a stale save is refused

    def operate(self, svc):
        return svc.edit(self.hearing_id, self.opinion_id, seen=self.seen, **self.fields)


class DeleteOpinions(RegisterCommand):
    def __init__(self, ctx, hearing_id: int, opinion_ids: list[str]):
        text = (translate("OpinionCommand", "删除 {0} 条意见").format(len(opinion_ids)) if len(opinion_ids) > 1
                else translate("OpinionCommand", "删除意见"))
        super().__init__(ctx, hearing_id, text, opinion_ids, _register(hearing_id, count=True, links=True))

    def operate(self, svc):
        for oid in self.affected:
            svc.delete(self.hearing_id, oid)


class MergeOpinions(RegisterCommand):
    def __init__(self, ctx, hearing_id: int, keep_id: str, other_id: str, decision=None):
        super().__init__(ctx, hearing_id, translate("OpinionCommand", "合并意见"), [keep_id, other_id],
                         _register(hearing_id, count=True, answers=True, links=True))
        self.keep_id, self.other_id, self.decision = keep_id, other_id, decision

    def operate(self, svc):
        return svc.merge(self.hearing_id, self.keep_id, self.other_id, self.decision)


class SplitOpinion(RegisterCommand):
    def __init__(self, ctx, hearing_id: int, opinion_id: str, speaker_opinions: list[str],
                 first_text: str, second_text: str):
        # the participant's later opinions change number: they are affected too
        super().__init__(ctx, hearing_id, translate("OpinionCommand", "拆分意见"), speaker_opinions,
                         _register(hearing_id, count=True, answers=True, links=True))
        self.opinion_id, self.first_text, self.second_text = opinion_id, first_text, second_text

    def operate(self, svc):
        return svc.split(self.hearing_id, self.opinion_id, self.first_text, self.second_text)


class MoveOpinions(RegisterCommand):
    def __init__(self, ctx, hearing_id: int, opinion_ids: list[str], to_speaker: str, name: str = ""):
        text = (translate("OpinionCommand", "移至{0}").format(name) if name
                else translate("OpinionCommand", "移至其他参加人"))
        super().__init__(ctx, hearing_id, text, opinion_ids, _register(hearing_id))
        self.to_speaker = to_speaker

    def operate(self, svc):
        return [svc.move(self.hearing_id, oid, self.to_speaker) for oid in self.affected]


class RenumberOpinions(RegisterCommand):
    def __init__(self, ctx, hearing_id: int, all_ids: list[str], ordered_ids: list[str]):
        super().__init__(ctx, hearing_id, translate("OpinionCommand", "重新编号"), all_ids, _register(hearing_id))
        self.ordered_ids = list(ordered_ids)

    def operate(self, svc):
        return svc.renumber(self.hearing_id, self.ordered_ids)


class SetDisputes(MergesEdits, Command):
    """The disputed questions as a whole list, before and after. ``expect``: (index,
    text) the question being typed must still have (else the list changed under the
    typing, and the command is refused rather than write over another question)."""

    def __init__(self, ctx, hearing_id: int, disputes: list[Dispute], text: str | None = None,
                 expect: tuple[int, str | None] | None = None):
        super().__init__(ctx, Changes(hearing_id, disputes=True),
                         text or translate("OpinionCommand", "修改争论的主要问题"))
        self.hearing_id = hearing_id
        self.new = [Dispute(d.text, list(d.opinion_ids)) for d in disputes]
        self.old: list[Dispute] | None = None
        self.expect = expect

    def absorb(self, other: SetDisputes) -> None:
        self.new = other.new

    def unchanged(self) -> bool:
        return self.new == self.old

    def do(self) -> None:
        disputes = self.ctx.disputes
        if self.old is None and self.expect is not None:
            index, text = self.expect
            current = disputes.disputes(self.hearing_id)
            now = current[index].text if index < len(current) else None
            if now != text:
                raise BadInput(translate("OpinionCommand", "争论的主要问题已在别处修改（撤销、另一个程序），"
                                                           "正在输入的内容没有保存到其他问题上。"))
        old = disputes.set_disputes(self.hearing_id, self.new)
        if self.old is None:
            self.old = old

    def undo_do(self) -> None:
        assert self.old is not None
        self.ctx.disputes.set_disputes(self.hearing_id, self.old)


class SetOtherNotes(MergesEdits, Command):
    """其他需要说明的情况; the stores of one edit of the text merge into one undo step."""

    def __init__(self, ctx, hearing_id: int, text: str | None):
        super().__init__(ctx, Changes(hearing_id, disputes=True), translate("OpinionCommand", "修改其他需要说明的情况"))
        self.hearing_id = hearing_id
        self.new = text
        self.old: str | None = None
        self._stored_once = False

    def absorb(self, other: SetOtherNotes) -> None:
        self.new = other.new

    def unchanged(self) -> bool:
        return (self.new or None) == (self.old or None)

    def do(self) -> None:
        old = self.ctx.disputes.set_other_notes(self.hearing_id, self.new)
        if not self._stored_once:
            self.old, self._stored_once = old, True

    def undo_do(self) -> None:
        self.ctx.disputes.set_other_notes(self.hearing_id, self.old)
