"""Undo commands of the setup tab. They call the setup's services on ``ctx`` (hearing
fields, people, attendance, agenda) and store the hearing id
and plain values (never rows or widgets), so they work whichever tab is shown.

The tab makes the change first with ``apply()`` — a refusal raises there, with its
message, and nothing reaches the undo stack — then pushes the command, whose first
``redo()`` only tells the tabs that the hearing changed.
"""
from __future__ import annotations

import copy
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from ...domain import Draft, Person, ProcedureSettings, Role, default_agenda
from ...errors import HearingDeskError
from ...services.hearing_fields import FIELD_LABELS
from ..autosave import MergesEdits

translate = QCoreApplication.translate


class SetupCommand(MergesEdits, QUndoCommand):
    def __init__(self, ctx, hearing_id: int, text: str):
        super().__init__(text)
        self.ctx = ctx
        self.hid = hearing_id
        self._applied = False

    # subclasses: forward() makes the change (and remembers what it replaced), backward() undoes it
    def forward(self) -> None:
        raise NotImplementedError

    def backward(self) -> None:
        raise NotImplementedError

    def merging(self, edit, target) -> SetupCommand:
        """Typed edits of one field merge (``ui/autosave.py``); for the commands that
        define ``absorb``."""
        if type(self).absorb is MergesEdits.absorb:
            return self
        return super().merging(edit, target)

    def apply(self) -> SetupCommand:
        """Make the change now; raises ``HearingDeskError`` when the service refuses it."""
        self.forward()
        self._applied = True
        return self

    def redo(self) -> None:
        if self._applied:
            self._applied = False
        else:
            self._run(self.forward, translate("SetupCommand", "重做"))
        self.ctx.events.hearing_changed.emit(self.hid)

    def undo(self) -> None:
        self._run(self.backward, translate("SetupCommand", "撤销"))
        self.ctx.events.hearing_changed.emit(self.hid)

    def _run(self, step, verb: str) -> None:
        try:
            step()
        except HearingDeskError as exc:
            # the database changed under us (another tab, another program): drop the command
            self.setObsolete(True)
            self.ctx.events.status.emit(translate("SetupCommand", "无法{0}“{1}”：{2}").format(verb, self.text(), exc))


class SetFieldCommand(SetupCommand):
    def __init__(self, ctx, hearing_id: int, name: str, value: Any):
        super().__init__(ctx, hearing_id, translate("SetupCommand", "修改{0}").format(FIELD_LABELS[name]))
        self.name, self.new, self.old = name, copy.deepcopy(value), None

    def forward(self) -> None:
        self.old = self.ctx.hearing_fields.set_field(self.hid, self.name, self.new)

    def backward(self) -> None:
        self.ctx.hearing_fields.set_field(self.hid, self.name, self.old)

    def absorb(self, other: SetFieldCommand) -> None:
        self.new = other.new

    def unchanged(self) -> bool:
        return self.new == self.old


class RoleLabelCommand(SetupCommand):
    """What the hearing calls a role. ``follow_agenda``: the agenda is the default one
    and takes the new label too (undone with it, one step)."""

    def __init__(self, ctx, hearing_id: int, role: Role, label: str | None,
                 follow_agenda: bool = False):
        super().__init__(ctx, hearing_id, translate("SetupCommand", "修改“{0}”的称谓").format(role.usual_label))
        self.role, self.new, self.old = role, label, None
        self.follow = follow_agenda
        self.back: list[tuple[int | None, str]] | None = None

    @property
    def stored_label(self) -> str | None:
        return None if self.new == self.role.usual_label else self.new

    def forward(self) -> None:
        self.old = self.ctx.hearing_fields.set_role_label(self.hid, self.role, self.new)
        if self.follow:
            h = self.ctx.hearing_fields.load(self.hid)
            steps = [(a.seq, b.title) for a, b in zip(h.agenda, default_agenda(h))]
            old, mapping = self.ctx.agenda.set_agenda(self.hid, steps)
            self.back = [(mapping.get(a.seq), a.title) for a in old]

    def backward(self) -> None:
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

    def __init__(self, ctx, hearing_id: int, settings: ProcedureSettings, field: str):
        super().__init__(ctx, hearing_id, translate("SetupCommand", "修改程序设置"))
        self.new, self.old, self.field = copy.copy(settings), None, field

    def id(self) -> int:
        return self.ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SettingsCommand) or other.hid != self.hid or other.field != self.field:
            return False
        self.new = other.new
        return True

    def forward(self) -> None:
        old = self.ctx.hearing_fields.set_settings(self.hid, self.new)
        if self.old is None:
            self.old = old

    def backward(self) -> None:
        self.ctx.hearing_fields.set_settings(self.hid, self.old)


class AgendaCommand(SetupCommand):
    """The whole agenda; steps = (seq it had, or None for a new step, title)."""

    def __init__(self, ctx, hearing_id: int, steps: list[tuple[int | None, str]], text: str):
        super().__init__(ctx, hearing_id, text)
        self.steps = list(steps)
        self.back: list[tuple[int | None, str]] = []

    def forward(self) -> None:
        old, mapping = self.ctx.agenda.set_agenda(self.hid, self.steps)
        self.back = [(mapping.get(a.seq), a.title) for a in old]

    def absorb(self, other: AgendaCommand) -> None:
        self.steps = other.steps

    def backward(self) -> None:
        self.ctx.agenda.set_agenda(self.hid, self.back)


class DraftCommand(SetupCommand):
    def __init__(self, ctx, hearing_id: int, draft: Draft | None, text: str):
        super().__init__(ctx, hearing_id, text)
        self.new, self.old = copy.deepcopy(draft), None

    def forward(self) -> None:
        self.old = self.ctx.agenda.set_draft(self.hid, self.new)

    def backward(self) -> None:
        self.ctx.agenda.set_draft(self.hid, self.old)


class DraftTitleCommand(SetupCommand):
    def __init__(self, ctx, hearing_id: int, title: str | None):
        super().__init__(ctx, hearing_id, translate("SetupCommand", "修改征求意见稿标题"))
        self.new, self.old = title, None

    def forward(self) -> None:
        self.old = self.ctx.agenda.set_draft_title(self.hid, self.new)

    def backward(self) -> None:
        self.ctx.agenda.set_draft_title(self.hid, self.old)

    def absorb(self, other: DraftTitleCommand) -> None:
        self.new = other.new

    def unchanged(self) -> bool:
        return self.new == self.old


class AddPeopleCommand(SetupCommand):
    """New people (a typed one, or the rows of a sign-up sheet); undo removes them again."""

    def __init__(self, ctx, hearing_id: int, people: list[Person], text: str,
                 unique_names: bool = False):
        super().__init__(ctx, hearing_id, text)
        self.people = copy.deepcopy(people)
        self.unique_names = unique_names
        self.added: list[Person] = []
        self.removed: list[tuple[Person, int]] = []

    def forward(self) -> None:
        if self.removed:
            self.ctx.people.restore_people(self.hid, self.removed)
        else:
            self.added = self.ctx.people.add_people(self.hid, self.people, unique_names=self.unique_names)

    def backward(self) -> None:
        self.removed = self.ctx.people.delete_people(self.hid, [p.id for p in self.added])


class DeletePeopleCommand(SetupCommand):
    def __init__(self, ctx, hearing_id: int, person_ids: list[str], text: str):
        super().__init__(ctx, hearing_id, text)
        self.ids = list(person_ids)
        self.removed: list[tuple[Person, int]] = []

    def forward(self) -> None:
        self.removed = self.ctx.people.delete_people(self.hid, self.ids)

    def backward(self) -> None:
        self.ctx.people.restore_people(self.hid, self.removed)


class EditPersonCommand(SetupCommand):
    def __init__(self, ctx, hearing_id: int, person_id: str, changes: dict[str, Any], text: str):
        super().__init__(ctx, hearing_id, text)
        self.pid, self.changes, self.old = person_id, dict(changes), {}

    def forward(self) -> None:
        self.old = self.ctx.people.update_person(self.hid, self.pid, **self.changes)

    def backward(self) -> None:
        self.ctx.people.update_person(self.hid, self.pid, **self.old)

    def absorb(self, other: EditPersonCommand) -> None:
        self.changes.update(other.changes)

    def unchanged(self) -> bool:
        return self.changes == self.old


class MovePersonCommand(SetupCommand):
    def __init__(self, ctx, hearing_id: int, person_id: str, delta: int, text: str):
        super().__init__(ctx, hearing_id, text)
        self.pid, self.delta = person_id, delta

    def forward(self) -> None:
        if not self.ctx.people.move_person(self.hid, self.pid, self.delta):
            raise Unchanged()

    def backward(self) -> None:
        self.ctx.people.move_person(self.hid, self.pid, -self.delta)


class ChangeRoleCommand(SetupCommand):
    def __init__(self, ctx, hearing_id: int, person_id: str, role, text: str):
        super().__init__(ctx, hearing_id, text)
        self.pid, self.role, self.old = person_id, role, None

    def forward(self) -> None:
        self.old = self.ctx.people.change_role(self.hid, self.pid, self.role)
        if self.old is None:
            raise Unchanged()

    def backward(self) -> None:
        self.ctx.people.restore_role(self.hid, self.pid, self.old)


class RenumberCommand(SetupCommand):
    def __init__(self, ctx, hearing_id: int, role: Role, text: str):
        super().__init__(ctx, hearing_id, text)
        self.role, self.old = role, {}

    def forward(self) -> None:
        self.old = self.ctx.people.renumber(self.hid, self.role)

    def backward(self) -> None:
        self.ctx.people.set_seqs(self.hid, self.old)


class AttendanceCommand(SetupCommand):
    def __init__(self, ctx, hearing_id: int, values: dict[str, bool | None], text: str):
        super().__init__(ctx, hearing_id, text)
        self.values, self.old = dict(values), {}

    def forward(self) -> None:
        self.old = self.ctx.attendance.set_attendance(self.hid, self.values)

    def backward(self) -> None:
        self.ctx.attendance.set_attendance(self.hid, self.old)


class Unchanged(HearingDeskError):
    """Nothing to do (moving the first person up): the tab pushes nothing."""

    def __init__(self):
        super().__init__("")
