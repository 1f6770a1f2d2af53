"""Monthly follow-up on ten years of history: 300 leaders × 10 years × 12 months (about 36,000
meetings, 100,000 action items counting carried copies, notes of realistic length; see
``bench.followup_data``). Goals: the year grid opens ≤ 300 ms; a full-text search returns
≤ 100 ms; the dashboard computes ≤ 200 ms.

- year grid: ``app.followup.listing.year_grid`` for the last generated year, seen from a day in
  November of it. Beside it, a floor rather than a rival: sqlite3 merely reading the year's
  meetings (unit, month, status) from the same file.
- search: ``app.followup.search.search_notes`` (FTS5) for common, middling and rare words and a
  two-word query, each beside ``like_search`` (``LIKE '%word%'`` on every section, item and goal
  comment) for the same words; the ratio is ours / peer. Both stop at 100 hits, so a common word
  is found by the LIKE scan in the first few hundred rows, while FTS5 ranks every match first; a
  rare word makes LIKE read everything. Where both find fewer than 100 for one word, they must find
  the same rows (for two words like_search is stricter: it wants both in the same section).
- dashboard: ``app.followup.attention.attention(session, today)`` (open and overdue items,
  months without a meeting, agreements, budget deviations).

Every call runs as the GUI runs it, in a fresh session and transaction through ``Database.run``;
the figure is the median of several runs after one untimed warm-up (the warm-up's time is in the
note). Quick mode: 30 leaders × 2 years, three runs each.
Run alone: ``python -m bench followup`` or ``python -m bench.followup [--quick]``.
"""

from __future__ import annotations

import gc
import json
import sqlite3
import statistics
import sys
import time
from collections.abc import Callable
from typing import Any

from bench.followup_data import FULL, QUICK, History, followup_history

# (query, what kind of word it is)
QUERIES = (
    ("budsjett", "very common"),
    ("sykefravær", "common"),
    ("turnus", "prefix, middling"),
    ("vikarer", "middling"),
    ("legionella", "rare"),
    ("sykefravær vikarer", "two words"),
)
GRID_GOAL_S, SEARCH_GOAL_S, DASHBOARD_GOAL_S = 0.300, 0.100, 0.200


def _timed_runs(db: Any, rounds: int, fn: Callable[..., Any], *args: Any) -> tuple[float, float, Any]:
    """(median, warm-up) seconds of ``db.run(fn, *args)`` and the last result."""
    gc.collect()
    start = time.perf_counter()
    result = db.run(fn, *args)
    first = time.perf_counter() - start
    times = []
    for _ in range(rounds):
        gc.collect()
        start = time.perf_counter()
        result = db.run(fn, *args)
        times.append(time.perf_counter() - start)
    return statistics.median(times), first, result


def _sqlite_floor(history: History, rounds: int, sql: str, *params: Any) -> float:
    con = sqlite3.connect(history.path)
    try:
        con.execute(sql, params).fetchall()
        times = []
        for _ in range(rounds):
            start = time.perf_counter()
            con.execute(sql, params).fetchall()
            times.append(time.perf_counter() - start)
    finally:
        con.close()
    return statistics.median(times)


def _row(benchmark: str, ours: float | str, peer: str, peer_s: float | str, goal: str, rounds: int,
         note: str = "") -> dict[str, object]:
    ratio: float | str = "n/a"
    if isinstance(ours, float) and isinstance(peer_s, float):
        ratio = round(ours / peer_s, 2) if ours / peer_s >= 0.1 else float(f"{ours / peer_s:.2g}")  # 0.0036, not 0.0
    row: dict[str, object] = {
        "benchmark": benchmark, "ours_s": round(ours, 3) if isinstance(ours, float) else ours, "peer": peer,
        "peer_s": round(peer_s, 3) if isinstance(peer_s, float) else peer_s, "ratio": ratio, "goal": goal,
        "rounds": rounds,
    }
    if note:
        row["note"] = note
    return row


def _held_cells(history: History, year: int) -> int:
    """(unit, month) pairs with a held meeting in the year, counted without the app."""
    con = sqlite3.connect(history.path)
    try:
        return con.execute("SELECT COUNT(DISTINCT unit_lineage_id || '-' || month) FROM meeting "
                           "WHERE year = ? AND status = 'held'", (year,)).fetchone()[0]
    finally:
        con.close()


def _search_rows(db: Any, history: History, rounds: int) -> list[dict[str, object]]:
    from app.followup.search import like_search, search_notes

    rows = []
    for query, kind in QUERIES:
        ours, ours_first, hits = _timed_runs(db, rounds, search_notes, query)
        peer, peer_first, peer_hits = _timed_runs(db, rounds, like_search, query)
        note = (f"{kind}; hits ours {len(hits)}, LIKE {len(peer_hits)}; "
                f"warm-up ours {ours_first:.3f} s, LIKE {peer_first:.3f} s")
        if not hits and peer_hits:
            note = f"WRONG: no hits; {note}"
        elif not hits:
            note += "; the word is not in this history"
        elif " " not in query and len(hits) < 100 and len(peer_hits) < 100 and \
                {h.source_id for h in hits} != {h.source_id for h in peer_hits}:
            note = f"WRONG: FTS and LIKE find different rows; {note}"
        elif " " in query:  # like_search wants every word in one section, FTS5 anywhere in the note
            note += "; LIKE needs both words in one section"
        rows.append(_row(f"followup: search '{query}'", ours, "LIKE '%word%' (like_search)", peer,
                         f"ours <= {SEARCH_GOAL_S:.3f} s", rounds, note))
    return rows


def run(quick: bool) -> list[dict[str, object]]:
    from app.followup.attention import attention
    from app.followup.listing import year_grid
    from app.storage.database import open_database

    size = QUICK if quick else FULL
    rounds = 3 if quick else 7
    history = followup_history(size)
    today, year = history.today, history.today.year
    label = f"{history.units} units"
    build = _row(f"followup: build history, {history.meetings:,} meetings", history.build_s, "n/a", "n/a",
                 "info (not a goal)", 1,
                 f"{size.label}: {history.meetings} meetings ({history.held} held), {history.action_items} action "
                 f"items ({history.open_items} open), {history.goal_statuses} goal statuses, {history.agreements} "
                 f"agreements, {history.note_chars / 1e6:.1f} M characters of notes, "
                 f"{history.path.stat().st_size / 1e6:.0f} MB; "
                 + ("cached: the time is from when it was built" if history.cached else "built now"))

    db = open_database(history.path)
    try:
        grid_s, grid_first, grid = _timed_runs(db, rounds, year_grid, year, today)
        grid_floor = _sqlite_floor(history, rounds, "SELECT unit_lineage_id, month, status FROM meeting "
                                   "WHERE year = ?", year)
        held = sum(m == "held" for r in grid for m in r.months)
        grid_note = f"{len(grid)} rows, {held} months held; warm-up {grid_first:.3f} s"
        expected_held = _held_cells(history, year)
        if len(grid) != history.units or held != expected_held:
            grid_note = f"WRONG: expected {history.units} rows and {expected_held} months held; {grid_note}"
        rows = [build, _row(f"followup: year grid {year}, {label}", grid_s, "sqlite3 meetings of the year",
                            grid_floor, f"ours <= {GRID_GOAL_S:.3f} s", rounds, grid_note)]

        rows += _search_rows(db, history, rounds)

        dash_s, dash_first, result = _timed_runs(db, rounds, attention, today)
        kinds = {k: len(result.of(k)) for k in ("action_overdue", "action_due", "no_meeting", "agreement_unsigned",
                                               "agreement_ending", "deviation")}
        dash_note = ", ".join(f"{k} {n}" for k, n in kinds.items()) + f"; warm-up {dash_first:.3f} s"
        if not kinds["action_overdue"] or not kinds["no_meeting"]:
            dash_note = f"WRONG: expected overdue items and months without a meeting; {dash_note}"
        rows.append(_row(f"followup: dashboard, {label}", dash_s, "n/a", "n/a",
                         f"ours <= {DASHBOARD_GOAL_S:.3f} s", rounds, dash_note))
    finally:
        db.close()
    return rows


if __name__ == "__main__":
    for r in run("--quick" in sys.argv):
        print(json.dumps(r, ensure_ascii=False))
