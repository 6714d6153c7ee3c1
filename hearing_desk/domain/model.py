"""The hearing as plain dataclasses: what the interchange format can say, and the
state the program keeps beside it (transcript lock, change log, procedure settings).

No Qt, no SQLAlchemy here. Optional fields are ``None`` when the hearing does not
say them, so that an imported file exports back field for field.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from .enums import Decision, Role, SignatureStatus, TurnKind


@dataclass
class Milestone:
    date: date
    event: str


@dataclass
class Contact:
    """Personal data: never printed in a report, summary or transcript."""
    phone: str | None = None
    email: str | None = None
    id_number: str | None = None
    address: str | None = None

    def is_empty(self) -> bool:
        return not any((self.phone, self.email, self.id_number, self.address))


@dataclass
class Signature:
    """One person's signature on the printed transcript. ``lock`` is the number of the
    lock (the version of the transcript, see :class:`TranscriptLock`) it was recorded
    for; a signature of an earlier version (or of none, from an older file) does not
    count for the version now locked (:mod:`.signing`)."""
    status: SignatureStatus = SignatureStatus.PENDING
    note: str | None = None
    lock: int | None = None


@dataclass
class Person:
    id: str                      # unique within the hearing; turns and opinions point here
    role: Role
    name: str
    affiliation: str | None = None   # 工作单位
    description: str | None = None   # 基本情况
    selection: str | None = None     # 产生方式: 报名, 邀请 ...
    category: str | None = None      # 类别: 企业代表, 公民 ...
    seq: int | None = None           # 序号 within the role
    attended: bool | None = None     # 签到: True checked in, False absent, None not checked yet
    contact: Contact | None = None
    signature: Signature | None = None
    #: the stored row's version when read (0: not stored); a save names it, and is refused
    #: when another session changed the row since (not part of the hearing's content)
    version: int = field(default=0, compare=False, repr=False)


@dataclass
class AgendaItem:
    seq: int
    title: str


@dataclass
class Turn:
    seq: int
    text: str
    speaker: str | None = None          # a Person.id, None for a procedural note
    speaker_label: str | None = None    # printed label when the speaker is not a listed person
    at: datetime | None = None
    kind: TurnKind | None = None        # None: not stated (the format's default is speech)
    agenda_item: int | None = None
    # where the turn is in the hearing's sound (domain.audio): a Recording.id and the
    # offsets in ms of its start (speaker key or first key, less the typing lag) and end (Enter)
    recording: str | None = None
    audio_start_ms: int | None = None
    audio_end_ms: int | None = None

    @property
    def is_note(self) -> bool:
        """A procedural note: marked so, or a turn with neither speaker nor label (it
        cannot be printed as anyone's words)."""
        return self.kind is TurnKind.NOTE or (self.speaker is None and not self.speaker_label)


@dataclass
class Response:
    decision: Decision = Decision.PENDING
    analysis: str | None = None


@dataclass
class Opinion:
    id: str
    speaker: str                         # a Person.id
    text: str
    seq: int | None = None               # 1., 2., 3. within the speaker
    basis: str | None = None             # 依据、理由
    articles: list[str] = field(default_factory=list)   # 第二十三条 ...
    topic: str | None = None
    transcript_refs: list[int] = field(default_factory=list)
    response: Response | None = None
    #: the stored row's version when read (see Person.version)
    version: int = field(default=0, compare=False, repr=False)

    @property
    def decision(self) -> Decision:
        return self.response.decision if self.response else Decision.PENDING


@dataclass
class ReportMeta:
    issuer: str | None = None
    date: date | None = None
    attachments: list[str] | None = None


DEFAULT_ATTACHMENTS = ("听证意见汇总表", "听证笔录")


@dataclass
class DraftArticle:
    label: str            # 第十六条
    text: str
    number: int | None = None
    chapter: str | None = None


@dataclass
class Draft:
    title: str | None = None
    articles: list[DraftArticle] = field(default_factory=list)


@dataclass
class ProcedureSettings:
    """Rules that vary by province and city (DESIGN.md): settings with defaults."""
    speaking_limit_minutes: int = 5
    quorum_numerator: int = 2           # quorum: at least numerator/denominator of
    quorum_denominator: int = 3         # participants present; numerator 0 = no rule
    materials_days_before: int = 7      # 713号令 第十六条
    report_deadline_working_days: int = 10
    show_turn_times: bool = False       # print turn times in the transcript
    report_decision_counts: bool = False  # the report counts the decisions (采纳 X 条 …)
    answer_numbering: str = "arabic"      # how the report enumerates a participant's answers (domain/numbering.py)


@dataclass
class TranscriptLock:
    """One lock of the transcript for signing: a version of the record.

    ``fingerprint`` is the hex SHA-256 printed on the pages of that version
    (:func:`~.record.fingerprint`); ``scheme`` 1 marks a lock made before the
    fingerprint covered the whole printed record (turns only). ``unlocked_at`` is set
    when the lock was lifted (``None``: locked now, if it is the last lock)."""
    number: int
    fingerprint: str
    locked_at: datetime | None = None
    unlocked_at: datetime | None = None
    scheme: int = 2

    @property
    def is_open(self) -> bool:
        return self.unlocked_at is None


@dataclass
class RecordChange:
    """A change of something the transcript prints, made after lock ``lock`` was lifted
    (changes before the first lock are not logged). ``key`` names the thing changed
    (``turn:12`` – a turn's seq –, ``field:听证地点``, ``person:a3``), ``what`` says it
    as the annex prints it (第 12 段, 听证地点); ``before`` / ``after`` are the printed
    texts ("" for a thing added or removed)."""
    lock: int
    changed_at: datetime
    key: str
    what: str
    before: str
    after: str

    @property
    def turn_seq(self) -> int | None:
        kind, _, value = self.key.partition(":")
        return int(value) if kind == "turn" and value.lstrip("-").isdigit() else None


@dataclass
class Recording:
    """A sound recording of the hearing (domain.audio). ``file`` is its name in the
    recordings folder; ``sha256`` and ``duration_ms`` are set when it is finished
    (None: being recorded, or left by a program that was killed and not yet repaired)."""
    id: str                                  # r1, r2 … unique within the hearing
    file: str
    sha256: str | None = None
    duration_ms: int | None = None
    started_at: datetime | None = None
    sample_rate: int | None = None
    channels: int | None = None

    @property
    def finished(self) -> bool:
        return self.sha256 is not None


@dataclass
class Dispute:
    text: str
    opinion_ids: list[str] = field(default_factory=list)


@dataclass
class Hearing:
    title: str
    matter: str | None = None
    organizer: str | None = None
    legal_bases: list[str] | None = None
    purpose: str | None = None
    starts_at: datetime | None = None
    ends_at: datetime | None = None
    venue: str | None = None
    role_labels: dict[Role, str] = field(default_factory=dict)
    milestones: list[Milestone] | None = None
    people: list[Person] = field(default_factory=list)
    agenda: list[AgendaItem] = field(default_factory=list)
    transcript: list[Turn] = field(default_factory=list)
    opinions: list[Opinion] = field(default_factory=list)
    disputes: list[Dispute] = field(default_factory=list)
    other_notes: str | None = None
    report: ReportMeta | None = None
    draft: Draft | None = None
    # --- kept by the program, not part of the interchange format ---
    id: int | None = None                   # database id
    basic_info_override: str | None = None  # the report's 基本情况 paragraph, as the user wrote it
    settings: ProcedureSettings = field(default_factory=ProcedureSettings)
    locks: list[TranscriptLock] = field(default_factory=list)      # every lock, in order
    changes: list[RecordChange] = field(default_factory=list)      # changes after a lock
    recordings: list[Recording] = field(default_factory=list)      # the hearing's sound

    # --- the lock (rules on it: .record and .signing) ---
    @property
    def last_lock(self) -> TranscriptLock | None:
        return self.locks[-1] if self.locks else None

    @property
    def current_lock(self) -> TranscriptLock | None:
        """The lock in force (the transcript is locked for signing), or None."""
        last = self.last_lock
        return last if last is not None and last.is_open else None

    @property
    def is_locked(self) -> bool:
        return self.current_lock is not None

    @property
    def ever_locked(self) -> bool:
        """Locked now or before: changes to what is printed are logged."""
        return bool(self.locks)

    # --- lookups used by documents and the GUI ---
    def label(self, role: Role) -> str:
        """What this hearing calls ``role`` (听证代表 rather than 听证参加人, say)."""
        return self.role_labels.get(role) or role.usual_label

    def person(self, person_id: str | None) -> Person | None:
        for p in self.people:
            if p.id == person_id:
                return p
        return None

    def people_by_id(self) -> dict[str, Person]:
        return {p.id: p for p in self.people}

    def people_in(self, role: Role) -> list[Person]:
        """People of one role in their 序号 order (stable for those without one)."""
        members = [p for p in self.people if p.role is role]
        return sorted(members, key=lambda p: (p.seq is None, p.seq or 0))

    def participants(self) -> list[Person]:
        return self.people_in(Role.PARTICIPANT)

    def opinions_of(self, person_id: str) -> list[Opinion]:
        mine = [o for o in self.opinions if o.speaker == person_id]
        return sorted(mine, key=lambda o: (o.seq is None, o.seq or 0))

    def opinions_by_participant(self) -> list[tuple[Person, list[Opinion]]]:
        """Participants in the order the opinions were first raised (the seed's order)."""
        by_id = self.people_by_id()
        order: list[str] = []
        for o in self.opinions:
            if o.speaker not in order:
                order.append(o.speaker)
        return [(by_id[pid], self.opinions_of(pid)) for pid in order if pid in by_id]

    def recording(self, recording_id: str | None) -> Recording | None:
        for r in self.recordings:
            if r.id == recording_id:
                return r
        return None

    def speaker_label(self, turn: Turn) -> str:
        """``主持人（杨成）`` style label of a turn's speaker, without the colon."""
        if turn.speaker_label:
            return turn.speaker_label
        person = self.person(turn.speaker)
        if person is None:
            return ""
        return f"{self.label(person.role)}（{person.name}）"

    @property
    def attachments(self) -> list[str]:
        if self.report and self.report.attachments is not None:
            return list(self.report.attachments)
        return list(DEFAULT_ATTACHMENTS)
