"""«Avslutt evaluering» keeps what the user typed when the evaluation cannot be closed yet."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from sqlalchemy import select

from app.agreements import evaluation
from db.models import Agreement, AgreementStatus
from ui.agreements.dialogs import SummaryDialog

TYPED = "Godt år for enheten.\nSykefraværet må følges tett i neste periode."


def test_a_refused_finish_keeps_the_typed_summary(qtbot, window, demo_db, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    window.show_page("avtaler")
    page = window.page_widgets["avtaler"]
    with demo_db.session() as s:
        # A signed agreement where some goal still lacks the superior's assessment.
        signed = s.scalars(select(Agreement).where(Agreement.status == AgreementStatus.SIGNED)).all()
        target = next(a.id for a in signed if any(not any(x.assessor.value == "superior" and x.scale is not None
                                                             for x in g.assessments) for g in a.goals))
    page.open_agreement(target)
    assert page.editor.detail is not None and page.editor.detail.id == target
    errors: list[str] = []
    monkeypatch.setattr("ui.commands.show_user_error", lambda parent, err: errors.append(str(err)))
    seen: list[str] = []

    def type_and_accept(dialog: SummaryDialog) -> int:
        seen.append(dialog.summary.toPlainText())
        dialog.summary.setPlainText(TYPED)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(SummaryDialog, "exec", type_and_accept)
    qtbot.mouseClick(page.finish_button, Qt.MouseButton.LeftButton)
    assert errors and "Overordnedes vurdering mangler" in errors[0]
    with demo_db.session() as s:
        assert s.get(Agreement, target).status == AgreementStatus.SIGNED

    # Opened again (after setting the assessments, or to look): the text is still there.
    def look_and_cancel(dialog: SummaryDialog) -> int:
        seen.append(dialog.summary.toPlainText())
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(SummaryDialog, "exec", look_and_cancel)
    qtbot.mouseClick(page.finish_button, Qt.MouseButton.LeftButton)
    assert seen == ["", TYPED]
    qtbot.mouseClick(page.finish_button, Qt.MouseButton.LeftButton)  # a cancel keeps it too
    assert seen == ["", TYPED, TYPED]

    # With every goal assessed the same text closes the evaluation and is what the agreement holds.
    with demo_db.session() as s:
        goals = [(g.id, g.text) for g in s.get(Agreement, target).goals]
    for goal_id, _text in goals:
        demo_db.run(lambda s, g=goal_id: evaluation.set_assessment(s, g, assessor="superior", scale=3))
    page.open_agreement(target)
    monkeypatch.setattr(SummaryDialog, "exec", lambda dialog: QDialog.DialogCode.Accepted)
    qtbot.mouseClick(page.finish_button, Qt.MouseButton.LeftButton)
    with demo_db.session() as s:
        agreement = s.get(Agreement, target)
        assert agreement.status == AgreementStatus.EVALUATED and agreement.evaluation_summary == TYPED.strip()
