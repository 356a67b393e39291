"""A document's head names its issuer and day: a body's row with place and day, a letterhead's
lower unit, a degree's credit under the title, a journal's bracketed issue day."""

from briefer.ingest.bodyrow import body_row
from briefer.ingest.dochead import degree_writer, letterhead_unit
from briefer.ingest.issuedays import issue_day


def test_body_row_with_place_and_day_vi() -> None:
    text = (
        "Thị trường Peru: số liệu quý III\n\n"
        "Trung tâm Thông tin Thương mại Mỹ Latinh | Lima - Hà Nội, 05/10/2025\n"
    )
    assert body_row(text) == ("Trung tâm Thông tin Thương mại Mỹ Latinh", "2025-10-05")


def test_body_row_en_and_bare_day_counts_not() -> None:
    assert body_row("Cocoa outlook\n\nEmbassy of Viet Nam in Ghana · Accra, 3 May 2025") == (
        "Embassy of Viet Nam in Ghana",
        "2025-05-03",
    )
    # (a site's top row: a day without a place, a name that is no body)
    assert body_row("Trang chủ | 03/05/2025\n\nTin tức") == ("", "")


def test_degree_writer_under_title_vi_and_en() -> None:
    paper = "Thương mại Việt Nam - Chile\n\nTS. Nguyễn Thu Hà - Viện Nghiên cứu X\n\nTóm tắt: …"
    assert degree_writer(paper, "Thương mại Việt Nam - Chile") == "Nguyễn Thu Hà"
    paper_en = "Trade with Chile\n\nDr. Maria Lopez, University of Lima\n\nAbstract"
    assert degree_writer(paper_en, "Trade with Chile") == "Maria Lopez"
    # (a name without a degree under the title is no credit this reader gives)
    assert degree_writer("Trade with Chile\n\nMaria Lopez spoke.", "Trade with Chile") == ""


def test_letterhead_unit_under_ministry() -> None:
    text = (
        "MINISTRY OF INDUSTRY AND TRADE\n\nTRADE OFFICE OF VIET NAM IN GHANA\n\n"
        "12 Independence Avenue, Accra\n\nTRADE BULLETIN No. 4/2025\n\nCocoa exports climb\n"
    )
    assert letterhead_unit(text, "Bộ Công Thương") == "Trade Office of Viet Nam in Ghana"
    assert letterhead_unit(text, "Bộ Ngoại giao") == ""


def test_issue_day_bracketed_after_issue_number() -> None:
    assert issue_day(["TẠP CHÍ KINH TẾ X - Số 9 (ra ngày 20/5/2025)"]) == "2025-05-20"
    assert issue_day(["THE HARBOUR REVIEW · No. 31 · 2 June 2025"]) == "2025-06-02"
