"""The Avtaler overview: the filtered list and the units that still need an agreement."""

from __future__ import annotations

from datetime import date

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from app.agreements import lifecycle
from app.agreements.overview import AgreementFilter, list_agreements, missing_agreements
from app.org.queries import active, current_version, unit_rows
from app.storage.database import Database
from db.models import Agreement, AgreementTemplate, FollowUpLink, Goal, Person, Unit
from tests.conftest import DEMO_TODAY

Y = DEMO_TODAY.year


def unit(session: Session, code: str) -> Unit:
    version = current_version(session)
    return session.scalar(select(Unit).where(Unit.org_version_id == version.id, Unit.code == code))


def test_the_list_holds_every_agreement_with_its_people_goals_and_template(demo_db: Database) -> None:
    with demo_db.session() as s:
        rows = list_agreements(s)
        assert len(rows) == s.scalar(select(func.count()).select_from(Agreement)) >= 30
        assert [r.period_start for r in rows] == sorted((r.period_start for r in rows), reverse=True)
        rows_by_id = {r.id: r for r in rows}
        for agreement in s.scalars(select(Agreement)):
            row = rows_by_id[agreement.id]
            goals = s.scalar(select(func.count()).select_from(Goal).where(Goal.agreement_id == agreement.id))
            # the rådmann's superior is the ordfører, not a person of the org chart (issue 19's demo)
            assert (row.unit, row.leader, row.superior) == (
                agreement.unit.name, agreement.leader.full_name,
                agreement.superior.full_name if agreement.superior else "")
            assert (row.goals, row.status, row.revision, row.ends_on) == (
                goals, agreement.status.value, agreement.revision, agreement.period_end)
            assert row.template_name == agreement.template.name
        # The follow-up lead is the kommunalsjef following the unit up during the period.
        school = next(r for r in rows if r.unit == "Lindvik ungdomsskole")
        version = current_version(s)
        expected = next(u.follow_up_lead for u in unit_rows(s, version.id, DEMO_TODAY) if u.code == "2100")
        assert school.follow_up_lead == expected


def test_filters_by_year_status_follow_up_lead_and_unit(demo_db: Database) -> None:
    with demo_db.session() as s:
        def touching(year: int) -> int:
            return s.scalar(select(func.count()).select_from(Agreement).where(
                Agreement.period_start <= date(year, 12, 31), Agreement.period_end >= date(year, 1, 1)))

        assert len(list_agreements(s, AgreementFilter(year=Y))) == touching(Y) >= 30
        assert len(list_agreements(s, AgreementFilter(year=Y - 1))) == touching(Y - 1) >= 1
        assert len(list_agreements(s, Y - 1)) == touching(Y - 1)
        assert [r.period_start.year for r in list_agreements(s, AgreementFilter(year=Y - 2))] == []
        signed = list_agreements(s, AgreementFilter(status="signed"))
        assert len(signed) == s.scalar(select(func.count()).select_from(Agreement).where(
            Agreement.status == "signed")) and {r.status for r in signed} == {"signed"}
        kindergarten = unit(s, "2200")
        both_years = list_agreements(s, AgreementFilter(unit_id=kindergarten.id))
        assert [r.period_start.year for r in both_years] == [Y, Y - 1]
        lead_id = s.scalar(select(FollowUpLink.lead_person_id).where(
            FollowUpLink.unit_id == unit(s, "3100").id, active(FollowUpLink.start_date, FollowUpLink.end_date,
                                                              DEMO_TODAY)))
        followed = {
            link_unit for (link_unit,) in s.execute(select(FollowUpLink.unit_id).where(
                FollowUpLink.lead_person_id == lead_id,
                active(FollowUpLink.start_date, FollowUpLink.end_date, DEMO_TODAY)))
        }
        rows = list_agreements(s, AgreementFilter(follow_up_lead_id=lead_id, on=DEMO_TODAY))
        assert rows and all(r.unit_id in followed and r.follow_up_lead_id == lead_id for r in rows)
        everyone = list_agreements(s, AgreementFilter(on=DEMO_TODAY))
        assert len(rows) == sum(1 for r in everyone if r.unit_id in followed)
        assert list_agreements(s, AgreementFilter(year=Y, status="draft", follow_up_lead_id=lead_id)) == [
            r for r in rows if r.status == "draft" and r.period_start.year == Y]


def test_missing_and_expiring_agreements(demo_db: Database) -> None:
    with demo_db.session() as s:
        # Haugtun skole without its agreement: the unit that has none (the demo gives every unit one).
        s.execute(delete(Agreement).where(Agreement.unit_id == unit(s, "2120").id))
        rows = {r.unit: r for r in missing_agreements(s, Y, DEMO_TODAY)}
        version = current_version(s)
        result_units = {u.name for u in unit_rows(s, version.id, DEMO_TODAY) if u.kind == "result_unit"}
        # a leader agreement running years ahead covers its unit; every other needs a new or a first one
        covered = {a.unit.name for a in s.scalars(select(Agreement).where(Agreement.period_end > date(Y + 1, 1, 1)))}
        assert result_units - covered <= set(rows) <= result_units
        assert rows["Haugtun skole"].reason == "mangler"
        assert rows["Lindvik ungdomsskole"].reason == f"utløper 31.12.{Y}"  # 38 days ahead
        assert rows["Lindvik ungdomsskole"].ends_on == date(Y, 12, 31)
        assert rows["Psykisk helse og rus"].vacant and rows["Psykisk helse og rus"].leader == ""
        assert "Økonomi" not in rows  # staff units are not result units
        # Far from the end of the period, a running agreement is fine.
        early = {r.unit: r.reason for r in missing_agreements(s, Y, date(Y, 6, 1))}
        assert "Lindvik ungdomsskole" not in early and early["Haugtun skole"] == "mangler"


def test_next_years_agreement_ends_the_warning_and_only_the_current_leaders_agreement_counts(
    demo_db: Database,
) -> None:
    with demo_db.session() as s:
        template = s.scalar(select(AgreementTemplate.id).where(AgreementTemplate.key == "statskonsult_resultatavtale",
                                                                AgreementTemplate.language == "nb"))
        school = unit(s, "2100")
        s.execute(delete(Agreement).where(Agreement.unit_id == unit(s, "2120").id))  # Haugtun skole has none
        signed = s.scalar(select(Agreement).where(Agreement.unit_id == school.id))
        lifecycle.create_next(s, signed.id, period_start=date(Y + 1, 1, 1), period_end=date(Y + 1, 12, 31),
                              on=DEMO_TODAY)
        # An agreement with somebody who no longer leads the unit does not count.
        haugtun = unit(s, "2120")
        current = next(u.leader for u in unit_rows(s, current_version(s).id, DEMO_TODAY) if u.code == "2120")
        stranger = s.scalar(select(Person).where(
            func.trim(Person.given_name + " " + Person.family_name) != current).limit(1))
        lifecycle.create_agreement(s, template_id=template, unit_id=haugtun.id, period_start=date(Y, 1, 1),
                                   period_end=date(Y, 12, 31), leader_id=stranger.id)
        rows = {r.unit: r.reason for r in missing_agreements(s, Y, DEMO_TODAY)}
        assert "Lindvik ungdomsskole" not in rows
        assert rows["Haugtun skole"] == "mangler"
        lifecycle.create_agreement(s, template_id=template, unit_id=haugtun.id, period_start=date(Y, 1, 1),
                                   period_end=date(Y, 12, 31), on=DEMO_TODAY)
        assert {r.unit: r.reason for r in missing_agreements(s, Y, DEMO_TODAY)}["Haugtun skole"] == (
            f"utløper 31.12.{Y}")
