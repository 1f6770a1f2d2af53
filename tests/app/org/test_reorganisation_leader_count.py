"""«Ledere» in the reorganisation's 0-alternative is the Oversikt's «ledere i stilling»: the leaders in
post, the rådmann once (not again for rådmannens ledergruppe, which the rådmann leads from above), and
an acting leader not (the post stays vacant)."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from app.org import reorganisation
from app.org.people import appoint, end_position
from app.org.queries import count_leader_posts, current_version, leader_posts, unit_rows
from app.overview import overview
from app.storage.database import Database
from db.models import Person, Position, PositionRole
from tests.conftest import DEMO_TODAY


def _zero_alternative_leaders(db: Database) -> int:
    def read(s) -> int:  # type: ignore[no-untyped-def]
        project = reorganisation.create_project(s, "Omorganisering 2027")
        zero = reorganisation.compare_alternatives(s, project.id, DEMO_TODAY).columns[0]
        assert zero.alternative.label == reorganisation.ZERO_LABEL
        return zero.leaders

    return db.run(read)


def test_the_zero_alternative_counts_the_leaders_the_overview_counts(demo_db: Database) -> None:
    figures = demo_db.run(overview, DEMO_TODAY)
    assert _zero_alternative_leaders(demo_db) == figures.leaders == 35
    version = demo_db.run(current_version)
    rows = demo_db.run(unit_rows, version.id, DEMO_TODAY)
    # What a reader counts on the chart: every unit but the top team with a leader (the rådmann's own unit too).
    with_leader = [r for r in rows if r.kind != "top_team" and r.leader]
    assert len(with_leader) == 35 and any(r.kind == "administration" for r in with_leader)
    posts = demo_db.run(leader_posts, version.id, DEMO_TODAY)
    assert (posts.filled, posts.vacant, posts.acting) == (figures.leaders, figures.vacancies, figures.acting_leaders)
    assert posts.posts == len(rows) - 1  # one post per unit but the top team


def test_a_leader_leaving_for_an_acting_one_counts_the_same_everywhere(demo_db: Database) -> None:
    version = demo_db.run(current_version)
    rows = demo_db.run(unit_rows, version.id, DEMO_TODAY)
    unit = next(r for r in rows if r.kind == "result_unit" and r.leader)
    before = demo_db.run(overview, DEMO_TODAY)

    def leave(s) -> None:  # type: ignore[no-untyped-def]
        position = s.scalar(select(Position).where(Position.unit_id == unit.id, Position.role == PositionRole.LEADER,
                                                   Position.end_date.is_(None)))
        end_position(s, position.id, DEMO_TODAY - timedelta(days=10))
        stand_in = s.scalars(select(Person).order_by(Person.family_name)).first()
        appoint(s, unit_id=unit.id, person_id=stand_in.id, role="acting_leader", start=DEMO_TODAY - timedelta(days=9))

    demo_db.run(leave)
    after = demo_db.run(overview, DEMO_TODAY)
    assert after.leaders == before.leaders - 1 and after.vacancies == before.vacancies + 1
    assert after.acting_leaders == before.acting_leaders + 1
    assert _zero_alternative_leaders(demo_db) == after.leaders


def test_the_top_team_and_acting_leaders_are_not_leader_posts() -> None:
    posts = count_leader_posts([("administration", True, False), ("top_team", True, False),
                                ("result_unit", True, False), ("result_unit", False, True),
                                ("staff", False, False)])
    assert (posts.filled, posts.vacant, posts.acting, posts.posts) == (2, 2, 1, 4)
