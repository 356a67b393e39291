"""Fact packs: moving facts, their citations and sources between stores, and merging them.

An editor exports a pack (:func:`export_pack`); an officer or another editor imports it
(:func:`import_pack`), offline, by uuid and version. A pack is a small SQLite file with a
manifest and a content hash (:mod:`briefer.packs.format`), opened as untrusted input
(:mod:`briefer.packs.reader`). Changes made on both sides are kept side by side as
conflicts (:mod:`briefer.packs.conflicts`); each fact remembers the pack it came from
(:func:`fact_origin`).
"""

from typing import TYPE_CHECKING

from briefer.lazy import lazy_attributes

if TYPE_CHECKING:  # what the names are, for type checkers
    from briefer.packs.conflicts import FactConflict, list_conflicts, resolve_conflict
    from briefer.packs.export import export_pack
    from briefer.packs.format import FORMAT, FORMAT_VERSION, PackManifest
    from briefer.packs.local import FactOrigin, fact_origin
    from briefer.packs.merge import ConflictReport, ImportPlan, ImportResult, import_pack
    from briefer.packs.reader import PackRefused, read_manifest

# The names below are loaded on first use (PEP 562), not when the package is imported: a
# caller of one pack module should not also load the merge and conflict modules (and
# sqlite-utils under them), which would slow every command that touches the package.
_HOMES = {
    "FactConflict": "conflicts",
    "list_conflicts": "conflicts",
    "resolve_conflict": "conflicts",
    "export_pack": "export",
    "FORMAT": "format",
    "FORMAT_VERSION": "format",
    "PackManifest": "format",
    "FactOrigin": "local",
    "fact_origin": "local",
    "ConflictReport": "merge",
    "ImportPlan": "merge",
    "ImportResult": "merge",
    "import_pack": "merge",
    "PackRefused": "reader",
    "read_manifest": "reader",
}


__getattr__ = lazy_attributes(__name__, _HOMES)


__all__ = [
    "FORMAT",
    "FORMAT_VERSION",
    "ConflictReport",
    "FactConflict",
    "FactOrigin",
    "ImportPlan",
    "ImportResult",
    "PackManifest",
    "PackRefused",
    "export_pack",
    "fact_origin",
    "import_pack",
    "list_conflicts",
    "read_manifest",
    "resolve_conflict",
]
