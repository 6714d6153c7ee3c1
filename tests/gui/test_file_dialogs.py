"""Issue 8: no file dialog of the program makes the window lose SQLite's locks.

Each of the program's file dialogs is shown on the database's folder, through the
code path the user takes (menu actions, the tabs' buttons), and made to ask for
everything a view of the folder shows (icon, type, size of every file). Then ANOTHER
PROCESS looks at the file (``storage/locks.py``: the window's lock file and
``/proc/locks``): the window must still hold SQLite's locks on ``x.db`` and on the
``-shm`` file. Before the fix, listing the folder opened and closed ``x.db``,
``x.db-wal`` and ``x.db-shm`` in the window's process, and these checks failed.
"""
from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QFileSystemModel

import hearing_desk
from hearing_desk.storage.database import Database
from hearing_desk.ui import file_dialogs
from hearing_desk.ui.context import AppContext
from hearing_desk.ui.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = Path(hearing_desk.__file__).resolve().parent

CHECK = ("import json, sys; from hearing_desk.storage.locks import window_state; "
         "s = window_state(sys.argv[1]); print(json.dumps([s.open, s.sqlite_locks, s.pid]))")


def state_seen_from_another_process(db_path: Path) -> tuple[bool, bool, int | None]:
    proc = subprocess.run([sys.executable, "-c", CHECK, str(db_path)], capture_output=True, text=True,
                          cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=60)
    assert proc.returncode == 0, proc.stderr
    return tuple(json.loads(proc.stdout))


class RecordingProvider(file_dialogs.NameOnlyIconProvider):
    """The program's provider, noting which files it was asked about: once every file
    of the folder was asked about, Qt has done with the folder what made it sniff."""

    def __init__(self):
        super().__init__()
        self.asked: set[str] = set()

    def icon(self, what):
        if not isinstance(what, file_dialogs.QAbstractFileIconProvider.IconType):
            self.asked.add(what.fileName())
        return super().icon(what)

    def type(self, info):
        self.asked.add(info.fileName())
        return super().type(info)


class DialogWatcher:
    """Replaces file_dialogs._exec: shows the dialog, waits until Qt has looked at every
    file of its folder, asks for every listed row's icon, type and size, checks the
    locks from another process, then answers (cancel, or the file ``answer`` names)."""

    def __init__(self, qtbot, db_path: Path, provider: RecordingProvider):
        self.qtbot, self.db_path, self.provider = qtbot, db_path, provider
        self.seen: list[dict] = []
        self.answer: str | None = None

    def __call__(self, dialog: QFileDialog) -> int:
        folder = Path(dialog.directory().absolutePath())
        self.provider.asked.clear()
        dialog.setViewMode(QFileDialog.ViewMode.Detail)      # the type and size columns too
        dialog.show()
        on_disk = {p.name for p in folder.iterdir()}
        self.qtbot.waitUntil(lambda: self.provider.asked >= on_disk, timeout=10000)
        model = dialog.findChild(QFileSystemModel)
        root = model.index(str(folder))
        for row in range(model.rowCount(root)):
            for column in range(model.columnCount(root)):
                index = model.index(row, column, root)
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.ToolTipRole):
                    model.data(index, role)
        dialog.repaint()
        QApplication.processEvents()
        proxy = dialog.proxyModel()
        proxy_root = proxy.mapFromSource(root)
        visible = {proxy.index(r, 0, proxy_root).data() for r in range(proxy.rowCount(proxy_root))}
        self.seen.append({"title": dialog.windowTitle(), "folder": folder, "visible": visible,
                          "state": state_seen_from_another_process(self.db_path)})
        dialog.hide()
        if self.answer:
            dialog.selectFile(self.answer)
            return QDialog.DialogCode.Accepted
        return QDialog.DialogCode.Rejected


@pytest.fixture
def venue(tmp_path, qtbot, message_boxes, monkeypatch):
    """A window open on ``venue/x.db``; every dialog starts in ``venue/``, which also
    holds the files a clerk keeps there."""
    from hearing_desk.ui.main_window import MainWindow

    folder = tmp_path / "venue"
    folder.mkdir()
    db_path = folder / "x.db"
    db = Database(str(db_path))
    db.lock_exclusive()
    file_dialogs.protect_database(db.path)
    ctx = AppContext(db=db, settings=Settings(tmp_path / "config" / "settings.ini"))
    hearing_id = ctx.hearings.add_demo()
    for name, data in (("hearing.json", b"{}"), ("report.pdf", b"%PDF-1.4\n"), ("notes.txt", "笔记".encode()),
                       ("signup.xlsx", b"PK\x03\x04"), ("draft.docx", b"PK\x03\x04"), ("noext", b"\x00\x01")):
        (folder / name).write_bytes(data)
    for key in ("hearing_file/folder", "export/folder", "setup/import_folder"):
        ctx.settings.set(key, str(folder))
    ctx.settings.set("export/font_path", str(folder / "simfang.ttf"))
    provider = RecordingProvider()
    monkeypatch.setattr(file_dialogs, "name_only_icon_provider", lambda: provider)
    watcher = DialogWatcher(qtbot, db_path, provider)
    monkeypatch.setattr(file_dialogs, "_exec", watcher)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.open_hearing(hearing_id)
    assert (folder / "x.db-wal").exists() and (folder / "x.db-shm").exists()
    yield window, watcher, folder, db_path
    window.close()
    db.close()
    file_dialogs.protect_database(None)


#: a file of the venue folder each dialog lists (its name filter shows it)
LISTED = {"OpenHearingFile.ask": "hearing.json", "SaveHearingFile.ask": "hearing.json",
          "SaveTranscriptPdf.ask": "report.pdf", "SignupDialog.ask_file": "signup.xlsx",
          "DraftPage.ask_file": "draft.docx"}


def _each_dialog(window, folder: Path, monkeypatch):
    """Every file dialog of the program, opened the way the user opens it."""
    from hearing_desk.ui.backup.damaged import OpenOtherDatabase
    from hearing_desk.ui.backup.dialog import BackupDialog
    from hearing_desk.ui.dialogs import PersonalDataChoice

    monkeypatch.setattr(PersonalDataChoice, "ask", classmethod(lambda cls, parent: False))
    tabs = window.tab_widgets
    yield "OpenHearingFile.ask", window.window_actions.import_hearing.trigger
    yield "SaveHearingFile.ask", window.window_actions.export_hearing.trigger
    yield "SaveTranscriptPdf.ask", tabs["transcript"].signing.export_pdf
    report = tabs["responses"].report
    yield "ReportView.ask_folder", lambda: report.export(list(report.export_buttons))
    yield "SignupDialog.ask_file", tabs["setup"].pages["people"].import_signup
    yield "DraftPage.ask_file", tabs["setup"].pages["draft"].import_file
    yield "MainWindow.choose_document_font", window.choose_document_font

    def from_backup_file():
        dialog = BackupDialog(window, window.backups)
        try:
            dialog.folder = folder          # the backups' folder is elsewhere; look at the database's
            dialog.restore_from_file()
        finally:
            dialog.deleteLater()
    yield "BackupDialog.restore_from_file", from_backup_file
    yield "OpenOtherDatabase.ask", lambda: OpenOtherDatabase.ask(window, str(folder))
    yield "CheckoutFile.ask", window.window_actions.checkout_hearing.trigger
    yield "CheckinFile.ask", window.window_actions.checkin_hearing.trigger


def test_every_file_dialog_leaves_the_window_its_sqlite_locks(venue, monkeypatch):
    window, watcher, folder, db_path = venue
    assert state_seen_from_another_process(db_path) == (True, True, os.getpid())
    opened = []
    for name, open_it in _each_dialog(window, folder, monkeypatch):
        before = len(watcher.seen)
        open_it()
        assert len(watcher.seen) == before + 1, f"{name} showed no file dialog"
        seen = watcher.seen[-1]
        assert seen["folder"] == folder, (name, seen["folder"])
        # seen from another process while the dialog listed the folder: the window
        # (this process) still holds SQLite's locks on x.db and x.db-shm
        assert seen["state"] == (True, True, os.getpid()), (name, seen)
        # the database's own files are not listed; the clerk's files are
        assert not seen["visible"] & {"x.db", "x.db-wal", "x.db-shm", "x.db.lock"}, (name, seen["visible"])
        if name in LISTED:
            assert LISTED[name] in seen["visible"], (name, seen["visible"])
        opened.append(name)
    assert set(opened) == _dialogs_in_the_code() - {"ReportView.ask_printer"}
    assert state_seen_from_another_process(db_path) == (True, True, os.getpid())


def test_print_dialog_completer_never_sniffs(venue, qtbot):
    """The print dialog's file-name completer lists folders too: same provider, no print to file."""
    from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrinter

    window, _watcher, folder, db_path = venue
    printer = QPrinter()
    dialog = file_dialogs.print_dialog(printer, window)
    assert not dialog.testOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile)
    [model] = dialog.findChildren(QFileSystemModel)
    assert isinstance(model.iconProvider(), file_dialogs.NameOnlyIconProvider)
    root = model.setRootPath(str(folder))
    qtbot.waitUntil(lambda: model.rowCount(root) >= len(list(folder.iterdir())), timeout=10000)
    for row in range(model.rowCount(root)):
        for column in range(model.columnCount(root)):
            model.data(model.index(row, column, root), Qt.ItemDataRole.DecorationRole)
            model.data(model.index(row, column, root), Qt.ItemDataRole.DisplayRole)
    QApplication.processEvents()
    assert state_seen_from_another_process(db_path) == (True, True, os.getpid())
    dialog.deleteLater()


def test_the_database_cannot_be_chosen_as_a_file_to_write(venue, message_boxes):
    """Typing x.db into a save dialog would have the export replace the live database."""
    from hearing_desk.ui.transcript.dialogs import SaveTranscriptPdf

    window, watcher, folder, _db_path = venue
    watcher.answer = "x.db-wal"
    assert file_dialogs.save_file_name(window, "导出", str(folder / "a.json"), "*") is None
    watcher.answer = "x.db"
    assert SaveTranscriptPdf.ask(window, str(folder / "t.pdf")) is None
    assert file_dialogs.save_file_name(window, "导出", str(folder / "a.json"), "*") is None
    assert [kind for kind, _t, text in message_boxes.calls if "正在使用的数据库" in text] == ["warning"] * 3
    watcher.answer = "notes.txt"
    assert file_dialogs.open_file_name(window, "打开", str(folder), "*") == str(folder / "notes.txt")


def test_the_icon_provider_reads_names_only(tmp_path, qapp):
    """Types and icons come from names: a file's content (here: a PDF named .txt, and
    an unreadable file) changes nothing, and a file that is not there gets them too."""
    from PySide6.QtCore import QFileInfo

    provider = file_dialogs.NameOnlyIconProvider()
    disguised = tmp_path / "letter.txt"
    disguised.write_bytes(b"%PDF-1.4\n")
    unreadable = tmp_path / "x.db-shm"
    unreadable.write_bytes(b"\x00" * 64)
    unreadable.chmod(0)
    gone = tmp_path / "gone.txt"
    assert provider.type(QFileInfo(str(disguised))) == provider.type(QFileInfo(str(gone)))
    assert "PDF" in provider.type(QFileInfo(str(tmp_path / "gone.pdf")))
    assert provider.type(QFileInfo(str(unreadable))) == provider.type(QFileInfo(str(tmp_path / "y.db-shm")))
    assert provider.type(QFileInfo(str(tmp_path))) == "文件夹"
    assert not provider.icon(QFileInfo(str(unreadable))).isNull()


def _dialogs_in_the_code() -> set[str]:
    """``Class.method`` of every call of a file_dialogs function in the program."""
    wanted = {"open_file_name", "save_file_name", "existing_directory", "print_dialog"}
    found = set()
    for path in PACKAGE.rglob("*.py"):
        if path.name == "file_dialogs.py":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for cls in [n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)]:
            for fn in [n for n in cls.body if isinstance(n, ast.FunctionDef)]:
                for node in ast.walk(fn):
                    if not isinstance(node, ast.Call):
                        continue
                    if getattr(node.func, "id", getattr(node.func, "attr", "")) in wanted:
                        found.add(f"{cls.name}.{fn.name}")
    return found


def test_no_file_dialog_escapes_the_helper():
    """Only ui/file_dialogs.py makes a QFileDialog or a QPrintDialog; every use of it is
    exercised above (a new dialog must be added to the test)."""
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        if path.name == "file_dialogs.py":
            continue
        text = path.read_text(encoding="utf-8")
        for name in ("QFileDialog", "QFileSystemModel", "QFileIconProvider", "QCompleter", "QPrintDialog(",
                     "QMimeDatabase"):
            if name in text:
                offenders.append(f"{path.relative_to(PACKAGE)}: {name}")
    assert offenders == []
    assert "ReportView.ask_printer" in _dialogs_in_the_code()
