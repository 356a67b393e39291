"""Python's cyclic garbage collector paused while a brief is exported.

An export makes hundreds of thousands of small objects (the modules it loads, the template's
code, reportlab's fragments and lines, python-docx's elements), few of them in reference
cycles; every few hundred of them set off a collection that walks everything the process
holds: ~5% of a PDF layout and ~3% of a whole export. Paused, they are freed by reference
counting as usual, and the collector runs again afterwards and frees what is left then.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """The collector off inside the block (nested blocks: the outermost turns it back on)."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()
