"""Read every hostile file with both importers, each run in a forked child under a memory limit.

``python -m tests.hostile.runner CORPUS BASE_DB OUT_JSON`` (the corpus as written by
:func:`tests.hostile.corpus.build`, which lists its cases in ``CORPUS/cases.json``). The
parent imports the program once and forks a child per file and importer (the two importers
of a file at the same time), so each run starts warm, with its own address-space limit
(``RLIMIT_AS``) and an alarm that ends a hang. A child opens a copy of the base database, plans and imports as the
CLI does, and reports through a pipe: how it ended (the error's class and message, or what it
imported), the seconds it took, and what it tried that it must not (opening files outside the
corpus and the program, sockets, starting programs), seen through an audit hook. The parent
adds the child's peak memory (``ru_maxrss`` from ``wait4``) and a checksum of every table of
the database copy afterwards.
"""

from __future__ import annotations

import hashlib
import json
import os
import resource
import shutil
import signal
import sqlite3
import sys
import time
import traceback
from datetime import date
from pathlib import Path

MEMORY_LIMIT = 1536 * 1024 * 1024  # RLIMIT_AS of each child: 1.5 GB of address space
HARD_TIMEOUT_S = 60  # SIGALRM ends a child that hangs; the tests' bound is far lower
ROOT = Path(__file__).resolve().parents[2]
IMPORTERS = ("budget", "org")
AUDITED = ("socket.", "subprocess.", "os.system", "os.exec", "os.posix_spawn", "os.spawn", "os.fork",
           "urllib.", "webbrowser.", "ctypes.dlopen")


def table_checksums(path: Path) -> dict[str, str]:
    """A hash of each table's rows (sorted, so the order SQLite returns them in does not matter)."""
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        names = [row[0] for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        sums = {}
        for name in names:
            rows = sorted(repr(row) for row in connection.execute(f'SELECT * FROM "{name}"'))
            sums[name] = hashlib.sha256("\n".join(rows).encode()).hexdigest()
        return sums
    finally:
        connection.close()


def _watch(corpus_file: Path, events: list[str]) -> dict[str, bool]:
    """Record in ``events``, while the returned switch is on, every file opened outside the
    program and the corpus file, and every socket, program start or URL request."""
    allowed = tuple(str(Path(p).resolve()) for p in {sys.prefix, sys.base_prefix, ROOT})
    target = str(corpus_file.resolve())
    state = {"on": False}

    def hook(event: str, args: tuple) -> None:  # type: ignore[type-arg]
        if not state["on"]:
            return
        if event == "open" and args and isinstance(args[0], (str, bytes, os.PathLike)):
            name = os.fsdecode(args[0])
            resolved = str(Path(name).resolve()) if name else name
            if resolved != target and not resolved.startswith(allowed):
                events.append(f"open {name}")
        elif event.startswith(AUDITED):
            events.append(f"{event} {args!r}"[:300])

    sys.addaudithook(hook)
    return state


def _import(importer: str, path: Path, db_path: Path, events: list[str]) -> dict[str, object]:
    from sqlalchemy import func, select

    from app.budget.importer import import_budget, plan_budget_import
    from app.errors import AppError
    from app.org.importer import import_units, plan_import
    from app.storage.database import open_database
    from db.models import BudgetLine, BudgetSet, OrgVersion, Unit

    db = open_database(db_path)
    name = f"Fiendtlig {path.name}"[:190]
    state = _watch(path, events)
    report: dict[str, object] = {}
    started = time.perf_counter()
    state["on"] = True
    try:
        if importer == "budget":
            plan = plan_budget_import(path)
            with db.session() as session:
                import_budget(session, plan, set_name=name, kind="regnskap", year=2026, accept_skips=True)
        else:
            plan = plan_import(path)
            with db.session() as session:
                import_units(session, plan, version_name=name, today=date(2026, 11, 23))
        report["outcome"] = "imported"
    except AppError as err:
        report.update(outcome="refused", error=type(err).__name__, message=str(err))
    except BaseException as err:  # anything else is what the test looks for
        report.update(outcome="crash", error=type(err).__name__, message=traceback.format_exc()[-3000:])
    finally:
        state["on"] = False
    report["seconds"] = time.perf_counter() - started
    if report["outcome"] == "imported":
        with db.session() as session:
            if importer == "budget":
                budget_set = session.scalar(select(BudgetSet).where(BudgetSet.name == name))
                report["texts"] = sorted(session.scalars(select(BudgetLine.text).where(
                    BudgetLine.budget_set_id == budget_set.id)))
                report["total_ore"] = session.scalar(select(func.sum(BudgetLine.amount_ore)).where(
                    BudgetLine.budget_set_id == budget_set.id))
                report["plan_total_ore"] = plan.total_ore
            else:
                version = session.scalar(select(OrgVersion).where(OrgVersion.name == name))
                report["texts"] = sorted(session.scalars(select(Unit.name).where(Unit.org_version_id == version.id)))
    db.close()
    return report


def _child(importer: str, path: Path, db_path: Path, write_fd: int) -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))
    signal.signal(signal.SIGALRM, signal.SIG_DFL)
    signal.alarm(HARD_TIMEOUT_S)
    events: list[str] = []
    try:
        report = _import(importer, path, db_path, events)
    except BaseException as err:  # opening the database copy failed: say so
        report = {"outcome": "crash", "error": type(err).__name__, "message": traceback.format_exc()[-3000:],
                  "seconds": 0.0}
    report["events"] = events
    with os.fdopen(write_fd, "wb") as out:
        out.write(json.dumps(report).encode())


def _start(work: object) -> tuple[int, int]:
    """Run ``work(write_fd)`` in a forked child; its pid and the pipe's reading end."""
    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child
        os.close(read_fd)
        code = 0
        try:
            work(write_fd)  # type: ignore[operator]
        except BaseException:
            code = 70
        finally:
            os._exit(code)
    os.close(write_fd)
    return pid, read_fd


def _finish(pid: int, read_fd: int) -> tuple[dict[str, object], int, int]:
    """A child's report, exit status and peak resident memory (kB)."""
    with os.fdopen(read_fd, "rb") as source:
        data = source.read()  # before waiting: a child blocked on a full pipe would never end
    _, status, usage = os.wait4(pid, 0)
    return (json.loads(data) if data else {}), status, usage.ru_maxrss


def run(corpus: Path, base_db: Path, cases: list[dict[str, str]], work: Path) -> list[dict[str, object]]:
    # Imported here, before any fork, so every child starts with the program loaded.
    import openpyxl  # noqa: F401  (the readers use its date helpers; importing it reads /etc/mime.types)
    import python_calamine  # noqa: F401

    import app.budget.importer
    import app.org.importer  # noqa: F401
    from app.storage.database import open_database

    open_database(base_db).close()  # loads what opening a file needs, once, before the forks
    before = table_checksums(base_db)
    _, _, idle_kb = _finish(*_start(lambda fd: os.close(fd)))
    results = []
    for case in cases:  # the two importers of a file side by side: two children, two cores
        path = corpus / case["file"]
        started = {}
        for importer in IMPORTERS:
            db_path = work / f"{case['name']}-{importer}.sdb"
            shutil.copyfile(base_db, db_path)
            started[importer] = (db_path, _start(lambda fd, i=importer, p=path, d=db_path: _child(i, p, d, fd)))
        for importer, (db_path, child) in started.items():
            report, status, peak_kb = _finish(*child)
            if not report:
                signal_number = os.WTERMSIG(status) if os.WIFSIGNALED(status) else None
                report = {"outcome": "killed", "error": signal.Signals(signal_number).name if signal_number else
                          f"exit {os.WEXITSTATUS(status)}", "message": "", "seconds": None, "events": []}
            after = table_checksums(db_path)
            report.update(case=case["name"], importer=importer, peak_kb=peak_kb, idle_kb=idle_kb,
                          changed_tables=sorted(t for t in set(before) | set(after) if before.get(t) != after.get(t)))
            results.append(report)
            for suffix in ("", "-wal", "-shm", "-journal"):
                Path(f"{db_path}{suffix}").unlink(missing_ok=True)
    return results


def main(argv: list[str]) -> int:
    corpus, base_db, out = Path(argv[0]), Path(argv[1]), Path(argv[2])
    cases = json.loads((corpus / "cases.json").read_text(encoding="utf-8"))
    work = out.parent / "runs"
    work.mkdir(exist_ok=True)
    results = run(corpus, base_db, cases, work)
    out.write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
