"""The use-cases of Briefer: the only API the UI and the command line call.

A ``Services`` object is bound to one store path. It keeps one SQLite connection per thread
(SQLite connections must not cross threads; the UI runs slow work in a thread pool), opened
on first use. Everything it returns is plain domain data, never a connection or a cursor.

Each topic lives in its own module as a class over :class:`ServicesBase`; ``Services``
composes them, so every method is typed where it is defined:

- ``reading``: pairs, facts, sources, search, the integrity check
- ``briefs`` and ``exporting``: assemble, save, load, warn; write DOCX and PDF
- ``curation``: the review queue, edits, preferred and conflicting figures, sources
- ``desk``: the editor's desk (drafts beside their sources, decisions and undo)
- ``importing`` and ``packs``: article files in; fact packs out and in
- ``reliability``: backups, restore, repair
- ``sync`` (functions of a ``Services``): the shared hub
"""

from __future__ import annotations

from briefer.services.curation import CurationServices
from briefer.services.desk import DeskServices
from briefer.services.exporting import ExportServices
from briefer.services.importing import ImportServices
from briefer.services.packs import PackServices
from briefer.services.reliability import ReliabilityServices


class Services(
    ExportServices,
    CurationServices,
    DeskServices,
    ImportServices,
    PackServices,
    ReliabilityServices,
):
    """Briefer's use-cases over the store at ``store_path`` (default: the user's store)."""
