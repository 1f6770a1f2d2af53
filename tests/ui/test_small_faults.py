"""Issue 18, items 11-12: the small faults a staffer trips over, each as the user meets it."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from db.models import Unit
from tests.conftest import DEMO_TODAY


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


# --- the meeting note -------------------------------------------------------------------------

@pytest.fixture
def followup(window):  # type: ignore[no-untyped-def]
    window.show_page("oppfolging")
    return window.page_widgets["oppfolging"]


def _open_note(qtbot, page, unit: str, month: int):  # type: ignore[no-untyped-def]
    from ui.followup.grid import FIXED_COLUMNS

    row = next(i for i, r in enumerate(page.model.rows) if not isinstance(r, str) and r.unit == unit)
    index = page.model.index(row, FIXED_COLUMNS + month - 1)
    page.table.setCurrentIndex(index)
    page.table.doubleClicked.emit(index)
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.editor)
    return page.editor


def test_a_meeting_dated_tomorrow_cannot_be_held_or_approved_today(qtbot, followup, demo_db, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from app.errors import AppError
    from app.followup import meetings
    from db.models import Meeting

    shown: list[str] = []
    monkeypatch.setattr("ui.commands.show_user_error", lambda parent, err: shown.append(str(err)))
    editor = _open_note(qtbot, followup, "Solsikken barnehage", 11)
    meeting_id = editor.note.id
    with demo_db.session() as s:  # the note as a planned meeting tomorrow (DEMO_TODAY is 23.11.2026)
        meetings.set_details(s, meeting_id, meeting_date=DEMO_TODAY + timedelta(days=1), status="planned")
    followup.open_meeting(meeting_id)
    editor.status.setCurrentIndex(editor.status.findData("held"))
    editor.status.activated.emit(editor.status.currentIndex())
    assert shown and "24.11.2026" in shown[0] and "ikke har vært ennå" in shown[0]
    with demo_db.session() as s:
        assert s.get(Meeting, meeting_id).status.value == "planned"
    # Nor approved, even if the status was set earlier (by hand in the database, or on another day).
    with demo_db.session() as s:
        meetings.set_details(s, meeting_id, status="held")
        with pytest.raises(AppError, match="kan godkjennes fra møtedagen"):
            meetings.approve(s, meeting_id, "leader", DEMO_TODAY)
        # On the day itself it can.
        meetings.set_details(s, meeting_id, meeting_date=DEMO_TODAY, today=DEMO_TODAY)
        assert meetings.approve(s, meeting_id, "leader", DEMO_TODAY) is False


def test_note_goal_rows_keep_their_height_after_a_status_change(qtbot, followup) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QComboBox

    editor = _open_note(qtbot, followup, "Solsikken barnehage", 11)
    rows = editor.goals.rowCount()
    assert rows >= 2
    before = [editor.goals.rowHeight(i) for i in range(rows)]
    combo: QComboBox = editor.goals.cellWidget(0, 2)
    assert all(h >= combo.sizeHint().height() for h in before)
    combo.setCurrentIndex(combo.findData("at_risk"))
    combo.activated.emit(combo.currentIndex())
    qtbot.waitUntil(lambda: editor.note.goals[0].status == "at_risk")
    after = [editor.goals.rowHeight(i) for i in range(rows)]
    assert after == before
    # The table shows every row: nothing to scroll inside it.
    assert editor.goals.height() >= sum(after) + editor.goals.horizontalHeader().height()


def test_esc_leaves_the_meeting_note(qtbot, followup) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    editor = _open_note(qtbot, followup, "Solsikken barnehage", 11)
    editor.sections["decisions"].setFocus()
    qtbot.keyClick(editor.sections["decisions"], Qt.Key.Key_Escape)
    assert followup.stack.currentWidget() is not editor
    assert followup.meeting_id is None


def test_esc_leaves_the_note_after_approving_it(qtbot, followup, window) -> None:  # type: ignore[no-untyped-def]
    """Approving locks the note and rebuilds its tables; the focused box went with them and Esc
    reached nothing, so the staffer was left in the locked note."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    window.activateWindow()
    qtbot.waitActive(window)
    editor = _open_note(qtbot, followup, "Brekka skole", DEMO_TODAY.month)
    qtbot.mouseClick(editor.approve_leader, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(editor.approve_superior, Qt.MouseButton.LeftButton)
    assert editor.note.locked
    focused = QApplication.focusWidget()
    if focused is not None:
        focused.clearFocus()  # as after the rebuild: no widget has the focus
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert followup.stack.currentWidget() is not editor
    assert followup.meeting_id is None


# --- the agreement form -----------------------------------------------------------------------

@pytest.fixture
def draft(window, qtbot):  # type: ignore[no-untyped-def]
    window.resize(1366, 768)
    window.show_page("avtaler")
    page = window.page_widgets["avtaler"]
    page.status_box.setCurrentIndex(page.status_box.findData("draft"))
    page.refresh()
    if not page.rows:  # the demo has no draft this year: make one from the first signed agreement
        page.status_box.setCurrentIndex(0)
        page.refresh()
        from app.agreements import lifecycle

        signed = next(r for r in page.rows if r.status == "signed")
        new_id = page.store.run(lifecycle.make_revision, signed.id, reason="test")
        page.refresh()
        page.open_agreement(new_id)
    else:
        page.table.selectRow(0)
    qtbot.waitUntil(lambda: page.editor.detail is not None and page.editor.detail.status == "draft")
    return page


def test_new_goal_keeps_the_scroll_position_and_puts_the_cursor_in_it(qtbot, draft) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    editor = draft.editor
    key = next(iter(editor.goal_tables))
    table = editor.goal_tables[key]
    editor.ensureWidgetVisible(table.add, 0, 200)
    QApplication.processEvents()
    position = editor.verticalScrollBar().value()
    assert position > 0
    count = table.table.rowCount()
    qtbot.mouseClick(table.add, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.goal_tables[key].table.rowCount() == count + 1)
    table = editor.goal_tables[key]
    qtbot.waitUntil(lambda: table.table.state() == table.table.State.EditingState)
    assert abs(editor.verticalScrollBar().value() - position) < 120  # not back at the top
    assert table.table.currentRow() == count and table.table.currentColumn() == 1


def test_the_wheel_over_an_unfocused_date_scrolls_the_form(qtbot, draft) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QPoint, QPointF, Qt
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication, QDateEdit

    editor = draft.editor
    date_edit = editor.widget().findChildren(QDateEdit)[0]
    assert date_edit.focusPolicy() == Qt.FocusPolicy.StrongFocus
    before_date = date_edit.date()
    editor.verticalScrollBar().setValue(0)
    editor.ensureWidgetVisible(date_edit)
    start = editor.verticalScrollBar().value()
    centre = QPointF(date_edit.rect().center())
    wheel = QWheelEvent(centre, QPointF(date_edit.mapToGlobal(QPoint(5, 5))), QPoint(0, 0), QPoint(0, -120),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(date_edit, wheel)
    assert date_edit.date() == before_date
    assert editor.verticalScrollBar().value() > start


def test_a_locked_agreement_looks_read_only(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QApplication, QLineEdit

    window.show_page("avtaler")
    page = window.page_widgets["avtaler"]
    page.table.selectRow(next(i for i, r in enumerate(page.rows) if r.status == "signed"))
    QApplication.processEvents()
    field = next(w for w in page.editor.field_widgets.values() if isinstance(w, QLineEdit))
    page.editor.ensureWidgetVisible(field)
    QApplication.processEvents()
    assert field.isReadOnly()
    colour = field.grab().toImage().pixelColor(field.width() // 2, field.height() - 4)
    app_palette = QApplication.palette()
    assert colour != app_palette.color(QPalette.ColorRole.Base)  # not a white box waiting for text
    assert colour == app_palette.color(QPalette.ColorRole.Window)


# --- words ------------------------------------------------------------------------------------

def test_one_new_unit_is_one_ny_in_the_comparison(qtbot, org, demo_db) -> None:  # type: ignore[no-untyped-def]
    from app.org import scenarios, units
    from ui.org.dialogs import CompareDialog

    with demo_db.session() as s:
        current = next(v for v in scenarios.list_versions(s) if v.status == "current")
        scenario = scenarios.copy_version(s, current.id, "Forslag")
        top = s.scalars(select(Unit).where(Unit.org_version_id == scenario.id, Unit.parent_id.is_(None))).first()
        units.add_unit(s, version_id=scenario.id, parent_id=top.id, name="Ny tjeneste", kind="result_unit")
        scenario_id, current_id = scenario.id, current.id
    comparison = demo_db.run(scenarios.compare_versions, current_id, scenario_id, DEMO_TODAY)
    dialog = CompareDialog(comparison)
    qtbot.addWidget(dialog)
    from PySide6.QtWidgets import QLabel

    summary = dialog.findChildren(QLabel)[0].text()
    assert "1 ny," in summary and "1 nye" not in summary


def test_a_one_month_set_is_named_by_its_month(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    from ui.budget.page import months_label

    assert months_label(1, 1, 2026) == "januar 2026"
    assert months_label(1, 10, 2026) == "jan–okt 2026"


def test_a_school_gets_the_school_year_by_default(qtbot, window, demo_db, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from datetime import date

    from app.agreements import detail as agreement_detail
    from ui.agreements.dialogs import NewAgreementDialog

    window.show_page("avtaler")
    page = window.page_widgets["avtaler"]
    seen: dict[str, object] = {}

    def choose(dialog: NewAgreementDialog) -> int:
        result = next(t for t, kind in dialog.template_kinds.items() if kind == "result")
        dialog.template.setCurrentIndex(dialog.template.findData(result))  # a leader agreement runs four years
        dialog.unit.setCurrentIndex(dialog.unit.findText("Økonomi"))
        seen["calendar"] = dialog.period()
        dialog.unit.setCurrentIndex(dialog.unit.findText("Brekka skole"))
        seen["school"] = dialog.period()
        return NewAgreementDialog.DialogCode.Accepted

    monkeypatch.setattr(NewAgreementDialog, "exec", choose)
    page.year.setValue(2026)
    page.new_agreement()
    assert seen["calendar"] == (date(2026, 1, 1), date(2026, 12, 31))
    assert seen["school"] == (date(2026, 8, 1), date(2027, 7, 31))
    detail = demo_db.run(agreement_detail.agreement_detail, page.selected)
    assert (detail.period_start, detail.period_end) == (date(2026, 8, 1), date(2027, 7, 31))
    assert detail.unit_name == "Brekka skole"


def test_dates_the_user_set_are_kept_when_the_unit_changes(qtbot) -> None:  # type: ignore[no-untyped-def]
    from datetime import date

    from PySide6.QtCore import QDate

    from ui.agreements.dialogs import NewAgreementDialog

    units = [("Brekka skole", "a", "school"), ("Økonomi", "b", "calendar")]
    dialog = NewAgreementDialog([("Mal", "t")], units, 2026)
    qtbot.addWidget(dialog)
    assert dialog.period() == (date(2026, 8, 1), date(2027, 7, 31))
    dialog.start.setDate(QDate(2026, 3, 1))
    dialog.unit.setCurrentIndex(1)
    assert dialog.period()[0] == date(2026, 3, 1)


def test_import_preview_gets_the_room_when_there_are_no_problems(qtbot, org, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import openpyxl

    from app.io import read_table
    from ui.org.import_dialog import ImportDialog

    path = tmp_path / "enheter.xlsx"
    wb = openpyxl.Workbook()
    for row in (["Enhetsid", "Overordnet", "Navn"], ["10", "", "Helse"], ["20", "", "Oppvekst"],
                ["11", "10", "Legekontoret"], ["21", "20", "Nordby skole"]):
        wb.active.append(row)
    wb.save(path)
    dialog = ImportDialog(org.store, path, read_table(path), org)
    qtbot.addWidget(dialog)
    dialog.resize(900, 700)
    dialog.show()
    assert dialog.problems.isVisible() and dialog.problems.count() > 0  # two top units: listed
    dialog.root_name.setText("Testvik kommune")
    assert dialog.check()
    assert not dialog.problems.isVisible()  # no empty box taking the preview's room
    assert dialog.preview.rowCount() == 4
    assert dialog.preview.height() >= 8 * dialog.preview.fontMetrics().height()


def test_the_version_box_shows_the_whole_name(qtbot, org) -> None:  # type: ignore[no-untyped-def]
    box = org.version_box
    text = box.currentText()
    assert text.startswith("Gjeldende organisasjon (")
    assert box.width() >= box.fontMetrics().horizontalAdvance(text) + 20


def test_goal_tables_show_every_row_not_a_one_row_scroll_box(qtbot, draft) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    for key, table in draft.editor.goal_tables.items():
        view = table.table
        rows = sum(view.rowHeight(r) for r in range(view.rowCount()))
        assert view.verticalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff, key
        assert view.viewport().height() >= rows, key  # every row in sight; the form scrolls, not the table


def test_a_merge_is_named_in_the_comparison(qtbot, org, demo_db) -> None:  # type: ignore[no-untyped-def]
    """Two kindergartens merged in a scenario: the comparison's summary read «0 nye, 0 fjernet, …»
    as if nothing had changed, and no tab listed the merge."""
    from PySide6.QtWidgets import QLabel, QTableWidget

    from app.org import restructure, scenarios
    from ui.org.dialogs import CompareDialog

    with demo_db.session() as s:
        current = next(v for v in scenarios.list_versions(s) if v.status == "current")
        scenario = scenarios.copy_version(s, current.id, "Forslag")
        pair = [s.scalars(select(Unit).where(Unit.org_version_id == scenario.id, Unit.name == name)).one().id
                for name in ("Solsikken barnehage", "Tusenfryd barnehage")]
        restructure.merge_units(s, pair, "Solfryd barnehage", date(2027, 1, 1))
        scenario_id, current_id = scenario.id, current.id
    comparison = demo_db.run(scenarios.compare_versions, current_id, scenario_id, DEMO_TODAY)
    dialog = CompareDialog(comparison)
    qtbot.addWidget(dialog)
    summary = dialog.findChildren(QLabel)[0].text()
    assert "1 slått sammen: Solsikken barnehage, Tusenfryd barnehage til Solfryd barnehage." in summary
    tab = next(i for i in range(dialog.tabs.count()) if dialog.tabs.tabText(i) == "Slått sammen (1)")
    table = dialog.tabs.widget(tab)
    assert isinstance(table, QTableWidget)
    assert [table.item(0, c).text() for c in range(2)] == ["Solfryd barnehage",
                                                           "Solsikken barnehage, Tusenfryd barnehage"]
