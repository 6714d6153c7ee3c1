"""Finding words across hearings: how text is cut into index terms, how a query is cut
the same way, what a hit is and the snippet it shows. No SQL here: the storage keeps
the terms in an index (SQLite FTS5, PostgreSQL GIN) and asks for candidates; this
module's :func:`contains` has the last word on what matches.

Chinese has no spaces, and a full-text index's tokenizers see a run of Han characters
as one word (``unicode61``) or cut it into three-character pieces (``trigram``, which
then cannot find a two-character word such as 数据). So the text is cut here, before it
is stored: every run of CJK characters gives each character alone and every pair of
neighbours (公共数据 → 公 共 数 据 公共 共数 数据); other letters and digits give whole
words, folded (NFKC, case-folded: Ｂ２Ｂ and b2b are one word). A query's CJK run of two
or more characters asks for its pairs, a single character for itself, a Latin word or
number for itself. The index returns entries holding every term; :func:`contains` then
keeps those that hold the query words as written (公共 … 数据 in one entry is not 公共数据).
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum

from .model import Hearing
from .turns import turn_numbers


class HitKind(StrEnum):
    """The kind of text a hit is in (stored in the index; the CLI prints the value)."""
    TITLE = "title"              # the hearing's title or matter
    PERSON = "person"            # a person's name, affiliation, 基本情况
    OPINION = "opinion"          # an opinion's text and reasons
    ANSWER = "answer"            # the presenter's answer (analysis) to an opinion
    TRANSCRIPT = "transcript"    # a turn of the transcript

    @property
    def label(self) -> str:
        return _KIND_LABELS[self]


_KIND_LABELS = {
    HitKind.TITLE: "听证会", HitKind.PERSON: "人员", HitKind.OPINION: "意见",
    HitKind.ANSWER: "答复", HitKind.TRANSCRIPT: "笔录",
}


_CJK = "\u3007\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\U00020000-\U0003ffff"
#: a run of CJK characters, or a run of other letters and digits
_RUN = re.compile(f"([{_CJK}]+)|((?:(?![{_CJK}])[^\\W_])+)")


def fold(text: str) -> str:
    """The form text is compared in: NFKC (full-width letters and digits become plain),
    case-folded."""
    return unicodedata.normalize("NFKC", text).casefold()


def _runs(text: str) -> list[tuple[bool, str]]:
    """(is_cjk, run) for each run of CJK characters or of other letters and digits."""
    return [(bool(cjk), cjk or word) for cjk, word in _RUN.findall(fold(text))]


def index_terms(text: str) -> list[str]:
    """The terms an entry is indexed under (order kept, repeats dropped)."""
    terms: list[str] = []
    for cjk, run in _runs(text):
        if cjk:
            terms += run
            terms += [run[i:i + 2] for i in range(len(run) - 1)]
        else:
            terms.append(run)
    return list(dict.fromkeys(terms))


def index_text(text: str) -> str:
    """:func:`index_terms` joined by spaces: what the index column holds."""
    return " ".join(index_terms(text))


def query_terms(words: list[str]) -> list[str]:
    """The terms every matching entry must hold (empty: nothing to look for)."""
    seen: dict[str, None] = {}
    for word in words:
        for cjk, run in _runs(word):
            if cjk and len(run) > 1:
                for i in range(len(run) - 1):
                    seen.setdefault(run[i:i + 2], None)
            else:
                seen.setdefault(run, None)
    return list(seen)


def query_words(query: str | list[str]) -> list[str]:
    """The words of a query (split on white space), folded; empty words dropped."""
    parts = query.split() if isinstance(query, str) else [w for q in query for w in q.split()]
    return [fold(w) for w in parts if fold(w).strip()]


def contains(text: str, words: list[str]) -> bool:
    """Does ``text`` hold every (folded) word as written?"""
    folded = fold(text)
    return all(w in folded for w in words)


def snippet(text: str, words: list[str], width: int = 40) -> str:
    """A line of ``text`` around the first word found, about ``width`` characters, with
    … where it was cut; line breaks become spaces."""
    flat = " ".join(text.split())
    folded = fold(flat)
    same = len(folded) == len(flat)
    where = min((folded.find(w) for w in words if w in folded), default=0)
    if not same:
        flat, where = folded, max(where, 0)
    start = max(0, where - width // 3)
    end = min(len(flat), start + width)
    start = max(0, min(start, end - width))
    return ("…" if start > 0 else "") + flat[start:end] + ("…" if end < len(flat) else "")


@dataclass(frozen=True)
class SearchHit:
    hearing_id: int
    hearing_title: str
    kind: HitKind
    ref: str             # person or opinion key, turn seq; "" for the hearing's own fields
    place: str           # 笔录第 12 段 听证主持人（杨成）, 意见 3（李四）, 听证会名称 …
    snippet: str


@dataclass(frozen=True)
class Tally:
    """Counts across hearings (``stats``): each a list of (label, count), largest first."""
    hearings_by_year: list[tuple[str, int]]
    opinions_by_decision: list[tuple[str, int]]
    people_by_category: list[tuple[str, int]]
    opinions_by_category: list[tuple[str, int]]


@dataclass(frozen=True)
class Entry:
    """One piece of a hearing's text as the index holds it."""
    kind: HitKind
    ref: str
    place: str
    text: str


def entries(hearing: Hearing) -> list[Entry]:
    """Everything of a hearing that search finds, one entry per title, person, opinion,
    answer and committed turn (the places the window can open)."""
    out: list[Entry] = []
    for where, value in (("听证会名称", hearing.title), ("听证事项", hearing.matter)):
        if value and value.strip():
            out.append(Entry(HitKind.TITLE, "", where, value))
    for p in hearing.people:
        text = "\n".join(x for x in (p.name, p.affiliation, p.description) if x and x.strip())
        if text:
            out.append(Entry(HitKind.PERSON, p.id, f"{hearing.label(p.role)} {p.name}", text))
    for n, o in enumerate(hearing.opinions, start=1):
        speaker = hearing.person(o.speaker)
        where = f"意见 {n}（{speaker.name}）" if speaker else f"意见 {n}"
        text = "\n".join(x for x in (o.text, o.basis) if x and x.strip())
        if text:
            out.append(Entry(HitKind.OPINION, o.id, where, text))
        if o.response is not None and o.response.analysis and o.response.analysis.strip():
            out.append(Entry(HitKind.ANSWER, o.id, f"对{where}的答复", o.response.analysis))
    numbers = turn_numbers(hearing.transcript)
    for t in hearing.transcript:
        if t.text and t.text.strip():
            label = "" if t.is_note else f" {hearing.speaker_label(t)}"
            out.append(Entry(HitKind.TRANSCRIPT, str(t.seq), f"笔录第 {numbers[t.seq]} 段{label}", t.text))
    return out
