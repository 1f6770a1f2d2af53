"""The organisation checks: each rule fires on a case built for it and stays quiet on healthy units."""

from __future__ import annotations

import uuid
from collections import Counter
from datetime import date

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.org import checks, links, people, units
from app.org.checks import CheckThresholds, Finding
from app.org.queries import current_version, unit_rows
from app.org.units import OrgError
from app.storage.database import Database
from db.models import (
    Municipality,
    OrgVersion,
    OrgVersionStatus,
    Person,
    Position,
    PositionRole,
    Setting,
    Unit,
    UnitAnsvar,
)
from tests.conftest import DEMO_TODAY

TODAY = DEMO_TODAY


def unit(session: Session, name: str) -> Unit:
    version = current_version(session)
    return session.scalars(select(Unit).where(Unit.org_version_id == version.id, Unit.name == name)).one()


def person(session: Session, full_name: str) -> Person:
    return next(p for p in session.scalars(select(Person)) if p.full_name == full_name)


def findings(session: Session, thresholds: CheckThresholds | None = None) -> list[Finding]:
    return checks.run_checks(session, current_version(session).id, TODAY, thresholds)


def of(found: list[Finding], code: str) -> list[Finding]:
    return [f for f in found if f.code == code]


def test_the_demo_has_only_its_two_vacancies_and_the_large_and_small_units(demo_db: Database) -> None:
    with demo_db.session() as s:
        found = [f for f in findings(s) if f.code not in checks.SEED_CODES]  # seed checks: own test file
        codes = Counter(f.code for f in found)
        assert set(codes) == {"no_leader", "staff_outside_span"}
        names = {f.unit_id: f for f in of(found, "no_leader")}
        assert names[unit(s, "Psykisk helse og rus").id].message == "Psykisk helse og rus har ingen leder (ledig)."
        acting = names[unit(s, "Haugtun barnehage").id]
        assert acting.message.startswith("Haugtun barnehage har ingen fast leder; ")
        assert acting.message.endswith(" er konstituert leder.") and acting.person_id is not None
        assert len(names) == 2
        span = {f.unit_id for f in of(found, "staff_outside_span")}
        for healthy in ("Solsikken barnehage", "Helse og familie", "Kommunalteknikk", "Lindvik legesenter"):
            assert not [f for f in found if f.unit_id == unit(s, healthy).id], healthy
        assert unit(s, "Lindvik sykehjem").id in span  # 116 staff under one leader
        # Schools are exempt by default; the ungdomsskole has 45 staff.
        assert unit(s, "Lindvik ungdomsskole").id not in span
        strict = findings(s, CheckThresholds(schools_exempt=False))
        assert unit(s, "Lindvik ungdomsskole").id in {f.unit_id for f in of(strict, "staff_outside_span")}


def test_staff_span_message_names_leader_unit_and_range(demo_db: Database) -> None:
    with demo_db.session() as s:
        u = unit(s, "Solsikken barnehage")
        units.update_unit(s, u.id, staff_count=31)
        leader = next(r.leader for r in unit_rows(s, u.org_version_id, TODAY) if r.id == u.id)
        [finding] = [f for f in of(findings(s), "staff_outside_span") if f.unit_id == u.id]
        assert finding.message == f"{leader} leder 31 ansatte i Solsikken barnehage (anbefalt 15–30)."
        assert finding.person_id == person(s, leader).id


def test_a_kommunalsjef_with_too_many_or_too_few_units(demo_db: Database) -> None:
    with demo_db.session() as s:
        rows = {r.name: r for r in unit_rows(s, current_version(s).id, TODAY)}
        busy = person(s, rows["Solsikken barnehage"].follow_up_lead)  # follows up 10 units
        for name in ("Lindvik sykehjem", "Kvernes bo- og omsorgssenter", "Hjemmetjenesten nord"):
            links.set_follow_up_lead(s, unit_id=unit(s, name).id, person_id=busy.id, start=date(2026, 11, 1))
        found = findings(s)
        assert [(f.person_id, f.message) for f in of(found, "follow_up_too_many")] == [
            (busy.id, f"{busy.full_name} følger opp 13 enheter (høyst 10 anbefalt).")]
        helse = person(s, rows["Lindvik sykehjem"].follow_up_lead)  # had 7 units, 3 just moved away: 4 is enough
        assert not of(found, "follow_up_too_few")
        links.set_follow_up_lead(s, unit_id=unit(s, "Hjemmetjenesten sør").id, person_id=busy.id,
                                 start=date(2026, 11, 1))
        too_few = of(findings(s), "follow_up_too_few")
        assert [(f.person_id, f.message) for f in too_few] == [
            (helse.id, f"{helse.full_name} følger opp 3 enheter (minst 4 anbefalt).")]


def test_a_network_outside_the_recommended_size(demo_db: Database) -> None:
    with demo_db.session() as s:
        version_id = current_version(s).id
        network = next(r for r in links.networks(s, version_id) if r.name == "Nettverk oppvekst")
        links.set_network_members(s, network.id, network.unit_ids[:4])
        [finding] = of(findings(s), "network_size")
        assert (finding.network_id, finding.message) == (
            network.id, "Nettverk oppvekst har 4 medlemmer (anbefalt 6–10).")
        links.set_network_members(s, network.id, network.unit_ids[:6])
        assert not of(findings(s), "network_size")


def test_no_leader_no_follow_up_and_no_ansvar(demo_db: Database) -> None:
    with demo_db.session() as s:
        brekka = unit(s, "Brekka skole")
        leader = next(p for p in s.scalars(select(Position).where(Position.unit_id == brekka.id))
                      if p.role == PositionRole.LEADER and p.end_date is None)
        people.end_position(s, leader.id, date(2026, 10, 31))
        links.set_follow_up_lead(s, unit_id=brekka.id, person_id=None, start=date(2026, 11, 1))
        units.set_ansvar_codes(s, brekka.id, [])
        # The top team has no ansvar of its own and no follow-up: that is not a finding.
        team = unit(s, "Rådmannens ledergruppe")
        units.set_ansvar_codes(s, team.id, [])
        found = [f for f in findings(s) if f.unit_id in (brekka.id, team.id)]
        assert [(f.code, f.message) for f in found] == [
            ("no_leader", "Brekka skole har ingen leder (ledig)."),
            ("no_follow_up", "Brekka skole har ingen oppfølgingsansvarlig i ledergruppen."),
            ("no_ansvar", "Brekka skole har ingen ansvarskode, så budsjett og regnskap kan ikke knyttes til "
                          "enheten."),
        ]
        # Only result units need a follow-up lead.
        links.set_follow_up_lead(s, unit_id=unit(s, "IKT").id, person_id=None, start=date(2026, 11, 1))
        assert [f.unit_id for f in of(findings(s), "no_follow_up")] == [brekka.id]


def shared_from_before(session: Session, unit_name: str, code: str, code_to: str | None = None) -> None:
    """Give a unit a code another unit has, as an org import before issue 15 or a merge's carry-over
    left it: the window refuses it (``units.set_ansvar_codes``), the checks are there to find it."""
    session.add(UnitAnsvar(unit_id=unit(session, unit_name).id, code=code, code_to=code_to))
    session.flush()


def test_an_ansvar_code_used_by_two_units_is_listed_once(demo_db: Database) -> None:
    with demo_db.session() as s:
        school, other = unit(s, "Lindvik ungdomsskole"), unit(s, "Solåsen skole")
        units.set_ansvar_codes(s, other.id, ["2110"])
        shared_from_before(s, "Solåsen skole", "2100")
        units.set_ansvar_codes(s, unit(s, "Haugtun skole").id, ["2120"])
        shared_from_before(s, "Haugtun skole", "2100")
        [finding] = of(findings(s), "ansvar_shared")
        assert finding.message.startswith("Ansvarskode 2100 brukes av 3 enheter: «Lindvik ungdomsskole», "
                                          "«Solåsen skole» og «Haugtun skole».")
        assert finding.unit_id == school.id
        # A code inside another unit's range is shared too.
        units.set_ansvar_codes(s, unit(s, "Haugtun skole").id, ["2120"])
        units.set_ansvar_codes(s, other.id, ["2110"])
        units.set_ansvar_codes(s, unit(s, "Kulturtjenesten").id, ["5100"])
        shared_from_before(s, "Kulturtjenesten", "2141", "2149")
        [finding] = of(findings(s), "ansvar_shared")  # Nordvika has 2140 and 2141: only 2141 is in the range
        assert finding.message.startswith("Ansvarskode 2141 brukes av både «Nordvika oppvekstsenter» og "
                                          "«Kulturtjenesten».")


def test_thresholds_are_saved_in_the_database_and_used(demo_db: Database) -> None:
    with demo_db.session() as s:
        assert checks.load_thresholds(s) == CheckThresholds()
        old = checks.save_thresholds(s, CheckThresholds(follow_up_min=9, follow_up_max=12, network_max=7))
        assert old == CheckThresholds()
        with pytest.raises(OrgError, match=r"Antall ansatte per leder: minst \(40\)"):
            checks.save_thresholds(s, CheckThresholds(staff_min=40, staff_max=30))
    with demo_db.session() as s:
        assert checks.load_thresholds(s) == CheckThresholds(follow_up_min=9, follow_up_max=12, network_max=7)
        stored = s.scalar(select(Setting.value).where(Setting.key == "org.checks"))
        assert stored["follow_up_min"] == 9
        found = findings(s)  # no thresholds given: the saved ones apply
        # The kommunalsjefer follow up 8, 7, 8 and 10 units: three are now below 9.
        assert sorted(int(f.message.split(" følger opp ")[1].split()[0]) for f in of(found, "follow_up_too_few")) \
            == [7, 8, 8]
        assert {f.message.split(" har ")[0] for f in of(found, "network_size")} == {
            "Nettverk oppvekst", "Nettverk helse og velferd"}  # 8 members each, above 7


def test_checks_on_a_small_hand_made_organisation(empty_db: Database) -> None:
    with empty_db.session() as s:
        municipality = Municipality(id=uuid.uuid4(), name="Prøvik kommune")
        s.add(municipality)
        s.flush()
        version = OrgVersion(id=uuid.uuid4(), municipality_id=municipality.id, name="Gjeldende",
                             status=OrgVersionStatus.CURRENT, effective_from=date(2026, 1, 1))
        s.add(version)
        s.flush()
        root = units.add_unit(s, version_id=version.id, parent_id=None, name="Kommunedirektøren",
                              kind="administration", code="1")
        team = units.add_unit(s, version_id=version.id, parent_id=root.id, name="Ledergruppen", kind="top_team",
                              code="2")
        chief = people.add_person(s, given_name="Kari", family_name="Direktør")
        lead = people.add_person(s, given_name="Erik", family_name="Berg")
        people.appoint(s, unit_id=root.id, person_id=chief.id, role="chief_executive", start=date(2026, 1, 1))
        people.appoint(s, unit_id=team.id, person_id=lead.id, role="follow_up_lead", start=date(2026, 1, 1))
        units.set_ansvar_codes(s, root.id, ["100"])
        for i in range(12):
            u = units.add_unit(s, version_id=version.id, parent_id=root.id, name=f"Enhet {i + 1:02d}",
                               kind="result_unit", code=f"{300 + i}")
            units.set_ansvar_codes(s, u.id, [str(300 + i)])
            units.update_unit(s, u.id, staff_count=20)
            people.appoint(s, unit_id=u.id, person_id=people.add_person(
                s, given_name="Leder", family_name=f"{i + 1:02d}").id, role="leader", start=date(2026, 1, 1))
            links.set_follow_up_lead(s, unit_id=u.id, person_id=lead.id, start=date(2026, 1, 1))
        found = [f for f in checks.run_checks(s, version.id, TODAY) if f.code not in checks.SEED_CODES]
        assert [(f.code, f.message) for f in found] == [
            ("follow_up_too_many", "Erik Berg følger opp 12 enheter (høyst 10 anbefalt).")]
        # Before anyone was appointed, everything was vacant.
        before = checks.run_checks(s, version.id, date(2025, 12, 31))
        assert Counter(f.code for f in before) == {"no_leader": 13, "no_follow_up": 12}
