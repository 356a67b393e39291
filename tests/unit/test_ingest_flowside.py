"""A one-way flow is stated from Việt Nam's side, and a percentage after a trade word is a
growth only when a change is said (``briefer.ingest.flowside``). Wording of our own, both
languages: the partner's exports to Việt Nam are Việt Nam's imports, and a share of a total
is never "grew by"."""

from __future__ import annotations

import pytest

from tests.mined import candidates


def _metrics(body: str, partner: str) -> list[tuple[str, float | None]]:
    return [(c.metric, c.value) for c in candidates(body, partner) if c.kind == "figure"]


@pytest.mark.parametrize(
    ("body", "partner", "metric"),
    [
        # the partner ships to Việt Nam: Việt Nam's imports
        ("Năm 2024, Algeria xuất khẩu sang Việt Nam 96 triệu USD.", "DZ", "trade.imports"),
        ("Năm 2024, xuất khẩu của Algeria sang Việt Nam đạt 96 triệu USD.", "DZ",
         "trade.imports"),
        ("Algerian exports to Viet Nam, mainly wheat, accounted for US$96 million in 2024.", "DZ",
         "trade.imports"),
        # the partner buys from Việt Nam: Việt Nam's exports
        ("Năm 2024, Chile nhập khẩu từ Việt Nam 1,1 tỷ USD.", "CL", "trade.exports"),
        ("In 2024, Mauritian imports from Vietnam reached USD 60 million.", "MU", "trade.exports"),
        # Việt Nam's own side stays as it is
        ("Năm 2024, Việt Nam xuất khẩu sang Chile 1,1 tỷ USD.", "CL", "trade.exports"),
        ("Năm 2024, Việt Nam nhập khẩu từ Chile 600 triệu USD.", "CL", "trade.imports"),
        ("Vietnam's exports to Ghana reached US$290 million in 2024.", "GH", "trade.exports"),
    ],
)  # fmt: skip
def test_a_flow_is_stated_from_viet_nams_side(body: str, partner: str, metric: str) -> None:
    assert [m for m, _ in _metrics(body, partner)] == [metric]


def test_two_flows_in_one_sentence_each_keep_their_side() -> None:
    body = "Năm 2024, Việt Nam xuất khẩu sang Chile 1,1 tỷ USD, nhập khẩu từ Chile 600 triệu USD."
    assert _metrics(body, "CL") == [("trade.exports", 1.1e9), ("trade.imports", 6e8)]


@pytest.mark.parametrize(
    ("body", "partner", "metric"),
    [
        ("Năm 2024, kim ngạch thương mại Việt Nam - Israel đạt 2,07 tỷ USD, tăng 15% so với năm "
         "2023.", "IL", "trade.growth"),
        ("Trade reached US$412 million in 2024, up 9 percent from the year before.", "DZ",
         "trade.growth"),
        # shares: a part of a total, not a change
        ("Gạo chiếm hơn 80% giá trị xuất khẩu của Việt Nam sang Mali năm 2024.", "ML",
         "trade.share"),
        ("Vietnam supplied about 76 percent of the Philippines' rice imports last year.", "PH",
         "trade.share"),
    ],
)  # fmt: skip
def test_a_percentage_is_a_growth_only_when_a_change_is_said(
    body: str, partner: str, metric: str
) -> None:
    assert [m for m, _ in _metrics(body, partner) if m.endswith((".growth", ".share"))] == [metric]
