"""briefer.text.numbers: "hơn 1,3 tỷ USD" and friends, read and written back."""

from __future__ import annotations

import math

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from briefer.text.numbers import (
    QUALIFIERS,
    Amount,
    find_amounts,
    find_ordinal_rank,
    format_amount,
    parse_amount,
)

# Sentences copied from the seed articles (shared/seeds).
SEED_001_TRADE = (
    "Kim ngạch thương mại song phương năm 2023 giữa hai nước đạt gần 500 triệu USD, "
    "trong 7 tháng đầu năm 2024 đạt gần 300 triệu USD."
)
SEED_001_INVEST = (
    "Tổng Công ty thăm dò khai thác dầu khí (PVEP) với số vốn hơn 1 tỷ USD. Hàng hóa của Việt Nam"
)
SEED_002_TRADE = (
    "đặc biệt là quan hệ kinh tế thương mại song phương đã vượt mức 2 tỷ USD; Chile tiếp tục "
    "là đối tác thương mại lớn thứ 4 của Việt Nam tại khu vực Mỹ Latinh"
)
SEED_004_TRADE = (
    "kim ngạch thương mại hai chiều tiếp tục là điểm sáng trong quan hệ song phương, "
    "đạt hơn 1,3 tỷ USD trong 9 tháng 2024; trong đó, Chile tiếp tục là đối tác thương mại "
    "lớn thứ 4 của Việt Nam tại Mỹ Latinh"
)
SEED_004_GOLD = "Giá vàng hôm nay 21/3/2026 'sụp đổ' rơi xuống vùng 4.500 USD, cuộc đua bán tháo"
SEED_000_RANKS = (
    "Chile là nước đầu tiên ở Mỹ Latin ký Hiệp định thương mại tự do song phương với Việt Nam "
    "(năm 2014) và hiện là đối tác thương mại lớn thứ tư của Việt Nam tại khu vực."
)
SEED_000_PERU = "đồng thời là đối tác thương mại lớn thứ sáu của Việt Nam tại khu vực"
SEED_000_LARGEST = "Việt Nam là đối tác thương mại lớn nhất của Chile trong ASEAN."
SEED_001_PARTNER = "là bạn hàng lớn thứ 6 của Việt Nam tại khu vực"
SEED_003_APEC = "nhân dịp tham dự Hội nghị Cấp cao APEC lần thứ 30, Chủ tịch nước Võ Văn Thưởng"
SEED_000_PLAYER = "Tuần lễ cấp cao APEC năm 2024 tại thủ đô Lima của Peru.\n0:00 / 0:00\n0:00"
SEED_001_VISITS = (
    "Tổng thống Pablo Kuczynski dự HNCC APEC 25 tại Đà Nẵng (11/2017); phía Việt Nam có chuyến "
    "thăm Peru của Phó Chủ tịch Quốc hội Nguyễn Thị Kim Ngân (3/2013)"
)


def _one(text: str) -> Amount:
    found = find_amounts(text)
    assert len(found) == 1, found
    amount = found[0]
    assert text[amount.start : amount.end] == amount.text
    return amount


def test_seed_001_two_approximate_trade_figures() -> None:
    first, second = find_amounts(SEED_001_TRADE)
    assert (first.value, first.unit, first.qualifier, first.text) == (
        5e8,
        "USD",
        "approx",
        "gần 500 triệu USD",
    )
    assert (second.value, second.unit, second.qualifier, second.text) == (
        3e8,
        "USD",
        "approx",
        "gần 300 triệu USD",
    )
    assert SEED_001_TRADE[second.start : second.end] == "gần 300 triệu USD"


def test_seed_001_more_than_one_billion() -> None:
    amount = _one(SEED_001_INVEST)
    assert (amount.value, amount.unit, amount.qualifier, amount.text) == (
        1e9,
        "USD",
        "more_than",
        "hơn 1 tỷ USD",
    )


def test_seed_002_vuot_muc_is_more_than() -> None:
    amount = _one(SEED_002_TRADE)
    assert (amount.value, amount.qualifier, amount.text) == (2e9, "more_than", "vượt mức 2 tỷ USD")


def test_seed_004_decimal_comma() -> None:
    amount = _one(SEED_004_TRADE)
    assert (amount.value, amount.unit, amount.qualifier, amount.text) == (
        1.3e9,
        "USD",
        "more_than",
        "hơn 1,3 tỷ USD",
    )


def test_seed_004_thousands_dot_in_a_sidebar_headline() -> None:
    # "4.500 USD" is four thousand five hundred, not four and a half.
    amount = _one(SEED_004_GOLD)
    assert (amount.value, amount.unit, amount.text) == (4500.0, "USD", "4.500 USD")


def test_no_amounts_in_dates_player_debris_or_names() -> None:
    assert find_amounts(SEED_000_PLAYER) == []
    assert find_amounts(SEED_001_VISITS) == []
    assert find_amounts(SEED_003_APEC) == []
    assert find_amounts("Ngày 25/3/1971, Việt Nam và Chile") == []


@pytest.mark.parametrize(
    ("text", "value", "unit", "qualifier"),
    [
        ("1,3 tỷ USD", 1.3e9, "USD", "exact"),
        ("500 triệu USD", 5e8, "USD", "exact"),
        ("1.234,5 tỷ đồng", 1.2345e12, "VND", "exact"),
        ("hơn 1 tỷ USD", 1e9, "USD", "more_than"),
        ("gần 300 triệu USD", 3e8, "USD", "approx"),
        ("vượt mức 2 tỷ USD", 2e9, "USD", "more_than"),
        ("vượt ngưỡng 10 tỷ USD", 1e10, "USD", "more_than"),
        ("khoảng 40 triệu người", 4e7, "người", "approx"),
        ("xấp xỉ 3,5 tỷ USD", 3.5e9, "USD", "approx"),
        ("gần như 100%", 100.0, "%", "approx"),
        ("dưới 5%", 5.0, "%", "less_than"),
        ("chưa đến 100 triệu USD", 1e8, "USD", "less_than"),
        ("trên 20 nghìn tấn", 2e4, "tấn", "more_than"),
        ("2 tỷ", 2e9, "", "exact"),
        ("3 ngàn tỷ đồng", 3e12, "VND", "exact"),
        ("1 nghìn tỷ VNĐ", 1e12, "VND", "exact"),
        ("200 tỉ VNÐ", 2e11, "VND", "exact"),  # U+00D0, as seed 000 writes Đ
        ("50 triệu đô la Mỹ", 5e7, "USD", "exact"),
        ("1,5 tỷ euro", 1.5e9, "EUR", "exact"),
        ("2 tỷ 500 triệu đồng", 2.5e9, "VND", "exact"),
        ("1.3 billion USD", 1.3e9, "USD", "exact"),
        ("USD 500 million", 5e8, "USD", "exact"),
        ("$2 billion", 2e9, "USD", "exact"),
        ("US$1.5bn", 1.5e9, "USD", "exact"),
        ("more than USD 1.3 billion", 1.3e9, "USD", "more_than"),
        ("nearly 500 million US dollars", 5e8, "USD", "approx"),
        ("1,234 people", 1234.0, "người", "exact"),
        ("EUR 3 million", 3e6, "EUR", "exact"),
    ],
)
def test_amount_expressions(text: str, value: float, unit: str, qualifier: str) -> None:
    amount = parse_amount(text)
    assert amount is not None
    assert (amount.unit, amount.qualifier, amount.text) == (unit, qualifier, text)
    assert math.isclose(amount.value, value, rel_tol=1e-12)


def test_percentage_after_a_verb() -> None:
    amount = _one("Xuất khẩu tăng 15,2% so với cùng kỳ")
    assert (amount.value, amount.unit, amount.qualifier, amount.text) == (
        15.2,
        "%",
        "exact",
        "15,2%",
    )


def test_comparative_hon_is_not_a_qualifier() -> None:
    # "cao hơn 15%" is "15% higher": the figure is exactly 15%.
    amount = _one("Kim ngạch cao hơn 15% so với năm trước")
    assert (amount.qualifier, amount.text) == ("exact", "15%")


def test_ratio_words_are_not_billions() -> None:
    assert find_amounts("tỷ lệ 2 tỷ lệ") == []
    assert find_amounts("tỷ giá 25 nghìn đồng/USD")[0].value == 25_000.0


def test_ranges_are_not_read_as_one_bound() -> None:
    assert find_amounts("1-2 tỷ USD") == []


def test_several_amounts_in_one_sentence() -> None:
    found = find_amounts("hơn 1 tỷ USD và dưới 2 tỷ euro, tăng 5,5%")
    assert [(a.value, a.unit, a.qualifier) for a in found] == [
        (1e9, "USD", "more_than"),
        (2e9, "EUR", "less_than"),
        (5.5, "%", "exact"),
    ]


def test_parse_amount_reads_a_lone_number_only_as_a_whole_field() -> None:
    amount = parse_amount("1.234,5")
    assert amount is not None and amount.value == 1234.5 and amount.unit == ""
    approx = parse_amount(" khoảng 40 ")
    assert approx is not None and (approx.value, approx.qualifier, approx.text) == (
        40,
        "approx",
        "khoảng 40",
    )
    assert parse_amount("APEC 25") is None
    assert parse_amount("25/3/1971") is None
    assert parse_amount("") is None


def test_ambiguous_separator_follows_the_language() -> None:
    assert find_amounts("1.234 USD")[0].value == 1234.0  # code after: Vietnamese order
    assert find_amounts("USD 1.234")[0].value == 1.234  # code before: English order
    assert find_amounts("tăng 1,234%")[0].value == 1.234
    assert find_amounts("grew 1,234%")[0].value == 1234.0
    assert find_amounts("1,234%", lang="vi")[0].value == 1.234


@pytest.mark.parametrize(
    ("args", "text"),
    [
        ((1.3e9, "USD", "vi", "more_than"), "hơn 1,3 tỷ USD"),
        ((1.3e9, "USD", "en", "more_than"), "more than USD 1.3 billion"),
        ((5e8, "USD", "vi", "approx"), "khoảng 500 triệu USD"),
        ((5e8, "USD", "en", "approx"), "about USD 500 million"),
        ((1234.5e9, "VND", "vi", "exact"), "1,2345 nghìn tỷ đồng"),
        ((15.2, "%", "vi", "exact"), "15,2%"),
        ((15.2, "%", "en", "less_than"), "less than 15.2%"),
        ((2e9, "", "vi", "exact"), "2 tỷ"),
        ((4500, "USD", "vi", "exact"), "4.500 USD"),
        ((4500, "USD", "en", "exact"), "USD 4,500"),
        ((5e6, "người", "en", "exact"), "5 million people"),
        ((1, "người", "en", "exact"), "1 person"),
        ((3e6, "người", "vi", "exact"), "3 triệu người"),
    ],
)
def test_format_amount(args: tuple[float, str, str, str], text: str) -> None:
    assert format_amount(*args) == text


def test_format_amount_rejects_what_it_cannot_write() -> None:
    with pytest.raises(ValueError):
        format_amount(math.nan, "USD", "vi")
    with pytest.raises(ValueError):
        format_amount(1.0, "USD", "vi", "roughly")


@pytest.mark.parametrize(
    ("text", "rank", "words"),
    [
        (SEED_000_RANKS, 4, "lớn thứ tư"),
        (SEED_000_PERU, 6, "lớn thứ sáu"),
        (SEED_000_LARGEST, 1, "lớn nhất"),
        (SEED_001_PARTNER, 6, "lớn thứ 6"),
        (SEED_002_TRADE, 4, "lớn thứ 4"),
        ("đối tác thương mại thứ hai của Việt Nam", 2, "thứ hai"),
        ("thứ sáu", 6, "thứ sáu"),
        ("Chile's fourth-largest trading partner", 4, "fourth-largest"),
        ("the 2nd largest investor", 2, "2nd largest"),
        ("Viet Nam's largest trading partner in ASEAN", 1, "largest"),
    ],
)
def test_find_ordinal_rank(text: str, rank: int, words: str) -> None:
    assert find_ordinal_rank(text) == (rank, words)


@pytest.mark.parametrize(
    "text",
    [
        SEED_003_APEC,
        "Sáng thứ Sáu, tại Lima",
        "chuyến thăm cấp cao nhất",
        "vào thứ 4 tuần tới",
        "thứ 0",
    ],
)
def test_no_rank(text: str) -> None:
    assert find_ordinal_rank(text) is None


# --- properties -------------------------------------------------------------------------

UNITS = ["USD", "VND", "EUR", "JPY", "%", "", "người", "tấn", "dự án", "doanh nghiệp", "PEN", "CLP"]
values = st.one_of(
    st.integers(min_value=-(10**15), max_value=10**15).map(float),
    st.floats(min_value=-1e16, max_value=1e16, allow_nan=False, allow_infinity=False),
    st.decimals(min_value=0, max_value=10**6, places=3).map(float),
)
qualifiers = st.sampled_from(QUALIFIERS)
langs = st.sampled_from(["vi", "en"])


@settings(max_examples=200)
@given(values, st.sampled_from(UNITS), langs, qualifiers)
def test_format_then_parse_round_trips(value: float, unit: str, lang: str, qualifier: str) -> None:
    text = format_amount(value, unit, lang, qualifier)
    amount = parse_amount(text, lang=lang)
    assert amount is not None, text
    assert (amount.value, amount.unit, amount.qualifier) == (value, unit, qualifier), text
    assert amount.text == text


@settings(max_examples=150)
@given(values, st.sampled_from(["USD", "VND", "EUR", "người", "tấn"]), langs, qualifiers)
def test_round_trip_needs_no_language_hint_for_words_and_currencies(
    value: float, unit: str, lang: str, qualifier: str
) -> None:
    text = format_amount(value, unit, lang, qualifier)
    amount = parse_amount(text)
    assert amount is not None, text
    assert (amount.value, amount.unit, amount.qualifier) == (value, unit, qualifier), text


@settings(max_examples=120)
@given(
    st.lists(
        st.tuples(st.floats(min_value=0, max_value=1e13), st.sampled_from(UNITS[:5]), qualifiers),
        min_size=1,
        max_size=4,
    ),
    langs,
)
def test_amounts_in_running_text_are_all_found(
    items: list[tuple[float, str, str]], lang: str
) -> None:
    assume(all(value >= 1e6 or unit for value, unit, _ in items))  # else not an amount in text
    parts = [format_amount(value, unit, lang, q) for value, unit, q in items]
    text = " ; ".join(f"đạt {part}" for part in parts)
    found = find_amounts(text, lang=lang)
    assert [a.text for a in found] == parts
    assert [(a.value, a.unit, a.qualifier) for a in found] == items


def soup(*pieces: str) -> st.SearchStrategy[str]:
    """Strings made of pieces that look like the real thing, in any order."""
    return st.lists(st.sampled_from(pieces), max_size=20).map("".join)


number_soup = soup(*"0123456789.,-−/: %$€", "tỷ", "triệu", "USD", "hơn ", " nghìn", "gần ", "lệ")


@settings(max_examples=150)
@given(st.text() | number_soup)
def test_find_amounts_never_raises_and_offsets_hold(text: str) -> None:
    for amount in find_amounts(text):
        assert text[amount.start : amount.end] == amount.text
        assert amount.qualifier in QUALIFIERS
        assert math.isfinite(amount.value)
    parsed = parse_amount(text)
    if parsed is not None:
        assert text[parsed.start : parsed.end] == parsed.text


@settings(max_examples=150)
@given(st.text() | soup("lớn ", "thứ ", "nhất", "tư", "4", "0", " ", "lần ", "largest", "th", "-"))
def test_find_ordinal_rank_never_raises(text: str) -> None:
    found = find_ordinal_rank(text)
    if found is not None:
        rank, words = found
        assert rank >= 1 and words in text
