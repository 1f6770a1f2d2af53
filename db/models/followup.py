"""Monthly follow-up meetings, goal status per meeting, and action items."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.base import Entity
from db.models.agreements import Goal
from db.models.enums import GoalStatus, MeetingStatus, enum_column
from db.models.org import Person, Unit


class Meeting(Entity):
    __tablename__ = "meeting"
    __table_args__ = (
        CheckConstraint("month BETWEEN 1 AND 12", name="month_1_to_12"),
        Index("ix_meeting_year_month", "year", "month"),
        Index("ix_meeting_unit_lineage", "unit_lineage_id"),
    )

    unit_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("unit.id", ondelete="SET NULL"))
    unit_lineage_id: Mapped[uuid.UUID | None]
    leader_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"))
    superior_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"))
    year: Mapped[int]
    month: Mapped[int]
    meeting_date: Mapped[date | None] = mapped_column(Date)
    status: Mapped[MeetingStatus] = mapped_column(enum_column(MeetingStatus), default=MeetingStatus.PLANNED)
    # agenda, leader_account, superior_view, budget_comment, other, needs, decisions
    sections: Mapped[dict[str, Any]] = mapped_column(default=dict)
    confidential: Mapped[bool] = mapped_column(default=True)
    approved_by_leader_on: Mapped[date | None] = mapped_column(Date)
    approved_by_superior_on: Mapped[date | None] = mapped_column(Date)
    locked: Mapped[bool] = mapped_column(default=False)

    unit: Mapped[Unit | None] = relationship()
    leader: Mapped[Person | None] = relationship(foreign_keys=[leader_id])
    superior: Mapped[Person | None] = relationship(foreign_keys=[superior_id])
    goal_statuses: Mapped[list[MeetingGoalStatus]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan", passive_deletes=True
    )
    action_items: Mapped[list[ActionItem]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan", passive_deletes=True,
        order_by="ActionItem.sort_order",
    )


class MeetingGoalStatus(Entity):
    __tablename__ = "meeting_goal_status"
    __table_args__ = (UniqueConstraint("meeting_id", "goal_id"),)

    meeting_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"))
    goal_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("goal.id", ondelete="CASCADE"))
    status: Mapped[GoalStatus] = mapped_column(enum_column(GoalStatus))
    comment: Mapped[str] = mapped_column(Text, default="")

    meeting: Mapped[Meeting] = relationship(back_populates="goal_statuses")
    goal: Mapped[Goal] = relationship()


class ActionItem(Entity):
    """Oppfølgingspunkt: carried into later meetings until ``done_on`` is set."""

    __tablename__ = "action_item"
    __table_args__ = (
        Index("ix_action_item_meeting", "meeting_id"),
        Index("ix_action_item_due", "due_date"),
        # «Is this the newest copy?» asks whether any row is carried from it.
        Index("ix_action_item_carried_from", "carried_from_id"),
        # The dashboard asks for open items by due date; most items are done, so done_on leads.
        Index("ix_action_item_open", "done_on", "due_date"),
    )

    meeting_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"))
    text: Mapped[str] = mapped_column(Text)
    owner_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"))
    owner_text: Mapped[str] = mapped_column(String(200), default="")
    due_date: Mapped[date | None] = mapped_column(Date)
    done_on: Mapped[date | None] = mapped_column(Date)
    carried_from_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("action_item.id", ondelete="SET NULL"))
    sort_order: Mapped[int] = mapped_column(default=0)

    meeting: Mapped[Meeting] = relationship(back_populates="action_items")
    owner: Mapped[Person | None] = relationship()
