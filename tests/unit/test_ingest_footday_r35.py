"""A running foot's day dates a printed document (briefer.ingest.footday)."""

from pathlib import Path

import pytest

from briefer.ingest.analysis import analyse
from briefer.ingest.footday import foot_day


def test_foot_day_vi() -> None:
    text = "Bài phát biểu\nNội dung.\nĐà Lạt, 7/9/2025 – Trang 3"
    assert foot_day(text) == "2025-09-07"


def test_foot_day_en() -> None:
    assert foot_day("Remarks\nText.\nSuva, 21/11/2025 | Page 2/6") == "2025-11-21"


def test_prose_day_is_no_foot() -> None:
    assert foot_day("Hội nghị diễn ra tại Huế, ngày 7/9/2025 với 200 đại biểu.") == ""


# Through the importer: a booklet's PDF whose text names only the year; the day is the one its
# running foot prints beside the page number (analysis.metadata_of calls foot_day), and the foot
# itself is no part of the body.
_SPEECH_VI = [
    "Kính thưa các quý vị đại biểu, thưa toàn thể hội nghị!",
    "Thay mặt Ban tổ chức, tôi xin chào mừng đoàn doanh nghiệp cà phê Peru đến với Lâm Đồng.",
    "Năm 2025, kim ngạch thương mại Việt Nam - Peru đạt 650 triệu USD, tăng 12% so với năm trước.",
    "Hai bên sẽ nghiên cứu mở rộng hợp tác về giống cây, chế biến và tiêu thụ cà phê đặc sản.",
    "Chúc hội thảo thành công tốt đẹp, chúc các quý vị sức khỏe và hạnh phúc.",
]
_SPEECH_EN = [
    "Excellencies, distinguished guests, ladies and gentlemen,",
    "On behalf of the organisers, I welcome the Peruvian coffee delegation to our province.",
    "In 2025, trade between Vietnam and Peru reached $650 million, up 12 percent on a year ago.",
    "Both sides will study wider cooperation in seedlings, processing and specialty coffee.",
    "I wish the workshop every success and all of you good health.",
]


@pytest.mark.parametrize(
    ("head", "foot", "title", "paragraphs", "day"),
    [
        (
            "HỘI THẢO HỢP TÁC CÀ PHÊ VIỆT NAM - PERU 2025 | Tài liệu",
            "Bảo Lộc, 22/10/2025 – Trang {page}",
            "Phát biểu khai mạc Hội thảo hợp tác cà phê Việt Nam - Peru",
            _SPEECH_VI,
            "2025-10-22",
        ),
        (
            "VIETNAM - PERU COFFEE WORKSHOP 2025 | Proceedings",
            "Lima, 4/11/2025 | Page {page}",
            "Opening remarks at the Vietnam - Peru coffee workshop",
            _SPEECH_EN,
            "2025-11-04",
        ),
    ],
)
def test_the_running_foot_dates_an_imported_booklet(
    tmp_path: Path, head: str, foot: str, title: str, paragraphs: list[str], day: str
) -> None:
    from benchmarks.corpus import build_pdf

    out = tmp_path / "booklet.pdf"
    build_pdf(
        {
            "print_header": head,
            "print_footer": foot,
            "blocks": [{"h": title}] + [{"p": p} for p in paragraphs],
        },
        out,
    )
    found = analyse(out)
    assert found.metadata.published_on == day
    printed = foot.replace("{page}", "1")
    assert printed not in found.cleaned.body
    assert found.cleaned.body.startswith(paragraphs[0])
