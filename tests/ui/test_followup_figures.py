"""The meeting note's economy figures on screen add up, and are the PDF's figures."""

from __future__ import annotations

import io
import re

import pytest
from pypdf import PdfReader

from app.budget.views import unit_figures
from app.followup.render import render_meeting_pdf

UNIT = "Solsikken barnehage"


@pytest.fixture
def page(window):  # type: ignore[no-untyped-def]
    window.show_page("oppfolging")
    return window.page_widgets["oppfolging"]


def _kroner(text: str) -> int:
    return int(re.sub(r"[^\d-]", "", text.replace("−", "-")))


def test_year_to_date_on_screen_adds_up_and_equals_the_pdf(qtbot, window, page, demo_db) -> None:  # type: ignore[no-untyped-def]
    from ui.followup.grid import FIXED_COLUMNS

    row = next(i for i, r in enumerate(page.model.rows) if not isinstance(r, str) and r.unit == UNIT)
    index = page.model.index(row, FIXED_COLUMNS + 11 - 1)  # November; the accounts go to October
    page.table.setCurrentIndex(index)
    page.table.doubleClicked.emit(index)
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.editor)
    editor = page.editor
    note = editor.note
    assert note.figures is not None and note.figures.actual_through == 10
    label, budget, actual, deviation, pct = (c.text() for c in editor.figure_cells[2])
    # Budget and accounts for the same months, and the deviation against that budget.
    assert label == "Hittil i år (januar–oktober)"
    assert _kroner(budget) + _kroner(deviation) == _kroner(actual)
    october = demo_db.run(unit_figures, note.unit_lineage_id, 2026, 10)
    assert _kroner(budget) == round(october.budget_ytd / 100)  # January–October, not to November
    # The PDF prints the same row.
    text = " ".join(" ".join((p.extract_text() or "").split())
                    for p in PdfReader(io.BytesIO(render_meeting_pdf(note))).pages)
    screen = " ".join(f"Hittil i år (januar–oktober) {budget} {actual} {deviation} {pct}".split())
    assert screen.replace("−", "-") in text.replace("−", "-")  # the screen writes a typographic minus
    month_cells = [c.text() for c in editor.figure_cells[1][1:]]
    assert month_cells[1] == "–"  # November's accounts are not in yet: no deviation against November's budget
