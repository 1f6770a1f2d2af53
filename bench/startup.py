"""Cold start of the window on the demo database, as a whole process, side by side with a
bare PySide6 window in the same run. Goal (issue 17): the overview filled ≤ 3 × the bare window.

Four figures per program, all from the moment the process is spawned:
- first paint: the window is on screen (ours shows its shell and «Åpner databasen …»);
- overview filled: the Oversikt figures are on screen (ours: read with plain sqlite3 while
  SQLAlchemy loads in the background; the bare window: its label);
- all pages ready: the pages are made on the opened database and the window is saved;
- exit: the process has saved the screenshot and ended.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def timed_run(cmd: list[str], env: dict[str, str], trace: Path) -> dict[str, float]:
    trace.unlink(missing_ok=True)
    start = time.time()
    subprocess.run(cmd, env={**env, "STYRINGSDIALOG_STARTUP_TRACE": str(trace)}, cwd=ROOT, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    end = time.time()
    marks: dict[str, str] = {}
    cpu: dict[str, str] = {}
    for line in trace.read_text().splitlines():
        event, moment, *used = line.split()  # ours adds the CPU time used so far
        marks.setdefault(event, moment)  # the first time each stage was reached
        if used:
            cpu.setdefault(event, used[0])
    filled = marks.get("overview_filled", marks["ready"])  # the bare window has one stage for both
    out = {"first_paint": float(marks["first_paint"]) - start, "overview_filled": float(filled) - start,
           "ready": float(marks["ready"]) - start, "exit": end - start}
    if "overview_filled" in cpu:
        out["overview_filled_cpu"] = float(cpu["overview_filled"])
    return out


def run(quick: bool) -> list[dict[str, object]]:
    rounds = 1 if quick else 9
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "STYRINGSDIALOG_DATA_DIR": tmp}
        db, trace = Path(tmp) / "demo.sdb", Path(tmp) / "trace.txt"
        subprocess.run([sys.executable, "-m", "ui.main", "demo", "--db", str(db)], env=env, cwd=ROOT, check=True,
                       stdout=subprocess.DEVNULL)
        ours_cmd = [sys.executable, "-m", "ui.main", "--db", str(db), "--page", "oversikt",
                    "--screenshot", str(Path(tmp) / "ours.png")]
        bare_cmd = [sys.executable, str(ROOT / "bench" / "bare_window.py"), str(Path(tmp) / "bare.png")]
        ours, bare = [], []
        for _ in range(rounds):  # alternate so both see the same machine state
            ours.append(timed_run(ours_cmd, env, trace))
            bare.append(timed_run(bare_cmd, env, trace))
    rows = []
    for key, label in (("first_paint", "start-up: window on screen"),
                       ("overview_filled", "start-up: overview filled"),
                       ("ready", "start-up: all pages ready"), ("exit", "start-up: whole process")):
        o = statistics.median(r[key] for r in ours)
        b = statistics.median(r[key] for r in bare)
        rows.append({"benchmark": label, "ours_s": round(o, 3), "peer": "bare PySide6 window",
                     "peer_s": round(b, 3), "ratio": round(o / b, 2), "goal": "ratio <= 3.0", "rounds": rounds})
    return rows
