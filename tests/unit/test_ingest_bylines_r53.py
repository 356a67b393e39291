"""Bylines beside a head's date stamp (round r53): a name before the stamp on its row with a
widget's counter after it, a romanised Cyrillic digraph initial run on to the surname, and the
credit line over a stamp that a long pasted menu pushes down the page. Wording of its own."""

from __future__ import annotations

from briefer.ingest.clean import clean
from briefer.ingest.stampwriter import initialled, stamp_writer

_LEAD = (
    "Hanoi, March 3, 2026 — Vietnam and Kazakhstan signed a memorandum on trade in farm "
    "products during the visit of Kazakhstan's Deputy Prime Minister to Hanoi."
)
_MORE = "Bilateral trade reached USD 1.2 billion in 2025, up 18 percent on the year before."


def test_a_counter_after_the_stamp_is_no_part_of_the_writer() -> None:
    assert stamp_writer("Anna Lindgren 2026-03-03 09:12 Views: 4,021") == "Anna Lindgren"
    assert stamp_writer("Karl Ek 12/01/2026 10:00 Comments 7") == "Karl Ek"
    # (a name after the stamp alone stays the writer)
    assert stamp_writer("12/01/2026 10:00 — Karl Ek") == "Karl Ek"


def test_a_digraph_initial_run_on_to_the_surname_is_a_writer_with_its_dot() -> None:
    assert initialled("Ch.Tsolmon") and initialled("Sh.Batbayar") and initialled("B.Khuder")
    assert not initialled("Economy") and not initialled("Mr Smith")
    assert stamp_writer("Ch.Tsolmon 2026-02-11 08:30 Views: 96") == "Ch.Tsolmon"
    text = f"Trade talks in Astana\nKh.Naranbaatar 2026-03-03 11:20 Views: 312\n{_LEAD}\n{_MORE}"
    assert clean(text).metadata.author == "Kh.Naranbaatar"


def test_the_credit_over_a_stamp_under_a_long_pasted_menu_is_the_writer() -> None:
    menu = "\n".join(
        [
            "Home",
            "Politics",
            "World",
            "Business",
            "Society",
            "Health",
            "Youth",
            "Education",
            "Travel",
            "Culture",
            "Entertainment",
            "Sports",
            "Tech",
            "Motoring",
            "Video",
        ]
    )
    head = "Daily Courier Print Sign in\n" + menu + "\nBusiness World business"
    text = (
        f"{head}\nLinh Chi\n03/03/2026 07:15 GMT+7\n"
        f"Vietnam and Kazakhstan eye farm trade deal\n{_LEAD}\n{_MORE}"
    )
    assert clean(text).metadata.author == "Linh Chi"


def test_a_standfirst_between_headline_and_credit_does_not_end_the_head() -> None:
    text = (
        "THE CAPITAL POST\nHome / Business\nHanoi and Almaty look at direct cargo flights\n"
        "Almaty's deputy mayor said the two cities want a weekly freighter link between their "
        "airports by the end of next year.\n"
        "Quang Huy\nMar 3, 2026 / 10:05\nA A\nPrint\n"
        f"{_LEAD}\n{_MORE}"
    )
    assert clean(text).metadata.author == "Quang Huy"
