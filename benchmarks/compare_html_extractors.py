"""Main-content extraction of saved web pages: Briefer's own rules against well-kept libraries.

    uv run --with trafilatura --with readability-lxml python benchmarks/compare_html_extractors.py

Not a dependency of Briefer: the libraries are brought in for this run only (``uv run
--with``). On the corpus's saved pages (``--set dev``, the default, or ``unseen``) each
extractor's text goes through the same cleaner (:func:`briefer.ingest.clean.clean`) and is
checked against the keys: furniture strings left in the body, must-keep sentences lost, and
the metadata each extractor reports itself (title, date, author, site) where it has any.
"""

from __future__ import annotations

import argparse
import sys
import time
import unicodedata
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.corpus import CORPUS, keys
from briefer.ingest.clean import clean
from briefer.ingest.webpage import read_webpage
from briefer.text.fold import fold


def _norm(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


def ours(html: bytes, name: str) -> tuple[str, dict[str, str]]:
    page = read_webpage(html, name)
    cleaned = clean(page.text)
    meta = {
        "title": cleaned.title or page.title,
        "date": page.published_on or cleaned.metadata.published_on,
        "author": cleaned.metadata.author or page.author,
        "site": page.site_name or cleaned.metadata.outlet,
    }
    return cleaned.body, meta


def with_trafilatura(html: bytes, name: str) -> tuple[str, dict[str, str]]:
    import trafilatura

    text = html.decode("utf-8")
    body = trafilatura.extract(text, include_comments=False, include_tables=False) or ""
    found = trafilatura.extract_metadata(text)
    meta = {
        "title": (found.title if found else "") or "",
        "date": (found.date if found else "") or "",
        "author": (found.author if found else "") or "",
        "site": (found.sitename if found else "") or "",
    }
    return clean(body).body, meta


def with_readability(html: bytes, name: str) -> tuple[str, dict[str, str]]:
    import lxml.html
    from readability import Document

    document = Document(html.decode("utf-8"))
    summary = lxml.html.fromstring(document.summary())
    blocks = [" ".join(p.text_content().split()) for p in summary.iter("p", "h1", "h2", "li")]
    body = clean("\n\n".join(b for b in blocks if b)).body
    return body, {"title": document.short_title() or "", "date": "", "author": "", "site": ""}


EXTRACTORS = {"briefer": ours, "trafilatura": with_trafilatura, "readability": with_readability}


def compare(set_name: str) -> dict[str, dict[str, Any]]:
    results: dict[str, dict[str, Any]] = {}
    pages = {n: k for n, k in keys(set_name).items() if n.endswith(".html")}
    for label, extract in EXTRACTORS.items():
        t = dict.fromkeys(("left", "lost", "title", "date", "author", "site", "seconds"), 0.0)
        t["pages"] = len(pages)
        try:
            for name, key in pages.items():
                data = (CORPUS / set_name / name).read_bytes()
                started = time.perf_counter()
                body, meta = extract(data, name)
                t["seconds"] += time.perf_counter() - started
                body = _norm(body)
                t["left"] += sum(1 for f in key["furniture"] if _norm(f) in body)
                t["lost"] += sum(1 for k in key["keep"] if _norm(k) not in body)
                t["title"] += _norm(meta["title"]) == _norm(key["title"])
                t["date"] += (meta["date"] or "")[:10] == key["date"]
                t["author"] += fold(meta["author"] or "") == fold(key.get("author", ""))
                a, b = fold(key["outlet"]), fold(meta["site"] or "")
                t["site"] += bool(a and b) and (a in b or b in a)
        except ImportError as exc:
            t["missing"] = str(exc)
        results[label] = t
    return results


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--set", default="dev", choices=("dev", "unseen", "unseen2"))
    args = parser.parse_args()
    for label, t in compare(args.set).items():
        if "missing" in t:
            print(f"{label:<12} not installed ({t['missing']})")
            continue
        n = t["pages"]
        print(
            f"{label:<12} {n:.0f} pages: furniture left {t['left']:.0f}, sentences lost "
            f"{t['lost']:.0f}; title {t['title']:.0f}/{n:.0f}, date {t['date']:.0f}/{n:.0f}, "
            f"author {t['author']:.0f}/{n:.0f}, site {t['site']:.0f}/{n:.0f}; "
            f"{1000 * t['seconds'] / n:.1f} ms per page"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
