"""An agreement's fields and the editor's view of it (app.agreements.detail): values, title, period, detail."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from app.agreements.common import add_common_requirement
from app.agreements.detail import agreement_detail, agreement_title, update_title, update_values
from app.storage.database import Database
from db.models import Agreement, AgreementStatus, Person
from tests.app.agreements.helpers import CATEGORIES, STATSKONSULT, Y, goal_texts, new_draft


def test_titles_name_the_kind_in_the_templates_language_and_multi_year_periods() -> None:
    assert agreement_title("leader", "nn", date(2026, 1, 1), date(2029, 12, 31), "Haugtun skule") == (
        "Leiaravtale 2026–2029 – Haugtun skule")
    assert agreement_title("leader", "nb", date(2026, 1, 1), date(2027, 12, 31), "X") == "Lederavtale 2026–2027 – X"
    assert agreement_title("result", "nb", date(2026, 8, 1), date(2026, 12, 31), "") == "Resultatavtale 2026"


def test_update_values_changes_fields_and_returns_what_undoes_it(demo_db: Database) -> None:
    agreement_id = new_draft(demo_db)
    with demo_db.session() as s:
        old = update_values(s, agreement_id, {"business_plan": "Virksomhetsplan 2026–2029",
                                                 "contact_network": "Rektorene i oppvekstnettverket\nPPT"})
    assert old == {"business_plan": "", "contact_network": ""}
    with demo_db.session() as s:
        values = s.get_one(Agreement, agreement_id).values
        assert values["business_plan"] == "Virksomhetsplan 2026–2029"
        assert values["contact_network"] == "Rektorene i oppvekstnettverket\nPPT"
        update_values(s, agreement_id, old)
    with demo_db.session() as s:
        assert s.get_one(Agreement, agreement_id).values["business_plan"] == ""


def test_bound_fields_change_the_agreement_itself(demo_db: Database) -> None:
    agreement_id = new_draft(demo_db)
    with demo_db.session() as s:
        a = s.get_one(Agreement, agreement_id)
        first_leader = a.leader_id
        other = s.scalar(select(Person).where(Person.id.not_in([a.leader_id, a.superior_id])).limit(1))
        old = update_values(s, agreement_id, {"leader": other.id, "period_end": date(Y, 7, 31)})
        assert old == {"leader": first_leader, "period_end": f"{Y}-12-31"}
    with demo_db.session() as s:
        a = s.get_one(Agreement, agreement_id)
        assert a.leader_id == other.id and a.values["leader"] == other.full_name
        assert a.period_end == date(Y, 7, 31) and a.values["period_end"] == f"{Y}-07-31"
        update_values(s, agreement_id, old)
    with demo_db.session() as s:
        a = s.get_one(Agreement, agreement_id)
        assert a.leader_id == first_leader and a.period_end == date(Y, 12, 31)


def test_moving_the_period_updates_the_made_title_and_the_common_requirements(demo_db: Database) -> None:
    agreement_id = new_draft(demo_db)
    with demo_db.session() as s:
        add_common_requirement(s, period_start=date(Y + 1, 1, 1), period_end=date(Y + 1, 12, 31),
                               category="generelle_krav", text="Neste års felles krav")
        this_year = goal_texts(demo_db, agreement_id)["generelle_krav"]
    with demo_db.session() as s:
        old = update_values(s, agreement_id, {"period_start": date(Y + 1, 1, 1), "period_end": date(Y + 1, 12, 31)})
    with demo_db.session() as s:
        assert s.get_one(Agreement, agreement_id).title == f"Resultatavtale {Y + 1} – Haugtun skole"
    assert goal_texts(demo_db, agreement_id)["generelle_krav"] == ["Neste års felles krav"]
    with demo_db.session() as s:
        update_values(s, agreement_id, old)
        update_title(s, agreement_id, "Resultatavtale for skoleåret")
    assert goal_texts(demo_db, agreement_id)["generelle_krav"] == this_year
    with demo_db.session() as s:
        update_values(s, agreement_id, {"period_end": date(Y + 1, 7, 31)})
        assert s.get_one(Agreement, agreement_id).title == "Resultatavtale for skoleåret"  # the user's own title


def test_detail_shows_what_the_editor_needs(demo_db: Database) -> None:
    with demo_db.session() as s:
        evaluated = s.scalar(select(Agreement).where(Agreement.status == AgreementStatus.EVALUATED))
        detail = agreement_detail(s, evaluated.id)
        assert detail.locked and detail.status == "evaluated" and detail.template_key == STATSKONSULT
        assert [c.key for c in detail.categories] == list(CATEGORIES)
        assert detail.definition["goal_columns"][0]["title"] == "Mål"
        assert [step["label"] for step in detail.scale] == ["liten grad", "tilfredsstillende", "stor grad"]
        assert detail.unit_name == evaluated.unit.name and detail.leader_name == evaluated.leader.full_name
        assert detail.evaluation_summary == evaluated.evaluation_summary
        goals = detail.goals
        assert len(goals) == len(evaluated.goals)
        for view in goals:
            assert view.superior_assessment is not None and view.self_assessment is not None
            assert view.superior_assessment.label in ("liten grad", "tilfredsstillende", "stor grad")
        draft = s.scalar(select(Agreement).where(Agreement.status == AgreementStatus.DRAFT))
        assert agreement_detail(s, draft.id).locked is False

