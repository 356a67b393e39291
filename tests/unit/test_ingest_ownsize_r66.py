"""Round r66 (candidate precision): a country's own size — population, area, GDP level, its
rank beside them — told on its own is no fact of the pair; a size tied to trade, or a
sentence naming Việt Nam, is kept."""

from __future__ import annotations

from briefer.ingest.candidates import find_candidates
from briefer.ingest.cleantypes import Metadata
from briefer.ingest.ownsize import own_size


def _quotes(body: str) -> list[str]:
    meta = Metadata(published_on="2026-04-20", context_year=2026)
    return [c.quote for c in find_candidates(body, meta)]


def test_a_partners_population_and_gdp_yield_no_candidate() -> None:
    body = (
        "Kim ngạch thương mại Việt Nam - Mozambique năm 2025 đạt 210 triệu USD, tăng 12% so "
        "với năm 2024.\n\n"
        "Mozambique có dân số khoảng 34 triệu người, GDP năm 2024 đạt khoảng 21 tỷ USD; là "
        "nước sản xuất than lớn thứ 2 châu Phi.\n\n"
        "Dân số Gabon khoảng 2,5 triệu người; GDP năm 2024 đạt khoảng 20 tỷ USD, tăng trưởng "
        "2,9%."
    )
    quotes = _quotes(body)
    assert any("210 triệu USD" in q for q in quotes)  # the pair's trade stays
    assert not any("dân số" in q.lower() or "GDP" in q for q in quotes)


def test_size_sentences_in_both_languages_are_own_size() -> None:
    assert own_size("Lesotho nằm ở miền Nam châu Phi, diện tích 30.355 km2, dân số khoảng 2,3 "
                    "triệu người (năm 2024), thủ đô là Maseru.")  # fmt: skip
    assert own_size("Tổng sản phẩm quốc nội (GDP) của Mông Cổ năm 2024 ước đạt 21 tỷ USD.")
    assert own_size("The landlocked country has a population of about 6 million and an area "
                    "of 236,800 square kilometres.")  # fmt: skip
    assert own_size("GDP (2025): 18,3 tỷ USD; tăng trưởng 5,1%")


def test_a_size_tied_to_trade_or_to_viet_nam_is_kept() -> None:
    # the size is the reason for the trade that follows
    assert not own_size("Gabon có dân số khoảng 2,5 triệu người nhưng nhập khẩu gần như toàn "
                        "bộ lương thực, trong đó có gạo.")  # fmt: skip
    assert not own_size("Hai nền kinh tế Việt Nam và Mông Cổ có tổng dân số hơn 104 triệu người.")
    # another figure than the size: the sentence is more than background
    assert not own_size("Dân số Sierra Leone khoảng 8,9 triệu người, trong đó 60% sống bằng "
                        "nông nghiệp.")  # fmt: skip
    # a rank without a size beside it is not this module's
    assert not own_size("Nhật Bản là thị trường khách du lịch lớn thứ 3 của tỉnh.")
    # people served are no population
    assert not own_size("Nhà máy cấp nước sạch cho khoảng 45.000 người dân của huyện.")
