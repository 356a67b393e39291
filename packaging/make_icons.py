"""Application icons for the installers: ``briefer.png``, ``briefer.ico``, ``briefer.icns``.

Run by ``packaging/briefer.spec`` (in a child process: Qt is started offscreen) with the build
venv's Python; writes into the folder given with ``--out``. Source, in order:

1. ready-made ``resources/icons/briefer.ico`` / ``.icns`` / ``.png`` are copied as they are;
2. otherwise each missing size is rendered from ``resources/icons/briefer.svg`` (the icon the
   app shows in its windows) with QtSvg;
3. without that SVG, a plain tile is drawn (navy rounded square, white page, gold seal).

ICO and ICNS are written here (PNG-compressed entries, understood by Windows Vista+ and
macOS 10.7+), so neither Pillow nor ``iconutil`` is needed.
"""

from __future__ import annotations

import argparse
import os
import shutil
import struct
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from bundle_manifest import REPO, icon_sources  # noqa: E402

_APP = None
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# ICNS element types holding PNG data: (type, pixel size)
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"icp6", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic09", 512),
    (b"ic10", 1024),
    (b"ic11", 32),
    (b"ic12", 64),
    (b"ic13", 256),
    (b"ic14", 512),
)


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, blobs = b"", b""
    for size in sizes:
        data = pngs[size]
        side = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        blobs += data
        offset += len(data)
    return header + entries + blobs


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    body = b""
    for kind, size in ICNS_TYPES:
        data = pngs[size]
        body += kind + struct.pack(">I", 8 + len(data)) + data
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def render_pngs(svg: Path | None, sizes: set[int]) -> dict[int, bytes]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
    from PySide6.QtGui import QBrush, QColor, QGuiApplication, QImage, QPainter, QPen
    from PySide6.QtSvg import QSvgRenderer

    global _APP  # noqa: PLW0603  (Qt objects must not outlive the application object)
    _APP = QGuiApplication.instance() or QGuiApplication(["make_icons"])
    renderer = QSvgRenderer(str(svg)) if svg else None
    if renderer is not None and not renderer.isValid():
        raise SystemExit(f"make_icons: {svg} is not a valid SVG")
    pngs: dict[int, bytes] = {}
    for size in sorted(sizes):
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if renderer is not None:
            renderer.render(painter, QRectF(0, 0, size, size))
        else:  # a sober tile on the 64-unit grid of the in-app icons
            painter.scale(size / 64, size / 64)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QBrush(QColor("#1d3a5f")))
            painter.drawRoundedRect(QRectF(4, 4, 56, 56), 8, 8)
            painter.setBrush(QBrush(QColor("#ffffff")))
            painter.drawRect(QRectF(20, 14, 26, 36))
            painter.setPen(QPen(QColor("#1d3a5f"), 2.4))
            for y, width in ((30, 16), (36, 16), (42, 10)):
                painter.drawLine(25, y, 25 + width, y)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QBrush(QColor("#b8860b")))
            painter.drawEllipse(QRectF(37, 37, 14, 14))
        painter.end()
        data = QByteArray()  # kept alive by this name while the buffer writes into it
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        buffer.close()
        pngs[size] = bytes(data.data())
    return pngs


def make_icons(out: Path, repo: Path = REPO) -> dict[str, Path]:
    out.mkdir(parents=True, exist_ok=True)
    ready = icon_sources(repo)
    made: dict[str, Path] = {}
    for suffix in ("ico", "icns", "png"):
        if suffix in ready:
            made[suffix] = Path(shutil.copyfile(ready[suffix], out / f"briefer.{suffix}"))
    todo = {"ico", "icns", "png"} - set(made)
    if todo:
        sizes = {512}
        sizes |= set(ICO_SIZES) if "ico" in todo else set()
        sizes |= {size for _, size in ICNS_TYPES} if "icns" in todo else set()
        pngs = render_pngs(ready.get("svg"), sizes)
        writers = {
            "ico": lambda: ico_bytes({s: pngs[s] for s in ICO_SIZES}),
            "icns": lambda: icns_bytes(pngs),
            "png": lambda: pngs[512],
        }
        for suffix in sorted(todo):
            target = out / f"briefer.{suffix}"
            target.write_bytes(writers[suffix]())
            made[suffix] = target
    return made


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True, help="folder for the icon files")
    args = parser.parse_args()
    for suffix, path in sorted(make_icons(args.out).items()):
        print(f"{suffix}\t{path}\t{path.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
