# Generated from forms/split_dialog.ui by tools/forms.py (pyside6-uic). Do not edit:
# change the form in Qt Designer (pyside6-designer), then run tools/forms.py.
# form-sha256: a56c5600ba39d98c778936c3424bf25b180d856de337a7bb92eed0000552beac

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

class Ui_SplitDialog(object):
    def setupUi(self, SplitDialog):
        if not SplitDialog.objectName():
            SplitDialog.setObjectName(u"SplitDialog")
        SplitDialog.resize(640, 520)
        self.layout = QVBoxLayout(SplitDialog)
        self.layout.setObjectName(u"layout")
        self.prompt = QLabel(SplitDialog)
        self.prompt.setObjectName(u"prompt")

        self.layout.addWidget(self.prompt)

        self.editor = QPlainTextEdit(SplitDialog)
        self.editor.setObjectName(u"editor")
        self.editor.setReadOnly(True)
        self.editor.setTextInteractionFlags(Qt.TextSelectableByKeyboard|Qt.TextSelectableByMouse)

        self.layout.addWidget(self.editor)

        self.first_title = QLabel(SplitDialog)
        self.first_title.setObjectName(u"first_title")

        self.layout.addWidget(self.first_title)

        self.first = QLabel(SplitDialog)
        self.first.setObjectName(u"first")
        self.first.setStyleSheet(u"background: #f6f8fa; padding: 6px; border: 1px solid #d0d7de;")
        self.first.setWordWrap(True)
        self.first.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.layout.addWidget(self.first)

        self.second_title = QLabel(SplitDialog)
        self.second_title.setObjectName(u"second_title")

        self.layout.addWidget(self.second_title)

        self.second = QLabel(SplitDialog)
        self.second.setObjectName(u"second")
        self.second.setStyleSheet(u"background: #f6f8fa; padding: 6px; border: 1px solid #d0d7de;")
        self.second.setWordWrap(True)
        self.second.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.layout.addWidget(self.second)

        self.buttons = QDialogButtonBox(SplitDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.layout.addWidget(self.buttons)

        self.layout.setStretch(1, 2)
        self.layout.setStretch(3, 1)
        self.layout.setStretch(5, 1)
#if QT_CONFIG(shortcut)
        self.prompt.setBuddy(self.editor)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SplitDialog)
        self.buttons.accepted.connect(SplitDialog.accept)
        self.buttons.rejected.connect(SplitDialog.reject)

        QMetaObject.connectSlotsByName(SplitDialog)
    # setupUi

    def retranslateUi(self, SplitDialog):
        SplitDialog.setWindowTitle(QCoreApplication.translate("SplitDialog", u"\u62c6\u5206\u610f\u89c1", None))
        self.prompt.setText(QCoreApplication.translate("SplitDialog", u"\u628a\u5149\u6807\u653e\u5728\u8981\u62c6\u5f00\u7684\u4f4d\u7f6e\uff08\u5355\u51fb\u6216\u7528\u65b9\u5411\u952e\uff09\uff0c\u4e0b\u9762\u662f\u62c6\u5206\u540e\u7684\u4e24\u6761\u610f\u89c1\uff1a", None))
        self.first_title.setText(QCoreApplication.translate("SplitDialog", u"\u7b2c\u4e00\u6761\uff08\u4fdd\u7559\u539f\u7f16\u53f7\u548c\u7b54\u590d\uff09", None))
        self.second_title.setText(QCoreApplication.translate("SplitDialog", u"\u7b2c\u4e8c\u6761\uff08\u65b0\u610f\u89c1\uff0c\u7f16\u53f7\u987a\u5ef6\uff09", None))
    # retranslateUi

