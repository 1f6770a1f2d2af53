"""Follow-up links (who follows up a unit) and networks across units."""

from __future__ import annotations

import re
import uuid
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.org.people import PersonRow, get_person, role_label
from app.org.queries import active, chunks
from app.org.units import ONE_DAY, OrgError, clean_text, get_unit, get_version, nb_sort_key
from db.models import (
    FollowUpLink,
    Network,
    NetworkMembership,
    Person,
    Position,
    PositionRole,
    Unit,
    UnitKind,
)
from db.rows import get_or_gone, row_snapshot

NETWORK_FIELDS = ("name", "colour", "description")
_COLOUR = re.compile(r"#[0-9a-fA-F]{6}(?:[0-9a-fA-F]{2})?")


@dataclass(frozen=True)
class FollowUpChange:
    unit_id: uuid.UUID
    link_id: uuid.UUID | None  # the new link, None when the unit got no follow-up lead
    ended: list[tuple[uuid.UUID, date | None]]  # links ended the day before, with their old end
    removed: list[dict[str, Any]]  # links that had not started yet and were replaced


@dataclass(frozen=True)
class NetworkRow:
    id: uuid.UUID
    name: str
    colour: str
    unit_ids: list[uuid.UUID]
    coordinator_id: uuid.UUID | None
    description: str = ""


def _network(session: Session, network_id: uuid.UUID) -> Network:
    return get_or_gone(session, Network, network_id, OrgError(
        "Nettverket finnes ikke lenger. Oppdater visningen og prøv igjen."
    ))


def follow_up_leads(session: Session, version_id: uuid.UUID, on: date) -> list[PersonRow]:
    """Who can follow up units in the version on ``on``: the rådmann first, then the kommunalsjefer."""
    rows = session.execute(
        select(Person, Position.role, Unit.kind, Unit.name).join(Position, Position.person_id == Person.id)
        .join(Unit, Unit.id == Position.unit_id)
        .where(Unit.org_version_id == version_id, active(Position.start_date, Position.end_date, on),
               Position.role.in_([PositionRole.CHIEF_EXECUTIVE, PositionRole.FOLLOW_UP_LEAD]))
    ).all()
    chiefs: dict[uuid.UUID, PersonRow] = {}
    leads: dict[uuid.UUID, tuple[Person, PersonRow]] = {}
    for person, role, kind, unit_name in rows:
        label = f"{role_label(role)}, {unit_name}"
        if role == PositionRole.CHIEF_EXECUTIVE:
            chiefs.setdefault(person.id, PersonRow(person.id, person.full_name, person.title, label))
        elif kind == UnitKind.TOP_TEAM:
            leads.setdefault(person.id, (person, PersonRow(person.id, person.full_name, person.title, label)))
    ordered = sorted((p for p in leads.values() if p[0].id not in chiefs),
                     key=lambda p: (nb_sort_key(p[0].family_name), nb_sort_key(p[0].given_name)))
    return [*chiefs.values(), *(row for _, row in ordered)]


def set_follow_up_lead(
    session: Session, *, unit_id: uuid.UUID, person_id: uuid.UUID | None, start: date
) -> FollowUpChange:
    """The unit is followed up by ``person_id`` from ``start`` (None: by nobody from then)."""
    get_unit(session, unit_id)
    if person_id is not None:
        get_person(session, person_id)
    links = list(session.scalars(select(FollowUpLink).where(
        FollowUpLink.unit_id == unit_id, (FollowUpLink.end_date.is_(None)) | (FollowUpLink.end_date >= start)
    )))
    if person_id is not None and any(
        link.lead_person_id == person_id and link.start_date <= start and link.end_date is None for link in links
    ) and len(links) == 1:
        return FollowUpChange(unit_id, None, [], [])  # already so: nothing to change or undo
    ended: list[tuple[uuid.UUID, date | None]] = []
    removed: list[dict[str, Any]] = []
    for link in links:
        if link.start_date < start:
            ended.append((link.id, link.end_date))
            link.end_date = start - ONE_DAY
        else:  # had not started yet: the new choice replaces it
            removed.append(row_snapshot(link))
            session.delete(link)
    session.flush()
    link_id = None
    if person_id is not None:
        link_id = uuid.uuid4()
        session.add(FollowUpLink(id=link_id, unit_id=unit_id, lead_person_id=person_id, start_date=start))
        session.flush()
    return FollowUpChange(unit_id, link_id, ended, removed)


def undo_follow_up(session: Session, change: FollowUpChange) -> None:
    if change.link_id is not None:
        link = session.get(FollowUpLink, change.link_id)
        if link is not None:
            session.delete(link)
            session.flush()
    for link_id, old_end in change.ended:
        link = session.get(FollowUpLink, link_id)
        if link is not None:
            link.end_date = old_end
    session.add_all(FollowUpLink(**values) for values in change.removed)
    session.flush()


def _network_name(session: Session, version_id: uuid.UUID, name: Any, except_id: uuid.UUID | None = None) -> str:
    name = clean_text(name, "Navnet på nettverket", 200, required=True)
    stmt = select(Network.id).where(Network.org_version_id == version_id, Network.name == name)
    if except_id is not None:
        stmt = stmt.where(Network.id != except_id)
    if session.scalar(stmt.limit(1)) is not None:
        raise OrgError(f"Det finnes allerede et nettverk som heter «{name}» i denne versjonen. Velg et annet navn.")
    return name


def _colour(value: Any) -> str:
    colour = str(value or "").strip()
    if not _COLOUR.fullmatch(colour):
        raise OrgError(f"Fargen «{colour}» må skrives som #rrggbb, for eksempel #2e7d32.")
    return colour.lower()


def create_network(session: Session, *, version_id: uuid.UUID, name: str, colour: str = "#2e7d32") -> Network:
    get_version(session, version_id)
    network = Network(id=uuid.uuid4(), org_version_id=version_id, name=_network_name(session, version_id, name),
                      colour=_colour(colour))
    session.add(network)
    session.flush()
    return network


def update_network(session: Session, network_id: uuid.UUID, **changes: Any) -> dict[str, Any]:
    """Change a network's name, colour or description; returns the old values."""
    unknown = set(changes) - set(NETWORK_FIELDS)
    if unknown:
        raise TypeError(f"update_network: unknown field(s) {', '.join(sorted(unknown))}")
    network = _network(session, network_id)
    new: dict[str, Any] = {}
    for key, value in changes.items():
        if key == "name":
            new[key] = _network_name(session, network.org_version_id, value, except_id=network_id)
        elif key == "colour":
            new[key] = _colour(value)
        else:
            new[key] = "" if value is None else str(value).strip()
    old = {key: getattr(network, key) for key in new}
    for key, value in new.items():
        setattr(network, key, value)
    session.flush()
    return old


def delete_network(session: Session, network_id: uuid.UUID) -> dict[str, Any]:
    """Delete a network and its memberships; returns the snapshot ``restore_network`` takes."""
    network = _network(session, network_id)
    memberships = list(session.scalars(select(NetworkMembership).where(NetworkMembership.network_id == network_id)))
    snapshot = {"network": row_snapshot(network), "memberships": [row_snapshot(m) for m in memberships]}
    for membership in memberships:
        session.delete(membership)
    session.flush()
    session.delete(network)
    session.flush()
    return snapshot


def restore_network(session: Session, snapshot: dict[str, Any]) -> Network:
    values = snapshot["network"]
    get_version(session, values["org_version_id"])
    _network_name(session, values["org_version_id"], values["name"])
    network = Network(**values)
    session.add(network)
    session.flush()
    unit_ids = [m["unit_id"] for m in snapshot["memberships"]]
    existing = {u for part in chunks(unit_ids) for u in session.scalars(select(Unit.id).where(Unit.id.in_(part)))}
    session.add_all(NetworkMembership(**m) for m in snapshot["memberships"] if m["unit_id"] in existing)
    session.flush()
    return network


def set_network_members(
    session: Session, network_id: uuid.UUID, unit_ids: list[uuid.UUID], coordinator_id: uuid.UUID | None = None
) -> tuple[list[uuid.UUID], uuid.UUID | None]:
    """Make exactly these units the network's members; returns the old members and old coordinator."""
    network = _network(session, network_id)
    wanted = list(dict.fromkeys(unit_ids))
    found = {u.id: u for part in chunks(wanted) for u in session.scalars(select(Unit).where(Unit.id.in_(part)))}
    for unit_id in wanted:
        unit = found.get(unit_id)
        if unit is None:
            raise OrgError("En av enhetene finnes ikke lenger. Oppdater visningen og prøv igjen.")
        if unit.org_version_id != network.org_version_id:
            raise OrgError(f"«{unit.name}» hører til en annen organisasjonsversjon enn nettverket "
                           f"«{network.name}».")
    if coordinator_id is not None and coordinator_id not in found:
        raise OrgError(f"Koordinatoren må være medlem av nettverket «{network.name}». Legg enheten til først.")
    memberships = list(session.scalars(
        select(NetworkMembership).join(Unit, Unit.id == NetworkMembership.unit_id)
        .where(NetworkMembership.network_id == network_id).order_by(Unit.sort_order, Unit.name)
    ))
    old_members = [m.unit_id for m in memberships]
    old_coordinator = next((m.unit_id for m in memberships if m.is_coordinator), None)
    keep = set(wanted)
    for membership in memberships:
        if membership.unit_id not in keep:
            session.delete(membership)
        elif membership.is_coordinator != (membership.unit_id == coordinator_id):
            membership.is_coordinator = membership.unit_id == coordinator_id
    have = set(old_members)
    session.add_all(NetworkMembership(network_id=network_id, unit_id=u, is_coordinator=u == coordinator_id)
                    for u in wanted if u not in have)
    session.flush()
    return old_members, old_coordinator


def networks(session: Session, version_id: uuid.UUID) -> list[NetworkRow]:
    members: dict[uuid.UUID, list[uuid.UUID]] = defaultdict(list)
    coordinators: dict[uuid.UUID, uuid.UUID] = {}
    for network_id, unit_id, is_coordinator in session.execute(
        select(NetworkMembership.network_id, NetworkMembership.unit_id, NetworkMembership.is_coordinator)
        .join(Network, Network.id == NetworkMembership.network_id).join(Unit, Unit.id == NetworkMembership.unit_id)
        .where(Network.org_version_id == version_id).order_by(Unit.sort_order, Unit.name)
    ):
        members[network_id].append(unit_id)
        if is_coordinator:
            coordinators.setdefault(network_id, unit_id)
    return [
        NetworkRow(n.id, n.name, n.colour, members.get(n.id, []), coordinators.get(n.id), n.description)
        for n in session.scalars(select(Network).where(Network.org_version_id == version_id).order_by(Network.name))
    ]
