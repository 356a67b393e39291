"""A signing told at a dated gathering takes the gathering's day (r33)."""

from __future__ import annotations

from briefer.ingest.candidates import find_candidates
from briefer.ingest.occasions import signed_at_occasion


def test_signed_at_the_gathering() -> None:
    assert signed_at_occasion("Tại hội nghị, hai hiệp hội đã ký Biên bản ghi nhớ hợp tác.")
    assert signed_at_occasion("At the forum, the two chambers signed a cooperation agreement.")
    assert not signed_at_occasion("Tại hội nghị, các doanh nghiệp đã trao đổi về thị trường.")
    assert not signed_at_occasion("Hai hiệp hội đã ký Biên bản ghi nhớ hợp tác.")


def test_signing_takes_the_gathering_day() -> None:
    body = (
        "Ngày 14/5/2027, tại Đà Nẵng, Sở Công Thương phối hợp với Đại sứ quán Jamaica tổ chức "
        "Hội nghị kết nối giao thương giữa doanh nghiệp hai bên.\n\n"
        "Tại hội nghị, Hiệp hội Doanh nghiệp thành phố và Phòng Thương mại Jamaica đã ký Biên "
        "bản ghi nhớ hợp tác về xúc tiến thương mại.\n"
    )
    signed = [c for c in find_candidates(body) if "Biên bản ghi nhớ" in c.quote]
    assert [(c.kind, c.event_date) for c in signed] == [("event", "2027-05-14")]


def test_english_forum_day() -> None:
    body = (
        "On 3 June 2027, the embassy held a business forum in Kingston with Vietnamese firms.\n\n"
        "At the forum, the Jamaica Chamber of Commerce and a Vietnamese association signed a "
        "memorandum of understanding.\n"
    )
    signed = [c for c in find_candidates(body) if "memorandum" in c.quote]
    assert [c.event_date for c in signed] == ["2027-06-03"]
