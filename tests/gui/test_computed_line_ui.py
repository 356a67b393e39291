"""A computed line in the editor: the outline and the item editor show the line derived from
the facts as they are now (an editor's correction reaches a brief saved before it), and an
officer's own line is his — shown as an edit, kept through a correction, given back by
"Use the computed line"."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from briefer.domain.brief import ROLE_ANNIVERSARY, Brief, BriefItem
from briefer.domain.brief_edits import set_item_text
from briefer.services import Services
from briefer.ui.item_editor import ItemEditor
from briefer.ui.models.outline import OutlineModel
from tests.stores import services_with_approved
from tests.unit.test_computed_line_derived import ARTICLE, CORRECTED_VI, ON, YEARS_VI

pytestmark = pytest.mark.gui


@pytest.fixture
def services(tmp_path: Path):
    services = services_with_approved(tmp_path, ARTICLE, "VN-CL")
    yield services
    services.close()


def _years(brief: Brief) -> BriefItem:
    return next(i for i in brief.items() if i.role == ROLE_ANNIVERSARY)


def _outline_text(brief: Brief, services: Services) -> str:
    model = OutlineModel()
    model.set_rows(brief, services.facts_by_uuid(brief.cited_fact_uuids()))
    index = model.item_index(_years(brief).uuid)
    return str(model.data(index, Qt.ItemDataRole.DisplayRole))


def _correct_founding(services: Services, brief: Brief) -> None:
    fact = services.fact(_years(brief).fact_uuid or "")
    assert fact is not None
    services.save_fact(replace(fact, event_date="1993-03-25"))


def test_the_outline_shows_the_line_from_the_corrected_founding(qapp, services: Services) -> None:
    brief_uuid, brief = services.new_brief("VN-CL", "state-visit", "vi", ON)
    assert _outline_text(brief, services) == YEARS_VI
    _correct_founding(services, brief)
    saved = services.load_brief(brief_uuid)
    assert saved is not None
    assert _outline_text(saved, services) == CORRECTED_VI


def test_the_editor_shows_an_officers_line_as_his_and_gives_the_derived_one_back(
    qtbot, services: Services
) -> None:
    brief_uuid, brief = services.new_brief("VN-CL", "state-visit", "vi", ON)
    item = _years(brief)
    facts = services.facts_by_uuid(brief.cited_fact_uuids())
    editor = ItemEditor()
    qtbot.addWidget(editor)
    editor.show_item(item.uuid, brief, facts)
    assert editor.edits["vi"].toPlainText() == YEARS_VI  # what the brief prints
    assert not editor.restore_button.isHidden() and not editor.restore_button.isEnabled()
    with qtbot.assertNotEmitted(editor.textEdited):
        editor.edits["vi"].setPlainText(YEARS_VI)  # (the derived line again: no edit)
    mine = "Hơn nửa thế kỷ quan hệ ngoại giao."
    with qtbot.waitSignal(editor.textEdited) as typed:
        editor.edits["vi"].setPlainText(mine)
    assert typed.args == [item.uuid, "vi", mine]
    services.save_brief(brief_uuid, set_item_text(brief, item.uuid, "vi", mine))
    _correct_founding(services, brief)
    saved = services.load_brief(brief_uuid)
    assert saved is not None
    facts = services.facts_by_uuid(saved.cited_fact_uuids())
    editor.refresh(saved, facts)
    assert editor.edits["vi"].toPlainText() == mine  # kept through the correction
    assert editor.restore_button.isEnabled()  # shown as the officer's edit
    assert _outline_text(saved, services) == mine
    with qtbot.waitSignal(editor.textEdited) as restored:
        editor.restore_button.click()
    assert restored.args == [item.uuid, "vi", ""]
    back = set_item_text(saved, item.uuid, "vi", "")
    editor.refresh(back, facts)
    assert editor.edits["vi"].toPlainText() == CORRECTED_VI
    assert not editor.restore_button.isEnabled()
