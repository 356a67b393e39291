"""The bundled PDF fonts: Liberation Serif 2.x (SIL OFL 1.1) registered with reportlab.

Liberation Serif is metric-compatible with Times New Roman (the font Nghị định 30/2020/NĐ-CP
asks for), so a brief paginates alike in DOCX and PDF, and it covers every Vietnamese letter.
The fonts come only from ``resources/fonts/`` (see the README there): never a system font and
never one of reportlab's base-14 fonts, which cannot draw Vietnamese and are not embedded.
"""

from __future__ import annotations

import threading
from fnmatch import fnmatch
from pathlib import Path
from typing import Any
from weakref import WeakKeyDictionary

from reportlab import rl_config
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTEncoding, TTFont
from reportlab.rl_config import unShapedFontGlob

from briefer.errors import ExportError
from briefer.export.font_cache import load_face, save_face
from briefer.paths import cache_dir
from briefer.resources import fonts_dir

SERIF_FAMILY = "LiberationSerif"

# reportlab font name -> file under resources/fonts/
SERIF_FACES: dict[str, str] = {
    SERIF_FAMILY: "LiberationSerif-Regular.ttf",
    f"{SERIF_FAMILY}-Bold": "LiberationSerif-Bold.ttf",
    f"{SERIF_FAMILY}-Italic": "LiberationSerif-Italic.ttf",
    f"{SERIF_FAMILY}-BoldItalic": "LiberationSerif-BoldItalic.ttf",
}

_lock = threading.Lock()
_registered: dict[str, str] = {}  # "family" -> name, once registered

WIDTH_CACHE_MAX = 50_000  # distinct strings per face before the cache starts over


class MeasuredTTFont(TTFont):  # type: ignore[misc]  # reportlab ships no types
    """A TTF face that remembers the advance width of each string it has measured.

    Laying out a brief measures every word of every line it tries (~40,000 calls for a
    23-page brief, a fifth of the layout's time), and a brief's words repeat. The width is
    the same sum reportlab computes (glyph advances in 1/1000 em, in the string's order),
    kept per string and scaled per call exactly as reportlab scales it, so every width, line
    break and page is the same as without the cache.
    """

    def __init__(self, name: str, filename: str, cache: Path | None = None) -> None:
        """``cache``: a folder that keeps the parsed face between processes (``font_cache``)."""
        face = load_face(Path(filename), cache) if cache is not None else None
        if face is None:
            super().__init__(name, filename)
            if cache is not None:
                save_face(Path(filename), getattr(self, "face"), cache)  # noqa: B009  # untyped
        else:  # what TTFont.__init__ sets, with the face already parsed
            self.fontName = name
            self.face = face
            self.encoding = TTEncoding()
            self.state: WeakKeyDictionary[Any, Any] = WeakKeyDictionary()
            self._asciiReadable = rl_config.ttfAsciiReadable
            self.shapable = not any(fnmatch(name, glob) for glob in unShapedFontGlob)
        self._units: dict[str, float] = {}
        # reportlab's getAscentDescent (~12,000 calls per brief) asks the font for these and
        # falls back to its face when a TTF font has none: an exception each call, ~7 ms.
        self.ascent: float = self.face.ascent
        self.descent: float = self.face.descent

    def stringWidth(self, text: str | bytes, size: float, encoding: str = "utf8") -> float:
        if not isinstance(text, str):
            text = text.decode(encoding or "utf8")
        units = self._units.get(text)
        if units is None:
            widths = self.face.charWidths.get
            default = self.face.defaultWidth
            units = sum(widths(ord(char), default) for char in text)
            if len(self._units) >= WIDTH_CACHE_MAX:
                self._units.clear()
            self._units[text] = units
        return 0.001 * size * units


def font_files() -> dict[str, Path]:
    """The bundled font files by reportlab font name (they may be missing; callers check)."""
    folder = fonts_dir()
    return {name: folder / file_name for name, file_name in SERIF_FACES.items()}


def register_fonts() -> str:
    """Register the serif family with reportlab (once per process) and return its name.

    Use the returned name as ``fontName`` of a ``ParagraphStyle``: ``<b>``/``<i>`` markup then
    picks the bold/italic faces through the registered family. Raises ``ExportError`` when a
    font file is missing or unreadable (a damaged installation), rather than falling back to a
    base-14 font that would drop the Vietnamese letters.
    """
    with _lock:
        if "family" in _registered:
            return _registered["family"]
        fonts: list[TTFont] = []
        for name, path in font_files().items():
            try:
                fonts.append(MeasuredTTFont(name, str(path), cache=cache_dir() / "fonts"))
            except Exception as err:  # reportlab raises several types for a bad file
                raise ExportError(
                    f"The PDF font {path.name} is missing or damaged in this installation."
                ) from err
        for font in fonts:
            pdfmetrics.registerFont(font)
        pdfmetrics.registerFontFamily(
            SERIF_FAMILY,
            normal=SERIF_FAMILY,
            bold=f"{SERIF_FAMILY}-Bold",
            italic=f"{SERIF_FAMILY}-Italic",
            boldItalic=f"{SERIF_FAMILY}-BoldItalic",
        )
        _registered["family"] = SERIF_FAMILY
        return SERIF_FAMILY
