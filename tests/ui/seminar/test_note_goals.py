"""The samlingsnotat's goals: ticking a unit shows the goals of its agreements in force («unit –
goal»), a ticked goal is saved with the note, listed as «1 mål», and ticked again when the note is
opened; unticking a unit takes its goals away; a goal link the list does not show is kept."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QListWidget
from sqlalchemy import select

from app.seminar.notes import write_note
from app.seminar.service import goal_choices
from db.models import SeminarNote
from tests.conftest import DEMO_TODAY
from tests.ui.conftest import save_screenshot
from ui.seminar import actions
from ui.seminar.note_dialog import NoteDialog


def shown(widget: QListWidget) -> list[str]:
    return [widget.item(i).text() for i in range(widget.count())]


def ticked(widget: QListWidget) -> list[str]:
    return [widget.item(i).text() for i in range(widget.count())
            if widget.item(i).checkState() == Qt.CheckState.Checked]


def tick(widget: QListWidget, text: str, on: bool = True) -> None:
    """What a click in the item's box does."""
    item = next(widget.item(i) for i in range(widget.count()) if widget.item(i).text() == text)
    item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)


def test_a_goal_ticked_under_its_unit_is_saved_listed_and_ticked_again_when_the_note_is_opened(
        qtbot: Any, window: Any, demo_db: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    with demo_db.session() as session:
        choices = goal_choices(session, DEMO_TODAY)
    brekka = [f"Brekka skole – {g.text}" for g in choices if g.unit == "Brekka skole"]
    solasen = [f"Solåsen skole – {g.text}" for g in choices if g.unit == "Solåsen skole"]
    assert len(brekka) >= 2 and len(solasen) >= 2

    listed = actions.notes_dialog(window)
    assert listed is not None
    qtbot.addWidget(listed)
    listed.show()
    seen: list[dict[str, list[str]]] = []

    def new_note(dialog: NoteDialog) -> int:
        assert shown(dialog.goals) == [] and not dialog.goals_hint.isHidden()
        dialog.title.setText("Ledersamling dag 1")
        tick(dialog.units, "Brekka skole")
        assert shown(dialog.goals) == brekka and ticked(dialog.goals) == []  # its goals appear, none ticked
        tick(dialog.units, "Solåsen skole")
        assert sorted(shown(dialog.goals)) == sorted(brekka + solasen)  # in chart order
        tick(dialog.goals, brekka[1])
        tick(dialog.goals, solasen[0])
        tick(dialog.units, "Solåsen skole", on=False)  # its goals go, with their tick; Brekka's tick stays
        assert shown(dialog.goals) == brekka and ticked(dialog.goals) == [brekka[1]]
        assert dialog.goals_hint.isHidden()
        save_screenshot(dialog, "seminar_note_dialog_goals")
        return QDialog.DialogCode.Accepted

    def opened(dialog: NoteDialog) -> int:
        seen.append({"units": ticked(dialog.units), "goals": ticked(dialog.goals), "shown": shown(dialog.goals)})
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(NoteDialog, "exec", new_note)
    qtbot.mouseClick(listed.new_button, Qt.MouseButton.LeftButton)
    gjelder = listed.table.item(0, 2)
    assert gjelder is not None and gjelder.text() == "Brekka skole, 1 mål"
    with demo_db.session() as session:
        note = session.scalars(select(SeminarNote)).one()
        goal = [g for g in choices if g.unit == "Brekka skole"][1]
        assert note.goal_ids == [goal.id.hex]

    monkeypatch.setattr(NoteDialog, "exec", opened)
    qtbot.mouseClick(listed.open_button, Qt.MouseButton.LeftButton)
    assert seen == [{"units": ["Brekka skole"], "goals": [brekka[1]], "shown": brekka}]


def test_a_goal_link_the_list_does_not_show_is_kept_and_ticked_when_its_unit_is(
        qtbot: Any, window: Any, demo_db: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """A note linked (from the command line or an older version) to a goal of a unit it does not
    name: the dialog says so, keeps the link on save, and ticks the goal if the unit is ticked."""
    with demo_db.session() as session:
        choices = goal_choices(session, DEMO_TODAY)
        brekka = next(g for g in choices if g.unit == "Brekka skole")
        haugtun = next(g for g in choices if g.unit == "Haugtun skole")
        note_id = write_note(session, "Ledersamling dag 2", held_on=date(2027, 6, 4), unit_ids=[brekka.unit_id],
                             goal_ids=[haugtun.id, brekka.id]).id

    def kept(dialog: NoteDialog) -> int:
        assert ticked(dialog.goals) == [f"Brekka skole – {brekka.text}"]
        assert not dialog.goals_hint.isHidden() and "1 mål som ikke vises" in dialog.goals_hint.text()
        assert set(dialog.goal_ids()) == {brekka.id, haugtun.id}
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(NoteDialog, "exec", kept)
    assert actions.run_note_dialog(window, actions.note_dialog(window, note_id))
    with demo_db.session() as session:
        assert set(session.get(SeminarNote, note_id).goal_ids) == {brekka.id.hex, haugtun.id.hex}

    def unit_ticked_then_unticked(dialog: NoteDialog) -> int:
        tick(dialog.units, "Haugtun skole")
        assert f"Haugtun skole – {haugtun.text}" in ticked(dialog.goals) and dialog.goals_hint.isHidden()
        tick(dialog.units, "Haugtun skole", on=False)  # seen and taken away by the user: the link goes
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(NoteDialog, "exec", unit_ticked_then_unticked)
    assert actions.run_note_dialog(window, actions.note_dialog(window, note_id))
    with demo_db.session() as session:
        assert session.get(SeminarNote, note_id).goal_ids == [brekka.id.hex]
