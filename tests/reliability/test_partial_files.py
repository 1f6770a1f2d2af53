"""``kill -9`` while agreements are rendered and while a backup is written (issue 16 item 5):
the partial files are owner-only from their first byte, the next run that writes to the folder
removes those whose process is gone (and keeps those of a run still going beside it), and the
finished agreements and backups are owner-only. Real processes, really killed."""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = [pytest.mark.sqlite_only, pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")]
ROOT = Path(__file__).resolve().parents[2]
TRIALS = 3


def start(*args: str, data: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "STYRINGSDIALOG_DATA_DIR": str(data)}
    # The usual umask: without the fix the partial files were readable by everyone (0644).
    return subprocess.Popen([sys.executable, "-m", "ui.main", *args], cwd=ROOT, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, umask=0o022)


def run_to_end(*args: str, data: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "STYRINGSDIALOG_DATA_DIR": str(data)}
    return subprocess.run([sys.executable, "-m", "ui.main", *args], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=300, umask=0o022, check=False)


def partials(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.name.endswith((".part", ".tmp")))


def wait_for(proc: subprocess.Popen[bytes], folder: Path, timeout: float = 120) -> list[Path]:
    """Poll until a new partial file shows up in ``folder`` (or the process has ended): the
    process's partial files."""
    before = set(partials(folder))
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and proc.poll() is None:
        found = [p for p in partials(folder) if p not in before]
        if found:
            return found
        time.sleep(0.002)
    return []


def private(path: Path) -> bool:
    return stat.S_IMODE(path.stat().st_mode) & 0o077 == 0


def render(folder: Path, db: Path, data: Path) -> subprocess.Popen[bytes]:
    return start("agreement", "render", "--all", "-o", str(folder), "--db", str(db), data=data)


def render_to_end(folder: Path, db: Path, data: Path) -> None:
    done = run_to_end("agreement", "render", "--all", "-o", str(folder), "--db", str(db), data=data)
    assert done.returncode == 0, done.stderr


def test_kill_during_render_leaves_nothing_readable_and_the_next_run_cleans_up(demo_path: Path,
                                                                                tmp_path: Path) -> None:
    folder, data = tmp_path / "avtaler", tmp_path / "data"
    folder.mkdir()
    killed = 0
    for _trial in range(TRIALS):
        proc = render(folder, demo_path, data)
        if wait_for(proc, folder):
            proc.send_signal(signal.SIGKILL)
            killed += 1
        proc.wait()
        left = partials(folder)
        assert all(private(p) for p in left), [(p.name, oct(p.stat().st_mode)) for p in left]
    assert killed == TRIALS and partials(folder)  # the kills left partial files, as in the issue
    render_to_end(folder, demo_path, data)
    assert partials(folder) == []  # the dead runs' partial files are gone
    pdfs = sorted(folder.glob("*.pdf"))
    assert pdfs and all(private(p) for p in pdfs)  # confidential: owner-only


def test_a_render_running_beside_keeps_its_partial_files(demo_path: Path, tmp_path: Path) -> None:
    folder, data = tmp_path / "avtaler", tmp_path / "data"
    folder.mkdir()
    running = render(folder, demo_path, data)
    try:
        theirs = wait_for(running, folder)
        assert theirs
        running.send_signal(signal.SIGSTOP)  # alive, in the middle of its work
        render_to_end(folder, demo_path, data)
        assert all(p.exists() for p in theirs)  # a live process's files are not touched
    finally:
        running.send_signal(signal.SIGKILL)
        running.wait()
    render_to_end(folder, demo_path, data)
    assert partials(folder) == []


def test_one_pdf_with_all_agreements_is_owner_only(demo_path: Path, tmp_path: Path) -> None:
    out, data = tmp_path / "alle.pdf", tmp_path / "data"
    done = run_to_end("agreement", "render", "--all", "--one-file", "-o", str(out), "--db", str(demo_path),
                      data=data)
    assert done.returncode == 0, done.stderr
    assert private(out)


def test_kill_during_backup_leaves_nothing_readable_and_the_next_backup_cleans_up(demo_path: Path,
                                                                                   tmp_path: Path) -> None:
    folder, data = tmp_path / "kopier", tmp_path / "data"
    folder.mkdir()
    caught = 0
    for _attempt in range(40):  # the copy takes milliseconds: try until a kill lands inside it
        proc = start("backup", "--db", str(demo_path), "-o", str(folder / "kopi.sdb"), data=data)
        if wait_for(proc, folder):
            proc.send_signal(signal.SIGKILL)
        proc.wait()
        left = partials(folder)
        assert all(private(p) for p in left), [(p.name, oct(p.stat().st_mode)) for p in left]
        if left:
            caught += 1
            if caught == TRIALS:
                break
    assert caught >= 1, "no kill landed while the copy was being written"
    done = run_to_end("backup", "--db", str(demo_path), "-o", str(folder / "kopi.sdb"), data=data)
    assert done.returncode == 0, done.stderr
    assert partials(folder) == []
    assert private(folder / "kopi.sdb")


def _temp_folders(tmp: Path) -> list[Path]:
    return sorted(p for p in tmp.iterdir() if p.name.startswith(("styringsdialog-kontroll-",
                                                                 "styringsdialog-gjenoppretting-")))


@pytest.mark.parametrize("command", ["check", "restore"])
def test_kill_during_check_or_restore_leaves_no_copy_after_the_next_run(command: str, demo_path: Path,
                                                                        tmp_path: Path) -> None:
    """A check or a restore reads the database into a private temporary folder. Before: killed
    there, the folder with a whole copy of the confidential database stayed in the temporary
    folder for good; now the next check or restore removes it (only a dead run's)."""
    tmp = tmp_path / "temp"
    tmp.mkdir()
    data = tmp_path / "data"
    live = tmp_path / "kommune.sdb"
    live.write_bytes(Path(demo_path).read_bytes())
    backup = tmp_path / "kopi.sdb"
    backup.write_bytes(Path(demo_path).read_bytes())
    args = ["check", "--db", str(live)] if command == "check" else ["restore", str(backup), "--db", str(live)]
    env = {**os.environ, "TMPDIR": str(tmp), "STYRINGSDIALOG_DATA_DIR": str(data)}
    killed = 0
    for _ in range(20):
        proc = subprocess.Popen([sys.executable, "-m", "ui.main", *args], cwd=ROOT, env=env,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and proc.poll() is None and not any(
                (p / "kopi.sdb").exists() or (p / "kandidat.sdb").exists() for p in _temp_folders(tmp)):
            time.sleep(0.002)
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
            killed += 1
        proc.wait()
        if killed and _temp_folders(tmp):
            break
    left = _temp_folders(tmp)
    assert left, "no kill landed while the copy existed"
    assert all(private(p) for p in left)  # owner-only while it lasts
    done = subprocess.run([sys.executable, "-m", "ui.main", *args], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stderr
    assert _temp_folders(tmp) == []
