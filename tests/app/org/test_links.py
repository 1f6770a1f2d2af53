"""Follow-up links and networks headless (app.org.links): every edit is checked in the database and undone exactly."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from app.org import links as org_links
from app.org import units
from app.org.queries import current_version
from app.org.units import OrgError
from app.storage.database import Database
from db.models import FollowUpLink, Network, NetworkMembership
from tests.app.org.helpers import TODAY, lead_of, unit


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

