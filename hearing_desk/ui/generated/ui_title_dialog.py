# Generated from forms/title_dialog.ui by tools/forms.py (pyside6-uic). Do not edit:
# change the form in Qt Designer (pyside6-designer), then run tools/forms.py.
# form-sha256: 2d7d976f4393d374a5be0a34cad5c098e48f7017815e5e587e449d326597be13

# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QLabel, QLineEdit, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_TitleDialog(object):
    def setupUi(self, TitleDialog):
        if not TitleDialog.objectName():
            TitleDialog.setObjectName(u"TitleDialog")
        TitleDialog.resize(460, 120)
        TitleDialog.setMinimumSize(QSize(460, 0))
        self.layout = QVBoxLayout(TitleDialog)
        self.layout.setObjectName(u"layout")
        self.prompt = QLabel(TitleDialog)
        self.prompt.setObjectName(u"prompt")
        self.prompt.setWordWrap(True)

        self.layout.addWidget(self.prompt)

        self.edit = QLineEdit(TitleDialog)
        self.edit.setObjectName(u"edit")

        self.layout.addWidget(self.edit)

        self.buttons = QDialogButtonBox(TitleDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.prompt.setBuddy(self.edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(TitleDialog)
        self.buttons.accepted.connect(TitleDialog.accept)
        self.buttons.rejected.connect(TitleDialog.reject)

        QMetaObject.connectSlotsByName(TitleDialog)
    # setupUi

    def retranslateUi(self, TitleDialog):
        self.edit.setPlaceholderText(QCoreApplication.translate("TitleDialog", u"\u4f8b\u5982\uff1a\u300a\u00d7\u00d7\u5e02\u00d7\u00d7\u7ba1\u7406\u529e\u6cd5\uff08\u5f81\u6c42\u610f\u89c1\u7a3f\uff09\u300b\u542c\u8bc1\u4f1a", None))
        pass
    # retranslateUi

