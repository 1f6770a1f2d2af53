"""Full-text search over follow-up notes on PostgreSQL: a generated tsvector column with a GIN index.

Each source table (meeting, action_item, meeting_goal_status) gets a column ``followup_fts``,
``GENERATED ALWAYS AS (to_tsvector(...)) STORED``, and a GIN index on it. PostgreSQL keeps the
column right on every insert and update, whoever writes (the program, the demo builder, a bulk
load), as the triggers do on SQLite. The column is stored, not an expression recomputed per
query: ranking reads every matching row's vector, and parsing the text of 36,000 meetings again
for each search took some 20 s where reading the stored vectors takes well under one.

The 'simple' configuration lower-cases and keeps every word as it is: no stemming and no folding
of æ, ø and å, as on SQLite. The columns and indexes are not in the ORM metadata (the models
stay the same on both databases); their names start with ``FTS_TABLE``, so
``db.search_index.include_name`` keeps Alembic's comparison away from them.
"""

from __future__ import annotations

from db.search_index import FTS_TABLE, SECTION_COLUMNS

CONFIG = "simple"
COLUMN = FTS_TABLE  # the tsvector column in each source table

# source table -> the text its vector is made from
_TEXTS = {
    # One vector over every section, as FTS5's row: the words may be in different sections.
    "meeting": " || ' ' || ".join(f"coalesce(sections ->> '{key}', '')" for key in SECTION_COLUMNS),
    "action_item": "coalesce(text, '')",
    "meeting_goal_status": "coalesce(comment, '')",
}
TABLES = tuple(_TEXTS)
INDEXES = {table: f"{FTS_TABLE}_{table}" for table in TABLES}


def create_statements() -> list[str]:
    """Add the columns (filled at once from the rows already there) and their indexes."""
    statements = []
    for table, source in _TEXTS.items():
        statements += [
            f"ALTER TABLE {table} ADD COLUMN {COLUMN} tsvector "
            f"GENERATED ALWAYS AS (to_tsvector('{CONFIG}'::regconfig, {source})) STORED",
            f"CREATE INDEX {INDEXES[table]} ON {table} USING gin ({COLUMN})",
        ]
    return statements


def drop_statements() -> list[str]:
    return [f"DROP INDEX IF EXISTS {name}" for name in INDEXES.values()] + [
        f"ALTER TABLE {table} DROP COLUMN IF EXISTS {COLUMN}" for table in TABLES]


def tsquery_text(words: list[str]) -> str:
    """``to_tsquery`` input: every word must be there, each as a prefix (``'budsj':*``).

    Each word is a quoted lexeme, so nothing in it (& | ! : < > ( ) or a quote) is read as
    operator syntax; the result goes to the database as a bound parameter, never into the SQL.
    """
    quoted = ("'" + w.replace("\\", "\\\\").replace("'", "''") + "':*" for w in words)
    return " & ".join(quoted)


# On a shared server (db/server_roles.py) the rows are behind row-level security, and PostgreSQL
# may not use an index for a condition whose operator is not LEAKPROOF (the text match «@@» is
# not) before the policies have filtered the rows: every search would read every note. So the
# hits are found by this function, which runs as the tables' owner (no row rules, the GIN
# indexes used) and applies the same visibility itself: a note, and the action items and goal
# comments in it, are found when the login sees the meeting's unit.
SEARCH_FUNCTION = "styringsdialog_search_hits"
SEARCH_RESULT = "TABLE (kind text, source_id uuid, meeting_id uuid, rank real)"


def hits_sql(query: str, limit: str, meeting_visible: str | None = None) -> str:
    """The best ``limit`` rows of the three tables whose vector matches ``query`` (SQL for a
    tsquery), as (kind, source_id, meeting_id, rank). ``meeting_visible``, with ``{m}`` for a
    meeting's alias, restricts them to the meetings it accepts."""
    sources = (("meeting", "m", "m.id"), ("action_item", "a", "a.meeting_id"),
               ("meeting_goal_status", "g", "g.meeting_id"))
    parts = []
    for table, alias, meeting in sources:
        where = f"{alias}.{COLUMN} @@ {query}"
        if meeting_visible and table == "meeting":
            where += f" AND ({meeting_visible.format(m='m')})"
        elif meeting_visible:
            where += (f" AND EXISTS (SELECT 1 FROM meeting vm WHERE vm.id = {alias}.meeting_id "
                      f"AND ({meeting_visible.format(m='vm')}))")
        parts.append(f"SELECT '{alias}'::text AS kind, {alias}.id AS source_id, {meeting} AS meeting_id, "
                     f"ts_rank({alias}.{COLUMN}, {query}, 1) AS rank FROM {table} {alias} WHERE {where}")
    return " UNION ALL ".join(parts) + f" ORDER BY rank DESC, source_id LIMIT {limit}"


def search_function_statement(meeting_visible: str) -> str:
    """The server's search function (made by ``server init`` as the owner)."""
    body = hits_sql(f"to_tsquery('{CONFIG}', $1)", "$2", meeting_visible)
    return (f"CREATE OR REPLACE FUNCTION {SEARCH_FUNCTION}(q text, n integer) RETURNS {SEARCH_RESULT} "
            "LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp "
            f"AS $fn$ {body} $fn$")
