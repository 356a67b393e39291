"""Every figure of a brief ends with its period tag, said once: the statement's own words for
the period give way to the tag (render.saidperiod, render.context.with_period)."""

from __future__ import annotations

import pytest

from briefer.domain.model import Fact
from briefer.render.context import with_period
from briefer.render.saidperiod import without_said_period
from briefer.text.display import period_label


def _figure(vi: str, en: str, period: str = "", as_of: str = "") -> Fact:
    return Fact(None, "f-1", "VN-NO", "economic", "figure", vi, en, period=period, as_of=as_of,
                value=2.5e9, unit="USD", metric="trade.total", status="approved")  # fmt: skip


@pytest.mark.parametrize(
    ("text", "iso", "expected"),
    [
        # a whole year, said at the head, in the middle or at the end (vi, en)
        ("Năm 2022, thương mại hai chiều Việt Nam – Na Uy đạt 2,5 tỷ USD.", "2022",
         "Thương mại hai chiều Việt Nam – Na Uy đạt 2,5 tỷ USD."),
        ("Xuất khẩu sang Na Uy năm 2022 đạt 2,5 tỷ USD.", "2022",
         "Xuất khẩu sang Na Uy đạt 2,5 tỷ USD."),
        ("Two-way trade with Norway came to USD 2.5 billion in 2022.", "2022",
         "Two-way trade with Norway came to USD 2.5 billion."),
        # part of a year, in the words the source used ("9 tháng", "first nine months")
        ("Trong 6 tháng đầu năm 2021, thương mại với Na Uy đạt 1,2 tỷ USD.", "2021-01..2021-06",
         "Thương mại với Na Uy đạt 1,2 tỷ USD."),
        ("Trade with Norway topped USD 1.2 billion during the first half of 2021, up 4%.",
         "2021-01..2021-06", "Trade with Norway topped USD 1.2 billion, up 4%."),
        ("Thương mại, trong quý III/2021, đạt 600 triệu USD.", "2021-07..2021-09",
         "Thương mại đạt 600 triệu USD."),
        # an as-of date goes with its as-of word
        ("As of June 2023, Norway had 40 projects in Viet Nam.", "2023-06",
         "Norway had 40 projects in Viet Nam."),
    ],
)  # fmt: skip
def test_the_statements_own_words_for_the_period_go(text: str, iso: str, expected: str) -> None:
    as_of = text.startswith("As of")
    assert without_said_period(text, iso, as_of=as_of) == expected


@pytest.mark.parametrize(
    ("text", "iso", "as_of"),
    [
        # a running total to the end of the year is no flow during it
        ("Tính đến hết năm 2022, Na Uy có 40 dự án tại Việt Nam.", "2022", False),
        # a bare year no word introduces may be part of a name
        ("Hội chợ Oslo 2022 thu hút 300 doanh nghiệp Việt Nam.", "2022", False),
        # another year than the figure's, or the year said twice
        ("Thương mại năm 2022 tăng 8% so với năm 2021.", "2020", False),
        ("Năm 2022 thương mại tăng, và năm 2022 cũng là năm bản lề.", "2022", False),
        # a span word before an as-of date
        ("Norway invested USD 1 billion in June 2023.", "2023-06", True),
    ],
)  # fmt: skip
def test_words_that_are_not_plainly_the_period_stay(text: str, iso: str, as_of: bool) -> None:
    assert without_said_period(text, iso, as_of=as_of) == text


def test_whole_year_and_part_year_figures_are_tagged_alike() -> None:
    """The demo's Peru figures (real wording): the 2023 line had no tag while the seven-month
    one had one; both now end with their period, in both languages."""
    year = _figure(
        "Kim ngạch thương mại song phương Việt Nam – Peru năm 2023 đạt gần 500 triệu USD.",
        "Bilateral trade between Viet Nam and Peru reached nearly USD 500 million in 2023.",
        period="2023",
    )
    part = _figure(
        "Trong 7 tháng đầu năm 2024, kim ngạch thương mại song phương Việt Nam – Peru đạt gần "
        "300 triệu USD.",
        "In the first seven months of 2024, bilateral trade between Viet Nam and Peru reached "
        "nearly USD 300 million.",
        period="2024-01..2024-07",
    )
    lines = {
        lang: [with_period(f.statement(lang), period_label(f.period, lang), f) for f in facts]
        for lang in ("vi", "en")
        for facts in [(year, part)]
    }
    assert lines["vi"] == [
        "Kim ngạch thương mại song phương Việt Nam – Peru đạt gần 500 triệu USD (năm 2023).",
        "Kim ngạch thương mại song phương Việt Nam – Peru đạt gần 300 triệu USD "
        "(7 tháng đầu năm 2024).",
    ]
    assert lines["en"] == [
        "Bilateral trade between Viet Nam and Peru reached nearly USD 500 million (2023).",
        "Bilateral trade between Viet Nam and Peru reached nearly USD 300 million "
        "(January–July 2024).",
    ]


def test_a_line_whose_period_cannot_go_keeps_its_words_and_no_second_copy() -> None:
    fact = _figure("Tính đến hết năm 2022, Na Uy có 40 dự án.", "", period="2022")
    line = with_period(fact.statement_vi, period_label("2022", "vi"), fact)
    assert line == "Tính đến hết năm 2022, Na Uy có 40 dự án."
