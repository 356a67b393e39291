"""A draft whose header notes name the body it runs on by its kind alone ("website Hội",
"the Association's website"): the body the text names in full is the outlet. Wording of our
own, in both languages."""

from __future__ import annotations

from pathlib import Path

from briefer.ingest.analysis import analyse
from briefer.ingest.draftvenue import draft_body

DRAFT_VI = """BẢN NHÁP - CHỜ DUYỆT

Người viết: Lê Minh An - Văn phòng Hội
Ngày viết: 02/3/2027
Dự kiến đăng: website Hội, chuyên mục Hoạt động

Gặp mặt hữu nghị nhân dịp đầu xuân

Sáng 1/3/2027, tại Hà Nội, Hội Hữu nghị Việt Nam - Chile tổ chức buổi gặp mặt đầu xuân với
sự tham dự của Đại sứ Chile tại Việt Nam.

Chủ tịch Hội cho biết thương mại hai chiều năm 2026 đạt 1,9 tỷ USD.
"""

DRAFT_EN = """DRAFT - NOT FOR RELEASE

Written by: Anna Berg, secretariat
Date written: 02/03/2027
To run on: the Association's website, news section

Spring gathering marks fifty years of friendship

On 1 March the Westland-Vietnam Friendship Association held its spring gathering in Port
Alder, with the Vietnamese ambassador as its guest.
"""


def test_vietnamese_draft_runs_on_the_hoi_the_text_names() -> None:
    assert draft_body(DRAFT_VI) == "Hội Hữu nghị Việt Nam - Chile"


def test_english_draft_runs_on_the_association_the_text_names() -> None:
    assert draft_body(DRAFT_EN) == "Westland-Vietnam Friendship Association"


def test_no_draft_notes_or_a_named_venue_gives_nothing() -> None:
    # (an article, no draft's notes)
    assert draft_body(DRAFT_VI.split("Gặp mặt", 1)[1]) == ""
    # (a venue named in full is no kind alone)
    named = DRAFT_VI.replace("website Hội,", "báo Tin Tức,")
    named = named.replace("Văn phòng Hội", "phóng viên")
    assert draft_body(named) == ""


def test_the_draft_names_its_outlet(tmp_path: Path) -> None:
    # (what the desk sees: the outlet field of the draft, not only the helper's answer)
    path = tmp_path / "draft.txt"
    path.write_text(DRAFT_VI)
    assert analyse(path).metadata.outlet == "Hội Hữu nghị Việt Nam - Chile"
