"""A computed line (years of relations, the latest visit each way) is derived from the current
facts and the brief's date whenever a brief is shown or exported; its ``text_vi``/``text_en``
are the officer's wording only (domain.itemline.computed_line, store migration 0016).

The first wave's brief printed "2 years" for a 32-year relationship: an editor's correction of
the founding date must reach a brief saved before it, and an officer's own line must stay his.
"""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from docx import Document as DocxDocument
from pypdf import PdfReader

from briefer.domain.brief import (
    ROLE_ANNIVERSARY,
    ROLE_LAST_VISIT_INBOUND,
    ROLE_LAST_VISIT_OUTBOUND,
    Brief,
    BriefItem,
)
from briefer.domain.brief_edits import set_item_text
from briefer.domain.itemline import last_visit_text
from briefer.domain.model import Fact, Pair
from briefer.services import Services
from tests.stores import brief_after_upgrade, services_with_approved

# Written for these tests after the visits the demo store records (van Klaveren in Hà Nội,
# 8/2024; President Lương Cường in Chile, 11/2024); the founding date is Chile's.
ARTICLE = """Chủ tịch nước Lương Cường thăm cấp Nhà nước Chile
Báo Thế giới và Việt Nam
Thứ Hai, 11/11/2024 08:00 (GMT+7)
Theo Đại sứ Chile, Việt Nam và Chile thiết lập quan hệ ngoại giao ngày 25/3/1971. Chile là nước Mỹ Latinh đầu tiên ký Hiệp định thương mại tự do với Việt Nam.
Từ ngày 10 đến 12/11/2024, Chủ tịch nước Lương Cường thăm cấp Nhà nước Chile.
Tháng 8/2024, Ngoại trưởng Chile Alberto van Klaveren thăm chính thức Việt Nam.
"""  # noqa: E501
ON = date(2026, 3, 1)
YEARS_VI = "54 năm thiết lập quan hệ ngoại giao (25/3/1971)"
YEARS_EN = "54 years of diplomatic relations (25 March 1971)"
CORRECTED_VI = "32 năm thiết lập quan hệ ngoại giao (25/3/1993)"
OUTBOUND_HEAD = "Chuyến thăm cấp cao gần nhất từ Việt Nam sang Chile"


@pytest.fixture
def services(tmp_path: Path):
    services = services_with_approved(tmp_path, ARTICLE, "VN-CL")
    yield services
    services.close()


def _item(brief: Brief, role: str) -> BriefItem:
    return next(i for i in brief.items() if i.role == role)


def _printed(services: Services, brief: Brief, folder: Path, name: str) -> dict[str, str]:
    """Every line of the exported DOCX and PDF, whitespace squeezed."""
    result = services.export_brief(brief, ["docx", "pdf"], folder / name)
    docx = next(p for p in result.paths if p.suffix == ".docx")
    pdf = next(p for p in result.paths if p.suffix == ".pdf")
    document = DocxDocument(str(docx))
    lines = [p.text for p in document.paragraphs]
    lines += [c.text for t in document.tables for row in t.rows for c in row.cells]
    pages = " ".join(page.extract_text() or "" for page in PdfReader(pdf).pages)
    return {"docx": " ".join(" ".join(lines).split()), "pdf": " ".join(pages.split())}


def _correct(services: Services, fact_uuid: str | None, **fields: str) -> Fact:
    """An editor's correction through the fact editor's service."""
    fact = services.fact(fact_uuid or "")
    assert fact is not None
    return services.save_fact(replace(fact, **fields))


def test_correcting_the_founding_date_reaches_a_saved_briefs_export(
    services: Services, tmp_path: Path
) -> None:
    brief_uuid, brief = services.new_brief("VN-CL", "state-visit", "vi", ON)
    line = _item(brief, ROLE_ANNIVERSARY)
    assert (line.text_vi, line.text_en) == ("", "") and not line.edited()
    before = _printed(services, brief, tmp_path, "before")
    assert YEARS_VI in before["docx"] and YEARS_VI in before["pdf"]
    _correct(
        services,
        line.fact_uuid,
        event_date="1993-03-25",
        statement_vi="Việt Nam và Chile thiết lập quan hệ ngoại giao ngày 25/3/1993.",
    )
    saved = services.load_brief(brief_uuid)
    assert saved is not None
    after = _printed(services, saved, tmp_path, "after")
    for printed in after.values():
        assert CORRECTED_VI in printed and YEARS_VI not in printed


def test_a_retired_founding_leaves_the_line_saying_nothing(
    services: Services, tmp_path: Path
) -> None:
    brief_uuid, brief = services.new_brief("VN-CL", "state-visit", "vi", ON)
    founding = _item(brief, ROLE_ANNIVERSARY).fact_uuid or ""
    services.export_brief(brief, ["docx"], tmp_path / "sent", brief_uuid=brief_uuid)
    services.retire_facts([founding], "sai ngày")
    saved = services.load_brief(brief_uuid)
    assert saved is not None
    printed = _printed(services, saved, tmp_path, "retired")["docx"]
    assert "thiết lập quan hệ ngoại giao" not in printed
    # as for a fact item whose fact is gone: the brief lists it among the facts changed
    changed = services.changed_since_export(brief_uuid)
    assert [row["status"] for row in changed if row["uuid"] == founding] == ["retired"]


def test_a_corrected_visit_reaches_the_latest_visit_line(
    services: Services, tmp_path: Path
) -> None:
    brief_uuid, brief = services.new_brief("VN-CL", "state-visit", "vi", ON)
    visit = _item(brief, ROLE_LAST_VISIT_OUTBOUND)
    assert (visit.text_vi, visit.text_en) == ("", "")
    words = "Chủ tịch nước Lương Cường thăm cấp Nhà nước Cộng hòa Chile."
    _correct(services, visit.fact_uuid, statement_vi=words, event_date="2024-11-11")
    saved = services.load_brief(brief_uuid)
    assert saved is not None
    printed = _printed(services, saved, tmp_path, "visit")["docx"]
    assert f"{OUTBOUND_HEAD} (11/11/2024): {words}" in printed
    assert "Từ ngày 10 đến 12/11/2024" not in printed


def test_an_officers_own_line_is_kept_shown_as_edited_and_survives_a_correction(
    services: Services, tmp_path: Path
) -> None:
    brief_uuid, brief = services.new_brief("VN-CL", "state-visit", "vi", ON)
    line = _item(brief, ROLE_ANNIVERSARY)
    mine = "Hơn nửa thế kỷ quan hệ ngoại giao (lời của chuyên viên)."
    services.save_brief(brief_uuid, set_item_text(brief, line.uuid, "vi", mine))
    _correct(services, line.fact_uuid, event_date="1993-03-25")
    loaded = services.load_brief(brief_uuid)
    assert loaded is not None
    kept = _item(loaded, ROLE_ANNIVERSARY)
    assert kept.edited() and kept.text_vi == mine and kept.needs_update == "en"
    printed = _printed(services, loaded, tmp_path, "mine")["docx"]
    assert mine in printed and "thiết lập quan hệ ngoại giao (25/3/19" not in printed
    # clearing it returns to the line derived from the corrected fact, in step again
    back = services.save_brief(brief_uuid, set_item_text(loaded, line.uuid, "vi", ""))
    cleared = _item(back, ROLE_ANNIVERSARY)
    assert not cleared.edited() and cleared.needs_update == ""
    assert CORRECTED_VI in _printed(services, back, tmp_path, "back")["docx"]


def test_an_english_brief_says_the_line_in_english_never_the_vietnamese_statement(
    services: Services, tmp_path: Path
) -> None:
    brief_uuid, brief = services.new_brief("VN-CL", "state-visit", "en", ON)
    visit = _item(brief, ROLE_LAST_VISIT_INBOUND)
    fact = services.fact(visit.fact_uuid or "")
    assert fact is not None and not fact.statement_en
    printed = _printed(services, brief, tmp_path, "en")["docx"]
    assert YEARS_EN in printed
    assert "Latest high-level visit from Chile to Viet Nam (August 2024)" in printed
    assert fact.statement_vi not in printed  # (only when: the brief warns "no English")
    assert any(w.code == "untranslated" and w.item_uuid == visit.uuid for w in brief.warnings)
    # the editor's English reaches the saved brief's line, and the warning goes
    english = "In August 2024, Chilean Foreign Minister Alberto van Klaveren visited Viet Nam."
    _correct(services, visit.fact_uuid, statement_en=english)
    saved = services.load_brief(brief_uuid)
    assert saved is not None
    printed = _printed(services, saved, tmp_path, "en-after")["docx"]
    assert f"Latest high-level visit from Chile to Viet Nam (August 2024): {english}" in printed
    assert not any(w.code == "untranslated" and w.item_uuid == visit.uuid for w in saved.warnings)


def test_an_older_store_reads_its_stored_machine_lines_as_derived(
    services: Services, tmp_path: Path
) -> None:
    """A brief saved before migration 0016 held the machine's lines in the computed items'
    fields; the migration empties a field only where it is exactly what the derivation
    gives from the facts now, and leaves an officer's edit."""
    brief_uuid, brief = services.new_brief("VN-CL", "state-visit", "vi", ON)
    years = _item(brief, ROLE_ANNIVERSARY)
    outbound = _item(brief, ROLE_LAST_VISIT_OUTBOUND)
    inbound = _item(brief, ROLE_LAST_VISIT_INBOUND)
    assert brief.home is not None and brief.partner is not None
    pair = Pair(brief.home, brief.partner)
    visit = services.fact(inbound.fact_uuid or "")
    assert visit is not None
    mine = "Ngoại trưởng Chile thăm Việt Nam (lời của chuyên viên)."
    old = {  # the assembler's lines as it stored them before 0016 (and the officer's edits)
        years.uuid: (YEARS_VI, YEARS_EN, ""),
        # edited in both languages: no language behind, but not the machine's words
        outbound.uuid: (mine, "The Chilean Foreign Minister's visit (officer's words).", ""),
        inbound.uuid: (
            last_visit_text(pair, visit, inbound.role, "vi", visit.statement_vi),
            last_visit_text(pair, visit, inbound.role, "en", visit.statement_en),
            "",
        ),
    }
    upgraded = _upgraded(services, brief_uuid, old)
    now = {i.uuid: i for i in upgraded.items()}
    assert (now[years.uuid].text_vi, now[years.uuid].text_en) == ("", "")
    assert (now[inbound.uuid].text_vi, now[inbound.uuid].text_en) == ("", "")
    assert now[outbound.uuid].text_vi == mine and now[outbound.uuid].edited()
    assert now[outbound.uuid].text_en == old[outbound.uuid][1]


def test_a_retired_visit_is_no_latest_visit_line(services: Services, tmp_path: Path) -> None:
    # (review of session 25: the years line went silent with its founding retired, the
    # latest visit still printed its retired fact)
    brief_uuid, brief = services.new_brief("VN-CL", "state-visit", "vi", ON)
    visit = _item(brief, ROLE_LAST_VISIT_OUTBOUND)
    assert OUTBOUND_HEAD in _printed(services, brief, tmp_path, "before")["docx"]
    services.retire_facts([visit.fact_uuid or ""], "trùng")
    saved = services.load_brief(brief_uuid)
    assert saved is not None
    assert OUTBOUND_HEAD not in _printed(services, saved, tmp_path, "retired")["docx"]


def _upgraded(services: Services, brief_uuid: str, lines: dict[str, tuple[str, str, str]]) -> Brief:
    """The brief after an upgrade from the store as an older Briefer left it: ``lines``
    (uuid → vi, en, behind) stored in the computed items' fields, migration 0016 not
    applied."""

    def stored(conn: sqlite3.Connection) -> None:
        for uuid, (text_vi, text_en, behind) in lines.items():
            conn.execute(
                "UPDATE brief_item SET text_vi = ?, text_en = ?, needs_update = ? WHERE uuid = ?",
                [text_vi, text_en, behind, uuid],
            )

    return brief_after_upgrade(services, brief_uuid, stored, "0016_computed_item_own_wording", 15)


def test_an_older_briefs_line_from_before_a_correction_is_read_as_the_machines(
    services: Services,
) -> None:
    """A founding date corrected after the brief was saved and before the upgrade: the stored
    line is no longer what the facts give, but it has the assembler's shape — the machine's,
    so the correction reaches it. A language the officer edited keeps his words and its
    mark."""
    brief_uuid, brief = services.new_brief("VN-CL", "state-visit", "vi", ON)
    years = _item(brief, ROLE_ANNIVERSARY)
    outbound = _item(brief, ROLE_LAST_VISIT_OUTBOUND)
    _correct(services, years.fact_uuid, event_date="1993-03-25")
    assert brief.home is not None and brief.partner is not None
    visit = services.fact(outbound.fact_uuid or "")
    assert visit is not None
    machine_en = last_visit_text(
        Pair(brief.home, brief.partner), visit, outbound.role, "en", visit.statement_en
    )
    mine = "Chủ tịch nước thăm Chile (lời của chuyên viên)."
    upgraded = _upgraded(
        services,
        brief_uuid,
        {
            years.uuid: (YEARS_VI, YEARS_EN, ""),
            # edited in Vietnamese, so English marked behind: its machine line is emptied,
            # the mark kept
            outbound.uuid: (mine, machine_en, "en"),
        },
    )
    now = {i.uuid: i for i in upgraded.items()}
    assert (now[years.uuid].text_vi, now[years.uuid].text_en) == ("", "")
    assert (now[outbound.uuid].text_vi, now[outbound.uuid].text_en) == (mine, "")
    assert now[outbound.uuid].needs_update == "en"


def _no_line(brief: Brief) -> list[str | None]:
    return [w.item_uuid for w in brief.warnings if w.code == "no_line"]


def test_a_computed_line_with_nothing_left_to_derive_from_is_warned(services: Services) -> None:
    # (left by session 25: the years line went silent with its founding retired, and the
    # officer was told only if he looked at "changed since export")
    brief_uuid, brief = services.new_brief("VN-CL", "state-visit", "vi", ON)
    years, visit = _item(brief, ROLE_ANNIVERSARY), _item(brief, ROLE_LAST_VISIT_OUTBOUND)
    assert _no_line(brief) == []
    services.retire_facts([years.fact_uuid or "", visit.fact_uuid or ""], "sai")
    saved = services.load_brief(brief_uuid)
    assert saved is not None
    assert sorted(_no_line(saved)) == sorted([years.uuid, visit.uuid])
    said = {w.item_uuid: w for w in saved.warnings if w.code == "no_line"}
    assert "quan hệ ngoại giao" in said[years.uuid].message("vi")
    assert "latest high-level visit" in said[visit.uuid].message("en")


def test_an_officers_own_line_or_a_young_founding_is_no_silent_line(services: Services) -> None:
    brief_uuid, brief = services.new_brief("VN-CL", "state-visit", "vi", ON)
    years = _item(brief, ROLE_ANNIVERSARY)
    # the same line in a brief dated less than a year after the founding: no line, rightly
    # (no "0 năm"), and no warning
    young = replace(brief, brief_date="1971-12-01")
    assert "no_line" not in [w.code for w in services.brief_warnings(young)]
    services.retire_facts([years.fact_uuid or ""], "sai")
    saved = services.load_brief(brief_uuid)
    assert saved is not None and _no_line(saved) == [years.uuid]
    # the officer writes the line: it prints, nothing is left out
    mine = set_item_text(saved, years.uuid, "vi", "Hai nước có quan hệ ngoại giao từ năm 1971.")
    assert "no_line" not in [w.code for w in services.brief_warnings(mine)]


def test_a_line_worded_in_the_other_language_only_is_not_called_left_out(
    services: Services,
) -> None:
    # (review of session 26: an English brief prints the missing-wording mark for an item the
    # officer worded in Vietnamese only, so "the brief leaves it out" would be untrue)
    brief_uuid, brief = services.new_brief("VN-CL", "state-visit", "en", ON)
    years = _item(brief, ROLE_ANNIVERSARY)
    services.retire_facts([years.fact_uuid or ""], "sai")
    saved = services.load_brief(brief_uuid)
    assert saved is not None and _no_line(saved) == [years.uuid]
    worded = set_item_text(saved, years.uuid, "vi", "Hai nước có quan hệ ngoại giao từ năm 1971.")
    assert "no_line" not in [w.code for w in services.brief_warnings(worded)]
