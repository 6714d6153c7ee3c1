"""Presenter benchmarks. Run:  python benchmarks/bench_presenter.py

* register with 600 opinions: grouping and filtering (target < 100 ms each),
* responses tab with 600 opinions: moving to the next opinion (target < 50 ms),
* the sample report's preview refreshed after an edit (target within 2 s), with the
  longest stall of the event loop meanwhile (the window must not freeze).

Timings include the event processing that redraws the view (offscreen platform).
"""
from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QElapsedTimer, QTimer  # noqa: E402
from PySide6.QtGui import QGuiApplication  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402


def ms(seconds: float) -> str:
    return f"{seconds * 1000:7.1f} ms"


def timed(app, fn) -> float:
    t = time.perf_counter()
    fn()
    app.processEvents()
    return time.perf_counter() - t


def summary(name: str, samples: list[float], target: float | None = None) -> None:
    med, worst = statistics.median(samples), max(samples)
    verdict = "" if target is None else ("  ok" if worst < target else "  OVER TARGET")
    print(f"  {name:<44} median {ms(med)}   max {ms(worst)}   (n={len(samples)}){verdict}")


class StallMeter:
    """Longest gap between ticks of a 5 ms timer: how long the window stood still."""

    def __init__(self):
        self.timer = QTimer(interval=5)
        self.clock = QElapsedTimer()
        self.worst = 0
        self.timer.timeout.connect(self._tick)

    def start(self):
        self.worst = 0
        self.clock.start()
        self.timer.start()

    def _tick(self):
        self.worst = max(self.worst, self.clock.restart())

    def stop(self) -> int:
        self.timer.stop()
        return self.worst


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv)
    from hearing_desk.domain import Decision
    from hearing_desk.storage.database import Database
    from hearing_desk.ui import background
    from hearing_desk.ui.context import AppContext
    from hearing_desk.ui.opinions import OpinionsTab
    from hearing_desk.ui.opinions.model import GroupBy, OpinionFilterProxy
    from hearing_desk.ui.responses import ResponsesTab
    from hearing_desk.ui.settings import Settings
    from tests.tools.generate import generate_hearing

    folder = tempfile.mkdtemp(prefix="bench-presenter-")
    db = Database(str(Path(folder) / "bench.sqlite3"))
    ctx = AppContext(db=db, settings=Settings(Path(folder) / "settings.ini"))
    big = ctx.hearings.add(generate_hearing(turns=3000, opinions=600, participants=60))
    sample = ctx.hearings.add_demo()
    print(f"Hearing Desk presenter benchmarks ({os.cpu_count()} CPUs, Qt platform {QGuiApplication.platformName()})")

    # ------------------------------------------------------------------ register
    print("\nOpinion register, 600 opinions, 60 participants (target < 100 ms):")
    reg = OpinionsTab(ctx)
    reg.resize(1250, 800)
    reg.show()
    app.processEvents()
    summary("open the hearing (load + fill)", [timed(app, lambda: reg.set_hearing(big))])
    grouping, filtering, searching = [], [], []
    for _ in range(5):
        for mode in (GroupBy.NONE, GroupBy.ARTICLE, GroupBy.PARTICIPANT):
            grouping.append(timed(app, lambda mode=mode: reg.set_group_by(mode)))
        for data in (OpinionFilterProxy.UNANSWERED, Decision.ADOPTED, Decision.NOT_ADOPTED, None):
            i = reg.decision_combo.findData(data)
            filtering.append(timed(app, lambda i=i: reg.decision_combo.setCurrentIndex(i)))
        for i in range(reg.category_combo.count()):
            filtering.append(timed(app, lambda i=i: reg.category_combo.setCurrentIndex(i)))
        reg.category_combo.setCurrentIndex(0)
        for text in ("数", "数据", "数据安全", "数据安全责任", ""):
            searching.append(timed(app, lambda text=text: reg.search.setText(text)))
    summary("group (none / by article / by participant)", grouping, 0.1)
    summary("filter by decision, unanswered, category", filtering, 0.1)
    summary("filter by text, per keystroke", searching, 0.1)
    reg.select_opinion("o300")

    def merge() -> None:
        current = reg.current_opinion()
        assert current is not None
        speaker = current.speaker
        other = next(o.id for o in reg.model.opinions() if o.speaker == speaker and o.id != "o300")
        reg._select_ids(["o300", other])
        reg.merge_selected()
    summary("undoable edit (merge, with reload)", [timed(app, merge)])
    summary("undo of that edit", [timed(app, ctx.undo_stack.undo)])
    reg.hide()

    # ------------------------------------------------------------------ responses
    print("\nResponses tab, 600 opinions (target < 50 ms per move):")
    resp = ResponsesTab(ctx)
    resp.resize(1250, 800)
    resp.show()
    app.processEvents()
    summary("open the hearing (load + fill)", [timed(app, lambda: resp.set_hearing(big))])
    page = resp.answer
    steps = [timed(app, lambda: page.step(1)) for _ in range(100)]
    summary("next opinion (Alt+↓)", steps, 0.05)
    jumps = [timed(app, resp.next_unanswered) for _ in range(50)]
    summary("next unanswered (F8)", jumps, 0.05)
    saves = []
    for _ in range(10):
        page.set_decision(Decision.EXPLAINED)
        page.analysis.setPlainText("经研究，作如下说明。")
        saves.append(timed(app, page.save))
        page.step(1)
    summary("save an answer (undoable, with reload)", saves)
    resp.hide()

    # ------------------------------------------------------------------ preview
    print("\nReport preview of the sample hearing (target: refreshed within 2 s of an edit):")
    tab = ResponsesTab(ctx)
    tab.resize(1250, 800)
    tab.show()
    tab.set_hearing(sample)
    tab.show_page("report")
    view = tab.report
    deadline = time.perf_counter() + 30
    while (view.pdf.pageCount() == 0 or view.is_previewing()) and time.perf_counter() < deadline:
        app.processEvents()
        time.sleep(0.005)
    latencies, builds, stalls = [], [], []
    meter = StallMeter()
    for n in range(5):
        done: list[float] = []
        view.preview_ready.connect(done.append)
        meter.start()
        t = time.perf_counter()
        view.basic_info.insertPlainText(f"（第{n + 1}次修改）")       # the edit
        while not done and time.perf_counter() - t < 30:
            app.processEvents()
            time.sleep(0.001)
        latencies.append(time.perf_counter() - t)
        builds.append(done[0] if done else float("nan"))
        stalls.append(meter.stop() / 1000)
        view.preview_ready.disconnect()
    summary("edit → preview shown (incl. 800 ms quiet wait)", latencies, 2.0)
    summary("background build of the report PDF", builds)
    summary("longest event-loop stall meanwhile", stalls)
    background.wait_for_all()
    db.close()


if __name__ == "__main__":
    main()
