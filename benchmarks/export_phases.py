"""Where a DOCX export's process spends its CPU: each phase's imports and work, apart.

    uv run python benchmarks/export_phases.py STORE [--pair VN-CL] [--date 2026-11-24]
                                              [--type state-visit] [--runs 7]

For finding where time goes, not for claims (bench_process.py times the whole process beside
pandoc). Each run is a fresh child process that does what ``briefer export --format docx``
does, in the same order, with the collector off as the command has it, and reads its own
CPU clock between phases; the figure of each phase is its minimum over the runs (a shared,
loaded machine only ever adds time). Imports are phases of their own, so a phase's work is
never charged with a module it loads first. Children run from compiled bytecode kept in a
scratch folder, as an installed Briefer does, under a scratch ``BRIEFER_HOME`` whose caches
(compiled templates, parsed fonts) the first, untimed run fills.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

CHILD = r"""
import gc, json, sys, time
gc.disable()  # as `briefer export` runs (briefer.cli.main)
marks = [("start", time.process_time())]
def mark(name):
    marks.append((name, time.process_time()))
store, pair, day, kind, out = sys.argv[1:6]
import briefer.cli.main; mark("import the CLI (parser, paths, output)")
from briefer.services.exporting import ExportServices; mark("import the export services")
import briefer.assemble.assembler, briefer.store.brief_facts; mark("import assembly")
from datetime import date
services = ExportServices(store)
services.reader(); mark("open the store")
brief = services.assemble(pair, kind, "vi", date.fromisoformat(day), ""); mark("assemble")
facts = services.facts_by_uuid(brief.cited_fact_uuids()); mark("load the cited facts")
import briefer.render.document; mark("import rendering (jinja2)")
document = services._render(brief, facts, None); mark("render (template, markup)")
import briefer.export.docx as docx_export; mark("import the DOCX writer (python-docx)")
from briefer.export.docx_writer import Writer
if docx_export.needs_layout(document):
    import briefer.export.pdf; mark("import the PDF layout (reportlab)")
pages = docx_export._layout_for(document); mark("lay out pages (contents' numbers)")
import io, docx
word = docx.Document(str(docx_export.template("reference.docx"))); mark("open reference.docx")
Writer(document, word, pages).write(); mark("write the body, notes, furniture")
buffer = io.BytesIO(); word.save(buffer); mark("save the package")
data = docx_export.reproducible_zip(buffer.getvalue()); mark("rewrite the zip")
open(out, "wb").write(data)
services.close(); mark("write the file, close")
print(json.dumps([(b[0], b[1] - a[1]) for a, b in zip(marks, marks[1:])]))
"""


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("store", type=Path)
    parser.add_argument("--pair", default="VN-CL")
    parser.add_argument("--date", default="2026-11-24")
    parser.add_argument("--type", default="state-visit")
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="briefer-export-phases-"))
    env = {**os.environ, "BRIEFER_HOME": str(work / "home"), "PYTHONPATH": str(REPO)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # as installed: from compiled bytecode
    env["PYTHONPYCACHEPREFIX"] = str(work / "pycache")
    # The store is copied: opening it may write (WAL, the backup guard's state).
    store = work / "store.sqlite"
    shutil.copyfile(args.store, store)
    argv = [sys.executable, "-c", CHILD, str(store), args.pair, args.date, args.type]
    best: dict[str, float] = {}
    try:
        for run in range(args.runs + 1):
            out = subprocess.run(
                [*argv, str(work / "brief.docx")],
                check=False,
                env=env,
                capture_output=True,
                text=True,
            )
            if out.returncode != 0:
                print(out.stderr[-2000:], file=sys.stderr)
                return 1
            if run == 0:
                continue  # fills the bytecode, template and font caches
            for name, seconds in json.loads(out.stdout.strip().splitlines()[-1]):
                best[name] = min(best.get(name, seconds), seconds)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(f"CPU per phase, minimum of {args.runs} runs (load {os.getloadavg()[0]:.1f}):")
    for name, seconds in best.items():
        print(f"  {seconds * 1000:7.1f} ms  {name}")
    imports = sum(s for n, s in best.items() if n.startswith("import"))
    total = sum(best.values())
    print(
        f"  {total * 1000:7.1f} ms  in all ({imports * 1000:.1f} ms of it imports), "
        "plus the interpreter's own start and end"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
