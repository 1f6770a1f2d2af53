"""Samlingsnotater: listed, opened and edited again, deleted; each one audited transaction, and an
edited note's action items keep their rows so a package's edits merge home as changes."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from app.errors import AppError
from app.seminar.notes import (
    ActionDraft,
    delete_note,
    note_detail,
    note_summaries,
    update_note,
    write_note,
)
from app.seminar.package import Selection
from app.seminar.service import make_package, merge_package, preview_merge, scenario_choices, unit_choices
from app.storage.database import Database, open_database
from db.models import ActionItem, AuditAction, AuditEntry, SeminarAction, SeminarNote

PASS = "samling-passord-1"


def two_notes(db: Database) -> tuple[object, object]:
    """«Dag 1» linked to two units and a scenario with two action items; «Dag 2» bare."""
    from app.org.scenarios import copy_version
    from db.models import OrgVersion

    with db.session() as session:
        current = session.scalars(select(OrgVersion).where(OrgVersion.status == "current")).one()
        copy_version(session, current.id, "Alternativ 2")
    with db.session() as session:
        units = unit_choices(session)[1:3]
        scenario = next(i for i, name in scenario_choices(session) if name == "Alternativ 2")
        day1 = write_note(session, "Ledersamling dag 1", held_on=date(2027, 6, 3), place="Lindvik fjordhotell",
                          decisions=["Alternativ 2 utredes videre", "Felles merkantil tjeneste"],
                          scenario_id=scenario, unit_ids=[u for u, _ in units],  # type: ignore[misc]
                          actions=[ActionDraft("Utrede felles merkantil tjeneste", "Økonomisjef", date(2027, 9, 15)),
                                   ActionDraft("Drøfte med tillitsvalgte", "HR-sjef")])
        day2 = write_note(session, "Ledersamling dag 2", held_on=date(2027, 6, 4))
        return day1.id, day2.id


def test_the_list_shows_each_note_latest_first_with_its_links_and_counts(demo_db: Database) -> None:
    two_notes(demo_db)
    with demo_db.session() as session:
        names = sorted(name for _id, name in unit_choices(session)[1:3])
        listed = note_summaries(session)
    assert [(n.held_on, n.title) for n in listed] == [(date(2027, 6, 4), "Ledersamling dag 2"),
                                                      (date(2027, 6, 3), "Ledersamling dag 1")]
    day1 = listed[1]
    assert (day1.units, day1.scenario, day1.decisions, day1.actions, day1.followed_up) == (
        names, "Alternativ 2", 2, 2, 0)
    assert day1.place == "Lindvik fjordhotell"
    assert (listed[0].units, listed[0].scenario, listed[0].decisions, listed[0].actions) == ([], "", 0, 0)


def test_a_note_is_edited_again_its_action_items_keep_their_rows_and_the_log_says_what_changed(
        demo_db: Database) -> None:
    day1, _day2 = two_notes(demo_db)
    with demo_db.session() as session:
        detail = note_detail(session, day1)  # type: ignore[arg-type]
    assert [a.text for a in detail.actions] == ["Utrede felles merkantil tjeneste", "Drøfte med tillitsvalgte"]
    first, second = detail.actions
    with demo_db.session() as session:
        update_note(session, detail.id, "Ledersamling dag 1 (rettet)", held_on=detail.held_on, place=detail.place,
                    text="Referat skrevet etterpå", decisions=[*detail.decisions, "Ny ledergruppe fra 2028"],
                    scenario_id=None, unit_ids=detail.unit_ids[:1],
                    actions=[ActionDraft("Utrede felles merkantil tjeneste for oppvekst", first.owner, first.due,
                                         id=first.id),
                             ActionDraft("Informere de ansatte", "Rådmannen")])
    with demo_db.session() as session:
        note = session.get(SeminarNote, detail.id)
        assert note is not None and note.title == "Ledersamling dag 1 (rettet)" and note.scenario_id is None
        assert note.decisions[-1] == "Ny ledergruppe fra 2028" and len(note.unit_ids) == 1
        rows = session.scalars(select(SeminarAction).where(SeminarAction.note_id == detail.id)
                               .order_by(SeminarAction.sort_order)).all()
        assert [(r.text, r.owner_text) for r in rows] == [
            ("Utrede felles merkantil tjeneste for oppvekst", "Økonomisjef"), ("Informere de ansatte", "Rådmannen")]
        assert rows[0].id == first.id and session.get(SeminarAction, second.id) is None  # same row; gone
        log = {(e.table_name, e.action.value if hasattr(e.action, "value") else e.action, e.row_id): e
               for e in session.scalars(select(AuditEntry).where(AuditEntry.table_name.like("seminar_%")))}
        edited = log[("seminar_action", AuditAction.UPDATE.value, str(first.id))]
        assert set(edited.changes) == {"text"}  # only what changed
        assert ("seminar_action", AuditAction.DELETE.value, str(second.id)) in log
        assert ("seminar_note", AuditAction.UPDATE.value, str(detail.id)) in log


def test_a_note_without_a_title_or_with_an_empty_action_item_is_refused_and_nothing_changes(
        demo_db: Database) -> None:
    day1, _ = two_notes(demo_db)
    with demo_db.session() as session:
        detail = note_detail(session, day1)  # type: ignore[arg-type]
    for title, actions, message in (("  ", detail.actions, "må ha en tittel"),
                                    ("Dag 1", [ActionDraft(" ")], "Oppfølgingspunkt 1 .* har ingen tekst")):
        with pytest.raises(AppError, match=message), demo_db.session() as session:
            update_note(session, detail.id, title, actions=actions)
    with demo_db.session() as session:
        assert note_detail(session, detail.id) == detail


def test_a_deleted_note_takes_its_action_items_along_and_is_logged(demo_db: Database) -> None:
    day1, day2 = two_notes(demo_db)
    with demo_db.session() as session:
        assert delete_note(session, day1) == "Ledersamling dag 1"  # type: ignore[arg-type]
    with demo_db.session() as session:
        assert [n.id for n in note_summaries(session)] == [day2]
        assert session.scalars(select(SeminarAction)).all() == []
        deleted = session.scalars(select(AuditEntry).where(AuditEntry.action == AuditAction.DELETE,
                                                           AuditEntry.table_name.like("seminar_%"))).all()
        assert sorted(e.table_name for e in deleted) == ["seminar_action", "seminar_action", "seminar_note"]
    with pytest.raises(AppError, match="finnes ikke lenger"), demo_db.session() as session:
        delete_note(session, day1)  # type: ignore[arg-type]


@pytest.mark.sqlite_only
def test_a_note_edited_at_the_seminar_merges_home_as_changes_and_its_new_item_becomes_real(
        demo_db: Database, tmp_path: Path) -> None:
    day1, _ = two_notes(demo_db)
    package = make_package(demo_db, tmp_path / "samling.sdbpkg", PASS, Selection(scenarios=["Alternativ 2"])).path
    pkg = open_database(package, passphrase=PASS)
    try:
        with pkg.session() as session:
            detail = note_detail(session, day1)  # type: ignore[arg-type]
            first = detail.actions[0]
            update_note(session, detail.id, detail.title, held_on=detail.held_on, place=detail.place,
                        text=detail.text, decisions=detail.decisions,
                        scenario_id=detail.scenario_id, unit_ids=detail.unit_ids,
                        actions=[ActionDraft(first.text, "Kommunalsjef oppvekst", first.due, id=first.id),
                                 ActionDraft("Lage framdriftsplan", "Prosjektleder")])
    finally:
        pkg.close()
    plan = preview_merge(demo_db, package, PASS)
    assert sorted((c.kind, tuple(c.field_labels())) for c in plan.changes) == [
        ("endret oppfølgingspunkt fra samlingen", ("ansvarlig",)),
        ("nytt oppfølgingspunkt fra samlingen", ()),
        ("slettet oppfølgingspunkt fra samlingen", ()),
    ]
    result = merge_package(demo_db, package, PASS)
    assert result.action_items == 1
    with demo_db.session() as session:
        after = note_detail(session, day1)  # type: ignore[arg-type]
        assert [(a.text, a.owner) for a in after.actions] == [(first.text, "Kommunalsjef oppvekst"),
                                                               ("Lage framdriftsplan", "Prosjektleder")]
        assert session.scalars(select(ActionItem).where(ActionItem.text == "Lage framdriftsplan")).one()
        listed = next(n for n in note_summaries(session) if n.id == day1)
        assert (listed.actions, listed.followed_up) == (2, 1)
