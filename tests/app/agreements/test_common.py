"""Common requirements: written once, they follow into the open drafts of the period; signed ones stay as signed."""

from __future__ import annotations

import uuid
from datetime import date

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.agreements import common, lifecycle
from app.agreements.rules import AgreementError
from app.org.queries import current_version
from app.storage.database import Database
from db.models import Agreement, AgreementStatus, AgreementTemplate, CommonRequirement, Goal, Unit
from tests.conftest import DEMO_TODAY

Y = DEMO_TODAY.year


def template_id(session: Session) -> uuid.UUID:
    return session.scalar(select(AgreementTemplate.id).where(
        AgreementTemplate.key == "statskonsult_resultatavtale", AgreementTemplate.language == "nb"))


def unit(session: Session, code: str) -> Unit:
    version = current_version(session)
    return session.scalar(select(Unit).where(Unit.org_version_id == version.id, Unit.code == code))


def demo_agreement(session: Session, code: str, status: AgreementStatus) -> Agreement:
    return session.scalar(select(Agreement).join(Unit).where(
        Unit.code == code, Agreement.status == status, Agreement.period_start == date(Y, 1, 1)))


def common_texts(session: Session, agreement_id: uuid.UUID) -> list[str]:
    return [g.text for g in session.scalars(
        select(Goal).where(Goal.agreement_id == agreement_id, Goal.category == "generelle_krav")
        .order_by(Goal.sort_order))]


def test_list_shows_the_years_requirements_and_how_many_agreements_hold_them(demo_db: Database) -> None:
    with demo_db.session() as s:
        rows = common.list_common_requirements(s, year=Y)
        assert len(rows) == 2 and {r.period_start for r in rows} == {date(Y, 1, 1)}
        assert rows[0].text.startswith("Drive enheten innenfor vedtatt budsjettramme")
        assert rows[0].unit_kind is None and rows[0].category == "generelle_krav"
        # Every demo agreement of the year holds both (the superseded first revision included).
        held = s.scalars(select(Goal.agreement_id).where(Goal.common_requirement_id == rows[0].id)).all()
        assert rows[0].agreements == len(set(held)) == 7
        assert len(common.list_common_requirements(s)) == 4  # last year's two as well


def test_a_new_requirement_goes_into_open_drafts_of_the_period_only(demo_db: Database) -> None:
    with demo_db.session() as s:
        draft, discussion = demo_agreement(s, "4100", AgreementStatus.DRAFT), demo_agreement(
            s, "3200", AgreementStatus.DISCUSSION)
        signed = demo_agreement(s, "2100", AgreementStatus.SIGNED)
        signed_before = common_texts(s, signed.id)
        added = common.add_common_requirement(
            s, period_start=date(Y, 1, 1), period_end=date(Y, 12, 31), category="generelle_krav",
            text="Bruke kommunens avvikssystem", indicator="Alle avvik er lukket innen fristen",
            evaluation="Kvalitetsrapporten",
        )
        assert added.agreements_updated == 2
        ids = (draft.id, discussion.id, signed.id)
    with demo_db.session() as s:
        assert common_texts(s, ids[0])[-1] == "Bruke kommunens avvikssystem"
        assert common_texts(s, ids[1])[-1] == "Bruke kommunens avvikssystem"
        assert common_texts(s, ids[2]) == signed_before
        goal = s.scalar(select(Goal).where(Goal.agreement_id == ids[0],
                                           Goal.common_requirement_id == added.requirement_id))
        assert (goal.indicator, goal.evaluation, goal.number) == (
            "Alle avvik er lukket innen fristen", "Kvalitetsrapporten", "3")
        # A draft made afterwards gets it too.
        new = lifecycle.create_agreement(s, template_id=template_id(s), unit_id=unit(s, "2120").id,
                                         period_start=date(Y, 1, 1), period_end=date(Y, 12, 31), on=DEMO_TODAY)
        assert "Bruke kommunens avvikssystem" in common_texts(s, new.id)


def test_a_requirement_for_one_kind_of_unit_reaches_only_those_units(demo_db: Database) -> None:
    with demo_db.session() as s:
        staff_draft = lifecycle.create_agreement(s, template_id=template_id(s), unit_id=unit(s, "1100").id,
                                                 period_start=date(Y, 1, 1), period_end=date(Y, 12, 31), on=DEMO_TODAY)
        added = common.add_common_requirement(
            s, period_start=date(Y, 1, 1), period_end=date(Y, 12, 31), category="generelle_krav",
            text="Gi råd til enhetslederne innen fem dager", unit_kind="staff",
        )
        assert added.agreements_updated == 1
        assert "Gi råd til enhetslederne innen fem dager" in common_texts(s, staff_draft.id)
        assert "Gi råd til enhetslederne innen fem dager" not in common_texts(
            s, demo_agreement(s, "4100", AgreementStatus.DRAFT).id)
        with pytest.raises(AgreementError, match="ikke en enhetstype"):
            common.add_common_requirement(s, period_start=date(Y, 1, 1), period_end=date(Y, 12, 31),
                                          category="generelle_krav", text="x", unit_kind="skole")
        with pytest.raises(AgreementError, match="Skriv selve kravet"):
            common.add_common_requirement(s, period_start=date(Y, 1, 1), period_end=date(Y, 12, 31),
                                          category="generelle_krav", text="  ")
        with pytest.raises(AgreementError, match="slutter"):
            common.add_common_requirement(s, period_start=date(Y, 12, 1), period_end=date(Y, 1, 1),
                                          category="generelle_krav", text="x")


def test_changing_a_requirement_updates_drafts_and_leaves_signed_agreements_as_signed(demo_db: Database) -> None:
    with demo_db.session() as s:
        requirement = s.scalar(select(CommonRequirement).where(CommonRequirement.period_start == date(Y, 1, 1))
                               .order_by(CommonRequirement.sort_order).limit(1))
        original, original_indicator = requirement.text, requirement.indicator
        draft = demo_agreement(s, "4100", AgreementStatus.DRAFT).id
        signed = demo_agreement(s, "2100", AgreementStatus.SIGNED).id
        old = common.update_common_requirement(s, requirement.id, text="Holde budsjettet og melde avvik innen 14 dager",
                                               indicator="Ingen avvik over 1 %")
        assert old == {"text": original, "indicator": original_indicator}
        assert old.agreements_updated == 2  # the draft and the agreement under discussion
        requirement_id = requirement.id
    with demo_db.session() as s:
        changed = s.scalar(select(Goal).where(Goal.agreement_id == draft, Goal.common_requirement_id == requirement_id))
        kept = s.scalar(select(Goal).where(Goal.agreement_id == signed, Goal.common_requirement_id == requirement_id))
        assert (changed.text, changed.indicator) == ("Holde budsjettet og melde avvik innen 14 dager",
                                                     "Ingen avvik over 1 %")
        assert kept.text == original
        undo = common.update_common_requirement(s, requirement_id, **old)
        assert undo.agreements_updated == 2
    with demo_db.session() as s:
        assert s.get_one(Goal, changed.id).text == original


def test_moving_a_requirement_to_another_period_takes_it_out_of_the_drafts(demo_db: Database) -> None:
    with demo_db.session() as s:
        requirement = s.scalar(select(CommonRequirement).where(CommonRequirement.period_start == date(Y, 1, 1))
                               .order_by(CommonRequirement.sort_order).limit(1))
        draft = demo_agreement(s, "4100", AgreementStatus.DRAFT)
        before = len(common_texts(s, draft.id))
        old = common.update_common_requirement(s, requirement.id, period_start=date(Y + 1, 1, 1),
                                               period_end=date(Y + 1, 12, 31))
        assert old.agreements_updated == 2
        assert len(common_texts(s, draft.id)) == before - 1
        assert [g.number for g in draft.goals if g.category == "generelle_krav"] == ["1"]
        common.update_common_requirement(s, requirement.id, **old)
        assert requirement.text in common_texts(s, draft.id)


def test_deleting_a_requirement_removes_it_from_drafts_and_restore_puts_it_back(demo_db: Database) -> None:
    with demo_db.session() as s:
        requirement = s.scalar(select(CommonRequirement).where(CommonRequirement.period_start == date(Y, 1, 1))
                               .order_by(CommonRequirement.sort_order).limit(1))
        requirement_id, text = requirement.id, requirement.text
        draft = demo_agreement(s, "4100", AgreementStatus.DRAFT).id
        signed = demo_agreement(s, "2100", AgreementStatus.SIGNED).id
        draft_goal = s.scalar(select(Goal.id).where(Goal.agreement_id == draft,
                                                    Goal.common_requirement_id == requirement_id))
        snapshot = common.delete_common_requirement(s, requirement_id)
        assert snapshot.agreements_updated == 2
    with demo_db.session() as s:
        assert s.get(CommonRequirement, requirement_id) is None
        assert text not in common_texts(s, draft) and s.get(Goal, draft_goal) is None
        assert text in common_texts(s, signed)  # what was signed stays in the signed agreement
        restored = common.restore_common_requirement(s, snapshot)
        assert restored.requirement_id == requirement_id
        assert restored.agreements_updated == 2  # back in the draft and the agreement under discussion
    with demo_db.session() as s:
        assert common_texts(s, draft)[0] == text and s.get(Goal, draft_goal) is not None
        signed_goal = s.scalar(select(Goal).where(Goal.agreement_id == signed, Goal.text == text))
        assert signed_goal.common_requirement_id == requirement_id
