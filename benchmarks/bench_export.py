"""Exporting a 30-page brief: DOCX (budget < 0.5 s, and faster than pandoc) and PDF (< 1.5 s).

    uv run python benchmarks/bench_export.py

Builds a synthetic pair of about 300 facts with Vietnamese-like statements and citations,
assembles a state-visit brief through the same services the app uses, and times:
the DOCX writer, the PDF writer, and — in the same run, on the same brief — pandoc writing
the equivalent Markdown (footnotes included) to DOCX. Page counts are read back from the
files (pypdf; LibreOffice for the DOCX when it is installed).
"""

from __future__ import annotations

import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.synthetic import TextMaker
from briefer.domain.model import Country, Fact, Source
from briefer.domain.topics import TOPIC_KEYS
from briefer.export.docx import write_docx
from briefer.export.pdf import write_pdf
from briefer.render.model import (
    BulletList,
    Cite,
    Document,
    Heading,
    LineBreak,
    PageBreak,
    Paragraph,
    Table,
    Text,
)
from briefer.services import Services, init_store
from briefer.store.facts import insert_fact, upsert_country
from briefer.store.sources import insert_source

TOPICS = list(TOPIC_KEYS)


def build_pair_store(path: Path, facts: int = 300) -> None:
    init_store(path, demo=False)
    services = Services(path)
    db = services.db()
    maker = TextMaker(seed=5, size=3000)
    with db.atomic():
        upsert_country(db, Country("VN", "Việt Nam", "Viet Nam"))
        upsert_country(db, Country("XA", "Xứ Ảo", "Arcadia"))
        source_ids = []
        for i in range(12):
            body = "\n\n".join(maker.paragraph(6) for _ in range(12))
            source_ids.append(
                insert_source(
                    db,
                    Source(
                        id=None,
                        uuid=f"bench-src-{i}",
                        kind="article",
                        title=maker.sentence(10),
                        outlet=f"Báo Thử Nghiệm {i}",
                        url=f"https://example.org/bai-{i}",
                        published_on="2026-10-01",
                        body=body,
                    ),
                )
            )
        bodies = {
            sid: db.execute("SELECT body FROM source WHERE id = ?", [sid]).fetchone()[0]
            for sid in source_ids
        }
        for i in range(facts):
            topic = TOPICS[i % len(TOPICS)]
            sid = source_ids[i % len(source_ids)]
            body = bodies[sid]
            start = (i * 97) % (len(body) - 200)
            is_visit = topic == "visits"
            insert_fact(
                db,
                Fact(
                    id=None,
                    uuid=f"bench-fact-{i}",
                    pair="VN-XA",
                    topic=topic,
                    kind="event" if is_visit else "statement",
                    statement_vi=" ".join(
                        maker.sentence(maker.rng.randint(18, 30)) for _ in range(3)
                    ),
                    statement_en=f"Statement in English number {i}, long enough to wrap.",
                    event_date=f"20{10 + i % 15:02d}-{1 + i % 12:02d}" if is_visit else "",
                    as_of="2026-09",
                    status="approved",
                ),
                [(sid, body[start : start + 120], start)],
            )
    services.close()


def _md_inlines(inlines) -> str:
    out = []
    for inline in inlines:
        if isinstance(inline, Text):
            text = inline.text.replace("*", "\\*").replace("[", "\\[")
            out.append(f"**{text}**" if inline.bold else f"*{text}*" if inline.italic else text)
        elif isinstance(inline, Cite):
            out.append(f"[^{inline.key}]")
        elif isinstance(inline, LineBreak):
            out.append("\\\n")
    return "".join(out)


def to_markdown(doc: Document) -> str:
    """The same brief as pandoc Markdown: headings, paragraphs, lists, pipe tables, footnotes."""
    lines = [f"% {doc.meta.title}", f"% {doc.meta.subtitle}", f"% {doc.meta.date_label}", ""]
    used: list[str] = []
    for block in doc.blocks:
        if isinstance(block, Heading):
            lines += ["#" * block.level + " " + block.text, ""]
        elif isinstance(block, Paragraph):
            lines += [_md_inlines(block.inlines), ""]
        elif isinstance(block, BulletList):
            lines += [f"- {_md_inlines(item)}" for item in block.items] + [""]
        elif isinstance(block, Table):
            lines.append("| " + " | ".join(_md_inlines(c) for c in block.header) + " |")
            lines.append("|" + "---|" * len(block.header))
            lines += ["| " + " | ".join(_md_inlines(c) for c in row) + " |" for row in block.rows]
            lines.append("")
        elif isinstance(block, PageBreak):
            lines += ["\\newpage", ""]
    for block in doc.blocks:
        inlines = [*getattr(block, "inlines", ())]
        for item in getattr(block, "items", ()):
            inlines += item
        for row in [getattr(block, "header", ()), *getattr(block, "rows", ())]:
            for cell in row:
                inlines += cell
        used += [i.key for i in inlines if isinstance(i, Cite) and i.key not in used]
    for key in used:
        note = doc.notes[key]
        lines.append(f"[^{key}]: {note.text} *“{note.quote}”*")
    return "\n".join(lines) + "\n"


def timed(call, runs: int) -> list[float]:
    result = []
    for _ in range(runs):
        started = time.perf_counter()
        call()
        result.append(time.perf_counter() - started)
    return result


def main() -> int:
    work = Path(tempfile.mkdtemp(prefix="briefer-bench-export-"))
    store = work / "pair.sqlite"
    build_pair_store(store)
    services = Services(store)
    started = time.perf_counter()
    brief = services.assemble("VN-XA", "state-visit", "vi", date(2026, 11, 24), "MẬT")
    assemble_s = time.perf_counter() - started
    started = time.perf_counter()
    document = services.render(brief)
    render_s = time.perf_counter() - started
    items = len(brief.items())
    print(
        f"brief: {items} items, {len(document.notes)} citations; "
        f"assemble {assemble_s * 1000:.0f} ms, render {render_s * 1000:.0f} ms"
    )

    docx_path, pdf_path = work / "brief.docx", work / "brief.pdf"
    write_docx(document, docx_path)  # warm-up: imports, reference.docx, fonts
    write_pdf(document, pdf_path)
    docx_times = timed(lambda: write_docx(document, docx_path), 7)
    pdf_times = timed(lambda: write_pdf(document, pdf_path), 5)

    from pypdf import PdfReader

    pdf_pages = len(PdfReader(pdf_path).pages)
    docx_pages = "?"
    soffice = shutil.which("soffice")
    if soffice:
        subprocess.run(
            [
                soffice,
                f"-env:UserInstallation=file://{work}/lo",
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                str(work / "lo-out"),
                str(docx_path),
            ],
            capture_output=True,
            check=False,
            timeout=300,
        )
        converted = work / "lo-out" / "brief.pdf"
        if converted.exists():
            docx_pages = str(len(PdfReader(converted).pages))

    print(f"pages: DOCX {docx_pages} (LibreOffice), PDF {pdf_pages}")
    docx_med = statistics.median(docx_times)
    pdf_med = statistics.median(pdf_times)
    print(
        f"DOCX write: median {docx_med:.3f} s, min {min(docx_times):.3f} s "
        f"(budget 0.5 s: {'met' if docx_med < 0.5 else 'NOT met'})"
    )
    print(
        f"PDF write:  median {pdf_med:.3f} s, min {min(pdf_times):.3f} s "
        f"(budget 1.5 s: {'met' if pdf_med < 1.5 else 'NOT met'})"
    )
    pandoc = shutil.which("pandoc")
    if pandoc:
        markdown = work / "brief.md"
        markdown.write_text(to_markdown(document), encoding="utf-8")
        out = work / "pandoc.docx"
        pandoc_times = timed(
            lambda: subprocess.run(
                [pandoc, "-f", "markdown", "-t", "docx", "-o", str(out), str(markdown)], check=True
            ),
            5,
        )
        pandoc_med = statistics.median(pandoc_times)
        print(
            f"pandoc markdown → docx: median {pandoc_med:.3f} s, min {min(pandoc_times):.3f} s;"
            f" Briefer's DOCX writer is {pandoc_med / docx_med:.1f}× faster"
            if docx_med < pandoc_med
            else f"pandoc markdown → docx: median {pandoc_med:.3f} s — faster than Briefer's writer"
        )
    else:
        print("pandoc is not installed: comparison skipped")
    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
