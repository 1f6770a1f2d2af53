"""The audit log as people read it: who changed what, and when, with names instead of ids.

``db.audit`` writes an ``audit_entry`` for every insert, update and delete in the same flush as
the change (column -> [old, new] for an update), and the importers write one entry per import.
Here the entries are filtered (dates, user, kind of thing, text), read a page at a time (newest
first, on the index over ``at``, so the first page of 100 000 entries comes at once), and
described: «Mål 2 «Redusere sykefraværet» i Resultatavtale 2026 – Vollan skole», «Beslutninger:
(tom) → «Vi kutter …»». The export writes the same rows to Excel or CSV with the confidentiality
marking, since the changes quote agreements and notes.

Times are stored in UTC and shown in the computer's local time; a date filter means whole
local days.
"""

from __future__ import annotations

import csv
import io
import json
import re
import uuid
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement, Text, and_, cast, func, or_, select
from sqlalchemy.orm import Session, selectinload

from app.documents.marking import DEFAULT_MARKING
from app.documents.xlsx_style import FORMULA_STARTS
from app.errors import AppError
from app.formatting import format_date, local_time, month_name
from db.models import (
    ActionItem,
    Agreement,
    AgreementTemplate,
    Assessment,
    AuditEntry,
    BudgetSet,
    CommonRequirement,
    FollowUpLink,
    Goal,
    Meeting,
    MeetingGoalStatus,
    Municipality,
    Network,
    NetworkMembership,
    OrgVersion,
    OrgVersionStatus,
    Person,
    Position,
    Setting,
    Unit,
    UnitAnsvar,
)

PAGE_SIZE = 200
EXPORT_FORMATS = ("xlsx", "csv")
XLSX_CELL_LIMIT = 32_000  # Excel holds 32 767 characters in a cell
TIME_FORMAT = "dd.mm.yyyy hh:mm:ss"

ACTION_WORDS = {"insert": "Opprettet", "update": "Endret", "delete": "Slettet"}
TABLE_WORDS = {
    "municipality": "Kommune", "org_version": "Organisasjonsversjon", "unit": "Enhet", "unit_ansvar": "Ansvarskode",
    "person": "Person", "position": "Stilling", "follow_up_link": "Oppfølgingsansvar", "network": "Nettverk",
    "network_membership": "Nettverksmedlem", "agreement_template": "Avtalemal", "agreement": "Avtale",
    "common_requirement": "Generelt krav", "goal": "Mål", "assessment": "Vurdering",
    "meeting": "Oppfølgingssamtale", "meeting_goal_status": "Målstatus", "action_item": "Oppfølgingspunkt",
    "budget_set": "Budsjettsett", "setting": "Innstilling",
}
# The «Hva» filter: an area (several tables) or one kind of thing.
AREAS: dict[str, tuple[str, tuple[str, ...]]] = {
    "org": ("Organisasjon", ("municipality", "org_version", "unit", "unit_ansvar", "person", "position",
                             "follow_up_link", "network", "network_membership")),
    "agreements": ("Avtaler", ("agreement_template", "agreement", "common_requirement", "goal", "assessment")),
    "followup": ("Oppfølging", ("meeting", "meeting_goal_status", "action_item")),
    "budget": ("Budsjett", ("budget_set",)),
    "settings": ("Innstillinger", ("setting",)),
}
MODELS: dict[str, Any] = {
    "municipality": Municipality, "org_version": OrgVersion, "unit": Unit, "unit_ansvar": UnitAnsvar,
    "person": Person, "position": Position, "follow_up_link": FollowUpLink, "network": Network,
    "network_membership": NetworkMembership, "agreement_template": AgreementTemplate, "agreement": Agreement,
    "common_requirement": CommonRequirement, "goal": Goal, "assessment": Assessment, "meeting": Meeting,
    "meeting_goal_status": MeetingGoalStatus, "action_item": ActionItem, "budget_set": BudgetSet, "setting": Setting,
}
_LOAD_OPTIONS: dict[str, tuple[Any, ...]] = {
    "unit_ansvar": (selectinload(UnitAnsvar.unit),),
    "position": (selectinload(Position.person), selectinload(Position.unit)),
    "follow_up_link": (selectinload(FollowUpLink.lead), selectinload(FollowUpLink.unit)),
    "network_membership": (selectinload(NetworkMembership.network), selectinload(NetworkMembership.unit)),
    "agreement": (selectinload(Agreement.template),),
    "goal": (selectinload(Goal.agreement),),
    "assessment": (selectinload(Assessment.goal),),
    "meeting": (selectinload(Meeting.unit),),
    "meeting_goal_status": (selectinload(MeetingGoalStatus.goal),
                            selectinload(MeetingGoalStatus.meeting).selectinload(Meeting.unit)),
    "action_item": (selectinload(ActionItem.meeting).selectinload(Meeting.unit),),
}
COLUMN_WORDS = {
    "name": "Navn", "short_name": "Kortnavn", "code": "Kode", "code_to": "Kode til", "kind": "Type",
    "parent_id": "Overordnet enhet", "sort_order": "Rekkefølge", "fte": "Årsverk", "staff_count": "Ansatte",
    "area_of_work": "Arbeidsområde", "services": "Tjenester", "is_external": "Ekstern", "year_type": "Årstype",
    "given_name": "Fornavn", "family_name": "Etternavn", "title": "Tittel", "email": "E-post", "phone": "Telefon",
    "username": "Brukernavn", "role": "Rolle", "start_date": "Fra", "end_date": "Til", "unit_id": "Enhet",
    "unit_lineage_id": "Enhet", "person_id": "Person", "lead_person_id": "Kommunalsjef",
    "description": "Beskrivelse", "colour": "Farge", "is_coordinator": "Koordinator", "status": "Status",
    "effective_from": "Gjelder fra", "effective_to": "Gjelder til", "template_id": "Mal", "leader_id": "Leder",
    "superior_id": "Overordnet", "period_start": "Periode fra", "period_end": "Periode til",
    "confidential": "Unntatt offentlighet", "revision": "Revisjon", "values": "Felter", "signed_place": "Sted",
    "signed_by_leader_on": "Signert av leder", "signed_by_superior_on": "Signert av overordnet",
    "evaluation_summary": "Oppsummering av evalueringen", "category": "Kategori", "number": "Nr.",
    "text": "Tekst", "indicator": "Indikator", "evaluation": "Evaluering", "deadline": "Frist",
    "sub_goals": "Delmål", "assessor": "Vurdert av", "scale": "Grad", "comment": "Kommentar",
    "assessed_on": "Vurdert", "year": "År", "month": "Måned", "meeting_date": "Møtedato", "sections": "Referat",
    "approved_by_leader_on": "Godkjent av leder", "approved_by_superior_on": "Godkjent av overordnet",
    "locked": "Låst", "goal_id": "Mål", "owner_id": "Ansvarlig", "owner_text": "Ansvarlig", "due_date": "Frist",
    "done_on": "Utført", "key": "Nøkkel", "value": "Verdi", "logo_png": "Logo", "county": "Fylke",
    "inhabitants": "Innbyggere", "definition": "Innhold", "language": "Språk", "template_version": "Malversjon",
    "is_builtin": "Innebygd", "unit_kind": "Enhetstype", "carried_from_id": "Videreført fra",
    "common_requirement_id": "Generelt krav", "linked_agreement_id": "Lederavtale", "previous_id": "Forrige avtale",
    "revision_of_id": "Revisjon av", "municipality_id": "Kommune", "org_version_id": "Organisasjonsversjon",
    "network_id": "Nettverk", "based_on_id": "Basert på", "meeting_id": "Oppfølgingssamtale",
    "agreement_id": "Avtale",
}
# Which table a foreign-key column points at (None: the entry's own table).
REFERENCES = {
    "unit_id": "unit", "parent_id": "unit", "person_id": "person", "leader_id": "person", "superior_id": "person",
    "owner_id": "person", "lead_person_id": "person", "agreement_id": "agreement", "goal_id": "goal",
    "meeting_id": "meeting", "template_id": "agreement_template", "org_version_id": "org_version",
    "network_id": "network", "municipality_id": "municipality", "revision_of_id": "agreement",
    "previous_id": "agreement", "linked_agreement_id": "agreement", "common_requirement_id": "common_requirement",
    "carried_from_id": None, "based_on_id": None,
}
SECTION_WORDS = {
    "agenda": "Dagsorden", "leader_account": "Lederens redegjørelse", "superior_view": "Overordnedes vurdering",
    "budget_comment": "Økonomi", "measures": "Tiltak", "other": "Annet", "needs": "Behov for bistand",
    "decisions": "Beslutninger", "reopen_log": "Åpnet igjen",
}
VALUE_WORDS: dict[str, dict[str, str]] = {
    "agreement.status": {"draft": "utkast", "discussion": "til drøfting", "signed": "signert",
                         "evaluated": "evaluert", "superseded": "erstattet"},
    "agreement.kind": {"leader": "lederavtale", "result": "resultatavtale"},
    "meeting.status": {"planned": "planlagt", "held": "holdt", "cancelled": "avlyst", "postponed": "utsatt"},
    "meeting_goal_status.status": {"on_track": "på sporet", "at_risk": "risiko", "off_track": "ikke på sporet"},
    "org_version.status": {"current": "gjeldende", "historical": "historisk", "scenario": "scenario"},
    "position.role": {"chief_executive": "rådmann", "follow_up_lead": "kommunalsjef", "leader": "leder",
                      "acting_leader": "konstituert leder", "member": "medlem"},
    "unit.kind": {"administration": "rådmannen", "top_team": "ledergruppe", "staff": "stab", "support": "støtte",
                  "development": "utviklingsenhet", "service_desk": "servicetorg",
                  "community_sector": "sektor samfunn", "sector": "sektor", "result_unit": "resultatenhet"},
    "unit.year_type": {"calendar": "kalenderår", "school": "skoleår"},
    "assessment.assessor": {"self": "egenevaluering", "superior": "overordnedes vurdering"},
    "assessment.scale": {"1": "liten grad", "2": "tilfredsstillende", "3": "stor grad"},
}
EMPTY = "(tom)"
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_ILLEGAL_XLSX = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
LIKE_ESCAPE = "!"


@dataclass(frozen=True)
class AuditFilter:
    """Which entries to show; every field left empty means «all»."""

    date_from: date | None = None
    date_to: date | None = None  # inclusive
    user: str | None = None
    kind: str | None = None  # an AREAS key or a table name
    text: str = ""

    def tables(self) -> tuple[str, ...]:
        if not self.kind:
            return ()
        if self.kind in AREAS:
            return AREAS[self.kind][1]
        if self.kind in TABLE_WORDS:
            return (self.kind,)
        raise AppError(f"«{self.kind}» er ikke en type endring. Velg en av: "
                       + ", ".join([*AREAS, *TABLE_WORDS]) + ".")


@dataclass(slots=True)
class AuditRow:
    id: uuid.UUID
    at: datetime  # local time, without a time zone
    user: str
    action: str  # insert | update | delete
    table: str
    row_id: str
    subject: str  # «Gjelder»: what was changed, by name
    change: str  # «Endring»: what happened to it

    @property
    def action_text(self) -> str:
        return ACTION_WORDS.get(self.action, self.action)

    @property
    def kind_text(self) -> str:
        return TABLE_WORDS.get(self.table, self.table)


@dataclass(frozen=True)
class AuditPage:
    rows: list[AuditRow]
    total: int
    offset: int
    limit: int

    @property
    def has_more(self) -> bool:
        return self.offset + len(self.rows) < self.total


@dataclass(frozen=True)
class ExportResult:
    path: Path
    rows: int
    format: str
    marking: str = DEFAULT_MARKING


def kinds() -> list[tuple[str, str]]:
    """The «Hva» choices: the areas, then every kind of thing, as (key, Norwegian label)."""
    areas = [(key, label) for key, (label, _tables) in AREAS.items()]
    return areas + sorted(TABLE_WORDS.items(), key=lambda item: item[1])


# ----------------------------------------------------------------------------- time

def _utc_start_of(day: date) -> datetime:
    """Local midnight at the start of ``day`` as a UTC time without zone, as the column stores it."""
    return datetime.combine(day, time()).astimezone(UTC).replace(tzinfo=None)


# ----------------------------------------------------------------------------- querying

def _like(text: str) -> str:
    escaped = text.replace(LIKE_ESCAPE, LIKE_ESCAPE * 2).replace("%", LIKE_ESCAPE + "%").replace(
        "_", LIKE_ESCAPE + "_")
    return f"%{escaped}%"


def _conditions(flt: AuditFilter) -> list[Any]:
    conditions: list[Any] = []
    if flt.date_from and flt.date_to and flt.date_from > flt.date_to:
        raise AppError(f"Fra-datoen {format_date(flt.date_from)} er etter til-datoen {format_date(flt.date_to)}. "
                       "Bytt om datoene.")
    if flt.date_from:
        conditions.append(AuditEntry.at >= _utc_start_of(flt.date_from))
    if flt.date_to:
        conditions.append(AuditEntry.at < _utc_start_of(flt.date_to + timedelta(days=1)))
    if flt.user:
        conditions.append(AuditEntry.user_name == flt.user)
    tables = flt.tables()
    if tables:
        conditions.append(AuditEntry.table_name.in_(tables))
    text = flt.text.strip()
    if text:
        # The changes are JSON, where «ø» may be stored as «\u00f8»: look for both spellings.
        # SQLite folds only A-Z when comparing case-insensitively: «MÅL» is looked for as «mål» and
        # «Mål» too.
        cases = {text, text.lower(), text.upper(), text.capitalize()}
        spellings = cases | {json.dumps(c)[1:-1] for c in cases}
        changes = cast(AuditEntry.changes, Text)
        matches: list[ColumnElement[bool]] = [AuditEntry.summary.ilike(_like(s), escape=LIKE_ESCAPE) for s in spellings]
        matches += [changes.ilike(_like(s), escape=LIKE_ESCAPE) for s in spellings]
        matches += [AuditEntry.user_name.ilike(_like(text), escape=LIKE_ESCAPE), AuditEntry.row_id == text]
        conditions.append(or_(*matches))
    return conditions


def count_audit(session: Session, flt: AuditFilter | None = None) -> int:
    flt = flt or AuditFilter()
    return session.scalar(select(func.count()).select_from(AuditEntry).where(and_(True, *_conditions(flt)))) or 0


# Plain rows, not ORM objects: ten times quicker over 100 000 entries, with the same attribute names.
_COLUMNS = (AuditEntry.id, AuditEntry.at, AuditEntry.user_name, AuditEntry.action, AuditEntry.table_name,
            AuditEntry.row_id, AuditEntry.summary, AuditEntry.changes)


def _entries(session: Session, flt: AuditFilter, offset: int, limit: int) -> list[Any]:
    stmt = (select(*_COLUMNS).where(and_(True, *_conditions(flt)))
            .order_by(AuditEntry.at.desc(), AuditEntry.id.desc()).offset(offset).limit(limit))
    return list(session.execute(stmt))


def query_audit(session: Session, flt: AuditFilter | None = None, *, offset: int = 0,
                limit: int = PAGE_SIZE) -> AuditPage:
    """One page of entries, newest first, described; ``total`` counts every entry the filter lets through."""
    flt = flt or AuditFilter()
    offset, limit = max(0, offset), max(1, limit)
    entries = _entries(session, flt, offset, limit)
    total = count_audit(session, flt) if (offset or len(entries) == limit) else offset + len(entries)
    return AuditPage(describe(session, entries), total, offset, limit)


def iter_audit(session: Session, flt: AuditFilter | None = None, *, batch: int = 2000) -> Iterator[AuditRow]:
    """Every entry the filter lets through, newest first, in batches (for the export).

    Keyset paging on (at, id), so batch 50 costs what batch 1 costs.
    """
    conditions = _conditions(flt or AuditFilter())
    names = _Names(session)
    last: tuple[datetime, uuid.UUID] | None = None
    while True:
        stmt = select(*_COLUMNS).where(and_(True, *conditions))
        if last is not None:
            stmt = stmt.where(or_(AuditEntry.at < last[0], and_(AuditEntry.at == last[0], AuditEntry.id < last[1])))
        entries = list(session.execute(stmt.order_by(AuditEntry.at.desc(), AuditEntry.id.desc()).limit(batch)))
        if not entries:
            return
        yield from describe(session, entries, names)
        last = (entries[-1].at, entries[-1].id)


def audit_users(session: Session) -> list[str]:
    """Everyone who has changed something, for the «Bruker» filter."""
    return sorted(u for u in session.scalars(select(AuditEntry.user_name).distinct()) if u)


# ----------------------------------------------------------------------------- names

def _short(text: str | None, length: int = 60) -> str:
    flat = " ".join((text or "").split())
    return flat if len(flat) <= length else flat[: length - 1].rstrip() + "…"


def _uuid(value: Any) -> uuid.UUID | None:
    if isinstance(value, uuid.UUID):
        return value
    return _parse_uuid(value) if isinstance(value, str) else None


@lru_cache(maxsize=65536)
def _parse_uuid(text: str) -> uuid.UUID | None:
    try:
        return uuid.UUID(text)
    except ValueError:
        return None


def _person(person: Person | None) -> str:
    return person.full_name if person is not None else "ukjent person"


class _Names:
    """Names of rows by table and id, loaded in batches and kept for the next page."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.labels: dict[tuple[str, uuid.UUID], str | None] = {}
        self.field_labels: dict[uuid.UUID, dict[str, str]] = {}
        self._lineages: dict[uuid.UUID, str] | None = None

    def lineage(self, lineage_id: uuid.UUID | None) -> str:
        if self._lineages is None:
            rows = self.session.execute(select(Unit.lineage_id, Unit.name, OrgVersion.status).join(
                OrgVersion, Unit.org_version_id == OrgVersion.id))
            # The current version's name wins over a scenario's or a historical one's.
            ranked = sorted(rows, key=lambda r: r.status == OrgVersionStatus.CURRENT)
            self._lineages = {r.lineage_id: r.name for r in ranked}
        return self._lineages.get(lineage_id, "ukjent enhet") if lineage_id else "ukjent enhet"

    def meeting(self, meeting: Meeting | None) -> str:
        if meeting is None:
            return "slettet oppfølgingssamtale"
        unit = meeting.unit.name if meeting.unit is not None else self.lineage(meeting.unit_lineage_id)
        return f"{unit} {month_name(meeting.month)} {meeting.year}"

    def _label(self, table: str, obj: Any) -> str:
        if table == "unit_ansvar":
            code = obj.code + (f"–{obj.code_to}" if obj.code_to else "")
            return f"Ansvar {code} for {obj.unit.name}"
        if table == "person":
            return obj.full_name
        if table == "position":
            role = VALUE_WORDS["position.role"].get(str(obj.role.value), str(obj.role.value))
            return f"{_person(obj.person)} som {role} i {obj.unit.name}"
        if table == "follow_up_link":
            return f"{_person(obj.lead)} følger opp {obj.unit.name}"
        if table == "network_membership":
            return f"{obj.unit.name} i nettverket {obj.network.name}"
        if table == "agreement":
            defn = (obj.template.definition or {}) if obj.template is not None else {}
            labels = {}
            for section in defn.get("sections", []):
                for item in section.get("fields", []):
                    if item.get("key"):
                        labels[item["key"]] = str(item.get("label") or item["key"])
            self.field_labels[obj.id] = labels
            return obj.title
        if table == "common_requirement":
            return f"«{_short(obj.text)}»"
        if table == "goal":
            number = f" {obj.number}" if obj.number else ""
            return f"Mål{number} «{_short(obj.text)}» i {obj.agreement.title}"
        if table == "assessment":
            who = VALUE_WORDS["assessment.assessor"].get(str(obj.assessor.value), "")
            return f"{who.capitalize()} av mål «{_short(obj.goal.text)}»"
        if table == "meeting":
            return f"Oppfølgingssamtale {self.meeting(obj)}"
        if table == "meeting_goal_status":
            return f"Status for mål «{_short(obj.goal.text)}» i samtalen {self.meeting(obj.meeting)}"
        if table == "action_item":
            return f"«{_short(obj.text)}» (oppfølgingssamtale {self.meeting(obj.meeting)})"
        if table == "setting":
            return obj.key
        return str(getattr(obj, "name", "") or getattr(obj, "title", "") or "")

    def load(self, wanted: dict[str, set[uuid.UUID]]) -> None:
        for table, ids in wanted.items():
            model = MODELS.get(table)
            missing = [i for i in ids if (table, i) not in self.labels]
            if model is None or not missing:
                continue
            for start in range(0, len(missing), 500):
                chunk = missing[start:start + 500]
                for i in chunk:
                    self.labels[(table, i)] = None  # gone unless found
                stmt = select(model).where(model.id.in_(chunk)).options(*_LOAD_OPTIONS.get(table, ()))
                for obj in self.session.scalars(stmt):
                    self.labels[(table, obj.id)] = self._label(table, obj)

    def get(self, table: str, row_id: Any) -> str | None:
        key = _uuid(row_id)
        return self.labels.get((table, key)) if key is not None else None


def _action(entry: Any) -> str:
    return str(getattr(entry.action, "value", entry.action))


def _wanted(entries: Sequence[Any]) -> dict[str, set[uuid.UUID]]:
    wanted: dict[str, set[uuid.UUID]] = {}
    for entry in entries:
        if (key := _uuid(entry.row_id)) is not None:
            wanted.setdefault(entry.table_name, set()).add(key)
        for column, pair in (entry.changes or {}).items():
            if column in REFERENCES and isinstance(pair, list):
                table = REFERENCES[column] or entry.table_name
                for value in pair:
                    if (key := _uuid(value)) is not None:
                        wanted.setdefault(table, set()).add(key)
    return wanted


# ----------------------------------------------------------------------------- describing

def _quoted(text: str) -> str:
    return f"«{text}»" if text else EMPTY


def _value(names: _Names, table: str, column: str, value: Any) -> str:
    if value is None or value == "":
        return EMPTY
    if column in REFERENCES:
        target = REFERENCES[column] or table
        return names.get(target, value) or "(slettet)"
    if column == "unit_lineage_id":
        return names.lineage(_uuid(value))
    if isinstance(value, bool):
        return "ja" if value else "nei"
    words = VALUE_WORDS.get(f"{table}.{column}")
    if words is not None and str(value) in words:
        return words[str(value)]
    if column == "month" and isinstance(value, int) and 1 <= value <= 12:
        return month_name(value)
    if isinstance(value, str) and _DATE.match(value):
        return format_date(date.fromisoformat(value))
    if isinstance(value, list):
        if column == "sub_goals":
            return f"{len(value)} delmål"
        return ", ".join(str(v) for v in value) or EMPTY
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, str):
        return _quoted(value)
    return str(value)


def _dict_changes(names: _Names, entry: Any, column: str, old: Any, new: Any) -> list[str]:
    """A change of a JSON dict (a note's sections, an agreement's fields) key by key."""
    old, new = old if isinstance(old, dict) else {}, new if isinstance(new, dict) else {}
    labels: dict[str, str] = SECTION_WORDS if column == "sections" else {}
    if column == "values":
        labels = names.field_labels.get(_uuid(entry.row_id) or uuid.UUID(int=0), {})
    parts = []
    for key in list(dict.fromkeys([*old, *new])):
        if old.get(key) == new.get(key):
            continue
        label = labels.get(key, key)
        before, after = (_plain_text(old.get(key)), _plain_text(new.get(key)))
        parts.append(f"{label}: {_quoted(before)} → {_quoted(after)}")
    return parts or [f"{COLUMN_WORDS.get(column, column)} endret"]


def _plain_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "ja" if value else "nei"
    if isinstance(value, str | int | float):
        return str(value)
    return json.dumps(value, ensure_ascii=False)


def describe_change(names: _Names, entry: Any, subject: str) -> str:
    """What an entry (an ``AuditEntry`` or a row with its columns) says happened, in words."""
    changes = entry.changes or {}
    if _action(entry) != "update" or not changes:
        summary = (entry.summary or "").strip()
        return summary if summary and summary not in subject else ""
    parts: list[str] = []
    for column, pair in changes.items():
        old, new = [*pair, None, None][:2] if isinstance(pair, list) else (None, pair)
        if isinstance(old, dict) or isinstance(new, dict):
            parts += _dict_changes(names, entry, column, old, new)
            continue
        label = COLUMN_WORDS.get(column, column)
        table = entry.table_name
        parts.append(f"{label}: {_value(names, table, column, old)} → {_value(names, table, column, new)}")
    return "; ".join(parts)


def describe(session: Session, entries: Sequence[Any], names: _Names | None = None) -> list[AuditRow]:
    """The entries as rows people read: names for ids, words for codes, local times."""
    names = names or _Names(session)
    names.load(_wanted(entries))
    rows = []
    for entry in entries:
        subject = names.get(entry.table_name, entry.row_id)
        if subject is None:  # the row is gone: what the entry itself said of it
            subject = (entry.summary or "").strip() or "(slettet)"
        rows.append(AuditRow(entry.id, local_time(entry.at), entry.user_name or "ukjent", _action(entry),
                             entry.table_name, entry.row_id, subject, describe_change(names, entry, subject)))
    return rows


# ----------------------------------------------------------------------------- export

EXPORT_HEADERS = ("Tidspunkt", "Bruker", "Handling", "Hva", "Gjelder", "Endring", "Tabell", "Rad-id")


def _cells(row: AuditRow) -> list[Any]:
    return [row.at.replace(microsecond=0), row.user, row.action_text, row.kind_text, row.subject, row.change,
            row.table, row.row_id]


def _xlsx_text(value: Any) -> Any:
    if not isinstance(value, str):
        return value
    if _ILLEGAL_XLSX.search(value):
        value = _ILLEGAL_XLSX.sub(" ", value)  # control characters openpyxl refuses
    return value if len(value) <= XLSX_CELL_LIMIT else value[: XLSX_CELL_LIMIT - 1] + "…"


def _csv_text(value: Any) -> str:
    if isinstance(value, datetime):
        return value.strftime("%d.%m.%Y %H:%M:%S")
    text = str(value)
    # A spreadsheet opening the CSV must not run text as a formula (CSV injection).
    return "'" + text if text.startswith(("=", "+", "-", "@", "\t", "\r")) else text


def export_format(out: Path) -> str:
    suffix = Path(out).suffix.lower().lstrip(".")
    if suffix not in EXPORT_FORMATS:
        raise AppError(f"Endringsloggen kan eksporteres som .xlsx eller .csv, ikke «{Path(out).name}». "
                       "Gi filen endelsen .xlsx eller .csv.")
    return suffix


def export_audit(session: Session, out: Path, flt: AuditFilter | None = None, *,
                 marking: str = DEFAULT_MARKING, progress: Callable[[int, int], bool] | None = None) -> ExportResult:
    """Write the entries the filter lets through to ``out`` (.xlsx or .csv), newest first, marked.

    ``progress(done, total)`` is called as rows are written; returning False stops the export
    and nothing is written (the result then has ``rows == -1``).
    """
    from app.storage.files import write_atomically

    flt = flt or AuditFilter()
    out = Path(out)
    fmt = export_format(out)
    total = count_audit(session, flt)
    writer = _CsvWriter(marking) if fmt == "csv" else _XlsxWriter(marking, flt)
    done = 0
    for row in iter_audit(session, flt):
        writer.add(_cells(row))
        done += 1
        if progress is not None and done % 1000 == 0 and progress(done, total) is False:
            return ExportResult(out, -1, fmt, marking)
    if progress is not None and progress(done, total) is False:
        return ExportResult(out, -1, fmt, marking)
    write_atomically(out, writer.finish())
    return ExportResult(out, done, fmt, marking)


class _CsvWriter:
    """Semicolon-separated (what Excel expects on a Norwegian PC), UTF-8 with a BOM; the marking
    alone on the first line."""

    def __init__(self, marking: str) -> None:
        self.buffer = io.StringIO()
        self.writer = csv.writer(self.buffer, delimiter=";", lineterminator="\r\n")
        self.writer.writerow([marking])
        self.writer.writerow(EXPORT_HEADERS)

    def add(self, values: list[Any]) -> None:
        self.writer.writerow([_csv_text(v) for v in values])

    def finish(self) -> bytes:
        return self.buffer.getvalue().encode("utf-8-sig")  # the BOM tells Excel it is UTF-8


class _XlsxWriter:
    """A streamed (write-only) workbook: 100 000 rows in seconds, not minutes. It follows
    app.documents.xlsx_style's rules by hand: bold frozen header with a filter, and text that starts like a
    formula written as text with Excel's quote prefix."""

    WIDTHS = (19, 14, 11, 18, 50, 80, 18, 38)

    def __init__(self, marking: str, flt: AuditFilter) -> None:
        from openpyxl import Workbook
        from openpyxl.cell import WriteOnlyCell
        from openpyxl.utils import get_column_letter

        from app.documents.marking import mark_workbook
        from app.documents.xlsx_style import HEADER_BORDER, HEADER_FILL, HEADER_FONT

        self.cell_class = WriteOnlyCell
        self.wb = Workbook(write_only=True)
        self.ws = self.wb.create_sheet("Endringslogg")
        ws = self.ws
        mark_workbook(self.wb, marking)
        title = filter_text(flt)
        self.wb.properties.title = "Endringslogg" + (f" – {title}" if title else "")
        self.wb.properties.creator = "Styringsdialog"
        ws.freeze_panes = "A2"
        ws.print_title_rows = "1:1"
        ws.page_setup.orientation = "landscape"
        ws.page_setup.paperSize = "9"  # A4
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
        for index, width in enumerate(self.WIDTHS, start=1):
            ws.column_dimensions[get_column_letter(index)].width = width
        self.letter = get_column_letter(len(EXPORT_HEADERS))
        header = []
        for text in EXPORT_HEADERS:
            cell = WriteOnlyCell(ws, text)
            cell.font, cell.fill, cell.border = HEADER_FONT, HEADER_FILL, HEADER_BORDER
            header.append(cell)
        ws.append(header)
        self.rows = 0

    def add(self, values: list[Any]) -> None:
        out: list[Any] = []
        for value in values:
            if isinstance(value, datetime):
                cell = self.cell_class(self.ws, value)
                cell.number_format = TIME_FORMAT
                out.append(cell)
            elif isinstance(value, str):
                text = _xlsx_text(value)
                if text.startswith(FORMULA_STARTS):
                    cell = self.cell_class(self.ws, text)
                    cell.data_type = "s"
                    cell.quotePrefix = True
                    out.append(cell)
                else:
                    out.append(text)
            else:
                out.append(value)
        self.ws.append(out)
        self.rows += 1

    def finish(self) -> bytes:
        self.ws.auto_filter.ref = f"A1:{self.letter}{self.rows + 1}"
        buffer = io.BytesIO()
        self.wb.save(buffer)
        return buffer.getvalue()


def filter_text(flt: AuditFilter) -> str:
    """The filter in words, for a title: «fra 01.11.2026 til 23.11.2026, bruker kari, Avtaler»."""
    parts = []
    if flt.date_from:
        parts.append(f"fra {format_date(flt.date_from)}")
    if flt.date_to:
        parts.append(f"til {format_date(flt.date_to)}")
    if flt.user:
        parts.append(f"bruker {flt.user}")
    if flt.kind:
        parts.append(AREAS[flt.kind][0] if flt.kind in AREAS else TABLE_WORDS.get(flt.kind, flt.kind))
    if flt.text.strip():
        parts.append(f"tekst «{flt.text.strip()}»")
    return ", ".join(parts)
