# Generated from forms/opinion_dialog.ui by tools/forms.py (pyside6-uic). Do not edit:
# change the form in Qt Designer (pyside6-designer), then run tools/forms.py.
# form-sha256: f6e414f0c165690cf3e9c24ca46037771af08ea43e9ad9f765676ec22674ba4c

# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QPlainTextEdit, QSizePolicy, QSpinBox, QVBoxLayout,
    QWidget)

class Ui_OpinionDialog(object):
    def setupUi(self, OpinionDialog):
        if not OpinionDialog.objectName():
            OpinionDialog.setObjectName(u"OpinionDialog")
        OpinionDialog.resize(640, 560)
        self.layout = QVBoxLayout(OpinionDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.speaker_label = QLabel(OpinionDialog)
        self.speaker_label.setObjectName(u"speaker_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.speaker_label)

        self.speaker = QComboBox(OpinionDialog)
        self.speaker.setObjectName(u"speaker")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.speaker)

        self.seq_label = QLabel(OpinionDialog)
        self.seq_label.setObjectName(u"seq_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.seq_label)

        self.seq = QSpinBox(OpinionDialog)
        self.seq.setObjectName(u"seq")
        self.seq.setMaximum(999)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.seq)

        self.text_label = QLabel(OpinionDialog)
        self.text_label.setObjectName(u"text_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.text_label)

        self.text = QPlainTextEdit(OpinionDialog)
        self.text.setObjectName(u"text")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.text)

        self.basis_label = QLabel(OpinionDialog)
        self.basis_label.setObjectName(u"basis_label")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.basis_label)

        self.basis = QPlainTextEdit(OpinionDialog)
        self.basis.setObjectName(u"basis")
        self.basis.setMaximumSize(QSize(16777215, 110))

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.basis)

        self.articles_label = QLabel(OpinionDialog)
        self.articles_label.setObjectName(u"articles_label")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.articles_label)

        self.articles = QLineEdit(OpinionDialog)
        self.articles.setObjectName(u"articles")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.articles)

        self.topic_label = QLabel(OpinionDialog)
        self.topic_label.setObjectName(u"topic_label")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.topic_label)

        self.topic = QLineEdit(OpinionDialog)
        self.topic.setObjectName(u"topic")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.topic)

        self.refs_label = QLabel(OpinionDialog)
        self.refs_label.setObjectName(u"refs_label")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.refs_label)

        self.refs = QLineEdit(OpinionDialog)
        self.refs.setObjectName(u"refs")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.refs)


        self.layout.addLayout(self.form)

        self.error = QLabel(OpinionDialog)
        self.error.setObjectName(u"error")
        self.error.setStyleSheet(u"color: #b3261e;")

        self.layout.addWidget(self.error)

        self.buttons = QDialogButtonBox(OpinionDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.speaker_label.setBuddy(self.speaker)
        self.seq_label.setBuddy(self.seq)
        self.text_label.setBuddy(self.text)
        self.basis_label.setBuddy(self.basis)
        self.articles_label.setBuddy(self.articles)
        self.topic_label.setBuddy(self.topic)
        self.refs_label.setBuddy(self.refs)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.speaker, self.seq)
        QWidget.setTabOrder(self.seq, self.text)
        QWidget.setTabOrder(self.text, self.basis)
        QWidget.setTabOrder(self.basis, self.articles)
        QWidget.setTabOrder(self.articles, self.topic)
        QWidget.setTabOrder(self.topic, self.refs)

        self.retranslateUi(OpinionDialog)
        self.buttons.rejected.connect(OpinionDialog.reject)

        QMetaObject.connectSlotsByName(OpinionDialog)
    # setupUi

    def retranslateUi(self, OpinionDialog):
        self.speaker_label.setText(QCoreApplication.translate("OpinionDialog", u"\u542c\u8bc1\u53c2\u52a0\u4eba", None))
        self.seq_label.setText(QCoreApplication.translate("OpinionDialog", u"\u5e8f\u53f7", None))
        self.seq.setSpecialValueText(QCoreApplication.translate("OpinionDialog", u"\u81ea\u52a8", None))
        self.text_label.setText(QCoreApplication.translate("OpinionDialog", u"\u610f\u89c1\u6216\u5efa\u8bae", None))
        self.text.setPlaceholderText(QCoreApplication.translate("OpinionDialog", u"\u542c\u8bc1\u53c2\u52a0\u4eba\u63d0\u51fa\u7684\u610f\u89c1\u6216\u5efa\u8bae", None))
        self.basis_label.setText(QCoreApplication.translate("OpinionDialog", u"\u4f9d\u636e\u3001\u7406\u7531", None))
        self.basis.setPlaceholderText(QCoreApplication.translate("OpinionDialog", u"\u610f\u89c1\u7684\u4f9d\u636e\u3001\u7406\u7531\uff08\u53ef\u7a7a\uff09", None))
        self.articles_label.setText(QCoreApplication.translate("OpinionDialog", u"\u6d89\u53ca\u6761\u6b3e", None))
        self.articles.setPlaceholderText(QCoreApplication.translate("OpinionDialog", u"\u5982\uff1a\u7b2c\u4e09\u6761\u3001\u7b2c\u4e8c\u5341\u4e09\u6761\uff08\u6839\u636e\u610f\u89c1\u5185\u5bb9\u81ea\u52a8\u8bc6\u522b\uff09", None))
        self.topic_label.setText(QCoreApplication.translate("OpinionDialog", u"\u4e3b\u9898", None))
        self.topic.setPlaceholderText(QCoreApplication.translate("OpinionDialog", u"\u7b80\u77ed\u4e3b\u9898\uff0c\u5982\uff1a\u6570\u636e\u5b89\u5168\uff08\u53ef\u7a7a\uff09", None))
        self.refs_label.setText(QCoreApplication.translate("OpinionDialog", u"\u7b14\u5f55\u51fa\u5904", None))
        self.refs.setPlaceholderText(QCoreApplication.translate("OpinionDialog", u"\u7b14\u5f55\u6bb5\u843d\u7f16\u53f7\uff0c\u5982\uff1a12\u300115\uff08\u53ef\u7a7a\uff09", None))
        pass
    # retranslateUi

