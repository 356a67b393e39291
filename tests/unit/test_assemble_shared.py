"""A sentence holding facts of two topics: each section of the brief says its own fact and
cites the same quote (assemble.shared, domain.ownline)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from briefer.assemble import assemble_brief
from briefer.domain.brief import Brief
from briefer.domain.model import Citation, Country, Fact, Pair
from briefer.render.context import build_context
from briefer.render.labels import load_labels

VN = Country("VN", "Việt Nam", "Viet Nam")
PE = Country("PE", "Peru", "Peru")
NO = Country("NO", "Na Uy", "Norway")
MY = Country("MY", "Malaysia", "Malaysia")
ON = date(2026, 3, 1)

# Tiền Phong, 14/11/2024 (tests/fixtures/corpus/dev3): one sentence, a partnership and a visit.
PERU_SENTENCE = (
    "Sau 30 năm, hai nước đã trở thành Đối tác toàn diện từ tháng 11/2017, nhân chuyến thăm "
    "cấp Nhà nước tới Pê-ru của Chủ tịch nước Trần Đại Quang."
)


def _fact(uuid: str, pair: Pair, topic: str, kind: str, words: str, **kw: object) -> Fact:
    quote = Citation(1, words, 0, len(words), source_published_on="2024-11-14")
    return Fact(None, uuid, pair.code, topic, kind, words, str(kw.pop("en", "")),  # type: ignore[arg-type]
                status="approved", citations=(quote,), **kw)  # fmt: skip


def _peru(en: str = "") -> list[Fact]:
    pair = Pair(VN, PE)
    return [
        _fact("f-partner", pair, "diplomatic", "event", PERU_SENTENCE, en=en,
              event_date="2017-11", metric="relations.comprehensive_partnership"),
        _fact("f-visit", pair, "visits", "event", PERU_SENTENCE, en=en,
              event_date="2017-11", metric="visit.outbound"),
    ]  # fmt: skip


def _lines(brief: Brief, facts: list[Fact]) -> dict[str, list[str]]:
    context = build_context(brief, {f.uuid: f for f in facts}, None, load_labels(brief.language))
    return {s["topic"]: [e["display"] for e in s["entries"]] for s in context["sections"]}


def test_each_section_says_its_own_event_of_one_sentence() -> None:
    facts = _peru()
    brief = assemble_brief(Pair(VN, PE), "state-visit", "vi", ON, facts)
    lines = _lines(brief, facts)
    assert lines["diplomatic"] == [
        "Việt Nam và Peru thiết lập quan hệ Đối tác toàn diện vào tháng 11/2017."
    ]
    # the latest visit's head says the date once, then the visit's own line
    assert lines["visits"] == [
        "Chuyến thăm cấp cao gần nhất từ Việt Nam sang Peru (tháng 11/2017): "
        "Chủ tịch nước Trần Đại Quang thăm Peru.",
        "Chủ tịch nước Trần Đại Quang thăm Peru (tháng 11/2017).",
    ]
    printed = [line for section in lines.values() for line in section]
    assert PERU_SENTENCE not in printed  # the sentence is the quote the notes print
    # each item still cites its own fact, whose quote is the whole sentence
    cited = {u for item in brief.items() for u in item.cited_fact_uuids()}
    assert cited == {"f-partner", "f-visit"}


def test_an_english_brief_says_them_in_english_only_when_the_editor_gave_english() -> None:
    en = (
        "After 30 years the two countries became Comprehensive Partners in November 2017, "
        "during President Trần Đại Quang's state visit to Peru."
    )
    facts = _peru(en)
    lines = _lines(assemble_brief(Pair(VN, PE), "state-visit", "en", ON, facts), facts)
    assert lines["diplomatic"] == [
        "Viet Nam and Peru established a Comprehensive Partnership in November 2017."
    ]
    assert en not in [line for section in lines.values() for line in section]
    # no English from the editor: no machine line printed in its place either
    untranslated = _peru()
    brief = assemble_brief(Pair(VN, PE), "state-visit", "en", ON, untranslated)
    assert not any(item.text_en for item in brief.items() if item.kind == "fact")


def test_an_english_sources_own_words_get_no_machine_line() -> None:
    """An English source's words are in statement_en from the importer, not from the editor:
    the sentence is printed (once), never a line the desk made up in its place."""
    words = (
        "Viet Nam and Peru became Comprehensive Partners in November 2017, during President "
        "Trần Đại Quang's state visit to Peru."
    )
    pair = Pair(VN, PE)
    facts = [
        _fact("f-partner", pair, "diplomatic", "event", words, en=words,
              event_date="2017-11", metric="relations.comprehensive_partnership"),
        _fact("f-visit", pair, "visits", "event", words, en=words,
              event_date="2017-11", metric="visit.outbound"),
    ]  # fmt: skip
    lines = _lines(assemble_brief(pair, "state-visit", "en", ON, facts), facts)
    assert lines["diplomatic"] == [words]
    assert lines["visits"] == [
        f"Latest high-level visit from Viet Nam to Peru (November 2017): {words}"
    ]


# Wording of our own, the shape of a Báo Chính phủ sentence: a total and its fall (one
# section's item) and a rank (another section's) in one sentence.
TRADE = (
    "Năm 2023, kim ngạch thương mại song phương Việt Nam – Malaysia đạt 13,5 tỷ USD, giảm "
    "4,7%; Malaysia là đối tác thương mại lớn thứ 2 của Việt Nam trong ASEAN."
)


def _trade(rank_metric: str = "trade.partner_rank_in_asean") -> list[Fact]:
    pair = Pair(VN, MY)
    return [
        _fact("f-total", pair, "economic", "figure", TRADE, period="2023", value=1.35e10,
              unit="USD", metric="trade.total"),
        _fact("f-fall", pair, "economic", "figure", TRADE, period="2023", value=-4.7,
              unit="%", metric="trade.growth"),
        _fact("f-rank", pair, "overview", "figure", TRADE, period="2023", value=2,
              unit="rank", metric=rank_metric),
    ]  # fmt: skip


def test_an_item_stating_two_facts_of_the_sentence_says_both() -> None:
    """The economic item stated the total and the fall; its line was the total's alone, so
    "giảm 4,7%" was printed nowhere."""
    facts = _trade()
    lines = _lines(assemble_brief(Pair(VN, MY), "state-visit", "vi", ON, facts), facts)
    assert lines["economic"] == [
        "Kim ngạch thương mại hai chiều Việt Nam – Malaysia đạt 13,5 tỷ USD. "
        "Kim ngạch thương mại hai chiều Việt Nam – Malaysia giảm 4,7% (năm 2023)."
    ]
    assert lines["overview"] == [
        "Malaysia là đối tác thương mại lớn thứ 2 của Việt Nam trong ASEAN (năm 2023)."
    ]


def test_an_item_one_of_whose_facts_has_no_line_keeps_the_sentence() -> None:
    """Near miss: the rank's group has no Vietnamese words here (a bloc by its own name), so
    the overview keeps the sentence, and the economic item still says both its facts."""
    facts = _trade("trade.partner_rank")
    words = TRADE.replace("trong ASEAN", "trong khối RCEP")
    facts = [replace(f, statement_vi=words, citations=(Citation(1, words, 0, len(words)),))
             for f in facts]  # fmt: skip
    lines = _lines(assemble_brief(Pair(VN, MY), "state-visit", "vi", ON, facts), facts)
    # (the sentence's own "Năm 2023," gives way to the figure's period tag)
    assert lines["overview"] == [
        "Kim ngạch thương mại song phương Việt Nam – Malaysia đạt 13,5 tỷ USD, giảm 4,7%; "
        "Malaysia là đối tác thương mại lớn thứ 2 của Việt Nam trong khối RCEP (năm 2023)."
    ]
    assert "giảm 4,7%" in lines["economic"][0]


def test_one_section_prints_a_shared_sentence_once_and_keeps_it() -> None:
    """Near miss: both facts under one topic — the sentence is said once there, as it is."""
    pair = Pair(VN, NO)
    words = (
        "Việt Nam và Na Uy trở thành Đối tác chiến lược năm 2015 và nâng cấp quan hệ lên "
        "Đối tác toàn diện vào tháng 6/2023."
    )
    facts = [
        _fact("f-ties", pair, "diplomatic", "event", words, event_date="2015",
              metric="relations.strategic_partnership"),
        _fact("f-up", pair, "diplomatic", "event", words, event_date="2023-06",
              metric="relations.comprehensive_partnership"),
    ]  # fmt: skip
    lines = _lines(assemble_brief(pair, "state-visit", "vi", ON, facts), facts)
    assert lines["diplomatic"] == [words]


def test_a_fact_its_fields_cannot_say_is_cited_by_the_sentence_printed_once() -> None:
    pair = Pair(VN, NO)
    words = "Na Uy là đối tác lớn thứ 2 về thủy sản và thứ 5 về đóng tàu của Việt Nam."
    other = "Na Uy có 40 dự án đầu tư tại Việt Nam."
    facts = [
        _fact("f-fish", pair, "economic", "figure", words, as_of="2024-05", value=2,
              unit="rank", metric="fisheries.rank"),
        _fact("f-ship", pair, "investment", "figure", words, as_of="2024-05", value=5,
              unit="rank", metric="shipbuilding.rank"),
        _fact("f-projects", pair, "investment", "statement", other),
    ]  # fmt: skip
    brief = assemble_brief(pair, "state-visit", "vi", ON, facts)
    lines = _lines(brief, facts)
    assert lines["economic"] == [f"{words[:-1]} (tính đến tháng 5/2024)."]
    assert lines["investment"] == [other]  # not the sentence a second time
    [fish] = [i for i in brief.items() if i.fact_uuid == "f-fish"]
    assert "f-ship" in fish.cited_fact_uuids()
    # …but a section is never emptied of its only fact
    alone = [f for f in facts if f.uuid != "f-projects"]
    lines = _lines(assemble_brief(pair, "state-visit", "vi", ON, alone), alone)
    assert lines["investment"] == [f"{words[:-1]} (tính đến tháng 5/2024)."]
