"""Keys that find an article the store already holds, however it arrived (import, fact pack, sync).

An article is the same when its URL is the same (scheme, ``www.``, a trailing slash, the
fragment and ``utm_*`` parameters aside) or its text is: the SHA-256 of the text with case,
blanks and punctuation set aside, taken of both the cleaned body and the raw text, so a
demo-pack article cleaned by hand is still found when its original page is imported again.

The keys live in ``source_key`` (migration ``0009_import_duplicates``). Sources written by
other paths (packs, sync) have none at first: :class:`KeyIndex` keys them as it goes.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable
from typing import Final
from urllib.parse import parse_qsl, urlencode, urlsplit

from sqlite_utils import Database

from briefer.text.normalize import normalize

_NOT_WORD: Final = re.compile(r"[\W_]+")
_MIN_TEXT: Final = 40  # characters of words: shorter texts are too common to mean "same"


def url_key(url: str) -> str:
    """ "https://www.vov.vn/a/b/?utm_source=x#top" → "url:vov.vn/a/b"."""
    url = url.strip()
    if not url:
        return ""
    try:
        parts = urlsplit(url if "://" in url else f"http://{url}")
        host = (parts.hostname or "").lower().removeprefix("www.")
    except ValueError:
        return ""
    if not host:
        return ""
    query = [(k, v) for k, v in parse_qsl(parts.query) if not k.lower().startswith("utm_")]
    path = parts.path.rstrip("/")
    return f"url:{host}{path}" + (f"?{urlencode(sorted(query))}" if query else "")


def text_key(text: str) -> str:
    if not text.isascii() and not unicodedata.is_normalized("NFC", text):
        text = normalize(text)
    words = _NOT_WORD.sub(" ", text.casefold()).strip()
    if len(words) < _MIN_TEXT:
        return ""
    return "text:" + hashlib.sha256(words.encode("utf-8")).hexdigest()


def keys_of(url: str, *texts: str) -> list[str]:
    keys = [url_key(url), *(text_key(t) for t in texts)]
    return list(dict.fromkeys(k for k in keys if k))


def _unkeyed(db: Database) -> list[tuple[int, list[str]]]:
    rows = db.execute(
        "SELECT id, url, body, raw FROM source "
        "WHERE id NOT IN (SELECT source_id FROM source_key) ORDER BY id"
    ).fetchall()
    return [(int(i), keys_of(url or "", body or "", raw or "")) for i, url, body, raw in rows]


def add(db: Database, source_id: int, keys: Iterable[str]) -> None:
    for key in keys:
        db.execute(
            "INSERT OR IGNORE INTO source_key (key, source_id) VALUES (?, ?)", [key, source_id]
        )


class KeyIndex:
    """The keys of the store's sources, for one import run.

    Sources that came by other paths (packs, sync) have no keys yet: they are keyed in
    memory when the run starts (reading only), found like the others, and their keys are
    written with the next source the run writes, in that source's transaction, so looking
    for a duplicate never writes on its own (and never waits for another writer).
    """

    def __init__(self, db: Database) -> None:
        self.db = db
        self.pending = _unkeyed(db)
        self.in_memory = {key: source_id for source_id, keys in self.pending for key in keys}

    def find(self, keys: Iterable[str]) -> tuple[int, str] | None:
        """(source id, the key that matched) of a stored source with one of ``keys``."""
        for key in keys:
            if key in self.in_memory:
                return self.in_memory[key], key
            row = self.db.execute(
                "SELECT source_id FROM source_key WHERE key = ? ORDER BY source_id LIMIT 1", [key]
            ).fetchone()
            if row is not None:
                return int(row[0]), key
        return None

    def write(self, source_id: int, keys: Iterable[str]) -> None:
        """Inside the caller's transaction: the new source's keys, and the pending ones."""
        add(self.db, source_id, keys)
        for pending_id, pending_keys in self.pending:
            add(self.db, pending_id, pending_keys)

    def written(self) -> None:
        """After the caller's transaction committed."""
        self.pending = []
        self.in_memory = {}


__all__ = ["KeyIndex", "add", "keys_of", "text_key", "url_key"]
