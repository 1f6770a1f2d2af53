"""What an operation changed: a change set, as Anki's ``OpChanges``.

Every transaction collects the tables it wrote (``db.audit`` walks the flush's new, dirty and
deleted rows and the bulk statements; bulk paths past the ORM add theirs with
``db.audit.note_changed``). A :class:`ChangeSet` turns those tables into *kinds* of thing a
reader cares about (units, people, agreements, meetings, budget figures ...) and says who
asked for the change (the initiator: the widget or object that ran it), so each view reloads
only for what it shows and an editor can ignore its own saves.

Plain Python: no Qt.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


class Kind(StrEnum):
    """The kinds of thing a change can touch; a view names the ones it shows."""

    MUNICIPALITY = "municipality"
    ORG_VERSIONS = "org_versions"
    UNITS = "units"
    PEOPLE = "people"
    POSITIONS = "positions"
    LINKS = "links"  # follow-up links, networks and their members
    TEMPLATES = "templates"
    COMMON_REQUIREMENTS = "common_requirements"
    AGREEMENTS = "agreements"
    GOALS = "goals"
    ASSESSMENTS = "assessments"
    MEETINGS = "meetings"
    ACTION_ITEMS = "action_items"
    BUDGET_SETS = "budget_sets"
    BUDGET_LINES = "budget_lines"
    CODES = "codes"  # KOSTRA code lists
    SETTINGS = "settings"  # a database-wide setting of no area below
    ORG_SETTINGS = "org_settings"  # «org.*»: the checks' thresholds
    BUDGET_SETTINGS = "budget_settings"  # «budget.*»: code names from the files, import profiles
    FOLLOW_UP_SETTINGS = "follow_up_settings"  # «followup.*»: the deviation threshold
    SCORECARD = "scorecard"  # målekart: focus areas, indicators, the units' målekart and values
    AUDIT = "audit"
    OTHER = "other"  # a table this map does not know yet: every view that watches it reloads


KIND_OF_TABLE: dict[str, Kind] = {
    "municipality": Kind.MUNICIPALITY,
    "org_version": Kind.ORG_VERSIONS,
    "unit": Kind.UNITS,
    "unit_ansvar": Kind.UNITS,
    "person": Kind.PEOPLE,
    "position": Kind.POSITIONS,
    "follow_up_link": Kind.LINKS,
    "network": Kind.LINKS,
    "network_membership": Kind.LINKS,
    # issue 20: relations are chart lines, role descriptions belong to positions, projects to the versions
    "unit_relation": Kind.LINKS,
    "role_description": Kind.POSITIONS,
    "unit_succession": Kind.UNITS,
    "reorganisation_project": Kind.ORG_VERSIONS,
    "reorganisation_alternative": Kind.ORG_VERSIONS,
    "agreement_template": Kind.TEMPLATES,
    "common_requirement": Kind.COMMON_REQUIREMENTS,
    "agreement": Kind.AGREEMENTS,
    "goal": Kind.GOALS,
    "assessment": Kind.ASSESSMENTS,
    "meeting": Kind.MEETINGS,
    "meeting_goal_status": Kind.MEETINGS,
    "action_item": Kind.ACTION_ITEMS,
    "budget_set": Kind.BUDGET_SETS,
    "budget_line": Kind.BUDGET_LINES,
    "kostra_code": Kind.CODES,
    "setting": Kind.SETTINGS,
    "audit_entry": Kind.AUDIT,
    "focus_area": Kind.SCORECARD,
    "municipal_goal": Kind.SCORECARD,
    "indicator": Kind.SCORECARD,
    "unit_indicator": Kind.SCORECARD,
    "indicator_value": Kind.SCORECARD,
    "yearly_plan": Kind.SCORECARD,
    "forecast": Kind.MEETINGS,  # the årsprognose is part of the meeting note
}

# A setting is written as «setting:<key>» (db.audit); its key's first part says whose it is.
SETTING_PREFIX = "setting:"
KIND_OF_SETTING_AREA: dict[str, Kind] = {
    "org": Kind.ORG_SETTINGS,
    "budget": Kind.BUDGET_SETTINGS,
    "followup": Kind.FOLLOW_UP_SETTINGS,
}

ALL_KINDS: frozenset[Kind] = frozenset(Kind)

# Groups that views share, so a page can say what it shows in a few words.
ORG: frozenset[Kind] = frozenset({Kind.MUNICIPALITY, Kind.ORG_VERSIONS, Kind.UNITS, Kind.PEOPLE, Kind.POSITIONS,
                                  Kind.LINKS})
AGREEMENT_KINDS: frozenset[Kind] = frozenset({Kind.TEMPLATES, Kind.COMMON_REQUIREMENTS, Kind.AGREEMENTS, Kind.GOALS,
                                              Kind.ASSESSMENTS})
FOLLOW_UP: frozenset[Kind] = frozenset({Kind.MEETINGS, Kind.ACTION_ITEMS})
BUDGET: frozenset[Kind] = frozenset({Kind.BUDGET_SETS, Kind.BUDGET_LINES, Kind.CODES, Kind.BUDGET_SETTINGS})


def _kind(table: str) -> Kind:
    if table.startswith(SETTING_PREFIX):
        area = table[len(SETTING_PREFIX):].partition(".")[0]
        return KIND_OF_SETTING_AREA.get(area, Kind.SETTINGS)
    return KIND_OF_TABLE.get(table, Kind.OTHER)


def kinds_of_tables(tables: Iterable[str]) -> frozenset[Kind]:
    """The kinds the written tables (and settings, «setting:<key>») stand for; an unknown table
    counts as ``Kind.OTHER``."""
    return frozenset(_kind(table) for table in tables)


@dataclass(frozen=True)
class ChangeSet:
    """What one operation changed and who asked for it."""

    kinds: frozenset[Kind] = field(default_factory=frozenset)
    initiator: object | None = None

    @classmethod
    def of_tables(cls, tables: Iterable[str], initiator: object | None = None) -> ChangeSet:
        return cls(kinds_of_tables(tables), initiator)

    @classmethod
    def everything(cls, initiator: object | None = None) -> ChangeSet:
        """Another database, or a change nobody could say the extent of: every view reloads."""
        return cls(ALL_KINDS, initiator)

    def touches(self, watched: Iterable[Kind]) -> bool:
        """True when this change touched any of the ``watched`` kinds (``Kind.OTHER`` touches every view)."""
        if Kind.OTHER in self.kinds:
            return bool(self.kinds)
        return not self.kinds.isdisjoint(watched)

    def __bool__(self) -> bool:
        return bool(self.kinds)

    def __or__(self, other: ChangeSet) -> ChangeSet:
        initiator = self.initiator if self.initiator is other.initiator else None
        return ChangeSet(self.kinds | other.kinds, initiator)


def changes_of(session: Session, initiator: object | None = None) -> ChangeSet:
    """What ``session``'s transaction wrote (read after it has committed; the info outlives close)."""
    from db.audit import changed_tables

    return ChangeSet.of_tables(changed_tables(session), initiator)
