# Generated from forms/setup_tab.ui by tools/forms.py (pyside6-uic). Do not edit:
# change the form in Qt Designer (pyside6-designer), then run tools/forms.py.
# form-sha256: da11080b7080431b144bd361f3445b9133b2557ea58af47b28a309c43f11806e

# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QFrame, QHBoxLayout, QLabel,
    QListWidget, QListWidgetItem, QSizePolicy, QStackedWidget,
    QVBoxLayout, QWidget)

class Ui_SetupTab(object):
    def setupUi(self, SetupTab):
        if not SetupTab.objectName():
            SetupTab.setObjectName(u"SetupTab")
        SetupTab.resize(1100, 760)
        self.layout = QVBoxLayout(SetupTab)
        self.layout.setObjectName(u"layout")
        self.layout.setContentsMargins(0, 0, 0, 0)
        self.empty = QLabel(SetupTab)
        self.empty.setObjectName(u"empty")
        self.empty.setStyleSheet(u"color: palette(placeholder-text); font-size: 12pt;")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.layout.addWidget(self.empty)

        self.body = QWidget(SetupTab)
        self.body.setObjectName(u"body")
        self.bodyLayout = QHBoxLayout(self.body)
        self.bodyLayout.setSpacing(0)
        self.bodyLayout.setObjectName(u"bodyLayout")
        self.bodyLayout.setContentsMargins(0, 0, 0, 0)
        self.nav = QListWidget(self.body)
        QListWidgetItem(self.nav)
        QListWidgetItem(self.nav)
        QListWidgetItem(self.nav)
        QListWidgetItem(self.nav)
        QListWidgetItem(self.nav)
        self.nav.setObjectName(u"nav")
        self.nav.setMinimumSize(QSize(132, 0))
        self.nav.setMaximumSize(QSize(132, 16777215))
        self.nav.setStyleSheet(u"#nav { background: palette(window); font-size: 11pt; outline: 0; padding: 6px 4px; }\n"
"#nav::item { padding: 9px 10px; margin: 1px 2px; border-radius: 4px; }\n"
"#nav::item:selected { background: palette(highlight); color: palette(highlighted-text); }")
        self.nav.setFrameShape(QFrame.Shape.NoFrame)
        self.nav.setIconSize(QSize(0, 0))

        self.bodyLayout.addWidget(self.nav)

        self.line = QFrame(self.body)
        self.line.setObjectName(u"line")
        self.line.setFrameShadow(QFrame.Shadow.Sunken)
        self.line.setFrameShape(QFrame.Shape.VLine)

        self.bodyLayout.addWidget(self.line)

        self.stack = QStackedWidget(self.body)
        self.stack.setObjectName(u"stack")

        self.bodyLayout.addWidget(self.stack)


        self.layout.addWidget(self.body)


        self.retranslateUi(SetupTab)
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)

        self.nav.setCurrentRow(0)


        QMetaObject.connectSlotsByName(SetupTab)
    # setupUi

    def retranslateUi(self, SetupTab):
        self.empty.setText(QCoreApplication.translate("SetupTab", u"\u8bf7\u5728\u5de6\u4fa7\u7684\u542c\u8bc1\u4f1a\u5217\u8868\u4e2d\u9009\u62e9\u4e00\u4e2a\u542c\u8bc1\u4f1a\uff0c\u6216\u65b0\u5efa\u4e00\u4e2a\u542c\u8bc1\u4f1a\u3002", None))

        __sortingEnabled = self.nav.isSortingEnabled()
        self.nav.setSortingEnabled(False)
        ___qlistwidgetitem = self.nav.item(0)
        ___qlistwidgetitem.setText(QCoreApplication.translate("SetupTab", u"\u57fa\u672c\u4fe1\u606f", None))
        ___qlistwidgetitem1 = self.nav.item(1)
        ___qlistwidgetitem1.setText(QCoreApplication.translate("SetupTab", u"\u4eba\u5458", None))
        ___qlistwidgetitem2 = self.nav.item(2)
        ___qlistwidgetitem2.setText(QCoreApplication.translate("SetupTab", u"\u8bae\u7a0b\u4e0e\u7a0b\u5e8f", None))
        ___qlistwidgetitem3 = self.nav.item(3)
        ___qlistwidgetitem3.setText(QCoreApplication.translate("SetupTab", u"\u5f81\u6c42\u610f\u89c1\u7a3f", None))
        ___qlistwidgetitem4 = self.nav.item(4)
        ___qlistwidgetitem4.setText(QCoreApplication.translate("SetupTab", u"\u7b7e\u5230", None))
        self.nav.setSortingEnabled(__sortingEnabled)

        pass
    # retranslateUi

