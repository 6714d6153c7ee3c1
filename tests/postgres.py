"""A real, throwaway PostgreSQL server for the tests: Debian's ``postgresql`` package
(``./hd`` installs it), a cluster made with ``initdb`` in a temporary folder, listening
on 127.0.0.1 only (and a Unix socket in the same folder), stopped and deleted when the
test session ends. Each test gets a schema of its own (``Cluster.fresh_url``): one
server per test worker, one empty schema per test.

As root (CI runs ``./hd test`` as root), ``initdb`` refuses to run: the cluster is then
made and run as the ``postgres`` user the package creates (``runuser``, ``setpriv``), in
a folder under the system's temporary folder that it owns (pytest's own folder is
private to root, mode 0700, so the server could not enter it).

The server is a child of the test process (``postgres`` itself, not ``pg_ctl``'s
daemon), started through ``setpriv --pdeathsig TERM``: a test run that is killed takes
its server with it, nothing is left running.
"""
from __future__ import annotations

import glob
import itertools
import os
import pwd
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Any

#: Where Debian's and Ubuntu's postgresql-NN packages put the server programs.
DEBIAN_BIN = "/usr/lib/postgresql/*/bin"
SUPERUSER = "hearing_desk"


def server_bin() -> Path | None:
    """The newest installed server's bin folder (initdb, pg_ctl), or None."""
    found = [Path(p) for p in glob.glob(DEBIAN_BIN) if (Path(p) / "initdb").exists()]
    if found:
        return max(found, key=lambda p: int(p.parent.name) if p.parent.name.isdigit() else 0)
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Cluster:
    """initdb, start, a fresh schema per test, stop."""

    def __init__(self, bin_dir: Path, folder: Path | None):
        self.bin = bin_dir
        self._as: list[str] = []
        self._server_as = ["setpriv", "--pdeathsig", "TERM"]
        if os.geteuid() == 0:
            user = pwd.getpwnam("postgres")
            self.folder = Path(tempfile.mkdtemp(prefix="hearing-desk-pg-"))
            os.chown(self.folder, user.pw_uid, user.pw_gid)
            self._as = ["runuser", "-u", "postgres", "--"]
            self._server_as += ["--reuid", str(user.pw_uid), "--regid", str(user.pw_gid), "--init-groups"]
        else:
            assert folder is not None
            self.folder = folder
        self.data = self.folder / "data"
        self.port = 0
        self.proc: subprocess.Popen | None = None
        self._schemas = itertools.count(1)
        self._admin: Any = None          # a psycopg connection in autocommit

    def _run(self, *args: str) -> None:
        proc = subprocess.run([*self._as, *args], capture_output=True, text=True, timeout=120)
        if proc.returncode != 0:
            log = self.folder / "server.log"
            tail = log.read_text(errors="replace")[-2000:] if log.exists() else ""
            raise RuntimeError(f"{' '.join(args[:1])} failed: {proc.stdout}{proc.stderr}{tail}")

    def start(self) -> None:
        # C collation: text sorts by code point, as in SQLite; nosync: a throwaway cluster
        self._run(str(self.bin / "initdb"), "-D", str(self.data), "-U", SUPERUSER, "--auth=trust",
                  "-E", "UTF8", "--locale=C", "--no-sync")
        for attempt in range(3):
            self.port = free_port()
            settings = {"listen_addresses": "127.0.0.1", "port": str(self.port),
                        "unix_socket_directories": str(self.folder),
                        "fsync": "off", "synchronous_commit": "off", "full_page_writes": "off",
                        # small: one server per test worker, in a container whose /dev/shm may be 64 MB
                        "max_connections": "60", "shared_buffers": "16MB", "dynamic_shared_memory_type": "mmap"}
            options = [f"-c{k}={v}" for k, v in settings.items()]
            with open(self.folder / "server.log", "ab") as log:
                self.proc = subprocess.Popen([*self._server_as, str(self.bin / "postgres"), "-D", str(self.data),
                                              *options], stdout=log, stderr=subprocess.STDOUT)
            if self._ready():
                return
            self._stop_server()
            if attempt == 2:
                tail = (self.folder / "server.log").read_text(errors="replace")[-2000:]
                raise RuntimeError(f"postgres did not start: {tail}")

    def _ready(self, seconds: float = 60) -> bool:
        """Wait until the server accepts connections (False: it exited, e.g. the port was taken)."""
        import psycopg

        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if self.proc is None or self.proc.poll() is not None:
                return False
            try:
                psycopg.connect(host="127.0.0.1", port=self.port, user=SUPERUSER, dbname="postgres",
                                connect_timeout=2).close()
                return True
            except psycopg.OperationalError:
                time.sleep(0.05)
        return False

    def _stop_server(self) -> None:
        if self.proc is None:
            return
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGINT)        # fast shutdown: clients cut off
            try:
                self.proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.proc = None

    def url(self, schema: str | None = None) -> str:
        url = f"postgresql+psycopg://{SUPERUSER}@127.0.0.1:{self.port}/postgres"
        return url + (f"?options=-csearch_path%3D{schema}" if schema else "")

    def admin(self):
        if self._admin is None:
            import psycopg
            self._admin = psycopg.connect(host="127.0.0.1", port=self.port, user=SUPERUSER,
                                          dbname="postgres", autocommit=True)
        return self._admin

    def fresh_url(self) -> str:
        """An empty schema of its own: a database URL whose tables go there."""
        name = f"t{next(self._schemas)}"
        self.admin().execute(f"CREATE SCHEMA {name}")
        return self.url(name)

    def drop(self, url: str) -> None:
        schema = url.rsplit("%3D", 1)[-1]
        self.admin().execute(f"DROP SCHEMA IF EXISTS {schema} CASCADE")

    def stop(self) -> None:
        if self._admin is not None:
            self._admin.close()
            self._admin = None
        self._stop_server()
        if self._as:
            shutil.rmtree(self.folder, ignore_errors=True)
