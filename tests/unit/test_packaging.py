"""What the PyInstaller bundle will contain, from the same lists the spec builds it from
(``packaging/bundle_manifest.py``): every font, template, translation, the demo pack and
reference.docx; the resolver finds them in the frozen layout; the Qt trimming keeps what the
app needs. When a built bundle exists (``packaging/dist/Briefer``), the files are really in it.
Running PyInstaller itself is too slow for the unit suite: ``packaging/build_linux.sh`` does."""

from __future__ import annotations

import ast
import importlib.util
import io
import json
import shutil
import struct
import sys
import tomllib
from pathlib import Path, PurePosixPath
from types import ModuleType

import pytest

REPO = Path(__file__).resolve().parents[2]
PACKAGING = REPO / "packaging"
BUNDLE = PACKAGING / "dist" / "Briefer"


def _load(name: str) -> ModuleType:
    if str(PACKAGING) not in sys.path:
        sys.path.insert(0, str(PACKAGING))
    spec = importlib.util.spec_from_file_location(name, PACKAGING / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


bm = _load("bundle_manifest")


@pytest.fixture(scope="module")
def files() -> list[str]:
    return bm.data_files(REPO)


def _under(root: str) -> list[Path]:
    return sorted(p for p in (REPO / root).rglob("*") if p.is_file())


def _rel(path: Path) -> str:
    return path.relative_to(REPO).as_posix()


# ---- name and version ------------------------------------------------------------------------


def test_name_and_version_come_from_pyproject() -> None:
    with (REPO / "pyproject.toml").open("rb") as fh:
        meta = tomllib.load(fh)["project"]
    project = bm.project(REPO)
    assert (project.name, project.version) == (meta["name"], meta["version"])
    assert project.display_name == "Briefer"
    from briefer import __version__

    assert __version__ == meta["version"]


@pytest.mark.parametrize(
    ("version", "numbers"),
    [
        ("0.1.0", (0, 1, 0, 0)),
        ("1.2", (1, 2, 0, 0)),
        ("2.0.1rc3", (2, 0, 1, 0)),
        ("3.4.5+g1", (3, 4, 5, 0)),
    ],
)
def test_numeric_version_for_windows_and_macos(version: str, numbers: tuple[int, ...]) -> None:
    assert bm.numeric_version(version) == numbers


# ---- the data files --------------------------------------------------------------------------


def test_lists_every_font_and_its_licence(files: list[str]) -> None:
    from briefer.export.fonts import SERIF_FACES

    fonts = [_rel(p) for p in _under("resources/fonts") if p.suffix.lower() in {".ttf", ".otf"}]
    assert len(fonts) >= 4
    for rel in fonts:
        assert rel in files
    for file_name in SERIF_FACES.values():  # the faces the PDF writer embeds
        assert f"resources/fonts/{file_name}" in files
    assert "resources/fonts/OFL.txt" in files


def test_lists_every_template_labels_and_reference_docx(files: list[str]) -> None:
    from briefer.domain.brief import BRIEF_TYPES

    for brief_type in BRIEF_TYPES.values():
        assert f"templates/{brief_type.template}" in files
    for rel in (_rel(p) for p in _under("templates")):
        assert rel in files
    assert "templates/labels.json" in files
    assert "templates/reference.docx" in files
    assert "templates/_brief.j2" in files


def test_lists_the_translations(files: list[str]) -> None:
    folder = REPO / "resources" / "translations"
    compiled = sorted(folder.glob("*.qm"))
    for qm in compiled:
        assert _rel(qm) in files
    # Every Qt Linguist source has its compiled catalogue (the app reads .qm only) …
    for ts in sorted(folder.glob("*.ts")):
        assert ts.with_suffix(".qm").is_file(), f"{ts.name} was never compiled to .qm (lrelease)"
        # … and the sources stay out of the bundle.
        assert _rel(ts) not in files
    if not compiled:
        pytest.skip("no translations yet")


def test_lists_the_demo_pack_and_icons(files: list[str]) -> None:
    assert "resources/demo/pack.json" in files
    for svg in _under("resources/icons"):
        assert _rel(svg) in files


def test_every_file_under_templates_and_resources_is_covered(files: list[str]) -> None:
    """Nothing the resolver can hand out is left behind; only build sources and litter are."""
    everything = [_rel(p) for root in bm.DATA_ROOTS for p in _under(root)]
    left_out = sorted(set(everything) - set(files))
    assert all(bm.is_excluded(PurePosixPath(rel)) for rel in left_out)
    assert all(
        PurePosixPath(rel).suffix in {".ts", ".pyc"} or "__pycache__" in rel for rel in left_out
    ), left_out
    assert bm.missing_required(files) == []


def test_every_file_the_code_names_is_covered(files: list[str]) -> None:
    """Literal resource()/template() paths in the code exist and are bundled."""
    found: list[str] = []
    for source in sorted((REPO / "briefer").rglob("*.py")):
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
                continue
            args = node.args
            if (
                node.func.id in {"resource", "template"}
                and args
                and all(isinstance(a, ast.Constant) and isinstance(a.value, str) for a in args)
            ):
                root = "resources" if node.func.id == "resource" else "templates"
                rel = "/".join([root, *(a.value for a in args)])
                if (REPO / rel).is_dir():
                    assert any(f.startswith(rel + "/") for f in files), rel
                else:
                    found.append(rel)
    for rel in found:
        assert rel in files, f"{rel} is named in the code but not bundled"


def test_datas_keep_the_folder_names_the_resolver_expects() -> None:
    for source, dest in bm.pyinstaller_datas(REPO):
        rel = _rel(Path(source))
        assert f"{dest}/{Path(source).name}" == rel
        assert dest.split("/")[0] in {"templates", "resources"}


def test_resolver_finds_everything_in_the_frozen_layout(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Lay the data out as PyInstaller will (sys._MEIPASS/<dest>) and resolve through it."""
    from briefer import resources
    from briefer.domain.brief import BRIEF_TYPES
    from briefer.export.fonts import font_files

    for source, dest in bm.pyinstaller_datas(REPO):
        target = tmp_path / dest
        target.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target / Path(source).name)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    resources._root_for.cache_clear()
    try:
        assert resources.templates_dir() == tmp_path / "templates"
        assert resources.resources_dir() == tmp_path / "resources"
        assert resources.demo_pack_path().is_file()
        assert resources.template("reference.docx").is_file()
        for brief_type in BRIEF_TYPES.values():
            assert resources.template(brief_type.template).is_file()
        for path in font_files().values():
            assert path.is_file() and tmp_path in path.parents
    finally:
        monkeypatch.delattr(sys, "_MEIPASS")
        resources._root_for.cache_clear()


def test_manifest_lists_sizes_and_hashes(tmp_path: Path, files: list[str]) -> None:
    written = bm.write_manifest(tmp_path / bm.MANIFEST_NAME, REPO)
    manifest = json.loads(written.read_text(encoding="utf-8"))
    assert [e["path"] for e in manifest["files"]] == files
    assert manifest["version"] == bm.project(REPO).version
    from briefer.selftest import MANIFEST_NAME

    assert MANIFEST_NAME == bm.MANIFEST_NAME  # the self-test reads what the spec writes


@pytest.mark.parametrize(
    ("name", "excluded"),
    [
        ("resources/translations/briefer_vi.ts", True),
        ("resources/fonts/.DS_Store", True),
        ("templates/__pycache__/x.pyc", True),
        ("templates/state-visit.j2~", True),
        ("resources/translations/briefer_vi.qm", False),
        ("resources/fonts/README.md", False),
    ],
)
def test_what_is_left_out(name: str, excluded: bool) -> None:
    assert bm.is_excluded(PurePosixPath(name)) is excluded


# ---- Qt trimming -------------------------------------------------------------------------------

QT = "PySide6/Qt"


@pytest.mark.parametrize(
    ("dest", "platform", "kept"),
    [
        (f"{QT}/plugins/platforms/libqxcb.so", "linux", True),
        (f"{QT}/plugins/platforms/libqoffscreen.so", "linux", True),
        (f"{QT}/plugins/platforms/libqminimal.so", "linux", True),
        (f"{QT}/plugins/platforms/libqwayland.so", "linux", False),
        (f"{QT}/plugins/platforms/libqeglfs.so", "linux", False),
        (f"{QT}/plugins/platforms/libqvnc.so", "linux", False),
        ("PySide6/plugins/platforms/qwindows.dll", "win32", True),
        ("PySide6/plugins/platforms/qoffscreen.dll", "win32", True),
        ("PySide6/plugins/platforms/qxcb.dll", "win32", False),
        (f"{QT}/plugins/platforms/libqcocoa.dylib", "darwin", True),
        (f"{QT}/plugins/iconengines/libqsvgicon.so", "linux", True),
        (f"{QT}/plugins/imageformats/libqsvg.so", "linux", True),
        ("PySide6/plugins/imageformats/qico.dll", "win32", True),
        (f"{QT}/plugins/imageformats/libqpdf.so", "linux", False),
        (f"{QT}/plugins/imageformats/libqjpeg.so", "linux", False),
        (f"{QT}/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so", "linux", True),
        (f"{QT}/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so", "linux", False),
        (f"{QT}/plugins/platformthemes/libqxdgdesktopportal.so", "linux", True),
        (f"{QT}/plugins/platformthemes/libqgtk3.so", "linux", False),
        ("PySide6/plugins/styles/qmodernwindowsstyle.dll", "win32", True),
        (f"{QT}/plugins/sqldrivers/libqsqlite.so", "linux", False),
        (f"{QT}/plugins/tls/libqopensslbackend.so", "linux", False),
        (f"{QT}/plugins/qmltooling/libqmldbg_debugger.so", "linux", False),
        (f"{QT}/plugins/wayland-shell-integration/libxdg-shell.so", "linux", False),
        (f"{QT}/lib/libQt6Core.so.6", "linux", True),
        (f"{QT}/lib/libQt6Gui.so.6", "linux", True),
        (f"{QT}/lib/libQt6Widgets.so.6", "linux", True),
        (f"{QT}/lib/libQt6Svg.so.6", "linux", True),
        (f"{QT}/lib/libQt6DBus.so.6", "linux", True),
        (f"{QT}/lib/libQt6XcbQpa.so.6", "linux", True),
        (f"{QT}/lib/libicudata.so.73", "linux", True),
        (f"{QT}/lib/libQt6Quick.so.6", "linux", False),
        (f"{QT}/lib/libQt6Qml.so.6", "linux", False),
        (f"{QT}/lib/libQt6Pdf.so.6", "linux", False),
        (f"{QT}/lib/libQt6Network.so.6", "linux", False),
        (f"{QT}/lib/libQt6WaylandClient.so.6", "linux", False),
        ("libQt6Network.so.6", "linux", False),  # PyInstaller's link in the bundle root
        ("libQt6Core.so.6", "linux", True),
        ("PySide6/Qt6Quick.dll", "win32", False),
        ("PySide6/Qt6Widgets.dll", "win32", True),
        (f"{QT}/lib/QtQuick.framework/Versions/A/QtQuick", "darwin", False),
        (f"{QT}/lib/QtWidgets.framework/Versions/A/QtWidgets", "darwin", True),
        ("PySide6/QtWidgets.abi3.so", "linux", True),
        ("PySide6/QtNetwork.abi3.so", "linux", False),
        (f"{QT}/translations/qtbase_en.qm", "linux", True),
        (f"{QT}/translations/qt_en.qm", "linux", True),
        (f"{QT}/translations/qtbase_vi.qm", "linux", True),
        (f"{QT}/translations/qtbase_de.qm", "linux", False),
        (f"{QT}/translations/qtdeclarative_en.qm", "linux", False),
        ("PySide6/translations/qtbase_fr.qm", "win32", False),
        ("lxml/etree.cpython-311-x86_64-linux-gnu.so", "linux", True),
        ("resources/translations/briefer_vi.qm", "linux", True),  # ours, never Qt's
        ("libicudata.so.73", "linux", True),
    ],
)
def test_qt_trimming(dest: str, platform: str, kept: bool) -> None:
    assert bm.keep_qt_file(dest, platform) is kept


def test_pruning_drops_libraries_only_dropped_plugins_needed() -> None:
    toc = [
        ("PySide6/QtWidgets.abi3.so", "/src/QtWidgets.abi3.so", "EXTENSION"),
        ("PySide6/Qt/lib/libQt6Widgets.so.6", "/src/libQt6Widgets.so.6", "BINARY"),
        ("PySide6/Qt/lib/libQt6Core.so.6", "/src/libQt6Core.so.6", "BINARY"),
        ("libQt6Core.so.6", "PySide6/Qt/lib/libQt6Core.so.6", "SYMLINK"),
        ("libicudata.so.73", "/src/libicudata.so.73", "BINARY"),
        ("libkrb5.so.3", "/src/libkrb5.so.3", "BINARY"),  # QtNetwork's, which was dropped
        ("libk5crypto.so.3", "/src/libk5crypto.so.3", "BINARY"),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", "/src/libqxcb.so", "BINARY"),
        ("libxcb-cursor.so.0", "/src/libxcb-cursor.so.0", "BINARY"),
        ("libpython3.11.so.1.0", "/src/libpython3.11.so.1.0", "BINARY"),
    ]
    needs = {
        "/src/QtWidgets.abi3.so": ["libQt6Widgets.so.6"],
        "/src/libQt6Widgets.so.6": ["libQt6Core.so.6"],
        "/src/libQt6Core.so.6": ["libicudata.so.73"],
        "/src/libkrb5.so.3": ["libk5crypto.so.3"],
        "/src/libqxcb.so": ["/usr/lib/libxcb-cursor.so.0"],
    }
    kept, pruned = bm.prune_unreachable(toc, lambda source: needs.get(source, []))
    assert [e[0] for e in pruned] == ["libkrb5.so.3", "libk5crypto.so.3"]
    assert len(kept) == len(toc) - 2


def test_excluded_modules_keep_out_dev_tools_and_tk() -> None:
    for name in (
        "tkinter",
        "pytest",
        "_pytest",
        "hypothesis",
        "pip",
        "setuptools",
        "PySide6.QtQml",
    ):
        assert name in bm.EXCLUDED_MODULES
    for needed in (
        "PySide6.QtCore",
        "PySide6.QtGui",
        "PySide6.QtWidgets",
        "PySide6.QtSvg",
        "PIL",
        "lxml",
    ):
        assert needed not in bm.EXCLUDED_MODULES


# ---- the spec, the icons and the other platforms' scripts --------------------------------------


def test_one_spec_built_from_the_manifest() -> None:
    spec = (PACKAGING / "briefer.spec").read_text(encoding="utf-8")
    ast.parse(spec)
    for used in ("bm.project(", "bm.pyinstaller_datas(", "bm.filter_toc(", "bm.EXCLUDED_MODULES"):
        assert used in spec
    assert "vn.briefer.app" in spec and '"LSMinimumSystemVersion": "11.0"' in spec
    assert sorted(PACKAGING.glob("*.spec")) == [PACKAGING / "briefer.spec"]


def _png(size: int) -> bytes:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGBA", (size, size), (29, 58, 95, 255)).save(buffer, "PNG")
    return buffer.getvalue()


def test_icon_writers_make_files_pillow_reads() -> None:
    from PIL import Image

    make_icons = _load("make_icons")
    pngs = {
        size: _png(size) for size in {*make_icons.ICO_SIZES, *(s for _, s in make_icons.ICNS_TYPES)}
    }
    ico = Image.open(io.BytesIO(make_icons.ico_bytes({s: pngs[s] for s in make_icons.ICO_SIZES})))
    assert ico.format == "ICO"
    assert (256, 256) in ico.info["sizes"] and (16, 16) in ico.info["sizes"]
    icns_data = make_icons.icns_bytes(pngs)
    assert icns_data[:4] == b"icns" and struct.unpack(">I", icns_data[4:8])[0] == len(icns_data)
    icns = Image.open(io.BytesIO(icns_data))
    assert icns.format == "ICNS"
    assert (512, 512, 2) in icns.info["sizes"]


def test_installer_scripts_and_workflow_agree() -> None:
    iss = (PACKAGING / "windows" / "briefer.iss").read_text(encoding="utf-8")
    for needed in (
        "PrivilegesRequired=lowest",
        "{localappdata}\\Programs",
        "AppVersion",
        "briefer.exe",
    ):
        assert needed in iss
    workflow = (REPO / ".github" / "workflows" / "release.yml").read_text(encoding="utf-8")
    for needed in (
        "packaging/briefer.spec",
        "packaging/build_linux.sh",
        "briefer-cli.exe selftest",
        "Contents/MacOS/briefer selftest",
        "packaging/windows/briefer.iss",
        "packaging/macos/dmg_settings.py",
        "packaging/macos/sign_and_notarize.sh",
    ):
        assert needed in workflow
    assert (PACKAGING / "build_linux.sh").stat().st_mode & 0o111, (
        "build_linux.sh must be executable"
    )
    assert (PACKAGING / "macos" / "sign_and_notarize.sh").stat().st_mode & 0o111


# ---- a built bundle (packaging/build_linux.sh), when one exists ----------------------------------


@pytest.fixture(scope="module")
def bundle_report():
    if not (BUNDLE / "_internal" / bm.MANIFEST_NAME).is_file():
        pytest.skip("no built bundle at packaging/dist/Briefer (run packaging/build_linux.sh)")
    return bm.compare_bundle(BUNDLE, REPO)


def test_built_bundle_holds_what_its_build_listed(bundle_report) -> None:
    assert bundle_report.broken == []


def test_built_bundle_holds_the_fonts_templates_translations_and_demo_pack(bundle_report) -> None:
    if bundle_report.stale:
        pytest.skip(
            "packaging/dist/Briefer is older than the checkout "
            f"({bundle_report.stale[0]} …): rebuild with packaging/build_linux.sh"
        )
    root = bundle_report.root
    for rel in bm.data_files(REPO):
        assert (root / rel).read_bytes() == (REPO / rel).read_bytes(), rel
    assert sorted((root / "resources" / "fonts").glob("*.ttf"))
    assert (root / "resources" / "demo" / "pack.json").is_file()
    assert (root / "templates" / "reference.docx").is_file()
    qms = sorted((REPO / "resources" / "translations").glob("*.qm"))
    assert all((root / _rel(qm)).is_file() for qm in qms)
    assert not list((root / "resources").rglob("*.ts"))


def test_built_bundle_is_lean(bundle_report) -> None:
    internal = bundle_report.root
    size = sum(p.stat().st_size for p in BUNDLE.rglob("*") if p.is_file() and not p.is_symlink())
    assert size < 200_000_000
    for absent in ("tkinter", "_tkinter", "pytest", "hypothesis", "pip", "setuptools"):
        assert not (internal / absent).exists(), absent
    plugins = {p.name for p in (internal / "PySide6" / "Qt" / "plugins" / "platforms").glob("*")}
    assert plugins <= {"libqxcb.so", "libqoffscreen.so", "libqminimal.so"}
    assert not list(internal.rglob("libQt6Quick*")) and not list(internal.rglob("libQt6Qml*"))
