"""Import budget, accounts and forecast lines from the accounting system's spreadsheets.

Two steps, so the window can show the columns, the skipped rows and every problem before
anything is written (DESIGN.md §6):

- :func:`plan_budget_import` reads the file (xlsx/xlsm/xls/ods through python-calamine
  when it is installed, else :func:`app.io.reading.read_table`; csv through the csv
  module), finds the header row past title rows, guesses the columns (bokmål, nynorsk,
  English), and validates every row. The plan holds the lines as compact parallel arrays,
  the skipped rows with their reasons and every problem with sheet, row, column and value.
- :func:`import_budget` writes a plan as one budget set in the caller's transaction,
  refusing a plan with problems, unaccepted skips or a file already imported.

Untrusted files: before calamine sees an archive, its parts are counted, its unpacked size is
checked, XML parts declaring a DTD are refused, and how far each sheet's cells reach is read
from the references (calamine allocates the whole rectangle: one stray cell in column XFD
must not cost gigabytes); a sheet that reaches too far is read with the bounded expat reader
instead. The number of rows is bounded.
"""

from __future__ import annotations

import hashlib
import os
import re
import uuid
import zipfile
from array import array
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from itertools import chain, repeat
from operator import itemgetter
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.budget.numbers import AmountError, normalise_code, parse_amount
from app.errors import AppError
from app.io.columns import normalise_header
from app.io.reading import (
    ENCRYPTION_MARKERS,
    HOW_TO_SAVE,
    MAX_COLUMN,
    OLE_MAGIC,
    ZIP_MAGIC,
    SpreadsheetError,
    cannot_open,
    csv_problem,
    inspect_archive,
    ods_extent,
    worksheet_extent,
)

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

BUDGET_FIELDS = (
    "ansvar", "art", "funksjon", "prosjekt", "period", "amount", "text",
    "ansvar_name", "art_name", "funksjon_name", "prosjekt_name", "ignore",
)
CODE_FIELDS = ("ansvar", "art", "funksjon", "prosjekt")
NAME_FIELDS = {"ansvar_name": "ansvar", "art_name": "art", "funksjon_name": "funksjon", "prosjekt_name": "prosjekt"}
FIELD_LABELS = {
    "ansvar": "ansvar", "art": "art (konto)", "funksjon": "funksjon (tjeneste)", "prosjekt": "prosjekt",
    "period": "periode", "amount": "beløp", "text": "tekst", "ansvar_name": "ansvarsnavn", "art_name": "artsnavn",
    "funksjon_name": "funksjonsnavn", "prosjekt_name": "prosjektnavn", "ignore": "ikke i bruk",
}
KINDS = ("budsjett", "regnskap", "prognose")
MAX_ROWS = 500_000
MAX_BYTES = 200 * 1024 * 1024
MAX_CODE = 32  # BudgetLine code columns are String(32)
MAX_PROBLEMS = 5_000  # every row is validated; beyond this only the count is kept
HEADER_SCAN = 30
INSERT_CHUNK = 20_000
# python-calamine allocates every cell of a sheet's rectangle, 32 bytes each (an OpenDocument
# sheet about twice that while it expands repeats): at most about 512 MB.
CALAMINE_MAX_CELLS = 16_000_000
ODS_MAX_CELLS = 8_000_000
# Codes padded to their column's usual width when it can be inferred; project numbers vary in length.
INFERRED_WIDTH_FIELDS = ("ansvar", "art", "funksjon")
EXCEL_SUFFIXES = {".xlsx", ".xlsm", ".xltx", ".xltm"}
CALAMINE_SUFFIXES = EXCEL_SUFFIXES | {".xls", ".xlsb", ".ods"}
TEXT_SUFFIXES = {".csv", ".txt", ".tsv"}

# --- header words ------------------------------------------------------------------------------
# Compared token by token after normalise_header() (æøå folded, case and separators gone).
_DIMENSION_PREFIXES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("ansvar", ("ansvar", "responsibility", "costcent", "kostnadssted", "kostnadsstad")),
    ("funksjon", ("funksjon", "tjeneste", "teneste", "function", "kostrafunksjon")),
    ("prosjekt", ("prosjekt", "project")),
    ("art", ("konto", "artskonto", "account", "kostraart")),
)
_ART_WORDS = {"art", "arter", "artsnr", "artnr", "artskode", "artkode"}
_PERIOD_WORDS = {"periode", "period", "per", "maned", "manad", "mnd", "month", "regnskapsperiode",
                 "rekneskapsperiode", "bokforingsperiode", "mandnr", "manednr", "manadnr"}
_AMOUNT_PREFIXES = ("belop", "budsjett", "budget", "regnskap", "rekneskap", "amount", "actual", "prognose",
                    "forecast", "opprinneligbudsjett", "revidertbudsjett", "justertbudsjett", "kroner",
                    "nok", "verdi", "value", "saldo")
_NAME_WORDS = ("tekst", "text", "navn", "namn", "name", "beskrivelse", "description", "betegnelse", "nemning")
_TEXT_WORDS = {"tekst", "text", "beskrivelse", "description", "linjetekst", "merknad", "kommentar", "comment",
               "note", "navn", "namn", "name", "betegnelse"}
_KIND_WORDS = {
    "budsjett": ("budsjett", "budget", "opprinneligbudsjett", "revidertbudsjett", "justertbudsjett"),
    "regnskap": ("regnskap", "rekneskap", "actual", "accounts"),
    "prognose": ("prognose", "forecast"),
}
_TOKEN = re.compile(r"[^\W_]+", re.UNICODE)
_YEAR = re.compile(r"(?<!\d)(19[89]\d|20\d\d|21\d\d)(?!\d)")
_NAME_MARK = re.compile(r"\(\s*t\s*\)\s*$", re.IGNORECASE)  # «Ansvar (T)»: the text of the code
_CODE_AND_NAME = re.compile(r"(\d+)\s+[-–:]?\s*(\D.*)")  # «1200 Vollan skole» in one cell
TOTAL_WORDS = ("sum", "totalt", "total", "ialt", "sumialt", "sumtotalt", "totalsum", "grandtotal", "samla",
               "samlet")

_MONTHS = {
    **{normalise_header(n): i for i, n in enumerate(
        ("januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober",
         "november", "desember"), 1)},
    **{normalise_header(n): i for i, n in enumerate(
        ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
         "november", "december"), 1)},
    **{normalise_header(n): i for i, n in enumerate(
        ("jan", "feb", "mar", "apr", "mai", "jun", "jul", "aug", "sep", "okt", "nov", "des"), 1)},
    normalise_header("may"): 5, normalise_header("oct"): 10, normalise_header("dec"): 12,
}
_PERIOD_TEXT = re.compile(r"(\d{4})\s*[-/.]\s*(\d{1,2})|(\d{1,2})\s*[-/.]\s*(\d{4})")


# --- results and errors ------------------------------------------------------------------------


class BudgetImportError(AppError):
    """The file as a whole cannot be imported (unreadable, no header, amount column unclear).

    ``columns`` holds the amount columns when there are several and none is chosen, and
    ``headers`` the header row, so the window can ask which to use.
    """

    def __init__(self, message: str, *, headers: Sequence[str] = (), columns: Sequence[AmountColumn] = ()) -> None:
        super().__init__(message)
        self.headers = list(headers)
        self.columns = list(columns)


class DuplicateImportError(AppError):
    """The same file (same content) has been imported before; ``set_name`` names that set."""

    def __init__(self, message: str, *, set_name: str, set_id: uuid.UUID) -> None:
        super().__init__(message)
        self.set_name = set_name
        self.set_id = set_id


class AmountColumn(int):
    """The index of an amount column (it is an ``int``), with the kind and year its header suggests."""

    header: str
    kind: str | None
    year: int | None

    def __new__(cls, index: int, header: str = "", kind: str | None = None, year: int | None = None) -> AmountColumn:
        obj = super().__new__(cls, index)
        obj.header, obj.kind, obj.year = header, kind, year
        return obj

    @property
    def index(self) -> int:
        return int(self)

    def __repr__(self) -> str:
        return f"AmountColumn({int(self)}, {self.header!r}, kind={self.kind!r}, year={self.year!r})"


@dataclass(frozen=True)
class BudgetProblem:
    """One thing wrong in one cell; ``message`` is the whole Norwegian sentence."""

    sheet: str | None
    row: int  # Excel's row number
    column: str  # the header, or the column letter when it has none
    value: str
    message: str

    def __str__(self) -> str:
        return self.message


@dataclass(frozen=True)
class Skip:
    """A row that is not imported. ``kind``: blank, title, total or heading."""

    row: int
    kind: str
    reason: str
    text: str = ""  # what the row holds, shortened, so the user recognises it

    def __str__(self) -> str:
        shown = f" («{self.text}»)" if self.text else ""
        return f"Rad {self.row}{shown}: {self.reason}"


@dataclass
class BudgetLines:
    """The lines as parallel columns: 200 000 lines in a few MB (codes are shared strings)."""

    ansvar: list[str] = field(default_factory=list)
    art: list[str] = field(default_factory=list)
    funksjon: list[str] = field(default_factory=list)
    prosjekt: list[str] = field(default_factory=list)
    period: array = field(default_factory=lambda: array("b"))
    amount_ore: array = field(default_factory=lambda: array("q"))
    text: list[str] = field(default_factory=list)
    row: array = field(default_factory=lambda: array("l"))  # Excel row of each line

    def __len__(self) -> int:
        return len(self.amount_ore)

    @property
    def total_ore(self) -> int:
        return sum(self.amount_ore)

    def line(self, index: int) -> dict[str, object]:
        return {"ansvar": self.ansvar[index], "art": self.art[index], "funksjon": self.funksjon[index],
                "prosjekt": self.prosjekt[index], "period": self.period[index],
                "amount_ore": self.amount_ore[index], "text": self.text[index], "row": self.row[index]}


@dataclass
class BudgetPlan:
    """A read and validated file, ready for :func:`import_budget` when ``problems`` is empty."""

    path: Path
    file_name: str
    file_hash: str  # sha256 of the file's bytes
    sheet: str | None  # None for csv
    sheet_names: list[str]
    header_row: int  # Excel row of the header
    headers: list[str]
    guessed_mapping: dict[int, str]
    mapping: dict[int, str]  # column index -> field, as used
    amount_column: AmountColumn
    amount_columns: list[AmountColumn]  # every amount column of the sheet (one is used)
    lines: BudgetLines
    skips: list[Skip]  # rows in the data area not imported: need the user's acceptance
    blank_rows: list[int]  # empty rows among the data: nothing lost, listed for completeness
    title_rows: list[Skip]  # rows above the header
    problems: list[BudgetProblem]
    problem_count: int  # all problems, also those beyond MAX_PROBLEMS
    code_widths: dict[str, int]  # widths codes were padded to (given or inferred)
    names: dict[str, dict[str, str]]  # field -> code -> name, from the name columns
    notes: list[str]  # what the importer did that the user should know (padded codes, period 13)

    @property
    def line_count(self) -> int:
        return len(self.lines)

    @property
    def total_ore(self) -> int:
        return self.lines.total_ore

    @property
    def amount_header(self) -> str:
        return self.amount_column.header

    @property
    def guessed_kind(self) -> str | None:
        return self.amount_column.kind

    @property
    def guessed_year(self) -> int | None:
        return self.amount_column.year

    @property
    def periods(self) -> tuple[int, int]:
        """The months the lines cover: (1, 12) for yearly figures (period 0)."""
        months = {p for p in set(self.lines.period) if p}
        return (min(months), max(months)) if months else (1, 12)

    def mapping_by_header(self) -> dict[str, str]:
        """Header -> field, as a profile stores it."""
        return {self.headers[i]: f for i, f in sorted(self.mapping.items()) if i < len(self.headers) and
                self.headers[i]}


@dataclass(frozen=True)
class ImportResult:
    set_id: uuid.UUID
    lines: int
    total_ore: int
    replaced: bool
    set_name: str = ""
    replaced_sets: tuple[str, ...] = ()


# --- columns -----------------------------------------------------------------------------------


def _tokens(header: object) -> list[str]:
    return [normalise_header(t) for t in _TOKEN.findall(str(header or ""))]


def _field_of(header: object) -> str | None:
    """The field a header names, or None."""
    raw = str(header or "").strip()
    if not raw:
        return None
    tokens = [t for t in _tokens(raw) if t]
    if not tokens:
        return None
    whole = normalise_header(raw)
    is_name = bool(_NAME_MARK.search(raw))
    dimension = None
    for token in tokens:
        for dim, prefixes in _DIMENSION_PREFIXES:
            if token.startswith(prefixes):
                dimension = dimension or dim
                if any(word in token[len(_matching_prefix(token, prefixes)):] for word in _NAME_WORDS):
                    is_name = True  # «Ansvarsnavn», «Kontotekst»
        if token in _ART_WORDS:
            dimension = dimension or "art"
        if token in _NAME_WORDS or (token == "t" and len(tokens) > 1):  # «Ansvar T» as well as «Ansvar (T)»
            is_name = True
    if dimension:
        if is_name:
            return f"{dimension}_name"
        if any(t.startswith(_AMOUNT_PREFIXES) for t in tokens) and dimension != "ansvar":
            return "amount"  # «Budsjett tjeneste»? rare; a code column never holds «budsjett»
        return dimension
    if whole in _PERIOD_WORDS or tokens[0] in _PERIOD_WORDS:
        return "period"
    if any(t.startswith(_AMOUNT_PREFIXES) for t in tokens) or whole.startswith(_AMOUNT_PREFIXES):
        return "amount"
    if whole in _TEXT_WORDS or tokens[0] in _TEXT_WORDS:
        return "text"
    return None


def _matching_prefix(token: str, prefixes: tuple[str, ...]) -> str:
    return next(p for p in prefixes if token.startswith(p))


def guess_mapping(headers: Sequence[object]) -> dict[int, str]:
    """Column index -> field for the headers that name a field. The first column wins for each
    field except ``amount``: every amount column is kept (see :func:`amount_columns`)."""
    mapping: dict[int, str] = {}
    for index, header in enumerate(headers):
        name = _field_of(header)
        if name and (name == "amount" or name not in mapping.values()):
            mapping[index] = name
    return mapping


def _guess_kind_year(header: str) -> tuple[str | None, int | None]:
    tokens = _tokens(header)
    whole = normalise_header(header)
    kind = None
    for candidate, words in _KIND_WORDS.items():
        if any(t.startswith(words) for t in tokens) or whole.startswith(words):
            kind = candidate
            break
    match = _YEAR.search(header)
    return kind, int(match.group(1)) if match else None


def amount_columns(headers: Sequence[object]) -> list[AmountColumn]:
    """The amount columns of a header row (rekneskap_2011, budsjett_2012, ...), each an index
    (``AmountColumn`` is an ``int``) with the kind and year its header suggests."""
    result = []
    for index, name in guess_mapping(headers).items():
        if name == "amount":
            header = str(headers[index] or "").strip()
            result.append(AmountColumn(index, header, *_guess_kind_year(header)))
    return result


def _column_letter(index: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(index + 1)


def _header_label(headers: Sequence[str], index: int, offset: int = 0) -> str:
    if index < len(headers) and headers[index]:
        return headers[index]
    return f"kolonne {_column_letter(index + offset)}"


def _find_header(headers: Sequence[str], text: str, offset: int = 0) -> int | None:
    for index, header in enumerate(headers):
        if header == text:
            return index
    wanted = normalise_header(text)
    for index, header in enumerate(headers):
        if wanted and normalise_header(header) == wanted:
            return index
    if re.fullmatch(r"[A-Za-z]{1,3}", text.strip()):  # a column letter, «C», for a column without a header
        from openpyxl.utils import column_index_from_string

        index = column_index_from_string(text.strip().upper()) - 1 - offset
        return index if 0 <= index < max(len(headers), 1) + 50 else None
    return None


# --- reading -----------------------------------------------------------------------------------


@dataclass
class _Source:
    sheet: str | None
    sheet_names: list[str]
    rows: Iterator[tuple[int, Sequence[object]]]  # (Excel row, cells)
    column_offset: int = 0  # the first cell of each row is in this column (0: A)
    merged: list[tuple[tuple[int, int], tuple[int, int]]] = field(default_factory=list)  # 0-based, absolute


def _mb(size: int) -> str:
    return f"{size / (1024 * 1024):.0f} MB" if size >= 1024 * 1024 else f"{size / 1024:.0f} kB"


def _unreadable(name: str, detail: str) -> BudgetImportError:
    return BudgetImportError(
        f"«{name}» er skadet eller ufullstendig og kan ikke leses ({detail}). Lagre den på nytt fra Excel, "
        "eller be om en ny kopi fra økonomisystemet."
    )


_DIMENSION = re.compile(rb'<(?:\w+:)?dimension\s+ref="[A-Za-z]{1,3}\d+:[A-Za-z]{1,3}(\d+)"')


def _check_archive(path: Path, data: bytes, max_bytes: int, max_rows: int = MAX_ROWS) -> bool:
    """Refuse a damaged archive, one that unpacks to more than ``max_bytes``, or XML with a DTD;
    return whether calamine may read it: False when a worksheet reaches so far that calamine's
    rectangle of cells would not fit in :data:`CALAMINE_MAX_CELLS`."""
    import io

    name = path.name
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            try:
                roots = inspect_archive(archive, name, max_bytes)
            except SpreadsheetError as err:
                raise BudgetImportError(str(err)) from err
            members = set(archive.namelist())
            suffix = path.suffix.lower()
            locals_ = {part: root.rpartition(":")[2] for part, root in roots.items()}
            if "content.xml" in members and "workbook" not in locals_.values():
                if suffix != ".ods":
                    raise BudgetImportError(
                        f"«{name}» er et OpenDocument-regneark (.ods) med feil filendelse. Gi filen endelsen .ods, "
                        f"eller {HOW_TO_SAVE[0].lower()}{HOW_TO_SAVE[1:]}")
                cells = ods_extent(archive, name)
                if cells.cells > ODS_MAX_CELLS:
                    raise _too_many_cells(f"«{name}»", cells.rows, cells.columns)
                return True
            if not any(m.endswith(("workbook.xml", "workbook.bin")) for m in members):
                raise BudgetImportError(f"«{name}» er en zip-fil, men ikke et regneark. {HOW_TO_SAVE}")
            if any(m.endswith("workbook.bin") for m in members) and suffix != ".xlsb":
                raise BudgetImportError(
                    f"«{name}» er en binær Excel-arbeidsbok (.xlsb) med feil filendelse. Gi filen endelsen .xlsb, "
                    f"eller {HOW_TO_SAVE[0].lower()}{HOW_TO_SAVE[1:]}")
            fits = True
            for part, root in roots.items():
                if locals_[part] == "sst":
                    _check_string_count(archive, archive.getinfo(part), name)
                if locals_[part] not in ("worksheet", "macrosheet", "dialogsheet"):
                    continue
                info = archive.getinfo(part)
                with archive.open(info) as member:
                    head = member.read(4096)
                dimension = _DIMENSION.search(head)
                if dimension and int(dimension.group(1)) > max_rows:
                    # The sheet says how far it reaches: refuse before anything is unpacked in full.
                    raise _too_many_rows(f"«{name}»", int(dimension.group(1)), max_rows)
                extent = worksheet_extent(archive, info, max_rows=max_rows, max_cells=CALAMINE_MAX_CELLS,
                                          prefix=root.rpartition(":")[0] + ":" if ":" in root else "")
                if extent.exact and extent.rows > max_rows:
                    raise _too_many_rows(f"«{name}»", extent.rows, max_rows)
                fits = fits and extent.cells <= CALAMINE_MAX_CELLS and extent.columns <= MAX_COLUMN
            return fits
    except BudgetImportError:
        raise
    except SpreadsheetError as err:
        raise BudgetImportError(str(err)) from err
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError, RuntimeError) as exc:
        raise _unreadable(name, str(exc)[:200] or type(exc).__name__) from exc
    except Exception as exc:  # zlib.error and friends from a damaged member
        raise _unreadable(name, f"{type(exc).__name__}: {str(exc)[:200]}") from exc


_UNIQUE_COUNT = re.compile(rb"""\suniqueCount\s*=\s*["'](\d+)["']""")


def _check_string_count(archive: zipfile.ZipFile, info: zipfile.ZipInfo, name: str) -> None:
    """Refuse a shared-strings part that claims more strings than it could hold: calamine sets
    aside room for the claimed number before reading them (10 digits there ended the program)."""
    with archive.open(info) as member:
        head = member.read(65536)
    claimed = _UNIQUE_COUNT.search(head[:head.find(b">", head.find(b"sst")) + 1])
    if claimed and int(claimed.group(1)) > info.file_size // 5:  # «<si/>» is the shortest string
        raise _unreadable(name, f"«{info.filename}» sier at den har {_grouped(int(claimed.group(1)))} tekster, "
                                f"men er bare {_mb(info.file_size)}")


def _too_many_cells(where: str, rows: int, columns: int) -> BudgetImportError:
    return BudgetImportError(
        f"{where} har celler helt ut til rad {_grouped(rows)} og kolonne {_column_letter(columns - 1)}, "
        "langt mer enn et regnskap trenger, og er ikke lest. Ofte er det en celle langt ute til høyre eller "
        "langt nede: slett tomme rader og kolonner etter tabellen, eller del opp filen."
    )


def _choose(file_name: str, sheets: list[tuple[str, bool]], wanted: str | None) -> str:
    """The sheet named ``wanted`` (exact, then ignoring case), else the first visible one."""
    if not sheets:
        raise BudgetImportError(f"Arbeidsboken «{file_name}» har ingen regneark med celler.")
    listing = ", ".join(f"«{n}»" + ("" if visible else " (skjult)") for n, visible in sheets)
    if wanted is not None:
        folded = wanted.strip().casefold()
        for match in (lambda n: n == wanted, lambda n: n.strip().casefold() == folded):
            for candidate, _visible in sheets:
                if match(candidate):
                    return candidate
        raise BudgetImportError(f"Arbeidsboken «{file_name}» har ikke arket «{wanted}». Arkene er: {listing}.")
    for candidate, visible in sheets:
        if visible:
            return candidate
    raise BudgetImportError(f"Alle arkene i «{file_name}» er skjult ({listing}). Velg et ark ved navn (--sheet).")


def _read_calamine(path: Path, sheet: str | None, max_rows: int) -> _Source:
    import python_calamine as pc

    name = path.name
    try:
        workbook = pc.CalamineWorkbook.from_path(str(path))
    except pc.PasswordError as exc:
        raise _password_error(name) from exc
    except Exception as exc:  # CalamineError, XmlError, ZipError, and whatever a damaged file provokes
        raise _unreadable(name, f"{type(exc).__name__}: {str(exc)[:200]}") from exc
    try:
        sheets = [(m.name, m.visible == pc.SheetVisibleEnum.Visible) for m in workbook.sheets_metadata
                  if m.typ == pc.SheetTypeEnum.WorkSheet]
        chosen = _choose(name, sheets, sheet)
        try:
            data = workbook.get_sheet_by_name(chosen)
        except pc.PasswordError as exc:
            raise _password_error(name) from exc
        except Exception as exc:
            raise _unreadable(name, f"arket «{chosen}»: {type(exc).__name__}: {str(exc)[:200]}") from exc
        if data.height == 0 or data.width == 0:
            raise BudgetImportError(f"Arket «{chosen}» i «{name}» er tomt. Velg arket med tallene.")
        last_row = data.end[0] + 1 if data.end else data.height
        if last_row > max_rows:
            raise _too_many_rows(f"Arket «{chosen}» i «{name}»", last_row, max_rows)
        start_column = data.start[1] if data.start else 0
        end_row, end_column = data.end if data.end else (data.height - 1, data.width - 1)
        # Only the part of a merged range inside the cells matters (a range may claim a million rows).
        merged = [((top, left), (min(bottom, end_row), min(right, end_column)))
                  for (top, left), (bottom, right) in data.merged_cell_ranges or []
                  if top <= end_row and left <= end_column]
        rows = data.iter_rows()  # absolute rows from Excel row 1; columns from the sheet's first column
    finally:
        workbook.close()
    return _Source(chosen, [n for n, _ in sheets], enumerate(rows, 1),
                   column_offset=start_column, merged=merged)


def _password_error(name: str) -> BudgetImportError:
    return BudgetImportError(
        f"Arbeidsboken «{name}» er passordbeskyttet (kryptert) og kan ikke leses. Åpne den i Excel, ta bort "
        "passordet (Fil → Info → Beskytt arbeidsbok → Krypter med passord) og lagre på nytt."
    )


def _grouped(n: int) -> str:
    return f"{n:,}".replace(",", " ")


def _too_many_rows(where: str, rows: int, max_rows: int) -> BudgetImportError:
    grouped = _grouped
    return BudgetImportError(
        f"{where} har {grouped(rows)} rader; grensen er {grouped(max_rows)} rader, langt over det en kommunes "
        "regnskap trenger. Del opp filen (for eksempel per måned), eller ta bort tomme og overflødige rader."
    )


def _read_fallback(path: Path, sheet: str | None, max_rows: int, max_bytes: int) -> _Source:
    from app.io.reading import read_table

    try:
        table = read_table(path, sheet=sheet, max_rows=max_rows, max_bytes=max_bytes)
    except SpreadsheetError as err:
        raise BudgetImportError(str(err)) from err
    return _Source(table.sheet_name, table.sheet_names, ((i + 1, r) for i, r in enumerate(table.rows)))


def _read_text(path: Path, data: bytes, max_rows: int) -> _Source:
    import csv
    import io

    from app.io.reading import _decode, _sniff_delimiter

    try:
        text = _decode(path, data)
    except SpreadsheetError as err:
        raise BudgetImportError(str(err)) from err
    if "\x00" in text:
        raise BudgetImportError(
            f"«{path.name}» inneholder binære data og er ikke en tekstfil (CSV). Er det en Excel-fil med feil "
            f"filendelse? {HOW_TO_SAVE}"
        )
    lines = text.count("\n") + 1
    if lines > max_rows + 1:
        raise _too_many_rows(f"«{path.name}»", lines, max_rows)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_sniff_delimiter(text))

    def rows() -> Iterator[tuple[int, Sequence[object]]]:
        try:
            for row in reader:
                yield reader.line_num, row
        except csv.Error as exc:
            raise BudgetImportError(str(csv_problem(path.name, reader.line_num, exc))) from exc

    return _Source(None, [], rows())


def _open_source(path: Path, data: bytes, sheet: str | None, max_rows: int, max_bytes: int) -> _Source:
    name = path.name
    suffix = path.suffix.lower()
    head = data[:8]
    if not data.strip():
        raise BudgetImportError(f"«{name}» er tom (0 byte med innhold). Velg filen med tallene.")
    try:
        import python_calamine  # noqa: F401

        have_calamine = True
    except ImportError:
        have_calamine = False
    if head.startswith(OLE_MAGIC):
        if any(marker in data for marker in ENCRYPTION_MARKERS):
            raise _password_error(name)
        if have_calamine and suffix in (".xls", ".xlt", ""):
            return _read_calamine(path, sheet, max_rows)
        raise BudgetImportError(f"«{name}» er et gammelt Office-dokument som ikke kan leses her. {HOW_TO_SAVE}")
    if head.startswith(ZIP_MAGIC) or suffix in CALAMINE_SUFFIXES:
        if not head.startswith(ZIP_MAGIC) and suffix != ".xls":
            raise _unreadable(name, "filen er ikke en zip-arkiv slik en .xlsx-fil skal være")
        fits = _check_archive(path, data, max_bytes, max_rows) if head.startswith(ZIP_MAGIC) else True
        if have_calamine and fits:
            return _read_calamine(path, sheet, max_rows)
        return _read_fallback(path, sheet, max_rows, max_bytes)
    if sheet is not None:
        raise BudgetImportError(f"«{name}» er en tekstfil (CSV) og har ingen ark; ta bort valget av ark «{sheet}».")
    return _read_text(path, data, max_rows)


def _fill_merged(rows: Iterator[tuple[int, Sequence[object]]], source: _Source,
                 columns: set[int]) -> Iterator[tuple[int, Sequence[object]]]:
    """Give every cell of a vertically merged range in a code column the range's value (Excel
    keeps it in the top cell only): an ansvar merged over its lines applies to each of them."""
    fills: dict[int, list[tuple[int, int]]] = {}  # Excel row -> [(column index, Excel row of the top cell)]
    covered: dict[int, int] = {}  # column index -> the last row a range already fills
    for (top, left), (bottom, right) in sorted(source.merged):
        if bottom <= top:
            continue
        for index in columns:
            if not left <= index + source.column_offset <= right or covered.get(index, -1) >= top:
                continue  # not this column, or overlapping an earlier range (Excel never writes that)
            covered[index] = bottom
            for row in range(top + 2, bottom + 2):  # the Excel rows below the top one
                fills.setdefault(row, []).append((index, top + 1))
    if not fills:
        return rows
    top_cells = {(top_row, index) for entries in fills.values() for index, top_row in entries}
    return _filled(rows, fills, top_cells)


def _filled(rows: Iterator[tuple[int, Sequence[object]]], fills: dict[int, list[tuple[int, int]]],
            top_cells: set[tuple[int, int]]) -> Iterator[tuple[int, Sequence[object]]]:
    tops: dict[tuple[int, int], object] = {}
    top_rows = {row for row, _ in top_cells}
    for number, cells in rows:
        if number in top_rows:
            for row, index in top_cells:
                if row == number and index < len(cells):
                    tops[(row, index)] = cells[index]
        if number in fills:
            cells = list(cells)
            for index, top_row in fills[number]:
                while len(cells) <= index:
                    cells.append(None)
                if _blank(cells[index]):
                    cells[index] = tops.get((top_row, index))
        yield number, cells


# --- cells -------------------------------------------------------------------------------------


def _blank(value: object) -> bool:
    return value is None or (type(value) is str and not value.strip())  # type: ignore[union-attr]


def _shown(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _is_total_word(text: str) -> bool:
    """«Sum», «Sum ansvar 1200», «Totalt», «Totalsum», «Driftsutgifter i alt» — not «Sumpmaskin»."""
    folded = normalise_header(text)
    if not folded:
        return False
    if folded in TOTAL_WORDS or folded.endswith("ialt"):
        return True
    first = _TOKEN.match(text.strip().casefold())
    return first is not None and first.group(0) in ("sum", "total", "totalt", "totalsum", "sumtotal")


class _Total:
    pass


class _Bad:
    def __init__(self, reason: str) -> None:
        self.reason = reason


TOTAL = _Total()
_MISSING = object()


def _classify_code(value: object) -> str | _Total | _Bad | tuple[str, str]:
    """A code, TOTAL for «Sum»/«Totalt», (code, name) for «1200 Vollan skole», or _Bad."""
    if type(value) is str:
        text = " ".join(value.split())  # type: ignore[union-attr]
        if not text:
            return ""
        if _is_total_word(text):
            return TOTAL
        match = _CODE_AND_NAME.fullmatch(text)
        if match:
            return match.group(1), match.group(2).strip()
        code = normalise_code(text)
        if " " in code:
            return _Bad("er ikke en kode (koder har ikke mellomrom)")
    elif isinstance(value, (datetime, date)):
        return _Bad("er en dato, ikke en kode")
    elif isinstance(value, bool):
        return _Bad("er en sannhetsverdi, ikke en kode")
    else:
        code = normalise_code(value)
    if len(code) > MAX_CODE:
        return _Bad(f"er for lang til å være en kode (høyst {MAX_CODE} tegn)")
    return code


def parse_period(value: object) -> int | None:
    """A month 1..12 (0: the whole year) from 3, «03», «2024-03», «202403», «mars», a date; None if not."""
    if value is None:
        return 0
    if isinstance(value, (datetime, date)):
        return value.month
    if isinstance(value, bool):
        return None
    if isinstance(value, float):
        if not value.is_integer():
            return None
        value = int(value)
    if isinstance(value, int):
        number = value
    else:
        text = " ".join(str(value).split())
        if not text:
            return 0
        if text.isdigit():
            number = int(text)
        else:
            month = _MONTHS.get(normalise_header(text))
            if month:
                return month
            match = _PERIOD_TEXT.fullmatch(text)
            if not match:
                return None
            number = int(match.group(2) or match.group(3))
            return number if 1 <= number <= 13 else None
    if 0 <= number <= 13:
        return number
    if 190001 <= number <= 210013 and 0 <= number % 100 <= 13:  # yyyymm
        return number % 100
    return None


# --- planning ----------------------------------------------------------------------------------


def file_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _header_score(row: Sequence[object], user_headers: set[str]) -> int:
    """How many different fields the cells of a row name (a header the user mapped counts too)."""
    fields = set()
    for cell in row:
        if type(cell) is not str or not cell.strip():  # type: ignore[union-attr]
            continue
        name = _field_of(cell)
        if name is None and normalise_header(cell) in user_headers:
            name = f"user:{cell}"
        if name:
            fields.add(name)
    return len(fields)


def _find_header_row(first: list[tuple[int, Sequence[object]]], user_headers: set[str]) -> int | None:
    """Position in ``first`` of the row with the most known headers (at least two); None if none."""
    best, best_score = None, 1
    for position, (_number, row) in enumerate(first):
        score = _header_score(row, user_headers)
        if score > best_score:
            best, best_score = position, score
    return best


def _apply_user_mapping(headers: list[str], guessed: dict[int, str], user: dict[str, str], where: str,
                        offset: int) -> dict[int, str]:
    mapping = dict(guessed)
    chosen: dict[str, str] = {}
    errors: list[str] = []
    for header_text, wanted in user.items():
        field_name = str(wanted).strip().lower()
        if field_name not in BUDGET_FIELDS:
            errors.append(f"«{wanted}» (for kolonnen «{header_text}») er ikke et felt. Velg et av: "
                          f"{', '.join(BUDGET_FIELDS)}.")
            continue
        index = _find_header(headers, header_text, offset)
        if index is None:
            listing = ", ".join(f"«{h}»" for h in headers if h)
            errors.append(f"Fant ingen kolonne «{header_text}» i overskriftsraden. Kolonnene er: {listing}.")
            continue
        if field_name == "ignore":
            mapping.pop(index, None)
            continue
        if field_name in chosen and field_name != "amount":
            errors.append(f"Både «{chosen[field_name]}» og «{header_text}» er valgt som {FIELD_LABELS[field_name]}; "
                          "velg én kolonne per felt.")
            continue
        chosen[field_name] = header_text
        if field_name != "amount":
            for other, other_field in list(mapping.items()):
                if other_field == field_name and other != index:
                    del mapping[other]
        mapping[index] = field_name
    if "amount" in chosen.values() or "amount" in chosen:
        # An amount column the user named wins over the guessed ones.
        named = {_find_header(headers, h, offset) for h, f in user.items() if str(f).strip().lower() == "amount"}
        for other, other_field in list(mapping.items()):
            if other_field == "amount" and other not in named:
                del mapping[other]
    if errors:
        raise BudgetImportError(f"Kolonnevalget for {where} kan ikke brukes: " + " ".join(errors), headers=headers)
    return mapping


def plan_budget_import(
    path: Path | str,
    *,
    sheet: str | None = None,
    mapping: dict[str, str] | None = None,
    amount_column: str | None = None,
    code_widths: dict[str, int] | None = None,
    max_rows: int = MAX_ROWS,
    max_bytes: int = MAX_BYTES,
) -> BudgetPlan:
    """Read and validate a budget or accounts file; nothing is written.

    ``mapping`` (header -> field) corrects the guessed columns; ``amount_column`` (a header)
    picks one of several amount columns; ``code_widths`` (field -> digits) restores leading
    zeros (without it the usual width of each code column is inferred). Raises
    :class:`BudgetImportError` when the file as a whole cannot be used; problems in rows are
    collected in the plan.
    """
    path = Path(path)
    name = path.name
    if path.is_dir():
        raise BudgetImportError(f"«{path}» er en mappe, ikke en fil. Velg regnearket i mappen.")
    if not path.is_file():
        raise BudgetImportError(f"Finner ikke filen «{path}». Kontroller navnet og mappen.")
    size = path.stat().st_size
    if size > max_bytes:
        raise BudgetImportError(
            f"Filen «{name}» er for stor ({_mb(size)}); grensen er {_mb(max_bytes)}. Del den opp, eller ta bare med "
            "arket som skal importeres."
        )
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise BudgetImportError(str(cannot_open(path, exc))) from exc
    digest = file_hash(data)
    source = _open_source(path, data, sheet, max_rows, max_bytes)
    del data
    where_sheet = f"arket «{source.sheet}» i «{name}»" if source.sheet else f"«{name}»"

    # The header: the row among the first ones naming the most fields.
    user = dict(mapping or {})
    user_headers = {normalise_header(h) for h in user}
    first: list[tuple[int, Sequence[object]]] = []
    for item in source.rows:
        first.append(item)
        if len(first) >= HEADER_SCAN:
            break
    if not any(any(not _blank(c) for c in row) for _, row in first):
        raise BudgetImportError(f"{where_sheet[0].upper()}{where_sheet[1:]} er tomt. Velg arket med tallene.")
    position = _find_header_row(first, user_headers)
    if position is None:
        sample = next((row for _, row in first if any(not _blank(c) for c in row)), [])
        shown = ", ".join(f"«{_shown(c)}»" for c in sample if not _blank(c))[:300]
        raise BudgetImportError(
            f"Fant ingen overskriftsrad med kjente kolonnenavn (ansvar, art/konto, funksjon/tjeneste, prosjekt, "
            f"periode, beløp/budsjett/regnskap) i de første {HEADER_SCAN} radene av {where_sheet}. Første rad med "
            f"innhold: {shown}. Legg til overskrifter, eller velg kolonnene selv (--map OVERSKRIFT=FELT).",
        )
    header_number, header_cells = first[position]
    headers = [_shown(c) for c in header_cells]
    title_rows = [Skip(n, "title", "tittelrad over overskriftene", _row_text(r))
                  for n, r in first[:position] if any(not _blank(c) for c in r)]
    offset = source.column_offset
    guessed = guess_mapping(headers)
    used = _apply_user_mapping(headers, guessed, user, where_sheet, offset) if user else dict(guessed)

    candidates = [AmountColumn(i, _header_label(headers, i, offset), *_guess_kind_year(headers[i] if i < len(
        headers) else "")) for i, f in sorted(used.items()) if f == "amount"]
    all_amounts = amount_columns(headers)
    chosen_amount: AmountColumn | None = None
    if amount_column is not None:
        index = _find_header(headers, amount_column, offset)
        if index is None:
            listing = ", ".join(f"«{c.header}»" for c in (candidates or all_amounts)) or "ingen"
            raise BudgetImportError(f"Fant ingen beløpskolonne «{amount_column}» i {where_sheet}. Beløpskolonnene "
                                    f"er: {listing}.", headers=headers, columns=candidates or all_amounts)
        for other, other_field in list(used.items()):
            if other_field == "amount":
                del used[other]
        used[index] = "amount"
        chosen_amount = AmountColumn(index, _header_label(headers, index, offset),
                                     *_guess_kind_year(headers[index] if index < len(headers) else ""))
    elif len(candidates) > 1:
        listing = ", ".join(f"«{c.header}»" for c in candidates)
        raise BudgetImportError(
            f"{where_sheet[0].upper()}{where_sheet[1:]} har {len(candidates)} beløpskolonner: {listing}. Velg én "
            "(--map «OVERSKRIFT=amount», og de andre «=ignore»), eller importer hver kolonne som et eget sett.",
            headers=headers, columns=candidates,
        )
    elif candidates:
        chosen_amount = candidates[0]
    missing = [f for f in ("ansvar",) if f not in used.values()]
    if chosen_amount is None:
        missing.append("amount")
    if missing:
        listing = ", ".join(f"«{h}»" for h in headers if h) or "ingen"
        what = " og ".join(FIELD_LABELS[f] for f in missing)
        raise BudgetImportError(
            f"Fant ingen kolonne for {what} i {where_sheet} (overskriftene står i rad {header_number}: {listing}). "
            "Velg kolonnen selv, for eksempel --map «Ansv=ansvar» eller --map «Sum=amount».",
            headers=headers, columns=all_amounts,
        )
    assert chosen_amount is not None
    rows = _fill_merged(chain(first[position + 1:], source.rows), source,
                        {i for i, f in used.items() if f in CODE_FIELDS})
    reader = _RowReader(source.sheet, headers, used, offset)
    reader.read(rows, max_rows, header_number, where_sheet)
    widths = reader.finish(code_widths or {})
    return BudgetPlan(
        path=path, file_name=name, file_hash=digest, sheet=source.sheet, sheet_names=source.sheet_names,
        header_row=header_number, headers=headers, guessed_mapping=guessed, mapping=used,
        amount_column=chosen_amount, amount_columns=all_amounts or [chosen_amount], lines=reader.lines,
        skips=reader.skips, blank_rows=reader.blank_rows, title_rows=title_rows, problems=reader.problems,
        problem_count=reader.problem_count, code_widths=widths, names=reader.names, notes=reader.notes,
    )


def _row_text(row: Sequence[object]) -> str:
    text = " | ".join(_shown(c) for c in row if not _blank(c))
    return text if len(text) <= 80 else text[:77] + "…"


class _RowReader:
    """Validates and collects the data rows; caches what it learnt about each distinct cell value."""

    def __init__(self, sheet: str | None, headers: list[str], mapping: dict[int, str], offset: int) -> None:
        self.sheet, self.headers, self.offset = sheet, headers, offset
        self.index = {f: i for i, f in mapping.items() if f != "ignore"}
        self.lines = BudgetLines()
        self.skips: list[Skip] = []
        self.blank_rows: list[int] = []
        self.problems: list[BudgetProblem] = []
        self.problem_count = 0
        self.names: dict[str, dict[str, str]] = {f: {} for f in CODE_FIELDS}
        self.notes: list[str] = []
        self.code_cache: dict[str, dict[object, object]] = {f: {} for f in CODE_FIELDS}
        self.from_numbers: dict[str, set[str]] = {f: set() for f in CODE_FIELDS}
        self.period_cache: dict[object, int | None] = {}
        self.period_13 = 0
        self.last_row = 0

    def _where(self, row: int) -> str:
        return f"Rad {row} i arket «{self.sheet}»" if self.sheet else f"Rad {row}"

    def problem(self, row: int, index: int, value: object, message: str) -> None:
        self.problem_count += 1
        if len(self.problems) < MAX_PROBLEMS:
            column = _header_label(self.headers, index, self.offset)
            self.problems.append(BudgetProblem(self.sheet, row, column, _shown(value), message))

    def read(self, rows: Iterable[tuple[int, Sequence[object]]], max_rows: int, header_row: int,
             where: str) -> None:
        """The hot loop: 200 000 rows must take well under a second, so the common row (codes
        already seen, a float amount) goes through without a call; anything else takes
        :meth:`_slow_row`."""
        idx = self.index
        specs = [(idx[f], self.code_cache[f], f) for f in CODE_FIELDS if f in idx]
        targets = [getattr(self.lines, f).append for f in CODE_FIELDS if f in idx]
        k = len(specs)
        # «Sum» in a code column is caught by the code cache; elsewhere look in the first columns and the texts.
        check_total = sorted(({i for f, i in idx.items() if f in NAME_FIELDS or f == "text"} | {0, 1, 2})
                             - {i for i, _c, _f in specs})
        amount_i = idx["amount"]
        period_i = idx.get("period", -1)
        text_i = idx.get("text", -1)
        name_columns = [(NAME_FIELDS[f], i, self.names[NAME_FIELDS[f]]) for f, i in idx.items() if f in NAME_FIELDS]
        field_pos = {f: n for n, (_i, _c, f) in enumerate(specs)}
        name_specs = [(field_pos[f], i, names) for f, i, names in name_columns if f in field_pos]
        period_cache = self.period_cache
        total_cache: dict[object, bool] = {}
        lines = self.lines
        add_period, add_amount, add_row = lines.period.append, lines.amount_ore.append, lines.row.append
        add_text = lines.text.append
        limit = header_row + max_rows
        missing = _MISSING
        for number, cells in rows:
            if number > limit:
                raise _too_many_rows(where[0].upper() + where[1:], number, max_rows)
            width = len(cells)
            codes = []
            plain = True
            for i, cache, f in specs:
                raw = cells[i] if i < width else None
                code = cache.get(raw, missing)
                if code is missing:
                    code = cache[raw] = _classify_code(raw)
                    if type(code) is str and code and type(raw) in (int, float):
                        self.from_numbers[f].add(code)
                if type(code) is not str:
                    plain = False
                codes.append(code)
            total = False
            for i in check_total:
                if i < width:
                    value = cells[i]
    from db.audit import note_changed

                    if type(value) is str:
    note_changed(session, table.name)  # written past the ORM: the change set names the lines all the same
                        hit = total_cache.get(value)
                        if hit is None:
                            hit = total_cache[value] = _is_total_word(value)
                        if hit:
                            total = True
                            break
            raw_amount = cells[amount_i] if amount_i < width else None
            if total or not plain or not codes[0] or raw_amount is None or raw_amount == "":
                codes = self._slow_row(number, cells, codes, specs, raw_amount, total)
                if codes is None:
                    continue
            # The amount: a float or int from a spreadsheet cell is the usual case.
            if type(raw_amount) is float and raw_amount == raw_amount and -1e15 < raw_amount < 1e15:
                cents = raw_amount * 100
                amount = round(cents)
                if abs(cents - amount) > 1e-6:
                    amount = parse_amount(raw_amount)
            else:
                try:
                    amount = parse_amount(raw_amount)
                except AmountError:
                    amount = 0
                    header = _header_label(self.headers, amount_i, self.offset)
                    self.problem(number, amount_i, raw_amount, (
                        f"{self._where(number)} har beløpet «{_shown(raw_amount)}» i kolonnen «{header}», som ikke "
                        "er et tall. Rett cellen i Excel og importer på nytt, eller slett raden."))
            if period_i >= 0:
                raw_period = cells[period_i] if period_i < width else None
                period = period_cache.get(raw_period, missing)
                if period is missing:
                    period = period_cache[raw_period] = parse_period(raw_period)
                if period is None or period == 13:
                    period = self._odd_period(number, period_i, raw_period, period)
            else:
                period = 0
            for position, i, names in name_specs:
                code = codes[position]
                if code and code not in names and i < width and not _blank(cells[i]):
                    names[code] = _shown(cells[i])
            for n in range(k):
                targets[n](codes[n])
            add_period(period)
            add_amount(amount)
            if text_i >= 0:
                raw_text = cells[text_i] if text_i < width else None
                add_text(raw_text.strip() if type(raw_text) is str else _shown(raw_text))
            add_row(number)

    def _odd_period(self, number: int, index: int, raw: object, period: int | None) -> int:
        if period == 13:  # the year-end period of Norwegian accounting belongs to December
            self.period_13 += 1
            return 12
        header = _header_label(self.headers, index, self.offset)
        self.problem(number, index, raw, (
            f"{self._where(number)} har perioden «{_shown(raw)}» i kolonnen «{header}», som ikke er en måned "
            "(1–12, «2024-03», «202403» eller et månedsnavn). Rett cellen og importer på nytt."))
        return 0

    def _slow_row(self, number: int, cells: Sequence[object], codes: list[object],
                  specs: list[tuple[int, dict[object, object], str]], raw_amount: object,
                  total: bool) -> list[str] | None:
        """A row that is blank, a total or heading, or has an odd code: the codes to import, or
        None when the row is skipped (listed) or has a problem (reported)."""
        if not any(not _blank(c) for c in cells):
            self.blank_rows.append(number)
            return None
        if total or any(c is TOTAL for c in codes):
            self.skips.append(Skip(number, "total", "sumrad", _row_text(cells)))
            return None
        clean: list[str] = []
        bad: list[tuple[str, int, object, str]] = []
        for code, (i, _cache, f) in zip(codes, specs, strict=True):
            if type(code) is str:
                clean.append(code)
            elif type(code) is tuple:
                clean.append(code[0])
                self.names[f].setdefault(code[0], code[1])
            else:
                clean.append("")
                bad.append((f, i, cells[i] if i < len(cells) else None, code.reason))  # type: ignore[attr-defined]
        has_codes = any(clean)
        if has_codes and _blank(raw_amount) and sum(1 for c in clean if c) == 1 and not bad:
            # «Oppvekst» or «1200 Vollan skole» alone on a row without an amount: a heading, not a line.
            self.skips.append(Skip(number, "heading", "rad med bare én kode og uten beløp (mellomtittel)",
                                   _row_text(cells)))
            return None
        if not has_codes:
            if _blank(raw_amount):
                reason = "rad med tekst uten koder og beløp (mellomtittel)"
                self.skips.append(Skip(number, "heading", reason, _row_text(cells)))
            elif not bad:
                self.skips.append(Skip(number, "total", "rad med beløp men uten koder (sumrad)", _row_text(cells)))
            else:
                self._report_bad(number, bad)
            return None
        if bad:
            self._report_bad(number, bad)
            return None
        if not clean[0]:
            i = self.index["ansvar"]
            header = _header_label(self.headers, i, self.offset)
            self.problem(number, i, None, (
                f"{self._where(number)} mangler ansvar i kolonnen «{header}». Fyll inn ansvaret, eller slett raden "
                "hvis den ikke hører til."))
            return None
        return clean

    def _report_bad(self, number: int, bad: list[tuple[str, int, object, str]]) -> None:
        for f, i, raw, reason in bad:
            header = _header_label(self.headers, i, self.offset)
            self.problem(number, i, raw, (
                f"{self._where(number)} har «{_shown(raw)}» i kolonnen «{header}» ({FIELD_LABELS[f]}), som {reason}. "
                f"Rett cellen, eller velg en annen kolonne for {FIELD_LABELS[f]}."))

    def finish(self, given: dict[str, int]) -> dict[str, int]:
        """Fill the columns that were not in the file, pad codes to their width; returns the widths."""
        n = len(self.lines)
        for f in ("art", "funksjon", "prosjekt"):
            column = getattr(self.lines, f)
            if f not in self.index:
                column.extend([""] * n)
        if not self.lines.text:
            self.lines.text.extend([""] * n)
        widths: dict[str, int] = {}
        for f in CODE_FIELDS:
            if f not in self.index:
                continue
            column = getattr(self.lines, f)
            distinct = set(column)
            width = given.get(f) or (self._infer_width(f, distinct) if f in INFERRED_WIDTH_FIELDS else None)
            if not width:
                continue
            widths[f] = width
            padded = {c: c.zfill(width) for c in distinct
                      if c and c.isdigit() and len(c) < width and (f in given or c in self.from_numbers[f]
                                                                    or self.sheet is None)}
            if padded:
                count = sum(1 for c in column if c in padded)
                setattr(self.lines, f, [padded.get(c, c) for c in column])
                example = next(iter(sorted(padded.items())))
                self.notes.append(
                    f"{count} rader hadde {FIELD_LABELS[f]} uten innledende nuller; kodene er fylt ut til {width} "
                    f"siffer (for eksempel {example[0]} → {example[1]}).")
                names = self.names[f]
                for old, new in padded.items():
                    if old in names:
                        names.setdefault(new, names.pop(old))
        if self.period_13:
            self.notes.append(f"{self.period_13} rader i periode 13 (årsavslutning) er tatt med i desember.")
        return widths

    def _infer_width(self, f: str, distinct: set[str]) -> int | None:
        """The width most distinct digit codes share, when it is also the longest one."""
        digit_codes = [c for c in distinct if c.isdigit()]
        if len(digit_codes) < 2:
            return None
        lengths = Counter(len(c) for c in digit_codes)
        width, count = lengths.most_common(1)[0]
        if width == max(lengths) and count >= 0.6 * len(digit_codes) and len(lengths) > 1:
            return width
        return None


# --- importing ---------------------------------------------------------------------------------


def _amount_marker(plan: BudgetPlan) -> str:
    return f"beløpskolonnen «{plan.amount_header}»"


def _kroner(ore: int) -> str:
    sign = "-" if ore < 0 else ""
    whole, cents = divmod(abs(ore), 100)
    return f"{sign}{whole}.{cents:02d}"


def import_budget(
    session: Session,
    plan: BudgetPlan,
    *,
    set_name: str,
    kind: str,
    year: int | None = None,
    period_from: int | None = None,
    period_to: int | None = None,
    accept_skips: bool = False,
    replace: bool = False,
    description: str = "",
) -> ImportResult:
    """Write a validated plan as one budget set in the caller's transaction.

    Refuses a plan with problems, or with skipped rows unless ``accept_skips``. The same
    file (same content and amount column) imported before raises :class:`DuplicateImportError`
    unless ``replace``, which deletes the old set first; so does a set name already taken.
    """
    from sqlalchemy import delete, insert, select

    from db.base import utcnow
    from db.models import AuditAction, AuditEntry, BudgetKind, BudgetLine, BudgetSet

    if plan.problems:
        shown = "\n".join(f"- {p}" for p in plan.problems[:30])
        more = f"\n… og {plan.problem_count - 30} feil til." if plan.problem_count > 30 else ""
        raise BudgetImportError(
            f"Kan ikke importere «{plan.file_name}»: fant {plan.problem_count} feil. Ingenting er importert; rett "
            f"filen og importer på nytt.\n{shown}{more}", headers=plan.headers)
    if plan.skips and not accept_skips:
        shown = "\n".join(f"- {s}" for s in plan.skips[:30])
        more = f"\n… og {len(plan.skips) - 30} rader til." if len(plan.skips) > 30 else ""
        raise BudgetImportError(
            f"{len(plan.skips)} rader i «{plan.file_name}» blir hoppet over (sumrader og mellomtitler). Se over "
            f"listen og godta den (--accept-skips) for å importere resten:\n{shown}{more}", headers=plan.headers)
    name = " ".join(set_name.split())
    if not name:
        raise AppError("Settet trenger et navn, for eksempel «Regnskap 2026» (--set NAVN).")
    if len(name) > 200:
        raise AppError(f"Navnet på settet er for langt ({len(name)} tegn); høyst 200 tegn.")
    try:
        budget_kind = BudgetKind(str(kind).strip().lower())
    except ValueError:
        raise AppError(f"«{kind}» er ikke en type sett. Velg budsjett, regnskap eller prognose.") from None
    year = year or plan.guessed_year
    if year is None:
        raise AppError(f"Oppgi året settet gjelder (--year ÅÅÅÅ); det står ikke i «{plan.amount_header}».")
    if not 1990 <= int(year) <= 2100:
        raise AppError(f"Året {year} er ikke rimelig; oppgi et år mellom 1990 og 2100.")
    data_from, data_to = plan.periods
    first = period_from if period_from is not None else data_from
    last = period_to if period_to is not None else (data_to if period_from is None else max(first, data_to))
    if not 1 <= first <= last <= 12:
        raise AppError(f"Periodene {first}–{last} er ugyldige; velg måneder fra 1 til 12, fra og med til og med.")
    if not len(plan.lines):
        raise BudgetImportError(f"«{plan.file_name}» har ingen linjer å importere.", headers=plan.headers)

    marker = _amount_marker(plan)
    several = len(plan.amount_columns) > 1
    same_file = [s for s in session.scalars(select(BudgetSet).where(BudgetSet.source_hash == plan.file_hash))
                 if not several or marker in (s.description or "")]
    same_name = session.scalar(select(BudgetSet).where(BudgetSet.name == name))
    if same_file and not replace:
        old = same_file[0]
        when = f" {old.imported_at:%d.%m.%Y} av {old.imported_by or 'ukjent'}" if old.imported_at else ""
        raise DuplicateImportError(
            f"«{plan.file_name}» er importert før{when}, som settet «{old.name}». Velg «Erstatt» (--replace) for å "
            "lese filen inn på nytt og erstatte settet, eller la være.",
            set_name=old.name, set_id=old.id)
    if same_name is not None and not replace and same_name not in same_file:
        raise AppError(f"Det finnes allerede et sett som heter «{name}» (fra «{same_name.source_file_name}»). "
                       "Velg et annet navn, eller erstatt settet (--replace).")
    doomed = {s.id: s for s in [*same_file, *([same_name] if same_name is not None else [])]}

    user = session.info.get("user", "")
    previous = session.info.get("audit", _UNSET)
    session.info["audit"] = False  # one summary entry below instead of a row per set and line
    try:
        for old in doomed.values():
            session.execute(delete(BudgetLine.__table__).where(BudgetLine.__table__.c.budget_set_id == old.id))
            session.delete(old)
        if doomed:
            session.flush()
        now = utcnow()
        text = description or (f"Importert fra «{plan.file_name}»" + (f", arket «{plan.sheet}»" if plan.sheet else "")
                               + f", {marker}.")
        budget_set = BudgetSet(
            id=uuid.uuid4(), name=name, kind=budget_kind, year=int(year), period_from=first, period_to=last,
            source_file_name=plan.file_name[:500], source_hash=plan.file_hash, imported_at=now,
            imported_by=user[:100], description=text if marker in text else f"{text} ({marker})",
        )
        session.add(budget_set)
        session.flush()
        _insert_lines(session, BudgetLine, insert, budget_set.id, plan.lines, now)
        if plan.names:
            _remember_names(session, plan.names)
        replaced_names = tuple(s.name for s in doomed.values())
        summary = (f"Importerte {len(plan.lines)} linjer ({_kroner(plan.total_ore)} kr) fra «{plan.file_name}» "
                   f"som {budget_kind.value} «{name}» {year}")
        if replaced_names:
            summary += " og erstattet " + ", ".join(f"«{n}»" for n in replaced_names)
        session.add(AuditEntry(id=uuid.uuid4(), user_name=user, action=AuditAction.INSERT, table_name="budget_set",
                               row_id=str(budget_set.id), summary=summary[:1000]))
        session.flush()
    finally:
        if previous is _UNSET:
            session.info.pop("audit", None)
        else:
            session.info["audit"] = previous
    return ImportResult(budget_set.id, len(plan.lines), plan.total_ore, bool(doomed), name, replaced_names)


_UNSET = object()


# Every column of budget_line: the bulk paths fill them all, as the ORM would (a test checks the list).
LINE_COLUMNS = ("id", "created_at", "updated_at", "version", "budget_set_id", "ansvar", "art", "funksjon",
                "prosjekt", "period", "amount_ore", "text")


def _insert_lines(session: Session, model: Any, insert: Any, set_id: uuid.UUID, lines: BudgetLines,
                  now: datetime) -> None:
    """Bulk insert in chunks, past the ORM. On SQLite the rows go straight to the driver's
    executemany with the values SQLAlchemy itself would bind (its type processors applied
    once to the constants), which is several times faster than Core's per-row processing;
    PostgreSQL (psycopg) gets COPY; other databases get Core's executemany."""
    table = model.__table__
    connection = session.connection()
    n = len(lines)
    columns = LINE_COLUMNS
    dialect = connection.dialect
    if dialect.name == "postgresql" and dialect.driver == "psycopg":
        _copy_lines(connection.connection.driver_connection, table.name, set_id, lines, now)
        return
    fast = dialect.name == "sqlite" and dialect.paramstyle == "qmark"
    if fast:
        def bind(column: str, value: object) -> object:
            processor = table.c[column].type.dialect_impl(dialect).bind_processor(dialect)
            return processor(value) if processor else value

        sample = uuid.uuid4()
        fast = bind("id", sample) == sample.hex  # SQLite stores Uuid as 32 hex digits
    if not fast:
        statement = insert(table)
        for start in range(0, n, INSERT_CHUNK):
            stop = min(start + INSERT_CHUNK, n)
            ids = [uuid.UUID(hex=h) for h in _uuid4_hex(stop - start)]
            rows = [
                {"id": i, "created_at": now, "updated_at": now, "version": 1, "budget_set_id": set_id, "ansvar": a,
                 "art": r, "funksjon": f, "prosjekt": p, "period": m, "amount_ore": o, "text": t}
                for i, a, r, f, p, m, o, t in zip(
                    ids, lines.ansvar[start:stop], lines.art[start:stop], lines.funksjon[start:stop],
                    lines.prosjekt[start:stop], lines.period[start:stop], lines.amount_ore[start:stop],
                    lines.text[start:stop], strict=True)
            ]
            connection.execute(statement, rows)
        return
    stamp, set_key, version = bind("created_at", now), bind("budget_set_id", set_id), bind("version", 1)
    # Rows in ansvar order with ascending ids append to both indexes instead of splitting pages all over
    # them, and a larger page cache for the duration: together about twice as fast.
    order = sorted(range(n), key=lines.ansvar.__getitem__)
    ids = sorted(_uuid4_hex(n))
    sql = (f"INSERT INTO {table.name} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})")
    cursor = connection.connection.driver_connection.cursor()  # the same connection, so the same transaction
    cache_size = cursor.execute("PRAGMA cache_size").fetchone()[0]
    cursor.execute("PRAGMA cache_size=-131072")  # at most 128 MB, only as needed
    try:
        columns_in_order = (lines.ansvar, lines.art, lines.funksjon, lines.prosjekt, lines.period, lines.amount_ore,
                            lines.text)
        for start in range(0, n, INSERT_CHUNK):
            chunk = order[start:start + INSERT_CHUNK]
            if len(chunk) == 1:  # itemgetter of one index gives the value, not a tuple
                picked = [(column[chunk[0]],) for column in columns_in_order]
            else:
                gather = itemgetter(*chunk)  # a C-level gather, in ansvar order
                picked = [gather(column) for column in columns_in_order]
            cursor.executemany(sql, zip(
                ids[start:start + INSERT_CHUNK], repeat(stamp), repeat(stamp), repeat(version), repeat(set_key),
                *picked))
    finally:
        cursor.execute(f"PRAGMA cache_size={int(cache_size)}")
        cursor.close()


def _copy_lines(driver: Any, table: str, set_id: uuid.UUID, lines: BudgetLines, now: datetime) -> None:
    """PostgreSQL: the lines through ``COPY … FROM STDIN``, one stream instead of a statement per
    chunk. It runs on the session's own psycopg connection, inside the import's transaction, so
    an import that fails after this (or is rolled back) leaves no line behind. As on SQLite, the
    rows go in ansvar order with ascending ids, which appends to both indexes.

    The rows are written in COPY's text format, made here rather than by ``Copy.write_row``: on
    Linux psycopg runs as pure Python (no psycopg-binary), where ``write_row`` costs about 40 µs a
    line, eight seconds for 200,000; building the text is a tenth of that. Every value is either
    one of ours (ids, the time, numbers) or a string escaped by ``_CopyText``."""
    n = len(lines)
    order = sorted(range(n), key=lines.ansvar.__getitem__)
    ids = sorted(_uuid4_hex(n))
    stamp = now.isoformat()
    head = f"\t{stamp}\t{stamp}\t1\t{set_id.hex}\t"
    text = _CopyText()  # codes repeat: each distinct string is escaped once
    ansvar, art, funksjon, prosjekt, period, amount, note = (
        lines.ansvar, lines.art, lines.funksjon, lines.prosjekt, lines.period, lines.amount_ore, lines.text)
    with driver.cursor() as cursor, cursor.copy(f"COPY {table} ({', '.join(LINE_COLUMNS)}) FROM STDIN") as copy:
        for start in range(0, n, INSERT_CHUNK):
            copy.write("".join(
                f"{ids[k]}{head}{text[ansvar[i]]}\t{text[art[i]]}\t{text[funksjon[i]]}\t{text[prosjekt[i]]}\t"
                f"{period[i]}\t{amount[i]}\t{text[note[i]]}\n"
                for k, i in enumerate(order[start:start + INSERT_CHUNK], start)))


# COPY's text format: a backslash starts an escape, tab and newline end a value or a row.
_COPY_ESCAPES = str.maketrans({"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"})


class _CopyText(dict[str, str]):
    """A string as COPY's text format writes it, each distinct one escaped once."""

    def __missing__(self, value: str) -> str:
        escaped = self[value] = value.translate(_COPY_ESCAPES)
        return escaped


_VERSION_4 = bytes((b & 0x0F) | 0x40 for b in range(256))  # byte 6: version 4
_VARIANT = bytes((b & 0x3F) | 0x80 for b in range(256))  # byte 8: the RFC 4122 variant


def _uuid4_hex(n: int) -> list[str]:
    """Random (version 4) UUIDs as 32 hex digits, from one urandom call for the lot."""
    data = bytearray(os.urandom(16 * n))
    data[6::16] = data[6::16].translate(_VERSION_4)
    data[8::16] = data[8::16].translate(_VARIANT)
    digits = data.hex()
    return [digits[i:i + 32] for i in range(0, 32 * n, 32)]


NAMES_SETTING = "budget.code_names"


def _remember_names(session: Session, names: dict[str, dict[str, str]]) -> None:
    """Keep the names the file gives its codes (Setting «budget.code_names»: field -> code -> name)."""
    from sqlalchemy import select

    from db.models import Setting

    if not any(names.values()):
        return
    setting = session.scalar(select(Setting).where(Setting.key == NAMES_SETTING))
    stored: dict[str, dict[str, str]] = dict(setting.value or {}) if setting is not None else {}
    for f, mapping in names.items():
        if mapping:
            stored[f] = {**stored.get(f, {}), **mapping}
    if setting is None:
        session.add(Setting(id=uuid.uuid4(), key=NAMES_SETTING, value=stored))
    else:
        setting.value = stored
