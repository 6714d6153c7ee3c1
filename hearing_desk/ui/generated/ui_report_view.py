# Generated from forms/report_view.ui by tools/forms.py (pyside6-uic). Do not edit:
# change the form in Qt Designer (pyside6-designer), then run tools/forms.py.
# form-sha256: 14da21363acc28a445d0d888a51cf13781fd846ab1aacd2d964133f3976c9957

# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (QApplication, QGroupBox, QHBoxLayout, QLabel,
    QPlainTextEdit, QProgressBar, QPushButton, QSizePolicy,
    QSpacerItem, QSplitter, QVBoxLayout, QWidget)

class Ui_ReportView(object):
    def setupUi(self, ReportView):
        if not ReportView.objectName():
            ReportView.setObjectName(u"ReportView")
        ReportView.resize(1100, 720)
        self.layout = QVBoxLayout(ReportView)
        self.layout.setObjectName(u"layout")
        self.layout.setContentsMargins(0, 0, 0, 0)
        self.split = QSplitter(ReportView)
        self.split.setObjectName(u"split")
        self.split.setOrientation(Qt.Horizontal)
        self.left = QWidget(self.split)
        self.left.setObjectName(u"left")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.left.sizePolicy().hasHeightForWidth())
        self.left.setSizePolicy(sizePolicy)
        self.left_layout = QVBoxLayout(self.left)
        self.left_layout.setObjectName(u"left_layout")
        self.left_layout.setContentsMargins(0, 0, 0, 0)
        self.basic_box = QGroupBox(self.left)
        self.basic_box.setObjectName(u"basic_box")
        self.basic_layout = QVBoxLayout(self.basic_box)
        self.basic_layout.setObjectName(u"basic_layout")
        self.basic_info = QPlainTextEdit(self.basic_box)
        self.basic_info.setObjectName(u"basic_info")

        self.basic_layout.addWidget(self.basic_info)

        self.basic_bar = QHBoxLayout()
        self.basic_bar.setObjectName(u"basic_bar")
        self.basic_state = QLabel(self.basic_box)
        self.basic_state.setObjectName(u"basic_state")
        self.basic_state.setWordWrap(True)

        self.basic_bar.addWidget(self.basic_state)

        self.restore_button = QPushButton(self.basic_box)
        self.restore_button.setObjectName(u"restore_button")

        self.basic_bar.addWidget(self.restore_button)

        self.basic_bar.setStretch(0, 1)

        self.basic_layout.addLayout(self.basic_bar)

        self.basic_layout.setStretch(0, 1)

        self.left_layout.addWidget(self.basic_box)

        self.export_box = QGroupBox(self.left)
        self.export_box.setObjectName(u"export_box")
        self.export_layout = QVBoxLayout(self.export_box)
        self.export_layout.setObjectName(u"export_layout")
        self.open_opinions = QLabel(self.export_box)
        self.open_opinions.setObjectName(u"open_opinions")
        self.open_opinions.setWordWrap(True)

        self.export_layout.addWidget(self.open_opinions)

        self.export_report_pdf = QPushButton(self.export_box)
        self.export_report_pdf.setObjectName(u"export_report_pdf")

        self.export_layout.addWidget(self.export_report_pdf)

        self.export_report_docx = QPushButton(self.export_box)
        self.export_report_docx.setObjectName(u"export_report_docx")

        self.export_layout.addWidget(self.export_report_docx)

        self.export_summary_xlsx = QPushButton(self.export_box)
        self.export_summary_xlsx.setObjectName(u"export_summary_xlsx")

        self.export_layout.addWidget(self.export_summary_xlsx)

        self.export_transcript_pdf = QPushButton(self.export_box)
        self.export_transcript_pdf.setObjectName(u"export_transcript_pdf")

        self.export_layout.addWidget(self.export_transcript_pdf)

        self.export_all_button = QPushButton(self.export_box)
        self.export_all_button.setObjectName(u"export_all_button")

        self.export_layout.addWidget(self.export_all_button)

        self.progress = QProgressBar(self.export_box)
        self.progress.setObjectName(u"progress")
        self.progress.setTextVisible(True)

        self.export_layout.addWidget(self.progress)

        self.export_state = QLabel(self.export_box)
        self.export_state.setObjectName(u"export_state")
        self.export_state.setWordWrap(True)
        self.export_state.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.export_layout.addWidget(self.export_state)

        self.open_folder_button = QPushButton(self.export_box)
        self.open_folder_button.setObjectName(u"open_folder_button")
        self.open_folder_button.setEnabled(False)

        self.export_layout.addWidget(self.open_folder_button)

        self.preview_print_button = QPushButton(self.export_box)
        self.preview_print_button.setObjectName(u"preview_print_button")

        self.export_layout.addWidget(self.preview_print_button)

        self.print_button = QPushButton(self.export_box)
        self.print_button.setObjectName(u"print_button")

        self.export_layout.addWidget(self.print_button)

        self.export_end = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.export_layout.addItem(self.export_end)


        self.left_layout.addWidget(self.export_box)

        self.left_layout.setStretch(0, 3)
        self.left_layout.setStretch(1, 2)
        self.split.addWidget(self.left)
        self.right = QWidget(self.split)
        self.right.setObjectName(u"right")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        sizePolicy1.setHorizontalStretch(1)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.right.sizePolicy().hasHeightForWidth())
        self.right.setSizePolicy(sizePolicy1)
        self.right_layout = QVBoxLayout(self.right)
        self.right_layout.setObjectName(u"right_layout")
        self.right_layout.setContentsMargins(0, 0, 0, 0)
        self.preview_bar = QHBoxLayout()
        self.preview_bar.setObjectName(u"preview_bar")
        self.preview_title = QLabel(self.right)
        self.preview_title.setObjectName(u"preview_title")

        self.preview_bar.addWidget(self.preview_title)

        self.preview_state = QLabel(self.right)
        self.preview_state.setObjectName(u"preview_state")
        sizePolicy2 = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        sizePolicy2.setHorizontalStretch(0)
        sizePolicy2.setVerticalStretch(0)
        sizePolicy2.setHeightForWidth(self.preview_state.sizePolicy().hasHeightForWidth())
        self.preview_state.setSizePolicy(sizePolicy2)
        self.preview_state.setStyleSheet(u"color: #555;")

        self.preview_bar.addWidget(self.preview_state)

        self.refresh_button = QPushButton(self.right)
        self.refresh_button.setObjectName(u"refresh_button")

        self.preview_bar.addWidget(self.refresh_button)

        self.preview_bar.setStretch(1, 1)

        self.right_layout.addLayout(self.preview_bar)

        self.preview = QPdfView(self.right)
        self.preview.setObjectName(u"preview")

        self.right_layout.addWidget(self.preview)

        self.right_layout.setStretch(1, 1)
        self.split.addWidget(self.right)

        self.layout.addWidget(self.split)

        QWidget.setTabOrder(self.basic_info, self.restore_button)
        QWidget.setTabOrder(self.restore_button, self.export_report_pdf)
        QWidget.setTabOrder(self.export_report_pdf, self.export_report_docx)
        QWidget.setTabOrder(self.export_report_docx, self.export_summary_xlsx)
        QWidget.setTabOrder(self.export_summary_xlsx, self.export_transcript_pdf)
        QWidget.setTabOrder(self.export_transcript_pdf, self.export_all_button)
        QWidget.setTabOrder(self.export_all_button, self.open_folder_button)
        QWidget.setTabOrder(self.open_folder_button, self.preview_print_button)
        QWidget.setTabOrder(self.preview_print_button, self.print_button)
        QWidget.setTabOrder(self.print_button, self.refresh_button)
        QWidget.setTabOrder(self.refresh_button, self.preview)

        self.retranslateUi(ReportView)

        QMetaObject.connectSlotsByName(ReportView)
    # setupUi

    def retranslateUi(self, ReportView):
        self.basic_box.setTitle(QCoreApplication.translate("ReportView", u"\u542c\u8bc1\u4f1a\u7ec4\u7ec7\u7684\u57fa\u672c\u60c5\u51b5", None))
        self.basic_info.setPlaceholderText(QCoreApplication.translate("ReportView", u"\u542c\u8bc1\u4f1a\u7ec4\u7ec7\u7684\u57fa\u672c\u60c5\u51b5\uff08\u6839\u636e\u201c\u542c\u8bc1\u4f1a\u8bbe\u7f6e\u201d\u81ea\u52a8\u751f\u6210\uff0c\u53ef\u4fee\u6539\uff09", None))
#if QT_CONFIG(tooltip)
        self.restore_button.setToolTip(QCoreApplication.translate("ReportView", u"\u4e22\u5f03\u4fee\u6539\uff0c\u6309\u201c\u542c\u8bc1\u4f1a\u8bbe\u7f6e\u201d\u4e2d\u7684\u5185\u5bb9\u91cd\u65b0\u751f\u6210\u8fd9\u4e00\u6bb5", None))
#endif // QT_CONFIG(tooltip)
        self.restore_button.setText(QCoreApplication.translate("ReportView", u"\u6062\u590d\u81ea\u52a8\u751f\u6210", None))
        self.export_box.setTitle(QCoreApplication.translate("ReportView", u"\u5bfc\u51fa\u4e0e\u6253\u5370", None))
        self.export_report_pdf.setText(QCoreApplication.translate("ReportView", u"\u5bfc\u51fa\u542c\u8bc1\u62a5\u544a\uff08PDF\uff09", None))
        self.export_report_docx.setText(QCoreApplication.translate("ReportView", u"\u5bfc\u51fa\u542c\u8bc1\u62a5\u544a\uff08Word\uff09", None))
        self.export_summary_xlsx.setText(QCoreApplication.translate("ReportView", u"\u5bfc\u51fa\u542c\u8bc1\u610f\u89c1\u6c47\u603b\u8868\uff08Excel\uff09", None))
        self.export_transcript_pdf.setText(QCoreApplication.translate("ReportView", u"\u5bfc\u51fa\u542c\u8bc1\u7b14\u5f55\uff08PDF\uff09", None))
        self.export_all_button.setText(QCoreApplication.translate("ReportView", u"\u5168\u90e8\u5bfc\u51fa\uff08\u56db\u4e2a\u6587\u4ef6\uff09\u2026", None))
        self.open_folder_button.setText(QCoreApplication.translate("ReportView", u"\u6253\u5f00\u6240\u5728\u6587\u4ef6\u5939", None))
        self.preview_print_button.setText(QCoreApplication.translate("ReportView", u"\u6253\u5370\u9884\u89c8\u2026", None))
        self.print_button.setText(QCoreApplication.translate("ReportView", u"\u6253\u5370\u542c\u8bc1\u62a5\u544a\u2026", None))
        self.preview_title.setText(QCoreApplication.translate("ReportView", u"<b>\u542c\u8bc1\u62a5\u544a\u9884\u89c8</b>", None))
        self.refresh_button.setText(QCoreApplication.translate("ReportView", u"\u5237\u65b0\u9884\u89c8", None))
        pass
    # retranslateUi

