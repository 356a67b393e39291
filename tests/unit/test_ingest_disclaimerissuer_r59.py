"""r59: the body a publisher's disclaimer says released the text is the document's issuer."""

from __future__ import annotations

from briefer.ingest.disclaimerissuer import disclaimer_issuer, offer_disclaimer_issuer
from briefer.ingest.found import Found, Line


def test_a_disclaimer_names_the_body_that_released_the_text() -> None:
    text = (
        "Disclaimer: This report is published by the Canadian Department of Global Trade and "
        "Development for general information. It may not be complete."
    )
    assert disclaimer_issuer(text) == "Canadian Department of Global Trade and Development"
    found = Found()
    offer_disclaimer_issuer([Line("Exports rose 9 percent."), Line(text)], found)
    assert found.outlet == "Canadian Department of Global Trade and Development"


def test_a_sentence_or_a_person_named_is_no_issuer() -> None:
    assert disclaimer_issuer("The figures were released by the Ministry of Trade on Monday.") == ""
    assert disclaimer_issuer("Disclaimer: Data published by John Smith may be out of date.") == ""
