"""The folded shadow columns: what is stored beside the text they fold.

The app folds in Python (``briefer.text.fold``: tone marks, case, and đ/Đ/Ð → d, which
SQLite's unicode61 tokenizer cannot do) and writes the result beside the original text.
The FTS5 tables use those columns as external content; their rows are written beside each
change, inside the caller's transaction, because triggers cannot (trusted_schema is off):
facts' by :mod:`briefer.store.writer`, sources' by :mod:`briefer.store.sources`.
"""

from __future__ import annotations

from briefer.text.fold import fold


def fact_folded(statement_vi: str, statement_en: str) -> dict[str, str]:
    return {"folded_vi": fold(statement_vi), "folded_en": fold(statement_en)}


def source_folded(title: str, body: str) -> dict[str, str]:
    return {"folded_title": fold(title), "folded_body": fold(body)}
