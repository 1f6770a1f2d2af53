"""The unit list of an organisation version as an Excel workbook, re-importable by the importer."""

from __future__ import annotations

import uuid
from collections import defaultdict
from datetime import date
from pathlib import Path

from openpyxl import Workbook
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.documents.xlsx_style import DECIMAL_1, INTEGER, clean_text, first_sheet, write_table
from app.errors import AppError
from app.org.importer import KIND_LABELS
from app.org.queries import UnitRow, unit_rows
from db.models import Municipality, OrgVersion, Unit, UnitAnsvar, UnitKind

SHEET = "Enheter"
HEADERS = ("Id", "Overordnet id", "Enhet", "Type", "Leder", "Fungerende leder", "Oppfølging", "Ansvar",
           "Årsverk", "Ansatte", "Intern/ekstern")
FTE_COLUMN, STAFF_COLUMN, NAME_COLUMN = 9, 10, 3
VACANT = "Ledig"


def tree_order(rows: list[UnitRow]) -> list[UnitRow]:
    """Depth-first, parents before children, siblings by sort order then name (as in the tree)."""
    ids = {r.id for r in rows}
    children: dict[uuid.UUID | None, list[UnitRow]] = defaultdict(list)
    for row in rows:
        children[row.parent_id if row.parent_id in ids else None].append(row)
    for siblings in children.values():
        siblings.sort(key=lambda r: (r.sort_order, r.name.casefold()))
    ordered: list[UnitRow] = []
    stack = list(reversed(children[None]))
    while stack:
        row = stack.pop()
        ordered.append(row)
        stack.extend(reversed(children.get(row.id, [])))
    return ordered


def find_unit(rows: list[UnitRow], wanted: str) -> UnitRow:
    """A unit by its id (code) or, failing that, its name (any case)."""
    text = wanted.strip()
    for row in rows:
        if row.code == text:
            return row
    matches = [r for r in rows if r.name.casefold() == text.casefold()]
    if len(matches) == 1:
        return matches[0]
    if matches:
        codes = ", ".join(r.code for r in matches)
        raise AppError(f"Flere enheter heter «{text}» (id {codes}). Oppgi enheten med id i stedet for navn.")
    raise AppError(f"Fant ingen enhet med id eller navn «{text}» i denne versjonen. Kontroller stavingen.")


def subtree(rows: list[UnitRow], root: UnitRow) -> list[UnitRow]:
    children: dict[uuid.UUID | None, list[UnitRow]] = defaultdict(list)
    for row in rows:
        children[row.parent_id].append(row)
    keep, stack = [], [root]
    while stack:
        row = stack.pop()
        keep.append(row)
        stack.extend(children.get(row.id, []))
    kept = {r.id for r in keep}
    return [r for r in rows if r.id in kept]


def _ansvar_text(session: Session, version_id: uuid.UUID) -> dict[uuid.UUID, str]:
    """«1400, 1410-1419» per unit: ranges as the importer reads them."""
    codes: dict[uuid.UUID, list[str]] = defaultdict(list)
    for unit_id, code, code_to in session.execute(
        select(UnitAnsvar.unit_id, UnitAnsvar.code, UnitAnsvar.code_to).join(Unit)
        .where(Unit.org_version_id == version_id).order_by(UnitAnsvar.code)
    ):
        codes[unit_id].append(f"{code}-{code_to}" if code_to else code)
    return {unit_id: ", ".join(values) for unit_id, values in codes.items()}


def export_units_xlsx(session: Session, version_id: uuid.UUID, out: Path, *, on: date,
                      root: str | None = None) -> Path:
    """Write the units of a version as they stand on ``on`` to one sheet «Enheter».

    ``root`` (a unit's id or name) limits the list to that unit and everything under it.
    """
    version = session.get(OrgVersion, version_id)
    if version is None:
        raise AppError("Fant ikke organisasjonsversjonen som skulle eksporteres; den kan være slettet.")
    rows = unit_rows(session, version_id, on)
    if root:
        rows = subtree(rows, find_unit(rows, root))
    codes = {r.id: r.code for r in rows}
    ansvar = _ansvar_text(session, version_id)
    table = []
    for row in tree_order(rows):
        kind = UnitKind(row.kind)
        table.append([
            row.code, codes.get(row.parent_id) if row.parent_id else None, row.name, KIND_LABELS[kind],
            row.leader or VACANT, row.acting_leader, row.follow_up_lead, ansvar.get(row.id) or None,
            row.fte, row.staff_count, "Ekstern" if row.is_external else "Intern",
        ])
    workbook = Workbook()
    ws = first_sheet(workbook, SHEET)
    formats = {FTE_COLUMN: DECIMAL_1, STAFF_COLUMN: INTEGER}
    write_table(ws, HEADERS, table, number_formats=formats, total_label="Sum", total_label_column=NAME_COLUMN,
                sum_columns=(FTE_COLUMN, STAFF_COLUMN))
    _networks_and_relations(session, workbook, version_id, {r.id for r in rows})
    municipality = session.get(Municipality, version.municipality_id)
    workbook.properties.title = clean_text(f"Enheter – {version.name}")
    workbook.properties.subject = clean_text(f"{municipality.name if municipality else ''}, per {on:%d.%m.%Y}"
                                             .strip(", "))
    workbook.properties.creator = "Styringsdialog"
    out = Path(out)
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        workbook.save(out)
    except OSError as exc:
        raise AppError(f"Kan ikke skrive «{out}»: {exc.strerror or exc}. Er filen åpen i Excel, eller mangler du "
                       "skrivetilgang til mappen? Lukk filen eller velg et annet sted.") from exc
    return out


def _networks_and_relations(session: Session, workbook: Workbook, version_id: uuid.UUID,
                            shown: set[uuid.UUID]) -> None:
    """Issue 20: the networks (one row per member) and the relations beyond the tree, each on a sheet of its
    own, for the units exported."""
    from app.org import links, relations

    names = dict(session.execute(select(Unit.id, Unit.name).where(Unit.org_version_id == version_id)).all())
    network_rows = [[n.name, names[u], "Koordinator" if n.coordinator_id == u else "Medlem"]
                    for n in links.networks(session, version_id) for u in n.unit_ids if u in shown]
    if network_rows:
        write_table(workbook.create_sheet("Nettverk"), ("Nettverk", "Enhet", "Rolle"), network_rows)
    relation_rows = [[r.label, r.from_name, r.to_name, r.description] for r in relations.relations(session, version_id)
                     if r.from_id in shown or r.to_id in shown]
    if relation_rows:
        write_table(workbook.create_sheet("Forbindelser"), ("Forbindelse", "Fra enhet", "Til enhet", "Beskrivelse"),
                    relation_rows)
