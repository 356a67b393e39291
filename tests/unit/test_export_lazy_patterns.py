"""ReportLab's case-insensitive patterns compile when used, and then match as compiled ones do."""

from __future__ import annotations

import re
import subprocess
import sys

from briefer.export.lazy_patterns import LazyPattern


def test_a_lazy_pattern_matches_as_the_compiled_pattern() -> None:
    source = r"(^(?:[a-z0-9.\-+]*)://)[a-z\xa1-\uffff0-9.\-]+(?:[/?#]\S*)?\Z"
    lazy, real = LazyPattern(source, re.IGNORECASE), re.compile(source, re.IGNORECASE)
    for text in ("HTTPS://Bộ-Ngoại-Giao.vn/tin", "ftp://x.org", "not a url", ""):
        got, want = lazy.match(text), real.match(text)
        assert (got and got.group(0)) == (want and want.group(0))
    assert lazy.pattern == source and lazy.flags == real.flags


def test_reportlab_defers_only_its_case_insensitive_patterns() -> None:
    """In a fresh process (the package installs the hook before ReportLab is imported)."""
    probe = (
        "import re, briefer.export.pdf\n"
        "import reportlab.platypus.paragraph as p\n"
        "assert type(p.uri_pat).__name__ == 'LazyPattern', type(p.uri_pat)\n"
        "assert isinstance(p._hy_letters_pat, re.Pattern)\n"  # not case-insensitive: compiled
        "assert re.compile.__module__ == 're'\n"  # the import left re.compile as it was
        "pairs = p._uri_split_pairs('https://mofa.gov.vn/tin/bai')\n"
        "assert pairs[0] == ('https://mofa.gov.vn/tin/', 'bai'), pairs\n"
        "assert p._uri_split_pairs('không phải url') is None\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], check=False, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
