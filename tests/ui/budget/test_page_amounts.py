"""Budsjett page (walk of December 2026): Førde's budsjett_2012 sums to -0,06 kr, and the list of
sets said «-0» — neither zero nor the amount. A sum that is not zero is never shown as zero."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from app.budget.importer import import_budget, plan_budget_import


def _settle() -> None:
    for _ in range(4):
        QApplication.processEvents()


@pytest.fixture
def page(window, qtbot):  # type: ignore[no-untyped-def]
    window.resize(1366, 768)
    window.show_page("budsjett")
    return window.page_widgets["budsjett"]


def test_a_sum_of_six_ore_is_shown_as_such_not_as_minus_zero(qtbot, window, page, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "smått_2013.csv"
    path.write_text("ansvar;art;funksjon;beloep\n1000;10100;12000;100,00\n1000;10200;12000;-100,06\n", encoding="utf-8")

    def wizard(parent, store, today) -> bool:  # type: ignore[no-untyped-def]
        plan = plan_budget_import(path)
        store.run(lambda s: import_budget(s, plan, set_name="Smått", kind="budsjett", year=2013))
        return True

    monkeypatch.setattr("ui.budget.import_wizard.run_import_wizard", wizard)
    page.import_button.click()
    _settle()
    row = next(r for r in range(page.sets.rowCount()) if page.sets.item(r, 0).text() == "Smått")
    assert page.sets.item(row, 4).text() == "-0,06"
    page.pivot_set.setCurrentIndex(page.pivot_set.findText("Smått"))
    page.pivot_set.activated.emit(page.pivot_set.currentIndex())
    page.pivot_by.setCurrentIndex(page.pivot_by.findData("ansvar"))
    page.pivot_by.activated.emit(page.pivot_by.currentIndex())
    _settle()
    qtbot.waitUntil(lambda: page.pivot.rowCount() == 1)
    assert page.pivot.item(0, 3).text() == "-0,06"
    assert page.pivot_total.text() == "Sum: -0,06 kr i 1 rad"  # not «i 1 rader»
