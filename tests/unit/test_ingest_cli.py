"""``briefer import FILE... [--json]``, run as a user would: a separate process."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli import run_briefer

SEEDS = Path(__file__).resolve().parents[1] / "fixtures" / "ingest" / "seeds"
SOURCE_KEYS = {
    "id", "uuid", "title", "outlet", "author", "url", "published_on", "language", "kind", "number",
    "file_kind", "encoding", "pairs", "removed",
}  # fmt: skip
CANDIDATE_KEYS = {
    "uuid", "kind", "topic", "pair", "quote", "start", "end", "statement_vi", "statement_en",
    "value", "unit",
    "qualifier", "period", "event_date", "as_of", "metric", "reasons", "corroborates",
    "conflict_with",
}  # fmt: skip


run = run_briefer


def _seed(prefix: str) -> str:
    return str(next(SEEDS.glob(f"{prefix}_*.txt")))


def _updated(prefix: str, folder: Path) -> str:
    """The seed article as another article: one paragraph more, at another address."""
    path = folder / Path(_seed(prefix)).name
    text = Path(_seed(prefix)).read_text(encoding="utf-8").replace("vov.vn/", "vov.vn/moi/")
    lines = text.split("\n")
    lead = next(i for i, line in enumerate(lines) if len(line) > 200)
    extra = "Bài viết được cập nhật với ý kiến của các chuyên gia kinh tế hai nước."
    path.write_text("\n".join([*lines[: lead + 1], "", extra, *lines[lead + 1 :]]))
    return str(path)


def test_import_json_reports_each_file_source_and_candidates(tmp_path: Path) -> None:
    store = tmp_path / "store.sqlite"
    files = (_updated("001", tmp_path), _updated("004", tmp_path))
    result = run("import", *files, "--store", str(store), "--json")
    assert result.returncode == 0, result.stderr
    document = json.loads(result.stdout)
    assert list(document) == ["files"]
    first, second = document["files"]
    assert first["path"] == files[0] and first["status"] == "imported"
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


def _empty_store(tmp_path: Path) -> str:
    """A store without the demo pack (which holds the seed articles already)."""
    store = str(tmp_path / "store.sqlite")
    assert run("init", "--store", store).returncode == 0
    return store


def test_importing_again_reports_duplicates_and_succeeds(tmp_path: Path) -> None:
    store = _empty_store(tmp_path)
    assert run("import", _seed("002"), "--store", store).returncode == 0
    result = run("--store", store, "import", _seed("002"), "--json")
    assert result.returncode == 0, result.stderr
    [entry] = json.loads(result.stdout)["files"]
    assert entry["status"] == "duplicate" and entry["candidates"] == []
    assert entry["message"].endswith("; nothing added.")
    human = run("--store", store, "import", _seed("002"))
    assert human.returncode == 0
    assert "already in the store as source" in human.stdout


def test_an_article_that_came_with_the_demo_pack_is_a_duplicate(tmp_path: Path) -> None:
    store = str(tmp_path / "store.sqlite")  # a new store starts with the demo pack
    before = json.loads(run("pairs", "--json", "--store", store).stdout)["pairs"]
    result = run("import", _seed("002"), "--store", store, "--json")
    assert result.returncode == 0, result.stderr
    [entry] = json.loads(result.stdout)["files"]
    assert entry["status"] == "duplicate" and entry["candidates"] == []
    assert "the same text" in entry["message"]
    assert entry["source"]["title"] == "Tiếp tục làm sâu sắc hơn nữa quan hệ Việt Nam-Chile"
    assert json.loads(run("pairs", "--json", "--store", store).stdout)["pairs"] == before


def test_the_same_article_by_another_file_or_address_is_a_duplicate(tmp_path: Path) -> None:
    store = _empty_store(tmp_path)
    text = Path(_seed("003")).read_text(encoding="utf-8")
    first = tmp_path / "first.txt"
    first.write_text(text, encoding="utf-8")
    # The same words saved as UTF-16 with other line breaks and blanks: other bytes.
    second = tmp_path / "second.txt"
    second.write_bytes(text.replace("\n", "\r\n  ").encode("utf-16"))
    page = '<html><head><link rel="canonical" href="https://www.example.vn/{}/"></head>'
    page += "<body><article><h1>{}</h1><p>{}</p></article></body></html>"
    one = tmp_path / "one.html"
    one.write_text(page.format("a", "Tin một", "Việt Nam và Peru hợp tác. " * 10), "utf-8")
    two = tmp_path / "two.html"
    two.write_text(page.format("a", "Tin hai", "Một nội dung khác hẳn về Chile. " * 10), "utf-8")
    result = run("import", str(first), str(second), str(one), str(two), "--store", store, "--json")
    assert result.returncode == 0, result.stderr
    statuses = [f["status"] for f in json.loads(result.stdout)["files"]]
    assert statuses == ["imported", "duplicate", "imported", "duplicate"]
    sources = json.loads(run("search", "Peru", "--json", "--store", store).stdout)
    assert sources["count"] > 0


def test_a_bad_file_is_one_sentence_on_stderr_and_exit_1(tmp_path: Path) -> None:
    store = _empty_store(tmp_path)
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
    result = run("import", _seed("000"), "--store", _empty_store(tmp_path))
    assert result.returncode == 0, result.stderr
    assert "source" in result.stdout and "relations.established" in result.stdout
    assert "“Ngày 25/3/1971, Việt Nam và Chile thiết lập quan hệ ngoại giao.”" in result.stdout
    assert result.stderr.strip().startswith("Imported 1 file: ")


def test_import_needs_a_file() -> None:
    assert run("import").returncode == 2


def test_sources_of_a_store_from_before_duplicate_keys_are_found(tmp_path: Path) -> None:
    """A store made before migration 0005 (its sources have no keys yet) still finds them."""
    import sqlite3

    from sqlite_utils import Database

    from briefer.domain.model import Source
    from briefer.store.connection import open_store
    from briefer.store.schema import migrations
    from briefer.store.sources import insert_source

    path = tmp_path / "old.sqlite"
    conn = sqlite3.connect(path)
    migrations.apply(Database(conn), stop_before="0009_import_duplicates")
    conn.close()
    text = Path(_seed("003")).read_text(encoding="utf-8")
    db = open_store(path)  # upgrades the store; the old source is then written by a pack
    db.execute("DELETE FROM source_key")
    with db.atomic():
        insert_source(db, Source(None, "", "article", "Cũ", body="Thân bài khác.", raw=text))
    db.close()
    result = run("import", _seed("003"), "--store", str(path), "--json")
    assert json.loads(result.stdout)["files"][0]["status"] == "duplicate"


def test_counts_are_worded_in_the_number_s_form(tmp_path: Path) -> None:
    """ "Imported 1 file", "Approved 1 draft", "1 fact": never "1 files" at the user."""
    from briefer.cli.output import counted

    assert [counted(n, "fact") for n in (0, 1, 2)] == ["0 facts", "1 fact", "2 facts"]
    store = _empty_store(tmp_path)
    article = tmp_path / "wire.txt"
    article.write_text(
        "Viet Nam, Mongolia mark ties\n\nHanoi (VNA) - Viet Nam and Mongolia established "
        "diplomatic relations on November 17, 1954, the two sides recalled on Monday.\n",
        encoding="utf-8",
    )
    result = run("import", str(article), "--store", store)
    assert result.returncode == 0, result.stderr
    assert result.stderr.strip() == "Imported 1 file: 1 draft fact to review."
    review = run("review", "--store", store)
    assert review.stderr.strip().endswith("1 draft to review.")
    approve = run("approve", "--pair", "VN-MN", "--all", "--store", store)
    assert approve.stderr.strip() == "Approved 1 draft."
    facts = run("facts", "--pair", "VN-MN", "--store", store)
    assert facts.stderr.strip() == "1 fact."
