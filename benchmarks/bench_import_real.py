"""Importing real-sized articles, and import time against article length.

    uv run python benchmarks/bench_import_real.py [--articles 400] [--sizes 0.25,0.5,1]

Real-sized articles: the five seed articles and the text and HTML articles of the dev corpus
(``tests/fixtures/corpus/dev``, 2-14 KB each), each copy made a different article by a
sentence of its own (an identical copy would be found as a duplicate and skipped, which is
cheap). They are imported

- in-process, with ``import_files`` into a fresh store (one transaction per file, as the app
  does): articles per second;
- as a user runs it, ``briefer import FILE...`` in a new process for all of them, and for one
  article alone (start-up included): articles per second and seconds per run.

Length: one long article of N MB made of distinct paragraphs (no two alike, so none is
dropped as a repeat), imported in-process and by ``briefer import``; the time per MB should
stay flat when the length doubles (linear), and a 1 MB article should take well under 5 s.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.corpus import CORPUS
from briefer.services.intake import import_files
from briefer.store.connection import open_store

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "tests" / "fixtures" / "ingest" / "seeds").glob("*.txt"))
PLACES = (
    "Hà Nội", "Huế", "Đà Nẵng", "Cần Thơ", "Hải Phòng", "Vinh", "Quy Nhơn", "Đà Lạt",
    "Nha Trang", "Hạ Long", "Thái Nguyên", "Buôn Ma Thuột", "Cà Mau", "Lào Cai", "Sơn La",
)  # fmt: skip


def _sources() -> list[tuple[str, str]]:
    found = [(p.suffix, p.read_text(encoding="utf-8")) for p in SEEDS]
    for path in sorted((CORPUS / "dev").iterdir()):
        if path.suffix in (".txt", ".html"):
            found.append((path.suffix, path.read_text(encoding="utf-8")))
    return found


def _unique(text: str, suffix: str, index: int, rng: random.Random) -> str:
    line = (
        f"Bản tin số {index}: đoàn công tác của tỉnh {rng.choice(PLACES)} đã làm việc với "
        f"đối tác trong {rng.randint(2, 9)} ngày và trao đổi {rng.randint(3, 40)} đề xuất."
    )
    # Another address too: the same address would make it a duplicate of the first copy.
    text = text.replace("https://", f"https://copy{index}.")
    if suffix == ".html":
        # At the end of the longest paragraph, surely article text: a paragraph put in a
        # caption or beside the body would be dropped with it, the copies found duplicates.
        at = max(re.finditer(r"<p\b[^>]*>.*?</p>", text, re.S), key=lambda m: len(m[0])).end()
        return f"{text[: at - 4]} {line}</p>{text[at:]}"
    lines = text.split("\n")
    at = next((i for i, x in enumerate(lines) if len(x) > 150), len(lines) // 2)
    return "\n".join([*lines[: at + 1], line, *lines[at + 1 :]])


def real_articles(folder: Path, count: int) -> list[Path]:
    rng = random.Random(7)
    sources = _sources()
    paths = []
    for index in range(count):
        suffix, text = sources[index % len(sources)]
        path = folder / f"article-{index:04d}{suffix}"
        path.write_text(_unique(text, suffix, index, rng), encoding="utf-8")
        paths.append(path)
    return paths


def long_article(path: Path, megabytes: float) -> Path:
    """One article of about ``megabytes`` MB: seed paragraphs, each made distinct."""
    rng = random.Random(11)
    paragraphs = [
        line
        for seed in SEEDS
        for line in seed.read_text(encoding="utf-8").split("\n")
        if len(line) > 120
    ]
    out = ["Quan hệ Việt Nam – Chile, Peru: tổng hợp", ""]
    size, index = 0, 0
    while size < megabytes * 1_000_000:
        text = f"Theo nguồn {index} tại {rng.choice(PLACES)}, {paragraphs[index % len(paragraphs)]}"
        out += [text, ""]
        size += len(text.encode("utf-8")) + 1
        index += 1
    path.write_text("\n".join(out), encoding="utf-8")
    return path


def _children_cpu() -> float:
    """CPU seconds of finished worker processes (the import's analysing worker)."""
    import resource

    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _cli(store: Path, *files: Path) -> float:
    env = dict(os.environ, BRIEFER_HOME=str(store.parent / "home"))
    subprocess.run(
        [sys.executable, "-m", "briefer", "init", "--store", str(store)],
        check=True, capture_output=True, env=env,
    )  # fmt: skip
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "briefer", "import", *map(str, files), "--store", str(store)],
        capture_output=True, env=env, check=False,
    )  # fmt: skip
    seconds = time.perf_counter() - started
    if result.returncode != 0:
        raise SystemExit(result.stderr.decode())
    _wait_for_backup(Path(env["BRIEFER_HOME"]), store)
    return seconds


def _wait_for_backup(home: Path, store: Path) -> None:
    """Let the detached automatic backup the import started finish (nobody waits for it, so
    it is not timed), so the scratch folder can be removed under it."""
    from briefer.store.backups.auto import AUTO_LOCK, INLINE_BYTES

    if store.stat().st_size <= INLINE_BYTES:
        return  # backed up inside the command, before it exited
    started = time.perf_counter()
    while not any(home.rglob(AUTO_LOCK)) and time.perf_counter() - started < 3:
        time.sleep(0.05)  # it starts up
    while any(home.rglob(AUTO_LOCK)) and time.perf_counter() - started < 600:
        time.sleep(0.2)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=400)
    # 2 MB of the seeds' paragraphs gives more drafts than one source may (MAX_DRAFTS_PER_SOURCE).
    parser.add_argument("--sizes", default="0.25,0.5,1", help="MB, comma-separated")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="briefer-bench-real-") as tmp:
        folder = Path(tmp)
        print(f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} at the start")
        if args.articles:
            _many(folder, args.articles)
        _long(folder, args.sizes)
        print(f"load average {os.getloadavg()[0]:.1f} at the end")
    return 0


def _many(folder: Path, count: int) -> None:
    paths = real_articles(folder, count)
    size = sum(p.stat().st_size for p in paths)
    db = open_store(folder / "in-process.sqlite")
    started = time.perf_counter()
    cpu_started, workers_started = time.process_time(), _children_cpu()
    reports = import_files(db, paths, actor="bench")
    seconds = time.perf_counter() - started
    cpu = time.process_time() - cpu_started
    workers = _children_cpu() - workers_started
    db.close()
    imported = sum(1 for r in reports if r.status == "imported")
    drafts = sum(len(r.candidates) for r in reports)
    print(
        f"real-sized articles: {imported}/{len(paths)} imported "
        f"({size / len(paths) / 1000:.1f} KB each on average, {drafts} drafts)"
    )
    print(
        f"  in-process:    {seconds:.2f} s = {imported / seconds:.0f} articles/s "
        f"({1000 * seconds / imported:.1f} ms each)"
    )
    # CPU time does not count the time other jobs on a shared machine took the cores.
    print(
        f"  CPU per article: {1000 * cpu / imported:.1f} ms in the writing process, "
        f"{1000 * workers / imported:.1f} ms in the analysing worker "
        f"(one core each: {imported / max(cpu, workers):.0f} articles/s at most)"
    )
    whole = _cli(folder / "cli-all.sqlite", *paths)
    print(
        f"  briefer import (one process, {len(paths)} files): {whole:.2f} s = "
        f"{len(paths) / whole:.0f} articles/s"
    )
    single = _cli(folder / "cli-one.sqlite", paths[0])
    print(f"  briefer import (one file, whole process):     {single:.2f} s")


def _long(folder: Path, sizes: str) -> None:
    print("one long article (distinct paragraphs):")
    for megabytes in (float(x) for x in sizes.split(",")):
        path = long_article(folder / f"long-{megabytes}.txt", megabytes)
        mb = path.stat().st_size / 1_000_000
        db = open_store(folder / f"long-{megabytes}.sqlite")
        started, cpu_started = time.perf_counter(), time.process_time()
        [report] = import_files(db, [path], actor="bench")
        inner = time.perf_counter() - started
        cpu = time.process_time() - cpu_started
        db.close()
        outer = _cli(folder / f"long-cli-{megabytes}.sqlite", path)
        print(
            f"  {mb:5.2f} MB: in-process {inner:5.2f} s ({inner / mb:.2f} s/MB; CPU "
            f"{cpu:.2f} s = {cpu / mb:.2f} s/MB), briefer import {outer:5.2f} s; "
            f"{len(report.candidates)} drafts"
        )


if __name__ == "__main__":
    raise SystemExit(main())
