"""Editing the organisation's units: add, move, delete and restore a subtree, fields, ansvar codes,
and a unit's detail as the org page shows it.

Every function is one user action: it takes the session first and plain values, changes rows
in the caller's transaction and returns what is needed to undo it (the old values, a snapshot,
or a result object that the matching ``undo_*`` function takes). The GUI's undo commands are
pairs of these calls, so an undo must restore exactly, ids included. The same holds in
``app.org.people`` and ``app.org.links``.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal, InvalidOperation
from itertools import pairwise
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.budget.mapping import ansvar_owner
from app.errors import AppError
from app.org.queries import active, children_map, chunks, covers, walk
from db.models import (
    Agreement,
    FollowUpLink,
    Meeting,
    Network,
    NetworkMembership,
    OrgVersion,
    Person,
    Position,
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
UNIT_FIELDS = ("name", "short_name", "kind", "fte", "staff_count", "area_of_work", "services", "is_external",
               "year_type", "code")
_CODE_PART = r"[0-9A-Za-zÆØÅæøå]+"
_ANSVAR = re.compile(rf"({_CODE_PART})(?:\s*-\s*({_CODE_PART}))?")
_MAX_FTE = Decimal("999999.99")  # Numeric(8, 2)


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


def get_unit(session: Session, unit_id: uuid.UUID) -> Unit:
    return get_or_gone(session, Unit, unit_id, OrgError(
        "Enheten finnes ikke lenger (den kan være slettet). Oppdater visningen og prøv igjen."
    ))


def get_version(session: Session, version_id: uuid.UUID) -> OrgVersion:
    return get_or_gone(session, OrgVersion, version_id, OrgError(
        "Organisasjonsversjonen finnes ikke lenger. Oppdater visningen og prøv igjen."
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
    get_version(session, version_id)
    name = clean_text(name, "Navnet på enheten", UNIT_NAME_MAX, required=True)
    kind_value = _unit_kind(kind)
    if parent_id is not None and get_unit(session, parent_id).org_version_id != version_id:
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
    root = get_unit(session, unit_id)
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
    get_version(session, version_id)
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
    unit = get_unit(session, unit_id)
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
    unit = get_unit(session, unit_id)
    if new_parent_id is not None:
        parent = get_unit(session, new_parent_id)
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
    unit = get_unit(session, unit_id)
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


def _ansvar_taken(code: str, text: str, other_code: str, other_name: str, unit_name: str) -> str:
    """Why ``code`` (written ``text``) cannot go to ``unit_name``: ``other_name`` has it as ``other_code``."""
    shown = f"«{code}»" if text == code else f"«{code}» (i «{text}»)"
    spelling = "" if other_code == code else (f" (skrevet «{other_code}»: med eller uten innledende nuller er det "
                                              "samme kode)")
    return (f"Ansvarskoden {shown} hører allerede til «{other_name}»{spelling}. Én ansvarskode kan høre til bare "
            "én enhet, ellers vet ikke programmet hvilken enhet budsjett- og regnskapslinjene skal til. "
            f"Fjern koden fra «{other_name}» først, eller gi «{unit_name}» en annen kode.")


def set_ansvar_codes(session: Session, unit_id: uuid.UUID, codes: list[str]) -> list[str]:
    """Replace a unit's ansvar codes; returns the old list. ``"2100-2199"`` is a range of codes.

    One code belongs to one unit of a version: a code that another unit of the same version has,
    with or without the leading zeros a number loses (:func:`app.budget.mapping.ansvar_owner`, the
    rule of :func:`app.codes.same_code` that the budget page and the org import use too), is
    refused naming that unit, and nothing is changed. A code the unit already has is kept as it
    is even if another unit has it from before (an older import or a merge's carry-over, which
    the checks list): removing or adding its other codes is never blocked by it.
    """
    unit = get_unit(session, unit_id)
    wanted: dict[str, str | None] = {}
    written: dict[str, str] = {}  # code -> what the user wrote for it («2100-2199»)
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
        written.setdefault(code, text)
    existing = list(session.scalars(select(UnitAnsvar).where(UnitAnsvar.unit_id == unit_id)
                                    .order_by(UnitAnsvar.code)))
    have = {row.code for row in existing}
    for code in wanted:
        if code in have:
            continue
        owner = ansvar_owner(session, unit.org_version_id, code, except_unit_id=unit_id)
        if owner is not None:
            raise OrgError(_ansvar_taken(code, written[code], *owner, unit.name))
    old = [_ansvar_text(row) for row in existing]
    for row in existing:
        if row.code not in wanted:
            session.delete(row)
        elif row.code_to != wanted[row.code]:
            row.code_to = wanted[row.code]
    session.flush()  # deletes first: a code removed and added back must not collide
    session.add_all(UnitAnsvar(unit_id=unit_id, code=code, code_to=code_to)
                    for code, code_to in wanted.items() if code not in have)
    session.flush()
    session.expire(unit, ["ansvar_codes"])
    return old


_NB_LETTERS = str.maketrans({"æ": "{", "ø": "|", "å": "}", "é": "e"})  # the three ASCII signs after z


def nb_sort_key(text: str) -> str:
    """Sort key in Norwegian alphabetical order: æ, ø, å after z."""
    return text.casefold().translate(_NB_LETTERS)


def unit_detail(session: Session, unit_id: uuid.UUID, on: date) -> UnitDetail:
    """What the detail form shows about a unit on ``on``; positions include past and future ones."""
    unit = get_unit(session, unit_id)
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
