"""An outlet in the page's language (r51): a page in English that never writes the table's
Vietnamese name of the agency but writes its English name is named by the English name."""

from __future__ import annotations

from briefer.ingest.editionname import in_page_language

_PAGE = (
    "Da Nang (VNA) - Vietnam and Kenya agreed to expand coffee trade.\n\n"
    "© Vietnam News Agency 2025. All rights reserved."
)


def test_an_english_page_writing_the_agencys_english_name_is_named_by_it() -> None:
    assert in_page_language("TTXVN", _PAGE, "en") == "Vietnam News Agency"


def test_a_vietnamese_page_or_one_that_writes_the_table_name_keeps_it() -> None:
    assert in_page_language("TTXVN", _PAGE, "vi") == "TTXVN"
    assert in_page_language("TTXVN", _PAGE + "\nTTXVN", "en") == "TTXVN"
    # (only the initials written: no spelled-out name to show)
    assert in_page_language("TTXVN", "Hanoi (VNA) - Talks were held.", "en") == "TTXVN"
