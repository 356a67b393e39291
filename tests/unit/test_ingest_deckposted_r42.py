"""A handout's institution and day, a print view's capitalised "Posted By" (r42): deckbody,
docdayline.event_head_day, metadata.reporter_in."""

from __future__ import annotations

from briefer.ingest.deckbody import presenter_body
from briefer.ingest.docdayline import event_head_day
from briefer.ingest.metadata import reporter_in

_DECK_VI = (
    "Thị trường Mali: cơ hội cho hàng nông sản\n\n"
    "ThS. Trần Minh Khoa – Bộ môn Kinh tế quốc tế, Học viện Ngoại giao, Hà Nội\n\n"
    "Slide 1/6\n\nNội dung trình bày\n"
)
_DECK_EN = (
    "Cashew trade between two coasts\n"
    "Dr. Ama Boateng, Department of Economics, University of Harbour Town\n"
    "Slide 1/5\n"
)


def test_presenter_institution_not_its_unit() -> None:
    assert presenter_body(_DECK_VI) == "Học viện Ngoại giao"
    assert presenter_body(_DECK_EN) == "University of Harbour Town"


def test_no_degree_line_no_institution() -> None:
    assert presenter_body("Thị trường Mali\nSlide 1/6\nTrường Đại học X tổ chức hội thảo\n") == ""
    # (a line under the first slide mark is a slide's text, not the title slide's)
    assert presenter_body("Tựa đề\nSlide 1/6\nTS. Lê Văn A – Trường Đại học B\n") == ""


def test_running_head_event_day() -> None:
    assert event_head_day(["Diễn đàn Hợp tác Đông Phi – Hà Nội, 7/3/2026"]) == "2026-03-07"
    assert event_head_day(["Trade Forum — Nairobi, 12/01/2026"]) == "2026-01-12"
    # (a page count or a bare day is no event's head)
    assert event_head_day(["Tài liệu phát tay – Trang 1/4", "12/01/2026"]) == ""


def test_print_view_posted_by_capitalised() -> None:
    line = "Posted By Lena Tuilagi On March 3, 2026 @ 9:05 am In Business,Local | No Comments"
    assert reporter_in(line) == "Lena Tuilagi"
    assert reporter_in("Posted by Lena Tuilagi on 3 March 2026") == "Lena Tuilagi"
