"""A press release's "About <issuer>" paragraphs at its foot leave the body."""

from __future__ import annotations

from briefer.ingest.clean import clean

_EN = [
    "Harbour tech firms head to Vietnam",
    "Twelve port technology companies will join a trade mission to Vietnam in June, the "
    "agency said on Monday.",
    "Trade between the two countries reached USD 74 million in 2024, up 15% on the year before.",
]
_VI = [
    "Doanh nghiệp cơ khí sang Estonia tìm đối tác",
    "Năm 2024, kim ngạch thương mại Việt Nam - Estonia đạt 118 triệu USD, tăng 9% so với năm "
    "trước, theo số liệu của Tổng cục Hải quan.",
    "Đoàn gồm 15 doanh nghiệp cơ khí chính xác sẽ làm việc tại Tallinn từ ngày 3 đến 6/6.",
]


def test_about_the_issuer_goes_en() -> None:
    about = (
        "Harbour Tech Alliance is a non-profit network of port equipment makers that helps its "
        "members find customers abroad."
    )
    body = clean("\n\n".join([*_EN, "About Harbour Tech Alliance", about])).body
    assert about not in body
    assert _EN[2] in body


def test_about_the_issuer_goes_vi() -> None:
    about = (
        "Hiệp hội Cơ khí Chính xác là tổ chức xã hội - nghề nghiệp của các doanh nghiệp cơ "
        "khí, thành lập năm 2009."
    )
    body = clean("\n\n".join([*_VI, "Giới thiệu về Hiệp hội Cơ khí Chính xác", about])).body
    assert about not in body
    assert _VI[2] in body


def test_a_section_heading_about_something_else_stays() -> None:
    section = (
        "Năm 2025, hai bên đặt mục tiêu nâng kim ngạch thương mại lên 150 triệu USD, chủ yếu "
        "nhờ máy móc và thủy sản."
    )
    body = clean("\n\n".join([*_VI, "Về thương mại", section])).body
    assert section in body
