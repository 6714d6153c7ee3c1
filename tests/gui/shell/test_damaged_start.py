"""The window meets a file it cannot open: it says what is wrong, offers the
newest good backup (and what would be lost since) or another file, and changes
nothing unless the user chooses."""
from __future__ import annotations

import os
import sqlite3
from typing import Any

import pytest

from hearing_desk import app as app_module
from hearing_desk.services import backups
from hearing_desk.services.hearings import HearingService
from hearing_desk.storage.database import Database
from hearing_desk.ui.backup.damaged import Choice, DamagedDatabaseDialog, OpenOtherDatabase


@pytest.fixture
def no_event_loop(monkeypatch, qapp):
    shown: dict[str, Any] = {}

    def fake_exec(app):
        from PySide6.QtWidgets import QApplication

        from hearing_desk.ui.main_window import MainWindow

        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        shown["window"] = windows[-1] if windows else None
        if windows:
            shown["db"] = windows[-1].ctx.db.path
            shown["titles"] = [s.title for s in windows[-1].hearing_list.model.summaries()]
        return 0

    monkeypatch.setattr(app_module, "_exec", fake_exec)
    return shown


@pytest.fixture
def answers(monkeypatch):
    """What the user answers, in order; the questions asked are recorded."""
    state: dict[str, Any] = {"choices": [], "asked": [], "other": None}

    def ask(cls, parent, message, backup):
        state["asked"].append((message, backup))
        return state["choices"].pop(0)
    monkeypatch.setattr(DamagedDatabaseDialog, "ask", classmethod(ask))
    monkeypatch.setattr(OpenOtherDatabase, "ask", classmethod(lambda cls, parent, folder: state["other"]))
    return state


def _damaged_with_backup(db_path):
    db = Database(str(db_path))
    HearingService(db).add_demo()
    db.close()
    good = backups.make_backup(db_path, reason="close")
    data = db_path.read_bytes()
    db_path.write_bytes(data[: len(data) // 3])
    return good


def test_the_newest_backup_is_offered_and_restored(db_path, answers, no_event_loop, message_boxes):
    good = _damaged_with_backup(db_path)
    damaged = db_path.read_bytes()
    answers["choices"] = [Choice.RESTORE]
    assert app_module.run_gui(str(db_path)) == 0
    [(message, offered)] = answers["asked"]
    assert "已损坏" in message and str(db_path) in message and "文件未作任何改动" in message
    assert offered.path == good.path and offered.counts.hearings == 1
    assert no_event_loop["db"] == db_path and len(no_event_loop["titles"]) == 1
    [kept] = [p for p in db_path.parent.iterdir() if p.name.startswith(db_path.name + ".replaced-")]
    assert kept.read_bytes() == damaged
    assert message_boxes.kinds() == ["information"] and str(kept) in message_boxes.texts()[0]


def test_another_file_may_be_opened_instead(db_path, tmp_path, answers, no_event_loop):
    _damaged_with_backup(db_path)
    damaged = db_path.read_bytes(), db_path.stat().st_mtime_ns
    other = tmp_path / "other.sqlite3"
    answers["choices"], answers["other"] = [Choice.OTHER_FILE], str(other)
    assert app_module.run_gui(str(db_path)) == 0
    assert no_event_loop["db"] == other
    assert (db_path.read_bytes(), db_path.stat().st_mtime_ns) == damaged


def test_quitting_changes_nothing(db_path, tmp_path, answers, no_event_loop):
    con = sqlite3.connect(db_path)
    con.execute("CREATE TABLE accounts (id INTEGER PRIMARY KEY, owner TEXT)")
    con.commit()
    con.close()
    def beside():
        return sorted(name for name in os.listdir(tmp_path) if name.startswith(db_path.name))
    before = beside(), db_path.read_bytes(), db_path.stat().st_mtime_ns
    answers["choices"] = [Choice.QUIT]
    assert app_module.run_gui(str(db_path)) == 1
    [(message, offered)] = answers["asked"]
    assert "另一个程序的 SQLite 数据库" in message and "accounts" in message and offered is None
    assert (beside(), db_path.read_bytes(), db_path.stat().st_mtime_ns) == before
    assert "window" not in no_event_loop
