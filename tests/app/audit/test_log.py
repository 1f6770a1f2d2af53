"""The audit view's data: who changed what and when, in words and names, filtered, paged and
exported with the marking; and fast on a file with 100 000 entries."""

from __future__ import annotations

import argparse
import csv
import io
import json
import re
import time as clock
import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select, text

from app import formatting
from app.agreements import detail
from app.agreements import goals as agreement_goals
from app.audit import log as audit_log
from app.audit.log import AuditFilter, export_audit, iter_audit, query_audit
from app.documents.marking import DEFAULT_MARKING, workbook_marking_problems
from app.errors import AppError
from app.followup import meetings
from app.org import people
from app.storage.database import Database, open_database
from db.models import ActionItem, Agreement, AuditEntry, Meeting, Person
from db.session import unit_of_work
from tests.app.audit_data import add_audit_rows

UUID_TEXT = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
DECISION = "Vi vedtok å kutte 3 stillinger i turnusen."
NEW_GOAL = "Redusere sykefraværet til 6 % innen året er omme."


@dataclass
class Done:
    """What the fixture changed, as the user would name it."""

    unit: str
    month: int
    year: int
    agreement: str
    person_before: str
    person_after: str
    item_text: str


def _as(db: Database, user: str, fn, *args, **kwargs):  # type: ignore[no-untyped-def]
    with unit_of_work(db.sessions, user=user) as session:
        return fn(session, *args, **kwargs)


@pytest.fixture
def changed(demo_db: Database) -> Done:
    """Four users' edits through the app functions, as the window makes them."""
    with demo_db.session() as session:
        meeting = session.scalars(select(Meeting).where(Meeting.locked.is_(False), Meeting.unit_id.is_not(None))
                                  .order_by(Meeting.year, Meeting.month)).first()
        agreement = session.scalars(select(Agreement).where(Agreement.status == "draft")).first()
        person = session.scalars(select(Person).order_by(Person.family_name)).first()
        assert meeting is not None and agreement is not None and person is not None and agreement.goals
        facts = (meeting.id, meeting.unit.name, meeting.month, meeting.year, agreement.id, agreement.title,
                 agreement.goals[0].id, person.id, person.full_name, person.family_name)
    meeting_id, unit, month, year, agreement_id, title, goal_id, person_id, before, family = facts
    _as(demo_db, "kari", meetings.set_section, meeting_id, "decisions", DECISION)
    _as(demo_db, "ola", agreement_goals.update_goal, goal_id, text=NEW_GOAL)
    _as(demo_db, "kari", detail.set_confidential, agreement_id, False)
    _as(demo_db, "per", people.update_person, person_id, family_name=family + "-Berg")
    item_id = _as(demo_db, "per", meetings.add_action_item, meeting_id, "=Lag plan for bemanning")
    _as(demo_db, "per", meetings.remove_action_item, item_id)
    return Done(unit, month, year, title, before, f"{before}-Berg", "=Lag plan for bemanning")


def test_changes_are_described_with_names_not_ids(demo_db: Database, changed: Done) -> None:
    with demo_db.session() as session:
        page = query_audit(session)
    rows = page.rows[:6]  # newest first: the fixture's six changes
    described = [(r.user, r.action_text, r.kind_text, r.subject, r.change) for r in rows]
    month = audit_log.month_name(changed.month)
    assert described[5] == ("kari", "Endret", "Oppfølgingssamtale",
                            f"Oppfølgingssamtale {changed.unit} {month} {changed.year}",
                            f"Beslutninger: (tom) → «{DECISION}»")
    user, action, kind, subject, change = described[4]
    assert (user, action, kind) == ("ola", "Endret", "Mål")
    assert subject.startswith("Mål") and f"«{NEW_GOAL[:59]}" in subject and subject.endswith(changed.agreement)
    assert change.startswith("Tekst: «") and change.endswith(f"» → «{NEW_GOAL}»")
    assert described[3] == ("kari", "Endret", "Avtale", changed.agreement, "Unntatt offentlighet: ja → nei")
    assert described[2][:4] == ("per", "Endret", "Person", changed.person_after)
    assert described[2][4].startswith("Etternavn: «") and described[2][4].endswith("-Berg»")
    # The item was deleted: the entry still names it by the text it had.
    assert described[0][:4] == ("per", "Slettet", "Oppfølgingspunkt", changed.item_text)
    assert described[1][:3] == ("per", "Opprettet", "Oppfølgingspunkt")
    for row in rows:
        assert not UUID_TEXT.search(row.subject + row.change), row


def test_times_are_local_and_date_filters_take_whole_local_days(demo_db: Database,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "Europe/Oslo")
    clock.tzset()
    formatting._utc_offset.cache_clear()  # the zone changed under the cached offsets
    try:
        with demo_db.session() as session:
            # 23:30 UTC on 23 November is 00:30 on 24 November in Oslo (UTC+1 in winter).
            session.add(AuditEntry(id=uuid.uuid4(), at=datetime(2026, 11, 23, 23, 30), user_name="natt",
                                   action="update", table_name="setting", row_id="x", summary="sent", changes={}))
        with demo_db.session() as session:
            on_24 = query_audit(session, AuditFilter(date_from=date(2026, 11, 24), date_to=date(2026, 11, 24),
                                                     user="natt"))
            on_23 = query_audit(session, AuditFilter(date_to=date(2026, 11, 23), user="natt"))
        assert [r.at for r in on_24.rows] == [datetime(2026, 11, 24, 0, 30)]
        assert on_23.total == 0
    finally:
        monkeypatch.undo()
        clock.tzset()
        formatting._utc_offset.cache_clear()  # the zone changed under the cached offsets


def test_filters_by_user_kind_and_text(demo_db: Database, changed: Done) -> None:
    with demo_db.session() as session:
        by_kari = query_audit(session, AuditFilter(user="kari"))
        followup = query_audit(session, AuditFilter(kind="followup"))
        goals = query_audit(session, AuditFilter(kind="goal"))
        shouting = query_audit(session, AuditFilter(text="SYKEFRAVÆRET"))  # non-ASCII letters in upper case
        wildcard = query_audit(session, AuditFilter(text="%"))
        users = audit_log.audit_users(session)
    assert {r.user for r in by_kari.rows} == {"kari"} and by_kari.total == 2
    assert {r.table for r in followup.rows} == {"meeting", "action_item"} and followup.total == 3
    assert [r.table for r in goals.rows] == ["goal"]
    assert [r.table for r in shouting.rows] == ["goal"]
    assert wildcard.total == 1  # «%» is a character to look for, not «anything» (the goal's «6 %»)
    assert {"kari", "ola", "per"} <= set(users)
    with pytest.raises(AppError, match="Bytt om datoene"):
        query_audit(demo_db.sessions(), AuditFilter(date_from=date(2026, 2, 1), date_to=date(2026, 1, 1)))
    with pytest.raises(AppError, match="ikke en type endring"):
        AuditFilter(kind="bilder").tables()


@pytest.fixture
def big_path(demo_path: Path) -> Path:
    open_database(demo_path).close()  # the demo file as the program leaves it
    add_audit_rows(demo_path, 100_000)
    return demo_path


@pytest.mark.sqlite_only
def test_first_page_of_100000_entries_is_quick_and_uses_the_time_index(big_path: Path) -> None:
    db = open_database(big_path)
    try:
        with db.session() as session:
            page = query_audit(session)
            later = query_audit(session, AuditFilter(user="ola"), offset=600)
            plan = " ".join(str(r[-1]) for r in session.execute(text(
                "EXPLAIN QUERY PLAN SELECT * FROM audit_entry ORDER BY at DESC LIMIT 200")))
    finally:
        db.close()
    assert page.total == 100_001 and len(page.rows) == audit_log.PAGE_SIZE and page.has_more
    assert "ix_audit_entry_at" in plan and "TEMP B-TREE" not in plan  # no sort of every row
    assert page.rows[0].at > page.rows[-1].at
    assert {r.user for r in later.rows} == {"ola"} and later.offset == 600 and later.total == 33_333
    assert all(r.subject.startswith("Mål") and "ny tekst" in r.change for r in later.rows)


def test_pages_fit_together_and_iter_gives_the_same_rows(demo_db: Database, changed: Done) -> None:
    with demo_db.session() as session:
        flt = AuditFilter(kind="org")
        total = query_audit(session, flt).total
        paged = []
        for offset in range(0, total, 2):
            paged += [r.id for r in query_audit(session, flt, offset=offset, limit=2).rows]
        streamed = [r.id for r in iter_audit(session, flt, batch=3)]
    assert total >= 2 and paged == streamed and len(set(paged)) == total


def test_export_xlsx_is_marked_and_keeps_text_as_text(demo_db: Database, changed: Done, tmp_path: Path) -> None:
    with demo_db.session() as session:
        result = export_audit(session, tmp_path / "logg.xlsx")
        expected = audit_log.count_audit(session)
    wb = load_workbook(result.path)
    ws = wb.active
    assert result.rows == expected == ws.max_row - 1
    assert workbook_marking_problems(wb, DEFAULT_MARKING) == []
    assert ws.oddHeader.right.text == DEFAULT_MARKING and wb.properties.subject == DEFAULT_MARKING
    assert [c.value for c in ws[1]] == list(audit_log.EXPORT_HEADERS) and ws.freeze_panes == "A2"
    deleted = next(r for r in ws.iter_rows(min_row=2) if r[2].value == "Slettet")
    assert deleted[4].value == changed.item_text and deleted[4].data_type == "s"  # «=Lag …» is not a formula
    assert isinstance(ws["A2"].value, datetime)


def test_export_csv_starts_with_the_marking_and_defuses_formulas(demo_db: Database, changed: Done,
                                                                 tmp_path: Path) -> None:
    with demo_db.session() as session:
        result = export_audit(session, tmp_path / "logg.csv", AuditFilter(user="per"))
    data = result.path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM, so Excel reads æøå
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))
    assert rows[0] == [DEFAULT_MARKING] and rows[1] == list(audit_log.EXPORT_HEADERS)
    assert len(rows) - 2 == result.rows == 3  # per: the name, the item added, the item removed
    assert "'" + changed.item_text in [r[4] for r in rows[2:]]


@pytest.mark.sqlite_only
def test_cancelled_export_writes_nothing(big_path: Path, tmp_path: Path) -> None:
    db = open_database(big_path)
    seen: list[int] = []
    try:
        with db.session() as session:
            result = export_audit(session, tmp_path / "logg.csv",
                                  progress=lambda done, total: seen.append(done) or done < 2000)
    finally:
        db.close()
    assert result.rows == -1 and seen[-1] == 2000 and not (tmp_path / "logg.csv").exists()


def test_export_refuses_an_unknown_file_type(demo_db: Database, tmp_path: Path) -> None:
    with demo_db.session() as session, pytest.raises(AppError, match=r"\.xlsx eller \.csv"):
        export_audit(session, tmp_path / "logg.pdf")


def _audit_args(*argv: str) -> argparse.Namespace:
    from app.audit.cli import add_audit_commands

    parser = argparse.ArgumentParser(prog="styringsdialog")
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", default=argparse.SUPPRESS)
    common.add_argument("--json", action="store_true")
    add_audit_commands(parser.add_subparsers(dest="command"), common)
    return parser.parse_args(list(argv))


def test_command_line_export(demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from app.audit.cli import run_audit

    out = tmp_path / "logg.xlsx"
    assert run_audit(_audit_args("audit", "export", "--db", str(demo_path), "-o", str(out), "--from",
                                 "2020-01-01", "--user", "root", "--json")) == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed["rows"] == 1 and printed["marking"] == DEFAULT_MARKING and printed["format"] == "xlsx"
    assert load_workbook(out).active.oddHeader.right.text == DEFAULT_MARKING
    with pytest.raises(AppError, match=r"\.xlsx eller \.csv"):
        run_audit(_audit_args("audit", "export", "--db", str(demo_path), "-o", str(tmp_path / "x.txt")))
    with pytest.raises(AppError, match="ikke en type endring"):
        run_audit(_audit_args("audit", "export", "--db", str(demo_path), "-o", str(out), "--kind", "bilder"))
    with pytest.raises(SystemExit):
        _audit_args("audit", "export", "-o", str(out), "--from", "1. mai")


@pytest.mark.skipif("audit" not in __import__("app.cli", fromlist=["x"]).COMMANDS,
                    reason="app.cli has no «audit» command yet (two lines described in the report)")
def test_styringsdialog_audit_export(demo_path: Path, tmp_path: Path) -> None:
    from ui.main import main

    assert main(["audit", "export", "--db", str(demo_path), "-o", str(tmp_path / "logg.csv")]) == 0
    assert (tmp_path / "logg.csv").read_text(encoding="utf-8-sig").splitlines()[0] == DEFAULT_MARKING


def test_yesterday_filter_excludes_today(demo_db: Database, changed: Done) -> None:
    yesterday = date.today() - timedelta(days=1)
    with demo_db.session() as session:
        assert query_audit(session, AuditFilter(date_to=yesterday, user="kari")).total == 0
        assert query_audit(session, AuditFilter(date_from=date.today(), user="kari")).total == 2


def test_action_item_rows_still_exist_for_the_other_entries(demo_db: Database, changed: Done) -> None:
    # The deleted item is gone from its table; the entries about it are what is left of it.
    with demo_db.session() as session:
        texts = session.scalars(select(ActionItem.text)).all()
    assert changed.item_text not in texts
