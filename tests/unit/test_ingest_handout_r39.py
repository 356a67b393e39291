"""A slide handout numbering its slides at their foot or with their headings (r39)."""

from __future__ import annotations

from briefer.ingest.slidedeck import slide_deck

_VI = """Hợp tác nông nghiệp Việt Nam - Kenya

ThS. Lê Minh Châu – Viện Nghiên cứu Châu Phi Tọa đàm “Thị trường Đông Phi” – Đà Nẵng, 05/03/2025

Slide 1/6

Slide 2 – Thương mại

Năm 2024 kim ngạch đạt 200 triệu USD.

Slide 3 – Đầu tư

Kenya có 2 dự án tại Việt Nam.
"""

_EN = """Vietnam and Chile: trade after the FTA

Dr. Ana Torres, Institute of Asian Studies

Santiago, 14 May 2025

Slide 1: Overview

Trade reached USD 1.8 billion in 2024.

Slide 2: Outlook

Growth is expected to continue.
"""


def test_a_degree_on_the_title_slide_and_the_event_lines_day() -> None:
    deck = slide_deck(_VI)
    assert (deck.presenter, deck.day) == ("Lê Minh Châu", "2025-03-05")


def test_slides_marked_with_their_headings() -> None:
    deck = slide_deck(_EN)
    assert (deck.presenter, deck.day) == ("Ana Torres", "2025-05-14")


def test_a_text_with_one_slide_mark_is_no_deck() -> None:
    assert slide_deck("Dr. Ana Torres, Institute\n\nSlide 1: Overview\n\nText.\n").presenter == ""
