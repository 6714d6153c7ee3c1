"""A sign-up sheet (报名表) as read: its rows, each with the problems found in it, before
anything is stored. The file format and the checks are in ``formats/signup.py``."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .enums import Role
from .model import Contact, Person

ERROR = "error"
WARNING = "warning"

FIELD_TITLES = {
    "name": "姓名", "affiliation": "工作单位", "phone": "联系电话", "id_number": "身份证号",
    "selection": "产生方式", "description": "基本情况", "category": "类别", "email": "邮箱",
    "address": "地址",
}


@dataclass(frozen=True)
class Problem:
    severity: str          # ERROR: the row is not imported; WARNING: imported, worth a look
    field: str | None      # the column it is about, or None for the whole row
    text: str


@dataclass
class SignupRow:
    row: int                         # the row number in the sheet (as Excel shows it)
    name: str | None = None
    affiliation: str | None = None
    phone: str | None = None
    id_number: str | None = None
    selection: str | None = None
    description: str | None = None
    category: str | None = None
    email: str | None = None
    address: str | None = None
    problems: list[Problem] = field(default_factory=list)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == ERROR]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == WARNING]

    @property
    def ok(self) -> bool:
        return not self.errors

    def problem_text(self) -> str:
        return "；".join(p.text for p in self.problems)

    def to_person(self) -> Person:
        contact = Contact(phone=self.phone, email=self.email, id_number=self.id_number, address=self.address)
        return Person(id="", role=Role.PARTICIPANT, name=self.name or "", affiliation=self.affiliation,
                      description=self.description, selection=self.selection, category=self.category,
                      contact=None if contact.is_empty() else contact)


@dataclass
class SignupSheet:
    path: Path
    sheet: str
    header_row: int
    columns: dict[str, str]          # field → the header as written in the sheet
    rows: list[SignupRow]

    @property
    def good_rows(self) -> list[SignupRow]:
        return [r for r in self.rows if r.ok]

    @property
    def bad_rows(self) -> list[SignupRow]:
        return [r for r in self.rows if not r.ok]
