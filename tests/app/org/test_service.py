"""Editing the organisation headless: every edit is checked in the database and undone exactly."""

from __future__ import annotations

import uuid
from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.org import links as org_links
from app.org import people, units
from app.org.queries import current_version, unit_rows
from app.org.units import OrgError
from app.storage.database import Database
from db.models import (
    Agreement,
    FollowUpLink,
    Meeting,
    Network,
    NetworkMembership,
    OrgVersion,
    OrgVersionStatus,
    Person,
    Position,
    PositionRole,
    Unit,
    UnitAnsvar,
    UnitKind,
)
from tests.conftest import DEMO_TODAY

TODAY = DEMO_TODAY


def unit(session: Session, name: str) -> Unit:
    version = current_version(session)
    return session.scalars(select(Unit).where(Unit.org_version_id == version.id, Unit.name == name)).one()


def child_names(session: Session, parent_name: str | None) -> list[str]:
    """Children in the order the tree and the chart show them (unit_rows: sort order, then name)."""
    version = current_version(session)
    rows = unit_rows(session, version.id, TODAY)
    parent_id = None if parent_name is None else next(r.id for r in rows if r.name == parent_name)
    return [r.name for r in rows if r.parent_id == parent_id]


def leader_position(session: Session, unit_name: str, on: date = TODAY) -> Position:
    u = unit(session, unit_name)
    return next(p for p in session.scalars(select(Position).where(Position.unit_id == u.id))
                if p.role == PositionRole.LEADER and p.start_date <= on and (p.end_date is None or p.end_date >= on))


def person_named(session: Session, full_name: str) -> Person:
    return next(p for p in session.scalars(select(Person)) if p.full_name == full_name)


def lead_of(session: Session, unit_name: str) -> Person:
    version = current_version(session)
    row = next(r for r in unit_rows(session, version.id, TODAY) if r.name == unit_name)
    return person_named(session, row.follow_up_lead)


# --- units ------------------------------------------------------------------------------------


def test_add_unit_at_a_position_renumbers_siblings_and_gets_a_unique_code(demo_db: Database) -> None:
    with demo_db.session() as s:
        before = child_names(s, "Rådmannen")
        version_id = current_version(s).id
        root = unit(s, "Rådmannen")
        new = units.add_unit(s, version_id=version_id, parent_id=root.id, name="  Vollan skole ",
                             kind="result_unit", position=2)
        new_id, lineage = new.id, new.lineage_id
        codes = list(s.scalars(select(Unit.code).where(Unit.org_version_id == version_id)))
    with demo_db.session() as s:
        after = child_names(s, "Rådmannen")
        assert after == [*before[:2], "Vollan skole", *before[2:]]
        added = s.get(Unit, new_id)
        assert added.kind == UnitKind.RESULT_UNIT and added.code == "5301"  # one past the highest code
        assert codes.count(added.code) == 1
        assert lineage not in set(s.scalars(select(Unit.lineage_id).where(Unit.id != new_id)))
        orders = [u.sort_order for u in s.scalars(select(Unit).where(Unit.parent_id == added.parent_id)
                                                  .order_by(Unit.sort_order))]
        assert orders == list(range(len(after)))
        # Without a position the unit goes last; a given code is kept as text.
        last = units.add_unit(s, version_id=version_id, parent_id=root.id, name="Skole B", kind="result_unit",
                              code="0042")
        assert last.code == "0042" and child_names(s, "Rådmannen")[-1] == "Skole B"


def test_add_unit_refuses_an_empty_name_a_taken_code_and_an_unknown_kind(demo_db: Database) -> None:
    with demo_db.session() as s:
        version_id = current_version(s).id
        root_id = unit(s, "Rådmannen").id
        with pytest.raises(OrgError, match="Navnet på enheten må fylles ut"):
            units.add_unit(s, version_id=version_id, parent_id=root_id, name="  ", kind="result_unit")
        with pytest.raises(OrgError, match="«2100» brukes allerede av «Lindvik ungdomsskole»"):
            units.add_unit(s, version_id=version_id, parent_id=root_id, name="X", kind="result_unit", code="2100")
        with pytest.raises(OrgError, match="ikke en kjent enhetstype"):
            units.add_unit(s, version_id=version_id, parent_id=root_id, name="X", kind="avdeling")


def test_move_unit_and_move_back_restores_both_sibling_lists(demo_db: Database) -> None:
    with demo_db.session() as s:
        top_before = child_names(s, "Rådmannen")
        school = unit(s, "Lindvik ungdomsskole")
        brekka = unit(s, "Brekka skole")
        units.add_unit(s, version_id=school.org_version_id, parent_id=school.id, name="Avdeling A",
                       kind="result_unit")
        units.add_unit(s, version_id=school.org_version_id, parent_id=school.id, name="Avdeling B",
                       kind="result_unit")
        old = units.move_unit(s, brekka.id, school.id, 1)
        assert old == (unit(s, "Rådmannen").id, top_before.index("Brekka skole"))
    with demo_db.session() as s:
        assert child_names(s, "Lindvik ungdomsskole") == ["Avdeling A", "Brekka skole", "Avdeling B"]
        assert "Brekka skole" not in child_names(s, "Rådmannen")
        units.move_unit(s, unit(s, "Brekka skole").id, *old)
    with demo_db.session() as s:
        assert child_names(s, "Rådmannen") == top_before
        assert child_names(s, "Lindvik ungdomsskole") == ["Avdeling A", "Avdeling B"]


def test_reorder_within_the_same_parent_and_undo(demo_db: Database) -> None:
    with demo_db.session() as s:
        before = child_names(s, "Rådmannen")
        old = units.move_unit(s, unit(s, "Kulturtjenesten").id, unit(s, "Rådmannen").id, 0)
        assert child_names(s, "Rådmannen")[0] == "Kulturtjenesten"
        units.move_unit(s, unit(s, "Kulturtjenesten").id, *old)
        assert child_names(s, "Rådmannen") == before


def test_move_unit_refuses_its_own_subtree_and_another_version(demo_db: Database) -> None:
    with demo_db.session() as s:
        school = unit(s, "Lindvik ungdomsskole")
        child = units.add_unit(s, version_id=school.org_version_id, parent_id=school.id, name="Avdeling A",
                               kind="result_unit")
        with pytest.raises(OrgError, match="Kan ikke flytte Lindvik ungdomsskole under en av sine egne underenheter"):
            units.move_unit(s, school.id, child.id, 0)
        with pytest.raises(OrgError, match="under seg selv"):
            units.move_unit(s, school.id, school.id, 0)
        other = OrgVersion(municipality_id=current_version(s).municipality_id, name="Annen",
                           status=OrgVersionStatus.SCENARIO)
        s.add(other)
        s.flush()
        foreign = units.add_unit(s, version_id=other.id, parent_id=None, name="Fremmed", kind="administration")
        with pytest.raises(OrgError, match="annen organisasjonsversjon"):
            units.move_unit(s, school.id, foreign.id, 0)
        assert s.get(Unit, school.id).parent_id == unit(s, "Rådmannen").id


def test_update_unit_returns_old_values_that_undo_the_edit(demo_db: Database) -> None:
    fields = ("name", "short_name", "kind", "fte", "staff_count", "area_of_work", "services", "is_external",
              "year_type", "code")
    with demo_db.session() as s:
        u = unit(s, "Brekka skole")
        unit_id = u.id
        original = {f: getattr(u, f) for f in fields}
        old = units.update_unit(s, unit_id, name="Brekka barneskole", fte="21,5", staff_count=30,
                                services=["Undervisning", " ", "SFO"], kind="sector", is_external=True,
                                year_type="calendar", code="2131", short_name="Brekka b.", area_of_work="Ny tekst")
        assert old == original
    with demo_db.session() as s:
        u = s.get(Unit, unit_id)
        assert (u.name, u.fte, u.staff_count, u.services, u.kind, u.code) == (
            "Brekka barneskole", Decimal("21.50"), 30, ["Undervisning", "SFO"], UnitKind.SECTOR, "2131")
        units.update_unit(s, unit_id, **old)
    with demo_db.session() as s:
        u = s.get(Unit, unit_id)
        assert {f: getattr(u, f) for f in fields} == original


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"name": ""}, "Navnet på enheten må fylles ut"),
        ({"fte": "-1"}, "kan ikke være negativt"),
        ({"fte": "mange"}, "må være et tall"),
        ({"staff_count": -3}, "kan ikke være negativt"),
        ({"staff_count": 2.5}, "helt tall"),
        ({"code": "2100"}, "brukes allerede av «Lindvik ungdomsskole»"),
        ({"kind": "avdeling"}, "ikke en kjent enhetstype"),
        ({"year_type": "semester"}, "ikke en kjent årstype"),
    ],
)
def test_update_unit_refuses_bad_values_and_changes_nothing(demo_db: Database, changes: dict, message: str) -> None:
    with demo_db.session() as s:
        u = unit(s, "Brekka skole")
        before = (u.name, u.fte, u.staff_count, u.code, u.kind)
        # A valid change next to the bad one must not be made either.
        kwargs = changes if "name" in changes else {"name": "Nytt navn", **changes}
        with pytest.raises(OrgError, match=message):
            units.update_unit(s, u.id, **kwargs)
        assert (u.name, u.fte, u.staff_count, u.code, u.kind) == before


def test_set_ansvar_codes_cleans_the_list_keeps_leading_zeros_and_undoes(demo_db: Database) -> None:
    with demo_db.session() as s:
        u = unit(s, "Nordvika oppvekstsenter")
        old = units.set_ansvar_codes(s, u.id, [" 0214 ", "2140", "", "2140", "2150-2159"])
        assert old == ["2140", "2141"]
    with demo_db.session() as s:
        u = unit(s, "Nordvika oppvekstsenter")
        rows = s.execute(select(UnitAnsvar.code, UnitAnsvar.code_to).where(UnitAnsvar.unit_id == u.id)
                         .order_by(UnitAnsvar.code)).all()
        assert [tuple(r) for r in rows] == [("0214", None), ("2140", None), ("2150", "2159")]
        assert units.unit_detail(s, u.id, TODAY).ansvar == ["0214", "2140", "2150-2159"]
        with pytest.raises(OrgError, match="«21 40» for «Nordvika oppvekstsenter» kan bare inneholde sifre"):
            units.set_ansvar_codes(s, u.id, ["21 40"])
        with pytest.raises(OrgError, match="går baklengs"):
            units.set_ansvar_codes(s, u.id, ["2199-2100"])
        assert units.set_ansvar_codes(s, u.id, old) == ["0214", "2140", "2150-2159"]
    with demo_db.session() as s:
        assert units.unit_detail(s, unit(s, "Nordvika oppvekstsenter").id, TODAY).ansvar == ["2140", "2141"]


def _subtree_state(s: Session, ids: list[uuid.UUID]) -> dict:
    def rows(model, key):  # type: ignore[no-untyped-def]
        return sorted((r.id, getattr(r, key)) for r in s.scalars(select(model).where(model.unit_id.in_(ids))))

    return {
        "units": sorted((u.id, u.lineage_id, u.parent_id, u.code, u.name, u.sort_order, u.fte)
                        for u in s.scalars(select(Unit).where(Unit.id.in_(ids)))),
        "ansvar": rows(UnitAnsvar, "code"),
        "positions": rows(Position, "person_id"),
        "links": rows(FollowUpLink, "lead_person_id"),
        "memberships": rows(NetworkMembership, "network_id"),
        "agreements": rows(Agreement, "title"),
        "meetings": rows(Meeting, "month"),
    }


def test_delete_unit_and_restore_brings_back_the_subtree_with_the_same_ids(demo_db: Database) -> None:
    with demo_db.session() as s:
        school = unit(s, "Lindvik ungdomsskole")
        child = units.add_unit(s, version_id=school.org_version_id, parent_id=school.id, name="Avdeling A",
                               kind="result_unit")
        grandchild = units.add_unit(s, version_id=school.org_version_id, parent_id=child.id, name="Team A1",
                                    kind="result_unit")
        person = people.add_person(s, given_name="Ola", family_name="Vik")
        people.appoint(s, unit_id=grandchild.id, person_id=person.id, role="leader", start=date(2026, 1, 1))
        units.set_ansvar_codes(s, grandchild.id, ["2199"])
        ids = [school.id, child.id, grandchild.id]
        top_before = child_names(s, "Rådmannen")
        before = _subtree_state(s, ids)
    assert before["agreements"] and before["meetings"] and before["memberships"] and len(before["positions"]) >= 2
    with demo_db.session() as s:
        snapshot = units.delete_unit(s, ids[0])
    with demo_db.session() as s:
        assert s.scalar(select(func.count()).select_from(Unit).where(Unit.id.in_(ids))) == 0
        assert s.scalar(select(func.count()).select_from(Position).where(Position.unit_id.in_(ids))) == 0
        # Agreements and meetings stay, without their unit, and the other units close up.
        assert all(a.unit_id is None for a in s.scalars(select(Agreement).where(
            Agreement.id.in_([i for i, _ in before["agreements"]]))))
        assert child_names(s, "Rådmannen") == [n for n in top_before if n != "Lindvik ungdomsskole"]
    with demo_db.session() as s:
        restored = units.restore_subtree(s, snapshot)
        assert restored.id == ids[0]
    with demo_db.session() as s:
        assert _subtree_state(s, ids) == before
        assert child_names(s, "Rådmannen") == top_before


def test_restore_in_the_same_session_and_snapshot_without_deleting(demo_db: Database) -> None:
    with demo_db.session() as s:
        u = unit(s, "Vestre barnehage")
        ids = [u.id]
        before = _subtree_state(s, ids)
        snapshot = units.snapshot_subtree(s, u.id)
        assert [row["id"] for row in snapshot["units"]] == ids
        units.delete_unit(s, u.id)
        units.restore_subtree(s, snapshot)
        assert _subtree_state(s, ids) == before
        with pytest.raises(OrgError, match="finnes allerede"):
            units.restore_subtree(s, snapshot)


def test_the_top_of_the_administration_with_units_under_it_cannot_be_deleted(demo_db: Database) -> None:
    with demo_db.session() as s:
        root = unit(s, "Rådmannen")
        with pytest.raises(OrgError, match="«Rådmannen» er toppen av administrasjonen og har underenheter"):
            units.delete_unit(s, root.id)
        assert s.get(Unit, root.id) is not None


# --- people and positions -------------------------------------------------------------------------


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


# --- follow-up ----------------------------------------------------------------------------------


def test_follow_up_leads_are_the_rådmann_and_the_four_kommunalsjefer(demo_db: Database) -> None:
    with demo_db.session() as s:
        rows = org_links.follow_up_leads(s, current_version(s).id, TODAY)
        assert rows[0].title == "Rådmann"
        assert sorted(r.title for r in rows[1:]) == [
            "Kommunalsjef for helse og velferd", "Kommunalsjef for oppvekst og kultur",
            "Kommunalsjef for organisasjon og økonomi", "Kommunalsjef for samfunn og teknikk"]


def test_set_follow_up_lead_ends_the_old_link_and_undo_restores_it(demo_db: Database) -> None:
    start = date(2027, 1, 1)
    with demo_db.session() as s:
        old_lead = lead_of(s, "Lindvik bibliotek")
        new_lead = lead_of(s, "Lindvik sykehjem")
        u = unit(s, "Lindvik bibliotek")
        change = org_links.set_follow_up_lead(s, unit_id=u.id, person_id=new_lead.id, start=start)
        assert len(change.ended) == 1 and change.link_id is not None
    with demo_db.session() as s:
        assert units.unit_detail(s, u.id, start).follow_up_lead_id == new_lead.id
        assert units.unit_detail(s, u.id, TODAY).follow_up_lead_id == old_lead.id
        # Changing one's mind on the same day replaces the link that has not started yet.
        again = org_links.set_follow_up_lead(s, unit_id=u.id, person_id=None, start=start)
        assert again.link_id is None and len(again.removed) == 1
        assert units.unit_detail(s, u.id, start).follow_up_lead_id is None
        org_links.undo_follow_up(s, again)
        assert units.unit_detail(s, u.id, start).follow_up_lead_id == new_lead.id
        org_links.undo_follow_up(s, change)
    with demo_db.session() as s:
        links = list(s.scalars(select(FollowUpLink).where(FollowUpLink.unit_id == u.id)))
        assert [(link.lead_person_id, link.end_date) for link in links] == [(old_lead.id, None)]
        # The same lead again is no change at all.
        assert org_links.set_follow_up_lead(s, unit_id=u.id, person_id=old_lead.id, start=start).ended == []


# --- networks -----------------------------------------------------------------------------------


def test_networks_create_members_coordinator_and_undo(demo_db: Database) -> None:
    with demo_db.session() as s:
        version_id = current_version(s).id
        network = org_links.create_network(s, version_id=version_id, name="Nettverk barnehage", colour="#AA5500")
        with pytest.raises(OrgError, match="allerede et nettverk som heter «Nettverk barnehage»"):
            org_links.create_network(s, version_id=version_id, name="Nettverk barnehage")
        with pytest.raises(OrgError, match="#rrggbb"):
            org_links.create_network(s, version_id=version_id, name="Rødt", colour="rød")
        kindergartens = [unit(s, n).id for n in ("Solsikken barnehage", "Tusenfryd barnehage", "Åsen barnehage")]
        assert org_links.set_network_members(s, network.id, kindergartens, kindergartens[1]) == ([], None)
        with pytest.raises(OrgError, match="Koordinatoren må være medlem"):
            org_links.set_network_members(s, network.id, kindergartens[:1], kindergartens[2])
        network_id = network.id
    with demo_db.session() as s:
        row = next(r for r in org_links.networks(s, version_id) if r.id == network_id)
        assert (row.name, row.colour, row.unit_ids, row.coordinator_id) == (
            "Nettverk barnehage", "#aa5500", kindergartens, kindergartens[1])
        old = org_links.set_network_members(s, network_id, kindergartens[:2], None)
        assert old == (kindergartens, kindergartens[1])
        org_links.set_network_members(s, network_id, *old)
        row = next(r for r in org_links.networks(s, version_id) if r.id == network_id)
        assert (row.unit_ids, row.coordinator_id) == (kindergartens, kindergartens[1])
        assert org_links.update_network(s, network_id, name="Barnehagenettverket") == {"name": "Nettverk barnehage"}


def test_delete_network_and_restore_with_the_same_ids(demo_db: Database) -> None:
    with demo_db.session() as s:
        version_id = current_version(s).id
        before = org_links.networks(s, version_id)
        oppvekst = next(r for r in before if r.name == "Nettverk oppvekst")
        membership_ids = set(s.scalars(select(NetworkMembership.id).where(
            NetworkMembership.network_id == oppvekst.id)))
        snapshot = org_links.delete_network(s, oppvekst.id)
    with demo_db.session() as s:
        assert [r.name for r in org_links.networks(s, version_id)] == ["Nettverk helse og velferd"]
        assert s.get(Network, oppvekst.id) is None
        org_links.restore_network(s, snapshot)
    with demo_db.session() as s:
        assert org_links.networks(s, version_id) == before
        assert set(s.scalars(select(NetworkMembership.id).where(
            NetworkMembership.network_id == oppvekst.id))) == membership_ids


# --- details ------------------------------------------------------------------------------------


def test_unit_detail_shows_the_form_of_a_unit_with_an_acting_leader(demo_db: Database) -> None:
    with demo_db.session() as s:
        u = unit(s, "Haugtun barnehage")
        detail = units.unit_detail(s, u.id, TODAY)
        assert (detail.name, detail.code, detail.kind, detail.ansvar, detail.year_type) == (
            "Haugtun barnehage", "2220", "result_unit", ["2220"], "calendar")
        active = [(p.role, p.active) for p in detail.positions if p.active]
        assert active == [("acting_leader", True)]  # the leader has left: vacant, with a stand-in
        assert any(p.role == "leader" and not p.active for p in detail.positions)
        assert detail.follow_up_lead_name == lead_of(s, "Haugtun barnehage").full_name
        assert detail.network_ids == []
        school = units.unit_detail(s, unit(s, "Brekka skole").id, TODAY)
        assert school.year_type == "school" and len(school.network_ids) == 1
        assert school.services == list(unit(s, "Brekka skole").services)


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
