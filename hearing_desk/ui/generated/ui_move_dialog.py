# Generated from forms/move_dialog.ui by tools/forms.py (pyside6-uic). Do not edit:
# change the form in Qt Designer (pyside6-designer), then run tools/forms.py.
# form-sha256: 0fef0d15d52d7566dbaac31dfc4930820860c38452c4ba6a7ab3e924efa09d51

# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QLabel, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_MoveDialog(object):
    def setupUi(self, MoveDialog):
        if not MoveDialog.objectName():
            MoveDialog.setObjectName(u"MoveDialog")
        self.layout = QVBoxLayout(MoveDialog)
        self.layout.setObjectName(u"layout")
        self.prompt = QLabel(MoveDialog)
        self.prompt.setObjectName(u"prompt")

        self.layout.addWidget(self.prompt)

        self.combo = QComboBox(MoveDialog)
        self.combo.setObjectName(u"combo")

        self.layout.addWidget(self.combo)

        self.buttons = QDialogButtonBox(MoveDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.prompt.setBuddy(self.combo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(MoveDialog)
        self.buttons.accepted.connect(MoveDialog.accept)
        self.buttons.rejected.connect(MoveDialog.reject)

        QMetaObject.connectSlotsByName(MoveDialog)
    # setupUi

    def retranslateUi(self, MoveDialog):
        MoveDialog.setWindowTitle(QCoreApplication.translate("MoveDialog", u"\u79fb\u81f3\u5176\u4ed6\u53c2\u52a0\u4eba", None))
        self.prompt.setText(QCoreApplication.translate("MoveDialog", u"\u628a\u6240\u9009\u610f\u89c1\u79fb\u5230\u54ea\u4e00\u4f4d\u542c\u8bc1\u53c2\u52a0\u4eba\u540d\u4e0b\uff1f\uff08\u7f16\u53f7\u6392\u5728\u5176\u6700\u540e\uff09", None))
    # retranslateUi

