# Generated from forms/responses_tab.ui by tools/forms.py (pyside6-uic). Do not edit:
# change the form in Qt Designer (pyside6-designer), then run tools/forms.py.
# form-sha256: eb170b47b8992f6c2aaec3702c0a62e79997a9b9c476ba1c42290f890e8e1c07

# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QLabel, QProgressBar,
    QPushButton, QSizePolicy, QSpacerItem, QTabWidget,
    QVBoxLayout, QWidget)

class Ui_ResponsesTab(object):
    def setupUi(self, ResponsesTab):
        if not ResponsesTab.objectName():
            ResponsesTab.setObjectName(u"ResponsesTab")
        ResponsesTab.resize(1120, 800)
        self.layout = QVBoxLayout(ResponsesTab)
        self.layout.setObjectName(u"layout")
        self.header = QHBoxLayout()
        self.header.setObjectName(u"header")
        self.progress_label = QLabel(ResponsesTab)
        self.progress_label.setObjectName(u"progress_label")
        self.progress_label.setStyleSheet(u"font-size: 13pt; font-weight: bold;")

        self.header.addWidget(self.progress_label)

        self.progress_bar = QProgressBar(ResponsesTab)
        self.progress_bar.setObjectName(u"progress_bar")
        self.progress_bar.setMaximumSize(QSize(260, 12))
        self.progress_bar.setTextVisible(False)

        self.header.addWidget(self.progress_bar)

        self.header_middle = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.header.addItem(self.header_middle)

        self.next_button = QPushButton(ResponsesTab)
        self.next_button.setObjectName(u"next_button")

        self.header.addWidget(self.next_button)

        self.header.setStretch(2, 1)

        self.layout.addLayout(self.header)

        self.pages = QTabWidget(ResponsesTab)
        self.pages.setObjectName(u"pages")
        self.pages.setDocumentMode(True)

        self.layout.addWidget(self.pages)

        self.layout.setStretch(1, 1)

        self.retranslateUi(ResponsesTab)

        QMetaObject.connectSlotsByName(ResponsesTab)
    # setupUi

    def retranslateUi(self, ResponsesTab):
#if QT_CONFIG(tooltip)
        self.next_button.setToolTip(QCoreApplication.translate("ResponsesTab", u"\u4fdd\u5b58\u5f53\u524d\u7b54\u590d\uff0c\u8f6c\u5230\u4e0b\u4e00\u6761\u5c1a\u672a\u7b54\u590d\u7684\u610f\u89c1\uff08F8 \u6216 Ctrl+J\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.next_button.setText(QCoreApplication.translate("ResponsesTab", u"\u4e0b\u4e00\u6761\u672a\u7b54\u590d\uff08F8\uff09", None))
        pass
    # retranslateUi

