"""Budget sets and their totals per unit, for the Budsjett page."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.org.queries import current_version
from db.models import BudgetLine, BudgetSet, Unit, UnitAnsvar


@dataclass(frozen=True)
class SetRow:
    id: uuid.UUID
    name: str
    kind: str
    year: int
    period_from: int
    period_to: int
    lines: int
    total_ore: int
    imported_at: datetime | None
    source_file_name: str


def list_sets(session: Session) -> list[SetRow]:
    stats = {
        sid: (n, int(total))
        for sid, n, total in session.execute(
            select(BudgetLine.budget_set_id, func.count(), func.coalesce(func.sum(BudgetLine.amount_ore), 0))
            .group_by(BudgetLine.budget_set_id)
        )
    }
    return [
        SetRow(s.id, s.name, s.kind.value, s.year, s.period_from, s.period_to, *stats.get(s.id, (0, 0)),
               s.imported_at, s.source_file_name)
        for s in session.scalars(select(BudgetSet).order_by(BudgetSet.year.desc(), BudgetSet.name))
    ]


@dataclass(frozen=True)
class UnitTotal:
    unit: str  # empty: the ansvar code belongs to no unit of the current organisation
    ansvar: str
    amount_ore: int


def totals_by_unit(session: Session, set_id: uuid.UUID) -> list[UnitTotal]:
    """Sum per unit of the current organisation through its exact ansvar codes."""
    version = current_version(session)
    unit_of: dict[str, str] = {}
    if version is not None:
        stmt = select(UnitAnsvar.code, Unit.name).join(Unit).where(Unit.org_version_id == version.id)
        unit_of = dict(session.execute(stmt).all())
    merged: dict[str, tuple[list[str], int]] = {}
    for code, amount in session.execute(
        select(BudgetLine.ansvar, func.sum(BudgetLine.amount_ore))
        .where(BudgetLine.budget_set_id == set_id)
        .group_by(BudgetLine.ansvar)
    ):
        key = unit_of.get(code) or f"?{code}"
        codes, total = merged.get(key, ([], 0))
        merged[key] = ([*codes, code], total + int(amount))
    rows = [UnitTotal("" if k.startswith("?") else k, ", ".join(sorted(c)), t) for k, (c, t) in merged.items()]
    return sorted(rows, key=lambda r: (r.unit == "", r.unit, r.ansvar))
