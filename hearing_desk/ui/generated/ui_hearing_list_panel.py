# Generated from forms/hearing_list_panel.ui by tools/forms.py (pyside6-uic). Do not edit:
# change the form in Qt Designer (pyside6-designer), then run tools/forms.py.
# form-sha256: 253fc46e720b2d19db3e95fef337a9ba783a455ecfb5d55dbf8eac1df6a6d436

# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QLineEdit, QListView,
    QSizePolicy, QToolBar, QVBoxLayout, QWidget)

class Ui_HearingListPanel(object):
    def setupUi(self, HearingListPanel):
        if not HearingListPanel.objectName():
            HearingListPanel.setObjectName(u"HearingListPanel")
        HearingListPanel.resize(300, 600)
        self.layout = QVBoxLayout(HearingListPanel)
        self.layout.setSpacing(4)
        self.layout.setObjectName(u"layout")
        self.layout.setContentsMargins(4, 4, 4, 4)
        self.toolbar = QToolBar(HearingListPanel)
        self.toolbar.setObjectName(u"toolbar")
        self.toolbar.setIconSize(QSize(20, 20))
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)

        self.layout.addWidget(self.toolbar)

        self.filter = QLineEdit(HearingListPanel)
        self.filter.setObjectName(u"filter")
        self.filter.setClearButtonEnabled(True)

        self.layout.addWidget(self.filter)

        self.view = QListView(HearingListPanel)
        self.view.setObjectName(u"view")
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setSpacing(1)
        self.view.setWordWrap(True)

        self.layout.addWidget(self.view)

        QWidget.setTabOrder(self.filter, self.view)

        self.retranslateUi(HearingListPanel)

        QMetaObject.connectSlotsByName(HearingListPanel)
    # setupUi

    def retranslateUi(self, HearingListPanel):
        self.filter.setPlaceholderText(QCoreApplication.translate("HearingListPanel", u"\u6309\u540d\u79f0\u7b5b\u9009\uff0c\u56de\u8f66\u67e5\u5168\u90e8", None))
#if QT_CONFIG(accessibility)
        self.view.setAccessibleName(QCoreApplication.translate("HearingListPanel", u"\u542c\u8bc1\u4f1a\u5217\u8868", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

