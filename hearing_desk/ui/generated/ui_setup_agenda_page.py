# Generated from forms/setup_agenda_page.ui by tools/forms.py (pyside6-uic). Do not edit:
# change the form in Qt Designer (pyside6-designer), then run tools/forms.py.
# form-sha256: 824560c854d20cbeeddcd8b57eec1378fa9bd379aa44b4e1d4e80988b750df46

# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QFormLayout,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QSpinBox, QTableView, QVBoxLayout, QWidget)

class Ui_AgendaPage(object):
    def setupUi(self, AgendaPage):
        if not AgendaPage.objectName():
            AgendaPage.setObjectName(u"AgendaPage")
        AgendaPage.resize(960, 640)
        self.layout = QHBoxLayout(AgendaPage)
        self.layout.setObjectName(u"layout")
        self.layout.setContentsMargins(12, 12, 12, 12)
        self.agenda_box = QGroupBox(AgendaPage)
        self.agenda_box.setObjectName(u"agenda_box")
        self.agendaLayout = QVBoxLayout(self.agenda_box)
        self.agendaLayout.setObjectName(u"agendaLayout")
        self.agendaHint = QLabel(self.agenda_box)
        self.agendaHint.setObjectName(u"agendaHint")
        self.agendaHint.setStyleSheet(u"color: palette(placeholder-text);")
        self.agendaHint.setWordWrap(True)

        self.agendaLayout.addWidget(self.agendaHint)

        self.view = QTableView(self.agenda_box)
        self.view.setObjectName(u"view")
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.verticalHeader().setVisible(False)

        self.agendaLayout.addWidget(self.view)

        self.addBar = QHBoxLayout()
        self.addBar.setObjectName(u"addBar")
        self.new_step = QLineEdit(self.agenda_box)
        self.new_step.setObjectName(u"new_step")

        self.addBar.addWidget(self.new_step)

        self.add_step_button = QPushButton(self.agenda_box)
        self.add_step_button.setObjectName(u"add_step_button")

        self.addBar.addWidget(self.add_step_button)

        self.addBar.setStretch(0, 1)

        self.agendaLayout.addLayout(self.addBar)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.up_button = QPushButton(self.agenda_box)
        self.up_button.setObjectName(u"up_button")

        self.buttons.addWidget(self.up_button)

        self.down_button = QPushButton(self.agenda_box)
        self.down_button.setObjectName(u"down_button")

        self.buttons.addWidget(self.down_button)

        self.delete_button = QPushButton(self.agenda_box)
        self.delete_button.setObjectName(u"delete_button")

        self.buttons.addWidget(self.delete_button)

        self.buttonsSpace = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.buttonsSpace)

        self.default_button = QPushButton(self.agenda_box)
        self.default_button.setObjectName(u"default_button")

        self.buttons.addWidget(self.default_button)

        self.buttons.setStretch(3, 1)

        self.agendaLayout.addLayout(self.buttons)

        self.agendaLayout.setStretch(1, 1)

        self.layout.addWidget(self.agenda_box)

        self.settings_box = QGroupBox(AgendaPage)
        self.settings_box.setObjectName(u"settings_box")
        self.settingsForm = QFormLayout(self.settings_box)
        self.settingsForm.setObjectName(u"settingsForm")
        self.settingsForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.settingsForm.setVerticalSpacing(10)
        self.speakingLabel = QLabel(self.settings_box)
        self.speakingLabel.setObjectName(u"speakingLabel")

        self.settingsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.speakingLabel)

        self.speakingField = QWidget(self.settings_box)
        self.speakingField.setObjectName(u"speakingField")
        self.speakingFieldLayout = QVBoxLayout(self.speakingField)
        self.speakingFieldLayout.setSpacing(2)
        self.speakingFieldLayout.setObjectName(u"speakingFieldLayout")
        self.speakingFieldLayout.setContentsMargins(0, 0, 0, 0)
        self.speakingFieldLine = QHBoxLayout()
        self.speakingFieldLine.setObjectName(u"speakingFieldLine")
        self.speaking = QSpinBox(self.speakingField)
        self.speaking.setObjectName(u"speaking")
        self.speaking.setMinimumSize(QSize(72, 0))
        self.speaking.setMaximumSize(QSize(130, 16777215))
        self.speaking.setKeyboardTracking(False)
        self.speaking.setMinimum(1)
        self.speaking.setMaximum(120)

        self.speakingFieldLine.addWidget(self.speaking)

        self.speakingSpace = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.speakingFieldLine.addItem(self.speakingSpace)

        self.speakingFieldLine.setStretch(1, 1)

        self.speakingFieldLayout.addLayout(self.speakingFieldLine)

        self.speakingHint = QLabel(self.speakingField)
        self.speakingHint.setObjectName(u"speakingHint")
        self.speakingHint.setStyleSheet(u"color: palette(placeholder-text);")
        self.speakingHint.setWordWrap(True)

        self.speakingFieldLayout.addWidget(self.speakingHint)


        self.settingsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.speakingField)

        self.quorumLabel = QLabel(self.settings_box)
        self.quorumLabel.setObjectName(u"quorumLabel")

        self.settingsForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.quorumLabel)

        self.quorumField = QWidget(self.settings_box)
        self.quorumField.setObjectName(u"quorumField")
        self.quorumFieldLayout = QVBoxLayout(self.quorumField)
        self.quorumFieldLayout.setSpacing(2)
        self.quorumFieldLayout.setObjectName(u"quorumFieldLayout")
        self.quorumFieldLayout.setContentsMargins(0, 0, 0, 0)
        self.quorumFieldLine = QHBoxLayout()
        self.quorumFieldLine.setObjectName(u"quorumFieldLine")
        self.quorumRow = QWidget(self.quorumField)
        self.quorumRow.setObjectName(u"quorumRow")
        self.quorumRowLayout = QHBoxLayout(self.quorumRow)
        self.quorumRowLayout.setObjectName(u"quorumRowLayout")
        self.quorumRowLayout.setContentsMargins(0, 0, 0, 0)
        self.quorumOf = QLabel(self.quorumRow)
        self.quorumOf.setObjectName(u"quorumOf")

        self.quorumRowLayout.addWidget(self.quorumOf)

        self.numerator = QSpinBox(self.quorumRow)
        self.numerator.setObjectName(u"numerator")
        self.numerator.setMinimumSize(QSize(72, 0))
        self.numerator.setMaximumSize(QSize(130, 16777215))
        self.numerator.setKeyboardTracking(False)
        self.numerator.setMinimum(0)
        self.numerator.setMaximum(99)

        self.quorumRowLayout.addWidget(self.numerator)

        self.quorumSlash = QLabel(self.quorumRow)
        self.quorumSlash.setObjectName(u"quorumSlash")
        self.quorumSlash.setText(u"/")

        self.quorumRowLayout.addWidget(self.quorumSlash)

        self.denominator = QSpinBox(self.quorumRow)
        self.denominator.setObjectName(u"denominator")
        self.denominator.setMinimumSize(QSize(72, 0))
        self.denominator.setMaximumSize(QSize(130, 16777215))
        self.denominator.setKeyboardTracking(False)
        self.denominator.setMinimum(1)
        self.denominator.setMaximum(99)

        self.quorumRowLayout.addWidget(self.denominator)

        self.quorumSpace = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.quorumRowLayout.addItem(self.quorumSpace)

        self.quorumRowLayout.setStretch(4, 1)

        self.quorumFieldLine.addWidget(self.quorumRow)

        self.quorumRowSpace = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.quorumFieldLine.addItem(self.quorumRowSpace)

        self.quorumFieldLine.setStretch(1, 1)

        self.quorumFieldLayout.addLayout(self.quorumFieldLine)

        self.quorum_text = QLabel(self.quorumField)
        self.quorum_text.setObjectName(u"quorum_text")
        self.quorum_text.setStyleSheet(u"color: palette(placeholder-text);")
        self.quorum_text.setWordWrap(True)

        self.quorumFieldLayout.addWidget(self.quorum_text)


        self.settingsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.quorumField)

        self.materialsLabel = QLabel(self.settings_box)
        self.materialsLabel.setObjectName(u"materialsLabel")

        self.settingsForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.materialsLabel)

        self.materialsField = QWidget(self.settings_box)
        self.materialsField.setObjectName(u"materialsField")
        self.materialsFieldLayout = QVBoxLayout(self.materialsField)
        self.materialsFieldLayout.setSpacing(2)
        self.materialsFieldLayout.setObjectName(u"materialsFieldLayout")
        self.materialsFieldLayout.setContentsMargins(0, 0, 0, 0)
        self.materialsFieldLine = QHBoxLayout()
        self.materialsFieldLine.setObjectName(u"materialsFieldLine")
        self.materials = QSpinBox(self.materialsField)
        self.materials.setObjectName(u"materials")
        self.materials.setMinimumSize(QSize(72, 0))
        self.materials.setMaximumSize(QSize(130, 16777215))
        self.materials.setKeyboardTracking(False)
        self.materials.setMinimum(0)
        self.materials.setMaximum(365)

        self.materialsFieldLine.addWidget(self.materials)

        self.materialsSpace = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.materialsFieldLine.addItem(self.materialsSpace)

        self.materialsFieldLine.setStretch(1, 1)

        self.materialsFieldLayout.addLayout(self.materialsFieldLine)

        self.materialsHint = QLabel(self.materialsField)
        self.materialsHint.setObjectName(u"materialsHint")
        self.materialsHint.setStyleSheet(u"color: palette(placeholder-text);")
        self.materialsHint.setWordWrap(True)

        self.materialsFieldLayout.addWidget(self.materialsHint)


        self.settingsForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.materialsField)

        self.deadlineLabel = QLabel(self.settings_box)
        self.deadlineLabel.setObjectName(u"deadlineLabel")

        self.settingsForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.deadlineLabel)

        self.deadlineField = QWidget(self.settings_box)
        self.deadlineField.setObjectName(u"deadlineField")
        self.deadlineFieldLayout = QVBoxLayout(self.deadlineField)
        self.deadlineFieldLayout.setSpacing(2)
        self.deadlineFieldLayout.setObjectName(u"deadlineFieldLayout")
        self.deadlineFieldLayout.setContentsMargins(0, 0, 0, 0)
        self.deadlineFieldLine = QHBoxLayout()
        self.deadlineFieldLine.setObjectName(u"deadlineFieldLine")
        self.deadline = QSpinBox(self.deadlineField)
        self.deadline.setObjectName(u"deadline")
        self.deadline.setMinimumSize(QSize(72, 0))
        self.deadline.setMaximumSize(QSize(130, 16777215))
        self.deadline.setKeyboardTracking(False)
        self.deadline.setMinimum(1)
        self.deadline.setMaximum(365)

        self.deadlineFieldLine.addWidget(self.deadline)

        self.deadlineSpace = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.deadlineFieldLine.addItem(self.deadlineSpace)

        self.deadlineFieldLine.setStretch(1, 1)

        self.deadlineFieldLayout.addLayout(self.deadlineFieldLine)

        self.deadlineHint = QLabel(self.deadlineField)
        self.deadlineHint.setObjectName(u"deadlineHint")
        self.deadlineHint.setStyleSheet(u"color: palette(placeholder-text);")
        self.deadlineHint.setWordWrap(True)

        self.deadlineFieldLayout.addWidget(self.deadlineHint)


        self.settingsForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.deadlineField)

        self.show_times = QCheckBox(self.settings_box)
        self.show_times.setObjectName(u"show_times")

        self.settingsForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.show_times)

        self.count_decisions = QCheckBox(self.settings_box)
        self.count_decisions.setObjectName(u"count_decisions")

        self.settingsForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.count_decisions)

        self.reset_settings_button = QPushButton(self.settings_box)
        self.reset_settings_button.setObjectName(u"reset_settings_button")

        self.settingsForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.reset_settings_button)


        self.layout.addWidget(self.settings_box)

        self.layout.setStretch(0, 3)
        self.layout.setStretch(1, 2)
#if QT_CONFIG(shortcut)
        self.speakingLabel.setBuddy(self.speaking)
        self.quorumLabel.setBuddy(self.numerator)
        self.quorumOf.setBuddy(self.numerator)
        self.materialsLabel.setBuddy(self.materials)
        self.deadlineLabel.setBuddy(self.deadline)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.view, self.new_step)
        QWidget.setTabOrder(self.new_step, self.add_step_button)
        QWidget.setTabOrder(self.add_step_button, self.up_button)
        QWidget.setTabOrder(self.up_button, self.down_button)
        QWidget.setTabOrder(self.down_button, self.delete_button)
        QWidget.setTabOrder(self.delete_button, self.default_button)
        QWidget.setTabOrder(self.default_button, self.speaking)
        QWidget.setTabOrder(self.speaking, self.numerator)
        QWidget.setTabOrder(self.numerator, self.denominator)
        QWidget.setTabOrder(self.denominator, self.materials)
        QWidget.setTabOrder(self.materials, self.deadline)
        QWidget.setTabOrder(self.deadline, self.show_times)
        QWidget.setTabOrder(self.show_times, self.count_decisions)
        QWidget.setTabOrder(self.count_decisions, self.reset_settings_button)

        self.retranslateUi(AgendaPage)

        QMetaObject.connectSlotsByName(AgendaPage)
    # setupUi

    def retranslateUi(self, AgendaPage):
        self.agenda_box.setTitle(QCoreApplication.translate("AgendaPage", u"\u542c\u8bc1\u8bae\u7a0b", None))
        self.agendaHint.setText(QCoreApplication.translate("AgendaPage", u"\u73b0\u573a\u7b14\u5f55\u4e2d\u7684\u6bcf\u6bb5\u53d1\u8a00\u90fd\u8bb0\u4e0b\u6240\u5904\u7684\u8bae\u7a0b\u6b65\u9aa4\u3002\u9ed8\u8ba4\u987a\u5e8f\u4f9d\u636e\u300a\u91cd\u5927\u884c\u653f\u51b3\u7b56\u7a0b\u5e8f\u6682\u884c\u6761\u4f8b\u300b\uff08\u56fd\u52a1\u9662\u4ee4\u7b2c713\u53f7\uff09\u7b2c\u5341\u4e03\u6761\u3002\u53cc\u51fb\u5185\u5bb9\u53ef\u4fee\u6539\u3002", None))
        self.new_step.setPlaceholderText(QCoreApplication.translate("AgendaPage", u"\u65b0\u6b65\u9aa4\uff0c\u5982\u201c\u4e3b\u6301\u4eba\u5ba3\u5e03\u4f11\u4f1a\u201d\uff08\u56de\u8f66\u6dfb\u52a0\u5230\u672b\u5c3e\uff09", None))
        self.add_step_button.setText(QCoreApplication.translate("AgendaPage", u"\u6dfb\u52a0", None))
        self.up_button.setText(QCoreApplication.translate("AgendaPage", u"\u4e0a\u79fb", None))
        self.down_button.setText(QCoreApplication.translate("AgendaPage", u"\u4e0b\u79fb", None))
        self.delete_button.setText(QCoreApplication.translate("AgendaPage", u"\u5220\u9664", None))
#if QT_CONFIG(tooltip)
        self.default_button.setToolTip(QCoreApplication.translate("AgendaPage", u"\u6309\u300a\u91cd\u5927\u884c\u653f\u51b3\u7b56\u7a0b\u5e8f\u6682\u884c\u6761\u4f8b\u300b\u7b2c\u5341\u4e03\u6761\u7684\u987a\u5e8f\uff0c\u4f7f\u7528\u672c\u542c\u8bc1\u4f1a\u7684\u79f0\u8c13", None))
#endif // QT_CONFIG(tooltip)
        self.default_button.setText(QCoreApplication.translate("AgendaPage", u"\u6062\u590d\u9ed8\u8ba4\u8bae\u7a0b", None))
        self.settings_box.setTitle(QCoreApplication.translate("AgendaPage", u"\u7a0b\u5e8f\u8bbe\u7f6e", None))
        self.speakingLabel.setText(QCoreApplication.translate("AgendaPage", u"\u6bcf\u4eba\u6bcf\u6b21\u53d1\u8a00\u65f6\u9650", None))
        self.speaking.setSuffix(QCoreApplication.translate("AgendaPage", u" \u5206\u949f", None))
        self.speakingHint.setText(QCoreApplication.translate("AgendaPage", u"\u73b0\u573a\u7b14\u5f55\u7684\u8ba1\u65f6\u5668\u6309\u6b64\u53d8\u8272\uff1b\u5e38\u89c1\u4e3a 3 \u6216 5 \u5206\u949f\u3002", None))
        self.quorumLabel.setText(QCoreApplication.translate("AgendaPage", u"\u5230\u4f1a\u4eba\u6570\u8981\u6c42", None))
        self.quorumOf.setText(QCoreApplication.translate("AgendaPage", u"\u5e94\u5230\u4eba\u6570\u7684", None))
        self.materialsLabel.setText(QCoreApplication.translate("AgendaPage", u"\u63d0\u524d\u9001\u8fbe\u542c\u8bc1\u6750\u6599", None))
        self.materials.setSuffix(QCoreApplication.translate("AgendaPage", u" \u65e5", None))
        self.materialsHint.setText(QCoreApplication.translate("AgendaPage", u"\u300a\u91cd\u5927\u884c\u653f\u51b3\u7b56\u7a0b\u5e8f\u6682\u884c\u6761\u4f8b\u300b\u7b2c\u5341\u516d\u6761\uff1a\u542c\u8bc1\u4f1a\u4e3e\u884c 7 \u65e5\u524d\u9001\u8fbe\u3002", None))
        self.deadlineLabel.setText(QCoreApplication.translate("AgendaPage", u"\u542c\u8bc1\u62a5\u544a\u671f\u9650", None))
        self.deadline.setSuffix(QCoreApplication.translate("AgendaPage", u" \u4e2a\u5de5\u4f5c\u65e5", None))
        self.deadlineHint.setText(QCoreApplication.translate("AgendaPage", u"\u542c\u8bc1\u4f1a\u7ed3\u675f\u540e\u591a\u5c11\u4e2a\u5de5\u4f5c\u65e5\u5185\u51fa\u5177\u542c\u8bc1\u62a5\u544a\uff08\u5404\u5730\u5e38\u89c1 5\u30017 \u6216 10 \u4e2a\u5de5\u4f5c\u65e5\uff09\u3002", None))
        self.show_times.setText(QCoreApplication.translate("AgendaPage", u"\u5728\u542c\u8bc1\u7b14\u5f55\u4e2d\u5370\u51fa\u6bcf\u6bb5\u53d1\u8a00\u7684\u65f6\u95f4", None))
        self.count_decisions.setText(QCoreApplication.translate("AgendaPage", u"\u5728\u542c\u8bc1\u62a5\u544a\u4e2d\u7edf\u8ba1\u5404\u7c7b\u5904\u7406\u610f\u89c1\u7684\u6761\u6570\uff08\u91c7\u7eb3 X \u6761\u3001\u90e8\u5206\u91c7\u7eb3 Y \u6761\u2026\u2026\uff09", None))
        self.reset_settings_button.setText(QCoreApplication.translate("AgendaPage", u"\u6062\u590d\u9ed8\u8ba4\u8bbe\u7f6e", None))
        pass
    # retranslateUi

