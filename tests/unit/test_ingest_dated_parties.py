"""One verb dated for each party in turn (issue 19, ninth round): "ties with X on … and with
Y on …", "có hiệu lực với X từ ngày … và với Y từ ngày …" — an event per party, each with its
own day. Wording of our own."""

from __future__ import annotations

from briefer.ingest.candidates import Candidate, find_candidates
from briefer.ingest.clean import Metadata


def _events(body: str, *partners: str) -> list[Candidate]:
    meta = Metadata(
        published_on="2025-06-10",
        context_year=2025,
        partners=partners,
        language="en" if body.isascii() else "vi",
    )
    return [c for c in find_candidates(body, meta) if c.kind == "event"]


def test_ties_with_each_party_on_its_own_day_are_two_events() -> None:
    found = _events(
        "Vietnam established diplomatic relations with Ghana on 5 March 1965 and with Togo on "
        "10 August 1975.",
        "GH",
        "TG",
    )
    assert [(c.pair, c.event_date, c.metric) for c in found] == [
        ("VN-GH", "1965-03-05", "relations.established"),
        ("VN-TG", "1975-08-10", "relations.established"),
    ]


def test_an_accord_in_force_for_each_party_on_its_day_dates_each() -> None:
    found = _events(
        "Hiệp định có hiệu lực với Gha-na từ ngày 1/7/2021 và với Việt Nam từ ngày 1/9/2021.",
        "GH",
    )
    assert [(c.pair, c.event_date) for c in found] == [
        ("VN-GH", "2021-07-01"),
        ("VN-GH", "2021-09-01"),
    ]
    assert found[1].quote.startswith("với Việt Nam")
