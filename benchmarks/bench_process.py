"""Whole-process commands, each timed beside its peer in the same run, at several store sizes.

    uv run python benchmarks/bench_process.py [--sizes 10000,100000,300000] [--runs 5]
                                              [--cache DIR] [--million]

What a user meets is a process: every figure here is the wall time of a fresh ``briefer``
process (median of ``--runs``) and its peak memory (max RSS, from the kernel's accounting of
that child), next to the program a user would otherwise run on the same data:

- read commands (`pairs`, `facts`, `search`) beside the ``sqlite3`` shell running the raw
  query on the same store;
- `pairs` right after a write (`import` of one article), the case that used to make a full
  backup in the foreground;
- `export --format docx` beside pandoc writing the same brief (its own Markdown with
  footnotes) to DOCX, and `export --format pdf` beside LibreOffice converting that DOCX.

Stores are synthetic (benchmarks/synthetic.py: 20 pairs, one source per five facts) and
built by script; 1,000,000 facts only with ``--million`` (about 4 minutes to build on two
cores, a 1.8 GB file). Everything runs under a scratch ``BRIEFER_HOME`` and a scratch folder
that are removed at the end; ``--cache DIR`` keeps the built stores in DIR for the next run
instead. Each timed ``import`` writes a new article (checked by the store's source count).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks import scratch_home  # sets BRIEFER_HOME before briefer loads

SEARCH_WORDS = "Việt Nam"  # folded and prefix-matched by Briefer; the peer gets the same tokens


def briefer_command() -> list[str]:
    script = Path(sys.executable).with_name("briefer")
    return [str(script)] if script.exists() else [sys.executable, "-m", "briefer"]


def run_once(argv: list[str], env: dict[str, str]) -> tuple[float, float, float]:
    """(wall seconds, peak RSS in MB, CPU seconds) of one child process."""
    # The kernel's max RSS of a child started straight from this (large) process would count
    # this process's pages copied at fork: GNU time, a small process, reports the child's own.
    gnu_time = Path("/usr/bin/time")
    peak_file = Path(tempfile.gettempdir()) / f"briefer-bench-peak-{os.getpid()}"
    if gnu_time.exists():
        argv = [str(gnu_time), "-f", "%M", "-o", str(peak_file), *argv]
    started = time.perf_counter()
    child = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    _pid, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - started
    peak_mb = usage.ru_maxrss / 1024
    if gnu_time.exists():
        with contextlib.suppress(OSError, ValueError):
            peak_mb = int(peak_file.read_text().split()[-1]) / 1024
        peak_file.unlink(missing_ok=True)
    child.returncode = os.waitstatus_to_exitcode(status)
    err = child.stderr.read().decode("utf-8", "replace") if child.stderr else ""
    if child.stderr:
        child.stderr.close()
    if child.returncode != 0:
        raise RuntimeError(f"{' '.join(argv[:4])}… failed ({child.returncode}): {err[-400:]}")
    return wall, peak_mb, usage.ru_utime + usage.ru_stime


def measure(argv: list[str], env: dict[str, str], runs: int) -> dict[str, float]:
    walls, peaks, cpus = [], [], []
    for _ in range(runs):
        wall, peak, cpu = run_once(argv, env)
        walls.append(wall)
        peaks.append(peak)
        cpus.append(cpu)
    return {
        "median": statistics.median(walls),
        "min": min(walls),
        "peak_mb": max(peaks),
        "cpu": statistics.median(cpus),
    }


def summary(results: list[tuple[float, float, float]]) -> dict[str, float]:
    return {
        "median": statistics.median(r[0] for r in results),
        "min": min(r[0] for r in results),
        "peak_mb": max(r[1] for r in results),
        "cpu": statistics.median(r[2] for r in results),
    }


def wait_for_backups(store: Path, timeout: float = 600) -> float:
    """Wait until no automatic backup process is at work on ``store``; seconds waited."""
    from briefer.store.backups.auto import AUTO_LOCK, INLINE_BYTES
    from briefer.store.backups.catalogue import backup_folder

    lock = backup_folder(store) / AUTO_LOCK
    started = time.perf_counter()
    if store.stat().st_size <= INLINE_BYTES:
        return 0.0  # backed up inside the command itself, before it exited
    while not lock.exists() and time.perf_counter() - started < 3:  # it starts up
        time.sleep(0.05)
    while lock.exists() and time.perf_counter() - started < timeout:
        time.sleep(0.2)
    return time.perf_counter() - started


def pairs_beside_backup(
    me: list[str], s: list[str], env: dict[str, str], runs: int, idle: bool
) -> dict[str, float]:
    """``pairs --json`` timed while a full backup of the same store copies it in another
    process: at normal priority, or at the lowest (``SCHED_IDLE``, as the automatic backup
    after a write now runs). The backup is stopped once the reads are timed (an unfinished
    copy is a temporary file, never a backup)."""
    backup = subprocess.Popen(
        [*me, "backup", *s], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env
    )
    try:
        if idle:
            os.sched_setscheduler(backup.pid, os.SCHED_IDLE, os.sched_param(0))
        time.sleep(1.5)  # past its start-up, into the copy
        return measure([*me, "pairs", "--json", *s], env, runs)
    finally:
        backup.terminate()
        backup.wait()


def source_count(store: Path) -> int:
    conn = sqlite3.connect(f"{store.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return int(conn.execute("SELECT count(*) FROM source").fetchone()[0])
    finally:
        conn.close()


def ensure_store(size: int, folder: Path) -> Path:
    from benchmarks.synthetic import build_store

    path = folder / f"store-{size}.sqlite"
    if not path.exists():
        seconds = build_store(path, facts=size, sources=max(1000, size // 5))
        print(f"built the {size:,}-fact store in {seconds:.0f} s", flush=True)
    return path


def export_peers(store: Path, work: Path) -> tuple[Path, int]:
    """The brief as Markdown for pandoc (same content, footnotes), and its item count."""
    from benchmarks.bench_export import to_markdown
    from briefer.services import Services

    services = Services(store)
    brief = services.assemble("VN-CL", "state-visit", "vi", date(2026, 11, 24))
    markdown = work / "brief.md"
    markdown.write_text(to_markdown(services.render(brief)), encoding="utf-8")
    services.close()
    return markdown, len(brief.items())


def pdf_pages(path: Path) -> int:
    from pypdf import PdfReader

    return len(PdfReader(path).pages)


def bench_size(size: int, store: Path, work: Path, env: dict[str, str], runs: int) -> list[dict]:
    me = briefer_command()
    sqlite3 = shutil.which("sqlite3")
    rows: list[dict] = []

    def row(what: str, ours: dict[str, float], peer_name: str, peer: dict[str, float] | None):
        entry = {"size": size, "what": what, "ours": ours, "peer_name": peer_name, "peer": peer}
        rows.append(entry)
        ratio = f"{ours['median'] / peer['median']:.1f}×" if peer else "–"
        peer_text = f"{peer['median']:.3f} s" if peer else "–"
        # CPU time beside the wall time: on a shared machine the load inflates the wall time
        # of both processes, not the processor time each one used.
        cpu_text = (
            f"   CPU {peer['cpu']:.3f} s, ours {ours['cpu'] / peer['cpu']:.2f}×"
            if peer and peer["cpu"] > 0
            else ""
        )
        print(
            f"{size:>9,} {what:<34} {ours['median']:7.3f} s {ours['cpu']:6.3f} s "
            f"{ours['peak_mb']:5.0f} MB   {peer_name:<22} {peer_text:>9}  {ratio:>6}{cpu_text}",
            flush=True,
        )

    s = ["--store", str(store)]
    # Warm the page cache and settle the store (first open after building records its state).
    run_once([*me, "pairs", *s], env)

    def peer_sql(sql: str) -> dict[str, float] | None:
        return measure([sqlite3, str(store), sql], env, runs) if sqlite3 else None

    row(
        "pairs --json",
        measure([*me, "pairs", "--json", *s], env, runs),
        "sqlite3 (same query)",
        peer_sql(
            "SELECT pair, count(*) FROM fact WHERE status = 'approved' GROUP BY pair ORDER BY pair"
        ),
    )
    row(
        "facts --pair VN-CL --topic economic",
        measure([*me, "facts", "--pair", "VN-CL", "--topic", "economic", "--json", *s], env, runs),
        "sqlite3 (same rows)",
        peer_sql(
            "SELECT f.*, c.quote, s.title FROM fact f JOIN citation c ON c.fact_id = f.id "
            "JOIN source s ON s.id = c.source_id WHERE f.pair = 'VN-CL' AND f.topic = 'economic'"
        ),
    )
    from briefer.text.fold import fold

    tokens = " ".join(f'"{w}"' for w in fold(SEARCH_WORDS).split())
    row(
        f"search '{SEARCH_WORDS}'",
        measure([*me, "search", SEARCH_WORDS, "--json", *s], env, runs),
        "sqlite3 FTS5 (bm25)",
        peer_sql(
            f"SELECT rowid FROM fact_fts WHERE fact_fts MATCH '{tokens}*' "
            "ORDER BY bm25(fact_fts) LIMIT 20"
        ),
    )

    # A write, then a read straight after it (the backup no longer runs in the foreground).
    writes, reads = [], []
    for i in range(min(runs, 3)):
        article = work / f"article-{size}-{i}-{time.time_ns()}.txt"
        # The body differs each time (a repeated body is recognised as the same article and
        # nothing is written), and the store must have one more source afterwards.
        number = time.time_ns() % 10**9
        article.write_text(
            f"Bài thử nghiệm {article.stem}\n\nNgày 12/11/2024, Chủ tịch nước Lương Cường "
            f"hội đàm với Tổng thống Chile tại phiên họp thứ {number}. Kim ngạch thương mại "
            f"Việt Nam - Chile năm 2023 đạt 1,3 tỷ USD, theo báo cáo số {number}.\n",
            encoding="utf-8",
        )
        before = source_count(store)
        writes.append(run_once([*me, "import", str(article), *s], env))
        if source_count(store) != before + 1:
            raise RuntimeError(f"importing {article.name} wrote nothing: not a write to time")
        reads.append(run_once([*me, "pairs", "--json", *s], env))
        waited = wait_for_backups(store)
    row("import 1 article (write)", summary(writes), "", None)
    row("pairs right after the write", summary(reads), "sqlite3 (same query)", rows[0]["peer"])
    print(
        f"{'':>9} (the backup after the last write: "
        + (f"a detached process, {waited:.1f} s)" if waited else "inside the command)"),
        flush=True,
    )
    if hasattr(os, "SCHED_IDLE"):
        normal = pairs_beside_backup(me, s, env, runs, idle=False)
        idle = pairs_beside_backup(me, s, env, runs, idle=True)
        row("pairs beside a backup (normal prio)", normal, "", None)
        row("pairs beside a backup (idle prio)", idle, "beside normal prio", normal)
    row("backup (on demand)", measure([*me, "backup", *s], env, 1), "", None)

    docx, pdf = work / f"brief-{size}.docx", work / f"brief-{size}.pdf"
    export = [*me, "export", "--pair", "VN-CL", "--date", "2026-11-24", *s]
    markdown, items = export_peers(store, work)
    pandoc = shutil.which("pandoc")
    row(
        f"export docx ({items} items)",
        measure([*export, "--format", "docx", "--out", str(docx)], env, runs),
        "pandoc md → docx",
        measure([pandoc, str(markdown), "-o", str(work / "pandoc.docx")], env, runs)
        if pandoc
        else None,
    )
    soffice = shutil.which("soffice")
    lo = None
    if soffice:
        lo_out = work / "lo-out"
        lo = measure(
            [
                soffice,
                f"-env:UserInstallation=file://{work}/lo-profile",
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                str(lo_out),
                str(docx),
            ],
            env,
            max(2, runs // 2),
        )
    ours_pdf = measure([*export, "--format", "pdf", "--out", str(pdf)], env, runs)
    row(f"export pdf ({pdf_pages(pdf)} pages)", ours_pdf, "LibreOffice docx → pdf", lo)
    return rows


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="10000,100000,300000")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--cache", type=Path, help="keep the built stores here")
    parser.add_argument("--million", action="store_true", help="also 1,000,000 facts")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",") if s]
    if args.million and 1_000_000 not in sizes:
        sizes.append(1_000_000)
    work = Path(tempfile.mkdtemp(prefix="briefer-bench-process-"))
    stores = args.cache or work / "stores"
    stores.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "BRIEFER_HOME": str(scratch_home())}
    # An installed Briefer runs from compiled bytecode (pip and uv write it on first import;
    # the bundle ships it). This machine sets PYTHONDONTWRITEBYTECODE, which would make every
    # process compile every module again: the children keep their bytecode in the scratch
    # folder instead (removed at the end), and the first run of each command writes it.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(work / "pycache")
    print(f"{os.cpu_count()} cores, load {os.getloadavg()[0]:.1f} at start; runs: {args.runs}")
    print(
        f"{'facts':>9} {'command (whole process)':<34} {'median':>9} {'CPU':>8} {'peak':>8}   "
        f"{'peer (same run)':<22} {'median':>9}  {'ratio':>6}"
    )
    rows: list[dict] = []
    try:
        for size in sizes:
            store = ensure_store(size, stores)
            rows += bench_size(size, store, work, env, args.runs)
    finally:
        print(f"load {os.getloadavg()[0]:.1f} at the end")
        if args.json:
            args.json.write_text(json.dumps(rows, indent=1), encoding="utf-8")
        with contextlib.suppress(OSError):
            shutil.rmtree(work)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
