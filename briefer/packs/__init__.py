"""Fact packs: the file format that moves facts, their citations and sources between stores.

A pack is a small SQLite file with a manifest and a content hash
(:mod:`briefer.packs.format`), opened as untrusted input (:mod:`briefer.packs.untrusted`),
its rows checked value by value (:mod:`briefer.packs.rows`) and read back only if whole
(:mod:`briefer.packs.reader`), then read again a chunk at a time, each row proved to be one
verified (:mod:`briefer.packs.reread`); :mod:`briefer.packs.plan` says what an import did,
:mod:`briefer.packs.local` how a store's fact compares with a pack's. Pure: this package
never touches a store. Writing a pack from a store and merging one into it (by uuid and
version, conflicts kept side by side; in an air-gapped store as sync's change set) are
:mod:`briefer.sync`'s: ``pack_export``, ``pack_import``, ``pack_conflicts``.
"""

from typing import TYPE_CHECKING

from briefer.lazy import lazy_attributes

if TYPE_CHECKING:  # what the names are, for type checkers
    from briefer.packs.format import FORMAT, FORMAT_VERSION, PackManifest
    from briefer.packs.plan import ConflictReport, ImportPlan, ImportResult
    from briefer.packs.reader import read_manifest
    from briefer.packs.untrusted import PackRefused

# The names below are loaded on first use (PEP 562), not when the package is imported: a
# caller of one pack module should not also load the reader and the format.
_HOMES = {
    "FORMAT": "format",
    "FORMAT_VERSION": "format",
    "PackManifest": "format",
    "ConflictReport": "plan",
    "ImportPlan": "plan",
    "ImportResult": "plan",
    "PackRefused": "untrusted",
    "read_manifest": "reader",
}


__getattr__ = lazy_attributes(__name__, _HOMES)


__all__ = [
    "FORMAT",
    "FORMAT_VERSION",
    "ConflictReport",
    "ImportPlan",
    "ImportResult",
    "PackManifest",
    "PackRefused",
    "read_manifest",
]
