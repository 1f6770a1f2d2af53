"""On a server Organisasjon, Avtaler, Budsjett and Målekart read off the GUI thread (issue 17:
«no GUI-thread stall over 100 ms while a page loads»): the page's load, and the parts read again
when the user chooses something (a unit's details, an agreement, a pivot), run in a worker, and
the widgets show the same data as on a file, with the user's choice kept across a reload."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication

from tests.conftest import DEMO_TODAY


@pytest.fixture
def store(demo_db, monkeypatch):  # type: ignore[no-untyped-def]
    from ui.store import Store

    monkeypatch.setattr(Store, "remote", property(lambda self: True))  # as on a PostgreSQL server
    return Store(demo_db)


def on_gui_thread() -> bool:
    return QThread.currentThread() is QApplication.instance().thread()


def record(monkeypatch, page, name: str) -> list[bool]:  # type: ignore[no-untyped-def]
    """Wrap ``page.name`` so each call notes whether it ran on the GUI thread."""
    calls: list[bool] = []
    original: Callable[..., Any] = getattr(page, name)

    def wrapped(*args: Any) -> Any:
        calls.append(on_gui_thread())
        return original(*args)

    monkeypatch.setattr(page, name, wrapped)
    return calls


def make(qtbot, cls, store):  # type: ignore[no-untyped-def]
    page = cls(store, DEMO_TODAY)
    qtbot.addWidget(page)
    page.resize(1300, 800)
    return page


def test_organisasjon_loads_and_shows_a_units_details_off_the_gui_thread(qtbot, store, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from app.org import units
    from ui.org.page import OrgPage

    page = make(qtbot, OrgPage, store)
    loads = record(monkeypatch, page, "load")
    details = record(monkeypatch, page, "read_detail")
    page.show()
    assert page.model.rowCount() == 0  # not yet: the read is under way
    qtbot.waitUntil(lambda: page.model.rowCount() > 0 and "enheter" in page.status.text(), timeout=10000)
    assert loads == [False]
    assert "Solåsen skole" in {r.name for r in page.rows.values()}
    assert page.version_box.count() >= 1 and page.chart.scene().items()
    qtbot.waitUntil(lambda: page.left.tabText(1).startswith("Kontroller ("), timeout=10000)  # the checks came

    school = next(r for r in page.rows.values() if r.name == "Solåsen skole")
    page.select_unit(school.id, source="tree")
    qtbot.waitUntil(lambda: page.form.name.text() == "Solåsen skole", timeout=10000)
    assert details == [False]

    # Someone else renames another unit: the page reads again off the GUI thread, and the unit
    # chosen stays chosen, in the tree and in the form.
    other = next(r for r in page.rows.values() if r.name == "Eiendom")
    store.run(units.update_unit, other.id, name="Eiendom og bygg")
    qtbot.waitUntil(lambda: any(r.name == "Eiendom og bygg" for r in page.rows.values()), timeout=10000)
    assert loads == [False, False] and not any(details)
    assert page.selected == school.id
    assert page.model.unit_row(page.tree.currentIndex()).id == school.id
    assert page.form.name.text() == "Solåsen skole"


def test_avtaler_loads_the_list_and_the_chosen_agreement_off_the_gui_thread(qtbot, store, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from ui.agreements.page import AgreementsPage

    page = make(qtbot, AgreementsPage, store)
    loads = record(monkeypatch, page, "load")
    chosen = record(monkeypatch, page, "read_selected")
    page.show()
    qtbot.waitUntil(lambda: page.table.rowCount() > 0, timeout=10000)
    assert loads == [False]
    assert page.lead_box.count() > 1 and page.missing.count() > 0
    first = page.rows[0]
    assert page.table.item(0, 0).text() == first.unit

    page.table.selectRow(0)
    qtbot.waitUntil(lambda: page.editor.detail is not None and page.editor.detail.id == first.id, timeout=10000)
    assert chosen and not any(chosen)
    assert page.history.count() >= 1 and page.pdf_button.isEnabled()

    # Another year and back: the list is read again off the GUI thread, the agreement stays chosen.
    page.year.setValue(page.year.value() - 1)
    page.year.setValue(page.year.value() + 1)
    qtbot.waitUntil(lambda: len(loads) >= 3 and page._loading is None and page.table.rowCount() > 0, timeout=10000)
    assert not any(loads)
    assert page.selected == first.id
    assert [i.row() for i in page.table.selectionModel().selectedRows()] == [0]
    assert page.editor.detail is not None and page.editor.detail.id == first.id


def test_budsjett_loads_and_reads_a_new_pivot_off_the_gui_thread(qtbot, store, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from ui.budget.page import BudgetPage

    page = make(qtbot, BudgetPage, store)
    loads = record(monkeypatch, page, "load")
    pivots = record(monkeypatch, page, "read_pivot")
    deviations = record(monkeypatch, page, "read_bva")
    page.show()
    qtbot.waitUntil(lambda: page.sets.rowCount() > 0 and page.bva.rowCount() > 25, timeout=10000)
    assert loads == [False]
    names = {page.sets.item(r, 0).text() for r in range(page.sets.rowCount())}
    assert {"Budsjett 2026", "Regnskap 2026"} <= names
    assert page.pivot.rowCount() > 0 and page.pivot_total.text().startswith("Sum:")
    assert page.budget_set.currentText() == "Budsjett 2026" and page.actual_set.currentText() == "Regnskap 2026"

    by_unit = page.pivot_total.text()
    page.pivot_by.setCurrentIndex(page.pivot_by.findData("art"))
    page.pivot_by.activated.emit(page.pivot_by.currentIndex())  # as a user's choice in the box
    qtbot.waitUntil(lambda: page.pivot_total.text() != by_unit and page.pivot.rowCount() > 0, timeout=10000)
    page.month.setValue(3)  # budget against actual to March: read again too
    qtbot.waitUntil(lambda: len(deviations) >= 2 and "bva" not in page._sub_loads, timeout=10000)
    assert pivots and deviations and not any(pivots + deviations)
    assert page.bva.rowCount() > 25 and page.pivot_by.currentData() == "art"


def test_malekart_loads_off_the_gui_thread_and_opens_a_unit_asked_for_early(qtbot, store, monkeypatch, demo_db) -> None:  # type: ignore[no-untyped-def]
    from app.scorecard.model import current_unit
    from ui.scorecard.page import UNIT, ScorecardPage

    with demo_db.session() as session:
        home = current_unit(session, "Lindvik sykehjem").lineage_id
    page = make(qtbot, ScorecardPage, store)
    loads = record(monkeypatch, page, "load")
    page.show()
    page.show_unit(home)  # as Oversikt's line does, while the first load is still on its way
    qtbot.waitUntil(lambda: page.unit.currentText() == "Lindvik sykehjem" and page._loading is None, timeout=10000)
    assert loads and not any(loads)
    assert page.tabs.currentIndex() == UNIT
    assert page.tree.topLevelItemCount() > 0 and page.unit_table.rowCount() > 0
    assert page.indicator.count() > 0 and page.grid.rowCount() > 0


def test_malekart_on_an_empty_server_says_why_in_the_page(qtbot, empty_db, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from ui.scorecard.page import ScorecardPage
    from ui.store import Store

    monkeypatch.setattr(Store, "remote", property(lambda self: True))
    shown: list[str] = []
    monkeypatch.setattr("ui.errors.show_user_error", lambda parent, err: shown.append(str(err)))
    page = make(qtbot, ScorecardPage, Store(empty_db))
    explanation = page.municipal_note.text()
    page.show()
    qtbot.waitUntil(lambda: page.municipal_note.text() != explanation, timeout=10000)
    assert page.data is None and page.tree.topLevelItemCount() == 0
    assert not shown  # no message box: the page itself says it
