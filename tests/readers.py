"""Independent readers the tests check exports with: LibreOffice's conversion of a DOCX to PDF.

One place starts ``soffice`` (its own profile in the test's folder, headless, bounded in
time), so every test that reads our DOCX through LibreOffice reads it the same way, and a
machine without LibreOffice skips them with one reason.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest


def libreoffice_pdf(docx: Path, work: Path) -> Path:
    """``docx`` converted by LibreOffice into ``work``; the test is skipped without it."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None or shutil.which("pdftotext") is None:
        pytest.skip("LibreOffice (soffice) and pdftotext (poppler-utils) are needed")
    work.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation={(work / 'profile').as_uri()}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(work),
            str(docx),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    pdf = work / f"{docx.stem}.pdf"
    assert pdf.exists(), f"LibreOffice wrote no PDF for {docx.name}"
    return pdf
