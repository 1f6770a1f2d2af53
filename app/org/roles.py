"""Role descriptions per position (Åmot's appendix, seed 004): personnel, budget and professional
responsibility, authority and the competence wanted. A description belongs to the position, so it
follows the position through merges and splits, and is copied with a scenario."""

from __future__ import annotations

import io
import uuid
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import SimpleDocTemplate, Spacer
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.agreements.render_pdf import BODY, H1, H2, META, TITLE, draw_page_frame, flow_para, register_fonts
from app.formatting import format_date
from app.org.queries import active
from app.org.units import OrgError
from app.storage.files import write_atomically
from db.models import OrgVersion, OrgVersionStatus, Person, Position, Unit
from db.models.org import RoleDescription
from db.rows import get_or_gone

FIELDS = (("personnel", "Personalansvar"), ("budget", "Budsjettansvar"), ("professional", "Fagansvar"),
          ("authority", "Myndighet"), ("competence", "Ønsket kompetanse"))
MAX_TEXT = 4000


@dataclass(frozen=True)
class RoleText:
    position_id: uuid.UUID
    unit: str
    person: str
    title: str
    values: dict[str, str]


def role_description(session: Session, position_id: uuid.UUID) -> dict[str, str]:
    """The five texts of a position's description ("" for each when it has none)."""
    row = session.scalar(select(RoleDescription).where(RoleDescription.position_id == position_id))
    return {key: getattr(row, key) if row else "" for key, _ in FIELDS}


def set_role_description(session: Session, position_id: uuid.UUID, **values: Any) -> dict[str, str]:
    """Save the description of a position; returns the old texts (calling again with them undoes it)."""
    get_or_gone(session, Position, position_id, OrgError("Stillingen finnes ikke lenger. Oppdater visningen."))
    labels = dict(FIELDS)
    unknown = [k for k in values if k not in labels]
    if unknown:
        raise OrgError(f"Ukjent felt i rollebeskrivelsen: {', '.join(unknown)}.")
    for key, value in values.items():
        if len(str(value or "")) > MAX_TEXT:
            raise OrgError(f"{labels[key]} kan være høyst {MAX_TEXT} tegn (det er {len(str(value))}). Kort det ned.")
    old = role_description(session, position_id)
    row = session.scalar(select(RoleDescription).where(RoleDescription.position_id == position_id))
    if row is None:
        row = RoleDescription(id=uuid.uuid4(), position_id=position_id)
        session.add(row)
    for key, value in values.items():
        setattr(row, key, str(value or "").strip())
    session.flush()
    return old


def role_texts(session: Session, version_id: uuid.UUID, on: date) -> list[RoleText]:
    """Every position of the version on ``on`` that has a description, by unit and person."""
    rows = session.execute(
        select(RoleDescription, Unit.name, Person.given_name, Person.family_name, Position.title, Position.id)
        .join(Position, Position.id == RoleDescription.position_id).join(Unit, Unit.id == Position.unit_id)
        .join(Person, Person.id == Position.person_id)
        .where(Unit.org_version_id == version_id, active(Position.start_date, Position.end_date, on))
        .order_by(Unit.sort_order, Unit.name, Person.family_name))
    return [RoleText(pid, unit, f"{given} {family}", title, {k: getattr(r, k) for k, _ in FIELDS})
            for r, unit, given, family, title, pid in rows]


def write_roles_pdf(session: Session, version_id: uuid.UUID, on: date, out: Path) -> Path:
    """The role descriptions of a version, one section per position, for printing."""
    version = session.get_one(OrgVersion, version_id)
    register_fonts()
    texts = role_texts(session, version_id, on)
    draft = "Forslag/utkast" if version.status == OrgVersionStatus.SCENARIO else ""
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=24 * mm,
                            bottomMargin=22 * mm, title=f"Rollebeskrivelser – {version.name}", author="Styringsdialog")
    story: list[Any] = [flow_para(f"Rollebeskrivelser – {version.name}", TITLE),
                        flow_para(f"{draft + ' · ' if draft else ''}per {format_date(on)}", META), Spacer(1, 4 * mm)]
    if not texts:
        story.append(flow_para("Ingen stillinger i denne versjonen har rollebeskrivelse ennå.", BODY))
    for t in texts:
        story.append(flow_para(f"{t.unit}: {t.person}{' – ' + t.title if t.title else ''}", H1))
        for key, label in FIELDS:
            if t.values[key]:
                story += [flow_para(label, H2), flow_para(t.values[key], BODY)]

    def decorate(canvas: Any, document: Any) -> None:
        draw_page_frame(canvas, municipality="", logo=None, marking=draft, page_text=f"Side {document.page}",
                        name=f"Rollebeskrivelser – {version.name}", state=f"per {format_date(on)}")

    doc.build(story, onFirstPage=decorate, onLaterPages=decorate)
    return write_atomically(Path(out), buffer.getvalue())
