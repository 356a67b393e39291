"""A trade rank's English sentence says what the quote ranks — supplier, export market,
buyer — never "trading partner" for a rank of one commodity (wording of our own)."""

from __future__ import annotations

from briefer.domain.english import suggest_english
from briefer.domain.model import Country, Fact
from briefer.domain.rankwords import rank_head

VN = Country("VN", "Việt Nam", "Viet Nam")
KE = Country("KE", "Kê-ni-a", "Kenya")


def _rank(value: float, metric: str = "trade.partner_rank", statement: str = "") -> Fact:
    return Fact(
        None, "r", "VN-KE", "economic", "figure", statement or "…", metric=metric,
        value=value, unit="rank",
    )  # fmt: skip


def _english(quote: str, value: float, metric: str = "trade.partner_rank") -> str:
    return suggest_english(_rank(value, metric), quote, VN, KE).text


def test_a_vietnamese_export_market_rank_is_an_export_market() -> None:
    quote = "Kê-ni-a hiện là thị trường xuất khẩu lớn thứ 3 của Việt Nam tại châu Phi."
    assert _english(quote, 3, "trade.partner_rank_in_africa") == (
        "Kenya is Viet Nam's third-largest export market in Africa."
    )


def test_a_rank_of_one_commodity_in_vietnamese_gets_no_sentence() -> None:
    # "nguồn cung chè lớn thứ hai": the second-largest tea supplier, no trading partner;
    # the tea is not translated here, so no sentence rather than a wrong one
    assert _english("Kê-ni-a là nguồn cung chè lớn thứ hai của Việt Nam.", 2) == ""
    assert _english("Kê-ni-a là thị trường nhập khẩu cà phê lớn thứ năm của Việt Nam.", 5) == ""
    assert _english("Kê-ni-a là thị trường lớn nhất của hạt tiêu Việt Nam tại Đông Phi.", 1) == ""


def test_an_english_supplier_rank_keeps_its_goods() -> None:
    quote = "Vietnam is now Kenya's second-largest supplier of rice after Thailand."
    assert _english(quote, 2, "trade.home_rank") == (
        "Viet Nam is Kenya's second-largest supplier of rice."
    )
    buyer = "Vietnam remains the largest buyer of Kenya's macadamia nuts, traders said."
    assert _english(buyer, 1, "trade.home_rank") == (
        "Viet Nam is Kenya's largest buyer of macadamia nuts."
    )
    # "of the crop": the goods are named elsewhere, so no sentence
    assert _english("It made Vietnam the largest buyer of the crop.", 1, "trade.home_rank") == ""


def test_the_rank_the_fact_holds_is_the_one_read() -> None:
    quote = (
        "Kenya is Vietnam's biggest export market in East Africa and its third-largest "
        "trading partner on the continent."
    )
    assert _english(quote, 1) == "Kenya is Viet Nam's largest export market."
    assert _english(quote, 3) == "Kenya is Viet Nam's third-largest trading partner."
    vi = "Kê-ni-a là đối tác viện trợ lớn nhất, đối tác lớn thứ 4 về thương mại của Việt Nam."
    assert _english(vi, 1) == ""  # (an aid partner is no trading partner)
    assert _english(vi, 4) == "Kenya is Viet Nam's fourth-largest trading partner."


def test_a_world_sellers_rank_is_said_of_the_world() -> None:
    quote = "Vietnam is the world's second-largest exporter of coffee, and Kenyan roasters buy it."
    assert _english(quote, 2, "trade.home_rank_in_world") == (
        "Viet Nam is the world's second-largest supplier of coffee."
    )


def test_one_of_the_largest_is_no_rank_of_its_own() -> None:
    quote = "Kenya, one of the world's largest exporters of tea, wants more buyers in Asia."
    assert _english(quote, 1, "trade.partner_rank_in_world") == ""
    vi = "Kê-ni-a là một trong ba nguồn cung chè lớn nhất của Việt Nam."
    assert _english(vi, 1) == ""


def test_a_plain_trading_partner_rank_reads_as_before() -> None:
    assert _english("Kê-ni-a là đối tác thương mại lớn thứ 2 của Việt Nam.", 2) == (
        "Kenya is Viet Nam's second-largest trading partner."
    )
    assert _english("", 2) == "Kenya is Viet Nam's second-largest trading partner."


def test_rank_head_reads_the_head_noun_in_both_languages() -> None:
    head = rank_head("Kê-ni-a là nhà nhập khẩu hàng hóa lớn thứ 2 của Việt Nam.", 2)
    assert head is not None and (head.noun, head.goods, head.known) == ("buyer", "", True)
    head = rank_head("Kenya was the 3rd largest import source for Vietnam.", 3)
    assert head is not None and head.noun == "source of imports"
    assert rank_head("Kê-ni-a tăng trưởng 5% năm 2025.") is None
