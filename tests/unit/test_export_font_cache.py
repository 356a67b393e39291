"""Parsed TTF faces kept between processes: the same face as parsing the file gives."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from reportlab.pdfbase.ttfonts import TTFontFace

from briefer.export.font_cache import face_key, load_face, save_face
from briefer.export.fonts import MeasuredTTFont, font_files


def _font(tmp_path: Path) -> Path:
    source = font_files()["LiberationSerif"]
    copy = tmp_path / "fonts" / source.name
    copy.parent.mkdir()
    shutil.copyfile(source, copy)
    return copy


def _same_face(kept: TTFontFace, parsed: TTFontFace) -> None:
    mine, theirs = dict(vars(kept)), dict(vars(parsed))
    scale_mine, scale_theirs = mine.pop("_pdfScale"), theirs.pop("_pdfScale")
    mine.pop("_pos"), theirs.pop("_pos")
    assert mine == theirs
    for name in ("name", "familyName", "styleName", "fullName", "uniqueFontID"):
        assert type(mine[name]) is type(theirs[name])
        assert mine[name].ustr == theirs[name].ustr
    for units in (0, 1, 512, 1000, 2048, 4096.5):
        assert scale_mine(units) == scale_theirs(units)


def test_a_kept_face_is_the_parsed_face(tmp_path: Path) -> None:
    path, folder = _font(tmp_path), tmp_path / "cache"
    parsed = TTFontFace(str(path))
    assert load_face(path, folder) is None  # nothing kept yet
    save_face(path, parsed, folder)
    kept = load_face(path, folder)
    assert kept is not None
    _same_face(kept, TTFontFace(str(path)))


def test_a_font_made_from_the_cache_is_the_font_reportlab_makes(tmp_path: Path) -> None:
    # What TTFont.__init__ sets is copied for a cached face: a reportlab that sets more (or
    # other) attributes fails here, not in a user's PDF.
    path, folder = _font(tmp_path), tmp_path / "cache"
    fresh = MeasuredTTFont("Probe", str(path))
    first = MeasuredTTFont("Probe", str(path), cache=folder)  # parses and keeps
    cached = MeasuredTTFont("Probe", str(path), cache=folder)  # from the cache
    assert list(folder.iterdir())
    for font in (first, cached):
        mine, theirs = dict(vars(font)), dict(vars(fresh))
        _same_face(mine.pop("face"), theirs.pop("face"))
        assert dict(mine.pop("state")) == dict(theirs.pop("state")) == {}
        assert type(mine["encoding"]) is type(theirs["encoding"])
        mine.pop("encoding"), theirs.pop("encoding")
        assert mine == theirs
    assert cached.stringWidth("Lương Cường", 14) == fresh.stringWidth("Lương Cường", 14)


def test_a_damaged_or_outdated_cache_is_a_miss(tmp_path: Path) -> None:
    path, folder = _font(tmp_path), tmp_path / "cache"
    save_face(path, TTFontFace(str(path)), folder)
    (kept,) = folder.iterdir()
    kept.write_bytes(kept.read_bytes()[:1000])  # cut short
    assert load_face(path, folder) is None
    save_face(path, TTFontFace(str(path)), folder)
    old_key = face_key(path)
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 10**9))  # the file replaced
    assert face_key(path) != old_key
    assert load_face(path, folder) is None


def test_a_cache_that_cannot_be_written_is_no_cache(tmp_path: Path) -> None:
    path = _font(tmp_path)
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("x")
    save_face(path, TTFontFace(str(path)), blocked / "cache")  # cannot make the folder
    assert load_face(path, blocked / "cache") is None
    font = MeasuredTTFont("Probe", str(path), cache=blocked / "cache")
    assert font.face.unitsPerEm == 2048
