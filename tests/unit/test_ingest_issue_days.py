"""A document's own day in the forms its head writes it (issue 19, ninth round): a
letterhead's place and day with a hyphenated province ("Thừa Thiên - Huế, ngày …"), an
"issued on" line, the issue day beside a circulation marking. Wording of our own."""

from __future__ import annotations

from pathlib import Path

from briefer.ingest import furniture as fur
from briefer.ingest import stamplines
from briefer.ingest.clean import clean
from briefer.ingest.rows import labelled_stamp

_BODY = (
    "Năm 2024, kim ngạch thương mại giữa tỉnh và Ca-dắc-xtan đạt khoảng 45 triệu USD, chủ "
    "yếu là cà phê, hạt điều và hàng dệt may."
)


def test_a_letterheads_place_with_a_hyphen_and_its_day_date_the_note_and_are_no_title() -> None:
    cleaned = clean(
        "ỦY BAN NHÂN DÂN\nTỈNH THỪA THIÊN - HUẾ\nSố: 88/BC-SNgV\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Thừa Thiên - Huế, ngày 3 tháng 11 năm 2025\nBÁO CÁO\n"
        "Kết quả hợp tác giữa tỉnh và Ca-dắc-xtan năm 2025\n" + _BODY
    )
    assert cleaned.metadata.published_on == "2025-11-03"
    assert cleaned.title == "Kết quả hợp tác giữa tỉnh và Ca-dắc-xtan năm 2025"
    assert fur.PLACE_DATE.match("Bà Rịa – Vũng Tàu, ngày 2/5/2025")


def test_an_issued_on_line_is_the_publications_day() -> None:
    assert stamplines.timestamp("Phát hành ngày 04/02/2025") == ("timestamp", "2025-02-04")
    cleaned = clean(
        "HỘI CÀ PHÊ CA CAO VIỆT NAM\nBẢN TIN THỊ TRƯỜNG SỐ 05/2025\n"
        "Phát hành ngày 04/02/2025\nXuất khẩu cà phê sang Ca-dắc-xtan tăng mạnh\n" + _BODY
    )
    assert cleaned.metadata.published_on == "2025-02-04"
    assert "Phát hành" not in cleaned.body


def test_the_issue_day_beside_a_circulation_marking_dates_the_text() -> None:
    assert labelled_stamp("Phát hành ngày 20/8/2025 · Lưu hành nội bộ") == "2025-08-20"
    assert labelled_stamp("Published on 3 May 2025 | For internal use only") == "2025-05-03"
    assert labelled_stamp("Hà Nội · Lưu hành nội bộ") == ""  # (no day in the row)


def test_a_printed_papers_running_head_dates_the_issue_a_browsers_print_stamp_does_not() -> None:
    from briefer.ingest.issuedays import issue_day

    assert issue_day(["CÔNG NGHIỆP MỎ  ·  Thứ Hai, 7/4/2025  ·  Trang 3", "cnm.vn  ·  3/8"]) == (
        "2025-04-07"
    )
    assert issue_day(["4/8/25, 09:12 AM    Vietnam and Chile talk copper | Mining Daily"]) == ""


def test_a_pages_address_with_its_day_in_the_path_dates_a_text_that_gives_none() -> None:
    from briefer.ingest.issuedays import url_day

    assert url_day("https://gov.example/news/2024/03/07/joint-communique/") == "2024-03-07"
    assert url_day("https://example.org/a/2025-11-02/talks.html") == "2025-11-02"
    assert url_day("https://example.org/2025/02/30/x") == ""  # (no such day)
    assert url_day("https://example.org/news/2025/123456") == ""  # (an id, no day)


def test_a_saved_page_dated_nowhere_but_its_address_takes_the_addresss_day(tmp_path: Path) -> None:
    from briefer.ingest.analysis import analyse

    page = tmp_path / "communique.html"
    page.write_text(
        "<html><head><title>Chile and Vietnam widen copper trade</title>"
        '<link rel="canonical" href="https://gov.example/news/2024/03/07/chile-vietnam/">'
        "</head><body><article><h1>Chile and Vietnam widen copper trade</h1>"
        "<p>Chile and Vietnam agreed to widen trade in copper and fruit, the ministry said."
        "</p><p>The Chilean minister will visit Hanoi on May 5 to sign the accord.</p>"
        "</article></body></html>",
        encoding="utf-8",
    )
    result = analyse(page)
    assert result.metadata.published_on == "2024-03-07"
    assert [c.event_date for c in result.candidates if c.kind == "event"] == ["2024-05-05"]


def _row_day(html: str) -> str:
    import lxml.html

    from briefer.ingest.issuedays import headline_row_day

    return headline_row_day(lxml.html.fromstring(html))


def test_the_row_under_the_headline_dates_the_page_not_its_update_label() -> None:
    story = "<p>" + "Chile and Vietnam agreed to widen trade in copper and fruit. " * 3 + "</p>"
    assert (
        _row_day(
            "<html><body><h1>Chile and Vietnam talk copper</h1><div class='info'>"
            "<span>Ana Rojas</span> <span>| 05.03.2025 - Update : 06.03.2025</span></div>"
            f"{story}</body></html>"
        )
        == "2025-03-05"
    )
    assert (
        _row_day(
            "<html><body><h1>Chile and Vietnam talk copper</h1><div>Updated 06.03.2025</div>"
            f"{story}</body></html>"
        )
        == ""
    )
    # (a day inside the article's text is the text's to read, not the row's)
    assert (
        _row_day(
            f"<html><body><h1>Chile and Vietnam talk copper</h1>{story}"
            "<div>Signed on 4 March 2025</div></body></html>"
        )
        == ""
    )
