"""Two people in the same note or agreement at once, each in a window of their own on one
database: the second save is refused with who and when, their text is kept and can be put back
on top of the first person's version. Never is a text lost or silently overwritten."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QUndoStack
from PySide6.QtWidgets import QWidget

from app.agreements import detail, goals
from app.followup import meetings
from app.followup.listing import year_grid
from app.storage.database import Database
from db.models import Agreement
from tests.conftest import DEMO_TODAY
from tests.ui.conftest import save_screenshot

KARI, OLA = "kari.nordmann", "ola.hansen"

pytestmark = pytest.mark.sqlite_only  # the window's own logic; the database side runs on both in tests/app


@dataclass
class User:
    name: str
    page: QWidget  # FollowUpPage

    @property
    def editor(self):  # type: ignore[no-untyped-def]
        return self.page.editor


@pytest.fixture
def acting(monkeypatch) -> Iterator[dict[str, str]]:  # type: ignore[no-untyped-def]
    """Whose turn it is: the audit log records this name for every save."""
    who = {"name": KARI}
    monkeypatch.setattr("db.session.current_user", lambda: who["name"])
    yield who


@pytest.fixture
def shown(monkeypatch) -> list[str]:  # type: ignore[no-untyped-def]
    """Messages the windows show (instead of modal boxes)."""
    messages: list[str] = []
    monkeypatch.setattr("ui.commands.show_user_error", lambda parent, err: messages.append(str(err)))
    monkeypatch.setattr("ui.followup.page.show_user_error", lambda parent, err: messages.append(str(err)))
    return messages


def _meeting_id(db: Database) -> uuid.UUID:
    lineage = next(r for r in db.run(year_grid, 2026, DEMO_TODAY) if r.unit == "Solsikken barnehage").unit_lineage_id
    return db.run(meetings.open_meeting, lineage, 2026, 11, DEMO_TODAY)


def _open_note(qtbot, db: Database, name: str, meeting_id: uuid.UUID) -> User:  # type: ignore[no-untyped-def]
    from ui.followup.page import FollowUpPage
    from ui.store import Store

    page = FollowUpPage(Store(db), DEMO_TODAY)  # a window of its own: its own store, undo stack and versions
    qtbot.addWidget(page)
    page.show()
    page.open_meeting(meeting_id)
    qtbot.waitUntil(lambda: page.editor.note is not None and page.editor.note.id == meeting_id)
    return User(name, page)


def _type(qtbot, db: Database, user: User, acting: dict[str, str], key: str, text: str) -> None:  # type: ignore[no-untyped-def]
    """The user writes in a box and leaves it (which saves, as after a pause)."""
    acting["name"] = user.name
    box = user.editor.sections[key]
    box.setFocus()
    box.selectAll()
    box.setPlainText(text)
    user.editor.flush()


def _section(db: Database, meeting_id: uuid.UUID, key: str) -> str:
    return db.run(meetings.meeting_note, meeting_id).sections[key]


def test_second_save_of_a_note_keeps_the_text_and_puts_it_back_on_request(qtbot, demo_db, acting, shown) -> None:  # type: ignore[no-untyped-def]
    meeting_id = _meeting_id(demo_db)
    kari = _open_note(qtbot, demo_db, KARI, meeting_id)
    ola = _open_note(qtbot, demo_db, OLA, meeting_id)
    assert not ola.editor.conflicts.isVisible()

    _type(qtbot, demo_db, kari, acting, "needs", "Kari: kurs i arbeidsrett")
    assert _section(demo_db, meeting_id, "needs") == "Kari: kurs i arbeidsrett" and not shown

    # Ola still sees the note as it was when he opened it, and writes in the same box.
    _type(qtbot, demo_db, ola, acting, "needs", "Ola: vikarbudsjett for desember")
    assert len(shown) == 1
    assert shown[0].startswith("Referatet fra november 2026 for Solsikken barnehage ble endret av kari.nordmann ")
    assert "Teksten din er tatt vare på" in shown[0]
    # Nothing was overwritten: the database and Ola's box show Kari's text ...
    assert _section(demo_db, meeting_id, "needs") == "Kari: kurs i arbeidsrett"
    assert ola.editor.sections["needs"].toPlainText() == "Kari: kurs i arbeidsrett"
    # ... and Ola's own text waits in the panel above the note.
    panel = ola.editor.conflicts
    assert panel.isVisible() and panel.texts() == ["Ola: vikarbudsjett for desember"]
    entry = panel.entries[0]
    assert "kari.nordmann" in entry.message.text() and "«Behov" in entry.heading.text()
    ola.page.resize(1000, 800)
    save_screenshot(ola.page, "followup-note-conflict")

    qtbot.mouseClick(entry.copy, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == "Ola: vikarbudsjett for desember"

    qtbot.mouseClick(entry.reapply, Qt.MouseButton.LeftButton)  # «Bruk teksten min likevel»
    assert _section(demo_db, meeting_id, "needs") == "Ola: vikarbudsjett for desember"
    assert len(shown) == 1 and not panel.isVisible() and panel.texts() == []
    qtbot.waitUntil(lambda: ola.editor.sections["needs"].toPlainText() == "Ola: vikarbudsjett for desember")

    # Ola's undo takes his text back off, back to Kari's: his own saves never conflict with each other.
    ola.page.undo_stack.undo()
    assert _section(demo_db, meeting_id, "needs") == "Kari: kurs i arbeidsrett" and len(shown) == 1


def test_an_undo_after_someone_else_saved_is_refused_and_overwrites_nothing(qtbot, demo_db, acting, shown) -> None:  # type: ignore[no-untyped-def]
    meeting_id = _meeting_id(demo_db)
    kari = _open_note(qtbot, demo_db, KARI, meeting_id)
    ola = _open_note(qtbot, demo_db, OLA, meeting_id)
    _type(qtbot, demo_db, ola, acting, "decisions", "Ola: vedtak")
    _type(qtbot, demo_db, kari, acting, "other", "Kari: noe annet")  # Kari saw no change of Ola's: refused
    assert len(shown) == 1 and kari.editor.conflicts.texts() == ["Kari: noe annet"]
    acting["name"] = KARI
    qtbot.mouseClick(kari.editor.conflicts.entries[0].reapply, Qt.MouseButton.LeftButton)
    assert _section(demo_db, meeting_id, "other") == "Kari: noe annet"
    # Ola undoes his decision text, but Kari has saved the note since: refused, her text stays.
    acting["name"] = OLA
    ola.page.undo_stack.undo()
    assert len(shown) == 2 and "ble endret av kari.nordmann" in shown[1]
    note = demo_db.run(meetings.meeting_note, meeting_id)
    assert (note.sections["other"], note.sections["decisions"]) == ("Kari: noe annet", "Ola: vedtak")


def test_own_saves_one_after_another_never_conflict(qtbot, demo_db, acting, shown) -> None:  # type: ignore[no-untyped-def]
    meeting_id = _meeting_id(demo_db)
    kari = _open_note(qtbot, demo_db, KARI, meeting_id)
    kari.page.hide()  # no reload between the saves: each save must know the version the last one left
    for key in ("agenda", "needs", "decisions"):
        kari.editor.sections[key].setPlainText(f"Kari i {key}")
    assert all(kari.editor._timers[k].isActive() for k in ("agenda", "needs", "decisions"))
    kari.editor.flush()
    assert not shown
    note = demo_db.run(meetings.meeting_note, meeting_id)
    assert [note.sections[k] for k in ("agenda", "needs", "decisions")] == \
        ["Kari i agenda", "Kari i needs", "Kari i decisions"]


def test_unsaved_text_in_another_box_that_the_other_person_also_changed_is_kept(qtbot, demo_db, acting, shown) -> None:  # type: ignore[no-untyped-def]
    meeting_id = _meeting_id(demo_db)
    kari = _open_note(qtbot, demo_db, KARI, meeting_id)
    ola = _open_note(qtbot, demo_db, OLA, meeting_id)
    acting["name"] = KARI
    kari.editor.sections["agenda"].setPlainText("Kari: dagsorden")
    kari.editor.sections["needs"].setPlainText("Kari: behov")
    kari.editor.flush()
    # Ola has written in both boxes; the first save is refused, the second box is not yet saved.
    acting["name"] = OLA
    ola.editor.sections["needs"].setPlainText("Ola: behov")
    ola.editor.sections["agenda"].setPlainText("Ola: dagsorden")
    ola.editor._save_section("needs")
    assert len(shown) == 1
    assert sorted(ola.editor.conflicts.texts()) == ["Ola: behov", "Ola: dagsorden"]
    assert ola.editor.sections["agenda"].toPlainText() == "Kari: dagsorden"
    ola.editor.flush()  # nothing left to save over Kari's text
    note = demo_db.run(meetings.meeting_note, meeting_id)
    assert (note.sections["agenda"], note.sections["needs"]) == ("Kari: dagsorden", "Kari: behov")


def test_agreement_goal_edited_by_someone_else_is_kept_and_reapplied(qtbot, demo_db, acting, shown) -> None:  # type: ignore[no-untyped-def]
    from ui.agreements.editor import AgreementEditor
    from ui.commands import push_command
    from ui.store import Store

    with demo_db.session() as s:
        draft = next(a.id for a in s.query(Agreement) if a.status.value == "draft")
    editor = AgreementEditor(Store(demo_db), DEMO_TODAY)
    stack = QUndoStack(editor)
    editor.command_ready.connect(lambda command: push_command(stack, command, editor))
    qtbot.addWidget(editor)
    editor.show()
    editor.show_agreement(demo_db.run(detail.agreement_detail, draft))
    goal = editor.detail.goals[0]
    # Kari changes the goal in her window after Ola opened the agreement.
    acting["name"] = KARI
    with demo_db.session() as s:
        s.info["user"] = KARI
        goals.update_goal(s, goal.id, text="Kari: færre hull i veiene", expected_version=goal.version)
    # Ola edits the same goal's text in the table.
    acting["name"] = OLA
    table = next(t for t in editor.goal_tables.values() if goal.id in [g.id for g in t.category.goals]).table
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).data(Qt.ItemDataRole.UserRole) == str(goal.id))
    table.item(row, 1).setText("Ola: raskere brøyting")
    assert len(shown) == 1 and shown[0].startswith("Målet «Kari: færre hull i veiene» ble endret av kari.nordmann ")
    assert editor.conflicts.texts() == ["Ola: raskere brøyting"]
    qtbot.waitUntil(lambda: editor.detail.goals[0].text == "Kari: færre hull i veiene")  # their version shown
    assert demo_db.run(detail.agreement_detail, draft).goals[0].text \
        == "Kari: færre hull i veiene"
    qtbot.mouseClick(editor.conflicts.entries[0].reapply, Qt.MouseButton.LeftButton)
    assert demo_db.run(detail.agreement_detail, draft).goals[0].text == "Ola: raskere brøyting"
    assert editor.conflicts.texts() == [] and len(shown) == 1
