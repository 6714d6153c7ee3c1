# Generated from forms/setup_draft_page.ui by tools/forms.py (pyside6-uic). Do not edit:
# change the form in Qt Designer (pyside6-designer), then run tools/forms.py.
# form-sha256: 30536be49d797b78d6a23699fefdb0323e944086ad2d3294267f73b7cba58c8d

# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QFormLayout, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QTableView, QVBoxLayout,
    QWidget)

class Ui_DraftPage(object):
    def setupUi(self, DraftPage):
        if not DraftPage.objectName():
            DraftPage.setObjectName(u"DraftPage")
        DraftPage.resize(960, 640)
        self.layout = QVBoxLayout(DraftPage)
        self.layout.setObjectName(u"layout")
        self.layout.setContentsMargins(12, 12, 12, 12)
        self.hint = QLabel(DraftPage)
        self.hint.setObjectName(u"hint")
        self.hint.setStyleSheet(u"color: palette(placeholder-text);")
        self.hint.setWordWrap(True)

        self.layout.addWidget(self.hint)

        self.bar = QHBoxLayout()
        self.bar.setObjectName(u"bar")
        self.import_button = QPushButton(DraftPage)
        self.import_button.setObjectName(u"import_button")

        self.bar.addWidget(self.import_button)

        self.clear_button = QPushButton(DraftPage)
        self.clear_button.setObjectName(u"clear_button")

        self.bar.addWidget(self.clear_button)

        self.barSpace = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bar.addItem(self.barSpace)

        self.bar.setStretch(2, 1)

        self.layout.addLayout(self.bar)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.titleLabel = QLabel(DraftPage)
        self.titleLabel.setObjectName(u"titleLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.title = QLineEdit(DraftPage)
        self.title.setObjectName(u"title")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.title)


        self.layout.addLayout(self.form)

        self.summary = QLabel(DraftPage)
        self.summary.setObjectName(u"summary")
        self.summary.setStyleSheet(u"font-weight: bold;")

        self.layout.addWidget(self.summary)

        self.view = QTableView(DraftPage)
        self.view.setObjectName(u"view")
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setWordWrap(True)
        self.view.verticalHeader().setVisible(False)

        self.layout.addWidget(self.view)

        self.layout.setStretch(4, 1)
#if QT_CONFIG(shortcut)
        self.titleLabel.setBuddy(self.title)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.import_button, self.clear_button)
        QWidget.setTabOrder(self.clear_button, self.title)
        QWidget.setTabOrder(self.title, self.view)

        self.retranslateUi(DraftPage)

        QMetaObject.connectSlotsByName(DraftPage)
    # setupUi

    def retranslateUi(self, DraftPage):
        self.hint.setText(QCoreApplication.translate("DraftPage", u"\u5bfc\u5165\u542c\u8bc1\u4e8b\u9879\u7684\u6587\u672c\uff08\u5f81\u6c42\u610f\u89c1\u7a3f\uff09\uff0c\u7a0b\u5e8f\u6309\u201c\u7b2cX\u7ae0\u201d\u201c\u7b2cX\u6761\u201d\u62c6\u5206\u6761\u6587\u3002\u767b\u8bb0\u610f\u89c1\u65f6\u53ef\u4ee5\u5173\u8054\u5230\u6761\u6587\uff0c\u7b14\u5f55\u4e2d\u63d0\u5230\u7684\u201c\u7b2c\u4e8c\u5341\u4e09\u6761\u201d\u4e5f\u4f1a\u81ea\u52a8\u8bc6\u522b\u3002", None))
        self.import_button.setText(QCoreApplication.translate("DraftPage", u"\u5bfc\u5165\u5f81\u6c42\u610f\u89c1\u7a3f\uff08.txt / .docx\uff09\u2026", None))
        self.clear_button.setText(QCoreApplication.translate("DraftPage", u"\u6e05\u9664", None))
        self.titleLabel.setText(QCoreApplication.translate("DraftPage", u"\u6807\u9898", None))
        self.title.setPlaceholderText(QCoreApplication.translate("DraftPage", u"\u5982\uff1a\u5149\u660e\u533a\u516c\u5171\u6570\u636e\u6388\u6743\u8fd0\u8425\u6682\u884c\u7ba1\u7406\u529e\u6cd5\uff08\u5f81\u6c42\u610f\u89c1\u7a3f\uff09", None))
        pass
    # retranslateUi

