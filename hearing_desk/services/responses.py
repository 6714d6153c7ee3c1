"""Use cases of answering opinions (意见处理): the presenter's decision and analysis
(分析及处理建议) for each opinion, one answer for several opinions, progress and
counts, and the report's editable 基本情况 paragraph.

不予采纳 and 部分采纳 are refused without a reason (``Decision.needs_reason``):
the report must say why an opinion was not (fully) adopted.
"""
from __future__ import annotations

import copy
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache

from ..domain import Decision, Opinion, Response
from ..domain.answers import reason_missing
from ..domain.register import article_sort_key, opinion_label
from ..domain.text import clean_text
from ..errors import BadInput
from ..storage.database import Database
from ..storage.models import OpinionRow
from ..storage.repository import hearings, opinions, people
from ..storage.repository.common import check_seen

#: the order decisions are offered and counted in (the issue's order, 待处理 last)
DECISION_ORDER = (Decision.ADOPTED, Decision.PARTIALLY_ADOPTED, Decision.NOT_ADOPTED,
                  Decision.ALREADY_REFLECTED, Decision.EXPLAINED, Decision.DEFERRED,
                  Decision.NOTED, Decision.PENDING)

#: the bar of opinions that name no article in the counts by article
NO_ARTICLE = "未涉及具体条款"


@dataclass(frozen=True)
class Progress:
    answered: int
    total: int

    @property
    def done(self) -> bool:
        return self.answered >= self.total

    def __str__(self) -> str:
        return f"已答复 {self.answered} / {self.total}"


# ------------------------------------------------------------------ pure functions

def reason_problem(decision: Decision, analysis: str | None, what: str = "",
                   phrases: tuple[str, ...] | list[str] = ()) -> str | None:
    """The message refusing ``decision`` without a reason (none, or only a phrase such as
    "故不予采纳。": ``domain/answers.py``), or None when it may be saved."""
    if reason_missing(decision, analysis, phrases):
        where = f"（{what}）" if what else ""
        only = "只写了处理结论，没有说明理由" if (analysis or "").strip() else ""
        return (f"选择“{decision.label}”时必须写明理由{where}{'：' + only if only else ''}：请在“分析及处理建议”中说明"
                f"{'为什么不予采纳' if decision is Decision.NOT_ADOPTED else '采纳了哪些部分、其余部分为什么不采纳'}，"
                "然后再保存。")
    return None


def progress(opinions: list[Opinion]) -> Progress:
    return Progress(sum(1 for o in opinions if o.decision.is_answered), len(opinions))


def counts_by_decision(opinions: list[Opinion]) -> dict[Decision, int]:
    """Every decision in :data:`DECISION_ORDER` with its count (zeros included)."""
    counts = {d: 0 for d in DECISION_ORDER}
    for o in opinions:
        counts[o.decision] += 1
    return counts


def counts_by_article(opinions: list[Opinion]) -> list[tuple[str, int]]:
    """(article label, number of opinions naming it), in article order; opinions that
    name no article are counted under :data:`NO_ARTICLE`, last."""
    counts: dict[str, int] = {}
    none = 0
    for o in opinions:
        if not o.articles:
            none += 1
        for label in dict.fromkeys(o.articles):
            counts[label] = counts.get(label, 0) + 1
    out = sorted(counts.items(), key=lambda kv: article_sort_key(kv[0]))
    if none:
        out.append((NO_ARTICLE, none))
    return out


def next_unanswered(opinions: list[Opinion], current_id: str | None = None) -> str | None:
    """The first unanswered opinion after ``current_id`` in the given order, wrapping
    around; None when every opinion is answered."""
    ids = [o.id for o in opinions]
    start = ids.index(current_id) + 1 if current_id in ids else 0
    n = len(opinions)
    for k in range(n):
        o = opinions[(start + k) % n]
        if not o.decision.is_answered and o.id != current_id:
            return o.id
    return None


_SPACE = re.compile(r"[\s，。、；：？！,.;:?!“”\"'‘’（）()《》]+")


@lru_cache(maxsize=4096)
def _bigrams(text: str) -> frozenset[str]:
    """Character pairs of the text without punctuation and spaces (what Chinese
    near-duplicates share even when a word is added or a mark changes)."""
    t = _SPACE.sub("", text or "")
    if len(t) < 2:
        return frozenset([t]) if t else frozenset()
    return frozenset(t[i:i + 2] for i in range(len(t) - 1))


def similar_opinions(opinions: list[Opinion], opinion_id: str, threshold: float = 0.6,
                     limit: int = 20) -> list[tuple[Opinion, float]]:
    """Other opinions whose text is close to this one's (identical ones first), for
    answering them together. Opinions naming the same articles get a small bonus.
    Fast enough to run on every move through 600 opinions (cached character pairs)."""
    target = next((o for o in opinions if o.id == opinion_id), None)
    if target is None:
        return []
    mine = _bigrams(target.text)
    articles = set(target.articles)
    out = []
    for o in opinions:
        if o.id == opinion_id:
            continue
        theirs = _bigrams(o.text)
        if not mine or not theirs:
            continue
        if theirs == mine:
            out.append((o, 1.0))
            continue
        score = 2 * len(mine & theirs) / (len(mine) + len(theirs))
        if articles and articles & set(o.articles):
            score = min(0.99, score + 0.1)
        if score >= threshold:
            out.append((o, round(score, 3)))
    out.sort(key=lambda item: -item[1])
    return out[:limit]


# ------------------------------------------------------------------ the service

class ResponseService:
    def __init__(self, db: Database):
        self.db = db

    def answer(self, hearing_id: int, opinion_id: str, decision: Decision,
               analysis: str | None, *, seen: int | None = None) -> Response | None:
        """Store the answer to one opinion; returns the previous one (for undo)."""
        return self.answer_many(hearing_id, [opinion_id], decision, analysis,
                                seen=None if seen is None else {opinion_id: seen})[opinion_id]

    def answer_many(self, hearing_id: int, opinion_ids: list[str], decision: Decision,
                    analysis: str | None, *, seen: Mapping[str, int] | None = None) -> dict[str, Response | None]:
        """One answer for several opinions (identical opinions answered once), in one
        transaction, each row updated in place. Returns each opinion's previous answer. A
        待处理 answer without an analysis clears the answer. ``seen``: opinion id → its
        version as the window read it; ``StaleEdit`` (nothing stored) when one was
        changed since."""
        decision = Decision(decision)
        analysis = clean_text(analysis or "").strip() or None
        if not opinion_ids:
            raise BadInput("请先选择要答复的意见。")
        with self.db.session() as s:
            rows = opinions.rows_of(s, hearing_id, opinion_ids)
            problem = reason_problem(decision, analysis, _describe(people.people_by_id(s, hearing_id), rows))
            if problem:
                raise BadInput(problem)
            previous: dict[str, Response | None] = {}
            for row in rows:
                check_seen(s, row, (seen or {}).get(row.key), "这条意见的答复")
                opinion = opinions.row_to_opinion(row)
                previous[row.key] = copy.deepcopy(opinion.response)
                opinion.response = (None if decision is Decision.PENDING and analysis is None
                                    else Response(decision, analysis))
                opinions.write_opinion(row, opinion)
            hearings.touch(s, hearing_id)
            return previous

    def versions(self, hearing_id: int, opinion_ids: Iterable[str]) -> dict[str, int]:
        """Opinion id → its row's version now (what the next save names as ``seen``)."""
        with self.db.session() as s:
            return opinions.versions(s, hearing_id, opinion_ids)

    def restore(self, hearing_id: int, previous: dict[str, Response | None]) -> None:
        """Put back answers as :meth:`answer_many` returned them (undo)."""
        with self.db.session() as s:
            for row in opinions.rows_of(s, hearing_id, previous):
                opinion = opinions.row_to_opinion(row)
                opinion.response = copy.deepcopy(previous[row.key])
                opinions.write_opinion(row, opinion)
            hearings.touch(s, hearing_id)

    # ------------------------------------------------------------ the report's 基本情况
    def set_basic_info(self, hearing_id: int, text: str | None) -> str | None:
        """Store the user's own 基本情况 paragraph (None or blank: compose it from the
        setup again); returns the previous override."""
        with self.db.session() as s:
            fields = hearings.load_fields(s, hearing_id)
            previous = fields.basic_info_override
            fields.basic_info_override = clean_text(text or "").strip() or None
            hearings.save_fields(s, fields)
            return previous


def _describe(everyone: dict, rows: list[OpinionRow]) -> str:
    names = [opinion_label(opinions.row_to_opinion(r), everyone) for r in rows[:3]]
    more = f"等 {len(rows)} 条意见" if len(rows) > 3 else ""
    return "、".join(names) + more
