"""Vis → «Endringslogg …»: the table of changes, its filters, paging as the user scrolls, and the
export; quick to open on a file with 100 000 entries."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QDate, Qt

from app.agreements import detail
from app.audit.log import PAGE_SIZE
from app.documents.marking import DEFAULT_MARKING
from app.storage.database import Database, open_database
from tests.app.audit_data import add_audit_rows
from ui.audit_dialog import AuditDialog, show_audit_dialog
from ui.store import Store


@pytest.fixture
def big_store(demo_path: Path):  # type: ignore[no-untyped-def]
    open_database(demo_path).close()
    add_audit_rows(demo_path, 100_000)
    store = Store(open_database(demo_path))
    yield store
    store.close()


def test_opens_on_100000_entries_with_one_page_and_fetches_more_on_scrolling(qtbot, big_store: Store) -> None:  # type: ignore[no-untyped-def]
    dialog = AuditDialog(big_store)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    model = dialog.model
    assert model.rowCount() == PAGE_SIZE and model.total == 100_001
    assert "200" in dialog.count.text() and "100\u00a0001" in dialog.count.text()
    dialog.view.scrollToBottom()  # the view asks the model for the next page
    qtbot.waitUntil(lambda: model.rowCount() == 2 * PAGE_SIZE, timeout=5000)
    assert model.rows[0].at > model.rows[-1].at  # newest first, and the pages follow on
    assert len({r.id for r in model.rows}) == 2 * PAGE_SIZE
    assert model.index(1, 3).data() == "Mål" and model.index(1, 4).data().startswith("Mål")


def test_filters_narrow_the_table(qtbot, big_store: Store) -> None:  # type: ignore[no-untyped-def]
    dialog = AuditDialog(big_store)
    qtbot.addWidget(dialog)
    dialog.user.setCurrentIndex(dialog.user.findData("ola"))
    assert dialog.model.total == 33_333 and {r.user for r in dialog.model.rows} == {"ola"}
    dialog.date_from.setDate(QDate(2024, 1, 2))
    dialog.date_to.setDate(QDate(2024, 1, 2))
    assert 0 < dialog.model.total <= 96 // 3 + 1
    dialog.search.setText("ny tekst 103")  # typed: the filter follows after a short pause
    qtbot.waitUntil(lambda: dialog.model.total == 1, timeout=5000)  # entry 103 is ola's on 2 January
    assert dialog.model.rows[0].change == "Tekst: «gammel tekst 103» → «ny tekst 103»"
    dialog.search.setText("står ingen steder")
    qtbot.waitUntil(lambda: dialog.model.total == 0, timeout=5000)
    assert dialog.count.text() == "Ingen endringer passer med filteret."
    dialog.reset_filter()
    assert dialog.model.total == 100_001
    dialog.kind.setCurrentIndex(dialog.kind.findData("followup"))
    assert dialog.model.total == 0


def test_dates_in_the_wrong_order_are_said_in_the_dialog(qtbot, demo_db: Database) -> None:  # type: ignore[no-untyped-def]
    dialog = AuditDialog(Store(demo_db))
    qtbot.addWidget(dialog)
    dialog.date_from.setDate(QDate(2026, 5, 1))
    dialog.date_to.setDate(QDate(2026, 4, 1))
    assert "Bytt om datoene" in dialog.count.text()


def test_a_change_in_the_window_shows_up_with_names(qtbot, demo_db: Database) -> None:  # type: ignore[no-untyped-def]
    store = Store(demo_db)
    dialog = show_audit_dialog(store)
    qtbot.addWidget(dialog)
    from sqlalchemy import select

    from db.models import Agreement

    with demo_db.session() as session:
        agreement = session.scalars(select(Agreement).where(Agreement.status == "draft")
                                    .order_by(Agreement.title)).first()
        agreement_id, title = agreement.id, agreement.title
    store.run(detail.set_confidential, agreement_id, False)  # as the editor's check box does
    assert dialog.model.rows[0].subject == title
    row = [dialog.model.index(0, c).data() for c in range(6)]
    assert row[2:] == ["Endret", "Avtale", title, "Unntatt offentlighet: ja → nei"]
    assert dialog.model.index(0, 5).data(Qt.ItemDataRole.ToolTipRole) == "Unntatt offentlighet: ja → nei"


def test_export_writes_what_the_filter_shows_with_the_marking(qtbot, big_store: Store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = AuditDialog(big_store)
    qtbot.addWidget(dialog)
    dialog.user.setCurrentIndex(dialog.user.findData("per"))
    dialog.date_from.setDate(QDate(2024, 3, 1))
    dialog.date_to.setDate(QDate(2024, 3, 31))
    expected = dialog.model.total
    assert 0 < expected < 1000
    assert dialog.export_to(tmp_path / "logg.xlsx")
    wb = load_workbook(tmp_path / "logg.xlsx")
    ws = wb.active
    assert ws.max_row - 1 == expected and {c.value for c in ws["B"][1:]} == {"per"}
    assert ws.oddHeader.right.text == DEFAULT_MARKING and wb.properties.subject == DEFAULT_MARKING
    assert DEFAULT_MARKING in dialog.count.text()


def test_one_change_is_counted_in_the_singular(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A new database filled with the demo has one audit entry (the demo, recorded once)."""
    from app.demo import build_demo

    db = open_database(tmp_path / "ny.sdb")
    try:
        with db.session() as session:
            build_demo(session)
        dialog = AuditDialog(Store(db))
        qtbot.addWidget(dialog)
        qtbot.waitUntil(lambda: dialog.model.total > 0)
        assert dialog.model.total == 1
        assert dialog.count.text() == "1 endring"
    finally:
        db.close()
