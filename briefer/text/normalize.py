"""Text hygiene on the way in and on the way out (DESIGN.md §4).

Owns: Unicode normalisation (NFC), the repair of look-alike letters that legacy Vietnamese
fonts and converters leave behind (``Ð`` U+00D0 written for ``Đ`` U+0110), the mapping of
odd spaces and line endings, and the removal of characters that XML 1.0 (and so DOCX)
forbids. Search folding lives in :mod:`briefer.text.fold`, which reuses :data:`PRE_MAP` so
that ``fold(normalize(x)) == fold(x)``.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Final

from briefer.text.controls import without_bidi_controls

# Spaces that look like a space but are not U+0020. Quotes must not carry them (a search for
# "APEC lần" must find seed 003, which has U+00A0 there), and PDF text extraction turns them
# into odd bytes. Tabs are left alone: collapse_spaces() decides about those.
ODD_SPACES: Final = (
    "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009"
    "\u200a\u202f\u205f\u3000"
)
# Invisible characters with no business in a briefing: zero-width space/joiners, the BOM
# (often left in the middle of text by concatenated files), the word joiner and the soft
# hyphen (which would otherwise split "Việt­Nam" into two search tokens).
INVISIBLES: Final = "\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e"
# Unicode line and paragraph separators are line ends to every reader we care about.
LINE_SEPARATORS: Final = "\u2028\u2029"

# Character-level part of normalize(), shared with fold(). \r is handled separately because
# "\r\n" must become one "\n".
PRE_MAP: Final[dict[int, str]] = {
    **{ord(c): " " for c in ODD_SPACES},
    **{ord(c): "" for c in INVISIBLES},
    **{ord(c): "\n" for c in LINE_SEPARATORS},
}

# Whether PRE_MAP has anything to do: a regex scan is ~10x cheaper than translate() with a
# dict on non-ASCII text, and most text (every fact and source a sync pulls) is clean.
_PRE_CHARS: Final = re.compile("[" + "".join(map(chr, PRE_MAP)) + "]")

# Letters that Vietnamese never uses but old fonts/converters substitute for đ/Đ. U+00D0 is
# the Icelandic capital eth; it renders identically to U+0110 in most fonts, so a reader
# cannot see the difference but search, sorting and spell checkers can.
_ETH_TO_D: Final = {"\u00d0": "\u0110", "\u00f0": "\u0111"}
_ETH_TABLE: Final = str.maketrans(_ETH_TO_D)
_ETH: Final = re.compile("[\u00d0\u00f0]")
# Letters only Vietnamese uses (among the Latin scripts that also have eth): a word holding
# one of them is Vietnamese, whatever the eth's position.
_VIETNAMESE_ONLY: Final = frozenset(
    "ăâêôơưđĂÂÊÔƠƯĐ"
    "ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ"
    "ẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ"
    "àãèìĩòõùũÀÃÈÌĨÒÕÙŨ"
)
# Letters no other Latin-script language around a brief writes: not the French â ê ô, nor the
# accents of Spanish and Portuguese names ("Nicolás", "São Paulo", "Côte d'Ivoire").
_VIETNAMESE_MARKS: Final = frozenset(
    "ăơưđĂƠƯĐ"
    "ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ"
    "ẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ"
)


_ACCENTED: Final = re.compile("[àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ]")


def vietnamese_marked(text: str) -> bool:
    """Whether ``text`` (NFC) holds a letter only Vietnamese writes (ă ơ ư đ, a dot or a hook
    under or over a vowel): a name written with one is its Vietnamese reading."""
    return not _VIETNAMESE_MARKS.isdisjoint(text)


def looks_vietnamese(text: str) -> bool:
    """Whether ``text`` (NFC) is Vietnamese: it holds a letter only Vietnamese writes, or a
    word not capitalised with an accent Vietnamese shares ("hai bên cùng …"). A capitalised
    word with such an accent is a name ("Nicolás", "São Paulo", "Côte d'Ivoire")."""
    if vietnamese_marked(text):
        return True
    return any(_ACCENTED.search(word) and not word[:1].isupper() for word in text.split())


# XML 1.0 Char production: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF].
# \r is legal XML, but the DOCX writer treats text as lines, so it is turned into \n first.
_XML_ILLEGAL: Final = re.compile("[\x00-\x08\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_SPACE_RUNS: Final = re.compile(r"[ \t]+")


def _line_ends(text: str) -> str:
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text


def _is_letter(char: str) -> bool:
    return char.isalpha() or unicodedata.category(char) in ("Mn", "Mc")


def repair_lookalikes(text: str) -> str:
    """Replace eth look-alikes (``Ð``/``ð``) with ``Đ``/``đ`` in Vietnamese words.

    Names written in Icelandic or Faroese ("Guðni Th. Jóhannesson") keep their eth:
    Vietnamese đ only ever starts a syllable, while eth never starts a word there. So an eth
    that starts a word, or sits in a word that is visibly Vietnamese, or in the currency
    abbreviation "VNÐ", is taken for a look-alike of đ.
    """
    if "\u00d0" not in text and "\u00f0" not in text:
        return text
    out: list[str] = []
    done = 0  # text[:done] is already in out
    for match in _ETH.finditer(text):
        if match.start() < done:
            continue  # this eth was part of a word handled already
        start = match.start()
        while start > 0 and _is_letter(text[start - 1]):
            start -= 1
        end = match.end()
        while end < len(text) and _is_letter(text[end]):
            end += 1
        word = text[start:end]
        if word[0] in _ETH_TO_D or not _VIETNAMESE_ONLY.isdisjoint(word) or word.upper() == "VNÐ":
            word = word.translate(_ETH_TABLE)
        out.append(text[done:start])
        out.append(word)
        done = end
    out.append(text[done:])
    return "".join(out)


def normalize(text: str) -> str:
    """Normalise text on the way in: NFC, look-alikes repaired, plain spaces, ``\\n`` line ends.

    Everything else (punctuation, blank lines, tabs, control characters) is kept: this is
    the form source bodies are stored in and citation offsets point into.
    """
    # Dropping invisibles must come before NFC: a zero-width char between a vowel and its
    # combining mark would otherwise block composition, and the result would not be stable.
    if _PRE_CHARS.search(text):
        text = text.translate(PRE_MAP)
    text = _line_ends(text)
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)
        text = repair_lookalikes(text)
    return text


def strip_control(text: str) -> str:
    """Remove what XML 1.0 forbids (so python-docx/lxml never raise); keep line structure.

    Vertical tab and form feed are line breaks to the people who typed them (Word uses
    ``\\x0b`` for a manual line break), so they become ``\\n`` rather than vanishing; ``\\r``
    and ``\\r\\n`` become ``\\n`` too.
    """
    text = _line_ends(text.replace("\x0b", "\n").replace("\x0c", "\n"))
    return _XML_ILLEGAL.sub("", text)


def clean_for_output(text: str) -> str:
    """What renderers call on every string on the way out: NFC, look-alikes, XML-safe.

    NFC matters here as much as on input: reportlab draws decomposed Vietnamese with
    detached marks. Spaces and invisibles are left as the author typed them: output keeps
    a deliberate no-break space, and only input text is made plain.
    """
    if not text.isascii():
        # Bidi controls (e.g. U+202E from a pack) would visibly reverse text in Word and PDF.
        # Look-alikes are repaired before control characters go, with the word ends the stored
        # text has ("A\x08Ð" is two words to :func:`normalize`, so its Ð is a đ there too).
        text = repair_lookalikes(unicodedata.normalize("NFC", without_bidi_controls(text)))
    text = strip_control(text)
    if not text.isascii():
        # (a control character gone from between a letter and its mark lets them compose)
        text = unicodedata.normalize("NFC", text)
    return text


def collapse_spaces(text: str) -> str:
    """Runs of spaces and tabs inside a line become one space; each line is stripped of
    spaces and tabs at both ends. Line breaks (and so paragraphs) are kept as they are."""
    return "\n".join(_SPACE_RUNS.sub(" ", line).strip(" \t") for line in text.split("\n"))


__all__ = [
    "INVISIBLES",
    "LINE_SEPARATORS",
    "ODD_SPACES",
    "PRE_MAP",
    "clean_for_output",
    "collapse_spaces",
    "looks_vietnamese",
    "normalize",
    "repair_lookalikes",
    "strip_control",
    "vietnamese_marked",
]
