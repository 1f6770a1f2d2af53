"""A new result agreement refers to the leader agreement of the person it is with (walk at 1366×768:
Brekka skole's new leader Liv Næss got «Lederavtale – Brekka skole, 24.01.2026», her predecessor's),
and a period running past the leader's position gets a warning in the editor, not a refusal."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from app.agreements import lifecycle
from app.agreements.detail import agreement_detail
from app.agreements.templates import install_builtin_templates
from app.org import people
from app.org.queries import current_version
from app.storage.database import Database
from db.models import Agreement, AgreementTemplate, Person, Position, Unit

UNIT = "Brekka skole"
CHANGE = date(2026, 12, 7)
RESULT, LEADER = "kommune_resultatavtale", "kommune_lederavtale"


def _template(session: Session, key: str) -> uuid.UUID:
    install_builtin_templates(session)
    return session.scalars(select(AgreementTemplate.id).where(AgreementTemplate.key == key,
                                                              AgreementTemplate.language == "nb")
                           .order_by(AgreementTemplate.template_version.desc())).first()


def _unit(session: Session) -> Unit:
    version = current_version(session)
    return session.scalars(select(Unit).where(Unit.org_version_id == version.id, Unit.name == UNIT)).one()


def _new_leader(db: Database) -> uuid.UUID:
    def change(session: Session) -> uuid.UUID:
        person = people.add_person(session, given_name="Liv", family_name="Nyland", title="Rektor")
        people.appoint(session, unit_id=_unit(session).id, person_id=person.id, role="leader", start=CHANGE,
                       title="Rektor")
        return person.id
    return db.run(change)


def _create(db: Database, key: str, start: date, end: date, *, leader_id: uuid.UUID | None = None,
            on: date = CHANGE) -> uuid.UUID:
    def make(session: Session) -> uuid.UUID:
        return lifecycle.create_agreement(session, template_id=_template(session, key), unit_id=_unit(session).id,
                                          period_start=start, period_end=end, leader_id=leader_id, on=on).id
    return db.run(make)


def _old_leader_agreement(db: Database) -> tuple[uuid.UUID, uuid.UUID]:
    """The predecessor's leader agreement of the period (the demo has one for Brekka skole)."""
    with db.session() as session:
        unit = _unit(session)
        row = session.execute(select(Agreement.id, Agreement.leader_id).join(AgreementTemplate)
                              .where(Agreement.unit_lineage_id == unit.lineage_id, AgreementTemplate.key == LEADER)
                              ).first()
    if row is None:
        lineage_leader = None
        agreement = _create(db, LEADER, date(2026, 1, 1), date(2027, 12, 31), on=date(2026, 1, 24))
        with db.session() as session:
            lineage_leader = session.get(Agreement, agreement).leader_id
        return agreement, lineage_leader
    return row[0], row[1]


def test_a_new_leaders_result_agreement_does_not_point_to_the_predecessors(demo_db: Database) -> None:
    old_agreement, old_leader = _old_leader_agreement(demo_db)
    liv = _new_leader(demo_db)
    new = _create(demo_db, RESULT, date(2026, 8, 1), date(2027, 7, 31))
    with demo_db.session() as session:
        agreement = session.get(Agreement, new)
        assert agreement.leader_id == liv != old_leader
        assert agreement.linked_agreement_id != old_agreement
        assert agreement.linked_agreement_id is None
        assert agreement.values.get("leader_agreement", "") == ""
    # Her own leader agreement: the next result agreement refers to it.
    own = _create(demo_db, LEADER, CHANGE, date(2028, 12, 31))
    later = _create(demo_db, RESULT, date(2027, 8, 1), date(2028, 7, 31), on=date(2027, 8, 1))
    with demo_db.session() as session:
        assert session.get(Agreement, later).linked_agreement_id == own
        assert session.get(Agreement, later).values.get("leader_agreement", "").startswith(
            session.get(Agreement, own).title)


def test_the_predecessors_own_agreement_still_refers_to_his(demo_db: Database) -> None:
    old_agreement, old_leader = _old_leader_agreement(demo_db)
    mine = _create(demo_db, RESULT, date(2026, 1, 1), date(2026, 7, 31), leader_id=old_leader,
                   on=date(2026, 1, 24))
    with demo_db.session() as session:
        assert session.get(Agreement, mine).linked_agreement_id == old_agreement


def test_a_period_past_the_leaders_position_is_warned_not_refused(demo_db: Database) -> None:
    _old_agreement, old_leader = _old_leader_agreement(demo_db)  # the demo ends his position 31.07.2026
    mine = _create(demo_db, RESULT, date(2026, 1, 1), date(2026, 12, 31), leader_id=old_leader)
    with demo_db.session() as session:
        name = session.get(Person, old_leader).full_name
        detail = agreement_detail(session, mine)
    assert name in detail.period_warning
    assert "31.07.2026" in detail.period_warning and "31.12.2026" in detail.period_warning
    # A new leader's position that ends before the period does: the same warning.
    liv = _new_leader(demo_db)
    with demo_db.session() as session:
        session.execute(update(Position).where(Position.person_id == liv).values(end_date=date(2027, 3, 31)))
        session.commit()
    hers = _create(demo_db, RESULT, date(2026, 12, 7), date(2027, 7, 31))
    with demo_db.session() as session:
        assert "31.03.2027" in agreement_detail(session, hers).period_warning
    within = _create(demo_db, RESULT, date(2026, 1, 1), date(2026, 7, 31), leader_id=old_leader,
                     on=date(2026, 1, 24))
    with demo_db.session() as session:
        assert agreement_detail(session, within).period_warning == ""


def test_choosing_another_leader_in_a_draft_follows_with_the_leader_agreement(demo_db: Database) -> None:
    from app.agreements.detail import update_values
    from app.agreements.rules import definition, template_fields

    old_agreement, old_leader = _old_leader_agreement(demo_db)
    liv = _new_leader(demo_db)
    mine = _create(demo_db, RESULT, date(2026, 1, 1), date(2026, 7, 31), leader_id=old_leader,
                   on=date(2026, 1, 24))
    with demo_db.session() as session:
        agreement = session.get(Agreement, mine)
        assert agreement.linked_agreement_id == old_agreement
        filled = agreement.values["leader_agreement"]
        key = next(k for k, item in template_fields(definition(agreement)).items() if item.get("binds") == "leader")
    assert filled
    old = demo_db.run(update_values, mine, {key: liv})
    with demo_db.session() as session:
        agreement = session.get(Agreement, mine)
        assert agreement.linked_agreement_id is None
        assert agreement.values["leader_agreement"] == ""
    demo_db.run(update_values, mine, old)  # undo
    with demo_db.session() as session:
        agreement = session.get(Agreement, mine)
        assert agreement.linked_agreement_id == old_agreement
        assert agreement.values["leader_agreement"] == filled
