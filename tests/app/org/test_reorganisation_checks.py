"""The checks from the seeds, each on a structure made for it, with its threshold from the settings."""

from __future__ import annotations

import uuid
from datetime import date

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.org import checks, links
from app.org.checks import CheckThresholds, Finding
from app.org.queries import current_version
from app.org.units import OrgError
from app.storage.database import Database
from db.models import FollowUpLink, Network, NetworkMembership, Person, Position, PositionRole, Unit
from tests.conftest import DEMO_TODAY


def unit(s: Session, name: str) -> Unit:
    v = current_version(s)
    assert v is not None
    return s.scalars(select(Unit).where(Unit.org_version_id == v.id, Unit.name == name)).one()


def person(s: Session, full_name: str) -> Person:
    return next(p for p in s.scalars(select(Person)) if p.full_name == full_name)


def found(s: Session, code: str, t: CheckThresholds | None = None) -> list[Finding]:
    v = current_version(s)
    assert v is not None
    return [f for f in checks.run_checks(s, v.id, DEMO_TODAY, t) if f.code == code]


def test_every_result_unit_leader_in_a_network(demo_db: Database) -> None:
    with demo_db.session() as s:
        library = unit(s, "Lindvik bibliotek")
        [finding] = [f for f in found(s, "leader_not_in_network") if f.unit_id == library.id]
        assert finding.message == ("Randi Birkeland (leder for Lindvik bibliotek) er ikke med i noe ledernettverk. "
                                   "Alle enhetsledere bør være med i et nettverk på 6–10 ledere.")
        network = s.scalars(select(Network).where(Network.org_version_id == library.org_version_id)).first()
        assert network is not None
        s.add(NetworkMembership(id=uuid.uuid4(), network_id=network.id, unit_id=library.id))
        s.flush()
        assert library.id not in {f.unit_id for f in found(s, "leader_not_in_network")}
        # A vacant unit has no leader to place in a network.
        assert unit(s, "Psykisk helse og rus").id not in {f.unit_id for f in found(s, "leader_not_in_network")}
        assert found(s, "leader_not_in_network", CheckThresholds(leaders_in_network=False)) == []


def test_similar_units_spread_across_the_top_team(demo_db: Database) -> None:
    with demo_db.session() as s:
        berg = person(s, "Erik Berg")
        [schools] = [f for f in found(s, "similar_units_together") if f.person_id == berg.id]
        assert schools.message.startswith("Erik Berg følger opp 5 av 5 skoler.")
        other = person(s, "Inger Olsen")
        links.set_follow_up_lead(s, unit_id=unit(s, "Brekka skole").id, person_id=other.id, start=DEMO_TODAY)
        # 4 of 5 is 80 %, still above 75 %
        [schools] = [f for f in found(s, "similar_units_together") if f.person_id == berg.id]
        assert schools.message.startswith("Erik Berg følger opp 4 av 5 skoler.")
        assert not [f for f in found(s, "similar_units_together", CheckThresholds(similar_max_share=80))
                    if f.person_id == berg.id]
        links.set_follow_up_lead(s, unit_id=unit(s, "Haugtun skole").id, person_id=other.id, start=DEMO_TODAY)
        assert not [f for f in found(s, "similar_units_together") if f.person_id == berg.id]
        # groups smaller than the minimum are not checked
        assert found(s, "similar_units_together", CheckThresholds(similar_min_group=6)) == []


def test_follow_up_moved_again_within_two_years(demo_db: Database) -> None:
    with demo_db.session() as s:
        brekka = unit(s, "Brekka skole")
        assert found(s, "follow_up_moved_again") == []
        links.set_follow_up_lead(s, unit_id=brekka.id, person_id=person(s, "Inger Olsen").id,
                                 start=date(2025, 3, 1))
        assert found(s, "follow_up_moved_again") == []  # moved once
        links.set_follow_up_lead(s, unit_id=brekka.id, person_id=person(s, "Frode Skogen").id,
                                 start=date(2026, 9, 1))
        [finding] = found(s, "follow_up_moved_again")
        assert finding.unit_id == brekka.id
        assert "18 måneder etter forrige flytting" in finding.message
        assert found(s, "follow_up_moved_again", CheckThresholds(follow_up_stable_months=18)) == []


def test_the_chief_following_up_result_units_directly(demo_db: Database) -> None:
    with demo_db.session() as s:
        chief = s.scalars(select(Position).where(Position.role == PositionRole.CHIEF_EXECUTIVE)).first()
        assert chief is not None
        assert found(s, "chief_follows_up") == []  # the demo's rådmann follows up staff units only
        for name in ("Kulturtjenesten", "Lindvik bibliotek"):
            links.set_follow_up_lead(s, unit_id=unit(s, name).id, person_id=chief.person_id, start=DEMO_TODAY)
        [finding] = found(s, "chief_follows_up")
        assert finding.person_id == chief.person_id
        assert "følger selv opp 2 resultatenheter (Kulturtjenesten og Lindvik bibliotek)" in finding.message
        assert found(s, "chief_follows_up", CheckThresholds(chief_result_units_max=2)) == []
        assert s.scalar(select(FollowUpLink.id).where(FollowUpLink.lead_person_id == chief.person_id))


def test_seed_thresholds_are_saved_and_checked(demo_db: Database) -> None:
    with demo_db.session() as s:
        checks.save_thresholds(s, CheckThresholds(similar_max_share=60, follow_up_stable_months=12,
                                                  leaders_in_network=False))
        loaded = checks.load_thresholds(s)
        assert (loaded.similar_max_share, loaded.follow_up_stable_months, loaded.leaders_in_network) == (60, 12, False)
        with pytest.raises(OrgError, match="prosent"):
            checks.save_thresholds(s, CheckThresholds(similar_max_share=0))
        assert found(s, "leader_not_in_network") == []  # switched off in the settings
