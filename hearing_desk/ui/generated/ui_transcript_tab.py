# Generated from forms/transcript_tab.ui by tools/forms.py (pyside6-uic). Do not edit:
# change the form in Qt Designer (pyside6-designer), then run tools/forms.py.
# form-sha256: 427c5feefc14d35490032d53b65b16a43df4d12019e515c4cf1c1db8d408f5ab

# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QComboBox, QFrame, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QScrollArea,
    QSizePolicy, QSpacerItem, QSplitter, QStackedWidget,
    QToolButton, QVBoxLayout, QWidget)

from hearing_desk.ui.transcript.keymap import KeyMapPanel
from hearing_desk.ui.transcript.signoff import SignOffPanel
from hearing_desk.ui.transcript.typing_box import TypingBox
from hearing_desk.ui.transcript.view import TurnView
from hearing_desk.ui.transcript.widgets import (SearchBar, SpeakingTimer, StatusLine)

class Ui_TranscriptTab(object):
    def setupUi(self, TranscriptTab):
        if not TranscriptTab.objectName():
            TranscriptTab.setObjectName(u"TranscriptTab")
        TranscriptTab.resize(1240, 780)
        self.tab_layout = QVBoxLayout(TranscriptTab)
        self.tab_layout.setObjectName(u"tab_layout")
        self.top_bar = QHBoxLayout()
        self.top_bar.setObjectName(u"top_bar")
        self.agenda_label = QLabel(TranscriptTab)
        self.agenda_label.setObjectName(u"agenda_label")

        self.top_bar.addWidget(self.agenda_label)

        self.agenda = QComboBox(TranscriptTab)
        self.agenda.setObjectName(u"agenda")
        self.agenda.setMinimumSize(QSize(260, 0))
        self.agenda.setFocusPolicy(Qt.NoFocus)

        self.top_bar.addWidget(self.agenda)

        self.next_step = QPushButton(TranscriptTab)
        self.next_step.setObjectName(u"next_step")
        self.next_step.setFocusPolicy(Qt.NoFocus)

        self.top_bar.addWidget(self.next_step)

        self.before_lock_state = QSpacerItem(12, 0, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.top_bar.addItem(self.before_lock_state)

        self.lock_state = QLabel(TranscriptTab)
        self.lock_state.setObjectName(u"lock_state")

        self.top_bar.addWidget(self.lock_state)

        self.find_button = QPushButton(TranscriptTab)
        self.find_button.setObjectName(u"find_button")
        self.find_button.setFocusPolicy(Qt.NoFocus)

        self.top_bar.addWidget(self.find_button)

        self.phrases_button = QPushButton(TranscriptTab)
        self.phrases_button.setObjectName(u"phrases_button")
        self.phrases_button.setFocusPolicy(Qt.NoFocus)

        self.top_bar.addWidget(self.phrases_button)

        self.top_bar.setStretch(1, 1)

        self.tab_layout.addLayout(self.top_bar)

        self.banner = QLabel(TranscriptTab)
        self.banner.setObjectName(u"banner")
        self.banner.setVisible(False)
        self.banner.setWordWrap(True)

        self.tab_layout.addWidget(self.banner)

        self.split = QSplitter(TranscriptTab)
        self.split.setObjectName(u"split")
        self.split.setOrientation(Qt.Horizontal)
        self.split.setChildrenCollapsible(False)
        self.left = QSplitter(self.split)
        self.left.setObjectName(u"left")
        self.left.setOrientation(Qt.Vertical)
        self.left.setChildrenCollapsible(False)
        self.turns_pane = QWidget(self.left)
        self.turns_pane.setObjectName(u"turns_pane")
        self.turns_layout = QVBoxLayout(self.turns_pane)
        self.turns_layout.setObjectName(u"turns_layout")
        self.turns_layout.setContentsMargins(0, 0, 0, 0)
        self.search = SearchBar(self.turns_pane)
        self.search.setObjectName(u"search")
        self.search.setVisible(False)

        self.turns_layout.addWidget(self.search)

        self.empty_hint = QLabel(self.turns_pane)
        self.empty_hint.setObjectName(u"empty_hint")
        self.empty_hint.setStyleSheet(u"color: #6b7280; font-size: 15px; padding: 24px;")
        self.empty_hint.setAlignment(Qt.AlignCenter)
        self.empty_hint.setWordWrap(True)

        self.turns_layout.addWidget(self.empty_hint)

        self.turns = TurnView(self.turns_pane)
        self.turns.setObjectName(u"turns")

        self.turns_layout.addWidget(self.turns)

        self.turns_layout.setStretch(2, 1)
        self.left.addWidget(self.turns_pane)
        self.typing_pane = QWidget(self.left)
        self.typing_pane.setObjectName(u"typing_pane")
        self.typing_layout = QVBoxLayout(self.typing_pane)
        self.typing_layout.setObjectName(u"typing_layout")
        self.typing_layout.setContentsMargins(0, 0, 0, 0)
        self.speaker_line = StatusLine(self.typing_pane)
        self.speaker_line.setObjectName(u"speaker_line")

        self.typing_layout.addWidget(self.speaker_line)

        self.typing = TypingBox(self.typing_pane)
        self.typing.setObjectName(u"typing")
        self.typing.setMinimumSize(QSize(0, 90))
        self.typing.setTabChangesFocus(True)

        self.typing_layout.addWidget(self.typing)

        self.typing_layout.setStretch(1, 1)
        self.left.addWidget(self.typing_pane)
        self.split.addWidget(self.left)
        self.right = QWidget(self.split)
        self.right.setObjectName(u"right")
        self.right.setStyleSheet(u"#record_mode, #signoff_mode { border: 1px solid #9aa5b1; padding: 5px; font-size: 14px; background: #f3f4f6; }\n"
"#record_mode:checked, #signoff_mode:checked { background: #1f4e8c; color: white; font-weight: bold; }")
        self.right_layout = QVBoxLayout(self.right)
        self.right_layout.setObjectName(u"right_layout")
        self.right_layout.setContentsMargins(0, 0, 0, 0)
        self.mode_row = QHBoxLayout()
        self.mode_row.setSpacing(0)
        self.mode_row.setObjectName(u"mode_row")
        self.record_mode = QToolButton(self.right)
        self.record_mode.setObjectName(u"record_mode")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.record_mode.sizePolicy().hasHeightForWidth())
        self.record_mode.setSizePolicy(sizePolicy)
        self.record_mode.setMinimumSize(QSize(0, 30))
        self.record_mode.setFocusPolicy(Qt.NoFocus)
        self.record_mode.setCheckable(True)
        self.record_mode.setChecked(True)
        self.record_mode.setAutoExclusive(True)
        self.record_mode.setToolButtonStyle(Qt.ToolButtonTextOnly)

        self.mode_row.addWidget(self.record_mode)

        self.signoff_mode = QToolButton(self.right)
        self.signoff_mode.setObjectName(u"signoff_mode")
        sizePolicy.setHeightForWidth(self.signoff_mode.sizePolicy().hasHeightForWidth())
        self.signoff_mode.setSizePolicy(sizePolicy)
        self.signoff_mode.setMinimumSize(QSize(0, 30))
        self.signoff_mode.setFocusPolicy(Qt.NoFocus)
        self.signoff_mode.setCheckable(True)
        self.signoff_mode.setAutoExclusive(True)
        self.signoff_mode.setToolButtonStyle(Qt.ToolButtonTextOnly)

        self.mode_row.addWidget(self.signoff_mode)


        self.right_layout.addLayout(self.mode_row)

        self.pages = QStackedWidget(self.right)
        self.pages.setObjectName(u"pages")
        self.record_page = QWidget()
        self.record_page.setObjectName(u"record_page")
        self.record_layout = QVBoxLayout(self.record_page)
        self.record_layout.setObjectName(u"record_layout")
        self.record_layout.setContentsMargins(0, 0, 0, 0)
        self.timer = SpeakingTimer(self.record_page)
        self.timer.setObjectName(u"timer")

        self.record_layout.addWidget(self.timer)

        self.keymap_scroll = QScrollArea(self.record_page)
        self.keymap_scroll.setObjectName(u"keymap_scroll")
        self.keymap_scroll.setFocusPolicy(Qt.NoFocus)
        self.keymap_scroll.setFrameShape(QFrame.NoFrame)
        self.keymap_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.keymap_scroll.setWidgetResizable(True)
        self.keymap = KeyMapPanel()
        self.keymap.setObjectName(u"keymap")
        self.keymap_scroll.setWidget(self.keymap)

        self.record_layout.addWidget(self.keymap_scroll)

        self.record_layout.setStretch(1, 1)
        self.pages.addWidget(self.record_page)
        self.signoff = SignOffPanel()
        self.signoff.setObjectName(u"signoff")
        self.pages.addWidget(self.signoff)

        self.right_layout.addWidget(self.pages)

        self.right_layout.setStretch(1, 1)
        self.split.addWidget(self.right)

        self.tab_layout.addWidget(self.split)

        self.tab_layout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.agenda_label.setBuddy(self.agenda)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.typing, self.search)
        QWidget.setTabOrder(self.search, self.turns)

        self.retranslateUi(TranscriptTab)

        self.pages.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(TranscriptTab)
    # setupUi

    def retranslateUi(self, TranscriptTab):
        self.agenda_label.setText(QCoreApplication.translate("TranscriptTab", u"\u8bae\u7a0b\uff1a", None))
#if QT_CONFIG(tooltip)
        self.agenda.setToolTip(QCoreApplication.translate("TranscriptTab", u"\u5f53\u524d\u8bae\u7a0b\u6b65\u9aa4\uff0c\u8bb0\u5165\u6bcf\u6bb5\u53d1\u8a00\uff08F8 \u4e0b\u4e00\u6b65\uff0cShift+F8 \u4e0a\u4e00\u6b65\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.next_step.setText(QCoreApplication.translate("TranscriptTab", u"\u4e0b\u4e00\u6b65 F8", None))
        self.find_button.setText(QCoreApplication.translate("TranscriptTab", u"\u67e5\u627e Ctrl+F", None))
        self.phrases_button.setText(QCoreApplication.translate("TranscriptTab", u"\u5e38\u7528\u8bed\u2026", None))
        self.empty_hint.setText(QCoreApplication.translate("TranscriptTab", u"\u8fd8\u6ca1\u6709\u53d1\u8a00\u8bb0\u5f55\u3002\u9009\u5b9a\u53d1\u8a00\u4eba\uff08F1 \u4e3b\u6301\u4eba\u3001F5 \u53c2\u52a0\u4eba\u2026\uff09\uff0c\u5728\u4e0b\u65b9\u8f93\u5165\uff0c\u6309\u56de\u8f66\u8bb0\u5165\u7b14\u5f55\u3002", None))
        self.record_mode.setText(QCoreApplication.translate("TranscriptTab", u"\u73b0\u573a\u8bb0\u5f55", None))
        self.signoff_mode.setText(QCoreApplication.translate("TranscriptTab", u"\u6838\u5bf9\u7b7e\u5b57", None))
        pass
    # retranslateUi

