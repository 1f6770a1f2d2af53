"""Issue 18, items 11-12: the small faults a staffer trips over, each as the user meets it."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from db.models import Unit


@pytest.fixture
def org(window, qtbot):  # type: ignore[no-untyped-def]
    window.show_page("organisasjon")
    page = window.page_widgets["organisasjon"]
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    return page


def test_after_deleting_a_unit_the_detail_panel_is_empty(qtbot, org, demo_db, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    unit_id = next(r.id for r in org.rows.values() if r.name == "Eiendom")
    org.select_unit(unit_id, source="tree")
    assert org.form.name.text() == "Eiendom"
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    org.remove_unit()
    with demo_db.session() as s:
        assert s.get(Unit, unit_id) is None
    assert org.selected is None
    assert org.form.name.text() == "" and org.form.positions.rowCount() == 0
    assert org.form.title.text() == "Velg en enhet i treet eller kartet."


def test_org_pdf_export_says_where_it_was_saved(qtbot, org, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from ui.org.export_dialog import ExportDialog, run_export

    dialog = ExportDialog(False, org)
    qtbot.addWidget(dialog)
    out = tmp_path / "kart.pdf"
    written = run_export(org, org.store, org.version_id, org.view_date, None, dialog=dialog, path=str(out))
    assert written == out and out.exists()
    org.status.setText("")
    # Through the page's button, the way a user does it: the status line names the file.
    import ui.org.export_dialog as export

    real = export.run_export
    try:
        export.run_export = lambda *a, **k: real(*a, **k, dialog=dialog, path=str(out))  # type: ignore[assignment]
        org.export_chart()
    finally:
        export.run_export = real  # type: ignore[assignment]
    assert org.status.text() == f"Lagret {out}"
    assert "Rådmannen" in "".join(p.extract_text() for p in PdfReader(out).pages)


def test_printing_the_chart_shows_a_print_preview_first(qtbot, org) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtPrintSupport import QPrintPreviewDialog

    from ui.org.export_dialog import print_chart

    dialog = print_chart(org, org.chart, show=False)
    qtbot.addWidget(dialog)
    assert isinstance(dialog, QPrintPreviewDialog)
    painted: list[int] = []
    dialog.paintRequested.connect(lambda _p: painted.append(1))
    dialog.show()
    qtbot.waitUntil(lambda: bool(painted))
    dialog.close()


def _unused(select_=select) -> None:  # keep the import honest for later tests
    del select_
