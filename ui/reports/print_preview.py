"""Print preview of the real pages: a PDF the program makes is rendered page by page with PDFium
(pypdfium2) onto the printer, in Qt's print preview, before anything goes to the printer."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QMarginsF, QRectF, Qt
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

MAX_DPI = 200  # enough for paper; a 300 dpi printer would make a long report slow to preview


def _page_images(pdf: bytes, dpi: int) -> list[tuple[QImage, float, float]]:
    """Every page as (image, width in points, height in points)."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(pdf)
    pages: list[tuple[QImage, float, float]] = []
    try:
        for index in range(len(document)):
            page = document[index]
            try:
                width, height = page.get_size()
                bitmap = page.render(scale=dpi / 72)
                pil = bitmap.to_pil().convert("RGB")
                data = pil.tobytes("raw", "RGB")
                image = QImage(data, pil.width, pil.height, pil.width * 3, QImage.Format.Format_RGB888).copy()
            finally:
                page.close()
            pages.append((image, width, height))
    finally:
        document.close()
    return pages


def paint_pdf(printer: QPrinter, pdf: bytes) -> int:
    """Paint every page of ``pdf`` on ``printer``, each page scaled to the printer's page. Returns the
    number of pages painted."""
    dpi = max(72, min(MAX_DPI, printer.resolution()))
    pages = _page_images(pdf, dpi)
    if pages:  # the paper follows the document's first page (A4 portrait or landscape)
        _, w, h = pages[0]
        orientation = QPageLayout.Orientation.Landscape if w > h else QPageLayout.Orientation.Portrait
        printer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), orientation, QMarginsF(0, 0, 0, 0)))
    painter = QPainter(printer)
    try:
        for i, (image, _w, _h) in enumerate(pages):
            if i:
                printer.newPage()
            target = QRectF(printer.pageLayout().fullRectPixels(printer.resolution()))
            target.moveTo(0, 0)
            scaled = image.size().scaled(target.size().toSize(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRectF(target.topLeft(), scaled.toSizeF()), image)
    finally:
        painter.end()
    return len(pages)


def preview_dialog(parent: QWidget | None, title: str, paint: Callable[[QPrinter], object]) -> QPrintPreviewDialog:
    """Qt's print preview drawing with ``paint``; «Skriv ut» in it goes on to the printer."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(title)
    dialog.printer_ = printer  # type: ignore[attr-defined]  # the dialog only borrows it: keep it alive
    dialog.paint_ = paint  # type: ignore[attr-defined]
    dialog.paintRequested.connect(paint)
    dialog.resize(900, 700)
    return dialog


def preview_pdf(parent: QWidget | None, title: str, pdf: bytes, *, show: bool = True) -> QPrintPreviewDialog:
    """The print preview of ``pdf``'s pages. With ``show`` the dialog runs (modal) before returning."""
    dialog = preview_dialog(parent, title, lambda printer: paint_pdf(printer, pdf))
    if show:
        dialog.exec()
    return dialog
