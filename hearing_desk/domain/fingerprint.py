"""The transcript's fingerprint: a SHA-256 over everything the signed pages print
(:func:`.printed.printed_record`), so that a printed page can be matched with the
stored record – in the program, or later from a hearing file (``hearing-desk verify``).

Every page prints the short form (the first 16 hex digits, ``140B-2C9A-…``); the last
page prints the whole digest.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass

from .model import Hearing
from .printed import PrintedRecord, printed_record

#: the version of the fingerprint's canonical form (TranscriptLock.scheme); scheme 1
#: covered the turns only
SCHEME = 2


def fingerprint(hearing: Hearing) -> str:
    """Hex SHA-256 over everything the signed pages print (:func:`printed_record`)."""
    return record_digest(printed_record(hearing))


def record_digest(record: PrintedRecord) -> str:
    data = json.dumps(record.canonical(), ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(data.encode("utf-8")).hexdigest()


def turns_digest_v1(hearing: Hearing) -> str:
    """The first scheme (locks made before the record was covered whole): the turns only.
    Kept so that a page printed then can still be checked."""
    canon = [[t.seq, t.speaker, t.speaker_label, (t.kind or "speech"), t.text]
             for t in sorted(hearing.transcript, key=lambda t: t.seq)]
    data = json.dumps(canon, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(data.encode("utf-8")).hexdigest()


def digest_for(hearing: Hearing, scheme: int) -> str:
    return turns_digest_v1(hearing) if scheme == 1 else fingerprint(hearing)


def short_fingerprint(digest: str | None) -> str:
    """The form printed on every page: the first 16 hex digits in groups of four
    ("—" when there is no digest)."""
    if not digest:
        return "—"
    head = digest[:16].upper()
    return "-".join(head[i:i + 4] for i in range(0, 16, 4))


def grouped_fingerprint(digest: str) -> str:
    """The whole digest in eight groups of eight, as the last page prints it."""
    d = digest.upper()
    return " ".join(d[i:i + 8] for i in range(0, len(d), 8))


def normalise_fingerprint(text: str) -> str:
    """What a person types from a page (any case, with - or spaces) as bare hex."""
    return "".join(c for c in text.lower() if c in "0123456789abcdef")


#: the fewest hex digits a fingerprint typed from a page may have (the short form)
MIN_TYPED = 16


@dataclass(frozen=True)
class Verification:
    """The answer to "is this the fingerprint printed on the pages of this record?"."""
    matches: bool               # the record now has this fingerprint
    digest: str                 # the record's fingerprint now (current scheme)
    scheme: int | None          # the scheme that matched (1: a page printed before scheme 2)
    lock: int | None            # a recorded lock whose fingerprint this is (even if the record changed)
    whole: bool                 # the whole digest was given, not only its first digits


def verify(hearing: Hearing, typed: str) -> Verification:
    """Compare ``typed`` (whole or the short form, any case, with - or spaces) with the
    record's fingerprint now, and with every recorded lock. Raises ValueError when
    ``typed`` has fewer than 16 hex digits or is longer than a SHA-256."""
    given = normalise_fingerprint(typed)
    if len(given) < MIN_TYPED or len(given) > 64 or len(given) != len("".join(typed.split()).replace("-", "")):
        raise ValueError(typed)
    now = fingerprint(hearing)
    scheme = next((s for s, d in ((SCHEME, now), (1, turns_digest_v1(hearing))) if d.startswith(given)), None)
    lock = next((k.number for k in hearing.locks if k.fingerprint.lower().startswith(given)), None)
    return Verification(scheme is not None, now, scheme, lock, len(given) == 64)
