"""A standfirst a printed web page sets in small type under its headline (pure).

A PDF prints smaller than its article what its layout adds (a caption, a credit, a box),
and ``clean`` drops those lines. A news site may set its standfirst ("sapo") in a smaller
face too, right under the headline and its date row, above the first paragraph of the
body: a whole sentence that is the story's summary, the article's text. It is known by its
place — the first line kept after the headline, with only furniture already set aside
(a date row, a masthead) between — and its shape: prose that ends a sentence, or a dek's
clause with no stop (:mod:`briefer.ingest.dekshape`) right under the headline, followed by
the body in the article's own size.

This module owns :func:`small_standfirst`.
"""

from __future__ import annotations

from typing import Final

from briefer.ingest.dekshape import dek_clause
from briefer.ingest.found import Line
from briefer.ingest.lines import is_prose

_MIN_WORDS: Final = 12
_ENDS: Final = (".", "!", "?", "…")


_ROW_WORDS: Final = 20


def _row(text: str) -> bool:
    """A byline or date row: a few words that end no sentence."""
    return len(text.split()) <= _ROW_WORDS and not text.rstrip().endswith(_ENDS)


def small_standfirst(lines: list[Line]) -> Line | None:
    """The small-type line under the headline that is the page's standfirst, if any."""
    head = next((i for i, line in enumerate(lines) if line.reason == "title"), None)
    if head is None:
        return None
    after = [line for line in lines[head + 1 :] if line.kept]
    if len(after) < 2:
        return None
    lead, body = after[0], after[1]
    summary = (
        is_prose(lead.text)
        and lead.text.rstrip().endswith(_ENDS)
        and len(lead.text.split()) >= _MIN_WORDS
    )
    # (a dek stands right under the headline: nothing set aside between them; its byline or
    # date row, small too, may stand between it and the body)
    dek = lines[head + 1] is lead and dek_clause(lead.text)
    if dek and body.small and _row(body.text) and len(after) > 2:
        body = after[2]
    return (
        lead
        if lead.small
        and (summary or dek)
        and not body.small
        and not body.large
        and is_prose(body.text)
        else None
    )


__all__ = ["small_standfirst"]
