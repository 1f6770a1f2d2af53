"""Checks of an organisation version against the rules of thumb the rådmann's staff use.

Each finding names the unit, person or network and says what is off, in Norwegian, so the
list can be shown as it is. The thresholds are database-wide settings.
"""

from __future__ import annotations

import gc
import uuid
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, fields
from datetime import date
from decimal import Decimal
from functools import lru_cache
from itertools import pairwise
from typing import Any, NamedTuple

from sqlalchemy import Numeric, select, type_coerce
from sqlalchemy.orm import Session

from app.codes import code_key
from app.formatting import format_date
from app.org import queries
from app.org.queries import Leadership, active, covers, leaderships_of, raw_column
from app.org.units import OrgError
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
_code_key = lru_cache(maxsize=65536)(code_key)  # the same codes come back for every version checked
# Every finding code, in the order the findings are listed.
CODES = ("follow_up_too_many", "follow_up_too_few", "network_size", "no_leader", "no_follow_up", "no_ansvar",
         "ansvar_shared", "staff_outside_span", "leader_not_in_network", "similar_units_together",
         "follow_up_moved_again", "chief_follows_up")
# The checks from the seeds (Helland: 000, KS: 001), issue 20.
SEED_CODES = ("leader_not_in_network", "similar_units_together", "follow_up_moved_again", "chief_follows_up")
# «Like» units, known by a word in the name; a unit belongs to the first group whose word it has.
SIMILAR_GROUPS = (("skole", "skoler"), ("barnehage", "barnehager"), ("sykehjem", "sykehjem"),
                  ("omsorgssenter", "omsorgssentre"), ("hjemmetjenest", "hjemmetjenester"),
                  ("legesenter", "legesentre"), ("bibliotek", "bibliotek"))


@dataclass
class CheckThresholds:
    follow_up_min: int = 4
    follow_up_max: int = 10
    staff_min: int = 15
    staff_max: int = 30
    schools_exempt: bool = True
    network_min: int = 6
    network_max: int = 10
    leaders_in_network: bool = True  # every result unit's leader in a network (Helland)
    similar_min_group: int = 3  # «like» units: how many make a group worth spreading
    similar_max_share: int = 75  # percent of a group one kommunalsjef may follow up
    follow_up_stable_months: int = 24  # a unit's follow-up lead not moved again sooner (Helland: every 2nd year)
    chief_result_units_max: int = 0  # result units the rådmann may follow up directly


class Finding(NamedTuple):
    """One finding. A named tuple, not a frozen dataclass: the side by side of five alternatives of a
    5,000-unit organisation makes some 50,000, and a frozen dataclass took twice as long to make."""

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
    singles = (("similar_min_group", "Antall like enheter som utgjør en gruppe", 2, 1000),
               ("similar_max_share", "Høyeste andel like enheter hos én kommunalsjef (prosent)", 1, 100),
               ("follow_up_stable_months", "Måneder før oppfølgingsansvaret flyttes igjen", 0, 240),
               ("chief_result_units_max", "Resultatenheter rådmannen selv følger opp", 0, 1000))
    for key, label, low, high in singles:
        value = getattr(thresholds, key)
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise OrgError(f"{label}: må være et helt tall fra {low} til {high} (ikke {value}).")
    old = load_thresholds(session)
    setting = session.scalar(select(Setting).where(Setting.key == SETTING_KEY))
    value = asdict(thresholds) | {"schools_exempt": bool(thresholds.schools_exempt),
                                  "leaders_in_network": bool(thresholds.leaders_in_network)}
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


class _Unit(NamedTuple):
    id: str  # raw_key of the unit's id
    name: str
    kind: UnitKind
    staff_count: int
    year_type: YearType
    is_external: bool
    lineage: str  # raw_key of the lineage id
    parent: str | None  # raw_key of the parent's id
    fte: Decimal


class _Link(NamedTuple):
    unit: str
    person: str
    start: date
    end: date | None
    name: str


@dataclass
class VersionData:
    """One version's units, leaders, follow-up links, ansvar codes, networks and chiefs on a day, read
    once with ids as raw text (``raw_key``): the checks and the side-by-side figures both work from it."""

    units: list[_Unit]
    by_id: dict[str, _Unit]
    held: dict[str, Leadership]
    leaders: dict[str, tuple[str, str]]  # raw unit id -> (raw person id, name)
    acting: dict[str, tuple[str, str]]
    leads: dict[str, str]  # kommunalsjefer in the top team on the day: raw person id -> name
    links: list[_Link]  # every follow-up link of the version, oldest start first
    follow_up_of: dict[str, str]  # raw unit id -> raw person id of its first link active on the day
    codes: dict[str, list[tuple[str, str | None]]]  # raw unit id -> (code, code_to), by code
    network_sizes: list[tuple[str, str, int]]  # raw network id, name, members; by name
    network_members: set[str]  # raw unit ids in a network
    chiefs: set[str]  # raw person ids holding a rådmann position on the day
    on: date

    @property
    def active_links(self) -> list[_Link]:
        """The follow-up links active on the day, oldest start first."""
        return [link for link in self.links if covers(link.start, link.end, self.on)]


@contextmanager
def cycle_collection_paused() -> Iterator[None]:
    """Python's cycle collector off while a whole version is read and checked. The tens of thousands of
    rows, tuples and findings made here hold no cycles, yet each batch of them set off a full
    collection: on 5,000 units × 5 alternatives that was 40 % of the time. Reference counting still
    frees everything; the collector is back on (if it was on) when the block ends."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


def read_version(session: Session, version_id: uuid.UUID, on: date) -> VersionData:
    """Everything the checks need of a version, in six queries whatever its size."""
    # SQLite hands the ids back as the very text ``raw_key`` makes of them: skip its call per row there.
    raw_key = str if session.get_bind().dialect.name == "sqlite" else queries.raw_key
    # Plain column reads through the session's connection: the ORM's wrapping of every row was a fifth of the
    # time here. Pending changes are flushed first, as an ORM query would.
    if session.autoflush:
        session.flush()
    db = session.connection()
    # Kinds and year types as stored text, FTEs as the stored number: one Enum or Decimal made per distinct
    # value instead of one per row (the Decimal conversion alone was a tenth of the side-by-side's time).
    kinds = {k.value: k for k in UnitKind}
    year_types = {y.value: y for y in YearType}
    rows = db.execute(
        select(raw_column(Unit.id), Unit.name, raw_column(Unit.kind), Unit.staff_count, raw_column(Unit.year_type),
               Unit.is_external, raw_column(Unit.lineage_id), raw_column(Unit.parent_id), type_coerce(Unit.fte, _FTE))
        .where(Unit.org_version_id == version_id).order_by(Unit.sort_order, Unit.name)
    ).all()
    ftes = {value: Decimal(f"{value:.2f}") for value in {r[8] for r in rows}}  # as Numeric(8, 2) makes them
    units = [_Unit(raw_key(r[0]), r[1], kinds[r[2]], r[3], year_types[r[4]], r[5], raw_key(r[6]),
                   raw_key(r[7]) if r[7] is not None else None, ftes[r[8]]) for r in rows]
    by_id = {u.id: u for u in units}
    # Every position held on the day that the checks look at, in one read: leaders, acting leaders and the
    # rådmann (``queries.leaderships_of``), the kommunalsjefer of the top team, and the rådmann's own.
    positions = [(raw_key(unit_id), role, raw_key(person_id), f"{given} {family}") for unit_id, role, person_id,
                 given, family in db.execute(
        select(raw_column(Position.unit_id), raw_column(Position.role), raw_column(Person.id), Person.given_name,
               Person.family_name)
        .join(Person, Person.id == Position.person_id).join(Unit, Unit.id == Position.unit_id)
        .where(Unit.org_version_id == version_id, Position.role.in_(_READ_ROLES),
               active(Position.start_date, Position.end_date, on))
        .order_by(Position.start_date)
    ).all()]
    top_team, lead_role, chief_role = (UnitKind.TOP_TEAM, PositionRole.FOLLOW_UP_LEAD.value,
                                       PositionRole.CHIEF_EXECUTIVE.value)
    leads: dict[str, str] = {}
    chiefs: set[str] = set()
    for unit_key, role, person_key, name in positions:
        if role == lead_role:
            unit = by_id.get(unit_key)
            if unit is not None and unit.kind == top_team:
                leads[person_key] = name
        elif role == chief_role:
            chiefs.add(person_key)
    held = leaderships_of(positions, [(u.id, u.parent) for u in units if u.kind == top_team and u.parent is not None])
    leaders: dict[str, tuple[str, str]] = {}
    acting: dict[str, tuple[str, str]] = {}
    for unit_key, lead in held.items():
        if lead.leader is not None:
            leaders[unit_key] = (lead.leader.key, lead.leader.name)
        if lead.acting is not None:
            acting[unit_key] = (lead.acting.key, lead.acting.name)
    links: list[_Link] = []
    follow_up_of: dict[str, str] = {}
    for raw_unit, raw_person, start, end, given, family in db.execute(
        select(raw_column(FollowUpLink.unit_id), raw_column(FollowUpLink.lead_person_id), FollowUpLink.start_date,
               FollowUpLink.end_date, Person.given_name, Person.family_name)
        .join(Person, Person.id == FollowUpLink.lead_person_id).join(Unit, Unit.id == FollowUpLink.unit_id)
        .where(Unit.org_version_id == version_id).order_by(FollowUpLink.start_date)
    ).all():
        link = _Link(raw_key(raw_unit), raw_key(raw_person), start, end, f"{given} {family}")
        links.append(link)
        if covers(start, end, on) and link.unit not in follow_up_of:  # two overlapping links count once
            follow_up_of[link.unit] = link.person
    codes: dict[str, list[tuple[str, str | None]]] = defaultdict(list)
    for unit_id, code, code_to in db.execute(
        select(raw_column(UnitAnsvar.unit_id), UnitAnsvar.code, UnitAnsvar.code_to)
        .join(Unit, Unit.id == UnitAnsvar.unit_id)
        .where(Unit.org_version_id == version_id).order_by(UnitAnsvar.code)
    ).all():
        codes[raw_key(unit_id)].append((code, code_to))
    sizes: dict[str, int] = defaultdict(int)
    members: set[str] = set()
    for network_id, unit_id in db.execute(
        select(raw_column(NetworkMembership.network_id), raw_column(NetworkMembership.unit_id))
        .join(Network, Network.id == NetworkMembership.network_id).where(Network.org_version_id == version_id)
    ).all():
        sizes[raw_key(network_id)] += 1
        members.add(raw_key(unit_id))
    networks = [(raw_key(network_id), name, sizes.get(raw_key(network_id), 0)) for network_id, name in
                db.execute(select(raw_column(Network.id), Network.name)
                           .where(Network.org_version_id == version_id).order_by(Network.name)).all()]
    return VersionData(units, by_id, held, leaders, acting, leads, links, follow_up_of, codes, networks, members,
                       chiefs, on)


# The roles ``read_version`` reads positions of: those who lead a unit, and the top team's kommunalsjefer.
_READ_ROLES = (*queries.HOLDING_ROLES, PositionRole.FOLLOW_UP_LEAD)
# A unit's FTEs as the database hands them back (no Decimal per row: ``read_version`` makes one per value).
_FTE = Numeric(8, 2, asdecimal=False)


def run_checks(
    session: Session, version_id: uuid.UUID, on: date, thresholds: CheckThresholds | None = None,
    data: VersionData | None = None,
) -> list[Finding]:
    """Everything in the version that breaks a rule of thumb on ``on``. ``data``: the version as
    ``read_version`` read it, when the caller has read it already (the side-by-side comparison)."""
    with cycle_collection_paused():
        return _run_checks(session, version_id, on, thresholds, data)


def _run_checks(session: Session, version_id: uuid.UUID, on: date, thresholds: CheckThresholds | None,
                data: VersionData | None) -> list[Finding]:
    t = thresholds or load_thresholds(session)
    data = data or read_version(session, version_id, on)
    units, by_id, leaders, acting = data.units, data.by_id, data.leaders, data.acting
    leads, follow_up_of, codes = data.leads, data.follow_up_of, data.codes
    followed: dict[str, list[str]] = defaultdict(list)
    for unit_id, person_id in follow_up_of.items():
        followed[person_id].append(unit_id)

    findings: list[Finding] = []
    for person_id, name in sorted(leads.items(), key=lambda item: item[1]):
        n = len(followed.get(person_id, []))
        if n > t.follow_up_max:
            findings.append(_finding("follow_up_too_many", None, person_id, None,
                                    f"{name} følger opp {n} enheter (høyst {t.follow_up_max} anbefalt)."))
        elif n < t.follow_up_min:
            findings.append(_finding("follow_up_too_few", None, person_id, None,
                                    f"{name} følger opp {_count(n, 'enhet', 'enheter')} "
                                    f"(minst {t.follow_up_min} anbefalt)."))
    findings.extend(_network_findings(data, t))
    # The loops below run once per unit of every alternative side by side (25,000 units): names bound
    # locally, each id made a UUID once (``_to_uuid``) and the findings made directly.
    top_team, result_unit, school = UnitKind.TOP_TEAM, UnitKind.RESULT_UNIT, YearType.SCHOOL
    to_uuid, add = _to_uuid, findings.append
    for u in units:
        kind, key = u.kind, u.id
        if kind == top_team:
            continue  # led by the rådmann, followed up by nobody, usually without its own ansvar
        if key not in leaders:
            stand_in = acting.get(key)
            if stand_in is not None:
                add(Finding("no_leader", to_uuid(key), to_uuid(stand_in[0]), None,
                            f"{u.name} har ingen fast leder; {stand_in[1]} er konstituert leder."))
            else:
                add(Finding("no_leader", to_uuid(key), None, None, f"{u.name} har ingen leder (ledig)."))
        if kind == result_unit and key not in follow_up_of:
            add(Finding("no_follow_up", to_uuid(key), None, None,
                        f"{u.name} har ingen oppfølgingsansvarlig i ledergruppen."))
        if not codes.get(key):
            add(Finding("no_ansvar", to_uuid(key), None, None,
                        f"{u.name} har ingen ansvarskode, så budsjett og regnskap kan ikke knyttes til enheten."))
    findings.extend(_shared_ansvar(codes, by_id))
    staff_min, staff_max, schools_exempt = t.staff_min, t.staff_max, t.schools_exempt
    for u in units:
        # The 15-30 rule of thumb is about the leaders of result units; staff units are small
        # by design, a partner's staffing is not the rådmann's to set, and schools have
        # their own norms.
        if u.kind != result_unit or u.is_external or (schools_exempt and u.year_type == school):
            continue
        staff = u.staff_count
        if staff_min <= staff <= staff_max:
            continue
        leader = leaders.get(u.id) or acting.get(u.id)
        if leader is not None:
            add(Finding("staff_outside_span", to_uuid(u.id), to_uuid(leader[0]), None,
                        f"{leader[1]} leder {_count(staff, 'ansatt', 'ansatte')} i {u.name} "
                        f"(anbefalt {staff_min}–{staff_max})."))
    findings.extend(_seed_findings(data, t))
    return findings


def _finding(code: str, unit_id: str | uuid.UUID | None, person_id: str | uuid.UUID | None,
             network_id: str | uuid.UUID | None, message: str) -> Finding:
    """A finding from ids that may still be raw text (``raw_key``), with UUIDs as callers expect."""
    def as_uuid(value: str | uuid.UUID | None) -> uuid.UUID | None:
        return _to_uuid(value) if isinstance(value, str) else value
    return Finding(code, as_uuid(unit_id), as_uuid(person_id), as_uuid(network_id), message)


_to_uuid = lru_cache(maxsize=65536)(uuid.UUID)  # a unit with several findings is converted once


def _seed_findings(data: VersionData, t: CheckThresholds) -> list[Finding]:
    """The rules from the seeds: leaders in networks, «like» units spread over the top team, follow-up
    not moved again within the stable period, and the rådmann not following up result units."""
    units, leaders, follow_up_of = data.units, data.leaders, data.follow_up_of
    findings: list[Finding] = []
    result_unit = UnitKind.RESULT_UNIT
    results = [u for u in units if u.kind == result_unit and not u.is_external]
    if t.leaders_in_network:
        members, to_uuid, add = data.network_members, _to_uuid, findings.append
        advice = f"Alle enhetsledere bør være med i et nettverk på {t.network_min}–{t.network_max} ledere."
        for u in results:
            leader = leaders.get(u.id)
            if leader is not None and u.id not in members:
                add(Finding("leader_not_in_network", to_uuid(u.id), to_uuid(leader[0]), None,
                            f"{leader[1]} (leder for {u.name}) er ikke med i noe ledernettverk. {advice}"))
    names_of = dict(data.leads)
    for link in data.links:
        names_of.setdefault(link.person, link.name)
    lowered = [(u, u.name.lower()) for u in results]
    for word, plural in SIMILAR_GROUPS:
        group = [u for u, name in lowered if word in name]
        if len(group) < t.similar_min_group:
            continue
        per_lead: dict[str, int] = defaultdict(int)
        for u in group:
            if u.id in follow_up_of:
                per_lead[follow_up_of[u.id]] += 1
        for lead_key, n in sorted(per_lead.items(), key=lambda item: -item[1]):
            if n * 100 > t.similar_max_share * len(group):
                findings.append(_finding("similar_units_together", None, lead_key, None,
                                        f"{names_of.get(lead_key, 'Én kommunalsjef')} følger opp {n} av "
                                        f"{len(group)} {plural}. Fordel like enheter på flere i ledergruppen "
                                        f"(høyst {t.similar_max_share} % hos én) for å unngå sektortenkning."))
    by_id = data.by_id
    history: dict[str, list[tuple[date, str]]] = defaultdict(list)
    for link in data.links:
        history[link.unit].append((link.start, link.person))
    for unit_id, unit_links in history.items():
        if len(unit_links) < 3:
            continue  # two moves need three links
        changes = [start for (start, person), (_, before) in zip(unit_links[1:], unit_links, strict=False)
                   if person != before]
        for earlier, later in pairwise(changes):
            months = (later.year - earlier.year) * 12 + later.month - earlier.month - (later.day < earlier.day)
            if months < t.follow_up_stable_months:
                findings.append(_finding("follow_up_moved_again", unit_id, None, None,
                                        f"Oppfølgingsansvaret for {by_id[unit_id].name} flyttes {format_date(later)}, "
                                        f"bare {months} måneder etter forrige flytting ({format_date(earlier)}). "
                                        f"La det ligge minst {t.follow_up_stable_months} måneder."))
                break
    chiefs = set(data.chiefs)
    chiefs |= {leaders[u.id][0] for u in units if u.kind == UnitKind.ADMINISTRATION and u.id in leaders}
    for chief in chiefs:
        followed = [u for u in results if follow_up_of.get(u.id) == chief]
        if len(followed) > t.chief_result_units_max:
            findings.append(_finding("chief_follows_up", None, chief, None,
                                    f"Rådmannen {names_of.get(chief, '')} følger selv opp "
                                    f"{_count(len(followed), 'resultatenhet', 'resultatenheter')} "
                                    f"({_names([u.name for u in followed])}); høyst {t.chief_result_units_max} "
                                    "anbefalt. Gi oppfølgingen til et annet medlem av ledergruppen."
                                    .replace("Rådmannen  ", "Rådmannen ")))
    return findings


def _network_findings(data: VersionData, t: CheckThresholds) -> list[Finding]:
    findings = []
    for network_id, name, n in data.network_sizes:
        if not t.network_min <= n <= t.network_max:
            findings.append(_finding("network_size", None, None, network_id,
                                    f"{name} har {_count(n, 'medlem', 'medlemmer')} "
                                    f"(anbefalt {t.network_min}–{t.network_max})."))
    return findings


def _shared_ansvar(codes: dict[str, list[tuple[str, str | None]]], units: dict[str, Any]) -> list[Finding]:
    """Each ansvar code used by two or more units, once; a code inside another unit's range counts,
    and so does the same code with or without the zeros a number loses (``0100`` and ``100``,
    :func:`app.codes.code_key`), which the budget lines cannot tell apart."""
    users: dict[str, list[str]] = {}
    spellings: dict[str, list[str]] = {}
    ranges = [(unit_id, code, code_to) for unit_id, entries in codes.items() for code, code_to in entries if code_to]
    for unit_id, entries in codes.items():
        for code, _ in entries:
            key = _code_key(code)
            found = users.get(key)
            if found is None:
                users[key] = [unit_id]
                spellings[key] = [code]
                continue
            if code not in spellings[key]:
                spellings[key].append(code)
            if unit_id not in found:
                found.append(unit_id)
    if ranges:
        for key, unit_ids in users.items():
            for unit_id, low, high in ranges:
                # Codes of equal length compare as text, so 2100-2199 holds 2150 but not 21500.
                if unit_id not in unit_ids and any(len(code) == len(low) == len(high) and low <= code <= high
                                                   for code in spellings[key]):
                    unit_ids.append(unit_id)
    shared = [key for key, unit_ids in users.items() if len(unit_ids) > 1]
    if not shared:
        return []
    findings = []
    order = {unit_id: i for i, unit_id in enumerate(units)}
    for key in sorted(shared, key=lambda k: sorted(spellings[k])[0]):
        unit_ids = sorted(users[key], key=lambda u: order.get(u, 0))
        code = "/".join(sorted(spellings[key]))
        names = [f"«{units[u].name}»" for u in unit_ids]
        findings.append(_finding("ansvar_shared", unit_ids[0], None, None,
                                f"Ansvarskode {code} brukes av både {_names(names)}. Én kode bør høre til én "
                                "enhet, ellers telles budsjett og regnskap to ganger."
                                if len(names) == 2 else
                                f"Ansvarskode {code} brukes av {len(names)} enheter: {_names(names)}. Én kode "
                                "bør høre til én enhet, ellers telles budsjett og regnskap flere ganger."))
    return findings
