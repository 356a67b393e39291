"""A web domain whose label writes a number in figures, as its site's name spells it (pure).

A site may write a number of its name in figures in its address ("1thegioi.vn" for "Một Thế
Giới", "2backs.com" for "Two Backs"): the name the page prints spells the figure out in its
own language. This module gives the domain with its figures spelled, so the name can be
matched letter for letter as any other name is to its address.

This module owns :func:`spelled_domains`.
"""

from __future__ import annotations

import re
from typing import Final

# A figure's word in Vietnamese and in English, folded (no tone marks), as names spell them.
_WORDS: Final[dict[str, tuple[str, ...]]] = {
    "0": ("khong", "zero"),
    "1": ("mot", "one"),
    "2": ("hai", "two"),
    "3": ("ba", "three"),
    "4": ("bon", "four"),
    "5": ("nam", "five"),
    "6": ("sau", "six"),
    "7": ("bay", "seven"),
    "8": ("tam", "eight"),
    "9": ("chin", "nine"),
}
_MAX_FIGURES: Final = 2  # ("24h", "1thegioi": a name's number is short; a code's is not)


def spelled_domains(domain: str) -> list[str]:
    """The domain with each figure of its first label spelled as a word ("1thegioi.vn" →
    ["motthegioi.vn", "onethegioi.vn"]); [] when the label holds no figure or too many."""
    label, dot, rest = domain.strip().lower().removeprefix("www.").partition(".")
    figures = re.findall(r"\d", label)
    if not dot or not figures or len(figures) > _MAX_FIGURES or label.isdigit():
        return []
    pieces = re.split(r"(\d)", label)
    options = [_WORDS[p] if p.isdigit() else (p,) for p in pieces]
    # (one language for the whole name: "motthegioi", "onethegioi", not mixed)
    spelled = {
        "".join(p if len(o) == 1 else o[lang] for p, o in zip(pieces, options, strict=True))
        for lang in range(2)
    }
    return [f"{s}.{rest}" for s in sorted(spelled)]


__all__ = ["spelled_domains"]
