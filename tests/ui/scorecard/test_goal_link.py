"""An agreement goal linked to a focus area and an indicator with its target from the agreement
editor: the «Indikator» column then shows the indicator and ambition level before the free text,
the free text stays the goal's own, the balance check counts it, and Ctrl+Z takes the link back."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.scorecard.views import goal_links
from db.models import Goal
from tests.ui.scorecard.test_scorecard_walk import in_modal


def test_a_goal_linked_to_an_indicator_shows_it_with_its_target(qtbot, window, demo_db) -> None:  # type: ignore[no-untyped-def]
    window.show_page("avtaler")
    page = window.page_widgets["avtaler"]
    draft = next(r for r in page.rows if r.status == "draft")
    page.open_agreement(draft.id)
    table = page.editor.goal_tables["faglige_krav"]
    columns = [c["key"] for c in table.columns]
    col = 1 + columns.index("indicator")
    goal_id = table.goal_id(0)
    with demo_db.session() as session:
        goal = session.get(Goal, goal_id)
        session.query(Goal).filter(Goal.id == goal_id).update({"indicator_id": None, "focus_area_id": None})
        free = goal.indicator
    page.open_agreement(draft.id)
    table = page.editor.goal_tables["faglige_krav"]
    table.table.selectRow(0)

    def link(dialog) -> None:  # type: ignore[no-untyped-def]
        dialog.area.setCurrentIndex(dialog.area.findText("Medarbeidere"))
        dialog.indicator.setCurrentIndex(next(i for i in range(dialog.indicator.count())
                                              if dialog.indicator.itemText(i).startswith("Sykefravær")))
        assert dialog.target.placeholderText() == "kommunens: ≤ 7 %"
        qtbot.keyClicks(dialog.target, "6,5")
        qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)

    in_modal(qtbot, link)
    qtbot.mouseClick(table.link, Qt.MouseButton.LeftButton)
    table = page.editor.goal_tables["faglige_krav"]
    expected = "Sykefravær ≤ 6,5 %" + (f" – {free}" if free.strip() else "")
    assert table.table.item(0, col).text() == expected
    with demo_db.session() as session:
        link = session.get(Goal, goal_id)
        assert link.indicator_target is not None and str(link.indicator_target.normalize()) == "6.5"
        assert link.indicator == free  # the free text is untouched
    # Editing the cell changes only the free text.
    table.table.item(0, col).setText("Sykefravær ≤ 6,5 % – målt hver tertial")  # as the page's own tests type
    qtbot.waitUntil(lambda: demo_db.run(lambda s: s.get(Goal, goal_id).indicator) == "målt hver tertial")
    assert page.editor.goal_tables["faglige_krav"].table.item(0, col).text() == \
        "Sykefravær ≤ 6,5 % – målt hver tertial"
    window.act_undo.trigger()  # the free text back
    window.act_undo.trigger()  # and the link
    links = demo_db.run(goal_links, [goal_id])
    assert links[goal_id].indicator_id is None
    assert page.editor.goal_tables["faglige_krav"].table.item(0, col).text() == free
