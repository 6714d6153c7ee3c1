"""The main window's actions, created in one place (like Picard's ``ui/mainwindow/actions.py``):
standard keys where Qt has them, translated labels, status tips, and the menus.

The registry only creates actions and menus; the main window connects them and
calls :meth:`Actions.set_hearing_open` so that what needs a hearing is enabled
only while one is open.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QIcon, QKeySequence, QUndoStack
from PySide6.QtWidgets import QMenuBar, QWidget

from .. import paths
from .autosave import route_to
from .settings import LANGUAGES

StandardKey = QKeySequence.StandardKey
TAB_NAMES = ("setup", "transcript", "opinions", "responses")


def icon(name: str) -> QIcon:
    """An icon shipped in ``resources/icons`` (SVG)."""
    return QIcon(str(paths.resource("icons", f"{name}.svg")))


class Actions(QObject):
    """Every QAction of the main window, as attributes and in ``by_name``."""

    def __init__(self, window: QWidget, undo_stack: QUndoStack):
        super().__init__(window)
        self.window = window
        self.by_name: dict[str, QAction] = {}

        # 文件
        self.new_hearing = self._make("new_hearing", self.tr("新建听证会…"), self.tr("新建一场空白的听证会"),
                                      keys=StandardKey.New, icon_name="new", icon_text=self.tr("新建"))
        self.duplicate_hearing = self._make("duplicate_hearing", self.tr("创建副本…"),
                                            self.tr("复制当前听证会的全部内容，作为一场新的听证会"),
                                            icon_name="duplicate", icon_text=self.tr("副本"))
        self.delete_hearing = self._make("delete_hearing", self.tr("删除听证会…"),
                                         self.tr("从数据库中删除当前听证会（删除前会再次确认）"),
                                         keys=StandardKey.Delete, icon_name="delete", icon_text=self.tr("删除"))
        # Del deletes a hearing only while the hearing list has the focus (it is
        # added to the list view); elsewhere it stays the key that deletes text.
        self.delete_hearing.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.import_hearing = self._make("import_hearing", self.tr("导入听证会文件…"),
                                         self.tr("从听证会文件（.json）导入一场听证会"),
                                         keys=StandardKey.Open, icon_name="import", icon_text=self.tr("导入"))
        self.export_hearing = self._make("export_hearing", self.tr("导出听证会文件…"),
                                         self.tr("把当前听证会的全部内容保存为听证会文件（.json），用于存档或交换"),
                                         keys=StandardKey.SaveAs, icon_name="export", icon_text=self.tr("导出"))
        self.event_log = self._make("event_log", self.tr("修改记录…"),
                                    self.tr("这场听证会的修改记录：谁在什么时间改了什么"))
        self.checkout_hearing = self._make("checkout_hearing", self.tr("借出到笔记本文件…"),
                                           self.tr("把当前听证会复制到笔记本上的数据库文件，带到现场离线使用；"
                                                   "交回前这里不能修改它"))
        self.checkin_hearing = self._make("checkin_hearing", self.tr("从笔记本文件交回…"),
                                          self.tr("把笔记本文件中借出的听证会交回这个数据库；"
                                                  "期间这里若有改动则报告冲突，不合并"))
        self.backup_restore = self._make("backup_restore", self.tr("备份与恢复…"),
                                         self.tr("查看数据库的自动备份，立即备份，或用一份备份恢复数据库"))
        self.quit = self._make("quit", self.tr("退出"), self.tr("关闭 Hearing Desk"), keys=StandardKey.Quit)
        self.quit.setMenuRole(QAction.MenuRole.QuitRole)

        # 编辑
        self.undo = undo_stack.createUndoAction(self, self.tr("撤销"))
        route_to(self.undo, undo_stack.undo)        # pending edits are stored first (FlushingUndoStack)
        self.undo.setShortcuts(StandardKey.Undo)
        self.undo.setStatusTip(self.tr("撤销上一步修改"))
        self.undo.setObjectName("undo")
        self.by_name["undo"] = self.undo
        self.redo = undo_stack.createRedoAction(self, self.tr("重做"))
        route_to(self.redo, undo_stack.redo)
        self.redo.setShortcuts(StandardKey.Redo)
        self.redo.setStatusTip(self.tr("重做刚才撤销的修改"))
        self.redo.setObjectName("redo")
        self.by_name["redo"] = self.redo
        self.find = self._make("find", self.tr("查找…"), self.tr("在当前标签页中查找"), keys=StandardKey.Find)
        self.search_all = self._make("search_all", self.tr("在所有听证会中查找…"),
                                     self.tr("在所有听证会的名称、人员、意见、答复和笔录中查找字词；各听证会的统计"),
                                     keys=QKeySequence("Ctrl+Shift+F"))

        # 视图
        self.tab_group = QActionGroup(self)
        self.tab_group.setExclusive(True)
        tab_titles = tab_labels()
        self.show_tab: dict[str, QAction] = {}
        for number, name in enumerate(TAB_NAMES, start=1):
            action = self._make(f"tab_{name}", tab_titles[name], self.tr("切换到“{0}”标签页").format(tab_titles[name]),
                                keys=QKeySequence(f"Ctrl+{number}"))
            action.setCheckable(True)
            action.setData(name)
            self.tab_group.addAction(action)
            self.show_tab[name] = action

        # 设置
        self.language_group = QActionGroup(self)
        self.language_group.setExclusive(True)
        self.language: dict[str, QAction] = {}
        for code, label in zip(LANGUAGES, ("中文", "English")):
            action = self._make(f"language_{code}", label, self.tr("界面语言（重新启动程序后生效）"))
            action.setCheckable(True)
            action.setData(code)
            self.language_group.addAction(action)
            self.language[code] = action

        self.document_font = self._make("document_font", self.tr("文书字体…"),
                                        self.tr("选择 PDF 文书（听证报告、听证笔录）使用的字体文件"))
        self.default_font = self._make("default_font", self.tr("文书字体恢复默认"),
                                       self.tr("按系统已安装的字体自动选择（仿宋、宋体……）"))

        # 帮助
        self.about = self._make("about", self.tr("关于 Hearing Desk"), self.tr("版本、数据库位置和日志文件"))
        self.about.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_qt = self._make("about_qt", self.tr("关于 Qt"), self.tr("本程序使用的 Qt 版本"))
        self.about_qt.setMenuRole(QAction.MenuRole.AboutQtRole)

        #: actions that need an open hearing
        self.need_hearing = [self.duplicate_hearing, self.delete_hearing, self.export_hearing, self.event_log,
                             self.checkout_hearing,
                             *self.show_tab.values()]
        self.set_hearing_open(False)

    def _make(self, name: str, text: str, tip: str, *, keys=None, icon_name: str | None = None,
              icon_text: str | None = None) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        action.setStatusTip(tip)
        action.setToolTip(tip)
        if keys is not None:
            if isinstance(keys, StandardKey):
                action.setShortcuts(keys)
            else:
                action.setShortcut(keys)
        if icon_name:
            action.setIcon(icon(icon_name))
        if icon_text:
            action.setIconText(icon_text)
        self.by_name[name] = action
        return action

    # ---------------------------------------------------------------- menus
    def build_menus(self, menubar: QMenuBar, *, list_toggle: QAction | None = None) -> None:
        file_menu = menubar.addMenu(self.tr("文件(&F)"))
        file_menu.setObjectName("menu_file")
        file_menu.addActions([self.new_hearing, self.duplicate_hearing, self.delete_hearing])
        file_menu.addSeparator()
        file_menu.addActions([self.import_hearing, self.export_hearing])
        file_menu.addSeparator()
        file_menu.addActions([self.checkout_hearing, self.checkin_hearing])
        file_menu.addSeparator()
        file_menu.addAction(self.event_log)
        file_menu.addSeparator()
        file_menu.addAction(self.backup_restore)
        file_menu.addSeparator()
        file_menu.addAction(self.quit)

        edit_menu = menubar.addMenu(self.tr("编辑(&E)"))
        edit_menu.setObjectName("menu_edit")
        edit_menu.addActions([self.undo, self.redo])
        edit_menu.addSeparator()
        edit_menu.addActions([self.find, self.search_all])

        view_menu = menubar.addMenu(self.tr("视图(&V)"))
        view_menu.setObjectName("menu_view")
        view_menu.addActions(list(self.show_tab.values()))
        if list_toggle is not None:
            view_menu.addSeparator()
            view_menu.addAction(list_toggle)

        settings_menu = menubar.addMenu(self.tr("设置(&S)"))
        settings_menu.setObjectName("menu_settings")
        language_menu = settings_menu.addMenu(self.tr("语言（重新启动后生效）"))
        language_menu.setObjectName("menu_language")
        language_menu.addActions(list(self.language.values()))
        settings_menu.addSeparator()
        settings_menu.addActions([self.document_font, self.default_font])

        help_menu = menubar.addMenu(self.tr("帮助(&H)"))
        help_menu.setObjectName("menu_help")
        help_menu.addActions([self.about, self.about_qt])

    # ---------------------------------------------------------------- state
    def set_hearing_open(self, is_open: bool) -> None:
        for action in self.need_hearing:
            action.setEnabled(is_open)

    def list_actions(self) -> list[QAction]:
        """The actions shown above the hearing list."""
        return [self.new_hearing, self.duplicate_hearing, self.delete_hearing,
                self.import_hearing, self.export_hearing]

    def list_context_actions(self) -> list[QAction]:
        return [self.duplicate_hearing, self.export_hearing, self.delete_hearing]


def tab_labels() -> dict[str, str]:
    """The tab titles, translated (context ``MainWindow``)."""
    translate = QCoreApplication.translate
    return {"setup": translate("MainWindow", "听证会设置"), "transcript": translate("MainWindow", "现场笔录"),
            "opinions": translate("MainWindow", "意见登记"), "responses": translate("MainWindow", "意见处理")}
