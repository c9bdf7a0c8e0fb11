"""A throwaway PostgreSQL cluster on 127.0.0.1 for tests: initdb into a temp dir, pg_ctl start, one database per test.

PostgreSQL refuses to run as root, so as root the server runs as the `postgres` system user (runuser) in a
directory that user owns. Without `initdb` the tests that need it are skipped with the reason, except under CI=true,
where they fail: `.ci/ensure-postgres.sh` installs the server there.
"""

from __future__ import annotations

import itertools
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _find(binary: str) -> str | None:
    found = shutil.which(binary)
    if found:
        return found
    for candidate in sorted(Path("/usr/lib/postgresql").glob(f"*/bin/{binary}"), reverse=True):
        return str(candidate)
    return None


class PostgresCluster:
    def __init__(self) -> None:
        initdb, pg_ctl = _find("initdb"), _find("pg_ctl")
        if not initdb or not pg_ctl:
            raise RuntimeError("initdb/pg_ctl not found (install Debian's postgresql, see .ci/ensure-postgres.sh)")
        self.initdb, self.pg_ctl = initdb, pg_ctl
        self.root = Path(tempfile.mkdtemp(prefix="palantir-ice-pg-"))
        self.data = self.root / "data"
        self.port = _free_port()
        self._prefix: list[str] = []
        if os.geteuid() == 0:
            shutil.chown(self.root, "postgres", "postgres")
            os.chmod(self.root, 0o700)
            self._prefix = ["runuser", "-u", "postgres", "--"]
        self._names = itertools.count(1)

    def _run(self, *args: str) -> None:
        result = subprocess.run([*self._prefix, *args], capture_output=True, text=True, timeout=120)
        if result.returncode != 0:
            raise RuntimeError(f"{args[0]} failed: {result.stderr.strip() or result.stdout.strip()}")

    def start(self) -> PostgresCluster:
        self._run(self.initdb, "-D", str(self.data), "-A", "trust", "-U", "postgres", "--no-sync", "-E", "UTF8")
        options = f"-k {self.root} -h 127.0.0.1 -p {self.port} -F -c max_connections=200"
        self._run(self.pg_ctl, "-D", str(self.data), "-l", str(self.root / "log"), "-o", options, "-w", "start")
        return self

    def stop(self) -> None:
        try:
            self._run(self.pg_ctl, "-D", str(self.data), "-m", "immediate", "-w", "stop")
        finally:
            shutil.rmtree(self.root, ignore_errors=True)

    def url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{database}"

    def new_database(self) -> str:
        """A fresh empty database; returns its URL."""
        import psycopg

        name = f"t{os.getpid()}_{next(self._names)}"
        with psycopg.connect(f"host=127.0.0.1 port={self.port} user=postgres dbname=postgres", autocommit=True) as c:
            c.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)


@pytest.fixture(scope="session")
def postgres() -> Iterator[PostgresCluster]:
    """The session's cluster; skipped (locally only) when PostgreSQL cannot start here."""
    try:
        cluster = PostgresCluster().start()
    except (RuntimeError, OSError, LookupError, subprocess.TimeoutExpired) as exc:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"PostgreSQL must run in CI: {exc}")
        pytest.skip(f"PostgreSQL could not be started here: {exc}")
    try:
        yield cluster
    finally:
        cluster.stop()
