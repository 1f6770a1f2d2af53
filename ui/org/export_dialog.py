"""Export the chart (PDF, PNG, SVG) or the unit list (Excel), and print the chart."""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, Qt
from PySide6.QtGui import QPageLayout, QPageSize, QPainter, QPicture
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QWidget,
)

from app.errors import AppError
from app.org.chart_export import export_chart
from app.org.export_xlsx import export_units_xlsx
from ui.errors import show_user_error
from ui.org.chart_view import ChartView
from ui.store import Store

FORMATS = {"pdf": "PDF (*.pdf)", "png": "PNG-bilde (*.png)", "svg": "SVG-tegning (*.svg)", "xlsx": "Excel (*.xlsx)"}


class ExportDialog(QDialog):
    def __init__(self, has_selection: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Eksporter organisasjonen"))
        form = QFormLayout(self)
        self.format = QComboBox()
        for key, text in (("pdf", self.tr("Organisasjonskart som PDF")), ("png", self.tr("Organisasjonskart som PNG")),
                          ("svg", self.tr("Organisasjonskart som SVG")), ("xlsx", self.tr("Enhetsliste som Excel"))):
            self.format.addItem(text, key)
        self.paper = QComboBox()
        self.paper.addItem("A4", "a4")
        self.paper.addItem("A3", "a3")
        self.orientation = QComboBox()
        self.orientation.addItem(self.tr("Velg etter kartets form"), None)
        self.orientation.addItem(self.tr("Stående"), False)
        self.orientation.addItem(self.tr("Liggende"), True)
        self.split = QCheckBox(self.tr("Én side per underenhet av toppen"))
        self.only_selected = QCheckBox(self.tr("Bare valgt enhet og enhetene under"))
        self.only_selected.setEnabled(has_selection)
        self.follow_up = QCheckBox(self.tr("Vis oppfølgingsansvar i boksene"))
        form.addRow(self.tr("&Hva"), self.format)
        form.addRow(self.tr("&Papir"), self.paper)
        form.addRow(self.tr("&Retning"), self.orientation)
        form.addRow("", self.split)
        form.addRow("", self.only_selected)
        form.addRow("", self.follow_up)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.format.currentIndexChanged.connect(self._format_changed)
        self._format_changed()

    def _format_changed(self) -> None:
        fmt = self.format.currentData()
        for w in (self.paper, self.orientation, self.split):
            w.setEnabled(fmt == "pdf")
        self.follow_up.setEnabled(fmt != "xlsx")


def run_export(parent: QWidget, store: Store, version_id: uuid.UUID, on: date, selected: uuid.UUID | None,
               dialog: ExportDialog | None = None, path: str | None = None) -> Path | None:
    """Ask what and where, write it; the file written, or None (cancelled or refused, said so)."""
    if dialog is None:
        dialog = ExportDialog(selected is not None, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
    fmt = dialog.format.currentData()
    title = QCoreApplication.translate("ExportDialog", "Eksporter")
    if path is None:
        path, _ = QFileDialog.getSaveFileName(parent, title, f"organisasjon.{fmt}", FORMATS[fmt])
    if not path:
        return None
    out = Path(path) if path.lower().endswith(f".{fmt}") else Path(f"{path}.{fmt}")
    root = None
    if dialog.only_selected.isChecked() and selected is not None:
        from app.org.units import unit_detail

        root = store.read(unit_detail, selected, on).code
    try:
        if fmt == "xlsx":
            store.read(export_units_xlsx, version_id, out, on=on)
        else:
            store.read(export_chart, version_id, fmt, out, on=on, root=root, paper=dialog.paper.currentData(),
                       landscape=dialog.orientation.currentData(), split_subtrees=dialog.split.isChecked(),
                       show_follow_up=dialog.follow_up.isChecked())
    except AppError as err:
        show_user_error(parent, err)
        return None
    return out


def render_chart(printer: QPrinter, chart: ChartView, title: str) -> None:
    """Draw the chart's whole scene on the printer's page, scaled to fit, under a title."""
    painter = QPainter(printer)
    try:
        page = QRectF(printer.pageLayout().paintRectPixels(printer.resolution()))
        page.moveTo(0, 0)
        if chart.draft:  # a scenario is printed as a draft (issue 20), with the units it removes
            title = " – ".join(t for t in (title, QCoreApplication.translate("ChartView", "Forslag/utkast"),
                                           chart.removed_note) if t)
        painter.drawText(page, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft, title)
        target = page.adjusted(0, painter.fontMetrics().height() * 2, 0, 0)
        # The scene is recorded at screen resolution and played back scaled: rendered straight onto a
        # 1200 dpi printer its point-sized fonts came out 12× too big over the boxes.
        source = chart.scene().sceneRect()
        picture = QPicture()
        recorder = QPainter(picture)
        try:
            chart.scene().render(recorder, QRectF(0, 0, source.width(), source.height()), source)
        finally:
            recorder.end()
        scale = min(target.width() / source.width(), target.height() / source.height())
        painter.translate(target.left() + (target.width() - source.width() * scale) / 2, target.top())
        # drawPicture itself scales from the picture's resolution to the printer's
        playback = picture.logicalDpiX() / printer.logicalDpiX()
        painter.scale(scale * playback, scale * playback)
        painter.drawPicture(0, 0, picture)
    finally:
        painter.end()


def print_chart(parent: QWidget, chart: ChartView, *, title: str = "", show: bool = True) -> QDialog:
    """A print preview of the chart under ``title`` (app.org.chart_export.chart_heading: municipality,
    «Organisasjonskart», version and date; the window's title carried the database file's path)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    layout = chart.scene().sceneRect()
    orientation = QPageLayout.Orientation.Landscape if layout.width() > layout.height() \
        else QPageLayout.Orientation.Portrait
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), orientation, QMarginsF(12, 12, 12, 12)))
    # A print preview of the page first (issue 18), not straight to the printer dialog.
    from ui.reports.print_preview import preview_dialog

    title = title or QCoreApplication.translate("ExportDialog", "Organisasjonskart")
    dialog = preview_dialog(parent, QCoreApplication.translate("ExportDialog", "Forhåndsvisning – organisasjonskart"),
                            lambda p: render_chart(p, chart, title))
    dialog.printer_.setPageLayout(printer.pageLayout())  # type: ignore[attr-defined]
    if show:
        dialog.exec()
    return dialog
