"""An outlet left at a bare domain is shown by the name the page prints that spells it, on
wording of our own."""

from __future__ import annotations

from briefer.ingest.domainname import printed_site


def test_the_menu_rows_name_spelling_the_domain() -> None:
    text = "Harbour Ledger   Markets   Ports   Subscribe\n\nShipping rose 9% in 2025."
    assert printed_site("harbour-ledger.net", text) == "Harbour Ledger"
    assert printed_site("www.harbourledger.net", text) == "Harbour Ledger"


def test_a_name_inside_a_sentence_and_with_its_article() -> None:
    text = "About us: The Lagos Courier is a weekly paper on West African trade."
    assert printed_site("lagoscourier.com", text) == "The Lagos Courier"


def test_a_vietnamese_name_spelling_the_domain() -> None:
    text = "Bản quyền thuộc Nông Sản Việt. Tin tức thị trường nông sản."
    assert printed_site("nongsanviet.vn", text) == "Nông Sản Việt"


def test_no_name_spells_it() -> None:
    assert printed_site("harbour-ledger.net", "Shipping rose 9% in Harbour City.") == ""
    # (an outlet already named, or a label too short to spell a name by more than chance)
    assert printed_site("Harbour Ledger", "Harbour Ledger") == ""
    assert printed_site("abc.vn", "Abc news") == ""
    # (the domain written as a name is the domain, not a name spelling it)
    assert printed_site("harbourledger.net", "Harbourledger.net | Coastal News") == ""
