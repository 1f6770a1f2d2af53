"""Budget views as a real Excel workbook (DESIGN.md §6).

One sheet per view: the chosen pivot of a set, and budget vs actual when a budget and an
accounts set are given; with ``per_unit`` one more sheet per unit holding its lines. Every
sheet has a bold frozen header with an autofilter, kroner with thousands separators, fitted
column widths and a total row of =SUM() formulas that Excel and LibreOffice recompute. Text
from the files (names, line texts) is always written as text, never as a formula.
"""

from __future__ import annotations

import re
import uuid
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet
from sqlalchemy.orm import Session

from app.budget import views
from app.codes import default_code_book
from app.documents.xlsx_style import (
    DECIMAL_2,
    INTEGER,
    PERCENT,
    TOTAL_FONT,
    cell_at,
    first_sheet,
    set_formula,
    write_table,
)
from app.errors import AppError, Hint
from app.formatting import month_name
from app.storage.files import write_atomically

SHEET_TITLES = {"unit": "Per enhet", "ansvar": "Per ansvar", "funksjon": "Per funksjon", "art": "Per art",
                "prosjekt": "Per prosjekt"}
CODE_HEADERS = {"unit": "Enhet", "ansvar": "Ansvar", "funksjon": "Funksjon", "art": "Art", "prosjekt": "Prosjekt"}
DEVIATION_SHEET = "Budsjett mot regnskap"
_BAD_TITLE = re.compile(r"[\[\]:*?/\\\x00-\x1f\x7f]")  # Excel's forbidden characters, and control characters
MAX_TITLE = 31  # Excel's limit on sheet names


def kroner(ore: int) -> Decimal:
    """Øre as an exact kroner amount (a number cell in the workbook, never a float)."""
    return Decimal(ore).scaleb(-2)


def _title(wb: Workbook, wanted: str) -> str:
    """A sheet name Excel accepts and the workbook does not have yet."""
    base = _BAD_TITLE.sub("-", wanted).strip("' ") or "Ark"
    base = base[:MAX_TITLE]
    taken = {ws.title.lower() for ws in wb.worksheets}
    title, n = base, 2
    while title.lower() in taken:
        suffix = f" ({n})"
        title, n = base[: MAX_TITLE - len(suffix)] + suffix, n + 1
    return title


def new_sheet(wb: Workbook, title: str) -> Worksheet:
    return wb.create_sheet(_title(wb, title))


def write_pivot_sheet(wb: Workbook, result: views.PivotResult) -> Worksheet:
    ws = new_sheet(wb, SHEET_TITLES[result.by])
    headers = [CODE_HEADERS[result.by] if result.by != "unit" else "Kode", "Navn", "Linjer", "Beløp (kr)", "Merknad"]
    rows = [[r.code, r.name, r.lines, kroner(r.amount_ore), r.note] for r in result.rows]
    write_table(ws, headers, rows, number_formats={3: INTEGER, 4: DECIMAL_2}, total_label="Sum",
                total_label_column=2, sum_columns=(3, 4))
    return ws


def write_lines_sheet(wb: Workbook, title: str, lines: list[views.LineRow], year: int) -> Worksheet:
    book = default_code_book()
    ws = new_sheet(wb, title)
    headers = ["Ansvar", "Art", "Art (KOSTRA)", "Funksjon", "Funksjon (KOSTRA)", "Prosjekt", "Periode", "Tekst",
               "Beløp (kr)"]
    rows = [[line.ansvar, line.art, views.code_name(book, "art", line.art, year)[0], line.funksjon,
             views.code_name(book, "funksjon", line.funksjon, year)[0], line.prosjekt,
             line.period or "Hele året", line.text, kroner(line.amount_ore)] for line in lines]
    write_table(ws, headers, rows, number_formats={9: DECIMAL_2}, total_label="Sum", total_label_column=8,
                sum_columns=(9,))
    return ws


def write_deviation_sheet(wb: Workbook, rows: list[views.DeviationRow], month: int, *,
                          with_forecast: bool) -> Worksheet:
    """Budget vs actual; the deviation columns are formulas, so edits in Excel carry through."""
    ws = new_sheet(wb, DEVIATION_SHEET)
    name = month_name(month)
    headers = ["Kode", "Navn", f"Budsjett {name}", f"Regnskap {name}", "Budsjett hittil i år",
               "Regnskap hittil i år", "Avvik hittil (kr)", "Avvik hittil (%)", "Årsbudsjett",
               *(["Prognose"] if with_forecast else []), "Over terskel"]
    data = [[r.code, r.name, kroner(r.budget_month), kroner(r.actual_month), kroner(r.budget_ytd),
             kroner(r.actual_ytd), None, None, kroner(r.budget_year),
             *([kroner(r.forecast or 0)] if with_forecast else []), "Ja" if r.over_threshold else ""]
            for r in rows]
    money = {c: DECIMAL_2 for c in (3, 4, 5, 6, 7, 9, *((10,) if with_forecast else ()))}
    last = write_table(ws, headers, data, number_formats=money, total_label="Sum", total_label_column=2,
                       sum_columns=sorted(set(money) - {7}))
    total = last + 1
    for row in range(2, total + 1):
        set_formula(cell_at(ws, row, 7), f"=F{row}-E{row}").number_format = DECIMAL_2
        set_formula(cell_at(ws, row, 8), f'=IF(E{row}=0,"",G{row}/ABS(E{row}))').number_format = PERCENT
    for column in (7, 8):
        ws.cell(row=total, column=column).font = TOTAL_FONT
    for column in (7, 8):  # formula cells: fit_widths saw no values there
        dimension = ws.column_dimensions[get_column_letter(column)]
        dimension.width = max(dimension.width or 0, 18)
    return ws


def export_workbook(session: Session, out: Path, *, set_id: uuid.UUID | None = None, by: str | None = None,
                    budget_set_id: uuid.UUID | None = None, actual_set_id: uuid.UUID | None = None,
                    forecast_set_id: uuid.UUID | None = None, year_to_month: int | None = None,
                    per_unit: bool = False, threshold_pct: float = 5.0) -> Path:
    """Write the chosen views to ``out`` (replaced atomically) and return it.

    ``set_id`` with ``by`` (default «unit») gives the pivot sheet, and with ``per_unit`` one
    sheet of lines per unit; ``budget_set_id`` with ``actual_set_id`` gives budget vs actual
    up to ``year_to_month`` (default: the last month the accounts cover).
    """
    wants_pivot = set_id is not None
    wants_deviation = budget_set_id is not None and actual_set_id is not None
    if (budget_set_id is None) != (actual_set_id is None):
        raise AppError("Budsjett mot regnskap trenger både et budsjettsett og et regnskapssett. Velg begge.")
    if not wants_pivot and not wants_deviation:
        raise AppError("Velg hva som skal eksporteres: et sett (og gjerne en gruppering), eller et budsjett og "
                       "et regnskap som skal sammenlignes.")
    wb = Workbook()
    wb.remove(first_sheet(wb))
    if wants_pivot:
        assert set_id is not None
        by = views.check_by(by or "unit")
        result = views.pivot(session, set_id, by)
        write_pivot_sheet(wb, result)
        if per_unit:
            if by != "unit":
                raise AppError("Ett ark per enhet går bare når eksporten grupperes per enhet. Velg gruppering per "
                               "enhet, eller eksporter uten ett ark per enhet.",
                               hint=Hint("choose_grouping", value="unit"))
            for row in result.rows:
                lines = views.drill_down(session, set_id, "unit", row.code, limit=1_048_000)
                title = f"{row.code} {row.name}" if not row.unmapped else f"{row.code} uten enhet"
                write_lines_sheet(wb, title, lines, result.year)
    if wants_deviation:
        assert budget_set_id is not None and actual_set_id is not None
        month = year_to_month or views.get_set(session, actual_set_id).period_to
        rows = views.budget_vs_actual(session, budget_set_id=budget_set_id, actual_set_id=actual_set_id,
                                      forecast_set_id=forecast_set_id, year_to_month=month,
                                      threshold_pct=threshold_pct)
        write_deviation_sheet(wb, rows, month, with_forecast=forecast_set_id is not None)
    wb.calculation.fullCalcOnLoad = True  # Excel recomputes the formulas when the file opens
    return write_atomically(Path(out), wb.save)
