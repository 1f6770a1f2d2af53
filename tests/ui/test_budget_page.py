"""The Budsjett page: import through the dialog, budget against actual, export."""

from __future__ import annotations

from decimal import Decimal

import openpyxl
import pytest
from PySide6.QtWidgets import QDialog, QFileDialog
from sqlalchemy import func, select

from db.models import BudgetLine, BudgetSet
from tests.ui.conftest import save_screenshot
from ui.budget.import_wizard import BudgetImportDialog

ROWS = [  # ansvar, art, funksjon, periode, regnskap 2025, budsjett 2026
    ("2100", "01000", "202", 1, "1 234 567,50", "1 300 000"),
    ("2100", "11500", "202", 1, "12 000", "-"),
    ("2110", "01000", "202", 2, "(2 500)", "2 000"),
    ("3100", "60000", "253", 3, "-45 000,25", "-50 000"),
]


@pytest.fixture
def page(window, qtbot):  # type: ignore[no-untyped-def]
    window.show_page("budsjett")
    return window.page_widgets["budsjett"]


def _file(tmp_path):  # type: ignore[no-untyped-def]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Rapport"
    ws.append(["Lindvik kommune – økonomirapport per mars"])  # a title row above the header
    ws.append([])
    ws.append(["Ansvar", "Art", "Tjeneste", "Periode", "Rekneskap 2025", "Budsjett 2026"])
    for row in ROWS:
        ws.append(list(row))
    path = tmp_path / "rapport.xlsx"
    wb.save(path)
    return path


def test_import_dialog_with_title_row_and_two_amount_columns(qtbot, page, demo_db, tmp_path, today=None) -> None:  # type: ignore[no-untyped-def]
    path = _file(tmp_path)
    dialog = BudgetImportDialog(page.store, path, page.today, page)
    qtbot.addWidget(dialog)
    # Two amount columns: the user picks the budget column.
    assert dialog.amount.count() >= 2 or "beløpskolonne" in dialog.summary.text().lower()
    dialog.amount.setCurrentIndex(dialog.amount.findData("Budsjett 2026"))
    # The user fixes a mapping: «Tjeneste» is the KOSTRA funksjon (already guessed) and the
    # other amount column must not be read.
    for r in range(dialog.mapping.rowCount()):
        if dialog.mapping.item(r, 0).text() == "Rekneskap 2025":
            combo = dialog.mapping.cellWidget(r, 1)
            combo.setCurrentIndex(combo.findData("ignore"))
    assert dialog.check(), (dialog.summary.text(), [dialog.problems.item(i).text()
                                                    for i in range(dialog.problems.count())])
    assert dialog.preview.rowCount() == len(ROWS)
    dialog.set_name.setText("Budsjett 2026 fra fil")
    dialog.kind.setCurrentIndex(dialog.kind.findData("budsjett"))
    dialog.import_button.click()
    assert dialog.imported
    expected = (Decimal("1300000") + Decimal("0") + Decimal("2000") + Decimal("-50000")) * 100
    with demo_db.session() as s:
        set_id = s.scalar(select(BudgetSet.id).where(BudgetSet.name == "Budsjett 2026 fra fil"))
        total = s.scalar(select(func.sum(BudgetLine.amount_ore)).where(BudgetLine.budget_set_id == set_id))
        arts = set(s.scalars(select(BudgetLine.art).where(BudgetLine.budget_set_id == set_id)))
    assert total == int(expected)
    assert "01000" in arts  # leading zeros kept


def test_budget_against_actual_shows_the_units_deviation(page, demo_db, window) -> None:  # type: ignore[no-untyped-def]
    page.tabs.setCurrentIndex(2)
    assert page.bva.rowCount() > 25
    names = [page.bva.item(r, 0).text() for r in range(page.bva.rowCount())]
    row = names.index("Lindvik sykehjem")
    budget = page.bva.item(row, 3).data(0x0100 + 1)
    actual = page.bva.item(row, 4).data(0x0100 + 1)
    deviation = page.bva.item(row, 5).data(0x0100 + 1)
    assert deviation == actual - budget
    save_screenshot(window, "budsjett-avvik")


def test_export_writes_a_workbook_with_sum_formulas(page, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "budsjett.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    page.export()
    wb = openpyxl.load_workbook(out)
    formulas = [c.value for ws in wb.worksheets for row in ws.iter_rows() for c in row
                if isinstance(c.value, str) and c.value.startswith("=SUM(")]
    assert formulas
    assert wb.worksheets[0].freeze_panes is not None


def test_sets_tab_lists_the_demo_sets(page) -> None:  # type: ignore[no-untyped-def]
    names = {page.sets.item(r, 0).text() for r in range(page.sets.rowCount())}
    assert {"Budsjett 2026", "Regnskap 2026"} <= names
    assert QDialog  # the import dialog is a QDialog subclass used above


def test_a_saved_profile_chooses_the_columns_next_time(qtbot, page, demo_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = _file(tmp_path)
    first = BudgetImportDialog(page.store, path, page.today, page)
    qtbot.addWidget(first)
    first.amount.setCurrentIndex(first.amount.findData("Budsjett 2026"))
    for r in range(first.mapping.rowCount()):
        if first.mapping.item(r, 0).text() == "Rekneskap 2025":
            first.mapping.cellWidget(r, 1).setCurrentIndex(first.mapping.cellWidget(r, 1).findData("ignore"))
    assert first.check()
    first.set_name.setText("Første")
    first.profile_name.setText("Økonomirapport")
    first.import_button.click()
    assert first.imported
    # The next file with the same columns: the profile picks the budget column by itself.
    again = BudgetImportDialog(page.store, path, page.today, page)
    qtbot.addWidget(again)
    assert "Økonomirapport" in again.profile_note.text()
    assert again.plan is not None and again.plan.amount_column.header == "Budsjett 2026"


def _yearly_file(tmp_path):  # type: ignore[no-untyped-def]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Ansvar", "Art", "Funksjon", "Budsjett 2026"])
    ws.append(["2100", "10100", "202", 1_000_000])
    ws.append(["3100", "10100", "253", 250_000])
    path = tmp_path / "årsbudsjett.xlsx"
    wb.save(path)
    return path


def test_a_yearly_budget_shows_hele_aret_and_the_import_is_confirmed(qtbot, page, demo_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Walk at 1366×768: the preview's «Periode» read «0» for a yearly budget, and nothing said what
    the import wrote."""
    dialog = BudgetImportDialog(page.store, _yearly_file(tmp_path), page.today, page)
    qtbot.addWidget(dialog)
    assert dialog.check(), dialog.summary.text()
    periods = {dialog.preview.item(r, 4).text() for r in range(dialog.preview.rowCount())}
    assert periods == {"hele året"}
    dialog.set_name.setText("Årsbudsjett fra fil")
    dialog.import_button.click()
    assert dialog.imported
    text = dialog.confirmation()
    assert "årsbudsjett.xlsx" in text
    assert "2 linjer til «Årsbudsjett fra fil»" in text
    assert "1 250 000,00" in text.replace("\u00a0", " ")


def test_the_file_dialog_offers_every_type_and_opens_in_the_examples(qtbot, page, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The filter lacked *.xls and *.ods (the importer reads both), and the dialog opened in the
    current directory instead of «Eksempelfiler» in the data folder or the folder used last."""
    from app.demo.examples import EXAMPLES_DIR_NAME
    from app.paths import data_dir
    from ui.budget import import_wizard

    examples = data_dir() / EXAMPLES_DIR_NAME
    examples.mkdir(exist_ok=True)
    asked: list[tuple[str, str]] = []
    answer = [""]

    def fake_open(parent, title, folder, filters):  # type: ignore[no-untyped-def]
        asked.append((folder, filters))
        return answer[0], ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(fake_open))
    assert import_wizard.run_import_wizard(page, page.store, page.today) is False
    folder, filters = asked[-1]
    assert folder == str(examples)
    first = filters.split(";;")[0].replace("(", " ").replace(")", " ").split()
    for pattern in ("*.xlsx", "*.xls", "*.ods", "*.csv", "*.txt"):
        assert pattern in first, (pattern, first)
    # A file chosen elsewhere: next time the dialog opens there.
    elsewhere = tmp_path / "økonomi"
    elsewhere.mkdir()
    source = _yearly_file(elsewhere)
    answer[0] = str(source)
    monkeypatch.setattr(BudgetImportDialog, "exec", lambda self: 0)
    import_wizard.run_import_wizard(page, page.store, page.today)
    answer[0] = ""
    import_wizard.run_import_wizard(page, page.store, page.today)
    assert asked[-1][0] == str(elsewhere)
