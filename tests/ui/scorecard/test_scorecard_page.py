"""The Målekart page beyond the acceptance walk: undo of a grid value, the balance check, the
import from a spreadsheet (all or nothing, every problem named), the årsprognose in the note, the
unit's own ambition level, names and tab order in the page and its dialogs, F1's chapter."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook
from PySide6.QtCore import Qt

from app.scorecard.model import current_unit, indicator_by_name
from app.scorecard.views import stored_value
from tests.ui.accessibility_walk import form_order_problems, unnamed
from tests.ui.scorecard.test_scorecard_walk import in_modal, type_in_cell


def _page(window):  # type: ignore[no-untyped-def]
    window.show_page("malekart")
    return window.page_widgets["malekart"]


def test_a_value_typed_in_the_grid_is_stored_and_undone_with_ctrl_z(qtbot, window, demo_db) -> None:  # type: ignore[no-untyped-def]
    from ui.scorecard.page import GRID

    page = _page(window)
    page.tabs.setCurrentIndex(GRID)
    page.indicator.setCurrentIndex(page.indicator.findText("Vikarbruk (Økonomi)"))
    page.reload()
    with demo_db.session() as session:
        ind = indicator_by_name(session, "Vikarbruk").id
        home = current_unit(session, "Lindvik sykehjem").lineage_id
        old = stored_value(session, ind, home, 2026, 2)
    assert old is not None
    row, col = page.grid_cell("Lindvik sykehjem", 2)
    type_in_cell(qtbot, page.grid, row, col, "12,5", page.value_entered)
    with demo_db.session() as session:
        assert stored_value(session, ind, home, 2026, 2).value == Decimal("12.5")
    assert page.grid.item(row, col).text() == "12,5"
    assert "rød" in page.grid.item(row, col).toolTip()
    page.grid.setCurrentCell(row, col)
    assert "registrert av" in page.cell_info.text()
    window.act_undo.trigger()
    with demo_db.session() as session:
        assert stored_value(session, ind, home, 2026, 2).value == old.value
    # A word is not a number: refused with the reason, nothing stored.
    shown: list[str] = []
    in_modal(qtbot, lambda box: shown.append(box.text()))
    type_in_cell(qtbot, page.grid, row, col, "mye", page.value_entered)
    assert shown and "«mye» er ikke et tall" in shown[0]
    with demo_db.session() as session:
        assert stored_value(session, ind, home, 2026, 2).value == old.value


def test_the_balance_check_names_an_empty_focus_area(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    from ui.scorecard.page import BALANCE

    page = _page(window)
    page.tabs.setCurrentIndex(BALANCE)
    rows = {page.balance_table.item(r, 0).text(): (page.balance_table.item(r, 2).text(),
                                                   page.balance_table.item(r, 3).text())
            for r in range(page.balance_table.rowCount())}
    assert set(rows) == {"Livskvalitet", "Brukere", "Medarbeidere", "Økonomi"}
    empty = [area for area, (goals, _v) in rows.items() if goals == "0"]
    for area in empty:
        assert rows[area][1] == "Ingen mål i avtalene – tomt fokusområde"
        assert area in page.balance_note.text()
    if not empty:
        assert "alle fokusområdene har mål" in page.balance_note.text()


def _sheet(path: Path, rows: list[list[object]]) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.title = "Fravær"
    sheet.append(["Enhet", "Indikator", "Periode", "Verdi", "Kommentar"])
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def test_import_from_a_spreadsheet_is_all_or_nothing_with_every_problem_named(qtbot, window, demo_db,
                                                                            tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from ui.scorecard.import_dialog import ImportValuesDialog

    page = _page(window)
    bad = _sheet(tmp_path / "fravær.xlsx", [["Lindvik sykehjem", "Sykefravær", "2026-09", "8,2", "Høst"],
                                            ["Ukjent enhet", "Sykefravær", "2026-09", "7,1", ""],
                                            ["Brekka skole", "Sykefravær", "2026-09", "sju", ""]])
    dialog = ImportValuesDialog(page.store, page)
    qtbot.addWidget(dialog)
    dialog.path.setText(str(bad))
    dialog.check()
    problems = [dialog.problems.item(i).text() for i in range(dialog.problems.count())]
    assert any("rad 3, kolonne «Enhet»" in p and "Ukjent enhet" in p for p in problems)
    assert any("rad 4, kolonne «Verdi»" in p and "«sju»" in p for p in problems)
    assert not dialog.import_button.isEnabled()
    assert dialog.table.item(1, 0).text() == "Lindvik sykehjem"  # the file's rows are shown
    with demo_db.session() as session:
        ind = indicator_by_name(session, "Sykefravær").id
        home = current_unit(session, "Lindvik sykehjem").lineage_id
        before = stored_value(session, ind, home, 2026, 9)
    good = _sheet(tmp_path / "fravær-rettet.xlsx", [["Lindvik sykehjem", "Sykefravær", "2026-09", "8,2", "Høst"],
                                                    ["Brekka skole", "Sykefravær", "2026-09", "7", ""]])
    dialog.path.setText(str(good))
    dialog.check()
    assert dialog.problems.count() == 0
    assert dialog.summary.text() == "2 verdier for Sykefravær er klare til import."
    with demo_db.session() as session:
        assert stored_value(session, ind, home, 2026, 9) == before  # checking stored nothing
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.imported == 2
    with demo_db.session() as session:
        now = stored_value(session, ind, home, 2026, 9)
    assert (now.value, now.comment) == (Decimal("8.2"), "Høst")


def test_the_forecast_in_the_note_is_saved_and_needs_a_reason(qtbot, window, demo_db) -> None:  # type: ignore[no-untyped-def]
    from app.scorecard.forecast import forecast_of

    window.show_page("oppfolging")
    followup = window.page_widgets["oppfolging"]
    with demo_db.session() as session:
        unit = current_unit(session, "Brekka skole").lineage_id
    followup.open_target({"unit_lineage_id": unit, "year": 2026, "month": 11})
    editor = followup.editor
    box = editor.scorecard_box
    assert not editor.note.locked
    with demo_db.session() as session:
        before = forecast_of(session, editor.note.id)
    box.amount.clear()
    box.reason.clear()
    qtbot.keyClicks(box.amount, "350 000")
    box.amount.editingFinished.emit()
    with demo_db.session() as session:
        assert forecast_of(session, editor.note.id) == before  # an amount waits for its reason
    qtbot.keyClicks(box.reason, "Vikarer ved langtidsfravær")
    box.reason.editingFinished.emit()
    with demo_db.session() as session:
        saved = forecast_of(session, editor.note.id)
    assert (saved.deviation_ore, saved.reason) == (35_000_000, "Vikarer ved langtidsfravær")
    window.act_undo.trigger()
    with demo_db.session() as session:
        assert forecast_of(session, editor.note.id) == before


def test_a_unit_s_own_ambition_level_colours_its_value(qtbot, window, demo_db) -> None:  # type: ignore[no-untyped-def]
    from ui.scorecard.page import UNIT

    page = _page(window)
    with demo_db.session() as session:
        home = current_unit(session, "Lindvik sykehjem").lineage_id
    page.show_unit(home)
    assert page.tabs.currentIndex() == UNIT
    rows = {page.unit_table.item(r, 1).text(): r for r in range(page.unit_table.rowCount())}
    r = rows["Budsjettavvik"]
    assert page.unit_table.item(r, 4).text() == "rød"

    def own_level(dialog) -> None:  # type: ignore[no-untyped-def]
        names = [dialog.table.item(i, 0).text() for i in range(dialog.table.rowCount())]
        i = names.index("Budsjettavvik")
        assert dialog.table.item(i, 0).checkState() == Qt.CheckState.Checked
        dialog.table.item(i, 3).setText("8")
        dialog.table.item(i, 4).setText("9")
        dialog.save()

    in_modal(qtbot, own_level)
    qtbot.mouseClick(page.unit_card_button, Qt.MouseButton.LeftButton)
    rows = {page.unit_table.item(r, 1).text(): r for r in range(page.unit_table.rowCount())}
    r = rows["Budsjettavvik"]
    assert page.unit_table.item(r, 2).text() == "≤ 8 %"
    assert page.unit_table.item(r, 4).text() == "grønn"


def test_every_control_of_the_page_and_its_dialogs_has_a_name_and_forms_tab_in_order(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    from ui.scorecard.dialogs import FocusAreasDialog, IndicatorDialog, UnitScorecardDialog
    from ui.scorecard.import_dialog import ImportValuesDialog

    page = _page(window)
    for i in range(page.tabs.count()):
        page.tabs.setCurrentIndex(i)
        assert unnamed(page) == [], page.tabs.tabText(i)
    unit = page.data.units[0]
    row = page.data.indicators[0]
    for dialog in (IndicatorDialog(page.store, page), IndicatorDialog(page.store, page, indicator=row),
                   FocusAreasDialog(page.store, page), UnitScorecardDialog(page.store, unit, page),
                   ImportValuesDialog(page.store, page)):
        qtbot.addWidget(dialog)
        dialog.show()
        assert unnamed(dialog) == [], type(dialog).__name__
        assert form_order_problems(dialog) == [], type(dialog).__name__
        dialog.close()


def test_f1_opens_the_malekart_chapter(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    from ui.help import chapter_path

    page = _page(window)
    path = chapter_path(page.help_chapter, "nb")
    assert path.name == "malekart.html"
    text = path.read_text(encoding="utf-8")
    assert "<h1>Målekart</h1>" in text and "ambisjonsnivå" in text
    index = chapter_path("index", "nb").read_text(encoding="utf-8")
    assert 'href="malekart.html"' in index


def test_year_end_from_the_report_dialog_as_pdf_and_workbook(qtbot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from openpyxl import load_workbook
    from pypdf import PdfReader

    from ui.reports.dialog import ReportDialog

    dialog = ReportDialog(window.store, window.today, window, year=2026)
    qtbot.addWidget(dialog)
    dialog.year_end_choice.setChecked(True)
    assert not dialog.month.isEnabled() and not dialog.tertial.isEnabled() and not dialog.unit.isEnabled()
    assert [dialog.format.itemData(i) for i in range(dialog.format.count())] == ["pdf", "xlsx"]
    assert dialog.suggested_name() == "Årsoppgjør 2026.pdf"
    pdf, xlsx = tmp_path / "år.pdf", tmp_path / "år.xlsx"
    dialog.path.setText(str(pdf))
    qtbot.mouseClick(dialog.make_button, Qt.MouseButton.LeftButton)
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(pdf).pages).split())
    assert "Lindvik sykehjem" in text
    dialog.format.setCurrentIndex(1)
    dialog.path.setText(str(xlsx))
    qtbot.mouseClick(dialog.make_button, Qt.MouseButton.LeftButton)
    cells = [c.value for row in load_workbook(xlsx).worksheets[0].iter_rows() for c in row]
    assert "Lindvik sykehjem" in cells and "Forslag overført (kr)" in cells


def test_the_page_on_a_database_without_a_municipality_says_what_to_do(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from datetime import date

    from app.storage.database import open_database
    from ui.scorecard.page import ScorecardPage
    from ui.store import Store

    db = open_database(tmp_path / "tom.sdb", demo_if_new=False, today=date(2026, 11, 23))
    page = ScorecardPage(Store(db), date(2026, 11, 23))
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    assert "ingen kommune" in page.municipal_note.text()
    db.close()


def test_a_focus_area_counts_every_light_that_is_not_green(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """«3 indikatorer, 1 røde» read wrong (one is «rød»), and «3 indikatorer, 1 rød» hid a yellow
    one: each area's line counts its red, yellow and missing values, in the right number."""
    page = _page(window)
    texts: list[str] = []
    words = {"rød": ("1 rød", "{n} røde"), "gul": ("1 gul", "{n} gule"), "–": ("{n} uten verdi", "{n} uten verdi")}
    for i in range(page.tree.topLevelItemCount()):
        top = page.tree.topLevelItem(i)
        colours = [top.child(j).text(3).strip() for j in range(top.childCount()) if top.child(j).text(1)]
        texts.append(top.text(4))
        for word, (one, many) in words.items():
            n = colours.count(word)
            if n:
                assert (one if n == 1 else many).format(n=n) in top.text(4), (top.text(4), colours)
        if top.childCount() == 1:
            assert top.text(4).startswith("1 indikator")
    assert not any("1 røde" in t or "1 gule" in t or t.startswith("1 indikatorer") for t in texts)
    assert any("gul" in t for t in texts), texts  # the demo has yellow lights (Vikarbruk)


def test_the_forecast_box_shows_its_whole_example(qtbot, window, demo_db) -> None:  # type: ignore[no-untyped-def]
    """Walk at 1366×768: «Årsprognose» was a 140 px box with its example cut to «for eksempel 250 00…»."""
    window.resize(1366, 768)
    window.show_page("oppfolging")
    followup = window.page_widgets["oppfolging"]
    with demo_db.session() as session:
        unit = current_unit(session, "Brekka skole").lineage_id
    followup.open_target({"unit_lineage_id": unit, "year": 2026, "month": 11})
    box = followup.editor.scorecard_box
    box.amount.clear()
    example = box.amount.fontMetrics().horizontalAdvance(box.amount.placeholderText())
    assert box.amount.width() > example, (box.amount.width(), example)
