"""One reading layer for every importer (org, budget, later indicators).

- :mod:`app.io.reading`: files (xlsx/xlsm, xls/ods through python-calamine, csv/txt) into
  rows of cell values, safely (size, row and cell limits, zip bombs, no DTD), keeping what a
  value alone cannot say: which cells hold a formula without a saved value, an error value
  (``#DIV/0!``), and which are hidden or merged (:class:`CellMarks`).
- :mod:`app.io.columns`: normalising headers, finding the header row, applying the user's
  column choices.

Typed validation of rows stays with each importer (``app.budget.importer``,
``app.org.importer``).
"""

from app.io.columns import (
    HEADER_SCAN,
    MappingError,
    apply_mapping,
    column_label,
    column_letter,
    find_column,
    find_header_row,
    normalise_header,
)
from app.io.reading import (
    MAX_BYTES,
    MAX_CELLS,
    MAX_ROWS,
    Mark,
    RowSource,
    SpreadsheetError,
    Table,
    cannot_open,
    fill_merged,
    open_rows,
    read_table,
)

__all__ = [
    "HEADER_SCAN",
    "MAX_BYTES",
    "MAX_CELLS",
    "MAX_ROWS",
    "MappingError",
    "Mark",
    "RowSource",
    "SpreadsheetError",
    "Table",
    "apply_mapping",
    "cannot_open",
    "column_label",
    "column_letter",
    "fill_merged",
    "find_column",
    "find_header_row",
    "normalise_header",
    "open_rows",
    "read_table",
]
