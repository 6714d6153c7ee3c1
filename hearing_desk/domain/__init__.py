"""Plain dataclasses and enums of a public hearing (no Qt, no SQLAlchemy)."""
from .enums import ROLE_ORDER, Decision, Role, SignatureStatus, TurnKind
from .fingerprint import short_fingerprint, transcript_digest
from .model import (
    DEFAULT_ATTACHMENTS, AgendaItem, Contact, Dispute, Draft, DraftArticle, Hearing,
    Milestone, Opinion, Person, ProcedureSettings, ReportMeta, Response, Signature,
    Turn, TurnChange,
)

__all__ = [
    "ROLE_ORDER", "Decision", "Role", "SignatureStatus", "TurnKind",
    "short_fingerprint", "transcript_digest",
    "DEFAULT_ATTACHMENTS", "AgendaItem", "Contact", "Dispute", "Draft", "DraftArticle",
    "Hearing", "Milestone", "Opinion", "Person", "ProcedureSettings", "ReportMeta",
    "Response", "Signature", "Turn", "TurnChange",
]
