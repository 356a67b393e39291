"""A raising agreed at talks names its kind after the noun in Vietnamese, up to four words
("Đối tác Chiến lược Toàn diện"): the kind's last word is no longer cut off, so the upgrade is
the comprehensive strategic one, not a plain strategic partnership."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefer.ingest.analysis import analyse


@pytest.mark.parametrize(
    ("raising", "metric"),
    [
        (
            "hai bên nhất trí nâng cấp quan hệ Việt Nam - Bồ Đào Nha lên Đối tác Chiến lược "
            "Toàn diện",
            "relations.comprehensive_strategic_partnership",
        ),
        (
            "hai bên nhất trí nâng cấp quan hệ Việt Nam - Bồ Đào Nha lên Đối tác Chiến lược",
            "relations.strategic_partnership",
        ),
        (
            "hai bên nhất trí nâng cấp quan hệ Việt Nam - Bồ Đào Nha lên Đối tác Toàn diện",
            "relations.comprehensive_partnership",
        ),
    ],
)
def test_a_raising_at_talks_keeps_its_whole_kind(tmp_path: Path, raising: str, metric: str) -> None:
    page = tmp_path / "bo-dao-nha.txt"
    page.write_text(
        "Việt Nam và Bồ Đào Nha nâng tầm quan hệ\n\n"
        "Chiều 14/3/2026, tại Lisbon, Thủ tướng Việt Nam hội đàm với Thủ tướng Bồ Đào Nha. "
        f"Tại hội đàm, {raising}, mở ra giai đoạn hợp tác mới.\n\n"
        "Năm 2025, thương mại hai chiều đạt 1,2 tỷ USD.\n",
        encoding="utf-8",
    )
    events = [c for c in analyse(page).candidates if c.metric.startswith("relations.")]
    assert [c.metric for c in events] == [metric]
    assert events[0].event_date == "2026-03-14"
