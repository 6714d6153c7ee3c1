"""Dialogs of the opinion register. Each has a ``@classmethod ask(...)`` that tests replace."""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QInputDialog, QWidget

from ...domain import Hearing, Opinion, Person
from ...domain.articles import find_article_labels
from ...domain.enums import Decision
from ...domain.register import split_parts, split_point
from ..cleaninput import keep_clean
from ..generated.ui_move_dialog import Ui_MoveDialog
from ..generated.ui_opinion_dialog import Ui_OpinionDialog
from ..generated.ui_split_dialog import Ui_SplitDialog


def participant_text(p: Person) -> str:
    number = f"{p.seq}. " if p.seq is not None else ""
    return f"{number}{p.name}" + (f"（{p.description}）" if p.description else "")


def split_list(text: str) -> list[str]:
    for sep in "，,；;、 \n":
        text = text.replace(sep, "、")
    return [t.strip() for t in text.split("、") if t.strip()]


@dataclass
class OpinionInput:
    speaker: str
    text: str
    basis: str | None
    articles: list[str]
    topic: str | None
    transcript_refs: list[int]
    seq: int | None


class OpinionDialog(QDialog):
    """Add or edit one opinion: participant, number, text, basis, articles, topic, sources."""

    def __init__(self, hearing: Hearing, opinion: Opinion | None = None, speaker: str | None = None,
                 parent: QWidget | None = None, numbers: dict[int, int] | None = None):
        super().__init__(parent)
        self.ui = Ui_OpinionDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self.speaker, self.seq, self.text, self.basis = ui.speaker, ui.seq, ui.text, ui.basis
        self.articles, self.topic, self.refs, self.error = ui.articles, ui.topic, ui.refs, ui.error
        # the user reads and types the transcript's printed numbers; opinions store seqs
        self._numbers = dict(numbers or {})
        self._seqs = {n: seq for seq, n in self._numbers.items()}
        self.setWindowTitle(self.tr("修改意见") if opinion else self.tr("新增意见"))
        self._articles_touched = opinion is not None
        for p in hearing.participants():
            self.speaker.addItem(participant_text(p), p.id)
        chosen = opinion.speaker if opinion else speaker
        if chosen is not None and self.speaker.findData(chosen) >= 0:
            self.speaker.setCurrentIndex(self.speaker.findData(chosen))
        self.speaker.setEnabled(opinion is None)   # another participant: “移至其他参加人”
        if opinion is not None:
            self.seq.setValue(opinion.seq or 0)
            self.text.setPlainText(opinion.text)
            self.basis.setPlainText(opinion.basis or "")
            self.articles.setText("、".join(opinion.articles))
            self.topic.setText(opinion.topic or "")
            self.refs.setText("、".join(str(self._numbers.get(r, r)) for r in opinion.transcript_refs))
        for editor in (self.text, self.basis, self.articles, self.topic):
            keep_clean(editor)
        ui.buttons.accepted.connect(self._accept)
        self.text.textChanged.connect(self._suggest_articles)
        self.articles.textEdited.connect(self._articles_edited)

    def _articles_edited(self, _text: str) -> None:
        self._articles_touched = True

    def _suggest_articles(self) -> None:
        if not self._articles_touched:
            self.articles.setText("、".join(find_article_labels(self.text.toPlainText())))

    def _refs(self) -> list[int] | None:
        """The seqs of the turns whose printed numbers were typed (None: not numbers, or a
        number the transcript does not have)."""
        out = []
        for part in split_list(self.refs.text()):
            part = part.lstrip("#＃第").rstrip("段").strip()
            if not part.isdigit():
                return None
            seq = self._seqs.get(int(part))
            if seq is None:
                return None
            out.append(seq)
        return out

    def _accept(self) -> None:
        if not self.text.toPlainText().strip():
            self.error.setText(self.tr("意见内容不能为空。"))
            return
        if self.speaker.currentData() is None:
            self.error.setText(self.tr("请先在“听证会设置”中添加听证参加人。"))
            return
        if self._refs() is None:
            self.error.setText(self.tr("笔录出处应为笔录中已有的段落编号（笔录左侧的编号），用顿号分隔，如：12、15。"))
            return
        self.accept()

    def value(self) -> OpinionInput:
        return OpinionInput(
            speaker=self.speaker.currentData(), text=self.text.toPlainText().strip(),
            basis=self.basis.toPlainText().strip() or None, articles=split_list(self.articles.text()),
            topic=self.topic.text().strip() or None, transcript_refs=self._refs() or [],
            seq=self.seq.value() or None)

    @classmethod
    def ask(cls, parent, hearing: Hearing, opinion: Opinion | None = None,
            speaker: str | None = None, numbers: dict[int, int] | None = None) -> OpinionInput | None:
        dialog = cls(hearing, opinion, speaker, parent, numbers)
        return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None


class SplitDialog(QDialog):
    """Split one opinion in two at the cursor; both parts are shown as they will be."""

    def __init__(self, opinion: Opinion, cursor: int | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_SplitDialog()
        self.ui.setupUi(self)
        self.editor, self.first, self.second = self.ui.editor, self.ui.first, self.ui.second
        self._ok = self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self._ok.setText(self.tr("拆分"))
        self.editor.setPlainText(opinion.text)
        pos = cursor if cursor is not None else split_point(opinion.text)
        c = self.editor.textCursor()
        c.setPosition(max(0, min(pos, len(opinion.text))))
        self.editor.setTextCursor(c)
        self.editor.cursorPositionChanged.connect(self._preview)
        self._preview()

    def parts(self) -> tuple[str, str]:
        return split_parts(self.editor.toPlainText(), self.editor.textCursor().position())

    def _preview(self) -> None:
        a, b = self.parts()
        self.first.setText(a or self.tr("（空）"))
        self.second.setText(b or self.tr("（空）"))
        self._ok.setEnabled(bool(a and b))

    @classmethod
    def ask(cls, parent, opinion: Opinion, cursor: int | None = None) -> tuple[str, str] | None:
        dialog = cls(opinion, cursor, parent)
        return dialog.parts() if dialog.exec() == QDialog.DialogCode.Accepted else None


class MoveDialog(QDialog):
    """Choose the participant an opinion belongs to."""

    def __init__(self, hearing: Hearing, current: str | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_MoveDialog()
        self.ui.setupUi(self)
        self.combo = self.ui.combo
        for p in hearing.participants():
            if p.id != current:
                self.combo.addItem(participant_text(p), p.id)

    @classmethod
    def ask(cls, parent, hearing: Hearing, current: str | None) -> str | None:
        dialog = cls(hearing, current, parent)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.combo.currentData()
        return None


class MergeDecisionDialog:
    """Which decision the merged opinion keeps, when the two opinions' decisions differ."""

    @classmethod
    def ask(cls, parent, decisions: list[Decision]) -> Decision | None:
        from ..names import decision_text
        names = [decision_text(d) for d in decisions]
        chosen, ok = QInputDialog.getItem(
            parent, QCoreApplication.translate("MergeDecisionDialog", "合并意见"),
            QCoreApplication.translate("MergeDecisionDialog", "两条意见的处理意见不同，合并后的意见采用哪一个？"),
            names, 0, False)
        return decisions[names.index(chosen)] if ok and chosen in names else None
