"""What a search query means, as users of search boxes expect.

Owns :func:`parse_query` and :class:`Query`:

- every word must match (AND), in any order: ``Doan dai bieu``;
- ``"…"`` is an exact phrase (its words adjacent, in order): ``"đại biểu"``;
- ``OR`` (upper case, between two terms) makes them alternatives: ``Chile OR Peru``;
- ``-word`` (or ``-"a phrase"``) excludes: ``APEC -Peru``;
- the last bare word matches as a prefix while it is being typed (no space after it yet);
- words are folded (tone marks, case, đ/Đ/Ð → d), so matching never depends on accents;
  the accents a query *does* carry are kept, so ranking can prefer text written the same way.

A word typed with a joiner (``Việt-Nam``, ``1,3``) is a phrase of its parts, as FTS5 reads it.
The FTS5 expression quotes every word, so nothing a user types is read as FTS5 syntax; the
same terms are checked again in Python on each candidate text (per field and per passage),
which FTS5 cannot do for a source body as a whole.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from functools import cached_property
from typing import Final

from briefer.errors import InputError
from briefer.text.fold import tokens
from briefer.text.normalize import normalize

MAX_QUERY_CHARS: Final = 1000
MAX_QUERY_TERMS: Final = 32

_PIECE: Final = re.compile(r'(-?)"([^"]*)"?|(\S+)')
_LETTERS: Final = r"[^\W_]"
_WORD_CHARS: Final = re.compile(r"[^\W_]+")
_BETWEEN: Final = r"(?![^\W_])[\W_]+"  # the separators between the words of a phrase


def _compile(words: tuple[str, ...], prefix: bool) -> re.Pattern[str]:
    """Whole words (the last one a prefix when ``prefix``), any separators between them."""
    body = _BETWEEN.join(re.escape(w) for w in words)
    tail = rf"{_LETTERS}*" if prefix else rf"(?!{_LETTERS})"
    return re.compile(rf"(?<!{_LETTERS}){body}{tail}")


@dataclass(frozen=True)
class Term:
    """One word or phrase: its folded words, and the words as typed (lower case, NFC)."""

    words: tuple[str, ...]
    typed: tuple[str, ...]
    prefix: bool = False  # the last word matches as a prefix
    quoted: bool = False  # typed in quotes (an explicit phrase)
    # A country's name: a fact of a pair with this country matches it even when its
    # statement does not name it ("Hai nước ký …" in a Việt Nam – Australia fact).
    codes: tuple[str, ...] = ()

    @property
    def accented(self) -> bool:
        """The user typed marks (or đ): text written the same way is preferred."""
        return any(t != w for t, w in zip(self.typed, self.words, strict=True))

    def fts(self) -> str:
        body = '"' + " ".join(self.words) + '"'
        return body + "*" if self.prefix else body

    @cached_property
    def pattern(self) -> re.Pattern[str]:
        """The term on folded text: whole words (the last a prefix), any separators between."""
        return _compile(self.words, self.prefix)

    @cached_property
    def typed_pattern(self) -> re.Pattern[str]:
        """The term as typed, accents and all, on lower-cased original text."""
        return _compile(self.typed, self.prefix)


@dataclass(frozen=True)
class Query:
    """A parsed query: every group must match (a group is one term or OR-alternatives)."""

    text: str
    groups: tuple[tuple[Term, ...], ...]
    excluded: tuple[Term, ...] = ()

    @property
    def empty(self) -> bool:
        return not self.groups

    @property
    def terms(self) -> tuple[Term, ...]:
        return tuple(t for group in self.groups for t in group)

    @property
    def words(self) -> list[str]:
        """Every folded word the query looks for (for highlighting and simple uses)."""
        return [w for t in self.terms for w in t.words]

    def fts(self, negate: bool = True, columns: str = "", codes_column: str = "") -> str | None:
        """The FTS5 MATCH expression (None when there is nothing to search for).

        ``negate=False`` leaves out the exclusions, for documents (source bodies) whose
        passages are checked one by one afterwards. ``columns`` (e.g. ``{a b}``) limits the
        words to those columns; ``codes_column`` lets a country's name match its code there.
        """
        if self.empty:
            return None
        scope = f"{columns} : " if columns else ""
        parts = []
        for group in self.groups:
            words = [t.fts() for t in group]
            text = words[0] if len(words) == 1 else f"({' OR '.join(words)})"
            codes = sorted({c.lower() for t in group for c in t.codes}) if codes_column else []
            if codes:
                alternatives = " OR ".join(f'{codes_column} : "{c}"' for c in codes)
                parts.append(f"({scope}{text} OR {alternatives})")
            else:
                parts.append(f"{scope}{text}")
        expression = " AND ".join(parts)
        if negate and self.excluded:
            expression = f"({expression})" + "".join(
                f" NOT {scope}{t.fts()}" for t in self.excluded
            )
        return expression

    def matches(self, folded: str, codes: Collection[str] = ()) -> bool:
        """Whether ``folded`` text satisfies the whole query (groups and exclusions).

        ``codes`` are the country codes of the text's fact pair, for country-name groups.
        """
        if self.empty:
            return False
        have = frozenset(codes)
        for group in self.groups:
            if not any(t.pattern.search(folded) or not have.isdisjoint(t.codes) for t in group):
                return False
        return not any(t.pattern.search(folded) for t in self.excluded)

    def in_text(self, folded: str) -> bool:
        """Whether every group is found in the text itself (not only through a pair)."""
        return all(any(t.pattern.search(folded) for t in group) for group in self.groups)

    def with_countries(self, names: Mapping[tuple[str, ...], str]) -> Query:
        """The query with country names (folded words → code) marked as country groups.

        A name may span several typed words ("Nhat Ban", "New Zealand"); those single-word
        groups become one phrase group that also matches facts of that country's pair.
        """
        if not names or self.empty:
            return self
        longest = max(len(k) for k in names)
        groups = list(self.groups)
        out: list[tuple[Term, ...]] = []
        i = 0
        while i < len(groups):
            found = None
            for size in range(min(longest, len(groups) - i), 0, -1):
                run = groups[i : i + size]
                if size > 1 and any(len(g) != 1 or g[0].quoted for g in run):
                    continue
                if size == 1 and len(run[0]) != 1:
                    continue
                words = tuple(w for g in run for w in g[0].words)
                if words in names:
                    found = (size, words, names[words])
                    break
            if found is None:
                out.append(groups[i])
                i += 1
                continue
            size, words, code = found
            run = groups[i : i + size]
            typed = tuple(w for g in run for w in g[0].typed)
            last = run[-1][0]
            out.append((Term(words, typed, last.prefix, quoted=run[0][0].quoted, codes=(code,)),))
            i += size
        return Query(self.text, tuple(out), self.excluded)

    def spans(self, folded: str) -> list[tuple[int, int]]:
        """Where the query's terms match in ``folded``, in order (overlaps merged)."""
        found = sorted(m.span() for t in self.terms for m in t.pattern.finditer(folded))
        merged: list[tuple[int, int]] = []
        for start, end in found:
            if merged and start <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
            else:
                merged.append((start, end))
        return merged

    def phrase(self) -> re.Pattern[str] | None:
        """All the bare words of a multi-word query, adjacent and in the order typed."""
        bare = [t for t in self.terms if not t.quoted]
        words = [w for t in bare for w in t.words]
        if len(self.terms) < 2 or len(words) < 2:
            return None
        prefix = bool(bare) and bare[-1].prefix
        return Term(tuple(words), tuple(words), prefix=prefix).pattern


def _term(text: str, quoted: bool) -> Term | None:
    typed = tuple(_WORD_CHARS.findall(normalize(text).lower()))
    words = tuple(tokens(text))
    if not words:
        return None
    if len(typed) != len(words):  # a letter that folds into two words; keep it plain
        typed = words
    return Term(words, typed, quoted=quoted)


def parse_query(text: str, prefix: bool = True) -> Query:
    """Parse what a user typed; a query too long to be a search is one clear error."""
    if len(text) > MAX_QUERY_CHARS:
        raise InputError(
            f"A search can be at most {MAX_QUERY_CHARS:,} characters long "
            f"(this one has {len(text):,}); search for a few words."
        )
    groups: list[list[Term]] = []
    excluded: list[Term] = []
    join_next = False
    last_bare: tuple[int, int] | None = None  # (group, alternative) of the trailing bare word
    pieces = list(_PIECE.finditer(text))
    for i, piece in enumerate(pieces):
        minus, phrase, bare = piece.group(1), piece.group(2), piece.group(3)
        last_bare = None
        if bare == "OR":
            join_next = bool(groups)
            continue
        negated = bool(minus) or (bare is not None and bare.startswith("-") and len(bare) > 1)
        if bare is not None and negated:
            bare = bare[1:]
        term = _term(phrase if phrase is not None else bare, quoted=phrase is not None)
        if term is None:
            continue
        if negated:
            excluded.append(term)
            join_next = False
            continue
        if join_next and groups:
            groups[-1].append(term)
        else:
            groups.append([term])
        join_next = False
        if phrase is None and i == len(pieces) - 1:
            last_bare = (len(groups) - 1, len(groups[-1]) - 1)
    count = sum(len(g) for g in groups) + len(excluded)
    if count > MAX_QUERY_TERMS:
        raise InputError(
            f"A search can have at most {MAX_QUERY_TERMS} words or phrases "
            f"(this one has {count}); search for a few words."
        )
    # Search as you type: the word being typed is a prefix until a space ends it.
    if prefix and last_bare is not None and not text[-1:].isspace():
        g, a = last_bare
        groups[g][a] = Term(
            groups[g][a].words, groups[g][a].typed, prefix=True, quoted=groups[g][a].quoted
        )
    return Query(text, tuple(tuple(g) for g in groups), tuple(excluded))


__all__ = ["MAX_QUERY_CHARS", "MAX_QUERY_TERMS", "Query", "Term", "parse_query"]
