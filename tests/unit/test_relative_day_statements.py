"""A draft's statement says no day relative to the article ("yesterday", "hôm qua", "on
Monday"): in a brief read months later it would name a day that is not the reader's. Found
from outside: "Sri Lanka and Vietnam yesterday signed …" became a brief's "latest visit" line.
The quote keeps the source's exact words."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefer.domain.wording import neutral_statement
from briefer.ingest.analysis import analyse


@pytest.mark.parametrize(
    ("quote", "statement"),
    [
        (
            "Việt Nam và Peru hôm qua đã ký Bản ghi nhớ về hợp tác thủy sản tại Lima.",
            "Việt Nam và Peru đã ký Bản ghi nhớ về hợp tác thủy sản tại Lima.",
        ),
        (
            "Hai bên vào chiều qua đã ký kết kế hoạch hợp tác giai đoạn 2026-2030.",
            "Hai bên đã ký kết kế hoạch hợp tác giai đoạn 2026-2030.",
        ),
        (
            "The two ministers signed the fisheries agreement in Lima on Tuesday.",
            "The two ministers signed the fisheries agreement in Lima.",
        ),
        (  # (a possessive is no day of the article's: the words stay)
            "Today's agreement opens a new chapter in fisheries trade with Peru.",
            "Today's agreement opens a new chapter in fisheries trade with Peru.",
        ),
    ],
)
def test_a_statement_drops_a_day_told_relative_to_the_article(quote: str, statement: str) -> None:
    assert neutral_statement(quote) == statement


def test_an_imported_english_draft_says_no_yesterday_and_its_quote_does(tmp_path: Path) -> None:
    page = tmp_path / "lima.txt"
    page.write_text(
        "Peru, Vietnam sign fisheries pact\n\n"
        "Peru and Vietnam yesterday signed a memorandum of understanding on fisheries in Lima, "
        "officials said on Wednesday.\n\nBilateral trade reached US$1.3 billion in 2024.\n",
        encoding="utf-8",
    )
    signing = next(c for c in analyse(page).candidates if "memorandum" in c.quote)
    assert "yesterday" in signing.quote
    for statement in (signing.statement_vi, signing.statement_en):
        assert "yesterday" not in statement and statement.startswith("Peru and Vietnam signed")


@pytest.mark.parametrize(
    ("quote", "statement"),
    [
        (
            "Morocco and Vietnam signed a roadmap for rice trade in Rabat on Monday (Sept 1).",
            "Morocco and Vietnam signed a roadmap for rice trade in Rabat on Sept 1.",
        ),
        (
            "The two sides yesterday (November 18, 2025) held their first joint committee.",
            "The two sides on November 18, 2025 held their first joint committee.",
        ),
        (
            "Hai bộ trưởng hôm qua (5/9) đã ký biên bản ghi nhớ về hợp tác thủy sản.",
            "Hai bộ trưởng ngày 5/9 đã ký biên bản ghi nhớ về hợp tác thủy sản.",
        ),
        (
            "Hai bên chiều qua (ngày 12/11) đã khai mạc diễn đàn doanh nghiệp tại Lima.",
            "Hai bên ngày 12/11 đã khai mạc diễn đàn doanh nghiệp tại Lima.",
        ),
        (  # brackets without a day only qualify the relative one: they go with it
            "The delegations met in Santiago on Tuesday (local time) to review the trade deal.",
            "The delegations met in Santiago to review the trade deal.",
        ),
    ],
)
def test_a_day_given_in_brackets_after_a_relative_one_stays(quote: str, statement: str) -> None:
    """ "on Monday (Sept 1)" told the reader's day too: without the bracketed date the line
    read "… in Rabat (Sept 1)." (seen in an exported brief)."""
    assert neutral_statement(quote) == statement
