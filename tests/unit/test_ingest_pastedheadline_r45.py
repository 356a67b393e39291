"""Round 45: a breadcrumb parted by ">" over a pasted page's headline is no headline."""

from __future__ import annotations

from briefer.ingest.pastedheadline import headline_shaped, pasted_headline

_PAGE = """Báo Mới
Thời sự
Kinh tế
Quốc tế
Văn hóa
Quốc tế > Châu Phi

Việt Nam và Kenya thúc đẩy thương mại nông sản

Lê Hoa
12/05/2025 08:30 GMT+7

Kim ngạch thương mại giữa Việt Nam và Kenya năm 2024 đạt 210 triệu USD, tăng 8% so với năm trước.
"""


def test_greater_than_breadcrumb_is_no_headline() -> None:
    assert not headline_shaped("Quốc tế > Châu Phi", 4)
    assert not headline_shaped("World > Asia Pacific > Economy", 4)
    assert headline_shaped("Exports to Kenya rise as rice trade grows", 4)


def test_headline_under_a_greater_than_breadcrumb() -> None:
    got = pasted_headline(_PAGE, "Quốc tế > Châu Phi")
    assert got == "Việt Nam và Kenya thúc đẩy thương mại nông sản"
