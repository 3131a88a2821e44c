"""A throwaway PostgreSQL cluster for tests, screenshots and benchmarks: initdb, pg_ctl,
a port on 127.0.0.1 and a unix socket, fsync off. As root the server runs as the
`postgres` user (PostgreSQL refuses to run as root)."""

from __future__ import annotations

import glob
import itertools
import os
import pwd
import random
import shlex
import shutil
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import psycopg

SUPERUSER = "postgres"


class PostgresMissing(RuntimeError):
    pass


def find_bindir() -> Path:
    """Where initdb and pg_ctl are: pg_config's bindir, else Debian's versioned folders."""
    candidates: list[Path] = []
    pg_config = shutil.which("pg_config")
    if pg_config:
        done = subprocess.run([pg_config, "--bindir"], capture_output=True, text=True)
        if done.returncode == 0:
            candidates.append(Path(done.stdout.strip()))
    debian = sorted(
        glob.glob("/usr/lib/postgresql/*/bin"),
        key=lambda p: int(Path(p).parent.name) if Path(p).parent.name.isdigit() else 0,
        reverse=True,
    )
    candidates.extend(Path(p) for p in debian)
    for folder in candidates:
        if (folder / "initdb").exists() and (folder / "pg_ctl").exists():
            return folder
    raise PostgresMissing(
        "PostgreSQL (15 or newer) is needed for tests/team: no initdb/pg_ctl found via "
        "pg_config --bindir or /usr/lib/postgresql/*/bin. Install the Debian package "
        "`postgresql` (.ci/run does this)."
    )


def _ports() -> list[int]:
    """Ports to try, at random in the private range: the package opens no socket of its
    own (beroepsgeheim), so a taken port shows as a server that does not start."""
    return random.sample(range(20000, 60000), 5)


@dataclass
class Cluster:
    bindir: Path
    base: Path
    port: int
    password: str
    as_postgres: bool
    started_in: float = 0.0
    _ids: itertools.count[int] = field(default_factory=itertools.count)

    @property
    def data(self) -> Path:
        return self.base / "data"

    @property
    def socket_dir(self) -> Path:
        return self.base / "sock"

    def run(self, *args: str) -> None:
        command = [str(self.bindir / args[0]), *args[1:]]
        if self.as_postgres:
            command = ["su", SUPERUSER, "-s", "/bin/sh", "-c", shlex.join(command)]
        done = subprocess.run(command, capture_output=True, text=True)
        if done.returncode != 0:
            log = self.base / "server.log"
            tail = log.read_text(errors="replace")[-2000:] if log.exists() else ""
            raise RuntimeError(f"{args[0]} failed: {done.stdout}{done.stderr}{tail}")

    def admin_url(self, database: str = "postgres") -> str:
        return f"postgresql://{SUPERUSER}@127.0.0.1:{self.port}/{database}?sslmode=disable"

    def admin(self, database: str = "postgres") -> psycopg.Connection[tuple[object, ...]]:
        """Over the unix socket (trust): the test's own hands, not what is being tested."""
        return psycopg.connect(
            host=str(self.socket_dir),
            port=self.port,
            user=SUPERUSER,
            dbname=database,
            autocommit=True,
        )

    def unique(self, prefix: str) -> str:
        return f"{prefix}_{os.getpid()}_{next(self._ids)}"

    def stop(self) -> None:
        try:
            self.run("pg_ctl", "-D", str(self.data), "-m", "immediate", "stop")
        finally:
            shutil.rmtree(self.base, ignore_errors=True)


def start_cluster() -> Cluster:
    bindir = find_bindir()
    as_postgres = os.geteuid() == 0
    if as_postgres:
        try:
            owner = pwd.getpwnam(SUPERUSER)
        except KeyError:
            raise PostgresMissing(
                "running as root, the tests start PostgreSQL as the `postgres` user, "
                "which does not exist: install the Debian package `postgresql`"
            ) from None
    # A short path: a unix socket's path may not exceed ~100 bytes (macOS's TMPDIR is long).
    base = Path(
        tempfile.mkdtemp(prefix="genwerkt-pg-", dir="/tmp" if Path("/tmp").is_dir() else None)
    )
    cluster = Cluster(bindir, base, 0, "beheer-" + os.urandom(8).hex(), as_postgres)
    cluster.socket_dir.mkdir()
    pwfile = base / "pwfile"
    pwfile.write_text(cluster.password + "\n")
    if as_postgres:
        for path in (base, cluster.socket_dir, pwfile):
            os.chown(path, owner.pw_uid, owner.pw_gid)
    started = time.monotonic()
    cluster.run(
        "initdb",
        "-D",
        str(cluster.data),
        "-U",
        SUPERUSER,
        "--auth-host=scram-sha-256",
        "--auth-local=trust",
        f"--pwfile={pwfile}",
        "--no-sync",
        "--no-instructions",
        "-E",
        "UTF8",
        "--locale=C",
    )
    try:
        for attempt, port in enumerate(_ports()):
            cluster.port = port
            options = (
                f"-k {cluster.socket_dir} -c listen_addresses=127.0.0.1 -p {port}"
                " -c fsync=off -c full_page_writes=off -c synchronous_commit=off"
            )
            try:
                cluster.run(
                    "pg_ctl",
                    "-D",
                    str(cluster.data),
                    "-l",
                    str(base / "server.log"),
                    "-o",
                    options,
                    "-w",
                    "start",
                )
                break
            except RuntimeError:
                if attempt == 4:
                    raise
    except BaseException:
        shutil.rmtree(base, ignore_errors=True)
        raise
    cluster.started_in = time.monotonic() - started
    return cluster
