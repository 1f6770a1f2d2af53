"""A leader change reaches follow-up: a note names who held the positions on the meeting's day,
an approved note keeps the names it was approved with, and the monthly summary credits a
meeting to the leader who attended it."""

from __future__ import annotations

import io
import uuid
from datetime import date

from pypdf import PdfReader
from sqlalchemy import select

from app.followup import meetings as m
from app.followup.listing import year_grid
from app.followup.render import render_meeting_pdf
from app.followup.summary import monthly_summary, tertial_report
from app.org import people
from app.org.queries import current_version
from app.storage.database import Database
from db.models import Meeting, Person, Unit
from tests.conftest import DEMO_TODAY

UNIT = "Brekka skole"
CHANGE = date(2026, 12, 7)
MEETING_DAY = date(2026, 12, 8)


def _lineage(db: Database) -> uuid.UUID:
    return next(r.unit_lineage_id for r in db.run(year_grid, 2026, DEMO_TODAY) if r.unit == UNIT)


def _new_leader(db: Database, given: str, family: str, start: date) -> None:
    def change(session):  # type: ignore[no-untyped-def]
        version = current_version(session)
        unit = session.scalars(select(Unit).where(Unit.org_version_id == version.id, Unit.name == UNIT)).one()
        person = people.add_person(session, given_name=given, family_name=family, title="Rektor")
        people.appoint(session, unit_id=unit.id, person_id=person.id, role="leader", start=start, title="Rektor")
    db.run(change)


def _stored(db: Database, meeting_id: uuid.UUID) -> tuple[str, str]:
    with db.session() as session:
        meeting = session.get(Meeting, meeting_id)
        assert meeting is not None
        leader = session.get(Person, meeting.leader_id) if meeting.leader_id else None
        superior = session.get(Person, meeting.superior_id) if meeting.superior_id else None
        return m.full_name(leader), m.full_name(superior)


def _pdf_text(db: Database, meeting_id: uuid.UUID) -> str:
    note = db.run(m.meeting_note, meeting_id)
    data = render_meeting_pdf(note)
    return " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(io.BytesIO(data)).pages)


def test_a_new_leader_from_the_7th_is_in_decembers_note_and_not_in_novembers(demo_db: Database) -> None:
    lineage = _lineage(demo_db)
    november = demo_db.run(m.open_meeting, lineage, 2026, 11, DEMO_TODAY)
    old_leader, superior = _stored(demo_db, november)
    assert old_leader and superior
    # The December note was planned on the 1st, for the 8th, before the new leader was registered.
    december = demo_db.run(m.open_meeting, lineage, 2026, 12, date(2026, 12, 1))
    demo_db.run(m.set_details, december, meeting_date=MEETING_DAY)
    assert _stored(demo_db, december) == (old_leader, superior)
    _new_leader(demo_db, "Nora", "Nyland", CHANGE)

    demo_db.run(m.open_meeting, lineage, 2026, 12, MEETING_DAY)
    assert _stored(demo_db, december) == ("Nora Nyland", superior)  # read from the database
    note = demo_db.run(m.meeting_note, december)
    assert note.leader is not None and note.leader.name == "Nora Nyland"
    # The editor offers the note's participants as owners of a new action item.
    assert [p.name for p in (note.leader, note.superior) if p] == ["Nora Nyland", superior]
    text = _pdf_text(demo_db, december)
    head = text.split("Dagsorden")[0]  # the participants (carried items keep their owners further down)
    assert "Leder Nora Nyland" in head and old_leader not in head
    assert "Ikke godkjent av Nora Nyland" in text

    # November's meeting was held with the old leader, and its note and the summary say so.
    assert _stored(demo_db, november)[0] == old_leader
    assert demo_db.run(m.meeting_note, november).leader.name == old_leader  # type: ignore[union-attr]
    summary = demo_db.run(monthly_summary, 2026, 11, MEETING_DAY)
    row = next(r for r in summary.rows if r.unit == UNIT)
    assert row.meeting_id == november and row.leader == old_leader
    december_summary = demo_db.run(monthly_summary, 2026, 12, MEETING_DAY)
    assert next(r for r in december_summary.rows if r.unit == UNIT).leader == "Nora Nyland"


def test_an_approved_note_keeps_the_names_it_was_approved_with(demo_db: Database) -> None:
    lineage = _lineage(demo_db)
    _new_leader(demo_db, "Nora", "Nyland", CHANGE)
    december = demo_db.run(m.open_meeting, lineage, 2026, 12, MEETING_DAY)
    demo_db.run(m.set_details, december, status="held")
    demo_db.run(m.approve, december, "leader", MEETING_DAY)
    # Afterwards the register is changed back in time: someone else leads from the 7th.
    def replace(session):  # type: ignore[no-untyped-def]
        version = current_version(session)
        unit = session.scalars(select(Unit).where(Unit.org_version_id == version.id, Unit.name == UNIT)).one()
        person = people.add_person(session, given_name="Petter", family_name="Paulsen")
        nora = session.scalars(select(Person).where(Person.family_name == "Nyland")).one()
        position = next(p for p in unit.positions if p.person_id == nora.id)
        session.delete(position)
        session.flush()
        people.appoint(session, unit_id=unit.id, person_id=person.id, role="leader", start=CHANGE)
    demo_db.run(replace)
    demo_db.run(m.open_meeting, lineage, 2026, 12, MEETING_DAY)
    assert _stored(demo_db, december)[0] == "Nora Nyland"
    note = demo_db.run(m.meeting_note, december)
    assert note.leader is not None and note.leader.name == "Nora Nyland"
    text = _pdf_text(demo_db, december)
    assert "Godkjent av Nora Nyland" in text and "Petter Paulsen" not in text
    # The tertial report names who the tertial's meetings were held with, in order.
    old_leader = demo_db.run(m.meeting_note, demo_db.run(m.open_meeting, lineage, 2026, 11, DEMO_TODAY)).leader
    assert old_leader is not None
    third = next(r for r in demo_db.run(tertial_report, 2026, 3, MEETING_DAY).rows if r.unit == UNIT)
    assert third.leader == f"{old_leader.name} / Nora Nyland"
    second = next(r for r in demo_db.run(tertial_report, 2026, 2, MEETING_DAY).rows if r.unit == UNIT)
    # (the demo's Brekka skole got its previous new leader from 1 August: both are named, in order)
    assert second.leader.endswith(f" / {old_leader.name}") and "Nora" not in second.leader


def test_the_december_note_follows_up_the_new_leaders_goals_not_the_predecessors(demo_db: Database) -> None:
    """Walk at 1366×768: Brekka skole's December note listed the goals of Lars Karlsen's agreement
    (still running) beside the new leader's. The goals come from the agreements of the leader who
    holds the position on the meeting's day."""
    from app.agreements import lifecycle
    from app.agreements.goals import add_goal
    from app.agreements.rules import categories
    from tests.app.agreements.test_leader_agreement_link import RESULT, _template

    lineage = _lineage(demo_db)
    november = demo_db.run(m.open_meeting, lineage, 2026, 11, DEMO_TODAY)
    before = demo_db.run(m.meeting_note, november)
    _new_leader(demo_db, "Nora", "Nyland", CHANGE)

    def new_agreement(session):  # type: ignore[no-untyped-def]
        version = current_version(session)
        unit = session.scalars(select(Unit).where(Unit.org_version_id == version.id, Unit.name == UNIT)).one()
        agreement = lifecycle.create_agreement(session, template_id=_template(session, RESULT), unit_id=unit.id,
                                               period_start=CHANGE, period_end=date(2027, 7, 31), on=CHANGE)
        category = categories(agreement.template.definition)[0]["key"]
        add_goal(session, agreement.id, category=category, text="Leseløftet for 5. trinn")
        return agreement.id, agreement.title, agreement.leader_id

    _agreement_id, title, leader_id = demo_db.run(new_agreement)
    december = demo_db.run(m.open_meeting, lineage, 2026, 12, MEETING_DAY)
    demo_db.run(m.set_details, december, meeting_date=MEETING_DAY)
    note = demo_db.run(m.meeting_note, december)
    assert note.leader is not None and note.leader.name == "Nora Nyland"
    assert note.agreements == [title]
    assert [g.text for g in note.goals] == ["Leseløftet for 5. trinn"]
    with demo_db.session() as session:
        assert leader_id == session.scalars(select(Person.id).where(Person.family_name == "Nyland")).one()
    # November (held with the leader of that day) still shows that leader's agreements, as before.
    again = demo_db.run(m.meeting_note, november)
    assert again.agreements == before.agreements
    assert [g.text for g in again.goals] == [g.text for g in before.goals]
