"""Round r101: an English mission's letterhead set on two lines in capitals ("EMBASSY OF …"
over "IN …"), the note of the states it also covers under it, and a floor before the
street in its address line."""

from __future__ import annotations

from briefer.ingest.clean import clean
from briefer.ingest.imprint import address_line
from briefer.ingest.orgparts import accreditation_note
from briefer.ingest.unithead import unit_rows

_BODY = (
    "On 3 March 2026, the Ambassador met the Minister for Foreign Trade in Stockholm to discuss"
    " trade between the two countries, which reached US$1.9 billion in 2025.\n\n"
    "The two sides agreed to hold a business forum in Gothenburg later in the year."
)
_HEADLINE = "Ambassador of Viet Nam meets Swedish Minister for Foreign Trade in Stockholm"


def test_a_mission_over_its_host_in_capitals_is_the_issuing_unit() -> None:
    rows = ["EMBASSY OF THE SOCIALIST REPUBLIC OF VIET NAM", "IN THE KINGDOM OF SWEDEN", _HEADLINE]
    assert unit_rows(rows) == 2
    # (near miss: two lines in capitals that name no mission abroad are a headline's)
    assert unit_rows(["TRADE BETWEEN THE TWO NATIONS", "IN THE KINGDOM OF SWEDEN", _HEADLINE]) == 0


def test_the_accreditation_line_under_the_mission_is_no_title() -> None:
    text = (
        "EMBASSY OF THE SOCIALIST REPUBLIC OF VIET NAM\n\nIN THE KINGDOM OF SWEDEN\n\n"
        "Concurrently accredited to the Republic of Latvia and the Republic of Estonia\n\n"
        f"{_HEADLINE}\n\n{_BODY}"
    )
    cleaned = clean(text)
    assert cleaned.title == _HEADLINE
    assert "accredited" not in cleaned.body


def test_an_accreditation_note_is_told_from_a_sentence_on_one() -> None:
    assert accreditation_note("Kiêm nhiệm Cộng hòa Latvia và Cộng hòa Estonia")
    # (near miss: a sentence reporting an accreditation opens on its subject)
    assert not accreditation_note("The Ambassador is also accredited to Estonia.")


def test_a_floor_before_the_house_and_street_is_an_address() -> None:
    assert address_line("Suite 1204, Harbour Centre, 18-20 Queen Street, Auckland")
    # (near miss: a list of scores is no address)
    assert not address_line("Round 2, Team Blue beat Team Red, in Auckland")


def test_the_occasion_under_a_speech_credit_taken_for_the_title_is_a_label() -> None:
    from briefer.ingest.found import Line
    from briefer.ingest.speechhead import mark_speech_head

    lines = [
        Line("Keynote address by Ambassador Jane Roe at the Nordic Trade Week 2026", "title"),
        Line("Gothenburg Exhibition Centre, Hall B"),
        Line("Excellencies, ladies and gentlemen,"),
    ]
    mark_speech_head(lines)
    assert lines[0].reason == "title"
    assert lines[1].reason == "speech heading"
    # (near miss: a credit that is a sentence is no heading; the line under it stays)
    said = [Line("Remarks by the Minister were brief.", "title"), Line("Oslo Hall, Room 2")]
    mark_speech_head(said)
    assert said[1].kept
