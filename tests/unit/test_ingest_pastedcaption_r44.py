"""Captions carrying their credit and credit lines alone, as a pasted page leaves them."""

from __future__ import annotations

from briefer.ingest.clean import clean
from briefer.ingest.lines import Line
from briefer.ingest.pastedcaption import (
    caption_year,
    credit_line,
    credited_caption,
    mark_pasted_captions,
    scene_caption,
)

_LEAD = (
    "The two countries agreed on Tuesday to lift bilateral trade to new highs within five "
    "years, the trade ministry said in a statement after the talks."
)
_NEXT = (
    "Officials also discussed a direct shipping route and cooperation in farm products, "
    "processing and logistics between the two ports over the coming year."
)


def test_caption_with_a_credit_word_at_its_end() -> None:
    assert credited_caption("Two ministers at the trade fair in Lima [PHOTO CREDIT: @TradeDesk]")
    assert credited_caption("The delegation tours a coffee farm in Dak Lak. Photo via the embassy")
    assert credited_caption("Ministers greet each other in Quito on Friday. PHOTO BY OPS")
    assert credited_caption("The harbour of Valparaíso at dusk. (Courtesy of the Port Authority)")
    assert credited_caption("The ambassador at the fair in Lagos | Courtesy")
    assert credited_caption("Đoàn công tác thăm nhà máy chế biến tại Long An. Ảnh: Minh Anh")


def test_caption_with_an_agency_after_a_dash_or_slash() -> None:
    assert credited_caption("The two ministers sign the minutes of the meeting in Lima. — Andina")
    assert credited_caption("Delegates after the signing ceremony in Doha – QNA")
    assert credited_caption("The minister receives the ambassador in Tehran / IRNA")
    assert credited_caption("Dockers load rice bags at the port of Dakar. AGENCE/JOHN DOE")
    assert credited_caption("A tea picker on a hillside near Kandy. [Reuters]")


def test_report_with_a_sign_off_is_no_caption() -> None:
    # a reporting verb, a figure, a tense: the article's sentence, signed by its agency
    assert not credited_caption("Exports rose 5% in May, the ministry said. — Andina")
    assert not credited_caption("The two sides have agreed to open a consulate in Lima. — Andina")
    assert not credited_caption("Trade reached 2 billion dollars last year / AGN")
    # a numbered heading pairing two countries, not a credit
    assert not credited_caption("1. Hợp tác thương mại Việt Nam – LÀO")
    assert not credited_caption("Quan hệ thương mại Việt Nam - Indonesia")
    assert not credited_caption("Hai bên ký biên bản ghi nhớ về hợp tác nông nghiệp.")
    # a sentence pointing at the picture beside it names no source
    assert not credited_caption("Đại sứ đánh giá cao kinh nghiệm của tỉnh (ảnh).")


def test_credit_line_alone() -> None:
    assert credit_line("AGN PHOTO") == "photo credit"
    assert credit_line("AGENCE/JOHN DOE") == "photo credit"
    assert credit_line("NGUYEN VAN AN (AGN)") == "photo credit"
    assert credit_line("Image: Jane Roe/Agency") == "photo credit"
    assert credit_line("— Andina") == "credit line"
    assert credit_line("The ministers met in Lima.") == ""
    assert credit_line("Vietnam and Peru") == ""


def test_caption_year_from_a_removed_caption() -> None:
    lines = [Line("The two ministers in Lima on March 3, 2024. Photo: Agency"), Line(_LEAD)]
    lines[0].reason = "photo caption"
    assert caption_year(lines) == 2024
    lines[0].reason = ""
    assert caption_year(lines) is None


def test_pasted_article_loses_its_caption_not_its_sentences() -> None:
    caption = "The two ministers shake hands in Lima on Tuesday. PHOTO: TRADE MINISTRY"
    text = "\n".join(["Peru and Vietnam eye more trade", caption, _LEAD, _NEXT])
    cleaned = clean(text)
    assert caption not in cleaned.body
    assert _LEAD in cleaned.body and _NEXT in cleaned.body
    dash = "Delegates after the signing ceremony in Lima – AGN"
    cleaned = clean("\n".join(["Peru and Vietnam eye more trade", _LEAD, dash, _NEXT]))
    assert dash not in cleaned.body
    assert _LEAD in cleaned.body and _NEXT in cleaned.body


def test_name_over_outlet_at_the_foot_is_the_byline() -> None:
    lines = [Line(_LEAD), Line("NGUYEN VAN AN (AGN)"), Line(_NEXT), Line("TRAN THI BINH (AGN)")]
    mark_pasted_captions(lines)
    assert lines[1].reason == "photo credit"  # inside the text: a photo's credit
    assert lines[3].kept  # under the last paragraph: the writer's byline


def test_scene_caption_without_a_credit() -> None:
    assert scene_caption("Chủ tịch UBND tỉnh Nguyễn Văn A tặng quà lưu niệm cho Đại sứ Peru")
    assert scene_caption("Toàn cảnh buổi hội đàm giữa hai đoàn tại Lima")
    assert scene_caption("Hình 2: Quang cảnh hội thảo tại trường")
    assert scene_caption("Minister Jane Roe (right) greets the Vietnamese delegation in Lima")
    assert scene_caption("The trade minister shakes hands with the ambassador")
    assert scene_caption("Hai đoàn chụp ảnh lưu niệm.")
    assert scene_caption("Đại sứ Nguyễn Văn A trả lời phỏng vấn tại Lima.")
    assert not scene_caption("Trả lời phỏng vấn báo chí, Đại sứ cho biết hai bên sẽ ký hiệp định.")
    # the article's sentences: a tense, a time first, a figure, a report
    assert not scene_caption("Chiều 13/10, Chủ tịch UBND tỉnh tặng quà lưu niệm cho Đại sứ Peru.")
    assert not scene_caption("Chủ tịch UBND tỉnh đã tặng quà lưu niệm cho Đại sứ Peru.")
    assert not scene_caption("The minister (right) said trade rose 5% to 2 billion dollars.")
    assert not scene_caption("Hai bên thống nhất thúc đẩy hợp tác nông nghiệp, thủy sản.")


def test_scene_caption_between_paragraphs_only() -> None:
    caption = "Phó Chủ tịch UBND tỉnh tặng quà lưu niệm cho Đại sứ Peru"
    lines = [Line(_LEAD), Line(caption), Line(_NEXT)]
    mark_pasted_captions(lines)
    assert lines[1].reason == "photo caption"
    # an item under a line that announces a list stays
    lines = [Line("Hai bên thống nhất các nội dung:"), Line(caption), Line(_NEXT)]
    mark_pasted_captions(lines)
    assert lines[1].kept
