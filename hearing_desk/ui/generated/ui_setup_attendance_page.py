# Generated from forms/setup_attendance_page.ui by tools/forms.py (pyside6-uic). Do not edit:
# change the form in Qt Designer (pyside6-designer), then run tools/forms.py.
# form-sha256: c59a952c502483473489b17beef4a74284cefd7247d4ab0e46bbef00664d294a

# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QTableView, QVBoxLayout, QWidget)

class Ui_AttendancePage(object):
    def setupUi(self, AttendancePage):
        if not AttendancePage.objectName():
            AttendancePage.setObjectName(u"AttendancePage")
        AttendancePage.resize(960, 640)
        self.layout = QVBoxLayout(AttendancePage)
        self.layout.setObjectName(u"layout")
        self.layout.setContentsMargins(12, 12, 12, 12)
        self.top = QVBoxLayout()
        self.top.setObjectName(u"top")
        self.counts = QLabel(AttendancePage)
        self.counts.setObjectName(u"counts")
        self.counts.setStyleSheet(u"font-size: 18pt; font-weight: bold;")

        self.top.addWidget(self.counts)

        self.quorum = QLabel(AttendancePage)
        self.quorum.setObjectName(u"quorum")
        self.quorum.setWordWrap(True)

        self.top.addWidget(self.quorum)

        self.unchecked = QLabel(AttendancePage)
        self.unchecked.setObjectName(u"unchecked")
        self.unchecked.setStyleSheet(u"color: palette(placeholder-text);")
        self.unchecked.setWordWrap(True)

        self.top.addWidget(self.unchecked)


        self.layout.addLayout(self.top)

        self.bar = QHBoxLayout()
        self.bar.setObjectName(u"bar")
        self.filter = QLineEdit(AttendancePage)
        self.filter.setObjectName(u"filter")
        self.filter.setClearButtonEnabled(True)

        self.bar.addWidget(self.filter)

        self.found = QLabel(AttendancePage)
        self.found.setObjectName(u"found")
        self.found.setMinimumSize(QSize(110, 0))

        self.bar.addWidget(self.found)

        self.all_present = QPushButton(AttendancePage)
        self.all_present.setObjectName(u"all_present")

        self.bar.addWidget(self.all_present)

        self.all_absent = QPushButton(AttendancePage)
        self.all_absent.setObjectName(u"all_absent")

        self.bar.addWidget(self.all_absent)

        self.bar.setStretch(0, 1)

        self.layout.addLayout(self.bar)

        self.view = QTableView(AttendancePage)
        self.view.setObjectName(u"view")
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(40)

        self.layout.addWidget(self.view)

        self.help = QLabel(AttendancePage)
        self.help.setObjectName(u"help")
        self.help.setStyleSheet(u"color: palette(placeholder-text);")
        self.help.setWordWrap(True)

        self.layout.addWidget(self.help)

        self.layout.setStretch(2, 1)
        QWidget.setTabOrder(self.filter, self.all_present)
        QWidget.setTabOrder(self.all_present, self.all_absent)
        QWidget.setTabOrder(self.all_absent, self.view)

        self.retranslateUi(AttendancePage)

        QMetaObject.connectSlotsByName(AttendancePage)
    # setupUi

    def retranslateUi(self, AttendancePage):
        self.filter.setPlaceholderText(QCoreApplication.translate("AttendancePage", u"\u67e5\u627e\uff1a\u5e8f\u53f7\u3001\u59d3\u540d\u6216\u62fc\u97f3\u9996\u5b57\u6bcd\uff08\u5982 cd\uff09\uff0c\u56de\u8f66\u5373\u6807\u4e3a\u5df2\u5230", None))
#if QT_CONFIG(tooltip)
        self.all_present.setToolTip(QCoreApplication.translate("AttendancePage", u"\u628a\u5217\u8868\u4e2d\u7684\u6240\u6709\u4eba\u6807\u4e3a\u5df2\u5230\uff0c\u518d\u628a\u6ca1\u6765\u7684\u4eba\u70b9\u4e3a\u672a\u5230", None))
#endif // QT_CONFIG(tooltip)
        self.all_present.setText(QCoreApplication.translate("AttendancePage", u"\u5168\u90e8\u6807\u4e3a\u5df2\u5230", None))
#if QT_CONFIG(tooltip)
        self.all_absent.setToolTip(QCoreApplication.translate("AttendancePage", u"\u7b7e\u5230\u5f00\u59cb\u65f6\u4f7f\u7528\uff1a\u5148\u5168\u90e8\u6807\u4e3a\u672a\u5230\uff0c\u6765\u4e00\u4f4d\u70b9\u4e00\u4f4d", None))
#endif // QT_CONFIG(tooltip)
        self.all_absent.setText(QCoreApplication.translate("AttendancePage", u"\u5168\u90e8\u6807\u4e3a\u672a\u5230", None))
        pass
    # retranslateUi

