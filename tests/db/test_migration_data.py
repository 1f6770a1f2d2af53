"""A file from every earlier schema revision keeps all its data through the upgrade to the newest.

For each revision before head (a new migration adds a case by itself), a file is built at
exactly that revision, filled with plain SQL as that revision's program would have stored it
(every table: the organisation, people, an agreement with goals and assessments, meetings with
notes, goal statuses and action items, a budget set with lines, codes, audit entries,
settings), and opened with ``open_database``, which backs it up and upgrades it. Every row
must come through with the same values, readable through the models; the notes written before
the search index existed must be found by it; the file must pass every check.

The last tests guard the other direction: every table, column and index of the models is made
by some migration, so a model change without its migration fails here (and
tests/db/test_migrations.py compares the whole schema with Alembic's autogenerate).
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from contextlib import closing
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy import Column, Index, Integer, MetaData, String, Table, func, inspect, select

from app.followup.search import search_notes
from app.storage.database import open_database
from db.base import Base
from db.check import check_database
from db.engine import make_engine
from db.migrate import alembic_config, head_revision, migration_transaction, upgrade
from db.models import (
    ActionItem,
    Agreement,
    AuditEntry,
    BudgetLine,
    Goal,
    Meeting,
    MeetingGoalStatus,
    Municipality,
    Setting,
    Unit,
)

HEAD = head_revision()
EARLIER = sorted(s.revision for s in ScriptDirectory.from_config(alembic_config()).walk_revisions()
                 if s.revision != HEAD)
STAMP = "2026-03-01 09:30:00.000000"  # how SQLAlchemy stores a DateTime in SQLite


def ident(n: int) -> str:
    """A UUID as SQLite holds it: 32 hex digits."""
    return uuid.UUID(int=0xC0FFEE << 64 | n).hex


def uid(n: int) -> uuid.UUID:
    return uuid.UUID(hex=ident(n))


M, OV, ROOT, SCHOOL, KARI, OLA, NET, TEMPLATE, REQ, AGREEMENT, G1, G2, MARCH, APRIL, ITEM, COPY, SET = range(1, 18)
LOGO = b"\x89PNG\r\n\x1a\n" + bytes(range(256))


def _rows() -> list[tuple[str, dict[str, Any]]]:
    """Representative rows of every table, in an order the foreign keys accept."""
    definition = {
        "key": "test_resultatavtale", "language": "nb", "kind": "result",
        "goal_categories": [{"key": "faglige_krav", "title": "Faglige krav"},
                            {"key": "generelle_krav", "title": "Generelle krav felles for alle ledere"}],
        "sections": [{"key": "enhetens_mal", "title": "Enhetens mål",
                      "fields": [{"key": "unit_goals", "label": "Mål", "type": "multiline"}]}],
    }
    sections = {"agenda": "Vintervedlikehold av skolegården og leseløftet",
                "leader_account": "Sykefraværet går ned; «Les mer»-prosjektet er i gang.",
                "budget_comment": "Merforbruk på vikarer, 312 000 kr.", "decisions": "Søke om skjønnsmidler."}
    return [
        ("municipality", {"id": ident(M), "name": "Lindvik kommune", "number": "0301", "county": "Østlandet",
                          "inhabitants": 12_345, "logo_png": LOGO}),
        ("org_version", {"id": ident(OV), "municipality_id": ident(M), "name": "Gjeldende organisasjon",
                         "status": "current", "effective_from": "2025-01-01", "effective_to": None,
                         "based_on_id": None, "description": "Vedtatt i kommunestyret"}),
        ("unit", {"id": ident(ROOT), "org_version_id": ident(OV), "lineage_id": ident(101), "parent_id": None,
                  "code": "1000", "name": "Rådmannen", "short_name": "RM", "kind": "administration",
                  "sort_order": 0, "fte": 3.5, "staff_count": 4, "area_of_work": "", "services": "[]",
                  "is_external": 0, "year_type": "calendar"}),
        ("unit", {"id": ident(SCHOOL), "org_version_id": ident(OV), "lineage_id": ident(102),
                  "parent_id": ident(ROOT), "code": "2100", "name": "Lindvik skole", "short_name": "LS",
                  "kind": "result_unit", "sort_order": 1, "fte": 41.25, "staff_count": 52,
                  "area_of_work": "Grunnskole 1.–7. trinn med SFO", "services": json.dumps(["Skole", "SFO"]),
                  "is_external": 0, "year_type": "school"}),
        ("unit_ansvar", {"id": ident(201), "unit_id": ident(SCHOOL), "code": "2100", "code_to": "2199"}),
        ("person", {"id": ident(KARI), "municipality_id": ident(M), "given_name": "Kari", "family_name": "Nordmann",
                    "title": "Rektor", "email": "kari@lindvik.kommune.no", "phone": "+47 900 00 000",
                    "username": "kari"}),
        ("person", {"id": ident(OLA), "municipality_id": ident(M), "given_name": "Ola", "family_name": "Østby",
                    "title": "Kommunalsjef oppvekst", "email": "", "phone": "", "username": None}),
        ("position", {"id": ident(301), "unit_id": ident(SCHOOL), "person_id": ident(KARI), "role": "leader",
                      "title": "Rektor", "start_date": "2024-08-01", "end_date": None}),
        ("position", {"id": ident(302), "unit_id": ident(ROOT), "person_id": ident(OLA), "role": "follow_up_lead",
                      "title": "", "start_date": "2023-01-01", "end_date": "2027-12-31"}),
        ("follow_up_link", {"id": ident(401), "unit_id": ident(SCHOOL), "lead_person_id": ident(OLA),
                            "start_date": "2025-01-01", "end_date": None}),
        ("network", {"id": ident(NET), "org_version_id": ident(OV), "name": "Oppvekstnettverket",
                     "description": "Rektorer og styrere", "colour": "#2e7d32"}),
        ("network_membership", {"id": ident(501), "network_id": ident(NET), "unit_id": ident(SCHOOL),
                                "is_coordinator": 1}),
        ("agreement_template", {"id": ident(TEMPLATE), "key": "test_resultatavtale", "name": "Resultatavtale (test)",
                                "kind": "result", "language": "nb", "template_version": 1, "is_builtin": 0,
                                "based_on_id": None, "definition": json.dumps(definition)}),
        ("common_requirement", {"id": ident(REQ), "period_start": "2026-01-01", "period_end": "2026-12-31",
                                "unit_kind": "result_unit", "category": "generelle_krav",
                                "text": "Drive enheten innenfor vedtatt budsjett", "indicator": "Avvik under 1 %",
                                "evaluation": "Regnskap", "sort_order": 0}),
        ("agreement", {"id": ident(AGREEMENT), "template_id": ident(TEMPLATE), "unit_id": ident(SCHOOL),
                       "unit_lineage_id": ident(102), "leader_id": ident(KARI), "superior_id": ident(OLA),
                       "kind": "result", "title": "Resultatavtale 2026 – Lindvik skole",
                       "period_start": "2026-01-01", "period_end": "2026-12-31", "status": "signed",
                       "confidential": 1, "revision": 1, "revision_of_id": None, "previous_id": None,
                       "linked_agreement_id": None,
                       "values": json.dumps({"unit_goals": "Alle elever skal lese godt når de går ut av 4. trinn."}),
                       "signed_place": "Lindvik", "signed_by_leader_on": "2026-01-15",
                       "signed_by_superior_on": "2026-01-16", "evaluation_summary": ""}),
        ("goal", {"id": ident(G1), "agreement_id": ident(AGREEMENT), "category": "faglige_krav", "number": "1",
                  "text": "Bedre leseferdigheter på småtrinnet", "indicator": "Kartleggingsprøve over kritisk grense",
                  "evaluation": "Nasjonale prøver", "deadline": "2026-06-30",
                  "sub_goals": json.dumps([{"text": "Lesekurs for lærerne", "indicator": "", "deadline": None}]),
                  "sort_order": 0, "common_requirement_id": None, "carried_from_id": None}),
        ("goal", {"id": ident(G2), "agreement_id": ident(AGREEMENT), "category": "generelle_krav", "number": "1",
                  "text": "Drive enheten innenfor vedtatt budsjett", "indicator": "Avvik under 1 %",
                  "evaluation": "Regnskap", "deadline": None, "sub_goals": "[]", "sort_order": 1,
                  "common_requirement_id": ident(REQ), "carried_from_id": None}),
        ("assessment", {"id": ident(601), "goal_id": ident(G1), "assessor": "self", "scale": 2,
                        "comment": "Godt i gang", "assessed_on": "2026-06-01"}),
        ("meeting", {"id": ident(MARCH), "unit_id": ident(SCHOOL), "unit_lineage_id": ident(102),
                     "leader_id": ident(KARI), "superior_id": ident(OLA), "year": 2026, "month": 3,
                     "meeting_date": "2026-03-12", "status": "held", "sections": json.dumps(sections),
                     "confidential": 1, "approved_by_leader_on": "2026-03-13", "approved_by_superior_on": None,
                     "locked": 0}),
        ("meeting", {"id": ident(APRIL), "unit_id": ident(SCHOOL), "unit_lineage_id": ident(102),
                     "leader_id": ident(KARI), "superior_id": ident(OLA), "year": 2026, "month": 4,
                     "meeting_date": None, "status": "planned", "sections": "{}", "confidential": 1,
                     "approved_by_leader_on": None, "approved_by_superior_on": None, "locked": 0}),
        ("meeting_goal_status", {"id": ident(701), "meeting_id": ident(MARCH), "goal_id": ident(G1),
                                 "status": "at_risk", "comment": "Kartleggingsprøvene viser liten fremgang"}),
        ("action_item", {"id": ident(ITEM), "meeting_id": ident(MARCH), "text": "Bestille nye lesebøker til 2. trinn",
                         "owner_id": ident(KARI), "owner_text": "", "due_date": "2026-04-01", "done_on": None,
                         "carried_from_id": None, "sort_order": 0}),
        ("action_item", {"id": ident(COPY), "meeting_id": ident(APRIL), "text": "Bestille nye lesebøker til 2. trinn",
                         "owner_id": ident(KARI), "owner_text": "", "due_date": "2026-04-01", "done_on": "2026-04-20",
                         "carried_from_id": ident(ITEM), "sort_order": 0}),
        ("budget_set", {"id": ident(SET), "name": "Regnskap 2025", "kind": "regnskap", "year": 2025,
                        "period_from": 1, "period_to": 12, "source_file_name": "Regnskap 2025.xlsx",
                        "source_hash": "ab" * 32, "imported_at": STAMP, "imported_by": "kari",
                        "description": "Importert fra «Regnskap 2025.xlsx»"}),
        *[("budget_line", {"id": ident(800 + i), "budget_set_id": ident(SET), "ansvar": "2100", "art": art,
                           "funksjon": funksjon, "prosjekt": prosjekt, "period": period, "amount_ore": ore,
                           "text": text})
          for i, (art, funksjon, prosjekt, period, ore, text) in enumerate([
              ("01000", "202", "", 0, 2_345_678_901_23, "Fastlønn"),
              ("11500", "20210", "10010", 3, 1_250_00, "Lesebøker"),
              ("16200", "202", "", 12, -98_765_43, "Refusjon – sykepenger"),
          ])],
        ("kostra_code", {"id": ident(901), "code_list": "art", "code": "010", "name": "Lønn til fast ansatte",
                         "valid_from": 2020, "valid_to": None}),
        ("audit_entry", {"id": ident(902), "at": STAMP, "user_name": "kari", "action": "update",
                         "table_name": "agreement", "row_id": str(uid(AGREEMENT)), "summary": "Resultatavtale 2026",
                         "changes": json.dumps({"status": ["discussion", "signed"]})}),
        ("audit_entry", {"id": ident(903), "at": STAMP, "user_name": "kari", "action": "insert",
                         "table_name": "budget_set", "row_id": str(uid(SET)),
                         "summary": "Importerte 3 linjer fra «Regnskap 2025.xlsx»", "changes": "{}"}),
        ("setting", {"id": ident(904), "key": "deviation_threshold_percent", "value": json.dumps(5)}),
        # Reorganisation (0007): filled only in files that have its tables.
        ("reorganisation_project", {"id": ident(1101), "municipality_id": ident(M), "name": "Ny skolestruktur",
                                    "description": "Utredning", "base_version_id": ident(OV),
                                    "chosen_version_id": None, "effective_from": "2027-01-01"}),
        ("reorganisation_alternative", {"id": ident(1102), "project_id": ident(1101), "org_version_id": ident(OV),
                                        "number": 1}),
        ("unit_relation", {"id": ident(1103), "org_version_id": ident(OV), "from_unit_id": ident(ROOT),
                           "to_unit_id": ident(SCHOOL), "kind": "staff_contact", "description": "Økonomikontakt"}),
        ("role_description", {"id": ident(1104), "position_id": ident(301), "personnel": "Personalansvar",
                              "budget": "Budsjettansvar", "professional": "Fagansvar", "authority": "Fullmakter",
                              "competence": "Kompetanse"}),
        ("unit_succession", {"id": ident(1105), "org_version_id": ident(OV), "old_lineage_id": ident(101),
                             "new_lineage_id": ident(102), "kind": "merge", "effective_date": "2027-01-01"}),
        # The målekart (0008): filled only in files that have its tables.
        ("focus_area", {"id": ident(1001), "municipality_id": ident(M), "key": "medarbeidere",
                        "name_nb": "Medarbeidere", "name_nn": "Medarbeidarar", "sort_order": 2}),
        ("municipal_goal", {"id": ident(1002), "focus_area_id": ident(1001), "kind": "success_factor",
                            "text": "Nærværende ledelse", "sort_order": 0}),
        ("indicator", {"id": ident(1003), "municipality_id": ident(M), "focus_area_id": ident(1001),
                       "success_factor_id": ident(1002), "name": "Sykefravær", "measure": "%", "direction": "lower",
                       "target": 7, "yellow_limit": 8.5, "frequency": "tertial", "source": "imported",
                       "rollup": "weighted_fte", "description": "", "sort_order": 0}),
        ("unit_indicator", {"id": ident(1004), "indicator_id": ident(1003), "unit_lineage_id": ident(102),
                            "target": 6.5, "yellow_limit": None}),
        ("indicator_value", {"id": ident(1005), "indicator_id": ident(1003), "unit_lineage_id": ident(102),
                             "year": 2026, "period": 1, "value": 9.1, "comment": "Influensa i februar",
                             "source": "entered", "entered_by": "kari", "entered_at": STAMP,
                             "meeting_id": ident(MARCH)}),
        ("forecast", {"id": ident(1006), "meeting_id": ident(MARCH), "deviation_ore": 312_000_00,
                      "reason": "Vikarer ved sykefravær"}),
        ("yearly_plan", {"id": ident(1007), "agreement_id": ident(AGREEMENT), "year": 2026,
                         "period_start": "2026-01-01", "period_end": "2026-12-31",
                         "tables": json.dumps({"A": [{"text": "Sykefraværet ned til 7 %"}]}),
                         "evaluations": json.dumps([{"date": "2026-06-12", "note": "Første samtale"}])}),
    ]


def _fill(path: Path) -> None:
    with closing(sqlite3.connect(path)) as con:
        con.execute("PRAGMA foreign_keys=ON")
        present = _tables(con)
        for table, values in _rows():
            if table not in present:  # a table of a later revision
                continue
            row = {**values, "created_at": STAMP, "updated_at": STAMP, "version": 1}
            columns = ", ".join(f'"{c}"' for c in row)
            con.execute(f'INSERT INTO "{table}" ({columns}) VALUES ({", ".join("?" * len(row))})',
                        list(row.values()))
        con.commit()


def _snapshot(path: Path) -> dict[str, dict[str, dict[str, Any]]]:
    """Every row of every model table as SQLite stores it: table -> id -> column -> value."""
    with closing(sqlite3.connect(path)) as con:
        con.row_factory = sqlite3.Row
        present = _tables(con)
        return {table: {r["id"]: dict(r) for r in con.execute(f'SELECT * FROM "{table}"')}
                for table in Base.metadata.tables if table in present}


def _tables(con: sqlite3.Connection) -> set[str]:
    """The tables the file has (a file at an earlier revision lacks the later ones)."""
    return {name for (name,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def _file_at(revision: str, path: Path) -> None:
    engine = make_engine(path)
    cfg = alembic_config()
    with engine.connect() as conn, migration_transaction(conn):
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)
    engine.dispose()


def test_every_earlier_revision_is_tested() -> None:
    assert EARLIER and HEAD not in EARLIER and len(EARLIER) == int(HEAD) - 1


@pytest.mark.parametrize("revision", EARLIER)
def test_a_file_at_an_earlier_revision_keeps_every_row_through_the_upgrade(revision: str, tmp_path: Path) -> None:
    path = tmp_path / "gammel.sdb"
    _file_at(revision, path)
    _fill(path)
    before = _snapshot(path)
    assert all(before.values()), [t for t, rows in before.items() if not rows]  # every table has data

    db = open_database(path)
    try:
        assert db.migration.from_revision == revision and db.migration.to_revision == HEAD
        report = check_database(db.engine)
        assert report.ok and report.revision == HEAD, report
        backup = db.migration.backup
        assert backup is not None and _snapshot(backup) == before

        after = _snapshot(path)
        for table, rows in before.items():
            kept = {row_id: {c: after[table].get(row_id, {}).get(c) for c in row} for row_id, row in rows.items()}
            assert kept == rows, table
            # Nothing else changed; opening a file only adds the built-in templates it lacks.
            if table != "agreement_template":
                assert after[table].keys() == rows.keys(), table

        with db.session() as session:
            _read_through_the_models(session)
            # Notes written before the search index existed are in it (0003 fills it from the tables) ...
            assert _found(session, "vintervedlikehold skolegården") == {(uid(MARCH), "agenda")}
            assert _found(session, "lesebøker") == {(uid(MARCH), "item"), (uid(APRIL), "item")}
            assert _found(session, "kartleggingsprøvene") == {(uid(MARCH), "goal")}
            # ... and what is written after the upgrade gets there too: the triggers on all three
            # tables are in place (a migration copying one of them drops its triggers with it).
            session.add(ActionItem(meeting_id=uid(APRIL), text="Invitere foreldrene til lesekveld"))
            april = session.get(Meeting, uid(APRIL))
            april.sections = {"agenda": "Skolebiblioteket og leseløftet"}
            session.get(MeetingGoalStatus, uid(701)).comment = "Kartleggingen viser jevn fremgang"
        with db.session() as session:
            assert _found(session, "lesekveld") == {(uid(APRIL), "item")}
            assert _found(session, "skolebiblioteket") == {(uid(APRIL), "agenda")}
            assert _found(session, "jevn fremgang") == {(uid(MARCH), "goal")}
            assert _found(session, "kartleggingsprøvene") == set()
    finally:
        db.close()


def _found(session: Any, query: str) -> set[tuple[uuid.UUID, str]]:
    return {(hit.meeting_id, hit.field) for hit in search_notes(session, query)}


def _read_through_the_models(session: Any) -> None:
    """The stored values mean the same to the newest models."""
    assert session.get(Municipality, uid(M)).logo_png == LOGO
    school = session.get(Unit, uid(SCHOOL))
    assert (school.name, school.fte, school.services, school.parent_id) == (
        "Lindvik skole", Decimal("41.25"), ["Skole", "SFO"], uid(ROOT))
    agreement = session.get(Agreement, uid(AGREEMENT))
    assert agreement.values["unit_goals"].startswith("Alle elever skal lese godt")
    assert (agreement.period_start, agreement.signed_by_leader_on) == (date(2026, 1, 1), date(2026, 1, 15))
    assert [(g.category, g.text) for g in agreement.goals] == [
        ("faglige_krav", "Bedre leseferdigheter på småtrinnet"),
        ("generelle_krav", "Drive enheten innenfor vedtatt budsjett"),
    ]
    assert session.get(Goal, uid(G1)).assessments[0].scale == 2
    meeting = session.get(Meeting, uid(MARCH))
    assert meeting.sections["leader_account"] == "Sykefraværet går ned; «Les mer»-prosjektet er i gang."
    assert [i.text for i in meeting.action_items] == ["Bestille nye lesebøker til 2. trinn"]
    copy = session.get(ActionItem, uid(COPY))
    assert (copy.carried_from_id, copy.done_on) == (uid(ITEM), date(2026, 4, 20))
    lines = session.execute(select(func.count(), func.sum(BudgetLine.amount_ore))
                            .where(BudgetLine.budget_set_id == uid(SET))).one()
    assert tuple(lines) == (3, 2_345_678_901_23 + 1_250_00 - 98_765_43)
    assert session.scalars(select(BudgetLine.art).order_by(BudgetLine.art)).all() == ["01000", "11500", "16200"]
    audit = session.get(AuditEntry, uid(902))
    assert (audit.at.replace(tzinfo=None), audit.changes) == (datetime(2026, 3, 1, 9, 30), {
        "status": ["discussion", "signed"]})
    assert session.scalar(select(Setting.value).where(Setting.key == "deviation_threshold_percent")) == 5


# --- every model is migrated ----------------------------------------------------------------------


def _not_made_by_migrations(metadata: MetaData, engine: Any) -> list[str]:
    """Tables, columns and indexes of ``metadata`` that a database upgraded to head lacks."""
    found = inspect(engine)
    tables = set(found.get_table_names())
    missing: list[str] = []
    for table in metadata.sorted_tables:
        if table.name not in tables:
            missing.append(f"table {table.name}")
            continue
        columns = {c["name"] for c in found.get_columns(table.name)}
        missing += [f"column {table.name}.{c.name}" for c in table.columns if c.name not in columns]
        indexes = {i["name"] for i in found.get_indexes(table.name)}
        missing += [f"index {i.name}" for i in table.indexes if i.name not in indexes]
    return missing


@pytest.fixture(scope="module")
def engine_at_head(tmp_path_factory: pytest.TempPathFactory) -> Any:
    engine = make_engine(tmp_path_factory.mktemp("head") / "ny.sdb")
    upgrade(engine)
    yield engine
    engine.dispose()


def test_every_table_column_and_index_of_the_models_is_made_by_a_migration(engine_at_head: Any) -> None:
    assert _not_made_by_migrations(Base.metadata, engine_at_head) == []


def test_a_model_change_without_its_migration_is_caught(engine_at_head: Any) -> None:
    changed = MetaData(naming_convention=Base.metadata.naming_convention)
    for table in Base.metadata.sorted_tables:
        table.to_metadata(changed)
    changed.tables["unit"].append_column(Column("phone", String(40)))
    Index("ix_goal_deadline", changed.tables["goal"].c.deadline)
    Table("unit_note", changed, Column("id", Integer, primary_key=True))
    assert sorted(_not_made_by_migrations(changed, engine_at_head)) == [
        "column unit.phone", "index ix_goal_deadline", "table unit_note"]
