"""Candidate precision (r71): a country's share of the world's whole, and a foreign country's
own export mix, are one side's standing and yield no candidate of the pair."""

from __future__ import annotations

from briefer.ingest.candidates import find_candidates
from briefer.ingest.cleantypes import Metadata


def _quotes(text: str, partner: str = "") -> list[str]:
    meta = Metadata(partners=(partner,)) if partner else None
    found = find_candidates(text, meta) if meta else find_candidates(text)
    return [c.quote for c in found]


def test_a_countrys_share_of_the_worlds_output_is_no_candidate_vi() -> None:
    text = (
        "Năm 2024, Việt Nam nhập khẩu từ Bờ Biển Ngà 210 triệu USD, chủ yếu là hạt điều và ca "
        "cao; Bờ Biển Ngà hiện sản xuất khoảng 40% sản lượng ca cao của thế giới."
    )
    quotes = _quotes(text, "CI")
    assert not [q for q in quotes if "40%" in q]
    assert [q for q in quotes if "210 triệu USD" in q]


def test_a_countrys_share_of_the_worlds_fleet_is_no_candidate_en() -> None:
    text = (
        "Danish shipowners, who control roughly 15% of the world's container fleet, want to "
        "invest in Vietnamese shipyards."
    )
    assert not [q for q in _quotes(text, "DK") if "15%" in q]


def test_a_sectors_world_share_with_no_country_stays() -> None:
    # (no country holds the share: the miner's older rules decide, as before)
    from briefer.ingest.worldshare import world_share

    text = "ngành thép chiếm khoảng 8% lượng phát thải của thế giới"
    assert not world_share(text, text.index("khoảng"))


def test_a_change_against_world_prices_is_no_world_share() -> None:
    from briefer.ingest.worldshare import world_share

    text = "xuất khẩu hồ tiêu sang Ấn Độ tăng 35% so với năm trước do giá tiêu thế giới tăng"
    assert not world_share(text, text.index("35%"))


def test_a_foreign_countrys_own_export_mix_is_no_candidate() -> None:
    text = (
        "Năm 2024, kim ngạch thương mại Việt Nam - Zambia đạt 48 triệu USD. "
        "Đồng vẫn chiếm khoảng 70% kim ngạch xuất khẩu của Zambia."
    )
    quotes = _quotes(text, "ZM")
    assert not [q for q in quotes if "70%" in q]
    assert [q for q in quotes if "48 triệu USD" in q]


def test_an_export_mix_named_by_reference_or_in_english() -> None:
    from briefer.ingest.exportmix import export_mix

    vi = "Bộ trưởng cho biết cacao chiếm gần 40% kim ngạch xuất khẩu của nước này."
    assert export_mix(vi, vi.index("gần"))
    en = "Copper accounts for about 70% of Zambia's exports, the minister said."
    assert export_mix(en, en.index("about"))


def test_the_pairs_own_export_mix_stays() -> None:
    from briefer.ingest.exportmix import export_mix

    pair = "Xuất khẩu sang Zambia đạt 30 triệu USD, trong đó gạo chiếm 55% kim ngạch xuất khẩu."
    assert not export_mix(pair, pair.index("55%"))
    home = "Hạt điều chiếm hơn 70% kim ngạch nhập khẩu của Việt Nam từ Zambia."
    assert not export_mix(home, home.index("hơn"))
    plain = "Điện thoại chiếm gần 50% kim ngạch xuất khẩu."
    assert not export_mix(plain, plain.index("gần"))


def test_a_foreign_countrys_imports_from_third_countries_are_no_candidate() -> None:
    text = (
        "Năm 2024, Việt Nam xuất khẩu sang Senegal 220 triệu USD. Senegal có dân số khoảng "
        "18 triệu người, nhập khẩu lúa gạo mỗi năm trên 1,2 tỷ USD, chủ yếu từ Ấn Độ, Thái "
        "Lan và Pakistan."
    )
    quotes = _quotes(text, "SN")
    assert not [q for q in quotes if "1,2 tỷ" in q]
    assert [q for q in quotes if "220 triệu USD" in q]


def test_imports_sourced_from_viet_nam_stay() -> None:
    from briefer.ingest.otherpair import sources_after

    text = "Senegal nhập khẩu lúa gạo trên 1,2 tỷ USD, chủ yếu từ Việt Nam và Ấn Độ"
    assert not sources_after(text, text.index("trên"))


def test_a_foreign_countrys_own_revenue_is_no_candidate() -> None:
    text = (
        "Việt Nam và Ai Cập nhất trí nâng kim ngạch thương mại lên 1 tỷ USD. Năm 2024, tuyến "
        "đường ống SUMED mang lại cho Ai Cập khoảng 600 triệu USD doanh thu, tăng so với mức "
        "450 triệu USD của năm trước."
    )
    quotes = _quotes(text, "EG")
    assert not [q for q in quotes if "SUMED" in q]
    assert [q for q in quotes if "1 tỷ USD" in q]


def test_a_revenue_with_the_pair_or_no_country_stays() -> None:
    from briefer.ingest.ownrevenue import own_revenue

    joint = "Liên doanh Rusvietpetro đem lại doanh thu hơn 20 tỷ USD."
    assert not own_revenue(joint, (0, len(joint)))
    home = "Doanh thu của Viettel tại Peru đạt 300 triệu USD."
    assert not own_revenue(home, (0, len(home)))
