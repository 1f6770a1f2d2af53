"""A package made before a schema upgrade is upgraded first (on a private copy; the file itself
is never changed), then merged into the upgraded office.

No migration after the package format's own (0009) exists yet, so the test gives the program one:
the real migrations plus a revision 0010 that really changes data the package holds (goal
categories to their key form, «Generelle krav» → «generelle_krav»). A package made by today's
program is then a package from an older schema, as one taken to a seminar before an upgrade
would be."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

import db.migrate
from app.seminar.package import Selection
from app.seminar.service import make_package, merge_package, preview_merge
from app.storage.database import open_database
from db import cipher
from db.models import CommonRequirement, Goal

pytestmark = pytest.mark.sqlite_only
PASS = "samling-passord-1"
NEXT = '''"""goal and requirement categories in key form (a test's revision after the package format)

Revision ID: 0010
Revises: 0009
"""

from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    for table in ("goal", "common_requirement"):
        op.execute(f"UPDATE {table} SET category = lower(replace(category, ' ', '_'))")


def downgrade() -> None:
    pass
'''


def package_revision(path: Path) -> str:
    conn = cipher.connect(path, PASS)
    try:
        return str(conn.execute("SELECT version_num FROM alembic_version").fetchone()[0])
    finally:
        conn.close()


def test_a_package_from_before_a_schema_upgrade_is_upgraded_first_and_merges(
        demo_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # At the office, before the upgrade: a goal in the old category form, then the package.
    office = open_database(demo_path)
    try:
        with office.session() as session:
            goal = session.scalars(select(Goal).order_by(Goal.id)).first()
            goal.category = "Generelle krav"
            goal_id = goal.id
        package = make_package(office, tmp_path / "samling.sdbpkg", PASS, Selection()).path
    finally:
        office.close()
    made_at = package_revision(package)
    assert made_at == db.migrate.head_revision() == "0009"

    # At the seminar (the old program): the goal reworded, a requirement in the old category form.
    pkg = open_database(package, passphrase=PASS)
    try:
        with pkg.session() as session:
            session.get(Goal, goal_id).text = "Samlingens formulering"
            session.add(CommonRequirement(period_start=date(2027, 1, 1), period_end=date(2027, 12, 31),
                                          category="Generelle krav", text="Alle ledere følger opp sykefraværet"))
    finally:
        pkg.close()

    # Meanwhile the program is upgraded: its schema has a revision more than the package's.
    migrations = tmp_path / "migrations"
    shutil.copytree(db.migrate.MIGRATIONS_DIR, migrations, ignore=shutil.ignore_patterns("__pycache__"))
    (migrations / "versions" / "0010_categories_in_key_form.py").write_text(NEXT, encoding="utf-8")
    monkeypatch.setattr(db.migrate, "MIGRATIONS_DIR", migrations)
    assert db.migrate.head_revision() == "0010"
    package_bytes = package.read_bytes()

    office = open_database(demo_path)  # the office file is upgraded on open, as always
    try:
        with office.session() as session:
            assert session.get(Goal, goal_id).category == "generelle_krav"
        plan = preview_merge(office, package, PASS)
        assert plan.upgraded_from == "0009"
        # Upgraded first: the new requirement is in the new form, and the category the upgrade
        # rewrote on both sides is neither a change nor a conflict.
        assert plan.conflicts == []
        assert sorted((c.kind, c.name, tuple(c.field_labels())) for c in plan.changes) == [
            ("endret mål", "Samlingens formulering", ("tekst",)),
            ("nytt felles krav", "Alle ledere følger opp sykefraværet", ()),
        ]
        new = next(c for c in plan.changes if c.table == "common_requirement")
        assert new.values["category"] == "generelle_krav"
        merge_package(office, package, PASS)
        with office.session() as session:
            assert session.get(Goal, goal_id).text == "Samlingens formulering"
            assert session.scalars(select(CommonRequirement.category).where(
                CommonRequirement.text == "Alle ledere følger opp sykefraværet")).one() == "generelle_krav"
    finally:
        office.close()
    # The package file itself was only read: still the old schema, byte for byte.
    assert package.read_bytes() == package_bytes and package_revision(package) == "0009"
