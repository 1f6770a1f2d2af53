"""Avtaler: «Revisjoner av valgt avtale» dates a signed revision by its signing, not by the day its row
was made (walk 2: «Revisjon 1: Signert (07.12.2026)» for an agreement signed 24.01.2026)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.agreements.detail import revision_history
from app.formatting import format_date
from tests.conftest import DEMO_TODAY


def test_each_revision_shows_when_it_was_signed_or_that_it_is_unsigned(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.show_page("avtaler")
    page = window.page_widgets["avtaler"]
    page.year.setValue(DEMO_TODAY.year)
    row = next(r for r in range(page.table.rowCount()) if page.table.item(r, 0).text() == "Helse og familie"
               and page.table.item(r, 0).data(Qt.ItemDataRole.UserRole))
    page.table.selectRow(row)
    detail = page.editor.detail
    assert detail is not None
    texts = [page.history.item(i).text() for i in range(page.history.count())]
    history = window.store.read(revision_history, detail.id)
    assert len(texts) == len(history) == 2
    for text, rev in zip(texts, history, strict=True):
        assert format_date(rev.created_at) not in text or rev.signed_on is None or \
            format_date(rev.signed_on) == format_date(rev.created_at)
        if rev.signed_on is not None:
            assert format_date(rev.signed_on) in text
        else:
            assert "laget" in text
