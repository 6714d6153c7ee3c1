"""The composition root: one window per database, start-up, logging."""
from __future__ import annotations

import logging
from typing import Any

import pytest

from hearing_desk import app as app_module
from hearing_desk.storage.database import Database


@pytest.fixture
def no_event_loop(monkeypatch, qapp):
    """run_gui without blocking: the event loop returns at once; records the window it showed."""
    shown: dict[str, Any] = {}

    def fake_exec(app):
        from PySide6.QtWidgets import QApplication

        from hearing_desk.ui.main_window import MainWindow

        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        shown["window"] = windows[-1] if windows else None
        if windows:
            shown["hearing"], shown["tab"] = windows[-1].hearing_id, windows[-1].current_tab()
        return 0

    monkeypatch.setattr(app_module, "_exec", fake_exec)
    return shown


@pytest.fixture(autouse=True)
def _restore_logging():
    root = logging.getLogger()
    before = list(root.handlers)
    yield
    for handler in root.handlers[:]:
        if handler not in before:
            root.removeHandler(handler)
            handler.close()


def test_second_copy_on_the_same_file_is_refused(db_path, message_boxes):
    first = Database(str(db_path))
    first.lock_exclusive()
    try:
        assert app_module.open_database(str(db_path)) is None
        [(kind, title, text)] = message_boxes.calls
        assert kind == "critical" and title == "无法打开数据库"
        assert "已在另一个 Hearing Desk 窗口中打开" in text and str(db_path) in text
    finally:
        first.close()
    again = app_module.open_database(str(db_path))     # free again once the first one closed
    assert again is not None
    again.close()


def test_run_gui_refused_exits_1(db_path, message_boxes, no_event_loop):
    first = Database(str(db_path))
    first.lock_exclusive()
    try:
        assert app_module.run_gui(str(db_path)) == 1
    finally:
        first.close()
    assert message_boxes.kinds() == ["critical"]
    assert "window" not in no_event_loop


def test_run_gui_first_start_adds_the_sample_and_opens_the_tab(db_path, message_boxes, no_event_loop, _logs_in_tmp):
    assert app_module.run_gui(str(db_path), None, "transcript") == 0
    assert message_boxes.calls == []
    assert no_event_loop["tab"] == "transcript"
    db = Database(str(db_path))
    try:
        from hearing_desk.services.hearings import HearingService
        [summary] = HearingService(db).list()
    finally:
        db.close()
    assert no_event_loop["hearing"] == summary.id
    log_text = (_logs_in_tmp / "hearing-desk.log").read_text(encoding="utf-8")
    assert "starting Hearing Desk" in log_text and "Hearing Desk stopped" in log_text
    # the lock was released: the next start works
    assert app_module.run_gui(str(db_path), summary.id, "setup") == 0
    assert no_event_loop["tab"] == "setup"


def test_run_gui_unknown_hearing_warns_and_opens(db_path, message_boxes, no_event_loop):
    assert app_module.run_gui(str(db_path), 77, "opinions") == 0
    assert message_boxes.kinds() == ["warning"]
    assert "77" in message_boxes.texts()[0]
    assert no_event_loop["hearing"] is not None and no_event_loop["tab"] == "opinions"


def test_unreadable_database_is_told(tmp_path, message_boxes, no_event_loop, monkeypatch):
    from hearing_desk.ui.backup.damaged import Choice, DamagedDatabaseDialog

    asked = []
    def ask(cls, parent, message, backup):
        asked.append((message, backup))
        return Choice.QUIT
    monkeypatch.setattr(DamagedDatabaseDialog, "ask", classmethod(ask))
    bad = tmp_path / "not-a-db.sqlite3"
    bad.write_bytes(b"this is not sqlite" * 100)
    assert app_module.run_gui(str(bad)) == 1
    [(message, backup)] = asked
    assert "不是 Hearing Desk 的数据库" in message and str(bad) in message and backup is None
    assert bad.read_bytes() == b"this is not sqlite" * 100


def test_logging_goes_to_a_file(tmp_path):
    path = app_module.setup_logging(tmp_path)
    assert app_module.setup_logging(tmp_path) == path       # a second call adds no second handler
    logging.getLogger("hearing_desk.test").warning("记录一条中文日志")
    for handler in logging.getLogger().handlers:
        handler.flush()
    assert "记录一条中文日志" in path.read_text(encoding="utf-8")


def test_uncaught_exception_in_a_slot_is_logged_and_told(tmp_path, message_boxes, caplog):
    hook = app_module._excepthook_for(lambda: None, tmp_path / "hearing-desk.log")
    try:
        raise RuntimeError("boom")
    except RuntimeError as exc:
        hook(type(exc), exc, exc.__traceback__)
    assert message_boxes.kinds() == ["critical"]
    assert "程序内部错误" in message_boxes.texts()[0] and "hearing-desk.log" in message_boxes.texts()[0]
    assert "boom" in caplog.text


# ---------------------------------------------------------------- issue 16: every start-up failure is told

def _log_text(folder) -> str:
    return "".join(p.read_text(encoding="utf-8") for p in folder.glob("*.log"))


def test_a_missing_driver_is_a_dialog_and_a_log_line(message_boxes, no_event_loop, _logs_in_tmp):
    url = "postgresql+nosuchdriver://clerk:s3cret-pw@db.example.invalid/hearings"
    assert app_module.run_gui(url) == 1
    [(kind, title, text)] = message_boxes.calls
    assert kind == "critical" and "驱动" in text and "s3cret-pw" not in text
    logged = _log_text(_logs_in_tmp)
    assert "驱动" in logged and "s3cret-pw" not in logged


def test_a_read_only_database_is_a_dialog(db_path, message_boxes, no_event_loop, monkeypatch, _logs_in_tmp):
    from hearing_desk.ui.backup.damaged import DamagedDatabaseDialog

    Database(str(db_path)).close()
    db_path.chmod(0o444)
    told: list[str] = []
    monkeypatch.setattr(DamagedDatabaseDialog, "ask", classmethod(lambda cls, parent, text, best: told.append(text)))
    assert app_module.run_gui(str(db_path)) == 1
    assert told and "只读" in told[0]
    assert "只读" in _log_text(_logs_in_tmp)


@pytest.mark.parametrize("failure", ["folder", "sqlite", "window"])
def test_every_other_start_up_failure_is_a_dialog(failure, db_path, message_boxes, no_event_loop, monkeypatch,
                                                  _logs_in_tmp):
    import sqlite3

    from sqlalchemy.exc import OperationalError

    if failure == "folder":
        def refuse(*args, **kwargs):
            raise PermissionError(13, "Permission denied", "/srv/hearings")
        monkeypatch.setattr(app_module, "create_main_window", refuse)
        monkeypatch.setattr("hearing_desk.storage.database.Database.__init__", refuse)
    elif failure == "sqlite":
        def refuse(*args, **kwargs):
            raise OperationalError("SELECT …", None, sqlite3.OperationalError("unable to open database file"))
        monkeypatch.setattr("hearing_desk.storage.database.Database.__init__", refuse)
    else:
        def refuse(*args, **kwargs):
            raise RuntimeError("a bug")
        monkeypatch.setattr(app_module, "create_main_window", refuse)
    assert app_module.run_gui(str(db_path)) == 1
    [(kind, title, text)] = message_boxes.calls
    assert kind == "critical" and title == "无法启动 Hearing Desk"
    expected = {"folder": "/srv/hearings", "sqlite": "unable to open database file", "window": "内部错误"}[failure]
    assert expected in text and "SELECT" not in text
    assert "start-up failed" in _log_text(_logs_in_tmp)
    assert "window" not in no_event_loop
