"""Issue 18, item 8: the monthly summary and the tertial report from the window (Fil → Rapporter
and «Rapporter …» on Oppfølging), read back, and the print preview painting the real pages."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtCore import Qt, QTimer
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication

from tests.ui.conftest import save_screenshot


def _in_modal(qtbot, action) -> None:  # type: ignore[no-untyped-def]
    """Run ``action(dialog)`` on the modal dialog the next event loop shows, then close it."""
    def act() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, act)
            return
        try:
            action(dialog)
        finally:
            dialog.reject()
    QTimer.singleShot(0, act)


def test_month_summary_from_file_menu_reads_back(qtbot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "oktober.pdf"
    seen: dict[str, object] = {}

    def fill(dialog) -> None:  # type: ignore[no-untyped-def]
        from ui.reports.dialog import ReportDialog

        assert isinstance(dialog, ReportDialog)
        dialog.month_choice.setChecked(True)
        dialog.year.setValue(2026)
        dialog.month.setCurrentIndex(9)  # oktober
        assert dialog.format.currentData() == "pdf"
        dialog.path.setText(str(out))
        qtbot.mouseClick(dialog.make_button, Qt.MouseButton.LeftButton)
        seen["line"] = dialog.result_line.text()

    _in_modal(qtbot, fill)
    window.act_reports.trigger()
    assert seen["line"] == f"Lagret {out}"
    text = "".join(p.extract_text() for p in PdfReader(out).pages)
    assert "Månedsoppsummering oktober 2026" in text
    assert "Brekka skole" in text


def test_tertial_xlsx_and_docx_from_the_followup_button(qtbot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window.show_page("oppfolging")
    page = window.page_widgets["oppfolging"]
    xlsx, docx = tmp_path / "t2.xlsx", tmp_path / "t2.docx"

    def fill(dialog) -> None:  # type: ignore[no-untyped-def]
        dialog.tertial_choice.setChecked(True)
        assert not dialog.month.isEnabled() and dialog.tertial.isEnabled()
        assert [dialog.format.itemData(i) for i in range(dialog.format.count())] == ["xlsx", "docx", "pdf"]
        dialog.tertial.setCurrentIndex(1)
        dialog.path.setText(str(xlsx))
        qtbot.mouseClick(dialog.make_button, Qt.MouseButton.LeftButton)
        dialog.format.setCurrentIndex(1)
        dialog.path.setText(str(docx.with_suffix("")))  # the suffix is added
        qtbot.mouseClick(dialog.make_button, Qt.MouseButton.LeftButton)

    _in_modal(qtbot, fill)
    qtbot.mouseClick(page.reports_button, Qt.MouseButton.LeftButton)
    book = load_workbook(xlsx)
    sheet = book["Totalt"]
    names = [row[0].value for row in sheet.iter_rows(min_row=1)]
    assert "Brekka skole" in names
    from docx import Document

    words = "\n".join(p.text for p in Document(str(docx)).paragraphs)
    assert "2. tertial 2026" in words
    assert "mai–august 2026" in words


def test_preview_paints_every_page_of_the_summary(qtbot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from ui.reports.dialog import ReportDialog, summary_pdf
    from ui.reports.print_preview import paint_pdf

    dialog = ReportDialog(window.store, window.today, window, year=2026)
    qtbot.addWidget(dialog)
    dialog.month.setCurrentIndex(9)
    preview = dialog.preview(show=False)
    preview.resize(1000, 700)
    preview.show()
    qtbot.waitExposed(preview)
    save_screenshot(preview, "report-preview")
    preview.close()
    # What the preview paints is what the printer gets: print it to a PDF file and count pages.
    pdf = summary_pdf(window.store, 2026, 10, window.today)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    pages = paint_pdf(printer, pdf)
    assert pages == len(PdfReader(__import__("io").BytesIO(pdf)).pages) >= 1
    assert len(PdfReader(tmp_path / "printed.pdf").pages) == pages


def test_agreement_and_meeting_note_print_through_a_preview_of_their_pages(qtbot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import io

    from PySide6.QtPrintSupport import QPrintPreviewDialog

    from ui.followup.grid import FIXED_COLUMNS

    window.show_page("avtaler")
    agreements = window.page_widgets["avtaler"]
    agreements.table.selectRow(0)
    assert agreements.print_button.isEnabled()
    dialog = agreements.print_preview(show=False)
    qtbot.addWidget(dialog)
    assert isinstance(dialog, QPrintPreviewDialog)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "avtale-utskrift.pdf"))
    dialog.paintRequested.emit(printer)  # what «Skriv ut» in the preview does
    printed = PdfReader(tmp_path / "avtale-utskrift.pdf")
    from ui.agreements.preview import pdf_for

    original = PdfReader(io.BytesIO(window.store.read(pdf_for, agreements.selected)))
    assert len(printed.pages) == len(original.pages) >= 2

    window.show_page("oppfolging")
    page = window.page_widgets["oppfolging"]
    row = next(i for i, r in enumerate(page.model.rows) if not isinstance(r, str) and r.unit == "Solsikken barnehage")
    index = page.model.index(row, FIXED_COLUMNS + 10)
    page.table.setCurrentIndex(index)
    page.table.doubleClicked.emit(index)
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.editor)
    seen: list[object] = []
    real = page.print_preview
    page.print_preview = lambda **k: seen.append(real(show=False))  # type: ignore[method-assign]
    qtbot.mouseClick(page.editor.preview_button, Qt.MouseButton.LeftButton)
    assert seen and isinstance(seen[0], QPrintPreviewDialog)
    qtbot.addWidget(seen[0])
