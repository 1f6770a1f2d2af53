"""The shared PostgreSQL server beside the SQLite file, in one run: the 200,000-line accounts
import, the follow-up search, and ten users reading and editing at once for a minute.

The server is named by ``STYRINGSDIALOG_BENCH_POSTGRES``: an admin URL that may create
databases (``postgresql+psycopg://postgres@127.0.0.1:54329/postgres``). Without it the
benchmark says it was skipped and gives no rows. Every database it makes is called
``sd_bench_…`` and is dropped at the end.

- import: ``app.budget.importer`` (plan and import, as ``bench.budget`` times it: from opening
  the file to the commit) of ``bench.budget_data``'s accounts workbook into a copy of a fresh
  demo database: a SQLite file, and a PostgreSQL database made from a demo template; the two
  alternate, median of three rounds (quick: one round of 20,000 lines). Each import's line count
  and total are checked against the generator's.
- search: ``app.followup.search.search_notes`` for ``bench.followup``'s queries on the
  generated follow-up history (``bench.followup_data``; quick: the small one): on the cached
  SQLite file (FTS5), and on a PostgreSQL database the same rows are copied into
  (``bench.server_pg``, then ANALYZE); median of several runs after a warm-up, as
  ``bench.followup`` does it. The goal is the follow-up benchmark's: ≤ 100 ms.
- load: ``bench.server_load``: 10 users, each a process with its own ``open_database``, for 60 s
  (quick: 10 s) on a fresh PostgreSQL demo database: page reads, and edits of a few goal texts and
  note sections as the editors make them (load, think 0–50 ms, save with ``expected_version``).
  Reported: operations per second (reads and saves apart), p50/p95/max response times, the
  designed conflicts (``ConflictError``), any other error (must be 0) and lost updates (must be
  0). The same load then runs on a SQLite demo file for comparison: the lock file that keeps a
  second program out by design is bypassed, so this shows what the file would do if it were
  shared, not a supported set-up.

Run alone: ``python -m bench server`` or
``python -m bench.server --users 10 --seconds 60 --json docs/bench-2026-11-24-server.json``.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from bench import server_pg as pg
from bench.budget import _import_once, _read_calamine
from bench.budget_data import accounts_workbook
from bench.followup import QUERIES, SEARCH_GOAL_S, _row, _timed_runs
from bench.followup_data import FULL, QUICK, followup_history
from bench.server_load import LoadResult, OpStats, make_plan, run_load

DEMO_TODAY = date(2026, 11, 23)
PARTS = ("import", "search", "load")


def _server_settings(admin: str) -> str:
    from sqlalchemy import create_engine, text

    engine = create_engine(admin)
    try:
        with engine.connect() as conn:
            values = {k: conn.execute(text(f"SHOW {k}")).scalar() for k in ("server_version", "fsync",
                                                                            "synchronous_commit", "shared_buffers")}
    finally:
        engine.dispose()
    import psycopg

    return (f"PostgreSQL {values['server_version']} (fsync={values['fsync']}, synchronous_commit="
            f"{values['synchronous_commit']}, shared_buffers={values['shared_buffers']}); psycopg "
            f"{psycopg.__version__} ({psycopg.pq.__impl__} implementation)")


class _Setup:
    """The demo databases every part starts from: a SQLite file and a PostgreSQL template."""

    def __init__(self, admin: str, tmp: Path, created: list[str]) -> None:
        from app.storage.database import open_database

        self.admin, self.tmp, self.created = admin, tmp, created
        self.sqlite_demo = tmp / "demo.sdb"
        open_database(self.sqlite_demo, demo_if_new=True, today=DEMO_TODAY).close()
        self.pg_template = pg.create_database(admin, "demo")
        created.append(self.pg_template)
        url = pg.database_url(admin, self.pg_template)
        open_database(url, demo_if_new=True, today=DEMO_TODAY).close()
        pg.analyze(url)  # as autovacuum does soon after the demo's inserts on a running server

    def sqlite_copy(self, name: str) -> Path:
        import shutil

        path = self.tmp / f"{name}.sdb"
        shutil.copyfile(self.sqlite_demo, path)
        return path

    def pg_copy(self, label: str) -> tuple[str, str]:
        """(name, url) of a new database made from the demo template."""
        name = pg.create_database(self.admin, label, template=self.pg_template)
        self.created.append(name)
        return name, pg.database_url(self.admin, name)

    def drop(self, name: str) -> None:
        pg.drop_database(self.admin, name)
        self.created.remove(name)


# --- import -----------------------------------------------------------------------------------


def _import_rows(setup: _Setup, quick: bool, server: str) -> list[dict[str, object]]:
    import importlib

    from sqlalchemy import func, select

    from app.storage.database import open_database
    from db.models import BudgetLine

    lines = 20_000 if quick else 200_000
    rounds = 1 if quick else 3
    wb = accounts_workbook(lines)
    importer = importlib.import_module("app.budget.importer")
    _read_calamine(wb.path)  # untimed: the file is in the page cache for both
    times: dict[str, list[tuple[float, float]]] = {"sqlite": [], "postgresql": []}
    wrong: list[str] = []
    for i in range(rounds):
        for kind in ("sqlite", "postgresql") if i % 2 == 0 else ("postgresql", "sqlite"):
            name = ""
            if kind == "sqlite":
                target: str | Path = setup.sqlite_copy(f"import{i}")
            else:
                name, target = setup.pg_copy("import")
            try:
                elapsed, planned, result, _skips = _import_once(importer, Path(wb.path), target)  # type: ignore[arg-type]
                times[kind].append((elapsed, planned))
                db = open_database(target, lock=False)
                try:
                    with db.session() as s:
                        n, total = s.execute(select(func.count(), func.coalesce(func.sum(BudgetLine.amount_ore), 0))
                                             .where(BudgetLine.budget_set_id == result.set_id)).one()
                finally:
                    db.close()
                if (result.lines, n, int(total)) != (wb.lines, wb.lines, wb.total_ore):
                    wrong.append(f"{kind}: {n} lines / {total} øre in the database, the file holds "
                                 f"{wb.lines} / {wb.total_ore}")
            finally:
                if name:
                    setup.drop(name)
                elif isinstance(target, Path):
                    target.unlink(missing_ok=True)

    def median(kind: str, index: int) -> float:
        return statistics.median(t[index] for t in times[kind])

    ours, peer = median("postgresql", 0), median("sqlite", 0)
    note = (f"PostgreSQL: plan (read, validate) {median('postgresql', 1):.2f} s, write and commit "
            f"{ours - median('postgresql', 1):.2f} s; SQLite: plan {median('sqlite', 1):.2f} s, write and commit "
            f"{peer - median('sqlite', 1):.2f} s; {server}")
    if wrong:
        note = "WRONG: " + "; ".join(wrong) + "; " + note
    size = f"{lines // 1000}k lines"
    return [_row(f"server: accounts import {size} (PostgreSQL)", ours, "SQLite file, same import", peer,
                 "info: PostgreSQL beside SQLite", rounds, note)]


# --- search -----------------------------------------------------------------------------------


def _search_rows(setup: _Setup, quick: bool) -> list[dict[str, object]]:
    from app.followup.search import search_notes
    from app.storage.database import open_database

    history = followup_history(QUICK if quick else FULL)
    rounds = 3 if quick else 7
    name = pg.create_database(setup.admin, "followup")
    setup.created.append(name)
    url = pg.database_url(setup.admin, name)
    try:
        copy_s, counts = pg.copy_sqlite_to_postgres(history.path, url)
        rows = [_row(f"server: copy follow-up history to PostgreSQL, {history.meetings:,} meetings", copy_s, "n/a",
                     "n/a", "info (not a goal)", 1,
                     f"{sum(counts.values()):,} rows in {sum(1 for n in counts.values() if n)} tables, then ANALYZE; "
                     f"{history.units} units × {history.last_year - history.first_year + 1} years")]
        lite = open_database(history.path)
        server = open_database(url)
        try:
            for query, kind in QUERIES:
                ours, ours_first, hits = _timed_runs(server, rounds, search_notes, query)
                peer, peer_first, peer_hits = _timed_runs(lite, rounds, search_notes, query)
                note = (f"{kind}; hits PostgreSQL {len(hits)}, SQLite {len(peer_hits)}; "
                        f"warm-up PostgreSQL {ours_first:.3f} s, SQLite {peer_first:.3f} s")
                if peer_hits and not hits:
                    note = f"WRONG: no hits on PostgreSQL; {note}"
                elif len(hits) < 100 and len(peer_hits) < 100:
                    ours_ids, peer_ids = {h.source_id for h in hits}, {h.source_id for h in peer_hits}
                    if ours_ids != peer_ids:
                        note += (f"; the hits differ: {len(ours_ids - peer_ids)} only on PostgreSQL, "
                                 f"{len(peer_ids - ours_ids)} only on SQLite")
                    else:
                        note += "; the same hits"
                rows.append(_row(f"server: search '{query}' (PostgreSQL)", ours, "SQLite FTS5, same history", peer,
                                 f"ours <= {SEARCH_GOAL_S:.3f} s", rounds, note))
        finally:
            lite.close()
            server.close()
    finally:
        setup.drop(name)
    return rows


# --- load -------------------------------------------------------------------------------------


def _ms(stats: OpStats) -> str:
    return f"p50 {stats.p50_s * 1000:.0f} ms, p95 {stats.p95_s * 1000:.0f} ms, max {stats.max_s * 1000:.0f} ms"


def load_verdict(r: LoadResult) -> str:
    """'' when the run kept every promise, else what went wrong."""
    problems = []
    if r.lost:
        problems.append(f"{len(r.lost)} lost updates (e.g. {r.lost[0][1]} in {r.lost[0][0].split(':')[0]})")
    if r.errors:
        problems.append(f"{r.errors} errors (e.g. {r.error_samples[0]})")
    if not r.saved:
        problems.append("no save succeeded")
    return "; ".join(problems)


def load_summary(r: LoadResult) -> dict[str, object]:
    """The figures of a load run, for the JSON."""
    def ms(stats: OpStats) -> dict[str, object]:
        return {"n": stats.n, "p50_ms": round(stats.p50_s * 1000, 1), "p95_ms": round(stats.p95_s * 1000, 1),
                "max_ms": round(stats.max_s * 1000, 1)}

    return {
        "target": r.target, "users": r.users, "seconds": round(r.seconds, 1), "ops": r.ops,
        "ops_per_s": round(r.ops_per_s, 1), "reads_per_s": round(r.reads_per_s, 1),
        "saves_per_s": round(r.writes_per_s, 1), "saves": r.writes, "saved": r.saved, "conflicts": r.conflicts,
        "errors": r.errors, "error_samples": r.error_samples,
        "lost_updates": len(r.lost), "version_check": r.version_check, "slowest": r.slowest,
        "all": ms(r.all_ops), "reads": ms(r.read_ops), "saves_ms": ms(r.write_ops),
        "per_operation": {k: ms(v) for k, v in r.per_op.items()},
    }


def _load_note(r: LoadResult) -> str:
    verdict = load_verdict(r)
    conflicts = f"conflicts {r.conflicts} (ConflictError)"
    return (f"{'FAILED: ' + verdict + '; ' if verdict else ''}{r.target}, {r.users} users, {r.seconds:.0f} s: "
            f"{r.ops_per_s:.1f} ops/s (reads {r.reads_per_s:.1f}/s, saves {r.writes_per_s:.1f}/s); "
            f"all {_ms(r.all_ops)}; "
            f"reads {_ms(r.read_ops)}; saves {_ms(r.write_ops)}; slowest: {r.slowest}; {r.saved} saves succeeded, "
            f"{conflicts}, errors {r.errors}, lost updates {len(r.lost)}")


def print_load_table(results: list[LoadResult]) -> None:
    header = (f"{'load':10} {'users':>5} {'s':>4} {'ops/s':>7} {'reads/s':>8} {'saves/s':>8} {'p50 ms':>7} "
              f"{'p95 ms':>7} {'max ms':>7} {'saved':>6} {'confl.':>6} {'errors':>6} {'lost':>5}  slowest")
    print(header)
    print("-" * len(header))
    for r in results:
        print(f"{r.target:10} {r.users:>5} {r.seconds:>4.0f} {r.ops_per_s:>7.1f} {r.reads_per_s:>8.1f} "
              f"{r.writes_per_s:>8.1f} {r.all_ops.p50_s * 1000:>7.0f} {r.all_ops.p95_s * 1000:>7.0f} "
              f"{r.all_ops.max_s * 1000:>7.0f} {r.saved:>6} {r.conflicts:>6} {r.errors:>6} "
              f"{len(r.lost):>5}  {r.slowest}")
    print()


def _load_rows(setup: _Setup, users: int, seconds: float, sqlite_too: bool = True) -> list[dict[str, object]]:
    name, url = setup.pg_copy("load")
    try:
        server = run_load(make_plan(url), users=users, seconds=seconds)
    finally:
        setup.drop(name)
    lite: LoadResult | None = None
    lite_note = "SQLite comparison not run"
    if sqlite_too:
        path = setup.sqlite_copy("load")
        lite = run_load(make_plan(str(path)), users=users, seconds=seconds)
        lite_note = _load_note(lite)
    print_load_table([server] + ([lite] if lite else []))
    label = f"server load: {users} users × {seconds:.0f} s"
    peer = "SQLite file, same load" if lite else "n/a"
    verdict = load_verdict(server)

    def peer_of(value: float) -> float | str:
        return value if lite else "n/a"

    rows = [
        _row(f"{label}, operations per s", server.ops_per_s, peer, peer_of(lite.ops_per_s if lite else 0.0),
             "info (higher is better)", 1, _load_note(server)),
        _row(f"{label}, slowest response", server.all_ops.max_s, peer, peer_of(lite.all_ops.max_s if lite else 0.0),
             "info: the slowest of every operation", 1, f"slowest: {server.slowest}; SQLite: {lite_note}"),
        _row(f"{label}, reads p95", server.read_ops.p95_s, peer, peer_of(lite.read_ops.p95_s if lite else 0.0),
             "info", 1, f"PostgreSQL reads {_ms(server.read_ops)}"
             + (f"; SQLite reads {_ms(lite.read_ops)}" if lite else "")),
        _row(f"{label}, saves p95", server.write_ops.p95_s, peer, peer_of(lite.write_ops.p95_s if lite else 0.0),
             "info", 1, f"PostgreSQL saves {_ms(server.write_ops)}"
             + (f"; SQLite saves {_ms(lite.write_ops)}" if lite else "")),
        _row(f"{label}, lost updates + errors", len(server.lost) + server.errors, peer,
             peer_of(len(lite.lost) + lite.errors if lite else 0), "ours = 0 (conflicts are designed)", 1,
             ("FAILED: " + verdict if verdict else "ok") + f"; PostgreSQL: {server.saved} saves succeeded, "
             f"{server.conflicts} refused as conflicts, {server.errors} errors, {len(server.lost)} lost"
             + (f"; SQLite: {lite.saved} succeeded, {lite.conflicts} conflicts, {lite.errors} errors, "
                f"{len(lite.lost)} lost" + (f" (e.g. {lite.error_samples[0]})" if lite.error_samples else "")
                if lite else "")),
    ]
    rows[0]["load"] = [load_summary(server)] + ([load_summary(lite)] if lite else [])
    return rows


# --- the whole benchmark ---------------------------------------------------------------------------


def run(quick: bool, *, users: int = 10, seconds: float | None = None,
        parts: tuple[str, ...] = PARTS) -> list[dict[str, object]]:
    admin = pg.admin_url()
    if not admin:
        print(f"server: skipped (set {pg.ENV} to an admin URL of a PostgreSQL server that may create databases)")
        return []
    seconds = seconds if seconds is not None else (10.0 if quick else 60.0)
    rows: list[dict[str, object]] = []
    with tempfile.TemporaryDirectory() as tmp_name, pg.databases(admin) as created:
        server = _server_settings(admin)
        setup = _Setup(admin, Path(tmp_name), created)
        if "import" in parts:
            rows += _import_rows(setup, quick, server)
        if "search" in parts:
            rows += _search_rows(setup, quick)
        if "load" in parts:
            rows += _load_rows(setup, users, seconds)
    return rows


def main(argv: list[str] | None = None) -> int:
    from bench.__main__ import print_table, write_results

    parser = argparse.ArgumentParser(prog="python -m bench.server", description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="smaller file, one round, 10 s of load")
    parser.add_argument("--users", type=int, default=10)
    parser.add_argument("--seconds", type=float, default=None, help="of load (default 60, quick 10)")
    parser.add_argument("--parts", default=",".join(PARTS), help=f"some of {','.join(PARTS)}")
    parser.add_argument("--json", type=Path, default=None, help="write the results here")
    args = parser.parse_args(argv)
    parts = tuple(p for p in args.parts.split(",") if p)
    if set(parts) - set(PARTS):
        parser.error(f"unknown part: {', '.join(sorted(set(parts) - set(PARTS)))}")
    start = time.perf_counter()
    rows = run(args.quick, users=args.users, seconds=args.seconds, parts=parts)
    if not rows:
        return 0
    print_table(rows)
    if args.json:
        write_results(args.json, rows, args.quick, extra={"command": " ".join(["python -m bench.server", *(
            argv if argv is not None else sys.argv[1:])]), "server": _server_settings(pg.admin_url()),
            "total_s": round(time.perf_counter() - start, 1)})
        print(f"\nJSON: {args.json}")
    return 1 if any(str(r.get("note", "")).startswith(("WRONG", "FAILED")) for r in rows) else 0


if __name__ == "__main__":
    raise SystemExit(main())

