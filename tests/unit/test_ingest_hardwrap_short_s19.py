"""A short text wrapped at one width (a wire brief or a mail of a few paragraphs, too few
lines for one width to show among all of them) is joined into its paragraphs; lines that
merely stand under each other (headlines, a menu) are not."""

from pathlib import Path

from briefer.ingest.analysis import analyse
from briefer.ingest.hardwrap import unwrap

_SHORT_EN = """Mongolia and Viet Nam agree to double trade by 2030

Ulaanbaatar, 9 October 2026 - Mongolian Foreign Minister Battsetseg Batmunkh received
Viet Nam's Ambassador Doan Thi Huong at the State Palace on Thursday, the ministry said.

Two-way trade between Mongolia and Viet Nam reached US$182 million in the first eight
months of 2026, up 14 per cent year on year, according to the Mongolian customs office.

The two countries, which established diplomatic relations on 17 November 1954, will mark
the anniversary with a cultural week in Hanoi and Ulaanbaatar.
"""

_HEADLINES = """Đọc nhiều

Giá vàng hôm nay tăng mạnh sau phiên giảm sâu cuối tuần
Thời tiết Hà Nội chuyển lạnh, nhiệt độ thấp nhất 14 độ C
Đội tuyển bóng đá nữ thắng đậm trong trận giao hữu tối qua
Giá xăng dầu đồng loạt giảm nhẹ từ 15 giờ chiều nay
"""


def test_a_short_wrapped_wire_brief_is_joined_into_its_paragraphs() -> None:
    paragraphs = unwrap(_SHORT_EN).split("\n\n")
    assert paragraphs[0] == "Mongolia and Viet Nam agree to double trade by 2030"
    assert paragraphs[2] == (
        "Two-way trade between Mongolia and Viet Nam reached US$182 million in the first eight "
        "months of 2026, up 14 per cent year on year, according to the Mongolian customs office."
    )
    assert len(paragraphs) == 4


def test_headlines_standing_under_each_other_are_not_joined() -> None:
    assert unwrap(_HEADLINES) == _HEADLINES


def test_an_imported_short_wrapped_brief_gives_its_figure_over_its_own_period(
    tmp_path: Path,
) -> None:
    path = tmp_path / "montsame-brief.txt"
    path.write_text(_SHORT_EN, encoding="utf-8")
    analysis = analyse(path)
    figures = [(c.metric, c.value, c.period) for c in analysis.candidates if c.value]
    assert ("trade.total", 182_000_000, "2026-01..2026-08") in figures
    # (no candidate is a sentence's tail cut at a line's end)
    assert not any(
        c.quote.startswith(("months of", "Viet Nam's Ambassador")) for c in analysis.candidates
    )
    founded = [c.event_date for c in analysis.candidates if c.metric == "relations.established"]
    assert founded == ["1954-11-17"]
