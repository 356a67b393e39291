"""Briefer's use-cases (the only API the UI and the command line call): see ``facade``.

The names below load on first use (PEP 562), so that the command line can import a light
services module (``reliability``, say) without loading every topic and sqlite-utils.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefer.lazy import lazy_attributes

if TYPE_CHECKING:  # what the names are, for type checkers
    from briefer.services.base import InitResult, ServicesBase, init_store
    from briefer.services.desk import DeskProgress
    from briefer.services.exporting import (
        EXPORT_FORMATS,
        ExportResult,
        Progress,
        export_target,
    )
    from briefer.services.facade import Services
    from briefer.services.reading import ReadingServices
    from briefer.store.briefs import BriefSummary
    from briefer.store.search import SearchHit

_HOMES = {
    "InitResult": "base",
    "ServicesBase": "base",
    "init_store": "base",
    "DeskProgress": "desk",
    "EXPORT_FORMATS": "exporting",
    "ExportResult": "exporting",
    "Progress": "exporting",
    "export_target": "exporting",
    "Services": "facade",
    "ReadingServices": "reading",  # pairs, facts, search alone: what a read command loads
    "BriefSummary": "briefs",  # the store's types the UI shows, so the UI never imports it
    "SearchHit": "reading",
}

__getattr__ = lazy_attributes(__name__, _HOMES)

__all__ = [
    "EXPORT_FORMATS",
    "BriefSummary",
    "DeskProgress",
    "ExportResult",
    "InitResult",
    "Progress",
    "ReadingServices",
    "SearchHit",
    "Services",
    "ServicesBase",
    "export_target",
    "init_store",
]
