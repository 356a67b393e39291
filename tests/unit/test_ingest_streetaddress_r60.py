"""A postal address in the European order, the street before its house number and a part
opening on a postal code before the town ("Kungsgatan 8, 111 43 Stockholm, Sweden"), is an
address line, never a document's title (r60); a headline with a number stays a headline."""

from __future__ import annotations

from briefer.ingest.imprint import address_line


def test_a_street_then_house_number_and_postcode_is_an_address() -> None:
    assert address_line("Kungsgatan 8, 111 43 Stockholm, Sweden")
    assert address_line("Via Nazionale 14, 00184 Roma, Italia")
    assert address_line("Strandvejen 70, 2900 Hellerup, Denmark")


def test_a_headline_with_numbers_is_no_address() -> None:
    assert not address_line("Exports reach 125 countries, Sweden says, up 12 percent")
    assert not address_line("Prime Minister visits Hanoi, Haiphong and Da Nang")
