"""Rules of the opinion register: how messages name an opinion, the order of articles,
and how two opinions' texts become one when they are merged."""
from __future__ import annotations

from typing import Any

from .articles import cn_to_int
from .model import Opinion, Person

#: punctuation after which two texts are joined without an extra mark
_END_MARKS = "。！？；;.!?…\n"


def join_texts(first: str | None, second: str | None) -> str | None:
    """Two passages as one: ``甲。`` + ``乙`` → ``甲。乙``; ``甲`` + ``乙`` → ``甲；乙``."""
    a, b = (first or "").strip(), (second or "").strip()
    if not a or not b:
        return (a or b) or None
    if a == b:
        return a
    return a + ("" if a[-1] in _END_MARKS else "；") + b


def article_sort_key(label: str) -> tuple[int, int, str]:
    """第三条 before 第二十三条; labels that are not 第X条 go last, by text."""
    if label.startswith("第") and label.endswith("条"):
        try:
            return (0, cn_to_int(label[1:-1]), label)
        except ValueError:
            pass
    return (1, 0, label)


def union(*lists: list[Any]) -> list[Any]:
    """The items of every list, each once, in the order first seen."""
    out: list[Any] = []
    for items in lists:
        for item in items:
            if item not in out:
                out.append(item)
    return out


def opinion_label(opinion: Opinion, everyone: dict[str, Person]) -> str:
    """``高朝阳的第2条意见`` — how messages name an opinion (``everyone``: people by id)."""
    person = everyone.get(opinion.speaker)
    name = person.name if person is not None else opinion.speaker
    return f"{name}的第{opinion.seq}条意见" if opinion.seq is not None else f"{name}的意见"


#: where an opinion is split first: the end of a sentence, then of a clause
SENTENCE_ENDS = "。；！？;!?\n"
CLAUSE_ENDS = "，、,："
#: punctuation that goes at a cut: a part neither ends with a clause mark nor starts with any mark
_TRAILING_AT_CUT = "，、,：:；; \u3000\t"
_LEADING_AT_CUT = "，、,。；;！!？?：: \u3000\t\n"


def split_point(text: str) -> int:
    """Where to split ``text`` in two by default: after the sentence end nearest the
    middle (。；！？), else after the clause end nearest it (，、), else the middle; never
    at the very start or end."""
    middle = len(text) / 2
    for ends in (SENTENCE_ENDS, CLAUSE_ENDS):
        marks = [i + 1 for i, ch in enumerate(text) if ch in ends and 0 < i + 1 < len(text.rstrip())]
        if marks:
            return min(marks, key=lambda m: abs(m - middle))
    return len(text) // 2


def split_parts(text: str, position: int) -> tuple[str, str]:
    """The two parts of ``text`` cut at ``position``, punctuation trimmed at the cut: the
    first part does not end with a clause mark (，、：；), the second does not start with any mark."""
    first, second = text[:position].strip(), text[position:].strip()
    return first.rstrip(_TRAILING_AT_CUT), second.lstrip(_LEADING_AT_CUT)
