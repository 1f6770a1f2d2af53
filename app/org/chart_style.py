"""How the org chart looks: colours per unit kind, box sizes and the text in a box.

Shared by the PDF, SVG and PNG exports and the Qt chart view, so a printed chart and the
screen agree. Colours are hex strings; sizes are points (1/72 inch). The fills are pale so
dark text stays readable when printed in black and white; the border tells the kinds apart.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from app.formatting import format_date, format_number


@dataclass(frozen=True)
class KindStyle:
    fill: str
    border: str
    label: str  # the group's name in the legend


# One family of colours per group of kinds: administration, staff and support, sectors,
# result units, and partner units outside the line. The rådmann's box is a shade darker.
ADMINISTRATION = KindStyle("#D5E3F3", "#1F4E79", "Rådmann og ledergruppe")
TOP_TEAM = KindStyle("#E3ECF7", "#1F4E79", "Rådmann og ledergruppe")
STAFF = KindStyle("#E5F0DF", "#4E7A3A", "Stab og støtte")
SUPPORT = STAFF
DEVELOPMENT = STAFF
SERVICE_DESK = STAFF
SECTOR = KindStyle("#F7EBCF", "#8A6212", "Sektor")
COMMUNITY_SECTOR = SECTOR
RESULT_UNIT = KindStyle("#F1F4F7", "#4F5F6F", "Resultatenhet")
EXTERNAL = KindStyle("#F3E9F3", "#76457A", "Samarbeid utenfor linjen")

KIND_STYLES: dict[str, KindStyle] = {
    "administration": ADMINISTRATION,
    "top_team": TOP_TEAM,
    "staff": STAFF,
    "support": SUPPORT,
    "development": DEVELOPMENT,
    "service_desk": SERVICE_DESK,
    "sector": SECTOR,
    "community_sector": COMMUNITY_SECTOR,
    "result_unit": RESULT_UNIT,
}

# Kinds that hang beside the rådmann as staff boxes rather than in the row of result units.
STAFF_KINDS = frozenset({"top_team", "staff", "support", "development", "service_desk"})

TEXT = "#1A1A1A"
SECONDARY_TEXT = "#3F4A55"
LINE = "#5F6B76"  # the reporting lines of the tree
VACANT = "#B03A2E"  # «Ledig»: the text and a stripe along the box's left edge
FOLLOW_UP = "#9C5A00"  # «Oppfølging: NN», the follow-up lead's label
BACKGROUND = "#FFFFFF"
HEADER_RULE = "#1F4E79"

BOX_WIDTH = 150.0
BOX_HEIGHT = 58.0
BOX_PADDING = 5.0
BOX_RADIUS = 3.0
BORDER_WIDTH = 0.9
LINE_WIDTH = 0.8
VACANT_STRIPE = 3.0
EXTERNAL_DASH = (3.0, 2.0)  # partner units get a dashed border: outside the line

NAME_FONT_SIZE = 8.5
NAME_MIN_FONT_SIZE = 5.5
DETAIL_FONT_SIZE = 7.0
LINE_SPACING = 1.18  # baseline distance as a multiple of the font size


def style_for(kind: str, is_external: bool = False) -> KindStyle:
    """The colours of a unit's box; external partners share one style whatever their kind."""
    if is_external:
        return EXTERNAL
    return KIND_STYLES.get(kind, RESULT_UNIT)


def leader_text(leader: str, acting_leader: str) -> str:
    """The leader line: the leader's name, «Ledig», or «Ledig – fung. NN» with an acting leader."""
    if leader:
        return leader
    if acting_leader:
        return f"Ledig – fung. {acting_leader}"
    return "Ledig"


def fte_text(fte: Decimal | float | int | None) -> str:
    """«12,5 årsverk»; whole numbers without decimals; empty when there are no FTEs."""
    if fte is None or fte <= 0:
        return ""
    value = float(fte)
    digits = 0 if value == int(value) else (1 if round(value, 1) == round(value, 2) else 2)
    return f"{format_number(value, digits)} årsverk"


def follow_up_text(follow_up_lead: str) -> str:
    return f"Oppfølging: {follow_up_lead}" if follow_up_lead else ""


# --- issue 20: changes against the compared version, relations beyond the tree ----------------
DRAFT_MARK = "Forslag/utkast"  # on a scenario's chart, on screen and in every export
DRAFT_COLOUR = "#B0001E"
# What changed for a unit against the version compared with: the band's colour and its word.
MARK_COLOURS = {"added": "#2E7D32", "moved": "#1565C0", "renamed": "#6A1B9A", "merged": "#E65100",
                "follow_up": "#00695C", "until": "#7B4F2C"}
MARK_LABELS = {"added": "Ny", "moved": "Flyttet", "renamed": "Nytt navn", "merged": "Sammenslått",
               "follow_up": "Ny kommunalsjef", "until": "Til <dato>: slås så sammen med en annen enhet"}


def mark_text(mark: str) -> str:
    """The words on a marked box: the change, and its date when the data knows one that matters on the day shown
    (``app.org.reorganisation.ChartMark``): «Sammenslått fra 01.08.2027», «Til 31.07.2027»."""
    since, until = getattr(mark, "since", None), getattr(mark, "until", None)
    if until is not None:
        return f"Til {format_date(until)}"
    word = MARK_LABELS.get(mark, mark)
    return f"{word} fra {format_date(since)}" if since is not None else word


def merged_from_notes(marks: dict[Any, str], names: dict[Any, str]) -> list[str]:
    """For each unit a merge makes after the day shown: «A og B til 31.07.2027, så C» (``names``: unit id ->
    name of the boxes drawn)."""
    notes = []
    for unit_id, mark in marks.items():
        olds, last = getattr(mark, "merged_from", ()), getattr(mark, "last_day_before", None)
        if olds and last is not None and unit_id in names:
            notes.append(f"{join_names(list(olds))} til {format_date(last)}, så {names[unit_id]}")
    return notes


def join_names(names: list[str]) -> str:
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} og {names[-1]}"
MARK_BAND = 4.0  # the coloured band along a marked box's top edge
# Lines outside the tree: (colour, dash pattern in points, legend word).
RELATION_STYLES = {
    "purchaser_provider": ("#AD1457", (6.0, 2.0, 1.5, 2.0), "Bestiller/utfører"),
    "staff_contact": ("#00695C", (2.0, 2.0), "Stabskontakt"),
}
