"""Sync with a PostgreSQL hub at scale, timed as a user meets it: whole `briefer sync` runs.

    uv run python benchmarks/bench_sync.py [--facts 100000] [--laptops 50] [--changes 100]
                                           [--laptops-only]

Starts a throwaway PostgreSQL cluster (as tests/hub does), then prints seconds for:

1. an editor's first push of the synthetic store (``--facts`` facts, a fifth as many
   sources) to an empty hub (no budget; how the hub gets filled);
2. **the first sync of an empty laptop** from that hub (budget < 30 s), with its peak memory;
3. **an incremental sync of ``--changes`` changes**: the editor's push and another laptop's
   pull (budget < 1 s each), and a sync with nothing to do;
4. **``--laptops`` laptops syncing ``--changes`` changes each at once** against one hub of
   10,000 facts (budget < 20 s for all), with each process's own CPU (median, max), then
   checks that every change reached the hub and, after one more sync each (untimed), that
   every laptop holds every laptop's change or has it in conflict (read with sqlite3).

Each step is a separate `briefer sync` process (start-up included). On a 2-core machine
the 50 simultaneous processes share the two cores with the hub, so step 4 measures this
machine's CPU as much as the hub.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
# The laptops' automatic backups go to the benchmarks' scratch home (benchmarks/__init__.py),
# removed when the run ends: a fixed folder here had grown to 52 GB of backups over a day.
# (importing the benchmarks package makes that home and sets BRIEFER_HOME).
from benchmarks.synthetic import build_store
from briefer.store import facts as fact_store
from briefer.store.connection import open_store
from tests.hub.pgcluster import SUPERUSER, find_bindir, new_hub, start_cluster

# Runs `briefer sync` (the CLI's main) and reports the process's own peak memory on stderr.
_WRAPPER = (
    "import resource, sys\n"
    "from briefer.cli import main\n"
    "code = main(sys.argv[1:])\n"
    "print('peak-kb', resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr)\n"
    "raise SystemExit(code)\n"
)


def _children_env(work: Path) -> dict[str, str]:
    """The environment of the timed `briefer` processes: Python's bytecode cached (in
    ``work``, never in the repository), as in the installed app. Where
    PYTHONDONTWRITEBYTECODE is set, every process would otherwise compile its ~270 modules
    from source again (0.2–0.36 s more CPU each here); ``--no-bytecode-cache`` keeps it."""
    env = dict(os.environ)
    if not _ARGS.no_bytecode_cache:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(work / "pycache")
    return env


def _cached(facts: int) -> Path:
    """Where the synthetic store of ``facts`` facts is kept between runs: named after this
    Briefer's migrations, so a store made by another version is never reused."""
    import hashlib

    from briefer.store.schema import known_migration_names

    schema = hashlib.sha256(" ".join(known_migration_names()).encode()).hexdigest()[:8]
    return Path(tempfile.gettempdir()) / f"briefer-bench-sync-{facts}-{schema}.sqlite"


_ARGS = argparse.Namespace(no_bytecode_cache=False)
_ENV: dict[str, str] = {}


def _sync(store: Path, url: str) -> tuple[float, str, float]:
    """A whole `briefer sync` process: seconds, its JSON on one line and its CPU seconds,
    its peak MB. Started once earlier syncs' detached backups of the store have finished."""
    _settle(store.parent)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", _WRAPPER, "sync", "--store", str(store), "--hub", url, "--json"],
        env=_ENV,
        capture_output=True,
        text=True,
        check=False,
    )
    elapsed = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    if done.returncode:
        raise SystemExit(f"sync failed: {done.stderr}")
    peak = next(
        int(line.split()[1]) for line in done.stderr.splitlines() if line.startswith("peak-kb")
    )
    return elapsed, " ".join(done.stdout.split()) + f" (CPU {cpu:.2f} s)", peak / 1024


def _in_process(store: Path, url: str) -> tuple[float, float]:
    """The store opened first (its automatic backup on open not timed), then the sync alone:
    (seconds to open, seconds to sync)."""
    from briefer.services import Services
    from briefer.services import sync as sync_service

    services = Services(store, demo_on_first_run=False)
    try:
        started = time.perf_counter()
        services.db()
        opened = time.perf_counter() - started
        started = time.perf_counter()
        sync_service.sync(services, url)
        return opened, time.perf_counter() - started
    finally:
        services.close()


def _edit(path: Path, uuids: list[str], tag: str) -> None:
    """Change ``uuids``' English statements, as an editor's work in Briefer would: the store
    records that Briefer itself left the files so (as every command and the app do), so the
    next opening does not ``quick_check`` a store changed by something else."""
    from briefer.store.backups.auto import note_own_changes
    from briefer.store.backups.catalogue import files_stat

    before = files_stat(path)
    db = open_store(path)
    try:
        with db.atomic():
            for uuid in uuids:
                fact = fact_store.get_fact(db, uuid)
                assert fact is not None
                fact_store.update_fact(db, replace(fact, statement_en=f"{tag} {uuid}"))
    finally:
        db.close()
    note_own_changes(path, before)


def _uuids(path: Path, count: int, offset: int = 0) -> list[str]:
    db = open_store(path)
    try:
        return [
            r[0]
            for r in db.execute(
                "SELECT uuid FROM fact ORDER BY id LIMIT ? OFFSET ?", [count, offset]
            ).fetchall()
        ]
    finally:
        db.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--facts", type=int, default=100_000)
    parser.add_argument("--laptops", type=int, default=50)
    parser.add_argument("--changes", type=int, default=100)
    parser.add_argument("--laptops-only", action="store_true", help="only step 4")
    parser.add_argument(
        "--no-bytecode-cache", action="store_true", help="keep PYTHONDONTWRITEBYTECODE"
    )
    args = parser.parse_args()
    _ARGS.no_bytecode_cache = args.no_bytecode_cache
    bindir = find_bindir()
    if bindir is None:
        raise SystemExit("No PostgreSQL server binaries (initdb, pg_ctl); install postgresql.")
    print(f"load average before: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    work = Path(tempfile.mkdtemp(prefix="briefer-bench-sync-"))
    cache = _cached(args.facts)
    if not cache.exists() and not args.laptops_only:
        print(f"building a synthetic store of {args.facts:,} facts (cached in {cache}) …")
        build_store(cache, facts=args.facts, sources=max(1, args.facts // 5))
    cluster = start_cluster(bindir)  # (sets PGPASSFILE for the processes below)
    _ENV.update(_children_env(work))
    # Warm the bytecode cache (as an installed app has it) before anything is timed.
    subprocess.run(
        [sys.executable, "-c", "import briefer.cli, briefer.services.sync, briefer.store.backups"],
        env=_ENV,
        check=True,
    )
    try:
        if args.laptops_only:
            _many_laptops(cluster, work, args)
            return
        dbname = new_hub(cluster)
        editor, laptop = work / "editor.sqlite", work / "laptop.sqlite"
        shutil.copy(cache, editor)
        seconds, out, peak = _sync(editor, cluster.url("alice", dbname))
        print(
            f"1. first push of {args.facts:,} facts to an empty hub: {seconds:.1f} s, "
            f"peak {peak:.0f} MB  {out}"
        )
        seconds, out, peak = _sync(laptop, cluster.url("bob", dbname))
        print(
            f"2. first sync of an empty laptop ({args.facts:,} facts; budget < 30 s): "
            f"{seconds:.1f} s, peak {peak:.0f} MB  {out}; load average "
            f"{os.getloadavg()[0]:.1f}"
        )
        for label, tag in (("whole process", "changed"), ("in process", "again")):
            _edit(editor, _uuids(editor, args.changes, 1000), tag)
            if label == "whole process":
                push, out, _peak = _sync(editor, cluster.url("alice", dbname))
                pull, out2, _peak = _sync(laptop, cluster.url("bob", dbname))
                idle, out3, _peak = _sync(laptop, cluster.url("bob", dbname))
                print(f"3. {args.changes} changes, {label} (budget < 1 s):")
                print(f"   push {push:.2f} s  {out}")
                print(f"   pull {pull:.2f} s  {out2}")
                print(f"   nothing to do {idle:.2f} s  {out3}")
            else:
                open_push, push = _in_process(editor, cluster.url("alice", dbname))
                open_pull, pull = _in_process(laptop, cluster.url("bob", dbname))
                _o, idle = _in_process(laptop, cluster.url("bob", dbname))
                print(
                    f"   {label}, the sync call alone: push {push:.2f} s, pull {pull:.2f} s, "
                    f"nothing to do {idle:.2f} s (opening the stores: {open_push:.2f} s, "
                    f"{open_pull:.2f} s)"
                )
        if args.laptops:
            _many_laptops(cluster, work, args)
    finally:
        cluster.close()
        shutil.rmtree(work, ignore_errors=True)


def _many_laptops(cluster, work: Path, args: argparse.Namespace) -> None:  # type: ignore[no-untyped-def]

    dbname = new_hub(cluster)
    small = _cached(10_000)
    if not small.exists():
        build_store(small, facts=10_000, sources=2_000)
    seed, first = work / "seed.sqlite", work / "first.sqlite"
    shutil.copy(small, seed)
    _sync(seed, cluster.url("alice", dbname))
    _sync(first, cluster.url("bob", dbname))
    editors = ["alice", "bob", "carol", "dave", "erin"]
    stores = []
    for i in range(args.laptops):
        path = work / f"laptop{i}.sqlite"
        shutil.copy(first, path)
        _edit(path, _uuids(first, args.changes, i * args.changes), f"laptop{i}")
        stores.append(path)
    _settle(work)
    hub_before = _hub_cpu(cluster)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    children_before = before.ru_utime + before.ru_stime
    started = time.perf_counter()
    procs = [
        subprocess.Popen(
            [sys.executable, "-m", "briefer", "sync", "--store", str(path),
             "--hub", cluster.url(editors[i % len(editors)], dbname), "--json"],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=_ENV,
        )
        for i, path in enumerate(stores)
    ]  # fmt: skip
    each: list[float] = []  # each process's own CPU seconds (its rusage, reaped here)
    for proc in procs:
        _pid, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
        each.append(usage.ru_utime + usage.ru_stime)
    seconds = time.perf_counter() - started
    failed = [p.communicate()[1] for p in procs if p.returncode != 0]
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    laptop_cpu = after.ru_utime + after.ru_stime - children_before
    hub_cpu = _hub_cpu(cluster) - hub_before
    arrived = _arrived(cluster, dbname, "laptop%")
    expected = args.laptops * args.changes
    each.sort()
    print(
        f"4. {args.laptops} laptops × {args.changes} changes at once (budget < 20 s), "
        f"{args.laptops} whole processes: {seconds:.1f} s; {arrived:,} of {expected:,} changes "
        "on the hub" + (f"; {len(failed)} syncs failed: {failed[0].strip()}" if failed else "")
    )
    print(
        f"   CPU used: the {args.laptops} sync processes {laptop_cpu:.1f} s in all "
        f"({laptop_cpu / args.laptops:.2f} s each; median {each[len(each) // 2]:.2f} s, "
        f"max {each[-1]:.2f} s), the hub {hub_cpu:.1f} s; "
        f"load average now {os.getloadavg()[0]:.1f}"
    )
    _settle(work)  # their backups after the change run detached: let them finish first
    _everyone_has_everything(cluster, dbname, work, first, stores, editors, args)
    # The same again with the laptops' stores already open (no start-up, no backup on
    # open), one thread per laptop in this process: the sync work itself, all at once.
    import threading

    from briefer.services import Services
    from briefer.services import sync as sync_service

    laptops = []
    for i, path in enumerate(stores):
        services = Services(path, demo_on_first_run=False)
        # Caught up first (untimed), so each laptop again has only the others' new changes
        # to pull, as in the run above.
        sync_service.sync(services, cluster.url(editors[i % len(editors)], dbname))
        services.close()
        _edit(path, _uuids(first, args.changes, i * args.changes), f"thread{i}")
        services = Services(path, demo_on_first_run=False)
        laptops.append(services)
    errors: list[BaseException] = []
    clock: list[float] = []
    ready = threading.Barrier(len(laptops), action=lambda: clock.append(time.perf_counter()))

    def run(services: Services, user: str) -> None:
        try:
            services.db()  # opened (and backed up on open) before the clock starts
            ready.wait()
            sync_service.sync(services, cluster.url(user, dbname))
        except BaseException as exc:
            errors.append(exc)

    # Each thread opens its own connection (connections belong to threads); open them all
    # first so the timing starts when every laptop is ready.
    cpu_before = time.process_time()
    threads = [
        threading.Thread(target=run, args=(s, editors[i % len(editors)]))
        for i, s in enumerate(laptops)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    seconds = time.perf_counter() - clock[0]
    thread_cpu = time.process_time() - cpu_before
    for services in laptops:
        services.close()
    arrived = _arrived(cluster, dbname, "thread%")
    print(
        f"   {args.laptops} threads in one process: {seconds:.1f} s; {arrived:,} of "
        f"{expected:,} changes on the hub"
        + (f"; errors: {errors[:1]}" if errors else "")
        + f"; CPU {thread_cpu:.1f} s (this process, the stores' opening included)"
    )


def _everyone_has_everything(  # type: ignore[no-untyped-def]
    cluster, dbname: str, work: Path, first: Path, stores: list[Path], editors: list[str], args
) -> None:
    """Nothing lost: after one more sync each (untimed: a laptop that synced before others
    pushed has not seen their changes yet), every laptop holds every laptop's change, or
    that fact is in conflict there. Read with sqlite3 alone, not through Briefer."""
    import sqlite3

    procs = [
        subprocess.Popen(
            [sys.executable, "-m", "briefer", "sync", "--store", str(path),
             "--hub", cluster.url(editors[i % len(editors)], dbname), "--json"],
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=_ENV,
        )
        for i, path in enumerate(stores)
    ]  # fmt: skip
    failed = [p.communicate()[1] for p in procs if p.wait() != 0]
    _settle(work)
    wanted = {}  # uuid -> the English statement its laptop gave it
    for i in range(len(stores)):
        for uuid in _uuids(first, args.changes, i * args.changes):
            wanted[uuid] = f"laptop{i} {uuid}"
    missing = 0
    for path in stores:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            have = dict(conn.execute("SELECT uuid, statement_en FROM fact").fetchall())
            conflicted = {
                r[0] for r in conn.execute("SELECT fact_uuid FROM fact_conflict").fetchall()
            }
        finally:
            conn.close()
        missing += sum(
            1 for uuid, text in wanted.items() if have.get(uuid) != text and uuid not in conflicted
        )
    print(
        f"   nothing lost: after one more sync each, {len(stores)} laptops × {len(wanted):,} "
        f"changes: {len(stores) * len(wanted) - missing:,} present (or in conflict), "
        f"{missing:,} missing" + (f"; {len(failed)} syncs failed" if failed else "")
    )


def _settle(work: Path, timeout: float = 300.0) -> None:
    """Wait until no detached `briefer backup --auto` of a store under ``work`` still runs
    (each sync that changed a store starts one), so one step's backups do not slow the next."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        busy = subprocess.run(
            ["pgrep", "-f", f"backup --auto --store {work}"], capture_output=True, check=False
        )
        if busy.returncode != 0:
            return
        time.sleep(0.5)


def _hub_cpu(cluster) -> float:  # type: ignore[no-untyped-def]
    """CPU seconds the hub's server has used so far: the postmaster and every backend (an
    ended backend's time is counted in the postmaster's children's time once reaped)."""
    ticks = os.sysconf("SC_CLK_TCK")
    postmaster = int((cluster.data / "postmaster.pid").read_text().split()[0])
    total = 0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        pid, ppid = int(stat.parent.name), int(fields[1])
        if pid == postmaster:
            total += sum(int(f) for f in fields[11:15])  # utime stime cutime cstime
        elif ppid == postmaster:
            total += int(fields[11]) + int(fields[12])
    return total / ticks


def _arrived(cluster, dbname: str, pattern: str) -> int:  # type: ignore[no-untyped-def]
    import psycopg

    with psycopg.connect(cluster.url(SUPERUSER, dbname)) as conn:
        row = conn.execute(
            "SELECT count(*) FROM hub_object WHERE data->>'statement_en' LIKE %s", [pattern]
        ).fetchone()
    return int(row[0]) if row else 0


if __name__ == "__main__":
    main()
