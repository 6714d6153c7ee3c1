# Generated from forms/opinions_tab.ui by tools/forms.py (pyside6-uic). Do not edit:
# change the form in Qt Designer (pyside6-designer), then run tools/forms.py.
# form-sha256: 5b0a1637775b1745bd39d4d1ada192986453bded8ba280d6f916ba10d9e0d44c

# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QAction, QBrush, QColor, QConicalGradient,
    QCursor, QFont, QFontDatabase, QGradient,
    QIcon, QImage, QKeySequence, QLinearGradient,
    QPainter, QPalette, QPixmap, QRadialGradient,
    QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QSizePolicy,
    QSplitter, QTabWidget, QTextBrowser, QToolBar,
    QTreeView, QVBoxLayout, QWidget)

class Ui_OpinionsTab(object):
    def setupUi(self, OpinionsTab):
        if not OpinionsTab.objectName():
            OpinionsTab.setObjectName(u"OpinionsTab")
        OpinionsTab.resize(1100, 820)
        self.action_add = QAction(OpinionsTab)
        self.action_add.setObjectName(u"action_add")
#if QT_CONFIG(shortcut)
        self.action_add.setShortcut(u"Ins")
#endif // QT_CONFIG(shortcut)
        self.action_add.setShortcutContext(Qt.WidgetWithChildrenShortcut)
        self.action_edit = QAction(OpinionsTab)
        self.action_edit.setObjectName(u"action_edit")
#if QT_CONFIG(shortcut)
        self.action_edit.setShortcut(u"F2")
#endif // QT_CONFIG(shortcut)
        self.action_edit.setShortcutContext(Qt.WidgetWithChildrenShortcut)
        self.action_delete = QAction(OpinionsTab)
        self.action_delete.setObjectName(u"action_delete")
        self.action_delete.setShortcutContext(Qt.WidgetWithChildrenShortcut)
        self.action_merge = QAction(OpinionsTab)
        self.action_merge.setObjectName(u"action_merge")
#if QT_CONFIG(shortcut)
        self.action_merge.setShortcut(u"Ctrl+M")
#endif // QT_CONFIG(shortcut)
        self.action_merge.setShortcutContext(Qt.WidgetWithChildrenShortcut)
        self.action_split = QAction(OpinionsTab)
        self.action_split.setObjectName(u"action_split")
#if QT_CONFIG(shortcut)
        self.action_split.setShortcut(u"Ctrl+T")
#endif // QT_CONFIG(shortcut)
        self.action_split.setShortcutContext(Qt.WidgetWithChildrenShortcut)
        self.action_move = QAction(OpinionsTab)
        self.action_move.setObjectName(u"action_move")
#if QT_CONFIG(shortcut)
        self.action_move.setShortcut(u"Ctrl+Shift+M")
#endif // QT_CONFIG(shortcut)
        self.action_move.setShortcutContext(Qt.WidgetWithChildrenShortcut)
        self.action_renumber = QAction(OpinionsTab)
        self.action_renumber.setObjectName(u"action_renumber")
#if QT_CONFIG(shortcut)
        self.action_renumber.setShortcut(u"Ctrl+Shift+R")
#endif // QT_CONFIG(shortcut)
        self.action_renumber.setShortcutContext(Qt.WidgetWithChildrenShortcut)
        self.action_answer = QAction(OpinionsTab)
        self.action_answer.setObjectName(u"action_answer")
#if QT_CONFIG(shortcut)
        self.action_answer.setShortcut(u"Ctrl+Return")
#endif // QT_CONFIG(shortcut)
        self.action_answer.setShortcutContext(Qt.WidgetWithChildrenShortcut)
        self.layout = QVBoxLayout(OpinionsTab)
        self.layout.setObjectName(u"layout")
        self.split = QSplitter(OpinionsTab)
        self.split.setObjectName(u"split")
        self.split.setOrientation(Qt.Vertical)
        self.register_box = QWidget(self.split)
        self.register_box.setObjectName(u"register_box")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(3)
        sizePolicy.setHeightForWidth(self.register_box.sizePolicy().hasHeightForWidth())
        self.register_box.setSizePolicy(sizePolicy)
        self.register_layout = QVBoxLayout(self.register_box)
        self.register_layout.setObjectName(u"register_layout")
        self.register_layout.setContentsMargins(0, 0, 0, 0)
        self.filter_bar = QHBoxLayout()
        self.filter_bar.setObjectName(u"filter_bar")
        self.group_combo = QComboBox(self.register_box)
        self.group_combo.addItem("")
        self.group_combo.addItem("")
        self.group_combo.addItem("")
        self.group_combo.setObjectName(u"group_combo")

        self.filter_bar.addWidget(self.group_combo)

        self.decision_combo = QComboBox(self.register_box)
        self.decision_combo.addItem("")
        self.decision_combo.addItem("")
        self.decision_combo.setObjectName(u"decision_combo")

        self.filter_bar.addWidget(self.decision_combo)

        self.category_combo = QComboBox(self.register_box)
        self.category_combo.addItem("")
        self.category_combo.setObjectName(u"category_combo")

        self.filter_bar.addWidget(self.category_combo)

        self.search = QLineEdit(self.register_box)
        self.search.setObjectName(u"search")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy1.setHorizontalStretch(1)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.search.sizePolicy().hasHeightForWidth())
        self.search.setSizePolicy(sizePolicy1)
        self.search.setClearButtonEnabled(True)

        self.filter_bar.addWidget(self.search)

        self.count_label = QLabel(self.register_box)
        self.count_label.setObjectName(u"count_label")

        self.filter_bar.addWidget(self.count_label)


        self.register_layout.addLayout(self.filter_bar)

        self.toolbar = QToolBar(self.register_box)
        self.toolbar.setObjectName(u"toolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonTextOnly)

        self.register_layout.addWidget(self.toolbar)

        self.numbering_label = QLabel(self.register_box)
        self.numbering_label.setObjectName(u"numbering_label")
        self.numbering_label.setStyleSheet(u"color: #9a6700;")
        self.numbering_label.setWordWrap(True)

        self.register_layout.addWidget(self.numbering_label)

        self.view = QTreeView(self.register_box)
        self.view.setObjectName(u"view")
        self.view.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.view.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.view.setIndentation(14)
        self.view.setUniformRowHeights(True)
        self.view.setSortingEnabled(True)
        self.view.setAllColumnsShowFocus(True)
        self.view.header().setStretchLastSection(False)

        self.register_layout.addWidget(self.view)

        self.split.addWidget(self.register_box)
        self.lower = QSplitter(self.split)
        self.lower.setObjectName(u"lower")
        sizePolicy2 = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        sizePolicy2.setHorizontalStretch(0)
        sizePolicy2.setVerticalStretch(2)
        sizePolicy2.setHeightForWidth(self.lower.sizePolicy().hasHeightForWidth())
        self.lower.setSizePolicy(sizePolicy2)
        self.lower.setOrientation(Qt.Horizontal)
        self.detail_box = QWidget(self.lower)
        self.detail_box.setObjectName(u"detail_box")
        sizePolicy3 = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        sizePolicy3.setHorizontalStretch(0)
        sizePolicy3.setVerticalStretch(0)
        sizePolicy3.setHeightForWidth(self.detail_box.sizePolicy().hasHeightForWidth())
        self.detail_box.setSizePolicy(sizePolicy3)
        self.detail_layout = QVBoxLayout(self.detail_box)
        self.detail_layout.setObjectName(u"detail_layout")
        self.detail_layout.setContentsMargins(0, 0, 0, 0)
        self.detail_title = QLabel(self.detail_box)
        self.detail_title.setObjectName(u"detail_title")

        self.detail_layout.addWidget(self.detail_title)

        self.detail = QTextBrowser(self.detail_box)
        self.detail.setObjectName(u"detail")
        self.detail.setOpenLinks(False)

        self.detail_layout.addWidget(self.detail)

        self.lower.addWidget(self.detail_box)
        self.side_tabs = QTabWidget(self.lower)
        self.side_tabs.setObjectName(u"side_tabs")
        sizePolicy3.setHeightForWidth(self.side_tabs.sizePolicy().hasHeightForWidth())
        self.side_tabs.setSizePolicy(sizePolicy3)
        self.lower.addWidget(self.side_tabs)
        self.split.addWidget(self.lower)

        self.layout.addWidget(self.split)

#if QT_CONFIG(shortcut)
        self.detail_title.setBuddy(self.detail)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.group_combo, self.decision_combo)
        QWidget.setTabOrder(self.decision_combo, self.category_combo)
        QWidget.setTabOrder(self.category_combo, self.search)
        QWidget.setTabOrder(self.search, self.view)
        QWidget.setTabOrder(self.view, self.detail)
        QWidget.setTabOrder(self.detail, self.side_tabs)

        self.toolbar.addAction(self.action_add)
        self.toolbar.addAction(self.action_edit)
        self.toolbar.addAction(self.action_delete)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.action_merge)
        self.toolbar.addAction(self.action_split)
        self.toolbar.addAction(self.action_move)
        self.toolbar.addAction(self.action_renumber)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.action_answer)

        self.retranslateUi(OpinionsTab)

        QMetaObject.connectSlotsByName(OpinionsTab)
    # setupUi

    def retranslateUi(self, OpinionsTab):
        self.action_add.setText(QCoreApplication.translate("OpinionsTab", u"\u65b0\u589e", None))
#if QT_CONFIG(statustip)
        self.action_add.setStatusTip(QCoreApplication.translate("OpinionsTab", u"\u4e3a\u6240\u9009\u53c2\u52a0\u4eba\u767b\u8bb0\u4e00\u6761\u65b0\u610f\u89c1", None))
#endif // QT_CONFIG(statustip)
        self.action_edit.setText(QCoreApplication.translate("OpinionsTab", u"\u4fee\u6539", None))
#if QT_CONFIG(statustip)
        self.action_edit.setStatusTip(QCoreApplication.translate("OpinionsTab", u"\u4fee\u6539\u6240\u9009\u610f\u89c1", None))
#endif // QT_CONFIG(statustip)
        self.action_delete.setText(QCoreApplication.translate("OpinionsTab", u"\u5220\u9664", None))
#if QT_CONFIG(statustip)
        self.action_delete.setStatusTip(QCoreApplication.translate("OpinionsTab", u"\u5220\u9664\u6240\u9009\u610f\u89c1\uff08\u53ef\u64a4\u9500\uff09", None))
#endif // QT_CONFIG(statustip)
        self.action_merge.setText(QCoreApplication.translate("OpinionsTab", u"\u5408\u5e76", None))
#if QT_CONFIG(statustip)
        self.action_merge.setStatusTip(QCoreApplication.translate("OpinionsTab", u"\u628a\u540c\u4e00\u53c2\u52a0\u4eba\u7684\u4e24\u6761\u610f\u89c1\u5408\u5e76\u4e3a\u4e00\u6761", None))
#endif // QT_CONFIG(statustip)
        self.action_split.setText(QCoreApplication.translate("OpinionsTab", u"\u62c6\u5206", None))
#if QT_CONFIG(statustip)
        self.action_split.setStatusTip(QCoreApplication.translate("OpinionsTab", u"\u628a\u4e00\u6761\u610f\u89c1\u5728\u5149\u6807\u5904\u62c6\u6210\u4e24\u6761", None))
#endif // QT_CONFIG(statustip)
        self.action_move.setText(QCoreApplication.translate("OpinionsTab", u"\u79fb\u81f3\u5176\u4ed6\u53c2\u52a0\u4eba\u2026", None))
#if QT_CONFIG(statustip)
        self.action_move.setStatusTip(QCoreApplication.translate("OpinionsTab", u"\u628a\u6240\u9009\u610f\u89c1\u79fb\u5230\u53e6\u4e00\u4f4d\u53c2\u52a0\u4eba\u540d\u4e0b", None))
#endif // QT_CONFIG(statustip)
        self.action_renumber.setText(QCoreApplication.translate("OpinionsTab", u"\u91cd\u65b0\u7f16\u53f7", None))
#if QT_CONFIG(statustip)
        self.action_renumber.setStatusTip(QCoreApplication.translate("OpinionsTab", u"\u6309\u767b\u8bb0\u8868\u5f53\u524d\u663e\u793a\u987a\u5e8f\uff0c\u4e3a\u6bcf\u4f4d\u53c2\u52a0\u4eba\u7684\u610f\u89c1\u91cd\u65b0\u7f16\u53f7 1\u30012\u30013\u2026\u2026", None))
#endif // QT_CONFIG(statustip)
        self.action_answer.setText(QCoreApplication.translate("OpinionsTab", u"\u53bb\u7b54\u590d \u2192", None))
#if QT_CONFIG(statustip)
        self.action_answer.setStatusTip(QCoreApplication.translate("OpinionsTab", u"\u5728\u201c\u610f\u89c1\u5904\u7406\u201d\u4e2d\u7b54\u590d\u6240\u9009\u610f\u89c1", None))
#endif // QT_CONFIG(statustip)
        self.group_combo.setItemText(0, QCoreApplication.translate("OpinionsTab", u"\u6309\u542c\u8bc1\u53c2\u52a0\u4eba\u5206\u7ec4", None))
        self.group_combo.setItemText(1, QCoreApplication.translate("OpinionsTab", u"\u6309\u6761\u6b3e\u5206\u7ec4", None))
        self.group_combo.setItemText(2, QCoreApplication.translate("OpinionsTab", u"\u4e0d\u5206\u7ec4", None))

        self.decision_combo.setItemText(0, QCoreApplication.translate("OpinionsTab", u"\u5168\u90e8\u5904\u7406\u60c5\u51b5", None))
        self.decision_combo.setItemText(1, QCoreApplication.translate("OpinionsTab", u"\u672a\u7b54\u590d", None))

        self.category_combo.setItemText(0, QCoreApplication.translate("OpinionsTab", u"\u5168\u90e8\u7c7b\u522b", None))

        self.search.setPlaceholderText(QCoreApplication.translate("OpinionsTab", u"\u641c\u7d22\u610f\u89c1\u3001\u7406\u7531\u3001\u6761\u6b3e\u3001\u59d3\u540d\u2026\u2026", None))
        self.detail_title.setText(QCoreApplication.translate("OpinionsTab", u"<b>\u6240\u9009\u610f\u89c1</b>", None))
        pass
    # retranslateUi

