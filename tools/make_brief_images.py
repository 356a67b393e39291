"""Render the page images in ``docs/images/`` that show what the briefs look like (issue 12).

Builds a fresh demo store in a temporary folder, exports the Việt Nam – Peru briefs dated
2026-12-04 and renders chosen PDF pages to PNG with poppler's ``pdftoppm``:

- ``brief12-vn-pe-vi-diplomatic.png`` / ``-en-``: the page with "32 năm / 32 years of
  diplomatic relations" and the visits (the last visit each way, the timeline);
- ``brief12-fact-sheet-vi.png`` / ``-en.png``: the one-page fact sheet.

    uv run python tools/make_brief_images.py            # write docs/images/brief12-*.png
    uv run python tools/make_brief_images.py --out DIR  # somewhere else

Images come from this tool, never from tests (tests never write into the repository).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

from pypdf import PdfReader

REPO = Path(__file__).resolve().parent.parent
BRIEF_DATE = date(2026, 12, 4)
DPI = 80


def page_with(pdf: Path, words: str) -> int:
    """The 1-based number of the first page whose text contains ``words``."""
    for number, page in enumerate(PdfReader(str(pdf)).pages, start=1):
        if words in " ".join((page.extract_text() or "").split()):
            return number
    raise SystemExit(f"{pdf.name}: no page says {words!r}")


def render_page(pdf: Path, page: int, target: Path) -> None:
    stem = target.with_suffix("")
    subprocess.run(
        ["pdftoppm", "-png", "-r", str(DPI), "-f", str(page), "-l", str(page), "-singlefile"]
        + [str(pdf), str(stem)],
        check=True,
        timeout=120,
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "images")
    args = parser.parse_args(argv)
    if shutil.which("pdftoppm") is None:
        print("pdftoppm (poppler-utils) is needed", file=sys.stderr)
        return 1
    from briefer.services import Services, init_store

    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="briefer-images-") as tmp:
        work = Path(tmp)
        init_store(work / "demo.sqlite", demo=True)
        services = Services(work / "demo.sqlite", demo_on_first_run=False)
        try:
            shots: list[tuple[Path, str, Path]] = []
            for lang, words in (("vi", "32 năm thiết lập"), ("en", "32 years of diplomatic")):
                brief = services.assemble("VN-PE", "state-visit", lang, BRIEF_DATE)
                pdf = services.export_brief(brief, ("pdf",), work / f"pe-{lang}").paths[0]
                shots.append((pdf, words, args.out / f"brief12-vn-pe-{lang}-diplomatic.png"))
                visits = "Chuyến thăm cấp cao gần nhất" if lang == "vi" else "Latest high-level"
                shots.append((pdf, visits, args.out / f"brief12-vn-pe-{lang}-visits.png"))
                sheet = services.assemble("VN-PE", "fact-sheet", lang, BRIEF_DATE)
                pdf = services.export_brief(sheet, ("pdf",), work / f"sheet-{lang}").paths[0]
                shots.append((pdf, "", args.out / f"brief12-fact-sheet-{lang}.png"))
        finally:
            services.close()
        done: set[tuple[Path, int]] = set()
        for pdf, words, target in shots:
            page = page_with(pdf, words) if words else 1
            if (pdf, page) in done:  # already shown by the image before it
                target.unlink(missing_ok=True)
                continue
            done.add((pdf, page))
            render_page(pdf, page, target)
            print(f"wrote {target.relative_to(REPO) if target.is_relative_to(REPO) else target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
