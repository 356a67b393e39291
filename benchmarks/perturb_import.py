"""Does the importer's metadata hold on page shapes it has never seen? A perturbation harness.

    uv run python benchmarks/perturb_import.py [--set NAME ...] [--kind PREFIX] [--verbose]

Every corpus file with a key (``tests/fixtures/corpus/*/keys.json``) is rewritten into
structural variants a new outlet would plausibly produce, with the SAME right answer: the
headline, outlet, publication day and writer stay those of the key, only where and how the
page says them changes. Each variant goes through the importer's own pipeline
(:func:`briefer.ingest.analysis.analyse`) and its title, outlet, date and author are checked
as ``eval_import`` checks them (the title with case aside: a variant may set it in capitals).

Variant kinds (a variant that does not apply to a file, e.g. no visible date to rewrite, is
skipped for that file):

- ``html.*`` — saved pages: ``same`` (parsed and written back unchanged), ``no-og`` (no
  og:/twitter: title or site name), ``title:``… the <title> written "T | S", "S - T",
  "T – Section – S", "T :: S" with no og: tags; ``div-headline`` (the <h1> becomes a div of a
  class no rule knows), ``kicker`` (a section label above the headline), ``byline-end`` and
  ``byline-footer`` (the writer's and the date's elements moved under the body or into a
  footer), ``date:``… (no machine-readable date; the visible stamp written with a weekday,
  "Cập nhật", "GMT+7", "Dec 5, 2025", ISO, "05/12/2025 - 08:30"), ``outlet-copyright`` and
  ``outlet-logo`` (no site name in the markup or the <title>; the outlet only in a copyright
  footer or a logo's alt text);
- ``txt.*`` — ``masthead:``… (the outlet's line over the headline in capitals, with a tagline
  or with a menu), ``date:``… (the stamp line in the forms above), ``title-caps``;
- ``docx.*`` — ``title-caps``, ``letterhead-flat`` (a two-column letterhead as plain lines),
  ``place-date:``… (the place-and-date line written otherwise);
- ``pdf.*`` — ``title-caps``, ``print-site`` / ``print-nosite`` (a browser's print header
  with a later print time, with and without the site's name, its URL footer), ``no-print``.

``t8-`` kinds (``benchmarks/meta_variants.py``): a day written year first, a <title>'s name in
capitals dashed to its tagline, a long section label over the headline, the writer in
capitals above a related-links box at the foot.

``t7-`` kinds (``benchmarks/title_variants.py``): a masthead at the head of its menu over the
headline (PDF, text), an address row with a web address over a note's title (Word), a
<title> parted by "::" or "»".

Kinds whose name has ``ho-`` were written after this round's rules (title parted by "«" or
site first with a section, the writer's and date's elements above the headline, a masthead
"NAME ONLINE", days written in words, dotted with a bar, or "Posted on"): measured once on
the code before and after the round, never developed against.

Prints the right-rate of each field per variant kind and over all variants, and with
``--verbose`` each miss. Files are built in a temporary folder that is removed afterwards.
"""

from __future__ import annotations

import argparse
import copy
import json
import re
import sys
import tempfile
import unicodedata
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import lxml.html

from benchmarks.corpus import CORPUS, build_docx, build_pdf, encode, keys
from benchmarks.heldout_variants import HTML_HELD_OUT, PDF_HELD_OUT, TXT_HELD_OUT
from benchmarks.meta_variants import HTML_META_VARIANTS, TXT_META_VARIANTS
from benchmarks.perturbations import DOCX_RULES, HTML_RULES, PDF_RULES, TXT_RULES
from benchmarks.title_variants import (
    DOCX_TITLE_VARIANTS,
    HTML_TITLE_VARIANTS,
    PDF_TITLE_VARIANTS,
    TXT_TITLE_VARIANTS,
)
from briefer.ingest.analysis import analyse
from briefer.text.fold import fold

FIELDS = ("title", "outlet", "date", "author")


def _norm(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


def _parse(text: str) -> Any:
    return lxml.html.document_fromstring(text)


def _html(root: Any) -> str:
    return str(lxml.html.tostring(root, encoding="unicode", doctype="<!DOCTYPE html>"))


# ---- the variants of one file ------------------------------------------------------------------


def variants(
    name: str, source: str, key: dict[str, Any], out: Path, prefix: str = ""
) -> Iterator[tuple[str, Path]]:
    """(kind, built file) for each variant of one corpus file that applies to it (and whose
    kind starts with ``prefix``: the others are not built)."""
    stem = re.sub(r"[^\w.-]+", "_", name)
    if name.endswith((".docx.json", ".pdf.json")):
        kind = "docx" if name.endswith(".docx.json") else "pdf"
        rules = (
            {**DOCX_RULES, **DOCX_TITLE_VARIANTS}
            if kind == "docx"
            else {**PDF_RULES, **PDF_HELD_OUT, **PDF_TITLE_VARIANTS}
        )
        for label, rule in rules.items():
            if not f"{kind}.{label}".startswith(prefix):
                continue
            spec = rule(copy.deepcopy(json.loads(source)), key)
            if spec is None:
                continue
            target = out / f"{len(list(out.iterdir()))}-{stem.removesuffix('.json')}"
            (build_docx if kind == "docx" else build_pdf)(spec, target)
            yield f"{kind}.{label}", target
        return
    if name.endswith((".html", ".htm")):
        for label, hrule in {
            **HTML_RULES,
            **HTML_HELD_OUT,
            **HTML_TITLE_VARIANTS,
            **HTML_META_VARIANTS,
        }.items():
            if not f"html.{label}".startswith(prefix):
                continue
            root = _parse(source)
            if not hrule(root, key):
                continue
            target = out / f"{len(list(out.iterdir()))}-{stem}"
            target.write_bytes(_html(root).encode("utf-8"))
            yield f"html.{label}", target
        return
    lines = source.splitlines()
    for label, trule in {
        **TXT_RULES,
        **TXT_HELD_OUT,
        **TXT_TITLE_VARIANTS,
        **TXT_META_VARIANTS,
    }.items():
        if not f"txt.{label}".startswith(prefix):
            continue
        changed = trule(lines, key)
        if changed is None:
            continue
        target = out / f"{len(list(out.iterdir()))}-{stem}"
        target.write_bytes(encode("\n".join(changed) + "\n", key.get("encode", "")))
        yield f"txt.{label}", target


def check(path: Path, key: dict[str, Any]) -> dict[str, tuple[bool, str]]:
    """Each field: (right, what the importer read)."""
    meta = analyse(path).metadata
    a, b = fold(key.get("outlet", "")), fold(meta.outlet)
    return {
        "title": (_norm(meta.title).casefold() == _norm(key["title"]).casefold(), meta.title),
        "outlet": ((not b) if not a else bool(b) and (a in b or b in a), meta.outlet),
        "date": (meta.published_on == key["date"], meta.published_on),
        "author": (fold(meta.author) == fold(key.get("author", "")), meta.author),
    }


def sets() -> list[str]:
    return sorted(p.name for p in CORPUS.iterdir() if (p / "keys.json").is_file())


def measure(
    set_names: list[str], prefix: str = "", verbose: bool = False
) -> dict[str, dict[str, int]]:
    """Per variant kind: how many variants, and how many had each field right."""
    tally: dict[str, dict[str, int]] = defaultdict(lambda: dict.fromkeys(("files", *FIELDS), 0))
    with tempfile.TemporaryDirectory(prefix="briefer-perturb-") as tmp:
        for set_name in set_names:
            for name, key in keys(set_name).items():
                source = (CORPUS / set_name / name).read_text(encoding="utf-8")
                folder = Path(tmp) / set_name / name
                folder.mkdir(parents=True)
                for kind, path in variants(name, source, key, folder, prefix):
                    if not kind.startswith(prefix):
                        continue
                    result = check(path, key)
                    row = tally[kind]
                    row["files"] += 1
                    for field, (ok, got) in result.items():
                        row[field] += ok
                        if verbose and not ok:
                            print(f"{kind:<24} {set_name}/{name}: {field} got {got!r}, "
                                  f"want {key.get(field, '')!r}")  # fmt: skip
    return dict(tally)


def report(tally: dict[str, dict[str, int]]) -> None:
    print(f"{'variant':<24} {'files':>5}  " + "  ".join(f"{f:>7}" for f in FIELDS))
    total = dict.fromkeys(("files", *FIELDS), 0)
    for kind in sorted(tally):
        row = tally[kind]
        for field in total:
            total[field] += row[field]
        cells = "  ".join(f"{100 * row[f] / row['files']:6.0f}%" for f in FIELDS)
        print(f"{kind:<24} {row['files']:>5}  {cells}")
    files = max(1, total["files"])
    cells = "  ".join(f"{100 * total[f] / files:6.1f}%" for f in FIELDS)
    print(f"{'all variants':<24} {total['files']:>5}  {cells}")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--set", action="append", choices=sets(), help="default: every set")
    parser.add_argument("--kind", default="", help="only variant kinds starting with this")
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    report(measure(args.set or sets(), args.kind, args.verbose))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
