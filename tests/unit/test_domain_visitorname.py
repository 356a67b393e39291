"""The English suggested for a visit names the visitor as the quote does — title and name,
never the host's, a country's name, a ministry's first words or a Vietnamese verb glued to
them — says "a delegation from" when no one is named, and "will visit" for a visit its source
announces."""

from __future__ import annotations

import pytest

from briefer.domain.english import TERMS, suggest_english
from briefer.domain.model import Citation, Country, Fact
from briefer.domain.visitorname import visitor

_NAMES = ["Kenya", "Hy Lạp", "Greece", "Sri Lanka", "Việt Nam", "Mexico", "Vanuatu"]


@pytest.mark.parametrize(
    ("quote", "name"),
    [
        (
            "Trước đó, Phó Tổng thống Kenya Kithure Mwangi đã thăm chính thức Việt Nam.",
            "Vice President Kithure Mwangi",
        ),
        (
            "Tháng 11/2021, Chủ tịch Quốc hội Vương Đình Huệ đã thăm chính thức Hy Lạp.",
            "Chairman of the National Assembly Vương Đình Huệ",
        ),
        (
            "Tổng thống Sri Lanka Anura Kumara Dissanayake đã thăm cấp Nhà nước Việt Nam.",
            "President Anura Kumara Dissanayake",
        ),
        (
            "Chủ tịch Thượng viện Mexico Gerardo Fernández Noroña đã thăm chính thức Việt Nam.",
            "President of the Senate Gerardo Fernández Noroña",
        ),
        ("Chủ tịch nước Nguyễn Minh Triết (11/2008) thăm Chile.", "President Nguyễn Minh Triết"),
        # the visitor, not the host whose invitation it was; "Cộng hòa" is the state's name
        (
            "Tổng thống Cộng hòa Kenya Ruto thăm cấp Nhà nước Việt Nam theo lời mời của Chủ tịch "
            "nước Lương Cường.",
            "",
        ),
        (
            "Theo lời mời của Chủ tịch nước Lương Cường, Tổng thống Cộng hòa Kenya William Ruto "
            "thăm Việt Nam.",
            "President William Ruto",
        ),
        (
            "Tổng thống Cộng hòa Kenya William Ruto thăm Việt Nam theo lời mời của Chủ tịch nước "
            "Lương Cường.",
            "President William Ruto",
        ),
        # no name left, or an office no term names: unnamed, never "Prime Minister Việt Nam"
        ("Tháng 10/2024, Thủ tướng Việt Nam thăm chính thức Ả Rập Xê-út.", ""),
        ("Bộ trưởng Bộ Ngoại giao, Hợp tác Quốc tế và Ngoại thương Vanuatu Jotham Tari tiếp …", ""),
    ],
)
def test_the_visitor_is_title_and_name(quote: str, name: str) -> None:
    assert visitor(quote, TERMS, _NAMES) == name


def _visit(metric: str, day: str, published: str) -> Fact:
    cite = Citation(1, "q", 0, 1, source_published_on=published)
    return Fact(None, "r", "VN-KE", "visits", "event", "", metric=metric, event_date=day,
                citations=(cite,))  # fmt: skip


@pytest.mark.parametrize(
    ("day", "published", "english"),
    [
        (
            "2025-06-18..2025-06-20",
            "2025-06-21",
            "Vice President Kithure Mwangi of Kenya visited Viet Nam (18–20 June 2025).",
        ),
        (
            "2025-12-09",
            "2025-11-20",
            "Vice President Kithure Mwangi of Kenya will visit Viet Nam (9 December 2025).",
        ),
    ],
)
def test_a_visit_in_english(day: str, published: str, english: str) -> None:
    quote = "Phó Tổng thống Kenya Kithure Mwangi đã thăm chính thức Việt Nam."
    home, partner = Country("VN", "Việt Nam", "Viet Nam"), Country("KE", "Kê-ni-a", "Kenya")
    fact = _visit("visit.inbound", day, published)
    assert suggest_english(fact, quote, home, partner).text == english


@pytest.mark.parametrize(
    ("quote", "side", "name"),
    [
        # the host named first, the guest after "hội đàm với": the guest's title is followed
        # by the visiting country's name
        (
            "Chiều 3/3, Bộ trưởng Ngoại giao Trần Văn An đã hội đàm với Bộ trưởng Ngoại giao "
            "Kenya Musa Otieno nhân dịp ông thăm chính thức Việt Nam.",
            ["Kenya"],
            "Minister of Foreign Affairs Musa Otieno",
        ),
        # a speaker's label before the quoted visit is no visitor
        (
            "Đại sứ Peter Kamau: Tháng 5 vừa qua, Phó Tổng thống Kenya Ann Wairimu đã thăm "
            "Việt Nam.",
            ["Kenya"],
            "Vice President Ann Wairimu",
        ),
        # "chuyến thăm … của một Thủ tướng Việt Nam": anyone's title, not the visitor's
        (
            "Chuyến thăm Kenya của Thủ tướng Lê Văn Bình là chuyến thăm đầu tiên của một Thủ "
            "tướng Việt Nam sau 20 năm.",
            ["Việt Nam", "Viet Nam"],
            "Prime Minister Lê Văn Bình",
        ),
        # the named host is never the visitor; the envoy's name follows the envoy's posting
        # ("Đại sứ Kenya tại Việt Nam Jane Njeri", r38)
        (
            "Thứ trưởng Ngoại giao Đỗ Thị Hà tiếp Đại sứ Kenya tại Việt Nam Jane Njeri.",
            ["Kenya"],
            "Ambassador Jane Njeri",
        ),
        # the visiting side's title unnamed, the named one the host's: nobody is named
        (
            "Thứ trưởng Ngoại giao Đỗ Thị Hà tiếp Đại sứ Kenya nhân dịp Quốc khánh.",
            ["Kenya"],
            "",
        ),
        # the host named first, by the host country's title or as the one who receives: the
        # guest after is the visitor (the host's title was taken: "President William Ruto")
        (
            "Tổng thống Kenya William Ruto đã đón Thủ tướng Lê Văn Bình tại Nairobi.",
            ["Việt Nam", "Viet Nam"],
            "Prime Minister Lê Văn Bình",
        ),
        (
            "Tổng thống William Ruto đã đón Thủ tướng Lê Văn Bình tại Nairobi.",
            ["Việt Nam", "Viet Nam"],
            "Prime Minister Lê Văn Bình",
        ),
        # near miss: "tiếp tục" (goes on) is no reception
        (
            "Thủ tướng Lê Văn Bình tiếp tục chuyến thăm Kenya.",
            ["Việt Nam", "Viet Nam"],
            "Prime Minister Lê Văn Bình",
        ),
    ],
)
def test_the_visiting_sides_title_is_the_visitors(quote: str, side: list[str], name: str) -> None:
    assert visitor(quote, TERMS, _NAMES, side) == name
