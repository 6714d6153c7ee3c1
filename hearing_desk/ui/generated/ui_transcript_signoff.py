# Generated from forms/transcript_signoff.ui by tools/forms.py (pyside6-uic). Do not edit:
# change the form in Qt Designer (pyside6-designer), then run tools/forms.py.
# form-sha256: 0e0eb12284f1199adf9402e51084ebbd8d82b29280325d01e1e2dd4ba3e59e34

# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_SignOffPanel(object):
    def setupUi(self, SignOffPanel):
        if not SignOffPanel.objectName():
            SignOffPanel.setObjectName(u"SignOffPanel")
        SignOffPanel.resize(560, 700)
        self.panel_layout = QVBoxLayout(SignOffPanel)
        self.panel_layout.setObjectName(u"panel_layout")
        self.panel_layout.setContentsMargins(0, 0, 0, 0)
        self.lock_box = QGroupBox(SignOffPanel)
        self.lock_box.setObjectName(u"lock_box")
        self.lock_layout = QVBoxLayout(self.lock_box)
        self.lock_layout.setObjectName(u"lock_layout")
        self.state = QLabel(self.lock_box)
        self.state.setObjectName(u"state")
        self.state.setWordWrap(True)

        self.lock_layout.addWidget(self.state)

        self.fingerprint = QLabel(self.lock_box)
        self.fingerprint.setObjectName(u"fingerprint")
        self.fingerprint.setStyleSheet(u"#fingerprint { font-family: monospace; font-size: 24px; font-weight: bold; }")
        self.fingerprint.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.lock_layout.addWidget(self.fingerprint)

        self.lock_buttons = QHBoxLayout()
        self.lock_buttons.setObjectName(u"lock_buttons")
        self.lock_button = QPushButton(self.lock_box)
        self.lock_button.setObjectName(u"lock_button")
        self.lock_button.setFocusPolicy(Qt.NoFocus)

        self.lock_buttons.addWidget(self.lock_button)

        self.unlock_button = QPushButton(self.lock_box)
        self.unlock_button.setObjectName(u"unlock_button")
        self.unlock_button.setFocusPolicy(Qt.NoFocus)

        self.lock_buttons.addWidget(self.unlock_button)

        self.export_button = QPushButton(self.lock_box)
        self.export_button.setObjectName(u"export_button")
        self.export_button.setFocusPolicy(Qt.NoFocus)

        self.lock_buttons.addWidget(self.export_button)

        self.lock_buttons_end = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.lock_buttons.addItem(self.lock_buttons_end)


        self.lock_layout.addLayout(self.lock_buttons)


        self.panel_layout.addWidget(self.lock_box)

        self.sign_box = QGroupBox(SignOffPanel)
        self.sign_box.setObjectName(u"sign_box")
        self.sign_layout = QVBoxLayout(self.sign_box)
        self.sign_layout.setObjectName(u"sign_layout")
        self.summary = QLabel(self.sign_box)
        self.summary.setObjectName(u"summary")
        self.summary.setWordWrap(True)

        self.sign_layout.addWidget(self.summary)

        self.table = QTableView(self.sign_box)
        self.table.setObjectName(u"table")
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)

        self.sign_layout.addWidget(self.table)

        self.sign_buttons = QHBoxLayout()
        self.sign_buttons.setObjectName(u"sign_buttons")
        self.signed_button = QPushButton(self.sign_box)
        self.signed_button.setObjectName(u"signed_button")

        self.sign_buttons.addWidget(self.signed_button)

        self.refused_button = QPushButton(self.sign_box)
        self.refused_button.setObjectName(u"refused_button")

        self.sign_buttons.addWidget(self.refused_button)

        self.absent_button = QPushButton(self.sign_box)
        self.absent_button.setObjectName(u"absent_button")

        self.sign_buttons.addWidget(self.absent_button)

        self.pending_button = QPushButton(self.sign_box)
        self.pending_button.setObjectName(u"pending_button")

        self.sign_buttons.addWidget(self.pending_button)

        self.sign_buttons_end = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.sign_buttons.addItem(self.sign_buttons_end)


        self.sign_layout.addLayout(self.sign_buttons)

        self.sign_layout.setStretch(1, 1)

        self.panel_layout.addWidget(self.sign_box)

        self.log_box = QGroupBox(SignOffPanel)
        self.log_box.setObjectName(u"log_box")
        self.log_layout = QVBoxLayout(self.log_box)
        self.log_layout.setObjectName(u"log_layout")
        self.history = QLabel(self.log_box)
        self.history.setObjectName(u"history")
        self.history.setWordWrap(True)
        self.history.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.log_layout.addWidget(self.history)

        self.log_empty = QLabel(self.log_box)
        self.log_empty.setObjectName(u"log_empty")

        self.log_layout.addWidget(self.log_empty)

        self.log_table = QTableView(self.log_box)
        self.log_table.setObjectName(u"log_table")
        self.log_table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.log_table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.log_table.setWordWrap(True)
        self.log_table.verticalHeader().setVisible(False)

        self.log_layout.addWidget(self.log_table)


        self.panel_layout.addWidget(self.log_box)

        self.panel_layout.setStretch(1, 3)
        self.panel_layout.setStretch(2, 2)
        QWidget.setTabOrder(self.table, self.signed_button)
        QWidget.setTabOrder(self.signed_button, self.refused_button)
        QWidget.setTabOrder(self.refused_button, self.absent_button)
        QWidget.setTabOrder(self.absent_button, self.pending_button)
        QWidget.setTabOrder(self.pending_button, self.log_table)

        self.retranslateUi(SignOffPanel)

        QMetaObject.connectSlotsByName(SignOffPanel)
    # setupUi

    def retranslateUi(self, SignOffPanel):
        self.lock_box.setTitle(QCoreApplication.translate("SignOffPanel", u"\u9501\u5b9a\u7b14\u5f55", None))
#if QT_CONFIG(tooltip)
        self.lock_button.setToolTip(QCoreApplication.translate("SignOffPanel", u"\u56fa\u5b9a\u7b14\u5f55\u5185\u5bb9\u5e76\u8ba1\u7b97\u6307\u7eb9\uff0c\u4e4b\u540e\u624d\u80fd\u6253\u5370\u4f9b\u7b7e\u5b57\u3001\u767b\u8bb0\u7b7e\u5b57\uff08Ctrl+Shift+L\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.lock_button.setText(QCoreApplication.translate("SignOffPanel", u"\u9501\u5b9a\u7b14\u5f55", None))
        self.unlock_button.setText(QCoreApplication.translate("SignOffPanel", u"\u89e3\u9501\u4fee\u6539\u2026", None))
        self.export_button.setText(QCoreApplication.translate("SignOffPanel", u"\u5bfc\u51fa\u7b14\u5f55 PDF\u2026", None))
        self.sign_box.setTitle(QCoreApplication.translate("SignOffPanel", u"\u7b7e\u5b57", None))
#if QT_CONFIG(tooltip)
        self.table.setToolTip(QCoreApplication.translate("SignOffPanel", u"\u9009\u4e2d\u4e00\u4eba\uff0c\u518d\u70b9\u4e0b\u9762\u7684\u6309\u94ae\u767b\u8bb0\u7b7e\u5b57\u60c5\u51b5\uff1b\u53cc\u51fb\u8bb0\u4e3a\u201c\u5df2\u7b7e\u5b57\u201d", None))
#endif // QT_CONFIG(tooltip)
        self.signed_button.setText(QCoreApplication.translate("SignOffPanel", u"\u5df2\u7b7e\u5b57", None))
        self.refused_button.setText(QCoreApplication.translate("SignOffPanel", u"\u62d2\u7edd\u7b7e\u5b57\u2026", None))
#if QT_CONFIG(tooltip)
        self.absent_button.setToolTip(QCoreApplication.translate("SignOffPanel", u"\u5230\u4f1a\u4f46\u7b7e\u5b57\u65f6\u5df2\u79bb\u573a\uff1b\u6ca1\u6709\u5230\u4f1a\u7684\u4eba\u5728\u201c\u7b7e\u5230\u201d\u4e2d\u8bb0\u4e3a\u672a\u5230\uff0c\u4e0d\u5728\u6b64\u767b\u8bb0", None))
#endif // QT_CONFIG(tooltip)
        self.absent_button.setText(QCoreApplication.translate("SignOffPanel", u"\u79bb\u573a\u672a\u7b7e", None))
        self.pending_button.setText(QCoreApplication.translate("SignOffPanel", u"\u5f85\u7b7e\u5b57", None))
        self.log_box.setTitle(QCoreApplication.translate("SignOffPanel", u"\u9501\u5b9a\u4e0e\u4fee\u6539\u8bb0\u5f55", None))
        self.log_empty.setText(QCoreApplication.translate("SignOffPanel", u"\u9501\u5b9a\u540e\u6ca1\u6709\u4fee\u6539\u8fc7\u7b14\u5f55\u3002", None))
        pass
    # retranslateUi

