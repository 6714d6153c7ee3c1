# Generated from forms/transcript_search.ui by tools/forms.py (pyside6-uic). Do not edit:
# change the form in Qt Designer (pyside6-designer), then run tools/forms.py.
# form-sha256: c4572b22b9c1e58bf3ec3440297e25f76d5906a306d6205d81c8e49d67c36ecf

# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QFrame, QHBoxLayout, QLabel,
    QLineEdit, QSizePolicy, QToolButton, QWidget)

class Ui_SearchBar(object):
    def setupUi(self, SearchBar):
        if not SearchBar.objectName():
            SearchBar.setObjectName(u"SearchBar")
        SearchBar.resize(700, 34)
        self.layout = QHBoxLayout(SearchBar)
        self.layout.setObjectName(u"layout")
        self.layout.setContentsMargins(0, 0, 0, 4)
        self.label = QLabel(SearchBar)
        self.label.setObjectName(u"label")

        self.layout.addWidget(self.label)

        self.edit = QLineEdit(SearchBar)
        self.edit.setObjectName(u"edit")
        self.edit.setClearButtonEnabled(True)

        self.layout.addWidget(self.edit)

        self.count = QLabel(SearchBar)
        self.count.setObjectName(u"count")
        self.count.setMinimumSize(QSize(80, 0))

        self.layout.addWidget(self.count)

        self.previous_button = QToolButton(SearchBar)
        self.previous_button.setObjectName(u"previous_button")
        self.previous_button.setFocusPolicy(Qt.NoFocus)

        self.layout.addWidget(self.previous_button)

        self.next_button = QToolButton(SearchBar)
        self.next_button.setObjectName(u"next_button")
        self.next_button.setFocusPolicy(Qt.NoFocus)

        self.layout.addWidget(self.next_button)

        self.close_button = QToolButton(SearchBar)
        self.close_button.setObjectName(u"close_button")
        self.close_button.setFocusPolicy(Qt.NoFocus)

        self.layout.addWidget(self.close_button)

        self.layout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.label.setBuddy(self.edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SearchBar)

        QMetaObject.connectSlotsByName(SearchBar)
    # setupUi

    def retranslateUi(self, SearchBar):
        self.label.setText(QCoreApplication.translate("SearchBar", u"\u67e5\u627e\uff1a", None))
        self.edit.setPlaceholderText(QCoreApplication.translate("SearchBar", u"\u67e5\u627e\u7b14\u5f55\u4e2d\u7684\u6587\u5b57\u6216\u53d1\u8a00\u4eba\u2026", None))
        self.previous_button.setText(QCoreApplication.translate("SearchBar", u"\u4e0a\u4e00\u4e2a", None))
        self.next_button.setText(QCoreApplication.translate("SearchBar", u"\u4e0b\u4e00\u4e2a", None))
        self.close_button.setText(QCoreApplication.translate("SearchBar", u"\u5173\u95ed", None))
        pass
    # retranslateUi

