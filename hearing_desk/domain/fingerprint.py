"""The transcript's fingerprint: a SHA-256 over what was said, so that a printed
page can be matched with the stored record."""
from __future__ import annotations

import hashlib
import json

from .model import Hearing


def transcript_digest(hearing: Hearing) -> str:
    """Hex SHA-256 over the committed turns (order, speaker, kind, text)."""
    canon = [
        [t.seq, t.speaker, t.speaker_label, (t.kind or "speech"), t.text]
        for t in sorted(hearing.transcript, key=lambda t: t.seq)
    ]
    data = json.dumps(canon, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(data.encode("utf-8")).hexdigest()


def short_fingerprint(digest: str | None) -> str:
    """The form printed on every page: the first 16 hex digits in groups of four
    ("—" when there is no digest, e.g. a lock stored by an older or foreign tool)."""
    if not digest:
        return "—"
    head = digest[:16].upper()
    return "-".join(head[i:i + 4] for i in range(0, 16, 4))
