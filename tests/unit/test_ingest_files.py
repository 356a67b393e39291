"""Reading source files: bad files, encodings, saved web pages, Word documents and PDFs.

Every file a user can get wrong gets one sentence and leaves the store exactly as it was.
Test files are generated in ``tmp_path``; only the saved web page is a fixture.
"""

from __future__ import annotations

import hashlib
import os
import socket
import unicodedata
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlite_utils import Database

from briefer.errors import InputError
from briefer.ingest.clean import clean
from briefer.ingest.readers import MAX_BYTES, read_file
from briefer.ingest.sentences import split_sentences
from briefer.services.intake import import_files
from briefer.store.check import check_store
from briefer.store.connection import open_store
from briefer.store.sources import get_source

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "ingest"
ARTICLE = (
    "Việt Nam và Peru thúc đẩy hợp tác\n\n"
    "Sáng 20/9, tại Hà Nội, Bộ trưởng Ngoại giao Việt Nam đã hội đàm với Bộ trưởng Ngoại giao "
    "Peru. Hai bên đánh giá cao kết quả hợp tác thời gian qua.\n\n"
    "Kim ngạch thương mại song phương năm 2023 đạt gần 500 triệu USD; Đoàn đại biểu hai nước "
    "nhất trí sớm khởi động đàm phán Hiệp định bảo hộ đầu tư.\n"
)
_TONES = frozenset("\u0300\u0301\u0303\u0309\u0323")


def cp1258(text: str) -> bytes:
    """``text`` as Windows-1258 writes it: base letters, then tone marks as separate bytes."""
    out = bytearray()
    for char in unicodedata.normalize("NFC", text):
        try:
            out += char.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        parts = unicodedata.normalize("NFD", char)
        tone = "".join(c for c in parts if c in _TONES)
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in _TONES))
        out += base.encode("cp1258") + tone.encode("cp1258")
    return bytes(out)


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = open_store(tmp_path / "store.sqlite")
    yield database
    database.close()


def _state(db: Database) -> tuple[dict[str, int], dict[str, str]]:
    """Row counts of every table, and the hash of each file of the store."""
    tables = [t for t in db.table_names() if not t.startswith(("sqlite_", "_"))]
    counts = {t: db.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
    path = Path(db.execute("PRAGMA database_list").fetchone()[2])
    files = {}
    for suffix in ("", "-wal"):
        f = Path(f"{path}{suffix}")
        if f.exists():
            files[suffix] = hashlib.sha256(f.read_bytes()).hexdigest()
    return counts, files


def _one_sentence(message: str) -> bool:
    return "\n" not in message and message.endswith(".") and len(split_sentences(message)) == 1


# ---- bad files -------------------------------------------------------------------------


def _binary(tmp: Path) -> Path:
    path = tmp / "photo.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + os.urandom(4000))
    return path


def _empty(tmp: Path) -> Path:
    path = tmp / "empty.txt"
    path.write_bytes(b"")
    return path


def _blank(tmp: Path) -> Path:
    path = tmp / "blank.txt"
    path.write_bytes(b"  \r\n\r\n\t \n")
    return path


def _garbage(tmp: Path) -> Path:
    path = tmp / "garbage.txt"
    path.write_bytes(bytes([0xE9, 0xFF, 0xFD, 0xA4, 0xB6, 0xD7, 0x8F, 0xC3]) * 500)
    return path


def _junk_docx(tmp: Path) -> Path:
    path = tmp / "report.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("junk.bin", os.urandom(2000))
        archive.writestr("notes/readme.txt", "nothing of Word here")
    return path


def _not_a_zip_docx(tmp: Path) -> Path:
    path = tmp / "letter.docx"
    path.write_text("Đây không phải tệp Word.", encoding="utf-8")
    return path


def _scanned_pdf(tmp: Path) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    path = tmp / "scan.pdf"
    page = canvas.Canvas(str(path), pagesize=A4)
    page.rect(72, 72, 300, 400, fill=1)  # a picture of a page, no text
    page.showPage()
    page.save()
    return path


def _broken_pdf(tmp: Path) -> Path:
    path = tmp / "broken.pdf"
    path.write_bytes(b"%PDF-1.7\n" + os.urandom(3000))
    return path


def _script_page(tmp: Path) -> Path:
    path = tmp / "empty-page.html"
    path.write_text(
        "<html><head><script>document.write('Kim ngạch đạt 9 tỷ USD');</script></head>"
        '<body><img src="https://images.example.invalid/a.jpg" alt="Việt Nam">'
        "<script src='https://tracker.example.invalid/t.js'></script></body></html>",
        encoding="utf-8",
    )
    return path


def _unknown(tmp: Path) -> Path:
    path = tmp / "table.xlsx"
    path.write_bytes(b"PK\x03\x04 not read anyway")
    return path


def _folder(tmp: Path) -> Path:
    path = tmp / "articles.txt"
    path.mkdir()
    return path


def _missing(tmp: Path) -> Path:
    return tmp / "nowhere.txt"


BAD_FILES: dict[str, tuple[Callable[[Path], Path], str]] = {
    "binary": (_binary, "is a binary file, not text"),
    "empty": (_empty, "is empty"),
    "blank": (_blank, "is empty"),
    "invalid UTF-8": (_garbage, "is not text in an encoding Briefer knows"),
    "zip of junk named .docx": (_junk_docx, "is not a Word document (.docx) Briefer can read"),
    "text named .docx": (_not_a_zip_docx, "is not a Word document (.docx) Briefer can read"),
    "PDF without text": (_scanned_pdf, "has no text layer (a scanned image?); Briefer cannot"),
    "damaged PDF": (_broken_pdf, "is not a PDF Briefer can read"),
    "page of script and image": (_script_page, "has no article text"),
    "unknown extension": (_unknown, "Briefer cannot import .xlsx files"),
    "folder": (_folder, "is a folder"),
    "missing": (_missing, "There is no file"),
}


@pytest.mark.parametrize("case", list(BAD_FILES))
def test_a_bad_file_gets_one_sentence_and_leaves_the_store_untouched(
    case: str, tmp_path: Path, db: Database
) -> None:
    make, expected = BAD_FILES[case]
    path = make(tmp_path)
    before = _state(db)
    with pytest.raises(InputError) as caught:
        read_file(path)
    assert expected in str(caught.value)
    assert _one_sentence(str(caught.value)), str(caught.value)
    [report] = import_files(db, [path])
    assert (report.status, report.error) == ("error", str(caught.value))
    assert report.source is None and report.candidates == ()
    assert _state(db) == before


def test_a_50_mb_text_is_refused_without_being_read(
    tmp_path: Path, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "huge.txt"
    line = "Việt Nam và Chile thiết lập quan hệ ngoại giao ngày 25/3/1971.\n".encode()
    with path.open("wb") as handle:
        for _ in range(50 * 1024 * 1024 // len(line) + 1):
            handle.write(line)
    assert path.stat().st_size > 50 * 1024 * 1024 > MAX_BYTES
    opened: list[Path] = []
    real_open = Path.open

    def spy(self: Path, *args, **kwargs):  # type: ignore[no-untyped-def]
        opened.append(self)
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", spy)
    before = _state(db)
    [report] = import_files(db, [path])
    assert report.status == "error"
    assert report.error == "huge.txt is 50 MB; Briefer imports files up to 20 MB."
    assert path not in opened
    assert _state(db) == before


def test_bad_files_do_not_stop_the_good_ones(tmp_path: Path, db: Database) -> None:
    good = tmp_path / "good.txt"
    good.write_text(ARTICLE, encoding="utf-8")
    reports = import_files(db, [_binary(tmp_path), good, _empty(tmp_path)])
    assert [r.status for r in reports] == ["error", "imported", "error"]
    assert db["source"].count == 1


def test_damaged_utf8_is_named_as_such(tmp_path: Path) -> None:
    path = tmp_path / "cut.txt"
    data = ARTICLE.encode("utf-8")
    at = data.index(b"\n\nS") + 2  # between two ASCII bytes
    path.write_bytes(data[:at] + b"\xff" + data[at:])
    with pytest.raises(
        InputError, match=rf"is UTF-8 with damaged bytes \(the first at byte {at}\)"
    ):
        read_file(path)


# ---- encodings -------------------------------------------------------------------------


ENCODINGS: dict[str, Callable[[str], bytes]] = {
    "utf-8": lambda t: t.encode("utf-8"),
    "utf-8 with BOM": lambda t: t.encode("utf-8-sig"),
    "utf-16 (LE, BOM)": lambda t: t.encode("utf-16"),
    "utf-16 BE with BOM": lambda t: b"\xfe\xff" + t.encode("utf-16-be"),
    "windows-1258": cp1258,
    "utf-8, decomposed (NFD)": lambda t: unicodedata.normalize("NFD", t).encode("utf-8"),
    "utf-8, CRLF line ends": lambda t: t.replace("\n", "\r\n").encode("utf-8"),
}


def test_the_same_text_in_any_encoding_imports_to_the_same_body(
    tmp_path: Path, db: Database
) -> None:
    paths = []
    for index, encode in enumerate(ENCODINGS.values()):
        path = tmp_path / f"article-{index}.txt"
        path.write_bytes(encode(ARTICLE))
        paths.append(path)
    assert b"\xcc" in paths[4].read_bytes() or b"\xf2" in paths[4].read_bytes()  # tone bytes
    # Into one store, the same text is one source: the other encodings are duplicates.
    together = import_files(db, paths)
    assert [r.status for r in together] == ["imported"] + ["duplicate"] * (len(ENCODINGS) - 1)
    stores = [open_store(tmp_path / f"store-{i}.sqlite") for i in range(len(paths))]
    reports = [import_files(store, [path])[0] for store, path in zip(stores, paths, strict=True)]
    assert [r.status for r in reports] == ["imported"] * len(ENCODINGS)
    expected = clean(ARTICLE).body
    assert "Đoàn đại biểu" in expected
    for name, report, store in zip(ENCODINGS, reports, stores, strict=True):
        assert report.source is not None
        source = get_source(store, report.source.id)
        assert source is not None
        assert source.body == expected, name
        assert source.title == "Việt Nam và Peru thúc đẩy hợp tác", name
        assert [c.quote for c in report.candidates] == [c.quote for c in reports[0].candidates]
    assert [r.source.encoding for r in reports if r.source] == [
        "utf-8", "utf-8", "utf-16-le", "utf-16-be", "cp1258", "utf-8", "utf-8",
    ]  # fmt: skip
    for store in stores:
        store.close()


def test_a_windows_1252_text_is_read_as_such(tmp_path: Path) -> None:
    path = tmp_path / "note.txt"
    text = "Café crème at the Chilean embassy\n\nThe délégation met on 25 March 1971."
    path.write_bytes(text.encode("cp1252"))
    document = read_file(path)
    assert (document.text, document.encoding) == (text, "cp1252")


# ---- saved web pages -------------------------------------------------------------------


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("the importer tried to use the network")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


def test_a_saved_page_gives_the_article_only(no_network: None, db: Database) -> None:
    page = FIXTURES / "saved_page.html"
    document = read_file(page)
    assert document.kind == "html"
    assert document.title == "Việt Nam - Peru thúc đẩy hợp tác kinh tế"
    assert document.url == "https://baoquocte.vn/viet-nam-peru-thuc-day-hop-tac-kinh-te-123456.html"
    assert document.published_on == "2024-09-20"
    body = clean(document.text).body
    assert body.split("\n\n") == [
        "Sáng 20/9, tại Hà Nội, Bộ trưởng Công Thương Việt Nam đã hội đàm với Bộ trưởng Ngoại "
        "thương và Du lịch Peru.",
        "Kim ngạch thương mại song phương năm 2023 giữa hai nước đạt gần 500 triệu USD; Việt Nam "
        "là đối tác thương mại lớn nhất của Peru trong ASEAN.",
        "Hai bên nhất trí sớm khởi động đàm phán Hiệp định bảo hộ đầu tư để tạo thuận lợi cho "
        "doanh nghiệp hai nước.",
    ]
    for noise in (
        "SCRIPT-TEXT", "STYLE-TEXT", "HIDDEN-TEXT", "COMMENT-TEXT", "ẢNH-ALT-TEXT", "(Ảnh:",
        "Tin liên quan", "Giá vàng", "Đọc nhiều", "Trang chủ", "Facebook", "©", "Minh Hòa",
    ):  # fmt: skip
        assert noise not in body, noise
    [report] = import_files(db, [page])
    assert report.source is not None
    assert report.source.url == document.url
    assert report.source.outlet == "Báo Quốc tế"  # (its address alone: today's name)
    assert report.source.published_on == "2024-09-20"
    assert report.source.author == "Minh Hòa"
    assert any(c.event_date == "2024-09-20" and c.topic == "visits" for c in report.candidates)


def test_a_page_never_reads_local_files_through_entities(no_network: None, tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("MẬT-KHẨU", encoding="utf-8")
    page = tmp_path / "hostile.htm"
    page.write_text(
        f'<!DOCTYPE html [<!ENTITY x SYSTEM "file://{secret}">]>'
        "<html><body><article><p>Việt Nam và Chile thiết lập quan hệ ngoại giao ngày 25/3/1971, "
        "một dấu mốc quan trọng &x; trong quan hệ hai nước.</p>"
        '<iframe src="file:///etc/passwd"></iframe><object data="file:///etc/hosts"></object>'
        "</article></body></html>",
        encoding="utf-8",
    )
    text = read_file(page).text
    assert "MẬT-KHẨU" not in text and "root:" not in text
    assert "thiết lập quan hệ ngoại giao ngày 25/3/1971" in text


def test_a_page_in_windows_1258_with_its_charset_declared(tmp_path: Path) -> None:
    page = tmp_path / "legacy.html"
    html = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1258">'
        "<title>Quan hệ Việt Nam – Chile</title></head><body><div class='content'>"
        "<p>Ngày 25/3/1971, Việt Nam và Chile thiết lập quan hệ ngoại giao.</p></div></body></html>"
    )
    page.write_bytes(cp1258(html.replace("–", "-")))
    document = read_file(page)
    assert (
        "Ngày 25/3/1971, Việt Nam và Chile thiết lập quan hệ ngoại giao."
        in clean(document.text).body
    )


# ---- Word and PDF ----------------------------------------------------------------------


def test_a_word_document_is_read_in_order(tmp_path: Path, db: Database) -> None:
    import docx

    document = docx.Document()
    document.add_heading("Quan hệ Việt Nam – Peru", level=1)
    document.add_paragraph("Việt Nam và Peru thiết lập quan hệ ngoại giao từ năm 1994.")
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Kim ngạch thương mại năm 2023 đạt gần 500 triệu USD."
    table.cell(0, 1).text = "Nguồn: Bộ Công Thương"
    document.add_paragraph("Hai nước cùng là thành viên APEC và CPTPP.")
    path = tmp_path / "brief.docx"
    document.save(str(path))
    [report] = import_files(db, [path])
    assert report.status == "imported" and report.source is not None
    source = get_source(db, report.source.id)
    assert source is not None and source.title == "Quan hệ Việt Nam – Peru"
    assert source.body.split("\n\n") == [
        "Việt Nam và Peru thiết lập quan hệ ngoại giao từ năm 1994.",
        "Kim ngạch thương mại năm 2023 đạt gần 500 triệu USD.",
        "Hai nước cùng là thành viên APEC và CPTPP.",
    ]
    assert any(
        c.metric == "relations.established" and c.event_date == "1994" for c in report.candidates
    )
    assert any(c.metric == "trade.total" and c.period == "2023" for c in report.candidates)


def _text_pdf(path: Path, lines: list[str], font: Path | None = None) -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    page = canvas.Canvas(str(path))
    name = "Helvetica"
    if font is not None:
        pdfmetrics.registerFont(TTFont("BrieferTestSerif", str(font)))
        name = "BrieferTestSerif"
    page.setFont(name, 11)
    y = 780
    for line in lines:
        if line:
            page.drawString(72, y, line)
        y -= 16
    page.showPage()
    page.save()


def test_a_pdf_with_a_text_layer_is_read_and_its_lines_joined(tmp_path: Path) -> None:
    from briefer.resources import fonts_dir

    font = fonts_dir() / "LiberationSerif-Regular.ttf"
    path = tmp_path / "note.pdf"
    _text_pdf(
        path,
        [
            "Quan hệ Việt Nam – Chile",
            "",
            "Ngày 25/3/1971, Việt Nam và Chile thiết lập quan hệ",
            "ngoại giao. Kim ngạch thương mại đạt hơn 1,3 tỷ USD",
            "trong 9 tháng 2024.",
        ],
        font,
    )
    document = read_file(path)
    assert document.kind == "pdf"
    cleaned = clean(document.text)
    assert cleaned.title == "Quan hệ Việt Nam – Chile"
    assert cleaned.body == (
        "Ngày 25/3/1971, Việt Nam và Chile thiết lập quan hệ ngoại giao. Kim ngạch thương mại "
        "đạt hơn 1,3 tỷ USD trong 9 tháng 2024."
    )


# ---- whatever the text, the store stays sound ------------------------------------------


@pytest.fixture(scope="module")
def shared_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Database, Path]]:
    folder = tmp_path_factory.mktemp("fuzz")
    database = open_store(folder / "store.sqlite")
    yield database, folder
    database.close()


_FUZZ_PIECES = st.sampled_from(
    ["Việt Nam", "Chile", "Peru", "Mỹ", "thiết lập quan hệ ngoại giao", "ngày 25/3/1971",
     "kim ngạch thương mại", "đạt hơn 1,3 tỷ USD", "9 tháng 2024", "lớn thứ 4", "thăm",
     "(7/1998)", "Hiệp định", "đề nghị", "Tin liên quan", "0:00", "(Ảnh: TTXVN)", "Ð", "\x1f",
     "\u0301", "\u00a0", ". ", "; ", ", ", "\n", "\n\n", "“", "”", "(", ")"]
)  # fmt: skip


@given(st.lists(st.one_of(_FUZZ_PIECES, st.text(max_size=6)), min_size=1).map(" ".join))
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_any_text_imports_with_exact_quotes_or_fails_cleanly(
    shared_store: tuple[Database, Path], text: str
) -> None:
    db, folder = shared_store
    path = folder / "fuzz.txt"
    path.write_text(text, encoding="utf-8")
    [report] = import_files(db, [path])
    assert report.status in ("imported", "duplicate", "error")
    if report.status == "error":
        assert _one_sentence(report.error), report.error
    report_check = check_store(db)
    assert report_check.ok, report_check.problems
