"""What every agreement edit checks: the error, the editable rule, an agreement or goal by id,
the template's definition, and the parsing of field values.

The functions the editor calls take ``expected_version``: the version of the row the editor
loaded (``AgreementDetail.version``, ``GoalView.version``, ``AssessmentView.version``). A row
changed by someone else since is not overwritten: ``app.storage.conflicts.ConflictError`` says who
changed it and when.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from app.errors import AppError
from app.formatting import format_date
from db.models import (
    Agreement,
    AgreementStatus,
    Goal,
    Person,
    Unit,
)
from db.rows import get_or_gone


class AgreementError(AppError):
    """An agreement change that cannot be made as asked; the message says why and what to do."""


EDITABLE = (AgreementStatus.DRAFT, AgreementStatus.DISCUSSION)
LOCKED_MESSAGE = "Avtalen er signert og låst. Lag en revisjon for å endre den."


def get_agreement(session: Session, agreement_id: uuid.UUID) -> Agreement:
    return get_or_gone(session, Agreement, agreement_id, AgreementError(
        "Avtalen finnes ikke lenger (den kan være slettet). Oppdater visningen og prøv igjen."
    ))


def get_goal(session: Session, goal_id: uuid.UUID) -> Goal:
    return get_or_gone(session, Goal, goal_id, AgreementError(
        "Målet finnes ikke lenger (det kan være slettet). Oppdater visningen og prøv igjen."
    ))


def copy_values(values: dict[str, Any]) -> dict[str, Any]:
    """A deep enough copy of ``Agreement.values``: JSON columns only notice a new object."""
    copied = dict(values)
    tables = values.get("tables")
    if isinstance(tables, dict):
        copied["tables"] = {key: [list(row) for row in rows] for key, rows in tables.items()}
    return copied


def definition(agreement: Agreement) -> dict[str, Any]:
    return agreement.template.definition or {}


def categories(defn: dict[str, Any]) -> list[dict[str, Any]]:
    return list(defn.get("goal_categories", []))


def template_fields(defn: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Field key -> field definition, with the key of the section it belongs to."""
    found: dict[str, dict[str, Any]] = {}
    for section in defn.get("sections", []):
        for item in section.get("fields", []):
            found[item["key"]] = {**item, "_section": section}
    return found


def category_title(defn: dict[str, Any], key: str) -> str:
    return next((c.get("title", key) for c in categories(defn) if c["key"] == key), key)


def ensure_editable(agreement: Agreement) -> None:
    if agreement.status in EDITABLE:
        return
    if agreement.status == AgreementStatus.SIGNED:
        raise AgreementError(LOCKED_MESSAGE)
    if agreement.status == AgreementStatus.EVALUATED:
        raise AgreementError("Avtalen er evaluert og låst. Lag neste års avtale fra den for å skrive nye mål.")
    raise AgreementError(
        "Avtalen er erstattet av en nyere revisjon eller neste års avtale og kan ikke endres. "
        "Åpne den gjeldende avtalen i historikken."
    )


def as_date(value: Any, label: str) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip())
    except ValueError:
        raise AgreementError(f"«{value}» i feltet «{label}» er ikke en dato. Skriv datoen som dd.mm.åååå.") from None


def as_uuid(value: Any) -> uuid.UUID | None:
    if isinstance(value, uuid.UUID):
        return value
    if isinstance(value, str):
        try:
            return uuid.UUID(value)
        except ValueError:
            return None
    return None


def check_period(period_start: date, period_end: date) -> None:
    if period_start is None or period_end is None:
        raise AgreementError("Avtalen må ha både fra- og til-dato. Fyll inn perioden avtalen gjelder for.")
    if period_end < period_start:
        raise AgreementError(
            f"Perioden slutter ({format_date(period_end)}) før den begynner ({format_date(period_start)}). "
            "Rett datoene."
        )


def validated_field(session: Session, item: dict[str, Any], value: Any) -> dict[str, Any]:
    """What setting one field changes: ``{"value": stored text, column: value, ...}``."""
    label = item.get("label", item["key"])
    kind = item.get("type", "text")
    binds = item.get("binds")
    result: dict[str, Any] = {}
    if kind == "date":
        day = as_date(value, label)
        result["value"] = day.isoformat() if day else ""
        if binds in ("period_start", "period_end"):
            if day is None:
                raise AgreementError(f"Feltet «{label}» må ha en dato: det er avtalens periode.")
            result[binds] = day
        return result
    if kind in ("person", "unit"):
        model: type[Person] | type[Unit] = Person if kind == "person" else Unit
        ref = value.id if isinstance(value, model) else as_uuid(value)
        if ref is not None:
            obj: Person | Unit | None = session.get(Person, ref) if kind == "person" else session.get(Unit, ref)
            if obj is None:
                what = "Personen" if kind == "person" else "Enheten"
                raise AgreementError(f"{what} som er valgt i feltet «{label}», finnes ikke lenger. Velg på nytt.")
            result["value"] = obj.full_name if isinstance(obj, Person) else obj.name
            if binds in ("leader", "superior"):
                result[f"{binds}_id"] = obj.id
            elif binds == "unit" and isinstance(obj, Unit):
                result["unit_id"] = obj.id
                result["unit_lineage_id"] = obj.lineage_id
            return result
        if value is None and binds in ("leader", "superior"):
            result[f"{binds}_id"] = None
        result["value"] = "" if value is None else str(value).strip()
        return result
    text = "" if value is None else str(value)
    text = text.strip() if kind == "text" else text.rstrip()
    if kind == "text" and "\n" in text:
        text = " ".join(line.strip() for line in text.splitlines() if line.strip())
    max_lines = item.get("max_lines")
    if kind == "multiline" and isinstance(max_lines, int) and max_lines > 0:
        lines = len(text.splitlines())
        if lines > max_lines:
            raise AgreementError(
                f"Feltet «{label}» kan ha høyst {max_lines} linjer, men teksten har {lines}. Kort den ned."
            )
    result["value"] = text
    if binds == "signed_place":
        if len(text) > 100:
            raise AgreementError(f"Stedet kan være høyst 100 tegn; «{text[:40]}…» er {len(text)} tegn.")
        result["signed_place"] = text
    return result


def clean_table(rows: Any, columns: int, title: str) -> list[list[str]]:
    if not isinstance(rows, (list, tuple)):
        raise AgreementError(f"Tabellen «{title}» må være en liste med rader.")
    cleaned: list[list[str]] = []
    for row in rows:
        if not isinstance(row, (list, tuple)):
            raise AgreementError(f"En rad i tabellen «{title}» har feil form.")
        cells = ["" if cell is None else str(cell) for cell in row]
        if columns:
            cells = (cells + [""] * columns)[:columns]
        cleaned.append(cells)
    return cleaned


def find_successor(session: Session, agreement: Agreement) -> Agreement | None:
    return session.scalar(
        select(Agreement).where(or_(Agreement.revision_of_id == agreement.id, Agreement.previous_id == agreement.id))
        .order_by(Agreement.created_at.desc()).limit(1)
    )


def superseded_message(session: Session, agreement: Agreement) -> str:
    successor = find_successor(session, agreement)
    if successor is not None:
        return (f"Avtalen er allerede erstattet av «{successor.title}» (revisjon {successor.revision}). "
                "Åpne den gjeldende avtalen.")
    return "Avtalen er allerede erstattet. Åpne den gjeldende avtalen."
