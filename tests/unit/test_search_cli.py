"""`briefer search` as a user runs it: one process, JSON read back with the json module."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from briefer.text.fold import tokens


def run(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "briefer", *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env={"BRIEFER_HOME": str(home), "PATH": "/usr/bin:/bin", "QT_QPA_PLATFORM": "offscreen"},
    )


@pytest.fixture
def store(demo_store: Path) -> Path:
    return demo_store


def test_pair_query_finds_seed_000_and_keeps_the_json_contract(store: Path, tmp_path) -> None:
    result = run("search", "Doan dai bieu", "--pair", "VN-PE", "--json", "--store", str(store),
                 home=tmp_path)  # fmt: skip
    assert result.returncode == 0, result.stderr
    document = json.loads(result.stdout)
    assert document["query"] == "Doan dai bieu"
    assert document["count"] == len(document["hits"]) > 0
    titles = [h["title"] for h in document["hits"] if h["kind"] == "source"]
    assert any(t.startswith("Xung lực mới cho quan hệ") for t in titles), titles
    for hit in document["hits"]:
        # The old keys stay; the new ones are added.
        assert {"kind", "id", "uuid", "pair", "title", "snippet", "highlights", "score"} <= set(hit)
        assert {"field", "topic", "fact_kind", "status", "date", "approximate"} <= set(hit)
        marked = " ".join(hit["snippet"][a:b] for a, b in hit["highlights"])
        assert {"doan", "dai"} <= set(tokens(marked))
    scores = [h["score"] for h in document["hits"]]
    facts = [h for h in document["hits"] if h["kind"] == "fact"]
    assert all(h["pair"] == "VN-PE" for h in facts)
    assert scores == sorted(scores, reverse=True)  # higher is better, as the README says


def test_filters_on_the_command_line(store: Path, tmp_path) -> None:
    result = run("search", "Việt Nam", "--topic", "economic", "--status", "approved",
                 "--since", "2024", "--json", "--store", str(store), home=tmp_path)  # fmt: skip
    assert result.returncode == 0, result.stderr
    hits = json.loads(result.stdout)["hits"]
    assert hits
    for hit in hits:
        assert (hit["kind"], hit["topic"], hit["status"]) == ("fact", "economic", "approved")
        assert hit["date"] >= "2024"
    sources = run("search", "Việt Nam", "--kind", "source", "--json", "--store", str(store),
                  home=tmp_path)  # fmt: skip
    assert {h["kind"] for h in json.loads(sources.stdout)["hits"]} == {"source"}


@pytest.mark.parametrize(
    ("args", "sentence"),
    [
        (["Lương Cường " * 5_000], "at most 1,000 characters"),  # what argv can hold
        (["Việt Nam", "--since", "last year"], "is not a date"),
    ],
)
def test_bad_searches_are_one_sentence(store: Path, tmp_path, args, sentence: str) -> None:
    result = run("search", *args, "--store", str(store), home=tmp_path)
    assert result.returncode == 1
    assert sentence in result.stderr
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_a_misspelling_says_so(store: Path, tmp_path) -> None:
    result = run("search", "Boluate", "--store", str(store), home=tmp_path)
    assert result.returncode == 0
    assert "Boluarte" in result.stdout
    assert "near spellings" in result.stderr
