"""The background helper: work runs on a worker thread, results come back on the GUI thread."""
from __future__ import annotations

import gc
import threading
from typing import Any

import pytest
from PySide6.QtCore import QThread

from hearing_desk.errors import BadInput
from hearing_desk.services.documents import Target
from hearing_desk.ui import background
from hearing_desk.ui.background import run_in_background


@pytest.fixture(autouse=True)
def _no_leftover_tasks(qtbot):
    yield
    background.wait_for_all()
    qtbot.waitUntil(lambda: not background.running_tasks())


def test_result_on_gui_thread(qtbot, qapp):
    seen = {}

    def work(a, b, *, scale):
        seen["worker"] = QThread.currentThread()
        return (a + b) * scale

    def done(value):
        seen["value"] = value
        seen["callback"] = QThread.currentThread()

    task = run_in_background(None, work, 2, 3, scale=10, on_done=done)
    assert task.is_running() and task in background.running_tasks()
    with qtbot.waitSignal(task.finished, timeout=5000):
        pass
    assert seen["value"] == 50 == task.result
    assert seen["callback"] is qapp.thread()
    assert seen["worker"] is not qapp.thread()
    assert not task.is_running()


def test_error_on_gui_thread(qtbot, qapp):
    got = []
    task = run_in_background(None, lambda: 1 / 0,
                             on_error=lambda exc: got.append((exc, QThread.currentThread())))
    with qtbot.waitSignal(task.finished, timeout=5000):
        pass
    [(exc, thread)] = got
    assert isinstance(exc, ZeroDivisionError) and task.error is exc
    assert thread is qapp.thread()
    assert "ZeroDivisionError" in task.error_traceback


def test_default_error_message_is_chinese(qtbot, message_boxes):
    def refuse():
        raise BadInput("听证会名称不能为空。")

    task = run_in_background(None, refuse)
    with qtbot.waitSignal(task.finished, timeout=5000):
        pass
    assert message_boxes.calls == [("warning", "操作未完成", "听证会名称不能为空。")]


def test_unexpected_error_is_logged_and_told(qtbot, message_boxes, caplog):
    def broken():
        raise KeyError("x")

    task = run_in_background(None, broken, description="导出听证报告")
    with qtbot.waitSignal(task.finished, timeout=5000):
        pass
    assert "程序内部错误" in message_boxes.texts()[0] and "导出听证报告" in message_boxes.texts()[0]
    assert "KeyError" in caplog.text


def test_progress_in_order_on_gui_thread(qtbot, qapp, monkeypatch):
    monkeypatch.setattr(background, "PROGRESS_INTERVAL", 0)
    reports = []

    def work(n, progress):
        for i in range(1, n + 1):
            progress(i, n, f"第 {i} 步")
        return "完成"

    task = run_in_background(None, work, 20,
                             on_progress=lambda d, t, text: reports.append((d, t, text, QThread.currentThread())))
    with qtbot.waitSignal(task.finished, timeout=5000):
        pass
    assert [r[0] for r in reports] == list(range(1, 21))
    assert reports[-1][:3] == (20, 20, "第 20 步")
    assert all(r[3] is qapp.thread() for r in reports)
    assert task.result == "完成"


def test_progress_is_throttled_but_ends_at_total(qtbot):
    reports = []

    def work(progress):
        for i in range(1, 5001):
            progress(i, 5000)

    task = run_in_background(None, work, on_progress=lambda d, t, text: reports.append(d))
    with qtbot.waitSignal(task.finished, timeout=10000):
        pass
    assert reports[-1] == 5000
    assert len(reports) < 5000


def test_cancel_stops_the_work(qtbot):
    started, release = threading.Event(), threading.Event()
    outcome = []

    def work(progress):
        started.set()
        release.wait(5)
        progress(1, 2)          # raises Cancelled
        outcome.append("kept going")

    task = run_in_background(None, work, on_progress=lambda *a: None,
                             on_done=lambda v: outcome.append("done"), on_error=lambda e: outcome.append("error"))
    assert started.wait(5)
    task.cancel()
    release.set()
    with qtbot.waitSignal(task.finished, timeout=5000):
        pass
    assert outcome == []
    assert task.cancelled and not task.is_running()


def test_running_tasks_are_kept_alive(qtbot):
    release = threading.Event()
    results: list[Any] = []
    ids = set()
    for i in range(4):
        ids.add(id(run_in_background(None, lambda i=i: release.wait(5) and i, on_done=results.append)))
    gc.collect()        # the caller kept no reference: the helper does
    assert ids <= {id(t) for t in background.running_tasks()}
    release.set()
    qtbot.waitUntil(lambda: len(results) == 4, timeout=5000)
    assert sorted(results) == [0, 1, 2, 3]
    assert not ids & {id(t) for t in background.running_tasks()}


def test_service_call_in_a_worker_has_its_own_session(ctx, sample_id, tmp_path, qtbot):
    import json

    target = tmp_path / "sample.json"
    task = run_in_background(None, ctx.documents.export, sample_id, {Target.HEARING_FILE: target},
                             personal_data=False)
    with qtbot.waitSignal(task.finished, timeout=10000):
        pass
    assert task.error is None
    assert json.loads(target.read_text(encoding="utf-8"))["hearing"]["title"].startswith("《光明区")
    # and the GUI thread's own calls still work beside it
    assert ctx.hearings.get(sample_id).id == sample_id


def test_must_start_from_gui_thread(qapp):
    errors = []

    def from_worker():
        try:
            run_in_background(None, lambda: None)
        except RuntimeError as exc:
            errors.append(exc)

    thread = threading.Thread(target=from_worker)
    thread.start()
    thread.join(5)
    assert errors
