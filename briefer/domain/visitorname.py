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
from typing import Final

_WORD = re.compile(r"[^\W\d_][\w'’.-]*")


def _skip_name(rest: str, names: Sequence[str]) -> str:
    """``rest`` past a country's name at its start (longest first), else as it is."""
    for name in names:
        after = rest[len(name) : len(name) + 1]
        if rest.casefold().startswith(name.casefold()) and not after.isalnum():
            return rest[len(name) :].lstrip()
    return rest


# A title named as the host, not the visitor: "theo lời mời của Chủ tịch nước …", "at the
# invitation of …", "hội kiến/tiếp …", "met with …"
_HOST: Final = re.compile(
    r"(?:lời\s+mời\s+của|invitation\s+of|hội\s+kiến|hội\s+đàm\s+với|tiếp|gặp|met(?:\s+with)?"
    r"|received|hosted\s+by|with)\s+(?:the\s+)?\Z",
    re.IGNORECASE,
)
_ANY: Final = re.compile(r"(?:\bmột|\ban?)\s+\Z", re.IGNORECASE)
# A holder who receives the other: "Tổng thống Joko Widodo đã đón Thủ tướng …", "… welcomed",
# "… tiếp Đại sứ …" (never "tiếp tục", "goes on").
_RECEIVES: Final = re.compile(
    r"\s*(?:đã\s+|has\s+|had\s+)?(?:chào\s+đón|đón|tiếp(?!\s+tục)|welcomed|received|hosted)"
    r"(?![^\W\d_])",
    re.IGNORECASE,
)
_STATE_WORDS = ("Cộng hòa ", "Cộng hoà ", "Vương quốc ", "Liên bang ", "Republic of ")


def _past_state(rest: str) -> str:
    """``rest`` past a state's form before its name ("Tổng thống Cộng hòa Azerbaijan …")."""
    for state in _STATE_WORDS:
        rest = rest.removeprefix(state)
    return rest


def _of_side(rest: str, side: Sequence[str]) -> bool:
    """Whether the words after a title name the visiting country ("Belize Francis …"),
    also after a state's longer form ("Vương quốc Hashemite Jordan …")."""
    rest = _past_state(rest)
    return _skip_name(rest, side) != rest or _state_form_end(rest, side) is not None


def visitor(
    quote: str,
    terms: Iterable[tuple[str, str]],
    countries: Iterable[str] = (),
    side: Iterable[str] = (),
) -> str:
    """ "Title Name" of the visitor the quote names after a known title, or "".

    A title followed by the visiting country's name (``side``: "Bộ trưởng Ngoại giao Belize
    Francis Fonseca" on Belize's visit) is the visitor's, wherever it stands — the host is
    often named first ("Bộ trưởng Lê Hoài Trung đã hội đàm với Bộ trưởng … Belize …"). Else
    the title that comes first in the quote is the visitor's (a longer one at the same place
    wins), unless its holder is the host: the words before it say so, the other country's
    name follows it ("Tổng thống Indonesia Joko Widodo" on a visit to Indonesia), or its
    holder receives ("… Joko Widodo đã đón Thủ tướng …")."""
    names = sorted({n for n in countries if n}, key=len, reverse=True)
    sides = sorted({n for n in side if n}, key=len, reverse=True)
    visiting = {n.casefold() for n in sides}
    hosts = [n for n in names if n.casefold() not in visiting] if sides else []
    found: list[tuple[int, int, str, str]] = []
    sided: list[tuple[int, int, str, str]] = []
    for vi, en in terms:
        if not en[:1].isupper():
            continue
        for match in re.finditer(rf"(?<!\w){re.escape(vi)}(?!\w)\s+", quote):
            title = (match.start(), -len(vi), en, quote[match.end() :])
            if _ANY.search(quote[max(0, match.start() - 8) : match.start()]):
                continue  # "chuyến thăm đầu tiên của một Thủ tướng Việt Nam": anyone's title
            if sides and _of_side(title[3], sides):
                sided.append(title)
            elif hosts and _of_side(title[3], hosts):
                continue  # the host country's title
            elif not _HOST.search(quote[max(0, match.start() - 30) : match.start()]):
                found.append(title)
    # (a visiting side's title without a name, "một Thủ tướng Việt Nam", names nobody)
    named = [t for t in sorted(sided) if _named(t[3], names)]
    if named:
        return f"{named[0][2]} {_named(named[0][3], names)}"
    if sided or not found:
        # (the visiting side's title is there unnamed — "Đại sứ Séc tại Việt Nam …": any
        # other title is the host's, so none is the visitor's)
        return ""
    host_at = -1
    for at, _, en, rest in sorted(found):
        if at == host_at:
            continue  # (a shorter title inside the host's)
        name = _named(rest, names)
        if not name:
            return ""
        if not _RECEIVES.match(rest[rest.find(name) + len(name) :]):
            return f"{en} {name}"
        host_at = at
    return ""  # every one named receives the other: the host


def _state_form_end(rest: str, names: Sequence[str]) -> int | None:
    """Where a country's name ends after capitalised words of its state's form at the start
    of ``rest`` ("Hashemite Jordan tại …"), or None."""
    head = rest[:40]
    for name in names:
        match = re.search(rf"(?<!\w){re.escape(name)}(?!\w)", head)
        words = head[: match.start()].split() if match else []
        # (only capitalised words before it: the state's form, not a name)
        if match and words and all(w[:1].isupper() for w in words):
            return match.end()
    return None


def _past_country(rest: str, names: Sequence[str]) -> str:
    """``rest`` past the country's name and its post: a state's longer form ends with the
    name ("Vương quốc Hashemite Jordan", "Cộng hòa Bolivar Venezuela"), and an envoy's
    posting follows it ("Đại sứ … Jordan tại Việt Nam Hashem Al-Tarawneh")."""
    rest = _skip_name(_past_state(rest), names)
    end = _state_form_end(rest, names)
    rest = rest if end is None else rest[end:].lstrip()
    post = re.match(r"(?:tại|ở|in|to)\s+", rest)
    if post:
        after = _skip_name(rest[post.end() :], names)
        rest = after if after != rest[post.end() :] else rest
    return rest


# Lower-case particles inside a name ("Lula da Silva", "bin Sherida", "van der Berg"),
# never its first or last word.
_PARTICLES: Final = frozenset(
    [
        "da",
        "de",
        "dos",
        "das",
        "del",
        "della",
        "di",
        "van",
        "von",
        "der",
        "den",
        "ter",
        "bin",
        "binti",
        "ibn",
        "al",
        "el",
        "le",
        "la",
    ]
)


def _named(rest: str, names: Sequence[str]) -> str:
    """The name after a title: its run of capitalised words, past the country's name."""
    rest = _past_country(rest, names)
    if rest.startswith("Bộ "):
        return ""  # an office no term names: the title's full form is unknown
    words: list[str] = []
    for token in rest.split(" ")[:7]:
        word = token.rstrip(".,;:)")
        capital = word[:1].isupper() or (word in _PARTICLES and bool(words))
        particles = sum(w in _PARTICLES for w in words)
        # (four capitalised words at most, five where a particle shows a long name)
        if not _WORD.fullmatch(word) or not capital or len(words) == 4 + 2 * min(particles, 1):
            break
        words.append(word)
        if word != token:
            break  # a comma or a bracket ends the name
    while words and words[-1] in _PARTICLES:
        words.pop()  # ("… Silva de la": a particle never ends a name)
    return " ".join(words) if len(words) >= 2 else ""


__all__ = ["visitor"]
