"""The import wizard's own steps (issue 15): several amount columns as several sets in one go,
the confirmation of a file without ansvar, and hints that put the focus on the wizard's own
control instead of telling the user to type command-line flags. Driven as a user clicks."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QCheckBox
from sqlalchemy import func, select

from db.models import BudgetLine, BudgetSet
from tests.ui.budget.wizard import open_wizard as _open
from ui.budget.import_wizard import SET_KIND, SET_NAME, SET_USE, SET_YEAR

REALDATA = Path("/work/shared/realdata")
if not REALDATA.exists():
    REALDATA = Path(__file__).resolve().parents[4] / "shared" / "realdata"




def _click(qtbot, widget) -> None:  # type: ignore[no-untyped-def]
    """A left click where a user clicks: a check box on its box, a button in its middle."""
    pos = QPoint(8, widget.height() // 2) if isinstance(widget, QCheckBox) else widget.rect().center()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=pos)


def _workbook(path: Path, rows: list[list[object]]) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def _kroner(ore: int) -> str:
    return str((Decimal(ore) / 100).quantize(Decimal("0.01")))


@pytest.mark.skipif(not (REALDATA / "forde_investering_2013.xlsx").exists(), reason="realdata not present")
def test_fordes_three_amount_columns_become_three_sets_without_ansvar(qtbot, store, demo_db) -> None:  # type: ignore[no-untyped-def]
    expected = json.loads((REALDATA / "expected.json").read_text(encoding="utf-8"))["forde_investering_2013"]
    dialog = _open(qtbot, store, REALDATA / "forde_investering_2013.xlsx")
    # Three amount columns: the wizard says so, offers one set per column, and points at the choice.
    assert "3 beløpskolonner" in dialog.summary.text() and "--" not in dialog.summary.text()
    assert dialog.all_amounts.isVisible() and not dialog.import_button.isEnabled()
    assert dialog.focusWidget() is dialog.amount  # the control the message is about
    _click(qtbot, dialog.all_amounts)
    assert dialog.all_amounts.isChecked()
    # No ansvar column (prosjekt, teneste and konto only): the wizard asks for a confirmation.
    assert "ansvar" in dialog.summary.text() and "--" not in dialog.summary.text()
    assert dialog.no_ansvar.isVisible() and not dialog.import_button.isEnabled()
    assert dialog.focusWidget() is dialog.no_ansvar  # the control the message is about
    _click(qtbot, dialog.no_ansvar)
    assert dialog.import_button.isEnabled(), dialog.summary.text()
    # Every amount column listed with the kind and year its header suggests.
    rows = [(dialog.sets.item(r, 1).text(), dialog.sets.cellWidget(r, SET_KIND).currentData(),
             dialog.sets.cellWidget(r, SET_YEAR).value()) for r in range(dialog.sets.rowCount())]
    assert rows == [("rekneskap_2011", "regnskap", 2011), ("budsjett_2012", "budsjett", 2012),
                    ("budsjett_2013", "budsjett", 2013)]
    assert dialog.sets.isVisible() and not dialog.single.isVisible()
    # The user corrects a name and imports all three in one go.
    name = dialog.sets.cellWidget(0, SET_NAME)
    name.clear()
    qtbot.keyClicks(name, "Førde rekneskap 2011")
    _click(qtbot, dialog.import_button)
    assert dialog.imported
    with demo_db.session() as s:
        sets = {b.name: b for b in s.scalars(select(BudgetSet).where(BudgetSet.source_file_name
                                                                    == "forde_investering_2013.xlsx"))}
        assert {(b.kind.value, b.year) for b in sets.values()} == {("regnskap", 2011), ("budsjett", 2012),
                                                                   ("budsjett", 2013)}
        assert "Førde rekneskap 2011" in sets
        for budget_set in sets.values():
            column = next(c for c in ("rekneskap_2011", "budsjett_2012", "budsjett_2013")
                          if str(budget_set.year) in c)
            by_code = dict(s.execute(select(BudgetLine.funksjon, func.sum(BudgetLine.amount_ore))
                                     .where(BudgetLine.budget_set_id == budget_set.id)
                                     .group_by(BudgetLine.funksjon)).all())
            assert {code: _kroner(ore) for code, ore in by_code.items()} == {
                code: total for code, total in expected[f"by_teneste_{column}"].items()}
            assert set(s.scalars(select(BudgetLine.ansvar).where(BudgetLine.budget_set_id == budget_set.id))) == {""}


def test_a_missing_column_points_at_its_mapping_without_flags(qtbot, store, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = _workbook(tmp_path / "tallene.xlsx", [
        ["Ansvar", "Art", "Funksjon", "Tallene"],
        ["2100", "01000", "202", 1000], ["2110", "01000", "202", 2000]])
    dialog = _open(qtbot, store, path)
    summary = dialog.summary.text()
    assert "beløp" in summary and "--" not in summary
    # The wizard points at the column nobody has a use for: where the amount probably is.
    assert dialog.focusWidget() is dialog.mapping.cellWidget(3, 1)  # the control the message is about
    assert dialog.mapping.currentRow() == 3
    combo = dialog.mapping.cellWidget(3, 1)
    combo.setCurrentIndex(combo.findData("amount"))
    _click(qtbot, dialog.check_button)
    assert dialog.import_button.isEnabled(), dialog.summary.text()


def test_rows_left_out_need_acceptance_and_the_wizard_points_at_it(  # type: ignore[no-untyped-def]
    qtbot, store, demo_db, tmp_path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr("ui.budget.import_wizard.show_user_error", lambda _parent, err: shown.append(str(err)))
    path = _workbook(tmp_path / "hull.xlsx", [
        ["Ansvar", "Art", "Funksjon", "Beløp"],
        ["2100", "01000", "202", 1000], [None, None, None, 555], ["2110", "01000", "202", 2000]])
    with demo_db.session() as s:
        before = s.scalar(select(func.count()).select_from(BudgetLine))
    dialog = _open(qtbot, store, path)
    summary = dialog.summary.text().replace("\u00a0", " ")
    assert dialog.accept_skips.isVisible() and "1 rad med beløp hoppes over, 555,00 kr" in summary
    _click(qtbot, dialog.import_button)
    assert shown and "--" not in shown[0] and not dialog.imported
    assert dialog.focusWidget() is dialog.accept_skips  # the control the message is about
    with demo_db.session() as s:
        assert s.scalar(select(func.count()).select_from(BudgetLine)) == before
    _click(qtbot, dialog.accept_skips)
    _click(qtbot, dialog.import_button)
    assert dialog.imported
    with demo_db.session() as s:
        assert s.scalar(select(func.count()).select_from(BudgetLine)) == before + 2


def test_a_set_can_be_left_out_and_a_header_naming_another_year_is_a_warning(qtbot, store, demo_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = _workbook(tmp_path / "plan.xlsx", [
        ["Ansvar", "Art", "Funksjon", "2012", "2013"],
        ["2100", "01000", "202", 1000, 1100], ["2110", "01000", "202", 2000, 2100]])
    dialog = _open(qtbot, store, path)
    _click(qtbot, dialog.all_amounts)
    assert dialog.sets.rowCount() == 2 and dialog.import_button.isEnabled(), dialog.summary.text()
    assert [dialog.sets.cellWidget(r, SET_KIND).currentData() for r in range(2)] == ["budsjett", "budsjett"]
    dialog.sets.cellWidget(1, SET_YEAR).setValue(2014)  # the user types another year than the header's
    assert dialog.warnings.isVisible() and "2013" in dialog.warnings.text()
    dialog.sets.item(0, SET_USE).setCheckState(Qt.CheckState.Unchecked)  # only the second column
    _click(qtbot, dialog.import_button)
    assert dialog.imported
    with demo_db.session() as s:
        made = s.execute(select(BudgetSet.year, func.sum(BudgetLine.amount_ore)).join(BudgetLine)
                         .where(BudgetSet.source_file_name == "plan.xlsx").group_by(BudgetSet.year)).all()
    assert [tuple(r) for r in made] == [(2014, 320000)]


EXPECTED = json.loads((REALDATA / "expected.json").read_text(encoding="utf-8")) if (
    REALDATA / "expected.json").is_file() else {}
FILES = [(case, name) for case, spec in sorted(EXPECTED.items()) for name in spec["files"]]
HAND_MAPPED = {"bergen_drift_2012": ("avdeling", "ansvar"), "bergen_investering_2012": ("avdeling", "ansvar")}
YEARS = {"sauda_investering_2013": 2013, "stavanger_investering_2016": 2016}  # not in their amount headers
CODE_FIELD = {"ansvar": "ansvar", "avdeling": "ansvar", "teneste": "funksjon"}


@pytest.mark.skipif(not EXPECTED, reason="../shared/realdata is not here")
@pytest.mark.parametrize(("case", "name"), FILES, ids=[name for _case, name in FILES])
def test_every_real_file_imports_through_the_wizard_with_the_expected_totals(  # type: ignore[no-untyped-def]
    qtbot, empty_db, case: str, name: str
) -> None:
    from ui.store import Store

    spec = EXPECTED[case]
    dialog = _open(qtbot, Store(empty_db), REALDATA / name)
    dialog.set_name.setText(case)
    if case in HAND_MAPPED:  # Bergen's department column is its ansvar: chosen in the column list
        header, field = HAND_MAPPED[case]
        row = next(r for r in range(dialog.mapping.rowCount()) if dialog.mapping.item(r, 0).text() == header)
        combo = dialog.mapping.cellWidget(row, 1)
        combo.setCurrentIndex(combo.findData(field))
        _click(qtbot, dialog.check_button)
    if dialog.all_amounts.isVisible():
        _click(qtbot, dialog.all_amounts)
    if dialog.no_ansvar.isVisible():
        _click(qtbot, dialog.no_ansvar)
    if case in YEARS:
        dialog.year.setValue(YEARS[case])
    assert dialog.import_button.isEnabled(), dialog.summary.text()
    assert not dialog.accept_skips.isVisible()  # only checked totals rows are left out
    assert "--" not in dialog.summary.text()
    _click(qtbot, dialog.import_button)
    assert dialog.imported, dialog.summary.text()
    field = getattr(BudgetLine, CODE_FIELD[spec["total_by"]])
    with empty_db.session() as s:
        stored = s.execute(select(BudgetSet.name, field, func.sum(BudgetLine.amount_ore)).join(
            BudgetLine, BudgetLine.budget_set_id == BudgetSet.id).group_by(BudgetSet.name, field)).all()
    by_set: dict[str, dict[str, str]] = {}
    for set_name, code, ore in stored:
        by_set.setdefault(set_name, {})[code] = _kroner(int(ore))
    columns = [key.removeprefix("total_") for key in spec if key.startswith("total_") and key != "total_by"]
    names = {column: f"{case} {column}" if len(columns) > 1 else case for column in columns}
    assert sorted(by_set) == sorted(names.values())
    for column in columns:
        assert by_set[names[column]] == spec[f"by_{spec['total_by']}_{column}"], column


def test_an_empty_first_sheet_points_at_the_sheet_choice(qtbot, store, tmp_path) -> None:  # type: ignore[no-untyped-def]
    wb = openpyxl.Workbook()
    wb.active.title = "Forside"  # nothing on it
    data = wb.create_sheet("Tall")
    for row in [["Ansvar", "Art", "Funksjon", "Beløp"], ["2100", "01000", "202", 1000]]:
        data.append(row)
    path = tmp_path / "to_ark.xlsx"
    wb.save(path)
    dialog = _open(qtbot, store, path)
    assert "Velg arket" in dialog.summary.text() and "--" not in dialog.summary.text()
    assert [dialog.sheet.itemText(i) for i in range(dialog.sheet.count())] == ["Forside", "Tall"]
    assert dialog.focusWidget() is dialog.sheet  # the control the message is about
    dialog.sheet.setCurrentIndex(1)
    dialog.sheet.activated.emit(1)  # as when the user picks it in the list
    assert dialog.import_button.isEnabled(), dialog.summary.text()
    assert dialog.plan is not None and dialog.plan.sheet == "Tall"


def test_the_same_lines_again_ask_before_replacing_the_set(  # type: ignore[no-untyped-def]
    qtbot, store, demo_db, tmp_path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    rows = [["Ansvar", "Art", "Funksjon", "Beløp"], ["2100", "01000", "202", 1000], ["2110", "01000", "202", 2000]]
    first = _open(qtbot, store, _workbook(tmp_path / "første.xlsx", rows))
    first.set_name.setText("Første import")
    _click(qtbot, first.import_button)
    assert first.imported
    asked: list[str] = []
    answer = [QMessageBox.StandardButton.No]
    monkeypatch.setattr(QMessageBox, "question", lambda _parent, _title, text: asked.append(text) or answer[0])
    again = _open(qtbot, store, _workbook(tmp_path / "andre.xlsx", rows))  # the same lines, another file
    again.set_name.setText("Andre import")
    _click(qtbot, again.import_button)
    assert asked and "Første import" in asked[0] and "--" not in asked[0] and not again.imported
    with demo_db.session() as s:
        assert s.scalar(select(BudgetSet.id).where(BudgetSet.name == "Første import")) is not None
    answer[0] = QMessageBox.StandardButton.Yes
    _click(qtbot, again.import_button)
    assert again.imported
    with demo_db.session() as s:
        names = set(s.scalars(select(BudgetSet.name)))
    assert "Andre import" in names and "Første import" not in names


def test_a_set_without_a_name_puts_the_focus_on_its_name(  # type: ignore[no-untyped-def]
    qtbot, store, demo_db, tmp_path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr("ui.budget.import_wizard.show_user_error", lambda _parent, err: shown.append(str(err)))
    path = _workbook(tmp_path / "navnlos.xlsx", [
        ["Ansvar", "Art", "Funksjon", "2012", "2013"], ["2100", "01000", "202", 1000, 1100]])
    dialog = _open(qtbot, store, path)
    _click(qtbot, dialog.all_amounts)
    dialog.sets.cellWidget(1, SET_NAME).clear()
    _click(qtbot, dialog.import_button)
    assert shown and "navn" in shown[0] and "--" not in shown[0] and not dialog.imported
    assert dialog.focusWidget() is dialog.sets.cellWidget(1, SET_NAME)  # the control the message is about
    with demo_db.session() as s:  # all or nothing: the other column's set is not written either
        assert s.scalar(select(func.count()).select_from(BudgetSet).where(
            BudgetSet.source_file_name == "navnlos.xlsx")) == 0


def test_two_columns_with_one_header_are_chosen_by_the_column_the_user_changed(  # type: ignore[no-untyped-def]
    qtbot, store, demo_db, tmp_path
) -> None:
    """Two «Ansvar» columns: the importer asks which; the wizard must send the user's choice for
    the SECOND column as that column (by letter), not by the header, which names the first."""
    path = _workbook(tmp_path / "to.xlsx", [
        ["Ansvar", "Art", "Ansvar", "Beløp"], ["2100", "01000", "2110", 1000]])
    dialog = _open(qtbot, store, path)
    assert "to kolonner som begge kan være ansvar" in dialog.summary.text()
    assert "--" not in dialog.summary.text()
    assert dialog.focusWidget() is dialog.mapping.cellWidget(2, 1)  # the column the message names last
    combo = dialog.mapping.cellWidget(2, 1)
    combo.setCurrentIndex(combo.findData("ansvar"))
    _click(qtbot, dialog.check_button)
    assert dialog.import_button.isEnabled(), dialog.summary.text()
    dialog.set_name.setText("To ansvar")
    dialog.year.setValue(2026)
    _click(qtbot, dialog.import_button)
    assert dialog.imported, dialog.summary.text()
    with demo_db.session() as s:
        lines = s.execute(select(BudgetLine.ansvar, BudgetLine.amount_ore).join(BudgetSet)
                          .where(BudgetSet.name == "To ansvar")).all()
    assert [tuple(r) for r in lines] == [("2110", 100000)]
