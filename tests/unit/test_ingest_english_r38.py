"""The English line offered beside a draft says no more than its quote (wording of our own):
the group a rank is among as the quote names it, the goods a flow's amount is of, a visit
still to come, the article a country's name takes, the visitor's whole name."""

from __future__ import annotations

import pytest

from briefer.domain.english import TERMS, suggest_english
from briefer.domain.flowgoods import flow_goods
from briefer.domain.model import Country, Fact
from briefer.domain.regionnames import in_sentence, region_phrase
from briefer.domain.visitorname import visitor
from briefer.domain.visittense import visit_tense
from briefer.ingest.drafts import draft_of
from tests.mined import candidates

VN = Country("VN", "Việt Nam", "Viet Nam")
PE = Country("PE", "Peru", "Peru")


def _fact(metric: str, value: float | None, unit: str = "USD", **kw: str) -> Fact:
    kind = "event" if metric.startswith(("visit", "relations")) else "figure"
    return Fact(None, "r", "VN-PE", "economic", kind, "…", metric=metric, value=value,
                unit=unit, **kw)  # fmt: skip


def _english(fact: Fact, quote: str, partner: Country = PE) -> str:
    return suggest_english(fact, quote, VN, partner).text


@pytest.mark.parametrize(
    ("metric", "quote", "english"),
    [
        ("trade.partner_rank_in_europe",
         "Peru là bạn hàng lớn thứ 6 của Việt Nam trong khối Liên minh châu Âu (EU).",
         "Peru is Viet Nam's sixth-largest trading partner in the EU."),
        ("trade.partner_rank_in_europe", "Peru ranks as Vietnam's fifth-largest trade partner "
         "in Europe.", "Peru is Viet Nam's fifth-largest trading partner in Europe."),
        ("investment.rank_in_europe",
         "Peru xếp thứ 2 trong các nước EU rót vốn vào Việt Nam, lớn thứ 2 về số dự án.",
         "Peru is Viet Nam's second-largest investor in the EU."),
        ("trade.partner_rank_in_asean",
         "Peru is Vietnam's biggest trading partner in South-East Asia, officials say.",
         "Peru is Viet Nam's largest trading partner in Southeast Asia."),
        ("trade.partner_rank_in_africa", "Peru là đối tác thương mại lớn thứ 2 của Việt Nam "
         "tại Tây Phi.", "Peru is Viet Nam's second-largest trading partner in West Africa."),
        ("trade.partner_rank_in_middle_east",
         "Peru is the third-largest trading partner of Vietnam in the Gulf.",
         "Peru is Viet Nam's third-largest trading partner in the Gulf."),
        ("trade.partner_rank_in_latam", "Peru là đối tác thương mại lớn thứ 5 của Việt Nam ở "
         "Nam Mỹ.", "Peru is Viet Nam's fifth-largest trading partner in South America."),
    ],
)  # fmt: skip
def test_a_rank_is_among_the_group_its_quote_names(metric: str, quote: str, english: str) -> None:
    assert _english(_rank(metric, quote), quote) == english


def _rank(metric: str, quote: str) -> Fact:
    # (the value the quote writes: "thứ 6", "fifth-", "thứ 2", "biggest" …)
    words = {"6": 6, "fifth": 5, "2": 2, "biggest": 1, "third": 3, "5": 5}
    value = next(v for w, v in words.items() if w in quote)
    return _fact(metric, float(value), "rank")


def test_the_group_nearest_the_rank_is_its_own() -> None:
    quote = "Peru là đối tác lớn thứ 3 tại châu Âu, nhờ hiệp định giữa EU và Việt Nam."
    assert region_phrase("europe", quote, "Europe", quote.index("lớn")) == "Europe"
    assert region_phrase("europe", "no group named here", "Europe") == "Europe"


def test_a_bracketed_short_name_stays_inside_the_group() -> None:
    quote = "Peru is Vietnam's second-largest trading partner among Andean Community (CAN) members."
    assert _english(_fact("trade.partner_rank", 2.0, "rank"), quote) == (
        "Peru is Viet Nam's second-largest trading partner among Andean Community (CAN) members."
    )


@pytest.mark.parametrize(
    "quote",
    [
        "Peru, Chile và Mexico là ba thị trường xuất khẩu lớn nhất của Việt Nam ở khu vực.",
        "Peru is among the top five export markets for Vietnam, and the three largest buyers "
        "take half.",
        "Peru is Vietnam's largest buyer of pepper after Brazil, traders said.",
    ],
)
def test_a_group_of_the_largest_or_a_largest_after_another_is_no_first_place(quote: str) -> None:
    assert _english(_fact("trade.partner_rank", 1.0, "rank"), quote) == ""


def test_goods_that_say_whose_they_are_take_no_possessive() -> None:
    quote = (
        "Peru bought 40,000 tonnes of rice last year, making it the largest buyer of "
        "Vietnamese rice."
    )
    assert _english(_fact("trade.partner_rank", 1.0, "rank"), quote) == (
        "Peru is the largest buyer of Vietnamese rice."
    )


@pytest.mark.parametrize(
    ("metric", "value", "quote", "english"),
    [
        ("trade.exports", 2.4e8,
         "Trade rose, with Vietnam exporting frozen shrimp worth around US$240 million to Peru.",
         "Viet Nam's exports of frozen shrimp to Peru reached USD 240 million in 2024."),
        ("trade.imports", 9e7, "Vietnam bought US$90 million worth of fish meal from Peru.",
         "Viet Nam's imports of fish meal from Peru reached USD 90 million in 2024."),
        ("trade.imports.goods", 5e7, "In 2024, copper imports from Peru reached $50 million.",
         "Viet Nam's imports of copper from Peru reached USD 50 million in 2024."),
        # the flow of everything reads as before
        ("trade.exports", 3e8, "Vietnam's exports to Peru reached $300 million, led by phones.",
         "Viet Nam's exports to Peru reached USD 300 million in 2024."),
        ("trade.imports", 1e8, "Vietnam bought US$100 million worth of goods from Peru.",
         "Viet Nam's imports from Peru reached USD 100 million in 2024."),
    ],
)  # fmt: skip
def test_an_english_flow_of_one_kind_of_goods_names_them(
    metric: str, value: float, quote: str, english: str
) -> None:
    assert _english(_fact(metric, value, period="2024"), quote) == english


@pytest.mark.parametrize(
    ("metric", "value", "quote"),
    [
        ("trade.exports", 1.2e8, "Năm 2024, xuất khẩu sang Peru đạt 500 triệu USD, trong đó "
         "cà phê đạt 120 triệu USD."),
        ("trade.exports", 6e7, "Việt Nam bán cho Peru 40 nghìn tấn gạo, trị giá 60 triệu USD."),
        ("trade.imports", 2e9, "Peru nhập khẩu khoảng 2 tỷ USD bột cá mỗi năm."),
    ],
)  # fmt: skip
def test_a_vietnamese_flow_of_one_kind_of_goods_gets_no_sentence(
    metric: str, value: float, quote: str
) -> None:
    assert _english(_fact(metric, value, period="2024"), quote) == ""


def test_the_flow_of_everything_in_vietnamese_names_no_goods() -> None:
    quote = "Trong đó, xuất khẩu của Việt Nam sang Peru đạt 310 triệu USD, chủ yếu là điện thoại."
    assert flow_goods(quote, 3.1e8, "USD") is None
    assert _english(_fact("trade.exports", 3.1e8, period="2024"), quote) == (
        "Viet Nam's exports to Peru reached USD 310 million in 2024."
    )


@pytest.mark.parametrize(
    ("quote", "tense"),
    [
        ("The Peruvian foreign minister is expected to visit Hanoi in the first quarter.",
         "expected"),
        ("Bộ trưởng Ngoại giao Peru dự kiến thăm Việt Nam vào quý I.", "expected"),
        ("Đoàn doanh nghiệp sẽ sang Lima dự hội chợ vào tháng 5.", "future"),
        ("A trade mission will travel to Lima in May.", "future"),
        ("Bộ trưởng Ngoại giao Peru đã thăm Việt Nam vào tháng 5.", "past"),
        ("The minister paid a visit to Hanoi in May and will return next year.", "past"),
    ],
)  # fmt: skip
def test_a_visits_tense_is_its_quotes(quote: str, tense: str) -> None:
    assert visit_tense(quote) == tense


def test_an_expected_visit_is_not_said_as_made() -> None:
    visit = _fact("visit.inbound", None, "", event_date="2027-01..2027-03")
    quote = (
        "The Peruvian trade minister is expected to pay a visit to Vietnam in the first quarter."
    )
    assert _english(visit, quote) == (
        "A delegation from Peru is expected to visit Viet Nam (January–March 2027)."
    )
    sent = _fact("visit.outbound", None, "", event_date="2027-05")
    assert _english(sent, "Đoàn doanh nghiệp Việt Nam sẽ sang Peru vào tháng 5/2027.") == (
        "A delegation from Viet Nam will visit Peru (May 2027)."
    )


@pytest.mark.parametrize(
    ("name", "said"),
    [
        ("United States", "the United States"),
        ("Philippines", "the Philippines"),
        ("Republic of Korea", "the Republic of Korea"),
        ("United Arab Emirates", "the United Arab Emirates"),
        ("The Democratic Republic of the Congo", "the Democratic Republic of the Congo"),
        ("DPR Korea", "DPR Korea"),
        ("Peru", "Peru"),
        ("Laos", "Laos"),
    ],
)
def test_a_countrys_name_takes_its_article(name: str, said: str) -> None:
    assert in_sentence(name) == said


def test_a_sentence_opens_with_the_article_capitalised() -> None:
    nl = Country("NL", "Hà Lan", "Netherlands")
    quote = "Hà Lan là nhà đầu tư lớn thứ 4 của Việt Nam."
    fact = _fact("investment.rank", 4.0, "rank")
    assert _english(fact, quote, nl) == "The Netherlands is Viet Nam's fourth-largest investor."


@pytest.mark.parametrize(
    ("quote", "english"),
    [
        # a state's longer form before the name
        ("Tổng thống Cộng hòa Andes Peru Rosa Elena Quispe thăm chính thức Việt Nam.",
         "President Rosa Elena Quispe of Peru visited Viet Nam (2 March 2026)."),
        # a particle inside the name
        ("Tổng thống Peru José María de la Cruz thăm cấp Nhà nước Việt Nam.",
         "President José María de la Cruz of Peru visited Viet Nam (2 March 2026)."),
        # the visitor's name in its Vietnamese reading is no English name: the office is
        ("Chủ tịch nước Peru Lưu Ngọc Đức thăm chính thức Việt Nam.",
         "The President of Peru visited Viet Nam (2 March 2026)."),
    ],
)  # fmt: skip
def test_a_visitors_name_is_his_whole_name_in_english(quote: str, english: str) -> None:
    visit = _fact("visit.inbound", None, "", event_date="2026-03-02")
    assert _english(visit, quote) == english


def test_an_envoys_name_follows_the_state_form_and_the_posting() -> None:
    quote = "Chiều 2/3, tỉnh làm việc với Đại sứ Cộng hòa Andes Peru tại Việt Nam Rosa Quispe."
    assert visitor(quote, TERMS, ("Peru", "Việt Nam", "Viet Nam"), ("Peru",)) == (
        "Ambassador Rosa Quispe"
    )


@pytest.mark.parametrize(
    ("quote", "english"),
    [
        ("Peru là đối tác thương mại lớn thứ 2 của Việt Nam trong khối APEC.",
         "Peru is Viet Nam's second-largest trading partner among APEC members."),
        ("Peru là đối tác thương mại lớn thứ 2 của Việt Nam trong số các nước Mercosur.",
         "Peru is Viet Nam's second-largest trading partner among Mercosur members."),
        # a group named in Vietnamese, or more than a bloc's members: the desk says it
        ("Peru là đối tác thương mại lớn thứ 2 của Việt Nam trong khối Cộng đồng Andes.", ""),
        ("Peru là đối tác thương mại lớn thứ 2 của Việt Nam trong số các thành viên APEC "
         "ngoài châu Á.", ""),
    ],
)  # fmt: skip
def test_a_vietnamese_group_named_by_its_bloc_is_said_in_english(quote: str, english: str) -> None:
    assert _english(_fact("trade.partner_rank", 2.0, "rank"), quote) == english


def test_a_rank_by_one_periods_new_capital_is_said_with_its_period_or_not_at_all() -> None:
    vi = "Peru là nhà đầu tư lớn nhất vào Việt Nam tính theo vốn đăng ký mới trong 6 tháng đầu năm."
    assert _english(_fact("investment.rank", 1.0, "rank"), vi) == ""
    en = "Peru was the top investor in Vietnam by newly registered capital in January-June."
    fact = _fact("investment.rank", 1.0, "rank", period="2026-01..2026-06")
    assert _english(fact, en) == (
        "Peru was Viet Nam's largest investor by newly registered capital in January–June 2026."
    )
    # the capital invested in all ranks as before
    stock = "Peru đứng thứ 3 trong số các quốc gia đầu tư vào Việt Nam với tổng vốn 9 tỷ USD."
    assert _english(_fact("investment.rank", 3.0, "rank"), stock) == (
        "Peru is Viet Nam's third-largest investor."
    )


def test_a_periods_sum_is_told_as_done_a_standing_one_as_it_stands() -> None:
    aid = _fact("aid.total", 4e8, period="1995..2015")
    assert _english(aid, "Peru đã viện trợ 400 triệu USD giai đoạn 1995 - 2015.") == (
        "Aid between Viet Nam and Peru totalled USD 400 million in 1995–2015."
    )
    stock = _fact("investment.total", 9e8, as_of="2026-03-31")
    assert _english(stock, "Peru có 40 dự án với tổng vốn 900 triệu USD.") == (
        "Investment between Viet Nam and Peru totals USD 900 million (as of 31 March 2026)."
    )


def test_a_group_another_ranks_words_name_is_not_this_ranks() -> None:
    quote = (
        "Peru là đối tác thương mại lớn thứ 4 của Việt Nam tại Mỹ Latinh, còn Việt Nam là "
        "đối tác thương mại lớn thứ 6 của Peru."
    )
    assert _english(_fact("trade.home_rank_in_latam", 6.0, "rank"), quote) == ""
    assert _english(_fact("trade.partner_rank_in_latam", 4.0, "rank"), quote) == (
        "Peru is Viet Nam's fourth-largest trading partner in Latin America."
    )
    # a group named before every rank is all of theirs; "the continent" names it again
    lead = "In Latin America, Peru is Vietnam's third-largest trading partner."
    assert _english(_fact("trade.partner_rank_in_latam", 3.0, "rank"), lead) == (
        "Peru is Viet Nam's third-largest trading partner in Latin America."
    )
    again = (
        "Peru is Vietnam's fourth-largest trading partner in South America and its "
        "second-largest export market on the continent."
    )
    assert _english(_fact("trade.partner_rank_in_latam", 2.0, "rank"), again) == (
        "Peru is Viet Nam's second-largest export market in South America."
    )


@pytest.mark.parametrize(
    "quote",
    [
        "Chiều 2/3, lãnh đạo tỉnh tiếp Đại sứ Peru tại Việt Nam Rosa Quispe đến thăm tỉnh.",
        "The governor received Peru's Ambassador to Vietnam, who toured the province's port.",
    ],
)
def test_an_envoy_posted_here_travelling_in_the_country_visits_no_country(quote: str) -> None:
    visit = _fact("visit.inbound", None, "", event_date="2026-03-02")
    assert _english(visit, quote) == ""
    # a head of state's visit with the envoy beside him is a visit
    state = "Tổng thống Peru Rosa Quispe thăm Việt Nam, Đại sứ Peru tại Việt Nam tháp tùng."
    assert (
        _english(visit, state) == "President Rosa Quispe of Peru visited Viet Nam (2 March 2026)."
    )


def test_an_investor_is_ranked_among_those_investing_in_the_other_country() -> None:
    # the money goes into Peru: Peru is no investor in Viet Nam, whatever the metric says
    vi = "Việt Nam có 30 dự án tại Peru, đứng thứ 4 trong các nước đầu tư vào Peru."
    assert _english(_fact("investment.rank", 4.0, "rank"), vi) == ""
    assert _english(_fact("investment.home_rank", 4.0, "rank"), vi) == (
        "Viet Nam is Peru's fourth-largest investor."
    )
    en = "Peru is the fifth-largest investor in Vietnam."
    assert _english(_fact("investment.rank", 5.0, "rank"), en) == (
        "Peru is Viet Nam's fifth-largest investor."
    )


@pytest.mark.parametrize(
    ("metric", "value", "unit", "quote"),
    [
        ("trade.growth", 6.1, "%", "Năm 2024, GDP của Peru tăng 6,1%, xuất khẩu đồng tăng mạnh."),
        ("trade.total", 9e10, "USD", "Peru's foreign trade turnover topped $90 billion in 2024."),
        ("investment.total", 7e9, "USD",
         "Worldwide, Peruvian firms invested $7 billion overseas in 2024."),
        ("investment.total", 8e10, "USD", "Quỹ đầu tư của Peru quản lý khối tài sản 80 tỷ USD."),
        ("trade.total", 3e8, "USD",
         "Riêng qua cửa khẩu cảng Callao, kim ngạch xuất nhập khẩu năm 2024 đạt 300 triệu USD."),
    ],
)  # fmt: skip
def test_a_figure_of_an_economy_or_the_world_or_one_crossing_is_not_the_pairs(
    metric: str, value: float, unit: str, quote: str
) -> None:
    assert _english(_fact(metric, value, unit, period="2024"), quote) == ""


def test_a_flow_needs_money_and_a_period() -> None:
    # tonnes are no trade value; a flow read with the day of the report only is misdated
    rice = "Peru will buy 1.2 million tonnes of rice a year under the deal."
    assert _english(_fact("trade.total", 1.2e6, "", period="2024"), rice) == ""
    then = "When ties began in 1994, two-way trade was barely US$20 million a year."
    assert _english(_fact("trade.total", 2e7, as_of="2026-05-01"), then) == ""
    # the pair's own flow reads as before
    own = "Năm 2024, kim ngạch thương mại Việt Nam - Peru đạt 300 triệu USD."
    assert _english(_fact("trade.total", 3e8, period="2024"), own) == (
        "Two-way trade between Viet Nam and Peru reached USD 300 million in 2024."
    )


def test_a_flow_whose_words_say_the_other_side_sells_is_no_sentence() -> None:
    sides = "In 2024, trade reached $500 million, with Peru exporting $200 million worth of goods."
    assert _english(_fact("trade.exports", 2e8, period="2024"), sides) == ""
    assert _english(_fact("trade.imports", 2e8, period="2024"), sides) == (
        "Viet Nam's imports from Peru reached USD 200 million in 2024."
    )
    both = (
        "Vietnam's exports to Peru came to $300 million, while imports from Peru were valued "
        "at $200 million."
    )
    assert _english(_fact("trade.imports", 2e8, period="2024"), both) == (
        "Viet Nam's imports from Peru reached USD 200 million in 2024."
    )
    vi = "Năm 2024, Peru xuất khẩu sang Việt Nam 200 triệu USD, chủ yếu là đồng."
    assert _english(_fact("trade.exports", 2e8, period="2024"), vi) == ""


def test_travellers_counted_or_an_industrial_parks_capital_are_no_pairs_event_or_figure() -> None:
    visit = _fact("visit.inbound", None, "", event_date="2024")
    assert _english(visit, "Some 9,000 Peruvian tourists visited Vietnam in 2024.") == ""
    assert _english(visit, "Năm 2024, Việt Nam đón 9.000 lượt khách Peru.") == ""
    park = "Khu công nghiệp Việt Nam - Peru đã thu hút 300 dự án với tổng vốn 2 tỷ USD."
    assert _english(_fact("investment.total", 2e9, as_of="2026-01-01"), park) == ""


def test_a_flow_word_of_another_clause_says_nothing_of_the_amount() -> None:
    quote = (
        "Vietnam's exports to Peru reached US$310 million, mainly phones, while Peru sent "
        "US$120 million worth of goods to Vietnam."
    )
    assert _english(_fact("trade.imports", 1.2e8, period="2024"), quote) == (
        "Viet Nam's imports from Peru reached USD 120 million in 2024."
    )


@pytest.mark.parametrize(
    ("body", "english"),
    [
        ("Peru là đối tác thương mại lớn thứ 5 của Việt Nam ở Nam Mỹ.",
         "Peru is Viet Nam's fifth-largest trading partner in South America."),
        ("Peru bought 40,000 tonnes of rice last year, making it the largest buyer of "
         "Vietnamese rice.", "Peru is the largest buyer of Vietnamese rice."),
        ("In 2025, trade rose, with Vietnam exporting frozen shrimp worth around US$240 million "
         "to Peru.",
         "Viet Nam's exports of frozen shrimp to Peru reached about USD 240 million in 2025."),
        ("In 2025, copper imports from Peru reached $50 million.",
         "Viet Nam's imports of copper from Peru reached USD 50 million in 2025."),
        ("The Peruvian trade minister is expected to pay a visit to Vietnam in the first "
         "quarter of 2027.",
         "A delegation from Peru is expected to visit Viet Nam (January–March 2027)."),
        ("Đoàn doanh nghiệp Việt Nam sẽ sang Peru vào tháng 5/2027.",
         "A delegation from Viet Nam will visit Peru (May 2027)."),
    ],
)  # fmt: skip
def test_the_english_line_of_an_imported_sentence(body: str, english: str) -> None:
    # (as the importer offers it: the sentence mined, its draft, the line beside it)
    found = candidates(body, "PE", "2026-03-01")
    assert len(found) == 1, [c.metric for c in found]
    draft = draft_of(found[0], "u-1")
    assert suggest_english(draft, found[0].quote, VN, PE).text == english
