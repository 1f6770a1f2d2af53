"""A full disk (issue 16 items 2 and 4): taking the lock leaves no empty lock file behind, an
empty lock left by an older program is cleared at once, and an import on a full disk says so in
Norwegian with what to do, leaving the database as it was.

As root (CI runs as root) a small tmpfs is mounted by the test and filled; under ``CI=true`` a
failure to mount fails the test instead of skipping it. As an ordinary user the lock is tried
with RLIMIT_FSIZE in a child process and the import with SQLite's ``max_page_count``.
"""

from __future__ import annotations

import errno
import json
import os
import resource
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import event

from app.storage.database import DiskFullError, open_database
from app.storage.lock import acquire, lock_path_for
from ui.main import main

pytestmark = pytest.mark.sqlite_only
ROOT = Path(__file__).resolve().parents[2]


def fill(folder: Path, leave: int = 0) -> Path:
    """Fill the file system of ``folder`` to the last byte, then free ``leave`` bytes."""
    filler = folder / "fyll.bin"
    written = 0
    with open(filler, "wb", buffering=0) as f:
        try:
            while True:
                written += f.write(b"\0" * 65536)
        except OSError as exc:
            assert exc.errno == errno.ENOSPC
        try:
            while True:
                written += f.write(b"\0" * 512)
        except OSError as exc:
            assert exc.errno == errno.ENOSPC
        if leave:
            f.truncate(max(0, written - leave))
    return filler


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path | None]:
    """A mounted tmpfs of 16 MB when running as root, else None."""
    if os.geteuid() != 0:
        yield None
        return
    mount = tmp_path / "disk"
    mount.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=16m", "tmpfs", str(mount)],
                          capture_output=True, text=True, check=False)
    if done.returncode != 0:
        if os.environ.get("CI") == "true":
            pytest.fail(f"tmpfs kunne ikke monteres under CI: {done.stderr}")
        yield None
        return
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


# --- the lock ------------------------------------------------------------------------------------

def test_a_lock_that_could_not_be_written_leaves_nothing(small_disk: Path | None) -> None:
    if small_disk is None:
        pytest.skip("trenger root for å montere en liten tmpfs (RLIMIT_FSIZE-varianten kjører uansett)")
    db_file = small_disk / "kommune.sdb"
    fill(small_disk)
    with pytest.raises(OSError) as err:
        acquire(db_file)
    assert err.value.errno == errno.ENOSPC
    assert sorted(p.name for p in small_disk.iterdir()) == ["fyll.bin"]  # no lock, no temporary file


def test_a_lock_beyond_the_file_size_limit_leaves_nothing(tmp_path: Path) -> None:
    """The same without root: a file size limit of 0 bytes makes every write fail (EFBIG)."""
    db_file = tmp_path / "kommune.sdb"
    code = ("import errno, sys\nfrom app.storage.lock import acquire\n"
            f"try:\n    acquire({str(db_file)!r})\n"
            "except OSError as e:\n    sys.exit(0 if e.errno == errno.EFBIG else 2)\nsys.exit(1)\n")

    def limit() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (0, 0))

    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, preexec_fn=limit, check=False)
    assert done.returncode == 0
    assert list(tmp_path.glob("kommune.sdb*")) == []


def test_opening_on_a_full_disk_says_so(small_disk: Path | None, demo_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    if small_disk is None:
        pytest.skip("trenger root for å montere en liten tmpfs")
    db_file = small_disk / "kommune.sdb"
    shutil.copyfile(demo_path, db_file)
    fill(small_disk)
    code = main(["budget", "import", str(db_file), "--set", "X", "--kind", "budsjett", "--db", str(db_file)])
    err = capsys.readouterr().err
    assert code == 1
    assert "er full" in err and "Frigjør plass" in err and str(small_disk) in err and "uventet" not in err
    assert not lock_path_for(db_file).exists()


def test_an_empty_lock_from_a_dead_writer_is_cleared_at_once(tmp_path: Path) -> None:
    db_file = tmp_path / "kommune.sdb"
    lock_path_for(db_file).write_bytes(b"")  # as a full disk left it (before this fix), just now
    started = time.monotonic()
    lock = acquire(db_file)
    try:
        assert time.monotonic() - started < 2  # not ten minutes
        assert json.loads(lock_path_for(db_file).read_bytes())["pid"] == os.getpid()
    finally:
        lock.release()


# --- an import on a full disk -------------------------------------------------------------------

def budget_file(path: Path, rows: int) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Budsjett"
    ws.append(["Ansvar", "Art", "Funksjon", "Beløp", "Tekst"])
    for i in range(rows):
        ws.append([f"{1200 + i % 50}", f"{10100 + i % 300}", f"{202 + i % 40}", 1000 + i,
                   f"Linje {i} med en tekst som tar litt plass i databasen"])
    wb.save(path)
    return path


def lines_in(db_file: Path) -> int:
    con = sqlite3.connect(f"file:{db_file}?mode=ro", uri=True)
    try:
        return con.execute("SELECT count(*) FROM budget_line").fetchone()[0]
    finally:
        con.close()


def test_an_import_on_a_full_disk_says_what_to_do(small_disk: Path | None, demo_path: Path, tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str],
                                                  caplog: pytest.LogCaptureFixture) -> None:
    if small_disk is None:
        pytest.skip("trenger root for å montere en liten tmpfs (max_page_count-varianten kjører uansett)")
    source = budget_file(tmp_path / "budsjett.xlsx", 20000)
    db_file = small_disk / "kommune.sdb"
    shutil.copyfile(demo_path, db_file)
    before = lines_in(db_file)
    db = open_database(db_file)  # the -shm and -wal exist, as for a program that has it open
    db.close()
    fill(small_disk, leave=256 * 1024)
    code = main(["budget", "import", str(source), "--set", "Budsjett 2027", "--kind", "budsjett",
                 "--year", "2027", "--db", str(db_file)])
    err = capsys.readouterr().err
    assert code == 1, err
    assert "er full" in err and "Frigjør plass" in err and str(small_disk) in err
    assert "uventet" not in err and "sqlite3" not in err and "https://" not in err
    assert any("Disken er full" in r.getMessage() for r in caplog.records)  # logged
    (small_disk / "fyll.bin").unlink()
    assert lines_in(db_file) == before  # nothing of the import was kept


def test_an_import_beyond_the_database_size_limit_says_what_to_do(demo_path: Path, tmp_path: Path) -> None:
    """The same refusal without root: SQLite's max_page_count makes the file «full»."""
    from app.budget.importer import import_budget, plan_budget_import

    source = budget_file(tmp_path / "budsjett.xlsx", 5000)
    plan = plan_budget_import(source)
    db = open_database(demo_path)
    try:
        pages = db.engine.connect().exec_driver_sql("PRAGMA page_count").scalar()

        @event.listens_for(db.engine, "connect")
        def _limit(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
            dbapi_connection.execute(f"PRAGMA max_page_count = {pages + 5}")

        db.engine.dispose()
        with pytest.raises(DiskFullError, match="er full") as err, db.session() as session:
            import_budget(session, plan, set_name="Budsjett 2027", kind="budsjett", year=2027)
        assert "Frigjør plass" in str(err.value)
    finally:
        db.close()


def test_a_lock_temporary_left_by_a_killed_program_is_swept(tmp_path: Path) -> None:
    db_file = tmp_path / "kommune.sdb"
    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()
    dead = tmp_path / f"kommune.sdb.lock.{gone.pid}-0a1b2c3d.tmp"
    alive = tmp_path / f"kommune.sdb.lock.{os.getppid()}-0a1b2c3d.tmp"
    old = time.time() - 120
    for leftover in (dead, alive):
        leftover.write_bytes(b"{}")
        os.utime(leftover, (old, old))
    lock = acquire(db_file)
    lock.release()
    assert not dead.exists() and alive.exists()


# --- copies on a full disk --------------------------------------------------------------------

def test_a_backup_onto_a_full_disk_says_so_and_leaves_nothing(small_disk: Path | None, demo_path: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    """Before: «Databasen … kan ikke kopieres: database or disk is full. Kontroller den med
    «styringsdialog check»» (blaming the database), and the copy's -journal was left behind."""
    if small_disk is None:
        pytest.skip("trenger root for å montere en liten tmpfs")
    old = small_disk / "kopi.sdb"
    old.write_bytes(b"en eldre kopi")
    fill(small_disk, leave=256 * 1024)
    code = main(["backup", "-o", str(old), "--db", str(demo_path)])
    err = capsys.readouterr().err
    assert code == 1 and "uventet" not in err
    assert "er full" in err and str(small_disk) in err and "Frigjør plass" in err and "check" not in err
    assert old.read_bytes() == b"en eldre kopi"
    assert sorted(p.name for p in small_disk.iterdir()) == ["fyll.bin", "kopi.sdb"]


def test_a_restore_onto_a_full_disk_says_so_and_leaves_no_half_copy(small_disk: Path | None, demo_path: Path,
                                                                     tmp_path: Path,
                                                                     capsys: pytest.CaptureFixture[str]) -> None:
    """Before: «Kan ikke ta vare på … No space left on device … ingenting er endret», with a
    half-written «kommune.før-gjenoppretting-….sdb» left beside the database, looking kept."""
    if small_disk is None:
        pytest.skip("trenger root for å montere en liten tmpfs")
    live = small_disk / "kommune.sdb"
    shutil.copyfile(demo_path, live)
    backup = tmp_path / "kopi.sdb"
    shutil.copyfile(demo_path, backup)
    fill(small_disk, leave=live.stat().st_size // 2)
    before = live.read_bytes()
    code = main(["restore", str(backup), "--db", str(live)])
    err = capsys.readouterr().err
    assert code == 1 and "uventet" not in err
    assert "er full" in err and "ingenting er endret" in err and "Frigjør plass" in err
    assert live.read_bytes() == before
    assert [p.name for p in small_disk.iterdir() if "gjenoppretting" in p.name] == []


def test_a_journal_left_beside_a_dead_copy_is_swept(tmp_path: Path) -> None:
    from app.storage.files import remove_stale_partials

    dead = 2 ** 22 + 12345  # above pid_max's default: no such process
    left = [tmp_path / f".~{dead}-kopi.sdb.tmp-journal", tmp_path / f".~{dead}-kopi.sdb.tmp"]
    for path in left:
        path.write_bytes(b"x")
    mine = tmp_path / f".~{os.getpid()}-kopi.sdb.tmp-journal"
    mine.write_bytes(b"x")
    assert sorted(remove_stale_partials(tmp_path)) == sorted(left)
    assert sorted(p.name for p in tmp_path.iterdir()) == [mine.name]
