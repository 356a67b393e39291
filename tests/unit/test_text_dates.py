"""briefer.text.dates: the dates the seed articles write, read and written back."""

from __future__ import annotations

import calendar
import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefer.text.dates import DateRef, find_dates, format_date, parse_date

# Sentences copied from the seed articles (shared/seeds).
SEED_000_RELATIONS = "Ngày 25/3/1971, Việt Nam và Chile thiết lập quan hệ ngoại giao."
SEED_000_PARTNERSHIP = (
    "nhất là sau khi hai nước thiết lập quan hệ Ðối tác toàn diện vào tháng 5/2007. Chile coi trọng"
)
SEED_000_PERU = "Ngày 14/11/2024 đánh dấu tròn 30 năm Việt Nam và Peru thiết lập quan hệ ngoại giao"
SEED_000_HOSTS = (
    "đã hai lần đảm nhiệm thành công vai trò chủ nhà APEC (năm 2006 và 2017); là một trong"
)
SEED_000_PLAYER = (
    "APEC (APEC) năm 2024 tại thủ đô Lima của Peru.\n0:00 / 0:00\n0:00\n\nNgày 25/3/1971"
)
SEED_001_LIMA = (
    "Tuần lễ Cấp cao Diễn đàn Hợp tác kinh tế Châu Á - Thái Bình Dương (APEC) 2024 tại Lima "
    "từ 12 - 16/11 theo lời mời của Tổng thống Cộng hòa Peru"
)
SEED_001_PERU = (
    "Việt Nam và Peru thiết lập quan hệ ngoại giao từ năm 1994. Trong 30 năm qua, mặc dù"
)
SEED_001_VISITS = (
    "Tổng thống Alberto Fujimori (7/1998), Phó Tổng thống Luis Giampietri dịp dự HNCC APEC 14 "
    "(11/2006); Tổng thống Pablo Kuczynski dự HNCC APEC 25 tại Đà Nẵng (11/2017)"
)
SEED_001_TRADE = (
    "Kim ngạch thương mại song phương năm 2023 giữa hai nước đạt gần 500 triệu USD, "
    "trong 7 tháng đầu năm 2024 đạt gần 300 triệu USD."
)
SEED_002_VISIT = "Alberto Van Klaveren thăm chính thức Việt Nam từ ngày 25-27/8/2024."
SEED_002_MORNING = (
    "Sáng 25/8, tại Nhà khách Chính phủ, Bộ trưởng Ngoại giao Bùi Thanh Sơn đã hội đàm"
)
SEED_002_FTA = "kỷ niệm 10 năm thực thi Hiệp định thương mại tự do song phương (2014-2024) và"
SEED_002_RATIO = "quan hệ kinh tế thương mại song phương đã vượt mức 2 tỷ USD; Chile tiếp tục là"
SEED_004_TRADE = (
    "đạt hơn 1,3 tỷ USD trong 9 tháng 2024; trong đó, Chile tiếp tục là "
    "đối tác thương mại lớn thứ 4"
)
SEED_004_EVENING = "Tối 9/11 theo giờ địa phương, tại thủ đô Santiago"


def _refs(text: str, context_year: int | None = None) -> list[tuple[str, str, str, str]]:
    found = find_dates(text, context_year)
    for ref in found:
        assert text[ref.pos : ref.endpos] == ref.text
    return [(ref.start, ref.end, ref.precision, ref.text) for ref in found]


def test_seed_000_day_month_and_anniversary() -> None:
    assert _refs(SEED_000_RELATIONS) == [("1971-03-25", "1971-03-25", "day", "Ngày 25/3/1971")]
    assert _refs(SEED_000_PARTNERSHIP) == [("2007-05", "2007-05", "month", "tháng 5/2007")]
    assert _refs(SEED_000_PERU) == [("2024-11-14", "2024-11-14", "day", "Ngày 14/11/2024")]


def test_seed_000_two_host_years() -> None:
    assert _refs(SEED_000_HOSTS) == [
        ("2006", "2006", "year", "năm 2006"),
        ("2017", "2017", "year", "2017"),
    ]


def test_seed_000_media_player_debris_is_no_date() -> None:
    assert _refs(SEED_000_PLAYER) == [
        ("2024", "2024", "year", "năm 2024"),
        ("1971-03-25", "1971-03-25", "day", "Ngày 25/3/1971"),
    ]


def test_seed_001_range_without_year_needs_context() -> None:
    assert _refs(SEED_001_LIMA) == [("2024", "2024", "year", "2024")]
    assert _refs(SEED_001_LIMA, context_year=2024) == [
        ("2024", "2024", "year", "2024"),
        ("2024-11-12", "2024-11-16", "day", "12 - 16/11"),
    ]


def test_seed_001_year_and_parenthesised_months() -> None:
    assert _refs(SEED_001_PERU) == [("1994", "1994", "year", "năm 1994")]
    assert _refs(SEED_001_VISITS) == [
        ("1998-07", "1998-07", "month", "7/1998"),
        ("2006-11", "2006-11", "month", "11/2006"),
        ("2017-11", "2017-11", "month", "11/2017"),
    ]


def test_seed_001_year_and_period() -> None:
    assert _refs(SEED_001_TRADE) == [
        ("2023", "2023", "year", "năm 2023"),
        ("2024-01", "2024-07", "month", "7 tháng đầu năm 2024"),
    ]


def test_seed_002_day_range_and_morning() -> None:
    assert _refs(SEED_002_VISIT) == [("2024-08-25", "2024-08-27", "day", "ngày 25-27/8/2024")]
    assert _refs(SEED_002_MORNING) == []  # no year written, none given
    assert _refs(SEED_002_MORNING, context_year=2024) == [
        ("2024-08-25", "2024-08-25", "day", "25/8")
    ]


def test_seed_002_year_range_and_no_false_date_in_money() -> None:
    assert _refs(SEED_002_FTA) == [("2014", "2024", "year", "2014-2024")]
    assert _refs(SEED_002_RATIO) == []


def test_seed_004_nine_months_and_evening() -> None:
    assert _refs(SEED_004_TRADE) == [("2024-01", "2024-09", "month", "9 tháng 2024")]
    assert _refs(SEED_004_EVENING, context_year=2024) == [
        ("2024-11-09", "2024-11-09", "day", "9/11")
    ]


@pytest.mark.parametrize(
    ("text", "start", "end", "precision"),
    [
        ("25/3/1971", "1971-03-25", "1971-03-25", "day"),
        ("ngày 14/11/2024", "2024-11-14", "2024-11-14", "day"),
        ("ngày 25 tháng 3 năm 1971", "1971-03-25", "1971-03-25", "day"),
        ("tháng 5/2007", "2007-05", "2007-05", "month"),
        ("tháng 5 năm 2007", "2007-05", "2007-05", "month"),
        ("(7/1998)", "1998-07", "1998-07", "month"),
        ("(11/2006)", "2006-11", "2006-11", "month"),
        ("năm 1994", "1994", "1994", "year"),
        ("năm 2023", "2023", "2023", "year"),
        ("25-27/8/2024", "2024-08-25", "2024-08-27", "day"),
        ("9 tháng 2024", "2024-01", "2024-09", "month"),
        ("9 tháng đầu năm 2024", "2024-01", "2024-09", "month"),
        ("7 tháng đầu năm 2024", "2024-01", "2024-07", "month"),
        ("6 tháng cuối năm 2024", "2024-07", "2024-12", "month"),
        ("quý III/2024", "2024-07", "2024-09", "month"),
        ("nửa đầu năm 2024", "2024-01", "2024-06", "month"),
        ("2014-2024", "2014", "2024", "year"),
        ("từ năm 2014 đến năm 2024", "2014", "2024", "year"),
        ("30/11 - 2/12/2024", "2024-11-30", "2024-12-02", "day"),
        ("25 March 1971", "1971-03-25", "1971-03-25", "day"),
        ("March 25, 1971", "1971-03-25", "1971-03-25", "day"),
        ("March 1971", "1971-03", "1971-03", "month"),
        ("November 2024", "2024-11", "2024-11", "month"),
        ("January–September 2024", "2024-01", "2024-09", "month"),
        ("25–27 August 2024", "2024-08-25", "2024-08-27", "day"),
        ("the first nine months of 2024", "2024-01", "2024-09", "month"),
        ("2024-01..2024-09", "2024-01", "2024-09", "month"),
    ],
)
def test_date_expressions(text: str, start: str, end: str, precision: str) -> None:
    ref = parse_date(text)
    assert ref is not None, text
    assert (ref.start, ref.end, ref.precision) == (start, end, precision)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("12 - 16/11", "2024-11-12", "2024-11-16"),
        ("sáng 25/8", "2024-08-25", "2024-08-25"),
        ("9 tháng đầu năm", "2024-01", "2024-09"),
        ("quý I", "2024-01", "2024-03"),
    ],
)
def test_context_year_completes_dates(text: str, start: str, end: str) -> None:
    assert parse_date(text) is None
    ref = parse_date(text, context_year=2024)
    assert ref is not None and (ref.start, ref.end) == (start, end)


@pytest.mark.parametrize(
    "text",
    [
        "APEC 25",
        "0:00 / 0:00",
        "1,3 tỷ USD",
        "đối tác thương mại lớn thứ 4",
        "phiên bản 1.2.3 và 2.10.2024",
        "Nghị định 30/2020/NĐ-CP",
        "Thông tư 12/2024 của Bộ Tài chính",
        "khoảng 2/3 số doanh nghiệp",
        "khoảng 2000 người",
        "hơn 50 năm",
        "30/11",  # a day and month, no year and no context: skipped, never invented
        "31/2/2024",
        "vùng 4.500 USD",
    ],
)
def test_no_false_dates(text: str) -> None:
    assert find_dates(text) == []


def test_day_month_without_a_cue_is_not_a_date_even_with_context() -> None:
    assert find_dates("tỷ số 2/3", context_year=2024) == []
    assert [r.start for r in find_dates("(30/11)", context_year=2024)] == ["2024-11-30"]


def test_iso_property_of_a_range() -> None:
    ref = parse_date("9 tháng đầu năm 2024")
    assert ref is not None and ref.iso == "2024-01..2024-09"
    single = parse_date("năm 1994")
    assert single is not None and single.iso == "1994"


@pytest.mark.parametrize(
    ("iso", "vi", "vi_bare", "en"),
    [
        ("1971-03-25", "25/3/1971", "25/3/1971", "25 March 1971"),
        ("2007-05", "tháng 5/2007", "5/2007", "May 2007"),
        ("1994", "năm 1994", "1994", "1994"),
        ("2023", "năm 2023", "2023", "2023"),
        ("2024-01..2024-09", "9 tháng đầu năm 2024", "9 tháng 2024", "January–September 2024"),
        (
            "2024-07..2024-12",
            "6 tháng cuối năm 2024",
            "6 tháng cuối năm 2024",
            "July–December 2024",
        ),
        ("2024-04..2024-06", "quý II/2024", "quý II/2024", "April–June 2024"),
        ("2024-08-25..2024-08-27", "25-27/8/2024", "25-27/8/2024", "25–27 August 2024"),
        ("2014..2024", "2014-2024", "2014-2024", "2014–2024"),
    ],
)
def test_format_date(iso: str, vi: str, vi_bare: str, en: str) -> None:
    assert format_date(iso, "vi") == vi
    assert format_date(iso, "vi", bare=True) == vi_bare
    assert format_date(iso, "en") == en


@pytest.mark.parametrize(
    "bad", ["", "25/3/1971", "2024-13", "2024-02-30", "2024..2023", "2024..2024-05"]
)
def test_format_date_rejects_what_is_not_iso(bad: str) -> None:
    with pytest.raises(ValueError):
        format_date(bad, "vi")


# --- properties -------------------------------------------------------------------------

days = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2099, 12, 31))
langs = st.sampled_from(["vi", "en"])


@st.composite
def isos(draw: st.DrawFn) -> str:
    """A single date, month or year, or a range/period of one of them."""
    kind = draw(st.sampled_from(["day", "month", "year"]))
    first, second = sorted([draw(days), draw(days)])
    if kind == "day":
        a, b = first.isoformat(), second.isoformat()
    elif kind == "month":
        a, b = first.isoformat()[:7], second.isoformat()[:7]
    else:
        a, b = str(first.year), str(second.year)
    return a if a == b or draw(st.booleans()) else f"{a}..{b}"


@settings(max_examples=200)
@given(isos(), langs, st.booleans())
def test_format_then_find_round_trips(iso: str, lang: str, bare: bool) -> None:
    text = format_date(iso, lang, bare=bare)
    found = find_dates(text)
    assert [ref.iso for ref in found] == [iso], text
    assert found[0].text == text


@settings(max_examples=120)
@given(days, langs)
def test_dates_in_running_text_keep_their_offsets(day: dt.date, lang: str) -> None:
    written = format_date(day.isoformat(), lang)
    text = f"Ngày hội đàm: {written}, tại Lima; 1,3 tỷ USD; APEC 25."
    found = find_dates(text)
    assert [ref.start for ref in found] == [day.isoformat()]
    assert text[found[0].pos : found[0].endpos] == written


@settings(max_examples=100)
@given(st.integers(min_value=1900, max_value=2099), st.integers(1, 12), st.data())
def test_day_month_with_context_year(year: int, month: int, data: st.DataObject) -> None:
    day = data.draw(st.integers(1, calendar.monthrange(year, month)[1]))
    ref = parse_date(f"sáng {day}/{month}", context_year=year)
    assert ref == DateRef(
        f"{year:04d}-{month:02d}-{day:02d}",
        f"{year:04d}-{month:02d}-{day:02d}",
        f"{day}/{month}",
        5,
        5 + len(f"{day}/{month}"),
        "day",
    )


def soup(*pieces: str) -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(pieces), max_size=20).map("".join)


date_soup = soup(
    *"0123456789/-–. ,:()",
    "ngày ",
    "tháng ",
    "năm ",
    "quý ",
    "đầu ",
    "March ",
    "May",
    "sáng ",
    "đến ",
)


@settings(max_examples=150)
@given(st.text() | date_soup, st.none() | st.integers(min_value=-5, max_value=10_000))
def test_find_dates_never_raises_and_offsets_hold(text: str, context_year: int | None) -> None:
    for ref in find_dates(text, context_year):
        assert text[ref.pos : ref.endpos] == ref.text
        assert ref.precision in ("day", "month", "year")
        assert ref.start <= ref.end
        # Every reported date is a real one that format_date can write.
        assert format_date(ref.iso, "vi")


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("15 Tháng Mười Một 2025", "2025-11-15"),  # a two-word month, its words capitalised
        ("ngày 7 tháng Chạp năm 2024", "2024-12-07"),  # the year's last month by its own name
        ("ngày 10 tháng Năm năm 2024", "2024-05-10"),  # May, with "năm YYYY" after it
        ("14-Nov-2025", "2025-11-14"),  # a register's day, month and year joined by dashes
    ],
)
def test_a_month_written_as_a_word_between_a_day_and_a_year(text: str, day: str) -> None:
    assert [(r.start, r.end, r.text) for r in find_dates(text)] == [(day, day, text)]


def test_a_month_word_that_is_no_date() -> None:
    """Near misses: a count of months, a day the month never has, a register's date glued
    to more digits."""
    # "10 tháng năm 2024" is the first ten months of 2024, never 10 May
    assert [(r.start, r.end) for r in find_dates("10 tháng năm 2024")] == [("2024-01", "2024-10")]
    assert find_dates("ngày 30 tháng Hai, 2024") == []  # February has no 30th
    assert find_dates("14-Nov-2025-12") == []
