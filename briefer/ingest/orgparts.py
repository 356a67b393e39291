"""Which words of an outlet's claim name an organisation (pure).

Owns two rules about a name a reader handed over as the outlet:

- a name of parts joined by a bar or a dot ("Republic of X | Government Information
  Service", "TRADE OFFICE OF VIET NAM IN X | Kiêm nhiệm Y"): the outlet is the part that
  names an organisation; a part that is only a country's name (in its state style or not)
  or a note of the other countries the office covers ("kiêm nhiệm Y", "also accredited to
  Y") names none (:func:`organisation_part`);
- a label and a way to reach someone ("For enquiries: desk@x.org", "Hotline: +1 …",
  "Website: x.org"): a contact field, never an outlet's name (:func:`contact_field`).
"""

from __future__ import annotations

import re
from typing import Final

from briefer.ingest.countries import BY_CODE, country_of_name
from briefer.ingest.found import name_case
from briefer.text.fold import fold

# A bar or a dot between spaces parts a logo's or a masthead's names (a hyphen does not: "Hội
# X - Y" is one name).
_PARTS: Final = re.compile(r"\s+[|·•]\s+")
# A note of the other states an office covers, after its own name.
_ACCREDITATION: Final = re.compile(
    r"^\(?(?:kiêm\s+nhiệm|(?:also|concurrently|jointly)\s+accredited\s+to|accredited\s+to"
    r"|also\s+covering|covering)\s+\S",
    re.IGNORECASE,
)
_ARTICLE: Final = re.compile(r"^the\s+", re.IGNORECASE)


def _state_only(part: str) -> bool:
    """Whether a part is only a country's name, in its state style or not, in any case
    ("Republic of X", "REPUBLIC OF X", "Cộng hòa X", "X")."""
    bare = _ARTICLE.sub("", part.strip())
    cased = name_case(bare)
    # (an English style in capitals, cased: "REPUBLIC OF X" → "Republic of X")
    styled = re.sub(r"\b(Of|The|And)\b", lambda m: m.group().lower(), cased)
    codes = {country_of_name(p) for p in (bare, cased, styled)} - {""}
    if len(bare.split()) > 1:
        return bool(codes)
    # (one word is a state's name only as the name itself: "Vietnamese" after a bar is a
    # language's edition, no state)
    names = {fold(n).lower() for c in codes for n in (BY_CODE[c].name_en, BY_CODE[c].name_vi)}
    return fold(bare).lower() in names


def accreditation_note(text: str) -> bool:
    """ "Concurrently accredited to Y and Z", "(kiêm nhiệm Y)": a note of the other states an
    office covers, alone or as a part of its name's line."""
    return bool(_ACCREDITATION.match(text.strip()))


def _no_organisation(part: str) -> bool:
    return _state_only(part) or accreditation_note(part)


def organisation_part(name: str) -> str:
    """``name`` without its parts that name no organisation (a state, an accreditation
    note); ``name`` as given when it has no such part, or has nothing else."""
    parts = _PARTS.split(name.strip())
    if len(parts) < 2:
        return name
    kept = [p for p in parts if not _no_organisation(p)]
    return " | ".join(kept) if kept and len(kept) < len(parts) else name


# "For enquiries: x@y.org", "Hotline: +84 …", "Website: www.x.org": a label, then an e-mail,
# a telephone number or a web address (and more such cells after a bar).
_CONTACT_FIELD: Final = re.compile(
    r"^[^\W\d_][^:|]{0,40}:\s*(?:\S+@\S+\.\w+|\+?\(?\d[\d\s().-]{5,}\d|(?:https?://|www\.)\S+"
    r"|[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}(?:/\S*)?)\s*(?:$|[|·•;,])",
    re.IGNORECASE,
)


def contact_field(name: str) -> bool:
    """Whether a name is a label and a contact (an e-mail, a telephone, a web address)."""
    return bool(_CONTACT_FIELD.match(name.strip()))


__all__ = ["accreditation_note", "contact_field", "organisation_part"]
