# Generated from forms/disputes_panel.ui by tools/forms.py (pyside6-uic). Do not edit:
# change the form in Qt Designer (pyside6-designer), then run tools/forms.py.
# form-sha256: cccbd0fecba40e1afa8e9df7bf0db12b2839f80619fe01829b287396b9076788

# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QLabel, QListWidget,
    QListWidgetItem, QPlainTextEdit, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_DisputesPanel(object):
    def setupUi(self, DisputesPanel):
        if not DisputesPanel.objectName():
            DisputesPanel.setObjectName(u"DisputesPanel")
        DisputesPanel.resize(480, 420)
        self.layout = QVBoxLayout(DisputesPanel)
        self.layout.setObjectName(u"layout")
        self.layout.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel(DisputesPanel)
        self.title.setObjectName(u"title")

        self.layout.addWidget(self.title)

        self.list = QListWidget(DisputesPanel)
        self.list.setObjectName(u"list")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(1)
        sizePolicy.setHeightForWidth(self.list.sizePolicy().hasHeightForWidth())
        self.list.setSizePolicy(sizePolicy)
        self.list.setAlternatingRowColors(True)
        self.list.setWordWrap(True)

        self.layout.addWidget(self.list)

        self.question_buttons = QHBoxLayout()
        self.question_buttons.setObjectName(u"question_buttons")
        self.add_button = QPushButton(DisputesPanel)
        self.add_button.setObjectName(u"add_button")

        self.question_buttons.addWidget(self.add_button)

        self.edit_button = QPushButton(DisputesPanel)
        self.edit_button.setObjectName(u"edit_button")

        self.question_buttons.addWidget(self.edit_button)

        self.delete_button = QPushButton(DisputesPanel)
        self.delete_button.setObjectName(u"delete_button")

        self.question_buttons.addWidget(self.delete_button)

        self.question_buttons_end = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.question_buttons.addItem(self.question_buttons_end)


        self.layout.addLayout(self.question_buttons)

        self.text = QPlainTextEdit(DisputesPanel)
        self.text.setObjectName(u"text")
        self.text.setMaximumSize(QSize(16777215, 90))
        self.text.setTabChangesFocus(True)

        self.layout.addWidget(self.text)

        self.links_title = QLabel(DisputesPanel)
        self.links_title.setObjectName(u"links_title")

        self.layout.addWidget(self.links_title)

        self.links = QListWidget(DisputesPanel)
        self.links.setObjectName(u"links")
        self.links.setMaximumSize(QSize(16777215, 120))
        self.links.setWordWrap(True)

        self.layout.addWidget(self.links)

        self.link_buttons = QHBoxLayout()
        self.link_buttons.setObjectName(u"link_buttons")
        self.link_button = QPushButton(DisputesPanel)
        self.link_button.setObjectName(u"link_button")

        self.link_buttons.addWidget(self.link_button)

        self.unlink_button = QPushButton(DisputesPanel)
        self.unlink_button.setObjectName(u"unlink_button")

        self.link_buttons.addWidget(self.unlink_button)

        self.link_buttons_end = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.link_buttons.addItem(self.link_buttons_end)


        self.layout.addLayout(self.link_buttons)

#if QT_CONFIG(shortcut)
        self.title.setBuddy(self.list)
        self.links_title.setBuddy(self.links)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.list, self.add_button)
        QWidget.setTabOrder(self.add_button, self.edit_button)
        QWidget.setTabOrder(self.edit_button, self.delete_button)
        QWidget.setTabOrder(self.delete_button, self.text)
        QWidget.setTabOrder(self.text, self.links)
        QWidget.setTabOrder(self.links, self.link_button)
        QWidget.setTabOrder(self.link_button, self.unlink_button)

        self.retranslateUi(DisputesPanel)

        QMetaObject.connectSlotsByName(DisputesPanel)
    # setupUi

    def retranslateUi(self, DisputesPanel):
        self.title.setText(QCoreApplication.translate("DisputesPanel", u"<b>\u4e89\u8bba\u7684\u4e3b\u8981\u95ee\u9898</b>", None))
        self.add_button.setText(QCoreApplication.translate("DisputesPanel", u"\u65b0\u589e", None))
        self.edit_button.setText(QCoreApplication.translate("DisputesPanel", u"\u4fee\u6539", None))
        self.delete_button.setText(QCoreApplication.translate("DisputesPanel", u"\u5220\u9664", None))
        self.text.setPlaceholderText(QCoreApplication.translate("DisputesPanel", u"\u5728\u4e0a\u65b9\u9009\u4e2d\u4e00\u4e2a\u95ee\u9898\u540e\u5728\u8fd9\u91cc\u4fee\u6539\uff0c\u6216\u70b9\u201c\u65b0\u589e\u201d\u540e\u5728\u8fd9\u91cc\u8f93\u5165\uff1b\u968f\u8f93\u968f\u5b58\u3002", None))
        self.links_title.setText(QCoreApplication.translate("DisputesPanel", u"\u5173\u8054\u7684\u610f\u89c1\uff1a", None))
#if QT_CONFIG(tooltip)
        self.link_button.setToolTip(QCoreApplication.translate("DisputesPanel", u"\u628a\u767b\u8bb0\u8868\u4e2d\u9009\u4e2d\u7684\u610f\u89c1\u5173\u8054\u5230\u8fd9\u4e2a\u4e89\u8bba\u95ee\u9898", None))
#endif // QT_CONFIG(tooltip)
        self.link_button.setText(QCoreApplication.translate("DisputesPanel", u"\u5173\u8054\u6240\u9009\u610f\u89c1", None))
#if QT_CONFIG(tooltip)
        self.unlink_button.setToolTip(QCoreApplication.translate("DisputesPanel", u"\u53d6\u6d88\u4e0b\u65b9\u9009\u4e2d\u7684\u610f\u89c1\u4e0e\u8fd9\u4e2a\u4e89\u8bba\u95ee\u9898\u7684\u5173\u8054", None))
#endif // QT_CONFIG(tooltip)
        self.unlink_button.setText(QCoreApplication.translate("DisputesPanel", u"\u53d6\u6d88\u5173\u8054", None))
        pass
    # retranslateUi

