"""SIGKILL during an import of the full-day hearing and during an export:
afterwards ``integrity_check`` is ok, the hearing is either wholly there or wholly
absent, and no output file is left that looks complete but is not (documents are
written under hidden temporary names and renamed when complete).

The kill points are spread over the measured length of an uninterrupted run, and one
run is killed the moment the WAL starts to grow (the import's transaction is being
written). Each outcome is checked on its own; no test depends on which one happened.
"""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.e2e.support import ROOT, cli, environment, integrity

pytestmark = pytest.mark.slow

IMPORT_AT = (0.5, 0.85, 1.0, 1.2, 3.0)   # of an uninterrupted run's length
EXPORT_AT = (0.3, 0.6, 0.9)


@pytest.fixture(scope="module")
def full_day(tmp_path_factory) -> Path:
    """The full-day hearing (3,000 turns, 600 opinions, 60 participants)."""
    path = tmp_path_factory.mktemp("full-day") / "full-day.json"
    subprocess.run([sys.executable, "-m", "tests.tools.generate", str(path)], cwd=ROOT, check=True, timeout=120,
                   env={**os.environ, "PYTHONPATH": str(ROOT)})
    return path


def _start(args, env) -> tuple[subprocess.Popen, float]:
    proc = subprocess.Popen([sys.executable, "-m", "hearing_desk", *map(str, args)], env=env, cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    return proc, time.monotonic()


def _timed(args, env) -> float:
    proc, started = _start(args, env)
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err.decode()
    return time.monotonic() - started


def _kill_at(args, env, seconds: float) -> int | None:
    """Start, SIGKILL after ``seconds``; the exit status if it finished first."""
    proc, started = _start(args, env)
    while time.monotonic() - started < seconds and proc.poll() is None:
        time.sleep(0.002)
    finished = proc.poll()
    if finished is None:
        proc.send_signal(signal.SIGKILL)
    proc.communicate(timeout=60)
    return finished


def _kill_when_wal_grows(args, env, wal: Path) -> None:
    """Start, SIGKILL the moment the WAL grows: the transaction is being written."""
    size = wal.stat().st_size if wal.exists() else 0
    proc, _started = _start(args, env)
    while proc.poll() is None:
        if wal.exists() and wal.stat().st_size > size:
            proc.send_signal(signal.SIGKILL)
            break
    proc.communicate(timeout=60)


def test_kill_during_the_import_of_the_full_day_hearing(tmp_path, full_day):
    env = environment(tmp_path)
    # what the imported hearing must be, whole: a fresh import exported again
    reference = tmp_path / "reference.sqlite3"
    assert cli("--db", reference, "import", full_day, env=env).returncode == 0
    assert cli("--db", reference, "export", "1", "--json", tmp_path / "whole.json", env=env).returncode == 0
    whole = json.loads((tmp_path / "whole.json").read_text(encoding="utf-8"))

    db = tmp_path / "venue.sqlite3"
    assert cli("--db", db, "demo", env=env).stdout.strip() == "1"
    length = _timed(["--db", reference, "import", full_day], env)
    outcomes: list[str] = []
    runs: list[tuple[str, float | None]] = [("after", f * length) for f in IMPORT_AT] + [("wal", None), ("wal", None)]
    for how, seconds in runs:
        before = [line.split("\t")[0] for line in cli("--db", db, "list", env=env).stdout.splitlines()]
        if seconds is None:
            _kill_when_wal_grows(["--db", db, "import", full_day], env, Path(str(db) + "-wal"))
        else:
            _kill_at(["--db", db, "import", full_day], env, seconds)
        assert integrity(db) == "ok", (how, seconds)
        after = [line.split("\t")[0] for line in cli("--db", db, "list", env=env).stdout.splitlines()]
        new = [hid for hid in after if hid not in before]
        assert after[: len(before)] == before and len(new) <= 1, (how, seconds, before, after)
        if new:                             # wholly there: the hearing file comes back the same
            out = tmp_path / f"got-{len(outcomes)}.json"
            assert cli("--db", db, "export", new[0], "--json", out, env=env).returncode == 0
            assert json.loads(out.read_text(encoding="utf-8")) == whole, (how, seconds)
        outcomes.append("whole" if new else "absent")
    # the sample hearing was never touched
    assert cli("--db", db, "export", "1", "--json", tmp_path / "one.json", env=env).returncode == 0
    sample = json.loads((ROOT / "resources/sample/guangming-public-data.json").read_text(encoding="utf-8"))
    assert json.loads((tmp_path / "one.json").read_text(encoding="utf-8")) == sample
    print("import kill outcomes:", outcomes)


def _outputs(folder: Path) -> dict[str, Path]:
    return {"json": folder / "h.json", "report_pdf": folder / "report.pdf", "report_docx": folder / "report.docx",
            "transcript_pdf": folder / "transcript.pdf", "summary_xlsx": folder / "summary.xlsx"}


def _export_args(db: Path, folder: Path) -> list:
    o = _outputs(folder)
    return ["--db", db, "export", "1", "--json", o["json"], "--report", o["report_pdf"],
            "--report-docx", o["report_docx"], "--transcript", o["transcript_pdf"], "--summary", o["summary_xlsx"]]


def _describe(kind: str, path: Path):
    """What a finished document holds, read back by the library that reads its kind."""
    if kind == "json":
        return json.loads(path.read_text(encoding="utf-8"))
    if kind.endswith("pdf"):
        from pypdf import PdfReader
        reader = PdfReader(str(path))
        return len(reader.pages), reader.pages[-1].extract_text()[-200:]
    if kind.endswith("docx"):
        import docx
        return [p.text for p in docx.Document(str(path)).paragraphs]
    from openpyxl import load_workbook
    wb = load_workbook(str(path), read_only=True)
    try:
        return [[c for c in row] for ws in wb.worksheets for row in ws.iter_rows(values_only=True)]
    finally:
        wb.close()


def test_kill_during_an_export(tmp_path, full_day):
    env = environment(tmp_path)
    db = tmp_path / "venue.sqlite3"
    assert cli("--db", db, "import", full_day, env=env).returncode == 0
    complete = tmp_path / "complete"
    complete.mkdir()
    length = _timed(_export_args(db, complete), env)
    expected = {kind: _describe(kind, path) for kind, path in _outputs(complete).items()}
    seen = []
    for n, fraction in enumerate(EXPORT_AT):
        folder = tmp_path / f"run{n}"
        folder.mkdir()
        _kill_at(_export_args(db, folder), env, fraction * length)
        assert integrity(db) == "ok"
        written = []
        for kind, path in _outputs(folder).items():
            if path.exists():               # a document under its own name is a complete one
                assert _describe(kind, path) == expected[kind], (fraction, kind)
                written.append(kind)
        leftovers = {p.name for p in folder.iterdir()} - {p.name for p in _outputs(folder).values()}
        assert all(".tmp" in name for name in leftovers), leftovers      # never under a document's name
        seen.append(written)
    print("export kill outcomes:", seen)
