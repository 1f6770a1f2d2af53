"""Reading a sheet of a spreadsheet file safely: xlsx/xlsm through openpyxl, csv/txt by hand.

Files come from other programs and other people (DESIGN.md §6-7): the archive's directory
and unpacked size are checked before anything is parsed (zip bombs), XML entities are refused
(openpyxl reads the workbook parts through defusedxml; the sheet itself is streamed through
expat with any DTD refused, see :class:`_SheetParser`), and every problem becomes a Norwegian
:class:`SpreadsheetError` naming the file. Rows keep Excel's numbering: ``rows[i]`` is row
``i + 1`` in Excel, empty rows included.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import unicodedata
import warnings
import zipfile
import zlib
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from xml.etree.ElementTree import ParseError

from app.errors import AppError

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # legacy .xls, and Office's encrypted container
ZIP_MAGIC = b"PK\x03\x04"
# Stream names of an encrypted OOXML package inside the OLE container (stored as UTF-16LE).
ENCRYPTION_MARKERS = ("EncryptionInfo".encode("utf-16-le"), "EncryptedPackage".encode("utf-16-le"))
CSV_DELIMITERS = (";", ",", "\t")
EXCEL_SUFFIXES = {".xlsx", ".xlsm", ".xltx", ".xltm"}
HOW_TO_SAVE = "Åpne filen i Excel og lagre den som «Excel-arbeidsbok (*.xlsx)» eller «CSV UTF-8», og prøv igjen."


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
        text = f"«{self.file_name}»"
        if self.sheet_name is not None:
            text += f", arket «{self.sheet_name}»"
        if row is not None:
            text += f", rad {row}"
        return text


def read_table(
    path: Path, *, sheet: str | None = None, max_rows: int = 1_000_000, max_bytes: int = 200 * 1024 * 1024
) -> Table:
    """Read one sheet (``sheet`` by name, else the first visible one) of an xlsx/xlsm or csv/txt file.

    ``max_bytes`` bounds both the file and, for xlsx, what it unpacks to; ``max_rows`` the rows.
    """
    path = Path(path)
    name = path.name
    if not path.is_file():
        raise SpreadsheetError(f"Finner ikke filen «{path}». Kontroller navnet og mappen.")
    size = path.stat().st_size
    if size > max_bytes:
        raise SpreadsheetError(
            f"Filen «{name}» er for stor ({_mb(size)}); grensen er {_mb(max_bytes)}. "
            "Del den opp eller ta bare med arket som skal importeres."
        )
    with path.open("rb") as fh:
        head = fh.read(8)
    suffix = path.suffix.lower()
    if head.startswith(OLE_MAGIC):
        raise SpreadsheetError(_ole_message(path, suffix))
    if head.startswith(ZIP_MAGIC) or suffix in EXCEL_SUFFIXES:
        return _read_excel(path, sheet, max_rows, max_bytes)
    if suffix == ".xls":
        raise SpreadsheetError(f"«{name}» er ikke en Excel-fil som kan leses. {HOW_TO_SAVE}")
    if suffix == ".ods":
        raise SpreadsheetError(f"«{name}» er et OpenDocument-regneark (.ods). {HOW_TO_SAVE}")
    if sheet is not None:
        raise SpreadsheetError(f"«{name}» er en tekstfil (CSV) og har ingen ark; ta bort valget av ark «{sheet}».")
    return _read_text(path, max_rows)


# --- Excel -----------------------------------------------------------------------------------


def _ole_message(path: Path, suffix: str) -> str:
    data = path.read_bytes()
    if any(marker in data for marker in ENCRYPTION_MARKERS):
        return (
            f"Arbeidsboken «{path.name}» er passordbeskyttet (kryptert) og kan ikke leses. Åpne den i Excel, "
            "ta bort passordet (Fil → Info → Beskytt arbeidsbok → Krypter med passord) og lagre på nytt."
        )
    what = "i det gamle Excel-formatet (.xls)" if suffix == ".xls" else "et gammelt Office-dokument, ikke .xlsx"
    return f"«{path.name}» er {what}. {HOW_TO_SAVE}"


def _check_zip(path: Path, max_bytes: int) -> None:
    """Refuse a damaged archive or one that unpacks to more than ``max_bytes`` before parsing.

    The sizes in the central directory are a true bound: Python's zipfile stops at the
    declared size and a member that claims less than it holds fails its CRC check.
    """
    name = path.name
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError) as exc:
        raise SpreadsheetError(
            f"«{name}» er ikke en gyldig Excel-arbeidsbok: filen er skadet eller ufullstendig ({exc}). "
            "Lagre den på nytt fra Excel, eller be om en ny kopi."
        ) from exc
    members = {info.filename for info in infos}
    if "xl/workbook.xml" not in members and not any(m.endswith("workbook.xml") for m in members):
        if "content.xml" in members:
            raise SpreadsheetError(f"«{name}» er et OpenDocument-regneark (.ods), ikke .xlsx. {HOW_TO_SAVE}")
        raise SpreadsheetError(f"«{name}» er en zip-fil, men ikke en Excel-arbeidsbok (.xlsx). {HOW_TO_SAVE}")
    unpacked = sum(info.file_size for info in infos)
    if unpacked > max_bytes:
        raise SpreadsheetError(
            f"Arbeidsboken «{name}» pakker seg ut til {_mb(unpacked)}, mer enn grensen på {_mb(max_bytes)}. "
            "Filen er enten unormalt stor eller laget for å fylle minnet; den er ikke lest. "
            "Ta bare med arket som skal importeres og lagre på nytt."
        )


@dataclass
class _Sheet:
    name: str
    state: str  # visible, hidden, veryHidden
    target: str  # the sheet's XML inside the archive


def _read_excel(path: Path, sheet: str | None, max_rows: int, max_bytes: int) -> Table:
    from openpyxl.reader.excel import ExcelReader
    from openpyxl.styles.stylesheet import apply_stylesheet

    _check_zip(path, max_bytes)
    name = path.name
    sheet_label = sheet
    try:
        # Warnings about unsupported extensions (data validation, slicers) say nothing to the user.
        # A file object, not the path: openpyxl would refuse a workbook whose name does not end in .xlsx.
        with warnings.catch_warnings(), path.open("rb") as fh:
            warnings.simplefilter("ignore")
            # openpyxl reads the workbook's parts (sheet list, shared strings, date styles); unlike
            # load_workbook(read_only=True) this does not parse every sheet once more just to size
            # it when a sheet has no <dimension> (as openpyxl's own write-only mode leaves it).
            reader = ExcelReader(fh, read_only=True, data_only=True, keep_links=False)
            try:
                reader.read_manifest()
                reader.read_strings()
                reader.read_workbook()
                apply_stylesheet(reader.archive, reader.wb)
                sheets = [
                    _Sheet(s.name, s.state or "visible", rel.target)
                    for s, rel in reader.parser.find_sheets()
                    if rel.target in reader.valid_files and "chartsheet" not in rel.Type
                ]
                chosen = _choose_sheet(name, sheets, sheet)
                sheet_label = chosen.name
                where = f"«{name}», arket «{chosen.name}»"
                parser = _SheetParser(reader.shared_strings, set(reader.wb._date_formats), reader.wb.epoch,
                                      max_rows, where)
                with reader.archive.open(chosen.target) as source:
                    rows = _collect(parser.parse(source), max_rows, where)
            finally:
                reader.archive.close()
    except SpreadsheetError:
        raise
    except Exception as exc:
        error = _excel_error(name, sheet_label, exc)
        if error is exc:
            raise
        raise error from exc
    return Table(name, sheet_label, [s.name for s in sheets], rows)


def _excel_error(name: str, sheet: str | None, exc: Exception) -> Exception:
    """A Norwegian message for what openpyxl, zipfile or the XML parser raised; other errors pass."""
    import pyexpat

    module = type(exc).__module__
    where = f"arket «{sheet}» i «{name}»" if sheet else f"«{name}»"
    if module.startswith("defusedxml") or isinstance(exc, _DoctypeRefusedError):
        return SpreadsheetError(
            f"{where} inneholder en dokumenttypedefinisjon (DTD) med mulige XML-entiteter. Det skriver ikke Excel, "
            "og filen er ikke lest. Lagre den på nytt fra Excel."
        )
    if isinstance(exc, (zipfile.BadZipFile, zlib.error, EOFError, KeyError, OSError)):
        return SpreadsheetError(
            f"«{name}» er skadet eller ufullstendig og kan ikke leses ({type(exc).__name__}: {_short(exc)}). "
            "Lagre den på nytt fra Excel, eller be om en ny kopi."
        )
    if isinstance(exc, (ParseError, pyexpat.ExpatError, ValueError, TypeError, IndexError)) or module.startswith(
        ("openpyxl", "xml.")
    ):
        return SpreadsheetError(
            f"Fant ugyldig innhold i {where} ({_short(exc)}). Filen er skadet eller ikke laget av Excel; "
            "åpne den i Excel og lagre den på nytt som .xlsx."
        )
    return exc


def _choose_sheet(file_name: str, sheets: list[_Sheet], wanted: str | None) -> _Sheet:
    if not sheets:
        raise SpreadsheetError(f"Arbeidsboken «{file_name}» har ingen regneark med celler.")
    listing = ", ".join(f"«{s.name}»" for s in sheets)
    if wanted is not None:
        folded = wanted.strip().casefold()
        for match in (lambda s: s.name == wanted, lambda s: s.name.strip().casefold() == folded):
            for candidate in sheets:
                if match(candidate):
                    return candidate
        raise SpreadsheetError(f"Arbeidsboken «{file_name}» har ikke arket «{wanted}». Arkene er: {listing}.")
    for candidate in sheets:
        if candidate.state == "visible":
            return candidate
    raise SpreadsheetError(f"Alle arkene i «{file_name}» er skjult ({listing}). Velg et ark ved navn.")


class _DoctypeRefusedError(ValueError):
    pass


def _refuse_doctype(*_args: object) -> None:
    raise _DoctypeRefusedError("DTD")


class _SheetParser:
    """Cell values of a sheet's XML, streamed through expat's C parser.

    Several times faster than openpyxl's read-only reader, which with defusedxml parses in
    pure Python. As safe: a document type declaration (the only place an entity can be
    declared) is refused outright; Excel never writes one. Values are converted as openpyxl
    does (shared strings, booleans, numbers, dates by the cell's number format).
    """

    def __init__(self, strings: Sequence[str], date_styles: set[int], epoch: object, max_rows: int,
                 where: str) -> None:
        self.strings, self.date_styles, self.epoch = strings, date_styles, epoch
        self.max_rows, self.where = max_rows, where
        self.rows: list[list[object]] = []
        self.row: list[object] | None = None
        self.column = 0
        self.kind = "n"
        self.style = 0
        self.text: list[str] | None = None
        self.cell_text: list[str] = []
        self.in_phonetic = False

    def parse(self, source: io.RawIOBase | object) -> list[list[object]]:
        import pyexpat

        parser = pyexpat.ParserCreate()
        parser.buffer_text = True
        parser.StartElementHandler = self.start
        parser.EndElementHandler = self.end
        parser.CharacterDataHandler = self.data
        parser.StartDoctypeDeclHandler = _refuse_doctype
        parser.EntityDeclHandler = _refuse_doctype
        parser.ExternalEntityRefHandler = _refuse_doctype
        while chunk := source.read(1 << 20):  # type: ignore[attr-defined]
            parser.Parse(chunk, False)
        parser.Parse(b"", True)
        return self.rows

    def start(self, name: str, attrs: dict[str, str]) -> None:
        tag = name[name.find(":") + 1:]  # «c» or «x:c»: some writers use a prefix
        if tag == "c":
            ref = attrs.get("r")
            self.column = _column_index(ref) if ref else self.column + 1
            self.kind = attrs.get("t", "n")
            style = attrs.get("s")
            self.style = int(style) if style else 0
            self.cell_text = []
        elif tag == "v" or (tag == "t" and not self.in_phonetic):
            self.text = self.cell_text
        elif tag == "row":
            number = attrs.get("r")
            wanted = int(float(number)) if number else len(self.rows) + 1
            if wanted > self.max_rows:
                raise SpreadsheetError(
                    f"{self.where} har flere enn {self.max_rows:,} rader, som er grensen. ".replace(",", " ")
                    + "Del opp filen, eller ta bort tomme og overflødige rader."
                )
            while len(self.rows) < wanted - 1:  # rows Excel left out because they are empty
                self.rows.append([])
            self.row = []
            self.column = 0
        elif tag == "rPh":  # phonetic guide text (Japanese): not part of the value
            self.in_phonetic = True

    def end(self, name: str) -> None:
        tag = name[name.find(":") + 1:]
        if tag == "c":
            if self.row is not None and self.cell_text:
                value = self._value("".join(self.cell_text))
                if value is not None and self.column > 0:
                    index = self.column - 1
                    if index >= len(self.row):
                        self.row.extend([None] * (index + 1 - len(self.row)))
                    self.row[index] = value
        elif tag in ("v", "t"):
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

    def _value(self, text: str) -> object:
        from openpyxl.utils.datetime import from_excel, from_ISO8601

        kind = self.kind
        if kind == "s":
            return self.strings[int(text)]
        if kind in ("str", "inlineStr", "e"):
            return text
        if kind == "b":
            return text.strip() == "1"
        if kind == "d":
            return from_ISO8601(text.strip())
        try:
            number: int | float = int(text)
        except ValueError:
            number = float(text)
        if self.style in self.date_styles:
            try:
                return from_excel(number, self.epoch)
            except (OverflowError, ValueError):
                return number
        return number


def _column_index(ref: str) -> int:
    """1 for «A7», 28 for «AB7»."""
    column = 0
    for char in ref:
        if "A" <= char <= "Z":
            column = column * 26 + ord(char) - 64
        elif "a" <= char <= "z":
            column = column * 26 + ord(char) - 96
        else:
            break
    return column


# --- CSV / text ------------------------------------------------------------------------------


def _decode(path: Path) -> str:
    data = path.read_bytes()
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):  # Excel's «Unicode-tekst»
        return data.decode("utf-16")
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise SpreadsheetError(
        f"Tegnkodingen i «{path.name}» er ukjent (verken UTF-8 eller Windows-1252). "
        "Lagre filen som «CSV UTF-8» fra Excel og prøv igjen."
    )


def _sniff_delimiter(text: str) -> str:
    """The candidate that splits the most sample lines into the same number (> 1) of fields."""
    lines = [line for line in text.splitlines()[:60] if line.strip()]
    sample = "\n".join(lines)
    best, best_score = ";", (0, 0)
    for delimiter in CSV_DELIMITERS:
        counts = Counter(len(row) for row in csv.reader(io.StringIO(sample), delimiter=delimiter) if row)
        widths = [(n, width) for width, n in counts.items() if width > 1]
        if not widths:
            continue
        score = max(widths)  # (lines with that width, the width)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _read_text(path: Path, max_rows: int) -> Table:
    text = _decode(path)
    if "\x00" in text:
        raise SpreadsheetError(
            f"«{path.name}» inneholder binære data og er ikke en tekstfil (CSV). Er det en Excel-fil med feil "
            f"filendelse? {HOW_TO_SAVE}"
        )
    delimiter = _sniff_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    cells = ([cell if cell.strip() else None for cell in row] for row in reader)
    try:
        rows = _collect(cells, max_rows, f"«{path.name}»")
    except csv.Error as exc:
        raise SpreadsheetError(
            f"«{path.name}» kan ikke leses som CSV nær rad {reader.line_num} ({exc}). "
            "Kontroller anførselstegnene i raden, eller lagre filen på nytt fra Excel."
        ) from exc
    return Table(path.name, None, [], rows)


# --- shared ----------------------------------------------------------------------------------


def _collect(source: Iterable[Sequence[object]], max_rows: int, where: str) -> list[list[object]]:
    rows: list[list[object]] = []
    last_filled = 0
    for row in source:
        if len(rows) >= max_rows:
            raise SpreadsheetError(
                f"{where} har flere enn {max_rows:,} rader, som er grensen. ".replace(",", " ")
                + "Del opp filen, eller ta bort tomme og overflødige rader."
            )
        cells = list(row)
        while cells and (cells[-1] is None or (isinstance(cells[-1], str) and not cells[-1].strip())):
            cells.pop()
        rows.append(cells)
        if cells:
            last_filled = len(rows)
    del rows[last_filled:]
    return rows


def _mb(size: int) -> str:
    return f"{size / (1024 * 1024):.0f} MB" if size >= 1024 * 1024 else f"{size / 1024:.0f} kB"


def _short(exc: Exception) -> str:
    text = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    return text[:200]


_LETTERS = str.maketrans({"æ": "ae", "ø": "o", "å": "a", "ä": "ae", "ö": "o", "ü": "u", "é": "e"})
_SEPARATORS = re.compile(r"[\s_\-./:()*#?'\"’]+")


def normalise_header(text: object) -> str:
    """A header reduced for matching: «Årsverk», «aarsverk» and «ÅRS_VERK» all give «arsverk»."""
    if text is None:
        return ""
    return _normalise(str(text))


@lru_cache(maxsize=8192)  # the same kind labels and headers come back row after row
def _normalise(text: str) -> str:
    value = unicodedata.normalize("NFKC", text).casefold().translate(_LETTERS)
    value = value.replace("aa", "a").replace("oe", "o")
    return _SEPARATORS.sub("", value)


def find_header_row(rows: Sequence[Sequence[object]], known_headers: set[str], *, scan: int = 30) -> int:
    """Index of the first of the first ``scan`` rows with the most cells naming known headers.

    ``known_headers`` may be given in any spelling; both sides are normalised. When no row
    has a known header the first non-empty row is taken, which is where a header usually is.
    """
    known = {normalise_header(h) for h in known_headers}
    best_index, best_hits = -1, 0
    first_filled = -1
    for index, row in enumerate(rows[:scan]):
        filled = [cell for cell in row if cell is not None and str(cell).strip()]
        if filled and first_filled < 0:
            first_filled = index
        hits = len({normalise_header(cell) for cell in filled if isinstance(cell, str)} & known)
        if hits > best_hits:
            best_index, best_hits = index, hits
    if best_index >= 0:
        return best_index
    return max(first_filled, 0)
