"""A speech under its body's letterhead in capitals: the title line is the headline, the body
its issuer (briefer/ingest/speechmast.py, officeplace.plain_office)."""

from __future__ import annotations

from briefer.ingest.officeplace import plain_office
from briefer.ingest.speechmast import speech_mast

_EN = (
    "EMBASSY OF THE REPUBLIC OF KOREA\n\nIN THE NETHERLANDS\n\nCheck against delivery\n\n"
    "The Hague, 3 March 2026\n\n"
    "Opening remarks by Ambassador Kim Soo-jin at the Korea - Netherlands Trade Day\n\n"
    "Excellencies, ladies and gentlemen,\n\nIt is an honour to open this year's Trade Day.\n"
)
_VI = (
    "SỞ CÔNG THƯƠNG TỈNH NINH BÌNH\n\nNinh Bình, ngày 5 tháng 3 năm 2026\n\n"
    "Phát biểu của Giám đốc Sở tại Hội nghị xúc tiến thương mại với Hàn Quốc\n\n"
    "Kính thưa các quý vị đại biểu,\n\nHôm nay, tỉnh đón đoàn doanh nghiệp Hàn Quốc.\n"
)


def test_an_english_letterhead_over_a_speech_title_line() -> None:
    mast = speech_mast(_EN)
    assert mast is not None
    assert mast.title == (
        "Opening remarks by Ambassador Kim Soo-jin at the Korea - Netherlands Trade Day"
    )
    assert mast.letterhead == "EMBASSY OF THE REPUBLIC OF KOREA IN THE NETHERLANDS"
    assert mast.body == "Embassy of the Republic of Korea in the Netherlands"


def test_a_vietnamese_letterhead_gives_the_title_line_and_leaves_the_body_to_others() -> None:
    mast = speech_mast(_VI)
    assert mast is not None
    assert mast.title == "Phát biểu của Giám đốc Sở tại Hội nghị xúc tiến thương mại với Hàn Quốc"
    assert mast.body == ""


def test_a_headline_in_capitals_over_an_article_is_no_letterhead() -> None:
    article = "VIỆT NAM - HÀN QUỐC MỞ RỘNG HỢP TÁC\n\nRemarks by the minister at the forum\n"
    assert speech_mast(article) is None
    assert speech_mast("EMBASSY OF X\n\nThe embassy hosted a reception on Monday.\n") is None


def test_the_state_style_leaves_a_mission_named_by_a_country_spelling() -> None:
    assert (
        plain_office("Embassy of the Socialist Republic of Viet Nam in Canada")
        == "Embassy of Viet Nam in Canada"
    )
    assert plain_office("Embassy of Viet Nam in Canada") == ""  # (already short)
