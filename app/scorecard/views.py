"""What the window's Målekart page, its dialogs and the meeting note read and write beside the
functions of :mod:`app.scorecard.model` and :mod:`app.scorecard.rollup`: the definitions as plain
rows, a unit's målekart to edit as a whole, the grid of values (who entered them, when, with which
comment), the values due in a month's meeting with last period's beside them, focus areas.

Every function takes a session and returns plain values (the window's store closes the session
before it uses them); each writing function is one user action.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.org.queries import current_version
from app.scorecard.colours import colour
from app.scorecard.model import (
    ScorecardError,
    define_indicator,
    ensure_focus_areas,
    enter_value,
    format_number,
    municipality,
    parse_number,
    period_label,
    set_unit_indicator,
)
from db.models import FocusArea, Indicator, IndicatorValue, Meeting, Unit, UnitIndicator, UnitKind
from db.models.scorecard import FREQUENCIES


@dataclass(frozen=True)
class FocusAreaRow:
    id: uuid.UUID
    key: str
    name_nb: str
    name_nn: str


@dataclass(frozen=True)
class IndicatorRow:
    """An indicator's definition, as the dialogs show and edit it."""

    id: uuid.UUID
    name: str
    focus_area_id: uuid.UUID
    focus_area: str
    measure: str
    direction: str
    target: Decimal | None
    yellow_limit: Decimal | None
    frequency: str
    source: str
    rollup: str
    description: str
    units: int  # units with the indicator on their målekart


@dataclass(frozen=True)
class UnitChoice:
    lineage_id: uuid.UUID
    name: str
    result_unit: bool


def focus_areas(session: Session) -> list[FocusAreaRow]:
    return [FocusAreaRow(a.id, a.key, a.name_nb, a.name_nn) for a in ensure_focus_areas(session)]


def save_focus_area(session: Session, area_id: uuid.UUID | None, name_nb: str, name_nn: str = "") -> uuid.UUID:
    """Rename a focus area, or add one (``area_id`` None) at the end."""
    name_nb = name_nb.strip()
    if not name_nb:
        raise ScorecardError("Fokusområdet må ha et navn på bokmål.")
    areas = ensure_focus_areas(session)
    if any(a.name_nb.casefold() == name_nb.casefold() and a.id != area_id for a in areas):
        raise ScorecardError(f"Det finnes allerede et fokusområde som heter «{name_nb}». Velg et annet navn.")
    if area_id is None:
        key = "".join(c for c in name_nb.casefold() if c.isalnum())[:30] or "omrade"
        while any(a.key == key for a in areas):
            key += "x"
        area = FocusArea(id=uuid.uuid4(), municipality_id=municipality(session).id, key=key, name_nb=name_nb,
                         name_nn=name_nn.strip(), sort_order=len(areas))
        session.add(area)
    else:
        found = next((a for a in areas if a.id == area_id), None)
        if found is None:
            raise ScorecardError("Fokusområdet finnes ikke lenger. Lukk vinduet og åpne det på nytt.")
        area = found
        area.name_nb, area.name_nn = name_nb, name_nn.strip()
    session.flush()
    return area.id


def remove_focus_area(session: Session, area_id: uuid.UUID) -> None:
    """Remove a focus area that has no indicators."""
    area = session.get(FocusArea, area_id)
    if area is None:
        return
    used = session.scalar(select(Indicator.name).where(Indicator.focus_area_id == area_id).limit(1))
    if used is not None:
        raise ScorecardError(f"Fokusområdet «{area.name_nb}» har indikatorer (for eksempel «{used}»). Flytt "
                             "eller fjern dem først.")
    session.delete(area)
    session.flush()


def indicator_rows(session: Session) -> list[IndicatorRow]:
    """Every indicator of the municipality in focus-area order."""
    areas = ensure_focus_areas(session)
    order = {a.id: i for i, a in enumerate(areas)}
    names = {a.id: a.name_nb for a in areas}
    counts: dict[uuid.UUID, int] = {}
    for indicator_id in session.scalars(select(UnitIndicator.indicator_id)):
        counts[indicator_id] = counts.get(indicator_id, 0) + 1
    indicators = list(session.scalars(select(Indicator).where(Indicator.municipality_id == municipality(session).id)))
    indicators.sort(key=lambda i: (order.get(i.focus_area_id, 99), i.sort_order, i.name))
    return [IndicatorRow(i.id, i.name, i.focus_area_id, names.get(i.focus_area_id, ""), i.measure, i.direction,
                         i.target, i.yellow_limit, i.frequency, i.source, i.rollup, i.description,
                         counts.get(i.id, 0)) for i in indicators]


def save_indicator(session: Session, indicator_id: uuid.UUID | None, name: str, focus_area_id: uuid.UUID, *,
                   measure: str, direction: str, target: str, yellow_limit: str, frequency: str, source: str,
                   rollup: str, description: str = "",
                   unit_lineage_ids: list[uuid.UUID] | None = None) -> uuid.UUID:
    """Define a new indicator (``indicator_id`` None) or change one; a new one may not take the name of
    another, and a renamed one neither. With ``unit_lineage_ids`` the indicator is on exactly those
    units' målekart afterwards (a unit kept keeps its own ambition level)."""
    name = name.strip()
    area = session.get(FocusArea, focus_area_id)
    if area is None:
        raise ScorecardError("Fokusområdet finnes ikke lenger. Velg et annet.")
    same_name = session.scalar(select(Indicator).where(Indicator.municipality_id == municipality(session).id,
                                                       Indicator.name == name))
    if same_name is not None and same_name.id != indicator_id:
        raise ScorecardError(f"Det finnes allerede en indikator som heter «{name}». Velg den i listen og trykk "
                             "«Endre …», eller gi den nye et annet navn.")
    if indicator_id is not None:
        existing = session.get(Indicator, indicator_id)
        if existing is None:
            raise ScorecardError("Indikatoren finnes ikke lenger. Lukk vinduet og åpne det på nytt.")
        if existing.frequency != frequency and session.scalar(
                select(IndicatorValue.id).where(IndicatorValue.indicator_id == indicator_id).limit(1)) is not None:
            raise ScorecardError(f"«{existing.name}» har målte verdier per {_FREQ[existing.frequency]}, så "
                                 "hyppigheten kan ikke endres. Definer en ny indikator med den nye hyppigheten.")
        existing.name = name  # define_indicator finds it by its (new) name
    indicator = define_indicator(session, name, area.key, measure=measure.strip(), direction=direction,
                                 target=target, yellow_limit=yellow_limit, frequency=frequency, rollup=rollup,
                                 source=source, description=description)
    if unit_lineage_ids is not None:
        wanted = set(unit_lineage_ids)
        lines = {line.unit_lineage_id: line for line in session.scalars(
            select(UnitIndicator).where(UnitIndicator.indicator_id == indicator.id))}
        for lineage, line in lines.items():
            if lineage not in wanted:
                session.delete(line)
        for lineage in wanted - set(lines):
            session.add(UnitIndicator(id=uuid.uuid4(), indicator_id=indicator.id, unit_lineage_id=lineage))
        session.flush()
    return indicator.id


def indicator_units(session: Session, indicator_id: uuid.UUID) -> list[uuid.UUID]:
    """The units with the indicator on their målekart."""
    return list(session.scalars(select(UnitIndicator.unit_lineage_id).where(
        UnitIndicator.indicator_id == indicator_id)))


_FREQ = {"month": "måned", "tertial": "tertial", "year": "år"}


def remove_indicator(session: Session, indicator_id: uuid.UUID) -> None:
    """Remove an indicator with its units' lines and values."""
    indicator = session.get(Indicator, indicator_id)
    if indicator is not None:
        session.delete(indicator)
        session.flush()


def unit_choices(session: Session) -> list[UnitChoice]:
    """The units of the current org chart (result units first), by name."""
    version = current_version(session)
    if version is None:
        return []
    rows = session.execute(select(Unit.lineage_id, Unit.name, Unit.kind).where(Unit.org_version_id == version.id))
    out = [UnitChoice(lineage, name, kind == UnitKind.RESULT_UNIT) for lineage, name, kind in rows]
    out.sort(key=lambda u: (not u.result_unit, u.name.casefold()))
    return out


@dataclass(frozen=True)
class UnitScorecardLine:
    """A line of the dialog for a unit's målekart: on it or not, and the unit's own levels."""

    indicator_id: uuid.UUID
    name: str
    focus_area: str
    measure: str
    direction: str
    target: Decimal | None  # the municipality's
    yellow_limit: Decimal | None
    on: bool
    own_target: Decimal | None
    own_yellow_limit: Decimal | None


def unit_scorecard_definition(session: Session, unit_lineage_id: uuid.UUID) -> list[UnitScorecardLine]:
    mine = {line.indicator_id: line for line in session.scalars(
        select(UnitIndicator).where(UnitIndicator.unit_lineage_id == unit_lineage_id))}
    return [UnitScorecardLine(r.id, r.name, r.focus_area, r.measure, r.direction, r.target, r.yellow_limit,
                              r.id in mine, mine[r.id].target if r.id in mine else None,
                              mine[r.id].yellow_limit if r.id in mine else None)
            for r in indicator_rows(session)]


def save_unit_scorecard(session: Session, unit_lineage_id: uuid.UUID,
                        lines: dict[uuid.UUID, tuple[bool, str, str]]) -> int:
    """Which indicators the unit reports (``{indicator_id: (on, own target, own yellow limit)}``, an
    empty text for the municipality's level); an indicator taken off keeps the values measured.
    Returns the number of indicators on the unit's målekart."""
    count = 0
    for indicator_id, (on, target, yellow) in lines.items():
        if on:
            set_unit_indicator(session, indicator_id, unit_lineage_id, target=target.strip() or None,
                               yellow_limit=yellow.strip() or None)
            count += 1
            continue
        line = session.scalar(select(UnitIndicator).where(UnitIndicator.indicator_id == indicator_id,
                                                          UnitIndicator.unit_lineage_id == unit_lineage_id))
        if line is not None:
            session.delete(line)
    session.flush()
    return count


@dataclass(frozen=True)
class GridCell:
    value: Decimal | None
    comment: str
    entered_by: str
    entered_at: datetime | None
    colour: str


@dataclass(frozen=True)
class GridRow:
    unit_lineage_id: uuid.UUID
    unit: str
    cells: list[GridCell]


@dataclass(frozen=True)
class ValueGrid:
    """One indicator's values for a year: a row per unit, a column per period."""

    indicator_id: uuid.UUID
    name: str
    measure: str
    frequency: str
    year: int
    periods: list[int]
    labels: list[str]
    rows: list[GridRow]


def periods_of(frequency: str) -> list[int]:
    return {"month": list(range(1, 13)), "tertial": [1, 2, 3], "year": [0]}[frequency]


def value_grid(session: Session, indicator_id: uuid.UUID, year: int) -> ValueGrid:
    """The units on the indicator's målekart (or with a value in ``year``) × the year's periods."""
    ind = session.get(Indicator, indicator_id)
    if ind is None:
        raise ScorecardError("Indikatoren finnes ikke lenger. Velg en annen.")
    periods = periods_of(ind.frequency)
    lines = {line.unit_lineage_id: line for line in session.scalars(
        select(UnitIndicator).where(UnitIndicator.indicator_id == indicator_id))}
    stored = {(v.unit_lineage_id, v.period): v for v in session.scalars(
        select(IndicatorValue).where(IndicatorValue.indicator_id == indicator_id, IndicatorValue.year == year))}
    names = {u.lineage_id: u.name for u in unit_choices(session)}
    lineages = [lin for lin in {*lines, *(k[0] for k in stored)} if lin in names]
    lineages.sort(key=lambda lin: names[lin].casefold())
    rows = []
    for lineage in lineages:
        line = lines.get(lineage)
        target = ind.target if line is None or line.target is None else line.target
        yellow = ind.yellow_limit if line is None or line.yellow_limit is None else line.yellow_limit
        cells = []
        for p in periods:
            v = stored.get((lineage, p))
            cells.append(GridCell(None, "", "", None, "none") if v is None else
                         GridCell(v.value, v.comment, v.entered_by, v.entered_at,
                                  colour(v.value, ind.direction, target, yellow)))
        rows.append(GridRow(lineage, names[lineage], cells))
    return ValueGrid(ind.id, ind.name, ind.measure, ind.frequency, year, periods,
                     [period_label(ind.frequency, year, p) for p in periods], rows)


@dataclass(frozen=True)
class StoredValue:
    """A value as it was before an edit (for undo): ``None`` when there was none."""

    value: Decimal
    comment: str


def stored_value(session: Session, indicator_id: uuid.UUID, unit_lineage_id: uuid.UUID, year: int,
                 period: int) -> StoredValue | None:
    row = session.scalar(select(IndicatorValue).where(
        IndicatorValue.indicator_id == indicator_id, IndicatorValue.unit_lineage_id == unit_lineage_id,
        IndicatorValue.year == year, IndicatorValue.period == period))
    return None if row is None else StoredValue(row.value, row.comment)


def put_value(session: Session, indicator_id: uuid.UUID, unit_lineage_id: uuid.UUID, year: int, period: int,
              value: str | Decimal | None, comment: str = "", meeting_id: uuid.UUID | None = None) -> bool:
    """Enter a value (or remove it: ``value`` None or empty). ``True`` when a value is stored."""
    if value is None or (isinstance(value, str) and not value.strip()):
        row = session.scalar(select(IndicatorValue).where(
            IndicatorValue.indicator_id == indicator_id, IndicatorValue.unit_lineage_id == unit_lineage_id,
            IndicatorValue.year == year, IndicatorValue.period == period))
        if row is not None:
            session.delete(row)
            session.flush()
        return False
    enter_value(session, indicator_id, unit_lineage_id, year, period, value, comment=comment.strip(),
                meeting_id=meeting_id)
    return True


@dataclass(frozen=True)
class DueValue:
    """A value due in a month's meeting: the indicator's period that ends in the month, with the
    last period's value beside it."""

    indicator_id: uuid.UUID
    name: str
    measure: str
    direction: str
    target: Decimal | None
    yellow_limit: Decimal | None
    year: int
    period: int
    label: str
    value: Decimal | None
    comment: str
    colour: str
    previous_label: str
    previous: Decimal | None
    previous_colour: str


def _due_period(frequency: str, year: int, month: int) -> tuple[int, int, int, int] | None:
    """(year, period, previous year, previous period) of the period ending in ``month``, if one does."""
    if frequency == "month":
        return (year, month, *((year, month - 1) if month > 1 else (year - 1, 12)))
    if frequency == "tertial":
        if month % 4:
            return None
        t = month // 4
        return (year, t, *((year, t - 1) if t > 1 else (year - 1, 3)))
    return (year, 0, year - 1, 0) if month == 12 else None


def due_values(session: Session, meeting_id: uuid.UUID) -> list[DueValue]:
    """The values the unit reports in this meeting: each indicator on its målekart whose period ends in
    the meeting's month."""
    meeting = session.get(Meeting, meeting_id)
    if meeting is None:
        raise ScorecardError("Møtet finnes ikke lenger. Last inn oversikten på nytt.")
    lineage = meeting.unit_lineage_id
    if lineage is None:  # a note without a unit has no målekart
        return []
    lines = {line.indicator_id: line for line in session.scalars(
        select(UnitIndicator).where(UnitIndicator.unit_lineage_id == lineage))}
    out: list[DueValue] = []
    for row in indicator_rows(session):
        if row.id not in lines:
            continue
        due = _due_period(row.frequency, meeting.year, meeting.month)
        if due is None:
            continue
        year, period, prev_year, prev_period = due
        line = lines[row.id]
        target = row.target if line.target is None else line.target
        yellow = row.yellow_limit if line.yellow_limit is None else line.yellow_limit
        now = stored_value(session, row.id, lineage, year, period)
        before = stored_value(session, row.id, lineage, prev_year, prev_period)
        value = now.value if now else None
        previous = before.value if before else None
        out.append(DueValue(row.id, row.name, row.measure, row.direction, target, yellow, year, period,
                            period_label(row.frequency, year, period), value, now.comment if now else "",
                            colour(value, row.direction, target, yellow),
                            period_label(row.frequency, prev_year, prev_period), previous,
                            colour(previous, row.direction, target, yellow)))
    return out


def check_value_text(text: str) -> Decimal:
    """A value typed in a cell, or the user's message why it is not one."""
    return parse_number(text)


FREQUENCY_KEYS = FREQUENCIES


@dataclass(frozen=True)
class ImportPreview:
    """The first rows of a file, and what an import would do (or every problem that stops it)."""

    file_name: str
    rows: list[list[str]]
    values: int
    indicators: list[str]
    problems: list[str]
    message: str


def preview_import(session: Session, path: str, *, indicator: str | None = None, period: str | None = None,
                   rows: int = 15) -> ImportPreview:
    """Read the file and try the import in a savepoint that is rolled back: nothing is stored."""
    from pathlib import Path

    from app.io import read_table
    from app.scorecard.importer import ValueImportError, import_values

    table = read_table(Path(path))
    shown = [["" if c is None else str(c) for c in row] for row in table.rows[:rows]]
    nested = session.begin_nested()
    try:
        result = import_values(session, Path(path), indicator=indicator, period=period)
    except ValueImportError as err:
        nested.rollback()
        return ImportPreview(table.file_name, shown, 0, [], list(err.problems) or [str(err)], str(err))
    nested.rollback()
    return ImportPreview(table.file_name, shown, result.values, list(result.indicators), [], "")


def import_file(session: Session, path: str, *, indicator: str | None = None, period: str | None = None) -> int:
    """Import every value of the file, or none (the importer's error names every problem)."""
    from pathlib import Path

    from app.scorecard.importer import import_values

    return import_values(session, Path(path), indicator=indicator, period=period).values


@dataclass(frozen=True)
class GoalLink:
    """An agreement goal's place in the målekart, and what its «Indikator» column shows."""

    goal_id: uuid.UUID
    focus_area_id: uuid.UUID | None
    indicator_id: uuid.UUID | None
    target: Decimal | None
    municipal_goal_id: uuid.UUID | None
    linked_text: str  # «Sykefravær ≤ 7 %» without the free text; "" when not linked to an indicator
    text: str  # the column's whole text


def goal_links(session: Session, goal_ids: list[uuid.UUID]) -> dict[uuid.UUID, GoalLink]:
    from app.scorecard.model import goal_indicator_text
    from db.models import Goal

    out: dict[uuid.UUID, GoalLink] = {}
    for goal in session.scalars(select(Goal).where(Goal.id.in_(goal_ids))) if goal_ids else []:
        linked = ""
        indicator = session.get(Indicator, goal.indicator_id) if goal.indicator_id is not None else None
        if indicator is not None:
            target = goal.indicator_target if goal.indicator_target is not None else indicator.target
            sign = "≤" if indicator.direction == "lower" else "≥"
            linked = indicator.name if target is None else \
                f"{indicator.name} {sign} {format_number(target, indicator.measure)}"
        out[goal.id] = GoalLink(goal.id, goal.focus_area_id, goal.indicator_id, goal.indicator_target,
                                goal.municipal_goal_id, linked, goal_indicator_text(session, goal))
    return out


@dataclass(frozen=True)
class LinkChoices:
    focus_areas: list[FocusAreaRow]
    indicators: list[IndicatorRow]
    municipal_goals: list[tuple[uuid.UUID, uuid.UUID, str]]  # (id, focus area id, text)


def link_choices(session: Session) -> LinkChoices:
    from db.models import MunicipalGoal

    areas = focus_areas(session)
    goals = [(g.id, g.focus_area_id, g.text) for g in session.scalars(
        select(MunicipalGoal).where(MunicipalGoal.focus_area_id.in_([a.id for a in areas]))
        .order_by(MunicipalGoal.sort_order))]
    return LinkChoices(areas, indicator_rows(session), goals)


def set_goal_link(session: Session, goal_id: uuid.UUID, focus_area_id: uuid.UUID | None,
                  indicator_id: uuid.UUID | None, target: str | Decimal | None,
                  municipal_goal_id: uuid.UUID | None) -> None:
    """Link an agreement goal to a focus area, an indicator with its target, and the municipal goal
    it serves (each may be None); the goal's free text stays."""
    from app.scorecard.model import link_goal

    link_goal(session, goal_id, focus_area_id=focus_area_id, indicator_id=indicator_id,
              target=None if target in (None, "") else target, municipal_goal_id=municipal_goal_id)
