"""A verbless 'Name, what it is.' line among a print page's paragraphs is a photo caption."""

from __future__ import annotations

from briefer.ingest.clean import clean
from briefer.ingest.namecaptions import appositive_label


def test_appositive_label_shape() -> None:
    assert appositive_label("Thành phố Valparaíso, thương cảng lớn nhất của Chile.")
    assert appositive_label("Port Moresby, the capital's main container terminal.")
    assert appositive_label("The port of Suva, Fiji's busiest gateway for trade.")
    # a sentence says something of its name, or opens with an adverbial
    assert not appositive_label("Thành phố Valparaíso, nơi đã đón đoàn công tác.")
    assert not appositive_label("Tại Hà Nội, hai bên trao đổi nhiều nội dung.")
    assert not appositive_label("Port Moresby, the capital, is the main gateway.")
    assert not appositive_label("Tuy nhiên, dư địa hợp tác còn rất lớn.")


def _page(byline: str) -> str:
    return "\n\n".join(
        [
            "VIỆT NAM - CHILE: CƠ HỘI MỚI",
            byline,
            "Theo số liệu của hải quan, năm 2025 kim ngạch thương mại hai chiều đạt 1,9 tỷ USD,"
            " tăng 12% so với năm trước đó.",
            "Thành phố Valparaíso, thương cảng lớn nhất của Chile.",
            "Trong 9 tháng đầu năm nay, xuất khẩu của Việt Nam sang Chile tiếp tục tăng nhờ"
            " nhu cầu điện thoại và giày dép.",
            "Doanh nghiệp hai nước kỳ vọng mở thêm tuyến vận tải biển trực tiếp trong năm tới.",
        ]
    )


def test_caption_left_only_when_pictures_credited() -> None:
    body = clean(_page("Bài và ảnh: Trần Hưng")).body
    assert "Valparaíso, thương cảng" not in body
    assert "1,9 tỷ USD" in body
    # without a credit for pictures, the line stays (an article's line may be verbless)
    assert "Valparaíso, thương cảng" in clean(_page("Trần Hưng")).body
