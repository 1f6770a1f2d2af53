"""A leader change seen in the note editor: participants and the owner choices follow who held
the position in the meeting's month."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from app.org import people
from app.org.queries import current_version
from db.models import Unit

UNIT = "Brekka skole"


@pytest.fixture
def page(window):  # type: ignore[no-untyped-def]
    window.show_page("oppfolging")
    return window.page_widgets["oppfolging"]


def _open(qtbot, page, month: int):  # type: ignore[no-untyped-def]
    from ui.followup.grid import FIXED_COLUMNS

    row = next(i for i, r in enumerate(page.model.rows) if not isinstance(r, str) and r.unit == UNIT)
    index = page.model.index(row, FIXED_COLUMNS + month - 1)
    page.table.setCurrentIndex(index)
    page.table.doubleClicked.emit(index)
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.editor and page.editor.note.month == month)
    return page.editor


def test_the_editor_offers_the_leader_of_the_meetings_month(qtbot, window, page, demo_db) -> None:  # type: ignore[no-untyped-def]
    old = _open(qtbot, page, 11).note.leader.name
    planned = _open(qtbot, page, 12)  # December's note is made before the new leader is registered
    assert planned.note.leader.name == old

    def change(session):  # type: ignore[no-untyped-def]
        version = current_version(session)
        unit = session.scalars(select(Unit).where(Unit.org_version_id == version.id, Unit.name == UNIT)).one()
        person = people.add_person(session, given_name="Nora", family_name="Nyland", title="Rektor")
        people.appoint(session, unit_id=unit.id, person_id=person.id, role="leader", start=date(2026, 12, 7))
    demo_db.run(change)

    _open(qtbot, page, 11)
    december = _open(qtbot, page, 12)
    owners = [december.new_owner.itemText(i) for i in range(december.new_owner.count())]
    assert "Nora Nyland" in owners and old not in owners
    assert "Nora Nyland (leder)" in december.participants.text() and old not in december.participants.text()
    november = _open(qtbot, page, 11)
    assert f"{old} (leder)" in november.participants.text()
    assert old in [november.new_owner.itemText(i) for i in range(november.new_owner.count())]
