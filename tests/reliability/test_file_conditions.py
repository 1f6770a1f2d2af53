"""Files as they turn up in an office: a database on a read-only share, a zero-byte file left by
a sync that did not finish, a file that is not a database at all (issue 16 items 3 and 6).

The read-only folder is tried as an unprivileged user: root may write anywhere, so a run as root
proves nothing. Run as root (CI), the program is started as «nobody» with ``setpriv``, keeping
only the right to read and search every folder (so it can load Python from root's home) and
not the right to write where nobody may.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import DEMO_TODAY
from ui.main import main

pytestmark = pytest.mark.sqlite_only
ROOT = Path(__file__).resolve().parents[2]
NOBODY = 65534


def unprivileged_prefix() -> list[str] | None:
    """The command prefix that runs a program as an ordinary user, [] when we are one already;
    None when there is no way (then the test is skipped)."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        return None
    return [setpriv, f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups",
            "--inh-caps=+dac_read_search", "--ambient-caps=+dac_read_search", "--"]


def snapshot(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


@pytest.fixture
def share(demo_path: Path) -> Iterator[Path]:
    """A read-only folder (0555) with the demo database in WAL mode and no -shm beside it, a
    writable folder for output and a data folder, all reachable by an unprivileged user."""
    base = Path(tempfile.mkdtemp(prefix="styringsdialog-delt-", dir="/tmp"))
    os.chmod(base, 0o755)
    folder, out, data = base / "felles", base / "ut", base / "data"
    for d in (folder, out, data):
        d.mkdir()
    for d in (out, data):
        os.chmod(d, 0o777)
    shutil.copyfile(demo_path, folder / "kommune.sdb")
    assert (folder / "kommune.sdb").read_bytes()[18:20] == b"\x02\x02"  # WAL mode: needs a -shm to open
    os.chmod(folder / "kommune.sdb", 0o644)
    os.chmod(folder, 0o555)
    try:
        yield folder
    finally:
        os.chmod(folder, 0o755)
        shutil.rmtree(base, ignore_errors=True)


def as_user(prefix: list[str], share: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "STYRINGSDIALOG_DATA_DIR": str(share.parent / "data"),
           "HOME": str(share.parent / "data"), "PYTHONDONTWRITEBYTECODE": "1"}
    return subprocess.run([*prefix, sys.executable, "-m", "ui.main", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=180)


def test_a_database_in_a_read_only_folder_is_read_checked_and_backed_up(share: Path) -> None:
    prefix = unprivileged_prefix()
    if prefix is None:
        pytest.skip("ingen måte å kjøre som vanlig bruker (setpriv mangler)")
    db = share / "kommune.sdb"
    out = share.parent / "ut"
    before = snapshot(share)

    summary = as_user(prefix, share, "budget", "summary", "--db", str(db), "--set", "Budsjett 2026")
    assert summary.returncode == 0, summary.stderr
    assert "Sum" in summary.stdout or "sum" in summary.stdout.lower()
    assert "skrivebeskyttet" in summary.stderr and str(share) in summary.stderr  # the note

    export = as_user(prefix, share, "org", "export", "--db", str(db), "-o", str(out / "enheter.xlsx"))
    assert export.returncode == 0, export.stderr
    from openpyxl import load_workbook

    cells = [c.value for row in load_workbook(out / "enheter.xlsx").active.iter_rows() for c in row]
    assert "Økonomi" in cells

    checked = as_user(prefix, share, "check", "--db", str(db))
    assert checked.returncode == 0, checked.stderr + checked.stdout
    assert checked.stdout.startswith("OK")

    copied = as_user(prefix, share, "backup", "--db", str(db), "-o", str(out / "kopi.sdb"))
    assert copied.returncode == 0, copied.stderr
    from db.check import check_file

    assert check_file(out / "kopi.sdb").ok

    # The window opens it read-only (its title says so) instead of refusing it.
    shown = as_user(prefix, share, "--db", str(db), "--screenshot", str(out / "vindu.png"))
    assert shown.returncode == 0, shown.stderr
    assert (out / "vindu.png").stat().st_size > 0

    assert snapshot(share) == before  # nothing created or changed in the read-only folder


def _leave_a_wal(folder: Path, statement: str) -> None:
    """Leave ``statement`` committed only in a -wal beside the database, as a program on another PC
    (or one killed before the folder became read-only) leaves it."""
    db_file = folder / "kommune.sdb"
    os.chmod(folder, 0o755)
    original = db_file.read_bytes()
    con = sqlite3.connect(db_file)
    con.execute("PRAGMA wal_autocheckpoint=0")
    con.execute(statement)
    con.commit()
    wal = Path(f"{db_file}-wal").read_bytes()
    con.close()  # checkpoints into the file: put the file back as it was, with the -wal beside it
    db_file.write_bytes(original)
    Path(f"{db_file}-wal").write_bytes(wal)
    Path(f"{db_file}-shm").unlink(missing_ok=True)
    os.chmod(Path(f"{db_file}-wal"), 0o644)
    os.chmod(folder, 0o555)


@pytest.mark.parametrize("kind", ["endring", "plantet-trigger"])
def test_a_wal_left_in_a_read_only_folder_is_part_of_the_check_and_the_backup(kind: str, share: Path) -> None:
    """Before: SQLite read the file as immutable and skipped the -wal, so ``backup -o`` wrote a
    copy without its newest commits and ``check`` passed a trigger planted there."""
    prefix = unprivileged_prefix()
    if prefix is None:
        pytest.skip("ingen måte å kjøre som vanlig bruker (setpriv mangler)")
    if kind == "endring":
        _leave_a_wal(share, "UPDATE municipality SET name = 'Navn fra loggen'")
    else:
        _leave_a_wal(share, "CREATE TRIGGER tomme_budsjettet AFTER INSERT ON audit_entry "
                            "BEGIN DELETE FROM budget_line; END")
    before = snapshot(share)
    db_file, copy = share / "kommune.sdb", share.parent / "ut" / "kopi.sdb"
    checked = as_user(prefix, share, "check", "--db", str(db_file))
    backed_up = as_user(prefix, share, "backup", "-o", str(copy), "--db", str(db_file))
    if kind == "endring":
        assert checked.returncode == 0 and backed_up.returncode == 0, checked.stderr + backed_up.stderr
        con = sqlite3.connect(copy)
        assert con.execute("SELECT name FROM municipality").fetchone()[0] == "Navn fra loggen"
        con.close()
    else:
        assert checked.returncode == 1 and "triggeren tomme_budsjettet" in checked.stdout + checked.stderr
        assert backed_up.returncode == 1 and not copy.exists()
    assert snapshot(share) == before


def test_a_write_in_a_read_only_folder_is_refused_with_the_reason(share: Path) -> None:
    prefix = unprivileged_prefix()
    if prefix is None:
        pytest.skip("ingen måte å kjøre som vanlig bruker (setpriv mangler)")
    before = snapshot(share)
    done = as_user(prefix, share, "backup", "--db", str(share / "kommune.sdb"), "--keep", "3")
    assert done.returncode == 1
    assert "skrivebeskyttet" in done.stderr and "uventet" not in done.stderr
    assert snapshot(share) == before


# --- zero-byte and foreign files ---------------------------------------------------------------

def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("command", [
    ("budget", "summary", "--set", "Budsjett 2026"),
    ("org", "export", "-o", "{out}/enheter.xlsx"),
    ("check",),
    ("followup", "report", "--month", "2026-10", "-o", "{out}/rapport.pdf"),
])
def test_a_zero_byte_file_is_left_as_it_is(command: tuple[str, ...], tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "synk"
    folder.mkdir()
    zero = folder / "kommune.sdb"
    zero.write_bytes(b"")
    argv = [part.format(out=tmp_path) for part in command]
    code, out, err = run(capsys, *argv, "--db", str(zero))
    assert code == 1
    assert "er tom (0 byte)" in err + out and "ikke endret" in err + out
    assert zero.read_bytes() == b"" and sorted(p.name for p in folder.iterdir()) == ["kommune.sdb"]


def test_a_foreign_file_is_left_as_it_is(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "valgt"
    folder.mkdir()
    pdf = folder / "referat.sdb"
    pdf.write_bytes(b"%PDF-1.7\n" + b"ikke en database\n" * 300)
    before = pdf.read_bytes()
    for argv in (("budget", "summary", "--set", "Budsjett 2026"), ("check",)):
        code, out, err = run(capsys, *argv, "--db", str(pdf))
        assert code == 1 and "ikke en Styringsdialog-database" in err + out
    assert pdf.read_bytes() == before and sorted(p.name for p in folder.iterdir()) == ["referat.sdb"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
@pytest.mark.parametrize("command", [
    ("check",),
    ("budget", "summary", "--set", "Budsjett 2026"),
    ("org", "export", "-o", "{out}/enheter.xlsx"),
    ("followup", "report", "--month", "2026-10", "-o", "{out}/rapport.pdf"),
    ("agreement", "render", "--all", "-o", "{out}/avtaler"),
    ("backup", "-o", "{out}/kopi.sdb"),
])
def test_a_pipe_or_a_folder_given_as_the_database_is_refused_at_once(command: tuple[str, ...],
                                                                    tmp_path: Path) -> None:
    """Before: every command waited forever on a named pipe (opened to read its header), and a
    folder was «Kan ikke lese … Is a directory. Kontroller at du har lesetilgang»."""
    folder = tmp_path / "valgt"
    folder.mkdir()
    pipe, directory = folder / "kommune.sdb", folder / "mappe.sdb"
    os.mkfifo(pipe)
    directory.mkdir()
    argv = [part.format(out=tmp_path) for part in command]
    for target, said in ((pipe, "er ikke en vanlig fil"), (directory, "er en mappe")):
        done = subprocess.run([sys.executable, "-c", "import sys; from ui.main import main; sys.exit(main())",
                               *argv, "--db", str(target)], cwd=ROOT, capture_output=True, text=True,
                              timeout=60, env={**os.environ, "STYRINGSDIALOG_DATA_DIR": str(tmp_path / "data")})
        assert done.returncode == 1, done.stderr
        assert said in done.stderr + done.stdout and "uventet" not in done.stderr
    assert sorted(p.name for p in folder.iterdir()) == ["kommune.sdb", "mappe.sdb"]
    assert not (tmp_path / "kopi.sdb").exists()


@pytest.mark.parametrize("bad", ["tom", "plantet-trigger"])
def test_backup_to_a_named_file_never_replaces_a_good_copy_with_a_bad_one(bad: str, demo_path: Path,
                                                                        tmp_path: Path,
                                                                        capsys: pytest.CaptureFixture[str]) -> None:
    """Before: ``backup -o kopi.sdb`` from a zero-byte or tampered database wrote over the good
    kopi.sdb (with an empty database, or the tampered one) and said «Prøv igjen»."""
    good = tmp_path / "kopi.sdb"
    shutil.copyfile(demo_path, good)
    good_bytes = good.read_bytes()
    source = tmp_path / "kommune.sdb"
    if bad == "tom":
        source.write_bytes(b"")
    else:
        shutil.copyfile(demo_path, source)
        con = sqlite3.connect(source)
        con.execute("CREATE TRIGGER tomme_budsjettet AFTER INSERT ON audit_entry BEGIN DELETE FROM budget_line; END")
        con.commit()
        con.close()
    code, out, err = run(capsys, "backup", "-o", str(good), "--db", str(source))
    assert code == 1 and "uventet" not in err
    assert ("er tom (0 byte)" if bad == "tom" else "triggeren tomme_budsjettet") in err + out
    assert good.read_bytes() == good_bytes
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".~")) == []


def test_a_folder_where_the_lock_file_goes_is_named_with_what_to_do(demo_path: Path, tmp_path: Path,
                                                                     capsys: pytest.CaptureFixture[str]) -> None:
    """Before: «Kan ikke lage låsefilen … Is a directory. Har du skrivetilgang der?», which sends
    the user after access rights they already have."""
    live = tmp_path / "kommune.sdb"
    shutil.copyfile(demo_path, live)
    (tmp_path / "kommune.sdb.lock").mkdir()
    before = live.read_bytes()
    for argv in (("budget", "summary", "--set", "Budsjett 2026"), ("backup", "--keep", "5")):
        code, _out, err = run(capsys, *argv, "--db", str(live))
        assert code == 1 and "uventet" not in err
        assert "Det ligger en mappe «kommune.sdb.lock» der låsefilen" in err and "skrivetilgang" not in err
    assert live.read_bytes() == before and (tmp_path / "kommune.sdb.lock").is_dir()


def test_a_reading_command_never_creates_a_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "valgt"
    folder.mkdir()
    missing = folder / "skrivefeil.sdb"
    code, _out, err = run(capsys, "budget", "summary", "--set", "Budsjett 2026", "--db", str(missing))
    assert code == 1 and "finnes ikke" in err
    assert list(folder.iterdir()) == []


def test_the_default_database_is_still_made_on_first_start(_isolated_data_dir: Path,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    from app.paths import default_database_path
    from app.storage.database import open_database

    path = Path(default_database_path())
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"")  # a first start that was killed before anything was written
    db = open_database(None, demo_if_new=True, today=DEMO_TODAY)
    try:
        assert db.created and path.stat().st_size > 0
    finally:
        db.close()


@pytest.fixture
def read_only_mount(demo_path: Path, tmp_path: Path) -> Iterator[Path]:
    """A folder that cannot be written even by root: a tmpfs remounted read-only (as root), or a
    0555 folder (an ordinary user); the demo database in it in WAL mode without a -shm."""
    folder = tmp_path / "delt"
    folder.mkdir()
    if os.geteuid() != 0:
        shutil.copyfile(demo_path, folder / "kommune.sdb")
        os.chmod(folder, 0o555)
        yield folder
        os.chmod(folder, 0o755)
        return
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=32m", "tmpfs", str(folder)],
                             capture_output=True, text=True, check=False)
    if mounted.returncode != 0:
        if os.environ.get("CI") == "true":
            pytest.fail(f"tmpfs kunne ikke monteres under CI: {mounted.stderr}")
        pytest.skip("kan ikke montere en skrivebeskyttet mappe her")
    try:
        shutil.copyfile(demo_path, folder / "kommune.sdb")
        subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def test_the_window_opens_a_file_in_a_read_only_folder_read_only_with_a_note(  # type: ignore[no-untyped-def]
        qtbot, read_only_mount: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import ui.main_window
    from app.storage.database import open_database
    from ui.main_window import MainWindow
    from ui.store import Store

    db = open_database(read_only_mount / "kommune.sdb")
    win = MainWindow(DEMO_TODAY, "nb", Store(db))
    qtbot.addWidget(win)
    try:
        assert db.read_only and "(skrivebeskyttet)" in win.windowTitle()
        assert "er skrivebeskyttet" in win.statusBar().currentMessage()
        assert str(read_only_mount) in win.statusBar().currentMessage()
        shown: list[str] = []
        monkeypatch.setattr(ui.main_window, "show_user_error", lambda _p, err: shown.append(str(err)))
        win.restore_dialog()  # Fil → Gjenopprett says why, not «another program has it open»
        assert len(shown) == 1 and "Mappen" in shown[0] and "annet program" not in shown[0]
    finally:
        win.close()
        db.close()
