# Generated from forms/phrases_dialog.ui by tools/forms.py (pyside6-uic). Do not edit:
# change the form in Qt Designer (pyside6-designer), then run tools/forms.py.
# form-sha256: 1083dc46a7d362f1e1afdfd4a0a2c2ea2fe1c9b3c8d5a2985a5adb824dcb7776

# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_PhrasesDialog(object):
    def setupUi(self, PhrasesDialog):
        if not PhrasesDialog.objectName():
            PhrasesDialog.setObjectName(u"PhrasesDialog")
        PhrasesDialog.resize(560, 480)
        self.layout = QVBoxLayout(PhrasesDialog)
        self.layout.setObjectName(u"layout")
        self.lists = QVBoxLayout()
        self.lists.setObjectName(u"lists")

        self.layout.addLayout(self.lists)

        self.buttons = QDialogButtonBox(PhrasesDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.layout.addWidget(self.buttons)

        self.layout.setStretch(0, 1)

        self.retranslateUi(PhrasesDialog)
        self.buttons.accepted.connect(PhrasesDialog.accept)
        self.buttons.rejected.connect(PhrasesDialog.reject)

        QMetaObject.connectSlotsByName(PhrasesDialog)
    # setupUi

    def retranslateUi(self, PhrasesDialog):
        pass
    # retranslateUi

