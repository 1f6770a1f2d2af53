"""Codes as importers read them, and the KOSTRA code lists (art, funksjon).

**Normalising codes (every importer and the window use these; see :func:`normalise_code`).**
A code read from a file becomes text by one rule: :func:`normalise_code` trims it, turns a
number (``1000``, ``1000.0``, the text ``"1000.0"`` a CSV writes for a float column) into
``"1000"``, and refuses a code Excel has turned into scientific notation (``1,23457E+11``) or
a number too large to be exact, raising :class:`CodeFormatError`. Text is never changed
beyond trimming. A code that was stored as a NUMBER may have lost leading zeros; it gets
them back only when that makes it equal to one code that exists AS TEXT in the same file,
never from the database, so a file stores the same codes wherever it goes
(:class:`LeadingZeros`, :func:`restore_zeros`). Codes with letters never set a width, so
published files keep their codes as written (``1``…``8`` beside ``90``, ``100`` beside
``F357``). :func:`same_code` is the matching rule that follows from it, for codes already
stored (where it is no longer known which were numbers).

**KOSTRA code lists.**

The lists live in ``resources/codes/kostra_<list>.csv`` (see the README there). A code is
valid in the years ``valid_from``..``valid_to`` inclusive; ``valid_to`` None means it is
still valid. A code can have several rows over time (a new name, or ended and later
reused) as long as their year ranges do not overlap.

A municipality's own accounting codes extend the KOSTRA codes with local digits: tjeneste
``24410`` is KOSTRA funksjon ``244``, art ``01000`` is KOSTRA art ``010``. Every lookup here
goes through :func:`kostra_prefix`, so callers may pass local codes as they are.
"""

from __future__ import annotations

import csv
import functools
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import AppError
from app.resources import resource_path
from db.models.enums import CodeList
from db.models.misc import KostraCode

CODE_FILES: dict[CodeList, str] = {
    CodeList.FUNKSJON: "kostra_funksjon.csv",
    CodeList.ART: "kostra_art.csv",
}
HEADER = ("code", "name", "valid_from", "valid_to")
KOSTRA_CODE_LENGTH = 3
# Plausible years for a validity range; anything outside is a typing error in the file.
MIN_YEAR = 1990
MAX_YEAR = 2100


class InvalidCodeError(AppError, ValueError):
    """A code that is not a string of digits (so it cannot be mapped to KOSTRA)."""


# --- normalising codes read from files -----------------------------------------------------

# The largest whole number a float (Excel's only number type) holds exactly.
MAX_EXACT_NUMBER = 2**53
_WHOLE_FLOAT_TEXT = re.compile(r"([0-9]+)\.0+")
# «1,23457E+11», «1.23457E+11», «1E+11», «1,2E-03»: what Excel writes for a long number shown
# in scientific notation (and keeps when such a file is saved as CSV). The exponent's sign is
# always written, so a project code such as «12E3» is left alone.
_SCIENTIFIC = re.compile(r"[+-]?[0-9]+(?:[.,][0-9]*)?[eE][+-][0-9]+")


class CodeFormatError(AppError, ValueError):
    """A cell that cannot be a code as it stands: digits were lost before the file reached us.

    ``str(err)`` is a whole Norwegian message without the place; ``reason`` is the same
    without the value, to follow ««value» …» in an importer's message that names file,
    sheet, row and column; ``value`` is the cell's value as shown.
    """

    def __init__(self, value: str, reason: str) -> None:
        super().__init__(f"«{value}» {reason}")
        self.value = value
        self.reason = reason


_SCIENTIFIC_REASON = (
    "er en kode i vitenskapelig notasjon: Excel har gjort koden om til et tall og mistet sifre, så "
    "den kan ikke leses sikkert. Formater kolonnen som tekst i kildefilen (eller hent en ny eksport) "
    "og prøv igjen."
)
_TOO_LARGE_REASON = (
    "er et tall for stort til å være lagret nøyaktig, så sifrene i koden kan være endret. "
    "Formater kolonnen som tekst i kildefilen (eller hent en ny eksport) og prøv igjen."
)


def normalise_code(value: object) -> str:
    """The code in a cell as text, by the one rule every importer and the window use.

    - ``None`` → ``""``; text is trimmed and runs of white space inside it become one space
      (an importer refuses codes with spaces itself); otherwise text is never changed:
      ``"0100"`` stays ``"0100"``, ``"F357"`` stays ``"F357"``.
    - A number becomes its digits: ``1000``, ``1000.0``, ``Decimal("1000")`` → ``"1000"``;
      so does the text a CSV writes for a float column, ``"1000.0"`` → ``"1000"``. A number
      with decimals is shown as Python shows it (``12.5`` → ``"12.5"``).
    - Refused with :class:`CodeFormatError` (an :class:`AppError`): scientific notation
      (``"1,23457E+11"``, ``"1.23457E+11"``, ``"1E+11"``; not ``"12E3"``, a possible project
      code) and a float at or past 2**53 (not exact, digits may differ from what was
      typed). Refusing is the rule:
      there is no sentinel to check.
    - ``True``/``False`` become ``"True"``/``"False"`` (an importer refuses them itself).

    Leading zeros are not restored here: see :class:`LeadingZeros`.
    """
    if value is None:
        return ""
    kind = type(value)
    if kind is str:
        text = value.strip()  # type: ignore[attr-defined]  # a str: type() above, not isinstance, for speed
        if text.isalnum():  # «0100», «F357», «12E3»: nothing to tidy (the common case, so first)
            return text
        if not text:
            return ""
        parts = text.split()
        if len(parts) > 1:
            text = " ".join(parts)
        match = _WHOLE_FLOAT_TEXT.fullmatch(text)
        if match:
            return match.group(1)
        if _SCIENTIFIC.fullmatch(text):
            raise CodeFormatError(text, _SCIENTIFIC_REASON)
        return text
    if kind is int:
        return str(value)
    if kind is bool:
        return str(value)
    if kind is float:
        number: float = value  # type: ignore[assignment]  # a float: type() above, for speed
        if number != number or number in (float("inf"), float("-inf")):
            raise CodeFormatError(repr(number), "er ikke en kode.")
        if abs(number) >= MAX_EXACT_NUMBER:  # from 2**53 a float no longer tells …993 from …992
            raise CodeFormatError(str(int(number)) if abs(number) < 1e17 else _shown_float(number), _TOO_LARGE_REASON)
        if number.is_integer():
            return str(int(number))
        shown = repr(number)
        if "e" in shown or "E" in shown:
            raise CodeFormatError(shown, _SCIENTIFIC_REASON)
        return shown
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise CodeFormatError(str(value), "er ikke en kode.")
        if value == value.to_integral_value():
            return str(int(value))
        return str(value)
    if isinstance(value, int):  # int subclasses (numpy-like) other than bool
        return str(int(value))
    return normalise_code(str(value))


def _shown_float(number: float) -> str:
    return f"{number:.6g}".replace(".", ",")


def _digits(code: str) -> bool:
    return code.isascii() and code.isdigit()


class LeadingZeros:
    """Gives a code stored as a NUMBER its leading zeros back, when a text code says which.

    Build it once from every code that exists AS TEXT in the same file (the codes an importer
    read as text cells in the same column) and call it for each code that was read from a
    number cell (after :func:`normalise_code`). Never from the database's codes: the same file
    would then store different codes in different databases::

        zeros = LeadingZeros(["0100", "F357", "90"])
        zeros("100")   # "0100": equals one existing text code once its zeros are back
        zeros("90")    # "90": exists as written
        zeros("1")     # "1": no text code 01, 001, … exists; no width is guessed
        zeros("357")   # "357": «F357» has a letter and sets nothing

    A code gets zeros only when it then equals exactly ONE known text code (with ``0100`` and
    ``00100`` both known, ``100`` is left as it is; and a known text ``100`` is itself an exact
    match). Codes with letters, or text codes passed in, are returned unchanged. Lookups are a
    dict get, fit for 200 000 lines.
    """

    def __init__(self, known_text_codes: Iterable[str] = ()) -> None:
        self._exact: set[str] = set()
        self._by_digits: dict[str, str | None] = {}  # «100» → «0100»; None when two codes claim it
        self.add(known_text_codes)

    def add(self, known_text_codes: Iterable[str]) -> None:
        """More codes that exist as text in the same file (another column's cells)."""
        for raw in known_text_codes:
            code = raw.strip()
            if not code:
                continue
            self._exact.add(code)
            if _digits(code) and code.startswith("0"):
                bare = code.lstrip("0") or "0"
                if bare == code:
                    continue
                known = self._by_digits.get(bare, "")
                self._by_digits[bare] = code if known in ("", code) else None

    def __call__(self, number_code: str) -> str:
        """The code read from a number cell, with its zeros back if a text code says so."""
        if number_code in self._exact or not _digits(number_code):
            return number_code
        restored = self._by_digits.get(number_code.lstrip("0") or "0")
        return restored if restored else number_code

    def __contains__(self, code: object) -> bool:
        return code in self._exact


def restore_zeros(code: str, known_text_codes: Iterable[str]) -> str:
    """One code stored as a number, with its zeros back if it then equals one known text code.

    ``restore_zeros("100", known_text_codes={"0100"})`` → ``"0100"``;
    ``restore_zeros("1", known_text_codes={"90"})`` → ``"1"``. For many codes build one
    :class:`LeadingZeros` instead (this builds one per call).
    """
    return LeadingZeros(known_text_codes)(code)


def code_key(code: str) -> str:
    """The key under which codes that may be the same code meet: digits without leading zeros.

    ``"0100"`` and ``"100"`` share the key ``"100"``; codes with letters are their own key.
    Two codes with the same key are the same code by :func:`same_code` unless both were
    written with leading zeros (``"0100"`` and ``"00100"``).
    """
    code = code.strip()
    if _digits(code):
        return code.lstrip("0") or "0"
    return code


def same_code(a: str, b: str) -> bool:
    """Whether two stored codes name the same thing, by the leading-zero rule.

    Equal text is the same code. Otherwise two digit codes are the same when they differ
    only in leading zeros and one of them has none (so it may have been a number that lost
    them): ``same_code("100", "0100")`` is True, ``same_code("0100", "00100")`` False (both
    written as text with zeros: different codes), ``same_code("1", "01")`` True,
    ``same_code("100", "F100")`` False.
    """
    a, b = a.strip(), b.strip()
    if a == b:
        return True
    if not (_digits(a) and _digits(b)) or code_key(a) != code_key(b):
        return False
    return not a.startswith("0") or not b.startswith("0")


@dataclass(frozen=True, slots=True)
class KostraEntry:
    """One row of a KOSTRA list: a code with its name in the years it is valid."""

    code: str
    name: str
    valid_from: int
    valid_to: int | None = None

    def valid_in(self, year: int) -> bool:
        return self.valid_from <= year and (self.valid_to is None or year <= self.valid_to)

    def overlaps(self, other: KostraEntry) -> bool:
        """Whether the two year ranges share at least one year."""
        self_end = self.valid_to if self.valid_to is not None else MAX_YEAR
        other_end = other.valid_to if other.valid_to is not None else MAX_YEAR
        return self.valid_from <= other_end and other.valid_from <= self_end

    @property
    def label(self) -> str:
        """How the code is shown in lists and reports: «244 Barneverntjeneste»."""
        return f"{self.code} {self.name}"


# --- codes ---------------------------------------------------------------------------------


def kostra_prefix(code: str, *, width: int | None = None) -> str:
    """The 3-digit KOSTRA code of a local code: ``"24410"`` → ``"244"``, ``"10"`` → ``"010"``.

    Codes shorter than three digits are padded with zeros on the left. They are KOSTRA art
    codes that lost their leading zero on the way through a spreadsheet: art ``010``
    Fastlønn stored as a number becomes ``10``, and no real code has fewer than three
    digits, so padding restores it. A longer code that lost its zero (``01000`` → ``1000``)
    cannot be told apart from a genuine 4-digit code (``1000`` under art ``100``) by looking
    at it; a caller that knows how wide the column's codes are passes ``width`` (here 5) and
    the code is padded to that width first.
    """
    text = code.strip()
    if not text.isdecimal() or not text.isascii():
        raise InvalidCodeError(f"«{code}» er ikke en gyldig kode: koden skal bare inneholde sifre.")
    if width is not None and len(text) < width:
        text = text.zfill(width)
    return text.zfill(KOSTRA_CODE_LENGTH)[:KOSTRA_CODE_LENGTH]


# --- reading the shipped lists -------------------------------------------------------------


def code_list_path(code_list: CodeList) -> Path:
    return resource_path("codes", CODE_FILES[code_list])


def _error(path: Path, row: int, column: str, problem: str) -> AppError:
    return AppError(
        f"Feil i kodelisten «{path}», rad {row}, kolonne «{column}»: {problem}. "
        "Rett filen, eller installer programmet på nytt for å få tilbake den opprinnelige listen."
    )


def _parse_year(path: Path, row: int, column: str, text: str) -> int:
    if not (text.isdecimal() and text.isascii()):
        raise _error(path, row, column, f"«{text}» er ikke et årstall")
    year = int(text)
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise _error(path, row, column, f"årstallet {year} er utenfor {MIN_YEAR}–{MAX_YEAR}")
    return year


def _parse_row(path: Path, row: int, fields: list[str]) -> KostraEntry:
    if len(fields) != len(HEADER):
        column = HEADER[min(len(fields), len(HEADER) - 1)]
        raise _error(
            path, row, column, f"raden har {len(fields)} kolonner, men skal ha {len(HEADER)} skilt med semikolon"
        )
    code, name, valid_from_text, valid_to_text = (field.strip() for field in fields)
    if len(code) != KOSTRA_CODE_LENGTH or not (code.isdecimal() and code.isascii()):
        raise _error(path, row, "code", f"«{code}» er ikke en kode med tre sifre (f.eks. «010» eller «244»)")
    if not name:
        raise _error(path, row, "name", "navnet mangler")
    valid_from = _parse_year(path, row, "valid_from", valid_from_text)
    valid_to = _parse_year(path, row, "valid_to", valid_to_text) if valid_to_text else None
    if valid_to is not None and valid_to < valid_from:
        raise _error(path, row, "valid_to", f"sluttåret {valid_to} er før startåret {valid_from}")
    return KostraEntry(code, name, valid_from, valid_to)


def read_code_list(code_list: CodeList, path: Path | None = None) -> list[KostraEntry]:
    """The entries of one KOSTRA list, in file order, checked row by row.

    ``path`` overrides the shipped file (for tests and for a municipality's own copy).
    A malformed file raises :class:`AppError` naming the file, the row (line number,
    the header is row 1) and the column.
    """
    path = path if path is not None else code_list_path(code_list)
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            rows = list(csv.reader(handle, delimiter=";"))
    except FileNotFoundError as exc:
        raise AppError(f"Finner ikke kodelisten «{path}». Installer programmet på nytt for å få den tilbake.") from exc
    except UnicodeDecodeError as exc:
        raise AppError(f"Kodelisten «{path}» er ikke lagret som UTF-8. Lagre den som UTF-8 og prøv igjen.") from exc
    except (OSError, csv.Error) as exc:
        raise AppError(f"Kan ikke lese kodelisten «{path}»: {exc}.") from exc

    if not rows or tuple(field.strip().lower() for field in rows[0]) != HEADER:
        found = ";".join(rows[0]) if rows else "(tom fil)"
        raise _error(path, 1, "code", f"overskriftsraden skal være «{';'.join(HEADER)}», men er «{found}»")

    entries: list[KostraEntry] = []
    seen: dict[str, list[tuple[int, KostraEntry]]] = {}
    # csv.reader gives one list per physical line here (no quoted line breaks in the
    # lists), so the enumeration is the line number a user sees in an editor.
    for row, fields in enumerate(rows[1:], start=2):
        if not any(field.strip() for field in fields):
            continue  # blank line
        entry = _parse_row(path, row, fields)
        for other_row, other in seen.get(entry.code, []):
            if entry.overlaps(other):
                raise _error(
                    path,
                    row,
                    "valid_from",
                    f"koden {entry.code} er allerede gyldig i noen av de samme årene (rad {other_row})",
                )
        seen.setdefault(entry.code, []).append((row, entry))
        entries.append(entry)
    return entries


# --- the database table --------------------------------------------------------------------


def install_kostra_codes(session: Session) -> int:
    """Put both shipped lists into the ``kostra_code`` table; return how many rows were added.

    Idempotent: a row whose (list, code, valid_from) is already there is not added again,
    but its name and end year are brought up to date, so a program update that ends a code
    (as 254 ended in 2023) reaches databases made by an older version.
    """
    existing = {(row.code_list, row.code, row.valid_from): row for row in session.scalars(select(KostraCode))}
    inserted = 0
    for code_list in CODE_FILES:
        for entry in read_code_list(code_list):
            row = existing.get((code_list, entry.code, entry.valid_from))
            if row is None:
                session.add(
                    KostraCode(
                        code_list=code_list,
                        code=entry.code,
                        name=entry.name,
                        valid_from=entry.valid_from,
                        valid_to=entry.valid_to,
                    )
                )
                inserted += 1
            else:
                if row.name != entry.name:
                    row.name = entry.name
                if row.valid_to != entry.valid_to:
                    row.valid_to = entry.valid_to
    session.flush()
    return inserted


# --- lookups -------------------------------------------------------------------------------


class CodeBook:
    """Fast lookups of KOSTRA names and validity for many codes (budget views, importers).

    Built once from entries (the shipped files or the database table) and then read only.
    Lookups take local codes as well as KOSTRA codes (see :func:`kostra_prefix`).
    """

    def __init__(self, entries: Mapping[CodeList, Iterable[KostraEntry]]) -> None:
        self._by_code: dict[CodeList, dict[str, tuple[KostraEntry, ...]]] = {}
        for code_list, list_entries in entries.items():
            grouped: dict[str, list[KostraEntry]] = {}
            for entry in list_entries:
                grouped.setdefault(entry.code, []).append(entry)
            self._by_code[CodeList(code_list)] = {
                code: tuple(sorted(group, key=lambda e: e.valid_from)) for code, group in grouped.items()
            }

    @classmethod
    def from_resources(cls) -> CodeBook:
        """The lists shipped with the program."""
        return cls({code_list: read_code_list(code_list) for code_list in CODE_FILES})

    @classmethod
    def from_session(cls, session: Session) -> CodeBook:
        """The lists as stored in the database's ``kostra_code`` table."""
        entries: dict[CodeList, list[KostraEntry]] = {code_list: [] for code_list in CODE_FILES}
        for row in session.scalars(select(KostraCode)):
            entries.setdefault(row.code_list, []).append(KostraEntry(row.code, row.name, row.valid_from, row.valid_to))
        return cls(entries)

    def _history(self, code_list: CodeList, code: str, width: int | None) -> tuple[KostraEntry, ...]:
        try:
            prefix = kostra_prefix(code, width=width)
        except InvalidCodeError:
            return ()
        return self._by_code.get(code_list, {}).get(prefix, ())

    def entry(self, code_list: CodeList, code: str, year: int, *, width: int | None = None) -> KostraEntry | None:
        """The entry valid in ``year`` for a (local or KOSTRA) code, or None."""
        for entry in self._history(code_list, code, width):
            if entry.valid_in(year):
                return entry
        return None

    def name(self, code_list: CodeList, code: str, year: int, *, width: int | None = None) -> str | None:
        entry = self.entry(code_list, code, year, width=width)
        return entry.name if entry is not None else None

    def is_valid(self, code_list: CodeList, code: str, year: int, *, width: int | None = None) -> bool:
        return self.entry(code_list, code, year, width=width) is not None

    def latest(self, code_list: CodeList, code: str, *, width: int | None = None) -> KostraEntry | None:
        """The newest entry for a code whatever the year: a name to show next to an ended code."""
        history = self._history(code_list, code, width)
        return history[-1] if history else None

    def first_year(self, code_list: CodeList) -> int | None:
        """The first year the program's list covers: before it, no code can be said to be valid or not."""
        starts = [history[0].valid_from for history in self._by_code.get(code_list, {}).values() if history]
        return min(starts) if starts else None

    def history(self, code_list: CodeList, code: str, *, width: int | None = None) -> tuple[KostraEntry, ...]:
        """Every entry of a code, oldest first."""
        return self._history(code_list, code, width)

    def valid_entries(self, code_list: CodeList, year: int) -> list[KostraEntry]:
        """All codes of a list valid in ``year``, sorted by code (for pick lists)."""
        found = (self.entry(code_list, code, year) for code in self._by_code.get(code_list, {}))
        return sorted((entry for entry in found if entry is not None), key=lambda e: e.code)

    def __len__(self) -> int:
        return sum(len(history) for codes in self._by_code.values() for history in codes.values())


@functools.cache
def default_code_book() -> CodeBook:
    """The shipped lists, read once per process."""
    return CodeBook.from_resources()


def lookup(
    source: CodeBook | Session, code_list: CodeList, code: str, year: int, *, width: int | None = None
) -> KostraEntry | None:
    """The KOSTRA entry valid in ``year`` for a local or KOSTRA code.

    ``source`` is a :class:`CodeBook` (fast; build one for many lookups) or a session, in
    which case the database's table is read for this one call.
    """
    book = source if isinstance(source, CodeBook) else CodeBook.from_session(source)
    return book.entry(code_list, code, year, width=width)
