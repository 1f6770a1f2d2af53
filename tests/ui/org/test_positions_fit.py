"""Walk at 1366×768: the unit form's «Ledere og stillinger» showed an acting leader as «In… / H…»,
the role «Fungerende leder» sized to its whole text took the name's room. Every word of the name
and the role now fits its column."""

from __future__ import annotations

from sqlalchemy import select

from app.org.queries import current_version
from db.models import Unit


def test_an_acting_leaders_name_and_role_fit_at_1366(qtbot, window, demo_db) -> None:  # type: ignore[no-untyped-def]
    window.resize(1366, 768)
    window.show_page("organisasjon")
    page = window.page_widgets["organisasjon"]
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    with demo_db.session() as s:
        unit_id = s.scalars(select(Unit.id).where(Unit.org_version_id == current_version(s).id,
                                                  Unit.name == "Haugtun barnehage")).one()
    page.select_unit(unit_id, source="test")
    table = page.form.positions
    qtbot.waitUntil(lambda: table.rowCount() > 0)
    roles = [table.item(r, 1).text() for r in range(table.rowCount())]
    assert "Fungerende leder" in roles
    metrics = table.fontMetrics()
    for column in (0, 1):
        for r in range(table.rowCount()):
            for word in table.item(r, column).text().split():
                assert metrics.horizontalAdvance(word) <= table.columnWidth(column) - 6, (word, column)
