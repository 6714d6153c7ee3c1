"""The rules of locking the transcript for signing.

A lock fixes a version of the record: its fingerprint is stored with the time
(:class:`~.model.TranscriptLock`), and every lock is kept. While locked, nothing the
signed pages print may change; unlocking allows changes again, and each change is
logged (:class:`~.model.RecordChange`) until the next lock. Printing for signature
requires a lock: an unlocked transcript prints as a draft.
"""
from __future__ import annotations

from .fingerprint import digest_for
from .model import Hearing, TranscriptLock
from .signing import signers
from .turns import absent_speakers

# ---------------------------------------------------------------- the lock

def lock_intact(hearing: Hearing, lock: TranscriptLock | None = None) -> bool:
    """The record now is the one ``lock`` (default: the lock in force) fixed."""
    lock = lock or hearing.current_lock
    return lock is not None and digest_for(hearing, lock.scheme) == lock.fingerprint


def is_final(hearing: Hearing) -> bool:
    """The transcript prints for signing: locked, and unchanged since. Anything else
    prints as a draft (草稿（未锁定）, no confirmation, no fingerprint)."""
    return hearing.current_lock is not None and lock_intact(hearing)


def lock_problems(hearing: Hearing) -> list[str]:
    """Why the transcript cannot be locked for signing now (empty when it can)."""
    problems = []
    if not hearing.transcript:
        problems.append("笔录还是空的，没有可以锁定的内容。")
    waiting = [s for s in signers(hearing) if s.attended is None]
    waiting_names = [s.name for s in waiting]
    if waiting:
        more = "等" if len(waiting) > 8 else ""
        problems.append(f"还有 {len(waiting)} 人未核对签到（{'、'.join(waiting_names[:8])}{more}）："
                        "笔录载明实到人数，签名栏按到会人员列出，请先在“听证会设置 → 签到”中标明已到或未到。")
    for number, _turn, person in absent_speakers(hearing)[:3]:
        problems.append(f"第 {number} 段的发言人{person.name}在签到中记为未到：请更正签到或该段的发言人。")
    return problems
