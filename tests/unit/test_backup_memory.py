"""A verified backup keeps its memory flat, and ``check`` lists a bounded number of problems.

The check on a backup copy reads each source body once for all its citations and streams its
rows: a store whose long article is cited thousands of times is backed up in the same memory
as a small store (one body per citation would need gigabytes). A badly broken store lists 50
problems of a kind and counts the rest, instead of holding one sentence per broken row.
"""

from __future__ import annotations

import json
from pathlib import Path

from briefer.store.backups.catalogue import list_backups
from briefer.store.check import MAX_LISTED, check_store
from briefer.store.connection import open_store
from tests.hostile import assert_one_sentence, long_cited_store, run_briefer

BACKUP_LIMIT_MB = 200  # issue 15: every command under 200 MB


def test_a_verified_backup_of_a_long_article_cited_thousands_of_times_stays_small(
    tmp_path: Path,
) -> None:
    store = tmp_path / "long.sqlite"
    chars, _cited = long_cited_store(
        store, 3_000, status="approved"
    )  # ~200 KB cited 3,000 times: 600 MB if read per citation
    assert chars > 190_000
    home = tmp_path / "home"
    run = run_briefer(["--store", store, "backup", "--json"], home=home)
    assert_one_sentence(run.stderr)
    assert run.returncode == 0, run.stderr
    made = json.loads(run.stdout)["backup"]
    assert made["good"] and made["counts"]["citation"] == 3_000
    assert run.peak_mb < BACKUP_LIMIT_MB, run.peak_mb


def test_check_lists_fifty_problems_of_a_kind_and_counts_the_rest(tmp_path: Path) -> None:
    store = tmp_path / "store.sqlite"
    long_cited_store(store, 120, status="approved")
    db = open_store(store)
    with db.atomic():
        db.execute("DELETE FROM citation")  # 120 approved facts lose their only citation
    report = check_store(db)
    db.close()
    uncited = [p for p in report.problems if "no citation" in p or "uncited" in p]
    assert len(uncited) == MAX_LISTED + 1
    assert uncited[-1] == f"… and {120 - MAX_LISTED} more uncited facts."
    assert all(p.startswith("Approved fact ") for p in uncited[:-1])


def test_a_backup_of_a_store_with_problems_is_kept_but_not_good(tmp_path: Path) -> None:
    from briefer.store.backups.copying import backup_now

    store = tmp_path / "store.sqlite"
    long_cited_store(store, 60, status="approved")
    db = open_store(store)
    with db.atomic():
        db.execute("DELETE FROM citation")
    db.close()
    backup = backup_now(store)
    assert not backup.good and backup in list_backups(store)
    assert backup.problems[-1] == f"… and {60 - MAX_LISTED} more uncited facts."
