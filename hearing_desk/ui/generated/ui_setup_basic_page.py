# Generated from forms/setup_basic_page.ui by tools/forms.py (pyside6-uic). Do not edit:
# change the form in Qt Designer (pyside6-designer), then run tools/forms.py.
# form-sha256: 1a945cc00611bea0b5b333391e6536db8f64c3e639e7e9be5e9fca1310bf5a7d

# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QDateEdit, QFormLayout,
    QFrame, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QScrollArea,
    QSizePolicy, QSpacerItem, QTableView, QVBoxLayout,
    QWidget)

from hearing_desk.ui.setup.widgets import (CommitTextEdit, OptionalDateEdit, OptionalDateTimeEdit)

class Ui_BasicPage(object):
    def setupUi(self, BasicPage):
        if not BasicPage.objectName():
            BasicPage.setObjectName(u"BasicPage")
        BasicPage.setFrameShape(QFrame.Shape.NoFrame)
        BasicPage.setWidgetResizable(True)
        self.content = QWidget()
        self.content.setObjectName(u"content")
        self.content.setMaximumSize(QSize(980, 16777215))
        self.contentLayout = QVBoxLayout(self.content)
        self.contentLayout.setSpacing(12)
        self.contentLayout.setObjectName(u"contentLayout")
        self.contentLayout.setContentsMargins(16, 12, 16, 16)
        self.hearingBox = QGroupBox(self.content)
        self.hearingBox.setObjectName(u"hearingBox")
        self.hearingForm = QFormLayout(self.hearingBox)
        self.hearingForm.setObjectName(u"hearingForm")
        self.hearingForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.hearingForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.hearingForm.setHorizontalSpacing(14)
        self.hearingForm.setVerticalSpacing(8)
        self.titleLabel = QLabel(self.hearingBox)
        self.titleLabel.setObjectName(u"titleLabel")

        self.hearingForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.title = QLineEdit(self.hearingBox)
        self.title.setObjectName(u"title")

        self.hearingForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.title)

        self.matterLabel = QLabel(self.hearingBox)
        self.matterLabel.setObjectName(u"matterLabel")

        self.hearingForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.matterLabel)

        self.matter = QLineEdit(self.hearingBox)
        self.matter.setObjectName(u"matter")

        self.hearingForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.matter)

        self.organizerLabel = QLabel(self.hearingBox)
        self.organizerLabel.setObjectName(u"organizerLabel")

        self.hearingForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.organizerLabel)

        self.organizer = QLineEdit(self.hearingBox)
        self.organizer.setObjectName(u"organizer")

        self.hearingForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.organizer)

        self.purposeLabel = QLabel(self.hearingBox)
        self.purposeLabel.setObjectName(u"purposeLabel")

        self.hearingForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.purposeLabel)

        self.purpose = CommitTextEdit(self.hearingBox)
        self.purpose.setObjectName(u"purpose")
        self.purpose.setProperty(u"visibleLines", 2)

        self.hearingForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.purpose)

        self.legalBasesLabel = QLabel(self.hearingBox)
        self.legalBasesLabel.setObjectName(u"legalBasesLabel")

        self.hearingForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.legalBasesLabel)

        self.legalBasesField = QWidget(self.hearingBox)
        self.legalBasesField.setObjectName(u"legalBasesField")
        self.legalBasesLayout = QVBoxLayout(self.legalBasesField)
        self.legalBasesLayout.setSpacing(2)
        self.legalBasesLayout.setObjectName(u"legalBasesLayout")
        self.legalBasesLayout.setContentsMargins(0, 0, 0, 0)
        self.legal_bases = CommitTextEdit(self.legalBasesField)
        self.legal_bases.setObjectName(u"legal_bases")
        self.legal_bases.setProperty(u"visibleLines", 4)

        self.legalBasesLayout.addWidget(self.legal_bases)

        self.legalBasesHint = QLabel(self.legalBasesField)
        self.legalBasesHint.setObjectName(u"legalBasesHint")
        self.legalBasesHint.setStyleSheet(u"color: palette(placeholder-text);")
        self.legalBasesHint.setWordWrap(True)

        self.legalBasesLayout.addWidget(self.legalBasesHint)


        self.hearingForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.legalBasesField)


        self.contentLayout.addWidget(self.hearingBox)

        self.timeBox = QGroupBox(self.content)
        self.timeBox.setObjectName(u"timeBox")
        self.timeForm = QFormLayout(self.timeBox)
        self.timeForm.setObjectName(u"timeForm")
        self.timeForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.timeForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.timeForm.setHorizontalSpacing(14)
        self.timeForm.setVerticalSpacing(8)
        self.startsAtLabel = QLabel(self.timeBox)
        self.startsAtLabel.setObjectName(u"startsAtLabel")

        self.timeForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.startsAtLabel)

        self.startsAtField = QWidget(self.timeBox)
        self.startsAtField.setObjectName(u"startsAtField")
        self.startsAtLayout = QVBoxLayout(self.startsAtField)
        self.startsAtLayout.setSpacing(2)
        self.startsAtLayout.setObjectName(u"startsAtLayout")
        self.startsAtLayout.setContentsMargins(0, 0, 0, 0)
        self.starts_at = OptionalDateTimeEdit(self.startsAtField)
        self.starts_at.setObjectName(u"starts_at")

        self.startsAtLayout.addWidget(self.starts_at)

        self.materials_hint = QLabel(self.startsAtField)
        self.materials_hint.setObjectName(u"materials_hint")
        self.materials_hint.setStyleSheet(u"color: palette(placeholder-text);")
        self.materials_hint.setWordWrap(True)

        self.startsAtLayout.addWidget(self.materials_hint)


        self.timeForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.startsAtField)

        self.endsAtLabel = QLabel(self.timeBox)
        self.endsAtLabel.setObjectName(u"endsAtLabel")

        self.timeForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.endsAtLabel)

        self.ends_at = OptionalDateTimeEdit(self.timeBox)
        self.ends_at.setObjectName(u"ends_at")

        self.timeForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.ends_at)

        self.venueLabel = QLabel(self.timeBox)
        self.venueLabel.setObjectName(u"venueLabel")

        self.timeForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.venueLabel)

        self.venue = QLineEdit(self.timeBox)
        self.venue.setObjectName(u"venue")

        self.timeForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.venue)


        self.contentLayout.addWidget(self.timeBox)

        self.milestonesBox = QGroupBox(self.content)
        self.milestonesBox.setObjectName(u"milestonesBox")
        self.milestonesLayout = QVBoxLayout(self.milestonesBox)
        self.milestonesLayout.setObjectName(u"milestonesLayout")
        self.milestone_view = QTableView(self.milestonesBox)
        self.milestone_view.setObjectName(u"milestone_view")
        self.milestone_view.setMinimumSize(QSize(0, 110))
        self.milestone_view.setMaximumSize(QSize(16777215, 180))
        self.milestone_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.milestone_view.horizontalHeader().setStretchLastSection(True)
        self.milestone_view.verticalHeader().setVisible(False)

        self.milestonesLayout.addWidget(self.milestone_view)

        self.milestoneBar = QHBoxLayout()
        self.milestoneBar.setObjectName(u"milestoneBar")
        self.new_date = QDateEdit(self.milestonesBox)
        self.new_date.setObjectName(u"new_date")
        self.new_date.setDisplayFormat(u"yyyy-MM-dd")
        self.new_date.setCalendarPopup(True)

        self.milestoneBar.addWidget(self.new_date)

        self.new_event = QLineEdit(self.milestonesBox)
        self.new_event.setObjectName(u"new_event")

        self.milestoneBar.addWidget(self.new_event)

        self.add_milestone_button = QPushButton(self.milestonesBox)
        self.add_milestone_button.setObjectName(u"add_milestone_button")

        self.milestoneBar.addWidget(self.add_milestone_button)

        self.milestoneButtonsGap = QSpacerItem(12, 0, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.milestoneBar.addItem(self.milestoneButtonsGap)

        self.remove_milestone_button = QPushButton(self.milestonesBox)
        self.remove_milestone_button.setObjectName(u"remove_milestone_button")

        self.milestoneBar.addWidget(self.remove_milestone_button)

        self.milestoneBar.setStretch(1, 1)

        self.milestonesLayout.addLayout(self.milestoneBar)


        self.contentLayout.addWidget(self.milestonesBox)

        self.reportBox = QGroupBox(self.content)
        self.reportBox.setObjectName(u"reportBox")
        self.reportForm = QFormLayout(self.reportBox)
        self.reportForm.setObjectName(u"reportForm")
        self.reportForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.reportForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.reportForm.setHorizontalSpacing(14)
        self.reportForm.setVerticalSpacing(8)
        self.reportIssuerLabel = QLabel(self.reportBox)
        self.reportIssuerLabel.setObjectName(u"reportIssuerLabel")

        self.reportForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.reportIssuerLabel)

        self.report_issuer = QLineEdit(self.reportBox)
        self.report_issuer.setObjectName(u"report_issuer")

        self.reportForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.report_issuer)

        self.reportDateLabel = QLabel(self.reportBox)
        self.reportDateLabel.setObjectName(u"reportDateLabel")

        self.reportForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.reportDateLabel)

        self.reportDateField = QWidget(self.reportBox)
        self.reportDateField.setObjectName(u"reportDateField")
        self.reportDateLayout = QVBoxLayout(self.reportDateField)
        self.reportDateLayout.setSpacing(2)
        self.reportDateLayout.setObjectName(u"reportDateLayout")
        self.reportDateLayout.setContentsMargins(0, 0, 0, 0)
        self.report_date = OptionalDateEdit(self.reportDateField)
        self.report_date.setObjectName(u"report_date")

        self.reportDateLayout.addWidget(self.report_date)

        self.deadline_hint = QLabel(self.reportDateField)
        self.deadline_hint.setObjectName(u"deadline_hint")
        self.deadline_hint.setStyleSheet(u"color: palette(placeholder-text);")
        self.deadline_hint.setWordWrap(True)

        self.reportDateLayout.addWidget(self.deadline_hint)


        self.reportForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.reportDateField)

        self.attachmentsLabel = QLabel(self.reportBox)
        self.attachmentsLabel.setObjectName(u"attachmentsLabel")

        self.reportForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.attachmentsLabel)

        self.attachmentsField = QWidget(self.reportBox)
        self.attachmentsField.setObjectName(u"attachmentsField")
        self.attachmentsLayout = QVBoxLayout(self.attachmentsField)
        self.attachmentsLayout.setSpacing(2)
        self.attachmentsLayout.setObjectName(u"attachmentsLayout")
        self.attachmentsLayout.setContentsMargins(0, 0, 0, 0)
        self.attachments = CommitTextEdit(self.attachmentsField)
        self.attachments.setObjectName(u"attachments")
        self.attachments.setProperty(u"visibleLines", 4)

        self.attachmentsLayout.addWidget(self.attachments)

        self.attachmentsHint = QLabel(self.attachmentsField)
        self.attachmentsHint.setObjectName(u"attachmentsHint")
        self.attachmentsHint.setStyleSheet(u"color: palette(placeholder-text);")
        self.attachmentsHint.setWordWrap(True)

        self.attachmentsLayout.addWidget(self.attachmentsHint)


        self.reportForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.attachmentsField)


        self.contentLayout.addWidget(self.reportBox)

        self.bottomSpace = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.contentLayout.addItem(self.bottomSpace)

        BasicPage.setWidget(self.content)
#if QT_CONFIG(shortcut)
        self.titleLabel.setBuddy(self.title)
        self.matterLabel.setBuddy(self.matter)
        self.organizerLabel.setBuddy(self.organizer)
        self.purposeLabel.setBuddy(self.purpose)
        self.legalBasesLabel.setBuddy(self.legal_bases)
        self.venueLabel.setBuddy(self.venue)
        self.reportIssuerLabel.setBuddy(self.report_issuer)
        self.attachmentsLabel.setBuddy(self.attachments)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(BasicPage)

        QMetaObject.connectSlotsByName(BasicPage)
    # setupUi

    def retranslateUi(self, BasicPage):
        self.hearingBox.setTitle(QCoreApplication.translate("BasicPage", u"\u542c\u8bc1\u4f1a", None))
#if QT_CONFIG(tooltip)
        self.titleLabel.setToolTip(QCoreApplication.translate("BasicPage", u"\u5fc5\u586b", None))
#endif // QT_CONFIG(tooltip)
        self.titleLabel.setText(QCoreApplication.translate("BasicPage", u"\u542c\u8bc1\u4f1a\u540d\u79f0 <span style=\"color:#c5221f\">*</span>", None))
        self.title.setPlaceholderText(QCoreApplication.translate("BasicPage", u"\u4f8b\u5982\uff1a\u300a\u00d7\u00d7\u5e02\u00d7\u00d7\u7ba1\u7406\u529e\u6cd5\uff08\u5f81\u6c42\u610f\u89c1\u7a3f\uff09\u300b\u542c\u8bc1\u4f1a", None))
        self.matterLabel.setText(QCoreApplication.translate("BasicPage", u"\u542c\u8bc1\u4e8b\u9879", None))
        self.matter.setPlaceholderText(QCoreApplication.translate("BasicPage", u"\u4f8b\u5982\uff1a\u300a\u00d7\u00d7\u5e02\u00d7\u00d7\u7ba1\u7406\u529e\u6cd5\uff08\u5f81\u6c42\u610f\u89c1\u7a3f\uff09\u300b", None))
        self.organizerLabel.setText(QCoreApplication.translate("BasicPage", u"\u542c\u8bc1\u7ec4\u7ec7\u673a\u5173", None))
        self.organizer.setPlaceholderText(QCoreApplication.translate("BasicPage", u"\u7ec4\u7ec7\u542c\u8bc1\u7684\u884c\u653f\u673a\u5173", None))
        self.purposeLabel.setText(QCoreApplication.translate("BasicPage", u"\u76ee\u7684", None))
        self.purpose.setPlaceholderText(QCoreApplication.translate("BasicPage", u"\u4f8b\u5982\uff1a\u4e3a\u4fc3\u8fdb\u79d1\u5b66\u3001\u6c11\u4e3b\u3001\u4f9d\u6cd5\u51b3\u7b56\u2026\u2026", None))
        self.legalBasesLabel.setText(QCoreApplication.translate("BasicPage", u"\u4f9d\u636e", None))
        self.legal_bases.setPlaceholderText(QCoreApplication.translate("BasicPage", u"\u6bcf\u884c\u4e00\u9879\uff0c\u4f8b\u5982\uff1a\n"
"\u300a\u91cd\u5927\u884c\u653f\u51b3\u7b56\u7a0b\u5e8f\u6682\u884c\u6761\u4f8b\u300b", None))
        self.legalBasesHint.setText(QCoreApplication.translate("BasicPage", u"\u6bcf\u884c\u4e00\u9879\uff0c\u6309\u62a5\u544a\u4e2d\u7684\u987a\u5e8f\u6392\u5217\u3002", None))
        self.timeBox.setTitle(QCoreApplication.translate("BasicPage", u"\u65f6\u95f4\u548c\u5730\u70b9", None))
        self.startsAtLabel.setText(QCoreApplication.translate("BasicPage", u"\u5f00\u59cb\u65f6\u95f4", None))
        self.endsAtLabel.setText(QCoreApplication.translate("BasicPage", u"\u7ed3\u675f\u65f6\u95f4", None))
        self.venueLabel.setText(QCoreApplication.translate("BasicPage", u"\u5730\u70b9", None))
        self.venue.setPlaceholderText(QCoreApplication.translate("BasicPage", u"\u4f8b\u5982\uff1a\u00d7\u00d7\u533a\u516c\u5171\u670d\u52a1\u5e73\u53f0103\u4f1a\u8bae\u5ba4", None))
        self.milestonesBox.setTitle(QCoreApplication.translate("BasicPage", u"\u7b79\u5907\u8fc7\u7a0b\uff08\u53d1\u5e03\u516c\u544a\u3001\u516c\u5e03\u540d\u5355\u3001\u9001\u8fbe\u6750\u6599\u7b49\uff09", None))
        self.new_event.setPlaceholderText(QCoreApplication.translate("BasicPage", u"\u65b0\u4e8b\u9879\uff0c\u5982\uff1a\u53d1\u5e03\u542c\u8bc1\u4f1a\u516c\u544a\uff08\u56de\u8f66\u6dfb\u52a0\uff09", None))
        self.add_milestone_button.setText(QCoreApplication.translate("BasicPage", u"\u6dfb\u52a0", None))
        self.remove_milestone_button.setText(QCoreApplication.translate("BasicPage", u"\u5220\u9664\u6240\u9009", None))
        self.reportBox.setTitle(QCoreApplication.translate("BasicPage", u"\u542c\u8bc1\u62a5\u544a", None))
        self.reportIssuerLabel.setText(QCoreApplication.translate("BasicPage", u"\u843d\u6b3e\u5355\u4f4d", None))
        self.reportDateLabel.setText(QCoreApplication.translate("BasicPage", u"\u6210\u6587\u65e5\u671f", None))
        self.attachmentsLabel.setText(QCoreApplication.translate("BasicPage", u"\u9644\u4ef6", None))
        self.attachmentsHint.setText(QCoreApplication.translate("BasicPage", u"\u6bcf\u884c\u4e00\u9879\uff1b\u4e0d\u586b\u5219\u4e3a\u9ed8\u8ba4\u7684\u201c\u542c\u8bc1\u610f\u89c1\u6c47\u603b\u8868\u201d\u201c\u542c\u8bc1\u7b14\u5f55\u201d\u3002", None))
        pass
    # retranslateUi

