"""Review finding 11 in the editor: an item saying its own line (its sentence printed by
another section too) shows that line as its wording but is not the officer's edit — "Use
the fact's wording" stays off, and the officer's typing is what becomes an edit."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from briefer.domain.brief_edits import set_item_text
from briefer.services import Services
from briefer.ui.item_editor import ItemEditor
from briefer.ui.models.outline import item_text
from tests.stores import services_with_approved

pytestmark = pytest.mark.gui

# Real wording: Tiền Phong, 14/11/2024 (a partnership and a visit in one sentence).
ARTICLE = """Đại sứ Pê-ru: Nông sản hai nước bổ sung cho nhau chứ không cạnh tranh
Tiền Phong
Thứ Năm, 14/11/2024 06:30 (GMT+7)
Đại sứ Carlos Velasco: Việt Nam và Pê-ru thiết lập quan hệ ngoại giao ngày 14/11/1994. Sau 30 năm, hai nước đã trở thành Đối tác toàn diện từ tháng 11/2017, nhân chuyến thăm cấp Nhà nước tới Pê-ru của Chủ tịch nước Trần Đại Quang.
"""  # noqa: E501
LINE = "Việt Nam và Peru thiết lập quan hệ Đối tác toàn diện vào tháng 11/2017."


@pytest.fixture
def services(tmp_path: Path):
    services = services_with_approved(tmp_path, ARTICLE, "VN-PE")
    yield services
    services.close()


def test_an_item_saying_its_own_line_is_not_shown_as_edited(qtbot, services: Services) -> None:
    _uuid, brief = services.new_brief("VN-PE", "state-visit", "vi", date(2026, 3, 1))
    facts = services.facts_by_uuid(brief.cited_fact_uuids())
    section = brief.section("diplomatic")
    assert section is not None
    item = next(i for i in section.items if i.kind == "fact")
    assert item.says_own_line
    editor = ItemEditor()
    qtbot.addWidget(editor)
    editor.show_item(item.uuid, brief, facts)
    assert editor.edits["vi"].toPlainText() == LINE  # what the brief prints
    assert item_text(item, facts, "vi", brief.home, brief.partner) == LINE  # the outline
    assert not editor.restore_button.isEnabled()  # nothing of the officer's to drop
    with qtbot.assertNotEmitted(editor.textEdited):
        editor.edits["vi"].setPlainText(LINE)  # (its own line again: no edit)
    with qtbot.waitSignal(editor.textEdited) as typed:
        editor.edits["vi"].setPlainText("Lời của chuyên viên.")
    assert typed.args == [item.uuid, "vi", "Lời của chuyên viên."]
    edited = set_item_text(brief, item.uuid, "vi", "Lời của chuyên viên.")
    editor.refresh(edited, facts)
    assert editor.restore_button.isEnabled()
    assert editor.edits["vi"].toPlainText() == "Lời của chuyên viên."
