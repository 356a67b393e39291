"""The facts list's lead lines for facts drawn from one sentence (Services.telling_apart):
each fact's own line with a figure's period, else its metric, value and date."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from briefer.domain.model import Citation, Country, Fact
from briefer.services import Services, init_store
from briefer.store.facts import upsert_country

# Wording of our own: two ranks and a total in one sentence.
SENTENCE = (
    "Năm 2023, thương mại hai chiều Việt Nam – Peru đạt 500 triệu USD; Peru là đối tác thương "
    "mại lớn thứ 4 của Việt Nam trong khối Liên minh Thái Bình Dương."
)


@pytest.fixture
def services(tmp_path: Path) -> Iterator[Services]:
    init_store(tmp_path / "store.sqlite")
    services = Services(tmp_path / "store.sqlite")
    for country in (Country("VN", "Việt Nam", "Viet Nam"), Country("PE", "Peru", "Peru")):
        upsert_country(services.db(), country)
    yield services
    services.close()


def _fact(uuid: str, **kw: object) -> Fact:
    cites = (Citation(1, SENTENCE, 0, len(SENTENCE), source_published_on="2024-11-14"),)
    return Fact(None, uuid, "VN-PE", "economic", "figure", SENTENCE, status="approved",  # type: ignore[arg-type]
                period="2023", citations=cites, **kw)  # fmt: skip


def test_each_fact_of_a_sentence_is_told_by_its_own_line_or_its_fields(services) -> None:
    total = _fact("f-total", value=5e8, unit="USD", metric="trade.total")
    rank = _fact("f-rank", value=4, unit="rank", metric="trade.partner_rank")
    alone = Fact(None, "f-alone", "VN-PE", "economic", "figure", "Một câu khác.", period="2023",
                 value=7, unit="%", metric="trade.growth")  # fmt: skip
    lines = services.telling_apart([total, rank, alone], "vi")
    assert lines == {
        # the figure's own line, with its period as a brief tags it
        "f-total": "Kim ngạch thương mại hai chiều Việt Nam – Peru đạt 500 triệu USD (năm 2023).",
        # a rank in a bloc has no own line here: its metric, value and period tell it apart
        "f-rank": "trade.partner_rank · thứ 4 · năm 2023",
    }
