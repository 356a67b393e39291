"""A standfirst under the headline is no photo caption (r59): a clause of a standfirst's
length with no full stop over a caption is the lead, not the caption's heading; a sentence
over a photo's credit that names no one is the standfirst (a caption names who or where)."""

from __future__ import annotations

from briefer.ingest.clean import clean

_BODY = (
    "Hanoi, March 4 (Wire) – Vietnam's trade minister met his counterpart on Tuesday to review "
    "a joint plan on port logistics, officials said.\n"
    "Two-way trade reached USD 640 million last year, up 9 percent, according to customs data.\n"
    "The two sides agreed to hold the next round of talks in the second half of the year.\n"
)


def test_a_long_lead_without_a_stop_over_a_caption_is_kept() -> None:
    lead = (
        "The minister brought a group of more than 30 exporters to the capital and the port "
        "city as both governments aim to lift trade in farm goods"
    )
    text = (
        "Harbour Daily\n"
        "Business » Trade\n"
        "Vietnamese exporters eye deals in the port zone\n"
        "Jane Roe , Tuesday 4 Mar 2025\n"
        f"{lead}\n"
        "The two ministers at the talks in Hanoi on Tuesday. Photo: Trade Ministry\n" + _BODY
    )
    assert lead in clean(text).body


def test_a_nameless_standfirst_over_a_credit_is_kept() -> None:
    lead = "Both sides aim to widen trade in farm goods, timber and port services soon."
    text = f"Ministers review port plan\n{lead}\nPhoto: Trade Ministry\n" + _BODY
    assert lead in clean(text).body


def test_a_caption_naming_the_people_over_a_credit_still_goes() -> None:
    caption = "Minister Tran Van Nam and Minister Jane Roe shake hands before the talks in Hanoi."
    text = f"Ministers review port plan\n{caption}\nPhoto: Trade Ministry\n" + _BODY
    assert caption not in clean(text).body


def test_run_together_links_inside_the_article_over_a_caption_still_go() -> None:
    links = (
        "Thủ tướng Lào thăm chính thức Việt Nam và dự hội nghị hợp tác "
        "Việt Nam - Chile: Mở rộng hợp tác nông sản và năng lượng tái tạo"
    )
    text = (
        "Báo Ngoại vụ\n"
        "Đại sứ Chile: Việt Nam là đối tác quan trọng tại châu Á\n"
        "Minh Thư 10:20 | 02/04/2026\n"
        "Nhân dịp kỷ niệm quan hệ ngoại giao, Đại sứ Chile tại Việt Nam đã dành cho báo "
        "cuộc phỏng vấn về hợp tác thương mại và đầu tư giữa hai nước.\n"
        f"{links}\n"
        "Đại sứ Chile tại Việt Nam. (Ảnh: Minh Thư)\n"
        "Kim ngạch thương mại hai nước năm 2025 đạt khoảng 1,9 tỷ USD, tăng 12% so với năm "
        "trước, theo số liệu của Tổng cục Hải quan.\n"
        "Hai bên mong muốn mở đường bay thẳng và tăng trao đổi đoàn các cấp trong năm tới.\n"
    )
    assert links not in clean(text).body
