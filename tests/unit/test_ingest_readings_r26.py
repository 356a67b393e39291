"""Readings that were wrong, not merely extra: whose rank "making X Vietnam's Nth-largest"
is, a rank's region from its own clause only, a trade balance read as imports, investment
told by its capital or projects read as trade, a second flow told from the partner's side."""

from __future__ import annotations

import pytest

from tests.mined import candidates


def _figures(sentence: str, partner: str) -> list[tuple[str, float | None]]:
    return [(c.metric, c.value) for c in candidates(sentence, partner) if c.kind == "figure"]


@pytest.mark.parametrize(
    ("sentence", "metric"),
    [
        # a possessive owns the ranking: the other side is ranked
        (
            "Trade hit US$9.1 billion in 2024, making Korea Vietnam's third-largest trading "
            "partner.",
            "trade.partner_rank",
        ),
        (
            "Trade hit US$91 million in 2024, making Vietnam Korea's third-largest trading "
            "partner in Southeast Asia.",
            "trade.home_rank_in_asean",
        ),
        # the Malaysian press writes "Asean"
        (
            "Korea is Vietnam's fifth-largest trading partner in Asean.",
            "trade.partner_rank_in_asean",
        ),
    ],
)
def test_whose_rank_it_is(sentence: str, metric: str) -> None:
    assert [m for m, _ in _figures(sentence, "KR") if "rank" in m] == [metric]


def test_a_rank_takes_no_region_from_the_contrasting_clause() -> None:
    sentence = (
        "Hàn Quốc là đối tác thương mại lớn nhất của Việt Nam, còn Việt Nam là đối tác thương "
        "mại lớn thứ 2 của Hàn Quốc trong ASEAN."
    )
    assert [m for m, _ in _figures(sentence, "KR")] == [
        "trade.partner_rank",
        "trade.home_rank_in_asean",
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Năm 2024, Việt Nam nhập siêu từ Hàn Quốc khoảng 28,4 tỷ USD.",
            [("trade.balance", 28.4e9)],
        ),
        (
            "Korean imports from Vietnam came to US$25 billion in 2024, leaving a deficit of "
            "US$3 billion.",
            [("trade.exports", 25e9), ("trade.balance", 3e9)],
        ),
        (
            "At the end of June, Korean firms ran 9,800 projects in Vietnam whose registered "
            "capital came to US$90 billion.",
            [("investment.projects", 9800), ("investment.total", 90e9)],
        ),
        (
            "Korean investment lags behind trade, with 90 projects worth a total of US$1.2 "
            "billion.",
            [("investment.projects", 90), ("investment.total", 1.2e9)],
        ),
        (
            "By then Korean firms had invested some USD 31 million in the zone.",
            [("investment.total", 31e6)],
        ),
        (
            "Over two decades Korea gave EUR 75 million of development cooperation to Vietnam.",
            [("aid.total", 75e6)],
        ),
    ],
)
def test_balance_and_investment_are_no_flows(
    sentence: str, expected: list[tuple[str, float]]
) -> None:
    assert _figures(sentence, "KR") == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Korean exports to Vietnam reached US$56 billion, while imports from the Southeast "
        "Asian country came to US$25 billion.",
        "Xuất khẩu của Hàn Quốc sang Việt Nam đạt 56 tỷ USD, còn nhập khẩu đạt 25 tỷ USD.",
    ],
)
def test_a_second_flow_goes_on_from_the_partners_side(sentence: str) -> None:
    assert _figures(sentence, "KR") == [("trade.imports", 56e9), ("trade.exports", 25e9)]


def test_a_second_flow_from_vietnams_side_stays_vietnams() -> None:
    sentence = (
        "Vietnam's exports to Korea reached US$25 billion, while imports came to US$56 billion."
    )
    assert _figures(sentence, "KR") == [("trade.exports", 25e9), ("trade.imports", 56e9)]


def test_a_milestones_day_in_brackets_after_an_anniversary_is_its_own() -> None:
    from tests.mined import events

    sentence = (
        "Năm nay, hai bên chào mừng 47 năm Ngày ký Hiệp ước Hợp tác (20/3/1978) "
        "và 62 năm Ngày thiết lập quan hệ ngoại giao (5/9/1962)."
    )
    assert [d for d, _ in events(sentence, "LA")] == ["1978-03-20", "1962-09-05"]
    # with no day of its own the anniversary still counts back from its year
    assert events("Năm 2025, hai nước kỷ niệm 50 năm thiết lập quan hệ ngoại giao.", "LA") == [
        ("1975", "relations.established")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Latvia's output contracted 0.8 percent in 2023, a second year of decline.",
        "Guyana là nền kinh tế tăng trưởng nhanh nhất thế giới, với GDP tăng hơn 40% năm 2024.",
    ],
)
def test_the_year_of_a_quantity_is_no_events_date(sentence: str) -> None:
    assert [c for c in candidates(sentence, "EE") if c.kind == "event"] == []
    # a year beside an event's cue, with a quantity in the same sentence, still dates it
    signed = "Năm 2024, GDP tăng 2,1% và hai nước ký Hiệp định hợp tác kinh tế."
    assert [c.event_date for c in candidates(signed, "EE") if c.kind == "event"] == ["2024"]


def test_a_term_beside_a_quantity_still_dates_its_event() -> None:
    from tests.mined import events

    sentence = (
        "Dự án hỗ trợ Cuba sản xuất lúa giai đoạn 2023 – 2026 đang triển khai trên diện tích "
        "khoảng 1.500 ha."
    )
    assert [d for d, _ in events(sentence, "CU")] == ["2023..2026"]


def test_a_term_beside_an_anniversary_is_no_founding() -> None:
    from tests.mined import events

    sentence = (
        "Hai bên đã ký Bản ghi nhớ hợp tác du lịch giai đoạn 2025 - 2028, nhân kỷ niệm 31 năm "
        "thiết lập quan hệ ngoại giao (1/7/1994 - 1/7/2025)."
    )
    assert ("2025", "relations.established") not in events(sentence, "HR")
    assert ("1994-07-01", "relations.established") in events(sentence, "HR")


def test_a_balance_is_counted_over_the_flows_period() -> None:
    sentence = "Năm 2024, xuất khẩu sang Hàn Quốc đạt 25 tỷ USD; Việt Nam nhập siêu 30 tỷ USD."
    found = [(c.metric, c.period) for c in candidates(sentence, "KR") if c.kind == "figure"]
    assert found == [("trade.exports", "2024"), ("trade.balance", "2024")]


def test_french_names_of_francophone_partners_are_theirs() -> None:
    from briefer.ingest.countries import find_countries

    assert [m.code for m in find_countries("Phái đoàn Bénin và Sénégal tới Cameroun")] == [
        "BJ",
        "SN",
        "CM",
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Tại buổi làm việc, bà Ana Lima, Tham tán Thương mại Ấn Độ, cho biết trong 8 tháng đầu "
        "năm 2025, kim ngạch thương mại song phương đạt 9,1 tỷ USD.",
        "Ms Lima, India's trade counsellor, said in the first eight months of 2025, two-way trade "
        "reached US$9.1 billion.",
    ],
)
def test_a_period_said_by_a_speaker_named_before_is_the_figures(sentence: str) -> None:
    assert [(c.value, c.period) for c in candidates(sentence, "IN") if c.kind == "figure"] == [
        (9.1e9, "2025-01..2025-08")
    ]
