"""Shapes no corpus set had, each on wording of its own (issue 19, fifth round): a short
article sentence above a photo credit, the outlet's bracketed tag before the lead, closing
bylines, inline "read more" links, English country adjectives, a capitals headline over its
subtitle, salutations a PDF joined to the first sentence; then titles, outlets, dates and
authors in page shapes the sets lack.
"""

from __future__ import annotations

from pathlib import Path

from briefer.ingest.analysis import analyse
from briefer.ingest.clean import clean

_TITLE = "Việt Nam và Ethiopia bàn hợp tác trong lĩnh vực nông nghiệp"
_LEAD = (
    "Sáng 10/6, tại Hà Nội, Bộ trưởng Bộ Nông nghiệp và Môi trường tiếp Đại sứ Ethiopia "
    "tại Việt Nam, hai bên trao đổi về hợp tác giống cây trồng và thủy lợi."
)
_MORE = "Hai bên nhất trí thúc đẩy trao đổi đoàn các cấp trong thời gian tới, nhất là về thủy lợi."


def _body(*lines: str) -> str:
    return clean("\n".join(lines)).body


def test_a_short_sentence_with_news_of_its_own_above_a_photo_credit_stays() -> None:
    sentence = "Phía Ethiopia mong muốn học hỏi kinh nghiệm trồng cà phê của Tây Nguyên."
    for credit in ("Ảnh minh họa: Internet", "Ảnh: TTXVN", "(Ảnh: Bộ NN&MT)"):
        body = _body(_TITLE, _LEAD, sentence, credit, _MORE)
        assert sentence in body, credit
        assert credit not in body


def test_a_caption_that_restates_the_lead_above_its_credit_still_goes() -> None:
    caption = "Bộ trưởng Bộ Nông nghiệp và Môi trường tiếp Đại sứ Ethiopia tại Hà Nội."
    body = _body(_TITLE, _LEAD, caption, "Ảnh: Minh Khôi", _MORE)
    assert caption not in body
    assert _LEAD in body and _MORE in body


def test_a_caption_of_people_posing_for_the_photo_goes() -> None:
    caption = "Đại sứ Ethiopia chụp ảnh lưu niệm cùng cán bộ của Bộ."
    body = _body(_TITLE, _LEAD, caption, "Ảnh: Minh Khôi", _MORE)
    assert caption not in body


def test_the_outlets_bracketed_tag_leaves_the_lead_and_names_the_outlet() -> None:
    rest = _LEAD
    for tag, outlet in (
        ("(NNMT) - ", "NNMT"),
        ("(Chinhphu.vn) – ", "Chính phủ"),
        ("HÀ NỘI (TTXVN) — ", "TTXVN"),
        ("Cần Thơ (CTO)- ", "Báo Cần Thơ"),  # (Cần Thơ Online's initials: the paper)
    ):
        cleaned = clean("\n".join((_TITLE, tag + rest, _MORE)))
        assert cleaned.body.startswith("Sáng 10/6, tại Hà Nội"), tag
        assert outlet.casefold() in cleaned.metadata.outlet.casefold(), tag


def test_a_dated_dateline_leaves_the_lead_and_brackets_inside_the_sentence_stay() -> None:
    # (a dateline with its day leaves too, as datelines of every other form do: it dates
    # the article, it is no words of the story)
    dated = "Addis Ababa, June 10 (VNA) – Ethiopia and Vietnam agreed to expand farm trade."
    body = _body("Ethiopia and Vietnam to expand farm trade", dated, _MORE)
    assert body.startswith("Ethiopia and Vietnam agreed") and "June 10" not in body
    aside = "(Theo thống kê) - số liệu cho thấy hợp tác còn khiêm tốn."
    assert aside in _body(_TITLE, aside, _MORE)


def test_a_closing_byline_over_a_run_of_headlines_is_the_author() -> None:
    headlines = (
        "Giá xăng dầu hôm nay giảm nhẹ trên thị trường",
        "Bão số 3 đổ bộ vào các tỉnh ven biển miền Trung",
        "Câu lạc bộ Hải Phòng thắng trận thứ năm liên tiếp",
    )
    for name, author in (
        ("LAN HƯƠNG - QUỐC VIỆT", "Lan Hương - Quốc Việt"),  # (joined as written)
        ("Trần Đức Huy (theo AFP)", "Trần Đức Huy"),
    ):
        cleaned = clean("\n".join((_TITLE, _LEAD, _MORE, "Ảnh: TTXVN", name, *headlines)))
        assert cleaned.metadata.author == author
        for gone in (name, *headlines):
            assert gone not in cleaned.body


def test_read_on_links_go_on_their_own_line_or_after_a_paragraph() -> None:
    link = "Bài trước: Ethiopia mở rộng hợp tác cà phê với Tây Nguyên"
    text = "\n".join(
        (
            _TITLE,
            _LEAD + " Đọc tiếp: Nông sản Ethiopia tìm đường vào siêu thị Việt",
            "XEM THÊM: Hội chợ nông nghiệp châu Phi tại TP.HCM",
            "» Mời đọc: Đường bay thẳng tới Addis Ababa",
            _MORE,
            "Đọc thêm >> Những giống lúa chịu hạn cho vùng Sừng châu Phi",
            link,
        )
    )
    body = clean(text).body
    assert body.split("\n\n") == [_LEAD, _MORE]
    # a sentence that only says "xem" stays: "Xem thêm các văn kiện đã ký." has no link shape
    keep = "Hai bên cũng bàn về y tế. Xem thêm các văn kiện đã ký tại phụ lục."
    assert keep in _body(_TITLE, _LEAD, keep, _MORE)


# ---- found by dev4 (each on wording of its own) ---------------------------------------


def test_a_page_sets_a_subtitle_and_a_summary_both_kept_and_the_tag_leaves_the_summary(
    tmp_path: Path,
) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Cà phê Ethiopia vào Việt Nam tăng mạnh | Báo Nông Thôn</title>"
        "</head><body><div class='headline' style='font-size:30px'>Cà phê Ethiopia vào Việt "
        "Nam tăng mạnh</div><h3 class='subtitle'>Ethiopia đề xuất mở văn phòng xúc tiến "
        "thương mại tại TP.HCM</h3><div class='summary'>(NTO) - Theo số liệu của Cục Thống "
        "kê, trong 9 tháng năm 2025, kim ngạch thương mại Việt Nam - Ethiopia đạt 95 triệu "
        "USD, tăng 15% so với cùng kỳ năm 2024.</div><div class='content'><p>Trong đó, Việt "
        "Nam nhập khẩu từ Ethiopia 61 triệu USD, chủ yếu là cà phê nhân và vừng.</p><p>Hai "
        "bên nhất trí tổ chức hội chợ cà phê tại Addis Ababa trong năm 2026 để quảng bá sản "
        "phẩm.</p></div></body></html>",
        encoding="utf-8",
    )
    result = analyse(page)
    assert result.metadata.title == "Cà phê Ethiopia vào Việt Nam tăng mạnh"
    assert result.metadata.outlet == "Báo Nông Thôn"
    assert "Theo số liệu của Cục Thống kê, trong 9 tháng" in result.cleaned.body
    assert "(NTO)" not in result.cleaned.body
    periods = {c.value: c.period for c in result.candidates if c.kind == "figure"}
    assert periods[95e6] == "2025-01..2025-09"
    assert periods[61e6] == "2025-01..2025-09"  # "Trong đó": the total's period
    assert periods[15.0] == "2025-01..2025-09"  # never the year it is compared with


def test_a_title_part_the_page_shows_is_the_headline_in_either_order(tmp_path: Path) -> None:
    for title in (
        "Báo Nông Thôn - Cà phê Ethiopia vào Việt Nam tăng mạnh",
        "Cà phê Ethiopia vào Việt Nam tăng mạnh – Kinh tế – Báo Nông Thôn",
    ):
        page = tmp_path / "p.html"
        page.write_text(
            f"<html><head><title>{title}</title></head><body><div class='tieu-de'>Cà phê "
            f"Ethiopia vào Việt Nam tăng mạnh</div><p>{_LEAD}</p><p>{_MORE}</p></body></html>",
            encoding="utf-8",
        )
        assert analyse(page).metadata.title == "Cà phê Ethiopia vào Việt Nam tăng mạnh", title


def test_a_site_name_before_its_tagline_is_the_masthead_and_a_labelled_path_a_menu() -> None:
    for masthead, outlet in (
        ("Báo Nông Thôn - Cơ quan của Hội Nông dân Việt Nam", "Báo Nông Thôn"),
        ("BÁO NÔNG THÔN - CƠ QUAN CỦA HỘI NÔNG DÂN VIỆT NAM", "Báo Nông Thôn"),
    ):
        cleaned = clean(
            "\n".join((masthead, "Mục: Kinh tế - Thị trường › Nông sản", _TITLE, _LEAD, _MORE))
        )
        assert cleaned.title == _TITLE
        assert cleaned.metadata.outlet == outlet
        assert cleaned.body.split("\n\n") == [_LEAD, _MORE]


def test_press_transcriptions_and_english_adjectives_name_their_countries() -> None:
    from briefer.ingest.countries import count_countries

    for text, code in (
        ("Đoàn Bộ Y tế Vương quốc Hát-si-mít Gioóc-đa-ni thăm Việt Nam", "JO"),
        ("Bộ trưởng Cô-oét tiếp Đại sứ Việt Nam", "KW"),
        ("Hợp tác với Tan-da-ni-a về hạt điều", "TZ"),
        ("The Vietnamese-Bolivian business forum opened in La Paz", "BO"),
        ("Icelandic seafood firms plan to invest in Viet Nam", "IS"),
        ("Kenyan tea exporters met their partners", "KE"),
    ):
        assert count_countries(text)[code] == 1, text
    assert not count_countries("Latin American markets and the Indian Ocean")
    assert not count_countries("a factory in Thai Nguyen province")


def test_a_kicker_in_capitals_over_the_headline_and_a_print_header_ending_on_its_time() -> None:
    text = "\n".join(
        (
            "Báo Nông Thôn điện tử - Bản in - 12/06/2025 10:41",
            "BÁO NÔNG THÔN · Cơ quan của Hội Nông dân Việt Nam",
            "HỢP TÁC NÔNG NGHIỆP",
            _TITLE,
            "11/06/2025 | 17:30",
            _LEAD,
            _MORE,
        )
    )
    cleaned = clean(text)
    assert cleaned.title == _TITLE
    assert cleaned.metadata.outlet == "Báo Nông Thôn"
    assert cleaned.body.split("\n\n") == [_LEAD, _MORE]
    # a byline's own stamp is no print header
    from briefer.ingest.printmarks import print_stamp

    assert not print_stamp("Thu Hằng - 12/06/2025 10:41")


def test_an_english_wire_page_its_masthead_dateline_and_a_credit_before_its_caption() -> None:
    text = "\n".join(
        (
            "Andes Wire - South American News Agency",
            "English | Español",
            "Ethiopia and Peru explore coffee cooperation",
            "Quito, Oct 2 (Andes Wire)",
            "Ethiopia and Peru agreed on Wednesday to strengthen cooperation in coffee, "
            "agriculture and trade during talks held in Lima.",
            "The two sides established diplomatic relations on March 3, 1965.",
            "(Photo: Ministry of Foreign Affairs) Ministro recibe al embajador de Etiopía.",
        )
    )
    cleaned = clean(text)
    assert cleaned.title == "Ethiopia and Peru explore coffee cooperation"
    assert cleaned.metadata.outlet == "Andes Wire"
    assert cleaned.body.startswith("Ethiopia and Peru agreed")
    assert "Photo" not in cleaned.body and "Quito, Oct 2" not in cleaned.body


def test_a_credit_after_a_dash_ends_its_caption() -> None:
    line = "Đại sứ Ethiopia làm việc với lãnh đạo tỉnh. Ảnh - Minh Khôi"
    assert line not in _body(_TITLE, _LEAD, line, _MORE)


def test_a_quoted_statement_does_not_hide_the_article_that_quotes_it(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    items = "".join(
        f"<p>{i}. The two sides agreed to expand cooperation in field number {i}, including "
        "trade, agriculture, tourism, education and culture, in the years to come.</p>"
        for i in range(1, 6)
    )
    page.write_text(
        "<html><head><title>Ethiopia, Peru agree to meet again</title></head><body><main>"
        "<h1>Ethiopia, Peru agree to meet again</h1><div class='news'><p>Addis Ababa, Nov. 2 "
        "(ENA): Ethiopia and Peru have agreed to hold their next consultation in Lima in "
        "2026.</p><p>The following is the text of the joint statement issued on Wednesday:"
        f"</p><blockquote>{items}</blockquote></div></main></body></html>",
        encoding="utf-8",
    )
    body = analyse(page).cleaned.body
    assert "have agreed to hold their next consultation in Lima" in body
    assert "5. The two sides agreed" in body


def test_a_founding_date_before_an_anniversary_stays_the_founding() -> None:
    from briefer.ingest.candidates import find_candidates

    body = (
        "The two sides recalled that Ethiopia and Viet Nam established diplomatic relations "
        "on February 17, 1976, and welcomed the 50th anniversary of relations in 2026."
    )
    dates = {c.event_date for c in find_candidates(body) if c.kind == "event"}
    assert "1976-02-17" in dates and "1926" not in dates


def test_a_speech_its_salutations_and_an_institution_over_its_headline() -> None:
    from briefer.ingest.candidates import find_candidates

    text = "\n".join(
        (
            "HỌC VIỆN NÔNG NGHIỆP VIỆT NAM - BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
            "Tin tức / Hợp tác quốc tế",
            "Phát biểu chào mừng Đoàn đại biểu Bộ Nông nghiệp Ethiopia",
            "Kính thưa Ngài Bộ trưởng, Kính thưa các vị khách quý, các thầy cô và các bạn! "
            "Hôm nay Học viện vui mừng đón tiếp đoàn đại biểu Ethiopia tới thăm và làm việc.",
            "Tuy nhiên, hợp tác còn khiêm tốn: năm 2024, kim ngạch thương mại song phương đạt "
            "khoảng 95 triệu USD.",
        )
    )
    cleaned = clean(text)
    assert cleaned.metadata.outlet.casefold() == "học viện nông nghiệp việt nam"
    found = find_candidates(cleaned.body, cleaned.metadata)
    assert all(not c.quote.startswith("Kính thưa") for c in found)
    figures = [c for c in found if c.value == 95e6]
    assert figures and figures[0].period == "2024"  # the period after the colon is its own


def test_a_byline_cell_with_a_line_break_before_its_dotted_stamp(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Ethiopia and Estonia sign a memorandum | News | ENA</title>"
        "<meta property='og:site_name' content='ENA'></head><body>"
        "<h1>Ethiopia and Estonia sign a memorandum</h1>"
        "<div class='byline'>Abebe Kebede<br><span class='date'>12.06.2025 08:15</span></div>"
        f"<div class='text'><p>{_LEAD}</p><p>{_MORE}</p></div></body></html>",
        encoding="utf-8",
    )
    meta = analyse(page).metadata
    assert (meta.author, meta.published_on) == ("Abebe Kebede", "2025-06-12")


def test_a_visit_takes_its_own_span_and_a_span_ending_on_den_is_no_visiting_verb() -> None:
    from briefer.ingest.candidates import find_candidates

    visits = [
        c
        for c in find_candidates(
            "Ethiopia's Deputy Prime Minister held talks in Hanoi on June 11 with his "
            "Vietnamese counterpart during his official visit to Vietnam from June 10-12, 2025."
        )
        if c.metric.startswith("visit")
    ]
    assert visits and visits[0].event_date.startswith("2025-06-10")
    assert visits[0].metric == "visit.inbound"
    inbound = [
        c
        for c in find_candidates(
            "Từ ngày 8 đến 10/7/2025, Đoàn Bộ Nông nghiệp Ê-ti-ô-pi-a do Thứ trưởng dẫn đầu đã "
            "thăm và làm việc tại Việt Nam."
        )
        if c.metric.startswith("visit")
    ]
    assert inbound and inbound[0].metric == "visit.inbound"


# ---- shapes no set has (titles, outlets, dates, authors), probed -----------------------


def test_a_headline_in_capitals_over_its_subtitle_is_the_title() -> None:
    subtitle = "Ethiopia muốn học hỏi kinh nghiệm thủy lợi của Việt Nam"
    cleaned = clean("\n".join((_TITLE.upper(), subtitle, "12/06/2025", _LEAD, _MORE)))
    assert cleaned.title == _TITLE.upper()
    assert cleaned.metadata.published_on == "2025-06-12"


def test_a_menu_row_set_apart_by_gaps_is_no_title_and_a_four_word_kicker_no_title() -> None:
    for top in ("TRANG NHẤT  KINH TẾ  NÔNG THÔN MỚI  THẾ GIỚI  BẠN ĐỌC", "Hợp tác quốc tế"):
        cleaned = clean("\n".join((top, _TITLE, "12/06/2025", _LEAD, _MORE)))
        assert cleaned.title == _TITLE, top
        assert cleaned.body.split("\n\n") == [_LEAD, _MORE], top


def test_a_kicker_above_a_pages_headline_stays_above_it_and_names_no_author(
    tmp_path: Path,
) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        f"<html><head><title>{_TITLE}</title></head><body><div class='kicker'>ĐỐI NGOẠI</div>"
        f"<h1>{_TITLE}</h1><div class='date'>Thứ Năm, 12/6/2025 08:15 (GMT+7)</div>"
        f"<p>{_LEAD}</p><p>{_MORE}</p></body></html>",
        encoding="utf-8",
    )
    result = analyse(page)
    assert (result.metadata.title, result.metadata.author) == (_TITLE, "")
    assert result.metadata.published_on == "2025-06-12"
    assert result.cleaned.body.split("\n\n") == [_LEAD, _MORE]


def test_updated_beside_posted_takes_the_posted_day_in_text_and_on_a_page(tmp_path: Path) -> None:
    stamp = "Cập nhật: 13/06/2025 09:00 | Đăng: 12/06/2025 08:15"
    assert clean("\n".join((_TITLE, stamp, _LEAD, _MORE))).metadata.published_on == "2025-06-12"
    page = tmp_path / "page.html"
    page.write_text(
        f"<html><head><title>{_TITLE}</title></head><body><h1>{_TITLE}</h1><div class='meta'>"
        "<span>Cập nhật: 13/06/2025 09:00</span> · <span>Đăng: 12/06/2025 08:15</span></div>"
        f"<p>{_LEAD}</p><p>{_MORE}</p></body></html>",
        encoding="utf-8",
    )
    assert analyse(page).metadata.published_on == "2025-06-12"


def test_a_site_named_only_by_its_logo_its_copyright_or_its_print_header(tmp_path: Path) -> None:
    for marks in (
        "<header><img src='/img/logo.png' alt='Báo Nông Thôn Ngày Nay'></header>",
        "<footer>© 2025 Báo Nông Thôn Ngày Nay. Ghi rõ nguồn khi phát hành lại.</footer>",
    ):
        page = tmp_path / "page.html"
        page.write_text(
            f"<html><head><title>{_TITLE}</title></head><body>{marks}<h1>{_TITLE}</h1>"
            f"<p>{_LEAD}</p><p>{_MORE}</p></body></html>",
            encoding="utf-8",
        )
        assert analyse(page).metadata.outlet == "Báo Nông Thôn Ngày Nay", marks
    printed = clean(
        "\n".join(
            (
                f"12/6/25, 10:41 {_TITLE} - Báo Nông Thôn Ngày Nay",
                _TITLE,
                _LEAD,
                _MORE,
                "https://nongthonngaynay.vn/a-123.html",
                "1/3",
            )
        )
    )
    assert printed.metadata.outlet == "Báo Nông Thôn Ngày Nay"
    assert printed.body.split("\n\n") == [_LEAD, _MORE]


def test_a_lone_label_between_paragraphs_goes_and_the_lead_above_a_credit_stays() -> None:
    for label in ("Quảng cáo", "Lượt xem: 1.234", "3 min read", "Video đang xem nhiều"):
        assert _body(_TITLE, _LEAD, label, _MORE).split("\n\n") == [_LEAD, _MORE], label
    # a list the text announces stays
    listed = _body(_TITLE, _LEAD + " Hai bên ký các văn kiện sau:", "Nông nghiệp", _MORE)
    assert "Nông nghiệp" in listed
    # the first paragraph under the headline, above a credit: long, of several clauses and
    # telling what no line above told, it is the article's, not a caption
    assert _LEAD in _body(_TITLE, _LEAD, "Nguồn ảnh: Internet", _MORE)


def test_stamps_alone_a_name_then_its_day_and_a_stamp_in_capitals() -> None:
    lead = (
        "Ethiopia and Viet Nam agreed on Tuesday to expand cooperation in coffee processing, "
        "irrigation and seed research, officials said."
    )
    more = "The two countries established diplomatic relations on February 17, 1976."
    title = "Ethiopia and Vietnam agree to expand coffee cooperation"
    for stamp, author in (
        ("12.06.2025", ""),
        ("Abebe Kebede - June 12, 2025", "Abebe Kebede"),
        ("THURSDAY, JUNE 12, 2025", ""),
        ("Published on 12/06/2025", ""),
    ):
        cleaned = clean("\n".join((title, stamp, lead, more)))
        assert cleaned.metadata.published_on == "2025-06-12", stamp
        assert cleaned.body.split("\n\n") == [lead, more], stamp
        assert cleaned.metadata.author == author, stamp
    # a version number inside a sentence stays a version
    from briefer.ingest import stamplines

    assert not stamplines.timestamp("Phiên bản 2.10.2024 của phần mềm")[0]


def test_english_head_lines_and_credits_around_the_lead() -> None:
    title = "Ethiopia and Vietnam agree to expand coffee cooperation"
    lead = (
        "Ethiopia and Viet Nam agreed on Tuesday to expand cooperation in coffee processing, "
        "irrigation and seed research, officials said."
    )
    more = "The two countries established diplomatic relations on February 17, 1976."
    for head in ("Share this article", "Updated 2 hours ago", "Abebe Kebede, ENA", "ENA"):
        cleaned = clean("\n".join((title, head, lead, more)))
        assert cleaned.body.split("\n\n") == [lead, more], head
    for credit in ("Photo: VNA", "(Photo: Reuters)", "Image: Ministry of Foreign Affairs"):
        # the lead under the headline, above a credit: the article's, never a caption
        assert clean("\n".join((title, lead, credit, more))).body.split("\n\n") == [lead, more]
    assert "Also read" not in clean("\n".join((title, lead, "Also read: Coffee up", more))).body


def test_a_foreign_ministrys_release_its_place_and_day() -> None:
    text = "\n".join(
        (
            "MINISTRY OF FOREIGN AFFAIRS",
            "FEDERAL DEMOCRATIC REPUBLIC OF ETHIOPIA",
            "PRESS RELEASE",
            "Ethiopia and Viet Nam hold second political consultation",
            "Addis Ababa, 12 June 2025",
            "Ethiopia and Viet Nam held their second political consultation in Addis Ababa on "
            "11 June 2025, co-chaired by the two deputy foreign ministers.",
            "The two sides agreed to expand cooperation in agriculture, education and trade.",
        )
    )
    cleaned = clean(text)
    assert cleaned.title == "Ethiopia and Viet Nam hold second political consultation"
    assert cleaned.metadata.outlet == "Ministry of Foreign Affairs"  # Ethiopia's, not Việt Nam's
    assert cleaned.metadata.published_on == "2025-06-12"
    assert cleaned.body.startswith("Ethiopia and Viet Nam held")


def test_a_printed_pdf_names_a_site_the_table_lacks_from_its_print_header(tmp_path: Path) -> None:
    from benchmarks.corpus import build_pdf

    pdf = tmp_path / "printed.pdf"
    build_pdf(
        {
            "print_header": f"12/6/25, 10:41 {_TITLE} - Báo Nông Thôn Ngày Nay",
            "print_footer": "https://nongthonngaynay.vn/ethiopia-123.html {page}/{pages}",
            "blocks": [{"h": _TITLE}, {"p": "12/06/2025 08:15", "small": True}]
            + [{"p": _LEAD}, {"p": _MORE}] * 6,
        },
        pdf,
    )
    result = analyse(pdf)
    assert result.metadata.outlet == "Báo Nông Thôn Ngày Nay"
    assert result.metadata.title == _TITLE
    assert "nongthonngaynay.vn/" not in result.cleaned.body


def test_a_caption_in_a_table_cell_under_its_image_goes(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        f"<html><head><title>{_TITLE}</title></head><body><h1>{_TITLE}</h1><article>"
        f"<p>{_LEAD}</p><table class='pic'><tr><td><img src='a.jpg'></td></tr><tr><td><p>"
        "Quang cảnh buổi tiếp tại Hà Nội</p></td></tr></table>"
        f"<p>{_MORE}</p></article></body></html>",
        encoding="utf-8",
    )
    assert analyse(page).cleaned.body.split("\n\n") == [_LEAD, _MORE]


def test_last_year_is_the_year_before_publication() -> None:
    from dataclasses import replace

    from briefer.ingest.candidates import find_candidates

    for text in (
        "Năm ngoái, kim ngạch thương mại Việt Nam - Ethiopia đạt 95 triệu USD.",
        "Trade between Vietnam and Ethiopia reached 95 million USD last year.",
    ):
        cleaned = clean(f"{_TITLE}\n{text}\n{_MORE}")
        meta = replace(cleaned.metadata, published_on="2025-06-12", context_year=2025)
        figures = [c for c in find_candidates(cleaned.body, meta) if c.value == 95e6]
        assert figures and figures[0].period == "2024", text
    # "… so với năm ngoái" is what a change is compared with, not the figure's year
    cleaned = clean(f"{_TITLE}\nKim ngạch tăng 12% so với năm ngoái.\n{_MORE}")
    meta = replace(cleaned.metadata, published_on="2025-06-12", context_year=2025)
    assert all(c.period != "2024" for c in find_candidates(cleaned.body, meta))


def test_a_bare_photo_pointer_in_a_sentence_keeps_the_sentence() -> None:
    sentence = "Đại sứ Ethiopia đánh giá cao kinh nghiệm của Việt Nam (ảnh)."
    assert sentence in _body(_TITLE, _LEAD, sentence, _MORE)
    assert "Ảnh: Minh" not in _body(_TITLE, _LEAD, "Quang cảnh buổi tiếp (Ảnh: Minh Khôi)", _MORE)


def test_a_short_sentence_in_a_reports_tense_above_a_credit_stays_a_caption_goes() -> None:
    for line, stays in (
        ("Hai bên đã ký 3 văn kiện hợp tác.", True),
        ("The two sides agreed to meet again in Addis Ababa.", True),
        ("Quang cảnh buổi tiếp.", False),
        ("Bộ trưởng tiếp Đại sứ Ethiopia.", False),
    ):
        assert (line in _body(_TITLE, _LEAD, line, "Ảnh: TTXVN", _MORE)) is stays, line


def test_a_foreign_agency_or_an_embassy_over_the_headline_is_the_masthead() -> None:
    title = "Ethiopia and Vietnam agree to expand coffee cooperation"
    lead = (
        "Ethiopia and Viet Nam agreed on Tuesday to expand cooperation in coffee processing, "
        "irrigation and seed research, officials said."
    )
    for top, outlet in (
        ("ETHIOPIAN NEWS AGENCY", "Ethiopian News Agency"),
        ("Embassy of Ethiopia in Hanoi", "Embassy of Ethiopia in Hanoi"),
    ):
        cleaned = clean("\n".join((top, title, "June 12, 2025", lead)))
        assert (cleaned.title, cleaned.metadata.outlet) == (title, outlet), top
        assert cleaned.body == lead


def test_an_unknown_outlet_in_the_leads_brackets_or_after_the_closing_byline() -> None:
    cleaned = clean("\n".join((_TITLE, "(Báo Nông Thôn) - " + _LEAD, _MORE)))
    assert cleaned.metadata.outlet == "Báo Nông Thôn"
    assert cleaned.body.startswith("Sáng 10/6")
    cleaned = clean("\n".join((_TITLE, _LEAD, _MORE, "Minh Khôi - Báo Nông Thôn")))
    assert (cleaned.metadata.author, cleaned.metadata.outlet) == ("Minh Khôi", "Báo Nông Thôn")
    # a figure alone between two paragraphs is no label
    figure = "Dân số: 126 triệu người"
    assert figure in _body(_TITLE, _LEAD, figure, _MORE)


def test_a_site_name_in_the_markup_as_a_domain_or_with_its_tagline(tmp_path: Path) -> None:
    for head in (
        f"<meta property='og:site_name' content='baonongthon.vn'><title>{_TITLE} | Báo Nông "
        "Thôn</title>",
        "<meta property='og:site_name' content='Báo Nông Thôn - Tiếng nói của nhà nông'>"
        f"<title>{_TITLE}</title>",
    ):
        page = tmp_path / "page.html"
        page.write_text(
            f"<html><head>{head}</head><body><h1>{_TITLE}</h1><p>{_LEAD}</p><p>{_MORE}</p>"
            "</body></html>",
            encoding="utf-8",
        )
        assert analyse(page).metadata.outlet == "Báo Nông Thôn", head


def test_a_provincial_papers_address_names_the_paper() -> None:
    from briefer.ingest.outletnames import outlet_of_url

    assert outlet_of_url("https://baonghean.vn/a-123.html") == "Báo Nghệ An"
    assert outlet_of_url("https://www.baobariavungtau.com.vn/x") == "Báo Bà Rịa - Vũng Tàu"
    assert outlet_of_url("https://baomoi.com/x") == "baomoi.com"  # no province: the domain


def test_a_title_ending_on_a_name_of_an_outlets_kind_gives_headline_and_site(
    tmp_path: Path,
) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        f"<html><head><title>{_TITLE} - Báo Nông Thôn Ngày Nay</title></head><body>"
        f"<p>{_LEAD}</p><p>{_MORE}</p></body></html>",
        encoding="utf-8",
    )
    meta = analyse(page).metadata
    assert (meta.title, meta.outlet) == (_TITLE, "Báo Nông Thôn Ngày Nay")


def test_a_notes_list_under_its_title_stays_and_an_aside_in_brackets_is_no_outlet() -> None:
    text = "\n".join(
        (
            "THÔNG TIN CƠ BẢN VỀ CỘNG HÒA DÂN CHỦ LIÊN BANG Ê-TI-Ô-PI-A",
            "(Tài liệu phục vụ chuyến thăm của Đoàn)",
            "- Thủ đô: Addis Ababa",
            "- Dân số: khoảng 126 triệu người (2024)",
            _LEAD,
        )
    )
    cleaned = clean(text)
    assert "- Dân số: khoảng 126 triệu người (2024)" in cleaned.body
    assert "- Thủ đô: Addis Ababa" in cleaned.body
    assert cleaned.metadata.outlet == ""


def test_an_english_letterheads_place_and_day_dates_the_note() -> None:
    text = "\n".join(
        (
            "MINISTRY OF INDUSTRY AND TRADE",
            "Ha Noi, 12 June 2025",
            "BRIEFING NOTE",
            "Viet Nam - Ethiopia trade relations",
            "Viet Nam and Ethiopia established diplomatic relations on 17 February 1976, and "
            "two-way trade reached 95 million USD in 2024.",
        )
    )
    assert clean(text).metadata.published_on == "2025-06-12"


def test_a_pages_author_cell_credited_as_translator(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        f"<html><head><title>{_TITLE}</title></head><body><h1>{_TITLE}</h1>"
        "<p class='story__author'>Translated by Minh Khôi</p>"
        f"<p>{_LEAD}</p><p>{_MORE}</p></body></html>",
        encoding="utf-8",
    )
    assert analyse(page).metadata.author == "Minh Khôi"


def test_an_h1_that_holds_the_sites_name_is_no_headline(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        f"<html><head><title>{_TITLE} - Báo Nông Thôn</title></head><body>"
        f"<h1 class='logo'><a>Báo Nông Thôn</a></h1><h2 class='title'>{_TITLE}</h2>"
        f"<p>{_LEAD}</p><p>{_MORE}</p></body></html>",
        encoding="utf-8",
    )
    result = analyse(page)
    assert (result.metadata.title, result.metadata.outlet) == (_TITLE, "Báo Nông Thôn")
    assert result.cleaned.body.split("\n\n") == [_LEAD, _MORE]


def test_a_change_over_the_same_period_of_a_year_is_of_the_figures_own_period(
    tmp_path: Path,
) -> None:
    """ "… an increase of 6.4 percent over the same period of 2023": 2023 is the base the
    change is measured against; the change is of the first eight months of 2024, like the
    total. A long base phrase ("as compared with the same period in …") reads the same."""
    note = tmp_path / "note.txt"
    note.write_text(
        "Viet Nam and Uruguay widen farm trade\n\n"
        "In the first eight months of 2024, trade between Viet Nam and Uruguay reached "
        "US$390 million, an increase of 6.4 percent over the same period of 2023.\n\n"
        "Vietnamese imports of Uruguayan beef totalled US$41 million in 2024, up 3.5 percent "
        "as compared with the same period in 2023.\n",
        encoding="utf-8",
    )
    periods = {c.value: c.period for c in analyse(note).candidates if c.kind == "figure"}
    assert periods[390e6] == periods[6.4] == "2024-01..2024-08"
    assert periods[41e6] == periods[3.5] == "2024"
