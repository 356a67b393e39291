"""One fact writer: only briefer/store/writer.py writes fact, citation and fact_fts rows.

Only briefer/store/sources.py writes source rows (the writer's whole-index rebuild aside), and
the schema's migrations may touch any table. Checked over every SQL text in the package
(string literals and the constant parts of f-strings), then by behaviour: whichever way a
fact is written, its search row is in step.
"""

from __future__ import annotations

import ast
import re
from dataclasses import asdict, replace
from pathlib import Path

import briefer
from briefer.domain.model import Country, Fact, Source
from briefer.store import desk, writer
from briefer.store import facts as fact_store
from briefer.store.check import check_store
from briefer.store.connection import open_store
from briefer.store.search import search_facts
from briefer.store.sources import insert_source, update_source

PACKAGE = Path(briefer.__file__).parent
_WRITE = re.compile(
    r"\b(?:INSERT\s+(?:OR\s+\w+\s+)?INTO|UPDATE|DELETE\s+FROM|REPLACE\s+INTO)\s+"
    r"\"?(\w+)\"?",
    re.IGNORECASE,
)
FACT_TABLES = {"fact", "citation", "fact_fts"}
SOURCE_TABLES = {"source", "source_fts"}
ALLOWED = {
    "store/writer.py": FACT_TABLES | SOURCE_TABLES,
    "store/sources.py": SOURCE_TABLES,
    "store/schema.py": FACT_TABLES | SOURCE_TABLES,
}


def _sql_texts(path: Path) -> list[str]:
    texts = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.JoinedStr):
            texts.append(
                "".join(
                    part.value if isinstance(part, ast.Constant) else "?" for part in node.values
                )
            )
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            texts.append(node.value)
    return texts


def _writes() -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for path in PACKAGE.rglob("*.py"):
        tables = {
            m.group(1).lower()
            for text in _sql_texts(path)
            for m in _WRITE.finditer(text)
            if m.group(1).lower() in FACT_TABLES | SOURCE_TABLES
        }
        if tables:
            found[path.relative_to(PACKAGE).as_posix()] = tables
    return found


def test_only_the_writer_writes_facts_and_citations() -> None:
    writes = _writes()
    offenders = {
        module: sorted(tables - ALLOWED.get(module, set()))
        for module, tables in writes.items()
        if tables - ALLOWED.get(module, set())
    }
    assert offenders == {}
    # The check sees what it looks for: the writer's own statements are found.
    assert writes["store/writer.py"] >= FACT_TABLES


def _store(tmp_path: Path):  # type: ignore[no-untyped-def]
    db = open_store(tmp_path / "s.sqlite")
    fact_store.upsert_country(db, Country("VN", "Việt Nam", "Viet Nam"))
    fact_store.upsert_country(db, Country("CL", "Chile", "Chile"))
    body = "Ngày 25/3/1971, Việt Nam và Chile thiết lập quan hệ ngoại giao. Đoàn đến Santiago."
    sid = insert_source(db, Source(id=None, uuid="s-1", kind="article", title="Tin", body=body))
    return db, sid


def _fact(uuid: str, statement: str) -> Fact:
    return Fact(
        id=None, uuid=uuid, pair="VN-CL", topic="diplomatic", kind="event",
        statement_vi=statement, statement_en="", status="draft",
    )  # fmt: skip


def _found(db, words: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [hit.uuid for hit in search_facts(db, words)]


def test_every_write_path_keeps_search_in_step(tmp_path: Path) -> None:
    db, sid = _store(tmp_path)
    fact_store.insert_fact(
        db, _fact("f-1", "Quan hệ ngoại giao Việt Nam – Chile"), [(sid, "Việt Nam và Chile", None)]
    )
    fact_store.insert_facts(
        db, [(_fact("f-2", "Đoàn đến Santiago"), [(sid, "thiết lập quan hệ", None)])]
    )
    assert _found(db, "santiago") == ["f-2"]
    # An edit, a bulk edit, a move to another pair, new citations, a deletion.
    current = fact_store.get_fact(db, "f-1")
    assert current is not None
    fact_store.update_fact(db, replace(current, statement_vi="Thiết lập quan hệ năm 1971"))
    f2 = asdict(fact_store.get_fact(db, "f-2"))  # type: ignore[arg-type]
    fact_store.update_facts(db, [("f-2", {**f2, "statement_vi": "Đoàn thăm Valparaíso"}, None)])
    desk.change_pair(db, "f-1", "VN-PE")
    fact_store.set_citations(db, "f-1", [(sid, "Ngày 25/3/1971", None)])
    assert _found(db, "valparaiso") == ["f-2"]
    assert _found(db, "santiago") == []
    assert _found(db, "thiet lap 1971") == ["f-1"]
    assert fact_store.get_fact(db, "f-1").pair == "VN-PE"  # type: ignore[union-attr]
    fact_store.delete_fact(db, "f-2")
    assert _found(db, "valparaiso") == []
    update_source(db, sid, {"outlet": " Báo Nhân Dân "})
    assert check_store(db).ok, check_store(db).problems
    db.execute("INSERT INTO fact_fts (fact_fts, rank) VALUES ('integrity-check', 1)")


def test_a_single_write_outside_a_transaction_is_committed(tmp_path: Path) -> None:
    db, sid = _store(tmp_path)
    db.conn.commit()
    fact_store.insert_fact(
        db, _fact("f-1", "Quan hệ ngoại giao"), [(sid, "Việt Nam và Chile", None)]
    )
    assert not db.conn.in_transaction
    other = open_store(tmp_path / "s.sqlite")
    assert other.execute("SELECT count(*) FROM citation").fetchone()[0] == 1
    writer.delete_facts(db, [1])
    assert other.execute("SELECT count(*) FROM fact").fetchone()[0] == 0


def _store_calls(path: Path) -> list[int]:
    """Lines where ``db.execute``/``db.conn.executemany``/``db.query``… run SQL on a store."""
    lines = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
            continue
        if node.func.attr not in ("execute", "executemany", "executescript", "query"):
            continue
        target = node.func.value
        if isinstance(target, ast.Attribute) and target.attr == "conn":
            target = target.value
        if isinstance(target, ast.Name) and target.id == "db":
            lines.append(node.lineno)
    return lines


def test_packs_and_ingest_leave_sql_to_the_store() -> None:
    """Packs read, check and plan; ingest reads and mines files: the store runs their SQL
    (a pack file's own SQL, on its own connection, is the pack format's)."""
    offenders = {
        path.relative_to(PACKAGE).as_posix(): lines
        for folder in ("packs", "ingest")
        for path in (PACKAGE / folder).glob("*.py")
        if (lines := _store_calls(path))
    }
    assert offenders == {}
    assert _store_calls(PACKAGE / "store" / "writer.py")  # the check sees such calls


def test_packs_are_pure() -> None:
    """The pack format, reader and plan import neither the store nor sync: merging a pack
    into a store is sync's (briefer/sync/pack_*.py), through the store's functions."""
    reach = {}
    for path in (PACKAGE / "packs").glob("*.py"):
        if path.name == "commands.py":  # the command line's, moving to briefer/cli
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        names = {n.module or "" for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)}
        names |= {a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
        wrong = sorted(n for n in names if n.startswith(("briefer.store", "briefer.sync")))
        if wrong:
            reach[path.name] = wrong
    assert reach == {}


def test_a_selection_and_an_import_make_the_same_draft(tmp_path: Path) -> None:
    from briefer.ingest.candidates import find_candidates
    from briefer.ingest.drafts import draft_of, draft_of_selection

    body = "Năm 2023, kim ngạch thương mại Việt Nam – Chile đạt 1,8 tỷ USD."
    source = Source(id=1, uuid="s", kind="article", title="Tin", body=body)
    (candidate,) = find_candidates(body, None)
    imported = draft_of(candidate, "u")
    selected, best, start, quote = draft_of_selection(source, candidate.start, candidate.end, "u")
    assert best == candidate and (start, quote) == (candidate.start, candidate.quote)
    assert selected == replace(imported, statement_vi=" ".join(quote.split()), statement_en="")
    assert imported.status == selected.status == "draft" and imported.value == 1.8e9
