"""Budsjett (walk 66–71, 114): «Ansvar uten enhet» names the set it lists and follows it (a set
chosen on Sammendrag, a set imported); the names a file gives its ansvar codes (a column mapped to
«Navn på ansvar») are shown; a whole-year line says «Hele året», not «0»."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from app.budget.importer import import_budget, plan_budget_import
from tests.ui.conftest import save_screenshot

STAVANGER = Path("/work/shared/realdata/stavanger_investering_2016.csv")
if not STAVANGER.exists():  # the shared real data, else the copy in the repository's examples
    STAVANGER = Path(__file__).resolve().parents[3] / "examples" / "realdata" / STAVANGER.name


def _settle() -> None:
    for _ in range(4):
        QApplication.processEvents()


@pytest.fixture
def page(window, qtbot):  # type: ignore[no-untyped-def]
    window.resize(1366, 768)
    window.show_page("budsjett")
    return window.page_widgets["budsjett"]


def _import(page, name: str, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """«Importer fra regneark …» with the wizard's choices: ansvar_tekst is «Navn på ansvar»."""
    def wizard(parent, store, today) -> bool:  # type: ignore[no-untyped-def]
        plan = plan_budget_import(STAVANGER, mapping={"ansvar_tekst": "ansvar_name"})
        store.run(lambda s: import_budget(s, plan, set_name=name, kind="budsjett", year=2026,
                                          accept_skips=True))
        return True

    monkeypatch.setattr("ui.budget.import_wizard.run_import_wizard", wizard)
    page.import_button.click()
    _settle()


def _unmapped_codes(page) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return {page.unmapped.item(r, 0).text(): page.unmapped.item(r, 1).text() for r in range(page.unmapped.rowCount())}


def test_the_tab_names_its_set_and_follows_imports_and_choices(qtbot, window, page, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    if not STAVANGER.exists():
        pytest.skip("the Stavanger file is not here")
    demo_set = page.pivot_set.currentText()
    demo_codes = _unmapped_codes(page)
    _import(page, "Stavanger 2016", monkeypatch)
    # The set just imported is the one shown, on Sammendrag and on the tab, which says so.
    assert page.pivot_set.currentText() == "Stavanger 2016"
    assert "«Stavanger 2016»" in page.unmapped_label.text()
    codes = _unmapped_codes(page)
    assert "800302" in codes and codes != demo_codes
    assert page.tabs.tabText(3).endswith(f"({len(codes)})")
    # The file's names of the ansvar codes: in «Navn i filen» and in Sammendrag by ansvar.
    assert codes["800302"] == "AVDRAG PÅ INNLÅN/UTLÅN"
    page.pivot_by.setCurrentIndex(page.pivot_by.findData("ansvar"))
    page.pivot_by.activated.emit(page.pivot_by.currentIndex())
    _settle()
    names = {page.pivot.item(r, 0).text(): page.pivot.item(r, 1).text() for r in range(page.pivot.rowCount())}
    assert names["800302"].startswith("AVDRAG PÅ INNLÅN/UTLÅN")
    page.tabs.setCurrentIndex(3)
    _settle()
    save_screenshot(window, "budsjett-1366-ansvar-uten-enhet")
    # Another set chosen on Sammendrag: the tab lists that set's codes at once, and names it.
    page.pivot_set.setCurrentIndex(page.pivot_set.findText(demo_set))
    page.pivot_set.activated.emit(page.pivot_set.currentIndex())
    _settle()
    assert f"«{demo_set}»" in page.unmapped_label.text()
    assert _unmapped_codes(page) == demo_codes
    assert page.tabs.tabText(3).endswith(f"({len(demo_codes)})")


def test_a_whole_year_line_says_hele_aret(qtbot, window, page, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    if not STAVANGER.exists():
        pytest.skip("the Stavanger file is not here")
    _import(page, "Stavanger 2016", monkeypatch)  # no period column: every line is the whole year
    page.pivot_by.setCurrentIndex(page.pivot_by.findData("ansvar"))
    page.pivot_by.activated.emit(page.pivot_by.currentIndex())
    _settle()
    page.pivot.selectRow(0)
    _settle()
    assert page.drill.rowCount() > 0
    periods = {page.drill.item(r, 4).text() for r in range(page.drill.rowCount())}
    assert periods == {"Hele året"}
    page.tabs.setCurrentIndex(1)
    _settle()
    save_screenshot(window, "budsjett-1366-sammendrag-ansvar")
