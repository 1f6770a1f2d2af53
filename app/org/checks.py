"""Checks of an organisation version against the rules of thumb the rådmann's staff use.

Each finding names the unit, person or network and says what is off, in Norwegian, so the
list can be shown as it is. The thresholds are database-wide settings.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import asdict, dataclass, fields
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.org.queries import active, leaderships, raw_key
from app.org.service import OrgError
from db.models import (
    FollowUpLink,
    Network,
    NetworkMembership,
    Person,
    Position,
    PositionRole,
    Setting,
    Unit,
    UnitAnsvar,
    UnitKind,
    YearType,
)

SETTING_KEY = "org.checks"
# Every finding code, in the order the findings are listed.
CODES = ("follow_up_too_many", "follow_up_too_few", "network_size", "no_leader", "no_follow_up", "no_ansvar",
         "ansvar_shared", "staff_outside_span")


@dataclass
class CheckThresholds:
    follow_up_min: int = 4
    follow_up_max: int = 10
    staff_min: int = 15
    staff_max: int = 30
    schools_exempt: bool = True
    network_min: int = 6
    network_max: int = 10


@dataclass(frozen=True)
class Finding:
    code: str
    unit_id: uuid.UUID | None
    person_id: uuid.UUID | None
    network_id: uuid.UUID | None
    message: str


def load_thresholds(session: Session) -> CheckThresholds:
    """The saved thresholds; defaults for anything missing or unreadable."""
    stored = session.scalar(select(Setting.value).where(Setting.key == SETTING_KEY))
    defaults = CheckThresholds()
    if not isinstance(stored, dict):
        return defaults
    values: dict[str, Any] = {}
    for f in fields(CheckThresholds):
        value = stored.get(f.name)
        expected = type(getattr(defaults, f.name))
        if isinstance(value, expected) and (expected is bool or not isinstance(value, bool)):
            values[f.name] = value
    return CheckThresholds(**values)


def save_thresholds(session: Session, thresholds: CheckThresholds) -> CheckThresholds:
    """Store the thresholds for everyone using the database; returns the old ones (for undo)."""
    labels = (("follow_up", "Antall enheter per kommunalsjef"), ("staff", "Antall ansatte per leder"),
              ("network", "Antall medlemmer i et nettverk"))
    for prefix, label in labels:
        low, high = getattr(thresholds, f"{prefix}_min"), getattr(thresholds, f"{prefix}_max")
        if isinstance(low, bool) or isinstance(high, bool) or not isinstance(low, int) or not isinstance(high, int):
            raise OrgError(f"{label}: grensene må være hele tall.")
        if low < 0 or high < low:
            raise OrgError(f"{label}: minst ({low}) må være 0 eller mer og ikke større enn høyst ({high}).")
    old = load_thresholds(session)
    setting = session.scalar(select(Setting).where(Setting.key == SETTING_KEY))
    value = asdict(thresholds) | {"schools_exempt": bool(thresholds.schools_exempt)}
    if setting is None:
        session.add(Setting(id=uuid.uuid4(), key=SETTING_KEY, value=value))
    else:
        setting.value = value
    session.flush()
    return old


def _count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def _names(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " og " + names[-1]


def run_checks(
    session: Session, version_id: uuid.UUID, on: date, thresholds: CheckThresholds | None = None
) -> list[Finding]:
    """Everything in the version that breaks a rule of thumb on ``on``."""
    t = thresholds or load_thresholds(session)
    units = session.execute(
        select(Unit.id, Unit.name, Unit.kind, Unit.staff_count, Unit.year_type, Unit.is_external)
        .where(Unit.org_version_id == version_id).order_by(Unit.sort_order, Unit.name)
    ).all()
    by_id = {u.id: u for u in units}
    leaders: dict[uuid.UUID, tuple[uuid.UUID, str]] = {}
    acting: dict[uuid.UUID, tuple[uuid.UUID, str]] = {}
    leads: dict[uuid.UUID, str] = {}  # kommunalsjefer in the top team on the day
    for unit_id, role, person_id, given, family in session.execute(
        select(Position.unit_id, Position.role, Person.id, Person.given_name, Person.family_name)
        .join(Person, Person.id == Position.person_id).join(Unit, Unit.id == Position.unit_id)
        .where(Unit.org_version_id == version_id, active(Position.start_date, Position.end_date, on))
        .order_by(Position.start_date)
    ):
        if role == PositionRole.FOLLOW_UP_LEAD and by_id[unit_id].kind == UnitKind.TOP_TEAM:
            leads[person_id] = f"{given} {family}"
    # Who leads each unit: the one definition every output uses (app.org.queries.leaderships).
    held = leaderships(session, version_id, on)
    for u in units:
        lead = held.get(raw_key(u.id))
        if lead is not None and lead.leader is not None:
            leaders[u.id] = (lead.leader.person_id, lead.leader.name)
        if lead is not None and lead.acting is not None:
            acting[u.id] = (lead.acting.person_id, lead.acting.name)
    followed: dict[uuid.UUID, list[uuid.UUID]] = defaultdict(list)
    follow_up_of: dict[uuid.UUID, uuid.UUID] = {}
    for unit_id, person_id in session.execute(
        select(FollowUpLink.unit_id, FollowUpLink.lead_person_id).join(Unit, Unit.id == FollowUpLink.unit_id)
        .where(Unit.org_version_id == version_id, active(FollowUpLink.start_date, FollowUpLink.end_date, on))
    ):
        if unit_id not in follow_up_of:  # two overlapping links count once
            follow_up_of[unit_id] = person_id
            followed[person_id].append(unit_id)
    codes: dict[uuid.UUID, list[tuple[str, str | None]]] = defaultdict(list)
    for unit_id, code, code_to in session.execute(
        select(UnitAnsvar.unit_id, UnitAnsvar.code, UnitAnsvar.code_to).join(Unit, Unit.id == UnitAnsvar.unit_id)
        .where(Unit.org_version_id == version_id).order_by(UnitAnsvar.code)
    ):
        codes[unit_id].append((code, code_to))

    findings: list[Finding] = []
    for person_id, name in sorted(leads.items(), key=lambda item: item[1]):
        n = len(followed.get(person_id, []))
        if n > t.follow_up_max:
            findings.append(Finding("follow_up_too_many", None, person_id, None,
                                    f"{name} følger opp {n} enheter (høyst {t.follow_up_max} anbefalt)."))
        elif n < t.follow_up_min:
            findings.append(Finding("follow_up_too_few", None, person_id, None,
                                    f"{name} følger opp {_count(n, 'enhet', 'enheter')} "
                                    f"(minst {t.follow_up_min} anbefalt)."))
    findings.extend(_network_findings(session, version_id, t))
    for u in units:
        if u.kind == UnitKind.TOP_TEAM:
            continue  # led by the rådmann, followed up by nobody, usually without its own ansvar
        if u.id not in leaders:
            if u.id in acting:
                message = f"{u.name} har ingen fast leder; {acting[u.id][1]} er konstituert leder."
            else:
                message = f"{u.name} har ingen leder (ledig)."
            findings.append(Finding("no_leader", u.id, acting.get(u.id, (None,))[0], None, message))
        if u.kind == UnitKind.RESULT_UNIT and u.id not in follow_up_of:
            findings.append(Finding("no_follow_up", u.id, None, None,
                                    f"{u.name} har ingen oppfølgingsansvarlig i ledergruppen."))
        if not codes.get(u.id):
            findings.append(Finding("no_ansvar", u.id, None, None,
                                    f"{u.name} har ingen ansvarskode, så budsjett og regnskap kan ikke knyttes "
                                    "til enheten."))
    findings.extend(_shared_ansvar(codes, by_id))
    for u in units:
        leader = leaders.get(u.id) or acting.get(u.id)
        # The 15-30 rule of thumb is about the leaders of result units; staff units are small
        # by design, a partner's staffing is not the rådmann's to set, and schools have
        # their own norms.
        if (leader is None or u.kind != UnitKind.RESULT_UNIT or u.is_external
                or (t.schools_exempt and u.year_type == YearType.SCHOOL)):
            continue
        if not t.staff_min <= u.staff_count <= t.staff_max:
            findings.append(Finding(
                "staff_outside_span", u.id, leader[0], None,
                f"{leader[1]} leder {_count(u.staff_count, 'ansatt', 'ansatte')} i {u.name} "
                f"(anbefalt {t.staff_min}–{t.staff_max}).",
            ))
    return findings


def _network_findings(session: Session, version_id: uuid.UUID, t: CheckThresholds) -> list[Finding]:
    sizes: dict[uuid.UUID, int] = defaultdict(int)
    for (network_id,) in session.execute(
        select(NetworkMembership.network_id).join(Network, Network.id == NetworkMembership.network_id)
        .where(Network.org_version_id == version_id)
    ):
        sizes[network_id] += 1
    findings = []
    for network_id, name in session.execute(
        select(Network.id, Network.name).where(Network.org_version_id == version_id).order_by(Network.name)
    ):
        n = sizes.get(network_id, 0)
        if not t.network_min <= n <= t.network_max:
            findings.append(Finding("network_size", None, None, network_id,
                                    f"{name} har {_count(n, 'medlem', 'medlemmer')} "
                                    f"(anbefalt {t.network_min}–{t.network_max})."))
    return findings


def _shared_ansvar(codes: dict[uuid.UUID, list[tuple[str, str | None]]], units: dict[uuid.UUID, Any]) -> list[Finding]:
    """Each ansvar code used by two or more units, once; a code inside another unit's range counts."""
    users: dict[str, list[uuid.UUID]] = defaultdict(list)
    ranges = [(unit_id, code, code_to) for unit_id, entries in codes.items() for code, code_to in entries if code_to]
    for unit_id, entries in codes.items():
        for code, _ in entries:
            if unit_id not in users[code]:
                users[code].append(unit_id)
    for code, unit_ids in users.items():
        for unit_id, low, high in ranges:
            # Codes of equal length compare as text, so 2100-2199 holds 2150 but not 21500.
            if unit_id not in unit_ids and len(code) == len(low) == len(high) and low <= code <= high:
                unit_ids.append(unit_id)
    findings = []
    order = {unit_id: i for i, unit_id in enumerate(units)}
    for code in sorted(users):
        unit_ids = sorted(users[code], key=lambda u: order.get(u, 0))
        if len(unit_ids) > 1:
            names = [f"«{units[u].name}»" for u in unit_ids]
            findings.append(Finding("ansvar_shared", unit_ids[0], None, None,
                                    f"Ansvarskode {code} brukes av både {_names(names)}. Én kode bør høre til én "
                                    "enhet, ellers telles budsjett og regnskap to ganger."
                                    if len(names) == 2 else
                                    f"Ansvarskode {code} brukes av {len(names)} enheter: {_names(names)}. Én kode "
                                    "bør høre til én enhet, ellers telles budsjett og regnskap flere ganger."))
    return findings
