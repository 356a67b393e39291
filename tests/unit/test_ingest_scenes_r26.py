"""A caption naming a view or showing a gift handed over leaves the body, credit or not."""

from __future__ import annotations

from briefer.ingest.clean import clean
from briefer.ingest.scenes import names_a_view, shows_a_moment

_LEAD_VI = (
    "Sáng 4/3, Chủ tịch UBND tỉnh Trần Văn Nam đã tiếp Đại sứ Estonia Mart Kask, đang thăm "
    "và làm việc tại tỉnh từ ngày 3 đến 5/3/2025."
)
_NEXT_VI = (
    "Đại sứ cho biết, năm 2024 kim ngạch thương mại hai nước đạt 118 triệu USD, tăng 9% so "
    "với năm trước, chủ yếu là điện thoại và thủy sản."
)
_LEAD_EN = (
    "Governor Jane Roe received Ambassador Mart Kask of Estonia in the provincial capital on "
    "Tuesday, at the start of a three-day working visit."
)
_NEXT_EN = (
    "The ambassador said two-way trade reached 118 million USD in 2024, up 9% on the year "
    "before, mostly phones and seafood."
)


def test_words_of_a_view_and_of_a_moment() -> None:
    assert names_a_view("Toàn cảnh hội nghị xúc tiến thương mại.")
    assert names_a_view("A general view of the business forum in Tallinn.")
    assert not names_a_view("Cảnh sát biển hai nước đã tuần tra chung.")
    assert shows_a_moment("Chủ tịch tỉnh trao quà lưu niệm cho Đại sứ.")
    assert shows_a_moment("The governor presents a souvenir to the ambassador.")
    assert not shows_a_moment("Hai bên trao đổi về hợp tác thủy sản.")


def test_a_gift_caption_without_credit_goes_vi() -> None:
    caption = "Chủ tịch UBND tỉnh Trần Văn Nam tặng quà lưu niệm Đại sứ Mart Kask."
    body = clean("\n".join(["Tỉnh tiếp Đại sứ Estonia", _LEAD_VI, caption, _NEXT_VI])).body
    assert caption not in body
    assert _LEAD_VI in body and _NEXT_VI in body


def test_a_gift_caption_without_credit_goes_en() -> None:
    caption = "Governor Jane Roe presents a souvenir to Ambassador Mart Kask."
    body = clean("\n\n".join(["Governor meets Estonian envoy", _LEAD_EN, caption, _NEXT_EN])).body
    assert caption not in body
    assert _NEXT_EN in body


def test_a_view_caption_over_its_credit_goes() -> None:
    caption = "Quang cảnh buổi tiếp tại Nhà khách Ủy ban nhân dân tỉnh Ninh Thuận cũ."
    body = clean(
        "\n\n".join(["Tỉnh tiếp Đại sứ Estonia", _LEAD_VI, caption, "(Ảnh: Lê Hà)", _NEXT_VI])
    ).body
    assert caption not in body
    assert _NEXT_VI in body


def test_a_gift_told_in_the_articles_tense_stays() -> None:
    told = "Chủ tịch UBND tỉnh Trần Văn Nam đã tặng quà lưu niệm Đại sứ Mart Kask."
    body = clean("\n".join(["Tỉnh tiếp Đại sứ Estonia", _LEAD_VI, told, _NEXT_VI])).body
    assert told in body
