"""«Overføringsregel …» on the Målekart page: the rule shown, changed, saved for the year-end report,
and undone with the window's undo stack."""

from __future__ import annotations

from app.scorecard.yearend import CarryOverRule, carry_over_rule
from tests.ui.scorecard.test_scorecard_walk import in_modal
from ui.scorecard.carry_over_dialog import CarryOverDialog


def test_carry_over_rule_is_edited_from_the_malekart_page_and_undone(qtbot, window, demo_db) -> None:  # type: ignore[no-untyped-def]
    window.show_page("malekart")
    page = window.page_widgets["malekart"]
    assert page.carry_over_button.text() == "O&verføringsregel …"
    seen: dict[str, object] = {}

    def change(dialog: CarryOverDialog) -> None:
        assert isinstance(dialog, CarryOverDialog)
        seen["before"] = (dialog.require_goals.isChecked(), dialog.cap.value(), dialog.buffer.value(),
                          dialog.years.value())
        dialog.require_goals.setChecked(False)
        dialog.cap.setValue(2.5)
        dialog.years.setValue(3)
        seen["summary"] = dialog.summary.text()
        dialog.save()

    in_modal(qtbot, change)
    page.carry_over_button.click()
    assert seen["before"] == (True, 5.0, 3.0, 2)
    assert seen["summary"] == ("Mindreforbruk overføres høyst 2,5 % av driftsbudsjettet og innenfor en buffer på "
                               "3 %. Merforbruk dekkes inn over 3 år.")
    with demo_db.session() as s:
        assert carry_over_rule(s) == CarryOverRule(False, 2.5, 3.0, 3)
    window.undo_stack.undo()
    with demo_db.session() as s:
        assert carry_over_rule(s) == CarryOverRule()
    window.undo_stack.redo()
    with demo_db.session() as s:
        assert carry_over_rule(s).cap_pct == 2.5
