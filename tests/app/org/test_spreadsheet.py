"""Reading spreadsheets safely: real files written here, read back as a user's file would be."""

from __future__ import annotations

import time
import zipfile
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook

from app.io import SpreadsheetError, find_header_row, normalise_header, read_table

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def save_workbook(path: Path, sheets: dict[str, list[list[object]]], hidden: tuple[str, ...] = ()) -> Path:
    workbook = Workbook()
    workbook.remove(workbook.active)
    for title, rows in sheets.items():
        ws = workbook.create_sheet(title)
        for row in rows:
            ws.append(row)
        if title in hidden:
            ws.sheet_state = "hidden"
    workbook.save(path)
    return path


def rewrite_member(path: Path, member: str, change: Callable[[bytes], bytes]) -> Path:
    """Replace one part of an xlsx (its XML) by ``change(old)``, keeping the rest as it was."""
    out = path.with_name(path.stem + "-endret.xlsx")
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            dst.writestr(info.filename, change(data) if info.filename == member else data)
    return out


SHEET1 = "xl/worksheets/sheet1.xml"


def test_title_rows_above_the_header_keep_excel_row_numbers(tmp_path: Path) -> None:
    path = save_workbook(tmp_path / "enheter.xlsx", {"Enheter": [
        ["Enhetsliste for Lindvik kommune"],
        [],
        ["Utskrevet 23.11.2026", None, None],
        ["Enhetsid", "Overordnet", "Navn", "Årsverk"],
        [1, None, "Rådmannen", 3],
        [2, 1, "Økonomi", 9.5],
        [],
        [3, 1, "Vollan skole", 41.2],
    ]})
    table = read_table(path)
    assert table.file_name == "enheter.xlsx" and table.sheet_name == "Enheter"
    header = find_header_row(table.rows, {"enhetsid", "overordnet", "navn", "årsverk"})
    assert header == 3  # Excel's row 4
    assert table.rows[3] == ["Enhetsid", "Overordnet", "Navn", "Årsverk"]
    assert table.rows[7] == [3, 1, "Vollan skole", 41.2]  # Excel's row 8, after the empty row 7
    assert table.rows[6] == [] and table.rows[0] == ["Enhetsliste for Lindvik kommune"]
    assert table.width == 4 and table.cell(0, 3) is None and table.cell(7, 2) == "Vollan skole"


def test_a_stray_cell_far_right_does_not_widen_every_row(tmp_path: Path) -> None:
    workbook = Workbook()
    ws = workbook.active
    for i in range(1, 2001):
        ws.append([i, f"Enhet {i}"])
    ws["XFD7"] = "glemt"
    workbook.save(tmp_path / "bred.xlsx")
    table = read_table(tmp_path / "bred.xlsx")
    assert table.width == 16384 and len(table.rows[6]) == 16384
    assert sum(len(r) for r in table.rows) < 16384 + 2 * 2000
    assert table.cell(6, 16383) == "glemt" and table.cell(8, 16383) is None


def test_values_keep_their_types(tmp_path: Path) -> None:
    path = save_workbook(tmp_path / "typer.xlsx", {"Ark1": [
        ["tekst", "heltall", "desimal", "dato", "sann", "kode"],
        ["Ørnes", 101, 12.5, date(2026, 8, 1), True, "0101"],
    ]})
    row = read_table(path).rows[1]
    assert row[:3] == ["Ørnes", 101, 12.5]
    assert isinstance(row[3], datetime) and row[3].date() == date(2026, 8, 1)
    assert row[4] is True
    assert row[5] == "0101"  # text stays text: the leading zero matters


def test_the_first_visible_sheet_is_read_unless_one_is_named(tmp_path: Path) -> None:
    path = save_workbook(tmp_path / "bok.xlsx", {
        "Hjelpetall": [["skjult"]], "Enheter": [["synlig"]], "Annet": [["tredje"]],
    }, hidden=("Hjelpetall",))
    table = read_table(path)
    assert table.sheet_name == "Enheter" and table.rows == [["synlig"]]
    assert table.sheet_names == ["Hjelpetall", "Enheter", "Annet"]
    assert read_table(path, sheet="annet").rows == [["tredje"]]  # any case
    assert read_table(path, sheet="Hjelpetall").rows == [["skjult"]]
    with pytest.raises(SpreadsheetError) as err:
        read_table(path, sheet="Budsjett")
    assert "«Budsjett»" in str(err.value) and "«Enheter»" in str(err.value) and "bok.xlsx" in str(err.value)


def test_semicolon_csv_in_windows_1252_with_norwegian_letters(tmp_path: Path) -> None:
    path = tmp_path / "enheter.csv"
    path.write_bytes("Id;Overordnet;Navn;Årsverk\r\n1;;Rådmannen;3\r\n2;1;Sørbø skole;41,5\r\n;;;\r\n\r\n"
                     .encode("cp1252"))
    table = read_table(path)
    assert table.sheet_name is None and table.sheet_names == []
    assert table.rows == [["Id", "Overordnet", "Navn", "Årsverk"], ["1", None, "Rådmannen", "3"],
                          ["2", "1", "Sørbø skole", "41,5"]]  # trailing empty rows dropped


@pytest.mark.parametrize(("text", "encoding"), [
    ("\ufeffId,Navn,Leder\n1,Ærfugl barnehage,\"Hansen, Kari\"\n", "utf-8"),
    ("Id\tNavn\tLeder\n1\tÆrfugl barnehage\tHansen, Kari\n", "utf-8"),
    ("\ufeffId\tNavn\tLeder\r\n1\tÆrfugl barnehage\tHansen, Kari\r\n", "utf-16-le"),  # Excel's «Unicode-tekst»
])
def test_comma_and_tab_separated_text_in_utf8_and_utf16(tmp_path: Path, text: str, encoding: str) -> None:
    path = tmp_path / "liste.txt"
    path.write_bytes(text.encode(encoding))
    assert read_table(path).rows == [["Id", "Navn", "Leder"], ["1", "Ærfugl barnehage", "Hansen, Kari"]]


def test_a_huge_highly_compressible_sheet_is_refused_before_parsing(tmp_path: Path) -> None:
    path = save_workbook(tmp_path / "bombe.xlsx", {"Ark1": [["a"]]})
    bomb = tmp_path / "zipbombe.xlsx"
    row = b'<row><c t="inlineStr"><is><t>aaaaaaaaaaaaaaaaaaaa</t></is></c></row>' * 20_000
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as dst:
        for info in src.infolist():
            if info.filename != SHEET1:
                dst.writestr(info.filename, src.read(info.filename))
        with dst.open(SHEET1, "w", force_zip64=True) as sheet:
            sheet.write(b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>')
            for _ in range((210 * 1024 * 1024) // len(row) + 1):
                sheet.write(row)
            sheet.write(b"</sheetData></worksheet>")
    assert bomb.stat().st_size < 2 * 1024 * 1024  # small on disk, 210 MB unpacked
    started = time.perf_counter()
    with pytest.raises(SpreadsheetError) as err:
        read_table(bomb)
    assert time.perf_counter() - started < 1.0
    message = str(err.value)
    assert "zipbombe.xlsx" in message and "pakker seg ut til" in message and "grensen" in message


def test_a_truncated_workbook_gets_a_clear_message(tmp_path: Path) -> None:
    path = save_workbook(tmp_path / "hel.xlsx", {"Ark1": [[f"rad {i}", i] for i in range(500)]})
    cut = tmp_path / "avkuttet.xlsx"
    cut.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    with pytest.raises(SpreadsheetError) as err:
        read_table(cut)
    assert "«avkuttet.xlsx»" in str(err.value) and "skadet eller ufullstendig" in str(err.value)


def test_damaged_sheet_data_gets_a_clear_message(tmp_path: Path) -> None:
    path = save_workbook(tmp_path / "hel.xlsx", {"Ark1": [[f"rad {i}", i] for i in range(2000)]})
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo(SHEET1)
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    for offset in range(start + 200, start + 260):
        data[offset] ^= 0x5A
    damaged = tmp_path / "skadet.xlsx"
    damaged.write_bytes(bytes(data))
    with pytest.raises(SpreadsheetError) as err:
        read_table(damaged)
    assert "«skadet.xlsx»" in str(err.value)
    assert "skadet" in str(err.value).replace("«skadet.xlsx»", "")


def test_xml_entity_declarations_are_refused(tmp_path: Path) -> None:
    path = save_workbook(tmp_path / "ok.xlsx", {"Ark1": [["x"]]})
    laughs = (b'<?xml version="1.0"?><!DOCTYPE lol [<!ENTITY lol "lol">'
              b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>')

    def add_doctype(xml: bytes) -> bytes:
        body = xml.split(b"?>", 1)[1] if xml.startswith(b"<?xml") else xml
        return laughs + body.replace(b"<v>", b"<v>&lol2;", 1).replace(b">x<", b">&lol2;<", 1)

    evil = rewrite_member(path, SHEET1, add_doctype)
    with pytest.raises(SpreadsheetError) as err:
        read_table(evil)
    assert "DTD" in str(err.value) and "ok-endret.xlsx" in str(err.value)


def test_whole_numbers_written_as_101_0_stay_numbers(tmp_path: Path) -> None:
    path = save_workbook(tmp_path / "tall.xlsx", {"Ark1": [[101, 7]]})
    changed = rewrite_member(path, SHEET1, lambda xml: xml.replace(b"<v>101</v>", b"<v>101.0</v>"))
    assert read_table(changed).rows == [[101.0, 7]]


def test_password_protected_and_legacy_workbooks_are_named(tmp_path: Path) -> None:
    encrypted = tmp_path / "hemmelig.xlsx"
    encrypted.write_bytes(OLE_MAGIC + b"\x00" * 504 + "EncryptionInfo".encode("utf-16-le") + b"\x00" * 2048)
    with pytest.raises(SpreadsheetError) as err:
        read_table(encrypted)
    assert "«hemmelig.xlsx»" in str(err.value) and "passordbeskyttet" in str(err.value)
    legacy = tmp_path / "gammel.xls"
    legacy.write_bytes(OLE_MAGIC + b"\x00" * 4096)
    with pytest.raises(SpreadsheetError) as err:
        read_table(legacy)
    assert "«gammel.xls»" in str(err.value) and ".xls" in str(err.value) and ".xlsx" in str(err.value)


def test_too_many_rows_and_missing_files_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "lang.csv"
    path.write_text("Id;Navn\n" + "".join(f"{i};Enhet {i}\n" for i in range(20)), encoding="utf-8")
    with pytest.raises(SpreadsheetError) as err:
        read_table(path, max_rows=10)
    assert "lang.csv" in str(err.value) and "10 rader" in str(err.value)
    xlsx = save_workbook(tmp_path / "lang.xlsx", {"Ark1": [[i] for i in range(20)]})
    with pytest.raises(SpreadsheetError) as err:
        read_table(xlsx, max_rows=10)
    assert "lang.xlsx" in str(err.value) and "«Ark1»" in str(err.value)
    with pytest.raises(SpreadsheetError) as err:
        read_table(tmp_path / "finnes-ikke.xlsx")
    assert "Finner ikke filen" in str(err.value)


def test_a_text_file_with_binary_content_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "binar.csv"
    path.write_bytes(b"Id;Navn\n1;\x00\x01\x02\n")
    with pytest.raises(SpreadsheetError) as err:
        read_table(path)
    assert "binær" in str(err.value) and "binar.csv" in str(err.value)


def test_header_names_match_across_spellings() -> None:
    assert normalise_header("Årsverk") == normalise_header("aarsverk") == normalise_header("ÅRS_VERK ")
    assert normalise_header("Unit ID") == normalise_header("unit_id") == normalise_header("Unit-Id")
    assert normalise_header("Leiar") != normalise_header("Leder")
    rows = [["Budsjett 2027"], ["Ansvar", "Art", "Beløp"], ["1400", "10100", 100]]
    assert find_header_row(rows, {"ansvar", "art", "beløp"}) == 1
    assert find_header_row([[], ["x", "y"]], {"ansvar"}) == 1  # nothing known: the first non-empty row


def excel_like_workbook(path: Path, shared_strings: str, sheet_xml: str, prefix: str = "") -> Path:
    """A workbook as Excel writes it (openpyxl writes inline strings only): shared strings, a
    date style, and optionally an «x:» namespace prefix as some .NET libraries write."""
    main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    ns = f'xmlns:{prefix.rstrip(":")}="{main}"' if prefix else f'xmlns="{main}"'
    parts = {
        "[Content_Types].xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/worksheets/sheet1.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
            '<Override PartName="/xl/sharedStrings.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
            '<Override PartName="/xl/styles.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
            "</Types>"),
        "_rels/.rels": (
            '<?xml version="1.0" encoding="UTF-8"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Target="xl/workbook.xml" '
            'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"/>'
            "</Relationships>"),
        "xl/workbook.xml": (
            f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{main}" xmlns:r="{rel}">'
            '<sheets><sheet name="Regnskap 2026" sheetId="1" r:id="rId1"/></sheets></workbook>'),
        "xl/_rels/workbook.xml.rels": (
            '<?xml version="1.0" encoding="UTF-8"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Target="worksheets/sheet1.xml" Type="{rel}/worksheet"/>'
            f'<Relationship Id="rId2" Target="sharedStrings.xml" Type="{rel}/sharedStrings"/>'
            f'<Relationship Id="rId3" Target="styles.xml" Type="{rel}/styles"/>'
            "</Relationships>"),
        "xl/sharedStrings.xml": f'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{main}">{shared_strings}</sst>',
        "xl/styles.xml": (
            f'<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="{main}">'
            '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
            '<fills count="1"><fill><patternFill patternType="none"/></fill></fills>'
            '<borders count="1"><border/></borders>'
            '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
            '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
            '<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>'
            "</styleSheet>"),
        "xl/worksheets/sheet1.xml": (
            f'<?xml version="1.0" encoding="UTF-8"?><{prefix}worksheet {ns}>'
            f'<{prefix}dimension ref="A1"/><{prefix}sheetData>{sheet_xml}</{prefix}sheetData></{prefix}worksheet>'),
    }
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in parts.items():
            archive.writestr(name, text.encode("utf-8"))
    return path


def test_a_workbook_as_excel_writes_it(tmp_path: Path) -> None:
    strings = ('<si><t>Ansvar</t></si><si><t xml:space="preserve">Beløp </t></si>'
               '<si><r><t>Rådmann</t></r><r><rPr><b/></rPr><t>en</t></r><rPh sb="0" eb="7"><t>X</t></rPh></si>'
               '<si><t>Dato</t></si>')
    for prefix in ("", "x:"):
        p = prefix
        sheet = (
            f'<{p}row r="2"><{p}c r="A2" t="s"><{p}v>0</{p}v></{p}c><{p}c r="B2" t="s"><{p}v>1</{p}v></{p}c>'
            f'<{p}c r="D2" t="s"><{p}v>3</{p}v></{p}c></{p}row>'
            f'<{p}row r="3"><{p}c r="A3" t="s"><{p}v>2</{p}v></{p}c><{p}c r="B3"><{p}v>-1234.5</{p}v></{p}c>'
            f'<{p}c r="C3" t="b"><{p}v>1</{p}v></{p}c><{p}c r="D3" s="1"><{p}v>46349</{p}v></{p}c></{p}row>'
            f'<{p}row r="5"><{p}c r="A5" t="str"><{p}f>A2&amp;"x"</{p}f><{p}v>Ansvarx</{p}v></{p}c>'
            f'<{p}c r="B5"><{p}f>SUM(B3:B4)</{p}f></{p}c><{p}c r="C5" t="e"><{p}v>#N/A</{p}v></{p}c></{p}row>'
        )
        table = read_table(excel_like_workbook(tmp_path / f"excel{len(p)}.xlsx", strings, sheet, p))
        assert table.sheet_name == "Regnskap 2026"
        assert table.rows[0] == [] and table.rows[3] == []
        assert table.rows[1] == ["Ansvar", "Beløp ", None, "Dato"]
        assert table.rows[2][:3] == ["Rådmannen", -1234.5, True]
        assert table.rows[2][3] == datetime(2026, 11, 23)
        assert table.rows[4] == ["Ansvarx", None, "#N/A"]  # the cached value; no value: empty
