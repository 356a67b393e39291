"""Issue 3 end to end: the demo store's briefs exported through the CLI, read back by
independent readers (python-docx's XML, pandoc, pypdf, poppler)."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import unicodedata
import zipfile
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from briefer.errors import ExportError
from briefer.services import Services
from tests.cli import run_briefer

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
VIETNAMESE = ["Lương Cường", "Bùi Thanh Sơn", "Đối tác toàn diện", "25/3/1971"]


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    return run_briefer(*args, timeout=300)


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    work = tmp_path_factory.mktemp("e2e")
    store = work / "demo.sqlite"
    assert cli("init", "--demo", "--store", str(store)).returncode == 0
    out = {}
    for lang in ("vi", "en"):
        result = cli(
            "export",
            "--pair",
            "VN-CL",
            "--lang",
            lang,
            "--format",
            "both",
            "--out",
            str(work / f"brief-{lang}"),
            "--date",
            "2024-12-01",
            "--marking",
            "MẬT",
            "--store",
            str(store),
            "--json",
        )
        assert result.returncode == 0, result.stderr
        assert "Traceback" not in result.stderr
        files = json.loads(result.stdout)["files"]
        out[f"{lang}.docx"], out[f"{lang}.pdf"] = (Path(f) for f in files)
    out["store"] = store
    return out


def _docx_xml(path: Path, part: str) -> str:
    with zipfile.ZipFile(path) as archive:
        return archive.read(part).decode("utf-8")


def test_docx_has_one_real_footnote_per_citation_marker_naming_its_source(exported) -> None:
    document = _docx_xml(exported["vi.docx"], "word/document.xml")
    footnotes = _docx_xml(exported["vi.docx"], "word/footnotes.xml")
    from lxml import etree

    markers = [
        el.get(f"{W}id") for el in etree.fromstring(document.encode()).iter(f"{W}footnoteReference")
    ]
    notes = [
        el.get(f"{W}id")
        for el in etree.fromstring(footnotes.encode()).iter(f"{W}footnote")
        if el.get(f"{W}type") is None  # not the separator / continuation separator
    ]
    assert len(markers) >= 40
    assert sorted(markers, key=int) == sorted(notes, key=int)  # one footnote per marker
    for outlet in ("TTXVN/Vietnam+", "Báo Quốc tế"):
        assert outlet in footnotes
    with zipfile.ZipFile(exported["vi.docx"]) as archive:
        types = archive.read("[Content_Types].xml").decode()
    assert "wordprocessingml.footnotes+xml" in types


@pytest.mark.external
def test_pandoc_reads_the_citations_as_footnotes(exported) -> None:
    if not shutil.which("pandoc"):
        pytest.skip("pandoc is not installed")
    markdown = subprocess.run(
        ["pandoc", "-t", "markdown", str(exported["vi.docx"])],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert len(re.findall(r"^\[\^\d+\]:", markdown, flags=re.M)) >= 40
    for text in VIETNAMESE:
        assert text in unicodedata.normalize("NFC", markdown), text


def test_pdf_text_is_exact_fonts_embedded_links_and_outline(exported) -> None:
    reader = PdfReader(exported["vi.pdf"])
    text = unicodedata.normalize("NFC", "\n".join(p.extract_text() for p in reader.pages))
    for expected in VIETNAMESE:
        assert expected in text, expected
    for page in reader.pages:
        for ref in page["/Resources"]["/Font"].values():
            font = ref.get_object()
            assert font["/Subtype"] != "/Type1"
            descendant = font.get("/DescendantFonts")
            descriptor = (descendant[0].get_object() if descendant else font)["/FontDescriptor"]
            assert "/FontFile2" in descriptor.get_object()
    links = [a.get_object() for p in reader.pages for a in p.get("/Annots", [])]
    internal = [a for a in links if a.get("/Dest") or a.get("/A", {}).get("/S") == "/GoTo"]
    assert len(internal) >= 40
    titles = [item.title for item in reader.outline if not isinstance(item, list)]
    assert "Quan hệ ngoại giao" in titles and "Kinh tế – thương mại" in titles


@pytest.mark.external
def test_pdftotext_reads_the_same_vietnamese(exported) -> None:
    if not shutil.which("pdftotext"):
        pytest.skip("poppler-utils is not installed")
    text = subprocess.run(
        ["pdftotext", str(exported["vi.pdf"]), "-"], capture_output=True, text=True, check=True
    ).stdout
    for expected in VIETNAMESE:
        assert expected in unicodedata.normalize("NFC", text), expected
    fonts = subprocess.run(
        ["pdffonts", str(exported["vi.pdf"])], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    assert fonts and all(" yes yes " in line for line in fonts), fonts


def test_english_export_says_comprehensive_partnership(exported) -> None:
    text = "\n".join(p.extract_text() for p in PdfReader(exported["en.pdf"]).pages)
    assert "Comprehensive Partnership" in text
    assert "Comprehensive Partnership" in _docx_xml(exported["en.docx"], "word/document.xml")


def test_english_brief_warns_about_a_fact_without_english(exported, tmp_path: Path) -> None:
    store = tmp_path / "s.sqlite"
    shutil.copyfile(exported["store"], store)
    services = Services(store)
    fact = next(f for f in services.facts("VN-CL", topic="diplomatic") if f.statement_en)
    from briefer.store.facts import update_fact

    update_fact(services.db(), replace(fact, statement_en=""))
    services.db().conn.commit()
    brief = services.assemble("VN-CL", "state-visit", "en", date(2024, 12, 1))
    result = services.export_brief(brief, ["pdf"], tmp_path / "b.pdf")
    assert any(w.code == "untranslated" and w.fact_uuid == fact.uuid for w in result.warnings)
    with pytest.raises(ExportError, match="warnings"):
        services.export_brief(brief, ["pdf"], tmp_path / "strict.pdf", strict=True)
    assert not (tmp_path / "strict.pdf").exists()


def test_strict_cli_export_fails_on_warnings_and_writes_nothing(exported, tmp_path: Path) -> None:
    target = tmp_path / "late.pdf"
    result = cli(
        "export",
        "--pair",
        "VN-CL",
        "--format",
        "pdf",
        "--out",
        str(target),
        "--date",
        "2027-06-01",
        "--strict",
        "--store",
        str(exported["store"]),
    )
    assert result.returncode == 1
    assert "warnings" in result.stderr and "Traceback" not in result.stderr
    assert not target.exists()


def test_unwritable_target_is_one_sentence(exported, tmp_path: Path) -> None:
    result = cli(
        "export",
        "--pair",
        "VN-PE",
        "--format",
        "docx",
        "--out",
        str(tmp_path / "missing" / "b.docx"),
        "--store",
        str(exported["store"]),
    )
    assert result.returncode == 1
    assert len(result.stderr.strip().splitlines()) == 1 and "does not exist" in result.stderr


def test_a_pair_with_no_facts_is_a_clear_error(exported, tmp_path: Path) -> None:
    result = cli(
        "export",
        "--pair",
        "VN-JP",
        "--format",
        "pdf",
        "--out",
        str(tmp_path / "jp.pdf"),
        "--store",
        str(exported["store"]),
    )
    assert result.returncode == 1
    assert "no facts for the pair VN-JP" in result.stderr


def test_saved_brief_reports_facts_changed_since_its_export(exported, tmp_path: Path) -> None:
    store = tmp_path / "s.sqlite"
    shutil.copyfile(exported["store"], store)
    services = Services(store)
    brief_uuid, brief = services.new_brief("VN-PE", "ministerial-talks", "vi", date(2024, 12, 1))
    services.export_brief(brief, ["docx"], tmp_path / "b.docx", brief_uuid=brief_uuid)
    assert services.changed_since_export(brief_uuid) == []
    used = next(i.fact_uuid for i in brief.items() if i.kind == "fact")
    from briefer.store.facts import update_fact

    fact = services.fact(used)
    assert fact is not None
    update_fact(services.db(), replace(fact, statement_vi=fact.statement_vi + " (cập nhật)"))
    services.db().conn.commit()
    changed = services.changed_since_export(brief_uuid)
    assert [c["uuid"] for c in changed] == [used]
    reloaded = services.load_brief(brief_uuid)
    assert reloaded is not None and reloaded.pair_label == "Việt Nam – Peru"
    assert [i.uuid for i in reloaded.items()] == [i.uuid for i in brief.items()]


@pytest.mark.parametrize(
    ("given", "fmt", "expected"),
    [
        ("brief", "pdf", "brief.pdf"),
        ("brief.pdf", "pdf", "brief.pdf"),
        ("brief.pdf", "docx", "brief.docx"),
        ("brief.DOCX", "pdf", "brief.pdf"),
        ("brief.v2", "docx", "brief.v2.docx"),
    ],
)
def test_export_target_names(given: str, fmt: str, expected: str) -> None:
    from briefer.services import export_target

    assert export_target(Path("/out") / given, fmt) == Path("/out") / expected


def test_services_close_closes_connections_opened_by_worker_threads(exported, tmp_path) -> None:
    import threading

    store = tmp_path / "s.sqlite"
    shutil.copyfile(exported["store"], store)
    services = Services(store)
    worker = threading.Thread(target=services.pairs)
    worker.start()
    worker.join()
    services.pairs()
    services.close()  # must not raise for the worker's connection
