# Generated from forms/checks_panel.ui by tools/forms.py (pyside6-uic). Do not edit:
# change the form in Qt Designer (pyside6-designer), then run tools/forms.py.
# form-sha256: fb882a7c6094b991ec2859c5ec972dff39ef8dc6fba2897725a72af69a12d091

# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QHeaderView, QLabel,
    QPushButton, QSizePolicy, QTreeWidget, QTreeWidgetItem,
    QVBoxLayout, QWidget)

class Ui_ChecksPanel(object):
    def setupUi(self, ChecksPanel):
        if not ChecksPanel.objectName():
            ChecksPanel.setObjectName(u"ChecksPanel")
        ChecksPanel.resize(1000, 600)
        self.layout = QVBoxLayout(ChecksPanel)
        self.layout.setObjectName(u"layout")
        self.layout.setContentsMargins(0, 0, 0, 0)
        self.top = QHBoxLayout()
        self.top.setObjectName(u"top")
        self.summary = QLabel(ChecksPanel)
        self.summary.setObjectName(u"summary")
        self.summary.setWordWrap(True)

        self.top.addWidget(self.summary)

        self.deadline_label = QLabel(ChecksPanel)
        self.deadline_label.setObjectName(u"deadline_label")
        self.deadline_label.setStyleSheet(u"color: #555;")

        self.top.addWidget(self.deadline_label)

        self.refresh_button = QPushButton(ChecksPanel)
        self.refresh_button.setObjectName(u"refresh_button")

        self.top.addWidget(self.refresh_button)

        self.top.setStretch(0, 1)

        self.layout.addLayout(self.top)

        self.tree = QTreeWidget(ChecksPanel)
        self.tree.setObjectName(u"tree")
        self.tree.setAlternatingRowColors(True)
        self.tree.setRootIsDecorated(False)
        self.tree.setWordWrap(True)

        self.layout.addWidget(self.tree)

        self.hint = QLabel(ChecksPanel)
        self.hint.setObjectName(u"hint")
        self.hint.setStyleSheet(u"color: #666;")
        self.hint.setWordWrap(True)

        self.layout.addWidget(self.hint)

        self.layout.setStretch(1, 1)

        self.retranslateUi(ChecksPanel)
        self.refresh_button.clicked.connect(ChecksPanel.refresh)

        QMetaObject.connectSlotsByName(ChecksPanel)
    # setupUi

    def retranslateUi(self, ChecksPanel):
        self.refresh_button.setText(QCoreApplication.translate("ChecksPanel", u"\u91cd\u65b0\u68c0\u67e5", None))
        ___qtreewidgetitem = self.tree.headerItem()
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("ChecksPanel", u"\u5728\u54ea\u91cc\u4fee\u6539", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("ChecksPanel", u"\u8bf4\u660e", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("ChecksPanel", u"\u95ee\u9898", None))
        self.hint.setText(QCoreApplication.translate("ChecksPanel", u"\u53cc\u51fb\u4e00\u884c\uff08\u6216\u9009\u4e2d\u540e\u6309\u56de\u8f66\uff09\u5373\u8f6c\u5230\u9700\u8981\u4fee\u6539\u7684\u5730\u65b9\u3002\u68c0\u67e5\u4f9d\u636e\u201c\u542c\u8bc1\u4f1a\u8bbe\u7f6e\u201d\u4e2d\u7684\u7a0b\u5e8f\u8bbe\u7f6e\uff1a\u51fa\u5e2d\u4eba\u6570\u6bd4\u4f8b\u3001\u6750\u6599\u9001\u8fbe\u5929\u6570\u3001\u62a5\u544a\u671f\u9650\uff08\u5de5\u4f5c\u65e5\uff09\u3002", None))
        pass
    # retranslateUi

