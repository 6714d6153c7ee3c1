"""Issue 2 speed figures: a full-day hearing (3,000 turns, 600 opinions, 60 participants).

    .venv/bin/python benchmarks/bench_foundation.py [--runs 5]

Prints, as whole processes on this machine: `hearing-desk import` and
`hearing-desk export --json`; in-process: loading what the GUI's first screen
needs (the hearing list and the whole hearing). Targets: < 2 s, < 2 s, < 300 ms.
"""
from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from hearing_desk.formats.interchange import to_document  # noqa: E402
from tests.tools.generate import generate_hearing  # noqa: E402


def timed(cmd: list[str]) -> tuple[float, str]:
    start = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True, check=True)
    return time.perf_counter() - start, proc.stdout


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="hd-bench-"))
    src = tmp / "full-day.json"
    src.write_text(json.dumps(to_document(generate_hearing()), ensure_ascii=False), encoding="utf-8")
    print(f"hearing file: {src.stat().st_size / 1e6:.1f} MB, 3,000 turns, 600 opinions, 60 participants")
    cli = [sys.executable, "-m", "hearing_desk"]
    fresh, imports, exports, loads = [], [], [], []
    for run in range(args.runs):
        seconds, _ = timed(cli + ["--db", str(tmp / f"fresh-{run}.sqlite3"), "import", str(src)])
        fresh.append(seconds)
        db = tmp / f"bench-{run}.sqlite3"
        timed(cli + ["--db", str(db), "demo"])          # an existing database, as at the office
        seconds, out = timed(cli + ["--db", str(db), "import", str(src)])
        imports.append(seconds)
        hearing_id = out.strip()
        seconds, _ = timed(cli + ["--db", str(db), "export", hearing_id, "--json", str(tmp / "out.json")])
        exports.append(seconds)
        loads.append(first_screen(db, int(hearing_id)))
    same = json.loads((tmp / "out.json").read_text(encoding="utf-8")) == json.loads(src.read_text(encoding="utf-8"))
    report("import into a new database file", fresh, 2.0)
    report("import (whole process)", imports, 2.0)
    report("export --json (whole process)", exports, 2.0)
    report("first screen: list + load hearing", loads, 0.3)
    print(f"exported file identical to the imported one: {same}")


def first_screen(db_path: Path, hearing_id: int) -> float:
    from hearing_desk.services.hearings import HearingService
    from hearing_desk.storage.database import Database
    db = Database(str(db_path))
    service = HearingService(db)
    start = time.perf_counter()
    service.list()
    service.get(hearing_id)
    seconds = time.perf_counter() - start
    db.close()
    return seconds


def report(name: str, values: list[float], target: float) -> None:
    med = statistics.median(values)
    print(f"{name:38s} median {med * 1000:7.0f} ms  max {max(values) * 1000:7.0f} ms  "
          f"target < {target * 1000:.0f} ms  {'OK' if med < target else 'OVER'}")


if __name__ == "__main__":
    main()
