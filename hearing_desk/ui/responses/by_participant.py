"""答复（按参加人）: one participant's opinions with their answers as the report prints
them (``domain/numbering.py``, the same function the report uses), and the hearing's
choice of how answers are enumerated (1. / 一是 / 第一个问题， / none)."""
from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QTextBrowser, QVBoxLayout, QWidget

from ...domain import Hearing
from ...domain.numbering import ANSWER_NUMBERINGS, ARABIC, NONE, QUESTION, YISHI, numbered, participant_answers
from ...errors import HearingDeskError
from ..names import QT_TRANSLATE_NOOP
from ..setup.commands import SettingsCommand
from ..undo import perform

#: the choices as the window names them (translated when shown)
NUMBERING_NAMES = {
    ARABIC: QT_TRANSLATE_NOOP("ParticipantAnswers", "1. 2. 3."),
    YISHI: QT_TRANSLATE_NOOP("ParticipantAnswers", "一是 二是 三是"),
    QUESTION: QT_TRANSLATE_NOOP("ParticipantAnswers", "第一个问题， 第二个问题，"),
    NONE: QT_TRANSLATE_NOOP("ParticipantAnswers", "不编号"),
}


class ParticipantAnswers(QWidget):
    """A participant chooser, the numbering chooser and the answers as printed."""

    #: the numbering was changed (the new choice)
    numbering_changed = Signal(str)

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.hearing_id: int | None = None
        self.hearing: Hearing | None = None
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.participant_label = QLabel(self.tr("参加人："), self)
        self.participant = QComboBox(self)
        self.participant_label.setBuddy(self.participant)
        self.numbering_label = QLabel(self.tr("答复编号："), self)
        self.numbering = QComboBox(self)
        self.numbering_label.setBuddy(self.numbering)
        for key in ANSWER_NUMBERINGS:
            self.numbering.addItem(QCoreApplication.translate("ParticipantAnswers", NUMBERING_NAMES[key]), key)
        self.numbering.setToolTip(self.tr("听证报告“分析及处理建议”中每位参加人的答复如何编号（本听证会的设置）"))
        row.addWidget(self.participant_label)
        row.addWidget(self.participant, 1)
        row.addWidget(self.numbering_label)
        row.addWidget(self.numbering)
        layout.addLayout(row)
        self.view = QTextBrowser(self)
        layout.addWidget(self.view, 1)
        self.participant.currentIndexChanged.connect(lambda _i: self._draw())
        self.numbering.activated.connect(self._numbering_chosen)

    def set_contents(self, hearing_id: int | None, hearing: Hearing | None) -> None:
        self.hearing_id, self.hearing = hearing_id, hearing
        chosen = self.participant.currentData()
        self.participant.blockSignals(True)
        self.participant.clear()
        for person, _ops in (hearing.opinions_by_participant() if hearing else []):
            self.participant.addItem(person.name, person.id)
        i = self.participant.findData(chosen)
        self.participant.setCurrentIndex(i if i >= 0 else 0)
        self.participant.blockSignals(False)
        style = hearing.settings.answer_numbering if hearing else ARABIC
        self.numbering.setCurrentIndex(max(0, self.numbering.findData(style)))
        self._draw()

    def show_participant(self, person_id: str) -> None:
        i = self.participant.findData(person_id)
        if i >= 0:
            self.participant.setCurrentIndex(i)

    def texts(self) -> tuple[list[str], list[str]]:
        """The chosen participant's opinions (numbered as the report lists them) and answers as printed."""
        if self.hearing is None or self.participant.currentData() is None:
            return [], []
        _person, opinions, answers = participant_answers(self.hearing, self.participant.currentData())
        items = numbered([(o.seq if o.seq is not None else i, o.text.strip()) for i, o in enumerate(opinions, 1)])
        return items, answers

    def _draw(self) -> None:
        opinions, answers = self.texts()
        if not opinions:
            nothing = html.escape(self.tr("没有意见。"))
            self.view.setHtml(f"<p style='color:#666'>{nothing}</p>")
            return
        said, printed, empty = self.tr("意见"), self.tr("分析及处理建议（报告中的写法）"), self.tr("（无）")
        parts = [f"<h4>{html.escape(said)}</h4>"]
        parts += [f"<p>{html.escape(t)}</p>" for t in opinions]
        parts.append(f"<h4>{html.escape(printed)}</h4>")
        parts += [f"<p>{html.escape(t)}</p>" for t in answers] or [f"<p>{html.escape(empty)}</p>"]
        self.view.setHtml("".join(parts))

    def _numbering_chosen(self, _index: int) -> None:
        style = self.numbering.currentData()
        if self.hearing is None or self.hearing_id is None or style == self.hearing.settings.answer_numbering:
            return
        import dataclasses
        new = dataclasses.replace(self.hearing.settings, answer_numbering=style)
        try:
            perform(self.ctx, SettingsCommand(self.ctx, self.hearing_id, new, "answer_numbering"))
        except HearingDeskError as exc:
            self.ctx.events.status.emit(str(exc))
            return
        self.hearing.settings = new
        self._draw()
        self.numbering_changed.emit(style)
