# Generated from forms/lease_banner.ui by tools/forms.py (pyside6-uic). Do not edit:
# change the form in Qt Designer (pyside6-designer), then run tools/forms.py.
# form-sha256: 1cdbf167f8fc13e72db44ba07003a491671f1a1e05a43abde5adbf11590d59da

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

class Ui_LeaseBanner(object):
    def setupUi(self, leaseBanner):
        if not leaseBanner.objectName():
            leaseBanner.setObjectName(u"leaseBanner")
        leaseBanner.resize(900, 34)
        leaseBanner.setStyleSheet(u"#leaseBanner { background: #fde2e1; border: 1px solid #d9534f; }")
        self.layout = QHBoxLayout(leaseBanner)
        self.layout.setObjectName(u"layout")
        self.layout.setContentsMargins(8, 2, 4, 2)
        self.read_only_label = QLabel(leaseBanner)
        self.read_only_label.setObjectName(u"read_only_label")
        self.read_only_label.setStyleSheet(u"font-weight: bold; color: #a94442;")

        self.layout.addWidget(self.read_only_label)

        self.message = QLabel(leaseBanner)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.layout.addWidget(self.message)

        self.take_button = QPushButton(leaseBanner)
        self.take_button.setObjectName(u"take_button")

        self.layout.addWidget(self.take_button)

        self.log_button = QPushButton(leaseBanner)
        self.log_button.setObjectName(u"log_button")

        self.layout.addWidget(self.log_button)

        self.layout.setStretch(1, 1)
        QWidget.setTabOrder(self.take_button, self.log_button)

        self.retranslateUi(leaseBanner)

        QMetaObject.connectSlotsByName(leaseBanner)
    # setupUi

    def retranslateUi(self, leaseBanner):
        self.read_only_label.setText(QCoreApplication.translate("LeaseBanner", u"\u53ea\u8bfb", None))
#if QT_CONFIG(tooltip)
        self.take_button.setToolTip(QCoreApplication.translate("LeaseBanner", u"\u5bf9\u65b9\u7684\u7f16\u8f91\u79df\u7ea6\u5230\u671f\u540e\uff0c\u7531\u672c\u7a97\u53e3\u63a5\u7ba1\u7f16\u8f91", None))
#endif // QT_CONFIG(tooltip)
        self.take_button.setText(QCoreApplication.translate("LeaseBanner", u"\u63a5\u7ba1\u7f16\u8f91", None))
        self.log_button.setText(QCoreApplication.translate("LeaseBanner", u"\u4fee\u6539\u8bb0\u5f55\u2026", None))
        pass
    # retranslateUi

