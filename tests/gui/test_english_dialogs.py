"""Issue 11: the main dialogs in English mode show no Chinese of their own: the new-hearing
dialog, the backups window and the phrase editors (of the transcript and of the answers),
each opened as the window opens it, on the sample hearing."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale

from hearing_desk import app as app_module
from hearing_desk.storage.database import Database
from hearing_desk.ui import file_dialogs
from hearing_desk.ui.context import AppContext
from hearing_desk.ui.settings import Settings
from tests.gui.english import chinese_not_from_data, data_blob


@pytest.fixture
def english_window(tmp_path, qtbot, qapp, message_boxes):
    """The main window in English on a database file (backups need one) holding the sample."""
    from hearing_desk.ui.main_window import MainWindow
    locale = QLocale()
    installed = app_module.install_translators(qapp, "en")
    db = Database(str(tmp_path / "venue.sqlite3"))
    db.lock_exclusive()
    file_dialogs.protect_database(db.path)
    ctx = AppContext(db=db, settings=Settings(tmp_path / "config" / "settings.ini"))
    hearing_id = ctx.hearings.add_demo()
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    win.open_hearing(hearing_id, "transcript")
    yield win
    win.close()
    db.close()
    file_dialogs.protect_database(None)
    app_module.remove_translators(qapp, installed)
    QLocale.setDefault(locale)


def _scanned(monkeypatch, cls, qtbot, blob, found, opened):
    """Replace ``cls.ask``: build the dialog as ``ask`` does, scan it, cancel."""
    def ask(_cls, parent, *args):
        dialog = cls(*args, parent=parent)
        qtbot.addWidget(dialog)
        dialog.show()
        opened.append(cls.__name__)
        found.extend(f"{cls.__name__}: {line}" for line in chinese_not_from_data(dialog, blob))
        dialog.reject()
        return None
    monkeypatch.setattr(cls, "ask", classmethod(ask))


def test_new_hearing_and_phrase_dialogs_in_english(english_window, monkeypatch, qtbot, sample_path):
    from hearing_desk.ui.dialogs import TitleDialog
    from hearing_desk.ui.phrases import PhrasesDialog
    win = english_window
    blob = data_blob(sample_path)
    found: list[str] = []
    opened: list[str] = []
    _scanned(monkeypatch, TitleDialog, qtbot, blob, found, opened)
    _scanned(monkeypatch, PhrasesDialog, qtbot, blob, found, opened)
    win.window_actions.new_hearing.trigger()
    win.tab_widgets["transcript"].recording.edit_phrases()
    win.show_tab("responses")
    answer = win.tab_widgets["responses"].answer
    answer.edit_phrases()
    assert opened == ["TitleDialog", "PhrasesDialog", "PhrasesDialog"]
    assert found == [], "\n".join(found)
    assert win.ctx.hearings.list() and len(win.ctx.hearings.list()) == 1      # cancelled: nothing made


def test_the_backups_window_in_english(english_window, qtbot, sample_path):
    from hearing_desk.ui.backup.dialog import BackupDialog
    win = english_window
    qtbot.waitUntil(lambda: win.backups._task is None or not win.backups._task.is_running(), timeout=10000)
    dialog = BackupDialog(win, win.backups)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.model.rowCount() >= 1, timeout=10000)
    found = chinese_not_from_data(dialog, data_blob(sample_path))
    assert found == [], "\n".join(found)
    dialog.close()


def test_every_backup_reason_has_a_name_in_the_window():
    from hearing_desk.services import backups
    from hearing_desk.ui.backup.dialog import REASONS
    assert REASONS == backups.REASONS
