"""The engine: network paths are recognised and never use WAL; read-only engines write nothing;
awkward folder names work."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

import db.engine as engine_module
from app.errors import DatabaseOpenError
from app.storage.database import open_database
from app.storage.lock import lock_path_for
from db.engine import (
    is_network_mount,
    is_network_path,
    make_engine,
    mount_type,
    parse_macos_mount_output,
    parse_mounts,
    sqlite_path,
)

PROC_MOUNTS = """\
/dev/nvme0n1p2 / ext4 rw,relatime 0 0
proc /proc proc rw,nosuid,nodev,noexec,relatime 0 0
tmpfs /tmp tmpfs rw,nosuid,nodev 0 0
//filserver/felles /mnt/felles cifs rw,relatime,vers=3.1.1,user=kari 0 0
/dev/sdb1 /mnt/felles/lokal\\040kopi ext4 rw 0 0
filserver:/eksport/økonomi /srv/okonomi nfs4 rw,relatime,vers=4.2 0 0
kari@laptop:/home/kari /home/kari/fjern fuse.sshfs rw,nosuid,nodev 0 0
drvfs /mnt/c 9p rw,noatime,dirsync 0 0
/dev/sdc1 /media/minnepinne vfat rw 0 0
"""

MACOS_MOUNT = """\
/dev/disk3s1s1 on / (apfs, sealed, local, read-only, journaled)
//kari@filserver/Felles on /Volumes/Felles (smbfs, nodev, nosuid, mounted by kari)
filserver:/eksport on /Volumes/eksport (nfs)
/dev/disk4s1 on /Volumes/Minnepinne (msdos, local, nodev, nosuid, noowners)
"""


def test_proc_mounts_are_read_with_escapes() -> None:
    mounts = parse_mounts(PROC_MOUNTS)
    assert ("/mnt/felles/lokal kopi", "ext4") in mounts
    assert ("/srv/okonomi", "nfs4") in mounts


@pytest.mark.parametrize(("path", "network"), [
    ("/mnt/felles/styringsdialog.sdb", True),  # SMB share
    ("/mnt/felles/under/mappe/x.sdb", True),
    ("/mnt/felles/lokal kopi/x.sdb", False),  # a local disk mounted inside the share: the deepest wins
    ("/mnt/fellesområde/x.sdb", False),  # a name that only starts like the share
    ("/srv/okonomi/x.sdb", True),  # NFS
    ("/home/kari/fjern/x.sdb", True),  # sshfs
    ("/home/kari/x.sdb", False),
    ("/mnt/c/Users/kari/x.sdb", True),  # WSL's Windows drive (9p)
    ("/tmp/x.sdb", False),
    ("/media/minnepinne/x.sdb", False),
])
def test_network_mounts_on_linux(path: str, network: bool) -> None:
    assert is_network_mount(path, parse_mounts(PROC_MOUNTS)) is network


def test_network_mounts_on_macos() -> None:
    mounts = parse_macos_mount_output(MACOS_MOUNT)
    assert mount_type("/Volumes/Felles/x.sdb", mounts) == "smbfs"
    assert is_network_mount("/Volumes/Felles/x.sdb", mounts)
    assert is_network_mount("/Volumes/eksport/a/x.sdb", mounts)
    assert not is_network_mount("/Volumes/Minnepinne/x.sdb", mounts)
    assert not is_network_mount("/Users/kari/x.sdb", mounts)


def test_unc_paths_are_network_paths(tmp_path: Path) -> None:
    assert is_network_path(Path("\\\\filserver\\felles\\x.sdb"))
    assert is_network_path(Path("//filserver/felles/x.sdb"))
    assert not is_network_path(tmp_path / "x.sdb")


def journal_mode(path: Path) -> str:
    con = sqlite3.connect(path)
    try:
        return con.execute("PRAGMA journal_mode").fetchone()[0]
    finally:
        con.close()


def make_wal_file(path: Path) -> None:
    engine = make_engine(path)
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE t (x)"))
    engine.dispose()
    assert journal_mode(path) == "wal"


def test_a_network_path_never_uses_wal(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(engine_module, "is_network_path", lambda _p: True)
    engine = make_engine(tmp_path / "nett.sdb")
    with engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "delete"
        assert conn.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
    engine.dispose()


@pytest.mark.sqlite_only
def test_a_wal_file_on_a_share_is_switched_to_delete_under_the_lock(demo_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    assert journal_mode(demo_path) == "wal"
    monkeypatch.setattr(engine_module, "is_network_path", lambda _p: True)
    db = open_database(demo_path)
    db.close()
    assert journal_mode(demo_path) == "delete"


def test_a_wal_file_on_a_share_that_another_program_reads_is_refused(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "nett.sdb"
    make_wal_file(path)
    reader = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        reader.execute("SELECT * FROM t").fetchall()
        monkeypatch.setattr(engine_module, "is_network_path", lambda _p: True)
        monkeypatch.setattr(engine_module, "SQLITE_BUSY_TIMEOUT_MS", 50)
        with pytest.raises(DatabaseOpenError, match="nettverksdisk"):
            open_database(path)
    finally:
        reader.close()
    assert journal_mode(path) == "wal"
    assert not lock_path_for(path).exists()


def test_a_read_only_engine_changes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "a b#?%æ" / "x y.sdb"  # folder names that are URL syntax
    make_wal_file(path)
    engine = make_engine(path, read_only=True)
    assert sqlite_path(engine) == path
    with engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("SELECT count(*) FROM t")).scalar() == 0
    with pytest.raises(Exception, match="readonly database"), engine.begin() as conn:
        conn.execute(text("INSERT INTO t VALUES (1)"))
    engine.dispose()
    assert sorted(p.name for p in path.parent.iterdir() if p.suffix == ".sdb") == ["x y.sdb"]
