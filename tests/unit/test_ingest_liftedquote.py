"""A phrase lifted out of the article for display — in quotation marks, its stop inside and
the speaker's name after a dash — is no article text when the article says its words again;
a quotation the article says once stays (wording of our own)."""

from __future__ import annotations

from briefer.ingest.displaytext import lifted_quote
from briefer.text.fold import tokens

_TEXT = (
    "“Người mua ở Nairobi đã quen với cà phê Việt Nam; việc còn lại là giữ ổn định chất "
    "lượng,” ông Otieno, giám đốc thu mua của chuỗi siêu thị, cho biết tại hội chợ."
)


def _page(*lines: str) -> str:
    """The article's words as the cleaner hands them over, every line's."""
    return f" {' '.join(tokens(' '.join(lines)))} "


def test_a_lifted_phrase_with_its_speaker_is_display_text() -> None:
    pulled = "“Việc còn lại là giữ ổn định chất lượng.” — Ông Otieno"
    assert lifted_quote(pulled, _page(pulled, _TEXT))
    en = "“The rest is keeping quality steady,” Otieno, the chain's buyer, told the fair."
    pulled_en = "“The rest is keeping quality steady.” — Mr Otieno"
    assert lifted_quote(pulled_en, _page(pulled_en, en))


def test_a_quotation_the_article_says_once_stays() -> None:
    once = "“Kenya là cửa ngõ vào thị trường Đông Phi rộng lớn.”"
    assert not lifted_quote(once, _page(once, _TEXT))
    # a line not wholly in quotation marks is no lifted phrase
    told = "Ông Otieno nói: “việc còn lại là giữ ổn định chất lượng”."
    assert not lifted_quote(told, _page(told, _TEXT))


def test_the_cleaned_body_loses_the_lifted_phrase_and_keeps_the_article() -> None:
    from briefer.ingest.clean import clean

    first = (
        "Tại hội chợ ở Nairobi, các nhà bán lẻ Kê-ni-a cho biết nhu cầu cà phê Việt Nam tăng "
        "mạnh trong năm nay và nhiều chuỗi siêu thị muốn ký hợp đồng dài hạn."
    )
    pulled = "“Việc còn lại là giữ ổn định chất lượng.” — Ông Otieno"
    body = "\n\n".join(["Cà phê Việt Nam vào Kê-ni-a", first, pulled, _TEXT])
    cleaned = clean(body)
    assert (cleaned.title, cleaned.body) == ("Cà phê Việt Nam vào Kê-ni-a", f"{first}\n\n{_TEXT}")
