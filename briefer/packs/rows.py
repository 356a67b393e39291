"""Checking a fact pack's rows value by value: types, lengths, order and the values of a fact.

Only the four named tables of a pack are read, with explicit column lists (see
:mod:`briefer.packs.format`), and every value is checked before use: its type against its
column's, its length against what Briefer takes there, the keys strictly increasing (one row
never twice) and a fact's codes, revision and ancestors against what Briefer can use. A bad
value refuses the whole pack with one sentence (:func:`briefer.packs.untrusted.refuse`).
"""

from __future__ import annotations

import json
import operator
import re
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from briefer.domain.model import KINDS, QUALIFIERS, RANKS, STATUSES
from briefer.limits import (
    MAX_ARTICLE_CHARS,
    MAX_CONTEXT_CHARS,
    MAX_FIELD_CHARS,
    MAX_QUOTE_CHARS,
    MAX_REVISION,
    MAX_STATEMENT_CHARS,
    MAX_TITLE_CHARS,
    TooDeep,
    loads_bounded,
)
from briefer.packs.format import (
    FACT_COLUMNS,
    INTEGER_COLUMNS,
    REAL_COLUMNS,
    TABLE_COLUMNS,
    real_or_none,
    select_sql,
)
from briefer.packs.untrusted import refuse

MAX_ANCESTORS = 10_000  # per fact
FACT_INDEX = {name: i for i, name in enumerate(FACT_COLUMNS)}  # column name → place in a row
_PAIR = re.compile(r"^[A-Z]{2}-[A-Z]{2}$")
_HEX64 = re.compile(r"^[0-9a-f]{64}$")

_NONE = type(None)
_TYPES: dict[str, tuple[type | tuple[type, ...], ...]] = {
    table: tuple(
        int if c in INTEGER_COLUMNS else (int, float, _NONE) if c in REAL_COLUMNS else str
        for c in columns
    )
    for table, columns in TABLE_COLUMNS.items()
}


def typed_rows(
    conn: sqlite3.Connection, table: str, path: Path, order_by: str = ""
) -> Iterator[tuple[Any, ...]]:
    """Rows of ``table`` in canonical order (or ``order_by``), each value checked against its
    column's type and length.

    In canonical order keys must be strictly increasing: a hand-made pack without the
    writer's UNIQUE constraints could otherwise carry one fact twice.
    """
    columns = TABLE_COLUMNS[table]
    types = _TYPES[table]
    pick, maxima = _TEXT_AT[table]
    # The key that must increase: a row's first value (a uuid or code), or for citations its
    # first two (fact uuid, position); none when read in another order.
    key = None if order_by else operator.itemgetter(0, 1) if table == "citation" else _first
    previous: Any = None
    for row in conn.execute(select_sql(table, order_by)):
        # bool is an int to isinstance, but SQLite never returns one.
        if not all(map(isinstance, row, types)):
            bad = next(
                n for n, v, t in zip(columns, row, types, strict=True) if not isinstance(v, t)
            )
            raise refuse(path, f"is damaged: a {table} row has a bad {bad}.")
        if any(map(operator.gt, map(len, pick(row)), maxima)):  # in C: no call per row
            _check_lengths(row, table, path)
        if key is not None:
            this = key(row)
            if previous is not None and this <= previous:
                raise refuse(path, f"is damaged: its {table} table has the same row twice.")
            previous = this
        yield row


_first = operator.itemgetter(0)


# Per text column of the pack: the longest value Briefer takes, and what the sentence calls it.
_TEXT_LIMITS: dict[str, dict[str, tuple[int, str]]] = {
    "fact": {
        "statement_vi": (MAX_STATEMENT_CHARS, "a statement"),
        "statement_en": (MAX_STATEMENT_CHARS, "a statement"),
        "ancestors": (MAX_ANCESTORS * 70, "a list of ancestors"),
    },
    "citation": {
        "quote": (MAX_QUOTE_CHARS, "a quote"),
        "prefix": (MAX_CONTEXT_CHARS, "a quote context"),
        "suffix": (MAX_CONTEXT_CHARS, "a quote context"),
    },
    "source": {
        "body": (MAX_ARTICLE_CHARS, "a source text"),
        "raw": (MAX_ARTICLE_CHARS * 2, "a source's original text"),
        "title": (MAX_TITLE_CHARS, "a source title"),
        "outlet": (MAX_TITLE_CHARS, "a source outlet"),
        "author": (MAX_TITLE_CHARS, "a source author"),
        "url": (MAX_TITLE_CHARS, "a source address"),
    },
    "country": {},
}


def _limits(table: str) -> tuple[Callable[[tuple[Any, ...]], tuple[Any, ...]], tuple[int, ...]]:
    """(picker of the row's text values, their limits) for ``table``: checked in C loops."""
    limits = _TEXT_LIMITS[table]
    text = [i for i, t in enumerate(_TYPES[table]) if t is str]
    picked = [limits.get(TABLE_COLUMNS[table][i], (MAX_FIELD_CHARS, ""))[0] for i in text]
    if len(text) == 1:
        only = text[0]
        return (lambda row: (row[only],)), tuple(picked)
    return operator.itemgetter(*text), tuple(picked)


_TEXT_AT = {table: _limits(table) for table in TABLE_COLUMNS}


def _check_lengths(row: tuple[Any, ...], table: str, path: Path) -> None:
    """Refuse a text value longer than Briefer takes, naming the limit (one sentence).

    A 1 MB statement would otherwise reach every brief and make a PDF export run for
    minutes; every other text column is a short field (dates, codes, names).
    """
    pick, maxima = _TEXT_AT[table]
    if not any(map(operator.gt, map(len, pick(row)), maxima)):
        return  # the common case, without a Python loop per value
    limits = _TEXT_LIMITS[table]
    for name, value in zip(TABLE_COLUMNS[table], row, strict=True):
        if type(value) is not str:
            continue
        limit, what = limits.get(name, (MAX_FIELD_CHARS, f"a {name.replace('_', ' ')}"))
        if len(value) > limit:
            raise refuse(
                path,
                f"holds {what} of {len(value):,} characters; Briefer takes at most "
                f"{limit:,} characters there, so the pack was refused.",
            )


def checked_fact(row: tuple[Any, ...], path: Path) -> tuple[Any, ...]:
    """The fact row with its value as a float and its ancestors decoded; refuse bad values."""
    return _decoded(row, fact_ancestors(row, path))


def fact_ancestors(row: tuple[Any, ...], path: Path) -> list[str]:
    """Check a fact row's values (refuse bad ones, as :func:`checked_fact`); its ancestors."""
    uuid = row[0]
    revision = row[FACT_INDEX["revision"]]
    if not 1 <= revision <= MAX_REVISION:
        raise refuse(
            path,
            f"gives fact {uuid[:40]} the revision {revision}; revisions go from 1 to "
            f"{MAX_REVISION:,}, so the pack was refused.",
        )
    problems = (
        not _PAIR.match(row[FACT_INDEX["pair"]]),
        row[FACT_INDEX["kind"]] not in KINDS,
        row[FACT_INDEX["rank"]] not in RANKS,
        row[FACT_INDEX["status"]] not in STATUSES,
        row[FACT_INDEX["qualifier"]] not in QUALIFIERS,
        row[FACT_INDEX["revision"]] < 1,
        not row[FACT_INDEX["statement_vi"]].strip(),
        not uuid.strip(),
    )
    if any(problems):
        raise refuse(path, f"is damaged: fact {uuid[:40]} has a value Briefer cannot use.")
    try:
        text = row[FACT_INDEX["ancestors"]]
        ancestors = [] if text == "[]" else loads_bounded(text, max_depth=1)  # "[]": most facts
    except TooDeep as exc:
        raise refuse(
            path,
            f"is damaged: the ancestors of fact {uuid[:40]} are nested lists "
            "(a flat list is the only form Briefer takes).",
        ) from exc
    except json.JSONDecodeError as exc:
        raise refuse(path, f"is damaged: fact {uuid[:40]} has bad ancestors.") from exc
    if (
        not isinstance(ancestors, list)
        or len(ancestors) > MAX_ANCESTORS
        or not all(isinstance(a, str) and _HEX64.match(a) for a in ancestors)
    ):
        raise refuse(path, f"is damaged: fact {uuid[:40]} has bad ancestors.")
    return ancestors


def decoded_fact(row: tuple[Any, ...]) -> tuple[Any, ...]:
    """A fact row that :func:`checked_fact` passed before (proved the same row since, by its
    fingerprint), decoded as it decodes it, without checking again."""
    text = row[_ANCESTORS_AT]
    return _decoded(row, [] if text == "[]" else json.loads(text))


_VALUE_AT, _ANCESTORS_AT = FACT_INDEX["value"], FACT_INDEX["ancestors"]


def _decoded(row: tuple[Any, ...], ancestors: list[str]) -> tuple[Any, ...]:
    """The row with its value as a float and its ancestors as a tuple."""
    values = list(row)
    values[_VALUE_AT] = real_or_none(values[_VALUE_AT])
    values[_ANCESTORS_AT] = tuple(ancestors)
    return tuple(values)


__all__ = [
    "FACT_INDEX",
    "MAX_ANCESTORS",
    "checked_fact",
    "decoded_fact",
    "fact_ancestors",
    "typed_rows",
]
