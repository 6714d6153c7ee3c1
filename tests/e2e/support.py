"""What the end-to-end tests share: the real program as a process, the command line,
xdotool (the X server is the ``x_display`` fixture, conftest.py)."""
from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def need(tool: str) -> str:
    path = shutil.which(tool)
    if path is None:
        pytest.fail(f"{tool} is needed for this test (apt-get install xvfb xdotool, or ./hd test)")
    return path


def until(predicate, timeout: float, what: str):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        value = predicate()
        if value:
            return value
        time.sleep(0.1)
    pytest.fail(f"timed out waiting for {what}")


def environment(tmp_path: Path, display: str | None = None) -> dict[str, str]:
    """The program's environment: its own data, config and log folders under tmp_path."""
    env = dict(os.environ, PYTHONPATH=str(ROOT), HEARING_DESK_DATA_DIR=str(tmp_path / "data"),
               HEARING_DESK_CONFIG_DIR=str(tmp_path / "config"), HEARING_DESK_LOG_DIR=str(tmp_path / "log"))
    if display:
        env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb")
    return env


def cli(*args, env, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "hearing_desk", *map(str, args)], env=env, cwd=ROOT,
                          capture_output=True, text=True, encoding="utf-8", timeout=timeout)


def integrity(db_path: Path) -> str:
    con = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        return con.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        con.close()


class Xdo:
    def __init__(self, env: dict[str, str]):
        self.tool, self.env = need("xdotool"), env

    def __call__(self, *args: str) -> str:
        return subprocess.run([self.tool, *args], env=self.env, check=True, capture_output=True, text=True,
                              timeout=20).stdout

    def windows(self, pid: int) -> list[str]:
        found = subprocess.run([self.tool, "search", "--onlyvisible", "--pid", str(pid)], env=self.env,
                               capture_output=True, text=True, timeout=20)
        return found.stdout.split()

    def name(self, wid: str) -> str:
        return self("getwindowname", wid).strip()
