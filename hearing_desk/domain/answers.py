"""What an answer must say. 不予采纳 and 部分采纳 need a reason (``Decision.needs_reason``),
and a reason is more than the phrase it starts from: "故不予采纳。" alone states the
decision, it does not say why. Every screen, the service and the procedure check ask
:func:`has_reason`."""
from __future__ import annotations

import re

from .enums import Decision

#: formulas that state a decision or join sentences: they are no reason by themselves
#: (longest first, so that 故不予采纳 goes before 不予采纳 and 采纳)
DECISION_FORMULAS = tuple(sorted((
    "故不予采纳", "因此不予采纳", "不予采纳", "不采纳", "故部分采纳", "部分采纳", "予以采纳", "故予以采纳",
    "采纳", "经研究", "经认真研究", "综上", "因此", "所以", "故", "该意见", "此意见", "该建议", "此建议",
    "对此", "其余部分", "其余", "暂不", "不予", "予以", "意见", "建议", "处理",
), key=len, reverse=True))

#: what is left when formulas and phrases are taken away must hold this many characters
MIN_REASON_CHARS = 2

_NOT_WORDS = re.compile(r"[\s\W_]+", re.UNICODE)


def substance(analysis: str | None, phrases: tuple[str, ...] | list[str] = ()) -> str:
    """The analysis without the given phrases, the decision formulas, punctuation and spaces."""
    text = analysis or ""
    for phrase in sorted((p.strip() for p in phrases if p and p.strip()), key=len, reverse=True):
        text = text.replace(phrase, " ")
        text = text.replace(_NOT_WORDS.sub("", phrase), " ") if _NOT_WORDS.sub("", phrase) else text
    text = _NOT_WORDS.sub(" ", text)
    for formula in DECISION_FORMULAS:
        text = text.replace(formula, " ")
    return _NOT_WORDS.sub("", text)


def has_reason(analysis: str | None, phrases: tuple[str, ...] | list[str] = ()) -> bool:
    """Does ``analysis`` say something beyond the phrases it starts from (the user's answer
    phrases, the decision formulas)?"""
    return len(substance(analysis, phrases)) >= MIN_REASON_CHARS


def reason_missing(decision: Decision, analysis: str | None, phrases: tuple[str, ...] | list[str] = ()) -> bool:
    """True when ``decision`` needs a reason and ``analysis`` gives none."""
    return Decision(decision).needs_reason and not has_reason(analysis, phrases)
