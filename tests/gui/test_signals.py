"""STYLE.md, known traps: PySide6 6.12.0 aborts Python 3.11 after ~570 Signal.emit() calls.
This test emits 10,000 and would crash the test process on a bad build."""
from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    ping = Signal(int)


def test_ten_thousand_signals(qapp):
    emitter, seen = _Emitter(), list[int]()
    emitter.ping.connect(seen.append)
    for i in range(10_000):
        emitter.ping.emit(i)
    assert len(seen) == 10_000 and seen[-1] == 9_999


def test_pyside_version_is_not_the_broken_one():
    import PySide6
    assert PySide6.__version__ != "6.12.0"
