"""Bad and hostile files get a clear Norwegian message, bounded time and memory, and no change."""

from __future__ import annotations

import time
import tracemalloc
import zipfile
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from app.budget.importer import BudgetImportError, import_budget, plan_budget_import
from app.storage.database import Database
from db.models import BudgetLine, BudgetSet

GOOD_ROWS = [["Ansvar", "Art", "Beløp"], ["1200", "10100", 100], ["1300", "10100", 250.5]]


def write_xlsx(path: Path, rows: list[list[object]], title: str = "Regnskap") -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = title
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def counts(db: Database) -> tuple[int, int]:
    with db.session() as session:
        return (session.scalar(select(func.count()).select_from(BudgetLine)),
                session.scalar(select(func.count()).select_from(BudgetSet)))


def refused(db: Database, path: Path, match: str, **kwargs: object) -> BudgetImportError:
    """The whole import, as the CLI and the window run it, fails with ``match`` and writes nothing."""
    before = counts(db)
    with pytest.raises(BudgetImportError, match=match) as caught:
        plan = plan_budget_import(path, **kwargs)
        with db.session() as session:
            import_budget(session, plan, set_name="X", kind="regnskap", year=2026, accept_skips=True)
    assert counts(db) == before
    return caught.value


@pytest.fixture
def db_with_a_set(empty_db: Database, tmp_path: Path) -> Database:
    path = write_xlsx(tmp_path / "ok.xlsx", GOOD_ROWS)
    with empty_db.session() as session:
        import_budget(session, plan_budget_import(path), set_name="Før", kind="regnskap", year=2026)
    assert counts(empty_db) == (2, 1)
    return empty_db


def test_truncated_workbook(db_with_a_set: Database, tmp_path: Path) -> None:
    whole = write_xlsx(tmp_path / "hel.xlsx", GOOD_ROWS).read_bytes()
    path = tmp_path / "avkuttet.xlsx"
    path.write_bytes(whole[: len(whole) // 2])
    error = refused(db_with_a_set, path, "skadet eller ufullstendig")
    assert "avkuttet.xlsx" in str(error)


def test_random_bytes_and_text_named_xlsx(db_with_a_set: Database, tmp_path: Path) -> None:
    path = tmp_path / "tull.xlsx"
    path.write_bytes(b"PK\x03\x04" + bytes(range(256)) * 40)
    refused(db_with_a_set, path, "skadet eller ufullstendig")
    text = tmp_path / "tekst.xlsx"
    text.write_text("Ansvar;Beløp\n1200;5\n", encoding="utf-8")
    refused(db_with_a_set, text, "tekst.xlsx")


def test_empty_file(db_with_a_set: Database, tmp_path: Path) -> None:
    path = tmp_path / "tom.csv"
    path.write_bytes(b"")
    refused(db_with_a_set, path, "tom")


def test_password_protected_workbook(db_with_a_set: Database, tmp_path: Path) -> None:
    # What Excel writes for «Krypter med passord»: an OLE compound file holding EncryptionInfo.
    path = tmp_path / "hemmelig.xlsx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504 + "EncryptionInfo".encode("utf-16-le")
                     + b"\x00" * 1000 + "EncryptedPackage".encode("utf-16-le"))
    refused(db_with_a_set, path, "passordbeskyttet")


def test_empty_sheet(db_with_a_set: Database, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "tomt.xlsx", [])
    refused(db_with_a_set, path, "tomt")


def test_sheet_without_a_recognisable_header(db_with_a_set: Database, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "rart.xlsx", [["Hei", "på", "deg"], [1, 2, 3], [4, 5, 6]])
    error = refused(db_with_a_set, path, "Fant ingen overskriftsrad")
    assert "«Hei», «på», «deg»" in str(error) and "--map" not in str(error)  # the window shows it too
    assert error.hint is not None and error.hint.kind == "map_column"


def test_beyond_the_row_limit(db_with_a_set: Database, tmp_path: Path) -> None:
    rows = [GOOD_ROWS[0]] + [["1200", "10100", i] for i in range(60)]
    path = write_xlsx(tmp_path / "stor.xlsx", rows)
    error = refused(db_with_a_set, path, "grensen er 50 rader", max_rows=50)
    assert "stor.xlsx" in str(error)
    # openpyxl's write-only mode leaves out the sheet's <dimension>: the rows are counted after reading.
    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("Regnskap")
    for row in rows:
        ws.append(row)
    wb.save(tmp_path / "uten-dimensjon.xlsx")
    refused(db_with_a_set, tmp_path / "uten-dimensjon.xlsx", "har 61 rader; grensen er 50 rader", max_rows=50)
    csv_path = tmp_path / "stor.csv"
    csv_path.write_text("\n".join(";".join(str(c) for c in r) for r in rows), encoding="utf-8")
    refused(db_with_a_set, csv_path, "grensen er 50 rader", max_rows=50)


def _rewrite_member(source: Path, target: Path, member: str, change) -> Path:  # type: ignore[no-untyped-def]
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == member:
                data = change(data)
            out.writestr(info.filename, data)
    return target


def test_xml_entity_bomb(db_with_a_set: Database, tmp_path: Path) -> None:
    good = write_xlsx(tmp_path / "god.xlsx", GOOD_ROWS)
    laughs = (b'<!DOCTYPE lolz [<!ENTITY lol "lol">'
              + b"".join(b'<!ENTITY lol%d "%s">' % (i, b"".join(b"&lol%s;" % (b"" if i == 1 else str(i - 1).encode())
                                                                for _ in range(10))) for i in range(1, 10))
              + b"]>")

    def bomb(data: bytes) -> bytes:
        head, sep, rest = data.partition(b"?>")
        return head + sep + laughs + rest.replace(b">1200<", b">&lol9;<", 1)

    path = _rewrite_member(good, tmp_path / "bombe.xlsx", "xl/worksheets/sheet1.xml", bomb)
    start = time.perf_counter()
    tracemalloc.start()
    try:
        refused(db_with_a_set, path, "dokumenttypedefinisjon")
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert time.perf_counter() - start < 5
    assert peak < 50 * 1024 * 1024


def test_zip_bomb(db_with_a_set: Database, tmp_path: Path) -> None:
    good = write_xlsx(tmp_path / "god.xlsx", GOOD_ROWS)
    # 64 MB of one repeated row compress to a few hundred kB; the limit here is 16 MB unpacked.
    row = b'<row><c t="inlineStr"><is><t>x</t></is></c></row>'

    def inflate(data: bytes) -> bytes:
        return data.replace(b"</sheetData>", row * (64 * 1024 * 1024 // len(row)) + b"</sheetData>", 1)

    path = _rewrite_member(good, tmp_path / "zipbombe.xlsx", "xl/worksheets/sheet1.xml", inflate)
    assert path.stat().st_size < 2 * 1024 * 1024
    start = time.perf_counter()
    tracemalloc.start()
    try:
        error = refused(db_with_a_set, path, "pakker seg ut til", max_bytes=16 * 1024 * 1024)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert "zipbombe.xlsx" in str(error)
    assert time.perf_counter() - start < 5
    assert peak < 50 * 1024 * 1024


def test_a_missing_file(tmp_path: Path) -> None:
    with pytest.raises(BudgetImportError, match="Finner ikke filen"):
        plan_budget_import(tmp_path / "finnes-ikke.xlsx")
