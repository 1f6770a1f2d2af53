"""Change sets: each operation says what it changed and who asked, and each page reloads only
for what it shows (issue 17 item 1)."""

from __future__ import annotations

import pytest

from app.changes import ChangeSet, Kind
from app.followup import meetings
from app.resources import resource_path
from tests.conftest import DEMO_TODAY

UNIT = "Solsikken barnehage"


def _count_reloads(monkeypatch, pages) -> dict[str, int]:  # type: ignore[no-untyped-def]
    """Wrap each page's reload with a counter, keyed by the page's key."""
    counts = {page.key: 0 for page in pages}
    for page in pages:
        original = page.reload

        def counted(page=page, original=original) -> None:  # type: ignore[no-untyped-def]
            counts[page.key] += 1
            original()

        monkeypatch.setattr(page, "reload", counted)
    return counts


def _open_note(qtbot, page, unit: str, month: int) -> None:  # type: ignore[no-untyped-def]
    from ui.followup.grid import FIXED_COLUMNS

    row = next(i for i, r in enumerate(page.model.rows) if not isinstance(r, str) and r.unit == unit)
    index = page.model.index(row, FIXED_COLUMNS + month - 1)
    page.table.setCurrentIndex(index)
    page.table.doubleClicked.emit(index)
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.editor)


def test_an_operation_reports_the_kinds_it_wrote_and_who_asked(window) -> None:  # type: ignore[no-untyped-def]
    store = window.store
    seen: list[ChangeSet] = []
    store.changes.connect(seen.append)
    asker = object()
    from app.followup.attention import save_threshold

    with store.initiated_by(asker):
        store.run(save_threshold, 7)
    assert seen[-1].initiator is asker
    assert Kind.FOLLOW_UP_SETTINGS in seen[-1].kinds and Kind.AUDIT in seen[-1].kinds
    assert not {Kind.UNITS, Kind.MEETINGS, Kind.BUDGET_LINES} & seen[-1].kinds
    store.run(save_threshold, 7)  # the same value again: nothing written, nothing said
    assert len(seen) == 1


def test_an_autosave_in_the_note_reloads_no_page_and_not_the_note(qtbot, window, demo_db, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    window.show_page("oppfolging")
    page = window.page_widgets["oppfolging"]
    _open_note(qtbot, page, UNIT, 11)
    counts = _count_reloads(monkeypatch, window.page_widgets.values())
    note_reads: list[object] = []
    original_show = page.editor.show_note
    monkeypatch.setattr(page.editor, "show_note", lambda note: (note_reads.append(note), original_show(note)))

    box = page.editor.sections["decisions"]
    box.setFocus()
    box.setPlainText("Vi ber om vikarbudsjett for desember.")
    qtbot.waitUntil(lambda: demo_db.run(meetings.meeting_note, page.editor.note.id).sections["decisions"]
                    == "Vi ber om vikarbudsjett for desember.", timeout=5000)
    assert counts == {key: 0 for key in counts}
    assert note_reads == []  # the box already shows what was saved
    assert box.toPlainText() == "Vi ber om vikarbudsjett for desember."

    # Undo is not the editor's own save: the note is read again and the box shows the old text.
    page.editor.status.setFocus()  # (a box the user is typing in is never refilled under the cursor)
    window.undo_stack.undo()
    qtbot.waitUntil(lambda: box.toPlainText() != "Vi ber om vikarbudsjett for desember.")
    assert counts["oppfolging"] == 1 and len(note_reads) == 1
    assert sum(n for key, n in counts.items() if key != "oppfolging") == 0  # hidden pages wait until shown


@pytest.fixture
def every_page(qtbot, demo_db):  # type: ignore[no-untyped-def]
    """Every page on one store, each in a window of its own, all visible at once."""
    from ui.agreements.page import AgreementsPage
    from ui.budget.page import BudgetPage
    from ui.followup.page import FollowUpPage
    from ui.org.page import OrgPage
    from ui.overview.page import OverviewPage
    from ui.store import Store

    store = Store(demo_db)
    pages = [cls(store, DEMO_TODAY) for cls in (OverviewPage, OrgPage, AgreementsPage, FollowUpPage, BudgetPage)]
    for page in pages:
        qtbot.addWidget(page)
        page.resize(900, 600)
        page.show()
        qtbot.waitExposed(page)
    return store, pages


def test_a_budget_import_reloads_only_the_pages_that_show_budget_figures(every_page, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from app.budget.importer import import_budget, plan_budget_import

    store, pages = every_page
    counts = _count_reloads(monkeypatch, pages)
    plan = plan_budget_import(resource_path("examples", "Budsjett Lindvik kommune 2027.xlsx"))
    seen: list[ChangeSet] = []
    store.changes.connect(seen.append)
    store.run(import_budget, plan, set_name="Budsjett 2027 igjen", kind="budsjett", year=2027)
    assert {Kind.BUDGET_SETS, Kind.BUDGET_LINES} <= seen[-1].kinds
    assert not {Kind.UNITS, Kind.PEOPLE, Kind.AGREEMENTS, Kind.MEETINGS} & seen[-1].kinds
    # Oversikt shows budget deviations, Budsjett the figures; the org chart, the agreements and
    # the meeting grid show none.
    assert counts == {"oversikt": 1, "budsjett": 1, "organisasjon": 0, "avtaler": 0, "oppfolging": 0}


def test_an_org_edit_reloads_the_pages_that_show_units_but_not_the_budget_figures_twice(every_page,
                                                                                       monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from app.org.queries import current_version, unit_rows
    from app.org.units import update_unit

    store, pages = every_page
    counts = _count_reloads(monkeypatch, pages)
    version = store.read(current_version)
    unit = next(r for r in store.read(unit_rows, version.id, DEMO_TODAY) if r.name == UNIT)
    store.run(update_unit, unit.id, name="Solsikken barnehage og familiesenter")
    assert counts == {"oversikt": 1, "budsjett": 1, "organisasjon": 1, "avtaler": 1, "oppfolging": 1}
