"""A fact's own line from its fields (domain.ownline), and the visitor named by a person's title
only (english.TITLE_TERMS)."""

from __future__ import annotations

from briefer.domain.english import suggest_english
from briefer.domain.model import Citation, Country, Fact
from briefer.domain.ownline import own_line

VN = Country("VN", "Việt Nam", "Viet Nam")
NO = Country("NO", "Na Uy", "Norway")
# One sentence, three facts (wording of our own).
SENTENCE = (
    "Năm 2019, hai nước nâng quan hệ lên Đối tác chiến lược, nhân chuyến thăm chính thức "
    "Na Uy của Thủ tướng Nguyễn Văn An; thương mại hai chiều năm 2018 đạt 750 triệu USD."
)


def _fact(kind: str, en: str = "", **kw: object) -> Fact:
    quote = Citation(1, SENTENCE, 0, len(SENTENCE), source_published_on="2019-06-02")
    return Fact(None, "f", "VN-NO", "diplomatic", kind, SENTENCE, en, status="approved",  # type: ignore[arg-type]
                citations=(quote,), **kw)  # fmt: skip


def test_each_fact_of_the_sentence_gets_its_own_line_in_vietnamese() -> None:
    upgrade = _fact("event", event_date="2019", metric="relations.strategic_partnership")
    visit = _fact("event", event_date="2019", metric="visit.outbound")
    trade = _fact("figure", period="2018", value=7.5e8, unit="USD", metric="trade.total")
    assert own_line(upgrade, "vi", VN, NO) == (
        "Việt Nam và Na Uy thiết lập quan hệ Đối tác chiến lược vào năm 2019."
    )
    assert own_line(visit, "vi", VN, NO) == "Thủ tướng Nguyễn Văn An thăm Na Uy (năm 2019)."
    # (a figure's line leaves its period to the brief's tag)
    assert own_line(trade, "vi", VN, NO) == (
        "Kim ngạch thương mại hai chiều Việt Nam – Na Uy đạt 750 triệu USD."
    )


def test_english_lines_only_for_facts_the_editor_has_put_into_english() -> None:
    visit = _fact("event", event_date="2019", metric="visit.outbound")
    assert own_line(visit, "en", VN, NO) == ""
    translated = _fact("event", "In 2019 …", event_date="2019", metric="visit.outbound")
    line = own_line(translated, "en", VN, NO)
    assert line == "Prime Minister Nguyễn Văn An visited Norway (2019)."


def test_a_partnership_before_the_visitor_is_no_title() -> None:
    """The partnership's name came first and has a capital: it was taken for the visitor's
    title, found no name, and the suggestion fell back to "a delegation"."""
    visit = _fact("event", event_date="2019", metric="visit.outbound")
    assert suggest_english(visit, SENTENCE, VN, NO).text.startswith("Prime Minister Nguyễn Văn An")


def test_fields_that_say_too_little_give_no_line() -> None:
    """Near misses: no metric, a metric no shape is known for, travellers rather than a visit."""
    assert own_line(_fact("statement"), "vi", VN, NO) == ""
    odd = _fact("figure", as_of="2019-06", value=2, unit="rank", metric="fisheries.rank")
    assert own_line(odd, "vi", VN, NO) == ""
    words = "Năm 2019, 28.000 du khách Na Uy thăm Việt Nam."
    cites = (Citation(1, words, 0, len(words)),)
    tourists = Fact(None, "t", "VN-NO", "people", "event", words, event_date="2019",
                    metric="visit.inbound", citations=cites)  # fmt: skip
    assert own_line(tourists, "vi", VN, NO) == ""
