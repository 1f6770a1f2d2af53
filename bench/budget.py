"""Budget import and pivot on a 200,000-line accounts workbook, side by side in one run with
python-calamine merely reading the file into lists and ``pandas.read_excel`` (openpyxl)
merely reading it. Goals: the whole import ≤ 2 × calamine's read (wall time in this process, and
CPU seconds of whole processes); pandas ≥ 5 × our import; peak memory of the import ≤ 300 MB;
the 450 000-line CSV ≤ 10 s and ≤ 400 MB; pivot of the lines by unit ≤ 200 ms.

- import: ``app.budget.importer.plan_budget_import`` + ``import_budget`` into a copy of a
  freshly built demo database, timed from opening the file to the commit (the database is
  opened before the clock starts, as in the running program). The imported line count and
  total are checked against the generator's, computed without the importer.
- memory: peak resident memory (VmHWM; ru_maxrss off Linux) of a child process doing one
  import (and one calamine read, for comparison); it includes the interpreter and its
  imports, reported as the baseline.
- CPU: the whole import and calamine's read each in a process of its own (interpreter, imports
  and all), compared in CPU seconds (user + system, from the children's rusage), which a busy
  shared machine disturbs less than wall time; median of seven rounds, alternating. Goal ≤ 2 ×. The children
  run with Python's compiled modules cached (in the run's temporary directory), as an installed
  program does, even when the shell sets PYTHONDONTWRITEBYTECODE.
- CSV: a 450 000-line (about 52 MB) semicolon CSV imported in a process of its own: wall
  seconds from opening the file to the commit, and the process's peak memory. Goals ≤ 10 s and
  ≤ 400 MB.
- pivot: ``app.budget.views.pivot(session, set_id, "unit")``, median of 5, beside a plain
  ``SELECT ansvar, SUM(amount_ore) … GROUP BY ansvar`` through sqlite3 on the same file.

Until the importer or the views exist, their rows say «not available yet» instead of failing
(the pivot is then measured on lines inserted directly). Quick mode: 20,000 lines, one round,
pandas skipped when calamine's read suggests it would take more than about 10 s. (openpyxl
parses through defusedxml when it is installed, as it is for this program; that makes pandas
slower here than on a bare install.)
Run alone: ``python -m bench budget`` or ``python -m bench.budget [--quick]``.
"""

from __future__ import annotations

import gc
import importlib
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import UTC, date, datetime
from pathlib import Path
from types import ModuleType
from typing import Any

from bench.budget_data import YEAR, Workbook, accounts_csv, accounts_workbook

ROOT = Path(__file__).resolve().parents[1]
DEMO_TODAY = date(2026, 11, 23)
SET_NAME = "Regnskap benchmark"
PIVOT_ROUNDS = 5
CPU_ROUNDS = 7  # pairs of whole processes (calamine's read, our import) for the CPU ratio
PANDAS_SKIP_S = 10.0
PANDAS_PER_CALAMINE = 40  # pandas/openpyxl vs calamine as measured here (openpyxl parses through defusedxml)
NOT_YET = "not available yet"


class _FailedError(Exception):
    """The code under test ran but did not do the job; the row says why."""


def _optional(name: str) -> ModuleType | None:
    try:
        return importlib.import_module(name)
    except ModuleNotFoundError as exc:
        if exc.name and name.startswith(exc.name):  # the module itself is missing, not one it imports
            return None
        raise


def _maxrss_mb() -> float:
    """Peak resident memory of this process.

    On Linux ru_maxrss carries over the parent's peak through fork and exec (a child of a
    300 MB parent reports 300 MB at once), so the kernel's VmHWM of this process is read instead.
    """
    try:
        status = Path("/proc/self/status").read_text()
        return int(status.split("VmHWM:")[1].split()[0]) / 1024  # KiB
    except (OSError, IndexError, ValueError):
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        return rss / 1024 / 1024 if sys.platform == "darwin" else rss / 1024  # bytes on macOS, KiB on Linux


def _read_calamine(path: Path) -> list[list[Any]]:
    from python_calamine import CalamineWorkbook

    return CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0).to_python()


def _timed(fn: Any, *args: Any) -> tuple[float, Any]:
    gc.collect()
    start = time.perf_counter()
    result = fn(*args)
    return time.perf_counter() - start, result


def _import_once(importer: ModuleType, path: Path, db_path: Path) -> tuple[float, float, Any, int]:
    """Seconds for the whole import into the database at ``db_path`` and for its plan (read and
    validate) alone, the import's result and its skip count."""
    from app.storage.database import open_database
    from db.models import BudgetKind

    db = open_database(db_path)
    try:
        gc.collect()
        start = time.perf_counter()
        plan = importer.plan_budget_import(path)
        planned = time.perf_counter() - start
        if plan.problems:
            first = plan.problems[0]
            raise _FailedError(f"{len(plan.problems)} problems, first: {getattr(first, 'message', first)}")
        with db.session() as session:
            result = importer.import_budget(session, plan, set_name=SET_NAME, kind=BudgetKind.REGNSKAP, year=YEAR,
                                            accept_skips=True)
        elapsed = time.perf_counter() - start
    finally:
        db.close()
    return elapsed, planned, result, len(plan.skips)


def _insert_directly(db_path: Path, path: Path) -> uuid.UUID:
    """Without the importer: put the workbook's lines in a set by plain Core inserts, for the pivot."""
    from sqlalchemy import insert

    from app.storage.database import open_database
    from db.models import BudgetKind, BudgetLine, BudgetSet

    rows = _read_calamine(path)[1:]
    now = datetime.now(UTC)
    db = open_database(db_path)
    try:
        with db.session() as session:
            budget_set = BudgetSet(name=SET_NAME, kind=BudgetKind.REGNSKAP, year=YEAR, period_from=1, period_to=12)
            session.add(budget_set)
            session.flush()
            session.connection().execute(insert(BudgetLine.__table__), [
                {"id": uuid.uuid4(), "created_at": now, "updated_at": now, "version": 1,
                 "budget_set_id": budget_set.id, "ansvar": r[0], "art": r[2], "funksjon": r[4],
                 "prosjekt": r[6] or "", "period": int(r[7]), "amount_ore": round(r[8] * 100), "text": ""}
                for r in rows
            ])
            return budget_set.id
    finally:
        db.close()


def _time_pivot(views: ModuleType, db_path: Path, set_id: uuid.UUID, total_ore: int) -> list[float]:
    from app.storage.database import open_database

    db = open_database(db_path)
    times = []
    try:
        for _ in range(PIVOT_ROUNDS):
            with db.session() as session:
                elapsed, result = _timed(views.pivot, session, set_id, "unit")
            times.append(elapsed)
    finally:
        db.close()
    if result.total_ore != total_ore or sum(r.amount_ore for r in result.rows) != total_ore:
        raise _FailedError(f"pivot total {result.total_ore} øre, the file holds {total_ore}")
    return times


def _time_sql_group_by(db_path: Path) -> list[float]:
    import sqlite3

    con = sqlite3.connect(db_path)
    try:
        (set_id,) = con.execute("SELECT id FROM budget_set WHERE name = ?", (SET_NAME,)).fetchone()
        times = []
        for _ in range(PIVOT_ROUNDS):
            start = time.perf_counter()
            con.execute("SELECT ansvar, COUNT(*), SUM(amount_ore) FROM budget_line WHERE budget_set_id = ? "
                        "GROUP BY ansvar", (set_id,)).fetchall()
            times.append(time.perf_counter() - start)
    finally:
        con.close()
    return times


def _child_env(pycache: Path) -> dict[str, str]:
    """The children's environment: Python's compiled modules kept (in ``pycache``, outside the
    tree), as an installed program has them. A shell with PYTHONDONTWRITEBYTECODE set would
    otherwise make every child compile the program's own modules from source at each start
    (about 0.1 s CPU), a cost no user pays; calamine's child has nothing of ours to compile."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(pycache)
    subprocess.run([sys.executable, "-c", "import app.budget.importer, app.storage.database, db.models, bench.budget"],
                   cwd=ROOT, env=env, check=True, timeout=300)  # untimed: compile once
    return env


_ENV: dict[str, str] | None = None


def _child(*args: str) -> dict[str, Any]:
    """Run this module as a child process and return what it printed (JSON), with the CPU
    seconds (user + system) the whole process took as ``cpu_s``."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    out = subprocess.run([sys.executable, "-m", "bench.budget", "--child", *args], cwd=ROOT, check=True,
                         capture_output=True, text=True, timeout=900, env=_ENV)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    result = json.loads(out.stdout.strip().splitlines()[-1])
    result["cpu_s"] = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return result


def _child_main(kind: str, *args: str) -> None:
    """In a child process: one import or one calamine read, then the peak memory."""
    if kind == "import":
        path, db_path = Path(args[0]), Path(args[1])
        importer = importlib.import_module("app.budget.importer")
        import app.storage.database  # noqa: F401 - count the imports in the baseline, not in the work
        import db.models  # noqa: F401

        baseline = _maxrss_mb()
        elapsed, _planned, result, _skips = _import_once(importer, path, db_path)
        print(json.dumps({"peak_mb": round(_maxrss_mb(), 1), "baseline_mb": round(baseline, 1),
                          "elapsed_s": round(elapsed, 3), "lines": result.lines, "total_ore": result.total_ore}))
        return
    else:
        import python_calamine  # noqa: F401

        baseline = _maxrss_mb()
        _read_calamine(Path(args[0]))
    print(json.dumps({"peak_mb": round(_maxrss_mb(), 1), "baseline_mb": round(baseline, 1)}))


def _row(benchmark: str, ours: float | str, peer: str, peer_s: float | str, ratio: float | str, goal: str,
         rounds: int, note: str = "") -> dict[str, object]:
    def fmt(value: float | str, digits: int = 3) -> float | str:
        return round(value, digits) if isinstance(value, float) else value

    row: dict[str, object] = {"benchmark": benchmark, "ours_s": fmt(ours), "peer": peer, "peer_s": fmt(peer_s),
                              "ratio": fmt(ratio, 2), "goal": goal, "rounds": rounds}
    if note:
        row["note"] = note
    return row


def run(quick: bool) -> list[dict[str, object]]:
    from app.storage.database import open_database

    lines = 20_000 if quick else 200_000
    rounds = 1 if quick else 3
    pivot_rounds = 1 if quick else PIVOT_ROUNDS
    size = f"{lines // 1000}k lines"
    wb: Workbook = accounts_workbook(lines)
    importer = _optional("app.budget.importer")
    views = _optional("app.budget.views")

    global _ENV
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        _ENV = _child_env(tmp / "pycache")
        template = tmp / "demo.sdb"
        open_database(template, demo_if_new=True, today=DEMO_TODAY).close()
        _read_calamine(wb.path)  # untimed: the file is in the page cache for every contender

        # (a, b) the import and calamine's read, alternating so both see the same machine state
        calamine_s: list[float] = []
        ours_s: list[float] = []
        plan_s: list[float] = []  # of which reading and validating
        import_note = "" if importer else NOT_YET
        set_id: uuid.UUID | None = None
        db_path = tmp / "import.sdb"
        for i in range(rounds):
            elapsed, rows = _timed(_read_calamine, wb.path)
            calamine_s.append(elapsed)
            del rows
            if importer is None or import_note.startswith(("failed", "WRONG")):
                continue
            db_path = tmp / f"import{i}.sdb"
            shutil.copyfile(template, db_path)
            try:
                elapsed, planned, result, skips = _import_once(importer, wb.path, db_path)
            except Exception as exc:  # report what went wrong in the table instead of stopping the run
                import_note = f"failed: {type(exc).__name__}: {exc}"[:300]
                continue
            ours_s.append(elapsed)
            plan_s.append(planned)
            set_id = result.set_id
            if result.lines != wb.lines or result.total_ore != wb.total_ore:
                import_note = (f"WRONG: imported {result.lines} lines / {result.total_ore} øre, "
                               f"the file holds {wb.lines} / {wb.total_ore}")
            elif skips:
                import_note = f"{skips} rows skipped"
        if plan_s and not import_note.startswith(("failed", "WRONG")):
            split = (f"plan (read, validate) {statistics.median(plan_s):.2f} s, "
                     f"write and commit {statistics.median(ours_s) - statistics.median(plan_s):.2f} s")
            import_note = f"{import_note}; {split}" if import_note else split
        calamine = statistics.median(calamine_s)
        ours: float | str = statistics.median(ours_s) if ours_s else "n/a"  # WRONG figures are timed all the same

        # (c) pandas merely reading the file
        pandas_s: float | str = "skipped"
        pandas_note = ""
        if quick and calamine * PANDAS_PER_CALAMINE > PANDAS_SKIP_S:
            pandas_note = f"skipped: estimated {calamine * PANDAS_PER_CALAMINE:.0f} s"
        else:
            try:
                import pandas
            except ModuleNotFoundError:
                pandas_s, pandas_note = "n/a", "pandas not installed (pip install -e '.[bench]')"
            else:
                pandas_s, _ = _timed(lambda: pandas.read_excel(wb.path, engine="openpyxl"))  # one round: slowest

        # (d) peak memory, each in its own process
        calamine_mem = _child("calamine", str(wb.path))
        if importer is not None and not import_note.startswith("failed"):
            mem_db = tmp / "memory.sdb"
            shutil.copyfile(template, mem_db)
            try:
                import_mem: dict[str, Any] | None = _child("import", str(wb.path), str(mem_db))
            except subprocess.CalledProcessError as exc:
                import_mem, mem_note = None, f"failed: {exc.stderr.strip().splitlines()[-1:]}"
            else:
                mem_note = (f"baselines after imports: ours {import_mem['baseline_mb']} MB, "
                            f"calamine {calamine_mem['baseline_mb']} MB")
        else:
            import_mem, mem_note = None, import_note or NOT_YET

        # (d2) CPU seconds of whole processes: the import beside calamine's read, alternating
        cpu_rows = []
        if importer is not None and not import_note.startswith("failed"):
            import_cpu, calamine_cpu = [], []
            cpu_rounds = 1 if quick else CPU_ROUNDS  # whole processes vary by a fifth here: more rounds
            for i in range(cpu_rounds):
                calamine_cpu.append(_child("calamine", str(wb.path))["cpu_s"])
                cpu_db = tmp / f"cpu{i}.sdb"
                shutil.copyfile(template, cpu_db)
                import_cpu.append(_child("import", str(wb.path), str(cpu_db))["cpu_s"])
            ours_cpu, peer_cpu = statistics.median(import_cpu), statistics.median(calamine_cpu)
            cpu_rows.append(_row(f"budget: import {size} xlsx, CPU s of processes", ours_cpu,
                                 "calamine read, CPU s of process", peer_cpu, ours_cpu / peer_cpu, "ratio <= 2.0",
                                 cpu_rounds))

        # (d3) the 450 000-line CSV (45 000 in quick mode), wall seconds and peak memory in a child
        csv_lines = 45_000 if quick else 450_000
        if importer is not None:
            data = accounts_csv(csv_lines)
            csv_db = tmp / "csv.sdb"
            shutil.copyfile(template, csv_db)
            try:
                csv_run: dict[str, Any] | None = _child("import", str(data.path), str(csv_db))
                csv_note = f"{data.path.stat().st_size / 1e6:.0f} MB"
                if csv_run and (csv_run["lines"], csv_run["total_ore"]) != (data.lines, data.total_ore):
                    csv_note = f"WRONG: imported {csv_run['lines']} / {csv_run['total_ore']} øre"
            except subprocess.CalledProcessError as exc:
                csv_run, csv_note = None, f"failed: {exc.stderr.strip().splitlines()[-1:]}"
            csv_size = f"{csv_lines // 1000}k lines"
            cpu_rows.append(_row(f"budget: import {csv_size} csv, s", csv_run["elapsed_s"] if csv_run else "n/a",
                                 "-", "-", "-", "ours <= 10 s", 1, csv_note))
            cpu_rows.append(_row(f"budget: import {csv_size} csv peak memory, MB",
                                 csv_run["peak_mb"] if csv_run else "n/a", "-", "-", "-", "ours <= 400 MB", 1,
                                 f"baseline after imports {csv_run['baseline_mb']} MB" if csv_run else csv_note))

        # (e) the pivot by unit on the imported lines (or lines inserted directly)
        if set_id is None:
            db_path = tmp / "direct.sdb"
            shutil.copyfile(template, db_path)
            set_id = _insert_directly(db_path, wb.path)
        sql_s = statistics.median(_time_sql_group_by(db_path)[:pivot_rounds])
        pivot_note = "" if views else NOT_YET
        pivot: float | str = "n/a"
        if views is not None:
            try:
                pivot = statistics.median(_time_pivot(views, db_path, set_id, wb.total_ore)[:pivot_rounds])
            except Exception as exc:
                pivot_note = f"failed: {type(exc).__name__}: {exc}"[:300]
        if not importer:
            pivot_note = (pivot_note + "; " if pivot_note else "") + "lines inserted directly (no importer yet)"

    rows = [
        _row(f"budget: import {size} xlsx", ours, "python-calamine read only", calamine,
             ours / calamine if isinstance(ours, float) else "n/a", "ratio <= 2.0", rounds, import_note),
        _row(f"budget: import {size} vs pandas", ours, "pandas.read_excel openpyxl", pandas_s,
             pandas_s / ours if isinstance(ours, float) and isinstance(pandas_s, float) else "n/a",
             "ratio = peer/ours >= 5.0", 1, pandas_note or ("" if ours_s else import_note)),
        _row(f"budget: import {size} peak memory, MB", import_mem["peak_mb"] if import_mem else "n/a",
             "calamine read, peak MB", calamine_mem["peak_mb"],
             round(import_mem["peak_mb"] / calamine_mem["peak_mb"], 2) if import_mem else "n/a",
             "ours <= 300 MB", 1, mem_note),
        *cpu_rows,
        _row(f"budget: pivot by unit, {size}", pivot, "sqlite3 GROUP BY ansvar", sql_s,
             pivot / sql_s if isinstance(pivot, float) else "n/a", "ours <= 0.200 s", pivot_rounds, pivot_note),
    ]
    return rows


if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[1] == "--child":
        _child_main(*sys.argv[2:])
    else:
        for r in run("--quick" in sys.argv):
            print(json.dumps(r, ensure_ascii=False))
