"""Every corpus web page printed to PDF from a browser (``benchmarks/pasted.py``
``printed_spec``: the page's visible lines, the browser's print header and footer): the same
keys must hold once the page is only printed lines on PDF pages.

This guards the PDF joiner above all (briefer.ingest.pdflayout, pdfspacing, pdfblocks): a line
with no final stop (a menu item, a date line, a caption) glued to the next paragraph takes an
article sentence with it when the furniture leaves. No article sentence may be lost, the key
facts keep their value and period, and the furniture left stays under the bound below.

The sets are measured in worker processes (the renderer and the importer each take about half
a second a page, some 400 pages): the whole file runs in about a minute and a half on two
cores.
"""

from __future__ import annotations

import functools
import os
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

import pytest

from benchmarks.corpus import CORPUS
from tests.unit.test_ingest_pasted_corpus import _KNOWN as pasted_known

_SETS = sorted(
    p.name for p in CORPUS.iterdir() if any(f.suffix in (".html", ".htm") for f in p.iterdir())
)
# The pasted test's known defects are the same when printed (an agency's sign-off and a press
# release's "Notes to editors" block, lost by unseen43/44/45 before the body round mended
# them, are kept now: drop an entry there once its set passes)
_KNOWN = pasted_known
# Furniture strings left over all sets, printed: about 620 before the joiner read the
# printed block gaps (pdfblocks), 120 after; the bound leaves a little room.
_FURNITURE_LEFT = 0.07


def _html_only(set_name: str, out: Path) -> list[tuple[Path, dict[str, Any]]]:
    """The set's web pages alone (the printed measure skips the other files unread)."""
    from benchmarks.corpus import keys

    out.mkdir(parents=True, exist_ok=True)
    built = []
    for name, key in keys(set_name).items():
        if name.endswith((".html", ".htm")):
            target = out / name
            target.write_text((CORPUS / set_name / name).read_text(encoding="utf-8"))
            built.append((target, key))
    return built


def _measure(set_name: str) -> dict[str, float]:
    import benchmarks.eval_import as ev

    ev.build = _html_only  # type: ignore[assignment]  # (in this worker process only)
    return ev.evaluate(set_name, verbose=False, printed=True)


@functools.cache
def _printed() -> dict[str, dict[str, float]]:
    """Every set's web pages printed and imported, measured once for every test here."""
    workers = max(1, min(4, os.cpu_count() or 1))
    with ProcessPoolExecutor(max_workers=workers) as pool:
        return dict(zip(_SETS, pool.map(_measure, _SETS), strict=True))


@pytest.mark.parametrize(
    "name",
    [
        pytest.param(n, marks=pytest.mark.xfail(strict=False, reason=_KNOWN[n]))
        if n in _KNOWN
        else n
        for n in _SETS
    ],
)
def test_each_set_printed_to_pdf_keeps_its_sentences_and_facts(name: str) -> None:
    t = _printed()[name]
    assert t["files"] > 0
    assert t["lost"] == 0
    assert t["value_ok"] / t["facts"] >= 0.9


def test_printed_pages_leave_little_furniture_over_all_sets() -> None:
    totals = _printed().values()
    left = sum(t["furniture_left"] for t in totals)
    assert left / sum(t["furniture"] for t in totals) <= _FURNITURE_LEFT
