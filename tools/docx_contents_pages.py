"""Do the DOCX contents' page numbers match where LibreOffice puts the headings?

    uv run python tools/docx_contents_pages.py [--store PATH] [--pair VN-CL ...]

The DOCX contents entries carry cached page numbers (PAGEREF fields; today the PDF
layout's): pandoc shows them as they are (LibreOffice now computes its own). This exports each
brief (the demo store's pairs, state visit and ministerial talks, Vietnamese and English, or
the pairs of ``--store``), reads the numbers the DOCX carries (its PAGEREF results), converts
the DOCX with ``soffice --headless --convert-to pdf`` and reads the page of each heading from
that PDF's outline (pypdf), then prints both side by side and how many differ. It is the
yardstick for any page estimate of the DOCX contents. Everything runs in a scratch folder
(store, BRIEFER_HOME, LibreOffice profile) that is removed at the end.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

_PAGEREF = re.compile(
    r'PAGEREF (\S+) .*?fldCharType="separate"/>.*?<w:t(?: [^>]*)?>([^<]*)</w:t>', re.S
)


def docx_numbers(docx: Path) -> list[tuple[str, int | None]]:
    """(bookmark, cached page number) of each contents entry, in order."""
    with zipfile.ZipFile(docx) as package:
        xml = package.read("word/document.xml").decode("utf-8")
    return [(mark, int(n) if n.isdigit() else None) for mark, n in _PAGEREF.findall(xml)]


def outline_pages(pdf: Path) -> list[tuple[str, int]]:
    import pypdf

    reader = pypdf.PdfReader(str(pdf))
    out: list[tuple[str, int]] = []

    def walk(items: list) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                out.append((item.title, reader.get_destination_page_number(item) + 1))

    walk(reader.outline)
    return out


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--store", type=Path, help="a store (default: a fresh demo store)")
    parser.add_argument("--pair", action="append", help="pairs to export (default: all)")
    args = parser.parse_args()
    soffice = shutil.which("soffice")
    if not soffice:
        print("soffice (LibreOffice) is not installed.")
        return 1
    work = Path(tempfile.mkdtemp(prefix="briefer-contents-pages-"))
    os.environ["BRIEFER_HOME"] = str(work / "home")
    try:
        from briefer.services import Services, init_store

        store = args.store
        if store is None:
            store = work / "demo.sqlite"
            init_store(store, demo=True)
        services = Services(store)
        pairs = args.pair or [p.code for p in services.pairs()]
        total = differ = 0
        for pair in pairs:
            for kind in ("state-visit", "ministerial-talks"):
                for lang in ("vi", "en"):
                    brief = services.assemble(pair, kind, lang, date(2026, 11, 24))
                    docx = work / f"{pair}-{kind}-{lang}.docx"
                    services.export_brief(brief, ["docx"], docx)
                    subprocess.run(
                        [
                            soffice,
                            f"-env:UserInstallation=file://{work}/lo-profile",
                            "--headless",
                            "--convert-to",
                            "pdf",
                            "--outdir",
                            str(work),
                            str(docx),
                        ],
                        check=True,
                        capture_output=True,
                    )
                    cached = docx_numbers(docx)
                    laid = outline_pages(docx.with_suffix(".pdf"))
                    rows = list(zip(cached, laid, strict=False))
                    wrong = sum(1 for (_, n), (_, page) in rows if n != page)
                    total += len(rows)
                    differ += wrong
                    print(f"{pair} {kind} {lang}: {wrong} of {len(rows)} entries differ")
                    for (_mark, n), (title, page) in rows:
                        flag = "" if n == page else "   <- differs"
                        where = f"contents {n!s:>4}  LibreOffice {page:>4}"
                        print(f"    {title[:44]:<44} {where}{flag}")
        services.close()
        print(f"all: {differ} of {total} contents entries differ from LibreOffice's pages")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
