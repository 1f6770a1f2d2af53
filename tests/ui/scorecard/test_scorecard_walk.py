"""Issue 19's acceptance walk in the window, as a user does it: define «Sykefravær» for Lindvik
sykehjem, enter 9,1 % for T2 in the August meeting note, see red on the unit's målekart and the
municipal value move by the weighted amount, Oversikt listing it after a second red period, and the
tertial PDF (and its public version) made from Fil → Rapporter and read back."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QInputDialog, QLineEdit, QMessageBox

from app.scorecard.model import current_unit
from tests.ui.conftest import save_screenshot

COMMENT = "Langtidsfravær på to avdelinger"


def in_modal(qtbot, action) -> None:  # type: ignore[no-untyped-def]
    """Run ``action(dialog)`` on the modal dialog the next event loop shows; close it if still open."""
    def act() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, act)
            return
        try:
            action(dialog)
        finally:
            if dialog.isVisible():
                dialog.reject()
    QTimer.singleShot(0, act)


def answer_yes(qtbot) -> None:  # type: ignore[no-untyped-def]
    def yes(box) -> None:  # type: ignore[no-untyped-def]
        assert isinstance(box, QMessageBox)
        qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    in_modal(qtbot, yes)


def type_in_cell(qtbot, table, row: int, col: int, text: str, saved=None) -> None:  # type: ignore[no-untyped-def]
    """Open a cell's editor (as a double click does), type over it and press Enter, as a user does;
    with ``saved`` (the view's signal) wait until the value has been saved."""
    table.setCurrentCell(row, col)
    table.edit(table.currentIndex())
    editors = [w for w in table.viewport().findChildren(QLineEdit) if w.isVisible()]
    assert len(editors) == 1
    editors[0].selectAll()
    qtbot.keyClicks(editors[0], text)
    if saved is None:
        qtbot.keyClick(editors[0], Qt.Key.Key_Return)
        return
    with qtbot.waitSignal(saved, timeout=5000):
        qtbot.keyClick(editors[0], Qt.Key.Key_Return)


def tree_line(page, name: str):  # type: ignore[no-untyped-def]
    tree = page.tree
    for i in range(tree.topLevelItemCount()):
        top = tree.topLevelItem(i)
        for j in range(top.childCount()):
            if top.child(j).text(0) == name:
                return top.child(j)
    raise LookupError(name)


def shown_number(text: str) -> Decimal:
    return Decimal(text.replace("%", "").replace("−", "-").replace(",", ".").strip())


def test_acceptance_walk(qtbot, window, demo_db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from ui.scorecard.page import DEFINITIONS, GRID, MUNICIPAL, UNIT

    window.resize(1366, 768)
    with demo_db.session() as session:
        home, kvernes = current_unit(session, "Lindvik sykehjem"), current_unit(session, "Kvernes bo- og omsorgssenter")
        home_id, home_fte, kvernes_fte = home.lineage_id, home.fte, kvernes.fte
    assert home_fte != kvernes_fte  # else a plain average would pass too
    window.show_page("malekart")
    page = window.page_widgets["malekart"]

    # The demo measures sickness absence monthly; here the municipality defines it per tertial.
    page.tabs.setCurrentIndex(DEFINITIONS)
    names = [page.definitions.item(r, 0).text() for r in range(page.definitions.rowCount())]
    if "Sykefravær" in names:
        page.definitions.selectRow(names.index("Sykefravær"))
        answer_yes(qtbot)
        qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
        assert "Sykefravær" not in [page.definitions.item(r, 0).text() for r in range(page.definitions.rowCount())]

    def define(dialog) -> None:  # type: ignore[no-untyped-def]
        dialog.name.setText("Sykefravær")
        dialog.area.setCurrentIndex(dialog.area.findText("Medarbeidere"))
        dialog.measure.setEditText("%")
        dialog.direction.setCurrentIndex(dialog.direction.findData("lower"))
        qtbot.keyClicks(dialog.target, "7")
        qtbot.keyClicks(dialog.yellow, "8,5")
        assert dialog.limits.text() == "Grønn: til og med 7 %; gul: over 7 % til og med 8,5 %; rød: over 8,5 %."
        dialog.frequency.setCurrentIndex(dialog.frequency.findData("tertial"))
        dialog.rollup.setCurrentIndex(dialog.rollup.findData("weighted_fte"))
        dialog.check_unit("Lindvik sykehjem")
        dialog.check_unit("Kvernes bo- og omsorgssenter")
        qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
        assert dialog.result() == QDialog.DialogCode.Accepted

    in_modal(qtbot, define)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    assert page.indicator.currentText() == "Sykefravær (Medarbeidere)"  # its grid is shown
    # Defining is an edit like any other: Ctrl+Z takes it back, Ctrl+Y brings it again.
    window.act_undo.trigger()
    assert "Sykefravær" not in [i.name for i in page.data.indicators]
    window.act_redo.trigger()
    page.show_indicator(next(i.id for i in page.data.indicators if i.name == "Sykefravær"))
    assert page.indicator.currentText() == "Sykefravær (Medarbeidere)"
    assert [page.grid.item(r, 0).text() for r in range(page.grid.rowCount())] == sorted(
        ["Kvernes bo- og omsorgssenter", "Lindvik sykehjem"])
    assert [page.grid.horizontalHeaderItem(c).text() for c in range(page.grid.columnCount())] == \
        ["Enhet", "T1", "T2", "T3"]
    type_in_cell(qtbot, page.grid, *page.grid_cell("Kvernes bo- og omsorgssenter", 2), "5,0", page.value_entered)
    type_in_cell(qtbot, page.grid, *page.grid_cell("Lindvik sykehjem", 1), "6,5", page.value_entered)
    assert page.grid.item(*page.grid_cell("Lindvik sykehjem", 1)).text() == "6,5"
    assert page.grid.item(*page.grid_cell("Kvernes bo- og omsorgssenter", 2)).text() == "5"
    page.tabs.setCurrentIndex(MUNICIPAL)
    before = shown_number(tree_line(page, "Sykefravær").text(2))
    assert before == Decimal("5")

    # The August note: the value due for T2 with last period's beside it.
    window.show_page("oppfolging")
    followup = window.page_widgets["oppfolging"]
    followup.open_target({"unit_lineage_id": home_id, "year": 2026, "month": 8})
    editor = followup.editor
    if editor.note.locked:  # the demo's August note is approved: open it again, with the reason
        def reason(dialog) -> None:  # type: ignore[no-untyped-def]
            assert isinstance(dialog, QInputDialog)
            dialog.setTextValue("Sykefraværet for T2 føres inn.")
            dialog.accept()
        in_modal(qtbot, reason)
        qtbot.mouseClick(editor.reopen_button, Qt.MouseButton.LeftButton)
        assert not editor.note.locked
    box = editor.scorecard_box
    rows = [box.values.item(r, 0).text() for r in range(box.values.rowCount())]
    row = rows.index("Sykefravær")
    assert box.values.item(row, 1).text() == "T2 2026"
    assert box.values.item(row, 3).text() == "6,5 % (T1 2026)"  # last period's beside it
    type_in_cell(qtbot, box.values, row, 6, COMMENT)
    QApplication.processEvents()  # the comment waits for the value
    type_in_cell(qtbot, box.values, row, 4, "9,1", box.value_entered)
    assert box.values.item(row, 5).text() == "rød"
    editor.ensureWidgetVisible(box)
    save_screenshot(window, "malekart-note-1366x768")
    window.resize(1920, 1080)
    qtbot.wait(20)
    editor.ensureWidgetVisible(box)
    save_screenshot(window, "malekart-note-1920x1080")
    window.resize(1366, 768)

    # The unit's målekart shows red, with the comment.
    window.show_page("malekart")
    page.show_unit(home_id)
    assert page.tabs.currentIndex() == UNIT
    unit_rows = {page.unit_table.item(r, 1).text(): r for r in range(page.unit_table.rowCount())}
    r = unit_rows["Sykefravær"]
    assert (page.unit_table.item(r, 3).text(), page.unit_table.item(r, 4).text(),
            page.unit_table.item(r, 6).text()) == ("9,1 %", "rød", COMMENT)
    save_screenshot(window, "malekart-unit-1366x768")

    # The municipal value moves by the weighted amount: (5·årsverk + 9,1·årsverk) / årsverk in all.
    page.tabs.setCurrentIndex(MUNICIPAL)
    after = shown_number(tree_line(page, "Sykefravær").text(2))
    expected = ((Decimal("5") * kvernes_fte + Decimal("9.1") * home_fte) / (kvernes_fte + home_fte))
    assert after - before == (expected - Decimal("5")).quantize(Decimal("0.01"), ROUND_HALF_UP)
    tree_line(page, "Sykefravær").setExpanded(True)
    save_screenshot(window, "malekart-municipality-1366x768")
    window.resize(1920, 1080)
    qtbot.wait(20)
    save_screenshot(window, "malekart-municipality-1920x1080")
    page.show_unit(home_id)
    save_screenshot(window, "malekart-unit-1920x1080")
    window.resize(1366, 768)

    # Oversikt: one red period is not two; T1 red as well, and the line is there.
    overview = window.page_widgets["oversikt"]

    def red_lines() -> list[str]:
        window.show_page("oversikt")
        out = []
        for i in range(overview.attention.topLevelItemCount()):
            top = overview.attention.topLevelItem(i)
            if top.text(0).startswith("Indikatorer som er røde to perioder på rad"):
                out += [top.child(j).text(0) for j in range(top.childCount())]
        return out

    line = "Lindvik sykehjem: «Sykefravær» rød i T1 2026 og T2 2026"
    assert line not in red_lines()
    window.show_page("malekart")
    page.tabs.setCurrentIndex(GRID)
    page.indicator.setCurrentIndex(page.indicator.findText("Sykefravær (Medarbeidere)"))
    page.reload()
    type_in_cell(qtbot, page.grid, *page.grid_cell("Lindvik sykehjem", 1), "8,9", page.value_entered)
    assert line in red_lines()
    # The line opens the unit's målekart.
    item = next(overview.attention.topLevelItem(i).child(j) for i in range(overview.attention.topLevelItemCount())
                for j in range(overview.attention.topLevelItem(i).childCount())
                if overview.attention.topLevelItem(i).child(j).text(0) == line)
    overview.attention.scrollToItem(item.parent(), overview.attention.ScrollHint.PositionAtTop)
    save_screenshot(window, "malekart-oversikt-1366x768")
    overview.attention.itemActivated.emit(item, 0)
    assert window.current_page() is page and page.tabs.currentIndex() == UNIT
    assert page.unit.currentText() == "Lindvik sykehjem"

    # The tertial PDF from Fil → Rapporter, and its public version.
    internal, public = tmp_path / "t2.pdf", tmp_path / "t2-offentlig.pdf"

    def make(dialog) -> None:  # type: ignore[no-untyped-def]
        dialog.tertial_choice.setChecked(True)
        dialog.year.setValue(2026)
        dialog.tertial.setCurrentIndex(1)
        dialog.format.setCurrentIndex(dialog.format.findData("pdf"))
        dialog.path.setText(str(internal))
        qtbot.mouseClick(dialog.make_button, Qt.MouseButton.LeftButton)
        assert dialog.result_line.text() == f"Lagret {internal}"
        dialog.public.setChecked(True)
        dialog.path.setText(str(public))
        qtbot.mouseClick(dialog.make_button, Qt.MouseButton.LeftButton)
        assert dialog.result_line.text() == f"Lagret {public}"

    in_modal(qtbot, make)
    window.act_reports.trigger()
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(internal).pages).split())
    assert "Sykefravær" in text and "Lindvik sykehjem" in text and COMMENT in text
    assert "Unntatt offentlighet" in text
    open_text = " ".join(" ".join(p.extract_text() for p in PdfReader(public).pages).split())
    assert "Sykefravær" in open_text and COMMENT in open_text
    assert "utviklingsmål" not in open_text.casefold()
    assert "Unntatt offentlighet" not in open_text


def test_the_unit_one_page_pdf_from_the_report_dialog(qtbot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "lindvik.pdf"
    window.show_page("malekart")
    page = window.page_widgets["malekart"]

    def make(dialog) -> None:  # type: ignore[no-untyped-def]
        assert dialog.tertial_choice.isChecked() and dialog.format.currentData() == "pdf"
        dialog.unit_choice.setChecked(True)
        assert dialog.unit.isEnabled() and not dialog.public.isEnabled()
        dialog.unit.setCurrentIndex(dialog.unit.findText("Lindvik sykehjem"))
        dialog.tertial.setCurrentIndex(1)
        dialog.path.setText(str(out))
        qtbot.mouseClick(dialog.make_button, Qt.MouseButton.LeftButton)

    in_modal(qtbot, make)
    qtbot.mouseClick(page.report_button, Qt.MouseButton.LeftButton)
    reader = PdfReader(out)
    assert len(reader.pages) == 1
    text = reader.pages[0].extract_text()
    assert "Målekart Lindvik sykehjem – T2 2026" in text
    assert "Sykefravær" in text and "Budsjettavvik" in text
