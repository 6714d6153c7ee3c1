"""Undo commands of the setup tab, on the one undo vocabulary (``ui/undo.py``).

Each command calls the setup's services on ``ctx`` (``hearing_fields``, ``people``,
``attendance``, ``agenda``) in ``do()`` and takes it back in ``undo_do()``;
it keeps the hearing id and plain values (never rows or widgets), so it works
whichever tab is shown, and says with its :class:`Changes` what it touched. It is
pushed with :func:`~hearing_desk.ui.undo.perform`: a refusal raises there, with its
message, and nothing reaches the undo stack.

A write of something the transcript prints goes through the record's guard, which
logs it after an unlock: such commands touch ``record`` too.
"""
from __future__ import annotations

import copy
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from ...domain import Draft, Hearing, Person, ProcedureSettings, Role, default_agenda
from ...errors import HearingDeskError
from ...services.changes import Changes
from ...services.hearing_fields import FIELD_LABELS
from ..autosave import MergesEdits
from ..undo import Command

if TYPE_CHECKING:
    from ..context import AppContext

translate = QCoreApplication.translate

#: the hearing list shows these fields (its title and date)
LISTED_FIELDS = frozenset({"title", "starts_at"})

Steps = list[tuple[int | None, str]]


def stored_id(hearing: Hearing) -> int:
    """The database id of a hearing loaded from the database (the one a command changes)."""
    if hearing.id is None:
        raise ValueError("this hearing is not stored")
    return hearing.id


class Unchanged(HearingDeskError):
    """Nothing to do (moving the first person up): nothing reaches the undo stack."""

    def __init__(self) -> None:
        super().__init__("")


class SetupCommand(MergesEdits, Command):
    """A change of one hearing through the setup's services. Commands that define ``absorb``
    merge the stores of one typed edit into one undo step (``ui/autosave.py``)."""

    def __init__(self, ctx: AppContext, hearing_id: int, text: str, changes: Changes):
        super().__init__(ctx, changes, text)
        self.hid = hearing_id

    def merging(self, edit, target) -> SetupCommand:
        if type(self).absorb is MergesEdits.absorb:
            return self
        return super().merging(edit, target)


class SetFieldCommand(SetupCommand):
    def __init__(self, ctx: AppContext, hearing_id: int, name: str, value: Any):
        super().__init__(ctx, hearing_id, translate("SetupCommand", "修改{0}").format(FIELD_LABELS[name]),
                         Changes(hearing_id, fields=True, record=True, listing=name in LISTED_FIELDS))
        self.name, self.new, self.old = name, copy.deepcopy(value), None

    def do(self) -> None:
        self.old = self.ctx.hearing_fields.set_field(self.hid, self.name, self.new)

    def undo_do(self) -> None:
        self.ctx.hearing_fields.set_field(self.hid, self.name, self.old)

    def absorb(self, other: SetFieldCommand) -> None:
        self.new = other.new

    def unchanged(self) -> bool:
        return self.new == self.old


class RoleLabelCommand(SetupCommand):
    """What the hearing calls a role. ``follow_agenda``: the agenda is the default one
    and takes the new label too (undone with it, one step)."""

    def __init__(self, ctx: AppContext, hearing_id: int, role: Role, label: str | None,
                 follow_agenda: bool = False):
        super().__init__(ctx, hearing_id,
                         translate("SetupCommand", "修改“{0}”的称谓").format(role.usual_label),
                         Changes(hearing_id, fields=True, record=True, agenda=follow_agenda))
        self.role, self.new = role, label
        self.old: str | None = None
        self.follow = follow_agenda
        self.back: Steps | None = None

    @property
    def stored_label(self) -> str | None:
        return None if self.new == self.role.usual_label else self.new

    def do(self) -> None:
        self.old = self.ctx.hearing_fields.set_role_label(self.hid, self.role, self.new)
        if self.follow:
            h = self.ctx.hearing_fields.load(self.hid)
            steps: Steps = [(a.seq, b.title) for a, b in zip(h.agenda, default_agenda(h))]
            old, mapping = self.ctx.agenda.set_agenda(self.hid, steps)
            self.back = [(mapping.get(a.seq), a.title) for a in old]

    def undo_do(self) -> None:
        if self.back is not None:
            self.ctx.agenda.set_agenda(self.hid, self.back)
        self.ctx.hearing_fields.set_role_label(self.hid, self.role, self.old)

    def absorb(self, other: RoleLabelCommand) -> None:
        self.new = other.new

    def unchanged(self) -> bool:
        return self.stored_label == self.old


class SettingsCommand(SetupCommand):
    """One procedure setting; consecutive changes of the same setting merge into one step."""
    ID = 0x5E7

    def __init__(self, ctx: AppContext, hearing_id: int, settings: ProcedureSettings,
                 field: str):
        super().__init__(ctx, hearing_id, translate("SetupCommand", "修改程序设置"),
                         Changes(hearing_id, settings=True, record=True))
        self.new, self.field = copy.copy(settings), field
        self.old: ProcedureSettings | None = None

    def id(self) -> int:
        return self.ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SettingsCommand) or other.hid != self.hid or other.field != self.field:
            return False
        self.new = other.new
        return True

    def do(self) -> None:
        old = self.ctx.hearing_fields.set_settings(self.hid, self.new)
        if self.old is None:
            self.old = old

    def undo_do(self) -> None:
        if self.old is not None:
            self.ctx.hearing_fields.set_settings(self.hid, self.old)


class AgendaCommand(SetupCommand):
    """The whole agenda; steps = (seq it had, or None for a new step, title). Transcript
    turns follow their step to its new number."""

    def __init__(self, ctx: AppContext, hearing_id: int, steps: Steps, text: str):
        super().__init__(ctx, hearing_id, text, Changes(hearing_id, agenda=True, transcript=True))
        self.steps = list(steps)
        self.back: Steps = []

    def do(self) -> None:
        old, mapping = self.ctx.agenda.set_agenda(self.hid, self.steps)
        self.back = [(mapping.get(a.seq), a.title) for a in old]

    def absorb(self, other: AgendaCommand) -> None:
        self.steps = other.steps

    def undo_do(self) -> None:
        self.ctx.agenda.set_agenda(self.hid, self.back)


class DraftCommand(SetupCommand):
    def __init__(self, ctx: AppContext, hearing_id: int, draft: Draft | None, text: str):
        super().__init__(ctx, hearing_id, text, Changes(hearing_id, draft=True))
        self.new = copy.deepcopy(draft)
        self.old: Draft | None = None

    def do(self) -> None:
        self.old = self.ctx.agenda.set_draft(self.hid, self.new)

    def undo_do(self) -> None:
        self.ctx.agenda.set_draft(self.hid, self.old)


class DraftTitleCommand(SetupCommand):
    def __init__(self, ctx: AppContext, hearing_id: int, title: str | None):
        super().__init__(ctx, hearing_id, translate("SetupCommand", "修改征求意见稿标题"),
                         Changes(hearing_id, draft=True))
        self.new = title
        self.old: str | None = None

    def do(self) -> None:
        self.old = self.ctx.agenda.set_draft_title(self.hid, self.new)

    def undo_do(self) -> None:
        self.ctx.agenda.set_draft_title(self.hid, self.old)

    def absorb(self, other: DraftTitleCommand) -> None:
        self.new = other.new

    def unchanged(self) -> bool:
        return self.new == self.old


def _people_changed(hearing_id: int) -> Changes:
    """Who takes part: the people pages, 签到, the printed record and the list's counts."""
    return Changes(hearing_id, people=True, record=True, listing=True)


class AddPeopleCommand(SetupCommand):
    """New people (a typed one, or the rows of a sign-up sheet); undo removes them again."""

    def __init__(self, ctx: AppContext, hearing_id: int, people: list[Person], text: str,
                 unique_names: bool = False):
        super().__init__(ctx, hearing_id, text, _people_changed(hearing_id))
        self.people = copy.deepcopy(people)
        self.unique_names = unique_names
        self.added: list[Person] = []
        self.removed: list[tuple[Person, int]] = []

    def do(self) -> None:
        if self.removed:
            self.ctx.people.restore_people(self.hid, self.removed)
        else:
            self.added = self.ctx.people.add_people(self.hid, self.people, unique_names=self.unique_names)

    def undo_do(self) -> None:
        self.removed = self.ctx.people.delete_people(self.hid, [p.id for p in self.added])


class DeletePeopleCommand(SetupCommand):
    def __init__(self, ctx: AppContext, hearing_id: int, person_ids: list[str], text: str):
        super().__init__(ctx, hearing_id, text, _people_changed(hearing_id))
        self.ids = list(person_ids)
        self.removed: list[tuple[Person, int]] = []

    def do(self) -> None:
        self.removed = self.ctx.people.delete_people(self.hid, self.ids)

    def undo_do(self) -> None:
        self.ctx.people.restore_people(self.hid, self.removed)


class EditPersonCommand(SetupCommand):
    def __init__(self, ctx: AppContext, hearing_id: int, person_id: str,
                 values: dict[str, Any], text: str, seen: int | None = None):
        super().__init__(ctx, hearing_id, text, _people_changed(hearing_id))
        self.pid, self.values = person_id, dict(values)
        self.old: dict[str, Any] = {}
        self.seen = seen        # the person's version as shown: a stale first save is refused

    def do(self) -> None:
        self.old = self.ctx.people.update_person(self.hid, self.pid, seen=self.seen, **self.values)
        self.seen = None        # a redo after an undo puts back this window's own change

    def undo_do(self) -> None:
        self.ctx.people.update_person(self.hid, self.pid, **self.old)

    def absorb(self, other: EditPersonCommand) -> None:
        self.values.update(other.values)

    def unchanged(self) -> bool:
        return self.values == self.old


class MovePersonCommand(SetupCommand):
    def __init__(self, ctx: AppContext, hearing_id: int, person_id: str, delta: int,
                 text: str):
        super().__init__(ctx, hearing_id, text, _people_changed(hearing_id))
        self.pid, self.delta = person_id, delta

    def do(self) -> None:
        if not self.ctx.people.move_person(self.hid, self.pid, self.delta):
            raise Unchanged()

    def undo_do(self) -> None:
        self.ctx.people.move_person(self.hid, self.pid, -self.delta)


class ChangeRoleCommand(SetupCommand):
    def __init__(self, ctx: AppContext, hearing_id: int, person_id: str, role: Role,
                 text: str):
        super().__init__(ctx, hearing_id, text, _people_changed(hearing_id))
        self.pid, self.role = person_id, role
        self.old: tuple[Role, int | None, int] | None = None

    def do(self) -> None:
        self.old = self.ctx.people.change_role(self.hid, self.pid, self.role)
        if self.old is None:
            raise Unchanged()

    def undo_do(self) -> None:
        if self.old is not None:
            self.ctx.people.restore_role(self.hid, self.pid, self.old)


class RenumberCommand(SetupCommand):
    def __init__(self, ctx: AppContext, hearing_id: int, role: Role, text: str):
        super().__init__(ctx, hearing_id, text, _people_changed(hearing_id))
        self.role = role
        self.old: dict[str, int | None] = {}

    def do(self) -> None:
        self.old = self.ctx.people.renumber(self.hid, self.role)

    def undo_do(self) -> None:
        self.ctx.people.set_seqs(self.hid, self.old)


class AttendanceCommand(SetupCommand):
    """签到: people marked present (True), absent (False) or not checked (None)."""

    def __init__(self, ctx: AppContext, hearing_id: int, values: dict[str, bool | None],
                 text: str):
        super().__init__(ctx, hearing_id, text,
                         Changes(hearing_id, attendance=True, record=True, listing=True))
        self.values = dict(values)
        self.old: dict[str, bool | None] = {}

    def do(self) -> None:
        self.old = self.ctx.attendance.set_attendance(self.hid, self.values)

    def undo_do(self) -> None:
        self.ctx.attendance.set_attendance(self.hid, self.old)
