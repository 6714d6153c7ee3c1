"""The hearing row – the hearing's own fields (setup, agenda, draft, disputes, report,
settings; small lists are JSON columns) – whole hearings, and the list's summaries.

:func:`require_hearing` is the one way a service finds a hearing it was asked about:
a hearing deleted meanwhile (by another tab or another program) is ``NotFound``.
"""
from __future__ import annotations

from dataclasses import asdict, fields
from datetime import date
from typing import Any, cast

from sqlalchemy import Table, insert, select, update
from sqlalchemy.orm import Session

from ...domain import (
    AgendaItem,
    Dispute,
    Draft,
    DraftArticle,
    Hearing,
    HearingSummary,
    Milestone,
    ProcedureSettings,
    ReportMeta,
    Role,
)
from ...domain.signing import signature_counts
from ...errors import NotFound
from ..models import (
    CheckoutRow,
    HearingRow,
    OpinionRow,
    PersonRow,
    RecordChangeRow,
    RecordingRow,
    TranscriptLockRow,
    TurnRow,
)
from . import leases, opinions, people, record, recordings, turns
from .common import iso, now_iso, parse_dt

_HEARINGS = cast(Table, HearingRow.__table__)


def _gone(hearing_id: int | None) -> NotFound:
    return NotFound(f"数据库中没有编号为 {hearing_id} 的听证会，它可能已被删除。")


def require_hearing(session: Session, hearing_id: int | None) -> HearingRow:
    """The hearing's row; NotFound (a sentence for the user) when there is no such hearing."""
    row = session.get(HearingRow, hearing_id) if hearing_id is not None else None
    if row is None:
        raise _gone(hearing_id)
    return row


def require_exists(session: Session, hearing_id: int) -> None:
    """:func:`require_hearing` without loading the row: one Core SELECT of the key (the
    check before every Enter in the transcript)."""
    if session.execute(select(_HEARINGS.c.id).where(_HEARINGS.c.id == hearing_id)).one_or_none() is None:
        raise _gone(hearing_id)


def version(session: Session, hearing_id: int) -> int | None:
    """The hearing's version (one more at every change of it); None when it is gone."""
    return session.execute(select(_HEARINGS.c.version).where(_HEARINGS.c.id == hearing_id)).scalar_one_or_none()


def touch(session: Session, hearing_id: int) -> None:
    """The hearing changed now (``updated_at``, ``version``; one Core UPDATE). Refused
    (``HearingLeased``) while another window holds the hearing's editing lease."""
    leases.check_may_write(session, hearing_id)
    session.execute(update(_HEARINGS).where(_HEARINGS.c.id == hearing_id).values(
        updated_at=now_iso(), version=_HEARINGS.c.version + 1))


# ---------------------------------------------------------------- the hearing's own fields

def _settings_from(data: dict | None) -> ProcedureSettings:
    known = {f.name for f in fields(ProcedureSettings)}
    return ProcedureSettings(**{k: v for k, v in (data or {}).items() if k in known})


def write_fields(row: HearingRow, h: Hearing) -> None:
    """Copy the hearing-level fields (not people, turns, opinions) onto ``row``."""
    row.title = h.title
    row.matter = h.matter
    row.organizer = h.organizer
    row.legal_bases = list(h.legal_bases) if h.legal_bases is not None else None
    row.purpose = h.purpose
    row.starts_at = iso(h.starts_at)
    row.ends_at = iso(h.ends_at)
    row.venue = h.venue
    row.role_labels = {str(k): v for k, v in h.role_labels.items()} or None
    row.milestones = ([{"date": m.date.isoformat(), "event": m.event} for m in h.milestones]
                      if h.milestones is not None else None)
    row.agenda = [{"seq": a.seq, "title": a.title} for a in h.agenda] or None
    row.disputes = [{"text": d.text, "opinion_ids": list(d.opinion_ids)} for d in h.disputes] or None
    row.other_notes = h.other_notes
    row.report = None if h.report is None else {
        k: v for k, v in {
            "issuer": h.report.issuer, "date": iso(h.report.date),
            "attachments": list(h.report.attachments) if h.report.attachments is not None else None,
        }.items() if v is not None}
    row.draft = None if h.draft is None else {
        "title": h.draft.title,
        "articles": [{"label": a.label, "text": a.text, "number": a.number, "chapter": a.chapter}
                     for a in h.draft.articles]}
    row.basic_info_override = h.basic_info_override
    row.settings = asdict(h.settings)
    row.updated_at = now_iso()


def read_fields(row: HearingRow) -> Hearing:
    """The hearing row's own fields (no people, turns or opinions)."""
    report = None
    if row.report is not None:
        r = row.report
        report = ReportMeta(issuer=r.get("issuer"),
                            date=date.fromisoformat(r["date"]) if r.get("date") else None,
                            attachments=r.get("attachments"))
    draft = None
    if row.draft is not None:
        draft = Draft(title=row.draft.get("title"), articles=[
            DraftArticle(label=a["label"], text=a["text"], number=a.get("number"), chapter=a.get("chapter"))
            for a in row.draft.get("articles", [])])
    return Hearing(
        id=row.id, title=row.title, matter=row.matter, organizer=row.organizer,
        legal_bases=row.legal_bases, purpose=row.purpose,
        starts_at=parse_dt(row.starts_at), ends_at=parse_dt(row.ends_at), venue=row.venue,
        role_labels={Role(k): v for k, v in (row.role_labels or {}).items()},
        milestones=[Milestone(date.fromisoformat(m["date"]), m["event"]) for m in row.milestones]
        if row.milestones is not None else None,
        agenda=[AgendaItem(a["seq"], a["title"]) for a in row.agenda or []],
        disputes=[Dispute(d["text"], list(d.get("opinion_ids", []))) for d in row.disputes or []],
        other_notes=row.other_notes, report=report, draft=draft,
        basic_info_override=row.basic_info_override,
        settings=_settings_from(row.settings),
    )


def load_fields(session: Session, hearing_id: int) -> Hearing:
    """The hearing's own fields (cheap: a full load reads thousands of turns); NotFound."""
    return read_fields(require_hearing(session, hearing_id))


def save_fields(session: Session, h: Hearing) -> None:
    """Store the hearing-level fields of ``h`` (its id says which hearing); NotFound;
    HearingLeased while another window edits the hearing."""
    row = require_hearing(session, h.id)
    leases.check_may_write(session, row.id)
    write_fields(row, h)
    row.version = HearingRow.version + 1        # in SQL: whatever another session made it meanwhile


def load_with_people(session: Session, hearing_id: int) -> Hearing:
    """The hearing's own fields and its people, without turns or opinions; NotFound."""
    h = load_fields(session, hearing_id)
    h.people = people.load_people(session, hearing_id)
    return h


# ---------------------------------------------------------------- whole hearings

def add_hearing(session: Session, h: Hearing) -> int:
    """Store a new hearing with everything in it; return its database id.

    The children go in as one multi-row INSERT per table (a full-day hearing has
    thousands of turns; the ORM's unit of work would take seconds).
    """
    row = HearingRow(created_at=now_iso())
    write_fields(row, h)
    session.add(row)
    session.flush()
    hid = row.id

    insert_children(session, hid, h)
    h.id = hid
    return hid


def insert_children(session: Session, hearing_id: int, h: Hearing) -> None:
    """Store ``h``'s people, turns, opinions, locks, changes and recordings under
    ``hearing_id``: one multi-row INSERT per table (a full-day hearing has thousands of
    turns; the ORM's unit of work would take seconds). Rows start at version 1."""
    children: tuple[tuple[type, list[Any]], ...] = (
        (PersonRow, [people.person_to_row(p, i) for i, p in enumerate(h.people)]),
        (TurnRow, [turns.turn_to_row(t) for t in h.transcript]),
        (OpinionRow, [opinions.opinion_to_row(o, i) for i, o in enumerate(h.opinions)]),
        (TranscriptLockRow, [record.lock_to_row(k) for k in h.locks]),
        (RecordChangeRow, [record.change_to_row(c) for c in h.changes]),
        (RecordingRow, [recordings.recording_to_row(r) for r in h.recordings]),
    )
    for model, rows in children:
        if not rows:
            continue
        values = []
        for r in rows:
            state = {c.key: getattr(r, c.key) for c in r.__table__.columns if c.key != "id"}
            if "version" in state:
                state["version"] = 1
            state["hearing_id"] = hearing_id
            values.append(state)
        session.execute(insert(model), values)


def load_hearing(session: Session, hearing_id: int) -> Hearing:
    """The whole hearing (committed turns only; the typing box's turn: ``turns.draft_turn``); NotFound."""
    h = load_fields(session, hearing_id)
    h.people = people.load_people(session, hearing_id)
    h.transcript = turns.committed_turns(session, hearing_id)
    h.opinions = opinions.load_opinions(session, hearing_id)
    h.locks = record.load_locks(session, hearing_id)
    h.changes = record.load_changes(session, hearing_id)
    h.recordings = recordings.load_recordings(session, hearing_id)
    return h


def delete_hearing(session: Session, hearing_id: int) -> None:
    """Delete the hearing with everything in it; NotFound; HearingLeased while another
    window edits it."""
    row = require_hearing(session, hearing_id)
    leases.check_may_write(session, hearing_id)
    session.delete(row)


def list_hearings(session: Session) -> list[HearingSummary]:
    """Every hearing with where it stands. Counts of rows are SQL counts; where the
    signatures stand is the domain's rule (``signature_counts``), over each hearing's
    people and locks (a few dozen rows per hearing)."""
    participants = people.participants_per_hearing(session)
    turn_counts = turns.turns_per_hearing(session)
    opinion_counts, answered = opinions.counts_per_hearing(session)
    everyone = people.people_of_every_hearing(session)
    locks = record.locks_of_every_hearing(session)
    checked_out = {hid: (side, by) for hid, side, by in session.execute(
        select(CheckoutRow.hearing_id, CheckoutRow.side, CheckoutRow.checked_out_by))}
    out = []
    for hid, title, starts, labels, updated in session.execute(
            select(HearingRow.id, HearingRow.title, HearingRow.starts_at, HearingRow.role_labels,
                   HearingRow.updated_at).order_by(HearingRow.id)):
        h = Hearing(title=title, people=everyone.get(hid, []), locks=locks.get(hid, []),
                    role_labels={Role(k): v for k, v in (labels or {}).items()})
        out.append(HearingSummary(
            id=hid, title=title, starts_at=parse_dt(starts), participants=participants.get(hid, 0),
            turns=turn_counts.get(hid, 0), opinions=opinion_counts.get(hid, 0), answered=answered.get(hid, 0),
            signatures_pending=signature_counts(h).pending if h.is_locked else 0,
            locked=h.is_locked, updated_at=updated,
            lent_by=checked_out[hid][1] if checked_out.get(hid, ("",))[0] == "archive" else None,
            borrowed=checked_out.get(hid, ("",))[0] == "copy"))
    return out
