"""Issue 8 figures: what the safety costs, on a database holding the sample and three
full-day hearings (3 × 3,000 turns, 600 opinions, 60 participants).

    .venv/bin/python benchmarks/bench_backup.py [--runs 5]

Prints: the check at opening (``PRAGMA quick_check`` and the tables, as every
command and the window run it); one backup (SQLite backup API, checked, renamed);
listing what a backup holds; a restore in place; and the typing box's write (one
``save_draft``, as the transcript writer thread does it on every key) while no backup
runs and while backups run back to back in another thread.
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TMP = Path(tempfile.mkdtemp(prefix="hd-bench-backup-"))
os.environ["HEARING_DESK_DATA_DIR"] = str(TMP / "data")
os.environ["HEARING_DESK_CONFIG_DIR"] = str(TMP / "config")

from hearing_desk.domain import Turn  # noqa: E402
from hearing_desk.services import backups  # noqa: E402
from hearing_desk.services.hearings import HearingService  # noqa: E402
from hearing_desk.services.transcript import TranscriptService  # noqa: E402
from hearing_desk.storage.database import Database  # noqa: E402
from hearing_desk.storage.health import inspect_database  # noqa: E402
from tests.tools.generate import generate_hearing  # noqa: E402


def ms(values: list[float]) -> str:
    values = sorted(values)
    p95 = values[min(len(values) - 1, int(len(values) * 0.95))]
    median = statistics.median(values)
    return f"median {median * 1000:7.1f} ms   p95 {p95 * 1000:7.1f} ms   max {values[-1] * 1000:7.1f} ms"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    db_path = TMP / "venue.sqlite3"
    db = Database(str(db_path))
    db.lock_exclusive()                     # as the window holds it
    hearings = HearingService(db)
    hid = hearings.add_demo()
    for seed in (1, 2, 3):
        hearings.add(generate_hearing(seed=seed))
    size = sum(p.stat().st_size for p in (db_path, Path(str(db_path) + "-wal")) if p.exists())
    print(f"database: {size / 1e6:.1f} MB (file and WAL), 4 hearings, 9,000 turns")

    checks = []
    for _ in range(args.runs):
        start = time.perf_counter()
        found = inspect_database(db_path)
        checks.append(time.perf_counter() - start)
    assert found.state.value == "ok"
    print(f"check at opening (quick_check + tables):  {ms(checks)}")

    made, described = [], []
    for _ in range(args.runs):
        start = time.perf_counter()
        info = backups.make_backup(db_path, reason="manual")
        made.append(time.perf_counter() - start)
        backups._DESCRIBED.clear()
        start = time.perf_counter()
        backups.describe(backups.backup_info(info.path))
        described.append(time.perf_counter() - start)
    print(f"one backup (copy, quick_check, rename):   {ms(made)}   size {info.size / 1e6:.1f} MB")
    print(f"what a backup holds (check + counts):     {ms(described)}")

    # the typing box's write, alone and beside back-to-back backups
    transcript = TranscriptService(db)
    draft = Turn(seq=1, text="", speaker=None)

    def typing(n: int) -> list[float]:
        times = []
        for i in range(n):
            draft.text = "现在宣布听证会开始。" * (1 + i % 5)
            start = time.perf_counter()
            transcript.save_draft(hid, draft)
            times.append(time.perf_counter() - start)
            time.sleep(0.01)
        return times

    alone = typing(200)
    stop = threading.Event()
    count = [0]

    def back_to_back():
        while not stop.is_set():
            backups.make_backup(db_path, reason="auto", policy=backups.BackupPolicy(keep_recent=3, keep_days=1))
            count[0] += 1
    worker = threading.Thread(target=back_to_back)
    worker.start()
    beside = typing(200)
    stop.set()
    worker.join()
    print(f"typing box write, no backup running:      {ms(alone)}")
    print(f"typing box write, backups back to back:   {ms(beside)}   ({count[0]} backups meanwhile)")

    source = backups.make_backup(db_path, to=TMP / "restore-from.sqlite3")
    restores = []
    for _ in range(max(1, args.runs // 2)):
        start = time.perf_counter()
        backups.restore(db_path, source.path, held_by_caller=True)
        restores.append(time.perf_counter() - start)
    print(f"restore in place (backup before, copy in): {ms(restores)}")
    db.close()


if __name__ == "__main__":
    main()
