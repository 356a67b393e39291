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

import contextlib
import json
import os
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from briefer.selftest.outcome import (
    BRIEF_TYPE,
    EXPECTED_TEXT,
    FAIL,
    MANIFEST_NAME,
    OK,
    PAIR,
    QM_MAGIC,
    SKIP,
    CheckFailed,
    CheckResult,
    Skipped,
    where_am_i,
)
from briefer.selftest.qt import check_qt
from briefer.selftest.readers import cite_count, verify_docx, verify_pdf_fonts, verify_pdf_text

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
        markers = cite_count(services.render(brief))
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
