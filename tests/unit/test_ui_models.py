"""The UI's Qt models without any window: rows, columns, roles, sorting, filtering, drops."""

from __future__ import annotations

import json
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before Qt loads: no display needed

import pytest
from PySide6.QtCore import QMimeData, QModelIndex, QSortFilterProxyModel, Qt

from briefer.domain.brief import Brief, BriefItem, BriefSection, Warning
from briefer.domain.model import Citation, Fact
from briefer.store.search import SearchHit
from briefer.ui.models import (
    HIGHLIGHT_ROLE,
    OBJECT_ROLE,
    SORT_ROLE,
    FactFilterProxy,
    FactTableModel,
    OutlineModel,
    SearchHitModel,
    WarningsModel,
)
from briefer.ui.models.roles import FACT_MIME, ITEM_MIME

DISPLAY = Qt.ItemDataRole.DisplayRole


def _cite(source_id: int = 1) -> Citation:
    return Citation(source_id, "quote", 0, 5, source_title="Tin", source_outlet="VOV")


FACTS = [
    Fact(
        1,
        "f-trade",
        "VN-PE",
        "economic",
        "figure",
        "Kim ngạch thương mại đạt 1,3 tỷ USD.",
        "Trade reached USD 1.3 billion.",
        period="2023",
        status="approved",
        citations=(_cite(1),),
    ),
    Fact(
        2,
        "f-visit",
        "VN-PE",
        "visits",
        "event",
        "Chủ tịch nước Lương Cường thăm Peru.",
        "President Lương Cường visited Peru.",
        event_date="2024-11-12",
        status="approved",
        citations=(_cite(2),),
    ),
    Fact(
        3,
        "f-draft",
        "VN-PE",
        "investment",
        "statement",
        "Đầu tư của Viettel tại Peru.",
        "",
        event_date="2019",
        status="draft",
    ),
]
BY_UUID = {f.uuid: f for f in FACTS}


def _brief() -> Brief:
    return Brief(
        pair="VN-PE",
        brief_type="state-visit",
        language="vi",
        brief_date="2026-11-24",
        marking="",
        title="Tài liệu",
        sections=(
            BriefSection("visits", "Trao đổi đoàn", (BriefItem("i-visit", "fact", "f-visit"),)),
            BriefSection(
                "economic",
                "Kinh tế",
                (
                    BriefItem("i-trade", "fact", "f-trade"),
                    BriefItem("i-text", "text", text_vi="Đoạn văn riêng.", cites=("f-visit",)),
                ),
            ),
            BriefSection("talking_points", "Gợi ý", ()),
        ),
    )


# ---- fact table ------------------------------------------------------------------------------


def test_fact_model_rows_columns_and_object_role(qapp) -> None:
    model = FactTableModel()
    model.set_language("en", "en")
    model.set_rows(FACTS)
    assert model.rowCount() == 3
    assert model.columnCount() == FactTableModel.COLUMNS
    first = model.index(0, FactTableModel.COL_STATEMENT)
    assert model.data(first, DISPLAY) == "Trade reached USD 1.3 billion."
    assert model.data(first, OBJECT_ROLE) is FACTS[0]
    # an English brief falls back to the Vietnamese statement when there is no translation
    assert model.data(model.index(2, 0), DISPLAY) == "Đầu tư của Viettel tại Peru."
    assert model.data(model.index(0, FactTableModel.COL_TOPIC), DISPLAY) == "Trade and economy"
    assert model.data(model.index(0, FactTableModel.COL_KIND), DISPLAY) == "Figure"
    assert model.data(model.index(2, FactTableModel.COL_STATUS), DISPLAY) == "Draft"
    assert model.data(model.index(2, FactTableModel.COL_DATE), DISPLAY) == "2019"
    assert model.headerData(0, Qt.Orientation.Horizontal, DISPLAY) == "Fact"
    assert model.index(0, 0).flags() & Qt.ItemFlag.ItemIsDragEnabled


def test_two_facts_of_one_sentence_are_told_apart_by_their_value(qapp) -> None:
    """A trade value and its growth, drafted from one sentence, share their statement: the
    value under the date, written as the brief writes it, tells their rows apart."""
    sentence = "Kim ngạch thương mại song phương đạt 1,3 tỷ USD, tăng 12,5% so với năm 2023."
    value = Fact(1, "v", "VN-PE", "economic", "figure", sentence, value=1.3e9, unit="USD",
                 period="2024", metric="trade.total")  # fmt: skip
    growth = Fact(2, "g", "VN-PE", "economic", "figure", sentence, value=12.5, unit="%",
                  period="2024", metric="trade.growth")  # fmt: skip
    rank = Fact(3, "r", "VN-PE", "economic", "figure", "Peru là đối tác lớn thứ 3.", value=3.0,
                unit="rank", as_of="2024-11")  # fmt: skip
    model = FactTableModel()
    model.set_rows([value, growth, rank])
    shown = [model.data(model.index(r, FactTableModel.COL_DATE), DISPLAY) for r in range(3)]
    assert shown[0].splitlines() == ["năm 2024", "1,3 tỷ USD"]
    assert shown[1].splitlines() == ["năm 2024", "12,5%"]
    assert shown[2].splitlines()[1] == "thứ 3"
    model.set_language("en", "en")
    english = [model.data(model.index(r, FactTableModel.COL_DATE), DISPLAY) for r in range(3)]
    assert english[0].splitlines()[1] == "USD 1.3 billion" and english[2].endswith("rank 3")
    # the date column still sorts by date
    assert model.data(model.index(0, FactTableModel.COL_DATE), SORT_ROLE) == "2024-01-01"


def test_fact_model_sort_role_is_native(qapp) -> None:
    model = FactTableModel()
    model.set_rows(FACTS)
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    proxy.sort(FactTableModel.COL_DATE, Qt.SortOrder.AscendingOrder)
    dates = [proxy.data(proxy.index(r, FactTableModel.COL_DATE), SORT_ROLE) for r in range(3)]
    assert dates == ["2019-01-01", "2023-01-01", "2024-11-12"]
    proxy.sort(FactTableModel.COL_TOPIC, Qt.SortOrder.AscendingOrder)
    topics = [proxy.data(proxy.index(r, 0), OBJECT_ROLE).topic for r in range(3)]
    assert topics == ["visits", "economic", "investment"]  # section order, not alphabetical


def test_fact_model_search_hits_give_snippets_and_highlights(qapp) -> None:
    model = FactTableModel()
    hit = SearchHit(
        "fact", 3, "f-draft", "VN-PE", FACTS[2].statement_vi, "…của Viettel tại", ((5, 12),), -4.2
    )
    model.set_rows([FACTS[2]], {"f-draft": hit})
    index = model.index(0, FactTableModel.COL_STATEMENT)
    assert model.data(index, DISPLAY) == "…của Viettel tại"
    assert model.data(index, HIGHLIGHT_ROLE) == ((5, 12),)
    mime = model.mimeData([index])
    assert json.loads(bytes(mime.data(FACT_MIME)).decode()) == ["f-draft"]


def test_fact_filter_proxy_by_topic_kind_status_and_year(qapp) -> None:
    model = FactTableModel()
    model.set_rows(FACTS)
    proxy = FactFilterProxy()
    proxy.setSourceModel(model)
    assert proxy.rowCount() == 3
    proxy.set_filters(status="approved")
    assert {proxy.fact_at(r).uuid for r in range(proxy.rowCount())} == {"f-trade", "f-visit"}
    proxy.set_filters(kind="event")
    assert [proxy.fact_at(r).uuid for r in range(proxy.rowCount())] == ["f-visit"]
    proxy.set_filters(kind="", status="", since_year=2023)
    assert {proxy.fact_at(r).uuid for r in range(proxy.rowCount())} == {"f-trade", "f-visit"}
    proxy.set_filters(since_year=0, topic="investment")
    assert [proxy.fact_at(r).uuid for r in range(proxy.rowCount())] == ["f-draft"]


# ---- search hits -------------------------------------------------------------------------------


def test_search_hit_model(qapp) -> None:
    hits = [
        SearchHit(
            "source", 2, "s-2", "", "Đưa quan hệ lên tầm cao mới", "…(Viettel) và…", ((1, 8),), -0.9
        ),
        SearchHit(
            "fact", 68, "f-68", "VN-PE", "Dự án của Viettel", "Dự án của Viettel", ((10, 17),), -4.7
        ),
    ]
    model = SearchHitModel()
    model.set_rows(hits)
    assert model.rowCount() == 2 and model.columnCount() == SearchHitModel.COLUMNS
    assert model.data(model.index(0, SearchHitModel.COL_KIND), DISPLAY) == "Source"
    assert model.data(model.index(1, SearchHitModel.COL_SNIPPET), HIGHLIGHT_ROLE) == ((10, 17),)
    assert model.data(model.index(1, 0), OBJECT_ROLE) is hits[1]
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    proxy.sort(SearchHitModel.COL_SCORE, Qt.SortOrder.AscendingOrder)  # bm25: best first
    assert proxy.data(proxy.index(0, 0), OBJECT_ROLE).uuid == "f-68"


# ---- warnings ----------------------------------------------------------------------------------


def test_warnings_model_language_and_sort(qapp) -> None:
    warnings = [
        Warning("uncited", "Chưa trích dẫn.", "No citation.", None, "i-text"),
        Warning("stale", "Số liệu cũ.", "Outdated figure.", "f-trade", "i-trade"),
    ]
    model = WarningsModel()
    model.set_rows(warnings)
    assert model.rowCount() == 2
    assert model.data(model.index(0, WarningsModel.COL_MESSAGE), DISPLAY) == "Chưa trích dẫn."
    model.set_language("en")
    assert model.data(model.index(1, WarningsModel.COL_MESSAGE), DISPLAY) == "Outdated figure."
    assert model.data(model.index(1, WarningsModel.COL_CODE), DISPLAY) == "Outdated figure"
    assert model.data(model.index(0, 0), OBJECT_ROLE) is warnings[0]
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    proxy.sort(WarningsModel.COL_CODE)
    assert proxy.data(proxy.index(0, 0), OBJECT_ROLE).code == "stale"


# ---- outline -----------------------------------------------------------------------------------


def test_outline_model_tree_shape_and_roles(qapp) -> None:
    model = OutlineModel()
    model.set_rows(_brief(), BY_UUID)
    assert model.rowCount() == 3
    economic = model.index(1, 0)
    assert model.data(economic, DISPLAY) == "Kinh tế"
    assert isinstance(model.data(economic, OBJECT_ROLE), BriefSection)
    assert model.rowCount(economic) == 2
    trade = model.index(0, 0, economic)
    assert model.parent(trade) == economic
    assert model.data(trade, DISPLAY) == "Kim ngạch thương mại đạt 1,3 tỷ USD."
    assert model.data(model.index(0, OutlineModel.COL_SOURCES, economic), DISPLAY) == "1"
    text = model.index(1, 0, economic)
    assert model.data(text, DISPLAY) == "Đoạn văn riêng."
    assert model.data(text, OBJECT_ROLE).uuid == "i-text"
    assert model.data(text, SORT_ROLE) == 1
    assert model.rowCount(text) == 0
    assert model.item_index("i-text") == text
    assert not model.item_index("nope").isValid()
    assert model.flags(trade) & Qt.ItemFlag.ItemIsDragEnabled
    assert model.flags(economic) & Qt.ItemFlag.ItemIsDropEnabled
    assert not model.flags(economic) & Qt.ItemFlag.ItemIsDragEnabled


def test_outline_model_announces_drops_instead_of_applying_them(qapp) -> None:
    model = OutlineModel()
    model.set_rows(_brief(), BY_UUID)
    moved: list = []
    added: list = []
    model.itemsDropped.connect(lambda *args: moved.append(args))
    model.factsDropped.connect(lambda *args: added.append(args))
    economic = model.index(1, 0)
    mime = model.mimeData([model.index(1, 0, economic)])
    assert json.loads(bytes(mime.data(ITEM_MIME)).decode()) == ["i-text"]
    # a drop never lets the view remove rows itself
    assert model.dropMimeData(mime, Qt.DropAction.MoveAction, 0, 0, economic) is False
    assert moved == [(["i-text"], 1, 0)]
    facts = QMimeData()
    facts.setData(FACT_MIME, json.dumps(["f-draft"]).encode())
    assert model.canDropMimeData(facts, Qt.DropAction.CopyAction, -1, 0, model.index(2, 0))
    model.dropMimeData(facts, Qt.DropAction.CopyAction, -1, 0, model.index(2, 0))
    assert added == [(["f-draft"], 2, -1)]
    model.dropMimeData(facts, Qt.DropAction.CopyAction, -1, -1, QModelIndex())
    assert added[-1] == (["f-draft"], 2, -1)  # empty space: end of the last section
    assert model.drop_target(2, QModelIndex()) == (1, -1)  # between sections: end of the one above


def test_outline_model_marks_warned_items(qapp) -> None:
    model = OutlineModel()
    model.set_rows(_brief(), BY_UUID)
    changed: list = []
    model.dataChanged.connect(lambda *args: changed.append(args))
    model.set_warned({"i-text"})
    assert changed
    text = model.index(1, 0, model.index(1, 0))
    assert not model.data(text, Qt.ItemDataRole.DecorationRole).isNull()


@pytest.mark.parametrize("brief", [None])
def test_outline_model_empty(qapp, brief) -> None:
    model = OutlineModel()
    model.set_rows(brief)
    assert model.rowCount() == 0
