"""The X server every end-to-end test shares the recipe of: a private Xvfb on a free
display number, ready before the program is started."""
from __future__ import annotations

import os
import subprocess

import pytest

from .support import need, until


def _accepts_connections(xdotool: str, display: str) -> bool:
    probe = subprocess.run([xdotool, "getdisplaygeometry"], env=dict(os.environ, DISPLAY=display),
                           capture_output=True, timeout=10)
    return probe.returncode == 0


@pytest.fixture
def x_display():
    """``:N``, a private X server (Xvfb picks the number: -displayfd), which already
    accepts connections: a program started on it at once once found none (a flaky run)."""
    xvfb, xdotool = need("Xvfb"), need("xdotool")
    read, write = os.pipe()
    proc = subprocess.Popen([xvfb, "-displayfd", str(write), "-screen", "0", "1400x900x24", "-nolisten", "tcp"],
                            pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    try:
        with os.fdopen(read) as fh:
            number = fh.readline().strip()
        assert number.isdigit(), "Xvfb did not report its display number"
        display = f":{number}"
        until(lambda: proc.poll() is not None or _accepts_connections(xdotool, display), 20,
              "the X server to accept connections")
        assert proc.poll() is None, f"Xvfb on {display} stopped (exit status {proc.returncode})"
        yield display
    finally:
        proc.terminate()
        proc.wait(10)
