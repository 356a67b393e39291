"""The importer's whole output on the corpus, as one JSON file: a guard for speed work.

    uv run python benchmarks/import_snapshot.py OUT.json [--set NAME ...] [--pasted]

Every file of every set in ``tests/fixtures/corpus`` (built as ``eval_import`` builds it:
``benchmarks/corpus.py``; ``--pasted`` adds each HTML page's browser copy as ``eval_import
--pasted`` makes it) goes through :func:`briefer.ingest.analysis.analyse`, and everything it
gives is written out: the raw text's kind and title, the cleaned body and paragraphs, every
metadata field, every candidate with all its fields. A change meant only to make import
faster must leave this file byte-identical (``cmp before.json after.json``): that is
stronger than the eval's figures, which only look at what the keys name.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
import tempfile
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.corpus import CORPUS, build
from benchmarks.pasted import visible_text
from briefer.ingest.analysis import analyse


def _plain(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    return repr(value)


def _one(path: Path) -> dict[str, Any]:
    try:
        result = analyse(path)
    except Exception as error:  # an input the importer refuses is an output too
        return {"error": f"{type(error).__name__}: {error}"}
    raw = result.raw
    return {
        "raw": {"kind": raw.kind, "title": raw.title, "url": raw.url, "text": raw.text},
        "cleaned": _plain(result.cleaned),
        "metadata": _plain(result.metadata),
        "candidates": _plain(result.candidates),
    }


def snapshot(sets: list[str], pasted: bool) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name in sets:
        with tempfile.TemporaryDirectory(prefix="briefer-snap-") as tmp:
            for built, _key in build(name, Path(tmp)):
                out[f"{name}/{built.name}"] = _one(built)
                if pasted and built.suffix in (".html", ".htm"):
                    html = (CORPUS / name / built.name).read_text(encoding="utf-8")
                    path = built.with_suffix(".txt")
                    path.write_text(visible_text(html), encoding="utf-8")
                    out[f"{name}/{built.name}#pasted"] = _one(path)
        print(name, file=sys.stderr, flush=True)
    return out


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--set", action="append", dest="sets")
    parser.add_argument("--pasted", action="store_true")
    args = parser.parse_args()
    sets = args.sets or sorted(
        p.name for p in CORPUS.iterdir() if p.is_dir() and (p / "keys.json").exists()
    )
    data = snapshot(sets, args.pasted)
    args.out.write_text(json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True))
    print(f"{len(data)} files → {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
