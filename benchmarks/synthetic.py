"""A synthetic large store for the benchmarks: Vietnamese-like text with diacritics.

Words are built from real Vietnamese onsets, rhymes and tones, drawn with a Zipf-like
frequency so that some words are very common (as "Việt Nam" is in real briefs) and most
are rare. Deterministic for a given seed.
"""

from __future__ import annotations

import itertools
import random
import time
import unicodedata
from collections.abc import Iterator
from pathlib import Path

from briefer.domain.topics import TOPIC_KEYS
from briefer.store.clock import now_iso
from briefer.store.connection import open_store
from briefer.store.folding import fact_folded, source_folded

ONSETS = [
    "",
    "b",
    "c",
    "ch",
    "d",
    "đ",
    "g",
    "gi",
    "h",
    "k",
    "kh",
    "l",
    "m",
    "n",
    "ng",
    "nh",
    "ph",
    "qu",
    "r",
    "s",
    "t",
    "th",
    "tr",
    "v",
    "x",
]
RHYMES = [
    "a",
    "ai",
    "am",
    "an",
    "ang",
    "anh",
    "ao",
    "at",
    "ac",
    "ach",
    "ăn",
    "ăng",
    "âm",
    "ân",
    "âu",
    "e",
    "em",
    "en",
    "eo",
    "ê",
    "ên",
    "êu",
    "i",
    "im",
    "in",
    "inh",
    "iêu",
    "iên",
    "o",
    "oa",
    "oai",
    "oan",
    "oang",
    "oi",
    "om",
    "on",
    "ong",
    "ô",
    "ôi",
    "ôm",
    "ông",
    "ơ",
    "ơi",
    "ơn",
    "u",
    "ua",
    "uân",
    "ui",
    "um",
    "un",
    "ung",
    "uô",
    "uôn",
    "uông",
    "uy",
    "ư",
    "ưa",
    "ưng",
    "ươi",
    "ươn",
    "ương",
    "ước",
    "y",
]
TONES = ["", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323"]
PAIRS = [
    "VN-CL",
    "VN-PE",
    "VN-AR",
    "VN-BR",
    "VN-MX",
    "VN-CO",
    "VN-CU",
    "VN-US",
    "VN-JP",
    "VN-KR",
    "VN-FR",
    "VN-DE",
    "VN-IN",
    "VN-AU",
    "VN-CA",
    "VN-IT",
    "VN-ES",
    "VN-TH",
    "VN-ID",
    "VN-MY",
]
TOPICS = [t for t in TOPIC_KEYS if t != "talking_points"]


def _syllable(rng: random.Random) -> str:
    onset = rng.choice(ONSETS)
    rhyme = rng.choice(RHYMES)
    tone = rng.choice(TONES)
    # Put the tone mark on the first vowel of the rhyme, then compose to NFC.
    word = onset + rhyme[0] + tone + rhyme[1:]
    return unicodedata.normalize("NFC", word)


def vocabulary(size: int = 6000, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    words: set[str] = set()
    while len(words) < size:
        words.add(_syllable(rng))
    return sorted(words)


class TextMaker:
    def __init__(self, seed: int = 11, size: int = 6000):
        self.rng = random.Random(seed)
        self.words = vocabulary(size)
        # Zipf-like weights: word i has weight 1/(i+1). Accumulated once: ``choices`` would
        # accumulate 6,000 weights for every sentence (two thirds of the build's time).
        self.cum_weights = list(itertools.accumulate(1.0 / (i + 1) for i in range(size)))

    def sentence(self, n: int) -> str:
        words = self.rng.choices(self.words, cum_weights=self.cum_weights, k=n)
        text = " ".join(words)
        return text[:1].upper() + text[1:] + "."

    def paragraph(self, sentences: int) -> str:
        return " ".join(self.sentence(self.rng.randint(8, 25)) for _ in range(sentences))


CHUNK = 10_000  # rows per executemany: memory stays flat whatever the store's size


def _chunks(rows: Iterator[tuple], size: int = CHUNK) -> Iterator[list[tuple]]:
    while chunk := list(itertools.islice(rows, size)):
        yield chunk


def build_store(path: Path, facts: int = 100_000, sources: int = 20_000, seed: int = 11) -> float:
    """Create the synthetic store at ``path``; return the build time in seconds.

    Rows are made and written in chunks (only the sources' lengths stay in memory) and the
    search indexes are built once at the end, so a 1,000,000-fact store can be built on a
    small machine. The random draws come in the same order as when every row was held in
    memory, so a given seed gives the same store as before.
    """
    if path.exists():
        path.unlink()
    started = time.perf_counter()
    db = open_store(path)
    maker = TextMaker(seed)
    rng = maker.rng
    stamp = now_iso()
    conn = db.conn
    with db.atomic():
        conn.executemany(
            "INSERT INTO country (code, name_vi, name_en) VALUES (?, ?, ?)",
            [(code, code, code) for code in {p.split("-")[1] for p in PAIRS} | {"VN"}],
        )
        lengths: list[int] = []  # each source's body length, in characters, by id - 1

        def source_rows() -> Iterator[tuple]:
            for i in range(sources):
                title = maker.sentence(rng.randint(6, 14))
                body = "\n\n".join(maker.paragraph(rng.randint(2, 5)) for _ in range(4))
                lengths.append(len(body))
                folded = source_folded(title, body).values()
                yield (f"src-{i}", "article", title, "Báo Tổng hợp", body, stamp, stamp, *folded)

        for chunk in _chunks(source_rows()):
            conn.executemany(
                "INSERT INTO source (uuid, kind, title, outlet, body, created_at, updated_at, "
                "folded_title, folded_body) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                chunk,
            )

        def fact_rows() -> Iterator[tuple]:
            for i in range(facts):
                vi = maker.sentence(rng.randint(12, 30))
                pair, topic = rng.choice(PAIRS), rng.choice(TOPICS)
                folded = fact_folded(vi, "").values()
                row = (f"fact-{i}", pair, topic, "statement", vi, "", "approved", stamp, stamp)
                yield (*row, *folded)

        for chunk in _chunks(fact_rows()):
            conn.executemany(
                "INSERT INTO fact (uuid, pair, topic, kind, statement_vi, statement_en, status, "
                "created_at, updated_at, folded_vi, folded_en) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                chunk,
            )
        source_ids = range(1, sources + 1)  # ids given in insertion order to an empty table

        def citation_rows() -> Iterator[tuple]:
            for fact_id in range(1, facts + 1):
                sid = rng.choice(source_ids)
                start = rng.randrange(0, max(1, lengths[sid - 1] - 80))
                yield (fact_id, start + 1, start, start + 60, sid)

        # The quote is cut from the stored body by SQLite (substr counts characters, as
        # Python's slicing does), so the bodies need not stay in memory.
        for chunk in _chunks(citation_rows()):
            conn.executemany(
                'INSERT INTO citation (fact_id, source_id, quote, start, "end") '
                "SELECT ?, id, substr(body, ?, 60), ?, ? FROM source WHERE id = ?",
                chunk,
            )
        conn.execute("INSERT INTO fact_fts (fact_fts) VALUES ('rebuild')")
        conn.execute("INSERT INTO source_fts (source_fts) VALUES ('rebuild')")
    db.execute("ANALYZE")
    db.close()
    return time.perf_counter() - started
