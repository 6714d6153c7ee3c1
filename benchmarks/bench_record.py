"""What does the signed record cost on a full-day hearing? Prints figures; asserts nothing.

    python benchmarks/bench_record.py [--turns 3000] [--repeat 20]

With the generated hearing (tests/tools/generate.py: 3,000 turns, 60 participants)
stored in a SQLite file (WAL, synchronous=FULL):

(a) the printed record and its fingerprint (``domain.printed`` + ``domain.fingerprint``);
(b) locking the transcript (the service: load, rules, fingerprint, one INSERT);
(c) a setup edit (the venue) when the transcript was never locked – the guard's one
    SELECT – and after an unlock, when every write is compared with the record
    before it and its changes logged (two full loads and a comparison);
(d) Enter (``append_turn``) never locked and after an unlock (the writer's thread);
(e) the transcript PDF of the locked hearing.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def timed(fn, repeat: int) -> list[float]:
    out = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        out.append(time.perf_counter() - start)
    return out


def show(name: str, values: list[float]) -> None:
    print(f"{name:58s} median {statistics.median(values) * 1000:8.1f} ms   max {max(values) * 1000:8.1f} ms"
          f"   (n={len(values)})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--turns", type=int, default=3000)
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()

    from hearing_desk.domain import Role, Turn, fingerprint
    from hearing_desk.domain.printed import printed_record
    from hearing_desk.export import export_documents
    from hearing_desk.services.hearing_fields import HearingFieldsService
    from hearing_desk.services.hearings import HearingService
    from hearing_desk.services.transcript import TranscriptService
    from hearing_desk.storage.database import Database
    from tests.tools.generate import generate_hearing

    hearing = generate_hearing(turns=args.turns, opinions=600, participants=60)
    for p in hearing.people:
        if p.role.is_official or p.role is Role.PARTICIPANT:
            p.attended = True
    print(f"hearing: {len(hearing.transcript)} turns, {len(hearing.participants())} participants")
    show("(a) printed record", timed(lambda: printed_record(hearing), args.repeat))
    show("(a) fingerprint (record + SHA-256)", timed(lambda: fingerprint(hearing), args.repeat))

    with tempfile.TemporaryDirectory() as tmp:
        db = Database(str(Path(tmp) / "bench.sqlite3"))
        hearings, fields, transcript = HearingService(db), HearingFieldsService(db), TranscriptService(db)
        hid = hearings.add(hearing)
        venues = iter(f"会议室{i}" for i in range(10 ** 6))
        show("(c) setup edit, never locked", timed(lambda: fields.set_field(hid, "venue", next(venues)), args.repeat))
        seq = [max(t.seq for t in hearing.transcript)]

        def enter():
            seq[0] += 1
            transcript.append_turn(hid, Turn(seq[0], "补充一句。", "host"), Turn(seq[0] + 1, ""))
        show("(d) Enter, never locked", timed(enter, args.repeat))

        def lock_unlock():
            transcript.lock(hid)
            transcript.unlock(hid)
        show("(b) lock (and unlock)", timed(lock_unlock, max(3, args.repeat // 4)))
        show("(c) setup edit after an unlock (compared, logged)",
             timed(lambda: fields.set_field(hid, "venue", next(venues)), max(3, args.repeat // 4)))
        show("(d) Enter after an unlock (compared, logged)", timed(enter, max(3, args.repeat // 4)))
        transcript.lock(hid)
        locked = hearings.get(hid)
        out = Path(tmp) / "t.pdf"
        show("(e) transcript PDF, locked", timed(lambda: export_documents(locked, transcript_pdf=out), 2))
        size = out.stat().st_size // 1024
        print(f"    {len(locked.changes)} changes logged, {len(locked.locks)} locks, PDF {size} KB")
        db.close()


if __name__ == "__main__":
    main()
