"""A commodity's market price quoted on an exchange is no fact of the pair, nor an event."""

from briefer.ingest.marketquote import market_quote
from tests.mined import candidates


def test_vietnamese_exchange_quotes() -> None:
    assert market_quote("Giá hạt tiêu trên sàn Kochi phiên 14/5 đóng cửa ở mức 6.100 USD/tấn.")
    assert market_quote("Giá dầu WTI chiều 2/6 giao dịch quanh mức 71 USD/thùng.")


def test_english_exchange_quotes() -> None:
    assert market_quote("Arabica futures prices settled at 310 cents per pound on Friday.")
    assert market_quote("The price of palm oil traded at $950 per tonne on the exchange.")


def test_values_and_flows_are_no_quote() -> None:
    assert not market_quote("Giá trị xuất khẩu sang Chile đạt 300 triệu USD trong năm 2024.")
    # (a per-unit price alone is one since r100: test_ingest_priceonly_r100.py)
    assert not market_quote("Two-way trade reached $2.1 billion in 2024, up 9 per cent.")


def test_a_quote_gives_no_candidate() -> None:
    body = (
        "Giá dầu WTI sáng 2/6 giao dịch quanh mức 71 USD/thùng.\n\n"
        "Năm 2024, kim ngạch thương mại Việt Nam - Chile đạt 1,9 tỷ USD."
    )
    got = candidates(body, "CL", "2025-06-03")
    assert [c.value for c in got if c.kind == "figure"] == [1_900_000_000]
    assert not any("WTI" in c.quote for c in got)
