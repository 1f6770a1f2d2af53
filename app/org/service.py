"""Editing the organisation: units, ansvar codes, people, positions, follow-up links and networks.

Every function is one user action: it takes the session first and plain values, changes rows
in the caller's transaction and returns what is needed to undo it (the old values, a snapshot,
or a result object that the matching ``undo_*`` function takes). The GUI's undo commands are
pairs of these calls, so an undo must restore exactly, ids included.
"""

from __future__ import annotations

import re
import uuid
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal, InvalidOperation
from itertools import pairwise
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import AppError
from app.formatting import format_date
from app.org.queries import active, children_map, chunks, covers, current_version, walk
from db.models import (
    Agreement,
    FollowUpLink,
    Meeting,
    Municipality,
    Network,
    NetworkMembership,
    OrgVersion,
    Person,
    Position,
    PositionRole,
    Unit,
    UnitAnsvar,
    UnitKind,
    YearType,
)
from db.rows import get_or_gone, row_snapshot


class OrgError(AppError):
    """A change to the organisation that cannot be made as asked; the message says why."""


ONE_DAY = timedelta(days=1)
UNIT_NAME_MAX = 500  # Unit.name's column: the state's register has names of 215+ characters
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
UNIT_FIELDS = ("name", "short_name", "kind", "fte", "staff_count", "area_of_work", "services", "is_external",
               "year_type", "code")
PERSON_FIELDS = ("given_name", "family_name", "title", "email", "phone", "username")
NETWORK_FIELDS = ("name", "colour", "description")
_CODE_PART = r"[0-9A-Za-zÆØÅæøå]+"
_ANSVAR = re.compile(rf"({_CODE_PART})(?:\s*-\s*({_CODE_PART}))?")
_COLOUR = re.compile(r"#[0-9a-fA-F]{6}(?:[0-9a-fA-F]{2})?")
_MAX_FTE = Decimal("999999.99")  # Numeric(8, 2)


# --- plain results ---------------------------------------------------------------------------


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
class PositionRow:
    id: uuid.UUID
    person_id: uuid.UUID
    person_name: str
    role: str
    start: date
    end: date | None
    active: bool
    title: str = ""


@dataclass(frozen=True)
class UnitDetail:
    id: uuid.UUID
    version_id: uuid.UUID
    parent_id: uuid.UUID | None
    code: str
    name: str
    short_name: str
    kind: str
    fte: Decimal
    staff_count: int
    area_of_work: str
    services: list[str]
    is_external: bool
    year_type: str
    ansvar: list[str]
    positions: list[PositionRow]
    follow_up_lead_id: uuid.UUID | None
    follow_up_lead_name: str | None
    network_ids: list[uuid.UUID]
    lineage_id: uuid.UUID | None = None


@dataclass(frozen=True)
class AppointResult:
    position_id: uuid.UUID
    ended: list[tuple[uuid.UUID, date | None]]  # positions ended by the appointment, with their old end


@dataclass(frozen=True)
class MoveLeaderResult:
    ended_position_id: uuid.UUID
    old_end: date | None
    appointment: AppointResult


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


# --- helpers ---------------------------------------------------------------------------------


def _unit(session: Session, unit_id: uuid.UUID) -> Unit:
    return get_or_gone(session, Unit, unit_id, OrgError(
        "Enheten finnes ikke lenger (den kan være slettet). Oppdater visningen og prøv igjen."
    ))


def _person(session: Session, person_id: uuid.UUID) -> Person:
    return get_or_gone(session, Person, person_id, OrgError(
        "Personen finnes ikke lenger. Oppdater visningen og prøv igjen."
    ))


def _version(session: Session, version_id: uuid.UUID) -> OrgVersion:
    return get_or_gone(session, OrgVersion, version_id, OrgError(
        "Organisasjonsversjonen finnes ikke lenger. Oppdater visningen og prøv igjen."
    ))


def _network(session: Session, network_id: uuid.UUID) -> Network:
    return get_or_gone(session, Network, network_id, OrgError(
        "Nettverket finnes ikke lenger. Oppdater visningen og prøv igjen."
    ))


def sibling_units(session: Session, version_id: uuid.UUID, parent_id: uuid.UUID | None) -> list[Unit]:
    parent_test = Unit.parent_id.is_(None) if parent_id is None else Unit.parent_id == parent_id
    return list(session.scalars(
        select(Unit).where(Unit.org_version_id == version_id, parent_test).order_by(Unit.sort_order, Unit.name)
    ))


def renumber(siblings: list[Unit]) -> None:
    for index, unit in enumerate(siblings):
        if unit.sort_order != index:  # untouched rows stay out of the audit log
            unit.sort_order = index


def expire_children(session: Session, parent_ids: set[uuid.UUID | None]) -> None:
    """Loaded ``Unit.children`` lists do not follow a changed ``parent_id``: make them reload."""
    for obj in list(session.identity_map.values()):
        if isinstance(obj, Unit) and obj.id in parent_ids:
            session.expire(obj, ["children"])


def _levels(units: list[Unit]) -> list[list[Unit]]:
    """Units of a subtree grouped by depth below its root: the order inserts and deletes must follow."""
    depth: dict[uuid.UUID, int] = {}
    levels: list[list[Unit]] = []
    by_id = {u.id: u for u in units}
    for unit in units:
        chain = []
        current: Unit | None = unit
        while current is not None and current.id not in depth:
            chain.append(current)
            current = by_id.get(current.parent_id) if current.parent_id is not None else None
        base = depth[current.id] + 1 if current is not None else 0
        for offset, item in enumerate(reversed(chain)):
            depth[item.id] = base + offset
    for unit in units:
        while len(levels) <= depth[unit.id]:
            levels.append([])
        levels[depth[unit.id]].append(unit)
    return levels


def clean_text(value: Any, label: str, max_len: int, *, required: bool = False) -> str:
    text = "" if value is None else str(value).strip()
    if required and not text:
        raise OrgError(f"{label} må fylles ut.")
    if len(text) > max_len:
        raise OrgError(f"{label} kan være høyst {max_len} tegn; «{text[:40]}…» er {len(text)} tegn. Kort det ned.")
    return text


def next_code(session: Session, version_id: uuid.UUID) -> str:
    """A code not used in the version: one past the highest numeric code, or E1, E2, ..."""
    codes = set(session.scalars(select(Unit.code).where(Unit.org_version_id == version_id)))
    numeric = [c for c in codes if c.isdigit()]
    if numeric:
        width = max(len(c) for c in numeric)
        n = max(int(c) for c in numeric) + 1
        while str(n).zfill(width) in codes:
            n += 1
        return str(n).zfill(width)
    n = len(codes) + 1
    while f"E{n}" in codes:
        n += 1
    return f"E{n}"


def code_taken(session: Session, version_id: uuid.UUID, code: str, except_id: uuid.UUID | None = None) -> str | None:
    """The name of another unit in the version with this code, if any."""
    stmt = select(Unit.name).where(Unit.org_version_id == version_id, Unit.code == code)
    if except_id is not None:
        stmt = stmt.where(Unit.id != except_id)
    return session.scalar(stmt.limit(1))


# --- units -----------------------------------------------------------------------------------


def add_unit(
    session: Session,
    *,
    version_id: uuid.UUID,
    parent_id: uuid.UUID | None,
    name: str,
    kind: str,
    position: int | None = None,
    code: str | None = None,
) -> Unit:
    """A new unit under ``parent_id`` (None: at the top) at sibling index ``position`` (None: last)."""
    _version(session, version_id)
    name = clean_text(name, "Navnet på enheten", UNIT_NAME_MAX, required=True)
    kind_value = _unit_kind(kind)
    if parent_id is not None and _unit(session, parent_id).org_version_id != version_id:
        raise OrgError("Den overordnede enheten hører til en annen organisasjonsversjon. Oppdater visningen.")
    if code is None or not str(code).strip():
        code = next_code(session, version_id)
    else:
        code = clean_text(code, "Enhets-id", 64)
        other = code_taken(session, version_id, code)
        if other:
            raise OrgError(f"Enhets-id «{code}» brukes allerede av «{other}». Velg en annen id.")
    unit = Unit(id=uuid.uuid4(), org_version_id=version_id, lineage_id=uuid.uuid4(), parent_id=parent_id,
                code=code, name=name, kind=kind_value, services=[])
    siblings = sibling_units(session, version_id, parent_id)
    index = len(siblings) if position is None else max(0, min(position, len(siblings)))
    siblings.insert(index, unit)
    unit.sort_order = index
    session.add(unit)
    renumber(siblings)
    session.flush()
    expire_children(session, {parent_id})
    return unit


def snapshot_subtree(session: Session, unit_id: uuid.UUID) -> dict[str, Any]:
    """Everything needed to put the unit and its subtree back with the same ids (see ``restore_subtree``)."""
    root = _unit(session, unit_id)
    ids = walk(children_map(session, root.org_version_id), unit_id)
    siblings = sibling_units(session, root.org_version_id, root.parent_id)
    units = {u.id: u for part in chunks(ids) for u in session.scalars(select(Unit).where(Unit.id.in_(part)))}

    def rows(model: Any) -> list[dict[str, Any]]:
        found: list[dict[str, Any]] = []
        for part in chunks(ids):
            found.extend(row_snapshot(obj) for obj in session.scalars(select(model).where(model.unit_id.in_(part))))
        return found

    def referring(model: Any) -> list[tuple[uuid.UUID, uuid.UUID]]:
        found: list[tuple[uuid.UUID, uuid.UUID]] = []
        for part in chunks(ids):
            found.extend(session.execute(select(model.id, model.unit_id).where(model.unit_id.in_(part))).all())
        return [(a, b) for a, b in found]

    return {
        "root_id": unit_id,
        "name": root.name,
        "version_id": root.org_version_id,
        "parent_id": root.parent_id,
        "position": next(i for i, s in enumerate(siblings) if s.id == unit_id),
        "units": [row_snapshot(units[i]) for i in ids],  # parents first
        "ansvar": rows(UnitAnsvar),
        "positions": rows(Position),
        "follow_up_links": rows(FollowUpLink),
        "memberships": rows(NetworkMembership),
        # Agreements and meetings outlive a deleted unit (their unit becomes empty); undo relinks them.
        "agreements": referring(Agreement),
        "meetings": referring(Meeting),
    }


def restore_subtree(session: Session, snapshot: dict[str, Any]) -> Unit:
    """Put back a unit and its subtree from ``snapshot_subtree``/``delete_unit``, same ids and same place."""
    version_id = snapshot["version_id"]
    _version(session, version_id)
    parent_id = snapshot["parent_id"]
    if parent_id is not None and session.get(Unit, parent_id) is None:
        raise OrgError(f"Kan ikke gjenopprette «{snapshot['name']}» fordi den overordnede enheten er slettet. "
                       "Gjenopprett den først.")
    units = snapshot["units"]
    if session.get(Unit, snapshot["root_id"]) is not None:
        raise OrgError(f"Enheten «{snapshot['name']}» finnes allerede.")
    codes = [u["code"] for u in units]
    for part in chunks(codes):
        taken = session.execute(
            select(Unit.code, Unit.name).where(Unit.org_version_id == version_id, Unit.code.in_(part)).limit(1)
        ).first()
        if taken:
            raise OrgError(f"Kan ikke gjenopprette «{snapshot['name']}»: enhets-id «{taken.code}» brukes nå av "
                           f"«{taken.name}». Endre id-en på den enheten først.")
    restored = [Unit(**values) for values in units]
    for level in _levels(restored):  # parents first, so each insert finds its parent
        session.add_all(level)
        session.flush()
    people = {p for (p,) in session.execute(select(Person.id))}
    networks = {n for (n,) in session.execute(select(Network.id).where(Network.org_version_id == version_id))}
    session.add_all(UnitAnsvar(**values) for values in snapshot["ansvar"])
    session.add_all(Position(**v) for v in snapshot["positions"] if v["person_id"] in people)
    session.add_all(FollowUpLink(**v) for v in snapshot["follow_up_links"] if v["lead_person_id"] in people)
    session.add_all(NetworkMembership(**v) for v in snapshot["memberships"] if v["network_id"] in networks)
    for obj_id, unit_id in snapshot.get("agreements", []):
        agreement = session.get(Agreement, obj_id)
        if agreement is not None and agreement.unit_id is None:
            agreement.unit_id = unit_id
    for obj_id, unit_id in snapshot.get("meetings", []):
        meeting = session.get(Meeting, obj_id)
        if meeting is not None and meeting.unit_id is None:
            meeting.unit_id = unit_id
    root = restored[0]
    siblings = [s for s in sibling_units(session, version_id, parent_id) if s.id != root.id]
    siblings.insert(max(0, min(snapshot["position"], len(siblings))), root)
    orders = [s.sort_order for s in siblings]
    if any(a >= b for a, b in pairwise(orders)):  # the old number no longer fits
        renumber(siblings)
    session.flush()
    expire_children(session, {parent_id})
    return root


def delete_unit(session: Session, unit_id: uuid.UUID) -> dict[str, Any]:
    """Delete a unit and its whole subtree; returns the snapshot that ``restore_subtree`` undoes it with."""
    unit = _unit(session, unit_id)
    if unit.kind == UnitKind.ADMINISTRATION and session.scalar(
        select(Unit.id).where(Unit.parent_id == unit_id).limit(1)
    ):
        raise OrgError(f"«{unit.name}» er toppen av administrasjonen og har underenheter, så den kan ikke "
                       "slettes. Flytt eller slett underenhetene først.")
    snapshot = snapshot_subtree(session, unit_id)
    ids = [u["id"] for u in snapshot["units"]]
    for obj_id, _ in snapshot["agreements"]:
        session.get_one(Agreement, obj_id).unit_id = None
    for obj_id, _ in snapshot["meetings"]:
        session.get_one(Meeting, obj_id).unit_id = None
    # Row by row through the ORM: the audit log records each row, and the session forgets them all.
    child_models: tuple[type[NetworkMembership] | type[FollowUpLink] | type[Position] | type[UnitAnsvar], ...] = (
        NetworkMembership, FollowUpLink, Position, UnitAnsvar)
    for model in child_models:
        for part in chunks(ids):
            for obj in session.scalars(select(model).where(model.unit_id.in_(part))):
                session.delete(obj)
    session.flush()
    units = [u for part in chunks(ids) for u in session.scalars(select(Unit).where(Unit.id.in_(part)))]
    for level in reversed(_levels(units)):  # children before their parents
        for obj in level:
            session.delete(obj)
        session.flush()
    # The siblings keep their sort order numbers: a gap is harmless and undo puts the unit back in it.
    expire_children(session, {snapshot["parent_id"]})
    return snapshot


def move_unit(
    session: Session, unit_id: uuid.UUID, new_parent_id: uuid.UUID | None, position: int
) -> tuple[uuid.UUID | None, int]:
    """Move a unit under ``new_parent_id`` (None: to the top) at sibling index ``position``.

    Returns (old parent id, old index), so calling ``move_unit`` with them undoes the move.
    """
    unit = _unit(session, unit_id)
    if new_parent_id is not None:
        parent = _unit(session, new_parent_id)
        if parent.org_version_id != unit.org_version_id:
            raise OrgError(f"Kan ikke flytte «{unit.name}» til en annen organisasjonsversjon. Kopier heller "
                           "versjonen til et scenario og gjør endringen der.")
        if new_parent_id == unit_id:
            raise OrgError(f"Kan ikke flytte {unit.name} under seg selv.")
        if new_parent_id in walk(children_map(session, unit.org_version_id), unit_id):
            raise OrgError(f"Kan ikke flytte {unit.name} under en av sine egne underenheter.")
    old_parent_id = unit.parent_id
    old_siblings = sibling_units(session, unit.org_version_id, old_parent_id)
    old_position = next(i for i, s in enumerate(old_siblings) if s.id == unit_id)
    old_siblings.pop(old_position)
    if new_parent_id == old_parent_id:
        new_siblings = old_siblings
    else:
        renumber(old_siblings)
        new_siblings = sibling_units(session, unit.org_version_id, new_parent_id)
    new_siblings.insert(max(0, min(position, len(new_siblings))), unit)
    unit.parent_id = new_parent_id
    renumber(new_siblings)
    session.flush()
    expire_children(session, {old_parent_id, new_parent_id})
    return old_parent_id, old_position


def _unit_kind(value: Any) -> UnitKind:
    try:
        return UnitKind(value)
    except ValueError:
        raise OrgError(f"«{value}» er ikke en kjent enhetstype. Velg en type fra listen.") from None


def _validated_unit_value(session: Session, unit: Unit, key: str, value: Any) -> Any:
    if key == "name":
        return clean_text(value, "Navnet på enheten", UNIT_NAME_MAX, required=True)
    if key == "short_name":
        return clean_text(value, "Kortnavnet", 60)
    if key == "area_of_work":
        return "" if value is None else str(value).strip()
    if key == "kind":
        return _unit_kind(value)
    if key == "year_type":
        try:
            return YearType(value)
        except ValueError:
            raise OrgError(f"«{value}» er ikke en kjent årstype. Velg kalenderår eller skoleår.") from None
    if key == "fte":
        try:
            fte = Decimal(str(value).strip().replace(",", ".").replace("\u00a0", "").replace(" ", ""))
        except (InvalidOperation, ValueError):
            raise OrgError(f"Årsverk for «{unit.name}» må være et tall, ikke «{value}».") from None
        if not fte.is_finite() or fte < 0:
            raise OrgError(f"Årsverk for «{unit.name}» kan ikke være negativt ({value}). Skriv 0 eller mer.")
        if fte > _MAX_FTE:
            raise OrgError(f"Årsverk for «{unit.name}» er urimelig høyt ({value}). Kontroller tallet.")
        return fte.quantize(Decimal("0.01"))
    if key == "staff_count":
        if isinstance(value, bool) or not isinstance(value, int | str):
            raise OrgError(f"Antall ansatte i «{unit.name}» må være et helt tall, ikke «{value}».")
        try:
            count = int(str(value).strip())
        except ValueError:
            raise OrgError(f"Antall ansatte i «{unit.name}» må være et helt tall, ikke «{value}».") from None
        if count < 0:
            raise OrgError(f"Antall ansatte i «{unit.name}» kan ikke være negativt ({count}). Skriv 0 eller mer.")
        return count
    if key == "services":
        items = [value] if isinstance(value, str) else list(value or [])
        return [str(s).strip() for s in items if str(s).strip()]
    if key == "is_external":
        return bool(value)
    if key == "code":
        code = clean_text(value, "Enhets-id", 64, required=True)
        other = code_taken(session, unit.org_version_id, code, except_id=unit.id)
        if other:
            raise OrgError(f"Enhets-id «{code}» brukes allerede av «{other}». Velg en annen id.")
        return code
    raise TypeError(f"update_unit: unknown field {key!r}")


def update_unit(session: Session, unit_id: uuid.UUID, **changes: Any) -> dict[str, Any]:
    """Change some of a unit's fields; returns their old values (``update_unit(**old)`` undoes)."""
    unknown = set(changes) - set(UNIT_FIELDS)
    if unknown:
        raise TypeError(f"update_unit: unknown field(s) {', '.join(sorted(unknown))}")
    unit = _unit(session, unit_id)
    # Validate everything before changing anything: a refused edit leaves the unit as it was.
    new = {key: _validated_unit_value(session, unit, key, value) for key, value in changes.items()}
    old: dict[str, Any] = {}
    for key, value in new.items():
        current = getattr(unit, key)
        old[key] = list(current) if isinstance(current, list) else current
        if current != value:
            setattr(unit, key, value)
    session.flush()
    return old


def _ansvar_text(row: UnitAnsvar) -> str:
    return f"{row.code}-{row.code_to}" if row.code_to else row.code


def set_ansvar_codes(session: Session, unit_id: uuid.UUID, codes: list[str]) -> list[str]:
    """Replace a unit's ansvar codes; returns the old list. ``"2100-2199"`` is a range of codes."""
    unit = _unit(session, unit_id)
    wanted: dict[str, str | None] = {}
    for raw in codes:
        text = str(raw).strip()
        if not text:
            continue
        match = _ANSVAR.fullmatch(text)
        if not match:
            raise OrgError(f"Ansvarskoden «{text}» for «{unit.name}» kan bare inneholde sifre og bokstaver "
                           "(eller to koder med bindestrek for et intervall, som 2100-2199).")
        code, code_to = match.group(1), match.group(2)
        if len(code) > 32 or (code_to and len(code_to) > 32):
            raise OrgError(f"Ansvarskoden «{text}» er for lang (høyst 32 tegn).")
        if code_to is not None and (len(code_to), code_to) < (len(code), code):
            raise OrgError(f"Intervallet «{text}» for «{unit.name}» går baklengs. Skriv den laveste koden først.")
        wanted.setdefault(code, code_to)
    existing = list(session.scalars(select(UnitAnsvar).where(UnitAnsvar.unit_id == unit_id)
                                    .order_by(UnitAnsvar.code)))
    old = [_ansvar_text(row) for row in existing]
    for row in existing:
        if row.code not in wanted:
            session.delete(row)
        elif row.code_to != wanted[row.code]:
            row.code_to = wanted[row.code]
    session.flush()  # deletes first: a code removed and added back must not collide
    have = {row.code for row in existing}
    session.add_all(UnitAnsvar(unit_id=unit_id, code=code, code_to=code_to)
                    for code, code_to in wanted.items() if code not in have)
    session.flush()
    session.expire(unit, ["ansvar_codes"])
    return old


# --- people ----------------------------------------------------------------------------------


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
    person = _person(session, person_id)
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
    person = _person(session, person_id)
    new = {key: _validated_person_value(session, key, value, person_id) for key, value in changes.items()}
    old = {key: getattr(person, key) for key in new}
    for key, value in new.items():
        if getattr(person, key) != value:
            setattr(person, key, value)
    session.flush()
    return old


_NB_LETTERS = str.maketrans({"æ": "{", "ø": "|", "å": "}", "é": "e"})  # the three ASCII signs after z


def nb_sort_key(text: str) -> str:
    """Sort key in Norwegian alphabetical order: æ, ø, å after z."""
    return text.casefold().translate(_NB_LETTERS)


def _role_label(role: PositionRole) -> str:
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
            held[person_id].append(f"{_role_label(role)}, {unit_name}")
    people = sorted(session.scalars(select(Person)),
                    key=lambda p: (nb_sort_key(p.family_name), nb_sort_key(p.given_name)))
    return [PersonRow(p.id, p.full_name, p.title, "; ".join(held.get(p.id, []))) for p in people]


def list_people_detail(session: Session, *, on: date | None = None) -> list[PersonDetail]:
    """:func:`list_people` with every field a user can edit."""
    rows = list_people(session, on=on)
    people = {p.id: p for p in session.scalars(select(Person))}
    return [PersonDetail(r.id, people[r.id].given_name, people[r.id].family_name, people[r.id].title,
                         people[r.id].email, people[r.id].phone, r.positions) for r in rows]


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
        label = f"{_role_label(role)}, {unit_name}"
        if role == PositionRole.CHIEF_EXECUTIVE:
            chiefs.setdefault(person.id, PersonRow(person.id, person.full_name, person.title, label))
        elif kind == UnitKind.TOP_TEAM:
            leads.setdefault(person.id, (person, PersonRow(person.id, person.full_name, person.title, label)))
    ordered = sorted((p for p in leads.values() if p[0].id not in chiefs),
                     key=lambda p: (nb_sort_key(p[0].family_name), nb_sort_key(p[0].given_name)))
    return [*chiefs.values(), *(row for _, row in ordered)]


# --- positions -------------------------------------------------------------------------------


def _role(value: Any) -> PositionRole:
    try:
        return PositionRole(value)
    except ValueError:
        raise OrgError(f"«{value}» er ikke en kjent rolle. Velg leder, konstituert leder eller kommunalsjef.") \
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
    unit = _unit(session, unit_id)
    person = _person(session, person_id)
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
    person = _person(session, person_id)
    source, target = _unit(session, from_unit_id), _unit(session, to_unit_id)
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


# --- follow-up -------------------------------------------------------------------------------


def set_follow_up_lead(
    session: Session, *, unit_id: uuid.UUID, person_id: uuid.UUID | None, start: date
) -> FollowUpChange:
    """The unit is followed up by ``person_id`` from ``start`` (None: by nobody from then)."""
    _unit(session, unit_id)
    if person_id is not None:
        _person(session, person_id)
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


# --- networks --------------------------------------------------------------------------------


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
    _version(session, version_id)
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
    _version(session, values["org_version_id"])
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


# --- details ---------------------------------------------------------------------------------


def unit_detail(session: Session, unit_id: uuid.UUID, on: date) -> UnitDetail:
    """What the detail form shows about a unit on ``on``; positions include past and future ones."""
    unit = _unit(session, unit_id)
    positions = [
        PositionRow(p.id, p.person_id, f"{given} {family}", p.role.value, p.start_date, p.end_date,
                    covers(p.start_date, p.end_date, on), p.title)
        for p, given, family in session.execute(
            select(Position, Person.given_name, Person.family_name).join(Person, Person.id == Position.person_id)
            .where(Position.unit_id == unit_id).order_by(Position.start_date.desc())
        )
    ]
    lead = session.execute(
        select(Person.id, Person.given_name, Person.family_name).join(FollowUpLink,
                                                                        FollowUpLink.lead_person_id == Person.id)
        .where(FollowUpLink.unit_id == unit_id, active(FollowUpLink.start_date, FollowUpLink.end_date, on))
        .order_by(FollowUpLink.start_date.desc()).limit(1)
    ).first()
    ansvar = [_ansvar_text(row) for row in
              session.scalars(select(UnitAnsvar).where(UnitAnsvar.unit_id == unit_id).order_by(UnitAnsvar.code))]
    network_ids = list(session.scalars(
        select(NetworkMembership.network_id).join(Network, Network.id == NetworkMembership.network_id)
        .where(NetworkMembership.unit_id == unit_id).order_by(Network.name)
    ))
    return UnitDetail(
        id=unit.id, version_id=unit.org_version_id, parent_id=unit.parent_id, code=unit.code, name=unit.name,
        short_name=unit.short_name, kind=unit.kind.value, fte=unit.fte, staff_count=unit.staff_count,
        area_of_work=unit.area_of_work, services=list(unit.services or []), is_external=unit.is_external,
        year_type=unit.year_type.value, ansvar=ansvar, positions=positions,
        follow_up_lead_id=lead.id if lead else None,
        follow_up_lead_name=f"{lead.given_name} {lead.family_name}" if lead else None,
        network_ids=network_ids, lineage_id=unit.lineage_id,
    )
