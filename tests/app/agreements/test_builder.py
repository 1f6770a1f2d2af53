"""The document the renderers print, built from demo agreements and the shipped templates."""

from __future__ import annotations

import uuid
from datetime import date

import pytest
from sqlalchemy import event, select
from sqlalchemy.orm import Session

from app.agreements import detail, goals, lifecycle
from app.agreements.builder import build_document
from app.agreements.document import GoalTable, PlainTable, ScaleBlock, SignatureBlock, TextBlock
from app.agreements.rules import AgreementError
from app.agreements.templates import install_builtin_templates
from app.formatting import format_date
from app.org.queries import current_version
from app.storage.database import Database
from db.models import Agreement, AgreementStatus, AgreementTemplate, Municipality, Unit
from tests.conftest import DEMO_TODAY

Y = DEMO_TODAY.year
SCALE = ["liten grad", "tilfredsstillende", "stor grad"]


def template(session: Session, key: str, language: str = "nb") -> AgreementTemplate:
    install_builtin_templates(session)
    return session.scalar(select(AgreementTemplate).where(AgreementTemplate.key == key,
                                                          AgreementTemplate.language == language)
                          .order_by(AgreementTemplate.template_version.desc()).limit(1))


def draft(session: Session, key: str, language: str = "nb", code: str = "2120") -> Agreement:
    version = current_version(session)
    unit = session.scalar(select(Unit).where(Unit.org_version_id == version.id, Unit.code == code))
    return lifecycle.create_agreement(session, template_id=template(session, key, language).id, unit_id=unit.id,
                                      period_start=date(Y, 1, 1), period_end=date(Y, 12, 31), on=DEMO_TODAY)


def demo(session: Session, status: AgreementStatus, code: str | None = None) -> Agreement:
    stmt = select(Agreement).where(Agreement.status == status)
    if code:
        stmt = stmt.join(Unit).where(Unit.code == code)
    return session.scalar(stmt.order_by(Agreement.period_start.desc()).limit(1))


def test_a_signed_agreement_follows_its_templates_sections_with_everything_filled_in(demo_db: Database) -> None:
    with demo_db.session() as s:
        a = demo(s, AgreementStatus.SIGNED, "2100")
        doc = build_document(s, a.id)
        defn = a.template.definition
        assert (doc.municipality, doc.language, doc.revision) == ("Lindvik kommune", "nb", 1)
        assert doc.title == f"Resultatavtale {Y}"
        assert doc.subtitle == f"Lindvik ungdomsskole – {a.leader.full_name}"
        assert doc.period == f"01.01.{Y}–31.12.{Y}"
        assert doc.marking == "Unntatt offentlighet, jf. offl. § 13 og fvl. § 13"
        assert doc.status == f"Signert {format_date(a.signed_by_superior_on)}"
        assert doc.words["page"] == "Side {page} av {pages}" and doc.words["self"] == "Egenevaluering"
        # The template's sections in order; the goal section is followed by one table per category.
        titles = [b.title for b in doc.blocks]
        section_titles = [s_["title"] for s_ in defn["sections"]]
        categories = [c["title"] for c in defn["goal_categories"]]
        goal_at = section_titles.index("Prioriterte resultatkrav") + 1
        assert titles == section_titles[:goal_at] + categories + section_titles[goal_at:]
        intro = next(b for b in doc.blocks if isinstance(b, TextBlock) and b.key == "innledning")
        fields = {f.label: f.value for f in intro.fields}
        assert fields["Gjelder fra og med"] == f"01.01.{Y}" and fields["Gjelder til og med"] == f"31.12.{Y}"
        holder = next(b for b in doc.blocks if isinstance(b, TextBlock) and b.key == "innehaver")
        assert {f.label: f.value for f in holder.fields}["Enhet"] == "Lindvik ungdomsskole"
        # Every goal in its category, numbered 1..n, with the template's columns.
        tables = [b for b in doc.blocks if isinstance(b, GoalTable)]
        assert [t.columns for t in tables] == [["Mål", "Indikator", "Evaluering"]] * 3
        printed = {(t.key, r.cells[0], r.cells[1], r.cells[2]) for t in tables for r in t.rows}
        assert printed == {(g.category, g.text, g.indicator, g.evaluation) for g in a.goals}
        assert all([r.number for r in t.rows] == [str(n) for n in range(1, len(t.rows) + 1)] for t in tables)
        assert not any(t.show_assessments for t in tables)
        scale = next(b for b in doc.blocks if isinstance(b, ScaleBlock))
        assert [(st.value, st.label, st.hint) for st in scale.steps] == [
            (1, "liten grad", "forbedres"), (2, "tilfredsstillende", "middels"), (3, "stor grad", "meget bra")]
        signatures = next(b for b in doc.blocks if isinstance(b, SignatureBlock))
        assert (signatures.place_label, signatures.date_label, signatures.place) == ("Sted", "Dato", "Lindvik")
        assert [(sig.label, sig.name, sig.signed_on) for sig in signatures.signatures] == [
            ("Leder", a.leader.full_name, format_date(a.signed_by_leader_on)),
            ("Nærmeste overordnede", a.superior.full_name, format_date(a.signed_by_superior_on)),
        ]
        assert signatures.signatures[0].title == "Rektor"


def test_an_evaluated_agreement_prints_both_assessments_and_the_summary(demo_db: Database) -> None:
    with demo_db.session() as s:
        a = demo(s, AgreementStatus.EVALUATED)
        doc = build_document(s, a.id)
        assert doc.status == "Evaluert" and doc.evaluation_summary == a.evaluation_summary != ""
        rows = [r for b in doc.blocks if isinstance(b, GoalTable) for r in b.rows]
        assert all(b.show_assessments for b in doc.blocks if isinstance(b, GoalTable))
        expected = {}
        for goal in a.goals:
            by = {x.assessor.value: x for x in goal.assessments}
            expected[goal.text] = (SCALE[by["self"].scale - 1], SCALE[by["superior"].scale - 1],
                                   by["self"].comment, by["superior"].comment)
        assert {r.cells[0]: (r.self_assessment, r.superior_assessment, r.self_comment, r.superior_comment)
                for r in rows} == expected


def test_a_draft_has_blank_signature_lines_and_is_marked_as_a_draft(demo_db: Database) -> None:
    with demo_db.session() as s:
        a = demo(s, AgreementStatus.DRAFT)
        doc = build_document(s, a.id)
        assert doc.status == "Utkast"
        signatures = next(b for b in doc.blocks if isinstance(b, SignatureBlock))
        assert signatures.place == "" and [sig.signed_on for sig in signatures.signatures] == ["", ""]
        assert [sig.name for sig in signatures.signatures] == [a.leader.full_name, a.superior.full_name]
        detail.set_confidential(s, a.id, False)
        assert build_document(s, a.id).marking == ""


def test_a_nynorsk_agreement_prints_nynorsk_headings_and_words(demo_db: Database) -> None:
    with demo_db.session() as s:
        a = draft(s, "statskonsult_resultatavtale", "nn")
        goals.add_goal(s, a.id, category="faglige_krav", text="Alle elevar les godt", indicator="Kartlegging")
        lifecycle.send_to_discussion(s, a.id)
        doc = build_document(s, a.id)
        assert doc.language == "nn" and doc.status == "Til drøfting"
        titles = [b.title for b in doc.blocks]
        assert {"Leiar og eining", "Næraste overordna", "Faglege krav", "Skala for måloppnåing",
                "Underskrifter"} <= set(titles)
        assert "Leder og enhet" not in titles
        assert doc.marking.startswith("Unnateke frå offentlegheit")
        assert (doc.words["self"], doc.words["superior"], doc.words["place"]) == (
            "Eigenevaluering", "Vurdering frå overordna", "Stad")
        signatures = next(b for b in doc.blocks if isinstance(b, SignatureBlock))
        assert signatures.place_label == "Stad" and signatures.signatures[0].label == "Leiar"


def test_table_sections_print_the_template_rows_until_the_user_fills_them_in(demo_db: Database) -> None:
    with demo_db.session() as s:
        a = draft(s, "kommune_lederavtale")
        services = next(b for b in build_document(s, a.id).blocks if isinstance(b, PlainTable))
        assert services.title == "Tjenester til brukerne"
        assert services.columns == ["Tjeneste eller tiltak", "Kvalitet / standard", "Frist"]
        assert services.rows[0] == ["Beskrivelse av tjenestene med kvalitet og standard", "", ""]
        detail.update_values(s, a.id, {"tables": {"tjenester": [["Skolefritidsordning", "Åpent 07–17"],
                                                            ["Leksehjelp", "To timer i uka", "01.03.2027", "x"]]}})
        services = next(b for b in build_document(s, a.id).blocks if isinstance(b, PlainTable))
        assert services.rows == [["Skolefritidsordning", "Åpent 07–17", ""], ["Leksehjelp", "To timer i uka",
                                                                               "01.03.2027"]]


def test_goals_with_sub_goals_and_deadlines_in_the_municipal_result_agreement(demo_db: Database) -> None:
    with demo_db.session() as s:
        a = draft(s, "kommune_resultatavtale")
        goals.add_goal(s, a.id, category="prioriterte_mal", text="Ny skolefritidsordning", deadline=date(Y, 8, 15),
                       sub_goals=[{"text": "Plan vedtatt", "deadline": date(Y, 3, 1)}, {"text": "Ansatte på plass"}])
        doc = build_document(s, a.id)
        table = next(b for b in doc.blocks if isinstance(b, GoalTable))
        assert table.columns == ["Mål med delmål", "Delmål", "Frist med delfrister"]
        row = table.rows[0]
        assert row.cells == ["Ny skolefritidsordning", "a) Plan vedtatt\nb) Ansatte på plass",
                             f"15.08.{Y}\na) 01.03.{Y}"]
        assert row.sub_items == []  # already in their own column


def test_sub_indicators_are_listed_under_the_goal_when_there_is_no_column_for_them(demo_db: Database) -> None:
    with demo_db.session() as s:
        a = draft(s, "statskonsult_resultatavtale")
        goals.add_goal(s, a.id, category="faglige_krav", text="Bedre lesing",
                       sub_goals=[{"text": "Kartlegging", "indicator": "alle elever", "deadline": date(Y, 5, 1)},
                                "Foreldremøte"])
        row = next(b for b in build_document(s, a.id).blocks if isinstance(b, GoalTable)).rows[0]
        assert row.sub_items == [f"a) Kartlegging – alle elever (frist 01.05.{Y})", "b) Foreldremøte"]


def test_the_municipalitys_logo_is_carried_to_the_document(demo_db: Database) -> None:
    png = b"\x89PNG\r\n\x1a\n" + b"0" * 20
    with demo_db.session() as s:
        # The audit log cannot record bytes yet (db/audit.py), so this setup change goes unaudited.
        s.info["audit"] = False
        s.scalar(select(Municipality)).logo_png = png
        assert build_document(s, demo(s, AgreementStatus.SIGNED).id).logo_png == png


def test_building_takes_the_same_few_queries_however_many_goals(demo_db: Database) -> None:
    with demo_db.session() as s:
        small = draft(s, "statskonsult_resultatavtale").id
        large = draft(s, "statskonsult_resultatavtale", code="2110").id
        for n in range(30):
            goals.add_goal(s, large, category="faglige_krav", text=f"Mål {n}")
    counts: list[int] = []
    for agreement_id in (small, large):
        statements: list[str] = []

        def record(conn, cursor, statement, parameters, context, executemany, found=statements) -> None:
            found.append(statement)

        with demo_db.session() as s:
            event.listen(demo_db.engine, "before_cursor_execute", record)
            try:
                build_document(s, agreement_id)
            finally:
                event.remove(demo_db.engine, "before_cursor_execute", record)
        counts.append(len(statements))
    assert 2 <= counts[0] == counts[1] <= 6, counts


def test_a_missing_agreement_is_a_clear_error(demo_db: Database) -> None:
    with demo_db.session() as s, pytest.raises(AgreementError, match="finnes ikke lenger"):
        build_document(s, uuid.uuid4())
