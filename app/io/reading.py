"""Reading a sheet of a spreadsheet file safely: xlsx/xlsm with expat, csv/txt by hand.

Files come from other programs and other people (DESIGN.md §6-7). Before anything in an
archive is parsed, its parts are counted, its unpacked size is checked (zip bombs) and every
XML part declaring a DTD is refused (entity bombs, external entities): see
:func:`inspect_archive`. The parts the reader needs are then streamed through expat with a
bound on how much each may hold (:class:`_Book`, :class:`_SheetParser`), so a hostile file
costs bounded time and memory, and every problem becomes a Norwegian
:class:`SpreadsheetError` naming the file. Rows keep Excel's numbering: ``rows[i]`` is row
``i + 1`` in Excel, empty rows included.

Two ways in, one set of checks: :func:`read_table` reads a whole sheet into a :class:`Table`
(the org importer; small files), :func:`open_rows` streams a sheet as a :class:`RowSource`
through python-calamine (the budget importer; 200 000 lines in about a second), with the
expat reader as the bounded fallback. Both keep what a value alone cannot say as
:class:`Mark` s (a formula without a saved value, an error value), and the hidden rows and
merged ranges.
"""

from __future__ import annotations

import codecs
import contextlib
import csv
import io
import re
import zipfile
import zlib
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from itertools import chain
from pathlib import Path
from pyexpat import XMLParserType
from typing import IO, NoReturn

from app.errors import AppError, Hint

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # legacy .xls, and Office's encrypted container
ZIP_MAGIC = b"PK\x03\x04"
# Stream names of an encrypted OOXML package inside the OLE container (stored as UTF-16LE).
ENCRYPTION_MARKERS = ("EncryptionInfo".encode("utf-16-le"), "EncryptedPackage".encode("utf-16-le"))
CSV_DELIMITERS = (";", ",", "\t")
EXCEL_SUFFIXES = {".xlsx", ".xlsm", ".xltx", ".xltm"}
HOW_TO_SAVE = "Åpne filen i Excel og lagre den som «Excel-arbeidsbok (*.xlsx)» eller «CSV UTF-8», og prøv igjen."
MAX_MEMBERS = 10_000  # parts in an archive: Excel writes a few dozen, a workbook full of pictures some hundreds
PROLOG_LIMIT = 64 * 1024  # bytes before an XML part's root element; Excel writes one short declaration
MAX_COLUMN = 16_384  # XFD, Excel's last column
MAX_ROWS = 500_000  # one limit for every importer; a municipality's year of accounts is well below it
MAX_CELLS = 500_000  # cells read by expat: a unit list of 25 000 rows of 20 columns, in a few seconds at most
MAX_BYTES = 200 * 1024 * 1024


class SpreadsheetError(AppError):
    """The file cannot be read as a table; the message names the file and what to do."""


@dataclass
class Table:
    """The cells of one sheet. ``rows[i]`` is Excel's row ``i + 1``; empty cells are ``None``.

    Trailing empty rows are dropped, and so are the empty cells at the end of each row, so
    rows differ in length (one stray cell in column XFD must not make every row 16 384
    long): read cells with :meth:`cell`, which gives ``None`` past a row's end.
    """

    file_name: str
    sheet_name: str | None  # None for csv/txt
    sheet_names: list[str]
    rows: list[list[object]]
    # What a value alone cannot say, keyed by (Excel row, column from 0): formulas without a
    # saved value and error values (their value in ``rows`` is None or the error text).
    marks: dict[tuple[int, int], Mark] = field(default_factory=dict)
    hidden_rows: set[int] = field(default_factory=set)  # Excel rows hidden in the sheet
    merged: list[tuple[tuple[int, int], tuple[int, int]]] = field(default_factory=list)  # 0-based (top, left)…

    @property
    def width(self) -> int:
        return max((len(r) for r in self.rows), default=0)

    def cell(self, index: int, column: int) -> object:
        """The value at ``rows[index][column]`` (both from 0), ``None`` when there is none."""
        if 0 <= index < len(self.rows):
            row = self.rows[index]
            if 0 <= column < len(row):
                return row[column]
        return None

    def where(self, row: int | None = None) -> str:
        """«fil.xlsx», arket «Ark1», rad 7 — for messages."""
        return place(self.file_name, self.sheet_name, row)



def place(file_name: str, sheet: str | None = None, row: int | None = None) -> str:
    """Where a cell is, for messages: «fil.xlsx», arket «Ark1», rad 7."""
    text = f"«{file_name}»"
    if sheet is not None:
        text += f", arket «{sheet}»"
    if row is not None:
        text += f", rad {row}"
    return text

def read_table(
    path: Path, *, sheet: str | None = None, max_rows: int = MAX_ROWS, max_bytes: int = MAX_BYTES,
    max_cells: int = MAX_CELLS, style_marks: bool = False,
) -> Table:
    """Read one sheet (``sheet`` by name, else the first visible one) of an xlsx/xlsm or csv/txt file.

    ``style_marks``: also mark the number cells shown as a percentage or a date (:class:`Mark`
    «percent», «date»), as :func:`open_rows` does for the budget importer.

    ``max_bytes`` bounds both the file and, for xlsx, what it unpacks to; ``max_rows`` the rows;
    ``max_cells`` the cells of an xlsx sheet (and, for the parts read, their XML elements).
    """
    path = Path(path)
    name = path.name
    if path.is_dir():
        raise SpreadsheetError(f"«{path}» er en mappe, ikke en fil. Velg regnearket i mappen.")
    if not path.is_file():
        raise SpreadsheetError(f"Finner ikke filen «{path}». Kontroller navnet og mappen.")
    size = path.stat().st_size
    if size > max_bytes:
        raise SpreadsheetError(
            f"Filen «{name}» er for stor ({_mb(size)}); grensen er {_mb(max_bytes)}. "
            "Del den opp eller ta bare med arket som skal importeres."
        )
    try:
        with path.open("rb") as fh:
            head = fh.read(8)
    except OSError as exc:
        raise cannot_open(path, exc) from exc
    suffix = path.suffix.lower()
    if not head:
        raise SpreadsheetError(f"«{name}» er tom (0 byte). Velg filen med tabellen.")
    if head.startswith(OLE_MAGIC):
        raise SpreadsheetError(_ole_message(path, suffix))
    if head.startswith(ZIP_MAGIC) or suffix in EXCEL_SUFFIXES:
        return _read_excel(path, sheet, max_rows, max_bytes, max_cells, style_marks)
    if suffix == ".xls":
        raise SpreadsheetError(f"«{name}» er ikke en Excel-fil som kan leses. {HOW_TO_SAVE}")
    if suffix == ".ods":
        raise SpreadsheetError(f"«{name}» er et OpenDocument-regneark (.ods). {HOW_TO_SAVE}")
    if sheet is not None:
        raise SpreadsheetError(f"«{name}» er en tekstfil (CSV) og har ingen ark; ta bort valget av ark «{sheet}».")
    return _read_text(path, max_rows)


def cannot_open(path: Path, exc: OSError) -> SpreadsheetError:
    """The message for a file that exists but cannot be read (no access, locked by another program)."""
    return SpreadsheetError(
        f"Kan ikke lese «{path.name}»: {exc.strerror or exc}. Har du tilgang til filen, og er den lukket i andre "
        "programmer? Lukk den, eller kopier den til en mappe du har tilgang til, og prøv igjen."
    )


# --- Excel ---------------------------------------------------------------------------------


def _ole_message(path: Path, suffix: str) -> str:
    with path.open("rb") as fh:
        data = fh.read(4 * 1024 * 1024)  # the stream directory comes first; no need to read a huge file
    if any(marker in data for marker in ENCRYPTION_MARKERS):
        return (
            f"Arbeidsboken «{path.name}» er passordbeskyttet (kryptert) og kan ikke leses. Åpne den i Excel, "
            "ta bort passordet (Fil → Info → Beskytt arbeidsbok → Krypter med passord) og lagre på nytt."
        )
    what = "i det gamle Excel-formatet (.xls)" if suffix == ".xls" else "et gammelt Office-dokument, ikke .xlsx"
    return f"«{path.name}» er {what}. {HOW_TO_SAVE}"


def _damaged(name: str, exc: BaseException) -> SpreadsheetError:
    return SpreadsheetError(
        f"«{name}» er skadet eller ufullstendig og kan ikke leses ({type(exc).__name__}: {_short(exc)}). "
        "Lagre den på nytt fra Excel, eller be om en ny kopi."
    )


def inspect_archive(archive: zipfile.ZipFile, name: str, max_bytes: int) -> dict[str, str]:
    """Check an Office archive before anything in it is parsed; returns part -> root element
    (with its namespace prefix, if any: «x:worksheet»).

    Refuses more parts than any workbook has, an archive that unpacks to more than
    ``max_bytes`` (the central directory's sizes are a true bound: zip readers stop at the
    declared size), and any XML part that declares a DTD, the only place an XML entity can
    be declared (entity bombs, external entities). Every part is looked at, whatever its
    name: a reader may be pointed at any of them.
    """
    infos = archive.infolist()
    if len(infos) > MAX_MEMBERS:
        raise SpreadsheetError(
            f"«{name}» består av {_grouped(len(infos))} deler; en arbeidsbok har sjelden mer enn noen hundre. "
            "Filen er ikke lest. Lagre den på nytt fra Excel med bare arket som skal importeres."
        )
    unpacked = sum(info.file_size for info in infos)
    if unpacked > max_bytes:
        raise SpreadsheetError(
            f"Arbeidsboken «{name}» pakker seg ut til {_mb(unpacked)}, mer enn grensen på {_mb(max_bytes)}. "
            "Filen er enten unormalt stor eller laget for å fylle minnet; den er ikke lest. "
            "Ta bare med arket som skal importeres og lagre på nytt."
        )
    roots: dict[str, str] = {}
    for info in infos:
        if info.is_dir():
            continue
        try:
            with archive.open(info) as member:
                head = member.read(PROLOG_LIMIT)
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError, RuntimeError, NotImplementedError,
                ValueError) as exc:  # CRC, a damaged stream, an encrypted or unknown compression
            raise _damaged(name, exc) from exc
        root = _xml_root(head, name, info.filename, complete=len(head) < PROLOG_LIMIT)
        if root:
            roots[info.filename] = root
    return roots


def _dtd_refused(name: str, part: str) -> SpreadsheetError:
    return SpreadsheetError(
        f"«{name}» inneholder en dokumenttypedefinisjon (DTD) med mulige XML-entiteter i «{part}». Det skriver "
        "ikke Excel, og filen er ikke lest. Lagre den på nytt fra Excel."
    )


def _xml_root(head: bytes, name: str, part: str, *, complete: bool) -> str | None:
    """The name of the root element of an XML part («worksheet», «x:worksheet») from its first
    bytes; None if not XML.

    Only comments, processing instructions and white space may come before the root element,
    and Excel writes one short declaration: a DTD or an abnormally long prolog is refused.
    """
    text = head.replace(b"\x00", b"")  # UTF-16 and UTF-32 parts: the ASCII markup survives
    root = _prolog_root(text, name, part, complete=complete)
    if root is not None:
        folded = text.lower()
        if b"<!doctype" in folded or b"<!entity" in folded:  # junk after the root: no reader should see it
            raise _dtd_refused(name, part)
    return root


def _prolog_root(text: bytes, name: str, part: str, *, complete: bool) -> str | None:
    for bom in (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff"):
        if text.startswith(bom):
            text = text[len(bom):]
            break
    position = 0
    while True:
        position = _SPACE.match(text, position).end()  # type: ignore[union-attr]  # \s* always matches
        if text.startswith(b"<?", position):
            end = b"?>"
        elif text.startswith(b"<!--", position):
            end = b"-->"
        elif text.startswith(b"<!", position):
            raise _dtd_refused(name, part)
        elif text.startswith(b"<", position):
            tag = _TAG.match(text, position + 1)
            return tag.group(1).decode("ascii", "replace") if tag else None
        else:
            return None  # not XML: a picture, a VBA project, an empty part
        close = text.find(end, position + 2)
        if close < 0:
            if complete:
                return None  # a broken prolog: the part is not XML any reader accepts
            raise SpreadsheetError(
                f"Delen «{part}» i «{name}» begynner med over {PROLOG_LIMIT // 1024} kB før selve innholdet. Det "
                "skriver ikke Excel, og filen er ikke lest. Lagre den på nytt fra Excel."
            )
        position = close + len(end)


_SPACE = re.compile(rb"\s*")
_TAG = re.compile(rb"([^\s/>]+)")


@dataclass(frozen=True)
class Extent:
    """How far a worksheet reaches: its last row and column (1-based), or bounds of them."""

    rows: int
    columns: int
    exact: bool = True  # False: bounds from the quick search

    @property
    def cells(self) -> int:
        return self.rows * self.columns


_FAST_COLUMNS = 16  # A–P: a sheet within them (most exports) is settled by one quick search
_WIDE_OR_DEEP: dict[int, re.Pattern[bytes]] = {}
_LETTERS_REF = re.compile(rb'r="([A-Za-z]+)\d')
_DIGITS_REF = re.compile(rb'r="[A-Za-z]*(\d+)"')
# A cell without a reference as its first attribute: its column is counted, so its row may be
# as wide as the part is long. Excel and every library write the reference first.
_CELL_WITHOUT_REF = re.compile(rb'<c(?:>|/>|\s(?!r="))')


def _wide_or_deep(digits: int) -> re.Pattern[bytes]:
    """A search for a reference to a cell past column P, or to a row number longer than ``digits``."""
    if digits not in _WIDE_OR_DEEP:
        _WIDE_OR_DEEP[digits] = re.compile(rb'r="(?:[Q-Zq-z]|[A-Za-z]{2}|[A-Za-z]?\d{%d})' % (digits + 1))
    return _WIDE_OR_DEEP[digits]


def _unusual(prefix: str, digits: int) -> tuple[re.Pattern[bytes], re.Pattern[bytes]]:
    """Two searches that find nothing in the usual sheet: a cell whose first attribute is not a
    reference within A–P with at most ``digits`` digits, and a row whose first attribute is not
    such a row number. Where the first finds something, the piece gets the two searches it
    stands in for (a reference past P or too long, a cell without a reference), which cost twice
    as much; where the second does, the sheet is read reference by reference. So the usual
    sheet is settled in fewer passes, and an unusual one as before."""
    key = (prefix, digits)
    if key not in _UNUSUAL:
        p = re.escape(prefix.encode())
        _UNUSUAL[key] = (re.compile(rb"<" + p + rb'c(?:>|/>|\s(?!r="[A-Pa-p]\d{1,%d}"))' % digits),
                         re.compile(rb"<" + p + rb'row(?=[\s/>])(?!\s+r="\d{1,%d}"[\s/>])' % digits))
    return _UNUSUAL[key]


_UNUSUAL: dict[tuple[str, int], tuple[re.Pattern[bytes], re.Pattern[bytes]]] = {}


def _chunks(archive: zipfile.ZipFile, info: zipfile.ZipInfo, overlap: int = 32) -> Iterable[tuple[bytes, bytes]]:
    """A part's bytes in large pieces: (the piece with the last bytes of the one before in front,
    so a reference cut in two is whole in one of them; the last bytes of the one before)."""
    tail = b""
    with archive.open(info) as member:
        while chunk := member.read(8 << 20):
            yield tail + chunk, tail
            tail = chunk[-overlap:]


def worksheet_extent(archive: zipfile.ZipFile, info: zipfile.ZipInfo, *, max_rows: int, max_cells: int,
                     prefix: str = "", marks: MarkScanner | None = None) -> Extent:
    """How far the cells of a worksheet reach, from the references in its XML, without parsing it.

    A reader that allocates the whole rectangle up to the last cell (python-calamine does, and
    a Rust allocation failure ends the program) must know beforehand: one stray cell in XFD on
    row 200 000 is three billion cells. A quick search settles the usual sheet (columns A–P,
    every row numbered, no longer than ``max_rows``; its rows are then bounded by the last row
    number of each piece); past it every reference is read and the rows are counted (a row
    without a number, or with a longer one, sends the sheet there), and the work stops as soon
    as a row past ``max_rows`` is seen. Cells without references give no bound on the width
    (columns past XFD). The part is unpacked a megabyte at a time, so every search over a
    piece runs in the processor's cache.
    Reading the whole part also checks its CRC: a part that unpacks to more than it claims is
    refused here. ``prefix`` is the sheet's namespace prefix («x:») if it uses one. A sheet
    past ``max_rows`` is still read to its end (references only), so the refusal names its real
    number of rows. ``marks``, when given, collects the cells a value alone cannot describe
    (formulas without a saved value, error values, hidden rows) in the same pass.
    """
    digits = len(str(max(max_rows, 1)))
    row_tag = f"<{prefix}row".encode()
    cell_without_ref = (_CELL_WITHOUT_REF if not prefix
                        else re.compile(rb"<" + re.escape(prefix.encode()) + rb'c(?:>|/>|\s(?!r="))'))
    quick = _wide_or_deep(digits) if _FAST_COLUMNS * (10**digits - 1) <= max_cells else None
    odd_cell, odd_row = _unusual(prefix, digits)
    # Bytes at the end of a piece that the next one starts with. A tag starting before them is
    # whole in its piece (the searches look at most a few dozen bytes into a tag); one starting
    # among them may be cut in two, so in the quick search it counts only in the next piece,
    # which has it whole (and the last piece's end is looked at after the loop).
    overlap = 256
    while True:  # at most twice: quickly, then reading every reference when the quick search found one
        exact = quick is None
        rows = counted = last_number = 0
        letters = b"A"
        refless = False
        again = False
        if marks is not None:
            marks.reset()
        tail = b""
        odd = was_odd = False  # this piece, the one before, had an unusual tag: look closely at this one
        with archive.open(info) as member:
            while raw := member.read(_PIECE):
                chunk = tail + raw if tail else raw  # a tag cut in two is whole in one of them
                if marks is not None:
                    marks.feed(raw)
                # the cells come after <sheetData>: not xmlns:r="…" on the root element
                start = 0 if tail else max(chunk.find(b"sheetData"), 0)
                if exact:
                    counted += chunk.count(row_tag, start) - tail.count(row_tag)  # a tag in the overlap counts once
                    odd = was_odd = True
                else:
                    # The usual sheet: every cell's reference within A–P and every row numbered with at
                    # most ``digits`` digits; the row count is then bounded by the last row's number.
                    cut = len(chunk) - len(raw) + max(len(raw) - overlap, 0)
                    row = odd_row.search(chunk, start)
                    if row is not None and row.start() < cut:  # a row without a number, or a long one
                        again = True
                        break
                    at = chunk.rfind(row_tag)
                    number = _ROW_NUMBER_AT_END.match(chunk, at) if at >= start else None
                    if number is not None:
                        last_number = max(last_number, int(number.group(1)))
                    cell = odd_cell.search(chunk, start)
                    was_odd, odd = odd, cell is not None and cell.start() < cut
                tail = raw[-overlap:]
                if odd or was_odd:
                    refless = refless or cell_without_ref.search(chunk, start) is not None
                    if quick is not None and quick.search(chunk, start):
                        again = True
                        break
                if exact:
                    found = _DIGITS_REF.findall(chunk, start)
                    if found:
                        rows = max(rows, max(map(int, found)))
                    wide = _LETTERS_REF.findall(chunk, start)
                    if wide:
                        longest = max(map(len, wide))
                        candidate = max(w.upper() for w in wide if len(w) == longest)
                        if (len(candidate), candidate) > (len(letters), letters):
                            letters = candidate
                if max(rows, counted, last_number) > max_rows:  # refused whatever the rest holds: only its last row
                    return Extent(_last_row(archive, info, max(rows, counted, last_number), row_tag), MAX_COLUMN + 1)
        if not again and not exact and tail:  # the last piece's end, which no piece after it looked at
            if odd_row.search(tail) is not None:
                again = True
            elif odd_cell.search(tail) is not None:
                refless = refless or cell_without_ref.search(tail) is not None
                again = quick is not None and quick.search(tail) is not None
        if again:  # something unusual: read every reference
            quick = None
            continue
        if marks is not None:
            marks.finish()
        columns = MAX_COLUMN + 1 if refless or len(letters) > 3 else _column_index(letters.decode("ascii"))
        if exact:
            return Extent(max(rows, counted), columns)
        return Extent(10**digits - 1, max(columns, _FAST_COLUMNS), exact=False)


_PIECE = 1 << 20  # bytes of a part unpacked at a time: small enough to stay in the processor's cache


_ROW_NUMBER_AT_END = re.compile(rb'<(?:\w+:)?row\b[^>]*?\br="(\d+)"')


def _last_row(archive: zipfile.ZipFile, info: zipfile.ZipInfo, at_least: int, row_tag: bytes) -> int:
    """The number of a worksheet's last row: the highest row reference or the count of row
    elements, whichever is larger (rows are written in order; the count covers rows without
    numbers)."""
    counted = last = 0
    for chunk, tail in _chunks(archive, info):
        counted += chunk.count(row_tag) - tail.count(row_tag)
        found = _ROW_NUMBER_AT_END.findall(chunk)
        if found:
            last = max(last, int(found[-1]))
    return max(at_least, counted, last)


# A cell's attributes may hold «>» inside quotes (XML allows it; calamine reads such a cell):
# the attributes end at the first «>» outside quotes.
_MARKED_CELL = re.compile(rb'<(?:\w+:)?c\b((?:[^>"]|"[^"]*")*?)(?:/>|>(.*?)</(?:\w+:)?c>)', re.S)
_CELL_REF = re.compile(rb'\br="([A-Za-z]{1,3})(\d+)"')
_ERROR_TYPE = re.compile(rb'\bt="e"')
_FORMULA = re.compile(rb'<(?:\w+:)?f\b[^>]*?(?:/>|>(.*?)</(?:\w+:)?f>)', re.S)
_VALUE = re.compile(rb'<(?:\w+:)?v\b[^>]*?(?:/>|>(.*?)</(?:\w+:)?v>)', re.S)
_FORMULA_HINT = re.compile(rb"f[\s>/]")  # the end of «<f», «<x:f», «</f»: «f» leads, and is rare in cell markup
_HIDDEN_ROW = re.compile(rb'<(?:\w+:)?row\b[^>]*?\bhidden="(?:1|true)"[^>]*>')
_ROW_REF = re.compile(rb'\br="(\d+)"')
MAX_MARKS = 100_000  # formulas without values and error values a sheet may have before it is refused


@dataclass(frozen=True)
class Mark:
    """What a cell's value alone cannot say. ``kind``: «formula» (a formula without a saved
    value: the value shown is not the one Excel would compute), «error» (``#DIV/0!`` …),
    «percent» (a number shown as a percentage: 0.15 shown as «15 %») or «date» (a number shown
    as a date: 45658 shown as «01.01.2025»); ``text``: the formula («SUM(J4:J174)», empty for a
    shared formula), the error value, or the number as saved («0.15», «45658»)."""

    kind: str
    text: str


def _after_last_row(text: bytes) -> int:
    """Where the last row of ``text`` ends (after its «</row>» or «</x:row>»), or -1.

    Only markup holds a raw «</» (text and attribute values write «&lt;»), so «row>» counts
    only after «</» or «</x:»: a cell's text «a:row>» is not a row's end (cut there, a formula
    cell around it was looked at in two halves, and in neither)."""
    end = len(text)
    while (end := text.rfind(b"row>", 0, end)) >= 0:  # found near the end of a piece: no search through all of it
        if text[end - 2:end] == b"</":
            return end + 4
        if text[end - 1:end] == b":":
            begin = text.rfind(b"</", 0, end)
            if begin >= 0 and _PREFIX.fullmatch(text, begin + 2, end - 1):
                return end + 4
    return -1


_PREFIX = re.compile(rb"\w+")


class MarkScanner:
    """Collects, from a worksheet's XML bytes fed in pieces, the cells with a formula and no
    saved value, the cells holding an error value, the hidden rows, and, when ``styles`` (cell
    style index -> «percent» or «date», from :meth:`_Book.number_styles`) is given, the number
    cells whose style shows them as a percentage or a date.

    Pieces are cut at row ends, so a cell is always looked at whole. A piece without any
    formula, error or hidden row costs a few substring searches at C speed (a 200 000-line
    export has none); a workbook without percent or date styles costs nothing more.
    """

    def __init__(self, where: str = "", styles: dict[int, str] | None = None) -> None:
        self.where = where
        self.styles = dict(styles or {})
        # «s="01"» and «s=" 1"» are style 1 as well (an unsigned integer in XML Schema; calamine and Excel read them so)
        self._styled = (re.compile(rb'\ss="\s*0*(' + b"|".join(str(i).encode() for i in sorted(self.styles))
                                   + rb')\s*"') if self.styles else None)
        self.reset()

    def reset(self) -> None:
        self.marks: dict[tuple[int, int], Mark] = {}  # (Excel row, column from 0) -> mark
        self.hidden_rows: set[int] = set()
        self._carry = b""
        self._counted = 0  # formulas without values and error values (percent and date cells are not counted)
        # A comment, CDATA section or processing instruction among the cells (Excel writes none): the
        # searches below would read markup inside it as cells, or a value in CDATA as not saved, so
        # the sheet is read with expat instead (see :func:`_check_archive`).
        self.markup = False
        self._in_data = False  # <sheetData> seen: the prolog's «<?xml» is not among the cells

    def feed(self, data: bytes) -> None:
        text = self._carry + data if self._carry else data
        cut = _after_last_row(text)
        if cut < 0:
            self._carry = text
            return
        self._carry = text[cut:]
        self._scan(text, cut)

    def finish(self) -> None:
        self._scan(self._carry, len(self._carry))
        self._carry = b""

    def _scan(self, text: bytes, end: int) -> None:
        """Look at ``text[:end]`` (searched in place, not copied)."""
        if not self.markup and (text.find(b"!", 0, end) >= 0 or text.find(b"?", 0, end) >= 0):
            self.markup = self._inner_markup(text, end)
        rare = any(text.find(byte, 0, end) >= 0 for byte in _RARE_ATTRIBUTE_BYTES)
        # Whatever the spelling of its attributes, a piece with something to mark holds a formula
        # element, an attribute value «e» in quotes, the word «hidden», or a styled cell: a piece
        # with none of them (every piece of a plain export) needs no closer look.
        if (self._styled is None and _FORMULA_HINT.search(text, 0, end) is None
                and text.find(b'"e"', 0, end) < 0 and not (rare and text.find(b"'e'", 0, end) >= 0)
                and text.find(b"hidden", 0, end) < 0):
            return
        if _unusual_attributes(text, end, rare):
            # XML allows «t='e'» and «t = "e"»; Excel writes «t="e"», which the searches below expect.
            text = _canonical_attributes(text[:end])
            end = len(text)
        if text.find(b'hidden="', 0, end) >= 0:
            for match in _HIDDEN_ROW.finditer(text, 0, end):
                number = _ROW_REF.search(match.group(0))
                if number:
                    self.hidden_rows.add(int(number.group(1)))
        if self._styled is not None:
            self._scan_styles(text, end)
        # One search per kind, each led by a byte that is rare in cell markup: a few hundredths of a
        # second for 100 MB (a search led by «<» or an alternation takes ten times that). Text that
        # merely looks like one («Staff » in an inline string) costs a closer look, nothing else.
        if _FORMULA_HINT.search(text, 0, end) is None and text.find(b't="e"', 0, end) < 0:
            return
        import html

        for cell in _MARKED_CELL.finditer(text, 0, end):
            attrs, body = cell.group(1), cell.group(2) or b""
            error = _ERROR_TYPE.search(attrs) is not None
            formula = _FORMULA.search(body) if b"f" in body else None
            if not error and formula is None:
                continue
            ref = _CELL_REF.search(attrs)
            if ref is None:
                continue
            value = _VALUE.search(body)
            saved = (value.group(1) or b"") if value else b""
            key = (int(ref.group(2)), _column_index(ref.group(1).decode("ascii")) - 1)
            if error and saved.strip():
                mark = Mark("error", html.unescape(saved.decode("utf-8", "replace")).strip())
            elif formula is not None and not saved.strip():
                mark = Mark("formula", html.unescape((formula.group(1) or b"").decode("utf-8", "replace")).strip())
            else:
                continue
            self.marks[key] = mark  # a formula or error outranks a percent or date style on the same cell
            self._counted += 1
            if self._counted > MAX_MARKS:
                raise SpreadsheetError(
                    f"{self.where or 'Arket'} har over {_grouped(MAX_MARKS)} formler uten lagret verdi eller "
                    "feilverdier. Åpne filen i Excel, lagre den, og prøv igjen.")


    def _inner_markup(self, text: bytes, end: int) -> bool:
        """Whether ``text[:end]`` holds «<!» or «<?» inside <sheetData> (a «!» or «?» was found)."""
        start = 0
        if not self._in_data:
            start = text.find(b"sheetData", 0, end)
            if start < 0:
                return False
            self._in_data = True
        return text.find(b"<!", start, end) >= 0 or text.find(b"<?", start, end) >= 0

    def _scan_styles(self, text: bytes, end: int) -> None:
        """Mark the number cells in ``text[:end]`` whose style shows them as a percentage or a date.
        Only cells with such a style are looked at: found by their ``s="N"``, then read whole."""
        assert self._styled is not None
        for hit in self._styled.finditer(text, 0, end):
            begin = text.rfind(b"<", 0, hit.start())  # an attribute value holds no raw «<»: the tag's start
            cell = _MARKED_CELL.match(text, begin, end) if begin >= 0 else None
            if cell is None or cell.end(1) < hit.end():  # the hit was not in a cell's attributes
                continue
            attrs, body = cell.group(1), cell.group(2) or b""
            kind = _CELL_TYPE.search(attrs)
            if kind is not None and kind.group(1) != b"n":  # text, shared string, boolean, error, ISO date
                continue
            value = _VALUE.search(body) if body else None
            saved = (value.group(1) or b"").strip() if value else b""
            ref = _CELL_REF.search(attrs)
            if not saved or ref is None:
                continue
            key = (int(ref.group(2)), _column_index(ref.group(1).decode("ascii")) - 1)
            if key not in self.marks:
                self.marks[key] = Mark(self.styles[int(hit.group(1))], saved.decode("ascii", "replace"))


_CELL_TYPE = re.compile(rb'\bt="([^"]*)"')
# An attribute written another way than name="value": single quotes, or white space around «=».
_UNUSUAL_ATTRIBUTE_FORMS = (b"='", b" =", b"= ", b"\t=", b"=\t", b"\n=", b"=\n", b"\r=", b"=\r")
_ATTRIBUTE = re.compile(rb"""(\s[\w:.-]+)\s*=\s*(?:"([^"<]*)"|'([^'<]*)')""")


def _unusual_attributes(text: bytes, end: int, rare: bool) -> bool:
    """Whether ``text[:end]`` may hold an attribute written another way than name="value";
    ``rare``: whether it holds a single quote, a tab or a line break.

    A search for a single byte runs at memory speed, one for two bytes led by «=» about ten
    times slower (a cell has three «=»): only a piece holding one of the rare bytes gets every
    form searched; otherwise the only forms left are a space before or after «=»."""
    if rare:
        return any(text.find(form, 0, end) >= 0 for form in _UNUSUAL_ATTRIBUTE_FORMS)
    return text.find(b" =", 0, end) >= 0 or text.find(b"= ", 0, end) >= 0


_RARE_ATTRIBUTE_BYTES = (b"'", b"\t", b"\n", b"\r")


def _canonical_attributes(text: bytes) -> bytes:
    """``text`` with every attribute written name="value" (a «"» inside single quotes as &quot;)."""
    def canonical(match: re.Match[bytes]) -> bytes:
        value = match.group(2) if match.group(2) is not None else match.group(3).replace(b'"', b"&quot;")
        return match.group(1) + b'="' + value + b'"'

    return _ATTRIBUTE.sub(canonical, text)


def ods_extent(archive: zipfile.ZipFile, name: str,
               marks: dict[str, dict[tuple[int, int], Mark]] | None = None) -> Extent:
    """The largest rectangle python-calamine would allocate for a table of an OpenDocument
    spreadsheet: up to the last row and column holding a value, repeats counted.

    A few hundred bytes of ``number-rows-repeated`` and ``number-columns-repeated`` describe
    millions of cells (a 1.5 kB file took 5.5 GB). Cells without a value do not count, so
    the trailing empty rows and columns LibreOffice writes cost nothing. ``marks``, when
    given, collects per table the cells holding an error value or a formula without a value
    (calamine reads both as an empty cell), and the cells whose value type shows a number as a
    percentage («percent», ``office:value-type="percentage"``) or a date or time («date»), as
    :class:`MarkScanner` does for an xlsx's number formats; repeated cells and rows are marked
    once for each cell they stand for.
    """
    extent = Extent(0, 0)
    state = {"row": 0, "column": 0, "last_row": 0, "width": 0, "rows_repeated": 1, "row_valued": False}
    table_marks: dict[tuple[int, int], Mark] = {}
    error_cell: list[tuple[int, int]] = []  # the error cell being read, for its text («#DIV/0!»)
    error_text: list[str] = []
    row_marked: list[tuple[int, Mark]] = []  # (column, mark) of the row being read: errors, formulas
    row_styled: list[tuple[int, Mark]] = []  # the same for percent and date cells, which the others outrank
    repeats = {"error": 1}
    table_name = [""]
    counted = {"marks": 0, "styled": 0}

    def data(text: str) -> None:
        if error_cell and len(error_text) < 8:
            error_text.append(text)
    elements = 0
    limit = 4 * MAX_CELLS + 100_000

    def number(attrs: dict[str, str], key: str) -> int:
        for attribute, value in attrs.items():
            if attribute.endswith(key):
                try:
                    return max(1, int(value))
                except ValueError:
                    return 1
        return 1

    def counted_mark(column: int, repeated: int, mark: Mark) -> None:
        counted["marks"] += repeated * state["rows_repeated"]
        if counted["marks"] > MAX_MARKS:
            raise SpreadsheetError(
                f"«{name}» har over {_grouped(MAX_MARKS)} formler uten lagret verdi eller feilverdier. Åpne filen "
                "i LibreOffice eller Excel, lagre den, og prøv igjen.")
        row_marked.extend((column + k, mark) for k in range(repeated))

    def start(tag: str, attrs: dict[str, str]) -> None:
        nonlocal elements, table_marks
        elements += 1
        if elements > limit:
            raise _TooMuchError("content.xml")
        local = _local(tag)
        if local == "table":
            state.update(row=0, last_row=0, width=0)
            table_name[0] = next((v for k, v in attrs.items() if _local(k) == "name"), "")
            if marks is not None:
                table_marks = marks.setdefault(table_name[0], {})
        elif local == "table-row":
            state.update(column=0, rows_repeated=number(attrs, "number-rows-repeated"), row_valued=False)
            row_styled.clear()
            row_marked.clear()
        elif local in ("table-cell", "covered-table-cell"):
            repeated = number(attrs, "number-columns-repeated")
            _check_ods_cell(f"«{name}», arket «{table_name[0]}»", tag, attrs, state["row"] + 1, state["column"])
            if marks is not None:
                kinds = {v for k, v in attrs.items() if k.endswith("value-type")}
                formula = next((v for k, v in attrs.items() if _local(k) == "formula"), None)
                if "error" in kinds:
                    error_cell[:] = [(state["row"] + 1, state["column"])]
                    error_text.clear()
                    repeats["error"] = repeated
                elif formula is not None and not any(_local(k) in ("value", "date-value", "time-value",
                                                                       "boolean-value", "string-value")
                                                     for k in attrs):
                    counted_mark(state["column"], repeated, Mark("formula", formula.removeprefix("of:").lstrip("=")))
                elif kinds & _ODS_STYLED:
                    kind = "percent" if "percentage" in kinds else "date"
                    wanted = "value" if kind == "percent" else ("date-value" if "date" in kinds else "time-value")
                    saved = next((v for k, v in attrs.items() if _local(k) == wanted), "").strip()
                    if saved:
                        mark = Mark(kind, saved)
                        counted["styled"] += repeated * state["rows_repeated"]
                        if counted["styled"] > ODS_MAX_STYLED:
                            raise SpreadsheetError(
                                f"«{name}» har over {_grouped(ODS_MAX_STYLED)} celler formatert som prosent eller "
                                "dato. Filen er ikke lest; ta bare med arket som skal importeres.")
                        row_styled.extend((state["column"] + k, mark) for k in range(repeated))
            state["column"] += repeated
            if any(attribute.endswith("value-type") for attribute in attrs):
                state["row_valued"] = True
                state["width"] = max(state["width"], state["column"])

    def end(tag: str) -> None:
        nonlocal extent
        local = _local(tag)
        if local == "table-cell" and error_cell:
            counted_mark(error_cell.pop()[1], repeats["error"],
                         Mark("error", "".join(error_text).strip()[:40] or "#FEIL"))
        elif local == "table-row":
            for k in range(state["rows_repeated"] if row_styled or row_marked else 0):
                for column, mark in chain(row_styled, row_marked):  # an error or formula outranks a format
                    table_marks[(state["row"] + 1 + k, column)] = mark
            state["row"] += state["rows_repeated"]
            if state["row_valued"]:
                state["last_row"] = state["row"]
        elif local == "table":
            table = Extent(state["last_row"], state["width"])
            if table.cells > extent.cells:
                extent = table

    try:
        with archive.open("content.xml") as source:
            _feed(_expat(start, end, data), source)
    except _TooMuchError:
        raise SpreadsheetError(
            f"Regnearket «{name}» er unormalt stort (over {_grouped(limit)} elementer). Filen er ikke lest. "
            "Lagre den på nytt med bare arket som skal importeres."
        ) from None
    except _DoctypeRefusedError:
        raise _dtd_refused(name, "content.xml") from None
    return extent


_ODS_STYLED = frozenset({"percentage", "date", "time"})
_ODS_NUMBER_TYPES = frozenset({"float", "currency", "percentage"})
# calamine knows an OpenDocument cell and its value by these names, prefixes and all.
_ODS_CELL_ATTRIBUTES = {"value-type": "office:", "value": "office:", "date-value": "office:", "time-value": "office:",
                        "boolean-value": "office:", "string-value": "office:", "formula": "table:"}


def _check_ods_cell(where: str, tag: str, attrs: dict[str, str], row: int, column: int) -> None:
    """Refuse a cell (``where``: «fil.ods», arket «Ark1») whose number calamine would not read: a
    number cell (float, currency, percentage) without its value and without a formula (read as
    empty: 0 kr, while the cell shows «1 234»), or a cell or value written with another
    namespace prefix than «table:» and «office:» (calamine knows them by name only and read
    «o2:value="9"» as empty)."""
    values, others = set(), set()
    for key in attrs:
        local = _local(key)
        if local in _ODS_CELL_ATTRIBUTES:
            if key.startswith(_ODS_CELL_ATTRIBUTES[local]):
                values.add(local)
            elif not key.startswith("calcext:"):  # LibreOffice's own extra «calcext:value-type="error"»
                others.add(local)
    odd = not tag.startswith("table:") or bool(others - values)
    where = f"{where}, rad {row}, kolonne {_letter(column)}"
    if odd:
        raise SpreadsheetError(
            f"{where}: cellen er skrevet med andre navneromsprefikser enn LibreOffice og Excel bruker, så verdien "
            "kan ikke leses sikkert. Åpne filen i LibreOffice eller Excel, lagre den på nytt, og prøv igjen.")
    if ("value" not in values and "formula" not in values
            and any(_local(k) == "value-type" and v in _ODS_NUMBER_TYPES for k, v in attrs.items())):
        raise SpreadsheetError(
            f"{where}: cellen er et tall uten lagret verdi (bare teksten som vises), så tallet kan ikke leses sikkert. "
            "Åpne filen i LibreOffice eller Excel, lagre den på nytt, og prøv igjen.")
ODS_MAX_STYLED = 2 * MAX_ROWS  # percent and date cells an OpenDocument sheet may have before it is refused


@dataclass
class _Sheet:
    name: str
    state: str  # visible, hidden, veryHidden
    target: str  # the sheet's XML inside the archive


def _read_excel(path: Path, sheet: str | None, max_rows: int, max_bytes: int, max_cells: int,
                style_marks: bool = False) -> Table:
    name = path.name
    sheet_label = sheet
    sheets: list[_Sheet] = []
    try:
        with zipfile.ZipFile(path) as archive:
            roots = inspect_archive(archive, name, max_bytes)
            if not any(_local(root) == "workbook" for root in roots.values()):
                members = set(archive.namelist())
                if "content.xml" in members:
                    raise SpreadsheetError(f"«{name}» er et OpenDocument-regneark (.ods), ikke .xlsx. {HOW_TO_SAVE}")
                if any(m.endswith("workbook.bin") for m in members):
                    raise SpreadsheetError(f"«{name}» er en binær Excel-arbeidsbok (.xlsb), ikke .xlsx. {HOW_TO_SAVE}")
                raise SpreadsheetError(f"«{name}» er en zip-fil, men ikke en Excel-arbeidsbok (.xlsx). {HOW_TO_SAVE}")
            book = _Book(archive, name, max_cells)
            sheets = book.sheets
            chosen = _choose_sheet(name, sheets, sheet)
            sheet_label = chosen.name
            where = f"«{name}», arket «{chosen.name}»"
            strings = book.shared_strings()
            number_styles, epoch = book.number_styles(), book.epoch
            date_styles = {index for index, kind in number_styles.items() if kind == "date"}
            parser = _SheetParser(strings, date_styles, epoch, max_rows, max_cells, where)
            if style_marks:
                parser.number_styles = number_styles
            with archive.open(chosen.target) as source:
                rows = _collect(parser.parse(source), max_rows, where)
            marks, hidden_rows = parser.marks, parser.hidden_rows
            # Only the part of a merged range inside the cells matters (a range may claim a million rows).
            last_row, last_column = len(rows) - 1, max((len(r) for r in rows), default=0) - 1
            merged = sorted({((top, left), (min(bottom, last_row), min(right, last_column)))
                             for (top, left), (bottom, right) in parser.merged
                             if top <= last_row and left <= last_column})
    except SpreadsheetError:
        raise
    except (zipfile.BadZipFile, zipfile.LargeZipFile) as exc:
        raise SpreadsheetError(
            f"«{name}» er ikke en gyldig Excel-arbeidsbok: filen er skadet eller ufullstendig ({exc}). "
            "Lagre den på nytt fra Excel, eller be om en ny kopi."
        ) from exc
    except Exception as exc:
        error = _excel_error(name, sheet_label, exc)
        if error is exc:
            raise
        raise error from exc
    return Table(name, sheet_label, [s.name for s in sheets], rows, marks, hidden_rows, merged)


def _excel_error(name: str, sheet: str | None, exc: Exception) -> Exception:
    """A Norwegian message for what zipfile, zlib or the XML parser raised; other errors pass."""
    import pyexpat

    where = f"arket «{sheet}» i «{name}»" if sheet else f"«{name}»"
    if isinstance(exc, _DoctypeRefusedError):
        return SpreadsheetError(
            f"{where} inneholder en dokumenttypedefinisjon (DTD) med mulige XML-entiteter. Det skriver ikke Excel, "
            "og filen er ikke lest. Lagre den på nytt fra Excel."
        )
    if isinstance(exc, (zipfile.BadZipFile, zlib.error, EOFError, KeyError, OSError, RuntimeError,
                        NotImplementedError)):
        return _damaged(name, exc)
    if isinstance(exc, (pyexpat.ExpatError, ValueError, TypeError, LookupError, ArithmeticError)):
        return SpreadsheetError(
            f"Fant ugyldig innhold i {where} ({_short(exc)}). Filen er skadet eller ikke laget av Excel; "
            "åpne den i Excel og lagre den på nytt som .xlsx."
        )
    return exc


def _choose_sheet(file_name: str, sheets: list[_Sheet], wanted: str | None) -> _Sheet:
    if not sheets:
        raise SpreadsheetError(f"Arbeidsboken «{file_name}» har ingen regneark med celler.")
    listing = ", ".join(f"«{s.name}»" for s in sheets[:50])
    if len(sheets) > 50:
        listing += f" og {len(sheets) - 50} til"
    if wanted is not None:
        folded = wanted.strip().casefold()
        for match in (lambda s: s.name == wanted, lambda s: s.name.strip().casefold() == folded):
            for candidate in sheets:
                if match(candidate):
                    return candidate
        raise SpreadsheetError(f"Arbeidsboken «{file_name}» har ikke arket «{wanted}». Arkene er: {listing}.",
                               hint=Hint("choose_sheet", value=wanted))
    for candidate in sheets:
        if candidate.state == "visible":
            return candidate
    raise SpreadsheetError(f"Alle arkene i «{file_name}» er skjult ({listing}). Velg et ark ved navn.",
                           hint=Hint("choose_sheet"))


class _DoctypeRefusedError(ValueError):
    pass


def _refuse_doctype(*_args: object) -> NoReturn:
    raise _DoctypeRefusedError("DTD")


# expat's handlers: an element's start (tag, attributes), its end (tag), and character data.
StartHandler = Callable[[str, dict[str, str]], object]
TextHandler = Callable[[str], object]


def _expat(start: StartHandler, end: TextHandler | None = None, data: TextHandler | None = None) -> XMLParserType:
    """An expat parser (C, fast) that refuses any document type declaration: Excel never writes
    one, and it is the only place an XML entity can be declared."""
    import pyexpat

    parser = pyexpat.ParserCreate()
    parser.buffer_text = True
    parser.StartElementHandler = start
    if end is not None:
        parser.EndElementHandler = end
    if data is not None:
        parser.CharacterDataHandler = data
    parser.StartDoctypeDeclHandler = _refuse_doctype
    parser.EntityDeclHandler = _refuse_doctype
    parser.ExternalEntityRefHandler = _refuse_doctype
    return parser


def _feed(parser: XMLParserType, source: IO[bytes]) -> None:
    while chunk := source.read(1 << 20):
        parser.Parse(chunk, False)
    parser.Parse(b"", True)


def _local(name: str) -> str:
    return name[name.find(":") + 1:]  # «c» or «x:c»: some writers use a prefix


class _TooMuchError(Exception):
    """Raised inside a parse when a part holds more than the limit; turned into a message."""


class _Book:
    """The parts of a workbook the reader needs (sheet list, relationships, shared strings,
    date styles), each read with expat and a bound on how many elements it may hold.

    openpyxl's reader builds an object for every style and relationship in pure Python: a
    workbook with half a million styles took 16 s and 1 GB, two million shared strings 41 s.
    """

    def __init__(self, archive: zipfile.ZipFile, name: str, max_cells: int) -> None:
        self.archive, self.name, self.max_cells = archive, name, max_cells
        self.members = set(archive.namelist())
        # Part names are compared without regard to case (OPC; Excel and calamine find
        # «Worksheets/Sheet1.xml» as «worksheets/sheet1.xml»): a target is taken as the member it names.
        self.folded = {member.casefold(): member for member in sorted(self.members, reverse=True)}
        workbook = self._target("", "_rels/.rels", "officeDocument") or "xl/workbook.xml"
        if workbook not in self.members:
            raise SpreadsheetError(f"«{name}» er en zip-fil, men ikke en Excel-arbeidsbok (.xlsx). {HOW_TO_SAVE}")
        folder, _, base = workbook.rpartition("/")
        self.rels = self._relationships(folder, f"{folder}/_rels/{base}.rels" if folder else f"_rels/{base}.rels")
        self.epoch: object = None
        self.sheets = self._read_workbook(workbook)

    def _parse(self, part: str, start: StartHandler, end: TextHandler | None = None, data: TextHandler | None = None, *,
               limit: int | None = None) -> None:
        """Stream ``part`` through expat; more than ``limit`` elements (by default a couple per
        cell allowed, which no sheet list, relationships or styles part of Excel's comes near)
        is refused."""
        limit = limit if limit is not None else 2 * self.max_cells + 100_000
        count = 0

        def counted(tag: str, attrs: dict[str, str]) -> None:
            nonlocal count
            count += 1
            if count > limit:
                raise _TooMuchError(f"over {_grouped(limit)} elementer")
            start(tag, attrs)

        try:
            with self.archive.open(part) as source:
                _feed(_expat(counted, end, data), source)
        except _TooMuchError as too_much:
            raise SpreadsheetError(
                f"Delen «{part}» i «{self.name}» er unormalt stor ({too_much}). Filen er ikke lest. Lagre den på "
                "nytt fra Excel med bare arket som skal importeres."
            ) from None
        except _DoctypeRefusedError:
            raise _dtd_refused(self.name, part) from None

    def _relationships(self, folder: str, part: str) -> dict[str, tuple[str, str]]:
        """Id -> (type, part in the archive) of a relationships part; external targets left out."""
        found: dict[str, tuple[str, str]] = {}
        if part not in self.members:
            return found

        def start(tag: str, attrs: dict[str, str]) -> None:
            if _local(tag) == "Relationship" and attrs.get("TargetMode") != "External":
                target = _resolve(folder, attrs.get("Target", ""))
                if target not in self.members:
                    target = self.folded.get(target.casefold(), target)
                found[attrs.get("Id", "")] = (attrs.get("Type", ""), target)

        self._parse(part, start)
        return found

    def _target(self, folder: str, part: str, kind: str) -> str | None:
        for rel_type, target in self._relationships(folder, part).values():
            if rel_type.rsplit("/", 1)[-1] == kind:
                return target
        return None

    def _read_workbook(self, part: str) -> list[_Sheet]:
        sheets: list[_Sheet] = []

        def start(tag: str, attrs: dict[str, str]) -> None:
            local = _local(tag)
            if local == "sheet":
                rel_id = next((v for k, v in attrs.items() if _local(k) == "id"), "")
                rel_type, target = self.rels.get(rel_id, ("", ""))
                if rel_type.rsplit("/", 1)[-1] == "worksheet" and target in self.members:
                    sheets.append(_Sheet(attrs.get("name", ""), attrs.get("state") or "visible", target))
            elif local == "workbookPr" and attrs.get("date1904", "").strip().lower() in ("1", "true"):
                self.epoch = CALENDAR_MAC_1904

        self._parse(part, start)
        if self.epoch is None:
            self.epoch = CALENDAR_WINDOWS_1900
        return sheets

    def _part(self, kind: str) -> str | None:
        for rel_type, target in self.rels.values():
            if rel_type.rsplit("/", 1)[-1] == kind and target in self.members:
                return target
        return None

    def shared_strings(self) -> list[str]:
        """The shared strings as openpyxl reads them: plain and rich text runs joined, the
        phonetic guide (rPh) left out."""
        part = self._part("sharedStrings")
        strings: list[str] = []
        if part is None:
            return strings
        max_strings = self.max_cells
        count = 0
        for chunk, tail in _chunks(self.archive, self.archive.getinfo(part)):  # C speed: refuse before parsing
            count += chunk.count(b"<si") - tail.count(b"<si") + chunk.count(b":si") - tail.count(b":si")
            if count > max_strings:
                raise SpreadsheetError(
                    f"Delen «{part}» i «{self.name}» er unormalt stor (over {_grouped(max_strings)} delte tekster). "
                    "Filen er ikke lest. Lagre den på nytt fra Excel med bare arket som skal importeres.")
        text: list[str] = []
        state = {"t": False, "phonetic": 0}

        def start(tag: str, attrs: dict[str, str]) -> None:
            local = _local(tag)
            if local == "t":
                state["t"] = not state["phonetic"]
            elif local == "rPh":
                state["phonetic"] += 1
            elif local == "si":
                text.clear()

        def end(tag: str) -> None:
            local = _local(tag)
            if local == "t":
                state["t"] = False
            elif local == "rPh":
                state["phonetic"] -= 1
            elif local == "si":
                if len(strings) >= max_strings:
                    raise _TooMuchError(f"over {_grouped(max_strings)} delte tekster")
                strings.append("".join(text).replace("x005F_", ""))

        def data(chunk: str) -> None:
            if state["t"]:
                text.append(chunk)

        # Rich text runs carry their formatting as elements: allow a dozen per string.
        self._parse(part, start, end, data, limit=12 * max_strings + 100_000)
        return strings

    def date_styles(self) -> set[int]:
        """The cell styles (indexes into cellXfs) whose number format shows a date."""
        return {index for index, kind in self.number_styles().items() if kind == "date"}

    def number_styles(self) -> dict[int, str]:
        """The cell styles (indexes into cellXfs) whose number format shows a number as
        something else than an amount: «percent» (``0%``, ``0.0 %``) or «date» (``dd.mm.yyyy``)."""
        part = self._part("styles")
        if part is None:
            return {}
        custom: dict[int, str] = {}
        formats: list[int] = []
        inside = {"cellXfs": False}

        def start(tag: str, attrs: dict[str, str]) -> None:
            local = _local(tag)
            if local == "numFmt":
                with contextlib.suppress(ValueError):
                    custom[int(attrs.get("numFmtId", ""))] = attrs.get("formatCode", "")
            elif local == "cellXfs":
                inside["cellXfs"] = True
            elif local == "xf" and inside["cellXfs"]:
                try:
                    formats.append(int(attrs.get("numFmtId", "0")))
                except ValueError:
                    formats.append(0)

        def end(tag: str) -> None:
            if _local(tag) == "cellXfs":
                inside["cellXfs"] = False

        self._parse(part, start, end)
        kinds: dict[int, str] = {}
        for index, number_format in enumerate(formats):
            code = custom[number_format] if number_format in custom else BUILTIN_FORMATS.get(number_format)
            if not code:
                continue
            if _is_date_format(code):
                kinds[index] = "date"
            elif _is_percent_format(code):
                kinds[index] = "percent"
        return kinds


# openpyxl's epochs (openpyxl.utils.datetime) and its reading of a number format, kept here so that
# the budget importer's calamine path does not import openpyxl (about 0.1 s) only for them.
CALENDAR_WINDOWS_1900 = datetime(1899, 12, 30)
CALENDAR_MAC_1904 = datetime(1904, 1, 1)
# Excel's built-in number formats (ECMA-376 18.8.30), as openpyxl.styles.numbers.BUILTIN_FORMATS.
BUILTIN_FORMATS = {
    0: "General", 1: "0", 2: "0.00", 3: "#,##0", 4: "#,##0.00", 5: '"$"#,##0_);("$"#,##0)',
    6: '"$"#,##0_);[Red]("$"#,##0)', 7: '"$"#,##0.00_);("$"#,##0.00)', 8: '"$"#,##0.00_);[Red]("$"#,##0.00)',
    9: "0%", 10: "0.00%", 11: "0.00E+00", 12: "# ?/?", 13: "# ??/??", 14: "mm-dd-yy", 15: "d-mmm-yy", 16: "d-mmm",
    17: "mmm-yy", 18: "h:mm AM/PM", 19: "h:mm:ss AM/PM", 20: "h:mm", 21: "h:mm:ss", 22: "m/d/yy h:mm",
    37: "#,##0_);(#,##0)", 38: "#,##0_);[Red](#,##0)", 39: "#,##0.00_);(#,##0.00)", 40: "#,##0.00_);[Red](#,##0.00)",
    41: '_(* #,##0_);_(* \\(#,##0\\);_(* "-"_);_(@_)', 42: '_("$"* #,##0_);_("$"* \\(#,##0\\);_("$"* "-"_);_(@_)',
    43: '_(* #,##0.00_);_(* \\(#,##0.00\\);_(* "-"??_);_(@_)',
    44: '_("$"* #,##0.00_)_("$"* \\(#,##0.00\\)_("$"* "-"??_)_(@_)', 45: "mm:ss", 46: "[h]:mm:ss", 47: "mmss.0",
    48: "##0.0E+0", 49: "@",
}
# Quoted text, and anything in square brackets except elapsed hours, minutes or seconds.
_DATE_STRIP = re.compile(r'".*?"|\[(?!hh?\]|mm?\]|ss?\])[^\]]*\]')
_DATE_PART = re.compile(r"(?<![_\\])[dmhysDMHYS]")


def _is_date_format(code: str) -> bool:
    """Whether a number format shows a date or time, as openpyxl's ``is_date_format`` decides."""
    return _DATE_PART.search(_DATE_STRIP.sub("", code.split(";")[0])) is not None


_FORMAT_LITERAL = re.compile(r'"[^"]*"?|\\.|[_*].|\[[^\]]*\]?')  # quoted text, escaped and padding characters, [Red]


def _is_percent_format(code: str) -> bool:
    """Whether a number format shows its number times a hundred with «%»: ``0%``, ``0.0 %``;
    a «%» inside quotes (``0 "%"``), escaped (``0\\%``) or in brackets is only text."""
    return "%" in code and "%" in _FORMAT_LITERAL.sub("", code)


def _resolve(folder: str, target: str) -> str:
    """A relationship's target as a name in the archive: relative to the part's folder, or from
    the root when it starts with «/»; «..» resolved."""
    path = target.lstrip("/") if target.startswith("/") else (f"{folder}/{target}" if folder else target)
    parts: list[str] = []
    for piece in path.replace("\\", "/").split("/"):
        if piece == "..":
            if parts:
                parts.pop()
        elif piece and piece != ".":
            parts.append(piece)
    return "/".join(parts)


class _SheetParser:
    """Cell values of a sheet's XML, streamed through expat's C parser.

    Several times faster than openpyxl's read-only reader, which with defusedxml parses in
    pure Python. As safe: a document type declaration (the only place an entity can be
    declared) is refused outright; Excel never writes one. Values are converted as openpyxl
    does (shared strings, booleans, numbers, dates by the cell's number format). Bounded: no
    row past ``max_rows``, no column past XFD, and at most ``max_cells`` cells and padding
    (a stray cell far to the right fills its row up to it) and a few elements per cell.
    """

    def __init__(self, strings: Sequence[str], date_styles: set[int], epoch: object, max_rows: int,
                 max_cells: int, where: str) -> None:
        from openpyxl.utils.datetime import from_excel, from_ISO8601

        self.from_excel, self.from_iso = from_excel, from_ISO8601
        self.strings, self.date_styles, self.epoch = strings, date_styles, epoch
        self.max_rows, self.max_cells, self.where = max_rows, max_cells, where
        self.budget = max_cells  # cells and padding still allowed
        self.elements = 4 * max_cells + 10_000  # elements still allowed: c, v, is, t, r per cell at most
        self.rows: list[list[object]] = []
        self.row: list[object] | None = None
        self.column = 0
        self.kind = "n"
        self.style = 0
        self.text: list[str] | None = None
        self.cell_text: list[str] = []
        self.in_phonetic = False
        self.formula: list[str] | None = None  # the formula of the cell being read, if it has one
        self.marks: dict[tuple[int, int], Mark] = {}
        self.number_styles: dict[int, str] = {}  # style -> «percent»/«date»: such number cells are marked too
        self.counted = 0  # formulas without values and error values (the limit is on these)
        self.hidden_rows: set[int] = set()
        self.merged: list[tuple[tuple[int, int], tuple[int, int]]] = []

    def parse(self, source: IO[bytes]) -> list[list[object]]:
        _feed(_expat(self.start, self.end, self.data), source)
        return self.rows

    def _too_many_cells(self) -> SpreadsheetError:
        return SpreadsheetError(
            f"{self.where} har flere enn {_grouped(self.max_cells)} celler, som er grensen. "
            "Ofte er det en celle langt ute til høyre eller langt nede; slett tomme rader og kolonner etter "
            "tabellen i Excel, eller del opp filen."
        )

    def start(self, name: str, attrs: dict[str, str]) -> None:
        self.elements -= 1
        if self.elements < 0:
            raise self._too_many_cells()
        tag = _local(name)
        if tag == "c":
            ref = attrs.get("r")
            self.column = _column_index(ref) if ref else self.column + 1
            if self.column > MAX_COLUMN:
                raise SpreadsheetError(
                    f"{self.where} har en celle i kolonne {_short_text(ref or str(self.column))}, etter Excels siste "
                    "kolonne (XFD). Filen er skadet eller ikke laget av Excel; åpne den i Excel og lagre den på nytt."
                )
            self.kind = attrs.get("t", "n")
            style = attrs.get("s")
            self.style = int(style) if style else 0
            self.cell_text = []
            self.formula = None
            self.budget -= 1
            if self.budget < 0:
                raise self._too_many_cells()
        elif tag == "v" or (tag == "t" and not self.in_phonetic):
            self.text = self.cell_text
        elif tag == "f":
            self.formula = []
            self.text = self.formula
        elif tag == "mergeCell":
            self._merge(attrs.get("ref", ""))
        elif tag == "row":
            number = attrs.get("r")
            wanted = _row_number(number, self.where) if number else len(self.rows) + 1
            if wanted > self.max_rows:
                raise SpreadsheetError(
                    f"{self.where} har flere enn {_grouped(self.max_rows)} rader, som er grensen. "
                    "Del opp filen, eller ta bort tomme og overflødige rader."
                )
            while len(self.rows) < wanted - 1:  # rows Excel left out because they are empty
                self.rows.append([])
            if attrs.get("hidden", "").strip().lower() in ("1", "true"):
                self.hidden_rows.add(wanted)
            self.row = []
            self.column = 0
        elif tag == "rPh":  # phonetic guide text (Japanese): not part of the value
            self.in_phonetic = True

    def end(self, name: str) -> None:
        tag = _local(name)
        if tag == "c":
            if self.row is not None and self.column > 0:
                self._mark()
            if self.row is not None and self.cell_text:
                value = self._value("".join(self.cell_text))
                if value is not None and self.column > 0:
                    index = self.column - 1
                    if index >= len(self.row):
                        padding = index + 1 - len(self.row)
                        self.budget -= padding
                        if self.budget < 0:
                            raise self._too_many_cells()
                        self.row.extend([None] * padding)
                    self.row[index] = value
        elif tag in ("v", "t", "f"):
            self.text = None
        elif tag == "row":
            if self.row is not None:
                self.rows.append(self.row)
                self.row = None
        elif tag == "rPh":
            self.in_phonetic = False

    def data(self, text: str) -> None:
        if self.text is not None:
            self.text.append(text)

    def _mark(self) -> None:
        """Remember a formula without a saved value, or an error value, in the cell just read."""
        saved = "".join(self.cell_text).strip()
        if self.kind == "e" and saved:
            mark = Mark("error", saved)
        elif self.formula is not None and not saved:
            mark = Mark("formula", "".join(self.formula).strip())
        elif saved and self.kind == "n" and self.style in self.number_styles:
            self.marks[(len(self.rows) + 1, self.column - 1)] = Mark(self.number_styles[self.style], saved)
            return
        else:
            return
        self.counted += 1
        if self.counted > MAX_MARKS:
            raise SpreadsheetError(
                f"{self.where} har over {_grouped(MAX_MARKS)} formler uten lagret verdi eller feilverdier. Åpne "
                "filen i Excel, lagre den, og prøv igjen.")
        self.marks[(len(self.rows) + 1, self.column - 1)] = mark

    def _merge(self, ref: str) -> None:
        first, _, last = ref.partition(":")
        if not last or len(self.merged) >= 10_000:
            return
        try:
            top, bottom = _row_number(first.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz") or "0",
                                      self.where), _row_number(
                last.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz") or "0", self.where)
        except SpreadsheetError:
            return
        left, right = _column_index(first) - 1, _column_index(last) - 1
        if 0 < top <= bottom and 0 <= left <= right:
            self.merged.append(((top - 1, left), (bottom - 1, right)))

    def _value(self, text: str) -> object:
        kind = self.kind
        if kind == "s":
            return self.strings[int(text)]
        if kind in ("str", "inlineStr", "e"):
            return text
        if kind == "b":
            return text.strip() == "1"
        if kind == "d":
            return self.from_iso(text.strip())
        try:
            number: int | float = int(text)
        except ValueError:
            number = float(text)
        if self.style in self.date_styles:
            try:
                return self.from_excel(number, self.epoch)
            except (OverflowError, ValueError):
                return number
        return number


def _row_number(text: str, where: str) -> int:
    try:
        return int(float(text)) if "." in text or "e" in text.lower() else int(text)
    except (ValueError, OverflowError):
        raise SpreadsheetError(
            f"{where} har en rad med ugyldig radnummer «{_short_text(text)}». Filen er skadet eller ikke laget av "
            "Excel; åpne den i Excel og lagre den på nytt som .xlsx."
        ) from None


def _short_text(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _column_index(ref: str) -> int:
    """1 for «A7», 28 for «AB7»; past XFD (16 384) it stops counting, so a hostile reference
    cannot make a huge number."""
    column = 0
    for char in ref:
        if "A" <= char <= "Z":
            column = column * 26 + ord(char) - 64
        elif "a" <= char <= "z":
            column = column * 26 + ord(char) - 96
        else:
            break
        if column > MAX_COLUMN:
            return MAX_COLUMN + 1
    return column


# --- CSV / text ------------------------------------------------------------------------------


def _decode(path: Path, data: bytes | None = None) -> str:
    """The text of a CSV file (``data``: its bytes, when the caller has read them already)."""
    if data is None:
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise cannot_open(path, exc) from exc
    try:
        if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):  # Excel's «Unicode-tekst»
            return data.decode("utf-16")
        utf16 = _utf16_without_bom(data)
        if utf16:
            return data.decode(utf16)
    except UnicodeDecodeError as exc:
        raise SpreadsheetError(
            f"«{path.name}» er UTF-16-tekst, men ufullstendig eller skadet ({exc.reason} ved byte {exc.start}). "
            "Lagre filen på nytt som «CSV UTF-8» fra Excel og prøv igjen."
        ) from exc
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        raise SpreadsheetError(
            f"Tegnkodingen i «{path.name}» er ukjent (verken UTF-8 eller Windows-1252). "
            "Lagre filen som «CSV UTF-8» fra Excel og prøv igjen."
        ) from None
    _refuse_garbled(path.name, text)
    return text


def _utf16_without_bom(data: bytes) -> str | None:
    """«utf-16-le» or «utf-16-be» when the text is plainly UTF-16 without a byte order mark
    (every other byte zero in mostly Latin text), else None."""
    sample = data[:4096]
    half = len(sample) // 2
    if half < 2:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    if odd >= 0.4 * half and even == 0:
        return "utf-16-le"
    if even >= 0.4 * half and odd == 0:
        return "utf-16-be"
    return None


# Characters Norwegian text has next to a letter: quotes, dashes, non-breaking space.
_NON_ASCII_RUN = re.compile("[^\x00-\x7f«»‘’“”–—…\u00a0\u202f·°§]+")


def _refuse_garbled(name: str, text: str) -> None:
    """Refuse text read as Windows-1252 that was written in another encoding.

    Chinese, Japanese and Korean encodings (which the standalone program does not carry) and
    UTF-8 with a damaged byte all decode as Windows-1252 without an error, but as pairs of
    accented letters and signs («Ã¸», «¼­»); Norwegian text has its æ, ø and å one at a time.
    """
    runs = _NON_ASCII_RUN.findall(text)
    paired = sum(len(run) for run in runs if len(run) > 1)
    if paired >= 6 and paired > 0.5 * sum(map(len, runs)):
        first = next(run for run in runs if len(run) > 1)
        line = text.count("\n", 0, text.find(first)) + 1
        raise SpreadsheetError(
            f"Tegnkodingen i «{name}» ser ikke ut til å være UTF-8 eller Windows-1252: tegnene står to og to "
            f"(«{first[:12]}» i rad {line}), slik kinesisk, japansk eller koreansk tekst eller en skadet UTF-8-fil "
            "blir seende ut. Åpne filen i Excel eller Notisblokk, lagre den som «CSV UTF-8», og prøv igjen."
        )


def _sniff_delimiter(text: str) -> str:
    """The candidate that splits the most sample lines into the same number (> 1) of fields."""
    head = text[:65536]  # 60 lines are plenty, and a 50 MB line must not be copied three times
    lines = [line for line in head.splitlines()[:60] if line.strip()]
    sample = "\n".join(lines)
    best, best_score = ";", (0, 0)
    for delimiter in CSV_DELIMITERS:
        counts: Counter[int] = Counter()  # lines read as rows of each width (a quoted line break: several)
        try:
            reader = csv.reader(io.StringIO(sample), delimiter=delimiter)
            seen = 0
            for row in reader:
                if row:
                    counts[len(row)] += reader.line_num - seen
                seen = reader.line_num
        except csv.Error:  # a field past the csv module's limit: not this delimiter, at least
            continue
        widths = [(n, width) for width, n in counts.items() if width > 1]
        if not widths:
            continue
        score = max(widths)  # (lines in rows of that width, the width)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def csv_problem(name: str, line: int, exc: csv.Error) -> SpreadsheetError:
    """A Norwegian message for what the csv module raised near ``line``."""
    if "field larger than field limit" in str(exc):
        limit = _grouped(csv.field_size_limit())
        return SpreadsheetError(
            f"«{name}» har en celle med mer enn {limit} tegn nær rad {line}; det er ikke en tabell fra et regneark. "
            "Kontroller at det er riktig fil, eller lagre den på nytt fra Excel."
        )
    return SpreadsheetError(
        f"«{name}» kan ikke leses som CSV nær rad {line} ({exc}). "
        "Kontroller anførselstegnene i raden, eller lagre filen på nytt fra Excel."
    )


def _read_text(path: Path, max_rows: int) -> Table:
    text = _decode(path)
    if "\x00" in text:
        raise SpreadsheetError(
            f"«{path.name}» inneholder binære data og er ikke en tekstfil (CSV). Er det en Excel-fil med feil "
            f"filendelse? {HOW_TO_SAVE}"
        )
    rows = csv_rows(path.name, text, _sniff_delimiter(text))
    cells = ([cell if cell.strip() else None for cell in row] for _line, row in rows)
    return Table(path.name, None, [], _collect(cells, max_rows, f"«{path.name}»"))


MAX_CSV_LINE = 1_000_000  # characters on one line: a municipal export's line is well under a thousand
MAX_CSV_FIELDS = 1_000  # fields in one row: Excel's sheets hold 16 384 columns, budget exports about twenty


def csv_rows(name: str, text: str, delimiter: str) -> Iterator[tuple[int, list[str]]]:
    """The rows of CSV text as (line number where the row ends, fields), refusing what the csv
    module would read as something else than what was written: a line over
    :data:`MAX_CSV_LINE` characters or a row over :data:`MAX_CSV_FIELDS` fields (refused before
    it is split, not after minutes), and a quote that opens a field and is never closed where it
    should be. The csv module reads such a field on through the following lines, so the rest of
    the file (or the rows up to the next quote) becomes the text of one field and is lost without
    a word; a quoted field may hold a line break, but not lines that are themselves rows."""
    count = 0  # lines read
    pending: list[str] = []  # the physical lines of the row being read

    if len(text) > MAX_CSV_LINE and len(text) > MAX_CSV_LINE * (text.count("\n") + 1):
        # Some line is surely too long: find it before the text is copied into a reader.
        begin = 0
        for number in range(1, text.count("\n") + 2):
            end = text.find("\n", begin)
            end = len(text) if end < 0 else end + 1
            if end - begin > MAX_CSV_LINE:
                raise _long_line(name, number, end - begin)
            begin = end

    def lines() -> Iterator[str]:
        nonlocal count
        for line in io.StringIO(text, newline=""):
            count += 1
            if len(line) > MAX_CSV_LINE:
                raise _long_line(name, count, len(line))
            pending.append(line)
            yield line

    reader = csv.reader(lines(), delimiter=delimiter)
    header: list[str] = []
    row: list[str] = []
    last: list[str] = []
    try:
        for row in reader:
            last = pending[:]
            pending.clear()
            start = count - len(last) + 1
            if len(row) > MAX_CSV_FIELDS:
                raise SpreadsheetError(
                    f"Rad {start} i «{name}» har {_grouped(len(row))} felt; grensen er {_grouped(MAX_CSV_FIELDS)}. "
                    "Det er ikke en tabell fra et regneark eller økonomisystem: kontroller at det er riktig fil, "
                    "eller lagre den på nytt fra Excel.")
            if len(last) > 1:
                _check_line_breaks(name, delimiter, start, row, header, last)
            if not header and sum(1 for cell in row if cell.strip()) > 1:
                header = row
            elif 0 < len(row) < len(header):
                _check_other_delimiter(name, delimiter, start, row, header)
            yield reader.line_num, row
    except csv.Error as exc:
        raise csv_problem(name, reader.line_num, exc) from exc
    if any('"' in line for line in last) and _never_closed(last, delimiter):
        # The csv module ends a quoted field at the end of the file without a word.
        raise _quote_problem(name, count - len(last) + 1, max(len(row) - 1, 0), header,
                             "aldri lukkes, så resten av raden leses som tekst i ett felt")


def _check_other_delimiter(name: str, delimiter: str, start: int, row: list[str], header: list[str]) -> None:
    """Refuse a row narrower than the header whose text another delimiter splits into as many
    fields as the header has: «1001,10100,600» in a file of «;» is one field, which would be read
    as one code and no amount (a heading) and left out without a word."""
    line = delimiter.join(row)
    for other in CSV_DELIMITERS:
        if other != delimiter and other in line and len(line.split(other)) >= len(header):
            index = next(i for i, cell in enumerate(row) if other in cell)
            column = f"kolonne {index + 1}" + (f" («{_short_text(header[index].strip())}»)"
                                               if index < len(header) and header[index].strip() else "")
            raise SpreadsheetError(
                f"Rad {start}, {column} i «{name}» har {len(row)} felt, men overskriftsraden har {len(header)}: "
                f"feltene i raden er skilt med {_DELIMITER_NAMES[other]}, ikke med {_DELIMITER_NAMES[delimiter]} "
                f"som resten av filen («{_short_text(line, 80)}»). Lagre filen på nytt med samme skilletegn på alle "
                "rader, og importer igjen.")


_DELIMITER_NAMES = {";": "semikolon", ",": "komma", "\t": "tabulator"}


def _long_line(name: str, number: int, length: int) -> SpreadsheetError:
    return SpreadsheetError(
        f"Rad {number} i «{name}» er {_grouped(length)} tegn lang; grensen er {_grouped(MAX_CSV_LINE)} tegn per "
        "linje. Det er ikke en tabell fra et regneark eller økonomisystem: kontroller at det er riktig fil, eller "
        "lagre den på nytt fra Excel.")


def _quote_problem(name: str, start: int, index: int, header: list[str], how: str) -> SpreadsheetError:
    column = f"kolonne {index + 1}"
    if index < len(header) and header[index].strip():
        column += f" («{_short_text(header[index].strip())}»)"
    return SpreadsheetError(
        f"Rad {start}, {column} i «{name}» begynner med et anførselstegn som {how}, og tallene der ville gått tapt. "
        "Rett feltet (fjern anførselstegnet, eller skriv det dobbelt, «\"\"», inne i en tekst i anførselstegn) "
        "eller lagre filen på nytt fra Excel, og importer igjen.")


def _never_closed(lines: list[str], delimiter: str) -> bool:
    """Whether the row read from ``lines`` ends in a quoted field the file never closes."""
    try:
        list(csv.reader(lines, delimiter=delimiter, strict=True))
    except csv.Error as exc:
        return "unexpected end of data" in str(exc)
    return False


def _check_line_breaks(name: str, delimiter: str, start: int, row: list[str], header: list[str],
                       lines: list[str]) -> None:
    """A row read from several lines: a quoted field holds the line breaks. Refused when the
    lines it swallowed look like rows of the file (several delimiters on a line)."""
    enough = max(2, (max(len(header), len(row)) - 1) // 2)
    for index, cell in enumerate(row):
        if "\n" not in cell and "\r" not in cell:
            continue
        if any(line.count(delimiter) >= enough for line in cell.splitlines()[1:]):
            how = (f"aldri lukkes, så resten av filen ({len(lines) - 1} linjer) leses som tekst i ett felt"
                   if _never_closed(lines, delimiter) else
                   f"først lukkes {len(lines) - 1} linjer senere, så linjene imellom leses som tekst i ett felt")
            raise _quote_problem(name, start, index, header, how)


# --- shared ----------------------------------------------------------------------------------


def _collect(source: Iterable[Sequence[object]], max_rows: int, where: str) -> list[list[object]]:
    rows: list[list[object]] = []
    last_filled = 0
    for row in source:
        if len(rows) >= max_rows:
            raise SpreadsheetError(
                f"{where} har flere enn {_grouped(max_rows)} rader, som er grensen. "
                "Del opp filen, eller ta bort tomme og overflødige rader."
            )
        cells = list(row)
        while cells and (cells[-1] is None or (isinstance(cells[-1], str) and not cells[-1].strip())):
            cells.pop()
        rows.append(cells)
        if cells:
            last_filled = len(rows)
    del rows[last_filled:]
    return rows


def _grouped(n: int) -> str:
    return f"{n:,}".replace(",", " ")


def _mb(size: int) -> str:
    return f"{size / (1024 * 1024):.0f} MB" if size >= 1024 * 1024 else f"{size / 1024:.0f} kB"


def _short(exc: BaseException) -> str:
    text = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    return text[:200]


# --- rows for an importer: calamine for speed, marks from the XML ------------------------------

# python-calamine allocates every cell of a sheet's rectangle, 32 bytes each (an OpenDocument
# sheet about twice that while it expands repeats): at most about 512 MB.
CALAMINE_MAX_CELLS = 16_000_000
ODS_MAX_CELLS = 8_000_000
CALAMINE_SUFFIXES = EXCEL_SUFFIXES | {".xls", ".xlsb", ".ods"}
_DIMENSION = re.compile(rb'<(?:\w+:)?dimension\s+ref="[A-Za-z]{1,3}\d+:[A-Za-z]{1,3}(\d+)"')
_UNIQUE_COUNT = re.compile(rb"""\suniqueCount\s*=\s*["'](\d+)["']""")


@dataclass
class RowSource:
    """A sheet (or CSV file) as an importer reads it: rows streamed as (Excel row, cells).

    ``cells[i]`` is column ``column_offset + i`` (0: A). ``marks`` (keyed by Excel row and
    absolute column from 0) says which cells hold a formula without a saved value or an error
    value: their value in ``cells`` is empty (calamine) or the error text. ``merged`` ranges are
    0-based and absolute; ``hidden_rows`` are Excel rows. ``text_file``: read from CSV/text, whose
    field delimiter is ``delimiter``.
    """

    file_name: str
    sheet: str | None
    sheet_names: list[str]
    rows: Iterator[tuple[int, Sequence[object]]]
    column_offset: int = 0
    merged: list[tuple[tuple[int, int], tuple[int, int]]] = field(default_factory=list)
    marks: dict[tuple[int, int], Mark] = field(default_factory=dict)
    hidden_rows: set[int] = field(default_factory=set)
    text_file: bool = False
    delimiter: str = ""  # a CSV file's field delimiter

    def where(self, row: int | None = None) -> str:
        """«fil.xlsx», arket «Ark1», rad 7 — for messages."""
        return place(self.file_name, self.sheet, row)


def open_rows(path: Path | str, *, sheet: str | None = None, max_rows: int = MAX_ROWS,
              max_bytes: int = MAX_BYTES, data: bytes | None = None) -> RowSource:
    """Open one sheet of a spreadsheet (xlsx/xlsm/xls/xlsb/ods) or a CSV/text file for reading
    row by row; ``data``: the file's bytes, when the caller has read them already.

    Before python-calamine sees an archive, its parts are counted, its unpacked size is
    checked, XML parts declaring a DTD are refused, and how far each sheet's cells reach is
    read from the references (calamine allocates the whole rectangle): a sheet that reaches too
    far is read with the bounded expat reader instead. The same pass collects the sheet's
    :class:`Mark` s (calamine gives a formula without a saved value and an error value alike as
    an empty cell); a legacy .xls's error, percent and date cells are found by xlrd
    (:func:`xls_marks`), an .xlsb's error cells in its records (:func:`xlsb_marks`). Raises
    :class:`SpreadsheetError`.
    """
    path = Path(path)
    name = path.name
    if data is None:
        if path.is_dir():
            raise SpreadsheetError(f"«{path}» er en mappe, ikke en fil. Velg regnearket i mappen.")
        if not path.is_file():
            raise SpreadsheetError(f"Finner ikke filen «{path}». Kontroller navnet og mappen.")
        size = path.stat().st_size
        if size > max_bytes:
            raise SpreadsheetError(
                f"Filen «{name}» er for stor ({_mb(size)}); grensen er {_mb(max_bytes)}. Del den opp, eller ta bare "
                "med arket som skal importeres.")
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise cannot_open(path, exc) from exc
    suffix = path.suffix.lower()
    head = data[:8]
    if not data.strip():
        raise SpreadsheetError(f"«{name}» er tom (0 byte med innhold). Velg filen med tallene.")
    try:
        import python_calamine  # noqa: F401

        have_calamine = True
    except ImportError:
        have_calamine = False
    if head.startswith(OLE_MAGIC):
        if any(marker in data for marker in ENCRYPTION_MARKERS):
            raise _password_error(name)
        if have_calamine and suffix in (".xls", ".xlt", ""):
            source = _read_calamine(path, sheet, max_rows, {}, {})
            assert source is not None  # without scanners there is nothing to match
            source.marks, source.hidden_rows = xls_marks(name, data, source.sheet)
            return source
        raise SpreadsheetError(f"«{name}» er et gammelt Office-dokument som ikke kan leses her. {HOW_TO_SAVE}")
    if head.startswith(ZIP_MAGIC) or suffix in CALAMINE_SUFFIXES:
        if not head.startswith(ZIP_MAGIC) and suffix != ".xls":
            if _looks_like_text(data):
                raise SpreadsheetError(
                    f"«{name}» er ikke et {suffix}-regneark, men ser ut som en tekstfil (CSV) lagret med feil "
                    f"filendelse. Gi filen endelsen .csv og importer den, eller åpne den i Excel og lagre den som "
                    "«Excel-arbeidsbok (*.xlsx)».")
            raise _unreadable(name, f"filen er ikke et zip-arkiv slik en {suffix}-fil skal være")
        fits, marks, parts = True, dict[str, MarkScanner](), dict[str, str]()
        if head.startswith(ZIP_MAGIC):
            fits, marks, parts = _check_archive(path, data, max_bytes, max_rows)
        if have_calamine and fits:
            read = _read_calamine(path, sheet, max_rows, marks, parts)
            if read is not None:
                if suffix == ".xlsb" and head.startswith(ZIP_MAGIC):
                    read.marks = xlsb_marks(name, data, read.sheet)
                return read
            if suffix == ".ods":  # the expat reader reads no OpenDocument
                raise SpreadsheetError(
                    f"Kan ikke avgjøre hvilke celler i «{name}» som har formler uten lagret verdi eller "
                    "feilverdier: to ark har samme navn, eller et arknavn har tabulator eller linjeskift. Gi arket "
                    "et entydig navn uten slike tegn, lagre filen, og importer på nytt.", hint=Hint("choose_sheet"))
        return _read_fallback(path, sheet, max_rows, max_bytes)
    if sheet is not None:
        raise SpreadsheetError(f"«{name}» er en tekstfil (CSV) og har ingen ark; ta bort valget av ark «{sheet}».",
                               hint=Hint("choose_sheet"))
    return _read_text_rows(path, data, max_rows)


def _looks_like_text(data: bytes) -> bool:
    """Whether the file's start is text (UTF-8, UTF-16 or Windows-1252 without control
    characters) with lines or delimiters: a CSV saved under a spreadsheet's ending."""
    sample = data[:4096]
    if sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = sample.decode("utf-16", "ignore")
    else:
        try:
            text = sample.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = sample.decode("utf-8-sig", "ignore") if len(sample) == 4096 else sample.decode("cp1252", "replace")
    if any(ord(char) < 32 and char not in "\t\r\n" for char in text):
        return False
    return any(mark in text for mark in ("\n", ";", ",", "\t"))


def _unreadable(name: str, detail: str) -> SpreadsheetError:
    return SpreadsheetError(
        f"«{name}» er skadet eller ufullstendig og kan ikke leses ({detail}). Lagre den på nytt fra Excel, "
        "eller be om en ny kopi fra økonomisystemet."
    )


def _check_archive(path: Path, data: bytes, max_bytes: int, max_rows: int
                   ) -> tuple[bool, dict[str, MarkScanner], dict[str, str]]:
    """Refuse a damaged archive, one that unpacks to more than ``max_bytes``, or XML with a DTD.

    Returns whether calamine may read it (False when a worksheet reaches so far that calamine's
    rectangle of cells would not fit in :data:`CALAMINE_MAX_CELLS`), each worksheet part's
    marks, and sheet name -> worksheet part.
    """
    name = path.name
    scanners: dict[str, MarkScanner] = {}
    parts: dict[str, str] = {}
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            roots = inspect_archive(archive, name, max_bytes)
            members = set(archive.namelist())
            suffix = path.suffix.lower()
            locals_ = {part: root.rpartition(":")[2] for part, root in roots.items()}
            if "content.xml" in members and "workbook" not in locals_.values():
                if suffix != ".ods":
                    raise SpreadsheetError(
                        f"«{name}» er et OpenDocument-regneark (.ods) med feil filendelse. Gi filen endelsen .ods, "
                        f"eller {HOW_TO_SAVE[0].lower()}{HOW_TO_SAVE[1:]}")
                found: dict[str, dict[tuple[int, int], Mark]] = {}
                cells = ods_extent(archive, name, found)
                if cells.cells > ODS_MAX_CELLS:
                    raise _too_many_cells(f"«{name}»", cells.rows, cells.columns)
                for table, table_marks in found.items():
                    scanner = scanners[table] = MarkScanner(f"«{name}»")
                    scanner.marks = table_marks
                    parts[table] = table
                return True, scanners, parts
            if not any(m.endswith(("workbook.xml", "workbook.bin")) for m in members):
                raise SpreadsheetError(f"«{name}» er en zip-fil, men ikke et regneark. {HOW_TO_SAVE}")
            if any(m.endswith("workbook.bin") for m in members) and suffix != ".xlsb":
                raise SpreadsheetError(
                    f"«{name}» er en binær Excel-arbeidsbok (.xlsb) med feil filendelse. Gi filen endelsen .xlsb, "
                    f"eller {HOW_TO_SAVE[0].lower()}{HOW_TO_SAVE[1:]}")
            fits = True
            book = _Book(archive, name, MAX_CELLS) if any(m.endswith("workbook.xml") for m in members) else None
            styles = book.number_styles() if book is not None else {}  # styles.xml: small, read bounded by expat
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
                scanner = scanners[part] = MarkScanner(f"«{name}»", styles)
                extent = worksheet_extent(archive, info, max_rows=max_rows, max_cells=CALAMINE_MAX_CELLS,
                                          prefix=root.rpartition(":")[0] + ":" if ":" in root else "", marks=scanner)
                if extent.exact and extent.rows > max_rows:
                    raise _too_many_rows(f"«{name}»", extent.rows, max_rows)
                fits = (fits and extent.cells <= CALAMINE_MAX_CELLS and extent.columns <= MAX_COLUMN
                        and not scanner.markup)
            if book is not None and any(s.marks or s.hidden_rows for s in scanners.values()):
                # Two sheets of one name: which one calamine reads cannot be told from the name.
                counted = Counter(sheet.name for sheet in book.sheets)
                parts = {sheet.name: sheet.target if counted[sheet.name] == 1 else "" for sheet in book.sheets}
            return fits, scanners, parts
    except SpreadsheetError:
        raise
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError, RuntimeError) as exc:
        raise _unreadable(name, str(exc)[:200] or type(exc).__name__) from exc
    except Exception as exc:  # zlib.error and friends from a damaged member
        raise _unreadable(name, f"{type(exc).__name__}: {str(exc)[:200]}") from exc


def _check_string_count(archive: zipfile.ZipFile, info: zipfile.ZipInfo, name: str) -> None:
    """Refuse a shared-strings part that claims more strings than it could hold: calamine sets
    aside room for the claimed number before reading them (10 digits there ended the program)."""
    with archive.open(info) as member:
        head = member.read(65536)
    claimed = _UNIQUE_COUNT.search(head[:head.find(b">", head.find(b"sst")) + 1])
    if claimed and int(claimed.group(1)) > info.file_size // 5:  # «<si/>» is the shortest string
        raise _unreadable(name, f"«{info.filename}» sier at den har {_grouped(int(claimed.group(1)))} tekster, "
                                f"men er bare {_mb(info.file_size)}")


def _letter(index: int) -> str:
    from app.io.columns import column_letter

    return column_letter(index)


def _too_many_cells(where: str, rows: int, columns: int) -> SpreadsheetError:
    return SpreadsheetError(
        f"{where} har celler helt ut til rad {_grouped(rows)} og kolonne {_letter(columns - 1)}, "
        "langt mer enn et regnskap trenger, og er ikke lest. Ofte er det en celle langt ute til høyre eller "
        "langt nede: slett tomme rader og kolonner etter tabellen, eller del opp filen."
    )


def _too_many_rows(where: str, rows: int, max_rows: int) -> SpreadsheetError:
    return SpreadsheetError(
        f"{where} har {_grouped(rows)} rader; grensen er {_grouped(max_rows)} rader, langt over det en kommunes "
        "regnskap trenger. Del opp filen (for eksempel per måned), eller ta bort tomme og overflødige rader."
    )


def _choose(file_name: str, sheets: list[tuple[str, bool]], wanted: str | None) -> str:
    """The sheet named ``wanted`` (exact, then ignoring case), else the first visible one."""
    if not sheets:
        raise SpreadsheetError(f"Arbeidsboken «{file_name}» har ingen regneark med celler.")
    listing = ", ".join(f"«{n}»" + ("" if visible else " (skjult)") for n, visible in sheets)
    if wanted is not None:
        folded = wanted.strip().casefold()
        for match in (lambda n: n == wanted, lambda n: n.strip().casefold() == folded):
            for candidate, _visible in sheets:
                if match(candidate):
                    return candidate
        raise SpreadsheetError(f"Arbeidsboken «{file_name}» har ikke arket «{wanted}». Arkene er: {listing}.",
                               hint=Hint("choose_sheet", value=wanted))
    for candidate, visible in sheets:
        if visible:
            return candidate
    raise SpreadsheetError(f"Alle arkene i «{file_name}» er skjult ({listing}). Velg et ark ved navn.",
                           hint=Hint("choose_sheet"))


def _password_error(name: str) -> SpreadsheetError:
    return SpreadsheetError(
        f"Arbeidsboken «{name}» er passordbeskyttet (kryptert) og kan ikke leses. Åpne den i Excel, ta bort "
        "passordet (Fil → Info → Beskytt arbeidsbok → Krypter med passord) og lagre på nytt."
    )


def _part_of(sheet: str, parts: dict[str, str]) -> str | None:
    """The part (or OpenDocument table) of the sheet calamine calls ``sheet``; None or «» when it
    cannot be told. calamine keeps a tab or line break written in a sheet's name as it is, where
    an XML parser reads it as a space (attribute value normalisation)."""
    if sheet in parts:
        return parts[sheet]
    spaced = _ATTRIBUTE_SPACE.sub(" ", sheet)
    return parts.get(spaced) if spaced != sheet else None


_ATTRIBUTE_SPACE = re.compile(r"\r\n|[\t\n\r]")


def _read_calamine(path: Path, sheet: str | None, max_rows: int, scanners: dict[str, MarkScanner],
                   parts: dict[str, str]) -> RowSource | None:
    """The sheet read by python-calamine, with the marks its part's scanner found; None when
    marks were found but the sheet calamine read cannot be matched with its part (two sheets of
    one name, a name the two readers spell differently), or when calamine does not know an
    error value in it: the caller then reads it with expat."""
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
            if "Unsupported cell error value" in str(exc) and path.suffix.lower() in EXCEL_SUFFIXES:
                # An error value calamine does not know (Excel 365's «#SPILL!», «#CALC!» …): expat reads it
                # as an error mark, refused only where a column is imported.
                return None
            raise _unreadable(name, f"arket «{chosen}»: {type(exc).__name__}: {str(exc)[:200]}") from exc
        if data.height == 0 or data.width == 0:
            raise SpreadsheetError(f"Arket «{chosen}» i «{name}» er tomt. Velg arket med tallene.",
                                   hint=Hint("choose_sheet"))
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
    scanner = None
    if any(s.marks or s.hidden_rows for s in scanners.values()):
        part = _part_of(chosen, parts)
        if not part:
            return None  # the sheet calamine read cannot be matched with the part its marks came from
        scanner = scanners.get(part)
    return RowSource(name, chosen, [n for n, _ in sheets], enumerate(rows, 1), column_offset=start_column,
                     merged=merged, marks=scanner.marks if scanner else {},
                     hidden_rows=scanner.hidden_rows if scanner else set())


def xls_marks(name: str, data: bytes, sheet: str | None) -> tuple[dict[tuple[int, int], Mark], set[int]]:
    """The error cells (``#DIV/0!`` …), the number cells shown as a percentage or a date
    (:class:`Mark` «percent», «date», as :class:`MarkScanner` finds them in an xlsx) and the
    hidden rows of one sheet of a legacy .xls, read with xlrd: calamine gives an .xls error cell
    as an empty cell, which would be imported as 0, and a percent cell as its bare number.

    A BIFF file always stores a formula's result, so an .xls has no «formula without a saved
    value»; its errors are the only cells whose value calamine cannot tell. If xlrd cannot read
    a file calamine could, nobody can say which cells are errors: the file is refused.
    """
    try:
        import xlrd
    except ImportError as exc:  # a broken installation: refuse rather than read errors as 0
        raise SpreadsheetError(f"«{name}» er i det gamle Excel-formatet (.xls), som ikke kan leses her. "
                               f"{HOW_TO_SAVE}") from exc
    marks: dict[tuple[int, int], Mark] = {}
    hidden: set[int] = set()
    book = None
    for formatting in (True, False):  # hidden rows need the formatting records; errors do not
        try:
            book = xlrd.open_workbook(file_contents=data, on_demand=True, formatting_info=formatting,
                                      ragged_rows=True, logfile=io.StringIO())
            break
        except Exception as exc:  # XLRDError, CompDocError and whatever a damaged file provokes
            if not formatting:
                raise _unreadable(name, f"{type(exc).__name__}: {_short(exc)}") from exc
    assert book is not None
    try:
        chosen = book.sheet_by_name(sheet) if sheet is not None else book.sheet_by_index(0)
        error, date, number = xlrd.XL_CELL_ERROR, xlrd.XL_CELL_DATE, xlrd.XL_CELL_NUMBER
        # The cell formats (XF records) showing a number as a percentage; xlrd itself types a
        # number shown as a date XL_CELL_DATE. Without the formatting records (a file xlrd reads
        # only without them) no percentage is known; its errors and dates still are.
        percent = {index for index, xf in enumerate(getattr(book, "xf_list", None) or [])
                   if (shown := book.format_map.get(xf.format_key)) is not None
                   and _is_percent_format(shown.format_str)}
        for r in range(chosen.nrows):
            types = chosen.row_types(r)
            if error in types or date in types or (percent and number in types):
                values = chosen.row_values(r)
                for c, kind in enumerate(types):
                    if kind == error:
                        marks[(r + 1, c)] = Mark("error", xlrd.error_text_from_code.get(values[c], "#FEIL"))
                    elif kind == date:
                        marks[(r + 1, c)] = Mark("date", format(values[c], ".15g"))
                    elif kind == number and percent and chosen.cell_xf_index(r, c) in percent:
                        marks[(r + 1, c)] = Mark("percent", format(values[c], ".15g"))
        for r, info in (getattr(chosen, "rowinfo_map", None) or {}).items():
            if info.hidden:
                hidden.add(r + 1)
    except Exception as exc:
        raise _unreadable(name, f"arket «{sheet}»: {type(exc).__name__}: {_short(exc)}") from exc
    finally:
        book.release_resources()
    return marks, hidden


# Records of a binary workbook (MS-XLSB 2.3): BrtRowHdr, BrtCellError, BrtFmlaError, BrtBundleSh.
_BRT_ROW, _BRT_CELL_ERROR, _BRT_FORMULA_ERROR, _BRT_SHEET = 0x0000, 0x0003, 0x000B, 0x009C
XLSB_ERRORS = {0x00: "#NULL!", 0x07: "#DIV/0!", 0x0F: "#VALUE!", 0x17: "#REF!", 0x1D: "#NAME?", 0x24: "#NUM!",
               0x2A: "#N/A", 0x2B: "#GETTING_DATA"}


def _xlsb_records(data: bytes) -> Iterator[tuple[int, int, int]]:
    """The records of an .xlsb part: (type, where its data starts, where it ends). A record
    running past the part's end ends the part (calamine stops there too)."""
    position, end = 0, len(data)
    while position < end:
        kind = data[position]
        position += 1
        if kind & 0x80:
            if position >= end:
                return
            kind = (kind & 0x7F) | ((data[position] & 0x7F) << 7)
            position += 1
        size = shift = 0
        for _ in range(4):
            if position >= end:
                return
            byte = data[position]
            position += 1
            size |= (byte & 0x7F) << shift
            shift += 7
            if not byte & 0x80:
                break
        if position + size > end:
            return
        yield kind, position, position + size
        position += size


def xlsb_marks(name: str, data: bytes, sheet: str | None) -> dict[tuple[int, int], Mark]:
    """The error cells (``#DIV/0!`` …) of one sheet of a binary workbook (.xlsb), which calamine
    gives as empty cells (to be imported as 0): found by walking the sheet's records
    (BrtCellError, and BrtFmlaError for a formula whose saved result is an error). Hidden rows
    and number formats of an .xlsb are not read. A sheet whose part cannot be found is refused:
    nobody could then say which of its cells are errors."""
    import struct

    marks: dict[tuple[int, int], Mark] = {}
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = set(archive.namelist())
            workbook = next((m for m in sorted(members) if m.endswith("workbook.bin")), None)
            if workbook is None:
                return marks
            folder = workbook.rpartition("/")[0]
            book = archive.read(workbook)
            sheets: list[tuple[str, str]] = []  # (name, relationship id)
            for kind, start, end in _xlsb_records(book):
                if kind == _BRT_SHEET and end - start >= 12:
                    texts, at = [], start + 8  # hsState, iTabID, then strRelID and strName
                    for _ in range(2):
                        (length,) = struct.unpack_from("<I", book, at)
                        if length > 0xFFFF or at + 4 + 2 * length > end:
                            break
                        texts.append(book[at + 4:at + 4 + 2 * length].decode("utf-16-le", "replace"))
                        at += 4 + 2 * length
                    if len(texts) == 2:
                        sheets.append((texts[1], texts[0]))
            rels_part = f"{folder}/_rels/{workbook.rpartition('/')[2]}.rels" if folder else \
                f"_rels/{workbook}.rels"
            targets: dict[str, str] = {}

            def start_tag(tag: str, attrs: dict[str, str]) -> None:
                if _local(tag) == "Relationship" and attrs.get("TargetMode") != "External":
                    targets[attrs.get("Id", "")] = _resolve(folder, attrs.get("Target", ""))

            if rels_part in members:
                with archive.open(rels_part) as source:
                    _feed(_expat(start_tag), source)
            wanted = sheet if sheet is not None else (sheets[0][0] if sheets else None)
            part = next((targets.get(rel) for n, rel in sheets if n == wanted), None)
            if part is None or part not in members:
                raise _unreadable(name, f"finner ikke arket «{wanted}» i arbeidsboken")
            cells = archive.read(part)
    except SpreadsheetError:
        raise
    except _DoctypeRefusedError:
        raise _dtd_refused(name, "workbook.bin.rels") from None
    except Exception as exc:  # zipfile, struct, expat and whatever a damaged file provokes
        raise _unreadable(name, f"{type(exc).__name__}: {_short(exc)}") from exc
    if b"\x03\x09" not in cells and b"\x0b" not in cells:  # no error cell can be there: no walk
        return marks
    row = 0
    for kind, start, end in _xlsb_records(cells):
        if kind == _BRT_ROW and end - start >= 4:
            row = int.from_bytes(cells[start:start + 4], "little")
        elif kind in (_BRT_CELL_ERROR, _BRT_FORMULA_ERROR) and end - start >= 9:
            column = int.from_bytes(cells[start:start + 4], "little")
            if column >= MAX_COLUMN:
                continue
            marks[(row + 1, column)] = Mark("error", XLSB_ERRORS.get(cells[start + 8], "#FEIL"))
            if len(marks) > MAX_MARKS:
                raise SpreadsheetError(
                    f"«{name}» har over {_grouped(MAX_MARKS)} feilverdier. Åpne filen i Excel, lagre den, og prøv "
                    "igjen.")
    return marks


def _read_fallback(path: Path, sheet: str | None, max_rows: int, max_bytes: int) -> RowSource:
    table = read_table(path, sheet=sheet, max_rows=max_rows, max_bytes=max_bytes, style_marks=True)
    return RowSource(path.name, table.sheet_name, table.sheet_names, ((i + 1, r) for i, r in enumerate(table.rows)),
                     merged=table.merged, marks=table.marks, hidden_rows=table.hidden_rows)


def _read_text_rows(path: Path, data: bytes, max_rows: int) -> RowSource:
    text = _decode(path, data)
    if "\x00" in text:
        raise SpreadsheetError(
            f"«{path.name}» inneholder binære data og er ikke en tekstfil (CSV). Er det en Excel-fil med feil "
            f"filendelse? {HOW_TO_SAVE}"
        )
    lines = text.count("\n") + (0 if text.endswith("\n") else 1)
    if lines > max_rows + 1:
        raise _too_many_rows(f"«{path.name}»", lines, max_rows)
    delimiter = _sniff_delimiter(text)
    return RowSource(path.name, None, [], csv_rows(path.name, text, delimiter), text_file=True, delimiter=delimiter)


def fill_merged(source: RowSource, rows: Iterable[tuple[int, Sequence[object]]],
                columns: set[int]) -> Iterable[tuple[int, Sequence[object]]]:
    """Give every cell of a vertically merged range in ``columns`` (indexes into the cells) the
    range's value (Excel keeps it in the top cell only): an ansvar merged over its lines
    applies to each of them."""
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


def _filled(rows: Iterable[tuple[int, Sequence[object]]], fills: dict[int, list[tuple[int, int]]],
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
                value = cells[index]
                if value is None or (isinstance(value, str) and not value.strip()):
                    cells[index] = tops.get((top_row, index))
        yield number, cells
