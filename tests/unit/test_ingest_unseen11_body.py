"""Body furniture the unseen11 held-out set showed, each on wording of our own: a caption
with its credit in brackets (after it, or an agency's first), a read-on label without a
colon before its headline, a question to the reader followed by a call, a wire dateline with
its agency between slashes opening the lead."""

from __future__ import annotations

import pytest

from briefer.ingest.candidates import find_candidates
from briefer.ingest.captions import bracketed_credit
from briefer.ingest.clean import clean
from briefer.ingest.notices import not_a_claim
from briefer.ingest.prompts import reader_prompt

_BEFORE = (
    "The two foreign ministers met in the capital on Tuesday to review the plan of action "
    "for the coming five years of their partnership."
)
_AFTER = (
    "Both sides agreed to open two more direct flights between their largest cities and to "
    "double the number of student scholarships by 2027."
)


def _body(*middle: str) -> str:
    return clean("\n".join(["Ministers review partnership plan", _BEFORE, *middle, _AFTER])).body


@pytest.mark.parametrize(
    "caption",
    [
        "The visiting minister waves on landing at the airport, May 3, 2025. (Newswire/Ann Lee)",
        "Delegates pose before the talks in Seoul. (VNA/Tran Minh Duc)",
        "Dancers perform at the opening night in Hue (Daily Star/Kim Lan)",
        "(AGN) Two prime ministers at the signing ceremony in Phnom Penh.",
        "(NEWS) The foreign minister and his host at the dinner in Tokyo.",
    ],
)
def test_a_caption_with_its_credit_in_brackets_leaves_the_body(caption: str) -> None:
    assert bracketed_credit(caption)
    body = _body(caption)
    assert caption not in body
    assert _BEFORE in body and _AFTER in body


@pytest.mark.parametrize(
    "sentence",
    [
        # a lead with the agency's mark and a report's verb is the article's
        "(AGN) The prime minister signed three agreements with his host in Phnom Penh.",
        "(AGN) The two ministers will meet again in Bangkok next spring.",
        # two sentences before a credit: a paragraph, not a caption
        "Trade rose by a tenth. Both sides want more. (Newswire/Ann Lee)",
        # a source in brackets of one word on each side is no photographer's credit
        "Exports rose by 12 percent in the first half of the year. (Customs/Ministry)",
    ],
)
def test_an_article_sentence_with_a_bracket_stays(sentence: str) -> None:
    assert not bracketed_credit(sentence)
    assert sentence in _body(sentence)


@pytest.mark.parametrize(
    "line",
    [
        "Read also Ministers discuss rail link to the border",
        "See also Rice exports reach a record in the spring",
        "Đọc thêm Hai tỉnh kết nghĩa mở đường bay mới",
    ],
)
def test_a_read_on_label_without_a_colon_before_a_headline_is_related(line: str) -> None:
    body = _body(line)
    assert line not in body
    assert _BEFORE in body and _AFTER in body


def test_a_sentence_opening_on_a_read_word_stays() -> None:
    sentence = "Read also the annex, which lists every project and its budget for 2026."
    assert sentence in _body(sentence)


@pytest.mark.parametrize(
    "line",
    [
        "Bạn thấy chuyến thăm này thế nào? Hãy chia sẻ cảm nhận của bạn.",
        "What do you think of this story? Leave your comment below.",
        # (the call after the question need not name the reader again)
        "Ông bà thấy buổi lễ này ra sao, bạn nhỉ? Hãy viết cho tòa soạn.",
    ],
)
def test_a_question_to_the_reader_then_a_call_is_a_prompt(line: str) -> None:
    assert reader_prompt(line)
    assert line not in _body(line)


def test_a_question_then_an_article_sentence_is_no_prompt() -> None:
    line = "Bạn có biết? Năm 2024 kim ngạch thương mại hai nước đạt 12 tỷ USD."
    assert not reader_prompt(line)


def test_a_wire_dateline_with_its_agency_between_slashes_leaves_the_lead() -> None:
    lead = (
        "OSLO, June 3. /NORDA/. The prime ministers of the two countries held talks in Oslo "
        "on Tuesday and agreed to double trade by 2030."
    )
    cleaned = clean("\n".join(["Leaders agree to double trade", lead, _AFTER]))
    assert "/NORDA/" not in cleaned.body
    assert (
        "The prime ministers of the two countries held talks in Oslo on Tuesday and agreed "
        "to double trade by 2030." in cleaned.body
    )
    assert [r.reason for r in cleaned.removed if "NORDA" in r.text] == ["dateline"]


@pytest.mark.parametrize(
    "sentence",
    [
        # a report's cover sentence: its basis, then the unit reports
        "Căn cứ Công văn số 12 của Bộ Công Thương, Phòng Kinh tế báo cáo tình hình thương mại "
        "với Nhật Bản như sau:",
        # its closing, addressed to the recipient
        "Ban Đối ngoại kính trình Thường trực Tỉnh ủy xem xét, cho ý kiến./.",
        # an outlet presenting the text that follows
        "Tạp chí Đối ngoại trân trọng giới thiệu toàn văn bài viết của Đại sứ Nhật Bản.",
        # a speaker's welcome and thanks
        "Thay mặt Ủy ban nhân dân tỉnh, tôi trân trọng cảm ơn Ngài Tổng Lãnh sự Pháp đã đến dự.",
        "On behalf of the city, I warmly welcome the delegation from Osaka to our forum.",
        # a speaker's own hope or trust
        "Trên tinh thần ấy, chúng tôi tin tưởng quan hệ hai nước sẽ ngày càng bền chặt.",
        "We hope the new direct flights will bring our two peoples closer.",
        # a section's heading in capitals, numbered or not
        "III. NHIỆM VỤ TRỌNG TÂM NĂM 2026",
        "KẾ HOẠCH HỢP TÁC VỚI HOA KỲ",
    ],
)
def test_what_a_document_does_or_heads_is_not_a_claim(sentence: str) -> None:
    assert not_a_claim(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # each names a partner and a year or day: without the rule, each was a candidate
        "Thay mặt Bộ Công Thương, tôi nhiệt liệt chào mừng Đoàn doanh nghiệp Hàn Quốc sang "
        "thăm Việt Nam ngày 12/5/2025.",
        "II. KẾ HOẠCH HỢP TÁC VỚI HÀN QUỐC NĂM 2026",
        "Căn cứ Kế hoạch năm 2025, Phòng Kinh tế báo cáo kết quả hợp tác với Hàn Quốc năm "
        "2025 như sau:",
    ],
)
def test_a_heading_a_cover_or_a_welcome_gives_no_candidate(sentence: str) -> None:
    body = f"Năm 2025, kim ngạch thương mại với Hàn Quốc đạt 80 tỷ USD.\n\n{sentence}"
    quotes = [c.quote for c in find_candidates(body)]
    assert quotes and not [q for q in quotes if sentence[8:40] in q]


@pytest.mark.parametrize(
    "sentence",
    [
        "Thực hiện Hiệp định thương mại, hai nước đã nâng kim ngạch lên 5 tỷ USD năm 2024.",
        "Tôi đã gặp Bộ trưởng Ngoại giao Pháp tại Paris ngày 3/5/2025.",
        "Ông cho biết hai bên hy vọng nâng kim ngạch lên 10 tỷ USD vào năm 2030.",
        "Năm 2024, Nhật Bản là nhà tài trợ ODA lớn nhất của Việt Nam.",
        "III. Năm 2025, hai bên tổ chức 12 đoàn công tác.",
    ],
)
def test_a_statement_of_fact_stays_a_claim(sentence: str) -> None:
    assert not not_a_claim(sentence)


def test_an_agency_mark_opening_the_lead_is_no_caption() -> None:
    lead = "(AGN) Two prime ministers at talks in Phnom Penh on closer rail and road links."
    assert not bracketed_credit(lead, lead=True)
    cleaned = clean("\n".join(["Leaders talk rail links", lead, _AFTER]))
    assert "Two prime ministers at talks in Phnom Penh" in cleaned.body
