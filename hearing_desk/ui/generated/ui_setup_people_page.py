# Generated from forms/setup_people_page.ui by tools/forms.py (pyside6-uic). Do not edit:
# change the form in Qt Designer (pyside6-designer), then run tools/forms.py.
# form-sha256: 9fbc501110cbd6bddf7fa656cf3a516fb305bb776a3beb467af028d08b618693

# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QAction, QBrush, QColor, QConicalGradient,
    QCursor, QFont, QFontDatabase, QGradient,
    QIcon, QImage, QKeySequence, QLinearGradient,
    QPainter, QPalette, QPixmap, QRadialGradient,
    QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QTabBar, QTableView, QVBoxLayout,
    QWidget)

class Ui_PeoplePage(object):
    def setupUi(self, PeoplePage):
        if not PeoplePage.objectName():
            PeoplePage.setObjectName(u"PeoplePage")
        PeoplePage.resize(960, 640)
        self.move_up_action = QAction(PeoplePage)
        self.move_up_action.setObjectName(u"move_up_action")
        self.move_down_action = QAction(PeoplePage)
        self.move_down_action.setObjectName(u"move_down_action")
        self.change_role_action = QAction(PeoplePage)
        self.change_role_action.setObjectName(u"change_role_action")
        self.delete_action = QAction(PeoplePage)
        self.delete_action.setObjectName(u"delete_action")
        self.layout = QVBoxLayout(PeoplePage)
        self.layout.setObjectName(u"layout")
        self.layout.setContentsMargins(12, 12, 12, 12)
        self.roles = QTabBar(PeoplePage)
        self.roles.setObjectName(u"roles")
        self.roles.setExpanding(False)
        self.roles.setDrawBase(True)

        self.layout.addWidget(self.roles)

        self.rolesGap = QSpacerItem(0, 4, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        self.layout.addItem(self.rolesGap)

        self.head = QHBoxLayout()
        self.head.setObjectName(u"head")
        self.heading = QLabel(PeoplePage)
        self.heading.setObjectName(u"heading")
        self.heading.setStyleSheet(u"font-size: 13pt; font-weight: bold;")

        self.head.addWidget(self.heading)

        self.headSpace = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.head.addItem(self.headSpace)

        self.labelEditLabel = QLabel(PeoplePage)
        self.labelEditLabel.setObjectName(u"labelEditLabel")

        self.head.addWidget(self.labelEditLabel)

        self.label_edit = QLineEdit(PeoplePage)
        self.label_edit.setObjectName(u"label_edit")
        self.label_edit.setMaximumSize(QSize(220, 16777215))

        self.head.addWidget(self.label_edit)

        self.head.setStretch(1, 1)

        self.layout.addLayout(self.head)

        self.label_hint = QLabel(PeoplePage)
        self.label_hint.setObjectName(u"label_hint")
        self.label_hint.setStyleSheet(u"color: palette(placeholder-text);")
        self.label_hint.setWordWrap(True)

        self.layout.addWidget(self.label_hint)

        self.addBar = QHBoxLayout()
        self.addBar.setObjectName(u"addBar")
        self.newLabel = QLabel(PeoplePage)
        self.newLabel.setObjectName(u"newLabel")

        self.addBar.addWidget(self.newLabel)

        self.new_name = QLineEdit(PeoplePage)
        self.new_name.setObjectName(u"new_name")
        self.new_name.setMaximumSize(QSize(160, 16777215))

        self.addBar.addWidget(self.new_name)

        self.new_affiliation = QLineEdit(PeoplePage)
        self.new_affiliation.setObjectName(u"new_affiliation")

        self.addBar.addWidget(self.new_affiliation)

        self.new_description = QLineEdit(PeoplePage)
        self.new_description.setObjectName(u"new_description")

        self.addBar.addWidget(self.new_description)

        self.add_button = QPushButton(PeoplePage)
        self.add_button.setObjectName(u"add_button")

        self.addBar.addWidget(self.add_button)

        self.addBar.setStretch(2, 1)
        self.addBar.setStretch(3, 1)

        self.layout.addLayout(self.addBar)

        self.view = QTableView(PeoplePage)
        self.view.setObjectName(u"view")
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed|QAbstractItemView.EditTrigger.DoubleClicked|QAbstractItemView.EditTrigger.EditKeyPressed)
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setWordWrap(False)
        self.view.horizontalHeader().setHighlightSections(False)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(28)

        self.layout.addWidget(self.view)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.up_button = QPushButton(PeoplePage)
        self.up_button.setObjectName(u"up_button")

        self.buttons.addWidget(self.up_button)

        self.down_button = QPushButton(PeoplePage)
        self.down_button.setObjectName(u"down_button")

        self.buttons.addWidget(self.down_button)

        self.renumber_button = QPushButton(PeoplePage)
        self.renumber_button.setObjectName(u"renumber_button")

        self.buttons.addWidget(self.renumber_button)

        self.role_button = QPushButton(PeoplePage)
        self.role_button.setObjectName(u"role_button")

        self.buttons.addWidget(self.role_button)

        self.delete_button = QPushButton(PeoplePage)
        self.delete_button.setObjectName(u"delete_button")

        self.buttons.addWidget(self.delete_button)

        self.buttonsSpace = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.buttonsSpace)

        self.import_button = QPushButton(PeoplePage)
        self.import_button.setObjectName(u"import_button")

        self.buttons.addWidget(self.import_button)

        self.buttons.setStretch(5, 1)

        self.layout.addLayout(self.buttons)

        self.privacy = QLabel(PeoplePage)
        self.privacy.setObjectName(u"privacy")
        self.privacy.setStyleSheet(u"color: palette(placeholder-text);")
        self.privacy.setWordWrap(True)

        self.layout.addWidget(self.privacy)

        self.layout.setStretch(5, 1)
#if QT_CONFIG(shortcut)
        self.labelEditLabel.setBuddy(self.label_edit)
        self.newLabel.setBuddy(self.new_name)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.roles, self.label_edit)
        QWidget.setTabOrder(self.label_edit, self.new_name)
        QWidget.setTabOrder(self.new_name, self.new_affiliation)
        QWidget.setTabOrder(self.new_affiliation, self.new_description)
        QWidget.setTabOrder(self.new_description, self.add_button)
        QWidget.setTabOrder(self.add_button, self.view)
        QWidget.setTabOrder(self.view, self.up_button)
        QWidget.setTabOrder(self.up_button, self.down_button)
        QWidget.setTabOrder(self.down_button, self.renumber_button)
        QWidget.setTabOrder(self.renumber_button, self.role_button)
        QWidget.setTabOrder(self.role_button, self.delete_button)
        QWidget.setTabOrder(self.delete_button, self.import_button)

        self.view.addAction(self.move_up_action)
        self.view.addAction(self.move_down_action)
        self.view.addAction(self.change_role_action)
        self.view.addAction(self.delete_action)

        self.retranslateUi(PeoplePage)

        QMetaObject.connectSlotsByName(PeoplePage)
    # setupUi

    def retranslateUi(self, PeoplePage):
        self.move_up_action.setText(QCoreApplication.translate("PeoplePage", u"\u4e0a\u79fb\uff08Alt+\u2191\uff09", None))
        self.move_down_action.setText(QCoreApplication.translate("PeoplePage", u"\u4e0b\u79fb\uff08Alt+\u2193\uff09", None))
        self.change_role_action.setText(QCoreApplication.translate("PeoplePage", u"\u6539\u4e3a\u5176\u4ed6\u89d2\u8272\u2026", None))
        self.delete_action.setText(QCoreApplication.translate("PeoplePage", u"\u5220\u9664\uff08Delete\uff09", None))
        self.labelEditLabel.setText(QCoreApplication.translate("PeoplePage", u"\u672c\u542c\u8bc1\u4f1a\u7684\u79f0\u8c13\uff1a", None))
        self.newLabel.setText(QCoreApplication.translate("PeoplePage", u"\u65b0\u589e\uff1a", None))
        self.new_name.setPlaceholderText(QCoreApplication.translate("PeoplePage", u"\u59d3\u540d", None))
        self.new_affiliation.setPlaceholderText(QCoreApplication.translate("PeoplePage", u"\u5de5\u4f5c\u5355\u4f4d", None))
        self.new_description.setPlaceholderText(QCoreApplication.translate("PeoplePage", u"\u57fa\u672c\u60c5\u51b5\uff08\u5982\u201c\u67d0\u516c\u53f8\u4f01\u4e1a\u5355\u4f4d\u4ee3\u8868\u201d\uff09", None))
        self.add_button.setText(QCoreApplication.translate("PeoplePage", u"\u6dfb\u52a0", None))
#if QT_CONFIG(tooltip)
        self.up_button.setToolTip(QCoreApplication.translate("PeoplePage", u"\u4e0a\u79fb\uff08Alt+\u2191\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.up_button.setText(QCoreApplication.translate("PeoplePage", u"\u4e0a\u79fb", None))
#if QT_CONFIG(tooltip)
        self.down_button.setToolTip(QCoreApplication.translate("PeoplePage", u"\u4e0b\u79fb\uff08Alt+\u2193\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.down_button.setText(QCoreApplication.translate("PeoplePage", u"\u4e0b\u79fb", None))
#if QT_CONFIG(tooltip)
        self.renumber_button.setToolTip(QCoreApplication.translate("PeoplePage", u"\u6309\u5f53\u524d\u987a\u5e8f\u628a\u5e8f\u53f7\u6539\u4e3a 1\u30012\u30013\u2026\u2026", None))
#endif // QT_CONFIG(tooltip)
        self.renumber_button.setText(QCoreApplication.translate("PeoplePage", u"\u91cd\u65b0\u7f16\u53f7", None))
#if QT_CONFIG(tooltip)
        self.role_button.setToolTip(QCoreApplication.translate("PeoplePage", u"\u6240\u9009\u4eba\u5458\u767b\u8bb0\u9519\u4e86\u89d2\u8272\u65f6\uff0c\u6539\u4e3a\u5176\u4ed6\u89d2\u8272\uff08\u5982\u542c\u8bc1\u53c2\u52a0\u4eba\u6539\u4e3a\u542c\u8bc1\u5458\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.role_button.setText(QCoreApplication.translate("PeoplePage", u"\u6539\u4e3a\u5176\u4ed6\u89d2\u8272\u2026", None))
#if QT_CONFIG(tooltip)
        self.delete_button.setToolTip(QCoreApplication.translate("PeoplePage", u"\u5220\u9664\u6240\u9009\u4eba\u5458\uff08Delete\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.delete_button.setText(QCoreApplication.translate("PeoplePage", u"\u5220\u9664", None))
#if QT_CONFIG(tooltip)
        self.import_button.setToolTip(QCoreApplication.translate("PeoplePage", u"\u4ece Excel \u62a5\u540d\u8868\uff08.xlsx\uff09\u5bfc\u5165\u542c\u8bc1\u53c2\u52a0\u4eba\uff0c\u5bfc\u5165\u524d\u5148\u9884\u89c8\u6bcf\u4e00\u884c\u7684\u95ee\u9898", None))
#endif // QT_CONFIG(tooltip)
        self.import_button.setText(QCoreApplication.translate("PeoplePage", u"\u4ece\u62a5\u540d\u8868\u5bfc\u5165\u2026", None))
        self.privacy.setText(QCoreApplication.translate("PeoplePage", u"\u6de1\u9ec4\u5e95\u8272\u7684\u5217\uff08\u8054\u7cfb\u7535\u8bdd\u3001\u8eab\u4efd\u8bc1\u53f7\u3001\u90ae\u7bb1\u3001\u5730\u5740\uff09\u662f\u4e2a\u4eba\u4fe1\u606f\uff1a\u53ea\u4fdd\u5b58\u5728\u672c\u673a\u6570\u636e\u5e93\u4e2d\uff0c\u4e0d\u4f1a\u51fa\u73b0\u5728\u542c\u8bc1\u62a5\u544a\u3001\u542c\u8bc1\u7b14\u5f55\u6216\u610f\u89c1\u6c47\u603b\u8868\u91cc\uff1b\u8eab\u4efd\u8bc1\u53f7\u5728\u5c4f\u5e55\u4e0a\u53ea\u663e\u793a\u9996\u5c3e\u51e0\u4f4d\u3002\u53cc\u51fb\u5355\u5143\u683c\u53ef\u4fee\u6539\u3002", None))
        pass
    # retranslateUi

