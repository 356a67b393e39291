"""A visit's visitor is no destination: "a visit by Vietnam's minister" went out.

Found from outside (a Daily Mirror-style page never tuned to): "signed … in Colombo, during a
visit by Vietnam's Deputy Minister" was drafted as an inbound visit, because the words after
"visit" were read as where it went.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from briefer.domain.model import Country, Fact
from briefer.domain.visits import INBOUND, OUTBOUND, visit_direction
from briefer.ingest.analysis import analyse

VN = Country("VN", "Việt Nam", "Viet Nam")
LK = Country("LK", "Xri Lan-ca", "Sri Lanka")


@pytest.mark.parametrize(
    ("statement", "direction"),
    [
        # (the domain rule alone cannot tell where: unknown, no longer "inbound"; the importer
        # reads the visitor as Vietnamese and the venue, below)
        ("The pact was signed during a visit by Vietnam's trade minister.", ""),
        ("The pact was signed during a visit by Sri Lanka's minister to Vietnam.", INBOUND),
        ("It came during the visit of Vietnam's Prime Minister to Sri Lanka.", OUTBOUND),
        ("Văn kiện được ký trong chuyến thăm của Thủ tướng Sri Lanka tới Việt Nam.", INBOUND),
        ("Sri Lanka's President paid a state visit to Vietnam in 2023.", INBOUND),
        ("Thủ tướng thăm chính thức Sri Lanka.", OUTBOUND),
    ],
)
def test_the_visitor_named_after_by_or_of_is_not_where_the_visit_went(
    statement: str, direction: str
) -> None:
    fact = Fact(None, statement, "VN-LK", "visits", "event", statement)
    assert visit_direction(fact, VN, LK) == direction


def test_an_imported_visit_by_a_vietnamese_minister_abroad_is_outbound(tmp_path: Path) -> None:
    page = tmp_path / "colombo.txt"
    page.write_text(
        "Sri Lanka, Vietnam sign rice trade pact\n\n"
        "Sri Lanka and Vietnam on Monday signed a memorandum of understanding on rice trade in "
        "Colombo, during a visit by Vietnam's Deputy Minister of Industry and Trade Tran Van Nam."
        "\n\nBilateral trade reached US$1.1 billion in 2024.\n",
        encoding="utf-8",
    )
    visits = [c for c in analyse(page).candidates if c.metric.startswith("visit.")]
    assert [c.metric for c in visits] == ["visit.outbound"]
