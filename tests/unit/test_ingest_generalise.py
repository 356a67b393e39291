"""Rules added for the second development set (``tests/fixtures/corpus/dev2``): each one is a
structure seen in real pages, tested on text of its own, not on the corpus' strings.
"""

from __future__ import annotations

import pytest

from briefer.ingest import furniture as fur
from briefer.ingest.candidates import find_candidates
from briefer.ingest.clean import Metadata, clean
from briefer.ingest.countries import find_countries
from briefer.ingest.outletnames import known_outlet
from briefer.ingest.pdflayout import reflow
from briefer.ingest.webpage import read_webpage
from briefer.text.dates import find_dates


def _codes(text: str) -> list[str]:
    return [m.code for m in find_countries(text)]


# ---- letterheads ---------------------------------------------------------------------------

_NOTE = """BỘ NGOẠI GIAO
Số: 7/BNG-TH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 3 tháng 2 năm 2025
THÔNG TIN THAM KHẢO
Quan hệ Việt Nam – Bỉ
Kính gửi: Thứ trưởng phụ trách
- Vụ Tổng hợp
1. Việt Nam và Bỉ thiết lập quan hệ ngoại giao ngày 22/3/1973.
2. Đề nghị sớm ký Hiệp định hợp tác văn hóa.
Nơi nhận:
- Như trên;
- Lưu: VT."""


def test_the_addressee_line_goes_but_the_text_under_it_stays() -> None:
    cleaned = clean(_NOTE)
    assert "Kính gửi" not in cleaned.body and "Vụ Tổng hợp" not in cleaned.body
    assert "1. Việt Nam và Bỉ thiết lập quan hệ ngoại giao ngày 22/3/1973." in cleaned.body
    assert "2. Đề nghị sớm ký Hiệp định hợp tác văn hóa." in cleaned.body
    assert "Nơi nhận" not in cleaned.body and "Lưu: VT" not in cleaned.body


def test_a_capitals_line_over_a_headline_in_a_note_is_its_kind_not_its_title() -> None:
    cleaned = clean(_NOTE)
    assert cleaned.title == "Quan hệ Việt Nam – Bỉ"
    assert "THÔNG TIN THAM KHẢO" not in cleaned.body


def test_a_subject_line_with_a_colon_and_the_new_style_motto_are_letterhead() -> None:
    text = (
        "BỘ NGOẠI GIAO\nSố: 88/ĐBA-TH\nV/v: quan hệ Việt Nam - Mông Cổ\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Hà Nội, ngày 05 tháng 3 năm 2025\nGHI CHÚ\nVề quan hệ Việt Nam - Mông Cổ\n"
        "1. Việt Nam và Mông Cổ thiết lập quan hệ ngoại giao ngày 17/11/1954."
    )
    cleaned = clean(text)
    assert cleaned.title == "Về quan hệ Việt Nam - Mông Cổ"
    assert "CỘNG HÒA" not in cleaned.body and "V/v" not in cleaned.body
    assert cleaned.metadata.author == "" and cleaned.metadata.published_on == "2025-03-05"


def test_an_article_title_in_capitals_is_still_a_title() -> None:
    text = (
        "VIỆT NAM - BỈ TĂNG CƯỜNG HỢP TÁC\nViệt Nam và Bỉ thiết lập quan hệ ngoại giao ngày "
        "22/3/1973, hai bên nhất trí tăng cường hợp tác."
    )
    assert clean(text).title == "VIỆT NAM - BỈ TĂNG CƯỜNG HỢP TÁC"


# ---- countries -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Việt Nam và Ả Rập Xê Út thiết lập quan hệ", "SA"),
        ("hợp tác với Ả-rập Xê-út", "SA"),
        ("Đoàn đã thăm Mô-Dăm-Bích", "MZ"),
        ("Đại sứ Việt Nam tại Áo làm việc", "AT"),
        ("Bộ Ngoại giao Áo cho biết", "AT"),
        ("quan hệ Việt Nam - Đức", "DE"),
        ("trade between Vietnam and the UK rose", "GB"),
    ],
)
def test_press_spellings_and_short_names_in_a_country_context(text: str, code: str) -> None:
    assert code in _codes(text)


@pytest.mark.parametrize(
    "text",
    ["Áo dài Việt Nam được giới thiệu", "ông Nguyễn Minh Đức phát biểu", "Bộ trưởng Minh Đức"],
)
def test_short_names_that_are_ordinary_words_or_given_names_are_not_countries(text: str) -> None:
    assert not set(_codes(text)) - {"VN"}


# ---- dates ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Ngày 16-1, tại Ankara", "2025-01-16"),
        ("Sáng 18.1, tại Riyadh", "2025-01-18"),
        ("Chiều qua 3-2, đoàn đến", "2025-02-03"),
        ("thăm từ ngày 15 đến 17-1", "2025-01-15..2025-01-17"),
        ("from January 16 to 18, the first", "2025-01-16..2025-01-18"),
        ("on January 16-18, 2024", "2024-01-16..2024-01-18"),
        ("ngày 4.2.1950.", "1950-02-04"),
    ],
)
def test_day_and_month_with_a_hyphen_or_a_dot_after_a_day_word(text: str, iso: str) -> None:
    assert [d.iso for d in find_dates(text, context_year=2025)] == [iso]


@pytest.mark.parametrize(
    "text", ["tăng từ 1.5 lên 2-3 lần", "tỷ số 2-1", "đạt 3.1 triệu", "nhóm 12-16.5"]
)
def test_a_span_a_score_or_a_decimal_is_no_date(text: str) -> None:
    assert find_dates(text, context_year=2025) == []


# ---- candidates ----------------------------------------------------------------------------


def _candidates(body: str, partner: str, language: str = "vi") -> list:  # type: ignore[type-arg]
    meta = Metadata(context_year=2025, partners=(partner,), language=language)
    return find_candidates(body, meta)


def test_a_visit_takes_the_date_nearest_its_cue() -> None:
    body = (
        "Ngày 16-1, tại Ankara, Bộ trưởng Bùi Thanh Sơn hội đàm với Bộ trưởng Ngoại giao "
        "Thổ Nhĩ Kỳ nhân chuyến thăm chính thức Thổ Nhĩ Kỳ từ ngày 15 đến 17-1."
    )
    [visit] = [c for c in _candidates(body, "TR") if c.kind == "event"]
    assert visit.event_date.split("..")[0] == "2025-01-15"
    assert visit.metric == "visit.outbound"


def test_a_visit_written_from_to_in_english_is_an_event_not_a_comparison() -> None:
    body = "Deputy Prime Minister Sơn paid an official visit to South Africa from January 16 to 18."
    [visit] = [c for c in _candidates(body, "ZA", "en") if c.kind == "event"]
    assert visit.event_date == "2025-01-16..2025-01-18"
    assert visit.metric == "visit.outbound"


def test_the_cue_before_a_date_wins_over_one_after_it() -> None:
    body = (
        "Thủ tướng Phạm Minh Chính thăm chính thức Ả Rập Xê Út từ ngày 28 đến 31/10/2024 "
        "và dự Hội nghị Sáng kiến đầu tư tương lai."
    )
    [visit] = [c for c in _candidates(body, "SA") if c.kind == "event"]
    assert visit.metric == "visit.outbound"
    assert visit.pair == "VN-SA"


def test_a_figure_compared_from_a_year_keeps_its_own_period() -> None:
    body = "Bilateral trade reached US$2.4 billion in 2024, up 9 per cent from 2023."
    [trade] = [c for c in _candidates(body, "ZA", "en") if c.unit == "USD"]
    assert trade.period == "2024"


_PROSE = (
    "Ngày 20/1, tại Oslo, Bộ trưởng Bùi Thanh Sơn hội đàm với Ngoại trưởng Na Uy.\n"
    "Năm 2024, kim ngạch thương mại song phương đạt 1,2 tỷ USD.\n"
)


def test_a_box_under_a_heading_of_any_wording_inside_the_article_goes() -> None:
    text = (
        "Việt Nam - Na Uy hợp tác\n" + _PROSE + "Cùng sự kiện này\nGiá vàng hôm nay tăng"
        "\nThời tiết chuyển rét\nViệt Nam và Na Uy thiết lập quan hệ ngoại giao ngày 25/11/1971."
    )
    body = clean(text).body
    assert "Cùng sự kiện" not in body and "Giá vàng" not in body and "Thời tiết" not in body
    assert "thiết lập quan hệ ngoại giao ngày 25/11/1971." in body


def test_a_list_the_text_announces_or_marks_stays() -> None:
    announced = "Các văn kiện được ký gồm:\nHiệp định A\nHiệp định B\nHiệp định C\n"
    marked = "Hai bên ký\n- Hiệp định D\n- Hiệp định E\n- Hiệp định F\n"
    for block in (announced, marked):
        text = "Tiêu đề\n" + _PROSE + block + "Hai bên nhất trí tăng cường hợp tác."
        body = clean(text).body
        assert "Hiệp định" in body, block


def test_a_section_label_above_the_headline_is_not_the_title() -> None:
    text = "Politics\nViet Nam, Norway discuss offshore wind cooperation\n" + _PROSE
    assert clean(text).title == "Viet Nam, Norway discuss offshore wind cooperation"


def test_a_short_sentence_after_a_box_is_the_article_again() -> None:
    text = (
        "Tiêu đề bài viết về Na Uy\n" + _PROSE + "READ MORE\nHanoi to host flower festival\n"
        "Gold prices rise again\nThe two countries established diplomatic relations in 1971.\n"
        "Hai bên nhất trí tăng cường hợp tác trong các lĩnh vực năng lượng tái tạo."
    )
    body = clean(text).body
    assert "The two countries established diplomatic relations in 1971." in body
    assert "Gold prices" not in body


def test_a_printed_page_s_site_outranks_the_agency_its_lead_credits() -> None:
    text = (
        "21/01/2025 22:15    Vietnam, Chile boost trade ties | VietnamPlus\n"
        "Vietnam, Chile boost trade ties\nSantiago (VNA) - The ambassador met the deputy "
        "minister on January 20 to discuss preparations for high-level visits.\n"
    )
    assert "Vietnam+" in clean(text).metadata.outlet


@pytest.mark.parametrize(
    ("lead", "outlet"),
    [
        ("Hanoi, January 20 (VNA) – Vietnam and Chile agreed to boost trade", "TTXVN"),
        ("Dân trí - Việt Nam và Chile nhất trí thúc đẩy thương mại", "Dân Trí"),
        ("NDĐT - Việt Nam và Chile nhất trí thúc đẩy thương mại", "Báo Nhân Dân"),
        ("Hà Nội - Việt Nam và Chile nhất trí thúc đẩy thương mại", ""),
    ],
)
def test_the_outlet_that_opens_the_lead(lead: str, outlet: str) -> None:
    text = f"Tiêu đề bài viết về Chile\n{lead} trong cuộc hội đàm tại Hà Nội ngày 20/1.\n"
    assert clean(text).metadata.outlet == outlet


@pytest.mark.parametrize(
    ("byline", "author", "outlet"),
    [
        ("By Minh Anh, VNS", "Minh Anh", "Viet Nam News"),
        ("Bài, ảnh: Thanh Hà", "Thanh Hà", ""),
        ("Trần Minh/Báo Quốc tế", "Trần Minh", "Báo Quốc tế"),
    ],
)
def test_bylines_at_the_end(byline: str, author: str, outlet: str) -> None:
    cleaned = clean("Tiêu đề bài viết về Chile\n" + _PROSE + byline)
    assert (cleaned.metadata.author, cleaned.metadata.outlet) == (author, outlet)
    assert byline not in cleaned.body


def test_an_author_then_outlet_byline() -> None:
    text = "Tiêu đề bài viết về Ba Lan\nThu Hằng - Thanh Niên\n" + _PROSE
    cleaned = clean(text)
    assert cleaned.metadata.author == "Thu Hằng" and "Thu Hằng" not in cleaned.body


# ---- furniture and PDF paragraphs -------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "VNA/VNS Photo Dương Giang",
        "TTXVN Ảnh Lâm Khánh",
        "Hai bên tại buổi làm việc. (Nguồn: Đại sứ quán Việt Nam tại Áo)",
    ],
)
def test_agency_credits_and_bracketed_sources_under_pictures_are_credits(line: str) -> None:
    assert fur.credit_only(line) or fur.photo_credit(line)


def test_prose_citing_its_source_with_figures_is_not_a_credit() -> None:
    line = "Năm 2024, kim ngạch đạt 3,9 tỷ USD. (Nguồn: Tổng cục Hải quan)"
    assert not fur.photo_credit(line)


def test_a_pdf_timestamp_beside_a_box_does_not_join_the_title() -> None:
    text = (
        "Việt Nam và Bỉ thúc đẩy\nhợp tác logistics\n24/01/2025 11:20\nHà Nội (TTXVN) - "
        "Ngày 23/1, hai bên đã ký kết biên bản ghi nhớ về hợp tác cảng biển và logistics."
    )
    paragraphs = reflow(text).split("\n\n")
    assert paragraphs[0] == "Việt Nam và Bỉ thúc đẩy hợp tác logistics"
    assert paragraphs[1] == "24/01/2025 11:20"


def test_a_large_font_headline_keeps_its_last_short_line() -> None:
    body = "Hai bên nhất trí tăng cường hợp tác " + "x" * 40
    text = (
        f"Việt Nam - Bỉ đặt\nmục tiêu thương mại 4 tỷ\nUSD\n\n{body} một.\n{body} hai.\n{body} ba."
    )
    assert reflow(text).split("\n\n")[0] == "Việt Nam - Bỉ đặt mục tiêu thương mại 4 tỷ USD"


def test_a_caption_ends_at_its_credit_even_without_a_full_stop() -> None:
    width = "Phó Thủ tướng nhấn mạnh Việt Nam luôn ghi nhớ sự ủng hộ quý báu của bạn bè."
    text = (
        f"{width}\nPhó Thủ tướng tiếp Bộ trưởng Benjamin Dousa - Ảnh: VGP/Hải Minh\n"
        f"{width[:-1]}\nquốc tế trong nhiều năm qua."
    )
    paragraphs = reflow(text).split("\n\n")
    assert "Phó Thủ tướng tiếp Bộ trưởng Benjamin Dousa - Ảnh: VGP/Hải Minh" in paragraphs


def test_a_sentence_cut_by_a_column_break_runs_on_in_one_paragraph() -> None:
    full = "Hai bên nhất trí thúc đẩy hợp tác trong các lĩnh vực dệt may, xây dựng, du lịch"
    text = f"{full}\n{full} và các chuyến bay thẳng giữa\n\nIstanbul với Hà Nội."
    assert len(reflow(text).split("\n\n")) == 1


def test_outlet_names_with_and_or_ampersand_are_one_outlet() -> None:
    assert known_outlet("Thế giới & Việt Nam") == known_outlet("Thế giới và Việt Nam") != ""


def test_an_agency_in_the_author_markup_is_not_the_author() -> None:
    page = (
        b"<html><head><title>T</title></head><body><article><h1>T</h1>"
        b'<span class="author">VNA</span><p>' + b"Hanoi (VNA) - The two sides met. " * 5 + b"</p>"
        b"</article></body></html>"
    )
    assert read_webpage(page, "a.html").author == ""


def test_the_last_paragraph_above_a_photo_credit_is_the_articles_own() -> None:
    """Found on text written after the work (a VN-Kenya article): the credit of the lead
    photo printed after the last paragraph took that paragraph away as its "caption"."""
    from briefer.ingest.clean import clean

    last = (
        "Phía đối tác đề nghị Việt Nam chia sẻ kinh nghiệm trong sản xuất lúa gạo và nuôi "
        "trồng thủy sản ở vùng khô hạn."
    )
    text = (
        "Hợp tác nông nghiệp được mở rộng\n\n"
        "Hai bên nhất trí rằng quan hệ hai nước đang phát triển tốt đẹp kể từ khi thiết lập "
        "quan hệ ngoại giao năm 1995.\n\n"
        f"{last}\n\nẢnh: Minh Anh/TTXVN\n"
    )
    cleaned = clean(text)
    assert last in cleaned.body
    assert "Minh Anh" not in cleaned.body


def test_a_short_caption_above_its_credit_still_goes() -> None:
    from briefer.ingest.clean import clean

    text = (
        "Hợp tác nông nghiệp được mở rộng\n\n"
        "Hai bên nhất trí rằng quan hệ hai nước đang phát triển tốt đẹp kể từ khi thiết lập "
        "quan hệ ngoại giao năm 1995.\n\n"
        "Thứ trưởng tiếp Đại sứ tại Hà Nội.\n\nẢnh: Minh Anh/TTXVN\n\n"
        "Hai bên cũng trao đổi về hợp tác giáo dục và đào tạo nguồn nhân lực trong thời gian "
        "tới.\n"
    )
    cleaned = clean(text)
    assert "Thứ trưởng tiếp Đại sứ" not in cleaned.body
    assert "hợp tác giáo dục" in cleaned.body
