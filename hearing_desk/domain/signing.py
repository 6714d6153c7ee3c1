"""Who signs the transcript, and where each signature stands – counted here only.

**Who signs.** The officials (host, panel, recorder, presenters, supervisors), then the
participants: one line per *person*. The interchange format lists a person who holds
two roles (the host who also sits on the panel) twice, once per role, with different
ids; such records – officials with the same name and 工作单位 – make one signer whose
labels are joined (听证主持人、听证员). Their attendance and signature are kept equal
on every record by the services; where an imported file has them differ, the first
record (in role order) that says something wins.

**Signature states** for the version of the transcript now locked:

* a person marked absent at 签到 does not sign (未出席): the printed transcript says
  they were not there; a signature recorded for them anyway is shown as a conflict;
* a signature recorded for this lock counts: 已签字, 拒绝签字 (with the recorder's
  note), 离场未签 (attended, but gone before signing);
* anything else is 待签字 – including a signature recorded for an earlier version of
  the transcript (before it was unlocked and changed): it is kept and shown as
  belonging to that version, but does not count for this one.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from .enums import ROLE_ORDER, Role, SignatureStatus
from .model import Hearing, Person, Signature

#: Roles whose members sign the transcript, in the order they are listed.
SIGNING_ROLES = tuple(r for r in ROLE_ORDER if r.is_official) + (Role.PARTICIPANT,)

#: Up to this many participants initial every page themselves; beyond it, the host and
#: the recorder initial every page and the participants sign the table on the last page.
PAGE_INITIALS_MAX_PARTICIPANTS = 6


class SignState(StrEnum):
    PENDING = "pending"
    SIGNED = "signed"
    REFUSED = "refused"
    LEFT = "left"                  # SignatureStatus.ABSENT: attended, not there to sign
    NOT_ATTENDED = "not_attended"  # marked absent at 签到: does not sign

    @property
    def label(self) -> str:
        return {"pending": "待签字", "signed": "已签字", "refused": "拒绝签字",
                "left": "离场未签", "not_attended": "未出席"}[self.value]


_STATE_OF = {SignatureStatus.SIGNED: SignState.SIGNED, SignatureStatus.REFUSED: SignState.REFUSED,
             SignatureStatus.ABSENT: SignState.LEFT}


@dataclass(frozen=True)
class Signer:
    """One line of the signature table: a person, with every record (role) they hold."""
    people: tuple[Person, ...]
    labels: tuple[str, ...]

    @property
    def person(self) -> Person:
        return self.people[0]

    @property
    def id(self) -> str:
        return self.people[0].id

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(p.id for p in self.people)

    @property
    def name(self) -> str:
        return self.people[0].name

    @property
    def label(self) -> str:
        """听证主持人、听证员"""
        return "、".join(self.labels)

    @property
    def role(self) -> Role:
        return self.people[0].role

    @property
    def attended(self) -> bool | None:
        """True if any record is checked in, else False if any is marked absent, else None."""
        values = [p.attended for p in self.people]
        if True in values:
            return True
        return False if False in values else None

    @property
    def signature(self) -> Signature | None:
        """The signature recorded for this person (see the module's note on two roles)."""
        recorded = [p.signature for p in self.people if p.signature is not None]
        said = [s for s in recorded if s.status is not SignatureStatus.PENDING]
        chosen = said or recorded
        return chosen[0] if chosen else None


def _same_person(a: Person, b: Person) -> bool:
    return (a.name.strip(), (a.affiliation or "").strip()) == (b.name.strip(), (b.affiliation or "").strip())


def signers(hearing: Hearing) -> list[Signer]:
    """Every line of the signature table, officials first (a person in two official
    roles once, with both labels), then the participants in 序号 order."""
    groups: list[tuple[list[Person], list[str]]] = []
    for role in SIGNING_ROLES:
        for p in hearing.people_in(role):
            if role.is_official:
                twin = next((g for g in groups if g[0][0].role.is_official and _same_person(g[0][0], p)), None)
                if twin is not None:
                    twin[0].append(p)
                    label = hearing.label(role)
                    if label not in twin[1]:
                        twin[1].append(label)
                    continue
            groups.append(([p], [hearing.label(role)]))
    return [Signer(tuple(people), tuple(labels)) for people, labels in groups]


def signer_of(hearing: Hearing, person_id: str) -> Signer | None:
    """The signer a person record belongs to (None for observers, staff, unknown ids)."""
    for s in signers(hearing):
        if person_id in s.ids:
            return s
    return None


def same_person_ids(hearing: Hearing, person_id: str) -> list[str]:
    """Ids of every record of the same person (one id for most people): attendance and
    signatures are written to all of them."""
    signer = signer_of(hearing, person_id)
    return list(signer.ids) if signer is not None else [person_id]


@dataclass(frozen=True)
class SignerStatus:
    state: SignState
    note: str | None = None             # the recorder's note of a refusal (this version)
    old: Signature | None = None        # a signature of another version, kept but not counted
    conflict: bool = False              # marked absent, yet a signature is recorded


def sign_status(hearing: Hearing, signer: Signer) -> SignerStatus:
    """Where ``signer``'s signature stands for the version of the transcript now locked."""
    sig = signer.signature
    recorded = sig if sig is not None and sig.status is not SignatureStatus.PENDING else None
    if signer.attended is False:
        return SignerStatus(SignState.NOT_ATTENDED, old=recorded,
                            conflict=recorded is not None and recorded.status is not SignatureStatus.ABSENT)
    if recorded is None:
        return SignerStatus(SignState.PENDING)
    lock = hearing.current_lock
    if lock is not None and recorded.lock == lock.number:
        return SignerStatus(_STATE_OF[recorded.status], recorded.note)
    return SignerStatus(SignState.PENDING, old=recorded)


def can_sign(signer: Signer) -> bool:
    """Everyone not marked absent at 签到 (an absent person's attendance must be corrected first)."""
    return signer.attended is not False


@dataclass(frozen=True)
class SignatureCounts:
    lines: int = 0          # lines of the signature table
    expected: int = 0       # people who sign (not marked absent)
    signed: int = 0
    refused: int = 0
    left: int = 0
    pending: int = 0        # still to sign this version (old signatures included)
    old: int = 0            # of the pending: signed an earlier version
    not_attended: int = 0
    conflicts: int = 0


def signature_counts(hearing: Hearing) -> SignatureCounts:
    lines = signers(hearing)
    states = [sign_status(hearing, s) for s in lines]
    by = {state: sum(1 for st in states if st.state is state) for state in SignState}
    return SignatureCounts(
        lines=len(lines), expected=len(lines) - by[SignState.NOT_ATTENDED],
        signed=by[SignState.SIGNED], refused=by[SignState.REFUSED], left=by[SignState.LEFT],
        pending=by[SignState.PENDING], old=sum(1 for st in states if st.state is SignState.PENDING and st.old),
        not_attended=by[SignState.NOT_ATTENDED], conflicts=sum(1 for st in states if st.conflict))


def given_for(hearing: Hearing, lock: int) -> int:
    """How many people signed, refused or were recorded as gone for the version of lock
    ``lock`` (a person in two roles once)."""
    return sum(1 for s in signers(hearing)
               if (sig := s.signature) is not None and sig.lock == lock
               and sig.status is not SignatureStatus.PENDING)


# ---------------------------------------------------------------- refusals

_LEAD = re.compile(r"^(?:当场)?(?:拒绝签字|拒签|拒绝签名)[，,。；;：:\s]*")
_REASON = re.compile(r"^(?:其)?(?:理由|原因)(?:是|为)?[，,。：:\s]*")
_PUNCT = re.compile(r"[\s\W_]+", re.UNICODE)


def refusal_reason(note: str | None, name: str = "") -> str:
    """The recorder's note without the words of a template (``马超拒绝签字，理由：``)."""
    text = (note or "").strip()
    if name and text.startswith(name):
        text = text[len(name):].lstrip("，,：: ")
    for pattern in (_LEAD, _REASON):
        text = pattern.sub("", text, count=1)
    return text.strip()


def refusal_problem(note: str | None, name: str = "") -> str | None:
    """Why ``note`` is not yet a note of a refusal, or None. The template alone is not one:
    the recorder writes what the person said, or that they gave no reason."""
    meaningful = _PUNCT.sub("", refusal_reason(note, name))
    if len(meaningful) < 2:
        return ("请写明拒绝签字的理由或情况（例如：认为第 5 段未完整记录其意见；"
                "或：当场拒绝签字，未说明理由）。")
    return None


def refusal_line(note: str | None) -> str:
    """The refusal as printed, once: the note as written when it says it is a refusal,
    else ``拒绝签字：`` and the note."""
    text = (note or "").strip().rstrip("。.")
    if not text:
        return "拒绝签字。"
    if "拒绝签字" in text or "拒签" in text:
        return text + "。"
    return f"拒绝签字：{text}。"


# ---------------------------------------------------------------- initials on every page

@dataclass(frozen=True)
class InitialsGroup:
    label: str                  # 听证主持人
    names: tuple[str, ...]      # one blank each


def page_initials(hearing: Hearing) -> tuple[list[InitialsGroup], bool]:
    """Who initials every page of the signed transcript, and whether the participants
    are among them. The host(s) and the recorder(s) always; the participants too when
    there are few (``PAGE_INITIALS_MAX_PARTICIPANTS``); with more, they sign the table
    on the last page only (as the printed form says)."""
    groups = []
    for role in (Role.HOST, Role.RECORDER):
        names = tuple(s.name for s in signers(hearing) if s.role is role and can_sign(s))
        if names:
            groups.append(InitialsGroup(hearing.label(role), names))
    participants = tuple(s.name for s in signers(hearing) if s.role is Role.PARTICIPANT and can_sign(s))
    each_page = 0 < len(participants) <= PAGE_INITIALS_MAX_PARTICIPANTS
    if each_page:
        groups.append(InitialsGroup(hearing.label(Role.PARTICIPANT), participants))
    return groups, each_page
