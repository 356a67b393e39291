"""The writer's name beside the head's stamp is the byline wherever the head sets it, and a
dotted day and month with a time and no year is a stamp (r30)."""

from briefer.ingest.clean import clean
from briefer.ingest.stampbylines import yearless_stamp

_LEAD = (
    "Sweden's trade minister says Vietnam could become one of the country's largest markets "
    "in Asia within a decade."
)
_PROSE = (
    "Goods trade between Sweden and Vietnam totalled SEK 14 billion last year, according to "
    "Statistics Sweden, with machinery the largest export."
)
_PROSE_2 = (
    "Around 60 Swedish companies now have offices in Vietnam, most of them in Hanoi and Ho Chi "
    "Minh City, the embassy said."
)


def test_a_dotted_day_and_time_without_a_year() -> None:
    assert yearless_stamp("18.6. 14:36")
    assert yearless_stamp("3.11. klo 9.05")
    assert yearless_stamp("Di. 18.6. um 14:36 Uhr")
    assert not yearless_stamp("31.13. 14:36")  # (no month thirteen)
    assert not yearless_stamp("Exports rose 18.6. 14:36")


def test_the_name_under_the_standfirst_beside_the_stamp_is_the_byline() -> None:
    cleaned = clean(
        "Sweden eyes Vietnam as trade minister ends Hanoi visit\n\nNews\n\n"
        f"{_LEAD}\n\nAnna Karlsson\n\n18.6. 14:36\n\n{_PROSE}\n\n{_PROSE_2}"
    )
    assert "Anna Karlsson" not in cleaned.body
    assert "14:36" not in cleaned.body
    assert cleaned.metadata.author == "Anna Karlsson"
    assert _PROSE in cleaned.body


def test_a_sentence_beside_the_stamp_stays() -> None:
    # (only a line that reads as a byline goes with the stamp: the standfirst above stays)
    cleaned = clean(f"Sweden eyes Vietnam\n\n{_LEAD}\n\n18.6. 14:36\n\n{_PROSE}\n\n{_PROSE_2}")
    assert "14:36" not in cleaned.body
    assert _LEAD in cleaned.body
    assert _PROSE in cleaned.body
