"""A batch analysed by a worker process imports exactly as one analysed in the writer's."""

from __future__ import annotations

import multiprocessing
from pathlib import Path

import pytest

from briefer.errors import StoreError
from briefer.ingest import analysis, pipeline
from briefer.services import intake as importer
from briefer.store.check import check_store
from briefer.store.connection import open_store

_ARTICLE = (
    "Việt Nam - Bỉ tăng cường hợp tác số {n}\n\n"
    "Ngày 20/1, tại Brussels, Bộ trưởng Bùi Thanh Sơn hội đàm với Ngoại trưởng Bỉ.\n\n"
    "Năm 2024, kim ngạch thương mại song phương đạt {n},5 tỷ USD, tăng 5% so với năm 2023.\n\n"
    "Việt Nam và Bỉ thiết lập quan hệ ngoại giao ngày 22/3/1973.\n"
)


def _files(folder: Path) -> list[Path]:
    paths = []
    for n in range(1, 7):
        path = folder / f"article-{n}.txt"
        path.write_text(_ARTICLE.format(n=n), encoding="utf-8")
        paths.append(path)
    bad = folder / "bad.txt"
    bad.write_bytes(b"\x00\x01\x02" * 50)
    paths.insert(3, bad)
    paths.append(paths[0])  # the same file again: a duplicate
    return paths


def _outcome(db_path: Path, paths: list[Path]) -> list[tuple[str, str, tuple[str, ...]]]:
    db = open_store(db_path)
    try:
        reports = importer.import_files(db, paths, actor="test")
    finally:
        db.close()
    return [(r.status, r.error, tuple(c.quote for c in r.candidates)) for r in reports]


def test_a_batch_analysed_ahead_by_a_worker_imports_as_one_analysed_in_place(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = _files(tmp_path)
    in_place = _outcome(tmp_path / "in-place.sqlite", paths)
    monkeypatch.setattr(pipeline, "MIN_FILES", 2)
    ahead = list(pipeline.analyses(paths))
    assert sum(isinstance(a, analysis.Analysis) for a in ahead) == 7  # six articles, one twice
    assert "binary file" in str(ahead[3])
    assert _outcome(tmp_path / "ahead.sqlite", paths) == in_place
    assert [status for status, _, _ in in_place].count("imported") == 6
    assert in_place[3][0] == "error" and in_place[-1][0] == "duplicate"


def test_a_small_batch_is_analysed_in_place(tmp_path: Path) -> None:
    paths = _files(tmp_path)
    assert list(pipeline.analyses(paths)) == [None] * len(paths)


def test_a_worker_that_dies_leaves_every_file_to_the_caller(tmp_path: Path) -> None:
    paths = _files(tmp_path)
    tasks_in, tasks_out = multiprocessing.Pipe(duplex=False)
    results_in, results_out = multiprocessing.Pipe(duplex=False)
    results_out.close()  # the worker is gone before sending anything
    ahead = pipeline._Ahead(paths, tasks_out, results_in)
    # Each file comes back as None (the importer then analyses it itself), none is lost, and
    # the writer does not wait for ever.
    assert [ahead.result(i) for i in range(len(paths))] == [None] * len(paths)
    for end in (tasks_in, tasks_out, results_in):
        end.close()


def test_files_committed_together_survive_a_file_whose_failure_ends_the_transaction(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # SQLite ends the whole transaction on a full disk or an I/O error: the files written
    # before it in the same batch are imported again, each on its own, and reported so.
    paths = _files(tmp_path)[:3]
    real = importer.write_import

    def failing(db, source, *args, **kwargs):  # type: ignore[no-untyped-def]
        if source.title.endswith("số 2"):
            db.conn.rollback()
            raise StoreError("The disk holding the store is full; nothing of it was added.")
        return real(db, source, *args, **kwargs)

    monkeypatch.setattr(importer, "write_import", failing)
    db = open_store(tmp_path / "store.sqlite")
    try:
        reports = importer.import_files(db, paths, actor="test")
        assert [r.status for r in reports] == ["imported", "error", "imported"]
        assert "disk" in reports[1].error
        titles = {row[0] for row in db.execute("SELECT title FROM source")}
        assert any(t.endswith("số 1") for t in titles) and any(t.endswith("số 3") for t in titles)
        assert not any(t.endswith("số 2") for t in titles)
        for report in (reports[0], reports[2]):
            assert report.source is not None
            count = db.execute(
                "SELECT count(*) FROM citation c JOIN source s ON s.id = c.source_id "
                "WHERE s.uuid = ?",
                [report.source.uuid],
            ).fetchone()[0]
            assert count == len(report.candidates) > 0  # whole: every draft it reported
        assert check_store(db).ok
    finally:
        db.close()
