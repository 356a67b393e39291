"""Bytes → text: which encoding a file is in, and whether it is text at all.

Order of trust: a byte-order mark (UTF-8, UTF-16, UTF-32), then strict UTF-8, then an
encoding the file declares (an HTML ``<meta charset>``), then the two legacy Windows code
pages Vietnamese and Western texts come in (Windows-1258, which writes tones as combining
marks, and Windows-1252), and only then charset-normalizer's guess. Whatever decodes must
also *look* like text (few control characters, mostly letters, Latin letters mostly ASCII
for the legacy guesses): random bytes decode in Windows-1252 too, and must not be imported.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from typing import Final

from briefer.errors import InputError

_BOMS: Final = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Windows-1258 writes these five tone marks as separate combining characters.
_TONE_MARKS: Final = frozenset("\u0300\u0301\u0303\u0309\u0323")
_VOWELS: Final = frozenset("aeiouyăâêôơưAEIOUYĂÂÊÔƠƯ")
KNOWN: Final = "UTF-8, UTF-16, Windows-1258 or Windows-1252"


def _bom(data: bytes) -> tuple[str, int] | None:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return codec, len(bom)
    return None


# C0/C1 controls other than tab, line feed, vertical tab, form feed and carriage return; lone
# surrogates; and private-use or non-character code points.
_CONTROLS: Final = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\ud800-\udfff]")
_ODD: Final = re.compile("[\ue000-\uf8ff\ufdd0-\ufdef\ufffe\uffff]")
# Counting what is *not* a letter is cheaper than listing every letter: prose is mostly letters.
_NOT_LETTER: Final = re.compile(r"[\W\d_]")
_NON_ASCII_LETTER: Final = re.compile(r"[^\W\d_A-Za-z]")


def looks_like_text(text: str, legacy: bool = False) -> bool:
    """Whether decoded ``text`` reads as text rather than decoded noise.

    ``legacy`` adds the test for single-byte guesses: the letters of a Windows-1252/1258
    text are mostly plain ASCII letters, while random bytes decode to symbols and accented
    capitals.
    """
    sample = text[:200_000]
    if "\x00" in sample:
        return False
    # A stray control character or two (a DOS end-of-file mark, a unit separator pasted
    # from Word) is text; random bytes hold about one control character in eight.
    # Counted with search() first and sub() (a string) rather than findall() (a list of
    # one-character strings): every import reads its text through here.
    if _CONTROLS.search(sample) and len(_CONTROLS.findall(sample)) > max(2, len(sample) / 200):
        return False
    visible = len("".join(sample.split()))
    if visible == 0:
        return True  # empty or blank: the caller says "empty"
    letters = len(_NOT_LETTER.sub("", sample))
    if letters < 0.4 * visible:
        return False
    if _ODD.search(sample) and len(_ODD.findall(sample)) > visible / 100:
        return False
    return not legacy or len(sample) - len(_NON_ASCII_LETTER.sub("", sample)) <= 0.5 * letters


def _is_vietnamese_1258(data: bytes) -> bool:
    """True when the Windows-1258 reading has tone marks sitting on vowels, as Vietnamese does."""
    try:
        text = data.decode("cp1258")
    except UnicodeDecodeError:
        return False
    on_vowel = stray = 0
    previous = ""
    for char in text:
        if char in _TONE_MARKS:
            # A vowel may carry a vowel mark before its tone: "ê" + U+0301.
            base = unicodedata.normalize("NFD", previous)[:1]
            if base in _VOWELS or previous in _VOWELS:
                on_vowel += 1
            else:
                stray += 1
        previous = char
    return on_vowel >= 3 and stray <= on_vowel / 10


def _mostly_utf8(data: bytes) -> int | None:
    """Offset of the first bad byte when ``data`` is UTF-8 apart from a few bad bytes."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    multibyte = sum(1 for c in text if ord(c) > 0x7F and c != "\ufffd")
    # Legacy code pages almost never form valid multi-byte UTF-8 sequences by chance.
    if multibyte >= 5 and bad * 10 <= multibyte:
        try:
            data.decode("utf-8")
        except UnicodeDecodeError as exc:
            return exc.start
    return None


def _utf16_without_bom(data: bytes) -> str | None:
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even_zero = sum(1 for b in sample[0::2] if b == 0) / max(1, len(sample[0::2]))
    odd_zero = sum(1 for b in sample[1::2] if b == 0) / max(1, len(sample[1::2]))
    if odd_zero > 0.3 and even_zero < 0.05:
        return "utf-16-le"
    if even_zero > 0.3 and odd_zero < 0.05:
        return "utf-16-be"
    return None


def decode_text(data: bytes, name: str, declared: str | None = None) -> tuple[str, str]:
    """``data`` as text and the encoding it was read in; InputError when it is not text.

    Text is returned as decoded (not yet NFC): the cleaner normalises it.
    """
    bom = _bom(data)
    if bom is not None:
        codec, skip = bom
        try:
            text = data[skip:].decode(codec)
        except UnicodeDecodeError:
            raise InputError(
                f"{name} starts with a {codec.upper()} mark but is not valid {codec.upper()}."
            ) from None
        if not looks_like_text(text):
            raise InputError(f"{name} is a binary file, not text; Briefer cannot read it.")
        return text, codec

    if b"\x00" in data[:65536]:
        codec16 = _utf16_without_bom(data)
        if codec16 is not None:
            try:
                text = data.decode(codec16)
            except UnicodeDecodeError:
                pass
            else:
                if looks_like_text(text):
                    return text, codec16
        raise InputError(f"{name} is a binary file, not text; Briefer cannot read it.")

    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        if not looks_like_text(text):
            raise InputError(f"{name} is a binary file, not text; Briefer cannot read it.")
        return text, "utf-8"

    bad_at = _mostly_utf8(data)
    if bad_at is not None:
        raise InputError(
            f"{name} is UTF-8 with damaged bytes (the first at byte {bad_at}); "
            "save it again as UTF-8 and import it again."
        )

    if declared:
        try:
            text = data.decode(declared)
        except (LookupError, UnicodeDecodeError):
            pass
        else:
            if looks_like_text(text, legacy=True):
                return text, codecs.lookup(declared).name

    if _is_vietnamese_1258(data):
        text = data.decode("cp1258")
        if looks_like_text(text, legacy=True):
            return text, "cp1258"
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        pass
    else:
        if looks_like_text(text, legacy=True):
            return text, "cp1252"

    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is not None and best.encoding:
        text = str(best)
        if looks_like_text(text, legacy=True):
            return text, best.encoding
    raise InputError(f"{name} is not text in an encoding Briefer knows ({KNOWN}).")


__all__ = ["KNOWN", "decode_text", "looks_like_text"]
