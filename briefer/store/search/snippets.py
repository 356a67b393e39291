"""The query as an FTS5 expression, and the snippet cut around a hit's words."""

from __future__ import annotations

from collections.abc import Sequence

from briefer.store.query import Query, Term, parse_query
from briefer.store.search.hits import SNIPPET_CHARS
from briefer.text.fold import fold, fold_with_map

# ---- snippets ----------------------------------------------------------------------------


def _words_query(words: Sequence[str], prefix: bool) -> Query:
    terms = [Term((w,), (w,)) for w in words]
    if prefix and terms:
        terms[-1] = Term(terms[-1].words, terms[-1].typed, prefix=True)
    return Query(" ".join(words), tuple((t,) for t in terms))


def match_expression(query: str, prefix: bool = True) -> str | None:
    """The FTS5 MATCH expression for ``query``, or None when it has nothing to search for."""
    return parse_query(query, prefix).fts()


def make_snippet(
    text: str,
    words: Sequence[str] | Query,
    prefix: bool = True,
    folded: str | None = None,
) -> tuple[str, tuple[tuple[int, int], ...]]:
    """A window of ``text`` around the first match, with match spans relative to it."""
    query = words if isinstance(words, Query) else _words_query(list(words), prefix)
    spans: list[tuple[int, int]] = []
    if folded is not None and len(folded) == len(text):
        # Usually fold() maps one character to one, so stored folded offsets are the text's
        # own; check each span, since an expanding and a vanishing character can cancel out.
        spans = query.spans(folded)
        if any(fold(text[a:b]) != folded[a:b] for a, b in spans):
            folded = None
    else:
        folded = None
    if folded is None:
        mapped, index = fold_with_map(text)
        spans = [(index[a], index[b - 1] + 1) for a, b in query.spans(mapped) if b > a]
    if not spans:
        return text[:SNIPPET_CHARS], ()
    first = spans[0][0]
    start = max(0, first - SNIPPET_CHARS // 3)
    if start > 0:
        space = text.rfind(" ", 0, start + 1)
        start = space + 1 if space >= 0 and first - space < SNIPPET_CHARS else start
    end = min(len(text), start + SNIPPET_CHARS)
    if end < len(text):
        space = text.rfind(" ", start, end)
        end = space if space > first else end
    window = text[start:end]
    marks = tuple((a - start, b - start) for a, b in spans if a >= start and b <= end)
    lead = "…" if start > 0 else ""
    trail = "…" if end < len(text) else ""
    shift = len(lead)
    return lead + window + trail, tuple((a + shift, b + shift) for a, b in marks)
