"""Closed sets of values stored as text with a CHECK constraint."""

from __future__ import annotations

from enum import StrEnum

from sqlalchemy import Enum


class UnitKind(StrEnum):
    ADMINISTRATION = "administration"  # rådmannen / kommunedirektøren: the root
    TOP_TEAM = "top_team"  # rådmannsteam / ledergruppe
    STAFF = "staff"  # stab: strategic functions
    SUPPORT = "support"  # støtte: operational functions
    DEVELOPMENT = "development"  # utviklingsenhet
    SERVICE_DESK = "service_desk"  # servicetorg
    COMMUNITY_SECTOR = "community_sector"  # sektor samfunn
    SECTOR = "sector"  # sector leader level in a three-level model
    RESULT_UNIT = "result_unit"  # resultatenhet / virksomhet


class OrgVersionStatus(StrEnum):
    CURRENT = "current"
    HISTORICAL = "historical"
    SCENARIO = "scenario"


class PositionRole(StrEnum):
    CHIEF_EXECUTIVE = "chief_executive"
    FOLLOW_UP_LEAD = "follow_up_lead"  # kommunalsjef in the top team
    LEADER = "leader"
    ACTING_LEADER = "acting_leader"
    MEMBER = "member"


class YearType(StrEnum):
    CALENDAR = "calendar"
    SCHOOL = "school"


class AgreementKind(StrEnum):
    LEADER = "leader"  # lederavtale
    RESULT = "result"  # resultatavtale


class AgreementStatus(StrEnum):
    DRAFT = "draft"
    DISCUSSION = "discussion"  # til drøfting
    SIGNED = "signed"
    EVALUATED = "evaluated"
    SUPERSEDED = "superseded"


class Assessor(StrEnum):
    SELF = "self"  # egenevaluering
    SUPERIOR = "superior"  # overordnedes vurdering


class MeetingStatus(StrEnum):
    PLANNED = "planned"
    HELD = "held"
    CANCELLED = "cancelled"
    POSTPONED = "postponed"


class GoalStatus(StrEnum):
    ON_TRACK = "on_track"  # på sporet
    AT_RISK = "at_risk"  # risiko
    OFF_TRACK = "off_track"  # ikke på sporet


class BudgetKind(StrEnum):
    BUDSJETT = "budsjett"
    REGNSKAP = "regnskap"
    PROGNOSE = "prognose"


class CodeList(StrEnum):
    ART = "art"
    FUNKSJON = "funksjon"


class AuditAction(StrEnum):
    INSERT = "insert"
    UPDATE = "update"
    DELETE = "delete"


def enum_column(enum_cls: type[StrEnum]) -> Enum:
    """Store the enum's values (not names) as text, checked by the database."""
    return Enum(
        enum_cls,
        native_enum=False,
        create_constraint=True,
        length=32,
        name=enum_cls.__name__.lower(),
        values_callable=lambda e: [m.value for m in e],
        validate_strings=True,
    )
