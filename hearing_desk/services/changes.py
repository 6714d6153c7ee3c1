"""What an operation changed, so that each screen refreshes only what it shows.

Every use case that writes says what it touched with a :class:`Changes` (the idea of
Anki's ``OpChanges``): the undo command that ran it emits it on the event bus, and
each tab looks at the flags it cares about — the register redraws on ``opinions``,
the 签到 page on ``attendance``, the hearing list on ``listing`` — instead of
reloading the whole hearing on every keystroke somewhere else.
"""
from __future__ import annotations

from dataclasses import dataclass, fields, replace


@dataclass(frozen=True)
class Changes:
    hearing_id: int | None
    listing: bool = False        # what the hearing list shows: title, date, counts; added/deleted
    fields: bool = False         # hearing-level fields: 基本信息, role labels, report meta, 基本情况
    settings: bool = False       # procedure settings
    people: bool = False         # who takes part, their roles and data
    attendance: bool = False     # 签到
    agenda: bool = False
    draft: bool = False          # the draft under discussion (征求意见稿)
    transcript: bool = False     # turns (committed); the typing box's own draft is not a change
    record: bool = False         # lock, signatures, the change log
    opinions: bool = False       # the register: opinions, their order, links
    responses: bool = False      # decisions and analyses
    disputes: bool = False       # disputed questions and other notes

    @classmethod
    def everything(cls, hearing_id: int | None) -> Changes:
        """A hearing replaced wholesale (import, restore, reload after another program)."""
        return cls(hearing_id, **{f.name: True for f in fields(cls) if f.name != "hearing_id"})

    def __or__(self, other: Changes) -> Changes:
        if other.hearing_id != self.hearing_id:
            raise ValueError("changes of two hearings cannot be merged")
        return replace(self, **{f.name: getattr(self, f.name) or getattr(other, f.name)
                                for f in fields(self) if f.name != "hearing_id"})

    def any(self, *names: str) -> bool:
        """Does this touch any of ``names`` (flag names)?"""
        return any(getattr(self, name) for name in names)

    @property
    def touched(self) -> frozenset[str]:
        return frozenset(f.name for f in fields(self) if f.name != "hearing_id" and getattr(self, f.name))
