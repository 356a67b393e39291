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
- metadata: title, outlet (the same name once generic parts are gone, or the name with only
  its unit/parent organisations beside it: see :func:`_same_outlet`), publication date,
  author;
- candidate precision: the share of candidates whose quote holds a key fact's words (and is
  of that fact's kind: an event or a figure) or another real fact's words (the key's ``also``).

``--pasted`` measures the set's HTML pages as an editor's browser copy of them (their visible
text, pasted as a ``.txt``: ``benchmarks/pasted.py``) against the same keys; a title then counts
right in any letter case (a page that shows its headline in capitals pastes it so), and
outlet, date and author are shown but have only the page's visible lines to come from.
``--printed`` measures them the same way printed to PDF from a browser (visible lines, the
browser's print header with the ``<title>`` and footer with the address and "x/y").
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

from benchmarks.corpus import CORPUS, build, build_pdf
from benchmarks.pasted import printed_spec, visible_text
from briefer.domain.periods import normalize_period
from briefer.ingest.analysis import analyse
from briefer.ingest.candidates import Candidate
from briefer.ingest.countries import country_of_name, find_countries
from briefer.text.fold import fold


def _norm(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


# --- the outlet judge ------------------------------------------------------------------
# Words naming only what KIND of outlet a name is (folded): a name with or without them is
# the same outlet ("Báo Nhân Dân" / "Nhân Dân", "Yonhap News Agency" / "Yonhap").
_LEAD_KIND = re.compile(
    r"^(?:bao dien tu|bao|tap chi dien tu|tap chi|cong thong tin dien tu|trang thong tin dien"
    r" tu|trang tin dien tu|ban tin|agence|agencia|agencia de noticias|journal)\s+"
)
_TRAIL_KIND = re.compile(
    r"\s+(?:news agency|press agency|agency|newspapers?|news|online|media|magazine)$"
)
# The first word(s) of an organisation — a unit or its parent — (folded): a name's other
# " - " segment that is one is its unit or parent, not part of the name.
_ORG_LEAD = re.compile(
    r"^(?:vu|cuc|tong cuc|bo|vien|hoc vien|truong|dai hoc|ban|van phong|so|uy ban|trung tam"
    r"|hiep hoi|hoi|lien hiep|lien minh|lien doan|tap doan|tong cong ty|cong ty|ngan hang"
    r"|quoc hoi|phong|khoa|ministry|department|office|embassy|bureau|directorate|council"
    r"|commission|secretariat|university|institute|faculty|school|division|agence|agencia"
    r"|agência)\b"
)
_OFFICE = re.compile(r"^(?:van phong|office of(?: the)?)\s+")
_ACRONYM = re.compile(r"^[A-ZĐ][A-ZĐ0-9+&]{1,9}$")
_SEGMENT = re.compile(r"\s+[-–—]\s+|\s*/\s*")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _outlet_core(name: str) -> str:
    """``name`` folded with its generic parts gone: "&"/"và"/"and" as one, a group in
    brackets, a leading "The", leading and trailing kind words."""
    # (the English article before folding: a folded "Thế giới" must keep its first word)
    text = re.sub(r"\([^()]*\)", " ", fold(re.sub(r"^\s*The\s+", "", name)))
    text = re.sub(r"\s+(?:&|va|and)\s+", " & ", text)
    # (spellings of one name: "Viet Nam" is "Vietnam", a word's "+" is its "Plus": "Vietnam+")
    text = re.sub(r"\bviet nam\b", "vietnam", text)
    text = re.sub(r"(?<=\w)\+(?=\s|$)", "plus", text)
    # ("TP." abbreviates "thành phố", city: "Sở Ngoại vụ TP. Hồ Chí Minh" is the same office)
    text = re.sub(r"\btp(?:\.\s*|\s+)(?=\w)", "thanh pho ", text)
    # (a place's level inside a body's name, "Sở Ngoại vụ thành phố Hà Nội", "Sở X tỉnh Y":
    # the place names the body with it or without it; a dash between a name's parts is as a
    # space, "Hellenic Republic – Ministry of Foreign Affairs")
    text = re.sub(r"(?<=\w)\s+(?:thanh pho|tinh)\s+(?=\w)", " ", text)
    text = re.sub(r"\s+[-–—]\s+", " ", text)
    # (a hyphen between a name's words is as a space: the PNG daily writes itself "Post-Courier"
    # on its masthead and "Post Courier" in its <title>, "Timor-Leste" is "Timor Leste")
    text = re.sub(r"(?<=[^\W\d_])-(?=[^\W\d_])", " ", text)
    text = " ".join(re.sub(r"[\"“”'‘’.,:;]+(?=\s|$)|^[\"“”'‘’]+", " ", text).split())
    while True:
        cut = _TRAIL_KIND.sub("", _LEAD_KIND.sub("", text))
        if cut == text or not cut:
            return text
        text = cut


# A mission's name (folded): its kind, an optional sending state, "tại"/"in" and its host.
_MISSION = re.compile(
    r"^(?P<kind>dai su quan|tong lanh su quan|lanh su quan|co quan thuong vu|thuong vu"
    r"|embassy|consulate general|consulate|trade office)"
    r"(?:\s+(?:of\s+)?(?:nuoc\s+)?(?:cong hoa xa hoi chu nghia\s+|the socialist republic of\s+)?"
    r"(?:viet nam|vietnam))?\s+(?:tai|in|to)\s+(?P<host>.+)$"
)
_MISSION_KIND = {
    "dai su quan": "embassy",
    "tong lanh su quan": "consulate general",
    "lanh su quan": "consulate",
    "co quan thuong vu": "trade office",
    "thuong vu": "trade office",
}


def _host_code(host: str) -> str:
    """The ISO code of a mission's host as its name writes it ("CHLB Đức", "Cộng hòa Áo",
    "Bun-ga-ri"), or ""."""
    # (the longest run of its last words that is a country's name: a formal style's words
    # before it, "Cộng Hòa", "CHLB", "Republic of", are the style, not another place)
    words = host.split()
    for i in range(len(words)):
        code = country_of_name(" ".join(words[i:]))
        if code:
            return code
    found = find_countries(host)
    return found[0].code if len({m.code for m in found}) == 1 else ""


def _same_mission(one: str, other: str) -> bool:
    """Two names of one mission: the same kind (Vietnamese or English) and the same host,
    however its name is written — the country's formal style or not, its Vietnamese or Latin
    spelling ("tại Cộng hòa Áo" / "tại Áo", "tại Bun-ga-ri" / "tại Bulgaria"). A name with
    more after its host ("… | Kiêm nhiệm Moldova") is not a mission's name alone."""
    parts = []
    for name in (one, other):
        match = _MISSION.match(" ".join(fold(name).split()))
        if not match:
            return False
        # the host as written, in the name's own letters (the country table reads accents)
        host = re.split(r"\s(?:tại|in|to)\s", " ".join(name.split()), flags=re.IGNORECASE)[-1]
        kind = match.group("kind")
        parts.append((_MISSION_KIND.get(kind, kind), _host_code(host)))
    return parts[0] == parts[1] and bool(parts[0][1])


def _org_like(part: str) -> bool:
    """A unit or parent organisation, an outlet named by its kind, or a capitals acronym."""
    folded = " ".join(fold(part).split())
    return bool(
        _ACRONYM.match(part.strip()) or _ORG_LEAD.match(folded) or _TRAIL_KIND.search(folded)
    )


def _segments(name: str) -> list[str]:
    """The " - "/" – "/"/" segments of ``name``; a leading capitals acronym before a
    sentence-case name ("BNA Bahrain News Agency") is a segment of its own."""
    parts = [p.strip() for p in _SEGMENT.split(name) if p.strip()]
    head = re.match(r"^(\S+)\s+(?=\S*[a-zà-ỹ])", parts[0]) if parts else None
    if head and _ACRONYM.match(head.group(1)):
        parts[:1] = [head.group(1), parts[0][head.end() :]]
    return parts


def _within(short: str, long: str) -> bool:
    """``short`` is a contiguous run of ``long``'s segments whose other segments are all
    organisations (a unit before, a parent after) or acronyms; a unit before the run makes
    the run its parent, so the run must be an organisation (or acronym) itself."""
    segs, want = _segments(long), _outlet_core(short)
    for i in range(len(segs)):
        for j in range(i + 1, len(segs) + 1):
            if (i, j) == (0, len(segs)) or _outlet_core(" - ".join(segs[i:j])) != want:
                continue
            before, after = " - ".join(segs[:i]), " - ".join(segs[j:])
            run = " - ".join(segs[i:j])
            if before and not (_ACRONYM.match(before) or (_org_like(before) and _org_like(run))):
                continue
            if after and not _org_like(after):
                continue
            return True
    return False


# Between two writers of one byline: a comma, a spaced dash, "và" / "and" / "&", a semicolon.
_AUTHOR_JOIN = re.compile(r"\s*[,;&]\s*|\s+[-–—]\s+|\s+(?:và|and)\s+", re.IGNORECASE)


def _same_authors(expected: str, got: str) -> bool:
    """The same writers, however the byline joins them: keys write "A, B" (unseen69) and
    "A - B" (unseen70) for one shape of byline, so writers are compared as a set of names."""

    def names(byline: str) -> set[str]:
        return {" ".join(fold(n).split()) for n in _AUTHOR_JOIN.split(byline) if n.strip()}

    return names(expected) == names(got)


def _same_outlet(expected: str, got: str, also: list[str] | str | None = None) -> bool:
    """Strict but fair: the stored outlet is right when it is the key's name (or one of the
    key's ``outlet_also``, the outlet's own other names) after removing only generic parts —
    accents and case, "&"/"và"/"and", "Viet Nam"/"Vietnam", a word's "+"/"Plus", "TP."/"thành
    phố", a place's level ("thành phố"/"tỉnh") inside a name, a dash between a name's parts
    or a hyphen between its words,
    a leading "The", groups in brackets, leading kind words ("Báo", "Tạp chí", "Cổng
    thông tin điện tử" …) and trailing ones ("News Agency",
    "Newspaper", "Online" …) — or when one name is a contiguous run of the other's " - "
    segments and every other segment is an organisation (a unit or parent: "Vụ …", "Bộ …",
    "Ministry of …") or a capitals acronym ("VIR"), or the body's own office ("Văn phòng X"
    for X). Whatever its words, a stored outlet
    starting with a lower-case letter (unless the key's does), or holding "©" or a year, is
    wrong (a reader's junk). A key without an outlet (the text names none) wants none."""
    if not _outlet_core(expected):
        return not got.strip()
    got = " ".join(got.split())
    # (the writers' brief allows one string as well as a list: a string is one name, not
    # its characters)
    names = [expected, *([also] if isinstance(also, str) else also or [])]
    # (a brand written in lower case, "eKathimerini.com", may start so: its key does too)
    lower = got[:1].islower() and not any(n.strip()[:1].islower() for n in names)
    if not got or lower or "©" in got or _YEAR.search(got):
        return False
    for name in names:
        if _outlet_core(name) == _outlet_core(got):
            return True
        # (a body's own office, "Văn phòng X" / "Office of the X", is its unit as "Vụ Y - X" is)
        if _OFFICE.sub("", _outlet_core(got)) == _outlet_core(name):
            return True
        if _within(got, name) or _within(name, got):
            return True
        if _same_mission(got, name):
            return True
    return False


def furniture_left(body: str, furniture: list[str], keep: list[str]) -> list[str]:
    """The furniture strings still in ``body`` (normalised) outside its must-keep sentences: a
    string inside one is that sentence's own words (a section label "Political" over "… for
    Political Affairs …" has gone), one standing on its own is left."""
    outside = body
    for sentence in keep:
        outside = outside.replace(_norm(sentence), "\n")
    return [f for f in furniture if _norm(f) in outside]


def _same_period(got: str, want: str) -> bool:
    """One period by the product's own reading: "2025-10..2025-10" is "2025-10" and
    "2025-01..2025-12" is "2025" (``normalize_period``, which the brief's conflicts use); the
    older keys write a single month both ways."""
    try:
        return normalize_period(got) == normalize_period(want)
    except ValueError:
        return got == want


def _fact_ok(fact: dict[str, Any], c: Candidate) -> tuple[bool, bool]:
    """(right pair and words, right value/period/date too)."""
    if c.pair != fact["pair"] or _norm(fact["q"]) not in _norm(c.quote):
        return False, False
    ok = True
    if "value" in fact:
        ok = c.value is not None and abs(c.value - fact["value"]) <= 1e-6 * abs(fact["value"])
        ok = ok and c.unit == fact.get("unit", c.unit)
        if "period" in fact:
            ok = ok and _same_period(c.period, fact["period"])
    elif "date" in fact:
        ok = c.event_date.split("..")[0] == fact["date"]  # a visit 15-17/1 starts on 15/1
    if "metric" in fact:
        ok = ok and c.metric == fact["metric"]
    return True, ok


def _real(c: Candidate, key: dict[str, Any]) -> bool:
    """A real fact: the candidate's quote holds (or lies inside) another real fact's words
    the key lists (``also``: of any kind), or a key fact's words when it is of that fact's
    kind — a stray event read from a trade figure's sentence ("Trong tháng 1 và tháng 2 năm
    2025, thương mại … đạt …" as an event of 2025-01) is not that figure."""
    quote = _norm(c.quote)

    def holds(words: str) -> bool:
        words = _norm(words)
        return words in quote or quote in words

    if any(holds(a) for a in key.get("also", [])):
        return True
    for fact in key["facts"]:
        kind = "event" if "date" in fact else "figure" if "value" in fact else c.kind
        if c.kind == kind and holds(fact["q"]):
            return True
    return False


def evaluate(
    set_name: str, verbose: bool, pasted: bool = False, printed: bool = False
) -> dict[str, float]:
    totals = dict.fromkeys(
        ("files", "furniture", "furniture_left", "keep", "lost", "facts", "pair_ok", "value_ok",
         "title", "outlet", "date", "author", "candidates", "real", "seconds"), 0.0
    )  # fmt: skip
    with tempfile.TemporaryDirectory(prefix="briefer-corpus-") as tmp:
        for built, key in build(set_name, Path(tmp)):
            path = built
            if pasted or printed:
                if built.suffix not in (".html", ".htm"):
                    continue
                html = (CORPUS / set_name / built.name).read_text(encoding="utf-8")
                path = built.with_suffix(".pdf" if printed else ".txt")
                if printed:
                    build_pdf(printed_spec(html, built.name), path)
                else:
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
                (pasted or printed)
                and _norm(meta.title).casefold() == _norm(key["title"]).casefold()
            )
            outlet_ok = _same_outlet(key["outlet"], meta.outlet, key.get("outlet_also"))
            date_ok = meta.published_on == key["date"]
            author_ok = _same_authors(key.get("author", ""), meta.author)
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


def key_sets() -> list[str]:
    """The corpus sets that have a key, by name."""
    return sorted(p.name for p in CORPUS.iterdir() if (p / "keys.json").exists())


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
        choices=key_sets(),
    )
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument("--pasted", action="store_true", help="HTML pages as a browser copy")
    parser.add_argument("--printed", action="store_true", help="HTML pages printed to PDF")
    args = parser.parse_args()
    mode = " pasted" if args.pasted else " printed" if args.printed else ""
    report(args.set + mode, evaluate(args.set, args.verbose, args.pasted, args.printed))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
