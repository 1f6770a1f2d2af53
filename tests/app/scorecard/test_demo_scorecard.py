"""The demo's målekart: about 16 indicators over the four focus areas, three years of values per
unit with believable trends, budget deviation from the demo's own accounts, the rådmann's plan."""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal

from sqlalchemy import select

from app.budget.views import unit_figures
from app.scorecard.model import indicator_by_name
from app.scorecard.rollup import attention_lines, balance, municipal_scorecard
from app.storage.database import Database
from db.models import Agreement, FocusArea, Indicator, IndicatorValue, Unit, UnitKind, YearlyPlan
from tests.conftest import DEMO_TODAY


def test_demo_has_sixteen_indicators_over_the_four_focus_areas(demo_db: Database) -> None:
    with demo_db.session() as session:
        areas = {a.id: a.name_nb for a in session.scalars(select(FocusArea))}
        indicators = session.scalars(select(Indicator)).all()
        assert sorted(areas.values()) == ["Brukere", "Livskvalitet", "Medarbeidere", "Økonomi"]
        assert len(indicators) == 16
        assert {areas[i.focus_area_id] for i in indicators} == set(areas.values())
        years = {y for (y,) in session.execute(select(IndicatorValue.year).distinct())}
        assert years == {DEMO_TODAY.year - 2, DEMO_TODAY.year - 1, DEMO_TODAY.year}


def test_sickness_absence_lies_around_six_to_ten_percent_with_a_winter_peak(demo_db: Database) -> None:
    with demo_db.session() as session:
        sick = indicator_by_name(session, "Sykefravær")
        by_month: dict[int, list[Decimal]] = defaultdict(list)
        for month, value in session.execute(select(IndicatorValue.period, IndicatorValue.value).where(
                IndicatorValue.indicator_id == sick.id)):
            by_month[month].append(value)
    mean = {m: sum(v) / len(v) for m, v in by_month.items()}
    assert all(Decimal(5) <= v <= Decimal(10) for v in mean.values())
    assert mean[1] > mean[6] + 1 and mean[2] > mean[7] + 1  # winter above summer


def test_satisfaction_scores_are_on_the_one_to_six_scale(demo_db: Database) -> None:
    with demo_db.session() as session:
        ind = indicator_by_name(session, "Brukertilfredshet")
        values = list(session.scalars(select(IndicatorValue.value).where(IndicatorValue.indicator_id == ind.id)))
    assert values and all(Decimal(1) <= v <= Decimal(6) for v in values)


def test_budget_deviation_is_the_demos_own_accounts(demo_db: Database) -> None:
    with demo_db.session() as session:
        ind = indicator_by_name(session, "Budsjettavvik")
        rows = session.execute(select(IndicatorValue.unit_lineage_id, IndicatorValue.year, IndicatorValue.period,
                                      IndicatorValue.value).where(IndicatorValue.indicator_id == ind.id)).all()
        assert len(rows) > 30
        for lineage, year, tertial, value in rows[:12]:
            figures = unit_figures(session, lineage, year, 4 * tertial)
            assert figures is not None and value == Decimal(f"{figures.deviation_ytd_pct:.1f}")


def test_demo_shows_a_red_line_for_lindvik_sykehjem_and_a_balance_check(demo_db: Database) -> None:
    with demo_db.session() as session:
        lines = [a.text for a in attention_lines(session, DEMO_TODAY) if a.kind == "red_twice"]
        assert "«Sykefravær» er rød for Lindvik sykehjem to perioder på rad (2026-09 og 2026-10)." in lines
        rows = balance(session, DEMO_TODAY.year)
        assert [r.focus_area for r in rows] == ["Livskvalitet", "Brukere", "Medarbeidere", "Økonomi"]
        assert any(r.goals > 0 for r in rows)
        card = municipal_scorecard(session, DEMO_TODAY.year, "T2")
        assert len(card.lines) == 16 and card.lines[0].focus_area == "Livskvalitet"


def test_the_radmann_has_a_leader_agreement_with_this_years_plan(demo_db: Database) -> None:
    with demo_db.session() as session:
        plan = session.scalars(select(YearlyPlan)).one()
        agreement = session.get_one(Agreement, plan.agreement_id)
        unit = session.get_one(Unit, agreement.unit_id)
        assert unit.kind is UnitKind.ADMINISTRATION and agreement.template.key == "radmann_lederavtale"
        assert plan.year == DEMO_TODAY.year and sorted(plan.tables) == ["A", "B", "C", "D", "E"]
        assert len(plan.evaluations) >= 2
