"""Hostile fact packs (issue 16, findings 5, 8, 9 and the lower ones).

Each pack is made from a good one, edited with plain SQLite and — where the attack needs it
— resealed with a recomputed checksum, as a deliberate attacker would. Every refusal is one
sentence naming the limit, the store is untouched, and nothing is reported as a bug.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import time
import zipfile
from pathlib import Path

import pytest

from briefer.limits import MAX_JSON_DEPTH, MAX_REVISION, MAX_STATEMENT_CHARS
from briefer.services import init_store
from briefer.store.connection import open_store
from briefer.sync.pack_export import export_pack
from briefer.sync.pack_import import import_pack
from tests.hostile import assert_one_sentence, run_briefer
from tests.unit.test_packs_refusals import assert_refused, reseal

DEEP = 100_000


@pytest.fixture
def pack(demo_store: Path, tmp_path: Path) -> Path:
    """A good VN-PE pack made from another copy of the demo store."""
    source = tmp_path / "editor.sqlite"
    shutil.copyfile(demo_store, source)
    db = open_store(source)
    path = tmp_path / "pe.pack"
    export_pack(db, path, pairs=["VN-PE"], creator="editor")
    db.close()
    return path


def set_value(pack: Path, sql: str, *params: object) -> None:
    conn = sqlite3.connect(pack)
    conn.execute(sql, params)
    conn.commit()
    conn.close()


def test_a_manifest_value_nested_100000_deep_is_refused_naming_the_depth_limit(
    demo_store: Path, pack: Path
) -> None:
    set_value(pack, "UPDATE manifest SET value = ? WHERE key = 'pairs'", "[" * DEEP + "]" * DEEP)
    message = assert_refused(demo_store, pack, f"more than {MAX_JSON_DEPTH} levels deep")
    assert "limit" in message


def test_ancestors_nested_100000_deep_are_refused_even_with_a_recomputed_checksum(
    demo_store: Path, pack: Path
) -> None:
    set_value(pack, "UPDATE fact SET ancestors = ? WHERE rowid = 1", "[" * DEEP + "]" * DEEP)
    reseal(pack)
    assert_refused(demo_store, pack, "ancestors .* nested lists")


def test_a_revision_of_2_63_minus_1_is_refused_naming_the_revision_range(
    demo_store: Path, pack: Path
) -> None:
    set_value(pack, "UPDATE fact SET revision = ? WHERE rowid = 1", 2**63 - 1)
    reseal(pack)
    message = assert_refused(demo_store, pack, "revision")
    assert f"from 1 to {MAX_REVISION:,}" in message


def test_a_one_megabyte_statement_is_refused_naming_the_statement_limit(
    demo_store: Path, pack: Path, tmp_path: Path
) -> None:
    set_value(pack, "UPDATE fact SET statement_vi = ? WHERE rowid = 1", "Việt Nam " * 120_000)
    reseal(pack)
    started = time.thread_time()  # CPU time: the work, not how busy the machine is
    message = assert_refused(demo_store, pack, "statement")
    assert f"at most {MAX_STATEMENT_CHARS:,} characters" in message
    assert time.thread_time() - started < 10
    # From the command line too, under the memory cap: refused, and the store still exports.
    run = run_briefer(["--store", demo_store, "pack", "import", pack], home=tmp_path / "h")
    assert_one_sentence(run.stderr)
    assert run.returncode == 1 and "statement" in run.stderr
    run = run_briefer(
        ["--store", demo_store, "export", "--pair", "VN-PE", "--format", "pdf",
         "--out", tmp_path / "pe.pdf", "--date", "2024-11-10"],
        home=tmp_path / "h",
    )  # fmt: skip
    assert run.returncode == 0, run.stderr


def test_a_one_megabyte_quote_is_refused_naming_the_quote_limit(
    demo_store: Path, pack: Path
) -> None:
    set_value(pack, "UPDATE citation SET prefix = ? WHERE rowid = 1", "x" * 1_000_000)
    reseal(pack)
    assert_refused(demo_store, pack, "quote context of 1,000,000 characters")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_a_fifo_given_as_a_pack_is_refused_at_once(demo_store: Path, tmp_path: Path) -> None:
    fifo = tmp_path / "incoming.pack"
    os.mkfifo(fifo)
    # Wall time here: a blocked open() of a FIFO spends no CPU at all. Ten seconds is the
    # bound of a hang, not of speed (refused at once: milliseconds).
    started = time.perf_counter()
    assert_refused(demo_store, fifo, "not a regular file")
    assert time.perf_counter() - started < 10


def test_bidi_controls_from_a_pack_never_reach_the_documents(pack: Path, tmp_path: Path) -> None:
    """A U+202E in a statement would show the rest of the line reversed in Word and PDF."""
    conn = sqlite3.connect(pack)
    uuid, statement = conn.execute(
        "SELECT uuid, statement_vi FROM fact WHERE status = 'approved' ORDER BY uuid LIMIT 1"
    ).fetchone()
    conn.close()
    words = statement.split()
    hostile = " ".join([words[0], "\u202e" + words[1] + "\u202c", *words[2:]]) + "\u2067"
    set_value(pack, "UPDATE fact SET statement_vi = ? WHERE uuid = ?", hostile, uuid)
    reseal(pack)
    store = tmp_path / "fresh.sqlite"
    init_store(store)
    db = open_store(store)
    try:
        import_pack(db, pack)
    finally:
        db.close()
    out = tmp_path / "pe"
    run = run_briefer(
        ["--store", store, "export", "--pair", "VN-PE", "--format", "both", "--out", out,
         "--date", "2024-11-10"],
        home=tmp_path / "h",
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    with zipfile.ZipFile(out.with_suffix(".docx")) as docx:
        xml = "".join(docx.read(n).decode("utf-8") for n in docx.namelist() if n.endswith(".xml"))
    assert words[1] in xml
    assert not any(c in xml for c in "\u202e\u202c\u2067")
    if shutil.which("pdftotext"):
        text = subprocess.run(
            ["pdftotext", str(out.with_suffix(".pdf")), "-"],
            capture_output=True, text=True, check=True,
        ).stdout  # fmt: skip
        assert words[1] in text
        assert not any(c in text for c in "\u202e\u202c\u2067")
