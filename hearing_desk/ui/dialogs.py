"""Small dialogs of the main window. Each has a ``@classmethod ask(...)`` that tests replace."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QWidget

from ..errors import BadInput
from .cleaninput import keep_clean
from .file_dialogs import open_file_name, save_file_name
from .generated.ui_title_dialog import Ui_TitleDialog

translate = QCoreApplication.translate


class TitleDialog(QDialog):
    """Asks for a hearing's name; OK only when it isn't blank (forms/title_dialog.ui)."""

    def __init__(self, window_title: str, prompt: str, initial: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_TitleDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(window_title)
        self.ui.prompt.setText(prompt)
        self.edit, self.buttons = self.ui.edit, self.ui.buttons
        self.edit.setText(initial)
        keep_clean(self.edit)
        self.edit.textChanged.connect(self._update_ok)
        self._update_ok()
        self.edit.selectAll()

    def _update_ok(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.title()))

    def title(self) -> str:
        return self.edit.text().strip()

    @classmethod
    def ask(cls, parent: QWidget | None, window_title: str, prompt: str, initial: str = "") -> str | None:
        dialog = cls(window_title, prompt, initial, parent)
        try:
            return dialog.title() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()


class OpenHearingFile:
    """Choose a hearing file (.json) to import."""

    @classmethod
    def ask(cls, parent: QWidget | None, folder: str = "") -> str | None:
        return open_file_name(
            parent, translate("dialogs", "导入听证会文件"), folder,
            translate("dialogs", "听证会文件 (*.json)") + ";;" + translate("dialogs", "所有文件 (*)"))


class SaveHearingFile:
    """Choose where to write a hearing file (.json)."""

    @classmethod
    def ask(cls, parent: QWidget | None, suggested: str) -> str | None:
        path = save_file_name(
            parent, translate("dialogs", "导出听证会文件"), suggested, translate("dialogs", "听证会文件 (*.json)"))
        if not path:
            return None
        return path if path.lower().endswith(".json") else path + ".json"


class CheckoutFile:
    """Choose the laptop's database file a hearing is checked out to (made if missing;
    an existing one keeps what it holds, the hearing is added)."""

    @classmethod
    def ask(cls, parent: QWidget | None, suggested: str) -> str | None:
        return save_file_name(
            parent, translate("dialogs", "借出到笔记本文件（已有的文件不会被替换，听证会加入其中）"), suggested,
            translate("dialogs", "Hearing Desk 数据库 (*.sqlite3 *.db)"), confirm_overwrite=False)


class CheckinFile:
    """Choose the laptop's database file whose checked-out hearings come back."""

    @classmethod
    def ask(cls, parent: QWidget | None, folder: str = "") -> str | None:
        return open_file_name(
            parent, translate("dialogs", "从笔记本文件交回"), folder,
            translate("dialogs", "Hearing Desk 数据库 (*.sqlite3 *.db)") + ";;" + translate("dialogs", "所有文件 (*)"))


class ConflictChoice:
    """A check-in conflict: what changed on each side, and what the user wants done
    ("force": the laptop's version in place, "new": beside it, None: nothing)."""

    @classmethod
    def ask(cls, parent: QWidget | None, report: str) -> str | None:
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(translate("dialogs", "交回时发现冲突"))
        box.setText(report)
        box.setInformativeText(translate("dialogs", "没有合并任何内容。请核对后选择："))
        force = box.addButton(translate("dialogs", "以笔记本上的内容替换"), QMessageBox.ButtonRole.DestructiveRole)
        new = box.addButton(translate("dialogs", "作为新的听证会存入"), QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        box.exec()
        clicked = box.clickedButton()
        box.deleteLater()
        return "force" if clicked is force else "new" if clicked is new else None


class PersonalDataChoice:
    """Whether an exported hearing file carries phone numbers and ID numbers."""

    @classmethod
    def ask(cls, parent: QWidget | None) -> bool | None:
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(translate("dialogs", "导出听证会文件"))
        box.setText(translate("dialogs", "导出的文件是否包含听证参加人的联系电话、身份证号等个人信息？"))
        box.setInformativeText(translate("dialogs", "交给他人或公开存档的文件，建议不含个人信息。"))
        with_data = box.addButton(translate("dialogs", "包含个人信息"), QMessageBox.ButtonRole.AcceptRole)
        without = box.addButton(translate("dialogs", "不含个人信息"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(without)
        box.exec()
        clicked = box.clickedButton()
        box.deleteLater()
        if clicked is with_data:
            return True
        if clicked is without:
            return False
        return None


class MaskPersonalData:
    """Whether the documents mask the phone numbers, ID numbers and e-mail addresses
    found in the hearing's free text (``places``: where, as the export warning names them)."""

    @classmethod
    def ask(cls, parent: QWidget | None, places: str) -> bool | None:
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(translate("dialogs", "文书中有个人信息"))
        box.setText(translate("dialogs", "听证会的文字中写有手机号码、身份证号或电子邮箱，文书会照印："))
        box.setInformativeText(places + "\n\n" + translate(
            "dialogs", "遮盖后文书中印为 138****1234 这样的形式；供签字的听证笔录是原始记录，始终按原文打印。"))
        mask = box.addButton(translate("dialogs", "遮盖个人信息"), QMessageBox.ButtonRole.AcceptRole)
        keep = box.addButton(translate("dialogs", "按原文导出"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(mask)
        box.exec()
        clicked = box.clickedButton()
        box.deleteLater()
        if clicked is mask:
            return True
        if clicked is keep:
            return False
        return None


class ConfirmDelete:
    """Asks before something is deleted for good; the buttons say what they do."""

    @classmethod
    def ask(cls, parent: QWidget | None, title: str, text: str, informative: str = "") -> bool:
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(title)
        box.setText(text)
        box.setInformativeText(informative)
        delete = box.addButton(translate("dialogs", "删除"), QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        box.exec()
        confirmed = box.clickedButton() is delete
        box.deleteLater()
        return confirmed


def problems_text(exc: BaseException) -> str:
    """The message of an error, with each problem of a :class:`BadInput` on its own line."""
    if isinstance(exc, BadInput) and exc.problems:
        return exc.args[0] + "\n\n" + "\n".join(f"• {p}" for p in exc.problems)
    return str(exc)


def show_problems(parent: QWidget | None, title: str, exc: BaseException) -> None:
    QMessageBox.warning(parent, title, problems_text(exc))


def default_folder(path_setting: str) -> str:
    folder = Path(path_setting) if path_setting else Path.home()
    return str(folder if folder.is_dir() else Path.home())
