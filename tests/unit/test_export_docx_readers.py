"""The exported DOCX read by independent programs: pandoc, and LibreOffice → PDF → pdftotext.

LibreOffice is slow (seconds), so it converts once per run (a module-scoped fixture) and
several tests read that one PDF.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from briefer.export.docx import write_docx
from tests.readers import libreoffice_pdf
from tests.samples import sample_document

pytestmark = pytest.mark.external

VIETNAMESE = ("Đối tác toàn diện", "25/3/1971", "Lương Cường", "Kinh tế – thương mại")


@pytest.fixture(scope="module")
def sample_docx(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("readers") / "brief.docx"
    write_docx(sample_document(), path)
    return path


@pytest.fixture(scope="module")
def pdf(sample_docx: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The PDF LibreOffice makes from the DOCX (one conversion per test run)."""
    return libreoffice_pdf(sample_docx, tmp_path_factory.mktemp("soffice"))


def pdftotext(pdf: Path, *options: str) -> list[str]:
    """The text of each page."""
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", *options, str(pdf), "-"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return text.split("\f")[:-1] if text.endswith("\f") else text.split("\f")


def test_pandoc_sees_footnotes_headings_and_exact_vietnamese(sample_docx: Path) -> None:
    if shutil.which("pandoc") is None:
        pytest.skip("pandoc is not installed")
    markdown = subprocess.run(
        ["pandoc", "-f", "docx", "-t", "markdown-smart", "--wrap=none", str(sample_docx)],
        check=True,
        capture_output=True,
        text=True,
        timeout=60,
    ).stdout
    for n in range(1, 7):
        assert f"[^{n}]:" in markdown
        assert f"[^{n}]" in markdown.split(f"[^{n}]:")[0]  # referenced in the text
    assert "[^7]" not in markdown
    for phrase in VIETNAMESE:
        assert phrase in markdown
    assert "# Quan hệ ngoại giao" in markdown
    assert "# Nguồn tham khảo" in markdown
    footnote_1 = re.search(r"^\[\^1\]: (.*)$", markdown, re.M)
    assert footnote_1 is not None
    assert "Báo Nhân Dân" in footnote_1.group(1)
    assert "Ngày 25/3/1971, Việt Nam và Chile thiết lập quan hệ ngoại giao." in footnote_1.group(1)
    assert "<https://www.vietnamplus.vn/example-url?a=1&b=2>" in markdown


def test_libreoffice_renders_exact_vietnamese(pdf: Path) -> None:
    text = "\n".join(pdftotext(pdf))
    for phrase in VIETNAMESE:
        assert phrase in text
    assert "Xung lực mới cho quan hệ giữa Việt Nam với Chile" in text  # a footnote
    assert "tiếp tục tăng <nhanh>" in " ".join(text.split())  # "<" kept, not eaten as markup


def test_libreoffice_pages_numbers_and_marking(pdf: Path) -> None:
    pages = pdftotext(pdf, "-layout")  # keeps the header's number and marking on one line
    assert len(pages) >= 4  # title page, contents, body, sources annex
    first = [line.split() for line in pages[0].splitlines() if line.strip()]
    assert ["MẬT"] in first[:-1]  # the stamp in the letterhead block
    assert ["1"] not in first  # no page number on the title page
    assert first[-1] == ["MẬT"]  # footer marking
    for number, page in enumerate(pages[1:], start=2):
        lines = [line.split() for line in page.splitlines() if line.strip()]
        assert lines[0] == [str(number)], f"page {number}: header {lines[0]}"
        assert lines[-1] == ["MẬT"]  # footer marking
    assert "Mục lục" in pages[1]
    assert "Nguồn tham khảo" in pages[-1]


def test_libreoffice_contents_gives_each_heading_the_page_it_prints_it_on(
    tmp_path: Path,
) -> None:
    """The demo VN-CL state visit: LibreOffice lays the DOCX out with footnotes at each page's
    foot, so some headings fall a page earlier than in the PDF; its contents must say so."""
    from datetime import date

    from briefer.services import Services, init_store

    store = tmp_path / "demo.sqlite"
    init_store(store, demo=True)
    services = Services(store, demo_on_first_run=False)
    try:
        brief = services.assemble("VN-CL", "state-visit", "vi", date(2026, 11, 24))
        services.export_brief(brief, ("docx",), tmp_path / "brief")
    finally:
        services.close()
    pages = pdftotext(libreoffice_pdf(tmp_path / "brief.docx", tmp_path / "lo"), "-layout")
    contents_at = next(i for i, page in enumerate(pages) if "Mục lục" in page)
    entries = [
        (m.group(1).strip(), int(m.group(2)))
        for line in pages[contents_at].splitlines()
        if (m := re.match(r"\s*(\S.*?)\s*\.{3,}\s*(\d+)\s*$", line))
    ]
    assert len(entries) >= 10
    for heading, number in entries:
        # The first page after the contents where the heading stands as a line of its own.
        printed_on = next(
            i + 1
            for i, page in enumerate(pages)
            if i > contents_at and any(line.strip() == heading for line in page.splitlines())
        )
        assert number == printed_on, f"{heading!r}: contents says {number}, printed on {printed_on}"
