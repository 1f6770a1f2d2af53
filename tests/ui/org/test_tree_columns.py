"""Walk at 1366×768: the org tree's «Type» column showed only «R» / «S»: the name column took 200 px
of a 210 px wide tree."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication


def test_the_type_column_is_whole_in_the_tree_at_1366(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.resize(1366, 768)
    window.show_page("organisasjon")
    page = window.page_widgets["organisasjon"]
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    for _ in range(3):
        QApplication.processEvents()
    tree, header = page.tree, page.tree.header()
    typical = tree.fontMetrics().horizontalAdvance("Resultatenhet")
    assert header.sectionSize(1) >= typical + 12  # «Resultatenhet» whole, not «R»
    assert header.sectionSize(0) >= 160  # and room for the names too
    right = header.sectionViewportPosition(1) + header.sectionSize(1)
    assert header.sectionViewportPosition(1) >= 0 and right <= tree.viewport().width(), (
        [header.sectionSize(c) for c in range(3)], tree.viewport().width())
    # A wider tree (the splitter dragged): the name gets its whole width back.
    sizes = page.splitter.sizes()
    page.splitter.setSizes([sizes[0] + 300, sizes[1] - 300, sizes[2]])
    for _ in range(3):
        QApplication.processEvents()
    assert header.sectionSize(0) >= min(tree.sizeHintForColumn(0), tree.viewport().width() - header.sectionSize(1))


def test_on_a_big_screen_name_and_type_are_both_whole(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.resize(1920, 1080)
    window.show_page("organisasjon")
    page = window.page_widgets["organisasjon"]
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    for _ in range(3):
        QApplication.processEvents()
    tree, header = page.tree, page.tree.header()
    assert header.sectionSize(0) >= tree.sizeHintForColumn(0)
    assert header.sectionViewportPosition(1) + header.sectionSize(1) <= tree.viewport().width()
    assert page.chart.width() >= 700
