"""The editor's desk rules: neutral wording, matches against approved facts, English."""

from __future__ import annotations

from dataclasses import replace

import pytest

from briefer.domain.english import suggest_english, term_hints
from briefer.domain.model import Citation, Country, Fact
from briefer.domain.review import (
    CONFLICT,
    OLDER,
    SAME,
    Proposal,
    confidence_band,
    find_matches,
    proposal_confidence,
)
from briefer.domain.wording import neutral_statement

VN = Country("VN", "Việt Nam", "Viet Nam")
CL = Country("CL", "Chi-lê", "Chile")


@pytest.mark.parametrize(
    ("quote", "statement"),
    [
        (
            "Nhân dịp này, hai bên đã ký kết Bản ghi nhớ về hợp tác nông nghiệp.",
            "Hai bên đã ký kết Bản ghi nhớ về hợp tác nông nghiệp.",
        ),
        (
            "Bên cạnh đó, Việt Nam và Peru cùng thiết lập các cơ chế đối thoại song phương.",
            "Việt Nam và Peru cùng thiết lập các cơ chế đối thoại song phương.",
        ),
        (
            "Chiều nay, Bộ trưởng Bùi Thanh Sơn đã tiếp Bộ trưởng Ngoại giao Chile tại Hà Nội.",
            "Bộ trưởng Bùi Thanh Sơn đã tiếp Bộ trưởng Ngoại giao Chile tại Hà Nội.",
        ),
        (
            "Đại sứ Chile nhấn mạnh, người dân Chile luôn dành nhiều thiện cảm với Việt Nam.",
            "Người dân Chile luôn dành nhiều thiện cảm với Việt Nam.",
        ),
        (
            "Bộ trưởng cho biết rằng hai nước sẽ sớm khởi động đàm phán hiệp định mới.",
            "Hai nước sẽ sớm khởi động đàm phán hiệp định mới.",
        ),
        (
            "Bộ trưởng Bùi Thanh Sơn khẳng định: “Việt Nam luôn coi trọng quan hệ với Chile.”",
            "Việt Nam luôn coi trọng quan hệ với Chile.",
        ),
        (
            "Việt Nam luôn coi trọng quan hệ hữu nghị với Chile, Bộ trưởng nhấn mạnh.",
            "Việt Nam luôn coi trọng quan hệ hữu nghị với Chile.",
        ),
        (
            "Theo Đại sứ, kim ngạch thương mại hai nước năm 2023 đạt 1,3 tỷ USD.",
            "Kim ngạch thương mại hai nước năm 2023 đạt 1,3 tỷ USD.",
        ),
        (
            "In addition, the two sides signed an agreement on visa exemption, the minister said.",
            "The two sides signed an agreement on visa exemption.",
        ),
    ],
)
def test_neutral_statement_trims_lead_ins_and_speakers(quote: str, statement: str) -> None:
    assert neutral_statement(quote) == statement


@pytest.mark.parametrize(
    "quote",
    [
        # A date in the lead-in may be the fact's only date.
        "Ngày 25/3/1971, Việt Nam và Chile thiết lập quan hệ ngoại giao.",
        # Verbs that carry the content: a proposal is not a fact, a wish is not a plan.
        "Chủ tịch nước đề nghị Quốc hội hai bên tăng cường hợp tác trên nhiều lĩnh vực.",
        "Chile coi trọng và mong muốn tăng cường quan hệ với các nước châu Á.",
        "Bộ trưởng bày tỏ vui mừng trước những bước phát triển của quan hệ hai nước.",
        "Tổng thống đánh giá cao các dự án hợp tác mang lại lợi ích cho hai nước.",
        # A reporting verb with no sign that reported words follow: the speaker stays.
        "Chủ tịch nước khẳng định trong mọi hoàn cảnh Việt Nam coi trọng quan hệ với Chile.",
        # "nói" inside "nói chung" is not a verb of speech.
        "Quan hệ hai nước nói chung và quan hệ nghị viện nói riêng phát triển mạnh mẽ.",
    ],
)
def test_neutral_statement_leaves_content_alone(quote: str) -> None:
    assert neutral_statement(quote) == quote


def test_neutral_statement_keeps_what_carries_the_fact() -> None:
    # The two sides are the subject: their position is the fact, not an attribution.
    kept = "Hai nước nhấn mạnh tầm quan trọng của việc thúc đẩy thương mại."
    assert neutral_statement(kept) == kept
    # Too little would be left: the whole sentence stays.
    assert neutral_statement("Chủ tịch nước Nguyễn Minh Triết (11/2008)") == (
        "Chủ tịch nước Nguyễn Minh Triết (11/2008)."
    )
    assert neutral_statement("  lowercase start without stop ") == "Lowercase start without stop."


def _fact(uuid: str, **fields) -> Fact:
    base = Fact(None, uuid, "VN-CL", "economic", "figure", "Kim ngạch thương mại đạt 1,3 tỷ USD.")
    return replace(base, **fields)


TRADE_2023 = _fact(
    "a", metric="trade.total", period="2023", value=1.3e9, unit="USD", status="approved"
)


def test_same_metric_and_period_same_value_is_the_same_fact() -> None:
    draft = _fact("d", metric="trade.total", period="2023-01..2023-12", value=1.3e9, unit="usd")
    [match] = find_matches(draft, [TRADE_2023])
    assert (match.relation, match.fact.uuid) == (SAME, "a")


def test_same_metric_and_period_other_value_is_a_conflict() -> None:
    draft = _fact("d", metric="trade.total", period="2023", value=1.1e9, unit="USD")
    assert [(m.relation, m.fact.uuid) for m in find_matches(draft, [TRADE_2023])] == [
        (CONFLICT, "a")
    ]


def test_a_later_period_finds_the_older_figure() -> None:
    draft = _fact("d", metric="trade.total", period="2024", value=1.5e9, unit="USD")
    assert [m.relation for m in find_matches(draft, [TRADE_2023])] == [OLDER]


def test_near_identical_words_match_unless_the_figure_differs() -> None:
    words = "Hai nước đã ký Hiệp định thương mại tự do vào tháng 11 năm 2004 tại Santiago."
    approved = Fact(
        None, "a", "VN-CL", "agreements", "statement", words, status="approved",
        citations=(Citation(1, words, 0, len(words)),),
    )  # fmt: skip
    draft = replace(approved, uuid="d", status="draft", statement_vi=words.replace(".", " rồi."))
    assert [m.relation for m in find_matches(draft, [approved])] == [SAME]
    assert find_matches(draft, [approved], exclude=["a"]) == []  # the editor said "different"
    other = replace(
        draft, statement_vi="Hai bên hợp tác về giáo dục và văn hóa nhiều năm nay.", citations=()
    )
    assert find_matches(other, [approved]) == []
    figure = replace(approved, value=2.0e9, unit="USD")
    assert find_matches(replace(draft, value=1.0e9, unit="USD"), [figure]) == []
    retired = replace(approved, status="retired")
    assert find_matches(draft, [retired]) == []


def test_confidence_follows_how_much_was_read() -> None:
    full = proposal_confidence("figure", "trade.total", has_value=True, has_period=True)
    partial = proposal_confidence("figure", "", has_value=True)
    topic_only = proposal_confidence("statement", reasons=["topic economic"])
    assert full > partial > topic_only
    assert confidence_band(full) == "high" and confidence_band(topic_only) == "low"
    proposal = Proposal(("amount “1,3 tỷ USD”",), full)
    assert Proposal.from_details(proposal.as_details()) == proposal


def test_english_suggestion_from_the_fields() -> None:
    trade = _fact(
        "t", metric="trade.total", period="2024-01..2024-09", value=1.3e9, unit="USD",
        qualifier="more_than",
    )  # fmt: skip
    assert suggest_english(trade, "", VN, CL).text == (
        "Two-way trade between Viet Nam and Chile reached more than USD 1.3 billion "
        "in January–September 2024."
    )
    rank = _fact("r", metric="trade.partner_rank_in_latam", value=4.0, unit="rank")
    assert suggest_english(rank, "", VN, CL).text == (
        "Chile is Viet Nam's fourth-largest trading partner in Latin America."
    )
    growth = _fact("g", metric="trade.growth", period="2023", value=12.5, unit="%")
    assert suggest_english(growth, "", VN, CL).text == (
        "Two-way trade between Viet Nam and Chile grew by 12.5% in 2023."
    )
    gulf = _fact("m", metric="trade.partner_rank_in_middle_east", value=1.0, unit="rank")
    assert suggest_english(gulf, "", VN, CL).text == (
        "Chile is Viet Nam's largest trading partner in the Middle East."
    )
    world = _fact("w", metric="trade.partner_rank_in_world", value=2.0, unit="rank")
    assert suggest_english(world, "", VN, CL).text == (
        "Chile is Viet Nam's second-largest trading partner in the world."
    )
    quote = "Thiết lập quan hệ ngoại giao ngày 25/3/1971."
    founded = _fact("e", kind="event", metric="relations.established", event_date="1971-03-25")
    assert suggest_english(founded, quote, VN, CL).text == (
        "Viet Nam and Chile established diplomatic relations on 25 March 1971."
    )
    visit = _fact("v", kind="event", metric="visit.inbound", event_date="2017-11")
    assert suggest_english(
        visit, "Tổng thống Michelle Bachelet thăm Việt Nam (11/2017)", VN, CL
    ).text == ("President Michelle Bachelet of Chile visited Viet Nam (November 2017).")
    # No reading to build on: no sentence, but the terms the editor needs.
    loose = _fact("s", kind="statement", metric="", value=None)
    text = "Hai nước thiết lập quan hệ Đối tác toàn diện, Chi-lê là đối tác quan trọng."
    suggestion = suggest_english(loose, text, VN, CL)
    assert suggestion.text == ""
    assert ("Đối tác toàn diện", "Comprehensive Partnership") in suggestion.terms
    assert ("Chi-lê", "Chile") in suggestion.terms


def test_term_hints_prefer_the_longer_term() -> None:
    hints = term_hints("nâng cấp lên Đối tác chiến lược toàn diện; kim ngạch 2 tỷ USD")
    assert ("Đối tác chiến lược toàn diện", "Comprehensive Strategic Partnership") in hints
    assert ("Đối tác chiến lược", "Strategic Partnership") not in hints
    assert ("tỷ USD", "USD … billion") in hints
