"""Accent-insensitive, đ-aware search over facts, their quotes and source passages.

What a query means is :mod:`briefer.store.query`'s job (AND by default, ``"phrase"``, ``OR``,
``-word``, prefix on the word being typed). This module finds and ranks:

- **where it matches**: a fact's statement (Vietnamese or English) ranks above the quote
  that supports it, which ranks above any other passage (paragraph) of a source, or a
  source's title. The whole query must match inside one field or one passage: a three-word
  query never returns a passage holding only one of its words.
- **one hit per passage**: a passage whose quote already brought its fact up is not listed
  again as a source hit, and a paragraph that a source repeats (or that two sources share)
  is listed once.
- **how well**: the query's bare words as a phrase in the order typed, the accents typed
  (an accented query prefers text written with the same accents), a word typed in full;
  then, at equal match, approved before draft before retired, and newer before older.
- **filters that filter**: pair, topic, kind, status and date narrow the candidates before
  ranking and limiting. A source belongs to the pairs and topics of the facts that cite it.
- **countries**: a partner country's name (from the store's country table) also matches
  the facts of its pair, whose statements often say only "hai nước" (text naming it ranks
  first).
- **near spellings**: when nothing matches as typed, words the index does not know are
  replaced by the nearest indexed words, and the hits say so (``approximate``).

``SearchHit.score`` is higher for a better hit, and the hits come in that order.

Speed: FTS5 finds the newest candidates page by page (a rowid walk, well under a
millisecond per page; SQLite's bm25 walks each term's whole doclist instead), and the
checks and ranking above run in Python on those candidates only.
"""

from typing import TYPE_CHECKING

from briefer.lazy import lazy_attributes

if TYPE_CHECKING:  # what the names are, for type checkers
    from briefer.store.search.finder import fts_in_sync, search, search_facts, search_sources
    from briefer.store.search.hits import (
        MAX_PAGES,
        NO_FILTERS,
        PAGE,
        SNIPPET_CHARS,
        STATUS_POINTS,
        TIERS,
        SearchFilters,
        SearchHit,
    )
    from briefer.store.search.snippets import make_snippet, match_expression
    from briefer.store.search.spelling import near_spellings

# Loaded on first use: a command that never searches (``pairs``, ``facts``) does not load
# the finder, the ranking and the spelling index (~7 ms of its start-up).
_HOMES = {
    **dict.fromkeys(("fts_in_sync", "search", "search_facts", "search_sources"), "finder"),
    **dict.fromkeys(
        ("MAX_PAGES", "NO_FILTERS", "PAGE", "SNIPPET_CHARS", "STATUS_POINTS", "TIERS"), "hits"
    ),
    "SearchFilters": "hits",
    "SearchHit": "hits",
    "make_snippet": "snippets",
    "match_expression": "snippets",
    "near_spellings": "spelling",
}

__getattr__ = lazy_attributes(__name__, _HOMES)

__all__ = [
    "MAX_PAGES",
    "NO_FILTERS",
    "PAGE",
    "SNIPPET_CHARS",
    "STATUS_POINTS",
    "TIERS",
    "SearchFilters",
    "SearchHit",
    "fts_in_sync",
    "make_snippet",
    "match_expression",
    "near_spellings",
    "search",
    "search_facts",
    "search_sources",
]
