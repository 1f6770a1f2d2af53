"""An agreement's goals (app.agreements.goals): numbered per category, inserted, moved, edited, deleted and restored."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from app.agreements.detail import agreement_detail
from app.agreements.goals import add_goal, delete_goal, goals_over_limit, move_goal, restore_goal, update_goal
from app.agreements.rules import AgreementError
from app.storage.database import Database
from db.models import Agreement, Goal
from tests.app.agreements.helpers import Y, goal_texts, new_draft


def test_goals_are_numbered_per_category_and_can_be_inserted_moved_and_restored(demo_db: Database) -> None:
    agreement_id = new_draft(demo_db)
    with demo_db.session() as s:
        a_ = add_goal(s, agreement_id, category="faglige_krav", text="A", indicator="ia", evaluation="ea")
        add_goal(s, agreement_id, category="faglige_krav", text="C")
        add_goal(s, agreement_id, category="faglige_krav", text="B", position=1)
        add_goal(s, agreement_id, category="personlige_utviklingsmal", text="P")
        a_id = a_.id
    assert goal_texts(demo_db, agreement_id)["faglige_krav"] == ["A", "B", "C"]
    with demo_db.session() as s:
        assert move_goal(s, a_id, 5) == 2  # clamped at the end of its category
        assert move_goal(s, a_id, 1) == 0
    assert goal_texts(demo_db, agreement_id)["faglige_krav"] == ["B", "C", "A"]
    with demo_db.session() as s:
        numbers = [(g.category, g.number, g.text) for g in s.scalars(
            select(Goal).where(Goal.agreement_id == agreement_id).order_by(Goal.sort_order))]
        assert numbers[:4] == [("faglige_krav", "1", "B"), ("faglige_krav", "2", "C"), ("faglige_krav", "3", "A"),
                               ("personlige_utviklingsmal", "1", "P")]
        snapshot = delete_goal(s, a_id)
    assert goal_texts(demo_db, agreement_id)["faglige_krav"] == ["B", "C"]
    with demo_db.session() as s:
        restored = restore_goal(s, snapshot)
        assert restored.id == a_id and restored.indicator == "ia" and restored.number == "3"
    assert goal_texts(demo_db, agreement_id)["faglige_krav"] == ["B", "C", "A"]


def test_update_goal_returns_old_values_and_refuses_to_rewrite_a_common_requirement(demo_db: Database) -> None:
    agreement_id = new_draft(demo_db)
    with demo_db.session() as s:
        goal = add_goal(s, agreement_id, category="faglige_krav", text="Mål", sub_goals=["første", "andre"])
        old = update_goal(s, goal.id, text="Nytt mål", deadline=date(Y, 6, 30), category="personlige_utviklingsmal")
        assert old == {"text": "Mål", "deadline": None, "category": "faglige_krav"}
        assert goal.sub_goals == [{"text": "første", "indicator": "", "deadline": ""},
                                  {"text": "andre", "indicator": "", "deadline": ""}]
        common = next(g for g in s.get_one(Agreement, agreement_id).goals if g.common_requirement_id)
        with pytest.raises(AgreementError, match="felles krav"):
            update_goal(s, common.id, text="Noe annet")
        update_goal(s, common.id, deadline=date(Y, 10, 1))  # a deadline of its own is fine
        with pytest.raises(AgreementError, match="ingen målgruppe"):
            add_goal(s, agreement_id, category="finnes_ikke", text="x")
    with demo_db.session() as s:
        goal = s.get_one(Goal, goal.id)
        assert (goal.text, goal.category, goal.deadline) == ("Nytt mål", "personlige_utviklingsmal", date(Y, 6, 30))
        update_goal(s, goal.id, **old)
    assert "Mål" in goal_texts(demo_db, agreement_id)["faglige_krav"]


def test_more_than_five_goals_in_a_category_gives_a_gentle_warning(demo_db: Database) -> None:
    agreement_id = new_draft(demo_db)
    with demo_db.session() as s:
        for n in range(5):
            add_goal(s, agreement_id, category="faglige_krav", text=f"Mål {n}")
        assert goals_over_limit(s, agreement_id) == []
        add_goal(s, agreement_id, category="faglige_krav", text="Mål 6")
        assert goals_over_limit(s, agreement_id) == ["Faglige krav"]
        assert [c.over_limit for c in agreement_detail(s, agreement_id).categories] == [True, False, False]

