"""Body furniture of the held-out sets unseen15 and unseen16 (issue 19, body round): a row of
buttons acting on the article, a note limiting who may read the document, a paper's mark
in brackets opening the lead without a dash, a caption closed by an agency's short name in
brackets, and an agency's sign-off after the last sentence — each on wording no corpus file
uses, read back from the cleaned body."""

from __future__ import annotations

import pytest

from briefer.ingest.clean import clean
from briefer.ingest.notices import not_a_claim

TITLE = "Kenya and Vietnam agree to widen tea and cashew trade"
LEAD = (
    "Kenyan Trade Secretary Amina Odhiambo and Vietnamese Deputy Minister Tran Quoc Hai "
    "agreed in Nairobi on Thursday to widen trade in tea, cashew and coffee between the two "
    "countries."
)
TRADE = "Two-way trade between Kenya and Vietnam reached US$210 million in 2024, up 14 percent."
TIES = (
    "The two countries established diplomatic relations in December 1995 and opened embassies "
    "later."
)


def _clean(*paragraphs: str) -> tuple[str, list[str]]:
    cleaned = clean("\n\n".join([TITLE, *paragraphs]))
    return cleaned.body, [r.text for r in cleaned.removed]


@pytest.mark.parametrize(
    "row",
    [
        "Send this story · Listen to this story 4 min · Share",
        "Save this article | Gift | Print",
        "Chia sẻ bài viết này · Tặng · In bài",
    ],
)
def test_a_row_of_buttons_acting_on_the_article_leaves_the_body(row: str) -> None:
    body, removed = _clean(row, LEAD, TRADE)
    assert row not in body
    assert LEAD in body and TRADE in body
    assert row in removed


def test_a_sentence_about_sharing_stays() -> None:
    share = "Kenya's share of Vietnam's tea imports rose to 8 percent in 2024, customs data showed."
    body, _ = _clean(LEAD, share, TRADE)
    assert share in body


@pytest.mark.parametrize(
    "notice",
    [
        "Ấn phẩm lưu hành nội bộ, chỉ dành cho cán bộ của Sở.",
        "Tài liệu phục vụ nghiên cứu, không phổ biến rộng rãi.",
        "For internal circulation among member companies only.",
        "Not for publication or attribution.",
    ],
)
def test_a_note_limiting_who_may_read_the_document_leaves_the_body(notice: str) -> None:
    body, removed = _clean(LEAD, TRADE, notice)
    assert notice not in body
    assert notice in removed
    assert LEAD in body and TRADE in body


def test_news_of_something_kept_from_the_public_stays() -> None:
    kept = (
        "The ministry said the draft agreement would not be made public before the talks in "
        "Nairobi on 4 June."
    )
    internal = "Hai bên nhất trí chưa công bố chi tiết 12 dự án trong năm 2025."
    body, _ = _clean(LEAD, kept, internal)
    assert kept in body and internal in body


def test_a_papers_mark_in_brackets_opens_the_lead_without_a_dash() -> None:
    lead = (
        "(KTN) Sáng 9/6, đoàn doanh nghiệp Kê-ni-a đã làm việc với UBND tỉnh về hợp tác "
        "xuất khẩu điều và cà phê."
    )
    cleaned = clean("\n\n".join(["Doanh nghiệp Kê-ni-a tìm hiểu thị trường điều", lead]))
    assert "(KTN)" not in cleaned.body
    assert cleaned.body.startswith("Sáng 9/6, đoàn doanh nghiệp Kê-ni-a")


def test_a_papers_mark_opens_the_lead_under_a_short_line() -> None:
    lead = (
        "(KTN) Sáng 9/6, đoàn doanh nghiệp Kê-ni-a đã làm việc với UBND tỉnh về hợp tác "
        "xuất khẩu điều và cà phê."
    )
    cleaned = clean(
        "\n\n".join(["Doanh nghiệp Kê-ni-a tìm hiểu thị trường điều", "Bật thông báo", lead])
    )
    assert "(KTN)" not in cleaned.body
    assert "Sáng 9/6, đoàn doanh nghiệp Kê-ni-a" in cleaned.body


def test_a_mark_in_brackets_opening_a_later_paragraph_stays() -> None:
    later = "(KTN) Theo kế hoạch, hai bên sẽ ký biên bản ghi nhớ về xuất khẩu điều vào tháng 9."
    lead = (
        "Sáng 9/6, đoàn doanh nghiệp Kê-ni-a đã làm việc với UBND tỉnh về hợp tác xuất khẩu "
        "điều và cà phê."
    )
    cleaned = clean("\n\n".join(["Doanh nghiệp Kê-ni-a tìm hiểu thị trường điều", lead, later]))
    assert later in cleaned.body


def test_a_caption_closed_by_an_agencys_name_in_brackets_leaves_the_body() -> None:
    caption = "Trade Secretary Amina Odhiambo welcomes the Vietnamese delegation in Nairobi. (KNA)"
    body, removed = _clean(caption, LEAD, TRADE)
    assert caption not in body and "(KNA)" not in body
    assert caption in removed
    assert LEAD in body


def test_an_article_sentence_signed_by_its_agency_is_kept_without_the_signature() -> None:
    last = "Both sides agreed to meet again in Hanoi in the second half of 2026. (KNA)"
    body, _ = _clean(LEAD, TRADE, last)
    assert "Both sides agreed to meet again in Hanoi in the second half of 2026." in body
    assert "(KNA)" not in body


@pytest.mark.parametrize("mark", ["— KNA", "– KNA", "-- KNA", "—KNA/XYZ"])
def test_an_agencys_sign_off_after_the_last_sentence_leaves_the_body(mark: str) -> None:
    cleaned = clean("\n\n".join([TITLE, LEAD, TRADE, f"{TIES} {mark}"]))
    assert cleaned.paragraphs[-1] == TIES
    assert "KNA" not in cleaned.body
    assert any(r.reason == "sign-off" for r in cleaned.removed)


def test_a_dash_and_capitals_inside_the_text_stay() -> None:
    middle = "The talks covered one product above all — TEA — and a second, cashew, in detail."
    cleaned = clean("\n\n".join([TITLE, LEAD, middle, TRADE]))
    assert middle in cleaned.body
    assert cleaned.paragraphs[-1] == TRADE


def test_a_writers_label_with_the_writers_unit_leaves_the_body() -> None:
    label = "Tác giả: Lê Thu Hà, Phòng Nghiên cứu châu Phi"
    tieude = "Quan hệ Việt Nam - Kê-ni-a sau 30 năm"
    lead = (
        "Năm 2024, kim ngạch thương mại giữa Việt Nam và Kê-ni-a đạt khoảng 210 triệu USD, "
        "tăng 14% so với năm trước."
    )
    cleaned = clean("\n\n".join([tieude, label, lead]))
    assert label not in cleaned.body
    assert lead in cleaned.body


def test_a_writers_label_with_a_name_alone_still_names_the_author() -> None:
    lead = (
        "Năm 2024, kim ngạch thương mại giữa Việt Nam và Kê-ni-a đạt khoảng 210 triệu USD, "
        "tăng 14% so với năm trước."
    )
    cleaned = clean(
        "\n\n".join(["Quan hệ Việt Nam - Kê-ni-a sau 30 năm", "Tác giả: Lê Thu Hà", lead])
    )
    assert "Lê Thu Hà" not in cleaned.body
    assert cleaned.metadata.author == "Lê Thu Hà"


@pytest.mark.parametrize(
    "sentence",
    [
        "Hiệp hội khuyến cáo các hội viên kiểm tra năng lực tài chính của nhà nhập khẩu.",
        "The Chamber urges its members to insure every shipment of tea bound for Mombasa.",
        "Tác giả đề nghị doanh nghiệp xuất khẩu điều mở văn phòng đại diện tại Nairobi.",
        "Doanh nghiệp quan tâm đến chương trình xúc tiến tại Kê-ni-a xin liên hệ Phòng Thị trường.",
        "Companies interested in the Nairobi trade fair should send their forms to the desk.",
        "Tóm tắt: Bài viết đánh giá quan hệ kinh tế Việt Nam - Kê-ni-a và đề xuất giải pháp.",
        "This paper examines the tea trade between Kenya and Vietnam and its prospects.",
        # (a span of years is no fact cited)
        "Tóm tắt: Bài viết điểm lại chặng đường 45 năm quan hệ hai nước Việt Nam - Kê-ni-a.",
    ],
)
def test_the_document_advising_its_readers_or_describing_itself_is_no_claim(sentence: str) -> None:
    assert not_a_claim(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # a named body's proposal, a country's, an official's advice: news
        "Hiệp hội Chè Kê-ni-a đề nghị các doanh nghiệp Việt Nam tăng nhập khẩu chè.",
        "Việt Nam đề nghị Kê-ni-a tạo điều kiện cho doanh nghiệp điều Việt Nam.",
        "Đại sứ khuyến nghị các doanh nghiệp tìm hiểu kỹ thị trường Kê-ni-a.",
        # a text describing itself with the facts it cites
        "Tóm tắt: Bài viết phân tích thương mại hai nước từ khi ký hiệp định năm 2019.",
        "This paper examines tea exports, which reached US$ 120 million, and their prospects.",
    ],
)
def test_news_of_advice_and_a_summary_with_its_figures_are_claims(sentence: str) -> None:
    assert not not_a_claim(sentence)


def _signed(masthead: str, mark: str) -> str:
    return clean("\n\n".join([masthead, TITLE, LEAD, TRADE, f"{TIES} {mark}"])).metadata.author


def test_an_agencys_sign_off_in_another_outlets_paper_names_the_writer() -> None:
    assert _signed("nairobistandard.co.ke", "— KNA") == "KNA"


def test_the_outlets_own_mark_is_no_writer() -> None:
    assert _signed("kna.go.ke", "— KNA") == ""
