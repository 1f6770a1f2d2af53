"""Fil → Samlingsnotater: write a note from the list, see it listed with what it is linked to,
open it again and edit it in the same dialog, and delete it after saying yes."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog
from sqlalchemy import select

from db.models import AuditEntry, SeminarAction, SeminarNote
from tests.ui.conftest import save_screenshot
from ui.seminar import actions, notes_dialog
from ui.seminar.note_dialog import NoteDialog


def cells(dialog: Any, row: int) -> list[str]:
    return [dialog.table.item(row, c).text() for c in range(dialog.table.columnCount())]


def test_notes_are_listed_opened_edited_and_deleted_from_the_window(qtbot: Any, window: Any, demo_db: Any,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    assert window.act_seminar_notes.text() == "Samlingsn&otater …"
    shown = actions.notes_dialog(window)
    assert shown is not None
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    assert shown.empty.isVisible() and not shown.open_button.isEnabled() and not shown.delete_button.isEnabled()

    seen: list[NoteDialog] = []
    loaded: list[tuple[str, list[str]]] = []

    def user_fills_in(dialog: NoteDialog) -> int:
        """The note's dialog as the user meets it: a new one is written, an open one is edited."""
        seen.append(dialog)
        if dialog.note_id is None:
            dialog.title.setText("Ledersamling dag 1")
            dialog.held_on.setDate(QDate(2027, 6, 3))
            dialog.place.setText("Lindvik fjordhotell")
            dialog.decisions.setPlainText("Alternativ 2 utredes videre\nFelles merkantil tjeneste\n")
            units = [dialog.units.item(i).text() for i in range(2, 4)]
            dialog.tick_units(units)
            dialog.add_action("Utrede felles merkantil tjeneste", "Økonomisjef", "15.09.2027")
            dialog.add_action("Drøfte med tillitsvalgte", "HR-sjef")
        else:
            rows = [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]
            loaded.append((dialog.title.text(), rows))
            save_screenshot(dialog, "seminar_note_dialog_edit")
            dialog.title.setText("Ledersamling dag 1 (rettet)")
            dialog.table.setCurrentCell(1, 0)
            qtbot.mouseClick(dialog.remove, Qt.MouseButton.LeftButton)
            dialog.table.item(0, 1).setText("Kommunalsjef oppvekst")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(NoteDialog, "exec", user_fills_in)
    qtbot.mouseClick(shown.new_button, Qt.MouseButton.LeftButton)
    first = seen[0]
    linked = [first.units.item(i).text() for i in range(2, 4)]
    assert shown.table.rowCount() == 1 and not shown.empty.isVisible()
    assert cells(shown, 0) == ["03.06.2027", "Ledersamling dag 1", ", ".join(sorted(linked)), "2", "2"]
    assert shown.selected() is not None and shown.open_button.isEnabled()
    save_screenshot(shown, "seminar_notes_list")

    # Open it again: the same dialog, filled with what was saved; edit and save.
    qtbot.mouseClick(shown.open_button, Qt.MouseButton.LeftButton)
    opened = seen[1]
    assert loaded == [("Ledersamling dag 1", ["Utrede felles merkantil tjeneste", "Drøfte med tillitsvalgte"])]
    assert opened.note_id is not None and opened.title.text() == "Ledersamling dag 1 (rettet)"
    assert opened.held_on.date() == QDate(2027, 6, 3) and opened.place.text() == "Lindvik fjordhotell"
    assert opened.decision_lines() == ["Alternativ 2 utredes videre", "Felles merkantil tjeneste"]
    assert sorted(opened.units.item(i).text() for i in range(opened.units.count())
                  if opened.units.item(i).checkState() == Qt.CheckState.Checked) == sorted(linked)
    assert [d.text for d in opened.action_drafts()] == ["Utrede felles merkantil tjeneste"]
    assert cells(shown, 0)[1:] == ["Ledersamling dag 1 (rettet)", ", ".join(sorted(linked)), "2", "1"]
    with demo_db.session() as session:
        note = session.scalars(select(SeminarNote)).one()
        items = session.scalars(select(SeminarAction).where(SeminarAction.note_id == note.id)).all()
        assert [(a.text, a.owner_text, a.due_date) for a in items] == [
            ("Utrede felles merkantil tjeneste", "Kommunalsjef oppvekst", date(2027, 9, 15))]
        note_id = note.id

    # Delete: nothing happens on «No», the note and its action item go on «Yes».
    asked: list[str] = []
    monkeypatch.setattr(notes_dialog, "confirm_delete", lambda _parent, note: asked.append(note.title) or False)
    qtbot.mouseClick(shown.delete_button, Qt.MouseButton.LeftButton)
    assert asked == ["Ledersamling dag 1 (rettet)"] and shown.table.rowCount() == 1
    monkeypatch.setattr(notes_dialog, "confirm_delete", lambda _parent, _note: True)
    qtbot.mouseClick(shown.delete_button, Qt.MouseButton.LeftButton)
    assert shown.table.rowCount() == 0 and shown.empty.isVisible()
    assert "slettet" in window.statusBar().currentMessage()
    with demo_db.session() as session:
        assert session.scalars(select(SeminarNote)).all() == [] and session.scalars(select(SeminarAction)).all() == []
        assert session.scalars(select(AuditEntry).where(AuditEntry.table_name == "seminar_note",
                                                        AuditEntry.row_id == str(note_id))).all()
