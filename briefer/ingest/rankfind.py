"""Where a sentence ranks a partner, and in what: "lớn thứ 4", "thứ 3 về đầu tư" (a rank
that drops its noun after a first one), "ranks seventh among …". Split from
:mod:`briefer.ingest.candidates`, which turns each rank into a figure; the words of one rank
are read by :func:`briefer.text.numbers.find_ordinal_rank`."""

from __future__ import annotations

import re
from typing import Final

from briefer.ingest.countries import HOME, find_countries
from briefer.text.numbers import find_ordinal_rank

# A rank needs one of these ("nhất" alone is in "nhất trí", "thống nhất" of most articles).
_RANK_WORDS: Final = re.compile(
    r"thứ|lớn\s+nhất|largest|biggest|\brank|đứng\s+đầu|\w\s+among\s", re.IGNORECASE
)
# "đứng đầu trong số 150 quốc gia … đầu tư": first among a group named after it.
_TOP: Final = re.compile(r"(?<![^\W\d_])đứng\s+đầu(?=\s+(?:trong\s+số|về)\s)", re.IGNORECASE)
_EN_NTH: Final = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
                  "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10}  # fmt: skip
# "Vietnam ranks seventh among …", "ranked 3rd among …": the verb says it is a rank (the
# group it ranks in follows: ``rankmetric.rank_metric`` reads it).
_RANK_VERB: Final = re.compile(
    r"\b(?:ranks?|ranked|ranking)\s+(?:(?P<n>\d{1,3})(?:st|nd|rd|th)|(?P<word>"
    + "|".join(_EN_NTH)
    + r"))\b",
    re.IGNORECASE,
)

# "placing the UK 15th among foreign investors", "which puts Peru third among …", "ranking
# Canada 18th among …": a verb that sets a party in a place, the group it is placed in after
# "among" (the party is words, not a figure: "ranks 3rd in Asia and 5th among" is one rank).
_PLACED: Final = re.compile(
    r"\b(?:plac(?:es|ed|ing)|puts?|putting|rank(?:s|ed|ing)?)\s+(?:[^\W\d_][\w'’.-]*\s+){1,4}?"
    r"(?:(?P<n>\d{1,3})"
    r"(?:st|nd|rd|th)|(?P<word>" + "|".join(_EN_NTH) + r"))(?=\s+among\s)",
    re.IGNORECASE,
)


_NTH: Final = {"nhất": 1, "hai": 2, "ba": 3, "tư": 4, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7,
               "tám": 8, "chín": 9, "mười": 10}  # fmt: skip
# "đối tác lớn thứ 2 về lao động, thứ 3 về đầu tư và du lịch, thứ 4 về thương mại": after a
# first rank, the others drop the noun and "lớn".
_ELLIPTICAL_RANK: Final = re.compile(
    r"(?:,|;|\svà)\s+(?P<words>thứ\s+(?P<n>\d{1,2}|hai|ba|tư|bốn|năm|sáu|bảy|tám|chín|mười))"
    r"(?=\s+về\s)"
)
_RANK_DOMAIN: Final = re.compile(
    r"\s+về\s+(?P<domain>thương mại|đầu tư|du lịch|lao động|ODA|viện trợ)"
)
_DOMAIN_METRIC: Final = {
    "thương mại": "trade.partner_rank",
    "đầu tư": "investment.rank",
    "du lịch": "tourism.rank",
    "lao động": "people.labour_rank",
    "ODA": "aid.rank",
    "viện trợ": "aid.rank",
}


# "một trong những nguồn cung … lớn nhất", "one of the largest suppliers": one of several at
# the top, no rank of its own (a figure-less superlative is no figure); the group may be
# counted and owned: "một trong 10 đối tác … lớn nhất", "one of Vietnam's ten largest".
_ONE_OF: Final = re.compile(
    r"(?:một\s+trong(?:\s+(?:những|các|số))?|one\s+of|among\s+the)(?:\s+[\w'’-]+){0,6}\s*\Z",
    re.IGNORECASE,
)


def ranks_in(sentence: str) -> list[tuple[int, int, int]]:
    """Every rank in ``sentence`` as (value, start, end)."""
    found: list[tuple[int, int, int]] = []
    if not _RANK_WORDS.search(sentence):
        return found
    found += _elliptical_ranks(sentence)
    found += [(1, m.start(), m.end()) for m in _TOP.finditer(sentence)]
    for match in [*_RANK_VERB.finditer(sentence), *_PLACED.finditer(sentence)]:
        n, word = match.group("n"), match.group("word")
        value = int(n) if n else _EN_NTH[word.casefold()]
        at = match.start("n") if n else match.start("word")
        found.append((value, at if match.re is _PLACED else match.start(), match.end()))
    pos = 0
    while pos < len(sentence):
        rank = find_ordinal_rank(sentence[pos:])
        if rank is None:
            break
        value, words = rank
        at = sentence.find(words, pos)
        if at < 0:
            break
        if not (value == 1 and _ONE_OF.search(sentence, max(0, at - 80), at)):
            found.append((value, at, at + len(words)))
        pos = at + len(words)
    return sorted(set(found), key=lambda r: r[1])


def _elliptical_ranks(sentence: str) -> list[tuple[int, int, int]]:
    out = []
    for match in _ELLIPTICAL_RANK.finditer(sentence):
        n = match.group("n")
        value = int(n) if n.isdigit() else _NTH.get(n, 0)
        if value:
            out.append((value, match.start("words"), match.end("words")))
    return out


# A firm ranked in a country's market: "nhà mạng viễn thông lớn nhất Timor-Leste", "công ty
# … lớn thứ hai tại Peru", "the largest mobile operator in Haiti" (a firm's noun before the
# rank, or after it in English, and a foreign country at once after it).
_FIRM_BEFORE: Final = re.compile(
    r"(?<![^\W\d_])(?:nhà\s+mạng|mạng\s+di\s+động|nhà\s+khai\s+thác|doanh\s+nghiệp|công\s+ty"
    r"|ngân\s+hàng|nhà\s+cung\s+cấp\s+dịch\s+vụ)[^,.;]{0,40}\Z"
)
_FIRM_AFTER: Final = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}(?:operator|carrier|company|firm|bank|provider)"
    r"(?=\s+(?:in|of)\s)"
)
_IN_COUNTRY: Final = re.compile(r"\s+(?:(?:tại|ở|của|in|of)\s+)?(?:the\s+)?")


def _firm_rank(sentence: str, end: int) -> bool:
    """A firm's rank in a foreign country's market (the rank words end at ``end``)."""
    named = _FIRM_AFTER.match(sentence, end)
    if not named and not _FIRM_BEFORE.search(sentence[:end]):
        return False
    at = _IN_COUNTRY.match(sentence, named.end() if named else end)
    where = at.end() if at else end
    return any(m.start == where and m.code != HOME for m in find_countries(sentence))


def rank_domain_metric(sentence: str, end: int) -> str:
    """ "thứ 4 về thương mại" → trade.partner_rank ("" when no domain follows); a firm's
    rank in a foreign country's market → investment.firm_rank."""
    match = _RANK_DOMAIN.match(sentence, end)
    if match:
        return _DOMAIN_METRIC[match.group("domain")]
    return "investment.firm_rank" if _firm_rank(sentence, end) else ""


__all__ = ["rank_domain_metric", "ranks_in"]
