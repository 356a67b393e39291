"""A throwaway PostgreSQL cluster (tests and benchmarks): initdb + pg_ctl in a temporary
folder, listening on 127.0.0.1 on a free port only (no Unix socket), run as an unprivileged
user (``nobody`` when started by root: PostgreSQL refuses to run as root).

The server binaries come from ``BRIEFER_PG_BINDIR``, ``pg_config --bindir`` or Debian's
``/usr/lib/postgresql/*/bin``. Logins use scram-sha-256 passwords read from a libpq password
file (``PGPASSFILE``, set for this process and its children), as a laptop would: no password
appears in a URL or in a store.
"""

from __future__ import annotations

import contextlib
import glob
import itertools
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

USERS = {"admin": "briefer_admin", "alice": "briefer_editor", "bob": "briefer_editor",
         "carol": "briefer_editor", "dave": "briefer_editor", "erin": "briefer_editor",
         "olga": "briefer_officer", "oscar": "briefer_officer"}  # fmt: skip
SUPERUSER = "postgres"


def find_bindir() -> Path | None:
    wanted = os.environ.get("BRIEFER_PG_BINDIR")
    candidates = [wanted] if wanted else []
    pg_config = shutil.which("pg_config")
    if pg_config:
        out = subprocess.run([pg_config, "--bindir"], capture_output=True, text=True, check=False)
        candidates.append(out.stdout.strip())
    candidates += sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True)
    for folder in candidates:
        if folder and (Path(folder) / "initdb").exists() and (Path(folder) / "pg_ctl").exists():
            return Path(folder)
    return None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Cluster:
    bindir: Path
    root: Path
    port: int
    password: str
    as_user: list[str]
    _names: Iterator[int] = field(default_factory=lambda: itertools.count(1))
    passfile: Path | None = None
    old_passfile: str | None = None

    @property
    def data(self) -> Path:
        return self.root / "data"

    def pg_ctl(self, *args: str) -> None:
        subprocess.run(
            [*self.as_user, str(self.bindir / "pg_ctl"), "-D", str(self.data), *args],
            check=True, capture_output=True, timeout=60,
        )  # fmt: skip

    def start(self) -> None:
        options = (
            f"-c listen_addresses=127.0.0.1 -p {self.port} -c unix_socket_directories='' "
            # fsync off is safe for a process crash (the OS keeps the pages); commits stay
            # synchronous, as on a real hub, so a crash never loses an acknowledged push.
            "-c fsync=off -c full_page_writes=off "
            "-c max_connections=120"
        )
        self.pg_ctl("-o", options, "-l", str(self.root / "server.log"), "-w", "start")

    def stop(self, mode: str = "fast") -> None:
        self.pg_ctl("-m", mode, "-w", "stop")

    def close(self) -> None:
        """Stop the server and remove its folder and the password file."""
        with contextlib.suppress(subprocess.SubprocessError):
            self.stop("immediate")
        if self.old_passfile is None:
            os.environ.pop("PGPASSFILE", None)
        else:
            os.environ["PGPASSFILE"] = self.old_passfile
        shutil.rmtree(self.root, ignore_errors=True)
        if self.passfile is not None:
            shutil.rmtree(self.passfile.parent, ignore_errors=True)

    def url(self, user: str, dbname: str) -> str:
        return f"postgresql://{user}@127.0.0.1:{self.port}/{dbname}"

    def new_database(self) -> str:
        import psycopg

        name = f"hub{next(self._names)}"
        with psycopg.connect(self.url(SUPERUSER, "postgres"), autocommit=True) as conn:
            conn.execute(f"CREATE DATABASE {name}")
        return name

    def backend_pids(self, dbname: str) -> list[int]:
        import psycopg

        with psycopg.connect(self.url(SUPERUSER, "postgres"), autocommit=True) as conn:
            rows = conn.execute(
                "SELECT pid FROM pg_stat_activity WHERE datname = %s "
                "AND application_name = 'briefer-sync'",
                [dbname],
            ).fetchall()
        return [int(r[0]) for r in rows]


def start_cluster(bindir: Path) -> Cluster:
    """initdb, the test logins (USERS) with one password in a password file, and start."""
    import psycopg

    root = Path(tempfile.mkdtemp(prefix="briefer-pg-"))
    as_user: list[str] = []
    if os.geteuid() == 0:  # PostgreSQL refuses to run as root: run it as nobody
        shutil.chown(root, "nobody")
        as_user = ["runuser", "-u", "nobody", "--"]
    password = "hub-test-" + os.urandom(6).hex()
    pwfile = root / "pw"
    pwfile.write_text(password)
    if as_user:
        shutil.chown(pwfile, "nobody")
    subprocess.run(
        [*as_user, str(bindir / "initdb"), "-D", str(root / "data"), "-U", SUPERUSER,
         "--auth=scram-sha-256", f"--pwfile={pwfile}", "-E", "UTF8", "--no-locale", "--no-sync"],
        check=True, capture_output=True, timeout=120,
    )  # fmt: skip
    pwfile.unlink()
    cluster = Cluster(bindir, root, _free_port(), password, as_user)
    passfile = Path(tempfile.mkdtemp(prefix="briefer-pgpass-")) / "pgpass"
    passfile.write_text(
        "".join(f"127.0.0.1:{cluster.port}:*:{user}:{password}\n" for user in [SUPERUSER, *USERS])
    )
    passfile.chmod(0o600)
    cluster.passfile = passfile
    cluster.old_passfile = os.environ.get("PGPASSFILE")
    os.environ["PGPASSFILE"] = str(passfile)
    cluster.start()
    with psycopg.connect(cluster.url(SUPERUSER, "postgres"), autocommit=True) as conn:
        for user in USERS:
            conn.execute(f"CREATE ROLE {user} LOGIN PASSWORD '{password}'")
    return cluster


def new_hub(cluster: Cluster) -> str:
    """A fresh hub database set up by `briefer hub init`, with the logins' roles granted."""
    import psycopg

    from briefer.sync.hub import init_hub

    dbname = cluster.new_database()
    init_hub(cluster.url(SUPERUSER, dbname))
    with psycopg.connect(cluster.url(SUPERUSER, dbname), autocommit=True) as conn:
        for user, role in USERS.items():
            conn.execute(f"GRANT {role} TO {user}")
    return dbname
