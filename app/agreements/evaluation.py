"""Evaluating an agreement: the assessments per goal and assessor, finishing and reopening."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from app.agreements.goals import category_lists
from app.agreements.rules import (
    EDITABLE,
    AgreementError,
    category_title,
    definition,
    get_agreement,
    get_goal,
    superseded_message,
)
from app.storage.conflicts import Subject, check_version, flush_checked
from db.models import (
    Agreement,
    AgreementStatus,
    Assessment,
    Assessor,
    Goal,
)


def scale_labels(defn: dict[str, Any]) -> dict[int, str]:
    return {int(step["value"]): str(step.get("label", step["value"])) for step in defn.get("scale", [])}


def find_assessment(goal: Goal, assessor: Assessor) -> Assessment | None:
    return next((a for a in goal.assessments if a.assessor == assessor), None)


def set_assessment(
    session: Session,
    goal_id: uuid.UUID,
    *,
    assessor: str,
    scale: int | None,
    comment: str = "",
    on: date | None = None,
    expected_version: int | None = None,
) -> dict[str, Any]:
    """Record the leader's self-assessment or the superior's assessment of a goal on the scale.

    Returns the old values (``set_assessment(goal_id, **old)`` undoes); no scale and no comment
    removes the assessment.
    """
    goal = get_goal(session, goal_id)
    agreement = goal.agreement
    if agreement.status in EDITABLE:
        raise AgreementError("Avtalen er ikke signert ennå. Målene vurderes etter at avtalen er signert.")
    if agreement.status == AgreementStatus.EVALUATED:
        raise AgreementError("Evalueringen er avsluttet og låst. Åpne evalueringen igjen for å endre en vurdering.")
    if agreement.status == AgreementStatus.SUPERSEDED:
        raise AgreementError(superseded_message(session, agreement))
    try:
        who = Assessor(assessor)
    except ValueError:
        raise AgreementError("Vurderingen må være lederens egenevaluering eller den overordnedes vurdering.") from None
    labels = scale_labels(definition(agreement)) or {1: "1", 2: "2", 3: "3"}
    valid = isinstance(scale, int) and not isinstance(scale, bool) and scale in labels and 1 <= scale <= 3
    if scale is not None and not valid:
        steps = ", ".join(f"{value} ({label})" for value, label in sorted(labels.items()))
        raise AgreementError(f"Vurderingen «{scale}» finnes ikke på skalaen. Velg en av {steps}.")
    text = (comment or "").strip()
    current = find_assessment(goal, who)
    what = "Egenevalueringen" if who == Assessor.SELF else "Overordnedes vurdering"
    check_version(current, expected_version, subject=Subject(f"{what} av målet «{' '.join(goal.text.split())[:60]}»"))
    old = {
        "assessor": who.value,
        "scale": current.scale if current else None,
        "comment": current.comment if current else "",
        "on": current.assessed_on if current else None,
    }
    if scale is None and not text:
        if current is not None:
            goal.assessments.remove(current)
            session.delete(current)
    else:
        if current is None:
            current = Assessment(id=uuid.uuid4(), assessor=who)
            goal.assessments.append(current)
        current.scale = scale
        current.comment = text
        current.assessed_on = on or date.today()
    flush_checked(session)
    return old


def finish_evaluation(session: Session, agreement_id: uuid.UUID, *, summary: str,
                      expected_version: int | None = None) -> Agreement:
    """Close the evaluation: every goal needs the superior's assessment; the summary is written."""
    agreement = get_agreement(session, agreement_id)
    check_version(agreement, expected_version)
    if agreement.status == AgreementStatus.EVALUATED:
        raise AgreementError("Avtalen er allerede evaluert.")
    if agreement.status != AgreementStatus.SIGNED:
        if agreement.status == AgreementStatus.SUPERSEDED:
            raise AgreementError(superseded_message(session, agreement))
        raise AgreementError("Avtalen må være signert før den kan evalueres.")
    text = (summary or "").strip()
    if not text:
        raise AgreementError("Skriv en kort oppsummering av evalueringssamtalen før du avslutter evalueringen.")
    defn = definition(agreement)
    missing = [
        f"mål {number} under «{category_title(defn, key)}»"
        for key, goals in category_lists(agreement).items()
        for number, goal in enumerate(goals, start=1)
        if (found := find_assessment(goal, Assessor.SUPERIOR)) is None or found.scale is None
    ]
    if missing:
        raise AgreementError(
            "Overordnedes vurdering mangler for " + ", ".join(missing) + ". Sett en vurdering på skalaen for "
            "hvert mål før evalueringen avsluttes."
        )
    agreement.evaluation_summary = text
    agreement.status = AgreementStatus.EVALUATED
    flush_checked(session)
    return agreement


def reopen_evaluation(session: Session, agreement_id: uuid.UUID, *, expected_version: int | None = None) -> str:
    """Evaluated → signed, so assessments can be corrected (also undoes ``finish_evaluation``).

    Returns the summary written; it is cleared.
    """
    agreement = get_agreement(session, agreement_id)
    check_version(agreement, expected_version, text_kept=False)
    if agreement.status != AgreementStatus.EVALUATED:
        if agreement.status == AgreementStatus.SUPERSEDED:
            raise AgreementError(superseded_message(session, agreement))
        raise AgreementError("Avtalen er ikke evaluert, så det er ingen evaluering å åpne igjen.")
    summary = agreement.evaluation_summary
    agreement.evaluation_summary = ""
    agreement.status = AgreementStatus.SIGNED
    flush_checked(session)
    return summary


def is_unfinished(goal: Goal) -> bool:
    """A goal not reached: the superior rated it below the top of the scale, or not at all."""
    found = find_assessment(goal, Assessor.SUPERIOR)
    return found is None or found.scale is None or found.scale < 3
