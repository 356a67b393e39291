"""Review of r102, finding 14: a name's part that notes an accreditation is read by
``accreditation_note`` itself, the one test of that note."""

from __future__ import annotations

import pytest

from briefer.ingest import orgparts
from briefer.ingest.orgparts import organisation_part


def test_the_accreditation_note_is_dropped_from_the_name() -> None:
    name = "Embassy of Vietnam in Uruguay | Concurrently accredited to Paraguay"
    assert organisation_part(name) == "Embassy of Vietnam in Uruguay"
    # near miss: a part naming an office of its own stays
    assert organisation_part("Embassy of Vietnam | Trade Office") == (
        "Embassy of Vietnam | Trade Office"
    )


def test_the_part_test_asks_the_note_reader(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(orgparts, "accreditation_note", lambda text: "Annex" in text)
    assert organisation_part("Embassy of Vietnam | Annex building") == "Embassy of Vietnam"
