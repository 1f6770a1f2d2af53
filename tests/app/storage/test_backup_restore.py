"""Automatic rotating backups and restore: the copies are whole, the oldest go only after a
new one is checked, and a restore refuses a bad backup before it touches anything."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from app.errors import AppError
from app.storage.backup import (
    BACKUP_DIR_NAME,
    DEFAULT_KEEP,
    automatic_backup,
    backup_dir,
    backup_due,
    list_backups,
    load_keep,
    restore_backup,
    save_keep,
)
from app.storage.database import open_database
from db.migrate import head_revision
from db.models import Municipality
from ui.main import main

# Backups of the file; a server is backed up with pg_dump (docs/SERVER.md).
pytestmark = pytest.mark.sqlite_only

T0 = datetime(2026, 11, 23, 14, 5, 9)


def municipality_name(path: Path) -> str:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return con.execute("SELECT name FROM municipality").fetchone()[0]
    finally:
        con.close()


def rename_municipality(path: Path, name: str) -> None:
    db = open_database(path)
    try:
        with db.session() as session:
            session.scalar(select(Municipality)).name = name
    finally:
        db.close()


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def flip_page(path: Path, page_no: int, page_size: int = 4096) -> None:
    """Overwrite one page with its bytes inverted, as a failing disk would."""
    with path.open("r+b") as f:
        f.seek(page_no * page_size)
        data = f.read(page_size)
        f.seek(page_no * page_size)
        f.write(bytes(b ^ 0xFF for b in data))


def middle_page(path: Path) -> int:
    return path.stat().st_size // 4096 // 2


def asides(path: Path) -> list[Path]:
    return sorted(path.parent.glob(f"{path.stem}.før-gjenoppretting-*"))


# --- automatic backups --------------------------------------------------------------------

def test_copy_is_named_by_time_in_a_folder_of_its_own(demo_path: Path, _isolated_data_dir: Path) -> None:
    result = automatic_backup(demo_path, "close", now=T0)
    assert result is not None
    assert result.path.name == "demo-2026-11-23T14-05-09.sdb"
    assert result.path.parent == backup_dir(demo_path)
    assert result.path.parent.parent == _isolated_data_dir / BACKUP_DIR_NAME
    second = automatic_backup(demo_path, "close", now=T0)  # the same second: a second name, not an overwrite
    assert second is not None and second.path.name == "demo-2026-11-23T14-05-09-2.sdb"
    assert [i.path for i in list_backups(demo_path)] == [second.path, result.path]
    # A single self-contained file: no -wal/-shm beside it, rollback journal in the header.
    copies = sorted(p.name for p in result.path.parent.iterdir() if p.name != ".kontroll.json")  # the verdicts
    assert copies == sorted([result.path.name, second.path.name])
    assert result.path.read_bytes()[18:20] == b"\x01\x01"
    assert municipality_name(result.path) == municipality_name(demo_path)


def test_two_databases_with_the_same_name_do_not_share_a_folder(demo_path: Path, tmp_path: Path) -> None:
    other = tmp_path / "annen" / "demo.sdb"
    other.parent.mkdir()
    shutil.copyfile(demo_path, other)
    assert backup_dir(demo_path) != backup_dir(other)
    assert backup_dir(demo_path).name.startswith("demo-")
    automatic_backup(demo_path, "close", now=T0)
    assert list_backups(other) == []


def test_rotation_keeps_exactly_the_newest_n(demo_path: Path) -> None:
    db = open_database(demo_path)
    db.run(save_keep, 3)
    db.close()
    taken = [automatic_backup(demo_path, "close", now=T0 + timedelta(minutes=i)) for i in range(5)]
    kept = list_backups(demo_path)
    assert [i.path for i in kept] == [t.path for t in reversed(taken[2:])]
    assert set(taken[3].removed) | set(taken[4].removed) == {taken[0].path, taken[1].path}
    assert not taken[0].path.exists() and not taken[1].path.exists()


def test_rotation_within_one_second_keeps_the_last_taken(demo_path: Path) -> None:
    db = open_database(demo_path)
    db.run(save_keep, 2)
    db.close()
    taken = [automatic_backup(demo_path, "close", now=T0) for _ in range(5)]
    assert [i.path for i in list_backups(demo_path)] == [taken[4].path, taken[3].path]


def test_default_is_to_keep_ten(demo_path: Path) -> None:
    for i in range(DEFAULT_KEEP + 1):
        automatic_backup(demo_path, "close", now=T0 + timedelta(minutes=i))
    kept = list_backups(demo_path)
    assert len(kept) == DEFAULT_KEEP == 10
    assert kept[-1].taken_at == T0 + timedelta(minutes=1)  # the very first one went


def test_the_setting_is_checked(empty_db) -> None:  # type: ignore[no-untyped-def]
    assert empty_db.run(load_keep) == DEFAULT_KEEP
    with pytest.raises(AppError, match="mellom 1 og"):
        empty_db.run(save_keep, 0)
    assert empty_db.run(save_keep, 4) == DEFAULT_KEEP
    assert empty_db.run(load_keep) == 4


def test_old_copies_stay_when_the_new_one_is_not_whole(demo_path: Path) -> None:
    for i in range(3):
        automatic_backup(demo_path, "close", now=T0 + timedelta(minutes=i))
    before = [i.path for i in list_backups(demo_path)]
    db = open_database(demo_path)
    db.run(save_keep, 1)
    db.close()
    flip_page(demo_path, middle_page(demo_path))  # the database itself went bad
    with pytest.raises(AppError, match="ble ikke hel") as err:
        automatic_backup(demo_path, "close", now=T0 + timedelta(hours=1))
    assert "eldre kopiene er beholdt" in str(err.value)
    assert [i.path for i in list_backups(demo_path)] == before  # nothing rotated away, the bad copy gone
    assert all(p.exists() for p in before)


def test_daily_rule(demo_path: Path) -> None:
    assert backup_due(demo_path, T0)
    assert automatic_backup(demo_path, "daily", now=T0) is not None
    assert not backup_due(demo_path, T0.replace(hour=23, minute=59))
    assert automatic_backup(demo_path, "daily", now=T0.replace(hour=23, minute=59)) is None
    assert len(list_backups(demo_path)) == 1
    # Just after midnight: an earlier date, although not 24 hours old.
    next_day = datetime(2026, 11, 24, 0, 1)
    assert backup_due(demo_path, next_day)
    assert automatic_backup(demo_path, "daily", now=next_day) is not None
    # Closing after changes takes one whatever the day.
    assert automatic_backup(demo_path, "close", now=next_day + timedelta(minutes=5)) is not None
    assert len(list_backups(demo_path)) == 3


def test_nothing_to_copy_is_not_an_error(tmp_path: Path) -> None:
    assert automatic_backup("postgresql://server/styring", "close") is None
    assert automatic_backup(tmp_path / "finnes-ikke.sdb", "close") is None
    assert automatic_backup(None, "daily") is None
    assert not (tmp_path / "finnes-ikke.sdb").exists()


# --- restore ------------------------------------------------------------------------------

def test_restore_brings_back_the_data_and_keeps_the_replaced_file(demo_path: Path) -> None:
    original = municipality_name(demo_path)
    backup = automatic_backup(demo_path, "close", now=T0)
    assert backup is not None
    rename_municipality(demo_path, "Endret etter kopien")
    result = restore_backup(backup.path, demo_path)
    assert municipality_name(demo_path) == original
    assert result.revision == head_revision()
    kept = result.replaced_copy
    assert kept is not None and kept.parent == demo_path.parent
    assert kept.name.startswith("demo.før-gjenoppretting-") and kept.suffix == ".sdb"
    assert asides(demo_path) == [kept]
    # The kept file opens in the program and holds the data as it was before the restore.
    db = open_database(kept)
    try:
        with db.session() as session:
            assert session.scalar(select(Municipality.name)) == "Endret etter kopien"
    finally:
        db.close()
    db = open_database(demo_path)  # the restored file opens and is whole
    db.close()
    assert backup.path.exists()  # the backup itself is left as it was


def crashed_copy(demo_path: Path, where: Path, name_in_log: str) -> Path:
    """The files a power cut leaves: committed pages still in the -wal file, not yet in the
    database file."""
    where.mkdir()
    crashed = where / demo_path.name
    con = sqlite3.connect(demo_path)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA wal_autocheckpoint=0")
    con.execute("UPDATE municipality SET name = ?", (name_in_log,))
    con.commit()
    for suffix in ("", "-wal"):
        shutil.copyfile(f"{demo_path}{suffix}", f"{crashed}{suffix}")
    con.execute("UPDATE municipality SET name = 'Lindvik kommune'")
    con.commit()
    con.close()
    assert Path(f"{crashed}-wal").stat().st_size > 0
    return crashed


def assert_restored_and_whole(target: Path, backup: Path) -> None:
    assert not Path(f"{target}-wal").exists()
    db = open_database(target)  # refuses a damaged file
    try:
        with db.session() as session:
            assert session.scalar(select(Municipality.name)) == municipality_name(backup)
    finally:
        db.close()


def test_restore_leaves_nothing_of_the_old_write_ahead_log(demo_path: Path, tmp_path: Path) -> None:
    """The -wal pages belong to the old database: replayed onto the restored one they would
    put old data back or corrupt it."""
    backup = automatic_backup(demo_path, "close", now=T0)
    assert backup is not None
    crashed = crashed_copy(demo_path, tmp_path / "krasj", "Bare i loggen")
    result = restore_backup(backup.path, crashed)
    assert_restored_and_whole(crashed, backup.path)
    assert result.replaced_copy is not None and municipality_name(result.replaced_copy) == "Bare i loggen"


def test_restore_over_an_unreadable_file_with_a_write_ahead_log(demo_path: Path, tmp_path: Path) -> None:
    good = tmp_path / "god.sdb"
    shutil.copyfile(demo_path, good)
    crashed = crashed_copy(demo_path, tmp_path / "krasj", "Bare i loggen")
    flip_page(crashed, 0, 100)  # the header too: SQLite cannot open it at all
    result = restore_backup(good, crashed)
    assert_restored_and_whole(crashed, good)
    kept = result.replaced_copy
    assert kept is not None and Path(f"{kept}-wal").exists()  # kept as it was, log and all


def test_restore_to_a_file_that_does_not_exist(demo_path: Path, tmp_path: Path) -> None:
    target = tmp_path / "ny" / "mappe" / "gjenopprettet.sdb"
    result = restore_backup(demo_path, target)
    assert result.replaced_copy is None
    assert_restored_and_whole(target, demo_path)


def test_restore_where_only_a_write_ahead_log_is_left(demo_path: Path, tmp_path: Path) -> None:
    crashed = crashed_copy(demo_path, tmp_path / "krasj", "Bare i loggen")
    crashed.unlink()  # the database file is gone, its log is not
    result = restore_backup(demo_path, crashed)
    assert result.replaced_copy is None
    assert_restored_and_whole(crashed, demo_path)


def test_restore_over_a_damaged_database(demo_path: Path, tmp_path: Path) -> None:
    good = tmp_path / "god.sdb"
    shutil.copyfile(demo_path, good)
    page = middle_page(demo_path)
    flip_page(demo_path, page)
    damaged = demo_path.read_bytes()[page * 4096:(page + 1) * 4096]
    result = restore_backup(good, demo_path)
    # The kept file is the database as it was, damage included (for whoever tries to rescue it).
    kept = result.replaced_copy
    assert kept is not None and kept.read_bytes()[page * 4096:(page + 1) * 4096] == damaged
    db = open_database(demo_path)  # open_database's integrity check would refuse a damaged file
    db.close()


def test_restore_over_a_file_that_is_not_a_database_at_all(demo_path: Path, tmp_path: Path) -> None:
    target = tmp_path / "ødelagt.sdb"
    target.write_bytes(b"\x00" * 100 + b"ikke en database" * 1000)
    before = target.read_bytes()
    result = restore_backup(demo_path, target)
    assert result.replaced_copy is not None and result.replaced_copy.read_bytes() == before
    assert municipality_name(target) == municipality_name(demo_path)


def test_an_older_schema_is_restored_and_upgraded_on_open(demo_path: Path, tmp_path: Path) -> None:
    from alembic import command

    from db.engine import make_engine
    from db.migrate import alembic_config, current_revision

    old = tmp_path / "gammel.sdb"
    engine = make_engine(old)
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
    with engine.begin() as conn:
        conn.exec_driver_sql("INSERT INTO municipality (id, name, created_at, updated_at, version) VALUES "
                             "('00000000000000000000000000000001', 'Gamle kommune', '2020-01-01', '2020-01-01', 1)")
    engine.dispose()
    result = restore_backup(old, demo_path)
    assert result.revision == "0001"
    db = open_database(demo_path)
    try:
        assert current_revision(db.engine) == head_revision()
        with db.session() as session:
            assert session.scalar(select(Municipality.name)) == "Gamle kommune"
    finally:
        db.close()


def _corrupt(src: Path, out: Path) -> Path:
    shutil.copyfile(src, out)
    flip_page(out, middle_page(out))
    return out


def _truncated(src: Path, out: Path) -> Path:
    data = src.read_bytes()
    out.write_bytes(data[: len(data) // 2])
    return out


def _not_a_database(_src: Path, out: Path) -> Path:
    out.write_bytes(b"PK\x03\x04" + b"regneark, ikke database " * 500)
    return out


def _with_revision(revision: str):  # type: ignore[no-untyped-def]
    def make(src: Path, out: Path) -> Path:
        shutil.copyfile(src, out)
        con = sqlite3.connect(out)
        con.execute("UPDATE alembic_version SET version_num = ?", (revision,))
        con.commit()
        con.close()
        return out
    return make


def _other_program(_src: Path, out: Path) -> Path:
    con = sqlite3.connect(out)
    con.execute("CREATE TABLE notater (tekst TEXT)")
    con.execute("INSERT INTO notater VALUES ('noe annet')")
    con.commit()
    con.close()
    return out


def _broken_foreign_key(src: Path, out: Path) -> Path:
    shutil.copyfile(src, out)
    con = sqlite3.connect(out)  # foreign keys are off in a plain connection, as in a hand-edited file
    con.execute("UPDATE unit SET org_version_id = '00000000000000000000000000000099' "
                "WHERE id = (SELECT id FROM unit LIMIT 1)")
    con.commit()
    con.close()
    return out


def _tampered(*statements: str, ignore_checks: bool = False):  # type: ignore[no-untyped-def]
    """A copy changed by hand after it was taken, as an attacker or a careless tool would."""
    def make(src: Path, out: Path) -> Path:
        shutil.copyfile(src, out)
        con = sqlite3.connect(out)
        if ignore_checks:
            con.execute("PRAGMA ignore_check_constraints=ON")
        for statement in statements:
            con.execute(statement)
        con.commit()
        con.close()
        return out
    return make


PLANTED_TRIGGER = ("CREATE TRIGGER tomme_budsjettet AFTER INSERT ON audit_entry "
                   "BEGIN DELETE FROM budget_line; END")
BREAKS_A_CHECK = "UPDATE budget_line SET period = 13 WHERE rowid = (SELECT min(rowid) FROM budget_line)"
TAMPERED = {
    "plantet-trigger": (_tampered(PLANTED_TRIGGER), "triggeren tomme_budsjettet hører ikke til"),
    "brutt-check": (_tampered(BREAKS_A_CHECK, ignore_checks=True),
                    "tabellen budget_line bryter en regel for lovlige verdier"),
    "fjernet-kolonne": (_tampered("ALTER TABLE budget_line DROP COLUMN text"), "tabellen budget_line er endret"),
    "ekstra-indeks": (_tampered("CREATE INDEX ix_ekstra ON unit (name)"), "indeksen ix_ekstra hører ikke til"),
    "to-revisjoner": (_tampered("INSERT INTO alembic_version VALUES ('0004')"), "nøyaktig én rad"),
    # The search index's own tables, edited by hand: integrity_check does not look inside FTS5,
    # so these passed and then broke every search (and, for the version, every note saved).
    "søkeindeks-versjon": (_tampered("UPDATE followup_fts_config SET v = 99 WHERE k = 'version'"),
                           "søkeindeksen followup_fts er skadet"),
    "søkeindeks-rad-fjernet": (_tampered("DELETE FROM followup_fts_content WHERE rowid = "
                                         "(SELECT min(rowid) FROM followup_fts_content)"),
                               "søkeindeksen followup_fts er skadet"),
}

BAD_BACKUPS = {
    **TAMPERED,
    "skadet": (_corrupt, "er skadet"),
    "avkortet": (_truncated, "skadet"),
    "ikke-database": (_not_a_database, "er ikke en Styringsdialog-database"),
    "nyere-program": (_with_revision("9999"), "nyere versjon av Styringsdialog"),
    "ukjent-revisjon": (_with_revision("abc123"), "skjemaversjon dette programmet ikke kjenner"),
    "annet-program": (_other_program, "ikke fra Styringsdialog"),
    "brutt-kobling": (_broken_foreign_key, "brutte koblinger"),
}


@pytest.mark.parametrize("kind", list(BAD_BACKUPS))
def test_a_bad_backup_is_refused_and_nothing_changes(kind: str, demo_path: Path, tmp_path: Path) -> None:
    make, message = BAD_BACKUPS[kind]
    source = tmp_path / "kilde.sdb"
    shutil.copyfile(demo_path, source)
    bad = make(source, tmp_path / f"kopi-{kind}.sdb")
    bad_bytes = digest(bad)
    rename_municipality(demo_path, "Levende data")
    before = digest(demo_path)
    with pytest.raises(AppError, match=message) as err:
        restore_backup(bad, demo_path)
    assert str(bad) in str(err.value) and "Ingenting er endret" in str(err.value)
    assert digest(demo_path) == before  # the live database, byte for byte
    assert asides(demo_path) == []
    assert digest(bad) == bad_bytes  # checking the backup did not change it either
    assert not Path(f"{bad}-wal").exists() and not Path(f"{bad}-shm").exists()


def test_a_backup_damaged_in_many_places_is_refused_in_one_readable_line(demo_path: Path, tmp_path: Path) -> None:
    """Before: SQLite's whole integrity report (one row of a hundred lines, «*** in database main
    ***» and a line per page) went into the message."""
    work = tmp_path / "arbeid.sdb"
    shutil.copyfile(demo_path, work)
    con = sqlite3.connect(work, isolation_level=None)
    con.execute("PRAGMA journal_mode=DELETE")
    con.execute("PRAGMA cache_size=1")  # the transaction spills its pages into the file
    con.execute("BEGIN")
    con.execute("DELETE FROM budget_line")
    bad = tmp_path / "kopi.sdb"
    shutil.copyfile(work, bad)  # copied half-way through the transaction, without its journal
    con.execute("ROLLBACK")
    con.close()
    before = digest(demo_path)
    with pytest.raises(AppError, match="er skadet") as err:
        restore_backup(bad, demo_path)
    message = str(err.value)
    assert "\n" not in message and "***" not in message and len(message) < 400, message
    assert "Ingenting er endret" in message and digest(demo_path) == before


def test_a_copy_taken_mid_transaction_with_its_journal_is_checked_and_restored_as_before_it(
        demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A file copied (by a sync, by hand) half-way through a transaction, with its rollback
    journal: SQLite rolls it back on open. Before: ``check`` said «attempt to write a readonly
    database» and the restore called it damaged (the journal was left out of the private copy)."""
    work = tmp_path / "arbeid.sdb"
    shutil.copyfile(demo_path, work)
    con = sqlite3.connect(work, isolation_level=None)
    con.execute("PRAGMA journal_mode=DELETE")
    lines = con.execute("SELECT count(*) FROM budget_line").fetchone()[0]
    con.execute("PRAGMA cache_size=1")  # the transaction spills its pages into the file
    con.execute("BEGIN")
    con.execute("DELETE FROM budget_line")
    backup = tmp_path / "kopi.sdb"
    shutil.copyfile(work, backup)
    shutil.copyfile(f"{work}-journal", f"{backup}-journal")
    con.execute("ROLLBACK")
    con.close()
    as_taken = (digest(backup), digest(Path(f"{backup}-journal")))
    code, out, err = run(capsys, "check", "--db", str(backup))
    assert code == 0 and "OK" in out, out + err
    rename_municipality(demo_path, "Levende data")
    restore_backup(backup, demo_path)
    assert municipality_name(demo_path) != "Levende data"
    restored = sqlite3.connect(demo_path)
    try:
        assert restored.execute("SELECT count(*) FROM budget_line").fetchone()[0] == lines
    finally:
        restored.close()
    assert (digest(backup), digest(Path(f"{backup}-journal"))) == as_taken  # the user's files as they were


def test_restore_is_refused_while_another_program_has_the_database_open(
    demo_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import db.backup

    monkeypatch.setattr(db.backup, "SQLITE_BUSY_TIMEOUT_MS", 50)
    good = tmp_path / "god.sdb"
    shutil.copyfile(demo_path, good)
    other = open_database(demo_path)  # another program, with the file open (WAL mode)
    try:
        with other.session() as session:
            session.scalar(select(Municipality)).name = "Den andre"
        with other.engine.connect() as conn:
            conn.exec_driver_sql("SELECT 1").all()
            with pytest.raises(AppError, match="åpen i et annet program"):
                restore_backup(good, demo_path)
    finally:
        other.close()
    assert municipality_name(demo_path) == "Den andre"
    assert asides(demo_path) == []


def test_restore_is_refused_while_another_pc_holds_the_lock(demo_path: Path, tmp_path: Path) -> None:
    from datetime import datetime as dt

    from app.storage.lock import LockInfo, lock_path_for

    good = tmp_path / "god.sdb"
    shutil.copyfile(demo_path, good)
    rename_municipality(demo_path, "Hos kollegaen")
    now = dt.now().astimezone().replace(microsecond=0)
    lock_path_for(demo_path).write_bytes(LockInfo(
        user="kari", full_name="Kari Nordmann", host="KONTOR-PC-7", pid=4242, process="", version="1",
        since=now, heartbeat=now, token="ikke-vår").to_json())
    before = digest(demo_path)
    with pytest.raises(AppError, match="Kari Nordmann på KONTOR-PC-7"):
        restore_backup(good, demo_path)
    assert digest(demo_path) == before and asides(demo_path) == []


def test_restore_onto_itself_is_refused(demo_path: Path) -> None:
    with pytest.raises(AppError, match="samme fil"):
        restore_backup(demo_path, demo_path)


@pytest.mark.parametrize("kind", ["mappe", "tom", "fifo"])
def test_a_backup_that_is_a_folder_an_empty_file_or_a_pipe_is_named_as_such(kind: str, demo_path: Path,
                                                                            tmp_path: Path) -> None:
    """Before: a folder and a pipe were said not to exist, and an empty file (a sync that did not
    finish) to be «en SQLite-database, men ikke fra Styringsdialog»."""
    bad = tmp_path / f"kopi-{kind}.sdb"
    if kind == "mappe":
        bad.mkdir()
    elif kind == "tom":
        bad.touch()
    else:
        os.mkfifo(bad)
    before = digest(demo_path)
    expected = {"mappe": "er en mappe", "tom": "er tom \\(0 byte\\)", "fifo": "er ikke en vanlig fil"}[kind]
    with pytest.raises(AppError, match=expected) as err:
        restore_backup(bad, demo_path)
    assert "Ingenting er endret" in str(err.value)
    assert digest(demo_path) == before and asides(demo_path) == []


def test_a_missing_backup_file_is_a_clear_message(demo_path: Path, tmp_path: Path) -> None:
    with pytest.raises(AppError, match="finnes ikke"):
        restore_backup(tmp_path / "borte.sdb", demo_path)


# --- command line --------------------------------------------------------------------------

def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_restore(demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    original = municipality_name(demo_path)
    copy = tmp_path / "kopi.sdb"
    assert run(capsys, "backup", "--db", str(demo_path), "-o", str(copy))[0] == 0
    rename_municipality(demo_path, "Endret")
    code, out, _ = run(capsys, "restore", str(copy), "--db", str(demo_path), "--json")
    assert code == 0
    data = json.loads(out)
    assert data["ok"] and data["db"] == str(demo_path) and data["schema_revision"] == head_revision()
    assert municipality_name(demo_path) == original
    assert municipality_name(Path(data["replaced_copy"])) == "Endret"
    code, out, _ = run(capsys, "restore", str(copy), "--db", str(demo_path))
    assert code == 0 and "er gjenopprettet fra" in out and "før-gjenoppretting" in out


def test_cli_restore_of_a_bad_backup_exits_1_with_one_line(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = _with_revision("9999")(demo_path, tmp_path / "fra-framtiden.sdb")
    rename_municipality(demo_path, "Levende data")
    before = digest(demo_path)
    code, out, err = run(capsys, "restore", str(bad), "--db", str(demo_path))
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and "nyere versjon" in err
    assert digest(demo_path) == before


def test_cli_automatic_backup_list_and_keep(demo_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "backup", "--db", str(demo_path), "--keep", "2", "--json")
    assert code == 0 and json.loads(out) == {"db": str(demo_path), "keep": 2, "previous": DEFAULT_KEEP}
    for _ in range(3):
        code, out, _ = run(capsys, "backup", "--db", str(demo_path), "--json")
        assert code == 0
    assert len(json.loads(out)["removed"]) == 1
    code, out, _ = run(capsys, "backup", "--db", str(demo_path), "--list", "--json")
    listed = json.loads(out)["backups"]
    assert [b["file"] for b in listed] == [str(i.path) for i in list_backups(demo_path)]
    assert len(listed) == 2
    code, _, err = run(capsys, "backup", "--db", str(demo_path), "--keep", "0")
    assert code == 1 and "mellom 1 og" in err


def test_the_program_own_schema_passes_at_every_revision(tmp_path: Path) -> None:
    """A file made by the program's migrations at an older revision is its own schema there."""
    from alembic import command

    from app.storage.backup import check_backup_file
    from db.engine import make_engine
    from db.migrate import alembic_config

    for revision in ("0001", "0003"):
        old = tmp_path / f"gammel-{revision}.sdb"
        engine = make_engine(old)
        cfg = alembic_config()
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, revision)
        engine.dispose()
        assert check_backup_file(old) == revision


def _plant_bad_copy(good: Path, name: Path) -> Path:
    return _tampered(BREAKS_A_CHECK, ignore_checks=True)(good, name)


def test_rotation_never_counts_a_copy_that_fails_the_check(demo_path: Path) -> None:
    db = open_database(demo_path)
    db.run(save_keep, 2)
    db.close()
    first = automatic_backup(demo_path, "close", now=T0).path
    second = automatic_backup(demo_path, "close", now=T0 + timedelta(minutes=1)).path
    folder = backup_dir(demo_path)
    stem = Path(demo_path).stem
    bad = [_plant_bad_copy(second, folder / f"{stem}-{(T0 + timedelta(minutes=m)).strftime('%Y-%m-%dT%H-%M-%S')}.sdb")
           for m in (2, 3)]
    newest = automatic_backup(demo_path, "close", now=T0 + timedelta(minutes=4))
    kept = [i.path for i in list_backups(demo_path)]
    # Two good copies are kept (the new one and the second); the bad ones do not count.
    assert kept == [newest.path, *reversed(bad), second]
    assert newest.removed == (first,)


def test_a_live_file_that_breaks_a_check_rotates_nothing_away(demo_path: Path) -> None:
    db = open_database(demo_path)
    db.run(save_keep, 2)
    db.close()
    good = [automatic_backup(demo_path, "close", now=T0 + timedelta(minutes=i)).path for i in range(2)]
    con = sqlite3.connect(demo_path)
    con.execute("PRAGMA ignore_check_constraints=ON")
    con.execute(BREAKS_A_CHECK)
    con.commit()
    con.close()
    for i in (2, 3):
        with pytest.raises(AppError, match="tabellen budget_line bryter en regel for lovlige verdier"):
            automatic_backup(demo_path, "close", now=T0 + timedelta(minutes=i))
    assert [i.path for i in list_backups(demo_path)] == list(reversed(good))


@pytest.mark.parametrize("kind", list(TAMPERED))
def test_check_of_a_tampered_live_file_fails_and_leaves_it_as_it_is(kind: str, demo_path: Path, tmp_path: Path,
                                                                     capsys: pytest.CaptureFixture[str]) -> None:
    make, message = TAMPERED[kind]
    live = make(Path(demo_path), tmp_path / "levende.sdb")
    before = digest(live)
    code, out, _err = run(capsys, "check", "--db", str(live), "--json")
    report = json.loads(out)
    assert code == 1 and report["ok"] is False
    assert message in " ".join(report["integrity"] + report["schema_problems"])
    assert digest(live) == before and not Path(f"{live}-wal").exists()


@pytest.mark.parametrize("damaged", [False, True])
def test_a_restored_database_keeps_its_permissions(damaged: bool, demo_path: Path, tmp_path: Path) -> None:
    """Copies are written owner-only; the database in a shared folder keeps the group's access."""
    import stat

    good = tmp_path / "god.sdb"
    shutil.copyfile(demo_path, good)
    if damaged:  # replaced by a whole copy renamed over it, not written into
        with Path(demo_path).open("r+b") as f:
            f.write(b"\0" * 100)
    os.chmod(demo_path, 0o664)
    restore_backup(good, demo_path)
    assert stat.S_IMODE(Path(demo_path).stat().st_mode) == 0o664


def test_a_backup_of_a_closed_database_leaves_nothing_beside_it(demo_path: Path, tmp_path: Path,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    """Reading a database nobody has open creates no -wal or -shm beside it (backup and check)."""
    folder = tmp_path / "delt"
    folder.mkdir()
    db_file = folder / "kommune.sdb"
    shutil.copyfile(demo_path, db_file)
    before = digest(db_file)
    assert run(capsys, "backup", "--db", str(db_file), "-o", str(tmp_path / "kopi.sdb"))[0] == 0
    assert run(capsys, "check", "--db", str(db_file))[0] == 0
    assert automatic_backup(db_file, "manual") is not None
    assert sorted(p.name for p in folder.iterdir()) == ["kommune.sdb"] and digest(db_file) == before
    assert municipality_name(tmp_path / "kopi.sdb") == municipality_name(db_file)


def test_a_backup_with_sqlites_own_statistics_is_restored(demo_path: Path, tmp_path: Path) -> None:
    """ANALYZE adds sqlite_stat1 (SQLite's own table): not a change to the program's schema."""
    analysed = _tampered("ANALYZE")(Path(demo_path), tmp_path / "analysert.sdb")
    con = sqlite3.connect(analysed)
    assert con.execute("SELECT count(*) FROM sqlite_master WHERE name = 'sqlite_stat1'").fetchone()[0] == 1
    con.close()
    result = restore_backup(analysed, demo_path)
    assert result.revision == head_revision()


def test_a_file_upgraded_from_an_older_revision_passes_the_full_check(tmp_path: Path) -> None:
    """A file made long ago and upgraded step by step has the same schema as a new one."""
    from alembic import command

    from app.storage.backup import check_live_file
    from db.engine import make_engine
    from db.migrate import alembic_config, upgrade

    for revision in ("0001", "0003"):
        old = tmp_path / f"gammel-{revision}.sdb"
        engine = make_engine(old)
        cfg = alembic_config()
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, revision)
        upgrade(engine)
        engine.dispose()
        report = check_live_file(old)
        assert report.ok and report.revision == head_revision(), report
