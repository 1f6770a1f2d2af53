"""The evaluation round: the leader fills in their own self-assessment on a form.

:func:`export_self_assessment_form` writes the leader's part of an agreement as a Word form (one
row per goal: the goal, its indicator, and cells for the self-assessment on the 3-point scale and a
comment). The document's properties carry the agreement's id, its revision and its goals' ids.
:func:`read_self_assessment_form` reads the filled-in form back into the agreement as the leader's
assessments (one user action, all or nothing), and refuses a form that belongs to another agreement
or to another revision of it, saying which.
"""

from __future__ import annotations

import io
import uuid
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from docx import Document
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import AppError
from app.files import write_atomically
from db.models import Agreement, Assessment, Assessor, Goal

SCALE = {"1": 1, "liten grad": 1, "2": 2, "tilfredsstillende": 2, "3": 3, "stor grad": 3}
SCALE_WORDS = {1: "liten grad", 2: "tilfredsstillende", 3: "stor grad"}
HEADERS = ("Nr.", "Mål", "Indikator", "Egenvurdering (liten grad / tilfredsstillende / stor grad)", "Kommentar")
MARK = "styringsdialog-egenvurdering"


def _goals(session: Session, agreement_id: uuid.UUID) -> list[Goal]:
    return list(session.scalars(select(Goal).where(Goal.agreement_id == agreement_id).order_by(Goal.sort_order)))


def export_self_assessment_form(session: Session, agreement_id: uuid.UUID, out: Path) -> Path:
    """Write the leader's self-assessment form for the agreement as DOCX."""
    agreement = session.get(Agreement, agreement_id)
    if agreement is None:
        raise AppError("Avtalen finnes ikke lenger. Last siden på nytt.")
    goals = _goals(session, agreement_id)
    if not goals:
        raise AppError("Avtalen har ingen mål å vurdere. Legg inn målene før skjemaet lages.")
    own = {a.goal_id: a for a in session.scalars(select(Assessment).where(
        Assessment.goal_id.in_([g.id for g in goals]), Assessment.assessor == Assessor.SELF))}
    document = Document()
    props = document.core_properties
    props.identifier = str(agreement.id)
    props.version = str(agreement.revision)
    props.subject = MARK
    props.keywords = ",".join(str(g.id) for g in goals)
    props.title = f"Egenvurdering – {agreement.title}"
    document.add_heading(f"Egenvurdering – {agreement.title}", level=1)
    leader = agreement.leader.full_name if agreement.leader else ""
    document.add_paragraph(f"Leder: {leader}. Revisjon {agreement.revision}. Fyll ut kolonnene «Egenvurdering» "
                           "(liten grad, tilfredsstillende eller stor grad) og «Kommentar», lagre og send skjemaet "
                           "tilbake. Endre ikke de andre kolonnene.")
    table = document.add_table(rows=1, cols=len(HEADERS))
    table.style = "Table Grid"
    for cell, head in zip(table.rows[0].cells, HEADERS, strict=True):
        cell.text = head
    for goal in goals:
        mine = own.get(goal.id)
        cells = table.add_row().cells
        values = (goal.number, goal.text, goal.indicator, SCALE_WORDS.get(mine.scale or 0, "") if mine else "",
                  mine.comment if mine else "")
        for cell, value in zip(cells, values, strict=True):
            cell.text = value
    buffer = io.BytesIO()
    document.save(buffer)
    return write_atomically(Path(out), buffer.getvalue(), private=True)


@dataclass(frozen=True)
class FormResult:
    agreement_id: uuid.UUID
    assessed: int


def read_self_assessment_form(session: Session, path: Path, agreement_id: uuid.UUID | None = None, *,
                              today: date | None = None) -> FormResult:
    """Read a filled-in form back as the leader's self-assessments of the agreement's goals.

    ``agreement_id``, when given, is the agreement the user is reading it into; a form made for
    another agreement, or for another revision of this one, is refused with the way out.
    """
    path = Path(path)
    try:
        document = Document(str(path))
    except Exception as exc:  # python-docx raises several kinds for a file that is not a Word document
        raise AppError(f"«{path.name}» kan ikke leses som et Word-dokument (.docx). Velg skjemaet som ble sendt "
                       "ut, lagret som .docx.") from exc
    props = document.core_properties
    if props.subject != MARK or not props.identifier:
        raise AppError(f"«{path.name}» er ikke et egenvurderingsskjema fra Styringsdialog. Lag skjemaet fra avtalen "
                       "og send det til lederen.")
    try:
        form_agreement = uuid.UUID(props.identifier)
    except ValueError:
        raise AppError(f"«{path.name}» har en ødelagt avtale-ID. Lag et nytt skjema fra avtalen.") from None
    agreement = session.get(Agreement, form_agreement)
    if agreement is None:
        raise AppError(f"«{path.name}» hører til en avtale som ikke finnes i denne databasen.")
    if agreement_id is not None and agreement_id != agreement.id:
        raise AppError(f"«{path.name}» hører til en annen avtale: «{agreement.title}». Velg riktig skjema, eller les "
                       "det inn i den avtalen.")
    if props.version != str(agreement.revision):
        raise AppError(f"«{path.name}» ble laget for revisjon {props.version} av «{agreement.title}», men avtalen er "
                       f"nå revisjon {agreement.revision}. Lag et nytt skjema fra avtalen og send det til lederen.")
    goals = _goals(session, agreement.id)
    if props.keywords != ",".join(str(g.id) for g in goals):
        raise AppError(f"Målene i «{agreement.title}» er endret siden skjemaet «{path.name}» ble laget. Lag et nytt "
                       "skjema fra avtalen.")
    table = next((t for t in document.tables if t.rows and t.rows[0].cells[0].text.strip() == HEADERS[0]), None)
    if table is None or len(table.rows) - 1 != len(goals):
        raise AppError(f"Tabellen med målene i «{path.name}» er endret (rader lagt til eller tatt bort). Lag et nytt "
                       "skjema fra avtalen.")
    problems: list[str] = []
    answers: list[tuple[Goal, int, str]] = []
    for number, (row, goal) in enumerate(zip(table.rows[1:], goals, strict=True), start=2):
        cells = row.cells
        word = cells[3].text.strip().casefold()
        comment = cells[4].text.strip()
        if not word and not comment:
            continue
        scale = SCALE.get(word)
        if scale is None:
            problems.append(f"rad {number}, kolonne «Egenvurdering»: «{cells[3].text.strip()}» er ikke liten grad, "
                            "tilfredsstillende eller stor grad")
            continue
        answers.append((goal, scale, comment))
    if problems:
        raise AppError(f"Ingenting er lest inn fra «{path.name}»: " + "; ".join(problems) + ". Rett skjemaet og les "
                       "det inn på nytt.")
    day = today or date.today()
    existing = {a.goal_id: a for a in session.scalars(select(Assessment).where(
        Assessment.goal_id.in_([g.id for g in goals]), Assessment.assessor == Assessor.SELF))}
    for goal, scale, comment in answers:
        mine = existing.get(goal.id)
        if mine is None:
            mine = Assessment(id=uuid.uuid4(), goal_id=goal.id, assessor=Assessor.SELF)
            session.add(mine)
        mine.scale, mine.comment, mine.assessed_on = scale, comment, day
    session.flush()
    return FormResult(agreement.id, len(answers))
