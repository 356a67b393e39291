"""A text wrapped at one width (an OCR'd scan, a wrapped mail) is joined into paragraphs."""

from pathlib import Path

from briefer.ingest.analysis import analyse
from briefer.ingest.hardwrap import unwrap

_WRAPPED_VI = """BẢN TIN NGHIÊN CỨU SỐ 4

2. Tình hình hợp tác
Kim ngạch thương mại giữa hai nước năm ngoái đạt 52 triệu
USD, tăng gần một phần ba so với năm trước đó, chủ yếu nhờ
xuất khẩu cà phê, hạt điều và hàng dệt may của Việt Nam.
Hai bên thống nhất sớm tổ chức kỳ họp Ủy ban liên Chính phủ
và mở thêm văn phòng xúc tiến thương mại tại thủ đô của bạn.
Doanh nghiệp hai nước cũng đề nghị đơn giản hóa thủ tục cấp
thị thực cho thương nhân, đồng thời sớm ký kết hiệp định về
hợp tác hải quan để rút ngắn thời gian thông quan hàng hóa.
Từ khóa: thương mại, xúc tiến
Ngày nhận bài: 3/4/2025"""

_WRAPPED_EN = """Dear colleagues,

The delegation met the Minister of Trade on Tuesday and agreed
to set up a working group on rice, fertiliser and machinery,
which would meet twice a year and report to both ministers on
progress made in removing barriers to trade in farm goods and
in opening new routes for container shipping between the two
countries' main ports before the end of the coming year.

The two sides also discussed the visa regime for business
travellers, and the Ministry promised to send a draft of the
agreement on customs cooperation to the Embassy next month.

Best regards,
Anna"""


def test_a_wrapped_vietnamese_text_is_joined_into_its_paragraphs() -> None:
    text = unwrap(_WRAPPED_VI)
    assert (
        "Kim ngạch thương mại giữa hai nước năm ngoái đạt 52 triệu USD, tăng gần một phần ba "
        "so với năm trước đó, chủ yếu nhờ xuất khẩu cà phê, hạt điều và hàng dệt may của Việt "
        "Nam." in text.split("\n")
    )
    lines = text.split("\n")
    assert "2. Tình hình hợp tác" in lines  # (a short heading stays a line)
    assert "Ngày nhận bài: 3/4/2025" in lines  # (a labelled field stays a line)
    assert "BẢN TIN NGHIÊN CỨU SỐ 4" in lines


def test_a_wrapped_english_mail_is_joined_but_its_signature_is_not() -> None:
    lines = unwrap(_WRAPPED_EN).split("\n")
    assert lines[2].startswith("The delegation met") and lines[2].endswith("coming year.")
    assert "Best regards," in lines and "Anna" in lines


def test_a_text_of_whole_paragraphs_is_left_as_it_is() -> None:
    text = (
        "Tiêu đề\n\n" + "Câu thứ nhất của đoạn văn dài viết trên một dòng, không xuống dòng giữa "
        "chừng vì trình soạn thảo không ngắt dòng, và còn tiếp tục thêm nhiều chữ nữa.\n"
        "Đoạn ngắn.\n" * 8
    )
    assert unwrap(text) == text


def test_an_imported_wrapped_text_gives_whole_paragraphs_and_its_figure(tmp_path: Path) -> None:
    path = tmp_path / "scan.txt"
    rest = _WRAPPED_VI.split("\n\n", 1)[1]
    rest = rest.replace("hai nước năm ngoái", "Việt Nam và Kenya năm 2025")
    path.write_text(f"Việt Nam - Kenya: hợp tác thương mại\n\n{rest}\n", encoding="utf-8")
    analysis = analyse(path)
    paragraphs = analysis.cleaned.body.split("\n\n")
    assert paragraphs[1] == (
        "Kim ngạch thương mại giữa Việt Nam và Kenya năm 2025 đạt 52 triệu USD, tăng gần một "
        "phần ba so với năm trước đó, chủ yếu nhờ xuất khẩu cà phê, hạt điều và hàng dệt may "
        "của Việt Nam."
    )
    figures = [(c.metric, c.value, c.period) for c in analysis.candidates if c.value]
    assert figures == [("trade.total", 52_000_000, "2025")]  # ("52 triệu" / "USD" one amount)
