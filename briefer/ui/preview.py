"""Print preview: the exported PDF's pages drawn in the app, with thumbnails, zoom and Print.

Pages are rendered in-process by PDFium (pypdfium2, ~9 MB) rather than QtPdf, which ships
only in PySide6-Addons (hundreds of MB; the bundle must stay under 200 MB). The same
renderer feeds the system print dialog: each page is drawn at the printer's resolution.
This is also where "Open" lands when the machine has no PDF viewer.
"""

from __future__ import annotations

import threading
from pathlib import Path

import pypdfium2 as pdfium
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon, QImage, QKeySequence, QPainter, QPixmap, QShortcut
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

ZOOMS = (50, 75, 100, 125, 150, 200)
POINTS_PER_INCH = 72.0
SCREEN_DPI = 96.0
THUMB_WIDTH = 120

_FORMATS = {
    "RGB": QImage.Format.Format_RGB888,
    "RGBA": QImage.Format.Format_RGBA8888,
    "RGBX": QImage.Format.Format_RGBX8888,
    "L": QImage.Format.Format_Grayscale8,
}
# PDFium is not thread-safe: one document at a time, whichever thread renders.
_PDFIUM = threading.Lock()


class PdfPages:
    """A PDF file's pages as images (PDFium), sized by scale (1.0 = 72 dpi)."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        with _PDFIUM:
            self._pdf = pdfium.PdfDocument(str(self.path))
            self.sizes = [self._pdf[i].get_size() for i in range(len(self._pdf))]

    def __len__(self) -> int:
        return len(self.sizes)

    def image(self, index: int, scale: float) -> QImage:
        with _PDFIUM:
            page = self._pdf[index]
            bitmap = page.render(scale=scale, rev_byteorder=True)  # RGB order, as Qt reads it
            pixels = bytes(bitmap.buffer)
            image = QImage(
                pixels,
                bitmap.width,
                bitmap.height,
                bitmap.stride,
                _FORMATS.get(bitmap.mode, QImage.Format.Format_RGB888),
            ).copy()  # own the pixels: ``pixels`` goes away with this frame
        return image

    def close(self) -> None:
        with _PDFIUM:
            self._pdf.close()


class PreviewDialog(QDialog):
    """Pages of ``pdf_path`` one under the other, thumbnails on the left, zoom and Print."""

    def __init__(self, pdf_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("printPreview")
        self.setWindowTitle(self.tr("Print preview — {0}").format(Path(pdf_path).name))
        self.resize(980, 760)
        self.pages = PdfPages(Path(pdf_path))
        self.zoom = 100
        self.page_labels: list[QLabel] = []
        self._build()
        self._render_pages()

    # ---- layout --------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.zoom_box = QComboBox(self)
        self.zoom_box.setObjectName("previewZoom")
        for zoom in ZOOMS:
            self.zoom_box.addItem(f"{zoom} %", zoom)
        self.zoom_box.setCurrentIndex(ZOOMS.index(100))
        self.zoom_box.currentIndexChanged.connect(
            lambda _i: self.set_zoom(self.zoom_box.currentData())
        )
        zoom_out = QPushButton("−", self)
        zoom_out.setToolTip(self.tr("Zoom out"))
        zoom_out.clicked.connect(lambda: self._step_zoom(-1))
        zoom_in = QPushButton("+", self)
        zoom_in.setToolTip(self.tr("Zoom in"))
        zoom_in.clicked.connect(lambda: self._step_zoom(1))
        self.count_label = QLabel(self)
        self.count_label.setObjectName("previewPageCount")
        self.count_label.setText(self.tr("%n page(s)", "", len(self.pages)))
        self.print_button = QPushButton(self.tr("Print…"), self)
        self.print_button.setObjectName("previewPrint")
        self.print_button.clicked.connect(self.print_document)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.accept)
        bar.addWidget(QLabel(self.tr("Zoom"), self))
        bar.addWidget(zoom_out)
        bar.addWidget(self.zoom_box)
        bar.addWidget(zoom_in)
        bar.addSpacing(16)
        bar.addWidget(self.count_label)
        bar.addStretch(1)
        bar.addWidget(self.print_button)
        bar.addWidget(close)
        layout.addLayout(bar)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.thumbnails = QListWidget(splitter)
        self.thumbnails.setObjectName("previewThumbnails")
        self.thumbnails.setIconSize(QSize(THUMB_WIDTH, int(THUMB_WIDTH * 1.42)))
        self.thumbnails.setFixedWidth(THUMB_WIDTH + 40)
        self.thumbnails.currentRowChanged.connect(self.show_page)
        self.scroll = QScrollArea(splitter)
        self.scroll.setObjectName("previewPages")
        self.scroll.setWidgetResizable(True)
        self.scroll.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        holder = QWidget(self.scroll)
        holder.setStyleSheet("background: #8a8f98;")
        self.pages_layout = QVBoxLayout(holder)
        self.pages_layout.setSpacing(14)
        self.pages_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.scroll.setWidget(holder)
        splitter.setStretchFactor(1, 1)
        layout.addWidget(splitter, 1)
        QShortcut(QKeySequence.StandardKey.ZoomIn, self, lambda: self._step_zoom(1))
        QShortcut(QKeySequence.StandardKey.ZoomOut, self, lambda: self._step_zoom(-1))
        QShortcut(QKeySequence.StandardKey.Print, self, self.print_document)

        for index in range(len(self.pages)):
            width = self.pages.sizes[index][0]
            thumb = self.pages.image(index, THUMB_WIDTH / width)
            item = QListWidgetItem(QIcon(QPixmap.fromImage(thumb)), str(index + 1))
            item.setTextAlignment(Qt.AlignmentFlag.AlignHCenter)
            self.thumbnails.addItem(item)
            label = QLabel(holder)
            label.setObjectName(f"previewPage{index + 1}")
            label.setStyleSheet("background: white;")
            self.pages_layout.addWidget(label)
            self.page_labels.append(label)

    # ---- pages and zoom ------------------------------------------------------------------

    def page_count(self) -> int:
        return len(self.pages)

    def _render_pages(self) -> None:
        scale = self.zoom / 100 * SCREEN_DPI / POINTS_PER_INCH
        ratio = self.devicePixelRatioF() or 1.0
        for index, label in enumerate(self.page_labels):
            pixmap = QPixmap.fromImage(self.pages.image(index, scale * ratio))
            pixmap.setDevicePixelRatio(ratio)
            label.setPixmap(pixmap)
            label.setFixedSize(pixmap.deviceIndependentSize().toSize())

    def set_zoom(self, zoom: int) -> None:
        if zoom == self.zoom or zoom not in ZOOMS:
            return
        self.zoom = zoom
        self.zoom_box.blockSignals(True)
        self.zoom_box.setCurrentIndex(ZOOMS.index(zoom))
        self.zoom_box.blockSignals(False)
        self._render_pages()

    def _step_zoom(self, step: int) -> None:
        index = min(max(ZOOMS.index(self.zoom) + step, 0), len(ZOOMS) - 1)
        self.set_zoom(ZOOMS[index])

    def show_page(self, index: int) -> None:
        if 0 <= index < len(self.page_labels):
            self.scroll.ensureWidgetVisible(self.page_labels[index], 0, 0)

    # ---- printing ------------------------------------------------------------------------

    def print_document(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.pages.path.stem)
        printer.setFromTo(1, len(self.pages))
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print the brief"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        print_pages(self.pages, printer)

    def done(self, result: int) -> None:
        self.pages.close()
        super().done(result)


def print_pages(pages: PdfPages, printer: QPrinter) -> int:
    """Draw the chosen pages on ``printer`` at its resolution; return how many were drawn."""
    first, last = printer.fromPage(), printer.toPage()
    if first <= 0:
        first, last = 1, len(pages)
    dpi = printer.resolution()
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    drawn = 0
    try:
        for number in range(first, min(last, len(pages)) + 1):
            if drawn:
                printer.newPage()
            image = pages.image(number - 1, dpi / POINTS_PER_INCH)
            target = painter.viewport()
            size = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.setViewport(target.x(), target.y(), size.width(), size.height())
            painter.setWindow(image.rect())
            painter.drawImage(0, 0, image)
            painter.setViewport(target)
            drawn += 1
    finally:
        painter.end()
    return drawn
