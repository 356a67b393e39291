"""A figure between Việt Nam and a whole region is no pair's (``briefer.ingest.regionpair``):
the country named after it must not get all of the region's trade in its brief. Wording of our
own, both languages."""

from __future__ import annotations

import pytest

from briefer.ingest.regionpair import region_sided
from tests.mined import candidates


def _figures(body: str, partner: str) -> list[tuple[str, float | None]]:
    return [(c.pair, c.value) for c in candidates(body, partner) if c.kind == "figure"]


@pytest.mark.parametrize(
    ("body", "partner"),
    [
        ("Nhìn rộng hơn, tổng kim ngạch thương mại Việt Nam - châu Phi năm 2024 đạt khoảng 10,5 "
         "tỷ USD, trong đó Nigeria, Ai Cập và Nam Phi chiếm tỷ trọng lớn.", "NG"),
        ("Trade between Vietnam and ASEAN reached US$80 billion in 2024, with Thailand the "
         "largest partner.", "TH"),
        ("Thương mại giữa Việt Nam với Mỹ Latinh năm 2024 đạt 22 tỷ USD, Brazil dẫn đầu.", "BR"),
    ],
)  # fmt: skip
def test_a_regions_figure_goes_to_no_partner(body: str, partner: str) -> None:
    assert _figures(body, partner) == []


def test_a_pairs_own_figure_stays() -> None:
    body = "Năm 2024, kim ngạch thương mại Việt Nam - Nigeria đạt 1,2 tỷ USD."
    assert _figures(body, "NG") == [("VN-NG", 1.2e9)]
    # Việt Nam's trade with the world names no region: not this rule's
    assert not region_sided("kim ngạch xuất nhập khẩu của Việt Nam với thế giới ")
    assert region_sided("Vietnam-EU trade ")
