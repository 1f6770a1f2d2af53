"""The municipality, its organisation versions, units, people and the overlays."""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, LargeBinary, Numeric, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.base import Entity
from db.models.enums import OrgVersionStatus, PositionRole, UnitKind, YearType, enum_column


class Municipality(Entity):
    __tablename__ = "municipality"

    name: Mapped[str] = mapped_column(String(200))
    number: Mapped[str | None] = mapped_column(String(4))  # kommunenummer, text: leading zeros
    county: Mapped[str | None] = mapped_column(String(200))
    inhabitants: Mapped[int | None]
    logo_png: Mapped[bytes | None] = mapped_column(LargeBinary)

    org_versions: Mapped[list[OrgVersion]] = relationship(
        back_populates="municipality", cascade="all, delete-orphan", passive_deletes=True
    )
    people: Mapped[list[Person]] = relationship(
        back_populates="municipality", cascade="all, delete-orphan", passive_deletes=True
    )


class OrgVersion(Entity):
    """A whole organisation structure: the current one, a past one, or a scenario."""

    __tablename__ = "org_version"
    __table_args__ = (UniqueConstraint("municipality_id", "name"),)

    municipality_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("municipality.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(200))
    status: Mapped[OrgVersionStatus] = mapped_column(enum_column(OrgVersionStatus))
    effective_from: Mapped[date | None] = mapped_column(Date)
    effective_to: Mapped[date | None] = mapped_column(Date)
    based_on_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("org_version.id", ondelete="SET NULL"))
    description: Mapped[str] = mapped_column(Text, default="")

    municipality: Mapped[Municipality] = relationship(back_populates="org_versions")
    based_on: Mapped[OrgVersion | None] = relationship(remote_side="OrgVersion.id")
    units: Mapped[list[Unit]] = relationship(
        back_populates="org_version", cascade="all, delete-orphan", passive_deletes=True
    )
    networks: Mapped[list[Network]] = relationship(
        back_populates="org_version", cascade="all, delete-orphan", passive_deletes=True
    )


class Unit(Entity):
    """One box of the org chart inside one org version.

    ``lineage_id`` is shared by the copies of "the same" unit across versions and
    scenarios, so agreements, meetings and figures can follow a unit through a
    reorganisation.
    """

    __tablename__ = "unit"
    __table_args__ = (
        UniqueConstraint("org_version_id", "code"),
        UniqueConstraint("org_version_id", "lineage_id"),
        CheckConstraint("fte >= 0", name="fte_not_negative"),
        CheckConstraint("staff_count >= 0", name="staff_count_not_negative"),
        Index("ix_unit_parent", "parent_id"),
    )

    org_version_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("org_version.id", ondelete="CASCADE"))
    lineage_id: Mapped[uuid.UUID] = mapped_column(default=uuid.uuid4)
    parent_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("unit.id", ondelete="CASCADE"))
    code: Mapped[str] = mapped_column(String(64))  # the unit's id in imports, unique per version
    name: Mapped[str] = mapped_column(String(500))  # the state's register has names of 215+ characters
    short_name: Mapped[str] = mapped_column(String(60), default="")
    kind: Mapped[UnitKind] = mapped_column(enum_column(UnitKind))
    sort_order: Mapped[int] = mapped_column(default=0)
    fte: Mapped[Decimal] = mapped_column(Numeric(8, 2), default=Decimal("0"))  # årsverk
    staff_count: Mapped[int] = mapped_column(default=0)
    area_of_work: Mapped[str] = mapped_column(Text, default="")
    services: Mapped[list[Any]] = mapped_column(default=list)  # list of service names
    is_external: Mapped[bool] = mapped_column(default=False)  # partnership (NAV, IKS)
    year_type: Mapped[YearType] = mapped_column(enum_column(YearType), default=YearType.CALENDAR)

    org_version: Mapped[OrgVersion] = relationship(back_populates="units")
    parent: Mapped[Unit | None] = relationship(remote_side="Unit.id", back_populates="children")
    children: Mapped[list[Unit]] = relationship(
        back_populates="parent", cascade="all, delete-orphan", passive_deletes=True, order_by="Unit.sort_order"
    )
    ansvar_codes: Mapped[list[UnitAnsvar]] = relationship(
        back_populates="unit", cascade="all, delete-orphan", passive_deletes=True, order_by="UnitAnsvar.code"
    )
    positions: Mapped[list[Position]] = relationship(
        back_populates="unit", cascade="all, delete-orphan", passive_deletes=True
    )
    follow_up_links: Mapped[list[FollowUpLink]] = relationship(
        back_populates="unit", cascade="all, delete-orphan", passive_deletes=True
    )
    memberships: Mapped[list[NetworkMembership]] = relationship(
        back_populates="unit", cascade="all, delete-orphan", passive_deletes=True
    )


class UnitAnsvar(Entity):
    """An ansvar code (or the range ``code``..``code_to``) whose accounts belong to a unit."""

    __tablename__ = "unit_ansvar"
    __table_args__ = (UniqueConstraint("unit_id", "code"), Index("ix_unit_ansvar_code", "code"))

    unit_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("unit.id", ondelete="CASCADE"))
    code: Mapped[str] = mapped_column(String(32))
    code_to: Mapped[str | None] = mapped_column(String(32))

    unit: Mapped[Unit] = relationship(back_populates="ansvar_codes")


class Person(Entity):
    __tablename__ = "person"
    __table_args__ = (UniqueConstraint("username"),)

    municipality_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("municipality.id", ondelete="CASCADE"))
    given_name: Mapped[str] = mapped_column(String(100))
    family_name: Mapped[str] = mapped_column(String(100))
    title: Mapped[str] = mapped_column(String(200), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    username: Mapped[str | None] = mapped_column(String(100))  # OS or server login, for roles

    municipality: Mapped[Municipality] = relationship(back_populates="people")
    positions: Mapped[list[Position]] = relationship(
        back_populates="person", cascade="all, delete-orphan", passive_deletes=True
    )

    @property
    def full_name(self) -> str:
        return f"{self.given_name} {self.family_name}".strip()


class Position(Entity):
    """A person holding a role in a unit over a date range (open-ended when ``end_date`` is None)."""

    __tablename__ = "position"
    __table_args__ = (
        CheckConstraint("end_date IS NULL OR end_date >= start_date", name="dates_in_order"),
        Index("ix_position_unit", "unit_id"),
        Index("ix_position_person", "person_id"),
    )

    unit_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("unit.id", ondelete="CASCADE"))
    person_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"))
    role: Mapped[PositionRole] = mapped_column(enum_column(PositionRole))
    title: Mapped[str] = mapped_column(String(200), default="")
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)

    unit: Mapped[Unit] = relationship(back_populates="positions")
    person: Mapped[Person] = relationship(back_populates="positions")


class FollowUpLink(Entity):
    """Oppfølgingsansvar: a top-team member follows up a unit (a dotted line, not the tree)."""

    __tablename__ = "follow_up_link"
    __table_args__ = (
        CheckConstraint("end_date IS NULL OR end_date >= start_date", name="dates_in_order"),
        Index("ix_follow_up_link_unit", "unit_id"),
        Index("ix_follow_up_link_lead", "lead_person_id"),
    )

    unit_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("unit.id", ondelete="CASCADE"))
    lead_person_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"))
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)

    unit: Mapped[Unit] = relationship(back_populates="follow_up_links")
    lead: Mapped[Person] = relationship()


class Network(Entity):
    """A network of unit leaders: a membership overlay on the chart."""

    __tablename__ = "network"
    __table_args__ = (UniqueConstraint("org_version_id", "name"),)

    org_version_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("org_version.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    colour: Mapped[str] = mapped_column(String(9), default="#2e7d32")

    org_version: Mapped[OrgVersion] = relationship(back_populates="networks")
    memberships: Mapped[list[NetworkMembership]] = relationship(
        back_populates="network", cascade="all, delete-orphan", passive_deletes=True
    )


class NetworkMembership(Entity):
    __tablename__ = "network_membership"
    __table_args__ = (UniqueConstraint("network_id", "unit_id"),)

    network_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("network.id", ondelete="CASCADE"))
    unit_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("unit.id", ondelete="CASCADE"))
    is_coordinator: Mapped[bool] = mapped_column(default=False)

    network: Mapped[Network] = relationship(back_populates="memberships")
    unit: Mapped[Unit] = relationship(back_populates="memberships")


# --- issue 20: reorganisation projects, relations beyond the tree, role descriptions -----------

RELATION_KINDS = ("purchaser_provider", "staff_contact")
SUCCESSION_KINDS = ("merge", "split")


class ReorganisationProject(Entity):
    """A reorganisation: the 0-alternative (``base_version``, today's organisation) and up to four proposals."""

    __tablename__ = "reorganisation_project"
    __table_args__ = (UniqueConstraint("municipality_id", "name"),)

    municipality_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("municipality.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    base_version_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("org_version.id", ondelete="SET NULL"))
    chosen_version_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("org_version.id", ondelete="SET NULL"))
    effective_from: Mapped[date | None] = mapped_column(Date)

    alternatives: Mapped[list[ReorganisationAlternative]] = relationship(
        back_populates="project", cascade="all, delete-orphan", passive_deletes=True,
        order_by="ReorganisationAlternative.number",
    )


class ReorganisationAlternative(Entity):
    """One proposal of a project: a scenario, numbered 1-4 («Alternativ 1»)."""

    __tablename__ = "reorganisation_alternative"
    __table_args__ = (
        UniqueConstraint("project_id", "number"),
        UniqueConstraint("project_id", "org_version_id"),
        CheckConstraint("number BETWEEN 1 AND 4", name="number_1_to_4"),
    )

    project_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("reorganisation_project.id", ondelete="CASCADE"))
    org_version_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("org_version.id", ondelete="CASCADE"))
    number: Mapped[int]

    project: Mapped[ReorganisationProject] = relationship(back_populates="alternatives")
    org_version: Mapped[OrgVersion] = relationship()


class UnitRelation(Entity):
    """A line outside the tree: purchaser -> provider (bestiller/utfører) or staff unit -> unit it serves."""

    __tablename__ = "unit_relation"
    __table_args__ = (
        UniqueConstraint("from_unit_id", "to_unit_id", "kind"),
        CheckConstraint("kind IN ('purchaser_provider', 'staff_contact')", name="kind_known"),
        CheckConstraint("from_unit_id <> to_unit_id", name="not_to_itself"),
        Index("ix_unit_relation_version", "org_version_id"),
        Index("ix_unit_relation_to", "to_unit_id"),
    )

    org_version_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("org_version.id", ondelete="CASCADE"))
    from_unit_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("unit.id", ondelete="CASCADE"))
    to_unit_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("unit.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(32))
    description: Mapped[str] = mapped_column(Text, default="")


class RoleDescription(Entity):
    """What a position is responsible for (Åmot's appendix): kept with the position, so it follows merges."""

    __tablename__ = "role_description"
    __table_args__ = (UniqueConstraint("position_id"),)

    position_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("position.id", ondelete="CASCADE"))
    personnel: Mapped[str] = mapped_column(Text, default="")  # personalansvar
    budget: Mapped[str] = mapped_column(Text, default="")  # budsjettansvar
    professional: Mapped[str] = mapped_column(Text, default="")  # fagansvar
    authority: Mapped[str] = mapped_column(Text, default="")  # myndighet
    competence: Mapped[str] = mapped_column(Text, default="")  # ønsket kompetanse


class UnitSuccession(Entity):
    """In a version: unit lineage ``old`` went into lineage ``new`` by a merge or a split."""

    __tablename__ = "unit_succession"
    __table_args__ = (
        CheckConstraint("kind IN ('merge', 'split')", name="kind_known"),
        Index("ix_unit_succession_version", "org_version_id"),
    )

    org_version_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("org_version.id", ondelete="CASCADE"))
    old_lineage_id: Mapped[uuid.UUID]
    new_lineage_id: Mapped[uuid.UUID]
    kind: Mapped[str] = mapped_column(String(16))
    effective_date: Mapped[date | None] = mapped_column(Date)
