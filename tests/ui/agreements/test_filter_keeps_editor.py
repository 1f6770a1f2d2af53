"""Avtaler: the editor always shows the agreement highlighted in the list (walk 37, 38, 40)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.conftest import DEMO_TODAY


@pytest.fixture
def page(window, qtbot):  # type: ignore[no-untyped-def]
    window.resize(1366, 768)
    window.show_page("avtaler")
    page = window.page_widgets["avtaler"]
    page.year.setValue(DEMO_TODAY.year)
    return page


def _row_of(page, unit: str, kind: str = "Resultatavtale") -> int:  # type: ignore[no-untyped-def]
    for row in range(page.table.rowCount()):
        if page.table.item(row, 0).text() == unit and page.table.item(row, 2).text().startswith(kind):
            return row
    raise AssertionError(f"{unit} not in the list")


def _highlighted(page) -> list[str]:  # type: ignore[no-untyped-def]
    return [page.table.item(i.row(), 0).text() for i in page.table.selectionModel().selectedRows()]


def _set_status(page, label: str) -> None:  # type: ignore[no-untyped-def]
    page.status_box.setCurrentIndex(page.status_box.findText(label))
    page.status_box.activated.emit(page.status_box.currentIndex())


def test_a_filter_that_hides_the_shown_agreement_leaves_no_stale_editor(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    page.table.selectRow(_row_of(page, "Brekka skole"))
    assert page.editor.detail is not None and page.editor.detail.unit_name == "Brekka skole"
    _set_status(page, "Til drøfting")
    highlighted = _highlighted(page)
    shown = page.editor.detail
    if highlighted:  # the highlighted row is the one in the editor
        assert shown is not None and [shown.unit_name] == highlighted
    else:  # nothing highlighted: nothing in the editor, nothing to act on
        assert shown is None
        assert not page.sign_button.isEnabled() and not page.pdf_button.isEnabled()
    assert shown is None or shown.unit_name != "Brekka skole"


def test_clicking_the_only_row_left_loads_it(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    page.table.selectRow(_row_of(page, "Brekka skole"))
    _set_status(page, "Til drøfting")
    row = _row_of(page, "Hjemmetjenesten nord")
    rect = page.table.visualRect(page.table.model().index(row, 0))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.editor.detail is not None and page.editor.detail.unit_name == "Hjemmetjenesten nord"
    assert _highlighted(page) == ["Hjemmetjenesten nord"]
    assert page.discuss_button.isEnabled() is False and page.sign_button.isEnabled()


def test_the_shown_agreement_stays_when_the_filter_keeps_it(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    page.table.selectRow(_row_of(page, "Hjemmetjenesten nord"))
    _set_status(page, "Til drøfting")
    assert _highlighted(page) == ["Hjemmetjenesten nord"]
    assert page.editor.detail is not None and page.editor.detail.unit_name == "Hjemmetjenesten nord"
