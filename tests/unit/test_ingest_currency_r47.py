"""A currency's own rate or move is no fact of the pair; a partner's trade with the world is
its own total (r47)."""

from __future__ import annotations

from briefer.ingest.candidates import find_candidates
from briefer.ingest.currencymove import currency_move
from briefer.ingest.owntotals import own_total


def test_a_currency_led_sentence_is_its_own_news() -> None:
    assert currency_move("Đồng peso dao động quanh mức 950 peso đổi 1 USD.")
    assert currency_move("Từ đầu năm, đồng bảng Anh đã mất giá 8% so với USD.")
    assert currency_move("Argentina đang trong quá trình thả nổi tỷ giá đồng peso từ tháng 4/2025.")
    assert currency_move("The shilling weakened to 130 per dollar in March.")
    assert currency_move("Since January, Ghana's currency has lost 20% against the dollar.")


def test_the_pair_told_with_a_rate_or_a_province_is_kept() -> None:
    assert not currency_move("Đồng Nai có kim ngạch xuất khẩu ở mức 25 tỷ USD.")
    assert not currency_move(
        "Bilateral trade reached US$80 million in 2024, or about 1.4 billion rand at current"
        " exchange rates."
    )
    assert not currency_move("Kim ngạch thương mại hai nước đạt 2 tỷ USD, tương đương 40 tỷ rand.")


def test_no_candidate_from_a_currency_line() -> None:
    body = (
        "Kim ngạch thương mại Việt Nam - Argentina năm 2024 đạt 4,1 tỷ USD.\n\n"
        "Đồng peso dao động quanh mức 950 peso đổi 1 USD."
    )
    quotes = [c.quote for c in find_candidates(body)]
    assert any("4,1 tỷ USD" in q for q in quotes)
    assert not any("đổi 1 USD" in q for q in quotes)


def test_trade_with_the_world_is_the_partners_own_total() -> None:
    assert own_total(
        "Theo Bộ Công Thương Lào, tổng kim ngạch thương mại quốc tế của Lào năm 2024 đạt "
    )
    assert own_total("tổng kim ngạch ngoại thương của Thái Lan năm 2024 đạt ")
    assert own_total("Qatar's non-hydrocarbon foreign trade rose to ")
    # (a sum told again in another currency, in brackets)
    assert own_total("Oman's non-oil foreign trade hit a record 20 billion rials (")
    assert not own_total("tổng kim ngạch thương mại của Việt Nam với Lào năm 2024 đạt ")
    assert not own_total("Oman's non-oil foreign trade with Vietnam hit ")
