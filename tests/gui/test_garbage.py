"""Cyclic garbage is collected by a timer in the GUI thread, never by a worker."""
from __future__ import annotations

import gc
import threading
import weakref

from PySide6.QtCore import QObject


def test_collector_turns_automatic_collection_off_and_collects_on_its_timer(qtbot):
    from hearing_desk.ui.garbage import GuiThreadCollector

    gc.enable()
    collector = GuiThreadCollector(interval_ms=20)
    try:
        assert not gc.isenabled()

        class Node(QObject):
            other: Node

        def make_cycle():
            a, b = Node(), Node()
            a.other, b.other = b, a
            return weakref.ref(a)
        ref = make_cycle()
        # a worker allocating past every threshold collects nothing while automatic collection is off
        kept: list[list[int]] = []
        worker = threading.Thread(target=lambda: kept.extend([] for _ in range(50_000)))
        worker.start()
        worker.join()
        assert ref() is not None and gc.get_count()[0] > gc.get_threshold()[0]
        qtbot.waitUntil(lambda: ref() is None, timeout=5000)   # the timer, in this thread
    finally:
        collector.stop()
        gc.disable()                                # the suite runs without automatic collection


def test_collect_if_due_collects_a_cycle_once_the_young_threshold_is_passed():
    from hearing_desk.ui.garbage import collect_if_due

    class Node:
        other: Node

    gc.collect()
    a, b = Node(), Node()
    a.other, b.other = b, a
    ref = weakref.ref(a)
    del a, b
    assert collect_if_due() == 0 and ref() is not None      # below the threshold: nothing
    padding: list[list[int]] = [[] for _ in range(gc.get_threshold()[0] + 10)]
    assert collect_if_due() >= 2 and ref() is None           # the cycle's two objects
    del padding
