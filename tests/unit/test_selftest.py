"""``briefer selftest``: the checks run for real here (from the checkout), the failure paths with
small broken inputs, and the bundle-manifest check on a fake bundle. No QApplication in this
process: the Qt check starts its own child process."""

from __future__ import annotations

import hashlib
import json
import sys
import time
from pathlib import Path

import docx
import pytest
from reportlab.pdfgen import canvas

from briefer import __version__, selftest
from briefer.cli import main
from briefer.selftest import (
    FAIL,
    OK,
    SKIP,
    CheckFailed,
    CheckResult,
    Skipped,
    check_bundle_manifest,
    check_translations,
    run_selftest,
    verify_docx,
    verify_pdf_fonts,
    verify_pdf_text,
)
from tests.timing import children_cpu_seconds

# ---- the real thing ----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> dict:
    """One full self-test run (about 3 s) with --json, in a home of its own (module scope runs
    before the conftest's per-test home is set)."""
    home = tmp_path_factory.mktemp("selftest-home")
    with pytest.MonkeyPatch.context() as env:
        env.setenv("BRIEFER_HOME", str(home))
        env.delenv("BRIEFER_STORE", raising=False)
        for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
            env.setenv(name, str(home / name.lower()))
        lines: list[str] = []
        cpu_before = time.thread_time() + children_cpu_seconds()
        code = run_selftest(lines.append, as_json=True)
        cpu = time.thread_time() + children_cpu_seconds() - cpu_before
    document = json.loads("\n".join(lines))
    document["exit"] = code
    document["cpu_seconds"] = cpu  # its own work and its Qt child's, however busy the machine
    document["home"] = home
    return document


def test_passes_from_the_checkout(report: dict) -> None:
    failed = [c for c in report["checks"] if c["status"] == FAIL]
    assert failed == []
    assert report["ok"] is True
    assert report["exit"] == 0
    assert report["version"] == __version__


def test_runs_every_check_in_well_under_30_seconds(report: dict) -> None:
    names = [c["name"] for c in report["checks"]]
    for expected in (
        "templates found",
        "fonts found",
        "demo pack found",
        "translations found",
        "bundle complete",
        "sqlite fts5",
        "demo store",
        "export vi",
        "docx vi footnotes and text",
        "pdf vi fonts embedded",
        "pdf vi text exact",
        "export en",
        "docx en footnotes and text",
        "pdf en fonts embedded",
        "pdf en text exact",
        "qt platform plugin (offscreen)",
    ):
        assert expected in names
    # The work, in CPU time (a busy CI machine stretches the wall-clock figure, which the
    # report gives as it was).
    assert report["cpu_seconds"] < 15, report["cpu_seconds"]
    assert report["seconds"] > 0


def test_checks_what_a_user_would(report: dict) -> None:
    details = {c["name"]: c["detail"] for c in report["checks"]}
    assert "Lương Cường" in details["pdf vi text exact"]
    assert "Đối tác toàn diện" in details["docx vi footnotes and text"]
    footnotes, _, markers = details["docx vi footnotes and text"].partition(" footnotes for ")
    assert int(footnotes) >= int(markers.split()[0]) >= 1
    assert "LiberationSerif" in details["pdf en fonts embedded"]
    # not frozen here: the bundle check says so instead of failing
    bundle = next(c for c in report["checks"] if c["name"] == "bundle complete")
    assert bundle["status"] == SKIP


def test_never_touches_the_user_folders(report: dict) -> None:
    # The store, exports and Qt's settings all live in a temporary folder, removed afterwards.
    assert sorted(p.name for p in report["home"].rglob("*")) == []


def test_command_line_prints_one_line_per_check(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["selftest"])
    out = capsys.readouterr().out.splitlines()
    assert code == 0
    assert out[0].startswith(f"briefer {__version__} self-test")
    assert "ok   fonts found" in "\n".join(out)
    check_lines = out[1:-1]
    assert all(line[:5] in ("ok   ", "FAIL ", "skip ") for line in check_lines)
    assert out[-1].startswith("self-test passed")


def test_help_lists_selftest(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    assert "selftest" in capsys.readouterr().out


# ---- the runner --------------------------------------------------------------------------------


def test_one_failure_makes_exit_1_and_says_fail(monkeypatch: pytest.MonkeyPatch) -> None:
    def fake_checks(_workdir: Path):
        yield CheckResult(OK, "fonts embedded", "3 fonts")
        yield CheckResult(SKIP, "qt platform plugin (offscreen)", "no display libraries")
        yield CheckResult(FAIL, "pdf vi text exact", "extracted text lacks 'Lương Cường'")

    monkeypatch.setattr(selftest, "iter_checks", fake_checks)
    lines: list[str] = []
    assert run_selftest(lines.append) == 1
    assert lines[1] == "ok   fonts embedded: 3 fonts"
    assert lines[2] == "skip qt platform plugin (offscreen): no display libraries"
    assert lines[3] == "FAIL pdf vi text exact: extracted text lacks 'Lương Cường'"
    assert lines[-1].startswith("self-test FAILED: 1 ok, 1 failed, 1 skipped")


def test_skips_alone_still_pass(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(
        selftest, "iter_checks", lambda _w: iter([CheckResult(SKIP, "translations found", "x")])
    )
    assert run_selftest(lambda _line: None) == 0


def test_an_unexpected_error_is_a_failed_check_not_a_crash() -> None:
    def boom() -> str:
        raise RuntimeError("disk on fire")

    result = selftest._run("sqlite fts5", boom)
    assert (result.status, result.detail) == (FAIL, "RuntimeError: disk on fire")


# ---- the verifiers on broken inputs ------------------------------------------------------------


def test_docx_without_footnotes_fails(tmp_path: Path) -> None:
    path = tmp_path / "plain.docx"
    document = docx.Document()
    document.add_paragraph("Chủ tịch nước Lương Cường")
    document.save(str(path))
    with pytest.raises(CheckFailed, match="footnotes part"):
        verify_docx(path, markers=3, expected=("Lương Cường",))


def test_pdf_with_a_base14_font_fails(tmp_path: Path) -> None:
    path = tmp_path / "helvetica.pdf"
    pdf = canvas.Canvas(str(path))
    pdf.setFont("Helvetica", 12)
    pdf.drawString(72, 720, "Luong Cuong")
    pdf.save()
    with pytest.raises(CheckFailed, match="base-14 font Helvetica"):
        verify_pdf_fonts(path)
    with pytest.raises(CheckFailed, match="Lương Cường"):
        verify_pdf_text(path, ("Lương Cường",))


def test_bad_translation_file_fails(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import briefer.resources

    (tmp_path / "translations").mkdir()
    (tmp_path / "translations" / "briefer_vi.qm").write_bytes(b"not a catalogue")
    monkeypatch.setattr(briefer.resources, "resource", tmp_path.joinpath)
    with pytest.raises(CheckFailed, match=r"briefer_vi\.qm"):
        check_translations()
    (tmp_path / "translations" / "briefer_vi.qm").unlink()
    with pytest.raises(Skipped):
        check_translations()


# ---- the bundle manifest -----------------------------------------------------------------------


def _fake_bundle(root: Path, files: dict[str, bytes], version: str = __version__) -> None:
    entries = []
    for rel, data in files.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_bytes(data)
        entries.append({"path": rel, "size": len(data), "sha256": hashlib.sha256(data).hexdigest()})
    manifest = {"name": "briefer", "version": version, "files": entries}
    (root / selftest.MANIFEST_NAME).write_text(json.dumps(manifest), encoding="utf-8")


def test_bundle_manifest_ok_missing_and_changed(tmp_path: Path) -> None:
    files = {"templates/state-visit.j2": b"{{ x }}", "resources/fonts/OFL.txt": b"licence"}
    _fake_bundle(tmp_path, files)
    assert check_bundle_manifest(tmp_path) == f"2 data files of briefer {__version__}"

    (tmp_path / "resources/fonts/OFL.txt").write_bytes(b"licencE")
    (tmp_path / "templates/state-visit.j2").unlink()
    with pytest.raises(CheckFailed) as failed:
        check_bundle_manifest(tmp_path)
    assert "templates/state-visit.j2 missing" in str(failed.value)
    assert "resources/fonts/OFL.txt differs" in str(failed.value)


def test_bundle_of_another_version_fails(tmp_path: Path) -> None:
    _fake_bundle(tmp_path, {"templates/a.j2": b"a"}, version="9.9.9")
    with pytest.raises(CheckFailed, match=r"9\.9\.9"):
        check_bundle_manifest(tmp_path)


def test_bundle_without_manifest_fails(tmp_path: Path) -> None:
    with pytest.raises(CheckFailed, match="missing from the bundle"):
        check_bundle_manifest(tmp_path)


@pytest.mark.parametrize(
    ("child", "outcome"),
    [
        (
            'print(\'{"error": "Qt cannot be imported: libEGL.so.1"}\'); raise SystemExit(3)',
            Skipped,
        ),
        (
            'print(\'{"error": "the desktop UI cannot be imported: x"}\'); raise SystemExit(1)',
            CheckFailed,
        ),
        ("import os; os.abort()", CheckFailed),  # what a broken platform plugin does
        ('print(\'{"qt": "6", "platform": "offscreen", "icon": false}\')', CheckFailed),
    ],
)
def test_qt_check_tells_missing_display_libraries_from_a_broken_bundle(
    monkeypatch: pytest.MonkeyPatch, child: str, outcome: type[Exception]
) -> None:
    monkeypatch.setattr(selftest.qt, "_probe_command", lambda: [sys.executable, "-c", child])
    with pytest.raises(outcome):
        selftest.check_qt()


def test_frozen_probe_command_reuses_the_executable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert selftest.qt._probe_command() == [sys.executable, "selftest", "--qt-probe"]
    monkeypatch.setattr(sys, "frozen", False)
    assert selftest.qt._probe_command()[1:3] == ["-m", "briefer"]
