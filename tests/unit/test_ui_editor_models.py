"""The editor's table models and value parsing, without any window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from briefer.domain.model import Citation, Fact, Source
from briefer.ui.curate_table import python_offset
from briefer.ui.fact_fields import parse_value
from briefer.ui.models.review import EditorFactModel, SourceListModel, value_text
from briefer.ui.models.roles import OBJECT_ROLE, SORT_ROLE


def _fact(uuid: str, value: float | None = None, **kw) -> Fact:
    cite = Citation(1, "quote", 0, 5, source_title="Báo Quốc tế")
    return Fact(
        None, uuid, "VN-PE", "economic", "figure", f"Thương mại {uuid}",
        value=value, unit="USD", period="2023", citations=(cite,), **kw,
    )  # fmt: skip


def test_fact_model_rows_roles_and_sorting() -> None:
    model = EditorFactModel("en")
    model.set_rows([_fact("a", 5e8), _fact("b", None)], {"a": 1})
    assert model.rowCount() == 2 and model.columnCount() == EditorFactModel.COLUMNS
    index = model.index(0, EditorFactModel.COL_VALUE)
    assert model.data(index) == "500,000,000 USD · 2023"
    assert model.data(index, SORT_ROLE) == 5e8
    assert model.data(model.index(1, EditorFactModel.COL_VALUE), SORT_ROLE) == float("-inf")
    assert model.data(model.index(0, EditorFactModel.COL_SOURCE)) == "Báo Quốc tế"
    assert model.data(model.index(1, 0), OBJECT_ROLE).uuid == "b"
    assert model.row_of("b") == 1 and model.row_of("zz") == -1
    assert model.data(model.index(1, 0), Qt.ItemDataRole.BackgroundRole) is None


def test_source_model() -> None:
    model = SourceListModel()
    model.set_rows([Source(7, "u", "article", "Tiêu đề", outlet="VnExpress")])
    assert model.data(model.index(0, SourceListModel.COL_OUTLET)) == "VnExpress"
    assert model.row_of(7) == 0


def test_value_text_without_value() -> None:
    assert value_text(_fact("c")) == "2023"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("", None),
        ("1300000000", 1.3e9),
        ("1,3", 1.3),
        ("1.3", 1.3),
        ("1,300,000", 1.3e6),
        ("1.300.000", 1.3e6),
        ("1.300,5", 1300.5),
    ],
)
def test_parse_value(text: str, value: float | None) -> None:
    assert parse_value(text) == value


def test_parse_value_refuses_words() -> None:
    with pytest.raises(ValueError):
        parse_value("gần 1 tỷ")


def test_python_offset_counts_code_points() -> None:
    text = "a😀b"
    assert python_offset(text, 3) == 2  # the emoji is two UTF-16 units
    assert python_offset("Đoàn", 2) == 2


def test_value_text_reads_ranks_and_amounts_naturally() -> None:
    from briefer.domain.model import Fact
    from briefer.ui.models.review import value_text

    rank = Fact(
        id=None,
        uuid="r",
        pair="VN-CL",
        topic="economic",
        kind="figure",
        statement_vi="x",
        value=4.0,
        unit="rank",
        as_of="2024-11",
    )
    money = Fact(
        id=None,
        uuid="m",
        pair="VN-PE",
        topic="economic",
        kind="figure",
        statement_vi="x",
        value=5e8,
        unit="USD",
        period="2023",
    )
    assert value_text(rank).startswith("rank 4 · ")
    assert value_text(money) == "500,000,000 USD · 2023"
