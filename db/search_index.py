"""The full-text index over follow-up notes, action items and goal comments (SQLite FTS5).

The index lives beside the ORM tables and is kept up to date by triggers, so every way of
writing (the program, the demo builder, a bulk load) keeps it right. FTS5 addresses rows by
an integer rowid; the rowids of our tables (UUID keys) may change on VACUUM, so a small
table ``search_key`` with an INTEGER PRIMARY KEY, which VACUUM keeps, maps each source row's
UUID to its row in the index. PostgreSQL has its own text search (``db.search_pg``: generated
tsvector columns with GIN indexes, migration 0005).

The tables (SQLite) and the columns and indexes (PostgreSQL) are not in the ORM metadata; their
names start with ``FTS_TABLE`` (or are ``KEY_TABLE``), and ``include_name`` tells Alembic's
comparison to leave them alone.
"""

from __future__ import annotations

# The meeting sections that are indexed; the order is the order of the index's columns.
SECTION_COLUMNS = (
    "agenda", "leader_account", "superior_view", "budget_comment", "measures", "other", "needs", "decisions",
)
ITEM_COLUMN = "item"
GOAL_COLUMN = "goal"
INDEX_COLUMNS = (*SECTION_COLUMNS, ITEM_COLUMN, GOAL_COLUMN)
FTS_TABLE = "followup_fts"
KEY_TABLE = "search_key"


def is_index_table(name: str | None) -> bool:
    """Whether a table, column or index belongs to the text search (made by hand, not from the models)."""
    return bool(name) and (name == KEY_TABLE or str(name).startswith(FTS_TABLE))


def include_name(name: str | None, type_: str, _parents: object = None) -> bool:
    """Alembic's ``include_name``: compare everything but the text search's tables, columns and indexes."""
    return not (type_ in ("table", "column", "index") and is_index_table(name))


def _section_values(row: str) -> str:
    return ", ".join(f"json_extract({row}.sections, '$.{key}')" for key in SECTION_COLUMNS)


def _key_of(row: str) -> str:
    return f"(SELECT fts_rowid FROM {KEY_TABLE} WHERE source_id = {row}.id)"


def _triggers(table: str, kind: str, meeting_expr: str, columns: tuple[str, ...], values: str,
              watched: str) -> list[str]:
    cols = ", ".join(columns)
    new_values = values.format(row="NEW")
    insert = (f"INSERT INTO {KEY_TABLE}(source_id, kind, meeting_id) "
              f"VALUES (NEW.id, '{kind}', {meeting_expr.format(row='NEW')}); "
              f"INSERT INTO {FTS_TABLE}(rowid, {cols}) VALUES ({_key_of('NEW')}, {new_values});")
    return [
        f"CREATE TRIGGER {table}_fts_insert AFTER INSERT ON {table} BEGIN {insert} END",
        f"CREATE TRIGGER {table}_fts_update AFTER UPDATE OF {watched} ON {table} BEGIN "
        f"DELETE FROM {FTS_TABLE} WHERE rowid = {_key_of('OLD')}; "
        f"UPDATE {KEY_TABLE} SET meeting_id = {meeting_expr.format(row='NEW')} WHERE source_id = OLD.id; "
        f"INSERT INTO {FTS_TABLE}(rowid, {cols}) VALUES ({_key_of('NEW')}, {new_values}); END",
        f"CREATE TRIGGER {table}_fts_delete AFTER DELETE ON {table} BEGIN "
        f"DELETE FROM {FTS_TABLE} WHERE rowid = {_key_of('OLD')}; "
        f"DELETE FROM {KEY_TABLE} WHERE source_id = OLD.id; END",
    ]


def create_statements() -> list[str]:
    """DDL for the index, its key table and the triggers on the three source tables."""
    statements = [
        f"CREATE TABLE {KEY_TABLE} (fts_rowid INTEGER PRIMARY KEY, source_id CHAR(32) NOT NULL UNIQUE, "
        "kind VARCHAR(16) NOT NULL, meeting_id CHAR(32) NOT NULL)",
        f"CREATE INDEX ix_{KEY_TABLE}_meeting ON {KEY_TABLE}(meeting_id)",
        # No diacritic folding: å, æ and ø are letters of their own in Norwegian.
        f"CREATE VIRTUAL TABLE {FTS_TABLE} USING fts5({', '.join(INDEX_COLUMNS)}, "
        "tokenize = 'unicode61 remove_diacritics 0', prefix = '2 3')",
    ]
    statements += _triggers("meeting", "meeting", "{row}.id", SECTION_COLUMNS, _section_values("{row}"),
                            "sections")
    statements += _triggers("action_item", "item", "{row}.meeting_id", (ITEM_COLUMN,), "{row}.text",
                            "text, meeting_id")
    statements += _triggers("meeting_goal_status", "goal", "{row}.meeting_id", (GOAL_COLUMN,), "{row}.comment",
                            "comment, meeting_id")
    return statements


def fill_statements() -> list[str]:
    """Index what the tables already hold (used when the index is added to an existing file)."""
    cols = ", ".join(SECTION_COLUMNS)
    return [
        f"INSERT INTO {KEY_TABLE}(source_id, kind, meeting_id) SELECT id, 'meeting', id FROM meeting",
        f"INSERT INTO {KEY_TABLE}(source_id, kind, meeting_id) SELECT id, 'item', meeting_id FROM action_item",
        f"INSERT INTO {KEY_TABLE}(source_id, kind, meeting_id) SELECT id, 'goal', meeting_id "
        "FROM meeting_goal_status",
        f"INSERT INTO {FTS_TABLE}(rowid, {cols}) SELECT k.fts_rowid, {_section_values('m')} "
        f"FROM meeting m JOIN {KEY_TABLE} k ON k.source_id = m.id",
        f"INSERT INTO {FTS_TABLE}(rowid, {ITEM_COLUMN}) SELECT k.fts_rowid, a.text "
        f"FROM action_item a JOIN {KEY_TABLE} k ON k.source_id = a.id",
        f"INSERT INTO {FTS_TABLE}(rowid, {GOAL_COLUMN}) SELECT k.fts_rowid, g.comment "
        f"FROM meeting_goal_status g JOIN {KEY_TABLE} k ON k.source_id = g.id",
    ]


def drop_statements() -> list[str]:
    names = [f"{t}_fts_{op}" for t in ("meeting", "action_item", "meeting_goal_status")
             for op in ("insert", "update", "delete")]
    return [f"DROP TRIGGER IF EXISTS {n}" for n in names] + [
        f"DROP TABLE IF EXISTS {FTS_TABLE}", f"DROP TABLE IF EXISTS {KEY_TABLE}"]
