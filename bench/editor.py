"""The window at work on the demo database (issue 17): an edit in the note editor until it is
saved and repainted, with the page reloads it caused; and a switch to each page until it is
painted. Measured in a child process (a window of its own, Qt offscreen), each figure the median
of several rounds, against the goals (30 ms and 150 ms).

Run alone: ``python -m bench.editor [--quick]`` (prints JSON), or ``python -m bench editor``.
On a PostgreSQL server: ``python -m bench.editor --stalls URL [--rounds N] [--cold]``, the longest
GUI-thread gap while each page is switched to and loads (N fresh windows: median and worst, and
the longest garbage collection seen meanwhile), after the program's start-up reads and its
``gc.freeze()`` (``--cold``: before them).
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
EDIT_GOAL_S = 0.030
SWITCH_GOAL_S = 0.150


def measure(db_path: Path, rounds: int) -> dict[str, Any]:
    """In this process: the window on ``db_path``, the edits and the page switches."""
    from PySide6.QtWidgets import QApplication

    from app.storage.database import open_database
    from ui.main_window import MainWindow
    from ui.navigation import PAGES
    from ui.store import Store

    app = QApplication.instance() or QApplication([])
    db = open_database(db_path)
    window = MainWindow(date(2026, 11, 23), "nb", Store(db))
    window.resize(1200, 780)
    window.show()
    app.processEvents()
    try:  # as the program does once the pages are made: the other pages' first queries, off the GUI thread
        from ui.main import _warm_queries
    except ImportError:  # (an older tree, for the before figures)
        pass
    else:
        _warm_queries(window, db).wait()

    def painted() -> None:
        window.repaint()  # paints now, into the window's backing store
        app.processEvents()

    # Page switches: the first visit of each page (its first load), then visits again.
    first: dict[str, float] = {}
    again: dict[str, list[float]] = {key: [] for key in PAGES}
    for r in range(rounds + 1):
        for key in (*PAGES[1:], PAGES[0]):
            start = time.perf_counter()
            window.show_page(key)
            painted()
            elapsed = time.perf_counter() - start
            if r == 0:
                first[key] = elapsed
            else:
                again[key].append(elapsed)

    # An edit in the note: type into a box, the pause passes (the save), until repainted.
    reloads = {key: 0 for key in window.page_widgets}
    for key, page in window.page_widgets.items():
        original = page.reload

        def counted(key: str = key, original: Any = original) -> None:
            reloads[key] += 1
            original()

        page.reload = counted  # type: ignore[method-assign]
    window.show_page("oppfolging")
    followup = window.page_widgets["oppfolging"]
    model = followup.model
    editor = followup.editor
    for index in (model.index(r, c) for r in range(model.rowCount()) for c in range(model.columnCount())):
        cell = model.cell(index)
        if cell is not None and cell.month == 11:  # this month's note: open, not yet approved
            followup.open_cell(index)
            if editor.note is not None and not editor.note.locked:
                break
    assert editor.note is not None and not editor.note.locked
    painted()
    box = editor.sections["decisions"]
    box.setFocus()
    for key in reloads:
        reloads[key] = 0
    edits: list[float] = []
    for i in range(rounds * 4):
        box.insertPlainText(f" ord{i}")
        start = time.perf_counter()
        editor._save_section("decisions")  # what the pause's timer does
        painted()
        edits.append(time.perf_counter() - start)
    from app.followup.meetings import meeting_note

    saved = db.run(meeting_note, editor.note.id).sections["decisions"]
    assert saved.endswith(f" ord{len(edits) - 1}"), saved  # every edit was saved
    window.close()
    db.close()
    return {"edit_s": statistics.median(edits), "edit_worst_s": max(edits), "edits": len(edits),
            "reloads": {key: n for key, n in reloads.items() if n}, "first_switch_s": first,
            "switch_s": {key: statistics.median(v) for key, v in again.items()}}


def run(quick: bool) -> list[dict[str, object]]:
    rounds = 1 if quick else 5
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "STYRINGSDIALOG_DATA_DIR": tmp}
        db = Path(tmp) / "demo.sdb"
        subprocess.run([sys.executable, "-m", "ui.main", "demo", "--db", str(db)], env=env, cwd=ROOT, check=True,
                       stdout=subprocess.DEVNULL)
        out = subprocess.run([sys.executable, "-m", "bench.editor", "--child", str(db), str(rounds)], env=env,
                             cwd=ROOT, check=True, capture_output=True, text=True).stdout
    result = json.loads(out.strip().splitlines()[-1])
    reloads = sum(result["reloads"].values())
    rows: list[dict[str, object]] = [{
        "benchmark": f"note edit to repaint ({reloads} page reloads in {result['edits']} saves)",
        "ours_s": round(result["edit_s"], 4), "peer": "goal", "peer_s": EDIT_GOAL_S,
        "ratio": round(result["edit_s"] / EDIT_GOAL_S, 2), "goal": "ratio <= 1.0", "rounds": result["edits"]}]
    worst_first = max(result["first_switch_s"].items(), key=lambda kv: kv[1])
    worst_again = max(result["switch_s"].items(), key=lambda kv: kv[1])
    for label, (key, seconds) in (("page switch, first visit (worst: {key})", worst_first),
                                  ("page switch, again (worst: {key})", worst_again)):
        rows.append({"benchmark": label.format(key=key), "ours_s": round(seconds, 4), "peer": "goal",
                     "peer_s": SWITCH_GOAL_S, "ratio": round(seconds / SWITCH_GOAL_S, 2), "goal": "ratio <= 1.0",
                     "rounds": rounds})
    return rows


def longest_stalls(target: str, settle_s: float = 0.4, gc_pauses: dict[str, float] | None = None,
                   warm: bool = True) -> dict[str, float]:
    """In this process, on ``target`` (a PostgreSQL URL): the longest gap between two turns of
    the event loop while each page is switched to and loads (a timer asks for a turn every 2 ms).
    ``gc_pauses``, if given, gets each page's longest garbage collection meanwhile (on any thread:
    a collection holds the GIL, so one in a worker stalls the GUI thread too). ``warm``: first the
    other pages' first reads and the ``gc.freeze()`` after them, as the program does once it has
    made its pages (``--cold``: without, as if the user switched before they were done)."""
    import gc

    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtWidgets import QApplication

    from app.storage.database import open_database
    from ui.main_window import MainWindow
    from ui.navigation import PAGES
    from ui.store import Store

    app = QApplication.instance() or QApplication([])
    db = open_database(target)
    window = MainWindow(date(2026, 11, 23), "nb", Store(db))
    window.resize(1200, 780)
    window.show()
    app.processEvents()
    try:  # as the program does once the pages are made (its gc.freeze() after them too: see ui.main)
        from ui.main import _warm_queries
    except ImportError:  # (an older tree, for the before figures)
        pass
    else:
        if warm:
            _warm_queries(window, db).wait()
    clock = QElapsedTimer()
    clock.start()
    last = [clock.elapsed()]
    worst = [0]

    def tick() -> None:
        now = clock.elapsed()
        worst[0] = max(worst[0], now - last[0])
        last[0] = now

    ticker = QTimer()
    ticker.timeout.connect(tick)
    ticker.start(2)
    collecting: dict[int, float] = {}
    longest_gc = [0.0]

    def collected(phase: str, _info: dict[str, int]) -> None:
        import threading

        if phase == "start":
            collecting[threading.get_ident()] = time.perf_counter()
        elif threading.get_ident() in collecting:
            longest_gc[0] = max(longest_gc[0], time.perf_counter() - collecting.pop(threading.get_ident()))

    gc.callbacks.append(collected)
    result: dict[str, float] = {}
    for key in (*PAGES[1:], PAGES[0]):
        for _ in range(2):  # settle, then measure
            end = clock.elapsed() + settle_s * 1000
            while clock.elapsed() < end:
                app.processEvents()
        last[0], worst[0], longest_gc[0] = clock.elapsed(), 0, 0.0
        QTimer.singleShot(0, lambda key=key: window.show_page(key))  # as a click on the navigation would
        end = clock.elapsed() + settle_s * 1000
        while clock.elapsed() < end or last[0] < end:  # until a turn after the end: a stall across it counts
            app.processEvents()
        result[key] = worst[0] / 1000
        if gc_pauses is not None:
            gc_pauses[key] = round(longest_gc[0], 3)
    gc.callbacks.remove(collected)
    ticker.stop()
    window.close()
    db.close()
    return result


def stall_rounds(target: str, rounds: int, warm: bool = True) -> dict[str, dict[str, float]]:
    """``longest_stalls`` in ``rounds`` fresh processes (each page's first visit is once per window):
    per page the median and the worst of the longest gaps, and the longest garbage collection seen
    while it loaded. The figures swing with the machine's load: compare medians run side by side."""
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    runs = []
    for _ in range(rounds):
        out = subprocess.run([sys.executable, "-m", "bench.editor", "--stalls-child", target,
                              *([] if warm else ["--cold"])], env=env, cwd=ROOT,
                             check=True, capture_output=True, text=True).stdout
        runs.append(json.loads(out.strip().splitlines()[-1]))
    return {key: {"median_s": round(statistics.median(r["stalls"][key] for r in runs), 3),
                  "worst_s": max(r["stalls"][key] for r in runs),
                  "longest_gc_s": max(r["gc"][key] for r in runs)} for key in runs[0]["stalls"]}


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        print(json.dumps(measure(Path(sys.argv[2]), int(sys.argv[3]))))
    elif len(sys.argv) > 1 and sys.argv[1] == "--stalls":  # python -m bench.editor --stalls postgresql+psycopg://…
        if "--rounds" in sys.argv:  # … --rounds 5: five fresh windows, median and worst per page
            print(json.dumps(stall_rounds(sys.argv[2], int(sys.argv[sys.argv.index("--rounds") + 1]),
                                          warm="--cold" not in sys.argv), indent=1))
        else:
            print(json.dumps(longest_stalls(sys.argv[2], warm="--cold" not in sys.argv)))
    elif len(sys.argv) > 1 and sys.argv[1] == "--stalls-child":
        pauses: dict[str, float] = {}
        print(json.dumps({"stalls": longest_stalls(sys.argv[2], gc_pauses=pauses, warm="--cold" not in sys.argv),
                          "gc": pauses}))
    else:
        print(json.dumps(run("--quick" in sys.argv), indent=1))
