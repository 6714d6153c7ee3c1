# Generated from forms/answer_page.ui by tools/forms.py (pyside6-uic). Do not edit:
# change the form in Qt Designer (pyside6-designer), then run tools/forms.py.
# form-sha256: 834b348b94c604ee5d21bfac6da144dc0217b6ba2267f04967b030d45200329c

# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QGridLayout,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QPlainTextEdit,
    QPushButton, QSizePolicy, QSplitter, QTabWidget,
    QTableView, QTextBrowser, QVBoxLayout, QWidget)

from hearing_desk.ui.responses.chart import BarChart

class Ui_AnswerPage(object):
    def setupUi(self, AnswerPage):
        if not AnswerPage.objectName():
            AnswerPage.setObjectName(u"AnswerPage")
        AnswerPage.resize(1120, 730)
        self.layout = QVBoxLayout(AnswerPage)
        self.layout.setObjectName(u"layout")
        self.layout.setContentsMargins(0, 0, 0, 0)
        self.vsplit = QSplitter(AnswerPage)
        self.vsplit.setObjectName(u"vsplit")
        self.vsplit.setOrientation(Qt.Vertical)
        self.split = QSplitter(self.vsplit)
        self.split.setObjectName(u"split")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(1)
        sizePolicy.setHeightForWidth(self.split.sizePolicy().hasHeightForWidth())
        self.split.setSizePolicy(sizePolicy)
        self.split.setOrientation(Qt.Horizontal)
        self.list_box = QWidget(self.split)
        self.list_box.setObjectName(u"list_box")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        sizePolicy1.setHorizontalStretch(0)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.list_box.sizePolicy().hasHeightForWidth())
        self.list_box.setSizePolicy(sizePolicy1)
        self.list_layout = QVBoxLayout(self.list_box)
        self.list_layout.setObjectName(u"list_layout")
        self.list_layout.setContentsMargins(0, 0, 0, 0)
        self.filter_bar = QHBoxLayout()
        self.filter_bar.setObjectName(u"filter_bar")
        self.unanswered_only = QCheckBox(self.list_box)
        self.unanswered_only.setObjectName(u"unanswered_only")

        self.filter_bar.addWidget(self.unanswered_only)

        self.search = QLineEdit(self.list_box)
        self.search.setObjectName(u"search")
        self.search.setClearButtonEnabled(True)

        self.filter_bar.addWidget(self.search)

        self.filter_bar.setStretch(1, 1)

        self.list_layout.addLayout(self.filter_bar)

        self.list = QTableView(self.list_box)
        self.list.setObjectName(u"list")
        self.list.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.list.setAlternatingRowColors(True)
        self.list.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.list.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.list.setWordWrap(False)
        self.list.horizontalHeader().setStretchLastSection(True)
        self.list.verticalHeader().setVisible(False)
        self.list.verticalHeader().setDefaultSectionSize(22)

        self.list_layout.addWidget(self.list)

        self.split.addWidget(self.list_box)
        self.context = QTextBrowser(self.split)
        self.context.setObjectName(u"context")
        sizePolicy2 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy2.setHorizontalStretch(1)
        sizePolicy2.setVerticalStretch(0)
        sizePolicy2.setHeightForWidth(self.context.sizePolicy().hasHeightForWidth())
        self.context.setSizePolicy(sizePolicy2)
        self.context.setOpenLinks(False)
        self.split.addWidget(self.context)
        self.answer_box = QWidget(self.split)
        self.answer_box.setObjectName(u"answer_box")
        sizePolicy3 = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        sizePolicy3.setHorizontalStretch(1)
        sizePolicy3.setVerticalStretch(0)
        sizePolicy3.setHeightForWidth(self.answer_box.sizePolicy().hasHeightForWidth())
        self.answer_box.setSizePolicy(sizePolicy3)
        self.answer_layout = QVBoxLayout(self.answer_box)
        self.answer_layout.setObjectName(u"answer_layout")
        self.answer_layout.setContentsMargins(0, 0, 0, 0)
        self.decision_box = QGroupBox(self.answer_box)
        self.decision_box.setObjectName(u"decision_box")
        self.decision_grid = QGridLayout(self.decision_box)
        self.decision_grid.setSpacing(2)
        self.decision_grid.setObjectName(u"decision_grid")

        self.answer_layout.addWidget(self.decision_box)

        self.analysis_bar = QHBoxLayout()
        self.analysis_bar.setObjectName(u"analysis_bar")
        self.analysis_title = QLabel(self.answer_box)
        self.analysis_title.setObjectName(u"analysis_title")

        self.analysis_bar.addWidget(self.analysis_title)

        self.reason_hint = QLabel(self.answer_box)
        self.reason_hint.setObjectName(u"reason_hint")
        self.reason_hint.setStyleSheet(u"color: #9a6700;")

        self.analysis_bar.addWidget(self.reason_hint)

        self.analysis_bar.setStretch(1, 1)

        self.answer_layout.addLayout(self.analysis_bar)

        self.analysis = QPlainTextEdit(self.answer_box)
        self.analysis.setObjectName(u"analysis")
        sizePolicy4 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy4.setHorizontalStretch(0)
        sizePolicy4.setVerticalStretch(2)
        sizePolicy4.setHeightForWidth(self.analysis.sizePolicy().hasHeightForWidth())
        self.analysis.setSizePolicy(sizePolicy4)

        self.answer_layout.addWidget(self.analysis)

        self.error_label = QLabel(self.answer_box)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setStyleSheet(u"color: #b3261e; font-weight: bold;")
        self.error_label.setWordWrap(True)

        self.answer_layout.addWidget(self.error_label)

        self.scope_label = QLabel(self.answer_box)
        self.scope_label.setObjectName(u"scope_label")
        self.scope_label.setStyleSheet(u"color: #1a5fb4;")
        self.scope_label.setWordWrap(True)

        self.answer_layout.addWidget(self.scope_label)

        self.save_bar = QHBoxLayout()
        self.save_bar.setObjectName(u"save_bar")
        self.save_button = QPushButton(self.answer_box)
        self.save_button.setObjectName(u"save_button")

        self.save_bar.addWidget(self.save_button)

        self.state_label = QLabel(self.answer_box)
        self.state_label.setObjectName(u"state_label")
        sizePolicy5 = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        sizePolicy5.setHorizontalStretch(0)
        sizePolicy5.setVerticalStretch(0)
        sizePolicy5.setHeightForWidth(self.state_label.sizePolicy().hasHeightForWidth())
        self.state_label.setSizePolicy(sizePolicy5)
        self.state_label.setStyleSheet(u"color: #666;")

        self.save_bar.addWidget(self.state_label)

        self.prev_button = QPushButton(self.answer_box)
        self.prev_button.setObjectName(u"prev_button")
#if QT_CONFIG(tooltip)
        self.prev_button.setToolTip(u"Alt+\u2191")
#endif // QT_CONFIG(tooltip)

        self.save_bar.addWidget(self.prev_button)

        self.next_button = QPushButton(self.answer_box)
        self.next_button.setObjectName(u"next_button")
#if QT_CONFIG(tooltip)
        self.next_button.setToolTip(u"Alt+\u2193")
#endif // QT_CONFIG(tooltip)

        self.save_bar.addWidget(self.next_button)

        self.save_bar.setStretch(1, 1)

        self.answer_layout.addLayout(self.save_bar)

        self.helpers = QTabWidget(self.answer_box)
        self.helpers.setObjectName(u"helpers")
        self.helpers.setMaximumSize(QSize(16777215, 170))
        self.phrases_page = QWidget()
        self.phrases_page.setObjectName(u"phrases_page")
        self.phrases_layout = QVBoxLayout(self.phrases_page)
        self.phrases_layout.setObjectName(u"phrases_layout")
        self.phrases_layout.setContentsMargins(2, 2, 2, 2)
        self.phrases_bar = QHBoxLayout()
        self.phrases_bar.setObjectName(u"phrases_bar")
        self.phrases_hint = QLabel(self.phrases_page)
        self.phrases_hint.setObjectName(u"phrases_hint")

        self.phrases_bar.addWidget(self.phrases_hint)

        self.edit_phrases_button = QPushButton(self.phrases_page)
        self.edit_phrases_button.setObjectName(u"edit_phrases_button")

        self.phrases_bar.addWidget(self.edit_phrases_button)

        self.phrases_bar.setStretch(0, 1)

        self.phrases_layout.addLayout(self.phrases_bar)

        self.phrases = QListWidget(self.phrases_page)
        self.phrases.setObjectName(u"phrases")

        self.phrases_layout.addWidget(self.phrases)

        self.helpers.addTab(self.phrases_page, "")
        self.similar_page = QWidget()
        self.similar_page.setObjectName(u"similar_page")
        self.similar_layout = QVBoxLayout(self.similar_page)
        self.similar_layout.setObjectName(u"similar_layout")
        self.similar_layout.setContentsMargins(2, 2, 2, 2)
        self.similar_title = QLabel(self.similar_page)
        self.similar_title.setObjectName(u"similar_title")

        self.similar_layout.addWidget(self.similar_title)

        self.similar = QListWidget(self.similar_page)
        self.similar.setObjectName(u"similar")

        self.similar_layout.addWidget(self.similar)

        self.helpers.addTab(self.similar_page, "")

        self.answer_layout.addWidget(self.helpers)

        self.split.addWidget(self.answer_box)
        self.vsplit.addWidget(self.split)
        self.charts = QWidget(self.vsplit)
        self.charts.setObjectName(u"charts")
        sizePolicy1.setHeightForWidth(self.charts.sizePolicy().hasHeightForWidth())
        self.charts.setSizePolicy(sizePolicy1)
        self.charts.setMinimumSize(QSize(0, 130))
        self.charts_layout = QHBoxLayout(self.charts)
        self.charts_layout.setObjectName(u"charts_layout")
        self.charts_layout.setContentsMargins(0, 0, 0, 0)
        self.decision_chart = BarChart(self.charts)
        self.decision_chart.setObjectName(u"decision_chart")

        self.charts_layout.addWidget(self.decision_chart)

        self.article_chart = BarChart(self.charts)
        self.article_chart.setObjectName(u"article_chart")

        self.charts_layout.addWidget(self.article_chart)

        self.vsplit.addWidget(self.charts)

        self.layout.addWidget(self.vsplit)

#if QT_CONFIG(shortcut)
        self.analysis_title.setBuddy(self.analysis)
        self.phrases_hint.setBuddy(self.phrases)
        self.similar_title.setBuddy(self.similar)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.unanswered_only, self.search)
        QWidget.setTabOrder(self.search, self.list)
        QWidget.setTabOrder(self.list, self.context)
        QWidget.setTabOrder(self.context, self.analysis)
        QWidget.setTabOrder(self.analysis, self.save_button)
        QWidget.setTabOrder(self.save_button, self.prev_button)
        QWidget.setTabOrder(self.prev_button, self.next_button)
        QWidget.setTabOrder(self.next_button, self.helpers)
        QWidget.setTabOrder(self.helpers, self.phrases)
        QWidget.setTabOrder(self.phrases, self.edit_phrases_button)
        QWidget.setTabOrder(self.edit_phrases_button, self.similar)

        self.retranslateUi(AnswerPage)

        self.save_button.setDefault(True)


        QMetaObject.connectSlotsByName(AnswerPage)
    # setupUi

    def retranslateUi(self, AnswerPage):
        self.unanswered_only.setText(QCoreApplication.translate("AnswerPage", u"\u53ea\u663e\u793a\u672a\u7b54\u590d", None))
        self.search.setPlaceholderText(QCoreApplication.translate("AnswerPage", u"\u641c\u7d22\u2026\u2026", None))
        self.decision_box.setTitle(QCoreApplication.translate("AnswerPage", u"\u5904\u7406\u60c5\u51b5\uff08Alt+1\u20268\uff09", None))
        self.analysis_title.setText(QCoreApplication.translate("AnswerPage", u"<b>\u5206\u6790\u53ca\u5904\u7406\u5efa\u8bae</b>", None))
        self.analysis.setPlaceholderText(QCoreApplication.translate("AnswerPage", u"\u5206\u6790\u53ca\u5904\u7406\u5efa\u8bae", None))
        self.save_button.setText(QCoreApplication.translate("AnswerPage", u"\u4fdd\u5b58\u7b54\u590d\uff08Ctrl+Enter\uff09", None))
        self.prev_button.setText(QCoreApplication.translate("AnswerPage", u"\u2191 \u4e0a\u4e00\u6761", None))
        self.next_button.setText(QCoreApplication.translate("AnswerPage", u"\u2193 \u4e0b\u4e00\u6761", None))
        self.phrases_hint.setText(QCoreApplication.translate("AnswerPage", u"Ctrl+Alt+\u6570\u5b57\u6216\u53cc\u51fb\uff0c\u63d2\u5165\u5230\u5149\u6807\u5904", None))
        self.edit_phrases_button.setText(QCoreApplication.translate("AnswerPage", u"\u7f16\u8f91\u5e38\u7528\u8bed\u2026", None))
#if QT_CONFIG(tooltip)
        self.phrases.setToolTip(QCoreApplication.translate("AnswerPage", u"\u53cc\u51fb\u6216\u6309 Ctrl+Alt+\u6570\u5b57 \u63d2\u5165\u5230\u5149\u6807\u5904", None))
#endif // QT_CONFIG(tooltip)
        self.helpers.setTabText(self.helpers.indexOf(self.phrases_page), QCoreApplication.translate("AnswerPage", u"\u5e38\u7528\u7b54\u590d\u8bed", None))
        self.similar_title.setText(QCoreApplication.translate("AnswerPage", u"\u52fe\u9009\u7684\u610f\u89c1\u5728\u4fdd\u5b58\u65f6\u5f97\u5230\u540c\u6837\u7684\u7b54\u590d", None))
#if QT_CONFIG(tooltip)
        self.similar.setToolTip(QCoreApplication.translate("AnswerPage", u"\u52fe\u9009\u7684\u610f\u89c1\u5728\u4fdd\u5b58\u65f6\u5f97\u5230\u540c\u6837\u7684\u7b54\u590d", None))
#endif // QT_CONFIG(tooltip)
        self.helpers.setTabText(self.helpers.indexOf(self.similar_page), QCoreApplication.translate("AnswerPage", u"\u76f8\u540c\u6216\u76f8\u8fd1\u7684\u610f\u89c1", None))
        self.decision_chart.setTitle(QCoreApplication.translate("AnswerPage", u"\u6309\u5904\u7406\u60c5\u51b5", None))
        self.article_chart.setTitle(QCoreApplication.translate("AnswerPage", u"\u6309\u6761\u6b3e\uff08\u610f\u89c1\u6761\u6570\uff09", None))
        pass
    # retranslateUi

