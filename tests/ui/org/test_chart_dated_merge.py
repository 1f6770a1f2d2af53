"""Issue 20: a scenario's chart seen before its merge takes effect marks the merged unit «Sammenslått fra
<dato>» and says over the chart how long the units it replaces last."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate

from app.org import reorganisation, restructure
from tests.app.org.test_chart_dated_merge import MERGE, OLD, unit_in
from tests.ui.conftest import save_screenshot
from ui.org.chart_view import mark_text


def test_the_chart_before_a_dated_merge_shows_the_dates(qtbot, window, demo_db) -> None:  # type: ignore[no-untyped-def]
    with demo_db.session() as s:
        project = reorganisation.create_project(s, "Omorganisering 2027")
        alt = reorganisation.add_alternative(s, project.id).id
        restructure.merge_units(s, [unit_in(s, alt, n).id for n in OLD], "Sentrum barnehager", MERGE)
    window.resize(1366, 768)
    window.show_page("organisasjon")
    page = window.page_widgets["organisasjon"]
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    page.show_version(alt)
    page.date_edit.setDate(QDate(2027, 1, 15))
    assert page.version_id == alt and page.view_date == date(2027, 1, 15)
    merged = next(r.id for r in page.rows.values() if r.name == "Sentrum barnehager")
    assert not set(OLD) & {r.name for r in page.rows.values()}
    assert mark_text(page.chart.marks[merged]) == "Sammenslått fra 01.08.2027"
    assert page.chart.items_by_id[merged].box.node.name == "Sentrum barnehager"
    assert "Solsikken barnehage og Tusenfryd barnehage til 31.07.2027, så Sentrum barnehager" in \
        page.chart.removed_note
    page.chart.select_unit(merged)
    save_screenshot(window, "omorganisering-sammenslaaing-foer-datoen")

    page.date_edit.setDate(QDate(2027, 9, 1))  # from the date on: the merge is in force, no dates
    assert mark_text(page.chart.marks[merged]) == "Sammenslått"
    assert "til 31.07.2027" not in page.chart.removed_note
