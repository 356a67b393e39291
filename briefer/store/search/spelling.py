"""Near spellings: when nothing matches as typed, the indexed words nearest to the unknown ones."""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefer.store.query import Query, Term

if TYPE_CHECKING:
    from briefer.store.reader import Reader

# ---- near spellings -----------------------------------------------------------------------


def _distance(a: str, b: str, limit: int) -> int:
    """Edit distance with transpositions (Damerau), or ``limit + 1`` once it exceeds it."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    before: list[int] = []
    row = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        current = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            current[j] = min(row[j] + 1, current[j - 1] + 1, row[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                current[j] = min(current[j], before[j - 2] + 1)
        if min(current) > limit:
            return limit + 1
        before, row = row, current
    return row[-1]


def _vocabulary(db: Reader, table: str) -> str:
    """A temporary fts5vocab table over ``table`` (this connection only; the store is unchanged)."""
    name = f"briefer_vocab_{table}"
    db.execute(
        f"CREATE VIRTUAL TABLE IF NOT EXISTS temp.{name} USING fts5vocab(main, {table}, row)"
    )
    return f"temp.{name}"


NEAR_WORDS = 3  # near spellings tried for one word
MAX_UNKNOWN = 2  # more unknown words than this is not a misspelling: no near spellings


def near_spellings(db: Reader, query: Query) -> Query | None:
    """``query`` with each word the index does not know replaced by the indexed words
    nearest to it (one edit, two for words of seven letters or more; same first letter; a
    word being typed may also be near the start of a word), or None when every word is
    known, more than MAX_UNKNOWN words are unknown (that is not a misspelling), or no near
    word exists."""
    tables = [_vocabulary(db, "fact_fts"), _vocabulary(db, "source_fts")]

    def known(term: Term) -> bool:
        if term.codes or len(term.words) != 1 or len(term.words[0]) < 4:
            return True  # phrases, country names and short words are left as typed
        word = term.words[0]
        # A word being typed is known when some indexed word starts with it.
        upper = word + "\uffff" if term.prefix else word + "\x00"
        return any(
            db.execute(f"SELECT 1 FROM {t} WHERE term >= ? AND term < ?", [word, upper]).fetchone()
            for t in tables
        )

    unknown = [t for t in query.terms if not known(t)]
    if not unknown or len(unknown) > MAX_UNKNOWN:
        return None
    replacements: dict[int, list[Term]] = {}
    for term in unknown:
        word = term.words[0]
        limit = 2 if len(word) >= 7 else 1
        found: dict[str, tuple[int, int]] = {}
        for t in tables:
            rows = db.execute(
                f"SELECT term, doc FROM {t} WHERE term >= ? AND term < ?",
                [word[0], chr(ord(word[0]) + 1)],
            ).fetchall()
            for candidate, docs in rows:
                distance = _distance(word, candidate, limit)
                if term.prefix and distance > limit:  # perhaps still being typed
                    distance = _distance(word, candidate[: len(word)], limit)
                if distance <= limit:
                    best = found.get(candidate, (distance, 0))
                    found[candidate] = (distance, best[1] + docs)
        nearest = sorted(found, key=lambda w: (found[w][0], -found[w][1]))[:NEAR_WORDS]
        if nearest:
            replacements[id(term)] = [Term((w,), (w,)) for w in nearest]
    if not replacements:
        return None
    groups = tuple(
        tuple(r for t in group for r in replacements.get(id(t), [t])) for group in query.groups
    )
    return Query(query.text, groups, query.excluded)
