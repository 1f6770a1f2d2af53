"""Search across every follow-up note, action item and goal comment.

The GUI and the CLI call ``search_notes``; how the words are found is this module's
business. On SQLite it is the FTS5 index kept by ``db.search_index``; on PostgreSQL its own
text search over the GIN indexes of ``db.search_pg``; another database falls back to
``like_search``, which is also the peer the benchmark compares against. Both indexes give the
same answers: every word must be there, the start of a word is enough, æ, ø and å are
letters of their own, best hits first, each with the field it was found in and a snippet.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass

from sqlalchemy import or_, select, text
from sqlalchemy.orm import Session

from app.org.queries import current_version
from db import search_pg
from db.models import ActionItem, Meeting, MeetingGoalStatus, Unit
from db.search_index import FTS_TABLE, GOAL_COLUMN, INDEX_COLUMNS, ITEM_COLUMN, KEY_TABLE, SECTION_COLUMNS

MARK_START, MARK_END = "\u0002", "\u0003"  # around a hit in a snippet; the GUI turns them into bold
WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class SearchHit:
    meeting_id: uuid.UUID
    unit: str
    year: int
    month: int
    field: str  # a section key, "item" or "goal"
    source_id: uuid.UUID  # the meeting, action item or goal status the words are in
    snippet: str  # with MARK_START/MARK_END around the words found


def words(query: str) -> list[str]:
    return WORD.findall(query.lower())


def fts_query(query: str) -> str:
    """Every word must be there; each may be the start of a longer word («budsj» finds «budsjett»)."""
    return " AND ".join(f'"{w}"*' for w in words(query))


def _unit_names(session: Session, lineage_ids: set[uuid.UUID]) -> dict[uuid.UUID, str]:
    version = current_version(session)
    if version is None or not lineage_ids:
        return {}
    return dict(session.execute(select(Unit.lineage_id, Unit.name).where(
        Unit.org_version_id == version.id, Unit.lineage_id.in_(lineage_ids))).all())


def _meetings(session: Session, ids: set[uuid.UUID]) -> dict[uuid.UUID, tuple]:
    rows = session.execute(select(Meeting.id, Meeting.unit_lineage_id, Meeting.year, Meeting.month, Unit.name)
                           .outerjoin(Unit, Unit.id == Meeting.unit_id).where(Meeting.id.in_(ids))).all()
    return {r[0]: r for r in rows}


def search_notes(session: Session, query: str, *, limit: int = 100) -> list[SearchHit]:
    """The best hits for the words in ``query``, most relevant first."""
    if not words(query):
        return []
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        statement = _PG_SERVER_SEARCH if _has_search_function(session) else _PG_SEARCH
        rows = session.execute(text(statement), {
            "q": search_pg.tsquery_text(words(query)), "n": limit,
            "opts": f"StartSel={MARK_START}, StopSel={MARK_END}, HighlightAll=true"}).all()
    elif dialect == "sqlite":
        columns = ", ".join(f"highlight({FTS_TABLE}, {i}, :a, :b)" for i in range(len(INDEX_COLUMNS)))
        rows = session.execute(text(
            f"SELECT k.source_id, k.meeting_id, {columns} FROM {FTS_TABLE} f "
            f"JOIN {KEY_TABLE} k ON k.fts_rowid = f.rowid "
            f"WHERE {FTS_TABLE} MATCH :q ORDER BY rank LIMIT :n"
        ), {"q": fts_query(query), "n": limit, "a": MARK_START, "b": MARK_END}).all()
    else:
        return like_search(session, query, limit=limit)
    found: list[tuple[uuid.UUID, uuid.UUID, str, str]] = []
    for row in rows:
        texts = row[2:]
        # The field is the first column a word was found in, as the index orders them.
        col = next((i for i, t in enumerate(texts) if t and MARK_START in t), None)
        if col is None:
            continue
        found.append((_uuid(row[0]), _uuid(row[1]), INDEX_COLUMNS[col], snippet_of(texts[col])))
    return _hits(session, found)


def _uuid(value: uuid.UUID | str) -> uuid.UUID:
    return value if isinstance(value, uuid.UUID) else uuid.UUID(value)


def _pg_search_sql(found: str) -> str:
    """One statement: the best ``:n`` rows of the three tables (``found``: each found through the
    GIN index on its ``followup_fts`` column and ranked by ``ts_rank``, normalised by the text's
    length as FTS5's bm25 is); then the whole text of each hit with the words marked, one column
    per field in ``INDEX_COLUMNS`` order, as SQLite's ``highlight`` gives them. ``:q`` is
    ``to_tsquery`` input from ``search_pg.tsquery_text``: the user's words are never SQL."""
    query = f"to_tsquery('{search_pg.CONFIG}', :q)"
    texts = [f"m.sections ->> '{key}'" for key in SECTION_COLUMNS] + ["a.text", "g.comment"]
    headlines = ", ".join(f"ts_headline('{search_pg.CONFIG}', {t}, {query}, :opts)" for t in texts)
    joins = " ".join(f"LEFT JOIN {table} {alias} ON h.kind = '{alias}' AND {alias}.id = h.source_id"
                     for table, alias in (("meeting", "m"), ("action_item", "a"), ("meeting_goal_status", "g")))
    return (f"WITH hit AS ({found}) "
            f"SELECT h.source_id, h.meeting_id, {headlines} FROM hit h {joins} ORDER BY h.rank DESC, h.source_id")


# A plain database: the hits straight from the tables. A shared server: through its search
# function, which uses the indexes under row-level security (db/search_pg.SEARCH_FUNCTION).
_PG_SEARCH = _pg_search_sql(search_pg.hits_sql(f"to_tsquery('{search_pg.CONFIG}', :q)", ":n"))
_PG_SERVER_SEARCH = _pg_search_sql(f"SELECT * FROM {search_pg.SEARCH_FUNCTION}(:q, :n)")


def _has_search_function(session: Session) -> bool:
    return bool(session.execute(text("SELECT to_regproc(:f) IS NOT NULL"),
                                {"f": f"public.{search_pg.SEARCH_FUNCTION}"}).scalar())


def _hits(session: Session, found: list[tuple[uuid.UUID, uuid.UUID, str, str]]) -> list[SearchHit]:
    meetings = _meetings(session, {m for _s, m, _f, _t in found})
    missing_names = {m[1] for m in meetings.values() if m[4] is None and m[1] is not None}
    names = _unit_names(session, missing_names)
    hits = []
    for source_id, meeting_id, field, snippet in found:
        m = meetings.get(meeting_id)
        if m is None:
            continue
        hits.append(SearchHit(meeting_id, m[4] or names.get(m[1], ""), m[2], m[3], field, source_id, snippet))
    return hits


def snippet_of(marked: str, width: int = 160) -> str:
    """A window of the text around the first hit, on word boundaries, with «…» where cut."""
    flat = " ".join(marked.split())
    start = flat.find(MARK_START)
    if len(flat) <= width or start < 0:
        return flat
    left = max(0, start - width // 3)
    right = min(len(flat), left + width)
    if left > 0:
        space = flat.find(" ", left)
        left = space + 1 if 0 <= space < start else left
    if right < len(flat):
        space = flat.rfind(" ", left, right)
        right = space if space > start else right
    return ("…" if left > 0 else "") + flat[left:right] + ("…" if right < len(flat) else "")


def _mark(value: str, terms: list[str]) -> str:
    pattern = re.compile("|".join(re.escape(t) for t in terms), re.IGNORECASE)
    return pattern.sub(lambda m: f"{MARK_START}{m.group(0)}{MARK_END}", value)


def like_search(session: Session, query: str, *, limit: int = 100) -> list[SearchHit]:
    """The plain way: ``LIKE '%word%'`` on every text (the benchmark's peer, and the fallback)."""
    terms = words(query)
    if not terms:
        return []
    found: list[tuple[uuid.UUID, uuid.UUID, str, str]] = []
    # Each section on its own: the stored JSON escapes æ, ø and å, so the raw column will not do.
    sections = [Meeting.sections[key].as_string() for key in SECTION_COLUMNS]
    meeting_rows = session.execute(select(Meeting.id, Meeting.sections).where(
        *[or_(*[s.ilike(f"%{t}%") for s in sections]) for t in terms]).limit(limit)).all()
    for meeting_id, sections in meeting_rows:
        for key in SECTION_COLUMNS:
            value = str((sections or {}).get(key) or "")
            if all(t in value.lower() for t in terms):
                found.append((meeting_id, meeting_id, key, snippet_of(_mark(value, terms))))
                break
    item_rows = session.execute(select(ActionItem.id, ActionItem.meeting_id, ActionItem.text).where(
        *[ActionItem.text.ilike(f"%{t}%") for t in terms]).limit(limit)).all()
    found += [(i, m, ITEM_COLUMN, snippet_of(_mark(t, terms))) for i, m, t in item_rows]
    goal_rows = session.execute(select(MeetingGoalStatus.id, MeetingGoalStatus.meeting_id, MeetingGoalStatus.comment)
                                .where(*[MeetingGoalStatus.comment.ilike(f"%{t}%") for t in terms])
                                .limit(limit)).all()
    found += [(i, m, GOAL_COLUMN, snippet_of(_mark(t, terms))) for i, m, t in goal_rows]
    return _hits(session, found[:limit])
