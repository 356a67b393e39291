"""The review queue's model: duplicates, conflicts and confidence, without any window."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from briefer.domain.model import Citation, Fact
from briefer.domain.review import CONFLICT, SAME, DraftMatch, Proposal, ReviewItem
from briefer.ui.models.review import DraftQueueModel
from briefer.ui.models.roles import OBJECT_ROLE, SORT_ROLE


def _fact(uuid: str, status: str = "draft") -> Fact:
    cite = Citation(7, "quote", 0, 5, source_title="VOV")
    return Fact(
        None, uuid, "VN-PE", "economic", "figure", f"Thương mại {uuid}", value=5e8,
        unit="USD", period="2023", status=status, citations=(cite,),
    )  # fmt: skip


def test_queue_model_shows_what_each_draft_repeats_and_how_sure() -> None:
    approved = _fact("x", "approved")
    items = [
        ReviewItem(_fact("a"), Proposal(("amount “500 triệu USD”",), 0.95),
                   (DraftMatch(SAME, approved, "same value"),)),
        ReviewItem(_fact("b"), Proposal(("topic economic",), 0.4),
                   (DraftMatch(CONFLICT, approved, "another value"),)),
        ReviewItem(_fact("c"), Proposal()),
    ]  # fmt: skip
    model = DraftQueueModel("en")
    model.set_items(items)
    assert model.rowCount() == 3 and model.columnCount() == DraftQueueModel.COLUMNS
    match = [model.index(r, DraftQueueModel.COL_MATCH).data() for r in range(3)]

    # In whatever interface language an earlier test left installed.
    def tr(text: str) -> str:
        return QCoreApplication.translate("DraftQueueModel", text, "", 1)

    assert match == [tr("Duplicate of %n fact(s)"), tr("Disagrees with %n fact(s)"), ""]
    assert "1" in match[0] and "1" in match[1]
    confidence = [model.index(r, DraftQueueModel.COL_CONFIDENCE) for r in range(3)]
    assert [i.data() for i in confidence] == [
        QCoreApplication.translate("ReviewPane", "high"),
        QCoreApplication.translate("ReviewPane", "low"),
        "",
    ]
    assert [i.data(SORT_ROLE) for i in confidence] == [0.95, 0.4, 0.0]
    assert model.item_at(1) is items[1] and model.item_of("c") is items[2]
    assert model.index(0, 0).data(OBJECT_ROLE) is items[0].fact
    assert items[0].source_id == 7 and items[0].source_title == "VOV"
