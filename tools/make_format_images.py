"""Page images of the official format for docs/format/: the DOCX as LibreOffice renders it and
Briefer's PDF, side by side, for the title page and the first content page — Vietnamese and
English, classified and not.

Run: ``uv run python tools/make_format_images.py`` (needs LibreOffice and poppler's pdftoppm;
writes docs/format/*.png and docs/format/README.md). Not run by the tests.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from dataclasses import replace
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PIL import Image, ImageDraw  # noqa: E402

from briefer.domain.letterhead import TitlePage  # noqa: E402
from briefer.services import Services, init_store  # noqa: E402

OUT = ROOT / "docs" / "format"
DPI = 60
TITLE_PAGE = TitlePage(
    issuing_unit_vi="Bộ Ngoại giao\nVụ Châu Mỹ",
    issuing_unit_en="Ministry of Foreign Affairs\nAmericas Department",
    number="15/TL-VCM",
    visit_dates="12–16/11/2024",
    venue="Santiago de Chile",
)
VARIANTS = (
    ("vi-mat", "vi", "MẬT"),
    ("vi-internal", "vi", "Lưu hành nội bộ"),
    ("en-secret", "en", "SECRET"),
    ("en-internal", "en", "For internal use"),
)
PAGES = ((1, "title"), (3, "content"))  # page 2 is the contents list


def render(pdf: Path, page: int, out: Path) -> Image.Image:
    stem = out.with_suffix("")
    subprocess.run(
        [
            *("pdftoppm", "-r", str(DPI), "-png", "-singlefile"),
            *("-f", str(page), "-l", str(page), str(pdf), str(stem)),
        ],
        check=True,
    )
    return Image.open(f"{stem}.png").convert("RGB")


def side_by_side(left: Image.Image, right: Image.Image, labels: tuple[str, str]) -> Image.Image:
    gap, top = 16, 22
    width = left.width + right.width + 3 * gap
    height = max(left.height, right.height) + top + gap
    sheet = Image.new("RGB", (width, height), (138, 143, 152))
    draw = ImageDraw.Draw(sheet)
    for x, image, label in ((gap, left, labels[0]), (2 * gap + left.width, right, labels[1])):
        sheet.paste(image, (x, top))
        draw.text((x, 5), label, fill=(255, 255, 255))
    return sheet


def main() -> None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None or shutil.which("pdftoppm") is None:
        raise SystemExit("make_format_images.py needs LibreOffice (soffice) and pdftoppm.")
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        store = work / "demo.sqlite"
        init_store(store, demo=True)
        services = Services(store)
        rows = []
        for name, lang, marking in VARIANTS:
            brief = services.assemble("VN-CL", "state-visit", lang, date(2026, 12, 4), marking)
            brief = replace(brief, title_page=TITLE_PAGE)
            docx, pdf = services.export_brief(brief, ["docx", "pdf"], work / name).paths
            subprocess.run(
                [
                    *(soffice, f"-env:UserInstallation={(work / 'lo').as_uri()}", "--headless"),
                    *("--convert-to", "pdf", "--outdir", str(work / "lo-out"), str(docx)),
                ],
                check=True,
                capture_output=True,
                timeout=300,
            )
            lo_pdf = work / "lo-out" / f"{name}.pdf"
            for page, what in PAGES:
                left = render(lo_pdf, page, work / f"{name}-lo-{page}.png")
                right = render(pdf, page, work / f"{name}-pdf-{page}.png")
                sheet = side_by_side(left, right, ("DOCX (LibreOffice)", "PDF (Briefer)"))
                target = OUT / f"{name}-{what}.png"
                sheet.save(target, optimize=True)
                rows.append((name, marking, what, target.name))
                print(f"wrote {target.relative_to(ROOT)}")
        services.close()
    lines = [
        "# The official format, DOCX and PDF side by side",
        "",
        "Made by `uv run python tools/make_format_images.py` from the demo store (Việt Nam – "
        "Chile, state visit, 4 December 2026): on the left the DOCX as LibreOffice renders it, "
        "on the right Briefer's own PDF.",
        "",
        "| variant | marking | page | image |",
        "| --- | --- | --- | --- |",
    ]
    lines += [f"| {n} | {m} | {w} | ![{n} {w}]({f}) |" for n, m, w, f in rows]
    (OUT / "README.md").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
