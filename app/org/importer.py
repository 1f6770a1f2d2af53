"""Import a unit list (one row per unit: id, parent id, name, ...) like Visio's org-chart wizard.

Two steps, so the window can show the guessed columns and every problem before anything is
written: :func:`plan_import` reads and validates the whole file and raises
:class:`OrgImportError` listing every problem with its Excel row; :func:`import_units`
writes a validated plan as one new organisation version in the caller's transaction.

The file is read by :mod:`app.io` (the one reading layer of every importer: header row,
the user's column choices). Rules beyond reading:

- Ids, parent ids and ansvar codes go through :func:`app.codes.normalise_code` (a code in
  scientific notation is refused); a code Excel stored as a number gets its leading zeros
  back only to equal a code the file writes as text (:class:`app.codes.LeadingZeros`).
- One ansvar code belongs to one unit: the same code on two rows (or ``0100`` beside a
  number ``100``, :func:`app.codes.same_code`) is refused naming both rows and units; a
  backwards range (``2999-2000``) is refused, as in the window.
- Årsverk that can be read two ways (``1.234``) is read by the rule the rest of its column
  shows (:func:`fte_decimal_mark`), or refused when the column cannot tell.
- A cell of the id, parent, name or ansvar column under the top of a merged range is named as merged
  (Excel keeps the value in the top cell only) instead of being read as empty.
- Parent cycles are refused naming the units; names may have up to 500 characters.

Problems carry a :class:`app.errors.Hint` (``map_column`` with the field, ``several_roots``,
``version_name``); the command line adds its flag from it, the window points at its control.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from pathlib import Path

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from app.codes import CodeFormatError, LeadingZeros, normalise_code, same_code
from app.errors import AppError, Hint
from app.io import (
    MappingError,
    Table,
    apply_mapping,
    column_label,
    column_letter,
    find_header_row,
    normalise_header,
    read_table,
)
from app.org import fields
from app.org.queries import current_version
from db.base import utcnow
from db.models import (
    AuditAction,
    AuditEntry,
    Municipality,
    OrgVersion,
    OrgVersionStatus,
    Person,
    Position,
    PositionRole,
    Unit,
    UnitAnsvar,
    UnitKind,
    YearType,
)
from db.rows import table_of

ORG_FIELDS = fields.ORG_FIELDS
FIELD_LABELS = {
    "id": "id", "parent": "overordnet id", "name": "navn", "kind": "type", "leader": "leder",
    "ansvar": "ansvar", "fte": "årsverk", "ignore": "ikke i bruk",
}

# Header names in bokmål, nynorsk and English; compared after normalise_header().
HEADER_NAMES: dict[str, tuple[str, ...]] = {
    "id": ("id", "enhetsid", "enhet id", "einingsid", "eining id", "nr", "nummer", "enhetsnr", "enhetsnummer",
           "einingsnr", "kode", "enhetskode", "einingskode", "unit id", "unit code", "unit no", "code", "key"),
    "parent": ("parent", "parent id", "parent unit", "parent code", "overordnet", "overordnet id", "overordnet enhet",
               "overordnet nr", "overordna", "overordna id", "overordna eining", "forelder", "forelder id",
               "rapporterer til", "rapporterer til id", "rapporterar til", "reports to", "under"),
    "name": ("name", "navn", "namn", "enhet", "enhetsnavn", "eining", "einingsnamn", "unit", "unit name",
             "organisasjonsenhet", "avdeling"),
    "kind": ("kind", "type", "enhetstype", "einingstype", "kategori", "category", "unit type", "enhetskategori"),
    "leader": ("leader", "leder", "leiar", "manager", "enhetsleder", "einingsleiar", "virksomhetsleder",
               "verksemdsleiar", "head", "leder navn", "leders navn", "unit leader"),
    "ansvar": ("ansvar", "ansvarsnummer", "ansvarsnr", "ansvarskode", "ansvarssted", "ansvarsstad", "ansvar nr",
               "responsibility", "responsibility centre", "responsibility center", "cost centre", "cost center"),
    "fte": ("fte", "ftes", "årsverk", "stillinger", "stillingar", "stillingsressurs", "årsverk i alt",
            "full time equivalents"),
}
_HEADER_FIELD = {normalise_header(name): f for f, names in HEADER_NAMES.items() for name in names}

# Unit kind labels in bokmål, nynorsk and English (and the stored value itself).
KIND_NAMES: dict[UnitKind, tuple[str, ...]] = {
    UnitKind.ADMINISTRATION: ("rådmann", "rådmannen", "rådmannens kontor", "administrasjon", "administrasjonen",
                              "kommunedirektør", "kommunedirektøren", "administration", "chief executive", "root"),
    UnitKind.TOP_TEAM: ("ledergruppe", "rådmannsteam", "rådmannens ledergruppe", "leiargruppe",
                        "rådmannens leiargruppe", "kommunedirektørens ledergruppe", "kommunedirektørens leiargruppe",
                        "ledergruppen", "top team", "management team", "leadership team"),
    UnitKind.STAFF: ("stab", "stabsenhet", "stabseining", "stabsfunksjon", "staff", "staff unit"),
    UnitKind.SUPPORT: ("støtte", "støtteenhet", "støtteeining", "støttefunksjon", "stab og støtte", "support",
                       "support unit"),
    UnitKind.DEVELOPMENT: ("utviklingsenhet", "utviklingseining", "utvikling", "development", "development unit"),
    UnitKind.SERVICE_DESK: ("servicetorg", "servicetorget", "servicekontor", "innbyggertorg", "service desk",
                            "citizen service desk"),
    UnitKind.COMMUNITY_SECTOR: ("sektor samfunn", "samfunn", "samfunnssektor", "sektor for samfunn",
                                "community sector", "community"),
    UnitKind.SECTOR: ("sektor", "sektorleder", "kommunalområde", "tjenesteområde", "tenesteområde", "sector"),
    UnitKind.RESULT_UNIT: ("resultatenhet", "resultateining", "virksomhet", "verksemd", "enhet", "eining",
                           "tjenesteenhet", "result unit", "unit", "service unit"),
}
_KIND_BY_LABEL = {normalise_header(label): kind for kind, labels in KIND_NAMES.items() for label in labels}
_KIND_BY_LABEL.update({normalise_header(kind.value): kind for kind in UnitKind})
# How the export and the window name the kinds; accepted on import like the others.
KIND_LABELS: dict[UnitKind, str] = {
    UnitKind.ADMINISTRATION: "Rådmannen",
    UnitKind.TOP_TEAM: "Rådmannens ledergruppe",
    UnitKind.STAFF: "Stab",
    UnitKind.SUPPORT: "Støtte",
    UnitKind.DEVELOPMENT: "Utviklingsenhet",
    UnitKind.SERVICE_DESK: "Servicetorg",
    UnitKind.COMMUNITY_SECTOR: "Sektor samfunn",
    UnitKind.SECTOR: "Sektor",
    UnitKind.RESULT_UNIT: "Resultatenhet",
}
_KIND_BY_LABEL.update({normalise_header(label): kind for kind, label in KIND_LABELS.items()})

VACANT_WORDS = {normalise_header(w) for w in ("ledig", "vakant", "vacant", "ingen", "none", "ubesatt", "n/a")}
TOTAL_WORDS = {normalise_header(w) for w in ("sum", "sum totalt", "totalt", "total", "i alt", "sum i alt")}
# A unit's name may be as long as the state's own register has them (215+ characters).
MAX_CODE, MAX_NAME, MAX_PERSON, MAX_ANSVAR = 64, 500, 200, 32
MAX_FTE = Decimal("999999.99")  # Numeric(8, 2)
ROOT_CODE = "ROT"
DEFAULT_MUNICIPALITY = "Kommunen"
_ANSVAR_RANGE = re.compile(r"(\d+)\s*[-–]\s*(\d+)")
_ANSVAR_SPLIT = re.compile(r"[,;\s]+")
# Årsverk written with one separator followed by exactly three digits: «1.234» or «1,234» can
# be a thousand and more or a little over one, and the value alone cannot say which.
_AMBIGUOUS_FTE = re.compile(r"[1-9]\d{0,2}[.,]\d{3}")
_FTE_SPACES = str.maketrans("", "", " \u00a0\u202f\u2009")
SUMMARY_LINES = 30  # problems shown in str(err); format_problems() shows them all


@dataclass(frozen=True)
class ImportProblem:
    """One thing wrong in the file. ``row`` is Excel's row number (0: the file as a whole)."""

    row: int
    column: str
    value: str
    message: str
    hint: Hint | None = None  # what the user can do, for the command line and the window to point at

    def __str__(self) -> str:
        place = []
        if self.row:
            place.append(f"Rad {self.row}")
        if self.column:
            place.append(f"kolonnen «{self.column}»")
        prefix = ", ".join(place)
        return f"{prefix}: {self.message}" if prefix else self.message


class OrgImportError(AppError):
    """The file cannot be imported; ``problems`` lists every reason, nothing has been written.

    ``several_roots`` holds the ids of the top units when there is more than one, so the
    window can offer to put them under one new root (``plan_import(..., root_name=...)``).
    ``headers`` and ``guessed_mapping`` let it open the column dialog when columns are missing.
    """

    def __init__(self, file_name: str, problems: list[ImportProblem], *, sheet_name: str | None = None,
                 several_roots: list[str] | None = None, headers: list[str] | None = None,
                 guessed_mapping: dict[int, str] | None = None) -> None:
        self.file_name = file_name
        self.sheet_name = sheet_name
        self.problems = sorted(problems, key=lambda p: p.row)  # in the order the user reads the sheet
        self.several_roots = several_roots or []
        self.headers = headers or []
        self.guessed_mapping = guessed_mapping or {}
        lines = [self.headline]
        lines += [f"- {p}" for p in self.problems[:SUMMARY_LINES]]
        if len(problems) > SUMMARY_LINES:
            lines.append(f"… og {len(problems) - SUMMARY_LINES} feil til.")
        super().__init__("\n".join(lines), hint=next((p.hint for p in self.problems if p.hint), None))

    @property
    def headline(self) -> str:
        where = f"«{self.file_name}»" + (f" (arket «{self.sheet_name}»)" if self.sheet_name else "")
        count = "én feil" if len(self.problems) == 1 else f"{len(self.problems)} feil"
        return (f"Kan ikke importere enhetslisten {where}: fant {count}. Ingenting er importert; "
                "rett filen (eller kolonnevalget) og importer på nytt.")


@dataclass
class PlannedUnit:
    row: int  # Excel row; 0 for a root added by root_name
    code: str
    parent_code: str | None
    name: str
    kind: UnitKind
    leader: str | None
    ansvar: list[tuple[str, str | None]]  # (code, code_to) — code_to for a range «1400-1499»
    fte: Decimal
    sort_order: int = 0


@dataclass
class ImportPlan:
    """A validated unit list, parents before children, ready for :func:`import_units`."""

    file_name: str
    sheet_name: str | None
    sheet_names: list[str]
    header_row: int  # Excel row of the header
    headers: list[str]
    guessed_mapping: dict[int, str]  # column index -> field, as guessed from the headers
    mapping: dict[int, str]  # column index -> field, as used (guesses corrected by the user)
    rows: list[PlannedUnit]
    root_added: bool = False

    @property
    def units(self) -> int:
        return len(self.rows)


@dataclass
class ImportResult:
    version_id: uuid.UUID
    version_name: str
    units: int
    status: str  # "current" or "scenario"
    people_created: int = 0


# --- columns ---------------------------------------------------------------------------------


def guess_mapping(headers: list[str]) -> dict[int, str]:
    """Column index -> field for the headers that name a known field (the first column wins)."""
    mapping: dict[int, str] = {}
    for index, header in enumerate(headers):
        field_name = _HEADER_FIELD.get(normalise_header(header))
        if field_name and field_name not in mapping.values():
            mapping[index] = field_name
    return mapping


# --- cells -----------------------------------------------------------------------------------


def cell_code(value: object) -> str:
    """An id or code as text by :func:`app.codes.normalise_code`: 101.0 (Excel's number) becomes
    «101», text is trimmed; a code in scientific notation raises :class:`CodeFormatError`."""
    return normalise_code(value)


def _is_number(value: object) -> bool:
    return isinstance(value, (int, float, Decimal)) and not isinstance(value, bool)


def _text(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return " ".join(str(value).split()) if value is not None else ""


class AmbiguousFteError(ValueError):
    """Årsverk such as «1.234» that can be read two ways, in a column that does not say which."""


def fte_decimal_mark(values: Sequence[object]) -> str | None:
    """The decimal mark a column of årsverk uses, judged from all its text values; None if it cannot tell.

    «12,5» or «1.234,5» says comma; «12.5» or «1,234.5» says dot; «0,625» says comma (a
    thousands group never starts with 0). «1.234» alone says nothing. When the column shows
    both marks (people type either), it cannot tell either.
    """
    marks: set[str] = set()
    for value in values:
        if not isinstance(value, str):
            continue
        text = value.translate(_FTE_SPACES).replace("−", "-").lstrip("-")
        has_comma, has_dot = "," in text, "." in text
        if has_comma and has_dot:
            marks.add("," if text.rfind(",") > text.rfind(".") else ".")
        elif has_comma or has_dot:
            mark = "," if has_comma else "."
            if text.count(mark) > 1:  # «1.234.567»: that mark groups thousands, the other is decimal
                marks.add("." if mark == "," else ",")
            elif not _AMBIGUOUS_FTE.fullmatch(text):
                marks.add(mark)
    return marks.pop() if len(marks) == 1 else None


def parse_fte(value: object, *, decimal_mark: str | None = None, strict: bool = False) -> Decimal | None:
    """Årsverk from a number or text («12,5», «12.5», «1 234,5», «-» for zero); None if not a number.

    ``decimal_mark`` is the column's rule (:func:`fte_decimal_mark`). With ``strict``, text that
    could be read two ways («1.234»: 1234 or 1,234) and that the column's rule does not settle
    raises :class:`AmbiguousFteError` instead of being guessed.
    """
    if value is None:
        return Decimal("0")
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        number = Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
    else:
        text = str(value).strip()
        for space in (" ", "\u00a0", "\u202f", "\u2009"):
            text = text.replace(space, "")
        if text in ("", "-", "–", "—"):
            return Decimal("0")
        text = text.replace("−", "-")
        if _AMBIGUOUS_FTE.fullmatch(text.lstrip("-")):
            if decimal_mark is None and strict:
                raise AmbiguousFteError(text)
            mark = decimal_mark or ("," if "," in text else ".")
            text = text.replace(",", ".") if mark in text else text.replace(",", "").replace(".", "")
        elif "," in text and "." in text:
            decimal_mark = "," if text.rfind(",") > text.rfind(".") else "."
            thousands = "." if decimal_mark == "," else ","
            text = text.replace(thousands, "").replace(decimal_mark, ".")
        else:
            text = text.replace(",", ".")
        try:
            number = Decimal(text)
        except InvalidOperation:
            return None
    if not number.is_finite():
        return None
    try:
        return number.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    except InvalidOperation:  # too many digits for two decimals (1e30): far past MAX_FTE, refused as such
        return number


def parse_kind(value: object) -> UnitKind | None:
    return _KIND_BY_LABEL.get(normalise_header(value))


def parse_ansvar(value: object, zeros: LeadingZeros | None = None) -> list[tuple[str, str | None]]:
    """Several codes in one cell («1400, 1410;1420 1430») and ranges («1400-1499»).

    A code stored as a number gets its leading zeros back from ``zeros`` (the codes the same
    file holds as text, never the database's; see :class:`app.codes.LeadingZeros`). A code in scientific
    notation raises :class:`CodeFormatError`.
    """
    text = cell_code(value)
    if _is_number(value):
        return [((zeros or LeadingZeros())(text), None)] if text else []
    found: list[tuple[str, str | None]] = []
    for start, end in _ANSVAR_RANGE.findall(text):
        found.append((start, end))
    text = _ANSVAR_RANGE.sub(" ", text)
    found += [(normalise_code(code), None) for code in _ANSVAR_SPLIT.split(text) if code]
    unique: list[tuple[str, str | None]] = []
    seen: set[str] = set()
    for code, code_to in found:
        if code not in seen:
            seen.add(code)
            unique.append((code, code_to))
    return unique


# --- planning --------------------------------------------------------------------------------


@dataclass
class _Row:
    row: int
    code: str
    parent: str
    name: str
    kind: UnitKind | None
    leader: str | None
    ansvar: list[tuple[str, str | None]]
    fte: Decimal
    parent_refused: bool = False  # the parent cell could not be read (reported): not a top unit


def plan_import(path: Path, *, sheet: str | None = None, mapping: dict[str, str] | None = None,
                root_name: str | None = None) -> ImportPlan:
    """Read and validate a unit list; raise :class:`OrgImportError` listing every problem.

    ``mapping`` maps header text to a field of :data:`ORG_FIELDS` and overrides the guesses.
    With several top units, ``root_name`` plans a new root unit of that name above them.
    """
    table = read_table(Path(path), sheet=sheet)
    return plan_table(table, mapping=mapping, root_name=root_name)


def plan_table(table: Table, *, mapping: dict[str, str] | None = None, root_name: str | None = None) -> ImportPlan:
    """:func:`plan_import` for a table already read (the window reads once, then re-plans)."""
    problems: list[ImportProblem] = []
    headers: list[str] = []
    guessed: dict[int, str] = {}

    def fail(several_roots: list[str] | None = None) -> OrgImportError:
        return OrgImportError(table.file_name, problems, sheet_name=table.sheet_name, several_roots=several_roots,
                              headers=headers, guessed_mapping=guessed)

    if not any(r for r in table.rows):
        problems.append(ImportProblem(0, "", "", "Arket er tomt: fant ingen rader med enheter."))
        raise fail()
    known = {name for names in HEADER_NAMES.values() for name in names}
    header_index = find_header_row(table.rows, known)
    assert header_index is not None  # a row has content (checked above), and the first such is the fallback
    header_row = header_index + 1
    headers = [_text(c) for c in table.rows[header_index]]
    guessed = guess_mapping(headers)
    try:
        used = apply_mapping(headers, guessed, mapping or {}, ORG_FIELDS, FIELD_LABELS)
    except MappingError as err:
        used = dict(guessed)
        problems += [ImportProblem(header_row, "", "", text, Hint("map_column")) for text in err.problems]
    columns = {f: i for i, f in used.items()}
    for needed in ("id", "name"):
        if needed not in columns:
            listing = ", ".join(f"«{h}»" for h in headers if h) or "ingen"
            problems.append(ImportProblem(header_row, "", "", (
                f"Fant ingen kolonne for {FIELD_LABELS[needed]} i overskriftsraden (rad {header_row}; kolonnene er "
                f"{listing}). Gi kolonnen en kjent overskrift, eller velg hvilken kolonne som er "
                f"{FIELD_LABELS[needed]}."), Hint("map_column", field=needed)))
    if problems:
        raise fail()

    label = {f: column_label(headers, i) for f, i in columns.items()}
    data: list[tuple[int, Sequence[object]]] = [
        (index + 1, table.rows[index]) for index in range(header_index + 1, len(table.rows))
        if not all(c is None or (isinstance(c, str) and not c.strip()) for c in table.rows[index])
    ]
    data = _without_marked_cells(table, data, columns, label, problems)
    context = _Context.of(data, columns, label, _merged_below_top(table, columns))
    parsed: list[_Row] = []
    for number, cells in data:
        row = _parse_row(number, cells, context, problems)
        if row is not None:
            parsed.append(row)
    if not parsed and not problems:
        problems.append(ImportProblem(header_row, "", "", "Fant ingen enheter under overskriftsraden."))

    by_code = _check_ids(parsed, label, problems)
    _check_ansvar(parsed, label, problems)
    roots = _check_parents(parsed, by_code, label, problems)
    _check_cycles(parsed, by_code, label, problems)
    several: list[str] = []
    if len(roots) > 1 and not (root_name and root_name.strip()):
        several = [r.code for r in roots]
        problems.append(_several_roots_problem(roots, label.get("parent", "")))
    if problems:
        raise fail(several)

    planned, root_added = _order(parsed, roots, root_name)
    return ImportPlan(table.file_name, table.sheet_name, table.sheet_names, header_row, headers, guessed, used,
                      planned, root_added)


def _cell(cells: Sequence[object], columns: dict[str, int], name: str) -> object:
    index = columns.get(name)
    return cells[index] if index is not None and index < len(cells) else None


@dataclass
class _Context:
    """What a row needs to know about its columns: which is which, and rules judged from all rows."""

    columns: dict[str, int]
    label: dict[str, str]
    fte_mark: str | None  # the årsverk column's decimal mark, None when it cannot tell
    id_zeros: LeadingZeros  # ids and parent ids written as text
    ansvar_zeros: LeadingZeros  # ansvar codes written as text
    merged: dict[tuple[int, str], str]  # (Excel row, field) -> «C3:C5» for a cell under the top of a merge
    text_ansvar: dict[int, list[tuple[str, str | None]]]  # Excel row -> its ansvar cell's codes, read from text

    @classmethod
    def of(cls, data: list[tuple[int, Sequence[object]]], columns: dict[str, int], label: dict[str, str],
           merged: dict[tuple[int, str], str]) -> _Context:
        ids, ansvar = LeadingZeros(), LeadingZeros()
        text_ansvar: dict[int, list[tuple[str, str | None]]] = {}
        for number, cells in data:
            for name in ("id", "parent"):
                ids.add(_text_codes(_cell(cells, columns, name)))
            value = _cell(cells, columns, "ansvar")
            if isinstance(value, str):
                try:
                    codes = text_ansvar[number] = parse_ansvar(value)
                except CodeFormatError:
                    continue  # refused when its row is read
                ansvar.add(code for pair in codes for code in pair if code)
        fte_mark = fte_decimal_mark([_cell(cells, columns, "fte") for _number, cells in data])
        return cls(columns, label, fte_mark, ids, ansvar, merged, text_ansvar)


def _merged_below_top(table: Table, columns: dict[str, int]) -> dict[tuple[int, str], str]:
    """(Excel row, field) -> the merged range («C3:C5») for each cell of a mapped column that lies
    under the top cell of a merge: Excel keeps the value in the top cell only, so these read empty."""
    found: dict[tuple[int, str], str] = {}
    field_of = {index: name for name, index in columns.items()}
    for (top, left), (bottom, right) in getattr(table, "merged", ()):
        for index in range(left, right + 1):
            name = field_of.get(index)
            if name is None:
                continue
            shown = f"{column_letter(left)}{top + 1}:{column_letter(right)}{bottom + 1}"
            for row in range(top + 2, bottom + 2):  # Excel rows under the top one
                found[(row, name)] = shown
    return found


def _text_codes(value: object) -> list[str]:
    """The id a cell holds as text (what sets the width of ids Excel stored as numbers)."""
    if not isinstance(value, str):
        return []
    try:
        return [normalise_code(value)]
    except CodeFormatError:
        return []  # refused when its row is read


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _without_marked_cells(table: Table, data: list[tuple[int, Sequence[object]]], columns: dict[str, int],
                          label: dict[str, str], problems: list[ImportProblem]) -> list[tuple[int, Sequence[object]]]:
    """A cell of a used column holding a formula without a saved value or an error value: nobody
    knows its value (the formula's is read as empty: 0 årsverk, no ansvar code), so each is a
    problem naming row and column, and the cell counts as empty in the other checks."""
    if not table.marks:
        return data
    fields_at = {i: f for f, i in columns.items()}
    kept: list[tuple[int, Sequence[object]]] = []
    for number, cells in data:
        found = [(i, mark) for i in fields_at if (mark := table.marks.get((number, i))) is not None
                 and mark.kind in ("formula", "error")]
        if found and _is_total_row(cells) and all(
                _blank(_cell(cells, columns, f)) and (number, columns[f]) not in table.marks
                for f in ("id", "parent") if f in columns):
            found = []  # a «Sum» row under the list (our own export writes SUM formulas there): skipped anyway
        if found:
            cells = list(cells)
            for i, mark in found:
                f = fields_at[i]
                if mark.kind == "formula":
                    shown = f"={mark.text}" if mark.text else "en formel"
                    message = (f"Cellen for {FIELD_LABELS[f]} har formelen «{shown}» uten lagret verdi, så verdien "
                               "regnearket ville vist, står ikke i filen. Åpne og lagre filen i Excel først, og "
                               "importer på nytt.")
                else:
                    shown = mark.text
                    message = (f"Cellen for {FIELD_LABELS[f]} har feilverdien «{shown}», som ikke kan leses. Rett "
                               "formelen i Excel (eller skriv inn verdien), lagre, og importer på nytt.")
                problems.append(ImportProblem(number, label[f], shown, message))
                if i < len(cells):
                    cells[i] = None
        kept.append((number, cells))
    return kept


def _parse_row(row: int, cells: Sequence[object], context: _Context, problems: list[ImportProblem]) -> _Row | None:
    columns, label = context.columns, context.label
    start = len(problems)

    def problem(f: str, value: object, message: str) -> None:
        problems.append(ImportProblem(row, label.get(f, ""), _text(value), message))

    def code_of(f: str) -> str:
        value = _cell(cells, columns, f)
        if value is None and (row, f) in context.merged:
            problem(f, "", (
                f"Cellen for {FIELD_LABELS[f]} er en del av de sammenslåtte cellene {context.merged[row, f]}, så "
                "den er tom her (Excel har verdien bare i den øverste cellen). Opphev sammenslåingen og fyll inn "
                f"{FIELD_LABELS[f]} på hver rad."))
            return ""
        try:
            code = cell_code(value)
        except CodeFormatError as err:
            problem(f, value, f"{FIELD_LABELS[f].capitalize()} {err}")
            return ""
        return context.id_zeros(code) if _is_number(value) else code

    code = code_of("id")
    before_parent = len(problems)
    parent = code_of("parent")
    parent_refused = len(problems) > before_parent
    name = _text(_cell(cells, columns, "name"))
    if not name and (row, "name") in context.merged:
        problem("name", "", (
            f"Navnet er en del av de sammenslåtte cellene {context.merged[row, 'name']}, så det er tomt her. "
            "Opphev sammenslåingen og skriv navnet på hver rad."))
        name = "?"
    if not code and not parent and len(problems) == start and _is_total_row(cells):
        return None  # a «Sum» row under the list, as our own export writes
    refused_code = len(problems) > start

    if not code and not refused_code:
        problem("id", "", f"Enheten {('«' + name + '» ') if name else ''}mangler id. Hver enhet trenger en id "
                "som de andre radene kan vise til som overordnet.")
    elif len(code) > MAX_CODE:
        problem("id", code, f"Id-en er for lang ({len(code)} tegn); høyst {MAX_CODE} tegn.")
    if not name:
        problem("name", "", f"Enheten med id «{code}» mangler navn. Fyll inn navnet i kolonnen «{label['name']}».")
    elif len(name) > MAX_NAME:
        problem("name", name[:40] + "…", f"Navnet er for langt ({len(name)} tegn); høyst {MAX_NAME} tegn.")
    kind: UnitKind | None = None
    raw_kind = _cell(cells, columns, "kind")
    if _text(raw_kind):
        kind = parse_kind(raw_kind)
        if kind is None:
            known = ", ".join(f"«{v}»" for v in KIND_LABELS.values())
            problem("kind", raw_kind, f"Kjenner ikke enhetstypen «{_text(raw_kind)}». Bruk en av {known}, "
                    "eller la cellen stå tom for resultatenhet.")
    leader = _text(_cell(cells, columns, "leader")) or None
    if leader and ((folded := normalise_header(leader)) in VACANT_WORDS or not folded):
        leader = None  # «Ledig», «-»: no leader
    if leader and len(leader) > MAX_PERSON:
        problem("leader", leader[:40] + "…", f"Ledernavnet er for langt ({len(leader)} tegn); høyst {MAX_PERSON}.")
    raw_fte = _cell(cells, columns, "fte")
    try:
        fte = parse_fte(raw_fte, decimal_mark=context.fte_mark, strict=True)
    except AmbiguousFteError:
        fte = Decimal(0)
        whole, _, part = _text(raw_fte).replace(",", ".").partition(".")
        problem("fte", raw_fte, f"Årsverk «{_text(raw_fte)}» kan bety {whole} {part} (tusen og mer) eller "
                f"{whole},{part}, og resten av kolonnen viser ikke hvilket tegn som er desimaltegn. Skriv tallet "
                f"uten tusenskille og med desimalkomma, som {whole}{part} eller {whole},{part}.")
    if fte is None:
        problem("fte", raw_fte, f"Årsverk «{_text(raw_fte)}» er ikke et tall. Skriv for eksempel 12,5 "
                "(eller la cellen stå tom for 0).")
    elif fte < 0:
        problem("fte", raw_fte, f"Årsverk kan ikke være negativt ({_text(raw_fte)}).")
    elif fte > MAX_FTE:
        problem("fte", raw_fte, f"Årsverk {_text(raw_fte)} er urimelig stort; høyst {MAX_FTE}.")
    raw_ansvar = _cell(cells, columns, "ansvar")
    if raw_ansvar is None and (row, "ansvar") in context.merged:
        problem("ansvar", "", (
            f"Ansvarskoden er en del av de sammenslåtte cellene {context.merged[row, 'ansvar']}, så den er tom her. "
            "Én ansvarskode kan høre til bare én enhet: opphev sammenslåingen og skriv hver enhets egen kode, "
            "eller la cellen stå tom."))
    try:
        ansvar = context.text_ansvar.get(row) or parse_ansvar(raw_ansvar, context.ansvar_zeros)
    except CodeFormatError as err:
        ansvar = []
        problem("ansvar", raw_ansvar, f"Ansvarskoden {err}")
    for ansvar_code, ansvar_to in ansvar:
        if len(ansvar_code) > MAX_ANSVAR or len(ansvar_to or "") > MAX_ANSVAR:
            problem("ansvar", ansvar_code, f"Ansvarskoden «{ansvar_code}» er for lang; høyst {MAX_ANSVAR} tegn.")
        elif ansvar_to is not None and (len(ansvar_to), ansvar_to) < (len(ansvar_code), ansvar_code):
            problem("ansvar", f"{ansvar_code}-{ansvar_to}", (
                f"Intervallet «{ansvar_code}-{ansvar_to}» for «{name}» går baklengs. Skriv den laveste koden først "
                f"({ansvar_to}-{ansvar_code})."))
    if len(problems) > start:
        # Still take part in the id, parent and cycle checks when the id is usable.
        return _Row(row, code, parent, name, kind, leader, ansvar, Decimal(0), parent_refused) if code else None
    return _Row(row, code, parent, name, kind, leader, ansvar, fte or Decimal(0))


def _is_total_row(cells: Sequence[object]) -> bool:
    texts = [normalise_header(c) for c in cells if isinstance(c, str) and c.strip()]
    return bool(texts) and texts[0] in TOTAL_WORDS


def _check_ids(rows: list[_Row], label: dict[str, str], problems: list[ImportProblem]) -> dict[str, _Row]:
    by_code: dict[str, _Row] = {}
    for row in rows:
        first = by_code.get(row.code)
        if first is None:
            by_code[row.code] = row
        else:
            problems.append(ImportProblem(row.row, label["id"], row.code, (
                f"Id-en «{row.code}» er brukt også i rad {first.row} («{first.name}»). Hver enhet må ha sin egen id.")))
    return by_code


def _check_ansvar(rows: list[_Row], label: dict[str, str], problems: list[ImportProblem]) -> None:
    """One ansvar code belongs to one unit: refuse a code (or the same code with or without the
    zeros a number loses, by :func:`app.codes.same_code`) on two rows, naming both."""
    by_key: dict[str, list[tuple[str, _Row]]] = {}
    for row in rows:
        for code, _code_to in row.ansvar:
            key = code.lstrip("0") or "0" if code.isascii() and code.isdigit() else code
            for other_code, other in by_key.get(key, []):
                if other is not row and same_code(code, other_code):
                    shown = code if code == other_code else f"{code}» og «{other_code}"
                    problems.append(ImportProblem(row.row, label.get("ansvar", ""), code, (
                        f"Ansvarskoden «{shown}» står både på «{other.name}» (rad {other.row}) og på «{row.name}» "
                        f"(rad {row.row}). En ansvarskode kan høre til bare én enhet, ellers vet ikke programmet "
                        "hvilken enhet regnskapslinjene skal til. Fjern koden fra én av radene.")))
                    break
            else:
                by_key.setdefault(key, []).append((code, row))


def _check_parents(rows: list[_Row], by_code: dict[str, _Row], label: dict[str, str],
                   problems: list[ImportProblem]) -> list[_Row]:
    roots: list[_Row] = []
    for row in rows:
        if by_code.get(row.code) is not row:
            continue  # a duplicate id: already reported
        if not row.parent:
            if not row.parent_refused:
                roots.append(row)
        elif row.parent not in by_code:
            problems.append(ImportProblem(row.row, label.get("parent", ""), row.parent, (
                f"Overordnet id «{row.parent}» for «{row.name}» finnes ikke i kolonnen «{label['id']}». "
                "Rett id-en, eller la cellen stå tom hvis enheten skal stå øverst.")))
    return roots


def _check_cycles(rows: list[_Row], by_code: dict[str, _Row], label: dict[str, str],
                  problems: list[ImportProblem]) -> None:
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    for start in rows:
        if start.code in state or by_code.get(start.code) is not start:
            continue
        path: list[str] = []
        code: str | None = start.code
        while code is not None and code in by_code and code not in state:
            state[code] = 1
            path.append(code)
            parent = by_code[code].parent
            code = parent or None
        if code is not None and state.get(code) == 1:  # came back onto this path: a cycle
            cycle = path[path.index(code):]
            members = sorted((by_code[c] for c in cycle), key=lambda r: r.row)
            first = members[0]
            chain = " → ".join([*cycle, cycle[0]])
            named = " → ".join(f"«{by_code[c].name}» (id {c})" for c in [*cycle, cycle[0]])
            if len(cycle) == 1:
                message = (f"«{first.name}» (id {first.code}) er oppgitt som sin egen overordnede. "
                           "Rett overordnet id, eller la cellen stå tom hvis enheten skal stå øverst.")
            else:
                rows_text = ", ".join(str(r.row) for r in members)
                message = (f"Enhetene {chain} er overordnet hverandre i en sirkel (rad {rows_text}): {named}. "
                           "Rett overordnet id for én av dem, så kjeden ender i toppenheten.")
            problems.append(ImportProblem(first.row, label.get("parent", ""), chain, message))
        for done in path:
            state[done] = 2


def _several_roots_problem(roots: list[_Row], parent_label: str) -> ImportProblem:
    shown = ", ".join(f"«{r.name}» (id {r.code}, rad {r.row})" for r in roots[:15])
    if len(roots) > 15:
        shown += f" og {len(roots) - 15} til"
    column = parent_label or "overordnet id"
    return ImportProblem(roots[1].row, parent_label, ", ".join(r.code for r in roots[:15]), (
        f"{len(roots)} enheter har ingen overordnet og står øverst: {shown}. Bare én enhet kan stå øverst. "
        f"Fyll inn overordnet id i kolonnen «{column}», eller legg dem under én ny felles toppenhet "
        "og gi den et navn."), Hint("several_roots"))


def _order(rows: list[_Row], roots: list[_Row], root_name: str | None) -> tuple[list[PlannedUnit], bool]:
    """Parents before children, breadth-first; siblings keep the file's order."""
    children: dict[str, list[_Row]] = {}
    for row in rows:
        if row.parent:
            children.setdefault(row.parent, []).append(row)
    planned: list[PlannedUnit] = []
    root_added = len(roots) > 1
    top_parent: str | None = None
    if root_added:
        codes = {r.code for r in rows}
        top_parent = ROOT_CODE
        n = 1
        while top_parent in codes:
            n += 1
            top_parent = f"{ROOT_CODE}-{n}"
        planned.append(PlannedUnit(0, top_parent, None, " ".join((root_name or "").split())[:MAX_NAME],
                                   UnitKind.ADMINISTRATION, None, [], Decimal(0)))
    level = [(r, top_parent, i) for i, r in enumerate(roots)]
    while level:
        next_level: list[tuple[_Row, str | None, int]] = []
        for row, parent_code, order in level:
            kind = row.kind or (UnitKind.ADMINISTRATION if parent_code is None else UnitKind.RESULT_UNIT)
            planned.append(PlannedUnit(row.row, row.code, parent_code, row.name, kind, row.leader, row.ansvar,
                                       row.fte, order))
            next_level += [(child, row.code, i) for i, child in enumerate(children.get(row.code, []))]
        level = next_level
    return planned, root_added


# --- writing ---------------------------------------------------------------------------------


def default_version_name(session: Session, plan: ImportPlan, today: date | None = None) -> str:
    """A free version name: «Gjeldende organisasjon» for the first, else «Import fra FIL dd.mm.åååå»."""
    today = today or date.today()
    base = (f"Import fra {Path(plan.file_name).stem} {today:%d.%m.%Y}" if current_version(session) is not None
            else "Gjeldende organisasjon")
    taken = set(session.scalars(select(OrgVersion.name)))
    name, n = base, 1
    while name in taken:
        n += 1
        name = f"{base} ({n})"
    return name


def _split_person(full_name: str) -> tuple[str, str]:
    """«Kari Nordmann» -> (Kari, Nordmann); «Nordmann, Kari» -> (Kari, Nordmann); the family name is the last word."""
    if "," in full_name:
        family, _, given = full_name.partition(",")
        return " ".join(given.split()), " ".join(family.split())
    given, _, family = full_name.rpartition(" ")
    return (given, family) if given else (family, "")


def import_units(session: Session, plan: ImportPlan, *, version_name: str, today: date | None = None) -> ImportResult:
    """Write a validated plan as ONE new organisation version, in the caller's transaction.

    The first version of a database becomes current from today; otherwise the import is a
    scenario, so the current organisation is never touched. Leaders are found by full name
    among the municipality's people, or created.
    """
    today = today or date.today()
    name = " ".join(version_name.split())
    if not name:
        raise AppError("Versjonen trenger et navn. Skriv inn et navn på versjonen.", hint=Hint("version_name"))
    if len(name) > 200:
        raise AppError(f"Versjonsnavnet er for langt ({len(name)} tegn); høyst 200 tegn.")
    municipality = session.scalar(select(Municipality).order_by(Municipality.created_at).limit(1))
    if municipality is None:
        municipality = Municipality(id=uuid.uuid4(), name=DEFAULT_MUNICIPALITY)
        session.add(municipality)
    elif session.scalar(select(OrgVersion.id).where(OrgVersion.municipality_id == municipality.id,
                                                    OrgVersion.name == name)) is not None:
        raise AppError(f"Det finnes allerede en organisasjonsversjon som heter «{name}». Velg et annet navn.",
                       hint=Hint("version_name", value=name))
    is_current = current_version(session) is None
    status = OrgVersionStatus.CURRENT if is_current else OrgVersionStatus.SCENARIO
    version = OrgVersion(
        id=uuid.uuid4(), municipality_id=municipality.id, name=name, status=status,
        effective_from=today if is_current else None,
        description=f"Importert fra «{plan.file_name}» {today:%d.%m.%Y}.",
    )
    session.add(version)
    session.flush()
    start = version.effective_from or today

    # Core inserts in bulk: thousands of units in a fraction of a second, and one audit entry
    # for the import instead of one per row (DESIGN.md: bulk data is recorded once per operation).
    now = utcnow()
    common = {"created_at": now, "updated_at": now, "version": 1}
    ids: dict[str, uuid.UUID] = {}
    units: list[dict[str, object]] = []
    ansvar_rows: list[dict[str, object]] = []
    for unit in plan.rows:
        unit_id = ids[unit.code] = uuid.uuid4()
        units.append({
            **common, "id": unit_id, "org_version_id": version.id, "lineage_id": uuid.uuid4(),
            "parent_id": ids[unit.parent_code] if unit.parent_code else None, "code": unit.code,
            "name": unit.name, "short_name": "", "kind": unit.kind, "sort_order": unit.sort_order,
            "fte": unit.fte, "staff_count": 0, "area_of_work": "", "services": [], "is_external": False,
            "year_type": YearType.CALENDAR,
        })
        ansvar_rows += [{**common, "id": uuid.uuid4(), "unit_id": unit_id, "code": code, "code_to": code_to}
                        for code, code_to in unit.ansvar]

    people: dict[str, uuid.UUID] = {}
    for known_id, given, family in session.execute(
        select(Person.id, Person.given_name, Person.family_name).where(Person.municipality_id == municipality.id)
        .order_by(Person.created_at)
    ):
        people.setdefault(_person_key(f"{given} {family}"), known_id)
    new_people: list[dict[str, object]] = []
    positions: list[dict[str, object]] = []
    for unit in plan.rows:
        if not unit.leader or unit.kind is UnitKind.TOP_TEAM:
            continue  # a top team is led by the rådmann above it (the export names them), not a position of its own
        key = _person_key(unit.leader)
        person_id = people.get(key)
        if person_id is None:
            given, family = _split_person(unit.leader)
            person_id = people[key] = uuid.uuid4()
            new_people.append({**common, "id": person_id, "municipality_id": municipality.id, "given_name": given,
                               "family_name": family, "title": "", "email": "", "phone": "", "username": None})
        role = PositionRole.CHIEF_EXECUTIVE if unit.kind is UnitKind.ADMINISTRATION else PositionRole.LEADER
        positions.append({**common, "id": uuid.uuid4(), "unit_id": ids[unit.code], "person_id": person_id,
                          "role": role, "title": "", "start_date": start, "end_date": None})

    for model, rows in ((Unit, units), (UnitAnsvar, ansvar_rows), (Person, new_people), (Position, positions)):
        if rows:
            session.execute(insert(table_of(model)), rows)
    session.add(AuditEntry(
        id=uuid.uuid4(), user_name=session.info.get("user", ""), action=AuditAction.INSERT,
        table_name="org_version", row_id=str(version.id),
        summary=(f"Importerte {len(units)} enheter fra «{plan.file_name}» til «{name}» "
                 f"({len(new_people)} nye personer, {len(positions)} ledere)")[:1000],
    ))
    session.flush()
    return ImportResult(version.id, name, len(units), status.value, len(new_people))


def _person_key(full_name: str) -> str:
    if "," in full_name:
        given, family = _split_person(full_name)
        full_name = f"{given} {family}"
    return " ".join(full_name.split()).casefold()
