"""A deterministic accounts workbook for the budget benchmark, like an accounting system's export.

One sheet «Regnskap», header in row 1: Ansvar, Ansvar (T), Art, Art (T), Funksjon,
Funksjon (T), Prosjekt, Periode, Beløp. Ansvar codes are the demo municipality's (so the
lines map to its units) plus a few that belong to no unit; art codes are 5-digit local codes
kept as text with their leading zero («01000»); funksjon codes are KOSTRA's 3 digits or local
5-digit ones («25310»); prosjekt is mostly empty; amounts are kroner with øre, costs positive
and revenues negative as in the ledger. The rows are sorted as an export is.

The file is written once per size into ``bench/results/`` (ignored by git) with a sidecar
JSON holding the expected line count and total, computed here and not by the importer.
"""

from __future__ import annotations

import csv
import json
import os
import random
from dataclasses import dataclass
from pathlib import Path

RESULTS = Path(__file__).resolve().parent / "results"
HEADERS = ("Ansvar", "Ansvar (T)", "Art", "Art (T)", "Funksjon", "Funksjon (T)", "Prosjekt", "Periode", "Beløp")
SHEET = "Regnskap"
YEAR = 2026
SEED = 5
GENERATOR_VERSION = 1  # bump when the content changes, so cached files are rebuilt

# (art, typical yearly kroner per ansvar, revenue?) — wages dominate, as in a municipality.
ARTS: tuple[tuple[str, int, bool], ...] = (
    ("01000", 4_000_000, False), ("02000", 300_000, False), ("04000", 120_000, False),
    ("09000", 480_000, False), ("09900", 620_000, False), ("10500", 60_000, False),
    ("11000", 40_000, False), ("11500", 90_000, False), ("12000", 150_000, False),
    ("18000", 200_000, False), ("19000", 250_000, False), ("23000", 180_000, False),
    ("27000", 220_000, False), ("37000", 400_000, False), ("47000", 300_000, False),
    ("60000", 350_000, True), ("62000", 120_000, True), ("63000", 150_000, True),
    ("70000", 200_000, True), ("71000", 100_000, True),
)
# Ansvar codes an export carries that no unit of the organisation has.
UNKNOWN_ANSVAR = {"1900": "Fellesutgifter", "7100": "Interne finanstransaksjoner", "9000": "Avsetninger",
                  "9910": "Sentrale lønnsmidler"}
# Local 5-digit funksjon codes some units book on, next to (or instead of) KOSTRA's 3 digits.
LOCAL_FUNKSJON = {"253": ("25310", "25320"), "202": ("20210", "20220"), "201": ("20110",)}
PROSJEKTER = ("10010", "10020", "20150", "30500", "40001")


@dataclass(frozen=True)
class Workbook:
    path: Path
    lines: int
    total_ore: int
    ansvar_codes: int  # distinct


def _kostra_names(list_name: str) -> dict[str, str]:
    """KOSTRA names valid in YEAR, read straight from the shipped list."""
    path = Path(__file__).resolve().parents[1] / "resources" / "codes" / f"kostra_{list_name}.csv"
    names: dict[str, str] = {}
    with path.open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f, delimiter=";"):
            if int(row["valid_from"]) <= YEAR and (not row["valid_to"] or int(row["valid_to"]) >= YEAR):
                names[row["code"]] = row["name"]
    return names


def _demo_ansvar() -> list[tuple[str, str, tuple[str, ...]]]:
    """(ansvar, unit name, funksjoner) for every ansvar code of the demo municipality."""
    from app.demo import units

    specs = [units.ADMINISTRATION, units.TOP_TEAM, *units.STAFF_UNITS, *units.RESULT_UNITS]
    return [(code, spec.name, spec.funksjoner) for spec in specs for code in spec.ansvar]


def generate_rows(lines: int, seed: int = SEED) -> list[tuple[str, str, str, str, str, str, str | None, int, int]]:
    """The rows (amount in øre), sorted like an export: ansvar, art, funksjon, prosjekt, period."""
    rng = random.Random(seed)
    art_names, funksjon_names = _kostra_names("art"), _kostra_names("funksjon")
    ansvar = _demo_ansvar() + [(code, name, ("120",)) for code, name in UNKNOWN_ANSVAR.items()]
    # Units with more staff carry more lines: weight the result units (code 2xxx-5xxx) up.
    weights = [3 if code[0] in "2345" else 1 for code, _, _ in ansvar]
    rows = []
    for _ in range(lines):
        code, unit_name, funksjoner = rng.choices(ansvar, weights)[0]
        funksjon = rng.choice(funksjoner)
        if funksjon in LOCAL_FUNKSJON and rng.random() < 0.5:
            funksjon = rng.choice(LOCAL_FUNKSJON[funksjon])
        art, yearly, revenue = rng.choice(ARTS)
        prosjekt = rng.choice(PROSJEKTER) if rng.random() < 0.12 else None
        # Transactions of very different sizes; the same key can occur several times.
        amount = round(rng.lognormvariate(0, 1.2) * yearly / 40 * 100)
        if revenue or rng.random() < 0.03:  # revenues, and the odd correction of a cost
            amount = -amount
        if rng.random() < 0.002:
            amount = 0
        rows.append((code, unit_name, art, art_names.get(art[:3], ""), funksjon,
                     funksjon_names.get(funksjon[:3], ""), prosjekt, rng.randint(1, 12), amount))
    rows.sort(key=lambda r: (r[0], r[2], r[4], r[6] or "", r[7]))
    return rows


def write_workbook(path: Path, rows: list[tuple]) -> None:
    """Write the rows with openpyxl in write-only mode (streaming, as large exports need)."""
    from openpyxl import Workbook as XlWorkbook

    wb = XlWorkbook(write_only=True)
    ws = wb.create_sheet(SHEET)
    ws.append(HEADERS)
    for *codes, period, amount in rows:
        ws.append([*codes, period, amount / 100])  # a float with two decimals, as exports hold
    wb.save(path)


def accounts_workbook(lines: int) -> Workbook:
    """The cached workbook of ``lines`` lines, generated if missing or out of date."""
    RESULTS.mkdir(parents=True, exist_ok=True)
    path = RESULTS / f"budget_accounts_{lines}_v{GENERATOR_VERSION}.xlsx"
    meta_path = path.with_suffix(".json")
    if path.exists() and meta_path.exists():
        meta = json.loads(meta_path.read_text())
        if meta.get("lines") == lines and meta.get("bytes") == path.stat().st_size:
            return Workbook(path, lines, meta["total_ore"], meta["ansvar_codes"])
    rows = generate_rows(lines)
    tmp = path.with_suffix(".tmp.xlsx")
    write_workbook(tmp, rows)
    os.replace(tmp, path)
    meta = {"lines": lines, "total_ore": sum(r[-1] for r in rows), "ansvar_codes": len({r[0] for r in rows}),
            "bytes": path.stat().st_size, "seed": SEED, "year": YEAR}
    meta_path.write_text(json.dumps(meta, indent=2))
    return Workbook(path, lines, meta["total_ore"], meta["ansvar_codes"])


def _kroner_text(ore: int) -> str:
    """«-1 234 567,89»: space thousands and a decimal comma, as Norwegian exports write amounts."""
    sign = "-" if ore < 0 else ""
    whole, cents = divmod(abs(ore), 100)
    return f"{sign}{whole:,}".replace(",", " ") + f",{cents:02d}"


def accounts_csv(lines: int) -> Workbook:
    """The same kind of accounts as :func:`accounts_workbook`, as the semicolon CSV (UTF-8 with a
    byte order mark, amounts as text «1 234,50») an accounting system exports; cached like it.
    450 000 lines make about 52 MB."""
    RESULTS.mkdir(parents=True, exist_ok=True)
    path = RESULTS / f"budget_accounts_{lines}_v{GENERATOR_VERSION}.csv"
    meta_path = path.with_suffix(".csv.json")
    if path.exists() and meta_path.exists():
        meta = json.loads(meta_path.read_text())
        if meta.get("lines") == lines and meta.get("bytes") == path.stat().st_size:
            return Workbook(path, lines, meta["total_ore"], meta["ansvar_codes"])
    rows = generate_rows(lines, seed=SEED + 1)
    tmp = path.with_suffix(".tmp.csv")
    with tmp.open("w", encoding="utf-8-sig", newline="") as f:
        writer = csv.writer(f, delimiter=";", lineterminator="\r\n")
        writer.writerow(HEADERS)
        for *codes, period, amount in rows:
            writer.writerow([*(c or "" for c in codes), period, _kroner_text(amount)])
    os.replace(tmp, path)
    meta = {"lines": lines, "total_ore": sum(r[-1] for r in rows), "ansvar_codes": len({r[0] for r in rows}),
            "bytes": path.stat().st_size, "seed": SEED + 1, "year": YEAR}
    meta_path.write_text(json.dumps(meta, indent=2))
    return Workbook(path, lines, meta["total_ore"], meta["ansvar_codes"])


if __name__ == "__main__":
    import sys
    import time

    start = time.perf_counter()
    wb = accounts_workbook(int(sys.argv[1]) if len(sys.argv) > 1 else 200_000)
    print(f"{wb.path} ({wb.lines} lines, total {wb.total_ore} øre) in {time.perf_counter() - start:.1f} s")
