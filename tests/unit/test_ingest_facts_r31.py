"""r31 facts round: glued stops, figures told twice, and sentences that are no fact of the
pair (wording of our own)."""

from __future__ import annotations

from briefer.ingest.candidates import find_candidates
from briefer.ingest.gluedstops import glued_headline
from briefer.ingest.spans import sentences_of


def test_a_headline_glued_to_the_lead_is_cut_off_english() -> None:
    body = "Fiji hails new air link with Viet Nam.Two-way trade grew to US$40 million in 2024."
    parts = [s.text for s in sentences_of(body)]
    assert parts == [
        "Fiji hails new air link with Viet Nam.",
        "Two-way trade grew to US$40 million in 2024.",
    ]
    assert glued_headline(body, 0, len(parts[0]))


def test_a_headline_glued_to_the_lead_is_cut_off_vietnamese() -> None:
    body = "Việt Nam và Peru bàn mở đường bay thẳng.Kim ngạch hai chiều năm 2024 đạt 500 triệu USD."
    parts = [s.text for s in sentences_of(body)]
    assert parts[0] == "Việt Nam và Peru bàn mở đường bay thẳng."
    assert parts[1].startswith("Kim ngạch")


def test_dotted_names_domains_and_decimals_are_no_glued_stop() -> None:
    body = "Tại TP.HCM, PGS.TS Lê nói với baomoi.com rằng giá tăng 1.5 lần."
    assert [s.text for s in sentences_of(body)] == [body]


def test_a_lead_sentence_glued_below_is_no_headline() -> None:
    body = "Hai bên đã ký kết nhiều văn kiện hợp tác quan trọng trong chuyến thăm. Sau đó, …"
    assert not glued_headline(body, 0, body.index(".") + 1)


def test_a_standfirst_figure_gives_way_to_the_fuller_telling() -> None:
    body = (
        "Fiji hails new air link with Viet Nam.Two-way trade grew to US$40 million in 2024.\n"
        "The minister said two-way trade between Fiji and Viet Nam grew to US$40 million in "
        "2024, led by rice and garments.\n"
    )
    figures = [c for c in find_candidates(body) if c.kind == "figure"]
    assert [c.quote[:12] for c in figures] == ["The minister"]
    assert figures[0].value == 40_000_000
    assert not [c for c in find_candidates(body) if c.quote.startswith("Fiji hails")]


def test_a_delegation_of_businesses_at_a_programme_abroad_is_a_visit_out() -> None:
    body = (
        "Từ ngày 3 đến 7/9/2025, đoàn 20 doanh nghiệp của Hiệp hội do Chủ tịch dẫn đầu đã "
        "tham gia hội chợ thương mại tại Lima, Peru.\n"
    )
    events = [c for c in find_candidates(body) if c.kind == "event"]
    assert [(c.pair, c.metric, c.event_date) for c in events] == [
        ("VN-PE", "visit.outbound", "2025-09-03..2025-09-07")
    ]


def test_a_sea_named_after_a_country_is_no_mention_of_it() -> None:
    from briefer.ingest.countries import find_countries

    text = "Ships cross the South China Sea and the Sea of Japan; China and Japan agreed."
    found = [(m.code, text[m.start : m.end]) for m in find_countries(text)]
    assert found == [("CN", "China"), ("JP", "Japan")]
    assert [m.code for m in find_countries("South Korea and South Africa")] == ["KR", "ZA"]


def test_a_province_holdings_and_own_exports_are_no_fact_of_the_pair() -> None:
    from briefer.ingest.ownbooks import province_total

    assert province_total(
        "Ông Lê cho biết, năm 2024 tỉnh có 30.000 ha chè, giá trị xuất khẩu chè đạt 200 triệu USD."
    )
    # a market named: the pair's flow
    assert not province_total(
        "Năm 2024 tỉnh có kim ngạch xuất khẩu sang Nhật Bản đạt 20 triệu USD."
    )


def test_a_price_per_quantity_is_no_trade_value() -> None:
    vi = "Ông Lê cho biết giá gạo nhập khẩu từ Campuchia rẻ hơn khoảng 15 USD/tấn.\n"
    en = "Imports of Chilean copper from Chile now cost US$90 a tonne more than last year.\n"
    for body in (vi, en):
        assert not [c for c in find_candidates(body) if c.kind == "figure" and c.metric]
    # a value a year stays the trade's value
    body = "Kim ngạch xuất khẩu sang Campuchia đạt 500 triệu USD/năm.\n"
    assert [c.value for c in find_candidates(body) if c.metric] == [500_000_000]


def test_a_transcript_time_code_is_no_part_of_the_quote() -> None:
    body = (
        "00:00:12 Năm 2024, kim ngạch thương mại Việt Nam - Oman đạt 900 triệu USD.\n"
        "1:02:05 The two sides signed an agreement on visa exemption.\n"
    )
    quotes = [s.text for s in sentences_of(body)]
    assert quotes[0].startswith("Năm 2024")
    assert quotes[1].startswith("The two sides")
    figures = [c for c in find_candidates(body) if c.kind == "figure"]
    assert figures[0].quote.startswith("Năm 2024") and figures[0].value == 900_000_000


def test_a_partner_economy_forecast_is_no_fact_of_the_pair() -> None:
    from briefer.ingest.owneconomy import own_economy

    assert own_economy("Quỹ Tiền tệ Quốc tế dự báo kinh tế Peru sẽ tăng trưởng 3% năm 2026.")
    assert own_economy("Theo Bộ Tài chính Chile, GDP nước này dự kiến tăng 2,5% năm 2025.")
    body = "Ngân hàng Thế giới dự báo kinh tế Lào sẽ suy giảm 2% do trận lũ hồi tháng 8/2025.\n"
    assert find_candidates(body) == []
    # the trade of the pair stays
    assert not own_economy("Kim ngạch thương mại Việt Nam - Peru dự báo tăng 10% năm 2026.")


def test_the_partner_own_exports_falling_by_reference_are_no_fact_of_the_pair() -> None:
    from briefer.ingest.ownbooks import own_books

    assert own_books("Do giá dầu lao dốc, kim ngạch xuất khẩu của nước này giảm 30% so với 2019.")
    # a share of its exports tells what it sells; its trade with Việt Nam is the pair's
    assert not own_books("Đồng chiếm 50% kim ngạch xuất khẩu của nước này.")
    assert not own_books("Kim ngạch nhập khẩu của nước này từ Việt Nam tăng 20%.")
