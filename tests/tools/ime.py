"""A private pinyin input method for an X display: a D-Bus session bus of its own, an
ibus daemon on it (no panel, no XIM, settings in memory) and the libpinyin engine,
so that a Qt program started with :func:`ime_env` (``QT_IM_MODULE=ibus``) composes
pinyin as a recorder's machine does: ``nihao`` is a composition ("preedit") until a
space or a digit commits 你好, Return commits the letters themselves.

    with pinyin_ime(tmp_path, ":5") as env:      # env: os.environ plus the bus and ibus; its log in tmp_path/ime
        subprocess.Popen([...program...], env=env)

Needs ``ibus`` and ``ibus-libpinyin`` (``./hd test`` installs them on Debian/Ubuntu)
and ``dbus-daemon``. Everything it starts is a child process it ends itself.
"""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ENGINE = "libpinyin"
#: the Debian packages that make :func:`pinyin_ime` work (also in ./hd's test packages)
PACKAGES = ("ibus", "ibus-libpinyin", "dbus-daemon")


class NoInputMethod(RuntimeError):
    """No pinyin input method can be started here (the message says what is missing)."""


#: where Debian, Fedora and Arch put ibus's helpers (the engine, the settings kept in memory)
_LIBEXEC = ("/usr/libexec", "/usr/lib/ibus", "/usr/lib/ibus-libpinyin", "/usr/lib")


def _helper(name: str) -> str | None:
    return next((str(Path(d) / name) for d in _LIBEXEC if (Path(d) / name).exists()), None)


def missing() -> str | None:
    """What is missing for :func:`pinyin_ime`, or None."""
    install = f"apt-get install {' '.join(PACKAGES)}, or ./hd test"
    for tool in ("dbus-daemon", "ibus-daemon", "ibus"):
        if shutil.which(tool) is None:
            return f"{tool} is needed ({install})"
    for helper in ("ibus-memconf", "ibus-engine-libpinyin"):
        if _helper(helper) is None:
            return f"{helper} is needed ({install})"
    return None


def _group_alive(pid: int) -> bool:
    try:
        os.killpg(pid, 0)
    except (ProcessLookupError, PermissionError):
        return False
    return True


def _stop(proc: subprocess.Popen) -> None:
    """End ``proc`` and what it started (its own process group: the engine ibus runs)."""
    if _group_alive(proc.pid):
        os.killpg(proc.pid, signal.SIGTERM)
    deadline = time.monotonic() + 5
    while _group_alive(proc.pid) and time.monotonic() < deadline:
        proc.poll()                     # (the leader is reaped, or it would count as alive)
        time.sleep(0.05)
    if _group_alive(proc.pid):
        os.killpg(proc.pid, signal.SIGKILL)
    proc.wait(10)


@contextmanager
def pinyin_ime(folder: Path, display: str, timeout: float = 30) -> Iterator[dict[str, str]]:
    """Start the bus, ibus and the pinyin engine for ``display``; yield the environment a
    program needs to type through them. Raises :class:`NoInputMethod`."""
    problem = missing()
    if problem:
        raise NoInputMethod(problem)
    logs = Path(folder) / "ime"
    logs.mkdir(parents=True, exist_ok=True)
    # ibus's socket lives under XDG_CACHE_HOME: a short path (a socket's name has at most
    # 107 bytes, and libdbus – Qt's side – refuses a longer one where GDBus cuts it)
    home = Path(tempfile.mkdtemp(prefix="hd-ime-"))
    for sub in ("config", "cache", "data", "runtime"):
        (home / sub).mkdir()
    (home / "runtime").chmod(0o700)
    env = {**os.environ, "DISPLAY": display, "HOME": str(home),
           "XDG_CONFIG_HOME": str(home / "config"), "XDG_CACHE_HOME": str(home / "cache"),
           "XDG_DATA_HOME": str(home / "data"), "XDG_RUNTIME_DIR": str(home / "runtime"),
           "GSETTINGS_BACKEND": "memory", "NO_AT_BRIDGE": "1"}
    for name in ("DBUS_SESSION_BUS_ADDRESS", "IBUS_ADDRESS", "GTK_IM_MODULE", "XMODIFIERS"):
        env.pop(name, None)
    log = open(logs / "ime.log", "wb")
    started: list[subprocess.Popen] = []
    try:
        read, write = os.pipe()
        bus = subprocess.Popen(["dbus-daemon", "--session", "--nofork", "--nosyslog",
                                f"--print-address={write}"], pass_fds=(write,), env=env, stdout=log, stderr=log,
                               start_new_session=True)
        started.append(bus)
        os.close(write)
        with os.fdopen(read) as fh:
            address = fh.readline().strip()
        if not address:
            raise NoInputMethod("dbus-daemon did not start: see " + str(logs / "ime.log"))
        env["DBUS_SESSION_BUS_ADDRESS"] = address
        daemon = subprocess.Popen(["ibus-daemon", "--panel=disable", "--emoji-extension=disable",
                                   f"--config={_helper('ibus-memconf')}", "--cache=refresh", "--replace", "--verbose"],
                                  env=env, stdout=log, stderr=log, start_new_session=True)
        started.append(daemon)
        deadline = time.monotonic() + timeout

        def ibus(*args: str) -> subprocess.CompletedProcess:
            return subprocess.run(["ibus", *args], env=env, capture_output=True, text=True, timeout=timeout)
        while True:
            found = ibus("address")
            if found.returncode == 0 and found.stdout.strip().startswith(("unix:", "tcp:")):
                break
            if daemon.poll() is not None or time.monotonic() > deadline:
                raise NoInputMethod("ibus-daemon did not start: see " + str(logs / "ime.log"))
            time.sleep(0.1)
        env["IBUS_ADDRESS"] = found.stdout.strip()
        while True:
            ibus("engine", ENGINE)
            now = ibus("engine")
            if now.returncode == 0 and now.stdout.strip() == ENGINE:
                break
            if daemon.poll() is not None or time.monotonic() > deadline:
                raise NoInputMethod(f"ibus did not take the {ENGINE} engine: {now.stdout}{now.stderr}")
            time.sleep(0.2)
        yield ime_env(env)
    finally:
        for proc in reversed(started):
            _stop(proc)
        log.close()
        shutil.rmtree(home, ignore_errors=True)


def ime_env(env: dict[str, str]) -> dict[str, str]:
    """``env`` for a Qt program that types through ibus."""
    return {**env, "QT_IM_MODULE": "ibus", "QT_QPA_PLATFORM": "xcb"}
