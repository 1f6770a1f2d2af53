"""What presentation mode shows (Vis → Presentasjon): slides built from the open database.

Plain data, no Qt: the org chart (top levels), a comparison of each scenario with the current
organisation (what is new, what moves, what goes), the municipality's målekart when there is
one, and next year's common requirements."""

from __future__ import annotations

import textwrap
import uuid
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import AgreementTemplate, CommonRequirement, FocusArea, Municipality, OrgVersion, OrgVersionStatus, Unit


@dataclass(frozen=True)
class Column:
    heading: str
    lines: list[str]
    marks: list[str] = field(default_factory=list)  # a colour per line (målekart: green/yellow/red/none)


@dataclass(frozen=True)
class Slide:
    title: str
    subtitle: str = ""
    columns: list[Column] = field(default_factory=list)
    per_row: int = 4  # columns side by side before the next row of columns


def _units(session: Session, version_id: object) -> list[Unit]:
    return list(session.scalars(select(Unit).where(Unit.org_version_id == version_id)
                                .order_by(Unit.sort_order, Unit.name)))


# Units straight under the top that are no area of their own, grouped by kind (the demo's chart is flat).
STAFF_KINDS = frozenset({"administration", "top_team", "staff", "support", "development", "service_desk"})
COLUMN_LINES = 12  # a column longer than this goes on in the next


def _kind(unit: Unit) -> str:
    return str(getattr(unit.kind, "value", unit.kind))


def _split(heading: str, lines: list[str]) -> list[Column]:
    """One column, or several of even length when it is long (the ones that go on have no heading)."""
    parts = max(1, -(-len(lines) // COLUMN_LINES))
    size = -(-len(lines) // parts) if lines else 0
    return [Column(heading if n == 0 else "", lines[n * size:(n + 1) * size])
            for n in range(parts)]


def org_chart_slide(session: Session, version: OrgVersion) -> Slide:
    units = _units(session, version.id)
    children: dict[object, list[Unit]] = {}
    for unit in units:
        children.setdefault(unit.parent_id, []).append(unit)
    roots = children.get(None, [])
    columns: list[Column] = []
    for root in roots:
        leaves = [a for a in children.get(root.id, []) if not children.get(a.id)]
        groups = [("Stab og støtte", [u.name for u in leaves if _kind(u) in STAFF_KINDS]),
                  ("Tjenesteenheter", [u.name for u in leaves if _kind(u) not in STAFF_KINDS])]
        for heading, names in groups:
            if names:
                columns.extend(_split(heading, names))
        for area in children.get(root.id, []):
            if children.get(area.id):
                columns.extend(_split(area.name, [u.name for u in children[area.id]]))
    if not columns:
        columns = [Column(r.name, [u.name for u in children.get(r.id, [])]) for r in roots]
    top = roots[0].name if roots else ""
    return Slide(f"Organisasjonskart: {version.name}", top, columns)


def scenario_slide(session: Session, current: OrgVersion, scenario: OrgVersion) -> Slide:
    """What the scenario changes against the current organisation, by unit lineage."""
    now = {u.lineage_id: u for u in _units(session, current.id)}
    then = {u.lineage_id: u for u in _units(session, scenario.id)}
    now_names: dict[uuid.UUID | None, str] = {u.id: u.name for u in now.values()}
    then_names: dict[uuid.UUID | None, str] = {u.id: u.name for u in then.values()}
    new = [u.name for k, u in then.items() if k not in now]
    gone = [u.name for k, u in now.items() if k not in then]
    moved, renamed = [], []
    for key, unit in then.items():
        old = now.get(key)
        if old is None:
            continue
        if old.name != unit.name:
            renamed.extend([old.name, f"→\u00a0{unit.name}"])  # «→» stays with the name
        before, after = now_names.get(old.parent_id), then_names.get(unit.parent_id)
        if before != after:
            moved.append(f"{unit.name}: {before or '–'} → {after or '–'}")
    columns = [Column("Nye enheter", new or ["ingen"]), Column("Flyttes", moved or ["ingen"]),
               Column("Nytt navn", renamed or ["ingen"]), Column("Utgår", gone or ["ingen"])]
    return Slide(f"Scenario: {scenario.name}", f"sammenlignet med {current.name}", columns)


def scorecard_slide(session: Session, today: date) -> Slide | None:
    """The municipality's målekart this year: every indicator with its rolled-up value and light."""
    if session.scalars(select(FocusArea.id)).first() is None:
        return None  # no målekart in this database (or not in this package)
    from app.scorecard.model import format_number
    from app.scorecard.rollup import municipal_scorecard

    card = municipal_scorecard(session, today.year, with_comments=False)
    columns = []
    for area in card.focus_areas:
        lines = [line for line in card.lines if line.focus_area == area]
        columns.append(Column(area, [f"{line.name}\t{format_number(line.value, line.measure)}" for line in lines]
                              or ["ingen indikatorer ennå"], [line.colour for line in lines]))
    return Slide("Kommunens målekart", f"{today.year}, hittil i år", columns, per_row=2)


def requirements_slide(session: Session, today: date) -> Slide:
    rows = session.scalars(select(CommonRequirement).order_by(CommonRequirement.period_start,
                                                              CommonRequirement.sort_order)).all()
    year = today.year + 1  # a seminar agrees next year's; until there are any, this year's are shown
    chosen = [r for r in rows if r.period_start.year <= year <= r.period_end.year]
    if not chosen:
        chosen = [r for r in rows if r.period_end.year >= today.year]
        year = min((max(r.period_start.year, today.year) for r in chosen), default=year)
    titles = _category_titles(session)
    by_category: dict[str, list[str]] = {}
    for r in chosen:
        # Long requirements are wrapped here, continuation lines indented: a projector has room for it.
        lines = textwrap.wrap(" ".join(r.text.split()), 95) or [""]
        by_category.setdefault(titles.get(r.category, r.category.replace("_", " ").capitalize()), []).extend(
            [f"• {lines[0]}", *(f"   {line}" for line in lines[1:])])
    return Slide(f"Felles krav for {year}", "gjelder alle ledere",
                 [Column(k, v) for k, v in by_category.items()] or [Column("Ingen felles krav ennå", [])], per_row=1)


def _category_titles(session: Session) -> dict[str, str]:
    """Goal category keys as the agreement templates name them («generelle_krav» → «Generelle krav»)."""
    titles: dict[str, str] = {}
    for definition in session.scalars(select(AgreementTemplate.definition)):
        for category in (definition or {}).get("goal_categories", []):
            if isinstance(category, dict) and category.get("key") and category.get("title"):
                titles.setdefault(str(category["key"]), str(category["title"]))
    return titles


def slides(session: Session, today: date) -> list[Slide]:
    """The slides in order; arrow keys step through them."""
    municipality = session.scalars(select(Municipality)).first()
    name = municipality.name if municipality is not None else "Kommunen"
    out = [Slide(f"Ledersamling – {name}", f"{today:%d.%m.%Y}")]
    versions = session.scalars(select(OrgVersion).order_by(OrgVersion.name)).all()
    current = next((v for v in versions if v.status == OrgVersionStatus.CURRENT), None)
    if current is not None:
        out.append(org_chart_slide(session, current))
        for scenario in (v for v in versions if v.status == OrgVersionStatus.SCENARIO):
            out.append(scenario_slide(session, current, scenario))
    card = scorecard_slide(session, today)
    if card is not None:
        out.append(card)
    out.append(requirements_slide(session, today))
    return out
