# Generated from forms/external_change_bar.ui by tools/forms.py (pyside6-uic). Do not edit:
# change the form in Qt Designer (pyside6-designer), then run tools/forms.py.
# form-sha256: 524adf427b831baaf5b96c8d1bea702d5ac94a898625295da51e1581995ac85e

# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QLabel, QPushButton,
    QSizePolicy, QWidget)

class Ui_ExternalChangeBar(object):
    def setupUi(self, externalChangeBar):
        if not externalChangeBar.objectName():
            externalChangeBar.setObjectName(u"externalChangeBar")
        externalChangeBar.resize(700, 32)
        externalChangeBar.setStyleSheet(u"#externalChangeBar { background: #fff4ce; border: 1px solid #e0b400; }")
        self.layout = QHBoxLayout(externalChangeBar)
        self.layout.setObjectName(u"layout")
        self.layout.setContentsMargins(8, 1, 4, 1)
        self.message = QLabel(externalChangeBar)
        self.message.setObjectName(u"message")

        self.layout.addWidget(self.message)

        self.reload_button = QPushButton(externalChangeBar)
        self.reload_button.setObjectName(u"reload_button")

        self.layout.addWidget(self.reload_button)

        self.dismiss_button = QPushButton(externalChangeBar)
        self.dismiss_button.setObjectName(u"dismiss_button")

        self.layout.addWidget(self.dismiss_button)

        self.layout.setStretch(0, 1)
        QWidget.setTabOrder(self.reload_button, self.dismiss_button)

        self.retranslateUi(externalChangeBar)
        self.dismiss_button.clicked.connect(externalChangeBar.hide)

        QMetaObject.connectSlotsByName(externalChangeBar)
    # setupUi

    def retranslateUi(self, externalChangeBar):
        self.reload_button.setText(QCoreApplication.translate("ExternalChangeBar", u"\u91cd\u65b0\u8f7d\u5165", None))
        self.dismiss_button.setText(QCoreApplication.translate("ExternalChangeBar", u"\u77e5\u9053\u4e86", None))
        pass
    # retranslateUi

