"""All tables; importing this package registers them on ``Base.metadata``."""

from db.base import Base, Entity
from db.models.agreements import Agreement, AgreementTemplate, Assessment, CommonRequirement, Goal
from db.models.budget import BudgetLine, BudgetSet
from db.models.enums import (
    AgreementKind,
    AgreementStatus,
    Assessor,
    AuditAction,
    BudgetKind,
    CodeList,
    GoalStatus,
    MeetingStatus,
    OrgVersionStatus,
    PositionRole,
    UnitKind,
    YearType,
)
from db.models.followup import ActionItem, Meeting, MeetingGoalStatus
from db.models.misc import AuditEntry, KostraCode, Setting
from db.models.org import (
    FollowUpLink,
    Municipality,
    Network,
    NetworkMembership,
    OrgVersion,
    Person,
    Position,
    Unit,
    UnitAnsvar,
)
from db.models.scorecard import (
    FocusArea,
    Forecast,
    Indicator,
    IndicatorValue,
    MunicipalGoal,
    UnitIndicator,
    YearlyPlan,
)
from db.models.seminar import DatabaseIdentity, SeminarAction, SeminarBaseRow, SeminarNote, SeminarPackage

__all__ = [
    "ActionItem", "Agreement", "AgreementKind", "AgreementStatus", "AgreementTemplate", "Assessment",
    "Assessor", "AuditAction", "AuditEntry", "Base", "BudgetKind", "BudgetLine", "BudgetSet", "CodeList",
    "CommonRequirement", "DatabaseIdentity", "Entity", "FocusArea", "FollowUpLink", "Forecast", "Goal", "GoalStatus",
    "Indicator", "IndicatorValue", "KostraCode", "Meeting",
    "MeetingGoalStatus", "MeetingStatus", "MunicipalGoal", "Municipality", "Network", "NetworkMembership", "OrgVersion",
    "OrgVersionStatus", "Person", "Position", "PositionRole", "SeminarAction", "SeminarBaseRow", "SeminarNote",
    "SeminarPackage", "Setting", "Unit", "UnitAnsvar", "UnitIndicator",
    "UnitKind", "YearType", "YearlyPlan",
]
