"""Round 45: a printed web page's masthead names the brand's English edition ("X
International"); a paper's English translation printed there does not rename it."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefer.ingest.analysis import analyse
from briefer.ingest.editionname import english_edition

_TEXT = [
    {
        "p": "Rice exports from Vietnam to Kenya reached 150,000 tonnes in the first ten "
        "months of the year, up 20 percent from a year earlier."
    },
    {
        "p": "Traders said demand from East Africa is expected to stay strong through the "
        "end of the year as harvests there fall short."
    },
]


@pytest.mark.parametrize(
    ("masthead", "domain", "outlet"),
    [
        ("VnExpress International", "e.vnexpress.net", "VnExpress International"),
        ("Tuoi Tre News", "tuoitrenews.vn", "Tuổi Trẻ"),
    ],
)
def test_a_printed_english_pages_masthead_names_its_edition(
    tmp_path: Path, masthead: str, domain: str, outlet: str
) -> None:
    from benchmarks.corpus import build_pdf

    out = tmp_path / "page.pdf"
    build_pdf(
        {
            "print_header": f"11/3/25, 8:02 AM Kenya buys more Vietnamese rice - {masthead}",
            "print_footer": f"https://{domain}/news/business/kenya-rice-1234.html {{page}}",
            "blocks": [
                {"p": masthead},
                {"p": "News Business Society Lifestyle", "small": True},
                {"h": "Kenya buys more Vietnamese rice as prices ease"},
                {"p": "By Lan Anh | November 2, 2025 | 09:00 am GMT+7", "small": True},
                *_TEXT,
            ],
        },
        out,
    )
    assert analyse(out).metadata.outlet == outlet


def test_brand_only_keeps_translations_out() -> None:
    marks = ["Tuoi Tre News"]
    assert english_edition("Tuổi Trẻ", marks, "en") == "Tuoi Tre News"
    assert english_edition("Tuổi Trẻ", marks, "en", brand_only=True) == ""
    assert english_edition("VnExpress", ["VnExpress International"], "en", True) == (
        "VnExpress International"
    )
