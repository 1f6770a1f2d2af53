"""Import budget, accounts and forecast lines from the accounting system's spreadsheets.

Two steps, so the window can show the columns, the skipped rows and every problem before
anything is written (DESIGN.md §6):

- :func:`plan_budget_import` reads the file through :mod:`app.io` (one reader for every
  importer: xlsx/xls/ods through python-calamine, csv through the csv module, the bounded
  expat reader as fallback), finds the header row past title rows, guesses the columns
  (bokmål, nynorsk, English) and validates every row. The plan holds the lines as compact
  parallel arrays (one amount array per amount column), the skipped rows with their amounts
  and every problem with sheet, row, column and value.
- :func:`import_budget_sets` writes a plan as one or more budget sets (one per amount column
  chosen) in the caller's transaction; :func:`import_budget` is the one-set case. Both refuse
  a plan with problems, skips the user has not accepted, or lines already imported.

What the importer never does is store a guess:

- A row with codes and an amount is data, whatever its text («Sum felles inntekter og
  utgifter» in an area column). A totals row is known by its structure: no codes, and an
  amount equal to the sum of the lines it closes (since the last totals row or heading, or
  all lines), or a ``SUM`` formula over the rows above (even without a saved value). Such a
  row is skipped with a note; any other skipped row with an amount needs the user's
  acceptance, and the plan states the total left out (:attr:`BudgetPlan.skipped_total_ore`).
- A value nobody can know is a problem naming file, sheet, row, column and value: a formula
  without a saved value, an error value (``#DIV/0!``), an amount whose separators the column
  cannot settle (``12.500`` with no other value in the column telling whether the dot is a
  thousands separator), a CSV row wider than its header, a code in scientific notation, a
  number cell in an amount column formatted as a percentage (0.15 shown as «15 %») or a date.
- Codes go through :func:`app.codes.normalise_code`; a code stored as a number gets its
  leading zeros back only to equal a code written as text in the same file
  (:class:`app.codes.LeadingZeros`), never from the database: the same file stores the same
  codes in every database. Matching ansvar to units ignores leading zeros
  (:func:`app.budget.mapping.ansvar_owner`).

The window's API (the wizard builds on these):

- ``plan = plan_budget_import(path, sheet=..., mapping={header: field}, amount_column=header,
  all_amounts=True, no_ansvar=True)``. With ``all_amounts`` every
  amount column is read (``plan.amount_columns``, each an :class:`AmountColumn` with the
  ``kind`` and ``year`` its header suggests); without it a sheet with several amount columns
  raises :class:`BudgetImportError` with ``columns`` and a hint of kind ``map_column``. A
  sheet without an ansvar column raises with hint ``confirm_no_ansvar`` unless ``no_ansvar``.
- ``plan.set_choices(prefix)`` proposes one :class:`SetChoice` (column, name, kind, year) per
  amount column; the user may correct each; ``import_budget_sets(session, plan, choices,
  accept_skips=..., replace=...)`` writes them all in the caller's one transaction.
- ``plan.kind_year_warnings(column, kind, year)``: sentences for a header naming another kind
  or year than the chosen one. ``plan.skips`` lists every skipped row (``needs_acceptance``
  says which need the user's word); ``plan.notes`` what the importer did on its own.
- Errors are :class:`app.errors.AppError` s whose ``hint`` (:class:`app.errors.Hint`) says
  what to do: ``map_column``, ``choose_sheet``, ``accept_skips``, ``choose_kind_year``,
  ``confirm_no_ansvar``, ``replace_set``. Messages never name command-line flags.
"""

from __future__ import annotations

import hashlib
import os
import re
import uuid
from array import array
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from dataclasses import replace as _with
from datetime import date, datetime
from itertools import chain, pairwise, repeat
from operator import itemgetter
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.budget.numbers import MAX_ORE, AmountError, column_separators, parse_amount, separator_shape
from app.codes import CodeFormatError, LeadingZeros, normalise_code
from app.errors import AppError, Hint
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
from app.io.reading import MAX_BYTES, MAX_ROWS, Mark, RowSource, SpreadsheetError, fill_merged, open_rows

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
MAX_CODE = 32  # BudgetLine code columns are String(32)
MAX_PROBLEMS = 5_000  # every row is validated; beyond this only the count is kept
INSERT_CHUNK = 20_000
ERROR_VALUES = frozenset({"#DIV/0!", "#N/A", "#REF!", "#VALUE!", "#NAME?", "#NUM!", "#NULL!", "#GETTING_DATA",
                          "#SPILL!", "#CALC!", "#FIELD!", "#BLOCKED!", "#CONNECT!", "#BUSY!", "#UNKNOWN!"})
# The text amounts the quick path reads: optional minus, digits with or without space thousands,
# an optional decimal comma with two decimals, spaces around. Anything else goes through parse_amount.
_SUM_LIMIT = 2**63  # øre: what an SQL sum of BIGINT holds
_PLAIN_AMOUNT = re.compile(r"[ \u00a0]*(-?)(\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+)(?:,(\d\d))?[ \u00a0]*")
_NO_SPACES = str.maketrans("", "", " \u00a0\u202f")
# «SUM(J4:J174)», and «SUBTOTAL(9,J4:J174)» (109 ignores hidden rows) as Excel's Data → Subtotal writes it.
_SUM_FORMULA = re.compile(r"=?\s*(?:SUM\(|SUBTOTAL\(\s*(?:9|109)\s*[,;]\s*)\s*\$?([A-Z]{1,3})\$?(\d+)\s*:\s*"
                          r"\$?([A-Z]{1,3})\$?(\d+)\s*\)\s*", re.IGNORECASE)


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


def rows_text(n: int) -> str:
    """«1 rad», «2 rader»."""
    return f"{n} rad" if n == 1 else f"{n} rader"


class BudgetImportError(AppError):
    """The file as a whole cannot be imported (unreadable, no header, amount column unclear).

    ``columns`` holds the amount columns when there are several and none is chosen, and
    ``headers`` the header row, so the window can ask which to use.
    """

    def __init__(self, message: str, *, headers: Sequence[str] = (), columns: Sequence[AmountColumn] = (),
                 hint: Hint | None = None, offset: int = 0) -> None:
        super().__init__(message, hint=hint)
        self.headers = list(headers)
        self.columns = list(columns)
        self.offset = offset  # headers[0] is the sheet's column ``offset`` (0: A), for choices by letter


class DuplicateImportError(AppError):
    """The same lines have been imported before; ``set_name`` names that set."""

    def __init__(self, message: str, *, set_name: str, set_id: uuid.UUID) -> None:
        super().__init__(message, hint=Hint("replace_set", value=set_name))
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
    """A row that is not imported. ``kind``: title, total or heading.

    ``checked``: a totals row whose amount is the sum of the lines it closes (or a ``SUM``
    over them); nothing is lost and no acceptance is needed. ``amount_ore``: the row's amount
    (in the first amount column that has one), so the user sees what would be left out.
    """

    row: int
    kind: str
    reason: str
    text: str = ""  # what the row holds, shortened, so the user recognises it
    amount_ore: int = 0
    checked: bool = False

    @property
    def needs_acceptance(self) -> bool:
        return not self.checked and self.amount_ore != 0

    def __str__(self) -> str:
        shown = f" («{self.text}»)" if self.text else ""
        amount = f", beløp {_kroner_nb(self.amount_ore)} kr" if self.amount_ore else ""
        return f"Rad {self.row}{shown}: {self.reason}{amount}"


@dataclass
class BudgetLines:
    """The lines as parallel columns: 200 000 lines in a few MB (codes are shared strings).

    ``amount_ore`` is the chosen amount column; ``amounts`` holds every amount column read
    (the chosen one first), for several sets from one file.
    """

    ansvar: list[str] = field(default_factory=list)
    art: list[str] = field(default_factory=list)
    funksjon: list[str] = field(default_factory=list)
    prosjekt: list[str] = field(default_factory=list)
    period: array = field(default_factory=lambda: array("b"))
    amount_ore: array = field(default_factory=lambda: array("q"))
    text: list[str] = field(default_factory=list)
    row: array = field(default_factory=lambda: array("l"))  # Excel row of each line
    amounts: list[array] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.row)

    @property
    def total_ore(self) -> int:
        return sum(self.amount_ore)

    def line(self, index: int) -> dict[str, object]:
        return {"ansvar": self.ansvar[index], "art": self.art[index], "funksjon": self.funksjon[index],
                "prosjekt": self.prosjekt[index], "period": self.period[index],
                "amount_ore": self.amount_ore[index], "text": self.text[index], "row": self.row[index]}

    def content_hash(self, amounts: array | None = None, *, by_key: bool = True) -> str:
        """The lines' content (codes, periods, amounts, in order) as sha256: the same lines read
        from a CSV and from an xlsx give the same hash, whatever the file's bytes. Codes count by
        their matching key (:func:`app.codes.code_key`), so an xlsx whose number cells lost the
        zeros a CSV's text codes have («300» for «00300») is the same content; ``by_key=False``:
        as the codes are written (the hash sets imported before 2026-12-08 carry)."""
        from app.codes import code_key

        digest = hashlib.sha256()
        for column in (self.ansvar, self.art, self.funksjon, self.prosjekt):
            if by_key:
                keys = {code: code_key(code) for code in set(column)}  # codes repeat: each distinct one once
                if any(key != code for code, key in keys.items()):
                    column = list(map(keys.__getitem__, column))
            digest.update("\x1f".join(column).encode("utf-8"))
            digest.update(b"\x1e")
        digest.update(self.period.tobytes())
        digest.update((amounts if amounts is not None else self.amount_ore).tobytes())
        return digest.hexdigest()


@dataclass(frozen=True)
class SetChoice:
    """One set to make from a plan: the amount column, the set's name, kind and year."""

    column: AmountColumn
    name: str
    kind: str
    year: int | None = None


@dataclass
class BudgetPlan:
    """A read and validated file, ready for :func:`import_budget` when ``problems`` is empty."""

    path: Path
    file_name: str
    file_hash: str  # sha256 of the lines' content (see BudgetLines.content_hash)
    sheet: str | None  # None for csv
    sheet_names: list[str]
    header_row: int  # Excel row of the header
    headers: list[str]
    guessed_mapping: dict[int, str]
    mapping: dict[int, str]  # column index -> field, as used
    amount_column: AmountColumn
    amount_columns: list[AmountColumn]  # every amount column of the sheet
    lines: BudgetLines
    skips: list[Skip]  # rows in the data area not imported (see Skip.needs_acceptance)
    blank_rows: list[int]  # empty rows among the data: nothing lost, listed for completeness
    title_rows: list[Skip]  # rows above the header
    problems: list[BudgetProblem]
    problem_count: int  # all problems, also those beyond MAX_PROBLEMS
    code_widths: dict[str, int]  # kept for profiles; codes are no longer padded to a width
    names: dict[str, dict[str, str]]  # field -> code -> name, from the name columns
    notes: list[str]  # what the importer did that the user should know (checked totals, zeros, period 13)
    read_columns: list[AmountColumn] = field(default_factory=list)  # the amount columns read, as in lines.amounts
    no_ansvar: bool = False  # the file has no ansvar column and the user confirmed importing it so
    all_amounts: bool = False  # read with all_amounts: every set is named «PREFIX header», even for one column
    column_offset: int = 0  # headers[0] is this sheet column (0: A): a choice by letter («C») counts from A

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
    def unaccepted_skips(self) -> list[Skip]:
        """The skipped rows that would leave an amount out: the user must accept them."""
        return [s for s in self.skips if s.needs_acceptance]

    @property
    def skipped_total_ore(self) -> int:
        """What the rows needing acceptance would leave out (first amount column)."""
        return sum(s.amount_ore for s in self.unaccepted_skips)

    @property
    def periods(self) -> tuple[int, int]:
        """The months the lines cover: (1, 12) for yearly figures (period 0)."""
        months = {p for p in set(self.lines.period) if p}
        return (min(months), max(months)) if months else (1, 12)

    def mapping_by_header(self) -> dict[str, str]:
        """Header -> field, as a profile stores it."""
        return {self.headers[i]: f for i, f in sorted(self.mapping.items()) if i < len(self.headers) and
                self.headers[i]}

    def amounts_of(self, column: AmountColumn | int | str) -> array:
        """The amounts of one amount column read (by index or header)."""
        for position, read in enumerate(self.read_columns or [self.amount_column]):
            if (isinstance(column, str) and column in (read.header, normalise_header(read.header))) or (
                    not isinstance(column, str) and int(column) == int(read)):
                return self.lines.amounts[position] if self.lines.amounts else self.lines.amount_ore
        raise BudgetImportError(f"«{column}» er ikke en beløpskolonne som er lest fra «{self.file_name}».",
                                headers=self.headers, hint=Hint("map_column", header=str(column), field="amount"))

    def set_choices(self, prefix: str) -> list[SetChoice]:
        """One set per amount column read, named «PREFIX header», kind and year from the header
        (a bare year is a budget for that year); the window and the command line correct them.

        A plan read with ``all_amounts`` names every set «PREFIX header», also when the file has
        one amount column (the same command gives the same names whatever the file holds); a plan
        read for one column names its set PREFIX."""
        prefix = " ".join(prefix.split())
        columns = self.read_columns or [self.amount_column]
        several = self.all_amounts or len(columns) > 1
        return [SetChoice(c, f"{prefix} {c.header}".strip() if several or not prefix else prefix,
                          c.kind or "budsjett", c.year) for c in columns]

    def kind_year_warnings(self, column: AmountColumn | None, kind: str, year: int | None) -> list[str]:
        """Sentences for a header that names another kind or year than the chosen one."""
        column = column if column is not None else self.amount_column
        warnings = []
        if column.kind and kind and column.kind != kind:
            warnings.append(f"Kolonnen «{column.header}» ser ut til å være {column.kind}, men settet importeres som "
                            f"{kind}. Kontroller typen.")
        if column.year and year and column.year != year:
            warnings.append(f"Kolonnen «{column.header}» nevner året {column.year}, men settet importeres for "
                            f"{year}. Kontroller året.")
        return warnings


@dataclass(frozen=True)
class ImportResult:
    set_id: uuid.UUID
    lines: int
    total_ore: int
    replaced: bool
    set_name: str = ""
    replaced_sets: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()


def _kroner_nb(ore: int) -> str:
    sign = "-" if ore < 0 else ""
    whole, cents = divmod(abs(ore), 100)
    return f"{sign}{whole:,}".replace(",", "\u00a0") + f",{cents:02d}"


# --- columns -----------------------------------------------------------------------------------


def _tokens(header: object) -> list[str]:
    return [normalise_header(t) for t in _TOKEN.findall(str(header or ""))]


_BARE_YEAR = re.compile(r"\s*(19[89]\d|20\d\d|21\d\d)\s*")


def _field_of(header: object) -> str | None:
    """The field a header names, or None. A bare year («2012») is an amount column."""
    raw = str(header or "").strip()
    if not raw:
        return None
    if _BARE_YEAR.fullmatch(raw):
        return "amount"
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


def _exact(header: object, field_name: str) -> bool:
    """Whether the header is the field's own word («Prosjekt», not «Prosjektkategori»)."""
    whole = normalise_header(header)
    base = field_name.removesuffix("_name")
    prefixes = dict(_DIMENSION_PREFIXES).get(base, ())
    return whole in prefixes or (base == "art" and whole in _ART_WORDS)


def guess_mapping(headers: Sequence[object]) -> dict[int, str]:
    """Column index -> field for the headers that name a field. For each field the column whose
    header is the field's own word wins («prosjekt» over «prosjektkategori»), else the first;
    every amount column is kept (see :func:`amount_columns`)."""
    mapping: dict[int, str] = {}
    for index, header in enumerate(headers):
        name = _field_of(header)
        if not name:
            continue
        if name == "amount":
            mapping[index] = name
            continue
        taken = next((i for i, f in mapping.items() if f == name), None)
        if taken is None:
            mapping[index] = name
        elif _exact(header, name) and not _exact(headers[taken], name):
            del mapping[taken]
            mapping[index] = name
    return dict(sorted(mapping.items()))


def _refuse_twin_code_columns(headers: Sequence[str], used: dict[int, str], decided: set[str], offset: int,
                              where_sheet: str, header_number: int) -> None:
    """Two columns whose headers both name one code field exactly («Ansvar» twice, «Art» beside
    «Konto»), with no choice by the user: taking the first would put every line on codes
    nobody chose, so the user must say which it is."""
    for field_name in CODE_FIELDS:
        if field_name in decided:
            continue
        twins = [i for i, h in enumerate(headers) if h and _field_of(h) == field_name and _exact(h, field_name)]
        if len(twins) < 2 or not any(used.get(i) == field_name for i in twins):
            continue
        named = " og ".join(f"«{headers[i]}» (kolonne {column_letter(i + offset)})" for i in twins)
        label = FIELD_LABELS[field_name]
        raise BudgetImportError(
            f"{where_sheet[0].upper()}{where_sheet[1:]} har to kolonner som begge kan være {label}: {named} "
            f"(overskriftene står i rad {header_number}). Velg hvilken kolonne som er {label}.",
            headers=headers, hint=Hint("map_column", header=column_letter(twins[-1] + offset), field=field_name),
            offset=offset)


def _guess_kind_year(header: str) -> tuple[str | None, int | None]:
    """Kind and year a header suggests: rekneskap/regnskap → regnskap, budsjett → budsjett, a
    bare year → budsjett for that year."""
    if _BARE_YEAR.fullmatch(header or ""):
        return "budsjett", int(header.strip())
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
    """The amount columns of a header row (rekneskap_2011, budsjett_2012, 2013 ...), each an index
    (``AmountColumn`` is an ``int``) with the kind and year its header suggests."""
    result = []
    for index, name in guess_mapping(headers).items():
        if name == "amount":
            header = str(headers[index] or "").strip()
            result.append(AmountColumn(index, header, *_guess_kind_year(header)))
    return result


def _header_score(row: Sequence[object], user_headers: set[str]) -> int:
    """How many different fields the cells of a row name (a header the user mapped counts too)."""
    fields = set()
    for cell in row:
        if type(cell) is not str or not cell.strip():
            continue
        name = _field_of(cell)
        if name is None and normalise_header(cell) in user_headers:
            name = f"user:{cell}"
        if name:
            fields.add(name)
    return len(fields)


def _text_columns(mapping: dict[int, str], rows: Sequence[Sequence[object]], user: set[int]) -> set[int]:
    """Guessed code columns whose values are mostly text with spaces («Investeringer i
    anleggsmidler» under «hovedgruppering-art»): names, not codes; the guess is dropped."""
    dropped = set()
    for index, name in mapping.items():
        if name not in CODE_FIELDS or index in user:
            continue
        values = [r[index] for r in rows if index < len(r) and not _blank(r[index])]
        texts = [v for v in values if type(v) is str and " " in v.strip() and not _CODE_AND_NAME.fullmatch(
            " ".join(v.split()))]
        if values and len(texts) > len(values) / 2:
            dropped.add(index)
    return dropped


# --- cells -------------------------------------------------------------------------------------


def _blank(value: object) -> bool:
    return value is None or (type(value) is str and not value.strip())


def _shown(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _is_total_word(text: str) -> bool:
    """«Sum», «Sum ansvar 1200», «Totalt», «Totalsum», «Driftsutgifter i alt», and «1200 Totalt» /
    «1200 Total» (what Excel's Data → Subtotal writes in the grouped column) — not «Sumpmaskin».

    Only used for a code cell: such text there is not a code, so the row is judged by its
    structure like a row without codes; the text itself never makes a row a totals row."""
    folded = normalise_header(text)
    if not folded:
        return False
    if folded in TOTAL_WORDS or folded.endswith("ialt"):
        return True
    tokens = _TOKEN.findall(text.strip().casefold())
    return bool(tokens) and (tokens[0] in ("sum", "total", "totalt", "totalsum", "sumtotal")
                             or (len(tokens) > 1 and tokens[-1] in ("sum", "total", "totalt", "totalsum")))


class _Bad:
    """A cell in a code column that is not a code. ``complete``: the reason already says what to do."""

    def __init__(self, reason: str, *, complete: bool = False) -> None:
        self.reason = reason
        self.complete = complete


_MISSING = object()


def _classify_code(value: object) -> str | _Bad | tuple[str, str]:
    """A code (by :func:`app.codes.normalise_code`), «» for a total word («Sum») in a code
    column, (code, name) for «1200 Vollan skole», or _Bad."""
    try:
        if type(value) is str:
            text = " ".join(value.split())
            if not text:
                return ""
            if _is_total_word(text):
                return ""
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
            if "." in code:
                return _Bad("er et desimaltall, ikke en kode")
    except CodeFormatError as err:
        return _Bad(err.reason, complete=True)
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


def _error(err: SpreadsheetError) -> BudgetImportError:
    return BudgetImportError(str(err), hint=err.hint)


def plan_budget_import(
    path: Path | str,
    *,
    sheet: str | None = None,
    mapping: dict[str, str] | None = None,
    amount_column: str | None = None,
    code_widths: dict[str, int] | None = None,
    max_rows: int = MAX_ROWS,
    max_bytes: int = MAX_BYTES,
    all_amounts: bool = False,
    no_ansvar: bool = False,
) -> BudgetPlan:
    """Read and validate a budget or accounts file; nothing is written.

    ``mapping`` (header -> field) corrects the guessed columns; ``amount_column`` (a header)
    picks one of several amount columns; ``all_amounts`` reads every amount column (for one
    set each); ``no_ansvar`` confirms importing a file without an ansvar column;
    leading zeros come back only from the file's own text codes, never from the database;
    ``code_widths`` is accepted for old profiles and not used (a width is
    never guessed). Raises :class:`BudgetImportError` when the file as a whole cannot be used;
    problems in rows are collected in the plan.
    """
    path = Path(path)
    name = path.name
    try:
        source = open_rows(path, sheet=sheet, max_rows=max_rows, max_bytes=max_bytes)
    except SpreadsheetError as err:
        raise _error(err) from err
    where_sheet = f"arket «{source.sheet}» i «{name}»" if source.sheet else f"«{name}»"
    whole = where_sheet[0].upper() + where_sheet[1:]

    # The header: the row among the first ones naming the most fields.
    user = dict(mapping or {})
    user_headers = {normalise_header(h) for h in user}
    first: list[tuple[int, Sequence[object]]] = []
    try:
        for item in source.rows:
            first.append(item)
            if len(first) >= HEADER_SCAN:
                break
    except SpreadsheetError as err:
        raise _error(err) from err
    if not any(any(not _blank(c) for c in row) for _, row in first):
        raise BudgetImportError(f"{whole} er tomt. Velg arket med tallene.", hint=Hint("choose_sheet"))
    position = find_header_row([row for _, row in first], score=lambda row: _header_score(row, user_headers),
                               minimum=2, fallback_first=False)
    if position is None:
        sample = next((row for _, row in first if any(not _blank(c) for c in row)), [])
        shown = ", ".join(f"«{_shown(c)}»" for c in sample if not _blank(c))[:300]
        raise BudgetImportError(
            f"Fant ingen overskriftsrad med kjente kolonnenavn (ansvar, art/konto, funksjon/tjeneste, prosjekt, "
            f"periode, beløp/budsjett/regnskap) i de første {HEADER_SCAN} radene av {where_sheet}. Første rad med "
            f"innhold: {shown}. Legg til overskrifter, eller velg kolonnene selv.", hint=Hint("map_column"))
    header_number, header_cells = first[position]
    headers = [_shown(c) for c in header_cells]
    title_rows = [Skip(n, "title", "tittelrad over overskriftene", _row_text(r))
                  for n, r in first[:position] if any(not _blank(c) for c in r)]
    offset = source.column_offset
    guessed = guess_mapping(headers)
    user_columns = {find_column(headers, h, offset) for h in user}
    data_rows = [r for _, r in first[position + 1:]]
    for index in _text_columns(guessed, data_rows, {i for i in user_columns if i is not None}):
        del guessed[index]
    try:
        used = apply_mapping(headers, guessed, user, BUDGET_FIELDS, FIELD_LABELS, repeatable=frozenset({"amount"}),
                             offset=offset) if user else dict(guessed)
    except MappingError as err:
        raise BudgetImportError(f"Kolonnevalget for {where_sheet} kan ikke brukes: {err}", headers=headers,
                                hint=Hint("map_column")) from None
    decided = {str(f).strip().lower() for h, f in user.items() if find_column(headers, h, offset) is not None}
    _refuse_twin_code_columns(headers, used, decided, offset, where_sheet, header_number)

    def amount(index: int) -> AmountColumn:
        header = headers[index] if index < len(headers) else ""
        return AmountColumn(index, column_label(headers, index, offset), *_guess_kind_year(header))

    candidates = [amount(i) for i, f in sorted(used.items()) if f == "amount"]
    all_columns = amount_columns(headers)
    chosen: list[AmountColumn]
    if amount_column is not None:
        amount_index = find_column(headers, amount_column, offset)
        if amount_index is None:
            listing = ", ".join(f"«{c.header}»" for c in (candidates or all_columns)) or "ingen"
            raise BudgetImportError(f"Fant ingen beløpskolonne «{amount_column}» i {where_sheet}. Beløpskolonnene "
                                    f"er: {listing}.", headers=headers, columns=candidates or all_columns,
                                    hint=Hint("map_column", header=amount_column, field="amount"))
        for other, other_field in list(used.items()):
            if other_field == "amount":
                del used[other]
        used[amount_index] = "amount"
        chosen = [amount(amount_index)]
    elif len(candidates) > 1 and not all_amounts:
        listing = ", ".join(f"«{c.header}»" for c in candidates)
        raise BudgetImportError(
            f"{whole} har {len(candidates)} beløpskolonner: {listing}. Velg én, eller importer hver kolonne som "
            "et eget sett.", headers=headers, columns=candidates, hint=Hint("map_column", field="amount"))
    else:
        chosen = candidates
    missing = [] if "ansvar" in used.values() or no_ansvar else ["ansvar"]
    if not chosen:
        missing.append("amount")
    if missing:
        listing = ", ".join(f"«{h}»" for h in headers if h) or "ingen"
        what = " og ".join(FIELD_LABELS[f] for f in missing)
        if missing == ["ansvar"] and any(f in used.values() for f in CODE_FIELDS):
            raise BudgetImportError(
                f"{whole} har ingen kolonne for ansvar (overskriftene står i rad {header_number}: {listing}). Velg "
                "kolonnen som er ansvar, eller bekreft at linjene skal importeres uten ansvar: de blir da ikke "
                "knyttet til noen enhet, men kan summeres på funksjon, art og prosjekt.",
                headers=headers, columns=all_columns, hint=Hint("confirm_no_ansvar", field="ansvar"))
        raise BudgetImportError(
            f"Fant ingen kolonne for {what} i {where_sheet} (overskriftene står i rad {header_number}: {listing}). "
            "Velg kolonnen selv.", headers=headers, columns=all_columns, hint=Hint("map_column", field=missing[0]))
    if all_amounts:
        for other, other_field in list(used.items()):
            if other_field == "amount" and other not in chosen:
                del used[other]
    rows = fill_merged(source, chain(first[position + 1:], source.rows),
                       {i for i, f in used.items() if f in CODE_FIELDS})
    reader = _RowReader(source, headers, used, chosen, offset)
    reader.merged_amounts(header_number)
    try:
        reader.read(rows, max_rows, header_number, whole)
    except SpreadsheetError as err:
        raise _error(err) from err
    reader.finish()
    lines = reader.lines
    return BudgetPlan(
        path=path, file_name=name, file_hash=lines.content_hash(), sheet=source.sheet,
        sheet_names=source.sheet_names, header_row=header_number, headers=headers, guessed_mapping=guessed,
        mapping=used, amount_column=chosen[0], amount_columns=all_columns or list(chosen), lines=lines,
        skips=reader.skips, blank_rows=reader.blank_rows, title_rows=title_rows, problems=reader.problems,
        problem_count=reader.problem_count, code_widths=dict(code_widths or {}), names=reader.names,
        notes=reader.notes, read_columns=list(chosen), no_ansvar="ansvar" not in used.values(),
        all_amounts=all_amounts, column_offset=offset,
    )


_EXCEL_OWN = frozenset({".xlsx", ".xlsm", ".xlsb"})


def _stored_as(text: str) -> str:
    """«lagret tall 45000», or «lagret som dato 2023-03-15» where the file keeps a date (.ods)."""
    try:
        float(text)
    except ValueError:
        return f"lagret som dato {text}"
    return f"lagret tall {text}"


def _row_text(row: Sequence[object]) -> str:
    text = " | ".join(_shown(c) for c in row if not _blank(c))
    return text if len(text) <= 80 else text[:77] + "…"


def _column_of(letters: str) -> int:
    index = 0
    for char in letters.upper():
        index = index * 26 + ord(char) - 64
    return index - 1


class _RowReader:
    """Validates and collects the data rows; caches what it learnt about each distinct cell value."""

    def __init__(self, source: RowSource, headers: list[str], mapping: dict[int, str],
                 amounts: list[AmountColumn], offset: int) -> None:
        self.source, self.sheet, self.headers, self.offset = source, source.sheet, headers, offset
        self.index = {f: i for i, f in mapping.items() if f not in ("ignore", "amount")}
        self.amount_is = [int(a) for a in amounts]
        self.lines = BudgetLines(amounts=[array("q") for _ in amounts])
        self.lines.amount_ore = self.lines.amounts[0]
        self.skips: list[Skip] = []
        self.blank_rows: list[int] = []
        self.problems: list[BudgetProblem] = []
        self.problem_count = 0
        self.names: dict[str, dict[str, str]] = {f: {} for f in CODE_FIELDS}
        self.notes: list[str] = []
        self.code_cache: dict[str, dict[object, object]] = {f: {} for f in CODE_FIELDS}
        self.from_numbers: dict[str, set[str]] = {f: set() for f in CODE_FIELDS}
        self.from_text: dict[str, set[str]] = {f: set() for f in CODE_FIELDS}
        self.period_cache: dict[object, int | None] = {}
        self.period_13 = 0
        self.shapes: list[dict[str, int]] = [{} for _ in amounts]
        self.ambiguous: list[tuple[int, int, int, str, str]] = []  # (amount column, line, row, text, mark)
        # whole blocks start (line index, and the sums of every amount column before it), for totals rows.
        self.boundaries: list[tuple[int, list[int]]] = [(0, [0] * len(amounts))]
        self.checked_totals: list[int] = []
        self.hidden_used = 0

    def _where(self, row: int) -> str:
        where = f"Rad {row} i arket «{self.sheet}» i «{self.source.file_name}»" if self.sheet else \
            f"Rad {row} i «{self.source.file_name}»"
        return where

    def _label(self, index: int) -> str:
        return column_label(self.headers, index, self.offset)

    def problem(self, row: int, index: int, value: object, message: str) -> None:
        self.problem_count += 1
        if len(self.problems) < MAX_PROBLEMS:
            self.problems.append(BudgetProblem(self.sheet, row, self._label(index), _shown(value), message))

    def read(self, rows: Iterable[tuple[int, Sequence[object]]], max_rows: int, header_row: int,
             where: str) -> None:
        """The hot loop: 200 000 rows must take well under a second, so the common row (codes
        already seen, a float amount) goes through without a call; anything else takes
        :meth:`_slow_row`."""
        idx = self.index
        specs = [(idx[f], self.code_cache[f], f) for f in CODE_FIELDS if f in idx]
        targets = [getattr(self.lines, f).append for f in CODE_FIELDS if f in idx]
        k = len(specs)
        has_ansvar = "ansvar" in idx
        amount_specs = [(i, self.lines.amounts[n].append, n) for n, i in enumerate(self.amount_is)]
        single = len(amount_specs) == 1
        amount_i, add_amount0 = amount_specs[0][0], amount_specs[0][1]
        period_i = idx.get("period", -1)
        text_i = idx.get("text", -1)
        name_columns = [(NAME_FIELDS[f], i, self.names[NAME_FIELDS[f]]) for f, i in idx.items() if f in NAME_FIELDS]
        field_pos = {f: n for n, (_i, _c, f) in enumerate(specs)}
        name_specs = [(field_pos[f], i, names) for f, i, names in name_columns if f in field_pos]
        period_cache = self.period_cache
        lines = self.lines
        add_period, add_row = lines.period.append, lines.row.append
        add_text = lines.text.append
        limit = header_row + max_rows
        missing = _MISSING
        mark_rows = {row for row, _column in self.source.marks}
        hidden = self.source.hidden_rows
        header_width = self._header_width()
        comma_decimals = 0  # amounts read by the quick text path with a decimal comma (shape «,D»)
        unnamed: set[tuple[int, object]] = set()  # (code position, code) seen so far without a name beside it
        for number, cells in rows:
            if number > limit:
                raise BudgetImportError(f"{where} har flere enn {max_rows} rader med tall; grensen er {max_rows}. "
                                        "Del opp filen (for eksempel per måned).")
            width = len(cells)
            if width > header_width and self._too_wide(number, cells):
                continue
            if number in mark_rows:
                outcome = self._marked_row(number, cells, specs)
                if outcome is not None:
                    continue
            codes: list[object] = []
            plain = True
            fresh = False  # a cell value not seen before: its code may want a name
            for i, cache, f in specs:
                raw = cells[i] if i < width else None
                code = cache.get(raw, missing)
                if code is missing:
                    fresh = True
                    code = cache[raw] = _classify_code(raw)
                    if type(code) is str and code:
                        (self.from_numbers if type(raw) in (int, float) else self.from_text)[f].add(code)
                if type(code) is not str:
                    plain = False
                codes.append(code)
            if single:  # one amount column, the usual case: no list, no generator
                raw_amount = cells[amount_i] if amount_i < width else None
                if (not plain or not (codes[0] if has_ansvar else any(codes)) or raw_amount is None
                        or raw_amount == ""):
                    checked = self._slow_row(number, cells, codes, specs, [raw_amount], has_ansvar)
                    if checked is None:
                        continue
                    codes = list(checked)
                    fresh = True
                # The amount: a float from a spreadsheet cell is the usual case.
                if type(raw_amount) is float and raw_amount == raw_amount and -1e15 < raw_amount < 1e15:
                    cents = raw_amount * 100
                    amount = round(cents)
                    if abs(cents - amount) > 1e-6:
                        amount = parse_amount(raw_amount)
                elif type(raw_amount) is str and (plain_text := _PLAIN_AMOUNT.fullmatch(raw_amount)) is not None:
                    # «-1 234 567,89» or «1234»: the usual text of a CSV export, read exactly without Decimal.
                    sign, whole, decimals = plain_text.groups()
                    amount = int(whole.translate(_NO_SPACES)) * 100 + (int(decimals) if decimals else 0)
                    if sign:
                        amount = -amount
                    if not -MAX_ORE < amount < MAX_ORE:  # refused as parse_amount refuses it, not an overflow
                        amount = self._amount(0, len(lines.row), number, amount_i, raw_amount)
                    elif decimals:
                        comma_decimals += 1
                else:
                    amount = self._amount(0, len(lines.row), number, amount_i, raw_amount)
                add_amount0(amount)
            else:
                raws = [cells[i] if i < width else None for i, _a, _n in amount_specs]
                if not plain or not (codes[0] if has_ansvar else any(codes)) or all(_blank(r) for r in raws):
                    checked = self._slow_row(number, cells, codes, specs, raws, has_ansvar)
                    if checked is None:
                        continue
                    codes = list(checked)
                    fresh = True
                line = len(lines.row)
                for (i, add_amount, n), raw_amount in zip(amount_specs, raws, strict=True):
                    if type(raw_amount) is float and raw_amount == raw_amount and -1e15 < raw_amount < 1e15:
                        cents = raw_amount * 100
                        amount = round(cents)
                        if abs(cents - amount) > 1e-6:
                            amount = parse_amount(raw_amount)
                    else:
                        amount = self._amount(n, line, number, i, raw_amount)
                    add_amount(amount)
            if period_i >= 0:
                raw_period = cells[period_i] if period_i < width else None
                period = period_cache.get(raw_period, missing)
                if period is missing:
                    period = period_cache[raw_period] = parse_period(raw_period)
                if period is None or period == 13:
                    period = self._odd_period(number, period_i, raw_period, period)
            else:
                period = 0
            if fresh or unnamed:  # else every code of the row has its name already: no loop
                for position, i, names in name_specs:
                    code = codes[position]
                    if code and code not in names:
                        if i < width and not _blank(cells[i]):
                            names[code] = _shown(cells[i])  # type: ignore[index]  # a code here is text
                            unnamed.discard((position, code))
                        else:  # look again in the next rows with this code
                            unnamed.add((position, code))
            for n in range(k):
                targets[n](codes[n])
            add_period(period)
            if text_i >= 0:
                raw_text = cells[text_i] if text_i < width else None
                add_text(raw_text.strip() if type(raw_text) is str else _shown(raw_text))
            add_row(number)
            if hidden and number in hidden:
                self.hidden_used += 1
        if comma_decimals:
            self.shapes[0][",D"] = self.shapes[0].get(",D", 0) + comma_decimals

    def _amount(self, n: int, line: int, number: int, index: int, raw: object) -> int:
        """An amount that is not a plain float: text (its separators noted for the column's
        decision), an int, or something that is no amount (a problem, 0)."""
        if type(raw) is str and (plain := _PLAIN_AMOUNT.fullmatch(raw)) is not None:
            sign, whole, cents = plain.groups()
            if cents:
                self.shapes[n][",D"] = self.shapes[n].get(",D", 0) + 1
            amount = int(whole.translate(_NO_SPACES)) * 100 + (int(cents) if cents else 0)
            if amount < MAX_ORE:  # else refused below, as parse_amount refuses it
                return -amount if sign else amount
        if type(raw) is str and ("." in raw or "," in raw):
            shape = separator_shape(raw)
            shapes = self.shapes[n]
            shapes[shape] = shapes.get(shape, 0) + 1
            if "?" in shape:
                self.ambiguous.append((n, line, number, raw, shape[0]))
                try:  # settled by the column (_settle_separators); «1,001» as a decimal has too many decimals
                    return parse_amount(raw)
                except AmountError:
                    return 0
        try:
            return parse_amount(raw)
        except AmountError as err:
            self._bad_amount(number, index, raw, err.advice)
            return 0

    def merged_amounts(self, header_row: int) -> None:
        """An amount merged over several data rows (J10:J11) is refused: Excel keeps the value
        in the top cell, and which row (or rows) it belongs to cannot be known."""
        for (top, left), (bottom, right) in sorted(self.source.merged):
            first, last = max(top + 1, header_row + 1), bottom + 1  # the Excel data rows it covers
            if last <= first:
                continue
            for index in self.amount_is:
                if left <= index + self.offset <= right:
                    cells = (f"{column_letter(left)}{top + 1}:{column_letter(right)}{bottom + 1}")
                    self.problem(first, index, "", (
                        f"{self._where(first)}: cellene {cells} i beløpskolonnen «{self._label(index)}» er slått "
                        f"sammen over {last - first + 1} rader med tall. Excel lagrer beløpet bare i den øverste "
                        "cellen, så det kan ikke vites hvilken rad det hører til. Opphev sammenslåingen og skriv "
                        "beløpet på hver rad, og importer på nytt."))
                    break

    def _header_width(self) -> int:
        """Cells a data row may fill: a CSV row's fields as many as the header's, a sheet's row up
        to the last column with a header."""
        if self.source.text_file:
            return len(self.headers)
        return max((n + 1 for n, h in enumerate(self.headers) if h.strip()), default=0)

    def _too_wide(self, number: int, cells: Sequence[object]) -> bool:
        """A row with filled fields past its header: refused. In a CSV file an unquoted decimal
        comma in a comma file splits «1000,50» in two, so every field after the split is
        shifted; in a sheet a value in a column without a header belongs to no field, and
        leaving it out would be a guess that it does not matter."""
        width = self._header_width()
        extra = [n for n in range(width, len(cells)) if not _blank(cells[n])]
        if not extra:
            return False
        if not self.source.text_file:
            label = self._label(extra[0])
            self.problem(number, extra[0], cells[extra[0]], (
                f"{self._where(number)} har verdien «{_shown(cells[extra[0]])}» i {label}, til høyre for den "
                f"siste kolonnen med overskrift («{self.headers[width - 1].strip()}»). Verdien hører ikke til noen "
                "kolonne, så den kan ikke importeres eller utelates uten å gjette. Gi kolonnen en overskrift (og velg "
                "den, eller velg å se bort fra den), eller slett verdien, og importer på nytt."))
            return True
        delimiter = self.source.delimiter or ";"
        shown = delimiter.join(_shown(c) for c in cells)
        head = (f"{self._where(number)} har {len(cells)} felt, men overskriftsraden har bare {len(self.headers)} "
                f"(«{shown[:120]}»; felt {extra[0] + 1}, «{_shown(cells[extra[0]])}», har ingen overskrift). ")
        if delimiter == ",":
            advice = ("Trolig står det desimalkomma uten anførselstegn i en fil der komma skiller feltene, så "
                      "tallene er delt og forskjøvet. Lagre filen på nytt med semikolon som skilletegn (eller med "
                      "anførselstegn rundt feltene) og importer den igjen.")
        else:
            advice = ("Hvilke verdier som hører til hvilke kolonner, kan ikke vites. Rett raden (eller gi den ekstra "
                      "kolonnen en overskrift) og importer på nytt.")
        self.problem(number, extra[0], cells[extra[0]], head + advice)
        return True

    def _program(self) -> str:
        """Where the user fixes a cell: «i Excel» for Excel's own formats, else «i regnearket»
        (an .ods or .xls may come from LibreOffice or an accounting system)."""
        return "i Excel" if Path(self.source.file_name).suffix.lower() in _EXCEL_OWN else "i regnearket"

    def _number_format(self) -> str:
        return "(Hjem → Tall → Tall) i Excel" if self._program() == "i Excel" else "i regnearket"

    def _bad_amount(self, number: int, index: int, raw: object, advice: str = "") -> None:
        header = self._label(index)
        shown = _shown(raw)
        if shown.upper() in ERROR_VALUES:
            message = (f"{self._where(number)} har feilverdien «{shown}» i kolonnen «{header}», ikke et beløp. Rett "
                       f"formelen {self._program()} (eller skriv inn beløpet) og importer på nytt.")
        elif advice:
            message = f"{self._where(number)} har beløpet «{shown}» i kolonnen «{header}»: {advice}"
        else:
            message = (f"{self._where(number)} har beløpet «{shown}» i kolonnen «{header}», som ikke er et tall. "
                       f"Rett cellen {self._program()} og importer på nytt, eller slett raden.")
        self.problem(number, index, raw, message)

    def _marked_row(self, number: int, cells: Sequence[object],
                    specs: list[tuple[int, dict[object, object], str]]) -> bool | None:
        """A row with a formula without a saved value or an error value somewhere: True when the
        row is dealt with (a checked ``SUM`` totals row skipped, or a problem reported), None
        when the marks are in columns that are not imported."""
        marks = self.source.marks
        used = sorted({i for i, _c, _f in specs} | set(self.amount_is)
                      | {i for f, i in self.index.items() if f == "period"})
        found = [(i, marks[(number, i + self.offset)]) for i in used if (number, i + self.offset) in marks]
        # A percent or date format matters only where an amount is read (a date in a period column is fine).
        found = [(i, m) for i, m in found if i in self.amount_is or m.kind not in ("percent", "date")]
        if not found:
            return None
        codes_present = any(not _blank(cells[i]) and not _is_total_word(str(cells[i]))
                            for i, _c, _f in specs if i < len(cells))
        if not codes_present and all(i in self.amount_is and m.kind == "formula"
                                     and self._sums_rows_above(m, i, number) for i, m in found):
            amounts = [self._amount_or_none(cells, i) if (number, i + self.offset) not in marks else None
                       for i in self.amount_is]
            self._total_row(number, cells, amounts, formula=True)
            return True
        for i, mark in found:
            header = self._label(i)
            if mark.kind == "percent":
                shown = _percent_shown(mark.text)
                self.problem(number, i, shown, (
                    f"{self._where(number)} har «{shown}» i beløpskolonnen «{header}»: cellen er formatert som prosent "
                    f"(lagret verdi {mark.text}), og et beløp i kroner kan ikke være en prosent. Skriv inn beløpet i "
                    f"kroner og gi cellen tallformat {self._number_format()}, og importer på nytt."))
            elif mark.kind == "date":
                shown = str(cells[i]) if i < len(cells) and not _blank(cells[i]) else mark.text
                self.problem(number, i, shown, (
                    f"{self._where(number)} har datoen «{shown}» i beløpskolonnen «{header}»: cellen er formatert "
                    f"som dato ({_stored_as(mark.text)}), og en dato er ikke et beløp. Skriv inn beløpet i kroner og "
                    f"gi cellen tallformat {self._number_format()}, og importer på nytt."))
            elif mark.kind == "error":
                self.problem(number, i, mark.text, (
                    f"{self._where(number)} har feilverdien «{mark.text}» i kolonnen «{header}». Verdien kan ikke "
                    f"leses; rett formelen {self._program()} (eller skriv inn verdien) og importer på nytt."))
            else:
                shown = f"={mark.text}" if mark.text else "en formel"
                self.problem(number, i, shown, (
                    f"{self._where(number)} har formelen «{shown}» i kolonnen «{header}» uten lagret verdi, så "
                    "tallet regnearket ville vist, står ikke i filen. Åpne og lagre filen "
                    f"{self._program()} først, og importer på nytt."))
        return True

    def _sums_rows_above(self, mark: Mark, index: int, number: int) -> bool:
        """Whether the formula is ``SUM`` over rows above in its own column (a totals row)."""
        match = _SUM_FORMULA.fullmatch(mark.text)
        if not match:
            return False
        column = index + self.offset
        first, last = sorted((int(match.group(2)), int(match.group(4))))
        return (_column_of(match.group(1)) == column == _column_of(match.group(3))
                and first > 0 and last < number)

    @staticmethod
    def _amount_or_none(cells: Sequence[object], index: int) -> int | None:
        raw = cells[index] if index < len(cells) else None
        if _blank(raw):
            return None
        try:
            return parse_amount(raw)
        except AmountError:
            return None

    def _block_sums(self) -> list[list[int]]:
        """For every block start, the sums of each amount column from it to the last line."""
        columns = self.lines.amounts
        end = len(self.lines.row)
        last_index, last_sums = self.boundaries[-1]
        totals = [s + sum(col[last_index:end]) for s, col in zip(last_sums, columns, strict=True)]
        return [[t - s for t, s in zip(totals, sums, strict=True)] for _i, sums in self.boundaries[-50:]] + [totals]

    def _boundary(self) -> None:
        end = len(self.lines.row)
        last_index, last_sums = self.boundaries[-1]
        if end == last_index:
            return
        sums = [s + sum(col[last_index:end]) for s, col in zip(last_sums, self.lines.amounts, strict=True)]
        self.boundaries.append((end, sums))

    def _total_row(self, number: int, cells: Sequence[object], amounts: list[int | None], *, formula: bool) -> None:
        """A row without codes with an amount: a checked totals row when each amount equals the sum
        of the lines of a block it closes, else a skip the user must accept."""
        candidates = self._block_sums()
        given = [(n, a) for n, a in enumerate(amounts) if a is not None]
        checked = formula or (bool(given) and any(all(block[n] == a for n, a in given) for block in candidates))
        first = next((a for _n, a in given), 0)
        if checked:
            self.checked_totals.append(number)
            self.skips.append(Skip(number, "total", "sumrad (kontrollert: summen av linjene over)",
                                   _row_text(cells), first, checked=True))
        else:
            self.skips.append(Skip(number, "total", "rad med beløp men uten koder, og beløpet er ikke summen av "
                                   "linjene over", _row_text(cells), first))
        self._boundary()

    def _odd_period(self, number: int, index: int, raw: object, period: int | None) -> int:
        if period == 13:  # the year-end period of Norwegian accounting belongs to December
            self.period_13 += 1
            return 12
        header = self._label(index)
        self.problem(number, index, raw, (
            f"{self._where(number)} har perioden «{_shown(raw)}» i kolonnen «{header}», som ikke er en måned "
            "(1–12, «2024-03», «202403» eller et månedsnavn). Rett cellen og importer på nytt."))
        return 0

    def _slow_row(self, number: int, cells: Sequence[object], codes: list[object],
                  specs: list[tuple[int, dict[object, object], str]], raws: list[object],
                  has_ansvar: bool) -> list[str] | None:
        """A row that is blank, a total or heading, or has an odd code: the codes to import, or
        None when the row is skipped (listed) or has a problem (reported)."""
        if not any(not _blank(c) for c in cells):
            self.blank_rows.append(number)
            return None
        clean: list[str] = []
        bad: list[tuple[str, int, object, _Bad]] = []
        for code, (i, _cache, f) in zip(codes, specs, strict=True):
            if type(code) is str:
                clean.append(code)
            elif type(code) is tuple:
                clean.append(code[0])
                self.names[f].setdefault(code[0], code[1])
            else:
                clean.append("")
                # Neither text nor a tuple: the classifier's _Bad (type() above, for speed, does not narrow).
                bad.append((f, i, cells[i] if i < len(cells) else None, code))  # type: ignore[arg-type]
        has_codes = any(clean)
        no_amount = all(_blank(r) for r in raws)
        if has_codes and no_amount and sum(1 for c in clean if c) == 1 and not bad:
            # «Oppvekst» or «1200 Vollan skole» alone on a row without an amount: a heading, not a line.
            self.skips.append(Skip(number, "heading", "rad med bare én kode og uten beløp (mellomtittel)",
                                   _row_text(cells)))
            self._boundary()
            return None
        if not has_codes:
            if bad:
                self._report_bad(number, bad)
            elif no_amount:
                self.skips.append(Skip(number, "heading", "rad med tekst uten koder og beløp (mellomtittel)",
                                       _row_text(cells)))
                self._boundary()
            else:
                amounts: list[int | None] = []
                for (i, raw) in zip(self.amount_is, raws, strict=True):
                    if _blank(raw):
                        amounts.append(None)
                        continue
                    try:
                        amounts.append(parse_amount(raw))
                    except AmountError as err:
                        self._bad_amount(number, i, raw, err.advice)
                        return None
                self._total_row(number, cells, amounts, formula=False)
            return None
        if bad:
            self._report_bad(number, bad)
            return None
        if has_ansvar and not clean[0]:
            i = self.index["ansvar"]
            self.problem(number, i, None, (
                f"{self._where(number)} mangler ansvar i kolonnen «{self._label(i)}». Fyll inn ansvaret, eller slett "
                "raden hvis den ikke hører til."))
            return None
        return clean

    def _report_bad(self, number: int, bad: list[tuple[str, int, object, _Bad]]) -> None:
        for f, i, raw, why in bad:
            header = self._label(i)
            advice = "" if why.complete else f". Rett cellen, eller velg en annen kolonne for {FIELD_LABELS[f]}."
            self.problem(number, i, raw, (
                f"{self._where(number)} har «{_shown(raw)}» i kolonnen «{header}» ({FIELD_LABELS[f]}), som "
                f"{why.reason}{advice}"))

    def _check_sums(self) -> None:
        """Refuse an amount column whose amounts the database cannot add up: each is below 1
        billiard kroner, but a hundred such (a damaged file, a wrong column) pass the 2⁶³ øre an
        SQL sum holds, and every view of the set would then fail."""
        for n, column in enumerate(self.lines.amounts):
            if len(column) * MAX_ORE < _SUM_LIMIT or max(max(column), -min(column)) * len(column) < _SUM_LIMIT:
                continue
            running = 0
            for line, amount in enumerate(column):
                running += abs(amount)
                if running >= _SUM_LIMIT:
                    number, i = self.lines.row[line], self.amount_is[n]
                    self.problem(number, i, _kroner_nb(amount), (
                        f"{self._where(number)}: beløpene i kolonnen «{self._label(i)}» blir til sammen over "
                        f"{_kroner_nb(_SUM_LIMIT // 100 * 100)} kr fra og med denne raden, mer enn programmet kan "
                        "summere; ingen kommune har slike beløp. Cellene er trolig skadet, eller en annen kolonne er "
                        "valgt som beløp. Rett filen eller kolonnevalget og importer på nytt."))
                    break

    def finish(self) -> None:
        """Settle ambiguous separators per column, fill the columns that were not in the file,
        give codes stored as numbers their zeros back where a text code says so; notes."""
        self._settle_separators()
        self._check_sums()
        n = len(self.lines)
        for f in CODE_FIELDS:
            if f not in self.index:
                getattr(self.lines, f).extend([""] * n)
        if not self.lines.text:
            self.lines.text.extend([""] * n)
        for f in CODE_FIELDS:
            numbers = self.from_numbers[f] - self.from_text[f]
            if f not in self.index or not numbers:
                continue
            # Only the file's own text codes say which zeros a number lost: the database's codes
            # would make the same file store different codes in different databases.
            zeros = LeadingZeros(self.from_text[f])
            restored = {c: zeros(c) for c in numbers}
            restored = {c: r for c, r in restored.items() if r != c}
            if not restored:
                continue
            column = getattr(self.lines, f)
            count = sum(1 for c in column if c in restored)
            setattr(self.lines, f, [restored.get(c, c) for c in column])
            example = min(restored.items())
            self.notes.append(
                f"{rows_text(count).capitalize()} hadde {FIELD_LABELS[f]} lagret som tall uten innledende nuller; "
                f"de har fått nullene tilbake der samme kode står som tekst i filen (for eksempel "
                f"{example[0]} → {example[1]}).")
            names = self.names[f]
            for old, new in restored.items():
                if old in names:
                    names.setdefault(new, names.pop(old))
        self._note_subtotal_lines()
        if self.checked_totals:
            shown = ", ".join(str(r) for r in self.checked_totals[:10]) + (" …" if len(self.checked_totals) > 10
                                                                         else "")
            self.notes.append(f"Sumrader er kontrollert mot linjene de summerer og ikke tatt med: "
                              f"{rows_text(len(self.checked_totals))} (rad {shown}).")
        if self.period_13:
            self.notes.append(f"{rows_text(self.period_13).capitalize()} i periode 13 (årsavslutning) er tatt med i "
                              "desember.")
        if self.hidden_used:
            self.notes.append(f"{rows_text(self.hidden_used).capitalize()} er skjult {self._program()} og er tatt med.")
        left_out = [s for s in self.skips if s.needs_acceptance]
        if left_out:
            total = sum(s.amount_ore for s in left_out)
            self.notes.append(f"{rows_text(len(left_out)).capitalize()} med beløp men uten koder blir ikke tatt med, "
                              f"til sammen {_kroner_nb(total)} kr.")

    def _note_subtotal_lines(self) -> None:
        """A line that lacks a code the lines above it have («1200» with no art) and whose amount
        is the sum of those lines looks like a subtotal someone typed with its ansvar. By the
        rule it is a line (it has codes), so it is imported, but the user is told, naming the
        rows, since importing a subtotal doubles its lines."""
        fields = [f for f in CODE_FIELDS if f in self.index]
        if len(fields) < 2 or len(self.lines) < 2:
            return
        columns = [getattr(self.lines, f) for f in fields]
        amounts = self.lines.amounts or [self.lines.amount_ore]
        rows = self.lines.row
        found: list[int] = []
        # Only a line with a blank code right after a line that has it can close such a group.
        starts = sorted({i for c in columns if "" in c for i, (above, own) in enumerate(pairwise(c), 1)
                         if above and not own})
        for i in starts:
            codes = [c[i] for c in columns]
            blank = [k for k, c in enumerate(codes) if not c]
            if not blank or len(blank) == len(codes):
                continue
            present = [k for k, c in enumerate(codes) if c]
            j = i - 1
            sums = [0] * len(amounts)
            while j >= 0 and all(columns[k][j] == codes[k] for k in present) and all(columns[k][j] for k in blank):
                for n, column in enumerate(amounts):
                    sums[n] += column[j]
                j -= 1
            if j < i - 1 and all(sums[n] == column[i] for n, column in enumerate(amounts)) and any(sums):
                found.append(rows[i])
        if found:
            shown = ", ".join(str(r) for r in found[:10]) + (" …" if len(found) > 10 else "")
            self.notes.append(
                f"Advarsel: {rows_text(len(found))} (rad {shown}) mangler en kode som linjene over har, og beløpet "
                "er summen av dem: det ser ut som delsummer. De er tatt med som linjer, så summen blir dobbelt hvis "
                "de er delsummer. Slett delsumradene i filen (eller tøm koden i dem) og kontroller på nytt.")

    def _settle_separators(self) -> None:
        """«12.500» means 12 500 in a column where «1.234.567» also stands, and 12,50 where «3.25»
        does; a column that cannot tell is refused, value by value."""
        if not self.ambiguous:
            return
        decided = [column_separators(shapes) for shapes in self.shapes]
        for n, line, number, raw, mark in self.ambiguous:
            verdict = decided[n].get(mark)
            i = self.amount_is[n]
            if verdict == "T":
                try:
                    self.lines.amounts[n][line] = parse_amount(raw.replace(mark, ""))
                except AmountError as err:  # «1,5e3» read with «,» as thousands: scientific notation
                    self._bad_amount(number, i, raw, err.advice)
                continue
            try:
                as_decimal = _kroner_nb(parse_amount(raw))
            except AmountError as err:  # «1,001» in a column whose «,» is the decimal mark
                if verdict == "D":
                    self._bad_amount(number, i, raw, err.advice)
                    continue
                as_decimal = raw.strip().replace(".", ",")
            if verdict == "D":
                continue
            try:
                as_thousands = _kroner_nb(parse_amount(raw.replace(mark, "")))
            except AmountError as err:  # «1,5e3»: not a number either way
                self._bad_amount(number, i, raw, err.advice)
                continue
            self.problem(number, i, raw, (
                f"{self._where(number)} har beløpet «{raw.strip()}» i kolonnen «{self._label(i)}». Det kan være "
                f"{as_thousands} kr eller {as_decimal} kr, og ingen andre tall i kolonnen viser om «{mark}» skiller "
                "tusener eller desimaler. Skriv beløpene uten tusenskille (for eksempel 12500 eller 12,5) og "
                "importer på nytt."))


# --- importing ---------------------------------------------------------------------------------


def _amount_marker(header: str) -> str:
    return f"beløpskolonnen «{header}»"


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
    """Write a validated plan's chosen amount column as one budget set in the caller's transaction
    (see :func:`import_budget_sets`)."""
    choice = SetChoice(plan.amount_column, set_name, kind, year)
    return import_budget_sets(session, plan, [choice], period_from=period_from, period_to=period_to,
                              accept_skips=accept_skips, replace=replace, description=description)[0]


def _check_plan(plan: BudgetPlan, accept_skips: bool) -> None:
    if plan.problems:
        shown = "\n".join(f"- {p}" for p in plan.problems[:30])
        more = f"\n… og {plan.problem_count - 30} feil til." if plan.problem_count > 30 else ""
        raise BudgetImportError(
            f"Kan ikke importere «{plan.file_name}»: fant {plan.problem_count} feil. Ingenting er importert; rett "
            f"filen og importer på nytt.\n{shown}{more}", headers=plan.headers)
    waiting = plan.unaccepted_skips
    if waiting and not accept_skips:
        shown = "\n".join(f"- {s}" for s in waiting[:30])
        more = f"\n… og {rows_text(len(waiting) - 30)} til." if len(waiting) > 30 else ""
        raise BudgetImportError(
            f"{rows_text(len(waiting)).capitalize()} i «{plan.file_name}» har beløp men ingen koder og blir hoppet "
            f"over, til sammen {_kroner_nb(plan.skipped_total_ore)} kr. Se over listen og godta den for å "
            f"importere resten:\n{shown}{more}", headers=plan.headers, hint=Hint("accept_skips"))
    if not len(plan.lines):
        raise BudgetImportError(f"«{plan.file_name}» har ingen linjer å importere.", headers=plan.headers)


def import_budget_sets(
    session: Session,
    plan: BudgetPlan,
    choices: Sequence[SetChoice],
    *,
    period_from: int | None = None,
    period_to: int | None = None,
    accept_skips: bool = False,
    replace: bool = False,
    description: str = "",
) -> list[ImportResult]:
    """Write one budget set per choice (an amount column read into the plan, with the set's name,
    kind and year) in the caller's one transaction: all of them or none.

    Refuses a plan with problems, or with skipped rows that leave an amount out unless
    ``accept_skips``. Lines already imported (the same content, from whatever file) raise
    :class:`DuplicateImportError` unless ``replace``, which deletes the old set first; so does
    a set name already taken.
    """
    from sqlalchemy import delete, insert, select

    from db.base import utcnow
    from db.models import AuditAction, AuditEntry, BudgetKind, BudgetLine, BudgetSet
    from db.rows import table_of

    _check_plan(plan, accept_skips)
    if not choices:
        raise BudgetImportError("Velg minst én beløpskolonne å importere.", headers=plan.headers,
                                hint=Hint("map_column", field="amount"))
    data_from, data_to = plan.periods
    first = period_from if period_from is not None else data_from
    last = period_to if period_to is not None else (data_to if period_from is None else max(first, data_to))
    if not 1 <= first <= last <= 12:
        raise AppError(f"Periodene {first}–{last} er ugyldige; velg måneder fra 1 til 12, fra og med til og med.")
    prepared = []
    names_seen: set[str] = set()
    for choice in choices:
        name = " ".join(choice.name.split())
        if not name:
            raise AppError("Settet trenger et navn, for eksempel «Regnskap 2026».", hint=Hint("choose_kind_year"))
        if len(name) > 200:
            raise AppError(f"Navnet på settet er for langt ({len(name)} tegn); høyst 200 tegn.")
        if name in names_seen:
            raise AppError(f"To sett har samme navn, «{name}»; gi hvert sett sitt eget navn.")
        names_seen.add(name)
        try:
            budget_kind = BudgetKind(str(choice.kind).strip().lower())
        except ValueError:
            raise AppError(f"«{choice.kind}» er ikke en type sett. Velg budsjett, regnskap eller prognose.",
                           hint=Hint("choose_kind_year", header=choice.column.header)) from None
        year = choice.year or choice.column.year
        if year is None:
            raise AppError(f"Oppgi året settet «{name}» gjelder; det står ikke i «{choice.column.header}».",
                           hint=Hint("choose_kind_year", header=choice.column.header))
        if not 1990 <= int(year) <= 2100:
            raise AppError(f"Året {year} er ikke rimelig; oppgi et år mellom 1990 og 2100.",
                           hint=Hint("choose_kind_year", header=choice.column.header))
        amounts = plan.amounts_of(choice.column)
        content = plan.file_hash if amounts is plan.lines.amount_ore else plan.lines.content_hash(amounts)
        prepared.append((choice, name, budget_kind, int(year), amounts, content))

    user = session.info.get("user", "")
    previous = session.info.get("audit", _UNSET)
    session.info["audit"] = False  # one summary entry below instead of a row per set and line
    results = []
    try:
        for choice, name, budget_kind, year, amounts, content in prepared:
            # a set imported before the codes' keys counted carries the hash of the codes as written
            written = plan.lines.content_hash(amounts, by_key=False)
            same_lines = list(session.scalars(select(BudgetSet).where(BudgetSet.source_hash.in_({content, written}))))
            same_name = session.scalar(select(BudgetSet).where(BudgetSet.name == name))
            if same_lines and not replace:
                old = same_lines[0]
                when = f" {old.imported_at:%d.%m.%Y} av {old.imported_by or 'ukjent'}" if old.imported_at else ""
                raise DuplicateImportError(
                    f"De samme linjene som i {_amount_marker(choice.column.header)} i «{plan.file_name}» er importert "
                    f"før{when}, som settet «{old.name}» (fra «{old.source_file_name}»). Erstatt settet for å lese "
                    "linjene inn på nytt, eller la være.", set_name=old.name, set_id=old.id)
            if same_name is not None and not replace and same_name not in same_lines:
                raise AppError(f"Det finnes allerede et sett som heter «{name}» (fra «{same_name.source_file_name}»). "
                               "Velg et annet navn, eller erstatt settet.", hint=Hint("replace_set", value=name))
            doomed = {s.id: s for s in [*same_lines, *([same_name] if same_name is not None else [])]}
            for old in doomed.values():
                lines_table = table_of(BudgetLine)
                session.execute(delete(lines_table).where(lines_table.c.budget_set_id == old.id))
                session.delete(old)
            if doomed:
                session.flush()
            now = utcnow()
            marker = _amount_marker(choice.column.header)
            text = description or (f"Importert fra «{plan.file_name}»" + (f", arket «{plan.sheet}»" if plan.sheet
                                                                          else "") + f", {marker}.")
            budget_set = BudgetSet(
                id=uuid.uuid4(), name=name, kind=budget_kind, year=year, period_from=first, period_to=last,
                source_file_name=plan.file_name[:500], source_hash=content, imported_at=now,
                imported_by=user[:100], description=text if marker in text else f"{text} ({marker})",
            )
            session.add(budget_set)
            session.flush()
            lines = plan.lines if amounts is plan.lines.amount_ore else replace_amounts(plan.lines, amounts)
            _insert_lines(session, BudgetLine, insert, budget_set.id, lines, now)
            replaced_names = tuple(s.name for s in doomed.values())
            total = sum(amounts)
            summary = (f"Importerte {len(plan.lines)} linjer ({_kroner(total)} kr) fra «{plan.file_name}» "
                       f"som {budget_kind.value} «{name}» {year}")
            if replaced_names:
                summary += " og erstattet " + ", ".join(f"«{n}»" for n in replaced_names)
            session.add(AuditEntry(id=uuid.uuid4(), user_name=user, action=AuditAction.INSERT,
                                   table_name="budget_set", row_id=str(budget_set.id), summary=summary[:1000]))
            session.flush()
            warnings = tuple(plan.kind_year_warnings(choice.column, budget_kind.value, year))
            results.append(ImportResult(budget_set.id, len(plan.lines), total, bool(doomed), name, replaced_names,
                                        warnings))
        if plan.names:
            _remember_names(session, plan.names)
    finally:
        if previous is _UNSET:
            session.info.pop("audit", None)
        else:
            session.info["audit"] = previous
    return results


def replace_amounts(lines: BudgetLines, amounts: array) -> BudgetLines:
    """The same lines with another amount column's amounts."""
    return _with(lines, amount_ore=amounts)


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
    from db.audit import note_changed

    table = model.__table__
    note_changed(session, table.name)  # written past the ORM: the change set names the lines all the same
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
    hex_ids = sorted(_uuid4_hex(n))
    constants = (stamp, stamp, version, set_key)
    if all(type(value) in (str, int) for value in constants):
        # The same four values on every row: written into the statement once (SQL literals; they are
        # ours: a time stamp, 1 and a hex id), not bound 200 000 times each.
        literals = ", ".join(str(v) if type(v) is int else "'" + str(v).replace("'", "''") + "'" for v in constants)
        sql = f"INSERT INTO {table.name} ({', '.join(columns)}) VALUES (?, {literals}, {', '.join('?' * 7)})"
        head: tuple[Any, ...] = ()
    else:
        sql = f"INSERT INTO {table.name} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
        head = tuple(repeat(value) for value in constants)
    raw = connection.connection.driver_connection
    assert raw is not None  # an open connection: it ran the statements above
    cursor = raw.cursor()  # the same connection, so the same transaction
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
            cursor.executemany(sql, zip(hex_ids[start:start + INSERT_CHUNK], *head, *picked,
                                        strict=False))  # head: repeat(), endless
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


def _percent_shown(saved: str) -> str:
    """A number saved under a percent format as Excel shows it: «0.15» -> «15 %»."""
    try:
        value = float(saved) * 100
    except ValueError:
        return saved
    text = f"{value:.4f}".rstrip("0").rstrip(".").replace(".", ",")
    return f"{text} %"
