"""The paper a colophon's owner stands for (pure): "Cơ quan chủ quản: Trung ương Hội X" on a
page whose masthead is an image names the one paper that body owns (``outlet_table.OWNERS``).
Owns reading the owner off a colophon line (alone, or before the editor, licence and
address the line goes on to state) and the look-up; an owner of several papers names none."""

from __future__ import annotations

import re
from functools import cache
from typing import Final

from briefer.ingest.outlet_table import OWNERS
from briefer.ingest.outletnames import known_outlet
from briefer.text.fold import fold

# "Cơ quan chủ quản: X", "Đơn vị chủ quản: X", then the line's end or the next statement
# (". Tổng biên tập: …", " · 65 Quán Sứ …", ". Giấy phép số …"); a city's "TP." or "TP.HCM"
# inside the name does not end it.
_OWNER_LINE: Final = re.compile(
    r"^(?:Cơ\s+quan|Đơn\s+vị)\s+chủ\s+quản\s*:\s*(?P<name>(?:\bTP\.\s*|[^.;|·:]|\.(?=\w)){3,90}?)\s*(?:[.;|·]\s|[.]?$)",
    re.IGNORECASE,
)


def _key(name: str) -> str:
    # ("TP.HCM", "TP. Hồ Chí Minh", "Thành phố Hồ Chí Minh": one city however written)
    folded = " ".join(re.sub(r"[^\w]+", " ", fold(name)).split())
    return re.sub(r"\b(?:tp hcm|tp ho chi minh|thanh pho ho chi minh)\b", "tphcm", folded)


def _owned() -> dict[str, str]:
    papers: dict[str, set[str]] = {}
    for paper, owners in OWNERS:
        for owner in owners:
            papers.setdefault(_key(owner), set()).add(paper)
    return {owner: next(iter(p)) for owner, p in papers.items() if len(p) == 1}


_OWNED: Final = _owned()


def owned_paper(text: str) -> str:
    """The paper a colophon line's owner owns alone ("Cơ quan chủ quản: Trung ương Hội Liên
    hiệp Thanh niên Việt Nam. Tổng biên tập: …" → "Thanh Niên"); "" for any other line."""
    match = _OWNER_LINE.match(text.strip())
    return _OWNED.get(_key(match.group("name")), "") if match else ""


def owned_by(paper: str, owner: str) -> bool:
    """Whether ``owner`` (a name the outlet table knows, in any of its forms: "VNA") owns
    ``paper`` ("Vietnam+"): a credit to it on that paper is the house's own."""
    house, own = known_outlet(owner), known_outlet(paper)
    return bool(house and own) and (own, house) in _owned_by()


@cache
def _owned_by() -> frozenset[tuple[str, str]]:
    """(paper, owner) in the outlet table's own names, built once (on first use: the table's
    names are read through ``known_outlet``)."""
    return frozenset(
        (known_outlet(paper), known_outlet(owner)) for paper, owners in OWNERS for owner in owners
    )


# "Cơ quan ngôn luận của Bộ X", "CƠ QUAN CỦA BỘ X": a line stating only whose organ the site is.
_ORGAN_LINE: Final = re.compile(
    r"^Cơ\s+quan\s+(?:ngôn\s+luận\s+)?(?:trung\s+ương\s+)?(?:của|thuộc)\s+(?P<name>[^.;|·:]{3,90}?)\.?$",
    re.IGNORECASE,
)


def organ_paper(text: str) -> str:
    """The paper a line stating only whose organ the site is names ("Cơ quan ngôn luận của
    Bộ X" → Bộ X's one paper); "" for any other line."""
    match = _ORGAN_LINE.match(text.strip())
    return _OWNED.get(_key(match.group("name")), "") if match else ""
