"""``briefer import FILE... [--json]``, run as a user would: a separate process."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

SEEDS = Path(__file__).resolve().parents[1] / "fixtures" / "ingest" / "seeds"
SOURCE_KEYS = {
    "id", "uuid", "title", "outlet", "author", "url", "published_on", "language", "kind",
    "file_kind", "encoding", "pairs", "removed",
}  # fmt: skip
CANDIDATE_KEYS = {
    "uuid", "kind", "topic", "pair", "quote", "start", "end", "statement_vi", "value", "unit",
    "qualifier", "period", "event_date", "as_of", "metric", "reasons", "corroborates",
    "conflict_with",
}  # fmt: skip


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "briefer", *args],
        capture_output=True,
        check=False,
        text=True,
        timeout=120,
        env=dict(os.environ),
    )


def _seed(prefix: str) -> str:
    return str(next(SEEDS.glob(f"{prefix}_*.txt")))


def test_import_json_reports_each_file_source_and_candidates(tmp_path: Path) -> None:
    store = tmp_path / "store.sqlite"
    result = run("import", _seed("001"), _seed("004"), "--store", str(store), "--json")
    assert result.returncode == 0, result.stderr
    document = json.loads(result.stdout)
    assert list(document) == ["files"]
    first, second = document["files"]
    assert first["path"] == _seed("001") and first["status"] == "imported"
    assert first["error"] is None
    assert set(first["source"]) == SOURCE_KEYS
    assert first["source"]["outlet"] == "VOV" and first["source"]["pairs"][0] == "VN-PE"
    assert first["candidates"] and all(set(c) == CANDIDATE_KEYS for c in first["candidates"])
    total = next(c for c in second["candidates"] if c["metric"] == "trade.total")
    assert (total["value"], total["unit"], total["qualifier"], total["period"]) == (
        1.3e9, "USD", "more_than", "2024-01..2024-09",
    )  # fmt: skip
    # A new store starts with the demo pack, whose approved facts these articles confirm.
    assert total["corroborates"] and total["conflict_with"] == []
    check = run("check", "--store", str(store))
    assert check.returncode == 0, check.stdout + check.stderr


def test_importing_again_reports_duplicates_and_succeeds(tmp_path: Path) -> None:
    store = str(tmp_path / "store.sqlite")
    assert run("import", _seed("002"), "--store", store).returncode == 0
    result = run("--store", store, "import", _seed("002"), "--json")
    assert result.returncode == 0, result.stderr
    [entry] = json.loads(result.stdout)["files"]
    assert entry["status"] == "duplicate" and entry["candidates"] == []
    assert entry["message"].endswith("; nothing added.")
    human = run("--store", store, "import", _seed("002"))
    assert human.returncode == 0
    assert "already imported as source" in human.stdout


def test_a_bad_file_is_one_sentence_on_stderr_and_exit_1(tmp_path: Path) -> None:
    store = str(tmp_path / "store.sqlite")
    bad = tmp_path / "scan.bin.txt"
    bad.write_bytes(b"\x00\x01\x02binary\x00" * 100)
    result = run("import", _seed("003"), str(bad), "--store", store, "--json")
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert result.stderr.strip().splitlines() == [
        "scan.bin.txt is a binary file, not text; Briefer cannot read it."
    ]
    statuses = [(f["status"], f["error"]) for f in json.loads(result.stdout)["files"]]
    assert statuses == [
        ("imported", None),
        ("error", "scan.bin.txt is a binary file, not text; Briefer cannot read it."),
    ]


def test_human_output_lists_candidates(tmp_path: Path) -> None:
    result = run("import", _seed("000"), "--store", str(tmp_path / "s.sqlite"))
    assert result.returncode == 0, result.stderr
    assert "source" in result.stdout and "relations.established" in result.stdout
    assert "“Ngày 25/3/1971, Việt Nam và Chile thiết lập quan hệ ngoại giao.”" in result.stdout
    assert result.stderr.strip().startswith("Imported 1 files:")


def test_import_needs_a_file() -> None:
    assert run("import").returncode == 2
