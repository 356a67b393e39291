"""Round r107 (candidate precision): a foreign country's own production of a commodity, told
with it as the subject and naming neither Việt Nam, a Vietnamese place nor the two sides, is
no fact of the pair; the pair's output, a Vietnamese province's, a flow to Việt Nam or a
partner's measure on Vietnamese goods is kept."""

from __future__ import annotations

from briefer.ingest.candidates import find_candidates
from briefer.ingest.cleantypes import Metadata
from briefer.ingest.ownoutput import own_output


def _quotes(body: str) -> list[str]:
    meta = Metadata(published_on="2026-05-12", context_year=2026)
    return [c.quote for c in find_candidates(body, meta)]


def test_a_partners_own_output_yields_no_candidate() -> None:
    body = (
        "Kim ngạch thương mại Việt Nam - Kazakhstan năm 2025 đạt 1,4 tỷ USD, tăng 9% so với "
        "năm 2024.\n\n"
        "Theo Tổ chức OPEC, sản lượng dầu thô của Kazakhstan trong tháng 3-2026 đạt khoảng "
        "1,8 triệu thùng/ngày.\n\n"
        "Kazakhstan's crude oil production averaged 1.9 million barrels per day in the first "
        "quarter, the energy ministry said."
    )
    quotes = _quotes(body)
    assert any("1,4 tỷ USD" in q for q in quotes)  # the pair's trade stays
    assert not any("thùng" in q or "barrels" in q for q in quotes)


def test_own_output_in_both_languages() -> None:
    assert own_output("Sản lượng khí đốt của Turkmenistan năm 2024 ước đạt 80 tỷ m3.")
    assert own_output("Năm 2025, Gabon khai thác trung bình khoảng 220.000 thùng dầu mỗi ngày.")
    assert own_output("Ecuador là nước xuất khẩu chuối lớn nhất thế giới, với sản lượng năm "
                      "2025 đạt khoảng 7 triệu tấn.")  # fmt: skip
    assert own_output("Peru's copper production averaged 230,000 tonnes a month in 2025.")
    assert own_output("The agriculture minister told parliament that Kenya's tea output "
                      "reached 570 million kilograms last year.")  # fmt: skip


def test_output_tied_to_viet_nam_or_the_two_sides_is_kept() -> None:
    # the partner's output goes to Việt Nam: a flow of the pair's
    assert not own_output("Sản lượng cà phê của Brazil năm 2025 đạt 65 triệu bao, trong đó "
                          "khoảng 5% xuất khẩu sang Việt Nam.")  # fmt: skip
    # a Vietnamese province's harvest in a story on a partner
    assert not own_output("Sản lượng thanh long của Long An năm 2025 đạt khoảng 300.000 tấn.")
    # a joint venture of the two sides
    assert not own_output("The joint venture's output of the two sides reached 4 million "
                          "tonnes in 2025.")  # fmt: skip
    assert not own_output("Nigeria's oil output from the field the two countries develop "
                          "together rose to 40,000 barrels a day.")  # fmt: skip


def test_a_partners_measure_or_a_minister_going_on_is_no_output() -> None:
    # a partner's measure affecting Vietnamese goods stays a fact
    assert not own_output("Từ tháng 3/2026, Ai Cập áp thuế chống bán phá giá 18% đối với thép "
                          "cuộn nhập khẩu từ Việt Nam.")  # fmt: skip
    # a sentence going on with the visit's minister
    assert not own_output("The minister also visited a shrimp farm in Cà Mau, where output "
                          "rose 12% last year.")  # fmt: skip
    # the production as the speaker's plan, not the country's figure as subject
    assert not own_output("Bà Ana Sousa cho biết Mozambique đặt mục tiêu chế biến trong nước "
                          "40% sản lượng điều vào năm 2030.")  # fmt: skip


def test_a_partners_exports_of_one_good_or_to_a_third_country_give_no_candidate() -> None:
    assert own_output("Năm 2025, xuất khẩu cá hồi của Na Uy đạt khoảng 13 tỷ USD.")
    assert own_output("Theo Cục Thống kê Sri Lanka, kim ngạch xuất khẩu chè của nước này năm "
                      "2025 đạt 1,5 tỷ USD.")  # fmt: skip
    assert own_output("Chile's salmon exports reached $6.4 billion in 2025, officials said.")
    # bare exports to a third country are two foreign ends (flowends), not this module's:
    # the user sees no candidate either way
    body = (
        "Trade between Viet Nam and Argentina reached $4.1 billion in 2025.\n\n"
        "Argentina's exports to Brazil rose 14% to $17 billion last year."
    )
    quotes = _quotes(body)
    assert any("4.1 billion" in q for q in quotes)
    assert not any("Brazil" in q for q in quotes)
    body = (
        "Thương mại Việt Nam - Na Uy năm 2025 đạt 1,2 tỷ USD.\n\n"
        "Năm 2025, xuất khẩu cá hồi của Na Uy đạt khoảng 13 tỷ USD, phần lớn sang EU."
    )
    quotes = _quotes(body)
    assert any("1,2 tỷ USD" in q for q in quotes)
    assert not any("cá hồi" in q for q in quotes)


def test_a_partners_exports_of_the_pair_are_kept() -> None:
    # to Việt Nam by name or by reference
    assert not own_output("Xuất khẩu cá hồi của Na Uy sang Việt Nam năm 2025 đạt 180 triệu USD.")
    assert not own_output("Chile's fruit exports to the Southeast Asian country rose 20% to "
                          "$210 million.")  # fmt: skip
    # a part of the pair's total told above
    assert not own_output("Trong đó, xuất khẩu đậu tương của Brazil đạt 1,1 tỷ USD.")
    # the bare exports, going on with the pair's trade
    assert not own_output("Xuất khẩu của Paraguay đạt 95 triệu USD, tăng 8%.")


def test_output_shipped_to_viet_nam_by_reference_is_kept() -> None:
    # (review of session 26: "nước ta" / "the Southeast Asian nation" named Việt Nam only for
    # exports, so the pair's own flow inside an output sentence was dropped)
    assert not own_output(
        "Sản lượng lúa mì của Úc năm 2025 đạt 34 triệu tấn, trong đó 2 triệu tấn được nhập "
        "khẩu vào nước ta."
    )
    assert not own_output(
        "Canada's wheat output reached 35 million tonnes in 2025, with 1 million tonnes "
        "shipped to the Southeast Asian nation."
    )
    # near miss: output with no flow to Việt Nam still goes
    assert own_output("Sản lượng lúa mì của Úc năm 2025 đạt 34 triệu tấn.")
