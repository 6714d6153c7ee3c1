# Generated from forms/setup_signup_dialog.ui by tools/forms.py (pyside6-uic). Do not edit:
# change the form in Qt Designer (pyside6-designer), then run tools/forms.py.
# form-sha256: 06bc8e70b30446ba78eab985091dcd80802d98653a6c1e7cb35504a1943922f7

# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QCheckBox,
    QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QTableView, QVBoxLayout, QWidget)

class Ui_SignupDialog(object):
    def setupUi(self, SignupDialog):
        if not SignupDialog.objectName():
            SignupDialog.setObjectName(u"SignupDialog")
        SignupDialog.resize(1180, 640)
        self.layout = QVBoxLayout(SignupDialog)
        self.layout.setObjectName(u"layout")
        self.summary = QLabel(SignupDialog)
        self.summary.setObjectName(u"summary")
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setWordWrap(True)

        self.layout.addWidget(self.summary)

        self.view = QTableView(SignupDialog)
        self.view.setObjectName(u"view")
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setWordWrap(True)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setMinimumSectionSize(28)

        self.layout.addWidget(self.view)

        self.bar = QHBoxLayout()
        self.bar.setObjectName(u"bar")
        self.only_problems = QCheckBox(SignupDialog)
        self.only_problems.setObjectName(u"only_problems")

        self.bar.addWidget(self.only_problems)

        self.barSpace = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bar.addItem(self.barSpace)

        self.all_button = QPushButton(SignupDialog)
        self.all_button.setObjectName(u"all_button")

        self.bar.addWidget(self.all_button)

        self.none_button = QPushButton(SignupDialog)
        self.none_button.setObjectName(u"none_button")

        self.bar.addWidget(self.none_button)

        self.bar.setStretch(1, 1)

        self.layout.addLayout(self.bar)

        self.buttons = QDialogButtonBox(SignupDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttons)

        self.layout.setStretch(1, 1)
        QWidget.setTabOrder(self.view, self.only_problems)
        QWidget.setTabOrder(self.only_problems, self.all_button)
        QWidget.setTabOrder(self.all_button, self.none_button)
        QWidget.setTabOrder(self.none_button, self.buttons)

        self.retranslateUi(SignupDialog)
        self.buttons.accepted.connect(SignupDialog.accept)
        self.buttons.rejected.connect(SignupDialog.reject)

        QMetaObject.connectSlotsByName(SignupDialog)
    # setupUi

    def retranslateUi(self, SignupDialog):
        self.only_problems.setText(QCoreApplication.translate("SignupDialog", u"\u53ea\u663e\u793a\u6709\u95ee\u9898\u7684\u884c", None))
        self.all_button.setText(QCoreApplication.translate("SignupDialog", u"\u5168\u9009\u53ef\u5bfc\u5165\u7684\u884c", None))
        self.none_button.setText(QCoreApplication.translate("SignupDialog", u"\u5168\u4e0d\u9009", None))
        pass
    # retranslateUi

