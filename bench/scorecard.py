"""Målekart (issue 19): 300 units × 20 indicators × 10 years of monthly values (720 000 values).

Goals: the municipal målekart (``app.scorecard.rollup.municipal_scorecard``, the function behind
the page) returns in ≤ 200 ms; an import of 10 000 values (``app.scorecard.importer.import_values``
from an xlsx file) in ≤ 1 s; the tertial PDF for 300 units (``app.scorecard.report.build_report``
and ``render_pdf``) in ≤ 2 s.

- målekart: T2 of the last year, every indicator rolled up (weighted by årsverk, average or sum)
  with the 300 units under each. Peer: the same roll-up as a pandas ``pivot_table`` on the values
  (already in memory as a DataFrame, so reading them is not in the peer's time), then the weighted
  mean per indicator; the ratio is ours / peer. The two must agree on every municipal value.
- import: 10 000 values (500 units' codes × 20 indicators) for a tertial not yet stored, then the
  same file again (every value replaced).
- PDF: the whole report (målekart, budget deviation per unit, goals) as the CLI writes it.

Every call runs as the GUI runs it, in a fresh session through ``Database.run``; the figure is the
median of several runs after one untimed warm-up. Beside the wall time each row gives the CPU time
of this process (``time.process_time``: user + system, all threads) as ``ours_cpu_s``/``peer_cpu_s``:
on a shared, loaded machine the wall time also counts waiting for a core and for the disk, the CPU
time is what the code costs. Quick mode: 30 units × 3 years, three runs.
Run alone: ``python -m bench scorecard`` or ``python -m bench.scorecard [--quick]``.
"""

from __future__ import annotations

import gc
import json
import random
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

MAP_GOAL_S, IMPORT_GOAL_S, PDF_GOAL_S = 0.200, 1.0, 2.0
INDICATORS = 20
ROLLUPS = ("weighted_fte", "average", "sum", "weighted_fte", "none")


def _row(benchmark: str, ours: float | str, peer: str, peer_s: float | str, goal: str, rounds: int,
         note: str = "", *, cpu: float | None = None, peer_cpu: float | None = None) -> dict[str, object]:
    ratio: float | str = "n/a"
    if isinstance(ours, float) and isinstance(peer_s, float):
        ratio = round(ours / peer_s, 2)
    row: dict[str, object] = {"benchmark": benchmark, "ours_s": round(ours, 3) if isinstance(ours, float) else ours,
                              "peer": peer, "peer_s": round(peer_s, 3) if isinstance(peer_s, float) else peer_s,
                              "ratio": ratio, "goal": goal, "rounds": rounds}
    if cpu is not None:
        row["ours_cpu_s"] = round(cpu, 3)
    if peer_cpu is not None:
        row["peer_cpu_s"] = round(peer_cpu, 3)
        if cpu is not None and peer_cpu > 0:
            row["ratio_cpu"] = round(cpu / peer_cpu, 2)
    if note:
        row["note"] = note
    return row


def _timed(fn: Callable[[], Any]) -> tuple[float, float, Any]:
    """One call of ``fn``: wall seconds, CPU seconds of this process, and its result."""
    gc.collect()
    wall, cpu = time.perf_counter(), time.process_time()
    result = fn()
    return time.perf_counter() - wall, time.process_time() - cpu, result


def _median(rounds: int, fn: Callable[[], Any]) -> tuple[float, float, Any, float]:
    """Median wall seconds of ``rounds`` calls after an untimed warm-up, the warm-up's wall seconds,
    the last result and the median CPU seconds."""
    first, _cpu, result = _timed(fn)
    walls, cpus = [], []
    for _ in range(rounds):
        wall, cpu, result = _timed(fn)
        walls.append(wall)
        cpus.append(cpu)
    return statistics.median(walls), first, result, statistics.median(cpus)


def build(path: Path, units: int, years: int, last_year: int) -> tuple[float, list[tuple[Any, ...]], dict[str, Any]]:
    """A database with ``units`` result units, 20 indicators and monthly values for ``years`` years.
    Returns the build time, the values (for the peer) and ids."""
    from app.storage.database import open_database
    from db.models import FocusArea, Indicator, Municipality, OrgVersion, OrgVersionStatus, Unit, UnitKind

    start = time.perf_counter()
    rng = random.Random(19)
    db = open_database(path)
    lineages: list[uuid.UUID] = []
    ftes: dict[uuid.UUID, Decimal] = {}
    indicators: list[tuple[uuid.UUID, str]] = []
    with db.session() as session:
        muni = Municipality(id=uuid.uuid4(), name="Benkvik kommune")
        version = OrgVersion(id=uuid.uuid4(), municipality_id=muni.id, name="Gjeldende",
                             status=OrgVersionStatus.CURRENT)
        session.add_all([muni, version])
        session.flush()
        root = Unit(id=uuid.uuid4(), org_version_id=version.id, code="1000", name="Rådmannen",
                    kind=UnitKind.ADMINISTRATION)
        session.add(root)
        for i in range(units):
            fte = Decimal(rng.randint(50, 800)) / 10
            unit = Unit(id=uuid.uuid4(), org_version_id=version.id, parent_id=root.id, code=str(2000 + i),
                        name=f"Enhet {i + 1:03d}", kind=UnitKind.RESULT_UNIT, fte=fte, sort_order=i)
            session.add(unit)
            lineages.append(unit.lineage_id or uuid.uuid4())
            unit.lineage_id = lineages[-1]
            ftes[lineages[-1]] = fte
        areas = [FocusArea(id=uuid.uuid4(), municipality_id=muni.id, key=k, name_nb=k.title(), sort_order=n)
                 for n, k in enumerate(("livskvalitet", "brukere", "medarbeidere", "okonomi"))]
        session.add_all(areas)
        for n in range(INDICATORS):
            ind = Indicator(id=uuid.uuid4(), municipality_id=muni.id, focus_area_id=areas[n % 4].id,
                            name=f"Indikator {n + 1:02d}", measure="%", direction="lower" if n % 2 else "higher",
                            target=Decimal(50), yellow_limit=Decimal(45 if n % 2 == 0 else 55), frequency="month",
                            rollup=ROLLUPS[n % len(ROLLUPS)], sort_order=n)
            session.add(ind)
            indicators.append((ind.id, ind.rollup))
    db.close()
    now = datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
    values: list[tuple[Any, ...]] = []
    con = sqlite3.connect(path)
    rows = []
    for ind_id, _ in indicators:
        for lineage in lineages:
            level = rng.uniform(35, 65)
            for year in range(last_year - years + 1, last_year + 1):
                for month in range(1, 13):
                    v = round(level + rng.gauss(0, 3), 1)
                    values.append((ind_id, lineage, year, month, v))
                    rows.append((uuid.uuid4().hex, ind_id.hex, lineage.hex, year, month, v, "", "imported", "bench",
                                 now, now, now, 1))
    con.executemany("INSERT INTO indicator_value (id, indicator_id, unit_lineage_id, year, period, value, comment, "
                    "source, entered_by, entered_at, created_at, updated_at, version) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    con.executemany("INSERT INTO unit_indicator (id, indicator_id, unit_lineage_id, created_at, updated_at, version) "
                    "VALUES (?, ?, ?, ?, ?, 1)", [(uuid.uuid4().hex, i.hex, u.hex, now, now)
                                                  for i, _ in indicators for u in lineages])
    con.commit()
    con.execute("ANALYZE")
    con.close()
    return time.perf_counter() - start, values, {"lineages": lineages, "ftes": ftes, "indicators": indicators}


def peer_rollup(frame: Any, ftes: Any, rollups: dict[Any, str], year: int, first: int, last: int) -> dict[Any, float]:
    """The municipal roll-up with pandas: a pivot_table of the units' mean in the months, then by rule."""
    part = frame[(frame["year"] == year) & (frame["month"] >= first) & (frame["month"] <= last)]
    pivot = part.pivot_table(index="indicator", columns="unit", values="value", aggfunc="mean")
    weights = ftes.reindex(pivot.columns).astype(float)
    out: dict[Any, float] = {}
    for indicator, row in pivot.iterrows():
        rule = rollups[indicator]
        if rule == "sum":
            out[indicator] = float(row.sum())
        elif rule == "average":
            out[indicator] = float(row.mean())
        elif rule == "weighted_fte":
            out[indicator] = float((row * weights).sum() / weights.sum())
    return out


def _import_file(path: Path, codes: list[str], names: list[str], periods: list[str]) -> Path:
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Verdier")
    ws.append(["Enhet", "Indikator", "Periode", "Verdi"])
    rng = random.Random(7)
    for period in periods:
        for code in codes:
            for name in names:
                ws.append([code, name, period, round(rng.uniform(30, 70), 1)])
    wb.save(path)
    return path


def run(quick: bool) -> list[dict[str, object]]:
    import pandas as pd

    from app.scorecard.importer import import_values
    from app.scorecard.report import build_report, render_pdf
    from app.scorecard.rollup import municipal_scorecard
    from app.storage.database import open_database

    units, years = (30, 3) if quick else (300, 10)
    rounds = 3 if quick else 7
    last_year = 2026
    folder = Path(tempfile.mkdtemp(prefix="bench-scorecard-"))
    path = folder / "malekart.sdb"
    build_s, values, ids = build(path, units, years, last_year)
    label = f"{units} units × {INDICATORS} indicators × {years} years"
    rows = [_row(f"scorecard: build {len(values):,} values", build_s, "n/a", "n/a", "info (not a goal)", 1,
                 f"{label}; {path.stat().st_size / 1e6:.0f} MB")]
    db = open_database(path)
    try:
        ours_s, first_s, card, ours_cpu = _median(rounds, lambda: db.run(municipal_scorecard, last_year, "T2"))
        frame = pd.DataFrame(values, columns=["indicator", "unit", "year", "month", "value"])
        ftes = pd.Series({k: float(v) for k, v in ids["ftes"].items()})
        rollups = dict(ids["indicators"])
        peer_s, _, peer, peer_cpu = _median(rounds, lambda: peer_rollup(frame, ftes, rollups, last_year, 5, 8))
        wrong = [line.name for line in card.lines if line.rollup != "none"
                 and abs(float(line.value) - peer[line.indicator_id]) > 0.01]
        note = (f"{len(card.lines)} indicators × {len(card.lines[0].units)} units; warm-up {first_s:.3f} s; "
                + ("agrees with pandas on every municipal value" if not wrong else f"WRONG: differs on {wrong}"))
        rows.append(_row(f"scorecard: municipal målekart T2, {label}", ours_s, "pandas pivot_table roll-up", peer_s,
                         f"ours <= {MAP_GOAL_S:.3f} s", rounds, note, cpu=ours_cpu, peer_cpu=peer_cpu))

        codes = [str(2000 + i) for i in range(units)]
        names = [f"Indikator {n + 1:02d}" for n in range(INDICATORS)]
        # 10 000 values: 250 units × 20 indicators × 2 months (quick: every unit, 2 months)
        chosen = codes[:250]
        periods = [f"{last_year + 1}-01", f"{last_year + 1}-02"]
        file = _import_file(folder / "verdier.xlsx", chosen, names, periods)
        count = len(chosen) * len(names) * len(periods)

        def do_import() -> Any:
            with db.session() as session:
                return import_values(session, file, user="bench")

        insert_s, insert_cpu, result = _timed(do_import)
        again_s, _, again, again_cpu = _median(max(1, rounds // 2), do_import)
        rows.append(_row(f"scorecard: import {count:,} values (xlsx)", insert_s, "n/a", "n/a",
                         f"ours <= {IMPORT_GOAL_S:.1f} s", 1,
                         f"{result.inserted} inserted; the same file again (all replaced): {again_s:.3f} s "
                         f"(CPU {again_cpu:.3f} s), {again.updated} updated", cpu=insert_cpu))

        def pdf() -> bytes:
            with db.session() as session:
                report = build_report(session, last_year, 2, date(last_year, 11, 23))
            return render_pdf(report)

        pdf_s, pdf_first, data, pdf_cpu = _median(max(1, rounds // 2), pdf)
        rows.append(_row(f"scorecard: tertial PDF, {units} units", pdf_s, "n/a", "n/a", f"ours <= {PDF_GOAL_S:.1f} s",
                         max(1, rounds // 2), f"{len(data) / 1e3:.0f} kB; warm-up {pdf_first:.3f} s", cpu=pdf_cpu))
        # The same with half of the year's values red: every red unit is a line of the report.
        with sqlite3.connect(path) as conn:
            conn.execute("UPDATE indicator_value SET value = CASE WHEN (SELECT direction FROM indicator WHERE "
                         "indicator.id = indicator_value.indicator_id) = 'higher' THEN 30 ELSE 70 END "
                         "WHERE year = ? AND (abs(random()) % 2) = 0", (last_year,))
            red = conn.execute("SELECT count(*) FROM indicator_value WHERE year = ? AND value IN (30, 70)",
                               (last_year,)).fetchone()[0]
        half_s, half_first, data, half_cpu = _median(max(1, rounds // 2), pdf)
        rows.append(_row(f"scorecard: tertial PDF, {units} units, half of {last_year} red", half_s, "n/a", "n/a",
                         f"ours <= {PDF_GOAL_S:.1f} s", max(1, rounds // 2),
                         f"{red:,} red values; {len(data) / 1e3:.0f} kB; warm-up {half_first:.3f} s", cpu=half_cpu))
    finally:
        db.close()
        shutil.rmtree(folder, ignore_errors=True)  # a 365 MB database per run
    return rows


if __name__ == "__main__":
    from bench.__main__ import print_table

    result = run("--quick" in sys.argv)
    print_table(result)
    print()
    print(f"{'CPU time (time.process_time)':44} {'ours (s)':>9} {'peer (s)':>9} {'ratio':>6}")
    for r in result:
        if "ours_cpu_s" in r:
            print(f"{r['benchmark']:44} {r['ours_cpu_s']:>9} {r.get('peer_cpu_s', 'n/a'):>9} "
                  f"{r.get('ratio_cpu', 'n/a'):>6}")
    print(json.dumps(result, ensure_ascii=False, indent=2))
