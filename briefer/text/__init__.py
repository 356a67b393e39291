"""Vietnamese text: NFC and look-alike repair, search folding, amounts and dates.

No Qt and no SQL here: these are pure functions on strings, shared by ingest (cleaning and
candidate facts), store (folded shadow columns for FTS5), assemble and render (writing
figures and periods back in Vietnamese or English). See DESIGN.md §4.
"""

from typing import TYPE_CHECKING

from briefer.lazy import lazy_attributes

if TYPE_CHECKING:  # what the names are, for type checkers
    from briefer.text.dates import DateRef, find_dates, format_date, parse_date
    from briefer.text.fold import fold, fold_with_map, tokens
    from briefer.text.normalize import clean_for_output, collapse_spaces, normalize, strip_control
    from briefer.text.numbers import (
        Amount,
        find_amounts,
        find_ordinal_rank,
        format_amount,
        parse_amount,
    )

# Loaded on first use (PEP 562): importing ``briefer.text.fold`` (every store command does)
# should not compile the date and amount patterns too.
_HOMES = {
    "DateRef": "dates",
    "find_dates": "dates",
    "format_date": "dates",
    "parse_date": "dates",
    "fold": "fold",
    "fold_with_map": "fold",
    "tokens": "fold",
    "clean_for_output": "normalize",
    "collapse_spaces": "normalize",
    "normalize": "normalize",
    "strip_control": "normalize",
    "Amount": "numbers",
    "find_amounts": "numbers",
    "find_ordinal_rank": "numbers",
    "format_amount": "numbers",
    "parse_amount": "numbers",
}


__getattr__ = lazy_attributes(__name__, _HOMES)


__all__ = [
    "Amount",
    "DateRef",
    "clean_for_output",
    "collapse_spaces",
    "find_amounts",
    "find_dates",
    "find_ordinal_rank",
    "fold",
    "fold_with_map",
    "format_amount",
    "format_date",
    "normalize",
    "parse_amount",
    "parse_date",
    "strip_control",
    "tokens",
]
