"""The plan to get from today's organisation to the chosen alternative: the steps for HR and økonomi
(units that close, open and merge, new leaders, ansvar codes that move, agreements to renew), as a list
and as xlsx, and making the alternative current on the effective date."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from openpyxl import Workbook
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.documents.xlsx_style import DATE, first_sheet, write_table
from app.formatting import format_date
from app.org import scenarios
from app.org.queries import active, leaderships, raw_key
from app.org.reorganisation import get_project
from app.org.units import OrgError
from app.storage.files import write_atomically
from db.models import Agreement, AgreementStatus, FollowUpLink, Person, Unit, UnitAnsvar
from db.models.org import ReorganisationAlternative, UnitSuccession

KIND_WORDS = {"merge": "Slås sammen", "split": "Deles", "open": "Opprettes", "close": "Legges ned",
              "rename": "Nytt navn", "move": "Flyttes", "leader": "Ny leder", "ansvar": "Ansvarskode flyttes",
              "agreement": "Avtale fornyes", "follow_up": "Ny oppfølgingsansvarlig"}
HEADERS = ("Nr.", "Steg", "Enhet", "Hva skjer", "Fra", "Til", "Gjelder fra")


@dataclass(frozen=True)
class Step:
    kind: str
    unit: str
    what: str
    old: str = ""
    new: str = ""


def plan_steps(session: Session, from_id: uuid.UUID, to_id: uuid.UUID, effective: date) -> list[Step]:
    """Every step from version ``from_id`` (today) to ``to_id`` (the chosen alternative) on ``effective``."""
    comp = scenarios.compare_versions(session, from_id, to_id, effective)
    steps: list[Step] = []
    for g in comp.merged:
        steps.append(Step("merge", g.into, f"{', '.join(g.units)} slås sammen til {g.into}; de gamle enhetene "
                                           "avsluttes dagen før", ", ".join(g.units), g.into))
    splits = session.execute(select(UnitSuccession.old_lineage_id, UnitSuccession.new_lineage_id).where(
        UnitSuccession.org_version_id == to_id, UnitSuccession.kind == "split")).all()
    names_to = dict(session.execute(select(Unit.lineage_id, Unit.name).where(Unit.org_version_id == to_id)).all())
    names_from = dict(session.execute(select(Unit.lineage_id, Unit.name).where(Unit.org_version_id == from_id)).all())
    split_new = set()
    for old, new in splits:
        if new in names_to and old in names_from:
            split_new.add(new)
            steps.append(Step("split", names_to[new], f"{names_to[new]} skilles ut fra {names_from[old]}",
                              names_from[old], names_to[new]))
    steps += [Step("open", u.name, f"Ny enhet {u.name} opprettes") for u in comp.added if u.lineage_id not in split_new]
    steps += [Step("close", u.name, f"{u.name} legges ned") for u in comp.removed]
    steps += [Step("rename", r.new_name, f"{r.old_name} får navnet {r.new_name}", r.old_name, r.new_name)
              for r in comp.renamed]
    steps += [Step("move", m.name, f"{m.name} flyttes", m.old_parent or "toppen", m.new_parent or "toppen")
              for m in comp.moved]
    steps += [Step("leader", c.name, f"{c.new_leader or 'Ingen (ledig)'} leder {c.name}", c.old_leader or "ledig",
                   c.new_leader or "ledig") for c in comp.leader_changed]
    held = leaderships(session, to_id, effective)
    new_units = {u.lineage_id for u in comp.added} | split_new
    for unit_id, lineage, name in session.execute(select(Unit.id, Unit.lineage_id, Unit.name)
                                                  .where(Unit.org_version_id == to_id)):
        lead = held.get(raw_key(unit_id))
        if lineage in new_units and (lead is None or lead.in_charge is None):
            steps.append(Step("leader", name, f"{name} trenger leder: tilsett eller konstituer før "
                                              f"{format_date(effective)}", "", "ledig"))

    def follow_up(version_id: uuid.UUID) -> dict[uuid.UUID, str]:
        return {lineage: f"{given} {family}" for lineage, given, family in session.execute(
            select(Unit.lineage_id, Person.given_name, Person.family_name)
            .join(FollowUpLink, FollowUpLink.unit_id == Unit.id).join(Person, Person.id == FollowUpLink.lead_person_id)
            .where(Unit.org_version_id == version_id, active(FollowUpLink.start_date, FollowUpLink.end_date, effective))
            .order_by(FollowUpLink.start_date))}
    leads_before, leads_after = follow_up(from_id), follow_up(to_id)
    for lineage, lead_name in leads_after.items():
        old_lead = leads_before.get(lineage)
        if lineage in names_from and old_lead != lead_name:
            steps.append(Step("follow_up", names_to[lineage], f"{lead_name} følger opp {names_to[lineage]}",
                              old_lead or "ingen", lead_name))

    def code_owner(version_id: uuid.UUID) -> dict[str, tuple[uuid.UUID, str]]:
        return {code: (lineage, name) for code, lineage, name in session.execute(
            select(UnitAnsvar.code, Unit.lineage_id, Unit.name).join(Unit, Unit.id == UnitAnsvar.unit_id)
            .where(Unit.org_version_id == version_id))}
    before, after = code_owner(from_id), code_owner(to_id)
    for code in sorted(before.keys() | after.keys()):
        a, b = before.get(code), after.get(code)
        owner = b or a
        if owner is not None and (a is None or b is None or a[0] != b[0]):
            steps.append(Step("ansvar", owner[1], f"Ansvar {code} flyttes", a[1] if a else "ingen enhet",
                              b[1] if b else "ingen enhet"))
    ended = {u.lineage_id for u in comp.removed}
    ended |= {lin for lin, name in names_from.items() if lin not in names_to}
    ended |= {old for old, _ in splits}
    changed_leader = {c.lineage_id for c in comp.leader_changed}
    for agreement in session.scalars(select(Agreement).where(
            Agreement.unit_lineage_id.in_(list(ended | changed_leader)), Agreement.period_end >= effective,
            Agreement.status != AgreementStatus.SUPERSEDED).order_by(Agreement.title)):
        assert agreement.unit_lineage_id is not None  # chosen by its lineage above
        unit = names_from.get(agreement.unit_lineage_id) or names_to.get(agreement.unit_lineage_id) or ""
        why = "enheten endres" if agreement.unit_lineage_id in ended else "ny leder"
        steps.append(Step("agreement", unit, f"{agreement.title} må fornyes ({why})",
                          format_date(agreement.period_start), format_date(agreement.period_end)))
    return steps


def write_plan_xlsx(steps: list[Step], effective: date, out: Path, *, title: str) -> Path:
    wb = Workbook()
    ws = first_sheet(wb, "Plan")
    rows = [[i, KIND_WORDS[s.kind], s.unit, s.what, s.old, s.new, effective] for i, s in enumerate(steps, start=1)]
    write_table(ws, HEADERS, rows, number_formats={7: DATE})
    wb.properties.title = title
    wb.properties.creator = "Styringsdialog"
    return write_atomically(Path(out), lambda tmp: wb.save(tmp))


@dataclass(frozen=True)
class MadeCurrent:
    version_id: uuid.UUID
    old_current_id: uuid.UUID | None
    steps: list[Step]
    agreements_moved: list[tuple[uuid.UUID, uuid.UUID | None, uuid.UUID | None]]  # id, old unit, old lineage


def make_current_with_plan(session: Session, project_id: uuid.UUID, version_id: uuid.UUID,
                           effective: date) -> MadeCurrent:
    """The chosen alternative becomes the organisation from ``effective``: the old one becomes history (its
    units end the day before), agreements running past the date follow merged units into the new unit, and
    the project remembers its choice. Returns the plan of steps."""
    project = get_project(session, project_id)
    if version_id == project.base_version_id:
        raise OrgError("0-alternativet er organisasjonen som gjelder i dag, og kan ikke gjøres gjeldende på nytt. "
                       "Velg et av forslagene; vil dere beholde dagens organisasjon, trenger dere ikke gjøre noe.")
    if not session.scalar(select(ReorganisationAlternative.id).where(
            ReorganisationAlternative.project_id == project_id,
            ReorganisationAlternative.org_version_id == version_id)):
        raise OrgError("Scenarioet er ikke et av alternativene i prosjektet.")
    old = project.base_version_id
    steps = plan_steps(session, old, version_id, effective) if old else []
    scenarios.make_current(session, version_id, effective)
    moved: list[tuple[uuid.UUID, uuid.UUID | None, uuid.UUID | None]] = []
    new_units = dict(session.execute(select(Unit.lineage_id, Unit.id).where(Unit.org_version_id == version_id)).all())
    for old_lineage, new_lineage in session.execute(select(UnitSuccession.old_lineage_id, UnitSuccession.new_lineage_id)
                                                    .where(UnitSuccession.org_version_id == version_id,
                                                           UnitSuccession.kind == "merge")).all():
        for agreement in session.scalars(select(Agreement).where(Agreement.unit_lineage_id == old_lineage,
                                                                 Agreement.period_end >= effective)):
            moved.append((agreement.id, agreement.unit_id, agreement.unit_lineage_id))
            agreement.unit_lineage_id = new_lineage
            agreement.unit_id = new_units.get(new_lineage)
    project.chosen_version_id = version_id
    project.effective_from = effective
    session.flush()
    return MadeCurrent(version_id, old, steps, moved)
