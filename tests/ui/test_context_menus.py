"""Issue 18, items 7 and 9: right-click menus with the page's actions, and a chart that stays readable."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication


@pytest.fixture(autouse=True)
def _no_popup(monkeypatch):  # type: ignore[no-untyped-def]
    """The offscreen platform cannot raise a popup or grab the keyboard (and says so as a Qt
    warning); the menu's contents are what these tests read."""
    from PySide6.QtWidgets import QMenu

    monkeypatch.setattr(QMenu, "popup", lambda *a, **k: None)


def _texts(widget) -> list[str]:  # type: ignore[no-untyped-def]
    menu = widget.last_context_menu
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    menu.close()
    return texts


def _right_click(widget, pos: QPoint) -> None:  # type: ignore[no-untyped-def]
    widget.customContextMenuRequested.emit(pos)


@pytest.fixture
def org(window, qtbot):  # type: ignore[no-untyped-def]
    window.resize(1366, 768)
    window.show_page("organisasjon")
    page = window.page_widgets["organisasjon"]
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    return page


def test_right_click_on_the_tree_selects_the_unit_and_offers_its_actions(qtbot, org) -> None:  # type: ignore[no-untyped-def]
    index = org.model.index(0, 0, org.model.index(0, 0))  # the first unit under the top
    rect = org.tree.visualRect(index)
    _right_click(org.tree, rect.center())
    assert org.selected == org.model.unit_row(index).id
    texts = _texts(org.tree)
    assert org.add_unit.text() in texts and org.delete_unit.text() in texts and org.export_button.text() in texts
    # Its actions do what the buttons do: «Ny enhet» adds a unit under the one clicked.
    before = len(org.rows)
    _right_click(org.tree, rect.center())
    action = next(a for a in org.tree.last_context_menu.actions() if a.text() == org.add_unit.text())
    action.trigger()
    org.tree.last_context_menu.close()
    qtbot.waitUntil(lambda: len(org.rows) == before + 1)


def test_right_click_on_a_box_in_the_chart_selects_it(qtbot, org) -> None:  # type: ignore[no-untyped-def]
    unit_id, item = next((uid, it) for uid, it in org.chart.items_by_id.items() if org.rows[uid].parent_id)
    org.chart.centerOn(item)
    QApplication.processEvents()
    pos = org.chart.mapFromScene(item.sceneBoundingRect().center())
    _right_click(org.chart, pos)
    assert org.selected == unit_id
    texts = _texts(org.chart)
    assert org.delete_unit.text() in texts and org.fit.text() in texts
    # The zoom buttons say «+» and «−»; in a menu they read as words.
    assert "Zoom inn" in texts and "Zoom ut" in texts and "+" not in texts
    # The restructuring actions of the page are there too, enabled as their buttons are.
    assert org.merge_button.text() in texts and org.split_button.text() in texts


def test_default_fit_keeps_the_chart_readable_at_1366x768(qtbot, org) -> None:  # type: ignore[no-untyped-def]
    org.chart.fit()  # the whole chart in view (tests/ui/org/test_walk_1366_chart.py)
    assert org.chart.transform().m11() == pytest.approx(org.chart.fit_scale(), rel=0.05)
    assert org.chart.width() > 400  # not a thumbnail beside the details
    assert org.form.width() >= 340  # the details' fields have their room


def test_agreement_list_menu_follows_the_buttons(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.show_page("avtaler")
    page = window.page_widgets["avtaler"]
    row = next(i for i, r in enumerate(page.rows) if r.status == "signed")
    _right_click(page.table, page.table.visualRect(page.table.model().index(row, 0)).center())
    assert page.table.currentRow() == row
    menu = page.table.last_context_menu
    actions = {a.text(): a.isEnabled() for a in menu.actions() if not a.isSeparator()}
    menu.close()
    assert actions[page.sign_button.text()] is False  # already signed: as the button
    assert actions[page.revision_button.text()] is True and actions[page.pdf_button.text()] is True


def test_followup_grid_and_budget_sets_have_menus(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.show_page("oppfolging")
    page = window.page_widgets["oppfolging"]
    _right_click(page.table, page.table.visualRect(page.model.index(1, 5)).center())
    assert "Åpne møtet" in _texts(page.table)
    window.show_page("budsjett")
    budget = window.page_widgets["budsjett"]
    _right_click(budget.sets, budget.sets.visualRect(budget.sets.model().index(0, 0)).center())
    assert budget.delete_button.text() in _texts(budget.sets)
