"""Versions and scenarios: copy, edit apart from the current one, compare, and make current."""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.org import links, people, scenarios, units
from app.org.queries import current_version, unit_rows
from app.org.units import OrgError
from app.storage.database import Database
from db.models import (
    Agreement,
    BudgetKind,
    BudgetLine,
    BudgetSet,
    FollowUpLink,
    Network,
    NetworkMembership,
    OrgVersion,
    OrgVersionStatus,
    Person,
    Position,
    Unit,
    UnitAnsvar,
)
from tests.conftest import DEMO_TODAY

TODAY = DEMO_TODAY


def unit_in(session: Session, version_id: uuid.UUID, name: str) -> Unit:
    return session.scalars(select(Unit).where(Unit.org_version_id == version_id, Unit.name == name)).one()


def version_state(session: Session, version_id: uuid.UUID) -> dict:
    """Every row a version owns, as comparable tuples."""
    unit_ids = list(session.scalars(select(Unit.id).where(Unit.org_version_id == version_id)))

    def rows(model, *cols):  # type: ignore[no-untyped-def]
        return sorted(tuple(getattr(r, c) for c in ("id", *cols))
                      for r in session.scalars(select(model).where(model.unit_id.in_(unit_ids))))

    return {
        "units": sorted((u.id, u.lineage_id, u.parent_id, u.code, u.name, u.sort_order, u.fte, u.version)
                        for u in session.scalars(select(Unit).where(Unit.org_version_id == version_id))),
        "ansvar": rows(UnitAnsvar, "unit_id", "code"),
        "positions": rows(Position, "unit_id", "person_id", "role", "start_date", "end_date"),
        "links": rows(FollowUpLink, "unit_id", "lead_person_id", "start_date", "end_date"),
        "memberships": rows(NetworkMembership, "unit_id", "network_id", "is_coordinator"),
        "networks": sorted((n.id, n.name, n.colour) for n in session.scalars(
            select(Network).where(Network.org_version_id == version_id))),
    }


def shape(session: Session, version_id: uuid.UUID) -> list[tuple]:
    """What a user sees of a version, independent of ids: each unit's code, name, parent code, leader, lead."""
    rows = unit_rows(session, version_id, TODAY)
    codes = {r.id: r.code for r in rows}
    return sorted((r.code, r.name, codes.get(r.parent_id), r.sort_order, r.fte, r.leader, r.acting_leader,
                   r.follow_up_lead, tuple(r.ansvar)) for r in rows)


def test_copy_version_copies_everything_with_new_ids_and_leaves_the_source_untouched(demo_db: Database) -> None:
    with demo_db.session() as s:
        current = current_version(s)
        before = version_state(s, current.id)
        scenario = scenarios.copy_version(s, current.id, "Alternativ 0", description="Dagens modell")
        scenario_id = scenario.id
        assert (scenario.status, scenario.based_on_id) == (OrgVersionStatus.SCENARIO, current.id)
    with demo_db.session() as s:
        assert version_state(s, current.id) == before
        assert shape(s, scenario_id) == shape(s, current.id)
        copy = version_state(s, scenario_id)
        for key in ("units", "ansvar", "positions", "links", "memberships", "networks"):
            assert len(copy[key]) == len(before[key]) > 0, key
            assert not {r[0] for r in copy[key]} & {r[0] for r in before[key]}, f"{key} must get new ids"
        assert {u[1] for u in copy["units"]} == {u[1] for u in before["units"]}  # the same lineage
        # Networks point at the copied units, not the originals.
        copied_units = {u[0] for u in copy["units"]}
        assert all(m[1] in copied_units for m in copy["memberships"])
        rows = {r.name: r for r in scenarios.list_versions(s)}
        assert [r.name for r in scenarios.list_versions(s)] == ["Gjeldende organisasjon", "Alternativ 0"]
        assert (rows["Alternativ 0"].status, rows["Alternativ 0"].based_on_name, rows["Alternativ 0"].units,
                rows["Alternativ 0"].description) == ("scenario", "Gjeldende organisasjon", 38, "Dagens modell")
        assert scenarios.scenario_count(s, current.id) == 1
        with pytest.raises(OrgError, match="allerede en versjon som heter «Alternativ 0»"):
            scenarios.copy_version(s, current.id, " Alternativ 0 ")


def test_editing_a_scenario_does_not_touch_the_current_organisation(demo_db: Database) -> None:
    with demo_db.session() as s:
        current_id = current_version(s).id
        before = version_state(s, current_id)
        scenario_id = scenarios.copy_version(s, current_id, "Alternativ 1").id
        school = unit_in(s, scenario_id, "Lindvik ungdomsskole")
        brekka = unit_in(s, scenario_id, "Brekka skole")
        units.move_unit(s, brekka.id, school.id, 0)
        units.update_unit(s, school.id, name="Lindvik skolesenter", fte="50")
        units.set_ansvar_codes(s, brekka.id, [])  # one code belongs to one unit: Brekka gives up its own
        units.set_ansvar_codes(s, school.id, ["2100", "2130"])
        units.delete_unit(s, unit_in(s, scenario_id, "Åsen barnehage").id)
        network = next(r for r in links.networks(s, scenario_id) if r.name == "Nettverk oppvekst")
        links.set_network_members(s, network.id, network.unit_ids[:3])
        person = people.add_person(s, given_name="Nora", family_name="Ny")
        people.appoint(s, unit_id=school.id, person_id=person.id, role="leader", start=date(2027, 1, 1))
    with demo_db.session() as s:
        assert version_state(s, current_id) == before


def test_compare_finds_added_removed_moved_renamed_and_new_leaders(demo_db: Database) -> None:
    on = date(2027, 1, 1)
    with demo_db.session() as s:
        current_id = current_version(s).id
        scenario_id = scenarios.copy_version(s, current_id, "Alternativ 2").id
        school = unit_in(s, scenario_id, "Lindvik ungdomsskole")
        units.move_unit(s, unit_in(s, scenario_id, "Brekka skole").id, school.id, 0)
        units.update_unit(s, unit_in(s, scenario_id, "Solåsen skole").id, name="Solåsen barneskole")
        root = unit_in(s, scenario_id, "Rådmannen")
        added = units.add_unit(s, version_id=scenario_id, parent_id=root.id, name="Vollan skole",
                               kind="result_unit")
        units.delete_unit(s, unit_in(s, scenario_id, "Åsen barnehage").id)
        person = people.add_person(s, given_name="Nora", family_name="Ny")
        people.appoint(s, unit_id=school.id, person_id=person.id, role="leader", start=on)
        old_leader = next(r.leader for r in unit_rows(s, current_id, on) if r.name == "Lindvik ungdomsskole")

        result = scenarios.compare_versions(s, current_id, scenario_id, on)
        assert (result.a_name, result.b_name) == ("Gjeldende organisasjon", "Alternativ 2")
        assert [(u.name, u.code, u.lineage_id) for u in result.added] == [
            ("Vollan skole", added.code, added.lineage_id)]
        assert [u.name for u in result.removed] == ["Åsen barnehage"]
        assert [(m.name, m.old_parent, m.new_parent) for m in result.moved] == [
            ("Brekka skole", "Rådmannen", "Lindvik ungdomsskole")]
        assert [(r.old_name, r.new_name) for r in result.renamed] == [("Solåsen skole", "Solåsen barneskole")]
        assert [(c.name, c.old_leader, c.new_leader) for c in result.leader_changed] == [
            ("Lindvik ungdomsskole", old_leader, "Nora Ny")]
        assert (result.totals_a.units, result.totals_b.units) == (38, 38)
        # Compared with itself nothing differs.
        same = scenarios.compare_versions(s, current_id, current_id, on)
        assert not (same.added or same.removed or same.moved or same.renamed or same.leader_changed)


def test_compare_counts_units_ftes_and_budget_per_follow_up_lead(demo_db: Database) -> None:
    with demo_db.session() as s:
        current_id = current_version(s).id
        scenario_id = scenarios.copy_version(s, current_id, "Alternativ 3").id
        rows = {r.name: r for r in unit_rows(s, current_id, TODAY)}
        from_lead, to_lead = rows["Lindvik sykehjem"].follow_up_lead, rows["Brekka skole"].follow_up_lead
        to_person = next(p for p in s.scalars(select(Person)) if p.full_name == to_lead)
        nursing_home = unit_in(s, scenario_id, "Lindvik sykehjem")
        links.set_follow_up_lead(s, unit_id=nursing_home.id, person_id=to_person.id, start=date(2026, 1, 1))
        units.update_unit(s, nursing_home.id, fte=nursing_home.fte + 10)

        budget_id = s.scalar(select(BudgetSet.id).where(BudgetSet.kind == BudgetKind.BUDSJETT))
        nursing_budget = s.scalar(select(func.sum(BudgetLine.amount_ore)).where(
            BudgetLine.budget_set_id == budget_id, BudgetLine.ansvar.in_(["3100", "3101"])))
        all_budget = s.scalar(select(func.sum(BudgetLine.amount_ore)).where(BudgetLine.budget_set_id == budget_id))
        assert nursing_budget > 0

        result = scenarios.compare_versions(s, current_id, scenario_id, TODAY)
        assert result.budget_set_name == "Budsjett 2026"
        per = {row.lead_name: row for row in result.per_lead}
        fte = rows["Lindvik sykehjem"].fte
        assert (per[from_lead].units_a - 1, per[from_lead].fte_a - fte, per[from_lead].budget_a_ore - nursing_budget) \
            == (per[from_lead].units_b, per[from_lead].fte_b, per[from_lead].budget_b_ore)
        assert (per[to_lead].units_a + 1, per[to_lead].fte_a + fte + 10, per[to_lead].budget_a_ore + nursing_budget) \
            == (per[to_lead].units_b, per[to_lead].fte_b, per[to_lead].budget_b_ore)
        # Every unit is in exactly one row; the totals add up and take the whole budget once.
        assert sum(r.units_a for r in result.per_lead) == result.totals_a.units == 38
        assert result.totals_b.fte - result.totals_a.fte == Decimal(10)
        assert result.totals_a.budget_ore == result.totals_b.budget_ore == all_budget
        assert result.per_lead[-1].lead_name == scenarios.NO_LEAD  # rådmannen and the top team


def test_compare_without_a_budget_gives_zero(demo_db: Database) -> None:
    with demo_db.session() as s:
        for budget in s.scalars(select(BudgetSet)):
            s.delete(budget)
        s.flush()
        current_id = current_version(s).id
        result = scenarios.compare_versions(s, current_id, current_id, TODAY)
        assert result.budget_set_name is None
        assert result.totals_a.budget_ore == 0 and all(r.budget_a_ore == 0 for r in result.per_lead)


def test_make_current_turns_the_old_version_into_history_and_version_on_finds_it(demo_db: Database) -> None:
    with demo_db.session() as s:
        old = current_version(s)
        old_id, old_from = old.id, old.effective_from
        scenario_id = scenarios.copy_version(s, old_id, "Ny organisasjon 2027").id
        with pytest.raises(OrgError, match=r"gjelder fra 01\.01\.2024"):
            scenarios.make_current(s, scenario_id, old_from)
        with pytest.raises(OrgError, match="ikke et scenario"):
            scenarios.make_current(s, old_id, date(2027, 1, 1))
        scenarios.make_current(s, scenario_id, date(2027, 1, 1))
    with demo_db.session() as s:
        assert current_version(s).id == scenario_id
        old = s.get(OrgVersion, old_id)
        assert (old.status, old.effective_from, old.effective_to) == (
            OrgVersionStatus.HISTORICAL, old_from, date(2026, 12, 31))
        assert scenarios.version_on(s, date(2026, 6, 1)).id == old_id
        assert scenarios.version_on(s, date(2026, 12, 31)).id == old_id
        assert scenarios.version_on(s, date(2027, 1, 1)).id == scenario_id
        assert scenarios.version_on(s, date(2023, 12, 31)) is None
        statuses = [(r.name, r.status) for r in scenarios.list_versions(s)]
        assert statuses == [("Ny organisasjon 2027", "current"), ("Gjeldende organisasjon", "historical")]
        with pytest.raises(OrgError, match="ikke et scenario"):
            scenarios.make_current(s, old_id, date(2028, 1, 1))


def test_rename_and_delete_versions(demo_db: Database) -> None:
    with demo_db.session() as s:
        current_id = current_version(s).id
        scenario_id = scenarios.copy_version(s, current_id, "Alternativ 4").id
        assert scenarios.rename_version(s, scenario_id, "Forslag 4") == "Alternativ 4"
        with pytest.raises(OrgError, match="allerede en versjon som heter «Gjeldende organisasjon»"):
            scenarios.rename_version(s, scenario_id, "Gjeldende organisasjon")
        with pytest.raises(OrgError, match="Versjonen må ha et navn"):
            scenarios.rename_version(s, scenario_id, " ")
        with pytest.raises(OrgError, match="er den gjeldende organisasjonen og kan ikke slettes"):
            scenarios.delete_version(s, current_id)
        agreements = s.scalar(select(func.count()).select_from(Agreement).where(Agreement.unit_id.is_not(None)))
    with demo_db.session() as s:
        scenarios.delete_version(s, scenario_id)
    with demo_db.session() as s:
        assert [r.name for r in scenarios.list_versions(s)] == ["Gjeldende organisasjon"]
        assert s.scalar(select(func.count()).select_from(Unit)) == 38
        assert s.scalar(select(func.count()).select_from(Network)) == 2
        # The agreements belong to the current version's units and are untouched.
        assert s.scalar(select(func.count()).select_from(Agreement).where(
            Agreement.unit_id.is_not(None))) == agreements
