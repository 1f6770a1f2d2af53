"""Målekart core: colour rules, roll-ups, the acceptance scenario in app terms, attention lines."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from app.scorecard.colours import colour
from app.scorecard.model import (
    ScorecardError,
    current_unit,
    define_indicator,
    enter_value,
    indicator_by_name,
    parse_period,
)
from app.scorecard.rollup import attention_lines, municipal_scorecard, roll_up, summary_rows, unit_scorecard
from app.storage.database import Database

D = Decimal


@pytest.mark.parametrize(("value", "expected"), [
    ("6.9", "green"), ("7", "green"), ("7.01", "yellow"), ("8.5", "yellow"), ("8.51", "red"), ("9.1", "red")])
def test_lower_is_better_target_is_green_limit_and_yellow_to_its_limit(value: str, expected: str) -> None:
    assert colour(D(value), "lower", D("7"), D("8.5")) == expected


@pytest.mark.parametrize(("value", "expected"), [
    ("5", "green"), ("4.5", "green"), ("4.49", "yellow"), ("4", "yellow"), ("3.99", "red")])
def test_higher_is_better(value: str, expected: str) -> None:
    assert colour(D(value), "higher", D("4.5"), D("4")) == expected


def test_no_value_or_no_target_has_no_colour_and_no_yellow_limit_makes_every_miss_red() -> None:
    assert colour(None, "lower", D("7"), D("8")) == "none"
    assert colour(D("3"), "lower", None, None) == "none"
    assert colour(D("7.1"), "lower", D("7"), None) == "red"


def test_roll_up_rules() -> None:
    values = [(D("10"), D("30")), (D("4"), D("10")), (D("6"), D("0"))]
    assert roll_up("sum", values) == D("20")
    assert roll_up("average", values) == D("6.6667")
    # weighted by årsverk: (10*30 + 4*10) / 40, the unit without årsverk left out
    assert roll_up("weighted_fte", values) == D("8.5")
    assert roll_up("none", values) is None
    assert roll_up("average", []) is None


def test_periods_are_read_as_a_user_writes_them() -> None:
    assert (parse_period(2026, "T2").first, parse_period(2026, "T2").last) == (5, 8)
    assert (parse_period(2026, "2026-08").first, parse_period(None, "2026-08").year) == (8, 2026)
    with pytest.raises(ScorecardError, match="T1, T2, T3"):
        parse_period(2026, "T4")


def test_yellow_limit_on_the_wrong_side_is_refused(demo_db: Database) -> None:
    with demo_db.session() as session, pytest.raises(ScorecardError, match="høyere enn ambisjonsnivået"):
        define_indicator(session, "Testfravær", "Medarbeidere", direction="lower", target="7", yellow_limit="6")


def test_acceptance_sickness_absence_red_for_lindvik_sykehjem_and_the_weighted_municipal_value(
        demo_db: Database) -> None:
    with demo_db.session() as session:
        # The demo measures sickness absence per month; this scenario defines it afresh, per tertial.
        with pytest.raises(ScorecardError, match="hyppigheten kan ikke endres"):
            define_indicator(session, "Sykefravær", "Medarbeidere", frequency="tertial")
        session.delete(indicator_by_name(session, "Sykefravær"))
        session.flush()
        ind = define_indicator(session, "Sykefravær", "Medarbeidere", measure="%", direction="lower",
                               target="7", yellow_limit="8,5", frequency="tertial", rollup="weighted_fte")
        ind_id = ind.id
        home = current_unit(session, "Lindvik sykehjem")
        home_id, home_fte = home.lineage_id, home.fte
        kvernes = current_unit(session, "Kvernes bo- og omsorgssenter")
        enter_value(session, ind_id, kvernes.lineage_id, 2026, 2, "5", user="test")
        assert home_fte != kvernes.fte  # a plain average would give another municipal value
    with demo_db.session() as session:
        before = next(line for line in municipal_scorecard(session, 2026, "T2").lines if line.name == "Sykefravær")
    with demo_db.session() as session:
        enter_value(session, ind_id, home_id, 2026, 2, "9,1", comment="Langtidsfravær på to avdelinger", user="test")
    with demo_db.session() as session:
        card = municipal_scorecard(session, 2026, "T2")
        line = next(line for line in card.lines if line.name == "Sykefravær")
        mine = next(u for u in line.units if u.unit_lineage_id == home_id)
        assert (mine.value, mine.colour, mine.comment) == (D("9.1"), "red", "Langtidsfravær på to avdelinger")
        others = [(u.value, u.fte) for u in before.units if u.value is not None and u.unit_lineage_id != home_id]
        weight = sum((f for _, f in others), D(0)) + home_fte
        expected = ((sum((v * f for v, f in others), D(0)) + D("9.1") * home_fte) / weight).quantize(D("0.0001"))
        assert line.value == expected
        assert before.value is not None and line.value != before.value
        assert line.value != ((sum((v for v, _ in others), D(0)) + D("9.1")) / (len(others) + 1)).quantize(
            D("0.0001"))
        own = unit_scorecard(session, home_id, 2026, "T2")
        assert [(x.name, x.colour) for x in own.lines if x.name == "Sykefravær"] == [("Sykefravær", "red")]
        assert own.lines[[x.name for x in own.lines].index("Sykefravær")].trend[-1].label == "T2 2026"
        rows = summary_rows(session, 2026, "T2", home_id)
        assert {"indicator": "Sykefravær", "focus_area": "Medarbeidere", "unit": "Lindvik sykehjem",
                "target": "7.00", "value": "9.10", "colour": "red"} in rows["rows"]
        # one red tertial: no attention line yet
        assert not [a for a in attention_lines(session, date(2026, 9, 15))
                    if a.kind == "red_twice" and a.indicator == "Sykefravær" and a.unit == "Lindvik sykehjem"]
    with demo_db.session() as session:
        enter_value(session, ind_id, home_id, 2026, 1, "8,9", user="test")
    with demo_db.session() as session:
        lines = [a for a in attention_lines(session, date(2026, 9, 15))
                 if a.kind == "red_twice" and a.indicator == "Sykefravær" and a.unit == "Lindvik sykehjem"]
        assert [a.text for a in lines] == [
            "«Sykefravær» er rød for Lindvik sykehjem to perioder på rad (T1 2026 og T2 2026)."]


def test_summary_lists_every_indicator_with_null_where_nothing_is_entered(demo_db: Database) -> None:
    with demo_db.session() as session:
        define_indicator(session, "Antall klager", "Brukere", direction="lower", target="3", rollup="sum")
    with demo_db.session() as session:
        rows = summary_rows(session, 2026, "T1")
    assert {"indicator": "Antall klager", "focus_area": "Brukere", "unit": None, "target": "3.00", "value": None,
            "colour": "none"} in rows["rows"]
    assert rows["period"] == "T1" and rows["year"] == 2026


def test_a_goal_linked_to_an_indicator_shows_it_with_its_ambition_level_in_the_agreement(demo_db: Database) -> None:
    from sqlalchemy import select

    from app.agreements.builder import build_document
    from app.scorecard.model import goal_indicator_text, link_goal
    from db.models import Agreement, Goal

    with demo_db.session() as session:
        agreement = session.scalars(select(Agreement).where(Agreement.title.like("Resultatavtale%"))).first()
        assert agreement is not None
        goal = session.scalars(select(Goal).where(Goal.agreement_id == agreement.id, Goal.indicator_id.is_(None))
                               .order_by(Goal.sort_order)).first()
        assert goal is not None
        free = goal.indicator
        sick = indicator_by_name(session, "Sykefravær")
        link_goal(session, goal.id, focus_area_id=None, indicator_id=sick.id, target="6,5")
        assert goal.focus_area_id == sick.focus_area_id
        text = goal_indicator_text(session, goal)
        assert text == ("Sykefravær ≤ 6,5 %" + (f" – {free}" if free.strip() else ""))
        doc = build_document(session, agreement.id)
        cells = [c for block in doc.blocks for table in getattr(block, "tables", [block]) for row in
                 getattr(table, "rows", []) for c in getattr(row, "cells", [])]
        assert text in cells
