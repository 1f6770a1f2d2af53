"""The year the wizard proposes is the one the file says (the tester's stavanger_investering_2016.csv
was about to be imported as this year's), with where it came from beside it; a CSV file has no
sheets, so the sheet box is not shown for it."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from PySide6.QtCore import Qt

from tests.conftest import DEMO_TODAY
from tests.ui.budget.wizard import open_wizard as _open

CSV_ROWS = "ansvar;art;funksjon;beloep\n1000;10100;12000;1500\n1000;11000;12000;2500\n"




def test_a_csv_named_2016_is_proposed_for_2016_and_has_no_sheet_box(qtbot, store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "stavanger_investering_2016.csv"
    path.write_text(CSV_ROWS, encoding="utf-8")
    dialog = _open(qtbot, store, path)
    assert dialog.import_button.isEnabled(), dialog.summary.text()
    assert dialog.year.value() == 2016
    assert dialog.year_source.isVisible() and dialog.year_source.text() == "(fra filnavnet)"
    assert not dialog.sheet.isVisible()  # a CSV file has no sheets: no empty box to choose from
    assert dialog.amount.isVisible() and dialog.amount.currentText() == "beloep"
    assert [c.year for c in dialog.choices()] == [2016]


def test_the_amount_columns_header_wins_over_the_file_name(qtbot, store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "sauda_investering_2013.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Budsjett"
    for row in (["ansvar", "art", "funksjon", "budsjett_2014"], ["1000", "10100", "12000", 1500]):
        ws.append(row)
    wb.save(path)
    dialog = _open(qtbot, store, path)
    assert dialog.year.value() == 2014
    assert dialog.year_source.text() == "(fra kolonneoverskriften «budsjett_2014»)"
    assert dialog.sheet.isVisible() and dialog.sheet.currentText() == "Budsjett"  # a workbook has sheets


def test_two_years_in_the_name_give_this_year_and_say_so(qtbot, store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "okonomiplan_2016_2019.csv"
    path.write_text(CSV_ROWS, encoding="utf-8")
    dialog = _open(qtbot, store, path)
    assert dialog.year.value() == DEMO_TODAY.year
    assert dialog.year_source.text().startswith("(i år")


def test_a_year_the_user_types_stays_and_loses_the_source(qtbot, store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "stavanger_investering_2016.csv"
    path.write_text(CSV_ROWS, encoding="utf-8")
    dialog = _open(qtbot, store, path)
    dialog.year.setFocus()
    dialog.year.selectAll()
    qtbot.keyClicks(dialog.year, "2017")
    qtbot.keyClick(dialog.year, Qt.Key.Key_Tab)
    assert dialog.year.value() == 2017
    assert dialog.year_source.text() == ""  # no longer the proposal: nothing claims it came from the file
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)  # checking again keeps the user's year
    assert dialog.year.value() == 2017
    assert [c.year for c in dialog.choices()] == [2017]


def test_the_year_follows_the_amount_column_the_user_chooses(qtbot, store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "plan.xlsx"
    wb = openpyxl.Workbook()
    for row in (["ansvar", "art", "funksjon", "budsjett_2014", "budsjett_2015"], ["1000", "10100", "12000", 15, 16]):
        wb.active.append(row)
    wb.save(path)
    dialog = _open(qtbot, store, path)
    assert dialog.year.value() == DEMO_TODAY.year  # no column chosen yet, no year in the name
    for header, year in (("budsjett_2015", 2015), ("budsjett_2014", 2014)):
        index = dialog.amount.findText(header)
        dialog.amount.setCurrentIndex(index)
        dialog.amount.activated.emit(index)  # as a choice in the list
        assert dialog.year.value() == year, dialog.summary.text()
        assert dialog.year_source.text() == f"(fra kolonneoverskriften «{header}»)"
