"""Plain dataclasses and enums of a public hearing (no Qt, no SQLAlchemy), and the rules
every screen and document asks: attendance (:mod:`.attendance`), who signs and where
each signature stands (:mod:`.signing`), deadlines (:mod:`.deadlines`), turn numbers
(:mod:`.turns`), what the transcript prints (:mod:`.printed`), its fingerprint
(:mod:`.fingerprint`) and the lock (:mod:`.locking`)."""
from .enums import ROLE_ORDER, Decision, Role, SignatureStatus, TurnKind
from .fingerprint import fingerprint, short_fingerprint
from .model import (
    DEFAULT_ATTACHMENTS,
    AgendaItem,
    Contact,
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
    Signature,
    TranscriptLock,
    Turn,
)

__all__ = [
    "ROLE_ORDER", "Decision", "Role", "SignatureStatus", "TurnKind",
    "fingerprint", "short_fingerprint",
    "DEFAULT_ATTACHMENTS", "AgendaItem", "Contact", "Dispute", "Draft", "DraftArticle",
    "Hearing", "Milestone", "Opinion", "Person", "ProcedureSettings", "RecordChange", "Recording",
    "ReportMeta", "Response", "Signature", "TranscriptLock", "Turn",
]
