"""Importing a unit list through the window's dialog, exporting and printing the chart."""

from __future__ import annotations

import io
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog
from sqlalchemy import func, select

from app.io import read_table
from db.models import OrgVersion, Unit
from ui.org.export_dialog import ExportDialog, print_chart
from ui.org.import_dialog import ImportDialog


@pytest.fixture
def org(window, qtbot):  # type: ignore[no-untyped-def]
    window.show_page("organisasjon")
    page = window.page_widgets["organisasjon"]
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    return page


def _workbook(path: Path, rows: list[list[object]]) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Enheter"
    ws.append(["Organisasjonskart for Testvik"])  # a title row above the header
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def test_import_dialog_lists_problems_then_imports_under_one_root(qtbot, org, demo_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = _workbook(tmp_path / "enheter.xlsx", [
        ["Enhetsid", "Overordnet", "Navn", "Leder", "Årsverk"],
        ["10", "", "Helse", "Kari Nordmann", "3"],
        ["20", "", "Oppvekst", "", "2,5"],
        ["11", "10", "Legekontoret", "", "7"],
        ["21", "20", "Nordby skole", "Ola Nordmann", "31,5"],
    ])
    dialog = ImportDialog(org.store, path, read_table(path), org)
    qtbot.addWidget(dialog)
    # Two top units: refused until the user accepts putting them under one root.
    assert not dialog.import_button.isEnabled()
    problems = [dialog.problems.item(i).text() for i in range(dialog.problems.count())]
    assert any("toppenhet" in p.lower() for p in problems)
    assert dialog.use_root.isChecked()  # the dialog offers the way out
    dialog.root_name.setText("Testvik kommune")
    assert dialog.check()
    assert dialog.import_button.isEnabled()
    dialog.version_name.setText("Importert")
    dialog.import_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    with demo_db.session() as s:
        version = s.scalars(select(OrgVersion).where(OrgVersion.name == "Importert")).one()
        assert version.status.value == "scenario"  # the current organisation is untouched
        names = set(s.scalars(select(Unit.name).where(Unit.org_version_id == version.id)))
    assert names == {"Testvik kommune", "Helse", "Oppvekst", "Legekontoret", "Nordby skole"}


def test_import_dialog_lets_the_user_fix_a_column(qtbot, org, demo_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = _workbook(tmp_path / "rart.xlsx", [
        ["Nummer", "Hører til", "Betegnelse"],
        ["1", "", "Rådmannen"],
        ["2", "1", "Vollan skole"],
    ])
    dialog = ImportDialog(org.store, path, read_table(path), org)
    qtbot.addWidget(dialog)
    before = _units(demo_db)
    # Fix the columns the program could not guess.
    for row, field in enumerate(("id", "parent", "name")):
        combo = dialog.mapping.cellWidget(row, 1)
        combo.setCurrentIndex(combo.findData(field))
    assert dialog.check(), [dialog.problems.item(i).text() for i in range(dialog.problems.count())]
    dialog.import_button.click()
    assert _units(demo_db) == before + 2


def _units(db) -> int:  # type: ignore[no-untyped-def]
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(Unit))


def test_export_dialog_writes_a_pdf_with_every_unit(org, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "kart.pdf"
    monkeypatch.setattr(ExportDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    org.export_chart()
    text = "".join(p.extract_text() for p in PdfReader(out).pages).replace("\n", "").replace(" ", "")
    for row in org.rows.values():
        assert row.name.replace(" ", "") in text


def test_print_renders_the_chart_on_the_page(org, tmp_path, qtbot) -> None:  # type: ignore[no-untyped-def]
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "utskrift.pdf"))
    dialog = print_chart(org, org.chart, title="Lindvik kommune – organisasjonskart", show=False)
    qtbot.addWidget(dialog)
    assert dialog.paint_(printer) == 1  # the exported PDF's page, painted on the printer
    reader = PdfReader(tmp_path / "utskrift.pdf")
    assert len(reader.pages) == 1
    printed = PdfReader(io.BytesIO(dialog.pdf_))
    text = " ".join(printed.pages[0].extract_text().split())
    assert "Lindvik kommune" in text and "Rådmannen" in text and "Lindvik bibliotek" in text
    # The text has the size of the boxes: rendered straight onto the 1200 dpi printer, the scene's
    # point-sized fonts came out 12× too big and covered the page in black letters.
    import pypdfium2

    document = pypdfium2.PdfDocument(str(tmp_path / "utskrift.pdf"))
    try:
        grey = document[0].render(scale=0.5).to_pil().convert("L")
    finally:
        document.close()
    dark = sum(grey.histogram()[:100]) / (grey.width * grey.height)
    assert dark < 0.03
