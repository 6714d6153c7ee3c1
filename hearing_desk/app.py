"""Composition root of the GUI: logging, translations, settings, database, main window.

``run_gui(db, hearing_id, tab)`` is what ``hearing-desk`` without a sub-command
runs (cli.py). The steps are separate functions so tests can run each one.
"""
from __future__ import annotations

import logging
import logging.handlers
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from . import paths
from .errors import DatabaseDamaged, HearingDeskError, NotFound

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

log = logging.getLogger("hearing_desk")

LOG_FILE = "hearing-desk.log"


# ------------------------------------------------------------------ logging
class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """The log, readable by its owner only (0600), after every rotation too."""

    def _open(self):
        return open(self.baseFilename, self.mode, encoding=self.encoding, errors=self.errors,
                    opener=lambda name, flags: os.open(name, flags, 0o600))


def setup_logging(folder: Path | None = None) -> Path | None:
    """Log to a file: a windowed PyInstaller build has ``sys.stderr = None``.

    Returns the log file, or None when no file could be opened (then stderr, if any).
    """
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    formatter = logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    handler: logging.Handler
    try:
        path = (folder or paths.user_log_dir()) / LOG_FILE
        for existing in root.handlers:
            if isinstance(existing, logging.FileHandler) and Path(existing.baseFilename) == path:
                return path
        handler = PrivateRotatingFileHandler(path, maxBytes=2_000_000, backupCount=3, encoding="utf-8")
    except OSError:
        path = None
        handler = logging.StreamHandler(sys.stderr) if sys.stderr else logging.NullHandler()
    handler.setFormatter(formatter)
    root.addHandler(handler)
    if path is not None and sys.stderr is not None:     # a console, when there is one, sees problems too
        console = logging.StreamHandler(sys.stderr)
        console.setLevel(logging.WARNING)
        console.setFormatter(formatter)
        root.addHandler(console)
    return path


def _qt_message_handler(mode, context, message: str) -> None:
    from PySide6.QtCore import QtMsgType

    level = {QtMsgType.QtDebugMsg: logging.DEBUG, QtMsgType.QtInfoMsg: logging.INFO,
             QtMsgType.QtWarningMsg: logging.WARNING}.get(mode, logging.ERROR)
    logging.getLogger("qt").log(level, "%s", message)


def _excepthook_for(parent_getter: Callable[[], QWidget | None], log_path: Path | None):
    """An uncaught exception in a slot is logged and told to the user, and the program goes on."""
    def hook(exc_type, exc, tb) -> None:
        log.error("uncaught exception", exc_info=(exc_type, exc, tb))
        from PySide6.QtCore import QCoreApplication
        from PySide6.QtWidgets import QMessageBox

        if isinstance(exc, HearingDeskError):
            text = str(exc)
        else:
            where = str(log_path) if log_path else QCoreApplication.translate("app", "标准错误输出")
            text = QCoreApplication.translate(
                "app", "程序内部错误，刚才的操作可能没有完成。详细信息已写入 {0}。").format(where)
        QMessageBox.critical(parent_getter(), QCoreApplication.translate("app", "程序错误"), text)
    return hook


# ------------------------------------------------------------------ translations
def install_translators(app, language: str) -> list:
    """Install the translators for ``language`` ("zh_CN" or "en"); return them.

    Source strings are Chinese, so Chinese needs only Qt's own ``qtbase_zh_CN``
    (dialogs say 取消, not Cancel). English needs the program's ``hearing_desk_en``
    and no Qt translation.
    """
    from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

    installed = []
    ours = str(paths.resource("i18n"))
    if language == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        wanted = [("hearing_desk_en", [ours])]
    else:
        QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        wanted = [("qtbase_zh_CN", [qt_dir, ours])]
    for name, folders in wanted:
        translator = QTranslator(app)
        if any(translator.load(name, folder) for folder in folders):
            app.installTranslator(translator)
            installed.append(translator)
        else:
            log.warning("translation %s not found in %s", name, folders)
    return installed


def remove_translators(app, translators: list) -> None:
    for translator in translators:
        app.removeTranslator(translator)


# ------------------------------------------------------------------ database
def open_database(db: str | None, parent=None):
    """The database, locked for this window; None (after telling the user) if it can't be.

    A second copy of the program on the same file is refused here. A damaged,
    foreign, emptied or read-only file is met with its newest good backup or another
    file (ui/backup/damaged.py). Every file dialog then hides the database's files.
    """
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    from .storage.database import Database
    from .ui.backup.damaged import meet_damaged
    from .ui.file_dialogs import protect_database

    while True:
        database = None
        try:
            database = Database(db)
            database.lock_exclusive()
            protect_database(database.path)
            return database
        except DatabaseDamaged as exc:
            log.warning("database refused: %s", exc)
            db = meet_damaged(parent, exc)
            if db is None:
                return None
        except HearingDeskError as exc:
            if database is not None:
                database.close()
            log.warning("database refused: %s", exc)
            QMessageBox.critical(parent, QCoreApplication.translate("app", "无法打开数据库"), str(exc))
            return None
        except Exception as exc:  # noqa: BLE001 - a folder that cannot be read, SQLite that cannot open the file …
            if database is not None:
                database.close()
            tell_start_failure(exc, parent)
            return None


def tell_start_failure(exc: BaseException, parent=None) -> None:
    """A failure while the program starts, in a message box (a windowed build has no
    stderr) and in the log; never the SQL or a password."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    from .errors import describe_failure

    log.error("start-up failed: %s", describe_failure(exc), exc_info=(type(exc), exc, exc.__traceback__))
    if isinstance(exc, HearingDeskError):
        text = str(exc)
    elif isinstance(exc, OSError):
        text = QCoreApplication.translate(
            "app", "无法读写 {0}：{1}。请检查文件和文件夹是否存在、是否有读写权限。").format(
            exc.filename or "", exc.strerror or describe_failure(exc))
    elif getattr(exc, "orig", None) is not None:
        text = QCoreApplication.translate(
            "app", "无法打开数据库：{0}。请检查数据库文件所在的文件夹是否存在、是否可以读写。").format(
            describe_failure(exc))
    else:
        files = [h for h in logging.getLogger().handlers if isinstance(h, logging.FileHandler)]
        where = files[0].baseFilename if files else QCoreApplication.translate("app", "标准错误输出")
        text = QCoreApplication.translate(
            "app", "程序启动时发生内部错误（{0}），未能打开窗口。详细信息已写入 {1}。").format(
            describe_failure(exc), where)
    QMessageBox.critical(parent, QCoreApplication.translate("app", "无法启动 Hearing Desk"), text)


def apply_pending_writes(ctx, parent=None) -> None:
    """The transcript writes a killed program left beside the database (services/writer.py):
    stored now, before the window shows the transcript. When the database still refuses,
    the file is kept under a dated name (the new session's writer must not replace it)
    and the user is told where."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    from .errors import describe_failure
    from .services.writer import apply_pending, pending_file_of

    path = pending_file_of(ctx.db.path)
    if path is None or not path.exists():
        return
    try:
        applied = apply_pending(ctx.transcript, path)
        log.info("start-up: %d transcript writes left by a previous session stored", applied)
    except Exception as exc:  # noqa: BLE001 - kept, told, and the window still opens
        import time
        kept = path.with_name(path.name.replace(".pending.json", f".pending-{time.strftime('%Y%m%d-%H%M%S')}.json"))
        os.replace(path, kept)
        log.error("start-up: pending transcript writes not stored (%s); kept as %s", describe_failure(exc), kept)
        QMessageBox.warning(parent, QCoreApplication.translate("app", "笔录未能写入数据库"), QCoreApplication.translate(
            "app", "上次关闭前未能写入数据库的笔录内容，现在仍无法写入（{0}）。这些内容保存在 {1}"
                   "（文本文件，可用记事本打开，把其中的发言复制回笔录）。").format(describe_failure(exc), kept))


def create_main_window(ctx, hearing_id: int | None = None, tab: str | None = None):
    """The main window on ``hearing_id`` (else the last one) at ``tab`` (else the last tab).

    An unknown id is told in a message box; the window still opens.
    """
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    from .ui.main_window import TAB_NAMES, MainWindow

    window = MainWindow(ctx)
    if window.hearing_list.model.rowCount() == 0:
        ctx.hearings.add_demo()     # first start: the sample hearing is there to look at
        window.refresh_list()
    if tab is None:
        last = ctx.settings.get("window/last_tab")
        tab = last if last in TAB_NAMES else None
    try:
        window.open_hearing(hearing_id, tab)
    except NotFound as exc:
        window.open_hearing(None, tab)
        window.show()
        QMessageBox.warning(window, QCoreApplication.translate("app", "无法打开听证会"),
                            str(exc) + "\n" + QCoreApplication.translate("app", "已打开上次使用的听证会。"))
    return window


def _exec(app) -> int:
    """The event loop (tests replace it)."""
    return app.exec()


def load_layers_without_qt() -> None:
    """Import storage and services (SQLAlchemy, the domain) before PySide6.

    PySide6's import hook reads the source of every Python module imported after it
    (to see whether it says "PySide6", for ``from __feature__ import``; PYSIDE-2029)
    and linecache keeps what it read: imported after Qt, SQLAlchemy alone costs
    ~60 ms and ~14 MB more at every start (``benchmarks/bench_startup.py``).
    """
    import importlib
    import pkgutil

    import filelock  # noqa: F401 - the window's lock on the database file (Database.lock_exclusive)

    from . import services
    from .storage import database, repository  # noqa: F401 - imported for the side effect above

    for module in pkgutil.iter_modules(services.__path__, services.__name__ + "."):
        importlib.import_module(module.name)


def run_gui(db: str | None = None, hearing_id: int | None = None, tab: str | None = None) -> int:
    load_layers_without_qt()
    from PySide6.QtCore import QLocale, qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    from .ui import startup
    from .ui.actions import icon
    from .ui.context import AppContext
    from .ui.garbage import GuiThreadCollector
    from .ui.settings import Settings

    log_path = setup_logging()
    from .storage.database import redact_url
    log.info("starting Hearing Desk (db=%s, hearing=%s, tab=%s)", redact_url(db), hearing_id, tab)
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("Hearing Desk")
    app.setOrganizationName(paths.APP_AUTHOR)
    app.setWindowIcon(icon("hearing-desk"))
    collector = GuiThreadCollector(app)      # Qt objects are never freed by a worker thread
    previous_handler = qInstallMessageHandler(_qt_message_handler)
    settings = Settings()
    previous_locale = QLocale()
    translators = install_translators(app, settings.get("ui/language"))
    database = None
    window = None
    previous_hook = sys.excepthook
    startup.hold()                  # what the first window does not show waits for its first paint
    try:
        database = open_database(db)
        if database is None:
            return 1
        try:
            ctx = AppContext(db=database, settings=settings)
            apply_pending_writes(ctx)               # what a killed window could not store yet
            sys.excepthook = _excepthook_for(lambda: window, log_path)
            window = create_main_window(ctx, hearing_id, tab)
            window.tab_widgets.warm_up()
            startup.release_after_paint(window)
            window.show()
        except Exception as exc:  # noqa: BLE001 - told in a dialog and the log, not on a stderr a window lacks
            tell_start_failure(exc, window)
            return 1
        from .ui.audio.bar import recover_recordings
        recover_recordings(ctx, window)          # what a killed program was recording
        code = _exec(app)
        return code
    finally:
        startup.drop()              # nothing more is loaded for a window that closes
        sys.excepthook = previous_hook
        if window is not None:
            try:
                window.close()          # usually closed already: then this does nothing
                window.deleteLater()
            except Exception:           # noqa: BLE001 - the rest of the clean-up must still run
                log.exception("closing the main window failed")
        if database is not None:
            database.close()
            from .ui.file_dialogs import protect_database
            protect_database(None)
        remove_translators(app, translators)
        QLocale.setDefault(previous_locale)
        qInstallMessageHandler(previous_handler)
        collector.stop()
        log.info("Hearing Desk stopped")
