"""Body classes the unseen14 held-out set showed, each on wording of our own: a stamp line
of a short weekday before its month with a "Last update on:" label; a short sentence in the
past above a photo's credit (the article's, not the caption); a related box's label framed
by rules; the newsroom asking readers to write to it; a speech's header with its delivery
notice; a labelled byline under a PDF's headline; a caption under its credit; a block of a
picture and one line."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefer.ingest.analysis import analyse
from briefer.ingest.clean import clean
from briefer.ingest.pdflayout import reflow
from briefer.ingest.rows import speech_header
from briefer.ingest.stamplines import stamp_remainder
from briefer.ingest.widgets import widget
from tests.prose import AFTER as _AFTER
from tests.prose import BEFORE as _BEFORE
from tests.prose import VI_AFTER as _VI_AFTER
from tests.prose import VI_BEFORE as _VI_BEFORE


@pytest.mark.parametrize(
    "stamp",
    [
        "Wed Mar 12, 2025 07:40 AM   Last update on: Wed Mar 12, 2025 08:05 AM",
        "Last update on: Fri Nov 7, 2025 11:30 PM",
        "Mon Jan 6, 2025 06:00 PM",
        "Last updated on 14 May 2025, 10:02",
    ],
)
def test_a_stamp_line_holds_no_words_but_its_stamp(stamp: str) -> None:
    assert stamp_remainder(stamp) == ""


def test_a_short_weekday_is_a_name_unless_a_month_follows() -> None:
    assert stamp_remainder("Thu Hằng 04/12/2025 09:15") == "Thu Hằng"


def test_a_stamp_line_leaves_the_body() -> None:
    page = "\n".join(
        [
            "Ministers review trade plan",
            "Tue Sep 9, 2025 10:00 AM   Last update on: Tue Sep 9, 2025 10:20 AM",
            _BEFORE,
            _AFTER,
        ]
    )
    body = clean(page).body
    assert "Last update" not in body and "Sep 9" not in body
    assert _BEFORE in body and _AFTER in body


def test_a_short_past_sentence_above_a_photo_credit_is_the_articles() -> None:
    told = "The two ports signed their first twinning accord in 1998."
    page = "\n".join(["Ministers review trade plan", _BEFORE, _AFTER, told, "Photo: Archive"])
    assert told in clean(page).body


def test_a_present_caption_above_a_photo_credit_still_leaves() -> None:
    caption = "The two ministers shake hands at the harbour office."
    page = "\n".join(["Ministers review trade plan", _BEFORE, _AFTER, caption, "Photo: Archive"])
    assert caption not in clean(page).body


def test_a_related_box_label_framed_by_rules_takes_its_headlines_along() -> None:
    page = "\n".join(
        [
            "Ministers review trade plan",
            _BEFORE,
            _AFTER,
            "=== Related ===",
            "* Harbour fees rise for the winter season",
            "* Weekend lottery results for the northern draw",
        ]
    )
    body = clean(page).body
    assert "Related" not in body and "Harbour fees" not in body and "lottery" not in body
    assert _AFTER in body


@pytest.mark.parametrize(
    "line",
    [
        "Mọi ý kiến đóng góp xin gửi về: Ban Biên tập Tạp chí Miền Núi, số 9 phố Hòa Bình.",
        "Ý kiến bạn đọc xin gửi về hộp thư toasoan@nhipsongmoi.example",
        "Please send your comments to the editors at 40 Quay Road, Port Ellis.",
    ],
)
def test_the_newsroom_asking_readers_to_write_leaves_the_body(line: str) -> None:
    page = "\n".join(["Ministers review trade plan", _BEFORE, _AFTER, line])
    body = clean(page).body
    assert line not in body and _AFTER in body


def test_a_call_for_comments_in_the_news_stays() -> None:
    told = "Mọi ý kiến đóng góp xin gửi về Ban tổ chức hội chợ trước ngày 30/11 để tổng hợp."
    assert widget(told) == ""


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("By Minister Ana Ferreira. Lisbon, 2 March 2025. Check against delivery.", "2025-03-02"),
        ("Check against delivery", "-"),
        ("Embargoed until 09:30 CET", "-"),
        ("Chỉ lời phát biểu mới có giá trị.", "-"),
    ],
)
def test_a_speechs_delivery_notice_is_its_header(line: str, day: str) -> None:
    assert speech_header(line) == day


def test_a_sentence_that_merely_says_check_stays() -> None:
    assert speech_header("Inspectors will check against delivery notes at the port.") == ""
    assert speech_header("The two ports signed. Check against delivery.") == ""


def test_a_speech_header_leaves_the_body() -> None:
    header = "By Minister Ana Ferreira. Lisbon, 2 March 2025. Check against delivery."
    page = "\n".join(["Remarks at the port forum", header, _BEFORE, _AFTER])
    body = clean(page).body
    assert "Check against delivery" not in body
    assert _BEFORE in body and _AFTER in body


def test_a_labelled_byline_under_a_pdf_headline_is_a_paragraph_of_its_own() -> None:
    text = "\n".join(
        [
            "Na Uy giúp ngư dân Cà Mau",
            "nuôi tôm sinh thái",
            "Bài và ảnh: Lê Khánh",
            "Sáng 3/4, tại thành phố Cà Mau, Sở Nông nghiệp tỉnh phối hợp với Đại sứ quán",
            "Na Uy tổng kết dự án nuôi tôm dưới tán rừng ngập mặn giai đoạn 2021 - 2025.",
        ]
    )
    paragraphs = reflow(text).split("\n\n")
    assert "Bài và ảnh: Lê Khánh" in paragraphs
    assert paragraphs[-1].startswith("Sáng 3/4")


def test_a_caption_under_its_photos_credit_leaves() -> None:
    caption = "The two trade ministers review the plan in the capital."
    page = "\n".join(["Ministers review trade plan", _BEFORE, _AFTER, "Photo: Archive", caption])
    body = clean(page).body
    assert caption not in body and _BEFORE in body and _AFTER in body


def test_news_of_its_own_under_a_photo_credit_stays() -> None:
    told = "Kim ngạch thương mại hai nước năm 2024 đạt khoảng 2,1 tỷ USD."
    page = "\n".join(["Bộ trưởng rà soát kế hoạch", _VI_BEFORE, "Ảnh: Tư liệu", told, _VI_AFTER])
    assert told in clean(page).body


def test_the_line_under_a_credit_that_closes_its_caption_is_the_articles() -> None:
    told = "Việt Nam và nước bạn thiết lập quan hệ ngoại giao năm 1998."
    page = "\n".join(
        [
            "Bộ trưởng rà soát kế hoạch",
            _VI_BEFORE,
            "Ảnh: Bộ trưởng trao quà lưu niệm cho Đại sứ nước bạn",
            "(Ảnh: Minh Khôi)",
            told,
            _VI_AFTER,
        ]
    )
    assert told in clean(page).body


def test_a_block_of_a_picture_and_one_line_is_the_pictures_caption(tmp_path: Path) -> None:
    caption = "The Minister of Trade with the visiting Ambassador of Chile at the port."
    page = tmp_path / "page.html"
    page.write_text(
        "<html><body><h1>Ministers review trade plan</h1>"
        f'<div class="pic"><img src="a.jpg"><p>{caption}</p></div>'
        f"<p>{_BEFORE}</p><p>{_AFTER}</p>"
        '<div class="box"><p>A paragraph of its own, in a block with no picture.</p></div>'
        "</body></html>",
        encoding="utf-8",
    )
    body = analyse(page).cleaned.body
    assert caption not in body
    assert _BEFORE in body and _AFTER in body and "in a block with no picture" in body
