"""Loose lines that are no article text (a reference entry, a forward label, an appeal, a
closing referral, a ticker's dated headline), a sentence ending on citation marks, and an
e-mail newsletter's article set one paragraph a table row (r35)."""

from __future__ import annotations

import pytest

from briefer.ingest.clean import clean
from briefer.ingest.looselines import loose_line
from briefer.ingest.rows import ends_sentence
from briefer.ingest.typesize import mark_sizes, unmarked
from briefer.ingest.webpage import read_webpage


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        # reference entries
        ('^ Bộ Tài chính. "Báo cáo ngân sách". Truy cập ngày 4 tháng 3 năm 2026.', "reference"),
        ('Statistics Office. "Trade in goods". Retrieved 9 June 2026.', "reference"),
        ("^ a b World Bank (2026). Country brief.", "reference"),
        ("Hai bên nhất trí tăng cường truy cập thị trường cho nông sản.", ""),
        # forward labels
        ("Chuyển tiếp từ Kênh Tin Xuất Khẩu", "forwarded from"),
        ("Forwarded from Trade Desk Daily", "forwarded from"),
        ("Forwarded from the ministry, the letter reached the embassy.", ""),
        # appeals
        ("Local reporting needs you. Donate now.", "appeal"),
        ("Quality journalism needs your support.", "appeal"),
        ("Hãy ủng hộ tòa soạn để duy trì nội dung miễn phí", "appeal"),
        ("Japan will donate 2 million doses to Laos this year.", ""),
        # closing referrals
        ("Mọi thông tin chi tiết xin liên hệ Văn phòng đại diện.", "contact"),
        ("For further details, please contact the trade office.", "contact"),
        ("Hai bên thông tin chi tiết về kết quả hợp tác.", ""),
        # a ticker's dated headlines; a sentence ends on its full stop, after its bracket
        ("Khai trương tuyến tàu biển Hải Phòng - TP. Durban (4/9)", "related headline"),
        ("Port of Lagos opens new container terminal (Sep 4)", "related headline"),
        ("Kim ngạch đạt 2 tỷ USD trong quý III (theo số liệu 4/9).", ""),
    ],
)
def test_loose_line_kinds(line: str, kind: str) -> None:
    assert loose_line(line) == kind


def test_loose_lines_leave_the_body() -> None:
    text = (
        "Chuyển tiếp từ Kênh Tin Xuất Khẩu\n\n"
        "Năm 2026, kim ngạch thương mại hai chiều Việt Nam - Chile đạt 2,1 tỷ USD, tăng 6%.\n\n"
        "Local reporting needs you. Donate now.\n\n"
        "Chile là đối tác thương mại lớn thứ ba của Việt Nam tại Mỹ Latinh.\n\n"
        "Mọi thông tin chi tiết xin liên hệ Văn phòng đại diện."
    )
    body = clean(text).body
    assert "Chile là đối tác thương mại lớn thứ ba" in body
    assert "Chuyển tiếp" not in body and "Donate" not in body and "liên hệ" not in body


def test_sentence_ends_before_citation_marks() -> None:
    assert ends_sentence("Trade reached 2.1 billion dollars in 2026.[3]")
    assert ends_sentence("Kim ngạch đạt 2,1 tỷ USD năm 2026.[1][4]")
    assert not ends_sentence("Kim ngạch thương mại hai chiều [1]")


_ROW = '<tr><td class="txt" style="padding:0 20px"><p>{}</p></td></tr>'


def test_mail_newsletter_rows_make_one_article() -> None:
    paragraphs = [
        "Chile remained Vietnam's largest trading partner in South America in 2026, with "
        "two-way trade reaching US$2.1 billion.",
        "In the first half of 2026, Vietnamese exports to Chile rose 6 per cent year on year "
        "to US$900 million, led by footwear, phones and rice.",
        "Chilean firms hold 30 valid projects in Vietnam with total registered capital of "
        "US$50 million, mostly in food processing and services.",
    ]
    page = (
        "<html><body><table width='600'>"
        "<tr><td><a href='#'>View this email in your browser</a></td></tr>"
        "<tr><td><h1>Chile trade mission in Hanoi</h1></td></tr>"
        + "".join(_ROW.format(p) for p in paragraphs)
        + "<tr><td><p>You are receiving this email because you subscribed to our list.</p>"
        "</td></tr></table></body></html>"
    ).encode()
    text = read_webpage(page, "mail.html").text
    assert all(p in text for p in paragraphs)
    assert "receiving this email" not in text


def test_two_like_rows_are_no_run() -> None:
    page = (
        "<html><body><table>"
        + _ROW.format("A short row of a table that is set apart from the rest of it here.")
        + _ROW.format(
            "The longest paragraph of the page sits in this cell and makes it the article, "
            "for no other cell holds as much text as this one does."
        )
        + "<tr><td><p>Another cell of another kind, which the article does not hold.</p>"
        "</td></tr></table></body></html>"
    ).encode()
    text = read_webpage(page, "two.html").text
    assert "The longest paragraph" in text
    assert "A short row" not in text


_BODY_ROWS = [
    (10.0, "Quan hệ Việt Nam - Chile phát triển tốt đẹp"),
    (10.0, "trong nhiều năm qua, kim ngạch tăng mạnh."),
    (10.0, "Năm 2026, thương mại hai chiều đạt 2,1 tỷ USD."),
    (10.0, "Hai bên nhất trí mở rộng hợp tác nông nghiệp."),
]


def test_large_cell_ending_on_a_dash_stays_in_its_sentence() -> None:
    cells = [(20.0, "Quan hệ Việt Nam -"), (20.0, "Chile: bước tiến mới"), *_BODY_ROWS]
    text = (
        "Quan hệ Việt Nam - Chile: bước tiến mới\n\n"
        "Quan hệ Việt Nam - Chile phát triển tốt đẹp trong nhiều năm qua, kim ngạch tăng mạnh."
    )
    paragraphs = [unmarked(p) for p in mark_sizes(text, cells).split("\n\n")]
    assert paragraphs[-1] == (
        "Quan hệ Việt Nam - Chile phát triển tốt đẹp trong nhiều năm qua, kim ngạch tăng mạnh."
    )


def test_large_heading_cell_still_comes_off_a_paragraph() -> None:
    cells = [(20.0, "Thương mại song phương"), *_BODY_ROWS]
    text = "Thương mại song phương Năm 2026, thương mại hai chiều đạt 2,1 tỷ USD."
    paragraphs = [unmarked(p) for p in mark_sizes(text, cells).split("\n\n")]
    assert paragraphs == [
        "Thương mại song phương",
        "Năm 2026, thương mại hai chiều đạt 2,1 tỷ USD.",
    ]
