"""Reading the målekart: the municipality's (rolled up, with the units under each indicator), a
unit's (with a trend), the command line's summary rows, Oversikt's attention lines and the balance
of goals across the focus areas.

A unit's value for a span of months is the mean of its values whose period ends in the span (a
month ends in itself, tertial t in month 4t, a year in December). The municipal value rolls the
units' values up by the indicator's rule: ``sum``, ``average``, ``weighted_fte`` (weighted by the
units' årsverk in the current org chart; units without årsverk left out) or ``none`` (no municipal
value). Colours follow :func:`app.scorecard.colours.colour`; a unit's own ambition level, where it
has one, colours its value.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlalchemy import ColumnElement, Executable, and_, case, func, select, text
from sqlalchemy.orm import Session

from app.org.queries import current_version, raw_column, raw_key
from app.scorecard.colours import NONE, RED, colour
from app.scorecard.model import (
    Period,
    end_month,
    ensure_focus_areas,
    municipality,
    parse_period,
    period_label,
)
from db.models import Agreement, FocusArea, Goal, Indicator, IndicatorValue, Unit, UnitIndicator, YearlyPlan

FOUR = Decimal("0.0001")
ROLLUP_FUNCTION = "styringsdialog_scorecard_rollup"  # db.server_roles.FN_SCORECARD_ROLLUP


def _decimal(value: object) -> Decimal:
    if isinstance(value, Decimal):
        return value.quantize(FOUR, ROUND_HALF_UP)
    return Decimal(repr(float(value))).quantize(FOUR, ROUND_HALF_UP)  # type: ignore[arg-type]


@dataclass
class UnitLine:
    """One unit's value of an indicator in the period."""

    unit_lineage_id: uuid.UUID
    unit: str
    target: Decimal | None
    yellow_limit: Decimal | None
    value: Decimal | None
    colour: str
    comment: str = ""
    fte: Decimal = Decimal("0")


@dataclass
class IndicatorLine:
    """An indicator with the municipality's rolled-up value and the units under it."""

    indicator_id: uuid.UUID
    name: str
    focus_area: str
    focus_area_key: str
    measure: str
    direction: str
    target: Decimal | None
    yellow_limit: Decimal | None
    rollup: str
    frequency: str
    value: Decimal | None
    colour: str
    units: list[UnitLine] = field(default_factory=list)


@dataclass
class Scorecard:
    """The municipal målekart: ``lines`` in focus-area order, ``focus_areas`` every area's name
    (an area without indicators is still named, for the balance check)."""

    period: Period
    focus_areas: list[str]
    lines: list[IndicatorLine]

    def by_focus_area(self) -> list[tuple[str, list[IndicatorLine]]]:
        return [(area, [line for line in self.lines if line.focus_area == area]) for area in self.focus_areas]


def _span_condition(period: Period) -> ColumnElement[bool]:
    ends = case((Indicator.frequency == "month", IndicatorValue.period),
                (Indicator.frequency == "tertial", IndicatorValue.period * 4), else_=12)
    return and_(IndicatorValue.year == period.year, ends >= period.first, ends <= period.last)


def _span_by_frequency(indicators: list[Indicator], period: Period) -> list[ColumnElement[bool]]:
    """:func:`_span_condition` without the join to ``indicator``: one condition per frequency, on the
    indicators' ids and a range of stored periods (a tertial t ends in month 4t, so it is in the span
    when ceil(first / 4) <= t <= last // 4; a year ends in December). Each searches the covering
    index ``ix_indicator_value_year`` by year and indicator, reading only those indicators' values."""
    by_frequency: dict[str, list[uuid.UUID]] = defaultdict(list)
    for ind in indicators:
        by_frequency[ind.frequency if ind.frequency in ("month", "tertial") else "year"].append(ind.id)
    spans = {"month": (period.first, period.last), "tertial": (-(-period.first // 4), period.last // 4)}
    out: list[ColumnElement[bool]] = []
    for frequency, ids in by_frequency.items():
        condition = and_(IndicatorValue.year == period.year, IndicatorValue.indicator_id.in_(ids))
        if frequency in spans:
            low, high = spans[frequency]
            if low <= high:
                out.append(and_(condition, IndicatorValue.period.between(low, high)))
        elif period.first <= 12 <= period.last:
            out.append(condition)
    return out


def _units(session: Session) -> dict[uuid.UUID, tuple[str, Decimal, int]]:
    version = current_version(session)
    if version is None:
        return {}
    return {lineage: (name, fte or Decimal("0"), order) for lineage, name, fte, order in session.execute(
        select(Unit.lineage_id, Unit.name, Unit.fte, Unit.sort_order).where(Unit.org_version_id == version.id))}


def _units_by_key(session: Session) -> dict[str, tuple[uuid.UUID, str, Decimal, int]]:
    """The current org chart's units keyed by their lineage id's stored hex text: ``(lineage id, name,
    årsverk, sort order)``."""
    version = current_version(session)
    if version is None:
        return {}
    return {raw_key(lineage): (uuid.UUID(hex=raw_key(lineage)), name, fte or Decimal("0"), order)
            for lineage, name, fte, order in session.execute(
                select(raw_column(Unit.lineage_id), Unit.name, Unit.fte, Unit.sort_order)
                .where(Unit.org_version_id == version.id))}


def roll_up(rule: str, values: list[tuple[Decimal, Decimal]]) -> Decimal | None:
    """The municipal value from the units' ``(value, årsverk)`` by ``rule``."""
    if not values or rule == "none":
        return None
    if rule == "sum":
        return sum((v for v, _ in values), Decimal("0")).quantize(FOUR, ROUND_HALF_UP)
    if rule == "weighted_fte":
        weight = sum((f for _, f in values if f > 0), Decimal("0"))
        if weight == 0:
            return None
        return (sum((v * f for v, f in values if f > 0), Decimal("0")) / weight).quantize(FOUR, ROUND_HALF_UP)
    return (sum((v for v, _ in values), Decimal("0")) / len(values)).quantize(FOUR, ROUND_HALF_UP)


def _server_rollup(session: Session, period: Period) -> dict[uuid.UUID, Decimal | None] | None:
    """On a shared server the municipal values come from the SECURITY DEFINER function (a unit
    leader sees only their own units' values, yet every role sees the municipality's)."""
    bind = session.get_bind()
    if bind.dialect.name != "postgresql":
        return None
    if session.scalar(text("SELECT to_regproc(:name)"), {"name": ROLLUP_FUNCTION}) is None:
        return None
    rows = session.execute(text(f"SELECT indicator_id, value FROM {ROLLUP_FUNCTION}(:y, :f, :l)"),
                           {"y": period.year, "f": period.first, "l": period.last})
    return {indicator_id: None if value is None else _decimal(value) for indicator_id, value in rows}


def _raw_rows(session: Session, statement: Executable) -> Iterable[Sequence[Any]]:
    """The rows of ``statement`` whose first two columns are ids selected through ``raw_column``, with
    those two as the hex text SQLite stores (PostgreSQL hands back uuid.UUID; made the same text)."""
    rows = session.execute(statement)
    if session.get_bind().dialect.name == "sqlite":
        return rows
    return [(raw_key(a), raw_key(b), *rest) for a, b, *rest in rows]


def municipal_scorecard(session: Session, year: int, period_text: str | None = None, *,
                        with_comments: bool = True) -> Scorecard:
    """The municipality's målekart for ``year`` and ``period_text`` (``T1``-``T3``, ``YYYY-MM`` or
    ``None`` for the whole year): every indicator with its rolled-up value and colour, and under it
    every unit on its målekart (or with a value) with the unit's value, colour and latest comment.

    This is the function behind the Målekart page (a read; no transaction needed). The units' means
    come from one grouped query over the covering index ``ix_indicator_value_year``; ids are read as
    the stored text and made uuid.UUID once per unit and indicator (not once per value), since
    converting and hashing some 25 000 UUIDs cost more than the queries.
    """
    period = parse_period(year, period_text)
    muni = municipality(session)
    areas = ensure_focus_areas(session)
    area_by_id = {a.id: a for a in areas}
    indicators = list(session.scalars(select(Indicator).where(Indicator.municipality_id == muni.id)))
    area_order = {a.id: i for i, a in enumerate(areas)}
    indicators.sort(key=lambda i: (area_order.get(i.focus_area_id, 99), i.sort_order, i.name))
    units = _units_by_key(session)

    values: dict[str, dict[str, Decimal]] = defaultdict(dict)
    for span in _span_by_frequency(indicators, period):
        for indicator_id, lineage, summed, count in _raw_rows(session, (
                select(raw_column(IndicatorValue.indicator_id), raw_column(IndicatorValue.unit_lineage_id),
                       func.sum(IndicatorValue.value), func.count())
                .where(span).group_by(IndicatorValue.indicator_id, IndicatorValue.unit_lineage_id))):
            values[indicator_id][lineage] = (_decimal(summed) / count).quantize(FOUR, ROUND_HALF_UP)
    comments: dict[tuple[str, str], str] = {}
    if with_comments:
        for indicator_id, lineage, comment in _raw_rows(session, (
                select(raw_column(IndicatorValue.indicator_id), raw_column(IndicatorValue.unit_lineage_id),
                       IndicatorValue.comment)
                .join(Indicator, Indicator.id == IndicatorValue.indicator_id)
                .where(Indicator.municipality_id == muni.id, _span_condition(period), IndicatorValue.comment != "")
                .order_by(IndicatorValue.period))):
            comments[(indicator_id, lineage)] = comment  # the latest period's wins
    overrides: dict[str, dict[str, tuple[Decimal | None, Decimal | None]]] = defaultdict(dict)
    for indicator_id, lineage, target, yellow in _raw_rows(session, (
            select(raw_column(UnitIndicator.indicator_id), raw_column(UnitIndicator.unit_lineage_id),
                   UnitIndicator.target, UnitIndicator.yellow_limit)
            .join(Indicator, Indicator.id == UnitIndicator.indicator_id)
            .where(Indicator.municipality_id == muni.id))):
        overrides[indicator_id][lineage] = (target, yellow)
    server = _server_rollup(session, period)

    outside = Decimal("0")
    lines: list[IndicatorLine] = []
    for ind in indicators:
        key = ind.id.hex
        own = values.get(key, {})
        mine = overrides.get(key, {})
        direction, ind_target, ind_yellow = ind.direction, ind.target, ind.yellow_limit
        placed: list[tuple[int, str, str, UnitLine]] = []
        for lineage in own.keys() | mine.keys():
            target, yellow = mine.get(lineage, (None, None))
            if target is None:
                target = ind_target
            if yellow is None:
                yellow = ind_yellow
            unit = units.get(lineage)
            if unit is None:
                # sorted last, after the chart's units
                unit = units[lineage] = (uuid.UUID(hex=lineage), "(enhet utenfor gjeldende organisasjonskart)",
                                         outside, 10**9)
            lineage_id, name, fte, order = unit
            value = own.get(lineage)
            placed.append((order, name, lineage, UnitLine(lineage_id, name, target, yellow, value,
                                                    colour(value, direction, target, yellow),
                                                    comments.get((key, lineage), ""), fte)))
        placed.sort(key=lambda p: p[:3])
        unit_lines = [p[3] for p in placed]
        if server is not None:
            total = server.get(ind.id)
        else:
            total = roll_up(ind.rollup, [(u.value, u.fte) for u in unit_lines if u.value is not None])
        area = area_by_id.get(ind.focus_area_id)
        lines.append(IndicatorLine(
            ind.id, ind.name, area.name_nb if area else "", area.key if area else "", ind.measure, ind.direction,
            ind.target, ind.yellow_limit, ind.rollup, ind.frequency, total,
            colour(total, ind.direction, ind.target, ind.yellow_limit), unit_lines))
    return Scorecard(period, [a.name_nb for a in areas], lines)


@dataclass
class TrendPoint:
    label: str
    value: Decimal | None
    colour: str


@dataclass
class UnitIndicatorLine:
    """A line of a unit's målekart: value and colour in the period, and the last periods' trend."""

    indicator_id: uuid.UUID
    name: str
    focus_area: str
    measure: str
    direction: str
    target: Decimal | None
    yellow_limit: Decimal | None
    value: Decimal | None
    colour: str
    comment: str
    trend: list[TrendPoint]


@dataclass
class UnitScorecard:
    unit_lineage_id: uuid.UUID
    unit: str
    period: Period
    lines: list[UnitIndicatorLine]


def _previous_periods(frequency: str, year: int, last_month: int, count: int) -> list[tuple[int, int]]:
    """The ``count`` stored periods (year, period) ending at or before ``last_month`` of ``year``, oldest first."""
    out: list[tuple[int, int]] = []
    y, m = year, last_month
    if frequency == "month":
        while len(out) < count:
            out.append((y, m))
            y, m = (y, m - 1) if m > 1 else (y - 1, 12)
    elif frequency == "tertial":
        t = last_month // 4
        if t == 0:
            y, t = y - 1, 3
        while len(out) < count:
            out.append((y, t))
            y, t = (y, t - 1) if t > 1 else (y - 1, 3)
    else:
        if last_month < 12:
            y -= 1
        while len(out) < count:
            out.append((y, 0))
            y -= 1
    return out[::-1]


def unit_scorecard(session: Session, unit_lineage_id: uuid.UUID, year: int, period_text: str | None = None, *,
                   trend_length: int = 6) -> UnitScorecard:
    """One unit's målekart: each indicator on it (or with a value) against the unit's ambition
    level, with a trend over the last ``trend_length`` periods up to the period's end."""
    card = municipal_scorecard(session, year, period_text)
    units = _units(session)
    name = units.get(unit_lineage_id, ("", Decimal("0"), 0))[0]
    lines: list[UnitIndicatorLine] = []
    for ind in card.lines:
        mine = next((u for u in ind.units if u.unit_lineage_id == unit_lineage_id), None)
        if mine is None:
            continue
        periods = _previous_periods(ind.frequency, year, card.period.last, trend_length)
        stored = {(y, p): v for y, p, v in session.execute(
            select(IndicatorValue.year, IndicatorValue.period, IndicatorValue.value).where(
                IndicatorValue.indicator_id == ind.indicator_id, IndicatorValue.unit_lineage_id == unit_lineage_id,
                IndicatorValue.year.between(periods[0][0], periods[-1][0])))}
        trend = [TrendPoint(period_label(ind.frequency, y, p), stored.get((y, p)),
                            colour(stored.get((y, p)), ind.direction, mine.target, mine.yellow_limit))
                 for y, p in periods]
        lines.append(UnitIndicatorLine(ind.indicator_id, ind.name, ind.focus_area, ind.measure, ind.direction,
                                       mine.target, mine.yellow_limit, mine.value, mine.colour, mine.comment, trend))
    return UnitScorecard(unit_lineage_id, name, card.period, lines)


def decimal_text(value: Decimal | None) -> str | None:
    """A number for JSON: a decimal string with two decimals («9.10»), as ``budget summary`` does."""
    return None if value is None else f"{value.quantize(Decimal('0.01'), ROUND_HALF_UP):f}"


def summary_rows(session: Session, year: int, period_text: str | None = None,
                 unit_lineage_id: uuid.UUID | None = None) -> dict[str, object]:
    """The command line's ``malekart summary --json``: every indicator with the municipality's
    value (``unit`` null) and each unit's, or with ``unit_lineage_id`` that unit's value of every
    indicator (``value`` null where nothing is entered)."""
    card = municipal_scorecard(session, year, period_text, with_comments=False)
    rows: list[dict[str, object]] = []
    unit_name = _units(session).get(unit_lineage_id, ("",))[0] if unit_lineage_id else ""
    for line in card.lines:
        if unit_lineage_id is None:
            rows.append({"indicator": line.name, "focus_area": line.focus_area, "unit": None,
                         "target": decimal_text(line.target), "value": decimal_text(line.value), "colour": line.colour})
            units = line.units
        else:
            units = [u for u in line.units if u.unit_lineage_id == unit_lineage_id] or [
                UnitLine(unit_lineage_id, unit_name, line.target, line.yellow_limit, None, NONE)]
        for u in units:
            rows.append({"indicator": line.name, "focus_area": line.focus_area, "unit": u.unit,
                         "target": decimal_text(u.target), "value": decimal_text(u.value), "colour": u.colour})
    return {"year": year, "period": card.period.label, "rows": rows}


@dataclass(frozen=True)
class AttentionLine:
    """An Oversikt line: ``kind`` ``red_twice``, ``missing`` or ``plan_evaluation`` (the rådmann's
    yearly plan evaluated too seldom; ``agreement_id`` is the leader agreement it belongs to,
    ``held`` the evaluations recorded and ``required`` the least the agreement asks for).

    ``text`` is the line as a bokmål sentence (for the command line and logs); the window builds
    its own, translated sentence from the other fields."""

    kind: str
    indicator: str
    unit: str
    unit_lineage_id: uuid.UUID | None
    periods: tuple[str, ...]
    text: str
    agreement_id: uuid.UUID | None = None
    held: int = 0
    required: int = 0


def _closed_periods(frequency: str, today: date, count: int) -> list[tuple[int, int]]:
    """The last ``count`` periods that ended before ``today``."""
    y, m = (today.year, today.month - 1) if today.month > 1 else (today.year - 1, 12)
    if frequency == "tertial":
        m = m - m % 4 if m % 4 else m
        if m == 0:
            y, m = y - 1, 12
    return _previous_periods(frequency, y, m, count)


def attention_lines(session: Session, today: date) -> list[AttentionLine]:
    """Indicators red two closed periods in a row for a unit, and values missing for the last
    closed period, per unit on each indicator's målekart."""
    muni = municipality(session)
    units = _units(session)
    out: list[AttentionLine] = []
    indicators = {i.id: i for i in session.scalars(select(Indicator).where(Indicator.municipality_id == muni.id))}
    lines = list(session.execute(select(UnitIndicator).where(UnitIndicator.indicator_id.in_(indicators))).scalars())
    for line in lines:
        ind = indicators[line.indicator_id]
        if line.unit_lineage_id not in units:
            continue
        (y1, p1), (y2, p2) = _closed_periods(ind.frequency, today, 2)
        stored = {(y, p): v for y, p, v in session.execute(
            select(IndicatorValue.year, IndicatorValue.period, IndicatorValue.value).where(
                IndicatorValue.indicator_id == ind.id, IndicatorValue.unit_lineage_id == line.unit_lineage_id,
                IndicatorValue.year.between(y1, y2)))}
        target = ind.target if line.target is None else line.target
        yellow = ind.yellow_limit if line.yellow_limit is None else line.yellow_limit
        unit = units[line.unit_lineage_id][0]
        labels = (period_label(ind.frequency, y1, p1), period_label(ind.frequency, y2, p2))
        last = stored.get((y2, p2))
        if last is None:
            out.append(AttentionLine("missing", ind.name, unit, line.unit_lineage_id, labels[1:],
                                     f"{unit} mangler verdi for «{ind.name}» i {labels[1]}."))
        elif colour(last, ind.direction, target, yellow) == RED and \
                colour(stored.get((y1, p1)), ind.direction, target, yellow) == RED:
            out.append(AttentionLine("red_twice", ind.name, unit, line.unit_lineage_id, labels,
                                     f"«{ind.name}» er rød for {unit} to perioder på rad "
                                     f"({labels[0]} og {labels[1]})."))
    out.sort(key=lambda a: (a.kind != "red_twice", a.unit, a.indicator))
    out.extend(_plan_lines(session, today))
    return out


def _plan_lines(session: Session, today: date) -> list[AttentionLine]:
    """This year's plans A-E past midsummer with fewer evaluations than the agreement asks for
    (:func:`app.scorecard.plan.evaluations_short`)."""
    from app.scorecard.plan import MIN_EVALUATIONS, evaluation_warning, evaluations_short

    out = []
    for plan, agreement in session.execute(
            select(YearlyPlan, Agreement).join(Agreement, Agreement.id == YearlyPlan.agreement_id)
            .where(YearlyPlan.year == today.year)):
        held = evaluations_short(plan, today)
        if held is not None:
            unit = session.get(Unit, agreement.unit_id)
            out.append(AttentionLine("plan_evaluation", "", unit.name if unit is not None else "",
                                     agreement.unit_lineage_id, (str(plan.year),), evaluation_warning(plan, today),
                                     agreement.id, held, MIN_EVALUATIONS))
    return out


@dataclass(frozen=True)
class BalanceRow:
    focus_area: str
    indicators: int
    goals: int

    @property
    def empty(self) -> bool:
        return self.goals == 0


def balance(session: Session, year: int) -> list[BalanceRow]:
    """Per focus area: its indicators and the agreement goals linked to it in agreements running in
    ``year``; a row with no goals is the balance check's warning."""
    areas = ensure_focus_areas(session)
    counts = dict(session.execute(
        select(Indicator.focus_area_id, func.count()).group_by(Indicator.focus_area_id)).all())
    start, end = date(year, 1, 1), date(year, 12, 31)
    goals = dict(session.execute(
        select(Goal.focus_area_id, func.count()).join(Agreement, Agreement.id == Goal.agreement_id)
        .where(Goal.focus_area_id.is_not(None), Agreement.period_start <= end, Agreement.period_end >= start)
        .group_by(Goal.focus_area_id)).all())
    return [BalanceRow(a.name_nb, counts.get(a.id, 0), goals.get(a.id, 0)) for a in areas]


def focus_area_names(session: Session) -> dict[uuid.UUID, str]:
    return {a.id: a.name_nb for a in session.scalars(select(FocusArea))}


def end_month_of(indicator: Indicator, period: int) -> int:
    return end_month(indicator.frequency, period)
