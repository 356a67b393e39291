"""The custom item-data roles every Briefer model answers."""

from PySide6.QtCore import Qt

OBJECT_ROLE = Qt.ItemDataRole.UserRole + 1  # the domain object behind the row
SORT_ROLE = Qt.ItemDataRole.UserRole + 2  # a native value (str, int, float) to sort by
HIGHLIGHT_ROLE = Qt.ItemDataRole.UserRole + 3  # ((start, end), …) spans within the display text

FACT_MIME = "application/x-briefer-fact-uuids"  # JSON list of fact uuids
ITEM_MIME = "application/x-briefer-item-uuids"  # JSON list of brief item uuids
