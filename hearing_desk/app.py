"""Composition root of the GUI: settings, translations, database, main window."""
from __future__ import annotations

import logging
import sys

from . import paths
from .services.errors import HearingDeskError


def _setup_logging() -> None:
    # A windowed PyInstaller build has sys.stderr = None: log to a file.
    try:
        handler: logging.Handler = logging.FileHandler(paths.user_log_dir() / "hearing-desk.log", encoding="utf-8")
    except OSError:
        handler = logging.StreamHandler(sys.stderr) if sys.stderr else logging.NullHandler()
    logging.basicConfig(level=logging.INFO, handlers=[handler],
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")


def install_translators(app, language: str) -> list:
    """Install the program's and Qt's own translators (so dialogs say 取消, not Cancel)."""
    from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

    installed = []
    if language == "en":
        return installed
    locale = QLocale(QLocale.Language.Chinese, QLocale.Country.China)
    QLocale.setDefault(locale)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in (("qtbase_zh_CN", qt_dir), ("hearing_desk_zh_CN", str(paths.resource("i18n")))):
        tr = QTranslator(app)
        if tr.load(name, folder):
            app.installTranslator(tr)
            installed.append(tr)
    return installed


def run_gui(db: str | None = None, hearing_id: int | None = None, tab: str | None = None) -> int:
    from PySide6.QtWidgets import QApplication, QMessageBox

    from .storage.database import Database
    from .ui.context import AppContext
    from .ui.main_window import MainWindow
    from .ui.settings import Settings

    _setup_logging()
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Hearing Desk")
    app.setOrganizationName(paths.APP_AUTHOR)
    settings = Settings()
    install_translators(app, settings.get("ui/language"))
    try:
        database = Database(db)
        database.lock_exclusive()
    except HearingDeskError as exc:
        QMessageBox.critical(None, app.translate("app", "无法打开数据库"), str(exc))
        return exc.exit_status
    ctx = AppContext(db=database, settings=settings)
    if not ctx.hearings.list():
        ctx.hearings.add_demo()     # first start: the sample hearing is there to look at
    window = MainWindow(ctx)
    window.show()
    try:
        window.open_hearing(hearing_id, tab)
    except HearingDeskError as exc:
        QMessageBox.warning(window, app.translate("app", "无法打开听证会"), str(exc))
    code = app.exec()
    database.close()
    return code
