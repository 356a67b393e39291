"""Writers of r37: a release's issuer named by honorific under its headline, a bulletin's
joint byline, an e-magazine's content credit, a portal's "Người đăng" poster."""

from __future__ import annotations

from pathlib import Path

from briefer.ingest.issuerrow import issuer_in_row
from tests.imported import imported


def test_release_issuer_row() -> None:
    assert issuer_in_row("Senator the Hon Jane Roe, Minister for Trade and Investment") == (
        "Jane Roe"
    )
    assert issuer_in_row("Joint media release with: Hon John Doe MP, Minister of Agriculture") == (
        "John Doe"
    )
    assert issuer_in_row("H.E. Maria Lopez") == "Maria Lopez"
    # (no honorific: a plain row is left to the other readers)
    assert issuer_in_row("Jane Roe, Minister for Trade") == ""
    assert issuer_in_row("Media release") == ""


def test_release_issuer_is_the_page_author() -> None:
    from briefer.ingest.webpage import read_webpage

    html = (
        "<html><head><title>New trade plan</title></head><body><h1>New trade plan</h1>"
        "<div>3 March 2026</div><div>Joint media release with: Senator the Hon Jane Roe, "
        "Minister for Trade</div><p>Today I launched a new plan for trade with our partners "
        "in the region, which will open markets for our exporters.</p></body></html>"
    )
    assert read_webpage(html.encode(), "x.html").author == "Jane Roe"


def test_poster_label_names_the_writer() -> None:
    from briefer.ingest.metadata import reporter_in

    assert reporter_in("Người đăng: Thu Trang") == "Thu Trang"
    assert reporter_in("Người đăng: Ban Biên tập") == ""
    assert reporter_in("Người đăng: admin") == ""


def test_joint_byline_under_a_reporting_label() -> None:
    from briefer.ingest.metadata import reporter_in

    assert reporter_in("Phóng viên: Minh Châu - Hải Nam / THX") == "Minh Châu - Hải Nam"
    assert reporter_in("PV: Minh Châu - Hải Nam") == "Minh Châu - Hải Nam"
    # (a unit after the dash is the writer's, no second writer)
    assert reporter_in("Người viết: Minh Châu - Ban Thư ký Hội") == "Minh Châu"


def test_content_credit_of_an_emagazine() -> None:
    from briefer.ingest.contentcredit import content_writer
    from briefer.ingest.pageauthor import is_person

    pieces = ["Nội dung: Thu Hà", "Thiết kế: Minh Đức", "Ảnh: TTXVN"]
    assert content_writer(pieces, is_person) == "Thu Hà"
    assert content_writer(["Content: Jane Roe", "Design: John Doe"], is_person) == "Jane Roe"
    # (a document's subject line, no credit block)
    assert content_writer(["Nội dung: Hội nghị Xúc tiến"], is_person) == ""


def test_content_credit_is_the_page_author() -> None:
    from briefer.ingest.webpage import read_webpage

    html = (
        "<html><head><title>Cà phê sang châu Âu</title></head><body><h1>Cà phê sang châu Âu"
        '</h1><div class="credits"><p>Nội dung: Thu Hà</p><p>Thiết kế: Minh Đức</p>'
        "<p>01/12/2025</p></div><p>Xuất khẩu cà phê sang châu Âu tăng mạnh trong năm nay, "
        "theo số liệu của cơ quan hải quan.</p></body></html>"
    )
    assert read_webpage(html.encode(), "x.html").author == "Thu Hà"


def _author(tmp_path: Path, name: str, text: str) -> str:
    return imported(tmp_path, text, name).metadata.author


def test_an_import_reads_each_r37_writer(tmp_path: Path) -> None:
    release = (
        "<html><head><title>New trade plan</title></head><body><h1>New trade plan</h1>"
        "<div>3 March 2026</div><div>Joint media release with: Senator the Hon Jane Roe, "
        "Minister for Trade</div><p>Today I launched a new plan for trade with Vietnam, which "
        "will open markets for our exporters. Trade reached 20 billion USD in 2025.</p>"
        "</body></html>"
    )
    assert _author(tmp_path, "release.html", release) == "Jane Roe"
    emagazine = (
        "<html><head><title>Cà phê sang châu Âu</title></head><body><h1>Cà phê sang châu Âu"
        '</h1><div class="credits"><p>Nội dung: Thu Hà</p><p>Thiết kế: Minh Đức</p>'
        "<p>01/12/2025</p></div><p>Xuất khẩu cà phê của Việt Nam sang Đức tăng mạnh trong năm "
        "nay, theo số liệu của cơ quan hải quan.</p></body></html>"
    )
    assert _author(tmp_path, "emagazine.html", emagazine) == "Thu Hà"
    portal = (
        "<html><head><title>Hội nghị xúc tiến thương mại với Lào</title></head><body>"
        "<h1>Hội nghị xúc tiến thương mại với Lào</h1><div>Người đăng: Thu Trang</div>"
        "<div>Ngày đăng: 05/03/2026</div><p>Năm 2025, kim ngạch thương mại Việt Nam - Lào đạt "
        "2,3 tỷ USD, tăng 15% so với năm 2024.</p></body></html>"
    )
    assert _author(tmp_path, "portal.html", portal) == "Thu Trang"
    bulletin = (
        "Hội nghị xúc tiến thương mại với Lào\n\nNăm 2025, kim ngạch thương mại Việt Nam - Lào "
        "đạt 2,3 tỷ USD, tăng 15% so với năm 2024.\n\nPhóng viên: Minh Châu - Hải Nam / THX\n"
    )
    assert _author(tmp_path, "bulletin.txt", bulletin) == "Minh Châu - Hải Nam"
