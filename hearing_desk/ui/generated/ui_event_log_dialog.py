# Generated from forms/event_log_dialog.ui by tools/forms.py (pyside6-uic). Do not edit:
# change the form in Qt Designer (pyside6-designer), then run tools/forms.py.
# form-sha256: 1014834d4e860b0e60fb7b0f3376e98508ce46c427f96fe1909961fee549e40f

# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QHeaderView, QLabel, QSizePolicy,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_EventLogDialog(object):
    def setupUi(self, EventLogDialog):
        if not EventLogDialog.objectName():
            EventLogDialog.setObjectName(u"EventLogDialog")
        EventLogDialog.resize(860, 520)
        self.layout = QVBoxLayout(EventLogDialog)
        self.layout.setObjectName(u"layout")
        self.summary = QLabel(EventLogDialog)
        self.summary.setObjectName(u"summary")
        self.summary.setWordWrap(True)

        self.layout.addWidget(self.summary)

        self.table = QTableWidget(EventLogDialog)
        if (self.table.columnCount() < 4):
            self.table.setColumnCount(4)
        __qtablewidgetitem = QTableWidgetItem()
        self.table.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.table.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.table.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.table.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        self.table.setObjectName(u"table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)

        self.layout.addWidget(self.table)

        self.buttons = QDialogButtonBox(EventLogDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.layout.addWidget(self.buttons)


        self.retranslateUi(EventLogDialog)
        self.buttons.rejected.connect(EventLogDialog.reject)

        QMetaObject.connectSlotsByName(EventLogDialog)
    # setupUi

    def retranslateUi(self, EventLogDialog):
        EventLogDialog.setWindowTitle(QCoreApplication.translate("EventLogDialog", u"\u4fee\u6539\u8bb0\u5f55", None))
        ___qtablewidgetitem = self.table.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("EventLogDialog", u"\u65f6\u95f4", None))
        ___qtablewidgetitem1 = self.table.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("EventLogDialog", u"\u4fee\u6539\u4eba", None))
        ___qtablewidgetitem2 = self.table.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("EventLogDialog", u"\u7c7b\u522b", None))
        ___qtablewidgetitem3 = self.table.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("EventLogDialog", u"\u4fee\u6539\u5185\u5bb9", None))
    # retranslateUi

