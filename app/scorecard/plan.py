"""The rådmann's yearly plan: tables A-E (the municipality's result and development goals, the
rådmann's personal result and development goals, the formannskap's contribution) appended to the
rådmann's leader agreement with its own period, renewed each January without signing the leader
agreement again, evaluated in at least two recorded conversations a year.

Each row of a table may point to the municipal goal it serves (``municipal_goal_id``); unit goals
that serve the same municipal goal are its cascade (:func:`plan_cascade`).

Every function that changes data is one user action; the caller commits.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import AppError
from db.models import Agreement, AgreementKind, AgreementStatus, Goal, MunicipalGoal, Unit, YearlyPlan

TABLES = ("A", "B", "C", "D", "E")
TABLE_TITLES = {"A": "Kommunens resultatmål", "B": "Kommunens utviklingsmål", "C": "Rådmannens personlige resultatmål",
                "D": "Rådmannens personlige utviklingsmål", "E": "Formannskapets bidrag"}
MIN_EVALUATIONS = 2


def _leader_agreement(session: Session, agreement_id: uuid.UUID, year: int) -> Agreement:
    agreement = session.get(Agreement, agreement_id)
    if agreement is None:
        raise AppError("Avtalen finnes ikke lenger. Last siden på nytt.")
    if agreement.kind is not AgreementKind.LEADER:
        raise AppError("Årsplanen (tabell A–E) hører til rådmannens lederavtale, ikke til en resultatavtale.")
    if not agreement.period_start.year <= year <= agreement.period_end.year:
        raise AppError(f"Lederavtalen gjelder {agreement.period_start.year}–{agreement.period_end.year}, ikke {year}. "
                       "Lag en ny lederavtale før du lager planen for dette året.")
    return agreement


def plan_for(session: Session, agreement_id: uuid.UUID, year: int) -> YearlyPlan | None:
    """The plan of ``year`` appended to the leader agreement, or None."""
    return session.scalar(select(YearlyPlan).where(YearlyPlan.agreement_id == agreement_id, YearlyPlan.year == year))


def renew_plan(session: Session, agreement_id: uuid.UUID, year: int) -> YearlyPlan:
    """Make the plan for ``year`` (in January), starting from last year's rows with their status
    cleared. The leader agreement itself, its signatures and status are left as they are."""
    agreement = _leader_agreement(session, agreement_id, year)
    if agreement.status not in (AgreementStatus.SIGNED, AgreementStatus.DRAFT, AgreementStatus.DISCUSSION):
        raise AppError("Lederavtalen er avsluttet. Lag planen på den gjeldende lederavtalen.")
    if plan_for(session, agreement_id, year) is not None:
        raise AppError(f"Planen for {year} finnes allerede. Åpne den og endre radene der.")
    previous = plan_for(session, agreement_id, year - 1)
    tables: dict[str, Any] = {key: [] for key in TABLES}
    if previous is not None:
        tables = {key: [{**row, "status": ""} for row in previous.tables.get(key, [])] for key in TABLES}
    plan = YearlyPlan(id=uuid.uuid4(), agreement_id=agreement.id, year=year, period_start=date(year, 1, 1),
                      period_end=date(year, 12, 31), tables=tables, evaluations=[])
    session.add(plan)
    session.flush()
    return plan


def set_table(session: Session, plan_id: uuid.UUID, table: str, rows: list[dict[str, Any]]) -> YearlyPlan:
    """Replace the rows of one table (``{"text", "municipal_goal_id"?, "deadline"?, "status"?}``)."""
    if table not in TABLES:
        raise AppError(f"Tabell «{table}» finnes ikke i planen. Velg A, B, C, D eller E.")
    plan = session.get_one(YearlyPlan, plan_id)
    clean = []
    for row in rows:
        text = str(row.get("text", "")).strip()
        if not text:
            continue
        goal = row.get("municipal_goal_id")
        if goal and session.get(MunicipalGoal, uuid.UUID(str(goal))) is None:
            raise AppError(f"Kommunemålet som «{text}» peker på, finnes ikke lenger. Velg et annet.")
        clean.append({"text": text, "municipal_goal_id": str(goal) if goal else None,
                      "deadline": row.get("deadline") or None, "status": str(row.get("status") or "")})
    plan.tables = {**plan.tables, table: clean}
    session.flush()
    return plan


def record_evaluation(session: Session, plan_id: uuid.UUID, day: date, note: str) -> YearlyPlan:
    """Record an evaluation conversation on the plan (at least two a year)."""
    plan = session.get_one(YearlyPlan, plan_id)
    if not plan.period_start <= day <= plan.period_end:
        raise AppError(f"Datoen {day:%d.%m.%Y} er utenfor planens periode ({plan.year}).")
    if not note.strip():
        raise AppError("Skriv kort hva evalueringssamtalen kom fram til.")
    plan.evaluations = sorted([*plan.evaluations, {"date": day.isoformat(), "note": note.strip()}],
                              key=lambda e: e["date"])
    session.flush()
    return plan


def evaluations_short(plan: YearlyPlan, today: date) -> int | None:
    """The evaluations held, when the year is past its middle with fewer than MIN_EVALUATIONS (what
    Oversikt warns of); None when there is nothing to warn of."""
    held = len(plan.evaluations)
    if held >= MIN_EVALUATIONS or today < date(plan.year, 7, 1) or today.year != plan.year:
        return None
    return held


def evaluation_warning(plan: YearlyPlan, today: date) -> str:
    """A line for Oversikt when the year is past its middle with too few evaluations; else "".
    (The window builds its own, translated sentence from :func:`evaluations_short`.)"""
    held = evaluations_short(plan, today)
    if held is None:
        return ""
    return (f"Rådmannens plan for {plan.year} er evaluert {held} {'gang' if held == 1 else 'ganger'}; avtalen krever "
            f"minst {MIN_EVALUATIONS} evalueringssamtaler i året.")


@dataclass(frozen=True)
class CascadeRow:
    table: str
    text: str
    municipal_goal: str
    unit_goals: list[tuple[str, str]]  # (unit, goal text)


def plan_cascade(session: Session, plan_id: uuid.UUID) -> list[CascadeRow]:
    """For each row of the plan: the unit goals in the year's agreements that serve the same municipal goal."""
    plan = session.get_one(YearlyPlan, plan_id)
    start, end = date(plan.year, 1, 1), date(plan.year, 12, 31)
    serving: dict[str, list[tuple[str, str]]] = {}
    for goal_id, text, unit in session.execute(
            select(Goal.municipal_goal_id, Goal.text, Unit.name).join(Agreement, Agreement.id == Goal.agreement_id)
            .join(Unit, Unit.id == Agreement.unit_id)
            .where(Goal.municipal_goal_id.is_not(None), Agreement.period_start <= end, Agreement.period_end >= start,
                   Agreement.status != AgreementStatus.SUPERSEDED)
            .order_by(Unit.sort_order, Unit.name)):
        serving.setdefault(str(goal_id), []).append((unit, text))
    names = {str(g.id): g.text for g in session.scalars(select(MunicipalGoal))}
    rows = []
    for table in TABLES:
        for row in plan.tables.get(table, []):
            goal = row.get("municipal_goal_id") or ""
            rows.append(CascadeRow(table, row.get("text", ""), names.get(goal, ""), serving.get(goal, [])))
    return rows
