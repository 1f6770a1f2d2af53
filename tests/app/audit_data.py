"""Many audit entries at once, for the tests that the log opens fast on a large file.

Written by one SQL statement (a recursive count), so 100 000 entries take a fraction of a
second rather than the ten seconds the ORM would need.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from uuid import UUID

USERS = ("kari", "ola", "per")
START = "2024-01-01 00:00:00"
STEP_MINUTES = 15


def add_audit_rows(path: Path, count: int) -> list[str]:
    """``count`` updates of goal texts, 15 minutes apart from 1 January 2024, by kari, ola and per
    in turn; returns the goal ids (as the log stores them) they point at."""
    conn = sqlite3.connect(path)
    try:
        goals = [str(UUID(hex=r[0])) for r in conn.execute("SELECT id FROM goal ORDER BY id LIMIT 50")]
        conn.execute("CREATE TEMP TABLE g (k INTEGER PRIMARY KEY, rid TEXT)")
        conn.executemany("INSERT INTO g VALUES (?, ?)", enumerate(goals))
        conn.execute(f"""
            INSERT INTO audit_entry (id, at, user_name, action, table_name, row_id, summary, changes,
                                     created_at, updated_at, version)
            WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < {count - 1})
            SELECT lower(hex(randomblob(16))),
                   datetime('{START}', '+' || (i * {STEP_MINUTES}) || ' minutes') || '.000000',
                   CASE i % 3 WHEN 0 THEN 'kari' WHEN 1 THEN 'ola' ELSE 'per' END,
                   'update', 'goal', g.rid, 'x',
                   json_object('text', json_array('gammel tekst ' || i, 'ny tekst ' || i)),
                   '{START}', '{START}', 1
            FROM n JOIN g ON g.k = n.i % {len(goals)}
        """)
        conn.commit()
    finally:
        conn.close()
    return goals
