"""Kept only until every caller imports :mod:`app.io`: a re-export of its reading names."""

from app.io.columns import find_header_row, normalise_header
from app.io.reading import (
    MAX_BYTES,
    MAX_CELLS,
    MAX_COLUMN,
    MAX_ROWS,
    SpreadsheetError,
    Table,
    cannot_open,
    csv_problem,
    inspect_archive,
    read_table,
)

__all__ = [
    "MAX_BYTES", "MAX_CELLS", "MAX_COLUMN", "MAX_ROWS", "SpreadsheetError", "Table", "cannot_open", "csv_problem",
    "find_header_row", "inspect_archive", "normalise_header", "read_table",
]
