"""Export the chart (PDF, PNG, SVG) or the unit list (Excel), and print the chart (the exported PDF's page)."""

from __future__ import annotations

import tempfile
import uuid
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication
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


def chart_pdf(store: Store, version_id: uuid.UUID, on: date, chart: ChartView) -> bytes:
    """The chart as the page shows it (folded units, follow-up leads if shown) drawn by the export's own code
    (``app.org.chart_export.export_chart``): the same page as «Eksporter» → PDF, with full unit names, the
    legend, the «Forslag/utkast» mark and the notes on merged and removed units wrapped in it."""
    collapsed = frozenset(box.node.id for box in chart.layout_.boxes.values() if box.collapsed) \
        if chart.layout_ is not None else frozenset()
    with tempfile.TemporaryDirectory(prefix="styringsdialog-kart-") as folder:
        out = Path(folder) / "organisasjonskart.pdf"
        store.read(export_chart, version_id, "pdf", out, on=on, show_follow_up=chart.show_follow_up,
                   collapsed=collapsed)
        return out.read_bytes()


def print_chart(parent: QWidget, chart: ChartView, *, title: str = "", show: bool = True,
                store: Store | None = None, version_id: uuid.UUID | None = None,
                on: date | None = None) -> QDialog | None:
    """A print preview of the chart's page as «Eksporter» → PDF draws it (``chart_pdf``), headed like a
    document («Lindvik kommune», «Organisasjonskart – <version> – per <date>»; ``title`` is that heading,
    app.org.chart_export.chart_heading, shown in the preview's title). ``store``, ``version_id`` and ``on``
    default to the page's (``parent``) own. None when the chart could not be drawn (said so)."""
    store = store if store is not None else getattr(parent, "store", None)
    version_id = version_id if version_id is not None else getattr(parent, "version_id", None)
    on = on if on is not None else getattr(parent, "view_date", None)
    if store is None or version_id is None or on is None:
        return None
    try:
        pdf = chart_pdf(store, version_id, on, chart)
    except AppError as err:
        show_user_error(parent, err)
        return None
    # A print preview of the page first (issue 18), not straight to the printer dialog.
    from ui.reports.print_preview import preview_pdf

    # The heading names the chart already («Lindvik kommune – Organisasjonskart – …»): not twice.
    caption = (QCoreApplication.translate("ExportDialog", "Forhåndsvisning") + f" – {title}" if title
               else QCoreApplication.translate("ExportDialog", "Forhåndsvisning – organisasjonskart"))
    dialog = preview_pdf(parent, caption, pdf, show=False)
    dialog.pdf_ = pdf  # type: ignore[attr-defined]  # what the preview paints, page for page
    if show:
        dialog.exec()
    return dialog
