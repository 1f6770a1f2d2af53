"""The demo municipality makes sense to someone who knows how a Norwegian municipality is run."""

from __future__ import annotations

import shutil
from collections import Counter
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.codes import default_code_book
from app.demo import DemoSummary, build_demo
from app.errors import AppError
from app.storage.database import Database, open_database
from db.models import (
    ActionItem,
    Agreement,
    AgreementKind,
    AgreementStatus,
    Assessor,
    AuditEntry,
    BudgetKind,
    BudgetLine,
    BudgetSet,
    CodeList,
    FollowUpLink,
    Meeting,
    MeetingStatus,
    Network,
    OrgVersion,
    OrgVersionStatus,
    Position,
    PositionRole,
    Unit,
    UnitAnsvar,
    UnitKind,
)
from tests import postgres
from tests.conftest import DEMO_TODAY

TODAY = DEMO_TODAY


def _current(start: date, end: date | None, day: date = TODAY) -> bool:
    return start <= day and (end is None or day <= end)


@pytest.fixture(scope="module")
def demo(_demo_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Session]:
    """One read-only session on a copy of the demo, shared by the checks in this module."""
    if postgres.enabled():
        name = postgres.create_database("demo_read", template=str(_demo_template))
        target: Path | str = postgres.database_url(name)
    else:
        target = tmp_path_factory.mktemp("demo_read") / "demo.sdb"
        shutil.copyfile(_demo_template, target)
    db = open_database(target)
    with db.session() as session:
        yield session
    db.close()
    if postgres.enabled():
        postgres.drop_database(name)


def _result_units(session: Session) -> list[Unit]:
    return list(session.scalars(select(Unit).where(Unit.kind == UnitKind.RESULT_UNIT)))


def _current_positions(session: Session, role: PositionRole) -> list[Position]:
    return [p for p in session.scalars(select(Position).where(Position.role == role))
            if _current(p.start_date, p.end_date)]


# --- organisation ------------------------------------------------------------------------------


def test_one_current_org_version_with_the_rådmann_at_the_top(demo: Session) -> None:
    versions = demo.scalars(select(OrgVersion)).all()
    assert [v.status for v in versions] == [OrgVersionStatus.CURRENT]
    roots = demo.scalars(select(Unit).where(Unit.parent_id.is_(None))).all()
    assert [(r.name, r.kind) for r in roots] == [("Rådmannen", UnitKind.ADMINISTRATION)]
    chief = _current_positions(demo, PositionRole.CHIEF_EXECUTIVE)
    assert len(chief) == 1 and chief[0].unit_id == roots[0].id
    # Two levels: every result unit sits directly under the rådmann.
    assert {u.parent_id for u in _result_units(demo)} == {roots[0].id}
    assert 25 <= len(_result_units(demo)) <= 35


def test_every_result_unit_has_exactly_one_current_follow_up_lead_in_the_top_team(demo: Session) -> None:
    top_team = demo.scalars(select(Unit).where(Unit.kind == UnitKind.TOP_TEAM)).one()
    leads = {p.person_id for p in _current_positions(demo, PositionRole.FOLLOW_UP_LEAD) if p.unit_id == top_team.id}
    assert len(leads) == 4

    followed: Counter[object] = Counter()
    series: dict[object, set[str]] = {}
    for unit in _result_units(demo):
        current = [link for link in unit.follow_up_links if _current(link.start_date, link.end_date)]
        assert len(current) == 1, unit.name
        lead_id = current[0].lead_person_id
        assert lead_id in leads, unit.name
        followed[lead_id] += 1
        series.setdefault(lead_id, set()).add(unit.ansvar_codes[0].code[0])
    assert all(6 <= n <= 9 for n in followed.values()), followed
    # Follow-up crosses sectors: at least one kommunalsjef follows units from several ansvar series.
    assert any(len(s) > 1 for s in series.values())
    # A change of lead leaves the old link as history, not as a second current link.
    assert demo.scalar(select(func.count()).select_from(FollowUpLink).where(FollowUpLink.end_date.is_not(None))) >= 1


def test_units_have_realistic_sizes_and_descriptions(demo: Session) -> None:
    for unit in _result_units(demo):
        assert unit.fte > 0 and unit.staff_count >= unit.fte, unit.name
        assert unit.area_of_work and unit.services and unit.code and unit.short_name, unit.name
    by_name = {u.name: u for u in demo.scalars(select(Unit))}
    assert 60 <= by_name["Lindvik sykehjem"].fte <= 85
    assert by_name["NAV Lindvik"].is_external
    assert by_name["Lindvik ungdomsskole"].year_type.value == "school"
    kinds = {u.kind for u in by_name.values()}
    assert {UnitKind.STAFF, UnitKind.SUPPORT, UnitKind.SERVICE_DESK, UnitKind.DEVELOPMENT} <= kinds


def test_ansvar_codes_are_unique_four_digit_text(demo: Session) -> None:
    codes = demo.scalars(select(UnitAnsvar.code)).all()
    assert len(codes) == len(set(codes))
    assert all(len(code) == 4 and code.isdigit() for code in codes)
    for unit in _result_units(demo):
        assert {a.code[0] for a in unit.ansvar_codes} <= {"2", "3", "4", "5"}, unit.name


def test_vacancies_one_with_an_acting_leader_and_one_without(demo: Session) -> None:
    leaders = {p.unit_id for p in _current_positions(demo, PositionRole.LEADER)}
    acting = {p.unit_id for p in _current_positions(demo, PositionRole.ACTING_LEADER)}
    vacant = [u for u in _result_units(demo) if u.id not in leaders]
    assert 1 <= len(vacant) <= 2
    assert any(u.id in acting for u in vacant) and any(u.id not in acting for u in vacant)
    acting_position = next(p for p in _current_positions(demo, PositionRole.ACTING_LEADER))
    assert acting_position.end_date is not None
    ended = demo.scalar(select(func.count()).select_from(Position).where(
        Position.role == PositionRole.LEADER, Position.end_date < TODAY))
    assert ended >= 3  # earlier leaders are kept as history


def test_people_have_work_addresses_and_unique_usernames(demo: Session) -> None:
    positions = demo.scalars(select(Position)).all()
    people = {p.person for p in positions}
    assert all(p.email.endswith("@lindvik.kommune.no") and p.email.isascii() for p in people)
    usernames = [p.username for p in people]
    assert len(usernames) == len(set(usernames))


def test_two_networks_of_six_to_ten_leaders_with_a_coordinator(demo: Session) -> None:
    networks = demo.scalars(select(Network)).all()
    assert len(networks) == 2
    for network in networks:
        assert 6 <= len(network.memberships) <= 10, network.name
        assert sum(m.is_coordinator for m in network.memberships) == 1
        assert all(m.unit.kind is UnitKind.RESULT_UNIT for m in network.memberships)


# --- agreements -------------------------------------------------------------------------------


def test_agreements_cover_the_life_of_a_result_agreement(demo: Session) -> None:
    agreements = demo.scalars(select(Agreement)).all()
    # Every result unit has a result agreement for the year (issue 19), some on the municipal templates.
    result_units = {u.lineage_id for u in demo.scalars(select(Unit).where(Unit.kind == UnitKind.RESULT_UNIT))}
    assert result_units == {a.unit_lineage_id for a in agreements if a.kind is AgreementKind.RESULT
                            and a.period_start.year == TODAY.year}
    assert {"kommune_resultatavtale", "kommune_lederavtale", "radmann_lederavtale"} <= {
        a.template.key for a in agreements}
    statuses = {a.status for a in agreements}
    assert set(AgreementStatus) <= statuses
    for agreement in agreements:
        assert agreement.unit_id and agreement.unit_lineage_id == agreement.unit.lineage_id
        # the rådmann's superior is the ordfører, who is not a person of the org chart
        assert agreement.leader_id and agreement.confidential
        assert agreement.superior_id or agreement.unit.kind is UnitKind.ADMINISTRATION
        categories = {c["key"] for c in agreement.template.definition.get("goal_categories", [])}
        assert 3 <= len(agreement.goals) <= 6 or agreement.kind is AgreementKind.LEADER
        assert {g.category for g in agreement.goals} <= categories
        assert agreement.values["unit"] == agreement.unit.name
        fields = {f["key"] for section in agreement.template.definition["sections"] for f in section["fields"]}
        assert set(agreement.values) == fields  # every field of the template filled in, nothing else
        if agreement.status is not AgreementStatus.EVALUATED and agreement.kind is AgreementKind.RESULT:
            assert agreement.period_start == date(TODAY.year, 1, 1) and agreement.period_end == date(TODAY.year, 12, 31)
    evaluated = next(a for a in agreements if a.status is AgreementStatus.EVALUATED)
    assert evaluated.period_start.year == TODAY.year - 1
    for goal in evaluated.goals:
        assert {a.assessor for a in goal.assessments} == {Assessor.SELF, Assessor.SUPERIOR}
        assert all(a.scale in (1, 2, 3) for a in goal.assessments)
    superseded = next(a for a in agreements if a.status is AgreementStatus.SUPERSEDED)
    successor = next(a for a in agreements if a.revision_of_id == superseded.id)
    assert successor.revision == 2 and successor.status is AgreementStatus.SIGNED
    for agreement in agreements:
        if agreement.status is AgreementStatus.SIGNED:
            assert agreement.signed_by_leader_on and agreement.signed_by_superior_on <= TODAY


# --- meetings ---------------------------------------------------------------------------------


def test_meetings_are_never_in_a_future_month(demo: Session) -> None:
    meetings = demo.scalars(select(Meeting)).all()
    assert meetings
    assert all((m.year, m.month) <= (TODAY.year, TODAY.month) for m in meetings)
    for meeting in meetings:
        if meeting.status is MeetingStatus.HELD:
            assert meeting.meeting_date <= TODAY and meeting.sections["leader_account"]
        if meeting.status is MeetingStatus.PLANNED:
            assert meeting.month == TODAY.month and meeting.meeting_date > TODAY
        if meeting.locked:
            assert meeting.approved_by_leader_on and meeting.approved_by_superior_on


def test_meeting_grid_has_every_state_including_missing_months(demo: Session) -> None:
    statuses = Counter(demo.scalars(select(Meeting.status)))
    assert statuses[MeetingStatus.HELD] > 200
    assert statuses[MeetingStatus.CANCELLED] and statuses[MeetingStatus.POSTPONED]
    held = {(m.unit_id, m.month) for m in demo.scalars(select(Meeting))}
    leaders = {p.unit_id for p in _current_positions(demo, PositionRole.LEADER)}
    missing = [(u.name, month) for u in _result_units(demo) if u.id in leaders
               for month in range(1, TODAY.month) if (u.id, month) not in held]
    assert missing


def test_goal_status_is_reported_for_units_with_signed_agreements(demo: Session) -> None:
    signed = demo.scalars(select(Agreement).where(Agreement.status == AgreementStatus.SIGNED))
    signed_units = {a.unit_id for a in signed}
    with_status = {m.unit_id for m in demo.scalars(select(Meeting)) if m.goal_statuses}
    assert with_status and with_status <= signed_units


def test_action_items_some_open_some_overdue_and_carried_from_earlier_meetings(demo: Session) -> None:
    items = demo.scalars(select(ActionItem)).all()
    by_id = {item.id: item for item in items}
    carried_on = {item.carried_from_id for item in items if item.carried_from_id}
    live_open = [i for i in items if i.done_on is None and i.id not in carried_on]
    assert live_open
    assert any(i.due_date < TODAY for i in live_open)
    assert sum(i.done_on is not None for i in items) > len(items) / 2
    assert all(i.done_on <= TODAY for i in items if i.done_on)
    assert carried_on
    for item in items:
        if item.carried_from_id:
            earlier = by_id[item.carried_from_id]
            assert earlier.text == item.text
            assert earlier.meeting.unit_id == item.meeting.unit_id
            assert earlier.meeting.month < item.meeting.month


# --- budget -----------------------------------------------------------------------------------


def test_budget_lines_use_known_ansvar_and_text_codes(demo: Session) -> None:
    ansvar = set(demo.scalars(select(UnitAnsvar.code)))
    assert set(demo.scalars(select(BudgetLine.ansvar).distinct())) <= ansvar
    arts = set(demo.scalars(select(BudgetLine.art).distinct()))
    assert {"01000", "09900", "71000"} <= arts
    assert all(len(art) == 5 for art in arts)  # "01000", never 1000
    funksjoner = set(demo.scalars(select(BudgetLine.funksjon).distinct()))
    assert any(len(f) == 5 for f in funksjoner)  # a local tjeneste extending a KOSTRA funksjon
    book = default_code_book()
    assert all(book.is_valid(CodeList.ART, art, TODAY.year) for art in arts)
    assert all(book.is_valid(CodeList.FUNKSJON, f, TODAY.year) for f in funksjoner)


def test_accounts_differ_from_budget_by_a_plausible_few_percent(demo: Session) -> None:
    sets = {s.kind: s for s in demo.scalars(select(BudgetSet))}
    budget, accounts = sets[BudgetKind.BUDSJETT], sets[BudgetKind.REGNSKAP]
    assert (budget.period_from, budget.period_to) == (1, 12)
    assert accounts.period_to == TODAY.month - 1 and accounts.imported_at is not None

    def total(budget_set: BudgetSet, to_period: int) -> int:
        return demo.scalar(select(func.sum(BudgetLine.amount_ore)).where(
            BudgetLine.budget_set_id == budget_set.id, BudgetLine.period <= to_period))

    budgeted, spent = total(budget, accounts.period_to), total(accounts, accounts.period_to)
    assert 0.003 < abs(spent - budgeted) / budgeted < 0.06
    # About 700,000 kr a year per FTE in wages: the whole municipality lands in the hundreds of millions.
    assert 300_000_000_00 < total(budget, 12) < 900_000_000_00
    assert demo.scalar(select(func.count()).select_from(BudgetLine).where(BudgetLine.amount_ore < 0)) > 0


def test_one_audit_entry_sums_up_the_demo(demo: Session) -> None:
    entries = demo.scalars(select(AuditEntry)).all()
    assert len(entries) == 1 and "Demokommunen opprettet" in entries[0].summary


# --- building ---------------------------------------------------------------------------------


def _build(path: Path, *, seed: int = 2026) -> tuple[Database, DemoSummary]:
    db = open_database(path)
    with db.session() as session:
        summary = build_demo(session, seed=seed, today=TODAY)
    return db, summary


def _fingerprint(db: Database) -> tuple[object, ...]:
    with db.session() as session:
        units = sorted((str(u.id), u.name, str(u.fte)) for u in session.scalars(select(Unit)))
        people = sorted((str(p.id), p.given_name, p.family_name) for p in {
            pos.person for pos in session.scalars(select(Position))})
        meetings = session.scalar(select(func.count()).select_from(Meeting))
        amounts = session.scalar(select(func.sum(BudgetLine.amount_ore)))
        first_line = session.scalar(select(BudgetLine.id).order_by(BudgetLine.id).limit(1))
    return units, people, meetings, amounts, first_line


def test_same_seed_and_day_give_the_same_demo_and_its_summary_counts_the_rows(tmp_path: Path) -> None:
    first, summary_a = _build(tmp_path / "a.sdb")
    second, summary_b = _build(tmp_path / "b.sdb")
    other, _ = _build(tmp_path / "c.sdb", seed=7)
    try:
        assert summary_a == summary_b
        assert _fingerprint(first) == _fingerprint(second)
        assert _fingerprint(other) != _fingerprint(first)
        with first.session() as session:
            def count(model: type) -> int:
                return session.scalar(select(func.count()).select_from(model))

            assert summary_a.units == count(Unit)
            assert summary_a.result_units == len(_result_units(session))
            assert summary_a.agreements == count(Agreement)
            assert summary_a.meetings == count(Meeting)
            assert summary_a.action_items == count(ActionItem)
            assert summary_a.budget_lines == count(BudgetLine)
            assert summary_a.vacancies == 2 and summary_a.leaders >= 30
    finally:
        for db in (first, second, other):
            db.close()


def test_building_into_a_database_with_a_municipality_is_refused(demo_db: Database) -> None:
    with pytest.raises(AppError, match="allerede kommunen «Lindvik kommune»"), demo_db.session() as session:
        build_demo(session, today=TODAY)


@pytest.mark.parametrize("day", [date(2026, 1, 5), date(2026, 2, 28), date(2023, 12, 31)])
def test_demo_builds_on_any_day_of_the_year(empty_db: Database, day: date) -> None:
    """Early January has no closed month of accounts; 2023 still has funksjon 254 instead of 257/258."""
    with empty_db.session() as session:
        summary = build_demo(session, today=day)
        months = set(session.scalars(select(Meeting.month)))
        sets = {s.kind for s in session.scalars(select(BudgetSet))}
        funksjoner = set(session.scalars(select(BudgetLine.funksjon).distinct()))
    assert summary.meetings > 0 and max(months) == day.month
    assert (BudgetKind.REGNSKAP in sets) == (day.month > 1)
    book = default_code_book()
    assert all(book.is_valid(CodeList.FUNKSJON, f, day.year) for f in funksjoner)
