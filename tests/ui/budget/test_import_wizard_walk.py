"""What a staffer met importing real files at 1366×768 (the walk of December 2026): the problems
the summary counts are listed where the user can read them, the skip box and the empty sheet
box are not shown for a file that cannot be read yet, and the wizard fits the screen."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from db.models import BudgetLine, BudgetSet
from tests.ui.budget.wizard import open_wizard as _open
from ui.budget.import_wizard import BudgetImportDialog


def _listed(dialog: BudgetImportDialog) -> list[str]:
    return [dialog.problems.item(i).text() for i in range(dialog.problems.count())]


def test_a_formula_without_a_saved_value_is_listed_by_row_and_column_and_nothing_is_written(  # type: ignore[no-untyped-def]
    qtbot, store, demo_db, tmp_path: Path
) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Budsjett"
    for row in (["ansvar", "art", "funksjon", "beloep"], [1000, 10100, 12000, 5000], [1100, 10100, 12000, "=D2*2"]):
        ws.append(row)
    path = tmp_path / "formel.xlsx"
    wb.save(path)
    with demo_db.session() as s:
        before = s.scalar(select(func.count()).select_from(BudgetLine))
    dialog = _open(qtbot, store, path)
    assert "Fant 1 feil" in dialog.summary.text()
    # «Fant 1 feil» must be followed by the error itself, readable without scrolling sideways.
    assert dialog.problems.isVisible() and dialog.problems.wordWrap()
    (message,) = _listed(dialog)
    assert "Rad 3" in message and "«Budsjett»" in message and "«formel.xlsx»" in message and "«beloep»" in message
    assert "--" not in message
    assert not dialog.import_button.isEnabled()
    with demo_db.session() as s:
        assert s.scalar(select(func.count()).select_from(BudgetLine)) == before


def test_an_empty_list_stays_hidden_and_a_wider_row_in_a_csv_is_listed(qtbot, store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    good = tmp_path / "bra.csv"
    good.write_text("ansvar;art;funksjon;beloep\n1000;10100;12000;5000\n", encoding="utf-8")
    dialog = _open(qtbot, store, good)
    assert dialog.import_button.isEnabled() and not dialog.problems.isVisible()
    wide = tmp_path / "bred.csv"
    wide.write_text("ansvar;art;funksjon;beloep\n1000;10100;12000;5000\n1100;10200;12000;7000;999\n",
                    encoding="utf-8")
    dialog = _open(qtbot, store, wide)
    assert dialog.problems.isVisible()
    assert any("Rad 3" in text and "«bred.csv»" in text for text in _listed(dialog))


def test_a_csv_with_several_amount_columns_shows_no_empty_sheet_box_nor_a_skip_box(  # type: ignore[no-untyped-def]
    qtbot, store, tmp_path: Path
) -> None:
    path = tmp_path / "plan.csv"
    path.write_text("ansvar;art;funksjon;2012;2013\n1000;10100;12000;5;6\n", encoding="utf-8")
    dialog = _open(qtbot, store, path)
    assert dialog.all_amounts.isVisible()  # the file cannot be read until a column or «hver» is chosen
    assert not dialog.sheet.isVisible()  # a CSV has no sheets: no empty, disabled box
    assert not dialog.accept_skips.isVisible()  # nothing is listed to skip
    assert not dialog.problems.isVisible()


def test_cancel_pressed_after_the_lines_are_saved_still_reports_the_import(  # type: ignore[no-untyped-def]
    qtbot, store, demo_db, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Cancel clicked while the transaction commits (the walk: a 480 000-line file) came too late to
    stop it: the set is in the database, so the wizard must say it was imported, not stay open as
    if nothing had happened."""
    from ui.progress import Progress
    from ui.store import Store

    path = tmp_path / "sent_2016.csv"
    path.write_text("ansvar;art;funksjon;beloep\n1000;10100;12000;5000\n1100;10200;12000;7000\n", encoding="utf-8")
    dialog = _open(qtbot, store, path)
    assert dialog.import_button.isEnabled(), dialog.summary.text()
    asked: list[Progress] = []
    check = Progress.check

    def remember(progress: Progress) -> None:
        asked.append(progress)
        check(progress)

    publish = Store.publish

    def cancel_after_commit(self, changes) -> None:  # type: ignore[no-untyped-def]
        for progress in asked:  # the user's click arrives just after the commit
            progress.cancel()
        publish(self, changes)

    monkeypatch.setattr(Progress, "check", remember)
    monkeypatch.setattr(Store, "publish", cancel_after_commit)
    dialog.import_button.click()
    with demo_db.session() as s:
        written = s.scalar(select(func.count()).select_from(BudgetSet).where(BudgetSet.name == "sent_2016"))
    assert written == 1  # the commit happened before the click
    assert dialog.imported and [r.lines for r in dialog.results] == [2]
    assert "sent_2016" in dialog.confirmation()


def test_cancel_pressed_before_the_commit_writes_nothing(  # type: ignore[no-untyped-def]
    qtbot, store, demo_db, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ui.progress import Progress

    path = tmp_path / "avbrutt_2016.csv"
    path.write_text("ansvar;art;funksjon;beloep\n1000;10100;12000;5000\n1200;10200;12000;7000\n", encoding="utf-8")
    dialog = _open(qtbot, store, path)
    check = Progress.check

    def click_cancel_first(progress: Progress) -> None:
        progress.cancel()
        check(progress)

    monkeypatch.setattr(Progress, "check", click_cancel_first)
    dialog.import_button.click()
    assert not dialog.imported and dialog.isVisible()
    with demo_db.session() as s:
        assert s.scalar(select(func.count()).select_from(BudgetSet).where(BudgetSet.name == "avbrutt_2016")) == 0


def test_counts_and_sums_are_written_as_elsewhere_in_the_program(qtbot, store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """«1 944» in the list of sets, so not «1944» in the wizard; «sum … kr» in both places."""
    rows = "".join(f"{1000 + i % 7};10100;12000;1\n" for i in range(1500))
    path = tmp_path / "mange_2016.csv"
    path.write_text("ansvar;art;funksjon;beloep\n" + rows, encoding="utf-8")
    dialog = _open(qtbot, store, path)
    assert dialog.summary.text().startswith("1\u00a0500 linjer er klare, sum 1\u00a0500,00 kr.")
    dialog.import_button.click()
    assert dialog.imported
    assert "1\u00a0500 linjer til «mange_2016», sum 1\u00a0500,00 kr" in dialog.confirmation()


def test_the_wizard_fits_a_laptop_screen_with_a_taskbar(qtbot, store, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """1366×768 with a 40-pixel taskbar leaves 728 pixels: the dialog and its frame must fit."""
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QScreen

    monkeypatch.setattr(QScreen, "availableGeometry", lambda _screen: QRect(0, 0, 1366, 728))
    path = tmp_path / "plan.csv"
    path.write_text("ansvar;art;funksjon;budsjett_2012;budsjett_2013\n1000;10100;12000;5;6\n", encoding="utf-8")
    dialog = _open(qtbot, store, path)
    assert dialog.height() + 40 <= 728 and dialog.width() <= 1366
    dialog.all_amounts.click()
    assert dialog.sets.isVisible() and dialog.minimumSizeHint().height() <= dialog.height()


def test_a_long_set_name_is_not_clipped_in_the_table_of_sets(qtbot, store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "forde_investering_2013.csv"
    path.write_text("ansvar;art;funksjon;rekneskap_2011;budsjett_2012\n1000;10100;12000;5;6\n", encoding="utf-8")
    dialog = _open(qtbot, store, path)
    dialog.resize(1366 - 386, dialog.height())  # as on the laptop
    dialog.all_amounts.click()
    from PySide6.QtWidgets import QApplication, QLineEdit

    from ui.budget.import_wizard import SET_NAME

    qtbot.waitUntil(lambda: dialog.sets.isVisible())
    QApplication.processEvents()  # the table lays out its columns once shown
    name = dialog.sets.cellWidget(0, SET_NAME)
    assert isinstance(name, QLineEdit) and name.text() == "forde_investering_2013 rekneskap_2011"
    assert name.width() >= name.fontMetrics().horizontalAdvance(name.text()) + 8


def test_a_short_list_of_skipped_rows_leaves_the_preview_its_room(qtbot, store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "hull_2016.csv"
    path.write_text("ansvar;art;funksjon;beloep\n1000;10100;12000;5\n1000;10200;12000;6\nSum;;;11\n", encoding="utf-8")
    dialog = _open(qtbot, store, path)
    assert dialog.problems.isVisible() and dialog.problems.count() >= 1
    row = dialog.problems.sizeHintForRow(0)
    assert dialog.problems.height() < row * (dialog.problems.count() + 2)  # not the 130 pixels of a long list


def test_replacing_several_sets_says_so_before_and_after(  # type: ignore[no-untyped-def]
    qtbot, store, demo_db, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The walk: Førde's xlsx after its csv asked «erstatte settet «… rekneskap_2011»?», and «Ja»
    replaced all three sets without a word about the other two."""
    from PySide6.QtWidgets import QMessageBox

    text = "ansvar;art;funksjon;budsjett_2012;budsjett_2013\n1000;10100;12000;5;6\n1000;10200;12000;7;8\n"
    first = tmp_path / "plan.csv"
    first.write_text(text, encoding="utf-8")
    dialog = _open(qtbot, store, first)
    dialog.all_amounts.click()
    dialog.import_button.click()
    assert dialog.imported and len(dialog.results) == 2
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda _parent, _title, text: asked.append(text) or QMessageBox.StandardButton.Yes)
    again = tmp_path / "plan_igjen.csv"
    again.write_text(text, encoding="utf-8")
    dialog = _open(qtbot, store, again)
    dialog.all_amounts.click()
    dialog.import_button.click()
    assert asked and "alle andre sett de 2 beløpskolonnene" in asked[0]
    assert dialog.imported
    confirmation = dialog.confirmation()
    assert confirmation.count("(erstattet «plan budsjett_201") == 2, confirmation


def test_tab_goes_through_the_column_choices_and_on_to_the_name_and_the_buttons(qtbot, store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The walk: Tab in the table of columns went from cell to cell for ever and never reached
    «Navn på settet» or «Importer»."""
    from PySide6.QtCore import Qt
    path = tmp_path / "sauda_2013.csv"
    path.write_text("tiltak;ansvar;funksjon;nok\n1.006.01;9201;315;5\n1.006.02;9201;880;-5\n", encoding="utf-8")
    dialog = _open(qtbot, store, path)
    dialog.activateWindow()
    dialog.amount.setFocus()
    assert dialog.focusWidget() is dialog.amount
    reached = []
    for _ in range(40):
        qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Tab)
        reached.append(dialog.focusWidget())
    combos = [dialog.mapping.cellWidget(r, 1) for r in range(dialog.mapping.rowCount())]
    assert all(combo in reached for combo in combos)  # every column's choice, by keyboard
    start = reached.index(dialog.mapping)
    assert reached[start + 1:start + 1 + len(combos)] == combos  # right after their table, in order
    assert dialog.set_name in reached and dialog.import_button in reached and dialog.year in reached
    qtbot.keyClick(dialog.set_name, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and not dialog.imported


def test_a_column_choice_changed_and_imported_at_once_is_the_one_used(  # type: ignore[no-untyped-def]
    qtbot, store, demo_db, tmp_path: Path
) -> None:
    """Choosing «Prosjekt» for Sauda's «tiltak» and pressing «Importer» straight away imported the
    lines as first read, without the project codes: the choice must count without «Kontroller»."""
    path = tmp_path / "sauda_2013.csv"
    path.write_text("tiltak;ansvar;funksjon;nok\n1.006.01;9201;315;5\n1.006.02;9201;880;-5\n", encoding="utf-8")
    dialog = _open(qtbot, store, path)
    combo = dialog.mapping.cellWidget(0, 1)
    assert dialog.mapping.item(0, 0).text() == "tiltak" and combo.currentData() == "ignore"
    combo.setCurrentIndex(combo.findData("prosjekt"))
    combo.activated.emit(combo.currentIndex())  # as a user picks it from the list
    assert [dialog.preview.item(0, c).text() for c in (1, 3)] == ["9201", "315"]
    dialog.import_button.click()
    assert dialog.imported
    with demo_db.session() as s:
        set_id = s.scalar(select(BudgetSet.id).where(BudgetSet.name == "sauda_2013"))
        projects = set(s.scalars(select(BudgetLine.prosjekt).where(BudgetLine.budget_set_id == set_id)))
    assert projects == {"1.006.01", "1.006.02"}


def test_a_first_guess_the_importer_drops_is_not_shown_as_chosen(qtbot, store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Bergen's investment file: before «avdeling» was chosen as ansvar the table guessed «Art /
    konto» for «hovedgruppering-art» (text), and went on saying so after the importer had left it
    out — the preview's «Art» was empty all the while."""
    path = tmp_path / "bergen_2012.csv"
    path.write_text("hovedgruppering-art;avdeling;tjeneste;beloep\n"
                    "Investeringer i anleggsmidler;2;12000;810000\nInvesteringer i anleggsmidler;3;12000;5\n",
                    encoding="utf-8")
    dialog = _open(qtbot, store, path)
    assert not dialog.import_button.isEnabled()  # no ansvar column yet
    avdeling = dialog.mapping.cellWidget(1, 1)
    avdeling.setCurrentIndex(avdeling.findData("ansvar"))
    avdeling.activated.emit(avdeling.currentIndex())
    assert dialog.import_button.isEnabled(), dialog.summary.text()
    assert dialog.preview.item(0, 2).text() == ""  # no art is read ...
    assert dialog.mapping.cellWidget(0, 1).currentData() != "art"  # ... so the table does not say «Art / konto»
    assert avdeling.currentData() == "ansvar"  # the user's choice stays
    dialog.check()
    assert dialog.import_button.isEnabled() and avdeling.currentData() == "ansvar"
