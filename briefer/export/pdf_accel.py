"""Faster stand-ins for two of reportlab's pure-Python helpers, giving the same text.

reportlab has an optional C accelerator (``rl_accel``) for its hot helpers; it is not
installed: measured on a 23-page brief, its ``sameFrag`` is slower than the Python one for
Briefer's paragraphs, and with it the layout took 12 ms *more*. Without it, two helpers cost
the most, and :func:`install` gives the loaded reportlab modules stand-ins for them:

- ``fp_str``, every coordinate, size and colour written into a page (~12,000 calls per
  brief): a brief writes few distinct numbers (18,000 values, 1,800 different: margins, font
  sizes, leadings, the same x on every line), so each value's text is kept once reportlab's
  function has written it;
- ``escapePDF``, every run of text drawn (a Python loop over its characters): one
  ``str.translate`` with reportlab's own table of escapes.

Both give reportlab's text for every input (tests compare them, every byte value and random
numbers), so every PDF is byte for byte the same. So does :class:`BriefLink`, a link
annotation written without reportlab's generic dictionary.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

from reportlab import rl_config
from reportlab.lib import rl_accel
from reportlab.pdfbase import pdfdoc

MEMO_MAX = 20_000  # distinct values kept; beyond it, values are formatted each time

_memo: dict[Any, str] = {}


def remembering(format_number: Callable[..., str]) -> Callable[..., str]:
    """``fp_str`` that formats each value once with ``format_number`` (reportlab's)."""
    memo = _memo

    def fp_str(*values: Any) -> str:
        if len(values) == 1:
            value = values[0]
            if isinstance(value, list | tuple):
                values = tuple(value)
            else:
                text = memo.get(value)
                if text is None:
                    text = format_number(value)
                    if len(memo) < MEMO_MAX:
                        memo[value] = text
                return text
        parts = []
        for value in values:
            text = memo.get(value)
            if text is None:
                text = format_number(value)
                if len(memo) < MEMO_MAX:
                    memo[value] = text
            parts.append(text)
        return " ".join(parts)

    return fp_str


def translating(escape: Callable[[Any], str], table: dict[int, str]) -> Callable[[Any], str]:
    """``escapePDF`` by one ``str.translate`` with ``table`` (reportlab's escapes of the 256
    byte values); text with a character beyond them goes to ``escape`` (which refuses it)."""

    def escape_pdf(text: Any) -> str:
        if isinstance(text, bytes):
            return text.decode("latin-1").translate(table)
        if isinstance(text, str) and (text.isascii() or max(text) <= "\xff"):
            return text.translate(table)
        return escape(text)

    return escape_pdf


def same_fragment(compared: tuple[str, ...]) -> Callable[[Any, Any], bool]:
    """``sameFrag`` (do two paragraph fragments look alike: one run of text?), answered as
    reportlab's Python one answers it (fragments with a callback or a line break never; else
    the ``compared`` attributes, missing ones as None, equal as list items are equal), but
    stopping at the first difference, without building two lists (~10,000 calls per brief)."""

    def same_frag(f: Any, g: Any) -> bool:
        f_dict, g_dict = f.__dict__, g.__dict__
        if (
            "cbDefn" in f_dict
            or "lineBreak" in f_dict
            or "cbDefn" in g_dict
            or "lineBreak" in g_dict
        ):
            return False
        f_get, g_get = f_dict.get, g_dict.get
        for name in compared:
            mine, theirs = f_get(name), g_get(name)
            # as list equality: the same object, else == (not !=, which a class may define)
            if mine is not theirs and not mine == theirs:  # noqa: SIM201
                return False
        return True

    return same_frag


def install() -> None:
    """Give the loaded reportlab modules the stand-ins (once; only for helpers whose
    pure-Python version is in use: the C accelerator's are left alone)."""
    stand_ins: dict[str, Callable[..., Any]] = {}
    fp_str = rl_accel._py_funcs.get("fp_str")
    if fp_str is not None and rl_accel.fp_str is fp_str:
        stand_ins["fp_str"] = remembering(fp_str)
    escape = rl_accel._py_funcs.get("escapePDF")
    table = getattr(rl_accel, "_ESCAPEDICT", None)
    if escape is not None and rl_accel.escapePDF is escape and isinstance(table, dict):
        stand_ins["escapePDF"] = translating(escape, dict(table))
    same = rl_accel._py_funcs.get("sameFrag")
    compared = (same.__defaults__ or (None,))[0] if same is not None else None
    if same is not None and rl_accel.sameFrag is same and isinstance(compared, tuple):
        stand_ins["sameFrag"] = same_fragment(compared)
    if not stand_ins:
        return  # the C accelerator, or already installed
    originals = {name: getattr(rl_accel, name) for name in stand_ins}
    for name, module in list(sys.modules.items()):
        if name.startswith("reportlab.") or name == "reportlab":
            for helper, stand_in in stand_ins.items():
                if getattr(module, helper, None) is originals[helper]:
                    setattr(module, helper, stand_in)


class BriefLink(pdfdoc.LinkAnnotation):  # type: ignore[misc]  # reportlab ships no types
    """A reportlab link annotation that writes its dictionary directly.

    A brief has ~500 links (citation markers, note numbers, sources, contents lines); written
    through reportlab's generic dictionary (check every key, build a dictionary, sort it,
    format each name) they take ~13 ms. This writes the same keys in the same sorted order
    with the same values formatted by reportlab (``pdfdoc.format``): the same bytes. A link
    with extra keys, or with reportlab set to write dictionaries over several lines, is
    written by reportlab itself.
    """

    def format(self, document: Any) -> bytes:
        if self.otherkw or rl_config.pdfMultiLine:
            return bytes(super().format(document))
        write = pdfdoc.format
        # The border, the (empty) contents and each destination repeat from link to link:
        # written once per document (a destination's page is fixed once saving starts).
        known: dict[Any, bytes] = document.__dict__.setdefault("_brief_link_parts", {})
        border = self.Border
        border_key = ("border", *border.sequence) if type(border) is pdfdoc.PDFArray else None
        contents_key = ("contents", self.Contents) if type(self.Contents) is str else None
        destination_key = ("destination", id(self.Destination))
        parts = []
        for key, value in (
            (border_key, border),
            (contents_key, pdfdoc.PDFString(self.Contents, 1)),
            (destination_key, self.Destination),
        ):
            text = known.get(key) if key is not None else None
            if text is None:
                text = write(value, document)
                if key is not None:
                    known[key] = text
            parts.append(text)
        rect = self.Rect if isinstance(self.Rect, str) else pdfdoc.PDFArray(self.Rect)
        written: bytes = (
            b"<<\n/Border "
            + parts[0]
            + b" /Contents "
            + parts[1]
            + b" /Dest "
            + parts[2]
            + b" /Rect "
            + write(rect, document)
            + b" /Subtype /Link /Type /Annot\n>>"
        )
        return written
