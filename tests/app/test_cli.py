"""The command-line contract: exit codes, human text and JSON."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import DEMO_TODAY
from ui.main import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_demo_then_check_reports_ok(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "x.sdb"
    code, out, _ = run(capsys, "demo", "--db", str(db), "--today", DEMO_TODAY.isoformat(), "--json")
    assert code == 0
    summary = json.loads(out)
    assert summary["result_units"] >= 25
    code, out, _ = run(capsys, "check", "--db", str(db), "--json")
    report = json.loads(out)
    assert code == 0 and report["ok"] is True and report["integrity"] == ["ok"]
    assert report["schema_revision"] == report["schema_head"]


def test_top_level_db_option_works_too(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "y.sdb"
    assert run(capsys, "--db", str(db), "demo", "--today", DEMO_TODAY.isoformat())[0] == 0
    code, out, _ = run(capsys, "--db", str(db), "check")
    assert code == 0 and out.startswith("OK")


def test_demo_into_a_filled_database_is_refused(demo_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "demo", "--db", str(demo_path))
    assert code == 1 and out == ""
    assert err.startswith("styringsdialog: ") and len(err.strip().splitlines()) == 1


def test_check_finds_a_damaged_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "skadet.sdb"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x07" * 4096)
    code, out, _ = run(capsys, "check", "--db", str(bad), "--json")
    assert code == 1 and json.loads(out)["ok"] is False


def test_check_of_a_missing_file_says_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "check", "--db", str(tmp_path / "finnes-ikke.sdb"))
    assert code == 1 and "finnes ikke" in err
    assert not (tmp_path / "finnes-ikke.sdb").exists()  # checking never creates a file


@pytest.mark.sqlite_only
def test_backup_writes_a_checked_copy(demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out_file = tmp_path / "kopi" / "backup.sdb"
    code, out, _ = run(capsys, "backup", "--db", str(demo_path), "-o", str(out_file), "--json")
    assert code == 0
    assert json.loads(out)["backup"] == str(out_file)
    code, out, _ = run(capsys, "check", "--db", str(out_file), "--json")
    assert code == 0 and json.loads(out)["ok"]


@pytest.mark.sqlite_only
def test_backup_onto_the_database_itself_is_refused(demo_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "backup", "--db", str(demo_path), "-o", str(demo_path))
    assert code == 1 and "annet filnavn" in err


def test_unknown_option_exits_non_zero(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["check", "--no-such-option"])
    assert exc.value.code != 0


def test_exported_files_get_ordinary_permissions(tmp_path: Path) -> None:
    import os
    import stat

    from app.storage.files import write_atomically

    out = write_atomically(tmp_path / "rapport.pdf", b"%PDF-1.4")
    mask = os.umask(0)
    os.umask(mask)
    assert stat.S_IMODE(out.stat().st_mode) == 0o666 & ~mask
    assert out.read_bytes() == b"%PDF-1.4"


@pytest.mark.sqlite_only
def test_a_packages_passphrase_is_not_left_for_the_next_file(demo_path: Path, capsys: pytest.CaptureFixture[str],
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """A command on a package puts its passphrase where the open finds it, for that command only:
    left in the environment, it was taken for the next encrypted file opened in the same process
    (a test run once opened an office file with a package's passphrase)."""
    import os

    from db import cipher

    package = Path(demo_path).with_suffix(".sdbpkg")
    cipher.encrypt_file(demo_path, package, "pakkens passord 1")
    monkeypatch.delenv("STYRINGSDIALOG_PASSPHRASE", raising=False)
    monkeypatch.setenv("STYRINGSDIALOG_PACKAGE_PASSPHRASE", "pakkens passord 1")
    code, _out, err = run(capsys, "--db", str(package), "check")
    assert code == 0, err
    assert "STYRINGSDIALOG_PASSPHRASE" not in os.environ
