"""A reorganisation as a project: the 0-alternative (today's organisation) and up to four proposals,
compared side by side with their units, leaders, spans, FTEs, budgets, check findings and changes.

Åmot's plan (seed 004) asks for at least two and at most four proposals besides the 0-alternative;
a fifth is refused. Each proposal is a scenario (``OrgVersion`` with status scenario).
"""

from __future__ import annotations

import uuid
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from typing import Any, NamedTuple

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from app.org import checks, scenarios
from app.org.queries import chunks, count_leader_posts, current_version, raw_column, raw_key
from app.org.units import OrgError
from db.models import (
    BudgetKind,
    BudgetLine,
    BudgetSet,
    FollowUpLink,
    Municipality,
    OrgVersion,
    OrgVersionStatus,
    Position,
    Unit,
    UnitKind,
)
from db.models.org import (
    ReorganisationAlternative,
    ReorganisationProject,
    RoleDescription,
    UnitRelation,
    UnitSuccession,
)
from db.rows import get_or_gone

MAX_PROPOSALS = 4
ZERO_LABEL = "0-alternativet (dagens organisasjon)"
DRAFT_MARK = "Forslag/utkast"
ONE_DAY = timedelta(days=1)
KIND_VALUES = {kind: kind.value for kind in UnitKind}  # a dict look-up per unit, not Enum.value's descriptor


def get_project(session: Session, project_id: uuid.UUID) -> ReorganisationProject:
    return get_or_gone(session, ReorganisationProject, project_id, OrgError(
        "Omorganiseringsprosjektet finnes ikke lenger. Oppdater visningen og prøv igjen."))


def create_project(session: Session, name: str, *, base_version_id: uuid.UUID | None = None,
                   description: str = "") -> ReorganisationProject:
    """A new reorganisation project whose 0-alternative is ``base_version_id`` (default: the current one)."""
    text = (name or "").strip()
    if not text:
        raise OrgError("Prosjektet må ha et navn, for eksempel «Omorganisering av rådmannsnivået 2027».")
    if len(text) > 200:
        raise OrgError(f"Navnet på prosjektet kan være høyst 200 tegn (det er {len(text)}). Kort det ned.")
    base = session.get(OrgVersion, base_version_id) if base_version_id else current_version(session)
    if base is None:
        raise OrgError("Det finnes ingen gjeldende organisasjon å sammenligne med. Importer organisasjonen først.")
    if session.scalar(select(ReorganisationProject.id).where(ReorganisationProject.name == text)):
        raise OrgError(f"Det finnes allerede et omorganiseringsprosjekt som heter «{text}». Velg et annet navn.")
    project = ReorganisationProject(id=uuid.uuid4(), municipality_id=base.municipality_id, name=text,
                                    description=(description or "").strip(), base_version_id=base.id)
    session.add(project)
    session.flush()
    return project


def project_named(session: Session, name: str | None) -> ReorganisationProject:
    """The project called ``name``; without a name the only (or newest) one."""
    if name:
        project = session.scalar(select(ReorganisationProject).where(ReorganisationProject.name == name))
        if project is None:
            names = ", ".join(f"«{n}»" for n in session.scalars(
                select(ReorganisationProject.name).order_by(ReorganisationProject.name)))
            raise OrgError(f"Fant ikke omorganiseringsprosjektet «{name}». Prosjektene er: {names or 'ingen'}.")
        return project
    project = session.scalars(select(ReorganisationProject).order_by(ReorganisationProject.created_at.desc())).first()
    if project is None:
        raise OrgError("Det finnes ikke noe omorganiseringsprosjekt ennå. Lag et på organisasjonssiden "
                       "(«Omorganisering …») før du sammenligner alternativer.")
    return project


def list_projects(session: Session) -> list[ReorganisationProject]:
    return list(session.scalars(select(ReorganisationProject).order_by(ReorganisationProject.name)))


def _free_number(session: Session, project: ReorganisationProject) -> int:
    taken = set(session.scalars(select(ReorganisationAlternative.number)
                                .where(ReorganisationAlternative.project_id == project.id)))
    if len(taken) >= MAX_PROPOSALS:
        raise OrgError(f"«{project.name}» har allerede fire forslag i tillegg til 0-alternativet, og det er det "
                       "meste planen åpner for. Fjern et av forslagene fra prosjektet før du legger til et nytt.")
    return min(n for n in range(1, MAX_PROPOSALS + 1) if n not in taken)


def add_alternative(session: Session, project_id: uuid.UUID, name: str | None = None, *,
                    copy_from: uuid.UUID | None = None) -> OrgVersion:
    """A new proposal: a scenario copied from ``copy_from`` (default the 0-alternative), with its relations
    and role descriptions; named «Alternativ N» unless ``name`` is given. A fifth proposal is refused."""
    project = get_project(session, project_id)
    number = _free_number(session, project)
    source = copy_from or project.base_version_id
    if source is None:
        raise OrgError("0-alternativet til prosjektet er slettet. Lag et nytt prosjekt fra den gjeldende "
                       "organisasjonen.")
    version = scenarios.copy_version(session, source, name or f"Alternativ {number}",
                                     description=f"Forslag i «{project.name}»")  # with copy_extras
    session.add(ReorganisationAlternative(id=uuid.uuid4(), project_id=project.id, org_version_id=version.id,
                                          number=number))
    session.flush()
    return version


def attach_alternative(session: Session, project_id: uuid.UUID, version_id: uuid.UUID) -> int:
    """Put an existing scenario into the project; returns its number."""
    project = get_project(session, project_id)
    version = get_or_gone(session, OrgVersion, version_id, OrgError("Scenarioet finnes ikke lenger."))
    if version.status != OrgVersionStatus.SCENARIO:
        raise OrgError(f"«{version.name}» er ikke et scenario, og bare scenarioer kan være forslag.")
    number = _free_number(session, project)
    session.add(ReorganisationAlternative(id=uuid.uuid4(), project_id=project.id, org_version_id=version.id,
                                          number=number))
    session.flush()
    return number


def remove_alternative(session: Session, project_id: uuid.UUID, version_id: uuid.UUID) -> int:
    """Take a proposal out of the project (the scenario itself stays); returns its number for undo."""
    row = session.scalar(select(ReorganisationAlternative).where(
        ReorganisationAlternative.project_id == project_id, ReorganisationAlternative.org_version_id == version_id))
    if row is None:
        raise OrgError("Scenarioet er ikke et forslag i dette prosjektet.")
    number = row.number
    session.delete(row)
    session.flush()
    return number


@dataclass(frozen=True)
class Alternative:
    number: int  # 0: the 0-alternative
    label: str
    version_id: uuid.UUID
    version_name: str
    is_draft: bool


def alternatives(session: Session, project_id: uuid.UUID) -> list[Alternative]:
    """The 0-alternative first, then the proposals by number."""
    project = get_project(session, project_id)
    result: list[Alternative] = []
    if project.base_version_id is not None:
        base = session.get_one(OrgVersion, project.base_version_id)
        label = ZERO_LABEL if base.status != OrgVersionStatus.SCENARIO else f"0-alternativet ({base.name})"
        result.append(Alternative(0, label, base.id, base.name, base.status == OrgVersionStatus.SCENARIO))
    for row in session.scalars(select(ReorganisationAlternative).where(
            ReorganisationAlternative.project_id == project.id).order_by(ReorganisationAlternative.number)):
        version = session.get_one(OrgVersion, row.org_version_id)
        label = f"Alternativ {row.number}" if version.name == f"Alternativ {row.number}" else \
            f"Alternativ {row.number}: {version.name}"
        result.append(Alternative(row.number, label, version.id, version.name,
                                  version.status == OrgVersionStatus.SCENARIO))
    return result


def copy_extras(session: Session, source_id: uuid.UUID, target_id: uuid.UUID) -> None:
    """Relations, role descriptions and merge/split records of ``source_id`` onto its copy ``target_id`` (units
    matched by lineage, positions by unit, person, role and start)."""
    for row in session.scalars(select(UnitSuccession).where(UnitSuccession.org_version_id == source_id)):
        session.add(UnitSuccession(id=uuid.uuid4(), org_version_id=target_id, old_lineage_id=row.old_lineage_id,
                                   new_lineage_id=row.new_lineage_id, kind=row.kind,
                                   effective_date=row.effective_date))
    def unit_map(version_id: uuid.UUID) -> dict[uuid.UUID, uuid.UUID]:
        return dict(session.execute(select(Unit.id, Unit.lineage_id).where(Unit.org_version_id == version_id)).all())
    source_units, target_units = unit_map(source_id), unit_map(target_id)
    by_lineage = {lineage: unit_id for unit_id, lineage in target_units.items()}
    for rel in session.scalars(select(UnitRelation).where(UnitRelation.org_version_id == source_id)):
        a, b = by_lineage.get(source_units[rel.from_unit_id]), by_lineage.get(source_units[rel.to_unit_id])
        if a and b:
            session.add(UnitRelation(id=uuid.uuid4(), org_version_id=target_id, from_unit_id=a, to_unit_id=b,
                                     kind=rel.kind, description=rel.description))

    def position_key(version_units: dict[uuid.UUID, uuid.UUID]) -> dict[tuple[Any, ...], uuid.UUID]:
        rows = session.execute(select(Position.id, Position.unit_id, Position.person_id, Position.role,
                                      Position.start_date).where(Position.unit_id.in_(list(version_units))))
        return {(version_units[u], p, r, s): pid for pid, u, p, r, s in rows}
    src_pos = {pid: key for key, pid in position_key(source_units).items()}
    dst_pos = position_key(target_units)
    for role in session.scalars(select(RoleDescription).where(RoleDescription.position_id.in_(list(src_pos)))):
        target_position = dst_pos.get(src_pos[role.position_id])
        if target_position is not None:
            session.add(RoleDescription(id=uuid.uuid4(), position_id=target_position, personnel=role.personnel,
                                        budget=role.budget, professional=role.professional,
                                        authority=role.authority, competence=role.competence))
    session.flush()


# --- side by side ------------------------------------------------------------------------------


def budget_per_code(session: Session, year: int) -> tuple[str | None, dict[str, int]]:
    """This year's budget set (kind budsjett; the newest set if none is for ``year``): its sum per ansvar code,
    in øre."""
    stmt = select(BudgetSet).where(BudgetSet.kind == BudgetKind.BUDSJETT)
    newest = (BudgetSet.imported_at.desc().nulls_last(), BudgetSet.created_at.desc())
    budget = session.scalars(stmt.where(BudgetSet.year == year).order_by(*newest)).first() or \
        session.scalars(stmt.order_by(BudgetSet.year.desc(), *newest)).first()
    if budget is None:
        return None, {}
    sums = session.execute(select(BudgetLine.ansvar, func.sum(BudgetLine.amount_ore))
                           .where(BudgetLine.budget_set_id == budget.id).group_by(BudgetLine.ansvar)).all()
    return budget.name, {code: int(total or 0) for code, total in sums}


class UnitFigures(NamedTuple):
    """One unit's figures in one alternative. A named tuple, not a frozen dataclass: one is made per unit of
    every alternative (25,000 side by side), and a frozen dataclass took three times as long to make."""

    lineage_id: str  # the unit's identity across versions (raw text: no uuid conversion for 25,000 rows)
    name: str
    parent_lineage: str | None
    fte: Decimal
    staff: int
    leader: str | None
    lead: str | None
    ansvar: tuple[str, ...]
    budget_ore: int


@dataclass(frozen=True)
class Changes:
    """What changed from the 0-alternative, by unit identity (lineage)."""

    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    renamed: list[tuple[str, str]] = field(default_factory=list)
    moved: list[tuple[str, str | None, str | None]] = field(default_factory=list)  # name, old parent, new parent
    merged: list[tuple[str, list[str]]] = field(default_factory=list)  # into, units
    new_leaders: list[tuple[str, str | None, str | None]] = field(default_factory=list)  # unit, old, new

    def counts(self) -> dict[str, int]:
        return {"added": len(self.added), "removed": len(self.removed), "renamed": len(self.renamed),
                "moved": len(self.moved), "merged": len(self.merged)}

    def lines(self) -> list[str]:
        """In words, for the PDF and the workbook."""
        out = [f"Slått sammen: {', '.join(units)} → {into}" for into, units in self.merged]
        out += [f"Ny enhet: {name}" for name in self.added]
        out += [f"Lagt ned: {name}" for name in self.removed]
        out += [f"Nytt navn: {old} → {new}" for old, new in self.renamed]
        out += [f"Flyttet: {name} fra {old or 'toppen'} til {new or 'toppen'}" for name, old, new in self.moved]
        out += [f"Ny leder i {unit}: {new or 'ledig'} (før {old or 'ledig'})" for unit, old, new in self.new_leaders]
        return out


@dataclass
class AlternativeFigures:
    alternative: Alternative
    units: int
    leaders: int  # leaders in post, as the Oversikt counts them (queries.LeaderPosts.filled)
    staff: int
    fte: Decimal
    budget_ore: int
    units_per_lead: dict[str, int]
    findings: list[checks.Finding]
    changes: Changes
    unit_figures: dict[str, UnitFigures] = field(default_factory=dict)

    @property
    def staff_per_leader(self) -> Decimal | None:
        return (Decimal(self.staff) / self.leaders).quantize(Decimal("0.1")) if self.leaders else None

    @property
    def max_units_per_lead(self) -> int:
        return max(self.units_per_lead.values(), default=0)

    @property
    def finding_counts(self) -> Counter[str]:
        return Counter(f.code for f in self.findings)


@dataclass
class SideBySide:
    project_name: str
    municipality: str
    on: date
    budget_set_name: str | None
    columns: list[AlternativeFigures]

    def unit_lines(self) -> list[tuple[str, list[tuple[str | None, int | None]]]]:
        """One line per unit lineage in any alternative: a name, and per alternative (name, budget) or None."""
        order: dict[str, str] = {}
        for column in self.columns:
            for lineage, fig in column.unit_figures.items():
                order.setdefault(lineage, fig.name)
        lines = []
        for lineage, name in order.items():
            cells: list[tuple[str | None, int | None]] = []
            for column in self.columns:
                found = column.unit_figures.get(lineage)
                cells.append((found.name, found.budget_ore) if found else (None, None))
            lines.append((name, cells))
        return lines


def _figures(data: checks.VersionData, budget: dict[str, int]) -> tuple[dict[str, UnitFigures], int]:
    """Each unit of a version by lineage, with leader, follow-up lead, ansvar codes and budget, from the
    same reads as the checks (``checks.read_version``): ids stay text, no query per unit."""
    leads: dict[str, str] = {}
    for link in data.active_links:  # oldest start first: the newest active link names the lead
        leads[link.unit] = link.name
    units = data.units
    lineage_of = {u.id: u.lineage for u in units}
    figures: dict[str, UnitFigures] = {}
    all_codes: set[str] = set()
    leaders, codes, get_budget = data.leaders, data.codes, budget.get
    for u in units:  # once per unit of every alternative (25,000): names bound locally, no generator per unit
        entries = codes.get(u.id)
        if not entries:
            unit_codes: tuple[str, ...] = ()
            ore = 0
        elif len(entries) == 1:
            code = entries[0][0]
            unit_codes = (code,)
            ore = get_budget(code, 0)
            all_codes.add(code)
        else:
            unit_codes = tuple(sorted(code for code, _ in entries))
            ore = sum(get_budget(code, 0) for code in unit_codes)
            all_codes.update(unit_codes)
        leader = leaders.get(u.id)
        parent = u.parent
        figures[u.lineage] = UnitFigures(
            u.lineage, u.name, lineage_of.get(parent) if parent else None, u.fte, u.staff_count,
            leader[1] if leader is not None else None, leads.get(u.id), unit_codes, ore)
    return figures, sum(get_budget(c, 0) for c in all_codes)  # a code shared by two units counts once


def _changes(session: Session, base_id: uuid.UUID, version_id: uuid.UUID, a: dict[str, UnitFigures],
             b: dict[str, UnitFigures]) -> Changes:
    """From the 0-alternative ``a`` to ``b``, as ``scenarios.compare_versions`` sees it (merged units are
    neither removed nor added)."""
    groups: dict[str, list[str]] = {}
    for old, new in session.execute(
        select(raw_column(UnitSuccession.old_lineage_id), raw_column(UnitSuccession.new_lineage_id))
        .where(UnitSuccession.org_version_id.in_([base_id, version_id]), UnitSuccession.kind == "merge")
        .order_by(UnitSuccession.created_at)
    ):
        old, new = raw_key(old), raw_key(new)
        if old in a and old not in b and new in b and old not in groups.get(new, []):
            groups.setdefault(new, []).append(old)
    gone = {old for olds in groups.values() for old in olds}

    def parent_name(side: dict[str, UnitFigures], fig: UnitFigures) -> str | None:
        return side[fig.parent_lineage].name if fig.parent_lineage in side else None

    changes = Changes(
        added=[f.name for k, f in b.items() if k not in a and k not in groups],
        removed=[f.name for k, f in a.items() if k not in b and k not in gone],
        merged=[(b[k].name, [a[o].name for o in olds]) for k, olds in groups.items()],
    )
    for k, fb in b.items():
        fa = a.get(k)
        if fa is None:
            continue
        if fa.parent_lineage != fb.parent_lineage:
            changes.moved.append((fb.name, parent_name(a, fa), parent_name(b, fb)))
        if fa.name != fb.name:
            changes.renamed.append((fa.name, fb.name))
        if fa.leader != fb.leader:
            changes.new_leaders.append((fb.name, fa.leader, fb.leader))
    return changes


def compare_alternatives(session: Session, project_id: uuid.UUID, on: date) -> SideBySide:
    """Every alternative of the project side by side, as of ``on``, budgets from ``on``'s year."""
    with checks.cycle_collection_paused():
        return _compare_alternatives(session, project_id, on)


def _compare_alternatives(session: Session, project_id: uuid.UUID, on: date) -> SideBySide:
    project = get_project(session, project_id)
    alts = alternatives(session, project_id)
    budget_name, budget = budget_per_code(session, on.year)
    thresholds = checks.load_thresholds(session)
    columns: list[AlternativeFigures] = []
    base: dict[str, UnitFigures] | None = None
    for alt in alts:
        data = checks.read_version(session, alt.version_id, on)  # one read for the figures and the checks
        figures, total = _figures(data, budget)
        if base is None:
            base = figures
        per_lead = Counter(f.lead for f in figures.values() if f.lead)
        changes = _changes(session, alts[0].version_id, alt.version_id, base, figures) if figures is not base \
            else Changes()
        # Leaders in post, counted as the Oversikt counts them: the rådmann once (not again for the top team).
        leaders = count_leader_posts((KIND_VALUES[u.kind], u.id in data.leaders, u.id in data.acting)
                                     for u in data.units).filled
        columns.append(AlternativeFigures(
            alt, len(figures), leaders, sum(f.staff for f in figures.values()),
            sum((f.fte for f in figures.values()), Decimal(0)), total, dict(sorted(per_lead.items())),
            checks.run_checks(session, alt.version_id, on, thresholds, data), changes, figures))
    municipality = session.get(Municipality, project.municipality_id)
    return SideBySide(project.name, municipality.name if municipality else "", on, budget_name, columns)


# --- the changes on the chart ----------------------------------------------------------------


class ChartMark(str):
    """One box's mark. It *is* the kind of change as a plain string («added», «moved», «renamed», «merged»,
    «follow_up», or «until»), so the colour and word tables and ``mark == "merged"`` keep working, and it
    carries the dates the data knows, because a version's units carry none (a version is one structure):

    - ``since``: the merge or split that makes this unit takes effect after the day shown. The chart still
      shows the structure the version plans, so the box reads «fra <dato>»; ``merged_from`` names the units
      it replaces, which last until the day before.
    - ``until``: an organisation made current later merged this unit into another from the day after.
    """

    since: date | None
    until: date | None
    merged_from: tuple[str, ...]

    def __new__(cls, kind: str, *, since: date | None = None, until: date | None = None,
                merged_from: tuple[str, ...] = ()) -> ChartMark:
        mark = super().__new__(cls, kind)
        mark.since, mark.until, mark.merged_from = since, until, merged_from
        return mark

    @property
    def last_day_before(self) -> date | None:
        """The last day of the units a dated merge replaces."""
        return self.since - ONE_DAY if self.since is not None else None


@dataclass(frozen=True)
class ChartMarks:
    """What the chart of a version marks against the version compared with."""

    against_name: str | None
    marks: dict[uuid.UUID, str]  # unit id in the shown version -> added / moved / renamed / merged /
    # follow_up (given to another kommunalsjef) / until (ended by a later organisation), as ``ChartMark``s
    # when dated
    removed: list[str]  # units of the compared version gone from this one (not merged)
    relations: list[tuple[uuid.UUID, uuid.UUID, str]]
    draft: bool


def compared_with(session: Session, version_id: uuid.UUID) -> uuid.UUID | None:
    """The version a scenario is compared with on its chart: its project's 0-alternative, else the version
    it was copied from, else the current one; None for the current and historical versions."""
    version = session.get_one(OrgVersion, version_id)
    if version.status != OrgVersionStatus.SCENARIO:
        return None
    base = session.scalar(select(ReorganisationProject.base_version_id).join(
        ReorganisationAlternative, ReorganisationAlternative.project_id == ReorganisationProject.id)
        .where(ReorganisationAlternative.org_version_id == version_id))
    if base is not None:
        return base
    if version.based_on_id is not None:
        return version.based_on_id
    current = current_version(session)
    return current.id if current is not None else None


def chart_marks(session: Session, version_id: uuid.UUID, on: date, against_id: uuid.UUID | None = None
                ) -> ChartMarks:
    """Marks for the chart of ``version_id`` against ``against_id`` (default: ``compared_with``)."""
    version = session.get_one(OrgVersion, version_id)
    against = against_id or compared_with(session, version_id)
    rels = [(a, b, kind) for a, b, kind in session.execute(
        select(UnitRelation.from_unit_id, UnitRelation.to_unit_id, UnitRelation.kind)
        .where(UnitRelation.org_version_id == version_id))]
    draft = version.status == OrgVersionStatus.SCENARIO
    if against is None or against == version_id:
        return ChartMarks(None, _dated_marks(session, version, on, {}, None, _unit_ids(session, version_id)), [], rels,
                          draft)
    comp = scenarios.compare_versions(session, against, version_id, on)
    unit_of = _unit_ids(session, version_id)
    by_name = {u.name: unit_of[u.lineage_id] for u in comp.added if u.lineage_id in unit_of}
    marks: dict[uuid.UUID, str] = {}
    for lineage in (m.lineage_id for m in comp.moved):
        marks[unit_of[lineage]] = "moved"
    for lineage in (r.lineage_id for r in comp.renamed):
        marks[unit_of[lineage]] = "renamed"
    for u in comp.added:
        marks[unit_of[u.lineage_id]] = "added"
    merged_names = {g.into for g in comp.merged}
    for unit_id, name in session.execute(select(Unit.id, Unit.name).where(Unit.org_version_id == version_id)):
        if name in merged_names and unit_id not in by_name.values():
            marks[unit_id] = "merged"
    # A unit given to another kommunalsjef (its follow-up link changed) and not otherwise marked.
    before, after = _planned_leads(session, against, on), _planned_leads(session, version_id, on)
    for lineage, person in after.items():
        changed = unit_of.get(lineage)
        if changed is not None and changed not in marks and lineage in before and before[lineage] != person:
            marks[changed] = "follow_up"
    against_name = session.get_one(OrgVersion, against).name
    return ChartMarks(against_name, _dated_marks(session, version, on, marks, against, unit_of),
                      [u.name for u in comp.removed], rels, draft)


def _unit_ids(session: Session, version_id: uuid.UUID) -> dict[uuid.UUID, uuid.UUID]:
    """lineage -> unit id in the version."""
    return dict(session.execute(select(Unit.lineage_id, Unit.id).where(Unit.org_version_id == version_id)).all())


def _dated_marks(session: Session, version: OrgVersion, on: date, marks: dict[uuid.UUID, str],
                 against: uuid.UUID | None, unit_of: dict[uuid.UUID, uuid.UUID]) -> dict[uuid.UUID, str]:
    """``marks`` with the dates of merges and splits added (see ``ChartMark``): units made by a merge or split of
    this version dated after ``on`` read «fra <dato>»; in an organisation that was or is in force, units that
    a later one merged away read «til <dato>». ``unit_of``: the version's units by lineage."""
    rows = session.execute(select(UnitSuccession.old_lineage_id, UnitSuccession.new_lineage_id, UnitSuccession.kind,
                                  UnitSuccession.effective_date)
                           .where(UnitSuccession.org_version_id == version.id)).all()
    merged_into: dict[uuid.UUID, list[uuid.UUID]] = {}
    for old, new, kind, _effective in rows:
        if kind == "merge":
            merged_into.setdefault(new, []).append(old)
    result = dict(marks)
    dated = [(new, kind, effective) for _old, new, kind, effective in rows
             if effective is not None and effective > on and new in unit_of]
    names = _lineage_names(session, {o for olds in merged_into.values() for o in olds}, version.id, against)
    for new, kind, effective in dict.fromkeys(dated):
        olds: list[uuid.UUID] = []
        pending = list(merged_into.get(new, [])) if kind == "merge" else []
        while pending:  # a unit merged again in the same version stands for the units it was made of
            lineage = pending.pop(0)
            if lineage in names:
                olds.append(lineage)
            elif lineage in merged_into and len(olds) + len(pending) < 1000:
                pending.extend(merged_into[lineage])
        unit_id = unit_of[new]
        default = "merged" if kind == "merge" else "added"
        result[unit_id] = ChartMark(str(marks.get(unit_id, default)), since=effective,
                                    merged_from=tuple(dict.fromkeys(names[o] for o in olds)))
    if version.status != OrgVersionStatus.SCENARIO:
        later = aliased(OrgVersion)
        for old, new, ends in session.execute(
            select(UnitSuccession.old_lineage_id, UnitSuccession.new_lineage_id, UnitSuccession.effective_date)
            .join(later, later.id == UnitSuccession.org_version_id)
            .where(UnitSuccession.kind == "merge", UnitSuccession.org_version_id != version.id,
                   later.status.in_([OrgVersionStatus.CURRENT, OrgVersionStatus.HISTORICAL]),
                   UnitSuccession.effective_date.is_not(None))
        ):
            if old in unit_of and new not in unit_of and unit_of[old] not in result and ends is not None:
                result[unit_of[old]] = ChartMark("until", until=ends - ONE_DAY)
    return result


def _lineage_names(session: Session, lineages: set[uuid.UUID], version_id: uuid.UUID, against: uuid.UUID | None
                   ) -> dict[uuid.UUID, str]:
    """The names of units (by lineage) outside ``version_id``: as the compared version has them, else as the
    organisation in force, else as any other version."""
    if not lineages:
        return {}
    rank = {OrgVersionStatus.CURRENT: 1, OrgVersionStatus.HISTORICAL: 2, OrgVersionStatus.SCENARIO: 3}
    best: dict[uuid.UUID, tuple[int, str]] = {}
    for part in chunks(sorted(lineages)):
        for lineage, name, owner, status in session.execute(
            select(Unit.lineage_id, Unit.name, Unit.org_version_id, OrgVersion.status)
            .join(OrgVersion, OrgVersion.id == Unit.org_version_id)
            .where(Unit.lineage_id.in_(list(part)), Unit.org_version_id != version_id)
        ):
            order = 0 if owner == against else rank[status]
            if lineage not in best or order < best[lineage][0]:
                best[lineage] = (order, name)
    return {lineage: name for lineage, (_order, name) in best.items()}


def _planned_leads(session: Session, version_id: uuid.UUID, on: date) -> dict[uuid.UUID, uuid.UUID]:
    """Each unit's follow-up lead by lineage as the version plans it from ``on``: the link starting last
    among those not ended before ``on`` (so a change dated after the day shown counts)."""
    leads: dict[uuid.UUID, uuid.UUID] = {}
    for lineage, person in session.execute(
        select(Unit.lineage_id, FollowUpLink.lead_person_id).join(Unit, Unit.id == FollowUpLink.unit_id)
        .where(Unit.org_version_id == version_id,
               (FollowUpLink.end_date.is_(None)) | (FollowUpLink.end_date >= on))
        .order_by(FollowUpLink.start_date)
    ):
        leads[lineage] = person
    return leads
