"""A breadcrumb printed without its separators ("SITE.VN Section Subsection") under the
page's menu is no headline: the headline under it is the title."""

from briefer.ingest.crumbline import flat_breadcrumb
from briefer.ingest.titleguards import past_head_line

_VI = """BAOMOI.VN
Thời sự
Quốc tế
Kinh tế

BAOMOI.VN Quốc tế Ngoại giao

Thứ Hai, 08:15, 03/11/2025

Bộ trưởng Ngoại giao hai nước hội đàm tại Hà Nội

Hai bên nhất trí nâng kim ngạch thương mại lên 1 tỷ USD."""

_EN = """Daily Courier
News
World
Business

Daily Courier World Asia Pacific

Vietnam and Kenya agree to double farm trade

The two ministers met on Monday."""


def test_a_flat_breadcrumb_gives_way_to_the_headline_vi() -> None:
    assert flat_breadcrumb("BAOMOI.VN Quốc tế Ngoại giao", _VI)
    title = past_head_line(_VI, "BAOMOI.VN Quốc tế Ngoại giao")
    assert title == "Bộ trưởng Ngoại giao hai nước hội đàm tại Hà Nội"


def test_a_flat_breadcrumb_gives_way_to_the_headline_en() -> None:
    assert flat_breadcrumb("Daily Courier World Asia Pacific", _EN)
    assert past_head_line(_EN, "Daily Courier World Asia Pacific").startswith("Vietnam and Kenya")


def test_a_headline_naming_the_site_is_no_breadcrumb() -> None:
    text = _VI.replace("BAOMOI.VN Quốc tế Ngoại giao", "BAOMOI.VN ra mắt chuyên trang mới")
    assert not flat_breadcrumb("BAOMOI.VN ra mắt chuyên trang mới", text)
    assert not flat_breadcrumb("Vietnam and Kenya agree to double farm trade", _EN)
