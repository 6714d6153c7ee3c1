"""Dialogs of the opinion register. Each has a ``@classmethod ask(...)`` that tests replace."""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...domain import Hearing, Opinion, Person
from ...domain.articles import find_article_labels
from ..cleaninput import keep_clean


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
        # the user reads and types the transcript's printed numbers; opinions store seqs
        self._numbers = dict(numbers or {})
        self._seqs = {n: seq for seq, n in self._numbers.items()}
        self.setWindowTitle(self.tr("修改意见") if opinion else self.tr("新增意见"))
        self.resize(640, 560)
        self._articles_touched = opinion is not None
        self.speaker = QComboBox()
        for p in hearing.participants():
            self.speaker.addItem(participant_text(p), p.id)
        chosen = opinion.speaker if opinion else speaker
        if chosen is not None and self.speaker.findData(chosen) >= 0:
            self.speaker.setCurrentIndex(self.speaker.findData(chosen))
        self.speaker.setEnabled(opinion is None)   # another participant: “移至其他参加人”
        self.seq = QSpinBox()
        self.seq.setRange(0, 999)
        self.seq.setSpecialValueText(self.tr("自动"))
        self.seq.setValue(opinion.seq or 0 if opinion else 0)
        self.text = QPlainTextEdit(opinion.text if opinion else "")
        self.text.setPlaceholderText(self.tr("听证参加人提出的意见或建议"))
        self.basis = QPlainTextEdit(opinion.basis or "" if opinion else "")
        self.basis.setPlaceholderText(self.tr("意见的依据、理由（可空）"))
        self.basis.setMaximumHeight(110)
        self.articles = QLineEdit("、".join(opinion.articles) if opinion else "")
        self.articles.setPlaceholderText(self.tr("如：第三条、第二十三条（根据意见内容自动识别）"))
        self.topic = QLineEdit(opinion.topic or "" if opinion else "")
        self.topic.setPlaceholderText(self.tr("简短主题，如：数据安全（可空）"))
        self.refs = QLineEdit("、".join(str(self._numbers.get(r, r)) for r in opinion.transcript_refs)
                              if opinion else "")
        self.refs.setPlaceholderText(self.tr("笔录段落编号，如：12、15（可空）"))
        self.error = QLabel()
        self.error.setStyleSheet("color: #b3261e;")
        for editor in (self.text, self.basis, self.articles, self.topic):
            keep_clean(editor)
        form = QFormLayout()
        form.addRow(self.tr("听证参加人"), self.speaker)
        form.addRow(self.tr("序号"), self.seq)
        form.addRow(self.tr("意见或建议"), self.text)
        form.addRow(self.tr("依据、理由"), self.basis)
        form.addRow(self.tr("涉及条款"), self.articles)
        form.addRow(self.tr("主题"), self.topic)
        form.addRow(self.tr("笔录出处"), self.refs)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.text.textChanged.connect(self._suggest_articles)
        self.articles.textEdited.connect(lambda _: setattr(self, "_articles_touched", True))

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
        self.setWindowTitle(self.tr("拆分意见"))
        self.resize(640, 520)
        self.editor = QPlainTextEdit(opinion.text)
        self.editor.setReadOnly(True)
        self.editor.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard
                                            | Qt.TextInteractionFlag.TextSelectableByMouse)
        pos = cursor if cursor is not None else _middle_sentence_break(opinion.text)
        c = self.editor.textCursor()
        c.setPosition(max(0, min(pos, len(opinion.text))))
        self.editor.setTextCursor(c)
        self.first = QLabel()
        self.second = QLabel()
        for label in (self.first, self.second):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setStyleSheet("background: #f6f8fa; padding: 6px; border: 1px solid #d0d7de;")
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("把光标放在要拆开的位置（单击或用方向键），下面是拆分后的两条意见：")))
        layout.addWidget(self.editor, 2)
        layout.addWidget(QLabel(self.tr("第一条（保留原编号和答复）")))
        layout.addWidget(self.first, 1)
        layout.addWidget(QLabel(self.tr("第二条（新意见，编号顺延）")))
        layout.addWidget(self.second, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("拆分"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.editor.cursorPositionChanged.connect(self._preview)
        self._preview()

    def parts(self) -> tuple[str, str]:
        text = self.editor.toPlainText()
        pos = self.editor.textCursor().position()
        return text[:pos].strip(), text[pos:].strip()

    def _preview(self) -> None:
        a, b = self.parts()
        self.first.setText(a or self.tr("（空）"))
        self.second.setText(b or self.tr("（空）"))
        self._ok.setEnabled(bool(a and b))

    @classmethod
    def ask(cls, parent, opinion: Opinion, cursor: int | None = None) -> tuple[str, str] | None:
        dialog = cls(opinion, cursor, parent)
        return dialog.parts() if dialog.exec() == QDialog.DialogCode.Accepted else None


def _middle_sentence_break(text: str) -> int:
    """A sensible first guess: the sentence end (or 2. 3. numbering) nearest the middle."""
    marks = [i + 1 for i, ch in enumerate(text) if ch in "。！？；\n"]
    marks = [m for m in marks if 0 < m < len(text)]
    if not marks:
        return len(text) // 2
    return min(marks, key=lambda m: abs(m - len(text) / 2))


class MoveDialog(QDialog):
    """Choose the participant an opinion belongs to."""

    def __init__(self, hearing: Hearing, current: str | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("移至其他参加人"))
        self.combo = QComboBox()
        for p in hearing.participants():
            if p.id != current:
                self.combo.addItem(participant_text(p), p.id)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("把所选意见移到哪一位听证参加人名下？（编号排在其最后）")))
        layout.addWidget(self.combo)
        layout.addWidget(buttons)

    @classmethod
    def ask(cls, parent, hearing: Hearing, current: str | None) -> str | None:
        dialog = cls(hearing, current, parent)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.combo.currentData()
        return None
