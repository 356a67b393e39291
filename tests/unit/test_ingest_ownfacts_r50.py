"""Round 50: figures that are not the pair's — a place's intake from everywhere (FDI it
attracted, visitors it had, its tourism earnings) and the whole country's or province's own
trade total. Each rule beside a real pair fact of the same shape, which must stay."""

from __future__ import annotations

from briefer.ingest.candidates import find_candidates
from briefer.ingest.ownintake import own_investment, own_visitors
from briefer.ingest.owntotals import own_total


def _figures(body: str) -> list[tuple[str, float | None]]:
    return [(c.pair, c.value) for c in find_candidates(body) if c.kind == "figure"]


# -- FDI a place attracted, no investor named --


def test_fdi_a_province_attracted_is_its_own() -> None:
    clause = " Quảng Ngãi thu hút khoảng 640 triệu USD vốn FDI"
    assert own_investment(clause, clause.index("640"))
    english = "Overall, the country attracted $18.2 billion in new FDI in the first half"
    assert own_investment(english, english.index("$"))


def test_fdi_from_the_partner_stays() -> None:
    clause = " Quảng Ngãi thu hút khoảng 640 triệu USD vốn FDI từ Nhật Bản"
    assert not own_investment(clause, clause.index("640"))
    projects = " tỉnh thu hút thêm 9 dự án của Nhật Bản với tổng vốn 75 triệu USD"
    assert not own_investment(projects, projects.index("75"))


def test_fdi_told_in_a_partner_text() -> None:
    body = (
        "Việt Nam và Nhật Bản.\n\nNhật Bản là nhà đầu tư lớn tại Việt Nam. Sáu tháng đầu năm "
        "2025, tỉnh Quảng Ngãi thu hút khoảng 640 triệu USD vốn FDI, đứng thứ tư cả nước. "
        "Cùng kỳ, Việt Nam thu hút 2,1 tỷ USD vốn FDI từ Nhật Bản."
    )
    values = {v for _, v in _figures(body)}
    assert 640_000_000 not in values
    assert ("VN-JP", 2_100_000_000) in _figures(body)


# -- visitors to a place and its tourism earnings, no nationality named --


def test_visitors_to_a_place_with_no_nationality_are_its_own() -> None:
    assert own_visitors("Năm 2024, tổng lượng khách quốc tế đến Quảng Ninh ước đạt ")
    assert own_visitors("Chín tháng qua, tổng lượt khách lưu trú tại Huế đạt ")
    assert own_visitors("doanh thu du lịch của tỉnh ước đạt ")


def test_visitors_of_the_partner_stay() -> None:
    assert not own_visitors("Năm 2024, tổng lượng khách Nhật Bản đến Quảng Ninh đạt ")
    assert not own_visitors("Lượng khách du lịch Ấn Độ đến Việt Nam năm 2024 đạt khoảng ")
    body = (
        "Việt Nam và Ấn Độ.\n\nẤn Độ mở thêm đường bay tới Việt Nam. Năm 2024, tổng lượng "
        "khách quốc tế đến Quảng Ninh ước đạt 3,2 triệu lượt. Lượng khách Ấn Độ đến Quảng "
        "Ninh năm 2024 đạt 41.000 lượt."
    )
    found = _figures(body)
    assert all(v != 3_200_000 for _, v in found)
    assert ("VN-IN", 41_000) in found


# -- the whole country's or province's own trade total --


def test_the_whole_countrys_trade_total_is_its_own() -> None:
    assert own_total("Tổng kim ngạch xuất nhập khẩu cả nước 6 tháng đạt ")
    assert own_total("Năm nay, kim ngạch xuất khẩu toàn tỉnh ước đạt ")


def test_the_whole_countrys_trade_with_the_partner_stays() -> None:
    assert not own_total("Tổng kim ngạch xuất nhập khẩu cả nước với Hàn Quốc 6 tháng đạt ")
    assert not own_total("kim ngạch xuất khẩu toàn tỉnh sang Hàn Quốc ước đạt ")
