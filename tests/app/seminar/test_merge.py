"""Seminar packages: what goes in, the three-way merge home, and every refusal."""

from __future__ import annotations

import json
import uuid
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from app.errors import AppError
from app.seminar.merge import ROW
from app.seminar.notes import ActionDraft, write_note
from app.seminar.package import (
    META_COLUMNS,
    NOTES_TABLES,
    REFERENCE_TABLES,
    Selection,
    data_tables,
    database_identity,
    plain,
)
from app.seminar.service import describe, make_package, merge_package, preview_merge
from app.storage.database import Database, open_database
from db.models import (
    ActionItem,
    Agreement,
    AuditEntry,
    CommonRequirement,
    Goal,
    NetworkMembership,
    SeminarAction,
    SeminarPackage,
    Unit,
)

pytestmark = pytest.mark.sqlite_only
PASS = "samling-passord-1"


def snapshot(db: Database, *, skip: frozenset[str] = frozenset()) -> dict[str, dict[str, dict[str, Any]]]:
    """Every data table's rows (bookkeeping columns aside), as plain values."""
    out: dict[str, dict[str, dict[str, Any]]] = {}
    with db.engine.connect() as conn:
        for table in data_tables():
            if table.name in skip:
                continue
            out[table.name] = {plain(r.id): {k: plain(v) for k, v in r._mapping.items() if k not in META_COLUMNS}
                               for r in conn.execute(select(table))}
    return out


def follow_up_tables() -> frozenset[str]:
    """The follow-up notes and every table whose rows hang on them (they stay home by default)."""
    out = set(NOTES_TABLES)
    for table in data_tables():  # parents first, so one pass finds the whole chain
        if any(fk.column.table.name in out and fk.column.table.name != table.name and not fk.parent.nullable
               for fk in table.foreign_keys):
            out.add(table.name)
    return frozenset(out)


def everything(db: Database) -> dict[str, Any]:
    """Every table including the audit log and the package records: «nothing written» means equal."""
    from sqlalchemy import text

    with db.engine.connect() as conn:
        names = [r[0] for r in conn.execute(text("SELECT name FROM sqlite_master WHERE type='table' "
                                                 "AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'followup_fts%'"))]
        return {n: sorted(map(tuple, conn.execute(text(f'SELECT * FROM "{n}"')))) for n in names}


def edit(path: Path, fn: Any) -> None:
    pkg = open_database(path, passphrase=PASS)
    try:
        with pkg.session() as session:
            fn(session)
    finally:
        pkg.close()


def goals(session: Any) -> list[Goal]:
    return list(session.scalars(select(Goal).order_by(Goal.id)))


@pytest.fixture
def package(demo_db: Database, tmp_path: Path) -> Path:
    return make_package(demo_db, tmp_path / "samling.sdbpkg", PASS, Selection()).path


def test_a_package_of_two_units_holds_them_their_rows_its_base_and_where_it_came_from(
        demo_db: Database, tmp_path: Path) -> None:
    with demo_db.session() as session:
        agreement_units = session.scalars(select(Unit).join(Agreement, Agreement.unit_id == Unit.id)
                                          .order_by(Unit.name)).unique().all()[:2]
        names = [u.name for u in agreement_units]
        office_id = database_identity(session)
        all_agreements = session.query(Agreement).count()
    result = make_package(demo_db, tmp_path / "to.sdbpkg", PASS, Selection(units=names))
    pkg = open_database(result.path, passphrase=PASS)
    try:
        with pkg.session() as session:
            units = {u.id: u for u in session.scalars(select(Unit))}
            agreements = session.scalars(select(Agreement)).all()
            assert {a.unit_id for a in agreements} <= {u.id for u in agreement_units}
            assert 2 <= len(agreements) < all_agreements
            assert set(names) <= {u.name for u in units.values()}
            # every packaged unit's superior is in the package too: the chart has its path
            assert all(u.parent_id is None or u.parent_id in units for u in units.values())
            assert session.query(ActionItem).count() == 0  # follow-up notes stay home by default
    finally:
        pkg.close()
    info = describe(result.path, PASS)
    assert info.source_identity == office_id and info.selection["units"] == names
    assert info.rows["unit"] == len(units) and info.rows["budget_line"] > 0
    with demo_db.session() as session:
        assert session.get(SeminarPackage, info.package_id) is not None  # the office remembers it


def test_notes_come_along_only_when_asked(demo_db: Database, tmp_path: Path) -> None:
    result = make_package(demo_db, tmp_path / "n.sdbpkg", PASS, Selection(with_notes=True))
    assert result.rows["meeting"] > 0 and result.rows["action_item"] > 0


def test_three_way_merge_takes_one_sided_changes_merges_fields_and_lists_the_conflict(
        demo_db: Database, package: Path) -> None:
    with demo_db.session() as session:
        g = goals(session)
        one_side, two_fields, same_field = g[0].id, g[1].id, g[2].id
        member = session.scalars(select(NetworkMembership).order_by(NetworkMembership.id)).first()
        assert member is not None
        member_name = f"{member.network.name}, {member.unit.name}"  # a row without a name: what it links
        unit = session.scalars(select(Unit).order_by(Unit.name)).first()
        assert unit is not None
        unit_id = unit.id

    def seminar(session: Any) -> None:
        by_id = {x.id: x for x in goals(session)}
        by_id[one_side].text = "Sykefraværet under 6 prosent (samlingen)"
        by_id[two_fields].indicator = "Målt i medarbeiderundersøkelsen"
        by_id[same_field].text = "Samlingens formulering"
        session.delete(session.get(NetworkMembership, member.id))
        session.add(CommonRequirement(period_start=date(2027, 1, 1), period_end=date(2027, 12, 31),
                                      category="Økonomi", text="Alle enheter holder budsjett 2027"))

    edit(package, seminar)
    with demo_db.session() as session:
        by_id = {x.id: x for x in goals(session)}
        by_id[two_fields].evaluation = "Vurderes i tertialrapporten (kontoret)"
        by_id[same_field].text = "Kontorets formulering"
        session.get(Unit, unit_id).short_name = "Kontoret"  # office only: stays

    plan = preview_merge(demo_db, package, PASS)
    preview = plan.as_json()
    assert sorted((c["kind"], c["name"], tuple(c["fields"])) for c in preview["changes"]) == sorted([
        ("endret mål", "Sykefraværet under 6 prosent (samlingen)", ("text",)),
        ("endret mål", preview_name(preview, two_fields), ("indicator",)),
        ("nytt felles krav", "Alle enheter holder budsjett 2027", tuple(preview_fields(preview, "nytt felles krav"))),
        ("slettet nettverksmedlemskap", member_name, ()),
    ])
    assert [(c["kind"], c["field"], c["office"], c["package"]) for c in preview["conflicts"]] == [
        ("endret mål", "text", "Kontorets formulering", "Samlingens formulering")]
    json.dumps(preview, ensure_ascii=False)  # the command line's --json prints it as it is

    pkg = open_database(package, passphrase=PASS, read_only=True)
    seminar_side = snapshot(pkg, skip=REFERENCE_TABLES | follow_up_tables())
    pkg.close()
    key = plan.conflicts[0].key
    result = merge_package(demo_db, package, PASS, choices={key: "package"})
    assert result.conflicts_resolved == 1 and result.written == 5

    # Every table: the office now equals the package, except for what only the office changed.
    expected = seminar_side
    expected["goal"][two_fields.hex]["evaluation"] = "Vurderes i tertialrapporten (kontoret)"
    expected["unit"][unit_id.hex]["short_name"] = "Kontoret"
    assert snapshot(demo_db, skip=REFERENCE_TABLES | follow_up_tables()) == expected
    with demo_db.session() as session:
        merged = [e for e in session.scalars(select(AuditEntry).where(AuditEntry.table_name == "seminar_package"))
                  if "source" in e.changes]
        assert len(merged) == 1 and merged[0].changes["source"][1] == str(package)
        assert "Samlingspakke hentet inn" in merged[0].summary
        assert session.scalars(select(AuditEntry).where(AuditEntry.row_id == str(one_side))).first() is not None


def preview_name(preview: dict[str, Any], goal_id: uuid.UUID) -> str:
    return next(c["name"] for c in preview["changes"] if c["id"] == str(goal_id))


def preview_fields(preview: dict[str, Any], kind: str) -> list[str]:
    return list(next(c["fields"] for c in preview["changes"] if c["kind"] == kind))


def test_a_conflict_without_a_choice_is_refused_and_nothing_is_written(demo_db: Database, package: Path) -> None:
    edit(package, lambda s: setattr(goals(s)[0], "text", "Samlingen"))
    with demo_db.session() as session:
        goals(session)[0].text = "Kontoret"
    before = everything(demo_db)
    with pytest.raises(AppError, match=r"(?s)Konfliktene:.*kontoret «Kontoret», pakken «Samlingen»"):
        merge_package(demo_db, package, PASS)
    assert everything(demo_db) == before
    merge_package(demo_db, package, PASS, prefer="office")
    with demo_db.session() as session:
        assert goals(session)[0].text == "Kontoret"


def test_a_row_deleted_at_the_office_and_changed_at_the_seminar_is_a_conflict(
        demo_db: Database, package: Path) -> None:
    with demo_db.session() as session:
        goal_id = goals(session)[3].id
    edit(package, lambda s: setattr(s.get(Goal, goal_id), "text", "Endret på samlingen"))
    with demo_db.session() as session:
        session.delete(session.get(Goal, goal_id))
    plan = preview_merge(demo_db, package, PASS)
    assert [(c.field, c.office, c.package) for c in plan.conflicts] == [
        (ROW, "slettet på kontoret", "endret på samlingen")]
    merge_package(demo_db, package, PASS, prefer="package")
    with demo_db.session() as session:
        assert session.get(Goal, goal_id).text == "Endret på samlingen"


def test_a_change_left_out_in_the_preview_is_not_written(demo_db: Database, package: Path) -> None:
    def seminar(session: Any) -> None:
        g = goals(session)
        g[0].text, g[1].text = "Med", "Utelatt"

    edit(package, seminar)
    plan = preview_merge(demo_db, package, PASS)
    leave = next(c.key for c in plan.changes if c.name == "Utelatt")
    merge_package(demo_db, package, PASS, left_out={leave})
    with demo_db.session() as session:
        assert goals(session)[0].text == "Med"
        assert goals(session)[1].text != "Utelatt"


def test_seminar_notes_action_items_become_real_action_items(demo_db: Database, package: Path) -> None:
    edit(package, lambda s: write_note(s, "Ledersamling dag 1", held_on=date(2027, 6, 3), decisions=["Ny struktur"],
                                        actions=[ActionDraft("Utrede felles merkantil tjeneste", "Økonomisjefen"),
                                                 ActionDraft("Lage plan for overgang", "HR")]))
    merge_package(demo_db, package, PASS)
    with demo_db.session() as session:
        items = session.scalars(select(ActionItem).where(ActionItem.text.in_(
            ["Utrede felles merkantil tjeneste", "Lage plan for overgang"]))).all()
        assert sorted(i.owner_text for i in items) == ["HR", "Økonomisjefen"]
        assert {i.meeting.meeting_date for i in items} == {date(2027, 6, 3)}
        actions = session.scalars(select(SeminarAction)).all()
        assert {a.action_item_id for a in actions} == {i.id for i in items}


def test_a_package_cannot_be_merged_twice(demo_db: Database, package: Path) -> None:
    edit(package, lambda s: setattr(goals(s)[0], "text", "Én gang"))
    merge_package(demo_db, package, PASS)
    before = everything(demo_db)
    with pytest.raises(AppError, match="allerede hentet inn"):
        merge_package(demo_db, package, PASS)
    with pytest.raises(AppError, match="allerede hentet inn"):
        preview_merge(demo_db, package, PASS)
    assert everything(demo_db) == before


def test_a_package_from_another_database_is_refused(empty_db: Database, package: Path) -> None:
    before = everything(empty_db)
    with pytest.raises(AppError, match="laget fra en annen database"):
        merge_package(empty_db, package, PASS)
    assert everything(empty_db) == before


def test_a_wrong_passphrase_is_refused_and_nothing_is_written(demo_db: Database, package: Path) -> None:
    before = everything(demo_db)
    with pytest.raises(AppError, match=r"Feil passord for «samling\.sdbpkg»"):
        merge_package(demo_db, package, "ikke-riktig-passord")
    assert everything(demo_db) == before


def test_a_plain_database_is_not_taken_for_a_package(demo_db: Database, demo_path: Path) -> None:
    with pytest.raises(AppError, match="ikke en samlingspakke"):
        merge_package(demo_db, demo_path, PASS)


def test_a_package_from_a_newer_program_is_refused_and_one_whose_base_lacks_a_column_merges(
        demo_db: Database, package: Path) -> None:
    from db import cipher

    edit(package, lambda s: setattr(goals(s)[0], "text", "Fra samlingen"))
    # A base snapshot made before a column existed: the column counts as unchanged on both sides.
    conn = cipher.connect(package, PASS)
    conn.execute("UPDATE seminar_base_row SET data = json_remove(data, '$.evaluation') WHERE table_name = 'goal'")
    conn.commit()
    plan = preview_merge(demo_db, package, PASS)
    assert [c.values for c in plan.changes] == [{"text": "Fra samlingen"}] and plan.conflicts == []
    conn.execute("UPDATE alembic_version SET version_num = '0999'")
    conn.commit()
    conn.close()
    before = everything(demo_db)
    with pytest.raises(AppError, match="nyere versjon av Styringsdialog"):
        merge_package(demo_db, package, PASS)
    assert everything(demo_db) == before


def test_opening_a_package_that_does_not_exist_is_an_error_not_a_new_database(tmp_path: Path) -> None:
    with pytest.raises(AppError, match=r"Samlingspakken .* finnes ikke"):
        open_database(tmp_path / "borte.sdbpkg", passphrase=PASS)
    assert not (tmp_path / "borte.sdbpkg").exists()


def test_reorganisation_work_in_the_package_comes_home(demo_db: Database, tmp_path: Path) -> None:
    """Issue 20's work done at the seminar: two units merged in a scenario, a role description."""
    from app.org.restructure import merge_units
    from app.org.roles import set_role_description
    from app.org.scenarios import copy_version
    from db.models import OrgVersion, Position
    from db.models.org import RoleDescription, UnitSuccession

    def scenario(session: Any) -> None:
        current = session.scalars(select(OrgVersion).where(OrgVersion.status == "current")).one()
        copy_version(session, current.id, "Alternativ 2")

    demo_db.run(scenario)
    package = make_package(demo_db, tmp_path / "omorg.sdbpkg", PASS, Selection(scenarios=["Alternativ 2"])).path

    def seminar(session: Any) -> None:
        version = session.scalars(select(OrgVersion).where(OrgVersion.name == "Alternativ 2")).one()
        units = session.scalars(select(Unit).where(Unit.org_version_id == version.id)).all()
        parents = {u.parent_id for u in units}
        leaves: dict[Any, list[Unit]] = {}
        for u in units:
            if u.id not in parents and u.parent_id is not None:
                leaves.setdefault(u.parent_id, []).append(u)
        pair = next(v for v in leaves.values() if len(v) >= 2)[:2]
        merge_units(session, [pair[0].id, pair[1].id], "Sammenslått enhet", date(2027, 8, 1))
        position = session.scalars(select(Position).join(Unit).where(Unit.org_version_id == version.id)
                                   .order_by(Position.id)).first()
        set_role_description(session, position.id, personnel="Personalansvar for hele enheten")

    edit(package, seminar)
    pkg = open_database(package, passphrase=PASS, read_only=True)
    seminar_side = snapshot(pkg, skip=REFERENCE_TABLES | follow_up_tables())
    pkg.close()
    plan = preview_merge(demo_db, package, PASS)
    kinds = {c.kind for c in plan.changes}
    assert {"ny enhet", "slettet enhet", "endret stilling", "ny rollebeskrivelse",
            "ny sammenslåing/overføring"} <= kinds
    assert plan.conflicts == []
    merge_package(demo_db, package, PASS)
    assert snapshot(demo_db, skip=REFERENCE_TABLES | follow_up_tables()) == seminar_side
    with demo_db.session() as session:
        assert session.scalars(select(Unit).where(Unit.name == "Sammenslått enhet")).one()
        assert session.query(UnitSuccession).count() == 2
        assert session.scalars(select(RoleDescription.personnel)).all() == ["Personalansvar for hele enheten"]


def test_a_new_row_pointing_at_a_row_the_office_deleted_is_refused_in_the_preview_and_left_out_by_the_merge(
        demo_db: Database, package: Path) -> None:
    """What the preview says is what the merge does: a change the office cannot take (it points
    at a row the office deleted meanwhile) is listed as refused with the reason, together with
    what belongs to it, and the merge leaves exactly those out and says so."""
    from db.models import Agreement as AgreementRow
    from db.models import Assessment
    from db.models.enums import Assessor

    with demo_db.session() as session:
        agreement = session.scalars(select(AgreementRow).order_by(AgreementRow.title)).first()
        agreement_id = agreement.id
        other_goal = session.scalars(select(Goal).where(Goal.agreement_id != agreement_id).order_by(Goal.id)).first()
        other_id = other_goal.id

    def seminar(session: Any) -> None:
        goal = Goal(agreement_id=agreement_id, category="generelle_krav", text="Nytt mål fra samlingen")
        session.add(goal)
        session.flush()
        session.add(Assessment(goal_id=goal.id, assessor=Assessor.SELF, scale=3, comment="Vurdert på samlingen"))
        session.get(Goal, other_id).text = "Endret på samlingen"

    edit(package, seminar)
    with demo_db.session() as session:
        session.delete(session.get(AgreementRow, agreement_id))
    plan = preview_merge(demo_db, package, PASS)
    assert [c.name for c in plan.changes] == ["Endret på samlingen"]
    assert sorted((r.change.kind, r.change.name, r.reason) for r in plan.refused) == [
        ("ny vurdering", "Nytt mål fra samlingen",
         "hører til nytt mål «Nytt mål fra samlingen», som ikke kan hentes inn"),
        ("nytt mål", "Nytt mål fra samlingen", "viser til avtale som er slettet på kontoret")]
    assert plan.as_json()["refused"][0]["reason"]
    from app.seminar.merge import preview_lines

    assert ("KAN IKKE HENTES INN (utelates): nytt mål «Nytt mål fra samlingen»: viser til avtale som er slettet på "
            "kontoret") in preview_lines(plan)

    result = merge_package(demo_db, package, PASS)
    assert result.written == 1 and any("Nytt mål fra samlingen" in line for line in result.refused)
    with demo_db.session() as session:
        assert session.scalars(select(Goal).where(Goal.text == "Nytt mål fra samlingen")).first() is None
        assert session.get(Goal, other_id).text == "Endret på samlingen"


def test_an_encrypted_office_keeps_its_passphrase_and_its_package_has_its_own(demo_path: Path, tmp_path: Path) -> None:
    from app.storage.encryption import encrypt_database

    office_pass = "kontorets-passord-1"
    encrypt_database(demo_path, office_pass)
    office = open_database(demo_path, passphrase=office_pass)
    try:
        result = make_package(office, tmp_path / "kryptert.sdbpkg", PASS, Selection())
        assert result.rows["budget_line"] > 0 and result.rows["goal"] > 0  # the reference tables came along
        edit(result.path, lambda s: setattr(goals(s)[0], "text", "Fra samlingen"))
        with pytest.raises(AppError, match="Feil passord"):
            merge_package(office, result.path, office_pass)  # the package does not open with the office's
        merge_package(office, result.path, PASS)
        with office.session() as session:
            assert goals(session)[0].text == "Fra samlingen"
    finally:
        office.close()


def test_the_offices_settings_come_along_for_reading_and_are_not_merged_back(demo_db: Database, tmp_path: Path) -> None:
    from db.models import Setting

    with demo_db.session() as session:
        session.add(Setting(key="marking.text", value="Unntatt offentlighet"))
    package = make_package(demo_db, tmp_path / "innstillinger.sdbpkg", PASS, Selection()).path
    pkg = open_database(package, passphrase=PASS)
    try:
        with pkg.session() as session:
            setting = session.scalars(select(Setting).where(Setting.key == "marking.text")).one()
            assert setting.value == "Unntatt offentlighet"
            setting.value = "Endret på samlingen"
    finally:
        pkg.close()
    assert preview_merge(demo_db, package, PASS).changes == []
