"""Listing, renaming and deleting budget, accounts and forecast sets."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import func, select

from app.budget.sets import delete_set, list_sets, rename_set, set_by_name
from app.errors import AppError
from app.storage.database import Database
from db.models import BudgetKind, BudgetLine, BudgetSet
from tests.app.budget.test_views import BUDGET_LINES, add_set


def test_list_sets_shows_totals_and_where_a_set_came_from(demo_db: Database) -> None:
    with demo_db.session() as session:
        add_set(session, "Prognose 2026", [("2100", "01000", "202", 0, 5_00), ("2100", "01000", "202", 0, -1_00)],
                kind=BudgetKind.PROGNOSE)
        rows = {r.name: r for r in list_sets(session)}
        budget_total = session.scalar(select(func.sum(BudgetLine.amount_ore)).join(BudgetSet)
                                      .where(BudgetSet.name == "Budsjett 2026"))
    assert set(rows) == {"Budsjett 2026", "Regnskap 2026", "Prognose 2026"}
    assert rows["Budsjett 2026"].total_ore == budget_total
    assert (rows["Prognose 2026"].lines, rows["Prognose 2026"].total_ore) == (2, 4_00)
    assert rows["Prognose 2026"].kind == "prognose"
    assert rows["Prognose 2026"].imported_by == "test"
    assert len(rows["Regnskap 2026"].source_hash) == 64
    assert (rows["Regnskap 2026"].period_from, rows["Regnskap 2026"].period_to) == (1, 10)


def test_delete_set_removes_it_and_its_lines_only(empty_db: Database) -> None:
    with empty_db.session() as session:
        keep = add_set(session, "Behold", BUDGET_LINES)
        gone = add_set(session, "Slett", BUDGET_LINES)
    with empty_db.session() as session:
        assert delete_set(session, gone) == "Slett"
    with empty_db.session() as session:
        assert [r.name for r in list_sets(session)] == ["Behold"]
        counts = dict(session.execute(select(BudgetLine.budget_set_id, func.count())
                                      .group_by(BudgetLine.budget_set_id)).all())
        assert counts == {keep: len(BUDGET_LINES)}
        with pytest.raises(AppError, match="finnes ikke lenger"):
            delete_set(session, gone)


def test_rename_set_returns_the_old_name_and_refuses_clashes(empty_db: Database) -> None:
    with empty_db.session() as session:
        first = add_set(session, "Budsjett 2026", [])
        add_set(session, "Regnskap 2026", [], kind=BudgetKind.REGNSKAP)
    with empty_db.session() as session:
        assert rename_set(session, first, "  Vedtatt   budsjett 2026 ") == "Budsjett 2026"
    with empty_db.session() as session:
        assert set_by_name(session, "Vedtatt budsjett 2026").id == first
        with pytest.raises(AppError, match="heter allerede «regnskap 2026»"):
            rename_set(session, first, "regnskap 2026")
        with pytest.raises(AppError, match="må ha et navn"):
            rename_set(session, first, "   ")
        with pytest.raises(AppError, match="høyst 200"):
            rename_set(session, first, "x" * 201)
        with pytest.raises(AppError, match="finnes ikke lenger"):
            rename_set(session, uuid.uuid4(), "Nytt")


def test_set_by_name_names_the_sets_that_exist(empty_db: Database) -> None:
    with empty_db.session() as session:
        add_set(session, "Budsjett 2026", [])
        assert set_by_name(session, "budsjett 2026").name == "Budsjett 2026"
        with pytest.raises(AppError, match=r"Finner ikke settet «Regnskap».*«Budsjett 2026»"):
            set_by_name(session, "Regnskap")
