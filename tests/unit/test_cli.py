"""The command line contract (DESIGN.md §6), run as a user would: a separate process."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli import run_briefer

README = Path(__file__).resolve().parents[2] / "README.md"


run = run_briefer


def assert_user_error(result: subprocess.CompletedProcess[str]) -> None:
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "x.sqlite"
    result = run("init", "--demo", "--store", str(path))
    assert result.returncode == 0, result.stderr
    return path


@pytest.mark.parametrize("pair", ["VN-CL", "VN-PE"])
def test_facts_json_lists_25_approved_cited_facts(demo: Path, pair: str) -> None:
    result = run("facts", "--pair", pair, "--json", "--store", str(demo))
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    approved = [f for f in data["facts"] if f["status"] == "approved"]
    assert len(approved) >= 25
    for fact in approved:
        assert fact["citations"], fact["uuid"]
        for cite in fact["citations"]:
            assert {"source_id", "title", "outlet", "url", "quote"} <= cite.keys()
            assert cite["quote"]


def test_facts_text_shows_each_figure_with_its_value_and_period(demo: Path) -> None:
    """Facts drafted from one sentence (a value and its growth) share their statement: the
    value and period beside it are what tell the lines apart."""
    listed = run("facts", "--pair", "VN-CL", "--json", "--store", str(demo))
    figures = [f for f in json.loads(listed.stdout)["facts"] if f["value"] is not None]
    assert figures
    lines = run("facts", "--pair", "VN-CL", "--store", str(demo)).stdout.splitlines()
    for fact in figures:
        line = next(x for x in lines if fact["statement_vi"] in x)
        after = line.split(fact["statement_vi"], 1)[1]
        assert after.startswith(" ("), line
        shown = after[2:].split(")", 1)[0]
        # the figure as the brief writes it ("1,1 tỷ USD", "thứ 3"): its number is there
        assert any(ch.isdigit() for ch in shown.split(" · ")[0]), line


def test_store_before_the_subcommand_and_from_the_environment(demo: Path) -> None:
    before = run("--store", str(demo), "facts", "--pair", "vn-cl", "--json")
    env = run("facts", "--pair", "VN-CL", "--json", env={"BRIEFER_STORE": str(demo)})
    assert before.returncode == env.returncode == 0
    assert json.loads(before.stdout) == json.loads(env.stdout)


def test_pairs_json(demo: Path) -> None:
    data = json.loads(run("pairs", "--json", "--store", str(demo)).stdout)
    codes = {p["code"]: p for p in data["pairs"]}
    assert {"VN-CL", "VN-PE"} <= codes.keys()
    assert codes["VN-CL"]["label_vi"] == "Việt Nam – Chile"
    assert codes["VN-PE"]["facts"] >= 25


def test_search_json_finds_unaccented(demo: Path) -> None:
    result = run("search", "Luong Cuong", "--json", "--store", str(demo))
    data = json.loads(result.stdout)
    assert data["count"] > 0
    hit = data["hits"][0]
    assert {"kind", "uuid", "pair", "title", "snippet", "highlights", "score"} <= hit.keys()


def test_check_passes_on_the_demo_store(demo: Path) -> None:
    result = run("check", "--json", "--store", str(demo))
    assert result.returncode == 0, result.stdout
    assert json.loads(result.stdout)["ok"] is True


def test_check_fails_with_the_list_of_problems(tmp_path: Path, demo: Path) -> None:
    import shutil
    import sqlite3

    broken = tmp_path / "broken.sqlite"
    shutil.copyfile(demo, broken)
    conn = sqlite3.connect(broken)
    conn.execute("UPDATE citation SET quote = quote || ' (bịa)' WHERE id = 1")
    conn.commit()
    conn.close()
    result = run("check", "--json", "--store", str(broken))
    assert result.returncode == 1
    problems = json.loads(result.stdout)["problems"]
    assert len(problems) == 1 and "Citation 1" in problems[0]


def test_init_refuses_to_overwrite(demo: Path) -> None:
    before = demo.read_bytes()
    assert_user_error(run("init", "--demo", "--store", str(demo)))
    assert demo.read_bytes() == before


def test_first_use_creates_the_demo_store(tmp_path: Path) -> None:
    store = tmp_path / "fresh.sqlite"
    result = run("pairs", "--json", "--store", str(store))
    assert result.returncode == 0, result.stderr
    assert len(json.loads(result.stdout)["pairs"]) >= 2


@pytest.mark.parametrize(
    "setup",
    ["missing-folder", "not-sqlite", "truncated", "directory"],
)
def test_bad_stores_get_one_sentence_and_are_not_overwritten(
    tmp_path: Path, demo: Path, setup: str
) -> None:
    if setup == "missing-folder":
        store = tmp_path / "no" / "such" / "x.sqlite"
    elif setup == "not-sqlite":
        store = tmp_path / "notes.txt"
        store.write_text("Ghi chú cá nhân, không phải cơ sở dữ liệu.\n" * 50, encoding="utf-8")
    elif setup == "truncated":
        store = tmp_path / "cut.sqlite"
        store.write_bytes(demo.read_bytes()[:8192])
    else:
        store = tmp_path / "folder"
        store.mkdir()
    before = store.read_bytes() if store.is_file() else None
    for command in (["pairs"], ["facts", "--pair", "VN-CL"], ["check"], ["search", "x"]):
        assert_user_error(run(*command, "--store", str(store)))
    if before is not None:
        assert store.read_bytes() == before
    assert not Path(f"{store}-wal").exists()


def test_usage_errors_exit_2() -> None:
    assert run("facts").returncode == 2  # --pair is required
    assert run("no-such-command").returncode == 2
    assert run("facts", "--pair", "VN-CL", "--topic", "gossip").returncode == 2


def test_bad_pair_is_a_user_error(demo: Path) -> None:
    assert_user_error(run("facts", "--pair", "Chile", "--store", str(demo)))


def test_no_display_says_so_in_one_sentence(tmp_path: Path) -> None:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    result = subprocess.run(
        [sys.executable, "-m", "briefer", "--store", str(tmp_path / "s")],
        capture_output=True,
        check=False,
        text=True,
        timeout=60,
        env=env,
    )
    assert_user_error(result)
    assert "briefer export" in result.stderr


def test_every_command_is_documented_in_the_readme() -> None:
    from briefer.cli import build_parser

    readme = README.read_text(encoding="utf-8")
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    for name in sub.choices:  # type: ignore[union-attr]
        assert f"briefer {name}" in readme, f"`briefer {name}` is not in the README"


def test_repair_rebuilds_search_text_edited_outside_briefer(demo: Path, tmp_path: Path) -> None:
    import shutil
    import sqlite3

    store = tmp_path / "edited.sqlite"
    shutil.copyfile(demo, store)
    conn = sqlite3.connect(store)
    conn.execute("UPDATE fact SET statement_vi = 'Sửa ngoài Briefer' WHERE id = 1")
    conn.commit()
    conn.close()
    assert run("check", "--store", str(store)).returncode == 1
    result = run("repair", "--json", "--store", str(store))
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["fixed"] and report["remaining"] == []
    assert Path(report["backup"]["path"]).is_file()  # the store as it was, problem included
    assert run("check", "--store", str(store)).returncode == 0
    hits = json.loads(run("search", "Sua ngoai", "--json", "--store", str(store)).stdout)
    assert hits["count"] >= 1


def test_a_damaged_value_is_printed_as_stored_not_a_traceback() -> None:
    """`facts` writes each figure through the export's never-raise formatter: an infinite
    value a damaged store holds reads "inf USD" instead of stopping the listing."""
    from briefer.cli.shapes import fact_line
    from briefer.domain.model import Fact

    damaged = Fact(None, "d", "VN-CL", "economic", "figure", "Thương mại đạt mức kỷ lục.",
                   value=float("inf"), unit="USD", period="2024")  # fmt: skip
    assert fact_line(damaged).endswith(
        "Thương mại đạt mức kỷ lục. (inf USD · năm 2024) [no citation]"
    )
