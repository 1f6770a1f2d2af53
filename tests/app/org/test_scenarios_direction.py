"""The scenario comparison has a direction: from the current (or older) version to the other.
A unit deleted in a scenario is «removed» from today's; a rename goes from the old name to the
new; the same changes come out of ``org compare --json``."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.org import scenarios, units
from app.org.queries import current_version
from app.storage.database import open_database
from db.models import Unit
from tests.conftest import DEMO_TODAY
from ui.main import main


def _unit(session: Session, version_id: uuid.UUID, name: str) -> Unit:
    return session.scalars(select(Unit).where(Unit.org_version_id == version_id, Unit.name == name)).one()


def _make_scenario(session: Session) -> tuple[uuid.UUID, uuid.UUID]:
    current_id = current_version(session).id  # type: ignore[union-attr]
    scenario_id = scenarios.copy_version(session, current_id, "Alternativ 1").id
    units.delete_unit(session, _unit(session, scenario_id, "Åsen barnehage").id)
    root = _unit(session, scenario_id, "Rådmannen")
    units.add_unit(session, version_id=scenario_id, parent_id=root.id, name="Vollan skole", kind="result_unit")
    units.update_unit(session, _unit(session, scenario_id, "Solåsen skole").id, name="Solåsen barneskole")
    school = _unit(session, scenario_id, "Lindvik ungdomsskole")
    units.move_unit(session, _unit(session, scenario_id, "Brekka skole").id, school.id, 0)
    return current_id, scenario_id


EXPECTED = {
    "from": "Gjeldende organisasjon", "to": "Alternativ 1",
    "added": ["Vollan skole"], "removed": ["Åsen barnehage"],
    "renamed": [{"from": "Solåsen skole", "to": "Solåsen barneskole"}],
    "moved": [{"name": "Brekka skole", "from_parent": "Rådmannen", "to_parent": "Lindvik ungdomsskole"}],
    "merged": [],
}


def test_compared_from_the_scenario_the_direction_is_still_from_today(demo_path: Path) -> None:
    db = open_database(demo_path)
    try:
        with db.session() as session:
            current_id, scenario_id = _make_scenario(session)
        with db.session() as session:
            # The page compares the version shown (the scenario) with the one picked (today's).
            shown = scenarios.compare_in_order(session, scenario_id, current_id, DEMO_TODAY)
            picked = scenarios.compare_in_order(session, current_id, scenario_id, DEMO_TODAY)
            # Asked explicitly the other way, everything is mirrored.
            back = scenarios.compare_versions(session, scenario_id, current_id, DEMO_TODAY).as_json()
    finally:
        db.close()
    assert shown.as_json() == picked.as_json() == EXPECTED
    assert (shown.from_name, shown.to_name) == ("Gjeldende organisasjon", "Alternativ 1")
    assert back["added"] == ["Åsen barnehage"] and back["removed"] == ["Vollan skole"]
    assert back["renamed"] == [{"from": "Solåsen barneskole", "to": "Solåsen skole"}]
    assert back["moved"] == [{"name": "Brekka skole", "from_parent": "Lindvik ungdomsskole",
                              "to_parent": "Rådmannen"}]


def test_org_compare_prints_the_changes_as_json_and_text(demo_path: Path,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    db = open_database(demo_path)
    try:
        with db.session() as session:
            _make_scenario(session)
    finally:
        db.close()
    code = main(["org", "compare", "--db", str(demo_path), "--from", "Gjeldende organisasjon", "--to",
                 "Alternativ 1", "--json"])
    out, _ = capsys.readouterr()
    assert code == 0 and json.loads(out) == EXPECTED
    code = main(["org", "compare", "--db", str(demo_path), "--from", "Gjeldende organisasjon", "--to",
                 "Alternativ 1"])
    out, _ = capsys.readouterr()
    assert code == 0
    assert "Fra «Gjeldende organisasjon» til «Alternativ 1»:" in out
    assert "Fjernet (1): Åsen barnehage" in out and "Nye (1): Vollan skole" in out
    assert "Nytt navn (1): Solåsen skole → Solåsen barneskole" in out
    code = main(["org", "compare", "--db", str(demo_path), "--from", "Finnes ikke", "--to", "Alternativ 1"])
    _, err = capsys.readouterr()
    assert code != 0 and "Fant ingen organisasjonsversjon som heter «Finnes ikke»" in err


def test_a_scenario_copied_from_another_is_compared_from_the_one_it_was_copied_from(demo_path: Path) -> None:
    db = open_database(demo_path)
    try:
        with db.session() as session:
            _current_id, first = _make_scenario(session)
            second = scenarios.copy_version(session, first, "Alternativ 1b").id
            units.update_unit(session, _unit(session, second, "Vollan skole").id, name="Vollan oppvekstsenter")
        with db.session() as session:
            result = scenarios.compare_in_order(session, second, first, DEMO_TODAY).as_json()
    finally:
        db.close()
    assert (result["from"], result["to"]) == ("Alternativ 1", "Alternativ 1b")
    assert result["renamed"] == [{"from": "Vollan skole", "to": "Vollan oppvekstsenter"}]
    assert not result["added"] and not result["removed"]
