"""The example files («Eksempelfiler») a new user can try the importers with.

:func:`write_examples` generates them from the demo municipality (its units, leaders, FTEs,
ansvar codes and budget profiles), so they import cleanly into the demo database and into a
new one; the generated files are committed in ``resources/examples/`` and shipped with the
program (the self-test imports one of them). :func:`copy_examples` puts a copy in the user's
data folder on first start, where the user may change them freely.

Regenerate after a change to the demo or to this module: ``python -m app.demo.examples resources/examples``
(tests/app/demo/test_examples.py fails until the committed files match).
"""

from __future__ import annotations

import io
import os
import random
import re
import shutil
import sys
import tempfile
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from app.errors import AppError
from app.resources import resource_path

if TYPE_CHECKING:
    from db.models import UnitKind

EXAMPLES_DIR_NAME = "Eksempelfiler"
ORG_FILE = "Enhetsliste Lindvik kommune.xlsx"
ACCOUNTS_FILE = "Regnskap Lindvik kommune 2026.xlsx"
BUDGET_FILE = "Budsjett Lindvik kommune 2027.xlsx"
ACCOUNTS_CSV = "Regnskap semikolon.csv"
README_FILE = "LES MEG.txt"

# The demo is built for this day: the leaders, vacancies and FTEs in the unit list are those of
# the demo on it (names and FTEs come from the demo's fixed seed, not from the day).
DEMO_DAY = date(2026, 11, 23)
ACCOUNTS_YEAR, ACCOUNTS_MONTH = 2026, 1  # January: never a later month than the demo's own accounts
BUDGET_YEAR = 2027
SEED = 2026
FILE_STAMP = (2026, 1, 1, 0, 0, 0)  # zip member dates and document dates: the same bytes on every run

ORG_SHEET, ACCOUNTS_SHEET, BUDGET_SHEET = "Enheter", "Regnskap", "Budsjett"
ORG_HEADERS = ("Id", "Overordnet id", "Enhet", "Type", "Leder", "Ansvar", "Årsverk")
ACCOUNTS_HEADERS = ("Ansvar", "Ansvar (T)", "Art", "Art (T)", "Funksjon", "Funksjon (T)", "Periode",
                    f"Regnskap {ACCOUNTS_YEAR}")
BUDGET_HEADERS = ("Ansvar", "Ansvar (T)", "Art", "Art (T)", "Funksjon", "Funksjon (T)", f"Budsjett {BUDGET_YEAR}")
VACANT = "Ledig"


class Line(NamedTuple):
    """One accounts or budget line; ``amount_ore`` is written as kroner."""

    ansvar: str
    ansvar_name: str
    art: str
    art_name: str
    funksjon: str
    funksjon_name: str
    period: int | None  # yyyymm; None: the whole year (the budget has no period column)
    amount_ore: int

    def cells(self) -> list[object]:
        codes: list[object] = [self.ansvar, self.ansvar_name, self.art, self.art_name, self.funksjon,
                               self.funksjon_name]
        return codes if self.period is None else [*codes, self.period]


@dataclass(frozen=True)
class _Unit:
    code: str
    parent: str | None
    name: str
    kind: UnitKind
    leader: str | None
    fte: Decimal
    ansvar: tuple[str, ...]
    profile: str  # app.demo.budget.PROFILES key
    funksjoner: tuple[str, ...]


# The visible change against the demo: a unit the demo does not have, budgeted from 2027.
NEW_UNIT_CODE, NEW_UNIT_NAME, NEW_UNIT_LEADER = "3350", "Frisklivssentralen", "Sigrid Tangen"
NEW_UNIT_AFTER = "3300"  # placed after Helse og familie, under the rådmann

# Names of the demo's second ansvar codes, as an accounting system knows them.
ANSVAR_NAMES = {
    "1110": "Lønn og regnskap", "2141": "Nordvika barnehage", "2410": "Barnevern tiltak",
    "3101": "Produksjonskjøkkenet", "3501": "Arbeids- og aktivitetssenteret", "4110": "Vann og avløp",
    "4210": "Renhold",
}
# Costs booked centrally on an ansvar that belongs to no unit (the budget page lists it as such).
COMMON_ANSVAR, COMMON_NAME, COMMON_FUNKSJON = "1900", "Fellesutgifter", "180"
COMMON_COSTS = (("18500", 3_150_000, True), ("19500", 1_480_000, False))  # (art, kroner a year, paid at once)


# --- the demo ----------------------------------------------------------------------------------


def _demo_units(day: date) -> list[_Unit]:
    """The demo's units on ``day`` in tree order, with the new unit put in after NEW_UNIT_AFTER."""
    from app.demo import units as specs
    from app.org.export_xlsx import tree_order
    from app.org.queries import current_version, unit_rows
    from app.storage.database import open_database
    from db.models import UnitKind

    with tempfile.TemporaryDirectory(prefix="styringsdialog-eksempler-", ignore_cleanup_errors=True) as tmp:
        db = open_database(Path(tmp) / "demo.sdb", demo_if_new=True, today=day)
        try:
            with db.session() as session:
                version = current_version(session)
                if version is None:  # the demo always has one
                    raise RuntimeError("the demo has no current organisation")
                rows = tree_order(unit_rows(session, version.id, day))
        finally:
            db.close()
    by_code = {s.code: s for s in (specs.ADMINISTRATION, specs.TOP_TEAM, *specs.STAFF_UNITS, *specs.RESULT_UNITS)}
    codes = {r.id: r.code for r in rows}
    units: list[_Unit] = []
    for row in rows:
        spec = by_code[row.code]
        units.append(_Unit(row.code, codes.get(row.parent_id) if row.parent_id else None, row.name,
                           UnitKind(row.kind), None if row.kind == "top_team" else row.leader,  # members, no leader
                           row.fte, spec.ansvar, spec.profile, spec.funksjoner))
        if row.code == NEW_UNIT_AFTER:
            units.append(_Unit(NEW_UNIT_CODE, specs.ADMINISTRATION.code, NEW_UNIT_NAME, UnitKind.RESULT_UNIT,
                               NEW_UNIT_LEADER, Decimal("4.5"), (NEW_UNIT_CODE,), "health", ("233",)))
    return units


# --- contents ----------------------------------------------------------------------------------


def _org_rows(units: list[_Unit]) -> list[list[object]]:
    from app.org.importer import KIND_LABELS
    from db.models import UnitKind

    rows: list[list[object]] = []
    for unit in units:
        leader = unit.leader
        if leader is None and unit.kind is not UnitKind.TOP_TEAM:  # the top team has members, not a leader
            leader = VACANT
        rows.append([unit.code, unit.parent, unit.name, KIND_LABELS[unit.kind], leader, ", ".join(unit.ansvar),
                     float(unit.fte)])
    return rows


class _Names:
    """Names of ansvar, art and funksjon codes as the accounting system prints them."""

    def __init__(self, units: list[_Unit], year: int) -> None:
        from app.codes import default_code_book

        self.book = default_code_book()
        self.year = year
        self.ansvar = {COMMON_ANSVAR: COMMON_NAME}
        for unit in units:
            for code in unit.ansvar:
                self.ansvar[code] = ANSVAR_NAMES.get(code, unit.name)

    def line(self, ansvar: str, art: str, funksjon: str, period: int | None, amount_ore: int) -> Line:
        from db.models import CodeList

        art_name = self.book.name(CodeList.ART, art, self.year)
        funksjon_name = self.book.name(CodeList.FUNKSJON, funksjon, self.year)
        if art_name is None or funksjon_name is None:
            raise RuntimeError(f"no KOSTRA name for art {art} or funksjon {funksjon} in {self.year}")
        return Line(ansvar, self.ansvar[ansvar], art, art_name, funksjon, funksjon_name, period, amount_ore)


def _accounts_lines(units: list[_Unit]) -> list[Line]:
    """January's accounts per ansvar, art and funksjon: the demo's budget bent as the demo bends it."""
    from app.demo.budget import actual_ore, plan_budget, unit_deviation

    rng = random.Random(SEED)
    names = _Names(units, ACCOUNTS_YEAR)
    period = ACCOUNTS_YEAR * 100 + ACCOUNTS_MONTH  # «202601», as the systems export it
    lines: list[Line] = []
    for unit in units:
        if unit.code == NEW_UNIT_CODE:
            continue  # starts in 2027
        items = plan_budget(unit.profile, float(unit.fte), unit.ansvar, unit.funksjoner)
        deviation = unit_deviation(rng, unit.profile)
        for item in items:
            amount = actual_ore(rng, item, deviation, ACCOUNTS_MONTH)[ACCOUNTS_MONTH - 1]
            if amount:
                lines.append(names.line(item.ansvar, item.art, item.funksjon, period, amount))
    for art, yearly, once in COMMON_COSTS:
        share = 1.0 if once else 1 / 12
        amount = round(yearly * share * rng.uniform(0.95, 1.05) * 100)
        lines.append(names.line(COMMON_ANSVAR, art, COMMON_FUNKSJON, period, amount))
    return sorted(lines)  # by ansvar, art, funksjon, as an export is sorted


def _budget_lines(units: list[_Unit]) -> list[Line]:
    """Next year's budget per ansvar, art and funksjon in whole thousand kroner (the whole year)."""
    from app.demo.budget import plan_budget

    rng = random.Random(SEED + 1)
    names = _Names(units, BUDGET_YEAR)
    lines: list[Line] = []
    for unit in units:
        growth = 1.04 + rng.uniform(-0.02, 0.03)  # wage and price growth, and each unit's own frame
        for item in plan_budget(unit.profile, float(unit.fte) * growth, unit.ansvar, unit.funksjoner):
            amount = sum(item.monthly_kr)
            if amount:
                lines.append(names.line(item.ansvar, item.art, item.funksjon, None, amount * 100))
    for art, yearly, _once in COMMON_COSTS:
        lines.append(names.line(COMMON_ANSVAR, art, COMMON_FUNKSJON, None, int(round(yearly * 1.04, -3)) * 100))
    return sorted(lines)


# --- writing -----------------------------------------------------------------------------------


def _stable_zip(data: bytes) -> bytes:
    """The workbook with fixed dates in the zip and the document properties: regenerating the
    examples gives the same bytes, so git sees a change only when the content changed."""
    stamp = f"{datetime(*FILE_STAMP):%Y-%m-%dT%H:%M:%SZ}".encode()
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for member in source.infolist():
            content = source.read(member)
            if member.filename == "docProps/core.xml":
                content = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>" + stamp, content)
            info = zipfile.ZipInfo(member.filename, date_time=FILE_STAMP)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            target.writestr(info, content)
    return out.getvalue()


def _write_workbook(path: Path, sheet: str, headers: Sequence[str], rows: list[list[object]],
                    number_formats: dict[int, str], title: str) -> Path:
    from openpyxl import Workbook

    from app.documents.xlsx_style import first_sheet, write_table
    from app.storage.files import write_atomically

    workbook = Workbook()
    ws = first_sheet(workbook, sheet)
    write_table(ws, headers, rows, number_formats=number_formats)  # no total row: no formulas
    workbook.properties.title = title
    workbook.properties.creator = "Styringsdialog"
    workbook.properties.created = datetime(*FILE_STAMP)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return write_atomically(path, _stable_zip(buffer.getvalue()))


def _kroner(ore: int, *, grouped: bool = False) -> str:
    """«-1234,50» as Norwegian Excel writes a number to CSV; ``grouped``: «-1 234,50» for reading."""
    sign = "-" if ore < 0 else ""
    whole, cents = divmod(abs(ore), 100)
    digits = f"{whole:,}".replace(",", " ") if grouped else str(whole)
    return f"{sign}{digits},{cents:02d}"


def _csv_text(headers: Sequence[str], lines: list[Line]) -> str:
    """Semicolons, decimal comma and CRLF, as Norwegian Excel saves «CSV UTF-8»."""
    import csv

    from app.documents.xlsx_style import csv_text

    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(headers)
    # Text that starts like a formula gets Excel's quote prefix; the amount is a number and stays one.
    writer.writerows([*map(csv_text, line.cells()), _kroner(line.amount_ore)] for line in lines)
    return buffer.getvalue()


def _readme(units: int, accounts: list[Line], budget: list[Line]) -> str:
    accounts_total = _kroner(sum(line.amount_ore for line in accounts), grouped=True)
    budget_total = _kroner(sum(line.amount_ore for line in budget), grouped=True).removesuffix(",00")
    text = f"""\
Eksempelfiler for Styringsdialog
================================

Filene i denne mappen er laget for å prøve importen i programmet. Navn og tall hører til
demokommunen Lindvik kommune, som er oppdiktet. Mappen er din kopi: du kan endre, flytte
og slette filene uten at programmet tar skade. Den fylles ikke på nytt når den finnes.


{ORG_FILE}
  Enhetslisten til Lindvik kommune med {units} enheter: id, overordnet id, navn, type, leder,
  ansvar og årsverk, én rad per enhet. Sammenlignet med demokommunen har listen én ny
  enhet: {NEW_UNIT_NAME} (id {NEW_UNIT_CODE}) under Rådmannen.

  I programmet: siden Organisasjon → «Importer …». Velg filen, se over kolonnene og trykk
  «Importer». I demokommunen blir importen et scenario; velg «Sammenlign …» for å se
  forskjellen mot gjeldende organisasjon. I en ny, tom database (Fil → Ny database …)
  blir listen den gjeldende organisasjonen.

  På kommandolinjen:
    styringsdialog org import "{ORG_FILE}"
    (--version NAVN gir versjonen et eget navn)


{ACCOUNTS_FILE}
  Regnskapet for januar {ACCOUNTS_YEAR} slik det kommer ut av et økonomisystem: ansvar, art og
  funksjon med navn, periode ({ACCOUNTS_YEAR}{ACCOUNTS_MONTH:02d}) og beløp i kroner og øre. Utgifter er
  positive og inntekter negative. {len(accounts)} linjer, til sammen {accounts_total} kr.
  Ansvar {COMMON_ANSVAR} {COMMON_NAME} hører ikke til noen enhet og vises under «Ansvar uten enhet».

  I programmet: siden Budsjett → «Importer fra regneark …». Type og år leses fra
  beløpskolonnen «Regnskap {ACCOUNTS_YEAR}»; gi settet et navn og trykk «Importer».

  På kommandolinjen:
    styringsdialog budget import "{ACCOUNTS_FILE}" --set "Regnskap januar {ACCOUNTS_YEAR}" --kind regnskap


{BUDGET_FILE}
  Budsjettet for {BUDGET_YEAR} per ansvar, art og funksjon, med hele årets beløp på én linje
  (ingen periodekolonne: programmet fordeler årsbeløpet likt på månedene). {len(budget)} linjer,
  til sammen {budget_total} kr. Den nye enheten {NEW_UNIT_NAME} har ansvar {NEW_UNIT_CODE}.

  I programmet: siden Budsjett → «Importer fra regneark …», type Budsjett.

  På kommandolinjen:
    styringsdialog budget import "{BUDGET_FILE}" --set "Budsjett {BUDGET_YEAR}" --kind budsjett


{ACCOUNTS_CSV}
  Det samme regnskapet som en tekstfil slik norsk Excel lagrer «CSV UTF-8»: semikolon mellom
  feltene, desimalkomma og tegnkoding UTF-8.

  På kommandolinjen:
    styringsdialog budget import "{ACCOUNTS_CSV}" --set "Regnskap januar {ACCOUNTS_YEAR} (CSV)" --kind regnskap


Godt å vite
  - Alt eller ingenting importeres: finner programmet feil i en rad, står raden og kolonnen
    i meldingen, og ingenting er lagret før feilen er rettet.
  - Samme fil kan bare importeres én gang. Vil du lese den inn på nytt, velg «Erstatt»
    (på kommandolinjen --replace).
  - Bruk --db FIL for å importere til en annen database enn den som åpnes som standard.
"""
    return text.replace("\n", "\r\n")  # Notepad on older Windows shows LF-only text on one line


def write_examples(folder: Path, *, day: date = DEMO_DAY) -> list[Path]:
    """Write the example files into ``folder`` (created if missing); returns their paths.

    The content depends only on the demo's seed, :data:`SEED` and ``day`` (the day the demo is
    built for, which decides who is leader and which unit is vacant).
    """
    from app.documents.xlsx_style import DECIMAL_1, DECIMAL_2, INTEGER
    from app.storage.files import write_atomically

    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    units = _demo_units(day)
    accounts = _accounts_lines(units)
    budget = _budget_lines(units)
    # Kroner with øre as a float, as the systems export them; the budget in whole kroner.
    accounts_rows = [[*line.cells(), line.amount_ore / 100] for line in accounts]
    budget_rows = [[*line.cells(), line.amount_ore // 100] for line in budget]
    return [
        _write_workbook(folder / ORG_FILE, ORG_SHEET, ORG_HEADERS, _org_rows(units), {7: DECIMAL_1},
                        "Enhetsliste Lindvik kommune"),
        _write_workbook(folder / ACCOUNTS_FILE, ACCOUNTS_SHEET, ACCOUNTS_HEADERS, accounts_rows, {8: DECIMAL_2},
                        f"Regnskap januar {ACCOUNTS_YEAR} Lindvik kommune"),
        _write_workbook(folder / BUDGET_FILE, BUDGET_SHEET, BUDGET_HEADERS, budget_rows, {7: INTEGER},
                        f"Budsjett {BUDGET_YEAR} Lindvik kommune"),
        write_atomically(folder / ACCOUNTS_CSV, _csv_text(ACCOUNTS_HEADERS, accounts).encode("utf-8-sig")),
        write_atomically(folder / README_FILE, _readme(len(units), accounts, budget).encode("utf-8-sig")),
    ]


# --- the user's copy ---------------------------------------------------------------------------


def copy_examples(target: Path) -> Path:
    """Copy the shipped examples into ``target/Eksempelfiler`` unless that folder exists.

    An existing folder is left as it is, whatever the user changed or deleted in it. The copy
    is made beside it and renamed into place, so an interrupted copy leaves no half folder.
    """
    folder = Path(target) / EXAMPLES_DIR_NAME
    if folder.exists():
        return folder
    source = resource_path("examples")
    files = sorted(p for p in source.iterdir() if p.is_file() and not p.name.startswith(".")) \
        if source.is_dir() else []
    if not files:
        raise AppError(f"Eksempelfilene mangler i programmet («{source}»). Installer programmet på nytt.")
    try:
        folder.parent.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=".eksempler-", dir=folder.parent))
        try:
            for path in files:
                shutil.copyfile(path, staging / path.name)  # contents only: the bundle's files may be read-only
            os.replace(staging, folder)
        finally:
            shutil.rmtree(staging, ignore_errors=True)
    except OSError as exc:
        if folder.is_dir():  # another start of the program made it at the same moment
            return folder
        raise AppError(f"Kan ikke kopiere eksempelfilene til «{folder}»: {exc.strerror or exc}. "
                       "Kontroller at du har skrivetilgang til mappen.") from exc
    return folder


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if len(args) != 1 or args[0].startswith("-"):
        print("Bruk: python -m app.demo.examples MAPPE  (skriver eksempelfilene i MAPPE)", file=sys.stderr)
        return 2
    for path in write_examples(Path(args[0])):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
