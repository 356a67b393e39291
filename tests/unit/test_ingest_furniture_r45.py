"""Round 45: a caption's credit label in capitals, a contact block under a referral already
taken off, a bracketed note under a paper's title."""

from __future__ import annotations

from briefer.ingest.clean import clean
from briefer.ingest.pastedcaption import credited_caption
from briefer.ingest.titleaside import title_aside


def test_caption_with_a_capital_credit_label_and_no_stop() -> None:
    assert credited_caption("Bến cảng Mombasa nhìn từ trên cao ẢNH: AFP")
    assert credited_caption("Rice fields outside Can Tho PHOTO: NGUYEN VAN AN")
    # (a sentence with "ảnh:" in lower case is no credit)
    assert not credited_caption("Ông cho biết hình ảnh: rất đẹp và rõ nét")


def test_bracketed_note_shape() -> None:
    assert title_aside("(Tài liệu phục vụ cuộc hội đàm với Bộ trưởng Kenya)")
    assert title_aside("(For the Minister's meeting with the Ambassador of Peru)")
    assert not title_aside("(Kim ngạch tăng 12% so với năm trước.)")
    assert not title_aside("(VNA) Hai bên đã ký ba văn bản hợp tác")


_PAPER = """BỘ CÔNG THƯƠNG

THÔNG TIN CƠ BẢN

Quan hệ thương mại Việt Nam - Kenya

(Tài liệu phục vụ cuộc tiếp Đại sứ Kenya)

Năm 2024, kim ngạch thương mại hai chiều Việt Nam - Kenya đạt 210 triệu USD, tăng 8%.

Việt Nam xuất khẩu sang Kenya chủ yếu gạo, chè và hàng dệt may, nhập khẩu hạt điều và hoa."""


def test_note_under_the_title_leaves_the_body() -> None:
    cleaned = clean(_PAPER)
    assert "Tài liệu phục vụ" not in cleaned.body
    assert "kim ngạch thương mại hai chiều" in cleaned.body


_BULLETIN = """Kính gửi: Quý Doanh nghiệp,

Năm 2025, xuất khẩu của Việt Nam sang Kenya đạt 150 triệu USD, tăng 12% so với cùng kỳ năm trước.

Thương vụ khuyến nghị doanh nghiệp kiểm tra kỹ đối tác trước khi ký hợp đồng với bên Kenya.

Thông tin chi tiết xin liên hệ:
Thương vụ Việt Nam tại Kenya (kiêm nhiệm Uganda, Ethiopia)
Địa chỉ: 12 Riverside Drive, Nairobi
Điện thoại: +254 20 123 4567

Trân trọng,
Lê Văn An"""


def test_unit_under_a_contact_referral_leaves_the_body() -> None:
    cleaned = clean(_BULLETIN)
    assert "kiêm nhiệm" not in cleaned.body
    assert "Riverside" not in cleaned.body
    assert "kiểm tra kỹ đối tác" in cleaned.body
