"""The hostile-file corpus, written at test time into a folder (no binaries in the repository).

Each :class:`Case` is one file and what each importer must make of it: refused with a message
naming the file (and the words that say why), or imported with the user's text kept as text.
Most files hold one small table both importers accept (id, parent and name for the unit list;
ansvar, art and amount for the accounts) wrapped in something hostile, so a file that is not
refused must still import exactly that table. ``python -m tests.hostile.corpus DIR`` writes the
corpus for a look by hand.
"""

from __future__ import annotations

import codecs
import io
import json
import os
import random
import re
import struct
import sys
import zipfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO
from xml.sax.saxutils import escape, quoteattr

HEADERS = ["Id", "Overordnet", "Navn", "Ansvar", "Art", "Beløp"]
NAMES = ("Rådmannen", "Vollan skole", "Helse og omsorg")
ROWS: list[list[object]] = [
    [1, None, NAMES[0], "1000", "10100", 100],
    [2, 1, NAMES[1], "1200", "10100", 250.5],
    [3, 1, NAMES[2], "1300", "10100", -75],
]
TOTAL_ORE = 10000 + 25050 - 7500
CANARY = "KANARI-7f3a9c-hemmelig"  # what an external entity would pull into the database

# Formula-looking text a user might have typed or an attacker planted (OWASP CSV injection).
FORMULA_TEXTS = ('=HYPERLINK("http://example.com/x","klikk her")', "=cmd|' /C calc'!A0",
                 '=WEBSERVICE("http://example.com/")')

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG = "http://schemas.openxmlformats.org/package/2006/relationships"
CT = "http://schemas.openxmlformats.org/package/2006/content-types"
DECL = b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
LAUGHS = (b'<!DOCTYPE lolz [<!ENTITY lol "lol">'
          + b"".join(b'<!ENTITY lol%d "%s">' % (i, (b"&lol%s;" % (b"" if i == 1 else str(i - 1).encode())) * 10)
                     for i in range(1, 10))
          + b"]>")


@dataclass(frozen=True)
class Expect:
    """What one importer must make of a file."""

    outcome: str  # "refused": an AppError naming the file; "imported": the table, text as text
    words: tuple[str, ...] = ()  # when refused: each is in the message (case ignored)
    names: tuple[str, ...] = NAMES  # when imported: the unit names (org) and line texts (budget), in order


@dataclass(frozen=True)
class Case:
    name: str
    file: str  # inside the corpus folder
    about: str
    budget: Expect
    org: Expect
    # Paths the reading must never open, text that must never reach the database or a message.
    canary: bool = False

    def expect(self, importer: str) -> Expect:
        return self.budget if importer == "budget" else self.org


def refused(*words: str) -> Expect:
    return Expect("refused", tuple(words))


def imported(names: Iterable[str] = NAMES) -> Expect:
    return Expect("imported", names=tuple(names))


# --- writing xlsx by hand (openpyxl writes inline strings only, and nothing hostile) ------------


@dataclass
class Formula:
    """A formula cell with the value Excel cached for it (or none)."""

    formula: str
    cached: str | None = None


@dataclass
class Book:
    """The parts of a small workbook with shared strings and a date style, as Excel writes it."""

    rows: list[list[object]] = field(default_factory=lambda: [HEADERS, *ROWS])
    sheet: str = "Enheter"
    sheet_head: bytes = b""  # inside <worksheet> before <sheetData>
    sheet_tail: bytes = b""  # after </sheetData>
    extra_rows: bytes = b""  # raw rows after the table
    workbook_extra: bytes = b""
    workbook_rels_extra: bytes = b""
    content_types_extra: bytes = b""
    main_content_type: str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"

    def parts(self) -> dict[str, bytes]:
        strings: list[str] = []
        index: dict[str, int] = {}
        rows = []
        for r, row in enumerate(self.rows, 1):
            cells = []
            for c, value in enumerate(row):
                ref = f"{chr(65 + c)}{r}"
                if value is None:
                    continue
                if isinstance(value, Formula):
                    cached = f"<v>{escape(value.cached)}</v>" if value.cached is not None else ""
                    cells.append(f'<c r="{ref}" t="str"><f>{escape(value.formula)}</f>{cached}</c>')
                elif isinstance(value, str):
                    if value not in index:
                        index[value] = len(strings)
                        strings.append(value)
                    cells.append(f'<c r="{ref}" t="s"><v>{index[value]}</v></c>')
                else:
                    cells.append(f'<c r="{ref}"><v>{value}</v></c>')
            rows.append(f'<row r="{r}">{"".join(cells)}</row>')
        sheet = (DECL + f'<worksheet xmlns="{MAIN}" xmlns:r="{REL}">'.encode() + self.sheet_head
                 + f'<sheetData>{"".join(rows)}'.encode() + self.extra_rows + b"</sheetData>" + self.sheet_tail
                 + b"</worksheet>")
        sst = (DECL + f'<sst xmlns="{MAIN}" count="{len(strings)}" uniqueCount="{len(strings)}">'.encode()
               + "".join(f"<si><t xml:space=\"preserve\">{escape(s)}</t></si>" for s in strings).encode()
               + b"</sst>")
        return {
            "[Content_Types].xml": DECL + (
                f'<Types xmlns="{CT}">'
                '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                '<Default Extension="xml" ContentType="application/xml"/>'
                f'<Override PartName="/xl/workbook.xml" ContentType="{self.main_content_type}"/>'
                '<Override PartName="/xl/worksheets/sheet1.xml" '
                'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
                '<Override PartName="/xl/sharedStrings.xml" '
                'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
                '<Override PartName="/xl/styles.xml" '
                'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>').encode()
            + self.content_types_extra + b"</Types>",
            "_rels/.rels": DECL + (
                f'<Relationships xmlns="{PKG}"><Relationship Id="rId1" Target="xl/workbook.xml" '
                f'Type="{REL}/officeDocument"/></Relationships>').encode(),
            "xl/workbook.xml": DECL + (
                f'<workbook xmlns="{MAIN}" xmlns:r="{REL}"><sheets>'
                f'<sheet name={quoteattr(self.sheet)} sheetId="1" r:id="rId1"/></sheets>').encode()
            + self.workbook_extra + b"</workbook>",
            "xl/_rels/workbook.xml.rels": DECL + (
                f'<Relationships xmlns="{PKG}">'
                f'<Relationship Id="rId1" Target="worksheets/sheet1.xml" Type="{REL}/worksheet"/>'
                f'<Relationship Id="rId2" Target="sharedStrings.xml" Type="{REL}/sharedStrings"/>'
                f'<Relationship Id="rId3" Target="styles.xml" Type="{REL}/styles"/>').encode()
            + self.workbook_rels_extra + b"</Relationships>",
            "xl/sharedStrings.xml": sst,
            "xl/styles.xml": DECL + (
                f'<styleSheet xmlns="{MAIN}"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font>'
                '</fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills>'
                '<borders count="1"><border/></borders>'
                '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
                '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
                '<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>'
                "</styleSheet>").encode(),
            "xl/worksheets/sheet1.xml": sheet,
        }


Part = bytes | Callable[[IO[bytes]], None]


def write_zip(path: Path, parts: dict[str, Part], *, level: int = 6) -> Path:
    """A zip of ``parts``; a callable part writes itself (streamed: hundreds of MB cost no memory)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=level) as archive:
        for name, data in parts.items():
            if callable(data):
                with archive.open(name, "w", force_zip64=True) as member:
                    data(member)
            else:
                archive.writestr(name, data)
    return path


def inject_dtd(xml: bytes, dtd: bytes, old: bytes, new: bytes) -> bytes:
    """``xml`` with ``dtd`` after its declaration and the first ``old`` replaced by ``new``."""
    assert xml.startswith(DECL) and old in xml, old
    return DECL + dtd + xml[len(DECL):].replace(old, new, 1)


def repeat(head: bytes, unit: bytes, count: int, tail: bytes) -> Callable[[IO[bytes]], None]:
    """A part of ``head``, ``unit`` ``count`` times and ``tail``, written in blocks."""
    def write(out: IO[bytes]) -> None:
        out.write(head)
        block = unit * max(1, min(count, (1 << 20) // max(1, len(unit))))
        per_block = len(block) // len(unit)
        left = count
        while left >= per_block:
            out.write(block)
            left -= per_block
        out.write(unit * left)
        out.write(tail)
    return write


def patch_sizes(path: Path, member: str, *, declared: int | None = None, flags: int | None = None) -> None:
    """Change what the local header and the central directory say about ``member``."""
    raw = bytearray(path.read_bytes())
    name = member.encode()
    with zipfile.ZipFile(path) as archive:
        offset = archive.getinfo(member).header_offset
    if declared is not None:
        struct.pack_into("<I", raw, offset + 22, declared)
    if flags is not None:
        struct.pack_into("<H", raw, offset + 6, flags)
    at = raw.find(b"PK\x01\x02")
    while at >= 0:
        length = struct.unpack_from("<H", raw, at + 28)[0]
        if raw[at + 46:at + 46 + length] == name:
            if declared is not None:
                struct.pack_into("<I", raw, at + 24, declared)
            if flags is not None:
                struct.pack_into("<H", raw, at + 8, flags)
        at = raw.find(b"PK\x01\x02", at + 4)
    path.write_bytes(bytes(raw))


def csv_text(rows: list[list[object]], delimiter: str = ";") -> str:
    def cell(value: object) -> str:
        if value is None:
            return ""
        if isinstance(value, float):
            return f"{value:.2f}".replace(".", ",")
        text = str(value)
        return '"' + text.replace('"', '""') + '"' if delimiter in text or '"' in text else text
    return "\r\n".join(delimiter.join(cell(v) for v in row) for row in rows) + "\r\n"


# --- the cases ---------------------------------------------------------------------------------

SHEET1 = "xl/worksheets/sheet1.xml"
DAMAGED = ("skadet",)
DTD = ("dokumenttypedefinisjon",)
ROWS_WORDS = ("rader",)


def build(folder: Path) -> list[Case]:
    """Write every hostile file into ``folder`` (created) and return the cases."""
    folder.mkdir(parents=True, exist_ok=True)
    canary = folder.parent / "kanari" / "hemmelig.txt"
    canary.parent.mkdir(exist_ok=True)
    canary.write_text(CANARY, encoding="utf-8")
    rng = random.Random(8)
    cases: list[Case] = []

    def add(name: str, file: str, about: str, budget: Expect, org: Expect | None = None, **kw: object) -> Path:
        cases.append(Case(name, file, about, budget, org if org is not None else budget, **kw))  # type: ignore[arg-type]
        return folder / file

    good = Book().parts()
    write_zip(add("control", "kontroll.xlsx", "the plain table both importers accept: the corpus's control",
                  imported()), good)

    # Damaged archives.
    whole = write_zip(folder / "_hel.xlsx", good).read_bytes()
    (folder / "_hel.xlsx").unlink()
    first = whole.index(b"PK\x03\x04", 4)  # past the first member's local header and some data
    path = add("corrupt_zip", "skadet-zip.xlsx", "a valid first local header, then random bytes", refused(*DAMAGED))
    path.write_bytes(whole[:first] + rng.randbytes(20_000))
    for percent in (10, 50, 90, 99):
        path = add(f"truncated_{percent}", f"avkuttet-{percent}.xlsx", f"cut at {percent} % of its length",
                   refused(*DAMAGED))
        path.write_bytes(whole[: len(whole) * percent // 100])

    # XML entities: billion laughs in four parts, quadratic blow-up, external entities.
    for part, old, new, label in (
        (SHEET1, b"<v>100</v>", b"<v>&lol9;</v>", "sheet1"),
        ("xl/sharedStrings.xml", escape(NAMES[1]).encode(), b"&lol9;", "sharedstrings"),
        ("[Content_Types].xml", b'ContentType="application/xml"', b'ContentType="&lol9;"', "content_types"),
        ("xl/workbook.xml", b'name="Enheter"', b'name="&lol9;"', "workbook"),
    ):
        parts = dict(good)
        parts[part] = inject_dtd(parts[part], LAUGHS, old, new)
        write_zip(add(f"entity_bomb_{label}", f"lol-{label}.xlsx", f"billion laughs in {part}", refused(*DTD)),
                  parts)
    parts = dict(good)
    parts[SHEET1] = inject_dtd(parts[SHEET1], b'<!DOCTYPE q [<!ENTITY a "' + b"a" * 100_000 + b'">]>',
                               b"<v>100</v>", b"<v>" + b"&a;" * 20_000 + b"</v>")
    write_zip(add("quadratic_blowup", "kvadratisk.xlsx", "one 100 kB entity used 20 000 times (2 GB)", refused(*DTD)),
              parts)
    parts = dict(good)
    parts[SHEET1] = inject_dtd(parts[SHEET1], f'<!DOCTYPE x [<!ENTITY xxe SYSTEM "file://{canary}">]>'.encode(),
                               _cell(good[SHEET1], "C2"), b'<c r="C2" t="inlineStr"><is><t>&xxe;</t></is></c>')
    write_zip(add("xxe_file", "xxe-fil.xlsx", "an external entity naming a local file (like /etc/passwd)",
                  refused(*DTD), canary=True), parts)
    parts = dict(good)
    parts["xl/workbook.xml"] = inject_dtd(
        parts["xl/workbook.xml"], b'<!DOCTYPE w [<!ENTITY % ext SYSTEM "http://127.0.0.1:9/ond.dtd"> %ext;]>',
        b"<sheets>", b"<sheets>")
    write_zip(add("xxe_network", "xxe-nett.xlsx", "an external parameter entity on the network", refused(*DTD)),
              parts)
    parts = dict(good)
    parts[SHEET1] = inject_dtd(parts[SHEET1], b"<!--" + b" lang kommentar " * 1000 + b"-->" + LAUGHS,
                               b"<v>100</v>", b"<v>&lol9;</v>")
    write_zip(add("dtd_after_long_comment", "dtd-sent.xlsx", "a DTD after 16 kB of comment (past a 4 kB look)",
                  refused(*DTD)), parts)

    # Zip bombs: one member too large, a member that lies about its size, too many members,
    # overlapping entries, and a bomb nested inside (never unpacked, so the table imports).
    row = b'<row><c t="inlineStr"><is><t>x</t></is></c></row>'
    parts = dict(good)
    parts[SHEET1] = repeat(good[SHEET1].split(b"</sheetData>")[0], row, 210 * 1024 * 1024 // len(row),
                           b"</sheetData></worksheet>")
    write_zip(add("zip_bomb", "zipbombe.xlsx", "a sheet that unpacks to 210 MB from a few hundred kB",
                  refused("pakker seg ut til")), parts, level=9)
    parts = dict(good)
    parts[SHEET1] = good[SHEET1].replace(b"</sheetData>", row * 400_000 + b"</sheetData>")
    path = write_zip(add("zip_bomb_lying_size", "zipbombe-logn.xlsx",
                         "the sheet claims 1 kB in both directories but unpacks to 20 MB", refused(*DAMAGED)), parts)
    patch_sizes(path, SHEET1, declared=1000)
    parts = dict(good)
    parts.update({f"xl/media/bilde{i}.xml": b"<a/>" for i in range(12_000)})
    write_zip(add("zip_many_members", "mange-deler.xlsx", "12 000 parts", refused("deler")), parts, level=1)
    path = add("zip_overlapping", "overlapp.xlsx", "60 directory entries for one 10 MB stream (overlapping files)",
               refused("pakker seg ut til"))
    _overlapping_zip(path, good)
    inner = io.BytesIO()
    write_zip_to(inner, {"bombe.xml": repeat(b"<a>", b"0" * 1024, 100 * 1024, b"</a>")})
    parts = dict(good)
    parts["xl/embeddings/indre.zip"] = inner.getvalue()
    write_zip(add("zip_nested", "nestet.xlsx", "a 100 MB zip bomb inside, as an embedded object: never unpacked",
                  imported()), parts)

    # Huge sheets: two million rows (with and without references), a cell far away, a column
    # past XFD, a stray cell in XFD, a million merged rows, half a million styles, deep nesting.
    parts = dict(good)
    parts[SHEET1] = _numbered_rows(good[SHEET1], 2_000_000)
    write_zip(add("rows_2m", "to-millioner-rader.xlsx", "2 000 000 numbered rows", refused(*ROWS_WORDS)), parts,
              level=1)
    parts = dict(good)
    parts[SHEET1] = repeat(good[SHEET1].split(b"</sheetData>")[0], b"<row><c><v>1</v></c></row>", 2_000_000,
                           b"</sheetData></worksheet>")
    write_zip(add("rows_2m_unnumbered", "to-millioner-rader-unummerert.xlsx",
                  "2 000 000 rows without row or cell references", refused(*ROWS_WORDS)), parts, level=1)
    parts = dict(good)
    parts[SHEET1] = good[SHEET1].replace(b"</sheetData>", b'<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>'
                                         b"</sheetData>")
    write_zip(add("far_cell", "celle-XFD1048576.xlsx", "one cell in XFD1048576: 17 billion cells as a rectangle",
                  refused(*ROWS_WORDS)), parts)
    parts = dict(good)
    parts[SHEET1] = good[SHEET1].replace(b'<c r="F2"><v>100</v></c>', b'<c r="F2"><v>100</v></c>'
                                         b'<c r="XFD2" t="inlineStr"><is><t>glemt</t></is></c>')
    write_zip(add("stray_cell_xfd", "glemt-celle-XFD2.xlsx", "a forgotten cell in XFD2 beside the table",
                  refused("kolonne XFD", "til høyre for den siste kolonnen med overskrift"), imported()), parts)
    parts = dict(good)
    parts[SHEET1] = good[SHEET1].replace(b'r="F2"', b'r="ZZZZZZZZ2"')
    write_zip(add("column_past_xfd", "kolonne-ZZZZZZZZ.xlsx", "a cell reference in column ZZZZZZZZ (past XFD)",
                  refused("kolonne")), parts)
    parts = dict(good)
    parts[SHEET1] = good[SHEET1].replace(b'<row r="3">', b'<row r="inf">')
    write_zip(add("row_number_inf", "rad-inf.xlsx", "a row numbered «inf»", refused()), parts)
    parts = dict(good)
    parts[SHEET1] = good[SHEET1].replace(_cell(good[SHEET1], "C2"), b'<c r="C2" t="s"><v>99999999</v></c>')
    write_zip(add("shared_string_missing", "tekst-mangler.xlsx", "a cell pointing at shared string 99 999 999",
                  refused()), parts)
    parts = dict(good)
    parts[SHEET1] = good[SHEET1].replace(b"</sheetData>", b'</sheetData><mergeCells count="2001">'
                                         + b'<mergeCell ref="D2:D1048576"/>' * 2000
                                         + b'<mergeCell ref="A1:XFD1048576"/></mergeCells>')
    # The last range merges the whole sheet: the org importer names the merged cells its columns
    # fall in (a value there reads empty); the budget importer refuses an amount merged over data rows.
    write_zip(add("merged_million_rows", "sammenslatt.xlsx", "2 000 merged ranges over a million rows each",
                  refused("beløpskolonnen", "slått sammen"), refused("sammenslåtte")), parts)
    parts = dict(good)
    xf = b'<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
    parts["xl/styles.xml"] = good["xl/styles.xml"].replace(b'<cellXfs count="2">', b'<cellXfs count="100002">'
                                                          + xf * 100_000)
    write_zip(add("styles_100k", "stiler.xlsx", "100 000 cell styles (Excel stops at 64 000)", imported()), parts)
    parts = dict(good)
    parts[SHEET1] = good[SHEET1].replace(b"</sheetData>", b"</sheetData><extLst>" + b"<x>" * 100_000
                                         + b"</x>" * 100_000 + b"</extLst>")
    write_zip(add("deep_nesting", "dyp.xlsx", "100 000 nested elements after the cells", imported()), parts)

    # Enormous shared-strings tables: two million entries (fine for calamine, past the expat
    # reader's bound) and one of 210 MB (past the unpacked-size limit).
    parts = dict(good)
    sst = good["xl/sharedStrings.xml"]
    head, tail = sst[: sst.index(b"</sst>")], b"</sst>"
    parts["xl/sharedStrings.xml"] = repeat(head, b"<si><t>uten bruk</t></si>", 2_000_000, tail)
    write_zip(add("shared_strings_2m", "delte-tekster-2m.xlsx", "2 000 000 shared strings (46 MB)",
                  imported(), refused("delte tekster")), parts, level=1)
    parts = dict(good)
    parts["xl/sharedStrings.xml"] = repeat(head, b"<si><t>" + b"x" * 100 + b"</t></si>", 1_900_000, tail)
    write_zip(add("shared_strings_210mb", "delte-tekster-210mb.xlsx", "1 900 000 shared strings, 210 MB",
                  refused("pakker seg ut til")), parts, level=1)

    parts = dict(good)
    parts["xl/sharedStrings.xml"] = re.sub(rb'uniqueCount="\d+"', b'uniqueCount="9999999999"', sst)
    write_zip(add("shared_strings_count_lie", "delte-tekster-telling.xlsx",
                  "a shared-strings table that claims ten billion strings (calamine set aside room for them)",
                  refused(*DAMAGED), imported()), parts)

    # Formulas: typed as text (kept as text), and real formulas (their cached values, never run).
    rows = [HEADERS, *[[*r[:2], text, *r[3:]] for r, text in zip(ROWS, FORMULA_TEXTS, strict=True)]]
    write_zip(add("formula_text", "formeltekst.xlsx", "names that look like formulas: =HYPERLINK, =cmd|, "
                  "=WEBSERVICE", imported(FORMULA_TEXTS)), Book(rows=rows).parts())
    rows = [HEADERS,
            [1, None, Formula('HYPERLINK("http://example.com/x","Rådmannen")', "Rådmannen"), "1000",
             Formula('WEBSERVICE("http://example.com/")'), Formula("50+50", "100")],
            [2, 1, Formula("cmd|' /C calc'!A0", "Vollan skole"), "1200", "10100", 250.5],
            [3, 1, Formula('"Helse og "&"omsorg"', "Helse og omsorg"), "1300", "10100", -75]]
    # WEBSERVICE has no cached value: the budget importer refuses it in its art column (open and save
    # in Excel first), the org importer does not read that column.
    write_zip(add("formula_cells", "formler.xlsx", "real formula cells (HYPERLINK, DDE, WEBSERVICE), cached values "
                  "read and nothing evaluated or fetched; a formula without a cached value refused",
                  refused("WEBSERVICE", "lagre filen i Excel"), imported()),
              Book(rows=rows).parts())
    rows = [HEADERS, [1, None, NAMES[0], "1000", "10100", 100],
            [2, 1, Formula("[1]Ark1!C2", NAMES[1]), "1200", "10100", 250.5], [3, 1, NAMES[2], "1300", "10100", -75]]
    book = Book(rows=rows,
                workbook_extra=b'<externalReferences><externalReference r:id="rId9"/></externalReferences>',
                workbook_rels_extra=f'<Relationship Id="rId9" Target="externalLinks/externalLink1.xml" '
                                    f'Type="{REL}/externalLink"/>'.encode(),
                content_types_extra=b'<Override PartName="/xl/externalLinks/externalLink1.xml" ContentType='
                                    b'"application/vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml"/>')
    parts = book.parts()
    parts["xl/externalLinks/externalLink1.xml"] = DECL + (
        f'<externalLink xmlns="{MAIN}" xmlns:r="{REL}"><externalBook r:id="rId1"><sheetNames>'
        '<sheetName val="Ark1"/></sheetNames></externalBook></externalLink>').encode()
    parts["xl/externalLinks/_rels/externalLink1.xml.rels"] = DECL + (
        f'<Relationships xmlns="{PKG}"><Relationship Id="rId1" Target="file://{canary}" TargetMode="External" '
        f'Type="{REL}/externalLinkPath"/><Relationship Id="rId2" Target="http://127.0.0.1:9/bok.xlsx" '
        f'TargetMode="External" Type="{REL}/externalLinkPath"/></Relationships>').encode()
    write_zip(add("external_links", "eksterne-lenker.xlsx", "an external link to a local file and a web address",
                  imported(), canary=True), parts)
    book = Book(main_content_type="application/vnd.ms-excel.sheet.macroEnabled.main+xml",
                workbook_rels_extra=b'<Relationship Id="rId8" Target="vbaProject.bin" '
                                    b'Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject"/>'
,
                content_types_extra=b'<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>')
    parts = book.parts()
    parts["xl/vbaProject.bin"] = (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504
                                  + b'Sub Workbook_Open()\r\n Shell "calc.exe"\r\nEnd Sub\r\n' + rng.randbytes(2048))
    write_zip(add("xlsm_macros", "makro.xlsm", "an xlsm with a VBA project (Workbook_Open runs calc.exe)",
                  imported()), parts)

    # Other formats dressed as xlsx, and encryption.
    parts = {name.replace("workbook.xml", "workbook.bin").replace("sheet1.xml", "sheet1.bin"):
             (rng.randbytes(200) if name.endswith(("workbook.xml", "sheet1.xml")) else data)
             for name, data in good.items()}
    write_zip(add("xlsb_as_xlsx", "binar.xlsx", "an xlsb (binary workbook) named .xlsx", refused("xlsb")), parts)
    path = add("xls_as_xlsx", "gammel.xlsx", "a legacy .xls (OLE compound file) named .xlsx", refused("gammel"))
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504 + rng.randbytes(4096))
    write_zip(add("ods_as_xlsx", "opendocument.xlsx", "an OpenDocument spreadsheet named .xlsx",
                  refused("OpenDocument")), _ods_parts(_ods_table()))
    write_zip(add("ods_bomb", "repetert.ods", "1.5 kB of repeated cells that expand to 90 million",
                  refused("kolonne"), refused("OpenDocument")),
              _ods_parts('<table:table-row table:number-rows-repeated="10000"><table:table-cell '
                         'table:number-columns-repeated="9000" office:value-type="float" office:value="1"/>'
                         '</table:table-row>'))
    path = add("encrypted", "passord.xlsx", "a password-protected workbook (encrypted OLE container)",
               refused("passordbeskyttet"))
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504 + "EncryptionInfo".encode("utf-16-le")
                     + rng.randbytes(2048) + "EncryptedPackage".encode("utf-16-le") + rng.randbytes(4096))
    path = write_zip(add("zip_encrypted_member", "zip-kryptert.xlsx", "a zip member flagged as encrypted",
                         refused(*DAMAGED)), good)
    patch_sizes(path, SHEET1, flags=1)

    # Text files: encodings, NUL bytes, a 50 MB line, quotes, formula text.
    table = [HEADERS, *ROWS]
    add("csv_utf16_bom", "unicode-tekst.txt", "tab-separated UTF-16 with a byte order mark (Excel's «Unicode-tekst»)",
        imported()).write_bytes(codecs.BOM_UTF16_LE + csv_text(table, "\t").encode("utf-16-le"))
    add("csv_utf16_no_bom", "utf16-uten-bom.csv", "semicolon-separated UTF-16 without a byte order mark",
        imported()).write_bytes(csv_text(table).encode("utf-16-le"))
    names = ("Sørbø skole", "Ærfugl barnehage", "Åsen sykehjem")
    rows = [HEADERS, *[[*r[:2], n, *r[3:]] for r, n in zip(ROWS, names, strict=True)]]
    add("csv_cp1252", "windows-1252.csv", "semicolons in Windows-1252 with æ, ø and å",
        imported(names)).write_bytes(csv_text(rows).encode("cp1252"))
    cjk = {"gbk": ("行政部门", "维兰学校", "卫生保健"), "shift_jis": ("総務部", "ヴォラン学校", "保健福祉"),
           "euc_kr": ("행정부", "볼란학교", "보건복지")}
    ascii_headers = [h.replace("ø", "o") for h in HEADERS]
    for encoding, texts in cjk.items():
        rows = [ascii_headers, *[[*r[:2], n, *r[3:]] for r, n in zip(ROWS, texts, strict=True)]]
        add(f"csv_{encoding}", f"{encoding}.csv", f"names in {encoding} (the standalone program has no CJK codecs)",
            refused("tegnkoding")).write_bytes(csv_text(rows).encode(encoding))
    rows = [HEADERS, *[[*r[:2], n, *r[3:]] for r, n in zip(ROWS, names, strict=True)]]
    data = csv_text(rows).encode("utf-8")
    add("csv_utf8_damaged", "utf8-skadet.csv", "UTF-8 with one invalid byte (would turn ø into Ã¸)",
        refused("tegnkoding")).write_bytes(data.replace(b"skole", b"sk\xffole"))
    add("csv_nul", "nul.csv", "NUL bytes in the text", refused("binære")).write_bytes(
        csv_text(table).encode("utf-8").replace(b"Helse", b"He\x00\x00lse"))
    path = add("csv_50mb_line", "lang-linje.csv", "a 50 MB line", refused("tegn"))
    with path.open("wb") as out:
        out.write(csv_text(table[:2]).encode())
        for _ in range(50):
            out.write(b"x" * (1 << 20))
        out.write(b"\r\n" + csv_text(table[2:]).encode())
    add("csv_million_fields", "en-million-felt.csv", "a header and one row of a million empty fields",
        refused(), refused()).write_bytes(csv_text(table[:1]).encode() + b";" * 1_000_000 + b"\r\n")
    add("csv_open_quote", "apent-anforselstegn.csv", "a quote that never closes, then a megabyte",
        refused(), refused()).write_bytes(
        csv_text(table[:2]).encode() + b'2;1;"Vollan skole' + b" tekst" * 200_000 + b"\r\n")
    lines = csv_text(table).encode().split(b"\r\n")
    add("csv_quote_swallows_rows", "anforselstegn-sluker-rader.csv",
        "a text field opened with a quote that never closes, swallowing the rows after it (they were lost)",
        refused("anførselstegn", "aldri lukkes"), refused("anførselstegn", "aldri lukkes")).write_bytes(
        lines[0] + b"\r\n" + lines[1].replace(b";", b';"12 TOMMER ', 1) + b"\r\n" + b"\r\n".join(lines[2:]))
    add("csv_x_semicolon_row", "x-semikolon.csv", "a header and one 10 MB row of «x;» (took 23 s and 350 MB)",
        refused("tegn lang"), refused("tegn lang")).write_bytes(
        csv_text(table[:1]).encode() + b"x;" * 5_000_000 + b"\r\n")
    rows = [HEADERS, *[[*r[:2], text, *r[3:]] for r, text in zip(ROWS, FORMULA_TEXTS, strict=True)]]
    add("csv_formula_text", "formeltekst.csv", "formula-looking names in a CSV", imported(FORMULA_TEXTS)).write_bytes(
        csv_text(rows).encode("utf-8-sig"))

    # Not files, empty files, too large, odd names.
    add("empty_csv", "tom.csv", "an empty file", refused("tom")).write_bytes(b"")
    add("empty_xlsx", "tom.xlsx", "an empty file named .xlsx", refused("tom")).write_bytes(b"")
    add("directory", "mappe.xlsx", "a folder, not a file", refused("mappe")).mkdir()
    path = add("too_large", "for-stor.csv", "a 201 MB file (sparse)", refused("for stor"))
    with path.open("wb") as out:
        out.truncate(201 * 1024 * 1024)
    add("png_as_csv", "bilde.csv", "a PNG picture named .csv", refused()).write_bytes(
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + rng.randbytes(3000))
    odd = "Regnskap «2026» ; $(rm -rf ~) 名 'x' \u202egnp.csv"
    add("odd_name", odd, "a file name with quotes, shell syntax, CJK and a right-to-left override",
        imported()).write_bytes(csv_text(table).encode("utf-8"))
    odd_bad = "Ødelagt ; $(reboot) «fil» \u202egnp.xlsx"
    add("odd_name_refused", odd_bad, "the same kind of name on a damaged workbook",
        refused(*DAMAGED)).write_bytes(whole[: len(whole) // 2])
    (folder / "cases.json").write_text(json.dumps([{"name": c.name, "file": c.file} for c in cases],
                                                  ensure_ascii=False), encoding="utf-8")
    return cases


def _cell(sheet: bytes, ref: str) -> bytes:
    found = re.search(rb'<c r="%s"[^>]*>.*?</c>' % ref.encode(), sheet)
    assert found, ref
    return found.group(0)


def write_zip_to(target: IO[bytes], parts: dict[str, Part]) -> None:
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for name, data in parts.items():
            if callable(data):
                with archive.open(name, "w", force_zip64=True) as member:
                    data(member)
            else:
                archive.writestr(name, data)


def _numbered_rows(sheet: bytes, count: int) -> Callable[[IO[bytes]], None]:
    head = sheet.split(b"</sheetData>")[0]

    def write(out: IO[bytes]) -> None:
        out.write(head)
        for start in range(4, count + 4, 100_000):
            out.write(b"".join(b'<row r="%d"><c r="A%d"><v>1</v></c></row>' % (r, r)
                               for r in range(start, min(start + 100_000, count + 4))))
        out.write(b"</sheetData></worksheet>")
    return write


def _overlapping_zip(path: Path, good: dict[str, bytes]) -> None:
    """A workbook whose central directory lists one 10 MB member 60 times (the same bytes)."""
    buffer = io.BytesIO()
    write_zip_to(buffer, {**good, "xl/media/ark.xml": b"<a>" + b"0" * (10 << 20) + b"</a>"})
    raw = buffer.getvalue()
    end = raw.rfind(b"PK\x05\x06")
    directory_at = struct.unpack_from("<I", raw, end + 16)[0]
    entries = raw[directory_at:end]
    at = entries.find(b"PK\x01\x02" + b"")
    records = []
    while at >= 0:
        name_len, extra_len, comment_len = struct.unpack_from("<HHH", entries, at + 28)
        records.append(entries[at:at + 46 + name_len + extra_len + comment_len])
        at = entries.find(b"PK\x01\x02", at + 46 + name_len + extra_len + comment_len)
    big = next(r for r in records if b"xl/media/ark.xml" in r)
    directory = b"".join(records) + big * 59
    count = len(records) + 59
    tail = struct.pack("<4sHHHHIIH", b"PK\x05\x06", 0, 0, count, count, len(directory), directory_at, 0)
    path.write_bytes(raw[:directory_at] + directory + tail)


def _ods_table() -> str:
    cells = []
    for row in [HEADERS, *ROWS]:
        parts = []
        for value in row:
            if value is None:
                parts.append("<table:table-cell/>")
            elif isinstance(value, str):
                parts.append(f'<table:table-cell office:value-type="string"><text:p>{escape(value)}</text:p>'
                             "</table:table-cell>")
            else:
                parts.append(f'<table:table-cell office:value-type="float" office:value="{value}"/>')
        cells.append(f"<table:table-row>{''.join(parts)}</table:table-row>")
    return "".join(cells)


def _ods_parts(rows: str) -> dict[str, Part]:
    content = (
        '<?xml version="1.0" encoding="UTF-8"?><office:document-content '
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2"><office:body>'
        f'<office:spreadsheet><table:table table:name="Ark1">{rows}</table:table></office:spreadsheet>'
        "</office:body></office:document-content>")
    return {
        "mimetype": b"application/vnd.oasis.opendocument.spreadsheet",
        "META-INF/manifest.xml": b'<?xml version="1.0"?><manifest:manifest xmlns:manifest='
                                 b'"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry '
                                 b'manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                                 b"</manifest:manifest>",
        "content.xml": content.encode(),
    }


def main(argv: list[str]) -> int:
    folder = Path(argv[0] if argv else "hostile-corpus")
    for case in build(folder):
        path = folder / case.file
        size = path.stat().st_size if path.is_file() else 0
        print(f"{case.name:28} {size:>12,} B  {case.about}")
    print(f"{len(os.listdir(folder))} entries in {folder}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
