"""One writer per database file: the lock file, stale locks, racing programs, read-only opening
and waiting. The other programs are real processes (tests/app/lock_worker.py)."""

from __future__ import annotations

import hashlib
import os
import queue
import sqlite3
import subprocess
import sys
import threading
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.errors import DatabaseOpenError
from app.storage import lock as lockmod
from app.storage.database import ReadOnlyDatabaseError, open_database, open_for_reading
from app.storage.lock import (
    STALE_AFTER,
    DatabaseInUseError,
    LockInfo,
    acquire,
    lock_path_for,
    process_state,
    read_lock,
    this_host,
    wait_for_release,
)
from db.models import Setting, Unit

# The lock file guards a database file; a server takes many users at once.
pytestmark = pytest.mark.sqlite_only

REPO = Path(__file__).resolve().parents[3]
DEADLINE = 20.0  # seconds any single answer from another process may take


class Worker:
    """Another program (tests/app/lock_worker.py) answering one line per command."""

    def __init__(self, *options: str) -> None:
        env = {**os.environ, "PYTHONPATH": str(REPO)}
        self.proc = subprocess.Popen([sys.executable, "-m", "tests.app.lock_worker", *options], cwd=REPO, env=env,
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        self.lines: queue.Queue[str] = queue.Queue()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self.lines.put(line.strip())

    def ask(self, command: str) -> str:
        assert self.proc.stdin is not None
        self.proc.stdin.write(command + "\n")
        self.proc.stdin.flush()
        return self.answer()

    def send(self, command: str) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write(command + "\n")
        self.proc.stdin.flush()

    def answer(self) -> str:
        return self.lines.get(timeout=DEADLINE)

    def kill(self) -> None:
        """kill -9: the program dies without releasing anything."""
        self.proc.kill()
        self.proc.wait(timeout=DEADLINE)

    def close(self) -> None:
        if self.proc.poll() is None:
            try:
                self.send("quit")
                self.proc.wait(timeout=DEADLINE)
            except (OSError, subprocess.TimeoutExpired):
                self.kill()
        self._reader.join(timeout=DEADLINE)
        for pipe in (self.proc.stdin, self.proc.stdout):
            if pipe is not None:
                pipe.close()


@pytest.fixture
def worker():  # type: ignore[no-untyped-def]
    w = Worker()
    yield w
    w.close()


@pytest.fixture
def db_file(tmp_path: Path) -> Path:
    return tmp_path / "felles.sdb"


def plant(db: Path, *, host: str, pid: int, age: timedelta = timedelta(0), process: str = "",
          since: datetime | None = None) -> bytes:
    """Write a lock file as another program would have left it; returns its bytes."""
    beat = datetime.now().astimezone() - age
    info = LockInfo(user="kari", full_name="Kari Nordmann", host=host, pid=pid, process=process,
                    version="0.1.0", since=since or beat, heartbeat=beat, token=uuid.uuid4().hex)
    raw = info.to_json()
    lock_path_for(db).write_bytes(raw)
    return raw


def dead_pid() -> int:
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


def fingerprint(path: Path) -> str:
    """The database file and its WAL, byte for byte (no WAL file and an empty one are the same)."""
    digest = hashlib.sha256(path.read_bytes())
    wal = path.with_name(path.name + "-wal")
    digest.update(b"wal:" + (wal.read_bytes() if wal.exists() else b""))
    return digest.hexdigest()


# --- the lock file -----------------------------------------------------------------------
def test_a_second_program_is_refused_and_told_who_has_it(worker: Worker, db_file: Path) -> None:
    answer = worker.ask(f"hold {db_file}")
    assert answer.startswith("held ")
    holder_pid = int(answer.split()[1])
    with pytest.raises(DatabaseInUseError) as caught:
        acquire(db_file)
    holder = caught.value.holder
    assert holder is not None
    assert (holder.pid, holder.host) == (holder_pid, this_host())
    assert f"er allerede åpen i Styringsdialog på denne PC-en (prosess {holder_pid})" in str(caught.value)
    assert worker.ask("release") == "released"
    assert not lock_path_for(db_file).exists()
    with acquire(db_file) as lock:
        assert read_lock(db_file) == lock.info
    assert not lock_path_for(db_file).exists()


def test_the_message_names_the_person_the_pc_and_since_when(db_file: Path) -> None:
    since = datetime(2026, 11, 23, 14, 5).astimezone()
    plant(db_file, host="PC-123", pid=4242, since=since)
    with pytest.raises(DatabaseInUseError) as caught:
        acquire(db_file)
    assert str(caught.value) == (
        "Databasen «felles.sdb» er åpen hos Kari Nordmann på PC-123 siden 23.11.2026 kl. 14.05. "
        "Bare ett program kan endre databasen om gangen: åpne den skrivebeskyttet, eller vent til den er lukket der.")


def test_the_lock_file_says_who_where_and_since(db_file: Path) -> None:
    with acquire(db_file) as lock:
        info = read_lock(db_file)
        assert info is not None and info.token == lock.info.token
        assert info.pid == os.getpid() and info.host == this_host() and info.user
        assert info.version and info.since <= info.heartbeat
        assert lock.path == db_file.with_name("felles.sdb.lock")


def test_a_program_killed_while_holding_the_lock_leaves_it_to_the_next(worker: Worker, db_file: Path) -> None:
    assert worker.ask(f"hold {db_file}").startswith("held ")
    worker.kill()
    assert lock_path_for(db_file).exists()  # left behind
    with acquire(db_file) as lock:
        assert lock.info.pid == os.getpid()
        assert read_lock(db_file) == lock.info


def test_a_lock_naming_a_dead_process_on_this_pc_is_cleared(db_file: Path) -> None:
    plant(db_file, host=this_host(), pid=dead_pid())
    with acquire(db_file) as lock:
        assert read_lock(db_file) == lock.info


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="process identity is read from /proc")
def test_a_reused_pid_is_not_taken_for_the_holder(db_file: Path) -> None:
    """After a reboot (or long enough) the holder's pid may belong to another process."""
    parent = os.getppid()
    alive, identity = process_state(parent)
    assert alive and identity
    plant(db_file, host=this_host(), pid=parent, process=identity)
    with pytest.raises(DatabaseInUseError):
        acquire(db_file)  # the very process: in use
    plant(db_file, host=this_host(), pid=parent, process="en-annen-oppstart/12345")
    with acquire(db_file) as lock:
        assert read_lock(db_file) == lock.info


def test_another_pcs_lock_counts_while_its_heartbeat_is_fresh(db_file: Path) -> None:
    raw = plant(db_file, host="KONTOR-PC-7", pid=os.getpid(), age=STALE_AFTER - timedelta(minutes=1))
    with pytest.raises(DatabaseInUseError) as caught:
        acquire(db_file)
    assert caught.value.holder is not None and caught.value.holder.host == "KONTOR-PC-7"
    assert lock_path_for(db_file).read_bytes() == raw  # not touched
    plant(db_file, host="KONTOR-PC-7", pid=os.getpid(), age=STALE_AFTER + timedelta(minutes=1))
    with acquire(db_file) as lock:
        assert read_lock(db_file) == lock.info


def test_an_unreadable_lock_file_counts_until_it_is_old(db_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(lockmod, "BUSY_RETRY_LIMIT", 3)
    path = lock_path_for(db_file)
    path.write_bytes(b'{"user": "ka')  # half written: a crash while creating, or creating right now
    with pytest.raises(DatabaseInUseError) as caught:
        acquire(db_file)
    assert caught.value.holder is None and "kan ikke leses" in str(caught.value)
    old = time.time() - STALE_AFTER.total_seconds() - 60
    os.utime(path, (old, old))
    with acquire(db_file) as lock:
        assert read_lock(db_file) == lock.info


def test_the_heartbeat_is_written_and_the_rest_kept(db_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with acquire(db_file) as lock:
        before = read_lock(db_file)
        later = datetime.now().astimezone() + timedelta(minutes=5)
        monkeypatch.setattr(lockmod, "_now", lambda: later)
        assert lock.refresh() is True
        after = read_lock(db_file)
        assert before is not None and after is not None
        assert after.heartbeat == later.replace(microsecond=0)
        assert (after.token, after.since, after.pid) == (before.token, before.since, before.pid)


def test_a_lock_taken_over_is_not_deleted_on_release(db_file: Path) -> None:
    lock = acquire(db_file)
    raw = plant(db_file, host="KONTOR-PC-7", pid=99)  # ours was cleared as stale, theirs is new
    assert lock.refresh() is False
    assert lock.lost and lock.lost_to is not None and lock.lost_to.host == "KONTOR-PC-7"
    lock.release()
    assert lock_path_for(db_file).read_bytes() == raw


def test_one_process_opening_a_file_twice_shares_the_lock(db_file: Path) -> None:
    first = acquire(db_file)
    second = acquire(db_file)
    assert first.info.token == second.info.token
    first.release()
    assert read_lock(db_file) == second.info
    second.release()
    assert not lock_path_for(db_file).exists()


STALE_KINDS = ("none", "dead pid", "old heartbeat", "half-written")


def test_programs_racing_for_the_lock_never_both_win(tmp_path: Path) -> None:
    """Round after round, workers try at the same instant, sometimes over a stale lock that they
    must clear first: exactly one wins each round. Half the workers act on a stale judgement a
    few milliseconds late, as on a slow share."""
    db_file = tmp_path / "kamp.sdb"
    workers = [Worker(*(["--slow-share"] if i % 2 else [])) for i in range(4)]
    gone = dead_pid()
    rounds = 48
    try:
        for r in range(rounds):
            kind = STALE_KINDS[r % len(STALE_KINDS)]
            if kind == "dead pid":
                plant(db_file, host=this_host(), pid=gone)
            elif kind == "old heartbeat":
                plant(db_file, host="KONTOR-PC-7", pid=1, age=STALE_AFTER * 2)
            elif kind == "half-written":
                lock_path_for(db_file).write_bytes(b"")
                old = time.time() - STALE_AFTER.total_seconds() * 2
                os.utime(lock_path_for(db_file), (old, old))
            start = time.time() + 0.03
            for w in workers:
                w.send(f"race {r} {start} {db_file}")
            answers = [w.answer() for w in workers]
            winners = [w for w, a in zip(workers, answers, strict=True) if a == f"won {r}"]
            assert len(winners) == 1, (r, kind, answers)
            assert sorted(answers) == sorted([f"won {r}"] + [f"busy {r}"] * (len(workers) - 1))
            holder = read_lock(db_file)
            assert holder is not None and holder.pid == winners[0].proc.pid
            assert winners[0].ask("release") == "released"
            assert not lock_path_for(db_file).exists()
    finally:
        for w in workers:
            w.close()
    assert not lock_path_for(db_file).with_name("kamp.sdb.lock.clear").exists()


# --- waiting -----------------------------------------------------------------------------
def test_waiting_ends_when_the_holder_closes(worker: Worker, db_file: Path) -> None:
    assert worker.ask(f"hold {db_file}").startswith("held ")
    seen_busy = threading.Event()
    with ThreadPoolExecutor(1) as pool:
        future = pool.submit(wait_for_release, db_file, poll=0.02, timeout=DEADLINE,
                             on_busy=lambda _err: seen_busy.set())
        assert seen_busy.wait(DEADLINE)
        assert not future.done()
        assert worker.ask("release") == "released"
        lock = future.result(timeout=DEADLINE)
    assert lock is not None and read_lock(db_file) == lock.info
    lock.release()


def test_waiting_ends_when_the_holder_dies(worker: Worker, db_file: Path) -> None:
    assert worker.ask(f"hold {db_file}").startswith("held ")
    seen_busy = threading.Event()
    with ThreadPoolExecutor(1) as pool:
        future = pool.submit(wait_for_release, db_file, poll=0.02, timeout=DEADLINE,
                             on_busy=lambda _err: seen_busy.set())
        assert seen_busy.wait(DEADLINE)
        worker.kill()
        lock = future.result(timeout=DEADLINE)
    assert lock is not None and lock.info.pid == os.getpid()
    lock.release()


def test_waiting_can_be_cancelled_and_can_time_out(db_file: Path) -> None:
    raw = plant(db_file, host="KONTOR-PC-7", pid=1)
    cancel = threading.Event()
    with ThreadPoolExecutor(1) as pool:
        future = pool.submit(wait_for_release, db_file, poll=60, cancelled=cancel, on_busy=lambda _e: cancel.set())
        assert future.result(timeout=DEADLINE) is None  # the 60 s poll was cut short
    with pytest.raises(DatabaseInUseError):
        wait_for_release(db_file, poll=0.01, timeout=0.05)
    assert lock_path_for(db_file).read_bytes() == raw


# --- opening the database ----------------------------------------------------------------
def test_an_open_database_holds_the_lock_until_closed(demo_path: Path) -> None:
    db = open_database(demo_path)
    assert db.lock is not None and read_lock(demo_path) == db.lock.info
    db.close()
    assert not lock_path_for(demo_path).exists()


def test_a_failed_open_gives_the_lock_back(tmp_path: Path) -> None:
    bogus = tmp_path / "notater.sdb"
    bogus.write_text("ikke en database\n" * 50)
    with pytest.raises(DatabaseOpenError):
        open_database(bogus)
    assert not lock_path_for(bogus).exists()


def test_read_only_reads_and_refuses_writes_clearly(worker: Worker, demo_path: Path) -> None:
    assert worker.ask(f"hold {demo_path}").startswith("held ")
    with pytest.raises(DatabaseInUseError):
        open_database(demo_path)
    before = fingerprint(demo_path)
    db = open_database(demo_path, read_only=True)
    try:
        assert db.read_only and db.lock is None
        assert db.run(lambda s: s.scalar(select(func.count()).select_from(Unit))) > 10
        with pytest.raises(ReadOnlyDatabaseError) as caught:
            db.run(lambda s: s.add(Setting(key="forsøk", value=1)))
        assert str(caught.value).startswith("Databasen «demo.sdb» er åpnet skrivebeskyttet")
        with pytest.raises(ReadOnlyDatabaseError), db.session() as s:
            s.execute(Unit.__table__.update().values(name="X"))
    finally:
        db.close()
    assert fingerprint(demo_path) == before
    assert read_lock(demo_path) is not None and read_lock(demo_path).pid == worker.proc.pid  # still theirs


def test_read_only_refuses_a_file_that_needs_an_upgrade(demo_path: Path) -> None:
    with sqlite3.connect(demo_path) as con:
        con.execute("UPDATE alembic_version SET version_num = '0002'")
    con.close()
    before = fingerprint(demo_path)
    with pytest.raises(DatabaseOpenError, match="må oppgraderes"):
        open_database(demo_path, read_only=True)
    assert fingerprint(demo_path) == before


def test_commands_that_only_read_fall_back_to_read_only(demo_path: Path) -> None:
    plant(demo_path, host="KONTOR-PC-7", pid=1)
    db = open_for_reading(demo_path)
    try:
        assert db.read_only
    finally:
        db.close()
    lock_path_for(demo_path).unlink()
    db = open_for_reading(demo_path)
    try:
        assert not db.read_only and db.lock is not None
    finally:
        db.close()


def test_clearing_a_half_written_stale_lock_never_deletes_a_winners_new_one(tmp_path: Path) -> None:
    """The race CI once caught: a stale lock that is an empty file is judged stale; before it is
    cleared, another program clears it and creates its own lock, which is empty too for the
    instant between create and write. The late clearer must leave that new lock alone."""
    from app.storage import lock

    db_file = tmp_path / "kamp.sdb"
    path = lock_path_for(db_file)
    path.write_bytes(b"")
    old = time.time() - STALE_AFTER.total_seconds() * 2
    os.utime(path, (old, old))
    judged = lock._read(path)
    assert judged is not None and lock.is_stale(judged.info, judged.mtime)
    path.unlink()  # the winner cleared it ...
    path.write_bytes(b"")  # ... and has just created its own, not yet written
    assert lock._clear_stale(path, judged) is True
    assert path.exists(), "the winner's new lock was deleted as if it were the stale one"
