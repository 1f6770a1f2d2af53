"""Start crash workers, kill them (SIGKILL) at chosen moments, and keep what they had reported.

Used by tests/reliability/test_crash.py; crash_worker.py describes the marker lines. A kill
point is a marker line and a delay after it: the whole action is covered by delays after
``BEGIN``, and the commit, which is short, by delays after ``COMMIT k``, so a machine slower
or faster than the measuring run still gets kills inside its commits.
"""

from __future__ import annotations

import os
import random
import shutil
import sqlite3
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
POINTS_ENV = "STYRINGSDIALOG_CRASH_POINTS"
START_TIMEOUT_S = 120.0  # imports and opening the file; generous for a loaded CI machine
RUN_TIMEOUT_S = 300.0


def crash_points(default: int) -> int:
    """Kill points per action: ``STYRINGSDIALOG_CRASH_POINTS`` for a long run, else the CI default."""
    value = os.environ.get(POINTS_ENV, "").strip()
    return int(value) if value else default


@dataclass(frozen=True)
class KillPoint:
    anchor: str  # the marker line to wait for: "BEGIN" or "COMMIT 3"
    delay: float  # seconds after the parent saw it


@dataclass
class WorkerRun:
    markers: list[tuple[float, str]]  # (seconds after BEGIN, line); negative before it
    kill: KillPoint | None
    killed: bool  # ended by our kill, not by finishing its work
    stderr: str

    def last(self, word: str) -> int:
        """The highest k of the lines ``WORD k``; 0 when there is none."""
        found = [int(line.split()[1]) for _, line in self.markers if line.split()[0] == word]
        return max(found, default=0)

    def time_of(self, line_start: str) -> float:
        return next(t for t, line in self.markers if line == line_start or line.startswith(line_start + " "))

    def line(self, line_start: str) -> str:
        return next(line for _, line in self.markers if line.startswith(line_start))

    @property
    def phase(self) -> str:
        """Where the kill landed, by the last marker written: before the first transaction,
        inside a transaction, during a commit, after a commit (between saves or on the way out),
        or after the work."""
        if not self.killed:
            return "finished"
        last = self.markers[-1][1].split()[0] if self.markers else ""
        phases = {"BEGIN": "before", "SAVE": "transaction", "COMMIT": "commit", "COMMITTED": "after a commit"}
        return phases.get(last, last.lower())


def _matches(line: str, anchor: str) -> bool:
    return line == anchor or line.startswith(anchor + " ")


class Worker:
    """A crash worker started ahead: it loads and opens its file, then waits for ``go``."""

    def __init__(self, args: list[str], stderr_path: Path) -> None:
        self.args = args
        self.stderr_path = stderr_path
        env = {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
        self._err = stderr_path.open("w", encoding="utf-8")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "tests.reliability.crash_worker", *args], cwd=ROOT, env=env,
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=self._err, text=True, encoding="utf-8",
        )
        self.lines: list[tuple[float, str]] = []
        self._ended = False
        self._changed = threading.Condition()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for raw in self.proc.stdout:
            with self._changed:
                self.lines.append((time.perf_counter(), raw.strip()))
                self._changed.notify_all()
        with self._changed:
            self._ended = True
            self._changed.notify_all()

    def _wait_for(self, anchor: str) -> float | None:
        """When the line ``anchor`` arrived; None if the output ended without it."""
        def seen() -> float | None:
            return next((t for t, line in self.lines if _matches(line, anchor)), None)

        with self._changed:
            self._changed.wait_for(lambda: seen() is not None or self._ended, START_TIMEOUT_S)
            return seen()

    def abandon(self) -> None:
        """Kill a worker that will not be used (a check before it failed)."""
        self.proc.kill()
        self._finish()

    def _finish(self) -> int:
        returncode = self.proc.wait(timeout=RUN_TIMEOUT_S)
        self._reader.join(RUN_TIMEOUT_S)
        for stream in (self.proc.stdin, self.proc.stdout, self._err):
            if stream is not None:
                stream.close()
        return returncode

    def go(self, kill: KillPoint | None) -> WorkerRun:
        """Start the action; with ``kill`` kill the process (SIGKILL on POSIX, TerminateProcess
        on Windows: no clean-up runs) ``kill.delay`` seconds after its line ``kill.anchor``,
        unless it has finished by then."""
        proc = self.proc
        assert proc.stdin is not None
        start: float | None = None
        sent = False
        try:
            if self._wait_for("READY") is not None and proc.poll() is None:
                proc.stdin.write("go\n")
                proc.stdin.flush()
                start = self._wait_for("BEGIN")
            anchor = self._wait_for(kill.anchor) if start is not None and kill is not None else None
            if anchor is not None and kill is not None:
                try:
                    proc.wait(timeout=max(0.0, anchor + kill.delay - time.perf_counter()))
                except subprocess.TimeoutExpired:
                    proc.kill()
                    sent = True
            if start is None:
                proc.kill()
        finally:
            returncode = self._finish()
        stderr = self.stderr_path.read_text(encoding="utf-8", errors="replace")
        if start is None or (returncode != 0 and not sent):
            raise AssertionError(f"the worker {self.args[0]} failed (exit {returncode}):\n{stderr[-3000:]}")
        return WorkerRun([(t - start, line) for t, line in self.lines], kill, sent and returncode != 0, stderr)


def run_worker(args: list[str], *, stderr_path: Path) -> WorkerRun:
    """Run a worker to the end."""
    return Worker(args, stderr_path).go(None)


def measure(prepare: Callable[[Path], list[str]], check: Callable[[Path, WorkerRun], str], base: Path,
            expect: str, runs: int = 3) -> WorkerRun:
    """Run the action to the end ``runs`` times, each checked (``expect`` is the outcome of a
    finished action), and return the run of median length: the first run is slower (a cold
    cache), and the kill points follow the typical one."""
    done: list[WorkerRun] = []
    for i in range(runs):
        folder = base / f"measure{i}"
        folder.mkdir(parents=True)
        run = run_worker(prepare(folder), stderr_path=folder / "stderr.txt")
        assert check(folder, run) == expect, run.markers
        shutil.rmtree(folder, ignore_errors=True)
        done.append(run)
    return sorted(done, key=lambda r: r.markers[-1][0])[runs // 2]


def kill_points(rng: random.Random, count: int, calibration: WorkerRun, focus: str | None = None) -> list[KillPoint]:
    """``count`` kill points for an action measured by ``calibration``: the first at once
    (before anything is written); a quarter inside a commit (after a random ``COMMIT k``, within
    twice the median commit measured); with ``focus``, a third after that marker, uniform over
    the rest of the action; the others uniform over the whole action."""
    duration = calibration.markers[-1][0]
    points = [KillPoint("BEGIN", 0.0)]
    if focus is not None:
        after = duration - calibration.time_of(focus)
        points += [KillPoint(focus, rng.uniform(0.0, after)) for _ in range(count // 3)]
    commits = [(" ".join(line.split()[:2]), calibration.time_of("COMMITTED " + line.split()[1]) - t)
               for t, line in calibration.markers if line.split()[0] == "COMMIT"]
    if commits:
        median = sorted(d for _, d in commits)[len(commits) // 2]
        for _ in range(count // 4):
            points.append(KillPoint(rng.choice(commits)[0], rng.uniform(0.0, 2 * median)))
    while len(points) < count:
        points.append(KillPoint("BEGIN", rng.uniform(0.0, duration)))
    return points[:count]


def kill_series(
    points: list[KillPoint],
    prepare: Callable[[Path], list[str]],
    check: Callable[[Path, WorkerRun], str],
    base: Path,
    tally: Tally,
) -> None:
    """Kill one worker per point, each on its own files in a folder under ``base``.

    ``prepare(folder)`` makes a kill point's files and gives the worker's arguments;
    ``check(folder, run)`` checks what the kill left and names the outcome. The next worker
    loads while the last one's file is checked; a folder is removed once checked (a failing
    one stays for a look).
    """
    def start(i: int) -> tuple[Worker, Path]:
        folder = base / f"point{i}"
        folder.mkdir(parents=True)
        return Worker(prepare(folder), folder / "stderr.txt"), folder

    pending, folder = start(0) if points else (None, base)
    try:
        for i, point in enumerate(points):
            assert pending is not None
            current, current_folder = pending, folder
            pending = None
            run = current.go(point)
            wal = wal_left(Path(current.args[1]))
            if i + 1 < len(points):
                pending, folder = start(i + 1)
            tally.add(run, check(current_folder, run), wal)
            shutil.rmtree(current_folder, ignore_errors=True)
    finally:
        if pending is not None:
            pending.abandon()


def copy_crashed(path: Path, dest: Path) -> None:
    """Copy a database as a crash left it: the file, its write-ahead log and shared memory, and
    the dead program's lock file, which the next start has to recognise as stale."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(path, dest)
    for suffix in ("-wal", "-shm", ".lock"):
        side = Path(f"{path}{suffix}")
        if side.exists():
            shutil.copyfile(side, f"{dest}{suffix}")


def wal_left(path: Path) -> bool:
    wal = Path(f"{path}-wal")
    return wal.exists() and wal.stat().st_size > 0


@contextmanager
def sound_file(path: Path) -> Iterator[sqlite3.Connection]:
    """Open with plain sqlite3 (which recovers a left-over WAL) and check the whole file."""
    con = sqlite3.connect(path)
    try:
        assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)], path
        assert con.execute("PRAGMA foreign_key_check").fetchall() == [], path
        yield con
    finally:
        con.close()


@dataclass
class Tally:
    """The figures of one crash test, printed at its end (``pytest -s``) for docs/RELIABILITY.md."""

    action: str
    phases: Counter[str] = field(default_factory=Counter)
    outcomes: Counter[str] = field(default_factory=Counter)
    wal_left: int = 0
    points: int = 0
    action_s: float = 0.0
    started: float = field(default_factory=time.perf_counter)

    def add(self, run: WorkerRun, outcome: str, wal: bool) -> None:
        self.points += 1
        self.phases[run.phase] += 1
        self.outcomes[outcome] += 1
        self.wal_left += wal

    def summary(self) -> str:
        return (f"crash {self.action}: {self.points} kill points in {time.perf_counter() - self.started:.1f} s "
                f"(action {self.action_s * 1000:.0f} ms); landed {dict(sorted(self.phases.items()))}; "
                f"file after {dict(sorted(self.outcomes.items()))}; WAL left behind {self.wal_left}")
