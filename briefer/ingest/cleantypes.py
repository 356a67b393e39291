"""What cleaning gives: the article's body, what went and why, and what the text tells
about the article (title, outlet, author, day, countries). Split from
:mod:`briefer.ingest.clean`, which makes them (and names them for its callers).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Removed:
    """A line or paragraph that is not article text, and why it went."""

    text: str
    reason: str


@dataclass(frozen=True, slots=True)
class Metadata:
    """What the text tells about the article."""

    title: str = ""
    outlet: str = ""
    author: str = ""
    url: str = ""
    published_on: str = ""  # ISO, possibly partial: "2024-08-25", "2024"
    context_year: int | None = None  # the year dates without one belong to
    countries: tuple[str, ...] = ()  # ISO codes named in title and body, most named first
    language: str = "vi"
    # Foreign countries, most named first (a name in the title counts double, as in
    # countries.ranked_partners): the pair guesses, main partner first.
    partners: tuple[str, ...] = ()
    kind: str = "article"  # "note" for an administrative document (it has a letterhead)
    number: str = ""  # an administrative document's number ("15/BNG-CÂ")
    outlet_offers: tuple[tuple[str, int, bool], ...] = ()  # every outlet named: rank, credit


@dataclass(frozen=True, slots=True)
class Cleaned:
    body: str
    removed: list[Removed]
    title: str
    metadata: Metadata
    raw: str = ""

    @property
    def paragraphs(self) -> list[str]:
        return self.body.split("\n\n") if self.body else []


__all__ = ["Cleaned", "Metadata", "Removed"]
