"""Agreements from draft to evaluation: create, send to discussion, sign, revise, carry forward, delete.

Every public function is one user action: it takes the session first and plain values,
changes rows in the caller's transaction and returns what undo needs (old values, a
snapshot) or the row it made. The lifecycle is

    draft → discussion (til drøfting) → signed → [revision: a new draft, the old row superseded]
          → evaluated → superseded by next year's agreement (``create_next``)

Only drafts and agreements under discussion can be edited; once signed the text is locked
and changes go into a new revision, so what both parties signed stays readable.
"""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from app.agreements.detail import agreement_title
from app.agreements.evaluation import is_unfinished
from app.agreements.goals import category_lists, copy_goal, goal_from_requirement, matching_requirements, place_goal
from app.agreements.people import (
    full_name,
    leader_agreement_text,
    linked_leader_agreement,
    unit_leader,
    unit_superior,
)
from app.agreements.rules import (
    EDITABLE,
    AgreementError,
    categories,
    category_title,
    check_period,
    copy_values,
    definition,
    ensure_editable,
    get_agreement,
    superseded_message,
    template_fields,
)
from app.formatting import format_date
from app.org.queries import current_version
from app.storage.conflicts import check_version, flush_checked
from db.models import (
    Agreement,
    AgreementKind,
    AgreementStatus,
    AgreementTemplate,
    Assessment,
    CommonRequirement,
    Goal,
    Network,
    NetworkMembership,
    Person,
    Unit,
)
from db.rows import get_or_gone, row_snapshot


def _reference_day(period_start: date, period_end: date, on: date | None) -> date:
    """The day leader and superior are looked up on: today, moved inside the period."""
    day = on or date.today()
    return min(max(day, period_start), period_end)


def _initial_values(
    defn: dict[str, Any], *, unit: Unit | None, leader: Person | None, superior: Person | None,
    period_start: date, period_end: date,
) -> dict[str, Any]:
    """Field defaults, then what the agreement's columns and the unit already say."""
    values: dict[str, Any] = {}
    tables: dict[str, list[list[str]]] = {}
    for section in defn.get("sections", []):
        for item in section.get("fields", []):
            values[item["key"]] = item.get("default", "")
        table = section.get("table")
        if isinstance(table, dict) and table.get("rows"):
            tables[section["key"]] = [[str(cell) for cell in row] for row in table["rows"]]
    if tables:
        values["tables"] = tables
    bound = {
        "leader": full_name(leader),
        "superior": full_name(superior),
        "unit": unit.name if unit is not None else "",
        "period_start": period_start.isoformat(),
        "period_end": period_end.isoformat(),
        "signed_place": "",
    }
    # Fields the templates name by convention, filled from the register when the template has no default.
    derived = {
        "leader_title": leader.title if leader is not None else "",
        "superior_title": superior.title if superior is not None else "",
        "unit_goals": unit.area_of_work if unit is not None else "",
        "area_of_work": unit.area_of_work if unit is not None else "",
        "services": "\n".join(str(s) for s in unit.services) if unit is not None and unit.services else "",
    }
    for key, item in template_fields(defn).items():
        binds = item.get("binds")
        if binds in bound:
            values[key] = bound[binds]
        elif key in derived and not values.get(key):
            values[key] = derived[key]
    return values


def _linked_leader_agreement(session: Session, agreement: Agreement, defn: dict[str, Any]) -> uuid.UUID | None:
    return linked_leader_agreement(session, agreement, defn)


def _fill_from_register(session: Session, agreement: Agreement, defn: dict[str, Any], unit: Unit) -> None:
    """Fields the municipal templates ask for that the register already knows: networks, the leader agreement."""
    fields = template_fields(defn)
    values = dict(agreement.values)
    if "network" in fields and not values.get("network"):
        names = session.scalars(
            select(Network.name).join(NetworkMembership, NetworkMembership.network_id == Network.id)
            .where(NetworkMembership.unit_id == unit.id).order_by(Network.name)
        ).all()
        values["network"] = ", ".join(names)
    if "leader_agreement" in fields and not values.get("leader_agreement") and agreement.linked_agreement_id:
        values["leader_agreement"] = leader_agreement_text(session.get(Agreement, agreement.linked_agreement_id))
    if values != agreement.values:
        agreement.values = values


def create_agreement(
    session: Session,
    *,
    template_id: uuid.UUID,
    unit_id: uuid.UUID,
    period_start: date,
    period_end: date,
    leader_id: uuid.UUID | None = None,
    superior_id: uuid.UUID | None = None,
    title: str | None = None,
    on: date | None = None,
) -> Agreement:
    """A new draft agreement for a unit on a template.

    The leader defaults to the unit's leader and the superior to the kommunalsjef following the
    unit up (the rådmann for staff units), both as of ``on`` (default: today, moved into the
    period). The common requirements of the period that apply to the unit are added as goals.
    """
    template = get_or_gone(session, AgreementTemplate, template_id, AgreementError(
        "Avtalemalen finnes ikke lenger. Velg en annen mal."
    ))
    unit = get_or_gone(session, Unit, unit_id, AgreementError(
        "Enheten finnes ikke lenger (den kan være slettet). Velg en annen enhet."
    ))
    check_period(period_start, period_end)
    day = _reference_day(period_start, period_end, on)
    leader: Person | None
    superior: Person | None
    if leader_id is not None:
        leader = get_or_gone(session, Person, leader_id, AgreementError(
            "Lederen som er valgt, finnes ikke lenger i personregisteret. Velg en annen."
        ))
    else:
        leader = unit_leader(session, unit, day)
    if superior_id is not None:
        superior = get_or_gone(session, Person, superior_id, AgreementError(
            "Den overordnede som er valgt, finnes ikke lenger i personregisteret. Velg en annen."
        ))
    else:
        superior = unit_superior(session, unit, day, leader)
    defn = template.definition or {}
    language = defn.get("language", template.language)
    text = (title or "").strip() or agreement_title(template.kind.value, language, period_start, period_end, unit.name)
    if len(text) > 300:
        raise AgreementError(f"Tittelen kan være høyst 300 tegn; den er {len(text)} tegn. Kort den ned.")
    agreement = Agreement(
        id=uuid.uuid4(),
        template_id=template.id,
        unit_id=unit.id,
        unit_lineage_id=unit.lineage_id,
        leader_id=leader.id if leader is not None else None,
        superior_id=superior.id if superior is not None else None,
        kind=template.kind,
        title=text,
        period_start=period_start,
        period_end=period_end,
        status=AgreementStatus.DRAFT,
        confidential=bool(defn.get("confidential_default", True)),
        revision=1,
        values=_initial_values(defn, unit=unit, leader=leader, superior=superior,
                               period_start=period_start, period_end=period_end),
    )
    agreement.template = template
    session.add(agreement)
    agreement.linked_agreement_id = _linked_leader_agreement(session, agreement, defn)
    _fill_from_register(session, agreement, defn, unit)
    keys = {c["key"] for c in categories(defn)}
    for requirement in matching_requirements(session, period_start, period_end, unit.kind):
        if requirement.category in keys:
            place_goal(agreement, goal_from_requirement(requirement))
    session.flush()
    return agreement


def send_to_discussion(session: Session, agreement_id: uuid.UUID, *, expected_version: int | None = None) -> Agreement:
    """Draft → til drøfting: the draft goes to the other party to be discussed."""
    agreement = get_agreement(session, agreement_id)
    check_version(agreement, expected_version, text_kept=False)
    if agreement.status != AgreementStatus.DRAFT:
        ensure_editable(agreement)
        raise AgreementError("Avtalen er allerede sendt til drøfting.")
    agreement.status = AgreementStatus.DISCUSSION
    flush_checked(session)
    return agreement


def return_to_draft(session: Session, agreement_id: uuid.UUID, *, expected_version: int | None = None) -> Agreement:
    """Til drøfting → draft (also undoes ``send_to_discussion``)."""
    agreement = get_agreement(session, agreement_id)
    check_version(agreement, expected_version, text_kept=False)
    if agreement.status != AgreementStatus.DISCUSSION:
        ensure_editable(agreement)
        raise AgreementError("Avtalen er allerede et utkast.")
    agreement.status = AgreementStatus.DRAFT
    flush_checked(session)
    return agreement


def _signing_problems(agreement: Agreement) -> list[str]:
    defn = definition(agreement)
    problems: list[str] = []
    values = agreement.values or {}
    fields = template_fields(defn)
    # A party outside the register (the mayor signing the rådmann's agreement) is written by name.
    named = {item["binds"] for key, item in fields.items()
             if item.get("binds") in ("leader", "superior") and str(values.get(key, "")).strip()}
    if agreement.leader_id is None and "leader" not in named:
        problems.append("Avtalen mangler leder: velg lederen i feltet for leder")
    if agreement.superior_id is None and "superior" not in named:
        problems.append("Avtalen mangler nærmeste overordnede: velg den overordnede")
    for key, item in fields.items():
        if item.get("binds") in ("leader", "superior"):
            continue  # reported above
        if item.get("required") and item.get("binds") != "signed_place" and not str(values.get(key, "")).strip():
            problems.append(f"feltet «{item.get('label', key)}» i avsnittet «{item['_section']['title']}» er tomt")
    has_goal_table = any(s.get("goal_table") for s in defn.get("sections", []))
    if has_goal_table and agreement.kind == AgreementKind.RESULT and not agreement.goals:
        problems.append("avtalen har ingen mål")
    for key, goals in category_lists(agreement).items():
        for number, goal in enumerate(goals, start=1):
            if not goal.text.strip():
                problems.append(f"mål {number} under «{category_title(defn, key)}» mangler tekst")
    return problems


def sign(
    session: Session, agreement_id: uuid.UUID, *, place: str, leader_signed_on: date, superior_signed_on: date,
    expected_version: int | None = None,
) -> Agreement:
    """Both parties sign: the status becomes signed and the text is locked.

    With ``expected_version`` an agreement changed since it was loaded is not signed: nobody
    signs text they have not seen."""
    agreement = get_agreement(session, agreement_id)
    check_version(agreement, expected_version, text_kept=False)
    ensure_editable(agreement)
    place = (place or "").strip()
    if not place:
        raise AgreementError("Skriv stedet der avtalen signeres, for eksempel kommunens navn.")
    if len(place) > 100:
        raise AgreementError(f"Stedet kan være høyst 100 tegn; det er {len(place)} tegn. Kort det ned.")
    if leader_signed_on is None or superior_signed_on is None:
        raise AgreementError("Begge parter må ha en dato for signeringen. Fyll inn datoen for leder og overordnet.")
    problems = _signing_problems(agreement)
    if problems:
        raise AgreementError(
            "Avtalen kan ikke signeres ennå: " + "; ".join(problems) + ". Rett dette og prøv igjen."
        )
    defn = definition(agreement)
    values = copy_values(agreement.values or {})
    last = max(leader_signed_on, superior_signed_on)
    for section in defn.get("sections", []):
        for item in section.get("fields", []):
            if item.get("binds") == "signed_place":
                values[item["key"]] = place
            elif section.get("signature_block") and item.get("type") == "date" and not item.get("binds"):
                values[item["key"]] = last.isoformat()
    agreement.values = values
    agreement.signed_place = place
    agreement.signed_by_leader_on = leader_signed_on
    agreement.signed_by_superior_on = superior_signed_on
    agreement.status = AgreementStatus.SIGNED
    flush_checked(session)
    return agreement


def unsign(session: Session, agreement_id: uuid.UUID, *, status: str = "discussion",
           expected_version: int | None = None) -> Agreement:
    """Undo a signing made by mistake: back to ``status`` (draft or discussion), the dates cleared.

    Refused once the agreement has been assessed, revised or followed by another.
    """
    agreement = get_agreement(session, agreement_id)
    check_version(agreement, expected_version, text_kept=False)
    if agreement.status != AgreementStatus.SIGNED:
        raise AgreementError("Bare en signert avtale kan settes tilbake til utkast eller drøfting.")
    if any(goal.assessments for goal in agreement.goals):
        raise AgreementError("Avtalen er allerede vurdert og kan ikke settes tilbake. Lag en revisjon i stedet.")
    target = AgreementStatus(status)
    if target not in EDITABLE:
        raise AgreementError("En avtale kan bare settes tilbake til utkast eller til drøfting.")
    values = copy_values(agreement.values or {})
    for section in definition(agreement).get("sections", []):
        if section.get("signature_block"):
            for item in section.get("fields", []):
                if item.get("type") == "date" and not item.get("binds"):
                    values[item["key"]] = ""
    agreement.values = values
    agreement.status = target
    agreement.signed_by_leader_on = None
    agreement.signed_by_superior_on = None
    flush_checked(session)
    return agreement


def _clear_signature_values(defn: dict[str, Any], values: dict[str, Any]) -> None:
    """A new revision is signed afresh: its place and dates start empty."""
    for section in defn.get("sections", []):
        if section.get("signature_block"):
            for item in section.get("fields", []):
                if item.get("type") == "date" or item.get("binds") == "signed_place":
                    values[item["key"]] = ""


def make_revision(session: Session, agreement_id: uuid.UUID, *, reason: str = "") -> Agreement:
    """Mid-year review: a new draft revision with the same values and goals; the signed one is kept, superseded."""
    old = get_agreement(session, agreement_id)
    if old.status == AgreementStatus.SUPERSEDED:
        raise AgreementError(superseded_message(session, old))
    if old.status == AgreementStatus.EVALUATED:
        raise AgreementError("Avtalen er evaluert. Lag neste års avtale fra den i stedet for en revisjon.")
    if old.status != AgreementStatus.SIGNED:
        raise AgreementError("Avtalen er ikke signert ennå, så den kan endres direkte uten en ny revisjon.")
    values = copy_values(old.values or {})
    _clear_signature_values(definition(old), values)
    values["revision_reason"] = (reason or "").strip()
    new = Agreement(
        id=uuid.uuid4(), template_id=old.template_id, unit_id=old.unit_id, unit_lineage_id=old.unit_lineage_id,
        leader_id=old.leader_id, superior_id=old.superior_id, kind=old.kind, title=old.title,
        period_start=old.period_start, period_end=old.period_end, status=AgreementStatus.DRAFT,
        confidential=old.confidential, revision=old.revision + 1, revision_of_id=old.id,
        previous_id=old.previous_id, linked_agreement_id=old.linked_agreement_id, values=values,
    )
    new.goals = [copy_goal(goal) for goal in sorted(old.goals, key=lambda g: g.sort_order)]
    session.add(new)
    old.status = AgreementStatus.SUPERSEDED
    session.flush()
    return new


def _newest_template(session: Session, template: AgreementTemplate) -> AgreementTemplate:
    newest = session.scalar(
        select(AgreementTemplate)
        .where(AgreementTemplate.key == template.key, AgreementTemplate.language == template.language)
        .order_by(AgreementTemplate.template_version.desc())
        .limit(1)
    )
    return newest or template


def _current_unit(session: Session, agreement: Agreement) -> Unit | None:
    """The agreement's unit in today's organisation (followed through reorganisations by lineage)."""
    version = current_version(session)
    if version is not None and agreement.unit_lineage_id is not None:
        unit = session.scalar(
            select(Unit).where(Unit.org_version_id == version.id, Unit.lineage_id == agreement.unit_lineage_id)
        )
        if unit is not None:
            return unit
    return agreement.unit


def create_next(
    session: Session, agreement_id: uuid.UUID, *, period_start: date, period_end: date, on: date | None = None,
) -> Agreement:
    """Next period's agreement from this one: the newest version of the same template, the texts that
    change little kept, and the goals not reached carried forward. This one becomes superseded."""
    old = get_agreement(session, agreement_id)
    if old.status == AgreementStatus.SUPERSEDED:
        raise AgreementError(superseded_message(session, old))
    if old.status in EDITABLE:
        raise AgreementError(
            "Avtalen er ikke signert ennå. Signer og evaluer den før neste års avtale lages fra den."
        )
    check_period(period_start, period_end)
    if period_start <= old.period_start:
        raise AgreementError(
            f"Neste avtale må begynne etter at denne begynte ({format_date(old.period_start)}). Velg en senere periode."
        )
    unit = _current_unit(session, old)
    if unit is None:
        raise AgreementError("Enheten avtalen gjaldt, finnes ikke lenger i organisasjonen. Lag en ny avtale i stedet.")
    template = _newest_template(session, old.template)
    new = create_agreement(session, template_id=template.id, unit_id=unit.id, period_start=period_start,
                           period_end=period_end, on=on)
    new.previous_id = old.id
    defn = template.definition or {}
    fields = template_fields(defn)
    values = copy_values(new.values)
    for key, value in (old.values or {}).items():
        item = fields.get(key)
        if item is None or item.get("binds") or item["_section"].get("signature_block") or item.get("type") == "date":
            continue
        if str(value).strip():
            values[key] = value
    old_tables = (old.values or {}).get("tables") or {}
    table_keys = {s["key"] for s in defn.get("sections", []) if isinstance(s.get("table"), dict)}
    kept = {key: [list(r) for r in rows] for key, rows in old_tables.items() if key in table_keys}
    if kept:
        values["tables"] = {**(values.get("tables") or {}), **kept}
    new.values = values
    keys = {c["key"] for c in categories(defn)}
    for goal in sorted(old.goals, key=lambda g: g.sort_order):
        # Common requirements come fresh from the new period's list, not from last year's text.
        if goal.common_requirement_id is None and goal.category in keys and is_unfinished(goal):
            place_goal(new, copy_goal(goal, carried=True))
    old.status = AgreementStatus.SUPERSEDED
    session.flush()
    return new


def _restored_status(agreement: Agreement) -> AgreementStatus:
    """The status a superseded agreement returns to when what replaced it is deleted."""
    return AgreementStatus.EVALUATED if agreement.evaluation_summary.strip() else AgreementStatus.SIGNED


def delete_agreement(session: Session, agreement_id: uuid.UUID) -> dict[str, Any]:
    """Delete a draft; returns the snapshot ``restore_agreement`` puts it back with.

    Deleting a draft revision or next year's draft makes the agreement it replaced current again.
    """
    agreement = get_agreement(session, agreement_id)
    if agreement.status != AgreementStatus.DRAFT:
        raise AgreementError(
            "Bare utkast kan slettes. En avtale som er sendt til drøfting eller signert, blir stående i historikken."
        )
    goals = sorted(agreement.goals, key=lambda g: g.sort_order)
    snapshot: dict[str, Any] = {
        "agreement": row_snapshot(agreement),
        "goals": [row_snapshot(goal) for goal in goals],
        "assessments": [row_snapshot(a) for goal in goals for a in goal.assessments],
        "linked_from": [a for (a,) in session.execute(
            select(Agreement.id).where(Agreement.linked_agreement_id == agreement.id))],
        "carried_into": [(g, c) for g, c in session.execute(
            select(Goal.id, Goal.carried_from_id).where(Goal.carried_from_id.in_([g.id for g in goals])))],
        "reactivated": None,
    }
    replaced_id = agreement.revision_of_id or agreement.previous_id
    replaced = session.get(Agreement, replaced_id) if replaced_id else None
    if replaced is not None and replaced.status == AgreementStatus.SUPERSEDED:
        others = session.scalar(
            select(Agreement.id).where(
                Agreement.id != agreement.id,
                or_(Agreement.revision_of_id == replaced.id, Agreement.previous_id == replaced.id),
            ).limit(1)
        )
        if others is None:
            replaced.status = _restored_status(replaced)
            snapshot["reactivated"] = replaced.id
    for other in session.scalars(select(Agreement).where(Agreement.linked_agreement_id == agreement.id)):
        other.linked_agreement_id = None
    session.delete(agreement)
    session.flush()
    return snapshot


def restore_agreement(session: Session, snapshot: dict[str, Any]) -> Agreement:
    """Put back a draft deleted by ``delete_agreement`` (same ids), superseding again what it replaced."""
    row = dict(snapshot["agreement"])
    if session.get(Agreement, row["id"]) is not None:
        raise AgreementError("Avtalen finnes allerede.")
    if session.get(AgreementTemplate, row["template_id"]) is None:
        raise AgreementError("Malen avtalen ble laget fra, finnes ikke lenger, så avtalen kan ikke gjenopprettes.")
    for key, model in (("unit_id", Unit), ("leader_id", Person), ("superior_id", Person)):
        if row.get(key) is not None and session.get(model, row[key]) is None:
            row[key] = None
    for key in ("revision_of_id", "previous_id", "linked_agreement_id"):
        if row.get(key) is not None and session.get(Agreement, row[key]) is None:
            row[key] = None
    agreement = Agreement(**row)
    goal_ids = set()
    for goal_row in snapshot.get("goals", []):
        values = dict(goal_row)
        if values.get("common_requirement_id") and session.get(CommonRequirement, values["common_requirement_id"])\
                is None:
            values["common_requirement_id"] = None
        if values.get("carried_from_id") and session.get(Goal, values["carried_from_id"]) is None:
            values["carried_from_id"] = None
        agreement.goals.append(Goal(**values))
        goal_ids.add(values["id"])
    by_goal = {g.id: g for g in agreement.goals}
    for values in snapshot.get("assessments", []):
        if values["goal_id"] in by_goal:
            by_goal[values["goal_id"]].assessments.append(Assessment(**values))
    session.add(agreement)
    session.flush()
    if snapshot.get("reactivated"):
        replaced = session.get(Agreement, snapshot["reactivated"])
        if replaced is not None:
            replaced.status = AgreementStatus.SUPERSEDED
    for other_id in snapshot.get("linked_from", []):
        other = session.get(Agreement, other_id)
        if other is not None and other.linked_agreement_id is None:
            other.linked_agreement_id = agreement.id
    for goal_id, carried_from in snapshot.get("carried_into", []):
        goal = session.get(Goal, goal_id)
        if goal is not None and goal.carried_from_id is None and carried_from in goal_ids:
            goal.carried_from_id = carried_from
    session.flush()
    return agreement
