"""A pair's stored texts as word-triple postings packed in sorted integer arrays (pure).

Near-duplicate matching counts, for a candidate, the word triples each stored text shares
with it. Holding every text's triples as Python tuples of strings took ~200 bytes a triple:
162 MB for one pair of a 300,000-fact store, 386 MB at 1,000,000. Here each (triple, text)
posting is one 64-bit integer (the triple's hash above the text's number), in 256 sorted
arrays: ~8 bytes a posting, looked up by bisection. The texts themselves are not held: a
text whose counted triples reach the threshold is read again and checked exactly
(:meth:`PairWords.near`), so a hash collision can never make a match.
"""

from __future__ import annotations

from array import array
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Iterable
from typing import Final

_BUCKET_BITS: Final = 8
_ID_BITS: Final = 24  # texts one index can number (16,777,216)
_KEY_BITS: Final = 63 - _ID_BITS  # hash bits kept beside the bucket's
_ID_MASK: Final = (1 << _ID_BITS) - 1
MAX_TEXTS: Final = 1 << _ID_BITS

Shingle = tuple[str, ...]


def _hash(shingle: Shingle) -> int:
    return hash(shingle) & ((1 << (_KEY_BITS + _BUCKET_BITS)) - 1)


class PairWords:
    """Postings of many texts: (owner, text reference) per text, its triples' hashes."""

    def __init__(self) -> None:
        self.owners = array("q")  # per text: the caller's number for what holds it (a fact)
        self.refs = array("q")  # per text: the caller's reference to read it again
        self.sizes = array("i")  # per text: its number of distinct word triples
        self.postings = 0  # (triple, text) pairs held: 8 bytes each
        self._pending: list[array[int]] = [array("q") for _ in range(1 << _BUCKET_BITS)]
        self._buckets: list[array[int]] = []

    def __len__(self) -> int:
        return len(self.owners)

    def add(self, owner: int, ref: int, shingles: set[Shingle]) -> None:
        """Add one text (call :meth:`seal` after the last)."""
        number = len(self.owners)
        if number >= MAX_TEXTS:
            raise OverflowError("too many texts for one index")
        self.owners.append(owner)
        self.refs.append(ref)
        self.sizes.append(len(shingles))
        keys = {_hash(s) for s in shingles}
        self.postings += len(keys)
        for key in keys:
            self._pending[key & ((1 << _BUCKET_BITS) - 1)].append(
                (key >> _BUCKET_BITS) << _ID_BITS | number
            )

    def seal(self) -> None:
        """Sort the postings, one bucket at a time (no list of them all is ever made)."""
        self._buckets = [array("q", sorted(bucket)) for bucket in self._pending]
        self._pending = []

    def counts(self, shingles: set[Shingle]) -> Counter[int]:
        """Per text number, how many of ``shingles`` it may hold (never fewer than it does)."""
        found: Counter[int] = Counter()
        if not self.owners:
            return found
        for shingle in shingles:
            key = _hash(shingle)
            bucket = self._buckets[key & ((1 << _BUCKET_BITS) - 1)]
            want = key >> _BUCKET_BITS
            at = bisect_left(bucket, want << _ID_BITS)
            while at < len(bucket) and bucket[at] >> _ID_BITS == want:
                found[bucket[at] & _ID_MASK] += 1
                at += 1
        return found

    def near(
        self,
        shingles: set[Shingle],
        is_near: Callable[[int, int, int], bool],
        text_of: Callable[[int], str],
        shingles_of: Callable[[str], set[Shingle]],
    ) -> Iterable[int]:
        """The owners of texts near ``shingles`` by ``is_near(shared, size, mine)``, checked
        on the text itself (read again through ``text_of``)."""
        for number, count in self.counts(shingles).items():
            if not is_near(count, self.sizes[number], len(shingles)):
                continue
            theirs = shingles_of(text_of(self.refs[number]))
            if is_near(len(shingles & theirs), len(theirs), len(shingles)):
                yield self.owners[number]


__all__ = ["MAX_TEXTS", "PairWords"]
