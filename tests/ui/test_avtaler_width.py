"""Walk at 1366×768: the Avtaler page held the whole window at least 1199 px wide (its list's label
329 px, the preview counted while folded), and at 1366 the list showed neither the kind of agreement
nor its period without scrolling sideways."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from app.choices import PAGES


def _settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def test_the_window_can_be_1024_wide_with_the_avtaler_page(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    assert window.minimumSizeHint().width() <= 1024  # from the first start, before Avtaler is opened
    window.resize(1366, 768)
    for key in PAGES:
        window.show_page(key)
        _settle()
        assert window.minimumSizeHint().width() <= 1024, key
    window.show_page("avtaler")
    page = window.page_widgets["avtaler"]
    # The list dragged shut: hidden, and still no wider a window; the form keeps its 560 px.
    page.splitter.setSizes([0, sum(page.splitter.sizes()), 0])
    page.splitter.splitterMoved.emit(0, 1)
    _settle()
    assert page.left.isHidden() and not page.show_list.isChecked()
    assert window.minimumSizeHint().width() <= 1024
    assert page.editor.minimumWidth() == 560
    window.resize(1024, 768)
    _settle()
    assert window.width() == 1024


def test_at_1366_the_list_shows_kind_and_period_without_scrolling(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.resize(1366, 768)
    window.show_page("avtaler")
    _settle()
    page = window.page_widgets["avtaler"]
    qtbot.waitUntil(lambda: page.table.rowCount() > 0)
    _settle()
    table, header = page.table, page.table.horizontalHeader()
    assert page.editor.width() >= 560
    right = header.sectionViewportPosition(0) + header.sectionSize(0)  # Enhet
    assert header.sectionViewportPosition(0) >= 0 and right <= table.viewport().width()
    # The kind and period are the unit cell's second line (walk 30: Leder and Status in view too).
    from ui.agreements.page import SUBLINE_ROLE

    for row in range(table.rowCount()):
        assert table.item(row, 0).data(SUBLINE_ROLE) == f"{table.item(row, 2).text()} · {table.item(row, 3).text()}"
