"""Start-up of the `briefer` command: the parser imports no feature, a read command no writer.

Every command is a fresh process, so what it imports before doing its work is time the user
waits for (benchmarks/bench_process.py). These read the module table of a real child process.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

PROBE = r"""
import json, sys
from briefer.cli import build_parser, main
build_parser()
after_parser = sorted(sys.modules)
if len(sys.argv) > 1:
    main(sys.argv[1:])
print(json.dumps({"parser": after_parser, "command": sorted(sys.modules)}))
"""


def _modules(*argv: str) -> dict[str, set[str]]:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    out = subprocess.run(
        [sys.executable, "-c", PROBE, *argv],
        capture_output=True,
        text=True,
        env=env,
        cwd=REPO,
        check=True,
        timeout=120,
    ).stdout
    found = json.loads(out.strip().splitlines()[-1])
    return {key: set(value) for key, value in found.items()}


def _loaded(modules: set[str], *packages: str) -> list[str]:
    return sorted(m for m in modules if m.split(".")[0] in packages or m in packages)


def _features(modules: set[str]) -> list[str]:
    """Briefer's packages that no export or read command needs: the importer (hundreds of
    modules of rules), the hub's sync and the desktop app."""
    return sorted(
        m for m in modules if m.startswith(("briefer.ingest", "briefer.sync", "briefer.ui"))
    )


def test_building_the_parser_imports_no_feature() -> None:
    parser = _modules()["parser"]
    heavy = _loaded(parser, "sqlite_utils", "reportlab", "docx", "jinja2", "PySide6", "lxml")
    assert heavy == []
    assert _features(parser) == []
    assert not {"briefer.sync.pack_import", "briefer.text.dates", "importlib.metadata"} & parser


def test_a_read_command_loads_no_writer_or_ui(demo_store: Path) -> None:
    command = _modules("pairs", "--store", str(demo_store))["command"]
    assert "briefer.store.facts" in command  # it did its work
    assert _loaded(command, "reportlab", "docx", "jinja2", "PySide6") == []


def test_a_docx_export_loads_no_bitmap_code_nor_the_own_line_wording(
    demo_store: Path, tmp_path: Path
) -> None:
    # Pillow's image module (deferred: ReportLab imports it for bitmaps a brief never draws)
    # does not run, and the own-line wording chain loads only for a sentence two sections
    # share (none in the demo brief): ~40 ms of an export's start-up between them.
    out = tmp_path / "brief.docx"
    argv = ("export", "--pair", "VN-CL", "--format", "docx", "--out", str(out))
    command = _modules(*argv, "--store", str(demo_store))["command"]
    assert out.exists() and "reportlab.platypus" in command  # it did its work, contents too
    assert not {"PIL.ExifTags", "PIL._imaging", "briefer.domain.english"} & command


def test_a_docx_export_loads_no_importer_hub_or_ui(demo_store: Path, tmp_path: Path) -> None:
    out = tmp_path / "brief.docx"
    argv = ("export", "--pair", "VN-CL", "--format", "docx", "--out", str(out))
    command = _modules(*argv, "--store", str(demo_store))["command"]
    assert out.exists()
    assert _features(command) == []
    assert _loaded(command, "PySide6", "sqlite_utils", "psycopg") == []


def test_a_one_page_docx_export_loads_no_pdf_code(demo_store: Path, tmp_path: Path) -> None:
    # A DOCX's contents carry the PDF layout's page numbers, so a brief with contents lays
    # its pages out with reportlab (~35% of that export's CPU); a one-page fact sheet has no
    # contents and no page total: nothing of the PDF writer or reportlab loads for it.
    out = tmp_path / "sheet.docx"
    argv = ("export", "--pair", "VN-CL", "--type", "fact-sheet", "--format", "docx")
    command = _modules(*argv, "--out", str(out), "--store", str(demo_store))["command"]
    assert out.exists() and "docx" in command  # it did its work
    assert _loaded(command, "reportlab") == []
    assert not {m for m in command if m.startswith("briefer.export.pdf")}
    assert _features(command) == []


def test_only_a_brief_with_contents_needs_the_pdf_layout(demo_store: Path) -> None:
    # (review of session 26: the lazy reportlab import rests on this decision)
    from datetime import date

    from briefer.export.docx import needs_layout
    from briefer.services import Services

    services = Services(demo_store)
    try:
        sheet = services.assemble("VN-CL", "fact-sheet", "vi", date(2026, 3, 1))
        visit = services.assemble("VN-CL", "state-visit", "vi", date(2026, 3, 1))
        assert not needs_layout(services.render(sheet))
        assert needs_layout(services.render(visit))
    finally:
        services.close()
