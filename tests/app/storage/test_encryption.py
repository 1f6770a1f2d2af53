"""Encryption at rest (SQLCipher): the file is unreadable without the passphrase, every row survives
turning it on and off, a wrong passphrase is a clear message, and backups stay encrypted.

Each encrypted open derives the key with 256 000 PBKDF2 rounds (SQLCipher 4's default), about a
tenth of a second, so these tests open as few connections as they can.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from sqlalchemy import text

from app.errors import AppError
from app.storage import encryption
from app.storage.encryption import (
    PassphraseNeededError,
    WrongPassphraseError,
    change_passphrase,
    decrypt_database,
    encrypt_database,
    open_engine,
)
from db import cipher

# SQLCipher encrypts a file; a server's data is protected by the server.
pytestmark = pytest.mark.sqlite_only

PASSPHRASE = "Fjordsti-og-hjortevilt 2026"
REPO = Path(__file__).resolve().parents[3]
HEADER = b"SQLite format 3\x00"

def plain_facts(path: Path) -> tuple[dict[str, int], list[bytes]]:
    """Rows per table, and texts from the file that must not be readable once it is encrypted."""
    conn = sqlite3.connect(path)
    try:
        counts = cipher.table_counts(conn)
        unit = conn.execute("SELECT name FROM unit ORDER BY name LIMIT 1").fetchone()[0]
        person = conn.execute("SELECT family_name FROM person ORDER BY family_name LIMIT 1").fetchone()[0]
        note = conn.execute("SELECT sections FROM meeting WHERE length(sections) > 40 LIMIT 1").fetchone()[0]
    finally:
        conn.close()
    words = [w for w in note.split('"') if len(w) > 25][:1]  # a sentence from a meeting note
    probes = [unit.encode(), person.encode(), *(w.encode() for w in words), b"CREATE TABLE", b"audit_entry"]
    return counts, probes


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def counts_through(engine) -> dict[str, int]:  # type: ignore[no-untyped-def]
    with engine.connect() as conn:
        raw = conn.connection.driver_connection
        return cipher.table_counts(raw)


@pytest.fixture
def encrypted_path(demo_path: Path) -> Path:
    encrypt_database(demo_path, PASSPHRASE)
    return demo_path


def test_sqlcipher_is_version_4_with_fts5_and_json(tmp_path: Path) -> None:
    assert cipher.cipher_version().startswith("4.")
    conn = cipher.connect(tmp_path / "t.sdb", PASSPHRASE, check=False)
    try:
        conn.execute("CREATE VIRTUAL TABLE t USING fts5(x)")  # the notes' search index needs FTS5
        conn.execute("INSERT INTO t VALUES ('oppfølgingssamtale om sykefravær')")
        assert conn.execute("SELECT count(*) FROM t WHERE t MATCH 'sykefravær'").fetchone() == (1,)
        assert conn.execute("SELECT json_extract('{\"a\": [1, 2]}', '$.a[1]')").fetchone() == (2,)
    finally:
        conn.close()


def test_encrypting_keeps_every_row_and_leaves_nothing_readable(demo_path: Path) -> None:
    counts, probes = plain_facts(demo_path)
    assert all(p in demo_path.read_bytes() for p in probes)  # the probes are really in the plain file

    result = encrypt_database(demo_path, PASSPHRASE)

    data = demo_path.read_bytes()
    assert not data.startswith(HEADER) and cipher.is_encrypted(demo_path)
    assert [p for p in probes if p in data] == []
    assert result.rows == sum(counts.values()) and result.tables == len(counts) and result.plain_copy_overwritten
    leftovers = [p.name for p in demo_path.parent.iterdir() if p.name.startswith(demo_path.name + ".")
                 or p.name.startswith(demo_path.name + "-")]
    assert leftovers == []  # no plain copy aside, no journal
    engine = open_engine(demo_path, PASSPHRASE)
    try:
        assert counts_through(engine) == counts
        with engine.connect() as conn:
            assert conn.execute(text("PRAGMA integrity_check")).scalar() == "ok"
            assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"  # the engine's own pragmas
            assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
            # The full-text index and its triggers came along and still answer.
            hits = conn.execute(text("SELECT count(*) FROM followup_fts WHERE followup_fts MATCH 'budsjett'")).scalar()
            assert hits and hits > 0
    finally:
        engine.dispose()


def test_a_plain_sqlite_cannot_read_the_encrypted_file(encrypted_path: Path) -> None:
    conn = sqlite3.connect(encrypted_path)
    with pytest.raises(sqlite3.DatabaseError, match="not a database"):
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    conn.close()


def test_no_passphrase_and_a_wrong_one_are_clear_messages(encrypted_path: Path, capfd) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(PassphraseNeededError) as needed:
        open_engine(encrypted_path)
    assert "er kryptert" in str(needed.value) and encrypted_path.name in str(needed.value)
    with pytest.raises(WrongPassphraseError) as wrong:
        open_engine(encrypted_path, PASSPHRASE.upper())
    message = str(wrong.value)
    assert message.startswith(f"Feil passord for «{encrypted_path.name}».") and "sikkerhetskopi" in message
    assert isinstance(wrong.value, AppError)
    assert "ERROR CORE" not in capfd.readouterr().err  # SQLCipher's own log stays quiet


def test_passphrase_with_quotes_and_letters_written_two_ways(demo_path: Path) -> None:
    phrase = "Ås'te\"d – «ø» 12"
    encrypt_database(demo_path, phrase)
    decomposed = unicodedata.normalize("NFD", phrase)  # «Å» typed as A + ring on a Mac
    assert decomposed != phrase
    encryption.check_passphrase(demo_path, decomposed)
    with pytest.raises(WrongPassphraseError):
        encryption.check_passphrase(demo_path, phrase.replace("'", ""))


def test_change_passphrase_old_stops_working(encrypted_path: Path) -> None:
    counts = counts_through_path(encrypted_path, PASSPHRASE)
    change_passphrase(encrypted_path, PASSPHRASE, "Et helt nytt passord 99")
    with pytest.raises(WrongPassphraseError):
        encryption.check_passphrase(encrypted_path, PASSPHRASE)
    assert counts_through_path(encrypted_path, "Et helt nytt passord 99") == counts
    with pytest.raises(WrongPassphraseError):
        change_passphrase(encrypted_path, PASSPHRASE, "Enda et nytt passord")


def counts_through_path(path: Path, passphrase: str) -> dict[str, int]:
    conn = cipher.connect(path, passphrase, read_only=True)
    try:
        return cipher.table_counts(conn)
    finally:
        conn.close()


def test_decrypting_gives_back_the_same_plain_database(demo_path: Path) -> None:
    counts, _probes = plain_facts(demo_path)
    encrypt_database(demo_path, PASSPHRASE)
    with pytest.raises(WrongPassphraseError):
        decrypt_database(demo_path, "feil passord her")
    assert cipher.is_encrypted(demo_path)
    decrypt_database(demo_path, PASSPHRASE)
    assert demo_path.read_bytes().startswith(HEADER) and not cipher.is_encrypted(demo_path)
    assert plain_facts(demo_path)[0] == counts
    assert sqlite3.connect(demo_path).execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_backup_of_an_encrypted_database_is_encrypted(encrypted_path: Path, tmp_path: Path) -> None:
    counts = counts_through_path(encrypted_path, PASSPHRASE)
    engine = open_engine(encrypted_path, PASSPHRASE)
    try:
        with engine.connect() as conn:  # the program has the file open while the backup is taken
            unit = conn.execute(text("SELECT name FROM unit ORDER BY name LIMIT 1")).scalar()
            backup = cipher.backup_engine(engine, tmp_path / "kopier" / "backup.sdb")
    finally:
        engine.dispose()
    data = backup.read_bytes()
    assert not data.startswith(HEADER) and unit.encode() not in data and b"CREATE TABLE" not in data
    assert not Path(str(backup) + ".tmp").exists()
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(backup).execute("SELECT 1 FROM sqlite_master").fetchone()
    with pytest.raises(cipher.WrongPassphrase):
        cipher.check_passphrase(backup, "et annet passord")
    assert counts_through_path(backup, PASSPHRASE) == counts
    # Restoring is opening it: the copy is a whole database with the same passphrase.
    restored = open_engine(backup, PASSPHRASE)
    try:
        with restored.connect() as conn:
            assert conn.execute(text("PRAGMA integrity_check")).scalar() == "ok"
    finally:
        restored.dispose()


READER = """
import sqlite3, sys

conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN")
conn.execute("SELECT count(*) FROM unit").fetchone()
print("reading", flush=True)
sys.stdin.readline()
"""


def other_program(*args: str) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.Popen([sys.executable, *args], cwd=REPO, env=env, text=True, stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE)


def test_encrypting_is_refused_while_another_program_reads_the_file(demo_path: Path) -> None:
    before = sha(demo_path)
    reader = other_program("-c", READER, str(demo_path))  # another process: SQLite's locks are per process
    try:
        assert reader.stdout is not None and reader.stdout.readline().strip() == "reading"
        with pytest.raises(AppError, match="åpen i et annet program"):
            encrypt_database(demo_path, PASSPHRASE)
    finally:
        reader.communicate("\n", timeout=30)
    assert sha(demo_path) == before and not cipher.is_encrypted(demo_path)


def test_encrypting_is_refused_while_another_program_holds_the_lock(demo_path: Path) -> None:
    before = sha(demo_path)
    holder = other_program("-m", "tests.app.lock_worker")
    try:
        assert holder.stdin is not None and holder.stdout is not None
        holder.stdin.write(f"hold {demo_path}\n")
        holder.stdin.flush()
        assert holder.stdout.readline().startswith("held")
        with pytest.raises(AppError, match="Bare ett program kan endre databasen"):
            encrypt_database(demo_path, PASSPHRASE)
    finally:
        holder.communicate("release\nquit\n", timeout=30)
    assert sha(demo_path) == before and not cipher.is_encrypted(demo_path)


def test_a_copy_that_differs_is_never_swapped_in(demo_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real = cipher.encrypt_file

    def losing_a_row(src: Path, dest: Path, passphrase: str) -> Path:
        out = real(src, dest, passphrase)
        conn = cipher.connect(out, passphrase)
        conn.execute("DELETE FROM audit_entry")
        conn.commit()
        conn.close()
        return out

    monkeypatch.setattr(cipher, "encrypt_file", losing_a_row)
    before = cipher.describe(demo_path, None)
    with pytest.raises(AppError, match=r"ikke lik originalen.*audit_entry"):
        encrypt_database(demo_path, PASSPHRASE)
    # The same schema and rows (only the journal mode in the header was switched to copy it).
    assert cipher.describe(demo_path, None) == before and not cipher.is_encrypted(demo_path)
    assert sorted(p.name for p in demo_path.parent.iterdir() if "tmp" in p.name) == []


def test_the_plain_original_is_overwritten_before_it_is_deleted(tmp_path: Path) -> None:
    secret = tmp_path / "plain.sdb"
    secret.write_bytes(b"Vollan skole: sykefravaer 12,5 %" * 5000)
    twin = tmp_path / "twin"
    os.link(secret, twin)  # a second name for the same bytes on disk, to look at them afterwards
    assert cipher.overwrite_and_unlink(secret)
    assert not secret.exists()
    assert twin.read_bytes() == bytes(len(b"Vollan skole: sykefravaer 12,5 %") * 5000)


def test_is_encrypted_tells_the_kinds_of_file_apart(demo_path: Path, tmp_path: Path) -> None:
    assert not cipher.is_encrypted(demo_path)
    assert not cipher.is_encrypted(tmp_path / "missing.sdb")
    (tmp_path / "empty.sdb").write_bytes(b"")
    assert not cipher.is_encrypted(tmp_path / "empty.sdb")
    (tmp_path / "notes.txt").write_bytes(b"not a database at all\n")  # not whole pages
    assert not cipher.is_encrypted(tmp_path / "notes.txt")
    encrypt_database(demo_path, PASSPHRASE)
    assert cipher.is_encrypted(demo_path)


def test_a_new_file_with_a_passphrase_starts_encrypted_and_upgrades(tmp_path: Path) -> None:
    from db.migrate import head_revision, upgrade

    path = tmp_path / "ny.sdb"
    engine = open_engine(path, PASSPHRASE)
    try:
        result = upgrade(engine)
        assert result.to_revision == head_revision()
        with engine.connect() as conn:
            names = {r[0] for r in conn.execute(text("SELECT name FROM sqlite_master"))}
    finally:
        engine.dispose()
    assert {"unit", "audit_entry", "followup_fts"} <= names
    assert cipher.is_encrypted(path)


def test_passphrase_rules_and_strength() -> None:
    with pytest.raises(AppError, match="minst 8 tegn"):
        encryption.check_new_passphrase("kort")
    with pytest.raises(AppError, match="ikke like"):
        encryption.check_new_passphrase("langt nok passord", "langt nok passprd")
    with pytest.raises(AppError, match="mellomrom"):
        encryption.check_new_passphrase(" langt nok passord")
    encryption.check_new_passphrase("langt nok passord", "langt nok passord")
    assert [encryption.strength(p) for p in ("kort", "aaaaaaaaaaaa", "solsikke", "Solsikke7!", "fire ord i en rad")] \
        == [0, 1, 1, 2, 3]


def test_encrypting_twice_or_decrypting_a_plain_file_is_refused(encrypted_path: Path, empty_db) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(AppError, match="allerede kryptert"):
        encrypt_database(encrypted_path, PASSPHRASE)
    empty_db.close()
    with pytest.raises(AppError, match="ikke kryptert"):
        decrypt_database(empty_db.path, PASSPHRASE)


def test_command_line_takes_the_passphrase_from_the_environment(encrypted_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(encryption.PASSPHRASE_ENV, PASSPHRASE)
    assert encryption.cli_passphrase(encrypted_path) == PASSPHRASE
    monkeypatch.delenv(encryption.PASSPHRASE_ENV)
    monkeypatch.setattr("sys.stdin", None)
    with pytest.raises(PassphraseNeededError, match=encryption.PASSPHRASE_ENV):
        encryption.cli_passphrase(encrypted_path)


def test_plain_file_needs_no_passphrase_on_the_command_line(demo_path: Path) -> None:
    assert encryption.cli_passphrase(demo_path) is None


def test_open_database_asks_for_and_uses_the_passphrase(encrypted_path: Path) -> None:
    from app.storage.database import open_database

    with pytest.raises(PassphraseNeededError):
        open_database(encrypted_path)
    with pytest.raises(WrongPassphraseError):
        open_database(encrypted_path, passphrase="ikke dette passordet")
    db = open_database(encrypted_path, passphrase=PASSPHRASE)
    try:
        with db.session() as session:
            assert session.execute(text("SELECT count(*) FROM unit")).scalar() > 0
    finally:
        db.close()


def test_an_encrypted_backup_restores_with_its_passphrase_and_is_refused_without(tmp_path, demo_path) -> None:  # type: ignore[no-untyped-def]
    """The backup is checked with the passphrase before anything moves; a restore brings back
    the data as it was when the backup was taken, still encrypted, and keeps the replaced file."""
    from app.storage.backup import make_backup, restore_backup
    from app.storage.database import open_database
    from app.storage.encryption import encrypt_database
    from db.models import Municipality

    encrypt_database(demo_path, PASSPHRASE)
    backup = make_backup(demo_path, tmp_path / "kopi.sdb", passphrase=PASSPHRASE).path
    db = open_database(demo_path, passphrase=PASSPHRASE)
    with db.session() as session:
        municipality = session.query(Municipality).one()
        old_name, municipality.name = municipality.name, "Endret etter kopien"
    db.close()
    before = demo_path.read_bytes()
    for wrong in (None, "et helt annet passord"):
        with pytest.raises(AppError, match=r"kryptert.*Ingenting er endret"):
            restore_backup(backup, demo_path, passphrase=wrong)
        assert demo_path.read_bytes() == before
    result = restore_backup(backup, demo_path, passphrase=PASSPHRASE)
    assert not demo_path.read_bytes().startswith(HEADER)  # still encrypted
    db = open_database(demo_path, passphrase=PASSPHRASE)
    try:
        assert db.run(lambda s: s.query(Municipality).one().name) == old_name
    finally:
        db.close()
    assert result.replaced_copy is not None and result.replaced_copy.read_bytes() == before


def test_encryption_on_and_off_keeps_the_database_permissions(demo_path: Path) -> None:
    """The encrypted copy is written owner-only, then takes the file's place with the file's own
    permissions (a database in a shared folder stays usable by the group)."""
    import stat

    os.chmod(demo_path, 0o664)
    encrypt_database(demo_path, PASSPHRASE)
    assert stat.S_IMODE(Path(demo_path).stat().st_mode) == 0o664
