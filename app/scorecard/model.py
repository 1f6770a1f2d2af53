"""Defining the målekart and entering its values.

Each function is one user action (the caller commits): define an indicator, put it on a unit's
målekart, enter or clear a value, link an agreement goal to a focus area and an indicator.
Numbers are :class:`~decimal.Decimal`; text numbers may use a decimal comma («9,1»).
"""

from __future__ import annotations

import getpass
import re
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import AppError
from app.org.queries import current_version
from db.models import FocusArea, Goal, Indicator, IndicatorValue, MunicipalGoal, Municipality, Unit, UnitIndicator
from db.models.scorecard import DIRECTIONS, FREQUENCIES, ROLLUPS, SOURCES

DEFAULT_FOCUS_AREAS = (
    ("livskvalitet", "Livskvalitet", "Livskvalitet"),
    ("brukere", "Brukere", "Brukarar"),
    ("medarbeidere", "Medarbeidere", "Medarbeidarar"),
    ("okonomi", "Økonomi", "Økonomi"),
)
DIRECTION_WORDS = {"higher": "høyere er bedre", "lower": "lavere er bedre"}
ROLLUP_WORDS = {"sum": "sum", "average": "gjennomsnitt", "weighted_fte": "vektet etter årsverk", "none": "ingen"}
FREQUENCY_WORDS = {"month": "måned", "tertial": "tertial", "year": "år"}


class ScorecardError(AppError):
    pass


def current_user() -> str:
    try:
        return getpass.getuser()[:100]
    except (KeyError, OSError):  # no user name in the environment
        return ""


def parse_number(text: object, what: str = "Verdien") -> Decimal:
    """A number from a cell or a field: ``9,1``, ``9.1``, ``9,1 %``, ``1 234,5``."""
    if isinstance(text, Decimal):
        return text
    if isinstance(text, int | float) and not isinstance(text, bool):
        return Decimal(str(text))
    cleaned = str(text).strip().replace("\u00a0", "").replace(" ", "").rstrip("%").replace(",", ".")
    try:
        number = Decimal(cleaned)
    except InvalidOperation:
        raise ScorecardError(f"{what} «{text}» er ikke et tall. Skriv et tall, for eksempel 9,1.") from None
    if not number.is_finite():
        raise ScorecardError(f"{what} «{text}» er ikke et tall. Skriv et tall, for eksempel 9,1.")
    return number


@dataclass(frozen=True)
class Period:
    """A span of months in a year: ``T2`` is May-August, ``2026-08`` August, ``None`` the whole year."""

    year: int
    first: int
    last: int
    label: str


_MONTH = re.compile(r"^(\d{4})-(\d{1,2})$")


def parse_period(year: int | None, text: str | None) -> Period:
    """``T1|T2|T3|YYYY-MM`` or nothing (the whole year) as a :class:`Period`."""
    if not text:
        if year is None:
            raise ScorecardError("Oppgi året (for eksempel 2026).")
        return Period(year, 1, 12, str(year))
    text = text.strip().upper()
    if text in ("T1", "T2", "T3"):
        if year is None:
            raise ScorecardError(f"Oppgi året for perioden {text}.")
        t = int(text[1])
        return Period(year, 4 * t - 3, 4 * t, text)
    match = _MONTH.match(text)
    if match and 1 <= int(match.group(2)) <= 12:
        y, m = int(match.group(1)), int(match.group(2))
        if year is not None and y != year:
            raise ScorecardError(f"Perioden {text} er ikke i året {year}. "
                                 f"Oppgi en måned i {year}, eller T1, T2 eller T3.")
        return Period(y, m, m, f"{y}-{m:02d}")
    raise ScorecardError(f"Perioden «{text}» er ukjent. Skriv T1, T2, T3 eller en måned som 2026-08.")


def end_month(frequency: str, period: int) -> int:
    """The month a stored period ends in: a month itself, tertial t in month 4t, a year in December."""
    if frequency == "month":
        return period
    if frequency == "tertial":
        return 4 * period
    return 12


def period_for_month(frequency: str, month: int) -> int:
    """The stored period of an indicator that a month falls in."""
    if frequency == "month":
        return month
    if frequency == "tertial":
        return (month - 1) // 4 + 1
    return 0


def period_label(frequency: str, year: int, period: int) -> str:
    if frequency == "month":
        return f"{year}-{period:02d}"
    if frequency == "tertial":
        return f"T{period} {year}"
    return str(year)


def municipality(session: Session) -> Municipality:
    found = session.scalar(select(Municipality).limit(1))
    if found is None:
        raise ScorecardError("Databasen har ingen kommune ennå. Lag organisasjonen først (eller åpne demoen).")
    return found


def ensure_focus_areas(session: Session) -> list[FocusArea]:
    """The municipality's focus areas in order, made from the four defaults the first time."""
    muni = municipality(session)
    areas = list(session.scalars(select(FocusArea).where(FocusArea.municipality_id == muni.id)
                                 .order_by(FocusArea.sort_order, FocusArea.name_nb)))
    if areas:
        return areas
    for i, (key, nb, nn) in enumerate(DEFAULT_FOCUS_AREAS):
        area = FocusArea(id=uuid.uuid4(), municipality_id=muni.id, key=key, name_nb=nb, name_nn=nn, sort_order=i)
        session.add(area)
        areas.append(area)
    session.flush()
    return areas


def focus_area(session: Session, name_or_key: str) -> FocusArea:
    wanted = name_or_key.strip().casefold()
    for area in ensure_focus_areas(session):
        if wanted in (area.key.casefold(), area.name_nb.casefold(), area.name_nn.casefold()):
            return area
    names = ", ".join(a.name_nb for a in ensure_focus_areas(session))
    raise ScorecardError(f"Fokusområdet «{name_or_key}» finnes ikke. Velg et av disse: {names}.")


def add_municipal_goal(session: Session, focus_area_name: str, text: str, kind: str = "goal") -> MunicipalGoal:
    """A municipal goal (``kind="goal"``) or critical success factor (``"success_factor"``)."""
    area = focus_area(session, focus_area_name)
    goal = MunicipalGoal(id=uuid.uuid4(), focus_area_id=area.id, kind=kind, text=text.strip())
    session.add(goal)
    session.flush()
    return goal


def indicator_by_name(session: Session, name: str) -> Indicator:
    muni = municipality(session)
    found = session.scalar(select(Indicator).where(Indicator.municipality_id == muni.id,
                                                   Indicator.name == name.strip()))
    if found is None:
        for candidate in session.scalars(select(Indicator).where(Indicator.municipality_id == muni.id)):
            if candidate.name.casefold() == name.strip().casefold():
                return candidate
        raise ScorecardError(f"Indikatoren «{name}» finnes ikke i målekartet. Sjekk navnet, eller definer den først.")
    return found


def define_indicator(session: Session, name: str, focus_area_name: str, *, measure: str = "",
                     direction: str = "higher", target: Decimal | str | None = None,
                     yellow_limit: Decimal | str | None = None, frequency: str = "tertial",
                     rollup: str = "average", source: str = "entered", description: str = "",
                     success_factor_id: uuid.UUID | None = None) -> Indicator:
    """Define a new indicator, or change the one with this name.

    ``direction`` ``higher``/``lower``; ``frequency`` ``month``/``tertial``/``year``; ``rollup``
    ``sum``/``average``/``weighted_fte``/``none``. The yellow limit must lie on the wrong side of
    the target («lower is better, target 7, yellow to 8,5»).
    """
    name = name.strip()
    if not name:
        raise ScorecardError("Indikatoren må ha et navn.")
    for value, allowed, what in ((direction, DIRECTIONS, "Retningen"), (frequency, FREQUENCIES, "Hyppigheten"),
                                 (rollup, ROLLUPS, "Sammenstillingen"), (source, SOURCES, "Kilden")):
        if value not in allowed:
            raise ScorecardError(f"{what} «{value}» er ukjent. Velg en av: {', '.join(allowed)}.")
    target_n = None if target in (None, "") else parse_number(target, "Ambisjonsnivået")
    yellow_n = None if yellow_limit in (None, "") else parse_number(yellow_limit, "Grensen for gult")
    _check_limits(name, direction, target_n, yellow_n)
    area = focus_area(session, focus_area_name)
    muni = municipality(session)
    existing = session.scalar(select(Indicator).where(Indicator.municipality_id == muni.id, Indicator.name == name))
    if existing is not None and existing.frequency != frequency and session.scalar(
            select(IndicatorValue.id).where(IndicatorValue.indicator_id == existing.id).limit(1)) is not None:
        raise ScorecardError(f"«{name}» har allerede verdier per {FREQUENCY_WORDS[existing.frequency]}, så "
                             "hyppigheten kan ikke endres. Lag en ny indikator med et annet navn.")
    indicator = existing or Indicator(id=uuid.uuid4(), municipality_id=muni.id, name=name)
    indicator.focus_area_id = area.id
    indicator.measure = measure
    indicator.direction = direction
    indicator.target = target_n
    indicator.yellow_limit = yellow_n
    indicator.frequency = frequency
    indicator.rollup = rollup
    indicator.source = source
    indicator.description = description
    indicator.success_factor_id = success_factor_id
    if existing is None:
        count = len(list(session.scalars(select(Indicator.id).where(Indicator.municipality_id == muni.id))))
        indicator.sort_order = count
        session.add(indicator)
    session.flush()
    return indicator


def _check_limits(name: str, direction: str, target: Decimal | None, yellow: Decimal | None) -> None:
    if target is None or yellow is None:
        return
    if direction == "lower" and yellow < target:
        raise ScorecardError(f"For «{name}» er lavere bedre, så grensen for gult ({yellow}) må være høyere enn "
                             f"ambisjonsnivået ({target}).")
    if direction == "higher" and yellow > target:
        raise ScorecardError(f"For «{name}» er høyere bedre, så grensen for gult ({yellow}) må være lavere enn "
                             f"ambisjonsnivået ({target}).")


def current_unit(session: Session, name_or_code: str) -> Unit:
    """A unit of the current org chart by name, short name or code (case does not matter)."""
    version = current_version(session)
    if version is None:
        raise ScorecardError("Det finnes ikke noe gjeldende organisasjonskart.")
    wanted = name_or_code.strip().casefold()
    units = list(session.scalars(select(Unit).where(Unit.org_version_id == version.id)))
    for unit in units:
        if wanted in (unit.name.casefold(), unit.short_name.casefold(), unit.code.casefold()):
            return unit
    raise ScorecardError(f"Enheten «{name_or_code}» finnes ikke i gjeldende organisasjonskart. Sjekk navnet.")


def set_unit_indicator(session: Session, indicator_id: uuid.UUID, unit_lineage_id: uuid.UUID, *,
                       target: Decimal | str | None = None,
                       yellow_limit: Decimal | str | None = None) -> UnitIndicator:
    """Put the indicator on a unit's målekart, with the unit's own ambition level where it differs."""
    indicator = session.get_one(Indicator, indicator_id)
    target_n = None if target in (None, "") else parse_number(target, "Ambisjonsnivået")
    yellow_n = None if yellow_limit in (None, "") else parse_number(yellow_limit, "Grensen for gult")
    _check_limits(indicator.name, indicator.direction, target_n if target_n is not None else indicator.target,
                  yellow_n if yellow_n is not None else indicator.yellow_limit)
    line = session.scalar(select(UnitIndicator).where(UnitIndicator.indicator_id == indicator_id,
                                                      UnitIndicator.unit_lineage_id == unit_lineage_id))
    if line is None:
        line = UnitIndicator(id=uuid.uuid4(), indicator_id=indicator_id, unit_lineage_id=unit_lineage_id)
        session.add(line)
    line.target = target_n
    line.yellow_limit = yellow_n
    session.flush()
    return line


def check_period(indicator: Indicator, period: int) -> None:
    limits = {"month": (1, 12), "tertial": (1, 3), "year": (0, 0)}[indicator.frequency]
    if not limits[0] <= period <= limits[1]:
        word = {"month": "en måned 1-12", "tertial": "et tertial 1-3", "year": "hele året (0)"}[indicator.frequency]
        raise ScorecardError(f"«{indicator.name}» måles per {FREQUENCY_WORDS[indicator.frequency]}, så perioden må "
                             f"være {word}, ikke {period}.")


def enter_value(session: Session, indicator_id: uuid.UUID, unit_lineage_id: uuid.UUID, year: int, period: int,
                value: Decimal | str, *, comment: str = "", user: str | None = None,
                meeting_id: uuid.UUID | None = None, source: str = "entered") -> IndicatorValue:
    """Enter (or correct) a unit's value of an indicator for a period; the unit gets the indicator on
    its målekart if it did not have it. ``period`` as :func:`period_for_month` gives it."""
    indicator = session.get_one(Indicator, indicator_id)
    check_period(indicator, period)
    number = parse_number(value)
    row = session.scalar(select(IndicatorValue).where(
        IndicatorValue.indicator_id == indicator_id, IndicatorValue.unit_lineage_id == unit_lineage_id,
        IndicatorValue.year == year, IndicatorValue.period == period))
    if row is None:
        row = IndicatorValue(id=uuid.uuid4(), indicator_id=indicator_id, unit_lineage_id=unit_lineage_id,
                             year=year, period=period)
        session.add(row)
    row.value = number
    row.comment = comment
    row.source = source
    row.entered_by = (current_user() if user is None else user)[:100]
    row.entered_at = datetime.now(UTC)
    if meeting_id is not None:
        row.meeting_id = meeting_id
    if session.scalar(select(UnitIndicator.id).where(UnitIndicator.indicator_id == indicator_id,
                                                     UnitIndicator.unit_lineage_id == unit_lineage_id)) is None:
        session.add(UnitIndicator(id=uuid.uuid4(), indicator_id=indicator_id, unit_lineage_id=unit_lineage_id))
    session.flush()
    return row


def clear_value(session: Session, indicator_id: uuid.UUID, unit_lineage_id: uuid.UUID, year: int,
                period: int) -> bool:
    """Remove a value (the undo of a first entry); ``False`` when there was none."""
    row = session.scalar(select(IndicatorValue).where(
        IndicatorValue.indicator_id == indicator_id, IndicatorValue.unit_lineage_id == unit_lineage_id,
        IndicatorValue.year == year, IndicatorValue.period == period))
    if row is None:
        return False
    session.delete(row)
    session.flush()
    return True


def link_goal(session: Session, goal_id: uuid.UUID, *, focus_area_id: uuid.UUID | None,
              indicator_id: uuid.UUID | None = None, target: Decimal | str | None = None,
              municipal_goal_id: uuid.UUID | None = None) -> Goal:
    """Link an agreement goal to a focus area, optionally to an indicator with the goal's target,
    and to the municipal goal it serves. The goal's free-text «indikator» stays as it is."""
    goal = session.get_one(Goal, goal_id)
    if indicator_id is not None and focus_area_id is None:
        focus_area_id = session.get_one(Indicator, indicator_id).focus_area_id
    goal.focus_area_id = focus_area_id
    goal.indicator_id = indicator_id
    goal.indicator_target = None if target in (None, "") else parse_number(target, "Ambisjonsnivået")
    goal.municipal_goal_id = municipal_goal_id
    session.flush()
    return goal


def format_number(value: Decimal | None, measure: str = "") -> str:
    """«9,1 %», «4,8»: the Norwegian way, without trailing zeros."""
    if value is None:
        return "–"
    text = f"{value.quantize(Decimal('0.01')):f}".rstrip("0").rstrip(".").replace(".", ",").replace("-", "−")
    return f"{text} %" if measure == "%" else (f"{text} {measure}" if measure and measure != "skår" else text)


def goal_indicator_text(session: Session, goal: Goal) -> str:
    """What the «Indikator» column shows: the linked indicator with its ambition level (the goal's
    own target first, else the indicator's), then any free text; the free text alone otherwise."""
    if goal.indicator_id is None:
        return goal.indicator
    indicator = session.get_one(Indicator, goal.indicator_id)
    target = goal.indicator_target if goal.indicator_target is not None else indicator.target
    sign = "≤" if indicator.direction == "lower" else "≥"
    text = indicator.name if target is None else f"{indicator.name} {sign} {format_number(target, indicator.measure)}"
    return f"{text} – {goal.indicator}" if goal.indicator.strip() else text
