"""Thin Qt models over domain objects: ``COL_*`` constants, ``set_rows()``, a sort role
with native values and an object role returning the domain object (Vorta's habit)."""

from briefer.ui.models.facts import FactFilterProxy, FactTableModel
from briefer.ui.models.hits import SearchHitModel
from briefer.ui.models.outline import OutlineModel
from briefer.ui.models.roles import HIGHLIGHT_ROLE, OBJECT_ROLE, SORT_ROLE
from briefer.ui.models.warnings import WarningsModel

__all__ = [
    "HIGHLIGHT_ROLE",
    "OBJECT_ROLE",
    "SORT_ROLE",
    "FactFilterProxy",
    "FactTableModel",
    "OutlineModel",
    "SearchHitModel",
    "WarningsModel",
]
