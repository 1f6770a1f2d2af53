"""Fuzzing both importers with hypothesis (docs/RELIABILITY.md).

Three kinds of input: text files (random bytes, or tables in random delimiters, quoting, line
ends and encodings), workbooks written by openpyxl with random values of random types under
the headers the importers know, and a valid workbook with bytes flipped, deleted or inserted
(in the file, or in one XML part re-zipped so its checksum holds). The properties, for the
budget importer (plan, then import) and the unit-list importer (plan, then import):

- nothing but an :class:`~app.errors.AppError` ever ends the reading or the import;
- when a file imports, the database holds exactly what the plan read: the set's lines sum to
  the plan's total (and are as many), the organisation version has the plan's units.

CI runs the «ci» profile (150 examples a property); ``HYPOTHESIS_PROFILE=long`` runs 5 000.
"""

from __future__ import annotations

import csv
import io
import os
import random
import zipfile
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from hypothesis.control import currently_in_test_context
from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from sqlalchemy import func, select

from app.budget.importer import import_budget, plan_budget_import
from app.errors import AppError
from app.org.importer import import_units, plan_import
from app.storage.database import Database
from db.models import BudgetLine, Unit
from tests.hostile.corpus import FORMULA_TEXTS, Book

pytestmark = pytest.mark.slow  # hundreds of generated files: left out of `pytest -m "not slow"`
_SHARED = [HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.data_too_large]
settings.register_profile("ci", max_examples=150, deadline=timedelta(seconds=30), database=None,
                          suppress_health_check=_SHARED, print_blob=True)
settings.register_profile("long", max_examples=5000, deadline=None, suppress_health_check=_SHARED,
                          print_blob=True)
FUZZ = settings.get_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
TODAY = date(2026, 11, 23)


class Importers:
    """Both importers on one database, example after example; counts how each file ended."""

    def __init__(self, db: Database, folder: Path) -> None:
        self.db, self.folder, self.n = db, folder, 0
        self.ends: dict[str, int] = {}

    def check(self, data: bytes, suffix: str) -> None:
        self.n += 1
        path = self.folder / f"fil-{self.n}{suffix}"
        path.write_bytes(data)
        try:
            self._end("budget", self._budget(path))
            self._end("org", self._org(path))
        finally:
            path.unlink()

    def _end(self, importer: str, how: str) -> None:
        key = f"{importer} {how}"
        self.ends[key] = self.ends.get(key, 0) + 1
        if currently_in_test_context():
            event(key)  # --hypothesis-show-statistics shows how the examples ended

    def _budget(self, path: Path) -> str:
        try:
            plan = plan_budget_import(path)
        except AppError:
            return "refused"
        try:
            with self.db.session() as session:
                result = import_budget(session, plan, set_name="Fuzz", kind="regnskap", year=2026,
                                       accept_skips=True, replace=True)
        except AppError:
            return "refused at import"
        with self.db.session() as session:
            total, count = session.execute(
                select(func.coalesce(func.sum(BudgetLine.amount_ore), 0), func.count())
                .where(BudgetLine.budget_set_id == result.set_id)).one()
        assert (total, count) == (plan.total_ore, plan.line_count) == (result.total_ore, result.lines)
        return "imported"

    def _org(self, path: Path) -> str:
        try:
            plan = plan_import(path)
        except AppError:
            return "refused"
        try:
            with self.db.session() as session:
                result = import_units(session, plan, version_name=f"Fuzz {self.n}", today=TODAY)
        except AppError:
            return "refused at import"
        with self.db.session() as session:
            names = sorted(session.scalars(select(Unit.name).where(Unit.org_version_id == result.version_id)))
        assert names == sorted(unit.name for unit in plan.rows)
        return "imported"


@pytest.fixture
def importers(empty_db: Database, tmp_path: Path) -> Importers:
    return Importers(empty_db, tmp_path)


# --- values ------------------------------------------------------------------------------------

HEADERS = ["Id", "Overordnet", "Navn", "Type", "Leder", "Årsverk", "Ansvar", "Art", "Funksjon", "Prosjekt",
           "Periode", "Beløp", "Tekst", "Regnskap 2026", "Budsjett 2026", "Konto", "Tjeneste"]
odd_text = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=24)
formula_like = st.sampled_from([*FORMULA_TEXTS, "+1+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1", "=1/0", "-", "–"])
number_text = st.one_of(
    st.decimals(min_value=-10**9, max_value=10**9, places=2).map(lambda d: f"{d:,.2f}".replace(",", " ")
                                                                 .replace(".", ",")),
    st.sampled_from(["1 234,50", "1.234,50", "1,234.50", "12,5", "(100)", "100-", "1e308", "-1e400", "NaN",
                     "inf", "0x10", "١٢٣", "１２３", "1\u00a0000", "− 5"]))
code = st.one_of(st.integers(0, 10**10), st.text("0123456789", min_size=1, max_size=8), odd_text,
                 st.sampled_from(["Sum", "Totalt", "1200 Vollan skole", "1 200", "01"]))
amount = st.one_of(st.floats(allow_nan=True, allow_infinity=True), st.integers(-10**20, 10**20),
                   st.decimals(allow_nan=False, allow_infinity=False, places=3).filter(lambda d: abs(d) < 10**15),
                   number_text, st.none())
any_value = st.one_of(st.none(), odd_text, formula_like, number_text, code, amount, st.booleans(),
                      st.datetimes(min_value=datetime(1900, 3, 1), max_value=datetime(2100, 1, 1)))
by_header = {"Id": st.one_of(st.integers(1, 12), code), "Overordnet": st.one_of(st.none(), st.integers(1, 12), code),
             "Navn": st.one_of(odd_text, formula_like), "Beløp": amount, "Regnskap 2026": amount,
             "Budsjett 2026": amount, "Årsverk": st.one_of(amount, number_text), "Ansvar": code, "Art": code,
             "Funksjon": code, "Konto": code, "Tjeneste": code,
             "Periode": st.one_of(st.integers(-2, 15), st.sampled_from(["2026-03", "mars", "202613", "13"]))}


CORE = ["Id", "Overordnet", "Navn", "Ansvar", "Beløp"]  # what both importers need
name_text = st.one_of(st.text("abcdefghijklmnopqrstuvwxyzæøåÆØÅ -'.,()", min_size=1, max_size=30)
                      .filter(lambda t: t.strip()), formula_like, odd_text.filter(lambda t: t.strip()))
sane = {"Ansvar": st.sampled_from(["1000", "1200", "1300", "2100", "2110", "4100"]),
        "Beløp": st.one_of(st.integers(-10**9, 10**9), st.floats(-1e9, 1e9, allow_nan=False).map(lambda f: round(f, 2)),
                           st.sampled_from(["1 234,50", "-", "12,5", "-100"])),
        "Art": st.sampled_from(["10100", "11000", "16000"]), "Funksjon": st.sampled_from(["120", "202", "254"]),
        "Periode": st.integers(1, 12), "Årsverk": st.one_of(st.integers(0, 50), st.sampled_from(["12,5", "0,5"])),
        "Leder": st.one_of(st.none(), name_text), "Type": st.sampled_from(["Resultatenhet", "Stab", "Sektor"])}


@st.composite
def tables(draw: st.DrawFn) -> list[list[object]]:
    """Mostly a table both importers could take, with a cell in ten made hostile; now and then
    headers and cells of any kind at all."""
    titles = draw(st.lists(st.lists(any_value, max_size=3), max_size=2))
    if draw(st.integers(0, 4)) == 0:
        headers = draw(st.lists(st.one_of(st.sampled_from(HEADERS), odd_text), min_size=1, max_size=8, unique=True))
        rows = draw(st.lists(st.tuples(*[by_header.get(h, any_value) for h in headers]).map(list), max_size=12))
        return [*titles, headers, *rows]
    extra = draw(st.lists(st.sampled_from(sorted(sane)), unique=True, max_size=3))
    headers = draw(st.permutations([*CORE, *(h for h in extra if h not in CORE)]))
    rows = []
    for number in range(1, draw(st.integers(1, 12)) + 1):
        row = []
        for header in headers:
            if draw(st.integers(0, 9)) == 0:
                value = draw(by_header.get(header, any_value))
            elif header == "Id":
                value = number
            elif header == "Overordnet":
                value = None if number == 1 else draw(st.integers(1, number - 1))
            elif header == "Navn":
                value = draw(name_text)
            else:
                value = draw(sane[header])
            row.append(value)
        rows.append(row)
    return [*titles, headers, *rows]


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value == value and abs(value) != float("inf"):
        return repr(value).replace(".", ",")
    return str(value)


@st.composite
def text_files(draw: st.DrawFn) -> tuple[bytes, str]:
    suffix = draw(st.sampled_from([".csv", ".txt", ".tsv"]))
    if draw(st.booleans()):
        return draw(st.binary(max_size=3000)), suffix
    table = draw(tables())
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=draw(st.sampled_from([";", ",", "\t", "|"])),
                        quoting=draw(st.sampled_from([csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC])),
                        lineterminator=draw(st.sampled_from(["\r\n", "\n", "\r"])))
    writer.writerows([[_cell_text(v) for v in row] for row in table])
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "utf-16", "utf-16-le"]))
    return buffer.getvalue().encode(encoding, errors="replace"), suffix


@st.composite
def workbooks(draw: st.DrawFn) -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    if draw(st.booleans()):
        title = ILLEGAL_CHARACTERS_RE.sub("", draw(st.text(min_size=1, max_size=31)))
        sheet.title = "".join(c for c in title if c not in "[]:*?/\\").strip("'") or "Ark"
    for row in draw(tables()):
        cells = []
        for value in row:
            if isinstance(value, str):
                value = ILLEGAL_CHARACTERS_RE.sub("", value)  # openpyxl cannot write them; Excel does not
            elif isinstance(value, Decimal):
                value = float(value)
            cells.append(value)
        sheet.append(cells)
        if draw(st.booleans()):  # sometimes formula-looking text stays text, sometimes a formula
            for cell in sheet[sheet.max_row]:
                if isinstance(cell.value, str) and cell.value.startswith("="):
                    cell.data_type = "s"
    if draw(st.booleans()):
        hidden = workbook.create_sheet("Skjult", 0)
        hidden.sheet_state = "hidden"
        hidden.append(["Ansvar", "Beløp"])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _valid_workbook(stored: bool) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED) as archive:
        for name, data in Book().parts().items():
            archive.writestr(name, data)
    return buffer.getvalue()


VALID = {stored: _valid_workbook(stored) for stored in (True, False)}
MEMBERS = sorted(Book().parts())


def _mutate(data: bytes, seed: int, count: int) -> bytes:
    rng = random.Random(seed)
    out = bytearray(data)
    for _ in range(count):
        at = rng.randrange(max(len(out), 1))
        kind = rng.choice(("flip", "delete", "insert", "byte"))
        if kind == "flip" and out:
            out[at] ^= 1 << rng.randrange(8)
        elif kind == "delete" and out:
            del out[at:at + rng.randint(1, 16)]
        elif kind == "insert":
            out[at:at] = rng.choice([rng.randbytes(rng.randint(1, 8)), b"<", b">", b'"', b"&", b"<!DOCTYPE",
                                     b"</row>", b'<c r="XFD1048576">', b"\xff\xfe", b"99999999"])
        elif out:
            out[at] = rng.randrange(256)
    return bytes(out)


@st.composite
def mutated_workbooks(draw: st.DrawFn) -> bytes:
    stored = draw(st.booleans())
    seed, count = draw(st.integers(0, 2**32)), draw(st.integers(1, 12))
    member = draw(st.sampled_from([None, *MEMBERS]))
    if member is None:
        return _mutate(VALID[stored], seed, count)
    buffer = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(VALID[stored])) as source, zipfile.ZipFile(buffer, "w") as target:
        for info in source.infolist():
            data = source.read(info)
            target.writestr(info, _mutate(data, seed, count) if info.filename == member else data)
    return buffer.getvalue()


# --- the properties ----------------------------------------------------------------------------


@FUZZ
@given(text_files())
def test_text_files_end_in_a_message_or_import_exactly_what_was_read(importers: Importers,
                                                                     file: tuple[bytes, str]) -> None:
    importers.check(*file)


@FUZZ
@given(workbooks())
def test_workbooks_with_random_values_end_in_a_message_or_import_exactly(importers: Importers, data: bytes) -> None:
    importers.check(data, ".xlsx")


@FUZZ
@given(mutated_workbooks())
def test_damaged_workbooks_end_in_a_message_or_import_exactly(importers: Importers, data: bytes) -> None:
    importers.check(data, ".xlsx")


def test_the_fuzzing_reaches_both_ends(empty_db: Database, tmp_path: Path) -> None:
    """The strategies are not so wild that nothing ever imports, nor so tame that nothing is refused."""
    importers = Importers(empty_db, tmp_path)
    rng = random.Random(3)
    workbook = Workbook()
    sheet = workbook.active
    for row in (["Id", "Overordnet", "Navn", "Ansvar", "Beløp"], [1, None, "A", "1000", 5], [2, 1, "B", "1100", 7]):
        sheet.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    importers.check(buffer.getvalue(), ".xlsx")
    importers.check(_mutate(VALID[False], rng.randrange(2**32), 6), ".xlsx")
    importers.check(b"\x00\x01\x02", ".csv")
    assert importers.ends.get("budget imported") == importers.ends.get("org imported") == 1
    assert importers.ends.get("budget refused", 0) >= 2 and importers.ends.get("org refused", 0) >= 2
