"""A newsletter digest keeps the item told in full; its contents and other items go."""

from __future__ import annotations

from briefer.ingest.clean import clean

_STORY_EN = [
    "Estonia and Vietnam held their first round of consultations on digital government in "
    "Tallinn on Tuesday, the foreign ministry said.",
    "The two sides signed a memorandum of understanding on e-government services and agreed to "
    "exchange experts next year.",
    "Trade between the two countries reached USD 118 million in 2024, up 9% on the year before, "
    "according to the statistics office.",
]
_OTHER_EN = (
    "Riga hosts an Asian food fair: more than 40 companies from Southeast Asia took part in the "
    "two-day event, organisers said."
)


def _digest(story: list[str], other: str) -> str:
    return "\n".join(
        [
            "NORTHERN TRADE LETTER",
            "",
            "In this issue:",
            "1. Estonia – Vietnam consultations",
            "2. Latvia – food fair",
            "3. Short news",
            "",
            "1. ESTONIA",
            "Estonia and Vietnam hold first digital consultations",
            "",
            *[p + "\n" for p in story],
            "2. LATVIA",
            other,
            "",
            "3. SHORT NEWS",
            "- Lithuania opens a trade office in Singapore.",
            "",
            "Forward this newsletter to a colleague",
        ]
    )


def test_a_digest_keeps_its_story_only() -> None:
    body = clean(_digest(_STORY_EN, _OTHER_EN)).body
    for paragraph in _STORY_EN:
        assert paragraph in body
    assert _OTHER_EN not in body
    assert "Lithuania opens a trade office" not in body
    assert "2. Latvia – food fair" not in body
    assert "Forward this newsletter" not in body


def test_a_digest_in_vietnamese() -> None:
    story = [
        "Ngày 30/9, Việt Nam và Estonia tổ chức tham vấn chính trị lần thứ nhất tại Tallinn "
        "ở cấp Thứ trưởng Ngoại giao.",
        "Hai bên ký Bản ghi nhớ hợp tác về chính phủ điện tử và nhất trí trao đổi chuyên gia "
        "trong năm tới.",
        "Năm 2024, kim ngạch thương mại hai nước đạt 118 triệu USD, tăng 9% so với năm trước.",
    ]
    other = (
        "Riga tổ chức hội chợ thực phẩm châu Á: hơn 40 doanh nghiệp Đông Nam Á tham gia sự kiện "
        "kéo dài hai ngày."
    )
    body = clean(_digest(story, other)).body
    assert all(p in body for p in story)
    assert other not in body


def test_a_report_with_numbered_sections_stays() -> None:
    sections = "\n".join(
        [
            "1. Thương mại",
            _STORY_EN[2],
            "2. Đầu tư",
            _OTHER_EN,
            "3. Hợp tác khác",
            _STORY_EN[1],
        ]
    )
    body = clean("Báo cáo hợp tác\n\n" + sections).body
    assert _OTHER_EN in body and _STORY_EN[1] in body
