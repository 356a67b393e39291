"""Facts of the r39 round: a rank among a plural group or out of a total (rankmetric.py), a
visit "from A to B" (visitdirection.py), a weekday beside a year (weekdayalso.py), figures of
no pair — a foreign country's trade with another, a whole told by its main sources, a
foreign country's top partners (otherpair.py), Việt Nam with a whole region (regionpair.py),
a part of a place's own visitors (ownarrivals.py), a foreign economy's growth
(owneconomy.py) — and a letter's own greeting (lettergreeting.py)."""

from __future__ import annotations

from briefer.ingest.candidates import find_candidates
from briefer.ingest.clean import Metadata
from briefer.ingest.lettergreeting import own_greeting
from briefer.ingest.otherpair import foreign_with, sources_after, third_ranked
from briefer.ingest.regionpair import region_sided
from briefer.ingest.visitdirection import direction_of
from briefer.ingest.weekdayalso import with_weekdays
from briefer.text.dates import find_dates

_VI = Metadata(published_on="2026-03-12", language="vi")  # a Thursday
_EN = Metadata(published_on="2026-03-12", language="en")


def _facts(body: str, meta: Metadata) -> list[tuple[str, str, float | None, str, str]]:
    return [(c.pair, c.metric, c.value, c.unit, c.event_date) for c in find_candidates(body, meta)]


def test_a_rank_among_a_plural_group_of_partners() -> None:
    body = "Vietnam now ranks 14th among Georgia's trading partners, the ministry said."
    assert _facts(body, _EN) == [("VN-GE", "trade.home_rank", 14.0, "rank", "")]


def test_a_rank_out_of_a_total_of_investing_countries() -> None:
    body = "Na Uy đứng thứ 31 trong tổng số 150 quốc gia và vùng lãnh thổ có đầu tư tại Việt Nam."
    assert _facts(body, _VI) == [("VN-NO", "investment.rank", 31.0, "rank", "")]


def test_a_visit_from_one_country_to_another_goes_to_the_second() -> None:
    text = "Last May the minister led a trade mission, the first visit from Norway to Vietnam."
    assert direction_of(text, "NO") == "inbound"
    text = "It was the first visit from Vietnam to Norway by a deputy prime minister."
    assert direction_of(text, "NO") == "outbound"


def test_a_weekday_dates_a_sentence_whose_only_other_date_is_a_year() -> None:
    text = "The two sides met in Oslo on Monday, the first such meeting since 2018."
    found = with_weekdays(find_dates(text, 2026), text, "2026-03-12")
    assert "2026-03-09" in [d.iso for d in found]
    body = (
        "Norway's State Secretary held talks with Vietnam's Deputy Minister of Industry in "
        "Hanoi on Monday, the first such talks since 2018."
    )
    assert [f[4] for f in _facts(body, _EN) if f[1].startswith("visit")] == ["2026-03-09"]


def test_a_weekday_is_not_added_beside_a_day() -> None:
    text = "Hai bên đã ký biên bản ngày 5/3/2026, thứ Năm."
    found = find_dates(text, 2026)
    assert with_weekdays(found, text, "2026-03-12") == found


def test_a_foreign_countrys_trade_with_another_is_no_pair_figure() -> None:
    assert foreign_with("Estonia's trade with Malaysia in the same months came to ")
    assert foreign_with("Cùng kỳ, thương mại của Estonia với Malaysia đạt ")
    assert not foreign_with("Estonia's trade with Vietnam in the same months came to ")
    body = (
        "Estonia's exports to Vietnam reached 40 million euros in 2025.\n\n"
        "Estonia's trade with Malaysia in the same year came to 75 million euros."
    )
    assert [f[2] for f in _facts(body, _EN)] == [40_000_000.0]


def test_a_whole_told_by_its_main_sources_is_none_of_theirs() -> None:
    clause = "Thành phố có 120 dự án FDI với tổng vốn 3 tỷ USD, phần lớn đến từ Singapore và Đức."
    assert sources_after(clause, clause.index("120"))
    clause = "The port handled 2 million tonnes of imports, mainly from Brazil and Argentina."
    assert sources_after(clause, clause.index("2 million"))
    clause = "FDI from Germany reached $3 billion, mainly from carmakers."
    assert not sources_after(clause, clause.index("$3"))
    body = "Thành phố có 120 dự án FDI với tổng vốn 3 tỷ USD, phần lớn đến từ Singapore và Đức."
    assert _facts(body, _VI) == []


def test_a_foreign_countrys_top_partners_that_are_third_countries() -> None:
    text = "Các đối tác thương mại lớn nhất của Mông Cổ hiện là Trung Quốc và Nga."
    assert third_ranked(text, text.index("lớn"), text.index("nhất") + 4)
    text = "Russia and China remain Mongolia's biggest trading partners."
    assert third_ranked(text, text.index("biggest"), text.index("biggest") + 7)
    text = "Mông Cổ hiện là đối tác lớn thứ 2 của Việt Nam tại Đông Bắc Á."
    assert not third_ranked(text, text.index("lớn"), text.index("thứ 2") + 5)
    # (Việt Nam's own ranking, told with the country ranked above: a fact of the pair)
    text = "Mông Cổ là đối tác lớn thứ 2 trong khu vực, sau Hàn Quốc."
    assert not third_ranked(text, text.index("lớn"), text.index("thứ 2") + 5)
    body = "Các đối tác thương mại lớn nhất của Mông Cổ hiện là Trung Quốc và Nga."
    assert _facts(body, _VI) == []


def test_viet_nam_with_a_whole_region_is_no_pair_figure() -> None:
    assert region_sided("Thương mại của Việt Nam với toàn khu vực Bắc Âu năm 2025 đạt ")
    assert region_sided("Kim ngạch giữa Việt Nam và khu vực Trung Á đạt ")
    assert region_sided("trade between Vietnam and the whole of Central Asia reached ")
    assert not region_sided("Thương mại của Việt Nam với Na Uy năm 2025 đạt ")


def test_a_foreign_economys_growth_that_reached_a_figure() -> None:
    body = "Bài báo nhấn mạnh rằng tăng trưởng GDP của Đức năm 2025 chỉ đạt 0,2%."
    assert _facts(body, _VI) == []


def test_a_letters_own_greeting_is_no_fact() -> None:
    assert own_greeting(
        "Nhân dịp Quốc khánh Ba Lan (11/11), chúng tôi trân trọng gửi tới Quý Hội lời chúc mừng."
    )
    assert own_greeting("On this occasion, we wish to convey our sincere congratulations.")
    assert not own_greeting("Chủ tịch nước đã gửi điện mừng tới Tổng thống Ba Lan.")
    body = (
        "Nhân dịp kỷ niệm Quốc khánh Ba Lan (11/11/1918 - 11/11/2026), tôi xin gửi tới Ngài "
        "lời chúc mừng nồng nhiệt nhất."
    )
    assert _facts(body, _VI) == []


def test_a_part_of_a_places_own_visitors_is_its_own_too() -> None:
    body = (
        "Năm 2025, Đà Lạt đón khoảng 8 triệu lượt khách, trong đó có 1,1 triệu lượt khách quốc "
        "tế; lượng khách từ Na Uy còn ít."
    )
    assert [f for f in _facts(body, _VI) if f[1] == "tourism.arrivals"] == []
    body = "Năm 2025, Việt Nam đón 90.000 lượt khách Na Uy, trong đó có 20.000 lượt khách Na Uy."
    assert _facts(body, _VI) == [
        ("VN-NO", "tourism.arrivals", 90_000.0, "lượt", ""),
        ("VN-NO", "tourism.arrivals", 20_000.0, "lượt", ""),
    ]
