"""The evaluation round: the leader fills in their own self-assessment on a form.

:func:`export_self_assessment_form` writes the leader's part of an agreement as a Word form (one
row per goal: the goal, its indicator, and cells for the self-assessment on the 3-point scale and a
comment), or, for an output named ``.pdf``, as a PDF with form fields (a choice and a comment field
per goal). The document's properties carry the agreement's id, its revision and its goals' ids.
:func:`read_self_assessment_form` reads the filled-in form back into the agreement as the leader's
assessments (one user action, all or nothing), and refuses a form that belongs to another agreement
or to another revision of it, saying which.
"""

from __future__ import annotations

import io
import uuid
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from docx import Document
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.agreements.rules import EDITABLE, AgreementError, superseded_message
from app.errors import AppError
from app.storage.files import write_atomically
from db.models import Agreement, AgreementStatus, Assessment, Assessor, Goal

SCALE = {"1": 1, "liten grad": 1, "2": 2, "tilfredsstillende": 2, "3": 3, "stor grad": 3}
SCALE_WORDS = {1: "liten grad", 2: "tilfredsstillende", 3: "stor grad"}
HEADERS = ("Nr.", "Mål", "Indikator", "Egenvurdering (liten grad / tilfredsstillende / stor grad)", "Kommentar")
MARK = "styringsdialog-egenvurdering"


def _goals(session: Session, agreement_id: uuid.UUID) -> list[Goal]:
    # The goal id breaks a tie, so the form's rows (and the ids it carries) come in the same order each time.
    return list(session.scalars(select(Goal).where(Goal.agreement_id == agreement_id)
                                .order_by(Goal.sort_order, Goal.id)))


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
    if Path(out).suffix.lower() == ".pdf":
        return write_atomically(Path(out), _pdf_form(agreement, goals, own), private=True)
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


# Per goal: the leader's own assessment as (scale, comment, day), or None for none.
SelfAssessments = dict[uuid.UUID, tuple[int | None, str, date | None] | None]


@dataclass(frozen=True)
class FormResult:
    agreement_id: uuid.UUID
    assessed: int
    before: SelfAssessments = field(default_factory=dict)  # the goals' own assessments before (to undo)
    after: SelfAssessments = field(default_factory=dict)  # and after (to redo)


def _check_open(session: Session, agreement: Agreement) -> None:
    """The leader's assessments are recorded on a signed agreement whose evaluation is open (as in
    :func:`app.agreements.evaluation.set_assessment`)."""
    if agreement.status in EDITABLE:
        raise AgreementError(f"«{agreement.title}» er ikke signert ennå. Målene vurderes etter at avtalen er "
                             "signert; les inn skjemaet da.")
    if agreement.status == AgreementStatus.EVALUATED:
        raise AgreementError(f"Evalueringen av «{agreement.title}» er avsluttet og låst. Åpne evalueringen igjen "
                             "for å lese inn skjemaet.")
    if agreement.status == AgreementStatus.SUPERSEDED:
        raise AgreementError(superseded_message(session, agreement))


def put_self_assessments(session: Session, agreement_id: uuid.UUID, values: SelfAssessments) -> SelfAssessments:
    """Set the leader's own assessment of each goal in ``values`` (None removes it); returns what
    they were, so the window can undo a form read in (and redo it) as one step."""
    agreement = session.get(Agreement, agreement_id)
    if agreement is None:
        raise AppError("Avtalen finnes ikke lenger. Last siden på nytt.")
    _check_open(session, agreement)
    goals = {g.id: g for g in _goals(session, agreement_id)}
    gone = [goal_id for goal_id in values if goal_id not in goals]
    if gone:
        raise AppError(f"{len(gone)} av målene i «{agreement.title}» finnes ikke lenger. Last siden på nytt.")
    existing = {a.goal_id: a for a in session.scalars(select(Assessment).where(
        Assessment.goal_id.in_(list(values)), Assessment.assessor == Assessor.SELF))}
    before: SelfAssessments = {}
    for goal_id, value in values.items():
        mine = existing.get(goal_id)
        before[goal_id] = (mine.scale, mine.comment, mine.assessed_on) if mine is not None else None
        if value is None:
            if mine is not None:
                session.delete(mine)
            continue
        if mine is None:
            mine = Assessment(id=uuid.uuid4(), goal_id=goal_id, assessor=Assessor.SELF)
            session.add(mine)
        mine.scale, mine.comment, mine.assessed_on = value
    session.flush()
    return before


def read_self_assessment_form(session: Session, path: Path, agreement_id: uuid.UUID | None = None, *,
                              today: date | None = None) -> FormResult:
    """Read a filled-in form back as the leader's self-assessments of the agreement's goals.

    ``agreement_id``, when given, is the agreement the user is reading it into; a form made for
    another agreement, or for another revision of this one, is refused with the way out.
    """
    path = Path(path)
    if path.suffix.lower() == ".pdf":
        ident, version, keywords, filled = _read_pdf_form(path)
    else:
        ident, version, keywords, filled = _read_docx_form(path)
    if not ident:
        raise AppError(f"«{path.name}» er ikke et egenvurderingsskjema fra Styringsdialog. Lag skjemaet fra avtalen "
                       "og send det til lederen.")
    try:
        form_agreement = uuid.UUID(ident)
    except ValueError:
        raise AppError(f"«{path.name}» har en ødelagt avtale-ID. Lag et nytt skjema fra avtalen.") from None
    agreement = session.get(Agreement, form_agreement)
    if agreement is None:
        raise AppError(f"«{path.name}» hører til en avtale som ikke finnes i denne databasen.")
    if agreement_id is not None and agreement_id != agreement.id:
        raise AppError(f"«{path.name}» hører til en annen avtale: «{agreement.title}». Velg riktig skjema, eller les "
                       "det inn i den avtalen.")
    if version != str(agreement.revision):
        raise AppError(f"«{path.name}» ble laget for revisjon {version} av «{agreement.title}», men avtalen er "
                       f"nå revisjon {agreement.revision}. Lag et nytt skjema fra avtalen og send det til lederen.")
    goals = _goals(session, agreement.id)
    if keywords != ",".join(str(g.id) for g in goals):
        raise AppError(f"Målene i «{agreement.title}» er endret siden skjemaet «{path.name}» ble laget. Lag et nytt "
                       "skjema fra avtalen.")
    if filled is None or len(filled) != len(goals):
        raise AppError(f"Tabellen med målene i «{path.name}» er endret (rader lagt til eller tatt bort). Lag et nytt "
                       "skjema fra avtalen.")
    problems: list[str] = []
    answers: list[tuple[Goal, int, str]] = []
    for (where, raw_word, comment), goal in zip(filled, goals, strict=True):
        word = raw_word.strip().casefold()
        comment = comment.strip()
        if not word and not comment:
            continue
        scale = SCALE.get(word)
        if scale is None:
            problems.append(f"{where}: «{raw_word.strip()}» er ikke liten grad, tilfredsstillende eller stor grad")
            continue
        answers.append((goal, scale, comment))
    if problems:
        raise AppError(f"Ingenting er lest inn fra «{path.name}»: " + "; ".join(problems) + ". Rett skjemaet og les "
                       "det inn på nytt.")
    day = today or date.today()
    after: SelfAssessments = {goal.id: (scale, comment, day) for goal, scale, comment in answers}
    before = put_self_assessments(session, agreement.id, after)  # refuses an agreement not open for assessment
    return FormResult(agreement.id, len(answers), before, after)


Filled = list[tuple[str, str, str]]  # per goal: where (for messages), the self-assessment word, the comment


def _read_docx_form(path: Path) -> tuple[str, str, str, Filled | None]:
    """The form's agreement id, revision, goal ids and rows, from the Word form."""
    try:
        document = Document(str(path))
    except Exception as exc:  # python-docx raises several kinds for a file that is not a Word document
        raise AppError(f"«{path.name}» kan ikke leses som et Word-dokument (.docx). Velg skjemaet som ble sendt "
                       "ut, lagret som .docx eller .pdf.") from exc
    props = document.core_properties
    if props.subject != MARK:
        return "", "", "", None
    table = next((t for t in document.tables if t.rows and t.rows[0].cells[0].text.strip() == HEADERS[0]), None)
    rows = None if table is None else [
        (f"rad {number}, kolonne «Egenvurdering»", row.cells[3].text, row.cells[4].text)
        for number, row in enumerate(table.rows[1:], start=2)]
    return props.identifier or "", props.version or "", props.keywords or "", rows


# --- the same form as a PDF with form fields (AcroForm) ----------------------------------------
NOT_CHOSEN = "ikke vurdert"  # reportlab's choice field needs a value (an empty one fails inside it)
CHOICES = [NOT_CHOSEN, "liten grad", "tilfredsstillende", "stor grad"]


def _pdf_form(agreement: Agreement, goals: list[Goal], own: dict[uuid.UUID, Assessment]) -> bytes:
    """One block per goal: the goal and its indicator as text, then a choice field for the self-assessment
    and a text field for the comment, named by the goal's place (``vurdering_1``, ``kommentar_1``). The
    document's subject marks it, its keywords carry the agreement id, revision and goal ids."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    from app.agreements.render_pdf import BOLD, REGULAR, register_fonts

    register_fonts()  # DejaVu Sans: æ, ø and å in the goals
    regular, bold = REGULAR, BOLD
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    title = f"Egenvurdering – {agreement.title}"
    pdf.setTitle(title)
    pdf.setSubject(MARK)
    pdf.setKeywords(f"{agreement.id};{agreement.revision};" + ",".join(str(g.id) for g in goals))
    width, height = A4
    left, right, top = 50.0, width - 50.0, height - 50.0
    y = top

    def line(text: str, font: str, size: float) -> None:
        nonlocal y
        for piece in simpleSplit(text, font, size, right - left) or [""]:
            if y < 60:
                pdf.showPage()
                y = top
            pdf.setFont(font, size)
            pdf.drawString(left, y, piece)
            y -= size * 1.35

    line(title, bold, 14)
    leader = agreement.leader.full_name if agreement.leader else ""
    line(f"Leder: {leader}. Revisjon {agreement.revision}. Velg egenvurdering (liten grad, tilfredsstillende eller "
         "stor grad) og skriv en kommentar for hvert mål, lagre og send skjemaet tilbake.", regular, 9.5)
    y -= 6
    for place, goal in enumerate(goals, start=1):
        if y < 170:
            pdf.showPage()
            y = top
        line(f"Mål {goal.number or place}: {goal.text}", bold, 10.5)
        if goal.indicator:
            line(f"Indikator: {goal.indicator}", regular, 9.5)
        mine = own.get(goal.id)
        chosen = SCALE_WORDS.get(mine.scale or 0, NOT_CHOSEN) if mine else NOT_CHOSEN
        pdf.setFont(regular, 9.5)
        pdf.drawString(left, y - 14, "Egenvurdering:")
        pdf.acroForm.choice(name=f"vurdering_{place}", value=chosen, options=CHOICES, x=int(left) + 90, y=int(y) - 20,
                            width=170, height=18, fontName="Helvetica", fontSize=9, borderColor=colors.grey,
                            fillColor=colors.white, tooltip=f"Egenvurdering, mål {goal.number or place}")
        pdf.drawString(left, y - 40, "Kommentar:")
        pdf.acroForm.textfield(name=f"kommentar_{place}", value=mine.comment if mine else "",
                               x=int(left) + 90, y=int(y) - 86, width=int(right - left) - 90, height=58,
                               fontName="Helvetica", fontSize=9, fieldFlags="multiline",
                               borderColor=colors.grey, fillColor=colors.white,
                               tooltip=f"Kommentar, mål {goal.number or place}")
        y -= 104
    pdf.save()
    return buffer.getvalue()


def _read_pdf_form(path: Path) -> tuple[str, str, str, Filled | None]:
    """The form's agreement id, revision, goal ids and answers, from the PDF's fields."""
    from pypdf import PdfReader

    try:
        reader = PdfReader(str(path))
        info = reader.metadata
        fields = reader.get_fields() or {}
    except Exception as exc:  # pypdf raises several kinds for a damaged or foreign file
        raise AppError(f"«{path.name}» kan ikke leses som PDF. Velg skjemaet som ble sendt ut.") from exc
    if info is None or info.get("/Subject") != MARK:
        return "", "", "", None
    ident, _, rest = str(info.get("/Keywords") or "").partition(";")
    version, _, keywords = rest.partition(";")
    places = sorted(int(name.split("_", 1)[1]) for name in fields
                    if name.startswith("vurdering_") and name.split("_", 1)[1].isdigit())

    def value(name: str) -> str:
        field = fields.get(name)
        raw = field.get("/V") if field is not None else None
        return "" if raw is None or str(raw) == NOT_CHOSEN else str(raw)

    rows = [(f"mål {place}, feltet «Egenvurdering»", value(f"vurdering_{place}"), value(f"kommentar_{place}"))
            for place in places]
    return ident, version, keywords, rows
