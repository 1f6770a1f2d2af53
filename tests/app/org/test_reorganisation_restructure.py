"""Merge, split and move-many in a scenario: everything carried over, and undone exactly."""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.org import restructure, scenarios
from app.org.queries import current_version
from app.org.units import OrgError
from app.storage.database import Database
from db.models import FollowUpLink, Network, NetworkMembership, Person, Position, PositionRole, Unit, UnitAnsvar
from db.models.org import RoleDescription, UnitRelation
from tests.app.org.test_scenarios import version_state
from tests.conftest import DEMO_TODAY

EFFECTIVE = date(2027, 1, 1)


def unit_in(session: Session, version_id: uuid.UUID, name: str) -> Unit:
    return session.scalars(select(Unit).where(Unit.org_version_id == version_id, Unit.name == name)).one()


def scenario(s: Session, name: str = "Alternativ 1") -> uuid.UUID:
    return scenarios.copy_version(s, current_version(s).id, name).id  # type: ignore[union-attr]


def full_state(s: Session, version_id: uuid.UUID) -> dict:
    state = version_state(s, version_id)
    state["units"] = [u[:-1] for u in state["units"]]  # the row version counter only ever goes up
    state["relations"] = sorted((r.id, r.from_unit_id, r.to_unit_id, r.kind) for r in s.scalars(
        select(UnitRelation).where(UnitRelation.org_version_id == version_id)))
    state["roles"] = sorted((r.id, r.position_id, r.personnel) for r in s.scalars(select(RoleDescription)))
    return state


def test_merging_two_kindergartens_carries_everything_over_and_undo_puts_it_back(demo_db: Database) -> None:
    with demo_db.session() as s:
        v = scenario(s)
        a, b = unit_in(s, v, "Solsikken barnehage"), unit_in(s, v, "Tusenfryd barnehage")
        staff = unit_in(s, v, "Økonomi")
        network = s.scalars(select(Network).where(Network.org_version_id == v)).first()
        assert network is not None
        for u in (a, b):
            if not s.scalar(select(NetworkMembership.id).where(NetworkMembership.unit_id == u.id,
                                                                NetworkMembership.network_id == network.id)):
                s.add(NetworkMembership(id=uuid.uuid4(), network_id=network.id, unit_id=u.id))
        s.add(UnitRelation(id=uuid.uuid4(), org_version_id=v, from_unit_id=staff.id, to_unit_id=b.id,
                           kind="staff_contact"))
        leader_b = s.scalars(select(Position).where(Position.unit_id == b.id,
                                                    Position.role == PositionRole.LEADER)).one()
        s.add(RoleDescription(id=uuid.uuid4(), position_id=leader_b.id, personnel="Personalansvar for 14"))
        s.flush()
        a_id, b_id = a.id, b.id
        positions = set(s.scalars(select(Position.id).where(Position.unit_id.in_([a_id, b_id]))))
        codes = sorted(s.scalars(select(UnitAnsvar.code).where(UnitAnsvar.unit_id.in_([a_id, b_id]))))
        fte = a.fte + b.fte
        lead_ids = set(s.scalars(select(FollowUpLink.lead_person_id).where(FollowUpLink.unit_id.in_([a_id, b_id]))))
        before = full_state(s, v)

        change = restructure.merge_units(s, [a_id, b_id], "Sentrum barnehager", EFFECTIVE)
        new_id = change.new_unit_ids[0]
        new = s.get_one(Unit, new_id)
        assert s.get(Unit, a_id) is None and s.get(Unit, b_id) is None
        assert (new.name, new.fte) == ("Sentrum barnehager", fte)
        assert set(s.scalars(select(Position.id).where(Position.unit_id == new_id))) == positions
        assert sorted(s.scalars(select(UnitAnsvar.code).where(UnitAnsvar.unit_id == new_id))) == codes
        assert set(s.scalars(select(FollowUpLink.lead_person_id).where(FollowUpLink.unit_id == new_id))) == lead_ids
        assert s.scalar(select(NetworkMembership.id).where(NetworkMembership.unit_id == new_id,
                                                            NetworkMembership.network_id == network.id))
        assert s.scalars(select(UnitRelation.to_unit_id).where(UnitRelation.from_unit_id == staff.id)).all() == [new_id]
        # the role description stays with its position, which now sits in the merged unit
        role = s.scalars(select(RoleDescription).where(RoleDescription.position_id == leader_b.id)).one()
        assert s.get_one(Position, role.position_id).unit_id == new_id
        # only the first unit's leader is still leader from the effective date
        leaders = s.scalars(select(Position).where(Position.unit_id == new_id, Position.role == PositionRole.LEADER,
                                                   (Position.end_date.is_(None)) | (Position.end_date >= EFFECTIVE)))
        assert len(list(leaders)) == 1
        assert s.get_one(Position, leader_b.id).end_date == date(2026, 12, 31)
        after = full_state(s, v)

        restructure.undo(s, change)
        assert full_state(s, v) == before
        restructure.redo(s, change)  # the same rows and ids again, so later edits on the stack still apply
        assert full_state(s, v) == after
        restructure.undo(s, change)
        assert full_state(s, v) == before


def test_merge_is_refused_outside_a_scenario_and_for_one_unit(demo_db: Database) -> None:
    with demo_db.session() as s:
        cur = current_version(s)
        assert cur is not None
        a, b = unit_in(s, cur.id, "Solsikken barnehage"), unit_in(s, cur.id, "Tusenfryd barnehage")
        with pytest.raises(OrgError, match="ikke et scenario"):
            restructure.merge_units(s, [a.id, b.id], "X", EFFECTIVE)
        v = scenario(s)
        with pytest.raises(OrgError, match="minst to"):
            restructure.merge_units(s, [unit_in(s, v, "Solsikken barnehage").id], "X", EFFECTIVE)


def test_splitting_home_care_moves_what_was_chosen_and_undo_puts_it_back(demo_db: Database) -> None:
    with demo_db.session() as s:
        v = scenario(s, "Alternativ 2")
        home = unit_in(s, v, "Hjemmetjenesten nord")
        s.add(UnitAnsvar(id=uuid.uuid4(), unit_id=home.id, code="3201"))
        person = s.scalars(select(Person)).first()
        assert person is not None
        extra = Position(id=uuid.uuid4(), unit_id=home.id, person_id=person.id, role=PositionRole.MEMBER,
                         start_date=date(2025, 1, 1))
        s.add(extra)
        s.flush()
        before = full_state(s, v)
        fte, staff = home.fte, home.staff_count
        change = restructure.split_unit(s, home.id, "Hjemmetjenesten nord, natt", EFFECTIVE,
                                        rename_to="Hjemmetjenesten nord, dag", positions=[extra.id],
                                        ansvar_codes=["3201"], fte=Decimal("10.5"), staff_count=12)
        new = s.get_one(Unit, change.new_unit_ids[0])
        home = s.get_one(Unit, home.id)
        assert (home.name, new.name) == ("Hjemmetjenesten nord, dag", "Hjemmetjenesten nord, natt")
        assert (home.fte + new.fte, home.staff_count + new.staff_count) == (fte, staff)
        assert new.fte == Decimal("10.5")
        assert list(s.scalars(select(UnitAnsvar.code).where(UnitAnsvar.unit_id == new.id))) == ["3201"]
        assert list(s.scalars(select(UnitAnsvar.code).where(UnitAnsvar.unit_id == home.id))) == ["3200"]
        assert s.get_one(Position, extra.id).unit_id == new.id
        leads_old = set(s.scalars(select(FollowUpLink.lead_person_id).where(FollowUpLink.unit_id == home.id)))
        assert set(s.scalars(select(FollowUpLink.lead_person_id).where(FollowUpLink.unit_id == new.id))) == leads_old
        with pytest.raises(OrgError, match="hører ikke til"):
            restructure.split_unit(s, home.id, "Y", EFFECTIVE, ansvar_codes=["9999"])
        after = full_state(s, v)
        restructure.undo(s, change)
        assert full_state(s, v) == before
        restructure.redo(s, change)
        assert full_state(s, v) == after


def test_moving_several_units_at_once_and_back(demo_db: Database) -> None:
    with demo_db.session() as s:
        v = scenario(s)
        target = unit_in(s, v, "Lindvik sykehjem")
        ids = [unit_in(s, v, n).id for n in ("Solsikken barnehage", "Åsen barnehage")]
        before = full_state(s, v)
        change = restructure.move_units(s, ids, target.id)
        assert [s.get_one(Unit, i).parent_id for i in ids] == [target.id, target.id]
        restructure.undo(s, change)
        assert full_state(s, v) == before


def test_comparison_reports_a_merge_from_today_and_the_reverse_as_added_and_removed(demo_db: Database) -> None:
    with demo_db.session() as s:
        cur = current_version(s)
        assert cur is not None
        v = scenario(s)
        ids = [unit_in(s, v, n).id for n in ("Solsikken barnehage", "Tusenfryd barnehage")]
        restructure.merge_units(s, ids, "Sentrum barnehager", EFFECTIVE)
        forward = scenarios.compare_versions(s, cur.id, v, DEMO_TODAY).as_json()
        assert forward["merged"] == [{"into": "Sentrum barnehager",
                                      "units": ["Solsikken barnehage", "Tusenfryd barnehage"]}]
        assert forward["added"] == [] and forward["removed"] == []
        backward = scenarios.compare_versions(s, v, cur.id, DEMO_TODAY).as_json()
        assert backward["merged"] == []
        assert backward["removed"] == ["Sentrum barnehager"]
        assert sorted(backward["added"]) == ["Solsikken barnehage", "Tusenfryd barnehage"]


def test_comparison_of_every_kind_of_change_both_ways(demo_db: Database) -> None:
    from app.org import units

    with demo_db.session() as s:
        cur = current_version(s)
        assert cur is not None
        v = scenario(s)
        units.delete_unit(s, unit_in(s, v, "Lindvik bibliotek").id)
        units.add_unit(s, version_id=v, parent_id=unit_in(s, v, "Rådmannen").id, name="Innbyggertorg",
                       kind="result_unit")
        units.update_unit(s, unit_in(s, v, "Kulturtjenesten").id, name="Kultur og fritid")
        units.move_unit(s, unit_in(s, v, "Lindvik kulturskole").id, unit_in(s, v, "Kultur og fritid").id, 0)
        restructure.merge_units(s, [unit_in(s, v, "Åsen barnehage").id, unit_in(s, v, "Vestre barnehage").id],
                                "Åsen og Vestre barnehager", EFFECTIVE)
        forward = scenarios.compare_versions(s, cur.id, v, DEMO_TODAY).as_json()
        assert forward["removed"] == ["Lindvik bibliotek"]
        assert forward["added"] == ["Innbyggertorg"]
        assert forward["renamed"] == [{"from": "Kulturtjenesten", "to": "Kultur og fritid"}]
        assert forward["moved"] == [{"name": "Lindvik kulturskole", "from_parent": "Rådmannen",
                                     "to_parent": "Kultur og fritid"}]
        assert forward["merged"] == [{"into": "Åsen og Vestre barnehager",
                                      "units": ["Åsen barnehage", "Vestre barnehage"]}]
        backward = scenarios.compare_versions(s, v, cur.id, DEMO_TODAY).as_json()
        assert sorted(backward["added"]) == ["Lindvik bibliotek", "Vestre barnehage", "Åsen barnehage"]
        assert sorted(backward["removed"]) == ["Innbyggertorg", "Åsen og Vestre barnehager"]
        assert backward["renamed"] == [{"from": "Kultur og fritid", "to": "Kulturtjenesten"}]
        assert backward["moved"] == [{"name": "Lindvik kulturskole", "from_parent": "Kultur og fritid",
                                      "to_parent": "Rådmannen"}]
        assert backward["merged"] == []
