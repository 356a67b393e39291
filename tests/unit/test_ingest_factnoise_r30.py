"""Sentences that hold no fact of the pair, by the kind of line they are (r30): a correction
note, a meeting record's roll, one country's public finances or regional producer rank, the
items of a news-in-brief column on something else, the day a remark was made, a headline
that tells a figure, a topic sentence of a few words, an aim's year ahead, a national
day and an interview's framing sentence."""

from __future__ import annotations

from briefer.ingest.briefs import brief_column, off_item
from briefer.ingest.candidates import Candidate, find_candidates
from briefer.ingest.clean import Metadata
from briefer.ingest.dayroles import aim_horizon, holiday
from briefer.ingest.headlines import figure_headline, topic_sentence
from briefer.ingest.interviewframe import interview_frame
from briefer.ingest.notelines import correction_note, roll_line
from briefer.ingest.ownbooks import own_books, province_total
from briefer.ingest.saidday import saying_day
from briefer.text.dates import find_dates, weekday_dates


def _found(body: str, partner: str, title: str = "") -> list[Candidate]:
    meta = Metadata(
        title=title,
        published_on="2025-11-05",
        context_year=2025,
        partners=(partner,),
        language="en" if body.isascii() else "vi",
    )
    return find_candidates(body, meta)


def test_a_correction_notes_figures_are_no_facts() -> None:
    body = (
        "Cải chính: Bản tin trước ghi nhầm kim ngạch xuất khẩu sang Ba Lan 10 tháng là 3 tỷ "
        "USD. Con số đúng là 2,6 tỷ USD.\n\n"
        "10 tháng đầu năm 2025, xuất khẩu của Việt Nam sang Ba Lan đạt 2,6 tỷ USD."
    )
    assert correction_note(body, body.index("Con số"))
    assert not correction_note(body, body.index("10 tháng đầu"))
    assert correction_note("Correction: An earlier version misstated the total.", 5)
    values = [c.value for c in _found(body, "PL") if c.kind == "figure"]
    assert values == [2_600_000_000.0]


def test_a_records_roll_is_who_sat_at_the_table() -> None:
    assert roll_line("Vào lúc 9 giờ ngày 3/4/2025, tại trụ sở Sở Ngoại vụ, thành phần gồm:")
    assert roll_line("2. Phía Peru: ông Carlos Ruiz, Tham tán thương mại, cùng 3 doanh nghiệp.")
    assert roll_line("For the Zambian side: Mr John Banda, Director of Trade, and two aides.")
    # (what a side said or asked for is the record's news)
    assert not roll_line("3. Phía Peru đề nghị tỉnh giới thiệu 5 doanh nghiệp xuất khẩu gạo.")
    body = (
        "Hôm nay, vào lúc 14 giờ ngày 3 tháng 4 năm 2025, tại Sở Ngoại vụ, chúng tôi gồm:\n"
        "1. Phía Peru: ông Carlos Ruiz, Tham tán thương mại, cùng đại diện 3 doanh nghiệp."
    )
    assert _found(body, "PE") == []


def test_one_countrys_public_finances_are_its_own() -> None:
    assert own_books("Chính phủ Ba Lan đã tăng thuế giá trị gia tăng từ 20% lên 23% từ 1/7.")
    assert own_books("Kenya's budget deficit widened to 5.7% of GDP in the 2024/25 year.")
    # (the two sides, or Việt Nam, named: the pair's)
    assert not own_books("Việt Nam và Ba Lan thảo luận về thuế giá trị gia tăng hàng nhập.")
    body = "Chính phủ Ba Lan đã tăng thuế giá trị gia tăng từ 20% lên 23% từ ngày 1/7/2025."
    assert _found(body, "PL") == []


def test_a_rank_among_a_regions_producers_is_the_countrys_own() -> None:
    assert own_books("Bờ Biển Ngà là nước sản xuất ca cao lớn nhất châu Phi, đạt 2 triệu tấn.")
    assert own_books("Ghana is Africa's second-largest cocoa producer, with 650,000 tonnes.")
    assert not own_books("Việt Nam là nước xuất khẩu gạo lớn nhất châu Á sang Ghana.")


def test_a_brief_columns_items_on_other_things_are_not_the_partners() -> None:
    body = (
        "Tin vắn kinh tế sáng 5/11.\n\n"
        "Giá hồ tiêu tại Đắk Nông tăng 2.000 đồng/kg, lên 145.000 đồng/kg.\n\n"
        "Nhập khẩu điều từ Bờ Biển Ngà tăng. 9 tháng năm 2025, Việt Nam nhập khẩu 1,1 triệu "
        "tấn điều thô từ Bờ Biển Ngà, trị giá 1,5 tỷ USD.\n\n"
        "Xuất khẩu rau quả sang Nhật Bản 10 tháng tăng 12%."
    )
    assert brief_column(body, "")
    assert brief_column("Bờ Biển Ngà mua thêm gạo.", "News in brief: Africa")
    assert not brief_column(body.split("\n\n", 1)[1], "Xuất khẩu điều")
    pepper = body.index("Giá hồ tiêu")
    assert off_item(body, pepper, body.index("\n", pepper), "CI")
    head = body.index("Nhập khẩu điều")
    assert off_item(body, head, head + len("Nhập khẩu điều từ Bờ Biển Ngà tăng."), "CI")
    found = _found(body, "CI")
    assert found and all("Bờ Biển Ngà" in c.quote for c in found)
    assert {c.pair for c in found} == {"VN-CI"}


def test_the_day_a_remark_was_made_is_no_event() -> None:
    said = '"We want more Vietnamese rice on our shelves," the minister told reporters on Monday.'
    day = weekday_dates(said, "2025-11-05")[0]
    assert saying_day(said, day)
    # (a relative clause after the saying tells an event of its own)
    told = (
        '"Demand is rising," said Ms Ortiz, who led the trade mission to Hanoi from 3 to '
        "5 March 2025."
    )
    assert not saying_day(told, find_dates(told, 2025)[0])
    events = [c for c in _found(said, "NG") if c.kind == "event"]
    assert events == []
    vi = "“Nhu cầu gạo đang tăng”, ông Musa cho biết hôm 3/11."
    assert saying_day(vi, find_dates(vi, 2025)[0])


def test_a_headline_that_tells_a_figure_is_a_title_not_a_fact() -> None:
    assert figure_headline("Peru – Viet Nam trade climbs 15% in first half")
    assert figure_headline("Việt Nam - Peru: Hướng tới kim ngạch 5 tỷ USD")
    # (a fact box's "label: value" line is a fact)
    assert not figure_headline("Kim ngạch thương mại năm 2024: khoảng 4,3 tỷ USD")
    assert not figure_headline("Thiết lập quan hệ ngoại giao: ngày 14/11/1994")
    body = (
        "Peru – Viet Nam trade climbs 15% in first half\n\n"
        "Two-way trade between Peru and Vietnam reached USD 600 million in the first half "
        "of 2025, up 15% year on year."
    )
    quotes = {c.quote for c in _found(body, "PE")}
    assert quotes and all(q.startswith("Two-way trade") for q in quotes)


def test_a_topic_sentence_of_a_few_words_is_no_statement() -> None:
    assert topic_sentence("Investment has lagged behind.")
    assert topic_sentence("Polish investment remains small.")
    assert topic_sentence("Thương mại tăng trưởng đều đặn.")
    # (a name, a figure or a longer sentence may be a fact)
    assert not topic_sentence("Vietnam and Peru signed an FTA.")
    assert not topic_sentence("Trade grew 15% in 2024.")
    body = "Investment has lagged behind. Polish firms hold 60 projects in Vietnam."
    assert all("lagged" not in c.quote for c in _found(body, "PL"))


def test_an_aims_year_ahead_and_a_national_day_date_no_event() -> None:
    aim = "Peru đặt mục tiêu tự chủ phân bón vào năm 2030."
    ref = find_dates(aim, 2025)[0]
    assert aim_horizon(aim, ref, 0, "2025-11-05")
    en = "The plan targets 3 GW of solar power by 2030, officials said."
    assert aim_horizon(en, find_dates(en, 2025)[0], 0, "2025-11-05")
    # (a signing aimed at is a signing planned: its cue keeps the date; a past year is none)
    signing = "Hai nước đặt mục tiêu ký Hiệp định thương mại tự do vào năm 2026."
    assert not aim_horizon(signing, find_dates(signing, 2025)[0], 0, "2025-11-05")
    past = "Peru đặt mục tiêu tự chủ phân bón từ năm 2020."
    assert not aim_horizon(past, find_dates(past, 2025)[0], 0, "2025-11-05")
    day = "As Peru marks its National Day on July 28, its ambassador spoke to us."
    assert holiday(day, find_dates(day, 2025)[0], 0)
    assert [c for c in _found(day, "PE") if c.kind == "event"] == []
    assert [c for c in _found(aim, "PE") if c.kind == "event"] == []


def test_an_interviews_framing_sentence_is_no_statement() -> None:
    vi = (
        "Nhân dịp kỷ niệm 30 năm quan hệ ngoại giao Việt Nam - Peru, Đại sứ Peru đã dành cho "
        "báo Kinh tế cuộc trò chuyện về hợp tác thương mại giữa hai nước."
    )
    en = "Our reporter sat down with the Peruvian ambassador to talk about trade ties."
    assert interview_frame(vi) and interview_frame(en)
    # (what is said in an interview is an answer)
    assert not interview_frame("In an interview with Reuters, the minister said Peru would sign.")
    assert [c for c in _found(vi, "PE") if c.kind == "statement"] == []


def test_a_provinces_exports_with_no_market_named_are_its_own_total() -> None:
    total = "Năm 2024, tỉnh Bình Phước xuất khẩu 400.000 tấn điều nhân, kim ngạch đạt 2 tỷ USD."
    assert province_total(total)
    assert own_books(total)
    # (a market named makes it the pair's flow)
    assert not province_total("Năm 2024, tỉnh Bình Phước xuất khẩu sang Peru 9.000 tấn điều.")
    assert not province_total("Năm 2024, tỉnh Bình Phước xuất khẩu 9.000 tấn điều cho Peru.")
