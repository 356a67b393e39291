"""A bulletin's head: its issue line under its name dates it by month; the writer and unit
under its headline credit its author (r86)."""

from briefer.ingest.issuelines import head_issue_month
from briefer.ingest.lines import Line
from briefer.ingest.postbylines import unit_writer


def _head(*texts: str) -> list[Line]:
    lines = [Line(t) for t in texts]
    lines[-1].reason = "title"
    return lines


def test_an_issue_line_under_the_bulletins_name_dates_it_by_month() -> None:
    lines = _head(
        "BẢN TIN NÔNG SẢN CHÂU PHI", "Số 4 – Tháng 3/2026", "Hạt điều Việt Nam sang Ghana tăng mạnh"
    )
    assert head_issue_month(lines) == "2026-03"
    english = _head("AGRI-TRADE BULLETIN", "No. 9 - September 2026", "Rice sales to Ghana climb")
    assert head_issue_month(english) == "2026-09"


def test_an_issue_line_under_a_line_that_is_no_name_dates_nothing() -> None:
    # (a heading in ordinary case over a dated line: no periodical's name)
    lines = _head(
        "Hội nghị xúc tiến thương mại", "Số 4 – Tháng 3/2026", "Hạt điều sang Ghana tăng mạnh"
    )
    assert head_issue_month(lines) == ""
    # (a line in capitals holding a figure is an issue or date row, not the name)
    dated = _head("BẢN TIN SỐ 4", "Số 4 – Tháng 3/2026", "Hạt điều sang Ghana tăng mạnh")
    assert head_issue_month(dated) == ""


_TITLE = "Thương mại Việt Nam - Kenya: chè và cà phê dẫn đầu"


def test_a_name_and_the_unit_they_write_from_under_the_headline_is_its_writer() -> None:
    text = f"BẢN TIN\n{_TITLE}\nĐỗ Minh Quân - Thương vụ Việt Nam tại Kenya\nKim ngạch tăng 8%."
    assert unit_writer(text, _TITLE) == "Đỗ Minh Quân"
    english = "Cashew trade with Ghana\nGrace Mensah – Trade Office of Viet Nam in Ghana\nText."
    assert unit_writer(english, "Cashew trade with Ghana") == "Grace Mensah"


def test_a_unit_line_far_from_the_headline_or_a_unit_alone_is_no_writer() -> None:
    # (two units joined by a dash: no person)
    text = f"{_TITLE}\nVăn phòng Châu Phi - Thương vụ Việt Nam tại Kenya\nKim ngạch tăng 8%."
    assert unit_writer(text, _TITLE) == ""
    # (a credit deep in the text is no line under the headline)
    far = f"{_TITLE}\nKim ngạch tăng 8%.\nChè dẫn đầu.\nĐỗ Minh Quân - Thương vụ Việt Nam tại Kenya"
    assert unit_writer(far, _TITLE) == ""
