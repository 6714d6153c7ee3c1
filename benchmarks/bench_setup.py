"""How fast is the setup tab on a full-day hearing? Prints figures; asserts nothing.

    python benchmarks/bench_setup.py [--runs 20] [--rows 500]

On a hearing of 3,000 turns, 600 opinions and 60 participants:
(a) opening the setup tab on it (``set_hearing``: load fields and people, fill every page);
(b) one field edit through the undo stack (store, push, refresh the pages that show it);
(c) one attendance toggle (the 签到 page's space bar);
(d) adding a participant, and undoing it;
(e) reading and checking a sign-up sheet of ``--rows`` rows (openpyxl, read-only);
(f) reading and splitting a .docx draft of 200 articles.
Runs offscreen (QT_QPA_PLATFORM=offscreen) on a temporary database.
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def timed(fn, runs: int) -> list[float]:
    out = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        out.append((time.perf_counter() - start) * 1000)
    return out


def report(name: str, ms: list[float]) -> None:
    ms = sorted(ms)
    p95 = ms[min(len(ms) - 1, int(round(len(ms) * 0.95)) - 1)]
    print(f"{name:<48} median {statistics.median(ms):8.1f} ms   p95 {p95:8.1f} ms   max {ms[-1]:8.1f} ms"
          f"   (n={len(ms)})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--rows", type=int, default=500)
    args = parser.parse_args()

    from PySide6.QtWidgets import QApplication
    app = QApplication.instance() or QApplication([])

    from hearing_desk.domain import Role
    from hearing_desk.formats.drafts import read_draft
    from hearing_desk.formats.signup import id_check_digit, read_signup
    from hearing_desk.storage.database import Database
    from hearing_desk.ui.context import AppContext
    from hearing_desk.ui.settings import Settings
    from hearing_desk.ui.setup import SetupTab
    from tests.tools.generate import generate_hearing

    tmp = Path(tempfile.mkdtemp(prefix="bench-setup-"))
    db = Database(str(tmp / "bench.sqlite3"))
    ctx = AppContext(db=db, settings=Settings(tmp / "settings.ini"))
    hid = ctx.hearings.add(generate_hearing())
    other = ctx.hearings.add_demo()
    tab = SetupTab(ctx)
    tab.resize(1100, 760)
    tab.show()
    app.processEvents()

    def open_tab():
        tab.set_hearing(other)
        tab.set_hearing(hid)
        app.processEvents()
    report("(a) open the setup tab (60 people, 3,000 turns)", [t / 2 for t in timed(open_tab, args.runs)])

    basic: Any = tab.pages["basic"]
    counter = iter(range(10**6))

    def edit_field():
        basic.ui.venue.setText(f"第 {next(counter)} 会议室")
        basic.ui.venue.editingFinished.emit()
        app.processEvents()
    report("(b) field edit: store + undo stack + refresh", timed(edit_field, args.runs))

    page: Any = tab.pages["attendance"]
    tab.show_page("attendance")

    def toggle():
        page.ui.view.setCurrentIndex(page.proxy.index(7, 3))
        page.toggle(page._current_person())
        app.processEvents()
    report("(c) attendance toggle", timed(toggle, args.runs))

    people: Any = tab.pages["people"]
    people.ui.roles.setCurrentIndex(5)

    def add_and_undo():
        people.ui.new_name.setText("测试人员")
        people.add_person()
        ctx.undo_stack.undo()
        app.processEvents()
    report("(d) add a participant, then undo", timed(add_and_undo, args.runs))
    assert len(ctx.hearings.get(hid).people_in(Role.PARTICIPANT)) == 60

    from openpyxl import Workbook
    wb = Workbook()
    ws = wb.active
    ws.append(["报名表"])
    ws.append(["序号", "姓名", "工作单位", "联系电话", "身份证号", "产生方式", "基本情况", "类别"])
    for i in range(args.rows):
        first17 = f"4403061985{(i % 12) + 1:02d}{(i % 28) + 1:02d}{i % 1000:03d}"
        ws.append([i + 1, f"报名者{i}", "某单位", f"139{i:08d}", first17 + id_check_digit(first17), "报名",
                   "公民", "公民"])
    sheet = tmp / "signup.xlsx"
    wb.save(sheet)
    existing = ctx.hearings.get(hid).people
    report(f"(e) read and check a {args.rows}-row sign-up sheet", timed(lambda: read_signup(sheet, existing),
                                                                         max(3, args.runs // 4)))

    import docx

    from hearing_desk.domain.articles import article_label
    document = docx.Document()
    document.add_paragraph("某市某管理办法（征求意见稿）")
    for n in range(1, 201):
        if n % 20 == 1:
            document.add_paragraph(f"第{article_label(n // 20 + 1)[1:-1]}章　第{n // 20 + 1}部分")
        document.add_paragraph(f"{article_label(n)}　本条规定了第 {n} 项内容，" + "有关单位应当依法履行职责。" * 4)
    path = tmp / "draft.docx"
    document.save(str(path))
    report("(f) read and split a 200-article .docx draft", timed(lambda: read_draft(path), max(3, args.runs // 4)))

    tab.close()
    db.close()


if __name__ == "__main__":
    main()
