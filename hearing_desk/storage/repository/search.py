"""Search across hearings: the entries of the index, kept fresh, asked for candidates;
counts across hearings (``stats``).

The database's triggers list a changed hearing in ``search_stale`` in the transaction
that changed it (``storage/fulltext.py``); :func:`refresh` rebuilds the entries of the
hearings listed there (the hearing as :func:`hearings.load_hearing` reads it, cut into
entries by ``domain.search.entries``), in the caller's transaction, before a search looks.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Generator
from typing import Any, cast

from sqlalchemy import Table, delete, insert, select, text
from sqlalchemy.orm import Session

from ...domain import Decision
from ...domain.search import Entry, entries, index_text
from ...errors import NotFound
from ..models import HearingRow, OpinionRow, PersonRow, SearchEntryRow, SearchStaleRow
from . import hearings

_ENTRIES = cast(Table, SearchEntryRow.__table__)
_STALE = cast(Table, SearchStaleRow.__table__)


def stale_hearings(session: Session) -> list[int]:
    return list(session.execute(select(_STALE.c.hearing_id).order_by(_STALE.c.hearing_id)).scalars())


def refresh(session: Session) -> int:
    """Rebuild the entries of every stale hearing; return how many were rebuilt."""
    stale = stale_hearings(session)
    for hid in stale:
        reindex(session, hid)
    return len(stale)


def reindex(session: Session, hearing_id: int) -> None:
    """Replace the entries of one hearing by what it holds now (none if it is gone)."""
    session.execute(delete(_ENTRIES).where(_ENTRIES.c.hearing_id == hearing_id))
    try:
        hearing = hearings.load_hearing(session, hearing_id)
    except NotFound:
        hearing = None
    if hearing is not None:
        rows = [_row(hearing_id, e) for e in entries(hearing)]
        if rows:
            session.execute(insert(_ENTRIES), rows)
    session.execute(delete(_STALE).where(_STALE.c.hearing_id == hearing_id))


def mark_all_stale(session: Session) -> None:
    """Every hearing's entries to be rebuilt at the next search (``search --rebuild``)."""
    session.execute(delete(_STALE))
    session.execute(insert(_STALE).from_select(["hearing_id"], select(HearingRow.id)))


def _row(hearing_id: int, e: Entry) -> dict[str, Any]:
    return {"hearing_id": hearing_id, "kind": str(e.kind), "ref": e.ref, "place": e.place,
            "text": e.text, "terms": index_text(e.text)}


def candidates(session: Session, terms: list[str], limit: int | None = None) -> Generator[tuple, None, None]:
    """Entries holding every term: (entry id, hearing_id, hearing title, kind, ref, place,
    text), in no particular order, read as they are consumed (straight from FTS5 on
    SQLite, a server cursor on PostgreSQL): a caller that stops after a few hundred does
    not wait for the index to list a common word's every place.
    ``domain.search.contains`` says which really match."""
    if not terms:
        return
    dialect = session.get_bind().dialect.name
    cols = "SELECT e.id, e.hearing_id, h.title, e.kind, e.ref, e.place, e.text "
    if dialect == "sqlite":
        match = " AND ".join('"' + t.replace('"', '""') + '"' for t in terms)
        sql = (cols + "FROM search_fts f JOIN search_entry e ON e.id = f.rowid JOIN hearing h ON h.id = e.hearing_id "
               "WHERE search_fts MATCH :match ")
        params: dict[str, Any] = {"match": match}
    elif dialect == "postgresql":
        sql = (cols + "FROM search_entry e JOIN hearing h ON h.id = e.hearing_id "
               "WHERE string_to_array(e.terms, ' ') @> CAST(:terms AS text[]) ")
        params = {"terms": terms}
    else:       # another server: no index, the terms' words looked for one by one
        conds = [f"(' ' || e.terms || ' ') LIKE :t{i}" for i in range(len(terms))]
        sql = cols + "FROM search_entry e JOIN hearing h ON h.id = e.hearing_id WHERE " + " AND ".join(conds) + " "
        params = {f"t{i}": f"% {t} %" for i, t in enumerate(terms)}
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    statement = text(sql).execution_options(stream_results=True, max_row_buffer=1000)
    for row in session.execute(statement, params):
        yield tuple(row)


def entry_count(session: Session) -> int:
    return int(session.execute(select(text("count(*)")).select_from(_ENTRIES)).scalar_one())


# ---------------------------------------------------------------- counts across hearings

def years_of_hearings(session: Session) -> Counter[str]:
    """Hearings by the year they were held (``未定`` without a date)."""
    out: Counter[str] = Counter()
    for (starts,) in session.execute(select(HearingRow.starts_at)):
        out[starts[:4] if starts else ""] += 1
    return out


def opinions_by_decision(session: Session) -> Counter[Decision]:
    from sqlalchemy import func
    out: Counter[Decision] = Counter()
    for decision, n in session.execute(select(OpinionRow.decision, func.count()).group_by(OpinionRow.decision)):
        out[Decision(decision) if decision else Decision.PENDING] += int(n)
    return out


def people_by_category(session: Session, roles: tuple[str, ...]) -> Counter[str]:
    from sqlalchemy import func
    out: Counter[str] = Counter()
    for category, n in session.execute(select(PersonRow.category, func.count())
                                       .where(PersonRow.role.in_(roles)).group_by(PersonRow.category)):
        out[category or ""] += int(n)
    return out


def opinions_by_speaker_category(session: Session) -> Counter[str]:
    from sqlalchemy import and_, func
    out: Counter[str] = Counter()
    joined = OpinionRow.__table__.join(PersonRow.__table__, and_(
        PersonRow.hearing_id == OpinionRow.hearing_id, PersonRow.key == OpinionRow.speaker), isouter=True)
    for category, n in session.execute(select(PersonRow.category, func.count()).select_from(joined)
                                       .group_by(PersonRow.category)):
        out[category or ""] += int(n)
    return out
