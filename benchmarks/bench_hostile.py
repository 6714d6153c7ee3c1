"""Hostile input (issue 16): how long the pathological cases take. Prints figures; asserts nothing.

    python benchmarks/bench_hostile.py [--people 10000]

(a) ``PeopleService.add_people`` of ``--people`` participants in one transaction (a
    sign-up sheet of that many rows), and of a tenth as many (linear: ~10x);
(b) the 听证报告 PDF with one opinion of 1 MB (refused at once: over the limit of one
    field), and with one opinion at the limit (100,000 characters; 5,000 lines);
(c) reading a sign-up sheet whose <dimension> claims A1:XFD1048576 (2,000 rows): time
    and peak memory (tracemalloc);
(d) reading a hearing file nested 100,000 levels deep, and one with a 5,000-digit integer
    (both refused);
(e) a zip bomb in an .xlsx (300 MB of zeros in 0.3 MB): refused before any XML is read.
"""
from __future__ import annotations

import argparse
import os
import re
import sys
import tempfile
import time
import tracemalloc
import zipfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def seconds(fn) -> tuple[float, object]:
    start = time.perf_counter()
    try:
        result: object = fn()
    except Exception as exc:  # noqa: BLE001 - a refusal is a result here
        result = exc
    return time.perf_counter() - start, result


def line(name: str, took: float, result: object) -> None:
    what = f"refused: {str(result).splitlines()[0][:70]}" if isinstance(result, Exception) else "done"
    print(f"{name:<58} {took * 1000:9.1f} ms   {what}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=10_000)
    args = parser.parse_args()

    from openpyxl import Workbook

    from hearing_desk.domain import Person, Role
    from hearing_desk.export import MAX_FIELD_CHARS, MAX_FIELD_LINES, export_documents
    from hearing_desk.formats.interchange import read_file
    from hearing_desk.formats.signup import read_signup
    from hearing_desk.paths import sample_hearing_path
    from hearing_desk.services.hearings import HearingService
    from hearing_desk.services.people import PeopleService
    from hearing_desk.storage.database import Database

    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        os.environ["HEARING_DESK_DATA_DIR"] = str(tmp / "data")
        db = Database(str(tmp / "bench.sqlite3"))
        try:
            service = PeopleService(db)
            for n in (args.people // 10, args.people):
                hid = HearingService(db).create(f"{n} 人")
                newcomers = [Person(id="", role=Role.PARTICIPANT, name=f"参加人{i}", affiliation="光明区")
                             for i in range(n)]
                took, result = seconds(lambda h=hid, p=newcomers: service.add_people(h, p, unique_names=True))
                line(f"(a) add_people, {n:,} participants", took, result)
        finally:
            db.close()

        hearing = read_file(sample_hearing_path())
        sentence = "本条规定的数据授权运营范围应当进一步明确，"
        for name, text in (("1 MB opinion (340,000 characters)", (sentence * 17_000)[:340_000]),
                           (f"opinion at the limit ({MAX_FIELD_CHARS:,} characters)",
                            (sentence * 5_000)[:MAX_FIELD_CHARS]),
                           (f"opinion of {MAX_FIELD_LINES:,} lines", "意见。\n" * (MAX_FIELD_LINES - 1))):
            hearing.opinions[0].text = text
            took, result = seconds(lambda: export_documents(hearing, report_pdf=tmp / "r.pdf"))
            line(f"(b) report PDF, {name}", took, result)

        wb = Workbook()
        ws = wb.active
        ws.append(["姓名", "工作单位"])
        for i in range(2000):
            ws.append([f"参加人{i}", "光明区"])
        plain = tmp / "plain.xlsx"
        wb.save(plain)
        claims = tmp / "claims.xlsx"
        with zipfile.ZipFile(plain) as zin, zipfile.ZipFile(claims, "w", zipfile.ZIP_DEFLATED) as zout:
            for info in zin.infolist():
                data = zin.read(info.filename)
                if info.filename == "xl/worksheets/sheet1.xml":
                    data = re.sub(rb'<dimension ref="[^"]*"/>', b'<dimension ref="A1:XFD1048576"/>', data)
                zout.writestr(info.filename, data)
        tracemalloc.start()
        took, result = seconds(lambda: read_signup(claims))
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        line(f"(c) sheet claiming A1:XFD1048576, 2,000 rows (peak {peak / 1024 / 1024:.1f} MB)", took, result)

        deep = tmp / "deep.json"
        deep.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
        line("(d) hearing file nested 100,000 deep", *seconds(lambda: read_file(deep)))
        digits = tmp / "digits.json"
        digits.write_text('{"format": "hearing-desk/1", "x": ' + "9" * 5000 + "}", encoding="utf-8")
        line("(d) hearing file with a 5,000-digit integer", *seconds(lambda: read_file(digits)))

        bomb = tmp / "bomb.xlsx"
        with zipfile.ZipFile(plain) as zin, zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as zout:
            for info in zin.infolist():
                zout.writestr(info.filename, zin.read(info.filename))
            with zout.open("xl/media/padding.bin", "w") as fh:
                block = b"\0" * (1024 * 1024)
                for _ in range(300):
                    fh.write(block)
        line(f"(e) zip bomb ({bomb.stat().st_size / 1024 / 1024:.1f} MB → 300 MB)", *seconds(lambda: read_signup(bomb)))


if __name__ == "__main__":
    main()
