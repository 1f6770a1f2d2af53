"""The Avtaler page through a whole year: draft, goals, signing, revision, evaluation, next year."""

from __future__ import annotations

from datetime import date

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog, QFileDialog
from sqlalchemy import select

from app.agreements import detail
from db.models import Agreement, AgreementStatus
from tests.ui.conftest import save_screenshot
from ui.agreements.dialogs import NewAgreementDialog, NextPeriodDialog, ReasonDialog, SignDialog, SummaryDialog

GOALS = {
    "faglige_krav": ("Sykefraværet skal ned til 7 %", "Sykefravær per tertial", "Leder og HR gjennomgår tallene"),
    "personlige_utviklingsmal": ("Delegere mer til teamlederne", "Tilbakemelding i medarbeidersamtalene",
                                 "Egenvurdering før samtalen"),
    "generelle_krav": ("Holde budsjettet", "Avvik i regnskapet", "Kommunalsjefen vurderer ved årsslutt"),
}


@pytest.fixture
def page(window, qtbot):  # type: ignore[no-untyped-def]
    window.show_page("avtaler")
    return window.page_widgets["avtaler"]


def _accept(monkeypatch, cls, setup=lambda d: None) -> None:  # type: ignore[no-untyped-def]
    def fake_exec(dialog) -> int:  # type: ignore[no-untyped-def]
        setup(dialog)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(cls, "exec", fake_exec)


def _status(db, agreement_id) -> str:  # type: ignore[no-untyped-def]
    with db.session() as s:
        return s.get(Agreement, agreement_id).status.value


def test_an_agreement_from_draft_to_next_year(qtbot, window, page, demo_db, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    # 1. A new agreement from the Statskonsult template for a demo unit.
    def choose(dialog: NewAgreementDialog) -> None:
        dialog.template.setCurrentIndex(next(i for i in range(dialog.template.count())
                                             if "Statskonsult" in dialog.template.itemText(i)
                                             and "(nb)" in dialog.template.itemText(i)
                                             and "fokus" not in dialog.template.itemText(i).lower()
                                             and "kort" not in dialog.template.itemText(i).lower()))
        dialog.unit.setCurrentIndex(dialog.unit.findText("Brekka skole"))
        # A school starts on the school year; this agreement is for the calendar year, set by hand.
        dialog.start.setDate(QDate(DEMO_YEAR, 1, 1))
        dialog.end.setDate(QDate(DEMO_YEAR, 12, 31))

    _accept(monkeypatch, NewAgreementDialog, choose)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    first = page.selected
    assert first is not None and _status(demo_db, first) == "draft"

    # 2. Goals in all three categories, typed into the tables.
    for key, (text, indicator, evaluation) in GOALS.items():
        table = page.editor.goal_tables[key]
        qtbot.mouseClick(table.add, Qt.MouseButton.LeftButton)
        table = page.editor.goal_tables[key]  # the form is rebuilt after a new goal
        row = table.table.rowCount() - 1
        for col, value in zip((1, 2, 3), (text, indicator, evaluation), strict=True):
            table.table.item(row, col).setText(value)
    with demo_db.session() as s:
        goals = {g.text: g.category for g in detail.agreement_detail(s, first).goals}
    for key, (text, _i, _e) in GOALS.items():
        assert goals[text] == key
    save_screenshot(window, "avtaler-utkast")

    # 3. Sign: the text is then locked.
    _accept(monkeypatch, SignDialog, lambda d: d.place.setText("Lindvik"))
    qtbot.mouseClick(page.sign_button, Qt.MouseButton.LeftButton)
    assert _status(demo_db, first) == "signed"
    assert not page.editor.goal_tables["faglige_krav"].add.isEnabled()
    assert not page.editor.title_edit.isEnabled()
    shown = []
    monkeypatch.setattr("ui.commands.show_user_error", lambda parent, err: shown.append(str(err)))
    from ui.agreements import commands

    assert not page.push(commands.UpdateValues(page.store, first, {"unit_goals": "Nytt"}, "x"))
    assert shown and "låst" in shown[0]

    # 4. A mid-year revision: a new draft; the signed one is kept.
    _accept(monkeypatch, ReasonDialog, lambda d: d.reason.setText("Nytt tiltak fra august"))
    qtbot.mouseClick(page.revision_button, Qt.MouseButton.LeftButton)
    revision = page.selected
    assert revision != first and _status(demo_db, first) == "superseded"
    assert page.history.count() == 2
    qtbot.mouseClick(page.sign_button, Qt.MouseButton.LeftButton)
    assert _status(demo_db, revision) == "signed"

    # 5. Evaluate: self-assessment and the superior's assessment side by side for every goal.
    for key in GOALS:
        table = page.editor.goal_tables[key]
        assert not table.table.isVisible() and len(table.cards) == len(table.category.goals)  # cards, no table
        for row in range(len(table.cards)):
            for assessor, level in (("self", 3 if key == "generelle_krav" else 2),
                                    ("superior", 2 if key == "faglige_krav" else 3)):
                combo = page.editor.goal_tables[key].cards[row].combos[assessor]
                combo.setCurrentIndex(combo.findData(level))
                combo.activated.emit(combo.currentIndex())
    _accept(monkeypatch, SummaryDialog, lambda d: d.summary.setPlainText("Godt år; sykefraværet må følges."))
    qtbot.mouseClick(page.finish_button, Qt.MouseButton.LeftButton)
    assert _status(demo_db, revision) == "evaluated"
    save_screenshot(window, "avtaler-evaluert")

    # 6. The PDF of the evaluated agreement holds the goals, both assessments and the marking.
    out = tmp_path / "avtale.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    qtbot.mouseClick(page.pdf_button, Qt.MouseButton.LeftButton)
    text = " ".join("".join(p.extract_text() for p in PdfReader(out).pages).split())
    for goal_text, _i, _e in GOALS.values():
        assert goal_text in text
    assert "tilfredsstillende" in text and "stor grad" in text and "Unntatt offentlighet" in text

    # 7. Next year's agreement: goals not reached to a great degree are carried forward.
    _accept(monkeypatch, NextPeriodDialog)
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    following = page.selected
    with demo_db.session() as s:
        nxt = detail.agreement_detail(s, following)
        assert nxt.period_start == date(DEMO_YEAR + 1, 1, 1) and nxt.status == "draft"
        carried = {g.text for g in nxt.goals if g.carried_from_id}
    assert GOALS["faglige_krav"][0] in carried  # rated «tilfredsstillende» by the superior
    assert GOALS["personlige_utviklingsmal"][0] not in carried  # rated «stor grad»
    with demo_db.session() as s:
        assert s.get(Agreement, revision).status == AgreementStatus.SUPERSEDED
        assert s.scalar(select(Agreement.previous_id).where(Agreement.id == following)) == revision


DEMO_YEAR = 2026


def test_undo_removes_a_new_goal_and_redo_brings_it_back(qtbot, window, page, demo_db) -> None:  # type: ignore[no-untyped-def]
    draft = next(r for r in page.rows if r.status == "draft")
    page.open_agreement(draft.id)
    table = page.editor.goal_tables["faglige_krav"]
    before = table.table.rowCount()
    qtbot.mouseClick(table.add, Qt.MouseButton.LeftButton)
    assert page.editor.goal_tables["faglige_krav"].table.rowCount() == before + 1
    window.undo_stack.undo()
    assert page.editor.goal_tables["faglige_krav"].table.rowCount() == before
    window.undo_stack.redo()
    assert page.editor.goal_tables["faglige_krav"].table.rowCount() == before + 1


def test_template_editor_copies_edits_and_versions_a_template(qtbot, page, demo_db, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QInputDialog

    from app.agreements.templates import list_templates
    from ui.agreements.template_editor import TemplateEditor

    editor = TemplateEditor(page.store, page)
    qtbot.addWidget(editor)
    editor.templates.setCurrentRow(next(i for i in range(editor.templates.count())
                                        if editor.templates.item(i).text().startswith("Resultatavtale for leder")
                                        and "(nb," in editor.templates.item(i).text()))
    assert not editor.add_section.isEnabled()  # built in: copy first
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Lindviks resultatavtale", True))
    qtbot.mouseClick(editor.copy_button, Qt.MouseButton.LeftButton)
    assert editor.add_section.isEnabled()
    editor.sections.setCurrentRow(2)
    editor.section_text.setPlainText("Vår egen innledning.")
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Samarbeid med frivillige", True))
    qtbot.mouseClick(editor.add_category, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    with demo_db.session() as s:
        mine = [t for t in list_templates(s) if t.name == "Lindviks resultatavtale"]
    assert len(mine) == 1 and not mine[0].is_builtin
    with demo_db.session() as s:
        from app.agreements.templates import template_definition

        defn = template_definition(s, mine[0].id)
    assert defn["sections"][2]["text"] == "Vår egen innledning."
    assert "Samarbeid med frivillige" in [c["title"] for c in defn["goal_categories"]]


def test_common_requirement_reaches_drafts_but_not_signed_agreements(qtbot, page, demo_db, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from app.agreements.detail import agreement_detail
    from ui.agreements.common_dialog import CommonRequirementsDialog, RequirementForm

    def fill(form: RequirementForm) -> int:
        form.text.setPlainText("Alle ledere gjennomfører medarbeidersamtaler")
        form.indicator.setText("Andel gjennomførte samtaler")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(RequirementForm, "exec", fill)
    dialog = CommonRequirementsDialog(page.store, DEMO_YEAR, page)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert "avtaleutkast" in dialog.status.text()
    with demo_db.session() as s:
        for row in page.rows:
            goals = {g.text for g in agreement_detail(s, row.id).goals}
            has = "Alle ledere gjennomfører medarbeidersamtaler" in goals
            assert has == (row.status in ("draft", "discussion")), (row.unit, row.status)


def test_a_period_past_the_leaders_position_is_a_warning_in_the_editor(qtbot, page, demo_db) -> None:  # type: ignore[no-untyped-def]
    """The editor says when the period runs past the leader's position; the agreement is still saved."""
    from tests.app.agreements.test_leader_agreement_link import RESULT, _create, _old_leader_agreement

    _agreement, lars = _old_leader_agreement(demo_db)  # his position at Brekka skole ends 31.07.2026
    mine = _create(demo_db, RESULT, date(2026, 1, 1), date(2026, 12, 31), leader_id=lars, on=date(2026, 1, 24))
    page.editor.show_agreement(demo_db.run(detail.agreement_detail, mine))
    assert not page.editor.period_warning.isHidden()
    assert "31.07.2026" in page.editor.period_warning.text()
    with demo_db.session() as s:
        key = next(k for k, item in detail.template_fields(detail.definition(s.get(Agreement, mine))).items()
                   if item.get("binds") == "period_end")
    demo_db.run(detail.update_values, mine, {key: date(2026, 7, 31)})
    page.editor.show_agreement(demo_db.run(detail.agreement_detail, mine))
    assert page.editor.period_warning.isHidden()
