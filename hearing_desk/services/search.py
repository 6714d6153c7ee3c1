"""Search across hearings and counts across hearings (the command line's ``search`` and
``stats``, the hearing list's search box and its dialog).

A search first brings the index up to date (the hearings the database's triggers
listed as changed are indexed again, in the search's own transaction), then asks the
index for entries holding every term of the query and keeps those that hold the words
as written (``domain.search``). A database opened read-only (the command line beside an
open window) is not written: the hearings changed since their last indexing are read
and searched whole instead (as is any hearing changed between the refresh and the look).
"""
from __future__ import annotations

from contextlib import closing

from ..domain import CATEGORY_CHOICES, Decision, Role
from ..domain.search import HitKind, SearchHit, Tally, contains, entries, query_terms, query_words, snippet
from ..errors import BadInput, NotFound
from ..storage.database import Database
from ..storage.repository import hearings
from ..storage.repository import search as index

#: roles whose category is counted (those who speak for the public)
COUNTED_ROLES = (str(Role.PARTICIPANT), str(Role.OBSERVER))


class SearchService:
    def __init__(self, db: Database):
        self.db = db

    def search(self, query: str | list[str], *, limit: int = 500) -> list[SearchHit]:
        """Every place (title, person, opinion, answer, turn) holding all words of
        ``query``, hearing by hearing, in the order of the hearing; at most ``limit``
        (the first found, when there are more)."""
        words = query_words(query)
        terms = query_terms(words)
        if not terms:
            raise BadInput("请输入要查找的字词（汉字、字母或数字）。")
        found_hits: list[tuple[int, int, SearchHit]] = []     # (hearing, entry order, hit)
        if not self.db.read_only:
            self.refresh()
        with self.db.session() as s:
            # changed since the refresh (or not refreshed: read-only): read whole, not from the index
            stale = set(index.stale_hearings(s))
            with closing(index.candidates(s, terms)) as found:
                for eid, hid, title, kind, ref, place, body in found:
                    if hid in stale or not contains(body, words):
                        continue
                    found_hits.append((hid, eid, SearchHit(hid, title, HitKind(kind), ref, place,
                                                           snippet(body, words))))
                    if len(found_hits) >= limit:
                        break
            for hid in sorted(stale):
                if len(found_hits) >= limit:
                    break
                try:
                    hearing = hearings.load_hearing(s, hid)
                except NotFound:            # deleted meanwhile: nothing to find there
                    continue
                for n, e in enumerate(entries(hearing)):
                    if contains(e.text, words):
                        found_hits.append((hid, n, SearchHit(hid, hearing.title, e.kind, e.ref, e.place,
                                                             snippet(e.text, words))))
        found_hits.sort(key=lambda x: (x[0], x[1]))    # hearing by hearing, in the order of its entries
        return [hit for _, _, hit in found_hits[:limit]]

    def rebuild(self) -> int:
        """Index every hearing again (after a restore, or when in doubt); how many."""
        with self.db.session() as s:
            index.mark_all_stale(s)
        return self.refresh()

    def refresh(self) -> int:
        """Index the hearings changed since they were last indexed, one transaction each
        (a full-day hearing takes about a second: a writer waits no longer than that)."""
        with self.db.session() as s:
            stale = index.stale_hearings(s)
        for hid in stale:
            with self.db.session() as s:
                index.reindex(s, hid)
        return len(stale)

    def tally(self) -> Tally:
        """Hearings by year, opinions by decision, participants and their opinions by category."""
        with self.db.session() as s:
            years = index.years_of_hearings(s)
            decisions = index.opinions_by_decision(s)
            people = index.people_by_category(s, COUNTED_ROLES)
            opinions = index.opinions_by_speaker_category(s)

        def ordered(counts, order: list[str]) -> list[tuple[str, int]]:
            known = [(k, counts[k]) for k in order if counts.get(k)]
            rest = sorted(((k, n) for k, n in counts.items() if k not in order and n), key=lambda x: (-x[1], x[0]))
            return [(k or "未填", n) for k, n in known + rest]

        return Tally(
            hearings_by_year=[(y or "日期未定", n) for y, n in sorted(years.items(), key=lambda x: x[0] or "9999")],
            opinions_by_decision=[(d.label, decisions[d]) for d in Decision if decisions.get(d)],
            people_by_category=ordered(people, list(CATEGORY_CHOICES)),
            opinions_by_category=ordered(opinions, list(CATEGORY_CHOICES)),
        )
