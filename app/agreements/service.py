"""Agreements from draft to evaluation: create, fill in, sign, revise, evaluate, carry forward.

Every public function is one user action: it takes the session first and plain values,
changes rows in the caller's transaction and returns what undo needs (old values, a
snapshot) or the row it made. The lifecycle is

    draft → discussion (til drøfting) → signed → [revision: a new draft, the old row superseded]
          → evaluated → superseded by next year's agreement (``create_next``)

Only drafts and agreements under discussion can be edited; once signed the text is locked
and changes go into a new revision, so what both parties signed stays readable.

The functions the editor calls take ``expected_version``: the version of the row the editor
loaded (``AgreementDetail.version``, ``GoalView.version``, ``AssessmentView.version``). A row
changed by someone else since is not overwritten: ``app.conflicts.ConflictError`` says who
changed it and when.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, selectinload

from app.conflicts import Subject, check_version, flush_checked
from app.errors import AppError
from app.formatting import format_date
from app.org.queries import active, current_version, leader_person
from db.models import (
    Agreement,
    AgreementKind,
    AgreementStatus,
    AgreementTemplate,
    Assessment,
    Assessor,
    CommonRequirement,
    FollowUpLink,
    Goal,
    Network,
    NetworkMembership,
    Person,
    Position,
    PositionRole,
    Unit,
    UnitKind,
)
from db.rows import get_or_gone, row_snapshot


class AgreementError(AppError):
    """An agreement change that cannot be made as asked; the message says why and what to do."""


EDITABLE = (AgreementStatus.DRAFT, AgreementStatus.DISCUSSION)
LOCKED_MESSAGE = "Avtalen er signert og låst. Lag en revisjon for å endre den."
GOAL_FIELDS = ("category", "text", "indicator", "evaluation", "deadline", "sub_goals")
# What a common requirement decides for every leader: changed under «Felles krav», not per agreement.
COMMON_GOAL_FIELDS = ("category", "text", "indicator", "evaluation")
_KIND_WORDS = {
    "nb": {"result": "Resultatavtale", "leader": "Lederavtale"},
    "nn": {"result": "Resultatavtale", "leader": "Leiaravtale"},
    "en": {"result": "Result agreement", "leader": "Leader agreement"},
}


# --- plain results ---------------------------------------------------------------------------


@dataclass(frozen=True)
class RevisionRow:
    id: uuid.UUID
    revision: int
    status: str
    created_at: datetime
    title: str


@dataclass(frozen=True)
class AssessmentView:
    assessor: str  # self | superior
    scale: int | None
    label: str  # the template's scale label, «stor grad»; "" when not rated
    comment: str
    assessed_on: date | None
    version: int = 0


@dataclass
class GoalView:
    id: uuid.UUID
    category: str
    number: str
    text: str
    indicator: str
    evaluation: str
    deadline: date | None
    sub_goals: list[dict[str, Any]]
    sort_order: int
    common_requirement_id: uuid.UUID | None = None
    carried_from_id: uuid.UUID | None = None
    self_assessment: AssessmentView | None = None
    superior_assessment: AssessmentView | None = None
    version: int = 0

    @property
    def is_common(self) -> bool:
        """Written once under «Felles krav»: its text cannot be changed in one agreement."""
        return self.common_requirement_id is not None


@dataclass
class CategoryView:
    key: str
    title: str
    hint: str
    goals: list[GoalView]
    over_limit: bool = False  # more goals than the source advises (five): the editor warns gently


@dataclass
class AgreementDetail:
    """Everything the agreement editor shows."""

    id: uuid.UUID
    title: str
    kind: str
    status: str
    locked: bool
    revision: int
    template_id: uuid.UUID
    template_key: str
    template_name: str
    template_version: int
    language: str
    definition: dict[str, Any]
    values: dict[str, Any]
    categories: list[CategoryView]
    period_start: date
    period_end: date
    confidential: bool
    unit_id: uuid.UUID | None
    unit_name: str
    leader_id: uuid.UUID | None
    leader_name: str
    superior_id: uuid.UUID | None
    superior_name: str
    signed_place: str
    signed_by_leader_on: date | None
    signed_by_superior_on: date | None
    evaluation_summary: str
    revision_of_id: uuid.UUID | None
    previous_id: uuid.UUID | None
    linked_agreement_id: uuid.UUID | None
    linked_agreement_title: str
    revision_reason: str
    created_at: datetime
    updated_at: datetime
    scale: list[dict[str, Any]] = field(default_factory=list)
    # Later rows made from this one: the next revision (or next year's agreement) when superseded.
    superseded_by_id: uuid.UUID | None = None
    version: int = 0  # of the agreement row, for the editor's next save

    @property
    def goals(self) -> list[GoalView]:
        return [goal for category in self.categories for goal in category.goals]


# --- small helpers ---------------------------------------------------------------------------


def _agreement(session: Session, agreement_id: uuid.UUID) -> Agreement:
    return get_or_gone(session, Agreement, agreement_id, AgreementError(
        "Avtalen finnes ikke lenger (den kan være slettet). Oppdater visningen og prøv igjen."
    ))


def _goal(session: Session, goal_id: uuid.UUID) -> Goal:
    return get_or_gone(session, Goal, goal_id, AgreementError(
        "Målet finnes ikke lenger (det kan være slettet). Oppdater visningen og prøv igjen."
    ))


def _copy_values(values: dict[str, Any]) -> dict[str, Any]:
    """A deep enough copy of ``Agreement.values``: JSON columns only notice a new object."""
    copied = dict(values)
    tables = values.get("tables")
    if isinstance(tables, dict):
        copied["tables"] = {key: [list(row) for row in rows] for key, rows in tables.items()}
    return copied


def definition(agreement: Agreement) -> dict[str, Any]:
    return agreement.template.definition or {}


def categories(defn: dict[str, Any]) -> list[dict[str, Any]]:
    return list(defn.get("goal_categories", []))


def template_fields(defn: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Field key -> field definition, with the key of the section it belongs to."""
    found: dict[str, dict[str, Any]] = {}
    for section in defn.get("sections", []):
        for item in section.get("fields", []):
            found[item["key"]] = {**item, "_section": section}
    return found


def category_title(defn: dict[str, Any], key: str) -> str:
    return next((c.get("title", key) for c in categories(defn) if c["key"] == key), key)


def _full_name(person: Person | None) -> str:
    return person.full_name if person is not None else ""


def _ensure_editable(agreement: Agreement) -> None:
    if agreement.status in EDITABLE:
        return
    if agreement.status == AgreementStatus.SIGNED:
        raise AgreementError(LOCKED_MESSAGE)
    if agreement.status == AgreementStatus.EVALUATED:
        raise AgreementError("Avtalen er evaluert og låst. Lag neste års avtale fra den for å skrive nye mål.")
    raise AgreementError(
        "Avtalen er erstattet av en nyere revisjon eller neste års avtale og kan ikke endres. "
        "Åpne den gjeldende avtalen i historikken."
    )


def _as_date(value: Any, label: str) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip())
    except ValueError:
        raise AgreementError(f"«{value}» i feltet «{label}» er ikke en dato. Skriv datoen som dd.mm.åååå.") from None


def _as_uuid(value: Any) -> uuid.UUID | None:
    if isinstance(value, uuid.UUID):
        return value
    if isinstance(value, str):
        try:
            return uuid.UUID(value)
        except ValueError:
            return None
    return None


def _check_period(period_start: date, period_end: date) -> None:
    if period_start is None or period_end is None:
        raise AgreementError("Avtalen må ha både fra- og til-dato. Fyll inn perioden avtalen gjelder for.")
    if period_end < period_start:
        raise AgreementError(
            f"Perioden slutter ({format_date(period_end)}) før den begynner ({format_date(period_start)}). "
            "Rett datoene."
        )


def _reference_day(period_start: date, period_end: date, on: date | None) -> date:
    """The day leader and superior are looked up on: today, moved inside the period."""
    day = on or date.today()
    return min(max(day, period_start), period_end)


# --- who leads the unit, who is the superior --------------------------------------------------


def unit_leader(session: Session, unit: Unit, on: date) -> Person | None:
    """The unit's leader on a day (the rådmann for the administration); an acting leader when vacant.

    The one definition every output uses: ``app.org.queries.leaderships``."""
    return leader_person(session, unit, on)


def unit_superior(session: Session, unit: Unit, on: date, leader: Person | None = None) -> Person | None:
    """The kommunalsjef following the unit up on a day, else the rådmann (staff units)."""
    lead = session.scalar(
        select(Person)
        .join(FollowUpLink, FollowUpLink.lead_person_id == Person.id)
        .where(FollowUpLink.unit_id == unit.id, active(FollowUpLink.start_date, FollowUpLink.end_date, on))
        .order_by(FollowUpLink.start_date.desc())
        .limit(1)
    )
    if lead is not None and (leader is None or lead.id != leader.id):
        return lead
    if unit.kind == UnitKind.ADMINISTRATION:
        return None  # the rådmann answers to the elected council, not to a person in the register
    chief = session.scalar(
        select(Person)
        .join(Position, Position.person_id == Person.id)
        .join(Unit, Unit.id == Position.unit_id)
        .where(
            Unit.org_version_id == unit.org_version_id,
            Position.role == PositionRole.CHIEF_EXECUTIVE,
            active(Position.start_date, Position.end_date, on),
        )
        .limit(1)
    )
    if chief is not None and (leader is None or chief.id != leader.id):
        return chief
    return None


def agreement_title(kind: str, language: str, period_start: date, period_end: date, unit_name: str) -> str:
    """«Resultatavtale 2026 – Haugtun skole»; a period over several years shows «2026–2029»."""
    words = _KIND_WORDS.get(language, _KIND_WORDS["nb"])
    years = str(period_start.year) if period_start.year == period_end.year else (
        f"{period_start.year}–{period_end.year}"
    )
    title = f"{words.get(kind, words['result'])} {years}"
    return f"{title} – {unit_name}" if unit_name else title


def _initial_values(
    defn: dict[str, Any], *, unit: Unit | None, leader: Person | None, superior: Person | None,
    period_start: date, period_end: date,
) -> dict[str, Any]:
    """Field defaults, then what the agreement's columns and the unit already say."""
    values: dict[str, Any] = {}
    tables: dict[str, list[list[str]]] = {}
    for section in defn.get("sections", []):
        for item in section.get("fields", []):
            values[item["key"]] = item.get("default", "")
        table = section.get("table")
        if isinstance(table, dict) and table.get("rows"):
            tables[section["key"]] = [[str(cell) for cell in row] for row in table["rows"]]
    if tables:
        values["tables"] = tables
    bound = {
        "leader": _full_name(leader),
        "superior": _full_name(superior),
        "unit": unit.name if unit is not None else "",
        "period_start": period_start.isoformat(),
        "period_end": period_end.isoformat(),
        "signed_place": "",
    }
    # Fields the templates name by convention, filled from the register when the template has no default.
    derived = {
        "leader_title": leader.title if leader is not None else "",
        "superior_title": superior.title if superior is not None else "",
        "unit_goals": unit.area_of_work if unit is not None else "",
        "area_of_work": unit.area_of_work if unit is not None else "",
        "services": "\n".join(str(s) for s in unit.services) if unit is not None and unit.services else "",
    }
    for key, item in template_fields(defn).items():
        binds = item.get("binds")
        if binds in bound:
            values[key] = bound[binds]
        elif key in derived and not values.get(key):
            values[key] = derived[key]
    return values


# --- goals: order and numbers -------------------------------------------------------------------


def category_lists(agreement: Agreement) -> dict[str, list[Goal]]:
    """The agreement's goals per category key, in their order; the template's categories first."""
    lists: dict[str, list[Goal]] = {c["key"]: [] for c in categories(definition(agreement))}
    for goal in sorted(agreement.goals, key=lambda g: g.sort_order or 0):
        lists.setdefault(goal.category, []).append(goal)
    return lists


def apply_order(lists: dict[str, list[Goal]]) -> None:
    """Give the goals their sort order (across the agreement) and numbers 1..n per category."""
    order = 0
    for goals in lists.values():
        for number, goal in enumerate(goals, start=1):
            if goal.sort_order != order:  # untouched rows stay out of the audit log
                goal.sort_order = order
            if goal.number != str(number):
                goal.number = str(number)
            order += 1


def place_goal(agreement: Agreement, goal: Goal, position: int | None = None) -> None:
    """Put a goal into the agreement at ``position`` within its category (None: last) and renumber."""
    lists = category_lists(agreement)
    for goals in lists.values():
        if goal in goals:
            goals.remove(goal)
    if goal not in agreement.goals:
        agreement.goals.append(goal)
    target = lists.setdefault(goal.category, [])
    index = len(target) if position is None else max(0, min(position, len(target)))
    target.insert(index, goal)
    apply_order(lists)


def remove_goal(agreement: Agreement, goal: Goal) -> int:
    """Take a goal out of the agreement (it is deleted) and renumber; returns its index in its category."""
    lists = category_lists(agreement)
    goals = lists.get(goal.category, [])
    index = goals.index(goal) if goal in goals else 0
    if goal in goals:
        goals.remove(goal)
    agreement.goals.remove(goal)
    apply_order(lists)
    return index


def _check_category(agreement: Agreement, category: str) -> str:
    keys = [c["key"] for c in categories(definition(agreement))]
    if category not in keys:
        titles = ", ".join(f"«{c.get('title', c['key'])}»" for c in categories(definition(agreement)))
        raise AgreementError(
            f"Malen for avtalen har ingen målgruppe «{category}». Velg en av disse: {titles or 'ingen'}."
        )
    return category


def _clean_sub_goals(value: Any) -> list[dict[str, Any]]:
    """Sub-goals (a, b, c) as ``[{"text", "indicator", "deadline"}]``; plain strings are accepted."""
    if value is None:
        return []
    if isinstance(value, str):
        value = [line for line in value.splitlines() if line.strip()]
    if not isinstance(value, (list, tuple)):
        raise AgreementError("Delmålene må være en liste. Skriv ett delmål per linje.")
    cleaned: list[dict[str, Any]] = []
    for item in value:
        if isinstance(item, str):
            item = {"text": item}
        if not isinstance(item, dict):
            raise AgreementError("Et delmål har feil form. Skriv ett delmål per linje.")
        text = str(item.get("text", "")).strip()
        indicator = str(item.get("indicator", "") or "").strip()
        deadline = _as_date(item.get("deadline"), "Frist for delmål")
        if not text and not indicator:
            continue
        cleaned.append({"text": text, "indicator": indicator, "deadline": deadline.isoformat() if deadline else ""})
    return cleaned


def _goal_value(key: str, value: Any) -> Any:
    if key == "deadline":
        return _as_date(value, "Frist")
    if key == "sub_goals":
        return _clean_sub_goals(value)
    return "" if value is None else str(value).strip()


# --- creating an agreement ----------------------------------------------------------------------


def _linked_leader_agreement(session: Session, agreement: Agreement, defn: dict[str, Any]) -> uuid.UUID | None:
    """A result agreement belongs to the unit's leader agreement of an overlapping period, if there is one."""
    links_to = defn.get("links_to")
    if not links_to or agreement.unit_lineage_id is None:
        return None
    return session.scalar(
        select(Agreement.id)
        .join(AgreementTemplate, AgreementTemplate.id == Agreement.template_id)
        .where(
            AgreementTemplate.key == links_to,
            Agreement.unit_lineage_id == agreement.unit_lineage_id,
            Agreement.status != AgreementStatus.SUPERSEDED,
            Agreement.period_start <= agreement.period_end,
            Agreement.period_end >= agreement.period_start,
        )
        .order_by(Agreement.period_start.desc(), Agreement.revision.desc())
        .limit(1)
    )


def matching_requirements(
    session: Session, period_start: date, period_end: date, unit_kind: UnitKind | None,
) -> list[CommonRequirement]:
    """The common requirements of a period that apply to a kind of unit, in their order."""
    stmt = select(CommonRequirement).where(
        CommonRequirement.period_start <= period_end, CommonRequirement.period_end >= period_start,
    )
    if unit_kind is None:
        stmt = stmt.where(CommonRequirement.unit_kind.is_(None))
    else:
        stmt = stmt.where(or_(CommonRequirement.unit_kind.is_(None), CommonRequirement.unit_kind == unit_kind))
    return list(session.scalars(stmt.order_by(CommonRequirement.sort_order, CommonRequirement.created_at)))


def goal_from_requirement(requirement: CommonRequirement) -> Goal:
    return Goal(
        id=uuid.uuid4(), category=requirement.category, text=requirement.text, indicator=requirement.indicator,
        evaluation=requirement.evaluation, sub_goals=[], common_requirement_id=requirement.id,
    )


def _fill_from_register(session: Session, agreement: Agreement, defn: dict[str, Any], unit: Unit) -> None:
    """Fields the municipal templates ask for that the register already knows: networks, the leader agreement."""
    fields = template_fields(defn)
    values = dict(agreement.values)
    if "network" in fields and not values.get("network"):
        names = session.scalars(
            select(Network.name).join(NetworkMembership, NetworkMembership.network_id == Network.id)
            .where(NetworkMembership.unit_id == unit.id).order_by(Network.name)
        ).all()
        values["network"] = ", ".join(names)
    if "leader_agreement" in fields and not values.get("leader_agreement") and agreement.linked_agreement_id:
        linked = session.get(Agreement, agreement.linked_agreement_id)
        if linked is not None:
            signed = linked.signed_by_superior_on or linked.signed_by_leader_on
            values["leader_agreement"] = f"{linked.title}, {format_date(signed)}" if signed else linked.title
    if values != agreement.values:
        agreement.values = values


def create_agreement(
    session: Session,
    *,
    template_id: uuid.UUID,
    unit_id: uuid.UUID,
    period_start: date,
    period_end: date,
    leader_id: uuid.UUID | None = None,
    superior_id: uuid.UUID | None = None,
    title: str | None = None,
    on: date | None = None,
) -> Agreement:
    """A new draft agreement for a unit on a template.

    The leader defaults to the unit's leader and the superior to the kommunalsjef following the
    unit up (the rådmann for staff units), both as of ``on`` (default: today, moved into the
    period). The common requirements of the period that apply to the unit are added as goals.
    """
    template = get_or_gone(session, AgreementTemplate, template_id, AgreementError(
        "Avtalemalen finnes ikke lenger. Velg en annen mal."
    ))
    unit = get_or_gone(session, Unit, unit_id, AgreementError(
        "Enheten finnes ikke lenger (den kan være slettet). Velg en annen enhet."
    ))
    _check_period(period_start, period_end)
    day = _reference_day(period_start, period_end, on)
    leader: Person | None
    superior: Person | None
    if leader_id is not None:
        leader = get_or_gone(session, Person, leader_id, AgreementError(
            "Lederen som er valgt, finnes ikke lenger i personregisteret. Velg en annen."
        ))
    else:
        leader = unit_leader(session, unit, day)
    if superior_id is not None:
        superior = get_or_gone(session, Person, superior_id, AgreementError(
            "Den overordnede som er valgt, finnes ikke lenger i personregisteret. Velg en annen."
        ))
    else:
        superior = unit_superior(session, unit, day, leader)
    defn = template.definition or {}
    language = defn.get("language", template.language)
    text = (title or "").strip() or agreement_title(template.kind.value, language, period_start, period_end, unit.name)
    if len(text) > 300:
        raise AgreementError(f"Tittelen kan være høyst 300 tegn; den er {len(text)} tegn. Kort den ned.")
    agreement = Agreement(
        id=uuid.uuid4(),
        template_id=template.id,
        unit_id=unit.id,
        unit_lineage_id=unit.lineage_id,
        leader_id=leader.id if leader is not None else None,
        superior_id=superior.id if superior is not None else None,
        kind=template.kind,
        title=text,
        period_start=period_start,
        period_end=period_end,
        status=AgreementStatus.DRAFT,
        confidential=bool(defn.get("confidential_default", True)),
        revision=1,
        values=_initial_values(defn, unit=unit, leader=leader, superior=superior,
                               period_start=period_start, period_end=period_end),
    )
    agreement.template = template
    session.add(agreement)
    agreement.linked_agreement_id = _linked_leader_agreement(session, agreement, defn)
    _fill_from_register(session, agreement, defn, unit)
    keys = {c["key"] for c in categories(defn)}
    for requirement in matching_requirements(session, period_start, period_end, unit.kind):
        if requirement.category in keys:
            place_goal(agreement, goal_from_requirement(requirement))
    session.flush()
    return agreement


# --- filling in the fields ----------------------------------------------------------------------


def _validated_field(session: Session, item: dict[str, Any], value: Any) -> dict[str, Any]:
    """What setting one field changes: ``{"value": stored text, column: value, ...}``."""
    label = item.get("label", item["key"])
    kind = item.get("type", "text")
    binds = item.get("binds")
    result: dict[str, Any] = {}
    if kind == "date":
        day = _as_date(value, label)
        result["value"] = day.isoformat() if day else ""
        if binds in ("period_start", "period_end"):
            if day is None:
                raise AgreementError(f"Feltet «{label}» må ha en dato: det er avtalens periode.")
            result[binds] = day
        return result
    if kind in ("person", "unit"):
        model: type[Person] | type[Unit] = Person if kind == "person" else Unit
        ref = value.id if isinstance(value, model) else _as_uuid(value)
        if ref is not None:
            obj: Person | Unit | None = session.get(Person, ref) if kind == "person" else session.get(Unit, ref)
            if obj is None:
                what = "Personen" if kind == "person" else "Enheten"
                raise AgreementError(f"{what} som er valgt i feltet «{label}», finnes ikke lenger. Velg på nytt.")
            result["value"] = obj.full_name if isinstance(obj, Person) else obj.name
            if binds in ("leader", "superior"):
                result[f"{binds}_id"] = obj.id
            elif binds == "unit" and isinstance(obj, Unit):
                result["unit_id"] = obj.id
                result["unit_lineage_id"] = obj.lineage_id
            return result
        if value is None and binds in ("leader", "superior"):
            result[f"{binds}_id"] = None
        result["value"] = "" if value is None else str(value).strip()
        return result
    text = "" if value is None else str(value)
    text = text.strip() if kind == "text" else text.rstrip()
    if kind == "text" and "\n" in text:
        text = " ".join(line.strip() for line in text.splitlines() if line.strip())
    max_lines = item.get("max_lines")
    if kind == "multiline" and isinstance(max_lines, int) and max_lines > 0:
        lines = len(text.splitlines())
        if lines > max_lines:
            raise AgreementError(
                f"Feltet «{label}» kan ha høyst {max_lines} linjer, men teksten har {lines}. Kort den ned."
            )
    result["value"] = text
    if binds == "signed_place":
        if len(text) > 100:
            raise AgreementError(f"Stedet kan være høyst 100 tegn; «{text[:40]}…» er {len(text)} tegn.")
        result["signed_place"] = text
    return result


def _clean_table(rows: Any, columns: int, title: str) -> list[list[str]]:
    if not isinstance(rows, (list, tuple)):
        raise AgreementError(f"Tabellen «{title}» må være en liste med rader.")
    cleaned: list[list[str]] = []
    for row in rows:
        if not isinstance(row, (list, tuple)):
            raise AgreementError(f"En rad i tabellen «{title}» har feil form.")
        cells = ["" if cell is None else str(cell) for cell in row]
        if columns:
            cells = (cells + [""] * columns)[:columns]
        cleaned.append(cells)
    return cleaned


def update_values(session: Session, agreement_id: uuid.UUID, changes: dict[str, Any], *,
                  expected_version: int | None = None) -> dict[str, Any]:
    """Fill in some of the agreement's fields; returns the old values (``update_values(old)`` undoes).

    A field bound to a column (leader, superior, unit, the period, the place) changes the column
    too: give a person or unit as its id, dates as ``date`` or ISO text. ``changes["tables"]``
    replaces the rows of the named table sections.
    """
    agreement = _agreement(session, agreement_id)
    check_version(agreement, expected_version)
    _ensure_editable(agreement)
    defn = definition(agreement)
    fields = template_fields(defn)
    table_sections = {s["key"]: s for s in defn.get("sections", []) if isinstance(s.get("table"), dict)}
    values = _copy_values(agreement.values or {})
    new_values = _copy_values(values)
    columns: dict[str, Any] = {}
    old: dict[str, Any] = {}
    for key, value in changes.items():
        if key == "tables":
            if not isinstance(value, dict):
                raise AgreementError("Tabellverdiene må gis per avsnitt.")
            tables = dict(new_values.get("tables") or {})
            old_tables: dict[str, Any] = {}
            for section_key, rows in value.items():
                section = table_sections.get(section_key)
                if section is None:
                    raise AgreementError(f"Malen har ingen tabell «{section_key}». Oppdater visningen og prøv igjen.")
                old_tables[section_key] = [list(r) for r in (values.get("tables") or {}).get(section_key, [])]
                tables[section_key] = _clean_table(rows, len(section["table"].get("columns", [])), section["title"])
            new_values["tables"] = tables
            old["tables"] = old_tables
            continue
        if key == "revision_reason":
            old[key] = values.get(key, "")
            new_values[key] = "" if value is None else str(value).strip()
            continue
        item = fields.get(key)
        if item is None:
            raise AgreementError(f"Feltet «{key}» finnes ikke i malen for avtalen. Oppdater visningen og prøv igjen.")
        result = _validated_field(session, item, value)
        new_values[key] = result.pop("value")
        columns.update(result)
        # Old value in a form that restores the column as well as the text.
        previous = values.get(key, "")
        binds = item.get("binds")
        if binds in ("leader", "superior") and getattr(agreement, f"{binds}_id") is not None:
            person = session.get(Person, getattr(agreement, f"{binds}_id"))
            previous = person.id if person is not None and person.full_name == previous else previous
        elif binds == "unit" and agreement.unit_id is not None and agreement.unit is not None \
                and agreement.unit.name == previous:
            previous = agreement.unit_id
        elif binds in ("period_start", "period_end"):
            previous = getattr(agreement, binds).isoformat()
        old[key] = previous
    start = columns.get("period_start", agreement.period_start)
    end = columns.get("period_end", agreement.period_end)
    _check_period(start, end)
    moved = any(getattr(agreement, c) != v for c, v in columns.items()
                if c in ("period_start", "period_end", "unit_id"))
    if moved:
        language = defn.get("language", agreement.template.language)
        unit_name = agreement.unit.name if agreement.unit is not None else ""
        automatic = agreement_title(agreement.kind.value, language, agreement.period_start, agreement.period_end,
                                    unit_name)
    for column, value in columns.items():
        if getattr(agreement, column) != value:
            setattr(agreement, column, value)
    if new_values != values:
        agreement.values = new_values
    if moved:
        session.flush()
        session.expire(agreement, ["unit"])
        if agreement.title == automatic:  # a title the user wrote is kept; the one we made follows the period
            agreement.title = agreement_title(agreement.kind.value, language, agreement.period_start,
                                              agreement.period_end, agreement.unit.name if agreement.unit else "")
        sync_common_goals(session, agreement)
    flush_checked(session)
    return old


def sync_common_goals(session: Session, agreement: Agreement) -> bool:
    """Give an open agreement exactly the common requirements of its period and unit kind; True if changed."""
    keys = {c["key"] for c in categories(definition(agreement))}
    unit_kind = agreement.unit.kind if agreement.unit is not None else None
    wanted = [r for r in matching_requirements(session, agreement.period_start, agreement.period_end, unit_kind)
              if r.category in keys]
    wanted_ids = {r.id for r in wanted}
    changed = False
    for goal in list(agreement.goals):
        if goal.common_requirement_id is not None and goal.common_requirement_id not in wanted_ids:
            remove_goal(agreement, goal)
            changed = True
    held = {g.common_requirement_id for g in agreement.goals}
    for requirement in wanted:
        if requirement.id not in held:
            place_goal(agreement, goal_from_requirement(requirement))
            changed = True
    return changed


def set_confidential(session: Session, agreement_id: uuid.UUID, confidential: bool, *,
                     expected_version: int | None = None) -> bool:
    """Mark the agreement exempt from public disclosure or not; returns the old setting."""
    agreement = _agreement(session, agreement_id)
    check_version(agreement, expected_version, text_kept=False)
    _ensure_editable(agreement)
    old = agreement.confidential
    agreement.confidential = bool(confidential)
    flush_checked(session)
    return old


def update_title(session: Session, agreement_id: uuid.UUID, title: str, *,
                 expected_version: int | None = None) -> str:
    """Rename the agreement; returns the old title."""
    agreement = _agreement(session, agreement_id)
    check_version(agreement, expected_version)
    _ensure_editable(agreement)
    text = (title or "").strip()
    if not text:
        raise AgreementError("Avtalen må ha en tittel. Skriv en tittel, for eksempel «Resultatavtale 2026».")
    if len(text) > 300:
        raise AgreementError(f"Tittelen kan være høyst 300 tegn; den er {len(text)} tegn. Kort den ned.")
    old = agreement.title
    agreement.title = text
    flush_checked(session)
    return old


# --- goals ---------------------------------------------------------------------------------------


def add_goal(
    session: Session,
    agreement_id: uuid.UUID,
    *,
    category: str,
    text: str,
    indicator: str = "",
    evaluation: str = "",
    deadline: date | None = None,
    sub_goals: list[Any] | None = None,
    position: int | None = None,
) -> Goal:
    """Add a goal in a category at ``position`` within it (None: last); the numbers follow."""
    agreement = _agreement(session, agreement_id)
    _ensure_editable(agreement)
    _check_category(agreement, category)
    goal = Goal(
        id=uuid.uuid4(), category=category, text=_goal_value("text", text),
        indicator=_goal_value("indicator", indicator), evaluation=_goal_value("evaluation", evaluation),
        deadline=_goal_value("deadline", deadline), sub_goals=_clean_sub_goals(sub_goals),
    )
    place_goal(agreement, goal, position)
    session.flush()
    return goal


def update_goal(session: Session, goal_id: uuid.UUID, *, expected_version: int | None = None,
                **changes: Any) -> dict[str, Any]:
    """Change some of a goal's fields; returns the old values (``update_goal(**old)`` undoes).

    A new category puts the goal last in that category.
    """
    unknown = set(changes) - set(GOAL_FIELDS)
    if unknown:
        raise TypeError(f"update_goal: unknown field(s) {', '.join(sorted(unknown))}")
    goal = _goal(session, goal_id)
    agreement = goal.agreement
    check_version(goal, expected_version)
    _ensure_editable(agreement)
    new = {key: _goal_value(key, value) for key, value in changes.items()}
    if goal.common_requirement_id is not None:
        changed = [k for k in COMMON_GOAL_FIELDS if k in new and new[k] != getattr(goal, k)]
        if changed:
            raise AgreementError(
                "Målet er et felles krav for alle ledere i perioden. Endre det under «Felles krav», "
                "så oppdateres alle avtaleutkastene samtidig."
            )
    if "category" in new:
        _check_category(agreement, new["category"])
    old: dict[str, Any] = {}
    for key, value in new.items():
        current = getattr(goal, key)
        old[key] = [dict(v) for v in current] if key == "sub_goals" else current
        if key != "category" and current != value:
            setattr(goal, key, value)
    if "category" in new and new["category"] != goal.category:
        lists = category_lists(agreement)
        lists[goal.category].remove(goal)
        goal.category = new["category"]
        lists.setdefault(goal.category, []).append(goal)
        apply_order(lists)
    flush_checked(session)
    return old


def delete_goal(session: Session, goal_id: uuid.UUID, *, expected_version: int | None = None) -> dict[str, Any]:
    """Delete a goal; returns the snapshot ``restore_goal`` puts it back with (same id, same place)."""
    goal = _goal(session, goal_id)
    agreement = goal.agreement
    check_version(goal, expected_version, text_kept=False)
    _ensure_editable(agreement)
    snapshot = {
        "agreement_id": agreement.id,
        "goal": row_snapshot(goal),
        "assessments": [row_snapshot(a) for a in goal.assessments],
    }
    snapshot["position"] = remove_goal(agreement, goal)
    flush_checked(session)
    return snapshot


def restore_goal(session: Session, snapshot: dict[str, Any]) -> Goal:
    """Put back a goal deleted by ``delete_goal``."""
    agreement = _agreement(session, snapshot["agreement_id"])
    _ensure_editable(agreement)
    row = dict(snapshot["goal"])
    if session.get(Goal, row["id"]) is not None:
        raise AgreementError("Målet finnes allerede i avtalen.")
    _check_category(agreement, row["category"])
    if row.get("common_requirement_id") and session.get(CommonRequirement, row["common_requirement_id"]) is None:
        row["common_requirement_id"] = None  # the requirement is gone: the goal stays as an ordinary goal
    if row.get("carried_from_id") and session.get(Goal, row["carried_from_id"]) is None:
        row["carried_from_id"] = None
    goal = Goal(**row)
    goal.assessments = [Assessment(**values) for values in snapshot.get("assessments", [])]
    place_goal(agreement, goal, snapshot.get("position"))
    session.flush()
    return goal


def move_goal(session: Session, goal_id: uuid.UUID, delta: int) -> int:
    """Move a goal up (negative) or down within its category; returns the delta applied (0 at the ends)."""
    goal = _goal(session, goal_id)
    agreement = goal.agreement
    _ensure_editable(agreement)
    lists = category_lists(agreement)
    goals = lists[goal.category]
    index = goals.index(goal)
    target = max(0, min(index + delta, len(goals) - 1))
    if target == index:
        return 0
    goals.insert(target, goals.pop(index))
    apply_order(lists)
    session.flush()
    return target - index


def goals_over_limit(session: Session, agreement_id: uuid.UUID, limit: int = 5) -> list[str]:
    """Titles of the categories with more than ``limit`` goals: the source advises few goals."""
    agreement = _agreement(session, agreement_id)
    defn = definition(agreement)
    return [category_title(defn, key) for key, goals in category_lists(agreement).items() if len(goals) > limit]


# --- status: discussion, signing ----------------------------------------------------------------


def send_to_discussion(session: Session, agreement_id: uuid.UUID, *, expected_version: int | None = None) -> Agreement:
    """Draft → til drøfting: the draft goes to the other party to be discussed."""
    agreement = _agreement(session, agreement_id)
    check_version(agreement, expected_version, text_kept=False)
    if agreement.status != AgreementStatus.DRAFT:
        _ensure_editable(agreement)
        raise AgreementError("Avtalen er allerede sendt til drøfting.")
    agreement.status = AgreementStatus.DISCUSSION
    flush_checked(session)
    return agreement


def return_to_draft(session: Session, agreement_id: uuid.UUID, *, expected_version: int | None = None) -> Agreement:
    """Til drøfting → draft (also undoes ``send_to_discussion``)."""
    agreement = _agreement(session, agreement_id)
    check_version(agreement, expected_version, text_kept=False)
    if agreement.status != AgreementStatus.DISCUSSION:
        _ensure_editable(agreement)
        raise AgreementError("Avtalen er allerede et utkast.")
    agreement.status = AgreementStatus.DRAFT
    flush_checked(session)
    return agreement


def _signing_problems(agreement: Agreement) -> list[str]:
    defn = definition(agreement)
    problems: list[str] = []
    values = agreement.values or {}
    fields = template_fields(defn)
    # A party outside the register (the mayor signing the rådmann's agreement) is written by name.
    named = {item["binds"] for key, item in fields.items()
             if item.get("binds") in ("leader", "superior") and str(values.get(key, "")).strip()}
    if agreement.leader_id is None and "leader" not in named:
        problems.append("Avtalen mangler leder: velg lederen i feltet for leder")
    if agreement.superior_id is None and "superior" not in named:
        problems.append("Avtalen mangler nærmeste overordnede: velg den overordnede")
    for key, item in fields.items():
        if item.get("binds") in ("leader", "superior"):
            continue  # reported above
        if item.get("required") and item.get("binds") != "signed_place" and not str(values.get(key, "")).strip():
            problems.append(f"feltet «{item.get('label', key)}» i avsnittet «{item['_section']['title']}» er tomt")
    has_goal_table = any(s.get("goal_table") for s in defn.get("sections", []))
    if has_goal_table and agreement.kind == AgreementKind.RESULT and not agreement.goals:
        problems.append("avtalen har ingen mål")
    for key, goals in category_lists(agreement).items():
        for number, goal in enumerate(goals, start=1):
            if not goal.text.strip():
                problems.append(f"mål {number} under «{category_title(defn, key)}» mangler tekst")
    return problems


def sign(
    session: Session, agreement_id: uuid.UUID, *, place: str, leader_signed_on: date, superior_signed_on: date,
    expected_version: int | None = None,
) -> Agreement:
    """Both parties sign: the status becomes signed and the text is locked.

    With ``expected_version`` an agreement changed since it was loaded is not signed: nobody
    signs text they have not seen."""
    agreement = _agreement(session, agreement_id)
    check_version(agreement, expected_version, text_kept=False)
    _ensure_editable(agreement)
    place = (place or "").strip()
    if not place:
        raise AgreementError("Skriv stedet der avtalen signeres, for eksempel kommunens navn.")
    if len(place) > 100:
        raise AgreementError(f"Stedet kan være høyst 100 tegn; det er {len(place)} tegn. Kort det ned.")
    if leader_signed_on is None or superior_signed_on is None:
        raise AgreementError("Begge parter må ha en dato for signeringen. Fyll inn datoen for leder og overordnet.")
    problems = _signing_problems(agreement)
    if problems:
        raise AgreementError(
            "Avtalen kan ikke signeres ennå: " + "; ".join(problems) + ". Rett dette og prøv igjen."
        )
    defn = definition(agreement)
    values = _copy_values(agreement.values or {})
    last = max(leader_signed_on, superior_signed_on)
    for section in defn.get("sections", []):
        for item in section.get("fields", []):
            if item.get("binds") == "signed_place":
                values[item["key"]] = place
            elif section.get("signature_block") and item.get("type") == "date" and not item.get("binds"):
                values[item["key"]] = last.isoformat()
    agreement.values = values
    agreement.signed_place = place
    agreement.signed_by_leader_on = leader_signed_on
    agreement.signed_by_superior_on = superior_signed_on
    agreement.status = AgreementStatus.SIGNED
    flush_checked(session)
    return agreement


def unsign(session: Session, agreement_id: uuid.UUID, *, status: str = "discussion",
           expected_version: int | None = None) -> Agreement:
    """Undo a signing made by mistake: back to ``status`` (draft or discussion), the dates cleared.

    Refused once the agreement has been assessed, revised or followed by another.
    """
    agreement = _agreement(session, agreement_id)
    check_version(agreement, expected_version, text_kept=False)
    if agreement.status != AgreementStatus.SIGNED:
        raise AgreementError("Bare en signert avtale kan settes tilbake til utkast eller drøfting.")
    if any(goal.assessments for goal in agreement.goals):
        raise AgreementError("Avtalen er allerede vurdert og kan ikke settes tilbake. Lag en revisjon i stedet.")
    target = AgreementStatus(status)
    if target not in EDITABLE:
        raise AgreementError("En avtale kan bare settes tilbake til utkast eller til drøfting.")
    values = _copy_values(agreement.values or {})
    for section in definition(agreement).get("sections", []):
        if section.get("signature_block"):
            for item in section.get("fields", []):
                if item.get("type") == "date" and not item.get("binds"):
                    values[item["key"]] = ""
    agreement.values = values
    agreement.status = target
    agreement.signed_by_leader_on = None
    agreement.signed_by_superior_on = None
    flush_checked(session)
    return agreement


# --- revisions, evaluation, next year -----------------------------------------------------------


def _copy_goal(goal: Goal, *, carried: bool = False) -> Goal:
    return Goal(
        id=uuid.uuid4(), category=goal.category, number=goal.number, text=goal.text, indicator=goal.indicator,
        evaluation=goal.evaluation, deadline=None if carried else goal.deadline,
        sub_goals=[dict(s) if isinstance(s, dict) else s for s in goal.sub_goals or []],
        sort_order=goal.sort_order, common_requirement_id=None if carried else goal.common_requirement_id,
        carried_from_id=goal.id if carried else goal.carried_from_id,
    )


def _clear_signature_values(defn: dict[str, Any], values: dict[str, Any]) -> None:
    """A new revision is signed afresh: its place and dates start empty."""
    for section in defn.get("sections", []):
        if section.get("signature_block"):
            for item in section.get("fields", []):
                if item.get("type") == "date" or item.get("binds") == "signed_place":
                    values[item["key"]] = ""


def _successor(session: Session, agreement: Agreement) -> Agreement | None:
    return session.scalar(
        select(Agreement).where(or_(Agreement.revision_of_id == agreement.id, Agreement.previous_id == agreement.id))
        .order_by(Agreement.created_at.desc()).limit(1)
    )


def _superseded_message(session: Session, agreement: Agreement) -> str:
    successor = _successor(session, agreement)
    if successor is not None:
        return (f"Avtalen er allerede erstattet av «{successor.title}» (revisjon {successor.revision}). "
                "Åpne den gjeldende avtalen.")
    return "Avtalen er allerede erstattet. Åpne den gjeldende avtalen."


def make_revision(session: Session, agreement_id: uuid.UUID, *, reason: str = "") -> Agreement:
    """Mid-year review: a new draft revision with the same values and goals; the signed one is kept, superseded."""
    old = _agreement(session, agreement_id)
    if old.status == AgreementStatus.SUPERSEDED:
        raise AgreementError(_superseded_message(session, old))
    if old.status == AgreementStatus.EVALUATED:
        raise AgreementError("Avtalen er evaluert. Lag neste års avtale fra den i stedet for en revisjon.")
    if old.status != AgreementStatus.SIGNED:
        raise AgreementError("Avtalen er ikke signert ennå, så den kan endres direkte uten en ny revisjon.")
    values = _copy_values(old.values or {})
    _clear_signature_values(definition(old), values)
    values["revision_reason"] = (reason or "").strip()
    new = Agreement(
        id=uuid.uuid4(), template_id=old.template_id, unit_id=old.unit_id, unit_lineage_id=old.unit_lineage_id,
        leader_id=old.leader_id, superior_id=old.superior_id, kind=old.kind, title=old.title,
        period_start=old.period_start, period_end=old.period_end, status=AgreementStatus.DRAFT,
        confidential=old.confidential, revision=old.revision + 1, revision_of_id=old.id,
        previous_id=old.previous_id, linked_agreement_id=old.linked_agreement_id, values=values,
    )
    new.goals = [_copy_goal(goal) for goal in sorted(old.goals, key=lambda g: g.sort_order)]
    session.add(new)
    old.status = AgreementStatus.SUPERSEDED
    session.flush()
    return new


def _scale_labels(defn: dict[str, Any]) -> dict[int, str]:
    return {int(step["value"]): str(step.get("label", step["value"])) for step in defn.get("scale", [])}


def _assessment(goal: Goal, assessor: Assessor) -> Assessment | None:
    return next((a for a in goal.assessments if a.assessor == assessor), None)


def set_assessment(
    session: Session,
    goal_id: uuid.UUID,
    *,
    assessor: str,
    scale: int | None,
    comment: str = "",
    on: date | None = None,
    expected_version: int | None = None,
) -> dict[str, Any]:
    """Record the leader's self-assessment or the superior's assessment of a goal on the scale.

    Returns the old values (``set_assessment(goal_id, **old)`` undoes); no scale and no comment
    removes the assessment.
    """
    goal = _goal(session, goal_id)
    agreement = goal.agreement
    if agreement.status in EDITABLE:
        raise AgreementError("Avtalen er ikke signert ennå. Målene vurderes etter at avtalen er signert.")
    if agreement.status == AgreementStatus.EVALUATED:
        raise AgreementError("Evalueringen er avsluttet og låst. Åpne evalueringen igjen for å endre en vurdering.")
    if agreement.status == AgreementStatus.SUPERSEDED:
        raise AgreementError(_superseded_message(session, agreement))
    try:
        who = Assessor(assessor)
    except ValueError:
        raise AgreementError("Vurderingen må være lederens egenevaluering eller den overordnedes vurdering.") from None
    labels = _scale_labels(definition(agreement)) or {1: "1", 2: "2", 3: "3"}
    valid = isinstance(scale, int) and not isinstance(scale, bool) and scale in labels and 1 <= scale <= 3
    if scale is not None and not valid:
        steps = ", ".join(f"{value} ({label})" for value, label in sorted(labels.items()))
        raise AgreementError(f"Vurderingen «{scale}» finnes ikke på skalaen. Velg en av {steps}.")
    text = (comment or "").strip()
    current = _assessment(goal, who)
    what = "Egenevalueringen" if who == Assessor.SELF else "Overordnedes vurdering"
    check_version(current, expected_version, subject=Subject(f"{what} av målet «{' '.join(goal.text.split())[:60]}»"))
    old = {
        "assessor": who.value,
        "scale": current.scale if current else None,
        "comment": current.comment if current else "",
        "on": current.assessed_on if current else None,
    }
    if scale is None and not text:
        if current is not None:
            goal.assessments.remove(current)
            session.delete(current)
    else:
        if current is None:
            current = Assessment(id=uuid.uuid4(), assessor=who)
            goal.assessments.append(current)
        current.scale = scale
        current.comment = text
        current.assessed_on = on or date.today()
    flush_checked(session)
    return old


def finish_evaluation(session: Session, agreement_id: uuid.UUID, *, summary: str,
                      expected_version: int | None = None) -> Agreement:
    """Close the evaluation: every goal needs the superior's assessment; the summary is written."""
    agreement = _agreement(session, agreement_id)
    check_version(agreement, expected_version)
    if agreement.status == AgreementStatus.EVALUATED:
        raise AgreementError("Avtalen er allerede evaluert.")
    if agreement.status != AgreementStatus.SIGNED:
        if agreement.status == AgreementStatus.SUPERSEDED:
            raise AgreementError(_superseded_message(session, agreement))
        raise AgreementError("Avtalen må være signert før den kan evalueres.")
    text = (summary or "").strip()
    if not text:
        raise AgreementError("Skriv en kort oppsummering av evalueringssamtalen før du avslutter evalueringen.")
    defn = definition(agreement)
    missing = [
        f"mål {number} under «{category_title(defn, key)}»"
        for key, goals in category_lists(agreement).items()
        for number, goal in enumerate(goals, start=1)
        if (found := _assessment(goal, Assessor.SUPERIOR)) is None or found.scale is None
    ]
    if missing:
        raise AgreementError(
            "Overordnedes vurdering mangler for " + ", ".join(missing) + ". Sett en vurdering på skalaen for "
            "hvert mål før evalueringen avsluttes."
        )
    agreement.evaluation_summary = text
    agreement.status = AgreementStatus.EVALUATED
    flush_checked(session)
    return agreement


def reopen_evaluation(session: Session, agreement_id: uuid.UUID, *, expected_version: int | None = None) -> str:
    """Evaluated → signed, so assessments can be corrected (also undoes ``finish_evaluation``).

    Returns the summary written; it is cleared.
    """
    agreement = _agreement(session, agreement_id)
    check_version(agreement, expected_version, text_kept=False)
    if agreement.status != AgreementStatus.EVALUATED:
        if agreement.status == AgreementStatus.SUPERSEDED:
            raise AgreementError(_superseded_message(session, agreement))
        raise AgreementError("Avtalen er ikke evaluert, så det er ingen evaluering å åpne igjen.")
    summary = agreement.evaluation_summary
    agreement.evaluation_summary = ""
    agreement.status = AgreementStatus.SIGNED
    flush_checked(session)
    return summary


def is_unfinished(goal: Goal) -> bool:
    """A goal not reached: the superior rated it below the top of the scale, or not at all."""
    found = _assessment(goal, Assessor.SUPERIOR)
    return found is None or found.scale is None or found.scale < 3


def _newest_template(session: Session, template: AgreementTemplate) -> AgreementTemplate:
    newest = session.scalar(
        select(AgreementTemplate)
        .where(AgreementTemplate.key == template.key, AgreementTemplate.language == template.language)
        .order_by(AgreementTemplate.template_version.desc())
        .limit(1)
    )
    return newest or template


def _current_unit(session: Session, agreement: Agreement) -> Unit | None:
    """The agreement's unit in today's organisation (followed through reorganisations by lineage)."""
    version = current_version(session)
    if version is not None and agreement.unit_lineage_id is not None:
        unit = session.scalar(
            select(Unit).where(Unit.org_version_id == version.id, Unit.lineage_id == agreement.unit_lineage_id)
        )
        if unit is not None:
            return unit
    return agreement.unit


def create_next(
    session: Session, agreement_id: uuid.UUID, *, period_start: date, period_end: date, on: date | None = None,
) -> Agreement:
    """Next period's agreement from this one: the newest version of the same template, the texts that
    change little kept, and the goals not reached carried forward. This one becomes superseded."""
    old = _agreement(session, agreement_id)
    if old.status == AgreementStatus.SUPERSEDED:
        raise AgreementError(_superseded_message(session, old))
    if old.status in EDITABLE:
        raise AgreementError(
            "Avtalen er ikke signert ennå. Signer og evaluer den før neste års avtale lages fra den."
        )
    _check_period(period_start, period_end)
    if period_start <= old.period_start:
        raise AgreementError(
            f"Neste avtale må begynne etter at denne begynte ({format_date(old.period_start)}). Velg en senere periode."
        )
    unit = _current_unit(session, old)
    if unit is None:
        raise AgreementError("Enheten avtalen gjaldt, finnes ikke lenger i organisasjonen. Lag en ny avtale i stedet.")
    template = _newest_template(session, old.template)
    new = create_agreement(session, template_id=template.id, unit_id=unit.id, period_start=period_start,
                           period_end=period_end, on=on)
    new.previous_id = old.id
    defn = template.definition or {}
    fields = template_fields(defn)
    values = _copy_values(new.values)
    for key, value in (old.values or {}).items():
        item = fields.get(key)
        if item is None or item.get("binds") or item["_section"].get("signature_block") or item.get("type") == "date":
            continue
        if str(value).strip():
            values[key] = value
    old_tables = (old.values or {}).get("tables") or {}
    table_keys = {s["key"] for s in defn.get("sections", []) if isinstance(s.get("table"), dict)}
    kept = {key: [list(r) for r in rows] for key, rows in old_tables.items() if key in table_keys}
    if kept:
        values["tables"] = {**(values.get("tables") or {}), **kept}
    new.values = values
    keys = {c["key"] for c in categories(defn)}
    for goal in sorted(old.goals, key=lambda g: g.sort_order):
        # Common requirements come fresh from the new period's list, not from last year's text.
        if goal.common_requirement_id is None and goal.category in keys and is_unfinished(goal):
            place_goal(new, _copy_goal(goal, carried=True))
    old.status = AgreementStatus.SUPERSEDED
    session.flush()
    return new


def _restored_status(agreement: Agreement) -> AgreementStatus:
    """The status a superseded agreement returns to when what replaced it is deleted."""
    return AgreementStatus.EVALUATED if agreement.evaluation_summary.strip() else AgreementStatus.SIGNED


def delete_agreement(session: Session, agreement_id: uuid.UUID) -> dict[str, Any]:
    """Delete a draft; returns the snapshot ``restore_agreement`` puts it back with.

    Deleting a draft revision or next year's draft makes the agreement it replaced current again.
    """
    agreement = _agreement(session, agreement_id)
    if agreement.status != AgreementStatus.DRAFT:
        raise AgreementError(
            "Bare utkast kan slettes. En avtale som er sendt til drøfting eller signert, blir stående i historikken."
        )
    goals = sorted(agreement.goals, key=lambda g: g.sort_order)
    snapshot: dict[str, Any] = {
        "agreement": row_snapshot(agreement),
        "goals": [row_snapshot(goal) for goal in goals],
        "assessments": [row_snapshot(a) for goal in goals for a in goal.assessments],
        "linked_from": [a for (a,) in session.execute(
            select(Agreement.id).where(Agreement.linked_agreement_id == agreement.id))],
        "carried_into": [(g, c) for g, c in session.execute(
            select(Goal.id, Goal.carried_from_id).where(Goal.carried_from_id.in_([g.id for g in goals])))],
        "reactivated": None,
    }
    replaced_id = agreement.revision_of_id or agreement.previous_id
    replaced = session.get(Agreement, replaced_id) if replaced_id else None
    if replaced is not None and replaced.status == AgreementStatus.SUPERSEDED:
        others = session.scalar(
            select(Agreement.id).where(
                Agreement.id != agreement.id,
                or_(Agreement.revision_of_id == replaced.id, Agreement.previous_id == replaced.id),
            ).limit(1)
        )
        if others is None:
            replaced.status = _restored_status(replaced)
            snapshot["reactivated"] = replaced.id
    for other in session.scalars(select(Agreement).where(Agreement.linked_agreement_id == agreement.id)):
        other.linked_agreement_id = None
    session.delete(agreement)
    session.flush()
    return snapshot


def restore_agreement(session: Session, snapshot: dict[str, Any]) -> Agreement:
    """Put back a draft deleted by ``delete_agreement`` (same ids), superseding again what it replaced."""
    row = dict(snapshot["agreement"])
    if session.get(Agreement, row["id"]) is not None:
        raise AgreementError("Avtalen finnes allerede.")
    if session.get(AgreementTemplate, row["template_id"]) is None:
        raise AgreementError("Malen avtalen ble laget fra, finnes ikke lenger, så avtalen kan ikke gjenopprettes.")
    for key, model in (("unit_id", Unit), ("leader_id", Person), ("superior_id", Person)):
        if row.get(key) is not None and session.get(model, row[key]) is None:
            row[key] = None
    for key in ("revision_of_id", "previous_id", "linked_agreement_id"):
        if row.get(key) is not None and session.get(Agreement, row[key]) is None:
            row[key] = None
    agreement = Agreement(**row)
    goal_ids = set()
    for goal_row in snapshot.get("goals", []):
        values = dict(goal_row)
        if values.get("common_requirement_id") and session.get(CommonRequirement, values["common_requirement_id"]) \
                is None:
            values["common_requirement_id"] = None
        if values.get("carried_from_id") and session.get(Goal, values["carried_from_id"]) is None:
            values["carried_from_id"] = None
        agreement.goals.append(Goal(**values))
        goal_ids.add(values["id"])
    by_goal = {g.id: g for g in agreement.goals}
    for values in snapshot.get("assessments", []):
        if values["goal_id"] in by_goal:
            by_goal[values["goal_id"]].assessments.append(Assessment(**values))
    session.add(agreement)
    session.flush()
    if snapshot.get("reactivated"):
        replaced = session.get(Agreement, snapshot["reactivated"])
        if replaced is not None:
            replaced.status = AgreementStatus.SUPERSEDED
    for other_id in snapshot.get("linked_from", []):
        other = session.get(Agreement, other_id)
        if other is not None and other.linked_agreement_id is None:
            other.linked_agreement_id = agreement.id
    for goal_id, carried_from in snapshot.get("carried_into", []):
        goal = session.get(Goal, goal_id)
        if goal is not None and goal.carried_from_id is None and carried_from in goal_ids:
            goal.carried_from_id = carried_from
    session.flush()
    return agreement


# --- reading ---------------------------------------------------------------------------------------


def revision_history(session: Session, agreement_id: uuid.UUID) -> list[RevisionRow]:
    """Every revision of the agreement, first to last (the chain of ``revision_of_id`` both ways)."""
    agreement = _agreement(session, agreement_id)
    root = agreement
    seen = {root.id}
    while root.revision_of_id is not None:
        parent = session.get(Agreement, root.revision_of_id)
        if parent is None or parent.id in seen:
            break
        seen.add(parent.id)
        root = parent
    chain = [root]
    seen = {root.id}
    frontier = [root.id]
    while frontier:
        children = list(session.scalars(
            select(Agreement).where(Agreement.revision_of_id.in_(frontier)).order_by(Agreement.revision)
        ))
        children = [c for c in children if c.id not in seen]
        seen.update(c.id for c in children)
        chain.extend(children)
        frontier = [c.id for c in children]
    chain.sort(key=lambda a: (a.revision, a.created_at))
    return [RevisionRow(a.id, a.revision, a.status.value, a.created_at, a.title) for a in chain]


def _assessment_view(assessment: Assessment | None, labels: dict[int, str]) -> AssessmentView | None:
    if assessment is None:
        return None
    label = labels.get(assessment.scale, "") if assessment.scale is not None else ""
    return AssessmentView(assessment.assessor.value, assessment.scale, label, assessment.comment,
                          assessment.assessed_on, assessment.version)


def goal_views(agreement: Agreement, defn: dict[str, Any]) -> list[CategoryView]:
    labels = _scale_labels(defn)
    hints = {c["key"]: c for c in categories(defn)}
    views: list[CategoryView] = []
    for key, goals in category_lists(agreement).items():
        info = hints.get(key, {"title": key, "hint": ""})
        rows = [
            GoalView(
                id=g.id, category=g.category, number=str(number), text=g.text, indicator=g.indicator,
                evaluation=g.evaluation, deadline=g.deadline,
                sub_goals=[dict(s) if isinstance(s, dict) else {"text": str(s)} for s in g.sub_goals or []],
                sort_order=g.sort_order, common_requirement_id=g.common_requirement_id,
                carried_from_id=g.carried_from_id,
                self_assessment=_assessment_view(_assessment(g, Assessor.SELF), labels),
                superior_assessment=_assessment_view(_assessment(g, Assessor.SUPERIOR), labels),
                version=g.version,
            )
            for number, g in enumerate(goals, start=1)
        ]
        if key not in hints and not rows:
            continue
        views.append(CategoryView(key, info.get("title", key), info.get("hint", ""), rows, len(rows) > 5))
    return views


def agreement_detail(session: Session, agreement_id: uuid.UUID) -> AgreementDetail:
    """The agreement with its template, values, goals per category and assessments."""
    agreement = session.scalar(
        select(Agreement)
        .where(Agreement.id == agreement_id)
        .options(selectinload(Agreement.goals).selectinload(Goal.assessments))
    )
    if agreement is None:
        raise AgreementError("Avtalen finnes ikke lenger (den kan være slettet). Oppdater visningen og prøv igjen.")
    template = agreement.template
    defn = template.definition or {}
    values = agreement.values or {}
    linked_title = ""
    if agreement.linked_agreement_id is not None:
        linked_title = session.scalar(select(Agreement.title).where(Agreement.id == agreement.linked_agreement_id)) \
            or ""
    successor = _successor(session, agreement) if agreement.status == AgreementStatus.SUPERSEDED else None
    return AgreementDetail(
        id=agreement.id,
        title=agreement.title,
        kind=agreement.kind.value,
        status=agreement.status.value,
        locked=agreement.status not in EDITABLE,
        revision=agreement.revision,
        template_id=template.id,
        template_key=template.key,
        template_name=template.name,
        template_version=template.template_version,
        language=defn.get("language", template.language),
        definition=defn,
        values=_copy_values(values),
        categories=goal_views(agreement, defn),
        period_start=agreement.period_start,
        period_end=agreement.period_end,
        confidential=agreement.confidential,
        unit_id=agreement.unit_id,
        unit_name=agreement.unit.name if agreement.unit is not None else str(values.get("unit", "")),
        leader_id=agreement.leader_id,
        leader_name=_full_name(agreement.leader) or str(values.get("leader", "")),
        superior_id=agreement.superior_id,
        superior_name=_full_name(agreement.superior) or str(values.get("superior", "")),
        signed_place=agreement.signed_place,
        signed_by_leader_on=agreement.signed_by_leader_on,
        signed_by_superior_on=agreement.signed_by_superior_on,
        evaluation_summary=agreement.evaluation_summary,
        revision_of_id=agreement.revision_of_id,
        previous_id=agreement.previous_id,
        linked_agreement_id=agreement.linked_agreement_id,
        linked_agreement_title=linked_title,
        revision_reason=str(values.get("revision_reason", "")),
        created_at=agreement.created_at,
        updated_at=agreement.updated_at,
        scale=[dict(step) for step in defn.get("scale", [])],
        superseded_by_id=successor.id if successor is not None else None,
        version=agreement.version,
    )
