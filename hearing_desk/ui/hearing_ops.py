"""What the hearing list's actions do: new, duplicate, delete, import and export a hearing file.

Each step that asks the user goes through a dialog's ``ask()`` or a QMessageBox
static call (tests replace both). Import and export run in the background helper.
"""
from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from ..errors import BadInput, CheckinConflict, HearingDeskError
from ..services.documents import Target
from .background import Task, run_in_background, show_error
from .context import AppContext
from .dialogs import (
    CheckinFile,
    CheckoutFile,
    ConfirmDelete,
    ConflictChoice,
    OpenHearingFile,
    PersonalDataChoice,
    SaveHearingFile,
    TitleDialog,
    default_folder,
    show_problems,
)

log = logging.getLogger(__name__)


class HearingOperations(QObject):
    """``open_requested(id)`` after a hearing was created, copied or imported;
    ``list_changed()`` whenever the set of hearings changed."""

    open_requested = Signal(int)
    list_changed = Signal()

    def __init__(self, ctx: AppContext, window: QWidget):
        super().__init__(window)
        self.ctx = ctx
        self.window = window

    def _title_of(self, hearing_id: int) -> str:
        for s in self.ctx.hearings.list():
            if s.id == hearing_id:
                return s.title
        return str(hearing_id)

    def _status(self, text: str) -> None:
        self.ctx.events.status.emit(text)

    def _refused(self, title: str, exc: HearingDeskError) -> None:
        QMessageBox.warning(self.window, title, str(exc))

    # ---------------------------------------------------------------- new, duplicate, delete
    def new(self) -> int | None:
        title = TitleDialog.ask(self.window, self.tr("新建听证会"),
                                self.tr("听证会名称（可以以后在“听证会设置”中修改）："))
        if not title:
            return None
        try:
            new_id = self.ctx.hearings.create(title)
        except HearingDeskError as exc:
            self._refused(self.tr("无法新建听证会"), exc)
            return None
        self.list_changed.emit()
        self.open_requested.emit(new_id)
        self._status(self.tr("已新建听证会“{0}”。").format(title))
        return new_id

    def duplicate(self, hearing_id: int) -> int | None:
        original = self._title_of(hearing_id)
        title = TitleDialog.ask(self.window, self.tr("创建副本"),
                                self.tr("复制“{0}”的全部内容（人员、笔录、意见和处理情况）。副本的名称：").format(original),
                                self.tr("{0}（副本）").format(original))
        if not title:
            return None
        try:
            new_id = self.ctx.hearings.duplicate(hearing_id, title)
        except HearingDeskError as exc:
            self._refused(self.tr("无法创建副本"), exc)
            return None
        self.list_changed.emit()
        self.open_requested.emit(new_id)
        self._status(self.tr("已创建副本“{0}”。").format(title))
        return new_id

    def delete(self, hearing_id: int) -> bool:
        summary = next((s for s in self.ctx.hearings.list() if s.id == hearing_id), None)
        if summary is None:
            return False
        details = self.tr("笔录 {0} 段、意见 {1} 条、人员和全部设置都会从数据库中删除，删除后无法恢复。").format(
            summary.turns, summary.opinions)
        if not ConfirmDelete.ask(self.window, self.tr("删除听证会"),
                                 self.tr("确定要删除听证会“{0}”吗？").format(summary.title),
                                 details + "\n" + self.tr("如需保留，请先用“文件 → 导出听证会文件”存档。")):
            return False
        try:
            self.ctx.hearings.delete(hearing_id)
        except HearingDeskError as exc:
            self._refused(self.tr("无法删除听证会"), exc)
            return False
        self.list_changed.emit()
        self._status(self.tr("已删除听证会“{0}”。").format(summary.title))
        return True

    # ---------------------------------------------------------------- hearing files
    def import_file(self, path: str | None = None) -> Task | None:
        settings = self.ctx.settings
        if path is None:
            path = OpenHearingFile.ask(self.window, default_folder(settings.get("hearing_file/folder")))
        if not path:
            return None
        settings.set("hearing_file/folder", str(Path(path).parent))
        name = Path(path).name
        self._status(self.tr("正在导入 {0}……").format(name))

        told: list[str] = []

        def done(new_id: int) -> None:
            self.list_changed.emit()
            self.open_requested.emit(new_id)
            self._status(self.tr("已导入 {0}。").format(name))
            if told:                                # recordings not found beside the file
                QMessageBox.warning(self.window, self.tr("听证会文件已导入"), "\n".join(told))

        def failed(exc: BaseException) -> None:
            self._status(self.tr("未能导入 {0}。").format(name))
            if isinstance(exc, BadInput):
                show_problems(self.window, self.tr("无法导入听证会文件"), exc)
            else:
                show_error(self.window, task, exc)

        task = run_in_background(self.window, self.ctx.hearings.import_file, path, told,
                                 on_done=done, on_error=failed, description=self.tr("导入听证会文件"))
        return task

    def export_file(self, hearing_id: int, path: str | None = None, personal_data: bool | None = None) -> Task | None:
        settings = self.ctx.settings
        if personal_data is None:
            personal_data = PersonalDataChoice.ask(self.window)
            if personal_data is None:
                return None
        if path is None:
            folder = default_folder(settings.get("hearing_file/folder"))
            suggested = Path(folder) / self.ctx.documents.file_name(hearing_id, Target.HEARING_FILE)
            path = SaveHearingFile.ask(self.window, str(suggested))
        if not path:
            return None
        settings.set("hearing_file/folder", str(Path(path).parent))

        def done(warnings) -> None:
            if getattr(self.window, "hearing_id", None) == hearing_id:
                self.ctx.undo_stack.setClean()      # the window's "modified" marker: changed since archived
            self._status(self.tr("已导出到 {0}").format(path))
            if warnings:                            # a recording that could not go beside the file
                QMessageBox.warning(self.window, self.tr("听证会文件已导出"), "\n".join(warnings))

        def failed(exc: BaseException) -> None:
            if isinstance(exc, OSError):
                QMessageBox.warning(self.window, self.tr("无法导出听证会文件"),
                                    self.tr("无法写入 {0}：{1}").format(path, exc.strerror or exc))
            else:
                show_error(self.window, task, exc)

        flush_tabs = getattr(self.window, "flush_tabs", None)
        if callable(flush_tabs):
            flush_tabs()                        # the typing box's last second goes into the file too
        task = run_in_background(self.window, self.ctx.documents.export, hearing_id, {Target.HEARING_FILE: path},
                                 personal_data=personal_data, on_done=done, on_error=failed,
                                 description=self.tr("导出听证会文件"))
        return task

    # ---------------------------------------------------------------- check-out, check-in
    def checkout(self, hearing_id: int, path: str | None = None) -> Task | None:
        """借出到笔记本文件: the hearing copied into a laptop's database file, marked lent here."""
        settings = self.ctx.settings
        if path is None:
            folder = default_folder(settings.get("hearing_file/folder"))
            path = CheckoutFile.ask(self.window, str(Path(folder) / "hearing-desk-laptop.sqlite3"))
        if not path:
            return None
        settings.set("hearing_file/folder", str(Path(path).parent))
        flush_tabs = getattr(self.window, "flush_tabs", None)
        if callable(flush_tabs):
            flush_tabs()                        # what is being typed goes out too

        def done(out) -> None:
            self.list_changed.emit()
            self._status(self.tr("已借出“{0}”到 {1}；交回前这里不能修改它。").format(out.title, out.file))

        def failed(exc: BaseException) -> None:
            if isinstance(exc, HearingDeskError):
                self._refused(self.tr("无法借出"), exc)
            else:
                show_error(self.window, task, exc)

        task = run_in_background(self.window, self.ctx.checkout.checkout, hearing_id, path,
                                 on_done=done, on_error=failed, description=self.tr("借出到笔记本文件"))
        return task

    def checkin(self, path: str | None = None, how: str | None = None) -> Task | None:
        """从笔记本文件交回: a conflict is shown with what changed on each side; the
        laptop's version replaces this one, or goes in beside it, only when chosen."""
        settings = self.ctx.settings
        if path is None:
            path = CheckinFile.ask(self.window, default_folder(settings.get("hearing_file/folder")))
        if not path:
            return None
        settings.set("hearing_file/folder", str(Path(path).parent))
        chosen: str = path

        def done(results) -> None:
            self.list_changed.emit()
            for r in results:
                self.open_requested.emit(r.hearing_id)
            self._status(self.tr("已交回 {0} 场听证会。").format(len(results)))

        def failed(exc: BaseException) -> None:
            if isinstance(exc, CheckinConflict):
                choice = ConflictChoice.ask(self.window, str(exc))
                if choice is not None:
                    self.checkin(chosen, choice)
            elif isinstance(exc, HearingDeskError):
                self._refused(self.tr("无法交回"), exc)
            else:
                show_error(self.window, task, exc)

        task = run_in_background(self.window, self.ctx.checkout.checkin, path,
                                 force=how == "force", as_new=how == "new",
                                 on_done=done, on_error=failed, description=self.tr("从笔记本文件交回"))
        return task
