"""Choosing an article's outlet, writer and day by agreement between the signals that name
them (pure), not by the first rule that matched.

The first rule that matched used to decide; a page shape no rule had met then fell to the
weakest guess ("CT" from a lead's tag over the "<title>"'s "Báo Cần Thơ" that the address
confirms). Now each signal is a **claim** with a weight, claims naming the same outlet are
one **group**, and the group with the best score names the outlet:

- a claim's weight says how directly it names the publisher (``WEIGHTS``; a line of the
  text weighs ``TEXT_BASE - rank``, its rank as the text's rules give it: a known masthead
  0, a print header 1, a lead's outlet 2, a masthead guess or a byline's outlet 3, a
  copyright 4, a lead's bare tag 5; a letterhead's units are ranked below 0), less
  ``CREDIT`` for a line that credits a source ("(TTXVN) - …", "Nguồn: …", "Theo …", a
  byline's "/Outlet"): a source of the text, not its publisher;
- a group's score is its strongest claim's weight, plus ``CONFIRMED`` when another signal
  names the same outlet, plus ``KNOWN`` when the outlet table (or the provinces' papers)
  knows the name;
- ties go to the group with the strongest single claim, then to the claim given first;
- a web edition's name ("X Online") on the paper's own address ("baox.vn" in the text's
  head) reads as the paper, "Báo X" (:func:`paper_claims`): the paper publishes the site.

Claims are grouped strongest first: a claim joins the group whose strongest claim names the
same outlet.

Claims name the same outlet when the table maps them to one name, when one name holds the
other ("Nhân Dân" in "Báo Nhân Dân"), or when one is the initials of the other ("AGO",
"An Giang Online"). The group is shown by the table's name when the table knows it, else
by its strongest claim's name (a full name over its initials, the longest form that holds
it).

The writer (:func:`choose_author`, kept in ``writerchoice``): the text's byline and the
page's markup, the bare form when they name one person, the markup's when they differ. The
day (:func:`choose_date`, kept in ``datechoice``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from briefer.ingest.datechoice import DATE_WEIGHTS, choose_date
from briefer.ingest.domainspell import spelled_domains
from briefer.ingest.mergedpaper import merged_pair
from briefer.ingest.outletforms import initials
from briefer.ingest.outletnames import (
    current_name,
    former_name,
    known_outlet,
    outlet_of_url,
    spelled_out,
)
from briefer.ingest.rxparts import HOST
from briefer.ingest.writerchoice import choose_author
from briefer.text.fold import fold

# How directly each signal of a saved page names its publisher.
WEIGHTS: Final[dict[str, float]] = {
    "site name": 8,  # og:site_name, application-name: the page says who it is
    "publisher": 7,  # schema.org's publisher
    "issuer": 7,  # a portal page's "From: <body>" field (pageissuer)
    "address": 7,  # the page's address, when the table knows its domain
    "title part": 6,  # the <title>'s part beside the headline
    "title initials": 3,  # a printed title's part in capitals the table lacks (headersite)
    "logo": 4,  # the logo's alt text
    "copyright": 3,  # the holder of the footer's copyright
    "declared author": 1,  # a known outlet as the markup's author (or the agency it carries)
    "bare domain": 0.5,  # an address the table lacks: a last resort
}
TEXT_BASE: Final = 7.0
CONFIRMED: Final = 2.0
KNOWN: Final = 2.0
CREDIT: Final = 3.0


@dataclass(frozen=True, slots=True)
class Claim:
    name: str
    weight: float
    signal: str  # which signal made it ("site name", "text rank 3", …)


def _initials(name: str) -> str:
    """ "baoangiangonline" → "bago": the folded first letter of every word of a name, its
    lower-case words and those after a hyphen too — a test of its own, unlike
    ``outletforms.initials`` (capitalised words only): a table's short form in capitals
    ("AGO", "BHO") counts a name's kind word and connectors ("Báo An Giang Online")."""
    return "".join(w[0] for w in re.split(r"[\s-]+", fold(name)) if w)


def _acronym(name: str) -> str:
    """ "AGO", "BHO": a short name in capitals, as folded letters ("" when it is not one)."""
    bare = name.strip("() .")
    return fold(bare) if 2 <= len(bare) <= 8 and bare.isupper() and bare.isalpha() else ""


def _initials_word(short: str, full: str) -> bool:
    """ "App" for "Associated Press of Pakistan": an agency's initials written as a word, the
    letters of the full name's capitalised words (its connectors aside)."""
    bare = short.strip("() .")
    capitalised = [w for w in re.split(r"[\s-]+", full) if w[:1].isupper()]
    return (
        2 <= len(bare) <= 8
        and bare.isalpha()
        and bare[:1].isupper()
        and len(capitalised) >= 2
        and (
            fold(bare).lower() == fold(initials(capitalised)).lower()
            or _syllables(fold(bare).lower(), [fold(w).lower() for w in capitalised])
        )
    )


_SYLLABLE_WORDS: Final = 3
_SYLLABLE_LETTERS: Final = 5


def _syllables(letters: str, words: list[str]) -> bool:
    """ "subrei" for "Subsecretaría … Relaciones Económicas Internacionales", "minrex" for
    "Ministerio … Relaciones Exteriores": a short name made of the opening letters of each
    of the name's capitalised words in turn (three words at least, one piece of two letters
    or more, five letters at least), every word used."""
    if len(words) < _SYLLABLE_WORDS or len(letters) < _SYLLABLE_LETTERS:
        return False

    def fits(rest: str, at: int, long_piece: bool) -> bool:
        if at == len(words):
            return not rest and long_piece
        word = words[at]
        return any(
            rest.startswith(word[:n]) and fits(rest[n:], at + 1, long_piece or n >= 2)
            for n in range(1, min(len(word), len(rest)) + 1)
        )

    return fits(letters, 0, False)


# A broadcaster's "TV" stands for these words of its full name ("PT-TH": phát thanh -
# truyền hình).
_TELEVISION: Final = (("truyen", "hinh"), ("television",), ("th",), ("tv",))


def _runs(words: list[str]) -> list[tuple[int, int, str]]:
    """Every run of consecutive words as (start, end, its initials), and "tv" for a run that
    says television."""
    runs = []
    for start in range(len(words)):
        for end in range(start + 1, len(words) + 1):
            runs.append((start, end, "".join(w[0] for w in words[start:end])))
            if tuple(words[start:end]) in _TELEVISION:
                runs.append((start, end, "tv"))
    return runs


def initials_in_name(short: str, full: str) -> bool:
    """ "THP" for "Đài Phát thanh và Truyền hình Hải Phòng", "KGTV" for "Đài … Truyền hình
    Kiên Giang": a station's initials, in pieces each the initials of a run of the full
    name's words ("HP": Hải Phòng; "TV": truyền hình), the pieces in any order, no word used
    twice, one piece naming two words at least and a word of the name's own (its place:
    the capitalised words it ends on, "BTV" for "… Truyền hình Bình Dương") among those
    used."""
    letters = _acronym(short)
    written = re.sub(r"[^\w\s]+", " ", full).split()
    words = [fold(w).lower() for w in written]
    if not letters or len(words) < 3 or len(letters) > len(words):
        return False
    runs = _runs(words)
    own = {len(words) - 1}
    if not full.isupper():
        while min(own) > 0 and written[min(own) - 1][:1].isupper():
            own.add(min(own) - 1)

    def fits(rest: str, used: frozenset[int], long_piece: bool) -> bool:
        if not rest:
            return long_piece and bool(own & used)
        for start, end, piece in runs:
            span = frozenset(range(start, end))
            if (
                rest.startswith(piece)
                and not span & used
                and fits(rest[len(piece) :], used | span, long_piece or end - start >= 2)
            ):
                return True
        return False

    return fits(letters.lower(), frozenset(), False)


def _key(name: str) -> str:
    """A name folded, its punctuation and connectors aside ("Kinh tế & Dự báo" is "Kinh tế
    và Dự báo")."""
    words = re.sub(r"[^\w+]+", " ", fold(name)).split()
    return " ".join(w for w in words if w not in ("va", "and"))


def _canonical(name: str) -> str:
    """The table's name for a name, a short form or a domain ("baox.vn" → "Báo X" when a
    province's paper)."""
    known = current_name(known_outlet(name))  # (a former title groups with today's name)
    if known and _GENERIC.match(name) and not re.search(r"Vi[eệ]t", name):
        return ""  # "Ministry of Foreign Affairs": every state has one; the page names whose
    if known or not HOST.match(name.strip()):
        return known
    named = outlet_of_url(f"https://{name.strip().lower()}")
    return "" if "." in named else named


# An institution named by its kind alone, in English: any state's.
_GENERIC: Final = re.compile(r"^(?:The\s+)?(?:Ministry|Department|Office)\s+of\s", re.IGNORECASE)


def same_outlet(a: str, b: str) -> bool:
    """Whether two names name the same outlet (see the module's docstring)."""
    ka, kb = _canonical(a), _canonical(b)
    if ka and kb:
        return ka == kb or merged_pair(ka, kb)  # ("Báo X" and its merged body of 2025)
    fa, fb = _key(ka or a), _key(kb or b)
    if not fa or not fb:
        return False
    if fa == fb:
        return True
    shorter, longer = sorted((fa, fb), key=len)
    if len(shorter) >= 4 and re.search(rf"(?<!\w){re.escape(shorter)}(?!\w)", longer):
        return True
    for short, full in ((a, b), (b, a)):
        if spells_domain(short, full):
            return True
        letters = _acronym(short)
        # "AGO" for "Báo An Giang Online": the initials of the name, its kind word aside
        if letters and len(full.split()) >= 2 and letters in (_initials(full), _initials(full)[1:]):
            return True
        if _initials_word(short, full) or initials_in_name(short, full):
            return True
    return False


def _spells_domain(domain: str, name: str) -> bool:
    """ "antiguaobserver.com" and "ANTIGUA OBSERVER NEWSPAPER": an address the table lacks
    and the name the page writes it with (the name's letters open on the domain's)."""
    if not HOST.match(domain.strip()) or HOST.match(name.strip()):
        return False
    stem = domain.strip().lower().removeprefix("www.").split(".")[0]
    # ("The White House" spells whitehouse.gov: an article before the name is no part of it)
    letters = "".join(
        ch for ch in fold(re.sub(r"^(?:The|La|Le|El|Die)\s+", "", name)) if ch.isalnum()
    )
    return len(stem) >= 5 and letters.startswith(stem)


def spells_domain(domain: str, name: str) -> bool:
    """Whether a name is the site a domain the table lacks spells ("The White House",
    whitehouse.gov; "Cancillería de Colombia", cancilleria.gov.co; "Ministry of Transport",
    transport.gov.xx: an institution's address spells its name's last, distinctive words;
    "Tạp chí Một Thế Giới", 1thegioi.vn: a figure the name spells as a word)."""
    return any(_spells_name(d, name) for d in (domain, *spelled_domains(domain)))


def _spells_name(domain: str, name: str) -> bool:
    if _spells_domain(domain, name):
        return True
    if not HOST.match(domain.strip()) or HOST.match(name.strip()):
        return False
    stem = domain.strip().lower().removeprefix("www.").split(".")[0].replace("-", "")
    letters = "".join(ch for ch in fold(name) if ch.isalnum())
    return len(stem) >= 6 and len(name.split()) >= 2 and letters.endswith(stem)


def _score(group: list[Claim]) -> float:
    best = max(c.weight for c in group)
    signals = {c.signal for c in group}
    known = any(_canonical(c.name) for c in group)
    return best + (CONFIRMED if len(signals) > 1 else 0.0) + (KNOWN if known else 0.0)


def _shown(group: list[Claim]) -> str:
    """The group's strongest claim (the table's name for it), a full name over initials."""
    full = [
        c
        for c in group
        if not (_acronym(c.name) or any(_initials_word(c.name, o.name) for o in group))
        or _canonical(c.name)
    ] or group
    # (a name the page writes over the bare address it pairs with; over the name the table
    # gives the address, at the same weight: a merged paper keeps its former address)
    full = [c for c in full if _canonical(c.name) or not HOST.match(c.name.strip())] or full
    full = sorted(full, key=lambda c: (-c.weight, c.signal == "address"))
    name = full[0].name  # (claims are grouped strongest first)
    short = _acronym(_canonical(name))
    if full[0].signal == "site name" and short and short == _initials(name):
        # the page declares its name in full where the table knows its initials ("AKP"):
        # the name the page gives itself
        return name
    letters = _acronym(name)
    if (
        full[0].signal == "site name"
        and letters
        and letters.lower() == _initials(_canonical(name)).lower()
    ):
        # the page declares its initials where the table knows them in full ("DW"): the name
        # the page gives itself
        return name
    full_name = _spelled_out(_canonical(name), group)
    if full_name:
        return full_name
    if _canonical(name):
        # a renamed outlet whose page still shows its former title is shown by it, unless
        # one of the page's declarations (site name, "<title>" part, publisher) gives today's
        # name: a footer, masthead or lead left at the former title lags the rename
        former = next((former_name(c.name) for c in group if former_name(c.name)), "")
        if former and not _declares_current(group):
            return former
        return _own_connector(_canonical(name), group)
    # the full name over its short form ("Kinh tế & Dự báo" → "Tạp chí Kinh tế và Dự báo")
    # (a logo's "X | Business", "X · News Agency of Y" is the name and a section or a motto,
    # no longer form of it: a bar or a dot parts them)
    longer = [
        c.name
        for c in full
        if _key(name) in _key(c.name) and not _canonical(c.name) and not _PARTED.search(c.name)
    ]
    # (a short form the table lacks, "Daily Post", held whole by a name it knows, "Vanuatu
    # Daily Post" in the copyright: the known paper, by the table's name)
    known = [_canonical(c.name) for c in group if _canonical(c.name) and _key(name) in _key(c.name)]
    if known and len(longer) <= 1:
        return _own_connector(known[0], group)
    return _own_connector(max(longer, key=len, default=name), group)


_PARTED: Final = re.compile(r"\s[|·•]\s")


def _spelled_out(known: str, group: list[Claim]) -> str:
    """The full name a line writes after the initials the table names an outlet by ("KPL
    Lao News Agency": "Lao News Agency"): the page spells its name out; "" when none does."""
    if not _acronym(known):
        return ""
    return next((spelled_out(c.name) for c in group if spelled_out(c.name)), "")


_DECLARING: Final = frozenset({"site name", "publisher", "title part"})
_MASTHEAD_GUESS: Final = 3  # the rank of a masthead read from its shape (``head``)


def _declares_current(group: list[Claim]) -> bool:
    """Whether one of the page's own declarations (site name, publisher, "<title>" part)
    names a renamed outlet by today's name, or its logo does where they keep the former
    title; in a copy without them, its follow line or masthead."""
    today = {
        c.signal
        for c in group
        if c.signal in _DECLARING and _canonical(c.name) and not former_name(c.name)
    }
    if today:
        return True
    # (the markup's declaration kept at the former title while the page's visible masthead
    # is today's: the logo, redrawn on the rename, names the paper as its readers see it)
    shown_today = any(
        c.signal == "logo" and _canonical(c.name) and not former_name(c.name) for c in group
    )
    if any(c.signal in _DECLARING for c in group):
        return shown_today
    # (a copy without the page's markup, pasted: its visible "Follow X on Google News" or its
    # masthead, the text's strongest line, is where the site names itself, by today's name
    # when it writes a name, not its address, which the paper kept from before the rename;
    # a saved page's masthead, its logo set in words, is that line with its markup kept;
    # a masthead read from its shape, "BÁO X - CƠ QUAN CỦA …", the site's own line too: a
    # text line as strong as a masthead's guess that credits no source; and the copyright
    # line, "Bản quyền thuộc về Báo X", where the site states whose it is today)
    return any(
        (
            c.signal in ("text follow", "logo", "copyright")
            or (c.signal.startswith("text ") and c.weight >= TEXT_BASE - _MASTHEAD_GUESS)
        )
        and _canonical(c.name)
        and not former_name(c.name)
        and not HOST.match(c.name.strip())
        for c in group
    )


def _own_connector(shown: str, group: list[Claim]) -> str:
    """The name with the page's own "&" where the page writes its name so in its masthead or
    declared site name ("Nhà báo & Công luận", not a table's or a footer's "và"); a
    "<title>" part is a headline's short form and does not count."""
    if " và " not in shown:
        return shown
    own = [c for c in group if "&" in c.name and not c.signal.startswith("title")]
    if any(_key(c.name) and _key(c.name) in _key(shown) for c in own):
        return shown.replace(" và ", " & ")
    return shown


def choose_outlet(claims: list[Claim], language: str = "") -> str:
    """The outlet the claims agree on best ("" without claims); on a page in Vietnamese, a
    body's name in Vietnamese over its English name the table does not know."""
    groups: list[list[Claim]] = []
    # strongest first: a group is named by its strongest claim, and a claim joins the group
    # whose strongest claim names the same outlet (never through a third name: "TTXVN" and
    # "Báo X" both inside "TTXVN/Báo X" are not one outlet)
    for claim in sorted(claims, key=lambda c: -c.weight):
        if not claim.name.strip():
            continue
        home = next((g for g in groups if same_outlet(claim.name, g[0].name)), None)
        if home is None:
            groups.append([claim])
        else:
            home.append(claim)
    if not groups:
        return ""
    best = max(enumerate(groups), key=lambda ig: (_score(ig[1]), ig[1][0].weight, -ig[0]))[1]
    shown = _shown(best)
    if language == "vi" and shown.isascii() and not _canonical(shown):
        # ("Vietnam National University of Forestry" in the copyright, "Trường Đại học Lâm
        # nghiệp" in the logo: the page's own language names its publisher)
        own = [g[0].name for g in groups if g is not best and _VI_BODY.match(g[0].name)]
        return own[0] if own else shown
    return shown


# A Vietnamese body's name: its kind in Vietnamese, then its name.
_VI_BODY: Final = re.compile(
    r"^(?:Trường\s+)?(?:Đại\s+học|Học\s+viện|Viện|Cao\s+đẳng|Hội|Hiệp\s+hội|Sở|Bộ|Cục)\s+\S"
)


def text_claims(offers: list[tuple[str, int, bool]]) -> list[Claim]:
    """The text's offers (name, rank, whether a credit) as claims. A credit names where the
    article or its figures come from ("(TTXVN) - …", "Nguồn: …", "Theo …", "Name/Outlet"),
    not who publishes the page: it weighs ``CREDIT`` less than the page's own lines
    (masthead, print header, copyright). "Agency/Outlet" credits the outlet after the
    slash, the agency before it less."""
    claims: list[Claim] = []
    for i, (name, rank, credit) in enumerate(offers):
        weight = TEXT_BASE - rank - (CREDIT if credit else 0.0)
        parts = [p.strip() for p in name.split("/")]
        if len(parts) == 2 and all(parts) and not known_outlet(name):
            claims.append(Claim(parts[1], weight, f"text {i}"))
            claims.append(Claim(parts[0], weight - 1, f"text {i}a"))
        else:
            # (each offer is a signal of its own: two lines naming one outlet confirm it)
            claims.append(Claim(name, weight, f"text {i}"))
    return claims


# "X Online", "X điện tử": a paper's web edition, named by its site.
_WEB_EDITION: Final = re.compile(r"^(?P<name>.+?)\s+(?:Online|điện\s+tử)$", re.IGNORECASE)
_PAPER_DOMAIN: Final = re.compile(r"\bbao(?P<name>[a-z]{3,30})\.(?:vn|com\.vn|org\.vn)\b")


def paper_claims(claims: list[Claim], head: str) -> list[Claim]:
    """The claims with "X Online" read as "Báo X" when the site's address in the text's head
    spells "baox.vn", or another claim names "Báo X": the web edition's name is the site's,
    the paper that runs it ("báo X", as its address says) is the publisher, and every line
    naming the edition names it."""
    domains = {m.group("name") for m in _PAPER_DOMAIN.finditer(head.lower())}
    # (another line naming the paper, "Bản quyền thuộc Báo X", says so as well as its address)
    for claim in claims:
        paper = re.match(r"^Báo\s+(?P<name>.+)$", claim.name, re.IGNORECASE)
        if paper:
            domains.add(_key(paper.group("name")).replace(" ", ""))
    papers: list[Claim] = []
    for claim in claims:
        edition = _WEB_EDITION.match(claim.name)
        if edition and _key(edition.group("name")).replace(" ", "") in domains:
            papers.append(Claim(f"Báo {edition.group('name')}", claim.weight, claim.signal))
        else:
            papers.append(claim)
    return papers


__all__ = [
    "CONFIRMED",
    "DATE_WEIGHTS",
    "KNOWN",
    "TEXT_BASE",
    "WEIGHTS",
    "Claim",
    "choose_author",
    "choose_date",
    "choose_outlet",
    "initials_in_name",
    "paper_claims",
    "same_outlet",
    "spells_domain",
]
