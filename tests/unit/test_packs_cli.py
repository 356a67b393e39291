"""``briefer pack …`` as a user runs it: a separate process, JSON on stdout, exit codes."""

from __future__ import annotations

import json
import shutil
from dataclasses import replace
from pathlib import Path

from briefer.services import init_store
from briefer.store.connection import open_store
from briefer.store.facts import get_fact, list_facts, update_fact
from tests.unit.test_cli import assert_user_error, run


def test_export_then_import_with_dry_run_json_and_human_output(
    demo_store: Path, tmp_path: Path
) -> None:
    pack = tmp_path / "pe.pack"
    result = run(
        "pack", "export", "--out", str(pack), "--pair", "VN-PE", "--creator", "Biên tập A",
        "--json", "--store", str(demo_store),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    exported = json.loads(result.stdout)
    assert exported["file"] == str(pack)
    assert exported["manifest"]["counts"]["facts"] == 51
    assert exported["manifest"]["creator"] == "Biên tập A"

    officer = tmp_path / "officer.sqlite"
    init_store(officer)
    before = officer.read_bytes()
    dry = run("pack", "import", str(pack), "--dry-run", "--json", "--store", str(officer))
    assert dry.returncode == 0, dry.stderr
    plan = json.loads(dry.stdout)
    assert plan["dry_run"] is True
    assert plan["counts"]["added"] == 51 and len(plan["added"]) == 51
    assert plan["updated"] == [] and plan["unchanged"] == [] and plan["conflicts"] == []
    assert plan["pack"]["pack_id"] == exported["manifest"]["pack_id"]
    assert officer.read_bytes() == before

    real = run("pack", "import", str(pack), "--store", str(officer))
    assert real.returncode == 0, real.stderr
    assert exported["manifest"]["pack_id"] in real.stderr
    assert "added 51 facts" in real.stderr
    again = run("pack", "import", str(pack), "--json", "--store", str(officer))
    assert json.loads(again.stdout)["counts"]["unchanged"] == 51
    check = run("check", "--json", "--store", str(officer))
    assert check.returncode == 0 and json.loads(check.stdout)["ok"] is True


def test_refusals_are_one_sentence_and_exit_1(demo_store: Path, tmp_path: Path) -> None:
    empty = tmp_path / "empty.pack"
    empty.write_bytes(b"")
    assert_user_error(run("pack", "import", str(empty), "--store", str(demo_store)))
    store_as_pack = tmp_path / "copy.sqlite"
    shutil.copyfile(demo_store, store_as_pack)
    result = run("pack", "import", str(store_as_pack), "--json", "--store", str(demo_store))
    assert_user_error(result)
    assert result.stdout == ""
    assert_user_error(
        run("pack", "export", "--out", str(tmp_path / "x.pack"), "--since", "2999-01-01",
            "--store", str(demo_store))
    )  # fmt: skip
    assert_user_error(
        run("pack", "export", "--out", str(tmp_path / "no" / "x.pack"), "--store", str(demo_store))
    )
    assert run("pack", "--store", str(demo_store)).returncode == 2
    assert run("pack", "import", "--store", str(demo_store)).returncode == 2


def test_conflicts_are_listed_and_resolved(demo_store: Path, tmp_path: Path) -> None:
    other = tmp_path / "other.sqlite"
    shutil.copyfile(demo_store, other)
    for path, text in ((demo_store, "Bản A."), (other, "Bản B.")):
        db = open_store(path)
        fact = get_fact(db, list_facts(db, pair="VN-CL")[0].uuid)
        assert fact is not None
        update_fact(db, replace(fact, statement_vi=text))
        db.conn.commit()
        db.close()
    pack = tmp_path / "b.pack"
    assert run("pack", "export", "--out", str(pack), "--store", str(other)).returncode == 0
    imported = run("pack", "import", str(pack), "--store", str(demo_store))
    assert imported.returncode == 0, imported.stderr
    assert "conflict" in imported.stdout and "Bản B." in imported.stdout
    listed = run("pack", "conflicts", "--json", "--store", str(demo_store))
    [conflict] = json.loads(listed.stdout)["conflicts"]
    assert conflict["incoming"]["statement_vi"] == "Bản B."
    assert conflict["local_statement_vi"] == "Bản A."
    resolved = run(
        "pack", "resolve", str(conflict["id"]), "--keep", "incoming", "--json",
        "--store", str(demo_store),
    )  # fmt: skip
    assert resolved.returncode == 0, resolved.stderr
    assert json.loads(resolved.stdout)["revision"] == 3
    listed = run("pack", "conflicts", "--json", "--store", str(demo_store))
    assert json.loads(listed.stdout)["count"] == 0
