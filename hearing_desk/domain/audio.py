"""Where the turns are in the hearing's sound: the rules, once.

A hearing may have recordings (:class:`~.model.Recording`, ``r1``, ``r2`` … – one per
start of the recording bar). A turn knows which recording it was spoken into and two
offsets in it, in milliseconds of recorded sound:

* **start** – when the recorder pressed the speaker key or typed the first key of the
  turn, whichever came first, less the **typing lag** (a recorder starts typing a
  moment after the speaker starts speaking: the setting ``audio/typing_lag_ms``);
* **end** – when Enter recorded the turn.

Playing a turn plays from its start to its end (or to the next turn's start when its
end is unknown). A turn typed later from the recording goes where the sound was
heard: after the last turn that starts at or before that offset.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from .model import Recording, Turn

#: the default typing lag (ms): how long after a speaker begins the recorder's first key comes
DEFAULT_TYPING_LAG_MS = 2000
#: the setting's range
TYPING_LAG_RANGE_MS = (0, 10_000)
#: how long a passage plays when a turn has no end and nothing follows it
OPEN_PASSAGE_MS = 30_000


def start_offset(mark_ms: int, lag_ms: int) -> int:
    """A turn's start in the recording: its first mark less the typing lag (never before 0)."""
    return max(0, mark_ms - max(0, lag_ms))


@dataclass(frozen=True)
class Passage:
    """What playing a turn plays: ``recording`` from ``start_ms`` to ``end_ms``."""
    recording: str
    start_ms: int
    end_ms: int


def passage(turns: Sequence[Turn], seq: int) -> Passage | None:
    """The passage of turn ``seq`` among ``turns`` (in seq order), or None when it has
    no place in a recording."""
    ordered = sorted(turns, key=lambda t: t.seq)
    for i, t in enumerate(ordered):
        if t.seq != seq:
            continue
        if t.recording is None or t.audio_start_ms is None:
            return None
        end = t.audio_end_ms
        if end is None or end <= t.audio_start_ms:
            later = [n.audio_start_ms for n in ordered[i + 1:]
                     if n.recording == t.recording and n.audio_start_ms is not None
                     and n.audio_start_ms > t.audio_start_ms]
            end = later[0] if later else t.audio_start_ms + OPEN_PASSAGE_MS
        return Passage(t.recording, t.audio_start_ms, end)
    return None


def insertion_index(turns: Sequence[Turn], recordings: Sequence[Recording], recording: str,
                    offset_ms: int) -> int:
    """Where a turn heard at ``offset_ms`` of ``recording`` goes among ``turns`` (in seq
    order): right after the last turn that starts at or before it – in an earlier
    recording, or in the same one at or before the offset; before the first turn placed
    in the sound when none does. A transcript without offsets takes it at the end."""
    ordered = sorted(turns, key=lambda t: t.seq)
    rank = {r.id: i for i, r in enumerate(recordings)}
    here = (rank.get(recording, len(rank)), offset_ms)
    at = len(ordered)
    placed = [(i, (rank.get(t.recording, -1), t.audio_start_ms)) for i, t in enumerate(ordered)
              if t.recording is not None and t.audio_start_ms is not None]
    if not placed:
        return at
    after = [i for i, key in placed if key <= here]
    if not after:
        return placed[0][0]              # before the first turn placed in the sound
    return after[-1] + 1


def next_recording_id(recordings: Sequence[Recording]) -> str:
    """r1, r2 …: one more than the highest."""
    numbers = [int(r.id[1:]) for r in recordings if r.id[:1] == "r" and r.id[1:].isdigit()]
    return f"r{max(numbers, default=0) + 1}"


def format_ms(ms: int | None) -> str:
    """A position as a clerk reads it: 1:02:03.4 or 2:03.4."""
    if ms is None:
        return "—"
    tenths = max(0, ms) // 100
    s, t = divmod(tenths, 10)
    m, s = divmod(s, 60)
    h, m = divmod(m, 60)
    return f"{h}:{m:02d}:{s:02d}.{t}" if h else f"{m}:{s:02d}.{t}"
