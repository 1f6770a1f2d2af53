"""Small helpers for workbooks people open in Excel (DESIGN.md §6): a bold frozen header with
an autofilter, column widths, number formats, SUM rows, and text that can never become a formula.

Number formats use Excel's codes: «,» groups thousands and «.» marks decimals, and Excel
shows them with the reader's own separators (1 234,5 on a Norwegian PC).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date, datetime
from decimal import Decimal

from openpyxl.cell import Cell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

DECIMAL_1 = "#,##0.0"  # årsverk: 1 234,5
DECIMAL_2 = "#,##0.00"
INTEGER = "#,##0"
KRONER = "#,##0;-#,##0"
PERCENT = "0.0%"
DATE = "dd.mm.yyyy"

HEADER_FONT = Font(bold=True)
HEADER_FILL = PatternFill("solid", fgColor="DDE4EE")
HEADER_BORDER = Border(bottom=Side(style="thin", color="808080"))
TOTAL_FONT = Font(bold=True)
TOTAL_BORDER = Border(top=Side(style="thin", color="808080"))
FORMULA_STARTS = ("=", "+", "-", "@")
MIN_WIDTH, MAX_WIDTH = 6, 60


def set_value(cell: Cell, value: object) -> Cell:
    """Put a value in a cell; text is always stored as text, never as a formula.

    openpyxl turns a string beginning with «=» into a formula; text from users («=1+2»,
    «-5 %», «@navn») is forced to a text cell and marked with Excel's quote prefix, so Excel
    shows it as written and keeps it text when the cell is edited.
    """
    if isinstance(value, str):
        cell.value = value
        cell.data_type = "s"
        if value.startswith(FORMULA_STARTS):
            cell.quotePrefix = True
    else:
        cell.value = value
    return cell


def set_formula(cell: Cell, formula: str) -> Cell:
    """A formula we wrote ourselves (never user text)."""
    if not formula.startswith("="):
        raise ValueError(f"not a formula: {formula!r}")
    cell.value = formula
    return cell


def write_row(ws: Worksheet, row: int, values: Sequence[object],
              number_formats: Mapping[int, str] | None = None) -> None:
    """Write ``values`` into ``row`` from column A; ``number_formats`` by 1-based column."""
    formats = number_formats or {}
    for column, value in enumerate(values, start=1):
        cell = set_value(ws.cell(row=row, column=column), value)
        if column in formats and value is not None:
            cell.number_format = formats[column]
        elif isinstance(value, (date, datetime)):
            cell.number_format = DATE


def write_header(ws: Worksheet, headers: Sequence[str], *, row: int = 1) -> None:
    """A bold header row with a light fill, frozen so it stays when scrolling."""
    for column, text in enumerate(headers, start=1):
        cell = set_value(ws.cell(row=row, column=column), text)
        cell.font = HEADER_FONT
        cell.fill = HEADER_FILL
        cell.border = HEADER_BORDER
        cell.alignment = Alignment(vertical="center", wrap_text=False)
    ws.freeze_panes = ws.cell(row=row + 1, column=1)


def add_autofilter(ws: Worksheet, *, first_row: int, last_row: int, columns: int) -> None:
    """Filter buttons on the header over the data rows (not the total row below them)."""
    ws.auto_filter.ref = f"A{first_row}:{get_column_letter(columns)}{max(last_row, first_row)}"


def add_total_row(ws: Worksheet, row: int, *, label: str, label_column: int, sum_columns: Iterable[int],
                  first_row: int, last_row: int, number_formats: Mapping[int, str] | None = None) -> None:
    """A bold «Sum» row with =SUM() formulas that Excel and LibreOffice recompute."""
    formats = number_formats or {}
    label_cell = set_value(ws.cell(row=row, column=label_column), label)
    label_cell.font = TOTAL_FONT
    label_cell.border = TOTAL_BORDER
    for column in sum_columns:
        letter = get_column_letter(column)
        cell = ws.cell(row=row, column=column)
        if last_row >= first_row:
            set_formula(cell, f"=SUM({letter}{first_row}:{letter}{last_row})")
        else:
            cell.value = 0
        cell.font = TOTAL_FONT
        cell.border = TOTAL_BORDER
        if column in formats:
            cell.number_format = formats[column]


def _shown_length(value: object, number_format: str | None) -> int:
    if value is None:
        return 0
    if isinstance(value, (int, float, Decimal)) and not isinstance(value, bool):
        digits = len(f"{abs(value):,.{1 if number_format == DECIMAL_1 else 2 if number_format == DECIMAL_2 else 0}f}")
        return digits + (1 if value < 0 else 0)
    if isinstance(value, (date, datetime)):
        return 10
    return max((len(line) for line in str(value).splitlines()), default=0)


def fit_widths(ws: Worksheet, headers: Sequence[str], rows: Iterable[Sequence[object]], *,
               number_formats: Mapping[int, str] | None = None, minimum: int = MIN_WIDTH,
               maximum: int = MAX_WIDTH) -> None:
    """Column widths from the longest header or value (within limits), as Excel's auto-fit would."""
    formats = number_formats or {}
    widths = [len(h) + 3 for h in headers]  # room for the filter button
    for values in rows:
        for index, value in enumerate(values[: len(widths)]):
            widths[index] = max(widths[index], _shown_length(value, formats.get(index + 1)) + 2)
    for index, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(index)].width = max(minimum, min(maximum, width))


def write_table(ws: Worksheet, headers: Sequence[str], rows: Sequence[Sequence[object]], *,
                number_formats: Mapping[int, str] | None = None, total_label: str | None = None,
                total_label_column: int = 1, sum_columns: Iterable[int] = ()) -> int:
    """Header, data rows, autofilter, widths and an optional total row; returns the last data row."""
    write_header(ws, headers)
    formats = dict(number_formats or {})
    for offset, values in enumerate(rows):
        write_row(ws, offset + 2, values, formats)
    last_row = len(rows) + 1
    add_autofilter(ws, first_row=1, last_row=last_row, columns=len(headers))
    if total_label is not None:
        add_total_row(ws, last_row + 1, label=total_label, label_column=total_label_column,
                      sum_columns=sum_columns, first_row=2, last_row=last_row, number_formats=formats)
    fit_widths(ws, headers, rows, number_formats=formats)
    return last_row
