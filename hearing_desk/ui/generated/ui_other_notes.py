# Generated from forms/other_notes.ui by tools/forms.py (pyside6-uic). Do not edit:
# change the form in Qt Designer (pyside6-designer), then run tools/forms.py.
# form-sha256: 411e6c10907bb7bede24518559a9c6b1d1fca914282488439d758cce40bbd477

# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QLabel, QPlainTextEdit, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_OtherNotesEditor(object):
    def setupUi(self, OtherNotesEditor):
        if not OtherNotesEditor.objectName():
            OtherNotesEditor.setObjectName(u"OtherNotesEditor")
        OtherNotesEditor.resize(480, 300)
        self.layout = QVBoxLayout(OtherNotesEditor)
        self.layout.setObjectName(u"layout")
        self.layout.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel(OtherNotesEditor)
        self.title.setObjectName(u"title")

        self.layout.addWidget(self.title)

        self.editor = QPlainTextEdit(OtherNotesEditor)
        self.editor.setObjectName(u"editor")
        self.editor.setTabChangesFocus(True)

        self.layout.addWidget(self.editor)

#if QT_CONFIG(shortcut)
        self.title.setBuddy(self.editor)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(OtherNotesEditor)

        QMetaObject.connectSlotsByName(OtherNotesEditor)
    # setupUi

    def retranslateUi(self, OtherNotesEditor):
        self.title.setText(QCoreApplication.translate("OtherNotesEditor", u"<b>\u5176\u4ed6\u9700\u8981\u8bf4\u660e\u7684\u60c5\u51b5</b>", None))
        self.editor.setPlaceholderText(QCoreApplication.translate("OtherNotesEditor", u"\u5982\uff1a\u542c\u8bc1\u4f1a\u4e2d\u6240\u6709\u542c\u8bc1\u53c2\u52a0\u4eba\u63d0\u51fa\u7684\u610f\u89c1\u548c\u5efa\u8bae\uff0c\u5747\u5df2\u7531\u542c\u8bc1\u9648\u8ff0\u4eba\u4f5c\u51fa\u5206\u6790\u548c\u5904\u7406\u5efa\u8bae\u2026\u2026", None))
        pass
    # retranslateUi

