"""Relations beyond the tree: purchaser/provider (bestiller/utfører) between units, and a staff unit's
contact with the units it serves (stabskontakt). Drawn with their own line styles on the chart."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from app.org.units import OrgError
from db.models import Unit
from db.models.org import RELATION_KINDS, UnitRelation
from db.rows import get_or_gone, row_snapshot

KIND_LABELS = {"purchaser_provider": "Bestiller/utfører", "staff_contact": "Stabskontakt"}


@dataclass(frozen=True)
class RelationRow:
    id: uuid.UUID
    from_id: uuid.UUID
    to_id: uuid.UUID
    from_name: str
    to_name: str
    kind: str
    description: str

    @property
    def label(self) -> str:
        return KIND_LABELS[self.kind]


def add_relation(session: Session, from_unit_id: uuid.UUID, to_unit_id: uuid.UUID, kind: str,
                 description: str = "") -> uuid.UUID:
    """A purchaser→provider or staff unit→served unit line between two units of the same version."""
    if kind not in RELATION_KINDS:
        raise OrgError(f"Ukjent type forbindelse «{kind}». Velg bestiller/utfører eller stabskontakt.")
    gone = OrgError("En av enhetene finnes ikke lenger. Oppdater visningen og prøv igjen.")
    a, b = get_or_gone(session, Unit, from_unit_id, gone), get_or_gone(session, Unit, to_unit_id, gone)
    if a.id == b.id:
        raise OrgError(f"«{a.name}» kan ikke ha en forbindelse til seg selv. Velg en annen enhet.")
    if a.org_version_id != b.org_version_id:
        raise OrgError("Enhetene hører til ulike organisasjonsversjoner. Velg to enheter i samme versjon.")
    if session.scalar(select(UnitRelation.id).where(UnitRelation.from_unit_id == a.id,
                                                    UnitRelation.to_unit_id == b.id, UnitRelation.kind == kind)):
        raise OrgError(f"«{a.name}» har allerede forbindelsen {KIND_LABELS[kind].lower()} til «{b.name}».")
    relation = UnitRelation(id=uuid.uuid4(), org_version_id=a.org_version_id, from_unit_id=a.id, to_unit_id=b.id,
                            kind=kind, description=(description or "").strip())
    session.add(relation)
    session.flush()
    return relation.id


def delete_relation(session: Session, relation_id: uuid.UUID) -> dict[str, Any]:
    """Remove a relation; returns what ``restore_relation`` puts back."""
    relation = get_or_gone(session, UnitRelation, relation_id, OrgError("Forbindelsen finnes ikke lenger."))
    snapshot = row_snapshot(relation)
    session.delete(relation)
    session.flush()
    return snapshot


def restore_relation(session: Session, snapshot: dict[str, Any]) -> None:
    session.add(UnitRelation(**snapshot))
    session.flush()


def relations(session: Session, version_id: uuid.UUID) -> list[RelationRow]:
    """Every relation of a version, by kind and then the units' names."""
    a, b = aliased(Unit), aliased(Unit)
    rows = session.execute(
        select(UnitRelation.id, UnitRelation.from_unit_id, UnitRelation.to_unit_id, a.name, b.name,
               UnitRelation.kind, UnitRelation.description)
        .join(a, a.id == UnitRelation.from_unit_id).join(b, b.id == UnitRelation.to_unit_id)
        .where(UnitRelation.org_version_id == version_id).order_by(UnitRelation.kind, a.name, b.name))
    return [RelationRow(*row) for row in rows]
