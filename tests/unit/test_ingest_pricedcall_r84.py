"""An advertiser's price per period beside a call to act is the site's offer, not news."""

from __future__ import annotations

from briefer.ingest.notices import offer
from briefer.ingest.pricedcall import priced_part


def test_priced_clause_beside_a_call_is_an_offer() -> None:
    assert offer("Gói cước internet cáp quang chỉ từ 180.000đ/tháng - Đăng ký ngay")
    assert offer("Fibre broadband from $29/month – Sign up")
    assert offer("Gym membership in Nairobi from KES 3,500/month - Register today")


def test_priced_clause_alone_or_beside_no_call_is_kept() -> None:
    assert not offer("Giá thuê văn phòng hạng A ở Lima từ 25 USD/m2/tháng - theo CBRE Peru")
    assert not offer("Lãi suất cho vay nông nghiệp giảm còn 4,5%/năm")


def test_a_sentence_of_news_after_the_dash_is_no_call() -> None:
    line = (
        "Lãi suất tiết kiệm tăng lên 6%/năm - Đăng ký doanh nghiệp mới tại Đồng Nai tăng mạnh "
        "trong quý III nhờ dòng vốn từ Hàn Quốc và Singapore."
    )
    assert not offer(line)


def test_priced_part_wants_a_period_and_no_stop() -> None:
    assert priced_part("Flights to Santiago from €399/night")
    assert not priced_part("Exports rose 12% a year")  # no slash and period
    assert not priced_part("Rents are 25 USD/month.")  # a sentence's stop
