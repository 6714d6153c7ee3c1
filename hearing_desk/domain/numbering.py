"""How a participant's answers are enumerated in the report (the seed writes them three
ways: ``1.`` … ``2.`` …, ``一是`` … ``二是`` …, ``第一个问题，`` …), and the answers of
one participant as the report prints them – the report (PDF and Word, through
``export/compose.py``) and the window's view by participant use the same functions."""
from __future__ import annotations

import re

from .articles import cn_to_int
from .model import Hearing, Opinion, Person

#: the choices of ``ProcedureSettings.answer_numbering``
ARABIC, YISHI, QUESTION, NONE = "arabic", "yishi", "question", "none"
ANSWER_NUMBERINGS = (ARABIC, YISHI, QUESTION, NONE)

_CN_DIGITS = "零〇一二三四五六七八九十百"
_ORDINALS = (
    # 一是 / 一、 / 一．
    re.compile(rf"([{_CN_DIGITS}]+)(?:是|、|．)"),
    # 第一个问题， / 第一点 / 第一， / 第一方面  (not 第一条 / 第一章: those are articles)
    re.compile(rf"第([{_CN_DIGITS}]+)(?:个问题|个方面|个|点|方面|是|，|、|,)"),
    # （一） / (一) / （1） / (1)
    re.compile(rf"[（(]([{_CN_DIGITS}]+|\d+)[）)]"),
    # 1. / 1． / 1、 / 1，  but not 1.5
    re.compile(r"(\d+)(?:\.(?!\d)|．|、|，)"),
)


def own_ordinal(text: str) -> int | None:
    """The ordinal the writer put at the start of ``text`` (一是 → 1, 第二个问题， → 2,
    （三） → 3, 4. → 4), or None."""
    text = text.lstrip()
    for pattern in _ORDINALS:
        m = pattern.match(text)
        if m:
            value = m.group(1)
            try:
                return int(value) if value.isdigit() else cn_to_int(value)
            except ValueError:
                return None
    return None


def chinese_number(n: int) -> str:
    """一 … 九十九 (the ordinals the seed writes)."""
    digits = "零一二三四五六七八九"
    if n < 10:
        return digits[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else digits[tens]) + "十" + (digits[ones] if ones else "")


def prefix(n: int, style: str = ARABIC) -> str:
    """The number put before item ``n`` in ``style``."""
    if style == YISHI:
        return f"{chinese_number(n)}是"
    if style == QUESTION:
        return f"第{chinese_number(n)}个问题，"
    if style == NONE:
        return ""
    return f"{n}."


def numbered(items: list[tuple[int, str]], *, always: bool = False, style: str = ARABIC) -> list[str]:
    """``1.甲`` ``2.乙`` (or 一是 / 第一个问题， / nothing, ``style``): each item with its
    number – unless the text begins with that very ordinal itself (一是, 第二个问题，,
    （三）, 4.): then it is printed as written, with no number put before the writer's
    own. A single item carries no number (as in the seed) unless ``always``.

    An ordinal that is not the item's own (item 7 that begins "一是…；二是…") is the
    start of the writer's own list inside the item, and the item keeps its number."""
    if len(items) == 1 and not always:
        return [items[0][1]]
    return [text if own_ordinal(text) == n else f"{prefix(n, style)}{text}" for n, text in items]


def opinion_number(opinion: Opinion, position: int) -> int:
    return opinion.seq if opinion.seq is not None else position


def answer_texts(hearing: Hearing, opinions: list[Opinion]) -> list[str]:
    """One participant's answers as the report's analysis table prints them: numbered in
    the hearing's style, 无需处理 ones left out, an unanswered one said so."""
    answers = []
    for i, o in enumerate(opinions, 1):
        if not o.decision.in_analysis:
            continue
        analysis = (o.response.analysis or "").strip() if o.response else ""
        if not analysis:
            analysis = f"{o.decision.label}。" if o.decision.is_answered else "（尚未提出分析及处理建议）"
        answers.append((opinion_number(o, i), analysis))
    if not answers:
        return []
    return numbered(answers, always=len(opinions) > 1, style=hearing.settings.answer_numbering)


def participant_answers(hearing: Hearing, person_id: str) -> tuple[Person | None, list[Opinion], list[str]]:
    """A participant, their opinions (in the report's order) and their answers as printed."""
    for person, opinions in hearing.opinions_by_participant():
        if person.id == person_id:
            return person, opinions, answer_texts(hearing, opinions)
    return hearing.person(person_id), [], []


__all__ = ["ANSWER_NUMBERINGS", "ARABIC", "NONE", "QUESTION", "YISHI", "answer_texts",
           "chinese_number", "numbered", "opinion_number", "own_ordinal", "participant_answers", "prefix"]
