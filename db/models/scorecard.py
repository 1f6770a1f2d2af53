"""Målekart (scorecards): focus areas, the municipality's goals and critical success factors,
indicators with their ambition level and colour limits, the units' målekart, measured values,
the monthly year-end forecast of a meeting and the rådmann's yearly plan (tables A-E).

Units are referred to by their lineage (``unit_lineage_id``), so a value follows its unit across
org versions, as agreements and meetings do.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import BigInteger, CheckConstraint, Date, ForeignKey, Index, Numeric, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.base import Entity

DIRECTIONS = ("higher", "lower")
FREQUENCIES = ("month", "tertial", "year")
SOURCES = ("entered", "imported", "budget_deviation", "sickness_absence", "meetings_held", "agreements_signed")
ROLLUPS = ("sum", "average", "weighted_fte", "none")
MUNICIPAL_GOAL_KINDS = ("goal", "success_factor")


def _in(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


class FocusArea(Entity):
    """A focus area of the municipality's målekart (livskvalitet, brukere, medarbeidere, økonomi)."""

    __tablename__ = "focus_area"
    __table_args__ = (UniqueConstraint("municipality_id", "key"),)

    municipality_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("municipality.id", ondelete="CASCADE"))
    key: Mapped[str] = mapped_column(String(40))
    name_nb: Mapped[str] = mapped_column(String(200))
    name_nn: Mapped[str] = mapped_column(String(200), default="")
    sort_order: Mapped[int] = mapped_column(default=0)


class MunicipalGoal(Entity):
    """The municipality's goal or critical success factor under a focus area (kind)."""

    __tablename__ = "municipal_goal"
    __table_args__ = (
        CheckConstraint(_in("kind", MUNICIPAL_GOAL_KINDS), name="kind_known"),
        Index("ix_municipal_goal_focus_area", "focus_area_id"),
    )

    focus_area_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("focus_area.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(16), default="goal")
    text: Mapped[str] = mapped_column(Text)
    sort_order: Mapped[int] = mapped_column(default=0)

    focus_area: Mapped[FocusArea] = relationship()


class Indicator(Entity):
    """A measured indicator: ``target`` is the ambition level (the green limit); a value on the
    wrong side of it but within ``yellow_limit`` is yellow, beyond it red."""

    __tablename__ = "indicator"
    __table_args__ = (
        UniqueConstraint("municipality_id", "name"),
        CheckConstraint(_in("direction", DIRECTIONS), name="direction_known"),
        CheckConstraint(_in("frequency", FREQUENCIES), name="frequency_known"),
        CheckConstraint(_in("source", SOURCES), name="source_known"),
        CheckConstraint(_in("rollup", ROLLUPS), name="rollup_known"),
    )

    municipality_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("municipality.id", ondelete="CASCADE"))
    focus_area_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("focus_area.id", ondelete="RESTRICT"))
    success_factor_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("municipal_goal.id", ondelete="SET NULL"))
    name: Mapped[str] = mapped_column(String(200))
    measure: Mapped[str] = mapped_column(String(40), default="")  # «%», «skår 1-6», «antall»
    direction: Mapped[str] = mapped_column(String(8), default="higher")
    target: Mapped[Decimal | None] = mapped_column(Numeric(14, 4))
    yellow_limit: Mapped[Decimal | None] = mapped_column(Numeric(14, 4))
    frequency: Mapped[str] = mapped_column(String(8), default="tertial")
    source: Mapped[str] = mapped_column(String(20), default="entered")
    rollup: Mapped[str] = mapped_column(String(16), default="average")
    description: Mapped[str] = mapped_column(Text, default="")
    sort_order: Mapped[int] = mapped_column(default=0)

    focus_area: Mapped[FocusArea] = relationship()


class UnitIndicator(Entity):
    """A line of a unit's målekart: the unit reports this indicator, with its own ambition level
    and yellow limit where they differ from the municipality's (None: the indicator's)."""

    __tablename__ = "unit_indicator"
    __table_args__ = (UniqueConstraint("indicator_id", "unit_lineage_id"),)

    indicator_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("indicator.id", ondelete="CASCADE"))
    unit_lineage_id: Mapped[uuid.UUID]
    target: Mapped[Decimal | None] = mapped_column(Numeric(14, 4))
    yellow_limit: Mapped[Decimal | None] = mapped_column(Numeric(14, 4))

    indicator: Mapped[Indicator] = relationship()


class IndicatorValue(Entity):
    """A measured value of an indicator for a unit and period.

    ``period`` is the month (1-12) for monthly indicators, the tertial (1-3) for tertial ones and
    0 for yearly ones (the indicator's frequency says which).
    """

    __tablename__ = "indicator_value"
    __table_args__ = (
        UniqueConstraint("indicator_id", "unit_lineage_id", "year", "period"),
        CheckConstraint("period BETWEEN 0 AND 12", name="period_0_to_12"),
        CheckConstraint(_in("source", ("entered", "imported", "computed")), name="source_known"),
        Index("ix_indicator_value_year", "year", "indicator_id", "unit_lineage_id", "period", "value"),
        Index("ix_indicator_value_unit", "unit_lineage_id"),
    )

    indicator_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("indicator.id", ondelete="CASCADE"))
    unit_lineage_id: Mapped[uuid.UUID]
    year: Mapped[int]
    period: Mapped[int]
    value: Mapped[Decimal] = mapped_column(Numeric(14, 4))
    comment: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[str] = mapped_column(String(10), default="entered")
    entered_by: Mapped[str] = mapped_column(String(100), default="")
    entered_at: Mapped[datetime | None]
    meeting_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("meeting.id", ondelete="SET NULL"))


class Forecast(Entity):
    """The unit leader's årsprognose in a monthly meeting: the expected deviation at year end
    (øre, positive = merforbruk) and the reason."""

    __tablename__ = "forecast"
    __table_args__ = (UniqueConstraint("meeting_id"),)

    meeting_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"))
    deviation_ore: Mapped[int] = mapped_column(BigInteger)
    reason: Mapped[str] = mapped_column(Text, default="")


class YearlyPlan(Entity):
    """The rådmann's plan for a year (tables A-E), appended to a leader agreement with its own
    period; renewed each January without signing the agreement again.

    ``tables`` is ``{"A": [{"text", "municipal_goal_id"?, "deadline"?, "status"?}], ..., "E": [...]}``;
    ``evaluations`` the recorded conversations ``[{"date", "note"}]``.
    """

    __tablename__ = "yearly_plan"
    __table_args__ = (UniqueConstraint("agreement_id", "year"),)

    agreement_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("agreement.id", ondelete="CASCADE"))
    year: Mapped[int]
    period_start: Mapped[date] = mapped_column(Date)
    period_end: Mapped[date] = mapped_column(Date)
    tables: Mapped[dict[str, Any]] = mapped_column(default=dict)
    evaluations: Mapped[list[Any]] = mapped_column(default=list)
