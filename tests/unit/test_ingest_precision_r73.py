"""Figures and statements of no pair, r73: a foreign country's own sales told with their main
markets (otherpair.markets_after), the projects a place drew and their money, a foreign
country's own FDI inflows (ownintake.own_investment) and a foreign economy named by its
adjective (owneconomy.own_economy)."""

from __future__ import annotations

from briefer.ingest.candidates import find_candidates
from briefer.ingest.clean import Metadata
from briefer.ingest.otherpair import markets_after
from briefer.ingest.owneconomy import own_economy
from briefer.ingest.ownintake import own_investment

_VI = Metadata(published_on="2026-03-12", language="vi")
_EN = Metadata(published_on="2026-03-12", language="en")


def _figures(body: str, metadata: Metadata) -> list[float | None]:
    return [c.value for c in find_candidates(body, metadata) if c.kind == "figure"]


def test_a_foreign_countrys_sales_by_their_main_markets_are_none_of_the_pairs() -> None:
    clause = "Năm 2023, Peru xuất khẩu đồng đạt 20 tỷ USD, chủ yếu sang Trung Quốc và Ấn Độ."
    assert markets_after(clause, clause.index("20 tỷ"))
    clause = "Chile sold $9 billion of copper last year, mostly to China and Japan."
    assert markets_after(clause, clause.index("$9"))
    # (Việt Nam the seller or a market: the pair's, kept)
    clause = "Việt Nam xuất khẩu cà phê đạt 5 tỷ USD, chủ yếu sang Đức và Italy."
    assert not markets_after(clause, clause.index("5 tỷ"))
    clause = "Peru xuất khẩu đồng đạt 20 tỷ USD, chủ yếu sang Trung Quốc và Việt Nam."
    assert not markets_after(clause, clause.index("20 tỷ"))
    body = (
        "Năm 2023, Peru xuất khẩu đồng đạt 20 tỷ USD, chủ yếu sang Trung Quốc và Ấn Độ. "
        "Kim ngạch thương mại Việt Nam - Peru năm 2023 đạt 620 triệu USD."
    )
    # (the pair's own figure beside it stays: the miner works, only the other's goes)
    assert _figures(body, _VI) == [620_000_000]


def test_the_projects_a_place_drew_and_their_money_are_its_own() -> None:
    clause = " tỉnh đã thu hút gần 900 dự án FDI với tổng vốn đầu tư hơn 12 tỷ USD"
    assert own_investment(clause, clause.index("gần 900"))
    assert own_investment(clause, clause.index("hơn 12"))
    clause = " thu hút 40 dự án FDI của Nhật Bản với tổng vốn 2 tỷ USD"
    assert not own_investment(clause, clause.index("2 tỷ"))
    body = (
        "Lãnh đạo tỉnh cho biết Bình Dương có 29 khu công nghiệp, đã thu hút gần 900 dự án FDI "
        "với tổng vốn đầu tư hơn 12 tỷ USD. Năm 2025, kim ngạch thương mại Việt Nam - Hàn Quốc "
        "đạt 90 tỷ USD."
    )
    assert _figures(body, _VI) == [90_000_000_000]


def test_a_foreign_countrys_own_fdi_inflows() -> None:
    clause = "Panama's foreign direct investment inflows reached $3.1 billion in 2024"
    assert own_investment(clause, clause.index("$3.1"))
    clause = "Korea's FDI inflows into Vietnam reached $3.1 billion in 2024"
    assert not own_investment(clause, clause.index("$3.1"))
    body = (
        "Panama's foreign direct investment inflows reached $3.1 billion in 2024, a record. "
        "Trade between Vietnam and Panama reached US$1.2 billion in 2024."
    )
    assert _figures(body, _EN) == [1_200_000_000]


def test_a_foreign_economy_named_by_its_adjective() -> None:
    assert own_economy(
        "The Peruvian economy, among the most stable in South America, grew 3.1 per cent last year."
    )
    assert not own_economy("The Vietnamese economy expanded 7 per cent last year.")
    assert not own_economy(
        "The Peruvian economy grew 3 per cent, and its trade with Vietnam doubled."
    )


def test_a_provinces_or_sectors_exports_by_their_main_markets_are_the_sellers_whole() -> None:
    clause = "Năm 2025, kim ngạch xuất khẩu của tỉnh Hải Dương đạt 12 tỷ USD, chủ yếu sang Hàn Quốc, Nhật Bản và Mỹ."  # noqa: E501
    assert markets_after(clause, clause.index("12 tỷ"))
    clause = "The province's exports reached $4.5 billion last year, mainly to Japan and Australia."
    assert markets_after(clause, clause.index("$4.5"))
    # (one market only: the sales to it, which may be the pair's — kept for the editor)
    clause = "Xuất khẩu thủy sản của tỉnh đạt 300 triệu USD, chủ yếu sang Nhật Bản."
    assert not markets_after(clause, clause.index("300 triệu"))
    # (no sales word before the amount: a stock or a count, not a seller's total)
    clause = "Tỉnh có 120 dự án với vốn 2 tỷ USD, chủ yếu sang Hàn Quốc và Nhật Bản."
    assert not markets_after(clause, clause.index("2 tỷ"))
    body = (
        "Năm 2025, kim ngạch xuất khẩu của tỉnh Hải Dương đạt 12 tỷ USD, chủ yếu sang Hàn Quốc, "
        "Nhật Bản và Mỹ. Kim ngạch thương mại Việt Nam - Nhật Bản năm 2025 đạt 51 tỷ USD."
    )
    # (the pair's own figure beside it stays)
    assert _figures(body, _VI) == [51_000_000_000]
