"""Small helpers for workbooks people open in Excel (DESIGN.md §6): a bold frozen header with
an autofilter, column widths, number formats, SUM rows, and text that can never become a formula.

Number formats use Excel's codes: «,» groups thousands and «.» marks decimals, and Excel
shows them with the reader's own separators (1 234,5 on a Norwegian PC).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date, datetime

from openpyxl import Workbook
from openpyxl.cell import Cell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

DECIMAL_1 = "#,##0.0"  # årsverk: 1 234,5
DECIMAL_2 = "#,##0.00"
INTEGER = "#,##0"
PERCENT = "0.0%"
DATE = "dd.mm.yyyy"

HEADER_FONT = Font(bold=True)
HEADER_FILL = PatternFill("solid", fgColor="DDE4EE")
HEADER_BORDER = Border(bottom=Side(style="thin", color="808080"))
TOTAL_FONT = Font(bold=True)
TOTAL_BORDER = Border(top=Side(style="thin", color="808080"))
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")  # OWASP's list for CSV injection
MIN_WIDTH, MAX_WIDTH = 6, 60


def set_value(cell: Cell, value: object) -> Cell:
    """Put a value in a cell; text is always stored as text, never as a formula.

    openpyxl turns a string beginning with «=» into a formula; text from users («=1+2»,
    «-5 %», «@navn») is forced to a text cell and marked with Excel's quote prefix, so Excel
    shows it as written and keeps it text when the cell is edited.
    """
    if isinstance(value, str):
        cell.value = clean_text(value)
        cell.data_type = "s"
        if value.startswith(FORMULA_STARTS):
            cell.quotePrefix = True
    else:
        cell.value = value  # type: ignore[assignment]  # openpyxl itself refuses a type a cell cannot hold
    return cell


def first_sheet(wb: Workbook, title: str | None = None) -> Worksheet:
    """The sheet a new workbook comes with (openpyxl always makes one), given ``title``."""
    ws = wb.active
    if not isinstance(ws, Worksheet):
        raise ValueError("the workbook has no worksheet to write into")
    if title is not None:
        ws.title = title
    return ws


def cell_at(ws: Worksheet, row: int, column: int) -> Cell:
    """The cell at ``row``, ``column`` to write into (the covered part of a merged range takes
    no value; the workbooks here merge only after writing)."""
    cell = ws.cell(row=row, column=column)
    if not isinstance(cell, Cell):
        raise ValueError(f"{cell.coordinate} is covered by a merged range")
    return cell


def clean_text(text: str) -> str:
    """``text`` without the control characters XML cannot hold (a line break copied from Word is
    one): each becomes a space, where openpyxl would refuse to write the workbook."""
    return ILLEGAL_CHARACTERS_RE.sub(" ", text) if ILLEGAL_CHARACTERS_RE.search(text) else text


def csv_text(value: object) -> str:
    """A CSV cell that a spreadsheet opening the file reads as text: a text starting like a
    formula (= + - @, tab, carriage return) gets Excel's quote prefix «'» (OWASP's advice);
    numbers are written as they are, so «-1234,50» stays a number."""
    text = "" if value is None else str(value)
    if isinstance(value, str) and text.startswith(FORMULA_STARTS):
        return "'" + text
    return text


def set_formula(cell: Cell, formula: str) -> Cell:
    """A formula we wrote ourselves (never user text)."""
    if not formula.startswith("="):
        raise ValueError(f"not a formula: {formula!r}")
    cell.value = formula
    return cell


def write_header(ws: Worksheet, headers: Sequence[str], *, row: int = 1) -> None:
    """A bold header row with a light fill, frozen so it stays when scrolling."""
    for column, text in enumerate(headers, start=1):
        cell = set_value(cell_at(ws, row, column), text)
        cell.font = HEADER_FONT
        cell.fill = HEADER_FILL
        cell.border = HEADER_BORDER
        cell.alignment = Alignment(vertical="center", wrap_text=False)
    ws.freeze_panes = f"A{row + 1}"  # a coordinate, not ws.cell(): that would create an empty row


def add_autofilter(ws: Worksheet, *, first_row: int, last_row: int, columns: int) -> None:
    """Filter buttons on the header over the data rows (not the total row below them)."""
    ws.auto_filter.ref = f"A{first_row}:{get_column_letter(columns)}{max(last_row, first_row)}"


def add_total_row(ws: Worksheet, row: int, *, label: str, label_column: int, sum_columns: Iterable[int],
                  first_row: int, last_row: int, number_formats: Mapping[int, str] | None = None) -> None:
    """A bold «Sum» row with =SUM() formulas that Excel and LibreOffice recompute."""
    formats = number_formats or {}
    label_cell = set_value(cell_at(ws, row, label_column), label)
    label_cell.font = TOTAL_FONT
    label_cell.border = TOTAL_BORDER
    for column in sum_columns:
        letter = get_column_letter(column)
        cell = cell_at(ws, row, column)
        if last_row >= first_row:
            set_formula(cell, f"=SUM({letter}{first_row}:{letter}{last_row})")
        else:
            cell.value = 0
        cell.font = TOTAL_FONT
        cell.border = TOTAL_BORDER
        if column in formats:
            cell.number_format = formats[column]


def _shown_length(value: object) -> int:
    if value is None:
        return 0
    if isinstance(value, str):
        return max((len(line) for line in value.splitlines()), default=0)
    if isinstance(value, (date, datetime)):
        return 10
    digits = len(str(value))
    return digits + digits // 3  # room for thousands separators


def fit_widths(ws: Worksheet, headers: Sequence[str], rows: Iterable[Sequence[object]], *,
               minimum: int = MIN_WIDTH, maximum: int = MAX_WIDTH) -> None:
    """Column widths from the longest header or value (within limits), as Excel's auto-fit would."""
    widths = [len(h) + 3 for h in headers]  # room for the filter button
    for values in rows:
        for index, value in enumerate(values[: len(widths)]):
            length = _shown_length(value) + 2
            if length > widths[index]:
                widths[index] = length
    for index, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(index)].width = max(minimum, min(maximum, width))


def append_rows(ws: Worksheet, rows: Sequence[Sequence[object]],
                number_formats: Mapping[int, str] | None = None) -> tuple[int, int]:
    """Append data rows below what the sheet holds, quickly; returns (first, last) row written.

    ``ws.append`` is several times faster than cell by cell, but turns text starting with «=»
    into a formula: those cells (and every cell starting with + - @, tab or carriage return) are
    put back as text. Control characters XML cannot hold become spaces (:func:`clean_text`).
    """
    first = 0
    for values in rows:
        ws.append([clean_text(v) if isinstance(v, str) else v for v in values])
        first = first or ws.max_row  # append writes below the last row in use
    if not rows:
        return ws.max_row + 1, ws.max_row
    last = first + len(rows) - 1
    for offset, values in enumerate(rows):
        for column, value in enumerate(values, start=1):
            if isinstance(value, str):
                if value.startswith(FORMULA_STARTS):
                    set_value(cell_at(ws, first + offset, column), value)
            elif isinstance(value, (date, datetime)):
                ws.cell(row=first + offset, column=column).number_format = DATE
    for column, number_format in (number_formats or {}).items():
        for row in range(first, last + 1):
            cell = ws.cell(row=row, column=column)
            if cell.value is not None:
                cell.number_format = number_format
    return first, last


def write_table(ws: Worksheet, headers: Sequence[str], rows: Sequence[Sequence[object]], *,
                number_formats: Mapping[int, str] | None = None, total_label: str | None = None,
                total_label_column: int = 1, sum_columns: Iterable[int] = ()) -> int:
    """Header, data rows, autofilter, widths and an optional total row; returns the last data row."""
    write_header(ws, headers)
    formats = dict(number_formats or {})
    append_rows(ws, rows, formats)
    last_row = len(rows) + 1
    add_autofilter(ws, first_row=1, last_row=last_row, columns=len(headers))
    if total_label is not None:
        add_total_row(ws, last_row + 1, label=total_label, label_column=total_label_column,
                      sum_columns=sum_columns, first_row=2, last_row=last_row, number_formats=formats)
    fit_widths(ws, headers, rows)
    return last_row
