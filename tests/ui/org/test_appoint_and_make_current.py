"""Walk at 1366×768 (Organisasjon): a new leader's dialog that is refused opens again with what was
typed, and leaves no person behind; undo of the appointment takes the person it made away too.
Making a scenario current cannot be undone, and the dialog says so; the edits made before it are
dropped from Ctrl+Z, which would otherwise change a version that is now history."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog, QLabel
from sqlalchemy import func, select

from db.models import OrgVersion, OrgVersionStatus, Person, Position, PositionRole, Unit
from tests.conftest import DEMO_TODAY
from ui.org.dialogs import AppointDialog, DateDialog, ScenarioDialog


@pytest.fixture
def org(window, qtbot):  # type: ignore[no-untyped-def]
    window.show_page("organisasjon")
    page = window.page_widgets["organisasjon"]
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    return page


def _unit(db, name: str, status: OrgVersionStatus = OrgVersionStatus.CURRENT) -> Unit:  # type: ignore[no-untyped-def]
    with db.session() as s:
        return s.scalars(select(Unit).join(OrgVersion).where(Unit.name == name, OrgVersion.status == status)).one()


def _people(db) -> int:  # type: ignore[no-untyped-def]
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(Person)) or 0


def _open_leaders(db, unit_id) -> list[str]:  # type: ignore[no-untyped-def]
    with db.session() as s:
        return [p.person.full_name for p in s.scalars(select(Position).where(
            Position.unit_id == unit_id, Position.role == PositionRole.LEADER, Position.end_date.is_(None)))]


def test_a_refused_new_leader_reopens_the_dialog_with_what_was_typed(qtbot, window, org, demo_db,  # type: ignore[no-untyped-def]
                                                                    monkeypatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr("ui.commands.show_user_error", lambda _parent, err: shown.append(str(err)))
    unit = _unit(demo_db, "Psykisk helse og rus")
    before = _people(demo_db)
    seen: list[tuple[str, str, str]] = []

    def fill(dialog: AppointDialog) -> int:
        seen.append((dialog.given.text(), dialog.family.text(), dialog.title.text()))
        if len(seen) == 1:  # first time: a family name and title, but no first name
            dialog.person.setCurrentIndex(0)
            dialog.family.setText("Nordmann")
            dialog.title.setText("Enhetsleder")
            return QDialog.DialogCode.Accepted
        if len(seen) == 2:  # again, as typed: add the first name and an end before the start
            dialog.given.setText("Kari")
            dialog.has_end.setChecked(True)
            dialog.end.setDate(dialog.start.date().addDays(-1))
            return QDialog.DialogCode.Accepted
        dialog.has_end.setChecked(False)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(AppointDialog, "exec", fill)
    org.select_unit(unit.id, source="test")
    qtbot.mouseClick(org.form.new_leader, Qt.MouseButton.LeftButton)

    assert seen == [("", "", ""), ("", "Nordmann", "Enhetsleder"), ("Kari", "Nordmann", "Enhetsleder")]
    assert len(shown) == 2 and "Fornavn" in shown[0] and "Sluttdatoen" in shown[1]
    assert _open_leaders(demo_db, unit.id) == ["Kari Nordmann"]
    assert _people(demo_db) == before + 1  # the two refusals left no person behind
    assert window.undo_stack.count() == 1

    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _open_leaders(demo_db, unit.id) == []
    assert _people(demo_db) == before  # the person the appointment made is gone with it
    qtbot.keyClick(window, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert _open_leaders(demo_db, unit.id) == ["Kari Nordmann"]


def test_making_a_scenario_current_says_it_cannot_be_undone_and_clears_ctrl_z(qtbot, window, org, demo_db,  # type: ignore[no-untyped-def]
                                                                             monkeypatch) -> None:
    # An edit in today's organisation, on the undo stack.
    eiendom = _unit(demo_db, "Eiendom")
    org.select_unit(eiendom.id, source="test")
    org.form.name.setText("Eiendomsforvaltning")
    org.form.name.editingFinished.emit()
    assert window.undo_stack.count() == 1

    monkeypatch.setattr(ScenarioDialog, "exec", lambda d: (d.name.setText("Samlet"), QDialog.DialogCode.Accepted)[1])
    qtbot.mouseClick(org.new_scenario, Qt.MouseButton.LeftButton)
    effective = date(DEMO_TODAY.year + 1, 1, 1)
    asked: list[str] = []

    def pick(dialog: DateDialog) -> int:
        asked.extend(label.text() for label in dialog.findChildren(QLabel))
        dialog.date.setDate(QDate(effective.year, effective.month, effective.day))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(DateDialog, "exec", pick)
    qtbot.mouseClick(org.make_current, Qt.MouseButton.LeftButton)
    assert any("kan ikke angres" in text for text in asked)
    with demo_db.session() as s:
        assert s.scalars(select(OrgVersion.status).where(OrgVersion.name == "Samlet")).one() == \
            OrgVersionStatus.CURRENT
    assert window.undo_stack.count() == 0
    # Ctrl+Z now does nothing: the old version keeps the name it had when it became history.
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _unit(demo_db, "Eiendomsforvaltning", OrgVersionStatus.HISTORICAL).name == "Eiendomsforvaltning"


def test_the_reorganisation_dialog_shows_a_chart_only_for_a_project_and_its_make_current_clears_ctrl_z(  # type: ignore[no-untyped-def]
        qtbot, window, org, demo_db, monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog = org.open_reorganisation()
    qtbot.addWidget(dialog)
    assert not dialog.show_chart.isEnabled()  # «Vis i kartet» did nothing before there was a project
    dialog.create_project("Omorganisering 2027")
    assert dialog.show_chart.isEnabled()
    alternative = dialog.add_alternative()
    dialog.alternatives.setCurrentRow(1)
    dialog.show_chart.click()
    assert org.version_id == alternative
    assert org.push(commands_rename(org, "Eiendom", "Eiendom og bygg"))
    assert window.undo_stack.count() == 1
    assert dialog.make_current(date(2026, 12, 1))
    assert window.undo_stack.count() == 0


def commands_rename(page, name: str, new: str):  # type: ignore[no-untyped-def]
    from ui.org import commands

    unit_id = next(r.id for r in page.rows.values() if r.name == name)
    return commands.UpdateUnit(page.store, unit_id, {"name": new}, name)
