"""People and their positions: add, edit and delete people, appoint, end a position, move a leader."""

from __future__ import annotations

import re
import uuid
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.formatting import format_date
from app.org.queries import active, current_version
from app.org.units import ONE_DAY, OrgError, clean_text, get_unit, nb_sort_key
from db.models import (
    FollowUpLink,
    Municipality,
    Person,
    Position,
    PositionRole,
    Unit,
    UnitKind,
)
from db.rows import get_or_gone

# Roles only one person holds at a time in a unit: a new holder ends the previous one.
SINGLE_HOLDER_ROLES = (PositionRole.CHIEF_EXECUTIVE, PositionRole.LEADER, PositionRole.ACTING_LEADER)
TOP_TEAM_ROLES = (PositionRole.FOLLOW_UP_LEAD, PositionRole.MEMBER)
LEADER_ROLES = (PositionRole.LEADER, PositionRole.ACTING_LEADER)
ROLE_NAMES = {
    PositionRole.CHIEF_EXECUTIVE: "rådmann",
    PositionRole.FOLLOW_UP_LEAD: "kommunalsjef",
    PositionRole.LEADER: "leder",
    PositionRole.ACTING_LEADER: "konstituert leder",
    PositionRole.MEMBER: "medlem",
}
PERSON_FIELDS = ("given_name", "family_name", "title", "email", "phone", "username")


@dataclass(frozen=True)
class PersonRow:
    id: uuid.UUID
    full_name: str
    title: str
    positions: str  # what the person holds in the current organisation, e.g. «Leder, Brekka skole»


@dataclass(frozen=True)
class PersonDetail:
    """A person with every editable field, for the Personer list."""

    id: uuid.UUID
    given_name: str
    family_name: str
    title: str
    email: str
    phone: str
    positions: str


@dataclass(frozen=True)
class AppointResult:
    position_id: uuid.UUID
    ended: list[tuple[uuid.UUID, date | None]]  # positions ended by the appointment, with their old end


@dataclass(frozen=True)
class MoveLeaderResult:
    ended_position_id: uuid.UUID
    old_end: date | None
    appointment: AppointResult


def get_person(session: Session, person_id: uuid.UUID) -> Person:
    return get_or_gone(session, Person, person_id, OrgError(
        "Personen finnes ikke lenger. Oppdater visningen og prøv igjen."
    ))


def _validated_person_value(session: Session, key: str, value: Any, person_id: uuid.UUID | None) -> Any:
    if key == "given_name":
        return clean_text(value, "Fornavn", 100, required=True)
    if key == "family_name":
        return clean_text(value, "Etternavn", 100, required=True)
    if key == "title":
        return clean_text(value, "Stillingstittel", 200)
    if key == "phone":
        return clean_text(value, "Telefonnummer", 40)
    if key == "email":
        email = clean_text(value, "E-postadressen", 200)
        if email and not re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", email):
            raise OrgError(f"E-postadressen «{email}» ser ikke riktig ut. Skriv den som navn@kommune.no.")
        return email
    if key == "username":
        username = clean_text(value, "Brukernavnet", 100) or None
        if username is not None:
            other = session.scalar(select(Person).where(Person.username == username, Person.id != person_id))
            if other is not None:
                raise OrgError(f"Brukernavnet «{username}» brukes allerede av {other.full_name}. Velg et annet.")
        return username
    raise TypeError(f"unknown person field {key!r}")


def add_person(
    session: Session,
    *,
    given_name: str,
    family_name: str,
    title: str = "",
    email: str = "",
    phone: str = "",
    username: str | None = None,
) -> Person:
    municipality_id = session.scalar(select(Municipality.id).order_by(Municipality.created_at).limit(1))
    if municipality_id is None:
        raise OrgError("Databasen har ingen kommune ennå. Importer en organisasjon eller lag demokommunen først.")
    values = {key: _validated_person_value(session, key, value, None) for key, value in
              (("given_name", given_name), ("family_name", family_name), ("title", title), ("email", email),
               ("phone", phone), ("username", username))}
    person = Person(id=uuid.uuid4(), municipality_id=municipality_id, **values)
    session.add(person)
    session.flush()
    return person


def delete_person(session: Session, person_id: uuid.UUID) -> None:
    """Remove a person who holds no position and follows up no unit (undo of add_person)."""
    person = get_person(session, person_id)
    holds = session.scalar(select(Position.id).where(Position.person_id == person_id).limit(1))
    follows = session.scalar(select(FollowUpLink.id).where(FollowUpLink.lead_person_id == person_id).limit(1))
    if holds is not None or follows is not None:
        raise OrgError(f"{person.full_name} har eller har hatt stillinger eller oppfølgingsansvar og kan ikke "
                       "slettes. Avslutt stillingene i stedet.")
    session.delete(person)
    session.flush()


def update_person(session: Session, person_id: uuid.UUID, **changes: Any) -> dict[str, Any]:
    """Change some of a person's fields; returns their old values."""
    unknown = set(changes) - set(PERSON_FIELDS)
    if unknown:
        raise TypeError(f"update_person: unknown field(s) {', '.join(sorted(unknown))}")
    person = get_person(session, person_id)
    new = {key: _validated_person_value(session, key, value, person_id) for key, value in changes.items()}
    old = {key: getattr(person, key) for key in new}
    for key, value in new.items():
        if getattr(person, key) != value:
            setattr(person, key, value)
    session.flush()
    return old


def role_label(role: PositionRole) -> str:
    label = ROLE_NAMES[role]
    return label[0].upper() + label[1:]


def list_people(session: Session, *, on: date | None = None) -> list[PersonRow]:
    """Everyone, by family name, with what they hold in the current organisation on ``on`` (default today)."""
    on = on or date.today()
    held: dict[uuid.UUID, list[str]] = defaultdict(list)
    version = current_version(session)
    if version is not None:
        for person_id, role, unit_name in session.execute(
            select(Position.person_id, Position.role, Unit.name).join(Unit, Unit.id == Position.unit_id)
            .where(Unit.org_version_id == version.id, active(Position.start_date, Position.end_date, on))
            .order_by(Unit.sort_order, Unit.name)
        ):
            held[person_id].append(f"{role_label(role)}, {unit_name}")
    people = sorted(session.scalars(select(Person)),
                    key=lambda p: (nb_sort_key(p.family_name), nb_sort_key(p.given_name)))
    return [PersonRow(p.id, p.full_name, p.title, "; ".join(held.get(p.id, []))) for p in people]


def list_people_detail(session: Session, *, on: date | None = None) -> list[PersonDetail]:
    """:func:`list_people` with every field a user can edit."""
    rows = list_people(session, on=on)
    people = {p.id: p for p in session.scalars(select(Person))}
    return [PersonDetail(r.id, people[r.id].given_name, people[r.id].family_name, people[r.id].title,
                         people[r.id].email, people[r.id].phone, r.positions) for r in rows]


def _role(value: Any) -> PositionRole:
    try:
        return PositionRole(value)
    except ValueError:
        raise OrgError(f"«{value}» er ikke en kjent rolle. Velg leder, konstituert leder eller kommunalsjef.")\
            from None


def appoint(
    session: Session,
    *,
    unit_id: uuid.UUID,
    person_id: uuid.UUID,
    role: str,
    start: date,
    end: date | None = None,
    title: str = "",
) -> AppointResult:
    """Give a person a role in a unit from ``start``.

    A new leader, acting leader or rådmann ends the unit's previous holder of that role the day
    before; a new leader also ends a running acting leadership, since the stand-in is no longer needed.
    """
    unit = get_unit(session, unit_id)
    person = get_person(session, person_id)
    role_value = _role(role)
    if end is not None and end < start:
        raise OrgError(f"Sluttdatoen {format_date(end)} er før startdatoen {format_date(start)}. Rett datoene.")
    if role_value in TOP_TEAM_ROLES and unit.kind != UnitKind.TOP_TEAM:
        raise OrgError(f"Rollen {ROLE_NAMES[role_value]} hører til ledergruppen, ikke «{unit.name}». "
                       "Velg ledergruppen som enhet.")
    if role_value == PositionRole.CHIEF_EXECUTIVE and unit.kind != UnitKind.ADMINISTRATION:
        raise OrgError(f"Rådmannen registreres på enheten for rådmannen, ikke på «{unit.name}».")
    if role_value in LEADER_ROLES and unit.kind == UnitKind.TOP_TEAM:
        raise OrgError(f"«{unit.name}» ledes av rådmannen. Registrer medlemmene som kommunalsjef eller medlem.")
    positions = list(session.scalars(select(Position).where(Position.unit_id == unit_id)))
    running = [p for p in positions if p.end_date is None or p.end_date >= start]
    to_end: list[Position] = []
    for p in running:
        if (role_value in SINGLE_HOLDER_ROLES and p.role == role_value) or (
            role_value == PositionRole.LEADER and p.role == PositionRole.ACTING_LEADER
        ):
            if p.start_date >= start:
                if p.role != role_value:
                    continue  # a stand-in planned for later is left for the user to decide on
                raise OrgError(
                    f"«{unit.name}» har allerede {ROLE_NAMES[p.role]} fra {format_date(p.start_date)} "
                    f"({p.person.full_name}). Velg en startdato etter det, eller endre den stillingen først."
                )
            to_end.append(p)
        elif p.role == role_value and p.person_id == person_id and (end is None or p.start_date <= end):
            raise OrgError(f"{person.full_name} er allerede {ROLE_NAMES[role_value]} i «{unit.name}» i den "
                           "perioden.")
    ended = [(p.id, p.end_date) for p in to_end]
    for p in to_end:
        p.end_date = start - ONE_DAY
    position = Position(id=uuid.uuid4(), unit_id=unit_id, person_id=person_id, role=role_value,
                        title=clean_text(title, "Stillingstittel", 200), start_date=start, end_date=end)
    session.add(position)
    session.flush()
    return AppointResult(position.id, ended)


def undo_appoint(session: Session, result: AppointResult) -> None:
    position = session.get(Position, result.position_id)
    if position is not None:
        session.delete(position)
    session.flush()
    for position_id, old_end in result.ended:
        earlier = session.get(Position, position_id)
        if earlier is not None:
            earlier.end_date = old_end
    session.flush()


def end_position(session: Session, position_id: uuid.UUID, end: date | None) -> date | None:
    """Set (or with None clear) a position's last day; returns the old one."""
    position = get_or_gone(session, Position, position_id, OrgError(
        "Stillingen finnes ikke lenger. Oppdater visningen og prøv igjen."
    ))
    if end is not None and end < position.start_date:
        raise OrgError(f"{position.person.full_name} begynte som {ROLE_NAMES[position.role]} "
                       f"{format_date(position.start_date)}; sluttdatoen kan ikke være før det "
                       f"({format_date(end)}).")
    old = position.end_date
    position.end_date = end
    session.flush()
    return old


def move_leader(
    session: Session, *, person_id: uuid.UUID, from_unit_id: uuid.UUID, to_unit_id: uuid.UUID, on: date
) -> MoveLeaderResult:
    """The person leads ``to_unit`` from ``on`` and stops leading ``from_unit`` the day before."""
    person = get_person(session, person_id)
    source, target = get_unit(session, from_unit_id), get_unit(session, to_unit_id)
    if source.org_version_id != target.org_version_id:
        raise OrgError(f"«{source.name}» og «{target.name}» hører til forskjellige organisasjonsversjoner.")
    if from_unit_id == to_unit_id:
        raise OrgError(f"{person.full_name} leder allerede «{source.name}». Velg en annen enhet.")
    current = session.scalars(
        select(Position).where(Position.unit_id == from_unit_id, Position.person_id == person_id,
                               Position.role.in_(LEADER_ROLES), active(Position.start_date, Position.end_date, on))
        .order_by(Position.start_date.desc())
    ).first()
    if current is None:
        raise OrgError(f"{person.full_name} er ikke leder for «{source.name}» {format_date(on)}. Velg riktig dato "
                       "eller enhet.")
    if current.start_date >= on:
        raise OrgError(f"{person.full_name} begynte i «{source.name}» {format_date(current.start_date)}. Velg en "
                       "dato etter det for flyttingen.")
    old_end = current.end_date
    current.end_date = on - ONE_DAY
    session.flush()
    try:
        appointment = appoint(session, unit_id=to_unit_id, person_id=person_id, role=current.role, start=on,
                              end=old_end, title=current.title)
    except OrgError:
        current.end_date = old_end  # the caller may go on with the session: leave it as it was
        raise
    return MoveLeaderResult(current.id, old_end, appointment)


def undo_move_leader(session: Session, result: MoveLeaderResult) -> None:
    undo_appoint(session, result.appointment)
    position = session.get(Position, result.ended_position_id)
    if position is not None:
        position.end_date = result.old_end
    session.flush()
