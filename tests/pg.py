"""A real, throwaway PostgreSQL server for the tests: Debian's ``postgresql`` package
(``./hd`` installs it), a cluster made with ``initdb`` in a temporary folder, listening
on 127.0.0.1 only (and a Unix socket in the same folder), stopped and deleted when the
test session ends. Each test gets a schema of its own (``Cluster.fresh_url``): one
server per test worker, one empty schema per test.

As root (CI runs ``./hd test`` as root), ``initdb`` refuses to run: the cluster is then
made and run as the ``postgres`` user the package creates (``runuser``), in a folder
under the system's temporary folder that it owns (pytest's own folder is private to
root, mode 0700, so the server could not enter it).

The same as issue 14a's tests/postgres.py at the time of writing, for the lead to unify.
"""
from __future__ import annotations

import glob
import itertools
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
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
        if os.geteuid() == 0:
            user = pwd.getpwnam("postgres")
            self.folder = Path(tempfile.mkdtemp(prefix="hearing-desk-pg-"))
            os.chown(self.folder, user.pw_uid, user.pw_gid)
            self._as = ["runuser", "-u", "postgres", "--"]
        else:
            assert folder is not None
            self.folder = folder
        self.data = self.folder / "data"
        self.port = 0
        self._schemas = itertools.count(1)
        self._admin: Any = None

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
            options = (f"-k {self.folder} -c listen_addresses=127.0.0.1 -p {self.port} "
                       "-c fsync=off -c synchronous_commit=off -c full_page_writes=off "
                       "-c max_connections=200")
            try:
                self._run(str(self.bin / "pg_ctl"), "start", "-w", "-t", "60", "-D", str(self.data),
                          "-l", str(self.folder / "server.log"), "-o", options)
                return
            except RuntimeError:
                if attempt == 2:
                    raise

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
        if self.port:
            subprocess.run([*self._as, str(self.bin / "pg_ctl"), "stop", "-m", "immediate", "-D",
                            str(self.data)], capture_output=True, timeout=60)
        if self._as:
            shutil.rmtree(self.folder, ignore_errors=True)
