"""What Qt objects made from Python need when Qt's own threads use them."""
from __future__ import annotations


def answer_disconnect_hook_now(signal) -> None:
    """Disconnect once from ``signal``'s object, here in the GUI thread.

    A Qt object made from Python is PySide's wrapper, whose ``disconnectNotify`` asks
    Python (taking the GIL) whether a Python subclass overrides it – the first time
    only; the answer is then cached for the object's life. The FFmpeg backend's threads
    disconnect their own objects from the player and its audio output when they end,
    holding Qt's connection lock; if that first question came from there while the GUI
    thread held the GIL in ``QMediaPlayer.stop()`` (which waits for that lock), the window
    would freeze for good (seen: ``QObject::disconnect`` against ``Sbk_GetPyOverride``).
    Asked here, the question never needs the GIL in another thread."""
    def nothing(*_args) -> None:
        return None

    signal.connect(nothing)
    signal.disconnect(nothing)
