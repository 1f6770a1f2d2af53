"""An agreement as the editor shows it (``agreement_detail``, ``revision_history``) and the edits of
its fields, title and confidentiality."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from app.agreements.evaluation import find_assessment, scale_labels
from app.agreements.goals import category_lists, sync_common_goals
from app.agreements.people import full_name, leader_agreement_text, leader_position_end, linked_leader_agreement
from app.agreements.rules import (
    EDITABLE,
    AgreementError,
    categories,
    check_period,
    clean_table,
    copy_values,
    definition,
    ensure_editable,
    find_successor,
    get_agreement,
    template_fields,
    validated_field,
)
from app.formatting import format_date
from app.storage.conflicts import check_version, flush_checked
from db.models import (
    Agreement,
    AgreementStatus,
    Assessment,
    Assessor,
    Goal,
    Person,
)

KIND_WORDS = {
    "nb": {"result": "Resultatavtale", "leader": "Lederavtale"},
    "nn": {"result": "Resultatavtale", "leader": "Leiaravtale"},
    "en": {"result": "Result agreement", "leader": "Leader agreement"},
}


@dataclass(frozen=True)
class RevisionRow:
    id: uuid.UUID
    revision: int
    status: str
    created_at: datetime
    title: str
    signed_on: date | None = None  # when the last of the two signed; None while unsigned



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
    # The period runs past the leader's position in the unit: said in the editor, not refused.
    period_warning: str = ""

    @property
    def goals(self) -> list[GoalView]:
        return [goal for category in self.categories for goal in category.goals]


def agreement_title(kind: str, language: str, period_start: date, period_end: date, unit_name: str) -> str:
    """«Resultatavtale 2026 – Haugtun skole»; a period over several years shows «2026–2029»."""
    words = KIND_WORDS.get(language, KIND_WORDS["nb"])
    years = str(period_start.year) if period_start.year == period_end.year else (
        f"{period_start.year}–{period_end.year}"
    )
    title = f"{words.get(kind, words['result'])} {years}"
    return f"{title} – {unit_name}" if unit_name else title


def update_values(session: Session, agreement_id: uuid.UUID, changes: dict[str, Any], *,
                  expected_version: int | None = None) -> dict[str, Any]:
    """Fill in some of the agreement's fields; returns the old values (``update_values(old)`` undoes).

    A field bound to a column (leader, superior, unit, the period, the place) changes the column
    too: give a person or unit as its id, dates as ``date`` or ISO text. ``changes["tables"]``
    replaces the rows of the named table sections.
    """
    agreement = get_agreement(session, agreement_id)
    check_version(agreement, expected_version)
    ensure_editable(agreement)
    defn = definition(agreement)
    fields = template_fields(defn)
    table_sections = {s["key"]: s for s in defn.get("sections", []) if isinstance(s.get("table"), dict)}
    values = copy_values(agreement.values or {})
    new_values = copy_values(values)
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
                tables[section_key] = clean_table(rows, len(section["table"].get("columns", [])), section["title"])
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
        result = validated_field(session, item, value)
        new_values[key] = result.pop("value")
        columns.update(result)
        # Old value in a form that restores the column as well as the text.
        previous = values.get(key, "")
        binds = item.get("binds")
        if binds in ("leader", "superior") and getattr(agreement, f"{binds}_id") is not None:
            person = session.get(Person, getattr(agreement, f"{binds}_id"))
            previous = person.id if person is not None and person.full_name == previous else previous
        elif binds == "unit" and agreement.unit_id is not None and agreement.unit is not None\
                and agreement.unit.name == previous:
            previous = agreement.unit_id
        elif binds in ("period_start", "period_end"):
            previous = getattr(agreement, binds).isoformat()
        old[key] = previous
    start = columns.get("period_start", agreement.period_start)
    end = columns.get("period_end", agreement.period_end)
    check_period(start, end)
    moved = any(getattr(agreement, c) != v for c, v in columns.items()
                if c in ("period_start", "period_end", "unit_id"))
    relink = moved or ("leader_id" in columns and columns["leader_id"] != agreement.leader_id)
    if moved:
        language = defn.get("language", agreement.template.language)
        unit_name = agreement.unit.name if agreement.unit is not None else ""
        automatic = agreement_title(agreement.kind.value, language, agreement.period_start, agreement.period_end,
                                    unit_name)
    for column, value in columns.items():
        if getattr(agreement, column) != value:
            setattr(agreement, column, value)
    if relink and agreement.status in EDITABLE:
        _relink_leader_agreement(session, agreement, defn, new_values)
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


def set_confidential(session: Session, agreement_id: uuid.UUID, confidential: bool, *,
                     expected_version: int | None = None) -> bool:
    """Mark the agreement exempt from public disclosure or not; returns the old setting."""
    agreement = get_agreement(session, agreement_id)
    check_version(agreement, expected_version, text_kept=False)
    ensure_editable(agreement)
    old = agreement.confidential
    agreement.confidential = bool(confidential)
    flush_checked(session)
    return old


def update_title(session: Session, agreement_id: uuid.UUID, title: str, *,
                 expected_version: int | None = None) -> str:
    """Rename the agreement; returns the old title."""
    agreement = get_agreement(session, agreement_id)
    check_version(agreement, expected_version)
    ensure_editable(agreement)
    text = (title or "").strip()
    if not text:
        raise AgreementError("Avtalen må ha en tittel. Skriv en tittel, for eksempel «Resultatavtale 2026».")
    if len(text) > 300:
        raise AgreementError(f"Tittelen kan være høyst 300 tegn; den er {len(text)} tegn. Kort den ned.")
    old = agreement.title
    agreement.title = text
    flush_checked(session)
    return old


def revision_history(session: Session, agreement_id: uuid.UUID) -> list[RevisionRow]:
    """Every revision of the agreement, first to last (the chain of ``revision_of_id`` both ways)."""
    agreement = get_agreement(session, agreement_id)
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
    return [RevisionRow(a.id, a.revision, a.status.value, a.created_at, a.title, _signed_on(a)) for a in chain]


def _signed_on(agreement: Agreement) -> date | None:
    days = [d for d in (agreement.signed_by_leader_on, agreement.signed_by_superior_on) if d is not None]
    return max(days) if len(days) == 2 else None


def _assessment_view(assessment: Assessment | None, labels: dict[int, str]) -> AssessmentView | None:
    if assessment is None:
        return None
    label = labels.get(assessment.scale, "") if assessment.scale is not None else ""
    return AssessmentView(assessment.assessor.value, assessment.scale, label, assessment.comment,
                          assessment.assessed_on, assessment.version)


def goal_views(agreement: Agreement, defn: dict[str, Any]) -> list[CategoryView]:
    labels = scale_labels(defn)
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
                self_assessment=_assessment_view(find_assessment(g, Assessor.SELF), labels),
                superior_assessment=_assessment_view(find_assessment(g, Assessor.SUPERIOR), labels),
                version=g.version,
            )
            for number, g in enumerate(goals, start=1)
        ]
        if key not in hints and not rows:
            continue
        views.append(CategoryView(key, info.get("title", key), info.get("hint", ""), rows, len(rows) > 5))
    return views


def _relink_leader_agreement(session: Session, agreement: Agreement, defn: dict[str, Any],
                             values: dict[str, Any]) -> None:
    """Another leader (or period, or unit): the result agreement refers to that leader's leader
    agreement, or none; «Lederavtale inngått» follows when it held the text we filled in."""
    old_link = agreement.linked_agreement_id
    new_link = linked_leader_agreement(session, agreement, defn)
    if new_link == old_link:
        return
    old_text = leader_agreement_text(session.get(Agreement, old_link)) if old_link else ""
    agreement.linked_agreement_id = new_link
    if "leader_agreement" in template_fields(defn) and str(values.get("leader_agreement") or "") in ("", old_text):
        values["leader_agreement"] = leader_agreement_text(session.get(Agreement, new_link)) if new_link else ""


def period_warning(session: Session, agreement: Agreement) -> str:
    """«The period runs past the leader's position» when it does, else ""."""
    if agreement.status not in EDITABLE:
        return ""
    ends = leader_position_end(session, agreement.unit_id, agreement.leader_id, agreement.period_start,
                               agreement.period_end)
    if ends is None:
        return ""
    unit = agreement.unit.name if agreement.unit is not None else "enheten"
    return (f"Avtaleperioden går til {format_date(agreement.period_end)}, men {full_name(agreement.leader)} "
            f"er leder for {unit} bare til {format_date(ends)}. Avtalen kan lagres slik; vurder å la perioden "
            "slutte da, eller lag avtalen med den nye lederen.")


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
        linked_title = session.scalar(select(Agreement.title).where(Agreement.id == agreement.linked_agreement_id))\
            or ""
    successor = find_successor(session, agreement) if agreement.status == AgreementStatus.SUPERSEDED else None
    return AgreementDetail(
        period_warning=period_warning(session, agreement),
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
        values=copy_values(values),
        categories=goal_views(agreement, defn),
        period_start=agreement.period_start,
        period_end=agreement.period_end,
        confidential=agreement.confidential,
        unit_id=agreement.unit_id,
        unit_name=agreement.unit.name if agreement.unit is not None else str(values.get("unit", "")),
        leader_id=agreement.leader_id,
        leader_name=full_name(agreement.leader) or str(values.get("leader", "")),
        superior_id=agreement.superior_id,
        superior_name=full_name(agreement.superior) or str(values.get("superior", "")),
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
