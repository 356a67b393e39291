"""The facts list tells apart facts drawn from one sentence: each row leads with what its own
fact says (Services.telling_apart), not only the sentence they share."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from briefer.ui.fact_browser import FactBrowser
from briefer.ui.models.facts import FactTableModel
from briefer.ui.models.roles import OBJECT_ROLE
from briefer.ui.ops import Runner
from tests.stores import services_with_approved

pytestmark = pytest.mark.gui

# Real wording: Tiền Phong, 14/11/2024 (a partnership and a visit in one sentence) and
# Nhân Dân, 13/1/2025 (three investment figures in one sentence).
ARTICLE = """Đại sứ Pê-ru: Nông sản hai nước bổ sung cho nhau chứ không cạnh tranh
Tiền Phong
Thứ Năm, 14/11/2024 06:30 (GMT+7)
Đại sứ Carlos Velasco: Việt Nam và Pê-ru thiết lập quan hệ ngoại giao ngày 14/11/1994. Sau 30 năm, hai nước đã trở thành Đối tác toàn diện từ tháng 11/2017, nhân chuyến thăm cấp Nhà nước tới Pê-ru của Chủ tịch nước Trần Đại Quang.
"""  # noqa: E501


@pytest.fixture
def services(tmp_path: Path):
    services = services_with_approved(tmp_path, ARTICLE, "VN-PE")
    yield services
    services.close()


def _rows(browser: FactBrowser) -> dict[str, str]:
    """metric → the Fact column's text."""
    rows = {}
    for row in range(browser.proxy.rowCount()):
        fact = browser.proxy.index(row, 0).data(OBJECT_ROLE)
        rows[fact.metric] = browser.proxy.index(row, FactTableModel.COL_STATEMENT).data()
    return rows


def test_facts_of_one_sentence_lead_with_their_own_fact(qtbot, services, tmp_path) -> None:
    runner = Runner()
    browser = FactBrowser(services, runner, "vi")
    qtbot.addWidget(browser)
    browser.resize(760, 420)
    browser.show()
    browser.set_pair("VN-PE", "vi")
    qtbot.waitUntil(lambda: browser.last_result is not None, timeout=30_000)
    rows = _rows(browser)
    partnership = rows["relations.comprehensive_partnership"]
    visit = rows["visit.outbound"]
    assert partnership != visit
    assert partnership.startswith(
        "Việt Nam và Peru thiết lập quan hệ Đối tác toàn diện vào tháng 11/2017."
    )
    assert visit.startswith("Chủ tịch nước Trần Đại Quang thăm Peru (tháng 11/2017).")
    # the sentence they share still follows, and a fact with its own sentence has no lead
    assert partnership.endswith(
        "nhân chuyến thăm cấp Nhà nước tới Pê-ru của Chủ tịch nước Trần Đại Quang."
    )
    assert rows["relations.established"].startswith("Đại sứ Carlos Velasco: Việt Nam và Pê-ru")
    shot = os.environ.get("BRIEFER_SHOT_DIR")
    if shot:  # (a look at it as the editor sees it)
        browser.grab().save(str(Path(shot) / "fact-list.png"))
    runner.wait()


def test_a_new_brief_language_gives_the_leads_of_that_language(qtbot, services) -> None:
    """With no query, switching the brief's language kept the Vietnamese leads before the
    statements (the list was relabelled, not searched again)."""
    runner = Runner()
    browser = FactBrowser(services, runner, "vi")
    qtbot.addWidget(browser)
    browser.set_pair("VN-PE", "vi")
    qtbot.waitUntil(lambda: browser.last_result is not None, timeout=30_000)
    first = browser.last_result
    browser.set_pair("VN-PE", "en")
    qtbot.waitUntil(lambda: browser.last_result is not first, timeout=30_000)
    visit = _rows(browser)["visit.outbound"]
    # no English from the editor: the fact's metric and its date in English lead the row
    assert visit.startswith("visit.outbound · November 2017 — "), visit
    assert "Trần Đại Quang thăm Peru" not in visit
    runner.wait()
