"""Every file dialog of the program, made so that it never opens the database's files.

Closing any descriptor of a file drops every POSIX lock the process holds on it
(sqlite.org, "How To Corrupt An SQLite Database File", 2.2). Qt's file dialog, like
anything that lists a folder, asks an icon provider for each file's icon and type
name, and Qt's providers find both with ``QMimeDatabase``, which opens a file to
sniff its content when its name does not decide: listing the database's folder
opened and closed ``x.db``, ``x.db-wal`` and ``x.db-shm`` in the window's process,
and the window lost SQLite's locks. So, here and only here:

* Qt's own widget-based dialog, on every platform (a native one may sniff files in
  our process: GTK does; Qt's is the one we can test), with
* :class:`NameOnlyIconProvider`: icons and type names from the file NAME only,
  ``DontUseCustomDirectoryIcons`` (no ``.directory`` / ``desktop.ini`` reads), and
* :class:`HideDatabaseFiles`: the open database and SQLite's files beside any
  database (``-wal``, ``-shm``, ``-journal``) and lock files are not listed, and
* a chosen path that is the open database or one of its files is refused.

The print dialog's file-name completer gets the same provider (:func:`print_dialog`).
``tests/gui/shell/test_file_dialogs.py`` shows every dialog on the database's folder
and checks from another process that the window still holds its locks; a test fails
if ``QFileDialog`` is used anywhere else.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMimeDatabase, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel
from PySide6.QtGui import QAbstractFileIconProvider, QIcon
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QFileSystemModel, QMessageBox, QStyle, QWidget

translate = QCoreApplication.translate

#: the open database's files (set by app.open_database); refused and hidden in every dialog
_protected: set[Path] = set()

#: names SQLite (and the window) keep beside a database: never listed
_SIDE_SUFFIXES = ("-wal", "-shm", "-journal", ".lock")


def protect_database(db_path: str | Path | None) -> None:
    """Name the database the window has open (None: none). Its files are hidden in
    every file dialog and cannot be chosen."""
    _protected.clear()
    if db_path is None:
        return
    base = Path(db_path).resolve()
    _protected.add(base)
    _protected.update(Path(str(base) + suffix) for suffix in _SIDE_SUFFIXES)


def is_database_file(path: str | Path) -> bool:
    """The open database, or a file SQLite or the window keeps beside a database."""
    p = Path(path)
    try:
        p = p.resolve()
    except OSError:
        pass
    return p in _protected or p.name.endswith(_SIDE_SUFFIXES[:3])


# ---------------------------------------------------------------------- never sniffing
class NameOnlyIconProvider(QAbstractFileIconProvider):
    """Icons and type names decided by the file's name; never opens a file."""

    def __init__(self) -> None:
        super().__init__()
        self._mime = QMimeDatabase()
        self.setOptions(QAbstractFileIconProvider.Option.DontUseCustomDirectoryIcons)

    def _standard(self, pixmap: QStyle.StandardPixmap) -> QIcon:
        app = QApplication.instance()
        return app.style().standardIcon(pixmap) if isinstance(app, QApplication) else QIcon()

    def icon(self, what):  # noqa: D401 - QAbstractFileIconProvider API (IconType or QFileInfo)
        P = QStyle.StandardPixmap
        if isinstance(what, QAbstractFileIconProvider.IconType):
            T = QAbstractFileIconProvider.IconType
            return self._standard({T.Computer: P.SP_ComputerIcon, T.Desktop: P.SP_DesktopIcon,
                                   T.Trashcan: P.SP_TrashIcon, T.Network: P.SP_DriveNetIcon,
                                   T.Drive: P.SP_DriveHDIcon, T.Folder: P.SP_DirIcon}.get(what, P.SP_FileIcon))
        if what.isDir():                       # a stat, no open
            return self._standard(P.SP_DirIcon)
        fallback = self._standard(P.SP_FileIcon)
        types = self._mime.mimeTypesForFileName(what.fileName())
        if types:
            return QIcon.fromTheme(types[0].iconName(), QIcon.fromTheme(types[0].genericIconName(), fallback))
        return fallback

    def type(self, info) -> str:  # noqa: A003 - QAbstractFileIconProvider API
        if info.isDir():
            return translate("file_dialogs", "文件夹")
        types = self._mime.mimeTypesForFileName(info.fileName())
        if types and types[0].comment():
            return types[0].comment()
        suffix = info.suffix()
        if suffix:
            return translate("file_dialogs", "{0} 文件").format(suffix.upper())
        return translate("file_dialogs", "文件")


class HideDatabaseFiles(QSortFilterProxyModel):
    """The dialog's list without the database's own files (see :func:`is_database_file`)."""

    def filterAcceptsRow(self, row: int, parent: QModelIndex | QPersistentModelIndex) -> bool:  # noqa: N802 - Qt API
        model = self.sourceModel()
        if not isinstance(model, QFileSystemModel):
            return True
        index = model.index(row, 0, parent)
        if model.isDir(index):
            return True
        return not is_database_file(model.filePath(index))


_provider: NameOnlyIconProvider | None = None


def name_only_icon_provider() -> NameOnlyIconProvider:
    global _provider
    if _provider is None:
        _provider = NameOnlyIconProvider()
    return _provider


def make_file_dialog(parent: QWidget | None, caption: str, folder: str, filters: str = "",
                     mode: QFileDialog.FileMode = QFileDialog.FileMode.ExistingFile,
                     save: bool = False) -> QFileDialog:
    """A QFileDialog set up as the module says; ``folder`` may end in a file name to select."""
    start = Path(folder).expanduser() if folder else Path.home()
    selection = ""
    if folder and not start.is_dir():
        selection, start = start.name, start.parent
    if not start.is_dir():
        start = Path.home()
    dialog = QFileDialog(parent, caption, str(start), filters)
    # all of this before the event loop runs again: the folder is only listed then
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setOption(QFileDialog.Option.DontUseCustomDirectoryIcons, True)
    dialog.setIconProvider(name_only_icon_provider())
    dialog.setProxyModel(HideDatabaseFiles(dialog))
    dialog.setFileMode(mode)
    if mode == QFileDialog.FileMode.Directory:
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave if save else QFileDialog.AcceptMode.AcceptOpen)
    # Qt's own Chinese catalogue lacks these two labels of its dialog
    dialog.setLabelText(QFileDialog.DialogLabel.LookIn, translate("file_dialogs", "查找范围："))
    dialog.setLabelText(QFileDialog.DialogLabel.FileType, translate("file_dialogs", "文件类型："))
    if selection:
        dialog.selectFile(selection)
    return dialog


def _exec(dialog: QFileDialog) -> int:
    """Run the dialog (tests replace this to look at it, then answer)."""
    return dialog.exec()


def _ask(parent: QWidget | None, dialog: QFileDialog) -> str | None:
    try:
        if _exec(dialog) != QDialog.DialogCode.Accepted or not dialog.selectedFiles():
            return None
        path = dialog.selectedFiles()[0]
    finally:
        dialog.deleteLater()
    if is_database_file(path):
        QMessageBox.warning(parent, translate("file_dialogs", "不能选择这个文件"), translate(
            "file_dialogs", "{0} 是 Hearing Desk 正在使用的数据库或它的附属文件，不能在这里选择它。").format(path))
        return None
    return path


def open_file_name(parent: QWidget | None, caption: str, folder: str, filters: str) -> str | None:
    """An existing file to read (like ``QFileDialog.getOpenFileName``), or None."""
    return _ask(parent, make_file_dialog(parent, caption, folder, filters))


def save_file_name(parent: QWidget | None, caption: str, suggested: str, filters: str, *,
                   confirm_overwrite: bool = True) -> str | None:
    """A file to write (``suggested``: folder and name), or None. ``confirm_overwrite=False``
    for a file that is added to, never replaced (a laptop's database at check-out)."""
    dialog = make_file_dialog(parent, caption, suggested, filters, mode=QFileDialog.FileMode.AnyFile, save=True)
    dialog.setOption(QFileDialog.Option.DontConfirmOverwrite, not confirm_overwrite)
    return _ask(parent, dialog)


def existing_directory(parent: QWidget | None, caption: str, folder: str) -> str | None:
    """A folder, or None."""
    return _ask(parent, make_file_dialog(parent, caption, folder, mode=QFileDialog.FileMode.Directory))


def print_dialog(printer, parent: QWidget | None):
    """Qt's print dialog without "print to file" (documents are exported as PDF
    instead) and with its file-name completer's model kept from sniffing files."""
    from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog

    dialog = QPrintDialog(printer, parent)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile, False)
    for model in dialog.findChildren(QFileSystemModel):
        model.setIconProvider(name_only_icon_provider())
        model.setOption(QFileSystemModel.Option.DontUseCustomDirectoryIcons, True)
    return dialog
