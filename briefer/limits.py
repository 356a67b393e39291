"""The limits that keep every command bounded in memory and time on hostile input.

Each is far above what real work needs (a long ministry report, a full visit brief) and far
below what makes a 2-core laptop swap. A refusal names the limit in its one sentence, so a
user who hits one with real material knows what to split.

JSON from outside (pack manifests and ancestors, a ``labels.json`` beside a template) is read
with :func:`loads_bounded`, which refuses nesting deeper than :data:`MAX_JSON_DEPTH` before
Python's recursive decoder (or the encoder that hashes it again) can hit ``RecursionError``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from json.encoder import (  # type: ignore[attr-defined]
    c_make_encoder,
    encode_basestring,
    encode_basestring_ascii,
)
from typing import Any, Final

# ---- importing an article -----------------------------------------------------------------
MAX_ARTICLE_CHARS: Final = 2_000_000  # characters of text read out of one file
MAX_SENTENCES: Final = 20_000  # sentences of one article, once cleaned
MAX_DRAFTS_PER_SOURCE: Final = 3_000  # candidate facts (drafts) taken from one source

# ---- fact packs ----------------------------------------------------------------------------
MAX_STATEMENT_CHARS: Final = 10_000  # a fact's statement (either language)
MAX_QUOTE_CHARS: Final = 20_000  # a citation's quote
MAX_CONTEXT_CHARS: Final = 2_000  # a citation's prefix / suffix
MAX_FIELD_CHARS: Final = 1_000  # short fields: dates, period, unit, metric, topic…
MAX_TITLE_CHARS: Final = 4_000  # a source's title, outlet, author, URL
MAX_REVISION: Final = 1_000_000_000  # a fact's revision (leaves room to count up in SQLite)

# ---- JSON read from files ------------------------------------------------------------------
MAX_JSON_DEPTH: Final = 32

_STRING: Final = re.compile(r'"(?:[^"\\]|\\.)*"', re.DOTALL)
_BRACKET: Final = re.compile(r"[\[\]{}]")


class TooDeep(ValueError):
    """JSON nested deeper than allowed."""


def json_depth(text: str, stop_at: int = MAX_JSON_DEPTH) -> int:
    """The nesting depth of the JSON ``text`` (strings skipped), counting up to ``stop_at + 1``.

    Linear in the length of ``text``; never recursive.
    """
    depth = deepest = 0
    for match in _BRACKET.finditer(_STRING.sub('""', text) if '"' in text else text):
        if match.group(0) in "[{":
            depth += 1
            if depth > deepest:
                deepest = depth
                if deepest > stop_at:
                    return deepest
        else:
            depth -= 1
    return deepest


def loads_bounded(text: str, max_depth: int = MAX_JSON_DEPTH) -> Any:
    """``json.loads`` that raises :class:`TooDeep` instead of recursing past ``max_depth``.

    Other malformed JSON raises ``json.JSONDecodeError`` (a ``ValueError``) as usual.
    """
    if json_depth(text, max_depth) > max_depth:
        raise TooDeep(f"it is nested more than {max_depth} levels deep")
    try:
        return json.loads(text)
    except RecursionError as exc:  # belt and braces: a smaller stack than expected
        raise TooDeep(f"it is nested more than {max_depth} levels deep") from exc


# ---- JSON written in bulk ------------------------------------------------------------------


def one_shot(encoder: json.JSONEncoder) -> Callable[[Any], str]:
    """``encoder.encode`` without its per-call set-up: ``encode`` builds a fresh C encoder
    for every value, ~40% of the time of a short row (pack rows and audit details are
    encoded by the 100,000). The same text, as the C encoder is the one ``encode`` uses.
    For values that never refer to themselves (rows, manifests, audit details): there is
    no circular-reference bookkeeping. Plain ``encode`` where the C encoder is missing."""
    if c_make_encoder is None or encoder.indent is not None:  # pragma: no cover - CPython
        return encoder.encode
    make = c_make_encoder(
        None, encoder.default,
        encode_basestring_ascii if encoder.ensure_ascii else encode_basestring,
        None, encoder.key_separator, encoder.item_separator, encoder.sort_keys,
        encoder.skipkeys, encoder.allow_nan,
    )  # fmt: skip
    join = "".join

    def encode(value: Any) -> str:
        if isinstance(value, str):  # encode() spells a bare string itself: keep that path
            return encoder.encode(value)
        return join(make(value, 0))

    return encode


__all__ = [
    "MAX_ARTICLE_CHARS",
    "MAX_CONTEXT_CHARS",
    "MAX_DRAFTS_PER_SOURCE",
    "MAX_FIELD_CHARS",
    "MAX_JSON_DEPTH",
    "MAX_QUOTE_CHARS",
    "MAX_REVISION",
    "MAX_SENTENCES",
    "MAX_STATEMENT_CHARS",
    "MAX_TITLE_CHARS",
    "TooDeep",
    "json_depth",
    "loads_bounded",
    "one_shot",
]
