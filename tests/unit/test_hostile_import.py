"""Hostile files given to ``briefer import`` (issue 16, findings 2 and 3, and the lower ones).

A file name that is not UTF-8, a FIFO, terminal escapes in a name, a full disk: every file
given gets its outcome reported (in JSON too), the good files are imported, nothing hangs,
and nothing is called a bug.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from briefer.errors import InputError
from briefer.ingest.clean import clean
from briefer.ingest.readers import read_file
from briefer.limits import (
    MAX_ARTICLE_CHARS,
    MAX_DRAFTS_PER_SOURCE,
    MAX_SENTENCES,
    MAX_STATEMENT_CHARS,
)
from briefer.services import init_store
from briefer.services.intake import import_files
from briefer.store.check import check_store
from briefer.store.connection import open_store
from tests.hostile import MEMORY_LIMIT_MB, assert_one_sentence, run_briefer

ARTICLE = (
    "Quan hệ Việt Nam - Chile {n}\n\n"
    "Ngày 12/11/2024, Chủ tịch nước Lương Cường hội đàm với Tổng thống Chile. "
    "Kim ngạch thương mại song phương năm 2023 đạt {n},3 tỷ USD.\n"
)


def article(folder: Path, name: str | bytes, n: int) -> Path:
    path = Path(os.fsdecode(os.path.join(os.fsencode(folder), os.fsencode(name))))
    path.write_text(ARTICLE.format(n=n), encoding="utf-8")
    return path


def source_titles(store: Path) -> list[str]:
    db = open_store(store, create=False)
    try:
        return [r[0] for r in db.execute("SELECT title FROM source ORDER BY id").fetchall()]
    finally:
        db.close()


@pytest.fixture
def store(tmp_path: Path) -> Path:
    path = tmp_path / "store.sqlite"
    init_store(path)
    return path


@pytest.mark.skipif(sys.platform != "linux", reason="POSIX file names are bytes on Linux")
def test_a_file_name_that_is_not_utf8_is_imported_and_every_file_is_reported_in_json(
    store: Path, tmp_path: Path
) -> None:
    files = [
        article(tmp_path, "good1.txt", 1),
        article(tmp_path, b"bad\xff\xfe.txt", 2),
        article(tmp_path, "good2.txt", 3),
    ]
    run = run_briefer(["--store", store, "import", "--json", *files], home=tmp_path / "home")
    assert_one_sentence(run.stderr)
    assert run.returncode == 0, run.stderr
    reports = json.loads(run.stdout)["files"]
    assert [r["status"] for r in reports] == ["imported"] * 3
    assert reports[1]["path"].endswith("bad\ufffd\ufffd.txt")
    assert len(source_titles(store)) == 3


@pytest.mark.skipif(sys.platform != "linux", reason="POSIX file names are bytes on Linux")
def test_a_file_name_that_is_not_utf8_is_printed_readably(store: Path, tmp_path: Path) -> None:
    files = [article(tmp_path, "good1.txt", 1), article(tmp_path, b"bad\xff.txt", 2)]
    run = run_briefer(["--store", store, "import", *files], home=tmp_path / "home")
    assert_one_sentence(run.stderr)
    assert run.returncode == 0
    assert "bad\ufffd.txt" in run.stdout
    assert "Imported 2 files" in run.stderr


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_a_fifo_is_refused_at_once_and_the_files_around_it_are_imported(
    store: Path, tmp_path: Path
) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    files = [article(tmp_path, "a.txt", 1), fifo, article(tmp_path, "b.txt", 2)]
    # Nobody ever writes to the FIFO: opening it to read would block for ever.
    run = run_briefer(
        ["--store", store, "import", "--json", *files], home=tmp_path / "home", timeout=60
    )
    assert_one_sentence(run.stderr)
    assert run.returncode == 1
    reports = json.loads(run.stdout)["files"]
    assert [r["status"] for r in reports] == ["imported", "error", "imported"]
    assert "pipe.txt is not a regular file" in reports[1]["error"]
    assert "pipe.txt is not a regular file" in run.stderr


def test_a_device_is_refused_as_not_a_regular_file(store: Path, tmp_path: Path) -> None:
    from briefer.errors import InputError
    from briefer.ingest.readers import read_file

    link = tmp_path / "zero.txt"
    link.symlink_to("/dev/zero")
    with pytest.raises(InputError, match="not a regular file"):
        read_file(link)


def test_terminal_escapes_in_a_file_name_and_title_are_printed_visibly(
    store: Path, tmp_path: Path
) -> None:
    name = "x\x1b]0;pwned\x07\x1b[31m.txt"
    path = tmp_path / name
    path.write_text(
        "Tiêu đề \x1b[2J\x1b[31mđỏ\n\n" + ARTICLE.format(n=1).split("\n\n", 1)[1],
        encoding="utf-8",
    )
    run = run_briefer(["--store", store, "import", path], home=tmp_path / "home")
    assert_one_sentence(run.stderr)
    for stream in (run.stdout, run.stderr):
        assert "\x1b" not in stream and "\x07" not in stream
    assert "\\x1b]0;pwned\\x07" in run.stdout


def test_bidi_controls_in_a_file_name_are_printed_visibly(store: Path, tmp_path: Path) -> None:
    path = tmp_path / "report\u202etxt.exe.txt"
    path.write_text(ARTICLE.format(n=1), encoding="utf-8")
    run = run_briefer(["--store", store, "import", path], home=tmp_path / "home")
    assert "\u202e" not in run.stdout + run.stderr
    assert "report\\u202etxt.exe.txt" in run.stdout


# ---- a full disk ----------------------------------------------------------------------------


def _run(*cmd: str) -> bool:
    return subprocess.run(cmd, check=False, capture_output=True).returncode == 0


@contextlib.contextmanager
def small_disk(where: Path, size_kb: int) -> Iterator[bool]:
    where.mkdir()
    mounted = sys.platform.startswith("linux") and os.geteuid() == 0
    mounted = mounted and _run(
        "mount", "-t", "tmpfs", "-o", f"size={size_kb}k", "tmpfs", str(where)
    )
    try:
        yield mounted
    finally:
        if mounted:
            _run("umount", str(where))


def test_every_file_is_reported_in_json_when_the_disk_fills_mid_import(tmp_path: Path) -> None:
    disk = tmp_path / "disk"
    with small_disk(disk, 2048) as mounted:
        if not mounted:
            pytest.skip("cannot mount a small tmpfs here (needs root on Linux)")
        store = disk / "store.sqlite"
        init_store(store)
        small1 = article(tmp_path, "small1.txt", 1)
        big = tmp_path / "big.txt"

        # Distinct paragraphs (the cleaner drops repeats) with no figure or date in them:
        # ~1.6 MB of body, raw and search text.
        def word(n: int) -> str:
            return "".join(chr(97 + (n // 26**k) % 26) for k in range(3))

        big.write_text(
            "Bài dài\n\n"
            + "\n\n".join(
                f"Đoạn {word(n)} là một câu văn bình thường, không có gì đặc biệt ở đây."
                for n in range(9000)
            ),
            encoding="utf-8",
        )
        small2 = article(tmp_path, "small2.txt", 2)
        free = shutil.disk_usage(disk).free
        filler = disk / "filler.bin"
        filler.write_bytes(b"\0" * max(0, free - 400 * 1024))
        run = run_briefer(
            ["--store", store, "import", "--json", small1, big, small2], home=tmp_path / "home"
        )
        assert_one_sentence(run.stderr)
        assert run.returncode == 1
        reports = json.loads(run.stdout)["files"]
        assert [Path(r["path"]).name for r in reports] == ["small1.txt", "big.txt", "small2.txt"]
        assert reports[0]["status"] == "imported"
        assert reports[1]["status"] == "error"
        assert "is full" in reports[1]["error"]
        filler.unlink()
        titles = source_titles(store)
        assert "Quan hệ Việt Nam - Chile 1" in titles and "Bài dài" not in titles
        db = open_store(store, create=False)
        try:
            assert check_store(db).ok
        finally:
            db.close()


# ---- limits on one source -------------------------------------------------------------------

_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def docx_bomb(path: Path, unit: str, count: int, head: str = "") -> Path:
    """A .docx whose word/document.xml is ``count`` copies of ``unit``, streamed into the zip."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0"?><Types '
            'xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
        )
        with archive.open("word/document.xml", "w", force_zip64=True) as part:
            part.write(f'<?xml version="1.0"?><w:document {_W}><w:body>{head}'.encode())
            block = (unit * 10_000).encode()
            for _ in range(count // 10_000):
                part.write(block)
            part.write(b"</w:body></w:document>")
    return path


@pytest.mark.parametrize(
    ("unit", "count", "head", "limit"),
    [
        # 190 MB of paragraphs in 0.6 MB: under the 200 MB unzip cap, over the text-part cap.
        ("<w:p><w:r><w:t>x</w:t></w:r></w:p>", 5_500_000, "", "text part is at most 48 MB"),
        # 45 MB of empty runs in one paragraph: under the text-part cap, no text at all.
        ("<w:r/>", 7_500_000, "<w:p>", "more than 3,000,000 pieces of markup"),
        # 45 MB of text in one run.
        ("xxxxxxxxxx", 4_500_000, "<w:p><w:r><w:t>", "more than 2,000,000 characters"),
    ],
    ids=["190MB-part", "45MB-empty-markup", "45MB-text"],
)
def test_a_docx_decompression_bomb_is_refused_in_bounded_time_and_memory(
    store: Path, tmp_path: Path, unit: str, count: int, head: str, limit: str
) -> None:
    bomb = docx_bomb(tmp_path / "bomb.docx", unit, count, head)
    assert bomb.stat().st_size < 1024 * 1024
    run = run_briefer(["--store", store, "import", bomb], home=tmp_path / "home")
    # Bounded work: the command's CPU time (a busy machine stretches wall time; run_briefer
    # bounds a hang at 120 s).
    assert run.cpu_seconds < 20, run.cpu_seconds
    assert_one_sentence(run.stderr)
    assert run.returncode == 1
    assert limit in run.stderr
    assert run.peak_mb < MEMORY_LIMIT_MB


def test_an_article_over_the_size_limit_is_refused_naming_it(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    sentence = "Việt Nam và Chile hợp tác trong nhiều lĩnh vực. "
    path.write_text(
        "Tiêu đề\n\n" + sentence * (MAX_ARTICLE_CHARS // len(sentence) + 10), encoding="utf-8"
    )
    with pytest.raises(InputError, match=f"at most {MAX_ARTICLE_CHARS:,} characters"):
        read_file(path)


def test_an_article_with_too_many_sentences_is_refused_and_adds_nothing(
    store: Path, tmp_path: Path
) -> None:
    path = tmp_path / "many.txt"
    path.write_text(
        "Nhiều câu\n\n" + " ".join(f"Câu số {n} ở đây." for n in range(MAX_SENTENCES + 50)),
        encoding="utf-8",
    )
    db = open_store(store)
    try:
        [report] = import_files(db, [path])
        assert report.status == "error"
        assert f"at most {MAX_SENTENCES:,} sentences" in report.error
        assert db.execute("SELECT count(*) FROM source").fetchone()[0] == 0
    finally:
        db.close()


def test_an_article_giving_too_many_drafts_is_refused_and_adds_nothing(
    store: Path, tmp_path: Path
) -> None:
    path = tmp_path / "figures.txt"
    path.write_text(
        "Số liệu Việt Nam - Chile\n\n"
        + "\n\n".join(
            f"Năm {1900 + n % 120}, kim ngạch thương mại Việt Nam - Chile đạt {n} triệu USD."
            for n in range(MAX_DRAFTS_PER_SOURCE + 100)
        ),
        encoding="utf-8",
    )
    db = open_store(store)
    try:
        [report] = import_files(db, [path])
        assert report.status == "error", report.status
        assert f"at most {MAX_DRAFTS_PER_SOURCE:,} drafts from one source" in report.error
        assert db.execute("SELECT count(*) FROM fact").fetchone()[0] == 0
    finally:
        db.close()


@pytest.mark.parametrize("suffix", [".html", ".xhtml", ".htm"])
def test_the_dtd_of_a_page_with_refused_entities_never_becomes_its_title_or_text(
    tmp_path: Path, suffix: str
) -> None:
    page = tmp_path / f"xxe{suffix}"
    page.write_text(
        '<?xml version="1.0"?>\n'
        '<!DOCTYPE foo [<!ENTITY xxe SYSTEM "file:///etc/passwd">'
        '<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]>\n'
        "<foo>Việt Nam và Chile thiết lập quan hệ ngoại giao ngày 25/3/1971. &xxe;</foo>",
        encoding="utf-8",
    )
    document = read_file(page)
    cleaned = clean(document.text)
    for text in (document.title, cleaned.title, document.text):
        assert "]>" not in text and "ENTITY" not in text and "root:" not in text
    assert "thiết lập quan hệ ngoại giao ngày 25/3/1971" in cleaned.body


def test_a_sentence_of_200000_characters_is_kept_in_the_source_but_made_no_draft(
    store: Path, tmp_path: Path
) -> None:
    path = tmp_path / "run-on.txt"
    run_on = "Ngày 25/3/1971, Việt Nam và Chile thiết lập quan hệ " + "và hợp tác " * 18_000
    path.write_text(
        f"Câu dài\n\n{run_on}.\n\nNăm 2023, kim ngạch thương mại Việt Nam - Chile đạt 1,3 tỷ USD.",
        encoding="utf-8",
    )
    db = open_store(store)
    try:
        [report] = import_files(db, [path])
        assert report.status == "imported", report.error
        assert report.candidates, "the ordinary sentence is still a draft"
        assert all(len(c.statement_vi) <= MAX_STATEMENT_CHARS for c in report.candidates)
        body = db.execute("SELECT body FROM source").fetchone()[0]
        assert "và hợp tác và hợp tác" in body
    finally:
        db.close()


def test_a_bug_on_one_file_still_reports_every_file_in_json(
    store: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from briefer.cli import main
    from briefer.services import intake as importer

    real = importer.find_candidates

    def broken(body: str, meta: object = None) -> object:
        if "đạt 2,3 tỷ" in body:
            raise TypeError("a bug in the candidate finder")
        return real(body, meta)  # type: ignore[arg-type]

    monkeypatch.setattr(importer, "find_candidates", broken)
    files = [article(tmp_path, f"a{n}.txt", n) for n in (1, 2, 3)]
    code = main(["--store", str(store), "import", "--json", *map(str, files)])
    out, _err = capsys.readouterr()
    reports = json.loads(out)["files"]
    assert code == 1
    assert [r["status"] for r in reports] == ["imported", "error", "imported"]
    assert "internal error (a bug): TypeError" in reports[1]["error"]
    assert "nothing of it was added" in reports[1]["error"]
    assert len(source_titles(store)) == 2
