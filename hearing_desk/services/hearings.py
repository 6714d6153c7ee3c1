"""Use cases on whole hearings: list, create, import, export, demo, duplicate, delete.

The command line and the GUI call these; each method owns its transaction.
"""
from __future__ import annotations

import copy
from pathlib import Path

from ..domain import Hearing
from ..paths import sample_hearing_path
from ..storage import repository as repo
from ..storage.database import Database
from . import interchange
from .errors import BadInput, NotFound


class HearingService:
    def __init__(self, db: Database):
        self.db = db

    # ------------------------------------------------------------ reading
    def list(self) -> list[repo.HearingSummary]:
        with self.db.session() as s:
            return repo.list_hearings(s)

    def get(self, hearing_id: int) -> Hearing:
        with self.db.session() as s:
            hearing = repo.load_hearing(s, hearing_id)
        if hearing is None:
            raise NotFound(f"数据库中没有编号为 {hearing_id} 的听证会。可用 list 命令查看现有听证会。")
        return hearing

    # ------------------------------------------------------------ writing
    def add(self, hearing: Hearing) -> int:
        """Store a new hearing whole (one transaction); return its id."""
        if not hearing.title or not hearing.title.strip():
            raise BadInput("听证会名称不能为空。")
        with self.db.session() as s:
            return repo.add_hearing(s, hearing)

    def create(self, title: str) -> int:
        return self.add(Hearing(title=title))

    def import_file(self, path: str | Path) -> int:
        """Check a hearing file and store it; a bad file is refused whole, nothing stored."""
        return self.add(interchange.read_file(path))

    def export_file(self, hearing_id: int, path: str | Path, *, personal_data: bool = True) -> None:
        interchange.write_file(self.get(hearing_id), path, personal_data=personal_data)

    def add_demo(self) -> int:
        """Add the sample hearing (the Guangming public-data hearing of 2024-07-16)."""
        return self.import_file(sample_hearing_path())

    def duplicate(self, hearing_id: int, title: str | None = None) -> int:
        hearing = copy.deepcopy(self.get(hearing_id))
        hearing.id = None
        hearing.title = title or f"{hearing.title}（副本）"
        return self.add(hearing)

    def delete(self, hearing_id: int) -> None:
        with self.db.session() as s:
            if not repo.delete_hearing(s, hearing_id):
                raise NotFound(f"数据库中没有编号为 {hearing_id} 的听证会。")

    def save_fields(self, hearing: Hearing) -> None:
        """Store the hearing-level fields (setup, report meta, disputes, settings, lock)."""
        if not hearing.title or not hearing.title.strip():
            raise BadInput("听证会名称不能为空。")
        with self.db.session() as s:
            repo.save_hearing_fields(s, hearing)
