"""Brief → Document: templates in both languages, citations, periods, metadata, odd input."""

from __future__ import annotations

import dataclasses
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest

from briefer.assemble import assemble_brief, attach_pair
from briefer.domain.brief import Brief, BriefItem
from briefer.domain.model import Fact
from briefer.errors import ExportError
from briefer.render import render_document
from briefer.render.model import (
    BulletList,
    Cite,
    Document,
    Heading,
    Inline,
    LineBreak,
    Paragraph,
    Table,
    Text,
)
from tests.unit.test_assemble_data import (
    ALL_FACTS,
    BRIEF_DATE,
    FACTS_BY_UUID,
    INVESTMENT,
    PARTNERSHIP,
    RANK_PREFERRED,
    SOURCES,
    TRADE_9M_2024,
    VN_CL,
    cite,
    fact,
)


def render(
    kind: str = "state-visit",
    lang: str = "vi",
    facts: tuple[Fact, ...] | list[Fact] = ALL_FACTS,
    template: str | None = None,
) -> tuple[Brief, Document]:
    brief = assemble_brief(VN_CL, kind, lang, BRIEF_DATE, facts, marking="MẬT")
    by_uuid = {f.uuid: f for f in facts}
    return brief, render_document(brief, by_uuid, SOURCES, template=template)


def runs(document: Document) -> Iterator[tuple[Inline, ...]]:
    for block in document.blocks:
        if isinstance(block, Paragraph):
            yield block.inlines
        elif isinstance(block, BulletList):
            yield from block.items
        elif isinstance(block, Table):
            yield from block.header
            for row in block.rows:
                yield from row


def line_text(inlines: tuple[Inline, ...]) -> str:
    return "".join(
        r.text if isinstance(r, Text) else "\n" if isinstance(r, LineBreak) else "" for r in inlines
    )


def all_text(document: Document) -> str:
    parts = [b.text for b in document.blocks if isinstance(b, Heading)]
    parts += [line_text(r) for r in runs(document)]
    parts += [b.caption for b in document.blocks if isinstance(b, Table)]
    return "\n".join(parts)


def cites(document: Document) -> list[str]:
    return [r.key for inlines in runs(document) for r in inlines if isinstance(r, Cite)]


def line_with(document: Document, words: str) -> tuple[Inline, ...]:
    return next(r for r in runs(document) if words in line_text(r))


# ---- content in both languages ---------------------------------------------------------------


def test_vietnamese_brief_names_the_comprehensive_partnership() -> None:
    _, document = render(lang="vi")
    text = all_text(document)
    assert "Đối tác toàn diện" in text
    assert "55 năm thiết lập quan hệ ngoại giao (25/3/1971)" in text
    assert "Quan hệ ngoại giao" in [h.text for h in document.headings()]


def test_english_brief_names_the_comprehensive_partnership() -> None:
    _, document = render(lang="en")
    text = all_text(document)
    assert "Comprehensive Partnership" in text
    assert "55 years of diplomatic relations (25 March 1971)" in text
    assert "Diplomatic relations" in [h.text for h in document.headings()]
    assert "Quan hệ ngoại giao" not in text


def test_sections_come_out_in_brief_order_with_anchors() -> None:
    brief, document = render()
    headings = document.headings()
    assert [h.text for h in headings] == [s.heading for s in brief.sections]
    assert [h.anchor for h in headings] == [f"sec-{s.topic}" for s in brief.sections]


# ---- citations -------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["state-visit", "ministerial-talks", "fact-sheet"])
@pytest.mark.parametrize("lang", ["vi", "en"])
def test_every_cite_resolves_to_a_note_naming_its_source(kind: str, lang: str) -> None:
    _, document = render(kind, lang)
    keys = cites(document)
    assert keys, "a brief with facts has citations"
    entries = {e.key: e for e in document.sources}
    for key in keys:
        note = document.notes[key]
        entry = entries[note.source_key]
        assert entry.outlet in note.text or entry.title in note.text
        # The exact words, except Vietnamese words in an English brief (never printed there).
        assert note.quote or lang == "en"
        assert note.fact_uuid in FACTS_BY_UUID
    assert set(document.notes) == set(keys)


def test_note_text_is_formatted_for_the_language() -> None:
    _, vi = render(lang="vi")
    _, en = render(lang="en")
    key = f"{PARTNERSHIP.uuid}#1"
    assert vi.notes[key].text == (
        "Báo Nhân Dân, “Xung lực mới cho quan hệ giữa Việt Nam với Chile, Peru và hợp tác APEC”, "
        "9/11/2024, https://nhandan.vn/xung-luc-moi."
    )
    assert "9 November 2024" in en.notes[key].text
    assert (
        vi.notes[key].quote == "thiết lập quan hệ Đối tác toàn diện vào tháng 5/2007"
    )  # Ð repaired


def test_sources_are_numbered_by_first_citation() -> None:
    _, document = render()
    order: list[str] = []
    for key in cites(document):
        source = document.notes[key].source_key
        if source not in order:
            order.append(source)
    assert [e.key for e in document.sources] == order
    assert [e.number for e in document.sources] == list(range(1, len(order) + 1))
    assert [e.anchor for e in document.sources] == [f"src-{n}" for n in range(1, len(order) + 1)]


def test_a_fact_with_two_citations_gets_two_notes() -> None:
    twice = dataclasses.replace(
        TRADE_9M_2024, citations=(*TRADE_9M_2024.citations, cite(2, "thương mại song phương"))
    )
    facts = [twice if f is TRADE_9M_2024 else f for f in ALL_FACTS]
    _, document = render(facts=facts)
    line = line_with(document, "1,3 tỷ USD")
    assert [r.key for r in line if isinstance(r, Cite)] == [
        f"{TRADE_9M_2024.uuid}#1",
        f"{TRADE_9M_2024.uuid}#2",
    ]


# ---- figures carry their period --------------------------------------------------------------


def test_every_figure_is_shown_with_its_period() -> None:
    _, vi = render(lang="vi")
    _, en = render(lang="en")
    assert "(9 tháng đầu năm 2024)" in line_text(line_with(vi, "1,3 tỷ USD"))
    assert "(tính đến tháng 8/2024)" in line_text(line_with(vi, "lớn thứ 4"))
    assert "(năm 2021)" in line_text(line_with(vi, "900 triệu USD"))
    assert "(January–September 2024)" in line_text(line_with(en, "USD 1.3 billion"))
    assert "(as of August 2024)" in line_text(line_with(en, "fourth-largest"))
    # The period sits before the final full stop.
    assert line_text(line_with(vi, "1,3 tỷ USD")).endswith("(9 tháng đầu năm 2024).")


def test_fact_sheet_rows_each_carry_period_and_source() -> None:
    brief, document = render("fact-sheet", "vi")
    tables = [b for b in document.blocks if isinstance(b, Table)]
    assert len(tables) == 1
    table = tables[0]
    # A condensed table: the figure with its citation markers, and its period; the sources
    # are the short notes at the foot.
    assert [line_text(c) for c in table.header] == ["Số liệu", "Thời kỳ"]
    assert len(table.rows) == len(brief.items())
    for figure, period in table.rows:
        assert line_text(figure).strip()
        assert line_text(period).strip()
        assert any(isinstance(r, Cite) for r in figure)
    periods = [line_text(row[1]) for row in table.rows]
    assert "năm 2025" in periods
    row = next(r for r in table.rows if "lớn thứ 4" in line_text(r[0]))
    key = next(r.key for r in row[0] if isinstance(r, Cite))
    assert RANK_PREFERRED.uuid in key
    assert document.notes[key].short.startswith("TTXVN/Vietnam+")
    assert document.one_page


def test_visit_timeline_is_a_table_oldest_first() -> None:
    _, document = render(lang="en")
    table = next(b for b in document.blocks if isinstance(b, Table))
    assert [line_text(c) for c in table.header] == ["Date", "Direction", "Event"]
    assert [line_text(r[0]) for r in table.rows] == [
        "November 2016",
        "17 November 2023",
        "25–27 August 2024",
        "November 2024",
    ]
    assert line_text(table.rows[2][1]) == "Chile → Viet Nam"
    assert line_text(table.rows[3][1]) == "Viet Nam → Chile"


# ---- metadata and determinism ----------------------------------------------------------------


def test_meta() -> None:
    _, document = render(lang="vi")
    meta = document.meta
    assert meta.title == "Tài liệu phục vụ chuyến thăm"
    assert meta.subtitle == "Việt Nam – Chile"
    assert meta.brief_type_label == "Chuyến thăm cấp Nhà nước"
    assert meta.date_label == "25/3/2026"
    assert meta.marking == "MẬT"
    assert meta.language == "vi"
    assert meta.created == "2026-03-25T00:00:00"
    assert meta.labels["contents"] == "Mục lục"
    assert meta.labels["sources"] == "Nguồn tham khảo"
    assert {"page", "of"} <= set(meta.labels)
    _, english = render(lang="en")
    assert english.meta.labels["contents"] == "Contents"
    assert english.meta.date_label == "25 March 2026"


def test_same_input_same_document() -> None:
    assert render()[1] == render()[1]


# ---- thin, empty and odd input ---------------------------------------------------------------


def test_empty_sections_say_so() -> None:
    _, document = render()
    blocks = list(document.blocks)
    index = next(
        i for i, b in enumerate(blocks) if isinstance(b, Heading) and b.anchor == "sec-people"
    )
    following = blocks[index + 1]
    assert isinstance(following, Paragraph) and following.style == "note"
    assert "Chưa có dữ kiện" in line_text(following.inlines)


@pytest.mark.parametrize("kind", ["state-visit", "ministerial-talks", "fact-sheet"])
@pytest.mark.parametrize("lang", ["vi", "en"])
def test_a_pair_without_facts_gives_a_sound_document(kind: str, lang: str) -> None:
    _, document = render(kind, lang, facts=[])
    assert document.notes == {} and document.sources == ()
    notes = [b for b in document.blocks if isinstance(b, Paragraph) and b.style == "note"]
    assert notes
    text = all_text(document)
    assert ("Chưa có dữ kiện nào" in text) if lang == "vi" else ("no approved facts" in text)
    assert document.meta.title


def test_a_template_that_renders_nothing_still_gives_a_document(tmp_path: Path) -> None:
    template = tmp_path / "blank.j2"
    template.write_text("{# nothing #}", encoding="utf-8")
    _, document = render(template=str(template))
    assert len(document.blocks) == 1
    assert isinstance(document.blocks[0], Paragraph)


def test_text_is_nfc_repaired_and_free_of_control_characters() -> None:
    word = "Đ" + "a" * 5000
    odd = fact(
        "f-odd",
        "people",
        "statement",
        unicodedata.normalize("NFD", "Ðoàn nghệ thuật Việt Nam biểu diễn tại Santiago")
        + "\x00\x07 *không đậm* | [@f-partnership] "
        + word
        + "\x0bdòng mới",
    )
    _, document = render(facts=[*ALL_FACTS, odd])
    line = line_with(document, "Santiago")
    text = line_text(line)
    assert text.startswith("Đoàn nghệ thuật Việt Nam biểu diễn tại Santiago")
    assert unicodedata.is_normalized("NFC", text)
    assert "\x00" not in text and "\x07" not in text
    assert "*không đậm* | [@f-partnership]" in text  # markup characters in data stay text
    assert word in text
    assert any(isinstance(r, LineBreak) for r in line)  # \x0b became a line break
    assert all(not (isinstance(r, Text) and r.bold) for r in line)


def test_officer_text_with_citations_and_an_unknown_reference() -> None:
    brief, _ = render()
    talking = brief.section("talking_points")
    assert talking is not None
    items = (
        BriefItem("o-1", "text", text_vi="Ghi nhận thương mại tăng.", cites=(TRADE_9M_2024.uuid,)),
        BriefItem("o-2", "text", text_vi="Tham chiếu hỏng.", cites=("f-gone",)),
    )
    sections = tuple(
        dataclasses.replace(s, items=items) if s is talking else s for s in brief.sections
    )
    edited = dataclasses.replace(brief, sections=sections)
    document = render_document(edited, FACTS_BY_UUID, SOURCES)
    cited = line_with(document, "Ghi nhận thương mại")
    assert Cite(f"{TRADE_9M_2024.uuid}#1") in cited
    broken = line_with(document, "Tham chiếu hỏng")
    assert not any(isinstance(r, Cite) for r in broken)


def test_an_english_brief_never_prints_vietnamese_for_a_missing_translation() -> None:
    brief, document = render(lang="en")
    text = all_text(document)
    assert INVESTMENT.statement_vi[:-1] not in text
    assert "[No English text yet]" in text
    warned = {w.fact_uuid for w in brief.warnings if w.code == "untranslated"}
    assert INVESTMENT.uuid in warned


def test_sources_mapping_is_optional() -> None:
    brief = assemble_brief(VN_CL, "state-visit", "vi", BRIEF_DATE, ALL_FACTS)
    document = render_document(brief, FACTS_BY_UUID)
    note = document.notes[f"{PARTNERSHIP.uuid}#1"]
    assert note.text.startswith("Báo Nhân Dân, “Xung lực mới")


# ---- templates -------------------------------------------------------------------------------


def test_a_user_template_file(tmp_path: Path) -> None:
    template = tmp_path / "mine.j2"
    template.write_text(
        "# {{ brief.pair_label }} {id=top}\n\n"
        "{% for s in sections %}{% for i in s.entries %}- {{ i.display }}{{ i.cite }}\n"
        "{% endfor %}{% endfor %}",
        encoding="utf-8",
    )
    _, document = render(template=str(template))
    assert document.blocks[0] == Heading(1, "Việt Nam – Chile", "top")
    assert cites(document)


def test_a_hostile_template_is_an_export_error(tmp_path: Path) -> None:
    template = tmp_path / "evil.j2"
    template.write_text("{{ cycler.__init__.__globals__ }}", encoding="utf-8")
    with pytest.raises(ExportError, match=r"The template 'evil\.j2' could not be used"):
        render(template=str(template))


def test_unknown_template_name_is_an_export_error() -> None:
    with pytest.raises(ExportError, match=r"'no-such\.j2' was not found"):
        render(template="no-such.j2")


def test_brief_in_an_unknown_language_is_an_export_error() -> None:
    brief, _ = render()
    with pytest.raises(ExportError, match="Vietnamese or English"):
        render_document(dataclasses.replace(brief, language="fr"), FACTS_BY_UUID)


def test_a_brief_loaded_without_its_countries_renders_and_can_get_them_back() -> None:
    brief, _ = render(lang="en")
    loaded = dataclasses.replace(brief, pair_label="", home=None, partner=None)  # as stored
    document = render_document(loaded, FACTS_BY_UUID, SOURCES)
    table = next(b for b in document.blocks if isinstance(b, Table))
    assert all(line_text(row[1]) == "" for row in table.rows)  # no guessed directions
    assert document.meta.subtitle == "VN-CL"
    restored = render_document(attach_pair(loaded, VN_CL), FACTS_BY_UUID, SOURCES)
    assert restored == render_document(brief, FACTS_BY_UUID, SOURCES)
