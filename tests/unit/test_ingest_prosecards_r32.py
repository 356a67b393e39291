"""A passage of two full sentences set with a picture is the article's, not a caption."""

from __future__ import annotations

from briefer.ingest.prosecards import full_sentences, tells
from briefer.ingest.webpage import read_webpage


def test_two_full_sentences_tell() -> None:
    vi = (
        "Hai nước ký hiệp định hợp tác nghề cá vào tháng 6/2024 tại thủ đô. Năm 2026, đoàn"
        " doanh nghiệp thủy sản Việt Nam sang khảo sát các cảng cá lớn của nước bạn."
    )
    en = (
        "The two countries opened embassies in each other's capitals in 2019. Trade has since"
        " doubled, led by rice, garments and frozen seafood shipments."
    )
    assert full_sentences(vi) == 2 and tells(vi)
    assert tells(en)
    # a caption with its credit, or a one-sentence caption, does not
    assert not tells("Quang cảnh lễ ký kết hiệp định tại Hà Nội ngày 5/5. Ảnh: Minh An")
    assert not tells("Workers load bags of rice onto a ship at the port on Monday, May 4.")


def test_infographic_last_panel_kept() -> None:
    last = (
        "Hai nước thiết lập quan hệ ngoại giao ngày 2/3/2001 tại New York. Tháng 5/2026, Thứ"
        " trưởng Bộ Công Thương dẫn đoàn doanh nghiệp sang làm việc và ký hai biên bản ghi nhớ."
    )
    card = '<figure class="card"><img src="a.png" alt="x"><figcaption>{}</figcaption></figure>'
    lines = [
        "Xuất khẩu sang nước bạn đạt 120 triệu USD trong 9 tháng đầu năm, tăng 15% so với cùng kỳ.",
        "Nhập khẩu từ nước bạn đạt 30 triệu USD, chủ yếu là gỗ và phân bón các loại.",
        "Nước bạn hiện là thị trường xuất khẩu lớn thứ ba của Việt Nam trong khu vực.",
    ]
    html = (
        "<html><head><title>Infographic thương mại</title></head><body><article>"
        "<h1>Infographic thương mại</h1>"
        "<p>Một số số liệu nổi bật về quan hệ thương mại song phương trong năm nay.</p>"
        + "".join(card.format(text) for text in lines)
        + f'<div class="panel-last"><img src="b.png" alt="y"><p>{last}</p></div>'
        + "<p>Thực hiện: Ban Đồ họa</p></article></body></html>"
    )
    text = read_webpage(html.encode(), "page.html").text
    assert "thiết lập quan hệ ngoại giao ngày 2/3/2001" in text
