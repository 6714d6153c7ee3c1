"""征求意见稿: import the draft under hearing (.txt / .docx), see its chapters and articles."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain import Hearing
from ...errors import HearingDeskError
from ..autosave import AutoSave, Edit
from .commands import DraftCommand, DraftTitleCommand
from .models import ArticleColumn, ArticlesModel
from .widgets import confirm, hint_label, warn


class DraftPage(QWidget):
    def __init__(self, tab, parent: QWidget | None = None):
        super().__init__(parent)
        self.tab = tab
        self.hearing: Hearing | None = None

        self.import_button = QPushButton(self.tr("导入征求意见稿（.txt / .docx）…"))
        self.import_button.clicked.connect(self.import_file)
        self.clear_button = QPushButton(self.tr("清除"))
        self.clear_button.clicked.connect(self.clear)
        bar = QHBoxLayout()
        bar.addWidget(self.import_button)
        bar.addWidget(self.clear_button)
        bar.addStretch(1)

        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("如：光明区公共数据授权运营暂行管理办法（征求意见稿）"))
        self.title_saver = AutoSave(self.title, self._store_title, edits=tab.ctx.edits,
                                    read=lambda: self.title.text().strip() or None)
        form = QFormLayout()
        form.addRow(self.tr("标题"), self.title)

        self.summary = QLabel()
        self.summary.setStyleSheet("font-weight: bold;")
        self.model = ArticlesModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(True)
        self.view.setAlternatingRowColors(True)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(ArticleColumn.LABEL, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ArticleColumn.CHAPTER, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(ArticleColumn.CHAPTER, 170)
        header.setSectionResizeMode(ArticleColumn.TEXT, QHeaderView.ResizeMode.Stretch)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(hint_label(self.tr(
            "导入听证事项的文本（征求意见稿），程序按“第X章”“第X条”拆分条文。"
            "登记意见时可以关联到条文，笔录中提到的“第二十三条”也会自动识别。")))
        layout.addLayout(bar)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)

    # ------------------------------------------------------------ showing
    def show_hearing(self, hearing: Hearing | None) -> None:
        self.hearing = hearing
        draft = hearing.draft if hearing else None
        self.model.set_items(draft.articles if draft else [])
        self.title_saver.show((hearing.id, "draft_title") if hearing else None, draft.title if draft else None)
        self.title.setEnabled(draft is not None)
        self.clear_button.setEnabled(draft is not None)
        if draft is None:
            self.summary.setText(self.tr("尚未导入征求意见稿。"))
        else:
            chapters = len({a.chapter for a in draft.articles if a.chapter})
            self.summary.setText(self.tr("共 {0} 条{1}").format(
                len(draft.articles), self.tr("，分 {0} 章").format(chapters) if chapters else ""))

    def commit_pending(self) -> None:
        self.commit_title()

    # ------------------------------------------------------------ changes
    def commit_title(self) -> None:
        self.title_saver.end_session()

    def _store_title(self, target: tuple[int, str], title: str | None, edit: Edit) -> bool:
        hearing_id, _ = target
        return self.tab.perform(DraftTitleCommand(self.tab.ctx, hearing_id, title),
                                edit=edit, target=target)

    def import_file(self) -> None:
        if self.hearing is None:
            return
        path = self.ask_file(self, self.tab.import_folder())
        if not path:
            return
        self.tab.remember_folder(path)
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            draft = self.tab.ctx.agenda.read_draft(path)
        except HearingDeskError as exc:
            QApplication.restoreOverrideCursor()
            warn(self, str(exc))
            return
        QApplication.restoreOverrideCursor()
        old = self.hearing.draft
        if old is not None and old.articles and not confirm(self, self.tr(
                "用新文件中的 {0} 条替换现有的 {1} 条征求意见稿条文？").format(len(draft.articles), len(old.articles))):
            return
        if self.tab.perform(DraftCommand(self.tab.ctx, self.hearing.id, draft,
                                         self.tr("导入征求意见稿"))):
            self.tab.status(self.tr("已导入征求意见稿：{0} 条。").format(len(draft.articles)))

    def clear(self) -> None:
        if self.hearing is None or self.hearing.draft is None:
            return
        if not confirm(self, self.tr("清除已导入的征求意见稿？可用“撤销”恢复。")):
            return
        self.tab.perform(DraftCommand(self.tab.ctx, self.hearing.id, None,
                                      self.tr("清除征求意见稿")))

    @classmethod
    def ask_file(cls, parent: QWidget | None, folder: str = "") -> str | None:
        from ..file_dialogs import open_file_name
        return open_file_name(parent, QCoreApplication.translate("DraftPage", "选择征求意见稿") if parent else "选择征求意见稿",
                              folder, "征求意见稿 (*.docx *.txt);;所有文件 (*)")
