"""Avtaler at 1366×768 (walk 30, 33, 35, 44, 112): Enhet, Leder and Status in view without scrolling
sideways, a long message on one line, the preview with its whole page, a long field from its start,
and a word when the agreement is signed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit

from tests.conftest import DEMO_TODAY
from tests.ui.conftest import save_screenshot
from ui.agreements.dialogs import SignDialog

LONG = ("Lagret egenvurderingsskjemaet i /tmp/walk/Egenvurdering Resultatavtale 2026 – Brekka skole.docx. "
        "Send det til lederen, og les det inn med «Les inn egenvurdering …» når det kommer tilbake.")


def _settle() -> None:
    for _ in range(4):
        QApplication.processEvents()


@pytest.fixture
def page(window, qtbot):  # type: ignore[no-untyped-def]
    window.resize(1366, 768)
    window.show_page("avtaler")
    page = window.page_widgets["avtaler"]
    page.year.setValue(DEMO_TODAY.year)
    qtbot.waitUntil(lambda: page.table.rowCount() > 0)
    _settle()
    return page


def _select(page, unit: str) -> None:  # type: ignore[no-untyped-def]
    page.table.selectRow(next(r for r in range(page.table.rowCount())
                              if page.table.item(r, 0).text() == unit
                              and page.table.item(r, 2).text().startswith("Resultatavtale")))
    _settle()


def test_unit_leader_and_status_in_view_without_scrolling(qtbot, window, page) -> None:  # type: ignore[no-untyped-def]
    table, header = page.table, page.table.horizontalHeader()
    assert page.editor.width() >= 560
    for column in (0, 1, 4):  # Enhet, Leder, Status
        left = header.sectionViewportPosition(column)
        assert not header.isSectionHidden(column)
        assert left >= 0 and left + header.sectionSize(column) <= table.viewport().width(), (
            table.horizontalHeaderItem(column).text(), left, header.sectionSize(column), table.viewport().width())
    assert header.length() <= table.viewport().width()  # nothing off to the right
    assert not table.horizontalScrollBar().isVisible()
    # The kind and the period are still read in the row: under the unit's name.
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == "Brekka skole"
               and table.item(r, 2).text() == "Lederavtale")
    from ui.agreements.page import SUBLINE_ROLE

    assert table.item(row, 0).data(SUBLINE_ROLE) == "Lederavtale · 01.01.26–31.12.29"
    assert table.viewport().height() // table.rowHeight(0) >= 8
    save_screenshot(window, "avtaler-1366-liste")


def test_a_long_message_stays_on_one_line(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    before = page.table.height()
    page.status_line.setText(LONG)
    _settle()
    assert page.status_line.height() < 2 * page.status_line.fontMetrics().lineSpacing()
    assert page.table.height() == before
    assert page.status_line.text() == LONG and page.status_line.toolTip() == LONG
    assert page.status_line.shown_text().endswith("…")


def test_the_preview_folds_the_list_and_shows_its_whole_page(qtbot, window, page) -> None:  # type: ignore[no-untyped-def]
    _select(page, "Hjemmetjenesten nord")
    list_width = page.splitter.sizes()[0]
    page.show_preview.setChecked(True)
    _settle()
    assert not page.show_list.isChecked() and page.left.isHidden()
    assert page.editor.width() >= 560
    page.preview.render_now()
    _settle()
    assert page.preview.pages
    assert all(label.width() <= page.preview.viewport().width() for label in page.preview.pages)
    save_screenshot(window, "avtaler-1366-forhandsvisning")
    page.show_list.setChecked(True)  # the list back: the preview folds
    _settle()
    assert not page.show_preview.isChecked() and page.left.isVisible()
    assert abs(page.splitter.sizes()[0] - list_width) <= 2  # as wide as before, not 300 px (walk 2)


def test_a_long_field_shows_its_start(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    _select(page, "Hjemmetjenesten nord")
    edits = [w for w in page.editor.field_widgets.values()
             if isinstance(w, QLineEdit) and w.text().startswith("medarbeidersamtalen")]
    assert edits and all(e.cursorPosition() == 0 for e in edits)


def test_signing_says_so(qtbot, page, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    _select(page, "Hjemmetjenesten nord")
    page.status_line.setText("Lagret noe annet")

    def fake_exec(dialog) -> int:  # type: ignore[no-untyped-def]
        dialog.place.setText("Lindvik")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(SignDialog, "exec", fake_exec)
    qtbot.mouseClick(page.sign_button, Qt.MouseButton.LeftButton)
    assert "er signert" in page.status_line.text() and "Hjemmetjenesten nord" in page.status_line.text()
