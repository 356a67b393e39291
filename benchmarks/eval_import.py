"""How well import generalises: the corpus of ``tests/fixtures/corpus`` against its keys.

    uv run python benchmarks/eval_import.py [--set NAME] [--verbose] [--pasted]
                                                          (NAME: a corpus folder)

For each article (built as editors receive it: see ``benchmarks/corpus.py``) the file goes
through the importer's own pipeline (:func:`briefer.ingest.analysis.analyse`: read, clean,
metadata, candidates) and is checked against its key:

- furniture left: the key's furniture strings still in the stored body;
- sentences lost: the key's must-keep sentences missing from the body or cut in two
  paragraphs;
- key facts: covered by a candidate with the right pair whose quote holds the fact's words;
  and with the right value, unit, period (or event date, and visit direction when given);
- metadata: title, outlet (either name inside the other, accents and case aside),
  publication date, author;
- candidate precision: the share of candidates whose quote holds a key fact's or another
  real fact's words (the key's ``also``).

``--pasted`` measures the set's HTML pages as an editor's browser copy of them (their visible
text, pasted as a ``.txt``: ``benchmarks/pasted.py``) against the same keys; a title then counts
right in any letter case (a page that shows its headline in capitals pastes it so), and
outlet, date and author are shown but have only the page's visible lines to come from.
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
import time
import unicodedata
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.corpus import CORPUS, build
from benchmarks.pasted import visible_text
from briefer.ingest.analysis import analyse
from briefer.ingest.candidates import Candidate
from briefer.text.fold import fold


def _norm(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


def _same_outlet(expected: str, got: str) -> bool:
    """Either name inside the other; a key without an outlet (the text names none) wants
    none."""
    # (a page's "&" and a key's "và"/"and" join the same name: either form is right; an
    # English leading "The" is no part of the name: "The Gleaner", "Jamaica Gleaner")
    a, b = (
        re.sub(r"^the\s+", "", re.sub(r"\s+(?:&|va|and)\s+", " & ", fold(n)))
        for n in (expected, got)
    )
    if not a:
        return not b
    return bool(b) and (a in b or b in a)


def furniture_left(body: str, furniture: list[str], keep: list[str]) -> list[str]:
    """The furniture strings still in ``body`` (normalised) outside its must-keep sentences: a
    string inside one is that sentence's own words (a section label "Political" over "… for
    Political Affairs …" has gone), one standing on its own is left."""
    outside = body
    for sentence in keep:
        outside = outside.replace(_norm(sentence), "\n")
    return [f for f in furniture if _norm(f) in outside]


def _fact_ok(fact: dict[str, Any], c: Candidate) -> tuple[bool, bool]:
    """(right pair and words, right value/period/date too)."""
    if c.pair != fact["pair"] or _norm(fact["q"]) not in _norm(c.quote):
        return False, False
    ok = True
    if "value" in fact:
        ok = c.value is not None and abs(c.value - fact["value"]) <= 1e-6 * abs(fact["value"])
        ok = ok and c.unit == fact.get("unit", c.unit)
        if "period" in fact:
            ok = ok and c.period == fact["period"]
    elif "date" in fact:
        ok = c.event_date.split("..")[0] == fact["date"]  # a visit 15-17/1 starts on 15/1
    if "metric" in fact:
        ok = ok and c.metric == fact["metric"]
    return True, ok


def _real(c: Candidate, key: dict[str, Any]) -> bool:
    quote = _norm(c.quote)
    words = [_norm(f["q"]) for f in key["facts"]] + [_norm(a) for a in key.get("also", [])]
    return any(w in quote or quote in w for w in words)


def evaluate(set_name: str, verbose: bool, pasted: bool = False) -> dict[str, float]:
    totals = dict.fromkeys(
        ("files", "furniture", "furniture_left", "keep", "lost", "facts", "pair_ok", "value_ok",
         "title", "outlet", "date", "author", "candidates", "real", "seconds"), 0.0
    )  # fmt: skip
    with tempfile.TemporaryDirectory(prefix="briefer-corpus-") as tmp:
        for built, key in build(set_name, Path(tmp)):
            path = built
            if pasted:
                if built.suffix not in (".html", ".htm"):
                    continue
                path = built.with_suffix(".txt")
                html = (CORPUS / set_name / built.name).read_text(encoding="utf-8")
                path.write_text(visible_text(html), encoding="utf-8")
            started = time.perf_counter()
            result = analyse(path)
            totals["seconds"] += time.perf_counter() - started
            body = _norm(result.cleaned.body)
            meta = result.metadata
            left = furniture_left(body, key["furniture"], key["keep"])
            # A must-keep sentence lies whole in one paragraph: one cut in two by a column or
            # page break (and a footer inside it) counts as lost.
            paragraphs = [_norm(p) for p in result.cleaned.paragraphs]
            lost = [k for k in key["keep"] if not any(_norm(k) in p for p in paragraphs)]
            misses: list[str] = []
            for fact in key["facts"]:
                checks = [_fact_ok(fact, c) for c in result.candidates]
                pair_ok = any(a for a, _ in checks)
                value_ok = any(b for _, b in checks)
                totals["pair_ok"] += pair_ok
                totals["value_ok"] += value_ok
                if not value_ok:
                    misses.append(f"{'value' if pair_ok else 'PAIR'}: {fact['q']}")
            real = [c for c in result.candidates if _real(c, key)]
            title_ok = _norm(meta.title) == _norm(key["title"]) or (
                pasted and _norm(meta.title).casefold() == _norm(key["title"]).casefold()
            )
            outlet_ok = _same_outlet(key["outlet"], meta.outlet)
            date_ok = meta.published_on == key["date"]
            author_ok = fold(meta.author) == fold(key.get("author", ""))
            totals["files"] += 1
            totals["furniture"] += len(key["furniture"])
            totals["furniture_left"] += len(left)
            totals["keep"] += len(key["keep"])
            totals["lost"] += len(lost)
            totals["facts"] += len(key["facts"])
            totals["title"] += title_ok
            totals["outlet"] += outlet_ok
            totals["date"] += date_ok
            totals["author"] += author_ok
            totals["candidates"] += len(result.candidates)
            totals["real"] += len(real)
            if verbose:
                print(f"== {path.name}: {len(result.candidates)} candidates, {len(real)} real")
                for f in left:
                    print(f"   furniture left: {f!r}")
                for k in lost:
                    print(f"   lost: {k[:90]!r}")
                for m in misses:
                    print(f"   fact {m}")
                for name, ok, got in (("title", title_ok, meta.title),
                                      ("outlet", outlet_ok, meta.outlet),
                                      ("date", date_ok, meta.published_on),
                                      ("author", author_ok, meta.author)):  # fmt: skip
                    if not ok:
                        print(f"   {name}: got {got!r}, want {key.get(name)!r}")
                for c in result.candidates:
                    if c not in real:
                        print(f"   not a fact: {c.pair} {c.kind} {c.quote[:80]!r}")
    return totals


def report(set_name: str, t: dict[str, float]) -> None:
    files = max(1.0, t["files"])

    def share(a: str, b: str) -> str:
        return f"{t[a]:.0f}/{t[b]:.0f} = {100 * t[a] / max(1.0, t[b]):.0f} %"

    print(f"[{set_name}] {t['files']:.0f} files")
    print(f"  furniture left        {t['furniture_left']:.0f} of {t['furniture']:.0f} strings")
    print(f"  sentences lost        {t['lost']:.0f} of {t['keep']:.0f}")
    print(f"  key facts, right pair {share('pair_ok', 'facts')}")
    print(f"  … right value/period  {share('value_ok', 'facts')}")
    for name in ("title", "outlet", "date", "author"):
        print(f"  {name:<21} {t[name]:.0f}/{files:.0f} = {100 * t[name] / files:.0f} %")
    print(f"  candidate precision   {share('real', 'candidates')}")
    print(f"  time                  {1000 * t['seconds'] / files:.1f} ms per file (in-process)")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument(
        "--set",
        default="dev",
        choices=sorted(p.name for p in CORPUS.iterdir() if (p / "keys.json").exists()),
    )
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument("--pasted", action="store_true", help="HTML pages as a browser copy")
    args = parser.parse_args()
    report(
        args.set + (" pasted" if args.pasted else ""), evaluate(args.set, args.verbose, args.pasted)
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
