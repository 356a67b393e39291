"""Every XML part of real DOCX exports against the ECMA-376 transitional schemas, with xmllint.

The schemas are kept in ``tests/schemas/ecma376/`` (see its README.md for where each file comes
from, the licence, and the two small documented adjustments: two driver schemas that load the
local copies of the XML-namespace / Dublin Core schemas instead of fetching them, and a
fail-closed stand-in for the drawing schema wml.xsd imports, which is not vendored). Each
part is matched to its schema by the content type the package itself declares in
``[Content_Types].xml``, so a new part type cannot slip through unchecked: the test names the
parts it could not check.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import zipfile
from dataclasses import replace
from datetime import date
from pathlib import Path, PurePosixPath

import pytest
from lxml import etree

from briefer.domain.letterhead import TitlePage
from briefer.services import Services

SCHEMAS = Path(__file__).resolve().parents[1] / "schemas" / "ecma376"
WML = SCHEMAS / "local" / "wml-driver.xsd"
CORE = SCHEMAS / "local" / "opc-coreProperties-driver.xsd"
CONTENT_TYPES = SCHEMAS / "opc-contentTypes.xsd"
RELATIONSHIPS = SCHEMAS / "opc-relationships.xsd"
EXTENDED = SCHEMAS / "shared-documentPropertiesExtended.xsd"
DRAWINGML = SCHEMAS / "dml-main.xsd"

CT = "{http://schemas.openxmlformats.org/package/2006/content-types}"
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
WORDML = "application/vnd.openxmlformats-officedocument.wordprocessingml."
# Content types Briefer writes whose schema is not vendored (see the README): none.
NOT_VENDORED: set[str] = set()

OFFICIAL = TitlePage(
    issuing_unit_vi="Bộ Ngoại giao\nVụ Châu Mỹ",
    issuing_unit_en="Ministry of Foreign Affairs\nAmericas Department",
    number="15/TL-VCM",
    visit_dates="12–16/11/2024",
    venue="Lima",
)

pytestmark = pytest.mark.skipif(shutil.which("xmllint") is None, reason="xmllint not installed")


def _schema_for(content_type: str) -> Path | None:
    if content_type.startswith(WORDML) and content_type.endswith("+xml"):
        return WML
    return {
        "application/vnd.openxmlformats-package.relationships+xml": RELATIONSHIPS,
        "application/vnd.openxmlformats-package.core-properties+xml": CORE,
        "application/vnd.openxmlformats-officedocument.extended-properties+xml": EXTENDED,
        "application/vnd.openxmlformats-officedocument.theme+xml": DRAWINGML,
    }.get(content_type)


def _content_types(parts: Path, names: list[str]) -> dict[str, str]:
    """Part name -> content type, from the package's own [Content_Types].xml."""
    root = etree.parse(str(parts / "[Content_Types].xml")).getroot()
    defaults = {d.get("Extension").lower(): d.get("ContentType") for d in root.iter(f"{CT}Default")}
    overrides = {o.get("PartName"): o.get("ContentType") for o in root.iter(f"{CT}Override")}
    types = {}
    for name in names:
        if name == "[Content_Types].xml":
            continue
        suffix = PurePosixPath(name).name.rpartition(".")[2].lower()
        found = overrides.get("/" + name) or defaults.get(suffix)
        assert found, f"{name} has no content type in [Content_Types].xml"
        types[name] = found
    return types


def _xmllint(schema: Path, files: list[Path]) -> tuple[set[str], str]:
    """The files xmllint says validate, and its report (warnings about skipped imports dropped:
    the drivers' deliberate ones, and dml-main.xsd's imports of the DrawingML chart, diagram,
    picture and locked-canvas schemas, which are not vendored — see the README)."""
    run = subprocess.run(
        ["xmllint", "--nonet", "--noout", "--schema", str(schema), *map(str, files)],
        check=False,
        capture_output=True,
        text=True,
    )
    report = "\n".join(
        line
        for line in run.stderr.splitlines()
        if "Schemas parser warning" not in line
        and not re.match(r'warning: failed to load external entity ".*/ecma376/dml-', line)
    )
    assert "failed to compile" not in report, report
    valid = set(re.findall(r"^(.*) validates$", report, flags=re.MULTILINE))
    return valid, report


def _validate(package: Path, tmp_path: Path) -> tuple[dict[str, str], list[str]]:
    """Unzip ``package`` and validate every XML part; returns (part -> schema, failures)."""
    parts = tmp_path / "parts"
    with zipfile.ZipFile(package) as archive:
        names = archive.namelist()
        archive.extractall(parts)
    types = _content_types(parts, names)
    by_schema: dict[Path, list[str]] = {CONTENT_TYPES: ["[Content_Types].xml"]}
    unchecked = []
    for name, content_type in types.items():
        if not content_type.endswith("xml"):
            continue  # binary parts (images) have no XML schema
        schema = _schema_for(content_type)
        if schema is None:
            unchecked.append(content_type)
            continue
        by_schema.setdefault(schema, []).append(name)
    assert set(unchecked) <= NOT_VENDORED, f"parts with no schema here: {unchecked}"
    checked: dict[str, str] = {}
    failures = []
    for schema, members in by_schema.items():
        valid, report = _xmllint(schema, [parts / m for m in members])
        for member in members:
            if str(parts / member) in valid:
                checked[member] = schema.name
            else:
                failures.append(f"{member} ({schema.name}):\n{report}")
    return checked, failures


CASES = [
    ("VN-PE", "state-visit", "vi", "TUYỆT MẬT", OFFICIAL),
    ("VN-PE", "fact-sheet", "vi", "", None),
    ("VN-PE", "state-visit", "en", "", None),
    ("VN-PE", "fact-sheet", "en", "SECRET", OFFICIAL),
]


@pytest.mark.parametrize(
    ("pair", "brief_type", "lang", "marking", "page"),
    CASES,
    ids=["state-visit-vi-classified", "fact-sheet-vi", "state-visit-en", "fact-sheet-en-secret"],
)
def test_every_part_of_an_exported_brief_is_valid_ecma376(
    demo_store: Path,
    tmp_path: Path,
    pair: str,
    brief_type: str,
    lang: str,
    marking: str,
    page: TitlePage | None,
) -> None:
    services = Services(demo_store)
    try:
        brief = services.assemble(pair, brief_type, lang, date(2026, 12, 4), marking)
        if page is not None:
            brief = replace(brief, title_page=page)
        result = services.export_brief(brief, ["docx"], tmp_path / "brief")
    finally:
        services.close()
    checked, failures = _validate(result.paths[0], tmp_path)
    assert failures == []
    # What a reader would look for: the main story, its styles, notes, settings, headers or
    # footers, and the package plumbing were all among the parts checked.
    expected = {
        "[Content_Types].xml",
        "_rels/.rels",
        "word/_rels/document.xml.rels",
        "word/document.xml",
        "word/styles.xml",
        "word/settings.xml",
        "word/footnotes.xml",
        "docProps/core.xml",
        "docProps/app.xml",
        "word/theme/theme1.xml",
    }
    assert expected <= checked.keys()
    assert any(re.fullmatch(r"word/(header|footer)\d*\.xml", name) for name in checked)


def _one_export(demo_store: Path, tmp_path: Path) -> Path:
    services = Services(demo_store)
    try:
        brief = services.assemble("VN-PE", "state-visit", "vi", date(2026, 12, 4), "MẬT")
        return services.export_brief(brief, ["docx"], tmp_path / "brief").paths[0]
    finally:
        services.close()


def _rewrite_part(package: Path, name: str, edit, target: Path) -> Path:
    with zipfile.ZipFile(package) as source, zipfile.ZipFile(target, "w") as out:
        for item in source.namelist():
            data = source.read(item)
            out.writestr(item, edit(data) if item == name else data)
    return target


def test_the_schemas_reject_what_word_would_repair(demo_store: Path, tmp_path: Path) -> None:
    """The check has teeth: paragraph properties out of schema order fail validation."""
    package = _one_export(demo_store, tmp_path)

    def swap(data: bytes) -> bytes:
        root = etree.fromstring(data)
        for ppr in root.iter(f"{{{W}}}pPr"):
            children = list(ppr)
            if len(children) >= 2:
                ppr.remove(children[0])
                ppr.append(children[0])  # e.g. w:pStyle after w:jc: not in CT_PPr order
                break
        return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)

    broken = _rewrite_part(package, "word/document.xml", swap, tmp_path / "broken.docx")
    _, failures = _validate(broken, tmp_path / "b")
    assert [f.split(" ", 1)[0] for f in failures] == ["word/document.xml"]


def test_a_drawing_fails_rather_than_passing_unchecked(demo_store: Path, tmp_path: Path) -> None:
    """DrawingML is not vendored: the stand-in makes any drawing fail (fail-closed)."""
    package = _one_export(demo_store, tmp_path)
    wp = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"

    def add_drawing(data: bytes) -> bytes:
        root = etree.fromstring(data)
        run = next(root.iter(f"{{{W}}}r"))
        drawing = etree.SubElement(run, f"{{{W}}}drawing")
        etree.SubElement(drawing, f"{{{wp}}}inline")
        return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)

    with_drawing = _rewrite_part(package, "word/document.xml", add_drawing, tmp_path / "d.docx")
    _, failures = _validate(with_drawing, tmp_path / "d")
    assert [f.split(" ", 1)[0] for f in failures] == ["word/document.xml"]
