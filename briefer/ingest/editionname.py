"""An outlet's English edition named as it names itself (pure).

The outlet table keeps a Vietnamese outlet under its Vietnamese name, its English edition's
name among its other names ("Báo X" and "X Review"). A page in English whose own marks (its
logo, site name, copyright line, in any case) print one of those English names is the
English edition: the outlet is the name that edition carries, not the Vietnamese paper's.
(The text naming it is not enough: an article may cite the paper or a body by its English
name without being its English edition.)

An agency the table names by its Vietnamese initials ("TTXVN") is named, on a page in
another language that never writes them, by the spelled-out name the page writes ("Vietnam
News Agency" in an English page's copyright line): :func:`in_page_language`, applied last.

This module owns :func:`english_edition` and :func:`in_page_language`.
"""

from __future__ import annotations

import re
from typing import Final

from briefer.ingest.outlet_table import OUTLET_TABLE
from briefer.text.fold import fold

_MIN_WORDS: Final = 2  # an edition's name, not initials ("VNA") or a bare word


def _english(name: str) -> bool:
    words = name.split()
    return name.isascii() and len(words) >= _MIN_WORDS and not any(w.isupper() for w in words)


def _run_together(outlet: str, other: str) -> bool:
    """ "Hanoimoi" for "Hà Nội Mới": the Vietnamese name's words without accents or spaces,
    one word, the name an English edition's masthead gives the paper."""
    return (
        " " not in other and other.isascii() and other.casefold() == fold(outlet).replace(" ", "")
    )


def _extends(outlet: str, other: str) -> bool:
    """ "VnExpress International", "VOV World": the brand and a word of English after it,
    an edition's own name (not the brand with a channel's number, "VOV5")."""
    rest = other[len(outlet) :]
    return (
        other.lower().startswith(outlet.lower() + " ")
        and rest.isascii()
        and rest.replace(" ", "").isalpha()
    )


def english_edition(outlet: str, marks: list[str], language: str, brand_only: bool = False) -> str:
    """The English name of ``outlet`` an English page prints in its own marks (logo, site
    name, copyright: ``marks``), as the table writes it ("" when the page is not in English,
    the outlet's own name is English, or its marks print none); a brand's edition that
    adds a word of English to it ("VnExpress International") whatever the brand's name.
    ``brand_only``: that edition alone (a printed page's first lines may be any line of a
    page's head, where a paper's English name is as often a link to its other edition)."""
    if language != "en" or not outlet:
        return ""
    look = "\n".join(marks)
    for name, _domains, others in OUTLET_TABLE:
        if name != outlet:
            continue
        for other in others:
            english = _english(other) or _run_together(outlet, other)
            translated = english and not outlet.isascii()
            if not translated and not _extends(outlet, other):
                continue
            # ("and" printed "&": the same name, written as the page writes it)
            words = [r"(?:and|&)" if w in ("and", "&") else re.escape(w) for w in other.split()]
            pattern = re.compile(r"(?<!\w)" + r"\s+".join(words) + r"(?!\w)", re.IGNORECASE)
            printed = pattern.search(look)
            # (on paper, a translation counts where it heads the page: the first line's first
            # cell, "X REVIEW | Ministry … | Issue 47", its running head, not any link)
            heads = printed and (not brand_only or _heads(printed, look))
            if printed and (heads or not translated):
                return other.replace(" and ", " & ") if "&" in printed.group() else other
    return ""


def _heads(printed: re.Match[str], look: str) -> bool:
    """Whether a name found in the marks opens their first line as the first of its cells
    (alone on the line, it may be a link to the other edition, as a logo's line may be)."""
    rest = look[printed.end() :].split("\n", 1)[0]
    return printed.start() == 0 and bool(re.match(r"\s+[|·•–]\s+\S", rest))


def _written(name: str, text: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text) is not None


def _spelled_name(alias: str) -> bool:
    # (a name of two words or more in plain letters, not initials: "Vietnam News Agency",
    # not "VNA")
    words = alias.split()
    return alias.isascii() and len(words) >= _MIN_WORDS and not alias.isupper()


def in_page_language(
    name: str, text: str, language: str, marks: tuple[str, ...] = (), brand: tuple[str, ...] = ()
) -> str:
    """``name`` (an outlet the table knows) as a page in ``language`` other than Vietnamese
    names it, when neither the page's text nor its own ``marks`` (logo, site name, copyright)
    ever write the table's name: an agency's Vietnamese initials become the spelled-out name
    the page writes in plain letters ("Vietnam News Agency" in its copyright line); any other
    table name becomes the spelled name the page's ``brand`` (its logo, its site name) prints
    (an agency's English site under its own brand, "X Express", when no mark names the
    agency; a title's or copyright line's other order of a paper's name is no brand); else
    ``name`` as it is."""
    seen = "\n".join([text, *marks])
    if not name or language in ("", "vi") or _written(name, seen):
        return name
    entry = next((e for e in OUTLET_TABLE if e[0] == name), None)
    if entry is None:
        return name
    # (a table name that is no initials is a name the page may print as it is, "Tuổi Trẻ"
    # on its English edition too: only the page's own brand renames it, never its text)
    where = seen if name.isupper() else "\n".join(brand)
    own = [a for a in entry[2] if _spelled_name(a) and _written(a, where)]
    return own[0] if own else name


__all__ = ["english_edition", "in_page_language"]
