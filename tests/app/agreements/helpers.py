"""What the tests of the agreement edits share: the demo's template and units, a new draft, its goals, signing it."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.agreements import lifecycle
from app.agreements.detail import agreement_detail
from app.agreements.templates import install_builtin_templates
from app.org.queries import current_version, unit_rows
from app.storage.database import Database
from db.models import AgreementTemplate, Unit
from tests.conftest import DEMO_TODAY

STATSKONSULT = "statskonsult_resultatavtale"


Y = DEMO_TODAY.year


CATEGORIES = ("faglige_krav", "personlige_utviklingsmal", "generelle_krav")


def template_id(session: Session, key: str = STATSKONSULT, language: str = "nb") -> uuid.UUID:
    install_builtin_templates(session)
    return session.scalar(
        select(AgreementTemplate.id)
        .where(AgreementTemplate.key == key, AgreementTemplate.language == language)
        .order_by(AgreementTemplate.template_version.desc())
        .limit(1)
    )


def unit(session: Session, code: str) -> Unit:
    version = current_version(session)
    return session.scalar(select(Unit).where(Unit.org_version_id == version.id, Unit.code == code))


def row_of(session: Session, code: str):
    version = current_version(session)
    return next(r for r in unit_rows(session, version.id, DEMO_TODAY) if r.code == code)


def new_draft(db: Database, code: str = "2120", year: int = Y, key: str = STATSKONSULT,
              language: str = "nb") -> uuid.UUID:
    with db.session() as s:
        agreement = lifecycle.create_agreement(
            s, template_id=template_id(s, key, language), unit_id=unit(s, code).id,
            period_start=date(year, 1, 1), period_end=date(year, 12, 31), on=DEMO_TODAY,
        )
        return agreement.id


def goal_texts(db: Database, agreement_id: uuid.UUID) -> dict[str, list[str]]:
    with db.session() as s:
        detail = agreement_detail(s, agreement_id)
        return {c.key: [g.text for g in c.goals] for c in detail.categories}


def sign_it(db: Database, agreement_id: uuid.UUID) -> None:
    with db.session() as s:
        lifecycle.sign(s, agreement_id, place="Lindvik", leader_signed_on=date(Y, 2, 3),
                       superior_signed_on=date(Y, 2, 4))

