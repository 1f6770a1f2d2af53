"""Walk at 1366×768 (Oppfølging): the month a new leader starts, the note said «Enheten har ingen
avtale med mål for denne perioden» while the unit had a signed result agreement with three goals
(the predecessor's, which is not followed up with the new leader). The note now says whose
agreement is missing. A new action point's deadline starts two weeks after the meeting, not two
weeks after whatever note was opened first (January's note offered a deadline in December)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from app.org import people
from app.org.queries import current_version
from db.models import Unit
from tests.conftest import DEMO_TODAY

UNIT = "Psykisk helse og rus"


@pytest.fixture
def page(window):  # type: ignore[no-untyped-def]
    window.show_page("oppfolging")
    return window.page_widgets["oppfolging"]


def _open(qtbot, page, year: int, month: int, unit: str = UNIT):  # type: ignore[no-untyped-def]
    from ui.followup.grid import FIXED_COLUMNS

    page.year.setValue(year)
    row = next(i for i, r in enumerate(page.model.rows) if not isinstance(r, str) and r.unit == unit)
    index = page.model.index(row, FIXED_COLUMNS + month - 1)
    page.table.setCurrentIndex(index)
    page.table.doubleClicked.emit(index)
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.editor
                    and (page.editor.note.year, page.editor.note.month) == (year, month))
    return page.editor


def _appoint_kari(session, start: date, unit_name: str = UNIT) -> None:  # type: ignore[no-untyped-def]
    version = current_version(session)
    unit = session.scalars(select(Unit).where(Unit.org_version_id == version.id, Unit.name == unit_name)).one()
    person = people.add_person(session, given_name="Kari", family_name="Nordmann", title="Enhetsleder")
    people.appoint(session, unit_id=unit.id, person_id=person.id, role="leader", start=start)


def test_a_new_leaders_note_says_whose_agreement_has_no_goals(qtbot, window, page, demo_db) -> None:  # type: ignore[no-untyped-def]
    november = _open(qtbot, page, 2026, 11)
    assert november.note.goals  # the unit's result agreement for the year has goals
    demo_db.run(_appoint_kari, date(2026, 12, 1))

    _open(qtbot, page, 2026, 11)
    december = _open(qtbot, page, 2026, 12)
    assert december.note.leader.name == "Kari Nordmann" and not december.note.goals
    text = december.no_goals.text()
    assert text.startswith("Kari Nordmann har ingen avtale med mål som gjelder denne måneden.")
    assert "Enheten har ingen avtale" not in text  # the unit has one: the predecessor's


def test_a_new_points_deadline_is_after_the_meeting(qtbot, window, page) -> None:  # type: ignore[no-untyped-def]
    november = _open(qtbot, page, DEMO_TODAY.year, 11)
    first = november.new_due.date().toPython()
    assert first >= DEMO_TODAY + timedelta(days=14)
    january = _open(qtbot, page, DEMO_TODAY.year + 1, 1)
    meeting_day = january.note.meeting_date or date(DEMO_TODAY.year + 1, 1, 1)
    assert january.new_due.date().toPython() == meeting_day + timedelta(days=14)


def test_a_point_carried_from_the_old_leader_can_be_given_to_the_new_one(qtbot, window, page, demo_db) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QComboBox

    from app.followup import meetings

    school = "Brekka skole"  # has a leader in November (Psykisk helse og rus is vacant then)
    november = _open(qtbot, page, 2026, 11, school)
    old_leader = november.note.leader
    demo_db.run(meetings.add_action_item, november.note.id, "Gå gjennom ventelisten", owner_id=old_leader.id,
                due_date=date(2026, 12, 20))
    demo_db.run(_appoint_kari, date(2026, 12, 1), school)
    december = _open(qtbot, page, 2026, 12, school)
    carried = [i for i in december.note.items if i.carried and i.live and i.owner == old_leader.name]
    assert carried, "November's open point is carried to December"
    item = carried[0]
    row = next(r for r in range(december.items.rowCount()) if december.items.item(r, 1).text() == item.text)
    combo = december.items.cellWidget(row, 2)
    assert isinstance(combo, QComboBox)
    assert combo.currentText() == f"{item.owner} (ikke med på møtet)"
    assert [combo.itemText(i) for i in range(combo.count())][:3] == [
        "(ingen)", "Kari Nordmann", december.note.superior.name]

    combo.setCurrentIndex(combo.findText("Kari Nordmann"))
    combo.activated.emit(combo.currentIndex())
    owner = lambda: next(i for i in demo_db.run(meetings.meeting_note, december.note.id).items  # noqa: E731
                         if i.id == item.id).owner
    qtbot.waitUntil(lambda: owner() == "Kari Nordmann")
    window.undo_stack.undo()
    assert owner() == item.owner
