"""Parsed TrueType faces kept between processes, in the user's cache folder.

reportlab reads a TTF file's tables (character map, advance widths, metrics) with a
pure-Python parser every time a font is made: ~11 ms for the four Liberation Serif faces, in
every process that exports a PDF. What it finds depends only on the file and on reportlab, so
:func:`load_face` keeps it (``marshal``: plain numbers, strings and containers) under a key
made of the file's path, size and modification time, reportlab's version and Python's, and
builds the face from it in ~4 ms. The font's bytes are still read from the file itself (the
subset embedded in the PDF is cut from them), and a face is kept only if it holds nothing but
plain data and reportlab's names, so anything unexpected is parsed afresh.

A cache file that cannot be read, does not match or is damaged is a miss; a cache that cannot
be written is no cache: an export never fails because of it.
"""

from __future__ import annotations

import contextlib
import hashlib
import marshal
import os
import sys
from pathlib import Path
from typing import Any

from reportlab import Version as REPORTLAB_VERSION
from reportlab.pdfbase.ttfonts import TTFNameBytes, TTFontFace

FORMAT = 1  # of the cache files; a change makes new keys
_NOT_KEPT = ("_ttf_data", "_pdfScale", "_pos")  # the file's bytes, a function, a read cursor
_NAME = "ttf-name"  # marks a TTFNameBytes (bytes with its text) in the kept data


def face_key(path: Path) -> str:
    """The cache key of ``path``'s face: the file as it is now, and what parses it."""
    status = path.stat()
    made_by = f"{FORMAT}|{REPORTLAB_VERSION}|{sys.version}|{path.resolve()}"
    return hashlib.sha256(f"{made_by}|{status.st_size}|{status.st_mtime_ns}".encode()).hexdigest()


def _kept(value: Any) -> Any:
    if isinstance(value, TTFNameBytes):
        return (_NAME, bytes(value), value.ustr)
    return value


def _restored(value: Any) -> Any:
    if isinstance(value, tuple) and len(value) == 3 and value[0] == _NAME:
        name = bytes.__new__(TTFNameBytes, value[1])
        name.ustr = value[2]
        return name
    return value


def _scale(units_per_em: int) -> Any:
    """reportlab's ``_pdfScale`` for a face of ``units_per_em`` (font units to 1/1000 em)."""
    if units_per_em == 1000:
        return lambda x: x
    factor = 1000 / units_per_em
    return lambda x: x * factor


def load_face(path: Path, folder: Path) -> TTFontFace | None:
    """The face of the font file ``path`` as kept in ``folder``, or None (parse it)."""
    try:
        key = face_key(path)
        data = marshal.loads((folder / f"{key}.face").read_bytes())
        if not isinstance(data, dict) or data.get("key") != key:
            return None
        fields = data["fields"]
        face: TTFontFace = TTFontFace.__new__(TTFontFace)
        face.__dict__.update({name: _restored(value) for name, value in fields.items()})
        face._ttf_data = path.read_bytes()
        face._pos = 0
        face._pdfScale = _scale(face.unitsPerEm)
        return face
    except Exception:  # missing, damaged, from another version: parse the file
        return None


def save_face(path: Path, face: TTFontFace, folder: Path) -> None:
    """Keep ``face`` (parsed from ``path``) in ``folder`` for the next process."""
    fields = {name: _kept(value) for name, value in vars(face).items() if name not in _NOT_KEPT}
    try:
        key = face_key(path)
        data = marshal.dumps({"key": key, "fields": fields})
    except (OSError, ValueError):  # a field marshal cannot hold: not kept
        return
    target = folder / f"{key}.face"
    temporary = folder / f"{key}.{os.getpid()}.tmp"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        temporary.write_bytes(data)
        os.replace(temporary, target)
    except OSError:  # read-only or full disk: the next process parses again
        with contextlib.suppress(OSError):
            temporary.unlink()
