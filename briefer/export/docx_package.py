"""Byte-for-byte reproducible DOCX packages.

python-docx stamps each zip entry with the current time, so two saves of the same document
differ. :func:`reproducible_zip` rewrites the package with a fixed entry order
(``[Content_Types].xml`` first, as some readers expect, then the package relationships, the
main document, and the rest by name), a fixed date (1980-01-01, the zip epoch), fixed
compression and fixed "made by"/attribute fields, so the same input gives the same bytes on
every run and every platform.
"""

from __future__ import annotations

import io
import zipfile

_FIXED_DATE = (1980, 1, 1, 0, 0, 0)
_FIRST = ("[Content_Types].xml", "_rels/.rels", "word/document.xml")
_COMPRESS_LEVEL = 6


def _order(name: str) -> tuple[int, str]:
    return (_FIRST.index(name), "") if name in _FIRST else (len(_FIRST), name)


def reproducible_zip(data: bytes) -> bytes:
    """The same package as ``data`` with deterministic zip metadata."""
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for name in sorted(source.namelist(), key=_order):
            info = zipfile.ZipInfo(name, date_time=_FIXED_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 0  # ZipInfo uses 3 on POSIX, 0 on Windows: pin it
            info.external_attr = 0
            target.writestr(info, source.read(name), compresslevel=_COMPRESS_LEVEL)
    return out.getvalue()
