"""Avtaler's evaluation round in the window: «Eksporter egenvurderingsskjema …» writes the leader's
form (Word or PDF, as chosen in the file dialog) with the goals, «Les inn egenvurdering …» reads the
filled-in form back as the leader's assessments, and Ctrl+Z (undo) puts back what was there."""

from __future__ import annotations

import pytest
from docx import Document
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from sqlalchemy import select

from db.models import Agreement, AgreementKind, AgreementStatus, Assessment, Assessor, Goal


@pytest.fixture
def page(window):  # type: ignore[no-untyped-def]
    window.show_page("avtaler")
    return window.page_widgets["avtaler"]


def _signed(db):  # type: ignore[no-untyped-def]
    with db.session() as s:
        agreement = s.scalars(select(Agreement).where(Agreement.kind == AgreementKind.RESULT,
                                                      Agreement.status == AgreementStatus.SIGNED)).first()
        goals = s.scalars(select(Goal).where(Goal.agreement_id == agreement.id).order_by(Goal.sort_order)).all()
        return agreement.id, [(g.id, g.text) for g in goals]


def _own(db, goal_id):  # type: ignore[no-untyped-def]
    with db.session() as s:
        a = s.scalars(select(Assessment).where(Assessment.goal_id == goal_id,
                                               Assessment.assessor == Assessor.SELF)).first()
        return (a.scale, a.comment) if a else None


def _card(page, goal_id):  # type: ignore[no-untyped-def]
    """The goal's card in the editor (a signed agreement's goals are assessed on cards)."""
    return next((card for table in page.editor.goal_tables.values() for card in table.cards
                 if card.goal.id == goal_id), None)


def test_the_buttons_are_there_and_only_for_a_signed_agreement(page, demo_db) -> None:  # type: ignore[no-untyped-def]
    agreement_id, _goals = _signed(demo_db)
    assert page.form_export_button.text() == "Eksporter egenvurderingsskjema …"
    assert page.form_import_button.text() == "Les inn egenvurdering …"
    page.open_agreement(agreement_id)
    assert page.form_export_button.isEnabled() and page.form_import_button.isEnabled()
    with demo_db.session() as s:
        draft = s.scalars(select(Agreement.id).where(Agreement.status == AgreementStatus.DRAFT)).first()
    if draft is not None:
        page.open_agreement(draft)
        assert not page.form_export_button.isEnabled() and not page.form_import_button.isEnabled()


def test_export_the_form_fill_it_in_and_read_it_back(qtbot, page, demo_db, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    agreement_id, goals = _signed(demo_db)
    page.open_agreement(agreement_id)
    before = _own(demo_db, goals[0][0])

    # Word: the file dialog's name has the ending.
    form = tmp_path / "egenvurdering.docx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(form), "Word-skjema (*.docx)"))
    qtbot.mouseClick(page.form_export_button, Qt.MouseButton.LeftButton)
    cells = [c.text for t in Document(str(form)).tables for r in t.rows for c in r.cells]
    for _id, text in goals:
        assert text in cells
    assert str(form) in page.status_line.text()

    # PDF: no ending typed, the filter chosen decides.
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(tmp_path / "skjema"), "PDF med skjemafelt (*.pdf)"))
    qtbot.mouseClick(page.form_export_button, Qt.MouseButton.LeftButton)
    pdf = tmp_path / "skjema.pdf"
    text = " ".join(" ".join(p.extract_text() or "" for p in PdfReader(pdf).pages).split())
    assert " ".join(goals[0][1].split()) in text

    # The leader fills in the Word form; it is read back.
    document = Document(str(form))
    document.tables[0].rows[1].cells[3].text = "liten grad"
    document.tables[0].rows[1].cells[4].text = "Kom sent i gang"
    document.save(str(form))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(form), ""))
    qtbot.mouseClick(page.form_import_button, Qt.MouseButton.LeftButton)
    assert _own(demo_db, goals[0][0]) == (1, "Kom sent i gang")
    assert "Leste inn 1 egenvurderinger" in page.status_line.text()
    qtbot.waitUntil(lambda: _card(page, goals[0][0]) is not None
                    and _card(page, goals[0][0]).combos["self"].currentData() == 1)
    assert _card(page, goals[0][0]).comments["self"].toPlainText() == "Kom sent i gang"  # the form shows it
    page.undo_stack.undo()
    assert _own(demo_db, goals[0][0]) == before
    page.undo_stack.redo()
    assert _own(demo_db, goals[0][0]) == (1, "Kom sent i gang")


def test_a_form_of_another_agreement_is_refused_with_a_message(qtbot, page, demo_db, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    agreement_id, _goals = _signed(demo_db)
    with demo_db.session() as s:
        other = s.scalars(select(Agreement).where(Agreement.status == AgreementStatus.SIGNED,
                                                  Agreement.id != agreement_id)).first()
        other_id, other_title = other.id, other.title
    page.open_agreement(other_id)
    form = tmp_path / "annen.docx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(form), ""))
    qtbot.mouseClick(page.form_export_button, Qt.MouseButton.LeftButton)
    page.open_agreement(agreement_id)
    shown: list[str] = []
    monkeypatch.setattr("ui.commands.show_user_error", lambda parent, err: shown.append(str(err)))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(form), ""))
    count = page.undo_stack.count()
    qtbot.mouseClick(page.form_import_button, Qt.MouseButton.LeftButton)
    assert shown and f"hører til en annen avtale: «{other_title}»" in shown[0]
    assert page.undo_stack.count() == count
