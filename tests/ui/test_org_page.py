"""The Organisasjon page as a user works with it: drag, undo, edit, scenarios, dates."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QInputDialog
from sqlalchemy import select

from app.org import units
from db.models import OrgVersion, OrgVersionStatus, Position, PositionRole, Unit
from tests.conftest import DEMO_TODAY
from tests.ui.conftest import save_screenshot
from ui.org.dialogs import AppointDialog, CompareDialog, DateDialog, ScenarioDialog


@pytest.fixture
def org(window, qtbot):  # type: ignore[no-untyped-def]
    window.show_page("organisasjon")
    page = window.page_widgets["organisasjon"]
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    return page


def _unit(db, name: str, status: OrgVersionStatus = OrgVersionStatus.CURRENT) -> Unit:  # type: ignore[no-untyped-def]
    with db.session() as s:
        return s.scalars(select(Unit).join(OrgVersion).where(Unit.name == name, OrgVersion.status == status)).one()


def _drag(page, unit_name: str, target_name: str) -> None:  # type: ignore[no-untyped-def]
    """Do what QTreeView does on a drop: hand the model the dragged rows' mime data."""
    rows = {r.name: r.id for r in page.rows.values()}
    source = page.model.index_of(rows[unit_name])
    target = page.model.index_of(rows[target_name])
    data = page.model.mimeData([source])
    page.model.dropMimeData(data, Qt.DropAction.MoveAction, -1, 0, target)


def test_drag_unit_to_new_parent_then_undo_and_redo(qtbot, window, org, demo_db) -> None:  # type: ignore[no-untyped-def]
    old_parent = _unit(demo_db, "Solåsen skole").parent_id
    _drag(org, "Solåsen skole", "Plan og samfunnsutvikling")
    plan = _unit(demo_db, "Plan og samfunnsutvikling")
    assert _unit(demo_db, "Solåsen skole").parent_id == plan.id
    index = org.model.index_of(plan.id)
    assert "Solåsen skole" in [org.model.index(i, 0, index).data() for i in range(org.model.rowCount(index))]
    save_screenshot(window, "organisasjon-etter-flytting")
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _unit(demo_db, "Solåsen skole").parent_id == old_parent
    qtbot.keyClick(window, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert _unit(demo_db, "Solåsen skole").parent_id == plan.id


def test_moving_a_unit_under_its_own_child_is_refused(window, org, demo_db, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    shown = []
    monkeypatch.setattr("ui.commands.show_user_error", lambda parent, err: shown.append(str(err)))
    root = _unit(demo_db, "Rådmannen")
    _drag(org, "Rådmannen", "Eiendom")
    assert _unit(demo_db, "Rådmannen").parent_id == root.parent_id is None
    assert shown and "Rådmannen" in shown[0]
    assert window.undo_stack.count() == 0  # a refused edit never lands on the undo stack


def test_selecting_in_tree_selects_in_chart_and_fills_the_form(qtbot, org, demo_db) -> None:  # type: ignore[no-untyped-def]
    eiendom = _unit(demo_db, "Eiendom")
    org.tree.setCurrentIndex(org.model.index_of(eiendom.id))
    assert org.chart.selected_unit() == eiendom.id
    assert org.form.name.text() == "Eiendom"
    # A click on IKT's box in the chart selects IKT in the tree.
    box = org.chart.items_by_id[_unit(demo_db, "IKT").id]
    org.chart.centerOn(box)
    point = org.chart.mapFromScene(box.sceneBoundingRect().center())
    qtbot.mouseClick(org.chart.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert org.model.unit_row(org.tree.currentIndex()).name == "IKT"
    assert org.form.name.text() == "IKT"


def test_edit_name_and_fte_in_the_form_is_saved_and_undoable(qtbot, window, org, demo_db) -> None:  # type: ignore[no-untyped-def]
    unit = _unit(demo_db, "Eiendom")
    org.select_unit(unit.id, source="test")
    org.form.name.setText("Eiendom og bygg")
    org.form.name.editingFinished.emit()
    assert _unit(demo_db, "Eiendom og bygg").id == unit.id
    org.form.fte.setValue(40.5)
    org.form.fte.editingFinished.emit()
    assert float(_unit(demo_db, "Eiendom og bygg").fte) == 40.5
    window.undo_stack.undo()
    window.undo_stack.undo()
    assert _unit(demo_db, "Eiendom").fte == unit.fte


def test_appoint_a_new_leader_to_a_vacant_unit(qtbot, org, demo_db, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    unit = _unit(demo_db, "Psykisk helse og rus")

    def fill(dialog: AppointDialog) -> int:
        dialog.person.setCurrentIndex(0)  # «Ny person …»
        dialog.given.setText("Kari")
        dialog.family.setText("Nordmann")
        dialog.start.setDate(dialog.start.date().addDays(-1))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(AppointDialog, "exec", fill)
    org.select_unit(unit.id, source="test")
    qtbot.mouseClick(org.form.new_leader, Qt.MouseButton.LeftButton)
    with demo_db.session() as s:
        leaders = s.scalars(select(Position).where(Position.unit_id == unit.id,
                                                   Position.role == PositionRole.LEADER,
                                                   Position.end_date.is_(None))).all()
        assert [p.person.full_name for p in leaders] == ["Kari Nordmann"]
    assert org.rows[unit.id].leader == "Kari Nordmann"
    assert org.form.positions.item(0, 0).text() == "Kari Nordmann"


def test_scenario_compare_make_current_and_view_by_date(qtbot, org, demo_db, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # 1. A scenario copied from the current organisation.
    def name_it(dialog: ScenarioDialog) -> int:
        dialog.name.setText("Alternativ 1")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ScenarioDialog, "exec", name_it)
    qtbot.mouseClick(org.new_scenario, Qt.MouseButton.LeftButton)
    assert org.version_status == "scenario"
    assert "Alternativ 1" in org.version_box.currentText()
    # 2. Edit it: rename a unit; the current organisation is untouched.
    scenario_unit = _unit(demo_db, "Eiendom", OrgVersionStatus.SCENARIO)
    org.select_unit(scenario_unit.id, source="test")
    org.form.name.setText("Eiendomsforvaltning")
    org.form.name.editingFinished.emit()
    assert _unit(demo_db, "Eiendom").name == "Eiendom"
    demo_db.run(units.delete_unit, _unit(demo_db, "Åsen barnehage", OrgVersionStatus.SCENARIO).id)
    # 3. Compare the scenario with the current organisation.
    shown = {}

    def look(dialog: CompareDialog) -> int:
        shown["tabs"] = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
        renamed = dialog.tabs.widget(4)
        shown["renamed"] = (renamed.item(0, 0).text(), renamed.item(0, 1).text())
        shown["title"] = dialog.windowTitle()
        removed, added = dialog.tabs.widget(2), dialog.tabs.widget(1)
        shown["removed"] = [removed.item(r, 0).text() for r in range(removed.rowCount())]
        shown["added"] = added.rowCount()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(CompareDialog, "exec", look)
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: (a[3][0], True))
    qtbot.mouseClick(org.compare, Qt.MouseButton.LeftButton)
    # From today's organisation to the scenario shown: the old name first (it was the other way round).
    assert shown["renamed"] == ("Eiendom", "Eiendomsforvaltning")
    assert shown["removed"] == ["Åsen barnehage"] and shown["added"] == 0  # deleted in the scenario: removed
    assert "Nytt navn (1)" in shown["tabs"] and shown["title"] == (
        "Sammenligning fra «Gjeldende organisasjon» til «Alternativ 1»")
    # 4. Make the scenario current from a date; the old one becomes history.
    effective = date(DEMO_TODAY.year + 1, 1, 1)

    def pick_date(dialog: DateDialog) -> int:
        dialog.date.setDate(dialog.date.date().__class__(effective.year, effective.month, effective.day))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(DateDialog, "exec", pick_date)
    qtbot.mouseClick(org.make_current, Qt.MouseButton.LeftButton)
    with demo_db.session() as s:
        statuses = {v.name: (v.status.value, v.effective_from, v.effective_to) for v in s.scalars(select(OrgVersion))}
    assert statuses["Alternativ 1"][:2] == ("current", effective)
    assert statuses["Gjeldende organisasjon"][0] == "historical"
    # 5. View the organisation as it was before the change: the old version and names.
    org.date_edit.setDate(org.date_edit.date().__class__(DEMO_TODAY.year, 6, 1))
    assert "Gjeldende organisasjon" in org.version_box.currentText()
    assert "Eiendom" in {r.name for r in org.rows.values()}
    assert not org.editable and not org.model.flags(org.model.index_of(next(iter(org.rows)))) & \
        Qt.ItemFlag.ItemIsDragEnabled
    org.date_edit.setDate(org.date_edit.date().__class__(effective.year, 2, 1))
    assert "Eiendomsforvaltning" in {r.name for r in org.rows.values()}


def test_search_finds_and_centres_a_unit(qtbot, org, demo_db) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(org, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert org.search.hasFocus() or org.search.selectedText() == org.search.text()
    qtbot.keyClicks(org.search, "bibliotek")
    qtbot.keyClick(org.search, Qt.Key.Key_Return)
    assert org.chart.selected_unit() == _unit(demo_db, "Lindvik bibliotek").id


def test_checks_list_names_the_vacant_unit(org) -> None:  # type: ignore[no-untyped-def]
    texts = [org.checks.item(i).text() for i in range(org.checks.count())]
    assert any("Psykisk helse og rus" in t for t in texts)
    assert org.left.tabText(1).startswith("Kontroller (")


def test_collapse_hides_a_subtree_in_the_chart(org, demo_db) -> None:  # type: ignore[no-untyped-def]
    root = _unit(demo_db, "Rådmannen")
    before = len(org.chart.items_by_id)
    org.toggle_collapsed(root.id)
    assert len(org.chart.items_by_id) == 1
    org.toggle_collapsed(root.id)
    assert len(org.chart.items_by_id) == before


def test_people_dialog_edits_a_person_and_undo_restores(qtbot, window, org, demo_db) -> None:  # type: ignore[no-untyped-def]
    from db.models import Person
    from ui.org.people_dialog import PeopleDialog

    dialog = PeopleDialog(org.store, org.push, org)
    qtbot.addWidget(dialog)
    row = next(r for r in range(dialog.table.rowCount()) if dialog.table.item(r, 1).text() == "Tveit")
    dialog.table.item(row, 2).setText("Enhetsleder kommunalteknikk")
    with demo_db.session() as s:
        person = s.scalars(select(Person).where(Person.family_name == "Tveit")).one()
        assert person.title == "Enhetsleder kommunalteknikk"
    window.undo_stack.undo()
    with demo_db.session() as s:
        assert s.get(Person, person.id).title != "Enhetsleder kommunalteknikk"


def test_move_a_leader_to_another_unit(qtbot, org, demo_db, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from ui.org.dialogs import MoveLeaderDialog

    source, target = _unit(demo_db, "Eiendom"), _unit(demo_db, "Psykisk helse og rus")
    leader = org.rows[source.id].leader

    def choose(dialog: MoveLeaderDialog) -> int:
        dialog.unit.setCurrentIndex(dialog.unit.findData(str(target.id)))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(MoveLeaderDialog, "exec", choose)
    org.select_unit(source.id, source="test")
    active = next(i for i in range(org.form.positions.rowCount()) if org.form.positions.item(i, 3).text() == "")
    org.form.positions.selectRow(active)
    qtbot.mouseClick(org.form.move_leader, Qt.MouseButton.LeftButton)
    assert org.rows[target.id].leader == leader
    assert org.rows[source.id].leader is None  # from today the old unit is vacant


def test_thresholds_change_what_the_checks_report(qtbot, org, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from ui.org.dialogs import ThresholdsDialog

    def loosen(dialog: ThresholdsDialog) -> int:
        dialog.spins["staff_max"].setValue(500)
        return QDialog.DialogCode.Accepted

    before = org.checks.count()
    monkeypatch.setattr(ThresholdsDialog, "exec", loosen)
    qtbot.mouseClick(org.thresholds_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: org.checks.count() < before)
    texts = [org.checks.item(i).text() for i in range(org.checks.count())]
    assert not any("anbefalt 15–30" in t for t in texts)  # the old limit is gone from every message
