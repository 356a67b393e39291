"""Round 45: a printed web page's masthead names the English edition of a brand."""

from __future__ import annotations

from pathlib import Path

from briefer.ingest.analysis import analyse


def test_a_printed_english_pages_masthead_names_its_edition(tmp_path: Path) -> None:
    from benchmarks.corpus import build_pdf

    out = tmp_path / "page.pdf"
    build_pdf(
        {
            "print_header": "11/3/25, 8:02 AM Kenya buys more Vietnamese rice - Tuoi Tre News",
            "print_footer": "https://tuoitrenews.vn/news/business/20251102/kenya-rice.htm {page}",
            "blocks": [
                {"p": "Tuoi Tre News"},
                {"p": "News Business Society Lifestyle", "small": True},
                {"h": "Kenya buys more Vietnamese rice as prices ease"},
                {"p": "By Lan Anh | November 2, 2025 | 09:00 am GMT+7", "small": True},
                {
                    "p": "Rice exports from Vietnam to Kenya reached 150,000 tonnes in the "
                    "first ten months of the year, up 20 percent from a year earlier."
                },
                {
                    "p": "Traders said demand from East Africa is expected to stay strong "
                    "through the end of the year as harvests there fall short."
                },
            ],
        },
        out,
    )
    assert analyse(out).metadata.outlet == "Tuoi Tre News"
