"""Reviewing imported drafts from the command line: ``review``, ``approve``, ``reject``,
``pairs`` with draft counts, and the warning for exporting a pair with no approved facts.
Run as a user would: separate processes on a store in tmp_path."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli import run_briefer

HUNGARY = """Việt Nam và Hungary thúc đẩy hợp tác kinh tế

Hà Nội, ngày 10 tháng 01 năm 2025

Kim ngạch thương mại song phương giữa Việt Nam và Hungary năm 2024 đạt 1,2 tỷ USD.

Hai nước thiết lập quan hệ ngoại giao ngày 3/2/1950.

Hai bên nhất trí sớm ký Hiệp định khuyến khích và bảo hộ đầu tư.
"""


run = run_briefer


@pytest.fixture()
def store(tmp_path: Path) -> Path:
    path = tmp_path / "store.sqlite"
    assert run("init", "--store", str(path)).returncode == 0
    article = tmp_path / "hungary.txt"
    article.write_text(HUNGARY, encoding="utf-8")
    result = run("import", str(article), "--store", str(path), "--json")
    assert result.returncode == 0, result.stderr
    return path


def _drafts(store: Path, *extra: str) -> list[dict[str, object]]:
    result = run("review", "--store", str(store), "--json", *extra)
    assert result.returncode == 0, result.stderr
    document = json.loads(result.stdout)
    assert document["count"] == len(document["drafts"])
    return list(document["drafts"])


def test_review_lists_drafts_with_quote_and_parsed_fields(store: Path) -> None:
    drafts = _drafts(store, "--pair", "vn-hu")
    assert drafts and {d["pair"] for d in drafts} == {"VN-HU"}
    trade = next(d for d in drafts if d["metric"] == "trade.total")
    assert (trade["value"], trade["unit"], trade["period"]) == (1.2e9, "USD", "2024")
    assert "1,2 tỷ USD" in trade["citations"][0]["quote"]
    human = run("review", "--store", str(store), "--pair", "VN-HU")
    assert trade["uuid"] in human.stdout and "1,2 tỷ USD" in human.stdout
    assert _drafts(store, "--pair", "VN-CL") == []


def test_pairs_show_draft_counts_beside_approved(store: Path) -> None:
    pairs = json.loads(run("pairs", "--store", str(store), "--json").stdout)["pairs"]
    hungary = next(p for p in pairs if p["code"] == "VN-HU")
    assert hungary["facts"] == 0 and hungary["drafts"] == len(_drafts(store))
    assert hungary["label_vi"] == "Việt Nam – Hungary"


def test_approve_and_reject_by_uuid_then_all_of_a_pair(store: Path) -> None:
    drafts = _drafts(store)
    first, second, *rest = [str(d["uuid"]) for d in drafts]
    assert run("approve", first, "--store", str(store)).returncode == 0
    rejected = run("reject", second, "--reason", "not a fact", "--store", str(store), "--json")
    assert rejected.returncode == 0 and json.loads(rejected.stdout)["rejected"] == [second]
    left = {str(d["uuid"]) for d in _drafts(store)}
    assert left == set(rest)
    facts = json.loads(run("facts", "--pair", "VN-HU", "--json", "--store", str(store)).stdout)
    status = {f["uuid"]: f["status"] for f in facts["facts"]}
    assert status[first] == "approved" and status[second] == "retired"
    # Approving again leaves an approved fact as it is and says so.
    again = run("approve", first, "--store", str(store))
    assert again.returncode == 0 and "not a draft" in again.stderr
    assert run("approve", "--pair", "VN-HU", "--all", "--store", str(store)).returncode == 0
    assert _drafts(store) == []
    pairs = json.loads(run("pairs", "--store", str(store), "--json").stdout)["pairs"]
    hungary = next(p for p in pairs if p["code"] == "VN-HU")
    assert (hungary["facts"], hungary["drafts"]) == (len(drafts) - 1, 0)


def test_unknown_uuid_and_wrong_usage_change_nothing(store: Path) -> None:
    before = _drafts(store)
    unknown = run("approve", str(before[0]["uuid"]), "no-such-uuid", "--store", str(store))
    assert unknown.returncode == 1 and "no-such-uuid" in unknown.stderr
    assert "Traceback" not in unknown.stderr
    assert run("approve", "--store", str(store)).returncode == 2
    assert run("approve", "--all", "--store", str(store)).returncode == 2
    assert _drafts(store) == before


def test_export_of_a_pair_without_approved_facts_warns_and_strict_fails(
    store: Path, tmp_path: Path
) -> None:
    out = tmp_path / "brief.docx"
    base = ("export", "--pair", "VN-HU", "--format", "docx", "--date", "2025-02-01")
    strict = run(*base, "--out", str(out), "--strict", "--store", str(store))
    assert strict.returncode == 1 and "warnings" in strict.stderr
    assert "chưa có dữ kiện nào được duyệt" in strict.stderr  # says why
    assert not out.exists()
    loose = run(*base, "--out", str(out), "--store", str(store))
    assert loose.returncode == 0, loose.stderr
    assert "chưa có dữ kiện nào được duyệt" in loose.stderr
    assert "briefer review --pair VN-HU" in loose.stderr
    english = run(*base, "--lang", "en", "--out", str(out), "--store", str(store))
    assert "no approved facts" in english.stderr
    assert run("approve", "--pair", "VN-HU", "--all", "--store", str(store)).returncode == 0
    approved = run(*base, "--out", str(out), "--store", str(store))
    assert approved.returncode == 0 and "chưa có dữ kiện" not in approved.stderr
