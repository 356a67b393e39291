"""Every corpus web page pasted as text (an editor's browser copy, ``benchmarks/pasted.py``):
the same keys must hold once the page's tags are gone and only its lines are left.

This guards what matters most when a page arrives without its structure: no article sentence
is lost, its key facts are still found with the right value and period, and little of the
page's furniture stays (the pasted figures of every set are in the README).
"""

from __future__ import annotations

import functools

import pytest

from benchmarks.corpus import CORPUS
from benchmarks.eval_import import evaluate
from benchmarks.pasted import visible_text

_SETS = sorted(
    p.name for p in CORPUS.iterdir() if any(f.suffix in (".html", ".htm") for f in p.iterdir())
)
# Known defects, each a strict xfail so its mending is seen: a Q&A page's first question,
# printed right under a related-news box and a photo caption, is taken into the box when
# pasted (the box's end is only its caption line then); unseen11's French page misses four
# values in either form (French dates and amounts are not read: the product reads Vietnamese
# and English), which among the set's HTML pages alone is 81 %.
_KNOWN = {
    "unseen37": "one question taken into a related-news box",
    "unseen11": "a French page's four misses weigh more among HTML pages alone",
    # (ANSA's stop-less subtitle over its stamp: unseen75's key keeps it, unseen16's key —
    # the same page layout — counts it as the page's head; lost in normal mode too)
    "unseen75": "a dek over the stamp the older keys take for the page's head",
    # (Kazinform's dek between the byline and "Photo credit: …": with the picture gone, a
    # paste holds a line over a credit, the shape of a caption; the page's markup tells
    # the normal import it is the dek)
    "unseen95": "a dek over a photo credit, taken for the photo's caption",
    # (opened in session 26 with it, unchanged since its first sight: an English trade
    # paper's stop-less dek under the headline, "Trade minister says …", is read as part of
    # the page's head once pasted; the normal import keeps it)
    "unseen98": "a stop-less dek under the headline, taken into the page's head",
}


@functools.cache
def _pasted(name: str) -> dict[str, float]:
    """The set's HTML pages pasted and imported, measured once for every test here."""
    return evaluate(name, verbose=False, pasted=True)


@pytest.mark.parametrize(
    "name",
    [
        pytest.param(n, marks=pytest.mark.xfail(strict=True, reason=_KNOWN[n]))
        if n in _KNOWN
        else n
        for n in _SETS
    ],
)
def test_each_set_pasted_as_text_keeps_its_sentences_and_facts(name: str) -> None:
    t = _pasted(name)
    assert t["files"] > 0
    assert t["lost"] == 0
    assert t["value_ok"] / t["facts"] >= 0.9
    assert t["furniture_left"] / t["furniture"] <= 0.1


def test_pasted_pages_keep_their_headline_and_day_over_all_sets() -> None:
    # (the page's headline and dateline read from its lines, pastedheadline.py and
    # pasteddate.py, hooked in analysis.py: 91 % and 94 % of the pasted pages now, 79 % and
    # 85 % with both hooks removed, a drop no one set's bar above shows)
    totals = [_pasted(name) for name in _SETS]
    files = sum(t["files"] for t in totals)
    assert sum(t["title"] for t in totals) / files >= 0.85
    assert sum(t["date"] for t in totals) / files >= 0.9


def test_a_pasted_page_is_its_visible_lines_a_line_per_block() -> None:
    html = (
        "<html><head><title>T | Site</title><style>p{}</style></head><body>"
        "<nav><a href='/'>Trang chủ</a><a href='/tg'>Thế giới</a></nav>"
        "<h1>Việt Nam - Chile</h1><p>Năm 2024, <b>kim ngạch</b> đạt 1,9 tỷ USD.</p>"
        "<div hidden>ẩn</div><p style='display:none'>ẩn</p><script>x()</script></body></html>"
    )
    assert visible_text(html) == (
        "Trang chủ Thế giới\nViệt Nam - Chile\nNăm 2024, kim ngạch đạt 1,9 tỷ USD.\n"
    )
