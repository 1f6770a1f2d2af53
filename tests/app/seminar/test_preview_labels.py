"""The merge preview names every kind and field in bokmål, in the window and in
``package merge --preview`` alike; only ``--json`` keeps the columns' own names (the issue's contract)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Boolean, Date, Integer, Numeric, String, Text, select, update

from app.seminar.labels import FIELD_LABELS, NOUNS, TABLE_FIELD_LABELS, field_label
from app.seminar.merge import MergePlan, preview_lines
from app.seminar.notes import ActionDraft, write_note
from app.seminar.package import META_COLUMNS, REFERENCE_TABLES, Selection, data_tables
from app.seminar.service import make_package, preview_merge
from app.storage.database import open_database
from db.models import CommonRequirement, Goal, NetworkMembership
from ui.main import main

pytestmark = pytest.mark.sqlite_only
PASS = "samling-passord-1"
# Column names that are bokmål words as they stand (a label may be the same word).
ALSO_BOKMAL = frozenset({"status", "person"})


def mergeable() -> list[Any]:
    return [t for t in data_tables() if t.name not in REFERENCE_TABLES]


def raw_names() -> set[str]:
    return {c.name for t in data_tables() for c in t.columns} | {t.name for t in data_tables()}


def unreadable(label: str) -> bool:
    """A label a user should not have to read: a column's or table's own name, or with «_» in it."""
    return "_" in label or (label in raw_names() and label not in ALSO_BOKMAL)


def test_every_column_and_table_a_package_can_merge_has_a_bokmal_label() -> None:
    missing = [f"{t.name}.{c.name}" for t in mergeable() for c in t.columns
               if c.name not in META_COLUMNS and c.name not in FIELD_LABELS
               and (t.name, c.name) not in TABLE_FIELD_LABELS]
    assert missing == []
    assert [t.name for t in mergeable() if t.name not in NOUNS] == []
    labels = [*FIELD_LABELS.values(), *TABLE_FIELD_LABELS.values(), *(n for n, _ in NOUNS.values())]
    assert [label for label in labels if unreadable(label)] == []


def _changed(value: Any, column: Any) -> Any:
    """Another value of the column's type, or None when the column is not one to change blindly."""
    kind = column.type
    if column.foreign_keys or column.primary_key or column.unique or getattr(kind, "enums", None):
        return None
    if isinstance(kind, Boolean):
        return not value if value is not None else True
    if isinstance(kind, Numeric):
        return (value or Decimal(0)) + 1
    if isinstance(kind, Integer):
        return (value or 0) + 1
    if isinstance(kind, Date):
        return (value or date(2027, 1, 1)) + timedelta(days=1)
    if isinstance(kind, (String, Text)) and not getattr(kind, "enums", None):
        text = f"{value or ''} (samlingen)"
        return text if not getattr(kind, "length", None) or len(text) <= kind.length else None
    return None


def change_every_column(session: Any) -> set[str]:
    """In the package: one row of every mergeable table gets every plain column changed (each
    column on its own, kept only where the schema takes it). Returns «table.column» changed."""
    conn = session.connection()
    done: set[str] = set()
    for table in mergeable():
        row = conn.execute(select(table).order_by(table.c.id).limit(1)).first()
        if row is None:
            continue
        for column in table.columns:
            if column.name in META_COLUMNS:
                continue
            value = _changed(row._mapping[column.name], column)
            if value is None:
                continue
            savepoint = conn.begin_nested()
            try:
                conn.execute(update(table).where(table.c.id == row.id).values({column.name: value}))
                savepoint.commit()
                done.add(f"{table.name}.{column.name}")
            except Exception:  # a CHECK or a trigger refuses this value: leave the column
                savepoint.rollback()
    return done


@pytest.fixture
def every_kind(demo_path: Path, tmp_path: Path) -> Iterator[tuple[Path, set[str]]]:
    """A package of the whole demo with its notes, where something of every kind changed:
    new rows, every plain column of a row per table, a deleted row, and one conflict."""
    office = open_database(demo_path)
    try:
        package = make_package(office, tmp_path / "alt.sdbpkg", PASS, Selection(with_notes=True)).path
        with office.session() as session:  # the office changes the same goal's text: one conflict
            session.scalars(select(Goal).order_by(Goal.id)).first().text = "Kontorets formulering"
    finally:
        office.close()
    pkg = open_database(package, passphrase=PASS)
    try:
        with pkg.session() as session:
            session.delete(session.scalars(select(NetworkMembership).order_by(NetworkMembership.id)).first())
            session.add(CommonRequirement(period_start=date(2027, 1, 1), period_end=date(2027, 12, 31),
                                          category="generelle_krav", text="Alle ledere følger opp sykefraværet"))
            write_note(session, "Ledersamling dag 1", held_on=date(2027, 6, 3), decisions=["Utredes videre"],
                       actions=[ActionDraft("Utrede felles merkantil tjeneste", "Økonomisjef")])
        with pkg.session() as session:
            changed = change_every_column(session)
    finally:
        pkg.close()
    yield package, changed


def test_the_preview_names_every_kind_and_field_in_bokmal(demo_path: Path, every_kind: tuple[Path, set[str]],
                                                        capsys: pytest.CaptureFixture[str],
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    package, _changed = every_kind
    office = open_database(demo_path)
    try:
        plan: MergePlan = preview_merge(office, package, PASS)
    finally:
        office.close()
    kinds = {c.kind for c in plan.changes}
    assert {"nytt felles krav", "nytt samlingsnotat", "nytt oppfølgingspunkt fra samlingen", "endret enhet",
            "endret mål", "slettet nettverksmedlemskap"} <= kinds
    raw = {f"{c.table}.{k}" for c in plan.changes if c.op == "changed" for k in c.values}
    assert len(raw) >= 40 and {"unit.sort_order", "unit.code", "goal.sort_order"} <= raw
    assert plan.conflicts and plan.conflicts[0].field == "text"

    shown = [label for c in plan.changes for label in (c.kind, *c.field_labels())]
    shown += [x for c in plan.conflicts for x in (c.kind, field_label(c.field, c.table))]
    assert [label for label in shown if unreadable(label)] == []
    assert "rekkefølge" in shown and "tekst" in shown

    monkeypatch.setenv("STYRINGSDIALOG_PACKAGE_PASSPHRASE", PASS)
    assert main(["package", "merge", str(package), "--db", str(demo_path), "--preview"]) == 0
    text = capsys.readouterr().out
    assert text.splitlines() == preview_lines(plan)
    words = {w.strip("«»,:()") for w in text.replace(",", " ").split()}
    names_in_rows = {c.name for c in plan.changes} | {c.name for c in plan.conflicts}
    leaked = {w for w in words if unreadable(w) and not any(w in n for n in names_in_rows)}
    assert leaked == set()

    # The JSON keeps the columns' own names: it is the contract other programs read.
    assert main(["package", "merge", str(package), "--db", str(demo_path), "--preview", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert any("sort_order" in c["fields"] for c in data["changes"]) and data["conflicts"][0]["field"] == "text"


def test_a_conflicts_values_are_shown_in_words_and_the_json_keeps_them() -> None:
    from app.seminar.labels import value_text

    assert value_text("unit", "kind", "result_unit") == "resultatenhet"
    assert value_text("common_requirement", "unit_kind", "staff") == "stab"
    assert value_text("agreement", "status", "signed") == "signert"
    assert value_text("agreement", "confidential", True) == "ja"
    assert value_text("action_item", "due_date", date(2027, 9, 15)) == "15.09.2027"
    assert value_text("goal", "text", None) == "(tom)"
    assert value_text("goal", "text", "Sykefravær under 6 %") == "Sykefravær under 6 %"
