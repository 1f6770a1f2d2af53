"""Moving a desktop file up to the server: every table copied in one transaction, checked by row
counts and checksums on both sides."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from app.agreements.overview import list_agreements
from app.cli import build_parser, run
from app.server import admin as server
from app.storage.database import open_database
from tests import postgres
from tests.server.conftest import ServerDb, drop_roles, initialised_server, new_prefix

pytestmark = pytest.mark.postgres_only


@pytest.fixture
def empty_server() -> Iterator[ServerDb]:
    """A new database with ``server init`` and no data (the built-in templates only)."""
    with initialised_server() as sdb:
        yield sdb


def _execute(sdb: ServerDb, sql: str) -> list:
    engine = create_engine(server.server_url(sdb.url))
    try:
        with engine.begin() as conn:
            return conn.execute(text(sql)).all()
    finally:
        engine.dispose()


def _sqlite_count(path: Path, table: str) -> int:
    with sqlite3.connect(path) as conn:
        return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def test_upload_of_the_demo_file_matches_every_table(demo_file: Path, empty_server: ServerDb) -> None:
    result = server.upload(demo_file, empty_server.url)
    assert result.ok
    assert [t.table for t in result.tables] == [t.name for t in server.data_tables()]
    by_table = {t.table: t for t in result.tables}
    # The figures are the file's own: counted here with sqlite3, not through the program.
    for table in ("budget_line", "meeting", "action_item", "agreement", "audit_entry", "person", "unit"):
        assert by_table[table].source_rows == _sqlite_count(demo_file, table) == by_table[table].target_rows > 0
    assert by_table["budget_line"].source_sha256 == by_table["budget_line"].target_sha256
    assert "search_key" not in by_table and not any(t.startswith("followup_fts") for t in by_table)
    server_rows = _execute(empty_server, "SELECT count(*) FROM budget_line")[0][0]
    assert server_rows == _sqlite_count(demo_file, "budget_line")

    # The program reads the same agreements from the server as from the file, and so does verify.
    local = open_database(demo_file)
    remote = open_database(empty_server.url)
    try:
        titles = [sorted(r.title for r in db.run(list_agreements)) for db in (local, remote)]
        assert titles[0] == titles[1] and titles[0]
    finally:
        local.close()
        remote.close()
    again = server.verify(demo_file, empty_server.url)
    assert again.ok and [(t.source_sha256, t.target_rows) for t in again.tables] == \
        [(t.source_sha256, t.target_rows) for t in result.tables]


def test_verify_finds_a_changed_value_and_a_missing_row(demo_file: Path, empty_server: ServerDb) -> None:
    server.upload(demo_file, empty_server.url)
    _execute(empty_server, "UPDATE budget_line SET amount_ore = amount_ore + 1 "
                           "WHERE id = (SELECT id FROM budget_line ORDER BY id LIMIT 1) RETURNING 1")
    _execute(empty_server, "DELETE FROM assessment WHERE id = (SELECT id FROM assessment ORDER BY id LIMIT 1) "
                           "RETURNING 1")
    result = server.verify(demo_file, empty_server.url)
    bad = {t.table: t for t in result.tables if not t.ok}
    assert set(bad) == {"budget_line", "assessment"}
    assert bad["budget_line"].source_rows == bad["budget_line"].target_rows  # caught by the checksum alone
    assert bad["assessment"].target_rows == bad["assessment"].source_rows - 1


def test_upload_refuses_a_target_with_data_unless_replace(demo_file: Path, empty_server: ServerDb) -> None:
    _execute(empty_server, "INSERT INTO setting (id, created_at, updated_at, version, key, value) VALUES "
                           "(gen_random_uuid(), now(), now(), 1, 'noe', '1') RETURNING 1")
    server.grant_user(empty_server.url, empty_server.login("rad"), "radmann")
    with pytest.raises(server.ServerError, match="setting"):
        server.upload(demo_file, empty_server.url)
    replaced = server.upload(demo_file, empty_server.url, replace=True)
    assert replaced.ok and _execute(empty_server, "SELECT count(*) FROM setting")[0][0] == _sqlite_count(demo_file,
                                                                                                       "setting")
    assert [u.login for u in server.list_users(empty_server.url)] == [empty_server.login("rad")]  # grants kept


def test_a_difference_found_before_commit_leaves_the_server_empty(demo_file: Path, empty_server: ServerDb,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    real = server.server_lines

    def lossy(conn, table):  # type: ignore[no-untyped-def]
        lines = real(conn, table)
        return lines[1:] if table.name == "meeting" else lines  # as if a row had been lost on the way

    monkeypatch.setattr(server, "server_lines", lossy)
    with pytest.raises(server.VerifyError) as err:
        server.upload(demo_file, empty_server.url)
    assert [t.table for t in err.value.result.tables if not t.ok] == ["meeting"]
    assert _execute(empty_server, "SELECT count(*) FROM meeting")[0][0] == 0
    assert _execute(empty_server, "SELECT count(*) FROM budget_line")[0][0] == 0


def test_upload_needs_server_init_first(demo_file: Path) -> None:
    name = postgres.create_database("srv")
    try:
        with pytest.raises(server.ServerError, match="server init"):
            server.upload(demo_file, postgres.database_url(name))
    finally:
        postgres.drop_database(name)


def test_the_command_line_sets_up_grants_uploads_and_verifies(demo_file: Path, capsys: pytest.CaptureFixture[str]
                                                              ) -> None:
    prefix = new_prefix()
    name = postgres.create_database("srv")
    url = postgres.database_url(name)
    try:
        def cli(*argv: str) -> tuple[int, dict]:
            code = run(build_parser().parse_args(["server", *argv, "--db", url, "--json"]))
            out = capsys.readouterr()
            return code, json.loads(out.out) if out.out.strip() else {"stderr": out.err}

        code, init = cli("init", "--role-prefix", prefix)
        assert code == 0 and init["prefix"] == prefix and "agreement" in init["tables_with_rls"]
        code, up = cli("upload", "--from", str(demo_file))
        assert code == 0 and up["ok"] and up["rows"] == sum(t["target_rows"] for t in up["tables"])
        code, granted = cli("grant", f"{prefix}_leder", "--role", "enhetsleder", "--unit", "2100")
        assert code == 0 and granted["visible_units"] == ["Lindvik ungdomsskole"]
        code, users = cli("users")
        assert code == 0 and [u["login"] for u in users["users"]] == [f"{prefix}_leder"]
        code, checked = cli("verify", "--from", str(demo_file))
        assert code == 0 and checked["ok"]
        code, refused = cli("upload", "--from", str(demo_file))
        assert code == 1 and "--replace" in refused["stderr"]
    finally:
        postgres.drop_database(name)
        drop_roles(prefix)
