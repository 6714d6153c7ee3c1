# Generated from forms/transcript_picker.ui by tools/forms.py (pyside6-uic). Do not edit:
# change the form in Qt Designer (pyside6-designer), then run tools/forms.py.
# form-sha256: 7ade42dd9a2d1b1e957148bdc1a243ce681e2cc0fdd90d1b628ac777b3f4233c

# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QFrame, QLabel, QListWidget,
    QListWidgetItem, QSizePolicy, QVBoxLayout, QWidget)

from hearing_desk.ui.ime import LatinLineEdit

class Ui_SpeakerPicker(object):
    def setupUi(self, SpeakerPicker):
        if not SpeakerPicker.objectName():
            SpeakerPicker.setObjectName(u"SpeakerPicker")
        SpeakerPicker.resize(560, 360)
        SpeakerPicker.setStyleSheet(u"#SpeakerPicker { background: palette(base); border: 2px solid #1f4e8c; }\n"
"QListWidget { font-size: 16px; }\n"
"QLineEdit { font-size: 18px; padding: 4px; }")
        SpeakerPicker.setFrameShape(QFrame.StyledPanel)
        self.layout = QVBoxLayout(SpeakerPicker)
        self.layout.setObjectName(u"layout")
        self.layout.setContentsMargins(8, 8, 8, 8)
        self.title = QLabel(SpeakerPicker)
        self.title.setObjectName(u"title")

        self.layout.addWidget(self.title)

        self.edit = LatinLineEdit(SpeakerPicker)
        self.edit.setObjectName(u"edit")

        self.layout.addWidget(self.edit)

        self.list = QListWidget(SpeakerPicker)
        self.list.setObjectName(u"list")
        self.list.setFocusPolicy(Qt.NoFocus)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.ElideRight)
        self.list.setUniformItemSizes(True)

        self.layout.addWidget(self.list)

        self.layout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.title.setBuddy(self.edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SpeakerPicker)

        QMetaObject.connectSlotsByName(SpeakerPicker)
    # setupUi

    def retranslateUi(self, SpeakerPicker):
        self.edit.setPlaceholderText(QCoreApplication.translate("SpeakerPicker", u"\u5e8f\u53f7 / \u62fc\u97f3\u9996\u5b57\u6bcd / \u5168\u62fc", None))
        pass
    # retranslateUi

