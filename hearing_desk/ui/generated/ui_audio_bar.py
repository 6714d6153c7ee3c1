# Generated from forms/audio_bar.ui by tools/forms.py (pyside6-uic). Do not edit:
# change the form in Qt Designer (pyside6-designer), then run tools/forms.py.
# form-sha256: fcfb1284d432a0dd0edabb6e12d494d92356371013fce85687051575241e12c3

# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QComboBox, QFrame, QHBoxLayout,
    QLabel, QProgressBar, QSizePolicy, QSpacerItem,
    QToolButton, QVBoxLayout, QWidget)

class Ui_AudioBar(object):
    def setupUi(self, AudioBar):
        if not AudioBar.objectName():
            AudioBar.setObjectName(u"AudioBar")
        AudioBar.setFrameShape(QFrame.StyledPanel)
        self.rows = QVBoxLayout(AudioBar)
        self.rows.setSpacing(2)
        self.rows.setObjectName(u"rows")
        self.rows.setContentsMargins(4, 2, 4, 2)
        self.recordRow = QHBoxLayout()
        self.recordRow.setObjectName(u"recordRow")
        self.recordTitle = QLabel(AudioBar)
        self.recordTitle.setObjectName(u"recordTitle")
        self.recordTitle.setStyleSheet(u"font-weight: bold;")

        self.recordRow.addWidget(self.recordTitle)

        self.inputCombo = QComboBox(AudioBar)
        self.inputCombo.setObjectName(u"inputCombo")
        self.inputCombo.setFocusPolicy(Qt.NoFocus)
        self.inputCombo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.inputCombo.setMinimumContentsLength(14)

        self.recordRow.addWidget(self.inputCombo)

        self.levelMeter = QProgressBar(AudioBar)
        self.levelMeter.setObjectName(u"levelMeter")
        self.levelMeter.setMaximum(100)
        self.levelMeter.setValue(0)
        self.levelMeter.setTextVisible(False)
        self.levelMeter.setMaximumSize(QSize(110, 12))
        self.levelMeter.setMinimumSize(QSize(80, 10))

        self.recordRow.addWidget(self.levelMeter)

        self.recordButton = QToolButton(AudioBar)
        self.recordButton.setObjectName(u"recordButton")
        self.recordButton.setFocusPolicy(Qt.NoFocus)
        self.recordButton.setAutoRaise(False)
        self.recordButton.setToolButtonStyle(Qt.ToolButtonTextOnly)

        self.recordRow.addWidget(self.recordButton)

        self.pauseButton = QToolButton(AudioBar)
        self.pauseButton.setObjectName(u"pauseButton")
        self.pauseButton.setFocusPolicy(Qt.NoFocus)
        self.pauseButton.setAutoRaise(False)
        self.pauseButton.setToolButtonStyle(Qt.ToolButtonTextOnly)
        self.pauseButton.setCheckable(True)

        self.recordRow.addWidget(self.pauseButton)

        self.stopButton = QToolButton(AudioBar)
        self.stopButton.setObjectName(u"stopButton")
        self.stopButton.setFocusPolicy(Qt.NoFocus)
        self.stopButton.setAutoRaise(False)
        self.stopButton.setToolButtonStyle(Qt.ToolButtonTextOnly)

        self.recordRow.addWidget(self.stopButton)

        self.recordTime = QLabel(AudioBar)
        self.recordTime.setObjectName(u"recordTime")
        self.recordTime.setText(u"--:--")

        self.recordRow.addWidget(self.recordTime)

        self.recordSpacer = QSpacerItem(8, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.recordRow.addItem(self.recordSpacer)

        self.recordState = QLabel(AudioBar)
        self.recordState.setObjectName(u"recordState")

        self.recordRow.addWidget(self.recordState)


        self.rows.addLayout(self.recordRow)

        self.listenRow = QHBoxLayout()
        self.listenRow.setObjectName(u"listenRow")
        self.listenTitle = QLabel(AudioBar)
        self.listenTitle.setObjectName(u"listenTitle")
        self.listenTitle.setStyleSheet(u"font-weight: bold;")

        self.listenRow.addWidget(self.listenTitle)

        self.recordingCombo = QComboBox(AudioBar)
        self.recordingCombo.setObjectName(u"recordingCombo")
        self.recordingCombo.setFocusPolicy(Qt.NoFocus)
        self.recordingCombo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.recordingCombo.setMinimumContentsLength(10)

        self.listenRow.addWidget(self.recordingCombo)

        self.playTurnButton = QToolButton(AudioBar)
        self.playTurnButton.setObjectName(u"playTurnButton")
        self.playTurnButton.setFocusPolicy(Qt.NoFocus)
        self.playTurnButton.setAutoRaise(False)
        self.playTurnButton.setToolButtonStyle(Qt.ToolButtonTextOnly)

        self.listenRow.addWidget(self.playTurnButton)

        self.playButton = QToolButton(AudioBar)
        self.playButton.setObjectName(u"playButton")
        self.playButton.setFocusPolicy(Qt.NoFocus)
        self.playButton.setAutoRaise(False)
        self.playButton.setToolButtonStyle(Qt.ToolButtonTextOnly)

        self.listenRow.addWidget(self.playButton)

        self.backButton = QToolButton(AudioBar)
        self.backButton.setObjectName(u"backButton")
        self.backButton.setFocusPolicy(Qt.NoFocus)
        self.backButton.setAutoRaise(False)
        self.backButton.setToolButtonStyle(Qt.ToolButtonTextOnly)

        self.listenRow.addWidget(self.backButton)

        self.forwardButton = QToolButton(AudioBar)
        self.forwardButton.setObjectName(u"forwardButton")
        self.forwardButton.setFocusPolicy(Qt.NoFocus)
        self.forwardButton.setAutoRaise(False)
        self.forwardButton.setToolButtonStyle(Qt.ToolButtonTextOnly)

        self.listenRow.addWidget(self.forwardButton)

        self.speedCombo = QComboBox(AudioBar)
        self.speedCombo.setObjectName(u"speedCombo")
        self.speedCombo.setFocusPolicy(Qt.NoFocus)

        self.listenRow.addWidget(self.speedCombo)

        self.positionLabel = QLabel(AudioBar)
        self.positionLabel.setObjectName(u"positionLabel")
        self.positionLabel.setText(u"--:--")

        self.listenRow.addWidget(self.positionLabel)

        self.listenSpacer = QSpacerItem(8, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.listenRow.addItem(self.listenSpacer)

        self.insertButton = QToolButton(AudioBar)
        self.insertButton.setObjectName(u"insertButton")
        self.insertButton.setFocusPolicy(Qt.NoFocus)
        self.insertButton.setAutoRaise(False)
        self.insertButton.setToolButtonStyle(Qt.ToolButtonTextOnly)

        self.listenRow.addWidget(self.insertButton)

        self.optionsButton = QToolButton(AudioBar)
        self.optionsButton.setObjectName(u"optionsButton")
        self.optionsButton.setFocusPolicy(Qt.NoFocus)
        self.optionsButton.setAutoRaise(False)
        self.optionsButton.setToolButtonStyle(Qt.ToolButtonTextOnly)

        self.listenRow.addWidget(self.optionsButton)


        self.rows.addLayout(self.listenRow)


        self.retranslateUi(AudioBar)

        QMetaObject.connectSlotsByName(AudioBar)
    # setupUi

    def retranslateUi(self, AudioBar):
        self.recordTitle.setText(QCoreApplication.translate("AudioBar", u"\u5f55\u97f3", None))
#if QT_CONFIG(tooltip)
        self.inputCombo.setToolTip(QCoreApplication.translate("AudioBar", u"\u5f55\u97f3\u7528\u7684\u9ea6\u514b\u98ce\uff1b\u9009\u201c\u4e0d\u5f55\u97f3\u201d\u5219\u4e0d\u5f55", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.levelMeter.setToolTip(QCoreApplication.translate("AudioBar", u"\u9ea6\u514b\u98ce\u97f3\u91cf", None))
#endif // QT_CONFIG(tooltip)
        self.recordButton.setText(QCoreApplication.translate("AudioBar", u"\u25cf \u5f00\u59cb\u5f55\u97f3", None))
#if QT_CONFIG(tooltip)
        self.recordButton.setToolTip(QCoreApplication.translate("AudioBar", u"\u5f00\u59cb\u5f55\u97f3\uff08\u5f55\u97f3\u4e0e\u6bcf\u6bb5\u53d1\u8a00\u7684\u4f4d\u7f6e\u76f8\u8fde\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.pauseButton.setText(QCoreApplication.translate("AudioBar", u"\u6682\u505c", None))
#if QT_CONFIG(tooltip)
        self.pauseButton.setToolTip(QCoreApplication.translate("AudioBar", u"\u6682\u505c\u5f55\u97f3\uff1b\u518d\u6309\u7ee7\u7eed", None))
#endif // QT_CONFIG(tooltip)
        self.stopButton.setText(QCoreApplication.translate("AudioBar", u"\u25a0 \u505c\u6b62", None))
#if QT_CONFIG(tooltip)
        self.stopButton.setToolTip(QCoreApplication.translate("AudioBar", u"\u505c\u6b62\u5f55\u97f3\u5e76\u538b\u7f29\u4fdd\u5b58\uff08FLAC\uff09", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.recordTime.setToolTip(QCoreApplication.translate("AudioBar", u"\u5df2\u5f55\u65f6\u957f", None))
#endif // QT_CONFIG(tooltip)
        self.recordState.setText("")
        self.listenTitle.setText(QCoreApplication.translate("AudioBar", u"\u542c\u97f3", None))
#if QT_CONFIG(tooltip)
        self.recordingCombo.setToolTip(QCoreApplication.translate("AudioBar", u"\u8981\u542c\u7684\u5f55\u97f3", None))
#endif // QT_CONFIG(tooltip)
        self.playTurnButton.setText(QCoreApplication.translate("AudioBar", u"\u25b6 \u672c\u6bb5 F9", None))
#if QT_CONFIG(tooltip)
        self.playTurnButton.setToolTip(QCoreApplication.translate("AudioBar", u"\u4ece\u5f53\u524d\u4e00\u6bb5\u7684\u5f00\u5934\u64ad\u653e\u8fd9\u4e00\u6bb5\uff08F9\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.playButton.setText(QCoreApplication.translate("AudioBar", u"\u64ad\u653e/\u6682\u505c F10", None))
#if QT_CONFIG(tooltip)
        self.playButton.setToolTip(QCoreApplication.translate("AudioBar", u"\u64ad\u653e\u6216\u6682\u505c\uff1b\u7ee7\u7eed\u64ad\u653e\u65f6\u5148\u9000\u56de\u51e0\u79d2\uff08F10\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.backButton.setText(QCoreApplication.translate("AudioBar", u"\u221210\u79d2 F11", None))
#if QT_CONFIG(tooltip)
        self.backButton.setToolTip(QCoreApplication.translate("AudioBar", u"\u540e\u9000 10 \u79d2\uff08F11\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.forwardButton.setText(QCoreApplication.translate("AudioBar", u"+10\u79d2 F12", None))
#if QT_CONFIG(tooltip)
        self.forwardButton.setToolTip(QCoreApplication.translate("AudioBar", u"\u524d\u8fdb 10 \u79d2\uff08F12\uff09", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.speedCombo.setToolTip(QCoreApplication.translate("AudioBar", u"\u64ad\u653e\u901f\u5ea6\uff08Shift+F11 \u6162\u4e00\u6863\uff0cShift+F12 \u5feb\u4e00\u6863\uff09", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.positionLabel.setToolTip(QCoreApplication.translate("AudioBar", u"\u64ad\u653e\u4f4d\u7f6e", None))
#endif // QT_CONFIG(tooltip)
        self.insertButton.setText(QCoreApplication.translate("AudioBar", u"\u8865\u8bb0\u5230\u6b64\u5904 Ctrl+I", None))
#if QT_CONFIG(tooltip)
        self.insertButton.setToolTip(QCoreApplication.translate("AudioBar", u"\u628a\u8f93\u5165\u6846\u4e2d\u7684\u53d1\u8a00\u6309\u5f55\u97f3\u4e2d\u7684\u4f4d\u7f6e\u63d2\u5165\u7b14\u5f55\uff08Ctrl+I\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.optionsButton.setText(QCoreApplication.translate("AudioBar", u"\u8bbe\u7f6e\u2026", None))
#if QT_CONFIG(tooltip)
        self.optionsButton.setToolTip(QCoreApplication.translate("AudioBar", u"\u6253\u5b57\u5ef6\u8fdf\u3001\u7ee7\u7eed\u64ad\u653e\u65f6\u9000\u56de\u7684\u79d2\u6570", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

