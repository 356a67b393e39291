"""Runs of months to date, a list of flows one a line, a place's own visitors, a list's
announcement (r33)."""

from __future__ import annotations

from briefer.ingest.candidates import find_candidates
from briefer.ingest.listintro import list_intro
from briefer.ingest.monthruns import months_to_date
from briefer.ingest.ownarrivals import own_arrivals
from briefer.ingest.thirdsource import third_source


def test_months_to_date_after_a_quarter() -> None:
    assert months_to_date(
        "tính chung 9 tháng, xuất khẩu đạt 5 triệu USD", (2, "2027-07..2027-09")
    ) == ("2027-01..2027-09")
    assert months_to_date("over the nine months, exports came to $5 million", (2, "2027-09")) == (
        "2027-01..2027-09"
    )


def test_months_to_date_needs_the_same_end() -> None:
    assert (
        months_to_date("tính chung 6 tháng, xuất khẩu đạt 5 triệu USD", (2, "2027-07..2027-09"))
        == ""
    )
    assert months_to_date("xuất khẩu đạt 5 triệu USD", (2, "2027-07..2027-09")) == ""
    assert months_to_date("9 tháng năm 2027", None) == ""


def test_quarter_then_nine_months_in_a_sentence() -> None:
    body = (
        "Riêng quý III/2027, thương mại hai chiều Việt Nam - Jamaica đạt 9 triệu USD; tính "
        "chung 9 tháng, xuất khẩu của Việt Nam sang Jamaica đạt 20 triệu USD.\n"
    )
    exports = [c for c in find_candidates(body) if c.metric == "trade.exports"]
    assert [c.period for c in exports] == ["2027-01..2027-09"]


def test_list_of_flows_one_a_line_keeps_the_total_period() -> None:
    body = (
        "Trong 5 tháng đầu năm 2027, thương mại hai chiều Việt Nam - Jamaica đạt 40 triệu USD.\n\n"
        "Xuất khẩu của Việt Nam sang Jamaica đạt 30 triệu USD.\n\n"
        "Nhập khẩu từ Jamaica đạt 10 triệu USD.\n"
    )
    flows = {c.metric: c.period for c in find_candidates(body) if c.metric.startswith("trade.")}
    assert flows["trade.exports"] == "2027-01..2027-05"
    assert flows["trade.imports"] == "2027-01..2027-05"


def test_own_arrivals() -> None:
    clause = "Jamaica đón khoảng 4 triệu lượt khách quốc tế mỗi năm"
    assert own_arrivals(clause, clause.index("4"))
    english = "Jamaica welcomed some 4 million stay-over visitors last year"
    assert own_arrivals(english, english.index("4"))
    theirs = "Jamaica đón khoảng 2.000 lượt khách Việt Nam"
    assert not own_arrivals(theirs, theirs.index("2"))
    exports = "Việt Nam xuất khẩu 4 triệu USD"
    assert not own_arrivals(exports, exports.index("4"))


def test_own_arrivals_make_no_candidate() -> None:
    body = (
        "Năm 2026, Jamaica đón khoảng 4 triệu lượt khách du lịch, phần lớn là khách tàu biển.\n\n"
        "Năm 2026, Việt Nam đón khoảng 2.000 lượt khách Jamaica.\n"
    )
    values = [c.value for c in find_candidates(body) if c.metric == "tourism.arrivals"]
    assert values == [2000]


def test_list_intro() -> None:
    assert list_intro("Dưới đây là một số số liệu nổi bật về thương mại hai nước.")
    assert list_intro("Sau đây là những điểm doanh nghiệp cần lưu ý:")
    assert list_intro("Below are the key figures of the trade.")
    assert not list_intro("Dưới đây là số liệu: xuất khẩu đạt 5 triệu USD.")
    assert not list_intro("Xuất khẩu sang Jamaica đạt 5 triệu USD.")


def test_third_source() -> None:
    assert third_source("phần lớn lúa mì nhập khẩu hiện vẫn đến từ Canada.", "JM")
    assert third_source("Most of the island's imports come from the United States.", "JM")
    assert not third_source("Nhập khẩu từ Jamaica đạt 10 triệu USD.", "JM")
    assert not third_source("hàng nhập khẩu đến từ Việt Nam thay vì Canada.", "JM")
    assert not third_source("Nhập khẩu của Jamaica tăng 5%.", "JM")


def test_whose_visitors_keep_the_count() -> None:
    for clause, count in (
        ("Năm 2026, tỉnh đón hơn 6.200 lượt du khách Áo", "6.200"),
        ("khu du lịch đón hơn 9.000 lượt khách của hai bên", "9.000"),
        ("the province welcomed 3,000 visitors from Jamaica", "3,000"),
    ):
        assert not own_arrivals(clause, clause.index(count))
    own = "Năm 2026, tỉnh đón hơn 6.200 lượt khách du lịch"
    assert own_arrivals(own, own.index("6.200"))


def test_announcement_with_a_year_tells_an_occasion() -> None:
    assert not list_intro("Below is the speech delivered at the Jamaica Forum on 3 May 2027.")
