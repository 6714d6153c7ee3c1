# Generated from forms/main_window.ui by tools/forms.py (pyside6-uic). Do not edit:
# change the form in Qt Designer (pyside6-designer), then run tools/forms.py.
# form-sha256: 4586b317a5e8c95683fd8761627df3f98d5c0928bdbe4a802fcd811611bbd4f9

# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QDockWidget, QLabel, QMainWindow,
    QMenuBar, QPushButton, QSizePolicy, QSpacerItem,
    QStackedWidget, QStatusBar, QTabWidget, QVBoxLayout,
    QWidget)

from hearing_desk.ui.hearing_list import HearingListPanel

class Ui_MainWindow(object):
    def setupUi(self, main_window):
        if not main_window.objectName():
            main_window.setObjectName(u"main_window")
        main_window.resize(1280, 800)
        self.menubar = QMenuBar(main_window)
        self.menubar.setObjectName(u"menubar")
        main_window.setMenuBar(self.menubar)
        self.statusbar = QStatusBar(main_window)
        self.statusbar.setObjectName(u"statusbar")
        main_window.setStatusBar(self.statusbar)
        self.hearing_list_dock = QDockWidget(main_window)
        self.hearing_list_dock.setObjectName(u"hearing_list_dock")
        self.hearing_list_dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetClosable|QDockWidget.DockWidgetFeature.DockWidgetMovable)
        self.hearing_list_dock.setAllowedAreas(Qt.DockWidgetArea.LeftDockWidgetArea|Qt.DockWidgetArea.RightDockWidgetArea)
        self.hearing_list = HearingListPanel()
        self.hearing_list.setObjectName(u"hearing_list")
        self.hearing_list_dock.setWidget(self.hearing_list)
        main_window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.hearing_list_dock)
        self.stack = QStackedWidget(main_window)
        self.stack.setObjectName(u"stack")
        self.empty_page = QWidget()
        self.empty_page.setObjectName(u"empty_page")
        self.empty_layout = QVBoxLayout(self.empty_page)
        self.empty_layout.setObjectName(u"empty_layout")
        self.empty_top = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.empty_layout.addItem(self.empty_top)

        self.empty_label = QLabel(self.empty_page)
        self.empty_label.setObjectName(u"empty_label")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.empty_layout.addWidget(self.empty_label)

        self.empty_gap = QSpacerItem(0, 12, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        self.empty_layout.addItem(self.empty_gap)

        self.new_button = QPushButton(self.empty_page)
        self.new_button.setObjectName(u"new_button")
        self.new_button.setMinimumSize(QSize(200, 0))
        self.new_button.setIconSize(QSize(20, 20))

        self.empty_layout.addWidget(self.new_button, 0, Qt.AlignmentFlag.AlignHCenter)

        self.import_button = QPushButton(self.empty_page)
        self.import_button.setObjectName(u"import_button")
        self.import_button.setMinimumSize(QSize(200, 0))
        self.import_button.setIconSize(QSize(20, 20))

        self.empty_layout.addWidget(self.import_button, 0, Qt.AlignmentFlag.AlignHCenter)

        self.empty_bottom = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.empty_layout.addItem(self.empty_bottom)

        self.empty_layout.setStretch(0, 1)
        self.empty_layout.setStretch(5, 2)
        self.stack.addWidget(self.empty_page)
        self.tabs = QTabWidget()
        self.tabs.setObjectName(u"tabs")
        self.tabs.setDocumentMode(True)
        self.setup_page = QWidget()
        self.setup_page.setObjectName(u"setup_page")
        self.setup_page_layout = QVBoxLayout(self.setup_page)
        self.setup_page_layout.setSpacing(0)
        self.setup_page_layout.setObjectName(u"setup_page_layout")
        self.setup_page_layout.setContentsMargins(0, 0, 0, 0)
        self.tabs.addTab(self.setup_page, "")
        self.transcript_page = QWidget()
        self.transcript_page.setObjectName(u"transcript_page")
        self.transcript_page_layout = QVBoxLayout(self.transcript_page)
        self.transcript_page_layout.setSpacing(0)
        self.transcript_page_layout.setObjectName(u"transcript_page_layout")
        self.transcript_page_layout.setContentsMargins(0, 0, 0, 0)
        self.tabs.addTab(self.transcript_page, "")
        self.opinions_page = QWidget()
        self.opinions_page.setObjectName(u"opinions_page")
        self.opinions_page_layout = QVBoxLayout(self.opinions_page)
        self.opinions_page_layout.setSpacing(0)
        self.opinions_page_layout.setObjectName(u"opinions_page_layout")
        self.opinions_page_layout.setContentsMargins(0, 0, 0, 0)
        self.tabs.addTab(self.opinions_page, "")
        self.responses_page = QWidget()
        self.responses_page.setObjectName(u"responses_page")
        self.responses_page_layout = QVBoxLayout(self.responses_page)
        self.responses_page_layout.setSpacing(0)
        self.responses_page_layout.setObjectName(u"responses_page_layout")
        self.responses_page_layout.setContentsMargins(0, 0, 0, 0)
        self.tabs.addTab(self.responses_page, "")
        self.stack.addWidget(self.tabs)
        main_window.setCentralWidget(self.stack)
        QWidget.setTabOrder(self.new_button, self.import_button)

        self.retranslateUi(main_window)

        QMetaObject.connectSlotsByName(main_window)
    # setupUi

    def retranslateUi(self, main_window):
        self.hearing_list_dock.setWindowTitle(QCoreApplication.translate("MainWindow", u"\u542c\u8bc1\u4f1a", None))
        self.empty_label.setText(QCoreApplication.translate("MainWindow", u"\u8fd8\u6ca1\u6709\u6253\u5f00\u542c\u8bc1\u4f1a\u3002\n"
"\u8bf7\u5728\u5de6\u4fa7\u5217\u8868\u4e2d\u9009\u62e9\u4e00\u573a\uff0c\u6216\u8005\u65b0\u5efa\u3001\u5bfc\u5165\u4e00\u573a\u542c\u8bc1\u4f1a\u3002", None))
        self.tabs.setTabText(self.tabs.indexOf(self.setup_page), QCoreApplication.translate("MainWindow", u"\u542c\u8bc1\u4f1a\u8bbe\u7f6e", None))
        self.tabs.setTabText(self.tabs.indexOf(self.transcript_page), QCoreApplication.translate("MainWindow", u"\u73b0\u573a\u7b14\u5f55", None))
        self.tabs.setTabText(self.tabs.indexOf(self.opinions_page), QCoreApplication.translate("MainWindow", u"\u610f\u89c1\u767b\u8bb0", None))
        self.tabs.setTabText(self.tabs.indexOf(self.responses_page), QCoreApplication.translate("MainWindow", u"\u610f\u89c1\u5904\u7406", None))
        pass
    # retranslateUi

