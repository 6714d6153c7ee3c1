# Generated from forms/transcript_refusal.ui by tools/forms.py (pyside6-uic). Do not edit:
# change the form in Qt Designer (pyside6-designer), then run tools/forms.py.
# form-sha256: ea4617684dfa3c81facdd5deef86ee7ba91f03ddda645e6203ec065730e2cfcf

# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QLabel, QPlainTextEdit, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_RefusalNote(object):
    def setupUi(self, RefusalNote):
        if not RefusalNote.objectName():
            RefusalNote.setObjectName(u"RefusalNote")
        RefusalNote.resize(480, 240)
        self.layout = QVBoxLayout(RefusalNote)
        self.layout.setObjectName(u"layout")
        self.prompt = QLabel(RefusalNote)
        self.prompt.setObjectName(u"prompt")
        self.prompt.setWordWrap(True)

        self.layout.addWidget(self.prompt)

        self.edit = QPlainTextEdit(RefusalNote)
        self.edit.setObjectName(u"edit")

        self.layout.addWidget(self.edit)

        self.problem = QLabel(RefusalNote)
        self.problem.setObjectName(u"problem")
        self.problem.setStyleSheet(u"color: #a15c00;")
        self.problem.setWordWrap(True)

        self.layout.addWidget(self.problem)

        self.buttons = QDialogButtonBox(RefusalNote)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.prompt.setBuddy(self.edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(RefusalNote)
        self.buttons.accepted.connect(RefusalNote.accept)
        self.buttons.rejected.connect(RefusalNote.reject)

        QMetaObject.connectSlotsByName(RefusalNote)
    # setupUi

    def retranslateUi(self, RefusalNote):
        RefusalNote.setWindowTitle(QCoreApplication.translate("RefusalNote", u"\u62d2\u7edd\u7b7e\u5b57", None))
        self.edit.setPlaceholderText(QCoreApplication.translate("RefusalNote", u"\u4f8b\u5982\uff1a\u8ba4\u4e3a\u7b2c 5 \u6bb5\u672a\u5b8c\u6574\u8bb0\u5f55\u5176\u610f\u89c1\uff1b\u6216\uff1a\u5f53\u573a\u62d2\u7edd\u7b7e\u5b57\uff0c\u672a\u8bf4\u660e\u7406\u7531", None))
    # retranslateUi

