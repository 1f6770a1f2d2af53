"""The bulk write of an import's lines: on PostgreSQL by COPY on the session's own connection, on
SQLite by the driver's executemany. Both fill every column as the ORM would, store the text
exactly, and belong to the import's transaction.

Expected figures are computed here from the values written to the file, never by the importer.
"""

from __future__ import annotations

import random
import uuid
from pathlib import Path

import pytest
from sqlalchemy import event, func, select

from app.budget import importer
from app.budget.importer import LINE_COLUMNS, import_budget, plan_budget_import
from app.storage.database import Database
from db.models import BudgetLine, BudgetSet

# Text a spreadsheet cell may hold that means something to COPY's text format or to SQL.
AWKWARD_TEXTS = ("Lønn\tlærere", "linje 1\nlinje 2", "vogn\r\nretur", "C:\\Regnskap\\2026", "\\N", "\\.", "O'Brien",
                 "æøå ÆØÅ «»", "")


def accounts_csv(path: Path, lines: int, seed: int = 9) -> tuple[Path, int]:
    """A semicolon CSV of ``lines`` lines, and the sum of its amounts in øre."""
    rng = random.Random(seed)
    total = 0
    rows = ["Ansvar;Art;Funksjon;Prosjekt;Periode;Beløp;Tekst"]
    for i in range(lines):
        ore = rng.randint(-5_000_000, 50_000_000)
        total += ore
        kroner, cents = divmod(abs(ore), 100)
        amount = f"{'-' if ore < 0 else ''}{kroner},{cents:02d}"
        text = AWKWARD_TEXTS[i % len(AWKWARD_TEXTS)]
        quoted = '"' + text.replace('"', '""') + '"'
        rows.append(f"{rng.randint(1000, 1400)};{rng.choice(('10100', '11000', '12000'))};"
                    f"{rng.choice(('202', '221', '254'))};{rng.choice(('', '7001'))};{i % 12 + 1};{amount};{quoted}")
    path.write_text("\r\n".join(rows) + "\r\n", encoding="utf-8", newline="")
    return path, total


def test_every_column_is_filled_and_text_is_stored_exactly(tmp_path: Path, empty_db: Database) -> None:
    assert set(LINE_COLUMNS) == {c.name for c in BudgetLine.__table__.columns}  # a new column must be added there
    path, total = accounts_csv(tmp_path / "regnskap.csv", 60)
    plan = plan_budget_import(path)
    assert not plan.problems and plan.total_ore == total
    with empty_db.session() as session:
        result = import_budget(session, plan, set_name="Regnskap", kind="regnskap", year=2026)
    with empty_db.session() as session:
        budget_set = session.get(BudgetSet, result.set_id)
        lines = session.scalars(select(BudgetLine)).all()
        assert len(lines) == 60 and len({line.id for line in lines}) == 60
        for line in lines:
            assert line.id.version == 4 and line.version == 1 and line.budget_set_id == budget_set.id
            assert line.created_at == line.updated_at == budget_set.imported_at
            assert all(getattr(line, c) is not None for c in LINE_COLUMNS)
        stored = sorted((line.ansvar, line.art, line.funksjon, line.prosjekt, line.period, line.amount_ore, line.text)
                        for line in lines)
        assert stored == sorted(tuple(v for k, v in plan.lines.line(i).items() if k != "row") for i in range(60))
        assert {line.text for line in lines} == set(AWKWARD_TEXTS)
        # The ORM's own update works on a bulk-written row (version 1 → 2).
        lines[0].text = "rettet"
        session.flush()
        assert lines[0].version == 2


def test_an_import_rolled_back_after_its_lines_are_written_leaves_nothing(tmp_path: Path,
                                                                          empty_db: Database) -> None:
    path, _total = accounts_csv(tmp_path / "regnskap.csv", 500)
    plan = plan_budget_import(path)
    with pytest.raises(RuntimeError, match="avbrutt"), empty_db.session() as session:
        import_budget(session, plan, set_name="Regnskap", kind="regnskap", year=2026)
        # Written in this transaction, and seen by it ...
        assert session.scalar(select(func.count()).select_from(BudgetLine)) == 500
        raise RuntimeError("avbrutt")  # ... until something later in the same action fails
    with empty_db.session() as session:
        assert session.scalar(select(func.count()).select_from(BudgetLine)) == 0
        assert session.scalar(select(func.count()).select_from(BudgetSet)) == 0


@pytest.mark.postgres_only
def test_postgresql_imports_20000_lines_by_copy(tmp_path: Path, empty_db: Database,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    copies: list[int] = []
    copy_lines = importer._copy_lines

    def spy(driver: object, table: str, set_id: uuid.UUID, lines: importer.BudgetLines, now: object) -> None:
        copies.append(len(lines))
        copy_lines(driver, table, set_id, lines, now)

    monkeypatch.setattr(importer, "_copy_lines", spy)
    statements: list[str] = []

    def remember(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        statements.append(statement)

    event.listen(empty_db.engine, "before_cursor_execute", remember)
    try:
        path, total = accounts_csv(tmp_path / "stor.csv", 20_000, seed=20)
        with empty_db.session() as session:
            result = import_budget(session, plan_budget_import(path), set_name="Stor", kind="regnskap", year=2026)
    finally:
        event.remove(empty_db.engine, "before_cursor_execute", remember)
    assert copies == [20_000]
    assert not [s for s in statements if "INSERT INTO budget_line" in s]  # no line went in by INSERT
    assert (result.lines, result.total_ore) == (20_000, total)
    with empty_db.session() as session:
        count, amount = session.execute(select(func.count(), func.sum(BudgetLine.amount_ore))
                                        .where(BudgetLine.budget_set_id == result.set_id)).one()
    assert (count, amount) == (20_000, total)
