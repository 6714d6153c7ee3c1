"""Plain dataclasses and enums of a public hearing (no Qt, no SQLAlchemy), and the rules
every screen and document asks: attendance (:mod:`.attendance`), who signs and where
each signature stands (:mod:`.signing`), deadlines (:mod:`.deadlines`), turn numbers
(:mod:`.turns`), what the transcript prints (:mod:`.printed`), its fingerprint
(:mod:`.fingerprint`), the lock (:mod:`.locking`) and the default agenda (:mod:`.agenda`).
Read models (:mod:`.summary`) are what lists show without loading a hearing whole."""
from .agenda import default_agenda
from .enums import CATEGORY_CHOICES, ROLE_ORDER, SELECTION_CHOICES, Decision, Role, SignatureStatus, TurnKind
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
from .summary import HearingSummary

__all__ = [
    "CATEGORY_CHOICES", "ROLE_ORDER", "SELECTION_CHOICES", "Decision", "Role", "SignatureStatus", "TurnKind",
    "default_agenda", "HearingSummary",
    "fingerprint", "short_fingerprint",
    "DEFAULT_ATTACHMENTS", "AgendaItem", "Contact", "Dispute", "Draft", "DraftArticle",
    "Hearing", "Milestone", "Opinion", "Person", "ProcedureSettings", "RecordChange", "Recording",
    "ReportMeta", "Response", "Signature", "TranscriptLock", "Turn",
]
