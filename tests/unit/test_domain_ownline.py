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


def _said(pair: str, words: str, kind: str, en: str = "", **kw: object) -> Fact:
    cites = (Citation(1, words, 0, len(words), source_published_on="2025-01-10"),)
    return Fact(None, "s", pair, "economic", kind, words, en, status="approved",  # type: ignore[arg-type]
                citations=cites, **kw)  # fmt: skip


AR = Country("AR", "Argentina", "Argentina")
FR = Country("FR", "Pháp", "France")
MY = Country("MY", "Malaysia", "Malaysia")


def test_a_rank_in_a_group_the_vietnamese_would_not_name_gives_no_line() -> None:
    """The Vietnamese line was rebuilt from the metric and dropped the quote's bloc: "lớn thứ 2
    của Việt Nam trong khối Mercosur" printed as second among all partners, "trong Liên minh
    châu Âu" as "tại châu Âu"."""
    bloc = _said("VN-AR", "Argentina là đối tác thương mại lớn thứ 2 của Việt Nam trong khối "
                 "Mercosur.", "figure", as_of="2024", value=2, unit="rank",
                 metric="trade.partner_rank")  # fmt: skip
    assert own_line(bloc, "vi", VN, AR) == ""
    union = _said("VN-FR", "Pháp là đối tác thương mại lớn thứ 4 của Việt Nam trong Liên minh "
                  "châu Âu.", "figure", as_of="2024", value=4, unit="rank",
                  metric="trade.partner_rank_in_europe")  # fmt: skip
    assert own_line(union, "vi", VN, FR) == ""
    # near miss: the region by its plain name is said as the quote says it
    europe = _said("VN-FR", "Pháp là đối tác thương mại lớn thứ 4 của Việt Nam tại châu Âu.",
                   "figure", as_of="2024", value=4, unit="rank",
                   metric="trade.partner_rank_in_europe")  # fmt: skip
    assert own_line(europe, "vi", VN, FR) == (
        "Pháp là đối tác thương mại lớn thứ 4 của Việt Nam tại châu Âu."
    )


def test_a_fall_is_said_with_the_vietnamese_decimal_comma() -> None:
    words = "Năm 2023, thương mại hai chiều Việt Nam – Malaysia đạt 13,5 tỷ USD, giảm 4,7%."
    fall = _said("VN-MY", words, "figure", period="2023", value=-4.7, unit="%",
                 metric="trade.growth")  # fmt: skip
    assert own_line(fall, "vi", VN, MY) == (
        "Kim ngạch thương mại hai chiều Việt Nam – Malaysia giảm 4,7%."
    )


def test_a_visit_whose_visitor_the_quote_does_not_name_gives_no_line() -> None:
    """No "Đoàn cấp cao Malaysia thăm Việt Nam" / "A delegation from Malaysia visited …"."""
    words = "Tháng 3/2024, một đoàn doanh nghiệp Malaysia đã sang làm việc tại Việt Nam."
    visit = _said("VN-MY", words, "event", "A Malaysian business delegation came in 2024.",
                  event_date="2024-03", metric="visit.inbound")  # fmt: skip
    assert (own_line(visit, "vi", VN, MY), own_line(visit, "en", VN, MY)) == ("", "")


def test_the_host_named_first_is_not_the_visitor() -> None:
    """The host's title came first and was taken for the visitor's: "Quốc vương Malaysia …
    thăm Malaysia"."""
    words = ("Thủ tướng Malaysia Anwar Ibrahim đã đón Chủ tịch nước Lương Cường tại Putrajaya "
             "trong chuyến thăm cấp Nhà nước tháng 11/2024.")  # fmt: skip
    visit = _said("VN-MY", words, "event", event_date="2024-11", metric="visit.outbound")
    assert (
        own_line(visit, "vi", VN, MY) == "Chủ tịch nước Lương Cường thăm Malaysia (tháng 11/2024)."
    )
    # near miss: the host alone, with no guest named — nobody to say
    alone = _said("VN-MY", "Thủ tướng Anwar Ibrahim đã đón đoàn Việt Nam tại Putrajaya.",
                  "event", event_date="2024-11", metric="visit.outbound")  # fmt: skip
    assert own_line(alone, "vi", VN, MY) == ""


def test_an_english_sources_own_words_are_not_the_editors_english() -> None:
    """The importer puts an English source's words in statement_en; that is no English the
    editor wrote, so no machine line replaces them."""
    words = "Malaysia's trade with Vietnam reached USD 13.5 billion in 2023."
    sourced = _said("VN-MY", words, "figure", words, period="2023", value=1.35e10, unit="USD",
                    metric="trade.total")  # fmt: skip
    assert own_line(sourced, "en", VN, MY) == ""
    edited = _said("VN-MY", words, "figure", "Two-way trade was USD 13.5 billion in 2023.",
                   period="2023", value=1.35e10, unit="USD", metric="trade.total")  # fmt: skip
    assert own_line(edited, "en", VN, MY) == (
        "Two-way trade between Viet Nam and Malaysia reached USD 13.5 billion in 2023."
    )
