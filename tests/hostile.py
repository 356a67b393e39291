"""Helpers for the hostile-input tests: run ``briefer`` as a user would, under a memory cap.

The cap is the address-space limit (``RLIMIT_AS``) of the child process: past it, Python
raises MemoryError or the allocation fails, so a command that would need gigabytes for a
hostile input fails the test instead of taking the machine down with it.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
MEMORY_LIMIT_MB = 400

_RUNNER = """
import atexit, resource, sys
limit = int(sys.argv[1]) * 1024 * 1024
resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
def _peak(path=sys.argv[2]):
    # VmHWM is this process's own high-water mark (ru_maxrss keeps the parent's across exec).
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    try:
        with open("/proc/self/status") as status:
            peak = next(int(l.split()[1]) for l in status if l.startswith("VmHWM:"))
    except (OSError, StopIteration):
        pass
    usage = resource.getrusage(resource.RUSAGE_SELF)
    with open(path, "w") as fh:
        fh.write(f"{peak} {usage.ru_utime + usage.ru_stime}")
atexit.register(_peak)
from briefer.cli import main
sys.exit(main(sys.argv[3:]))
"""


@dataclass(frozen=True)
class Run:
    returncode: int
    stdout: str
    stderr: str
    peak_mb: float  # the child's own peak resident set, written as it exits
    cpu_seconds: float  # the child's own CPU time, written as it exits: its work, load or not


def run_briefer(
    args: Sequence[str | os.PathLike[str]],
    *,
    home: Path,
    limit_mb: int = MEMORY_LIMIT_MB,
    timeout: float = 120,
    env: dict[str, str] | None = None,
) -> Run:
    """``briefer ARGS`` in a fresh interpreter whose address space is capped at ``limit_mb``."""
    peak_file = home / f"peak-{os.getpid()}-{len(args)}.txt"
    peak_file.parent.mkdir(parents=True, exist_ok=True)
    process = subprocess.Popen(
        [sys.executable, "-c", _RUNNER, str(limit_mb), str(peak_file), *map(os.fsdecode, args)],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={
            **os.environ,
            "PYTHONPATH": str(REPO),
            "BRIEFER_HOME": str(home),
            "QT_QPA_PLATFORM": "offscreen",
            **(env or {}),
        },
    )
    try:
        out, err = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        process.kill()
        process.communicate()
        raise AssertionError(f"briefer {args} ran past {timeout} s") from None
    peak, cpu = float("nan"), float("nan")
    if peak_file.exists():
        kilobytes, seconds = peak_file.read_text().split()
        peak, cpu = int(kilobytes) / 1024, float(seconds)
    peak_file.unlink(missing_ok=True)
    return Run(
        process.returncode,
        out.decode("utf-8", "replace"),
        err.decode("utf-8", "replace"),
        peak,
        cpu,
    )


def assert_one_sentence(stderr: str) -> None:
    """What a user sees on a refusal: no traceback, no 'internal error'."""
    assert "Traceback" not in stderr, stderr
    assert "internal error" not in stderr, stderr
    assert "MemoryError" not in stderr, stderr


CITED_SENTENCE = "Kim ngạch thương mại song phương đạt {n} triệu USD trong năm 2023. "


def long_cited_store(path: Path, sentences: int, status: str = "draft") -> tuple[int, int]:
    """A store with one article of ``sentences`` sentences, each quoted by a fact of
    ``status``: (the body's length, the number of citations). Built directly, not by
    importing, so any size is quick to make."""
    from briefer.domain.model import Fact, Source
    from briefer.services import init_store
    from briefer.store.connection import open_store
    from briefer.store.facts import insert_fact
    from briefer.store.sources import insert_source

    init_store(path)
    parts = [CITED_SENTENCE.format(n=n) for n in range(sentences)]
    body = "".join(parts)
    db = open_store(path)
    try:
        with db.atomic():
            source_id = insert_source(
                db,
                Source(
                    id=None, uuid="", kind="article", title="Bài rất dài", outlet="", author="",
                    url="", published_on="2024-01-01", retrieved_on="2024-01-02",
                    language="vi", body=body, raw=body, sha256="ab" * 32,
                ),
            )  # fmt: skip
            start = 0
            for n, part in enumerate(parts):
                quote = part.strip()
                insert_fact(
                    db,
                    Fact(id=None, uuid="", pair="VN-CL", topic="economic", kind="figure",
                         statement_vi=quote, status=status, value=float(n), unit="USD"),
                    [(source_id, quote, start)],
                )  # fmt: skip
                start += len(part)
    finally:
        db.close()
    return len(body), sentences
