# Generated from forms/search_dialog.ui by tools/forms.py (pyside6-uic). Do not edit:
# change the form in Qt Designer (pyside6-designer), then run tools/forms.py.
# form-sha256: 68ac041118e7f7a6309bdbb5b4c72d2f7633ac5b557ab9d7895fad4b66ca69b5

# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QTabWidget,
    QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget)

class Ui_SearchDialog(object):
    def setupUi(self, SearchDialog):
        if not SearchDialog.objectName():
            SearchDialog.setObjectName(u"SearchDialog")
        SearchDialog.resize(820, 560)
        self.layout = QVBoxLayout(SearchDialog)
        self.layout.setObjectName(u"layout")
        self.query_row = QHBoxLayout()
        self.query_row.setObjectName(u"query_row")
        self.query_label = QLabel(SearchDialog)
        self.query_label.setObjectName(u"query_label")

        self.query_row.addWidget(self.query_label)

        self.query = QLineEdit(SearchDialog)
        self.query.setObjectName(u"query")
        self.query.setClearButtonEnabled(True)

        self.query_row.addWidget(self.query)

        self.go = QPushButton(SearchDialog)
        self.go.setObjectName(u"go")

        self.query_row.addWidget(self.go)


        self.layout.addLayout(self.query_row)

        self.pages = QTabWidget(SearchDialog)
        self.pages.setObjectName(u"pages")
        self.hits_page = QWidget()
        self.hits_page.setObjectName(u"hits_page")
        self.hits_layout = QVBoxLayout(self.hits_page)
        self.hits_layout.setObjectName(u"hits_layout")
        self.hits = QTreeWidget(self.hits_page)
        self.hits.setObjectName(u"hits")
        self.hits.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.hits.setRootIsDecorated(False)
        self.hits.setUniformRowHeights(True)
        self.hits.setWordWrap(False)

        self.hits_layout.addWidget(self.hits)

        self.count = QLabel(self.hits_page)
        self.count.setObjectName(u"count")
        self.count.setWordWrap(True)

        self.hits_layout.addWidget(self.count)

        self.pages.addTab(self.hits_page, "")
        self.tally_page = QWidget()
        self.tally_page.setObjectName(u"tally_page")
        self.tally_layout = QVBoxLayout(self.tally_page)
        self.tally_layout.setObjectName(u"tally_layout")
        self.tally = QTreeWidget(self.tally_page)
        self.tally.setObjectName(u"tally")
        self.tally.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.tally_layout.addWidget(self.tally)

        self.pages.addTab(self.tally_page, "")

        self.layout.addWidget(self.pages)

        self.buttons = QDialogButtonBox(SearchDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Close)

        self.layout.addWidget(self.buttons)

        self.layout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.query_label.setBuddy(self.query)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.query, self.go)
        QWidget.setTabOrder(self.go, self.pages)
        QWidget.setTabOrder(self.pages, self.hits)
        QWidget.setTabOrder(self.hits, self.tally)

        self.retranslateUi(SearchDialog)
        self.buttons.rejected.connect(SearchDialog.reject)

        self.go.setDefault(True)
        self.pages.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(SearchDialog)
    # setupUi

    def retranslateUi(self, SearchDialog):
        SearchDialog.setWindowTitle(QCoreApplication.translate("SearchDialog", u"\u5728\u6240\u6709\u542c\u8bc1\u4f1a\u4e2d\u67e5\u627e", None))
        self.query_label.setText(QCoreApplication.translate("SearchDialog", u"\u67e5\u627e(&N)\uff1a", None))
        self.query.setPlaceholderText(QCoreApplication.translate("SearchDialog", u"\u5b57\u8bcd\uff0c\u5982\u201c\u6570\u636e\u201d\uff1b\u591a\u4e2a\u5b57\u8bcd\u7528\u7a7a\u683c\u5206\u5f00\uff0c\u987b\u51fa\u73b0\u5728\u540c\u4e00\u5904", None))
        self.go.setText(QCoreApplication.translate("SearchDialog", u"\u67e5\u627e", None))
        ___qtreewidgetitem = self.hits.headerItem()
        ___qtreewidgetitem.setText(3, QCoreApplication.translate("SearchDialog", u"\u6458\u5f55", None))
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("SearchDialog", u"\u4f4d\u7f6e", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("SearchDialog", u"\u7c7b\u522b", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("SearchDialog", u"\u542c\u8bc1\u4f1a", None))
#if QT_CONFIG(accessibility)
        self.hits.setAccessibleName(QCoreApplication.translate("SearchDialog", u"\u67e5\u627e\u7ed3\u679c", None))
#endif // QT_CONFIG(accessibility)
        self.count.setText(QCoreApplication.translate("SearchDialog", u"\u8f93\u5165\u5b57\u8bcd\u540e\u6309\u56de\u8f66\u67e5\u627e\uff1b\u53cc\u51fb\u4e00\u6761\u7ed3\u679c\u6253\u5f00\u8be5\u542c\u8bc1\u4f1a\u7684\u76f8\u5e94\u4f4d\u7f6e\u3002", None))
        self.pages.setTabText(self.pages.indexOf(self.hits_page), QCoreApplication.translate("SearchDialog", u"\u67e5\u627e\u7ed3\u679c", None))
        ___qtreewidgetitem1 = self.tally.headerItem()
        ___qtreewidgetitem1.setText(1, QCoreApplication.translate("SearchDialog", u"\u6570\u91cf", None))
        ___qtreewidgetitem1.setText(0, QCoreApplication.translate("SearchDialog", u"\u9879\u76ee", None))
#if QT_CONFIG(accessibility)
        self.tally.setAccessibleName(QCoreApplication.translate("SearchDialog", u"\u6240\u6709\u542c\u8bc1\u4f1a\u7684\u7edf\u8ba1", None))
#endif // QT_CONFIG(accessibility)
        self.pages.setTabText(self.pages.indexOf(self.tally_page), QCoreApplication.translate("SearchDialog", u"\u7edf\u8ba1", None))
    # retranslateUi

