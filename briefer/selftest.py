"""``briefer selftest``: proves an installed or frozen Briefer can do its job, in a few seconds.

It is what the release workflow runs inside every built bundle, and what support asks a user
to run. Everything happens in a temporary folder (never the user's store, settings or logs):
a store is made from the demo pack, a VN-CL state-visit brief is assembled in Vietnamese and in
English, exported as DOCX and PDF, and both files are read back with independent readers
(python-docx for the DOCX package, pypdf for the PDF). The resolver must find the templates,
fonts, demo pack and translations; a frozen bundle must also hold every data file its build
manifest lists, byte for byte. Qt, when bundled, is started offscreen in a child process (a
broken platform plugin aborts the process it loads in) and renders the application icon.

One line per check — ``ok   fonts embedded``, ``FAIL …``, ``skip …`` — and exit 0 only when
nothing failed. No Qt import here: the core stays Qt-free (the probe imports Qt in its child).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import subprocess
import sys
import tempfile
import time
import unicodedata
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

OK, FAIL, SKIP = "ok", "FAIL", "skip"

PAIR = "VN-CL"
BRIEF_TYPE = "state-visit"
# Words the demo pack's VN-CL state-visit brief must carry exactly (NFC), per language.
EXPECTED_TEXT: dict[str, tuple[str, ...]] = {
    "vi": ("Lương Cường", "Đối tác toàn diện"),
    "en": ("Lương Cường", "Comprehensive Partnership"),
}
BASE14 = frozenset(
    {
        "Courier",
        "Courier-Bold",
        "Courier-Oblique",
        "Courier-BoldOblique",
        "Helvetica",
        "Helvetica-Bold",
        "Helvetica-Oblique",
        "Helvetica-BoldOblique",
        "Times-Roman",
        "Times-Bold",
        "Times-Italic",
        "Times-BoldItalic",
        "Symbol",
        "ZapfDingbats",
    }
)
QM_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
MANIFEST_NAME = "briefer-bundle-manifest.json"  # written by packaging/briefer.spec
QT_PROBE_TIMEOUT_S = 20
QT_PROBE_UNAVAILABLE = 3  # the probe's exit code when Qt cannot be imported at all

W_NS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


@dataclass(frozen=True, slots=True)
class CheckResult:
    status: str  # ok | FAIL | skip
    name: str
    detail: str = ""

    def line(self) -> str:
        return f"{self.status:<4} {self.name}" + (f": {self.detail}" if self.detail else "")


class CheckFailed(Exception):
    """A check found something wrong; the message says what."""


class Skipped(Exception):
    """A check does not apply here; the message says why."""


def where_am_i() -> str:
    if getattr(sys, "frozen", False):
        return f"frozen bundle at {getattr(sys, '_MEIPASS', Path(sys.executable).parent)}"
    from briefer import resources

    return f"Python package at {Path(resources.__file__).parent}"


# ---- resources ---------------------------------------------------------------------------------


def check_templates() -> str:
    from briefer.domain.brief import BRIEF_TYPES
    from briefer.resources import template, templates_dir

    folder = templates_dir()
    missing = [bt.template for bt in BRIEF_TYPES.values() if not template(bt.template).is_file()]
    missing += [n for n in ("_brief.j2", "labels.json") if not template(n).is_file()]
    if missing:
        raise CheckFailed(f"missing from {folder}: {', '.join(missing)}")
    labels = json.loads(template("labels.json").read_text(encoding="utf-8"))
    if not {"vi", "en"} <= set(labels):
        raise CheckFailed("labels.json lacks the vi or en labels")
    if not zipfile.is_zipfile(template("reference.docx")):
        raise CheckFailed("reference.docx is missing or not a Word file")
    return f"{len(BRIEF_TYPES)} brief types, labels.json, reference.docx in {folder}"


def check_fonts_found() -> str:
    from briefer.export.fonts import font_files
    from briefer.resources import fonts_dir

    files = font_files()
    bad = [p.name for p in files.values() if not p.is_file() or p.read_bytes()[:4] != b"\0\1\0\0"]
    if bad:
        raise CheckFailed(f"missing or not TrueType: {', '.join(bad)}")
    if not (fonts_dir() / "OFL.txt").is_file():
        raise CheckFailed("OFL.txt (the fonts' licence, which must travel with them) is missing")
    return f"{len(files)} faces and OFL.txt in {fonts_dir()}"


def check_demo_pack() -> str:
    from briefer.resources import demo_pack_path

    path = demo_pack_path()
    if not path.is_file():
        raise CheckFailed(f"{path} is missing")
    pack = json.loads(path.read_text(encoding="utf-8"))
    return f"{len(pack.get('sources', []))} sources, {len(pack.get('facts', []))} facts"


def check_translations() -> str:
    from briefer.resources import resource

    folder = resource("translations")
    if not folder.is_dir():
        raise Skipped("no translations folder in this build")
    catalogues = sorted(folder.glob("*.qm"))
    if not catalogues:
        raise Skipped(f"no .qm catalogues in {folder} yet")
    bad = [p.name for p in catalogues if p.read_bytes()[:16] != QM_MAGIC]
    if bad:
        raise CheckFailed(f"not Qt catalogues: {', '.join(bad)}")
    return ", ".join(p.name for p in catalogues)


def bundle_root() -> Path | None:
    root = getattr(sys, "_MEIPASS", None)
    return Path(root) if getattr(sys, "frozen", False) and root else None


def check_bundle_manifest(root: Path | None = None) -> str:
    """Every data file the build put in the bundle is still there, byte for byte."""
    import hashlib

    from briefer import __version__

    root = root or bundle_root()
    if root is None:
        raise Skipped("not a frozen bundle")
    manifest_path = root / MANIFEST_NAME
    if not manifest_path.is_file():
        raise CheckFailed(f"{MANIFEST_NAME} is missing from the bundle")
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    problems = []
    for entry in manifest["files"]:
        path = root / entry["path"]
        if not path.is_file():
            problems.append(f"{entry['path']} missing")
        elif path.stat().st_size != entry["size"] or (
            hashlib.sha256(path.read_bytes()).hexdigest() != entry["sha256"]
        ):
            problems.append(f"{entry['path']} differs")
    if manifest.get("version") != __version__:
        problems.append(f"version {__version__} but the build was {manifest.get('version')}")
    if problems:
        raise CheckFailed("; ".join(problems[:5]) + (" …" if len(problems) > 5 else ""))
    return f"{len(manifest['files'])} data files of briefer {manifest['version']}"


def check_fts5() -> str:
    import sqlite3

    from briefer.store.connection import has_fts5

    if not has_fts5():
        raise CheckFailed(f"SQLite {sqlite3.sqlite_version} was built without FTS5")
    return f"SQLite {sqlite3.sqlite_version}"


# ---- DOCX --------------------------------------------------------------------------------------


def _cite_count(document: Any) -> int:
    """Citation markers in a rendered document model (each must become one footnote)."""
    from briefer.render.model import BulletList, Cite, Paragraph, Table

    count = 0
    for block in document.blocks:
        runs: list[Any] = []
        if isinstance(block, Paragraph):
            runs = list(block.inlines)
        elif isinstance(block, BulletList):
            runs = [inline for item in block.items for inline in item]
        elif isinstance(block, Table):
            for row in (block.header, *block.rows):
                runs += [inline for cell in row for inline in cell]
        count += sum(isinstance(inline, Cite) for inline in runs)
    return count


def _xml_text(element: Any) -> str:
    return "".join(t.text or "" for t in element.iter(f"{W_NS}t"))


def verify_docx(path: Path, markers: int, expected: tuple[str, ...]) -> str:
    import docx
    from docx.opc.constants import RELATIONSHIP_TYPE as RT

    import briefer.export.docx_footnotes  # noqa: F401  (registers the footnotes part type)

    word = docx.Document(str(path))
    parts = [r.target_part for r in word.part.rels.values() if r.reltype == RT.FOOTNOTES]
    if len(parts) != 1:
        raise CheckFailed(f"{len(parts)} footnotes parts (want 1)")
    footnotes = [
        f
        for f in parts[0].element.iter(f"{W_NS}footnote")
        if f.get(f"{W_NS}type") in (None, "normal")
    ]
    ids = {f.get(f"{W_NS}id") for f in footnotes}
    refs = [r.get(f"{W_NS}id") for r in word.element.body.iter(f"{W_NS}footnoteReference")]
    if markers < 1:
        raise CheckFailed("the brief has no citation markers")
    if len(refs) < markers or len(footnotes) < markers:
        raise CheckFailed(
            f"{markers} citation markers but {len(refs)} references and {len(footnotes)} footnotes"
        )
    dangling = [r for r in refs if r not in ids]
    if dangling:
        raise CheckFailed(f"footnote references without a footnote: {', '.join(dangling[:5])}")
    text = unicodedata.normalize("NFC", _xml_text(word.element) + _xml_text(parts[0].element))
    absent = [e for e in expected if e not in text]
    if absent:
        raise CheckFailed(f"text lacks {', '.join(repr(a) for a in absent)}")
    return f"{len(footnotes)} footnotes for {markers} citation markers; " + ", ".join(expected)


# ---- PDF ---------------------------------------------------------------------------------------


def _pdf_fonts(reader: Any) -> Iterator[Any]:
    """Every font dictionary used by a page or a form XObject on a page."""
    seen: set[int] = set()

    def visit(resources: Any) -> Iterator[Any]:
        if resources is None:
            return
        resources = resources.get_object()
        for ref in (resources.get("/Font") or {}).values():
            key = getattr(ref, "idnum", id(ref))
            if key not in seen:
                seen.add(key)
                yield ref.get_object()
        for ref in (resources.get("/XObject") or {}).values():
            xobject = ref.get_object()
            key = getattr(ref, "idnum", id(ref))
            if xobject.get("/Subtype") == "/Form" and key not in seen:
                seen.add(key)
                yield from visit(xobject.get("/Resources"))

    for page in reader.pages:
        yield from visit(page.get("/Resources"))


def _descriptors(font: Any) -> list[Any]:
    if font.get("/Subtype") == "/Type0":
        return [d.get_object().get("/FontDescriptor") for d in font.get("/DescendantFonts", [])]
    return [font.get("/FontDescriptor")]


def verify_pdf_fonts(path: Path) -> str:
    import pypdf

    reader = pypdf.PdfReader(str(path))
    names = []
    for font in _pdf_fonts(reader):
        base = str(font.get("/BaseFont", "?")).lstrip("/")
        names.append(base.split("+", 1)[-1])
        if base.split("+", 1)[-1] in BASE14:
            raise CheckFailed(f"base-14 font {base} used")
        for descriptor in _descriptors(font):
            if descriptor is None or "/FontFile2" not in descriptor.get_object():
                raise CheckFailed(f"{base} is not embedded (no FontFile2)")
    if not names:
        raise CheckFailed("no fonts found in the PDF")
    return f"{len(names)} fonts, all embedded: {', '.join(sorted(set(names)))}"


def verify_pdf_text(path: Path, expected: tuple[str, ...]) -> str:
    import pypdf

    reader = pypdf.PdfReader(str(path))
    text = "\n".join(page.extract_text() or "" for page in reader.pages)
    flat = " ".join(unicodedata.normalize("NFC", text).split())
    absent = [e for e in expected if e not in flat]
    if absent:
        raise CheckFailed(f"extracted text lacks {', '.join(repr(a) for a in absent)}")
    return f"{len(reader.pages)} pages; " + ", ".join(expected)


# ---- Qt ----------------------------------------------------------------------------------------


def qt_probe() -> int:
    """Run in the child: start the app's own QApplication offscreen (fonts, style, icon) and
    load its translations, through ``briefer.ui`` as the app does. Prints one JSON line.

    Qt is reached only through ``briefer.ui`` (the core never imports Qt itself), in a child
    process: a platform plugin that fails to load aborts the process it is loaded in.
    """
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    try:
        from briefer.ui.app import ensure_application
        from briefer.ui.fonts import load_bundled_fonts
        from briefer.ui.i18n import UI_LANGUAGES, install_language
        from briefer.ui.icons import icon
    except ImportError as exc:
        ours = (getattr(exc, "name", None) or "").startswith("briefer")
        print(
            json.dumps({"error": f"{'the desktop UI' if ours else 'Qt'} cannot be imported: {exc}"})
        )
        return 1 if ours else QT_PROBE_UNAVAILABLE
    from briefer.resources import resource

    app = ensure_application(["briefer-selftest"])
    pyside = sys.modules.get("PySide6")
    result: dict[str, Any] = {
        "qt": getattr(pyside, "__version__", "?"),
        "platform": app.platformName(),
        "fonts": sorted(load_bundled_fonts()),
    }
    if resource("icons", "briefer.svg").is_file():
        image = icon("briefer").pixmap(64, 64).toImage()
        result["icon"] = not image.isNull() and image.pixelColor(32, 32).alpha() > 0
    shipped = [
        lang for lang in UI_LANGUAGES if resource("translations", f"briefer_{lang}.qm").is_file()
    ]
    result["translations"] = [lang for lang in shipped if install_language(lang) == lang]
    result["bad_translations"] = [
        f"briefer_{lang}.qm" for lang in shipped if lang not in result["translations"]
    ]
    print(json.dumps(result))
    return 0


def _probe_command() -> list[str]:
    if getattr(sys, "frozen", False):
        return [sys.executable, "selftest", "--qt-probe"]
    return [sys.executable, "-m", "briefer", "selftest", "--qt-probe"]


def check_qt() -> str:
    import importlib.util

    if importlib.util.find_spec("PySide6") is None:
        raise Skipped("PySide6 is not installed (headless installation)")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    try:
        done = subprocess.run(
            _probe_command(),
            capture_output=True,
            text=True,
            encoding="utf-8",
            errors="replace",
            timeout=QT_PROBE_TIMEOUT_S,
            env=env,
            check=False,
        )
    except subprocess.TimeoutExpired:
        raise CheckFailed(f"Qt did not start within {QT_PROBE_TIMEOUT_S} s") from None
    last = (done.stdout.strip().splitlines() or [""])[-1]
    try:
        report = json.loads(last)
    except json.JSONDecodeError:
        report = {}
    if done.returncode == QT_PROBE_UNAVAILABLE:
        raise Skipped(f"{report.get('error', 'Qt unavailable')} (no display libraries?)")
    if "error" in report:
        raise CheckFailed(report["error"])
    if done.returncode != 0 or "platform" not in report:
        tail = " ".join(done.stderr.strip().splitlines()[-2:])
        raise CheckFailed(f"the offscreen platform plugin failed (exit {done.returncode}): {tail}")
    if report.get("icon") is False:
        raise CheckFailed("the SVG application icon did not render (iconengines/imageformats)")
    if report.get("bad_translations"):
        raise CheckFailed(f"Qt cannot load {', '.join(report['bad_translations'])}")
    icon = ", SVG icon rendered" if report.get("icon") else ""
    loaded = report.get("translations") or []
    translations = f", translations {'+'.join(loaded)} loaded" if loaded else ""
    fonts = f", fonts {', '.join(report['fonts'])}" if report.get("fonts") else ""
    return f"Qt {report['qt']}, platform {report['platform']}{icon}{translations}{fonts}"


# ---- running -----------------------------------------------------------------------------------


def _run(name: str, check: Callable[[], str]) -> CheckResult:
    try:
        return CheckResult(OK, name, check())
    except Skipped as why:
        return CheckResult(SKIP, name, str(why))
    except CheckFailed as why:
        return CheckResult(FAIL, name, str(why))
    except Exception as exc:  # any other error is a failure of this check, not of the test
        return CheckResult(FAIL, name, f"{exc.__class__.__name__}: {exc}")


def iter_checks(workdir: Path) -> Iterator[CheckResult]:
    """Run every check in order, yielding each result as it is known."""
    yield _run("templates found", check_templates)
    yield _run("fonts found", check_fonts_found)
    yield _run("demo pack found", check_demo_pack)
    yield _run("translations found", check_translations)
    yield _run("bundle complete", check_bundle_manifest)
    yield _run("sqlite fts5", check_fts5)

    from briefer.services import Services, init_store

    store = workdir / "selftest.sqlite"

    def make_store() -> str:
        made = init_store(store, demo=True)
        checker = Services(store, demo_on_first_run=False)
        try:
            report = checker.check()
        finally:
            checker.close()
        if not report.ok:
            raise CheckFailed("; ".join(str(p) for p in report.problems[:3]))
        return f"{made.facts} facts from {made.sources} sources; check passed"

    created = _run("demo store", make_store)
    yield created
    if created.status != OK:
        yield CheckResult(FAIL, "exports", "skipped: no demo store")
    else:
        services = Services(store, demo_on_first_run=False)
        try:
            for lang in ("vi", "en"):
                yield from _export_checks(services, lang, workdir)
        finally:
            services.close()
    yield _run("qt platform plugin (offscreen)", check_qt)


def _export_checks(services: Any, lang: str, workdir: Path) -> Iterator[CheckResult]:

    out_base = workdir / f"brief-{lang}"
    paths: dict[str, Path] = {}
    markers = 0

    def export() -> str:
        nonlocal markers
        brief = services.assemble(PAIR, BRIEF_TYPE, lang, services.clock.today(), "")
        markers = _cite_count(services.render(brief))
        result = services.export_brief(brief, ["docx", "pdf"], out_base)
        paths.update({p.suffix.lstrip("."): p for p in result.paths})
        sizes = ", ".join(f"{p.suffix[1:]} {p.stat().st_size // 1024} KB" for p in result.paths)
        return f"{PAIR} {BRIEF_TYPE}: {sizes}"

    exported = _run(f"export {lang}", export)
    yield exported
    if exported.status != OK:
        return
    expected = EXPECTED_TEXT[lang]
    yield _run(
        f"docx {lang} footnotes and text", lambda: verify_docx(paths["docx"], markers, expected)
    )
    yield _run(f"pdf {lang} fonts embedded", lambda: verify_pdf_fonts(paths["pdf"]))
    yield _run(f"pdf {lang} text exact", lambda: verify_pdf_text(paths["pdf"], expected))


@contextlib.contextmanager
def _scratch_home(home: Path) -> Iterator[None]:
    """Point BRIEFER_HOME at ``home`` meanwhile: backups and logs of the throw-away store
    must not land in the user's folders."""
    saved = {name: os.environ.get(name) for name in ("BRIEFER_HOME", "BRIEFER_STORE")}
    home.mkdir(parents=True, exist_ok=True)
    os.environ["BRIEFER_HOME"] = str(home)
    os.environ.pop("BRIEFER_STORE", None)
    try:
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


def run_selftest(out: Callable[[str], Any] = print, *, as_json: bool = False) -> int:
    """Run every check, report one line each through ``out``; 0 when none failed, else 1.

    With ``as_json`` the lines are not printed; one JSON document is, at the end.
    """
    from briefer import __version__

    started = time.perf_counter()
    results: list[CheckResult] = []
    if not as_json:
        out(f"briefer {__version__} self-test ({where_am_i()}, Python {sys.version.split()[0]})")
    with (
        tempfile.TemporaryDirectory(prefix="briefer-selftest-", ignore_cleanup_errors=True) as tmp,
        _scratch_home(Path(tmp) / "home"),
    ):
        for result in iter_checks(Path(tmp)):
            results.append(result)
            if not as_json:
                out(result.line())
    failed = [r for r in results if r.status == FAIL]
    seconds = time.perf_counter() - started
    if as_json:
        out(
            json.dumps(
                {
                    "version": __version__,
                    "where": where_am_i(),
                    "ok": not failed,
                    "seconds": round(seconds, 2),
                    "checks": [
                        {"name": r.name, "status": r.status, "detail": r.detail} for r in results
                    ],
                },
                ensure_ascii=False,
                indent=2,
            )
        )
    else:
        passed = sum(r.status == OK for r in results)
        skipped = sum(r.status == SKIP for r in results)
        verdict = "FAILED" if failed else "passed"
        out(
            f"self-test {verdict}: {passed} ok, {len(failed)} failed, {skipped} skipped "
            f"in {seconds:.1f} s"
        )
    return 1 if failed else 0


# ---- command line ------------------------------------------------------------------------------


def cmd_selftest(args: argparse.Namespace) -> int:
    if getattr(args, "qt_probe", False):
        return qt_probe()
    if getattr(args, "json", False):
        return run_selftest(lambda text: print(text, flush=True), as_json=True)
    return run_selftest(lambda line: print(line, flush=True))


def register(sub: Any, parents: list[argparse.ArgumentParser]) -> None:
    """Add ``briefer selftest [--json]`` to the command line."""
    p = sub.add_parser(
        "selftest",
        parents=parents,
        help="check this installation: resources, exports, fonts, Qt (in a temporary folder)",
    )
    p.add_argument("--qt-probe", action="store_true", help=argparse.SUPPRESS)
    p.set_defaults(func=cmd_selftest)
