"""Child processes for the crash and concurrency tests (no tests of its own).

Run as ``python -m tests.unit.test_reliability_driver MODE ...`` from the repository root:

- ``zygote``: imports Briefer once, then for each JSON line on stdin forks a worker (a real
  process, killed by the test with SIGKILL), prints its pid, waits for it and prints
  ``exit STATUS``. Forking from a warm process keeps 50+ kills within seconds.
- ``writer``: does ``--count`` operations and exits (two of them run at once).
- ``reader``: reads consistent snapshots until ``--until`` exists (says ``reading`` after the
  first); prints what it saw.
- ``locker``: holds the write lock until its stdin closes.

Every worker writes an append-only journal: one JSON line per change, written and fsync'd
**after** the transaction's commit returned. What the journal lists must be in the store after
a crash; the change in flight at a kill may or may not be there, but never half of it.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sqlite3
import sys
import traceback
from dataclasses import replace
from pathlib import Path
from typing import Any

SEEDS = Path(__file__).resolve().parents[1] / "fixtures" / "ingest" / "seeds"
BRIEFS = 3  # brief uuids a worker rewrites again and again


# ---- what a worker does --------------------------------------------------------------------------


def brief_of_version(version: int) -> Any:
    """A brief whose shape follows from its version: a saved brief can be checked whole."""
    from briefer.domain.brief import Brief, BriefItem, BriefSection

    sections = tuple(
        BriefSection(
            topic=("overview", "economic", "people")[s],
            heading=f"v{version} section {s}",
            items=tuple(
                BriefItem(
                    uuid=f"v{version}-s{s}-i{i}", kind="text", text_vi=f"v{version} s{s} i{i}"
                )
                for i in range(1 + (version + s) % 4)
            ),
        )
        for s in range(1 + version % 3)
    )
    return Brief(
        pair="VN-CL",
        brief_type="state-visit",
        language="vi",
        brief_date="2026-11-25",
        marking="",
        title=f"v{version}",
        sections=sections,
    )


def brief_is_whole(brief: Any) -> bool:
    version = int(brief.title[1:])
    return brief.sections == brief_of_version(version).sections


class Journal:
    def __init__(self, path: Path) -> None:
        self.fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)

    def note(self, entry: dict[str, Any]) -> None:
        os.write(self.fd, (json.dumps(entry) + "\n").encode("utf-8"))
        os.fsync(self.fd)


class Worker:
    def __init__(self, store: Path, journal: Path, scratch: Path, tag: str, seed: int) -> None:
        from briefer.store.connection import open_store

        self.rng = random.Random(seed)
        self.tag = tag
        self.scratch = scratch
        self.journal = Journal(journal)
        self.seeds = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
        from briefer.store.backups.auto import backup_after_changes

        # What a command does after the previous one changed the store: back it up (so kills
        # land in backups too), then open it for work.
        backup_after_changes(store)
        self.db = open_store(store, create=False)
        self.seq = 0

    def import_one(self, files: int = 1) -> None:
        """Import one article, or several in one call (committed together in one batch, each
        file in its own savepoint): every file wholly or not at all."""
        from briefer.services.intake import import_files

        paths, seeds = [], []
        for _ in range(files):
            k = self.rng.randrange(len(self.seeds))
            self.seq += 1
            path = self.scratch / f"{self.tag}-n{self.seq}.txt"
            # Another address and a paragraph of its own, early in the article: the same
            # article twice is a duplicate.
            lines = (
                self.seeds[k].replace("https://", f"https://{self.tag}-n{self.seq}.").split("\n")
            )
            lead = next(i for i, line in enumerate(lines) if len(line) > 200)
            note = f"Ghi chú kiểm thử {self.tag} n{self.seq} về quan hệ hai nước trong năm nay."
            path.write_text("\n".join([*lines[: lead + 1], "", note, *lines[lead + 1 :]]), "utf-8")
            paths.append(path)
            seeds.append(k)
        for k, report in zip(seeds, import_files(self.db, paths), strict=True):
            if report.status != "imported" or report.source is None:
                raise AssertionError(f"import failed: {report.message}")
            self.journal.note(
                {
                    "op": "import",
                    "seed": k,
                    "source": report.source.uuid,
                    "facts": [c.uuid for c in report.candidates],
                }
            )

    def save_brief(self, brief_uuid: str | None = None) -> None:
        from briefer.store.briefs import save_brief

        brief_uuid = brief_uuid or f"{self.tag}-brief-{self.rng.randrange(BRIEFS)}"
        # Read the version and save the next one from the stored revision.
        with self.db.atomic():
            row = self.db.execute(
                "SELECT title, revision FROM brief WHERE uuid = ?", [brief_uuid]
            ).fetchone()
            version = int(row[0][1:]) + 1 if row else 1
            base = int(row[1]) if row else 0
            save_brief(self.db, brief_uuid, brief_of_version(version), base_revision=base)
        self.journal.note({"op": "brief", "brief": brief_uuid, "version": version})

    def edit_fact(self, fact_uuid: str | None = None) -> None:
        from briefer.store.facts import get_fact, update_fact

        if fact_uuid is None:
            row = self.db.execute("SELECT uuid FROM fact ORDER BY random() LIMIT 1").fetchone()
            if row is None:
                return
            fact_uuid = str(row[0])
        text = f"edited {self.tag} n{self.seq}"
        with self.db.atomic():
            # Read and write in one transaction: with BEGIN IMMEDIATE nobody writes between.
            fact = get_fact(self.db, fact_uuid)
            assert fact is not None
            new = update_fact(self.db, replace(fact, statement_en=text))
        self.journal.note(
            {"op": "edit", "fact": fact_uuid, "revision": new.revision, "statement_en": text}
        )

    def step(self) -> None:
        self.seq += 1
        op = self.rng.choice(("import", "import", "brief", "edit"))
        if op == "import":
            self.import_one(self.rng.choice((1, 1, 3)))  # a third of them a batch of three
        else:
            getattr(self, {"brief": "save_brief", "edit": "edit_fact"}[op])()


# ---- modes ---------------------------------------------------------------------------------------


def _work_forever(job: dict[str, Any]) -> None:
    if job.get("create"):  # first run: make the store with the demo pack, then stop
        from briefer.services import init_store

        init_store(Path(job["store"]), demo=True)
        os._exit(0)
    worker = Worker(
        Path(job["store"]), Path(job["journal"]), Path(job["scratch"]), job["tag"], job["seed"]
    )
    while True:
        worker.step()


def zygote() -> None:
    # Warm up every module a worker needs before forking.
    import briefer.services
    import briefer.services.intake
    import briefer.store.briefs
    import briefer.store.connection  # noqa: F401

    print("ready", flush=True)
    for line in sys.stdin:
        job = json.loads(line)
        pid = os.fork()
        if pid == 0:  # the worker
            code = 0
            try:
                errors = open(job["errors"], "a", encoding="utf-8")  # noqa: SIM115
                os.dup2(errors.fileno(), 2)
                devnull = os.open(os.devnull, os.O_RDWR)
                os.dup2(devnull, 0)
                os.dup2(devnull, 1)
                _work_forever(job)
            except BaseException:
                traceback.print_exc()
                sys.stderr.flush()
                code = 3
            os._exit(code)
        print(pid, flush=True)
        _, status = os.waitpid(pid, 0)
        print(f"exit {status}", flush=True)


def writer(args: argparse.Namespace) -> None:
    worker = Worker(Path(args.store), Path(args.journal), Path(args.scratch), args.tag, args.seed)
    for _ in range(args.count):
        worker.seq += 1
        # Both writers edit the same fact and the same brief: a lost update would show.
        worker.edit_fact(args.shared_fact)
        worker.seq += 1
        worker.import_one()
        worker.seq += 1
        worker.save_brief("shared-brief")
    worker.db.close()


def reader(args: argparse.Namespace) -> None:
    """Read snapshots while writers write: each must be consistent, counts never go back."""
    from briefer.store.connection import open_store

    db = open_store(Path(args.store), create=False, readonly=True)
    reads, last, problems = 0, (0, 0), []
    until = Path(args.until)
    while not until.exists():
        db.execute("BEGIN")
        sources = db.execute("SELECT count(*) FROM source").fetchone()[0]
        facts = db.execute("SELECT count(*) FROM fact").fetchone()[0]
        half = db.execute(
            "SELECT count(*) FROM audit a WHERE a.action = 'import' AND "
            "json_extract(a.details, '$.candidates') != (SELECT count(DISTINCT c.fact_id) "
            "FROM citation c JOIN source s ON s.id = c.source_id WHERE s.uuid = a.entity_uuid)"
        ).fetchone()[0]
        db.execute("COMMIT")
        if half:
            problems.append(f"{half} imports seen half-done")
        if (sources, facts) < last:
            problems.append(f"counts went back from {last} to {(sources, facts)}")
        last = (sources, facts)
        reads += 1
        if reads == 1:  # the test starts the writers now: every write happens while it reads
            print("reading", flush=True)
    db.close()
    print(json.dumps({"reads": reads, "problems": problems, "last": last}))


def locker(args: argparse.Namespace) -> None:
    """Hold the store's write lock until stdin closes (the test lets go when it is done,
    however long a busy machine made the other side take to reach the lock)."""
    conn = sqlite3.connect(args.store, isolation_level=None)
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("UPDATE country SET name_en = name_en")
    print("locked", flush=True)
    sys.stdin.read()
    conn.execute("ROLLBACK")
    conn.close()


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("mode", choices=("zygote", "writer", "reader", "locker"))
    parser.add_argument("--store")
    parser.add_argument("--journal")
    parser.add_argument("--scratch")
    parser.add_argument("--tag", default="w")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--count", type=int, default=10)
    parser.add_argument("--shared-fact")
    parser.add_argument("--until")
    args = parser.parse_args(argv)
    if args.mode == "zygote":
        zygote()
    elif args.mode == "writer":
        writer(args)
    elif args.mode == "reader":
        reader(args)
    else:
        locker(args)


if __name__ == "__main__":
    main(sys.argv[1:])
