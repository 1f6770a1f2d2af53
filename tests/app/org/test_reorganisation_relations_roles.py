"""Relations beyond the tree and role descriptions: kept, copied into a proposal, carried through a merge,
and printed."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from app.org import relations, reorganisation, restructure, roles
from app.org.queries import current_version
from app.org.units import OrgError
from app.storage.database import Database
from db.models import Position, PositionRole, Unit
from tests.conftest import DEMO_TODAY


def unit_in(s, version_id, name):  # type: ignore[no-untyped-def]
    return s.scalars(select(Unit).where(Unit.org_version_id == version_id, Unit.name == name)).one()


def test_relations_are_added_listed_refused_when_wrong_and_undone(demo_db: Database) -> None:
    with demo_db.session() as s:
        v = current_version(s).id  # type: ignore[union-attr]
        staff, home, kinder = (unit_in(s, v, n) for n in ("Økonomi", "Hjemmetjenesten nord", "Solsikken barnehage"))
        purchaser = unit_in(s, v, "Helse og familie")
        rid = relations.add_relation(s, purchaser.id, home.id, "purchaser_provider", "Vedtak om hjemmetjenester")
        relations.add_relation(s, staff.id, kinder.id, "staff_contact")
        rows = relations.relations(s, v)
        assert [(r.label, r.from_name, r.to_name) for r in rows] == [
            ("Bestiller/utfører", "Helse og familie", "Hjemmetjenesten nord"),
            ("Stabskontakt", "Økonomi", "Solsikken barnehage")]
        with pytest.raises(OrgError, match="allerede"):
            relations.add_relation(s, purchaser.id, home.id, "purchaser_provider")
        with pytest.raises(OrgError, match="seg selv"):
            relations.add_relation(s, home.id, home.id, "staff_contact")
        snapshot = relations.delete_relation(s, rid)
        assert len(relations.relations(s, v)) == 1
        relations.restore_relation(s, snapshot)
        assert len(relations.relations(s, v)) == 2


def test_role_descriptions_follow_a_copy_and_a_merge_and_print(demo_db: Database, tmp_path: Path) -> None:
    with demo_db.session() as s:
        v = current_version(s).id  # type: ignore[union-attr]
        tusenfryd = unit_in(s, v, "Tusenfryd barnehage")
        leader = s.scalars(select(Position).where(Position.unit_id == tusenfryd.id,
                                                  Position.role == PositionRole.LEADER)).one()
        old = roles.set_role_description(s, leader.id, personnel="Personalansvar for 14 ansatte",
                                         budget="Budsjettansvar for ansvar 2210", competence="Barnehagelærer")
        assert old == {k: "" for k, _ in roles.FIELDS}
        relations.add_relation(s, unit_in(s, v, "Økonomi").id, tusenfryd.id, "staff_contact")
        project = reorganisation.create_project(s, "Barnehager")
        alt = reorganisation.add_alternative(s, project.id)
        copy = unit_in(s, alt.id, "Tusenfryd barnehage")
        copied = s.scalars(select(Position).where(Position.unit_id == copy.id,
                                                  Position.role == PositionRole.LEADER)).one()
        assert roles.role_description(s, copied.id)["budget"] == "Budsjettansvar for ansvar 2210"
        assert [r.to_name for r in relations.relations(s, alt.id)] == ["Tusenfryd barnehage"]
        change = restructure.merge_units(s, [unit_in(s, alt.id, "Solsikken barnehage").id, copy.id],
                                         "Sentrum barnehager", date(2027, 1, 1))
        assert s.get_one(Position, copied.id).unit_id == change.new_unit_ids[0]
        assert roles.role_description(s, copied.id)["personnel"] == "Personalansvar for 14 ansatte"
        assert [r.to_name for r in relations.relations(s, alt.id)] == ["Sentrum barnehager"]
        out = roles.write_roles_pdf(s, alt.id, DEMO_TODAY, tmp_path / "roller.pdf")
        text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(out.read_bytes())).pages)
        assert "Sentrum barnehager" in text and "Personalansvar for 14 ansatte" in text and "Forslag/utkast" in text
        assert "Ønsket kompetanse" in text and "Barnehagelærer" in text
        # undo of the text edit: set the old texts again
        roles.set_role_description(s, leader.id, **old)
        assert roles.role_description(s, leader.id) == old


def test_a_plain_scenario_copy_keeps_relations_roles_and_merges(demo_db: Database) -> None:
    from app.org import scenarios

    with demo_db.session() as s:
        v = current_version(s).id  # type: ignore[union-attr]
        leader = s.scalars(select(Position).where(Position.unit_id == unit_in(s, v, "Brekka skole").id,
                                                  Position.role == PositionRole.LEADER,
                                                  Position.end_date.is_(None))).one()
        roles.set_role_description(s, leader.id, authority="Tilsetter i egen enhet")
        relations.add_relation(s, unit_in(s, v, "Helse og familie").id, unit_in(s, v, "Hjemmetjenesten nord").id,
                               "purchaser_provider")
        first = scenarios.copy_version(s, v, "Alternativ A")
        restructure.merge_units(s, [unit_in(s, first.id, "Solsikken barnehage").id,
                                    unit_in(s, first.id, "Tusenfryd barnehage").id], "Sentrum barnehager",
                                date(2027, 1, 1))
        second = scenarios.copy_version(s, first.id, "Alternativ A2")
        assert [r.label for r in relations.relations(s, second.id)] == ["Bestiller/utfører"]
        copied = s.scalars(select(Position).where(Position.unit_id == unit_in(s, second.id, "Brekka skole").id,
                                                  Position.role == PositionRole.LEADER,
                                                  Position.end_date.is_(None))).one()
        assert roles.role_description(s, copied.id)["authority"] == "Tilsetter i egen enhet"
        data = scenarios.compare_versions(s, v, second.id, DEMO_TODAY).as_json()
        assert data["merged"] == [{"into": "Sentrum barnehager",
                                   "units": ["Solsikken barnehage", "Tusenfryd barnehage"]}]
