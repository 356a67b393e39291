"""What the PyInstaller bundle contains: Briefer's data files, and which Qt pieces are kept.

``packaging/briefer.spec`` builds the bundle from these functions, and
``tests/unit/test_packaging.py`` checks them, so the test sees exactly the lists the build
uses. Standard library only: the spec runs in the build venv, the test in the dev venv.

Data: every file under ``templates/`` and ``resources/`` goes into the bundle under the same
folder names, which is where ``briefer.resources`` looks in a frozen app
(``sys._MEIPASS/templates``, ``sys._MEIPASS/resources``). Only build-time sources (Qt Linguist
``.ts`` files, which the app never reads) and editor/OS litter are left out.

Qt: PyInstaller's PySide6 hooks collect every plugin a module *could* use. Briefer is a
QtWidgets app with SVG icons, so most plugins (and the Qt libraries only they pull in:
QtQuick/QtQml via the virtual keyboard and the Lottie renderer, QtPdf via the PDF image
format, QtNetwork via TLS and network-information, the Wayland client stack…) are dropped
by :func:`keep_qt_file`. ``packaging/build_linux.sh`` then proves with ``ldd`` that nothing
left in the bundle needs a dropped library, and the bundle's self-test loads the platform
plugin and renders the SVG icon.
"""

from __future__ import annotations

import hashlib
import json
import re
import tomllib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

REPO = Path(__file__).resolve().parent.parent

DATA_ROOTS: tuple[str, ...] = ("templates", "resources")

# Written into the bundle root; the self-test checks every entry against the bundle.
MANIFEST_NAME = "briefer-bundle-manifest.json"

# Build-time sources and litter that the app never resolves.
EXCLUDED_SUFFIXES = frozenset({".ts", ".pyc", ".pyo", ".orig", ".rej", ".swp", ".bak", ".tmp"})
EXCLUDED_NAMES = frozenset({".DS_Store", "Thumbs.db", "desktop.ini", ".gitkeep", ".gitignore"})
EXCLUDED_DIRS = frozenset({"__pycache__", ".git"})

# Files the app cannot work without (the test also derives fonts and brief types from the code).
REQUIRED: tuple[str, ...] = (
    "templates/state-visit.j2",
    "templates/ministerial-talks.j2",
    "templates/fact-sheet.j2",
    "templates/_brief.j2",
    "templates/labels.json",
    "templates/reference.docx",
    "resources/fonts/LiberationSerif-Regular.ttf",
    "resources/fonts/LiberationSerif-Bold.ttf",
    "resources/fonts/LiberationSerif-Italic.ttf",
    "resources/fonts/LiberationSerif-BoldItalic.ttf",
    "resources/fonts/OFL.txt",  # the OFL requires the licence to travel with the fonts
    "resources/demo/pack.json",
)

# Python packages that must never be in the bundle (dev tools, test suites, build tools,
# GUI toolkits we do not use). PyInstaller's ``excludes``.
EXCLUDED_MODULES: tuple[str, ...] = (
    "tkinter",
    "_tkinter",
    "turtle",
    "turtledemo",
    "idlelib",
    "test",
    "lib2to3",
    "pydoc_data",
    "ensurepip",
    "venv",
    "pytest",
    "_pytest",
    "pytestqt",
    "hypothesis",
    "mypy",
    "ruff",
    "fontTools",
    "pip",
    "setuptools",
    "pkg_resources",
    "distutils",
    "IPython",
    "numpy",
    # Interactive-terminal modules: nothing in Briefer uses them, and libreadline is GPL.
    "readline",
    "curses",
    "_curses",
    # Pillow is needed (reportlab imports it) but not its GUI glue or the AVIF/WebP codecs
    # (~6 MB of libraries); Pillow skips an image plugin it cannot import.
    "PIL.ImageQt",
    "PIL.ImageTk",
    "PIL._imagingtk",
    "PIL.ImageShow",
    "PIL.AvifImagePlugin",
    "PIL._avif",
    "PIL.WebPImagePlugin",
    "PIL._webp",
    # python-docx needs lxml.etree (an HTML importer would add lxml.html): not objectify.
    "lxml.objectify",
    "lxml.isoschematron",
    "PySide6.QtNetwork",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtQuickWidgets",
    "PySide6.QtPdf",
    "PySide6.QtPdfWidgets",
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtSql",
    "PySide6.QtTest",
    "PySide6.QtDesigner",
    "PySide6.QtUiTools",
    "PySide6.QtHelp",
    "PySide6.QtXml",
    "PySide6.QtConcurrent",
    "PySide6.QtDBus",
    "PySide6.QtSvgWidgets",
    "PySide6.QtStateMachine",
)


# ---- project -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Project:
    name: str  # "briefer": the executable
    version: str  # "0.1.0"
    display_name: str  # "Briefer": the bundle folder, the .app, the installer
    description: str


def project(repo: Path = REPO) -> Project:
    """Name and version from ``pyproject.toml``: the one place a release is numbered."""
    with (repo / "pyproject.toml").open("rb") as fh:
        meta = tomllib.load(fh)["project"]
    name = meta["name"]
    return Project(name, meta["version"], name[:1].upper() + name[1:], meta.get("description", ""))


def numeric_version(version: str) -> tuple[int, int, int, int]:
    """``0.1.0rc1`` → (0, 1, 0, 0): Windows version resources and Info.plist want numbers."""
    parts = [int(m) for m in re.findall(r"\d+", version.split("+", maxsplit=1)[0])[:3]]
    return (*parts, *([0] * (4 - len(parts))))[:4]  # type: ignore[return-value]


# ---- data files --------------------------------------------------------------------------------


def is_excluded(relative: PurePosixPath) -> bool:
    return (
        relative.name in EXCLUDED_NAMES
        or relative.suffix.lower() in EXCLUDED_SUFFIXES
        or relative.name.endswith("~")
        or any(part in EXCLUDED_DIRS for part in relative.parts)
    )


def data_files(repo: Path = REPO) -> list[str]:
    """Every bundled data file, as a POSIX path relative to the repo (``templates/x.j2``)."""
    found: list[str] = []
    for root in DATA_ROOTS:
        base = repo / root
        if not base.is_dir():
            raise FileNotFoundError(f"{base} is missing: the bundle would have no {root}.")
        for path in sorted(base.rglob("*")):
            if path.is_file():
                relative = PurePosixPath(path.relative_to(repo).as_posix())
                if not is_excluded(relative):
                    found.append(str(relative))
    return found


def pyinstaller_datas(repo: Path = REPO) -> list[tuple[str, str]]:
    """``datas`` for ``Analysis``: (source file, destination folder inside the bundle)."""
    return [(str(repo / rel), str(PurePosixPath(rel).parent)) for rel in data_files(repo)]


def missing_required(files: Iterable[str]) -> list[str]:
    have = set(files)
    return [rel for rel in REQUIRED if rel not in have]


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 16), b""):
            digest.update(block)
    return digest.hexdigest()


def manifest(repo: Path = REPO) -> dict[str, object]:
    """The bundle manifest: version and every data file with its size and sha256."""
    proj = project(repo)
    return {
        "name": proj.name,
        "version": proj.version,
        "files": [
            {"path": rel, "size": (repo / rel).stat().st_size, "sha256": _sha256(repo / rel)}
            for rel in data_files(repo)
        ],
    }


def write_manifest(target: Path, repo: Path = REPO) -> Path:
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps(manifest(repo), indent=1, ensure_ascii=False), encoding="utf-8")
    return target


# ---- Qt ----------------------------------------------------------------------------------------

# Platform plugins per OS (sys.platform prefix). xcb is the X11 desktop (and Wayland sessions
# through XWayland); offscreen runs the self-test and CI without a display; minimal is Qt's
# last-resort fallback. The Wayland plugin is left out: it brings the whole Wayland client
# stack (~10 MB) and Qt falls back to xcb when it is missing.
PLATFORM_PLUGINS: dict[str, frozenset[str]] = {
    "linux": frozenset({"qxcb", "qoffscreen", "qminimal"}),
    "win32": frozenset({"qwindows", "qoffscreen", "qminimal", "qdirect2d"}),
    "darwin": frozenset({"qcocoa", "qoffscreen", "qminimal"}),
}

# Other plugin folders: None = keep every plugin in it, a set = keep only these.
PLUGIN_TYPES: dict[str, frozenset[str] | None] = {
    # SVG icons (resources/icons) through QIcon: the SVG icon engine and image format.
    "iconengines": frozenset({"qsvgicon"}),
    "imageformats": frozenset({"qsvg", "qico"}),  # PNG is built into QtGui
    # Linux: native file dialogs through xdg-desktop-portal (GNOME, KDE). Not the GTK3 theme:
    # it would bundle the build machine's GTK/cairo/pango/glib stack, which clashes with the
    # user's own GTK; without it Qt draws its Fusion style. X11 GL glue for xcb is kept.
    "platformthemes": frozenset({"qxdgdesktopportal"}),
    "xcbglintegrations": None,
    # Linux input methods: compose keys and IBus — how Vietnamese is typed on Linux
    # (ibus-unikey, ibus-bamboo). Not the virtual keyboard (it needs QtQuick).
    "platforminputcontexts": frozenset(
        {"composeplatforminputcontextplugin", "ibusplatforminputcontextplugin"}
    ),
    "styles": None,  # Windows 11 / modern Windows style
    # Print through the system dialog (print preview): CUPS on Linux, the Windows spooler.
    "printsupport": None,
    "accessible": None,
    "accessiblebridge": None,
}

# Qt libraries only the dropped plugins or modules need (matched in the file name, any OS:
# libQt6Quick.so.6, Qt6Quick.dll, QtQuick.framework/…).
DROPPED_QT_LIBRARIES: tuple[str, ...] = (
    "Qml",
    "Quick",
    "Pdf",
    "Network",
    "VirtualKeyboard",
    "Wayland",
    "WlShell",
    "EglFS",
    "EglFs",
    "Lottie",
    "Multimedia",
    "WebEngine",
    "WebChannel",
    "WebSockets",
    "3D",
    "Designer",
    "Sql",
    "Test",
    "Help",
    "UiTools",
    "ShaderTools",
    "Charts",
    "DataVisualization",
    "Graphs",
    "Positioning",
    "Location",
    "Sensors",
    "SerialPort",
    "Bluetooth",
    "Nfc",
    "RemoteObjects",
    "Scxml",
    "StateMachine",
    "TextToSpeech",
    "SpatialAudio",
    "HttpServer",
    "OpenGLWidgets",
    "Concurrent",
    "Labs",
)
_DROPPED_LIB = re.compile(
    r"(^|/)(lib)?Qt6?(" + "|".join(DROPPED_QT_LIBRARIES) + r")[A-Za-z0-9]*([._]|$)"
)
# Qt's own translations: only what a vi/en app can use. Qt ships no Vietnamese qtbase
# catalogue today; a future qtbase_vi.qm is kept automatically.
QT_TRANSLATION = re.compile(r"(^|/)(qt|qtbase)_(vi|en)\.qm$")


def _plugin_stem(name: str) -> str:
    """``libqxcb.so`` / ``qwindows.dll`` / ``libqcocoa.dylib`` → ``qxcb`` / … (plugin stem)."""
    return name.split(".", maxsplit=1)[0].removeprefix("lib")


def _platform_key(platform: str) -> str:
    for key in PLATFORM_PLUGINS:
        if platform.startswith(key):
            return key
    return "linux"


def keep_qt_file(dest: str, platform: str) -> bool:
    """Whether a collected file (destination path inside the bundle) stays in the bundle.

    ``platform`` is ``sys.platform`` of the build. Files outside PySide6 are always kept.
    """
    path = dest.replace("\\", "/")
    if "PySide6" not in path.split("/"):
        # PyInstaller also links Qt libraries into the bundle root (libQt6Network.so.6 ->
        # PySide6/Qt/lib/…); those links go with their targets.
        return not _DROPPED_LIB.search(path)
    parts = path.split("/")
    if "translations" in parts and path.endswith(".qm"):
        return bool(QT_TRANSLATION.search(path))
    if "plugins" in parts:
        index = parts.index("plugins")
        if len(parts) < index + 3:
            return True
        plugin_type, file_name = parts[index + 1], parts[-1]
        stem = _plugin_stem(file_name)
        if plugin_type == "platforms":
            return stem in PLATFORM_PLUGINS[_platform_key(platform)]
        if plugin_type not in PLUGIN_TYPES:
            return False
        wanted = PLUGIN_TYPES[plugin_type]
        return wanted is None or stem in wanted
    # Qt libraries (libQt6Quick.so.6, Qt6Quick.dll, QtQuick.framework/…) and the PySide6
    # extension modules of the same names (QtQuick.abi3.so, QtQuick.pyd, QtQuick.pyi).
    return not _DROPPED_LIB.search(path)


def filter_toc(
    toc: Iterable[tuple[str, str, str]], platform: str
) -> Iterator[tuple[str, str, str]]:
    """The (dest, source, kind) entries of a PyInstaller TOC that :func:`keep_qt_file` keeps."""
    for entry in toc:
        if keep_qt_file(entry[0], platform):
            yield entry


# Linux shared libraries (not Python extension modules, not Qt plugins): libfoo.so.1.2
_SHARED_LIBRARY = re.compile(r"^lib[^/]*\.so(\.[0-9]+)*$")
_PYTHON_LIBRARY = re.compile(r"^libpython3")  # loaded by the bootloader itself


def is_prunable_library(dest: str) -> bool:
    """A plain shared library that is in the bundle only because something links to it."""
    path = dest.replace("\\", "/")
    name = path.rsplit("/", 1)[-1]
    return (
        "/plugins/" not in f"/{path}"
        and bool(_SHARED_LIBRARY.match(name))
        and not _PYTHON_LIBRARY.match(name)
    )


def prune_unreachable(
    toc: Iterable[tuple[str, str, str]], needed_by: Callable[[str], Iterable[str]]
) -> tuple[list[tuple[str, str, str]], list[tuple[str, str, str]]]:
    """Split a binaries TOC into (kept, pruned): libraries nothing kept links to are pruned.

    PyInstaller resolves the libraries of *every* collected plugin before the spec can drop
    plugins, so a dropped plugin leaves its libraries behind (Kerberos via QtNetwork, …).
    Roots are everything that is not a plain library (Python extension modules, Qt plugins,
    libpython); ``needed_by(source_path)`` names the libraries a binary links to (sonames).
    A symbolic link is kept when its name or its target is reached.
    """
    entries = list(toc)
    by_name: dict[str, list[tuple[str, str, str]]] = {}
    for entry in entries:
        by_name.setdefault(entry[0].replace("\\", "/").rsplit("/", 1)[-1], []).append(entry)
    reached: set[str] = set()
    todo = [e for e in entries if not is_prunable_library(e[0])]
    kept_ids: set[int] = set()
    while todo:
        entry = todo.pop()
        if id(entry) in kept_ids:
            continue
        kept_ids.add(id(entry))
        if entry[2] == "SYMLINK":
            names: Iterable[str] = [entry[1].replace("\\", "/").rsplit("/", 1)[-1]]
        else:
            names = [n.replace("\\", "/").rsplit("/", 1)[-1] for n in needed_by(entry[1])]
        for name in names:
            if name not in reached:
                reached.add(name)
                todo.extend(by_name.get(name, []))
    kept = [e for e in entries if id(e) in kept_ids]
    pruned = [e for e in entries if id(e) not in kept_ids]
    return kept, pruned


# ---- icons -------------------------------------------------------------------------------------


def icon_sources(repo: Path = REPO) -> dict[str, Path]:
    """Ready-made application icons ``resources/icons/briefer.{ico,icns,png,svg}`` by suffix."""
    folder = repo / "resources" / "icons"
    return {
        suffix: folder / f"briefer.{suffix}"
        for suffix in ("ico", "icns", "png", "svg")
        if (folder / f"briefer.{suffix}").is_file()
    }


# ---- checking a built bundle -------------------------------------------------------------------


def bundle_data_root(bundle: Path) -> Path:
    """Where ``sys._MEIPASS`` points in a built one-folder bundle or macOS app."""
    contents = bundle / "Contents"
    for candidate in (
        bundle / "_internal",
        contents / "Frameworks",
        contents / "Resources",
        bundle,
    ):
        if (candidate / MANIFEST_NAME).is_file():
            return candidate
    raise FileNotFoundError(f"{bundle} holds no {MANIFEST_NAME}: not a Briefer bundle")


@dataclass(frozen=True, slots=True)
class BundleReport:
    root: Path
    version: str
    broken: list[str]  # listed in the bundle's own manifest but missing or different in it
    stale: list[str]  # in the checkout now, not (or not so) in the bundle's manifest

    @property
    def ok(self) -> bool:
        return not self.broken and not self.stale


def compare_bundle(bundle: Path, repo: Path = REPO) -> BundleReport:
    """Check a built bundle against its own manifest and against the checkout's data files."""
    root = bundle_data_root(bundle)
    built = json.loads((root / MANIFEST_NAME).read_text(encoding="utf-8"))
    listed = {entry["path"]: entry for entry in built["files"]}
    broken = []
    for rel, entry in sorted(listed.items()):
        path = root / rel
        if not path.is_file():
            broken.append(f"{rel}: missing from the bundle")
        elif path.stat().st_size != entry["size"] or _sha256(path) != entry["sha256"]:
            broken.append(f"{rel}: differs from the build manifest")
    stale = []
    for rel in data_files(repo):
        entry = listed.get(rel)
        if entry is None:
            stale.append(f"{rel}: not in the bundle (added after the build?)")
        elif entry["sha256"] != _sha256(repo / rel):
            stale.append(f"{rel}: changed in the checkout since the build")
    return BundleReport(root, str(built.get("version")), broken, stale)


def main(argv: list[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(description="Briefer's bundle contents.")
    parser.add_argument("--list", action="store_true", help="print the bundled data files")
    parser.add_argument("--check-bundle", type=Path, metavar="DIR", help="check a built bundle")
    args = parser.parse_args(argv)
    if args.check_bundle:
        report = compare_bundle(args.check_bundle)
        for problem in report.broken + report.stale:
            print(f"FAIL {problem}")
        print(
            f"{'ok  ' if report.ok else 'FAIL'} bundle {args.check_bundle}: "
            f"{len(data_files())} data files of the checkout, version {report.version}"
        )
        return 0 if report.ok else 1
    for rel in data_files():
        print(rel)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
