"""Agreement templates, agreements, their goals and the assessments of each goal."""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, Numeric, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.base import Entity
from db.models.enums import AgreementKind, AgreementStatus, Assessor, UnitKind, enum_column
from db.models.org import Person, Unit


class AgreementTemplate(Entity):
    """One version of a template in one language; ``definition`` holds its structure."""

    __tablename__ = "agreement_template"
    __table_args__ = (UniqueConstraint("key", "language", "template_version"),)

    key: Mapped[str] = mapped_column(String(100))  # e.g. "statskonsult_resultatavtale"
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[AgreementKind] = mapped_column(enum_column(AgreementKind))
    language: Mapped[str] = mapped_column(String(5))  # nb | nn
    template_version: Mapped[int] = mapped_column(default=1)
    is_builtin: Mapped[bool] = mapped_column(default=False)
    based_on_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("agreement_template.id", ondelete="SET NULL"))
    definition: Mapped[dict[str, Any]] = mapped_column(default=dict)


class Agreement(Entity):
    __tablename__ = "agreement"
    __table_args__ = (
        CheckConstraint("period_end >= period_start", name="period_in_order"),
        Index("ix_agreement_unit", "unit_id"),
        Index("ix_agreement_period", "period_start", "period_end"),
    )

    template_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("agreement_template.id", ondelete="RESTRICT"))
    unit_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("unit.id", ondelete="SET NULL"))
    unit_lineage_id: Mapped[uuid.UUID | None]  # follows the unit across org versions
    leader_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"))
    superior_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"))
    kind: Mapped[AgreementKind] = mapped_column(enum_column(AgreementKind))
    title: Mapped[str] = mapped_column(String(300))
    period_start: Mapped[date] = mapped_column(Date)
    period_end: Mapped[date] = mapped_column(Date)
    status: Mapped[AgreementStatus] = mapped_column(enum_column(AgreementStatus), default=AgreementStatus.DRAFT)
    confidential: Mapped[bool] = mapped_column(default=True)
    revision: Mapped[int] = mapped_column(default=1)
    revision_of_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("agreement.id", ondelete="SET NULL"))
    previous_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("agreement.id", ondelete="SET NULL"))
    linked_agreement_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("agreement.id", ondelete="SET NULL"))
    values: Mapped[dict[str, Any]] = mapped_column(default=dict)  # filled-in template fields
    signed_place: Mapped[str] = mapped_column(String(100), default="")
    signed_by_leader_on: Mapped[date | None] = mapped_column(Date)
    signed_by_superior_on: Mapped[date | None] = mapped_column(Date)
    evaluation_summary: Mapped[str] = mapped_column(Text, default="")

    template: Mapped[AgreementTemplate] = relationship()
    unit: Mapped[Unit | None] = relationship()
    leader: Mapped[Person | None] = relationship(foreign_keys=[leader_id])
    superior: Mapped[Person | None] = relationship(foreign_keys=[superior_id])
    goals: Mapped[list[Goal]] = relationship(
        back_populates="agreement", cascade="all, delete-orphan", passive_deletes=True, order_by="Goal.sort_order"
    )


class CommonRequirement(Entity):
    """Generelle krav: a goal written once for all leaders (or one kind of unit) in a period."""

    __tablename__ = "common_requirement"

    period_start: Mapped[date] = mapped_column(Date)
    period_end: Mapped[date] = mapped_column(Date)
    unit_kind: Mapped[UnitKind | None] = mapped_column(enum_column(UnitKind))  # None: every leader
    category: Mapped[str] = mapped_column(String(100))
    text: Mapped[str] = mapped_column(Text)
    indicator: Mapped[str] = mapped_column(Text, default="")
    evaluation: Mapped[str] = mapped_column(Text, default="")
    sort_order: Mapped[int] = mapped_column(default=0)


class Goal(Entity):
    __tablename__ = "goal"
    __table_args__ = (Index("ix_goal_agreement", "agreement_id"),)

    agreement_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("agreement.id", ondelete="CASCADE"))
    category: Mapped[str] = mapped_column(String(100))  # a category key of the template
    number: Mapped[str] = mapped_column(String(20), default="")
    text: Mapped[str] = mapped_column(Text)
    indicator: Mapped[str] = mapped_column(Text, default="")
    evaluation: Mapped[str] = mapped_column(Text, default="")
    deadline: Mapped[date | None] = mapped_column(Date)
    sub_goals: Mapped[list[Any]] = mapped_column(default=list)  # [{"text", "indicator", "deadline"}]
    sort_order: Mapped[int] = mapped_column(default=0)
    common_requirement_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("common_requirement.id", ondelete="SET NULL")
    )
    carried_from_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("goal.id", ondelete="SET NULL"))
    # The målekart (issue 19): the focus area the goal belongs to, the indicator that measures it
    # with the goal's own target, and the municipal goal it serves (the cascade).
    focus_area_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("focus_area.id", ondelete="SET NULL"))
    indicator_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("indicator.id", ondelete="SET NULL"))
    indicator_target: Mapped[Decimal | None] = mapped_column(Numeric(14, 4))
    municipal_goal_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("municipal_goal.id", ondelete="SET NULL"))

    agreement: Mapped[Agreement] = relationship(back_populates="goals")
    assessments: Mapped[list[Assessment]] = relationship(
        back_populates="goal", cascade="all, delete-orphan", passive_deletes=True
    )


class Assessment(Entity):
    """Self-assessment or the superior's assessment of one goal on the 3-point scale."""

    __tablename__ = "assessment"
    __table_args__ = (
        UniqueConstraint("goal_id", "assessor"),
        CheckConstraint("scale IS NULL OR scale BETWEEN 1 AND 3", name="scale_1_to_3"),
    )

    goal_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("goal.id", ondelete="CASCADE"))
    assessor: Mapped[Assessor] = mapped_column(enum_column(Assessor))
    scale: Mapped[int | None]  # 1 liten grad, 2 tilfredsstillende, 3 stor grad
    comment: Mapped[str] = mapped_column(Text, default="")
    assessed_on: Mapped[date | None] = mapped_column(Date)

    goal: Mapped[Goal] = relationship(back_populates="assessments")
