"""Imported budget, accounts and forecast sets and their lines."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import BigInteger, CheckConstraint, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.base import Entity
from db.models.enums import BudgetKind, enum_column


class BudgetSet(Entity):
    __tablename__ = "budget_set"
    __table_args__ = (
        UniqueConstraint("name"),
        CheckConstraint("period_from BETWEEN 1 AND 12 AND period_to BETWEEN period_from AND 12", name="periods"),
    )

    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[BudgetKind] = mapped_column(enum_column(BudgetKind))
    year: Mapped[int]
    period_from: Mapped[int] = mapped_column(default=1)  # months covered
    period_to: Mapped[int] = mapped_column(default=12)
    source_file_name: Mapped[str] = mapped_column(String(500), default="")
    source_hash: Mapped[str] = mapped_column(String(64), default="")  # sha256 of the file
    imported_at: Mapped[datetime | None]
    imported_by: Mapped[str] = mapped_column(String(100), default="")
    description: Mapped[str] = mapped_column(Text, default="")

    lines: Mapped[list[BudgetLine]] = relationship(
        back_populates="budget_set", cascade="all, delete-orphan", passive_deletes=True
    )


class BudgetLine(Entity):
    """One amount keyed by the accounting dimensions. Money is integer øre, never float."""

    __tablename__ = "budget_line"
    __table_args__ = (
        CheckConstraint("period BETWEEN 0 AND 12", name="period_0_to_12"),  # 0: the whole year
        # Covering index: sums per ansvar (the pivot by unit) are read from the index alone,
        # 200,000 lines in ~0.1 s instead of a row lookup per line.
        Index("ix_budget_line_set_ansvar", "budget_set_id", "ansvar", "period", "amount_ore"),
    )

    budget_set_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("budget_set.id", ondelete="CASCADE"))
    ansvar: Mapped[str] = mapped_column(String(32))
    art: Mapped[str] = mapped_column(String(32))
    funksjon: Mapped[str] = mapped_column(String(32), default="")
    prosjekt: Mapped[str] = mapped_column(String(32), default="")
    period: Mapped[int] = mapped_column(default=0)
    amount_ore: Mapped[int] = mapped_column(BigInteger)
    text: Mapped[str] = mapped_column(Text, default="")

    budget_set: Mapped[BudgetSet] = relationship(back_populates="lines")
