"""People and positions headless (app.org.people): every edit is checked in the database and undone exactly."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from app.org import people
from app.org.queries import current_version, unit_rows
from app.org.units import OrgError
from app.storage.database import Database
from db.models import Person, Position, PositionRole
from tests.app.org.helpers import TODAY, leader_position, unit


def test_add_update_and_list_people(demo_db: Database) -> None:
    with demo_db.session() as s:
        person = people.add_person(s, given_name=" Kari ", family_name="Østby", title="Rektor",
                                   email="kari.ostby@lindvik.kommune.no", username="kost")
        person_id = person.id
        with pytest.raises(OrgError, match="Brukernavnet «kost» brukes allerede av Kari Østby"):
            people.add_person(s, given_name="Kari", family_name="Annen", username="kost")
        with pytest.raises(OrgError, match="E-postadressen «kari» ser ikke riktig ut"):
            people.update_person(s, person_id, email="kari")
        with pytest.raises(OrgError, match="Etternavn må fylles ut"):
            people.add_person(s, given_name="Kari", family_name="")
    with demo_db.session() as s:
        old = people.update_person(s, person_id, title="Konstituert rektor", phone="12345678")
        assert old == {"title": "Rektor", "phone": ""}
        people.appoint(s, unit_id=unit(s, "Brekka skole").id, person_id=person_id, role="leader",
                       start=date(2026, 11, 1))
    with demo_db.session() as s:
        rows = people.list_people(s, on=TODAY)
        row = next(r for r in rows if r.id == person_id)
        assert (row.full_name, row.title, row.positions) == ("Kari Østby", "Konstituert rektor", "Leder, Brekka skole")
        families = [r.full_name.split()[-1] for r in rows]
        assert families.index("Østby") > families.index("Berg")  # ø sorts after the plain letters
        people.update_person(s, person_id, **old)
        assert s.get(Person, person_id).title == "Rektor"


def test_appoint_ends_the_previous_leader_and_undo_restores_it(demo_db: Database) -> None:
    start = date(2027, 1, 1)
    with demo_db.session() as s:
        previous = leader_position(s, "Brekka skole")
        previous_id, previous_end = previous.id, previous.end_date
        person = people.add_person(s, given_name="Nils", family_name="Nytt")
        result = people.appoint(s, unit_id=unit(s, "Brekka skole").id, person_id=person.id, role="leader",
                                start=start)
        assert result.ended == [(previous_id, previous_end)]
    with demo_db.session() as s:
        assert s.get(Position, previous_id).end_date == date(2026, 12, 31)
        new = s.get(Position, result.position_id)
        assert (new.person.full_name, new.start_date, new.end_date) == ("Nils Nytt", start, None)
        row = next(r for r in unit_rows(s, current_version(s).id, start) if r.name == "Brekka skole")
        assert row.leader == "Nils Nytt"
        people.undo_appoint(s, result)
    with demo_db.session() as s:
        assert s.get(Position, result.position_id) is None
        assert s.get(Position, previous_id).end_date is None


def test_appointing_a_leader_ends_the_acting_leader(demo_db: Database) -> None:
    with demo_db.session() as s:
        u = unit(s, "Haugtun barnehage")
        acting = next(p for p in s.scalars(select(Position).where(Position.unit_id == u.id))
                      if p.role == PositionRole.ACTING_LEADER)
        acting_end = acting.end_date
        person = people.add_person(s, given_name="Siri", family_name="Styrer")
        result = people.appoint(s, unit_id=u.id, person_id=person.id, role="leader", start=date(2026, 12, 1))
        assert (acting.id, acting_end) in result.ended
        assert acting.end_date == date(2026, 11, 30)
        row = next(r for r in unit_rows(s, u.org_version_id, date(2026, 12, 1)) if r.name == "Haugtun barnehage")
        assert (row.leader, row.acting_leader) == ("Siri Styrer", None)
        people.undo_appoint(s, result)
        assert acting.end_date == acting_end


def test_appoint_refuses_what_a_user_must_correct(demo_db: Database) -> None:
    with demo_db.session() as s:
        brekka = unit(s, "Brekka skole")
        current = leader_position(s, "Brekka skole")
        person = people.add_person(s, given_name="Per", family_name="Prøve")
        with pytest.raises(OrgError, match=r"«Brekka skole» har allerede leder fra 01\.08\.2026"):
            people.appoint(s, unit_id=brekka.id, person_id=person.id, role="leader", start=current.start_date)
        with pytest.raises(OrgError, match="hører til ledergruppen"):
            people.appoint(s, unit_id=brekka.id, person_id=person.id, role="follow_up_lead", start=TODAY)
        with pytest.raises(OrgError, match=r"Sluttdatoen 01\.01\.2026 er før startdatoen"):
            people.appoint(s, unit_id=brekka.id, person_id=person.id, role="leader", start=TODAY,
                           end=date(2026, 1, 1))
        with pytest.raises(OrgError, match="ikke en kjent rolle"):
            people.appoint(s, unit_id=brekka.id, person_id=person.id, role="sjef", start=TODAY)
        team = unit(s, "Rådmannens ledergruppe")
        result = people.appoint(s, unit_id=team.id, person_id=person.id, role="follow_up_lead", start=TODAY)
        with pytest.raises(OrgError, match="Per Prøve er allerede kommunalsjef"):
            people.appoint(s, unit_id=team.id, person_id=person.id, role="follow_up_lead", start=TODAY)
        assert result.ended == []  # several kommunalsjefer at once: nobody is ended


def test_end_position_and_undo(demo_db: Database) -> None:
    with demo_db.session() as s:
        position = leader_position(s, "Tusenfryd barnehage")
        old = people.end_position(s, position.id, date(2026, 12, 31))
        assert old is None
        with pytest.raises(OrgError, match="sluttdatoen kan ikke være før det"):
            people.end_position(s, position.id, position.start_date - timedelta(days=1))
    with demo_db.session() as s:
        assert s.get(Position, position.id).end_date == date(2026, 12, 31)
        assert people.end_position(s, position.id, old) == date(2026, 12, 31)
    with demo_db.session() as s:
        assert s.get(Position, position.id).end_date is None


def test_move_leader_to_another_unit_and_undo(demo_db: Database) -> None:
    on = date(2027, 1, 1)
    with demo_db.session() as s:
        source = leader_position(s, "Tusenfryd barnehage")
        target_previous = leader_position(s, "Åsen barnehage")
        person_id = source.person_id
        result = people.move_leader(s, person_id=person_id, from_unit_id=unit(s, "Tusenfryd barnehage").id,
                                    to_unit_id=unit(s, "Åsen barnehage").id, on=on)
    with demo_db.session() as s:
        rows = {r.name: r for r in unit_rows(s, current_version(s).id, on)}
        name = s.get(Person, person_id).full_name
        assert rows["Åsen barnehage"].leader == name
        assert rows["Tusenfryd barnehage"].leader is None
        assert s.get(Position, target_previous.id).end_date == date(2026, 12, 31)
        people.undo_move_leader(s, result)
    with demo_db.session() as s:
        rows = {r.name: r for r in unit_rows(s, current_version(s).id, on)}
        assert rows["Tusenfryd barnehage"].leader == name
        assert rows["Åsen barnehage"].leader != name and rows["Åsen barnehage"].leader is not None
        assert s.get(Position, target_previous.id).end_date is None
        with pytest.raises(OrgError, match="er ikke leder for «Åsen barnehage»"):
            people.move_leader(s, person_id=person_id, from_unit_id=unit(s, "Åsen barnehage").id,
                               to_unit_id=unit(s, "Vestre barnehage").id, on=on)


def test_delete_person_only_without_positions(demo_db) -> None:  # type: ignore[no-untyped-def]
    from app.org import people, units
    from db.models import Person

    with demo_db.session() as s:
        new_id = people.add_person(s, given_name="Per", family_name="Person").id
    with demo_db.session() as s:
        people.delete_person(s, new_id)
    with demo_db.session() as s:
        assert s.get(Person, new_id) is None
        leader = s.scalars(select(Person).join(Position, Position.person_id == Person.id)).first()
        with pytest.raises(units.OrgError, match="kan ikke slettes"):
            people.delete_person(s, leader.id)

