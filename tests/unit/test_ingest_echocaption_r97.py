"""Round 97: a photo's caption left without its credit under the paragraph it retells
leaves the body; a short paragraph of the article under its lead stays."""

from __future__ import annotations

import pytest

from briefer.ingest.echocaption import echo_caption, mark_echo_captions
from briefer.ingest.found import Line

_LEAD_VI = (
    "Sáng 14/3, tại Đà Lạt, đồng chí Chủ tịch UBND tỉnh Lâm Đồng Trần Văn Hiệp đã tiếp Đại sứ "
    "Hà Lan tại Việt Nam Kees van Baar cùng đoàn doanh nghiệp hoa Hà Lan, nhân dịp đoàn khảo "
    "sát vùng trồng hoa của tỉnh."
)
_LEAD_EN = (
    "On Tuesday in Lusaka, Zambian Agriculture Minister Reuben Mtolo met Vietnamese Ambassador "
    "Le Huy Hoang to discuss rice and cassava processing projects in Central Province."
)


@pytest.mark.parametrize(
    ("caption", "lead"),
    [
        (
            "Chủ tịch UBND tỉnh Lâm Đồng Trần Văn Hiệp tiếp Đại sứ Hà Lan Kees van Baar.",
            _LEAD_VI,
        ),
        (
            "Zambian Agriculture Minister Reuben Mtolo met Vietnamese Ambassador Le Huy Hoang",
            _LEAD_EN,
        ),
    ],
)
def test_a_caption_retelling_the_lead_is_the_photos(caption: str, lead: str) -> None:
    lines = [
        Line(lead),
        Line(caption),
        Line("Hai bên trao đổi về hợp tác trồng hoa công nghệ cao."),
    ]
    mark_echo_captions(lines)
    assert lines[1].reason == "photo caption"
    assert lines[0].kept and lines[2].kept


@pytest.mark.parametrize(
    ("line", "lead"),
    [
        # (a short paragraph saying something new, in the lead's words partly)
        ("Đây là lần đầu tiên Đại sứ Hà Lan làm việc với tỉnh Lâm Đồng.", _LEAD_VI),
        (
            "The minister said rice processing would create 2,000 jobs in Central Province.",
            _LEAD_EN,
        ),
        # (a short lead-in sentence shared by chance: too few words)
        ("Hai bên ký 3 văn kiện.", "Hai bên ký 3 văn kiện hợp tác về nông nghiệp và thương mại."),
        # (the lead's words, then a second sentence: a paragraph)
        (
            "Reuben Mtolo met Vietnamese Ambassador Le Huy Hoang. They toured a mill in Kabwe.",
            _LEAD_EN,
        ),
    ],
)
def test_a_short_paragraph_under_the_lead_is_the_articles(line: str, lead: str) -> None:
    assert not echo_caption(line, lead)
    lines = [Line(lead), Line(line)]
    mark_echo_captions(lines)
    assert lines[1].kept


def test_a_line_under_a_menu_is_not_read_as_a_retelling() -> None:
    lines = [
        Line("Trang chủ › Kinh tế › Du lịch › Hợp tác quốc tế › Hà Lan"),
        Line("Trang chủ › Kinh tế › Du lịch"),
    ]
    mark_echo_captions(lines)
    assert lines[1].kept
