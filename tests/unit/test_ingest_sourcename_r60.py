"""A fronted period after a source whose name holds commas of its own ("Theo số liệu của Bộ
Kinh tế, Lao động và Năng lượng Đức, 9 tháng đầu năm 2025, kim ngạch … đạt …") is still the
amount's period (r60): the capitalised parts after "Theo …" are the rest of that name."""

from __future__ import annotations

from briefer.ingest.candidates import find_candidates
from briefer.ingest.clean import clean


def _amounts(text: str) -> list[tuple[float | None, str]]:
    found = find_candidates(clean(text).body)
    return [(c.value, c.period) for c in found if c.kind == "figure" and c.unit == "USD"]


def test_a_source_name_with_commas_keeps_the_fronted_period() -> None:
    text = (
        "Quan hệ thương mại Việt Nam - Đức\n\n"
        "Theo số liệu của Bộ Kinh tế, Lao động, Năng lượng và Khí hậu Đức (BMWE), 9 tháng "
        "đầu năm 2025, kim ngạch thương mại hai chiều Việt Nam - Đức đạt 8,1 tỷ USD, tăng 6,4% so "
        "với cùng kỳ năm 2024.\n"
    )
    assert _amounts(text) == [(8_100_000_000, "2025-01..2025-09")]
