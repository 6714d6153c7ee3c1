"""SQLAlchemy tables of the hearing database.

Rows that the GUI edits one at a time (people, turns, opinions, the transcript's
locks and the changes logged between them) have tables of their own; small lists that are edited as a whole
(legal bases, agenda, milestones, draft articles, disputes) are JSON columns of
the hearing row. Times are ISO 8601 text, so that the offset a hearing was
entered with is kept.

Every change here needs a new Alembic migration in ``migrations/versions``.
"""
from __future__ import annotations

from sqlalchemy import JSON, Boolean, ForeignKey, Index, Integer, String, Text, UniqueConstraint, event
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from . import fulltext, guards


class Base(DeclarativeBase):
    pass


class HearingRow(Base):
    __tablename__ = "hearing"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str] = mapped_column(Text)
    matter: Mapped[str | None] = mapped_column(Text)
    organizer: Mapped[str | None] = mapped_column(Text)
    legal_bases: Mapped[list | None] = mapped_column(JSON)
    purpose: Mapped[str | None] = mapped_column(Text)
    starts_at: Mapped[str | None] = mapped_column(String(40))
    ends_at: Mapped[str | None] = mapped_column(String(40))
    venue: Mapped[str | None] = mapped_column(Text)
    role_labels: Mapped[dict | None] = mapped_column(JSON)
    milestones: Mapped[list | None] = mapped_column(JSON)
    agenda: Mapped[list | None] = mapped_column(JSON)
    disputes: Mapped[list | None] = mapped_column(JSON)      # [{"text", "opinion_ids"}]
    other_notes: Mapped[str | None] = mapped_column(Text)
    report: Mapped[dict | None] = mapped_column(JSON)        # interchange "report" object
    draft: Mapped[dict | None] = mapped_column(JSON)         # interchange "draft" object
    basic_info_override: Mapped[str | None] = mapped_column(Text)
    settings: Mapped[dict | None] = mapped_column(JSON)      # ProcedureSettings fields
    created_at: Mapped[str] = mapped_column(String(40))
    updated_at: Mapped[str] = mapped_column(String(40))
    #: one more at every change of the hearing or anything in it (0005; ``touch``)
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")

    people: Mapped[list[PersonRow]] = relationship(
        back_populates="hearing", cascade="all, delete-orphan", passive_deletes=True,
        order_by="PersonRow.position")
    turns: Mapped[list[TurnRow]] = relationship(
        back_populates="hearing", cascade="all, delete-orphan", passive_deletes=True,
        order_by="TurnRow.seq")
    opinions: Mapped[list[OpinionRow]] = relationship(
        back_populates="hearing", cascade="all, delete-orphan", passive_deletes=True,
        order_by="OpinionRow.position")
    locks: Mapped[list[TranscriptLockRow]] = relationship(
        back_populates="hearing", cascade="all, delete-orphan", passive_deletes=True,
        order_by="TranscriptLockRow.number")
    changes: Mapped[list[RecordChangeRow]] = relationship(
        back_populates="hearing", cascade="all, delete-orphan", passive_deletes=True,
        order_by="RecordChangeRow.id")
    recordings: Mapped[list[RecordingRow]] = relationship(
        back_populates="hearing", cascade="all, delete-orphan", passive_deletes=True,
        order_by="RecordingRow.id")


class PersonRow(Base):
    __tablename__ = "person"
    __table_args__ = (UniqueConstraint("hearing_id", "key", name="uq_person_key"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    hearing_id: Mapped[int] = mapped_column(ForeignKey("hearing.id", ondelete="CASCADE"), index=True)
    key: Mapped[str] = mapped_column(String(200))          # the interchange id
    position: Mapped[int] = mapped_column(Integer)          # order in the people list
    role: Mapped[str] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(Text)
    affiliation: Mapped[str | None] = mapped_column(Text)
    description: Mapped[str | None] = mapped_column(Text)
    selection: Mapped[str | None] = mapped_column(Text)
    category: Mapped[str | None] = mapped_column(Text)
    seq: Mapped[int | None] = mapped_column(Integer)
    attended: Mapped[bool | None] = mapped_column(Boolean)
    contact: Mapped[dict | None] = mapped_column(JSON)
    signature_status: Mapped[str | None] = mapped_column(String(20))
    signature_note: Mapped[str | None] = mapped_column(Text)
    signature_lock: Mapped[int | None] = mapped_column(Integer)    # the lock it was given for
    version: Mapped[int] = mapped_column(Integer, server_default="1")   # 0005: one more at each update

    hearing: Mapped[HearingRow] = relationship(back_populates="people")
    __mapper_args__ = {"version_id_col": version}


class TurnRow(Base):
    """A turn of the transcript. ``draft`` marks the unfinished turn in the typing box."""
    __tablename__ = "turn"
    __table_args__ = (UniqueConstraint("hearing_id", "seq", name="uq_turn_seq"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    hearing_id: Mapped[int] = mapped_column(ForeignKey("hearing.id", ondelete="CASCADE"), index=True)
    seq: Mapped[int] = mapped_column(Integer)
    speaker: Mapped[str | None] = mapped_column(String(200))
    speaker_label: Mapped[str | None] = mapped_column(Text)
    at: Mapped[str | None] = mapped_column(String(40))
    kind: Mapped[str | None] = mapped_column(String(10))
    agenda_item: Mapped[int | None] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    draft: Mapped[bool] = mapped_column(Boolean, default=False)
    recording: Mapped[str | None] = mapped_column(String(200))      # a RecordingRow.key (0003)
    audio_start_ms: Mapped[int | None] = mapped_column(Integer)
    audio_end_ms: Mapped[int | None] = mapped_column(Integer)

    hearing: Mapped[HearingRow] = relationship(back_populates="turns")


class OpinionRow(Base):
    __tablename__ = "opinion"
    __table_args__ = (UniqueConstraint("hearing_id", "key", name="uq_opinion_key"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    hearing_id: Mapped[int] = mapped_column(ForeignKey("hearing.id", ondelete="CASCADE"), index=True)
    key: Mapped[str] = mapped_column(String(200))
    position: Mapped[int] = mapped_column(Integer)
    speaker: Mapped[str] = mapped_column(String(200))
    seq: Mapped[int | None] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    basis: Mapped[str | None] = mapped_column(Text)
    articles: Mapped[list | None] = mapped_column(JSON)
    topic: Mapped[str | None] = mapped_column(Text)
    transcript_refs: Mapped[list | None] = mapped_column(JSON)
    decision: Mapped[str | None] = mapped_column(String(20))   # None: no response object
    analysis: Mapped[str | None] = mapped_column(Text)
    version: Mapped[int] = mapped_column(Integer, server_default="1")   # 0005: one more at each update

    hearing: Mapped[HearingRow] = relationship(back_populates="opinions")
    __mapper_args__ = {"version_id_col": version}


class TranscriptLockRow(Base):
    """A lock of the transcript for signing: one version of the record. The last lock
    with no ``unlocked_at`` is in force."""
    __tablename__ = "transcript_lock"
    __table_args__ = (UniqueConstraint("hearing_id", "number", name="uq_transcript_lock_number"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    hearing_id: Mapped[int] = mapped_column(ForeignKey("hearing.id", ondelete="CASCADE"), index=True)
    number: Mapped[int] = mapped_column(Integer)              # 1, 2, 3 … in order
    locked_at: Mapped[str | None] = mapped_column(String(40))
    unlocked_at: Mapped[str | None] = mapped_column(String(40))
    fingerprint: Mapped[str] = mapped_column(String(64))
    scheme: Mapped[int] = mapped_column(Integer)               # 1: turns only (before 0002)

    hearing: Mapped[HearingRow] = relationship(back_populates="locks")


class RecordChangeRow(Base):
    """A change of the printed record made after lock ``lock`` was lifted."""
    __tablename__ = "record_change"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    hearing_id: Mapped[int] = mapped_column(ForeignKey("hearing.id", ondelete="CASCADE"), index=True)
    lock: Mapped[int] = mapped_column(Integer)
    changed_at: Mapped[str] = mapped_column(String(40))
    key: Mapped[str] = mapped_column(Text)        # turn:12, field:venue, person:a3
    what: Mapped[str] = mapped_column(Text)       # 第 12 段, 听证地点
    before: Mapped[str] = mapped_column(Text)
    after: Mapped[str] = mapped_column(Text)

    hearing: Mapped[HearingRow] = relationship(back_populates="changes")


class RecordingRow(Base):
    """A sound recording of the hearing (0003). ``sha256`` is NULL while it is being
    recorded (its segments are in ``<file stem>.parts/`` in the recordings folder)."""
    __tablename__ = "recording"
    __table_args__ = (UniqueConstraint("hearing_id", "key", name="uq_recording_key"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    hearing_id: Mapped[int] = mapped_column(ForeignKey("hearing.id", ondelete="CASCADE"), index=True)
    key: Mapped[str] = mapped_column(String(200))             # r1, r2 … (the interchange id)
    file: Mapped[str] = mapped_column(Text)                   # name in the recordings folder
    sha256: Mapped[str | None] = mapped_column(String(64))
    duration_ms: Mapped[int | None] = mapped_column(Integer)
    started_at: Mapped[str | None] = mapped_column(String(40))
    sample_rate: Mapped[int | None] = mapped_column(Integer)
    channels: Mapped[int | None] = mapped_column(Integer)

    hearing: Mapped[HearingRow] = relationship(back_populates="recordings")


class HearingLeaseRow(Base):
    """Who edits the hearing now (0005). Times are the database's clock (ISO 8601 UTC),
    so that computers whose clocks differ agree on when a lease runs out."""
    __tablename__ = "hearing_lease"

    hearing_id: Mapped[int] = mapped_column(ForeignKey("hearing.id", ondelete="CASCADE"), primary_key=True)
    holder: Mapped[str] = mapped_column(Text)                 # user@host or the name in the settings
    host: Mapped[str] = mapped_column(Text)
    token: Mapped[str] = mapped_column(String(64))            # the window holding it
    taken_at: Mapped[str] = mapped_column(String(40))
    heartbeat_at: Mapped[str] = mapped_column(String(40))
    expires_at: Mapped[str] = mapped_column(String(40))


class HearingEventRow(Base):
    """One change of a hearing: who, when, what (0005), written with the change."""
    __tablename__ = "hearing_event"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    hearing_id: Mapped[int] = mapped_column(ForeignKey("hearing.id", ondelete="CASCADE"), index=True)
    at: Mapped[str] = mapped_column(String(40))
    who: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(40))
    what: Mapped[str] = mapped_column(Text)
    target: Mapped[str | None] = mapped_column(String(200))     # person:p3, opinion:a6-1


Index("ix_opinion_speaker", OpinionRow.hearing_id, OpinionRow.speaker)


class SearchEntryRow(Base):
    """A piece of a hearing's text for search across hearings (0006): ``text`` as it
    is, ``terms`` its index terms (``domain.search.index_text``: CJK characters and
    pairs of characters, folded words). SQLite indexes ``terms`` in the FTS5 table
    ``search_fts``, PostgreSQL in a GIN index of its words (``storage/fulltext.py``)."""
    __tablename__ = "search_entry"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    hearing_id: Mapped[int] = mapped_column(ForeignKey("hearing.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(20))        # domain.search.HitKind
    ref: Mapped[str] = mapped_column(String(200))         # person/opinion key, turn seq, ""
    place: Mapped[str] = mapped_column(Text)              # 笔录第 12 段 听证主持人（杨成）
    text: Mapped[str] = mapped_column(Text)
    terms: Mapped[str] = mapped_column(Text)


class SearchStaleRow(Base):
    """Hearings whose search entries are out of date (0006). Database triggers add a
    hearing here whenever its title, people, opinions or committed turns change, in
    the same transaction as the change, whoever makes it; a search first rebuilds the
    entries of the hearings listed, then looks."""
    __tablename__ = "search_stale"

    hearing_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)


class CheckoutRow(Base):
    """A hearing checked out to a laptop's SQLite file (0007). In the archive
    (``side='archive'``) the row marks the hearing lent: the database refuses every
    change of it (``storage/guards.py``) until it is checked in. In the laptop's file
    (``side='copy'``) the row says where the copy came from. Both rows share ``token``;
    ``fingerprint`` and ``snapshot`` are the hearing (its hearing-file document) as it
    was checked out, which tells at check-in what changed on either side."""
    __tablename__ = "checkout"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    hearing_id: Mapped[int] = mapped_column(ForeignKey("hearing.id", ondelete="CASCADE"), unique=True)
    side: Mapped[str] = mapped_column(String(10))            # archive | copy
    token: Mapped[str] = mapped_column(String(64), index=True)
    counterpart: Mapped[str] = mapped_column(Text)            # the laptop's file, or the archive's address
    counterpart_id: Mapped[int | None] = mapped_column(Integer)   # the hearing's id over there
    checked_out_by: Mapped[str] = mapped_column(Text)         # user@host
    checked_out_at: Mapped[str] = mapped_column(String(40))
    fingerprint: Mapped[str] = mapped_column(String(64))
    snapshot: Mapped[str] = mapped_column(Text)               # JSON of the hearing file at check-out


# the search index and its triggers, the check-out guards (not tables of the models)
# come with every new database
event.listen(Base.metadata, "after_create", fulltext.after_create)
event.listen(Base.metadata, "after_create", guards.after_create)
