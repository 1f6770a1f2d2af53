"""Cold start to a painted main window on the demo database, as a whole process, side by
side with a bare PySide6 window in the same run. Goal: ours ≤ 2 × the bare window."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _time(cmd: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, env=env, cwd=ROOT, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    return time.perf_counter() - start


def run(quick: bool) -> list[dict[str, object]]:
    rounds = 1 if quick else 7
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "STYRINGSDIALOG_DATA_DIR": tmp}
        db = Path(tmp) / "demo.sdb"
        subprocess.run([sys.executable, "-m", "ui.main", "demo", "--db", str(db)], env=env, cwd=ROOT, check=True,
                       stdout=subprocess.DEVNULL)
        ours_cmd = [sys.executable, "-m", "ui.main", "--db", str(db), "--page", "oversikt",
                    "--screenshot", str(Path(tmp) / "ours.png")]
        bare_cmd = [sys.executable, str(ROOT / "bench" / "bare_window.py"), str(Path(tmp) / "bare.png")]
        ours, bare = [], []
        for _ in range(rounds):  # alternate so both see the same machine state
            ours.append(_time(ours_cmd, env))
            bare.append(_time(bare_cmd, env))
    ours_s, bare_s = statistics.median(ours), statistics.median(bare)
    return [{
        "benchmark": "start-up to painted window (demo db)",
        "ours_s": round(ours_s, 3),
        "peer": "bare PySide6 window",
        "peer_s": round(bare_s, 3),
        "ratio": round(ours_s / bare_s, 2),
        "goal": "ratio <= 2.0",
        "rounds": rounds,
        "ours_all_s": [round(x, 3) for x in ours],
        "peer_all_s": [round(x, 3) for x in bare],
    }]
