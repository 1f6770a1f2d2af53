"""Goals of an agreement: their order per category, adding, editing, moving, deleting and
restoring them, and the goals that follow the common requirements («Felles krav»)."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from app.agreements.rules import (
    AgreementError,
    as_date,
    categories,
    category_title,
    definition,
    ensure_editable,
    get_agreement,
    get_goal,
)
from app.storage.conflicts import check_version, flush_checked
from db.models import (
    Agreement,
    Assessment,
    CommonRequirement,
    Goal,
    UnitKind,
)
from db.rows import row_snapshot

GOAL_FIELDS = ("category", "text", "indicator", "evaluation", "deadline", "sub_goals")
# What a common requirement decides for every leader: changed under «Felles krav», not per agreement.
COMMON_GOAL_FIELDS = ("category", "text", "indicator", "evaluation")


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


def check_category(agreement: Agreement, category: str) -> str:
    keys = [c["key"] for c in categories(definition(agreement))]
    if category not in keys:
        titles = ", ".join(f"«{c.get('title', c['key'])}»" for c in categories(definition(agreement)))
        raise AgreementError(
            f"Malen for avtalen har ingen målgruppe «{category}». Velg en av disse: {titles or 'ingen'}."
        )
    return category


def clean_sub_goals(value: Any) -> list[dict[str, Any]]:
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
        deadline = as_date(item.get("deadline"), "Frist for delmål")
        if not text and not indicator:
            continue
        cleaned.append({"text": text, "indicator": indicator, "deadline": deadline.isoformat() if deadline else ""})
    return cleaned


def goal_value(key: str, value: Any) -> Any:
    if key == "deadline":
        return as_date(value, "Frist")
    if key == "sub_goals":
        return clean_sub_goals(value)
    return "" if value is None else str(value).strip()


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
    agreement = get_agreement(session, agreement_id)
    ensure_editable(agreement)
    check_category(agreement, category)
    goal = Goal(
        id=uuid.uuid4(), category=category, text=goal_value("text", text),
        indicator=goal_value("indicator", indicator), evaluation=goal_value("evaluation", evaluation),
        deadline=goal_value("deadline", deadline), sub_goals=clean_sub_goals(sub_goals),
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
    goal = get_goal(session, goal_id)
    agreement = goal.agreement
    check_version(goal, expected_version)
    ensure_editable(agreement)
    new = {key: goal_value(key, value) for key, value in changes.items()}
    if goal.common_requirement_id is not None:
        changed = [k for k in COMMON_GOAL_FIELDS if k in new and new[k] != getattr(goal, k)]
        if changed:
            raise AgreementError(
                "Målet er et felles krav for alle ledere i perioden. Endre det under «Felles krav», "
                "så oppdateres alle avtaleutkastene samtidig."
            )
    if "category" in new:
        check_category(agreement, new["category"])
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
    goal = get_goal(session, goal_id)
    agreement = goal.agreement
    check_version(goal, expected_version, text_kept=False)
    ensure_editable(agreement)
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
    agreement = get_agreement(session, snapshot["agreement_id"])
    ensure_editable(agreement)
    row = dict(snapshot["goal"])
    if session.get(Goal, row["id"]) is not None:
        raise AgreementError("Målet finnes allerede i avtalen.")
    check_category(agreement, row["category"])
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
    goal = get_goal(session, goal_id)
    agreement = goal.agreement
    ensure_editable(agreement)
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
    agreement = get_agreement(session, agreement_id)
    defn = definition(agreement)
    return [category_title(defn, key) for key, goals in category_lists(agreement).items() if len(goals) > limit]


def copy_goal(goal: Goal, *, carried: bool = False) -> Goal:
    return Goal(
        id=uuid.uuid4(), category=goal.category, number=goal.number, text=goal.text, indicator=goal.indicator,
        evaluation=goal.evaluation, deadline=None if carried else goal.deadline,
        sub_goals=[dict(s) if isinstance(s, dict) else s for s in goal.sub_goals or []],
        sort_order=goal.sort_order, common_requirement_id=None if carried else goal.common_requirement_id,
        carried_from_id=goal.id if carried else goal.carried_from_id,
    )
