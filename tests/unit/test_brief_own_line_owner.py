"""Review finding 11: a fact item whose sentence another section prints too says its own
line, derived from the current facts whenever the brief is shown or exported; the item's
``text_vi``/``text_en`` stay the officer's wording only (domain.itemline, assemble.shared,
store migration 0015)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from docx import Document as DocxDocument

from briefer.domain.brief import Brief, BriefItem
from briefer.domain.brief_edits import set_item_text
from briefer.services import Services
from tests.stores import brief_after_upgrade, services_with_approved

# Real wording: Tiền Phong, 14/11/2024 (a partnership and a visit in one sentence).
ARTICLE = """Đại sứ Pê-ru: Nông sản hai nước bổ sung cho nhau chứ không cạnh tranh
Tiền Phong
Thứ Năm, 14/11/2024 06:30 (GMT+7)
Đại sứ Carlos Velasco: Việt Nam và Pê-ru thiết lập quan hệ ngoại giao ngày 14/11/1994. Sau 30 năm, hai nước đã trở thành Đối tác toàn diện từ tháng 11/2017, nhân chuyến thăm cấp Nhà nước tới Pê-ru của Chủ tịch nước Trần Đại Quang.
"""  # noqa: E501
SENTENCE = "Sau 30 năm, hai nước đã trở thành Đối tác toàn diện từ tháng 11/2017"
PARTNERSHIP_LINE = "Việt Nam và Peru thiết lập quan hệ Đối tác toàn diện vào tháng 11/2017."
ON = date(2026, 3, 1)


@pytest.fixture
def services(tmp_path: Path):
    services = services_with_approved(tmp_path, ARTICLE, "VN-PE")
    yield services
    services.close()


def _partnership_item(brief: Brief) -> BriefItem:
    section = brief.section("diplomatic")
    assert section is not None
    return next(i for i in section.items if i.kind == "fact")


def _printed(services: Services, brief: Brief, tmp_path: Path, name: str) -> str:
    """Every line of the exported DOCX (paragraphs and table cells)."""
    result = services.export_brief(brief, ["docx"], tmp_path / name)
    document = DocxDocument(str(result.paths[0]))
    lines = [p.text for p in document.paragraphs]
    lines += [c.text for t in document.tables for row in t.rows for c in row.cells]
    return "\n".join(lines)


def test_a_shared_sentences_items_are_not_edited_by_the_assembler(services: Services) -> None:
    brief_uuid, brief = services.new_brief("VN-PE", "state-visit", "vi", ON)
    marked = [i for i in brief.items() if i.kind == "fact" and i.says_own_line]
    assert {i.fact_uuid for i in marked} == {
        f.uuid for f in services.facts(pair="VN-PE") if SENTENCE in f.statement_vi
    }
    for item in marked:
        # the officer's override fields hold nothing the officer did not type
        assert (item.text_vi, item.text_en, item.needs_update) == ("", "", "")
        assert not item.edited()
    saved = services.load_brief(brief_uuid)
    assert saved is not None
    assert [i for i in saved.items() if i.kind == "fact" and i.says_own_line] == marked
    assert not any(i.edited() for i in saved.items())
    assert not any(w.code == "needs_update" for w in saved.warnings)


def test_correcting_the_fact_changes_the_line_the_saved_brief_prints(
    services: Services, tmp_path: Path
) -> None:
    brief_uuid, brief = services.new_brief("VN-PE", "state-visit", "vi", ON)
    assert PARTNERSHIP_LINE in _printed(services, brief, tmp_path, "before")
    # an editor corrects the partnership's date through the fact editor's service
    fact = services.fact(_partnership_item(brief).fact_uuid or "")
    assert fact is not None
    services.save_fact(replace(fact, event_date="2017-12"))
    saved = services.load_brief(brief_uuid)
    assert saved is not None
    printed = _printed(services, saved, tmp_path, "after")
    assert PARTNERSHIP_LINE.replace("11/2017", "12/2017") in printed
    assert PARTNERSHIP_LINE not in printed


def test_an_officers_own_wording_of_such_an_item_is_kept_and_exported(
    services: Services, tmp_path: Path
) -> None:
    brief_uuid, brief = services.new_brief("VN-PE", "state-visit", "vi", ON)
    item = _partnership_item(brief)
    mine = "Hai nước là Đối tác toàn diện từ năm 2017 (lời của chuyên viên)."
    saved = services.save_brief(brief_uuid, set_item_text(brief, item.uuid, "vi", mine))
    loaded = services.load_brief(brief_uuid)
    assert loaded is not None
    kept = _partnership_item(loaded)
    assert kept.edited() and kept.text_vi == mine and kept.needs_update == "en"
    printed = _printed(services, saved, tmp_path, "mine")
    assert mine in printed and PARTNERSHIP_LINE not in printed
    # and giving it back ("Use the fact's wording") returns the line, not the sentence
    back = services.save_brief(brief_uuid, set_item_text(loaded, item.uuid, "vi", ""))
    assert not _partnership_item(back).edited()
    assert PARTNERSHIP_LINE in _printed(services, back, tmp_path, "back")


def test_an_older_store_reads_the_line_it_saved_as_a_machine_line(
    services: Services, tmp_path: Path
) -> None:
    """A brief saved before migration 0015 kept the line in the officer's field; the
    migration marks such an item and empties the field, and leaves an officer's edit."""
    brief_uuid, brief = services.new_brief("VN-PE", "state-visit", "vi", ON)
    item = _partnership_item(brief)
    visits = brief.section("visits")
    assert visits is not None
    visit = next(i for i in visits.items if i.kind == "fact")
    old_shape = replace(item, says_own_line=False, text_vi=PARTNERSHIP_LINE)
    # an officer's edit in one language marks the other behind: never read as a line
    edited = set_item_text(brief, visit.uuid, "vi", "Chuyến thăm của Chủ tịch nước.")
    edited_visit = next(i for i in edited.items() if i.uuid == visit.uuid)
    sections = tuple(
        replace(
            s,
            items=tuple(
                old_shape if i.uuid == item.uuid else replace(edited_visit, says_own_line=False)
                if i.uuid == visit.uuid else i
                for i in s.items
            ),
        )
        for s in brief.sections
    )  # fmt: skip
    services.save_brief(brief_uuid, replace(brief, sections=sections))
    # the store as an older Briefer left it: no column, migration 0015 not applied
    upgraded = brief_after_upgrade(
        services,
        brief_uuid,
        lambda conn: conn.execute("ALTER TABLE brief_item DROP COLUMN says_own_line"),
        "0015_brief_item_own_line",
        14,
    )
    now = {i.uuid: i for i in upgraded.items()}
    assert now[item.uuid].says_own_line and now[item.uuid].text_vi == ""
    assert not now[visit.uuid].says_own_line
    assert now[visit.uuid].text_vi == "Chuyến thăm của Chủ tịch nước."
