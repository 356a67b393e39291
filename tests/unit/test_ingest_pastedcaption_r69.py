"""Pasted captions whose credit is a source and an agency in brackets, or a photographer
after the agency's "Photo" (round r69)."""

from __future__ import annotations

from briefer.ingest.pastedcaption import credited_caption


def test_a_caption_closed_by_a_source_and_a_news_agency_in_brackets() -> None:
    assert credited_caption(
        "Deputy Minister Jan Kowalski greets Vietnam's Ambassador Le Thi Hoa at the port of "
        "Gdansk (Port Authority - Reuters)"
    )


def test_a_heading_pairing_two_sides_in_brackets_is_no_caption() -> None:
    assert not credited_caption("Trade cooperation between the two neighbours (Vietnam - Laos)")
    assert not credited_caption("Hợp tác kinh tế giữa hai nước láng giềng (Việt Nam - Campuchia)")


def test_a_photographer_after_the_agency_photo_credit() -> None:
    assert credited_caption(
        "Visitors at the Vietnam - Poland trade fair in Da Nang on Friday. "
        "— VNA/VNS Photo Trần Minh"
    )
    # (an article's sentence ending on a photo's mention is no credit)
    assert not credited_caption("The minister said the two sides had agreed. — Photo")
