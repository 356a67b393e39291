"""Who made a visit, in English: the visitor's title and name from the quote (pure).

"Phó Tổng thống Kenya Kithure Mwangi đã thăm chính thức Việt Nam" → "Vice President Kithure
Mwangi"; "Chủ tịch Quốc hội Vương Đình Huệ đã thăm …" → "Chairman of the National Assembly
Vương Đình Huệ". A name is the run of capitalised words right after the title — a country's
name between them is the visitor's country, not the name ("Tổng thống Sri Lanka Anura Kumara
Dissanayake"), a ministry after the title ("Bộ trưởng Bộ Ngoại giao, Hợp tác Quốc tế …") is
an office no term names, and a lower-case word ("đã", "thăm") ends the name. When no name is
left the visitor is unnamed ("Thủ tướng Việt Nam thăm …"), and the caller says "a high-level
delegation" rather than guess.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

_WORD = re.compile(r"[^\W\d_][\w'’.-]*")


def _skip_name(rest: str, names: Sequence[str]) -> str:
    """``rest`` past a country's name at its start (longest first), else as it is."""
    for name in names:
        after = rest[len(name) : len(name) + 1]
        if rest.casefold().startswith(name.casefold()) and not after.isalnum():
            return rest[len(name) :].lstrip()
    return rest


def visitor(quote: str, terms: Iterable[tuple[str, str]], countries: Iterable[str] = ()) -> str:
    """ "Title Name" of the visitor the quote names after a known title, or ""."""
    names = sorted({n for n in countries if n}, key=len, reverse=True)
    for vi, en in sorted(terms, key=lambda t: -len(t[0])):
        if not en[:1].isupper():
            continue
        found = re.search(rf"(?<!\w){re.escape(vi)}(?!\w)\s+", quote)
        if found is None:
            continue
        rest = _skip_name(quote[found.end() :], names)
        if rest.startswith("Bộ "):
            return ""  # an office no term names: the title's full form is unknown
        words: list[str] = []
        for token in rest.split(" ")[:5]:
            word = token.rstrip(".,;:)")
            if not _WORD.fullmatch(word) or not word[:1].isupper() or len(words) == 4:
                break
            words.append(word)
            if word != token:
                break  # a comma or a bracket ends the name
        return f"{en} {' '.join(words)}" if len(words) >= 2 else ""
    return ""


__all__ = ["visitor"]
