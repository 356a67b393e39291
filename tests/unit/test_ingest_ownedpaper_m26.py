"""Review of r101, finding 13: whose paper a credit's house owns is looked up in an index
built once, not by naming every paper of the table again on each call."""

from __future__ import annotations

import pytest

from briefer.ingest import ownedpaper
from briefer.ingest.outletnames import known_outlet
from briefer.ingest.ownedpaper import owned_by


def test_the_news_agencys_papers_are_its_own(monkeypatch: pytest.MonkeyPatch) -> None:
    assert owned_by("Le Courrier du Vietnam", "TTXVN")
    assert not owned_by("Thanh Niên", "TTXVN")  # (near miss: another house's paper)
    calls: list[str] = []

    def counted(name: str) -> str:
        calls.append(name)
        return known_outlet(name)

    monkeypatch.setattr(ownedpaper, "known_outlet", counted)
    assert owned_by("Báo ảnh Việt Nam", "Vietnam News Agency")
    assert len(calls) == 2  # (the two names asked; the table's index is already built)
