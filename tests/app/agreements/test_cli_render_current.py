"""``agreement render --all``: each agreement once, its current revision (walk: «39 avtaler i 39 filer» held
the replaced revision 1 of «Helse og familie» beside its revision 2)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from app.agreements import lifecycle
from app.storage.database import open_database
from db.models import Agreement, AgreementStatus, Unit
from tests.app.agreements.test_cli_agreements import run


def test_all_renders_the_current_revision_only(demo_path: Path, tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    db = open_database(demo_path)
    try:
        with db.session() as s:
            # Next year's agreement from a signed 2026 one: the 2026 one is replaced, yet still 2026's.
            old = s.scalars(select(Agreement).join(Unit, Unit.id == Agreement.unit_id).where(
                Unit.name == "Brekka skole", Agreement.kind == "result",
                Agreement.status == AgreementStatus.SIGNED)).one()
            old_id = old.id
            lifecycle.create_next(s, old_id, period_start=date(2027, 1, 1), period_end=date(2027, 12, 31))
            s.commit()
            assert s.get(Agreement, old_id).status == AgreementStatus.SUPERSEDED
    finally:
        db.close()
    code, stdout, _ = run(capsys, "agreement", "render", "--all", "--period", "2026", "--db", str(demo_path),
                          "-o", str(tmp_path / "ut"), "--format", "docx", "--json")
    assert code == 0
    data = json.loads(stdout)
    names = [Path(f).name for f in data["files"]]
    assert data["agreements"] == len(names)
    # «Helse og familie»: revision 2 only, not the revision 1 it replaced.
    assert len([n for n in names if n.startswith("2026 Helse og familie")]) == 1, names
    assert len(set(names)) == len(names)
    # Brekka skole's 2026 result agreement is there though 2027's replaced it.
    assert any(n.startswith("2026 Brekka skole") and "Lederavtale" not in n for n in names), names
    # As many as the agreements of 2026 less the revisions a newer revision replaced.
    db = open_database(demo_path)
    try:
        with db.session() as s:
            replaced = set(s.scalars(select(Agreement.revision_of_id).where(Agreement.revision_of_id.is_not(None))))
            in_2026 = [a for a in s.scalars(select(Agreement)) if a.period_start.year <= 2026 <= a.period_end.year]
    finally:
        db.close()
    assert replaced and data["agreements"] == len([a for a in in_2026 if a.id not in replaced])
