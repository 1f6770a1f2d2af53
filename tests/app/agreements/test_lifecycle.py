"""Agreements from draft to evaluation on the demo municipality (app.agreements.lifecycle): create,
sign, revise, delete and next year's agreement, read back from the database."""

from __future__ import annotations

import uuid
from datetime import date

import pytest
from sqlalchemy import func, select

from app.agreements import evaluation, lifecycle
from app.agreements.builder import build_document
from app.agreements.common import add_common_requirement
from app.agreements.detail import agreement_detail, revision_history, update_values
from app.agreements.document import GoalTable, ScaleBlock, SignatureBlock
from app.agreements.goals import add_goal, delete_goal, move_goal, update_goal
from app.agreements.rules import AgreementError
from app.storage.database import Database
from db.models import Agreement, AgreementStatus, Assessment, Goal, Person, Position, PositionRole
from tests.app.agreements.helpers import Y, new_draft, row_of, sign_it, template_id, unit
from tests.conftest import DEMO_TODAY


def document_text(db: Database, agreement_id: uuid.UUID) -> str:
    """Every text of the built document, as a reader of the printout would see it."""
    with db.session() as s:
        doc = build_document(s, agreement_id)
    parts = [doc.municipality, doc.title, doc.subtitle, doc.period, doc.marking, doc.status, doc.evaluation_summary]
    for block in doc.blocks:
        parts.append(getattr(block, "title", ""))
        parts.append(getattr(block, "text", ""))
        if isinstance(block, GoalTable):
            parts += block.columns
            for row in block.rows:
                parts += [*row.cells, *row.sub_items, row.self_assessment, row.superior_assessment,
                          row.self_comment, row.superior_comment]
        elif isinstance(block, ScaleBlock):
            parts += [f"{s.label} ({s.hint})" for s in block.steps]
        elif isinstance(block, SignatureBlock):
            parts += [block.place] + [f"{sig.label}: {sig.name} {sig.signed_on}" for sig in block.signatures]
        else:
            parts += [f"{f.label}: {f.value}" for f in getattr(block, "fields", [])]
    return "\n".join(p for p in parts if p)


def test_create_fills_in_leader_superior_title_values_and_the_periods_common_requirements(demo_db: Database) -> None:
    agreement_id = new_draft(demo_db)
    with demo_db.session() as s:
        a = s.get_one(Agreement, agreement_id)
        expected = row_of(s, "2120")
        school = unit(s, "2120")
        assert a.title == f"Resultatavtale {Y} – Haugtun skole"
        assert a.status == AgreementStatus.DRAFT and a.revision == 1 and a.kind.value == "result"
        assert a.leader.full_name == expected.leader
        assert a.superior.full_name == expected.follow_up_lead  # the kommunalsjef following the school up
        assert a.unit_lineage_id == school.lineage_id
        assert a.confidential is True  # the template's default: exempt from disclosure
        assert a.values["leader"] == expected.leader and a.values["unit"] == "Haugtun skole"
        assert a.values["superior"] == expected.follow_up_lead
        assert a.values["period_start"] == f"{Y}-01-01" and a.values["period_end"] == f"{Y}-12-31"
        assert a.values["leader_title"] == "Rektor"
        assert a.values["unit_goals"] == school.area_of_work
        assert a.values["appraisal"].startswith("medarbeidersamtalen")  # the field's default
        # The demo's two common requirements of the year, in their category, linked to the requirement.
        common = [g for g in a.goals if g.common_requirement_id is not None]
        assert len(common) == 2 and {g.category for g in common} == {"generelle_krav"}
        assert [g.number for g in sorted(common, key=lambda g: g.sort_order)] == ["1", "2"]


def test_signing_needs_a_place_both_parties_and_goal_texts(demo_db: Database) -> None:
    agreement_id = new_draft(demo_db)
    with demo_db.session() as s:
        with pytest.raises(AgreementError, match="stedet"):
            lifecycle.sign(s, agreement_id, place=" ", leader_signed_on=date(Y, 2, 1), superior_signed_on=date(Y, 2, 1))
        goal = add_goal(s, agreement_id, category="faglige_krav", text="")
        update_values(s, agreement_id, {"superior": None})
        expected = r"mangler nærmeste overordnede.*mål 1 under «Faglige krav» mangler tekst"
        with pytest.raises(AgreementError, match=expected):
            lifecycle.sign(s, agreement_id, place="Lindvik", leader_signed_on=date(Y, 2, 1),
                           superior_signed_on=date(Y, 2, 1))
        assert s.get_one(Agreement, agreement_id).status == AgreementStatus.DRAFT
        delete_goal(s, goal.id)


def test_signed_agreement_is_locked_and_unsign_undoes_a_mistaken_signing(demo_db: Database) -> None:
    agreement_id = new_draft(demo_db)
    with demo_db.session() as s:
        goal = add_goal(s, agreement_id, category="faglige_krav", text="Mål")
    sign_it(demo_db, agreement_id)
    with demo_db.session() as s:
        a = s.get_one(Agreement, agreement_id)
        assert a.status == AgreementStatus.SIGNED and a.signed_place == "Lindvik"
        assert (a.signed_by_leader_on, a.signed_by_superior_on) == (date(Y, 2, 3), date(Y, 2, 4))
        assert a.values["signed_place"] == "Lindvik" and a.values["signed_date"] == f"{Y}-02-04"
        for action in (
            lambda: update_values(s, agreement_id, {"business_plan": "x"}),
            lambda: add_goal(s, agreement_id, category="faglige_krav", text="x"),
            lambda: update_goal(s, goal.id, text="x"),
            lambda: delete_goal(s, goal.id),
            lambda: move_goal(s, goal.id, 1),
            lambda: lifecycle.delete_agreement(s, agreement_id),
        ):
            with pytest.raises(AgreementError, match=r"signert|utkast"):
                action()
        with pytest.raises(AgreementError) as err:
            update_values(s, agreement_id, {"business_plan": "x"})
        assert str(err.value) == "Avtalen er signert og låst. Lag en revisjon for å endre den."
        assert agreement_detail(s, agreement_id).locked is True
        lifecycle.unsign(s, agreement_id)
        assert a.status == AgreementStatus.DISCUSSION and a.signed_by_leader_on is None


def test_a_revision_keeps_the_signed_agreement_and_copies_values_and_goals(demo_db: Database) -> None:
    agreement_id = new_draft(demo_db)
    with demo_db.session() as s:
        goal_id = add_goal(s, agreement_id, category="faglige_krav", text="Mål", indicator="Ind").id
        update_values(s, agreement_id, {"business_plan": "Plan"})
    sign_it(demo_db, agreement_id)
    with demo_db.session() as s:
        evaluation.set_assessment(s, goal_id, assessor="self", scale=2)
        new = lifecycle.make_revision(s, agreement_id, reason="Budsjettkutt i mai")
        new_id = new.id
    with demo_db.session() as s:
        old, new = s.get_one(Agreement, agreement_id), s.get_one(Agreement, new_id)
        assert old.status == AgreementStatus.SUPERSEDED and old.signed_by_leader_on == date(Y, 2, 3)
        assert new.status == AgreementStatus.DRAFT and new.revision == 2 and new.revision_of_id == old.id
        assert new.values["business_plan"] == "Plan" and new.values["signed_date"] == ""
        assert new.values["revision_reason"] == "Budsjettkutt i mai"
        assert new.signed_by_leader_on is None and new.signed_by_superior_on is None
        assert [(g.category, g.number, g.text, g.indicator) for g in new.goals] == [
            (g.category, g.number, g.text, g.indicator) for g in old.goals]
        assert {g.id for g in new.goals}.isdisjoint({g.id for g in old.goals})
        assert not any(g.assessments for g in new.goals)  # assessments stay with what was assessed
        assert len(s.get_one(Goal, goal_id).assessments) == 1
        history = revision_history(s, new_id)
        assert [(r.revision, r.status) for r in history] == [(1, "superseded"), (2, "draft")]
        assert revision_history(s, agreement_id) == history
        with pytest.raises(AgreementError, match="allerede erstattet"):
            lifecycle.make_revision(s, agreement_id)
        assert agreement_detail(s, agreement_id).superseded_by_id == new_id


def test_deleting_a_draft_revision_makes_the_signed_one_current_again_and_restore_undoes(demo_db: Database) -> None:
    agreement_id = new_draft(demo_db)
    with demo_db.session() as s:
        add_goal(s, agreement_id, category="faglige_krav", text="Mål")
    sign_it(demo_db, agreement_id)
    with demo_db.session() as s:
        new_id = lifecycle.make_revision(s, agreement_id).id
    with demo_db.session() as s:
        snapshot = lifecycle.delete_agreement(s, new_id)
    with demo_db.session() as s:
        assert s.get(Agreement, new_id) is None
        assert s.get_one(Agreement, agreement_id).status == AgreementStatus.SIGNED
        restored = lifecycle.restore_agreement(s, snapshot)
        assert restored.id == new_id and [g.text for g in restored.goals if not g.common_requirement_id] == ["Mål"]
    with demo_db.session() as s:
        assert s.get_one(Agreement, agreement_id).status == AgreementStatus.SUPERSEDED


def test_only_drafts_can_be_deleted(demo_db: Database) -> None:
    agreement_id = new_draft(demo_db)
    with demo_db.session() as s:
        lifecycle.send_to_discussion(s, agreement_id)
        with pytest.raises(AgreementError, match="Bare utkast kan slettes"):
            lifecycle.delete_agreement(s, agreement_id)
        lifecycle.return_to_draft(s, agreement_id)
        lifecycle.delete_agreement(s, agreement_id)
    with demo_db.session() as s:
        assert s.get(Agreement, agreement_id) is None
        assert s.scalar(select(func.count()).select_from(Goal).where(Goal.agreement_id == agreement_id)) == 0


def test_next_years_agreement_carries_forward_the_goals_not_reached(demo_db: Database) -> None:
    agreement_id = new_draft(demo_db)
    with demo_db.session() as s:
        reached = add_goal(s, agreement_id, category="faglige_krav", text="Nådd").id
        partly = add_goal(s, agreement_id, category="faglige_krav", text="Delvis", indicator="I",
                          sub_goals=["a"]).id
        personal = add_goal(s, agreement_id, category="personlige_utviklingsmal", text="Lytte mer").id
        update_values(s, agreement_id, {"contact_network": "Nettverket", "evaluation_meeting": "Uke 47"})
        add_common_requirement(s, period_start=date(Y + 1, 1, 1), period_end=date(Y + 1, 12, 31),
                               category="generelle_krav", text="Nytt felles krav")
    sign_it(demo_db, agreement_id)
    with demo_db.session() as s:
        common = [g.id for g in s.get_one(Agreement, agreement_id).goals if g.common_requirement_id]
        for goal_id, scale in ((reached, 3), (partly, 2), *((c, 1) for c in common)):
            evaluation.set_assessment(s, goal_id, assessor="superior", scale=scale)
        # The personal goal has only a self-assessment: the superior never rated it, so it is unfinished.
        evaluation.set_assessment(s, personal, assessor="self", scale=3)
        with pytest.raises(AgreementError, match="Overordnedes vurdering mangler for mål 1 under «Personlige"):
            evaluation.finish_evaluation(s, agreement_id, summary="Oppsummert.")
        evaluation.set_assessment(s, personal, assessor="superior", scale=None, comment="Ikke vurdert ennå")
        with pytest.raises(AgreementError, match="Overordnedes vurdering mangler"):
            evaluation.finish_evaluation(s, agreement_id, summary="Oppsummert.")
        evaluation.set_assessment(s, personal, assessor="superior", scale=1)
        evaluation.finish_evaluation(s, agreement_id, summary="Oppsummert.")
        new = lifecycle.create_next(s, agreement_id, period_start=date(Y + 1, 1, 1), period_end=date(Y + 1, 12, 31),
                                    on=DEMO_TODAY)
        new_id = new.id
    with demo_db.session() as s:
        old, new = s.get_one(Agreement, agreement_id), s.get_one(Agreement, new_id)
        assert old.status == AgreementStatus.SUPERSEDED and old.evaluation_summary == "Oppsummert."
        assert new.previous_id == old.id and new.status == AgreementStatus.DRAFT and new.revision == 1
        assert new.title == f"Resultatavtale {Y + 1} – Haugtun skole"
        carried = {g.text: g for g in new.goals if g.carried_from_id}
        assert set(carried) == {"Delvis", "Lytte mer"}  # not «Nådd», nor last year's common requirements
        assert carried["Delvis"].carried_from_id == partly and carried["Delvis"].indicator == "I"
        assert carried["Delvis"].sub_goals[0]["text"] == "a" and carried["Delvis"].deadline is None
        assert [g.text for g in new.goals if g.common_requirement_id] == ["Nytt felles krav"]
        assert new.values["contact_network"] == "Nettverket" and new.values["evaluation_meeting"] == "Uke 47"
        assert new.values["period_start"] == f"{Y + 1}-01-01" and new.values["signed_date"] == ""
        assert not any(g.assessments for g in new.goals)
        with pytest.raises(AgreementError, match="allerede erstattet"):
            lifecycle.create_next(s, agreement_id, period_start=date(Y + 1, 1, 1), period_end=date(Y + 1, 12, 31))
        # Deleting next year's draft makes last year's evaluated agreement current again.
        lifecycle.delete_agreement(s, new_id)
        assert old.status == AgreementStatus.EVALUATED


def test_next_years_agreement_needs_a_later_period_and_a_signed_agreement(demo_db: Database) -> None:
    agreement_id = new_draft(demo_db)
    with demo_db.session() as s:
        with pytest.raises(AgreementError, match="ikke signert ennå"):
            lifecycle.create_next(s, agreement_id, period_start=date(Y + 1, 1, 1), period_end=date(Y + 1, 12, 31))
        add_goal(s, agreement_id, category="faglige_krav", text="Mål")
    sign_it(demo_db, agreement_id)
    with demo_db.session() as s, pytest.raises(AgreementError, match="begynne etter"):
        lifecycle.create_next(s, agreement_id, period_start=date(Y, 1, 1), period_end=date(Y, 12, 31))


def test_whole_lifecycle_from_draft_to_next_years_agreement(demo_db: Database) -> None:
    scale_labels = ("liten grad", "tilfredsstillende", "stor grad")
    agreement_id = new_draft(demo_db)
    with demo_db.session() as s:
        leader, superior = row_of(s, "2120").leader, row_of(s, "2120").follow_up_lead
        prof = add_goal(s, agreement_id, category="faglige_krav", text="Alle elever leser godt innen 4. trinn",
                        indicator="Kartleggingsprøver i lesing", evaluation="Rektor og lærerne i mai").id
        own = add_goal(s, agreement_id, category="personlige_utviklingsmal", text="Gi tydeligere tilbakemelding",
                       indicator="Medarbeiderundersøkelsen", evaluation="Samtale med kommunalsjefen").id
        general = add_goal(s, agreement_id, category="generelle_krav", text="Holde sykefraværet under 6 %",
                           indicator="Sykefraværsstatistikken", evaluation="Tertialrapportene").id
        lifecycle.send_to_discussion(s, agreement_id)
        update_values(s, agreement_id, {"business_plan": "Virksomhetsplan for Haugtun skole"})

    def check_document(*, signed: bool) -> str:
        text = document_text(demo_db, agreement_id)
        for needed in ("Alle elever leser godt innen 4. trinn", "Kartleggingsprøver i lesing",
                       "Rektor og lærerne i mai", "Gi tydeligere tilbakemelding", "Holde sykefraværet under 6 %",
                       *scale_labels, leader, superior, "Unntatt offentlighet", "Lindvik kommune"):
            assert needed in text, needed
        assert ("Lindvik" in text.split("Underskrifter")[-1]) is signed
        return text

    assert "Til drøfting" in check_document(signed=False)
    sign_it(demo_db, agreement_id)
    assert f"Signert 04.02.{Y}" in check_document(signed=True)
    with demo_db.session() as s, pytest.raises(AgreementError, match="signert og låst"):
        update_goal(s, prof, text="Endret etter signering")

    with demo_db.session() as s:
        revision = lifecycle.make_revision(s, agreement_id, reason="Ny vurdering i juni")
        old_id, agreement_id = agreement_id, revision.id
        by_text = {g.text: g.id for g in revision.goals}
        update_goal(s, by_text["Alle elever leser godt innen 4. trinn"],
                    indicator="Kartleggingsprøver i lesing (justert)")
    with demo_db.session() as s:
        assert s.get_one(Agreement, old_id).status == AgreementStatus.SUPERSEDED
        assert s.get_one(Goal, prof).indicator == "Kartleggingsprøver i lesing"  # the signed text is kept
    assert "Utkast" in check_document(signed=False)
    with demo_db.session() as s:
        lifecycle.sign(s, agreement_id, place="Lindvik", leader_signed_on=date(Y, 6, 10),
                       superior_signed_on=date(Y, 6, 11))
        goals = {g.text: g.id for g in s.get_one(Agreement, agreement_id).goals}
        ratings = {"Alle elever leser godt innen 4. trinn": (3, 3), "Gi tydeligere tilbakemelding": (2, 1),
                   "Holde sykefraværet under 6 %": (3, 2)}
        for text, goal_id in goals.items():
            mine, theirs = ratings.get(text, (2, 2))
            evaluation.set_assessment(s, goal_id, assessor="self", scale=mine, comment=f"Egen: {text[:10]}",
                                      on=date(Y, 11, 10))
            evaluation.set_assessment(s, goal_id, assessor="superior", scale=theirs, comment=f"Leders: {text[:10]}",
                                      on=date(Y, 11, 17))
        evaluation.finish_evaluation(s, agreement_id, summary="De fleste målene er nådd.")
    text = check_document(signed=True)
    assert "Evaluert" in text and "De fleste målene er nådd." in text and "Egen: Gi tydeli" in text
    with demo_db.session() as s:
        doc = build_document(s, agreement_id)
        table = next(b for b in doc.blocks if isinstance(b, GoalTable) and b.key == "personlige_utviklingsmal")
        assert table.show_assessments
        assert (table.rows[0].self_assessment, table.rows[0].superior_assessment) == ("tilfredsstillende",
                                                                                     "liten grad")
        next_year = lifecycle.create_next(s, agreement_id, period_start=date(Y + 1, 1, 1),
                                          period_end=date(Y + 1, 12, 31), on=DEMO_TODAY)
        carried = sorted(g.text for g in next_year.goals if g.carried_from_id)
        assert carried == ["Gi tydeligere tilbakemelding", "Holde sykefraværet under 6 %"]
        assert s.get_one(Agreement, agreement_id).status == AgreementStatus.SUPERSEDED
        assert [r.revision for r in revision_history(s, agreement_id)] == [1, 2]
    with demo_db.session() as s:
        # Every assessment given stays with the goals that were assessed.
        assert s.scalar(select(func.count()).select_from(Assessment).join(Goal).where(
            Goal.agreement_id == agreement_id)) == 2 * len(goals)
        assert general and own


def test_the_radmanns_agreement_is_signed_by_the_mayor_written_by_name(demo_db: Database) -> None:
    with demo_db.session() as s:
        chief = s.scalar(select(Person).join(Position).where(Position.role == PositionRole.CHIEF_EXECUTIVE))
        a = lifecycle.create_agreement(s, template_id=template_id(s, "radmann_lederavtale"), unit_id=unit(s, "1000").id,
                                       period_start=date(Y, 1, 1), period_end=date(Y + 3, 12, 31), on=DEMO_TODAY)
        assert a.title == f"Lederavtale {Y}–{Y + 3} – Rådmannen"
        assert a.leader_id == chief.id and a.superior_id is None  # the mayor is not in the staff register
        with pytest.raises(AgreementError, match="mangler nærmeste overordnede"):
            lifecycle.sign(s, a.id, place="Lindvik", leader_signed_on=date(Y, 1, 5), superior_signed_on=date(Y, 1, 5))
        update_values(s, a.id, {"superior": "Kari Nordvik", "tables": {
            "tabell_a": [["1", "Netto driftsresultat på minst 2 %", "Årsregnskapet"]]}})
        lifecycle.sign(s, a.id, place="Lindvik", leader_signed_on=date(Y, 1, 5), superior_signed_on=date(Y, 1, 5))
        doc = build_document(s, a.id)
        signatures = next(b for b in doc.blocks if isinstance(b, SignatureBlock)).signatures
        assert [(sig.label, sig.name, sig.signed_on) for sig in signatures] == [
            ("Ordfører", "Kari Nordvik", f"05.01.{Y}"), ("Rådmann", chief.full_name, f"05.01.{Y}")]
        table_a = next(b for b in doc.blocks if getattr(b, "key", "") == "tabell_a")
        assert table_a.rows == [["1", "Netto driftsresultat på minst 2 %", "Årsregnskapet"]]

