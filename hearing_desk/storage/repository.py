"""Rows to domain objects and back. Services call these inside their own session."""
from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from datetime import UTC, date, datetime

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from ..domain import (
    AgendaItem,
    Contact,
    Decision,
    Dispute,
    Draft,
    DraftArticle,
    Hearing,
    Milestone,
    Opinion,
    Person,
    ProcedureSettings,
    RecordChange,
    Recording,
    ReportMeta,
    Response,
    Role,
    Signature,
    SignatureStatus,
    TranscriptLock,
    Turn,
    TurnKind,
)
from ..domain.signing import signature_counts
from .models import (
    HearingRow,
    OpinionRow,
    PersonRow,
    RecordChangeRow,
    RecordingRow,
    TranscriptLockRow,
    TurnRow,
)


def now_iso() -> str:
    return datetime.now(UTC).astimezone().isoformat(timespec="seconds")


def _iso(value: datetime | date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _dt(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


# ---------------------------------------------------------------- hearing row

def _settings_from(data: dict | None) -> ProcedureSettings:
    known = {f.name for f in fields(ProcedureSettings)}
    return ProcedureSettings(**{k: v for k, v in (data or {}).items() if k in known})


def write_hearing_fields(row: HearingRow, h: Hearing) -> None:
    """Copy the hearing-level fields (not people, turns, opinions) onto ``row``."""
    row.title = h.title
    row.matter = h.matter
    row.organizer = h.organizer
    row.legal_bases = list(h.legal_bases) if h.legal_bases is not None else None
    row.purpose = h.purpose
    row.starts_at = _iso(h.starts_at)
    row.ends_at = _iso(h.ends_at)
    row.venue = h.venue
    row.role_labels = {str(k): v for k, v in h.role_labels.items()} or None
    row.milestones = ([{"date": m.date.isoformat(), "event": m.event} for m in h.milestones]
                      if h.milestones is not None else None)
    row.agenda = [{"seq": a.seq, "title": a.title} for a in h.agenda] or None
    row.disputes = [{"text": d.text, "opinion_ids": list(d.opinion_ids)} for d in h.disputes] or None
    row.other_notes = h.other_notes
    row.report = None if h.report is None else {
        k: v for k, v in {
            "issuer": h.report.issuer, "date": _iso(h.report.date),
            "attachments": list(h.report.attachments) if h.report.attachments is not None else None,
        }.items() if v is not None}
    row.draft = None if h.draft is None else {
        "title": h.draft.title,
        "articles": [{"label": a.label, "text": a.text, "number": a.number, "chapter": a.chapter}
                     for a in h.draft.articles]}
    row.basic_info_override = h.basic_info_override
    row.settings = asdict(h.settings)
    row.updated_at = now_iso()


def load_hearing_fields(row: HearingRow) -> Hearing:
    """The hearing row's own fields (no people, turns or opinions): cheap, for services
    that change one field and write it back."""
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
        starts_at=_dt(row.starts_at), ends_at=_dt(row.ends_at), venue=row.venue,
        role_labels={Role(k): v for k, v in (row.role_labels or {}).items()},
        milestones=[Milestone(date.fromisoformat(m["date"]), m["event"]) for m in row.milestones]
        if row.milestones is not None else None,
        agenda=[AgendaItem(a["seq"], a["title"]) for a in row.agenda or []],
        disputes=[Dispute(d["text"], list(d.get("opinion_ids", []))) for d in row.disputes or []],
        other_notes=row.other_notes, report=report, draft=draft,
        basic_info_override=row.basic_info_override,
        settings=_settings_from(row.settings),
    )


# ---------------------------------------------------------------- children

def person_to_row(p: Person, position: int) -> PersonRow:
    row = PersonRow(position=position)
    write_person(row, p)
    return row


def write_person(row: PersonRow, p: Person) -> None:
    row.key = p.id
    row.role = str(p.role)
    row.name = p.name
    row.affiliation = p.affiliation
    row.description = p.description
    row.selection = p.selection
    row.category = p.category
    row.seq = p.seq
    row.attended = p.attended
    row.contact = None if p.contact is None else {k: v for k, v in asdict(p.contact).items() if v is not None}
    row.signature_status = str(p.signature.status) if p.signature else None
    row.signature_note = p.signature.note if p.signature else None
    row.signature_lock = p.signature.lock if p.signature else None


def row_to_person(row: PersonRow) -> Person:
    return Person(
        id=row.key, role=Role(row.role), name=row.name, affiliation=row.affiliation,
        description=row.description, selection=row.selection, category=row.category,
        seq=row.seq, attended=row.attended,
        contact=Contact(**row.contact) if row.contact is not None else None,
        signature=Signature(SignatureStatus(row.signature_status), row.signature_note, row.signature_lock)
        if row.signature_status else None,
    )


def turn_to_row(t: Turn, *, draft: bool = False) -> TurnRow:
    row = TurnRow(draft=draft)
    write_turn(row, t)
    return row


def write_turn(row: TurnRow, t: Turn) -> None:
    row.seq = t.seq
    row.speaker = t.speaker
    row.speaker_label = t.speaker_label
    row.at = _iso(t.at)
    row.kind = str(t.kind) if t.kind else None
    row.agenda_item = t.agenda_item
    row.text = t.text
    row.recording = t.recording
    row.audio_start_ms = t.audio_start_ms
    row.audio_end_ms = t.audio_end_ms


def row_to_turn(row: TurnRow) -> Turn:
    return Turn(seq=row.seq, text=row.text, speaker=row.speaker, speaker_label=row.speaker_label,
                at=_dt(row.at), kind=TurnKind(row.kind) if row.kind else None,
                agenda_item=row.agenda_item, recording=row.recording,
                audio_start_ms=row.audio_start_ms, audio_end_ms=row.audio_end_ms)


def recording_to_row(r: Recording) -> RecordingRow:
    row = RecordingRow()
    write_recording(row, r)
    return row


def write_recording(row: RecordingRow, r: Recording) -> None:
    row.key = r.id
    row.file = r.file
    row.sha256 = r.sha256
    row.duration_ms = r.duration_ms
    row.started_at = _iso(r.started_at)
    row.sample_rate = r.sample_rate
    row.channels = r.channels


def row_to_recording(row: RecordingRow) -> Recording:
    return Recording(id=row.key, file=row.file, sha256=row.sha256, duration_ms=row.duration_ms,
                     started_at=_dt(row.started_at), sample_rate=row.sample_rate, channels=row.channels)


def load_recordings(session: Session, hearing_id: int) -> list[Recording]:
    return [row_to_recording(r) for r in session.scalars(select(RecordingRow).where(
        RecordingRow.hearing_id == hearing_id).order_by(RecordingRow.id))]


def lock_to_row(lock: TranscriptLock) -> TranscriptLockRow:
    return TranscriptLockRow(number=lock.number, locked_at=_iso(lock.locked_at), unlocked_at=_iso(lock.unlocked_at),
                             fingerprint=lock.fingerprint, scheme=lock.scheme)


def row_to_lock(row: TranscriptLockRow) -> TranscriptLock:
    return TranscriptLock(number=row.number, fingerprint=row.fingerprint, locked_at=_dt(row.locked_at),
                          unlocked_at=_dt(row.unlocked_at), scheme=row.scheme)


def change_to_row(c: RecordChange) -> RecordChangeRow:
    return RecordChangeRow(lock=c.lock, changed_at=_iso(c.changed_at), key=c.key, what=c.what,
                           before=c.before, after=c.after)


def row_to_change(row: RecordChangeRow) -> RecordChange:
    return RecordChange(lock=row.lock, changed_at=datetime.fromisoformat(row.changed_at), key=row.key,
                        what=row.what, before=row.before, after=row.after)


def load_locks(session: Session, hearing_id: int) -> list[TranscriptLock]:
    return [row_to_lock(r) for r in session.scalars(select(TranscriptLockRow).where(
        TranscriptLockRow.hearing_id == hearing_id).order_by(TranscriptLockRow.number))]


def last_lock_row(session: Session, hearing_id: int) -> TranscriptLockRow | None:
    return session.scalar(select(TranscriptLockRow).where(TranscriptLockRow.hearing_id == hearing_id)
                          .order_by(TranscriptLockRow.number.desc()).limit(1))


def load_changes(session: Session, hearing_id: int) -> list[RecordChange]:
    return [row_to_change(r) for r in session.scalars(select(RecordChangeRow).where(
        RecordChangeRow.hearing_id == hearing_id).order_by(RecordChangeRow.id))]


def opinion_to_row(o: Opinion, position: int) -> OpinionRow:
    row = OpinionRow(position=position)
    write_opinion(row, o)
    return row


def write_opinion(row: OpinionRow, o: Opinion) -> None:
    row.key = o.id
    row.speaker = o.speaker
    row.seq = o.seq
    row.text = o.text
    row.basis = o.basis
    row.articles = list(o.articles) or None
    row.topic = o.topic
    row.transcript_refs = list(o.transcript_refs) or None
    row.decision = str(o.response.decision) if o.response else None
    row.analysis = o.response.analysis if o.response else None


def row_to_opinion(row: OpinionRow) -> Opinion:
    return Opinion(
        id=row.key, speaker=row.speaker, text=row.text, seq=row.seq, basis=row.basis,
        articles=list(row.articles or []), topic=row.topic,
        transcript_refs=list(row.transcript_refs or []),
        response=Response(Decision(row.decision), row.analysis) if row.decision else None,
    )


# ---------------------------------------------------------------- whole hearings

def add_hearing(session: Session, h: Hearing) -> int:
    """Store a new hearing with everything in it; return its database id.

    The children go in as one multi-row INSERT per table (a full-day hearing has
    thousands of turns; the ORM's unit of work would take seconds).
    """
    row = HearingRow(created_at=now_iso())
    write_hearing_fields(row, h)
    session.add(row)
    session.flush()
    hid = row.id

    def values(rows) -> list[dict]:
        out = []
        for r in rows:
            state = {c.key: getattr(r, c.key) for c in r.__table__.columns if c.key != "id"}
            state["hearing_id"] = hid
            out.append(state)
        return out

    for model, rows in (
        (PersonRow, [person_to_row(p, i) for i, p in enumerate(h.people)]),
        (TurnRow, [turn_to_row(t) for t in h.transcript]),
        (OpinionRow, [opinion_to_row(o, i) for i, o in enumerate(h.opinions)]),
        (TranscriptLockRow, [lock_to_row(k) for k in h.locks]),
        (RecordChangeRow, [change_to_row(c) for c in h.changes]),
        (RecordingRow, [recording_to_row(r) for r in h.recordings]),
    ):
        if rows:
            session.execute(insert(model), values(rows))
    h.id = hid
    return hid


def get_row(session: Session, hearing_id: int) -> HearingRow | None:
    return session.get(HearingRow, hearing_id)


def load_hearing(session: Session, hearing_id: int) -> Hearing | None:
    """The whole hearing (committed turns only; the unfinished one: ``load_draft_turn``)."""
    row = session.get(HearingRow, hearing_id)
    if row is None:
        return None
    h = load_hearing_fields(row)
    h.people = [row_to_person(r) for r in session.scalars(
        select(PersonRow).where(PersonRow.hearing_id == hearing_id).order_by(PersonRow.position))]
    h.transcript = [row_to_turn(r) for r in session.scalars(
        select(TurnRow).where(TurnRow.hearing_id == hearing_id, TurnRow.draft.is_(False))
        .order_by(TurnRow.seq))]
    h.opinions = [row_to_opinion(r) for r in session.scalars(
        select(OpinionRow).where(OpinionRow.hearing_id == hearing_id).order_by(OpinionRow.position))]
    h.locks = load_locks(session, hearing_id)
    h.changes = load_changes(session, hearing_id)
    h.recordings = load_recordings(session, hearing_id)
    return h


def load_draft_turn(session: Session, hearing_id: int) -> Turn | None:
    row = session.scalar(select(TurnRow).where(TurnRow.hearing_id == hearing_id, TurnRow.draft.is_(True)))
    return row_to_turn(row) if row else None


def save_hearing_fields(session: Session, h: Hearing) -> None:
    row = session.get(HearingRow, h.id)
    if row is None:
        raise LookupError(h.id)
    write_hearing_fields(row, h)


def replace_people(session: Session, hearing_id: int, people: list[Person]) -> None:
    session.execute(delete(PersonRow).where(PersonRow.hearing_id == hearing_id))
    session.add_all([_with_hearing(person_to_row(p, i), hearing_id) for i, p in enumerate(people)])
    touch(session, hearing_id)


def replace_opinions(session: Session, hearing_id: int, opinions: list[Opinion]) -> None:
    session.execute(delete(OpinionRow).where(OpinionRow.hearing_id == hearing_id))
    session.add_all([_with_hearing(opinion_to_row(o, i), hearing_id) for i, o in enumerate(opinions)])
    touch(session, hearing_id)


def _with_hearing(row, hearing_id: int):
    row.hearing_id = hearing_id
    return row


def touch(session: Session, hearing_id: int) -> None:
    row = session.get(HearingRow, hearing_id)
    if row is not None:
        row.updated_at = now_iso()


def delete_hearing(session: Session, hearing_id: int) -> bool:
    row = session.get(HearingRow, hearing_id)
    if row is None:
        return False
    session.delete(row)
    return True


@dataclass
class HearingSummary:
    """One line of the hearing list, with where the hearing stands."""
    id: int
    title: str
    starts_at: datetime | None
    participants: int
    turns: int
    opinions: int
    answered: int
    signatures_pending: int
    locked: bool
    updated_at: str


def list_hearings(session: Session) -> list[HearingSummary]:
    """Every hearing with where it stands. Counts of rows are SQL counts; where the
    signatures stand is the domain's rule (``signature_counts``), over each hearing's
    people and locks (a few dozen rows per hearing)."""
    def counts(stmt) -> dict[int, int]:
        return dict(session.execute(stmt).all())

    participants = counts(select(PersonRow.hearing_id, func.count()).where(
        PersonRow.role == str(Role.PARTICIPANT)).group_by(PersonRow.hearing_id))
    turns = counts(select(TurnRow.hearing_id, func.count()).where(TurnRow.draft.is_(False))
                   .group_by(TurnRow.hearing_id))
    opinions = counts(select(OpinionRow.hearing_id, func.count()).group_by(OpinionRow.hearing_id))
    answered = counts(select(OpinionRow.hearing_id, func.count()).where(
        OpinionRow.decision.isnot(None), OpinionRow.decision != "pending").group_by(OpinionRow.hearing_id))
    people: dict[int, list[Person]] = {}
    for r in session.scalars(select(PersonRow).order_by(PersonRow.hearing_id, PersonRow.position)):
        people.setdefault(r.hearing_id, []).append(row_to_person(r))
    locks: dict[int, list[TranscriptLock]] = {}
    for r in session.scalars(select(TranscriptLockRow).order_by(TranscriptLockRow.hearing_id,
                                                                 TranscriptLockRow.number)):
        locks.setdefault(r.hearing_id, []).append(row_to_lock(r))
    out = []
    for hid, title, starts, labels, updated in session.execute(
            select(HearingRow.id, HearingRow.title, HearingRow.starts_at, HearingRow.role_labels,
                   HearingRow.updated_at).order_by(HearingRow.id)):
        h = Hearing(title=title, people=people.get(hid, []), locks=locks.get(hid, []),
                    role_labels={Role(k): v for k, v in (labels or {}).items()})
        out.append(HearingSummary(
            id=hid, title=title, starts_at=_dt(starts), participants=participants.get(hid, 0),
            turns=turns.get(hid, 0), opinions=opinions.get(hid, 0), answered=answered.get(hid, 0),
            signatures_pending=signature_counts(h).pending if h.is_locked else 0,
            locked=h.is_locked, updated_at=updated))
    return out
