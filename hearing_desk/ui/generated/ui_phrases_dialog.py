# Generated from forms/phrases_dialog.ui by tools/forms.py (pyside6-uic). Do not edit:
# change the form in Qt Designer (pyside6-designer), then run tools/forms.py.
# form-sha256: 871ee03450acc5a97fd9e8c167fbc76c8ae173a56c39b03f7629fd8592994892

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

class Ui_PhrasesDialog(object):
    def setupUi(self, PhrasesDialog):
        if not PhrasesDialog.objectName():
            PhrasesDialog.setObjectName(u"PhrasesDialog")
        PhrasesDialog.resize(560, 360)
        self.layout = QVBoxLayout(PhrasesDialog)
        self.layout.setObjectName(u"layout")
        self.prompt = QLabel(PhrasesDialog)
        self.prompt.setObjectName(u"prompt")

        self.layout.addWidget(self.prompt)

        self.editor = QPlainTextEdit(PhrasesDialog)
        self.editor.setObjectName(u"editor")

        self.layout.addWidget(self.editor)

        self.buttons = QDialogButtonBox(PhrasesDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.prompt.setBuddy(self.editor)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PhrasesDialog)
        self.buttons.accepted.connect(PhrasesDialog.accept)
        self.buttons.rejected.connect(PhrasesDialog.reject)

        QMetaObject.connectSlotsByName(PhrasesDialog)
    # setupUi

    def retranslateUi(self, PhrasesDialog):
        PhrasesDialog.setWindowTitle(QCoreApplication.translate("PhrasesDialog", u"\u7f16\u8f91\u5e38\u7528\u7b54\u590d\u8bed", None))
        self.prompt.setText(QCoreApplication.translate("PhrasesDialog", u"\u6bcf\u884c\u4e00\u6761\u5e38\u7528\u7b54\u590d\u8bed\uff1b\u524d\u4e5d\u6761\u53ef\u7528 Ctrl+Alt+1 \u2026 9 \u63d2\u5165\u5230\u201c\u5206\u6790\u53ca\u5904\u7406\u5efa\u8bae\u201d\u4e2d\u3002", None))
    # retranslateUi

