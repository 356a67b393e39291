"""Does the outlet hold for outlets the corpus never uses? A perturbation family for outlets.

    uv run python benchmarks/perturb_outlets.py [--files N] [--verbose]

Outlets are drawn from the outlet table (``briefer.ingest.outlet_table``: national, sector,
foreign and provincial) leaving out every outlet any corpus key names or any corpus file
mentions, and the outlets beside the table's that the table does not know (papers named
"<Country> <noun>" and names no table holds). Each is placed in one of the corpus's page
shapes around a corpus article's own headline and must-keep sentences (its key), the outlet
said only there:

- ``masthead``: the outlet's name in capitals over the headline (a text file);
- ``logo``: a saved page whose only site mark is its logo's alt text;
- ``og-site``: a saved page whose only site mark is og:site_name;
- ``copyright``: a saved page whose only site mark is the footer's copyright line;
- ``print-domain``: a PDF printed from the page, its print header the site's domain only;
- ``lead-tag``: "(Short form) - " before the lead (a text file);
- ``theo``: "Theo Name" after the last sentence (a text file);
- ``title-tagline``: a saved page whose <title> ends "… | NAME - tagline" (its name in
  capitals dashed to what it is);
- ``caps-over-menu``: the name in capitals over a menu row over the headline (a text file);
- ``letterhead-address``: the name in capitals over a postal address and the site's web
  address (a text file).

Prints the outlet's right-rate per shape and over all, as ``eval_import`` checks it (either
name inside the other, accents and case aside). Files are built in a temporary folder that is
removed afterwards.
"""

from __future__ import annotations

import argparse
import html
import sys
import tempfile
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.corpus import CORPUS, build_pdf, keys
from benchmarks.eval_import import _same_outlet
from briefer.ingest.analysis import analyse
from briefer.text.fold import fold

# Outlets outside the table (named as such sites name themselves): the rules must read them
# from their shape, not look them up.
_UNKNOWN: tuple[tuple[str, str, str], ...] = (
    ("Tonga Daily News", "tongadailynews.to", "TDN"),
    ("Báo Cao Nguyên Xanh", "baocaonguyenxanh.vn", "CNX"),
    ("Tạp chí Phù Sa", "tapchiphusa.vn", "TCPS"),
    ("Belize Reporter", "belizereporter.bz", "BR"),
)


def _table_outlets() -> list[tuple[str, str, str]]:
    """(name, a domain, a short form) of table outlets no corpus file or key mentions."""
    from briefer.ingest.outlet_table import OUTLET_TABLE

    corpus_text = " ".join(
        fold(p.read_text(encoding="utf-8", errors="ignore"))
        for p in CORPUS.rglob("*")
        if p.is_file()
    )
    chosen = []
    for name, domains, aliases in OUTLET_TABLE:
        forms = [name, *aliases, *domains]
        if not domains or any(fold(f) in corpus_text for f in forms if len(f) >= 4):
            continue
        short = next((a for a in aliases if a.isupper() and 2 <= len(a) <= 8), name)
        chosen.append((name, domains[0], short))
    return chosen[::3]  # a spread over the table: national, public, foreign, provincial


def _page(key: dict[str, Any], head: str = "", header: str = "", footer: str = "") -> str:
    body = "".join(f"<p>{html.escape(k)}</p>" for k in key["keep"])
    return (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'>{head}"
        f"<title>{html.escape(key['title'])}</title></head><body>"
        f"<header>{header}<nav>Thời sự | Kinh tế | Thế giới</nav></header>"
        f"<h1>{html.escape(key['title'])}</h1><article>{body}</article>"
        f"<footer>{footer}</footer></body></html>"
    )


def _text(key: dict[str, Any], top: str = "", lead: str = "", end: str = "") -> str:
    keep = list(key["keep"])
    keep[0] = f"{lead}{keep[0]}"
    return "\n\n".join([*([top] if top else []), key["title"], *keep, *([end] if end else [])])


Shape = Callable[[dict[str, Any], tuple[str, str, str], Path], Path]


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


SHAPES: dict[str, Shape] = {
    "masthead": lambda k, o, p: _write(p / "m.txt", _text(k, top=o[0].upper())),
    "logo": lambda k, o, p: _write(
        p / "l.html", _page(k, header=f"<img class='logo' src='/logo.png' alt='{o[0]}'>")
    ),
    "og-site": lambda k, o, p: _write(
        p / "o.html", _page(k, head=f"<meta property='og:site_name' content='{o[0]}'>")
    ),
    "copyright": lambda k, o, p: _write(
        p / "c.html", _page(k, footer=f"© 2025 {html.escape(o[0])}. Ghi rõ nguồn khi trích dẫn.")
    ),
    "lead-tag": lambda k, o, p: _write(p / "t.txt", _text(k, lead=f"({o[2]}) - ")),
    "theo": lambda k, o, p: _write(p / "e.txt", _text(k, end=f"Theo {o[0]}")),
}


def _print_domain(key: dict[str, Any], outlet: tuple[str, str, str], out: Path) -> Path:
    spec = {
        "columns": 1,
        "print_header": outlet[1],
        "print_footer": "Trang {page}/{pages}",
        "blocks": [{"h": key["title"]}, *({"p": k} for k in key["keep"])],
    }
    build_pdf(spec, out / "p.pdf")
    return out / "p.pdf"


SHAPES["print-domain"] = _print_domain


def _title_tagline(key: dict[str, Any], outlet: tuple[str, str, str], out: Path) -> Path:
    """The <title>'s last part the site's name in capitals dashed to what the site is."""
    page = _page(key).replace(
        f"<title>{html.escape(key['title'])}</title>",
        f"<title>{html.escape(key['title'])} | Thế giới | {html.escape(outlet[0].upper())}"
        " - Tin tức và bình luận</title>",
    )
    return _write(out / "g.html", page)


# (the shapes of issue 19's third metadata round, in the harness's own words)
SHAPES["title-tagline"] = _title_tagline
SHAPES["caps-over-menu"] = lambda k, o, p: _write(
    p / "n.txt", _text(k, top=f"{o[0].upper()}\n\nThời sự | Thế giới | Kinh tế | Thể thao")
)
SHAPES["letterhead-address"] = lambda k, o, p: _write(
    p / "a.txt",
    _text(k, top=f"{o[0].upper()}\n\n12 Harbour Road, Ward 3, Port Hollis\n\nwww.{o[1]}"),
)


def measure(files: int, verbose: bool) -> dict[str, list[int]]:
    outlets = _table_outlets()
    pool = [*outlets, *_UNKNOWN]
    articles = [
        key
        for set_dir in sorted(p for p in CORPUS.iterdir() if p.is_dir())
        for key in keys(set_dir.name).values()
        if len(key.get("keep", [])) >= 2
    ][:files]
    tally: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    with tempfile.TemporaryDirectory(prefix="briefer-outlets-") as tmp:
        for i, key in enumerate(articles):
            for s, (shape, make) in enumerate(SHAPES.items()):
                # (each shape meets a different run of outlets)
                outlet = pool[(i + 17 * s) % len(pool)]
                folder = Path(tmp) / f"{i}-{shape}"
                folder.mkdir()
                got = analyse(make(key, outlet, folder)).metadata.outlet
                # an outlet outside the table said only by its short form or its domain is
                # said by that alone
                want = outlet[0]
                if outlet in _UNKNOWN and shape in ("lead-tag", "print-domain"):
                    want = outlet[2] if shape == "lead-tag" else outlet[1]
                ok = _same_outlet(want, got)
                for name in (shape, "all"):
                    tally[name][0] += ok
                    tally[name][1] += 1
                if verbose and not ok:
                    print(f"   {shape}: got {got!r}, want {want!r}")
    print(f"{len(outlets)} table outlets the corpus never uses, {len(_UNKNOWN)} outside it")
    return tally


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--files", type=int, default=40)
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    tally = measure(args.files, args.verbose)
    for shape in [*SHAPES, "all"]:
        right, total = tally[shape]
        print(f"  {shape:<14} {right}/{total} = {100 * right / max(1, total):.0f} %")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
