# Generated from forms/transcript_keymap.ui by tools/forms.py (pyside6-uic). Do not edit:
# change the form in Qt Designer (pyside6-designer), then run tools/forms.py.
# form-sha256: 11285bb0abd1c5e73e05e558b79db16eea9ccc3d87a80085fb0614a3777ef46a

# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QGridLayout, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QWidget)

class Ui_KeyMapPanel(object):
    def setupUi(self, KeyMapPanel):
        if not KeyMapPanel.objectName():
            KeyMapPanel.setObjectName(u"KeyMapPanel")
        KeyMapPanel.resize(340, 760)
        KeyMapPanel.setStyleSheet(u"QLabel[kbd=\"true\"] { background: #f3f4f6; border: 1px solid #c4c8ce; border-bottom-width: 2px; border-radius: 4px; padding: 1px 6px; font-family: monospace; font-weight: bold; color: #1f2937; }\n"
"QPushButton { text-align: left; border: none; padding: 2px 4px; font-size: 14px; }\n"
"QPushButton:hover { background: #e8eef8; }\n"
"QPushButton:disabled { color: #9ca3af; }\n"
"QLabel[section=\"true\"] { font-weight: bold; color: #374151; padding-top: 6px; }")
        self.grid = QGridLayout(KeyMapPanel)
        self.grid.setObjectName(u"grid")
        self.grid.setHorizontalSpacing(8)
        self.grid.setVerticalSpacing(2)
        self.grid.setContentsMargins(4, 4, 4, 4)
        self.section_speakers = QLabel(KeyMapPanel)
        self.section_speakers.setObjectName(u"section_speakers")
        self.section_speakers.setProperty(u"section", True)

        self.grid.addWidget(self.section_speakers, 0, 0, 1, 2)

        self.key_f1 = QLabel(KeyMapPanel)
        self.key_f1.setObjectName(u"key_f1")
        self.key_f1.setText(u"F1")
        self.key_f1.setAlignment(Qt.AlignCenter)
        self.key_f1.setProperty(u"kbd", True)

        self.grid.addWidget(self.key_f1, 1, 0, 1, 1)

        self.line_f1 = QPushButton(KeyMapPanel)
        self.line_f1.setObjectName(u"line_f1")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.line_f1.sizePolicy().hasHeightForWidth())
        self.line_f1.setSizePolicy(sizePolicy)
        self.line_f1.setFocusPolicy(Qt.NoFocus)
        self.line_f1.setFlat(True)

        self.grid.addWidget(self.line_f1, 1, 1, 1, 1)

        self.key_f2 = QLabel(KeyMapPanel)
        self.key_f2.setObjectName(u"key_f2")
        self.key_f2.setText(u"F2")
        self.key_f2.setAlignment(Qt.AlignCenter)
        self.key_f2.setProperty(u"kbd", True)

        self.grid.addWidget(self.key_f2, 2, 0, 1, 1)

        self.line_f2 = QPushButton(KeyMapPanel)
        self.line_f2.setObjectName(u"line_f2")
        sizePolicy.setHeightForWidth(self.line_f2.sizePolicy().hasHeightForWidth())
        self.line_f2.setSizePolicy(sizePolicy)
        self.line_f2.setFocusPolicy(Qt.NoFocus)
        self.line_f2.setFlat(True)

        self.grid.addWidget(self.line_f2, 2, 1, 1, 1)

        self.key_f3 = QLabel(KeyMapPanel)
        self.key_f3.setObjectName(u"key_f3")
        self.key_f3.setText(u"F3")
        self.key_f3.setAlignment(Qt.AlignCenter)
        self.key_f3.setProperty(u"kbd", True)

        self.grid.addWidget(self.key_f3, 3, 0, 1, 1)

        self.line_f3 = QPushButton(KeyMapPanel)
        self.line_f3.setObjectName(u"line_f3")
        sizePolicy.setHeightForWidth(self.line_f3.sizePolicy().hasHeightForWidth())
        self.line_f3.setSizePolicy(sizePolicy)
        self.line_f3.setFocusPolicy(Qt.NoFocus)
        self.line_f3.setFlat(True)

        self.grid.addWidget(self.line_f3, 3, 1, 1, 1)

        self.key_f4 = QLabel(KeyMapPanel)
        self.key_f4.setObjectName(u"key_f4")
        self.key_f4.setText(u"F4")
        self.key_f4.setAlignment(Qt.AlignCenter)
        self.key_f4.setProperty(u"kbd", True)

        self.grid.addWidget(self.key_f4, 4, 0, 1, 1)

        self.line_f4 = QPushButton(KeyMapPanel)
        self.line_f4.setObjectName(u"line_f4")
        sizePolicy.setHeightForWidth(self.line_f4.sizePolicy().hasHeightForWidth())
        self.line_f4.setSizePolicy(sizePolicy)
        self.line_f4.setFocusPolicy(Qt.NoFocus)
        self.line_f4.setFlat(True)

        self.grid.addWidget(self.line_f4, 4, 1, 1, 1)

        self.key_f6 = QLabel(KeyMapPanel)
        self.key_f6.setObjectName(u"key_f6")
        self.key_f6.setText(u"F6")
        self.key_f6.setAlignment(Qt.AlignCenter)
        self.key_f6.setProperty(u"kbd", True)

        self.grid.addWidget(self.key_f6, 5, 0, 1, 1)

        self.line_f6 = QPushButton(KeyMapPanel)
        self.line_f6.setObjectName(u"line_f6")
        sizePolicy.setHeightForWidth(self.line_f6.sizePolicy().hasHeightForWidth())
        self.line_f6.setSizePolicy(sizePolicy)
        self.line_f6.setFocusPolicy(Qt.NoFocus)
        self.line_f6.setFlat(True)

        self.grid.addWidget(self.line_f6, 5, 1, 1, 1)

        self.key_f5 = QLabel(KeyMapPanel)
        self.key_f5.setObjectName(u"key_f5")
        self.key_f5.setText(u"F5")
        self.key_f5.setAlignment(Qt.AlignCenter)
        self.key_f5.setProperty(u"kbd", True)

        self.grid.addWidget(self.key_f5, 6, 0, 1, 1)

        self.line_f5 = QPushButton(KeyMapPanel)
        self.line_f5.setObjectName(u"line_f5")
        sizePolicy.setHeightForWidth(self.line_f5.sizePolicy().hasHeightForWidth())
        self.line_f5.setSizePolicy(sizePolicy)
        self.line_f5.setFocusPolicy(Qt.NoFocus)
        self.line_f5.setFlat(True)

        self.grid.addWidget(self.line_f5, 6, 1, 1, 1)

        self.section_recording = QLabel(KeyMapPanel)
        self.section_recording.setObjectName(u"section_recording")
        self.section_recording.setProperty(u"section", True)

        self.grid.addWidget(self.section_recording, 7, 0, 1, 2)

        self.key_enter = QLabel(KeyMapPanel)
        self.key_enter.setObjectName(u"key_enter")
        self.key_enter.setText(u"Enter")
        self.key_enter.setAlignment(Qt.AlignCenter)
        self.key_enter.setProperty(u"kbd", True)

        self.grid.addWidget(self.key_enter, 8, 0, 1, 1)

        self.line_enter = QPushButton(KeyMapPanel)
        self.line_enter.setObjectName(u"line_enter")
        sizePolicy.setHeightForWidth(self.line_enter.sizePolicy().hasHeightForWidth())
        self.line_enter.setSizePolicy(sizePolicy)
        self.line_enter.setFocusPolicy(Qt.NoFocus)
        self.line_enter.setFlat(True)

        self.grid.addWidget(self.line_enter, 8, 1, 1, 1)

        self.key_shift_enter = QLabel(KeyMapPanel)
        self.key_shift_enter.setObjectName(u"key_shift_enter")
        self.key_shift_enter.setText(u"Shift+Enter")
        self.key_shift_enter.setAlignment(Qt.AlignCenter)
        self.key_shift_enter.setProperty(u"kbd", True)

        self.grid.addWidget(self.key_shift_enter, 9, 0, 1, 1)

        self.line_shift_enter = QPushButton(KeyMapPanel)
        self.line_shift_enter.setObjectName(u"line_shift_enter")
        self.line_shift_enter.setEnabled(False)
        sizePolicy.setHeightForWidth(self.line_shift_enter.sizePolicy().hasHeightForWidth())
        self.line_shift_enter.setSizePolicy(sizePolicy)
        self.line_shift_enter.setFocusPolicy(Qt.NoFocus)
        self.line_shift_enter.setFlat(True)

        self.grid.addWidget(self.line_shift_enter, 9, 1, 1, 1)

        self.key_f7 = QLabel(KeyMapPanel)
        self.key_f7.setObjectName(u"key_f7")
        self.key_f7.setText(u"F7")
        self.key_f7.setAlignment(Qt.AlignCenter)
        self.key_f7.setProperty(u"kbd", True)

        self.grid.addWidget(self.key_f7, 10, 0, 1, 1)

        self.line_f7 = QPushButton(KeyMapPanel)
        self.line_f7.setObjectName(u"line_f7")
        sizePolicy.setHeightForWidth(self.line_f7.sizePolicy().hasHeightForWidth())
        self.line_f7.setSizePolicy(sizePolicy)
        self.line_f7.setFocusPolicy(Qt.NoFocus)
        self.line_f7.setFlat(True)

        self.grid.addWidget(self.line_f7, 10, 1, 1, 1)

        self.key_f8 = QLabel(KeyMapPanel)
        self.key_f8.setObjectName(u"key_f8")
        self.key_f8.setText(u"F8")
        self.key_f8.setAlignment(Qt.AlignCenter)
        self.key_f8.setProperty(u"kbd", True)

        self.grid.addWidget(self.key_f8, 11, 0, 1, 1)

        self.line_f8 = QPushButton(KeyMapPanel)
        self.line_f8.setObjectName(u"line_f8")
        sizePolicy.setHeightForWidth(self.line_f8.sizePolicy().hasHeightForWidth())
        self.line_f8.setSizePolicy(sizePolicy)
        self.line_f8.setFocusPolicy(Qt.NoFocus)
        self.line_f8.setFlat(True)

        self.grid.addWidget(self.line_f8, 11, 1, 1, 1)

        self.key_ctrl_t = QLabel(KeyMapPanel)
        self.key_ctrl_t.setObjectName(u"key_ctrl_t")
        self.key_ctrl_t.setText(u"Ctrl+T")
        self.key_ctrl_t.setAlignment(Qt.AlignCenter)
        self.key_ctrl_t.setProperty(u"kbd", True)

        self.grid.addWidget(self.key_ctrl_t, 12, 0, 1, 1)

        self.line_ctrl_t = QPushButton(KeyMapPanel)
        self.line_ctrl_t.setObjectName(u"line_ctrl_t")
        sizePolicy.setHeightForWidth(self.line_ctrl_t.sizePolicy().hasHeightForWidth())
        self.line_ctrl_t.setSizePolicy(sizePolicy)
        self.line_ctrl_t.setFocusPolicy(Qt.NoFocus)
        self.line_ctrl_t.setFlat(True)

        self.grid.addWidget(self.line_ctrl_t, 12, 1, 1, 1)

        self.section_turns = QLabel(KeyMapPanel)
        self.section_turns.setObjectName(u"section_turns")
        self.section_turns.setProperty(u"section", True)

        self.grid.addWidget(self.section_turns, 13, 0, 1, 2)

        self.key_alt_updown = QLabel(KeyMapPanel)
        self.key_alt_updown.setObjectName(u"key_alt_updown")
        self.key_alt_updown.setText(u"Alt+\u2191\u2193")
        self.key_alt_updown.setAlignment(Qt.AlignCenter)
        self.key_alt_updown.setProperty(u"kbd", True)

        self.grid.addWidget(self.key_alt_updown, 14, 0, 1, 1)

        self.line_alt_updown = QPushButton(KeyMapPanel)
        self.line_alt_updown.setObjectName(u"line_alt_updown")
        self.line_alt_updown.setEnabled(False)
        sizePolicy.setHeightForWidth(self.line_alt_updown.sizePolicy().hasHeightForWidth())
        self.line_alt_updown.setSizePolicy(sizePolicy)
        self.line_alt_updown.setFocusPolicy(Qt.NoFocus)
        self.line_alt_updown.setFlat(True)

        self.grid.addWidget(self.line_alt_updown, 14, 1, 1, 1)

        self.key_ctrl_e = QLabel(KeyMapPanel)
        self.key_ctrl_e.setObjectName(u"key_ctrl_e")
        self.key_ctrl_e.setText(u"Ctrl+E")
        self.key_ctrl_e.setAlignment(Qt.AlignCenter)
        self.key_ctrl_e.setProperty(u"kbd", True)

        self.grid.addWidget(self.key_ctrl_e, 15, 0, 1, 1)

        self.line_ctrl_e = QPushButton(KeyMapPanel)
        self.line_ctrl_e.setObjectName(u"line_ctrl_e")
        sizePolicy.setHeightForWidth(self.line_ctrl_e.sizePolicy().hasHeightForWidth())
        self.line_ctrl_e.setSizePolicy(sizePolicy)
        self.line_ctrl_e.setFocusPolicy(Qt.NoFocus)
        self.line_ctrl_e.setFlat(True)

        self.grid.addWidget(self.line_ctrl_e, 15, 1, 1, 1)

        self.key_ctrl_m = QLabel(KeyMapPanel)
        self.key_ctrl_m.setObjectName(u"key_ctrl_m")
        self.key_ctrl_m.setText(u"Ctrl+M")
        self.key_ctrl_m.setAlignment(Qt.AlignCenter)
        self.key_ctrl_m.setProperty(u"kbd", True)

        self.grid.addWidget(self.key_ctrl_m, 16, 0, 1, 1)

        self.line_ctrl_m = QPushButton(KeyMapPanel)
        self.line_ctrl_m.setObjectName(u"line_ctrl_m")
        sizePolicy.setHeightForWidth(self.line_ctrl_m.sizePolicy().hasHeightForWidth())
        self.line_ctrl_m.setSizePolicy(sizePolicy)
        self.line_ctrl_m.setFocusPolicy(Qt.NoFocus)
        self.line_ctrl_m.setFlat(True)

        self.grid.addWidget(self.line_ctrl_m, 16, 1, 1, 1)

        self.key_ctrl_f = QLabel(KeyMapPanel)
        self.key_ctrl_f.setObjectName(u"key_ctrl_f")
        self.key_ctrl_f.setText(u"Ctrl+F")
        self.key_ctrl_f.setAlignment(Qt.AlignCenter)
        self.key_ctrl_f.setProperty(u"kbd", True)

        self.grid.addWidget(self.key_ctrl_f, 17, 0, 1, 1)

        self.line_ctrl_f = QPushButton(KeyMapPanel)
        self.line_ctrl_f.setObjectName(u"line_ctrl_f")
        sizePolicy.setHeightForWidth(self.line_ctrl_f.sizePolicy().hasHeightForWidth())
        self.line_ctrl_f.setSizePolicy(sizePolicy)
        self.line_ctrl_f.setFocusPolicy(Qt.NoFocus)
        self.line_ctrl_f.setFlat(True)

        self.grid.addWidget(self.line_ctrl_f, 17, 1, 1, 1)

        self.key_ctrl_z = QLabel(KeyMapPanel)
        self.key_ctrl_z.setObjectName(u"key_ctrl_z")
        self.key_ctrl_z.setText(u"Ctrl+Z")
        self.key_ctrl_z.setAlignment(Qt.AlignCenter)
        self.key_ctrl_z.setProperty(u"kbd", True)

        self.grid.addWidget(self.key_ctrl_z, 18, 0, 1, 1)

        self.line_ctrl_z = QPushButton(KeyMapPanel)
        self.line_ctrl_z.setObjectName(u"line_ctrl_z")
        sizePolicy.setHeightForWidth(self.line_ctrl_z.sizePolicy().hasHeightForWidth())
        self.line_ctrl_z.setSizePolicy(sizePolicy)
        self.line_ctrl_z.setFocusPolicy(Qt.NoFocus)
        self.line_ctrl_z.setFlat(True)

        self.grid.addWidget(self.line_ctrl_z, 18, 1, 1, 1)

        self.section_phrases = QLabel(KeyMapPanel)
        self.section_phrases.setObjectName(u"section_phrases")
        self.section_phrases.setProperty(u"section", True)

        self.grid.addWidget(self.section_phrases, 19, 0, 1, 2)

        self.key_alt_1 = QLabel(KeyMapPanel)
        self.key_alt_1.setObjectName(u"key_alt_1")
        self.key_alt_1.setText(u"Alt+1")
        self.key_alt_1.setAlignment(Qt.AlignCenter)
        self.key_alt_1.setProperty(u"kbd", True)

        self.grid.addWidget(self.key_alt_1, 20, 0, 1, 1)

        self.line_alt_1 = QPushButton(KeyMapPanel)
        self.line_alt_1.setObjectName(u"line_alt_1")
        sizePolicy.setHeightForWidth(self.line_alt_1.sizePolicy().hasHeightForWidth())
        self.line_alt_1.setSizePolicy(sizePolicy)
        self.line_alt_1.setFocusPolicy(Qt.NoFocus)
        self.line_alt_1.setFlat(True)

        self.grid.addWidget(self.line_alt_1, 20, 1, 1, 1)

        self.key_alt_2 = QLabel(KeyMapPanel)
        self.key_alt_2.setObjectName(u"key_alt_2")
        self.key_alt_2.setText(u"Alt+2")
        self.key_alt_2.setAlignment(Qt.AlignCenter)
        self.key_alt_2.setProperty(u"kbd", True)

        self.grid.addWidget(self.key_alt_2, 21, 0, 1, 1)

        self.line_alt_2 = QPushButton(KeyMapPanel)
        self.line_alt_2.setObjectName(u"line_alt_2")
        sizePolicy.setHeightForWidth(self.line_alt_2.sizePolicy().hasHeightForWidth())
        self.line_alt_2.setSizePolicy(sizePolicy)
        self.line_alt_2.setFocusPolicy(Qt.NoFocus)
        self.line_alt_2.setFlat(True)

        self.grid.addWidget(self.line_alt_2, 21, 1, 1, 1)

        self.key_alt_3 = QLabel(KeyMapPanel)
        self.key_alt_3.setObjectName(u"key_alt_3")
        self.key_alt_3.setText(u"Alt+3")
        self.key_alt_3.setAlignment(Qt.AlignCenter)
        self.key_alt_3.setProperty(u"kbd", True)

        self.grid.addWidget(self.key_alt_3, 22, 0, 1, 1)

        self.line_alt_3 = QPushButton(KeyMapPanel)
        self.line_alt_3.setObjectName(u"line_alt_3")
        sizePolicy.setHeightForWidth(self.line_alt_3.sizePolicy().hasHeightForWidth())
        self.line_alt_3.setSizePolicy(sizePolicy)
        self.line_alt_3.setFocusPolicy(Qt.NoFocus)
        self.line_alt_3.setFlat(True)

        self.grid.addWidget(self.line_alt_3, 22, 1, 1, 1)

        self.key_alt_4 = QLabel(KeyMapPanel)
        self.key_alt_4.setObjectName(u"key_alt_4")
        self.key_alt_4.setText(u"Alt+4")
        self.key_alt_4.setAlignment(Qt.AlignCenter)
        self.key_alt_4.setProperty(u"kbd", True)

        self.grid.addWidget(self.key_alt_4, 23, 0, 1, 1)

        self.line_alt_4 = QPushButton(KeyMapPanel)
        self.line_alt_4.setObjectName(u"line_alt_4")
        sizePolicy.setHeightForWidth(self.line_alt_4.sizePolicy().hasHeightForWidth())
        self.line_alt_4.setSizePolicy(sizePolicy)
        self.line_alt_4.setFocusPolicy(Qt.NoFocus)
        self.line_alt_4.setFlat(True)

        self.grid.addWidget(self.line_alt_4, 23, 1, 1, 1)

        self.key_alt_5 = QLabel(KeyMapPanel)
        self.key_alt_5.setObjectName(u"key_alt_5")
        self.key_alt_5.setText(u"Alt+5")
        self.key_alt_5.setAlignment(Qt.AlignCenter)
        self.key_alt_5.setProperty(u"kbd", True)

        self.grid.addWidget(self.key_alt_5, 24, 0, 1, 1)

        self.line_alt_5 = QPushButton(KeyMapPanel)
        self.line_alt_5.setObjectName(u"line_alt_5")
        sizePolicy.setHeightForWidth(self.line_alt_5.sizePolicy().hasHeightForWidth())
        self.line_alt_5.setSizePolicy(sizePolicy)
        self.line_alt_5.setFocusPolicy(Qt.NoFocus)
        self.line_alt_5.setFlat(True)

        self.grid.addWidget(self.line_alt_5, 24, 1, 1, 1)

        self.key_alt_6 = QLabel(KeyMapPanel)
        self.key_alt_6.setObjectName(u"key_alt_6")
        self.key_alt_6.setText(u"Alt+6")
        self.key_alt_6.setAlignment(Qt.AlignCenter)
        self.key_alt_6.setProperty(u"kbd", True)

        self.grid.addWidget(self.key_alt_6, 25, 0, 1, 1)

        self.line_alt_6 = QPushButton(KeyMapPanel)
        self.line_alt_6.setObjectName(u"line_alt_6")
        sizePolicy.setHeightForWidth(self.line_alt_6.sizePolicy().hasHeightForWidth())
        self.line_alt_6.setSizePolicy(sizePolicy)
        self.line_alt_6.setFocusPolicy(Qt.NoFocus)
        self.line_alt_6.setFlat(True)

        self.grid.addWidget(self.line_alt_6, 25, 1, 1, 1)

        self.key_alt_7 = QLabel(KeyMapPanel)
        self.key_alt_7.setObjectName(u"key_alt_7")
        self.key_alt_7.setText(u"Alt+7")
        self.key_alt_7.setAlignment(Qt.AlignCenter)
        self.key_alt_7.setProperty(u"kbd", True)

        self.grid.addWidget(self.key_alt_7, 26, 0, 1, 1)

        self.line_alt_7 = QPushButton(KeyMapPanel)
        self.line_alt_7.setObjectName(u"line_alt_7")
        sizePolicy.setHeightForWidth(self.line_alt_7.sizePolicy().hasHeightForWidth())
        self.line_alt_7.setSizePolicy(sizePolicy)
        self.line_alt_7.setFocusPolicy(Qt.NoFocus)
        self.line_alt_7.setFlat(True)

        self.grid.addWidget(self.line_alt_7, 26, 1, 1, 1)

        self.key_alt_8 = QLabel(KeyMapPanel)
        self.key_alt_8.setObjectName(u"key_alt_8")
        self.key_alt_8.setText(u"Alt+8")
        self.key_alt_8.setAlignment(Qt.AlignCenter)
        self.key_alt_8.setProperty(u"kbd", True)

        self.grid.addWidget(self.key_alt_8, 27, 0, 1, 1)

        self.line_alt_8 = QPushButton(KeyMapPanel)
        self.line_alt_8.setObjectName(u"line_alt_8")
        sizePolicy.setHeightForWidth(self.line_alt_8.sizePolicy().hasHeightForWidth())
        self.line_alt_8.setSizePolicy(sizePolicy)
        self.line_alt_8.setFocusPolicy(Qt.NoFocus)
        self.line_alt_8.setFlat(True)

        self.grid.addWidget(self.line_alt_8, 27, 1, 1, 1)

        self.key_alt_9 = QLabel(KeyMapPanel)
        self.key_alt_9.setObjectName(u"key_alt_9")
        self.key_alt_9.setText(u"Alt+9")
        self.key_alt_9.setAlignment(Qt.AlignCenter)
        self.key_alt_9.setProperty(u"kbd", True)

        self.grid.addWidget(self.key_alt_9, 28, 0, 1, 1)

        self.line_alt_9 = QPushButton(KeyMapPanel)
        self.line_alt_9.setObjectName(u"line_alt_9")
        sizePolicy.setHeightForWidth(self.line_alt_9.sizePolicy().hasHeightForWidth())
        self.line_alt_9.setSizePolicy(sizePolicy)
        self.line_alt_9.setFocusPolicy(Qt.NoFocus)
        self.line_alt_9.setFlat(True)

        self.grid.addWidget(self.line_alt_9, 28, 1, 1, 1)

        self.key_no_phrases = QLabel(KeyMapPanel)
        self.key_no_phrases.setObjectName(u"key_no_phrases")
        self.key_no_phrases.setVisible(False)
        self.key_no_phrases.setAlignment(Qt.AlignCenter)
        self.key_no_phrases.setProperty(u"kbd", True)

        self.grid.addWidget(self.key_no_phrases, 29, 0, 1, 1)

        self.line_no_phrases = QPushButton(KeyMapPanel)
        self.line_no_phrases.setObjectName(u"line_no_phrases")
        self.line_no_phrases.setEnabled(False)
        sizePolicy.setHeightForWidth(self.line_no_phrases.sizePolicy().hasHeightForWidth())
        self.line_no_phrases.setSizePolicy(sizePolicy)
        self.line_no_phrases.setFocusPolicy(Qt.NoFocus)
        self.line_no_phrases.setFlat(True)

        self.grid.addWidget(self.line_no_phrases, 29, 1, 1, 1)

        self.keymap_end = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.grid.addItem(self.keymap_end, 30, 0, 1, 2)

        self.grid.setRowStretch(30, 1)
        self.grid.setColumnStretch(1, 1)

        self.retranslateUi(KeyMapPanel)

        QMetaObject.connectSlotsByName(KeyMapPanel)
    # setupUi

    def retranslateUi(self, KeyMapPanel):
        self.section_speakers.setText(QCoreApplication.translate("KeyMapPanel", u"\u53d1\u8a00\u4eba\uff08\u4e00\u952e\u9009\u5b9a\uff09", None))
        self.line_f5.setText(QCoreApplication.translate("KeyMapPanel", u"\u53c2\u52a0\u4eba\u2026\u3000\u5e8f\u53f7/\u62fc\u97f3\u9996\u5b57\u6bcd", None))
        self.section_recording.setText(QCoreApplication.translate("KeyMapPanel", u"\u8bb0\u5f55", None))
        self.line_enter.setText(QCoreApplication.translate("KeyMapPanel", u"\u8bb0\u5165\u7b14\u5f55", None))
        self.line_shift_enter.setText(QCoreApplication.translate("KeyMapPanel", u"\u6362\u884c\uff08\u540c\u4e00\u6bb5\u5185\uff09", None))
        self.line_f7.setText(QCoreApplication.translate("KeyMapPanel", u"\u7a0b\u5e8f\u8bb0\u5f55\u2026\u3000\u4f11\u4f1a\u3001\u590d\u4f1a\u7b49", None))
        self.line_f8.setText(QCoreApplication.translate("KeyMapPanel", u"\u4e0b\u4e00\u9879\u8bae\u7a0b\uff08Shift+F8 \u4e0a\u4e00\u9879\uff09", None))
        self.line_ctrl_t.setText(QCoreApplication.translate("KeyMapPanel", u"\u91cd\u65b0\u8ba1\u65f6", None))
        self.section_turns.setText(QCoreApplication.translate("KeyMapPanel", u"\u5df2\u8bb0\u5f55\u7684\u53d1\u8a00", None))
        self.line_alt_updown.setText(QCoreApplication.translate("KeyMapPanel", u"\u9009\u62e9\u4e0a\u4e00\u6bb5 / \u4e0b\u4e00\u6bb5", None))
        self.line_ctrl_e.setText(QCoreApplication.translate("KeyMapPanel", u"\u4fee\u6539\u9009\u4e2d\u7684\u4e00\u6bb5", None))
        self.line_ctrl_m.setText(QCoreApplication.translate("KeyMapPanel", u"\u9009\u4e2d\u7684\u4e00\u6bb5\u6216\u6587\u5b57\u6807\u4e3a\u610f\u89c1", None))
        self.line_ctrl_f.setText(QCoreApplication.translate("KeyMapPanel", u"\u67e5\u627e", None))
        self.line_ctrl_z.setText(QCoreApplication.translate("KeyMapPanel", u"\u64a4\u9500\u4e0a\u4e00\u6b65\uff08\u8f93\u5165\u6216\u4fee\u6539\uff09", None))
        self.section_phrases.setText(QCoreApplication.translate("KeyMapPanel", u"\u5e38\u7528\u8bed\uff08Alt+\u6570\u5b57 \u63d2\u5165\uff09", None))
        self.line_no_phrases.setText(QCoreApplication.translate("KeyMapPanel", u"\uff08\u6ca1\u6709\u5e38\u7528\u8bed\uff0c\u70b9\u201c\u5e38\u7528\u8bed\u2026\u201d\u6dfb\u52a0\uff09", None))
        pass
    # retranslateUi

