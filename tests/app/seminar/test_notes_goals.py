"""Samlingsnotater linked to agreement goals: the goals a note can name (those of the units'
agreements in force), saved and edited again in one audited transaction, counted in the list,
and brought home with the package."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from app.seminar.notes import note_detail, note_summaries, update_note, write_note
from app.seminar.package import Selection
from app.seminar.service import GoalChoice, goal_choices, make_package, merge_package, preview_merge, unit_choices
from app.storage.database import Database, open_database
from db.models import Agreement, AgreementStatus, AuditAction, AuditEntry, Goal, SeminarNote, Unit
from tests.conftest import DEMO_TODAY

PASS = "samling-passord-1"


def goals_of(choices: list[GoalChoice], unit: str) -> list[GoalChoice]:
    return [g for g in choices if g.unit == unit]


def test_the_goals_to_choose_are_those_of_each_units_agreements_in_force_in_chart_order(demo_db: Database) -> None:
    with demo_db.session() as session:
        choices = goal_choices(session, DEMO_TODAY)
        units = [name for _id, name in unit_choices(session)]
        brekka = session.scalars(select(Unit).where(Unit.name == "Brekka skole")).one()
        in_force = session.scalars(select(Agreement).where(
            Agreement.unit_lineage_id == brekka.lineage_id, Agreement.period_start <= DEMO_TODAY,
            Agreement.period_end >= DEMO_TODAY, Agreement.status != AgreementStatus.SUPERSEDED)).all()
        expected = [g.text for a in in_force for g in a.goals]
        old = session.scalars(select(Goal).join(Agreement).where(
            Agreement.unit_lineage_id == brekka.lineage_id, Agreement.period_end < DEMO_TODAY)).all()
    shown = goals_of(choices, "Brekka skole")
    assert shown and sorted(g.text for g in shown) == sorted(expected)
    assert {(g.unit_id, g.agreement) for g in shown} == {(brekka.id, "Resultatavtale 2026 – Brekka skole")}
    assert not {g.id for g in old} & {g.id for g in choices}  # last year's agreement is not offered
    order = [g.unit for g in choices]
    assert order == sorted(order, key=units.index)  # units in chart order, each unit's goals together
    with demo_db.session() as session:
        assert goal_choices(session, date(1990, 1, 1)) == []


def test_a_note_is_written_and_edited_with_goal_links_in_one_audited_save_and_listed_with_their_count(
        demo_db: Database) -> None:
    with demo_db.session() as session:
        choices = goal_choices(session, DEMO_TODAY)
    brekka, solasen = goals_of(choices, "Brekka skole"), goals_of(choices, "Solåsen skole")
    with demo_db.session() as session:
        note = write_note(session, "Ledersamling dag 1", held_on=date(2027, 6, 3),
                          unit_ids=[brekka[0].unit_id, solasen[0].unit_id],
                          goal_ids=[brekka[0].id, solasen[1].id, brekka[0].id])  # twice: stored once
        note_id = note.id
    with demo_db.session() as session:
        detail = note_detail(session, note_id)
        assert detail.goal_ids == [brekka[0].id, solasen[1].id]
        listed = note_summaries(session)[0]
        assert (listed.units, listed.goals) == (["Brekka skole", "Solåsen skole"], 2)

    with demo_db.session() as session:  # edit: one goal out, one in; the rest of the note as it was
        update_note(session, note_id, detail.title, held_on=detail.held_on, unit_ids=detail.unit_ids,
                    goal_ids=[solasen[1].id, brekka[1].id])
    with demo_db.session() as session:
        assert note_detail(session, note_id).goal_ids == [solasen[1].id, brekka[1].id]
        logged = session.scalars(select(AuditEntry).where(AuditEntry.table_name == "seminar_note",
                                                          AuditEntry.row_id == str(note_id))
                                 .order_by(AuditEntry.created_at)).all()
        assert [e.action for e in logged] == [AuditAction.INSERT, AuditAction.UPDATE]
        assert set(logged[1].changes) == {"goal_ids"}  # only the goal links changed
        update_note(session, note_id, detail.title, held_on=detail.held_on, unit_ids=detail.unit_ids)  # None: kept
    with demo_db.session() as session:
        assert note_detail(session, note_id).goal_ids == [solasen[1].id, brekka[1].id]
        # A goal deleted since is not counted in the list (its link stays in the note).
        session.delete(session.get(Goal, brekka[1].id))
    with demo_db.session() as session:
        assert note_summaries(session)[0].goals == 1


@pytest.mark.sqlite_only
def test_goal_links_made_at_the_seminar_come_home_with_the_package(demo_db: Database, tmp_path: Path) -> None:
    with demo_db.session() as session:
        choices = goal_choices(session, DEMO_TODAY)
    brekka = goals_of(choices, "Brekka skole")
    with demo_db.session() as session:
        edited_id = write_note(session, "Ledersamling dag 1", held_on=date(2027, 6, 3),
                               unit_ids=[brekka[0].unit_id], goal_ids=[brekka[0].id]).id
    package = make_package(demo_db, tmp_path / "samling.sdbpkg", PASS, Selection()).path
    pkg = open_database(package, passphrase=PASS)
    try:
        with pkg.session() as session:
            assert {g.id for g in goal_choices(session, DEMO_TODAY)} == {g.id for g in choices}
            detail = note_detail(session, edited_id)
            update_note(session, edited_id, detail.title, held_on=detail.held_on, unit_ids=detail.unit_ids,
                        goal_ids=[brekka[0].id, brekka[2].id])
            new_id = write_note(session, "Ledersamling dag 2", held_on=date(2027, 6, 4),
                                unit_ids=[brekka[0].unit_id], goal_ids=[brekka[1].id]).id
    finally:
        pkg.close()
    plan = preview_merge(demo_db, package, PASS)
    notes = sorted((c.kind, c.name, tuple(c.field_labels())) for c in plan.changes if c.table == "seminar_note")
    assert notes == [("endret samlingsnotat", "Ledersamling dag 1", ("mål det gjelder",)),
                     ("nytt samlingsnotat", "Ledersamling dag 2", ())]
    merge_package(demo_db, package, PASS)
    with demo_db.session() as session:
        assert note_detail(session, edited_id).goal_ids == [brekka[0].id, brekka[2].id]
        assert note_detail(session, new_id).goal_ids == [brekka[1].id]
        assert {n.title: n.goals for n in note_summaries(session)} == {"Ledersamling dag 1": 2,
                                                                       "Ledersamling dag 2": 1}
        assert session.scalars(select(SeminarNote)).all()
