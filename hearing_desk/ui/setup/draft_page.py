"""征求意见稿: import the draft under hearing (.txt / .docx), see its chapters and articles
(forms/setup_draft_page.ui)."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHeaderView, QWidget

from ...domain import Draft, Hearing
from ...errors import HearingDeskError
from ..autosave import AutoSave, Edit
from ..background import Task, run_in_background, show_error
from ..generated.ui_setup_draft_page import Ui_DraftPage
from .commands import DraftCommand, DraftTitleCommand, stored_id
from .models import ArticleColumn, ArticlesModel
from .widgets import confirm, warn

if TYPE_CHECKING:
    from .tab import SetupTab


class DraftPage(QWidget):
    """The draft's title and its articles (forms/setup_draft_page.ui)."""

    SHOWS = frozenset({"draft"})

    def __init__(self, tab: SetupTab, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_DraftPage()
        self.ui.setupUi(self)
        self.tab = tab
        self.hearing: Hearing | None = None
        ui = self.ui
        ui.import_button.clicked.connect(self.import_file)
        ui.clear_button.clicked.connect(self.clear)
        self.title_saver = AutoSave(ui.title, self._store_title, edits=tab.ctx.edits,
                                    read=lambda: ui.title.text().strip() or None)
        self.model = ArticlesModel(self)
        ui.view.setModel(self.model)
        header = ui.view.horizontalHeader()
        header.setSectionResizeMode(ArticleColumn.LABEL, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ArticleColumn.CHAPTER, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(ArticleColumn.CHAPTER, 170)
        header.setSectionResizeMode(ArticleColumn.TEXT, QHeaderView.ResizeMode.Stretch)
        ui.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

    # ------------------------------------------------------------ showing
    def show_hearing(self, hearing: Hearing | None) -> None:
        self.hearing = hearing
        draft = hearing.draft if hearing else None
        self.model.set_items(draft.articles if draft else [])
        self.title_saver.show((hearing.id, "draft_title") if hearing else None, draft.title if draft else None)
        self.ui.title.setEnabled(draft is not None)
        self.ui.clear_button.setEnabled(draft is not None)
        if draft is None:
            self.ui.summary.setText(self.tr("尚未导入征求意见稿。"))
        else:
            chapters = len({a.chapter for a in draft.articles if a.chapter})
            self.ui.summary.setText(self.tr("共 {0} 条{1}").format(
                len(draft.articles), self.tr("，分 {0} 章").format(chapters) if chapters else ""))

    def commit_pending(self) -> None:
        self.title_saver.end_session()

    # ------------------------------------------------------------ changes

    def _store_title(self, target: Any, title: str | None, edit: Edit) -> bool:
        hearing_id, _ = target
        return self.tab.perform(DraftTitleCommand(self.tab.ctx, hearing_id, title),
                                edit=edit, target=target)

    def import_file(self) -> Task | None:
        """Read the chosen draft off the GUI thread, then store it; the returned task is the reading."""
        if self.hearing is None:
            return None
        path = self.ask_file(self, self.tab.import_folder())
        if not path:
            return None
        self.tab.remember_folder(path)
        hearing_id = stored_id(self.hearing)

        def failed(exc: BaseException) -> None:
            if isinstance(exc, HearingDeskError):
                warn(self, str(exc))
            else:
                show_error(self, task, exc)

        def done(draft: Draft) -> None:
            if self.hearing is not None and stored_id(self.hearing) == hearing_id:
                self._store_draft(draft)

        task = run_in_background(self, self.tab.ctx.agenda.read_draft, path, on_done=done, on_error=failed,
                                 description=self.tr("读取征求意见稿"))
        self.tab.status(self.tr("正在读取征求意见稿……"))
        return task

    def _store_draft(self, draft: Draft) -> None:
        assert self.hearing is not None
        old = self.hearing.draft
        if old is not None and old.articles and not confirm(self, self.tr(
                "用新文件中的 {0} 条替换现有的 {1} 条征求意见稿条文？").format(len(draft.articles), len(old.articles))):
            return
        if self.tab.perform(DraftCommand(self.tab.ctx, stored_id(self.hearing), draft,
                                         self.tr("导入征求意见稿"))):
            self.tab.status(self.tr("已导入征求意见稿：{0} 条。").format(len(draft.articles)))

    def clear(self) -> None:
        if self.hearing is None or self.hearing.draft is None:
            return
        if not confirm(self, self.tr("清除已导入的征求意见稿？可用“撤销”恢复。")):
            return
        self.tab.perform(DraftCommand(self.tab.ctx, stored_id(self.hearing), None,
                                      self.tr("清除征求意见稿")))

    @classmethod
    def ask_file(cls, parent: QWidget | None, folder: str = "") -> str | None:
        from ..file_dialogs import open_file_name
        title = QCoreApplication.translate("DraftPage", "选择征求意见稿") if parent else "选择征求意见稿"
        return open_file_name(parent, title, folder, "征求意见稿 (*.docx *.txt);;所有文件 (*)")
