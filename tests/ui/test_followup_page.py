"""The Oppfølging page and the Oversikt dashboard, as a user walks through a month's follow-up."""

from __future__ import annotations

import uuid

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QInputDialog

from app.followup import meetings
from db.models import ActionItem, Meeting
from tests.conftest import DEMO_TODAY
from tests.ui.conftest import save_screenshot

UNIT = "Solsikken barnehage"
ITEM = "Lage plan for vikardekning i desember"


@pytest.fixture
def page(window):  # type: ignore[no-untyped-def]
    window.show_page("oppfolging")
    return window.page_widgets["oppfolging"]


def _cell(page, unit: str, month: int):  # type: ignore[no-untyped-def]
    from ui.followup.grid import FIXED_COLUMNS

    row = next(i for i, r in enumerate(page.model.rows) if not isinstance(r, str) and r.unit == unit)
    return page.model.index(row, FIXED_COLUMNS + month - 1)


def _open(qtbot, page, unit: str, month: int) -> None:  # type: ignore[no-untyped-def]
    index = _cell(page, unit, month)
    page.table.setCurrentIndex(index)
    page.table.doubleClicked.emit(index)
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.editor)


def _item_row(editor, text: str) -> int:  # type: ignore[no-untyped-def]
    return next(r for r in range(editor.items.rowCount()) if editor.items.item(r, 1).text() == text)


def _dashboard_items(window) -> list[str]:  # type: ignore[no-untyped-def]
    tree = window.page_widgets["oversikt"].attention
    return [tree.topLevelItem(i).child(j).text(0) for i in range(tree.topLevelItemCount())
            for j in range(tree.topLevelItem(i).childCount())]


def test_a_month_of_follow_up_from_grid_to_dashboard(qtbot, window, page, demo_db, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    save_screenshot(window, "followup-grid")
    # November: open the held meeting, set a goal at risk, add an action item due in four days.
    _open(qtbot, page, UNIT, 11)
    editor = page.editor
    assert editor.note.unit == UNIT and not editor.note.locked
    combo: QComboBox = editor.goals.cellWidget(0, 2)
    goal_id = uuid.UUID(combo.property("goal_id"))
    combo.setCurrentIndex(combo.findData("at_risk"))
    combo.activated.emit(combo.currentIndex())
    editor.new_item.setText(ITEM)
    editor.new_due.setDate(editor.new_due.date().fromString("27.11.2026", "dd.MM.yyyy"))
    editor.add_button.click()
    qtbot.waitUntil(lambda: any(i.text == ITEM for i in editor.note.items))
    # Typing in a text box is saved without any explicit save.
    editor.sections["decisions"].setFocus()
    editor.sections["decisions"].setPlainText("Vi ber om vikarbudsjett for desember.")
    qtbot.waitUntil(lambda: demo_db.run(meetings.meeting_note, editor.note.id).sections["decisions"]
                    == "Vi ber om vikarbudsjett for desember.", timeout=5000)
    save_screenshot(window, "followup-note")
    # Both approve: the note locks, the text boxes turn read-only.
    editor.approve_leader.click()
    editor.approve_superior.click()
    qtbot.waitUntil(lambda: editor.note.locked)
    assert editor.sections["decisions"].isReadOnly() and not editor.add_button.isEnabled()
    assert editor.lock_banner.isVisible()
    november = editor.note.id

    # The dashboard lists the item as due within a week.
    window.show_page("oversikt")
    assert any(ITEM in line for line in _dashboard_items(window))

    # December: the open item and November's goal status are there.
    window.show_page("oppfolging")
    editor.back.click()
    _open(qtbot, page, UNIT, 12)
    note = editor.note
    assert note.id != november and (note.year, note.month) == (2026, 12)
    goal = next(g for g in note.goals if g.goal_id == goal_id)
    assert goal.previous_status == "at_risk" and goal.status == "at_risk"
    row = _item_row(editor, ITEM)
    assert editor.items.item(row, 4).text() == "nov 2026"
    done: QCheckBox = editor.items.cellWidget(row, 0)
    assert done.isEnabled() and not done.isChecked()
    done.setChecked(True)
    qtbot.waitUntil(lambda: any(i.text == ITEM and i.done_on == DEMO_TODAY for i in editor.note.items))
    with demo_db.session() as s:
        copies = s.query(ActionItem).filter(ActionItem.text == ITEM).all()
        assert len(copies) == 2 and sum(c.done_on is not None for c in copies) == 1

    # The dashboard line is gone.
    window.show_page("oversikt")
    assert not any(ITEM in line for line in _dashboard_items(window))
    save_screenshot(window, "overview-attention")

    # Undo brings the item back on the dashboard.
    window.undo_stack.undo()
    window.show_page("oversikt")
    window.page_widgets["oversikt"].reload()
    assert any(ITEM in line for line in _dashboard_items(window))


def test_reopening_asks_why_and_keeps_the_reason(qtbot, window, page, demo_db, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    _open(qtbot, page, "Lindvik ungdomsskole", 11)  # approved by both in the demo
    editor = page.editor
    assert editor.note.locked and editor.reopen_button.isVisible()
    monkeypatch.setattr(QInputDialog, "getMultiLineText", lambda *a, **k: ("Feil frist på punkt 2", True))
    editor.reopen_button.click()
    qtbot.waitUntil(lambda: not editor.note.locked)
    assert "Feil frist på punkt 2" in editor.reopen_log.text()
    assert not editor.sections["other"].isReadOnly()


def test_pending_text_is_saved_when_leaving_the_note(qtbot, window, page, demo_db) -> None:  # type: ignore[no-untyped-def]
    _open(qtbot, page, UNIT, 11)
    editor = page.editor
    editor.sections["needs"].setPlainText("Kurs i arbeidsrett")
    assert editor._timers["needs"].isActive()  # not saved yet: the pause has not passed
    editor.back.click()  # leaving saves at once
    assert demo_db.run(meetings.meeting_note, editor.note.id).sections["needs"] == "Kurs i arbeidsrett"


def test_search_opens_the_meeting_at_the_hit(qtbot, window, page, demo_db) -> None:  # type: ignore[no-untyped-def]
    lineage = next(r for r in page.model.rows if not isinstance(r, str) and r.unit == UNIT).unit_lineage_id
    meeting_id = demo_db.run(meetings.open_meeting, lineage, 2026, 11, DEMO_TODAY)
    demo_db.run(meetings.set_section, meeting_id, "needs", "Opplæring i tegnspråk for to ansatte.")
    page.search.setText("tegnspr")
    page.run_search()
    assert page.results.count() == 1
    page._hit_activated(page.results.item(0))
    assert page.stack.currentWidget() is page.editor and page.editor.note.id == meeting_id
    selections = page.editor.sections["needs"].extraSelections()
    assert selections and selections[0].cursor.selectedText().lower() == "tegnspr"
    save_screenshot(window, "followup-search")


def test_grid_filters_by_follow_up_lead(qtbot, window, page) -> None:  # type: ignore[no-untyped-def]
    units = [r for r in page.model.rows if not isinstance(r, str)]
    page.lead.setCurrentIndex(page.lead.findData("Erik Berg"))
    page.lead.activated.emit(page.lead.currentIndex())
    only = [r for r in page.model.rows if not isinstance(r, str)]
    assert only and len(only) < len(units) and {r.follow_up_lead for r in only} == {"Erik Berg"}
    headings = [r for r in page.model.rows if isinstance(r, str)]
    assert headings == ["Erik Berg"]
    assert page.table.columnSpan(0, 0) == 14


def test_a_dashboard_line_opens_the_agreement(qtbot, window, demo_db) -> None:  # type: ignore[no-untyped-def]
    overview = window.page_widgets["oversikt"]
    window.show_page("oversikt")
    tree = overview.attention
    group = next(tree.topLevelItem(i) for i in range(tree.topLevelItemCount())
                 if tree.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole) == "agreement_unsigned")
    line = group.child(0).data(0, Qt.ItemDataRole.UserRole)
    overview._line_activated(group.child(0))
    assert window.current_page() is window.page_widgets["avtaler"]
    assert window.page_widgets["avtaler"].selected == line.source_id


def test_a_missing_meeting_line_creates_the_meeting(qtbot, window, demo_db) -> None:  # type: ignore[no-untyped-def]
    overview = window.page_widgets["oversikt"]
    window.show_page("oversikt")
    tree = overview.attention
    group = next(tree.topLevelItem(i) for i in range(tree.topLevelItemCount())
                 if tree.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole) == "no_meeting")
    child = next(group.child(j) for j in range(group.childCount())
                 if group.child(j).data(0, Qt.ItemDataRole.UserRole).meeting_id is None)
    line = child.data(0, Qt.ItemDataRole.UserRole)
    overview._line_activated(child)
    page = window.page_widgets["oppfolging"]
    assert window.current_page() is page and page.editor.note.unit == line.unit
    with demo_db.session() as s:
        created = s.get(Meeting, page.editor.note.id)
        assert (created.year, created.month) == (2026, 10) and created.status.value == "planned"
    assert page.editor.note.meeting_date is None  # a past month: the date is not guessed


def test_note_is_saved_as_a_marked_pdf(qtbot, window, page, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from pypdf import PdfReader
    from PySide6.QtWidgets import QFileDialog

    _open(qtbot, page, UNIT, 11)
    out = tmp_path / "referat.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), "PDF (*.pdf)"))
    page.editor.print_button.click()
    text = "\n".join(p.extract_text() for p in PdfReader(out).pages)
    assert "Oppfølgingssamtale november 2026" in text and UNIT in text
    assert "Unntatt offentlighet" in text
