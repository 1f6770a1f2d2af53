"""Common requirements (generelle krav): goals written once for all leaders, or one kind of unit, in a period.

A requirement appears as a goal (linked by ``Goal.common_requirement_id``) in every agreement of
an overlapping period whose unit kind it applies to. Adding, changing or deleting it changes
the drafts and the agreements under discussion at once; what has been signed stays as signed.
Each function returns what undo needs and tells, in ``agreements_updated``, how many agreements
it changed, so the page can say so: adding or putting back a requirement returns a
``RequirementSaved``; changing or deleting one returns the old values (``Changes``).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from app.agreements.goals import apply_order, category_lists, goal_from_requirement, place_goal, remove_goal
from app.agreements.rules import EDITABLE, AgreementError, categories, definition
from app.formatting import format_date
from db.models import Agreement, CommonRequirement, Goal, UnitKind
from db.rows import get_or_gone, row_snapshot

FIELDS = ("period_start", "period_end", "category", "text", "indicator", "evaluation", "unit_kind", "sort_order")


class Changes(dict):
    """Old values or a snapshot (a plain dict for undo) that also tells how many agreements changed."""

    agreements_updated: int = 0


@dataclass(frozen=True)
class RequirementSaved:
    """A requirement added or put back, and how many agreements got it as a goal."""

    requirement_id: uuid.UUID
    agreements_updated: int


@dataclass(frozen=True)
class CommonRequirementRow:
    id: uuid.UUID
    period_start: date
    period_end: date
    unit_kind: str | None  # None: every leader
    category: str
    text: str
    indicator: str
    evaluation: str
    sort_order: int
    agreements: int  # agreements holding it as a goal


def _requirement(session: Session, requirement_id: uuid.UUID) -> CommonRequirement:
    return get_or_gone(session, CommonRequirement, requirement_id, AgreementError(
        "Det felles kravet finnes ikke lenger (det kan være slettet). Oppdater visningen."
    ))


def list_common_requirements(session: Session, *, year: int | None = None) -> list[CommonRequirementRow]:
    """The common requirements (of the periods touching ``year``), newest period first."""
    stmt = select(CommonRequirement).order_by(
        CommonRequirement.period_start.desc(), CommonRequirement.sort_order, CommonRequirement.created_at
    )
    if year is not None:
        stmt = stmt.where(
            CommonRequirement.period_start <= date(year, 12, 31), CommonRequirement.period_end >= date(year, 1, 1)
        )
    counts = dict(session.execute(
        select(Goal.common_requirement_id, func.count(func.distinct(Goal.agreement_id)))
        .where(Goal.common_requirement_id.is_not(None))
        .group_by(Goal.common_requirement_id)
    ).all())
    return [
        CommonRequirementRow(
            r.id, r.period_start, r.period_end, r.unit_kind.value if r.unit_kind else None, r.category, r.text,
            r.indicator, r.evaluation, r.sort_order, counts.get(r.id, 0),
        )
        for r in session.scalars(stmt)
    ]


def _clean(key: str, value: Any) -> Any:
    if key in ("period_start", "period_end"):
        if not isinstance(value, date):
            try:
                return date.fromisoformat(str(value))
            except ValueError:
                raise AgreementError(f"«{value}» er ikke en dato. Skriv datoen som dd.mm.åååå.") from None
        return value
    if key == "unit_kind":
        if value in (None, ""):
            return None
        try:
            return UnitKind(value)
        except ValueError:
            raise AgreementError(f"«{value}» er ikke en enhetstype. Velg en type fra listen, eller alle.") from None
    if key == "sort_order":
        return int(value)
    text = "" if value is None else str(value).strip()
    if key == "text" and not text:
        raise AgreementError("Skriv selve kravet (målet) før det lagres.")
    if key == "category" and not text:
        raise AgreementError("Velg hvilken målgruppe kravet hører til, for eksempel «Generelle krav».")
    if key == "category" and len(text) > 100:
        raise AgreementError("Nøkkelen for målgruppen kan være høyst 100 tegn.")
    return text


def _check_period(start: date, end: date) -> None:
    if end < start:
        raise AgreementError(
            f"Perioden slutter ({format_date(end)}) før den begynner ({format_date(start)}). Rett datoene."
        )


def _applies(requirement: CommonRequirement, agreement: Agreement) -> bool:
    if requirement.period_start > agreement.period_end or requirement.period_end < agreement.period_start:
        return False
    if requirement.unit_kind is not None and (agreement.unit is None or agreement.unit.kind != requirement.unit_kind):
        return False
    return requirement.category in {c["key"] for c in categories(definition(agreement))}


def _sync(session: Session, requirement: CommonRequirement) -> int:
    """Make the open agreements hold the requirement exactly where it applies; returns how many changed."""
    session.flush()
    candidates = {
        a.id: a for a in session.scalars(select(Agreement).where(
            Agreement.status.in_(EDITABLE),
            or_(
                (Agreement.period_start <= requirement.period_end) & (Agreement.period_end >= requirement.period_start),
                Agreement.id.in_(select(Goal.agreement_id).where(Goal.common_requirement_id == requirement.id)),
            ),
        ))
    }
    changed = 0
    for agreement in candidates.values():
        held = [g for g in agreement.goals if g.common_requirement_id == requirement.id]
        if not _applies(requirement, agreement):
            for goal in held:
                remove_goal(agreement, goal)
            changed += bool(held)
            continue
        if not held:
            place_goal(agreement, goal_from_requirement(requirement))
            changed += 1
            continue
        touched = False
        for goal in held:
            for key in ("text", "indicator", "evaluation"):
                if getattr(goal, key) != getattr(requirement, key):
                    setattr(goal, key, getattr(requirement, key))
                    touched = True
            if goal.category != requirement.category:
                lists = category_lists(agreement)
                lists[goal.category].remove(goal)
                goal.category = requirement.category
                lists.setdefault(goal.category, []).append(goal)
                apply_order(lists)
                touched = True
        changed += touched
    session.flush()
    return changed


def add_common_requirement(
    session: Session,
    *,
    period_start: date,
    period_end: date,
    category: str,
    text: str,
    indicator: str = "",
    evaluation: str = "",
    unit_kind: str | None = None,
) -> RequirementSaved:
    """Write a requirement for all leaders (or one kind of unit) in a period; it is added to the open drafts.

    Returns its id and ``agreements_updated`` (how many agreements got the new goal).
    """
    values = {
        key: _clean(key, value) for key, value in (
            ("period_start", period_start), ("period_end", period_end), ("category", category), ("text", text),
            ("indicator", indicator), ("evaluation", evaluation), ("unit_kind", unit_kind),
        )
    }
    _check_period(values["period_start"], values["period_end"])
    last = session.scalar(select(func.max(CommonRequirement.sort_order)))
    requirement = CommonRequirement(id=uuid.uuid4(), sort_order=(last or 0) + 1, **values)
    session.add(requirement)
    return RequirementSaved(requirement.id, _sync(session, requirement))


def update_common_requirement(session: Session, requirement_id: uuid.UUID, **changes: Any) -> Changes:
    """Change a requirement; the open agreements follow, signed ones keep what was signed.

    Returns the old values (``update_common_requirement(id, **old)`` undoes) with ``agreements_updated``.
    """
    unknown = set(changes) - set(FIELDS)
    if unknown:
        raise TypeError(f"update_common_requirement: unknown field(s) {', '.join(sorted(unknown))}")
    requirement = _requirement(session, requirement_id)
    new = {key: _clean(key, value) for key, value in changes.items()}
    _check_period(new.get("period_start", requirement.period_start), new.get("period_end", requirement.period_end))
    old = Changes()
    for key, value in new.items():
        current = getattr(requirement, key)
        old[key] = current.value if isinstance(current, UnitKind) else current
        if current != value:
            setattr(requirement, key, value)
    old.agreements_updated = _sync(session, requirement)
    return old


def delete_common_requirement(session: Session, requirement_id: uuid.UUID) -> Changes:
    """Delete a requirement and its goal in the open agreements; signed agreements keep theirs.

    Returns the snapshot ``restore_common_requirement`` puts it back with.
    """
    requirement = _requirement(session, requirement_id)
    snapshot = Changes(requirement=row_snapshot(requirement), goals=[])
    touched: set[uuid.UUID] = set()
    open_goals = session.scalars(
        select(Goal).join(Agreement, Agreement.id == Goal.agreement_id)
        .where(Goal.common_requirement_id == requirement.id, Agreement.status.in_(EDITABLE))
    ).all()
    for goal in open_goals:
        agreement = goal.agreement
        row = row_snapshot(goal)
        position = remove_goal(agreement, goal)
        snapshot["goals"].append({"agreement_id": agreement.id, "goal": row, "position": position})
        touched.add(agreement.id)
    session.flush()
    # Signed agreements keep the goal as written, no longer linked; undo links them again.
    kept = list(session.scalars(select(Goal).where(Goal.common_requirement_id == requirement.id)))
    snapshot["kept"] = [goal.id for goal in kept]
    for goal in kept:
        goal.common_requirement_id = None
    session.delete(requirement)
    session.flush()
    snapshot.agreements_updated = len(touched)
    return snapshot


def restore_common_requirement(session: Session, snapshot: dict[str, Any]) -> RequirementSaved:
    """Put back a requirement deleted by ``delete_common_requirement`` with its goals in the open agreements.

    Returns its id and ``agreements_updated`` (how many agreements hold it again).
    """
    row = dict(snapshot["requirement"])
    if session.get(CommonRequirement, row["id"]) is not None:
        raise AgreementError("Det felles kravet finnes allerede.")
    requirement = CommonRequirement(**row)
    session.add(requirement)
    session.flush()
    changed: set[uuid.UUID] = set()
    for item in snapshot.get("goals", []):
        agreement = session.get(Agreement, item["agreement_id"])
        if agreement is None or agreement.status not in EDITABLE or session.get(Goal, item["goal"]["id"]) is not None:
            continue
        place_goal(agreement, Goal(**item["goal"]), item.get("position"))
        changed.add(agreement.id)
    for goal_id in snapshot.get("kept", []):
        goal = session.get(Goal, goal_id)
        if goal is not None and goal.common_requirement_id is None:
            goal.common_requirement_id = requirement.id
    session.flush()
    extra = _sync(session, requirement)
    return RequirementSaved(requirement.id, max(len(changed), extra))
