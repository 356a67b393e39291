"""A phrase lifted out of the article for display — in quotation marks, its stop inside and
the speaker's name after a dash — is no article text when the article says its words again;
a quotation the article says once stays (wording of our own)."""

from __future__ import annotations

from briefer.ingest.displaytext import lifted_quote

_TEXT = (
    "“Người mua ở Nairobi đã quen với cà phê Việt Nam; việc còn lại là giữ ổn định chất "
    "lượng,” ông Otieno, giám đốc thu mua của chuỗi siêu thị, cho biết tại hội chợ."
)


def test_a_lifted_phrase_with_its_speaker_is_display_text() -> None:
    assert lifted_quote("“Việc còn lại là giữ ổn định chất lượng.” — Ông Otieno", _TEXT)
    en = "“The rest is keeping quality steady,” Otieno, the chain's buyer, told the fair."
    assert lifted_quote("“The rest is keeping quality steady.” — Mr Otieno", en)


def test_a_quotation_the_article_says_once_stays() -> None:
    assert not lifted_quote("“Kenya là cửa ngõ vào thị trường Đông Phi rộng lớn.”", _TEXT)
    # a line not wholly in quotation marks is no lifted phrase
    assert not lifted_quote("Ông Otieno nói: “việc còn lại là giữ ổn định chất lượng”.", _TEXT)
