"""Walk at 1366×768 on the Organisasjon page: «Tilpass» shows the whole chart (also after resizing and with
«−»), «Skriv ut» prints the exported PDF's page (full names, legend, the dated-merge note), the greyed
detail form keeps nothing of the last unit, and the reorganisation dialog fits the screen."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pypdfium2 as pdfium
from pypdf import PdfReader
from PySide6.QtCore import QDate, QPoint, QRect
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication

from app.org import reorganisation, restructure
from tests.app.org.test_chart_dated_merge import MERGE, OLD, unit_in
from tests.ui.conftest import save_screenshot
from ui.org import export_dialog
from ui.org.chart_view import UnitBoxItem


def _org(window, qtbot):  # type: ignore[no-untyped-def]
    window.resize(1366, 768)
    window.show_page("organisasjon")
    page = window.page_widgets["organisasjon"]
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    QApplication.processEvents()
    return page


def _boxes_outside(chart) -> list[str]:  # type: ignore[no-untyped-def]
    """The names of the boxes not wholly inside the chart's viewport."""
    view = chart.viewport().rect()
    out = []
    for item in chart.scene().items():
        if isinstance(item, UnitBoxItem):
            on_screen: QRect = chart.mapFromScene(item.sceneBoundingRect()).boundingRect()
            if not view.contains(on_screen):
                out.append(item.box.node.name)
    return out


def _text(pdf: bytes | Path) -> str:
    data = pdf if isinstance(pdf, bytes) else pdf.read_bytes()
    import io

    return re.sub(r"\s+", " ", " ".join(p.extract_text() or "" for p in PdfReader(io.BytesIO(data)).pages))


def test_fit_shows_the_whole_chart_also_after_resizing_and_zooming_out(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    page = _org(window, qtbot)
    chart = page.chart
    assert len(chart.items_by_id) > 30
    assert _boxes_outside(chart) == []  # on first show
    save_screenshot(window, "org-tilpass-1366x768")

    page.zoom_in.click()
    page.zoom_in.click()
    assert _boxes_outside(chart)  # zoomed in: some boxes are out of view
    page.fit.click()
    assert _boxes_outside(chart) == []

    window.resize(1100, 700)  # a smaller window: still the whole chart, until the user zooms
    QApplication.processEvents()
    assert _boxes_outside(chart) == []

    page.zoom_in.click()
    page.zoom_in.click()
    for _ in range(12):  # «−» reaches the whole chart, and further
        page.zoom_out.click()
    assert _boxes_outside(chart) == []
    assert chart.transform().m11() < chart.fit_scale()


def test_printing_draws_the_exported_page(qtbot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    page = _org(window, qtbot)
    dialog = export_dialog.print_chart(page, page.chart, title="Lindvik kommune", show=False)
    assert dialog is not None
    qtbot.addWidget(dialog)
    printed = _text(dialog.pdf_)
    assert "Pedagogisk-psykologisk tjeneste" in printed  # the whole name, not «Pedagogisk-psykolo… tjeneste»
    assert "…" not in printed
    assert "Ledig stilling" in printed and "Resultatenhet" in printed  # the legend
    assert "Lindvik kommune" in printed and "Organisasjonskart" in printed and "side 1 av 1" in printed
    # The same page as «Eksporter» → PDF.
    exported = export_dialog.run_export(page, page.store, page.version_id, page.view_date, None,
                                        dialog=export_dialog.ExportDialog(False, page),
                                        path=str(tmp_path / "kart.pdf"))
    assert exported is not None
    assert _text(exported) == printed
    # What the preview sends to the printer: that page, across an A4 sheet.
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "utskrift.pdf"
    printer.setOutputFileName(str(out))
    assert dialog.paint_(printer) == 1
    [sheet] = PdfReader(out).pages
    assert float(sheet.mediabox.width) > float(sheet.mediabox.height)
    dialog.show()
    QApplication.processEvents()
    save_screenshot(dialog, "org-utskrift-forhaandsvisning")


def test_printing_a_dated_merge_wraps_its_note_inside_the_page(qtbot, window, demo_db) -> None:  # type: ignore[no-untyped-def]
    with demo_db.session() as s:
        project = reorganisation.create_project(s, "Omorganisering 2027")
        alt = reorganisation.add_alternative(s, project.id).id
        many = [*OLD, "Åsen barnehage", "Vestre barnehage", "Haugtun barnehage", "Barneverntjenesten",
                "Lindvik legesenter", "Flyktningtjenesten", "Kulturtjenesten", "Lindvik bibliotek"]
        restructure.merge_units(s, [unit_in(s, alt, n).id for n in many],
                                "Sentrum oppvekst, familie, helse og kultur med et langt navn", MERGE)
    page = _org(window, qtbot)
    page.show_version(alt)
    page.date_edit.setDate(QDate(2027, 1, 15))
    assert page.view_date == date(2027, 1, 15)
    dialog = export_dialog.print_chart(page, page.chart, show=False)
    assert dialog is not None
    qtbot.addWidget(dialog)
    text = _text(dialog.pdf_)
    assert "Forslag/utkast" in text
    assert "Lindvik bibliotek til 31.07.2027, så Sentrum oppvekst, familie, helse og kultur med et langt navn" in text
    document = pdfium.PdfDocument(dialog.pdf_)
    sheet = document[0]
    width, height = sheet.get_size()
    chars = sheet.get_textpage()
    for i in range(chars.count_chars()):
        left, bottom, right, top = chars.get_charbox(i)
        assert 0 <= left <= right <= width and 0 <= bottom <= top <= height  # nothing cut at the page's edge
    sheet.render(scale=1.5).to_pil().save(Path(save_screenshot(window, "org-utskrift-sammenslaaing")).with_name(
        "org-utskrift-sammenslaaing-side.png"))


def test_no_unit_chosen_leaves_the_detail_form_empty(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    page = _org(window, qtbot)
    form = page.form
    unit = next(r.id for r in page.rows.values() if r.name == "Brekka skole")
    page.select_unit(unit, source="test")
    assert form.name.text() == "Brekka skole" and form.follow_up.currentText() not in ("", "(ingen)")
    assert form.year_type.currentText() == "Skoleår"
    page.select_unit(None, source="test")
    assert not form.name.isEnabled()
    assert [form.name.text(), form.kind.currentText(), form.follow_up.currentText(),
            form.year_type.currentText(), form.ansvar.text()] == ["", "", "", "", ""]
    assert form.positions.rowCount() == 0
    save_screenshot(form, "org-detaljer-ingen-enhet")


def test_the_reorganisation_dialog_fits_a_laptop_screen(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QScreen

    page = _org(window, qtbot)
    monkeypatch.setattr(QScreen, "availableGeometry", lambda self: QRect(0, 0, 1366, 740))  # a laptop's screen
    dialog = page.open_reorganisation()
    qtbot.addWidget(dialog)
    dialog.create_project("Sammenslåing av barnehagene 2027")
    for _ in range(3):
        dialog.add_alternative()
    dialog.show()
    QApplication.processEvents()
    box = dialog.project_box
    assert box.width() >= box.fontMetrics().horizontalAdvance("Sammenslåing av barnehagene 2027")
    for size in (dialog.size(), dialog.sizeHint(), dialog.minimumSizeHint()):
        assert size.width() <= 1366 and size.height() <= 740 - 30  # with the window's title bar
    for table, tab in ((dialog.summary, 0), (dialog.budgets, 1)):
        dialog.tabs.setCurrentIndex(tab)
        QApplication.processEvents()
        header = table.horizontalHeader()
        last = table.columnCount() - 1
        # every alternative's column is on screen, the last one too
        assert header.sectionViewportPosition(last) + header.sectionSize(last) <= table.viewport().width()
        save_screenshot(dialog, f"omorganisering-1366x768-{tab}")
    buttons = [dialog.print_button, dialog.xlsx_button, dialog.make_current_button, dialog.plan_button]
    for b in buttons:
        assert dialog.rect().contains(QRect(b.mapTo(dialog, QPoint(0, 0)), b.size()))


def test_the_version_comparison_shows_its_budget_columns_at_1366x768(qtbot, window, demo_db, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QScreen
    from PySide6.QtWidgets import QTableWidget

    from app.org import scenarios
    from tests.conftest import DEMO_TODAY
    from ui.org.dialogs import CompareDialog

    monkeypatch.setattr(QScreen, "availableGeometry", lambda self: QRect(0, 0, 1366, 740))  # a laptop's screen
    with demo_db.session() as s:
        current = next(v for v in scenarios.list_versions(s) if v.status == "current")
        alt = reorganisation.create_project(s, "Omorganisering 2027")
        alt_id = reorganisation.add_alternative(s, alt.id).id
        restructure.merge_units(s, [unit_in(s, alt_id, n).id for n in OLD], "Sentrum barnehager", MERGE)
        current_id = current.id
    comparison = demo_db.run(scenarios.compare_versions, current_id, alt_id, DEMO_TODAY)
    page = _org(window, qtbot)
    dialog = CompareDialog(comparison, page)
    qtbot.addWidget(dialog)
    dialog.show()
    QApplication.processEvents()
    assert dialog.width() <= 1366 and dialog.height() <= 740
    table = dialog.tabs.widget(0)
    assert isinstance(table, QTableWidget)
    header = table.horizontalHeader()
    last = table.columnCount() - 1
    assert "budsjett" in table.horizontalHeaderItem(last).text()
    assert header.sectionViewportPosition(last) + header.sectionSize(last) <= table.viewport().width()
    save_screenshot(dialog, "org-sammenligning-1366x768")
