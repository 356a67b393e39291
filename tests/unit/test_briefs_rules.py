"""Issue 12's rules one by one, on real wording: anniversaries, founding conflicts, venues of
multilateral meetings, one row per visit, note forms, URL breaks, "needs update"."""

from __future__ import annotations

from datetime import date
from functools import partial

from briefer.assemble.assembler import assemble_brief
from briefer.domain.brief import BriefItem
from briefer.domain.itemline import computed_line
from briefer.domain.model import Citation, Country, Fact, Pair
from briefer.domain.rules import (
    INBOUND,
    OUTBOUND,
    anniversary_years,
    founding_value,
    group_visits,
    meeting_venue,
    met_elsewhere,
    relations_founding,
    visit_direction,
)
from briefer.export.pdf_text import url_lines, url_segments
from briefer.render.context import without_date
from briefer.render.model import Note, NoteForms

VN = Country("VN", "Việt Nam", "Viet Nam")
PE = Country("PE", "Peru", "Peru")
CL = Country("CL", "Chile", "Chile")


def fact(uuid: str, vi: str, en: str = "", topic: str = "diplomatic", **kw: object) -> Fact:
    kind = str(kw.pop("kind", "event"))
    cite = Citation(1, vi[:20], 0, 20, source_uuid="s1", source_title="T")
    return Fact(
        None,
        uuid,
        "VN-PE",
        topic,
        kind,
        vi,
        en,
        status="approved",
        citations=(cite,),
        **kw,  # type: ignore[arg-type]
    )


FOUNDED_1994 = fact(
    "f-1994", "Việt Nam và Peru thiết lập quan hệ ngoại giao từ năm 1994.", event_date="1994"
)
THIRTY_YEARS = fact(
    "f-30",
    "Ngày 14/11/2024 đánh dấu tròn 30 năm Việt Nam và Peru thiết lập quan hệ ngoại giao.",
    "14 November 2024 marked the 30th anniversary of diplomatic relations.",
    kind="statement",
    as_of="2024-11-14",
)


def test_an_anniversary_gives_a_founding_year_never_a_date() -> None:
    assert anniversary_years(THIRTY_YEARS) == 30
    assert founding_value(THIRTY_YEARS) == "1994"
    english = fact(
        "f-en",
        "",
        "On 25 March 2021 the two countries marked the 50th anniversary of establishing "
        "diplomatic relations.",
        event_date="2021-03-25",
    )
    assert founding_value(english) == "1971"
    # A founding date that mentions a later anniversary is still the founding date.
    both = fact(
        "f-both",
        "Hai nước thiết lập quan hệ ngoại giao ngày 25/3/1971; năm 2021 kỷ niệm 50 năm.",
        event_date="1971-03-25",
    )
    assert anniversary_years(both) is None
    assert founding_value(both) == "1971-03-25"


def test_the_founding_value_sources_agree_on_and_a_conflict() -> None:
    founding = relations_founding([THIRTY_YEARS, FOUNDED_1994])
    assert founding is not None
    assert founding.value == "1994" and founding.shown is FOUNDED_1994
    assert founding.agreeing == (THIRTY_YEARS,) and not founding.conflict
    wrong = fact(
        "f-1993", "Việt Nam và Peru thiết lập quan hệ ngoại giao năm 1993.", event_date="1993"
    )
    founding = relations_founding([THIRTY_YEARS, FOUNDED_1994, wrong])
    assert founding is not None and founding.value == "1994"
    assert founding.conflicting == (wrong,)


def test_anniversary_line_and_conflict_warning_in_a_brief() -> None:
    pair = Pair(VN, PE)
    brief = assemble_brief(
        pair, "state-visit", "vi", date(2026, 12, 4), [THIRTY_YEARS, FOUNDED_1994]
    )
    line = brief.items()[0]
    facts = {f.uuid: f for f in (THIRTY_YEARS, FOUNDED_1994)}
    said = partial(computed_line, line, facts, VN, PE, on=brief.brief_date)
    assert said(lang="vi").startswith("32 năm thiết lập quan hệ ngoại giao")
    assert said(lang="en").startswith("32 years of diplomatic relations")
    assert set(line.cited_fact_uuids()) == {"f-1994", "f-30"}
    assert "conflict" not in {w.code for w in brief.warnings}
    wrong = fact(
        "f-1993", "Việt Nam và Peru thiết lập quan hệ ngoại giao năm 1993.", event_date="1993"
    )
    brief = assemble_brief(
        pair, "state-visit", "en", date(2026, 12, 4), [THIRTY_YEARS, FOUNDED_1994, wrong]
    )
    conflicts = [w for w in brief.warnings if w.code == "conflict"]
    assert len(conflicts) == 1
    assert "1993" in conflicts[0].message_en and "1994" in conflicts[0].message_en


KUCZYNSKI = fact(
    "f-k",
    "Tổng thống Peru Pablo Kuczynski dự Hội nghị Cấp cao APEC lần thứ 25 tại Đà Nẵng "
    "(tháng 11/2017).",
    topic="visits",
    event_date="2017-11",
)
SAN_FRANCISCO = fact(
    "f-sf",
    "Ngày 17/11/2023, tại San Francisco (Hoa Kỳ), nhân dịp Hội nghị Cấp cao APEC lần thứ 30, "
    "Chủ tịch nước Võ Văn Thưởng gặp Tổng thống Peru Dina Boluarte.",
    topic="visits",
    event_date="2023-11-17",
)


def test_a_meeting_hosted_in_a_country_is_a_visit_there() -> None:
    assert meeting_venue(KUCZYNSKI) == "VN"
    assert visit_direction(KUCZYNSKI, VN, PE) == INBOUND
    lima = fact("f-l", "", "President Lương Cường attended APEC 2024 in Lima.", topic="visits")
    assert visit_direction(lima, VN, PE) == OUTBOUND
    assert meeting_venue(SAN_FRANCISCO) == "US"
    assert visit_direction(SAN_FRANCISCO, VN, PE) == ""  # a third country: the sidelines
    assert met_elsewhere(SAN_FRANCISCO, VN, PE)


def test_an_event_that_names_no_place_abroad_is_not_on_the_sidelines() -> None:
    # (talks agreed in a sentence that also names a free trade agreement's year: no visit,
    # no venue — the timeline says nothing of its direction rather than "third country")
    talks = fact(
        "f-t",
        "",
        "Chile and Vietnam agreed to start talks on widening their 2014 free trade agreement.",
        topic="visits",
        event_date="2014",
    )
    assert visit_direction(talks, VN, PE) == ""
    assert not met_elsewhere(talks, VN, PE)
    lima = fact("f-l2", "", "President Lương Cường attended APEC 2024 in Lima.", topic="visits")
    assert not met_elsewhere(lima, VN, PE)  # (in the partner's country: a visit there)


def test_facts_about_one_visit_make_one_row() -> None:
    visit = fact(
        "f-visit",
        "Chủ tịch nước Lương Cường thăm chính thức Chile vào tháng 11/2024.",
        topic="visits",
        event_date="2024-11",
    )
    meeting = fact(
        "f-meet",
        "Ngày 11/11/2024, tại Santiago de Chile, Chủ tịch nước Lương Cường tiếp Chủ tịch "
        "Thượng viện Chile.",
        topic="visits",
        event_date="2024-11-11",
    )
    other = fact(
        "f-other",
        "Bộ trưởng Ngoại giao Chile Alberto Van Klaveren thăm chính thức Việt Nam.",
        topic="visits",
        event_date="2024-11-20",
    )
    rows = group_visits([visit, meeting, other], VN, CL)
    assert [(main.uuid, [m.uuid for m in merged]) for main, merged in rows] == [
        ("f-visit", ["f-meet"]),
        ("f-other", []),
    ]


def test_timeline_text_does_not_repeat_its_date() -> None:
    assert without_date(
        "Tổng thống Alberto Fujimori thăm Việt Nam (tháng 7/1998).", "tháng 7/1998"
    ) == ("Tổng thống Alberto Fujimori thăm Việt Nam.")
    assert without_date(
        "On 17 November 2023 in San Francisco, President Võ Văn Thưởng met President Boluarte.",
        "17 November 2023",
    ).startswith("In San Francisco, President")
    assert without_date("Nothing to drop here.", "2020") == "Nothing to drop here."


def test_note_forms_full_then_short_then_ibid() -> None:
    def note(source: str) -> Note:
        return Note("k", "f", source, quote="", text=f"{source} full", short=f"{source} short")

    forms = NoteForms("Ibid.")
    texts = [forms.text(note(s)) for s in ("a", "a", "b", "a")]
    assert texts == ["a full", "Ibid.", "b full", "a short"]
    forms.restart()
    assert forms.text(note("a")) == "a short"  # no "Ibid." across a new list of notes


def test_url_lines_break_only_after_separators() -> None:
    url = "https://vov.vn/chinh-tri/dua-quan-he-huu-nghi-post1134806.vov?a=1&b=2"
    assert "".join(url_segments(url)) == url
    lines = url_lines(url, "Helvetica", 11, 60, 120)
    assert "".join(lines) == url and len(lines) > 2
    for line in lines[:-1]:
        assert line == "" or line[-1] in "/.-?&="


def test_editing_one_language_marks_the_other_for_update() -> None:
    from briefer.domain.brief import Brief, BriefSection
    from briefer.domain.brief_edits import set_item_text  # pure functions, no Qt

    item = BriefItem("i1", "text", text_vi="Câu tiếng Việt.", text_en="An English line.")
    brief = Brief(
        "VN-PE",
        "state-visit",
        "vi",
        "2026-12-04",
        "",
        "T",
        (BriefSection("overview", "H", (item,)),),
    )
    edited = set_item_text(brief, "i1", "vi", "Câu tiếng Việt đã sửa.")
    assert edited.items()[0].needs_update == "en"
    caught_up = set_item_text(edited, "i1", "en", "The edited English line.")
    assert caught_up.items()[0].needs_update == ""


def test_migration_0005_keeps_saved_briefs_and_adds_needs_update(tmp_path) -> None:
    import sqlite3

    from sqlite_utils import Database

    from briefer.store.briefs import load_brief
    from briefer.store.connection import open_store
    from briefer.store.schema import SCHEMA_VERSION, migrations

    path = tmp_path / "old.sqlite"
    conn = sqlite3.connect(path)
    migrations.apply(Database(conn), stop_before="0007_briefs_needs_update")
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 6
    conn.execute(
        "INSERT INTO brief (uuid, pair, brief_type, language, title, marking, brief_date, "
        "created_at, updated_at) VALUES ('b1', 'VN-PE', 'state-visit', 'vi', 'T', '', "
        "'2026-12-04', '', '')"
    )
    conn.execute(
        "INSERT INTO brief_section (brief_id, position, topic, heading) "
        "VALUES (1, 0, 'overview', 'H')"
    )
    conn.execute(
        "INSERT INTO brief_item (section_id, position, uuid, kind, text_vi) "
        "VALUES (1, 0, 'i1', 'text', 'Câu cũ.')"
    )
    conn.commit()
    conn.close()
    db = open_store(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    brief = load_brief(db, "b1")
    assert brief is not None and brief.items()[0].text_vi == "Câu cũ."
    assert brief.items()[0].needs_update == ""
    db.close()


def test_two_facts_stated_in_one_sentence_print_it_once_citing_both() -> None:
    both = (
        "Vietnam is now Peru's largest trading partner in Southeast Asia, while Peru ranks as "
        "Vietnam's sixth-largest trading partner in Latin America."
    )
    ranks = [
        fact("r-home", "Việt Nam là đối tác lớn nhất.", both, topic="economic", kind="figure",
             metric="trade.home_rank_in_asean", value=1.0, unit="rank"),
        fact("r-partner", "Peru là đối tác lớn thứ sáu.", both, topic="economic",
             kind="figure", metric="trade.partner_rank_in_latam", value=6.0, unit="rank"),
    ]  # fmt: skip
    pair = Pair(VN, PE)
    brief = assemble_brief(pair, "state-visit", "en", date(2026, 12, 5), ranks)
    items = [i for s in brief.sections for i in s.items if i.kind == "fact"]
    assert len(items) == 1
    assert set(items[0].cited_fact_uuids()) == {"r-home", "r-partner"}
    # in Vietnamese the two statements differ: two items
    brief = assemble_brief(pair, "state-visit", "vi", date(2026, 12, 5), ranks)
    assert len([i for s in brief.sections for i in s.items if i.kind == "fact"]) == 2


def test_one_sentence_stating_two_facts_has_one_note_not_two_identical() -> None:
    from briefer.render.document import render_document
    from briefer.render.model import BulletList, Cite, Paragraph

    both = (
        "Trade with Peru rose 14 percent to US$241 million, making Vietnam Peru's "
        "third-largest trading partner in Southeast Asia."
    )
    cite = Citation(1, both, 0, len(both), source_uuid="s1", source_title="T")
    facts = [
        Fact(None, "f-total", "VN-PE", "economic", "figure", "Thương mại 241 triệu USD.", both,
             status="approved", citations=(cite,), metric="trade.total", value=241e6,
             unit="USD", period="2025-01..2025-09"),
        Fact(None, "f-rank", "VN-PE", "economic", "figure", "Việt Nam thứ ba.", both,
             status="approved", citations=(cite,), metric="trade.home_rank_in_asean",
             value=3.0, unit="rank"),
    ]  # fmt: skip
    brief = assemble_brief(Pair(VN, PE), "state-visit", "en", date(2026, 12, 5), facts)
    document = render_document(brief, {f.uuid: f for f in facts})
    lines = [b.inlines for b in document.blocks if isinstance(b, Paragraph)]
    lines += [item for b in document.blocks if isinstance(b, BulletList) for item in b.items]
    marked = [
        [run.key for run in line if isinstance(run, Cite)]
        for line in lines
        if both[:20] in "".join(getattr(r, "text", "") for r in line)
    ]
    assert [len(keys) for keys in marked] == [1]
    assert document.notes[marked[0][0]].quote == both


def test_an_english_brief_keeps_a_quote_naming_nicolas_or_sao_paulo_and_drops_vietnamese() -> None:
    from briefer.render.document import render_document

    english = "Deputy Foreign Minister Nicolás Albertoni will travel to São Paulo and Hanoi."
    vietnamese = "Thứ trưởng Ngoại giao sẽ thăm Hà Nội từ ngày 8 đến 10/12."
    made = []
    for uuid, quote in (("f-en", english), ("f-vi", vietnamese)):
        cite = Citation(1, quote, 0, len(quote), source_uuid=f"s-{uuid}", source_title="T")
        made.append(Fact(None, uuid, "VN-PE", "diplomatic", "event", "Chuyến thăm.",
                         f"A visit ({uuid}).", status="approved", citations=(cite,),
                         event_date="2025-12-08", metric="visit.inbound"))  # fmt: skip
    brief = assemble_brief(Pair(VN, PE), "state-visit", "en", date(2026, 12, 5), made)
    notes = render_document(brief, {f.uuid: f for f in made}).notes.values()
    quotes = {n.fact_uuid: n.quote for n in notes}
    assert quotes["f-en"] == english
    assert quotes["f-vi"] == ""


def test_the_timeline_says_sidelines_only_for_a_meeting_abroad() -> None:
    from briefer.render.context import build_context
    from briefer.render.labels import load_labels

    talks = fact(
        "f-talks",
        "Hai nước nhất trí khởi động đàm phán nâng cấp hiệp định thương mại tự do năm 2014.",
        topic="visits",
        event_date="2014",
    )
    brief = assemble_brief(
        Pair(VN, PE), "state-visit", "vi", date(2026, 12, 5), [talks, SAN_FRANCISCO]
    )
    facts = {f.uuid: f for f in (talks, SAN_FRANCISCO)}
    context = build_context(brief, facts, None, load_labels("vi"))

    def labels(node: object) -> dict[str, str]:
        found: dict[str, str] = {}
        if isinstance(node, dict):
            if "direction_label" in node and node.get("fact_uuid"):
                found[str(node["fact_uuid"])] = str(node["direction_label"])
            for value in node.values():
                found.update(labels(value))
        elif isinstance(node, list):
            for value in node:
                found.update(labels(value))
        return found

    by_fact = labels(context)
    assert by_fact["f-sf"] == "Tiếp xúc bên lề / nước thứ ba"  # San Francisco: a summit abroad
    assert by_fact["f-talks"] == ""  # no visit, no place abroad: no direction said
