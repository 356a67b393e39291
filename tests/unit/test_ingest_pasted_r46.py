"""Round 46: what a pasted page still left in its body or took for its head — a feature's
login lock and a commenters' house rule, an inline box of related headlines, an outlet's
mark closed by a stop, a menu or a section path taken for the headline, a dateline that
writes its month in words and its day and year as figures."""

from __future__ import annotations

from briefer.ingest.found import Found, Line
from briefer.ingest.leadtag import strip_lead_tag
from briefer.ingest.pasteddate import headline_day
from briefer.ingest.pastedheadline import pasted_headline
from briefer.ingest.prompts import site_notice
from briefer.ingest.readerlines import reader_line
from briefer.ingest.storylists import mark_story_lists


def test_a_features_login_lock_is_the_pages() -> None:
    assert reader_line("Bình chọn Bạn cần đăng nhập với tài khoản của báo để sử dụng tính năng này")
    assert reader_line("Like You must be logged in to use this feature.") == "login notice"
    assert reader_line("Quý độc giả phải đăng nhập để bình luận") == "login notice"


def test_a_procedure_that_needs_a_login_is_article_text() -> None:
    assert reader_line("Doanh nghiệp cần đăng nhập hệ thống để sử dụng tính năng khai báo.") == ""
    assert reader_line("Bạn cần đăng nhập vào cổng dịch vụ công để nộp hồ sơ trực tuyến.") == ""
    assert reader_line("Exporters must log in to the portal to file a certificate of origin.") == ""


def test_a_house_rule_beside_a_moderation_notice_is_the_sites() -> None:
    assert site_notice(
        "Ý kiến của bạn sẽ được duyệt trước khi đăng. Không đăng đường link quảng cáo."
    )
    assert site_notice("Comments are moderated. Do not post personal details or links.")


def test_a_prohibition_alone_or_beside_news_is_no_notice() -> None:
    assert not site_notice("Không sử dụng thuốc kháng sinh trong chăn nuôi.")
    assert not site_notice(
        "Hai nước ký thỏa thuận mới. Không có thay đổi về thuế quan trong năm nay."
    )


_LEAD = "Kim ngạch thương mại Việt Nam - Chile năm 2024 đạt 1,9 tỷ USD, tăng 12% so với năm trước."
_NEXT = "Theo Bộ Công Thương, xuất khẩu của Việt Nam sang Chile chủ yếu là điện thoại và giày dép."


def test_two_headlines_in_a_row_between_paragraphs_are_a_related_box() -> None:
    lines = [
        Line(_LEAD),
        Line("Thị trường Nam Mỹ: Cơ hội lớn cho gạo Việt"),
        Line("Peru mở cửa cho quả bưởi Việt Nam"),
        Line(_NEXT),
    ]
    mark_story_lists(lines)
    assert [ln.reason for ln in lines[1:3]] == ["related headline"] * 2
    assert lines[0].kept and lines[3].kept


def test_one_heading_or_a_listed_run_stays() -> None:
    heading = [Line(_LEAD), Line("Xuất khẩu sang Chile tăng mạnh"), Line(_NEXT)]
    mark_story_lists(heading)
    assert all(ln.kept for ln in heading)
    listed = [
        Line("Hai bên nhất trí thúc đẩy hợp tác trong các lĩnh vực sau:"),
        Line("Thương mại nông sản và thủy sản chế biến"),
        Line("Năng lượng tái tạo và khoáng sản chiến lược"),
        Line(_NEXT),
    ]
    mark_story_lists([Line(_LEAD), *listed])
    assert all(ln.kept for ln in listed)
    numbered = [
        Line(_LEAD),
        Line("1. Thương mại nông sản và thủy sản"),
        Line("2. Năng lượng tái tạo và khoáng sản"),
        Line(_NEXT),
    ]
    mark_story_lists(numbered)
    assert all(ln.kept for ln in numbered)


def test_an_acronym_closed_by_a_stop_opening_the_lead_stays_in_the_lead() -> None:
    # (r97: an unbracketed outlet mark is written into the lead, as the keys keep it; only a
    # bracketed tag comes off)
    paragraphs = [
        "Việt Nam - Chile: Hướng tới 3 tỷ USD",
        "BQT. Hai bên đánh giá cao kết quả hợp tác.",
    ]
    assert strip_lead_tag(paragraphs, Found()) == ""
    assert paragraphs[1] == "BQT. Hai bên đánh giá cao kết quả hợp tác."
    bracketed = ["(BQT) - Hai bên đánh giá cao kết quả hợp tác."]
    assert strip_lead_tag(bracketed, Found()) == "(BQT) -"
    assert bracketed[0] == "Hai bên đánh giá cao kết quả hợp tác."


_MENU_PAGE = """NEWS BUSINESS MARKETS TRAVEL & CULTURE OPINION E-PAPER
Business
Chile and Vietnam agree to lift copper and fruit trade
October 2, 2025 | 09:15
Chile and Vietnam agreed on Thursday to lift two-way trade in copper and fruit by a fifth.
"""

_PATH_PAGE = """Báo Mới
Kinh tế
Quốc tế
Văn hóa
Kinh tế Thị trường
02/10/2025 09:15 GMT+7
Việt Nam và Chile thúc đẩy thương mại nông sản
LÊ HOA
Kim ngạch thương mại giữa Việt Nam và Chile năm 2024 đạt 1,9 tỷ USD, tăng 12% so với năm trước.
"""


def test_a_menu_row_over_its_section_is_no_headline() -> None:
    got = pasted_headline(_MENU_PAGE, "NEWS BUSINESS MARKETS TRAVEL & CULTURE OPINION E-PAPER")
    assert got == "Chile and Vietnam agree to lift copper and fruit trade"


def test_a_section_path_over_the_dateline_is_no_headline() -> None:
    got = pasted_headline(_PATH_PAGE, "Kinh tế Thị trường")
    assert got == "Việt Nam và Chile thúc đẩy thương mại nông sản"
    # (a headline its dateline follows stays the title)
    assert (
        pasted_headline(
            _PATH_PAGE.replace("Kinh tế Thị trường\n", ""),
            "Việt Nam và Chile thúc đẩy thương mại nông sản",
        )
        == ""
    )


def test_a_dateline_with_the_month_in_words_and_day_slash_year() -> None:
    page = "Politics\nVietnam, Chile lift ties\nOctober, 2/2025 - 09:15\nShare Print\n"
    assert headline_day(page, "Vietnam, Chile lift ties") == "2025-10-02"
    assert (
        headline_day(
            page.replace("October, 2/2025", "February, 30/2025"), "Vietnam, Chile lift ties"
        )
        == ""
    )
